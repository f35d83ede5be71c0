## Dates: month names and the long date form.
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
date-long = { $year }年{ $month }{ $day }日

urgency-check-notice = 今天就查清楚您预约的日期和时间，然后按时前往
source-cfr-1003-47 = 8 CFR 1003.47：移民法庭中的生物识别信息和背景调查
# Before an inline error message, for screen readers.
error-prefix = 错误：

## Languages: each language's own name, the label of the header links, and the
## line shown on every page of a translation no native speaker has reviewed
## (see locales/<lang>/language.toml).
language-name = 中文
language-nav-label = 语言
translation-unreviewed = 这份翻译还没有经过中文母语人士检查。

# Days of the week, Monday first.
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日
date-with-weekday = { $date } { $weekday }
