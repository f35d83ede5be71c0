# Questions, in the order of shared/CONTRACT.md.
# For each: q-<id>-title (the page's h1), -hint, -summary (check answers table),
# -error (nothing chosen), and -opt-<value> / -opt-<value>-hint for every value.

## case-type

q-case-type-title = ما نوع قضيتك؟
q-case-type-hint = انظر إلى الأوراق التي أرسلتها أو وصلتك. اختر الإجابة الأقرب إلى حالتك.
q-case-type-summary = نوع القضية
q-case-type-error = اختر نوع قضيتك
q-case-type-opt-asylum-uscis = لجوء لدى USCIS
q-case-type-opt-asylum-uscis-hint = أرسلت طلب اللجوء (النموذج I-589) إلى USCIS. لا يوجد قاضٍ ينظر في قضيتك.
q-case-type-opt-asylum-court = لجوء في محكمة الهجرة
q-case-type-opt-asylum-court-hint = قاضٍ ينظر في قضيتك. أنت تطلب اللجوء في المحكمة، بالنموذج I-589.
q-case-type-opt-other-uscis = طلب آخر لدى USCIS
q-case-type-opt-other-uscis-hint = مثلًا: البطاقة الخضراء (green card)، أو الجنسية، أو تصريح العمل.
q-case-type-opt-not-sure = لا أعرف
q-case-type-opt-not-sure-hint = لا بأس. سنريك كيف تعرف ذلك.

## hearing

q-hearing-title = متى جلستك الفردية مع القاضي؟
q-hearing-hint = هذه هي الجلسة التي يقرر فيها القاضي قضيتك. وتسمى أيضًا جلسة «الموضوع» (merits) أو الجلسة «النهائية» (final). التاريخ مكتوب في إشعار الجلسة الذي وصلك من المحكمة.
q-hearing-summary = الجلسة الفردية
q-hearing-error = اختر موعد جلستك الفردية
q-hearing-opt-within-60-days = خلال الـ 60 يومًا القادمة
q-hearing-opt-within-60-days-hint = بعد نحو شهرين من اليوم، أو قبل ذلك.
q-hearing-opt-later = بعد أكثر من 60 يومًا من الآن
q-hearing-opt-later-hint = الجلسة بعد أكثر من شهرين تقريبًا.
q-hearing-opt-none = ليس لدي تاريخ لها بعد
q-hearing-opt-none-hint = لم تحدد المحكمة موعد هذه الجلسة بعد.
q-hearing-opt-not-sure = لا أعرف
q-hearing-opt-not-sure-hint = انظر إلى آخر إشعار وصلك من المحكمة. إن كنت ما زلت لا تعرف، اختر هذا. للاحتياط، سنعتبر أن الجلسة قريبة.

## notice

q-notice-title = هل وصلتك رسالة فيها موعد البصمات؟
q-notice-hint = تسمى هذه الرسالة إشعار الموعد. ترسلها USCIS إليك بالبريد. وفيها التاريخ والوقت والمكان لأخذ بصماتك وصورتك.
q-notice-summary = رسالة الموعد
q-notice-error = اختر هل وصلتك رسالة الموعد أم لا
q-notice-opt-yes = نعم
q-notice-opt-yes-hint = لدي الرسالة وفيها تاريخ موعدي.
q-notice-opt-no = لا
q-notice-opt-no-hint = لم تصلني.
q-notice-opt-not-sure = لا أعرف
q-notice-opt-not-sure-hint = مثلًا: لديك رسائل من USCIS لكنك لا تعرف أيها هي.

## receipt

q-receipt-title = هل وصلك إشعار استلام لطلبك؟
q-receipt-hint = ترسله USCIS بالبريد بعد أن تستلم طلبك. وهو النموذج I-797C. فيه رقم استلام يبدأ بثلاثة أحرف، مثل IOE أو MSC. في اللجوء لدى USCIS قد يبدأ بحرف Z، مثل ZLA.
q-receipt-summary = إشعار الاستلام
q-receipt-error = اختر هل وصلك إشعار استلام أم لا
q-receipt-opt-yes = نعم
q-receipt-opt-yes-hint = لدي إشعار استلام.
q-receipt-opt-no = لا
q-receipt-opt-no-hint = لم يصلني بعد.
q-receipt-opt-not-sure = لا أعرف
q-receipt-opt-not-sure-hint = ابحث عن رسالة من USCIS مكتوب عليها «Receipt Notice» (إشعار الاستلام).

## waited

