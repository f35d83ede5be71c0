# Beyond the plan: letter deadlines (and their questions), the calendar file,
# the call sheet and the resume code. $date is written out in the language;
# $days is a whole number of days.

## letter-deadline (asked after an RFE or NOID; optional)
q-letter-deadline-title = Qual é o prazo impresso na carta?
q-letter-deadline-hint = Procure a data até a qual você deve responder. Ela costuma estar perto do começo ou do fim da carta.
q-letter-deadline-summary = Prazo na carta
q-letter-deadline-error = Digite o prazo que está na carta, ou escolha "Não encontro a data"
q-letter-deadline-opt-not-sure = Não encontro a data
q-letter-deadline-opt-not-sure-hint = Mesmo assim vamos mostrar o que fazer. Uma pessoa de ajuda jurídica pode encontrar a data com você.

## decision-date (asked after a denial, outside asylum cases; optional)
q-decision-date-title = Qual é a data da decisão?
q-decision-date-hint = A data está impressa na carta que nega o seu pedido.
q-decision-date-summary = Data da decisão
q-decision-date-error = Digite a data da decisão, ou escolha "Não encontro a data"
q-decision-date-opt-not-sure = Não encontro a data
q-decision-date-opt-not-sure-hint = Mesmo assim vamos mostrar o que fazer. Uma pessoa de ajuda jurídica pode encontrar a data com você.

## decision-mailed (asked when the decision date is known; optional)
q-decision-mailed-title = A decisão chegou para você pelo correio?
q-decision-mailed-hint = Uma decisão enviada pelo correio dá a você { $motion-days-mailed } dias em vez de { $motion-days }.
q-decision-mailed-summary = A decisão chegou pelo correio
q-decision-mailed-error = Escolha se a decisão chegou pelo correio, ou "Não tenho certeza"
q-decision-mailed-opt-yes = Sim, pelo correio
q-decision-mailed-opt-yes-hint = Chegou em um envelope do USCIS.
q-decision-mailed-opt-no = Não
q-decision-mailed-opt-no-hint = Por exemplo, você recebeu em mãos ou só pela internet.
q-decision-mailed-opt-not-sure = Não tenho certeza
q-decision-mailed-opt-not-sure-hint = Por segurança, vamos usar o prazo mais curto.

## The deadline inside its step: deadline-<step-id>-<upcoming|today|passed>
deadline-respond-to-letter-upcoming = O seu prazo é { $date }. { $days ->
        [one] Falta { $days } dia a partir de hoje.
       *[other] Faltam { $days } dias a partir de hoje.
    } A sua resposta tem que chegar ao USCIS até essa data. O correio pode levar uma semana, então envie cedo.
deadline-respond-to-letter-today = O seu prazo é hoje, { $date }. Responda hoje, do jeito que a carta diz.
deadline-respond-to-letter-passed = O seu prazo era { $date }. { $days ->
        [one] Isso foi há { $days } dia.
       *[other] Isso foi há { $days } dias.
    } Se o USCIS não recebeu a sua resposta a tempo, ele pode decidir sem ela. Ele pode negar o seu pedido. Se você enviou a sua resposta, guarde a sua prova. Procure ajuda jurídica agora.
deadline-motion-to-reopen-upcoming = O seu último dia é { $date }. { $days ->
        [one] Falta { $days } dia a partir de hoje.
       *[other] Faltam { $days } dias a partir de hoje.
    } O USCIS tem que receber o seu pedido até essa data.
deadline-motion-to-reopen-today = Hoje, { $date }, é o seu último dia. O USCIS tem que receber o seu pedido hoje.
deadline-motion-to-reopen-passed = O seu último dia foi { $date }. { $days ->
        [one] Isso foi há { $days } dia.
       *[other] Isso foi há { $days } dias.
    } O USCIS ainda pode aceitar um pedido atrasado, mas só se você mostrar que o atraso foi razoável e fora do seu controle. Procure ajuda jurídica agora.
deadline-appeal-to-board-upcoming = O seu último dia é { $date }. { $days ->
        [one] Falta { $days } dia a partir de hoje.
       *[other] Faltam { $days } dias a partir de hoje.
    } O Conselho de Recursos de Imigração tem que receber o seu recurso até essa data. Procure ajuda jurídica agora.
deadline-appeal-to-board-today = Hoje, { $date }, é o seu último dia. O Conselho de Recursos de Imigração tem que receber o seu recurso hoje. Procure ajuda jurídica agora.
deadline-appeal-to-board-passed = O seu último dia foi { $date }. { $days ->
        [one] Isso foi há { $days } dia.
       *[other] Isso foi há { $days } dias.
    } O prazo para recorrer pode ter acabado. Um advogado talvez ainda encontre um jeito. Procure ajuda jurídica agora.
checklist-deadline-respond-to-letter = Responda à carta até { $date }
checklist-deadline-motion-to-reopen = Entregue o pedido até { $date }
checklist-deadline-appeal-to-board = O Conselho tem que receber o seu recurso até { $date }

