# Page and component texts.

## Layout

site-name = Huella
site-tagline = Ayuda con su cita de USCIS para huellas
skip-link = Ir al contenido principal
page-title = { $title } - Huella
page-title-error = Error: { $title } - Huella
nav-start-again = Empezar de nuevo
footer-not-legal-advice = Huella da información general. No es asesoría legal.
footer-private = No le pedimos su nombre ni su número A.

## Start page

start-title = Prepárese para su cita de USCIS para huellas
start-lead = Huella le ayuda con su cita para huellas, también llamada cita de servicios biométricos. Conteste unas preguntas y recibirá un plan con los próximos pasos.
start-need-heading = Antes de empezar
start-need-body = Tenga a mano sus cartas de USCIS o de la corte de inmigración, si las tiene. También puede empezar sin ellas.
start-time = Toma unos 3 minutos. Son solo unas pocas preguntas.
start-private-heading = Sus respuestas son privadas
start-private-body = No le pedimos su nombre ni su número A. Guardamos sus respuestas para que pueda volver a ver su plan. Para borrarlas, elija "Empezar de nuevo" al final de la página. Huella da información general, no asesoría legal.
start-button = Empezar

## Question pages

back-link = Atrás
continue-button = Continuar
error-summary-title = Hay un problema
date-month = Mes
date-day = Día
date-year = Año
date-or = o
date-example = Escriba primero el mes. Por ejemplo: 12 25 2026 (mes 12, día 25, año 2026)
date-error-incomplete = La fecha debe tener mes, día y año
date-error-not-number = La fecha debe tener solo números
date-error-year-digits = El año debe tener 4 números
date-error-not-real = La fecha debe ser una fecha real. Por ejemplo, no existe el 30 de febrero.
date-error-out-of-range = Escriba una fecha con un año entre { $min-year } y { $max-year }
date-error-mixed = Usted escribió una fecha y también eligió "No sé la fecha". Elija solo una opción.

## Check your answers

check-title = Revise sus respuestas
check-intro = Lea sus respuestas. Para cambiar una, elija "Cambiar" al lado.
check-change = Cambiar
check-continue = Ver qué hacer

## Result

result-title = Qué hacer ahora
result-steps-heading = Sus pasos, en orden
result-step-label = Paso { $number }
result-call-label = Llame
result-tty-label = TTY, para personas sordas o con problemas de audición
result-say-label = Qué decir
result-ready-label = Tenga esto a mano
result-sources-label = { $count ->
    [one] Fuente:
   *[other] Fuentes:
 }
checklist-phone-label = { $label }:
result-sources-separator = { "; " }
result-sources-end = .
result-reviewed = Revisado por última vez el { $date }
result-bring-heading = Qué llevar
result-glossary-heading = Palabras que debe conocer
result-help-heading = Ayuda legal gratis
result-help-body = Un abogado o un representante acreditado puede revisar su caso. Muchos grupos sin fines de lucro dan ayuda gratis o de bajo costo. Nunca le pague a un "notario" por ayuda legal.
legal-help-eoir-providers = Lista de proveedores de servicios legales gratuitos de la corte de inmigración
legal-help-nonprofit-directory = Busque un grupo de ayuda legal sin fines de lucro cerca de usted
result-disclaimer-heading = Esto no es asesoría legal
result-disclaimer = Huella da información general. No es asesoría legal. Hable con un abogado o un representante acreditado sobre su caso.
result-print-link = Imprimir una lista
result-change-link = Cambiar sus respuestas

## Printable checklist

checklist-title = Lista para su cita para huellas
checklist-made = Hecha el { $date }
checklist-key-dates-heading = Fechas importantes
checklist-appointment = Cita: { $date }
checklist-appointment-unknown = Cita: la fecha está en su carta
checklist-phones-heading = Números de teléfono
checklist-steps-heading = Sus pasos
checklist-bring-heading = Qué llevar
checklist-print-hint = Use el menú Imprimir de su navegador para imprimir esta página.
checklist-back = Volver a su plan
checklist-notes-heading = Notas de sus llamadas
checklist-notes-date = Fecha y hora
checklist-notes-agent = Nombre o número del agente
checklist-notes-said = Lo que le dijeron

