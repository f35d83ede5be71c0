# Page and component texts.

## Layout

site-name = Huella
site-tagline = Èd pou randevou anprent dwèt ou ak USCIS
skip-link = Ale dirèkteman nan kontni prensipal la
page-title = { $title } - Huella
page-title-error = Erè: { $title } - Huella
nav-start-again = Rekòmanse
footer-not-legal-advice = Huella bay enfòmasyon jeneral. Se pa konsèy legal.
footer-private = Nou pa mande non ou ni Nimewo A ou (A-Number).

## Start page

start-title = Prepare pou randevou anprent dwèt ou ak USCIS
start-lead = Huella ede ou ak randevou anprent dwèt ou, yo rele l tou randevou byometri (biometrics appointment). Reponn kèk kesyon, epi w ap resevwa yon plan ak etap pou ou fè apre.
start-need-heading = Anvan ou kòmanse
start-need-body = Gen lèt USCIS oswa tribinal imigrasyon an voye ba ou yo avè ou, si ou genyen yo. Ou ka kòmanse san yo tou.
start-time = Sa pran anviwon 3 minit. Gen sèlman kèk kesyon.
start-private-heading = Repons ou yo prive
start-private-body = Nou pa mande non ou ni Nimewo A ou (A-Number). Nou kenbe repons ou yo pou ou ka tounen nan plan ou. Pou efase yo, chwazi "Rekòmanse" anba paj la. Huella bay enfòmasyon jeneral, se pa konsèy legal.
start-button = Kòmanse kounye a

## Question pages

back-link = Tounen
continue-button = Kontinye
error-summary-title = Gen yon pwoblèm
date-month = Mwa
date-day = Jou
date-year = Ane
date-or = oswa
date-example = Pa egzanp: 12 25 2026 (mwa 12, jou 25, ane 2026)
date-error-incomplete = Dat la dwe gen yon mwa, yon jou ak yon ane
date-error-not-number = Dat la dwe gen chif sèlman
date-error-year-digits = Ane a dwe gen 4 chif
date-error-not-real = Dat la dwe yon dat ki egziste. Pa egzanp, pa gen 30 fevriye.
date-error-out-of-range = Ekri yon dat ki gen yon ane ant { $min-year } ak { $max-year }
date-error-mixed = Ou ekri yon dat epi ou chwazi "Mwen pa konnen dat la." Chwazi yon sèl.

## Check your answers

check-title = Tcheke repons ou yo
check-intro = Gade repons ou yo ankò. Pou chanje youn, chwazi "Chanje" bò kote l.
check-change = Chanje
check-continue = Wè sa pou ou fè

## Result

result-title = Sa pou ou fè kounye a
result-steps-heading = Etap ou yo, nan lòd
result-step-label = Etap { $number }
result-call-label = Rele
result-tty-label = TTY, pou moun ki soud oswa ki pa tande byen
result-say-label = Sa pou ou di
result-ready-label = Gen sa pare
result-sources-label = { $count ->
   *[other] Sous:
 }
checklist-phone-label = { $label }:
# Between two sources in a list, and after the last one.
result-sources-separator = { "; " }
result-sources-end = .
result-reviewed = Dènye revizyon: { $date }
result-bring-heading = Sa pou ou pote
result-glossary-heading = Mo pou ou konnen
result-help-heading = Èd legal gratis
result-help-body = Yon avoka oswa yon reprezantan ki akredite ka gade pwòp ka ou. Anpil òganizasyon san bi likratif bay èd gratis oswa ki pa koute chè. Atansyon: Ozetazini, yon "notary public" pa menm bagay ak yon notè ann Ayiti. Li sèlman sèvi kòm temwen lè moun ap siyen papye. Ni yon notary public, ni yon "konsiltan imigrasyon", pa avoka: yo pa ka ba ou konsèy legal ni reprezante ou. Pa janm peye yo pou èd legal.
legal-help-eoir-providers = Lis tribinal imigrasyon an bay moun ak òganizasyon ki bay sèvis legal gratis
legal-help-nonprofit-directory = Jwenn yon òganizasyon san bi likratif ki bay èd legal toupre ou
result-disclaimer-heading = Sa a se pa konsèy legal
result-disclaimer = Huella bay enfòmasyon jeneral. Se pa konsèy legal. Pale ak yon avoka oswa yon reprezantan ki akredite sou pwòp ka ou.
result-print-link = Enprime yon lis verifikasyon
result-change-link = Chanje repons ou yo

## Printable checklist

