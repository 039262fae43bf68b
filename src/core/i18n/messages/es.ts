import type { Translations } from './index.js';
import { pictures } from './pictures.js';

/** Español (neutro, tuteo, como Discord y Telegram). */
export const es: Translations = {
  'bot.name': 'Briefly',
  'reply.usage': 'Uso: ',
  'dispatch.notCommand': 'Los comandos empiezan por «/».',
  'dispatch.notCommandHint': 'Por ejemplo /news, o /help para verlos todos.',
  'dispatch.helpExplains': '/help {command} lo explica.',
  'dispatch.tooLong':
    'Son {length, number} caracteres de argumentos; el límite es {limit, number}.',
  'dispatch.unknownSuggest': 'Comando desconocido /{name}. ¿Quisiste decir /{suggestion}?',
  'dispatch.unknown': 'Comando desconocido /{name}.',
  'dispatch.unknownHint': 'Envía /help para ver todos los comandos.',
  'dispatch.failed':
    'Algo salió mal al responder a /{command}. Quedó registrado; inténtalo de nuevo.',
  'issue.missing': 'Falta {name}.',
  'issue.range': '{name} debe estar entre {min, number} y {max, number}.',
  'issue.rangeWhole': '{name} debe ser un número entero entre {min, number} y {max, number}.',
  'issue.tooLong': '{name} es demasiado largo (como máximo {max, number} caracteres).',
  'issue.invalid': '{name} no es válido.',
  'bind.mustBe': '{name} debe ser {expected}, no «{word}».',
  'bind.oneOf': 'uno de estos: {choices}',
  'bind.integer': 'un número entero',
  'bind.number': 'un número',
  'bind.boolean': 'on u off',
  'bind.text': 'texto',
  'bind.tooMany': 'Demasiados argumentos: «{words}» sobra.',

  'help.intro': 'Briefly trae las noticias: titulares, resúmenes y de dónde sale cada afirmación.',
  'help.more': 'Envía /help <comando> para ver los detalles, por ejemplo /help summary.',
  'help.noSuchCommand': 'No existe el comando /{name}. Envía /help para verlos todos.',
  'help.optional': '(opcional)',
  'help.examples': 'Ejemplos: ',

  'age.justNow': 'ahora mismo',
  'age.soon': 'en menos de un minuto',

  'articles.noneLoaded': 'Todavía no hay artículos cargados.',
  'list.pickHint': 'Responde /summary <número> o /source <número> para elegir uno.',
  'list.summaryButton': 'Resumen {n, number}',
  'list.sourcesButton': 'Fuentes {n, number}',
  'list.sourceMore': '{source} y {count, number} más',
  'news.noTopic': 'Ningún artículo tiene el tema «{topic}».',
  'news.topics': 'Temas: {topics}.',
  'news.heading': 'Últimas noticias',
  'news.headingTopic': 'Lo último sobre {topic}',
  'news.count': '({shown, number} de {total, number})',
  'search.none':
    'Ningún artículo coincide con «{words}». Prueba con otras palabras o con /news para ver lo último.',
  'search.heading': 'Mejores resultados para «{words}»',

  'card.unattributed': '{publisher} (párrafo sin atribución)',
  'card.noSource': 'sin fuente indicada',
  'card.fullArticle': 'Artículo completo: ',
  'card.noLink': 'Artículo completo: sin enlace; cargado desde {where}.',
  'button.sources': 'Fuentes',
  'button.expired': 'Este botón ha caducado. Vuelve a usar el comando para tener botones nuevos.',

  'summary.noSentences': '«{title}» no tiene frases que resumir.',
  'summary.footerExtractive': 'Cada frase está citada textualmente del artículo.',
  'summary.footerModel': 'Reescrito por un modelo a partir de las frases del propio artículo.',

  'source.noneNamedPublisher': 'Ningún párrafo cita una fuente; el medio es {publisher}.',
  'source.noneNamed': 'Ningún párrafo de este artículo cita una fuente.',
  'source.count':
    '{count, plural, =1 {Una fuente respalda este artículo:} other {# fuentes respaldan este artículo:}}',
  'source.paragraph': 'párrafo {n, number}',
  'source.unattributed':
    '{count, plural, =1 {El párrafo {paragraphs} no cita ninguna fuente.} other {Los párrafos {paragraphs} no citan ninguna fuente.}}',
  'source.claim': 'Afirmación: ',
  'source.noSupport': 'Ningún pasaje de este artículo respalda eso.',
  'source.supportCount':
    '{count, plural, =1 {El pasaje que lo respalda:} other {Pasajes que lo respaldan, el mejor primero:}}',
  'source.passageFrom': ' — párrafo {n, number}, ',

  'ref.howToName':
    'Puedes nombrar un artículo por su número en la última lista de /news o /search, su id, su URL o palabras de su título.',
  'ref.ambiguous': 'Varios artículos coinciden con «{ref}»:',
  'ref.pick': 'Envía /{command} <número> para elegir uno.',
  'ref.noUrl': 'Ningún artículo cargado tiene esa URL.',
  'ref.noNumberLatest':
    '{count, plural, =1 {Hay un artículo} other {Hay # artículos}}; no existe el número {n}. Envía /news para verlos.',
  'ref.noNumberList':
    '{count, plural, =1 {La última lista tiene un artículo} other {La última lista tiene los artículos del 1 al #}}; no existe el número {n}.',
  'ref.gone':
    'El artículo {n} de la última lista ya no está disponible: envía /news para obtener una lista nueva.',
  'ref.noTitle':
    'Ningún título de artículo coincide con «{text}». Envía /news para ver los últimos artículos.',

  'mod.changeDigest': 'Solo los moderadores pueden cambiar el boletín.',
  'mod.previewDigest': 'Solo los moderadores pueden ver la vista previa del boletín.',
  'mod.sendDigest': 'Solo los moderadores pueden enviar el boletín.',
  'mod.changeFeeds': 'Solo los moderadores pueden cambiar los feeds de este canal.',
  'mod.who':
    '(Discord: permiso «Gestionar servidor»; Telegram: el creador o los administradores del chat).',

  'digest.notAction': '«{word}» no es algo que /digest sepa hacer.',
  'digest.seeHelp': 'Envía /help digest para ver ejemplos.',
  'digest.headingShow': 'Boletín de este canal: {state}',
  'digest.headingUpdated': 'Boletín actualizado: {state}',
  'digest.stateOn': 'activado',
  'digest.stateOff': 'desactivado',
  'digest.statePaused': 'en pausa: el bot no puede publicar aquí ({reason})',
  'digest.unknownReason': 'motivo desconocido',
  'digest.nothingNew': 'Ahora mismo no hay nada nuevo para el boletín de este canal.',
  'digest.previewNote': 'Vista previa: no se envía ni se registra.',
  'digest.sent':
    '{count, plural, one {Boletín enviado: # noticia.} other {Boletín enviado: # noticias.}}',
  'digest.emptySent': 'No hay nada nuevo desde el último boletín, así que no se envió nada.',
  'digest.busy': 'Ahora mismo se está enviando un boletín a este canal.',
  'digest.failed': 'No se pudo enviar el boletín.',
  'digest.failedReason': 'No se pudo enviar el boletín: {reason}.',
  'digest.noValue': '/digest {action} no lleva ningún valor.',
  'digest.badTime': '«{value}» no es una hora.',
  'digest.timeForm': '<HH:MM>',
  'digest.daysForm': '<días>',
  'digest.zoneForm': '<Zona/Ciudad>',
  'digest.sizeForm': '<1-20>',
  'digest.topicsForm': '<tema,tema…|all>',
  'digest.timeHint': 'Una hora en formato de 24 horas, de 00:00 a 23:59, p. ej. 07:30 o 18:00.',
  'digest.badDays': '«{value}» no es un conjunto de días.',
  'digest.daysHint': 'Se aceptan: daily, weekdays, weekends, mon-fri, mon,wed,fri.',
  'digest.badZone': '«{value}» no es una zona horaria.',
  'digest.zoneHint':
    'Una zona horaria IANA como Europe/Madrid, America/Mexico_City, Asia/Tokyo o UTC.',
  'digest.badSize': 'El tamaño debe ser un número entero del {min, number} al {max, number}.',
  'digest.badSizeValue':
    'El tamaño debe ser un número entero del {min, number} al {max, number}, no «{value}».',
  'digest.badTopic': '«{topic}» no es una etiqueta de tema.',
  'digest.nameTopics': 'Indica los temas.',
  'digest.topicsHint':
    'Hasta 20 etiquetas separadas por comas, p. ej. science,climate; «all» quita el filtro.',
  'digest.badLanguage': '«{value}» no es un idioma que Briefly hable. Disponibles: {languages}.',
  'digest.languageForm': '<código de idioma>',
  'digest.schedule': 'Horario: ',
  'digest.scheduleLine':
    '{time} {zone}, {days}, {size, plural, one {# noticia} other {# noticias}}, temas: {topics}',
  'digest.topicsAll': 'todos',
  'digest.daily': 'a diario',
  'digest.weekdays': 'entre semana (lun–vie)',
  'digest.weekends': 'fines de semana',
  'digest.next': 'Próximo: ',
  'digest.nextWhen': '{when} ({age})',
  'digest.notScheduled': 'sin programar',
  'digest.offNone': 'ninguno: el boletín está desactivado',
  'digest.language': 'Idioma: ',
  'digest.languageSet': '{name} ({code})',
  'digest.languageDefault': '{name} ({code}, el predeterminado aquí)',
  'digest.hintOn':
    'Moderadores: /digest off, time HH:MM, days, timezone, size, topics, language, images, ping, target, preview, now.',
  'digest.hintOff': 'Los moderadores lo activan con /digest on.',
  'digest.openPanel': 'Abrir el panel de control',
  'panel.menuButton': 'Panel de control',
  'digest.postHeading': 'Boletín de Briefly — {date}',
  'digest.postCount': ' · {count, plural, one {# noticia nueva} other {# noticias nuevas}}',
  'digest.source': 'Fuente: ',
  'digest.sources': 'Fuentes: ',
  'digest.more': '{count, number} más — /news las muestra.',
  'digest.moreCapped': 'Más de {count, number} — /news las muestra.',

  'feeds.listTakesNoTarget':
    '«/feeds» solo muestra la lista; para cambiarla, escribe antes add o remove.',
  'feeds.addNeedsUrl': 'add necesita la URL del feed.',
  'feeds.removeNeedsTarget': 'remove necesita la URL o el número de un feed.',
  'feeds.usageHint': 'Por ejemplo /feeds add https://example.com/feed.xml o /feeds remove 2.',
  'feeds.operator':
    '{count, plural, =1 {La lista del operador añade un feed para todos los canales.} other {La lista del operador añade # feeds para todos los canales.}}',
  'feeds.noneOwn':
    'Este canal no tiene feeds propios: su boletín se nutre de los artículos del bot y de los feeds del operador.',
  'feeds.addOne': 'Los moderadores añaden uno con {command}.',
  'feeds.urlForm': '<url>',
  'feeds.heading': 'Feeds de este canal ({count, number})',
  'feeds.modHint': 'Moderadores: /feeds add <url>, /feeds remove <número>.',
  'feeds.paused': 'EN PAUSA tras varios fallos',
  'feeds.lastRead': 'leído por última vez {age}',
  'feeds.notRead': 'aún sin leer',
  'feeds.lastError': 'último error {age}: {error}',
  'feeds.addFailed': 'No se pudo añadir {url}: {reason}.',
  'feeds.added':
    'Añadido {feed}: ahora {count, plural, =1 {hay una entrada} other {hay # entradas}}.',
  'feeds.checkedAgain':
    'Ya es un feed de este canal; comprobado de nuevo: {feed}, ahora {count, plural, =1 {con una entrada} other {con # entradas}}.',
  'feeds.drawsOn':
    '{count, plural, =1 {El boletín de este canal se nutre ahora de su único feed; las entradas nuevas se leen cada 15 minutos aproximadamente.} other {El boletín de este canal se nutre ahora de sus # feeds; las entradas nuevas se leen cada 15 minutos aproximadamente.}}',
  'feeds.removed': 'Eliminado {feed}.',
  'feeds.noneLeft':
    'A este canal no le quedan feeds: su boletín se nutre de los artículos del bot y de los feeds del operador.',
  'feeds.left': '{count, plural, =1 {Queda un feed.} other {Quedan # feeds.}}',
  'feeds.seeList': 'Envía /feeds para ver los feeds de este canal.',
  'feeds.noFeedsToRemove': 'Este canal no tiene feeds que eliminar.',
  'feeds.noNumber':
    '{count, plural, =1 {Este canal tiene un feed} other {Este canal tiene los feeds del 1 al #}}; no existe el número {n}.',
  'feeds.notOneOf': '{url} no es uno de los feeds de este canal.',
  'feeds.disabled': 'los feeds no están activados en esta instalación',
  'feeds.pausedTitle': 'Feed en pausa: ',
  'feeds.pausedBody':
    '{name} ha fallado {count, plural, one {# vez} other {# veces}} seguidas; último error: {reason}.',
  'feeds.pausedHelp':
    'Se volverá a intentar una vez al día y se reanudará solo cuando responda. Moderadores: /feeds muestra su estado, /feeds remove lo quita.',

  'adapter.failed': 'Algo salió mal al responder. Quedó registrado; inténtalo de nuevo.',
  'adapter.moreButtons': 'Más botones:',
  'adapter.empty': '(respuesta vacía)',
  'discord.guildOnly': '/{command} funciona en un canal de servidor, no en mensajes directos.',
  'telegram.buttonExpired': 'Este botón ha caducado. Vuelve a enviar /news.',
  'console.ready': 'Briefly está listo. Envía /help para ver los comandos; Ctrl+D para salir.',

  'cmd.help.name': 'ayuda',
  'cmd.help.description': 'Lista los comandos o explica uno de ellos',
  'cmd.help.command.name': 'comando',
  'cmd.help.command.description': 'El comando que quieres que se explique, como summary',
  'cmd.news.name': 'noticias',
  'cmd.news.description': 'Los últimos artículos, numerados, con botones de resumen y fuentes',
  'cmd.news.count.name': 'cantidad',
  'cmd.news.count.description': 'Cuántos artículos, de 1 a 20 (5 por defecto)',
  'cmd.news.topic.name': 'tema',
  'cmd.news.topic.description': 'Solo artículos con esta etiqueta de tema',
  'cmd.summary.name': 'resumen',
  'cmd.summary.description':
    '¿Sin tiempo para leer? Un resumen breve de un artículo, cada frase con su fuente',
  'cmd.summary.ref.name': 'artículo',
  'cmd.summary.ref.description':
    'El artículo: su número en la última lista, su id, su URL o palabras del título',
  'cmd.summary.sentences.name': 'frases',
  'cmd.summary.sentences.description': 'Cuántas frases, de 1 a 10 (3 por defecto)',
  'cmd.source.name': 'fuentes',
  'cmd.source.description':
    'De dónde salen las afirmaciones de un artículo; con una afirmación, los pasajes que la respaldan',
  'cmd.source.ref.name': 'artículo',
  'cmd.source.ref.description':
    'El artículo: un número de la última lista, un id, una URL o «palabras del título» entre comillas',
  'cmd.source.claim.name': 'afirmación',
  'cmd.source.claim.description': 'Una afirmación que comprobar en el artículo',
  'cmd.search.name': 'buscar',
  'cmd.search.description': 'Busca artículos por palabras de su título o su texto',
  'cmd.search.words.name': 'palabras',
  'cmd.search.words.description': 'Las palabras que buscar',
  'cmd.digest.name': 'boletín',
  'cmd.digest.description':
    'El boletín diario de este canal: ajustes y próximo envío; los moderadores los cambian',
  'cmd.digest.action.name': 'acción',
  'cmd.digest.action.description':
    'on, off, time, days, timezone, size, topics, language, images, ping, target, preview o now',
  'cmd.digest.value.name': 'valor',
  'cmd.digest.value.description':
    'El nuevo valor, p. ej. 08:30, mon-fri, Europe/Madrid, 5, science,tech, es, off',
  'cmd.feeds.name': 'feeds',
  'cmd.feeds.description':
    'Los feeds RSS y Atom que lee este canal; los moderadores los añaden y los quitan',
  'cmd.feeds.action.name': 'acción',
  'cmd.feeds.action.description':
    'list (por defecto), add, remove, export o import de un archivo OPML (moderadores)',
  'cmd.feeds.target.name': 'destino',
  'cmd.feeds.target.description':
    'add: la URL del feed; remove: su URL o número en /feeds; import: una ruta (consola)',
  'feeds.exportNoValue': '/feeds export no lleva ningún valor.',
  'mod.exportFeeds': 'Solo los moderadores pueden exportar los feeds de este canal.',
  'feeds.exportNone': 'Este canal no tiene feeds propios que exportar.',
  'feeds.exported':
    '{count, plural, one {El feed de este canal en OPML, para un lector de feeds u otro bot ({command} lo vuelve a importar).} other {Los # feeds de este canal en OPML, para un lector de feeds u otro bot ({command} los vuelve a importar).}}',
  'feeds.limitChannel':
    'este canal ya tiene {limit, number} feeds, el máximo que puede tener un canal; quita uno antes con /feeds remove <número>',
  'feeds.limitBot':
    'el bot ya lee {limit, number} feeds para sus canales, el máximo que admite; habla con quien lo administra o suscríbete a un feed que ya lea otro canal',
  'digest.filteredOut':
    '{count, plural, one {Los filtros de este canal (/filter) han descartado # noticia.} other {Los filtros de este canal (/filter) han descartado # noticias.}}',
  'news.allFiltered':
    '{count, plural, =1 {Los filtros de este canal descartan su único artículo. Los moderadores los ven con /filter.} other {Los filtros de este canal descartan los {count, number} artículos. Los moderadores los ven con /filter.}}',
  'rule.empty': 'La regla está vacía: indica palabras, «una frase» o /una expresión regular/.',
  'rule.tooLong':
    'Una regla tiene como mucho {limit, number} caracteres (esta tiene {length, number}).',
  'rule.regexUnclosed':
    'Una expresión regular se escribe entre barras, como /patrón/: falta la barra de cierre.',
  'rule.regexEmpty': 'La expresión regular entre las barras está vacía.',
  'rule.regexTooLong':
    'Una expresión regular tiene como mucho {limit, number} caracteres (esta tiene {length, number}).',
  'rule.regexMatchesEmpty':
    '{regex} coincide con un texto vacío, así que coincidiría con todas las noticias.',
  'rule.regexErrorAt':
    '{regex} no compila: error en el carácter {at, number} («{part}»): {description}.',
  'rule.regexError': '{regex} no compila: {description}.',
  'rule.quoteUnclosed': 'Las comillas abiertas en el carácter {at, number} no se cierran.',
  'rule.noLetters': '«{term}» no tiene letras ni cifras con las que coincidir.',
  'rule.tooManyTerms': 'Una regla contiene como mucho {limit, number} palabras y frases.',
  'filter.limitRules':
    'Este canal ya tiene {limit, number} reglas de filtro, el máximo que puede tener un canal; quita una antes.',
  'filter.limitRegex':
    'Este canal ya tiene {limit, number} reglas con expresiones regulares, el máximo que puede tener un canal; usa palabras o quita una antes.',
  'filter.noRules': 'Este canal no tiene reglas de filtro.',
  'filter.noRuleNumber':
    '{count, plural, =1 {Este canal tiene una regla} other {Este canal tiene las reglas del 1 al #}}; no existe la regla {n}.',
  'filter.noFeeds':
    'Este canal no tiene feeds propios; una regla para un feed necesita uno (/feeds add <url>).',
  'filter.noFeedNumber':
    '{count, plural, =1 {Este canal tiene un feed} other {Este canal tiene los feeds del 1 al #}}; no existe el feed {n}.',
  'filter.notAFeed': '{text} no es uno de los feeds de este canal (/feeds los muestra).',
  'filter.notAction': '«{word}» no es algo que /filter pueda hacer.',
  'mod.testFilters': 'Solo los moderadores pueden probar los filtros.',
  'mod.changeFilters': 'Solo los moderadores pueden cambiar los filtros de este canal.',
  'filter.clearNoValue': '/filter clear no lleva ningún valor.',
  'filter.testNeedsArticle':
    'test necesita un artículo: su número en /news, su id, su URL o palabras de su título.',
  'filter.none': 'Este canal no tiene filtros: sus boletines y /news muestran todas las noticias.',
  'filter.wordsForm': '<palabras>',
  'filter.addOne': 'Los moderadores añaden uno con {exclude} o {include}.',
  'filter.heading': 'Filtros de este canal ({count, number})',
  'filter.explain':
    'Una noticia que coincide con una regla exclude se descarta; si hay reglas include que se aplican, la noticia debe coincidir con alguna. Las palabras coinciden como palabras completas, sin distinguir mayúsculas ni acentos.',
  'filter.modHint': 'Moderadores: /filter add, remove <número>, clear, test <artículo>.',
  'filter.onlyFeed': ' — solo el feed {n, number} ({feed})',
  'filter.onlyGoneFeed': ' — solo un feed que este canal ya no lee',
  'filter.broken': ' — se ignora: ya no compila',
  'filter.addNeedsKind':
    'add necesita primero include o exclude y después las palabras, «una frase» o /una expresión regular/.',
  'filter.addNeedsWords': 'add {kind} necesita palabras, «una frase» o /una expresión regular/.',
  'filter.syntax':
    'Las palabras y las «frases entre comillas» coinciden como palabras completas; /regex/ usa la sintaxis de RE2 (como mucho {limit, number} caracteres).',
  'filter.scopeFeed': 'las noticias del feed {n, number} ({feed})',
  'filter.scopeAll': 'todas las noticias de este canal',
  'filter.added': 'Regla {n, number} añadida: {kind} {pattern} — para {scope}.',
  'filter.addedExclude':
    'Las noticias que coincidan con ella ya no aparecerán aquí en los boletines ni en /news.',
  'filter.addedInclude':
    'Ahora las noticias deben coincidir con una regla include para aparecer aquí en los boletines y en /news.',
  'filter.seeEffect': 'Envía /digest preview para ver su efecto, o /filter test <artículo>.',
  'filter.removeNeedsNumber':
    'remove necesita el número de una regla, tal como las muestra /filter.',
  'filter.seeRules': 'Envía /filter para ver las reglas.',
  'filter.removed': 'Regla {n} eliminada: {kind} {pattern}.',
  'filter.noneLeft': 'No queda ningún filtro: se muestran todas las noticias.',
  'filter.left':
    '{count, plural, one {Queda una regla (los números posteriores al {n} han subido un puesto).} other {Quedan # reglas (los números posteriores al {n} han subido un puesto).}}',
  'filter.hadNone': 'Este canal no tenía filtros.',
  'filter.cleared':
    '{count, plural, one {Se eliminó la única regla de filtro: vuelven a mostrarse todas las noticias.} other {Se eliminaron las # reglas de filtro: vuelven a mostrarse todas las noticias.}}',
  'filter.ruleTerm': 'regla {n, number} («{term}»)',
  'filter.matchesExclude': 'Coincide con exclude: {rules}.',
  'filter.matchesInclude': 'Coincide con include: {rules}.',
  'filter.matchesNoInclude':
    'No coincide con ninguna de las reglas include ({rules}) que se le aplican.',
  'filter.hadNoneTest': 'Este canal no tiene filtros.',
  'filter.noRuleApplies': 'No se le aplica ninguna regla.',
  'filter.kept': 'Se mantiene: ',
  'filter.leftOut': 'Se descarta: ',
  'filter.articleTitle': '«{title}»',
  'filter.reads': 'Los filtros leen el título, los temas y el comienzo del texto.',
  'filter.usageHint':
    'Por ejemplo /filter add exclude cripto "contenido patrocinado", /filter add include /clima|energía/, /filter remove 2, /filter test 1.',
  'file.noDownloads': 'aquí no se pueden descargar archivos',
  'file.overLimit': 'supera el límite de {kilobytes, number} KB',
  'file.notAFile': 'no es un archivo',
  'file.tooLarge':
    'ocupa {megabytes, number, ::.0} MB, más que el límite de {kilobytes, number} KB',
  'file.missing': 'ese archivo no existe',
  'file.denied': 'permiso denegado',
  'file.isFolder': 'es una carpeta',
  'file.cannotOpen': 'no se puede abrir',
  'cmd.filter.name': 'filtro',
  'cmd.filter.description':
    'Filtros de palabras para los boletines y /news de este canal; los moderadores los cambian',
  'cmd.filter.action.name': 'acción',
  'cmd.filter.action.description': 'list (por defecto), add, remove, clear o test (moderadores)',
  'cmd.filter.value.name': 'valor',
  'cmd.filter.value.description':
    'add: include|exclude [feed:N] palabras "una frase" o /regex/; remove: N; test: un artículo',
  'news.allFilteredTopic':
    '{count, plural, =1 {Los filtros de este canal descartan su único artículo sobre {topic}. Los moderadores los ven con /filter.} other {Los filtros de este canal descartan los {count, number} artículos sobre {topic}. Los moderadores los ven con /filter.}}',
  'news.countAtLeast': '({shown, number} de al menos {total, number})',
  'feedUrl.notUrl': '«{text}» no es una URL',
  'feedUrl.scheme': 'solo las direcciones http y https pueden ser feeds, no {scheme}',
  'feedUrl.noHost': 'la URL no indica ningún host',
  'feedUrl.credentials':
    'el usuario o la contraseña de la URL tienen un % que no va seguido de dos dígitos hexadecimales',
  ...pictures.es,
};
