# Steps of a plan: step-<step-id>-title, step-<step-id>-body,
# and for call-contact-center also -say and -ready.
# Every instruction traces to shared/DOMAIN.md or a seed article.
# Facts that change (phone numbers, limits, days) are variables from content/guide.toml.
# Readability: python3 tools/readability.py locales/en (every body variant at grade 6 or below).

## attend-appointment

step-attend-appointment-title = Ale nan randevou anprent dwèt ou
step-attend-appointment-body = { $has-date ->
        [yes] Randevou ou se { $date }. Ale a lè ki sou avi ou a.
       *[other] Avi ou a montre dat ak lè randevou ou. Ale jou sa a, a lè sa a.
    } Ale nan ASC ki sou avi ou a. ASC vle di Application Support Center (Sant Sipò pou Aplikasyon). Se biwo kote yo pran anprent dwèt ou ak foto ou. { $situation ->
        [attendance-undecided] Fè tout sa ou kapab pou ou ale. Si ou vrèman pa ka ale, mande yon nouvo dat anvan lè randevou a. Pwochen etap yo montre ou kijan.
       *[other] Toujou ale. Si ou rate l, USCIS ka refize aplikasyon ou.
    } { $track ->
        [asylum-uscis] Si ou rate l san yon bon rezon, yo sispann konte jou pou pèmi travay ou. Pèmi travay ou ka vin pi ta.
        [asylum-court] Si ou rate l san yon bon rezon, yo sispann konte jou pou pèmi travay ou. Pèmi travay ou ka vin pi ta.
       *[other] { "" }
    } Èske ou gen yon lòd pou kite Etazini, oswa yon dosye kriminèl? Lè sa a, pale ak yon moun ki bay èd legal anvan randevou a. Pa jis rate l. Pèsonn pa ka pwomèt ou pa gen danje si ou ale.

## bring-documents

step-bring-documents-title = Pare papye ou yo
step-bring-documents-body = { $photo-id ->
        [yes] Pote avi randevou ou sou papye. Pote pyès idantite ak foto ou, tankou paspò ou.
        [no] Pote avi randevou ou sou papye. Ou pa gen yon pyès idantite ak foto ki valid. Sa pa fè anyen. Pote papye ou genyen yo.
       *[other] Pote avi randevou ou sou papye. Pote yon pyès idantite ak foto ki valid, tankou yon paspò. Si ou pa genyen youn, pote papye ou genyen yo.
    } Lis "Sa pou ou pote" a montre chak bagay pou ou pote. Èske yon timoun gen pwòp avi pa li? Lè sa a, timoun nan dwe ale tou, ak yon granmoun.

## arrive-early

step-arrive-early-title = Rive { $arrive-minutes } minit bonè
step-arrive-early-body = Planifye pou ou rive nan ASC a { $arrive-minutes } minit anvan lè randevou ou. Avi ou a montre adrès la. Kite manje, zam ak kamera lakay ou. Pa pote yo nan ASC a.

## reschedule-online

step-reschedule-online-title = Mande yon nouvo dat sou entènèt
step-reschedule-online-body = Fè sa anvan lè randevou ou. Antre nan kont USCIS ou sou my.uscis.gov, oswa kreye yon kont la. Sou yon telefòn, peze "Menu," apre sa "Account actions," apre sa "Reschedule Biometrics." Sou yon òdinatè, klike sou "My Account," apre sa "Reschedule Biometrics." Sa mache sèlman si randevou ou nan plis pase { $online-limit-hours } èdtan. Li mache sèlman tou si yo te chanje dat randevou a mwens pase { $online-limit-reschedules } fwa anvan. Si zouti a pa kite ou fè l, rele { $contact-center } pito. Nouvo avi ou a ap parèt nan kont ou. Enprime l epi pote l nan nouvo randevou ou.

## call-contact-center

