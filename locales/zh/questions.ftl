# Questions, in the order of shared/CONTRACT.md.
# For each: q-<id>-title (the page's h1), -hint, -summary (check answers table),
# -error (nothing chosen), and -opt-<value> / -opt-<value>-hint for every value.

## case-type

q-case-type-title = 您的案子是哪一种？
q-case-type-hint = 看看您寄出或收到的文件。选最符合的答案。
q-case-type-summary = 案子类型
q-case-type-error = 请选择您的案子是哪一种
q-case-type-opt-asylum-uscis = 向 USCIS 申请庇护
q-case-type-opt-asylum-uscis-hint = 您已经把庇护申请表（I-589 表）寄给了 USCIS。没有法官在审理您的案子。
q-case-type-opt-asylum-court = 在移民法庭申请庇护
q-case-type-opt-asylum-court-hint = 有法官在审理您的案子。您在法庭上用 I-589 表申请庇护。
q-case-type-opt-other-uscis = 其他 USCIS 申请
q-case-type-opt-other-uscis-hint = 例如绿卡、入籍或工作许可。
q-case-type-opt-not-sure = 我不确定
q-case-type-opt-not-sure-hint = 没关系。我们会告诉您怎么查清楚。

## hearing

q-hearing-title = 您和法官的个人听证（individual hearing）是什么时候？
q-hearing-hint = 这是法官决定您案子的那次听证。它也叫“实体听证”（merits hearing）或“最终听证”（final hearing）。日期写在法庭寄给您的听证通知上。
q-hearing-summary = 个人听证
q-hearing-error = 请选择您的个人听证是什么时候
q-hearing-opt-within-60-days = 在接下来的 60 天内
q-hearing-opt-within-60-days-hint = 从今天起大约 2 个月内，或者更快。
q-hearing-opt-later = 离现在超过 60 天
q-hearing-opt-later-hint = 听证在大约 2 个月以后。
q-hearing-opt-none = 我还没有听证日期
q-hearing-opt-none-hint = 法庭还没有安排这次听证。
q-hearing-opt-not-sure = 我不确定
q-hearing-opt-not-sure-hint = 看看法庭最近寄给您的通知。如果还是不知道，就选这个。为了安全，我们会当作听证很快就到。

## notice

q-notice-title = 您收到写着指纹预约的信了吗？
q-notice-hint = 这封信叫“预约通知”。USCIS 会把它寄给您。信上写着去按指纹和拍照的日期、时间和地点。
q-notice-summary = 预约信
q-notice-error = 请选择您有没有收到预约信
q-notice-opt-yes = 收到了
q-notice-opt-yes-hint = 我有写着预约日期的信。
q-notice-opt-no = 没有
q-notice-opt-no-hint = 我没有收到。
q-notice-opt-not-sure = 我不确定
q-notice-opt-not-sure-hint = 例如，您有 USCIS 寄来的信，但不知道是哪一封。

## receipt

q-receipt-title = 您收到申请的收据通知了吗？
q-receipt-hint = USCIS 收到您的申请后，会寄出这份通知。它是 I-797C 表。上面有一个收据号码，开头是三个英文字母，例如 IOE 或 MSC。向 USCIS 申请庇护的，可能以 Z 开头，例如 ZLA。
q-receipt-summary = 收据通知
q-receipt-error = 请选择您有没有收到收据通知
q-receipt-opt-yes = 收到了
q-receipt-opt-yes-hint = 我有收据通知。
q-receipt-opt-no = 没有
q-receipt-opt-no-hint = 我还没有收到。
q-receipt-opt-not-sure = 我不确定
q-receipt-opt-not-sure-hint = 找一找 USCIS 寄来的、上面写着 “Receipt Notice” 的信。

## waited

q-waited-title = 您的申请是多久以前寄出的？
q-waited-hint = 如果您有收据通知，就改从收据通知上的日期开始算。
q-waited-summary = 已经等了多久
q-waited-error = 请选择您已经等了多久
q-waited-opt-under-2-months = 不到 2 个月
q-waited-opt-under-2-months-hint = 不到大约 8 周。
q-waited-opt-2-to-3-months = 2 到 3 个月
q-waited-opt-2-to-3-months-hint = 大约 8 到 13 周。
q-waited-opt-over-3-months = 超过 3 个月
q-waited-opt-over-3-months-hint = 超过大约 13 周。
q-waited-opt-not-sure = 我不确定
q-waited-opt-not-sure-hint = 您不知道申请是什么时候寄出的。我们会帮您查清楚。

