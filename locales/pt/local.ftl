# The organisation's own legal-help contacts (HUELLA_CONTENT_DIR), shown on
# the result page, the checklist and the call sheet.
local-help-heading = Ajuda jurídica de { $organisation }
local-help-languages = Idiomas falados: { $languages }
local-help-hours = Horário: { $hours }
local-help-checked = Contatos conferidos pela última vez em { $date }
