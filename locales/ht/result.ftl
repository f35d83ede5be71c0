# Result texts: where the person stands, how urgent it is, what to bring,
# words to know, sources and phone labels.

## Situations: one sentence that says where the person stands.

situation-waiting-for-receipt = Ou poko gen avi resi, men li toujou bonè, kidonk veye lapòs ou.
situation-receipt-overdue = Avi resi ou an an reta, kidonk li lè pou ou mande USCIS pou li.
situation-waiting-for-notice = W ap tann lèt ki gen dat randevou anprent dwèt ou.
situation-notice-overdue = Lèt randevou ou ta dwe rive deja, kidonk li lè pou ou mande USCIS pou li.
situation-court-hearing-soon = Odyans tribinal ou ka byento epi yo poko pran anprent dwèt ou, kidonk aji kounye a.
situation-case-unknown = Ou pa sèten ki kote ka ou ye, kidonk premye etap la se chèche konnen.
situation-appointment-upcoming = { $has-date ->
        [yes] Randevou anprent dwèt ou se { $date }, epi ou gen plan pou ou ale.
       *[other] Ou gen yon randevou anprent dwèt k ap vini, epi ou gen plan pou ou ale.
    }
situation-attendance-undecided = Ou gen yon randevou anprent dwèt, men ou pa sèten si ou ka ale.
situation-must-reschedule = Ou pa ka ale jou sa a, kidonk mande yon nouvo dat anvan lè randevou ou.
situation-timing-unknown = Ou pa sèten si lè randevou ou pase, kidonk chèche konnen sa anvan.
situation-attended = Ou te ale nan randevou ou, kidonk ou pa bezwen chanje dat.
situation-attendance-unknown = Ou pa sèten si yo te pran anprent dwèt ou, kidonk chèche konnen sa anvan.
situation-missed = Ou rate randevou ou, men ou ka toujou mande yon nouvo dat, kidonk aji kounye a.
situation-missed-with-letter = { $letter ->
        [rfe] Ou rate randevou ou, epi USCIS voye yon Demann pou Prèv (RFE) ba ou ki gen yon dat limit.
        [noid] Ou rate randevou ou, epi USCIS voye yon Avi Entansyon pou Refize (NOID) ba ou ki gen yon dat limit.
       *[other] Ou rate randevou ou, epi USCIS ka te voye yon lèt ba ou ki gen yon dat limit.
    }
situation-denied = { $track ->
        [asylum-uscis] Yo refize aplikasyon ou apre randevou ou te rate a, kidonk jwenn èd legal touswit.
        [asylum-court] Yo pran yon desizyon nan ka ou apre randevou ou te rate a, kidonk jwenn èd legal touswit.
        [other-court] Yo pran yon desizyon nan ka ou apre randevou ou te rate a, kidonk jwenn èd legal touswit.
        [not-sure] Yo refize aplikasyon ou apre randevou ou te rate a, kidonk jwenn èd legal touswit.
       *[other] USCIS refize aplikasyon ou, men ou ka petèt mande USCIS pou li relouvri ka ou.
    }

## Urgency banners

urgency-today = Fè sa jodi a
urgency-before-date = { $has-date ->
        [yes] Fè sa anvan { $date }
       *[other] Fè sa anvan randevou ou
    }
urgency-on-date = { $has-date ->
        [yes] Randevou ou se { $date }
       *[other] Ale nan dat ki sou avi ou a
    }
urgency-this-week = Fè sa semèn sa a
urgency-wait = Pa gen anyen pou fè kounye a, sof tann

## What to bring

bring-appointment-notice = Avi randevou ou, enprime sou papye.
bring-family-notices = Si moun nan fanmi ou resevwa pwòp avi pa yo, pote chak avi. Chak moun ki resevwa yon avi dwe ale.
bring-photo-id = Yon pyès idantite ak foto ki valid, tankou paspò ou.
bring-other-id = { $photo-id ->
        [no] Ou pa gen pyès idantite ak foto ki valid, kidonk pote sa ou genyen.
       *[other] Si ou pa gen pyès idantite ak foto ki valid, pote sa ou genyen.
    } Sa ka yon ak nesans (batistè), yon kat lekòl oswa yon kat idantite ki ekspire. Sa ka yon kopi oswa yon foto yon pyès idantite. Sa ka yon papye imigrasyon ki gen foto ou sou li.
bring-leave-behind = Pa pote manje, zam oswa kamera.

## Words to know

