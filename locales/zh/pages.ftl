# Page and component texts.

## Layout

site-name = Huella
site-tagline = 帮您处理 USCIS 指纹预约
skip-link = 跳到主要内容
page-title = { $title } - Huella
page-title-error = 错误：{ $title } - Huella
nav-start-again = 重新开始
footer-not-legal-advice = Huella 提供的是一般信息，不是法律意见。
footer-private = 我们不会问您的名字或 A 号码。

## Start page

start-title = 为您的 USCIS 指纹预约做准备
start-lead = Huella 帮您处理指纹预约，它也叫生物识别（biometrics）预约。回答几个问题，您就会得到一个计划，里面有您接下来要做的步骤。
start-need-heading = 开始之前
start-need-body = 如果您有 USCIS 或移民法庭寄来的信，请放在身边。没有这些信也可以开始。
start-time = 大约需要 3 分钟。只有几个问题。
start-private-heading = 您的答案是保密的
start-private-body = 我们不会问您的名字或 A 号码。我们会保存您的答案，这样您可以回来看您的计划。要删除答案，请选页面底部的“重新开始”。Huella 提供的是一般信息，不是法律意见。
start-button = 现在开始

## Question pages

back-link = 返回
continue-button = 继续
error-summary-title = 有一个问题
date-month = 月
date-day = 日
date-year = 年
date-or = 或者
date-example = 例如：12 25 2026（12 月，25 日，2026 年）
date-error-incomplete = 日期必须有月、日和年
date-error-not-number = 日期只能是数字
date-error-year-digits = 年份必须是 4 位数字
date-error-not-real = 日期必须是真实存在的日期。例如，没有 2 月 30 日。
date-error-out-of-range = 请输入年份在 { $min-year } 到 { $max-year } 之间的日期
date-error-mixed = 您输入了日期，又选了“我不知道日期”。请只选一个。

## Check your answers

check-title = 检查您的答案
check-intro = 看一遍您的答案。要改某个答案，请选它旁边的“修改”。
check-change = 修改
check-continue = 看看该做什么

## Result

result-title = 接下来该做什么
result-steps-heading = 您的步骤，按顺序
result-step-label = 第 { $number } 步
result-call-label = 打电话
result-tty-label = TTY，给聋人或听力不好的人用
result-say-label = 要说什么
result-ready-label = 准备好这些
result-sources-label = { $count ->
   *[other] 来源：
 }
checklist-phone-label = { $label }：
# Between two sources in a list, and after the last one.
result-sources-separator = { "；" }
result-sources-end = 。
result-reviewed = 最后审核日期：{ $date }
result-bring-heading = 需要带什么
result-glossary-heading = 要知道的词
result-help-heading = 免费法律帮助
result-help-body = 律师或经认可的代表（accredited representative）可以看您自己的案子。很多非营利组织提供免费或低价的帮助。请注意：在中国，公证员是正式的法律人员；但在美国，“公证人”（notary public）只负责见证签名。美国的公证人和“移民顾问”都不是律师，不能给您法律意见，也不能代表您。不要付钱请他们给您法律帮助。只有律师或经认可的代表才可以。
legal-help-eoir-providers = 移民法庭的免费法律服务提供者名单
legal-help-nonprofit-directory = 找您附近的非营利法律帮助组织
result-disclaimer-heading = 这不是法律意见
result-disclaimer = Huella 提供的是一般信息，不是法律意见。关于您自己的案子，请和律师或经认可的代表谈一谈。
result-print-link = 打印清单
result-change-link = 修改您的答案

## Printable checklist

checklist-title = 您的指纹预约清单
checklist-made = 制作日期：{ $date }
checklist-key-dates-heading = 重要日期
checklist-appointment = 预约：{ $date }
checklist-appointment-unknown = 预约：日期写在您的信上
checklist-phones-heading = 电话号码
checklist-steps-heading = 您的步骤
checklist-bring-heading = 需要带什么
checklist-print-hint = 用浏览器的“打印”菜单来打印这一页。
checklist-back = 回到您的计划
checklist-notes-heading = 通话记录
checklist-notes-date = 日期和时间
checklist-notes-agent = 工作人员的名字或工号
checklist-notes-said = 他们说了什么

## Errors

error-not-found-title = 找不到页面
error-not-found-body = 我们找不到这个页面。请检查网址，或者重新开始。
error-bad-request-title = 您的答案出了问题
error-bad-request-body = 我们读不了发过来的内容。请返回，再试一次。
error-too-large-title = 发送的内容太多
error-too-large-body = 您发送的内容太大，我们读不了。请返回，再试一次。
error-too-slow-title = 页面发送的时间太长
error-too-slow-body = 您的答案没有及时送到我们这里。可能是网络太慢。请返回，再试一次。
error-server-title = 对不起，我们这边出了问题
error-server-body = 您的答案已经保存了。请过一分钟再试。
error-home-link = 去开始页面

## API errors (read by partner developers)

