# Result texts: where the person stands, how urgent it is, what to bring,
# words to know, sources and phone labels.

## Situations: one sentence that says where the person stands.

situation-waiting-for-receipt = لم يصلك إشعار الاستلام بعد، لكن الوقت ما زال مبكرًا، فراقب بريدك.
situation-receipt-overdue = إشعار الاستلام متأخر، فحان وقت سؤال USCIS عنه.
situation-waiting-for-notice = أنت تنتظر الرسالة التي فيها تاريخ موعد البصمات.
situation-notice-overdue = كان يجب أن تصل رسالة الموعد، فحان وقت سؤال USCIS عنها.
situation-court-hearing-soon = قد تكون جلستك في المحكمة قريبة، ولم تُؤخذ بصماتك بعد، فتصرّف الآن.
situation-case-unknown = لا تعرف أين وصلت قضيتك، فالخطوة الأولى هي أن تعرف ذلك.
situation-appointment-upcoming = { $has-date ->
        [yes] موعد بصماتك في { $date }، وأنت تنوي الذهاب.
       *[other] لديك موعد بصمات قريب، وأنت تنوي الذهاب.
    }
situation-attendance-undecided = لديك موعد بصمات، لكنك لا تعرف هل تستطيع الذهاب.
situation-must-reschedule = لا تستطيع الذهاب في ذلك اليوم، فاطلب تاريخًا جديدًا قبل وقت موعدك.
situation-timing-unknown = لا تعرف هل مضى وقت موعدك أم لا، فاعرف ذلك أولًا.
situation-attended = ذهبت إلى موعدك، فلا حاجة إلى تغيير أي موعد.
situation-attendance-unknown = لا تعرف هل أُخذت بصماتك أم لا، فاعرف ذلك أولًا.
situation-missed = فاتك موعدك، لكنك ما زلت تستطيع طلب تاريخ جديد، فتصرّف الآن.
situation-missed-with-letter = { $letter ->
        [rfe] فاتك موعدك، وأرسلت لك USCIS طلب أدلة له موعد نهائي.
        [noid] فاتك موعدك، وأرسلت لك USCIS إشعار نية الرفض له موعد نهائي.
       *[other] فاتك موعدك، وربما أرسلت لك USCIS رسالة لها موعد نهائي.
    }
situation-denied = { $track ->
        [asylum-uscis] رُفض طلبك بعد الموعد الفائت، فاطلب مساعدة قانونية فورًا.
        [asylum-court] صدر قرار في قضيتك بعد الموعد الفائت، فاطلب مساعدة قانونية فورًا.
        [other-court] صدر قرار في قضيتك بعد الموعد الفائت، فاطلب مساعدة قانونية فورًا.
        [not-sure] رُفض طلبك بعد الموعد الفائت، فاطلب مساعدة قانونية فورًا.
       *[other] رفضت USCIS طلبك، لكن ربما تستطيع أن تطلب منها فتح قضيتك مرة أخرى.
    }

## Urgency banners

urgency-today = افعل هذا اليوم
urgency-before-date = { $has-date ->
        [yes] افعل هذا قبل { $date }
       *[other] افعل هذا قبل موعدك
    }
urgency-on-date = { $has-date ->
        [yes] موعدك في { $date }
       *[other] اذهب في التاريخ المكتوب في إشعارك
    }
urgency-this-week = افعل هذا في هذا الأسبوع
urgency-wait = لا شيء تفعله الآن إلا الانتظار

## What to bring

bring-appointment-notice = إشعار الموعد، مطبوعًا على ورق.
bring-family-notices = إذا وصلت أفرادَ عائلتك إشعاراتٌ خاصة بهم، فأحضر كل الإشعارات. كل شخص وصله إشعار يجب أن يذهب.
bring-photo-id = بطاقة هوية سارية بصورة، مثل جواز سفرك.
bring-other-id = { $photo-id ->
        [no] ليست لديك بطاقة هوية سارية بصورة، فأحضر ما لديك.
       *[other] إذا لم تكن لديك بطاقة هوية سارية بصورة، فأحضر ما لديك.
    } يمكن أن يكون شهادة ميلاد، أو بطاقة مدرسية، أو بطاقة هوية منتهية الصلاحية. ويمكن أن يكون نسخة أو صورة من بطاقة هوية. ويمكن أن يكون ورقة هجرة عليها صورتك.
bring-leave-behind = لا تحضر طعامًا ولا أسلحة ولا كاميرا.

## Words to know

