import { panelEn } from './panel/en.js';
import { threads } from './threads.js';

/**
 * Every word Briefly writes, in English: the source language and the fallback for a key another
 * language lacks. ICU MessageFormat (intl-messageformat): `{name}` is a value, plurals and selects
 * are the library's, never string concatenation. `/command` tokens are what users type and stay as
 * they are in every language. Command and option descriptions are not here: their English is in
 * the command's own file (declared once) and their translations are `cmd.<name>.…` keys.
 */
export const en = {
  'bot.name': 'Briefly',
  'reply.usage': 'Usage: ',
  'dispatch.notCommand': 'Commands start with "/".',
  'dispatch.notCommandHint': 'For example /news, or /help to see them all.',
  'dispatch.helpExplains': '/help {command} explains it.',
  'dispatch.tooLong':
    'That is {length, number} characters of arguments; the limit is {limit, number}.',
  'dispatch.unknownSuggest': 'Unknown command /{name}. Did you mean /{suggestion}?',
  'dispatch.unknown': 'Unknown command /{name}.',
  'dispatch.unknownHint': 'Send /help to see every command.',
  'dispatch.failed':
    'Something went wrong while answering /{command}. It has been logged; please try again.',
  'issue.missing': '{name} is missing.',
  'issue.range': '{name} must be from {min, number} to {max, number}.',
  'issue.rangeWhole': '{name} must be a whole number from {min, number} to {max, number}.',
  'issue.tooLong': '{name} is too long (at most {max, number} characters).',
  'issue.invalid': '{name} is not valid.',
  'bind.mustBe': '{name} must be {expected}, not "{word}".',
  'bind.oneOf': 'one of {choices}',
  'bind.integer': 'a whole number',
  'bind.number': 'a number',
  'bind.boolean': 'on or off',
  'bind.text': 'text',
  'bind.tooMany': 'Too many arguments: "{words}" is not expected.',

  'help.intro': 'Briefly brings the news: headlines, summaries and where each claim comes from.',
  'help.more': 'Send /help <command> for details, for example /help summary.',
  'help.noSuchCommand': 'There is no /{name} command. Send /help to see them all.',
  'help.optional': '(optional)',
  'help.examples': 'Examples: ',

  'age.justNow': 'just now',
  'age.soon': 'in under a minute',

  'articles.noneLoaded': 'No articles are loaded yet.',
  'list.pickHint': 'Reply /summary <number> or /source <number> for one of them.',
  'list.summaryButton': 'Summary {n, number}',
  'list.sourcesButton': 'Sources {n, number}',
  'list.sourceMore': '{source} +{count, number} more',
  'news.noTopic': 'No articles have the topic "{topic}".',
  'news.topics': 'Topics: {topics}.',
  'news.heading': 'Latest news',
  'news.headingTopic': 'Latest on {topic}',
  'news.count': '({shown, number} of {total, number})',
  'search.none': 'No article matches "{words}". Try other words, or /news for the latest.',
  'search.heading': 'Best matches for "{words}"',

  'card.unattributed': '{publisher} (unattributed paragraph)',
  'card.noSource': 'no source named',
  'card.fullArticle': 'Full article: ',
  'card.noLink': 'Full article: no link given; loaded from {where}.',
  'button.sources': 'Sources',
  'button.expired': 'This button has expired. Run the command again for fresh buttons.',

  'summary.noSentences': '"{title}" has no sentences to summarise.',
  'summary.footerExtractive': 'Every sentence is quoted from the article.',
  'summary.footerModel': 'Rewritten by a model from the article’s own sentences.',

  'source.noneNamedPublisher': 'No paragraph names a source; the publisher is {publisher}.',
  'source.noneNamed': 'No paragraph of this article names a source.',
  'source.count':
    '{count, plural, one {One source backs this article:} other {# sources back this article:}}',
  'source.paragraph': 'paragraph {n, number}',
  'source.unattributed':
    '{count, plural, one {Paragraph {paragraphs} names no source.} other {Paragraphs {paragraphs} name no source.}}',
  'source.claim': 'Claim: ',
  'source.noSupport': 'No passage in this article supports that.',
  'source.supportCount':
    '{count, plural, one {The passage that supports it:} other {Passages that support it, best first:}}',
  'source.passageFrom': ' — paragraph {n, number}, ',

  'ref.howToName':
    'An article can be named by its number in the last /news or /search list, its id, its URL or words of its title.',
  'ref.ambiguous': 'Several articles match "{ref}":',
  'ref.pick': 'Send /{command} <number> to pick one.',
  'ref.noUrl': 'No loaded article has that URL.',
  'ref.noNumberLatest':
    '{count, plural, one {There is one article} other {There are # articles}}; there is no number {n}. Send /news to see them.',
  'ref.noNumberList':
    '{count, plural, one {The last list has one article} other {The last list has articles 1 to #}}; there is no number {n}.',
  'ref.gone': 'Article {n} of the last list is no longer available: send /news for a fresh list.',
  'ref.noTitle': 'No article title matches "{text}". Send /news to see the latest articles.',

  'mod.changeDigest': 'Only moderators can change the digest.',
  'mod.previewDigest': 'Only moderators can preview the digest.',
  'mod.sendDigest': 'Only moderators can send the digest.',
  'mod.changeFeeds': 'Only moderators can change the feeds of this channel.',
  'mod.who': '(Discord: Manage Server permission; Telegram: the chat’s creator or administrators.)',

  'digest.notAction': '"{word}" is not something /digest can do.',
  'digest.seeHelp': 'Send /help digest for examples.',
  'digest.headingShow': 'Digest for this channel: {state}',
  'digest.headingUpdated': 'Digest updated: {state}',
  'digest.stateOn': 'on',
  'digest.stateOff': 'off',
  'digest.statePaused': 'paused: the bot cannot post here ({reason})',
  'digest.unknownReason': 'unknown reason',
  'digest.nothingNew': 'Nothing new for this channel’s digest right now.',
  'digest.previewNote': 'Preview — not sent, not recorded.',
  'digest.sent': '{count, plural, one {Digest sent: # story.} other {Digest sent: # stories.}}',
  'digest.emptySent': 'Nothing new since the last digest, so nothing was sent.',
  'digest.busy': 'A digest for this channel is being sent right now.',
  'digest.failed': 'The digest could not be sent.',
  'digest.failedReason': 'The digest could not be sent: {reason}.',
  'digest.noValue': '/digest {action} takes no value.',
  'digest.badTime': '"{value}" is not a time.',
  'digest.timeForm': '<HH:MM>',
  'digest.daysForm': '<days>',
  'digest.zoneForm': '<Area/City>',
  'digest.sizeForm': '<1-20>',
  'digest.topicsForm': '<topic,topic…|all>',
  'digest.timeHint': 'A 24-hour time from 00:00 to 23:59, e.g. 07:30 or 18:00.',
  'digest.badDays': '"{value}" is not a set of days.',
  'digest.daysHint': 'Accepted: daily, weekdays, weekends, mon-fri, mon,wed,fri.',
  'digest.badZone': '"{value}" is not a time zone.',
  'digest.zoneHint':
    'An IANA time zone such as Europe/Berlin, America/New_York, Asia/Tokyo or UTC.',
  'digest.badSize': 'The size must be a whole number from {min, number} to {max, number}.',
  'digest.badSizeValue':
    'The size must be a whole number from {min, number} to {max, number}, not "{value}".',
  'digest.badTopic': '"{topic}" is not a topic tag.',
  'digest.nameTopics': 'Name the topics.',
  'digest.topicsHint':
    'Up to 20 tags separated by commas, e.g. science,climate; "all" clears the filter.',
  'digest.badLanguage': '"{value}" is not a language Briefly speaks. Supported: {languages}.',
  'digest.languageForm': '<language code>',
  'digest.schedule': 'Schedule: ',
  'digest.scheduleLine':
    '{time} {zone}, {days}, {size, plural, one {# story} other {# stories}}, topics: {topics}',
  'digest.topicsAll': 'all',
  'digest.daily': 'daily',
  'digest.weekdays': 'weekdays (Mon–Fri)',
  'digest.weekends': 'weekends',
  'digest.next': 'Next: ',
  'digest.nextWhen': '{when} ({age})',
  'digest.notScheduled': 'not scheduled',
  'digest.offNone': 'none — the digest is off',
  'digest.language': 'Language: ',
  'digest.languageSet': '{name} ({code})',
  'digest.languageDefault': '{name} ({code}, the default here)',
  'digest.images': 'Pictures: ',
  'digest.imagesOn': 'shown beside stories in digests and /news',
  'digest.imagesOff': 'off — digests and /news show no pictures',
  'digest.badImages': '"{value}" is neither on nor off.',
  'digest.nameImages': 'Say on or off.',
  'digest.imagesForm': '<on|off>',
  'digest.imagesHint': 'on shows articles’ pictures in digests and /news; off leaves them out.',
  'digest.ping': 'Role ping: ',
  'digest.pingOff': 'off — digests ping nobody',
  'digest.pingOn': 'each digest pings {role}, and nobody else',
  'digest.badPing': '"{value}" is not a role. Mention the role or give its id.',
  'digest.namePing': 'Mention the role that digests ping, or say off.',
  'digest.pingForm': '<@role|role id|off>',
  'digest.pingHint':
    'Only that role is pinged; article text never pings anyone. off stops the ping.',
  'digest.pingDiscordOnly': 'Role pings exist on Discord only; this chat is on {platform}.',
  'digest.hintOn':
    'Moderators: /digest off, time HH:MM, days, timezone, size, topics, language, images, ping, target, preview, now.',
  'digest.hintOff': 'Moderators turn it on with /digest on.',
  'digest.openPanel': 'Open the control panel',
  'panel.menuButton': 'Control panel',
  'digest.postHeading': 'Briefly digest — {date}',
  'digest.postCount': ' · {count, plural, one {# new story} other {# new stories}}',
  'digest.source': 'Source: ',
  'digest.sources': 'Sources: ',
  'digest.more': '+{count, number} more — /news lists them.',
  'digest.moreCapped': '{count, number}+ more — /news lists them.',

  'feeds.listTakesNoTarget': '"/feeds" lists; to change the list, say add or remove first.',
  'feeds.addNeedsUrl': 'add needs the feed’s URL.',
  'feeds.removeNeedsTarget': 'remove needs a feed’s URL or number.',
  'feeds.usageHint': 'For example /feeds add https://example.com/feed.xml or /feeds remove 2.',
  'feeds.operator':
    '{count, plural, one {The operator’s list adds one feed for every channel.} other {The operator’s list adds # feeds for every channel.}}',
  'feeds.noneOwn':
    'This channel has no feeds of its own: its digest draws on the bot’s own articles and the operator’s feeds.',
  'feeds.addOne': 'Moderators add one with {command}.',
  'feeds.urlForm': '<url>',
  'feeds.heading': 'Feeds of this channel ({count, number})',
  'feeds.modHint': 'Moderators: /feeds add <url>, /feeds remove <number>.',
  'feeds.paused': 'PAUSED after repeated failures',
  'feeds.lastRead': 'last read {age}',
  'feeds.notRead': 'not read yet',
  'feeds.lastError': 'last error {age}: {error}',
  'feeds.addFailed': 'Could not add {url}: {reason}.',
  'feeds.added': 'Added {feed} — {count, plural, one {one item} other {# items}} now.',
  'feeds.checkedAgain':
    'Already a feed of this channel, checked again: {feed} — {count, plural, one {one item} other {# items}} now.',
  'feeds.drawsOn':
    '{count, plural, one {This channel’s digest now draws on its one feed; new items are read every 15 minutes or so.} other {This channel’s digest now draws on its # feeds; new items are read every 15 minutes or so.}}',
  'feeds.removed': 'Removed {feed}.',
  'feeds.noneLeft':
    'This channel has no feeds left: its digest draws on the bot’s own articles and the operator’s feeds.',
  'feeds.left': '{count, plural, one {One feed is left.} other {# feeds are left.}}',
  'feeds.seeList': 'Send /feeds to see this channel’s feeds.',
  'feeds.noFeedsToRemove': 'This channel has no feeds to remove.',
  'feeds.noNumber':
    '{count, plural, one {This channel has one feed} other {This channel has feeds 1 to #}}; there is no number {n}.',
  'feeds.notOneOf': '{url} is not one of this channel’s feeds.',
  'feeds.disabled': 'feeds are not enabled in this setup',
  'feeds.pausedTitle': 'Feed paused: ',
  'feeds.pausedBody':
    '{name} failed {count, plural, one {# time} other {# times}} in a row; the last error: {reason}.',
  'feeds.pausedHelp':
    'It is tried again once a day and resumes by itself when it answers. Moderators: /feeds shows its state, /feeds remove drops it.',

  'adapter.failed': 'Something went wrong while answering. It has been logged; please try again.',
  'adapter.moreButtons': 'More buttons:',
  'adapter.empty': '(empty answer)',
  'discord.guildOnly': '/{command} works in a server channel, not in direct messages.',
  'telegram.buttonExpired': 'This button has expired. Send /news again.',
  'console.ready': 'Briefly is ready. Send /help to see the commands; Ctrl+D quits.',
  'feeds.exportNoValue': '/feeds export takes no value.',
  'mod.exportFeeds': 'Only moderators can export the feeds of this channel.',
  'feeds.exportNone': 'This channel has no feeds of its own to export.',
  'feeds.exported':
    '{count, plural, one {The feed of this channel as OPML, for a feed reader or another bot ({command} takes it back).} other {The # feeds of this channel as OPML, for a feed reader or another bot ({command} takes them back).}}',
  'import.noPathHere': 'Name no path here: attach the OPML file to the command.',
  'import.namePath': 'Name the OPML file to import: /feeds import <path>.',
  'import.attach':
    'Attach an OPML file (a feed list exported from a feed reader or another bot) to /feeds import.',
  'import.tooLarge':
    'Nothing imported: {name} is {megabytes, number, ::.0} MB; an OPML file may be at most 1 MB.',
  'import.unreadable': 'Nothing imported: {name} could not be read: {reason}.',
  'import.refused': 'Nothing imported from {name}: {reason}.',
  'import.noFeeds': 'Nothing imported: {name} lists no feeds (outlines with an xmlUrl).',
  'import.lineAdded': 'added: ',
  'import.lineThere': 'already there: ',
  'import.lineRefused': 'refused: ',
  'import.more': '…and {count, number} more: ',
  'import.moreCounts': '{kept, number} added or already there, {refused, number} refused',
  'import.moreCountsWhy':
    '{kept, number} added or already there, {refused, number} refused ({reason})',
  'import.summary':
    'Imported {name}: {added, number} added, {there, number} already there, {refused, number} refused.',
  'opml.tooLarge': 'the file is {megabytes, number, ::.0} MB; an OPML file may be at most 1 MB',
  'opml.notOpml': 'it is not an OPML file (XML whose root element is <opml>)',
  'opml.tooDeep':
    'its outlines are nested {depth, number} deep; at most {limit, number} levels are read',
  'opml.tooManyOutlines': 'it has {count, number} outlines; at most {limit, number} are read',
  'opml.malformed': 'it is not a well-formed OPML file',
  'opml.malformedCause': 'it is not a well-formed OPML file ({cause})',
  'opml.tooManyFeeds':
    'it lists {count, number} feeds; one import takes at most {limit, number} (and a channel at most its feed limit)',
  'feeds.limitChannel':
    'this channel already has {limit, number} feeds, the most one channel may have; remove one first with /feeds remove <number>',
  'feeds.limitBot':
    'the bot already reads {limit, number} feeds for its channels, the most it takes on; ask its operator, or subscribe to a feed another channel already reads',
  'digest.filteredOut':
    '{count, plural, one {# story filtered out by this channel’s filters (/filter).} other {# stories filtered out by this channel’s filters (/filter).}}',
  'news.allFiltered':
    "{count, plural, one {This channel's filters leave out its one article. Moderators see them with /filter.} other {This channel's filters leave out all # articles. Moderators see them with /filter.}}",
  'rule.empty': 'The rule is empty: give words, "a phrase" or /a regular expression/.',
  'rule.tooLong': 'A rule is at most {limit, number} characters (this one has {length, number}).',
  'rule.regexUnclosed':
    'A regular expression is written between slashes, like /pattern/: the closing / is missing.',
  'rule.regexEmpty': 'The regular expression between the slashes is empty.',
  'rule.regexTooLong':
    'A regular expression is at most {limit, number} characters (this one has {length, number}).',
  'rule.regexMatchesEmpty': '{regex} matches an empty text, so it would match every story.',
  'rule.regexErrorAt':
    '{regex} does not compile at character {at, number} (“{part}”): {description}.',
  'rule.regexError': '{regex} does not compile: {description}.',
  'rule.quoteUnclosed': 'The quote opened at character {at, number} is not closed.',
  'rule.noLetters': '“{term}” has no letters or digits to match.',
  'rule.tooManyTerms': 'A rule holds at most {limit, number} words and phrases.',
  'filter.limitRules':
    'This channel already has {limit, number} filter rules, the most one channel may have; remove one first.',
  'filter.limitRegex':
    'This channel already has {limit, number} regular-expression rules, the most one channel may have; use words, or remove one first.',
  'filter.noRules': 'This channel has no filter rules.',
  'filter.noRuleNumber':
    '{count, plural, one {This channel has one rule} other {This channel has rules 1 to #}}; there is no rule {n}.',
  'filter.noFeeds':
    'This channel has no feeds of its own; a rule for one feed needs one (/feeds add <url>).',
  'filter.noFeedNumber':
    '{count, plural, one {This channel has one feed} other {This channel has feeds 1 to #}}; there is no feed {n}.',
  'filter.notAFeed': "{text} is not one of this channel's feeds (/feeds lists them).",
  'filter.notAction': '"{word}" is not something /filter can do.',
  'mod.testFilters': 'Only moderators can test the filters.',
  'mod.changeFilters': 'Only moderators can change the filters of this channel.',
  'filter.clearNoValue': '/filter clear takes no value.',
  'filter.testNeedsArticle':
    'test needs an article: its number in /news, its id, URL or title words.',
  'filter.none': 'This channel has no filters: its digests and /news show every story.',
  'filter.wordsForm': '<words>',
  'filter.addOne': 'Moderators add one with {exclude} or {include}.',
  'filter.heading': 'Filters of this channel ({count, number})',
  'filter.explain':
    'A story that matches an exclude rule is left out; when include rules apply, a story must match one of them. Words match whole words, ignoring case and accents.',
  'filter.modHint': 'Moderators: /filter add, remove <number>, clear, test <article>.',
  'filter.onlyFeed': ' — only feed {n, number} ({feed})',
  'filter.onlyGoneFeed': ' — only a feed this channel no longer reads',
  'filter.broken': ' — ignored: it no longer compiles',
  'filter.addNeedsKind':
    'add needs include or exclude first, then the words, "a phrase" or /a regular expression/.',
  'filter.addNeedsWords': 'add {kind} needs words, "a phrase" or /a regular expression/.',
  'filter.syntax':
    'Words and "quoted phrases" match whole words; /regex/ uses RE2 syntax (at most {limit, number} characters).',
  'filter.scopeFeed': 'stories of feed {n, number} ({feed})',
  'filter.scopeAll': 'every story of this channel',
  'filter.added': 'Rule {n, number} added: {kind} {pattern} — for {scope}.',
  'filter.addedExclude': 'Stories that match it are left out of digests and /news here.',
  'filter.addedInclude':
    'Stories must now match an include rule to appear in digests and /news here.',
  'filter.seeEffect': 'Send /digest preview to see its effect, or /filter test <article>.',
  'filter.removeNeedsNumber': 'remove needs the number of a rule, as /filter lists them.',
  'filter.seeRules': 'Send /filter to see the rules.',
  'filter.removed': 'Removed rule {n}: {kind} {pattern}.',
  'filter.noneLeft': 'No filters are left: every story is shown.',
  'filter.left':
    '{count, plural, one {One rule is left (numbers after {n} moved up by one).} other {# rules are left (numbers after {n} moved up by one).}}',
  'filter.hadNone': 'This channel had no filters.',
  'filter.cleared':
    '{count, plural, one {Removed the one filter rule: every story is shown again.} other {Removed all # filter rules: every story is shown again.}}',
  'filter.ruleTerm': 'rule {n, number} (“{term}”)',
  'filter.matchesExclude': 'Matches exclude {rules}.',
  'filter.matchesInclude': 'Matches include {rules}.',
  'filter.matchesNoInclude': 'Matches none of the include rules ({rules}) that apply to it.',
  'filter.hadNoneTest': 'This channel has no filters.',
  'filter.noRuleApplies': 'No rule applies to it.',
  'filter.kept': 'Kept: ',
  'filter.leftOut': 'Left out: ',
  'filter.articleTitle': '“{title}”',
  'filter.reads': 'Filters read the title, the topics and the opening of the text.',
  'filter.usageHint':
    'For example /filter add exclude crypto "sponsored content", /filter add include /climate|energy/, /filter remove 2, /filter test 1.',
  'file.noDownloads': 'files cannot be downloaded here',
  'file.overLimit': 'it is over the {kilobytes, number} KB limit',
  'file.notAFile': 'it is not a file',
  'file.tooLarge': 'it is {megabytes, number, ::.0} MB, over the {kilobytes, number} KB limit',
  'file.missing': 'there is no such file',
  'file.denied': 'permission denied',
  'file.isFolder': 'it is a folder',
  'file.cannotOpen': 'it cannot be opened',
  'news.allFilteredTopic':
    "{count, plural, one {This channel's filters leave out its one article on {topic}. Moderators see them with /filter.} other {This channel's filters leave out all # articles on {topic}. Moderators see them with /filter.}}",
  'news.countAtLeast': '({shown, number} of {total, number}+)',
  'feedUrl.notUrl': '"{text}" is not a URL',
  'feedUrl.scheme': 'only http and https addresses can be feeds, not {scheme}',
  'feedUrl.noHost': 'the URL names no host',
  'feedUrl.credentials':
    'the user name or password in the URL has a % that is not followed by two hex digits',
  ...threads.en,
  ...panelEn,
} as const satisfies Record<string, string>;

export type StaticMessageKey = keyof typeof en;
