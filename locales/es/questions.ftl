# Questions, in the order of shared/CONTRACT.md.
# For each: q-<id>-title (the page's h1), -hint, -summary (check answers table),
# -error (nothing chosen), and -opt-<value> / -opt-<value>-hint for every value.

## case-type

q-case-type-title = ¿Qué tipo de caso tiene?
q-case-type-hint = Mire los papeles que envió o recibió. Elija la respuesta que mejor le corresponda.
q-case-type-summary = Tipo de caso
q-case-type-error = Elija qué tipo de caso tiene
q-case-type-opt-asylum-uscis = Asilo con USCIS
q-case-type-opt-asylum-uscis-hint = Usted envió su formulario de asilo (Formulario I-589) a USCIS. Ningún juez tiene su caso.
q-case-type-opt-asylum-court = Asilo en la corte de inmigración
q-case-type-opt-asylum-court-hint = Un juez tiene su caso. Usted pide asilo en la corte, con el Formulario I-589.
q-case-type-opt-other-uscis = Otra solicitud de USCIS
q-case-type-opt-other-uscis-hint = Por ejemplo, una tarjeta verde (green card), la ciudadanía o un permiso de trabajo.
q-case-type-opt-not-sure = No lo sé
q-case-type-opt-not-sure-hint = No hay problema. Le mostraremos cómo averiguarlo.

## hearing

q-hearing-title = ¿Cuándo es su audiencia individual con el juez?
q-hearing-hint = Es la audiencia en la que el juez decide su caso. También se llama audiencia "de fondo" o "final" (en inglés, "merits hearing" o "final hearing"). La fecha está en el aviso de audiencia de la corte.
q-hearing-summary = Audiencia individual
q-hearing-error = Elija cuándo es su audiencia individual
q-hearing-opt-within-60-days = En los próximos 60 días
q-hearing-opt-within-60-days-hint = Dentro de unos 2 meses o antes.
q-hearing-opt-later = En más de 60 días
q-hearing-opt-later-hint = Faltan más de unos 2 meses para la audiencia.
q-hearing-opt-none = Todavía no tengo fecha
q-hearing-opt-none-hint = La corte todavía no ha fijado esta audiencia.
q-hearing-opt-not-sure = No lo sé
q-hearing-opt-not-sure-hint = Mire el último aviso que recibió de la corte. Si aún no lo sabe, elija esta opción. Por precaución, vamos a suponer que la audiencia es pronto.

## notice

q-notice-title = ¿Recibió una carta con su cita para huellas?
q-notice-hint = Esta carta se llama aviso de cita. USCIS se la manda a su casa por correo postal, en papel. Dice la fecha, la hora y el lugar donde le tomarán las huellas y la foto.
q-notice-summary = Carta de la cita
q-notice-error = Elija si recibió una carta con su cita
q-notice-opt-yes = Sí
q-notice-opt-yes-hint = Tengo la carta con la fecha de mi cita.
q-notice-opt-no = No
q-notice-opt-no-hint = No la he recibido.
q-notice-opt-not-sure = No lo sé
q-notice-opt-not-sure-hint = Por ejemplo, tiene cartas de USCIS pero no sabe cuál es.

## receipt

q-receipt-title = ¿Recibió un aviso de recibo de su solicitud?
q-receipt-hint = USCIS se lo manda a su casa por correo postal cuando recibe su solicitud. Es el Formulario I-797C, Notificación de Acción (en inglés, "Notice of Action"). Tiene un número de recibo que empieza con tres letras, como IOE o MSC. Para asilo con USCIS, puede empezar con Z, como ZLA.
q-receipt-summary = Aviso de recibo
q-receipt-error = Elija si recibió un aviso de recibo
q-receipt-opt-yes = Sí
q-receipt-opt-yes-hint = Tengo un aviso de recibo.
q-receipt-opt-no = No
q-receipt-opt-no-hint = Todavía no he recibido ninguno.
q-receipt-opt-not-sure = No lo sé
q-receipt-opt-not-sure-hint = Busque una carta de USCIS que diga "Receipt Notice" (aviso de recibo).

## waited

q-waited-title = ¿Hace cuánto tiempo envió su solicitud?
q-waited-hint = Si tiene un aviso de recibo, cuente desde la fecha del aviso de recibo.
q-waited-summary = Tiempo de espera
q-waited-error = Elija cuánto tiempo ha esperado
q-waited-opt-under-2-months = Menos de 2 meses
q-waited-opt-under-2-months-hint = Menos de unas 8 semanas.
q-waited-opt-2-to-3-months = De 2 a 3 meses
q-waited-opt-2-to-3-months-hint = Unas 8 a 13 semanas.
q-waited-opt-over-3-months = Más de 3 meses
q-waited-opt-over-3-months-hint = Más de unas 13 semanas.
q-waited-opt-not-sure = No lo sé
q-waited-opt-not-sure-hint = No sabe cuándo se envió. Le ayudaremos a averiguarlo.