## Errors

error-not-found-title = No encontramos la página
error-not-found-body = No podemos encontrar esta página. Revise la dirección web o empiece de nuevo.
error-bad-request-title = Hubo un problema con su respuesta
error-bad-request-body = No pudimos leer lo que se envió. Regrese e intente otra vez.
error-too-large-title = Se envió demasiado
error-too-large-body = Lo que envió es demasiado grande para leerlo. Regrese e intente otra vez.
error-too-slow-title = La página tardó demasiado en enviarse
error-too-slow-body = Su respuesta no nos llegó a tiempo. Puede ser una conexión lenta. Regrese e intente otra vez.
error-server-title = Lo sentimos, hay un problema de nuestro lado
error-server-body = Sus respuestas están guardadas. Intente otra vez en un minuto.
error-home-link = Ir a la página de inicio

## API errors (read by partner developers)

api-error-unknown-question = Id de pregunta desconocido: { $field }
api-error-bad-value = La pregunta { $field } no permite este valor
api-error-bad-date = { $field } debe ser una fecha AAAA-MM-DD o not-sure
api-error-bad-body = El cuerpo debe ser un objeto JSON con un objeto answers
api-error-bad-today = today debe ser una fecha AAAA-MM-DD a menos de 5 años de la fecha del servidor
api-error-too-large = El cuerpo de la solicitud es demasiado grande
api-error-too-slow = El cuerpo de la solicitud no llegó a tiempo
api-error-content-type = El cuerpo debe enviarse como Content-Type: application/json
api-error-duplicate-key = El JSON tiene la misma clave dos veces: { $field }
date-error-decision-in-future = Esta fecha es después de hoy. Escriba la fecha impresa en la decisión.
date-error-decision-before-appointment = Esta fecha es antes de su cita. Escriba la fecha impresa en la decisión.
date-error-deadline-before-appointment = Esta fecha es antes de la cita a la que faltó, y la carta llegó después. Escriba la fecha para responder que está impresa en la carta.
date-error-new-appointment-passed = Esta fecha ya pasó, así que es la cita a la que faltó. Vuelva a la pregunta sobre la fecha de su cita y escriba esta fecha allí.
api-error-bad-now = now debe ser una fecha y hora local AAAA-MM-DDTHH:MM, del mismo día que today

## The review pack (/review), for a lawyer or accredited representative

review-title = Paquete para la revisión legal
review-intro = Esta página muestra cada instrucción que Huella puede dar, con sus fuentes, y cada plan que sus reglas pueden hacer. No guarda las respuestas de nadie. Imprímala, revise cada paso con sus fuentes y escriba su nombre y la fecha junto a lo que apruebe.
review-due = { $count ->
        [0] Ningún paso espera revisión (cada uno se revisó en los últimos { $days } días).
        [one] 1 paso se revisó por última vez hace más de { $days } días. Aparece primero.
       *[other] { $count } pasos se revisaron por última vez hace más de { $days } días. Aparecen primero.
    }
review-steps-heading = Cada paso, con cada versión del texto
review-due-mark = Revisión pendiente:
review-reviewed = Última revisión
review-reviewed-by = Revisado por:
review-nobody = nadie todavía.
review-plans-heading = Cada plan que las reglas pueden hacer
review-plans-line = { $plans } planes distintos, de { $answer-sets } conjuntos completos de respuestas. Cada uno dice cuántos conjuntos llevan a él.
review-example = Un conjunto de respuestas que lleva aquí
review-watch-heading = Reglas que vigilar
review-checked = revisada por última vez el
review-watch-steps = Pasos que revisar si cambia:

## The checklist as a desk tool, and the Print button
checklist-answers-heading = Sus respuestas
checklist-reschedule-online = Último momento para pedir otra fecha en línea: { $date }
checklist-reschedule-by = Último día para pedir una nueva fecha: { $date }
checklist-walk-in-until = Último día para ir al ASC sin cita (opcional): { $date }
checklist-blanks-heading = Anote estos datos
checklist-blank-receipt = Número de recibo
checklist-blank-a-number = Número A (A-Number)
checklist-blank-asc = Dirección del ASC
checklist-legal-help-heading = Ayuda legal gratis o de bajo costo
print-button = Imprimir esta página
# What to do on each step, in one line, with what to type or say.
checklist-do-attend-appointment = Vaya al ASC de su aviso, en la fecha y a la hora que indica.
checklist-do-bring-documents = Prepare lo de "Qué llevar" la noche antes.
checklist-do-arrive-early = Llegue { $arrive-minutes } minutos antes de su hora.
checklist-do-reschedule-online = En my.uscis.gov: "Menu" (o "My Account"), luego "Reschedule Biometrics".
checklist-do-call-contact-center = Llame al { $contact-center } (TTY { $contact-center-tty }) y elija español en el menú. Tenga a mano su número de recibo y su número A.
checklist-do-walk-in-asc = Solo después de llamar: vaya al ASC con su aviso e identificación. Pregunte: "¿Pueden tomarme las huellas hoy?"
checklist-do-explain-good-cause = Diga su motivo en una oración. Guarde pruebas, como una nota del médico.
checklist-do-keep-proof = Anote cada llamada abajo. Guarde todos los avisos y el aviso sellado.
checklist-do-check-case-status = En la página Case Status de USCIS, escriba su número de recibo. Revise cada semana.
checklist-do-wait-for-notice = Cada semana, revise las cartas que le llegan a su casa y su cuenta de USCIS.
checklist-do-update-address = Cambie su dirección con USCIS en { $ar11-days } días (Formulario AR-11 y cada caso).
checklist-do-update-address-court = Envíe el Formulario EOIR-33 a la corte en { $eoir33-days } días hábiles, y una copia al abogado del gobierno.
checklist-do-follow-court-instructions = Haga lo que dicen los pasos escritos para huellas del juez o del abogado del gobierno.
checklist-do-contact-government-lawyer = { $track ->
        [not-sure] Si un juez tiene su caso: diga al abogado del gobierno (ICE) cómo van sus huellas. Guarde una copia.
       *[other] Diga al abogado del gobierno (ICE) cómo van sus huellas. Guarde una copia.
    }
checklist-do-tell-the-judge = { $track ->
        [not-sure] Si un juez tiene su caso: dígaselo al juez en su audiencia o antes. Lleve pruebas de lo que hizo.
       *[other] Dígaselo al juez en su audiencia o antes. Lleve pruebas de lo que hizo.
    }
checklist-do-respond-to-letter = { $letter ->
        [rfe] Responda como dice la carta, antes de su fecha límite. Guarde una copia y la prueba del envío.
        [noid] Responda como dice la carta, antes de su fecha límite. Guarde una copia y la prueba del envío.
       *[other] Lea hoy cada carta de USCIS. Si una tiene una fecha para responder, responda como dice antes de esa fecha. Guarde una copia y la prueba del envío.
    }
checklist-do-motion-to-reopen = { $track ->
        [asylum-uscis] Hable ya con un ayudante legal. Después de esta denegación, su caso puede ir a la corte de inmigración.
        [not-sure] Si USCIS tomó la decisión: presente el Formulario I-290B a más tardar su último día. Busque ayuda legal primero.
       *[other] Presente el Formulario I-290B a más tardar su último día. Busque ayuda legal primero.
    }
checklist-do-get-legal-help = Comuníquese con una ayuda legal de la lista de abajo. Lleve todos sus papeles.
checklist-do-find-your-case = Mire todas sus cartas. Busque un número de recibo o el nombre de una corte.
checklist-do-appeal-to-board = { $track ->
        [not-sure] Si un juez tomó la decisión: la Junta debe recibir el Formulario EOIR-26 a más tardar su último día. Busque ayuda legal ahora.
       *[other] La Junta debe recibir el Formulario EOIR-26 a más tardar su último día. Busque ayuda legal ahora.
    }

