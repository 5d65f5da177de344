// Place lookup over the bundled gazetteer (data/gazetteer): Peru's departments, provinces and districts, the
// first-level divisions, main cities and a few landmarks of other Latin American countries, and every other country
// of the world at country level (names, demonyms, capital, largest cities: world.json).
import { readFileSync } from 'node:fs';
import { COMMON_NAMES, WORLD_COMMON_NAMES } from './common';
import { fold, nameKey } from './text';

export { fold, nameKey, tokenize } from './text';
export type { Token } from './text';

export type PlaceKind = 'country' | 'admin1' | 'department' | 'province' | 'district' | 'city' | 'landmark';

export interface Place {
  kind: PlaceKind;
  name: string; // the canonical name of the matched entry
  country: string; // ISO 3166-1 alpha-2
  admin1: string | null;
  admin1Code: string | null; // ISO 3166-2
  admin2: string | null;
  admin3: string | null;
  place: string | null; // town or city, when the entry is one (or lies in one)
  ubigeo: string | null;
  lat: number | null;
  lon: number | null;
  /** A place of world.json (outside the eight countries that latam.json covers): it needs a cue to count. */
  world?: boolean;
  /** A country named by its demonym ("Kenyan", "Israelis"): the weakest sign of a country. */
  demonym?: boolean;
}

export interface PlaceMatch extends Place {
  start: number; // offsets in the searched text
  end: number;
  text: string; // the matched text as written
}

export interface FindOptions {
  /**
   * Countries the caller already believes in (the outlet's, or one that the actors imply): they choose between
   * same-named places and count as named for place names that are also common words ("Santiago").
   */
  countries?: string[];
  /** The text is a name (an outlet's: "Crónica Santiago"): place names that are also words or people count. */
  names?: boolean;
  /** fold(text), when the caller has it. */
  folded?: string;
}

interface Entry {
  place: Place;
  display: string; // spelling whose capitalization a common-word name must show in the text
  common: boolean;
  /** An abbreviation ("US", "UK", "EE.UU."): counts only written in capitals. */
  upper?: boolean;
  /** A world.json name: written capitalized as a name ("Nice", not "nice"), whatever the options. */
  world?: boolean;
  /**
   * A world.json name that outranks a covered country's same-named place when that place is only a common word or a
   * Peruvian district and the text names neither its country: a country's name, a capital or a city of a million
   * ("Montevideo", "Madrid", "Los Angeles"), but no name that is also a person's (COMMON_NAMES: "Santo Domingo").
   */
  strong?: boolean;
}

/** A word of a name: the entries of the name that ends here, and the words that may follow. */
interface TrieNode {
  word: string;
  entries: Entry[] | null;
  next: Trie | null;
  /** Another word of the same hash (wordHash), if any. */
  other: TrieNode | null;
}

/** Words by their hash (wordHash), so that a text's words are looked up without being sliced out of it. */
type Trie = Map<number, TrieNode>;

/** The node of folded[start..end), whose hash is `hash`, among `level`'s. */
function child(level: Trie, folded: string, start: number, end: number, hash: number): TrieNode | null {
  for (let n = level.get(hash) ?? null; n; n = n.other) if (n.word.length === end - start && folded.startsWith(n.word, start)) return n;
  return null;
}

interface Index {
  /** The names word by word, from their first word. */
  trie: Trie;
  /** A bit for each first word of a name, by its hash's low FIRST_BITS bits: most words of a text have none. */
  firstWords: Uint32Array;
  countries: Map<string, CountryInfo>;
  /** Time zones of world cities that are not their country's (world.json), by `<country>|<city name>`. */
  cityZones: Map<string, string>;
}

export interface CountryInfo {
  code: string;
  es: string;
  en: string;
  timeZone: string;
  /** The capital's name, for the countries of world.json (latam.json's capitals are its divisions'). */
  capital: string | null;
  /** latam.json covers the country in detail (divisions, cities); else it is world.json's. */
  covered: boolean;
}

/** data/gazetteer/world.json, written by scripts/build-world.ts. */
interface WorldCity {
  name: string;
  aliases: string[];
  lat: number | null;
  lon: number | null;
  population: number | null;
  region: string | null;
  /** Only when it is not the country's zone. */
  timeZone?: string;
}
interface WorldFile {
  countries: {
    code: string;
    name: { es: string; en: string };
    names: { es: string[]; en: string[] };
    demonyms: string[];
    timeZone: string | null;
    capital: WorldCity | null;
    cities: WorldCity[];
  }[];
}

interface PeruFile {
  departments: { code: string; iso: string; name: string; capital: string; lat: number | null; lon: number | null }[];
  provinces: { code: string; name: string; capital: string; lat: number | null; lon: number | null }[];
  districts: { ubigeo: string; name: string; capital: string | null; lat: number | null; lon: number | null }[];
}

interface LatamFile {
  countries: {
    code: string;
    name: { es: string; en: string };
    timeZone: string;
    aliases: string[];
    divisions: { code: string; name: string; capital: string; lat: number; lon: number; aliases: string[] }[];
    cities: ({ name: string; admin1Code: string; lat: number; lon: number; aliases: string[] } | { name: string; ubigeo: string })[];
    landmarks: { name: string; admin1Code: string; city: string | null; lat: number; lon: number }[];
  }[];
}

