import type { Translations } from './index.js';
import { pictures } from './pictures.js';

/**
 * Français (tutoiement, comme Discord et Telegram). Espaces insécables avant « : ; ? ! » et dans
 * les guillemets, selon l’usage typographique français.
 */
export const fr: Translations = {
  'bot.name': 'Briefly',
  'reply.usage': 'Utilisation : ',
  'dispatch.notCommand': 'Les commandes commencent par « / ».',
  'dispatch.notCommandHint': 'Par exemple /news, ou /help pour les voir toutes.',
  'dispatch.helpExplains': '/help {command} l’explique.',
  'dispatch.tooLong':
    'Cela fait {length, number} caractères d’arguments ; la limite est de {limit, number}.',
  'dispatch.unknownSuggest': 'Commande inconnue /{name}. Voulais-tu dire /{suggestion} ?',
  'dispatch.unknown': 'Commande inconnue /{name}.',
  'dispatch.unknownHint': 'Envoie /help pour voir toutes les commandes.',
  'dispatch.failed':
    'Un problème est survenu en répondant à /{command}. Il a été consigné ; réessaie, s’il te plaît.',
  'issue.missing': '{name} manque.',
  'issue.range': '{name} doit être compris entre {min, number} et {max, number}.',
  'issue.rangeWhole':
    '{name} doit être un nombre entier compris entre {min, number} et {max, number}.',
  'issue.tooLong': '{name} est trop long ({max, number} caractères au plus).',
  'issue.invalid': '{name} n’est pas valide.',
  'bind.mustBe': '{name} doit être {expected}, pas « {word} ».',
  'bind.oneOf': 'l’une des valeurs {choices}',
  'bind.integer': 'un nombre entier',
  'bind.number': 'un nombre',
  'bind.boolean': 'on ou off',
  'bind.text': 'du texte',
  'bind.tooMany': 'Trop d’arguments : « {words} » n’est pas attendu.',

  'help.intro':
    'Briefly t’apporte l’actualité : les titres, des résumés et l’origine de chaque affirmation.',
  'help.more': 'Envoie /help <commande> pour les détails, par exemple /help summary.',
  'help.noSuchCommand': 'La commande /{name} n’existe pas. Envoie /help pour les voir toutes.',
  'help.optional': '(facultatif)',
  'help.examples': 'Exemples : ',

  'age.justNow': 'à l’instant',
  'age.soon': 'dans moins d’une minute',

  'articles.noneLoaded': 'Aucun article n’est encore chargé.',
  'list.pickHint': 'Réponds /summary <numéro> ou /source <numéro> pour l’un d’eux.',
  'list.summaryButton': 'Résumé {n, number}',
  'list.sourcesButton': 'Sources {n, number}',
  'list.sourceMore': '{source} et {count, plural, one {# autre} other {# autres}}',
  'news.noTopic': 'Aucun article n’a le sujet « {topic} ».',
  'news.topics': 'Sujets : {topics}.',
  'news.heading': 'Dernières actualités',
  'news.headingTopic': 'Dernières nouvelles : {topic}',
  'news.count': '({shown, number} sur {total, number})',
  'search.none':
    'Aucun article ne correspond à « {words} ». Essaie d’autres mots, ou /news pour les dernières actualités.',
  'search.heading': 'Meilleurs résultats pour « {words} »',

  'card.unattributed': '{publisher} (paragraphe sans source)',
  'card.noSource': 'aucune source citée',
  'card.fullArticle': 'Article complet : ',
  'card.noLink': 'Article complet : aucun lien fourni ; chargé depuis {where}.',
  'button.sources': 'Sources',
  'button.expired': 'Ce bouton a expiré. Relance la commande pour obtenir de nouveaux boutons.',

  'summary.noSentences': '« {title} » ne contient aucune phrase à résumer.',
  'summary.footerExtractive': 'Chaque phrase est citée telle quelle de l’article.',
  'summary.footerModel': 'Reformulé par un modèle à partir des phrases de l’article.',

  'source.noneNamedPublisher': 'Aucun paragraphe ne cite de source ; l’éditeur est {publisher}.',
  'source.noneNamed': 'Aucun paragraphe de cet article ne cite de source.',
  'source.count':
    '{count, plural, =1 {Une source étaye cet article :} other {# sources étayent cet article :}}',
  'source.paragraph': 'paragraphe {n, number}',
  'source.unattributed':
    '{count, plural, =1 {Le paragraphe {paragraphs} ne cite aucune source.} other {Les paragraphes {paragraphs} ne citent aucune source.}}',
  'source.claim': 'Affirmation : ',
  'source.noSupport': 'Aucun passage de cet article ne l’étaye.',
  'source.supportCount':
    '{count, plural, =1 {Le passage qui l’étaye :} other {Les passages qui l’étayent, du plus pertinent au moins pertinent :}}',
  'source.passageFrom': ' — paragraphe {n, number}, ',

  'ref.howToName':
    'Un article se désigne par son numéro dans la dernière liste de /news ou /search, son identifiant, son URL ou des mots de son titre.',
  'ref.ambiguous': 'Plusieurs articles correspondent à « {ref} » :',
  'ref.pick': 'Envoie /{command} <numéro> pour en choisir un.',
  'ref.noUrl': 'Aucun article chargé n’a cette URL.',
  'ref.noNumberLatest':
    '{count, plural, =1 {Il y a un article} other {Il y a # articles}} ; le numéro {n} n’existe pas. Envoie /news pour les voir.',
  'ref.noNumberList':
    '{count, plural, =1 {La dernière liste compte un article} other {La dernière liste compte les articles 1 à #}} ; le numéro {n} n’existe pas.',
  'ref.gone':
    'L’article {n} de la dernière liste n’est plus disponible : envoie /news pour une nouvelle liste.',
  'ref.noTitle':
    'Aucun titre d’article ne correspond à « {text} ». Envoie /news pour voir les derniers articles.',

  'mod.changeDigest': 'Seuls les modérateurs peuvent modifier le récapitulatif.',
  'mod.previewDigest': 'Seuls les modérateurs peuvent prévisualiser le récapitulatif.',
  'mod.sendDigest': 'Seuls les modérateurs peuvent envoyer le récapitulatif.',
  'mod.changeFeeds': 'Seuls les modérateurs peuvent modifier les flux de ce salon.',
  'mod.who':
    '(Discord : permission « Gérer le serveur » ; Telegram : le créateur ou les administrateurs de la discussion.)',

  'digest.notAction': '« {word} » ne fait pas partie de ce que /digest sait faire.',
  'digest.seeHelp': 'Envoie /help digest pour des exemples.',
  'digest.headingShow': 'Récapitulatif de ce salon : {state}',
  'digest.headingUpdated': 'Récapitulatif mis à jour : {state}',
  'digest.stateOn': 'activé',
  'digest.stateOff': 'désactivé',
  'digest.statePaused': 'en pause : le bot ne peut pas publier ici ({reason})',
  'digest.unknownReason': 'raison inconnue',
  'digest.nothingNew': 'Rien de nouveau pour le récapitulatif de ce salon pour l’instant.',
  'digest.previewNote': 'Aperçu — ni envoyé, ni enregistré.',
  'digest.sent':
    '{count, plural, one {Récapitulatif envoyé : # article.} other {Récapitulatif envoyé : # articles.}}',
  'digest.emptySent': 'Rien de nouveau depuis le dernier récapitulatif : rien n’a été envoyé.',
  'digest.busy': 'Un récapitulatif est en cours d’envoi dans ce salon.',
  'digest.failed': 'Le récapitulatif n’a pas pu être envoyé.',
  'digest.failedReason': 'Le récapitulatif n’a pas pu être envoyé : {reason}.',
  'digest.noValue': '/digest {action} ne prend pas de valeur.',
  'digest.badTime': '« {value} » n’est pas une heure.',
  'digest.timeForm': '<HH:MM>',
  'digest.daysForm': '<jours>',
  'digest.zoneForm': '<Zone/Ville>',
  'digest.sizeForm': '<1-20>',
  'digest.topicsForm': '<sujet,sujet…|all>',
  'digest.timeHint': 'Une heure sur 24 heures, de 00:00 à 23:59, par exemple 07:30 ou 18:00.',
  'digest.badDays': '« {value} » n’est pas un ensemble de jours.',
  'digest.daysHint': 'Valeurs acceptées : daily, weekdays, weekends, mon-fri, mon,wed,fri.',
  'digest.badZone': '« {value} » n’est pas un fuseau horaire.',
  'digest.zoneHint':
    'Un fuseau horaire IANA comme Europe/Paris, America/Montreal, Asia/Tokyo ou UTC.',
  'digest.badSize': 'La taille doit être un nombre entier de {min, number} à {max, number}.',
  'digest.badSizeValue':
    'La taille doit être un nombre entier de {min, number} à {max, number}, pas « {value} ».',
  'digest.badTopic': '« {topic} » n’est pas une étiquette de sujet.',
  'digest.nameTopics': 'Indique les sujets.',
  'digest.topicsHint':
    'Jusqu’à 20 étiquettes séparées par des virgules, par exemple science,climate ; « all » retire le filtre.',
  'digest.badLanguage':
    '« {value} » n’est pas une langue que Briefly parle. Langues disponibles : {languages}.',
  'digest.languageForm': '<code de langue>',
  'digest.schedule': 'Programmation : ',
  'digest.scheduleLine':
    '{time} {zone}, {days}, {size, plural, one {# article} other {# articles}}, sujets : {topics}',
  'digest.topicsAll': 'tous',
  'digest.daily': 'tous les jours',
  'digest.weekdays': 'en semaine (lun.–ven.)',
  'digest.weekends': 'le week-end',
  'digest.next': 'Prochain : ',
  'digest.nextWhen': '{when} ({age})',
  'digest.notScheduled': 'non programmé',
  'digest.offNone': 'aucun — le récapitulatif est désactivé',
  'digest.language': 'Langue : ',
  'digest.languageSet': '{name} ({code})',
  'digest.languageDefault': '{name} ({code}, la langue par défaut ici)',
  'digest.hintOn':
    'Modérateurs : /digest off, time HH:MM, days, timezone, size, topics, language, images, ping, target, preview, now.',
  'digest.hintOff': 'Les modérateurs l’activent avec /digest on.',
  'digest.openPanel': 'Ouvrir le tableau de bord',
  'panel.menuButton': 'Tableau de bord',
  'digest.postHeading': 'Récapitulatif Briefly — {date}',
  'digest.postCount': ' · {count, plural, one {# nouvel article} other {# nouveaux articles}}',
  'digest.source': 'Source : ',
  'digest.sources': 'Sources : ',
  'digest.more': '{count, number} de plus — /news les affiche.',
  'digest.moreCapped': 'Plus de {count, number} autres — /news les affiche.',

  'feeds.listTakesNoTarget':
    '« /feeds » affiche la liste ; pour la modifier, commence par add ou remove.',
  'feeds.addNeedsUrl': 'add a besoin de l’URL du flux.',
  'feeds.removeNeedsTarget': 'remove a besoin de l’URL ou du numéro d’un flux.',
  'feeds.usageHint': 'Par exemple /feeds add https://example.com/feed.xml ou /feeds remove 2.',
  'feeds.operator':
    '{count, plural, =1 {La liste de l’opérateur ajoute un flux pour tous les salons.} other {La liste de l’opérateur ajoute # flux pour tous les salons.}}',
  'feeds.noneOwn':
    'Ce salon n’a pas de flux à lui : son récapitulatif puise dans les articles du bot et les flux de l’opérateur.',
  'feeds.addOne': 'Les modérateurs en ajoutent un avec {command}.',
  'feeds.urlForm': '<url>',
  'feeds.heading': 'Flux de ce salon ({count, number})',
  'feeds.modHint': 'Modérateurs : /feeds add <url>, /feeds remove <numéro>.',
  'feeds.paused': 'EN PAUSE après des échecs répétés',
  'feeds.lastRead': 'lu pour la dernière fois {age}',
  'feeds.notRead': 'pas encore lu',
  'feeds.lastError': 'dernière erreur {age} : {error}',
  'feeds.addFailed': 'Impossible d’ajouter {url} : {reason}.',
  'feeds.added':
    '{feed} ajouté — {count, plural, =1 {une entrée} other {# entrées}} pour l’instant.',
  'feeds.checkedAgain':
    'C’est déjà un flux de ce salon, vérifié à nouveau : {feed} — {count, plural, =1 {une entrée} other {# entrées}} pour l’instant.',
  'feeds.drawsOn':
    '{count, plural, =1 {Le récapitulatif de ce salon puise désormais dans son unique flux ; les nouvelles entrées sont lues toutes les 15 minutes environ.} other {Le récapitulatif de ce salon puise désormais dans ses # flux ; les nouvelles entrées sont lues toutes les 15 minutes environ.}}',
  'feeds.removed': '{feed} retiré.',
  'feeds.noneLeft':
    'Ce salon n’a plus de flux : son récapitulatif puise dans les articles du bot et les flux de l’opérateur.',
  'feeds.left': '{count, plural, =1 {Il reste un flux.} other {Il reste # flux.}}',
  'feeds.seeList': 'Envoie /feeds pour voir les flux de ce salon.',
  'feeds.noFeedsToRemove': 'Ce salon n’a aucun flux à retirer.',
  'feeds.noNumber':
    '{count, plural, =1 {Ce salon a un flux} other {Ce salon a les flux 1 à #}} ; le numéro {n} n’existe pas.',
  'feeds.notOneOf': '{url} ne fait pas partie des flux de ce salon.',
  'feeds.disabled': 'les flux ne sont pas activés dans cette installation',
  'feeds.pausedTitle': 'Flux en pause : ',
  'feeds.pausedBody':
    '{name} a échoué {count, plural, one {# fois} other {# fois}} de suite ; dernière erreur : {reason}.',
  'feeds.pausedHelp':
    'Il sera réessayé une fois par jour et reprendra de lui-même dès qu’il répondra. Modérateurs : /feeds affiche son état, /feeds remove le retire.',

  'adapter.failed':
    'Un problème est survenu pendant la réponse. Il a été consigné ; réessaie, s’il te plaît.',
  'adapter.moreButtons': 'Autres boutons :',
  'adapter.empty': '(réponse vide)',
  'discord.guildOnly': '/{command} fonctionne dans un salon de serveur, pas en messages privés.',
  'telegram.buttonExpired': 'Ce bouton a expiré. Envoie de nouveau /news.',
  'console.ready': 'Briefly est prêt. Envoie /help pour voir les commandes ; Ctrl+D pour quitter.',

  'cmd.help.name': 'aide',
  'cmd.help.description': 'Liste les commandes ou explique l’une d’elles',
  'cmd.help.command.name': 'commande',
  'cmd.help.command.description': 'Une commande à expliquer, par exemple summary',
  'cmd.news.name': 'actus',
  'cmd.news.description':
    'Les derniers articles, numérotés, avec des boutons pour le résumé et les sources',
  'cmd.news.count.name': 'nombre',
  'cmd.news.count.description': 'Combien d’articles, de 1 à 20 (5 par défaut)',
  'cmd.news.topic.name': 'sujet',
  'cmd.news.topic.description': 'Seulement les articles portant cette étiquette de sujet',
  'cmd.summary.name': 'résumé',
  'cmd.summary.description':
    'Pas le temps de lire ? Un court résumé d’un article, chaque phrase avec sa source',
  'cmd.summary.ref.name': 'article',
  'cmd.summary.ref.description':
    'L’article : son numéro dans la dernière liste, son identifiant, son URL ou des mots du titre',
  'cmd.summary.sentences.name': 'phrases',
  'cmd.summary.sentences.description': 'Combien de phrases, de 1 à 10 (3 par défaut)',
  'cmd.source.name': 'sources',
  'cmd.source.description':
    'D’où viennent les affirmations d’un article ; avec une affirmation, les passages qui l’étayent',
  'cmd.source.ref.name': 'article',
  'cmd.source.ref.description':
    'L’article : un numéro de la dernière liste, un identifiant, une URL ou des « mots du titre »',
  'cmd.source.claim.name': 'affirmation',
  'cmd.source.claim.description': 'Une affirmation à vérifier dans l’article',
  'cmd.search.name': 'recherche',
  'cmd.search.description': 'Trouve des articles par des mots de leur titre ou de leur texte',
  'cmd.search.words.name': 'mots',
  'cmd.search.words.description': 'Les mots à chercher',
  'cmd.digest.name': 'récap',
  'cmd.digest.description':
    'Le récapitulatif quotidien de ce salon : réglages et prochain envoi ; les modérateurs les changent',
  'cmd.digest.action.name': 'action',
  'cmd.digest.action.description':
    'on, off, time, days, timezone, size, topics, language, images, ping, target, preview ou now',
  'cmd.digest.value.name': 'valeur',
  'cmd.digest.value.description':
    'La nouvelle valeur, p. ex. 08:30, mon-fri, Europe/Paris, 5, science,tech, fr, off',
  'cmd.feeds.name': 'flux',
  'cmd.feeds.description':
    'Les flux RSS et Atom que lit ce salon ; les modérateurs les ajoutent et les retirent',
  'cmd.feeds.action.name': 'action',
  'cmd.feeds.action.description':
    'list (par défaut), add, remove, export ou import d’un fichier OPML (modérateurs)',
  'cmd.feeds.target.name': 'cible',
  'cmd.feeds.target.description':
    'add : l’URL du flux ; remove : URL ou numéro dans /feeds ; import : chemin (console)',
  'feeds.exportNoValue': '/feeds export ne prend pas de valeur.',
  'mod.exportFeeds': 'Seuls les modérateurs peuvent exporter les flux de ce salon.',
  'feeds.exportNone': 'Ce salon n’a aucun flux à lui à exporter.',
  'feeds.exported':
    '{count, plural, one {Le flux de ce salon en OPML, pour un lecteur de flux ou un autre bot ({command} le réimporte).} other {Les # flux de ce salon en OPML, pour un lecteur de flux ou un autre bot ({command} les réimporte).}}',
  'feeds.limitChannel':
    'ce salon a déjà {limit, number} flux, le maximum pour un salon ; retires-en d’abord un avec /feeds remove <numéro>',
  'feeds.limitBot':
    'le bot lit déjà {limit, number} flux pour ses salons, le maximum qu’il accepte ; demande à son opérateur, ou abonne-toi à un flux qu’un autre salon lit déjà',
  'digest.filteredOut':
    '{count, plural, one {# article écarté par les filtres de ce salon (/filter).} other {# articles écartés par les filtres de ce salon (/filter).}}',
  'news.allFiltered':
    '{count, plural, =1 {Les filtres de ce salon écartent son unique article. Les modérateurs les voient avec /filter.} other {Les filtres de ce salon écartent ses {count, number} articles. Les modérateurs les voient avec /filter.}}',
  'rule.empty':
    'La règle est vide : donne des mots, « une expression » ou /une expression régulière/.',
  'rule.tooLong':
    'Une règle fait au plus {limit, number} caractères (celle-ci en a {length, number}).',
  'rule.regexUnclosed':
    'Une expression régulière s’écrit entre barres obliques, comme /motif/ : la barre fermante manque.',
  'rule.regexEmpty': 'L’expression régulière entre les barres obliques est vide.',
  'rule.regexTooLong':
    'Une expression régulière fait au plus {limit, number} caractères (celle-ci en a {length, number}).',
  'rule.regexMatchesEmpty':
    '{regex} correspond à un texte vide, elle correspondrait donc à tous les articles.',
  'rule.regexErrorAt':
    '{regex} ne compile pas, erreur au caractère {at, number} (« {part} ») : {description}.',
  'rule.regexError': '{regex} ne compile pas : {description}.',
  'rule.quoteUnclosed': 'Le guillemet ouvert au caractère {at, number} n’est pas fermé.',
  'rule.noLetters': '« {term} » ne contient ni lettre ni chiffre à chercher.',
  'rule.tooManyTerms': 'Une règle contient au plus {limit, number} mots et expressions.',
  'filter.limitRules':
    'Ce salon a déjà {limit, number} règles de filtre, le maximum pour un salon ; retires-en d’abord une.',
  'filter.limitRegex':
    'Ce salon a déjà {limit, number} règles à expression régulière, le maximum pour un salon ; utilise des mots, ou retires-en d’abord une.',
  'filter.noRules': 'Ce salon n’a aucune règle de filtre.',
  'filter.noRuleNumber':
    '{count, plural, =1 {Ce salon a une règle} other {Ce salon a les règles 1 à #}} ; la règle {n} n’existe pas.',
  'filter.noFeeds':
    'Ce salon n’a aucun flux à lui, or une règle pour un flux en demande un (/feeds add <url>).',
  'filter.noFeedNumber':
    '{count, plural, =1 {Ce salon a un flux} other {Ce salon a les flux 1 à #}} ; le flux {n} n’existe pas.',
  'filter.notAFeed': '{text} ne fait pas partie des flux de ce salon (/feeds les liste).',
  'filter.notAction': '« {word} » n’est pas une action de /filter.',
  'mod.testFilters': 'Seuls les modérateurs peuvent tester les filtres.',
  'mod.changeFilters': 'Seuls les modérateurs peuvent modifier les filtres de ce salon.',
  'filter.clearNoValue': '/filter clear ne prend pas de valeur.',
  'filter.testNeedsArticle':
    'test demande un article : son numéro dans /news, son id, son URL ou des mots de son titre.',
  'filter.none':
    'Ce salon n’a aucun filtre : ses récapitulatifs et /news montrent tous les articles.',
  'filter.wordsForm': '<mots>',
  'filter.addOne': 'Les modérateurs en ajoutent un avec {exclude} ou {include}.',
  'filter.heading': 'Filtres de ce salon ({count, number})',
  'filter.explain':
    'Un article qui correspond à une règle exclude est écarté ; quand des règles include s’appliquent, il doit correspondre à l’une d’elles. Les mots correspondent à des mots entiers, sans tenir compte de la casse ni des accents.',
  'filter.modHint': 'Modérateurs : /filter add, remove <numéro>, clear, test <article>.',
  'filter.onlyFeed': ' — seulement le flux {n, number} ({feed})',
  'filter.onlyGoneFeed': ' — seulement un flux que ce salon ne lit plus',
  'filter.broken': ' — ignorée : elle ne compile plus',
  'filter.addNeedsKind':
    'add demande d’abord include ou exclude, puis les mots, « une expression » ou /une expression régulière/.',
  'filter.addNeedsWords':
    'add {kind} demande des mots, « une expression » ou /une expression régulière/.',
  'filter.syntax':
    'Les mots et les « expressions entre guillemets » correspondent à des mots entiers ; /regex/ suit la syntaxe RE2 (au plus {limit, number} caractères).',
  'filter.scopeFeed': 'les articles du flux {n, number} ({feed})',
  'filter.scopeAll': 'tous les articles de ce salon',
  'filter.added': 'Règle {n, number} ajoutée : {kind} {pattern} — pour {scope}.',
  'filter.addedExclude':
    'Les articles qui y correspondent n’apparaîtront plus ici dans les récapitulatifs ni dans /news.',
  'filter.addedInclude':
    'Les articles doivent désormais correspondre à une règle include pour apparaître ici dans les récapitulatifs et dans /news.',
  'filter.seeEffect': 'Envoie /digest preview pour voir son effet, ou /filter test <article>.',
  'filter.removeNeedsNumber': 'remove demande le numéro d’une règle, tel que /filter les liste.',
  'filter.seeRules': 'Envoie /filter pour voir les règles.',
  'filter.removed': 'Règle {n} retirée : {kind} {pattern}.',
  'filter.noneLeft': 'Il ne reste aucun filtre : tous les articles sont affichés.',
  'filter.left':
    '{count, plural, =1 {Il reste une règle (les numéros après {n} remontent d’un cran).} one {Il reste # règle (les numéros après {n} remontent d’un cran).} other {Il reste # règles (les numéros après {n} remontent d’un cran).}}',
  'filter.hadNone': 'Ce salon n’avait aucun filtre.',
  'filter.cleared':
    '{count, plural, =1 {L’unique règle de filtre a été retirée : tous les articles sont de nouveau affichés.} one {# règle de filtre retirée : tous les articles sont de nouveau affichés.} other {Les # règles de filtre ont été retirées : tous les articles sont de nouveau affichés.}}',
  'filter.ruleTerm': 'règle {n, number} (« {term} »)',
  'filter.matchesExclude': 'Correspond à exclude : {rules}.',
  'filter.matchesInclude': 'Correspond à include : {rules}.',
  'filter.matchesNoInclude':
    'Ne correspond à aucune des règles include ({rules}) qui s’appliquent à lui.',
  'filter.hadNoneTest': 'Ce salon n’a aucun filtre.',
  'filter.noRuleApplies': 'Aucune règle ne s’applique à lui.',
  'filter.kept': 'Gardé : ',
  'filter.leftOut': 'Écarté : ',
  'filter.articleTitle': '« {title} »',
  'filter.reads': 'Les filtres lisent le titre, les sujets et le début du texte.',
  'filter.usageHint':
    'Par exemple /filter add exclude crypto "contenu sponsorisé", /filter add include /climat|énergie/, /filter remove 2, /filter test 1.',
  'file.noDownloads': 'les fichiers ne peuvent pas être téléchargés ici',
  'file.overLimit': 'il dépasse la limite de {kilobytes, number} Ko',
  'file.notAFile': 'ce n’est pas un fichier',
  'file.tooLarge':
    'il fait {megabytes, number, ::.0} Mo, au-delà de la limite de {kilobytes, number} Ko',
  'file.missing': 'ce fichier n’existe pas',
  'file.denied': 'permission refusée',
  'file.isFolder': 'c’est un dossier',
  'file.cannotOpen': 'il ne peut pas être ouvert',
  'cmd.filter.name': 'filtre',
  'cmd.filter.description':
    'Filtres par mots-clés des récapitulatifs et de /news de ce salon ; les modérateurs les modifient',
  'cmd.filter.action.name': 'action',
  'cmd.filter.action.description': 'list (par défaut), add, remove, clear ou test (modérateurs)',
  'cmd.filter.value.name': 'valeur',
  'cmd.filter.value.description':
    'add : include|exclude [feed:N] mots "expression" ou /regex/ ; remove : N ; test : article',
  'news.allFilteredTopic':
    '{count, plural, =1 {Les filtres de ce salon écartent son unique article sur {topic}. Les modérateurs les voient avec /filter.} other {Les filtres de ce salon écartent ses {count, number} articles sur {topic}. Les modérateurs les voient avec /filter.}}',
  'news.countAtLeast': '({shown, number} sur au moins {total, number})',
  'feedUrl.notUrl': '« {text} » n’est pas une URL',
  'feedUrl.scheme': 'seules les adresses http et https peuvent être des flux, pas {scheme}',
  'feedUrl.noHost': 'l’URL n’indique aucun hôte',
  'feedUrl.credentials':
    'le nom d’utilisateur ou le mot de passe de l’URL contient un % qui n’est pas suivi de deux chiffres hexadécimaux',
  ...pictures.fr,
};
