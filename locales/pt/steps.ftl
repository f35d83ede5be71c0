# Steps of a plan: step-<step-id>-title, step-<step-id>-body,
# and for call-contact-center also -say and -ready.
# Every instruction traces to shared/DOMAIN.md or a seed article.
# Facts that change (phone numbers, limits, days) are variables from content/guide.toml.
# Readability: python3 tools/readability.py locales/en (every body variant at grade 6 or below).

## attend-appointment

step-attend-appointment-title = Vá ao seu agendamento da biometria
step-attend-appointment-body = { $has-date ->
        [yes] O seu agendamento é em { $date }. Vá na hora que está no seu aviso.
       *[other] O seu aviso mostra a data e a hora do seu agendamento. Vá nesse dia, nessa hora.
    } Vá ao ASC que está no seu aviso. ASC quer dizer Application Support Center, um centro de atendimento do USCIS. É o escritório onde tiram as suas impressões digitais e a sua foto. { $situation ->
        [attendance-undecided] Faça de tudo para ir. Se você realmente não puder ir, peça uma nova data antes da hora do agendamento. Os próximos passos mostram como.
       *[other] Vá sempre. Se você faltar, o USCIS pode negar o seu pedido.
    } { $track ->
        [asylum-uscis] Se você faltar sem um bom motivo, a contagem de tempo para a sua autorização de trabalho fica parada. A sua autorização de trabalho pode sair mais tarde.
        [asylum-court] Se você faltar sem um bom motivo, a contagem de tempo para a sua autorização de trabalho fica parada. A sua autorização de trabalho pode sair mais tarde.
       *[other] { "" }
    } Você tem uma ordem para sair dos EUA, ou antecedentes criminais? Então fale com uma pessoa de ajuda jurídica antes do agendamento. Não deixe simplesmente de ir. Ninguém pode prometer que ir é seguro.

## bring-documents

step-bring-documents-title = Separe os seus papéis
step-bring-documents-body = { $photo-id ->
        [yes] Leve o seu aviso de agendamento em papel. Leve o seu documento com foto, como o seu passaporte.
        [no] Leve o seu aviso de agendamento em papel. Você não tem um documento com foto válido. Tudo bem. Leve os papéis que você tem.
       *[other] Leve o seu aviso de agendamento em papel. Leve um documento com foto válido, como um passaporte. Se você não tiver, leve os papéis que você tem.
    } A lista "O que levar" mostra cada coisa que você deve levar. Uma criança tem o próprio aviso? Então a criança também tem que ir, com um adulto.

## arrive-early

step-arrive-early-title = Chegue { $arrive-minutes } minutos antes
step-arrive-early-body = Planeje estar no ASC { $arrive-minutes } minutos antes da hora do seu agendamento. O seu aviso mostra o endereço. Deixe comida, armas e câmeras em casa. Não leve essas coisas ao ASC.

## reschedule-online

step-reschedule-online-title = Peça uma nova data pela internet
step-reschedule-online-body = Faça isto antes da hora do seu agendamento. Entre na sua conta do USCIS em my.uscis.gov, ou crie uma conta lá. No celular, toque em "Menu", depois em "Account actions" e depois em "Reschedule Biometrics". No computador, clique em "My Account" e depois em "Reschedule Biometrics". Isso só funciona se faltarem mais de { $online-limit-hours } horas para o seu agendamento. Também só funciona se o agendamento foi mudado menos de { $online-limit-reschedules } vezes antes. Se a ferramenta não deixar, ligue para { $contact-center }. O seu novo aviso vai aparecer na sua conta. Imprima o aviso e leve ao seu novo agendamento.

## call-contact-center

