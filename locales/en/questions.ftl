# Questions, in the order of shared/CONTRACT.md.
# For each: q-<id>-title (the page's h1), -hint, -summary (check answers table),
# -error (nothing chosen), and -opt-<value> / -opt-<value>-hint for every value.

## case-type

q-case-type-title = What kind of case do you have?
q-case-type-hint = Look at the papers you sent or got. Choose the answer that fits best.
q-case-type-summary = Type of case
q-case-type-error = Choose what kind of case you have
q-case-type-opt-asylum-uscis = Asylum with USCIS
q-case-type-opt-asylum-uscis-hint = You sent your asylum form (Form I-589) to USCIS. No judge has your case.
q-case-type-opt-asylum-court = Asylum in immigration court
q-case-type-opt-asylum-court-hint = A judge has your case. You ask for asylum in court, with Form I-589.
q-case-type-opt-other-uscis = Another USCIS application
q-case-type-opt-other-uscis-hint = For example, a green card, citizenship or a work permit.
q-case-type-opt-not-sure = I'm not sure
q-case-type-opt-not-sure-hint = That is OK. We will show you how to find out.

## hearing

q-hearing-title = When is your individual hearing with the judge?
q-hearing-hint = This is the hearing where the judge decides your case. It is also called a "merits" or "final" hearing. The date is on your hearing notice from the court.
q-hearing-summary = Individual hearing
q-hearing-error = Choose when your individual hearing is
q-hearing-opt-within-60-days = In the next 60 days
q-hearing-opt-within-60-days-hint = About 2 months from today, or sooner.
q-hearing-opt-later = More than 60 days from now
q-hearing-opt-later-hint = The hearing is more than about 2 months away.
q-hearing-opt-none = I don't have a date for it yet
q-hearing-opt-none-hint = The court has not set this hearing yet.
q-hearing-opt-not-sure = I'm not sure
q-hearing-opt-not-sure-hint = Look at your last notice from the court. If you still don't know, choose this. To be safe, we will treat the hearing as soon.

## notice

q-notice-title = Have you received a letter with your fingerprint appointment?
q-notice-hint = This letter is called an appointment notice. USCIS mails it to you. It shows the date, time and place to give your fingerprints and photo.
q-notice-summary = Appointment letter
q-notice-error = Choose whether you have received an appointment letter
q-notice-opt-yes = Yes
q-notice-opt-yes-hint = I have the letter with my appointment date.
q-notice-opt-no = No
q-notice-opt-no-hint = I have not received it.
q-notice-opt-not-sure = I'm not sure
q-notice-opt-not-sure-hint = For example, you have letters from USCIS but do not know which one it is.

## receipt

q-receipt-title = Have you received a receipt notice for your application?
q-receipt-hint = USCIS mails this after it gets your application. It is Form I-797C. It has a receipt number that starts with three letters, like IOE or MSC. For asylum with USCIS, it may start with Z, like ZLA.
q-receipt-summary = Receipt notice
q-receipt-error = Choose whether you have received a receipt notice
q-receipt-opt-yes = Yes
q-receipt-opt-yes-hint = I have a receipt notice.
q-receipt-opt-no = No
q-receipt-opt-no-hint = I have not received one yet.
q-receipt-opt-not-sure = I'm not sure
q-receipt-opt-not-sure-hint = Look for a letter from USCIS with the words "Receipt Notice" on it.

## waited

q-waited-title = How long ago did you send your application?
q-waited-hint = If you have a receipt notice, count from the date on the receipt notice instead.
q-waited-summary = Time waited
q-waited-error = Choose how long you have waited
q-waited-opt-under-2-months = Less than 2 months
q-waited-opt-under-2-months-hint = Less than about 8 weeks.
q-waited-opt-2-to-3-months = 2 to 3 months
q-waited-opt-2-to-3-months-hint = About 8 to 13 weeks.
q-waited-opt-over-3-months = More than 3 months
q-waited-opt-over-3-months-hint = More than about 13 weeks.
q-waited-opt-not-sure = I'm not sure
q-waited-opt-not-sure-hint = You do not know when it was sent. We will help you find out.

