# Steps of a plan: step-<step-id>-title, step-<step-id>-body,
# and for call-contact-center also -say and -ready.
# Every instruction traces to shared/DOMAIN.md or a seed article.
# Facts that change (phone numbers, limits, days) are variables from content/guide.toml.
# Arabic number agreement: every number is a select over Arabic's plural categories (zero,
# one, two, few, many, other), so the counted noun agrees whatever the value in
# content/guide.toml (tests/locales.rs checks it).

## attend-appointment

step-attend-appointment-title = اذهب إلى موعد البصمات
step-attend-appointment-body = { $has-date ->
        [yes] موعدك يوم { $date }. اذهب في الوقت المكتوب في الإشعار.
       *[other] الإشعار فيه تاريخ ووقت موعدك. اذهب في ذلك اليوم وفي ذلك الوقت.
    } اذهب إلى مركز ASC المكتوب في الإشعار. ASC هو مركز دعم الطلبات. هو المكتب الذي يأخذ البصمات والصورة. { $situation ->
        [attendance-undecided] حاول بقوة أن تذهب. إذا لم تستطع حقًا، اطلب موعدًا جديدًا قبل وقت الموعد. الخطوات التالية تشرح لك كيف.
       *[other] اذهب دائمًا. إذا فاتك الموعد، يمكن أن ترفض USCIS طلبك.
    } { $track ->
        [asylum-uscis] إذا فاتك الموعد بلا سبب وجيه، يتوقف عدّاد تصريح العمل. وقد يتأخر تصريح عملك.
        [asylum-court] إذا فاتك الموعد بلا سبب وجيه، يتوقف عدّاد تصريح العمل. وقد يتأخر تصريح عملك.
       *[other] { "" }
    } هل عندك أمر بالترحيل أو سجل جنائي؟ تكلم مع مساعد قانوني قبل الموعد. لا تترك الموعد فقط. لا أحد يستطيع أن يعد بأن الذهاب آمن.

## bring-documents

step-bring-documents-title = جهّز أوراقك
step-bring-documents-body = { $photo-id ->
        [yes] أحضر إشعار الموعد على ورق. أحضر هويتك بالصورة، مثل جواز السفر.
        [no] أحضر إشعار الموعد على ورق. ليس عندك هوية صالحة بالصورة. لا بأس. أحضر الأوراق التي عندك.
       *[other] أحضر إشعار الموعد على ورق. أحضر هوية صالحة بالصورة، مثل جواز السفر. إذا لم تكن عندك، أحضر الأوراق التي عندك.
    } قائمة "ماذا تحضر" فيها كل شيء. هل عند طفل إشعار خاص به؟ إذن يذهب الطفل أيضًا، مع شخص بالغ.

## arrive-early

step-arrive-early-title = كن هناك قبل الموعد { $arrive-minutes ->
        [zero] بـ { $arrive-minutes } دقيقة
        [one] بدقيقة واحدة
        [two] بدقيقتين
        [few] بـ { $arrive-minutes } دقائق
        [many] بـ { $arrive-minutes } دقيقة
       *[other] بـ { $arrive-minutes } دقيقة
    }
step-arrive-early-body = احرص على أن تصل إلى مركز ASC قبل وقت موعدك { $arrive-minutes ->
        [zero] بـ { $arrive-minutes } دقيقة
        [one] بدقيقة واحدة
        [two] بدقيقتين
        [few] بـ { $arrive-minutes } دقائق
        [many] بـ { $arrive-minutes } دقيقة
       *[other] بـ { $arrive-minutes } دقيقة
    }. العنوان مكتوب في إشعارك. اترك الطعام والأسلحة والكاميرات في البيت. لا تحضرها إلى مركز ASC.

## reschedule-online