step-call-contact-center-title = Ligue para a Central de Atendimento do USCIS
step-call-contact-center-body = Ligue para { $contact-center }. Para pessoas surdas ou com deficiência auditiva, a linha TTY é { $contact-center-tty }. A espera pode ser longa, então ligue cedo. O menu do telefone pode mudar, então ouça todas as opções. { $situation ->
        [missed] Diga que você faltou ao seu agendamento. Diga por quê e peça uma nova data.
        [turned-away] Diga que você foi, mas não tiraram as suas impressões digitais. Conte o que aconteceu e peça uma nova data.
        [missed-with-letter] Diga que você faltou ao seu agendamento. Diga por quê e peça uma nova data. Esta ligação não substitui a sua resposta à carta.
        [attendance-unknown] Pergunte se o USCIS tem as suas impressões digitais. Se não tiver, diga que você faltou ao agendamento e por quê. Depois peça uma nova data.
        [must-reschedule] Ligue antes da hora do seu agendamento. Diga por que você não pode ir e peça uma nova data. { $urgency ->
            [today] Se ninguém atender a tempo, vá ao agendamento se houver qualquer jeito de ir. Anote cada vez que você ligou.
           *[other] { "" }
        }
        [attendance-undecided] Se você não puder ir, ligue antes da hora do seu agendamento. Diga por quê e peça uma nova data. Se ninguém atender a tempo, vá se houver qualquer jeito de ir.
        [receipt-overdue] Diga que você enviou o seu pedido, mas ainda não tem aviso de recebimento. Peça para verificarem.
        [notice-overdue] Peça para verificarem se o USCIS mandou para você um aviso de biometria. Se mandou, peça para mandarem de novo. Se não, peça para abrirem um pedido de serviço (service request). Eles não podem marcar um primeiro agendamento por telefone.
        [court-hearing-soon] Diga que o seu caso está no tribunal de imigração e que a sua audiência é logo. Peça para verificarem se há um aviso de biometria. Se não houver, peça um pedido de serviço (service request). Eles não podem marcar um primeiro agendamento por telefone.
        [case-unknown] Peça para verificarem se o USCIS mandou para você um aviso de biometria. Se não, peça um pedido de serviço (service request).
        [notice-unknown] Peça para verificarem se o USCIS mandou para você um aviso de biometria. Pergunte se a data já passou. Depois pergunte o que você deve fazer agora.
        [timing-unknown] Pergunte se o seu agendamento já aconteceu. Se ainda não aconteceu e você pode ir, vá. Se não pode, peça uma nova data. Se já passou, pergunte o que você deve fazer agora.
        [appointment-upcoming] Peça que verifiquem o seu agendamento: a data, a hora e o lugar. Se você não tem o aviso, peça que mandem de novo.
       *[other] Peça para remarcar o seu agendamento da biometria.
    } Peça o número de referência da sua ligação.
step-call-contact-center-say = { $situation ->
        [receipt-overdue] Peça para falar com uma pessoa. Depois diga: "Eu enviei o meu pedido. Ainda não tenho um aviso de recebimento."
        [notice-overdue] Peça para falar com uma pessoa. Depois diga: "Eu não recebi o meu aviso de agendamento da biometria. Por favor, verifique o meu caso."
        [case-unknown] Peça para falar com uma pessoa. Depois diga: "Eu não recebi um aviso de agendamento da biometria. Por favor, verifique o meu caso."
        [notice-unknown] Peça para falar com uma pessoa. Depois diga: "Não tenho certeza se recebi um aviso de agendamento da biometria. Por favor, verifique o meu caso."
        [court-hearing-soon] Peça para falar com uma pessoa. Depois diga: "O meu caso está no tribunal de imigração. A minha audiência é logo. Não tenho aviso de agendamento da biometria. Por favor, verifique o meu caso."
        [timing-unknown] Diga: "Reschedule biometrics appointment" (remarcar o agendamento da biometria). Depois diga: "Não tenho certeza se o meu agendamento já passou."
        [attendance-unknown] Diga: "Reschedule biometrics appointment" (remarcar o agendamento da biometria). Depois diga: "Não tenho certeza se fui ao meu agendamento."
        [missed] Diga: "Reschedule biometrics appointment" (remarcar o agendamento da biometria). Depois diga: "Eu faltei ao meu agendamento porque..." e diga o seu motivo.
        [turned-away] Diga: "Reschedule biometrics appointment" (remarcar o agendamento da biometria). Depois diga: "Eu fui ao meu agendamento, mas não tiraram as minhas impressões digitais."
        [missed-with-letter] Diga: "Reschedule biometrics appointment" (remarcar o agendamento da biometria). Depois diga: "Eu faltei ao meu agendamento porque..." e diga o seu motivo.
        [appointment-upcoming] Peça para falar com uma pessoa. Depois diga: "Por favor, verifique o meu agendamento da biometria: a data, a hora e o lugar."
       *[other] Diga: "Reschedule biometrics appointment" (remarcar o agendamento da biometria). Depois diga: "Eu não posso ir porque..." e diga o seu motivo.
    }
