# Steps of a plan: step-<step-id>-title, step-<step-id>-body,
# and for call-contact-center also -say and -ready.
# Every instruction traces to shared/DOMAIN.md or a seed article.
# Facts that change (phone numbers, limits, days) are variables from content/guide.toml.
# Readability: python3 tools/readability.py locales/es (Fernández-Huerta 70 or more on every body variant).

## attend-appointment

step-attend-appointment-title = Vaya a su cita para huellas
step-attend-appointment-body = { $has-date ->
        [yes] Su cita es el { $date }. Vaya a la hora que dice su aviso.
       *[other] Su aviso dice la fecha y la hora de su cita. Vaya ese día, a esa hora.
    } Vaya al ASC que dice su aviso. ASC quiere decir Centro de Apoyo de Solicitudes. Es la oficina donde le toman las huellas y la foto. { $situation ->
        [attendance-undecided] Haga todo lo posible por ir. Si de verdad no puede ir, pida una nueva fecha antes de la hora de la cita. Los próximos pasos le dicen cómo.
       *[other] Vaya siempre. Si falta, USCIS puede negar su solicitud.
    }

## bring-documents

step-bring-documents-title = Prepare sus papeles
step-bring-documents-body = { $photo-id ->
        [yes] Lleve su aviso de cita en papel. Lleve su identificación con foto, como su pasaporte.
        [no] Lleve su aviso de cita en papel. Usted no tiene una identificación válida con foto. No hay problema. Lleve los papeles que sí tiene.
       *[other] Lleve su aviso de cita en papel. Lleve una identificación válida con foto, como un pasaporte. Si no tiene una, lleve los papeles que sí tiene.
    } La lista "Qué llevar" le dice cada cosa que debe llevar.

## arrive-early

step-arrive-early-title = Llegue { $arrive-minutes } minutos antes
step-arrive-early-body = Planee estar en el ASC { $arrive-minutes } minutos antes de la hora de su cita. Su aviso tiene la dirección. Deje en casa la comida, las armas y las cámaras. No las lleve al ASC.

## reschedule-online

step-reschedule-online-title = Pida una nueva fecha en línea
step-reschedule-online-body = Haga esto antes de la hora de su cita. Entre a su cuenta de USCIS en my.uscis.gov, o cree una cuenta allí. En un teléfono, toque "Menu", luego "Account actions" y luego "Reschedule Biometrics". En una computadora, haga clic en "My Account" y luego en "Reschedule Biometrics". Esto solo sirve si faltan más de { $online-limit-hours } horas para su cita. También solo sirve si la cita se cambió menos de { $online-limit-reschedules } veces antes. Si no puede hacerlo en la página, llame al { $contact-center }. Su nuevo aviso va a aparecer en su cuenta. Imprímalo y llévelo a su nueva cita.

## call-contact-center

step-call-contact-center-title = Llame al Centro de Contacto de USCIS
step-call-contact-center-body = Llame al { $contact-center }. Si usted no oye o tiene problemas para oír, llame a la línea TTY, { $contact-center-tty }. La espera puede ser larga, así que llame temprano. El menú del teléfono puede cambiar, así que escuche todas las opciones. { $situation ->
        [missed] Diga que faltó a su cita. Diga por qué y pida una nueva fecha.
        [missed-with-letter] Diga que faltó a su cita. Diga por qué y pida una nueva fecha. Esta llamada no reemplaza su respuesta a la carta.
        [attendance-unknown] Pregunte si USCIS tiene sus huellas. Si no, diga que faltó a la cita y por qué. Luego pida una nueva fecha.
        [must-reschedule] Llame antes de la hora de su cita. Diga por qué no puede ir y pida una nueva fecha.
        [attendance-undecided] Si no puede ir, llame antes de la hora de su cita. Diga por qué y pida una nueva fecha.
        [receipt-overdue] Diga que envió su solicitud, pero que todavía no tiene un aviso de recibo. Pida que lo revisen.
        [notice-overdue] Pregunte si USCIS le envió un aviso de cita para huellas. Si lo envió, pida que se lo manden otra vez. Si no, pida que le den una cita.
        [court-hearing-soon] Diga que su caso está en la corte de inmigración y que su audiencia es pronto. Pregunte si USCIS le envió un aviso de cita. Si no, pida que le den una cita.
        [case-unknown] Pregunte si USCIS le envió un aviso de cita para huellas. Si no, pida que le den una cita.
        [timing-unknown] Pregunte si su cita ya pasó. Luego pregunte qué debe hacer ahora.
       *[other] Pida cambiar la fecha de su cita para huellas.
    }