/**
 * data/gazetteer/latam2.json, written by scripts/build-latam2.ts: first-level divisions and main towns of the other
 * Latin American and Caribbean countries (Venezuela, Paraguay, Uruguay, Central America, the Caribbean), which stay
 * world.json countries (their names and demonyms need a cue like any world country's) but resolve to a division and
 * a town. Towns: [name, aliases, admin1Code, lat, lon, population, seat (2 national capital, 1 division seat, 0 other)].
 */
interface Latam2File {
  countries: {
    code: string;
    divisions: { code: string; name: string; capital: string; lat: number; lon: number; aliases: string[] }[];
    towns: [string, string[], string | null, number, number, number, number][];
  }[];
}

/** data/gazetteer/latam-cities.json, written by scripts/build-latam-cities.ts: [name, admin1Code, lat, lon, population]. */
interface CitiesFile {
  countries: Record<string, [string, string, number, number, number][]>;
}

// One literal URL per file, so that bundlers (Next's, for the routes that validate alert regions) can trace them.
const DATA = {
  peru: new URL('../../data/gazetteer/peru.json', import.meta.url),
  latam: new URL('../../data/gazetteer/latam.json', import.meta.url),
  cities: new URL('../../data/gazetteer/latam-cities.json', import.meta.url),
  world: new URL('../../data/gazetteer/world.json', import.meta.url),
  latam2: new URL('../../data/gazetteer/latam2.json', import.meta.url),
};

/**
 * A world.json city that stands alone (without its country named, still only where the text places the event: "clash
 * in Leicester") must have at least this many inhabitants, or be a capital; a name that Peru or a covered country
 * also has stays theirs unless the city is a strong one (WORLD_CITY_STRONG) or its country is named.
 */
const WORLD_CITY_ALONE = 150_000;
/** A world.json city of this size outranks a covered country's same-named place that is only a common word. */
const WORLD_CITY_STRONG = 1_000_000;
/** latam2 towns keep the bar they had (a town under it that is no division seat, or shared, needs its country). */
const LATAM2_TOWN_ALONE = 1_000_000;

/**
 * latam2 names that are also common words, surnames or institutions in news text ("Central", "Granma", "Rivera",
 * "Carrefour"): they count only with their country named or implied. Folded keys.
 */
const LATAM2_COMMON = new Set<string>([
  'central', 'centre', 'nord', 'sud', 'ouest', 'valle', 'flores', 'colonia', 'salto', 'rivera', 'rocha', 'minas',
  'mercedes', 'artigas', 'durazno', 'lempira', 'cortes', 'yoro', 'libertad', 'paraiso', 'el paraiso', 'limon',
  'duarte', 'independencia', 'espaillat', 'valverde', 'barahona', 'granma', 'matanzas', 'coro', 'mao', 'moca',
  'delgado', 'carrefour', 'progreso', 'el progreso', 'herrera', 'los santos', 'lara', 'miranda',
  'portuguesa', 'bolivar', 'falcon', 'trujillo', 'merida',
  'juan diaz', 'bella vista', 'san francisco', 'las cumbres', 'pedregal', 'tocumen', 'parque lefevre', 'delmas 73',
  'la lima', 'puerto cortez', 'diez de octubre', 'boyeros', 'arroyo naranjo', 'cerro', 'playa', 'marianao',
  'levittown', 'concepcion', 'misiones', 'cordillera', 'guaira', 'canelones', 'florida', 'treinta y tres', 'soriano',
  'maldonado', 'colon', 'valencia', 'barcelona', 'santiago', 'granada', 'leon', 'rivas',
]);

/** A country's zone when world.json has none (two uninhabited territories). */
const DEFAULT_ZONE = 'UTC';