## appointment-date

q-appointment-date-title = ¿Cuál es la fecha de su cita?
q-appointment-date-hint = La fecha está en su aviso de cita.
q-appointment-date-summary = Fecha de la cita
q-appointment-date-error = Escriba la fecha de su cita, o elija "No sé la fecha"
q-appointment-date-opt-not-sure = No sé la fecha
q-appointment-date-opt-not-sure-hint = Por ejemplo, perdió el aviso o no puede leerlo.

## appointment-passed

q-appointment-passed-title = ¿Ya pasó la hora de su cita?
q-appointment-passed-hint = Mire la hora en su aviso de cita. ¿Ya pasó esa hora?
q-appointment-passed-summary = Ya pasó la hora de la cita
q-appointment-passed-error = Elija si ya pasó la hora de la cita
q-appointment-passed-opt-yes = Sí, ya pasó la hora
q-appointment-passed-opt-yes-hint = La hora de la cita ya pasó.
q-appointment-passed-opt-no = No, todavía no
q-appointment-passed-opt-no-hint = La hora de la cita todavía no ha llegado.
q-appointment-passed-opt-not-sure = No lo sé
q-appointment-passed-opt-not-sure-hint = Le mostraremos cómo averiguarlo.

## attended

q-attended-title = ¿Fue a su cita?
q-attended-hint = Quiere decir que usted fue al ASC, la oficina que dice su aviso, y le tomaron las huellas.
q-attended-summary = Fue a la cita
q-attended-error = Elija si fue a la cita
q-attended-opt-yes = Sí, fui
q-attended-opt-yes-hint = Me tomaron las huellas.
q-attended-opt-no = No, no fui
q-attended-opt-no-hint = Falté, por cualquier motivo.
q-attended-opt-not-sure = No lo sé
q-attended-opt-not-sure-hint = Por ejemplo, usted ayuda a otra persona y no lo sabe.

## missed-recently

q-missed-recently-title = ¿Faltó a la cita hace { $walk-in-days } días o menos?
q-missed-recently-hint = Cuente los días desde la fecha de la cita hasta hoy.
q-missed-recently-summary = Faltó hace { $walk-in-days } días o menos
q-missed-recently-error = Elija si faltó a la cita hace { $walk-in-days } días o menos
q-missed-recently-opt-yes = Sí
q-missed-recently-opt-yes-hint = Fue hace { $walk-in-days } días o menos.
q-missed-recently-opt-no = No
q-missed-recently-opt-no-hint = Fue hace más de { $walk-in-days } días.
q-missed-recently-opt-not-sure = No lo sé
q-missed-recently-opt-not-sure-hint = No sabe cuándo fue la cita.

## letter

q-letter-title = ¿Recibió una carta de USCIS o de la corte después de faltar a la cita?
q-letter-hint = Mire las palabras arriba de cada carta de USCIS o de la corte.
q-letter-summary = Carta de USCIS o de la corte
q-letter-error = Elija qué carta recibió, o "Ninguna carta"
q-letter-opt-none = Ninguna carta
q-letter-opt-none-hint = Nada de USCIS ni de la corte desde que faltó a la cita.
q-letter-opt-rfe = Solicitud de Evidencia
q-letter-opt-rfe-hint = También se llama "RFE" (en inglés, "Request for Evidence"). USCIS pide más información antes de cierta fecha.
q-letter-opt-noid = Aviso de Intención de Denegar
q-letter-opt-noid-hint = También se llama "NOID" (en inglés, "Notice of Intent to Deny"). USCIS piensa denegar su solicitud si usted no responde.
q-letter-opt-denied = Una decisión que deniega mi solicitud
q-letter-opt-denied-hint = La carta dice que su solicitud fue denegada. O un juez tomó una decisión en su caso.
q-letter-opt-not-sure = No lo sé
q-letter-opt-not-sure-hint = Recibió una carta pero no sabe qué es. Guárdela. Le mostraremos dónde buscar ayuda.

## can-attend

q-can-attend-title = ¿Puede ir en esa fecha y a esa hora?
q-can-attend-hint = Haga todo lo posible por ir. Si falta, USCIS puede denegar su solicitud.
q-can-attend-summary = Puede ir a la cita
q-can-attend-error = Elija si puede ir a la cita
q-can-attend-opt-yes = Sí, puedo ir
q-can-attend-opt-yes-hint = Iré en la fecha y a la hora de mi aviso.
q-can-attend-opt-no = No, no puedo ir
q-can-attend-opt-no-hint = Por ejemplo, tiene una enfermedad o no tiene cómo llegar.
q-can-attend-opt-not-sure = Todavía no lo sé
q-can-attend-opt-not-sure-hint = Le mostraremos cómo proteger su caso.

