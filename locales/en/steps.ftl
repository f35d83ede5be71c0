# Steps of a plan: step-<step-id>-title, step-<step-id>-body,
# and for call-contact-center also -say and -ready.
# Every instruction traces to shared/DOMAIN.md or a seed article.
# Facts that change (phone numbers, limits, days) are variables from content/guide.toml.
# Readability: python3 tools/readability.py locales/en (every body variant at grade 6 or below).

## attend-appointment

step-attend-appointment-title = Go to your fingerprint appointment
step-attend-appointment-body = { $has-date ->
        [yes] Your appointment is on { $date }. Go at the time on your notice.
       *[other] Your notice shows the date and time of your appointment. Go on that day, at that time.
    } Go to the ASC on your notice. ASC means Application Support Center. It is the office where they take your fingerprints and photo. { $situation ->
        [attendance-undecided] Try hard to go. If you truly cannot go, ask for a new date before the appointment time. The next steps show you how.
       *[other] Always go. If you miss it, USCIS can deny your application.
    } { $track ->
        [asylum-uscis] If you miss it without a good reason, the clock for your work permit stops. Your work permit can come later.
        [asylum-court] If you miss it without a good reason, the clock for your work permit stops. Your work permit can come later.
       *[other] { "" }
    } Do you have an order to leave the US, or a criminal record? Then talk to a legal helper before the appointment. Do not just skip it. No one can promise that going is safe.

## bring-documents

step-bring-documents-title = Get your papers ready
step-bring-documents-body = { $photo-id ->
        [yes] Bring your appointment notice on paper. Bring your photo ID, like your passport.
        [no] Bring your appointment notice on paper. You do not have a valid photo ID. That is OK. Bring the papers you do have.
       *[other] Bring your appointment notice on paper. Bring a valid photo ID, like a passport. If you do not have one, bring the papers you do have.
    } The list "What to bring" shows each thing to bring. Does a child have their own notice? Then the child must go too, with an adult.

## arrive-early

step-arrive-early-title = Get there { $arrive-minutes } minutes early
step-arrive-early-body = Plan to be at the ASC { $arrive-minutes } minutes before your appointment time. Your notice shows the address. Leave food, weapons and cameras at home. Do not bring them to the ASC.

## reschedule-online

step-reschedule-online-title = Ask for a new date online
step-reschedule-online-body = Do this before your appointment time. Sign in to your USCIS account at my.uscis.gov, or make an account there. On a phone, tap "Menu," then "Account actions," then "Reschedule Biometrics." On a computer, click "My Account," then "Reschedule Biometrics." This only works if your appointment is more than { $online-limit-hours } hours away. It also only works if the appointment was moved fewer than { $online-limit-reschedules } times before. If the tool does not let you, call { $contact-center } instead. Your new notice will show up in your account. Print it and take it to your new appointment.

## call-contact-center

step-call-contact-center-title = Call the USCIS Contact Center
step-call-contact-center-body = Call { $contact-center }. If you are deaf or hard of hearing, call the TTY line, { $contact-center-tty }. The wait can be long, so call early in the day. The phone menu can change, so listen to all the choices. { $situation ->
        [missed] Say that you missed your appointment. Tell them why, and ask for a new date.
        [turned-away] Say that you went, but they did not take your fingerprints. Tell them what happened, and ask for a new date.
        [missed-with-letter] Say that you missed your appointment. Tell them why, and ask for a new date. This call does not replace your answer to the letter.
        [attendance-unknown] Ask if USCIS has your fingerprints. If not, say that you missed the appointment and why. Then ask for a new date.
        [must-reschedule] Call before your appointment time. Tell them why you cannot go, and ask for a new date. { $urgency ->
            [today] If no one answers in time, go to the appointment if you can at all. Write down each time you called.
           *[other] { "" }
        }
        [attendance-undecided] If you cannot go, call before your appointment time. Tell them why, and ask for a new date. If no one answers in time, go if you can at all.
        [receipt-overdue] Say that you sent your application, but you have no receipt notice yet. Ask them to check.
        [notice-overdue] Ask them to check if USCIS sent you a fingerprint notice. If it did, ask them to send it again. If not, ask them to make a service request. They cannot set a first appointment by phone.
        [court-hearing-soon] Say that your case is in immigration court and your hearing is soon. Ask them to check for a fingerprint notice. If there is none, ask for a service request. They cannot set a first appointment by phone.
        [case-unknown] Ask them to check if USCIS sent you a fingerprint notice. If not, ask for a service request.
        [notice-unknown] Ask them to check if USCIS sent you a fingerprint notice. Ask if the date has passed. Then ask what you should do now.
        [timing-unknown] Ask if your appointment already happened. If it is still ahead and you can go, go. If you cannot, ask for a new date. If it has passed, ask what you should do now.
        [appointment-upcoming] Ask them to check your appointment: its date, time and place. If you do not have the notice, ask them to send it again.
       *[other] Ask to reschedule your fingerprint appointment.
    } Ask for the reference number of your call.
