import type { Translations } from './index.js';

/** Português do Brasil (tratamento por "você"). */
export const ptBR: Translations = {
  'bot.name': 'Briefly',
  'reply.usage': 'Uso: ',
  'dispatch.notCommand': 'Os comandos começam com "/".',
  'dispatch.notCommandHint': 'Por exemplo /news, ou /help para ver todos.',
  'dispatch.helpExplains': '/help {command} explica como usar.',
  'dispatch.tooLong': 'São {length, number} caracteres de argumentos; o limite é {limit, number}.',
  'dispatch.unknownSuggest': 'Comando desconhecido /{name}. Você quis dizer /{suggestion}?',
  'dispatch.unknown': 'Comando desconhecido /{name}.',
  'dispatch.unknownHint': 'Envie /help para ver todos os comandos.',
  'dispatch.failed':
    'Algo deu errado ao responder /{command}. O erro foi registrado; tente de novo.',
  'issue.missing': 'Falta {name}.',
  'issue.range': '{name} deve estar entre {min, number} e {max, number}.',
  'issue.rangeWhole': '{name} deve ser um número inteiro entre {min, number} e {max, number}.',
  'issue.tooLong': '{name} é longo demais (no máximo {max, number} caracteres).',
  'issue.invalid': '{name} não é válido.',
  'bind.mustBe': '{name} deve ser {expected}, não "{word}".',
  'bind.oneOf': 'um destes: {choices}',
  'bind.integer': 'um número inteiro',
  'bind.number': 'um número',
  'bind.boolean': 'on ou off',
  'bind.text': 'texto',
  'bind.tooMany': 'Argumentos demais: "{words}" não era esperado.',

  'help.intro': 'O Briefly traz as notícias: manchetes, resumos e a origem de cada afirmação.',
  'help.more': 'Envie /help <comando> para ver os detalhes, por exemplo /help summary.',
  'help.noSuchCommand': 'O comando /{name} não existe. Envie /help para ver todos.',
  'help.optional': '(opcional)',
  'help.examples': 'Exemplos: ',

  'age.justNow': 'agora mesmo',
  'age.soon': 'em menos de um minuto',

  'articles.noneLoaded': 'Ainda não há artigos carregados.',
  'list.pickHint': 'Responda /summary <número> ou /source <número> para escolher um deles.',
  'list.summaryButton': 'Resumo {n, number}',
  'list.sourcesButton': 'Fontes {n, number}',
  'list.sourceMore': '{source} e mais {count, number}',
  'news.noTopic': 'Nenhum artigo tem o tema "{topic}".',
  'news.topics': 'Temas: {topics}.',
  'news.heading': 'Últimas notícias',
  'news.headingTopic': 'Últimas sobre {topic}',
  'news.count': '({shown, number} de {total, number})',
  'search.none':
    'Nenhum artigo corresponde a "{words}". Tente outras palavras ou /news para ver as últimas.',
  'search.heading': 'Melhores resultados para "{words}"',

  'card.unattributed': '{publisher} (parágrafo sem atribuição)',
  'card.noSource': 'nenhuma fonte citada',
  'card.fullArticle': 'Artigo completo: ',
  'card.noLink': 'Artigo completo: sem link; carregado de {where}.',
  'button.sources': 'Fontes',
  'button.expired': 'Este botão expirou. Use o comando de novo para receber botões novos.',

  'summary.noSentences': '"{title}" não tem frases para resumir.',
  'summary.footerExtractive': 'Cada frase é citada literalmente do artigo.',
  'summary.footerModel': 'Reescrito por um modelo a partir das frases do próprio artigo.',

  'source.noneNamedPublisher': 'Nenhum parágrafo cita uma fonte; o veículo é {publisher}.',
  'source.noneNamed': 'Nenhum parágrafo deste artigo cita uma fonte.',
  'source.count':
    '{count, plural, =1 {Uma fonte embasa este artigo:} other {# fontes embasam este artigo:}}',
  'source.paragraph': 'parágrafo {n, number}',
  'source.unattributed':
    '{count, plural, =1 {O parágrafo {paragraphs} não cita nenhuma fonte.} other {Os parágrafos {paragraphs} não citam nenhuma fonte.}}',
  'source.claim': 'Afirmação: ',
  'source.noSupport': 'Nenhum trecho deste artigo confirma isso.',
  'source.supportCount':
    '{count, plural, =1 {O trecho que confirma:} other {Trechos que confirmam, o melhor primeiro:}}',
  'source.passageFrom': ' — parágrafo {n, number}, ',

  'ref.howToName':
    'Você pode indicar um artigo pelo número na última lista de /news ou /search, pelo id, pela URL ou por palavras do título.',
  'ref.ambiguous': 'Vários artigos correspondem a "{ref}":',
  'ref.pick': 'Envie /{command} <número> para escolher um.',
  'ref.noUrl': 'Nenhum artigo carregado tem essa URL.',
  'ref.noNumberLatest':
    '{count, plural, =1 {Há um artigo} other {Há # artigos}}; não existe o número {n}. Envie /news para vê-los.',
  'ref.noNumberList':
    '{count, plural, =1 {A última lista tem um artigo} other {A última lista tem os artigos de 1 a #}}; não existe o número {n}.',
  'ref.gone':
    'O artigo {n} da última lista não está mais disponível: envie /news para ter uma lista nova.',
  'ref.noTitle':
    'Nenhum título de artigo corresponde a "{text}". Envie /news para ver os artigos mais recentes.',

  'mod.changeDigest': 'Só moderadores podem alterar o boletim.',
  'mod.previewDigest': 'Só moderadores podem ver a prévia do boletim.',
  'mod.sendDigest': 'Só moderadores podem enviar o boletim.',
  'mod.changeFeeds': 'Só moderadores podem alterar os feeds deste canal.',
  'mod.who':
    '(Discord: permissão "Gerenciar servidor"; Telegram: o criador ou os administradores do chat.)',

  'digest.notAction': '"{word}" não é algo que o /digest saiba fazer.',
  'digest.seeHelp': 'Envie /help digest para ver exemplos.',
  'digest.headingShow': 'Boletim deste canal: {state}',
  'digest.headingUpdated': 'Boletim atualizado: {state}',
  'digest.stateOn': 'ativado',
  'digest.stateOff': 'desativado',
  'digest.statePaused': 'pausado: o bot não consegue publicar aqui ({reason})',
  'digest.unknownReason': 'motivo desconhecido',
  'digest.nothingNew': 'Nada de novo para o boletim deste canal no momento.',
  'digest.previewNote': 'Prévia — não enviada nem registrada.',
  'digest.sent':
    '{count, plural, one {Boletim enviado: # notícia.} other {Boletim enviado: # notícias.}}',
  'digest.emptySent': 'Nada de novo desde o último boletim, então nada foi enviado.',
  'digest.busy': 'Um boletim para este canal está sendo enviado agora.',
  'digest.failed': 'Não foi possível enviar o boletim.',
  'digest.failedReason': 'Não foi possível enviar o boletim: {reason}.',
  'digest.noValue': '/digest {action} não aceita valor.',
  'digest.badTime': '"{value}" não é um horário.',
  'digest.timeForm': '<HH:MM>',
  'digest.daysForm': '<dias>',
  'digest.zoneForm': '<Região/Cidade>',
  'digest.sizeForm': '<1-20>',
  'digest.topicsForm': '<tema,tema…|all>',
  'digest.timeHint': 'Um horário de 24 horas, de 00:00 a 23:59, por exemplo 07:30 ou 18:00.',
  'digest.badDays': '"{value}" não é um conjunto de dias.',
  'digest.daysHint': 'Aceitos: daily, weekdays, weekends, mon-fri, mon,wed,fri.',
  'digest.badZone': '"{value}" não é um fuso horário.',
  'digest.zoneHint':
    'Um fuso horário IANA como America/Sao_Paulo, Europe/Lisbon, Asia/Tokyo ou UTC.',
  'digest.badSize': 'O tamanho deve ser um número inteiro de {min, number} a {max, number}.',
  'digest.badSizeValue':
    'O tamanho deve ser um número inteiro de {min, number} a {max, number}, não "{value}".',
  'digest.badTopic': '"{topic}" não é uma tag de tema.',
  'digest.nameTopics': 'Informe os temas.',
  'digest.topicsHint':
    'Até 20 tags separadas por vírgulas, por exemplo science,climate; "all" remove o filtro.',
  'digest.badLanguage': '"{value}" não é um idioma que o Briefly fala. Disponíveis: {languages}.',
  'digest.languageForm': '<código do idioma>',
  'digest.schedule': 'Agenda: ',
  'digest.scheduleLine':
    '{time} {zone}, {days}, {size, plural, one {# notícia} other {# notícias}}, temas: {topics}',
  'digest.topicsAll': 'todos',
  'digest.daily': 'todos os dias',
  'digest.weekdays': 'dias úteis (seg–sex)',
  'digest.weekends': 'fins de semana',
  'digest.next': 'Próximo: ',
  'digest.nextWhen': '{when} ({age})',
  'digest.notScheduled': 'não agendado',
  'digest.offNone': 'nenhum — o boletim está desativado',
  'digest.language': 'Idioma: ',
  'digest.languageSet': '{name} ({code})',
  'digest.languageDefault': '{name} ({code}, o padrão aqui)',
  'digest.hintOn':
    'Moderadores: /digest off, time HH:MM, days, timezone, size, topics, language, preview, now.',
  'digest.hintOff': 'Moderadores ativam com /digest on.',
  'digest.postHeading': 'Boletim Briefly — {date}',
  'digest.postCount': ' · {count, plural, one {# notícia nova} other {# notícias novas}}',
  'digest.source': 'Fonte: ',
  'digest.sources': 'Fontes: ',
  'digest.more': 'Mais {count, number} — /news mostra todas.',
  'digest.moreCapped': 'Mais de {count, number} — /news mostra todas.',

  'feeds.listTakesNoTarget':
    '"/feeds" só mostra a lista; para alterá-la, escreva add ou remove primeiro.',
  'feeds.addNeedsUrl': 'add precisa da URL do feed.',
  'feeds.removeNeedsTarget': 'remove precisa da URL ou do número de um feed.',
  'feeds.usageHint': 'Por exemplo /feeds add https://example.com/feed.xml ou /feeds remove 2.',
  'feeds.operator':
    '{count, plural, =1 {A lista do operador adiciona um feed para todos os canais.} other {A lista do operador adiciona # feeds para todos os canais.}}',
  'feeds.noneOwn':
    'Este canal não tem feeds próprios: o boletim dele usa os artigos do bot e os feeds do operador.',
  'feeds.addOne': 'Moderadores adicionam um com {command}.',
  'feeds.urlForm': '<url>',
  'feeds.heading': 'Feeds deste canal ({count, number})',
  'feeds.modHint': 'Moderadores: /feeds add <url>, /feeds remove <número>.',
  'feeds.paused': 'PAUSADO após falhas repetidas',
  'feeds.lastRead': 'lido pela última vez {age}',
  'feeds.notRead': 'ainda não lido',
  'feeds.lastError': 'último erro {age}: {error}',
  'feeds.addFailed': 'Não foi possível adicionar {url}: {reason}.',
  'feeds.added': '{feed} adicionado — agora com {count, plural, =1 {um item} other {# itens}}.',
  'feeds.checkedAgain':
    'Já é um feed deste canal, verificado de novo: {feed} — agora com {count, plural, =1 {um item} other {# itens}}.',
  'feeds.drawsOn':
    '{count, plural, =1 {O boletim deste canal agora usa o seu único feed; itens novos são lidos a cada 15 minutos, mais ou menos.} other {O boletim deste canal agora usa os seus # feeds; itens novos são lidos a cada 15 minutos, mais ou menos.}}',
  'feeds.removed': '{feed} removido.',
  'feeds.noneLeft':
    'Este canal não tem mais feeds: o boletim dele usa os artigos do bot e os feeds do operador.',
  'feeds.left': '{count, plural, =1 {Resta um feed.} other {Restam # feeds.}}',
  'feeds.seeList': 'Envie /feeds para ver os feeds deste canal.',
  'feeds.noFeedsToRemove': 'Este canal não tem feeds para remover.',
  'feeds.noNumber':
    '{count, plural, =1 {Este canal tem um feed} other {Este canal tem os feeds de 1 a #}}; não existe o número {n}.',
  'feeds.notOneOf': '{url} não é um dos feeds deste canal.',
  'feeds.disabled': 'os feeds não estão ativados nesta instalação',
  'feeds.pausedTitle': 'Feed pausado: ',
  'feeds.pausedBody':
    '{name} falhou {count, plural, one {# vez} other {# vezes}} seguidas; último erro: {reason}.',
  'feeds.pausedHelp':
    'Ele será tentado de novo uma vez por dia e volta sozinho quando responder. Moderadores: /feeds mostra o estado, /feeds remove o retira.',

  'adapter.failed': 'Algo deu errado ao responder. O erro foi registrado; tente de novo.',
  'adapter.moreButtons': 'Mais botões:',
  'adapter.empty': '(resposta vazia)',
  'discord.guildOnly': '/{command} funciona em um canal de servidor, não em mensagens diretas.',
  'telegram.buttonExpired': 'Este botão expirou. Envie /news de novo.',
  'console.ready': 'O Briefly está pronto. Envie /help para ver os comandos; Ctrl+D encerra.',

  'cmd.help.name': 'ajuda',
  'cmd.help.description': 'Lista os comandos ou explica um deles',
  'cmd.help.command.name': 'comando',
  'cmd.help.command.description': 'Um comando para explicar, como summary',
  'cmd.news.name': 'notícias',
  'cmd.news.description': 'Os artigos mais recentes, numerados, com botões de resumo e fontes',
  'cmd.news.count.name': 'quantidade',
  'cmd.news.count.description': 'Quantos artigos, de 1 a 20 (padrão 5)',
  'cmd.news.topic.name': 'tema',
  'cmd.news.topic.description': 'Só artigos com esta tag de tema',
  'cmd.summary.name': 'resumo',
  'cmd.summary.description':
    'Sem tempo para ler? Um resumo curto de um artigo, cada frase com a sua fonte',
  'cmd.summary.ref.name': 'artigo',
  'cmd.summary.ref.description':
    'O artigo: o número na última lista, o id, a URL ou palavras do título',
  'cmd.summary.sentences.name': 'frases',
  'cmd.summary.sentences.description': 'Quantas frases, de 1 a 10 (padrão 3)',
  'cmd.source.name': 'fontes',
  'cmd.source.description':
    'De onde vêm as afirmações de um artigo; com uma afirmação, os trechos que a confirmam',
  'cmd.source.ref.name': 'artigo',
  'cmd.source.ref.description':
    'O artigo: um número da última lista, um id, uma URL ou "palavras do título" entre aspas',
  'cmd.source.claim.name': 'afirmação',
  'cmd.source.claim.description': 'Uma afirmação para conferir no artigo',
  'cmd.search.name': 'buscar',
  'cmd.search.description': 'Encontra artigos por palavras do título ou do texto',
  'cmd.search.words.name': 'palavras',
  'cmd.search.words.description': 'As palavras a procurar',
  'cmd.digest.name': 'boletim',
  'cmd.digest.description':
    'O boletim diário deste canal: ajustes e próximo envio; moderadores podem alterá-los',
  'cmd.digest.action.name': 'ação',
  'cmd.digest.action.description':
    'on, off, time, days, timezone, size, topics, language, preview ou now',
  'cmd.digest.value.name': 'valor',
  'cmd.digest.value.description':
    'O novo valor, por exemplo 08:30, mon-fri, America/Sao_Paulo, 5, science,tech, pt',
  'cmd.feeds.name': 'feeds',
  'cmd.feeds.description': 'Os feeds RSS e Atom que este canal lê; moderadores adicionam e removem',
  'cmd.feeds.action.name': 'ação',
  'cmd.feeds.action.description': 'list (padrão), add ou remove (moderadores)',
  'cmd.feeds.target.name': 'alvo',
  'cmd.feeds.target.description': 'add: a URL do feed; remove: a URL ou o número dele em /feeds',
};
