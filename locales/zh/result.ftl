# Result texts: where the person stands, how urgent it is, what to bring,
# words to know, sources and phone labels.

## Situations: one sentence that says where the person stands.

situation-waiting-for-receipt = 您还没有收据通知，但现在还早，所以请留意您的信件。
situation-receipt-overdue = 您的收据通知来晚了，所以现在该去问 USCIS 了。
situation-waiting-for-notice = 您在等一封写着指纹预约日期的信。
situation-notice-overdue = 您的预约信现在应该已经到了，所以现在该去问 USCIS 了。
situation-court-hearing-soon = 您的法庭听证可能很快就到，而您还没有按指纹，所以现在就要行动。
situation-case-unknown = 您不确定您的案子现在在哪里，所以第一步是查清楚。
situation-appointment-upcoming = { $has-date ->
        [yes] 您的指纹预约在 { $date }，您打算去。
       *[other] 您有一个快到的指纹预约，您打算去。
    }
situation-attendance-undecided = 您有一个指纹预约，但您不确定能不能去。
situation-must-reschedule = 您那天去不了，所以要在预约时间之前要一个新的日期。
situation-timing-unknown = 您不确定预约时间是不是已经过了，所以先要查清楚。
situation-attended = 您已经去参加了预约，所以不需要改期。
situation-attendance-unknown = 您不确定有没有按过指纹，所以先要查清楚。
situation-missed = 您错过了预约，但您仍然可以要一个新的日期，所以现在就要行动。
situation-missed-with-letter = { $letter ->
        [rfe] 您错过了预约，而且 USCIS 给您寄来了一份有截止日期的补充证据要求（RFE）。
        [noid] 您错过了预约，而且 USCIS 给您寄来了一份有截止日期的拒绝意向通知（NOID）。
       *[other] 您错过了预约，而且 USCIS 可能给您寄来了一封有截止日期的信。
    }
situation-denied = { $track ->
        [asylum-uscis] 错过预约以后，您的申请被拒绝了，所以请马上找法律帮助。
        [asylum-court] 错过预约以后，您的案子已经有了决定，所以请马上找法律帮助。
        [other-court] 错过预约以后，您的案子已经有了决定，所以请马上找法律帮助。
        [not-sure] 错过预约以后，您的申请被拒绝了，所以请马上找法律帮助。
       *[other] USCIS 拒绝了您的申请，但您也许可以要求 USCIS 重新打开您的案子。
    }

## Urgency banners

urgency-today = 今天就做
urgency-before-date = { $has-date ->
        [yes] 在 { $date } 之前做
       *[other] 在您的预约之前做
    }
urgency-on-date = { $has-date ->
        [yes] 您的预约在 { $date }
       *[other] 请在通知上写的日期前往
    }
urgency-this-week = 这个星期内做
urgency-wait = 现在只需要等

## What to bring

bring-appointment-notice = 您的预约通知，打印在纸上。
bring-family-notices = 如果家人收到了他们自己的通知，请带上每一份通知。每个收到通知的人都必须去。
bring-photo-id = 有效的带照片的身份证件，比如您的护照。
bring-other-id = { $photo-id ->
        [no] 您没有有效的带照片身份证件，所以请带上您有的证件。
       *[other] 如果您没有有效的带照片身份证件，请带上您有的证件。
    }可以是出生证明、学生证，或者已经过期的身份证件。可以是身份证件的复印件或照片。也可以是有您照片的移民文件。
bring-leave-behind = 不要带食物、武器或相机。

## Words to know

