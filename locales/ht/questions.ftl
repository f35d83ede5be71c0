# Questions, in the order of shared/CONTRACT.md.
# For each: q-<id>-title (the page's h1), -hint, -summary (check answers table),
# -error (nothing chosen), and -opt-<value> / -opt-<value>-hint for every value.

## case-type

q-case-type-title = Ki kalite ka ou genyen?
q-case-type-hint = Gade papye ou te voye oswa ou te resevwa yo. Chwazi repons ki pi byen koresponn.
q-case-type-summary = Kalite ka
q-case-type-error = Chwazi ki kalite ka ou genyen
q-case-type-opt-asylum-uscis = Azil ak USCIS
q-case-type-opt-asylum-uscis-hint = Ou te voye fòm azil ou (Fòm I-589) bay USCIS. Pa gen okenn jij ki gen ka ou.
q-case-type-opt-asylum-court = Azil nan tribinal imigrasyon
q-case-type-opt-asylum-court-hint = Yon jij gen ka ou. Ou mande azil nan tribinal, ak Fòm I-589.
q-case-type-opt-other-uscis = Yon lòt aplikasyon ak USCIS
q-case-type-opt-other-uscis-hint = Pa egzanp, yon green card, sitwayènte oswa yon pèmi travay.
q-case-type-opt-not-sure = Mwen pa sèten
q-case-type-opt-not-sure-hint = Sa pa fè anyen. N ap montre ou kijan pou ou konnen.

## hearing

q-hearing-title = Kilè odyans endividyèl ou ak jij la ye?
q-hearing-hint = Se odyans kote jij la deside ka ou. Yo rele l tou odyans "merits" oswa odyans "final". Dat la sou avi odyans tribinal la voye ba ou a.
q-hearing-summary = Odyans endividyèl
q-hearing-error = Chwazi kilè odyans endividyèl ou ye
q-hearing-opt-within-60-days = Nan 60 jou k ap vini yo
q-hearing-opt-within-60-days-hint = Anviwon 2 mwa apati jodi a, oswa pi bonè.
q-hearing-opt-later = Plis pase 60 jou apati kounye a
q-hearing-opt-later-hint = Odyans lan nan plis pase anviwon 2 mwa.
q-hearing-opt-none = Mwen poko gen dat pou li
q-hearing-opt-none-hint = Tribinal la poko fikse odyans sa a.
q-hearing-opt-not-sure = Mwen pa sèten
q-hearing-opt-not-sure-hint = Gade dènye avi tribinal la voye ba ou. Si ou toujou pa konnen, chwazi sa a. Pou pi sèten, n ap konsidere odyans lan tankou li byento.

## notice

q-notice-title = Èske ou resevwa yon lèt ki gen randevou anprent dwèt ou?
q-notice-hint = Lèt sa a rele yon avi randevou. USCIS voye l ba ou pa lapòs. Li montre dat, lè ak kote pou ou bay anprent dwèt ou ak foto ou.
q-notice-summary = Lèt randevou
q-notice-error = Chwazi si ou resevwa yon lèt randevou
q-notice-opt-yes = Wi
q-notice-opt-yes-hint = Mwen gen lèt la ak dat randevou mwen.
q-notice-opt-no = Non
q-notice-opt-no-hint = Mwen pa resevwa l.
q-notice-opt-not-sure = Mwen pa sèten
q-notice-opt-not-sure-hint = Pa egzanp, ou gen lèt USCIS, men ou pa konnen kiyès li ye.

## receipt

q-receipt-title = Èske ou resevwa yon avi resi pou aplikasyon ou?
q-receipt-hint = USCIS voye l pa lapòs apre li resevwa aplikasyon ou. Se Fòm I-797C. Li gen yon nimewo resi ki kòmanse ak twa lèt, tankou IOE oswa MSC. Pou azil ak USCIS, li ka kòmanse ak Z, tankou ZLA.
q-receipt-summary = Avi resi
q-receipt-error = Chwazi si ou resevwa yon avi resi
q-receipt-opt-yes = Wi
q-receipt-opt-yes-hint = Mwen gen yon avi resi.
q-receipt-opt-no = Non
q-receipt-opt-no-hint = Mwen poko resevwa youn.
q-receipt-opt-not-sure = Mwen pa sèten
q-receipt-opt-not-sure-hint = Chèche yon lèt USCIS ki gen mo "Receipt Notice" sou li.