step-call-contact-center-ready = { $situation ->
        [receipt-overdue] A data em que você mandou o seu pedido pelo correio e o número de rastreamento, se você tiver. O seu Número A, se você tiver um. Caneta e papel.
        [notice-overdue] O seu aviso de recebimento, com o seu número de recibo. O seu Número A, se você tiver um. Caneta e papel.
        [court-hearing-soon] O seu aviso de recebimento, com o seu número de recibo, se você tiver um. O seu Número A. O seu aviso de audiência. Caneta e papel.
        [case-unknown] Qualquer aviso do USCIS ou do tribunal. O seu Número A, se você tiver um. Caneta e papel.
        [notice-unknown] Todas as cartas do USCIS. O seu Número A, se você tiver um. Caneta e papel.
        [appointment-upcoming] O seu aviso de recebimento, com o seu número de recibo. O seu Número A, se você tiver um. Caneta e papel.
       *[other] O seu número de recibo. Ele está nos seus avisos. O seu Número A, se você tiver um. O seu aviso de agendamento. Caneta e papel.
    }

## walk-in-asc

step-walk-in-asc-title = Opcional: vá ao ASC pessoalmente
step-walk-in-asc-body = Este passo é extra. Faça isso só depois de ligar. Vá logo, em até { $walk-in-days } dias depois da data que você perdeu. Vá ao ASC que está no seu aviso. Leve o aviso e o seu documento de identidade. Você tem uma ordem para sair dos EUA, ou antecedentes criminais? Então fale com uma pessoa de ajuda jurídica antes de ir. Explique o que aconteceu. Pergunte se podem tirar as suas impressões digitais hoje. Eles não são obrigados a dizer sim. Se tirarem, peça para carimbarem o seu aviso. Se disserem não, o pedido que você fez por telefone continua valendo.

## explain-good-cause

step-explain-good-cause-title = Explique o seu motivo
step-explain-good-cause-body = O USCIS quer um bom motivo. Isso se chama "motivo justo" (em inglês, "good cause"). Aqui estão alguns exemplos do USCIS. Estar doente, ou uma consulta com médico ou ida ao hospital. Uma viagem que você já tinha planejado antes. Um casamento, um enterro ou uma formatura. Não ter como chegar lá. Não conseguir folga do trabalho, ou dos cuidados com alguém. Um aviso que chegou atrasado, ou que nunca chegou. Cuidado com viagens: se você pede asilo ou green card, não saia dos EUA sem uma permissão de viagem. Essa permissão se chama advance parole. Se você sair sem ela, pode perder o seu caso. { $route ->
        [online] O formulário on-line pede o seu motivo.
        [phone] Diga o seu motivo ao atendente no telefone.
       *[other] Se o USCIS mandou uma carta para você, dê o seu motivo na sua resposta.
    } Consiga uma prova se puder, como um atestado médico, uma passagem ou uma carta do trabalho. Guarde uma cópia. { $track ->
        [asylum-uscis] Se você faltar sem um bom motivo, a contagem de tempo para a sua autorização de trabalho fica parada.
        [asylum-court] Se você faltar sem um bom motivo, a contagem de tempo para a sua autorização de trabalho fica parada.
       *[other] { "" }
    }

## keep-proof

