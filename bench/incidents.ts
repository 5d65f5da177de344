// Matching a report against stored incidents: the cost must not grow with how many are stored, because candidates
// are looked up by day and region. The same density (incidents per region and day) at 1,000 and at 100,000 stored
// incidents, in Redis through the real write path and in the in-memory index.
import { addDays, MemoryIncidentIndex } from '../lib/incidents';
import { Store } from '../lib/store';
import { keys } from '../lib/store/keys';
import { connect } from '../lib/store/redis';
import { usedMemory } from '../lib/store/retention';
import type { Report } from '../lib/types';

const REGIONS = 25;
const PER_REGION_DAY = 10;
const PROBES = 400;
const FIRST_DAY = '2023-01-01';
const TEMPLATES = [
  (t: string) => [`Bloquean la carretera en ${t}`, 'Pobladores impiden el paso de vehículos con piedras.'],
  (t: string) => [`Marcha de docentes en ${t} exige aumento salarial`, 'La movilización recorrió la plaza de Armas.'],
  (t: string) => [`Enfrentamientos en ${t} dejan 3 heridos`, 'La policía usó gases lacrimógenos.'],
  (t: string) => [`Paro de transportistas en ${t}`, 'No hay buses ni mototaxis desde la madrugada.'],
] as const;
const TYPES = ['roadblock', 'demonstration', 'clash', 'strike'] as const;

/** The n-th synthetic report: region, day and town from n, so that no two of them are one event. */
function synthetic(n: number, probe = ''): Report {
  const region = n % REGIONS;
  const day = addDays(FIRST_DAY, Math.floor(n / (REGIONS * PER_REGION_DAY)));
  const town = `Pueblo ${n}${probe}`;
  const k = n % TEMPLATES.length;
  const [title, summary] = TEMPLATES[k]!(town);
  const at = new Date(Date.parse(`${day}T12:00:00Z`) + (n % 1000)).toISOString();
  return {
    id: `bench:${n}${probe}`, source: `s${n % 40}`, outlet: `Outlet ${n % 40}`, scale: 'national', title, summary, link: null,
    lang: 'es', published: at, ingested: at, demo: false, type: TYPES[k]!, status: 'ongoing', country: 'PE',
    admin1: `Region ${region}`, admin1Code: `PE-R${String(region).padStart(2, '0')}`, admin2: null, admin3: town, place: town,
    ubigeo: null, lat: null, lon: null, precision: 1, killed: null, injured: null, detained: null, actors: [], date: day,
    confidence: 0.8, cues: [],
  };
}

/** Probes spread over the stored range: every other one another outlet's report of a stored incident (it matches),
 *  the others a new town in a busy region and day (every candidate is scored, none matches). */
function probes(stored: number): Report[] {
  return Array.from({ length: PROBES }, (_, k) => {
    const n = Math.floor((k * 7919) % stored);
    const r = synthetic(n, k % 2 ? `:new@${stored}` : '');
    return { ...r, id: `probe:${k}`, outlet: 'Probe Outlet' };
  });
}

/** Reports of new towns, timed first and not counted, so that the figures are of warmed-up code. */
const warmUp = (stored: number) => Array.from({ length: 100 }, (_, k) => ({ ...synthetic(k % stored, `:warm@${stored}`), id: `warm:${k}` }));

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function time(reports: Report[], fn: (r: Report) => unknown): Promise<{ p50: number; p95: number; matched: number }> {
  const ms: number[] = [];
  let matched = 0;
  for (const r of reports) {
    await new Promise((resolve) => setImmediate(resolve));
    const t = performance.now();
    if (await fn(r)) matched++;
    ms.push(performance.now() - t);
  }
  return { p50: +pct(ms, 50).toFixed(3), p95: +pct(ms, 95).toFixed(3), matched };
}

async function fillStore(store: Store, from: number, to: number): Promise<void> {
  const inFlight: Promise<unknown>[] = [];
  for (let n = from; n < to; n++) {
    inFlight.push(store.writer.ingest(`bench-item:${n}`, synthetic(n)));
    if (inFlight.length === 500) await Promise.all(inFlight.splice(0));
  }
  await Promise.all(inFlight);
}

export async function incidentMatching(redisUrl: string, sizes = [1_000, 100_000]): Promise<void> {
  const redis = connect(redisUrl, { name: 'bench-incidents' });
  await redis.flushdb();
  const store = new Store(redis);
  const memory = new MemoryIncidentIndex();
  const rows: Record<string, string | number>[] = [];
  const memRows: Record<string, string | number>[] = [];
  const empty = await usedMemory(redis);
  let stored = 0;
  for (const size of sizes) {
    const t = performance.now();
    await fillStore(store, stored, size);
    const fillS = (performance.now() - t) / 1000;
    const used = (await usedMemory(redis)) - empty;
    memRows.push({
      incidents: size,
      'Redis used MB': +(used / 2 ** 20).toFixed(1),
      'bytes per incident': Math.round(used / size),
      'MB per 100,000 incidents': +((used / size) * 1e5 / 2 ** 20).toFixed(1),
      'stream entries': await redis.xlen(keys.events),
    });
    for (let n = stored; n < size; n++) memory.add(synthetic(n));
    stored = size;
    const ps = probes(size);
    await time(warmUp(size), (r) => store.writer.match(r));
    const redisT = await time(ps, (r) => store.writer.match(r));
    // The in-memory index keeps what it is given: probe a copy so that the stored set stays the same for each size.
    const probeMemory = (r: Report) => memory.add({ ...r, id: `${r.id}@${size}` }).change === 'updated';
    await time(warmUp(size), probeMemory);
    const memoryT = await time(ps, probeMemory);
    rows.push(
      { stored: size, where: 'Redis: candidates + match (ReportWriter.match)', 'p50 ms': redisT.p50, 'p95 ms': redisT.p95, matched: `${redisT.matched}/${PROBES}`, 'fill s': +fillS.toFixed(1) },
      { stored: size, where: 'memory: MemoryIncidentIndex.add', 'p50 ms': memoryT.p50, 'p95 ms': memoryT.p95, matched: `${memoryT.matched}/${PROBES}`, 'fill s': '-' },
    );
  }
  console.log(`\n## incident matching: ${PER_REGION_DAY} incidents per region and day, ${REGIONS} regions; the first size is the baseline`);
  console.table(rows);
  console.log('\n## memory: Redis used_memory above an empty database (incident, report, indexes, counters, stream entry; one report per incident)');
  console.table(memRows);
  await store.close();
}
