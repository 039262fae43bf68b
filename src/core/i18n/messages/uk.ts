import type { Translations } from './index.js';

/** Українська. Звертання на «ви»; відмінки числівників через plural. */
export const uk: Translations = {
  'bot.name': 'Briefly',
  'reply.usage': 'Використання: ',
  'dispatch.notCommand': 'Команди починаються з «/».',
  'dispatch.notCommandHint': 'Наприклад, /news, або /help, щоб побачити всі команди.',
  'dispatch.helpExplains': '/help {command} пояснить докладніше.',
  'dispatch.tooLong':
    'Аргументи займають {length, number} {length, plural, one {символ} few {символи} many {символів} other {символу}}; дозволено не більше {limit, number}.',
  'dispatch.unknownSuggest': 'Невідома команда /{name}. Можливо, ви мали на увазі /{suggestion}?',
  'dispatch.unknown': 'Невідома команда /{name}.',
  'dispatch.unknownHint': 'Надішліть /help, щоб побачити всі команди.',
  'dispatch.failed':
    'Під час відповіді на /{command} щось пішло не так. Помилку записано в журнал; спробуйте ще раз.',
  'issue.missing': 'Не вказано: {name}.',
  'issue.range': '{name}: значення має бути від {min, number} до {max, number}.',
  'issue.rangeWhole': '{name}: значення має бути цілим числом від {min, number} до {max, number}.',
  'issue.tooLong':
    '{name}: задовго (не більше {max, number} {max, plural, one {символу} other {символів}}).',
  'issue.invalid': '{name}: неприпустиме значення.',
  'bind.mustBe': '{name}: потрібно {expected}, а не «{word}».',
  'bind.oneOf': 'одне зі значень {choices}',
  'bind.integer': 'ціле число',
  'bind.number': 'число',
  'bind.boolean': 'on або off',
  'bind.text': 'текст',
  'bind.tooMany': 'Забагато аргументів: «{words}» тут зайве.',

  'help.intro':
    'Briefly приносить новини: заголовки, стислі перекази та джерело кожного твердження.',
  'help.more': 'Надішліть /help <команда>, щоб дізнатися подробиці, наприклад /help summary.',
  'help.noSuchCommand': 'Команди /{name} немає. Надішліть /help, щоб побачити всі команди.',
  'help.optional': '(необов’язково)',
  'help.examples': 'Приклади: ',

  'age.justNow': 'щойно',
  'age.soon': 'менш ніж за хвилину',

  'articles.noneLoaded': 'Статті ще не завантажено.',
  'list.pickHint': 'Відповідайте /summary <номер> або /source <номер>, щоб вибрати одну з них.',
  'list.summaryButton': 'Стисло {n, number}',
  'list.sourcesButton': 'Джерела {n, number}',
  'list.sourceMore': '{source} і ще {count, number}',
  'news.noTopic': 'Немає статей із темою «{topic}».',
  'news.topics': 'Теми: {topics}.',
  'news.heading': 'Останні новини',
  'news.headingTopic': 'Останнє на тему «{topic}»',
  'news.count': '({shown, number} з {total, number})',
  'search.none':
    'За запитом «{words}» нічого не знайдено. Спробуйте інші слова або /news для останніх новин.',
  'search.heading': 'Найкращі збіги для «{words}»',

  'card.unattributed': '{publisher} (абзац без зазначення джерела)',
  'card.noSource': 'джерело не вказано',
  'card.fullArticle': 'Повна стаття: ',
  'card.noLink': 'Повна стаття: посилання немає; завантажено з {where}.',
  'button.sources': 'Джерела',
  'button.expired': 'Термін дії кнопки минув. Виконайте команду ще раз, щоб отримати нові кнопки.',

  'summary.noSentences': 'У статті «{title}» немає речень для переказу.',
  'summary.footerExtractive': 'Кожне речення дослівно взято зі статті.',
  'summary.footerModel': 'Переказано моделлю на основі речень самої статті.',

  'source.noneNamedPublisher': 'Жоден абзац не називає джерела; видавець — {publisher}.',
  'source.noneNamed': 'Жоден абзац цієї статті не називає джерела.',
  'source.count':
    '{count, plural, one {Статтю підтверджує # джерело:} few {Статтю підтверджують # джерела:} many {Статтю підтверджують # джерел:} other {Статтю підтверджують # джерела:}}',
  'source.paragraph': 'абзац {n, number}',
  'source.unattributed':
    '{count, plural, =1 {Абзац {paragraphs} не називає джерела.} other {Абзаци {paragraphs} не називають джерела.}}',
  'source.claim': 'Твердження: ',
  'source.noSupport': 'Жоден фрагмент цієї статті цього не підтверджує.',
  'source.supportCount':
    '{count, plural, =1 {Фрагмент, який це підтверджує:} other {Фрагменти, які це підтверджують, спершу найкращі:}}',
  'source.passageFrom': ' — абзац {n, number}, ',

  'ref.howToName':
    'Статтю можна вказати номером з останнього списку /news або /search, її ідентифікатором, URL або словами із заголовка.',
  'ref.ambiguous': 'Під «{ref}» підходять кілька статей:',
  'ref.pick': 'Надішліть /{command} <номер>, щоб вибрати одну.',
  'ref.noUrl': 'Серед завантажених статей немає статті з таким URL.',
  'ref.noNumberLatest':
    '{count, plural, one {Є # стаття} few {Є # статті} many {Є # статей} other {Є # статті}}; номера {n} немає. Надішліть /news, щоб їх побачити.',
  'ref.noNumberList':
    '{count, plural, =1 {В останньому списку одна стаття} other {В останньому списку статті з 1 по #}}; номера {n} немає.',
  'ref.gone':
    'Стаття {n} з останнього списку більше недоступна: надішліть /news, щоб отримати новий список.',
  'ref.noTitle':
    'Жоден заголовок не підходить під «{text}». Надішліть /news, щоб побачити останні статті.',

  'mod.changeDigest': 'Змінювати дайджест можуть лише модератори.',
  'mod.previewDigest': 'Попередньо переглядати дайджест можуть лише модератори.',
  'mod.sendDigest': 'Надсилати дайджест можуть лише модератори.',
  'mod.changeFeeds': 'Змінювати стрічки цього каналу можуть лише модератори.',
  'mod.who': '(Discord: дозвіл «Керувати сервером»; Telegram: творець або адміністратори чату.)',

  'digest.notAction': '/digest не вміє «{word}».',
  'digest.seeHelp': 'Надішліть /help digest, щоб побачити приклади.',
  'digest.headingShow': 'Дайджест цього каналу: {state}',
  'digest.headingUpdated': 'Дайджест оновлено: {state}',
  'digest.stateOn': 'увімкнено',
  'digest.stateOff': 'вимкнено',
  'digest.statePaused': 'призупинено: бот не може тут публікувати ({reason})',
  'digest.unknownReason': 'причина невідома',
  'digest.nothingNew': 'Для дайджесту цього каналу зараз немає нічого нового.',
  'digest.previewNote': 'Попередній перегляд — не надіслано й не враховано.',
  'digest.sent':
    '{count, plural, one {Дайджест надіслано: # новина.} few {Дайджест надіслано: # новини.} many {Дайджест надіслано: # новин.} other {Дайджест надіслано: # новини.}}',
  'digest.emptySent': 'Від минулого дайджесту нічого нового не з’явилося, тож нічого не надіслано.',
  'digest.busy': 'Дайджест для цього каналу надсилається просто зараз.',
  'digest.failed': 'Не вдалося надіслати дайджест.',
  'digest.failedReason': 'Не вдалося надіслати дайджест: {reason}.',
  'digest.noValue': '/digest {action} не приймає значення.',
  'digest.badTime': '«{value}» — це не час.',
  'digest.timeForm': '<ГГ:ХХ>',
  'digest.daysForm': '<дні>',
  'digest.zoneForm': '<Регіон/Місто>',
  'digest.sizeForm': '<1-20>',
  'digest.topicsForm': '<тема,тема…|all>',
  'digest.timeHint': 'Час у 24-годинному форматі від 00:00 до 23:59, наприклад 07:30 або 18:00.',
  'digest.badDays': '«{value}» — це не набір днів.',
  'digest.daysHint': 'Допустимо: daily, weekdays, weekends, mon-fri, mon,wed,fri.',
  'digest.badZone': '«{value}» — це не часовий пояс.',
  'digest.zoneHint':
    'Часовий пояс IANA, наприклад Europe/Kyiv, Europe/Warsaw, Europe/Berlin або UTC.',
  'digest.badSize': 'Розмір має бути цілим числом від {min, number} до {max, number}.',
  'digest.badSizeValue':
    'Розмір має бути цілим числом від {min, number} до {max, number}, а не «{value}».',
  'digest.badTopic': '«{topic}» — це не тег теми.',
  'digest.nameTopics': 'Вкажіть теми.',
  'digest.topicsHint': 'До 20 тегів через кому, наприклад science,climate; «all» знімає фільтр.',
  'digest.badLanguage': 'Briefly не розмовляє мовою «{value}». Доступні мови: {languages}.',
  'digest.languageForm': '<код мови>',
  'digest.schedule': 'Розклад: ',
  'digest.scheduleLine':
    '{time} {zone}, {days}, {size, plural, one {# новина} few {# новини} many {# новин} other {# новини}}, теми: {topics}',
  'digest.topicsAll': 'усі',
  'digest.daily': 'щодня',
  'digest.weekdays': 'у будні (пн–пт)',
  'digest.weekends': 'у вихідні',
  'digest.next': 'Наступний: ',
  'digest.nextWhen': '{when} ({age})',
  'digest.notScheduled': 'не заплановано',
  'digest.offNone': 'немає — дайджест вимкнено',
  'digest.language': 'Мова: ',
  'digest.languageSet': '{name} ({code})',
  'digest.languageDefault': '{name} ({code}, тут типова)',
  'digest.hintOn':
    'Модераторам: /digest off, time ГГ:ХХ, days, timezone, size, topics, language, preview, now.',
  'digest.hintOff': 'Модератори вмикають його командою /digest on.',
  'digest.postHeading': 'Дайджест Briefly — {date}',
  'digest.postCount':
    ' · {count, plural, one {# свіжа новина} few {# свіжі новини} many {# свіжих новин} other {# свіжої новини}}',
  'digest.source': 'Джерело: ',
  'digest.sources': 'Джерела: ',
  'digest.more': 'Ще {count, number} — /news покаже їх.',
  'digest.moreCapped': 'Ще {count, number}+ — /news покаже їх.',

  'feeds.listTakesNoTarget':
    '«/feeds» лише показує список; щоб змінити його, спершу напишіть add або remove.',
  'feeds.addNeedsUrl': 'Для add потрібен URL стрічки.',
  'feeds.removeNeedsTarget': 'Для remove потрібен URL або номер стрічки.',
  'feeds.usageHint': 'Наприклад, /feeds add https://example.com/feed.xml або /feeds remove 2.',
  'feeds.operator':
    '{count, plural, one {Список оператора додає # стрічку для всіх каналів.} few {Список оператора додає # стрічки для всіх каналів.} many {Список оператора додає # стрічок для всіх каналів.} other {Список оператора додає # стрічки для всіх каналів.}}',
  'feeds.noneOwn':
    'Цей канал не має власних стрічок: його дайджест бере статті самого бота та стрічки оператора.',
  'feeds.addOne': 'Модератори додають стрічку командою {command}.',
  'feeds.urlForm': '<url>',
  'feeds.heading': 'Стрічки цього каналу ({count, number})',
  'feeds.modHint': 'Модераторам: /feeds add <url>, /feeds remove <номер>.',
  'feeds.paused': 'ПРИЗУПИНЕНО після повторних помилок',
  'feeds.lastRead': 'прочитано {age}',
  'feeds.notRead': 'ще не прочитано',
  'feeds.lastError': 'остання помилка {age}: {error}',
  'feeds.addFailed': 'Не вдалося додати {url}: {reason}.',
  'feeds.added':
    'Додано стрічку {feed} — зараз у ній {count, plural, one {# запис} few {# записи} many {# записів} other {# запису}}.',
  'feeds.checkedAgain':
    'Ця стрічка вже є в каналі, перевірено знову: {feed} — зараз у ній {count, plural, one {# запис} few {# записи} many {# записів} other {# запису}}.',
  'feeds.drawsOn':
    'Тепер дайджест каналу бере записи з {count, plural, one {# стрічки} few {# стрічок} many {# стрічок} other {# стрічки}}; нові записи читаються приблизно раз на 15 хвилин.',
  'feeds.removed': 'Стрічку {feed} видалено.',
  'feeds.noneLeft':
    'У цього каналу більше немає стрічок: його дайджест бере статті самого бота та стрічки оператора.',
  'feeds.left':
    '{count, plural, one {Залишилася # стрічка.} few {Залишилося # стрічки.} many {Залишилося # стрічок.} other {Залишилося # стрічки.}}',
  'feeds.seeList': 'Надішліть /feeds, щоб побачити стрічки цього каналу.',
  'feeds.noFeedsToRemove': 'У цього каналу немає стрічок, які можна видалити.',
  'feeds.noNumber':
    '{count, plural, =1 {У цього каналу одна стрічка} other {У цього каналу стрічки з 1 по #}}; номера {n} немає.',
  'feeds.notOneOf': '{url} не входить до стрічок цього каналу.',
  'feeds.disabled': 'стрічки в цьому встановленні не ввімкнено',
  'feeds.pausedTitle': 'Стрічку призупинено: ',
  'feeds.pausedBody':
    '{name}: {count, plural, one {# помилка} few {# помилки} many {# помилок} other {# помилки}} поспіль; остання: {reason}.',
  'feeds.pausedHelp':
    'Її пробуватимуть раз на день, і вона відновиться сама, щойно відповість. Модераторам: /feeds покаже її стан, /feeds remove видалить її.',

  'adapter.failed':
    'Під час відповіді щось пішло не так. Помилку записано в журнал; спробуйте ще раз.',
  'adapter.moreButtons': 'Ще кнопки:',
  'adapter.empty': '(порожня відповідь)',
  'discord.guildOnly': '/{command} працює в каналі сервера, а не в особистих повідомленнях.',
  'telegram.buttonExpired': 'Термін дії кнопки минув. Надішліть /news ще раз.',
  'console.ready': 'Briefly готовий. Надішліть /help, щоб побачити команди; Ctrl+D — вихід.',

  'cmd.help.name': 'довідка',
  'cmd.help.description': 'Список команд або пояснення однієї з них',
  'cmd.help.command.name': 'команда',
  'cmd.help.command.description': 'Команда, яку треба пояснити, наприклад summary',
  'cmd.news.name': 'новини',
  'cmd.news.description': 'Останні статті з номерами та кнопками для переказу й джерел',
  'cmd.news.count.name': 'кількість',
  'cmd.news.count.description': 'Скільки статей, від 1 до 20 (типово 5)',
  'cmd.news.topic.name': 'тема',
  'cmd.news.topic.description': 'Лише статті з цим тегом теми',
  'cmd.summary.name': 'стисло',
  'cmd.summary.description':
    'Немає часу читати? Стислий переказ статті, у кожного речення — джерело',
  'cmd.summary.ref.name': 'стаття',
  'cmd.summary.ref.description':
    'Стаття: номер в останньому списку, ідентифікатор, URL або слова із заголовка',
  'cmd.summary.sentences.name': 'речення',
  'cmd.summary.sentences.description': 'Скільки речень, від 1 до 10 (типово 3)',
  'cmd.source.name': 'джерела',
  'cmd.source.description':
    'Звідки взято твердження статті; з твердженням — фрагменти, що його підтверджують',
  'cmd.source.ref.name': 'стаття',
  'cmd.source.ref.description':
    'Стаття: номер з останнього списку, ідентифікатор, URL або «слова заголовка» в лапках',
  'cmd.source.claim.name': 'твердження',
  'cmd.source.claim.description': 'Твердження, яке треба перевірити за статтею',
  'cmd.search.name': 'пошук',
  'cmd.search.description': 'Знайти статті за словами із заголовка або тексту',
  'cmd.search.words.name': 'слова',
  'cmd.search.words.description': 'Слова для пошуку',
  'cmd.digest.name': 'дайджест',
  'cmd.digest.description':
    'Щоденний дайджест каналу: налаштування й наступне надсилання; модератори змінюють їх',
  'cmd.digest.action.name': 'дія',
  'cmd.digest.action.description':
    'on, off, time, days, timezone, size, topics, language, preview або now',
  'cmd.digest.value.name': 'значення',
  'cmd.digest.value.description':
    'Нове значення, наприклад 08:30, mon-fri, Europe/Kyiv, 5, science,tech, uk',
  'cmd.feeds.name': 'стрічки',
  'cmd.feeds.description':
    'RSS- і Atom-стрічки, які читає цей канал; модератори додають і видаляють їх',
  'cmd.feeds.action.name': 'дія',
  'cmd.feeds.action.description': 'list (типово), add або remove (для модераторів)',
  'cmd.feeds.target.name': 'ціль',
  'cmd.feeds.target.description': 'add: URL стрічки; remove: її URL або номер у /feeds',
};