step-keep-proof-title = Guarde provas do que você fez
step-keep-proof-body = { $situation ->
        [attended] Guarde o aviso que o ASC carimbou no seu agendamento. Ele prova que você foi. { $track ->
            [asylum-court] Leve o aviso à sua audiência e dê uma cópia ao advogado do governo (ICE).
            [other-court] Leve o aviso à sua audiência e dê uma cópia ao advogado do governo (ICE).
            [not-sure] Se um juiz tem o seu caso, leve o aviso à sua audiência e dê uma cópia ao advogado do governo (ICE).
           *[other] { "" }
        } Guarde também todos os outros avisos do USCIS. Se você ligar para o USCIS, faça anotações. Anote a data, a hora e o nome ou o número de identificação do atendente.
        [appointment-upcoming] Leve o seu aviso ao agendamento. Peça ao ASC para carimbar o aviso. Depois, guarde o aviso em um lugar seguro. Ele prova que você foi. Guarde também todos os outros avisos do USCIS.
        [turned-away] Guarde qualquer papel que o ASC deu a você. Anote a data, com quem você falou e por que não tiraram as suas impressões digitais. Cada vez que ligar para o USCIS, anote a data, a hora, o nome ou o número do atendente e o que ele disse. Guarde todos os avisos e cartas do USCIS.
       *[other] { $route ->
            [online] Tire um print (captura de tela) da página que mostra a sua nova data. Se você também ligar para o USCIS, anote a data, a hora e o nome ou o número de identificação do atendente.
           *[other] Cada vez que você ligar, anote a data e a hora. Faça isso mesmo se ninguém atender. Anote também o nome ou o número de identificação do atendente, e o que ele disse para você. A lista de tarefas impressa tem espaço para essas anotações.
        } Guarde todos os avisos e cartas do USCIS. Depois do seu agendamento, guarde o aviso que o ASC carimbar. Ele prova que você foi.
    }

## check-case-status

step-check-case-status-title = Veja a situação do seu caso pela internet
step-check-case-status-body = Entre na página "Case Status Online" (situação do caso) do USCIS. Digite o seu número de recibo. Ele está no seu aviso de recebimento. Ele começa com três letras. { $track ->
        [asylum-uscis] Para asilo com o USCIS, ele pode começar com Z, por exemplo ZLA ou ZNK.
        [asylum-court] A página não mostra casos do tribunal. Ela pode mostrar o seu aviso de biometria. Para o caso no tribunal, use a linha de telefone ou o site do tribunal.
        [other-court] A página não mostra casos do tribunal. Ela pode mostrar o seu aviso de biometria. Para o caso no tribunal, use a linha de telefone ou o site do tribunal.
       *[other] Por exemplo, ele pode começar com IOE ou MSC.
    } Olhe uma vez por semana. Se a página disser que o USCIS mandou um aviso que você nunca recebeu, ligue para { $contact-center }.

## wait-for-notice

step-wait-for-notice-title = { $situation ->
        [must-reschedule] Fique de olho no seu novo aviso de agendamento
       *[other] Fique de olho no seu aviso de agendamento
    }
step-wait-for-notice-body = { $situation ->
        [must-reschedule] Depois que você pede uma nova data, o USCIS manda para você um novo aviso de agendamento. Isso pode levar algumas semanas. { $route ->
            [online] Ele vai aparecer na sua conta on-line do USCIS. Olhe o seu correio também.
           *[other] Olhe o seu correio com frequência. Olhe também a sua conta on-line do USCIS, se você tiver uma.
        } Vá ao novo agendamento e leve o novo aviso. Mantenha o seu endereço atualizado.
        [waiting-for-receipt] Primeiro, o USCIS manda pelo correio um aviso de recebimento. Ele mostra que o USCIS recebeu o seu pedido. Depois, o USCIS manda pelo correio um aviso de agendamento para a sua biometria. Ele costuma chegar de { $notice-weeks-min } a { $notice-weeks-max } semanas depois que o USCIS recebe o seu pedido. { $track ->
            [asylum-uscis] Para asilo, pode demorar mais.
            [asylum-court] Para asilo, pode demorar mais.
           *[other] Às vezes demora mais.
        } Olhe o seu correio com frequência. Olhe também a sua conta on-line do USCIS, se você tiver uma. Mantenha o seu endereço atualizado. Assim o aviso consegue chegar até você.
       *[other] O USCIS vai mandar pelo correio um aviso de agendamento. Ele diz a data, a hora e o lugar do seu agendamento da biometria. Ele costuma chegar de { $notice-weeks-min } a { $notice-weeks-max } semanas depois que o USCIS recebe o seu pedido. { $track ->
            [asylum-uscis] Para asilo, pode demorar mais.
            [asylum-court] Para asilo, pode demorar mais.
           *[other] Às vezes demora mais.
        } Olhe o seu correio com frequência. Olhe também a sua conta on-line do USCIS, se você tiver uma. Mantenha o seu endereço atualizado. Assim o aviso consegue chegar até você.
    }