step-reschedule-online-title = اطلب تاريخًا جديدًا عبر الإنترنت
step-reschedule-online-body = افعل هذا قبل وقت موعدك. ادخل إلى حسابك في USCIS على my.uscis.gov، أو أنشئ حسابًا هناك. على الهاتف، اضغط «Menu»، ثم «Account actions»، ثم «Reschedule Biometrics». على الكمبيوتر، انقر «My Account»، ثم «Reschedule Biometrics». لا يعمل هذا إلا إذا كان موعدك بعد أكثر من { $online-limit-hours ->
        [zero] { $online-limit-hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $online-limit-hours } ساعات
        [many] { $online-limit-hours } ساعة
       *[other] { $online-limit-hours } ساعة
    }. ولا يعمل أيضًا إلا إذا تغيّر الموعد من قبل أقل من { $online-limit-reschedules ->
        [zero] { $online-limit-reschedules } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $online-limit-reschedules } مرات
        [many] { $online-limit-reschedules } مرة
       *[other] { $online-limit-reschedules } مرة
    }. إذا لم تسمح لك الأداة، فاتصل بالرقم { $contact-center } بدلًا من ذلك. سيظهر إشعارك الجديد في حسابك. اطبعه وأحضره معك إلى موعدك الجديد.

## call-contact-center

step-call-contact-center-title = اتصل بمركز اتصال USCIS
step-call-contact-center-body = اتصل بالرقم { $contact-center }. إذا كنت أصم أو ضعيف السمع، اتصل بخط TTY، { $contact-center-tty }. قد يطول الانتظار، فاتصل في أول النهار. قائمة الهاتف قد تتغير، فاستمع لكل الخيارات. { $situation ->
        [missed] قل إن موعدك فاتك. قل السبب، واطلب موعدًا جديدًا.
        [turned-away] قل إنك ذهبت لكنهم لم يأخذوا بصماتك. قل ما حدث، واطلب موعدًا جديدًا.
        [missed-with-letter] قل إن موعدك فاتك. قل السبب، واطلب موعدًا جديدًا. هذه المكالمة لا تغني عن الرد على الرسالة.
        [attendance-unknown] اسأل هل عند USCIS بصماتك. إذا لا، قل إن الموعد فاتك ولماذا. ثم اطلب موعدًا جديدًا.
        [must-reschedule] اتصل قبل وقت موعدك. قل لماذا لا تستطيع الذهاب، واطلب موعدًا جديدًا. { $urgency ->
            [today] إذا لم يرد أحد في الوقت، اذهب إلى الموعد إن استطعت. اكتب كل مرة اتصلت فيها.
           *[other] { "" }
        }
        [attendance-undecided] إذا لم تستطع الذهاب، اتصل قبل وقت موعدك. قل السبب، واطلب موعدًا جديدًا. إذا لم يرد أحد في الوقت، اذهب إن استطعت.
        [receipt-overdue] قل إنك أرسلت طلبك، لكن لم يصلك إشعار الاستلام. اطلب منهم أن يتحققوا.
        [notice-overdue] اطلب منهم أن يتحققوا هل أرسلت USCIS إشعار موعد البصمات. إذا أرسلته، اطلب إرساله مرة أخرى. إذا لا، اطلب طلب خدمة. لا يستطيعون تحديد أول موعد بالهاتف.
        [court-hearing-soon] قل إن قضيتك في محكمة الهجرة وجلستك قريبة. اطلب منهم أن يتحققوا من إشعار البصمات. إذا لم يوجد، اطلب طلب خدمة. لا يستطيعون تحديد أول موعد بالهاتف.
        [case-unknown] اطلب منهم أن يتحققوا هل أرسلت USCIS إشعار موعد البصمات. إذا لا، اطلب طلب خدمة.
        [notice-unknown] اطلب منهم أن يتحققوا هل أرسلت USCIS إشعار موعد البصمات. اسأل هل مضى التاريخ. ثم اسأل ماذا تفعل الآن.
        [timing-unknown] اسأل هل مضى موعدك. إذا لم يمضِ بعد وتستطيع الذهاب، فاذهب. إذا لم تستطع، فاطلب موعدًا جديدًا. إذا مضى، فاسأل ماذا تفعل الآن.
        [appointment-upcoming] اطلب منهم أن يتحققوا من موعدك: تاريخه ووقته ومكانه. إذا لم يكن الإشعار معك، فاطلب أن يرسلوه مرة أخرى.
       *[other] اطلب تغيير موعد البصمات.
    } اطلب الرقم المرجعي لمكالمتك.
