// item -> ExtractedEvent | null. Pure: the gazetteer data is loaded once, nothing else is read or written.
import { countryInfo, fold, placeTimeZone } from '../gazetteer';
import type { ExtractedEvent } from '../types';
import { actorCountry, findActors } from './actors';
import { classify, mayReport, prepared, tallyTitle } from './classify';
import { gated, textKeys } from './gate';
import { eventDay } from './date';
import { geocode, NO_LOCATION, type Location } from './geocode';
import { CASUALTIES, CIVILIAN_SHOOTERS, CUMULATIVE, SECURITY_DEATH } from './lexicon';
import { extractCounts } from './numbers';

export { classify, prepare } from './classify';
export { eventDay } from './date';
export { localDay } from '../time';
export { geocode } from './geocode';
export { extractCounts, parseNumber } from './numbers';
export { findActors } from './actors';

export interface NormalizeInput {
  title: string;
  summary?: string;
  lang?: string;
  published?: string | null;
  feed?: string;
  sourceCountry?: string | null;
}

export interface NormalizeOptions {
  /** Reference time when the item has no readable publication time. */
  now?: Date;
}

const DEFAULT_TIME_ZONE = 'America/Lima';
const MASS_ARREST = 20;
const MASS_ARREST_RAID = /\b((?:encampments?|camps?|sit-ins?|occupations?) (?:\w+ )?(?:cleared|dismantled)|desaloj\w*|intervencion|intervien\w*|intervin\w*|allanamiento|allanan|irrump\w*|raid\w*|tanqueta|operativo|evict\w*|\b(?:police|officers|troops|soldiers) (?:\w+ ){0,3}(?:storm|storms|stormed|raid|raids|raided)\b|stormed|ingres\w+ a (la |el )?(ciudad universitaria|universidad|campus|local|sede))\b/;

/** Round 10: a raid on an occupied campus or camp told by its means: an armoured vehicle breaking in, or the people
 *  inside all taken to a police headquarters (the mass arrest without its figure). */
const RAID_FORCE = /\b(tanquetas?|vehiculos? blindados?|carros? blindados?|armou?red (vehicles?|cars?|trucks?)|(trasladad[oa]s|llevad[oa]s|conducid[oa]s) (a la sede de|a la sede del|a las instalaciones de|a dependencias de|a la dirincri|a la dircote|a la prefectura|a comisarias)|(taken|bused|driven|transferred) to (police|a police|the police) (headquarters|stations?|station))\b/;
const RAID_WORD = /\b(desaloj\w*|intervencion|intervien\w*|intervin\w*|allanamiento|allanan|irrump\w*|raid\w*|storm\w*|evict\w*|ingres\w+ (con (una |un )?\w+ )?a (la |el )?(ciudad universitaria|universidad|campus))\b/;
const CAMPUS = /\b(ciudad universitaria|universidad|campus|university|campamento|camp|encampment|alojad[oa]s|albergad[oa]s|lodged|sheltering)\b/;
const SECURITY_DEATH_RE = new RegExp(SECURITY_DEATH.source);
/** World day: dozens or hundreds detained without a figure. */
const DOZENS_DETAINED = /\b(decenas|centenares|cientos|dozens|hundreds|scores) (de )?(\w+ )?(detenidos|arrestados|detenidas|arrestadas|detenciones|arrestos|arrested|detained|arrests)\b|\b(detuvieron|detienen|detiene|detuvo|arrestaron|arrestan|arrested|detained)( a)? (decenas|centenares|cientos|dozens|hundreds|scores)\b/;
/** World day: live fire, as against rubber bullets and tear gas. */
const LIVE_FIRE = /\b(municion real|municion letal|balas de plomo|fuego real|armas de fuego|arma de fuego|live (ammunition|rounds|fire|bullets)|firearms|a quemarropa|point[- ]blank)\b/;
/** Anyone hurt or killed (CASUALTIES), blinded, maimed or taken to hospital. */
const CASUALTIES_RE = new RegExp(String.raw`\b(blind\w*|cegad\w*|ciegos?|eyes?|ojos?|maim\w*|mutilad\w*|fractur\w*|hospital\w*)\b|${CASUALTIES.source}`);
/** A repression word that is gunfire ("dispara", "fired at", "open fire"). */
const FIRING = /\b(dispar\w*|fire|fires|fired|firing|shot|shots|shoot\w*|balas?|bullets?)\b/;
const NO_FORCE_DEATH = /\b(accidente|atropell\w+|ambulancias?|no pudo llegar|no llego a tiempo|infarto|ahogad[oa]s?|se ahogaron|se ahogan|accident|crash|run over|ran over|ambulances?|heart attack|drown\w*)\b/;
const LESS_LETHAL = /\b(balas de goma|perdigones|rubber bullets|plastic bullets|pellets?)\b/;
const REPRESSION_WORD = /\b(represion|crackdown)\b/;
const PROTESTER_VIOLENCE = /\b(piedras|pedradas|hondas|hondazos|molotov|petardos|palos|enfrentamientos?|se enfrentaron|se enfrentan|choques|quemaron|incendiaron|saquearon|atacaron|stones|rocks|fireworks|clash\w*|hurl\w*|threw|throwing|torched|looted|attacked)\b/;
const PLURAL_SECURITY = /\b(policias|agentes|suboficiales|efectivos|soldados|militares|carabineros|officers|policemen|soldiers|troops)\b/;
const CIVILIAN_SHOOTERS_RE = new RegExp(CIVILIAN_SHOOTERS.source);

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(String.fromCharCode(c)));

