import { headers } from 'next/headers';
import { SourcesPanel } from '../../components/sources/SourcesPanel';
import { listSourcesWithHealth } from '../../lib/admin/sources';
import { authorizeAdmin } from '../../lib/auth';
import { config } from '../../lib/config/env';
import { getStore } from '../../lib/store';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Vigía · Fuentes' };

/** /sources: every source with its health, live; admins add, preview, pause, edit, reset, remove, import and export. */
export default async function SourcesPage() {
  const c = config();
  const [sources, h] = await Promise.all([listSourcesWithHealth((await getStore()).redis), headers()]);
  return (
    <SourcesPanel
      initial={sources}
      admin={authorizeAdmin(h, c).ok}
      adminConfigured={Boolean(c.VIGIA_ADMIN_TOKEN || c.VIGIA_ADMIN_PASSWORD)}
    />
  );
}
