# Beyond the plan: letter deadlines (and their questions), the calendar file,
# the call sheet and the resume code. $date is written out in the language;
# $days is a whole number of days.
# Arabic number agreement: every number ($days and the content facts) is a select over
# Arabic's plural categories (zero, one, two, few, many, other), so the counted noun
# agrees with any value (tests/locales.rs checks it).

## letter-deadline (asked after an RFE or NOID; optional)
q-letter-deadline-title = ما الموعد النهائي المطبوع على الرسالة؟
q-letter-deadline-hint = ابحث عن آخر تاريخ للرد. وغالبًا تجده قرب أول الرسالة أو قرب آخرها.
q-letter-deadline-summary = الموعد النهائي في الرسالة
q-letter-deadline-error = اكتب الموعد النهائي المكتوب في الرسالة، أو اختر «لا أجد التاريخ»
q-letter-deadline-opt-not-sure = لا أجد التاريخ
q-letter-deadline-opt-not-sure-hint = سنريك ماذا تفعل رغم ذلك. يستطيع شخص يقدم المساعدة القانونية أن يبحث معك عن التاريخ.

## decision-date (asked after a denial, outside asylum cases; optional)
q-decision-date-title = ما تاريخ القرار؟
q-decision-date-hint = التاريخ مطبوع على الرسالة التي ترفض طلبك.
q-decision-date-summary = تاريخ القرار
q-decision-date-error = اكتب تاريخ القرار، أو اختر «لا أجد التاريخ»
q-decision-date-opt-not-sure = لا أجد التاريخ
q-decision-date-opt-not-sure-hint = سنريك ماذا تفعل رغم ذلك. يستطيع شخص يقدم المساعدة القانونية أن يبحث معك عن التاريخ.

## decision-mailed (asked when the decision date is known; optional)
q-decision-mailed-title = هل وصلك القرار بالبريد؟
q-decision-mailed-hint = إذا أُرسل القرار بالبريد، فلديك { $motion-days-mailed ->
        [zero] { $motion-days-mailed } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $motion-days-mailed } أيام
        [many] { $motion-days-mailed } يومًا
       *[other] { $motion-days-mailed } يوم
    } بدلًا من { $motion-days ->
        [zero] { $motion-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $motion-days } أيام
        [many] { $motion-days } يومًا
       *[other] { $motion-days } يوم
    }.
q-decision-mailed-summary = وصل القرار بالبريد
q-decision-mailed-error = اختر هل وصلك القرار بالبريد، أو اختر «لا أعرف»
q-decision-mailed-opt-yes = نعم، بالبريد
q-decision-mailed-opt-yes-hint = وصل في ظرف من USCIS.
q-decision-mailed-opt-no = لا
q-decision-mailed-opt-no-hint = مثلًا: استلمته شخصيًا، أو على الإنترنت فقط.
q-decision-mailed-opt-not-sure = لا أعرف
q-decision-mailed-opt-not-sure-hint = للاحتياط، سنستخدم الموعد النهائي الأبكر.

## The deadline inside its step: deadline-<step-id>-<upcoming|today|passed>
deadline-respond-to-letter-upcoming = الموعد النهائي هو { $date }. { $days ->
        [zero] يبقى { $days } يوم حتى ذلك التاريخ.
        [one] يبقى يوم واحد حتى ذلك التاريخ.
        [two] يبقى يومان حتى ذلك التاريخ.
        [few] تبقى { $days } أيام حتى ذلك التاريخ.
        [many] يبقى { $days } يومًا حتى ذلك التاريخ.
       *[other] يبقى { $days } يوم حتى ذلك التاريخ.
    } يجب أن يصل ردك إلى USCIS بحلول ذلك التاريخ. قد يستغرق البريد أسبوعًا، لذلك أرسل ردك مبكرًا.
deadline-respond-to-letter-today = الموعد النهائي هو اليوم، { $date }. رد اليوم، بالطريقة التي تقولها الرسالة.
deadline-respond-to-letter-passed = كان الموعد النهائي { $date }. { $days ->
        [zero] مضى على ذلك التاريخ { $days } يوم.
        [one] مضى على ذلك التاريخ يوم واحد.
        [two] مضى على ذلك التاريخ يومان.
        [few] مضت على ذلك التاريخ { $days } أيام.
        [many] مضى على ذلك التاريخ { $days } يومًا.
       *[other] مضى على ذلك التاريخ { $days } يوم.
    } إذا لم تستلم USCIS ردك في الوقت المحدد، فيمكنها أن تقرر بدونه. وقد ترفض طلبك. إذا كنت أرسلت ردك، فاحتفظ بدليلك. اطلب مساعدة قانونية الآن.
deadline-motion-to-reopen-upcoming = آخر يوم لك هو { $date }. { $days ->
        [zero] يبقى { $days } يوم حتى ذلك التاريخ.
        [one] يبقى يوم واحد حتى ذلك التاريخ.
        [two] يبقى يومان حتى ذلك التاريخ.
        [few] تبقى { $days } أيام حتى ذلك التاريخ.
        [many] يبقى { $days } يومًا حتى ذلك التاريخ.
       *[other] يبقى { $days } يوم حتى ذلك التاريخ.
    } يجب أن تستلم USCIS التماس إعادة فتح القضية بحلول ذلك التاريخ.
