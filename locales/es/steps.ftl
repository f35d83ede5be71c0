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
    } Vaya al ASC que dice su aviso. ASC quiere decir Centro de Asistencia en Solicitudes. Es la oficina donde le toman las huellas y la foto. { $situation ->
        [attendance-undecided] Haga todo lo posible por ir. Si de verdad no puede ir, pida una nueva fecha antes de la hora de la cita. Los próximos pasos le dicen cómo.
       *[other] Vaya siempre. Si falta, USCIS puede denegar su solicitud.
    } { $track ->
        [asylum-uscis] Si falta sin una buena razón, se detiene la cuenta de días para su permiso de trabajo. Su permiso puede llegar más tarde.
        [asylum-court] Si falta sin una buena razón, se detiene la cuenta de días para su permiso de trabajo. Su permiso puede llegar más tarde.
       *[other] { "" }
    } ¿Tiene una orden de salir del país o antecedentes penales? Hable con un ayudante legal antes de la cita. No falte sin más. Nadie puede prometer que ir es seguro.

## bring-documents

step-bring-documents-title = Prepare sus papeles
step-bring-documents-body = { $photo-id ->
        [yes] Lleve su aviso de cita en papel. Lleve su identificación con foto, como su pasaporte.
        [no] Lleve su aviso de cita en papel. Usted no tiene una identificación válida con foto. No hay problema. Lleve los papeles que sí tiene.
       *[other] Lleve su aviso de cita en papel. Lleve una identificación válida con foto, como un pasaporte. Si no tiene una, lleve los papeles que sí tiene.
    } La lista "Qué llevar" le dice cada cosa que debe llevar. ¿Un niño tiene su propio aviso? Entonces el niño también va, con un adulto.

## arrive-early

step-arrive-early-title = Llegue { $arrive-minutes } minutos antes
step-arrive-early-body = Llegue al ASC { $arrive-minutes } minutos antes de la hora de su cita. Su aviso tiene la dirección. Deje en casa la comida, las armas y las cámaras. No las lleve al ASC.

## reschedule-online

step-reschedule-online-title = Pida una nueva fecha en línea
step-reschedule-online-body = Haga esto antes de la hora de su cita. Entre a su cuenta de USCIS en my.uscis.gov, o cree una cuenta allí. En un teléfono, toque "Menu", luego "Account actions" y luego "Reschedule Biometrics". En una computadora, haga clic en "My Account" y luego en "Reschedule Biometrics". Esto solo sirve si faltan más de { $online-limit-hours } horas para su cita. También solo sirve si la cita se cambió menos de { $online-limit-reschedules } veces antes. Si no puede hacerlo en la página, llame al { $contact-center }. Su nuevo aviso va a aparecer en su cuenta. Imprímalo y llévelo a su nueva cita.

## call-contact-center

step-call-contact-center-title = Llame al Centro de Contacto de USCIS
step-call-contact-center-body = Llame al { $contact-center }. Si usted no oye o tiene problemas para oír, llame a la línea TTY, { $contact-center-tty }. La espera puede ser larga, así que llame temprano. El menú del teléfono puede cambiar, así que escuche todas las opciones. Puede elegir español en el menú. { $situation ->
        [missed] Diga que faltó a su cita. Diga por qué y pida una nueva fecha.
        [turned-away] Diga que fue, pero no le tomaron las huellas. Cuente qué pasó y pida una nueva fecha.
        [missed-with-letter] Diga que faltó a su cita. Diga por qué y pida una nueva fecha. Esta llamada no reemplaza su respuesta a la carta.
        [attendance-unknown] Pregunte si USCIS tiene sus huellas. Si no, diga que faltó a la cita y por qué. Luego pida una nueva fecha.
        [must-reschedule] Llame antes de la hora de su cita. Diga por qué no puede ir y pida una nueva fecha. { $urgency ->
            [today] Si nadie contesta a tiempo, vaya a la cita si puede. Anote cada vez que llamó.
           *[other] { "" }
        }
        [attendance-undecided] Si no puede ir, llame antes de la hora de su cita. Diga por qué y pida una nueva fecha. Si nadie contesta a tiempo, vaya si puede.
        [receipt-overdue] Diga que envió su solicitud, pero no tiene aviso de recibo. Pida que revisen.
        [notice-overdue] Pida que revisen si USCIS le envió un aviso de cita. Si lo envió, pida que lo manden otra vez. Si no, pida una solicitud de servicio. Por teléfono no pueden dar una primera cita.
        [court-hearing-soon] Diga que su caso está en la corte y su audiencia es pronto. Pida que revisen si hay un aviso de cita. Si no hay, pida una solicitud de servicio. Por teléfono no pueden dar una primera cita.
        [case-unknown] Pida que revisen si USCIS le envió un aviso de cita. Si no, pida una solicitud de servicio.
        [notice-unknown] Pida que revisen si USCIS le envió un aviso de cita. Pregunte si la fecha ya pasó. Luego pregunte qué debe hacer.
        [timing-unknown] Pregunte si su cita ya pasó. Si todavía no pasó y puede ir, vaya. Si no puede, pida una nueva fecha. Si ya pasó, pregunte qué debe hacer ahora.
        [appointment-upcoming] Pídales que revisen su cita: la fecha, la hora y el lugar. Si no tiene el aviso, pida que se lo manden otra vez.
       *[other] Pida cambiar la fecha de su cita para huellas.
    } Pida el número de referencia de su llamada.