step-call-contact-center-title = Rele Sant Kontak USCIS la
step-call-contact-center-body = Rele { $contact-center }. Si ou soud oswa ou pa tande byen, rele liy TTY a, { $contact-center-tty }. Ou ka tann lontan, kidonk rele bonè nan jounen an. Meni telefòn nan ka chanje, kidonk koute tout chwa yo. { $situation ->
        [missed] Di yo ou rate randevou ou. Di yo poukisa, epi mande yon nouvo dat.
        [turned-away] Di yo ou te ale, men yo pa t pran anprent dwèt ou. Di yo sa k te pase, epi mande yon nouvo dat.
        [missed-with-letter] Di yo ou rate randevou ou. Di yo poukisa, epi mande yon nouvo dat. Apèl sa a pa ranplase repons ou dwe bay pou lèt la.
        [attendance-unknown] Mande si USCIS gen anprent dwèt ou. Si yo pa genyen, di yo ou rate randevou a epi poukisa. Apre sa, mande yon nouvo dat.
        [must-reschedule] Rele anvan lè randevou ou. Di yo poukisa ou pa ka ale, epi mande yon nouvo dat. { $urgency ->
            [today] Si pèsonn pa reponn alè, ale nan randevou a si ou kapab ditou. Ekri chak fwa ou te rele.
           *[other] { "" }
        }
        [attendance-undecided] Si ou pa ka ale, rele anvan lè randevou ou. Di yo poukisa, epi mande yon nouvo dat. Si pèsonn pa reponn alè, ale si ou kapab ditou.
        [receipt-overdue] Di yo ou te voye aplikasyon ou, men ou poko gen avi resi. Mande yo pou yo tcheke.
        [notice-overdue] Mande yo tcheke si USCIS te voye yon avi pou anprent dwèt ba ou. Si li te voye l, mande yo voye l ankò. Si li pa t voye l, mande yo fè yon demann sèvis (service request). Yo pa ka fikse yon premye randevou pa telefòn.
        [court-hearing-soon] Di yo ka ou nan tribinal imigrasyon epi odyans ou byento. Mande yo tcheke si gen yon avi pou anprent dwèt. Si pa genyen, mande yon demann sèvis (service request). Yo pa ka fikse yon premye randevou pa telefòn.
        [case-unknown] Mande yo tcheke si USCIS te voye yon avi pou anprent dwèt ba ou. Si li pa t voye l, mande yon demann sèvis (service request).
        [notice-unknown] Mande yo tcheke si USCIS te voye yon avi pou anprent dwèt ba ou. Mande si dat la pase. Apre sa, mande sa ou dwe fè kounye a.
        [timing-unknown] Mande si randevou ou te deja fèt. Si li poko fèt epi ou ka ale, ale. Si ou pa ka ale, mande yon nouvo dat. Si li fin pase, mande sa ou dwe fè kounye a.
        [appointment-upcoming] Mande yo tcheke randevou ou: dat la, lè a ak kote a. Si ou pa gen avi a, mande yo voye l ankò.
       *[other] Mande pou yo chanje dat randevou anprent dwèt ou.
    } Mande nimewo referans apèl ou a.
step-call-contact-center-say = { $situation ->
        [receipt-overdue] Mande pou pale ak yon moun. Apre sa, di: "Mwen te voye aplikasyon mwen. Mwen poko gen avi resi."
        [notice-overdue] Mande pou pale ak yon moun. Apre sa, di: "Mwen poko resevwa avi randevou byometri mwen. Tanpri tcheke ka mwen."
        [case-unknown] Mande pou pale ak yon moun. Apre sa, di: "Mwen poko resevwa yon avi randevou byometri. Tanpri tcheke ka mwen."
        [notice-unknown] Mande pou pale ak yon moun. Apre sa, di: "Mwen pa sèten si mwen te resevwa yon avi randevou byometri. Tanpri tcheke ka mwen."
        [court-hearing-soon] Mande pou pale ak yon moun. Apre sa, di: "Ka mwen nan tribinal imigrasyon. Odyans mwen byento. Mwen pa gen avi randevou byometri. Tanpri tcheke ka mwen."
        [timing-unknown] Di: "Reschedule biometrics appointment." (Sa vle di: chanje dat randevou byometri.) Apre sa, di: "Mwen pa sèten si randevou mwen deja pase."
        [attendance-unknown] Di: "Reschedule biometrics appointment." (Sa vle di: chanje dat randevou byometri.) Apre sa, di: "Mwen pa sèten si mwen te ale nan randevou mwen."
        [missed] Di: "Reschedule biometrics appointment." (Sa vle di: chanje dat randevou byometri.) Apre sa, di: "Mwen rate randevou mwen paske..." epi bay rezon ou.
        [turned-away] Di: "Reschedule biometrics appointment." (Sa vle di: chanje dat randevou byometri.) Apre sa, di: "Mwen te ale nan randevou mwen, men yo pa t pran anprent dwèt mwen."
        [missed-with-letter] Di: "Reschedule biometrics appointment." (Sa vle di: chanje dat randevou byometri.) Apre sa, di: "Mwen rate randevou mwen paske..." epi bay rezon ou.
        [appointment-upcoming] Mande pou pale ak yon moun. Apre sa, di: "Tanpri tcheke randevou byometri mwen: dat la, lè a ak kote a."
       *[other] Di: "Reschedule biometrics appointment." (Sa vle di: chanje dat randevou byometri.) Apre sa, di: "Mwen pa ka ale paske..." epi bay rezon ou.
    }
