/**
 * Messages of OPML import and export (/feeds import, /feeds export),
 * in every language but English (en.ts): kept apart so that each language's file stays within the
 * line limit.
 */
export const opml = {
  de: {
    'import.noPathHere': 'Gib hier keinen Pfad an: Hänge die OPML-Datei an den Befehl an.',
    'import.namePath': 'Nenne die OPML-Datei, die importiert werden soll: /feeds import <pfad>.',
    'import.attach':
      'Hänge an /feeds import eine OPML-Datei an (eine Feedliste, exportiert aus einem Feedreader oder einem anderen Bot).',
    'import.tooLarge':
      'Nichts importiert: {name} ist {megabytes, number, ::.0} MB groß; eine OPML-Datei darf höchstens 1 MB groß sein.',
    'import.unreadable': 'Nichts importiert: {name} konnte nicht gelesen werden: {reason}.',
    'import.refused': 'Nichts aus {name} importiert: {reason}.',
    'import.noFeeds': 'Nichts importiert: {name} enthält keine Feeds (Outlines mit xmlUrl).',
    'import.lineAdded': 'hinzugefügt: ',
    'import.lineThere': 'schon vorhanden: ',
    'import.lineRefused': 'abgelehnt: ',
    'import.more': '… und {count, number} weitere: ',
    'import.moreCounts':
      '{kept, number} hinzugefügt oder schon vorhanden, {refused, number} abgelehnt',
    'import.moreCountsWhy':
      '{kept, number} hinzugefügt oder schon vorhanden, {refused, number} abgelehnt ({reason})',
    'import.summary':
      '{name} importiert: {added, number} hinzugefügt, {there, number} schon vorhanden, {refused, number} abgelehnt.',
    'opml.tooLarge':
      'die Datei ist {megabytes, number, ::.0} MB groß; eine OPML-Datei darf höchstens 1 MB groß sein',
    'opml.notOpml': 'sie ist keine OPML-Datei (XML mit dem Wurzelelement <opml>)',
    'opml.tooDeep':
      'ihre Outlines sind {depth, number} Ebenen tief verschachtelt; gelesen werden höchstens {limit, number} Ebenen',
    'opml.tooManyOutlines':
      'sie hat {count, number} Outlines; gelesen werden höchstens {limit, number}',
    'opml.malformed': 'sie ist keine wohlgeformte OPML-Datei',
    'opml.malformedCause': 'sie ist keine wohlgeformte OPML-Datei ({cause})',
    'opml.tooManyFeeds':
      'sie enthält {count, number} Feeds; ein Import übernimmt höchstens {limit, number} (und ein Kanal höchstens so viele, wie sein Limit erlaubt)',
  },
  es: {
    'import.noPathHere': 'No indiques ninguna ruta aquí: adjunta el archivo OPML al comando.',
    'import.namePath': 'Indica el archivo OPML que quieres importar: /feeds import <ruta>.',
    'import.attach':
      'Adjunta a /feeds import un archivo OPML (una lista de feeds exportada desde un lector de feeds u otro bot).',
    'import.tooLarge':
      'No se importó nada: {name} ocupa {megabytes, number, ::.0} MB; un archivo OPML puede ocupar como mucho 1 MB.',
    'import.unreadable': 'No se importó nada: no se pudo leer {name}: {reason}.',
    'import.refused': 'No se importó nada de {name}: {reason}.',
    'import.noFeeds':
      'No se importó nada: {name} no contiene feeds (elementos outline con xmlUrl).',
    'import.lineAdded': 'añadido: ',
    'import.lineThere': 'ya estaba: ',
    'import.lineRefused': 'rechazado: ',
    'import.more': '…y {count, number} más: ',
    'import.moreCounts': '{kept, number} añadidos o ya presentes, {refused, number} rechazados',
    'import.moreCountsWhy':
      '{kept, number} añadidos o ya presentes, {refused, number} rechazados ({reason})',
    'import.summary':
      'Importado {name}: {added, number} añadidos, {there, number} ya estaban, {refused, number} rechazados.',
    'opml.tooLarge':
      'el archivo ocupa {megabytes, number, ::.0} MB; un archivo OPML puede ocupar como mucho 1 MB',
    'opml.notOpml': 'no es un archivo OPML (XML cuyo elemento raíz es <opml>)',
    'opml.tooDeep':
      'sus elementos outline están anidados a {depth, number} niveles; se leen como mucho {limit, number}',
    'opml.tooManyOutlines':
      'tiene {count, number} elementos outline; se leen como mucho {limit, number}',
    'opml.malformed': 'no es un archivo OPML bien formado',
    'opml.malformedCause': 'no es un archivo OPML bien formado ({cause})',
    'opml.tooManyFeeds':
      'contiene {count, number} feeds; una importación admite como mucho {limit, number} (y un canal, como mucho su límite de feeds)',
  },
  fr: {
    'import.noPathHere': 'N’indique pas de chemin ici : joins le fichier OPML à la commande.',
    'import.namePath': 'Indique le fichier OPML à importer : /feeds import <chemin>.',
    'import.attach':
      'Joins à /feeds import un fichier OPML (une liste de flux exportée d’un lecteur de flux ou d’un autre bot).',
    'import.tooLarge':
      'Rien n’a été importé : {name} fait {megabytes, number, ::.0} Mo ; un fichier OPML ne peut dépasser 1 Mo.',
    'import.unreadable': 'Rien n’a été importé : impossible de lire {name} : {reason}.',
    'import.refused': 'Rien n’a été importé de {name} : {reason}.',
    'import.noFeeds':
      'Rien n’a été importé : {name} ne contient aucun flux (éléments outline avec xmlUrl).',
    'import.lineAdded': 'ajouté : ',
    'import.lineThere': 'déjà présent : ',
    'import.lineRefused': 'refusé : ',
    'import.more': '… et {count, number} de plus : ',
    'import.moreCounts': '{kept, number} ajoutés ou déjà présents, {refused, number} refusés',
    'import.moreCountsWhy':
      '{kept, number} ajoutés ou déjà présents, {refused, number} refusés ({reason})',
    'import.summary':
      '{name} importé : {added, number} ajoutés, {there, number} déjà présents, {refused, number} refusés.',
    'opml.tooLarge':
      'le fichier fait {megabytes, number, ::.0} Mo ; un fichier OPML ne peut dépasser 1 Mo',
    'opml.notOpml': 'ce n’est pas un fichier OPML (du XML dont l’élément racine est <opml>)',
    'opml.tooDeep':
      'ses éléments outline sont imbriqués sur {depth, number} niveaux ; au plus {limit, number} niveaux sont lus',
    'opml.tooManyOutlines':
      'il a {count, number} éléments outline ; au plus {limit, number} sont lus',
    'opml.malformed': 'ce n’est pas un fichier OPML bien formé',
    'opml.malformedCause': 'ce n’est pas un fichier OPML bien formé ({cause})',
    'opml.tooManyFeeds':
      'il contient {count, number} flux ; un import en prend au plus {limit, number} (et un salon au plus sa limite de flux)',
  },
  ptBR: {
    'import.noPathHere': 'Não informe um caminho aqui: anexe o arquivo OPML ao comando.',
    'import.namePath': 'Informe o arquivo OPML a importar: /feeds import <caminho>.',
    'import.attach':
      'Anexe ao /feeds import um arquivo OPML (uma lista de feeds exportada de um leitor de feeds ou de outro bot).',
    'import.tooLarge':
      'Nada foi importado: {name} tem {megabytes, number, ::.0} MB; um arquivo OPML pode ter no máximo 1 MB.',
    'import.unreadable': 'Nada foi importado: não foi possível ler {name}: {reason}.',
    'import.refused': 'Nada foi importado de {name}: {reason}.',
    'import.noFeeds':
      'Nada foi importado: {name} não lista nenhum feed (elementos outline com xmlUrl).',
    'import.lineAdded': 'adicionado: ',
    'import.lineThere': 'já estava: ',
    'import.lineRefused': 'recusado: ',
    'import.more': '…e mais {count, number}: ',
    'import.moreCounts': '{kept, number} adicionados ou já presentes, {refused, number} recusados',
    'import.moreCountsWhy':
      '{kept, number} adicionados ou já presentes, {refused, number} recusados ({reason})',
    'import.summary':
      '{name} importado: {added, number} adicionados, {there, number} já estavam, {refused, number} recusados.',
    'opml.tooLarge':
      'o arquivo tem {megabytes, number, ::.0} MB; um arquivo OPML pode ter no máximo 1 MB',
    'opml.notOpml': 'não é um arquivo OPML (XML cujo elemento raiz é <opml>)',
    'opml.tooDeep':
      'os elementos outline estão aninhados em {depth, number} níveis; são lidos no máximo {limit, number}',
    'opml.tooManyOutlines':
      'ele tem {count, number} elementos outline; são lidos no máximo {limit, number}',
    'opml.malformed': 'não é um arquivo OPML bem formado',
    'opml.malformedCause': 'não é um arquivo OPML bem formado ({cause})',
    'opml.tooManyFeeds':
      'ele lista {count, number} feeds; uma importação aceita no máximo {limit, number} (e um canal, no máximo o seu limite de feeds)',
  },
  ru: {
    'import.noPathHere': 'Здесь не нужно указывать путь: приложите OPML-файл к команде.',
    'import.namePath': 'Укажите OPML-файл для импорта: /feeds import <путь>.',
    'import.attach':
      'Приложите к /feeds import OPML-файл (список лент, экспортированный из RSS-ридера или другого бота).',
    'import.tooLarge':
      'Ничего не импортировано: размер {name} — {megabytes, number, ::.0} МБ, а OPML-файл может занимать не больше 1 МБ.',
    'import.unreadable': 'Ничего не импортировано: не удалось прочитать {name}: {reason}.',
    'import.refused': 'Из {name} ничего не импортировано: {reason}.',
    'import.noFeeds': 'Ничего не импортировано: в {name} нет лент (элементов outline с xmlUrl).',
    'import.lineAdded': 'добавлена: ',
    'import.lineThere': 'уже была: ',
    'import.lineRefused': 'отклонена: ',
    'import.more': '…и ещё {count, number}: ',
    'import.moreCounts': 'добавлено или уже было: {kept, number}, отклонено: {refused, number}',
    'import.moreCountsWhy':
      'добавлено или уже было: {kept, number}, отклонено: {refused, number} ({reason})',
    'import.summary':
      'Импорт {name}: добавлено — {added, number}, уже были — {there, number}, отклонено — {refused, number}.',
    'opml.tooLarge':
      'размер файла — {megabytes, number, ::.0} МБ, а OPML-файл может занимать не больше 1 МБ',
    'opml.notOpml': 'это не OPML-файл (XML с корневым элементом <opml>)',
    'opml.tooDeep':
      'элементы outline вложены на глубину {depth, number}; читается глубина не больше {limit, number}',
    'opml.tooManyOutlines':
      'в нём элементов outline: {count, number}; читается не больше {limit, number}',
    'opml.malformed': 'это не корректный OPML-файл',
    'opml.malformedCause': 'это не корректный OPML-файл ({cause})',
    'opml.tooManyFeeds':
      'в нём лент: {count, number}; за один импорт принимается не больше {limit, number} (и не больше, чем позволяет лимит лент канала)',
  },
  uk: {
    'import.noPathHere': 'Тут не потрібно вказувати шлях: додайте OPML-файл до команди.',
    'import.namePath': 'Вкажіть OPML-файл для імпорту: /feeds import <шлях>.',
    'import.attach':
      'Додайте до /feeds import OPML-файл (список стрічок, експортований з RSS-читача чи іншого бота).',
    'import.tooLarge':
      'Нічого не імпортовано: розмір {name} — {megabytes, number, ::.0} МБ, а OPML-файл може займати не більше 1 МБ.',
    'import.unreadable': 'Нічого не імпортовано: не вдалося прочитати {name}: {reason}.',
    'import.refused': 'З {name} нічого не імпортовано: {reason}.',
    'import.noFeeds': 'Нічого не імпортовано: у {name} немає стрічок (елементів outline з xmlUrl).',
    'import.lineAdded': 'додано: ',
    'import.lineThere': 'уже була: ',
    'import.lineRefused': 'відхилено: ',
    'import.more': '…і ще {count, number}: ',
    'import.moreCounts': 'додано або вже було: {kept, number}, відхилено: {refused, number}',
    'import.moreCountsWhy':
      'додано або вже було: {kept, number}, відхилено: {refused, number} ({reason})',
    'import.summary':
      'Імпорт {name}: додано — {added, number}, уже були — {there, number}, відхилено — {refused, number}.',
    'opml.tooLarge':
      'розмір файлу — {megabytes, number, ::.0} МБ, а OPML-файл може займати не більше 1 МБ',
    'opml.notOpml': 'це не OPML-файл (XML з кореневим елементом <opml>)',
    'opml.tooDeep':
      'елементи outline вкладено на глибину {depth, number}; читається глибина не більше {limit, number}',
    'opml.tooManyOutlines':
      'у ньому елементів outline: {count, number}; читається не більше {limit, number}',
    'opml.malformed': 'це некоректний OPML-файл',
    'opml.malformedCause': 'це некоректний OPML-файл ({cause})',
    'opml.tooManyFeeds':
      'у ньому стрічок: {count, number}; за один імпорт приймається не більше {limit, number} (і не більше, ніж дозволяє ліміт стрічок каналу)',
  },
};
