// Where the event happened: the best-placed, most specific place the text names, from lib/gazetteer.
import { countryInfo, findPlaces, fold, specificity, type PlaceMatch } from '../gazetteer';
import type { Location as Place } from '../types';

export interface Location extends Place {
  ubigeo: string | null;
  cues: string[];
  /** The text lists places of several provinces or regions: the location is only their region or country. */
  list?: boolean;
  /**
   * A country or city outside the eight covered countries that the text names without placing the event there
   * ("France grinds to a halt", "Kenyan police"): the location only when nothing else gives a country (the text,
   * the actors, the outlet or its name).
   */
  weak?: Location;
}

export const NO_LOCATION: Location = {
  country: null, admin1: null, admin1Code: null, admin2: null, admin3: null, place: null, ubigeo: null,
  lat: null, lon: null, precision: null, cues: [],
};

// Words before a name that say the event happened there ("en Juliaca", "in Chala", "a la altura de Ica").
const LOCATIVE = /(?:^|\s)(en|in|at|near|cerca de|a la altura de|localidad de|ciudad de|distrito de|town of|city of|llegan a|llegaron a|llegan hasta|llegaron hasta|arrive in|arrived in|marched on|march on|hacia|toward|towards|through|por|inside|outside|on)\s*$/;
// Words before a name that say people came from there, or that it is only a road's end point.
const ORIGIN = /(?:^|\s)(procedentes de|provenientes de|llegados de|llegaron de|manifestantes de|delegaciones de|delegados de|from|via|vía|rumbo a|de las rondas campesinas de|ronderos de|rondas campesinas de|(?:via|vía|carretera|ruta|camino|road|highway|route) (?:hacia|a|al|to)|(?:llevad[oa]s|trasladad[oa]s|evacuad[oa]s|derivad[oa]s) (?:a|al|hasta)(?: (?:un|una|el|la) \S+ de)?|(?:taken|flown|airlifted|transferred) to(?: (?:a|the) \S+ in)?)\s*$/;
// Words right before a name that make it part of another name: a street, a shopping centre, a school ("avenida
// Arequipa", "Patio Olmos"), or a people ("nativos awajún"); such a match is left out.
const NAME_OF = /(?:^|\s)(avenida|av\.|calle|jir[oó]n|jr\.|pasaje|paseo|malec[oó]n|patio|parque|colegio|escuela|hospital|cl[ií]nica|estadio|coliseo|mercado|centro comercial|mall|plaza vea|real plaza|open plaza|mega plaza|street|avenue|nativos|pueblo|pueblos|etnia|naci[oó]n)\s*$/;