step-call-contact-center-say = { $situation ->
        [receipt-overdue] اطلب التكلم مع شخص. ثم قل: "I sent my application. I do not have a receipt notice yet."
        [notice-overdue] اطلب التكلم مع شخص. ثم قل: "I have not received my biometrics appointment notice. Please check my case."
        [case-unknown] اطلب التكلم مع شخص. ثم قل: "I have not received a biometrics appointment notice. Please check my case."
        [notice-unknown] اطلب التكلم مع شخص. ثم قل: "I am not sure if I got a biometrics appointment notice. Please check my case."
        [court-hearing-soon] اطلب التكلم مع شخص. ثم قل: "My case is in immigration court. My hearing is soon. I have no biometrics appointment notice. Please check my case."
        [timing-unknown] قل: "Reschedule biometrics appointment." ثم قل: "I am not sure if my appointment already passed."
        [attendance-unknown] قل: "Reschedule biometrics appointment." ثم قل: "I am not sure if I went to my appointment."
        [missed] قل: "Reschedule biometrics appointment." ثم قل: "I missed my appointment because..." واذكر السبب.
        [turned-away] قل: "Reschedule biometrics appointment." ثم قل: "I went to my appointment, but they did not take my fingerprints."
        [missed-with-letter] قل: "Reschedule biometrics appointment." ثم قل: "I missed my appointment because..." واذكر السبب.
        [appointment-upcoming] اطلب التكلم مع شخص. ثم قل: "Please check my biometrics appointment: the date, time and place."
       *[other] قل: "Reschedule biometrics appointment." ثم قل: "I cannot go because..." واذكر السبب.
    }
step-call-contact-center-ready = { $situation ->
        [receipt-overdue] تاريخ إرسال طلبك ورقم التتبع، إن كانا عندك. رقمك A إن كان عندك. قلم وورقة.
        [notice-overdue] إشعار الاستلام ورقم الاستلام. رقمك A إن كان عندك. قلم وورقة.
        [court-hearing-soon] إشعار الاستلام ورقم الاستلام إن كان عندك. رقمك A. إشعار الجلسة. قلم وورقة.
        [case-unknown] أي إشعار من USCIS أو من المحكمة. رقمك A إن كان عندك. قلم وورقة.
        [notice-unknown] كل رسالة من USCIS. رقمك A إن كان عندك. قلم وورقة.
        [appointment-upcoming] إشعار الاستلام ورقم الاستلام. رقمك A إن كان عندك. قلم وورقة.
       *[other] رقم الاستلام. هو في إشعاراتك. رقمك A إن كان عندك. إشعار الموعد. قلم وورقة.
    }

## walk-in-asc

step-walk-in-asc-title = اختياري: اذهب إلى مركز ASC بنفسك
step-walk-in-asc-body = هذه الخطوة إضافية. افعلها فقط بعد الاتصال. اذهب قريبًا، خلال { $walk-in-days ->
        [zero] { $walk-in-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $walk-in-days } أيام
        [many] { $walk-in-days } يومًا
       *[other] { $walk-in-days } يوم
    } من الموعد الذي فاتك. اذهب إلى مركز ASC المكتوب في الإشعار. أحضر الإشعار وهويتك. هل عندك أمر بالترحيل أو سجل جنائي؟ تكلم مع مساعد قانوني قبل أن تذهب. اشرح ما حدث. اسأل هل يمكنهم أخذ بصماتك اليوم. ليس عليهم أن يقبلوا. إذا قبلوا، اطلب ختم إشعارك. إذا رفضوا، طلبك بالهاتف ما زال قائمًا.

## explain-good-cause

