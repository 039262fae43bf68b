/**
 * Messages of article pictures (/digest images) and of the /feeds file option, in every language
 * but English (en.ts): kept apart so that each language's file stays within the line limit.
 */
export const pictures = {
  de: {
    'digest.images': 'Bilder: ',
    'digest.imagesOn': 'werden im Digest und bei /news neben den Meldungen gezeigt',
    'digest.imagesOff': 'aus — Digest und /news zeigen keine Bilder',
    'digest.badImages': '„{value}“ ist weder on noch off.',
    'digest.nameImages': 'Gib on oder off an.',
    'digest.imagesForm': '<on|off>',
    'digest.imagesHint':
      'on zeigt die Bilder der Artikel im Digest und bei /news; off lässt sie weg.',
    'cmd.feeds.file.name': 'datei',
    'cmd.feeds.file.description': 'import: die OPML-Datei, die importiert werden soll',
  },
  es: {
    'digest.images': 'Imágenes: ',
    'digest.imagesOn': 'se muestran junto a las noticias en el boletín y en /news',
    'digest.imagesOff': 'desactivadas: el boletín y /news no muestran imágenes',
    'digest.badImages': '«{value}» no es ni on ni off.',
    'digest.nameImages': 'Indica on u off.',
    'digest.imagesForm': '<on|off>',
    'digest.imagesHint':
      'on muestra las imágenes de los artículos en el boletín y en /news; off las omite.',
    'cmd.feeds.file.name': 'archivo',
    'cmd.feeds.file.description': 'import: el archivo OPML que se importará',
  },
  fr: {
    'digest.images': 'Images : ',
    'digest.imagesOn': 'affichées à côté des articles dans le récapitulatif et dans /news',
    'digest.imagesOff': 'désactivées — le récapitulatif et /news n’affichent aucune image',
    'digest.badImages': '« {value} » n’est ni on ni off.',
    'digest.nameImages': 'Indiquez on ou off.',
    'digest.imagesForm': '<on|off>',
    'digest.imagesHint': 'on affiche les images (récapitulatif et /news) ; off les masque.',
    'cmd.feeds.file.name': 'fichier',
    'cmd.feeds.file.description': 'import : le fichier OPML à importer',
  },
  ptBR: {
    'digest.images': 'Imagens: ',
    'digest.imagesOn': 'exibidas ao lado das notícias no boletim e em /news',
    'digest.imagesOff': 'desativadas — o boletim e /news não exibem imagens',
    'digest.badImages': '"{value}" não é on nem off.',
    'digest.nameImages': 'Diga on ou off.',
    'digest.imagesForm': '<on|off>',
    'digest.imagesHint': 'on exibe as imagens dos artigos no boletim e em /news; off as omite.',
    'cmd.feeds.file.name': 'arquivo',
    'cmd.feeds.file.description': 'import: o arquivo OPML a importar',
  },
  ru: {
    'digest.images': 'Изображения: ',
    'digest.imagesOn': 'показываются рядом с новостями в дайджесте и в /news',
    'digest.imagesOff': 'выключены — дайджест и /news не показывают изображений',
    'digest.badImages': '«{value}» — это ни on, ни off.',
    'digest.nameImages': 'Укажите on или off.',
    'digest.imagesForm': '<on|off>',
    'digest.imagesHint': 'on показывает изображения статей в дайджесте и в /news; off их скрывает.',
    'cmd.feeds.file.name': 'файл',
    'cmd.feeds.file.description': 'import: OPML-файл для импорта',
  },
  uk: {
    'digest.images': 'Зображення: ',
    'digest.imagesOn': 'показуються поруч із новинами в дайджесті та в /news',
    'digest.imagesOff': 'вимкнено — дайджест і /news не показують зображень',
    'digest.badImages': '«{value}» — це ні on, ні off.',
    'digest.nameImages': 'Вкажіть on або off.',
    'digest.imagesForm': '<on|off>',
    'digest.imagesHint': 'on показує зображення статей у дайджесті та в /news; off їх приховує.',
    'cmd.feeds.file.name': 'файл',
    'cmd.feeds.file.description': 'import: OPML-файл для імпорту',
  },
} as const;
