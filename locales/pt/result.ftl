# Result texts: where the person stands, how urgent it is, what to bring,
# words to know, sources and phone labels.

## Situations: one sentence that says where the person stands.

situation-waiting-for-receipt = Você ainda não tem aviso de recebimento, mas ainda é cedo. Fique de olho no seu correio.
situation-receipt-overdue = O seu aviso de recebimento está atrasado. Está na hora de perguntar ao USCIS.
situation-waiting-for-notice = Você está esperando a carta com a data do seu agendamento da biometria.
situation-notice-overdue = A sua carta de agendamento já deveria ter chegado. Está na hora de perguntar ao USCIS.
situation-court-hearing-soon = A sua audiência no tribunal pode ser logo, e a sua biometria ainda não foi feita. Aja agora.
situation-case-unknown = Você não tem certeza de onde está o seu caso. O primeiro passo é descobrir.
situation-appointment-upcoming = { $has-date ->
        [yes] O seu agendamento da biometria é em { $date }, e você pretende ir.
       *[other] Você tem um agendamento da biometria chegando, e pretende ir.
    }
situation-attendance-undecided = Você tem um agendamento da biometria, mas não tem certeza de que pode ir.
situation-must-reschedule = Você não pode ir nesse dia. Peça uma nova data antes da hora do seu agendamento.
situation-timing-unknown = Você não tem certeza se a hora do seu agendamento já passou. Descubra isso primeiro.
situation-attended = Você foi ao seu agendamento, então não há nada para remarcar.
situation-attendance-unknown = Você não tem certeza se tiraram as suas impressões digitais. Descubra isso primeiro.
situation-missed = Você faltou ao seu agendamento, mas ainda pode pedir uma nova data. Aja agora.
situation-missed-with-letter = { $letter ->
        [rfe] Você faltou ao seu agendamento, e o USCIS mandou para você um Pedido de Provas (Request for Evidence) que tem um prazo.
        [noid] Você faltou ao seu agendamento, e o USCIS mandou para você um Aviso de Intenção de Negar (Notice of Intent to Deny) que tem um prazo.
       *[other] Você faltou ao seu agendamento, e o USCIS pode ter mandado para você uma carta com um prazo.
    }
situation-denied = { $track ->
        [asylum-uscis] O seu pedido foi negado depois do agendamento que você perdeu. Procure ajuda jurídica agora mesmo.
        [asylum-court] Houve uma decisão no seu caso depois do agendamento que você perdeu. Procure ajuda jurídica agora mesmo.
        [other-court] Houve uma decisão no seu caso depois do agendamento que você perdeu. Procure ajuda jurídica agora mesmo.
        [not-sure] O seu pedido foi negado depois do agendamento que você perdeu. Procure ajuda jurídica agora mesmo.
       *[other] O USCIS negou o seu pedido, mas talvez você possa pedir ao USCIS para abrir o seu caso de novo.
    }

## Urgency banners

urgency-today = Faça isto hoje
urgency-before-date = { $has-date ->
        [yes] Faça isto antes de { $date }
       *[other] Faça isto antes do seu agendamento
    }
urgency-on-date = { $has-date ->
        [yes] O seu agendamento é em { $date }
       *[other] Vá na data que está no seu aviso
    }
urgency-this-week = Faça isto esta semana
urgency-wait = Agora não há nada a fazer, só esperar

## What to bring

bring-appointment-notice = O seu aviso de agendamento, impresso em papel.
bring-family-notices = Se pessoas da sua família receberam os próprios avisos, leve todos os avisos. Cada pessoa que recebeu um aviso tem que ir.
bring-photo-id = Um documento de identidade com foto válido, como o seu passaporte.
bring-other-id = { $photo-id ->
        [no] Você não tem um documento com foto válido, então leve o que você tiver.
       *[other] Se você não tiver um documento com foto válido, leve o que você tiver.
    } Pode ser uma certidão de nascimento, uma carteirinha de escola ou um documento vencido. Pode ser uma cópia ou uma foto de um documento. Pode ser um papel de imigração com a sua foto.
bring-leave-behind = Não leve comida, armas nem câmera.

## Words to know

