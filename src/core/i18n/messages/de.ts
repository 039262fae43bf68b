import type { Translations } from './index.js';
import { pictures } from './pictures.js';

/** Deutsch. Anrede: du (wie Discord und Telegram selbst). */
export const de: Translations = {
  'bot.name': 'Briefly',
  'reply.usage': 'Verwendung: ',
  'dispatch.notCommand': 'Befehle beginnen mit „/“.',
  'dispatch.notCommandHint': 'Zum Beispiel /news, oder /help für alle Befehle.',
  'dispatch.helpExplains': '/help {command} erklärt ihn.',
  'dispatch.tooLong':
    'Das sind {length, number} Zeichen an Argumenten; erlaubt sind höchstens {limit, number}.',
  'dispatch.unknownSuggest': 'Unbekannter Befehl /{name}. Meintest du /{suggestion}?',
  'dispatch.unknown': 'Unbekannter Befehl /{name}.',
  'dispatch.unknownHint': 'Sende /help, um alle Befehle zu sehen.',
  'dispatch.failed':
    'Beim Beantworten von /{command} ist etwas schiefgegangen. Der Fehler wurde protokolliert; bitte versuche es noch einmal.',
  'issue.missing': '{name} fehlt.',
  'issue.range': '{name} muss zwischen {min, number} und {max, number} liegen.',
  'issue.rangeWhole': '{name} muss eine ganze Zahl zwischen {min, number} und {max, number} sein.',
  'issue.tooLong': '{name} ist zu lang (höchstens {max, number} Zeichen).',
  'issue.invalid': '{name} ist ungültig.',
  'bind.mustBe': '{name} muss {expected} sein, nicht „{word}“.',
  'bind.oneOf': 'eines von {choices}',
  'bind.integer': 'eine ganze Zahl',
  'bind.number': 'eine Zahl',
  'bind.boolean': 'on oder off',
  'bind.text': 'Text',
  'bind.tooMany': 'Zu viele Argumente: „{words}“ wird nicht erwartet.',

  'help.intro':
    'Briefly bringt die Nachrichten: Schlagzeilen, Zusammenfassungen und woher jede Aussage stammt.',
  'help.more': 'Sende /help <Befehl> für Details, zum Beispiel /help summary.',
  'help.noSuchCommand': 'Den Befehl /{name} gibt es nicht. Sende /help, um alle zu sehen.',
  'help.optional': '(optional)',
  'help.examples': 'Beispiele: ',

  'age.justNow': 'gerade eben',
  'age.soon': 'in weniger als einer Minute',

  'articles.noneLoaded': 'Es sind noch keine Artikel geladen.',
  'list.pickHint': 'Antworte mit /summary <Nummer> oder /source <Nummer> für einen davon.',
  'list.summaryButton': 'Zusammenfassung {n, number}',
  'list.sourcesButton': 'Quellen {n, number}',
  'list.sourceMore': '{source} +{count, number} weitere',
  'news.noTopic': 'Kein Artikel hat das Thema „{topic}“.',
  'news.topics': 'Themen: {topics}.',
  'news.heading': 'Neueste Nachrichten',
  'news.headingTopic': 'Neuestes zu {topic}',
  'news.count': '({shown, number} von {total, number})',
  'search.none':
    'Kein Artikel passt zu „{words}“. Versuche andere Wörter oder /news für das Neueste.',
  'search.heading': 'Beste Treffer für „{words}“',

  'card.unattributed': '{publisher} (Absatz ohne Quellenangabe)',
  'card.noSource': 'keine Quelle genannt',
  'card.fullArticle': 'Ganzer Artikel: ',
  'card.noLink': 'Ganzer Artikel: kein Link angegeben; geladen aus {where}.',
  'button.sources': 'Quellen',
  'button.expired':
    'Diese Schaltfläche ist abgelaufen. Führe den Befehl erneut aus, um neue zu erhalten.',

  'summary.noSentences': '„{title}“ enthält keine Sätze, die sich zusammenfassen ließen.',
  'summary.footerExtractive': 'Jeder Satz ist wörtlich aus dem Artikel zitiert.',
  'summary.footerModel': 'Von einem Modell aus den Sätzen des Artikels umformuliert.',

  'source.noneNamedPublisher':
    'Kein Absatz nennt eine Quelle; herausgegeben wurde der Artikel von {publisher}.',
  'source.noneNamed': 'Kein Absatz dieses Artikels nennt eine Quelle.',
  'source.count':
    '{count, plural, =1 {Eine Quelle stützt diesen Artikel:} other {# Quellen stützen diesen Artikel:}}',
  'source.paragraph': 'Absatz {n, number}',
  'source.unattributed':
    '{count, plural, =1 {Absatz {paragraphs} nennt keine Quelle.} other {Die Absätze {paragraphs} nennen keine Quelle.}}',
  'source.claim': 'Aussage: ',
  'source.noSupport': 'Keine Stelle in diesem Artikel stützt das.',
  'source.supportCount':
    '{count, plural, =1 {Die Stelle, die es stützt:} other {Stellen, die es stützen, die beste zuerst:}}',
  'source.passageFrom': ' — Absatz {n, number}, ',

  'ref.howToName':
    'Einen Artikel nennst du über seine Nummer in der letzten /news- oder /search-Liste, seine ID, seine URL oder Wörter aus seinem Titel.',
  'ref.ambiguous': 'Mehrere Artikel passen zu „{ref}“:',
  'ref.pick': 'Sende /{command} <Nummer>, um einen auszuwählen.',
  'ref.noUrl': 'Kein geladener Artikel hat diese URL.',
  'ref.noNumberLatest':
    '{count, plural, =1 {Es gibt einen Artikel} other {Es gibt # Artikel}}; eine Nummer {n} gibt es nicht. Sende /news, um sie zu sehen.',
  'ref.noNumberList':
    '{count, plural, =1 {Die letzte Liste hat einen Artikel} other {Die letzte Liste hat die Artikel 1 bis #}}; eine Nummer {n} gibt es nicht.',
  'ref.gone':
    'Artikel {n} der letzten Liste ist nicht mehr verfügbar: Sende /news für eine neue Liste.',
  'ref.noTitle':
    'Kein Artikeltitel passt zu „{text}“. Sende /news, um die neuesten Artikel zu sehen.',

  'mod.changeDigest': 'Nur Moderatoren können den Digest ändern.',
  'mod.previewDigest': 'Nur Moderatoren können eine Vorschau des Digests ansehen.',
  'mod.sendDigest': 'Nur Moderatoren können den Digest senden.',
  'mod.changeFeeds': 'Nur Moderatoren können die Feeds dieses Kanals ändern.',
  'mod.who':
    '(Discord: Berechtigung „Server verwalten“; Telegram: Ersteller oder Administratoren des Chats.)',

  'digest.notAction': '„{word}“ ist nichts, was /digest kann.',
  'digest.seeHelp': 'Sende /help digest für Beispiele.',
  'digest.headingShow': 'Digest für diesen Kanal: {state}',
  'digest.headingUpdated': 'Digest aktualisiert: {state}',
  'digest.stateOn': 'an',
  'digest.stateOff': 'aus',
  'digest.statePaused': 'pausiert: Der Bot kann hier nicht posten ({reason})',
  'digest.unknownReason': 'Grund unbekannt',
  'digest.nothingNew': 'Für den Digest dieses Kanals gibt es gerade nichts Neues.',
  'digest.previewNote': 'Vorschau — nicht gesendet, nicht vermerkt.',
  'digest.sent':
    '{count, plural, one {Digest gesendet: # Meldung.} other {Digest gesendet: # Meldungen.}}',
  'digest.emptySent': 'Seit dem letzten Digest gibt es nichts Neues, daher wurde nichts gesendet.',
  'digest.busy': 'Ein Digest für diesen Kanal wird gerade gesendet.',
  'digest.failed': 'Der Digest konnte nicht gesendet werden.',
  'digest.failedReason': 'Der Digest konnte nicht gesendet werden: {reason}.',
  'digest.noValue': '/digest {action} nimmt keinen Wert an.',
  'digest.badTime': '„{value}“ ist keine Uhrzeit.',
  'digest.timeForm': '<HH:MM>',
  'digest.daysForm': '<Tage>',
  'digest.zoneForm': '<Gebiet/Stadt>',
  'digest.sizeForm': '<1-20>',
  'digest.topicsForm': '<Thema,Thema…|all>',
  'digest.timeHint':
    'Eine Uhrzeit im 24-Stunden-Format von 00:00 bis 23:59, z. B. 07:30 oder 18:00.',
  'digest.badDays': '„{value}“ ist keine Angabe von Tagen.',
  'digest.daysHint': 'Möglich: daily, weekdays, weekends, mon-fri, mon,wed,fri.',
  'digest.badZone': '„{value}“ ist keine Zeitzone.',
  'digest.zoneHint': 'Eine IANA-Zeitzone wie Europe/Berlin, America/New_York, Asia/Tokyo oder UTC.',
  'digest.badSize': 'Die Größe muss eine ganze Zahl von {min, number} bis {max, number} sein.',
  'digest.badSizeValue':
    'Die Größe muss eine ganze Zahl von {min, number} bis {max, number} sein, nicht „{value}“.',
  'digest.badTopic': '„{topic}“ ist kein Themen-Tag.',
  'digest.nameTopics': 'Nenne die Themen.',
  'digest.topicsHint':
    'Bis zu 20 Tags, durch Kommas getrennt, z. B. science,climate; „all“ hebt den Filter auf.',
  'digest.badLanguage':
    '„{value}“ ist keine Sprache, die Briefly spricht. Unterstützt: {languages}.',
  'digest.languageForm': '<Sprachcode>',
  'digest.schedule': 'Zeitplan: ',
  'digest.scheduleLine':
    '{time} {zone}, {days}, {size, plural, one {# Meldung} other {# Meldungen}}, Themen: {topics}',
  'digest.topicsAll': 'alle',
  'digest.daily': 'täglich',
  'digest.weekdays': 'werktags (Mo–Fr)',
  'digest.weekends': 'am Wochenende',
  'digest.next': 'Nächster: ',
  'digest.nextWhen': '{when} ({age})',
  'digest.notScheduled': 'nicht geplant',
  'digest.offNone': 'keiner — der Digest ist aus',
  'digest.language': 'Sprache: ',
  'digest.languageSet': '{name} ({code})',
  'digest.languageDefault': '{name} ({code}, hier die Voreinstellung)',
  'digest.hintOn':
    'Moderatoren: /digest off, time HH:MM, days, timezone, size, topics, language, images, ping, target, preview, now.',
  'digest.hintOff': 'Moderatoren schalten ihn mit /digest on ein.',
  'digest.openPanel': 'Verwaltungsseite öffnen',
  'panel.menuButton': 'Verwaltung',
  'digest.postHeading': 'Briefly-Digest — {date}',
  'digest.postCount': ' · {count, plural, one {# neue Meldung} other {# neue Meldungen}}',
  'digest.source': 'Quelle: ',
  'digest.sources': 'Quellen: ',
  'digest.more': '+{count, number} weitere — /news listet sie auf.',
  'digest.moreCapped': '{count, number}+ weitere — /news listet sie auf.',

  'feeds.listTakesNoTarget':
    '„/feeds“ listet nur auf; um die Liste zu ändern, schreibe zuerst add oder remove.',
  'feeds.addNeedsUrl': 'add braucht die URL des Feeds.',
  'feeds.removeNeedsTarget': 'remove braucht die URL oder Nummer eines Feeds.',
  'feeds.usageHint': 'Zum Beispiel /feeds add https://example.com/feed.xml oder /feeds remove 2.',
  'feeds.operator':
    '{count, plural, =1 {Die Liste des Betreibers fügt für jeden Kanal einen Feed hinzu.} other {Die Liste des Betreibers fügt für jeden Kanal # Feeds hinzu.}}',
  'feeds.noneOwn':
    'Dieser Kanal hat keine eigenen Feeds: Sein Digest greift auf die Artikel des Bots und die Feeds des Betreibers zurück.',
  'feeds.addOne': 'Moderatoren fügen einen mit {command} hinzu.',
  'feeds.urlForm': '<URL>',
  'feeds.heading': 'Feeds dieses Kanals ({count, number})',
  'feeds.modHint': 'Moderatoren: /feeds add <URL>, /feeds remove <Nummer>.',
  'feeds.paused': 'PAUSIERT nach wiederholten Fehlern',
  'feeds.lastRead': 'zuletzt gelesen {age}',
  'feeds.notRead': 'noch nicht gelesen',
  'feeds.lastError': 'letzter Fehler {age}: {error}',
  'feeds.addFailed': '{url} konnte nicht hinzugefügt werden: {reason}.',
  'feeds.added': '{feed} hinzugefügt — jetzt {count, plural, =1 {ein Eintrag} other {# Einträge}}.',
  'feeds.checkedAgain':
    'Schon ein Feed dieses Kanals, erneut geprüft: {feed} — jetzt {count, plural, =1 {ein Eintrag} other {# Einträge}}.',
  'feeds.drawsOn':
    '{count, plural, =1 {Der Digest dieses Kanals greift jetzt auf seinen einen Feed zurück; neue Einträge werden etwa alle 15 Minuten gelesen.} other {Der Digest dieses Kanals greift jetzt auf seine # Feeds zurück; neue Einträge werden etwa alle 15 Minuten gelesen.}}',
  'feeds.removed': '{feed} entfernt.',
  'feeds.noneLeft':
    'Dieser Kanal hat keine Feeds mehr: Sein Digest greift auf die Artikel des Bots und die Feeds des Betreibers zurück.',
  'feeds.left': '{count, plural, =1 {Ein Feed bleibt.} other {# Feeds bleiben.}}',
  'feeds.seeList': 'Sende /feeds, um die Feeds dieses Kanals zu sehen.',
  'feeds.noFeedsToRemove': 'Dieser Kanal hat keine Feeds, die sich entfernen ließen.',
  'feeds.noNumber':
    '{count, plural, =1 {Dieser Kanal hat einen Feed} other {Dieser Kanal hat die Feeds 1 bis #}}; eine Nummer {n} gibt es nicht.',
  'feeds.notOneOf': '{url} ist keiner der Feeds dieses Kanals.',
  'feeds.disabled': 'Feeds sind in dieser Installation nicht aktiviert',
  'feeds.pausedTitle': 'Feed pausiert: ',
  'feeds.pausedBody':
    '{name} ist {count, plural, one {# Mal} other {# Mal}} in Folge fehlgeschlagen; der letzte Fehler: {reason}.',
  'feeds.pausedHelp':
    'Er wird einmal am Tag erneut versucht und läuft von selbst wieder an, sobald er antwortet. Moderatoren: /feeds zeigt seinen Zustand, /feeds remove entfernt ihn.',

  'adapter.failed':
    'Beim Antworten ist etwas schiefgegangen. Der Fehler wurde protokolliert; bitte versuche es noch einmal.',
  'adapter.moreButtons': 'Weitere Schaltflächen:',
  'adapter.empty': '(leere Antwort)',
  'discord.guildOnly': '/{command} funktioniert in einem Serverkanal, nicht in Direktnachrichten.',
  'telegram.buttonExpired': 'Diese Schaltfläche ist abgelaufen. Sende /news erneut.',
  'console.ready': 'Briefly ist bereit. Sende /help, um die Befehle zu sehen; Strg+D beendet.',

  'cmd.help.name': 'hilfe',
  'cmd.help.description': 'Die Befehle auflisten oder einen davon erklären',
  'cmd.help.command.name': 'befehl',
  'cmd.help.command.description': 'Ein Befehl, der erklärt werden soll, etwa summary',
  'cmd.news.name': 'nachrichten',
  'cmd.news.description':
    'Die neuesten Artikel, nummeriert, mit Schaltflächen für Zusammenfassung und Quellen',
  'cmd.news.count.name': 'anzahl',
  'cmd.news.count.description': 'Wie viele Artikel, 1 bis 20 (Standard 5)',
  'cmd.news.topic.name': 'thema',
  'cmd.news.topic.description': 'Nur Artikel mit diesem Themen-Tag',
  'cmd.summary.name': 'zusammenfassung',
  'cmd.summary.description':
    'Keine Zeit zum Lesen? Eine kurze Zusammenfassung, jeder Satz mit seiner Quelle',
  'cmd.summary.ref.name': 'artikel',
  'cmd.summary.ref.description':
    'Der Artikel: seine Nummer in der letzten Liste, seine ID, URL oder Wörter des Titels',
  'cmd.summary.sentences.name': 'sätze',
  'cmd.summary.sentences.description': 'Wie viele Sätze, 1 bis 10 (Standard 3)',
  'cmd.source.name': 'quellen',
  'cmd.source.description':
    'Woher die Aussagen eines Artikels stammen; mit einer Aussage die Stellen, die sie stützen',
  'cmd.source.ref.name': 'artikel',
  'cmd.source.ref.description':
    'Der Artikel: Nummer aus der letzten Liste, ID, URL oder „Titelwörter“ in Anführungszeichen',
  'cmd.source.claim.name': 'aussage',
  'cmd.source.claim.description': 'Eine Aussage, die am Artikel geprüft werden soll',
  'cmd.search.name': 'suche',
  'cmd.search.description': 'Artikel nach Wörtern in Titel oder Text finden',
  'cmd.search.words.name': 'wörter',
  'cmd.search.words.description': 'Die gesuchten Wörter',
  'cmd.digest.name': 'überblick',
  'cmd.digest.description':
    'Der tägliche Digest dieses Kanals: Einstellungen und nächster Versand; Moderatoren ändern sie',
  'cmd.digest.action.name': 'aktion',
  'cmd.digest.action.description':
    'on, off, time, days, timezone, size, topics, language, images, ping, target, preview oder now',
  'cmd.digest.value.name': 'wert',
  'cmd.digest.value.description':
    'Der neue Wert, z. B. 08:30, mon-fri, Europe/Berlin, 5, science,tech, de, off',
  'cmd.feeds.name': 'feeds',
  'cmd.feeds.description':
    'Die RSS- und Atom-Feeds, die dieser Kanal liest; Moderatoren fügen sie hinzu und entfernen sie',
  'cmd.feeds.action.name': 'aktion',
  'cmd.feeds.action.description':
    'list (Standard), add, remove, export oder import einer OPML-Datei (Moderatoren)',
  'cmd.feeds.target.name': 'ziel',
  'cmd.feeds.target.description':
    'add: die URL des Feeds; remove: URL oder Nummer in /feeds; import: Dateipfad (Konsole)',
  'feeds.exportNoValue': '/feeds export nimmt keinen Wert.',
  'mod.exportFeeds': 'Nur Moderatoren können die Feeds dieses Kanals exportieren.',
  'feeds.exportNone': 'Dieser Kanal hat keine eigenen Feeds zum Exportieren.',
  'feeds.exported':
    '{count, plural, one {Der Feed dieses Kanals als OPML, für einen Feedreader oder einen anderen Bot ({command} nimmt ihn wieder auf).} other {Die # Feeds dieses Kanals als OPML, für einen Feedreader oder einen anderen Bot ({command} nimmt sie wieder auf).}}',
  'feeds.limitChannel':
    'dieser Kanal hat schon {limit, number} Feeds, mehr darf ein Kanal nicht haben; entferne zuerst einen mit /feeds remove <nummer>',
  'feeds.limitBot':
    'der Bot liest schon {limit, number} Feeds für seine Kanäle, mehr übernimmt er nicht; frag seinen Betreiber oder abonniere einen Feed, den ein anderer Kanal schon liest',
  'digest.filteredOut':
    '{count, plural, one {# Meldung von den Filtern dieses Kanals aussortiert (/filter).} other {# Meldungen von den Filtern dieses Kanals aussortiert (/filter).}}',
  'news.allFiltered':
    '{count, plural, =1 {Die Filter dieses Kanals blenden seinen einzigen Artikel aus. Moderatoren sehen sie mit /filter.} other {Die Filter dieses Kanals blenden alle {count, number} Artikel aus. Moderatoren sehen sie mit /filter.}}',
  'rule.empty':
    'Die Regel ist leer: Gib Wörter, „eine Wortgruppe“ oder /einen regulären Ausdruck/ an.',
  'rule.tooLong': 'Eine Regel hat höchstens {limit, number} Zeichen (diese hat {length, number}).',
  'rule.regexUnclosed':
    'Ein regulärer Ausdruck steht zwischen Schrägstrichen, etwa /muster/: Der schließende / fehlt.',
  'rule.regexEmpty': 'Der reguläre Ausdruck zwischen den Schrägstrichen ist leer.',
  'rule.regexTooLong':
    'Ein regulärer Ausdruck hat höchstens {limit, number} Zeichen (dieser hat {length, number}).',
  'rule.regexMatchesEmpty':
    '{regex} passt auf leeren Text und würde damit auf jede Meldung passen.',
  'rule.regexErrorAt':
    '{regex} lässt sich nicht kompilieren, Fehler bei Zeichen {at, number} („{part}“): {description}.',
  'rule.regexError': '{regex} lässt sich nicht kompilieren: {description}.',
  'rule.quoteUnclosed':
    'Das bei Zeichen {at, number} geöffnete Anführungszeichen wird nicht geschlossen.',
  'rule.noLetters': '„{term}“ enthält keine Buchstaben oder Ziffern, auf die etwas passen könnte.',
  'rule.tooManyTerms': 'Eine Regel enthält höchstens {limit, number} Wörter und Wortgruppen.',
  'filter.limitRules':
    'Dieser Kanal hat schon {limit, number} Filterregeln, mehr darf ein Kanal nicht haben; entferne zuerst eine.',
  'filter.limitRegex':
    'Dieser Kanal hat schon {limit, number} Regeln mit regulären Ausdrücken, mehr darf ein Kanal nicht haben; nimm Wörter oder entferne zuerst eine.',
  'filter.noRules': 'Dieser Kanal hat keine Filterregeln.',
  'filter.noRuleNumber':
    '{count, plural, =1 {Dieser Kanal hat eine Regel} other {Dieser Kanal hat die Regeln 1 bis #}}; eine Regel {n} gibt es nicht.',
  'filter.noFeeds':
    'Dieser Kanal hat keine eigenen Feeds; eine Regel für einen Feed braucht einen (/feeds add <url>).',
  'filter.noFeedNumber':
    '{count, plural, =1 {Dieser Kanal hat einen Feed} other {Dieser Kanal hat die Feeds 1 bis #}}; einen Feed {n} gibt es nicht.',
  'filter.notAFeed': '{text} gehört nicht zu den Feeds dieses Kanals (/feeds listet sie auf).',
  'filter.notAction': '„{word}“ ist nichts, was /filter tun kann.',
  'mod.testFilters': 'Nur Moderatoren können die Filter testen.',
  'mod.changeFilters': 'Nur Moderatoren können die Filter dieses Kanals ändern.',
  'filter.clearNoValue': '/filter clear nimmt keinen Wert.',
  'filter.testNeedsArticle':
    'test braucht einen Artikel: seine Nummer in /news, seine ID, URL oder Wörter aus dem Titel.',
  'filter.none': 'Dieser Kanal hat keine Filter: Seine Digests und /news zeigen jede Meldung.',
  'filter.wordsForm': '<wörter>',
  'filter.addOne': 'Moderatoren fügen einen mit {exclude} oder {include} hinzu.',
  'filter.heading': 'Filter dieses Kanals ({count, number})',
  'filter.explain':
    'Eine Meldung, die auf eine exclude-Regel passt, wird ausgeblendet; gelten include-Regeln, muss eine Meldung auf eine davon passen. Wörter passen nur als ganze Wörter, Groß- und Kleinschreibung und Akzente zählen nicht.',
  'filter.modHint': 'Moderatoren: /filter add, remove <nummer>, clear, test <artikel>.',
  'filter.onlyFeed': ' — nur Feed {n, number} ({feed})',
  'filter.onlyGoneFeed': ' — nur ein Feed, den dieser Kanal nicht mehr liest',
  'filter.broken': ' — ignoriert: sie lässt sich nicht mehr kompilieren',
  'filter.addNeedsKind':
    'add braucht zuerst include oder exclude, dann die Wörter, „eine Wortgruppe“ oder /einen regulären Ausdruck/.',
  'filter.addNeedsWords':
    'add {kind} braucht Wörter, „eine Wortgruppe“ oder /einen regulären Ausdruck/.',
  'filter.syntax':
    'Wörter und „Wortgruppen in Anführungszeichen“ passen als ganze Wörter; /regex/ folgt der RE2-Syntax (höchstens {limit, number} Zeichen).',
  'filter.scopeFeed': 'Meldungen aus Feed {n, number} ({feed})',
  'filter.scopeAll': 'jede Meldung dieses Kanals',
  'filter.added': 'Regel {n, number} hinzugefügt: {kind} {pattern} — für {scope}.',
  'filter.addedExclude': 'Meldungen, die darauf passen, fehlen hier künftig in Digests und /news.',
  'filter.addedInclude':
    'Meldungen müssen jetzt auf eine include-Regel passen, um hier in Digests und /news zu erscheinen.',
  'filter.seeEffect':
    'Sende /digest preview, um die Wirkung zu sehen, oder /filter test <artikel>.',
  'filter.removeNeedsNumber': 'remove braucht die Nummer einer Regel, wie /filter sie auflistet.',
  'filter.seeRules': 'Sende /filter, um die Regeln zu sehen.',
  'filter.removed': 'Regel {n} entfernt: {kind} {pattern}.',
  'filter.noneLeft': 'Es sind keine Filter mehr übrig: Jede Meldung wird gezeigt.',
  'filter.left':
    '{count, plural, one {Eine Regel ist übrig (die Nummern nach {n} sind um eins nach oben gerückt).} other {# Regeln sind übrig (die Nummern nach {n} sind um eins nach oben gerückt).}}',
  'filter.hadNone': 'Dieser Kanal hatte keine Filter.',
  'filter.cleared':
    '{count, plural, one {Die einzige Filterregel wurde entfernt: Jede Meldung wird wieder gezeigt.} other {Alle # Filterregeln wurden entfernt: Jede Meldung wird wieder gezeigt.}}',
  'filter.ruleTerm': 'Regel {n, number} („{term}“)',
  'filter.matchesExclude': 'Passt auf exclude: {rules}.',
  'filter.matchesInclude': 'Passt auf include: {rules}.',
  'filter.matchesNoInclude': 'Passt auf keine der include-Regeln ({rules}), die für ihn gelten.',
  'filter.hadNoneTest': 'Dieser Kanal hat keine Filter.',
  'filter.noRuleApplies': 'Keine Regel gilt für ihn.',
  'filter.kept': 'Bleibt: ',
  'filter.leftOut': 'Ausgeblendet: ',
  'filter.articleTitle': '„{title}“',
  'filter.reads': 'Filter lesen den Titel, die Themen und den Anfang des Textes.',
  'filter.usageHint':
    'Zum Beispiel /filter add exclude krypto "gesponserter Inhalt", /filter add include /klima|energie/, /filter remove 2, /filter test 1.',
  'file.noDownloads': 'Dateien können hier nicht heruntergeladen werden',
  'file.overLimit': 'sie ist größer als das Limit von {kilobytes, number} KB',
  'file.notAFile': 'das ist keine Datei',
  'file.tooLarge':
    'sie ist {megabytes, number, ::.0} MB groß, über dem Limit von {kilobytes, number} KB',
  'file.missing': 'diese Datei gibt es nicht',
  'file.denied': 'Zugriff verweigert',
  'file.isFolder': 'das ist ein Ordner',
  'file.cannotOpen': 'sie lässt sich nicht öffnen',
  'cmd.filter.name': 'filter',
  'cmd.filter.description':
    'Stichwortfilter für die Digests und /news dieses Kanals; Moderatoren ändern sie',
  'cmd.filter.action.name': 'aktion',
  'cmd.filter.action.description': 'list (Standard), add, remove, clear oder test (Moderatoren)',
  'cmd.filter.value.name': 'wert',
  'cmd.filter.value.description':
    'add: include|exclude [feed:N] Wörter "Wortgruppe" oder /regex/; remove: N; test: Artikel',
  'news.allFilteredTopic':
    '{count, plural, =1 {Die Filter dieses Kanals blenden seinen einzigen Artikel zu {topic} aus. Moderatoren sehen sie mit /filter.} other {Die Filter dieses Kanals blenden alle {count, number} Artikel zu {topic} aus. Moderatoren sehen sie mit /filter.}}',
  'news.countAtLeast': '({shown, number} von mindestens {total, number})',
  'feedUrl.notUrl': '„{text}“ ist keine URL',
  'feedUrl.scheme': 'nur http- und https-Adressen können Feeds sein, nicht {scheme}',
  'feedUrl.noHost': 'die URL nennt keinen Host',
  'feedUrl.credentials':
    'Benutzername oder Passwort in der URL enthalten ein %, auf das keine zwei Hexadezimalziffern folgen',
  ...pictures.de,
};
