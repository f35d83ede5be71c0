# Beyond the plan: letter deadlines (and their questions), the calendar file,
# the call sheet and the resume code. $date is written out in the language;
# $days is a whole number of days.

## letter-deadline (asked after an RFE or NOID; optional)
q-letter-deadline-title = 信上印的截止日期是哪一天？
q-letter-deadline-hint = 找一找要在哪天之前回复。这个日期常常在信的上方或结尾附近。
q-letter-deadline-summary = 信上的截止日期
q-letter-deadline-error = 请输入信上的截止日期，或选择“我找不到日期”
q-letter-deadline-opt-not-sure = 我找不到日期
q-letter-deadline-opt-not-sure-hint = 我们仍然会告诉您该做什么。法律帮助人员可以和您一起找到日期。

## decision-date (asked after a denial, outside asylum cases; optional)
q-decision-date-title = 这个决定的日期是哪一天？
q-decision-date-hint = 日期印在拒绝您申请的那封信上。
q-decision-date-summary = 决定日期
q-decision-date-error = 请输入决定的日期，或选择“我找不到日期”
q-decision-date-opt-not-sure = 我找不到日期
q-decision-date-opt-not-sure-hint = 我们仍然会告诉您该做什么。法律帮助人员可以和您一起找到日期。

## decision-mailed (asked when the decision date is known; optional)
q-decision-mailed-title = 这个决定是邮寄给您的吗？
q-decision-mailed-hint = 如果决定是邮寄来的，您有 { $motion-days-mailed } 天，而不是 { $motion-days } 天。
q-decision-mailed-summary = 决定是邮寄来的
q-decision-mailed-error = 请选择决定是不是邮寄来的，或选择“我不确定”
q-decision-mailed-opt-yes = 是，邮寄来的
q-decision-mailed-opt-yes-hint = 它装在 USCIS 的信封里寄来。
q-decision-mailed-opt-no = 不是
q-decision-mailed-opt-no-hint = 例如，您是当面拿到的，或者只在网上看到。
q-decision-mailed-opt-not-sure = 我不确定
q-decision-mailed-opt-not-sure-hint = 为了安全，我们会用比较早的那个截止日期。

## The deadline inside its step: deadline-<step-id>-<upcoming|today|passed>
deadline-respond-to-letter-upcoming = 您的截止日期是 { $date }。{ $days ->
       *[other] 离今天还有 { $days } 天。
    }USCIS 最晚必须在那一天收到您的回复。邮寄可能要一个星期，所以请早点寄。
deadline-respond-to-letter-today = 您的截止日期是今天，{ $date }。请今天就按信上说的方式回复。
deadline-respond-to-letter-passed = 您的截止日期是 { $date }。{ $days ->
       *[other] 那是 { $days } 天以前。
    }如果 USCIS 没有按时收到您的回复，它可以不看您的回复就做决定。它可能会拒绝您的申请。如果您寄出了回复，请保留证明。现在就找法律帮助。
deadline-motion-to-reopen-upcoming = 您的最后一天是 { $date }。{ $days ->
       *[other] 离今天还有 { $days } 天。
    }USCIS 最晚必须在那一天收到您的动议。
deadline-motion-to-reopen-today = 今天，{ $date }，是您的最后一天。USCIS 必须在今天收到您的动议。
deadline-motion-to-reopen-passed = 您的最后一天是 { $date }。{ $days ->
       *[other] 那是 { $days } 天以前。
    }USCIS 也许仍然会接受迟交的动议，但前提是您能证明：晚交是合理的，而且是您控制不了的。现在就找法律帮助。
deadline-appeal-to-board-upcoming = 您的最后一天是 { $date }。{ $days ->
       *[other] 离今天还有 { $days } 天。
    }移民上诉委员会最晚必须在那一天收到您的上诉。现在就找法律帮助。
deadline-appeal-to-board-today = 今天，{ $date }，是您的最后一天。移民上诉委员会必须在今天收到您的上诉。现在就找法律帮助。
deadline-appeal-to-board-passed = 您的最后一天是 { $date }。{ $days ->
       *[other] 那是 { $days } 天以前。
    }上诉的时间可能已经过了。律师也许还能找到办法。现在就找法律帮助。
checklist-deadline-respond-to-letter = 最晚在 { $date } 回复这封信
checklist-deadline-motion-to-reopen = 最晚在 { $date } 提交动议
checklist-deadline-appeal-to-board = 委员会最晚必须在 { $date } 收到您的上诉

