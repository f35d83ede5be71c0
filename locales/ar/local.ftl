# جهات المساعدة القانونية الخاصة بالمنظمة (HUELLA_CONTENT_DIR).
local-help-heading = مساعدة قانونية من { $organisation }
local-help-languages = اللغات التي يتحدثونها: { $languages }
local-help-hours = ساعات العمل: { $hours }
local-help-checked = آخر مراجعة لبيانات الاتصال: { $date }
