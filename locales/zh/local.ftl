# The organisation's own legal-help contacts (HUELLA_CONTENT_DIR), shown on
# the result page, the checklist and the call sheet.
local-help-heading = { $organisation } 提供的法律帮助
local-help-languages = 使用的语言：{ $languages }
local-help-hours = 办公时间：{ $hours }
local-help-checked = 联系方式最后核对日期：{ $date }