step-call-contact-center-say = { $situation ->
        [receipt-overdue] Ask to speak with a person. Then say: "I sent my application. I do not have a receipt notice yet."
        [notice-overdue] Ask to speak with a person. Then say: "I have not received my biometrics appointment notice. Please check my case."
        [case-unknown] Ask to speak with a person. Then say: "I have not received a biometrics appointment notice. Please check my case."
        [notice-unknown] Ask to speak with a person. Then say: "I am not sure if I got a biometrics appointment notice. Please check my case."
        [court-hearing-soon] Ask to speak with a person. Then say: "My case is in immigration court. My hearing is soon. I have no biometrics appointment notice. Please check my case."
        [timing-unknown] Say: "Reschedule biometrics appointment." Then say: "I am not sure if my appointment already passed."
        [attendance-unknown] Say: "Reschedule biometrics appointment." Then say: "I am not sure if I went to my appointment."
        [missed] Say: "Reschedule biometrics appointment." Then say: "I missed my appointment because..." and give your reason.
        [turned-away] Say: "Reschedule biometrics appointment." Then say: "I went to my appointment, but they did not take my fingerprints."
        [missed-with-letter] Say: "Reschedule biometrics appointment." Then say: "I missed my appointment because..." and give your reason.
        [appointment-upcoming] Ask to speak with a person. Then say: "Please check my biometrics appointment: the date, time and place."
       *[other] Say: "Reschedule biometrics appointment." Then say: "I cannot go because..." and give your reason.
    }
step-call-contact-center-ready = { $situation ->
        [receipt-overdue] The date you mailed your application and the tracking number, if you have them. Your A-Number, if you have one. A pen and paper.
        [notice-overdue] Your receipt notice with your receipt number. Your A-Number, if you have one. A pen and paper.
        [court-hearing-soon] Your receipt notice with your receipt number, if you have one. Your A-Number. Your hearing notice. A pen and paper.
        [case-unknown] Any notice from USCIS or the court. Your A-Number, if you have one. A pen and paper.
        [notice-unknown] Every letter from USCIS. Your A-Number, if you have one. A pen and paper.
        [appointment-upcoming] Your receipt notice with your receipt number. Your A-Number, if you have one. A pen and paper.
       *[other] Your receipt number. It is on your notices. Your A-Number, if you have one. Your appointment notice. A pen and paper.
    }

## walk-in-asc

step-walk-in-asc-title = Optional: go to the ASC in person
step-walk-in-asc-body = This step is extra. Do it only after you call. Go soon, within { $walk-in-days } days of the missed date. Go to the ASC on your notice. Bring the notice and your ID. Do you have an order to leave the US, or a criminal record? Then talk to a legal helper before you go. Explain what happened. Ask if they can take your fingerprints today. They do not have to say yes. If they do, ask them to stamp your notice. If they say no, your request from the phone call still counts.

## explain-good-cause

