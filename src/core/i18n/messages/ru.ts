import type { Translations } from './index.js';
import { pictures } from './pictures.js';

/** Русский. Обращение на «вы», как принято в интерфейсах; падежи числительных через plural. */
export const ru: Translations = {
  'bot.name': 'Briefly',
  'reply.usage': 'Использование: ',
  'dispatch.notCommand': 'Команды начинаются с «/».',
  'dispatch.notCommandHint': 'Например, /news, или /help, чтобы увидеть все команды.',
  'dispatch.helpExplains': '/help {command} объяснит подробнее.',
  'dispatch.tooLong':
    'Аргументы занимают {length, number} {length, plural, one {символ} few {символа} many {символов} other {символа}}; допустимо не более {limit, number}.',
  'dispatch.unknownSuggest':
    'Неизвестная команда /{name}. Может быть, вы имели в виду /{suggestion}?',
  'dispatch.unknown': 'Неизвестная команда /{name}.',
  'dispatch.unknownHint': 'Отправьте /help, чтобы увидеть все команды.',
  'dispatch.failed':
    'При ответе на /{command} что-то пошло не так. Ошибка записана в журнал; попробуйте ещё раз.',
  'issue.missing': 'Не указано: {name}.',
  'issue.range': '{name}: значение должно быть от {min, number} до {max, number}.',
  'issue.rangeWhole':
    '{name}: значение должно быть целым числом от {min, number} до {max, number}.',
  'issue.tooLong':
    '{name}: слишком длинно (не более {max, number} {max, plural, one {символа} other {символов}}).',
  'issue.invalid': '{name}: недопустимое значение.',
  'bind.mustBe': '{name}: нужно {expected}, а не «{word}».',
  'bind.oneOf': 'одно из значений {choices}',
  'bind.integer': 'целое число',
  'bind.number': 'число',
  'bind.boolean': 'on или off',
  'bind.text': 'текст',
  'bind.tooMany': 'Слишком много аргументов: «{words}» здесь лишнее.',

  'help.intro':
    'Briefly приносит новости: заголовки, краткие пересказы и источник каждого утверждения.',
  'help.more': 'Отправьте /help <команда>, чтобы узнать подробности, например /help summary.',
  'help.noSuchCommand': 'Команды /{name} нет. Отправьте /help, чтобы увидеть все команды.',
  'help.optional': '(необязательно)',
  'help.examples': 'Примеры: ',

  'age.justNow': 'только что',
  'age.soon': 'менее чем через минуту',

  'articles.noneLoaded': 'Статьи ещё не загружены.',
  'list.pickHint': 'Ответьте /summary <номер> или /source <номер>, чтобы выбрать одну из них.',
  'list.summaryButton': 'Кратко {n, number}',
  'list.sourcesButton': 'Источники {n, number}',
  'list.sourceMore': '{source} и ещё {count, number}',
  'news.noTopic': 'Нет статей с темой «{topic}».',
  'news.topics': 'Темы: {topics}.',
  'news.heading': 'Последние новости',
  'news.headingTopic': 'Последнее по теме «{topic}»',
  'news.count': '({shown, number} из {total, number})',
  'search.none':
    'По запросу «{words}» ничего не найдено. Попробуйте другие слова или /news для последних новостей.',
  'search.heading': 'Лучшие совпадения для «{words}»',

  'card.unattributed': '{publisher} (абзац без указания источника)',
  'card.noSource': 'источник не указан',
  'card.fullArticle': 'Полная статья: ',
  'card.noLink': 'Полная статья: ссылки нет; загружено из {where}.',
  'button.sources': 'Источники',
  'button.expired':
    'Срок действия кнопки истёк. Выполните команду ещё раз, чтобы получить новые кнопки.',

  'summary.noSentences': 'В статье «{title}» нет предложений для пересказа.',
  'summary.footerExtractive': 'Каждое предложение дословно взято из статьи.',
  'summary.footerModel': 'Пересказано моделью по предложениям самой статьи.',

  'source.noneNamedPublisher': 'Ни один абзац не называет источник; издатель — {publisher}.',
  'source.noneNamed': 'Ни один абзац этой статьи не называет источник.',
  'source.count':
    '{count, plural, one {Статью подтверждает # источник:} few {Статью подтверждают # источника:} many {Статью подтверждают # источников:} other {Статью подтверждают # источника:}}',
  'source.paragraph': 'абзац {n, number}',
  'source.unattributed':
    '{count, plural, =1 {Абзац {paragraphs} не называет источник.} other {Абзацы {paragraphs} не называют источник.}}',
  'source.claim': 'Утверждение: ',
  'source.noSupport': 'Ни один фрагмент этой статьи этого не подтверждает.',
  'source.supportCount':
    '{count, plural, =1 {Фрагмент, который это подтверждает:} other {Фрагменты, которые это подтверждают, сначала лучшие:}}',
  'source.passageFrom': ' — абзац {n, number}, ',

  'ref.howToName':
    'Статью можно указать номером из последнего списка /news или /search, её идентификатором, URL или словами из заголовка.',
  'ref.ambiguous': 'Под «{ref}» подходят несколько статей:',
  'ref.pick': 'Отправьте /{command} <номер>, чтобы выбрать одну.',
  'ref.noUrl': 'Среди загруженных статей нет статьи с таким URL.',
  'ref.noNumberLatest':
    '{count, plural, one {Есть # статья} few {Есть # статьи} many {Есть # статей} other {Есть # статьи}}; номера {n} нет. Отправьте /news, чтобы их увидеть.',
  'ref.noNumberList':
    '{count, plural, =1 {В последнем списке одна статья} other {В последнем списке статьи с 1 по #}}; номера {n} нет.',
  'ref.gone':
    'Статья {n} из последнего списка больше недоступна: отправьте /news, чтобы получить новый список.',
  'ref.noTitle':
    'Ни один заголовок не подходит под «{text}». Отправьте /news, чтобы увидеть последние статьи.',

  'mod.changeDigest': 'Менять дайджест могут только модераторы.',
  'mod.previewDigest': 'Просматривать дайджест заранее могут только модераторы.',
  'mod.sendDigest': 'Отправлять дайджест могут только модераторы.',
  'mod.changeFeeds': 'Менять ленты этого канала могут только модераторы.',
  'mod.who': '(Discord: право «Управлять сервером»; Telegram: создатель или администраторы чата.)',

  'digest.notAction': '/digest не умеет «{word}».',
  'digest.seeHelp': 'Отправьте /help digest, чтобы увидеть примеры.',
  'digest.headingShow': 'Дайджест этого канала: {state}',
  'digest.headingUpdated': 'Дайджест обновлён: {state}',
  'digest.stateOn': 'включён',
  'digest.stateOff': 'выключен',
  'digest.statePaused': 'приостановлен: бот не может публиковать здесь ({reason})',
  'digest.unknownReason': 'причина неизвестна',
  'digest.nothingNew': 'Для дайджеста этого канала сейчас нет ничего нового.',
  'digest.previewNote': 'Предпросмотр — не отправлен и не учтён.',
  'digest.sent':
    '{count, plural, one {Дайджест отправлен: # новость.} few {Дайджест отправлен: # новости.} many {Дайджест отправлен: # новостей.} other {Дайджест отправлен: # новости.}}',
  'digest.emptySent':
    'С прошлого дайджеста ничего нового не появилось, поэтому ничего не отправлено.',
  'digest.busy': 'Дайджест для этого канала отправляется прямо сейчас.',
  'digest.failed': 'Не удалось отправить дайджест.',
  'digest.failedReason': 'Не удалось отправить дайджест: {reason}.',
  'digest.noValue': '/digest {action} не принимает значения.',
  'digest.badTime': '«{value}» — это не время.',
  'digest.timeForm': '<ЧЧ:ММ>',
  'digest.daysForm': '<дни>',
  'digest.zoneForm': '<Регион/Город>',
  'digest.sizeForm': '<1-20>',
  'digest.topicsForm': '<тема,тема…|all>',
  'digest.timeHint': 'Время в 24-часовом формате от 00:00 до 23:59, например 07:30 или 18:00.',
  'digest.badDays': '«{value}» — это не набор дней.',
  'digest.daysHint': 'Допустимо: daily, weekdays, weekends, mon-fri, mon,wed,fri.',
  'digest.badZone': '«{value}» — это не часовой пояс.',
  'digest.zoneHint':
    'Часовой пояс IANA, например Europe/Moscow, Asia/Yekaterinburg, Europe/Berlin или UTC.',
  'digest.badSize': 'Размер должен быть целым числом от {min, number} до {max, number}.',
  'digest.badSizeValue':
    'Размер должен быть целым числом от {min, number} до {max, number}, а не «{value}».',
  'digest.badTopic': '«{topic}» — это не тег темы.',
  'digest.nameTopics': 'Укажите темы.',
  'digest.topicsHint': 'До 20 тегов через запятую, например science,climate; «all» снимает фильтр.',
  'digest.badLanguage': 'Briefly не говорит на языке «{value}». Доступные языки: {languages}.',
  'digest.languageForm': '<код языка>',
  'digest.schedule': 'Расписание: ',
  'digest.scheduleLine':
    '{time} {zone}, {days}, {size, plural, one {# новость} few {# новости} many {# новостей} other {# новости}}, темы: {topics}',
  'digest.topicsAll': 'все',
  'digest.daily': 'ежедневно',
  'digest.weekdays': 'по будням (пн–пт)',
  'digest.weekends': 'по выходным',
  'digest.next': 'Следующий: ',
  'digest.nextWhen': '{when} ({age})',
  'digest.notScheduled': 'не запланирован',
  'digest.offNone': 'нет — дайджест выключен',
  'digest.language': 'Язык: ',
  'digest.languageSet': '{name} ({code})',
  'digest.languageDefault': '{name} ({code}, используется здесь по умолчанию)',
  'digest.hintOn':
    'Модераторам: /digest off, time ЧЧ:ММ, days, timezone, size, topics, language, images, ping, target, preview, now.',
  'digest.hintOff': 'Модераторы включают его командой /digest on.',
  'digest.openPanel': 'Открыть панель управления',
  'panel.menuButton': 'Панель управления',
  'digest.postHeading': 'Дайджест Briefly — {date}',
  'digest.postCount':
    ' · {count, plural, one {# свежая новость} few {# свежие новости} many {# свежих новостей} other {# свежей новости}}',
  'digest.source': 'Источник: ',
  'digest.sources': 'Источники: ',
  'digest.more': 'Ещё {count, number} — /news покажет их.',
  'digest.moreCapped': 'Ещё {count, number}+ — /news покажет их.',

  'feeds.listTakesNoTarget':
    '«/feeds» только показывает список; чтобы изменить его, сначала напишите add или remove.',
  'feeds.addNeedsUrl': 'Для add нужен URL ленты.',
  'feeds.removeNeedsTarget': 'Для remove нужен URL или номер ленты.',
  'feeds.usageHint': 'Например, /feeds add https://example.com/feed.xml или /feeds remove 2.',
  'feeds.operator':
    '{count, plural, one {Список оператора добавляет # ленту для всех каналов.} few {Список оператора добавляет # ленты для всех каналов.} many {Список оператора добавляет # лент для всех каналов.} other {Список оператора добавляет # ленты для всех каналов.}}',
  'feeds.noneOwn':
    'У этого канала нет своих лент: его дайджест берёт статьи самого бота и ленты оператора.',
  'feeds.addOne': 'Модераторы добавляют ленту командой {command}.',
  'feeds.urlForm': '<url>',
  'feeds.heading': 'Ленты этого канала ({count, number})',
  'feeds.modHint': 'Модераторам: /feeds add <url>, /feeds remove <номер>.',
  'feeds.paused': 'ПРИОСТАНОВЛЕНА после повторных ошибок',
  'feeds.lastRead': 'прочитана {age}',
  'feeds.notRead': 'ещё не прочитана',
  'feeds.lastError': 'последняя ошибка {age}: {error}',
  'feeds.addFailed': 'Не удалось добавить {url}: {reason}.',
  'feeds.added':
    'Добавлена лента {feed} — сейчас в ней {count, plural, one {# запись} few {# записи} many {# записей} other {# записи}}.',
  'feeds.checkedAgain':
    'Эта лента уже есть у канала, проверена заново: {feed} — сейчас в ней {count, plural, one {# запись} few {# записи} many {# записей} other {# записи}}.',
  'feeds.drawsOn':
    'Теперь дайджест канала берёт записи из {count, plural, one {# ленты} few {# лент} many {# лент} other {# ленты}}; новые записи читаются примерно раз в 15 минут.',
  'feeds.removed': 'Лента {feed} удалена.',
  'feeds.noneLeft':
    'У этого канала больше нет лент: его дайджест берёт статьи самого бота и ленты оператора.',
  'feeds.left':
    '{count, plural, one {Осталась # лента.} few {Осталось # ленты.} many {Осталось # лент.} other {Осталось # ленты.}}',
  'feeds.seeList': 'Отправьте /feeds, чтобы увидеть ленты этого канала.',
  'feeds.noFeedsToRemove': 'У этого канала нет лент, которые можно удалить.',
  'feeds.noNumber':
    '{count, plural, =1 {У этого канала одна лента} other {У этого канала ленты с 1 по #}}; номера {n} нет.',
  'feeds.notOneOf': '{url} не входит в ленты этого канала.',
  'feeds.disabled': 'ленты в этой установке не включены',
  'feeds.pausedTitle': 'Лента приостановлена: ',
  'feeds.pausedBody':
    '{name}: {count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}} подряд; последняя: {reason}.',
  'feeds.pausedHelp':
    'Её будут пробовать раз в день, и она возобновится сама, как только ответит. Модераторам: /feeds покажет её состояние, /feeds remove удалит её.',

  'adapter.failed': 'При ответе что-то пошло не так. Ошибка записана в журнал; попробуйте ещё раз.',
  'adapter.moreButtons': 'Ещё кнопки:',
  'adapter.empty': '(пустой ответ)',
  'discord.guildOnly': '/{command} работает в канале сервера, а не в личных сообщениях.',
  'telegram.buttonExpired': 'Срок действия кнопки истёк. Отправьте /news ещё раз.',
  'console.ready': 'Briefly готов. Отправьте /help, чтобы увидеть команды; Ctrl+D — выход.',

  'cmd.help.name': 'помощь',
  'cmd.help.description': 'Список команд или объяснение одной из них',
  'cmd.help.command.name': 'команда',
  'cmd.help.command.description': 'Команда, которую нужно объяснить, например summary',
  'cmd.news.name': 'новости',
  'cmd.news.description': 'Последние статьи с номерами и кнопками для пересказа и источников',
  'cmd.news.count.name': 'количество',
  'cmd.news.count.description': 'Сколько статей, от 1 до 20 (по умолчанию 5)',
  'cmd.news.topic.name': 'тема',
  'cmd.news.topic.description': 'Только статьи с этим тегом темы',
  'cmd.summary.name': 'кратко',
  'cmd.summary.description':
    'Нет времени читать? Краткий пересказ статьи, у каждого предложения — источник',
  'cmd.summary.ref.name': 'статья',
  'cmd.summary.ref.description':
    'Статья: номер в последнем списке, идентификатор, URL или слова из заголовка',
  'cmd.summary.sentences.name': 'предложения',
  'cmd.summary.sentences.description': 'Сколько предложений, от 1 до 10 (по умолчанию 3)',
  'cmd.source.name': 'источники',
  'cmd.source.description':
    'Откуда взяты утверждения статьи; с утверждением — фрагменты, которые его подтверждают',
  'cmd.source.ref.name': 'статья',
  'cmd.source.ref.description':
    'Статья: номер из последнего списка, идентификатор, URL или «слова заголовка» в кавычках',
  'cmd.source.claim.name': 'утверждение',
  'cmd.source.claim.description': 'Утверждение, которое нужно проверить по статье',
  'cmd.search.name': 'поиск',
  'cmd.search.description': 'Найти статьи по словам из заголовка или текста',
  'cmd.search.words.name': 'слова',
  'cmd.search.words.description': 'Слова для поиска',
  'cmd.digest.name': 'дайджест',
  'cmd.digest.description':
    'Ежедневный дайджест канала: настройки и следующая отправка; модераторы меняют их',
  'cmd.digest.action.name': 'действие',
  'cmd.digest.action.description':
    'on, off, time, days, timezone, size, topics, language, images, ping, target, preview или now',
  'cmd.digest.value.name': 'значение',
  'cmd.digest.value.description':
    'Новое значение, например 08:30, mon-fri, Europe/Moscow, 5, science,tech, ru, off',
  'cmd.feeds.name': 'ленты',
  'cmd.feeds.description':
    'RSS- и Atom-ленты, которые читает этот канал; модераторы добавляют и удаляют их',
  'cmd.feeds.action.name': 'действие',
  'cmd.feeds.action.description':
    'list (по умолчанию), add, remove, export или import OPML-файла (для модераторов)',
  'cmd.feeds.target.name': 'цель',
  'cmd.feeds.target.description':
    'add: URL ленты; remove: её URL или номер в /feeds; import: путь к файлу (консоль)',
  'feeds.exportNoValue': '/feeds export не принимает значения.',
  'mod.exportFeeds': 'Экспортировать ленты этого канала могут только модераторы.',
  'feeds.exportNone': 'У этого канала нет собственных лент для экспорта.',
  'feeds.exported':
    '{count, plural, =1 {Лента этого канала в формате OPML — для RSS-ридера или другого бота ({command} загружает её обратно).} other {Ленты этого канала ({count, number}) в формате OPML — для RSS-ридера или другого бота ({command} загружает их обратно).}}',
  'feeds.limitChannel':
    'у этого канала уже максимальное число лент ({limit, number}); сначала удалите одну командой /feeds remove <номер>',
  'feeds.limitBot':
    'бот уже читает для своих каналов максимальное число лент ({limit, number}); обратитесь к его администратору или подпишитесь на ленту, которую уже читает другой канал',
  'digest.filteredOut':
    '{count, plural, one {Фильтры этого канала (/filter) отсеяли # новость.} few {Фильтры этого канала (/filter) отсеяли # новости.} many {Фильтры этого канала (/filter) отсеяли # новостей.} other {Фильтры этого канала (/filter) отсеяли # новости.}}',
  'news.allFiltered':
    '{count, plural, =1 {Фильтры этого канала скрывают его единственную статью. Модераторы видят их командой /filter.} other {Фильтры этого канала скрывают все статьи ({count, number}). Модераторы видят их командой /filter.}}',
  'rule.empty': 'Правило пустое: укажите слова, «фразу» или /регулярное выражение/.',
  'rule.tooLong':
    'Правило может быть не длиннее {limit, number} символов (в этом — {length, number}).',
  'rule.regexUnclosed':
    'Регулярное выражение пишется между косыми чертами, например /шаблон/: закрывающей / нет.',
  'rule.regexEmpty': 'Регулярное выражение между косыми чертами пустое.',
  'rule.regexTooLong':
    'Регулярное выражение может быть не длиннее {limit, number} символов (в этом — {length, number}).',
  'rule.regexMatchesEmpty':
    '{regex} совпадает с пустым текстом, а значит, совпало бы с любой новостью.',
  'rule.regexErrorAt':
    '{regex} не компилируется: ошибка в символе {at, number} («{part}»): {description}.',
  'rule.regexError': '{regex} не компилируется: {description}.',
  'rule.quoteUnclosed': 'Кавычка, открытая в символе {at, number}, не закрыта.',
  'rule.noLetters': 'В «{term}» нет букв или цифр, по которым можно искать.',
  'rule.tooManyTerms': 'В правиле может быть не больше {limit, number} слов и фраз.',
  'filter.limitRules':
    'У этого канала уже максимальное число правил фильтра ({limit, number}); сначала удалите одно.',
  'filter.limitRegex':
    'У этого канала уже максимальное число правил с регулярными выражениями ({limit, number}); используйте слова или сначала удалите одно.',
  'filter.noRules': 'У этого канала нет правил фильтра.',
  'filter.noRuleNumber':
    '{count, plural, =1 {У этого канала одно правило} other {У этого канала правила с 1 по #}}; правила {n} нет.',
  'filter.noFeeds':
    'У этого канала нет собственных лент, а правилу для ленты она нужна (/feeds add <url>).',
  'filter.noFeedNumber':
    '{count, plural, =1 {У этого канала одна лента} other {У этого канала ленты с 1 по #}}; ленты {n} нет.',
  'filter.notAFeed': '{text} не входит в ленты этого канала (их список — /feeds).',
  'filter.notAction': '«{word}» — не то, что умеет /filter.',
  'mod.testFilters': 'Проверять фильтры могут только модераторы.',
  'mod.changeFilters': 'Менять фильтры этого канала могут только модераторы.',
  'filter.clearNoValue': '/filter clear не принимает значения.',
  'filter.testNeedsArticle':
    'Для test нужна статья: её номер в /news, id, URL или слова из заголовка.',
  'filter.none': 'У этого канала нет фильтров: его дайджесты и /news показывают все новости.',
  'filter.wordsForm': '<слова>',
  'filter.addOne': 'Модераторы добавляют фильтр командой {exclude} или {include}.',
  'filter.heading': 'Фильтры этого канала ({count, number})',
  'filter.explain':
    'Новость, совпавшая с правилом exclude, скрывается; если действуют правила include, новость должна совпасть хотя бы с одним из них. Слова совпадают только целиком, регистр и диакритика не учитываются.',
  'filter.modHint': 'Модераторам: /filter add, remove <номер>, clear, test <статья>.',
  'filter.onlyFeed': ' — только лента {n, number} ({feed})',
  'filter.onlyGoneFeed': ' — только лента, которую этот канал больше не читает',
  'filter.broken': ' — не действует: больше не компилируется',
  'filter.addNeedsKind':
    'Для add сначала нужно include или exclude, затем слова, «фраза» или /регулярное выражение/.',
  'filter.addNeedsWords': 'Для add {kind} нужны слова, «фраза» или /регулярное выражение/.',
  'filter.syntax':
    'Слова и «фразы в кавычках» совпадают только целыми словами; /regex/ пишется в синтаксисе RE2 (не длиннее {limit, number} символов).',
  'filter.scopeFeed': 'новостей ленты {n, number} ({feed})',
  'filter.scopeAll': 'всех новостей этого канала',
  'filter.added': 'Правило {n, number} добавлено: {kind} {pattern} — для {scope}.',
  'filter.addedExclude': 'Совпавшие с ним новости больше не попадут сюда в дайджесты и /news.',
  'filter.addedInclude':
    'Теперь новость попадает сюда в дайджесты и /news, только если совпадает с правилом include.',
  'filter.seeEffect':
    'Отправьте /digest preview, чтобы увидеть результат, или /filter test <статья>.',
  'filter.removeNeedsNumber': 'Для remove нужен номер правила — как в списке /filter.',
  'filter.seeRules': 'Отправьте /filter, чтобы увидеть правила.',
  'filter.removed': 'Правило {n} удалено: {kind} {pattern}.',
  'filter.noneLeft': 'Фильтров не осталось: показываются все новости.',
  'filter.left':
    '{count, plural, one {Осталось # правило (номера после {n} сдвинулись на один вверх).} few {Осталось # правила (номера после {n} сдвинулись на один вверх).} many {Осталось # правил (номера после {n} сдвинулись на один вверх).} other {Осталось # правила (номера после {n} сдвинулись на один вверх).}}',
  'filter.hadNone': 'У этого канала не было фильтров.',
  'filter.cleared':
    '{count, plural, =1 {Единственное правило фильтра удалено: снова показываются все новости.} one {Удалено # правило фильтра: снова показываются все новости.} few {Удалены # правила фильтра: снова показываются все новости.} many {Удалено # правил фильтра: снова показываются все новости.} other {Удалено # правила фильтра: снова показываются все новости.}}',
  'filter.ruleTerm': 'правило {n, number} («{term}»)',
  'filter.matchesExclude': 'Совпадает с exclude: {rules}.',
  'filter.matchesInclude': 'Совпадает с include: {rules}.',
  'filter.matchesNoInclude':
    'Не совпадает ни с одним из действующих для неё правил include ({rules}).',
  'filter.hadNoneTest': 'У этого канала нет фильтров.',
  'filter.noRuleApplies': 'К ней не относится ни одно правило.',
  'filter.kept': 'Остаётся: ',
  'filter.leftOut': 'Скрыта: ',
  'filter.articleTitle': '«{title}»',
  'filter.reads': 'Фильтры читают заголовок, темы и начало текста.',
  'filter.usageHint':
    'Например, /filter add exclude крипто "реклама", /filter add include /климат|энергия/, /filter remove 2, /filter test 1.',
  'file.noDownloads': 'здесь нельзя скачивать файлы',
  'file.overLimit': 'он больше лимита в {kilobytes, number} КБ',
  'file.notAFile': 'это не файл',
  'file.tooLarge':
    'его размер — {megabytes, number, ::.0} МБ, больше лимита в {kilobytes, number} КБ',
  'file.missing': 'такого файла нет',
  'file.denied': 'доступ запрещён',
  'file.isFolder': 'это папка',
  'file.cannotOpen': 'его не удаётся открыть',
  'cmd.filter.name': 'фильтр',
  'cmd.filter.description':
    'Фильтры по словам для дайджестов и /news этого канала; меняют их модераторы',
  'cmd.filter.action.name': 'действие',
  'cmd.filter.action.description':
    'list (по умолчанию), add, remove, clear или test (для модераторов)',
  'cmd.filter.value.name': 'значение',
  'cmd.filter.value.description':
    'add: include|exclude [feed:N] слова "фраза" или /regex/; remove: N; test: статья',
  'news.allFilteredTopic':
    '{count, plural, =1 {Фильтры этого канала скрывают его единственную статью на тему {topic}. Модераторы видят их командой /filter.} other {Фильтры этого канала скрывают все статьи на тему {topic} ({count, number}). Модераторы видят их командой /filter.}}',
  'news.countAtLeast': '({shown, number} из как минимум {total, number})',
  'feedUrl.notUrl': '«{text}» — не URL',
  'feedUrl.scheme': 'лентами могут быть только адреса http и https, а не {scheme}',
  'feedUrl.noHost': 'в URL не указан хост',
  'feedUrl.credentials':
    'в имени пользователя или пароле в URL есть %, за которым не следуют две шестнадцатеричные цифры',
  ...pictures.ru,
};
