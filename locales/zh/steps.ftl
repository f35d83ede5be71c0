# Steps of a plan: step-<step-id>-title, step-<step-id>-body,
# and for call-contact-center also -say and -ready.
# Every instruction traces to shared/DOMAIN.md or a seed article.
# Facts that change (phone numbers, limits, days) are variables from content/guide.toml.
# Readability: python3 tools/readability.py locales/en (every body variant at grade 6 or below).

## attend-appointment

step-attend-appointment-title = 去参加您的指纹预约
step-attend-appointment-body = { $has-date ->
        [yes] 您的预约在 { $date }。请按通知上的时间去。
       *[other] 您的通知上写着预约的日期和时间。请在那一天、那个时间去。
    }请去您通知上写的 ASC。ASC 是申请支持中心（Application Support Center），是给您按指纹和拍照的办公室。{ $situation ->
        [attendance-undecided] 请尽全力去。如果您真的去不了，请在预约时间之前要一个新的日期。后面的步骤会告诉您怎么做。
       *[other] 一定要去。如果您错过了，USCIS 可以拒绝您的申请。
    }{ $track ->
        [asylum-uscis] 如果您没有正当理由就错过预约，您工作许可的计时就会停止。您的工作许可可能会来得更晚。
        [asylum-court] 如果您没有正当理由就错过预约，您工作许可的计时就会停止。您的工作许可可能会来得更晚。
       *[other] { "" }
    }有命令要求您离开美国吗？或者您有犯罪记录吗？如果有，请在预约之前先和法律帮助人员谈一谈。不要就这样不去。没有人能保证去了一定安全。

## bring-documents

step-bring-documents-title = 准备好您的文件
step-bring-documents-body = { $photo-id ->
        [yes] 带上纸质的预约通知。带上您带照片的身份证件，比如护照。
        [no] 带上纸质的预约通知。您没有有效的带照片身份证件。没关系。请带上您有的文件。
       *[other] 带上纸质的预约通知。带上有效的带照片身份证件，比如护照。如果您没有，请带上您有的文件。
    }“需要带什么”清单列出了每一样要带的东西。有孩子收到了自己的通知吗？那么孩子也必须去，并由一个大人陪着。

## arrive-early

step-arrive-early-title = 提前 { $arrive-minutes } 分钟到
step-arrive-early-body = 计划在预约时间前 { $arrive-minutes } 分钟到达 ASC。地址写在您的通知上。把食物、武器和相机留在家里。不要把它们带到 ASC。

## reschedule-online

step-reschedule-online-title = 在网上要一个新的日期
step-reschedule-online-body = 请在预约时间之前做这件事。在 my.uscis.gov 登录您的 USCIS 账户，或者在那里开一个账户。在手机上，点 “Menu”（菜单），再点 “Account actions”（账户操作），再点 “Reschedule Biometrics”（生物识别改期）。在电脑上，点 “My Account”（我的账户），再点 “Reschedule Biometrics”。只有离您的预约还有超过 { $online-limit-hours } 小时，这样做才有用。而且，这个预约以前改期的次数必须少于 { $online-limit-reschedules } 次。如果网上工具不让您改，请改打 { $contact-center }。您的新通知会出现在您的账户里。把它打印出来，带去新的预约。

## call-contact-center

