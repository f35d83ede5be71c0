# Beyond the plan: letter deadlines (and their questions), the calendar file,
# the call sheet and the resume code. $date is written out in the language;
# $days is a whole number of days.

## letter-deadline (asked after an RFE or NOID; optional)
q-letter-deadline-title = What is the deadline printed on the letter?
q-letter-deadline-hint = Look for the date to answer by. It is often near the top or the end of the letter.
q-letter-deadline-summary = Deadline on the letter
q-letter-deadline-error = Enter the deadline on the letter, or choose "I can't find the date"
q-letter-deadline-opt-not-sure = I can't find the date
q-letter-deadline-opt-not-sure-hint = We will still show you what to do. A legal helper can find the date with you.

## decision-date (asked after a denial, outside asylum cases; optional)
q-decision-date-title = What is the date of the decision?
q-decision-date-hint = The date is printed on the letter that denies your application.
q-decision-date-summary = Date of the decision
q-decision-date-error = Enter the date of the decision, or choose "I can't find the date"
q-decision-date-opt-not-sure = I can't find the date
q-decision-date-opt-not-sure-hint = We will still show you what to do. A legal helper can find the date with you.

## decision-mailed (asked when the decision date is known; optional)
q-decision-mailed-title = Did the decision come to you by mail?
q-decision-mailed-hint = A decision sent by mail gives you { $motion-days-mailed } days instead of { $motion-days }.
q-decision-mailed-summary = Decision came by mail
q-decision-mailed-error = Choose if the decision came by mail, or "I'm not sure"
q-decision-mailed-opt-yes = Yes, by mail
q-decision-mailed-opt-yes-hint = It came in an envelope from USCIS.
q-decision-mailed-opt-no = No
q-decision-mailed-opt-no-hint = For example, you got it in person or only online.
q-decision-mailed-opt-not-sure = I'm not sure
q-decision-mailed-opt-not-sure-hint = We will use the earlier deadline, to be safe.

## The deadline inside its step: deadline-<step-id>-<upcoming|today|passed>
deadline-respond-to-letter-upcoming = Your deadline is { $date }. { $days ->
        [one] That is 1 day from today.
       *[other] That is { $days } days from today.
    } Your answer must reach USCIS by then. Mail can take a week, so send it early.
deadline-respond-to-letter-today = Your deadline is today, { $date }. Answer today, in the way the letter says.
deadline-respond-to-letter-passed = Your deadline was { $date }. { $days ->
        [one] That was 1 day ago.
       *[other] That was { $days } days ago.
    } If USCIS did not get your answer in time, it can decide without it. It may deny your application. If you sent your answer, keep your proof. Get legal help now.
deadline-motion-to-reopen-upcoming = Your last day is { $date }. { $days ->
        [one] That is 1 day from today.
       *[other] That is { $days } days from today.
    } USCIS must get your motion by then.
deadline-motion-to-reopen-today = Today, { $date }, is your last day. USCIS must get your motion today.
deadline-motion-to-reopen-passed = Your last day was { $date }. { $days ->
        [one] That was 1 day ago.
       *[other] That was { $days } days ago.
    } USCIS may still take a late motion, but only if you show the delay was reasonable and out of your control. Get legal help now.
deadline-appeal-to-board-upcoming = Your last day is { $date }. { $days ->
        [one] That is 1 day from today.
       *[other] That is { $days } days from today.
    } The Board of Immigration Appeals must get your appeal by then. Get legal help now.
deadline-appeal-to-board-today = Today, { $date }, is your last day. The Board of Immigration Appeals must get your appeal today. Get legal help now.
deadline-appeal-to-board-passed = Your last day was { $date }. { $days ->
        [one] That was 1 day ago.
       *[other] That was { $days } days ago.
    } The time to appeal may be over. A lawyer may still find a way. Get legal help now.
checklist-deadline-respond-to-letter = Answer the letter by { $date }
checklist-deadline-motion-to-reopen = File the motion by { $date }
checklist-deadline-appeal-to-board = The Board must get your appeal by { $date }