glossary-biometrics-term = Biometria (biometrics)
glossary-biometrics-def = As suas impressões digitais, foto e assinatura. O USCIS coleta esses dados para confirmar quem você é e para verificar os seus antecedentes.
glossary-asc-term = ASC (Application Support Center)
glossary-asc-def = O escritório do USCIS onde tiram as suas impressões digitais e a sua foto. O seu aviso diz a qual ASC você deve ir.
glossary-uscis-term = USCIS
glossary-uscis-def = U.S. Citizenship and Immigration Services, o Serviço de Cidadania e Imigração dos Estados Unidos. É o órgão do governo que decide muitos pedidos de imigração.
glossary-receipt-notice-term = Aviso de recebimento (Receipt Notice)
glossary-receipt-notice-def = Uma carta do USCIS que diz que ele recebeu o seu pedido. É o Formulário I-797C.
glossary-receipt-number-term = Número de recibo (receipt number)
glossary-receipt-number-def = O número que está no seu aviso de recebimento. Ele começa com três letras, por exemplo IOE, MSC ou, para asilo, ZLA. Use esse número para ver o seu caso na internet.
glossary-a-number-term = Número A (A-Number)
glossary-a-number-def = O seu número de imigração. Ele começa com a letra A. Você encontra esse número em muitos dos seus papéis de imigração.
glossary-myuscis-term = Conta on-line do USCIS (myUSCIS)
glossary-myuscis-def = A sua conta no site do USCIS, em my.uscis.gov. Lá você pode ver avisos e pedir uma nova data de agendamento.
glossary-contact-center-term = Central de Atendimento do USCIS (USCIS Contact Center)
glossary-contact-center-def = A linha de telefone do USCIS, pelo número { $contact-center }. Você pode ligar para pedir uma nova data de agendamento.
glossary-tty-term = TTY
glossary-tty-def = Um serviço de telefone para pessoas surdas ou com deficiência auditiva. O número TTY do USCIS é { $contact-center-tty }.
glossary-good-cause-term = Motivo justo (good cause)
glossary-good-cause-def = Um bom motivo para você não poder ir ao seu agendamento, como estar doente. O USCIS pede esse motivo quando você pede uma nova data.
glossary-rfe-term = Pedido de Provas (Request for Evidence, RFE)
glossary-rfe-def = Uma carta do USCIS que pede mais informações. Ela tem uma data até a qual você precisa responder.
glossary-noid-term = Aviso de Intenção de Negar (Notice of Intent to Deny, NOID)
glossary-noid-def = Uma carta que diz que o USCIS pretende negar o seu pedido. Você precisa responder até a data impressa nela.
glossary-abandonment-term = Abandono (abandonment)
glossary-abandonment-def = Quando o USCIS ou um juiz trata o seu pedido como se você tivesse desistido dele. Faltar ao seu agendamento da biometria pode levar a isso.
glossary-motion-to-reopen-term = Pedido de reabertura (motion to reopen)
glossary-motion-to-reopen-def = Um pedido ao USCIS para olhar o seu caso de novo depois de uma negativa. Ele é feito no Formulário I-290B e tem um prazo curto.
glossary-ar-11-term = Formulário AR-11
glossary-ar-11-def = O formulário para informar ao USCIS o seu novo endereço. Você tem que informar o USCIS em até { $ar11-days } dias depois da mudança. A ferramenta on-line de mudança de endereço do USCIS vale como este formulário.
glossary-eoir-33-term = Formulário EOIR-33
glossary-eoir-33-def = O formulário para informar ao tribunal de imigração o seu novo endereço. Você tem que enviar em até { $eoir33-days } dias úteis depois da mudança.
glossary-immigration-court-term = Tribunal de imigração
glossary-immigration-court-def = Um tribunal onde um juiz decide casos de imigração, como asilo. Faz parte do Departamento de Justiça, não do USCIS.
glossary-government-lawyer-term = Advogado do governo
glossary-government-lawyer-def = O advogado do ICE que fica do lado do governo no seu caso no tribunal. Esse advogado trabalha no Escritório do Assessor Jurídico Principal (Office of the Principal Legal Advisor, OPLA).
glossary-individual-hearing-term = Audiência individual
glossary-individual-hearing-def = A audiência no tribunal em que o juiz decide o seu caso. Também é chamada de audiência de mérito ("merits") ou final ("final").
glossary-case-status-term = Situação do caso (case status)
glossary-case-status-def = Onde o seu pedido está agora. Você pode ver isso no site do USCIS com o seu número de recibo.