step-call-contact-center-ready = { $situation ->
        [receipt-overdue] Dat ou te voye aplikasyon ou pa lapòs ak nimewo swivi a (tracking number), si ou genyen yo. Nimewo A ou (A-Number), si ou genyen youn. Yon plim ak papye.
        [notice-overdue] Avi resi ou ak nimewo resi ou. Nimewo A ou (A-Number), si ou genyen youn. Yon plim ak papye.
        [court-hearing-soon] Avi resi ou ak nimewo resi ou, si ou genyen youn. Nimewo A ou (A-Number). Avi odyans ou. Yon plim ak papye.
        [case-unknown] Nenpòt avi USCIS oswa tribinal la voye ba ou. Nimewo A ou (A-Number), si ou genyen youn. Yon plim ak papye.
        [notice-unknown] Chak lèt USCIS voye ba ou. Nimewo A ou (A-Number), si ou genyen youn. Yon plim ak papye.
        [appointment-upcoming] Avi resi ou ak nimewo resi ou. Nimewo A ou (A-Number), si ou genyen youn. Yon plim ak papye.
       *[other] Nimewo resi ou. Li sou avi ou yo. Nimewo A ou (A-Number), si ou genyen youn. Avi randevou ou. Yon plim ak papye.
    }

## walk-in-asc

step-walk-in-asc-title = Si ou vle: ale nan ASC a an pèsòn
step-walk-in-asc-body = Etap sa a se an plis. Fè l sèlman apre ou fin rele. Ale byento, nan { $walk-in-days } jou apre dat ou te rate a. Ale nan ASC ki sou avi ou a. Pote avi a ak pyès idantite ou. Èske ou gen yon lòd pou kite Etazini, oswa yon dosye kriminèl? Lè sa a, pale ak yon moun ki bay èd legal anvan ou ale. Esplike sa k te pase. Mande si yo ka pran anprent dwèt ou jodi a. Yo pa oblije di wi. Si yo di wi, mande yo mete so sou avi ou. Si yo di non, demann ou te fè nan apèl telefòn nan toujou konte.

## explain-good-cause

step-explain-good-cause-title = Esplike rezon ou
step-explain-good-cause-body = USCIS vle yon bon rezon. Yo rele sa "good cause" (bon rezon). Men kèk egzanp USCIS bay. Ou malad, oswa ou gen yon vizit kay doktè oswa lopital. Yon vwayaj ou te planifye anvan. Yon maryaj, yon antèman oswa yon gradyasyon. Ou pa gen mwayen pou ou rive la. Ou pa ka jwenn konje nan travay, oswa nan swen ou bay yon moun. Yon avi ki rive an reta, oswa ki pa janm rive. Fè atansyon ak vwayaj: si ou mande azil oswa yon green card, pa kite Etazini san yon pèmi pou vwayaje. Pèmi sa a rele advance parole. Si ou pati san li, ou ka pèdi ka ou. { $route ->
        [online] Fòm sou entènèt la mande rezon ou.
        [phone] Di ajan an rezon ou nan telefòn.
       *[other] Si USCIS voye yon lèt ba ou, bay rezon ou nan repons ou.
    } Jwenn prèv si ou kapab, tankou yon papye doktè, yon tikè oswa yon lèt travay ou. Kenbe yon kopi. { $track ->
        [asylum-uscis] San yon bon rezon, si ou rate yon randevou, yo sispann konte jou pou pèmi travay ou.
        [asylum-court] San yon bon rezon, si ou rate yon randevou, yo sispann konte jou pou pèmi travay ou.
       *[other] { "" }
    }

## keep-proof