step-explain-good-cause-title = Explain your reason
step-explain-good-cause-body = USCIS wants a good reason. This is called "good cause." Here are some examples from USCIS. Being sick, or a visit to a doctor or hospital. A trip you planned before. A wedding, funeral or graduation. No way to get there. No time off from work, or from caring for someone. A notice that came late, or never came. Careful with trips: if you ask for asylum or a green card, do not leave the US without a travel permit. This permit is called advance parole. If you leave without it, you can lose your case. { $route ->
        [online] The online form asks for your reason.
        [phone] Tell the agent your reason on the phone.
       *[other] If USCIS sent you a letter, give your reason in your answer.
    } Get proof if you can, like a doctor's note, a ticket or a letter from work. Keep a copy. { $track ->
        [asylum-uscis] Without a good reason, a missed appointment stops the clock for your work permit.
        [asylum-court] Without a good reason, a missed appointment stops the clock for your work permit.
       *[other] { "" }
    }

## keep-proof

step-keep-proof-title = Keep proof of what you did
step-keep-proof-body = { $situation ->
        [attended] Keep the notice that the ASC stamped at your appointment. It proves that you went. { $track ->
            [asylum-court] Bring it to your hearing, and give a copy to the government lawyer (ICE).
            [other-court] Bring it to your hearing, and give a copy to the government lawyer (ICE).
            [not-sure] If a judge has your case, bring it to your hearing, and give a copy to the government lawyer (ICE).
           *[other] { "" }
        } Keep every other notice from USCIS too. If you call USCIS, take notes. Write the date, the time, and the agent's name or ID.
        [appointment-upcoming] Take your notice to the appointment. Ask the ASC to stamp it. Keep it safe after. It proves that you went. Keep every other notice from USCIS too.
        [turned-away] Keep any paper the ASC gave you. Write down the date, who you spoke with, and why they did not take your fingerprints. Each time you call USCIS, write down the date, the time, the agent's name or ID, and what they told you. Keep every notice and letter from USCIS.
       *[other] { $route ->
            [online] Take a screenshot of the page that shows your new date. If you also call USCIS, write down the date, the time, and the agent's name or ID.
           *[other] Each time you call, write down the date and time. Do this even if no one answers. Also write the agent's name or ID, and what they told you. The printed checklist has space for these notes.
        } Keep every notice and letter from USCIS. After your appointment, keep the notice the ASC stamps. It proves that you went.
    }

## check-case-status

step-check-case-status-title = Check your case status online
step-check-case-status-body = Go to the USCIS "Case Status Online" page. Type your receipt number. It is on your receipt notice. It starts with three letters. { $track ->
        [asylum-uscis] For asylum with USCIS, it may start with Z, for example ZLA or ZNK.
        [asylum-court] The page does not show court cases. It may show your fingerprint notice. For the court case, use the court's phone line or website.
        [other-court] The page does not show court cases. It may show your fingerprint notice. For the court case, use the court's phone line or website.
       *[other] For example, it may start with IOE or MSC.
    } Check once a week. If the page says USCIS sent a notice that you never got, call { $contact-center }.

## wait-for-notice

step-wait-for-notice-title = { $situation ->
        [must-reschedule] Watch for your new appointment notice
       *[other] Watch for your appointment notice
    }
step-wait-for-notice-body = { $situation ->
        [must-reschedule] After you ask for a new date, USCIS sends you a new appointment notice. It may take a few weeks. { $route ->
            [online] It will show up in your USCIS online account. Check your mail too.
           *[other] Check your mail often. Check your USCIS online account too, if you have one.
        } Go to the new appointment, and bring the new notice. Keep your address up to date.
        [waiting-for-receipt] First, USCIS mails you a receipt notice. It shows that they got your application. Next, they mail you an appointment notice for your fingerprints. It often comes { $notice-weeks-min } to { $notice-weeks-max } weeks after USCIS gets your application. { $track ->
            [asylum-uscis] For asylum, it can take longer.
            [asylum-court] For asylum, it can take longer.
           *[other] Sometimes it takes longer.
        } Check your mail often. Check your USCIS online account too, if you have one. Keep your address up to date. Then the notice can reach you.
       *[other] USCIS will mail you an appointment notice. It tells you the date, time and place of your fingerprint appointment. It often comes { $notice-weeks-min } to { $notice-weeks-max } weeks after USCIS gets your application. { $track ->
            [asylum-uscis] For asylum, it can take longer.
            [asylum-court] For asylum, it can take longer.
           *[other] Sometimes it takes longer.
        } Check your mail often. Check your USCIS online account too, if you have one. Keep your address up to date. Then the notice can reach you.
    }