## update-address

step-update-address-title = Informe o seu novo endereço ao USCIS
step-update-address-body = Você tem que informar o seu novo endereço ao USCIS em até { $ar11-days } dias depois da mudança. Use a ferramenta on-line de mudança de endereço no site do USCIS. Ela vale como o Formulário AR-11. Ela também corrige o endereço em cada um dos seus casos abertos. Você também pode mandar o Formulário AR-11 em papel. Mas então você também tem que mudar o endereço em cada caso aberto. Algum aviso foi para o seu endereço antigo? Isso pode ser resolvido, mas só depois que o seu endereço for corrigido. { $track ->
        [asylum-court] Mudar de casa não muda o seu caso de tribunal. Continue indo ao mesmo tribunal, a não ser que o juiz mude isso.
        [other-court] Mudar de casa não muda o seu caso de tribunal. Continue indo ao mesmo tribunal, a não ser que o juiz mude isso.
       *[other] { "" }
    }

## update-address-court

step-update-address-court-title = Informe o seu novo endereço ao tribunal de imigração
step-update-address-court-body = { $track ->
        [asylum-court] Faça isto antes de dar o seu novo endereço ao USCIS, porque um juiz tem o seu caso. O USCIS manda os seus avisos para o endereço que o tribunal tem.
        [other-court] Faça isto antes de dar o seu novo endereço ao USCIS, porque um juiz tem o seu caso. O USCIS manda os seus avisos para o endereço que o tribunal tem.
       *[other] Se um juiz tem o seu caso, faça isto antes de dar o seu novo endereço ao USCIS. O USCIS manda os seus avisos para o endereço que o tribunal tem.
    } Preencha o Formulário EOIR-33. Mande o formulário ao tribunal de imigração em até { $eoir33-days } dias úteis depois da mudança. Mande uma cópia ao advogado do governo no seu caso. Esse advogado trabalha para o ICE. Guarde uma cópia para você. Mudar de casa não muda o seu caso de tribunal.

## follow-court-instructions

step-follow-court-instructions-title = Siga as instruções do tribunal sobre a biometria
step-follow-court-instructions-body = O juiz ou o advogado do governo pode ter dado a você instruções por escrito sobre as impressões digitais. O advogado do governo é o advogado do ICE no seu caso. Essas instruções às vezes se chamam "pre-order instructions". Procure essas instruções nos papéis do tribunal. Faça exatamente o que elas dizem. Você não tem instruções, nem aviso? Então ligue para o USCIS. Avise também o advogado do governo antes da sua audiência.

## contact-government-lawyer

