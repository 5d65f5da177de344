import type { Metadata } from 'next';
import { status } from '../../lib/status';
import { getStore } from '../../lib/store';
import styles from './status.module.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Vigía · status' };

const ago = (ms: number | null) => (ms === null ? 'never' : ms < 60_000 ? `${Math.round(ms / 1000)} s ago` : `${Math.round(ms / 60_000)} min ago`);

/** The operators' page: is everything running, and if not, what. English only: it is for whoever runs Vigía. */
export default async function StatusPage() {
  const s = await status(await getStore());
  const h = s.health;
  return (
    <main className={styles.page}>
      <h1>Vigía status</h1>
      <p className={h.ok ? styles.ok : styles.bad} data-testid="status-overall">
        {h.ok ? 'All systems running' : `Degraded: ${h.reasons.join('; ')}`}
      </p>

      <section>
        <h2>Redis</h2>
        {s.redis ? (
          <table className={styles.table}>
            <tbody>
              <tr><th>Version</th><td>{s.redis.version}</td></tr>
              <tr><th>Memory used</th><td>{s.redis.usedMemory}</td></tr>
              <tr><th>maxmemory-policy</th><td className={s.redis.maxmemoryPolicy === 'noeviction' ? '' : styles.bad}>{s.redis.maxmemoryPolicy}</td></tr>
              <tr><th>AOF</th><td className={s.redis.aof ? '' : styles.bad}>{s.redis.aof ? 'on' : 'off'}</td></tr>
              <tr><th>Uptime</th><td>{Math.round(s.redis.uptimeS / 60)} min</td></tr>
            </tbody>
          </table>
        ) : (
          <p className={styles.bad}>Not reachable.</p>
        )}
      </section>

      <section>
        <h2>Processes</h2>
        <table className={styles.table}>
          <thead><tr><th>Kind</th><th>Id</th><th>Last heartbeat</th><th>Socket clients</th><th>Stream position</th></tr></thead>
          <tbody>
            {s.workers.map((w) => (
              <tr key={`w${w.id}`} className={w.lastBeatMs > 30_000 ? styles.stale : ''}><td>worker</td><td>{w.id}</td><td>{ago(w.lastBeatMs)}</td><td /><td /></tr>
            ))}
            {s.webs.map((w) => (
              <tr key={`s${w.id}`} className={w.lastBeatMs > 30_000 ? styles.stale : ''}><td>web</td><td>{w.id}</td><td>{ago(w.lastBeatMs)}</td><td>{w.clients}</td><td>{w.position}</td></tr>
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h2>Queue and stream</h2>
        <table className={styles.table}>
          <tbody>
            {Object.entries(h.queue ?? {}).map(([k, v]) => (
              <tr key={k}><th>poll jobs {k}</th><td>{v}</td></tr>
            ))}
            <tr><th>stream entries</th><td>{s.stream?.length ?? '?'}</td></tr>
            <tr><th>last entry</th><td>{s.stream?.lastId ?? 'none'} ({ago(s.stream?.lastAgeMs ?? null)})</td></tr>
          </tbody>
        </table>
      </section>

      <section>
        <h2>Sources</h2>
        <table className={styles.table}>
          <thead><tr><th>Source</th><th>Last poll</th><th>HTTP</th><th>Error streak</th><th>Last error</th></tr></thead>
          <tbody>
            {h.sources.map((src) => (
              <tr key={src.id} className={src.errorStreak > 0 ? styles.stale : ''}>
                <td>{src.name}</td>
                <td>{src.lastPoll ? new Date(src.lastPoll).toISOString().replace('T', ' ').slice(0, 19) + ' UTC' : 'never'}</td>
                <td>{src.lastStatus ?? ''}</td>
                <td>{src.errorStreak}</td>
                <td>{src.lastError ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