## within-12-hours

q-within-12-hours-title = ¿Su cita es dentro de las próximas { $online-limit-hours } horas?
q-within-12-hours-hint = Esto cambia la forma en que puede pedir una nueva fecha.
q-within-12-hours-summary = Dentro de { $online-limit-hours } horas
q-within-12-hours-error = Elija si la cita es dentro de las próximas { $online-limit-hours } horas
q-within-12-hours-opt-yes = Sí
q-within-12-hours-opt-yes-hint = Faltan { $online-limit-hours } horas o menos.
q-within-12-hours-opt-no = No
q-within-12-hours-opt-no-hint = Faltan más de { $online-limit-hours } horas.
q-within-12-hours-opt-not-sure = No lo sé
q-within-12-hours-opt-not-sure-hint = Por precaución, vamos a suponer que es dentro de { $online-limit-hours } horas.

## reschedules

q-reschedules-title = ¿Cuántas veces se ha cambiado esta cita a otra fecha?
q-reschedules-hint = Cuente cada vez que se cambió esta cita, ya sea por usted o por USCIS.
q-reschedules-summary = Veces que se cambió
q-reschedules-error = Elija cuántas veces se cambió la cita
q-reschedules-opt-0 = Nunca
q-reschedules-opt-0-hint = Es la primera fecha que recibí.
q-reschedules-opt-1 = Una vez
q-reschedules-opt-1-hint = Se cambió una vez.
q-reschedules-opt-2-or-more = 2 veces o más
q-reschedules-opt-2-or-more-hint = Se cambió dos veces o más.
q-reschedules-opt-not-sure = No lo sé
q-reschedules-opt-not-sure-hint = Por precaución, vamos a suponer que fueron 2 veces o más.

## online-account

q-online-account-title = ¿Tiene una cuenta en línea de USCIS, o puede crear una?
q-online-account-hint = Es una cuenta myUSCIS, en my.uscis.gov. Necesita un correo electrónico para crearla.
q-online-account-summary = Cuenta en línea de USCIS
q-online-account-error = Elija si tiene o puede crear una cuenta en línea de USCIS
q-online-account-opt-yes = Sí
q-online-account-opt-yes-hint = Tengo una, o puedo crearla ahora.
q-online-account-opt-no = No
q-online-account-opt-no-hint = No puedo usar una cuenta en línea.
q-online-account-opt-not-sure = No lo sé
q-online-account-opt-not-sure-hint = Le mostraremos cómo hacer la solicitud por teléfono.

## photo-id

q-photo-id-title = ¿Tiene una identificación válida con foto, como un pasaporte?
q-photo-id-hint = Válida quiere decir que no está vencida.
q-photo-id-summary = Identificación válida con foto
q-photo-id-error = Elija si tiene una identificación válida con foto
q-photo-id-opt-yes = Sí
q-photo-id-opt-yes-hint = Por ejemplo, un pasaporte que no está vencido.
q-photo-id-opt-no = No
q-photo-id-opt-no-hint = No hay problema. Le mostraremos qué otra cosa puede llevar.

## moved

q-moved-title = ¿Se mudó después de presentar su solicitud?
q-moved-hint = USCIS y la corte le envían cartas a la dirección que tienen de usted.
q-moved-summary = Se mudó después de presentar la solicitud
q-moved-error = Elija si se mudó después de presentar su solicitud
q-moved-opt-yes = Sí, me mudé
q-moved-opt-yes-hint = Ahora vivo en otra dirección.
q-moved-opt-no = No
q-moved-opt-no-hint = Vivo en la misma dirección.
q-moved-opt-not-sure = No lo sé
q-moved-opt-not-sure-hint = Por ejemplo, no sabe qué dirección está en su solicitud.
q-case-type-opt-other-court = Otro caso en la corte de inmigración
q-case-type-opt-other-court-hint = Un juez tiene su caso y usted pide otra cosa. Por ejemplo, cancelación de deportación o green card ante el juez.
q-letter-opt-new-appointment = Un nuevo aviso de cita
q-letter-opt-new-appointment-hint = USCIS le mandó una nueva fecha para sus huellas.
q-attended-opt-turned-away = Fui, pero no me tomaron las huellas
q-attended-opt-turned-away-hint = Por ejemplo, le dijeron que se fuera o que volviera otro día.
q-new-appointment-date-title = ¿Cuál es la fecha de su nueva cita?
q-new-appointment-date-hint = La fecha está en su nuevo aviso de cita.
q-new-appointment-date-summary = Fecha de la nueva cita
q-new-appointment-date-error = Escriba la fecha de su nueva cita, o elija "No sé la fecha"
q-new-appointment-date-opt-not-sure = No sé la fecha
q-new-appointment-date-opt-not-sure-hint = Por ejemplo, no encuentra el nuevo aviso.
