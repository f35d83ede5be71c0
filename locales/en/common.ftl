## Dates: month names and the long date form.
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $month } { $day }, { $year }

urgency-check-notice = Today: find out the date and time of your appointment, then go
source-cfr-1003-47 = 8 CFR 1003.47: biometrics and background checks in immigration court
# Before an inline error message, for screen readers.
error-prefix = Error:

## Languages: each language's own name, the label of the header links, and the
## line shown on every page of a translation no native speaker has reviewed
## (see locales/<lang>/language.toml).
language-name = English
language-nav-label = Language
translation-unreviewed = This translation has not been checked by a native speaker yet.

# Days of the week, Monday first.
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
date-with-weekday = { $weekday }, { $date }