q-waited-title = منذ متى أرسلت طلبك؟
q-waited-hint = إن كان لديك إشعار استلام، فاحسب المدة من التاريخ المكتوب في إشعار الاستلام.
q-waited-summary = مدة الانتظار
q-waited-error = اختر كم انتظرت
q-waited-opt-under-2-months = أقل من شهرين
q-waited-opt-under-2-months-hint = أقل من 8 أسابيع تقريبًا.
q-waited-opt-2-to-3-months = من شهرين إلى 3 أشهر
q-waited-opt-2-to-3-months-hint = من 8 إلى 13 أسبوعًا تقريبًا.
q-waited-opt-over-3-months = أكثر من 3 أشهر
q-waited-opt-over-3-months-hint = أكثر من 13 أسبوعًا تقريبًا.
q-waited-opt-not-sure = لا أعرف
q-waited-opt-not-sure-hint = لا تعرف متى أُرسل الطلب. سنساعدك على معرفة ذلك.

## appointment-date

q-appointment-date-title = ما تاريخ موعدك؟
q-appointment-date-hint = التاريخ مكتوب في إشعار الموعد.
q-appointment-date-summary = تاريخ الموعد
q-appointment-date-error = اكتب تاريخ موعدك، أو اختر «لا أعرف التاريخ»
q-appointment-date-opt-not-sure = لا أعرف التاريخ
q-appointment-date-opt-not-sure-hint = مثلًا: أضعت الإشعار أو لا تستطيع قراءته.

## appointment-passed

q-appointment-passed-title = هل مضى وقت الموعد؟
q-appointment-passed-hint = انظر إلى الوقت المكتوب في إشعار الموعد. هل مضى هذا الوقت؟
q-appointment-passed-summary = مضى وقت الموعد
q-appointment-passed-error = اختر هل مضى وقت الموعد أم لا
q-appointment-passed-opt-yes = نعم، مضى الوقت
q-appointment-passed-opt-yes-hint = انتهى وقت الموعد.
q-appointment-passed-opt-no = لا، ليس بعد
q-appointment-passed-opt-no-hint = وقت الموعد لم يأتِ بعد.
q-appointment-passed-opt-not-sure = لا أعرف
q-appointment-passed-opt-not-sure-hint = سنريك كيف تعرف ذلك.

## attended

q-attended-title = هل ذهبت إلى موعدك؟
q-attended-hint = أي أنك ذهبت إلى مركز ASC، وهو المكتب المكتوب في إشعارك، وأخذوا بصماتك.
q-attended-summary = ذهبت إلى الموعد
q-attended-error = اختر هل ذهبت إلى الموعد أم لا
q-attended-opt-yes = نعم، ذهبت
q-attended-opt-yes-hint = أخذوا بصماتي.
q-attended-opt-no = لا، لم أذهب
q-attended-opt-no-hint = فاتني الموعد، لأي سبب.
q-attended-opt-not-sure = لا أعرف
q-attended-opt-not-sure-hint = مثلًا: أنت تساعد شخصًا آخر ولا تعرف.

## missed-recently

q-missed-recently-title = هل فاتك الموعد قبل { $walk-in-days ->
        [zero] { $walk-in-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $walk-in-days } أيام
        [many] { $walk-in-days } يومًا
       *[other] { $walk-in-days } يوم
    } أو أقل؟
q-missed-recently-hint = احسب الأيام من تاريخ الموعد إلى اليوم.
q-missed-recently-summary = فاتني قبل { $walk-in-days ->
        [zero] { $walk-in-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $walk-in-days } أيام
        [many] { $walk-in-days } يومًا
       *[other] { $walk-in-days } يوم
    } أو أقل
q-missed-recently-error = اختر هل فاتك الموعد قبل { $walk-in-days ->
        [zero] { $walk-in-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $walk-in-days } أيام
        [many] { $walk-in-days } يومًا
       *[other] { $walk-in-days } يوم
    } أو أقل
q-missed-recently-opt-yes = نعم
q-missed-recently-opt-yes-hint = كان ذلك قبل { $walk-in-days ->
        [zero] { $walk-in-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $walk-in-days } أيام
        [many] { $walk-in-days } يومًا
       *[other] { $walk-in-days } يوم
    } أو أقل.
q-missed-recently-opt-no = لا
q-missed-recently-opt-no-hint = كان ذلك قبل أكثر من { $walk-in-days ->
        [zero] { $walk-in-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $walk-in-days } أيام
        [many] { $walk-in-days } يومًا
       *[other] { $walk-in-days } يوم
    }.
q-missed-recently-opt-not-sure = لا أعرف
q-missed-recently-opt-not-sure-hint = لا تعرف متى كان الموعد.

## letter