step-call-contact-center-say = { $situation ->
        [receipt-overdue] Pida hablar con una persona. Luego diga: "Envié mi solicitud. Todavía no tengo un aviso de recibo."
        [notice-overdue] Pida hablar con una persona. Luego diga: "No he recibido mi aviso de cita biométrica."
        [case-unknown] Pida hablar con una persona. Luego diga: "No he recibido un aviso de cita biométrica."
        [court-hearing-soon] Pida hablar con una persona. Luego diga: "Mi caso está en la corte de inmigración. Mi audiencia es pronto. No tengo un aviso de cita biométrica."
        [timing-unknown] Diga en inglés: "Reschedule biometrics appointment" (cambiar la cita biométrica). Luego diga: "No sé si mi cita ya pasó."
        [attendance-unknown] Diga en inglés: "Reschedule biometrics appointment" (cambiar la cita biométrica). Luego diga: "No sé si fui a mi cita."
        [missed] Diga en inglés: "Reschedule biometrics appointment" (cambiar la cita biométrica). Luego diga: "Falté a mi cita porque..." y diga su razón.
        [missed-with-letter] Diga en inglés: "Reschedule biometrics appointment" (cambiar la cita biométrica). Luego diga: "Falté a mi cita porque..." y diga su razón.
       *[other] Diga en inglés: "Reschedule biometrics appointment" (cambiar la cita biométrica). Luego diga: "No puedo ir porque..." y diga su razón.
    }
step-call-contact-center-ready = { $situation ->
        [receipt-overdue] La fecha en que envió su solicitud por correo y el número de rastreo, si los tiene. Su número A, si tiene uno. Un bolígrafo y papel.
        [notice-overdue] Su aviso de recibo con su número de recibo. Su número A, si tiene uno. Un bolígrafo y papel.
        [court-hearing-soon] Su aviso de recibo con su número de recibo, si tiene uno. Su número A. Su aviso de audiencia. Un bolígrafo y papel.
        [case-unknown] Cualquier aviso de USCIS o de la corte. Su número A, si tiene uno. Un bolígrafo y papel.
       *[other] Su número de recibo. Está en sus avisos. Su número A, si tiene uno. Su aviso de cita. Un bolígrafo y papel.
    }

## walk-in-asc

step-walk-in-asc-title = Opcional: vaya al ASC en persona
step-walk-in-asc-body = Este paso es extra. Hágalo solo después de llamar. Vaya pronto, antes de que pasen { $walk-in-days } días desde la cita perdida. Vaya al ASC que dice su aviso. Lleve el aviso y su identificación. Diga lo que pasó. Pregunte si le pueden tomar las huellas hoy. No tienen que decir que sí. Si le dicen que no, lo que pidió por teléfono sigue valiendo.

## explain-good-cause

step-explain-good-cause-title = Explique su razón
step-explain-good-cause-body = USCIS quiere una buena razón. Esto se llama "causa justificada". Estos son algunos ejemplos de USCIS. Una enfermedad, o una visita al médico o al hospital. Un viaje que planeó antes. Una boda, un funeral o una graduación. No tener cómo llegar. No poder faltar al trabajo, o no poder dejar de cuidar a alguien. Un aviso que llegó tarde o que nunca llegó. { $route ->
        [online] El formulario en línea le pide su razón.
        [phone] Dígale su razón al agente por teléfono.
       *[other] Diga su razón cuando llame a USCIS. Si USCIS le envió una carta, dé su razón también en su respuesta.
    } Si puede, consiga una prueba, como una nota del médico, un boleto o una carta del trabajo. Guarde una copia.

## keep-proof

step-keep-proof-title = Guarde pruebas de lo que hizo
step-keep-proof-body = { $situation ->
        [attended] Guarde el aviso que el ASC selló en su cita. Es la prueba de que usted fue. Guarde también todos los otros avisos de USCIS. Si llama a USCIS, tome notas. Anote la fecha, la hora y el nombre o número del agente.
        [appointment-upcoming] Lleve su aviso a la cita. En el ASC le van a poner un sello. Después, guárdelo bien. Es la prueba de que usted fue. Guarde también todos los otros avisos de USCIS.
       *[other] { $route ->
            [online] Tome una captura de pantalla de la página que muestra su nueva fecha. Si también llama a USCIS, anote la fecha, la hora y el nombre o número del agente.
           *[other] Cada vez que llame, anote la fecha y la hora. Anote también el nombre o número del agente, y lo que le dijo. La lista impresa tiene espacio para estas notas.
        } Guarde todos los avisos y cartas de USCIS. Después de su cita, guarde el aviso que el ASC sella. Es la prueba de que usted fue.
    }