api-error-unknown-question = 未知的问题 id：{ $field }
api-error-bad-value = 问题 { $field } 不接受这个值
api-error-bad-date = { $field } 必须是 YYYY-MM-DD 格式的日期，或者 not-sure
api-error-bad-body = 请求体必须是一个包含 answers 对象的 JSON 对象
api-error-bad-today = today 必须是 YYYY-MM-DD 格式的日期，并且和服务器的日期相差不超过 5 年
api-error-too-large = 请求体太大
api-error-too-slow = 请求体没有及时到达
api-error-content-type = 请求体必须用 Content-Type: application/json 发送
api-error-duplicate-key = JSON 里同一个键出现了两次：{ $field }
date-error-decision-in-future = 这个日期在今天之后。请输入决定书上印的日期。
date-error-decision-before-appointment = 这个日期在您的预约之前。请输入决定书上印的日期。
date-error-deadline-before-appointment = 这个日期在您错过的预约之前，而这封信是在那以后来的。请输入信上印的回复截止日期。
date-error-new-appointment-passed = 这个日期已经过了，所以这就是您错过的预约。请回到问您预约日期的那个问题，在那里填这个日期。
api-error-bad-now = now 必须是 YYYY-MM-DDTHH:MM 格式的本地日期和时间，并且和 today 是同一天

## The review pack (/review), for a lawyer or accredited representative

review-title = 给法律审核人员的审核资料
review-intro = 这个页面列出 Huella 可能给出的每一条指示和它的来源，以及规则可能生成的每一个计划。它不包含任何人的答案。请把它打印出来，按来源逐一检查每一步，并在您认可的内容旁边写上您的名字和日期。
review-due = { $count ->
        [0] 没有步骤在等待审核（每一步都在过去 { $days } 天内审核过）。
       *[other] 有 { $count } 个步骤最后一次审核是在超过 { $days } 天以前，已经列在最前面。
    }
review-steps-heading = 每一个步骤，以及每一种写法
review-due-mark = 需要审核：
review-reviewed = 最后审核
review-reviewed-by = 审核人：
review-nobody = 还没有人。
review-plans-heading = 规则可能生成的每一个计划
review-plans-line = { $plans } 种不同的计划，来自 { $answer-sets } 组完整的答案。每个计划都显示有多少组答案会得到它。
review-example = 会得到这个计划的一组答案
review-watch-heading = 需要关注的规则
review-checked = 最后核对
review-watch-steps = 如果规则变了，需要检查的步骤：

## The checklist as a desk tool, and the Print button
checklist-answers-heading = 您的答案
checklist-reschedule-online = 网上改期的最后时间：{ $date }
checklist-reschedule-by = 要新日期的最后一天：{ $date }
checklist-walk-in-until = 直接去 ASC 试一试的最后一天（可选）：{ $date }
checklist-blanks-heading = 把这些写下来
checklist-blank-receipt = 收据号码
checklist-blank-a-number = A 号码
checklist-blank-asc = ASC 地址
checklist-legal-help-heading = 免费或低价的法律帮助
print-button = 打印这一页
# What to do on each step, in one line, with what to type or say.
checklist-do-attend-appointment = 按通知上的日期和时间，去通知上写的 ASC。
checklist-do-bring-documents = 前一天晚上，把“需要带什么”里的东西准备好。
checklist-do-arrive-early = 比预约时间早 { $arrive-minutes } 分钟到。
checklist-do-reschedule-online = 在 my.uscis.gov：点 “Menu”（或 “My Account”），再点 “Reschedule Biometrics”。
checklist-do-call-contact-center = 打 { $contact-center }（TTY { $contact-center-tty }）。准备好您的收据号码和 A 号码。
checklist-do-walk-in-asc = 只在打完电话以后：带上通知和身份证件去 ASC。问：“Can you take my fingerprints today?”（今天能给我按指纹吗？）
checklist-do-explain-good-cause = 用一句话说出您的理由。保留证明，比如医生证明。
checklist-do-keep-proof = 在下面记下每一次通话。保留每一份通知，包括盖过章的那一份。
checklist-do-check-case-status = 在 USCIS 的案件状态（Case Status）页面，输入您的收据号码。每个星期查一次。
checklist-do-wait-for-notice = 每个星期查看您的信件和 USCIS 账户。
checklist-do-update-address = 在 { $ar11-days } 天以内向 USCIS 更改地址（AR-11 表，以及每一个案子）。
checklist-do-update-address-court = 在 { $eoir33-days } 个工作日以内把 EOIR-33 表寄给法庭，并寄一份复印件给政府律师。
checklist-do-follow-court-instructions = 按照法官或政府律师给您的书面按指纹步骤去做。
checklist-do-contact-government-lawyer = { $track ->
        [not-sure] 如果有法官在审理您的案子：告诉政府律师（ICE）您按指纹的进展。留一份复印件。
       *[other] 告诉政府律师（ICE）您按指纹的进展。留一份复印件。
    }
checklist-do-tell-the-judge = { $track ->
        [not-sure] 如果有法官在审理您的案子：在听证时或听证之前告诉法官。带上您做过这些事的证明。
       *[other] 在听证时或听证之前告诉法官。带上您做过这些事的证明。
    }