## Calendar file (.ics)
calendar-link = Add the dates to your calendar
calendar-hint = A file for your phone's calendar, with reminders.
calendar-appointment-summary = Fingerprint appointment (USCIS)
calendar-appointment-description = The time and address are on your notice. Bring your notice and ID. Arrive { $arrive-minutes } minutes early.
calendar-reminder = Bring your notice and ID; arrive { $arrive-minutes } minutes early.
calendar-reschedule-summary = Reschedule before { $date }
calendar-reschedule-description = Ask USCIS for a new date before your appointment. Your plan in Huella shows how.
calendar-deadline-respond-to-letter-summary = Deadline: your answer must reach USCIS
calendar-deadline-motion-to-reopen-summary = Last day: USCIS must get your motion
calendar-deadline-appeal-to-board-summary = Last day: the Board must get your appeal
calendar-deadline-description = This is the date you typed from your letter. Check it on the letter. Get legal help.

## Call sheet (a printable page for calling the Contact Center)
call-sheet-link = Print a call sheet
call-sheet-title = Call sheet: USCIS Contact Center
call-sheet-lead = Keep this page by the phone when you call. Write down what happens.
call-sheet-numbers-heading = Numbers to call
call-sheet-say-heading = What to say
call-sheet-ready-heading = Have these ready
call-sheet-reason-heading = Your reason and your proof
call-sheet-reason-body = If you cannot go or did not go, say why in a few words. Say what proof you have, like a doctor's note.
call-sheet-notes-heading = Write down
call-sheet-notes-date = Date of the call
call-sheet-notes-time = Time of the call
call-sheet-notes-agent = Agent's name or ID number
call-sheet-notes-said = What they said
call-sheet-notes-next = What you must do next

## Resume code
resume-code-heading = Your code to come back
resume-code-body = With this code you can see your answers on another phone or computer. Go to { $address } and type the code. Keep it private: anyone with the code can see your answers. It stops working when your answers are deleted.
resume-title = Come back to your answers
resume-lead = Type the code from your result page or checklist.
resume-label = Your code
resume-hint = 16 letters and numbers, for example 7KQM-4TXP-AHJ3-WCRY. Small letters and spaces are fine.
resume-button = Open my answers
resume-error-empty = Enter your code
resume-error-shape = A code has 16 letters and numbers, like 7KQM-4TXP-AHJ3-WCRY
resume-error-unknown = We cannot find this code. Check it and try again. Codes stop working when answers are deleted.
privacy-resume-heading = Your code to come back
privacy-resume-body = Your result page shows a code. It opens your answers on another device. We do not keep the code. Keep it private: anyone with the code can see your answers. To stop guessing, Huella allows only a few tries a minute.

## appointment-time (asked when the appointment date is known and to come; optional)
q-appointment-time-title = What time is your appointment?
q-appointment-time-hint = The time is on your appointment notice. We use it to remind you in your calendar.
q-appointment-time-summary = Appointment time
q-appointment-time-error = Enter the time of your appointment, or choose "I don't know the time"
q-appointment-time-opt-not-sure = I don't know the time
q-appointment-time-opt-not-sure-hint = That is OK. Look at your notice before you go.
time-label = Time
time-example = For example, 9:30 AM or 2:00 PM
time-error-invalid = Enter a real time, like 9:30 AM or 14:00
time-error-mixed = You entered a time and chose "I don't know the time." Choose only one.
# $hour (0-23) and $hour12 (1-12) are numbers, $minute is two digits, $period is am or pm.
time-of-day = { $hour12 }:{ $minute } { $period ->
        [am] AM
       *[other] PM
    }
date-and-time = { $date }, { $time }

## Calendar file: the given time, online closing, counted deadlines
calendar-appointment-description-timed = The address is on your notice. Bring your notice and ID. Arrive { $arrive-minutes } minutes early.
calendar-reschedule-online-description = Reschedule in your USCIS account before { $date }. After that, the online tool is closed: call USCIS.
deadline-counted = Huella counted this date: { $days } days from the date of the decision, { $date }. Check it with a legal helper.

## Call sheet: blanks and the phone line's languages
call-sheet-blanks-heading = Your numbers
call-sheet-blank-appointment = Appointment date
call-sheet-language-heading = Your language on the phone
call-sheet-language-tip = The phone line speaks English and Spanish: for Spanish, choose it in the menu. For another language, ask for an interpreter: say the name of your language in English, for example "Arabic." You may also ask a person you trust to help with the call.