## check-case-status

step-check-case-status-title = Revise el estado de su caso en línea
step-check-case-status-body = Vaya a la página "Case Status Online" de USCIS. Escriba su número de recibo. Está en su aviso de recibo y empieza con tres letras, como IOE o MSC. Mire la página cada semana. Si dice que le mandaron un aviso que nunca le llegó, llame al { $contact-center }.

## wait-for-notice

step-wait-for-notice-title = { $situation ->
        [must-reschedule] Espere su nuevo aviso de cita
       *[other] Espere su aviso de cita
    }
step-wait-for-notice-body = { $situation ->
        [must-reschedule] Después de pedir una nueva fecha, USCIS le manda un nuevo aviso de cita. Puede tardar unas semanas. { $route ->
            [online] Va a aparecer en su cuenta en línea. Revise su correo también.
           *[other] Revise su correo a menudo. Mire también su cuenta en línea, si tiene una.
        } Vaya a la nueva cita y lleve el nuevo aviso. Mantenga su dirección al día.
        [waiting-for-receipt] Primero, USCIS le manda por correo un aviso de recibo. Dice que recibieron su solicitud. Después, le manda un aviso de cita para sus huellas. Suele llegar de { $notice-weeks-min } a { $notice-weeks-max } semanas después de que USCIS recibe su solicitud. { $track ->
            [asylum-uscis] En casos de asilo, puede tardar más.
            [asylum-court] En casos de asilo, puede tardar más.
           *[other] A veces tarda más.
        } Revise su correo a menudo. Mire también su cuenta en línea, si tiene una. Mantenga su dirección al día. Así el aviso le puede llegar.
       *[other] USCIS le va a mandar por correo un aviso de cita. Dice la fecha, la hora y el lugar de su cita para huellas. Suele llegar de { $notice-weeks-min } a { $notice-weeks-max } semanas después de que USCIS recibe su solicitud. { $track ->
            [asylum-uscis] En casos de asilo, puede tardar más.
            [asylum-court] En casos de asilo, puede tardar más.
           *[other] A veces tarda más.
        } Revise su correo a menudo. Mire también su cuenta en línea, si tiene una. Mantenga su dirección al día. Así el aviso le puede llegar.
    }

## update-address

step-update-address-title = Dé su nueva dirección a USCIS
step-update-address-body = Usted debe dar su nueva dirección a USCIS antes de que pasen { $ar11-days } días desde que se mudó. Use la página de USCIS para cambiar la dirección en línea. Cuenta como el Formulario AR-11. También cambia la dirección en cada uno de sus casos abiertos. En vez de eso, puede mandar el Formulario AR-11 en papel. Pero entonces también debe cambiar la dirección en cada caso abierto. ¿Le llegó un aviso a su dirección anterior? Eso se puede arreglar, pero solo después de arreglar su dirección.

## update-address-court

step-update-address-court-title = Dé su nueva dirección a la corte de inmigración
step-update-address-court-body = { $track ->
        [asylum-court] Haga esto primero, porque un juez tiene su caso.
       *[other] Si un juez tiene su caso, haga esto primero.
    } Llene el Formulario EOIR-33. Mándelo a la corte antes de que pasen { $eoir33-days } días hábiles desde que se mudó. Mande una copia al abogado del gobierno en su caso. Este abogado trabaja para ICE. Guarde una copia para usted.

## follow-court-instructions

step-follow-court-instructions-title = Siga las instrucciones de la corte para las huellas
step-follow-court-instructions-body = Tal vez el juez o el abogado del gobierno le dio pasos por escrito para las huellas. El abogado del gobierno es el abogado de ICE en su caso. A veces estos pasos se llaman "pre-order instructions". Búsquelos en los papeles de la corte. Haga justo lo que dicen. ¿No tiene esos pasos, ni un aviso? Entonces llame a USCIS. Avise también al abogado del gobierno antes de su audiencia.

## contact-government-lawyer

