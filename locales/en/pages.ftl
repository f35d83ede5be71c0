# Page and component texts.

## Layout

site-name = Huella
site-tagline = Help with your USCIS fingerprint appointment
skip-link = Skip to main content
page-title = { $title } - Huella
page-title-error = Error: { $title } - Huella
nav-start-again = Start again
footer-not-legal-advice = Huella gives general information. It is not legal advice.
footer-private = We do not ask for your name or your A-Number.

## Start page

start-title = Get ready for your USCIS fingerprint appointment
start-lead = Huella helps you with your fingerprint appointment, also called a biometrics appointment. Answer a few questions, and you will get a plan with the steps to take next.
start-need-heading = Before you start
start-need-body = Have your letters from USCIS or the immigration court with you, if you have them. You can still start without them.
start-time = It takes about 3 minutes. There are only a few questions.
start-private-heading = Your answers are private
start-private-body = We do not ask for your name or your A-Number. We keep your answers so you can come back to your plan. To delete them, choose "Start again" at the bottom of the page. Huella gives general information, not legal advice.
start-button = Start now

## Question pages

back-link = Back
continue-button = Continue
error-summary-title = There is a problem
date-month = Month
date-day = Day
date-year = Year
date-or = or
date-example = For example: 12 25 2026 (month 12, day 25, year 2026)
date-error-incomplete = The date must have a month, a day and a year
date-error-not-number = The date must be numbers only
date-error-year-digits = The year must have 4 numbers
date-error-not-real = The date must be a real date. For example, there is no February 30.
date-error-out-of-range = Enter a date with a year between { $min-year } and { $max-year }
date-error-mixed = You entered a date and chose "I don't know the date." Choose only one.

## Check your answers

check-title = Check your answers
check-intro = Look over your answers. To change one, choose "Change" next to it.
check-change = Change
check-continue = See what to do

## Result

result-title = What to do next
result-steps-heading = Your steps, in order
result-step-label = Step { $number }
result-call-label = Call
result-tty-label = TTY, for deaf or hard of hearing callers
result-say-label = What to say
result-ready-label = Have this ready
result-sources-label = { $count ->
    [one] Source:
   *[other] Sources:
 }
checklist-phone-label = { $label }:
# Between two sources in a list, and after the last one.
result-sources-separator = { "; " }
result-sources-end = .
result-reviewed = Last reviewed { $date }
result-bring-heading = What to bring
result-glossary-heading = Words to know
result-help-heading = Free legal help
result-help-body = A lawyer or an accredited representative can look at your own case. Many nonprofit groups give free or low-cost help. Never pay a "notario" for legal help.
legal-help-eoir-providers = List of free legal service providers from the immigration court
legal-help-nonprofit-directory = Find a nonprofit legal help group near you
result-disclaimer-heading = This is not legal advice
result-disclaimer = Huella gives general information. It is not legal advice. Talk to a lawyer or an accredited representative about your own case.
result-print-link = Print a checklist
result-change-link = Change your answers

## Printable checklist

checklist-title = Your fingerprint appointment checklist
checklist-made = Made on { $date }
checklist-key-dates-heading = Key dates
checklist-appointment = Appointment: { $date }
checklist-appointment-unknown = Appointment: the date is on your letter
checklist-phones-heading = Phone numbers
checklist-steps-heading = Your steps
checklist-bring-heading = What to bring
checklist-print-hint = Use your browser's Print menu to print this page.
checklist-back = Back to your plan
checklist-notes-heading = Notes from your calls
checklist-notes-date = Date and time
checklist-notes-agent = Agent's name or ID
checklist-notes-said = What they said

## Errors

error-not-found-title = Page not found
error-not-found-body = We cannot find this page. Check the web address, or start again.
error-bad-request-title = Something went wrong with your answer
error-bad-request-body = We could not read what was sent. Go back and try again.
error-too-large-title = Too much was sent
error-too-large-body = What you sent is too large for us to read. Go back and try again.
error-too-slow-title = The page took too long to send
error-too-slow-body = Your answer did not reach us in time. It may be a slow connection. Go back and try again.
error-server-title = Sorry, there is a problem on our side
error-server-body = Your answers are saved. Try again in a minute.
error-home-link = Go to the start page

## API errors (read by partner developers)