step-explain-good-cause-title = اشرح سببك
step-explain-good-cause-body = تريد USCIS سببًا وجيهًا (good cause). هذه أمثلة من USCIS. المرض، أو زيارة طبيب أو مستشفى. سفر خططت له من قبل. زفاف أو جنازة أو تخرج. لا توجد طريقة للوصول. لا إجازة من العمل أو من رعاية شخص. إشعار وصل متأخرًا أو لم يصل. انتبه للسفر: إذا طلبت اللجوء أو البطاقة الخضراء، لا تخرج من أمريكا بدون تصريح سفر. اسمه advance parole. إذا خرجت بدونه، قد تخسر قضيتك. { $route ->
        [online] النموذج على الإنترنت يسألك عن السبب.
        [phone] قل السبب للموظف على الهاتف.
       *[other] إذا أرسلت لك USCIS رسالة، اذكر السبب في ردك.
    } احصل على دليل إن استطعت، مثل ورقة من الطبيب أو تذكرة أو رسالة من العمل. احتفظ بنسخة. { $track ->
        [asylum-uscis] بلا سبب وجيه، الموعد الفائت يوقف عدّاد تصريح العمل.
        [asylum-court] بلا سبب وجيه، الموعد الفائت يوقف عدّاد تصريح العمل.
       *[other] { "" }
    }

## keep-proof

step-keep-proof-title = احتفظ بدليل على ما فعلته
step-keep-proof-body = { $situation ->
        [attended] احتفظ بالإشعار الذي ختمه مركز ASC في موعدك. هو دليل على أنك ذهبت. { $track ->
            [asylum-court] أحضره إلى جلستك، وأعطِ محامي الحكومة (ICE) نسخة منه.
            [other-court] أحضره إلى جلستك، وأعطِ محامي الحكومة (ICE) نسخة منه.
            [not-sure] إذا كان عند قاضٍ قضيتك، فأحضره إلى جلستك، وأعطِ محامي الحكومة (ICE) نسخة منه.
           *[other] { "" }
        } احتفظ بكل إشعار آخر من USCIS. إذا اتصلت بـ USCIS، اكتب ملاحظات. اكتب التاريخ والوقت واسم الموظف أو رقمه.
        [appointment-upcoming] خذ إشعارك إلى الموعد. اطلب من مركز ASC أن يختمه. احفظه جيدًا بعد ذلك. هو دليل على أنك ذهبت. احتفظ بكل إشعار آخر من USCIS.
        [turned-away] احتفظ بأي ورقة أعطاك إياها مركز ASC. اكتب التاريخ، ومع من تكلمت، ولماذا لم يأخذوا بصماتك. في كل مرة تتصل بـ USCIS، اكتب التاريخ والوقت واسم الموظف أو رقمه وما قاله لك. احتفظ بكل إشعار ورسالة من USCIS.
       *[other] { $route ->
            [online] التقط صورة للصفحة التي فيها موعدك الجديد. إذا اتصلت بـ USCIS أيضًا، اكتب التاريخ والوقت واسم الموظف أو رقمه.
           *[other] في كل مكالمة، اكتب التاريخ والوقت. افعل ذلك حتى لو لم يرد أحد. اكتب أيضًا اسم الموظف أو رقمه وما قاله. القائمة المطبوعة فيها مكان لهذه الملاحظات.
        } احتفظ بكل إشعار ورسالة من USCIS. بعد موعدك، احتفظ بالإشعار الذي يختمه مركز ASC. هو دليل على أنك ذهبت.
    }

## check-case-status

step-check-case-status-title = تابع حالة قضيتك على الإنترنت
step-check-case-status-body = اذهب إلى صفحة "Case Status Online" في موقع USCIS. اكتب رقم الاستلام. هو في إشعار الاستلام. يبدأ بثلاثة أحرف. { $track ->
        [asylum-uscis] في اللجوء مع USCIS قد يبدأ بحرف Z، مثلًا ZLA أو ZNK.
        [asylum-court] الصفحة لا تعرض قضايا المحكمة. قد تعرض إشعار البصمات. لقضية المحكمة، استعمل خط المحكمة أو موقعها.
        [other-court] الصفحة لا تعرض قضايا المحكمة. قد تعرض إشعار البصمات. لقضية المحكمة، استعمل خط المحكمة أو موقعها.
       *[other] مثلًا، قد يبدأ بـ IOE أو MSC.
    } تحقق مرة كل أسبوع. إذا قالت الصفحة إن USCIS أرسلت إشعارًا لم يصلك، اتصل بالرقم { $contact-center }.