step-contact-government-lawyer-title = Avise o advogado do governo
step-contact-government-lawyer-body = { $track ->
        [not-sure] Um juiz tem o seu caso? Então leia este passo.
       *[other] { "" }
    } O advogado do governo trabalha para o ICE, do outro lado do seu caso no tribunal. ICE quer dizer Immigration and Customs Enforcement, o Serviço de Imigração e Controle de Alfândega. Os advogados do ICE trabalham no Escritório do Assessor Jurídico Principal (Office of the Principal Legal Advisor). Procure o telefone desse escritório no site do ICE. { $situation ->
        [appointment-upcoming] Depois do seu agendamento, dê a esse escritório uma cópia do seu aviso carimbado. O seu agendamento é depois da data da sua audiência? Ou você não sabe a data? Então avise o escritório agora.
        [attended] Dê a esse escritório uma cópia do seu aviso carimbado. Ele mostra que a sua biometria já foi feita.
       *[other] Diga a esse escritório que a sua biometria ainda não foi feita. Diga o que você fez para conseguir fazer.
    } Se você escrever para eles, guarde uma cópia.

## tell-the-judge

step-tell-the-judge-title = Conte ao juiz o que você fez
step-tell-the-judge-body = { $track ->
        [not-sure] Um juiz tem o seu caso? Então leia este passo.
       *[other] { "" }
    } { $situation ->
        [appointment-upcoming] Leve o seu aviso carimbado à sua audiência. Ele prova que a sua biometria foi feita. O seu agendamento é depois da data da sua audiência? Ou você não sabe a data? Então avise o juiz agora, por escrito. Guarde uma cópia.
        [attended] Leve o seu aviso carimbado à sua audiência. Ele prova que a sua biometria foi feita.
       *[other] Antes da sua audiência, ou na audiência, diga ao juiz que você tentou fazer a sua biometria. Leve provas do que você fez, como as anotações das ligações, cartas e avisos. O juiz pode dar um prazo para a biometria. Se você perder esse prazo sem um bom motivo, o juiz pode tratar o seu pedido como abandonado. Isso quer dizer que o juiz age como se você tivesse desistido do pedido.
    }

## respond-to-letter

step-respond-to-letter-title = { $letter ->
        [rfe] Responda ao Pedido de Provas (Request for Evidence)
        [noid] Responda ao Aviso de Intenção de Negar (Notice of Intent to Deny)
       *[other] Procure hoje o prazo em cada carta
    }
step-respond-to-letter-body = { $letter ->
        [rfe] O USCIS mandou para você um Pedido de Provas (Request for Evidence), ou RFE. Ele pede mais informações antes de o USCIS decidir.
        [noid] O USCIS mandou para você um Aviso de Intenção de Negar (Notice of Intent to Deny), ou NOID. O USCIS pretende negar o seu pedido. Você tem que responder até o prazo.
       *[other] Você pode ter uma carta do USCIS com um prazo. Leia hoje cada carta do USCIS. Procure uma data até a qual você deve responder.
    } A carta diz o que o USCIS precisa e a data até a qual você deve responder. A data impressa na carta é a que vale. Responda do jeito que a carta diz, antes dessa data. Guarde uma cópia da sua resposta e a prova de que você a enviou. Procure ajuda jurídica agora.

## motion-to-reopen

step-motion-to-reopen-title = { $track ->
        [asylum-uscis] Procure ajuda jurídica agora sobre a decisão
        [asylum-court] Procure ajuda jurídica agora sobre a decisão
        [other-court] Procure ajuda jurídica agora sobre a decisão
       *[other] Peça ao USCIS para reabrir o seu caso
    }
