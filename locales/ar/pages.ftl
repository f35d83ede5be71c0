# Page and component texts.

## Layout

site-name = Huella
site-tagline = مساعدة في موعد البصمات لدى USCIS
skip-link = انتقل إلى المحتوى الرئيسي
page-title = { $title } - Huella
page-title-error = خطأ: { $title } - Huella
nav-start-again = ابدأ من جديد
footer-not-legal-advice = يقدم موقع Huella معلومات عامة. وهي ليست استشارة قانونية.
footer-private = لا نطلب اسمك ولا رقم A الخاص بك.

## Start page

start-title = استعد لموعد البصمات لدى USCIS
start-lead = يساعدك موقع Huella في موعد البصمات، ويسمى أيضًا موعد خدمات البيانات الحيوية (biometrics). أجب عن بعض الأسئلة، وستحصل على خطة فيها الخطوات التالية.
start-need-heading = قبل أن تبدأ
start-need-body = اجعل معك الرسائل التي وصلتك من USCIS أو من محكمة الهجرة، إن كانت لديك. يمكنك أن تبدأ بدونها أيضًا.
start-time = يستغرق ذلك نحو 3 دقائق. الأسئلة قليلة.
start-private-heading = إجاباتك خاصة
start-private-body = لا نطلب اسمك ولا رقم A الخاص بك. نحفظ إجاباتك لكي تستطيع الرجوع إلى خطتك. لحذفها، اختر «ابدأ من جديد» في أسفل الصفحة. يقدم موقع Huella معلومات عامة، وليس استشارة قانونية.
start-button = ابدأ الآن

## Question pages

back-link = رجوع
continue-button = متابعة
error-summary-title = توجد مشكلة
date-month = الشهر
date-day = اليوم
date-year = السنة
date-or = أو
date-example = مثال: 12 25 2026 (الشهر 12، اليوم 25، السنة 2026)
date-error-incomplete = يجب أن يحتوي التاريخ على الشهر واليوم والسنة
date-error-not-number = يجب أن يتكون التاريخ من أرقام فقط
date-error-year-digits = يجب أن تتكون السنة من 4 أرقام
date-error-not-real = يجب أن يكون التاريخ تاريخًا حقيقيًا. مثلًا، لا يوجد يوم 30 فبراير.
date-error-out-of-range = اكتب تاريخًا سنته بين { $min-year } و{ $max-year }
date-error-mixed = كتبت تاريخًا واخترت أيضًا «لا أعرف التاريخ». اختر واحدًا فقط.

## Check your answers

check-title = راجع إجاباتك
check-intro = اقرأ إجاباتك. لتغيير إجابة، اختر «تغيير» بجانبها.
check-change = تغيير
check-continue = اعرف ماذا تفعل

## Result

result-title = ماذا تفعل الآن
result-steps-heading = خطواتك بالترتيب
result-step-label = الخطوة { $number }
result-call-label = اتصل
result-tty-label = خط TTY، للصم وضعاف السمع
result-say-label = ماذا تقول
result-ready-label = جهّز هذه الأشياء
result-sources-label = { $count ->
        [zero] المصادر:
        [one] المصدر:
        [two] المصدران:
        [few] المصادر:
        [many] المصادر:
       *[other] المصادر:
    }
checklist-phone-label = { $label }:
result-sources-separator = { "؛ " }
result-sources-end = .
result-reviewed = آخر مراجعة: { $date }
result-bring-heading = ماذا تحضر معك
result-glossary-heading = كلمات يجب أن تعرفها
result-help-heading = مساعدة قانونية مجانية
result-help-body = يمكن لمحامٍ أو لممثل معتمد أن ينظر في قضيتك أنت. كثير من المنظمات غير الربحية تقدم مساعدة مجانية أو قليلة التكلفة. في الولايات المتحدة، لا يحق لأحد أن يقدم نصيحة قانونية في قضايا الهجرة إلا المحامي أو الممثل المعتمد. لا تدفع أبدًا لـ«مستشار هجرة»، ولا لمكتب سفر أو ترجمة يعرض عليك مساعدة قانونية.
legal-help-eoir-providers = قائمة محكمة الهجرة لمقدمي الخدمات القانونية المجانية
legal-help-nonprofit-directory = ابحث عن منظمة غير ربحية للمساعدة القانونية قريبة منك
result-disclaimer-heading = هذه ليست استشارة قانونية
result-disclaimer = يقدم موقع Huella معلومات عامة. وهي ليست استشارة قانونية. تحدث مع محامٍ أو ممثل معتمد عن قضيتك أنت.
result-print-link = اطبع قائمة المهام
result-change-link = غيّر إجاباتك

