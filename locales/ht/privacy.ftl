# Privacy and safety: the privacy page, "Delete my answers", and the pages
# for a refused form (403) and too many tries (429).
# $session-days comes from HUELLA_SESSION_DAYS, $session-max-days from HUELLA_SESSION_MAX_DAYS.

## Footer and result page
footer-privacy-link = Vi prive: sa nou kenbe
delete-button = Efase repons mwen yo
delete-hint = Sa efase repons ou yo nan Huella kounye a. Si ou bezwen lis verifikasyon ou a, enprime l oswa sove l anvan.

## After "Delete my answers"
deleted-title = Repons ou yo efase
deleted-body = Nou efase repons ou yo nan Huella. Pèsonn pa ka wè yo ankò, ni sou aparèy sa a, ni sou okenn lòt.
deleted-start-link = Rekòmanse ak nouvo repons

## The privacy page
privacy-title = Vi prive: sa nou kenbe
privacy-lead = Huella fèt pou moun ki gen ka imigrasyon yo an jwèt. Nou kenbe mwens bagay nou kapab.
privacy-stored-heading = Sa nou kenbe
privacy-stored-body = Nou kenbe repons ou bay pou kesyon yo, tankou "Èske avi ou a rive?" ak dat randevou ou.
    Nou fèmen repons ou yo ak yon kle. Se sèlman aparèy ou a ki gen kle a, nan yon cookie. Nou pa kenbe l. San kle a, pèsonn pa ka li repons ou yo, menm nou menm.
    Si ou pèdi cookie a epi ou pa gen kòd ou pou tounen an, repons ou yo pèdi nèt. Pèsonn pa ka jwenn yo ankò.
    Nou kenbe lè dènye vizit ou tou, pou nou konnen kilè pou nou efase repons ou yo.
privacy-time-heading = Konbyen tan nou kenbe l
privacy-time-body = { $session-days ->
       *[other] Nou efase repons ou yo { $session-days } jou apre dènye vizit ou, epi pita pita { $session-max-days } jou apre premye repons ou.
    } Ou ka efase yo pi bonè. Peze "Efase repons mwen yo" anba nenpòt paj. Yo disparèt touswit.
privacy-never-heading = Sa nou pa janm kenbe
privacy-never-body = Nou pa janm mande non ou, Nimewo A ou (A-Number), adrès ou oswa nimewo telefòn ou. Nou pa janm kenbe adrès entènèt ou (adrès IP).
    Nou pa sèvi ak piblisite ni swivi. Okenn lòt sit entènèt pa wè ou sèvi ak Huella. Chak pati nan paj la soti nan Huella.
privacy-cookies-heading = Cookies
privacy-cookies-body = Huella sèvi ak de ti cookie. Youn kenbe kle pou repons ou yo. Lòt la kenbe lang ou chwazi a. Ni youn ni lòt pa gen non ou ladan.
privacy-logs-heading = Dosye sèvè a
privacy-logs-body = Sèvè nou an ka ekri yon liy pou chak paj li montre: ki kalite paj, si li mache, ak konbyen tan li pran. Liy sa yo pa janm gen repons ou yo, nimewo aza ou, ni adrès entènèt ou.
privacy-limit-heading = Anpeche abi
privacy-limit-body = Pou anpeche abi, Huella konte konbyen fòmilè yon aparèy voye nan yon minit. Pou sa, li kenbe adrès entènèt ou, men brouye, pou pi plis de minit, sèlman nan memwa. Li pa janm ekri l okenn kote.
privacy-shared-heading = Sou yon telefòn oswa yon òdinatè plizyè moun itilize
privacy-shared-body = Nenpòt moun ki sèvi ak aparèy sa a ak navigatè sa a ka wè repons ou yo jiskaske ou efase yo. Lè ou fini, peze "Efase repons mwen yo".

## A refused form (403) and too many tries (429)
error-forbidden-title = Paj sa a ekspire
error-forbidden-body = Pou sekirite ou, nou pa t ka aksepte fòmilè sa a. Anyen pa chanje. Tounen dèyè, chaje paj la ankò, epi eseye ankò. Repons ou te sove yo an sekirite.
error-too-many-title = Twòp esè
error-too-many-body = Nou resevwa twòp fòmilè nan men aparèy ou a nan yon minit. Tann yon minit, epi eseye ankò. Repons ou te sove yo an sekirite.
error-back-link = Tounen nan paj ou te ye a
api-error-too-many = Twòp demann. Tann yon minit epi eseye ankò.
error-full-title = Huella plen kounye a
error-full-body = Twòp moun ap sèvi ak Huella kounye a, kidonk nou pa ka kòmanse nouvo repons. Tanpri eseye ankò pita. Si ou te deja kòmanse, repons ou yo an sekirite.