step-motion-to-reopen-body = { $letter ->
        [denied] { $track ->
            [not-sure] Se foi o USCIS que tomou a decisão, leia este passo.
           *[other] { "" }
        }
       *[other] Alguma carta disse que o USCIS negou o seu pedido? Então leia este passo.
    } { $track ->
        [asylum-uscis] Fale com uma pessoa de ajuda jurídica agora mesmo. Depois de uma negativa por falta ao agendamento, o seu caso pode ser mandado ao tribunal de imigração. Então você recebe um Aviso de Comparecimento (Notice to Appear). Os prazos podem ser curtos. Leve a decisão e todos os seus avisos.
        [asylum-court] Um juiz decide o seu caso, então o próximo passo mostra as suas opções. Fale com uma pessoa de ajuda jurídica agora mesmo.
        [other-court] Um juiz decide o seu caso, então o próximo passo mostra as suas opções. Fale com uma pessoa de ajuda jurídica agora mesmo.
       *[other] Não dá para recorrer (appeal) de uma negativa por falta ao agendamento. Mas você pode pedir ao USCIS para abrir o seu caso de novo. Isso se chama pedido de reabertura (motion to reopen). Você usa o Formulário I-290B para isso, e há uma taxa. O USCIS tem que receber o pedido em até { $motion-days } dias da decisão. Se a decisão chegou pelo correio, você tem { $motion-days-mailed } dias. O pedido tem que mostrar que a decisão estava errada. Por exemplo, você pediu uma nova data a tempo, ou o aviso foi para um endereço errado. Só um bom motivo, sozinho, quase nunca basta. Talvez você também possa fazer o pedido de novo. Se o erro foi do USCIS, você também pode pedir à Central de Atendimento um pedido de serviço (service request). Aja rápido e procure ajuda jurídica agora.
    }

## get-legal-help

step-get-legal-help-title = Consiga ajuda jurídica gratuita ou de baixo custo
step-get-legal-help-body = { $situation ->
        [court-hearing-soon] A sua audiência é logo, então procure ajuda agora.
        [missed-with-letter] A sua carta pode ter um prazo, então procure ajuda agora.
        [denied] O seu tempo para agir é curto, então procure ajuda agora.
       *[other] { $hearing-soon ->
            [yes] A sua audiência pode ser logo, então procure ajuda agora.
           *[other] Você não precisa fazer isso sem ajuda.
        }
    } O tribunal de imigração tem uma lista de grupos que dão ajuda jurídica de graça. Outros grupos sem fins lucrativos também podem ajudar. Procure grupos aprovados pelo Departamento de Justiça dos EUA. Algumas pessoas desses grupos são "representantes credenciados" ("accredited representatives"). Elas podem dar ajuda jurídica. Cuidado com quem diz ser "notário" ("notary public") ou "consultor de imigração". No Brasil, o notário (tabelião) é uma autoridade. Nos EUA, não é. Lá, um "notary public" só serve de testemunha quando alguém assina um papel. Ele não é advogado. Não pode dar conselhos jurídicos nem representar você. Só um advogado ou um representante credenciado pode fazer isso. Nunca pague a um notário ou consultor por ajuda jurídica. Leve todos os seus avisos.

## find-your-case

step-find-your-case-title = Descubra onde está o seu caso
step-find-your-case-body = Procure nos seus papéis um aviso de recebimento do USCIS. É o Formulário I-797C, e ele tem um número de recibo. Use esse número para ver a situação do seu caso no site do USCIS. Essa página não mostra casos do tribunal. Depois, procure o seu Número A (A-Number). Ele começa com a letra A. Com ele, ligue para a linha do tribunal de imigração, { $eoir-line }, ou use a consulta on-line de casos do tribunal. Isso mostra se um juiz tem o seu caso. Depois, procure ajuda jurídica e leve os seus papéis.
step-appeal-to-board-title = Peça que a decisão de um juiz seja revista
step-appeal-to-board-body = { $track ->
        [asylum-court] { $letter ->
            [denied] { "" }
           *[other] Um juiz decidiu o seu caso? Então leia este passo.
        }
        [other-court] { $letter ->
            [denied] { "" }
           *[other] Um juiz decidiu o seu caso? Então leia este passo.
        }
       *[other] Um juiz decidiu o seu caso? Então leia este passo.
    } Fale com uma pessoa de ajuda jurídica agora mesmo. O juiz pode ter dado uma ordem para você sair dos EUA. Você tem dois jeitos de contestar a decisão. Você pode recorrer ao Conselho de Recursos de Imigração (Board of Immigration Appeals) com o Formulário EOIR-26. O Conselho tem que receber o recurso em até { $board-appeal-days } dias da decisão. Ou você pode pedir ao juiz para reabrir o seu caso. Isso se chama pedido de reabertura (motion to reopen). O Formulário I-290B não é usado para a decisão de um juiz.