## wait-for-notice

step-wait-for-notice-title = { $situation ->
        [must-reschedule] ترقّب إشعار موعدك الجديد
       *[other] ترقّب إشعار موعدك
    }
step-wait-for-notice-body = { $situation ->
        [must-reschedule] بعد أن تطلب تاريخًا جديدًا، ترسل إليك USCIS إشعار موعد جديدًا. قد يستغرق ذلك بضعة أسابيع. { $route ->
            [online] سيظهر في حسابك على موقع USCIS. وتحقق من بريدك أيضًا.
           *[other] تحقق من بريدك كثيرًا. وتحقق أيضًا من حسابك على موقع USCIS، إن كان لديك حساب.
        } اذهب إلى الموعد الجديد، وأحضر الإشعار الجديد. أبقِ عنوانك محدّثًا.
        [waiting-for-receipt] أولًا، ترسل إليك USCIS إشعار الاستلام بالبريد. وهو يبيّن أنها استلمت طلبك. بعد ذلك، ترسل إليك إشعار موعد لأخذ بصماتك. وغالبًا يصل بعد { $notice-weeks-max ->
            [zero] { $notice-weeks-min } إلى { $notice-weeks-max } أسبوع
            [one] { $notice-weeks-min } إلى أسبوع واحد
            [two] { $notice-weeks-min } إلى أسبوعين
            [few] { $notice-weeks-min } إلى { $notice-weeks-max } أسابيع
            [many] { $notice-weeks-min } إلى { $notice-weeks-max } أسبوعًا
           *[other] { $notice-weeks-min } إلى { $notice-weeks-max } أسبوع
        } من استلام USCIS لطلبك. { $track ->
            [asylum-uscis] في قضايا اللجوء، قد يستغرق وقتًا أطول.
            [asylum-court] في قضايا اللجوء، قد يستغرق وقتًا أطول.
           *[other] وأحيانًا يستغرق وقتًا أطول.
        } تحقق من بريدك كثيرًا. وتحقق أيضًا من حسابك على موقع USCIS، إن كان لديك حساب. أبقِ عنوانك محدّثًا. وبذلك يمكن أن يصلك الإشعار.
       *[other] سترسل إليك USCIS إشعار الموعد بالبريد. وهو يذكر تاريخ موعد البصمات ووقته ومكانه. وغالبًا يصل بعد { $notice-weeks-max ->
            [zero] { $notice-weeks-min } إلى { $notice-weeks-max } أسبوع
            [one] { $notice-weeks-min } إلى أسبوع واحد
            [two] { $notice-weeks-min } إلى أسبوعين
            [few] { $notice-weeks-min } إلى { $notice-weeks-max } أسابيع
            [many] { $notice-weeks-min } إلى { $notice-weeks-max } أسبوعًا
           *[other] { $notice-weeks-min } إلى { $notice-weeks-max } أسبوع
        } من استلام USCIS لطلبك. { $track ->
            [asylum-uscis] في قضايا اللجوء، قد يستغرق وقتًا أطول.
            [asylum-court] في قضايا اللجوء، قد يستغرق وقتًا أطول.
           *[other] وأحيانًا يستغرق وقتًا أطول.
        } تحقق من بريدك كثيرًا. وتحقق أيضًا من حسابك على موقع USCIS، إن كان لديك حساب. أبقِ عنوانك محدّثًا. وبذلك يمكن أن يصلك الإشعار.
    }

## update-address