## appointment-date

q-appointment-date-title = 您的预约是哪一天？
q-appointment-date-hint = 日期写在您的预约通知上。
q-appointment-date-summary = 预约日期
q-appointment-date-error = 请输入您的预约日期，或选择“我不知道日期”
q-appointment-date-opt-not-sure = 我不知道日期
q-appointment-date-opt-not-sure-hint = 例如，您把通知弄丢了，或者看不懂通知。

## appointment-passed

q-appointment-passed-title = 预约时间已经过了吗？
q-appointment-passed-hint = 看看您预约通知上的时间。那个时间已经过去了吗？
q-appointment-passed-summary = 预约时间已过
q-appointment-passed-error = 请选择预约时间是不是已经过了
q-appointment-passed-opt-yes = 是，时间已经过了
q-appointment-passed-opt-yes-hint = 预约时间已经结束了。
q-appointment-passed-opt-no = 不，还没有
q-appointment-passed-opt-no-hint = 预约时间还没到。
q-appointment-passed-opt-not-sure = 我不确定
q-appointment-passed-opt-not-sure-hint = 我们会告诉您怎么查清楚。

## attended

q-attended-title = 您去参加预约了吗？
q-attended-hint = 意思是：您去了 ASC，也就是您通知上写的那个办公室，而且他们给您按了指纹。
q-attended-summary = 去参加了预约
q-attended-error = 请选择您有没有去参加预约
q-attended-opt-yes = 是，我去了
q-attended-opt-yes-hint = 他们给我按了指纹。
q-attended-opt-no = 不，我没有去
q-attended-opt-no-hint = 我错过了，不管是什么原因。
q-attended-opt-not-sure = 我不确定
q-attended-opt-not-sure-hint = 例如，您是在帮别人，不知道情况。

## missed-recently

q-missed-recently-title = 您错过预约，是在 { $walk-in-days } 天以内吗？
q-missed-recently-hint = 从预约那天数到今天，算一算有几天。
q-missed-recently-summary = 在 { $walk-in-days } 天以内错过
q-missed-recently-error = 请选择您错过预约是不是在 { $walk-in-days } 天以内
q-missed-recently-opt-yes = 是
q-missed-recently-opt-yes-hint = 是 { $walk-in-days } 天以内（包括正好 { $walk-in-days } 天）。
q-missed-recently-opt-no = 不是
q-missed-recently-opt-no-hint = 已经超过 { $walk-in-days } 天了。
q-missed-recently-opt-not-sure = 我不确定
q-missed-recently-opt-not-sure-hint = 您不知道预约是哪一天。

## letter

q-letter-title = 错过预约以后，您收到 USCIS 或法庭的信了吗？
q-letter-hint = 看看 USCIS 或法庭寄来的每封信最上面的字。
q-letter-summary = USCIS 或法庭的信
q-letter-error = 请选择您收到了哪一封信，或选择“没有信”
q-letter-opt-none = 没有信
q-letter-opt-none-hint = 错过预约以后，没有收到 USCIS 或法庭寄来的任何东西。
q-letter-opt-rfe = 补充证据要求（Request for Evidence）
q-letter-opt-rfe-hint = 也叫 “RFE”。USCIS 要求您在某个日期之前提供更多信息。
q-letter-opt-noid = 拒绝意向通知（Notice of Intent to Deny）
q-letter-opt-noid-hint = 也叫 “NOID”。USCIS 打算拒绝您的申请，除非您回复。
q-letter-opt-denied = 拒绝我申请的决定
q-letter-opt-denied-hint = 信上说您的申请被拒绝了。或者法官对您的案子做了决定。
q-letter-opt-not-sure = 我不确定
q-letter-opt-not-sure-hint = 您收到了一封信，但不知道是什么信。请把它保存好。我们会告诉您去哪里找帮助。

## can-attend

q-can-attend-title = 您能在那个日期和时间去吗？
q-can-attend-hint = 请尽全力去。如果您错过了，USCIS 可以拒绝您的申请。
q-can-attend-summary = 能去参加预约
q-can-attend-error = 请选择您能不能去参加预约
q-can-attend-opt-yes = 能，我可以去
q-can-attend-opt-yes-hint = 我会在通知上的日期和时间去。
q-can-attend-opt-no = 不能，我去不了
q-can-attend-opt-no-hint = 例如，您生病了，或者您没有办法去那里。
q-can-attend-opt-not-sure = 我还不确定
q-can-attend-opt-not-sure-hint = 我们会告诉您怎样保护好您的案子。