## Printable checklist

checklist-title = قائمة المهام لموعد البصمات
checklist-made = أُعدّت في { $date }
checklist-key-dates-heading = تواريخ مهمة
checklist-appointment = الموعد: { $date }
checklist-appointment-unknown = الموعد: التاريخ مكتوب في رسالتك
checklist-phones-heading = أرقام الهاتف
checklist-steps-heading = خطواتك
checklist-bring-heading = ماذا تحضر معك
checklist-print-hint = استخدم قائمة «طباعة» في متصفحك لطباعة هذه الصفحة.
checklist-back = ارجع إلى خطتك
checklist-notes-heading = ملاحظات من مكالماتك
checklist-notes-date = التاريخ والوقت
checklist-notes-agent = اسم الموظف أو رقمه
checklist-notes-said = ماذا قالوا لك

## Errors

error-not-found-title = الصفحة غير موجودة
error-not-found-body = لا نجد هذه الصفحة. تأكد من عنوان الموقع، أو ابدأ من جديد.
error-bad-request-title = حدثت مشكلة في إجابتك
error-bad-request-body = لم نستطع قراءة ما أُرسل. ارجع وحاول مرة أخرى.
error-too-large-title = ما أُرسل كبير جدًا
error-too-large-body = ما أرسلته كبير جدًا ولا نستطيع قراءته. ارجع وحاول مرة أخرى.
error-too-slow-title = استغرق الإرسال وقتًا طويلًا
error-too-slow-body = لم تصلنا إجابتك في الوقت المناسب. قد يكون الاتصال بطيئًا. ارجع وحاول مرة أخرى.
error-server-title = عذرًا، توجد مشكلة من جهتنا
error-server-body = إجاباتك محفوظة. حاول مرة أخرى بعد دقيقة.
error-home-link = اذهب إلى صفحة البداية

## API errors (read by partner developers)

api-error-unknown-question = معرّف سؤال غير معروف: { $field }
api-error-bad-value = السؤال { $field } لا يقبل هذه القيمة
api-error-bad-date = يجب أن تكون قيمة { $field } تاريخًا بصيغة YYYY-MM-DD أو not-sure
api-error-bad-body = يجب أن يكون متن الطلب كائن JSON يحتوي على كائن answers
api-error-bad-today = يجب أن تكون قيمة today تاريخًا بصيغة YYYY-MM-DD لا يبعد أكثر من 5 سنوات عن تاريخ الخادم
api-error-too-large = متن الطلب كبير جدًا
api-error-too-slow = لم يصل متن الطلب في الوقت المناسب
api-error-content-type = يجب إرسال المتن بنوع المحتوى Content-Type: application/json
api-error-duplicate-key = يحتوي JSON على المفتاح نفسه مرتين: { $field }
date-error-decision-in-future = هذا التاريخ بعد اليوم. اكتب التاريخ المطبوع على القرار.
date-error-decision-before-appointment = هذا التاريخ قبل موعدك. اكتب التاريخ المطبوع على القرار.
date-error-deadline-before-appointment = هذا التاريخ قبل الموعد الذي فاتك، والرسالة وصلت بعده. اكتب تاريخ الرد المطبوع على الرسالة.
date-error-new-appointment-passed = هذا التاريخ مضى، فهو الموعد الذي فاتك. ارجع إلى سؤال تاريخ موعدك واكتب هذا التاريخ هناك.
api-error-bad-now = يجب أن تكون قيمة now تاريخًا ووقتًا محليًا بصيغة YYYY-MM-DDTHH:MM، في نفس يوم today

## The review pack (/review), for a lawyer or accredited representative

