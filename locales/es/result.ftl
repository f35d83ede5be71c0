# Result texts: where the person stands, how urgent it is, what to bring,
# words to know, sources and phone labels.

## Situations: one sentence that says where the person stands.

situation-waiting-for-receipt = Todavía no tiene un aviso de recibo, pero aún es pronto, así que revise las cartas que le llegan a su casa.
situation-receipt-overdue = Su aviso de recibo está tarde, así que es hora de preguntar a USCIS.
situation-waiting-for-notice = Usted está esperando la carta con la fecha de su cita para huellas.
situation-notice-overdue = Su carta de cita ya debió llegar, así que es hora de preguntar a USCIS.
situation-court-hearing-soon = Su audiencia en la corte puede ser pronto y todavía no le han tomado las huellas, así que actúe ahora.
situation-case-unknown = Usted no sabe bien dónde está su caso, así que el primer paso es averiguarlo.
situation-appointment-upcoming = { $has-date ->
        [yes] Su cita para huellas es el { $date } y usted piensa ir.
       *[other] Usted tiene una cita para huellas pronto y piensa ir.
    }
situation-attendance-undecided = Usted tiene una cita para huellas, pero no sabe bien si puede ir.
situation-must-reschedule = Usted no puede ir ese día, así que pida una nueva fecha antes de la hora de su cita.
situation-timing-unknown = Usted no sabe bien si ya pasó la hora de su cita, así que averígüelo primero.
situation-attended = Usted fue a su cita, así que no hay nada que cambiar.
situation-attendance-unknown = Usted no sabe bien si le tomaron las huellas, así que averígüelo primero.
situation-missed = Usted faltó a su cita, pero todavía puede pedir una nueva fecha, así que actúe ahora.
situation-missed-with-letter = { $letter ->
        [rfe] Faltó a su cita, y USCIS le mandó una Solicitud de Evidencia con fecha límite.
        [noid] Faltó a su cita, y USCIS le mandó un Aviso de Intención de Denegar con fecha límite.
       *[other] Faltó a su cita, y USCIS pudo mandarle una carta con fecha límite.
    }
situation-denied = { $track ->
        [asylum-uscis] Su solicitud fue denegada después de la cita que faltó, así que busque ayuda legal ya.
        [asylum-court] Hubo una decisión en su caso después de la cita que faltó, así que busque ayuda legal ya.
        [other-court] Hubo una decisión en su caso después de la cita que faltó, así que busque ayuda legal ya.
        [not-sure] Su solicitud fue denegada después de la cita que faltó, así que busque ayuda legal ya.
       *[other] USCIS denegó su solicitud, pero puede pedir a USCIS que abra su caso otra vez.
    }

## Urgency banners

urgency-today = Haga esto hoy
urgency-before-date = { $has-date ->
        [yes] Haga esto antes del { $date }
       *[other] Haga esto antes de su cita
    }
urgency-on-date = { $has-date ->
        [yes] Su cita es el { $date }
       *[other] Vaya en la fecha de su aviso
    }
urgency-this-week = Haga esto esta semana
urgency-wait = Por ahora solo tiene que esperar

## What to bring

bring-appointment-notice = Su aviso de cita, impreso en papel.
bring-family-notices = Si sus familiares recibieron sus propios avisos, lleve todos los avisos. Cada persona que recibió un aviso debe ir.
bring-photo-id = Una identificación válida con foto, como su pasaporte.
bring-other-id = { $photo-id ->
        [no] Usted no tiene una identificación válida con foto, así que lleve lo que tenga.
       *[other] Si no tiene una identificación válida con foto, lleve lo que tenga.
    } Puede ser un acta de nacimiento, una identificación escolar o una identificación vencida. Puede ser una copia o una foto de una identificación. Puede ser un documento de inmigración con su foto.
bring-leave-behind = No lleve comida, armas ni cámaras.

## Words to know

