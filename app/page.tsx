import { Dashboard } from '../components/Dashboard';
import { DEFAULT_LANG } from '../components/i18n';
import { getStore } from '../lib/store';

// Every request reads the current snapshot; the page must never be prerendered or cached.
export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const store = await getStore();
  const [page, today, last24h, info] = await Promise.all([
    store.queryIncidents({ limit: 50 }),
    store.getStats('today'),
    store.getStats('24h'),
    store.getRuntimeInfo(),
  ]);
  return (
    <Dashboard
      lang={DEFAULT_LANG}
      info={info}
      initial={{ incidents: page.incidents, streamId: page.streamId, today, last24h }}
    />
  );
}
