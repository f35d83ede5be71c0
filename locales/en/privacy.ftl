# Privacy and safety: the privacy page, "Delete my answers", and the pages
# for a refused form (403) and too many tries (429).
# $session-days comes from HUELLA_SESSION_DAYS, $session-max-days from HUELLA_SESSION_MAX_DAYS.

## Footer and result page
footer-privacy-link = Privacy: what we keep
delete-button = Delete my answers
delete-hint = This deletes your answers from Huella now. Print or save your checklist first if you need it.

## After "Delete my answers"
deleted-title = Your answers are deleted
deleted-body = We deleted your answers from Huella. They cannot be seen again, on this device or any other.
deleted-start-link = Start again with new answers

## The privacy page
privacy-title = Privacy: what we keep
privacy-lead = Huella is made for people whose immigration case is at stake. We keep as little as we can.
privacy-stored-heading = What we keep
privacy-stored-body = We keep your answers to the questions, like "Has your notice come?" and the date of your appointment.
    We lock your answers with a key. Only your device has the key, in a cookie. We do not keep it. Without it, no one can read your answers, not even us.
    If you lose the cookie and you do not have your code to come back, your answers are gone for good. No one can get them back.
    We also keep the time of your last visit, so we know when to delete your answers.
privacy-time-heading = How long we keep it
privacy-time-body = { $session-days ->
        [one] We delete your answers { $session-days } day after your last visit, and { $session-max-days } days after your first answer at the latest.
       *[other] We delete your answers { $session-days } days after your last visit, and { $session-max-days } days after your first answer at the latest.
    } You can delete them sooner. Press "Delete my answers" at the bottom of any page. They are gone at once.
privacy-never-heading = What we never keep
privacy-never-body = We never ask for your name, your A-Number, your address or your phone number. We never keep your internet address (IP address).
    We do not use ads or tracking. No other website sees that you use Huella. Every part of the page comes from Huella.
privacy-cookies-heading = Cookies
privacy-cookies-body = Huella uses two small cookies. One holds the key to your answers. The other holds the language you chose. Neither has your name in it.
privacy-logs-heading = Server records
privacy-logs-body = Our server may write one line for each page it shows: the kind of page, whether it worked, and how long it took. These lines never have your answers, your random number or your internet address.
privacy-limit-heading = Stopping abuse
privacy-limit-body = To stop abuse, Huella counts how many forms one device sends in a minute. For this it keeps a scrambled form of your internet address for up to two minutes, only in memory. It is never written down.
privacy-shared-heading = On a shared phone or computer
privacy-shared-body = Anyone who uses this device and browser can see your answers until you delete them. When you are done, press "Delete my answers".

## A refused form (403) and too many tries (429)
error-forbidden-title = This page has expired
error-forbidden-body = For your safety, we could not accept this form. Nothing was changed. Go back, load the page again, and try again. Your saved answers are safe.
error-too-many-title = Too many tries
error-too-many-body = We got too many forms from your device in one minute. Wait one minute, then try again. Your saved answers are safe.
error-back-link = Go back to the page you were on
api-error-too-many = Too many requests. Wait one minute and try again.
error-full-title = Huella is full right now
error-full-body = Too many people are using Huella right now, so we cannot start new answers. Please try again later. If you already started, your answers are safe.