## appointment-date

q-appointment-date-title = What is the date of your appointment?
q-appointment-date-hint = The date is on your appointment notice.
q-appointment-date-summary = Appointment date
q-appointment-date-error = Enter the date of your appointment, or choose "I don't know the date"
q-appointment-date-opt-not-sure = I don't know the date
q-appointment-date-opt-not-sure-hint = For example, you lost the notice or cannot read it.

## appointment-passed

q-appointment-passed-title = Has the appointment time already passed?
q-appointment-passed-hint = Look at the time on your appointment notice. Has that time already gone by?
q-appointment-passed-summary = Appointment time passed
q-appointment-passed-error = Choose whether the appointment time has passed
q-appointment-passed-opt-yes = Yes, the time has passed
q-appointment-passed-opt-yes-hint = The appointment time is already over.
q-appointment-passed-opt-no = No, not yet
q-appointment-passed-opt-no-hint = The appointment time is still ahead.
q-appointment-passed-opt-not-sure = I'm not sure
q-appointment-passed-opt-not-sure-hint = We will show you how to find out.

## attended

q-attended-title = Did you go to your appointment?
q-attended-hint = This means you went to the ASC, the office on your notice, and they took your fingerprints.
q-attended-summary = Went to the appointment
q-attended-error = Choose whether you went to the appointment
q-attended-opt-yes = Yes, I went
q-attended-opt-yes-hint = They took my fingerprints.
q-attended-opt-no = No, I did not go
q-attended-opt-no-hint = I missed it, for any reason.
q-attended-opt-not-sure = I'm not sure
q-attended-opt-not-sure-hint = For example, you are helping someone else and do not know.

## missed-recently

q-missed-recently-title = Did you miss it { $walk-in-days } days ago or less?
q-missed-recently-hint = Count the days from the appointment date to today.
q-missed-recently-summary = Missed it { $walk-in-days } days ago or less
q-missed-recently-error = Choose whether you missed it { $walk-in-days } days ago or less
q-missed-recently-opt-yes = Yes
q-missed-recently-opt-yes-hint = It was { $walk-in-days } days ago or less.
q-missed-recently-opt-no = No
q-missed-recently-opt-no-hint = It was more than { $walk-in-days } days ago.
q-missed-recently-opt-not-sure = I'm not sure
q-missed-recently-opt-not-sure-hint = You do not know when the appointment was.

## letter

q-letter-title = Have you received a letter from USCIS or the court since you missed it?
q-letter-hint = Look at the words at the top of each letter from USCIS or the court.
q-letter-summary = Letter from USCIS or the court
q-letter-error = Choose which letter you received, or "No letter"
q-letter-opt-none = No letter
q-letter-opt-none-hint = Nothing from USCIS or the court since the missed appointment.
q-letter-opt-rfe = Request for Evidence
q-letter-opt-rfe-hint = Also called an "RFE." USCIS asks for more information by a certain date.
q-letter-opt-noid = Notice of Intent to Deny
q-letter-opt-noid-hint = Also called a "NOID." USCIS plans to deny your application unless you answer.
q-letter-opt-denied = A decision that denies my application
q-letter-opt-denied-hint = The letter says that your application is denied. Or a judge made a decision in your case.
q-letter-opt-not-sure = I'm not sure
q-letter-opt-not-sure-hint = You got a letter but do not know what it is. Keep it. We will show you where to get help.

## can-attend

q-can-attend-title = Can you go on that date and time?
q-can-attend-hint = Try hard to go. If you miss it, USCIS can deny your application.
q-can-attend-summary = Can go to the appointment
q-can-attend-error = Choose whether you can go to the appointment
q-can-attend-opt-yes = Yes, I can go
q-can-attend-opt-yes-hint = I will go on the date and time on my notice.
q-can-attend-opt-no = No, I cannot go
q-can-attend-opt-no-hint = For example, you are sick or you have no way to get there.
q-can-attend-opt-not-sure = I'm not sure yet
q-can-attend-opt-not-sure-hint = We will show you how to keep your case safe.