// A town that is only a road's end ("la vía a Daule") or names a road ("the Oaxaca highway"): the place is a corridor,
// so the location keeps the town's region but no town, unless the text says the blockade rings the town itself
// ("cercan la ciudad", "all roads into the city"). "Los accesos a X" are the town's own entrances: the town.
const ROAD_TO = /(?:^|\s)(?:via|vía|carretera|ruta|camino|autopista|road|highway|route|roads|highways|routes) (?:hacia|a|al|to|into)\s*$/;
const ROAD_AFTER = /^(?:'s)?\s+(?:highway|road|motorway|expressway|freeway)\b/;
const RINGED = /\b(cercan|cercad[oa]|cerco|sitian|sitiad[oa]|asedian|rodean|aislad[oa]|aislan|incomunicad[oa]|(?:ingresos|entradas|accesos|salidas) (?:a|de) la (?:ciudad|capital)|afueras|outskirts|encircl\w*|surround\w*|ring(?:s|ed)? the city|(?:roads|entrances|ways) (?:into|in and out of|out of) the city|cut off)\b/;
// A name that the text uses for a region, not its same-named capital: "diez provincias del Cusco", "across Puno".
// (A "paro regional" in a region's capital keeps the city, as the labelled sets have it.)
const REGION_OF = /(?:^|\s)(?:provincias|distritos|provinces|districts|comunidades de la region|toda la region|todo el departamento|all of|across)(?: de| del| of)?(?: the)?\s*$/;

// A name of the wider world (world.json) counts only where the text places the event there: after "in"/"en" and
// the like, "across France", "the Kenyan capital, Nairobi", or a dateline ("PARIS (AP) -", "Kenya: ...").
// (Not every locative word of LOCATIVE: "sanctions on Russia", "condenada por Estados Unidos", "hacia Estados Unidos".)
const WORLD_PLACED = /(?:^|\s)(en|in|at|near|cerca de|inside|outside|localidad de|ciudad de|city of|town of|(?:esta|la|una|this|the|a) (?:localidad|ciudad|town|city)|across|throughout|all over|around|en toda|en todo|por toda|por todo|a lo largo de|streets of|calles de|capital,?|marched on|march on|arrived in|arrive in|llegaron a|llegan a)\s*$/;
const DATELINE = /^\s*(?:[:,(]|[—–-]\s)/;
// A world name inside another name, or naming a government rather than a place: a club, a treaty, a newspaper, an
// embassy ("Real Madrid", "Acuerdo de París", "The New York Times", "embajada de Francia", "Spain's ambassador").
const WORLD_NAME_BEFORE = /(?:^|\s)(real|atletico de|acuerdo de|acuerdos de|club de|consenso de|tratado de|cumbre de|protocolo de|convencion de|inter de|embajada de|embajador de|embajadora de|embajadores de|consulado de|consul de|embassy of|ambassador to|ambassador of|(?:embajador|embajadora|consul|ambassador|envoy|enviado|corresponsal|correspondent) (?:en|in)|gobierno de|government of|presidente de|president of|canciller de|cancilleria de|ministry of|ministro de|ministra de|el diario|diario|sede en|based in|headquartered in|oficinas? en|offices? in|de visita en|visita a|visit to|visiting|on a visit to|gira por|tour of|exiliad[oa]s? en|exiled in|asilad[oa]s? en)\s*$/;
const WORLD_NAME_AFTER = /^(?:'s|’s)?\s+(times|post|herald|journal|tribune|agreement|accords?|club|consensus|summit|declaration|convention|protocol|fc|united|saint-germain|stock exchange|marathon|open|fashion week|embassy|ambassador|consulate|government|foreign ministry|state department)\b/i;

/** World day: a country's police, forces or protesters ("la policía de Bangladés", "students of Kenya"). */
const WORLD_PEOPLE_OF = /(?:^|\s)(?:policia|police|fuerzas de seguridad|security forces|agentes|antidisturbios|manifestantes|protesters|estudiantes|students|agricultores|farmers|trabajadores|workers|sindicatos|unions|camioneros|truckers|maestros|docentes|teachers|medicos|doctors)(?: \S+)? (?:de|del|of)\s*$/;
const WORLD_AGAINST = /(?:^|\s)(against|contra|versus|vs)\s*$/;
const WORLD_NOT_WHERE = /(?:^|\s)(against|contra|with|con|from|desde|to|toward|towards|hacia|by|por|between|entre|versus|vs|on|sobre|over|about|for|para|of|de|del|a|al)\s*$/;

/** How a world.json match counts: where the event happened, a weak sign of the country, only a name, or nothing. */
function worldCue(m: PlaceMatch, text: string, lower: string, titleEnd: number, names: boolean | undefined): 'placed' | 'weak' | 'aside' | 'none' {
  // ("in the UK", "in southern France", "en el sur de Francia": the article and the part of the country go.)
  // ("en el estado Zulia", "in the department of Totonicapán": the division's word goes too.)
  const before = fold(lower.slice(Math.max(0, m.start - 40), m.start))
    .replace(/\s(?:estado|departamento|provincia|region|comarca|state|department|province)(?: de| del| of)?\s+$/, ' ')
    .replace(/\s(?:the|el|la|los|las)\s+$/, ' ')
    .replace(/\s(?:(?:the |el )?(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)|(?:el |del |al )?(?:norte|sur|este|oeste|centro|noreste|noroeste|sureste|suroeste) de)\s+$/, ' ');
  if (WORLD_NAME_BEFORE.test(before) || WORLD_NAME_AFTER.test(text.slice(m.end, m.end + 24))) return 'none';
  if (m.demonym) return WORLD_AGAINST.test(before) ? 'none' : 'weak';
  if (names) return 'placed';
  if (WORLD_PLACED.test(before) && !ORIGIN.test(before)) return 'placed';
  // (A dateline opens the title or the summary: "NAIROBI, June 25 (Reuters) - ...".)
  if ((m.start === 0 || m.start === titleEnd + 1) && DATELINE.test(text.slice(m.end, m.end + 3))) return 'placed';
  // (Named as the other side or the topic, "march against Israel", "sanctions on Russia": no sign of where.)
  // ('aside': still a place of its country when the text places the event in that country.)
  // (A division or town of the rest of Latin America after "de"/"of", "docentes de Zulia": a weak sign of where.)
  // (World day: a world city after "de"/"of", "la policía de Nueva York", "el Fuerte Rojo de Nueva Delhi", and a
  // country's police or protesters, "la policía de Bangladés", are weak signs of where too.)
  if (WORLD_NOT_WHERE.test(before)) return (m.kind === 'city' || m.admin1Code) && m.kind !== 'country' && /(?:^|\s)(?:de|del|of)\s*$/.test(before) ? 'weak' : WORLD_PEOPLE_OF.test(before) ? 'weak' : 'aside';
  return 'weak';
}

/** World day: the United Kingdom's nations, named for the country, are its first-level divisions ("en el noroeste de
 *  Inglaterra" is England). */
const NATIONS: Record<string, string> = {
  england: 'England', inglaterra: 'England', scotland: 'Scotland', escocia: 'Scotland', wales: 'Wales', gales: 'Wales',
  'northern ireland': 'Northern Ireland', 'irlanda del norte': 'Northern Ireland',
};
const nation = (m: PlaceMatch): string | null => (m.country === 'GB' ? NATIONS[fold(m.text)] ?? null : null);

/** World day: a city-state named as a country ("Hong Kong", "Singapore") is its city too. */
function cityState(m: PlaceMatch): string | null {
  if (!m.world || !m.country) return null;
  const info = countryInfo(m.country);
  return info?.capital && fold(info.capital) === fold(info.en) ? info.capital : null;
}

/** A country named: the country, and its city (a city-state) or its nation (the UK's) when the name gives one. */
function countryLocation(m: PlaceMatch): Location {
  const place = cityState(m);
  const admin1 = nation(m);
  return { ...NO_LOCATION, country: m.country, admin1, place, precision: place ? 1 : admin1 ? 3 : null, cues: [m.text] };
}

/** The weak location: a city named in the title, else a country named in the title, else the same in the summary, else a demonym's country. */
function weakLocation(weak: PlaceMatch[], titleEnd: number): Location | undefined {
  const rank = (m: PlaceMatch) => (m.demonym ? 4 : 0) + (m.start < titleEnd ? 0 : 2) + (m.kind === 'city' ? 0 : 1);
  const best = [...weak].sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0];
  if (!best) return undefined;
  if (best.kind === 'country') return countryLocation(best);
  return {
    ...NO_LOCATION, country: best.country, admin1: best.admin1, admin1Code: best.admin1Code, place: best.place, lat: best.lat,
    lon: best.lon, precision: best.kind === 'admin1' ? 3 : 1, cues: [best.text],
  };
}

// Landmarks named like those of many other cities: the seat of a government, the main squares.
const SHARED_LANDMARK = /^(el |la )?(palacio de gobierno|palacio nacional|casa de gobierno|plaza san martin|plaza de armas|plaza mayor|plaza bolognesi|plaza de bolivar|plaza principal|catedral)$/;

function precisionOf(m: PlaceMatch): 1 | 2 | 3 | null {
  switch (m.kind) {
    case 'district':
    case 'city':
      return 1;
    case 'landmark':
      return m.place ? 1 : 2; // a landmark without a town is a corridor or an area (Chapare, Vaca Muerta)
    case 'province':
      return 2;
    case 'department':
    case 'admin1':
      return 3;
    default:
      return null;
  }
}

/** True when two places are listed together: only a comma, "y", "e", "and", "&" or a dash between them. */
function enumerated(text: string, a: PlaceMatch, b: PlaceMatch): boolean {
  const between = a.end <= b.start ? text.slice(a.end, b.start) : b.end <= a.start ? text.slice(b.end, a.start) : null;
  return between !== null && between.length <= 7 && /^\s*(,|,? ?y|,? ?e|,? ?and|&|-|–|—|\/)\s*$/i.test(between);
}

/** How well a place of the text (the i-th of `places`) is placed as where the event happened. */
function score(m: PlaceMatch, i: number, places: PlaceMatch[], text: string, lower: string, titleEnd: number, hasCovered: boolean): number {
  const before = lower.slice(Math.max(0, m.start - 40), m.start);
  let s = 0;
  if (m.start < titleEnd) s += 3;
  if (m.start === 0 && /^\s*[:,]/.test(text.slice(m.end, m.end + 2))) s += 2; // "Arequipa: marcha..."
  if (LOCATIVE.test(before)) s += 2;
  if (ORIGIN.test(before)) s -= 4;
  // A landmark of one place named with another ("el zócalo de Oaxaca") is that other place's.
  if (m.kind === 'landmark' && places.some((o) => o !== m && o.start > m.end && /^\s+(de|del|of)\s+$/i.test(text.slice(m.end, o.start)))) s -= 4;
  // A landmark whose name many cities share ("Palacio de Gobierno", "Plaza San Martín") yields to a town of elsewhere
  // that the text places the event in ("...el Palacio de Gobierno... en Chilpancingo").
  if (m.kind === 'landmark' && SHARED_LANDMARK.test(fold(m.text)) && places.some((o) => (o.kind === 'city' || o.kind === 'district') &&
    o.admin1Code !== m.admin1Code && LOCATIVE.test(lower.slice(Math.max(0, o.start - 40), o.start)))) s -= 4;
  // A world place yields to a covered one the text names as well, unless it is the title's ("Peruanos en Madrid
  // protestan por las muertes en Puno").
  if (m.world && hasCovered && m.start >= titleEnd) s -= 2;
  return s + specificity(m) * 0.1 - i * 0.001;
}

const isRegion = (m: PlaceMatch) => m.kind === 'department' || m.kind === 'admin1';

export interface GeocodeOptions {
  /** The outlet's country: used to choose between same-named places, and as the country when the text names none. */
  sourceCountry?: string | null;
  /** A country implied by the actors (Carabineros: Chile). */
  actorCountry?: string | null;
  /** The text is a name (an outlet's), see FindOptions.names. */
  names?: boolean;
  /** fold(text), when the caller has it. */
  folded?: string;
}

/**
 * The event's location in `text` (title, a newline, then the summary; `titleEnd` is the title's length).
 * Each named place is scored (in the title, after "en"/"in", not after "from"), the best one is refined to a more
 * specific place in the same region when the text names one, and the country falls back to the actors' and then
 * to the outlet's.
 */
export function geocode(text: string, titleEnd: number, opts: GeocodeOptions = {}): Location {
  const hints = [opts.actorCountry, opts.sourceCountry].filter((c): c is string => !!c);
  const found = findPlaces(text, { countries: hints, names: opts.names, folded: opts.folded });
  const lower = text.toLowerCase();
  // World names (outside the eight covered countries) count only where the text places the event there; the others
  // are kept aside as a weak sign, used when nothing else gives a country.
  let matches = found;
  const weak: PlaceMatch[] = [];
  const aside: PlaceMatch[] = [];
  if (found.some((m) => m.world)) {
    let lastPlaced: PlaceMatch | null = null;
    matches = found.filter((m) => {
      if (!m.world) return true;
      let cue = worldCue(m, text, lower, titleEnd, opts.names);
      // (Listed right after a placed one: "in Paris, Lyon and Marseille".)
      if (cue === 'weak' && lastPlaced && m.kind === 'city' && enumerated(text, lastPlaced, m)) cue = 'placed';
      if (cue === 'weak') weak.push(m);
      if (cue === 'aside') aside.push(m);
      if (cue === 'placed') lastPlaced = m;
      return cue === 'placed';
    });
    // A city of a world country that the text places the event in is a place of the text like any covered one
    // ("Venezuela: ... on a Caracas highway").
    const placedCountries = new Set(matches.filter((m) => m.world && m.kind === 'country').map((m) => m.country));
    const unplaced = [...weak, ...aside];
    if (placedCountries.size && unplaced.some((m) => m.kind === 'city' && placedCountries.has(m.country))) {
      matches = found.filter((m) => !m.world || matches.includes(m) || (m.kind === 'city' && placedCountries.has(m.country) && unplaced.includes(m)));
    }
  }
  // (A name inside a street's, a shopping centre's or a people's name is no place of the text.)
  const places = matches.filter((m) => m.kind !== 'country' && !NAME_OF.test(lower.slice(Math.max(0, m.start - 20), m.start)));
  const countries = matches.filter((m) => m.kind === 'country');

  const hasCovered = places.some((m) => !m.world);

  if (places.length) {
    const scored = places.map((m, i) => ({ m, s: score(m, i, places, text, lower, titleEnd, hasCovered) })).sort((a, b) => b.s - a.s);
    const best = scored[0]!.m;
    // A more specific place inside the best one's region ("Madre de Dios: ... en Puerto Maldonado").
    // A region's name read as its capital ("Moquegua: agricultores de Ilo bloquean...") yields to another town of
    // the same region that the text names.
    const regionAsCapital = best.place !== null && best.admin1 !== null && fold(best.place) === fold(best.admin1);
    const inside = scored.filter(
      ({ m, s }) =>
        m.country === best.country &&
        m.admin1Code === best.admin1Code &&
        (specificity(m) > specificity(best) || (regionAsCapital && specificity(m) >= specificity(best) && m.place !== null && fold(m.place) !== fold(best.place!))) &&
        s > -1,
    );
    const chosen = inside.length ? inside[0]!.m : best;
    // (A region after a town, "Juan Guerra, San Martín", only says where the town is.)
    // (A region listed with another region is a list: "Cochabamba, La Paz, Oruro y Potosí".)
    const sibling = places.find((m) => m !== chosen && m.place !== chosen.place &&
      (!isRegion(m) || (isRegion(chosen) && m.admin1Code !== chosen.admin1Code)) && enumerated(text, chosen, m));
    if (sibling) {
      // "Chincha y Pisco", "Quito and Guayaquil", "entre Ollantaytambo y Aguas Calientes", "la vía Juliaca-Puno": a
      // list or a corridor. Towns of one province are one town (Piura y Castilla), Lima and Callao are Lima; else
      // the location is the region both lie in, or only the country.
      const metro = new Set([chosen.admin1Code, sibling.admin1Code]);
      const limaCallao = metro.has('PE-LIM') && metro.has('PE-CAL');
      const oneProvince = chosen.admin2 !== null && chosen.admin2 === sibling.admin2 && chosen.admin1Code === sibling.admin1Code;
      if (!oneProvince && !limaCallao) {
        const sameRegion = chosen.admin1Code !== null && chosen.admin1Code === sibling.admin1Code;
        return {
          ...NO_LOCATION,
          country: chosen.country,
          ...(sameRegion ? { admin1: chosen.admin1, admin1Code: chosen.admin1Code, precision: 3 as const } : {}),
          cues: [chosen.text, sibling.text],
          list: true,
        };
      }
    }
    // A corridor or a region-wide action told by a town's name: the region, no town.
    if (chosen.kind !== 'landmark' && chosen.kind !== 'department' && chosen.kind !== 'admin1' && chosen.admin1) {
      const before = lower.slice(Math.max(0, chosen.start - 40), chosen.start);
      const road = (ROAD_TO.test(before) || ROAD_AFTER.test(lower.slice(chosen.end, chosen.end + 14))) &&
        !RINGED.test(opts.folded ?? fold(text));
      const sameName = chosen.place !== null && fold(chosen.place) === fold(chosen.admin1);
      const regionWide = sameName && REGION_OF.test(fold(before));
      if (road || regionWide) {
        return {
          ...NO_LOCATION, country: chosen.country, admin1: chosen.admin1, admin1Code: chosen.admin1Code,
          lat: chosen.lat, lon: chosen.lon, precision: 3, cues: [chosen.text],
        };
      }
    }
    return {
      country: chosen.country,
      admin1: chosen.admin1,
      admin1Code: chosen.admin1Code,
      admin2: chosen.admin2,
      admin3: chosen.admin3,
      place: chosen.place,
      ubigeo: chosen.ubigeo,
      lat: chosen.lat,
      lon: chosen.lon,
      precision: precisionOf(chosen),
      cues: [chosen.text],
    };
  }
  if (countries.length) {
    // A world country the text places the event in ("march in France") outranks a covered country named otherwise
    // ("as in Chile in 2019"); covered countries alone are chosen as before.
    const pool = countries.some((c) => c.world)
      ? countries.filter((c) => c.world || LOCATIVE.test(lower.slice(Math.max(0, c.start - 40), c.start)))
      : countries;
    const first = pool.find((c) => c.start < titleEnd) ?? pool[0]!;
    return countryLocation(first);
  }
  const fallback = opts.actorCountry ?? opts.sourceCountry ?? null;
  if (!fallback && weak.length) return { ...NO_LOCATION, weak: weakLocation(weak, titleEnd) };
  return { ...NO_LOCATION, country: fallback };
}