step-call-contact-center-say = { $situation ->
        [receipt-overdue] En inglés, pida hablar con una persona. Luego diga: "I sent my application. I do not have a receipt notice yet." Si eligió español en el menú, pida hablar con un agente. Luego diga: "Envié mi solicitud. Todavía no tengo el aviso de recibo."
        [notice-overdue] En inglés, pida hablar con una persona. Luego diga: "I have not received my biometrics appointment notice. Please check my case." Si eligió español en el menú, pida hablar con un agente. Luego diga: "No he recibido mi aviso de cita para huellas. Por favor, revisen mi caso."
        [case-unknown] En inglés, pida hablar con una persona. Luego diga: "I have not received a biometrics appointment notice. Please check my case." Si eligió español en el menú, pida hablar con un agente. Luego diga: "No he recibido un aviso de cita para huellas. Por favor, revisen mi caso."
        [notice-unknown] En inglés, pida hablar con una persona. Luego diga: "I am not sure if I got a biometrics appointment notice. Please check my case." Si eligió español en el menú, pida hablar con un agente. Luego diga: "No sé si recibí un aviso de cita para huellas. Por favor, revisen mi caso."
        [court-hearing-soon] En inglés, pida hablar con una persona. Luego diga: "My case is in immigration court. My hearing is soon. I have no biometrics appointment notice. Please check my case." Si eligió español en el menú, pida hablar con un agente. Luego diga: "Mi caso está en la corte de inmigración. Mi audiencia es pronto. No tengo aviso de cita para huellas. Por favor, revisen mi caso."
        [timing-unknown] En inglés, diga: "Reschedule biometrics appointment." Luego diga: "I am not sure if my appointment already passed." Si eligió español en el menú, diga: "Reprogramar cita de servicios biométricos". Luego diga: "No sé si mi cita ya pasó."
        [attendance-unknown] En inglés, diga: "Reschedule biometrics appointment." Luego diga: "I am not sure if I went to my appointment." Si eligió español en el menú, diga: "Reprogramar cita de servicios biométricos". Luego diga: "No sé si fui a mi cita."
        [missed] En inglés, diga: "Reschedule biometrics appointment." Luego diga: "I missed my appointment because..." y dé su razón. Si eligió español en el menú, diga: "Reprogramar cita de servicios biométricos". Luego diga: "Falté a mi cita porque..." y dé su razón.
        [turned-away] En inglés, diga: "Reschedule biometrics appointment." Luego diga: "I went to my appointment, but they did not take my fingerprints." Si eligió español en el menú, diga: "Reprogramar cita de servicios biométricos". Luego diga: "Fui a mi cita, pero no me tomaron las huellas."
        [missed-with-letter] En inglés, diga: "Reschedule biometrics appointment." Luego diga: "I missed my appointment because..." y dé su razón. Si eligió español en el menú, diga: "Reprogramar cita de servicios biométricos". Luego diga: "Falté a mi cita porque..." y dé su razón.
        [appointment-upcoming] En inglés, pida hablar con una persona. Luego diga: "Please check my biometrics appointment: the date, time and place." Si eligió español en el menú, pida hablar con un agente. Luego diga: "Por favor, revisen mi cita para huellas: la fecha, la hora y el lugar."
       *[other] En inglés, diga: "Reschedule biometrics appointment." Luego diga: "I cannot go because..." y dé su razón. Si eligió español en el menú, diga: "Reprogramar cita de servicios biométricos". Luego diga: "No puedo ir porque..." y dé su razón.
    }
