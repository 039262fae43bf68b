import type { Translations } from './index.js';
import { pictures } from './pictures.js';

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
    'Модераторам: /digest off, time ГГ:ХХ, days, timezone, size, topics, language, images, ping, target, preview, now.',
  'digest.hintOff': 'Модератори вмикають його командою /digest on.',
  'digest.openPanel': 'Відкрити панель керування',
  'panel.menuButton': 'Панель керування',
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
    'on, off, time, days, timezone, size, topics, language, images, ping, target, preview або now',
  'cmd.digest.value.name': 'значення',
  'cmd.digest.value.description':
    'Нове значення, наприклад 08:30, mon-fri, Europe/Kyiv, 5, science,tech, uk, off',
  'cmd.feeds.name': 'стрічки',
  'cmd.feeds.description':
    'RSS- і Atom-стрічки, які читає цей канал; модератори додають і видаляють їх',
  'cmd.feeds.action.name': 'дія',
  'cmd.feeds.action.description':
    'list (типово), add, remove, export або import OPML-файлу (для модераторів)',
  'cmd.feeds.target.name': 'ціль',
  'cmd.feeds.target.description':
    'add: URL стрічки; remove: її URL або номер у /feeds; import: шлях до файлу (консоль)',
  'feeds.exportNoValue': '/feeds export не приймає значення.',
  'mod.exportFeeds': 'Експортувати стрічки цього каналу можуть лише модератори.',
  'feeds.exportNone': 'У цього каналу немає власних стрічок для експорту.',
  'feeds.exported':
    '{count, plural, =1 {Стрічка цього каналу у форматі OPML — для RSS-читача чи іншого бота ({command} завантажує її назад).} other {Стрічки цього каналу ({count, number}) у форматі OPML — для RSS-читача чи іншого бота ({command} завантажує їх назад).}}',
  'feeds.limitChannel':
    'у цього каналу вже максимальна кількість стрічок ({limit, number}); спершу видаліть одну командою /feeds remove <номер>',
  'feeds.limitBot':
    'бот уже читає для своїх каналів максимальну кількість стрічок ({limit, number}); зверніться до його адміністратора або підпишіться на стрічку, яку вже читає інший канал',
  'digest.filteredOut':
    '{count, plural, one {Фільтри цього каналу (/filter) відсіяли # новину.} few {Фільтри цього каналу (/filter) відсіяли # новини.} many {Фільтри цього каналу (/filter) відсіяли # новин.} other {Фільтри цього каналу (/filter) відсіяли # новини.}}',
  'news.allFiltered':
    '{count, plural, =1 {Фільтри цього каналу приховують його єдину статтю. Модератори бачать їх командою /filter.} other {Фільтри цього каналу приховують усі статті ({count, number}). Модератори бачать їх командою /filter.}}',
  'rule.empty': 'Правило порожнє: вкажіть слова, «фразу» або /регулярний вираз/.',
  'rule.tooLong':
    'Правило може мати щонайбільше {limit, number} символів (це має {length, number}).',
  'rule.regexUnclosed':
    'Регулярний вираз пишеться між скісними рисками, наприклад /шаблон/: закривної / немає.',
  'rule.regexEmpty': 'Регулярний вираз між скісними рисками порожній.',
  'rule.regexTooLong':
    'Регулярний вираз може мати щонайбільше {limit, number} символів (цей має {length, number}).',
  'rule.regexMatchesEmpty':
    '{regex} збігається з порожнім текстом, тож збігався б із будь-якою новиною.',
  'rule.regexErrorAt':
    '{regex} не компілюється: помилка в символі {at, number} («{part}»): {description}.',
  'rule.regexError': '{regex} не компілюється: {description}.',
  'rule.quoteUnclosed': 'Лапки, відкриті в символі {at, number}, не закрито.',
  'rule.noLetters': 'У «{term}» немає літер чи цифр, за якими можна шукати.',
  'rule.tooManyTerms': 'У правилі може бути щонайбільше {limit, number} слів і фраз.',
  'filter.limitRules':
    'У цього каналу вже максимальна кількість правил фільтра ({limit, number}); спершу видаліть одне.',
  'filter.limitRegex':
    'У цього каналу вже максимальна кількість правил із регулярними виразами ({limit, number}); використайте слова або спершу видаліть одне.',
  'filter.noRules': 'У цього каналу немає правил фільтра.',
  'filter.noRuleNumber':
    '{count, plural, =1 {У цього каналу одне правило} other {У цього каналу правила з 1 по #}}; правила {n} немає.',
  'filter.noFeeds':
    'У цього каналу немає власних стрічок, а правилу для стрічки вона потрібна (/feeds add <url>).',
  'filter.noFeedNumber':
    '{count, plural, =1 {У цього каналу одна стрічка} other {У цього каналу стрічки з 1 по #}}; стрічки {n} немає.',
  'filter.notAFeed': '{text} не входить до стрічок цього каналу (їх список — /feeds).',
  'filter.notAction': '«{word}» — не те, що вміє /filter.',
  'mod.testFilters': 'Перевіряти фільтри можуть лише модератори.',
  'mod.changeFilters': 'Змінювати фільтри цього каналу можуть лише модератори.',
  'filter.clearNoValue': '/filter clear не приймає значення.',
  'filter.testNeedsArticle':
    'Для test потрібна стаття: її номер у /news, id, URL або слова із заголовка.',
  'filter.none': 'У цього каналу немає фільтрів: його дайджести й /news показують усі новини.',
  'filter.wordsForm': '<слова>',
  'filter.addOne': 'Модератори додають фільтр командою {exclude} або {include}.',
  'filter.heading': 'Фільтри цього каналу ({count, number})',
  'filter.explain':
    'Новину, що збігається з правилом exclude, приховано; якщо діють правила include, новина має збігатися хоча б з одним із них. Слова збігаються лише цілком, регістр і діакритика не враховуються.',
  'filter.modHint': 'Модераторам: /filter add, remove <номер>, clear, test <стаття>.',
  'filter.onlyFeed': ' — лише стрічка {n, number} ({feed})',
  'filter.onlyGoneFeed': ' — лише стрічка, яку цей канал більше не читає',
  'filter.broken': ' — не діє: більше не компілюється',
  'filter.addNeedsKind':
    'Для add спершу потрібно include або exclude, далі слова, «фраза» або /регулярний вираз/.',
  'filter.addNeedsWords': 'Для add {kind} потрібні слова, «фраза» або /регулярний вираз/.',
  'filter.syntax':
    'Слова й «фрази в лапках» збігаються лише цілими словами; /regex/ пишеться в синтаксисі RE2 (щонайбільше {limit, number} символів).',
  'filter.scopeFeed': 'новин стрічки {n, number} ({feed})',
  'filter.scopeAll': 'усіх новин цього каналу',
  'filter.added': 'Правило {n, number} додано: {kind} {pattern} — для {scope}.',
  'filter.addedExclude':
    'Новини, що з ним збігаються, більше не потраплятимуть сюди в дайджести й /news.',
  'filter.addedInclude':
    'Тепер новина потрапляє сюди в дайджести й /news, лише якщо збігається з правилом include.',
  'filter.seeEffect':
    'Надішліть /digest preview, щоб побачити результат, або /filter test <стаття>.',
  'filter.removeNeedsNumber': 'Для remove потрібен номер правила — як у списку /filter.',
  'filter.seeRules': 'Надішліть /filter, щоб побачити правила.',
  'filter.removed': 'Правило {n} видалено: {kind} {pattern}.',
  'filter.noneLeft': 'Фільтрів не залишилося: показуються всі новини.',
  'filter.left':
    '{count, plural, one {Залишилося # правило (номери після {n} зсунулися на один вгору).} few {Залишилося # правила (номери після {n} зсунулися на один вгору).} many {Залишилося # правил (номери після {n} зсунулися на один вгору).} other {Залишилося # правила (номери після {n} зсунулися на один вгору).}}',
  'filter.hadNone': 'У цього каналу не було фільтрів.',
  'filter.cleared':
    '{count, plural, =1 {Єдине правило фільтра видалено: знову показуються всі новини.} one {Видалено # правило фільтра: знову показуються всі новини.} few {Видалено # правила фільтра: знову показуються всі новини.} many {Видалено # правил фільтра: знову показуються всі новини.} other {Видалено # правила фільтра: знову показуються всі новини.}}',
  'filter.ruleTerm': 'правило {n, number} («{term}»)',
  'filter.matchesExclude': 'Збігається з exclude: {rules}.',
  'filter.matchesInclude': 'Збігається з include: {rules}.',
  'filter.matchesNoInclude': 'Не збігається з жодним із чинних для неї правил include ({rules}).',
  'filter.hadNoneTest': 'У цього каналу немає фільтрів.',
  'filter.noRuleApplies': 'Жодне правило її не стосується.',
  'filter.kept': 'Залишається: ',
  'filter.leftOut': 'Прихована: ',
  'filter.articleTitle': '«{title}»',
  'filter.reads': 'Фільтри читають заголовок, теми й початок тексту.',
  'filter.usageHint':
    'Наприклад, /filter add exclude крипто "реклама", /filter add include /клімат|енергія/, /filter remove 2, /filter test 1.',
  'file.noDownloads': 'тут не можна завантажувати файли',
  'file.overLimit': 'він більший за ліміт у {kilobytes, number} КБ',
  'file.notAFile': 'це не файл',
  'file.tooLarge':
    'його розмір — {megabytes, number, ::.0} МБ, більше за ліміт у {kilobytes, number} КБ',
  'file.missing': 'такого файлу немає',
  'file.denied': 'доступ заборонено',
  'file.isFolder': 'це тека',
  'file.cannotOpen': 'його не вдається відкрити',
  'cmd.filter.name': 'фільтр',
  'cmd.filter.description':
    'Фільтри за словами для дайджестів і /news цього каналу; змінюють їх модератори',
  'cmd.filter.action.name': 'дія',
  'cmd.filter.action.description': 'list (типово), add, remove, clear або test (для модераторів)',
  'cmd.filter.value.name': 'значення',
  'cmd.filter.value.description':
    'add: include|exclude [feed:N] слова "фраза" або /regex/; remove: N; test: стаття',
  'news.allFilteredTopic':
    '{count, plural, =1 {Фільтри цього каналу приховують його єдину статтю на тему {topic}. Модератори бачать їх командою /filter.} other {Фільтри цього каналу приховують усі статті на тему {topic} ({count, number}). Модератори бачать їх командою /filter.}}',
  'news.countAtLeast': '({shown, number} з щонайменше {total, number})',
  'feedUrl.notUrl': '«{text}» — не URL',
  'feedUrl.scheme': 'стрічками можуть бути лише адреси http і https, а не {scheme}',
  'feedUrl.noHost': 'в URL не вказано хост',
  'feedUrl.credentials':
    'в імені користувача чи паролі в URL є %, після якого немає двох шістнадцяткових цифр',
  ...pictures.uk,
};