## update-address

step-update-address-title = Give USCIS your new address
step-update-address-body = You must give USCIS your new address within { $ar11-days } days after you move. Use the online change of address tool on the USCIS website. It counts as Form AR-11. It also fixes the address on each of your open cases. You can send Form AR-11 on paper instead. But then you must also change the address on each open case. Did a notice go to your old address? That can be fixed, but only after your address is fixed. { $track ->
        [asylum-court] Moving does not move your court case. Keep going to the same court unless the judge changes it.
        [other-court] Moving does not move your court case. Keep going to the same court unless the judge changes it.
       *[other] { "" }
    }

## update-address-court

step-update-address-court-title = Give the immigration court your new address
step-update-address-court-body = { $track ->
        [asylum-court] Do this before you give USCIS your new address, because a judge has your case. USCIS mails your notices to the address the court has.
        [other-court] Do this before you give USCIS your new address, because a judge has your case. USCIS mails your notices to the address the court has.
       *[other] If a judge has your case, do this before you give USCIS your new address. USCIS mails your notices to the address the court has.
    } Fill out Form EOIR-33. Send it to the immigration court within { $eoir33-days } work days after you move. Send a copy to the government lawyer on your case. This lawyer works for ICE. Keep a copy for yourself. Moving does not move your court case.

## follow-court-instructions

step-follow-court-instructions-title = Follow the court's fingerprint instructions
step-follow-court-instructions-body = The judge or the government lawyer may have given you written steps for fingerprints. The government lawyer is the ICE lawyer on your case. These steps are sometimes called "pre-order instructions." Look for them in the papers from the court. Do just what they say. Do you have no steps, and no notice? Then call USCIS. Also tell the government lawyer before your hearing.

## contact-government-lawyer

step-contact-government-lawyer-title = Tell the government lawyer
step-contact-government-lawyer-body = { $track ->
        [not-sure] Does a judge have your case? Then read this step.
       *[other] { "" }
    } The government lawyer works for ICE, on the other side of your court case. ICE means Immigration and Customs Enforcement. Its lawyers work in the Office of the Principal Legal Advisor. Find the office's phone number on the ICE website. { $situation ->
        [appointment-upcoming] After your appointment, give this office a copy of your stamped notice. Is your appointment after your hearing date? Or do you not know the date? Then tell the office now.
        [attended] Give this office a copy of your stamped notice. It shows that your fingerprints are done.
       *[other] Tell this office that your fingerprints are not done yet. Say what you did to get them done.
    } If you write to them, keep a copy.

## tell-the-judge

step-tell-the-judge-title = Tell the judge what you did
step-tell-the-judge-body = { $track ->
        [not-sure] Does a judge have your case? Then read this step.
       *[other] { "" }
    } { $situation ->
        [appointment-upcoming] Bring your stamped notice to your hearing. It proves your fingerprints are done. Is your appointment after your hearing date? Or do you not know the date? Then tell the judge now, in writing. Keep a copy.
        [attended] Bring your stamped notice to your hearing. It proves your fingerprints are done.
       *[other] Before your hearing, or at it, tell the judge that you tried to get your fingerprints done. Bring proof of what you did, like your call notes, letters and notices. The judge may set a deadline for fingerprints. If you miss it without a good reason, the judge can treat your application as abandoned. This means the judge acts as if you gave it up.
    }

## respond-to-letter

step-respond-to-letter-title = { $letter ->
        [rfe] Answer the Request for Evidence
        [noid] Answer the Notice of Intent to Deny
       *[other] Find the deadline on each letter today
    }