step-call-contact-center-title = 打电话给 USCIS 联络中心
step-call-contact-center-body = 请打 { $contact-center }。如果您是聋人或听力不好，请打 TTY 专线 { $contact-center-tty }。可能要等很久，所以请在一天里早点打。电话菜单可能会变，所以请听完所有选项。{ $situation ->
        [missed] 说您错过了预约。告诉他们原因，并要一个新的日期。
        [turned-away] 说您去了，但他们没有给您按指纹。告诉他们发生了什么，并要一个新的日期。
        [missed-with-letter] 说您错过了预约。告诉他们原因，并要一个新的日期。这通电话不能代替您对那封信的回复。
        [attendance-unknown] 问 USCIS 有没有您的指纹。如果没有，就说您错过了预约，以及原因。然后要一个新的日期。
        [must-reschedule] 请在预约时间之前打。告诉他们您为什么去不了，并要一个新的日期。{ $urgency ->
            [today] 如果到预约时间还没有人接电话，只要您还有一点办法，就去参加预约。把您每次打电话的时间都写下来。
           *[other] { "" }
        }
        [attendance-undecided] 如果您去不了，请在预约时间之前打。告诉他们原因，并要一个新的日期。如果到时候还没有人接，只要还有一点办法，就去参加预约。
        [receipt-overdue] 说您已经寄出了申请，但还没有收到收据通知。请他们查一下。
        [notice-overdue] 请他们查一下 USCIS 有没有给您寄指纹通知。如果寄了，请他们再寄一次。如果没有，请他们提交一个服务请求（service request）。他们不能在电话上安排第一次预约。
        [court-hearing-soon] 说您的案子在移民法庭，而且听证很快就到。请他们查一下有没有指纹通知。如果没有，请他们提交一个服务请求（service request）。他们不能在电话上安排第一次预约。
        [case-unknown] 请他们查一下 USCIS 有没有给您寄指纹通知。如果没有，请他们提交一个服务请求（service request）。
        [notice-unknown] 请他们查一下 USCIS 有没有给您寄指纹通知。问日期是不是已经过了。然后问您现在应该做什么。
        [timing-unknown] 问您的预约是不是已经过了。如果还没过，而且您能去，就去。如果您去不了，就要求一个新日期。如果已经过了，问您现在应该做什么。
        [appointment-upcoming] 请他们帮您查一下预约的日期、时间和地点。如果您没有通知，请他们再寄一次。
       *[other] 要求给您的指纹预约改期。
    }请他们告诉您这通电话的参考号码。
step-call-contact-center-say = { $situation ->
        [receipt-overdue] 要求和真人说话。然后说：“我寄出了我的申请。我还没有收到收据通知。”
        [notice-overdue] 要求和真人说话。然后说：“我还没有收到我的生物识别预约通知。请查一下我的案子。”
        [case-unknown] 要求和真人说话。然后说：“我没有收到生物识别预约通知。请查一下我的案子。”
        [notice-unknown] 要求和真人说话。然后说：“我不确定我有没有收到生物识别预约通知。请查一下我的案子。”
        [court-hearing-soon] 要求和真人说话。然后说：“我的案子在移民法庭。我的听证很快就到。我没有生物识别预约通知。请查一下我的案子。”
        [timing-unknown] 说：“Reschedule biometrics appointment”（给生物识别预约改期）。然后说：“我不确定我的预约是不是已经过了。”
        [attendance-unknown] 说：“Reschedule biometrics appointment”（给生物识别预约改期）。然后说：“我不确定我有没有去参加我的预约。”
        [missed] 说：“Reschedule biometrics appointment”（给生物识别预约改期）。然后说：“我错过了我的预约，因为……”，再说出您的原因。
        [turned-away] 说：“Reschedule biometrics appointment”（给生物识别预约改期）。然后说：“我去参加了我的预约，但他们没有给我按指纹。”
        [missed-with-letter] 说：“Reschedule biometrics appointment”（给生物识别预约改期）。然后说：“我错过了我的预约，因为……”，再说出您的原因。
        [appointment-upcoming] 要求和真人说话。然后说：“请帮我查一下我的生物识别预约：日期、时间和地点。”
       *[other] 说：“Reschedule biometrics appointment”（给生物识别预约改期）。然后说：“我去不了，因为……”，再说出您的原因。
    }
step-call-contact-center-ready = { $situation ->
        [receipt-overdue] 您寄出申请的日期和邮件追踪号码（如果有的话）。您的 A 号码（如果有的话）。纸和笔。
        [notice-overdue] 有收据号码的收据通知。您的 A 号码（如果有的话）。纸和笔。
        [court-hearing-soon] 有收据号码的收据通知（如果有的话）。您的 A 号码。您的听证通知。纸和笔。
        [case-unknown] USCIS 或法庭寄来的任何通知。您的 A 号码（如果有的话）。纸和笔。
        [notice-unknown] USCIS 寄来的每一封信。您的 A 号码（如果有的话）。纸和笔。
        [appointment-upcoming] 有收据号码的收据通知。您的 A 号码（如果有的话）。纸和笔。
       *[other] 您的收据号码，它在您的通知上。您的 A 号码（如果有的话）。您的预约通知。纸和笔。
    }

