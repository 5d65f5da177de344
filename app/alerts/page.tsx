import { cookies, headers } from 'next/headers';
import { AlertsPanel } from '../../components/alerts/AlertsPanel';
import { LANG_COOKIE, langFromCookie } from '../../components/i18n';
import { listRules, type RuleListEntry } from '../../lib/admin/alerts';
import { authorizeAdmin } from '../../lib/auth';
import { config } from '../../lib/config/env';
import { getStore } from '../../lib/store';
import { alertStoreOf } from '../../lib/store/alerts';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Vigía · Alertas' };

/** /alerts: recent alerts with delivery logs and acknowledgement, silences, and the rules (admins edit them). */
export default async function AlertsPage() {
  const c = config();
  const store = alertStoreOf((await getStore()).redis);
  const [alerts, silences, h, jar] = await Promise.all([store.listAlerts(50), store.listSilences(), headers(), cookies()]);
  let rules: RuleListEntry[] = [];
  let rulesError: string | null = null;
  try {
    rules = (await listRules(store.redis, c.VIGIA_ALERTS)).body.rules;
  } catch (e) {
    rulesError = (e as Error).message;
  }
  return (
    <AlertsPanel
      lang={langFromCookie(jar.get(LANG_COOKIE)?.value)}
      alerts={alerts}
      silences={silences}
      rules={rules}
      rulesError={rulesError}
      admin={authorizeAdmin(h, c).ok}
      adminConfigured={Boolean(c.VIGIA_ADMIN_TOKEN || c.VIGIA_ADMIN_PASSWORD)}
      timeZone={c.VIGIA_TZ}
    />
  );
}