step-update-address-title = أبلغ USCIS بعنوانك الجديد
step-update-address-body = يجب أن تعطي USCIS عنوانك الجديد خلال { $ar11-days ->
        [zero] { $ar11-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $ar11-days } أيام
        [many] { $ar11-days } يومًا
       *[other] { $ar11-days } يوم
    } بعد الانتقال. استعمل أداة تغيير العنوان على موقع USCIS. هي تُحسب كنموذج AR-11. وهي تغيّر العنوان في كل قضاياك المفتوحة. يمكنك إرسال نموذج AR-11 على ورق بدلًا من ذلك. لكن عندها يجب أن تغيّر العنوان في كل قضية مفتوحة. هل ذهب إشعار إلى عنوانك القديم؟ يمكن إصلاح ذلك، لكن فقط بعد إصلاح عنوانك. { $track ->
        [asylum-court] الانتقال لا ينقل قضيتك في المحكمة. استمر في الذهاب إلى نفس المحكمة إلا إذا غيّرها القاضي.
        [other-court] الانتقال لا ينقل قضيتك في المحكمة. استمر في الذهاب إلى نفس المحكمة إلا إذا غيّرها القاضي.
       *[other] { "" }
    }

## update-address-court

step-update-address-court-title = أبلغ محكمة الهجرة بعنوانك الجديد
step-update-address-court-body = { $track ->
        [asylum-court] افعل هذا قبل أن تعطي USCIS عنوانك الجديد، لأن قاضيًا عنده قضيتك. USCIS ترسل إشعاراتك إلى العنوان الذي عند المحكمة.
        [other-court] افعل هذا قبل أن تعطي USCIS عنوانك الجديد، لأن قاضيًا عنده قضيتك. USCIS ترسل إشعاراتك إلى العنوان الذي عند المحكمة.
       *[other] إذا كان عند قاضٍ قضيتك، افعل هذا قبل أن تعطي USCIS عنوانك الجديد. USCIS ترسل إشعاراتك إلى العنوان الذي عند المحكمة.
    } املأ نموذج EOIR-33. أرسله إلى محكمة الهجرة خلال { $eoir33-days ->
        [zero] { $eoir33-days } يوم عمل
        [one] يوم عمل واحد
        [two] يومَي عمل
        [few] { $eoir33-days } أيام عمل
        [many] { $eoir33-days } يوم عمل
       *[other] { $eoir33-days } يوم عمل
    } بعد الانتقال. أرسل نسخة إلى محامي الحكومة في قضيتك. هذا المحامي يعمل لدى ICE. احتفظ بنسخة لنفسك. الانتقال لا ينقل قضيتك في المحكمة.

## follow-court-instructions

step-follow-court-instructions-title = اتبع تعليمات المحكمة بشأن البصمات
step-follow-court-instructions-body = ربما أعطاك القاضي أو محامي الحكومة خطوات مكتوبة بشأن البصمات. محامي الحكومة هو محامي ICE في قضيتك. وتسمى هذه الخطوات أحيانًا «pre-order instructions». ابحث عنها في الأوراق التي وصلتك من المحكمة. افعل ما تقوله بالضبط. إذا لم تكن لديك هذه الخطوات ولا إشعار، فاتصل بـ USCIS. وأخبر محامي الحكومة أيضًا قبل جلستك.

## contact-government-lawyer

step-contact-government-lawyer-title = أخبر محامي الحكومة
step-contact-government-lawyer-body = { $track ->
        [not-sure] هل عند قاضٍ قضيتك؟ إذن اقرأ هذه الخطوة.
       *[other] { "" }
    } محامي الحكومة يعمل لدى ICE، في الجهة الأخرى من قضيتك. ICE هي وكالة إنفاذ قوانين الهجرة والجمارك الأمريكية. محاموها يعملون في مكتب المستشار القانوني الرئيسي. ابحث عن رقم هاتف المكتب في موقع ICE. { $situation ->
        [appointment-upcoming] بعد موعدك، أعطِ هذا المكتب نسخة من إشعارك المختوم. هل موعدك بعد تاريخ جلستك؟ أو لا تعرف التاريخ؟ إذن أخبر المكتب الآن.
        [attended] أعطِ هذا المكتب نسخة من إشعارك المختوم. هي تُظهر أن بصماتك تمت.
       *[other] أخبر هذا المكتب أن بصماتك لم تتم بعد. قل ماذا فعلت لإتمامها.
    } إذا كتبت لهم، احتفظ بنسخة.

## tell-the-judge

