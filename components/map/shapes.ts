// Server only: Peru's departments from data/geo (juaneladio/peru-geojson, MPL-2.0, unmodified), projected once to
// SVG path data with d3-geo. The browser receives the paths and the frame, never the GeoJSON or d3-geo.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Department, MapFrame } from './projection';

export const GEOJSON_FILE = join(process.cwd(), 'data', 'geo', 'peru_departamental_simple.geojson');

/** NOMBDEP of the GeoJSON -> ISO 3166-2 code and the name as written in Spanish. */
export const DEPARTMENTS: Record<string, { code: string; name: string }> = {
  AMAZONAS: { code: 'PE-AMA', name: 'Amazonas' },
  ANCASH: { code: 'PE-ANC', name: 'Áncash' },
  APURIMAC: { code: 'PE-APU', name: 'Apurímac' },
  AREQUIPA: { code: 'PE-ARE', name: 'Arequipa' },
  AYACUCHO: { code: 'PE-AYA', name: 'Ayacucho' },
  CAJAMARCA: { code: 'PE-CAJ', name: 'Cajamarca' },
  CALLAO: { code: 'PE-CAL', name: 'Callao' },
  CUSCO: { code: 'PE-CUS', name: 'Cusco' },
  HUANCAVELICA: { code: 'PE-HUV', name: 'Huancavelica' },
  HUANUCO: { code: 'PE-HUC', name: 'Huánuco' },
  ICA: { code: 'PE-ICA', name: 'Ica' },
  JUNIN: { code: 'PE-JUN', name: 'Junín' },
  'LA LIBERTAD': { code: 'PE-LAL', name: 'La Libertad' },
  LAMBAYEQUE: { code: 'PE-LAM', name: 'Lambayeque' },
  LIMA: { code: 'PE-LIM', name: 'Lima' },
  LORETO: { code: 'PE-LOR', name: 'Loreto' },
  'MADRE DE DIOS': { code: 'PE-MDD', name: 'Madre de Dios' },
  MOQUEGUA: { code: 'PE-MOQ', name: 'Moquegua' },
  PASCO: { code: 'PE-PAS', name: 'Pasco' },
  PIURA: { code: 'PE-PIU', name: 'Piura' },
  PUNO: { code: 'PE-PUN', name: 'Puno' },
  'SAN MARTIN': { code: 'PE-SAM', name: 'San Martín' },
  TACNA: { code: 'PE-TAC', name: 'Tacna' },
  TUMBES: { code: 'PE-TUM', name: 'Tumbes' },
  UCAYALI: { code: 'PE-UCA', name: 'Ucayali' },
};

export interface PeruMapData {
  frame: MapFrame;
  departments: Department[];
}

const WIDTH = 400;
const HEIGHT = 560;
const PAD = 8;

export function buildMap(collection: FeatureCollection<Geometry, { NOMBDEP: string }>): PeruMapData {
  const projection = geoMercator().fitExtent(
    [
      [PAD, PAD],
      [WIDTH - PAD, HEIGHT - PAD],
    ],
    collection,
  );
  const path = geoPath(projection).digits(1);
  const departments = collection.features.map((f) => {
    const dep = DEPARTMENTS[f.properties.NOMBDEP];
    if (!dep) throw new Error(`${GEOJSON_FILE}: unknown department ${f.properties.NOMBDEP}`);
    return { ...dep, d: path(f) ?? '' };
  });
  departments.sort((a, b) => a.name.localeCompare(b.name, 'es'));
  const [tx, ty] = projection.translate();
  return { frame: { width: WIDTH, height: HEIGHT, scale: projection.scale(), translate: [tx, ty] }, departments };
}

let cached: PeruMapData | null = null;

export function peruMap(): PeruMapData {
  cached ??= buildMap(JSON.parse(readFileSync(GEOJSON_FILE, 'utf8')));
  return cached;
}