step-call-contact-center-ready = { $situation ->
        [receipt-overdue] La fecha en que envió su solicitud y el número de rastreo, si los tiene. Su número A, si tiene uno. Papel y algo para escribir.
        [notice-overdue] Su aviso de recibo con su número de recibo. Su número A, si tiene uno. Papel y algo para escribir.
        [court-hearing-soon] Su aviso de recibo con su número de recibo, si tiene uno. Su número A. Su aviso de audiencia. Papel y algo para escribir.
        [case-unknown] Cualquier aviso de USCIS o de la corte. Su número A, si tiene uno. Papel y algo para escribir.
        [notice-unknown] Cada carta de USCIS. Su número A, si tiene uno. Papel y algo para escribir.
        [appointment-upcoming] Su aviso de recibo con su número de recibo. Su número A, si tiene uno. Papel y algo para escribir.
       *[other] Su número de recibo. Está en sus avisos. Su número A, si tiene uno. Su aviso de cita. Papel y algo para escribir.
    }

## walk-in-asc

step-walk-in-asc-title = Opcional: vaya al ASC en persona
step-walk-in-asc-body = Este paso es extra. Hágalo solo después de llamar. Vaya pronto, dentro de { $walk-in-days } días de la fecha que faltó. Vaya al ASC de su aviso. Lleve el aviso y su identificación. ¿Tiene una orden de salir del país o antecedentes penales? Hable con un ayudante legal antes de ir. Explique qué pasó. Pregunte si pueden tomarle las huellas hoy. No tienen que decir que sí. Si lo hacen, pida que sellen su aviso. Si dicen que no, su pedido por teléfono sigue valiendo.

## explain-good-cause

step-explain-good-cause-title = Explique su razón
step-explain-good-cause-body = USCIS quiere una buena razón. Esto se llama "buena causa". Estos son ejemplos de USCIS. Estar enfermo, o ir al médico o al hospital. Un viaje que ya tenía planeado. Una boda, un funeral o una graduación. No tener cómo llegar. No poder faltar al trabajo o dejar de cuidar a alguien. Un aviso que llegó tarde o nunca llegó. Cuidado con los viajes: si pide asilo o una green card, no salga del país sin un permiso de viaje. Este permiso se llama advance parole. Si sale sin él, puede perder su caso. { $route ->
        [online] El formulario en línea le pide su razón.
        [phone] Diga su razón al agente por teléfono.
       *[other] Si USCIS le mandó una carta, dé su razón en su respuesta.
    } Consiga pruebas si puede, como una nota del médico, un boleto o una carta del trabajo. Guarde una copia. { $track ->
        [asylum-uscis] Si falta a la cita sin una buena razón, se detiene la cuenta de días para su permiso de trabajo.
        [asylum-court] Si falta a la cita sin una buena razón, se detiene la cuenta de días para su permiso de trabajo.
       *[other] { "" }
    }

## keep-proof

step-keep-proof-title = Guarde pruebas de lo que hizo
step-keep-proof-body = { $situation ->
        [attended] Guarde el aviso que el ASC selló en su cita. Prueba que usted fue. { $track ->
            [asylum-court] Llévelo a su audiencia y dé una copia al abogado del gobierno (ICE).
            [other-court] Llévelo a su audiencia y dé una copia al abogado del gobierno (ICE).
            [not-sure] Si un juez tiene su caso, llévelo a su audiencia y dé una copia al abogado del gobierno (ICE).
           *[other] { "" }
        } Guarde también cada aviso de USCIS. Si llama a USCIS, tome notas. Anote la fecha, la hora y el nombre o número del agente.
        [appointment-upcoming] Lleve su aviso a la cita y pida al ASC que lo selle. Luego guárdelo bien, porque prueba que usted fue. Guarde también cada aviso de USCIS.
        [turned-away] Guarde cualquier papel que le dio el ASC. Anote la fecha, con quién habló y por qué no le tomaron las huellas. Cada vez que llame a USCIS, anote la fecha, la hora, el nombre o número del agente y lo que le dijo. Guarde cada aviso y carta de USCIS.
       *[other] { $route ->
            [online] Tome una captura de la página que muestra su nueva fecha. Si también llama a USCIS, anote la fecha, la hora y el nombre o número del agente.
           *[other] Cada vez que llame, anote la fecha y la hora. Hágalo aunque nadie conteste. Anote también el nombre o número del agente y lo que le dijo. La lista impresa tiene espacio para estas notas.
        } Guarde cada aviso y carta de USCIS. Después de su cita, guarde el aviso que sella el ASC. Prueba que usted fue.
    }

