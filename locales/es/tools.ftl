# Beyond the plan: letter deadlines (and their questions), the calendar file,
# the call sheet and the resume code. $date is written out in the language;
# $days is a whole number of days.

## letter-deadline (asked after an RFE or NOID; optional)
q-letter-deadline-title = ¿Qué fecha límite está impresa en la carta?
q-letter-deadline-hint = Busque la fecha límite para responder. Muchas veces está cerca del principio o del final de la carta.
q-letter-deadline-summary = Fecha límite en la carta
q-letter-deadline-error = Escriba la fecha límite de la carta, o elija "No encuentro la fecha"
q-letter-deadline-opt-not-sure = No encuentro la fecha
q-letter-deadline-opt-not-sure-hint = Igual le mostraremos qué hacer. Una persona que da ayuda legal puede buscar la fecha con usted.

## decision-date (asked after a denial, outside asylum cases; optional)
q-decision-date-title = ¿Cuál es la fecha de la decisión?
q-decision-date-hint = La fecha está impresa en la carta que niega su solicitud.
q-decision-date-summary = Fecha de la decisión
q-decision-date-error = Escriba la fecha de la decisión, o elija "No encuentro la fecha"
q-decision-date-opt-not-sure = No encuentro la fecha
q-decision-date-opt-not-sure-hint = Igual le mostraremos qué hacer. Una persona que da ayuda legal puede buscar la fecha con usted.

## decision-mailed (asked when the decision date is known; optional)
q-decision-mailed-title = ¿Recibió la decisión por correo postal?
q-decision-mailed-hint = Si la decisión se envió por correo postal, usted tiene { $motion-days-mailed } días en vez de { $motion-days }.
q-decision-mailed-summary = La decisión llegó por correo postal
q-decision-mailed-error = Elija si la decisión llegó por correo postal, o "No lo sé"
q-decision-mailed-opt-yes = Sí, por correo postal
q-decision-mailed-opt-yes-hint = Llegó en un sobre de USCIS.
q-decision-mailed-opt-no = No
q-decision-mailed-opt-no-hint = Por ejemplo, la recibió en persona o solo en línea.
q-decision-mailed-opt-not-sure = No lo sé
q-decision-mailed-opt-not-sure-hint = Por precaución, vamos a usar la fecha límite más temprana.

## The deadline inside its step: deadline-<step-id>-<upcoming|today|passed>
deadline-respond-to-letter-upcoming = Su fecha límite es el { $date }. { $days ->
        [one] Falta 1 día.
       *[other] Faltan { $days } días.
    } Su respuesta debe llegar a USCIS a más tardar ese día. El correo postal puede tardar una semana, así que envíela con tiempo.
deadline-respond-to-letter-today = Su fecha límite es hoy, { $date }. Responda hoy, como dice la carta.
deadline-respond-to-letter-passed = Su fecha límite fue el { $date }. { $days ->
        [one] Eso fue hace 1 día.
       *[other] Eso fue hace { $days } días.
    } Si USCIS no recibió su respuesta a tiempo, puede decidir sin ella. Puede denegar su solicitud. Si usted envió su respuesta, guarde su prueba. Busque ayuda legal ahora.
deadline-motion-to-reopen-upcoming = Su último día es el { $date }. { $days ->
        [one] Falta 1 día.
       *[other] Faltan { $days } días.
    } USCIS debe recibir su moción a más tardar ese día.
deadline-motion-to-reopen-today = Hoy, { $date }, es su último día. USCIS debe recibir su moción hoy.
deadline-motion-to-reopen-passed = Su último día fue el { $date }. { $days ->
        [one] Eso fue hace 1 día.
       *[other] Eso fue hace { $days } días.
    } USCIS todavía puede aceptar una moción tardía, pero solo si usted demuestra que el retraso fue razonable y fuera de su control. Busque ayuda legal ahora.
deadline-appeal-to-board-upcoming = Su último día es el { $date }. { $days ->
        [one] Falta 1 día.
       *[other] Faltan { $days } días.
    } La Junta de Apelaciones de Inmigración debe recibir su apelación a más tardar ese día. Busque ayuda legal ahora.
deadline-appeal-to-board-today = Hoy, { $date }, es su último día. La Junta de Apelaciones de Inmigración debe recibir su apelación hoy. Busque ayuda legal ahora.
deadline-appeal-to-board-passed = Su último día fue el { $date }. { $days ->
        [one] Eso fue hace 1 día.
       *[other] Eso fue hace { $days } días.
    } Puede que ya no pueda apelar. Un abogado todavía puede buscar una salida. Busque ayuda legal ahora.
checklist-deadline-respond-to-letter = Responda a la carta a más tardar el { $date }
checklist-deadline-motion-to-reopen = Presente la moción a más tardar el { $date }
checklist-deadline-appeal-to-board = La Junta debe recibir su apelación a más tardar el { $date }