checklist-do-respond-to-letter = { $letter ->
        [rfe] 按信上说的方式，在截止日期之前回复。留一份复印件和寄出的证明。
        [noid] 按信上说的方式，在截止日期之前回复。留一份复印件和寄出的证明。
       *[other] 今天就读 USCIS 寄给您的每一封信。如果哪封信上有回复的日期，就在那个日期之前按信上说的方式回复。留一份复印件和寄出的证明。
    }
checklist-do-motion-to-reopen = { $track ->
        [asylum-uscis] 现在就和法律帮助人员谈。被拒绝之后，您的案子可能会被转到移民法庭。
        [not-sure] 如果这个决定是 USCIS 做的：最晚在您的最后一天提交 I-290B 表。先找法律帮助。
       *[other] 最晚在您的最后一天提交 I-290B 表。先找法律帮助。
    }
checklist-do-get-legal-help = 联系下面名单上的法律帮助人员。带上您所有的文件。
checklist-do-find-your-case = 看看您的每一封信。找收据号码或法庭的名字。
checklist-do-appeal-to-board = { $track ->
        [not-sure] 如果这个决定是法官做的：委员会最晚必须在您的最后一天收到 EOIR-26 表。现在就找法律帮助。
       *[other] 委员会最晚必须在您的最后一天收到 EOIR-26 表。现在就找法律帮助。
    }

## Date entry: a date far ahead, and the language switch on a question
date-confirm-title = 这样对吗？
date-confirm-far = 您输入的是 { $date }。那是一年多以后。请核对信上的日期。如果没错，请再按一次按钮。
date-confirm-button = 对，这个日期没错
date-error-one-box = 请把月、日、年分别填在各自的格子里，或者把整个日期填在一个格子里，例如 12/25/2026
language-switch-label = 用这种语言读这个问题：
watch-proposed-biometrics-rule-2025-note = 90 FR 49062（2025 年 11 月）：用“特殊情况”（extraordinary circumstances）标准来决定能否原谅错过的预约，并且任何年龄都要采集生物识别信息。核对时还不是最终规则。
watch-annual-asylum-fee-note = 庇护申请在审理期间的年费。指南没有写具体金额；要说出金额之前，请先查看费用表。
watch-status-proposed = 拟议中，还没有生效
watch-status-in-force-may-change = 已经生效；金额和收取方式可能会变


## "Do this first" on the result page

first-heading = 先做这件事
first-call = 打电话
first-by-time = { $date } { $time }之前
first-by-day = 最晚在 { $date }
first-before-appointment-time = { $date }，在您的预约时间之前
first-before-day = { $date } 之前
first-on = { $date } 当天
first-today = 今天
first-this-week = 这个星期
urgency-before-time = 在 { $date } { $time }之前做这件事
reschedule-until-online = 网上工具在您预约前 { $online-limit-hours } 小时关闭。请在 { $date } { $time }之前做。
reschedule-until-phone = 请在预约时间之前打电话：在 { $date } { $time }之前。
reschedule-by-day = 最晚在 { $date } 做这件事。
walk-in-until = 直接去 ASC 的最后一天是 { $date }。
result-sources-summary = 来源和最后审核

## Places a step sends people to (links)

place-my-uscis = 打开您的 USCIS 账户（my.uscis.gov）
place-case-status = 在 USCIS 网站上查您的案件状态
place-change-address = 向 USCIS 更改您的地址
place-eoir-33 = EOIR-33 表：向法庭更改您的地址
place-eoir-case-status = 移民法庭网上案件信息
place-i-290b = USCIS 网站上的 I-290B 表
place-eoir-appeal = 怎样对法官的决定提出上诉
place-ice-opla = 找政府律师（ICE）的办公室
place-legal-providers = 您附近的免费法律服务提供者

## Take your plan along

take-along-qr = 用手机扫这个码，可以打开已经填好您代码的表格。然后按“打开我的答案”。
take-along-sms = 用短信发给自己
take-along-email = 用电子邮件发给自己
take-along-subject = 您的 Huella 计划
take-along-message = 您的 Huella 计划。要再看一次，请打开 { $address } 并按“打开我的答案”。您的代码：{ $code }。{ $dates }

## When you are done, and pages that ask before deleting

finish-heading = 用完以后
desk-hint = 在帮助台或共用电脑上，请清除这个计划，这样下一个人就看不到了。您的代码将不能再用。
desk-button = 用完了：为下一个人清除
confirm-start-again-title = 重新开始吗？
confirm-start-again-body = 这会删除您所有的答案和您的计划。然后您会回到开始页面。
confirm-start-again-button = 是，删除我的答案并重新开始
confirm-delete-title = 删除您的答案吗？
confirm-delete-body = 这会立刻从 Huella 删除您所有的答案和您的计划。如果您需要清单，请先打印或保存。
confirm-delete-button = 是，删除我的答案
confirm-code-stops = 您的返回代码将不能再用。
confirm-cancel = 不，回到我的计划