step-tell-the-judge-title = أخبر القاضي بما فعلته
step-tell-the-judge-body = { $track ->
        [not-sure] هل عند قاضٍ قضيتك؟ إذن اقرأ هذه الخطوة.
       *[other] { "" }
    } { $situation ->
        [appointment-upcoming] أحضر إشعارك المختوم إلى جلستك. هو دليل أن بصماتك تمت. هل موعدك بعد تاريخ جلستك؟ أو لا تعرف التاريخ؟ إذن أخبر القاضي الآن كتابةً. احتفظ بنسخة.
        [attended] أحضر إشعارك المختوم إلى جلستك. هو دليل أن بصماتك تمت.
       *[other] قبل جلستك أو فيها، أخبر القاضي أنك حاولت إتمام البصمات. أحضر دليلًا على ما فعلت، مثل ملاحظات المكالمات والرسائل والإشعارات. قد يحدد القاضي موعدًا نهائيًا للبصمات. إذا فاتك بلا سبب وجيه، قد يعتبر القاضي طلبك متروكًا. يعني أن القاضي يتصرف كأنك تركته.
    }

## respond-to-letter

step-respond-to-letter-title = { $letter ->
        [rfe] رد على طلب الأدلة
        [noid] رد على إشعار نية الرفض
       *[other] ابحث اليوم عن الموعد النهائي في كل رسالة
    }
step-respond-to-letter-body = { $letter ->
        [rfe] أرسلت لك USCIS طلب أدلة، أو RFE. هو يطلب معلومات أكثر قبل القرار.
        [noid] أرسلت لك USCIS إشعار نية الرفض، أو NOID. USCIS تنوي رفض طلبك. يجب أن ترد قبل الموعد النهائي.
       *[other] قد تكون عندك رسالة من USCIS فيها موعد نهائي. اقرأ اليوم كل رسالة من USCIS. ابحث عن تاريخ للرد.
    } الرسالة تقول ماذا تحتاج USCIS وآخر موعد للرد. التاريخ المطبوع على الرسالة هو المهم. رد بالطريقة التي تقولها الرسالة، قبل ذلك التاريخ. احتفظ بنسخة من ردك ودليل أنك أرسلته. اطلب مساعدة قانونية الآن.

## motion-to-reopen

step-motion-to-reopen-title = { $track ->
        [asylum-uscis] اطلب مساعدة قانونية في القرار الآن
        [asylum-court] اطلب مساعدة قانونية في القرار الآن
        [other-court] اطلب مساعدة قانونية في القرار الآن
       *[other] اطلب من USCIS إعادة فتح قضيتك
    }
step-motion-to-reopen-body = { $letter ->
        [denied] { $track ->
            [not-sure] إذا كان القرار من USCIS، اقرأ هذه الخطوة.
           *[other] { "" }
        }
       *[other] هل قالت رسالة إن USCIS رفضت طلبك؟ إذن اقرأ هذه الخطوة.
    } { $track ->
        [asylum-uscis] تكلم مع مساعد قانوني فورًا. بعد الرفض بسبب موعد فائت، قد تُرسل قضيتك إلى محكمة الهجرة. عندها يصلك إشعار بالمثول. المواعيد قد تكون قصيرة. أحضر القرار وكل إشعاراتك.
        [asylum-court] القاضي يقرر في قضيتك، فالخطوة التالية تشرح خياراتك. تكلم مع مساعد قانوني فورًا.
        [other-court] القاضي يقرر في قضيتك، فالخطوة التالية تشرح خياراتك. تكلم مع مساعد قانوني فورًا.
       *[other] لا يمكنك الاستئناف على رفض بسبب موعد فائت. لكن يمكنك أن تطلب من USCIS فتح قضيتك مرة أخرى. هذا اسمه التماس إعادة فتح القضية. تستعمل له نموذج I-290B، وله رسوم. يجب أن تستلمه USCIS خلال { $motion-days ->
            [zero] { $motion-days } يوم
            [one] يوم واحد
            [two] يومين
            [few] { $motion-days } أيام
            [many] { $motion-days } يومًا
           *[other] { $motion-days } يوم
        } من القرار. إذا وصل القرار بالبريد، عندك { $motion-days-mailed ->
            [zero] { $motion-days-mailed } يوم
            [one] يوم واحد
            [two] يومان
            [few] { $motion-days-mailed } أيام
            [many] { $motion-days-mailed } يومًا
           *[other] { $motion-days-mailed } يوم
        }. يجب أن يُظهر الالتماس أن القرار كان خطأ. مثلًا، طلبت موعدًا جديدًا في الوقت، أو ذهب الإشعار إلى عنوان خطأ. السبب الوجيه وحده نادرًا ما يكفي. قد تستطيع أيضًا التقديم من جديد. إذا أخطأت USCIS، اطلب من مركز الاتصال طلب خدمة. أسرع، واطلب مساعدة قانونية الآن.
    }