step-keep-proof-title = Kenbe prèv sa ou fè
step-keep-proof-body = { $situation ->
        [attended] Kenbe avi ASC a te mete so sou li nan randevou ou. Li pwouve ou te ale. { $track ->
            [asylum-court] Pote l nan odyans ou, epi bay avoka gouvènman an (ICE) yon kopi.
            [other-court] Pote l nan odyans ou, epi bay avoka gouvènman an (ICE) yon kopi.
            [not-sure] Si yon jij gen ka ou, pote l nan odyans ou, epi bay avoka gouvènman an (ICE) yon kopi.
           *[other] { "" }
        } Kenbe tout lòt avi USCIS voye ba ou tou. Si ou rele USCIS, pran nòt. Ekri dat la, lè a, ak non ajan an oswa nimewo idantite li.
        [appointment-upcoming] Pote avi ou nan randevou a. Mande ASC a mete so sou li. Kenbe l byen apre. Li pwouve ou te ale. Kenbe tout lòt avi USCIS voye ba ou tou.
        [turned-away] Kenbe nenpòt papye ASC a te ba ou. Ekri dat la, ak ki moun ou te pale, ak poukisa yo pa t pran anprent dwèt ou. Chak fwa ou rele USCIS, ekri dat la, lè a, non ajan an oswa nimewo idantite li, ak sa li te di ou. Kenbe tout avi ak lèt USCIS voye ba ou.
       *[other] { $route ->
            [online] Pran yon foto ekran (screenshot) paj ki montre nouvo dat ou. Si ou rele USCIS tou, ekri dat la, lè a, ak non ajan an oswa nimewo idantite li.
           *[other] Chak fwa ou rele, ekri dat la ak lè a. Fè sa menm si pèsonn pa reponn. Ekri non ajan an oswa nimewo idantite li tou, ak sa li di ou. Lis verifikasyon ou enprime a gen espas pou nòt sa yo.
        } Kenbe chak avi ak chak lèt USCIS voye ba ou. Apre randevou ou, kenbe avi ASC a mete so sou li a. Li pwouve ou te ale.
    }

## check-case-status

step-check-case-status-title = Tcheke estati ka ou sou entènèt
step-check-case-status-body = Ale sou paj "Case Status Online" USCIS la. Tape nimewo resi ou. Li sou avi resi ou. Li kòmanse ak twa lèt. { $track ->
        [asylum-uscis] Pou azil ak USCIS, li ka kòmanse ak Z, pa egzanp ZLA oswa ZNK.
        [asylum-court] Paj la pa montre ka ki nan tribinal. Li ka montre avi anprent dwèt ou. Pou ka tribinal la, sèvi ak liy telefòn oswa sit entènèt tribinal la.
        [other-court] Paj la pa montre ka ki nan tribinal. Li ka montre avi anprent dwèt ou. Pou ka tribinal la, sèvi ak liy telefòn oswa sit entènèt tribinal la.
       *[other] Pa egzanp, li ka kòmanse ak IOE oswa MSC.
    } Tcheke yon fwa chak semèn. Si paj la di USCIS voye yon avi ou pa janm resevwa, rele { $contact-center }.

## wait-for-notice

step-wait-for-notice-title = { $situation ->
        [must-reschedule] Veye nouvo avi randevou ou
       *[other] Veye avi randevou ou
    }
step-wait-for-notice-body = { $situation ->
        [must-reschedule] Apre ou mande yon nouvo dat, USCIS voye yon nouvo avi randevou ba ou. Sa ka pran kèk semèn. { $route ->
            [online] Li ap parèt nan kont USCIS ou sou entènèt. Tcheke lapòs ou tou.
           *[other] Tcheke lapòs ou souvan. Tcheke kont USCIS ou sou entènèt tou, si ou genyen youn.
        } Ale nan nouvo randevou a, epi pote nouvo avi a. Toujou kenbe adrès ou a jou.
        [waiting-for-receipt] Premyèman, USCIS voye yon avi resi ba ou pa lapòs. Li montre yo resevwa aplikasyon ou. Apre sa, yo voye yon avi randevou pou anprent dwèt ou ba ou pa lapòs. Souvan li rive { $notice-weeks-min } a { $notice-weeks-max } semèn apre USCIS resevwa aplikasyon ou. { $track ->
            [asylum-uscis] Pou azil, sa ka pran plis tan.
            [asylum-court] Pou azil, sa ka pran plis tan.
           *[other] Pafwa sa pran plis tan.
        } Tcheke lapòs ou souvan. Tcheke kont USCIS ou sou entènèt tou, si ou genyen youn. Toujou kenbe adrès ou a jou. Konsa avi a ka rive jwenn ou.
       *[other] USCIS ap voye yon avi randevou ba ou pa lapòs. Li di ou dat, lè ak kote randevou anprent dwèt ou. Souvan li rive { $notice-weeks-min } a { $notice-weeks-max } semèn apre USCIS resevwa aplikasyon ou. { $track ->
            [asylum-uscis] Pou azil, sa ka pran plis tan.
            [asylum-court] Pou azil, sa ka pran plis tan.
           *[other] Pafwa sa pran plis tan.
        } Tcheke lapòs ou souvan. Tcheke kont USCIS ou sou entènèt tou, si ou genyen youn. Toujou kenbe adrès ou a jou. Konsa avi a ka rive jwenn ou.
    }