## waited

q-waited-title = Depi konbyen tan ou te voye aplikasyon ou?
q-waited-hint = Si ou gen yon avi resi, konte apati dat ki sou avi resi a pito.
q-waited-summary = Tan ou tann
q-waited-error = Chwazi konbyen tan ou tann
q-waited-opt-under-2-months = Mwens pase 2 mwa
q-waited-opt-under-2-months-hint = Mwens pase anviwon 8 semèn.
q-waited-opt-2-to-3-months = 2 a 3 mwa
q-waited-opt-2-to-3-months-hint = Anviwon 8 a 13 semèn.
q-waited-opt-over-3-months = Plis pase 3 mwa
q-waited-opt-over-3-months-hint = Plis pase anviwon 13 semèn.
q-waited-opt-not-sure = Mwen pa sèten
q-waited-opt-not-sure-hint = Ou pa konnen kilè yo te voye l. N ap ede ou jwenn repons lan.

## appointment-date

q-appointment-date-title = Ki dat randevou ou?
q-appointment-date-hint = Dat la sou avi randevou ou.
q-appointment-date-summary = Dat randevou
q-appointment-date-error = Ekri dat randevou ou, oswa chwazi "Mwen pa konnen dat la"
q-appointment-date-opt-not-sure = Mwen pa konnen dat la
q-appointment-date-opt-not-sure-hint = Pa egzanp, ou pèdi avi a oswa ou pa ka li l.

## appointment-passed

q-appointment-passed-title = Èske lè randevou a deja pase?
q-appointment-passed-hint = Gade lè ki sou avi randevou ou. Èske lè sa a deja pase?
q-appointment-passed-summary = Lè randevou a pase
q-appointment-passed-error = Chwazi si lè randevou a pase
q-appointment-passed-opt-yes = Wi, lè a pase
q-appointment-passed-opt-yes-hint = Lè randevou a deja fini.
q-appointment-passed-opt-no = Non, poko
q-appointment-passed-opt-no-hint = Lè randevou a poko rive.
q-appointment-passed-opt-not-sure = Mwen pa sèten
q-appointment-passed-opt-not-sure-hint = N ap montre ou kijan pou ou konnen.

## attended

q-attended-title = Èske ou te ale nan randevou ou?
q-attended-hint = Sa vle di ou te ale nan ASC a, biwo ki sou avi ou a, epi yo te pran anprent dwèt ou.
q-attended-summary = Te ale nan randevou a
q-attended-error = Chwazi si ou te ale nan randevou a
q-attended-opt-yes = Wi, mwen te ale
q-attended-opt-yes-hint = Yo te pran anprent dwèt mwen.
q-attended-opt-no = Non, mwen pa t ale
q-attended-opt-no-hint = Mwen rate l, pou nenpòt rezon.
q-attended-opt-not-sure = Mwen pa sèten
q-attended-opt-not-sure-hint = Pa egzanp, w ap ede yon lòt moun epi ou pa konnen.

## missed-recently

q-missed-recently-title = Èske ou rate l gen { $walk-in-days } jou oswa mwens?
q-missed-recently-hint = Konte jou yo depi dat randevou a rive jodi a.
q-missed-recently-summary = Rate l gen { $walk-in-days } jou oswa mwens
q-missed-recently-error = Chwazi si ou rate l gen { $walk-in-days } jou oswa mwens
q-missed-recently-opt-yes = Wi
q-missed-recently-opt-yes-hint = Sa gen { $walk-in-days } jou oswa mwens.
q-missed-recently-opt-no = Non
q-missed-recently-opt-no-hint = Sa gen plis pase { $walk-in-days } jou.
q-missed-recently-opt-not-sure = Mwen pa sèten
q-missed-recently-opt-not-sure-hint = Ou pa konnen kilè randevou a te ye.