api-error-unknown-question = Unknown question id: { $field }
api-error-bad-value = The question { $field } does not allow this value
api-error-bad-date = { $field } must be a date YYYY-MM-DD or not-sure
api-error-bad-body = The body must be a JSON object with an answers object
api-error-bad-today = today must be a date YYYY-MM-DD within 5 years of the server's date
api-error-too-large = The request body is too large
api-error-too-slow = The request body did not arrive in time
api-error-content-type = The body must be sent as Content-Type: application/json
api-error-duplicate-key = The JSON has the same key twice: { $field }
date-error-decision-in-future = This date is after today. Enter the date printed on the decision.
date-error-decision-before-appointment = This date is before your appointment. Enter the date printed on the decision.
date-error-deadline-before-appointment = This date is before the appointment you missed, and the letter came after it. Enter the answer-by date printed on the letter.
date-error-new-appointment-passed = This date has already passed, so it is the appointment you missed. Go back to "What is the date of your appointment?" and enter this date there.
api-error-bad-now = now must be a local date and time YYYY-MM-DDTHH:MM, on the same day as today

## The review pack (/review), for a lawyer or accredited representative

review-title = Review pack for a legal reviewer
review-intro = This page shows every instruction Huella can give, with its sources, and every plan its rules can make. It holds no one's answers. Print it, check each step against its sources, and write your name and the date beside what you approve.
review-due = { $count ->
        [0] No step is waiting for review (each was reviewed in the last { $days } days).
        [one] 1 step was last reviewed more than { $days } days ago. It is listed first.
       *[other] { $count } steps were last reviewed more than { $days } days ago. They are listed first.
    }
review-steps-heading = Every step, with every wording
review-due-mark = Review due:
review-reviewed = Last reviewed
review-reviewed-by = Reviewed by:
review-nobody = no one yet.
review-plans-heading = Every plan the rules can make
review-plans-line = { $plans } different plans, from { $answer-sets } complete sets of answers. Each shows how many answer sets lead to it.
review-example = One set of answers that leads here
review-watch-heading = Rules to watch
review-checked = last checked
review-watch-steps = Steps to check if it changes:

## The checklist as a desk tool, and the Print button
checklist-answers-heading = Your answers
checklist-reschedule-online = Last time to reschedule online: { $date }
checklist-reschedule-by = Last day to ask for a new date: { $date }
checklist-walk-in-until = Last day to try a walk-in at the ASC (optional): { $date }
checklist-blanks-heading = Write these down
checklist-blank-receipt = Receipt number
checklist-blank-a-number = A-Number
checklist-blank-asc = ASC address
checklist-legal-help-heading = Free or low-cost legal help
print-button = Print this page
# What to do on each step, in one line, with what to type or say.
checklist-do-attend-appointment = Go to the ASC on your notice, on the date and at the time it shows.
checklist-do-bring-documents = Pack the things under "What to bring" the night before.
checklist-do-arrive-early = Be there { $arrive-minutes } minutes before your time.
checklist-do-reschedule-online = At my.uscis.gov: "Menu" (or "My Account"), then "Reschedule Biometrics."
checklist-do-call-contact-center = Call { $contact-center } (TTY { $contact-center-tty }). Have your receipt number and A-Number ready.
checklist-do-walk-in-asc = Only after you call: go to the ASC with your notice and ID. Ask: "Can you take my fingerprints today?"
checklist-do-explain-good-cause = Say your reason in one sentence. Keep proof, like a doctor's note.
checklist-do-keep-proof = Write down each call below. Keep every notice, and the stamped one.
checklist-do-check-case-status = On the USCIS Case Status page, type your receipt number. Check each week.
checklist-do-wait-for-notice = Check your mail and your USCIS account each week.
checklist-do-update-address = Change your address with USCIS within { $ar11-days } days (Form AR-11 and each case).
checklist-do-update-address-court = Send Form EOIR-33 to the court within { $eoir33-days } working days, and a copy to the government lawyer.
checklist-do-follow-court-instructions = Do what the written fingerprint steps from the judge or government lawyer say.
checklist-do-contact-government-lawyer = { $track ->
        [not-sure] If a judge has your case: tell the government lawyer (ICE) where your fingerprints stand. Keep a copy.
       *[other] Tell the government lawyer (ICE) where your fingerprints stand. Keep a copy.
    }