glossary-biometrics-term = Byometri (biometrics)
glossary-biometrics-def = Anprent dwèt ou, foto ou ak siyati ou. USCIS pran yo pou verifye kiyès ou ye epi pou fè verifikasyon sou dosye ou (background checks).
glossary-asc-term = ASC (Application Support Center, Sant Sipò pou Aplikasyon)
glossary-asc-def = Biwo USCIS kote yo pran anprent dwèt ou ak foto ou. Avi ou a di nan ki ASC pou ou ale.
glossary-uscis-term = USCIS
glossary-uscis-def = U.S. Citizenship and Immigration Services (Sèvis Sitwayènte ak Imigrasyon Etazini). Se biwo gouvènman an ki deside anpil aplikasyon imigrasyon.
glossary-receipt-notice-term = Avi resi (Receipt Notice)
glossary-receipt-notice-def = Yon lèt USCIS ki di li resevwa aplikasyon ou. Se Fòm I-797C.
glossary-receipt-number-term = Nimewo resi (receipt number)
glossary-receipt-number-def = Nimewo ki sou avi resi ou. Li kòmanse ak twa lèt, pa egzanp IOE, MSC, oswa pou azil ZLA. Sèvi ak li pou tcheke ka ou sou entènèt.
glossary-a-number-term = Nimewo A (A-Number)
glossary-a-number-def = Nimewo imigrasyon ou. Li kòmanse ak lèt A. Ou ka jwenn li sou anpil nan papye imigrasyon ou yo.
glossary-myuscis-term = Kont USCIS sou entènèt (myUSCIS)
glossary-myuscis-def = Kont ou sou sit entènèt USCIS, sou my.uscis.gov. Ou ka wè avi ou yo la epi mande yon nouvo dat pou randevou.
glossary-contact-center-term = Sant Kontak USCIS (USCIS Contact Center)
glossary-contact-center-def = Liy telefòn USCIS, nan { $contact-center }. Ou ka rele pou mande yon nouvo dat pou randevou.
glossary-tty-term = TTY
glossary-tty-def = Yon sèvis telefòn pou moun ki soud oswa ki pa tande byen. Nimewo TTY USCIS la se { $contact-center-tty }.
glossary-good-cause-term = Bon rezon (good cause)
glossary-good-cause-def = Yon bon rezon ki fè ou pa ka ale nan randevou ou, tankou si ou malad. USCIS mande l lè ou mande yon nouvo dat.
glossary-rfe-term = Demann pou Prèv (Request for Evidence, RFE)
glossary-rfe-def = Yon lèt USCIS ki mande plis enfòmasyon. Li gen yon dat limit pou ou reponn.
glossary-noid-term = Avi Entansyon pou Refize (Notice of Intent to Deny, NOID)
glossary-noid-def = Yon lèt ki di USCIS gen plan pou refize aplikasyon ou. Ou dwe reponn li anvan dat ki ekri sou li a.
glossary-abandonment-term = Abandon (abandonment)
glossary-abandonment-def = Lè USCIS oswa yon jij trete aplikasyon ou tankou si ou te lage l. Si ou rate randevou anprent dwèt ou, sa ka rive.
glossary-motion-to-reopen-term = Mosyon pou relouvri (motion to reopen)
glossary-motion-to-reopen-def = Yon demann ou fè bay USCIS pou li gade ka ou ankò apre yon refi. Ou fè l sou Fòm I-290B, epi li gen yon dat limit ki kout.
glossary-ar-11-term = Fòm AR-11
glossary-ar-11-def = Fòm pou bay USCIS nouvo adrès ou. Ou dwe di USCIS sa nan { $ar11-days } jou apre ou demenaje. Zouti chanjman adrès USCIS sou entènèt la konte kòm fòm sa a.
glossary-eoir-33-term = Fòm EOIR-33
glossary-eoir-33-def = Fòm pou bay tribinal imigrasyon an nouvo adrès ou. Ou dwe voye l nan { $eoir33-days } jou travay apre ou demenaje.
glossary-immigration-court-term = Tribinal imigrasyon (immigration court)
glossary-immigration-court-def = Yon tribinal kote yon jij deside ka imigrasyon, tankou azil. Li fè pati Depatman Jistis Etazini (Department of Justice), se pa USCIS.
glossary-government-lawyer-term = Avoka gouvènman an
glossary-government-lawyer-def = Avoka ICE ki sou bò gouvènman an nan ka tribinal ou a. Avoka sa a travay nan Biwo Konseye Legal Prensipal la (Office of the Principal Legal Advisor).
glossary-individual-hearing-term = Odyans endividyèl (individual hearing)
glossary-individual-hearing-def = Odyans tribinal kote jij la deside ka ou. Yo rele l tou odyans "merits" oswa odyans "final".
glossary-case-status-term = Estati ka (case status)
glossary-case-status-def = Ki kote aplikasyon ou ye kounye a. Ou ka tcheke l sou sit entènèt USCIS ak nimewo resi ou.

