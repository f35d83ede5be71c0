## Dates: month names and the long date form.
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
# Brazilian style: "25 de dezembro de 2026", and "1º" for the first day of a month.
date-long = { $day ->
        [1] 1º
       *[other] { $day }
    } de { $month } de { $year }

urgency-check-notice = Hoje: descubra a data e a hora do seu agendamento, e depois vá
source-cfr-1003-47 = 8 CFR 1003.47: biometria e verificação de antecedentes no tribunal de imigração
# Before an inline error message, for screen readers.
error-prefix = Erro:

## Languages: each language's own name, the label of the header links, and the
## line shown on every page of a translation no native speaker has reviewed
## (see locales/<lang>/language.toml).
language-name = Português
language-nav-label = Idioma
translation-unreviewed = Esta tradução ainda não foi revisada por um falante nativo.

# Days of the week, Monday first.
weekday-1 = segunda-feira
weekday-2 = terça-feira
weekday-3 = quarta-feira
weekday-4 = quinta-feira
weekday-5 = sexta-feira
weekday-6 = sábado
weekday-7 = domingo
date-with-weekday = { $weekday }, { $date }
