## Dates: month names and the long date form.
month-1 = janvye
month-2 = fevriye
month-3 = mas
month-4 = avril
month-5 = me
month-6 = jen
month-7 = jiyè
month-8 = out
month-9 = septanm
month-10 = oktòb
month-11 = novanm
month-12 = desanm
date-long = { $day } { $month } { $year }

urgency-check-notice = Jodi a: chèche konnen dat ak lè randevou ou, epi ale
source-cfr-1003-47 = 8 CFR 1003.47: byometri ak verifikasyon dosye nan tribinal imigrasyon
# Before an inline error message, for screen readers.
error-prefix = Erè:

## Languages: each language's own name, the label of the header links, and the
## line shown on every page of a translation no native speaker has reviewed
## (see locales/<lang>/language.toml).
language-name = Kreyòl ayisyen
language-nav-label = Lang
translation-unreviewed = Pèsonn ki pale kreyòl kòm lang manman poko verifye tradiksyon sa a.

# Days of the week, Monday first.
weekday-1 = lendi
weekday-2 = madi
weekday-3 = mèkredi
weekday-4 = jedi
weekday-5 = vandredi
weekday-6 = samdi
weekday-7 = dimanch
date-with-weekday = { $weekday } { $date }
