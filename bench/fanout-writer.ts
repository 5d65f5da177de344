// A child process of bench/fanout.ts: writes a burst of reports through the store, as a worker process would.
// argv: <redis url> <count> [<incidents per second>, 0 = as fast as the store takes them].
import { Store } from '../lib/store';
import { connect } from '../lib/store/redis';
import { report } from '../tests/helpers/reports';

const [url, countArg, rateArg] = process.argv.slice(2);
const rate = Number(rateArg ?? 0);
const start = Date.now();
const store = new Store(connect(url!, { name: 'bench-writer' }));
for (let k = 0; k < Number(countArg); k++) {
  const r = report({ id: `rep_fan${k}`, title: `Enfrentamientos número ${k} en la plaza`, type: 'clash', admin1Code: `PE-F${k}`, admin3: `F${k}`, place: `F${k}`, precision: 1 });
  await store.writer.ingest(`fan-${k}`, r);
  if (rate > 0) {
    const wait = start + ((k + 1) * 1000) / rate - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}
await store.close();
process.exit(0);