## get-legal-help

step-get-legal-help-title = احصل على مساعدة قانونية مجانية أو قليلة التكلفة
step-get-legal-help-body = { $situation ->
        [court-hearing-soon] جلستك قريبة، فابحث عن مساعدة الآن.
        [missed-with-letter] قد يكون لرسالتك موعد نهائي، فابحث عن مساعدة الآن.
        [denied] وقتك قصير، فابحث عن مساعدة الآن.
       *[other] { $hearing-soon ->
            [yes] قد تكون جلستك قريبة، فابحث عن مساعدة الآن.
           *[other] لست وحدك في هذا.
        }
    } عند محكمة الهجرة قائمة بمقدمي الخدمات القانونية المجانية. الجمعيات غير الربحية تساعد أيضًا. ابحث عن جمعيات وافقت عليها وزارة العدل. بعض موظفيها "ممثلون معتمدون" (accredited representatives). في الولايات المتحدة، لا يحق لأحد أن يقدم نصيحة قانونية في قضايا الهجرة إلا المحامي أو الممثل المعتمد. احذر من "مستشار الهجرة" ومن مكاتب السفر أو الترجمة التي تعرض مساعدة قانونية: هؤلاء ليسوا محامين، فلا تدفع لهم أبدًا. أحضر كل إشعاراتك.

## find-your-case

step-find-your-case-title = اعرف أين وصلت قضيتك
step-find-your-case-body = ابحث في أوراقك عن إشعار استلام من USCIS. هو نموذج I-797C، وفيه رقم استلام. استعمل هذا الرقم لمعرفة حالة قضيتك على موقع USCIS. تلك الصفحة لا تعرض قضايا المحكمة. ثم ابحث عن رقمك A. يبدأ بحرف A. به اتصل بخط محكمة الهجرة على { $eoir-line }، أو استعمل صفحة حالة القضايا للمحكمة. هذا يخبرك هل عند قاضٍ قضيتك. ثم اطلب مساعدة قانونية، وأحضر أوراقك.
step-appeal-to-board-title = اطلب مراجعة قرار القاضي
step-appeal-to-board-body = { $track ->
        [asylum-court] { $letter ->
            [denied] { "" }
           *[other] هل قرر قاضٍ في قضيتك؟ إذن اقرأ هذه الخطوة.
        }
        [other-court] { $letter ->
            [denied] { "" }
           *[other] هل قرر قاضٍ في قضيتك؟ إذن اقرأ هذه الخطوة.
        }
       *[other] هل قرر قاضٍ في قضيتك؟ إذن اقرأ هذه الخطوة.
    } تكلم مع مساعد قانوني فورًا. ربما أمر القاضي بترحيلك. عندك طريقتان. يمكنك الاستئناف أمام مجلس طعون الهجرة بنموذج EOIR-26. يجب أن يستلمه المجلس خلال { $board-appeal-days ->
        [zero] { $board-appeal-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $board-appeal-days } أيام
        [many] { $board-appeal-days } يومًا
       *[other] { $board-appeal-days } يوم
    } من القرار. أو يمكنك أن تطلب من القاضي إعادة فتح قضيتك. هذا اسمه التماس إعادة فتح القضية. نموذج I-290B لا يُستعمل لقرار القاضي.