/** Whitespace runs as one space, none at the ends. Most texts already are so, and come back as they are. */
function clean(s: string | undefined): string {
  if (!s) return '';
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || i === 0 || i === last || isSpace(s.charCodeAt(i + 1)))) return s.replace(/\s+/g, ' ').trim();
  }
  return s;
}

/** Blanks every sentence that reports a cumulative toll, so that its figures are not this incident's. */
function dropCumulative(work: string, keys: Set<number>): string {
  if (!gate.cumulative.test(work, keys)) return work;
  return work.replace(/[^.;\n]+/g, (sentence) => {
    CUMULATIVE.lastIndex = 0;
    return CUMULATIVE.test(sentence) ? ' '.repeat(sentence.length) : sentence;
  });
}

/** A national event: an outlet's town says nothing of where it happened. */
// (Round 10: also an action counted in many regions, "bloqueos en al menos 15 departamentos", "in 12 states".)
const NATIONAL = /\b(paro nacional|huelga nacional|national strike|general strike|paro general|nationwide|todo el pais|a nivel nacional|across the country|todo el territorio|(en|in) (al menos |mas de |at least |more than )?([4-9]|\d\d) (departamentos|regiones|provincias|estados|departments|regions|provinces|states))\b/;
/** Institutions of a country's capital, and the capital itself. */
const CAPITAL = /\b(congreso|congress|senado|senate|parlamento|parliament|asamblea nacional|palacio de gobierno|casa de gobierno|government palace|presidential palace|(?:'s|la|the) capital)\b/;
// Most texts have none of these patterns' words: their keys are looked up first (gate.ts).
const gate = {
  raid: gated(MASS_ARREST_RAID),
  raidForce: gated(RAID_FORCE),
  securityDeath: gated(SECURITY_DEATH_RE),
  noForceDeath: gated(NO_FORCE_DEATH),
  lessLethal: gated(LESS_LETHAL),
  repression: gated(REPRESSION_WORD),
  protesterViolence: gated(PROTESTER_VIOLENCE),
  civilianShooters: gated(CIVILIAN_SHOOTERS_RE),
  national: gated(NATIONAL),
  capital: gated(CAPITAL),
  cumulative: gated(CUMULATIVE),
};
const CAPITALS: Record<string, string> = {
  PE: 'Lima', EC: 'Quito', CO: 'Bogotá', BO: 'La Paz', CL: 'Santiago', AR: 'Buenos Aires', MX: 'Ciudad de México', BR: 'Brasília',
};
const capitals = new Map<string, Location>();
function capitalOf(country: string): Location {
  let capital = capitals.get(country);
  if (!capital) {
    const name = CAPITALS[country] ?? countryInfo(country)?.capital;
    const found = name ? geocode(name, name.length, { sourceCountry: country, names: true }) : NO_LOCATION;
    capitals.set(country, (capital = found.country === country ? { ...found, cues: [] } : NO_LOCATION));
  }
  return capital;
}

// The place an outlet's name names, cached by name and country hint (feeds are few, items many).
const homes = new Map<string, Location>();
function feedHome(feed: string, country: string | null): Location {
  const key = `${country ?? ''}\u0000${feed}`;
  let home = homes.get(key);
  if (!home) {
    if (homes.size > 5_000) homes.clear();
    home = geocode(feed, feed.length, { sourceCountry: country, names: true });
    // An ISO country code in the name ("Noticias Capital MX").
    const code = /\b[A-Z]{2}\b/.exec(feed)?.[0];
    if (!home.country && code && countryInfo(code)?.covered) home = { ...home, country: code };
    homes.set(key, home);
  }
  return home;
}

const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))];

