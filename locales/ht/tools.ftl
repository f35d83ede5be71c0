# Beyond the plan: letter deadlines (and their questions), the calendar file,
# the call sheet and the resume code. $date is written out in the language;
# $days is a whole number of days.

## letter-deadline (asked after an RFE or NOID; optional)
q-letter-deadline-title = Ki dat limit ki ekri sou lèt la?
q-letter-deadline-hint = Chèche dat pou reponn anvan li a. Souvan li toupre anlè oswa nan fen lèt la.
q-letter-deadline-summary = Dat limit sou lèt la
q-letter-deadline-error = Ekri dat limit ki sou lèt la, oswa chwazi "Mwen pa ka jwenn dat la"
q-letter-deadline-opt-not-sure = Mwen pa ka jwenn dat la
q-letter-deadline-opt-not-sure-hint = N ap toujou montre ou sa pou ou fè. Yon moun ki bay èd legal ka chèche dat la avè ou.

## decision-date (asked after a denial, outside asylum cases; optional)
q-decision-date-title = Ki dat desizyon an?
q-decision-date-hint = Dat la ekri sou lèt ki refize aplikasyon ou a.
q-decision-date-summary = Dat desizyon an
q-decision-date-error = Ekri dat desizyon an, oswa chwazi "Mwen pa ka jwenn dat la"
q-decision-date-opt-not-sure = Mwen pa ka jwenn dat la
q-decision-date-opt-not-sure-hint = N ap toujou montre ou sa pou ou fè. Yon moun ki bay èd legal ka chèche dat la avè ou.

## decision-mailed (asked when the decision date is known; optional)
q-decision-mailed-title = Èske desizyon an te rive jwenn ou pa lapòs?
q-decision-mailed-hint = Yon desizyon yo voye pa lapòs ba ou { $motion-days-mailed } jou olye de { $motion-days }.
q-decision-mailed-summary = Desizyon an te rive pa lapòs
q-decision-mailed-error = Chwazi si desizyon an te rive pa lapòs, oswa "Mwen pa sèten"
q-decision-mailed-opt-yes = Wi, pa lapòs
q-decision-mailed-opt-yes-hint = Li te rive nan yon anvlòp USCIS.
q-decision-mailed-opt-no = Non
q-decision-mailed-opt-no-hint = Pa egzanp, ou te resevwa l an pèsòn oswa sèlman sou entènèt.
q-decision-mailed-opt-not-sure = Mwen pa sèten
q-decision-mailed-opt-not-sure-hint = N ap sèvi ak dat limit ki pi bonè a, pou pi sèten.

## The deadline inside its step: deadline-<step-id>-<upcoming|today|passed>
deadline-respond-to-letter-upcoming = Dat limit ou se { $date }. { $days ->
       *[other] Sa rete { $days } jou apati jodi a.
    } Repons ou dwe rive nan men USCIS anvan dat sa a. Lapòs ka pran yon semèn, kidonk voye l bonè.
deadline-respond-to-letter-today = Dat limit ou se jodi a, { $date }. Reponn jodi a, jan lèt la di a.
deadline-respond-to-letter-passed = Dat limit ou te { $date }. { $days ->
       *[other] Sa gen { $days } jou depi li pase.
    } Si USCIS pa t resevwa repons ou alè, li ka deside san li. Li ka refize aplikasyon ou. Si ou te voye repons ou, kenbe prèv ou. Jwenn èd legal kounye a.
deadline-motion-to-reopen-upcoming = Dènye jou ou se { $date }. { $days ->
       *[other] Sa rete { $days } jou apati jodi a.
    } USCIS dwe resevwa mosyon ou anvan dat sa a.
deadline-motion-to-reopen-today = Jodi a, { $date }, se dènye jou ou. USCIS dwe resevwa mosyon ou jodi a.
deadline-motion-to-reopen-passed = Dènye jou ou te { $date }. { $days ->
       *[other] Sa gen { $days } jou depi li pase.
    } USCIS ka toujou aksepte yon mosyon an reta, men sèlman si ou montre reta a te rezonab epi ou pa t gen kontwòl sou li. Jwenn èd legal kounye a.
deadline-appeal-to-board-upcoming = Dènye jou ou se { $date }. { $days ->
       *[other] Sa rete { $days } jou apati jodi a.
    } Komisyon Apèl pou Imigrasyon (BIA) dwe resevwa apèl ou anvan dat sa a. Jwenn èd legal kounye a.
deadline-appeal-to-board-today = Jodi a, { $date }, se dènye jou ou. Komisyon Apèl pou Imigrasyon (BIA) dwe resevwa apèl ou jodi a. Jwenn èd legal kounye a.
deadline-appeal-to-board-passed = Dènye jou ou te { $date }. { $days ->
       *[other] Sa gen { $days } jou depi li pase.
    } Tan pou fè apèl la ka fini. Yon avoka ka petèt toujou jwenn yon fason. Jwenn èd legal kounye a.
checklist-deadline-respond-to-letter = Reponn lèt la pita pita { $date }
checklist-deadline-motion-to-reopen = Depoze mosyon an pita pita { $date }
checklist-deadline-appeal-to-board = Komisyon an dwe resevwa apèl ou pita pita { $date }

