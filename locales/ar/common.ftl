## Dates: month names and the long date form.
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-long = { $day } { $month } { $year }

urgency-check-notice = اليوم: اعرف تاريخ موعدك ووقته، ثم اذهب
source-cfr-1003-47 = {"\u2068"}8 CFR 1003.47{"\u2069"}: البيانات الحيوية والتحقق من الخلفية في محكمة الهجرة
# Before an inline error message, for screen readers.
error-prefix = خطأ:

## Languages: each language's own name, the label of the header links, and the
## line shown on every page of a translation no native speaker has reviewed
## (see locales/<lang>/language.toml).
language-name = العربية
language-nav-label = اللغة
translation-unreviewed = لم يراجع هذه الترجمة بعد أي شخص لغته الأم العربية.

# Days of the week, Monday first.
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
date-with-weekday = { $weekday }، { $date }