function readJson<T>(file: URL): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Drops a parenthesized alternative from a capital's name: "Florida (Pomacochas)" -> "Florida". */
const mainName = (s: string) => s.replace(/\s*\(.*$/, '').trim();

function build(): Index {
  const byKey = new Map<string, Entry[]>();
  const add = (name: string, place: Place, common = false) => {
    const key = nameKey(name);
    if (!key) return;
    const list = byKey.get(key) ?? [];
    // One entry per place and key (a district whose capital has its name is indexed once).
    if (list.some((e) => e.place === place)) return;
    list.push({ place, display: name, common: common || COMMON_NAMES.has(key) });
    byKey.set(key, list);
  };

  const peru = readJson<PeruFile>(DATA.peru);
  const latam = readJson<LatamFile>(DATA.latam);
  const geonames = readJson<CitiesFile>(DATA.cities).countries;
  const countries = new Map<string, CountryInfo>();
  const cityZones = new Map<string, string>();

  const depByCode = new Map(peru.departments.map((d) => [d.code, d]));
  const provByCode = new Map(peru.provinces.map((p) => [p.code, p]));
  const peruPlaces = new Map<string, Place>(); // by ubigeo (2, 4 or 6 digits)
  for (const d of peru.departments) {
    const place: Place = {
      kind: 'department', name: d.name, country: 'PE', admin1: d.name, admin1Code: d.iso, admin2: null, admin3: null,
      place: null, ubigeo: d.code, lat: d.lat, lon: d.lon,
    };
    peruPlaces.set(d.code, place);
    add(d.name, place);
  }
  for (const p of peru.provinces) {
    const dep = depByCode.get(p.code.slice(0, 2))!;
    const place: Place = {
      kind: 'province', name: p.name, country: 'PE', admin1: dep.name, admin1Code: dep.iso, admin2: p.name,
      admin3: null, place: null, ubigeo: p.code, lat: p.lat, lon: p.lon,
    };
    peruPlaces.set(p.code, place);
    add(p.name, place);
  }
  for (const d of peru.districts) {
    const dep = depByCode.get(d.ubigeo.slice(0, 2))!;
    const prov = provByCode.get(d.ubigeo.slice(0, 4))!;
    const town = d.capital ? mainName(d.capital) : d.name;
    const base = {
      kind: 'district' as const, country: 'PE', admin1: dep.name, admin1Code: dep.iso, admin2: prov.name,
      admin3: d.name, ubigeo: d.ubigeo, lat: d.lat, lon: d.lon,
    };
    const byName: Place = { ...base, name: d.name, place: nameKey(town) === nameKey(d.name) ? town : d.name };
    peruPlaces.set(d.ubigeo, byName);
    add(d.name, byName);
    if (nameKey(town) !== nameKey(d.name)) add(town, { ...base, name: town, place: town });
  }

  for (const c of latam.countries) {
    countries.set(c.code, { code: c.code, es: c.name.es, en: c.name.en, timeZone: c.timeZone, capital: null, covered: true });
    const country: Place = {
      kind: 'country', name: c.name.es, country: c.code, admin1: null, admin1Code: null, admin2: null, admin3: null,
      place: null, ubigeo: null, lat: null, lon: null,
    };
    for (const n of new Set([c.name.es, c.name.en, ...c.aliases])) add(n, country);
    const divisions = new Map<string, { name: string }>();
    const cityKeys = new Set<string>();
    const cityPlaces: Place[] = [];
    for (const d of c.divisions) {
      divisions.set(d.code, d);
      const place: Place = {
        kind: 'admin1', name: d.name, country: c.code, admin1: d.name, admin1Code: d.code, admin2: null, admin3: null,
        place: null, ubigeo: null, lat: d.lat, lon: d.lon,
      };
      for (const n of [d.name, ...d.aliases]) add(n, place);
    }
    const cityByKey = new Map<string, Place>();
    const addCity = (name: string, admin1Code: string, lat: number, lon: number, aliases: string[], common = false) => {
      const key = nameKey(name);
      const known = cityByKey.get(key);
      if (known) {
        // Another name of a city already listed (a capital: "Santa Cruz" for Santa Cruz de la Sierra).
        for (const n of aliases) add(n, known, common);
        return;
      }
      if (cityKeys.has(key)) return;
      cityKeys.add(key);
      const div = divisions.get(admin1Code);
      if (!div) throw new Error(`gazetteer: city ${name} names unknown division ${admin1Code}`);
      const place: Place = {
        kind: 'city', name, country: c.code, admin1: div.name, admin1Code, admin2: null, admin3: null, place: name,
        ubigeo: null, lat, lon,
      };
      cityPlaces.push(place);
      cityByKey.set(key, place);
      for (const n of [name, ...aliases]) add(n, place, common);
    };
    for (const d of c.divisions) addCity(d.capital, d.code, d.lat, d.lon, []);
    for (const city of c.cities) {
      if ('ubigeo' in city) {
        const target = peruPlaces.get(city.ubigeo);
        if (!target) throw new Error(`gazetteer: alias ${city.name} names unknown ubigeo ${city.ubigeo}`);
        add(city.name, target);
      } else addCity(city.name, city.admin1Code, city.lat, city.lon, city.aliases);
    }
    // GeoNames towns: only a large city stands alone; a smaller one needs its country named or implied, like a
    // place name that is also a common word (there are many small namesakes across the continent).
    // A GeoNames town within 5 km of a city already listed is that city under another name ("Mexico City").
    for (const [name, admin1Code, lat, lon, population] of geonames[c.code] ?? []) {
      const same = cityPlaces.find((p) => p.lat !== null && p.lon !== null && Math.abs(p.lat - lat) < 0.045 && Math.abs(p.lon - lon) < 0.045);
      if (same) add(name, same, population < 500_000);
      else addCity(name, admin1Code, lat, lon, [], population < 500_000);
    }
    for (const l of c.landmarks) {
      const div = divisions.get(l.admin1Code);
      const admin1 = div?.name ?? peru.departments.find((d) => d.iso === l.admin1Code)?.name ?? null;
      add(l.name, {
        kind: 'landmark', name: l.name, country: c.code, admin1, admin1Code: l.admin1Code, admin2: null, admin3: null,
        place: l.city, ubigeo: null, lat: l.lat, lon: l.lon,
      });
    }
  }

  // The rest of the world, at country level. A name that Peru's or latam.json's tables also hold ("Santiago",
  // "Córdoba", "Asunción") stays theirs unless the text names the world place's country (resolve).
  const world = readJson<WorldFile>(DATA.world);
  const addWorld = (name: string, place: Place, common: boolean, strong = false) => {
    const key = nameKey(name);
    if (!key) return;
    const list = byKey.get(key) ?? [];
    if (list.some((e) => e.place === place)) return;
    const letters = name.replace(/[^\p{L}]/gu, '');
    const upper = letters.length <= 5 && letters === letters.toUpperCase();
    const isCommon = common || WORLD_COMMON_NAMES.has(key);
    const outranks = !isCommon && (place.kind === 'country' ? !place.demonym : strong && !COMMON_NAMES.has(key));
    list.push({ place, display: name, common: isCommon, upper, world: true, ...(outranks ? { strong: true } : {}) });
    byKey.set(key, list);
  };
  const latam2 = new Map(readJson<Latam2File>(DATA.latam2).countries.map((c) => [c.code, c]));
  // Keys of every name so far, with their countries: a latam2 name that another country also has needs a cue.
  const latam2Keys = new Map<string, Set<string>>();
  for (const c of latam2.values()) {
    for (const n of [...c.divisions.flatMap((d) => [d.name, ...d.aliases]), ...c.towns.flatMap((t) => [t[0], ...t[1]])]) {
      const k = nameKey(n);
      const set = latam2Keys.get(k) ?? new Set<string>();
      set.add(c.code);
      latam2Keys.set(k, set);
    }
  }
  // A latam2 division or town: a world place (it needs a cue where the event happened, and a name that Peru or a
  // covered country also has stays theirs unless the text names this country), with its division's ISO code. A
  // name that is also a common word, a person's, another country's place, or a town that is no seat of a division
  // counts only with its country named or implied; a national capital is a strong name, as world.json's are.
  const addLatam2 = (code: string, c: Latam2File['countries'][number], countryNames: string[]) => {
    const own = new Set(countryNames.map(nameKey));
    const shared = (n: string) => {
      const k = nameKey(n);
      return (byKey.get(k) ?? []).some((e) => e.place.country !== code) || (latam2Keys.get(k)?.size ?? 0) > 1 ||
        COMMON_NAMES.has(k) || WORLD_COMMON_NAMES.has(k) || LATAM2_COMMON.has(k);
    };
    const divisions = new Map<string, string>();
    const adds: [string, Place, boolean, boolean][] = [];
    // (A division named like the national capital that lies outside it, the Dominican province of Santo Domingo,
    // is known only by its full name: the name alone is the capital.)
    const capitals = new Set(c.towns.filter((t) => t[6] === 2).map((t) => nameKey(t[0])));
    for (const d of c.divisions) {
      divisions.set(d.code, d.name);
      const place: Place = {
        kind: 'admin1', name: d.name, country: code, admin1: d.name, admin1Code: d.code, admin2: null, admin3: null,
        place: null, ubigeo: null, lat: d.lat, lon: d.lon, world: true,
      };
      const capitalKey = nameKey(d.capital);
      for (const n of [d.name, ...d.aliases]) {
        const k = nameKey(n);
        if (!own.has(k) && !(capitals.has(k) && k !== capitalKey)) adds.push([n, place, shared(n), false]);
      }
    }
    for (const [name, aliases, admin1Code, lat, lon, population, seat] of c.towns) {
      const place: Place = {
        kind: 'city', name, country: code, admin1: admin1Code ? divisions.get(admin1Code) ?? null : null, admin1Code,
        admin2: null, admin3: null, place: name, ubigeo: null, lat, lon, world: true,
      };
      const capital = seat === 2;
      for (const n of [name, ...aliases]) {
        if (own.has(nameKey(n))) continue;
        adds.push([n, place, !capital && (seat === 0 || shared(n)) && population < LATAM2_TOWN_ALONE, capital]);
      }
    }
    for (const [n, place, common, strong] of adds) addWorld(n, place, common, strong);
  };
  for (const c of world.countries) {
    if (countries.has(c.code)) continue;
    const detail = latam2.get(c.code);
    if (detail) addLatam2(c.code, detail, c.names.es.concat(c.names.en));
    countries.set(c.code, {
      code: c.code, es: c.name.es, en: c.name.en, timeZone: c.timeZone ?? DEFAULT_ZONE, capital: c.capital?.name ?? null, covered: false,
    });
    const base: Place = {
      kind: 'country', name: c.name.es, country: c.code, admin1: null, admin1Code: null, admin2: null, admin3: null,
      place: null, ubigeo: null, lat: null, lon: null, world: true,
    };
    for (const n of new Set([...c.names.es, ...c.names.en])) addWorld(n, base, false);
    const demonym: Place = { ...base, demonym: true };
    for (const n of c.demonyms) addWorld(n, demonym, false);
    // (A latam2 country's capital and cities are its towns.)
    if (detail) continue;
    const city = (w: WorldCity, capital: boolean) => {
      if (w.timeZone) cityZones.set(`${c.code}|${w.name}`, w.timeZone);
      const place: Place = {
        kind: 'city', name: w.name, country: c.code, admin1: w.region, admin1Code: null, admin2: null, admin3: null,
        place: w.name, ubigeo: null, lat: w.lat, lon: w.lon, world: true,
      };
      // A smaller city needs its country named, as a Latin American place name that is also a word does.
      const common = !capital && (w.population ?? 0) < WORLD_CITY_ALONE;
      const strong = capital || (w.population ?? 0) >= WORLD_CITY_STRONG;
      for (const n of new Set([w.name, ...w.aliases])) addWorld(n, place, common, strong);
    };
    if (c.capital) city(c.capital, true);
    for (const w of c.cities) city(w, false);
  }

  // One object shape for every entry and every place (the world's have flags the others lack): the look-ups that
  // read them stay monomorphic, as fast as before the world was added.
  const canonical = new Map<Place, Place>();
  const canon = (p: Place): Place => {
    let c = canonical.get(p);
    if (!c) {
      c = {
        kind: p.kind, name: p.name, country: p.country, admin1: p.admin1, admin1Code: p.admin1Code, admin2: p.admin2,
        admin3: p.admin3, place: p.place, ubigeo: p.ubigeo, lat: p.lat, lon: p.lon, world: p.world === true,
        demonym: p.demonym === true,
      };
      canonical.set(p, c);
    }
    return c;
  };
  for (const [key, list] of byKey) {
    byKey.set(key, list.map((e) => ({
      place: canon(e.place), display: e.display, common: e.common, upper: e.upper === true, world: e.world === true,
      strong: e.strong === true,
    })));
  }

  const trie: Trie = new Map();
  const firstWords = new Uint32Array(FIRST_MASK / 32 + 1);
  for (const [key, entries] of byKey) {
    let level = trie;
    let node: TrieNode | null = null;
    for (const word of key.split(' ')) {
      const hash = wordHash(word, 0, word.length);
      if (level === trie) firstWords[(hash & FIRST_MASK) >>> 5]! |= 1 << (hash & 31);
      node = child(level, word, 0, word.length, hash);
      if (!node) {
        node = { word, entries: null, next: null, other: level.get(hash) ?? null };
        level.set(hash, node);
      }
      level = node.next ??= new Map();
    }
    node!.entries = entries;
  }
  return { trie, firstWords, countries, cityZones };
}

let index: Index | null = null;
function getIndex(): Index {
  index ??= build();
  return index;
}

/** Reads the gazetteer now rather than on first use (a long-running process's start-up). */
export function loadGazetteer(): void {
  getIndex();
}

/** Country names and time zones known to the gazetteer. */
export function countryInfo(code: string): CountryInfo | null {
  return getIndex().countries.get(code) ?? null;
}

/**
 * The first-level divisions of the covered countries whose time is not their country's (IANA tzdb, the zone of the
 * division's capital): Mexico's Pacific and Southeast zones, Brazil's Amazon and Acre time, Chile's Magallanes,
 * Ecuador's Galápagos.
 */
const DIVISION_ZONES: Record<string, string> = {
  'MX-BCN': 'America/Tijuana', 'MX-BCS': 'America/Mazatlan', 'MX-SIN': 'America/Mazatlan', 'MX-NAY': 'America/Mazatlan',
  'MX-SON': 'America/Hermosillo', 'MX-CHH': 'America/Chihuahua', 'MX-ROO': 'America/Cancun',
  'BR-AC': 'America/Rio_Branco', 'BR-AM': 'America/Manaus', 'BR-RR': 'America/Boa_Vista', 'BR-RO': 'America/Porto_Velho',
  'BR-MT': 'America/Cuiaba', 'BR-MS': 'America/Campo_Grande',
  'CL-MA': 'America/Punta_Arenas',
  'EC-W': 'Pacific/Galapagos',
};

/** The time zone of a place when it is not its country's (a world city, a division of another zone), else null. */
export function placeTimeZone(p: { country: string | null; admin1Code: string | null; place: string | null }): string | null {
  if (!p.country) return null;
  if (p.place) {
    const zone = getIndex().cityZones.get(`${p.country}|${p.place}`);
    if (zone) return zone;
  }
  return (p.admin1Code && DIVISION_ZONES[p.admin1Code]) || null;
}

const SPECIFICITY: Record<PlaceKind, number> = {
  country: 0, admin1: 1, department: 1, province: 2, district: 3, city: 3, landmark: 4,
};
export const specificity = (p: Place): number => SPECIFICITY[p.kind];

// A name right after one of these is part of a street, square or building name, not the place itself.
const STREET_WORDS = new Set([
  'avenida', 'av', 'avda', 'jiron', 'jr', 'calle', 'pasaje', 'psje', 'plaza', 'parque', 'estadio', 'coliseo',
  'colegio', 'hospital', 'street', 'avenue', 'mercado', 'malecon', 'paseo', 'boulevard', 'bulevar', 'urbanizacion',
  'universidad', 'university', 'clinica', 'banco', 'club', 'sporting', 'deportivo',
]);
const REGION_WORDS = new Set(['region', 'departamento', 'department', 'regional', 'regiones', 'departamentos']);
const PROVINCE_WORDS = new Set(['provincia', 'province']);
const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'do', 'da', 'dos', 'das', 'of', 'the']);