## Calendar file (.ics)
calendar-link = Mete dat yo nan kalandriye ou
calendar-hint = Yon fichye pou kalandriye telefòn ou, ak rapèl.
calendar-appointment-summary = Randevou anprent dwèt (USCIS)
calendar-appointment-description = Lè a ak adrès la sou avi ou a. Pote avi ou ak pyès idantite ou. Rive { $arrive-minutes } minit bonè.
calendar-reminder = Pote avi ou ak pyès idantite ou; rive { $arrive-minutes } minit bonè.
calendar-reschedule-summary = Chanje dat la anvan { $date }
calendar-reschedule-description = Mande USCIS yon nouvo dat anvan randevou ou. Plan ou nan Huella montre kijan.
calendar-deadline-respond-to-letter-summary = Dat limit: repons ou dwe rive nan men USCIS
calendar-deadline-motion-to-reopen-summary = Dènye jou: USCIS dwe resevwa mosyon ou
calendar-deadline-appeal-to-board-summary = Dènye jou: Komisyon an dwe resevwa apèl ou
calendar-deadline-description = Se dat ou te tape apati lèt ou a. Tcheke l sou lèt la. Jwenn èd legal.

## Call sheet (a printable page for calling the Contact Center)
call-sheet-link = Enprime yon fèy apèl
call-sheet-title = Fèy apèl: Sant Kontak USCIS
call-sheet-lead = Kenbe paj sa a bò telefòn nan lè w ap rele. Ekri sa k pase.
call-sheet-numbers-heading = Nimewo pou rele
call-sheet-say-heading = Sa pou ou di
call-sheet-ready-heading = Gen bagay sa yo pare
call-sheet-reason-heading = Rezon ou ak prèv ou
call-sheet-reason-body = Si ou pa ka ale oswa ou pa t ale, di poukisa an kèk mo. Di ki prèv ou genyen, tankou yon papye doktè.
call-sheet-notes-heading = Ekri
call-sheet-notes-date = Dat apèl la
call-sheet-notes-time = Lè apèl la
call-sheet-notes-agent = Non ajan an oswa nimewo idantite li
call-sheet-notes-said = Sa yo te di
call-sheet-notes-next = Sa ou dwe fè apre

## Resume code
resume-code-heading = Kòd ou pou tounen
resume-code-body = Avèk kòd sa a, ou ka wè repons ou yo sou yon lòt telefòn oswa yon lòt òdinatè. Ale sou { $address } epi tape kòd la. Kenbe l sekrè: nenpòt moun ki gen kòd la ka wè repons ou yo. Li sispann mache lè repons ou yo efase.
resume-title = Tounen nan repons ou yo
resume-lead = Tape kòd ki sou paj rezilta ou oswa sou lis verifikasyon ou.
resume-label = Kòd ou
resume-hint = 16 lèt ak chif, pa egzanp 7KQM-4TXP-AHJ3-WCRY. Ti lèt ak espas pa gen pwoblèm.
resume-button = Louvri repons mwen yo
resume-error-empty = Ekri kòd ou
resume-error-shape = Yon kòd gen 16 lèt ak chif, tankou 7KQM-4TXP-AHJ3-WCRY
resume-error-unknown = Nou pa ka jwenn kòd sa a. Tcheke l epi eseye ankò. Kòd yo sispann mache lè repons yo efase.
privacy-resume-heading = Kòd ou pou tounen
privacy-resume-body = Paj rezilta ou montre yon kòd. Li louvri repons ou yo sou yon lòt aparèy. Nou pa kenbe kòd la. Kenbe l sekrè: nenpòt moun ki gen kòd la ka wè repons ou yo. Pou anpeche moun devine l, Huella pèmèt sèlman kèk esè chak minit.

## appointment-time (asked when the appointment date is known and to come; optional)
q-appointment-time-title = A ki lè randevou ou?
q-appointment-time-hint = Lè a sou avi randevou ou. Nou sèvi ak li pou nou fè ou sonje nan kalandriye ou.
q-appointment-time-summary = Lè randevou a
q-appointment-time-error = Ekri lè randevou ou, oswa chwazi "Mwen pa konnen lè a"
q-appointment-time-opt-not-sure = Mwen pa konnen lè a
q-appointment-time-opt-not-sure-hint = Sa pa fè anyen. Gade avi ou anvan ou ale.
time-label = Lè
time-example = Pa egzanp, 9:30 a.m. oswa 2:00 p.m.
time-error-invalid = Ekri yon lè ki egziste, tankou 9:30 a.m. oswa 14:00
time-error-mixed = Ou ekri yon lè epi ou chwazi "Mwen pa konnen lè a." Chwazi yon sèl.
# $hour (0-23) and $hour12 (1-12) are numbers, $minute is two digits, $period is am or pm.
time-of-day = { $hour12 }:{ $minute } { $period ->
        [am] a.m.
       *[other] p.m.
    }
date-and-time = { $date }, a { $time }

## Calendar file: the given time, online closing, counted deadlines
calendar-appointment-description-timed = Adrès la sou avi ou a. Pote avi ou ak pyès idantite ou. Rive { $arrive-minutes } minit bonè.
calendar-reschedule-online-description = Chanje dat la nan kont USCIS ou anvan { $date }. Apre sa, zouti sou entènèt la fèmen: rele USCIS.
deadline-counted = Huella kalkile dat sa a: { $days } jou apre dat desizyon an, { $date }. Tcheke l ak yon moun ki bay èd legal.

## Call sheet: blanks and the phone line's languages
call-sheet-blanks-heading = Nimewo ou yo
call-sheet-blank-appointment = Dat randevou
call-sheet-language-heading = Lang ou nan telefòn
call-sheet-language-tip = Liy telefòn nan pale angle ak panyòl: pou panyòl, chwazi l nan meni an. Pou yon lòt lang, mande yon entèprèt: di non lang ou an angle, pa egzanp "Haitian Creole." Ou ka mande yon moun ou fè konfyans ede ou ak apèl la tou.
