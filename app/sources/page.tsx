import { cookies, headers } from 'next/headers';
import { LANG_COOKIE, langFromCookie } from '../../components/i18n';
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
  const [sources, h, jar] = await Promise.all([listSourcesWithHealth((await getStore()).redis), headers(), cookies()]);
  return (
    <SourcesPanel
      lang={langFromCookie(jar.get(LANG_COOKIE)?.value)}
      initial={sources}
      admin={authorizeAdmin(h, c).ok}
      adminConfigured={Boolean(c.VIGIA_ADMIN_TOKEN || c.VIGIA_ADMIN_PASSWORD)}
      timeZone={c.VIGIA_TZ}
    />
  );
}