/**
 * What one feed item says about a protest event, or null when it reports none. The same function runs in the
 * worker, the command line and the benchmarks.
 */
export function normalize(item: NormalizeInput, opts: NormalizeOptions = {}): ExtractedEvent | null {
  const title = clean(item.title);
  const summary = clean(item.summary);
  if (!title && !summary) return null;
  const text = summary ? `${title}\n${summary}` : title;
  const titleEnd = title.length;
  const folded = fold(text);
  // The words of the text, for the pattern gates (gate.ts); the prepared text only lacks some of them.
  const keys = textKeys(folded);
  const found = mayReport(folded, keys);
  if (!found) return null;
  const { work, keys: workKeys } = prepared(folded, keys);

  const cls = classify(work, titleEnd, workKeys, work === folded ? found : undefined);
  if (!cls) return null;
  // A tally's title ("Ombudsman counts 67 dead since December") reports no action of its own: a tally, not an event.
  if (!cls.hits.some((h) => h.start < titleEnd) && tallyTitle(folded, titleEnd)) return null;

  const counting = dropCumulative(work, workKeys);
  const counts = extractCounts(counting, text, workKeys);
  const killed = cls.commemoration ? null : counts.killed;

  // Mass arrests in a raid or eviction are a repression (README conventions).
  let type = cls.type;
  const raid = counts.detained !== null && counts.detained >= MASS_ARREST && type !== 'repression' ? gate.raid.exec(work, workKeys) : null;
  if (raid) {
    type = 'repression';
    cls.hits.unshift({ type, strong: true, start: raid.index, end: raid.index + raid[0].length });
  }

  // (World day: "dozens detained" in a raid or an eviction, "desalojan... detuvieron a decenas", is such a mass arrest.)
  if (type !== 'repression' && counts.detained === null && DOZENS_DETAINED.test(work)) {
    const r = gate.raid.exec(work, workKeys);
    if (r) {
      type = 'repression';
      cls.hits.unshift({ type, strong: true, start: r.index, end: r.index + r[0].length });
    }
  }

  // World day: rubber bullets, tear gas fired at protesters and nothing else: no one hurt, no live fire, no force
  // the item calls excessive: a dispersal, a clash, not a repression (README conventions).
  if (type === 'repression' && !killed && !counts.injured && (counts.detained ?? 0) < MASS_ARREST && gate.lessLethal.test(work, workKeys) &&
    !LIVE_FIRE.test(work) && !CASUALTIES_RE.test(work) && !REPRESSION_WORD.test(work) && cls.hits.every((h) => h.type !== 'repression' || FIRING.test(work.slice(h.start, h.end)))) type = 'clash';

  // A raid on an occupied campus or camp with an armoured vehicle, or whose people are all taken to a police
  // headquarters: a mass arrest, a repression, even without its figure (round 10).
  if (type === 'clash' && gate.raidForce.test(work, workKeys) && RAID_WORD.test(work) && CAMPUS.test(work) && !gate.protesterViolence.test(work, workKeys)) type = 'repression';

  // Rubber bullets or pellets fired at protesters who did nothing violent, with wounded, or force the item itself
  // calls repression: excessive force, a repression.
  if (type === 'clash' && ((counts.injured && gate.lessLethal.test(work, workKeys)) || gate.repression.test(work, workKeys)) &&
    !gate.protesterViolence.test(work, workKeys) && !counts.securityInjured) {
    type = 'repression';
  }

  // Security forces injured in a protest: a confrontation, a clash (as security forces killed by protesters are).
  if (counts.securityInjured && (type === 'riot' || type === 'roadblock' || type === 'strike' || type === 'demonstration')) type = 'clash';

  // Deaths of people in a protest that is not a commemoration, with no sign that they were security forces or
  // that armed civilians shot them: lethal force against protesters, a repression (README conventions).
  // One officer among several dead leaves others who died: those deaths are still lethal force.
  // (Deaths in an accident, or of someone a blockade kept from a hospital, are no force at all.)
  if (killed && killed > 0 && (type === 'clash' || type === 'demonstration' || type === 'roadblock' || type === 'strike') &&
    !gate.civilianShooters.test(work, workKeys) && !gate.noForceDeath.test(work, workKeys)) {
    const officer = gate.securityDeath.exec(work, workKeys)?.[0];
    if (!officer || (killed >= 2 && !PLURAL_SECURITY.test(officer))) type = 'repression';
  }

  const impliedCountry = actorCountry(folded, keys);
  let loc: Location = geocode(text, titleEnd, { sourceCountry: item.sourceCountry ?? null, actorCountry: impliedCountry, folded });
  const cues: string[] = [];
  if (!loc.admin1 && !loc.list && item.feed) {
    // A local outlet's name often is its town ("Cusco al Día", "Quito Hoy"): the best guess when the text names none,
    // unless the event is national; and its country when the text names none ("Brasil Hoje").
    const home = feedHome(item.feed, loc.country ?? item.sourceCountry ?? null);
    // A name the text gives that the outlet's country settles ("Santa Cruz" from a Bolivian outlet) comes first.
    const settled = home.country && home.country !== impliedCountry && home.country !== item.sourceCountry && (!loc.country || loc.country === home.country)
      ? geocode(text, titleEnd, { sourceCountry: home.country, actorCountry: impliedCountry, folded })
      : NO_LOCATION;
    if (settled.admin1 && settled.country === home.country) {
      loc = settled;
      cues.push(`feed: ${item.feed}`);
    } else if (home.admin1 && (!loc.country || loc.country === home.country) && !gate.national.test(work, workKeys)) {
      loc = { ...home, cues: [] };
      cues.push(`feed: ${item.feed}`);
    } else if (!loc.country && home.country) {
      loc = { ...loc, country: home.country };
      cues.push(`feed: ${item.feed}`);
    }
  }
  // A country or city of the wider world that the text names without placing the event there: only when nothing
  // else gave a country.
  if (!loc.country && loc.weak) loc = loc.weak;
  if (!loc.admin1 && !loc.place && !loc.list && loc.country && gate.capital.test(work, workKeys)) {
    // The congress, the government palace, "the capital": the country's capital city.
    const capital = capitalOf(loc.country);
    if (capital.place) loc = capital;
  }
  const country = loc.country;
  const actors = findActors(folded, text, country, keys);

  // The place's own zone where its country has several (Los Angeles, Tijuana, Manaus), else the country's.
  const timeZone = placeTimeZone(loc) || (country && countryInfo(country)?.timeZone) || DEFAULT_TIME_ZONE;
  const day = eventDay(work, item.published, timeZone, opts.now ?? new Date(), cls.status === 'announced', workKeys);

  const typeCues = cls.hits.slice(0, 6).map((h) => text.slice(h.start, h.end).trim());
  const statusCue = cls.statusCue ? [text.slice(cls.statusCue.start, cls.statusCue.end).trim()] : [];
  const countCues = cls.commemoration ? counts.cues.filter((c) => !/muert|falle|kill|dead|die/i.test(c)) : counts.cues;

  // Confidence, 0.05..0.99, two decimals: how sure the type words are, plus how well the place is known.
  //   type strength (classify): 0.45, +0.20 for a strong trigger (one that stands alone: "paro nacional",
  //     "enfrentamientos"), +0.15 for protest context (protesters, demands), +0.15 for a trigger in the title; at most 1;
  //   confidence = 0.75 x strength, +0.20 for a town (precision 1), +0.15 for a province or region (2-3), +0.05 for
  //     a country only, -0.05 when the place was guessed from the outlet's name.
  // So a strong trigger in the title, with context and a town, scores 0.91; a weak word with context in the summary
  // and no place, 0.45.
  let confidence = cls.strength * 0.75;
  if (loc.precision === 1) confidence += 0.2;
  else if (loc.precision) confidence += 0.15;
  else if (loc.country) confidence += 0.05;
  if (cues.length) confidence -= 0.05; // place guessed from the outlet's name

  return {
    type,
    status: cls.status,
    country,
    admin1: loc.admin1,
    admin1Code: loc.admin1Code,
    admin2: loc.admin2,
    admin3: loc.admin3,
    place: loc.place,
    ubigeo: loc.ubigeo,
    lat: loc.lat,
    lon: loc.lon,
    precision: loc.precision,
    killed,
    injured: counts.injured,
    detained: counts.detained,
    actors: actors.actors,
    date: day.date,
    confidence: Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100,
    cues: uniq([...typeCues, ...statusCue, ...countCues, ...loc.cues, ...cues, ...(day.cue ? [text.slice(day.cue.start, day.cue.end)] : [])]),
  };
}
