# Questions, in the order of shared/CONTRACT.md.
# For each: q-<id>-title (the page's h1), -hint, -summary (check answers table),
# -error (nothing chosen), and -opt-<value> / -opt-<value>-hint for every value.

## case-type

q-case-type-title = Que tipo de caso você tem?
q-case-type-hint = Olhe os papéis que você enviou ou recebeu. Escolha a resposta que combina melhor.
q-case-type-summary = Tipo de caso
q-case-type-error = Escolha que tipo de caso você tem
q-case-type-opt-asylum-uscis = Asilo com o USCIS
q-case-type-opt-asylum-uscis-hint = Você enviou o seu pedido de asilo (Formulário I-589) ao USCIS. Nenhum juiz tem o seu caso.
q-case-type-opt-asylum-court = Asilo no tribunal de imigração
q-case-type-opt-asylum-court-hint = Um juiz tem o seu caso. Você pede asilo no tribunal, com o Formulário I-589.
q-case-type-opt-other-uscis = Outro pedido ao USCIS
q-case-type-opt-other-uscis-hint = Por exemplo, green card, cidadania ou autorização de trabalho.
q-case-type-opt-not-sure = Não tenho certeza
q-case-type-opt-not-sure-hint = Tudo bem. Vamos mostrar como descobrir.

## hearing

q-hearing-title = Quando é a sua audiência individual com o juiz?
q-hearing-hint = É a audiência em que o juiz decide o seu caso. Ela também é chamada de audiência de mérito ("merits") ou final ("final"). A data está no aviso de audiência que o tribunal mandou para você.
q-hearing-summary = Audiência individual
q-hearing-error = Escolha quando é a sua audiência individual
q-hearing-opt-within-60-days = Nos próximos 60 dias
q-hearing-opt-within-60-days-hint = Daqui a uns 2 meses, ou antes.
q-hearing-opt-later = Daqui a mais de 60 dias
q-hearing-opt-later-hint = A audiência é daqui a mais de uns 2 meses.
q-hearing-opt-none = Ainda não tenho data para ela
q-hearing-opt-none-hint = O tribunal ainda não marcou esta audiência.
q-hearing-opt-not-sure = Não tenho certeza
q-hearing-opt-not-sure-hint = Olhe o último aviso do tribunal. Se ainda não souber, escolha esta resposta. Por segurança, vamos tratar a audiência como se fosse logo.

## notice

q-notice-title = Você recebeu uma carta com o seu agendamento da biometria (impressões digitais)?
q-notice-hint = Essa carta se chama aviso de agendamento. O USCIS manda a carta pelo correio. Ela mostra a data, a hora e o lugar para você dar as suas impressões digitais e tirar foto.
q-notice-summary = Carta de agendamento
q-notice-error = Escolha se você recebeu uma carta de agendamento
q-notice-opt-yes = Sim
q-notice-opt-yes-hint = Tenho a carta com a data do meu agendamento.
q-notice-opt-no = Não
q-notice-opt-no-hint = Não recebi.
q-notice-opt-not-sure = Não tenho certeza
q-notice-opt-not-sure-hint = Por exemplo, você tem cartas do USCIS, mas não sabe qual é essa.

## receipt

q-receipt-title = Você recebeu um aviso de recebimento do seu pedido?
q-receipt-hint = O USCIS manda esse aviso pelo correio depois que recebe o seu pedido. É o Formulário I-797C. Ele tem um número de recibo que começa com três letras, como IOE ou MSC. Para asilo com o USCIS, pode começar com Z, como ZLA.
q-receipt-summary = Aviso de recebimento
q-receipt-error = Escolha se você recebeu um aviso de recebimento
q-receipt-opt-yes = Sim
q-receipt-opt-yes-hint = Tenho um aviso de recebimento.
q-receipt-opt-no = Não
q-receipt-opt-no-hint = Ainda não recebi.
q-receipt-opt-not-sure = Não tenho certeza
q-receipt-opt-not-sure-hint = Procure uma carta do USCIS com as palavras "Receipt Notice" (aviso de recebimento).

## waited

q-waited-title = Há quanto tempo você enviou o seu pedido?
q-waited-hint = Se você tem um aviso de recebimento, conte a partir da data que está nele.
q-waited-summary = Tempo de espera
q-waited-error = Escolha há quanto tempo você está esperando
q-waited-opt-under-2-months = Menos de 2 meses
q-waited-opt-under-2-months-hint = Menos de umas 8 semanas.
q-waited-opt-2-to-3-months = De 2 a 3 meses
q-waited-opt-2-to-3-months-hint = Umas 8 a 13 semanas.
q-waited-opt-over-3-months = Mais de 3 meses
q-waited-opt-over-3-months-hint = Mais de umas 13 semanas.
q-waited-opt-not-sure = Não tenho certeza
q-waited-opt-not-sure-hint = Você não sabe quando ele foi enviado. Vamos ajudar você a descobrir.

