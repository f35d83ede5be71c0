# The organisation's own legal-help contacts (HUELLA_CONTENT_DIR), shown on
# the result page, the checklist and the call sheet.
local-help-heading = Legal help from { $organisation }
local-help-languages = Languages spoken: { $languages }
local-help-hours = Hours: { $hours }
local-help-checked = Contact details last checked { $date }
