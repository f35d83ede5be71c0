# Privacy and safety: the privacy page, "Delete my answers", and the pages
# for a refused form (403) and too many tries (429).
# $session-days comes from HUELLA_SESSION_DAYS, $session-max-days from HUELLA_SESSION_MAX_DAYS.

## Footer and result page
footer-privacy-link = Privacidade: o que guardamos
delete-button = Apagar minhas respostas
delete-hint = Isto apaga agora as suas respostas do Huella. Se você precisar da sua lista de tarefas, imprima ou salve antes.

## After "Delete my answers"
deleted-title = Suas respostas foram apagadas
deleted-body = Apagamos as suas respostas do Huella. Ninguém pode vê-las de novo, nem neste aparelho, nem em outro.
deleted-start-link = Começar de novo com novas respostas

## The privacy page
privacy-title = Privacidade: o que guardamos
privacy-lead = O Huella foi feito para pessoas que têm um caso de imigração em jogo. Guardamos o mínimo possível.
privacy-stored-heading = O que guardamos
privacy-stored-body = Guardamos as suas respostas às perguntas, como "O seu aviso já chegou?" e a data do seu agendamento.
    Trancamos as suas respostas com uma chave. Só o seu aparelho tem a chave, em um cookie. Nós não guardamos a chave. Sem ela, ninguém consegue ler as suas respostas, nem mesmo nós.
    Se você perder o cookie e não tiver o seu código para voltar, as suas respostas se perdem para sempre. Ninguém consegue recuperá-las.
    Também guardamos a hora da sua última visita, para saber quando apagar as suas respostas.
privacy-time-heading = Por quanto tempo guardamos
privacy-time-body = { $session-days ->
        [one] Apagamos as suas respostas { $session-days } dia depois da sua última visita, e no máximo { $session-max-days } dias depois da sua primeira resposta.
       *[other] Apagamos as suas respostas { $session-days } dias depois da sua última visita, e no máximo { $session-max-days } dias depois da sua primeira resposta.
    } Você pode apagá-las antes. Aperte "Apagar minhas respostas" no fim de qualquer página. Elas são apagadas na hora.
privacy-never-heading = O que nunca guardamos
privacy-never-body = Nunca pedimos o seu nome, o seu Número A (A-Number), o seu endereço nem o seu telefone. Nunca guardamos o seu endereço de internet (endereço IP).
    Não usamos anúncios nem rastreamento. Nenhum outro site fica sabendo que você usa o Huella. Todas as partes da página vêm do Huella.
privacy-cookies-heading = Cookies
privacy-cookies-body = O Huella usa dois cookies pequenos. Um guarda a chave das suas respostas. O outro guarda o idioma que você escolheu. Nenhum dos dois tem o seu nome.
privacy-logs-heading = Registros do servidor
privacy-logs-body = O nosso servidor pode escrever uma linha para cada página que mostra: o tipo de página, se funcionou e quanto tempo levou. Essas linhas nunca têm as suas respostas, o seu número aleatório nem o seu endereço de internet.
privacy-limit-heading = Como evitamos abusos
privacy-limit-body = Para evitar abusos, o Huella conta quantos formulários um aparelho envia em um minuto. Para isso, guarda uma forma embaralhada do seu endereço de internet por até dois minutos, só na memória. Isso nunca é gravado.
privacy-shared-heading = Em um celular ou computador compartilhado
privacy-shared-body = Qualquer pessoa que use este aparelho e este navegador pode ver as suas respostas até você apagá-las. Quando terminar, aperte "Apagar minhas respostas".

## A refused form (403) and too many tries (429)
error-forbidden-title = Esta página expirou
error-forbidden-body = Para a sua segurança, não pudemos aceitar este formulário. Nada foi mudado. Volte, carregue a página de novo e tente outra vez. As suas respostas salvas estão seguras.
error-too-many-title = Tentativas demais
error-too-many-body = Recebemos formulários demais do seu aparelho em um minuto. Espere um minuto e tente de novo. As suas respostas salvas estão seguras.
error-back-link = Voltar para a página em que você estava
api-error-too-many = Pedidos demais. Espere um minuto e tente de novo.
error-full-title = O Huella está cheio agora
error-full-body = Há gente demais usando o Huella agora, por isso não podemos começar novas respostas. Tente de novo mais tarde. Se você já começou, as suas respostas estão seguras.
