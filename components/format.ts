// Formatting shared by the dashboard components. Intl formatters are cached: building one is far slower than using it.
import type { Incident } from '../lib/types';

/** Zone of the events of a country whose local time is known to the product. */
const COUNTRY_ZONES: Record<string, string> = {
  PE: 'America/Lima',
  BO: 'America/La_Paz',
  CO: 'America/Bogota',
  EC: 'America/Guayaquil',
  VE: 'America/Caracas',
  PY: 'America/Asuncion',
  UY: 'America/Montevideo',
  // Countries with several zones: the capital's.
  CL: 'America/Santiago',
  AR: 'America/Argentina/Buenos_Aires',
  BR: 'America/Sao_Paulo',
  MX: 'America/Mexico_City',
};

/**
 * The zone to show an incident's times in: the event's zone where known, else the browser's.
 * Before hydration the browser's zone is unknown, so the server renders those times in UTC (and says so).
 */
export function incidentTimeZone(incident: Pick<Incident, 'country'>, hydrated: boolean): string | undefined {
  const zone = incident.country ? COUNTRY_ZONES[incident.country] : undefined;
  if (zone) return zone;
  return hydrated ? undefined : 'UTC';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** One Intl.DateTimeFormat per locale and options, made on first use. */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

export function formatDateTime(iso: string, locale: string, timeZone: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(date);
}

/**
 * A moment to the second, with its date, in a named zone and saying which (operators' pages: polls, alerts). The
 * zone is the server's configured one (VIGIA_TZ), not the browser's: the server renders the page first, and a
 * browser in another zone would render other text (a hydration error).
 */
export function formatInstant(iso: string | null, locale: string, timeZone: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: '2-digit', hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone, timeZoneName: 'short' };
  return dateFormat(locale, options).format(date);
}

/** Wall-clock time in the browser's zone, for "latest change" hints. */
export function formatClock(epochMs: number, locale: string): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit', second: '2-digit' }).format(new Date(epochMs));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(n);
}

const regionNames = new Map<string, Intl.DisplayNames | null>();

export function countryName(code: string, locale: string): string {
  if (!regionNames.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return regionNames.get(locale)?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "place, admin1, country", without empty parts and without repeating a name (Lima, Lima). */
export function placeLabel(incident: Pick<Incident, 'place' | 'admin1' | 'country'>, locale: string): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  const country = incident.country ? countryName(incident.country, locale) : null;
  for (const part of [incident.place, incident.admin1, country]) {
    const text = part?.trim();
    if (!text) continue;
    const key = text.toLocaleLowerCase(locale);
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(text);
  }
  return parts.join(', ');
}

/** The link itself when it is an absolute http(s) URL, else null (javascript:, data:, relative...). */
export function safeHttpUrl(link: string | null | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A timeline bucket's label: "14:00" for an hour, "9 ene" for a day, in the given zone. */
export function formatBucket(iso: string, step: 'hour' | 'day', locale: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions =
    step === 'hour' ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone } : { day: 'numeric', month: 'short', timeZone };
  return dateFormat(locale, options).format(new Date(iso));
}

const signedFormats = new Map<string, Intl.NumberFormat>();

/** "+3", "−2", "0" in the locale's digits. */
export function formatSigned(n: number, locale: string): string {
  let format = signedFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
    signedFormats.set(locale, format);
  }
  return format.format(n);
}

/** One entry of an incident's `tollHistory` (written by the store each time a headline figure changes). */
export interface TollEntry {
  at: string;
  killed: number | null;
  injured: number | null;
  detained: number | null;
  outlets: number;
}

const TOLL_KEYS = ['killed', 'injured', 'detained'] as const;

/** The incident's toll history when the store provides one; older incidents have none. */
export function tollHistoryOf(incident: object): TollEntry[] {
  const history = (incident as { tollHistory?: unknown }).tollHistory;
  return Array.isArray(history) ? (history as TollEntry[]) : [];
}

/** "17 → 18 muertos · 3 medios" for each change of a headline figure, oldest first. */
export function tollRevisions(
  history: readonly TollEntry[],
  t: { locale: string; counts: Record<(typeof TOLL_KEYS)[number], string>; list: { outlets: (n: number) => string } },
): { at: string; text: string }[] {
  const out: { at: string; text: string }[] = [];
  for (let k = 1; k < history.length; k++) {
    const before = history[k - 1]!;
    const after = history[k]!;
    const parts = TOLL_KEYS.filter((key) => after[key] !== before[key] && after[key] !== null).map((key) => {
      const label = t.counts[key].toLocaleLowerCase(t.locale);
      const to = formatNumber(after[key]!, t.locale);
      return before[key] === null ? `${to} ${label}` : `${formatNumber(before[key]!, t.locale)} → ${to} ${label}`;
    });
    if (parts.length > 0) out.push({ at: after.at, text: `${parts.join(', ')} · ${t.list.outlets(after.outlets)}` });
  }
  return out;
}