## Date entry: a date far ahead, and the language switch on a question
date-confirm-title = ¿Es correcto?
date-confirm-far = Usted escribió { $date }. Eso es dentro de más de un año. Revise la fecha en su carta. Si es correcta, pulse el botón otra vez.
date-confirm-button = Sí, la fecha es correcta
date-error-one-box = Escriba el mes, el día y el año cada uno en su casilla, o la fecha completa en una casilla, como 12/25/2026
language-switch-label = Leer esta pregunta en:
watch-proposed-biometrics-rule-2025-note = 90 FR 49062 (noviembre de 2025): un criterio de "circunstancias extraordinarias" para excusar una cita perdida, y datos biométricos a cualquier edad. No era definitiva cuando se revisó.
watch-annual-asylum-fee-note = La tarifa anual de una solicitud de asilo pendiente. La guía no indica ninguna cantidad; consulte la lista de tarifas antes de citar una.
watch-status-proposed = propuesta, no está en vigor
watch-status-in-force-may-change = en vigor; la cantidad y la forma de cobrarla pueden cambiar


## "Haga esto primero" en la página de resultados

first-heading = Haga esto primero
first-call = Llame al
first-by-time = Antes de las { $time } del { $date }
first-by-day = A más tardar el { $date }
first-before-appointment-time = Antes de la hora de su cita, { $date }
first-before-day = Antes del { $date }
first-on = El { $date }
first-today = Hoy
first-this-week = Esta semana
urgency-before-time = Haga esto antes de las { $time } del { $date }
reschedule-until-online = La herramienta en línea se cierra { $online-limit-hours } horas antes de su cita. Haga esto antes de las { $time } del { $date }.
reschedule-until-phone = Llame antes de la hora de su cita: antes de las { $time } del { $date }.
reschedule-by-day = Haga esto a más tardar el { $date }.
walk-in-until = El último día para ir sin cita es el { $date }.
result-sources-summary = Fuentes y última revisión

## Lugares a los que lo envía un paso (enlaces)

place-my-uscis = Abra su cuenta de USCIS (my.uscis.gov)
place-case-status = Vea el estado de su caso en el sitio web de USCIS
place-change-address = Cambie su dirección con USCIS
place-eoir-33 = Formulario EOIR-33: cambie su dirección con la corte
place-eoir-case-status = Información en línea de su caso en la corte de inmigración
place-i-290b = Formulario I-290B en el sitio web de USCIS
place-eoir-appeal = Cómo apelar la decisión de un juez
place-ice-opla = Busque la oficina del abogado del gobierno (ICE)
place-legal-providers = Proveedores de servicios legales gratuitos cerca de usted

## Lleve su plan con usted

take-along-qr = Escanee este código con un teléfono para abrir el formulario con su código ya escrito. Luego oprima "Abrir mis respuestas".
take-along-sms = Envíeselo a usted mismo en un mensaje de texto
take-along-email = Envíeselo a usted mismo por correo electrónico
take-along-subject = Su plan de Huella
take-along-message = Su plan de Huella. Para verlo otra vez, abra { $address } y oprima "Abrir mis respuestas". Su código: { $code }. { $dates }

## Cuando termine, y páginas que preguntan antes de borrar

finish-heading = Cuando termine
desk-hint = En una oficina de ayuda o en una computadora compartida, borre este plan para que la próxima persona no pueda verlo. Su código dejará de funcionar.
desk-button = Terminé: borrar para la próxima persona
confirm-start-again-title = ¿Empezar de nuevo?
confirm-start-again-body = Esto borra todas sus respuestas y su plan. Luego vuelve al principio.
confirm-start-again-button = Sí, borrar mis respuestas y empezar de nuevo
confirm-delete-title = ¿Borrar sus respuestas?
confirm-delete-body = Esto borra ahora mismo todas sus respuestas y su plan de Huella. Si necesita su lista, imprímala o guárdela antes.
confirm-delete-button = Sí, borrar mis respuestas
confirm-code-stops = Su código para volver dejará de funcionar.
confirm-cancel = No, volver a mi plan