checklist-title = Lis verifikasyon pou randevou anprent dwèt ou
checklist-made = Fèt nan dat { $date }
checklist-key-dates-heading = Dat enpòtan
checklist-appointment = Randevou: { $date }
checklist-appointment-unknown = Randevou: dat la sou lèt ou a
checklist-phones-heading = Nimewo telefòn
checklist-steps-heading = Etap ou yo
checklist-bring-heading = Sa pou ou pote
checklist-print-hint = Sèvi ak meni "Print" (Enprime) navigatè ou pou enprime paj sa a.
checklist-back = Tounen nan plan ou
checklist-notes-heading = Nòt sou apèl ou yo
checklist-notes-date = Dat ak lè
checklist-notes-agent = Non ajan an oswa nimewo idantite li
checklist-notes-said = Sa yo te di

## Errors

error-not-found-title = Nou pa jwenn paj la
error-not-found-body = Nou pa ka jwenn paj sa a. Tcheke adrès entènèt la, oswa rekòmanse.
error-bad-request-title = Gen yon bagay ki pa mache ak repons ou
error-bad-request-body = Nou pa t ka li sa yo voye a. Tounen dèyè epi eseye ankò.
error-too-large-title = Ou voye twòp bagay
error-too-large-body = Sa ou voye a twò gwo pou nou li. Tounen dèyè epi eseye ankò.
error-too-slow-title = Paj la pran twòp tan pou li voye
error-too-slow-body = Repons ou pa t rive jwenn nou alè. Koneksyon an ka lan. Tounen dèyè epi eseye ankò.
error-server-title = Eskize nou, gen yon pwoblèm bò kote nou
error-server-body = Repons ou yo sove. Eseye ankò nan yon minit.
error-home-link = Ale nan paj kòmansman an

## API errors (read by partner developers)

api-error-unknown-question = Id kesyon nou pa konnen: { $field }
api-error-bad-value = Kesyon { $field } la pa aksepte valè sa a
api-error-bad-date = { $field } dwe yon dat YYYY-MM-DD oswa not-sure
api-error-bad-body = Kò a dwe yon objè JSON ki gen yon objè answers
api-error-bad-today = today dwe yon dat YYYY-MM-DD ki pa plis pase 5 an lwen dat sèvè a
api-error-too-large = Kò demann lan twò gwo
api-error-too-slow = Kò demann lan pa t rive alè
api-error-content-type = Kò a dwe voye kòm Content-Type: application/json
api-error-duplicate-key = JSON lan gen menm kle a de fwa: { $field }
date-error-decision-in-future = Dat sa a apre jodi a. Ekri dat ki sou desizyon an.
date-error-decision-before-appointment = Dat sa a anvan randevou ou. Ekri dat ki sou desizyon an.
date-error-deadline-before-appointment = Dat sa a anvan randevou ou te rate a, epi lèt la te vini apre. Ekri dat pou reponn ki enprime sou lèt la.
date-error-new-appointment-passed = Dat sa a pase deja, kidonk se randevou ou te rate a. Tounen nan kesyon sou dat randevou ou a epi ekri dat sa a la.
api-error-bad-now = now dwe yon dat ak lè lokal YYYY-MM-DDTHH:MM, nan menm jou ak today

## The review pack (/review), for a lawyer or accredited representative

review-title = Dosye revizyon pou yon moun k ap revize kontni legal la
review-intro = Paj sa a montre chak enstriksyon Huella ka bay, ak sous li yo, ak chak plan règ li yo ka fè. Li pa gen repons pèsonn. Enprime l, tcheke chak etap ak sous li yo, epi ekri non ou ak dat la bò kote sa ou apwouve.
review-due = { $count ->
        [0] Pa gen okenn etap k ap tann revizyon (yo chak te revize nan { $days } dènye jou yo).
       *[other] { $count } etap te revize dènye fwa sa gen plis pase { $days } jou. Yo parèt an premye.
    }
review-steps-heading = Chak etap, ak chak fason li ekri
review-due-mark = Revizyon an reta:
review-reviewed = Dènye revizyon
review-reviewed-by = Revize pa:
review-nobody = pèsonn poko.
review-plans-heading = Chak plan règ yo ka fè
review-plans-line = { $plans } plan diferan, apati { $answer-sets } seri repons konplè. Chak plan montre konbyen seri repons ki mennen ladan l.
review-example = Yon seri repons ki mennen isit la
review-watch-heading = Règ pou veye
review-checked = dènye fwa yo tcheke
review-watch-steps = Etap pou tcheke si li chanje:

## The checklist as a desk tool, and the Print button
checklist-answers-heading = Repons ou yo
checklist-reschedule-online = Dènye moman pou chanje dat la sou entènèt: { $date }
checklist-reschedule-by = Dènye jou pou mande yon nouvo dat: { $date }
checklist-walk-in-until = Dènye jou pou eseye ale nan ASC a san randevou (si ou vle): { $date }
checklist-blanks-heading = Ekri bagay sa yo
checklist-blank-receipt = Nimewo resi
checklist-blank-a-number = Nimewo A (A-Number)
checklist-blank-asc = Adrès ASC a
checklist-legal-help-heading = Èd legal gratis oswa ki pa koute chè
print-button = Enprime paj sa a
# What to do on each step, in one line, with what to type or say.
checklist-do-attend-appointment = Ale nan ASC ki sou avi ou a, nan dat la ak a lè li montre a.
checklist-do-bring-documents = Mete bagay ki nan "Sa pou ou pote" yo ansanm depi aswè anvan an.
checklist-do-arrive-early = Rive la { $arrive-minutes } minit anvan lè ou.
checklist-do-reschedule-online = Sou my.uscis.gov: "Menu" (oswa "My Account"), apre sa "Reschedule Biometrics."
checklist-do-call-contact-center = Rele { $contact-center } (TTY { $contact-center-tty }). Gen nimewo resi ou ak Nimewo A ou (A-Number) pare.
checklist-do-walk-in-asc = Sèlman apre ou fin rele: ale nan ASC a ak avi ou ak pyès idantite ou. Mande: "Èske nou ka pran anprent dwèt mwen jodi a?"
checklist-do-explain-good-cause = Di rezon ou nan yon sèl fraz. Kenbe prèv, tankou yon papye doktè.
checklist-do-keep-proof = Ekri chak apèl anba a. Kenbe chak avi, ak sa ki gen so a.
checklist-do-check-case-status = Sou paj "Case Status" USCIS la, tape nimewo resi ou. Tcheke chak semèn.
checklist-do-wait-for-notice = Tcheke lapòs ou ak kont USCIS ou chak semèn.
checklist-do-update-address = Chanje adrès ou ak USCIS nan { $ar11-days } jou (Fòm AR-11 ak chak ka).
checklist-do-update-address-court = Voye Fòm EOIR-33 bay tribinal la nan { $eoir33-days } jou travay, ak yon kopi bay avoka gouvènman an.
checklist-do-follow-court-instructions = Fè sa etap alekri pou anprent dwèt jij la oswa avoka gouvènman an te bay yo di.
checklist-do-contact-government-lawyer = { $track ->
        [not-sure] Si yon jij gen ka ou: di avoka gouvènman an (ICE) ki kote anprent dwèt ou ye. Kenbe yon kopi.
       *[other] Di avoka gouvènman an (ICE) ki kote anprent dwèt ou ye. Kenbe yon kopi.
    }
checklist-do-tell-the-judge = { $track ->
        [not-sure] Si yon jij gen ka ou: di jij la sa nan odyans ou oswa anvan. Pote prèv sa ou fè.
       *[other] Di jij la sa nan odyans ou oswa anvan. Pote prèv sa ou fè.
    }
checklist-do-respond-to-letter = { $letter ->
        [rfe] Reponn jan lèt la di a, anvan dat limit li. Kenbe yon kopi ak prèv ou te voye l.
        [noid] Reponn jan lèt la di a, anvan dat limit li. Kenbe yon kopi ak prèv ou te voye l.
       *[other] Li chak lèt USCIS voye ba ou jodi a. Si youn ladan yo gen yon dat pou reponn, reponn jan li di a anvan dat sa a. Kenbe yon kopi ak prèv ou te voye l.
    }
checklist-do-motion-to-reopen = { $track ->
        [asylum-uscis] Pale ak yon moun ki bay èd legal kounye a. Apre refi sa a, yo ka voye ka ou nan tribinal imigrasyon.
        [not-sure] Si se USCIS ki pran desizyon an: depoze Fòm I-290B pita pita dènye jou ou. Jwenn èd legal anvan.
       *[other] Depoze Fòm I-290B pita pita dènye jou ou. Jwenn èd legal anvan.
    }
checklist-do-get-legal-help = Kontakte yon moun ki bay èd legal nan lis anba a. Pote tout papye ou yo.
checklist-do-find-your-case = Gade chak lèt ou genyen. Chèche yon nimewo resi oswa non yon tribinal.
checklist-do-appeal-to-board = { $track ->
        [not-sure] Si se yon jij ki pran desizyon an: Komisyon an dwe resevwa Fòm EOIR-26 pita pita dènye jou ou. Jwenn èd legal kounye a.
       *[other] Komisyon an dwe resevwa Fòm EOIR-26 pita pita dènye jou ou. Jwenn èd legal kounye a.
    }

