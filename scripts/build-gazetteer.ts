// Builds data/gazetteer/peru.json from the ubigeo CSV files of ../shared/data/peru-ubigeo.
// Run from the project root: npx tsx scripts/build-gazetteer.ts [sourceDir]
// The product reads only the JSON it writes; this script is the one place that reads the CSV.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SRC = resolve(process.argv[2] ?? join('..', 'shared', 'data', 'peru-ubigeo'));
const OUT = resolve('data', 'gazetteer');

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase();

const clean = (s: string) =>
  s
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

// Accented spellings the capital column lacks (given names and surnames in district names).
const EXTRA_WORDS = [
  'Rodríguez', 'Gálvez', 'Martín', 'Andrés', 'José', 'Ramón', 'Bolívar', 'Túpac', 'Cáceres', 'Carrión', 'Sánchez',
  'Perú', 'Fermín', 'Jesús', 'María', 'Simón', 'Tomás', 'Jerónimo', 'Nicolás', 'Agustín', 'Cristóbal', 'Hernández',
  'Domínguez', 'Ríos', 'Unión', 'Concepción', 'Asunción', 'Ascensión', 'Inclán', 'Albarracín', 'Cápac', 'Román',
  'Convención', 'Marañón', 'Víctor', 'Chimú', 'Alomía', 'Soplín', 'Huamalíes', 'Bongará', 'Purús',
];

// The department column has no accents; these are the official Spanish names.
const DEPARTMENT_NAMES: Record<string, string> = {
  AMAZONAS: 'Amazonas', ANCASH: 'Áncash', APURIMAC: 'Apurímac', AREQUIPA: 'Arequipa', AYACUCHO: 'Ayacucho',
  CAJAMARCA: 'Cajamarca', CALLAO: 'Callao', CUSCO: 'Cusco', HUANCAVELICA: 'Huancavelica', HUANUCO: 'Huánuco',
  ICA: 'Ica', JUNIN: 'Junín', 'LA LIBERTAD': 'La Libertad', LAMBAYEQUE: 'Lambayeque', LIMA: 'Lima',
  LORETO: 'Loreto', 'MADRE DE DIOS': 'Madre de Dios', MOQUEGUA: 'Moquegua', PASCO: 'Pasco', PIURA: 'Piura',
  PUNO: 'Puno', 'SAN MARTIN': 'San Martín', TACNA: 'Tacna', TUMBES: 'Tumbes', UCAYALI: 'Ucayali',
};

const LOWER = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e']);

/**
 * Restores accents of an upper-case unaccented name word by word, from the accented words of the
 * capital column (the most frequent accented spelling of each word), and title-cases it.
 */
function makeRestorer(capitals: string[], preferred: string[]): (upper: string) => string {
  const forms = new Map<string, Map<string, number>>();
  for (const cap of capitals) {
    for (const w of clean(cap).split(/[^\p{L}]+/u)) {
      if (!w) continue;
      const key = fold(w);
      const m = forms.get(key) ?? new Map<string, number>();
      const form = w.toLowerCase();
      m.set(form, (m.get(form) ?? 0) + 1);
      forms.set(key, m);
    }
  }
  const best = new Map<string, string>();
  for (const [key, m] of forms) {
    const ranked = [...m].sort((a, b) => b[1] - a[1]);
    best.set(key, ranked[0]![0]);
  }
  for (const w of preferred) best.set(fold(w), w.toLowerCase());
  return (upper: string) =>
    clean(upper)
      .split(' ')
      .map((word, wi) =>
        word
          .split('-')
          .map((part) => {
            const lower = best.get(fold(part)) ?? part.toLowerCase();
            if (wi > 0 && LOWER.has(lower)) return lower;
            return lower.charAt(0).toUpperCase() + lower.slice(1);
          })
          .join('-'),
      )
      .join(' ');
}

const num = (s: string): number | null => {
  const n = Number(s);
  return s === '' || s === 'NA' || !Number.isFinite(n) ? null : Math.round(n * 1e5) / 1e5;
};

function build(): void {
  const read = (f: string) => parseCsv(readFileSync(join(SRC, f), 'utf8'));
  const deps = read('ubigeo_departamento.csv');
  const provs = read('ubigeo_provincia.csv');
  const dists = read('ubigeo_distrito.csv').filter((d) => /^\d{6}$/.test(d.inei ?? ''));
  const restore = makeRestorer(
    [...deps, ...provs, ...dists].map((r) => r.capital ?? ''),
    EXTRA_WORDS,
  );

  const departments = deps.map((d) => {
    const name = DEPARTMENT_NAMES[d.departamento!];
    if (!name) throw new Error(`unknown department ${d.departamento}`);
    return {
      code: d.inei!.slice(0, 2),
      iso: d.iso_3166_2!,
      name,
      capital: clean(d.capital!),
      lat: num(d.latitude!),
      lon: num(d.longitude!),
    };
  });
  const provinces = provs.map((p) => ({
    code: p.inei!.slice(0, 4),
    name: restore(p.provincia!),
    capital: clean(p.capital!),
    lat: num(p.latitude!),
    lon: num(p.longitude!),
  }));
  const districts = dists.map((d) => {
    const capital = d.capital === 'NA' ? null : clean(d.capital!);
    // The capital column has the accents; use it when it spells the same name.
    const name = capital && fold(capital) === clean(d.distrito!) ? capital : restore(d.distrito!);
    return { ubigeo: d.inei!, name, capital, lat: num(d.latitude!), lon: num(d.longitude!) };
  });

  const doc = {
    source: 'jmcastagnetto/ubigeo-peru-aumentado (MIT), see SOURCE.md',
    note: 'INEI ubigeo codes. Departments carry ISO 3166-2 codes; Lima Province (ISO PE-LMA) is counted under PE-LIM.',
    departments,
    provinces,
    districts,
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'peru.json'), JSON.stringify(doc) + '\n');
  copyFileSync(join(SRC, 'LICENSE'), join(OUT, 'LICENSE-peru-ubigeo'));
  process.stdout.write(
    `wrote ${join(OUT, 'peru.json')}: ${departments.length} departments, ${provinces.length} provinces, ${districts.length} districts\n`,
  );
}

build();
