# Page and component texts.

## Layout

site-name = Huella
site-tagline = Ajuda com o seu agendamento da biometria (impressões digitais) no USCIS
skip-link = Pular para o conteúdo principal
page-title = { $title } - Huella
page-title-error = Erro: { $title } - Huella
nav-start-again = Começar de novo
footer-not-legal-advice = O Huella dá informações gerais. Não é aconselhamento jurídico.
footer-private = Não pedimos o seu nome nem o seu Número A (A-Number).

## Start page

start-title = Prepare-se para o seu agendamento da biometria no USCIS
start-lead = O Huella ajuda você com o seu agendamento para dar as impressões digitais, também chamado de agendamento da biometria ("biometrics appointment"). Responda a algumas perguntas e você vai receber um plano com os próximos passos.
start-need-heading = Antes de começar
start-need-body = Tenha à mão as suas cartas do USCIS ou do tribunal de imigração, se você tiver. Você também pode começar sem elas.
start-time = Leva uns 3 minutos. São só algumas perguntas.
start-private-heading = As suas respostas são privadas
start-private-body = Não pedimos o seu nome nem o seu Número A (A-Number). Guardamos as suas respostas para você poder voltar ao seu plano. Para apagá-las, escolha "Começar de novo" no fim da página. O Huella dá informações gerais, não aconselhamento jurídico.
start-button = Começar agora

## Question pages

back-link = Voltar
continue-button = Continuar
error-summary-title = Há um problema
date-month = Mês
date-day = Dia
date-year = Ano
date-or = ou
date-example = Por exemplo: 12 25 2026 (primeiro o mês 12, depois o dia 25, depois o ano 2026)
date-error-incomplete = A data precisa ter mês, dia e ano
date-error-not-number = A data só pode ter números
date-error-year-digits = O ano precisa ter 4 números
date-error-not-real = A data precisa ser uma data de verdade. Por exemplo, não existe 30 de fevereiro.
date-error-out-of-range = Digite uma data com um ano entre { $min-year } e { $max-year }
date-error-mixed = Você digitou uma data e também escolheu "Não sei a data". Escolha só uma das duas.

## Check your answers

check-title = Confira as suas respostas
check-intro = Revise as suas respostas. Para mudar uma, escolha "Mudar" ao lado dela.
check-change = Mudar
check-continue = Ver o que fazer

## Result

result-title = O que fazer agora
result-steps-heading = Os seus passos, em ordem
result-step-label = Passo { $number }
result-call-label = Ligue
result-tty-label = TTY, para pessoas surdas ou com deficiência auditiva
result-say-label = O que dizer
result-ready-label = Tenha isto à mão
result-sources-label = { $count ->
    [one] Fonte:
   *[other] Fontes:
 }
checklist-phone-label = { $label }:
# Between two sources in a list, and after the last one.
result-sources-separator = { "; " }
result-sources-end = .
result-reviewed = Revisado pela última vez em { $date }
result-bring-heading = O que levar
result-glossary-heading = Palavras para conhecer
result-help-heading = Ajuda jurídica gratuita
result-help-body = Um advogado ou um representante credenciado ("accredited representative") pode olhar o seu caso. Muitas organizações sem fins lucrativos dão ajuda gratuita ou de baixo custo. Cuidado com "notário público" ("notary public") e "consultor de imigração". No Brasil e em Portugal, o notário (tabelião) é uma autoridade do direito. Nos EUA, não é: o notary public só serve de testemunha quando alguém assina um documento. Ele não é advogado. Não pode dar conselhos jurídicos nem representar você. Só um advogado ou um representante credenciado de uma organização reconhecida pelo Departamento de Justiça pode fazer isso. Nunca pague a um notário ou consultor por ajuda jurídica. Veja abaixo onde encontrar ajuda gratuita.
legal-help-eoir-providers = Lista de prestadores de serviços jurídicos gratuitos do tribunal de imigração
legal-help-nonprofit-directory = Encontre uma organização sem fins lucrativos de ajuda jurídica perto de você
result-disclaimer-heading = Isto não é aconselhamento jurídico
result-disclaimer = O Huella dá informações gerais. Não é aconselhamento jurídico. Fale com um advogado ou um representante credenciado sobre o seu caso.
result-print-link = Imprimir uma lista de tarefas
result-change-link = Mudar as suas respostas

