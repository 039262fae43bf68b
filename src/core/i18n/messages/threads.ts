/**
 * Messages of digest targets on Discord (/digest target: a thread or a forum), in every language
 * (English too): kept apart so that each language's file stays within the line limit.
 */
export const threads = {
  en: {
    'digest.target': 'Goes to: ',
    'threads.toChannel': 'this channel',
    'threads.toThread': 'the thread {place}',
    'threads.toForum': 'a new post in the forum {place} each time',
    'threads.toForumTag': 'a new post in the forum {place} each time, tagged “{tag}”',
    'threads.toThisForum': 'a new post in this forum each time',
    'threads.problem': 'The last digest could not go there: {problem}',
    'threads.problemDeleted': 'it no longer exists.',
    'threads.problemLocked':
      'the thread is archived and locked, and the bot may not reopen it (that needs Manage Threads).',
    'threads.problemForbidden': 'the bot may not post there (check its permissions).',
    'threads.problemTagRequired': 'the forum requires a tag and has none the bot can set.',
    'threads.postedHere':
      'Digests are posted in this channel until a moderator chooses another place with /digest target.',
    'threads.retrying':
      'It is tried again while the slot is open; fix it, or choose another place with /digest target.',
    'threads.fallbackNotice':
      'This digest was meant for {place}, but {problem} It is posted here instead; a moderator can choose another place with /digest target.',
    'threads.postTitle': 'Digest — {date}',
    'threads.targetForm': '<here|channel|#thread|#forum [tag]>',
    'threads.targetHint':
      'here: the thread you are in (or this channel); channel: the channel itself; a thread: every digest goes into it; a forum: each digest is a new post, with the tag you name or one the forum requires.',
    'threads.nameTarget': 'Say where digests go: here, channel, a thread or a forum.',
    'threads.badTarget': '"{value}" is not a thread or a forum. Mention it (#name) or give its id.',
    'threads.unknownPlace': 'The bot cannot see {place} in this server.',
    'threads.notThreadOrForum':
      '{place} is neither a thread nor a forum: a digest goes to its own channel, to a thread or to a forum.',
    'threads.tagOnlyForum': 'Only forum posts have tags, and {place} is a thread.',
    'threads.unknownTag': 'The forum {place} has no tag “{tag}”. Its tags: {tags}.',
    'threads.noTags': 'none',
    'threads.noTagAvailable':
      'The forum {place} requires a tag on every post and has none the bot can set. Add a tag to the forum, or name a moderated one, then try again.',
    'threads.noteLocked':
      'This thread is archived and locked: digests reach it only if the bot may reopen it (Manage Threads).',
    'threads.discordOnly':
      'Threads and forums as digest targets exist on Discord only; this chat is on {platform}.',
    'digest.pingGone':
      '{role} no longer exists, so digests go out without a ping; name another role or say off.',
  },
  de: {
    'digest.target': 'Ziel: ',
    'threads.toChannel': 'dieser Kanal',
    'threads.toThread': 'der Thread {place}',
    'threads.toForum': 'jedes Mal ein neuer Beitrag im Forum {place}',
    'threads.toForumTag': 'jedes Mal ein neuer Beitrag im Forum {place}, mit dem Tag „{tag}“',
    'threads.toThisForum': 'jedes Mal ein neuer Beitrag in diesem Forum',
    'threads.problem': 'Der letzte Digest konnte nicht dorthin: {problem}',
    'threads.problemDeleted': 'es gibt ihn nicht mehr.',
    'threads.problemLocked':
      'der Thread ist archiviert und gesperrt, und der Bot darf ihn nicht wieder öffnen (dafür braucht er „Threads verwalten“).',
    'threads.problemForbidden': 'der Bot darf dort nicht schreiben (prüfe seine Berechtigungen).',
    'threads.problemTagRequired':
      'das Forum verlangt einen Tag und hat keinen, den der Bot setzen kann.',
    'threads.postedHere':
      'Digests erscheinen in diesem Kanal, bis ein Moderator mit /digest target ein anderes Ziel wählt.',
    'threads.retrying':
      'Er wird erneut versucht, solange der Termin offen ist; behebe es oder wähle mit /digest target ein anderes Ziel.',
    'threads.fallbackNotice':
      'Dieser Digest war für {place} bestimmt, aber {problem} Er erscheint stattdessen hier; ein Moderator kann mit /digest target ein anderes Ziel wählen.',
    'threads.postTitle': 'Digest — {date}',
    'threads.targetForm': '<here|channel|#Thread|#Forum [Tag]>',
    'threads.targetHint':
      'here: der Thread, in dem du bist (oder dieser Kanal); channel: der Kanal selbst; ein Thread: jeder Digest geht dorthin; ein Forum: jeder Digest ist ein neuer Beitrag, mit dem genannten Tag oder einem, den das Forum verlangt.',
    'threads.nameTarget':
      'Gib an, wohin der Digest geht: here, channel, ein Thread oder ein Forum.',
    'threads.badTarget':
      '„{value}“ ist weder ein Thread noch ein Forum. Erwähne es (#Name) oder gib seine ID an.',
    'threads.unknownPlace': 'Der Bot sieht {place} auf diesem Server nicht.',
    'threads.notThreadOrForum':
      '{place} ist weder ein Thread noch ein Forum: ein Digest geht in seinen eigenen Kanal, in einen Thread oder in ein Forum.',
    'threads.tagOnlyForum': 'Nur Forenbeiträge haben Tags, und {place} ist ein Thread.',
    'threads.unknownTag': 'Das Forum {place} hat keinen Tag „{tag}“. Seine Tags: {tags}.',
    'threads.noTags': 'keine',
    'threads.noTagAvailable':
      'Das Forum {place} verlangt bei jedem Beitrag einen Tag und hat keinen, den der Bot setzen kann. Lege im Forum einen Tag an oder nenne einen moderierten, dann versuche es erneut.',
    'threads.noteLocked':
      'Dieser Thread ist archiviert und gesperrt: Digests erreichen ihn nur, wenn der Bot ihn wieder öffnen darf („Threads verwalten“).',
    'threads.discordOnly':
      'Threads und Foren als Ziel des Digests gibt es nur auf Discord; dieser Chat ist auf {platform}.',
    'digest.pingGone':
      '{role} gibt es nicht mehr, daher geht der Digest ohne Ping hinaus; nenne eine andere Rolle oder gib off an.',
  },
  es: {
    'digest.target': 'Destino: ',
    'threads.toChannel': 'este canal',
    'threads.toThread': 'el hilo {place}',
    'threads.toForum': 'una publicación nueva en el foro {place} cada vez',
    'threads.toForumTag':
      'una publicación nueva en el foro {place} cada vez, con la etiqueta «{tag}»',
    'threads.toThisForum': 'una publicación nueva en este foro cada vez',
    'threads.problem': 'El último boletín no pudo llegar allí: {problem}',
    'threads.problemDeleted': 'ya no existe.',
    'threads.problemLocked':
      'el hilo está archivado y bloqueado, y el bot no puede reabrirlo (necesita «Gestionar hilos»).',
    'threads.problemForbidden': 'el bot no puede publicar allí (revisa sus permisos).',
    'threads.problemTagRequired':
      'el foro exige una etiqueta y no tiene ninguna que el bot pueda poner.',
    'threads.postedHere':
      'Los boletines se publican en este canal hasta que un moderador elija otro destino con /digest target.',
    'threads.retrying':
      'Se reintenta mientras el turno siga abierto; corrígelo o elige otro destino con /digest target.',
    'threads.fallbackNotice':
      'Este boletín era para {place}, pero {problem} Se publica aquí en su lugar; un moderador puede elegir otro destino con /digest target.',
    'threads.postTitle': 'Boletín — {date}',
    'threads.targetForm': '<here|channel|#hilo|#foro [etiqueta]>',
    'threads.targetHint':
      'here: el hilo en el que estás (o este canal); channel: el propio canal; un hilo: cada boletín va ahí; un foro: cada boletín es una publicación nueva, con la etiqueta que indiques o una que el foro exija.',
    'threads.nameTarget': 'Indica adónde va el boletín: here, channel, un hilo o un foro.',
    'threads.badTarget': '«{value}» no es un hilo ni un foro. Menciónalo (#nombre) o indica su ID.',
    'threads.unknownPlace': 'El bot no ve {place} en este servidor.',
    'threads.notThreadOrForum':
      '{place} no es un hilo ni un foro: un boletín va a su propio canal, a un hilo o a un foro.',
    'threads.tagOnlyForum':
      'Solo las publicaciones de foro tienen etiquetas, y {place} es un hilo.',
    'threads.unknownTag': 'El foro {place} no tiene la etiqueta «{tag}». Sus etiquetas: {tags}.',
    'threads.noTags': 'ninguna',
    'threads.noTagAvailable':
      'El foro {place} exige una etiqueta en cada publicación y no tiene ninguna que el bot pueda poner. Añade una etiqueta al foro, o indica una moderada, y vuelve a intentarlo.',
    'threads.noteLocked':
      'Este hilo está archivado y bloqueado: los boletines solo llegan si el bot puede reabrirlo («Gestionar hilos»).',
    'threads.discordOnly':
      'Los hilos y foros como destino del boletín solo existen en Discord; este chat está en {platform}.',
    'digest.pingGone':
      '{role} ya no existe, así que el boletín sale sin mención; indica otro rol o di off.',
  },
  fr: {
    'digest.target': 'Destination : ',
    'threads.toChannel': 'ce salon',
    'threads.toThread': 'le fil {place}',
    'threads.toForum': 'un nouveau post dans le forum {place} à chaque fois',
    'threads.toForumTag':
      'un nouveau post dans le forum {place} à chaque fois, avec le tag « {tag} »',
    'threads.toThisForum': 'un nouveau post dans ce forum à chaque fois',
    'threads.problem': 'Le dernier récapitulatif n’a pas pu y aller : {problem}',
    'threads.problemDeleted': 'il n’existe plus.',
    'threads.problemLocked':
      'le fil est archivé et verrouillé, et le bot ne peut pas le rouvrir (il lui faut « Gérer les fils »).',
    'threads.problemForbidden': 'le bot ne peut pas y publier (vérifiez ses permissions).',
    'threads.problemTagRequired': 'le forum exige un tag et n’en a aucun que le bot puisse mettre.',
    'threads.postedHere':
      'Les récapitulatifs sont publiés dans ce salon jusqu’à ce qu’un modérateur choisisse une autre destination avec /digest target.',
    'threads.retrying':
      'Il est retenté tant que le créneau est ouvert ; corrigez-le ou choisissez une autre destination avec /digest target.',
    'threads.fallbackNotice':
      'Ce récapitulatif était destiné à {place}, mais {problem} Il est publié ici à la place ; un modérateur peut choisir une autre destination avec /digest target.',
    'threads.postTitle': 'Récapitulatif — {date}',
    'threads.targetForm': '<here|channel|#fil|#forum [tag]>',
    'threads.targetHint':
      'here : le fil où vous êtes (ou ce salon) ; channel : le salon lui-même ; un fil : chaque récapitulatif y va ; un forum : chaque récapitulatif est un nouveau post, avec le tag indiqué ou un tag que le forum exige.',
    'threads.nameTarget': 'Indiquez où va le récapitulatif : here, channel, un fil ou un forum.',
    'threads.badTarget':
      '« {value} » n’est ni un fil ni un forum. Mentionnez-le (#nom) ou donnez son ID.',
    'threads.unknownPlace': 'Le bot ne voit pas {place} sur ce serveur.',
    'threads.notThreadOrForum':
      '{place} n’est ni un fil ni un forum : un récapitulatif va dans son propre salon, dans un fil ou dans un forum.',
    'threads.tagOnlyForum': 'Seuls les posts de forum ont des tags, et {place} est un fil.',
    'threads.unknownTag': 'Le forum {place} n’a pas de tag « {tag} ». Ses tags : {tags}.',
    'threads.noTags': 'aucun',
    'threads.noTagAvailable':
      'Le forum {place} exige un tag sur chaque post et n’en a aucun que le bot puisse mettre. Ajoutez un tag au forum, ou indiquez un tag modéré, puis réessayez.',
    'threads.noteLocked':
      'Ce fil est archivé et verrouillé : les récapitulatifs n’y arrivent que si le bot peut le rouvrir (« Gérer les fils »).',
    'threads.discordOnly':
      'Les fils et forums comme destination du récapitulatif n’existent que sur Discord ; ce chat est sur {platform}.',
    'digest.pingGone':
      '{role} n’existe plus, le récapitulatif part donc sans mention ; indiquez un autre rôle ou off.',
  },
  ptBR: {
    'digest.target': 'Destino: ',
    'threads.toChannel': 'este canal',
    'threads.toThread': 'o tópico {place}',
    'threads.toForum': 'uma nova publicação no fórum {place} a cada vez',
    'threads.toForumTag': 'uma nova publicação no fórum {place} a cada vez, com a tag “{tag}”',
    'threads.toThisForum': 'uma nova publicação neste fórum a cada vez',
    'threads.problem': 'O último resumo não pôde ir para lá: {problem}',
    'threads.problemDeleted': 'ele não existe mais.',
    'threads.problemLocked':
      'o tópico está arquivado e trancado, e o bot não pode reabri-lo (isso exige “Gerenciar tópicos”).',
    'threads.problemForbidden': 'o bot não pode publicar lá (verifique as permissões dele).',
    'threads.problemTagRequired': 'o fórum exige uma tag e não tem nenhuma que o bot possa usar.',
    'threads.postedHere':
      'Os resumos são publicados neste canal até que um moderador escolha outro destino com /digest target.',
    'threads.retrying':
      'Ele é tentado de novo enquanto o horário estiver aberto; corrija ou escolha outro destino com /digest target.',
    'threads.fallbackNotice':
      'Este resumo era para {place}, mas {problem} Ele é publicado aqui no lugar; um moderador pode escolher outro destino com /digest target.',
    'threads.postTitle': 'Resumo — {date}',
    'threads.targetForm': '<here|channel|#tópico|#fórum [tag]>',
    'threads.targetHint':
      'here: o tópico em que você está (ou este canal); channel: o próprio canal; um tópico: todo resumo vai para ele; um fórum: cada resumo é uma nova publicação, com a tag que você indicar ou uma que o fórum exija.',
    'threads.nameTarget': 'Diga para onde vai o resumo: here, channel, um tópico ou um fórum.',
    'threads.badTarget':
      '"{value}" não é um tópico nem um fórum. Mencione-o (#nome) ou informe o ID dele.',
    'threads.unknownPlace': 'O bot não vê {place} neste servidor.',
    'threads.notThreadOrForum':
      '{place} não é um tópico nem um fórum: um resumo vai para o próprio canal, para um tópico ou para um fórum.',
    'threads.tagOnlyForum': 'Só publicações de fórum têm tags, e {place} é um tópico.',
    'threads.unknownTag': 'O fórum {place} não tem a tag “{tag}”. As tags dele: {tags}.',
    'threads.noTags': 'nenhuma',
    'threads.noTagAvailable':
      'O fórum {place} exige uma tag em cada publicação e não tem nenhuma que o bot possa usar. Adicione uma tag ao fórum, ou indique uma moderada, e tente de novo.',
    'threads.noteLocked':
      'Este tópico está arquivado e trancado: os resumos só chegam se o bot puder reabri-lo (“Gerenciar tópicos”).',
    'threads.discordOnly':
      'Tópicos e fóruns como destino do resumo só existem no Discord; este chat está no {platform}.',
    'digest.pingGone':
      '{role} não existe mais, então o resumo sai sem menção; indique outro cargo ou diga off.',
  },
  ru: {
    'digest.target': 'Куда: ',
    'threads.toChannel': 'в этот канал',
    'threads.toThread': 'в ветку {place}',
    'threads.toForum': 'каждый раз новой публикацией в форуме {place}',
    'threads.toForumTag': 'каждый раз новой публикацией в форуме {place} с тегом «{tag}»',
    'threads.toThisForum': 'каждый раз новой публикацией в этом форуме',
    'threads.problem': 'Последний дайджест не удалось отправить туда: {problem}',
    'threads.problemDeleted': 'этого места больше нет.',
    'threads.problemLocked':
      'ветка заархивирована и закрыта, а бот не может открыть её снова (для этого нужно право «Управлять ветками»).',
    'threads.problemForbidden': 'боту нельзя писать туда (проверьте его права).',
    'threads.problemTagRequired': 'форум требует тег, а подходящих для бота тегов в нём нет.',
    'threads.postedHere':
      'Дайджесты публикуются в этом канале, пока модератор не выберет другое место командой /digest target.',
    'threads.retrying':
      'Попытки повторяются, пока время отправки не прошло; исправьте причину или выберите другое место командой /digest target.',
    'threads.fallbackNotice':
      'Этот дайджест предназначался для {place}, но {problem} Поэтому он опубликован здесь; модератор может выбрать другое место командой /digest target.',
    'threads.postTitle': 'Дайджест — {date}',
    'threads.targetForm': '<here|channel|#ветка|#форум [тег]>',
    'threads.targetHint':
      'here — ветка, в которой вы находитесь (или этот канал); channel — сам канал; ветка — каждый дайджест идёт в неё; форум — каждый дайджест становится новой публикацией с указанным тегом или тегом, который требует форум.',
    'threads.nameTarget': 'Укажите, куда идёт дайджест: here, channel, ветка или форум.',
    'threads.badTarget':
      '«{value}» — это не ветка и не форум. Упомяните его (#имя) или укажите ID.',
    'threads.unknownPlace': 'Бот не видит {place} на этом сервере.',
    'threads.notThreadOrForum':
      '{place} — не ветка и не форум: дайджест идёт в свой канал, в ветку или в форум.',
    'threads.tagOnlyForum': 'Теги есть только у публикаций форума, а {place} — ветка.',
    'threads.unknownTag': 'В форуме {place} нет тега «{tag}». Его теги: {tags}.',
    'threads.noTags': 'нет',
    'threads.noTagAvailable':
      'Форум {place} требует тег у каждой публикации, а подходящих для бота тегов в нём нет. Добавьте тег в форум или укажите модерируемый, затем повторите.',
    'threads.noteLocked':
      'Эта ветка заархивирована и закрыта: дайджесты дойдут, только если бот может открыть её снова («Управлять ветками»).',
    'threads.discordOnly':
      'Ветки и форумы как место для дайджеста есть только в Discord; этот чат — в {platform}.',
    'digest.pingGone':
      'Роли {role} больше нет, поэтому дайджест выходит без упоминания; укажите другую роль или off.',
  },
  uk: {
    'digest.target': 'Куди: ',
    'threads.toChannel': 'у цей канал',
    'threads.toThread': 'у гілку {place}',
    'threads.toForum': 'щоразу новою публікацією у форумі {place}',
    'threads.toForumTag': 'щоразу новою публікацією у форумі {place} з тегом «{tag}»',
    'threads.toThisForum': 'щоразу новою публікацією в цьому форумі',
    'threads.problem': 'Останній дайджест не вдалося надіслати туди: {problem}',
    'threads.problemDeleted': 'цього місця більше немає.',
    'threads.problemLocked':
      'гілку заархівовано й закрито, а бот не може відкрити її знову (для цього потрібне право «Керувати гілками»).',
    'threads.problemForbidden': 'боту не можна писати туди (перевірте його права).',
    'threads.problemTagRequired': 'форум вимагає тег, а придатних для бота тегів у ньому немає.',
    'threads.postedHere':
      'Дайджести публікуються в цьому каналі, доки модератор не вибере інше місце командою /digest target.',
    'threads.retrying':
      'Спроби повторюються, доки час надсилання не минув; виправте причину або виберіть інше місце командою /digest target.',
    'threads.fallbackNotice':
      'Цей дайджест призначався для {place}, але {problem} Тому його опубліковано тут; модератор може вибрати інше місце командою /digest target.',
    'threads.postTitle': 'Дайджест — {date}',
    'threads.targetForm': '<here|channel|#гілка|#форум [тег]>',
    'threads.targetHint':
      'here — гілка, у якій ви перебуваєте (або цей канал); channel — сам канал; гілка — кожен дайджест іде в неї; форум — кожен дайджест стає новою публікацією з указаним тегом або тегом, якого вимагає форум.',
    'threads.nameTarget': 'Укажіть, куди йде дайджест: here, channel, гілка або форум.',
    'threads.badTarget':
      '«{value}» — це не гілка і не форум. Згадайте його (#назва) або вкажіть ID.',
    'threads.unknownPlace': 'Бот не бачить {place} на цьому сервері.',
    'threads.notThreadOrForum':
      '{place} — не гілка і не форум: дайджест іде у свій канал, у гілку або у форум.',
    'threads.tagOnlyForum': 'Теги є лише в публікацій форуму, а {place} — гілка.',
    'threads.unknownTag': 'У форумі {place} немає тегу «{tag}». Його теги: {tags}.',
    'threads.noTags': 'немає',
    'threads.noTagAvailable':
      'Форум {place} вимагає тег у кожній публікації, а придатних для бота тегів у ньому немає. Додайте тег у форум або вкажіть модерований, потім повторіть.',
    'threads.noteLocked':
      'Цю гілку заархівовано й закрито: дайджести дійдуть, лише якщо бот може відкрити її знову («Керувати гілками»).',
    'threads.discordOnly':
      'Гілки та форуми як місце для дайджесту є лише в Discord; цей чат — у {platform}.',
    'digest.pingGone':
      'Ролі {role} більше немає, тому дайджест виходить без згадки; укажіть іншу роль або off.',
  },
} as const;