## appointment-date

q-appointment-date-title = Qual é a data do seu agendamento?
q-appointment-date-hint = A data está no seu aviso de agendamento.
q-appointment-date-summary = Data do agendamento
q-appointment-date-error = Digite a data do seu agendamento, ou escolha "Não sei a data"
q-appointment-date-opt-not-sure = Não sei a data
q-appointment-date-opt-not-sure-hint = Por exemplo, você perdeu o aviso ou não consegue ler.

## appointment-passed

q-appointment-passed-title = A hora do agendamento já passou?
q-appointment-passed-hint = Olhe a hora no seu aviso de agendamento. Essa hora já passou?
q-appointment-passed-summary = Hora do agendamento já passou
q-appointment-passed-error = Escolha se a hora do agendamento já passou
q-appointment-passed-opt-yes = Sim, a hora já passou
q-appointment-passed-opt-yes-hint = A hora do agendamento já acabou.
q-appointment-passed-opt-no = Não, ainda não
q-appointment-passed-opt-no-hint = A hora do agendamento ainda vai chegar.
q-appointment-passed-opt-not-sure = Não tenho certeza
q-appointment-passed-opt-not-sure-hint = Vamos mostrar como descobrir.

## attended

q-attended-title = Você foi ao seu agendamento?
q-attended-hint = Quer dizer: você foi ao ASC, o escritório que está no seu aviso, e lá tiraram as suas impressões digitais.
q-attended-summary = Foi ao agendamento
q-attended-error = Escolha se você foi ao agendamento
q-attended-opt-yes = Sim, eu fui
q-attended-opt-yes-hint = Tiraram as minhas impressões digitais.
q-attended-opt-no = Não, eu não fui
q-attended-opt-no-hint = Eu faltei, por qualquer motivo.
q-attended-opt-not-sure = Não tenho certeza
q-attended-opt-not-sure-hint = Por exemplo, você está ajudando outra pessoa e não sabe.

## missed-recently

q-missed-recently-title = Você faltou há { $walk-in-days } dias ou menos?
q-missed-recently-hint = Conte os dias da data do agendamento até hoje.
q-missed-recently-summary = Faltou há { $walk-in-days } dias ou menos
q-missed-recently-error = Escolha se você faltou há { $walk-in-days } dias ou menos
q-missed-recently-opt-yes = Sim
q-missed-recently-opt-yes-hint = Foi há { $walk-in-days } dias ou menos.
q-missed-recently-opt-no = Não
q-missed-recently-opt-no-hint = Foi há mais de { $walk-in-days } dias.
q-missed-recently-opt-not-sure = Não tenho certeza
q-missed-recently-opt-not-sure-hint = Você não sabe quando foi o agendamento.

## letter

q-letter-title = Você recebeu alguma carta do USCIS ou do tribunal depois que faltou?
q-letter-hint = Olhe as palavras no alto de cada carta do USCIS ou do tribunal. Elas estão em inglês.
q-letter-summary = Carta do USCIS ou do tribunal
q-letter-error = Escolha qual carta você recebeu, ou "Nenhuma carta"
q-letter-opt-none = Nenhuma carta
q-letter-opt-none-hint = Nada do USCIS nem do tribunal desde o agendamento que você perdeu.
q-letter-opt-rfe = Pedido de Provas ("Request for Evidence")
q-letter-opt-rfe-hint = Também chamado de "RFE". O USCIS pede mais informações até uma certa data.
q-letter-opt-noid = Aviso de Intenção de Negar ("Notice of Intent to Deny")
q-letter-opt-noid-hint = Também chamado de "NOID". O USCIS pretende negar o seu pedido, a não ser que você responda.
q-letter-opt-denied = Uma decisão que nega o meu pedido
q-letter-opt-denied-hint = A carta diz que o seu pedido foi negado. Ou um juiz tomou uma decisão no seu caso.
q-letter-opt-not-sure = Não tenho certeza
q-letter-opt-not-sure-hint = Você recebeu uma carta, mas não sabe o que é. Guarde a carta. Vamos mostrar onde conseguir ajuda.

## can-attend

q-can-attend-title = Você pode ir nessa data e nessa hora?
q-can-attend-hint = Faça de tudo para ir. Se você faltar, o USCIS pode negar o seu pedido.
q-can-attend-summary = Pode ir ao agendamento
q-can-attend-error = Escolha se você pode ir ao agendamento
q-can-attend-opt-yes = Sim, posso ir
q-can-attend-opt-yes-hint = Vou na data e na hora do meu aviso.
q-can-attend-opt-no = Não, não posso ir
q-can-attend-opt-no-hint = Por exemplo, você está doente ou não tem como chegar lá.
q-can-attend-opt-not-sure = Ainda não sei
q-can-attend-opt-not-sure-hint = Vamos mostrar como proteger o seu caso.