## update-address

step-update-address-title = Bay USCIS nouvo adrès ou
step-update-address-body = Ou dwe bay USCIS nouvo adrès ou nan { $ar11-days } jou apre ou demenaje. Sèvi ak zouti chanjman adrès sou sit entènèt USCIS la. Li konte kòm Fòm AR-11. Li chanje adrès la tou sou chak ka ou genyen ki louvri. Ou ka voye Fòm AR-11 sou papye pito. Men lè sa a, ou dwe chanje adrès la tou sou chak ka ki louvri. Èske yon avi te ale nan ansyen adrès ou? Sa ka ranje, men sèlman apre yo fin ranje adrès ou. { $track ->
        [asylum-court] Lè ou demenaje, ka tribinal ou a pa deplase. Kontinye ale nan menm tribinal la sof si jij la chanje sa.
        [other-court] Lè ou demenaje, ka tribinal ou a pa deplase. Kontinye ale nan menm tribinal la sof si jij la chanje sa.
       *[other] { "" }
    }

## update-address-court

step-update-address-court-title = Bay tribinal imigrasyon an nouvo adrès ou
step-update-address-court-body = { $track ->
        [asylum-court] Fè sa anvan ou bay USCIS nouvo adrès ou, paske yon jij gen ka ou. USCIS voye avi ou yo nan adrès tribinal la genyen an.
        [other-court] Fè sa anvan ou bay USCIS nouvo adrès ou, paske yon jij gen ka ou. USCIS voye avi ou yo nan adrès tribinal la genyen an.
       *[other] Si yon jij gen ka ou, fè sa anvan ou bay USCIS nouvo adrès ou. USCIS voye avi ou yo nan adrès tribinal la genyen an.
    } Ranpli Fòm EOIR-33. Voye l bay tribinal imigrasyon an nan { $eoir33-days } jou travay apre ou demenaje. Voye yon kopi bay avoka gouvènman an nan ka ou. Avoka sa a travay pou ICE. Kenbe yon kopi pou tèt ou. Lè ou demenaje, ka tribinal ou a pa deplase.

## follow-court-instructions

step-follow-court-instructions-title = Swiv enstriksyon tribinal la bay pou anprent dwèt
step-follow-court-instructions-body = Jij la oswa avoka gouvènman an ka te ba ou etap alekri pou anprent dwèt. Avoka gouvènman an se avoka ICE nan ka ou. Pafwa yo rele etap sa yo "pre-order instructions." Chèche yo nan papye tribinal la ba ou yo. Fè egzakteman sa yo di. Èske ou pa gen okenn etap, ni okenn avi? Lè sa a, rele USCIS. Di avoka gouvènman an sa tou anvan odyans ou.

## contact-government-lawyer

step-contact-government-lawyer-title = Di avoka gouvènman an
step-contact-government-lawyer-body = { $track ->
        [not-sure] Èske yon jij gen ka ou? Lè sa a, li etap sa a.
       *[other] { "" }
    } Avoka gouvènman an travay pou ICE, sou lòt bò ka tribinal ou a. ICE vle di Immigration and Customs Enforcement (Sèvis Imigrasyon ak Ladwàn). Avoka li yo travay nan Biwo Konseye Legal Prensipal la (Office of the Principal Legal Advisor). Chèche nimewo telefòn biwo a sou sit entènèt ICE la. { $situation ->
        [appointment-upcoming] Apre randevou ou, bay biwo sa a yon kopi avi ou ki gen so a. Èske randevou ou apre dat odyans ou? Oswa èske ou pa konnen dat la? Lè sa a, di biwo a sa kounye a.
        [attended] Bay biwo sa a yon kopi avi ou ki gen so a. Li montre yo fin pran anprent dwèt ou.
       *[other] Di biwo sa a yo poko pran anprent dwèt ou. Di sa ou fè pou yo ka pran yo.
    } Si ou ekri yo, kenbe yon kopi.