glossary-biometrics-term = Datos biométricos
glossary-biometrics-def = Sus huellas, su foto y su firma. USCIS los toma para confirmar quién es usted y para revisar sus antecedentes.
glossary-asc-term = ASC (Centro de Asistencia en Solicitudes)
glossary-asc-def = La oficina de USCIS donde le toman las huellas y la foto. Su aviso dice a qué ASC debe ir.
glossary-uscis-term = USCIS
glossary-uscis-def = Servicio de Ciudadanía e Inmigración de Estados Unidos (U.S. Citizenship and Immigration Services). Es la oficina del gobierno que decide muchas solicitudes de inmigración.
glossary-receipt-notice-term = Aviso de recibo
glossary-receipt-notice-def = Una carta de USCIS que dice que recibió su solicitud. Es el Formulario I-797C, Notificación de Acción. La carta dice en inglés "Receipt Notice" y "Notice of Action".
glossary-receipt-number-term = Número de recibo
glossary-receipt-number-def = El número de su aviso de recibo. Empieza con tres letras, por ejemplo IOE, MSC, o para asilo ZLA. Úselo para ver su caso en línea.
glossary-a-number-term = Número A (A-Number)
glossary-a-number-def = Su número de inmigración. Empieza con la letra A. Está en muchos de sus papeles de inmigración.
glossary-myuscis-term = Cuenta en línea de USCIS (myUSCIS)
glossary-myuscis-def = Su cuenta en el sitio web de USCIS, en my.uscis.gov. Allí puede ver sus avisos y pedir una nueva fecha para su cita.
glossary-contact-center-term = Centro de Contacto de USCIS
glossary-contact-center-def = La línea telefónica de USCIS, { $contact-center }. Puede llamar para pedir una nueva fecha para su cita.
glossary-tty-term = TTY
glossary-tty-def = Un servicio telefónico para personas sordas o con problemas de audición. El número TTY de USCIS es { $contact-center-tty }.
glossary-good-cause-term = Buena causa (good cause)
glossary-good-cause-def = Una buena razón por la que usted no puede ir a su cita, como una enfermedad. USCIS la pide cuando usted pide una nueva fecha.
glossary-rfe-term = Solicitud de Evidencia (RFE)
glossary-rfe-def = Una carta de USCIS que pide más información. Tiene una fecha límite para que usted responda.
glossary-noid-term = Aviso de Intención de Denegar (NOID)
glossary-noid-def = Una carta que dice que USCIS planea denegar su solicitud. Debe responder antes de la fecha impresa en ella.
glossary-abandonment-term = Abandono
glossary-abandonment-def = Cuando USCIS o un juez da por abandonada su solicitud, como si usted ya no la quisiera. Faltar a su cita para huellas puede causar esto.
glossary-motion-to-reopen-term = Moción para reabrir
glossary-motion-to-reopen-def = Una petición a USCIS para que revise su caso otra vez después de una denegación. Se hace con el Formulario I-290B y tiene un plazo corto.
glossary-ar-11-term = Formulario AR-11
glossary-ar-11-def = El formulario para darle a USCIS su nueva dirección. Usted debe avisar a USCIS dentro de { $ar11-days } días después de mudarse. La herramienta de USCIS para cambiar la dirección en línea cuenta como este formulario.
glossary-eoir-33-term = Formulario EOIR-33
glossary-eoir-33-def = El formulario para darle a la corte de inmigración su nueva dirección. Debe enviarlo dentro de { $eoir33-days } días hábiles después de mudarse.
glossary-immigration-court-term = Corte de inmigración
glossary-immigration-court-def = Una corte donde un juez decide casos de inmigración, como el asilo. Es parte del Departamento de Justicia, no de USCIS.
glossary-government-lawyer-term = Abogado del gobierno
glossary-government-lawyer-def = El abogado de ICE que representa al gobierno en su caso en la corte. Este abogado trabaja en la Oficina del Asesor Jurídico Principal (Office of the Principal Legal Advisor).
glossary-individual-hearing-term = Audiencia individual
glossary-individual-hearing-def = La audiencia en la corte donde el juez decide su caso. También se llama audiencia "de fondo" o "final".
glossary-case-status-term = Estado del caso
glossary-case-status-def = En qué punto está su solicitud ahora. Puede revisarlo en el sitio web de USCIS con su número de recibo.