## within-12-hours

q-within-12-hours-title = 您的预约是在接下来的 { $online-limit-hours } 小时以内吗？
q-within-12-hours-hint = 这会影响您可以用什么方式要一个新的日期。
q-within-12-hours-summary = 在 { $online-limit-hours } 小时以内
q-within-12-hours-error = 请选择预约是不是在接下来的 { $online-limit-hours } 小时以内
q-within-12-hours-opt-yes = 是
q-within-12-hours-opt-yes-hint = 离现在 { $online-limit-hours } 小时或更短。
q-within-12-hours-opt-no = 不是
q-within-12-hours-opt-no-hint = 离现在超过 { $online-limit-hours } 小时。
q-within-12-hours-opt-not-sure = 我不确定
q-within-12-hours-opt-not-sure-hint = 为了安全，我们会当作它在 { $online-limit-hours } 小时以内。

## reschedules

q-reschedules-title = 这个预约已经改过几次日期？
q-reschedules-hint = 算一算这个预约每一次改期，不管是您改的还是 USCIS 改的。
q-reschedules-summary = 改期次数
q-reschedules-error = 请选择这个预约改过几次期
q-reschedules-opt-0 = 从来没有
q-reschedules-opt-0-hint = 这是我拿到的第一个日期。
q-reschedules-opt-1 = 1 次
q-reschedules-opt-1-hint = 改过一次。
q-reschedules-opt-2-or-more = 2 次或更多
q-reschedules-opt-2-or-more-hint = 改过两次，或者更多次。
q-reschedules-opt-not-sure = 我不确定
q-reschedules-opt-not-sure-hint = 为了安全，我们会当作 2 次或更多。

## online-account

q-online-account-title = 您有 USCIS 网上账户吗？或者您能开一个吗？
q-online-account-hint = 这是 myUSCIS 账户，网址是 my.uscis.gov。开账户需要一个电子邮箱地址。
q-online-account-summary = USCIS 网上账户
q-online-account-error = 请选择您是否有或者能开一个 USCIS 网上账户
q-online-account-opt-yes = 有
q-online-account-opt-yes-hint = 我有账户，或者我现在就能开一个。
q-online-account-opt-no = 没有
q-online-account-opt-no-hint = 我不能用网上账户。
q-online-account-opt-not-sure = 我不确定
q-online-account-opt-not-sure-hint = 我们会告诉您怎样打电话去要。

## photo-id

q-photo-id-title = 您有有效的带照片的身份证件吗？比如护照。
q-photo-id-hint = “有效”的意思是还没有过期。
q-photo-id-summary = 有效的带照片身份证件
q-photo-id-error = 请选择您有没有有效的带照片身份证件
q-photo-id-opt-yes = 有
q-photo-id-opt-yes-hint = 例如，没有过期的护照。
q-photo-id-opt-no = 没有
q-photo-id-opt-no-hint = 没关系。我们会告诉您还可以带什么。

## moved

q-moved-title = 申请以后，您搬过家吗？
q-moved-hint = USCIS 和法庭会把信寄到他们记录里您的地址。
q-moved-summary = 申请后搬过家
q-moved-error = 请选择申请以后您有没有搬过家
q-moved-opt-yes = 是，我搬家了
q-moved-opt-yes-hint = 我现在住在另一个地址。
q-moved-opt-no = 没有
q-moved-opt-no-hint = 我还住在同一个地址。
q-moved-opt-not-sure = 我不确定
q-moved-opt-not-sure-hint = 例如，您不知道申请表上写的是哪个地址。
q-case-type-opt-other-court = 移民法庭的其他案子
q-case-type-opt-other-court-hint = 有法官在审理您的案子，您在申请别的东西。例如取消遣返（cancellation of removal），或者在法官面前申请绿卡。
q-letter-opt-new-appointment = 新的预约通知
q-letter-opt-new-appointment-hint = USCIS 给您寄来了按指纹的新日期。
q-attended-opt-turned-away = 我去了，但他们没有给我按指纹
q-attended-opt-turned-away-hint = 例如，他们让您走，或者让您以后再来。
q-new-appointment-date-title = 您的新预约是哪一天？
q-new-appointment-date-hint = 日期写在您新的预约通知上。
q-new-appointment-date-summary = 新的预约日期
q-new-appointment-date-error = 请输入您新预约的日期，或选择“我不知道日期”
q-new-appointment-date-opt-not-sure = 我不知道日期
q-new-appointment-date-opt-not-sure-hint = 例如，您找不到新的通知。