step-respond-to-letter-body = { $letter ->
        [rfe] USCIS sent you a Request for Evidence, or RFE. It asks for more information before USCIS decides.
        [noid] USCIS sent you a Notice of Intent to Deny, or NOID. USCIS plans to deny your application. You must answer by the deadline.
       *[other] You may have a letter from USCIS with a deadline. Read each letter from USCIS today. Look for a date to answer by.
    } The letter says what USCIS needs and the date to answer by. The date printed on the letter is the one that counts. Answer in the way the letter says, before that date. Keep a copy of your answer and proof that you sent it. Get legal help now.

## motion-to-reopen

step-motion-to-reopen-title = { $track ->
        [asylum-uscis] Get legal help with the decision now
        [asylum-court] Get legal help with the decision now
        [other-court] Get legal help with the decision now
       *[other] Ask USCIS to reopen your case
    }
step-motion-to-reopen-body = { $letter ->
        [denied] { $track ->
            [not-sure] If USCIS made the decision, read this step.
           *[other] { "" }
        }
       *[other] Did a letter say that USCIS denied your application? Then read this step.
    } { $track ->
        [asylum-uscis] Talk to a legal helper right away. After a denial for a missed appointment, your case may be sent to immigration court. Then you get a Notice to Appear. Deadlines can be short. Bring the decision and all your notices.
        [asylum-court] A judge decides your case, so the next step shows your choices. Talk to a legal helper right away.
        [other-court] A judge decides your case, so the next step shows your choices. Talk to a legal helper right away.
       *[other] You cannot appeal a denial for a missed appointment. But you can ask USCIS to open your case again. This is called a motion to reopen. You use Form I-290B for it, and there is a fee. USCIS must get it within { $motion-days } days of the decision. If the decision came by mail, you have { $motion-days-mailed } days. The motion must show that the decision was wrong. For example, you asked for a new date in time, or the notice went to a wrong address. A good reason alone is rarely enough. You may also be able to apply again. If USCIS made the mistake, you can also ask the Contact Center for a service request. Act fast, and get legal help now.
    }

## get-legal-help

step-get-legal-help-title = Get free or low-cost legal help
step-get-legal-help-body = { $situation ->
        [court-hearing-soon] Your hearing is soon, so look for help now.
        [missed-with-letter] Your letter may have a deadline, so look for help now.
        [denied] Your time to act is short, so look for help now.
       *[other] { $hearing-soon ->
            [yes] Your hearing may be soon, so look for help now.
           *[other] You do not have to do this alone.
        }
    } The immigration court has a list of free legal service providers. Nonprofit groups can help too. Look for groups that the Department of Justice has approved. Some of their staff are "accredited representatives." They are allowed to give legal help. Never pay a "notario." A notario is not a lawyer and cannot give legal advice. Bring all your notices.

## find-your-case

step-find-your-case-title = Find out where your case is
step-find-your-case-body = Look in your papers for a receipt notice from USCIS. It is Form I-797C, and it has a receipt number. Use that number to check your case status on the USCIS website. That page does not show court cases. Next, look for your A-Number. It starts with the letter A. With it, call the immigration court line at { $eoir-line }, or use the court's online case status. This tells you if a judge has your case. Then get legal help, and bring your papers.
step-appeal-to-board-title = Ask for a judge's decision to be looked at again
step-appeal-to-board-body = { $track ->
        [asylum-court] { $letter ->
            [denied] { "" }
           *[other] Did a judge decide your case? Then read this step.
        }
        [other-court] { $letter ->
            [denied] { "" }
           *[other] Did a judge decide your case? Then read this step.
        }
       *[other] Did a judge decide your case? Then read this step.
    } Talk to a legal helper right away. The judge may have ordered you to leave the US. You have two ways to fight the decision. You can appeal to the Board of Immigration Appeals on Form EOIR-26. The Board must get it within { $board-appeal-days } days of the decision. Or you can ask the judge to reopen your case. This is called a motion to reopen. Form I-290B is not used for a judge's decision.