## walk-in-asc

step-walk-in-asc-title = 可选：亲自去 ASC
step-walk-in-asc-body = 这一步是额外的。只有在打完电话以后才做。要尽快去，在错过的那天以后 { $walk-in-days } 天以内去。去您通知上写的 ASC。带上通知和您的身份证件。有命令要求您离开美国吗？或者您有犯罪记录吗？如果有，请在去之前先和法律帮助人员谈一谈。说明发生了什么。问他们今天能不能给您按指纹。他们不一定会同意。如果同意了，请他们在您的通知上盖章。如果他们不同意，您在电话里提出的请求仍然有效。

## explain-good-cause

step-explain-good-cause-title = 说明您的理由
step-explain-good-cause-body = USCIS 要一个好的理由，这叫“正当理由”（good cause）。下面是 USCIS 给的一些例子：生病，或者去看医生、去医院。以前就计划好的旅行。婚礼、葬礼或毕业典礼。没有办法去那里。工作请不了假，或者要照顾别人走不开。通知来晚了，或者根本没有来。旅行要小心：如果您在申请庇护或绿卡，没有旅行许可就不要离开美国。这个许可叫回美证（advance parole）。没有它就离开，您可能会失去您的案子。{ $route ->
        [online] 网上表格会问您的理由。
        [phone] 在电话里把您的理由告诉工作人员。
       *[other] 如果 USCIS 给您寄了信，请在您的回复里写上您的理由。
    }如果可以，请拿到证明，比如医生证明、车票或机票，或者工作单位的信。留一份复印件。{ $track ->
        [asylum-uscis] 如果没有正当理由，错过预约会让您工作许可的计时停止。
        [asylum-court] 如果没有正当理由，错过预约会让您工作许可的计时停止。
       *[other] { "" }
    }

## keep-proof

step-keep-proof-title = 保留您做过这些事的证明
step-keep-proof-body = { $situation ->
        [attended] 保留 ASC 在您预约时盖过章的通知。它能证明您去了。{ $track ->
            [asylum-court] 把它带到听证上，并给政府律师（ICE）一份复印件。
            [other-court] 把它带到听证上，并给政府律师（ICE）一份复印件。
            [not-sure] 如果有法官在审理您的案子，把它带到听证上，并给政府律师（ICE）一份复印件。
           *[other] { "" }
        }USCIS 寄来的其他每一份通知也要保留。如果您打电话给 USCIS，请做记录。写下日期、时间，以及工作人员的名字或工号。
        [appointment-upcoming] 把您的通知带去预约。请 ASC 在上面盖章。之后把它保存好。它能证明您去了。USCIS 寄来的其他每一份通知也要保留。
        [turned-away] 保留 ASC 给您的任何纸张。写下日期、您和谁说过话，以及他们为什么没有给您按指纹。每次打电话给 USCIS，都写下日期、时间、工作人员的名字或工号，以及他们对您说了什么。保留 USCIS 寄来的每一份通知和信件。
       *[other] { $route ->
            [online] 把显示您新日期的页面截图。如果您也打电话给 USCIS，请写下日期、时间，以及工作人员的名字或工号。
           *[other] 每次打电话，都写下日期和时间。就算没有人接，也要写。还要写下工作人员的名字或工号，以及他们告诉您的话。打印出来的清单上有地方写这些记录。
        }保留 USCIS 寄来的每一份通知和信。预约以后，保留 ASC 盖过章的通知。它能证明您去了。
    }

## check-case-status