deadline-motion-to-reopen-today = اليوم، { $date }، هو آخر يوم لك. يجب أن تستلم USCIS التماس إعادة فتح القضية اليوم.
deadline-motion-to-reopen-passed = كان آخر يوم لك { $date }. { $days ->
        [zero] مضى على ذلك التاريخ { $days } يوم.
        [one] مضى على ذلك التاريخ يوم واحد.
        [two] مضى على ذلك التاريخ يومان.
        [few] مضت على ذلك التاريخ { $days } أيام.
        [many] مضى على ذلك التاريخ { $days } يومًا.
       *[other] مضى على ذلك التاريخ { $days } يوم.
    } قد تقبل USCIS مع ذلك التماسًا متأخرًا، لكن فقط إذا أثبتّ أن التأخير كان معقولًا وخارجًا عن سيطرتك. اطلب مساعدة قانونية الآن.
deadline-appeal-to-board-upcoming = آخر يوم لك هو { $date }. { $days ->
        [zero] يبقى { $days } يوم حتى ذلك التاريخ.
        [one] يبقى يوم واحد حتى ذلك التاريخ.
        [two] يبقى يومان حتى ذلك التاريخ.
        [few] تبقى { $days } أيام حتى ذلك التاريخ.
        [many] يبقى { $days } يومًا حتى ذلك التاريخ.
       *[other] يبقى { $days } يوم حتى ذلك التاريخ.
    } يجب أن يستلم مجلس طعون الهجرة طعنك بحلول ذلك التاريخ. اطلب مساعدة قانونية الآن.
deadline-appeal-to-board-today = اليوم، { $date }، هو آخر يوم لك. يجب أن يستلم مجلس طعون الهجرة طعنك اليوم. اطلب مساعدة قانونية الآن.
deadline-appeal-to-board-passed = كان آخر يوم لك { $date }. { $days ->
        [zero] مضى على ذلك التاريخ { $days } يوم.
        [one] مضى على ذلك التاريخ يوم واحد.
        [two] مضى على ذلك التاريخ يومان.
        [few] مضت على ذلك التاريخ { $days } أيام.
        [many] مضى على ذلك التاريخ { $days } يومًا.
       *[other] مضى على ذلك التاريخ { $days } يوم.
    } ربما انتهى وقت الطعن. قد يجد المحامي حلًا مع ذلك. اطلب مساعدة قانونية الآن.
checklist-deadline-respond-to-letter = رد على الرسالة بحلول { $date }
checklist-deadline-motion-to-reopen = قدّم التماس إعادة فتح القضية بحلول { $date }
checklist-deadline-appeal-to-board = يجب أن يستلم المجلس طعنك بحلول { $date }

## Calendar file (.ics)
calendar-link = أضف التواريخ إلى تقويمك
calendar-hint = ملف لتقويم هاتفك، مع تذكيرات.
calendar-appointment-summary = موعد البصمات (USCIS)
calendar-appointment-description = الوقت والعنوان مكتوبان في إشعارك. أحضر إشعارك وبطاقة هويتك. كن هناك قبل الموعد { $arrive-minutes ->
        [zero] بـ { $arrive-minutes } دقيقة
        [one] بدقيقة واحدة
        [two] بدقيقتين
        [few] بـ { $arrive-minutes } دقائق
        [many] بـ { $arrive-minutes } دقيقة
       *[other] بـ { $arrive-minutes } دقيقة
    }.
calendar-reminder = أحضر إشعارك وبطاقة هويتك؛ كن هناك قبل الموعد { $arrive-minutes ->
        [zero] بـ { $arrive-minutes } دقيقة
        [one] بدقيقة واحدة
        [two] بدقيقتين
        [few] بـ { $arrive-minutes } دقائق
        [many] بـ { $arrive-minutes } دقيقة
       *[other] بـ { $arrive-minutes } دقيقة
    }.
calendar-reschedule-summary = اطلب تاريخًا جديدًا قبل { $date }
calendar-reschedule-description = اطلب من USCIS تاريخًا جديدًا قبل موعدك. خطتك في موقع Huella تشرح لك كيف.
calendar-deadline-respond-to-letter-summary = الموعد النهائي: يجب أن يصل ردك إلى USCIS
calendar-deadline-motion-to-reopen-summary = آخر يوم: يجب أن تستلم USCIS التماس إعادة فتح القضية
calendar-deadline-appeal-to-board-summary = آخر يوم: يجب أن يستلم المجلس طعنك
calendar-deadline-description = هذا هو التاريخ الذي نقلته من رسالتك. تأكد منه في الرسالة. اطلب مساعدة قانونية.

