import type { Translations } from './index.js';
import { pictures } from './pictures.js';

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
    'Moderadores: /digest off, time HH:MM, days, timezone, size, topics, language, images, ping, target, preview, now.',
  'digest.hintOff': 'Moderadores ativam com /digest on.',
  'digest.openPanel': 'Abrir o painel de controle',
  'panel.menuButton': 'Painel de controle',
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
    'on, off, time, days, timezone, size, topics, language, images, ping, target, preview ou now',
  'cmd.digest.value.name': 'valor',
  'cmd.digest.value.description':
    'O novo valor, por exemplo 08:30, mon-fri, America/Sao_Paulo, 5, science,tech, pt, off',
  'cmd.feeds.name': 'feeds',
  'cmd.feeds.description': 'Os feeds RSS e Atom que este canal lê; moderadores adicionam e removem',
  'cmd.feeds.action.name': 'ação',
  'cmd.feeds.action.description':
    'list (padrão), add, remove, export ou import de um arquivo OPML (moderadores)',
  'cmd.feeds.target.name': 'alvo',
  'cmd.feeds.target.description':
    'add: a URL do feed; remove: URL ou número em /feeds; import: um caminho (console)',
  'feeds.exportNoValue': '/feeds export não recebe valor.',
  'mod.exportFeeds': 'Só moderadores podem exportar os feeds deste canal.',
  'feeds.exportNone': 'Este canal não tem feeds próprios para exportar.',
  'feeds.exported':
    '{count, plural, one {O feed deste canal em OPML, para um leitor de feeds ou outro bot ({command} o importa de volta).} other {Os # feeds deste canal em OPML, para um leitor de feeds ou outro bot ({command} os importa de volta).}}',
  'feeds.limitChannel':
    'este canal já tem {limit, number} feeds, o máximo que um canal pode ter; remova um antes com /feeds remove <número>',
  'feeds.limitBot':
    'o bot já lê {limit, number} feeds para os seus canais, o máximo que ele aceita; fale com quem o opera ou assine um feed que outro canal já lê',
  'digest.filteredOut':
    '{count, plural, one {# notícia filtrada pelos filtros deste canal (/filter).} other {# notícias filtradas pelos filtros deste canal (/filter).}}',
  'news.allFiltered':
    '{count, plural, =1 {Os filtros deste canal deixam de fora o único artigo dele. Moderadores os veem com /filter.} other {Os filtros deste canal deixam de fora todos os {count, number} artigos. Moderadores os veem com /filter.}}',
  'rule.empty': 'A regra está vazia: informe palavras, "uma frase" ou /uma expressão regular/.',
  'rule.tooLong': 'Uma regra tem no máximo {limit, number} caracteres (esta tem {length, number}).',
  'rule.regexUnclosed':
    'Uma expressão regular é escrita entre barras, como /padrão/: falta a barra de fechamento.',
  'rule.regexEmpty': 'A expressão regular entre as barras está vazia.',
  'rule.regexTooLong':
    'Uma expressão regular tem no máximo {limit, number} caracteres (esta tem {length, number}).',
  'rule.regexMatchesEmpty':
    '{regex} corresponde a um texto vazio, então corresponderia a todas as notícias.',
  'rule.regexErrorAt':
    '{regex} não compila: erro no caractere {at, number} ("{part}"): {description}.',
  'rule.regexError': '{regex} não compila: {description}.',
  'rule.quoteUnclosed': 'As aspas abertas no caractere {at, number} não foram fechadas.',
  'rule.noLetters': '"{term}" não tem letras nem dígitos para comparar.',
  'rule.tooManyTerms': 'Uma regra tem no máximo {limit, number} palavras e frases.',
  'filter.limitRules':
    'Este canal já tem {limit, number} regras de filtro, o máximo que um canal pode ter; remova uma antes.',
  'filter.limitRegex':
    'Este canal já tem {limit, number} regras com expressões regulares, o máximo que um canal pode ter; use palavras ou remova uma antes.',
  'filter.noRules': 'Este canal não tem regras de filtro.',
  'filter.noRuleNumber':
    '{count, plural, =1 {Este canal tem uma regra} other {Este canal tem as regras de 1 a #}}; não existe a regra {n}.',
  'filter.noFeeds':
    'Este canal não tem feeds próprios; uma regra para um feed precisa de um (/feeds add <url>).',
  'filter.noFeedNumber':
    '{count, plural, =1 {Este canal tem um feed} other {Este canal tem os feeds de 1 a #}}; não existe o feed {n}.',
  'filter.notAFeed': '{text} não é um dos feeds deste canal (/feeds os lista).',
  'filter.notAction': '"{word}" não é algo que o /filter saiba fazer.',
  'mod.testFilters': 'Só moderadores podem testar os filtros.',
  'mod.changeFilters': 'Só moderadores podem alterar os filtros deste canal.',
  'filter.clearNoValue': '/filter clear não recebe valor.',
  'filter.testNeedsArticle':
    'test precisa de um artigo: o número dele em /news, o id, a URL ou palavras do título.',
  'filter.none':
    'Este canal não tem filtros: os boletins e o /news dele mostram todas as notícias.',
  'filter.wordsForm': '<palavras>',
  'filter.addOne': 'Moderadores adicionam um com {exclude} ou {include}.',
  'filter.heading': 'Filtros deste canal ({count, number})',
  'filter.explain':
    'Uma notícia que corresponde a uma regra exclude fica de fora; quando há regras include que se aplicam, a notícia precisa corresponder a uma delas. Palavras correspondem a palavras inteiras, sem diferenciar maiúsculas nem acentos.',
  'filter.modHint': 'Moderadores: /filter add, remove <número>, clear, test <artigo>.',
  'filter.onlyFeed': ' — só o feed {n, number} ({feed})',
  'filter.onlyGoneFeed': ' — só um feed que este canal não lê mais',
  'filter.broken': ' — ignorada: não compila mais',
  'filter.addNeedsKind':
    'add precisa primeiro de include ou exclude e depois das palavras, "uma frase" ou /uma expressão regular/.',
  'filter.addNeedsWords': 'add {kind} precisa de palavras, "uma frase" ou /uma expressão regular/.',
  'filter.syntax':
    'Palavras e "frases entre aspas" correspondem a palavras inteiras; /regex/ usa a sintaxe do RE2 (no máximo {limit, number} caracteres).',
  'filter.scopeFeed': 'as notícias do feed {n, number} ({feed})',
  'filter.scopeAll': 'todas as notícias deste canal',
  'filter.added': 'Regra {n, number} adicionada: {kind} {pattern} — para {scope}.',
  'filter.addedExclude':
    'As notícias que corresponderem a ela ficam de fora dos boletins e do /news aqui.',
  'filter.addedInclude':
    'Agora as notícias precisam corresponder a uma regra include para aparecer nos boletins e no /news aqui.',
  'filter.seeEffect': 'Envie /digest preview para ver o efeito, ou /filter test <artigo>.',
  'filter.removeNeedsNumber': 'remove precisa do número de uma regra, como o /filter as lista.',
  'filter.seeRules': 'Envie /filter para ver as regras.',
  'filter.removed': 'Regra {n} removida: {kind} {pattern}.',
  'filter.noneLeft': 'Não resta nenhum filtro: todas as notícias são mostradas.',
  'filter.left':
    '{count, plural, =1 {Resta uma regra (os números depois de {n} subiram uma posição).} one {Resta # regra (os números depois de {n} subiram uma posição).} other {Restam # regras (os números depois de {n} subiram uma posição).}}',
  'filter.hadNone': 'Este canal não tinha filtros.',
  'filter.cleared':
    '{count, plural, =1 {A única regra de filtro foi removida: todas as notícias voltam a ser mostradas.} one {# regra de filtro removida: todas as notícias voltam a ser mostradas.} other {Todas as # regras de filtro foram removidas: todas as notícias voltam a ser mostradas.}}',
  'filter.ruleTerm': 'regra {n, number} ("{term}")',
  'filter.matchesExclude': 'Corresponde a exclude: {rules}.',
  'filter.matchesInclude': 'Corresponde a include: {rules}.',
  'filter.matchesNoInclude':
    'Não corresponde a nenhuma das regras include ({rules}) que se aplicam a ele.',
  'filter.hadNoneTest': 'Este canal não tem filtros.',
  'filter.noRuleApplies': 'Nenhuma regra se aplica a ele.',
  'filter.kept': 'Mantido: ',
  'filter.leftOut': 'Deixado de fora: ',
  'filter.articleTitle': '"{title}"',
  'filter.reads': 'Os filtros leem o título, os temas e o começo do texto.',
  'filter.usageHint':
    'Por exemplo /filter add exclude cripto "conteúdo patrocinado", /filter add include /clima|energia/, /filter remove 2, /filter test 1.',
  'file.noDownloads': 'não é possível baixar arquivos aqui',
  'file.overLimit': 'ele passa do limite de {kilobytes, number} KB',
  'file.notAFile': 'não é um arquivo',
  'file.tooLarge':
    'ele tem {megabytes, number, ::.0} MB, acima do limite de {kilobytes, number} KB',
  'file.missing': 'esse arquivo não existe',
  'file.denied': 'permissão negada',
  'file.isFolder': 'é uma pasta',
  'file.cannotOpen': 'não é possível abri-lo',
  'cmd.filter.name': 'filtro',
  'cmd.filter.description':
    'Filtros de palavras para os boletins e o /news deste canal; moderadores os alteram',
  'cmd.filter.action.name': 'ação',
  'cmd.filter.action.description': 'list (padrão), add, remove, clear ou test (moderadores)',
  'cmd.filter.value.name': 'valor',
  'cmd.filter.value.description':
    'add: include|exclude [feed:N] palavras "uma frase" ou /regex/; remove: N; test: um artigo',
  'news.allFilteredTopic':
    '{count, plural, =1 {Os filtros deste canal deixam de fora o único artigo dele sobre {topic}. Moderadores os veem com /filter.} other {Os filtros deste canal deixam de fora todos os {count, number} artigos sobre {topic}. Moderadores os veem com /filter.}}',
  'news.countAtLeast': '({shown, number} de pelo menos {total, number})',
  'feedUrl.notUrl': '"{text}" não é uma URL',
  'feedUrl.scheme': 'só endereços http e https podem ser feeds, não {scheme}',
  'feedUrl.noHost': 'a URL não indica nenhum host',
  'feedUrl.credentials':
    'o usuário ou a senha na URL têm um % que não é seguido de dois dígitos hexadecimais',
  ...pictures.ptBR,
};