review-title = ملف المراجعة القانونية
review-intro = تعرض هذه الصفحة كل تعليمات Huella مع مصادرها، وكل خطة يمكن أن تنتجها قواعده. لا تحتوي على إجابات أي شخص. اطبعها، وراجع كل خطوة مع مصادرها، واكتب اسمك والتاريخ بجانب ما توافق عليه.
review-due = { $count ->
        [zero] لا توجد خطوة تنتظر المراجعة.
        [one] خطوة واحدة تنتظر المراجعة، وتظهر أولًا.
        [two] خطوتان تنتظران المراجعة، وتظهران أولًا.
        [few] { $count } خطوات تنتظر المراجعة، وتظهر أولًا.
        [many] { $count } خطوة تنتظر المراجعة، وتظهر أولًا.
       *[other] { $count } خطوة تنتظر المراجعة، وتظهر أولًا.
    } تحتاج الخطوة إلى مراجعة إذا مرّ على آخر مراجعة لها أكثر من { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
review-steps-heading = كل خطوة، بكل صيغها
review-due-mark = تحتاج مراجعة:
review-reviewed = آخر مراجعة
review-reviewed-by = راجعها:
review-nobody = لم يراجعها أحد بعد.
review-plans-heading = كل خطة يمكن أن تنتجها القواعد
review-plans-line = { $plans ->
        [zero] لا توجد أي خطة
        [one] خطة واحدة
        [two] خطتان مختلفتان
        [few] { $plans } خطط مختلفة
        [many] { $plans } خطة مختلفة
       *[other] { $plans } خطة مختلفة
    }، من { $answer-sets ->
        [zero] { $answer-sets } مجموعة
        [one] مجموعة واحدة
        [two] مجموعتين
        [few] { $answer-sets } مجموعات
        [many] { $answer-sets } مجموعة
       *[other] { $answer-sets } مجموعة
    } من الإجابات الكاملة. تذكر كل خطة عدد المجموعات التي تؤدي إليها.
review-example = مجموعة إجابات تؤدي إلى هنا
review-watch-heading = قواعد تجب متابعتها
review-checked = آخر تحقق
review-watch-steps = الخطوات التي يجب مراجعتها إذا تغيرت:

## The checklist as a desk tool, and the Print button
checklist-answers-heading = إجاباتك
checklist-reschedule-online = آخر وقت لطلب موعد جديد على الإنترنت: { $date }
checklist-reschedule-by = آخر يوم لطلب تاريخ جديد: { $date }
checklist-walk-in-until = آخر يوم للذهاب إلى مركز ASC بدون موعد (اختياري): { $date }
checklist-blanks-heading = اكتب هذه المعلومات
checklist-blank-receipt = رقم الإيصال
checklist-blank-a-number = رقم الأجنبي (A-Number)
checklist-blank-asc = عنوان مركز ASC
checklist-legal-help-heading = مساعدة قانونية مجانية أو قليلة التكلفة
print-button = اطبع هذه الصفحة
# What to do on each step, in one line, with what to type or say.
checklist-do-attend-appointment = اذهب إلى مركز ASC المكتوب في إشعارك، في التاريخ والوقت المكتوبين فيه.
checklist-do-bring-documents = جهّز ما في «ماذا تحضر معك» في الليلة السابقة.
checklist-do-arrive-early = كن هناك قبل وقتك { $arrive-minutes ->
        [zero] بـ { $arrive-minutes } دقيقة
        [one] بدقيقة واحدة
        [two] بدقيقتين
        [few] بـ { $arrive-minutes } دقائق
        [many] بـ { $arrive-minutes } دقيقة
       *[other] بـ { $arrive-minutes } دقيقة
    }.
checklist-do-reschedule-online = في my.uscis.gov: «Menu» (أو «My Account»)، ثم «Reschedule Biometrics».
checklist-do-call-contact-center = اتصل بالرقم { $contact-center } (للصم: { $contact-center-tty }). جهّز رقم الإيصال ورقم الأجنبي.
checklist-do-walk-in-asc = بعد الاتصال فقط: اذهب إلى مركز ASC ومعك إشعارك وهويتك. اسأل: «هل يمكنكم أخذ بصماتي اليوم؟»
checklist-do-explain-good-cause = قل سببك في جملة واحدة. احتفظ بدليل، مثل ورقة من الطبيب.
checklist-do-keep-proof = اكتب كل مكالمة في الأسفل. احتفظ بكل إشعار، وبالإشعار المختوم.
checklist-do-check-case-status = في صفحة Case Status على موقع USCIS، اكتب رقم الإيصال. تحقق كل أسبوع.
checklist-do-wait-for-notice = افحص بريدك وحسابك في USCIS كل أسبوع.
checklist-do-update-address = غيّر عنوانك لدى USCIS خلال { $ar11-days ->
        [zero] { $ar11-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $ar11-days } أيام
        [many] { $ar11-days } يومًا
       *[other] { $ar11-days } يوم
    } (النموذج AR-11 ولكل قضية).
checklist-do-update-address-court = أرسل النموذج EOIR-33 إلى المحكمة خلال { $eoir33-days ->
        [zero] { $eoir33-days } يوم عمل
        [one] يوم عمل واحد
        [two] يومَي عمل
        [few] { $eoir33-days } أيام عمل
        [many] { $eoir33-days } يوم عمل
       *[other] { $eoir33-days } يوم عمل
    }، ونسخة إلى محامي الحكومة.
checklist-do-follow-court-instructions = افعل ما تقوله خطوات البصمات المكتوبة من القاضي أو محامي الحكومة.
checklist-do-contact-government-lawyer = { $track ->
        [not-sure] إذا كانت قضيتك أمام قاضٍ: أخبر محامي الحكومة (ICE) أين وصلت بصماتك. احتفظ بنسخة.
       *[other] أخبر محامي الحكومة (ICE) أين وصلت بصماتك. احتفظ بنسخة.
    }
checklist-do-tell-the-judge = { $track ->
        [not-sure] إذا كانت قضيتك أمام قاضٍ: أخبر القاضي في جلستك أو قبلها. أحضر دليلًا على ما فعلت.
       *[other] أخبر القاضي في جلستك أو قبلها. أحضر دليلًا على ما فعلت.
    }
checklist-do-respond-to-letter = { $letter ->
        [rfe] رد كما تقول الرسالة، قبل موعدها النهائي. احتفظ بنسخة وبدليل الإرسال.
        [noid] رد كما تقول الرسالة، قبل موعدها النهائي. احتفظ بنسخة وبدليل الإرسال.
       *[other] اقرأ اليوم كل رسالة من USCIS. إذا كان في إحداها موعد للرد، فرد كما تقول قبل ذلك الموعد. احتفظ بنسخة وبدليل الإرسال.
    }
checklist-do-motion-to-reopen = { $track ->
        [asylum-uscis] تحدث الآن مع من يقدم مساعدة قانونية. بعد هذا الرفض قد تُحال قضيتك إلى محكمة الهجرة.
        [not-sure] إذا كانت USCIS هي التي أصدرت القرار: قدّم النموذج I-290B قبل نهاية آخر يوم لك. اطلب مساعدة قانونية أولًا.
       *[other] قدّم النموذج I-290B قبل نهاية آخر يوم لك. اطلب مساعدة قانونية أولًا.
    }
checklist-do-get-legal-help = تواصل مع جهة مساعدة قانونية من القائمة في الأسفل. أحضر كل أوراقك.
checklist-do-find-your-case = انظر في كل رسائلك. ابحث عن رقم إيصال أو اسم محكمة.
checklist-do-appeal-to-board = { $track ->
        [not-sure] إذا كان قاضٍ هو الذي أصدر القرار: يجب أن يستلم المجلس النموذج EOIR-26 قبل نهاية آخر يوم لك. اطلب مساعدة قانونية الآن.
       *[other] يجب أن يستلم المجلس النموذج EOIR-26 قبل نهاية آخر يوم لك. اطلب مساعدة قانونية الآن.
    }

## Date entry: a date far ahead, and the language switch on a question
date-confirm-title = هل هذا صحيح؟
date-confirm-far = كتبت { $date }. هذا بعد أكثر من سنة من الآن. راجع التاريخ في رسالتك. إذا كان صحيحًا، اضغط الزر مرة أخرى.
date-confirm-button = نعم، هذا التاريخ صحيح
date-error-one-box = اكتب الشهر واليوم والسنة كلًا في خانته، أو التاريخ كاملًا في خانة واحدة، مثل 12/25/2026
language-switch-label = اقرأ هذا السؤال باللغة:
watch-proposed-biometrics-rule-2025-note = {"\u2068"}90 FR 49062{"\u2069"} (نوفمبر 2025): معيار "الظروف الاستثنائية" لقبول العذر عن موعد فائت، وأخذ البصمات في أي عمر. لم تكن القاعدة نهائية عند التحقق.
watch-annual-asylum-fee-note = الرسوم السنوية لطلب لجوء لم يُبتّ فيه بعد. لا يذكر الدليل أي مبلغ؛ تحقق من جدول الرسوم قبل ذكر أي مبلغ.
watch-status-proposed = مقترحة، غير سارية
watch-status-in-force-may-change = سارية؛ قد يتغير المبلغ وطريقة تحصيله


## «افعل هذا أولًا» في صفحة النتائج

first-heading = افعل هذا أولًا
first-call = اتصل بالرقم
first-by-time = قبل الساعة { $time }، { $date }
first-by-day = في موعد أقصاه { $date }
first-before-appointment-time = قبل وقت موعدك، { $date }
first-before-day = قبل { $date }
first-on = في { $date }
first-today = اليوم
first-this-week = هذا الأسبوع
urgency-before-time = افعل هذا قبل الساعة { $time }، { $date }
reschedule-until-online = تُغلق الأداة على الإنترنت قبل موعدك { $online-limit-hours ->
        [zero] بـ { $online-limit-hours } ساعة
        [one] بساعة واحدة
        [two] بساعتين
        [few] بـ { $online-limit-hours } ساعات
        [many] بـ { $online-limit-hours } ساعة
       *[other] بـ { $online-limit-hours } ساعة
    }. افعل هذا قبل الساعة { $time }، { $date }.
reschedule-until-phone = اتصل قبل ساعة موعدك: قبل الساعة { $time }، { $date }.
reschedule-by-day = افعل هذا في موعد أقصاه { $date }.
walk-in-until = آخر يوم للذهاب دون موعد هو { $date }.
result-sources-summary = المصادر وتاريخ آخر مراجعة

## الأماكن التي ترسلك إليها خطوة (روابط)

place-my-uscis = افتح حسابك في USCIS ‏(my.uscis.gov)
place-case-status = اعرف حالة قضيتك على موقع USCIS
place-change-address = غيّر عنوانك لدى USCIS
place-eoir-33 = النموذج EOIR-33: غيّر عنوانك لدى المحكمة
place-eoir-case-status = معلومات قضيتك في محكمة الهجرة على الإنترنت
place-i-290b = النموذج I-290B على موقع USCIS
place-eoir-appeal = كيف تستأنف قرار القاضي
place-ice-opla = ابحث عن مكتب محامي الحكومة (ICE)
place-legal-providers = مقدمو خدمات قانونية مجانية قريبون منك

## خذ خطتك معك

take-along-qr = امسح هذا الرمز بهاتف ليفتح النموذج ورمزك مكتوب فيه. ثم اضغط «افتح إجاباتي».
take-along-sms = أرسلها إلى نفسك في رسالة نصية
take-along-email = أرسلها إلى نفسك بالبريد الإلكتروني
take-along-subject = خطتك من Huella
take-along-message = خطتك من Huella. لتراها مرة أخرى، افتح { $address } واضغط «افتح إجاباتي». رمزك: { $code }. { $dates }

## عندما تنتهي، وصفحات تسأل قبل الحذف

finish-heading = عندما تنتهي
desk-hint = في مكتب مساعدة أو على كمبيوتر مشترك، امسح هذه الخطة حتى لا يراها الشخص التالي. سيتوقف رمزك عن العمل.
desk-button = انتهيت: امسح الخطة للشخص التالي
confirm-start-again-title = هل تريد أن تبدأ من جديد؟
confirm-start-again-body = هذا يحذف كل إجاباتك وخطتك. ثم ترجع إلى البداية.
confirm-start-again-button = نعم، احذف إجاباتي وابدأ من جديد
confirm-delete-title = هل تريد حذف إجاباتك؟
confirm-delete-body = هذا يحذف كل إجاباتك وخطتك من موقع Huella الآن. إذا كنت تحتاج قائمة المهام، فاطبعها أو احفظها قبل ذلك.
confirm-delete-button = نعم، احذف إجاباتي
confirm-code-stops = سيتوقف رمزك للرجوع عن العمل.
confirm-cancel = لا، ارجع إلى خطتي