## Printable checklist

checklist-title = Lista de tarefas do seu agendamento da biometria
checklist-made = Feita em { $date }
checklist-key-dates-heading = Datas importantes
checklist-appointment = Agendamento: { $date }
checklist-appointment-unknown = Agendamento: a data está na sua carta
checklist-phones-heading = Telefones
checklist-steps-heading = Os seus passos
checklist-bring-heading = O que levar
checklist-print-hint = Use o menu Imprimir do seu navegador para imprimir esta página.
checklist-back = Voltar ao seu plano
checklist-notes-heading = Anotações das suas ligações
checklist-notes-date = Data e hora
checklist-notes-agent = Nome ou número do atendente
checklist-notes-said = O que disseram

## Errors

error-not-found-title = Página não encontrada
error-not-found-body = Não encontramos esta página. Confira o endereço da página, ou comece de novo.
error-bad-request-title = Algo deu errado com a sua resposta
error-bad-request-body = Não conseguimos ler o que foi enviado. Volte e tente de novo.
error-too-large-title = Foi enviado coisa demais
error-too-large-body = O que você enviou é grande demais para lermos. Volte e tente de novo.
error-too-slow-title = A página demorou demais para ser enviada
error-too-slow-body = A sua resposta não chegou a tempo. Talvez a conexão esteja lenta. Volte e tente de novo.
error-server-title = Desculpe, há um problema do nosso lado
error-server-body = As suas respostas estão salvas. Tente de novo daqui a um minuto.
error-home-link = Ir para a página inicial

## API errors (read by partner developers)

api-error-unknown-question = Id de pergunta desconhecido: { $field }
api-error-bad-value = A pergunta { $field } não aceita este valor
api-error-bad-date = { $field } tem que ser uma data AAAA-MM-DD ou not-sure
api-error-bad-body = O corpo tem que ser um objeto JSON com um objeto answers
api-error-bad-today = today tem que ser uma data AAAA-MM-DD a no máximo 5 anos da data do servidor
api-error-too-large = O corpo do pedido é grande demais
api-error-too-slow = O corpo do pedido não chegou a tempo
api-error-content-type = O corpo tem que ser enviado como Content-Type: application/json
api-error-duplicate-key = O JSON tem a mesma chave duas vezes: { $field }
date-error-decision-in-future = Esta data é depois de hoje. Digite a data impressa na decisão.
date-error-decision-before-appointment = Esta data é antes do seu agendamento. Digite a data impressa na decisão.
date-error-deadline-before-appointment = Esta data é antes do agendamento que você perdeu, e a carta chegou depois dele. Digite a data para responder que está impressa na carta.
date-error-new-appointment-passed = Esta data já passou, então é o agendamento que você perdeu. Volte à pergunta sobre a data do seu agendamento e digite esta data lá.
api-error-bad-now = now tem que ser uma data e hora locais AAAA-MM-DDTHH:MM, no mesmo dia que today

## The review pack (/review), for a lawyer or accredited representative

review-title = Pacote de revisão para quem faz a revisão jurídica
review-intro = Esta página mostra todas as instruções que o Huella pode dar, com as suas fontes, e todos os planos que as regras podem criar. Ela não tem as respostas de ninguém. Imprima, confira cada passo com as suas fontes e escreva o seu nome e a data ao lado do que você aprovar.
review-due = { $count ->
        [0] Nenhum passo está esperando revisão (todos foram revisados nos últimos { $days } dias).
        [one] { $count } passo foi revisado pela última vez há mais de { $days } dias. Ele aparece primeiro.
       *[other] { $count } passos foram revisados pela última vez há mais de { $days } dias. Eles aparecem primeiro.
    }
review-steps-heading = Todos os passos, com todas as versões do texto
review-due-mark = Revisão pendente:
review-reviewed = Revisado pela última vez
review-reviewed-by = Revisado por:
review-nobody = ninguém ainda.
review-plans-heading = Todos os planos que as regras podem criar
review-plans-line = { $plans } planos diferentes, a partir de { $answer-sets } conjuntos completos de respostas. Cada um mostra quantos conjuntos de respostas levam a ele.
review-example = Um conjunto de respostas que leva até aqui
review-watch-heading = Regras para acompanhar
review-checked = conferido pela última vez
review-watch-steps = Passos para conferir se isso mudar:

## The checklist as a desk tool, and the Print button
checklist-answers-heading = As suas respostas
checklist-reschedule-online = Último momento para remarcar pela internet: { $date }
checklist-reschedule-by = Último dia para pedir uma nova data: { $date }
checklist-walk-in-until = Último dia para tentar ir ao ASC sem agendamento (opcional): { $date }
checklist-blanks-heading = Anote estes dados
checklist-blank-receipt = Número de recibo
checklist-blank-a-number = Número A (A-Number)
checklist-blank-asc = Endereço do ASC
checklist-legal-help-heading = Ajuda jurídica gratuita ou de baixo custo
print-button = Imprimir esta página
# What to do on each step, in one line, with what to type or say.
checklist-do-attend-appointment = Vá ao ASC que está no seu aviso, na data e na hora que ele mostra.
checklist-do-bring-documents = Separe as coisas de "O que levar" na noite anterior.
checklist-do-arrive-early = Chegue { $arrive-minutes } minutos antes do seu horário.
checklist-do-reschedule-online = Em my.uscis.gov: "Menu" (ou "My Account"), depois "Reschedule Biometrics".
checklist-do-call-contact-center = Ligue para { $contact-center } (TTY { $contact-center-tty }). Tenha à mão o seu número de recibo e o seu Número A.
checklist-do-walk-in-asc = Só depois de ligar: vá ao ASC com o seu aviso e o seu documento. Pergunte: "Vocês podem tirar as minhas impressões digitais hoje?"
checklist-do-explain-good-cause = Diga o seu motivo em uma frase. Guarde provas, como um atestado médico.
checklist-do-keep-proof = Anote cada ligação abaixo. Guarde todos os avisos, e o aviso carimbado.
checklist-do-check-case-status = Na página Case Status do USCIS, digite o seu número de recibo. Olhe toda semana.
checklist-do-wait-for-notice = Olhe o seu correio e a sua conta do USCIS toda semana.
checklist-do-update-address = Mude o seu endereço com o USCIS em até { $ar11-days } dias (Formulário AR-11 e cada caso).
checklist-do-update-address-court = Mande o Formulário EOIR-33 ao tribunal em até { $eoir33-days } dias úteis, e uma cópia ao advogado do governo.
checklist-do-follow-court-instructions = Faça o que dizem as instruções por escrito sobre a biometria, do juiz ou do advogado do governo.
checklist-do-contact-government-lawyer = { $track ->
        [not-sure] Se um juiz tem o seu caso: diga ao advogado do governo (ICE) como está a sua biometria. Guarde uma cópia.
       *[other] Diga ao advogado do governo (ICE) como está a sua biometria. Guarde uma cópia.
    }
checklist-do-tell-the-judge = { $track ->
        [not-sure] Se um juiz tem o seu caso: avise o juiz na audiência ou antes dela. Leve provas do que você fez.
       *[other] Avise o juiz na audiência ou antes dela. Leve provas do que você fez.
    }
checklist-do-respond-to-letter = { $letter ->
        [rfe] Responda do jeito que a carta diz, até o prazo dela. Guarde uma cópia e a prova de que você enviou.
        [noid] Responda do jeito que a carta diz, até o prazo dela. Guarde uma cópia e a prova de que você enviou.
       *[other] Leia hoje todas as cartas do USCIS. Se alguma tiver uma data para responder, responda do jeito que ela diz antes dessa data. Guarde uma cópia e a prova de que você enviou.
    }
checklist-do-motion-to-reopen = { $track ->
        [asylum-uscis] Fale agora com uma pessoa de ajuda jurídica. Depois desta negativa, o seu caso pode ser mandado ao tribunal de imigração.
        [not-sure] Se foi o USCIS que tomou a decisão: entregue o Formulário I-290B até o seu último dia. Procure ajuda jurídica antes.
       *[other] Entregue o Formulário I-290B até o seu último dia. Procure ajuda jurídica antes.
    }
checklist-do-get-legal-help = Entre em contato com uma pessoa de ajuda jurídica da lista abaixo. Leve todos os seus papéis.
checklist-do-find-your-case = Olhe todas as cartas que você tem. Procure um número de recibo ou o nome de um tribunal.
checklist-do-appeal-to-board = { $track ->
        [not-sure] Se foi um juiz que tomou a decisão: o Conselho tem que receber o Formulário EOIR-26 até o seu último dia. Procure ajuda jurídica agora.
       *[other] O Conselho tem que receber o Formulário EOIR-26 até o seu último dia. Procure ajuda jurídica agora.
    }