## within-12-hours

q-within-12-hours-title = O seu agendamento é nas próximas { $online-limit-hours } horas?
q-within-12-hours-hint = Isso muda a forma de pedir uma nova data.
q-within-12-hours-summary = Nas próximas { $online-limit-hours } horas
q-within-12-hours-error = Escolha se o agendamento é nas próximas { $online-limit-hours } horas
q-within-12-hours-opt-yes = Sim
q-within-12-hours-opt-yes-hint = Faltam { $online-limit-hours } horas ou menos.
q-within-12-hours-opt-no = Não
q-within-12-hours-opt-no-hint = Faltam mais de { $online-limit-hours } horas.
q-within-12-hours-opt-not-sure = Não tenho certeza
q-within-12-hours-opt-not-sure-hint = Por segurança, vamos tratar como se fosse nas próximas { $online-limit-hours } horas.

## reschedules

q-reschedules-title = Quantas vezes este agendamento já foi mudado para outra data?
q-reschedules-hint = Conte cada vez que este agendamento foi remarcado, por você ou pelo USCIS.
q-reschedules-summary = Vezes remarcado
q-reschedules-error = Escolha quantas vezes o agendamento foi remarcado
q-reschedules-opt-0 = Nunca
q-reschedules-opt-0-hint = Esta é a primeira data que recebi.
q-reschedules-opt-1 = Uma vez
q-reschedules-opt-1-hint = Foi mudado uma vez.
q-reschedules-opt-2-or-more = 2 vezes ou mais
q-reschedules-opt-2-or-more-hint = Foi mudado duas vezes, ou mais.
q-reschedules-opt-not-sure = Não tenho certeza
q-reschedules-opt-not-sure-hint = Por segurança, vamos tratar como 2 vezes ou mais.

## online-account

q-online-account-title = Você tem uma conta on-line do USCIS, ou pode criar uma?
q-online-account-hint = É uma conta myUSCIS, no site my.uscis.gov. Você precisa de um e-mail para criar uma.
q-online-account-summary = Conta on-line do USCIS
q-online-account-error = Escolha se você tem ou pode criar uma conta on-line do USCIS
q-online-account-opt-yes = Sim
q-online-account-opt-yes-hint = Tenho uma, ou posso criar uma agora.
q-online-account-opt-no = Não
q-online-account-opt-no-hint = Não consigo usar uma conta on-line.
q-online-account-opt-not-sure = Não tenho certeza
q-online-account-opt-not-sure-hint = Vamos mostrar como pedir por telefone.

## photo-id

q-photo-id-title = Você tem um documento de identidade com foto válido, como um passaporte?
q-photo-id-hint = Válido quer dizer que não está vencido.
q-photo-id-summary = Documento com foto válido
q-photo-id-error = Escolha se você tem um documento com foto válido
q-photo-id-opt-yes = Sim
q-photo-id-opt-yes-hint = Por exemplo, um passaporte que não está vencido.
q-photo-id-opt-no = Não
q-photo-id-opt-no-hint = Tudo bem. Vamos mostrar o que mais você pode levar.

## moved

q-moved-title = Você mudou de endereço depois que fez o pedido?
q-moved-hint = O USCIS e o tribunal mandam cartas para o endereço que eles têm de você.
q-moved-summary = Mudou depois do pedido
q-moved-error = Escolha se você mudou de endereço depois que fez o pedido
q-moved-opt-yes = Sim, eu me mudei
q-moved-opt-yes-hint = Agora moro em outro endereço.
q-moved-opt-no = Não
q-moved-opt-no-hint = Moro no mesmo endereço.
q-moved-opt-not-sure = Não tenho certeza
q-moved-opt-not-sure-hint = Por exemplo, você não sabe qual endereço está no seu pedido.
q-case-type-opt-other-court = Outro caso no tribunal de imigração
q-case-type-opt-other-court-hint = Um juiz tem o seu caso, e você pede outra coisa. Por exemplo, o cancelamento da deportação ("cancellation of removal") ou um green card diante do juiz.
q-letter-opt-new-appointment = Um novo aviso de agendamento
q-letter-opt-new-appointment-hint = O USCIS mandou para você uma nova data para a sua biometria (impressões digitais).
q-attended-opt-turned-away = Eu fui, mas não tiraram as minhas impressões digitais
q-attended-opt-turned-away-hint = Por exemplo, mandaram você embora ou disseram para voltar outro dia.
q-new-appointment-date-title = Qual é a data do seu novo agendamento?
q-new-appointment-date-hint = A data está no seu novo aviso de agendamento.
q-new-appointment-date-summary = Data do novo agendamento
q-new-appointment-date-error = Digite a data do seu novo agendamento, ou escolha "Não sei a data"
q-new-appointment-date-opt-not-sure = Não sei a data
q-new-appointment-date-opt-not-sure-hint = Por exemplo, você não encontra o novo aviso.