step-check-case-status-title = 在网上查您的案件状态
step-check-case-status-body = 去 USCIS 的 “Case Status Online”（网上查询案件状态）页面。输入您的收据号码。它在您的收据通知上，开头是三个英文字母。{ $track ->
        [asylum-uscis] 向 USCIS 申请庇护的，号码开头可能是 Z，例如 ZLA 或 ZNK。
        [asylum-court] 这个页面不显示法庭的案子。它可能会显示您的指纹通知。法庭的案子，请用法庭的电话热线或网站查。
        [other-court] 这个页面不显示法庭的案子。它可能会显示您的指纹通知。法庭的案子，请用法庭的电话热线或网站查。
       *[other] 例如，开头可能是 IOE 或 MSC。
    }每个星期查一次。如果页面上说 USCIS 寄了一份您从来没有收到的通知，请打 { $contact-center }。

## wait-for-notice

step-wait-for-notice-title = { $situation ->
        [must-reschedule] 留意您的新预约通知
       *[other] 留意您的预约通知
    }
step-wait-for-notice-body = { $situation ->
        [must-reschedule] 您要了新的日期以后，USCIS 会给您寄一份新的预约通知。可能要几个星期。{ $route ->
            [online] 它会出现在您的 USCIS 网上账户里。也请查看您的信件。
           *[other] 请经常查看您的信件。如果您有 USCIS 网上账户，也请查看账户。
        }去参加新的预约，并带上新的通知。请让 USCIS 一直有您现在的地址。
        [waiting-for-receipt] 首先，USCIS 会给您寄一份收据通知。它说明他们收到了您的申请。接下来，他们会给您寄一份按指纹的预约通知。它通常在 USCIS 收到您的申请后 { $notice-weeks-min } 到 { $notice-weeks-max } 周寄到。{ $track ->
            [asylum-uscis] 庇护案子可能要更久。
            [asylum-court] 庇护案子可能要更久。
           *[other] 有时候要更久。
        }请经常查看您的信件。如果您有 USCIS 网上账户，也请查看账户。请让 USCIS 一直有您现在的地址。这样通知才能寄到您手里。
       *[other] USCIS 会把预约通知寄给您。通知上写着您指纹预约的日期、时间和地点。它通常在 USCIS 收到您的申请后 { $notice-weeks-min } 到 { $notice-weeks-max } 周寄到。{ $track ->
            [asylum-uscis] 庇护案子可能要更久。
            [asylum-court] 庇护案子可能要更久。
           *[other] 有时候要更久。
        }请经常查看您的信件。如果您有 USCIS 网上账户，也请查看账户。请让 USCIS 一直有您现在的地址。这样通知才能寄到您手里。
    }

## update-address

step-update-address-title = 把您的新地址告诉 USCIS
step-update-address-body = 您搬家以后 { $ar11-days } 天以内，必须把新地址告诉 USCIS。请用 USCIS 网站上的网上更改地址工具。它算作 AR-11 表。它还会改好您每一个还没结束的案子上的地址。您也可以改寄纸质的 AR-11 表。但那样的话，您还必须去改每一个还没结束的案子上的地址。有通知寄到了您的旧地址吗？这可以补救，但只能在您的地址改好以后。{ $track ->
        [asylum-court] 搬家不会让您的法庭案子跟着搬走。请继续去同一个法庭，除非法官改了。
        [other-court] 搬家不会让您的法庭案子跟着搬走。请继续去同一个法庭，除非法官改了。
       *[other] { "" }
    }

## update-address-court

step-update-address-court-title = 把您的新地址告诉移民法庭
step-update-address-court-body = { $track ->
        [asylum-court] 请在把新地址告诉 USCIS 之前先做这一步，因为有法官在审理您的案子。USCIS 会把您的通知寄到法庭记录的地址。
        [other-court] 请在把新地址告诉 USCIS 之前先做这一步，因为有法官在审理您的案子。USCIS 会把您的通知寄到法庭记录的地址。
       *[other] 如果有法官在审理您的案子，请在把新地址告诉 USCIS 之前先做这一步。USCIS 会把您的通知寄到法庭记录的地址。
    }填写 EOIR-33 表。在搬家后 { $eoir33-days } 个工作日以内，把它寄给移民法庭。把一份复印件寄给您案子里的政府律师。这位律师为 ICE 工作。自己也留一份复印件。搬家不会让您的法庭案子跟着搬走。