/** True when every word of the display name that starts with a capital letter is capitalized in the text too. */
function caseShapeMatches(display: string, original: string): boolean {
  // One word each (most names): only its first letter is compared.
  if (!/[\s\-']/.test(display) && !/[\s\-']/.test(original)) {
    const d = display.charAt(0);
    const g = original.charAt(0);
    return d === d.toLowerCase() || g !== g.toLowerCase();
  }
  const want = display.split(/[\s\-']+/).filter(Boolean);
  const got = original.split(/[\s\-']+/).filter(Boolean);
  if (want.length !== got.length) return true; // tokenization differs (punctuation); do not judge
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (CONNECTORS.has(fold(w))) continue;
    const capital = w.charAt(0) !== w.charAt(0).toLowerCase();
    if (capital && g.charAt(0) === g.charAt(0).toLowerCase()) return false;
  }
  return true;
}

/** An abbreviation written in capitals: "US", "U.S.", "EE.UU." (not "us", "Us"). */
function upperMatches(written: string): boolean {
  const letters = written.replace(/[^\p{L}]/gu, '');
  return letters === letters.toUpperCase();
}

/** The words ([a-z0-9]+) of a folded text: offsets, and a hash of each (wordHash). */
interface Words {
  folded: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
}

const FIRST_MASK = (1 << 21) - 1;

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** A lower-case letter (ASCII, or Latin-1 / Latin Extended-A lower case: "é", "ñ"). */
const isLowerCode = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

/** A 30-bit FNV-1a hash of folded[start..end) (30 bits: a small integer, never a boxed number). */
function wordHash(folded: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ folded.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

// findPlaces reads one text at a time: its words go in the same buffers every time (grown when a text has more).
const scratch: Words = { folded: '', count: 0, starts: new Int32Array(256), ends: new Int32Array(256), hashes: new Int32Array(256) };

function doubled(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function words(folded: string): Words {
  const w = scratch;
  w.folded = folded;
  w.count = 0;
  let start = -1;
  let h = 0;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0;
    if (isWordCode(c)) {
      if (start < 0) {
        start = i;
        h = 0x811c9dc5;
      }
      h = Math.imul(h ^ c, 0x01000193);
    } else if (start >= 0) {
      if (w.count === w.starts.length) {
        w.starts = doubled(w.starts);
        w.ends = doubled(w.ends);
        w.hashes = doubled(w.hashes);
      }
      w.starts[w.count] = start;
      w.ends[w.count] = i;
      w.hashes[w.count] = h & 0x3fffffff;
      w.count++;
      start = -1;
    }
  }
  return w;
}

const wordAt = (w: Words, k: number): string | undefined =>
  k >= 0 && k < w.count ? w.folded.slice(w.starts[k]!, w.ends[k]!) : undefined;

interface Raw {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  entries: Entry[];
}

/**
 * Places named in a text, in text order. Matching is accent- and case-insensitive on word boundaries and prefers
 * the longest name. Same-named places are resolved with the rest of the text (a department or province also
 * named, a country named or given in options); names that are also common words need such context, and an
 * ambiguity that the text does not settle is dropped (or kept at department level when all candidates share one).
 */
export function findPlaces(text: string, opts: FindOptions = {}): PlaceMatch[] {
  const idx = getIndex();
  const folded = opts.folded ?? fold(text);
  const tokens = words(folded);
  const { count, starts, ends } = tokens;
  const raws: Raw[] = [];
  for (let i = 0; i < count; ) {
    // The longest name from this word on (most words begin none: their hash says so without slicing them).
    let found: Raw | null = null;
    const first = tokens.hashes[i]! & FIRST_MASK;
    let level: Trie | null = idx.firstWords[first >>> 5]! & (1 << (first & 31)) ? idx.trie : null;
    for (let k = i; level && k < count; k++) {
      const node = child(level, folded, starts[k]!, ends[k]!, tokens.hashes[k]!);
      if (!node) break;
      if (node.entries) found = { start: starts[i]!, end: ends[k]!, tokenStart: i, tokenEnd: k + 1, entries: node.entries };
      level = node.next;
    }
    if (found) {
      raws.push(found);
      i = found.tokenEnd;
    } else i++;
  }
  if (!raws.length) return [];

  // Drop names inside street and building names, and common words not written as names.
  const usable: Raw[] = [];
  for (const r of raws) {
    const prev = wordAt(tokens, r.tokenStart - 1);
    if (prev && STREET_WORDS.has(prev) && !r.entries.some((e) => e.place.kind === 'landmark')) continue;
    // (In a name, a latam2 name that is also a word or an outlet's, "Granma", "Central", is not its division.)
    let entries = opts.names
      ? r.entries.filter((e) => !(e.world && e.common && e.place.admin1Code !== null)).map((e) => (e.common && !e.world ? { ...e, common: false } : e))
      : r.entries;
    // A world name is written with a capital ("us", "nice" go at once), but for Spanish demonyms ("franceses").
    const lowerFirst = isLowerCode(text.charCodeAt(r.start));
    if (lowerFirst && entries.every((e) => e.world && !isLowerCode(e.display.charCodeAt(0)))) continue;
    if (entries.some((e) => e.common || e.world)) {
      const written = text.slice(r.start, r.end);
      entries = entries.filter((e) => !(e.common || e.world) || (caseShapeMatches(e.display, written) && (!e.upper || upperMatches(written))));
    }
    if (entries.length === 0) continue;
    r.entries = entries;
    usable.push(r);
  }

  // Context: regions, provinces and countries that the text names (by entries that are not common words).
  const ctxAdmin1 = new Set<string>();
  const ctxProvince = new Set<string>();
  const ctxCountry = new Set<string>(opts.countries ?? []);
  const namedCountry = new Set<string>(opts.countries ?? []);
  for (const r of usable) {
    // A region whose name is also a common word or a person's name counts as context where it is written as a
    // region: a dateline ("San Martín: ..."), after a comma ("Juan Guerra, San Martín") or after "región".
    // (", " right before: the two characters, compared without slicing them out.)
    const afterComma = r.start >= 2 && text.charCodeAt(r.start - 2) === 44 && text.charCodeAt(r.start - 1) === 32;
    const prevWord = wordAt(tokens, r.tokenStart - 1);
    const asRegion = r.start === 0 || afterComma || (prevWord !== undefined && REGION_WORDS.has(prevWord));
    // (A world name that Peru or a covered country also has, "Guadalupe", names no world country by itself.)
    const shared = r.entries.length > 1 && r.entries.some((e) => e.world) && r.entries.some((e) => !e.world);
    for (const e of r.entries) {
      if (e.common && !(asRegion && (e.place.kind === 'department' || e.place.kind === 'admin1'))) continue;
      if (shared && e.world) continue;
      const p = e.place;
      if ((p.kind === 'department' || p.kind === 'admin1') && p.admin1Code) ctxAdmin1.add(p.admin1Code);
      if (p.kind === 'province' && p.ubigeo) ctxProvince.add(p.ubigeo);
      if (p.kind === 'country') {
        ctxCountry.add(p.country);
        namedCountry.add(p.country);
      }
    }
  }
  // Places that are unique and unambiguous also say which country the text is about.
  // (Those of Peru and the covered countries, and their names, are kept apart too: see resolve.)
  const textCovered = new Set<string>();
  for (const r of usable) {
    const country = r.entries[0]!.place.country;
    let one = true;
    for (const e of r.entries) {
      if (e.common || e.place.country !== country) {
        one = false;
        break;
      }
    }
    if (one) ctxCountry.add(country);
    if (one && !r.entries[0]!.world) textCovered.add(country);
  }

  const out: PlaceMatch[] = [];
  for (const r of usable) {
    const place = resolve(r, tokens, ctxAdmin1, ctxProvince, ctxCountry, namedCountry, textCovered);
    if (place) {
      out.push({
        kind: place.kind, name: place.name, country: place.country, admin1: place.admin1, admin1Code: place.admin1Code,
        admin2: place.admin2, admin3: place.admin3, place: place.place, ubigeo: place.ubigeo, lat: place.lat,
        lon: place.lon, start: r.start, end: r.end, text: text.slice(r.start, r.end),
        world: place.world === true, demonym: place.demonym === true,
      });
    }
  }
  return out;
}

function resolve(
  r: Raw,
  tokens: Words,
  ctxAdmin1: Set<string>,
  ctxProvince: Set<string>,
  ctxCountry: Set<string>,
  namedCountry: Set<string>,
  textCovered: Set<string>,
): Place | null {
  let cands = r.entries;
  if (cands.length > 1 && cands.some((e) => e.world)) {
    if (cands.some((e) => !e.world)) {
      // A name shared with Peru or a covered country is theirs, unless the text names the world place's country, or
      // the world name is a strong one (Entry.strong) and theirs are only common words or Peruvian districts of
      // countries the text does not name ("Madrid": Spain's capital, not the Colombian town; "Montevideo": not the
      // district of Amazonas; "Santiago" stays Chile's).
      const named = cands.filter((e) => e.world && ctxCountry.has(e.place.country));
      const latam = cands.filter((e) => !e.world);
      const strong = cands.filter((e) => e.strong);
      if (named.length) cands = named;
      else if (strong.length && latam.every((e) => (e.common || e.place.kind === 'district') && !ctxCountry.has(e.place.country))) cands = strong;
      else cands = latam;
    } else {
      // Among world places only: the one that is no common word ("Barcelona": Spain's, not Venezuela's smaller one).
      const plain = cands.filter((e) => !e.common || ctxCountry.has(e.place.country));
      if (plain.length && plain.length < cands.length) cands = plain;
    }
  }
  const prev = wordAt(tokens, r.tokenStart - 1);
  const prev2 = wordAt(tokens, r.tokenStart - 2);
  const next = wordAt(tokens, r.tokenEnd);
  const regionCue = (prev && REGION_WORDS.has(prev)) || (prev === 'de' && prev2 && REGION_WORDS.has(prev2)) ||
    (prev === 'of' && prev2 && REGION_WORDS.has(prev2)) || (next && REGION_WORDS.has(next));
  const provinceCue = (prev && PROVINCE_WORDS.has(prev)) || (prev === 'de' && prev2 && PROVINCE_WORDS.has(prev2)) ||
    (prev === 'of' && prev2 && PROVINCE_WORDS.has(prev2)) || (next && PROVINCE_WORDS.has(next));

  if (cands.length > 1 && ctxCountry.size) {
    const inCountry = cands.filter((e) => ctxCountry.has(e.place.country));
    if (inCountry.length) cands = inCountry;
  }
  if (cands.length > 1 && regionCue) {
    const regions = cands.filter((e) => e.place.kind === 'department' || e.place.kind === 'admin1');
    if (regions.length) cands = regions;
  }
  if (cands.length > 1 && provinceCue) {
    const provinces = cands.filter((e) => e.place.kind === 'province');
    if (provinces.length) cands = provinces;
  }
  if (cands.length > 1) {
    // A province or department named elsewhere in the text settles which one is meant.
    const byProvince = cands.filter((e) => e.place.ubigeo && ctxProvince.has(e.place.ubigeo.slice(0, 4)) &&
      e.place.kind !== 'province');
    if (byProvince.length) cands = byProvince;
  }
  if (cands.length > 1) {
    const byRegion = cands.filter((e) => e.place.admin1Code && ctxAdmin1.has(e.place.admin1Code) &&
      e.place.kind !== 'department' && e.place.kind !== 'admin1');
    const regionSelf = cands.filter((e) => e.place.kind === 'department' || e.place.kind === 'admin1');
    // "Arequipa": the department, its province and its capital share the name: the city is meant.
    const nested = cands.every((e) => e.place.admin1Code === cands[0]!.place.admin1Code);
    if (nested) cands = [capitalOrArea(cands)];
    else if (byRegion.length && !(regionSelf.length && byRegion.every((e) => regionSelf.some((s) => s.place.admin1Code === e.place.admin1Code)))) cands = byRegion;
    else if (regionSelf.length === 1) {
      // A first-level division outranks same-named smaller places elsewhere; its own capital of that name wins.
      const code = regionSelf[0]!.place.admin1Code;
      cands = [capitalOrArea(cands.filter((e) => e.place.admin1Code === code))];
    } else if (regionSelf.length) cands = regionSelf;
  }
  if (cands.length > 1) {
    const countries = new Set(cands.map((e) => e.place.country));
    if (countries.size > 1) {
      // Several countries and none named: Peru's department or province, else another country's one main city
      // ("Buenos Aires" rather than two Peruvian districts of that name), else Peru's places.
      const peru = cands.filter((e) => e.place.country === 'PE');
      const peruAreas = peru.filter((e) => e.place.kind === 'department' || e.place.kind === 'province');
      const foreignCities = cands.filter((e) => e.place.country !== 'PE' && e.place.kind === 'city');
      if (peruAreas.length) cands = peruAreas;
      else if (foreignCities.length === 1) cands = foreignCities;
      else if (peru.length) cands = peru;
      else return null;
    }
  }
  if (cands.length > 1) {
    const deps = new Set(cands.map((e) => e.place.admin1Code));
    if (deps.size !== 1) return null;
    const only = cands[0]!.place;
    // All candidates in one department: keep the department only.
    cands = [{ ...cands[0]!, place: { ...only, kind: 'department', name: only.admin1 ?? only.name, admin2: null, admin3: null, place: null, ubigeo: only.ubigeo?.slice(0, 2) ?? null } }];
  }
  const chosen = cands[0];
  if (!chosen) return null;
  // A latam2 town or division (a world place with a division code) that is no capital, in a text whose unambiguous
  // places are all of Peru or a covered country and that does not name its country, is a namesake that the
  // gazetteer lacks ("Salcedo, Cotopaxi": Ecuador's, not the Dominican seat).
  if (chosen.world && chosen.place.admin1Code !== null && !chosen.strong && textCovered.size &&
    !textCovered.has(chosen.place.country) && !namedCountry.has(chosen.place.country)) return null;
  if (chosen.common) {
    // A common word counts only with its region (or, outside Peru, its country) named as well.
    const p = chosen.place;
    const regionNamed = p.admin1Code !== null && ctxAdmin1.has(p.admin1Code) && p.kind !== 'department' && p.kind !== 'admin1';
    const provinceNamed = p.ubigeo !== null && ctxProvince.has(p.ubigeo.slice(0, 4)) && p.kind !== 'province';
    // (A world city also counts with another place of its country named: "Paris, Lyon and Marseille".)
    const countryNamed = p.country !== 'PE' && (namedCountry.has(p.country) || (chosen.world === true && ctxCountry.has(p.country)));
    const regionSelf = (regionCue && p.kind === 'admin1') || p.kind === 'department';
    if (!regionNamed && !provinceNamed && !countryNamed && !regionSelf) return null;
  }
  return chosen.place;
}

/**
 * Same-named places in one region: the capital when the name is the region's (or province's) capital district
 * ("Arequipa", "Lima", "Nazca"), else the largest area ("Madre de Dios" is the department, not its district).
 */
function capitalOrArea(entries: Entry[]): Entry {
  const ranked = [...entries].sort((a, b) => SPECIFICITY[a.place.kind] - SPECIFICITY[b.place.kind]);
  const area = ranked[0]!;
  const code = area.place.ubigeo;
  if (area.place.country === 'PE' && code) {
    const capitalCode = code.length === 2 ? code + '0101' : code.length === 4 ? code + '01' : null;
    const capital = ranked.find((e) => e.place.ubigeo === capitalCode);
    if (capital) return capital;
    if (code.length === 2) {
      const province = ranked.find((e) => e.place.kind === 'province' && e.place.ubigeo === code + '01');
      if (province) return province;
    }
  }
  if (area.place.kind === 'admin1' || area.place.kind === 'department') {
    const city = ranked.find((e) => e.place.kind === 'city');
    if (city) return city;
  }
  return area;
}