q-letter-title = هل وصلتك رسالة من USCIS أو من المحكمة بعد أن فاتك الموعد؟
q-letter-hint = انظر إلى الكلمات في أعلى كل رسالة من USCIS أو من المحكمة.
q-letter-summary = رسالة من USCIS أو من المحكمة
q-letter-error = اختر الرسالة التي وصلتك، أو «لا توجد رسالة»
q-letter-opt-none = لا توجد رسالة
q-letter-opt-none-hint = لم يصلني شيء من USCIS ولا من المحكمة منذ أن فاتني الموعد.
q-letter-opt-rfe = طلب أدلة
q-letter-opt-rfe-hint = ويسمى أيضًا «RFE» (Request for Evidence). تطلب USCIS معلومات أكثر قبل تاريخ محدد.
q-letter-opt-noid = إشعار بنية الرفض
q-letter-opt-noid-hint = ويسمى أيضًا «NOID» (Notice of Intent to Deny). تنوي USCIS رفض طلبك إلا إذا رددت.
q-letter-opt-denied = قرار برفض طلبي
q-letter-opt-denied-hint = تقول الرسالة إن طلبك رُفض. أو أن قاضيًا أصدر قرارًا في قضيتك.
q-letter-opt-not-sure = لا أعرف
q-letter-opt-not-sure-hint = وصلتك رسالة لكنك لا تعرف ما هي. احتفظ بها. سنريك أين تجد المساعدة.

## can-attend

q-can-attend-title = هل تستطيع الذهاب في ذلك التاريخ والوقت؟
q-can-attend-hint = حاول جهدك أن تذهب. إذا فاتك الموعد، يمكن أن ترفض USCIS طلبك.
q-can-attend-summary = أستطيع الذهاب إلى الموعد
q-can-attend-error = اختر هل تستطيع الذهاب إلى الموعد أم لا
q-can-attend-opt-yes = نعم، أستطيع الذهاب
q-can-attend-opt-yes-hint = سأذهب في التاريخ والوقت المكتوبين في إشعاري.
q-can-attend-opt-no = لا، لا أستطيع الذهاب
q-can-attend-opt-no-hint = مثلًا: أنت مريض، أو ليست لديك وسيلة للوصول.
q-can-attend-opt-not-sure = لا أعرف بعد
q-can-attend-opt-not-sure-hint = سنريك كيف تحمي قضيتك.

## within-12-hours

q-within-12-hours-title = هل موعدك { $online-limit-hours ->
        [zero] خلال الـ { $online-limit-hours } ساعة القادمة
        [one] خلال الساعة القادمة
        [two] خلال الساعتين القادمتين
        [few] خلال الـ { $online-limit-hours } ساعات القادمة
        [many] خلال الـ { $online-limit-hours } ساعة القادمة
       *[other] خلال الـ { $online-limit-hours } ساعة القادمة
    }؟
q-within-12-hours-hint = هذا يغيّر الطريقة التي تطلب بها تاريخًا جديدًا.
q-within-12-hours-summary = خلال { $online-limit-hours ->
        [zero] { $online-limit-hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $online-limit-hours } ساعات
        [many] { $online-limit-hours } ساعة
       *[other] { $online-limit-hours } ساعة
    }
q-within-12-hours-error = اختر هل الموعد { $online-limit-hours ->
        [zero] خلال الـ { $online-limit-hours } ساعة القادمة
        [one] خلال الساعة القادمة
        [two] خلال الساعتين القادمتين
        [few] خلال الـ { $online-limit-hours } ساعات القادمة
        [many] خلال الـ { $online-limit-hours } ساعة القادمة
       *[other] خلال الـ { $online-limit-hours } ساعة القادمة
    } أم لا
q-within-12-hours-opt-yes = نعم
q-within-12-hours-opt-yes-hint = الموعد بعد { $online-limit-hours ->
        [zero] { $online-limit-hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $online-limit-hours } ساعات
        [many] { $online-limit-hours } ساعة
       *[other] { $online-limit-hours } ساعة
    } من الآن أو أقل.
q-within-12-hours-opt-no = لا
q-within-12-hours-opt-no-hint = الموعد بعد أكثر من { $online-limit-hours ->
        [zero] { $online-limit-hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $online-limit-hours } ساعات
        [many] { $online-limit-hours } ساعة
       *[other] { $online-limit-hours } ساعة
    } من الآن.
q-within-12-hours-opt-not-sure = لا أعرف
q-within-12-hours-opt-not-sure-hint = للاحتياط، سنعتبر أنه خلال { $online-limit-hours ->
        [zero] { $online-limit-hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $online-limit-hours } ساعات
        [many] { $online-limit-hours } ساعة
       *[other] { $online-limit-hours } ساعة
    }.