step-contact-government-lawyer-title = Avise al abogado del gobierno
step-contact-government-lawyer-body = El abogado del gobierno trabaja para ICE. Está del otro lado en su caso en la corte. ICE es el Servicio de Inmigración y Control de Aduanas. Sus abogados trabajan en la Oficina del Asesor Jurídico Principal. Dígale a esa oficina que todavía no le han tomado las huellas. Tal vez le puedan ayudar a tener una cita. Busque el teléfono de la oficina en la página web de ICE. Si les escribe, guarde una copia.

## tell-the-judge

step-tell-the-judge-title = Dígale al juez lo que hizo
step-tell-the-judge-body = En su audiencia, o antes, dígale al juez que trató de que le tomaran las huellas. Lleve pruebas de lo que hizo, como las notas de sus llamadas, sus cartas y sus avisos. El juez puede poner una fecha límite para las huellas. Si usted no la cumple y no tiene una buena razón, el juez puede tratar su solicitud como abandonada. Esto quiere decir que el juez actúa como si usted la hubiera dejado.

## respond-to-letter

step-respond-to-letter-title = { $letter ->
        [rfe] Responda a la Solicitud de Evidencia
        [noid] Responda al Aviso de Intención de Denegar
       *[other] Responda a la carta de USCIS
    }
step-respond-to-letter-body = { $letter ->
        [rfe] USCIS le mandó una Solicitud de Evidencia, o RFE. USCIS pide más información antes de decidir.
        [noid] USCIS le mandó un Aviso de Intención de Denegar, o NOID. USCIS piensa negar su solicitud si usted no responde.
       *[other] Lea con cuidado cada carta de USCIS.
    } La carta dice qué le piden y la fecha para responder. La fecha impresa en la carta es la que cuenta. Responda como dice la carta, antes de esa fecha. Guarde una copia de su respuesta y una prueba de que la mandó. Busque ayuda legal ahora.

## motion-to-reopen

step-motion-to-reopen-title = { $track ->
        [asylum-uscis] Busque ayuda legal ahora sobre la decisión
        [asylum-court] Busque ayuda legal ahora sobre la decisión
       *[other] Pida a USCIS que reabra su caso
    }
step-motion-to-reopen-body = { $track ->
        [asylum-uscis] Las decisiones de asilo siguen otras reglas. Hable con un abogado de inmediato. Los plazos pueden ser cortos. Lleve la decisión y todos sus avisos.
        [asylum-court] Las decisiones de asilo siguen otras reglas. Hable con un abogado de inmediato. Los plazos pueden ser cortos. Lleve la decisión y todos sus avisos.
       *[other] Si le negaron la solicitud por faltar a la cita, no puede apelar. Pero sí puede pedir a USCIS que abra su caso otra vez. Esto se llama moción para reabrir. Se hace con el Formulario I-290B. USCIS debe recibir la moción antes de que pasen { $motion-days } días desde la decisión. Si la decisión le llegó por correo, tiene { $motion-days-mailed } días. Así que actúe rápido y busque ayuda legal ahora.
    }

## get-legal-help

step-get-legal-help-title = Busque ayuda legal gratis o de bajo costo
step-get-legal-help-body = { $situation ->
        [court-hearing-soon] Su audiencia es pronto, así que busque ayuda ahora.
        [missed-with-letter] Su carta tiene una fecha límite, así que busque ayuda ahora.
        [denied] Tiene poco tiempo para actuar, así que busque ayuda ahora.
       *[other] No tiene que hacer esto sin ayuda.
    } La corte de inmigración tiene una lista de quienes dan servicios legales gratis. Los grupos sin fines de lucro también le pueden ayudar. Busque grupos que el Departamento de Justicia ha aprobado. Algunas personas que trabajan allí son "representantes acreditados". Ellas pueden dar ayuda legal. Nunca le pague a un "notario". En Estados Unidos, un notario no es abogado y no puede darle consejos legales. Lleve todos sus avisos.

## find-your-case

step-find-your-case-title = Averigüe dónde está su caso
step-find-your-case-body = Busque en sus papeles un aviso de recibo de USCIS. Es el Formulario I-797C y tiene un número de recibo. Use ese número para ver el estado de su caso en la página web de USCIS. Después, busque su número A. Empieza con la letra A. Con ese número, llame a la línea de la corte de inmigración al { $eoir-line }, o use el estado de casos en línea de la corte. Así sabrá si un juez tiene su caso. Luego busque ayuda legal y lleve sus papeles.