## Sources: the titles of the pages cited under each step.

source-uscis-biometrics = USCIS: Cómo prepararse para su cita de servicios biométricos
source-uscis-policy-manual = Manual de Políticas de USCIS: toma de datos biométricos y cambio de citas
source-uscis-contact-center = USCIS: Centro de Contacto
source-uscis-case-status = USCIS: Estado de casos en línea (Case Status Online)
source-uscis-online-account = USCIS: Crear una cuenta en línea de USCIS
source-uscis-change-address = USCIS: Cómo cambiar su dirección
source-uscis-i-290b = USCIS: Formulario I-290B, Aviso de Apelación o Moción
source-cfr-103-2 = 8 CFR 103.2: Reglas para las solicitudes, incluido el abandono
source-cfr-103-5 = 8 CFR 103.5: Mociones para reabrir o reconsiderar
source-eoir-33 = Corte de inmigración: Formulario EOIR-33, cambio de dirección
source-eoir-case-status = Corte de inmigración: Información automatizada de casos
source-eoir-legal-providers = Corte de inmigración: Lista de proveedores de servicios legales gratuitos (pro bono)
source-ice-opla = ICE: Oficinas locales de la Oficina del Asesor Jurídico Principal
source-asap-faq = Asylum Seeker Advocacy Project: Preguntas frecuentes sobre datos biométricos
source-seed-missed-2024 = Artículo de un bufete de abogados: Qué pasa si falta a su cita para huellas (2024)
source-seed-reschedule = Artículo de un bufete de abogados: Cómo cambiar la fecha de una cita para huellas
source-seed-green-card = Artículo de un bufete de abogados: Cita para huellas perdida en un caso de tarjeta verde
source-seed-online-tool-2023 = Noticia de un bufete de abogados: Herramienta en línea de USCIS para cambiar citas para huellas (2023)

## Phone numbers: the label shown next to each number.

phone-contact-center = Centro de Contacto de USCIS
phone-contact-center-tty = Centro de Contacto de USCIS, TTY para personas sordas o con problemas de audición
phone-eoir-line = Línea de información de casos de la corte de inmigración
situation-first = Empiece con el paso 1: { $step }.
situation-notice-unknown = No sabe si llegó un aviso de cita, así que averígüelo hoy.
situation-turned-away = Usted fue, pero no le tomaron las huellas, así que pida una nueva fecha ya.
glossary-board-appeal-term = Junta de Apelaciones de Inmigración
glossary-board-appeal-def = El tribunal que revisa la decisión de un juez de inmigración. Se pide con el Formulario EOIR-26.
glossary-advance-parole-term = Advance parole
glossary-advance-parole-def = Un permiso de viaje. Sin él, salir del país puede terminar un caso de asilo o de green card.
source-eoir-appeal = Corte de inmigración: Apelar la decisión de un juez
source-cfr-1003-23 = 8 CFR 1003.23: Mociones para reabrir ante la corte
source-cfr-1003-38 = 8 CFR 1003.38: Apelaciones a la Junta
source-uscis-eoir-benefits = USCIS: Beneficios en casos de la corte de inmigración
source-cfr-208-7 = 8 CFR 208.7: Permisos de trabajo para solicitantes de asilo
source-cfr-208-8 = 8 CFR 208.8: Salir del país con el asilo pendiente
source-cfr-245-2 = 8 CFR 245.2: Salir del país con la green card pendiente
source-cis-ombudsman = Defensor de CIS del DHS: preguntas y respuestas sobre el Centro de Contacto de USCIS (2021)
source-fr-2025-biometrics = Registro Federal, 90 FR 49062: regla propuesta de biometría (2025)
source-uscis-fees = USCIS: Lista de tarifas (Formulario G-1055)
source-asylum-receipt-prefixes = Guía: números de recibo de la oficina de asilo
source-huella-review-2026 = Revisión legal del contenido de Huella (2026)