glossary-biometrics-term = البيانات الحيوية (Biometrics)
glossary-biometrics-def = بصماتك وصورتك وتوقيعك. تأخذها USCIS لتتأكد من هويتك ولتفحص خلفيتك.
glossary-asc-term = ASC (مركز دعم الطلبات)
glossary-asc-def = مكتب USCIS الذي تؤخذ فيه بصماتك وصورتك. إشعارك يذكر أي مركز ASC تذهب إليه.
glossary-uscis-term = USCIS
glossary-uscis-def = دائرة خدمات الجنسية والهجرة الأمريكية (U.S. Citizenship and Immigration Services). وهي الجهة الحكومية التي تقرر في كثير من طلبات الهجرة.
glossary-receipt-notice-term = إشعار الاستلام (Receipt Notice)
glossary-receipt-notice-def = رسالة من USCIS تقول إنها استلمت طلبك. وهي النموذج I-797C.
glossary-receipt-number-term = رقم الاستلام (Receipt Number)
glossary-receipt-number-def = الرقم الذي في إشعار الاستلام. يبدأ بثلاثة أحرف، مثلًا IOE أو MSC، أو في اللجوء ZLA. استعمله لمعرفة حالة قضيتك.
glossary-a-number-term = رقم A (A-Number)
glossary-a-number-def = رقم الهجرة الخاص بك. يبدأ بحرف A. تجده في كثير من أوراق الهجرة الخاصة بك.
glossary-myuscis-term = حساب USCIS على الإنترنت (myUSCIS)
glossary-myuscis-def = حسابك على موقع USCIS، على my.uscis.gov. يمكنك أن ترى فيه إشعاراتك، وأن تطلب تاريخًا جديدًا لموعدك.
glossary-contact-center-term = مركز اتصال USCIS
glossary-contact-center-def = خط هاتف USCIS، على الرقم { $contact-center }. يمكنك الاتصال لطلب تاريخ جديد لموعدك.
glossary-tty-term = TTY
glossary-tty-def = خدمة هاتفية للصم وضعاف السمع. رقم TTY لدى USCIS هو { $contact-center-tty }.
glossary-good-cause-term = سبب وجيه (Good cause)
glossary-good-cause-def = سبب وجيه يمنعك من الذهاب إلى موعدك، مثل المرض. تطلبه USCIS عندما تطلب تاريخًا جديدًا.
glossary-rfe-term = طلب أدلة (RFE)
glossary-rfe-def = رسالة من USCIS تطلب معلومات أكثر. وفيها آخر تاريخ للرد.
glossary-noid-term = إشعار بنية الرفض (NOID)
glossary-noid-def = رسالة تقول إن USCIS تنوي رفض طلبك. يجب أن ترد عليها قبل التاريخ المطبوع عليها.
glossary-abandonment-term = التخلي عن الطلب (Abandonment)
glossary-abandonment-def = عندما تعامل USCIS أو القاضي طلبك كأنك تخليت عنه. قد يؤدي تفويت موعد البصمات إلى ذلك.
glossary-motion-to-reopen-term = التماس إعادة فتح القضية (Motion to reopen)
glossary-motion-to-reopen-def = التماس تقدمه إلى USCIS لكي تنظر في قضيتك مرة أخرى بعد الرفض. يُقدَّم بالنموذج I-290B، وله موعد نهائي قصير.
glossary-ar-11-term = النموذج AR-11
glossary-ar-11-def = النموذج الذي تُبلغ به USCIS بعنوانك الجديد. يجب أن تُبلغ USCIS خلال { $ar11-days ->
        [zero] { $ar11-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $ar11-days } أيام
        [many] { $ar11-days } يومًا
       *[other] { $ar11-days } يوم
    } من انتقالك. أداة تغيير العنوان على موقع USCIS تُعدّ بمثابة هذا النموذج.
glossary-eoir-33-term = النموذج EOIR-33
glossary-eoir-33-def = النموذج الذي تُبلغ به محكمة الهجرة بعنوانك الجديد. يجب أن ترسله خلال { $eoir33-days ->
        [zero] { $eoir33-days } يوم عمل
        [one] يوم عمل واحد
        [two] يومَي عمل
        [few] { $eoir33-days } أيام عمل
        [many] { $eoir33-days } يوم عمل
       *[other] { $eoir33-days } يوم عمل
    } من انتقالك.
glossary-immigration-court-term = محكمة الهجرة
glossary-immigration-court-def = محكمة يقرر فيها قاضٍ قضايا الهجرة، مثل اللجوء. وهي جزء من وزارة العدل، وليست جزءًا من USCIS.
glossary-government-lawyer-term = محامي الحكومة
glossary-government-lawyer-def = محامي ICE (وكالة إنفاذ قوانين الهجرة والجمارك الأمريكية) الذي يمثل جانب الحكومة في قضيتك أمام المحكمة. يعمل هذا المحامي في مكتب المستشار القانوني الرئيسي (Office of the Principal Legal Advisor).
glossary-individual-hearing-term = الجلسة الفردية
glossary-individual-hearing-def = جلسة المحكمة التي يقرر فيها القاضي قضيتك. وتسمى أيضًا جلسة «الموضوع» (merits) أو الجلسة «النهائية» (final).
glossary-case-status-term = حالة القضية (Case status)
glossary-case-status-def = المرحلة التي وصل إليها طلبك الآن. يمكنك أن تعرفها على موقع USCIS برقم الاستلام.

