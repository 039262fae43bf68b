/**
 * What Discord itself would refuse (developer docs: message, embed, component and application
 * command limits). The peer answers such payloads with a 400, as Discord does, and keeps the
 * problem so that a test can fail on it.
 */

type Json = Record<string, any>;

export function messageProblems(body: Json | undefined, where: string): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`${where}: ${what}`);
  if (!body || typeof body !== 'object') return [`${where}: no JSON body`];
  const content = typeof body.content === 'string' ? body.content : '';
  const embeds: Json[] = Array.isArray(body.embeds) ? body.embeds : [];
  const rows: Json[] = Array.isArray(body.components) ? body.components : [];
  if (content.length > 2000) fail(`content is ${content.length} characters (max 2000)`);
  if (embeds.length > 10) fail(`${embeds.length} embeds (max 10)`);
  let total = 0;
  embeds.forEach((embed, i) => {
    const title = String(embed.title ?? '');
    const description = String(embed.description ?? '');
    const footer = String(embed.footer?.text ?? '');
    const fields: Json[] = embed.fields ?? [];
    if (title.length > 256) fail(`embed ${i} title is ${title.length} characters (max 256)`);
    if (description.length > 4096)
      fail(`embed ${i} description is ${description.length} characters (max 4096)`);
    if (footer.length > 2048) fail(`embed ${i} footer is ${footer.length} characters (max 2048)`);
    if (fields.length > 25) fail(`embed ${i} has ${fields.length} fields (max 25)`);
    if (embed.thumbnail !== undefined && !/^https?:\/\/\S+$/.test(String(embed.thumbnail?.url)))
      fail(`embed ${i} thumbnail url "${embed.thumbnail?.url}" is not an http(s) URL`);
    if (embed.url !== undefined && !/^https?:\/\/\S+$/.test(String(embed.url)))
      fail(`embed ${i} url "${embed.url}" is not a valid URL`);
    total +=
      title.length +
      description.length +
      footer.length +
      fields.reduce((n, f) => n + String(f.name).length + String(f.value).length, 0);
  });
  if (total > 6000) fail(`embeds hold ${total} characters (max 6000)`);
  if (rows.length > 5) fail(`${rows.length} action rows (max 5)`);
  for (const row of rows) {
    const buttons: Json[] = row.components ?? [];
    if (buttons.length > 5) fail(`an action row has ${buttons.length} buttons (max 5)`);
    for (const button of buttons) {
      if (String(button.custom_id ?? '').length > 100)
        fail(`custom_id over 100: ${button.custom_id}`);
      if (String(button.label ?? '').length > 80) fail(`label over 80: ${button.label}`);
    }
  }
  if (content.trim() === '' && embeds.length === 0 && rows.length === 0)
    fail('empty message (no content, embeds or components)');
  if (body.nonce !== undefined && String(body.nonce).length > 25) fail('nonce over 25 characters');
  return problems;
}

/**
 * Whether a message body makes sure nobody is pinged, but for at most one role that a test declared
 * pingable (a digest's opt-in role ping), whose mention the content then carries.
 */
export function mentionsProblems(
  body: Json | undefined,
  where: string,
  pingable: ReadonlySet<string> = new Set(),
): string[] {
  const parse = body?.allowed_mentions?.parse;
  const roles: unknown[] = body?.allowed_mentions?.roles ?? [];
  const ok =
    Array.isArray(parse) &&
    parse.length === 0 &&
    (body?.allowed_mentions?.users ?? []).length === 0 &&
    roles.length <= 1 &&
    roles.every(
      (role) =>
        typeof role === 'string' &&
        pingable.has(role) &&
        String(body?.content ?? '').includes(`<@&${role}>`),
    );
  return ok ? [] : [`${where}: allowed_mentions is ${JSON.stringify(body?.allowed_mentions)}`];
}

const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

/** Discord's locale codes (https://discord.com/developers/docs/reference#locales). */
const DISCORD_LOCALES = new Set(
  'id da de en-GB en-US es-ES es-419 fr hr it lt hu nl no pl pt-BR ro fi sv-SE vi tr cs el bg ru uk hi th zh-CN ja zh-TW ko'.split(
    ' ',
  ),
);

/** Localised names and descriptions: known locales, names within the name rules, 1-100 characters. */
function localizationProblems(item: Json, where: string): string[] {
  const problems: string[] = [];
  for (const [locale, name] of Object.entries<unknown>(item.name_localizations ?? {})) {
    if (!DISCORD_LOCALES.has(locale)) problems.push(`${where}: unknown locale ${locale}`);
    if (!NAME.test(String(name)) || String(name) !== String(name).toLocaleLowerCase(locale))
      problems.push(`${where}: invalid ${locale} name "${String(name)}"`);
  }
  for (const [locale, text] of Object.entries<unknown>(item.description_localizations ?? {})) {
    if (!DISCORD_LOCALES.has(locale)) problems.push(`${where}: unknown locale ${locale}`);
    const length = String(text).length;
    if (length < 1 || length > 100)
      problems.push(`${where}: ${locale} description is ${length} characters (1 to 100)`);
  }
  return problems;
}

export function commandProblems(commands: Json[]): string[] {
  const problems: string[] = [];
  if (!Array.isArray(commands)) return ['commands: not an array'];
  if (commands.length > 100) problems.push(`${commands.length} commands (max 100)`);
  for (const command of commands) {
    const at = `/${command.name}`;
    if (!NAME.test(String(command.name))) problems.push(`${at}: invalid name`);
    problems.push(...localizationProblems(command, at));
    const description = String(command.description ?? '');
    if (description.length < 1 || description.length > 100)
      problems.push(`${at}: description is ${description.length} characters (1 to 100)`);
    const options: Json[] = command.options ?? [];
    if (options.length > 25) problems.push(`${at}: ${options.length} options (max 25)`);
    let optionalSeen = false;
    for (const option of options) {
      const where = `${at} ${option.name}`;
      if (!NAME.test(String(option.name))) problems.push(`${where}: invalid name`);
      problems.push(...localizationProblems(option, where));
      const text = String(option.description ?? '');
      if (text.length < 1 || text.length > 100)
        problems.push(`${where}: description is ${text.length} characters (1 to 100)`);
      if (option.required && optionalSeen) problems.push(`${where}: required after optional`);
      if (!option.required) optionalSeen = true;
      if (option.autocomplete && option.choices)
        problems.push(`${where}: autocomplete with choices`);
      if ((option.choices ?? []).length > 25) problems.push(`${where}: over 25 choices`);
    }
  }
  return problems;
}