## tell-the-judge

step-tell-the-judge-title = Di jij la sa ou fè
step-tell-the-judge-body = { $track ->
        [not-sure] Èske yon jij gen ka ou? Lè sa a, li etap sa a.
       *[other] { "" }
    } { $situation ->
        [appointment-upcoming] Pote avi ou ki gen so a nan odyans ou. Li pwouve yo fin pran anprent dwèt ou. Èske randevou ou apre dat odyans ou? Oswa èske ou pa konnen dat la? Lè sa a, di jij la sa kounye a, alekri. Kenbe yon kopi.
        [attended] Pote avi ou ki gen so a nan odyans ou. Li pwouve yo fin pran anprent dwèt ou.
       *[other] Anvan odyans ou, oswa pandan odyans lan, di jij la ou te eseye fè yo pran anprent dwèt ou. Pote prèv sa ou fè, tankou nòt apèl ou yo, lèt ak avi. Jij la ka bay yon dat limit pou anprent dwèt. Si ou rate l san yon bon rezon, jij la ka trete aplikasyon ou tankou ou abandone l. Sa vle di jij la fè kòmsi ou te lage l.
    }

## respond-to-letter

step-respond-to-letter-title = { $letter ->
        [rfe] Reponn Demann pou Prèv la (RFE)
        [noid] Reponn Avi Entansyon pou Refize a (NOID)
       *[other] Chèche dat limit ki sou chak lèt jodi a
    }
step-respond-to-letter-body = { $letter ->
        [rfe] USCIS voye yon Demann pou Prèv (Request for Evidence), oswa RFE, ba ou. Li mande plis enfòmasyon anvan USCIS pran desizyon.
        [noid] USCIS voye yon Avi Entansyon pou Refize (Notice of Intent to Deny), oswa NOID, ba ou. USCIS gen plan pou refize aplikasyon ou. Ou dwe reponn anvan dat limit la.
       *[other] Ou ka gen yon lèt USCIS ki gen yon dat limit. Li chak lèt USCIS voye ba ou jodi a. Chèche yon dat pou reponn anvan li.
    } Lèt la di sa USCIS bezwen ak dat pou ou reponn. Dat ki ekri sou lèt la se li ki konte. Reponn jan lèt la di a, anvan dat sa a. Kenbe yon kopi repons ou ak prèv ou te voye l. Jwenn èd legal kounye a.

## motion-to-reopen

step-motion-to-reopen-title = { $track ->
        [asylum-uscis] Jwenn èd legal pou desizyon an kounye a
        [asylum-court] Jwenn èd legal pou desizyon an kounye a
        [other-court] Jwenn èd legal pou desizyon an kounye a
       *[other] Mande USCIS pou li relouvri ka ou
    }
step-motion-to-reopen-body = { $letter ->
        [denied] { $track ->
            [not-sure] Si se USCIS ki pran desizyon an, li etap sa a.
           *[other] { "" }
        }
       *[other] Èske yon lèt di USCIS refize aplikasyon ou? Lè sa a, li etap sa a.
    } { $track ->
        [asylum-uscis] Pale ak yon moun ki bay èd legal touswit. Apre yon refi pou yon randevou ou rate, yo ka voye ka ou nan tribinal imigrasyon. Lè sa a, ou resevwa yon Avi pou Parèt (Notice to Appear). Dat limit yo ka kout. Pote desizyon an ak tout avi ou yo.
        [asylum-court] Se yon jij ki deside ka ou, kidonk pwochen etap la montre ou chwa ou genyen. Pale ak yon moun ki bay èd legal touswit.
        [other-court] Se yon jij ki deside ka ou, kidonk pwochen etap la montre ou chwa ou genyen. Pale ak yon moun ki bay èd legal touswit.
       *[other] Ou pa ka fè apèl kont yon refi pou yon randevou ou rate. Men ou ka mande USCIS pou li relouvri ka ou. Yo rele sa yon mosyon pou relouvri (motion to reopen). Ou sèvi ak Fòm I-290B pou sa, epi gen yon frè pou peye. USCIS dwe resevwa l nan { $motion-days } jou apre dat desizyon an. Si desizyon an te rive pa lapòs, ou gen { $motion-days-mailed } jou. Mosyon an dwe montre desizyon an te mal. Pa egzanp, ou te mande yon nouvo dat alè, oswa avi a te ale nan yon move adrès. Yon bon rezon pou kont li raman ase. Ou ka petèt aplike ankò tou. Si se USCIS ki fè erè a, ou ka mande Sant Kontak la yon demann sèvis (service request) tou. Aji vit, epi jwenn èd legal kounye a.
    }