## Sources: the titles of the pages cited under each step.

source-uscis-biometrics = USCIS: Como se preparar para o seu agendamento de serviços biométricos
source-uscis-policy-manual = Manual de Políticas do USCIS: coleta de biometria e remarcação
source-uscis-contact-center = USCIS: Central de Atendimento (Contact Center)
source-uscis-case-status = USCIS: Situação do caso on-line (Case Status Online)
source-uscis-online-account = USCIS: Criar uma conta on-line do USCIS
source-uscis-change-address = USCIS: Como mudar o seu endereço
source-uscis-i-290b = USCIS: Formulário I-290B, Aviso de Recurso ou Pedido (Notice of Appeal or Motion)
source-cfr-103-2 = 8 CFR 103.2: regras para os pedidos, incluindo o abandono
source-cfr-103-5 = 8 CFR 103.5: pedidos de reabertura ou de reconsideração
source-eoir-33 = Tribunal de imigração: Formulário EOIR-33, mudança de endereço
source-eoir-case-status = Tribunal de imigração: informações automáticas sobre o caso
source-eoir-legal-providers = Tribunal de imigração: lista de prestadores de serviços jurídicos gratuitos (pro bono)
source-ice-opla = ICE: escritórios do Escritório do Assessor Jurídico Principal (OPLA)
source-asap-faq = Asylum Seeker Advocacy Project: perguntas frequentes sobre biometria
source-seed-missed-2024 = Artigo de escritório de advocacia: o que acontece se você faltar ao agendamento da biometria (2024)
source-seed-reschedule = Artigo de escritório de advocacia: como remarcar um agendamento da biometria
source-seed-green-card = Artigo de escritório de advocacia: biometria perdida em um caso de green card
source-seed-online-tool-2023 = Notícia de escritório de advocacia: ferramenta on-line do USCIS para remarcar a biometria (2023)

## Phone numbers: the label shown next to each number.

phone-contact-center = Central de Atendimento do USCIS
phone-contact-center-tty = Central de Atendimento do USCIS, TTY para pessoas surdas ou com deficiência auditiva
phone-eoir-line = Linha de informações de casos do tribunal de imigração
situation-first = Comece pelo passo 1: { $step }.
situation-notice-unknown = Você não tem certeza se chegou um aviso de biometria. Descubra hoje.
situation-turned-away = Você foi, mas não tiraram as suas impressões digitais. Peça uma nova data agora.
glossary-board-appeal-term = Conselho de Recursos de Imigração (Board of Immigration Appeals)
glossary-board-appeal-def = O tribunal que revê a decisão de imigração de um juiz. Você pede isso no Formulário EOIR-26.
glossary-advance-parole-term = Advance parole (permissão de viagem)
glossary-advance-parole-def = Uma permissão para viajar. Sem ela, sair dos EUA pode acabar com um caso de asilo ou de green card.
source-eoir-appeal = Tribunal de imigração: recorrer da decisão de um juiz de imigração
source-cfr-1003-23 = 8 CFR 1003.23: pedidos de reabertura no tribunal de imigração
source-cfr-1003-38 = 8 CFR 1003.38: recursos ao Conselho de Recursos de Imigração
source-uscis-eoir-benefits = USCIS: benefícios de imigração em casos no tribunal de imigração
source-cfr-208-7 = 8 CFR 208.7: autorização de trabalho para quem pede asilo
source-cfr-208-8 = 8 CFR 208.8: sair dos EUA enquanto o pedido de asilo está pendente
source-cfr-245-2 = 8 CFR 245.2: sair dos EUA enquanto o caso de green card está pendente
source-cis-ombudsman = DHS CIS Ombudsman (Ouvidoria): perguntas e respostas sobre a Central de Atendimento do USCIS (2021)
source-fr-2025-biometrics = Federal Register, 90 FR 49062: proposta de regra sobre biometria (2025)
source-uscis-fees = USCIS: tabela de taxas (Formulário G-1055)
source-asylum-receipt-prefixes = Guia: números de recibo dos escritórios de asilo
source-huella-review-2026 = Revisão do conteúdo jurídico do Huella (2026)
