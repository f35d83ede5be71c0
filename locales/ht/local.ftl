# The organisation's own legal-help contacts (HUELLA_CONTENT_DIR), shown on
# the result page, the checklist and the call sheet.
local-help-heading = Èd legal ki soti nan { $organisation }
local-help-languages = Lang yo pale: { $languages }
local-help-hours = Lè yo louvri: { $hours }
local-help-checked = Dènye fwa nou verifye enfòmasyon kontak yo: { $date }