## Date entry: a date far ahead, and the language switch on a question
date-confirm-title = Está certo?
date-confirm-far = Você digitou { $date }. Isso é daqui a mais de um ano. Confira a data na sua carta. Se estiver certa, aperte o botão de novo.
date-confirm-button = Sim, esta data está certa
date-error-one-box = Digite o mês, o dia e o ano cada um na sua caixa, ou a data inteira em uma caixa só, primeiro o mês, como 12/25/2026
language-switch-label = Ler esta pergunta em:
watch-proposed-biometrics-rule-2025-note = 90 FR 49062 (novembro de 2025): um critério de "circunstâncias extraordinárias" ("extraordinary circumstances") para desculpar a falta a um agendamento, e biometria em qualquer idade. Ainda não era definitiva quando foi conferida.
watch-annual-asylum-fee-note = A taxa anual para um pedido de asilo pendente. O guia não diz nenhum valor; confira a tabela de taxas antes de citar um valor.
watch-status-proposed = proposta, ainda não está em vigor
watch-status-in-force-may-change = em vigor; o valor e a forma de cobrança podem mudar


## "Do this first" on the result page

first-heading = Faça isto primeiro
first-call = Ligue
first-by-time = Antes das { $time } de { $date }
first-by-day = Até { $date }, no máximo
first-before-appointment-time = Antes da hora do seu agendamento, { $date }
first-before-day = Antes de { $date }
first-on = Em { $date }
first-today = Hoje
first-this-week = Esta semana
urgency-before-time = Faça isto antes das { $time } de { $date }
reschedule-until-online = A ferramenta on-line fecha { $online-limit-hours } horas antes do seu agendamento. Faça isto antes das { $time } de { $date }.
reschedule-until-phone = Ligue antes da hora do seu agendamento: antes das { $time } de { $date }.
reschedule-by-day = Faça isto até { $date }, no máximo.
walk-in-until = O último dia para ir sem agendamento é { $date }.
result-sources-summary = Fontes e última revisão

## Places a step sends people to (links)

place-my-uscis = Abrir a sua conta do USCIS (my.uscis.gov)
place-case-status = Ver a situação do seu caso no site do USCIS
place-change-address = Mudar o seu endereço com o USCIS
place-eoir-33 = Formulário EOIR-33: mudar o seu endereço com o tribunal
place-eoir-case-status = Informações on-line sobre casos do tribunal de imigração
place-i-290b = Formulário I-290B no site do USCIS
place-eoir-appeal = Como recorrer da decisão de um juiz
place-ice-opla = Encontrar o escritório do advogado do governo (ICE)
place-legal-providers = Prestadores de serviços jurídicos gratuitos perto de você

## Take your plan along

take-along-qr = Aponte a câmera do celular para este código. Ele abre o formulário com o seu código já preenchido. Depois aperte "Abrir minhas respostas".
take-along-sms = Enviar para o seu celular por mensagem de texto (SMS)
take-along-email = Enviar para o seu e-mail
take-along-subject = O seu plano do Huella
take-along-message = O seu plano do Huella. Para ver de novo, abra { $address } e aperte "Abrir minhas respostas". O seu código: { $code }. { $dates }

## When you are done, and pages that ask before deleting

finish-heading = Quando terminar
desk-hint = Em um balcão de atendimento ou em um computador compartilhado, apague este plano para que a próxima pessoa não possa ver. O seu código vai parar de funcionar.
desk-button = Terminei: apagar para a próxima pessoa
confirm-start-again-title = Começar de novo?
confirm-start-again-body = Isto apaga todas as suas respostas e o seu plano. Depois você volta para o começo.
confirm-start-again-button = Sim, apagar minhas respostas e começar de novo
confirm-delete-title = Apagar as suas respostas?
confirm-delete-body = Isto apaga agora todas as suas respostas e o seu plano do Huella. Se você precisar da sua lista de tarefas, imprima ou salve antes.
confirm-delete-button = Sim, apagar minhas respostas
confirm-code-stops = O seu código para voltar vai parar de funcionar.
confirm-cancel = Não, voltar ao meu plano