## Sources: the titles of the pages cited under each step.

# A citation (8 CFR 103.2, 90 FR 49062) sits between {"\u2068"} and {"\u2069"}, the
# first-strong isolate: without it a right-to-left line shows "CFR 103.2 8".
source-uscis-biometrics = USCIS: الاستعداد لموعد خدمات القياسات الحيوية
source-uscis-policy-manual = دليل سياسات USCIS: أخذ القياسات الحيوية وتغيير موعدها
source-uscis-contact-center = USCIS: مركز الاتصال
source-uscis-case-status = USCIS: حالة القضية على الإنترنت (Case Status Online)
source-uscis-online-account = USCIS: إنشاء حساب USCIS على الإنترنت
source-uscis-change-address = USCIS: كيف تغيّر عنوانك
source-uscis-i-290b = USCIS: النموذج I-290B، إشعار استئناف أو التماس (Notice of Appeal or Motion)
source-cfr-103-2 = {"\u2068"}8 CFR 103.2{"\u2069"}: قواعد الطلبات، ومنها التخلي عن الطلب
source-cfr-103-5 = {"\u2068"}8 CFR 103.5{"\u2069"}: طلبات إعادة الفتح أو إعادة النظر
source-eoir-33 = محكمة الهجرة: النموذج EOIR-33، تغيير العنوان
source-eoir-case-status = محكمة الهجرة: معلومات القضايا الآلية
source-eoir-legal-providers = محكمة الهجرة: قائمة مقدمي الخدمات القانونية المجانية
source-ice-opla = ICE: المكاتب الميدانية لمكتب المستشار القانوني الرئيسي
source-asap-faq = Asylum Seeker Advocacy Project: أسئلة شائعة عن القياسات الحيوية
source-seed-missed-2024 = مقال من مكتب محاماة: ماذا يحدث إذا فاتك موعد القياسات الحيوية (2024)
source-seed-reschedule = مقال من مكتب محاماة: كيف تغيّر موعد القياسات الحيوية
source-seed-green-card = مقال من مكتب محاماة: تفويت موعد القياسات الحيوية في قضية بطاقة خضراء
source-seed-online-tool-2023 = خبر من مكتب محاماة: أداة USCIS على الإنترنت لتغيير موعد القياسات الحيوية (2023)

## Phone numbers: the label shown next to each number.

phone-contact-center = مركز اتصال USCIS
phone-contact-center-tty = مركز اتصال USCIS، خط TTY للصم وضعاف السمع
phone-eoir-line = خط معلومات القضايا في محكمة الهجرة
situation-first = ابدأ بالخطوة 1: { $step }.
situation-notice-unknown = لا تعرف هل وصل إشعار البصمات، فاعرف ذلك اليوم.
situation-turned-away = ذهبت لكنهم لم يأخذوا بصماتك، فاطلب موعدًا جديدًا الآن.
glossary-board-appeal-term = مجلس طعون الهجرة
glossary-board-appeal-def = الجهة التي تراجع قرار قاضي الهجرة. تطلب ذلك بنموذج EOIR-26.
glossary-advance-parole-term = تصريح السفر المسبق (advance parole)
glossary-advance-parole-def = تصريح سفر. بدونه، الخروج من أمريكا قد ينهي قضية اللجوء أو البطاقة الخضراء.
source-eoir-appeal = محكمة الهجرة: الاستئناف على قرار القاضي
source-cfr-1003-23 = {"\u2068"}8 CFR 1003.23{"\u2069"}: طلبات إعادة الفتح أمام المحكمة
source-cfr-1003-38 = {"\u2068"}8 CFR 1003.38{"\u2069"}: الاستئناف أمام المجلس
source-uscis-eoir-benefits = USCIS: الطلبات في قضايا محكمة الهجرة
source-cfr-208-7 = {"\u2068"}8 CFR 208.7{"\u2069"}: تصاريح العمل لطالبي اللجوء
source-cfr-208-8 = {"\u2068"}8 CFR 208.8{"\u2069"}: السفر أثناء طلب اللجوء
source-cfr-245-2 = {"\u2068"}8 CFR 245.2{"\u2069"}: السفر أثناء طلب البطاقة الخضراء
source-cis-ombudsman = أمين مظالم CIS في DHS: أسئلة وأجوبة عن مركز الاتصال في USCIS، عام 2021
source-fr-2025-biometrics = السجل الفيدرالي، {"\u2068"}90 FR 49062{"\u2069"}: قاعدة مقترحة للبصمات (2025)
source-uscis-fees = USCIS: جدول الرسوم (نموذج G-1055)
source-asylum-receipt-prefixes = دليل: أرقام استلام مكاتب اللجوء
source-huella-review-2026 = مراجعة Huella القانونية للمحتوى (2026)