## follow-court-instructions

step-follow-court-instructions-title = 按照法庭关于按指纹的指示去做
step-follow-court-instructions-body = 法官或政府律师可能已经给了您关于按指纹的书面步骤。政府律师就是您案子里的 ICE 律师。这些步骤有时叫 “pre-order instructions”（命令前指示）。在法庭给您的文件里找一找。完全按照上面说的去做。您既没有这些步骤，也没有通知吗？那么请打电话给 USCIS。还要在听证之前告诉政府律师。

## contact-government-lawyer

step-contact-government-lawyer-title = 告诉政府律师
step-contact-government-lawyer-body = { $track ->
        [not-sure] 有法官在审理您的案子吗？如果有，请读这一步。
       *[other] { "" }
    }政府律师为 ICE 工作，在您的法庭案子里是对方。ICE 是美国移民及海关执法局（Immigration and Customs Enforcement）。它的律师在首席法律顾问办公室（Office of the Principal Legal Advisor）工作。请在 ICE 网站上找这个办公室的电话号码。{ $situation ->
        [appointment-upcoming] 预约以后，把盖过章的通知复印一份给这个办公室。您的预约在听证日期之后吗？或者您不知道日期？那么现在就告诉这个办公室。
        [attended] 把盖过章的通知复印一份给这个办公室。它说明您的指纹已经按好了。
       *[other] 告诉这个办公室您的指纹还没有按好。说明您为了按指纹做了什么。
    }如果您给他们写信，请留一份复印件。

## tell-the-judge

step-tell-the-judge-title = 告诉法官您做了什么
step-tell-the-judge-body = { $track ->
        [not-sure] 有法官在审理您的案子吗？如果有，请读这一步。
       *[other] { "" }
    }{ $situation ->
        [appointment-upcoming] 把盖过章的通知带到听证上。它证明您的指纹已经按好了。您的预约在听证日期之后吗？或者您不知道日期？那么现在就用书面方式告诉法官。留一份复印件。
        [attended] 把盖过章的通知带到听证上。它证明您的指纹已经按好了。
       *[other] 在听证之前，或者在听证时，告诉法官您努力去按过指纹。带上您做过这些事的证明，比如通话记录、信件和通知。法官可能会给按指纹定一个截止日期。如果您没有正当理由就错过了，法官可以把您的申请当作已经放弃。意思是法官会当作您不要这个申请了。
    }

## respond-to-letter

step-respond-to-letter-title = { $letter ->
        [rfe] 回复补充证据要求（RFE）
        [noid] 回复拒绝意向通知（NOID）
       *[other] 今天就找出每封信上的截止日期
    }
step-respond-to-letter-body = { $letter ->
        [rfe] USCIS 给您寄了一份补充证据要求（Request for Evidence），简称 RFE。USCIS 在做决定之前，要您提供更多信息。
        [noid] USCIS 给您寄了一份拒绝意向通知（Notice of Intent to Deny），简称 NOID。USCIS 打算拒绝您的申请。您必须在截止日期之前回复。
       *[other] 您可能有一封 USCIS 寄来的、有截止日期的信。今天就读一读 USCIS 寄来的每一封信。找一找要在哪天之前回复。
    }信上写着 USCIS 需要什么，以及要在哪天之前回复。以信上印的日期为准。请按信上说的方式，在那个日期之前回复。保留一份您回复的复印件，以及您寄出的证明。现在就找法律帮助。

## motion-to-reopen

step-motion-to-reopen-title = { $track ->
        [asylum-uscis] 现在就为这个决定找法律帮助
        [asylum-court] 现在就为这个决定找法律帮助
        [other-court] 现在就为这个决定找法律帮助
       *[other] 要求 USCIS 重新打开您的案子
    }
