# Privacy and safety: the privacy page, "Delete my answers", and the pages
# for a refused form (403) and too many tries (429).
# $session-days comes from HUELLA_SESSION_DAYS.

## Footer and result page
footer-privacy-link = Privacidad: lo que guardamos
delete-button = Borrar mis respuestas
delete-hint = Esto borra ahora mismo sus respuestas de Huella. Si necesita su lista, imprímala o guárdela antes.

## After "Delete my answers"
deleted-title = Sus respuestas están borradas
deleted-body = Borramos sus respuestas de Huella. Ya no se pueden ver, ni en este dispositivo ni en ningún otro.
deleted-start-link = Empezar de nuevo con respuestas nuevas

## The privacy page
privacy-title = Privacidad: lo que guardamos
privacy-lead = Huella está hecha para personas que tienen su caso de inmigración en juego. Guardamos lo menos que podemos.
privacy-stored-heading = Lo que guardamos
privacy-stored-body = Guardamos sus respuestas a las preguntas, como "¿Recibió la carta de su cita?" y la fecha de su cita.
    Cerramos sus respuestas con una llave. Solo su dispositivo tiene la llave, en una cookie. Nosotros no la guardamos. Sin ella, nadie puede leer sus respuestas, ni siquiera nosotros.
    Si pierde la cookie y no tiene su código para volver, sus respuestas se pierden para siempre. Nadie puede recuperarlas.
    También guardamos el momento de su última visita, para saber cuándo borrar sus respuestas.
privacy-time-heading = Cuánto tiempo lo guardamos
privacy-time-body = { $session-days ->
        [one] Borramos sus respuestas { $session-days } día después de su última visita, y como máximo { $session-max-days } días después de su primera respuesta.
       *[other] Borramos sus respuestas { $session-days } días después de su última visita, y como máximo { $session-max-days } días después de su primera respuesta.
    } Usted puede borrarlas antes. Presione "Borrar mis respuestas" abajo en cualquier página. Se borran de inmediato.
privacy-never-heading = Lo que nunca guardamos
privacy-never-body = Nunca le pedimos su nombre, su número A, su dirección ni su número de teléfono. Nunca guardamos su dirección de internet (dirección IP).
    No usamos anuncios ni rastreo. Ningún otro sitio web ve que usted usa Huella. Todo lo que hay en la página viene de Huella.
privacy-cookies-heading = Cookies
privacy-cookies-body = Huella usa dos cookies pequeñas. Una guarda la llave de sus respuestas. La otra guarda el idioma que usted eligió. Ninguna de las dos tiene su nombre.
privacy-logs-heading = Registros del servidor
privacy-logs-body = Nuestro servidor puede escribir una línea por cada página que muestra: el tipo de página, si funcionó y cuánto tardó. Estas líneas nunca tienen sus respuestas, su número al azar ni su dirección de internet.
privacy-limit-heading = Cómo frenamos el abuso
privacy-limit-body = Para frenar el abuso, Huella cuenta cuántos formularios envía un dispositivo en un minuto. Para esto, guarda una versión codificada de su dirección de internet por dos minutos como máximo, solo en la memoria. Nunca se escribe en ningún lugar.
privacy-shared-heading = En un teléfono o una computadora que comparte con otros
privacy-shared-body = Cualquier persona que use este dispositivo y este navegador puede ver sus respuestas hasta que usted las borre. Cuando termine, presione "Borrar mis respuestas".

## A refused form (403) and too many tries (429)
error-forbidden-title = Esta página expiró
error-forbidden-body = Por su seguridad, no pudimos aceptar este formulario. No se cambió nada. Regrese, vuelva a cargar la página e intente otra vez. Sus respuestas guardadas están seguras.
error-too-many-title = Demasiados intentos
error-too-many-body = Recibimos demasiados formularios de su dispositivo en un minuto. Espere un minuto y luego intente otra vez. Sus respuestas guardadas están seguras.
error-back-link = Volver a la página donde estaba
api-error-too-many = Demasiadas solicitudes. Espere un minuto e intente otra vez.
error-full-title = Huella está lleno en este momento
error-full-body = Hay demasiadas personas usando Huella ahora, así que no podemos empezar respuestas nuevas. Intente otra vez más tarde. Si ya empezó, sus respuestas están seguras.