## check-case-status

step-check-case-status-title = Revise el estado de su caso en línea
step-check-case-status-body = Vaya a la página "Case Status Online" de USCIS y escriba su número de recibo, que está en su aviso de recibo y empieza con tres letras. { $track ->
        [asylum-uscis] Para asilo con USCIS, puede empezar con Z, como en ZLA.
        [asylum-court] La página no muestra casos de la corte. Puede mostrar su aviso de huellas. Para el caso en la corte, use la línea o la página de la corte.
        [other-court] La página no muestra casos de la corte. Puede mostrar su aviso de huellas. Para el caso en la corte, use la línea o la página de la corte.
       *[other] Por ejemplo, puede empezar con IOE.
    } Mire una vez por semana, y si la página dice que USCIS le mandó un aviso que no le llegó, llame al { $contact-center }.

## wait-for-notice

step-wait-for-notice-title = { $situation ->
        [must-reschedule] Espere su nuevo aviso de cita
       *[other] Espere su aviso de cita
    }
step-wait-for-notice-body = { $situation ->
        [must-reschedule] Después de pedir una nueva fecha, USCIS le manda un nuevo aviso de cita. Puede tardar unas semanas. { $route ->
            [online] Va a aparecer en su cuenta en línea. Revise también las cartas que le llegan a su casa.
           *[other] Revise a menudo las cartas que le llegan a su casa. Mire también su cuenta en línea, si tiene una.
        } Vaya a la nueva cita y lleve el nuevo aviso. Mantenga su dirección al día.
        [waiting-for-receipt] Primero, USCIS le manda a su casa, por correo postal, un aviso de recibo. Dice que recibieron su solicitud. Después, le manda un aviso de cita para sus huellas. Suele llegar de { $notice-weeks-min } a { $notice-weeks-max } semanas después de que USCIS recibe su solicitud. { $track ->
            [asylum-uscis] En casos de asilo, puede tardar más.
            [asylum-court] En casos de asilo, puede tardar más.
           *[other] A veces tarda más.
        } Revise a menudo las cartas que le llegan a su casa. Mire también su cuenta en línea, si tiene una. Mantenga su dirección al día. Así el aviso le puede llegar.
       *[other] USCIS le va a mandar a su casa, por correo postal, un aviso de cita. Dice la fecha, la hora y el lugar de su cita para huellas. Suele llegar de { $notice-weeks-min } a { $notice-weeks-max } semanas después de que USCIS recibe su solicitud. { $track ->
            [asylum-uscis] En casos de asilo, puede tardar más.
            [asylum-court] En casos de asilo, puede tardar más.
           *[other] A veces tarda más.
        } Revise a menudo las cartas que le llegan a su casa. Mire también su cuenta en línea, si tiene una. Mantenga su dirección al día. Así el aviso le puede llegar.
    }

## update-address

step-update-address-title = Dé su nueva dirección a USCIS
step-update-address-body = Debe dar su nueva dirección a USCIS dentro de { $ar11-days } días después de mudarse. Use la página de cambio de dirección de USCIS, que cuenta como el Formulario AR-11 y cambia la dirección en cada caso abierto. Puede mandar el Formulario AR-11 en papel, pero entonces debe cambiar la dirección en cada caso abierto. ¿Un aviso fue a su dirección vieja? Se puede arreglar, pero solo después de arreglar su dirección. { $track ->
        [asylum-court] Mudarse no cambia su caso de corte. Siga yendo a la misma corte, salvo que el juez lo cambie.
        [other-court] Mudarse no cambia su caso de corte. Siga yendo a la misma corte, salvo que el juez lo cambie.
       *[other] { "" }
    }

## update-address-court

