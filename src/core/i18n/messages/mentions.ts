/**
 * Messages of the opt-in digest role ping (/digest ping, Discord only), in every language but
 * English (en.ts): kept apart so that each language's file stays within the line limit.
 */
export const mentions = {
  de: {
    'digest.ping': 'Rollen-Ping: ',
    'digest.pingOff': 'aus — der Digest pingt niemanden',
    'digest.pingOn': 'jeder Digest pingt {role} und sonst niemanden',
    'digest.badPing': '„{value}“ ist keine Rolle. Erwähne die Rolle oder gib ihre ID an.',
    'digest.namePing': 'Erwähne die Rolle, die der Digest pingen soll, oder gib off an.',
    'digest.pingForm': '<@Rolle|Rollen-ID|off>',
    'digest.pingHint':
      'Nur diese Rolle wird gepingt; der Text der Artikel pingt nie jemanden. off beendet den Ping.',
    'digest.pingDiscordOnly':
      'Rollen-Pings gibt es nur auf Discord; dieser Chat ist auf {platform}.',
  },
  es: {
    'digest.ping': 'Mención de rol: ',
    'digest.pingOff': 'desactivada: el boletín no menciona a nadie',
    'digest.pingOn': 'cada boletín menciona a {role} y a nadie más',
    'digest.badPing': '«{value}» no es un rol. Menciona el rol o indica su ID.',
    'digest.namePing': 'Menciona el rol que el boletín debe mencionar, o indica off.',
    'digest.pingForm': '<@rol|ID del rol|off>',
    'digest.pingHint':
      'Solo se menciona ese rol; el texto de los artículos nunca menciona a nadie. off la desactiva.',
    'digest.pingDiscordOnly':
      'Las menciones de rol solo existen en Discord; este chat está en {platform}.',
  },
  fr: {
    'digest.ping': 'Mention de rôle : ',
    'digest.pingOff': 'désactivée — le récapitulatif ne mentionne personne',
    'digest.pingOn': 'chaque récapitulatif mentionne {role}, et personne d’autre',
    'digest.badPing': '« {value} » n’est pas un rôle. Mentionnez le rôle ou donnez son ID.',
    'digest.namePing': 'Mentionnez le rôle que le récapitulatif doit mentionner, ou indiquez off.',
    'digest.pingForm': '<@rôle|ID du rôle|off>',
    'digest.pingHint':
      'Seul ce rôle est mentionné ; le texte des articles ne mentionne jamais personne. off l’arrête.',
    'digest.pingDiscordOnly':
      'Les mentions de rôle n’existent que sur Discord ; ce chat est sur {platform}.',
  },
  ptBR: {
    'digest.ping': 'Menção de cargo: ',
    'digest.pingOff': 'desativada — o resumo não menciona ninguém',
    'digest.pingOn': 'cada resumo menciona {role} e mais ninguém',
    'digest.badPing': '"{value}" não é um cargo. Mencione o cargo ou informe o ID dele.',
    'digest.namePing': 'Mencione o cargo que o resumo deve mencionar, ou diga off.',
    'digest.pingForm': '<@cargo|ID do cargo|off>',
    'digest.pingHint':
      'Só esse cargo é mencionado; o texto das matérias nunca menciona ninguém. off desativa.',
    'digest.pingDiscordOnly':
      'Menções de cargo só existem no Discord; este chat está no {platform}.',
  },
  ru: {
    'digest.ping': 'Упоминание роли: ',
    'digest.pingOff': 'выключено — дайджест никого не упоминает',
    'digest.pingOn': 'каждый дайджест упоминает {role} и больше никого',
    'digest.badPing': '«{value}» — это не роль. Упомяните роль или укажите её ID.',
    'digest.namePing': 'Упомяните роль, которую будет упоминать дайджест, или укажите off.',
    'digest.pingForm': '<@роль|ID роли|off>',
    'digest.pingHint':
      'Упоминается только эта роль; текст статей никогда никого не упоминает. off отключает.',
    'digest.pingDiscordOnly': 'Упоминания ролей есть только в Discord; этот чат — в {platform}.',
  },
  uk: {
    'digest.ping': 'Згадка ролі: ',
    'digest.pingOff': 'вимкнено — дайджест нікого не згадує',
    'digest.pingOn': 'кожен дайджест згадує {role} і більше нікого',
    'digest.badPing': '«{value}» — це не роль. Згадайте роль або вкажіть її ID.',
    'digest.namePing': 'Згадайте роль, яку згадуватиме дайджест, або вкажіть off.',
    'digest.pingForm': '<@роль|ID ролі|off>',
    'digest.pingHint':
      'Згадується лише ця роль; текст статей ніколи нікого не згадує. off вимикає.',
    'digest.pingDiscordOnly': 'Згадки ролей є лише в Discord; цей чат — у {platform}.',
  },
} as const;