## Date entry: a date far ahead, and the language switch on a question
date-confirm-title = Èske sa kòrèk?
date-confirm-far = Ou tape { $date }. Sa plis pase yon ane apati kounye a. Tcheke dat la sou lèt ou a. Si li kòrèk, peze bouton an ankò.
date-confirm-button = Wi, dat sa a kòrèk
date-error-one-box = Tape mwa a, jou a ak ane a chak nan pwòp bwat pa yo, oswa tout dat la nan yon sèl bwat, tankou 12/25/2026
language-switch-label = Li kesyon sa a nan:
watch-proposed-biometrics-rule-2025-note = 90 FR 49062 (novanm 2025): yon estanda "sikonstans ekstraòdinè" (extraordinary circumstances) pou eskize yon randevou ou rate, ak byometri nan nenpòt laj. Li pa t final lè yo tcheke l.
watch-annual-asylum-fee-note = Frè chak ane pou yon demann azil k ap tann. Gid la pa bay okenn kantite lajan; tcheke lis frè yo anvan ou site yon kantite.
watch-status-proposed = pwopoze, poko an vigè
watch-status-in-force-may-change = an vigè; kantite lajan an ak fason yo ranmase l ka chanje


## "Do this first" on the result page

first-heading = Fè sa anvan
first-call = Rele
first-by-time = Anvan { $time }, { $date }
first-by-day = Pita pita { $date }
first-before-appointment-time = Anvan lè randevou ou, { $date }
first-before-day = Anvan { $date }
first-on = Nan dat { $date }
first-today = Jodi a
first-this-week = Semèn sa a
urgency-before-time = Fè sa anvan { $time }, { $date }
reschedule-until-online = Zouti sou entènèt la fèmen { $online-limit-hours } èdtan anvan randevou ou. Fè sa anvan { $time }, { $date }.
reschedule-until-phone = Rele anvan lè randevou ou: anvan { $time }, { $date }.
reschedule-by-day = Fè sa pita pita { $date }.
walk-in-until = Dènye jou pou ale san randevou se { $date }.
result-sources-summary = Sous ak dènye revizyon

## Places a step sends people to (links)

place-my-uscis = Louvri kont USCIS ou (my.uscis.gov)
place-case-status = Tcheke estati ka ou sou sit entènèt USCIS la
place-change-address = Chanje adrès ou ak USCIS
place-eoir-33 = Fòm EOIR-33: chanje adrès ou ak tribinal la
place-eoir-case-status = Enfòmasyon sou ka nan tribinal imigrasyon sou entènèt
place-i-290b = Fòm I-290B sou sit entènèt USCIS la
place-eoir-appeal = Kijan pou fè apèl kont desizyon yon jij
place-ice-opla = Jwenn biwo avoka gouvènman an (ICE)
place-legal-providers = Moun ak òganizasyon ki bay sèvis legal gratis toupre ou

## Take your plan along

take-along-qr = Eskane kòd sa a ak yon telefòn pou louvri fòmilè a ak kòd ou deja ladan l. Apre sa, peze "Louvri repons mwen yo".
take-along-sms = Voye l ba tèt ou nan yon mesaj tèks
take-along-email = Voye l ba tèt ou nan yon imèl
take-along-subject = Plan Huella ou
take-along-message = Plan Huella ou. Pou wè l ankò, louvri { $address } epi peze "Louvri repons mwen yo". Kòd ou: { $code }. { $dates }

## When you are done, and pages that ask before deleting

finish-heading = Lè ou fini
desk-hint = Nan yon biwo èd oswa sou yon òdinatè plizyè moun itilize, efase plan sa a pou pwochen moun nan pa ka wè l. Kòd ou a ap sispann mache.
desk-button = Fini: efase pou pwochen moun nan
confirm-start-again-title = Rekòmanse?
confirm-start-again-body = Sa efase tout repons ou yo ak plan ou. Apre sa, ou tounen nan kòmansman an.
confirm-start-again-button = Wi, efase repons mwen yo epi rekòmanse
confirm-delete-title = Efase repons ou yo?
confirm-delete-body = Sa efase tout repons ou yo ak plan ou nan Huella kounye a. Si ou bezwen lis verifikasyon ou a, enprime l oswa sove l anvan.
confirm-delete-button = Wi, efase repons mwen yo
confirm-code-stops = Kòd ou pou tounen an ap sispann mache.
confirm-cancel = Non, tounen nan plan mwen
