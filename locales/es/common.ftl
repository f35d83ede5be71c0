## Dates: month names and the long date form.
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-long = { $day } de { $month } de { $year }

urgency-check-notice = Hoy: averigüe la fecha y la hora de su cita, y luego vaya
source-cfr-1003-47 = 8 CFR 1003.47: datos biométricos y verificaciones de antecedentes en la corte de inmigración
# Before an inline error message, for screen readers.
error-prefix = Error:

## Languages: each language's own name, the label of the header links, and the
## line shown on every page of a translation no native speaker has reviewed
## (see locales/<lang>/language.toml).
language-name = Español
language-nav-label = Idioma
translation-unreviewed = Ningún hablante nativo ha revisado esta traducción todavía.

# Days of the week, Monday first.
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
date-with-weekday = { $weekday }, { $date }