glossary-biometrics-term = 生物识别信息（Biometrics）
glossary-biometrics-def = 您的指纹、照片和签名。USCIS 用它们来核实您是谁，并做背景调查。
glossary-asc-term = ASC（申请支持中心，Application Support Center）
glossary-asc-def = USCIS 给您按指纹和拍照的办公室。您的通知上写着要去哪一个 ASC。
glossary-uscis-term = USCIS
glossary-uscis-def = 美国公民及移民服务局（U.S. Citizenship and Immigration Services）。它是决定很多移民申请的政府部门。
glossary-receipt-notice-term = 收据通知（Receipt Notice）
glossary-receipt-notice-def = USCIS 寄来的一封信，说它收到了您的申请。它是 I-797C 表。
glossary-receipt-number-term = 收据号码（Receipt Number）
glossary-receipt-number-def = 您收据通知上的号码。开头是三个英文字母，例如 IOE、MSC，庇护案子可能是 ZLA。用它在网上查您的案子。
glossary-a-number-term = A 号码（A-Number）
glossary-a-number-def = 您的移民号码。开头是字母 A。在您的很多移民文件上都能找到它。
glossary-myuscis-term = USCIS 网上账户（myUSCIS）
glossary-myuscis-def = 您在 USCIS 网站上的账户，网址是 my.uscis.gov。您可以在那里看通知，也可以要一个新的预约日期。
glossary-contact-center-term = USCIS 联络中心（USCIS Contact Center）
glossary-contact-center-def = USCIS 的电话热线，号码是 { $contact-center }。您可以打电话要一个新的预约日期。
glossary-tty-term = TTY
glossary-tty-def = 给聋人或听力不好的人用的电话服务。USCIS 的 TTY 号码是 { $contact-center-tty }。
glossary-good-cause-term = 正当理由（Good cause）
glossary-good-cause-def = 您不能去预约的好理由，比如生病。您要新的日期时，USCIS 会要您说明这个理由。
glossary-rfe-term = 补充证据要求（RFE，Request for Evidence）
glossary-rfe-def = USCIS 寄来的一封信，要您提供更多信息。信上有一个日期，您必须在那之前回复。
glossary-noid-term = 拒绝意向通知（NOID，Notice of Intent to Deny）
glossary-noid-def = 这封信说 USCIS 打算拒绝您的申请。您必须在信上印的日期之前回复。
glossary-abandonment-term = 放弃申请（Abandonment）
glossary-abandonment-def = USCIS 或法官把您的申请当作您已经放弃了。错过指纹预约可能会导致这种结果。
glossary-motion-to-reopen-term = 重新审理动议（Motion to reopen）
glossary-motion-to-reopen-def = 申请被拒绝以后，请求 USCIS 再审查一次您的案子。要用 I-290B 表提出，截止时间很短。
glossary-ar-11-term = AR-11 表（Form AR-11）
glossary-ar-11-def = 用来告诉 USCIS 您新地址的表格。您搬家后 { $ar11-days } 天内必须告诉 USCIS。USCIS 的网上更改地址工具也算作这份表格。
glossary-eoir-33-term = EOIR-33 表（Form EOIR-33）
glossary-eoir-33-def = 用来告诉移民法庭您新地址的表格。您搬家后 { $eoir33-days } 个工作日内必须寄出。
glossary-immigration-court-term = 移民法庭（Immigration court）
glossary-immigration-court-def = 由法官审理移民案子（比如庇护）的法庭。它属于美国司法部（Department of Justice），不属于 USCIS。
glossary-government-lawyer-term = 政府律师
glossary-government-lawyer-def = 在您的法庭案子里代表政府一方的 ICE 律师。这位律师在首席法律顾问办公室（Office of the Principal Legal Advisor）工作。
glossary-individual-hearing-term = 个人听证（Individual hearing）
glossary-individual-hearing-def = 法官决定您案子的那次法庭听证。它也叫“实体听证”（merits hearing）或“最终听证”（final hearing）。
glossary-case-status-term = 案件状态（Case status）
glossary-case-status-def = 您的申请现在进行到哪一步。您可以用收据号码在 USCIS 网站上查。

## Sources: the titles of the pages cited under each step.

source-uscis-biometrics = USCIS：为您的生物识别服务预约做准备
source-uscis-policy-manual = USCIS 政策手册：采集生物识别信息和改期
source-uscis-contact-center = USCIS：联络中心
source-uscis-case-status = USCIS：网上查询案件状态（Case Status Online）
source-uscis-online-account = USCIS：开设 USCIS 网上账户
source-uscis-change-address = USCIS：如何更改地址
source-uscis-i-290b = USCIS：I-290B 表，上诉或动议通知（Notice of Appeal or Motion）
source-cfr-103-2 = 8 CFR 103.2：申请的规定，包括放弃申请
source-cfr-103-5 = 8 CFR 103.5：重新审理或重新考虑的动议
source-eoir-33 = 移民法庭：EOIR-33 表，更改地址
source-eoir-case-status = 移民法庭：自动案件信息
source-eoir-legal-providers = 移民法庭：无偿法律服务提供者名单
source-ice-opla = ICE：首席法律顾问办公室各地分处
source-asap-faq = 庇护申请人权益倡导项目（Asylum Seeker Advocacy Project）：生物识别常见问题
source-seed-missed-2024 = 律师事务所文章：错过生物识别预约会怎样（2024）
source-seed-reschedule = 律师事务所文章：怎样给生物识别预约改期
source-seed-green-card = 律师事务所文章：绿卡案子里错过生物识别
source-seed-online-tool-2023 = 律师事务所新闻：USCIS 网上改期生物识别的工具（2023）

## Phone numbers: the label shown next to each number.

phone-contact-center = USCIS 联络中心
phone-contact-center-tty = USCIS 联络中心，给聋人或听力不好的人用的 TTY
phone-eoir-line = 移民法庭案件信息热线
situation-first = 从第 1 步开始：{ $step }。
situation-notice-unknown = 您不确定有没有收到指纹通知，所以今天就要查清楚。
situation-turned-away = 您去了，但他们没有给您按指纹，所以现在就要一个新的日期。
glossary-board-appeal-term = 移民上诉委员会（Board of Immigration Appeals）
glossary-board-appeal-def = 重新审查法官移民决定的上级法庭。您用 EOIR-26 表向它提出。
glossary-advance-parole-term = 回美证（Advance parole）
glossary-advance-parole-def = 一种旅行许可。没有它就离开美国，可能会让庇护或绿卡案子终止。
source-eoir-appeal = 移民法庭：对移民法官的决定提出上诉
source-cfr-1003-23 = 8 CFR 1003.23：向移民法庭提出重新审理动议
source-cfr-1003-38 = 8 CFR 1003.38：向移民上诉委员会上诉
source-uscis-eoir-benefits = USCIS：移民法庭案子里的移民福利
source-cfr-208-7 = 8 CFR 208.7：庇护申请人的工作许可
source-cfr-208-8 = 8 CFR 208.8：庇护申请期间离开美国
source-cfr-245-2 = 8 CFR 245.2：绿卡申请期间离开美国
source-cis-ombudsman = DHS CIS 监察员（CIS Ombudsman）：关于 USCIS 联络中心的问答（2021）
source-fr-2025-biometrics = 联邦公报（Federal Register），90 FR 49062：生物识别拟议规则（2025）
source-uscis-fees = USCIS：费用表（G-1055 表）
source-asylum-receipt-prefixes = 指南：庇护办公室的收据号码
source-huella-review-2026 = Huella 法律内容审核（2026）