## Calendar file (.ics)
calendar-link = Agregue las fechas a su calendario
calendar-hint = Un archivo para el calendario de su teléfono, con recordatorios.
calendar-appointment-summary = Cita para huellas (USCIS)
calendar-appointment-description = La hora y la dirección están en su aviso. Lleve su aviso y su identificación. Llegue { $arrive-minutes } minutos antes.
calendar-reminder = Lleve su aviso e identificación; llegue { $arrive-minutes } minutos antes.
calendar-reschedule-summary = Pida una nueva fecha antes del { $date }
calendar-reschedule-description = Pida a USCIS una nueva fecha antes de su cita. Su plan en Huella le dice cómo.
calendar-deadline-respond-to-letter-summary = Fecha límite: su respuesta debe llegar a USCIS
calendar-deadline-motion-to-reopen-summary = Último día: USCIS debe recibir su moción
calendar-deadline-appeal-to-board-summary = Último día: la Junta debe recibir su apelación
calendar-deadline-description = Esta es la fecha que usted copió de su carta. Confírmela en la carta. Busque ayuda legal.

## Call sheet (a printable page for calling the Contact Center)
call-sheet-link = Imprimir una hoja para la llamada
call-sheet-title = Hoja para la llamada: Centro de Contacto de USCIS
call-sheet-lead = Tenga esta página junto al teléfono cuando llame. Anote lo que pasa.
call-sheet-numbers-heading = Números para llamar
call-sheet-say-heading = Qué decir
call-sheet-ready-heading = Tenga esto a mano
call-sheet-reason-heading = Su razón y su prueba
call-sheet-reason-body = Si no puede ir o no fue, diga por qué en pocas palabras. Diga qué prueba tiene, como una nota del médico.
call-sheet-notes-heading = Anote
call-sheet-notes-date = Fecha de la llamada
call-sheet-notes-time = Hora de la llamada
call-sheet-notes-agent = Nombre o número del agente
call-sheet-notes-said = Lo que le dijeron
call-sheet-notes-next = Lo que debe hacer después

## Resume code
resume-code-heading = Su código para volver
resume-code-body = Con este código puede ver sus respuestas en otro teléfono o computadora. Vaya a { $address } y escriba el código. No se lo dé a nadie: cualquier persona que tenga el código puede ver sus respuestas. El código deja de funcionar cuando se borran sus respuestas.
resume-title = Vuelva a sus respuestas
resume-lead = Escriba el código que está en su página de resultados o en su lista.
resume-label = Su código
resume-hint = 16 letras y números, por ejemplo 7KQM-4TXP-AHJ3-WCRY. Puede usar minúsculas y espacios.
resume-button = Abrir mis respuestas
resume-error-empty = Escriba su código
resume-error-shape = Un código tiene 16 letras y números, como 7KQM-4TXP-AHJ3-WCRY
resume-error-unknown = No encontramos este código. Revíselo e intente otra vez. Los códigos dejan de funcionar cuando se borran las respuestas.
privacy-resume-heading = Su código para volver
privacy-resume-body = Su página de resultados muestra un código. Ese código abre sus respuestas en otro dispositivo. No guardamos el código. No se lo dé a nadie: cualquier persona con el código puede ver sus respuestas. Para impedir que alguien adivine códigos, Huella permite solo unos pocos intentos por minuto.

## appointment-time
q-appointment-time-title = ¿A qué hora es su cita?
q-appointment-time-hint = La hora está en su aviso de cita. La usamos para recordarle la cita en su calendario.
q-appointment-time-summary = Hora de la cita
q-appointment-time-error = Escriba la hora de su cita, o elija "No sé la hora"
q-appointment-time-opt-not-sure = No sé la hora
q-appointment-time-opt-not-sure-hint = Está bien. Mire su aviso antes de ir.
time-label = Hora
time-example = Por ejemplo, 9:30 a. m. o 2:00 p. m.
time-error-invalid = Escriba una hora real, como 9:30 a. m. o 14:00
time-error-mixed = Usted escribió una hora y eligió "No sé la hora". Elija solo una.
time-of-day = { $hour12 }:{ $minute } { $period ->
        [am] a. m.
       *[other] p. m.
    }
date-and-time = { $date }, { $time }

## Calendar file: the given time, online closing, counted deadlines
calendar-appointment-description-timed = La dirección está en su aviso. Lleve su aviso y su identificación. Llegue { $arrive-minutes } minutos antes.
calendar-reschedule-online-description = Pida una nueva fecha en su cuenta de USCIS antes del { $date }. Después, la herramienta en línea se cierra: llame a USCIS.
deadline-counted = Huella calculó esta fecha: { $days } días desde la fecha de la decisión, el { $date }. Confírmela con una persona de ayuda legal.

## Call sheet: blanks and the phone line's languages
call-sheet-blanks-heading = Sus números
call-sheet-blank-appointment = Fecha de la cita
call-sheet-language-heading = Su idioma en el teléfono
call-sheet-language-tip = La línea atiende en inglés y en español: para español, elíjalo en el menú. Para otro idioma, pida un intérprete: diga el nombre de su idioma en inglés. También puede pedir ayuda con la llamada a una persona de confianza.