step-update-address-court-title = Dé su nueva dirección a la corte de inmigración
step-update-address-court-body = { $track ->
        [asylum-court] Haga esto antes de dar su nueva dirección a USCIS, porque un juez tiene su caso y USCIS manda sus avisos a la dirección que tiene la corte.
        [other-court] Haga esto antes de dar su nueva dirección a USCIS, porque un juez tiene su caso y USCIS manda sus avisos a la dirección que tiene la corte.
       *[other] Si un juez tiene su caso, haga esto antes de dar su nueva dirección a USCIS, porque USCIS manda sus avisos a la dirección que tiene la corte.
    } Llene el Formulario EOIR-33 y mándelo a la corte dentro de { $eoir33-days } días hábiles después de mudarse. Mande una copia al abogado del gobierno en su caso, que trabaja para ICE. Guarde una copia para usted. Mudarse no cambia su caso de corte.

## follow-court-instructions

step-follow-court-instructions-title = Siga las instrucciones de la corte para las huellas
step-follow-court-instructions-body = El juez o el abogado del gobierno pudo darle pasos por escrito para las huellas. El abogado del gobierno es el abogado de ICE en su caso. A veces estos pasos se llaman "pre-order instructions". Búsquelos en los papeles de la corte. Haga lo que dicen. ¿No tiene pasos ni aviso? Entonces llame a USCIS. Avise también al abogado del gobierno antes de su audiencia.

## contact-government-lawyer

step-contact-government-lawyer-title = Avise al abogado del gobierno
step-contact-government-lawyer-body = { $track ->
        [not-sure] ¿Un juez tiene su caso? Entonces lea este paso.
       *[other] { "" }
    } El abogado del gobierno trabaja para ICE, del otro lado de su caso en la corte. ICE es el Servicio de Inmigración y Control de Aduanas. Sus abogados trabajan en la Oficina del Asesor Jurídico Principal. Busque el teléfono de la oficina en la página de ICE. { $situation ->
        [appointment-upcoming] Después de su cita, dé a esta oficina una copia de su aviso sellado. ¿Su cita es después de su audiencia? ¿O no sabe la fecha? Entonces avise a la oficina ahora.
        [attended] Dé a esta oficina una copia de su aviso sellado. Muestra que sus huellas están hechas.
       *[other] Diga a esta oficina que sus huellas no están hechas. Diga qué hizo para hacerlas.
    } Si les escribe, guarde una copia.

## tell-the-judge

step-tell-the-judge-title = Dígale al juez lo que hizo
step-tell-the-judge-body = { $track ->
        [not-sure] ¿Un juez tiene su caso? Entonces lea este paso.
       *[other] { "" }
    } { $situation ->
        [appointment-upcoming] Lleve su aviso sellado a su audiencia. Prueba que sus huellas están hechas. ¿Su cita es después de su audiencia? ¿O no sabe la fecha? Entonces avise al juez ahora, por escrito. Guarde una copia.
        [attended] Lleve su aviso sellado a su audiencia. Prueba que sus huellas están hechas.
       *[other] Antes de su audiencia, o en ella, diga al juez que trató de hacer sus huellas. Lleve pruebas de lo que hizo, como sus notas de llamadas, cartas y avisos. El juez puede poner una fecha límite para las huellas. Si no cumple sin una buena razón, el juez puede dar por abandonada su solicitud. Esto quiere decir que el juez actúa como si usted ya no la quisiera.
    }

## respond-to-letter

step-respond-to-letter-title = { $letter ->
        [rfe] Responda a la Solicitud de Evidencia
        [noid] Responda al Aviso de Intención de Denegar
       *[other] Busque hoy la fecha límite en cada carta
    }
step-respond-to-letter-body = { $letter ->
        [rfe] USCIS le mandó una Solicitud de Evidencia, o RFE. Pide más información antes de decidir.
        [noid] USCIS le mandó un Aviso de Intención de Denegar, o NOID. USCIS planea denegar su solicitud. Debe responder antes de la fecha límite.
       *[other] Puede tener una carta de USCIS con fecha límite. Lea hoy cada carta de USCIS. Busque una fecha para responder.
    } La carta dice qué necesita USCIS y la fecha para responder. La fecha impresa en la carta es la que vale. Responda como dice la carta, antes de esa fecha. Guarde una copia de su respuesta y la prueba de que la mandó. Busque ayuda legal ahora.

