// A child process of bench/fanout.ts: writes a burst of reports through the store, as a worker process would.
// argv: <redis url> <count> [<incidents per second>, 0 = as fast as the store takes them].
import { Store } from '../lib/store';
import { connect } from '../lib/store/redis';
import type { Report } from '../lib/types';

const [url, countArg, rateArg] = process.argv.slice(2);
const rate = Number(rateArg ?? 0);
const start = Date.now();
const store = new Store(connect(url!, { name: 'bench-writer' }));
for (let k = 0; k < Number(countArg); k++) {
  const now = new Date().toISOString();
  const report: Report = {
    id: `rep_fan${k}`, source: 'bench', outlet: 'Bench', scale: 'national', title: `Enfrentamientos número ${k} en la plaza`, summary: '', link: null,
    lang: 'es', published: now, ingested: now, demo: false, type: 'clash', status: 'ongoing', country: 'PE', admin1: 'Puno', admin1Code: `PE-F${k}`,
    admin2: null, admin3: `F${k}`, place: `F${k}`, ubigeo: null, lat: null, lon: null, precision: 1, killed: null, injured: null, detained: null,
    actors: [], date: now.slice(0, 10), confidence: 0.8, cues: [],
  };
  await store.writer.ingest(`fan-${k}`, report);
  if (rate > 0) {
    const wait = start + ((k + 1) * 1000) / rate - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}
await store.close();
process.exit(0);
