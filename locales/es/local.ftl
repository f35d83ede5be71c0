# Los contactos de ayuda legal de la propia organización (HUELLA_CONTENT_DIR),
# en la página de resultados, la lista para imprimir y la hoja de llamada.
local-help-heading = Ayuda legal de { $organisation }
local-help-languages = Idiomas que hablan: { $languages }
local-help-hours = Horario: { $hours }
local-help-checked = Datos de contacto revisados por última vez el { $date }