step-motion-to-reopen-body = { $letter ->
        [denied] { $track ->
            [not-sure] 如果这个决定是 USCIS 做的，请读这一步。
           *[other] { "" }
        }
       *[other] 有信说 USCIS 拒绝了您的申请吗？如果有，请读这一步。
    }{ $track ->
        [asylum-uscis] 马上和法律帮助人员谈一谈。因为错过预约被拒绝以后，您的案子可能会被转到移民法庭。那样您会收到出庭通知（Notice to Appear）。截止时间可能很短。请带上决定书和您所有的通知。
        [asylum-court] 您的案子由法官决定，所以下一步会告诉您有哪些选择。马上和法律帮助人员谈一谈。
        [other-court] 您的案子由法官决定，所以下一步会告诉您有哪些选择。马上和法律帮助人员谈一谈。
       *[other] 因为错过预约而被拒绝，您不能上诉。但您可以要求 USCIS 重新打开您的案子。这叫“重新审理动议”（motion to reopen）。要用 I-290B 表，而且要交费。USCIS 必须在决定日期后 { $motion-days } 天以内收到它。如果决定是邮寄给您的，您有 { $motion-days-mailed } 天。动议必须说明这个决定是错的。例如，您按时要了新的日期，或者通知寄到了错误的地址。只有一个好理由，通常是不够的。您也许还可以重新申请。如果是 USCIS 出了错，您也可以请联络中心提交一个服务请求（service request）。请尽快行动，现在就找法律帮助。
    }

## get-legal-help

step-get-legal-help-title = 找免费或低价的法律帮助
step-get-legal-help-body = { $situation ->
        [court-hearing-soon] 您的听证很快就到，所以现在就找帮助。
        [missed-with-letter] 您的信可能有截止日期，所以现在就找帮助。
        [denied] 您能行动的时间很短，所以现在就找帮助。
       *[other] { $hearing-soon ->
            [yes] 您的听证可能很快就到，所以现在就找帮助。
           *[other] 您不用一个人面对这件事。
        }
    }移民法庭有一份免费法律服务提供者的名单。非营利组织也可以帮忙。请找美国司法部（Department of Justice）认可的组织。这些组织里有些工作人员是“经认可的代表”（accredited representative），他们可以提供法律帮助。只有律师或经认可的代表，才能给您法律意见，或者代表您办案。请注意：在中国，公证员是正式的法律人员；但在美国，“公证人”（notary public）只负责见证签名。美国的公证人和“移民顾问”都不是律师，不能给您法律意见，也不能代表您。不要付钱请他们给您法律帮助。请带上您所有的通知。

## find-your-case

step-find-your-case-title = 查清楚您的案子在哪里
step-find-your-case-body = 在您的文件里找 USCIS 寄来的收据通知。它是 I-797C 表，上面有收据号码。用这个号码在 USCIS 网站上查您的案件状态。那个页面不显示法庭的案子。接下来，找您的 A 号码。它开头是字母 A。用它打移民法庭热线 { $eoir-line }，或者用法庭的网上案件状态查询。这能告诉您是不是有法官在审理您的案子。然后去找法律帮助，并带上您的文件。
step-appeal-to-board-title = 要求重新审查法官的决定
step-appeal-to-board-body = { $track ->
        [asylum-court] { $letter ->
            [denied] { "" }
           *[other] 有法官对您的案子做了决定吗？如果有，请读这一步。
        }
        [other-court] { $letter ->
            [denied] { "" }
           *[other] 有法官对您的案子做了决定吗？如果有，请读这一步。
        }
       *[other] 有法官对您的案子做了决定吗？如果有，请读这一步。
    }马上和法律帮助人员谈一谈。法官可能已经命令您离开美国。您有两种方法来反对这个决定。您可以用 EOIR-26 表向移民上诉委员会（Board of Immigration Appeals）上诉。委员会必须在决定后 { $board-appeal-days } 天以内收到它。或者，您可以请法官重新打开您的案子。这叫“重新审理动议”（motion to reopen）。I-290B 表不能用于法官的决定。