## Calendar file (.ics)
calendar-link = Colocar as datas no seu calendário
calendar-hint = Um arquivo para o calendário do seu celular, com lembretes.
calendar-appointment-summary = Agendamento da biometria (USCIS)
calendar-appointment-description = A hora e o endereço estão no seu aviso. Leve o seu aviso e o seu documento. Chegue { $arrive-minutes } minutos antes.
calendar-reminder = Leve o seu aviso e o seu documento; chegue { $arrive-minutes } minutos antes.
calendar-reschedule-summary = Remarcar antes de { $date }
calendar-reschedule-description = Peça ao USCIS uma nova data antes do seu agendamento. O seu plano no Huella mostra como.
calendar-deadline-respond-to-letter-summary = Prazo: a sua resposta tem que chegar ao USCIS
calendar-deadline-motion-to-reopen-summary = Último dia: o USCIS tem que receber o seu pedido
calendar-deadline-appeal-to-board-summary = Último dia: o Conselho tem que receber o seu recurso
calendar-deadline-description = Esta é a data que você digitou a partir da sua carta. Confira na carta. Procure ajuda jurídica.

## Call sheet (a printable page for calling the Contact Center)
call-sheet-link = Imprimir uma folha para a ligação
call-sheet-title = Folha para a ligação: Central de Atendimento do USCIS
call-sheet-lead = Deixe esta página perto do telefone quando ligar. Anote o que acontecer.
call-sheet-numbers-heading = Números para ligar
call-sheet-say-heading = O que dizer
call-sheet-ready-heading = Tenha isto à mão
call-sheet-reason-heading = O seu motivo e a sua prova
call-sheet-reason-body = Se você não pode ir ou não foi, diga por quê em poucas palavras. Diga que prova você tem, como um atestado médico.
call-sheet-notes-heading = Anote
call-sheet-notes-date = Data da ligação
call-sheet-notes-time = Hora da ligação
call-sheet-notes-agent = Nome ou número de identificação do atendente
call-sheet-notes-said = O que disseram
call-sheet-notes-next = O que você tem que fazer depois

## Resume code
resume-code-heading = O seu código para voltar
resume-code-body = Com este código, você pode ver as suas respostas em outro celular ou computador. Entre em { $address } e digite o código. Não mostre o código a ninguém: qualquer pessoa com o código pode ver as suas respostas. Ele para de funcionar quando as suas respostas forem apagadas.
resume-title = Volte às suas respostas
resume-lead = Digite o código da sua página de resultado ou da sua lista de tarefas.
resume-label = O seu código
resume-hint = 16 letras e números, por exemplo 7KQM-4TXP-AHJ3-WCRY. Pode usar letras minúsculas e espaços.
resume-button = Abrir minhas respostas
resume-error-empty = Digite o seu código
resume-error-shape = Um código tem 16 letras e números, como 7KQM-4TXP-AHJ3-WCRY
resume-error-unknown = Não encontramos este código. Confira e tente de novo. Os códigos param de funcionar quando as respostas são apagadas.
privacy-resume-heading = O seu código para voltar
privacy-resume-body = A sua página de resultado mostra um código. Ele abre as suas respostas em outro aparelho. Nós não guardamos o código. Não mostre o código a ninguém: qualquer pessoa com o código pode ver as suas respostas. Para impedir que alguém tente adivinhar, o Huella só permite poucas tentativas por minuto.

## appointment-time (asked when the appointment date is known and to come; optional)
q-appointment-time-title = A que horas é o seu agendamento?
q-appointment-time-hint = A hora está no seu aviso de agendamento. Usamos a hora para lembrar você no seu calendário.
q-appointment-time-summary = Hora do agendamento
q-appointment-time-error = Digite a hora do seu agendamento, ou escolha "Não sei a hora"
q-appointment-time-opt-not-sure = Não sei a hora
q-appointment-time-opt-not-sure-hint = Tudo bem. Olhe o seu aviso antes de ir.
time-label = Hora
time-example = Por exemplo, 9:30 AM ou 2:00 PM, como no aviso. Também pode escrever 14:00.
time-error-invalid = Digite uma hora de verdade, como 9:30 AM ou 14:00
time-error-mixed = Você digitou uma hora e também escolheu "Não sei a hora". Escolha só uma das duas.
# $hour (0-23) and $hour12 (1-12) are numbers, $minute is two digits, $period is am or pm.
# Brazilian Portuguese uses the 24-hour clock ("9:30", "14:30"). The check
# script wants the same variables as the English message ($hour12, $minute,
# $period), so the 24-hour hour is worked out from $hour12 and $period
# instead of using $hour.
time-of-day = { $period ->
        [am] { $hour12 ->
            [12] 0
           *[other] { $hour12 }
        }
       *[other] { $hour12 ->
            [1] 13
            [2] 14
            [3] 15
            [4] 16
            [5] 17
            [6] 18
            [7] 19
            [8] 20
            [9] 21
            [10] 22
            [11] 23
           *[other] 12
        }
    }:{ $minute }
date-and-time = { $date }, às { $time }

## Calendar file: the given time, online closing, counted deadlines
calendar-appointment-description-timed = O endereço está no seu aviso. Leve o seu aviso e o seu documento. Chegue { $arrive-minutes } minutos antes.
calendar-reschedule-online-description = Remarque na sua conta do USCIS antes de { $date }. Depois disso, a ferramenta on-line fecha: ligue para o USCIS.
deadline-counted = O Huella calculou esta data: { $days } dias a partir da data da decisão, { $date }. Confira com uma pessoa de ajuda jurídica.

## Call sheet: blanks and the phone line's languages
call-sheet-blanks-heading = Os seus números
call-sheet-blank-appointment = Data do agendamento
call-sheet-language-heading = O seu idioma no telefone
call-sheet-language-tip = A linha de telefone fala inglês e espanhol: para espanhol, escolha no menu. Para outro idioma, peça um intérprete: diga o nome do seu idioma em inglês, por exemplo "Portuguese". Você também pode pedir a uma pessoa de confiança para ajudar na ligação.