## get-legal-help

step-get-legal-help-title = Jwenn èd legal gratis oswa ki pa koute chè
step-get-legal-help-body = { $situation ->
        [court-hearing-soon] Odyans ou byento, kidonk chèche èd kounye a.
        [missed-with-letter] Lèt ou a ka gen yon dat limit, kidonk chèche èd kounye a.
        [denied] Ou pa gen anpil tan pou aji, kidonk chèche èd kounye a.
       *[other] { $hearing-soon ->
            [yes] Odyans ou ka byento, kidonk chèche èd kounye a.
           *[other] Ou pa oblije fè sa pou kont ou.
        }
    } Tribinal imigrasyon an gen yon lis moun ak òganizasyon ki bay sèvis legal gratis. Òganizasyon san bi likratif (nonprofit) ka ede ou tou. Chèche òganizasyon Depatman Jistis Etazini (Department of Justice, DOJ) rekonèt. Kèk nan anplwaye yo se "reprezantan ki akredite" (accredited representatives). Yo gen dwa ba ou èd legal. Atansyon: Ozetazini, yon "notary public" pa menm bagay ak yon notè ann Ayiti. Yon notary public sèlman sèvi kòm temwen lè moun ap siyen papye. Li pa avoka. Yon "konsiltan imigrasyon" (immigration consultant) pa avoka tou. Yo pa gen dwa ba ou konsèy legal, ni reprezante ou devan USCIS oswa tribinal la. Se sèlman yon avoka, oswa yon reprezantan ki akredite nan yon òganizasyon DOJ rekonèt, ki ka fè sa. Pa janm peye yon notary public oswa yon konsiltan imigrasyon pou èd legal. Pote tout avi ou yo.

## find-your-case

step-find-your-case-title = Chèche konnen ki kote ka ou ye
step-find-your-case-body = Chèche nan papye ou yo yon avi resi USCIS voye ba ou. Se Fòm I-797C, epi li gen yon nimewo resi. Sèvi ak nimewo sa a pou tcheke estati ka ou sou sit entènèt USCIS la. Paj sa a pa montre ka ki nan tribinal. Apre sa, chèche Nimewo A ou (A-Number). Li kòmanse ak lèt A. Avèk li, rele liy tribinal imigrasyon an nan { $eoir-line }, oswa sèvi ak estati ka tribinal la sou entènèt. Sa di ou si yon jij gen ka ou. Apre sa, jwenn èd legal, epi pote papye ou yo.
step-appeal-to-board-title = Mande pou yo gade desizyon yon jij ankò
step-appeal-to-board-body = { $track ->
        [asylum-court] { $letter ->
            [denied] { "" }
           *[other] Èske yon jij deside ka ou? Lè sa a, li etap sa a.
        }
        [other-court] { $letter ->
            [denied] { "" }
           *[other] Èske yon jij deside ka ou? Lè sa a, li etap sa a.
        }
       *[other] Èske yon jij deside ka ou? Lè sa a, li etap sa a.
    } Pale ak yon moun ki bay èd legal touswit. Jij la ka te bay lòd pou ou kite Etazini. Ou gen de fason pou ou konteste desizyon an. Ou ka fè apèl devan Komisyon Apèl pou Imigrasyon (Board of Immigration Appeals, BIA) sou Fòm EOIR-26. Komisyon an dwe resevwa l nan { $board-appeal-days } jou apre desizyon an. Oswa ou ka mande jij la pou li relouvri ka ou. Yo rele sa yon mosyon pou relouvri (motion to reopen). Yo pa sèvi ak Fòm I-290B pou desizyon yon jij.
