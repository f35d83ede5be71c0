# Result texts: where the person stands, how urgent it is, what to bring,
# words to know, sources and phone labels.

## Situations: one sentence that says where the person stands.

situation-waiting-for-receipt = You have no receipt notice yet, but it is still early, so watch your mail.
situation-receipt-overdue = Your receipt notice is late, so it is time to ask USCIS about it.
situation-waiting-for-notice = You are waiting for the letter with the date of your fingerprint appointment.
situation-notice-overdue = Your appointment letter should have come by now, so it is time to ask USCIS about it.
situation-court-hearing-soon = Your court hearing may be soon and your fingerprints are not done yet, so act now.
situation-case-unknown = You are not sure where your case is, so the first step is to find out.
situation-appointment-upcoming = { $has-date ->
        [yes] Your fingerprint appointment is on { $date }, and you plan to go.
       *[other] You have a fingerprint appointment coming up, and you plan to go.
    }
situation-attendance-undecided = You have a fingerprint appointment, but you are not sure that you can go.
situation-must-reschedule = You cannot go on that day, so ask for a new date before your appointment time.
situation-timing-unknown = You are not sure if your appointment time has passed, so find that out first.
situation-attended = You went to your appointment, so there is nothing to reschedule.
situation-attendance-unknown = You are not sure if your fingerprints were taken, so find that out first.
situation-missed = You missed your appointment, but you can still ask for a new date, so act now.
situation-missed-with-letter = { $letter ->
        [rfe] You missed your appointment, and USCIS sent you a Request for Evidence that has a deadline.
        [noid] You missed your appointment, and USCIS sent you a Notice of Intent to Deny that has a deadline.
       *[other] You missed your appointment, and USCIS may have sent you a letter with a deadline.
    }
situation-denied = { $track ->
        [asylum-uscis] Your application was denied after the missed appointment, so get legal help right away.
        [asylum-court] A decision was made in your case after the missed appointment, so get legal help right away.
        [other-court] A decision was made in your case after the missed appointment, so get legal help right away.
        [not-sure] Your application was denied after the missed appointment, so get legal help right away.
       *[other] USCIS denied your application, but you may be able to ask USCIS to open your case again.
    }

## Urgency banners

urgency-today = Do this today
urgency-before-date = { $has-date ->
        [yes] Do this before { $date }
       *[other] Do this before your appointment
    }
urgency-on-date = { $has-date ->
        [yes] Your appointment is on { $date }
       *[other] Go on the date on your notice
    }
urgency-this-week = Do this this week
urgency-wait = Nothing to do now but wait

## What to bring

bring-appointment-notice = Your appointment notice, printed on paper.
bring-family-notices = If family members got their own notices, bring every notice. Each person who got a notice must go.
bring-photo-id = A valid photo ID, such as your passport.
bring-other-id = { $photo-id ->
        [no] You have no valid photo ID, so bring what you have.
       *[other] If you have no valid photo ID, bring what you have.
    } This can be a birth certificate, a school ID or an ID that has expired. It can be a copy or a photo of an ID. It can be an immigration paper with your photo on it.
bring-leave-behind = Do not bring food, weapons or a camera.

## Words to know

glossary-biometrics-term = Biometrics
glossary-biometrics-def = Your fingerprints, photo and signature. USCIS takes them to check who you are and to do background checks.
glossary-asc-term = ASC (Application Support Center)
glossary-asc-def = The USCIS office where they take your fingerprints and photo. Your notice says which ASC to go to.
glossary-uscis-term = USCIS
glossary-uscis-def = U.S. Citizenship and Immigration Services. It is the government office that decides many immigration applications.
glossary-receipt-notice-term = Receipt notice
glossary-receipt-notice-def = A letter from USCIS that says it got your application. It is Form I-797C.
glossary-receipt-number-term = Receipt number
glossary-receipt-number-def = The number on your receipt notice. It starts with three letters, for example IOE, MSC, or for asylum ZLA. Use it to check your case online.
glossary-a-number-term = A-Number
glossary-a-number-def = Your immigration number. It starts with the letter A. You can find it on many of your immigration papers.
glossary-myuscis-term = USCIS online account (myUSCIS)
glossary-myuscis-def = Your account on the USCIS website, at my.uscis.gov. You can see notices there and ask for a new appointment date.
glossary-contact-center-term = USCIS Contact Center
glossary-contact-center-def = The USCIS phone line, at { $contact-center }. You can call to ask for a new appointment date.
glossary-tty-term = TTY
glossary-tty-def = A phone service for people who are deaf or hard of hearing. The USCIS TTY number is { $contact-center-tty }.
glossary-good-cause-term = Good cause
glossary-good-cause-def = A good reason why you cannot go to your appointment, like being sick. USCIS asks for it when you ask for a new date.
glossary-rfe-term = Request for Evidence (RFE)
glossary-rfe-def = A letter from USCIS that asks for more information. It has a date by which you must answer.
glossary-noid-term = Notice of Intent to Deny (NOID)
glossary-noid-def = A letter that says USCIS plans to deny your application. You must answer it by the date printed on it.
glossary-abandonment-term = Abandonment
glossary-abandonment-def = When USCIS or a judge treats your application as if you gave it up. Missing your fingerprint appointment can lead to this.
glossary-motion-to-reopen-term = Motion to reopen
glossary-motion-to-reopen-def = A request to USCIS to look at your case again after a denial. It is made on Form I-290B, and it has a short deadline.
glossary-ar-11-term = Form AR-11
glossary-ar-11-def = The form to tell USCIS your new address. You must tell USCIS within { $ar11-days } days after you move. The USCIS online change of address tool counts as this form.
glossary-eoir-33-term = Form EOIR-33
glossary-eoir-33-def = The form to tell the immigration court your new address. You must send it within { $eoir33-days } work days after you move.
glossary-immigration-court-term = Immigration court
glossary-immigration-court-def = A court where a judge decides immigration cases, like asylum. It is part of the Department of Justice, not USCIS.
glossary-government-lawyer-term = Government lawyer
glossary-government-lawyer-def = The ICE lawyer on the government's side of your court case. This lawyer works in the Office of the Principal Legal Advisor.
glossary-individual-hearing-term = Individual hearing
glossary-individual-hearing-def = The court hearing where the judge decides your case. It is also called a "merits" or "final" hearing.
glossary-case-status-term = Case status
glossary-case-status-def = Where your application is right now. You can check it on the USCIS website with your receipt number.