## Sources: the titles of the pages cited under each step.

source-uscis-biometrics = USCIS: Prepare pou randevou sèvis byometri ou
source-uscis-policy-manual = Manyèl Politik USCIS (Policy Manual): pran byometri ak chanje dat randevou
source-uscis-contact-center = USCIS: Sant Kontak (Contact Center)
source-uscis-case-status = USCIS: Estati Ka sou Entènèt (Case Status Online)
source-uscis-online-account = USCIS: Kreye yon kont USCIS sou entènèt
source-uscis-change-address = USCIS: Kijan pou chanje adrès ou
source-uscis-i-290b = USCIS: Fòm I-290B, Avi Apèl oswa Mosyon (Notice of Appeal or Motion)
source-cfr-103-2 = 8 CFR 103.2: Règ pou aplikasyon yo, ak abandon
source-cfr-103-5 = 8 CFR 103.5: Mosyon pou relouvri oswa pou rekonsidere
source-eoir-33 = Tribinal imigrasyon: Fòm EOIR-33, chanjman adrès
source-eoir-case-status = Tribinal imigrasyon: Enfòmasyon otomatik sou ka
source-eoir-legal-providers = Tribinal imigrasyon: Lis moun ak òganizasyon ki bay sèvis legal gratis (pro bono)
source-ice-opla = ICE: Biwo Konseye Legal Prensipal la (OPLA), biwo lokal yo
source-asap-faq = Asylum Seeker Advocacy Project: Kesyon yo poze souvan sou byometri
source-seed-missed-2024 = Atik yon kabinè avoka: Sa k rive si ou rate randevou byometri ou (2024)
source-seed-reschedule = Atik yon kabinè avoka: Kijan pou chanje dat yon randevou byometri
source-seed-green-card = Atik yon kabinè avoka: Byometri rate nan yon ka green card
source-seed-online-tool-2023 = Nouvèl yon kabinè avoka: Zouti USCIS sou entènèt pou chanje dat byometri (2023)

## Phone numbers: the label shown next to each number.

phone-contact-center = Sant Kontak USCIS
phone-contact-center-tty = Sant Kontak USCIS, TTY pou moun ki soud oswa ki pa tande byen
phone-eoir-line = Liy enfòmasyon sou ka nan tribinal imigrasyon
situation-first = Kòmanse ak etap 1: { $step }.
situation-notice-unknown = Ou pa sèten si yon avi pou anprent dwèt te rive, kidonk chèche konnen jodi a.
situation-turned-away = Ou te ale, men yo pa t pran anprent dwèt ou, kidonk mande yon nouvo dat kounye a.
glossary-board-appeal-term = Komisyon Apèl pou Imigrasyon (Board of Immigration Appeals, BIA)
glossary-board-appeal-def = Tribinal ki gade desizyon imigrasyon yon jij ankò. Ou mande l sa sou Fòm EOIR-26.
glossary-advance-parole-term = Advance parole (pèmi pou vwayaje)
glossary-advance-parole-def = Yon pèmi pou vwayaje. San li, si ou kite Etazini, sa ka fini yon ka azil oswa yon ka green card.
source-eoir-appeal = Tribinal imigrasyon: Fè apèl kont desizyon yon jij imigrasyon
source-cfr-1003-23 = 8 CFR 1003.23: Mosyon pou relouvri devan tribinal imigrasyon
source-cfr-1003-38 = 8 CFR 1003.38: Apèl devan Komisyon Apèl pou Imigrasyon (BIA)
source-uscis-eoir-benefits = USCIS: Benefis imigrasyon nan ka ki nan tribinal imigrasyon
source-cfr-208-7 = 8 CFR 208.7: Pèmi travay pou moun ki mande azil
source-cfr-208-8 = 8 CFR 208.8: Kite Etazini pandan demann azil la ap tann
source-cfr-245-2 = 8 CFR 245.2: Kite Etazini pandan yon ka green card ap tann
source-cis-ombudsman = DHS CIS Ombudsman: kesyon ak repons sou Sant Kontak USCIS la (2021)
source-fr-2025-biometrics = Federal Register, 90 FR 49062: pwopozisyon règ sou byometri (2025)
source-uscis-fees = USCIS: Lis frè yo (Fòm G-1055)
source-asylum-receipt-prefixes = Gid: nimewo resi biwo azil yo
source-huella-review-2026 = Revizyon kontni legal Huella (2026)