## letter

q-letter-title = Èske ou resevwa yon lèt USCIS oswa tribinal la depi ou te rate l?
q-letter-hint = Gade mo ki anlè chak lèt USCIS oswa tribinal la voye ba ou.
q-letter-summary = Lèt USCIS oswa tribinal la
q-letter-error = Chwazi ki lèt ou resevwa, oswa "Pa gen lèt"
q-letter-opt-none = Pa gen lèt
q-letter-opt-none-hint = Anyen nan men USCIS ni tribinal la depi randevou ou te rate a.
q-letter-opt-rfe = Demann pou Prèv (Request for Evidence)
q-letter-opt-rfe-hint = Yo rele l tou yon "RFE." USCIS mande plis enfòmasyon anvan yon sèten dat.
q-letter-opt-noid = Avi Entansyon pou Refize (Notice of Intent to Deny)
q-letter-opt-noid-hint = Yo rele l tou yon "NOID." USCIS gen plan pou refize aplikasyon ou si ou pa reponn.
q-letter-opt-denied = Yon desizyon ki refize aplikasyon mwen
q-letter-opt-denied-hint = Lèt la di yo refize aplikasyon ou. Oswa yon jij pran yon desizyon nan ka ou.
q-letter-opt-not-sure = Mwen pa sèten
q-letter-opt-not-sure-hint = Ou resevwa yon lèt men ou pa konnen kisa li ye. Kenbe l. N ap montre ou ki kote pou ou jwenn èd.

## can-attend

q-can-attend-title = Èske ou ka ale nan dat ak lè sa a?
q-can-attend-hint = Fè tout sa ou kapab pou ou ale. Si ou rate l, USCIS ka refize aplikasyon ou.
q-can-attend-summary = Ka ale nan randevou a
q-can-attend-error = Chwazi si ou ka ale nan randevou a
q-can-attend-opt-yes = Wi, mwen ka ale
q-can-attend-opt-yes-hint = M ap ale nan dat ak lè ki sou avi mwen an.
q-can-attend-opt-no = Non, mwen pa ka ale
q-can-attend-opt-no-hint = Pa egzanp, ou malad oswa ou pa gen mwayen pou ou rive la.
q-can-attend-opt-not-sure = Mwen poko sèten
q-can-attend-opt-not-sure-hint = N ap montre ou kijan pou ou pwoteje ka ou.

## within-12-hours

q-within-12-hours-title = Èske randevou ou nan { $online-limit-hours } èdtan k ap vini yo?
q-within-12-hours-hint = Sa chanje fason ou ka mande yon nouvo dat.
q-within-12-hours-summary = Nan { $online-limit-hours } èdtan
q-within-12-hours-error = Chwazi si randevou a nan { $online-limit-hours } èdtan k ap vini yo
q-within-12-hours-opt-yes = Wi
q-within-12-hours-opt-yes-hint = Li nan { $online-limit-hours } èdtan oswa mwens apati kounye a.
q-within-12-hours-opt-no = Non
q-within-12-hours-opt-no-hint = Li nan plis pase { $online-limit-hours } èdtan apati kounye a.
q-within-12-hours-opt-not-sure = Mwen pa sèten
q-within-12-hours-opt-not-sure-hint = Pou pi sèten, n ap konsidere li nan { $online-limit-hours } èdtan.

## reschedules

q-reschedules-title = Konbyen fwa yo chanje randevou sa a pou yon nouvo dat?
q-reschedules-hint = Konte chak fwa yo te chanje dat randevou sa a, swa se ou menm, swa se USCIS.
q-reschedules-summary = Konbyen fwa yo chanje dat la
q-reschedules-error = Chwazi konbyen fwa yo chanje dat randevou a
q-reschedules-opt-0 = Pa janm
q-reschedules-opt-0-hint = Se premye dat mwen te resevwa a.
q-reschedules-opt-1 = Yon fwa
q-reschedules-opt-1-hint = Yo chanje l yon sèl fwa.
q-reschedules-opt-2-or-more = 2 fwa oswa plis
q-reschedules-opt-2-or-more-hint = Yo chanje l de fwa, oswa plis.
q-reschedules-opt-not-sure = Mwen pa sèten
q-reschedules-opt-not-sure-hint = Pou pi sèten, n ap konsidere li tankou 2 fwa oswa plis.