## reschedules

q-reschedules-title = كم مرة نُقل هذا الموعد إلى تاريخ جديد؟
q-reschedules-hint = احسب كل مرة تغيّر فيها تاريخ هذا الموعد، سواء غيّرته أنت أو غيّرته USCIS.
q-reschedules-summary = عدد مرات تغيير الموعد
q-reschedules-error = اختر كم مرة تغيّر تاريخ الموعد
q-reschedules-opt-0 = لم يتغير أبدًا
q-reschedules-opt-0-hint = هذا أول تاريخ وصلني.
q-reschedules-opt-1 = مرة واحدة
q-reschedules-opt-1-hint = تغيّر مرة واحدة.
q-reschedules-opt-2-or-more = مرتان أو أكثر
q-reschedules-opt-2-or-more-hint = تغيّر مرتين، أو أكثر.
q-reschedules-opt-not-sure = لا أعرف
q-reschedules-opt-not-sure-hint = للاحتياط، سنعتبر أنه تغيّر مرتين أو أكثر.

## online-account

q-online-account-title = هل لديك حساب على موقع USCIS، أو تستطيع إنشاء حساب؟
q-online-account-hint = هذا حساب myUSCIS، على my.uscis.gov. تحتاج إلى بريد إلكتروني لإنشائه.
q-online-account-summary = حساب USCIS على الإنترنت
q-online-account-error = اختر هل لديك حساب على موقع USCIS أو تستطيع إنشاء حساب
q-online-account-opt-yes = نعم
q-online-account-opt-yes-hint = لدي حساب، أو أستطيع إنشاء حساب الآن.
q-online-account-opt-no = لا
q-online-account-opt-no-hint = لا أستطيع استخدام حساب على الإنترنت.
q-online-account-opt-not-sure = لا أعرف
q-online-account-opt-not-sure-hint = سنريك كيف تطلب ذلك بالهاتف.

## photo-id

q-photo-id-title = هل لديك بطاقة هوية سارية بصورة، مثل جواز السفر؟
q-photo-id-hint = سارية تعني أنها لم تنتهِ صلاحيتها.
q-photo-id-summary = بطاقة هوية سارية بصورة
q-photo-id-error = اختر هل لديك بطاقة هوية سارية بصورة أم لا
q-photo-id-opt-yes = نعم
q-photo-id-opt-yes-hint = مثلًا: جواز سفر لم تنتهِ صلاحيته.
q-photo-id-opt-no = لا
q-photo-id-opt-no-hint = لا بأس. سنريك ماذا تحضر بدلًا منها.

## moved

q-moved-title = هل انتقلت إلى عنوان جديد منذ أن قدمت طلبك؟
q-moved-hint = ترسل USCIS والمحكمة الرسائل إلى العنوان المسجل لديهما.
q-moved-summary = انتقلت منذ تقديم الطلب
q-moved-error = اختر هل انتقلت إلى عنوان جديد منذ أن قدمت طلبك
q-moved-opt-yes = نعم، انتقلت
q-moved-opt-yes-hint = أسكن الآن في عنوان مختلف.
q-moved-opt-no = لا
q-moved-opt-no-hint = أسكن في العنوان نفسه.
q-moved-opt-not-sure = لا أعرف
q-moved-opt-not-sure-hint = مثلًا: لا تعرف أي عنوان مكتوب في طلبك.
q-case-type-opt-other-court = قضية أخرى في محكمة الهجرة
q-case-type-opt-other-court-hint = عند قاضٍ قضيتك، وتطلب شيئًا آخر. مثلًا إلغاء الترحيل أو البطاقة الخضراء أمام القاضي.
q-letter-opt-new-appointment = إشعار موعد جديد
q-letter-opt-new-appointment-hint = أرسلت لك USCIS تاريخًا جديدًا للبصمات.
q-attended-opt-turned-away = ذهبت لكنهم لم يأخذوا بصماتي
q-attended-opt-turned-away-hint = مثلًا، أرجعوك أو قالوا لك أن تعود لاحقًا.
q-new-appointment-date-title = ما تاريخ موعدك الجديد؟
q-new-appointment-date-hint = التاريخ في إشعار الموعد الجديد.
q-new-appointment-date-summary = تاريخ الموعد الجديد
q-new-appointment-date-error = اكتب تاريخ موعدك الجديد، أو اختر "لا أعرف التاريخ"
q-new-appointment-date-opt-not-sure = لا أعرف التاريخ
q-new-appointment-date-opt-not-sure-hint = مثلًا، لا تجد الإشعار الجديد.