## Calendar file (.ics)
calendar-link = 把日期加到您的日历里
calendar-hint = 一个给手机日历用的文件，带有提醒。
calendar-appointment-summary = 指纹预约（USCIS）
calendar-appointment-description = 时间和地址写在您的通知上。带上通知和身份证件。提前 { $arrive-minutes } 分钟到。
calendar-reminder = 带上通知和身份证件；提前 { $arrive-minutes } 分钟到。
calendar-reschedule-summary = 在 { $date } 之前改期
calendar-reschedule-description = 在预约之前，向 USCIS 要一个新的日期。您在 Huella 的计划会告诉您怎么做。
calendar-deadline-respond-to-letter-summary = 截止日期：您的回复必须送到 USCIS
calendar-deadline-motion-to-reopen-summary = 最后一天：USCIS 必须收到您的动议
calendar-deadline-appeal-to-board-summary = 最后一天：委员会必须收到您的上诉
calendar-deadline-description = 这是您从信上输入的日期。请在信上核对。请找法律帮助。

## Call sheet (a printable page for calling the Contact Center)
call-sheet-link = 打印通话单
call-sheet-title = 通话单：USCIS 联络中心
call-sheet-lead = 打电话时，把这一页放在电话旁边。把发生的事写下来。
call-sheet-numbers-heading = 要打的号码
call-sheet-say-heading = 要说什么
call-sheet-ready-heading = 准备好这些
call-sheet-reason-heading = 您的理由和证明
call-sheet-reason-body = 如果您去不了或者没有去，用几句话说明原因。说出您有什么证明，比如医生证明。
call-sheet-notes-heading = 写下来
call-sheet-notes-date = 通话日期
call-sheet-notes-time = 通话时间
call-sheet-notes-agent = 工作人员的名字或工号
call-sheet-notes-said = 他们说了什么
call-sheet-notes-next = 接下来您必须做什么

## Resume code
resume-code-heading = 您的返回代码
resume-code-body = 有了这个代码，您可以在另一部手机或电脑上看到您的答案。去 { $address } 输入代码。请保密：任何人拿到这个代码都能看到您的答案。您的答案被删除后，代码就不能用了。
resume-title = 回到您的答案
resume-lead = 输入您结果页面或清单上的代码。
resume-label = 您的代码
resume-hint = 16 个字母和数字，例如 7KQM-4TXP-AHJ3-WCRY。用小写字母或加空格都可以。
resume-button = 打开我的答案
resume-error-empty = 请输入您的代码
resume-error-shape = 代码有 16 个字母和数字，例如 7KQM-4TXP-AHJ3-WCRY
resume-error-unknown = 我们找不到这个代码。请检查后再试。答案被删除后，代码就不能用了。
privacy-resume-heading = 您的返回代码
privacy-resume-body = 您的结果页面会显示一个代码。用它可以在另一台设备上打开您的答案。我们不保存这个代码。请保密：任何人拿到这个代码都能看到您的答案。为了防止有人乱猜，Huella 每分钟只允许试几次。

## appointment-time (asked when the appointment date is known and to come; optional)
q-appointment-time-title = 您的预约是几点？
q-appointment-time-hint = 时间写在您的预约通知上。我们用它在您的日历里提醒您。
q-appointment-time-summary = 预约时间
q-appointment-time-error = 请输入您的预约时间，或选择“我不知道时间”
q-appointment-time-opt-not-sure = 我不知道时间
q-appointment-time-opt-not-sure-hint = 没关系。去之前看一下您的通知。
time-label = 时间
time-example = 例如 9:30 AM（上午）或 2:00 PM（下午）
time-error-invalid = 请输入一个真实的时间，例如 9:30 AM 或 14:00
time-error-mixed = 您输入了时间，又选了“我不知道时间”。请只选一个。
# $hour (0-23) and $hour12 (1-12) are numbers, $minute is two digits, $period is am or pm.
time-of-day = { $period ->
        [am] 上午
       *[other] 下午
    }{ $hour12 }:{ $minute }
date-and-time = { $date } { $time }

## Calendar file: the given time, online closing, counted deadlines
calendar-appointment-description-timed = 地址写在您的通知上。带上通知和身份证件。提前 { $arrive-minutes } 分钟到。
calendar-reschedule-online-description = 在 { $date } 之前，在您的 USCIS 账户里改期。过了这个时间，网上工具就关闭了：请打电话给 USCIS。
deadline-counted = 这个日期是 Huella 算出来的：从决定日期 { $date } 起算 { $days } 天。请和法律帮助人员核对。

## Call sheet: blanks and the phone line's languages
call-sheet-blanks-heading = 您的号码
call-sheet-blank-appointment = 预约日期
call-sheet-language-heading = 在电话上用您的语言
call-sheet-language-tip = 这条电话热线说英语和西班牙语：要用西班牙语，请在菜单里选择。要用别的语言，请要求口译员：用英语说出您的语言名称，例如 “Mandarin”（普通话）或 “Cantonese”（粤语）。您也可以请一个您信任的人帮您打这个电话。