checklist-do-tell-the-judge = { $track ->
        [not-sure] If a judge has your case: tell the judge at or before your hearing. Bring proof of what you did.
       *[other] Tell the judge at or before your hearing. Bring proof of what you did.
    }
checklist-do-respond-to-letter = { $letter ->
        [rfe] Answer the way the letter says, by its deadline. Keep a copy and proof you sent it.
        [noid] Answer the way the letter says, by its deadline. Keep a copy and proof you sent it.
       *[other] Read every letter from USCIS today. If one has a date to answer by, answer the way it says before that date. Keep a copy and proof you sent it.
    }
checklist-do-motion-to-reopen = { $track ->
        [asylum-uscis] Talk to a legal helper now. After this denial your case may be sent to immigration court.
        [not-sure] If USCIS made the decision: file Form I-290B by your last day. Get legal help first.
       *[other] File Form I-290B by your last day. Get legal help first.
    }
checklist-do-get-legal-help = Contact a legal helper from the list below. Bring all your papers.
checklist-do-find-your-case = Look at every letter you have. Find a receipt number or a court's name.
checklist-do-appeal-to-board = { $track ->
        [not-sure] If a judge made the decision: the Board must get Form EOIR-26 by your last day. Get legal help now.
       *[other] The Board must get Form EOIR-26 by your last day. Get legal help now.
    }

## Date entry: a date far ahead, and the language switch on a question
date-confirm-title = Is this right?
date-confirm-far = You typed { $date }. That is more than a year from now. Check the date on your letter. If it is right, press the button again.
date-confirm-button = Yes, this date is right
date-error-one-box = Type the month, the day and the year in their own boxes, or the whole date in one box, like 12/25/2026
language-switch-label = Read this question in:
watch-proposed-biometrics-rule-2025-note = 90 FR 49062 (November 2025): an 'extraordinary circumstances' standard for excusing a missed appointment, and biometrics at any age. Not final when checked.
watch-annual-asylum-fee-note = The annual fee for a pending asylum application. The guide names no amount; check the fee schedule before quoting one.
watch-status-proposed = proposed, not in force
watch-status-in-force-may-change = in force; the amount and how it is collected may change


## "Do this first" on the result page

first-heading = Do this first
first-call = Call
first-by-time = Before { $time }, { $date }
first-by-day = By { $date } at the latest
first-before-appointment-time = Before your appointment time, { $date }
first-before-day = Before { $date }
first-on = On { $date }
first-today = Today
first-this-week = This week
urgency-before-time = Do this before { $time }, { $date }
reschedule-until-online = The online tool closes { $online-limit-hours } hours before your appointment. Do this before { $time }, { $date }.
reschedule-until-phone = Call before your appointment time: before { $time }, { $date }.
reschedule-by-day = Do this by { $date } at the latest.
walk-in-until = The last day to walk in is { $date }.
result-sources-summary = Sources and last review

## Places a step sends people to (links)

place-my-uscis = Open your USCIS account (my.uscis.gov)
place-case-status = Check your case status on the USCIS website
place-change-address = Change your address with USCIS
place-eoir-33 = Form EOIR-33: change your address with the court
place-eoir-case-status = Immigration court case information online
place-i-290b = Form I-290B on the USCIS website
place-eoir-appeal = How to appeal a judge's decision
place-ice-opla = Find the office of the government lawyer (ICE)
place-legal-providers = Free legal service providers near you

## Take your plan along

take-along-qr = Scan this code with a phone to open the form with your code filled in. Then press "Open my answers".
take-along-sms = Send it to yourself in a text message
take-along-email = Send it to yourself in an email
take-along-subject = Your Huella plan
take-along-message = Your Huella plan. To see it again, open { $address } and press "Open my answers". Your code: { $code }. { $dates }

## When you are done, and pages that ask before deleting

finish-heading = When you are done
desk-hint = At a help desk or on a shared computer, clear this plan so the next person cannot see it. Your code will stop working.
desk-button = Finished: clear for the next person
confirm-start-again-title = Start again?
confirm-start-again-body = This deletes all your answers and your plan. Then you go back to the start.
confirm-start-again-button = Yes, delete my answers and start again
confirm-delete-title = Delete your answers?
confirm-delete-body = This deletes all your answers and your plan from Huella now. Print or save your checklist first if you need it.
confirm-delete-button = Yes, delete my answers
confirm-code-stops = Your code to come back will stop working.
confirm-cancel = No, go back to my plan