## within-12-hours

q-within-12-hours-title = Is your appointment within the next { $online-limit-hours } hours?
q-within-12-hours-hint = This changes how you can ask for a new date.
q-within-12-hours-summary = Within { $online-limit-hours } hours
q-within-12-hours-error = Choose whether the appointment is within the next { $online-limit-hours } hours
q-within-12-hours-opt-yes = Yes
q-within-12-hours-opt-yes-hint = It is { $online-limit-hours } hours from now or less.
q-within-12-hours-opt-no = No
q-within-12-hours-opt-no-hint = It is more than { $online-limit-hours } hours from now.
q-within-12-hours-opt-not-sure = I'm not sure
q-within-12-hours-opt-not-sure-hint = To be safe, we will treat it as within { $online-limit-hours } hours.

## reschedules

q-reschedules-title = How many times has this appointment been moved to a new date?
q-reschedules-hint = Count each time this appointment was rescheduled, by you or by USCIS.
q-reschedules-summary = Times rescheduled
q-reschedules-error = Choose how many times the appointment was rescheduled
q-reschedules-opt-0 = Never
q-reschedules-opt-0-hint = This is the first date I got.
q-reschedules-opt-1 = Once
q-reschedules-opt-1-hint = It was moved one time.
q-reschedules-opt-2-or-more = 2 times or more
q-reschedules-opt-2-or-more-hint = It was moved two times, or more.
q-reschedules-opt-not-sure = I'm not sure
q-reschedules-opt-not-sure-hint = To be safe, we will treat it as 2 times or more.

## online-account

q-online-account-title = Do you have a USCIS online account, or can you make one?
q-online-account-hint = This is a myUSCIS account, at my.uscis.gov. You need an email address to make one.
q-online-account-summary = USCIS online account
q-online-account-error = Choose whether you have or can make a USCIS online account
q-online-account-opt-yes = Yes
q-online-account-opt-yes-hint = I have one, or I can make one now.
q-online-account-opt-no = No
q-online-account-opt-no-hint = I cannot use an online account.
q-online-account-opt-not-sure = I'm not sure
q-online-account-opt-not-sure-hint = We will show you how to ask by phone.

## photo-id

q-photo-id-title = Do you have a valid photo ID, like a passport?
q-photo-id-hint = Valid means it has not expired.
q-photo-id-summary = Valid photo ID
q-photo-id-error = Choose whether you have a valid photo ID
q-photo-id-opt-yes = Yes
q-photo-id-opt-yes-hint = For example, a passport that has not expired.
q-photo-id-opt-no = No
q-photo-id-opt-no-hint = That is OK. We will show you what else to bring.

## moved

q-moved-title = Have you moved since you applied?
q-moved-hint = USCIS and the court mail letters to the address they have for you.
q-moved-summary = Moved since applying
q-moved-error = Choose whether you have moved since you applied
q-moved-opt-yes = Yes, I moved
q-moved-opt-yes-hint = I live at a different address now.
q-moved-opt-no = No
q-moved-opt-no-hint = I live at the same address.
q-moved-opt-not-sure = I'm not sure
q-moved-opt-not-sure-hint = For example, you do not know which address is on your application.
q-case-type-opt-other-court = Another case in immigration court
q-case-type-opt-other-court-hint = A judge has your case, and you ask for something else. For example, cancellation of removal or a green card before the judge.
q-letter-opt-new-appointment = A new appointment notice
q-letter-opt-new-appointment-hint = USCIS sent you a new date for your fingerprints.
q-attended-opt-turned-away = I went, but they did not take my fingerprints
q-attended-opt-turned-away-hint = For example, they sent you away or told you to come back.
q-new-appointment-date-title = What is the date of your new appointment?
q-new-appointment-date-hint = The date is on your new appointment notice.
q-new-appointment-date-summary = New appointment date
q-new-appointment-date-error = Enter the date of your new appointment, or choose "I don't know the date"
q-new-appointment-date-opt-not-sure = I don't know the date
q-new-appointment-date-opt-not-sure-hint = For example, you cannot find the new notice.
