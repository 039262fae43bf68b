const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Offsets (minutes east of UTC) of the zone names feeds use; RFC 822 military letters too. */
const ZONES: Record<string, number> = {
  gmt: 0,
  ut: 0,
  utc: 0,
  z: 0,
  wet: 0,
  bst: 60,
  ist: 330,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  acst: 570,
  awst: 480,
  nzst: 720,
  nzdt: 780,
  a: -60,
  m: -720,
  n: 60,
  y: 720,
};

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const RFC822 =
  /^(?:[a-z]+\.?,?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{2,4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?)?\s*(.*)$/i;
const MONTH_FIRST =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?)?\s*(.*)$/i;

/**
 * A feed date in any common form: RFC 822 and its variants (with or without weekday, seconds,
 * four-digit year; numeric, named or missing zone), ISO 8601 / RFC 3339 (with or without zone,
 * basic or extended), and "Month day, year". A missing zone means UTC. Unreadable: undefined.
 */
export function parseFeedDate(raw: string | undefined): Date | undefined {
  const text = raw?.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  const date = fromIso(text) ?? fromRfc822(text) ?? fromMonthFirst(text);
  if (!date || Number.isNaN(date.getTime())) return undefined;
  const year = date.getUTCFullYear();
  return year >= 1990 && year <= 2200 ? date : undefined;
}

function fromIso(text: string): Date | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', zone] = m;
  const ms = Math.round(Number(`0.${fraction}`) * 1000);
  return build(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms, zone);
}

function fromRfc822(text: string): Date | undefined {
  const m = RFC822.exec(text);
  if (!m) return undefined;
  const [, d, monthName, y, h = '0', mi = '0', s = '0', meridiem, zone] = m;
  return fromParts(Number(d), monthName, y, h, mi, s, meridiem, zone);
}

function fromMonthFirst(text: string): Date | undefined {
  const m = MONTH_FIRST.exec(text);
  if (!m) return undefined;
  const [, monthName, d, y, h = '0', mi = '0', s = '0', meridiem, zone] = m;
  return fromParts(Number(d), monthName, y, h, mi, s, meridiem, zone);
}

function fromParts(
  day: number,
  monthName: string | undefined,
  yearText: string | undefined,
  h: string,
  mi: string,
  s: string,
  meridiem: string | undefined,
  zone: string | undefined,
): Date | undefined {
  const month = MONTHS.indexOf((monthName ?? '').slice(0, 3).toLowerCase());
  if (month === -1 || !yearText) return undefined;
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 70 ? 2000 : 1900;
  let hour = Number(h);
  if (meridiem) hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  return build(year, month, day, hour, Number(mi), Number(s), 0, zone);
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  zone: string | undefined,
): Date | undefined {
  const offset = zoneOffset(zone);
  if (offset === undefined) return undefined;
  if (month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60)
    return undefined;
  const utc = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), ms);
  return new Date(utc - offset * 60_000);
}

/** Minutes east of UTC; an empty or unknown zone name counts as UTC, a malformed one fails. */
function zoneOffset(zone: string | undefined): number | undefined {
  const text = (zone ?? '').trim().replace(/^\((.*)\)$/, '$1');
  if (text === '') return 0;
  const numeric = /^(?:gmt|utc|ut)?\s*([+-])(\d{1,2}):?(\d{2})?$/i.exec(text);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const name = /^[a-z]{1,5}\b/i.exec(text)?.[0].toLowerCase();
  if (name === undefined) return undefined;
  return ZONES[name] ?? 0;
}