## Call sheet (a printable page for calling the Contact Center)
call-sheet-link = اطبع ورقة المكالمة
call-sheet-title = ورقة المكالمة: مركز اتصال USCIS
call-sheet-lead = أبقِ هذه الصفحة بجانب الهاتف عندما تتصل. اكتب ما يحدث.
call-sheet-numbers-heading = أرقام للاتصال
call-sheet-say-heading = ماذا تقول
call-sheet-ready-heading = جهّز هذه الأشياء
call-sheet-reason-heading = سببك ودليلك
call-sheet-reason-body = إذا كنت لا تستطيع الذهاب، أو لم تذهب، فاذكر السبب بكلمات قليلة. اذكر الدليل الذي لديك، مثل ورقة من الطبيب.
call-sheet-notes-heading = اكتب
call-sheet-notes-date = تاريخ المكالمة
call-sheet-notes-time = وقت المكالمة
call-sheet-notes-agent = اسم الموظف أو رقمه
call-sheet-notes-said = ماذا قالوا لك
call-sheet-notes-next = ماذا يجب أن تفعل بعد ذلك

## Resume code
resume-code-heading = رمزك للرجوع
resume-code-body = بهذا الرمز تستطيع أن ترى إجاباتك على هاتف آخر أو كمبيوتر آخر. اذهب إلى { $address } واكتب الرمز. احتفظ به لنفسك: أي شخص لديه الرمز يستطيع أن يرى إجاباتك. يتوقف الرمز عن العمل عندما تُحذف إجاباتك.
resume-title = ارجع إلى إجاباتك
resume-lead = اكتب الرمز الموجود في صفحة النتائج أو في قائمة المهام.
resume-label = رمزك
resume-hint = 16 حرفًا ورقمًا، مثلًا 7KQM-4TXP-AHJ3-WCRY. يمكنك استخدام الحروف الصغيرة والمسافات.
resume-button = افتح إجاباتي
resume-error-empty = اكتب رمزك
resume-error-shape = الرمز فيه 16 حرفًا ورقمًا، مثل 7KQM-4TXP-AHJ3-WCRY
resume-error-unknown = لا نجد هذا الرمز. تأكد منه وحاول مرة أخرى. تتوقف الرموز عن العمل عندما تُحذف الإجابات.
privacy-resume-heading = رمزك للرجوع
privacy-resume-body = تعرض صفحة النتائج رمزًا. هذا الرمز يفتح إجاباتك على جهاز آخر. لا نحفظ الرمز. احتفظ به لنفسك: أي شخص معه الرمز يستطيع أن يرى إجاباتك. لمنع تخمين الرموز، لا يسمح موقع Huella إلا بمحاولات قليلة في الدقيقة.

## appointment-time
q-appointment-time-title = في أي ساعة موعدك؟
q-appointment-time-hint = الساعة مكتوبة في إشعار الموعد. نستخدمها لنذكّرك بالموعد في تقويمك.
q-appointment-time-summary = ساعة الموعد
q-appointment-time-error = اكتب ساعة موعدك، أو اختر «لا أعرف الساعة»
q-appointment-time-opt-not-sure = لا أعرف الساعة
q-appointment-time-opt-not-sure-hint = لا بأس. انظر إلى إشعارك قبل أن تذهب.
time-label = الساعة
time-example = مثلًا: 9:30 صباحًا أو 2:00 مساءً
time-error-invalid = اكتب ساعة صحيحة، مثل 9:30 صباحًا أو 14:00
time-error-mixed = كتبت ساعة واخترت «لا أعرف الساعة». اختر واحدًا فقط.
time-of-day = { $hour12 }:{ $minute } { $period ->
        [am] صباحًا
       *[other] مساءً
    }
date-and-time = { $date }، الساعة { $time }

## Calendar file: the given time, online closing, counted deadlines
calendar-appointment-description-timed = العنوان مكتوب في إشعارك. أحضر إشعارك وبطاقة هويتك. كن هناك قبل الموعد { $arrive-minutes ->
        [zero] بـ { $arrive-minutes } دقيقة
        [one] بدقيقة واحدة
        [two] بدقيقتين
        [few] بـ { $arrive-minutes } دقائق
        [many] بـ { $arrive-minutes } دقيقة
       *[other] بـ { $arrive-minutes } دقيقة
    }.
calendar-reschedule-online-description = اطلب تاريخًا جديدًا من حسابك في USCIS قبل { $date }. بعد ذلك تُغلق الأداة على الإنترنت: اتصل بـ USCIS.
deadline-counted = حسب موقع Huella هذا التاريخ: { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } بعد تاريخ القرار، { $date }. تأكد منه مع شخص يقدم المساعدة القانونية.

## Call sheet: blanks and the phone line's languages
call-sheet-blanks-heading = أرقامك
call-sheet-blank-appointment = تاريخ الموعد
call-sheet-language-heading = لغتك على الهاتف
call-sheet-language-tip = الخط يتكلم الإنجليزية والإسبانية فقط. للعربية اطلب مترجمًا فوريًا: قل بالإنجليزية «Arabic interpreter». ويمكنك أيضًا أن تطلب من شخص تثق به أن يساعدك في المكالمة.