## motion-to-reopen

step-motion-to-reopen-title = { $track ->
        [asylum-uscis] Busque ayuda legal con la decisión ahora
        [asylum-court] Busque ayuda legal con la decisión ahora
        [other-court] Busque ayuda legal con la decisión ahora
       *[other] Pida a USCIS que abra su caso otra vez
    }
step-motion-to-reopen-body = { $letter ->
        [denied] { $track ->
            [not-sure] Si USCIS tomó la decisión, lea este paso.
           *[other] { "" }
        }
       *[other] ¿Una carta dice que USCIS denegó su solicitud? Entonces lea este paso.
    } { $track ->
        [asylum-uscis] Hable con un ayudante legal ya. Después de una denegación por faltar a la cita, su caso puede ir a la corte de inmigración. Entonces le llega un Aviso de Comparecencia. Los plazos pueden ser cortos. Lleve la decisión y todos sus avisos.
        [asylum-court] Un juez decide su caso, así que el próximo paso le dice qué puede hacer. Hable con un ayudante legal ya.
        [other-court] Un juez decide su caso, así que el próximo paso le dice qué puede hacer. Hable con un ayudante legal ya.
       *[other] No puede apelar una denegación por faltar a la cita, pero puede pedir a USCIS que abra su caso otra vez con el Formulario I-290B, y hay que pagar. USCIS debe recibirlo dentro de { $motion-days } días de la decisión, o { $motion-days-mailed } días si la decisión llegó por correo postal. Debe mostrar que la decisión fue un error, por ejemplo que pidió otra fecha a tiempo o que el aviso fue a una dirección equivocada. Una buena razón sola casi nunca basta. También puede pedir otra vez. Si USCIS se equivocó, pida al Centro de Contacto una solicitud de servicio. Actúe rápido y busque ayuda legal.
    }

## get-legal-help

step-get-legal-help-title = Busque ayuda legal gratis o de bajo costo
step-get-legal-help-body = { $situation ->
        [court-hearing-soon] Su audiencia es pronto, así que busque ayuda ahora.
        [missed-with-letter] Su carta puede tener fecha límite, así que busque ayuda ahora.
        [denied] Tiene poco tiempo para actuar, así que busque ayuda ahora.
       *[other] { $hearing-soon ->
            [yes] Su audiencia puede ser pronto, así que busque ayuda ahora.
           *[other] No tiene que hacer esto solo.
        }
    } La corte de inmigración tiene una lista de servicios legales gratis, y los grupos sin fines de lucro también ayudan. Busque grupos aprobados por el Departamento de Justicia. Parte de su personal son "representantes acreditados", que pueden dar ayuda legal. Nunca pague a un "notario", porque un notario no es abogado y no puede dar consejos legales. Lleve todos sus avisos.

## find-your-case

step-find-your-case-title = Averigüe dónde está su caso
step-find-your-case-body = Busque en sus papeles un aviso de recibo de USCIS. Es el Formulario I-797C, Notificación de Acción, y tiene un número de recibo. Use ese número para ver el estado de su caso en la página de USCIS. Esa página no muestra casos de la corte. Luego busque su número A. Empieza con la letra A. Con él, llame a la línea de la corte al { $eoir-line }, o use la página de la corte. Así sabe si un juez tiene su caso. Luego busque ayuda legal y lleve sus papeles.
step-appeal-to-board-title = Pida que revisen la decisión del juez
step-appeal-to-board-body = { $track ->
        [asylum-court] { $letter ->
            [denied] { "" }
           *[other] ¿Un juez decidió su caso? Entonces lea este paso.
        }
        [other-court] { $letter ->
            [denied] { "" }
           *[other] ¿Un juez decidió su caso? Entonces lea este paso.
        }
       *[other] ¿Un juez decidió su caso? Entonces lea este paso.
    } Hable con un ayudante legal ya. El juez pudo ordenar que salga del país. Tiene dos caminos. Puede apelar a la Junta de Apelaciones de Inmigración con el Formulario EOIR-26. La Junta debe recibirlo dentro de { $board-appeal-days } días de la decisión. O puede pedir al juez que abra su caso otra vez. Esto se llama moción para reabrir. El Formulario I-290B no sirve para una decisión del juez.