## online-account

q-online-account-title = Èske ou gen yon kont USCIS sou entènèt, oswa èske ou ka kreye youn?
q-online-account-hint = Se yon kont myUSCIS, sou my.uscis.gov. Ou bezwen yon adrès imèl pou kreye youn.
q-online-account-summary = Kont USCIS sou entènèt
q-online-account-error = Chwazi si ou gen oswa si ou ka kreye yon kont USCIS sou entènèt
q-online-account-opt-yes = Wi
q-online-account-opt-yes-hint = Mwen gen youn, oswa mwen ka kreye youn kounye a.
q-online-account-opt-no = Non
q-online-account-opt-no-hint = Mwen pa ka sèvi ak yon kont sou entènèt.
q-online-account-opt-not-sure = Mwen pa sèten
q-online-account-opt-not-sure-hint = N ap montre ou kijan pou ou mande pa telefòn.

## photo-id

q-photo-id-title = Èske ou gen yon pyès idantite ak foto ki valid, tankou yon paspò?
q-photo-id-hint = Valid vle di li pa ekspire.
q-photo-id-summary = Pyès idantite ak foto ki valid
q-photo-id-error = Chwazi si ou gen yon pyès idantite ak foto ki valid
q-photo-id-opt-yes = Wi
q-photo-id-opt-yes-hint = Pa egzanp, yon paspò ki pa ekspire.
q-photo-id-opt-no = Non
q-photo-id-opt-no-hint = Sa pa fè anyen. N ap montre ou ki lòt bagay pou ou pote.

## moved

q-moved-title = Èske ou demenaje depi ou te aplike?
q-moved-hint = USCIS ak tribinal la voye lèt pa lapòs nan adrès yo genyen pou ou a.
q-moved-summary = Demenaje depi aplikasyon an
q-moved-error = Chwazi si ou demenaje depi ou te aplike
q-moved-opt-yes = Wi, mwen demenaje
q-moved-opt-yes-hint = Kounye a mwen rete nan yon lòt adrès.
q-moved-opt-no = Non
q-moved-opt-no-hint = Mwen rete nan menm adrès la.
q-moved-opt-not-sure = Mwen pa sèten
q-moved-opt-not-sure-hint = Pa egzanp, ou pa konnen ki adrès ki sou aplikasyon ou.
q-case-type-opt-other-court = Yon lòt ka nan tribinal imigrasyon
q-case-type-opt-other-court-hint = Yon jij gen ka ou, epi ou mande yon lòt bagay. Pa egzanp, anilasyon depòtasyon (cancellation of removal) oswa yon green card devan jij la.
q-letter-opt-new-appointment = Yon nouvo avi randevou
q-letter-opt-new-appointment-hint = USCIS voye yon nouvo dat ba ou pou anprent dwèt ou.
q-attended-opt-turned-away = Mwen te ale, men yo pa t pran anprent dwèt mwen
q-attended-opt-turned-away-hint = Pa egzanp, yo voye ou ale oswa yo di ou tounen yon lòt lè.
q-new-appointment-date-title = Ki dat nouvo randevou ou?
q-new-appointment-date-hint = Dat la sou nouvo avi randevou ou.
q-new-appointment-date-summary = Dat nouvo randevou
q-new-appointment-date-error = Ekri dat nouvo randevou ou, oswa chwazi "Mwen pa konnen dat la"
q-new-appointment-date-opt-not-sure = Mwen pa konnen dat la
q-new-appointment-date-opt-not-sure-hint = Pa egzanp, ou pa ka jwenn nouvo avi a.