## Sources: the titles of the pages cited under each step.

source-uscis-biometrics = USCIS: Preparing for your biometric services appointment
source-uscis-policy-manual = USCIS Policy Manual: biometrics collection and rescheduling
source-uscis-contact-center = USCIS: Contact Center
source-uscis-case-status = USCIS: Case Status Online
source-uscis-online-account = USCIS: Create a USCIS online account
source-uscis-change-address = USCIS: How to change your address
source-uscis-i-290b = USCIS: Form I-290B, Notice of Appeal or Motion
source-cfr-103-2 = 8 CFR 103.2: Rules for applications, including abandonment
source-cfr-103-5 = 8 CFR 103.5: Motions to reopen or reconsider
source-eoir-33 = Immigration court: Form EOIR-33, change of address
source-eoir-case-status = Immigration court: Automated case information
source-eoir-legal-providers = Immigration court: List of pro bono legal service providers
source-ice-opla = ICE: Office of the Principal Legal Advisor field offices
source-asap-faq = Asylum Seeker Advocacy Project: Biometrics FAQ
source-seed-missed-2024 = Law firm article: What happens if you miss your biometrics appointment (2024)
source-seed-reschedule = Law firm article: How to reschedule a biometrics appointment
source-seed-green-card = Law firm article: Missed biometrics in a green card case
source-seed-online-tool-2023 = Law firm news: USCIS online tool to reschedule biometrics (2023)

## Phone numbers: the label shown next to each number.

phone-contact-center = USCIS Contact Center
phone-contact-center-tty = USCIS Contact Center, TTY for deaf or hard of hearing callers
phone-eoir-line = Immigration court case information line
situation-first = Start with step 1: { $step }.
situation-notice-unknown = You are not sure if a fingerprint notice came, so find out today.
situation-turned-away = You went, but they did not take your fingerprints, so ask for a new date now.
glossary-board-appeal-term = Board of Immigration Appeals
glossary-board-appeal-def = The court that looks again at a judge's immigration decision. You ask it on Form EOIR-26.
glossary-advance-parole-term = Advance parole
glossary-advance-parole-def = A travel permit. Without it, leaving the US can end an asylum or green card case.
source-eoir-appeal = Immigration court: Appeal an immigration judge's decision
source-cfr-1003-23 = 8 CFR 1003.23: Motions to reopen before the immigration court
source-cfr-1003-38 = 8 CFR 1003.38: Appeals to the Board of Immigration Appeals
source-uscis-eoir-benefits = USCIS: Immigration benefits in immigration court cases
source-cfr-208-7 = 8 CFR 208.7: Work permits for asylum applicants
source-cfr-208-8 = 8 CFR 208.8: Leaving the US while asylum is pending
source-cfr-245-2 = 8 CFR 245.2: Leaving the US while a green card case is pending
source-cis-ombudsman = DHS CIS Ombudsman: questions and answers on the USCIS Contact Center (2021)
source-fr-2025-biometrics = Federal Register, 90 FR 49062: proposed biometrics rule (2025)
source-uscis-fees = USCIS: Fee schedule (Form G-1055)
source-asylum-receipt-prefixes = Guide: asylum office receipt numbers
source-huella-review-2026 = Huella legal content review (2026)
