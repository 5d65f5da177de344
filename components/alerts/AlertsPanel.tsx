'use client';

// /alerts: recent alerts with their delivery log and acknowledgement, silences and rules (admins add, edit, remove).
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { RuleListEntry } from '../../lib/admin/alerts';
import type { Silence } from '../../lib/alerts/types';
import type { AlertListEntry } from '../../lib/store/alerts';
import { callApi, sendJson, logout, type ApiAnswer } from '../api';
import { formatInstant } from '../format';
import { getDictionary, type Lang } from '../i18n';
import { useHydrated } from '../useHydrated';
import { Login } from '../Login';
import styles from './Alerts.module.css';
import { figures, incidentHref, place } from './summary';

const REFRESH_MS = 10_000;
const DURATIONS: [string, number][] = [
  ['1 h', 3_600_000],
  ['4 h', 4 * 3_600_000],
  ['24 h', 24 * 3_600_000],
  ['7 d', 7 * 24 * 3_600_000],
];
const MATCHERS = ['rule', 'region', 'country', 'type', 'incident', 'severity'] as const;

export interface AlertsPanelProps {
  lang: Lang;
  alerts: AlertListEntry[];
  silences: Silence[];
  rules: RuleListEntry[];
  rulesError: string | null;
  admin: boolean;
  adminConfigured: boolean;
  /** VIGIA_TZ: the zone of the times shown. */
  timeZone: string;
}

const ms = (n: number) => (n % 3_600_000 === 0 ? `${n / 3_600_000} h` : n % 60_000 === 0 ? `${n / 60_000} min` : `${n / 1000} s`);

export function AlertsPanel(props: AlertsPanelProps) {
  const dict = getDictionary(props.lang);
  const t = dict.alerts;
  const [alerts, setAlerts] = useState(props.alerts);
  const [silences, setSilences] = useState(props.silences);
  const [rules, setRules] = useState(props.rules);
  const [message, setMessage] = useState<string | null>(null);
  const when = (iso: string) => formatInstant(iso, dict.locale, props.timeZone);
  // Forms submit through their handlers only: before hydration a submit would reload the page instead.
  const hydrated = useHydrated();

  const reload = useCallback(async () => {
    const get = (path: string) => callApi(path, { cache: 'no-store' });
    const [a, s, r] = await Promise.all([get('/api/alerts'), get('/api/silences'), get('/api/alert-rules')]);
    if (a.ok) setAlerts(a.body.alerts as AlertListEntry[]);
    if (s.ok) setSilences(s.body.silences as Silence[]);
    if (r.ok) setRules(r.body.rules as RuleListEntry[]);
  }, []);

  useEffect(() => {
    const timer = setInterval(() => void reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const act = async (path: string, method: string, body?: unknown) => {
    const r = await sendJson(path, method, body);
    setMessage(r.error);
    await reload();
  };

  const acknowledge = (e: FormEvent<HTMLFormElement>, id: string) => {
    e.preventDefault();
    const by = String(new FormData(e.currentTarget).get('by') ?? '');
    void act(`/api/alerts/${encodeURIComponent(id)}/ack`, 'POST', { by });
  };

  const addSilence = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const matchers = Object.fromEntries(MATCHERS.map((m) => [m, String(f.get(m) ?? '').trim()]).filter(([, v]) => v));
    const expiresAt = new Date(Date.now() + Number(f.get('duration'))).toISOString();
    void act('/api/silences', 'POST', { matchers, expiresAt, comment: String(f.get('comment') ?? '') || undefined });
  };

  return (
    <main className={styles.page} lang={props.lang}>
      <header className={styles.header}>
        <h1>{t.title}</h1>
        <a href="/">{t.back}</a>
        {props.admin && (
          <button type="button" onClick={logout}>
            {t.logout}
          </button>
        )}
      </header>
      {message && (
        <p className={styles.message} role="status">
          {message}
        </p>
      )}
      {!props.admin && (props.adminConfigured ? <Login lang={props.lang} /> : <p className={styles.muted}>{t.adminOff}</p>)}

      <section className={styles.section} aria-labelledby="alerts-list">
        <h2 id="alerts-list">{t.list}</h2>
        {alerts.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <table className={styles.table} data-testid="alerts-table">
            <thead>
              <tr>
                <th>{t.rule}</th>
                <th>{t.region}</th>
                <th>{t.incidents}</th>
                <th>{t.figures}</th>
                <th>{t.when}</th>
                <th>{t.ack}</th>
              </tr>
            </thead>
            <tbody>
              {alerts.map((a) => (
                <tr key={a.alert.id} data-alert={a.alert.id}>
                  <td>
                    {a.rule} <span className={styles.muted}>{a.severity}</span>
                  </td>
                  <td>{place(a.alert)}</td>
                  <td>
                    <a href={incidentHref(a.alert)}>{a.alert.incident.title}</a>
                    <div className={styles.muted}>
                      {dict.types[a.alert.incident.type]} · {dict.statuses[a.alert.incident.status]} · {dict.list.outlets(a.alert.incident.outlets)}
                    </div>
                    <details>
                      <summary>
                        {t.log} ({a.log.length})
                      </summary>
                      <ul className={styles.log}>
                        {a.log.map((e, k) => (
                          <li key={k} className={styles[e.status]}>
                            {when(e.at)} · {t.logStatus[e.status]}
                            {e.channel ? ` · ${e.channel}` : ''}
                            {e.attempt ? ` · ${t.attempt(e.attempt)}` : ''}
                            {e.error ? ` · ${e.error}` : ''}
                          </li>
                        ))}
                      </ul>
                    </details>
                  </td>
                  <td>{figures(a.alert, dict)}</td>
                  <td>{when(a.at)}</td>
                  <td>
                    {a.ack ? (
                      <span className={styles.acked}>✓ {t.ackBy(a.ack.by, when(a.ack.at))}</span>
                    ) : props.admin ? (
                      <form className={styles.form} onSubmit={(e) => acknowledge(e, a.alert.id)}>
                        <label>
                          {t.who} <input name="by" size={10} maxLength={100} />
                        </label>
                        <button type="submit" disabled={!hydrated}>{t.acknowledge}</button>
                      </form>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className={styles.section} aria-labelledby="silences">
        <h2 id="silences">{t.silences}</h2>
        {silences.length === 0 ? (
          <p>{t.noSilences}</p>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th>{t.matchers}</th>
                <th>{t.expires}</th>
                <th>{t.comment}</th>
                {props.admin && <th />}
              </tr>
            </thead>
            <tbody>
              {silences.map((s) => (
                <tr key={s.id}>
                  <td className={styles.code}>
                    {Object.entries(s.matchers)
                      .map(([k, v]) => `${k}=${v}`)
                      .join(', ')}
                  </td>
                  <td>{when(s.expiresAt)}</td>
                  <td>{s.comment}</td>
                  {props.admin && (
                    <td>
                      <button type="button" onClick={() => void act(`/api/silences/${encodeURIComponent(s.id)}`, 'DELETE')}>
                        {t.remove}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {props.admin && (
          <form className={styles.form} onSubmit={addSilence}>
            <label>
              {t.rule}
              <select name="rule" defaultValue="">
                <option value="">—</option>
                {rules.map((r) => (
                  <option key={r.name}>{r.name}</option>
                ))}
              </select>
            </label>
            <label>
              {t.region} <input name="region" placeholder="PE-PUN" size={8} />
            </label>
            <label>
              country <input name="country" placeholder="PE" size={3} />
            </label>
            <label>
              type
              <select name="type" defaultValue="">
                <option value="">—</option>
                {Object.entries(dict.types).map(([k, v]) => (
                  <option key={k} value={k}>
                    {v}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.incidents} <input name="incident" size={12} />
            </label>
            <label>
              {t.severity}
              <select name="severity" defaultValue="">
                <option value="">—</option>
                {['info', 'warning', 'high', 'critical'].map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </label>
            <label>
              {t.duration}
              <select name="duration" defaultValue={String(DURATIONS[1]![1])}>
                {DURATIONS.map(([label, n]) => (
                  <option key={n} value={n}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.comment} <input name="comment" maxLength={500} />
            </label>
            <button type="submit" disabled={!hydrated}>{t.addSilence}</button>
          </form>
        )}
      </section>

      <section className={styles.section} aria-labelledby="rules">
        <h2 id="rules">{t.rules}</h2>
        {props.rulesError && <p className={styles.error}>{props.rulesError}</p>}
        {rules.length === 0 && !props.rulesError ? (
          <p>{t.noRules}</p>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th>{t.rule}</th>
                <th>{t.severity}</th>
                <th>{t.match}</th>
                <th>{t.timing}</th>
                <th>{t.channels}</th>
                {props.admin && <th>{t.admin}</th>}
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => (
                <tr key={r.name}>
                  <td>
                    {r.name} <span className={styles.muted}>{t.origin[r.origin]}</span>
                  </td>
                  {'error' in r ? (
                    <td colSpan={4} className={styles.error}>
                      {r.error}
                    </td>
                  ) : (
                    <>
                      <td>
                        {r.severity}
                        {r.enabled ? '' : ' (off)'}
                      </td>
                      <td className={styles.code}>{JSON.stringify(r.match)}</td>
                      <td>
                        {ms(r.groupWait)} / {ms(r.groupInterval)} / {ms(r.repeatInterval)}
                      </td>
                      <td className={styles.code}>{r.channels.map((c) => Object.values(c).join(' ')).join('; ')}</td>
                    </>
                  )}
                  {props.admin && (
                    <td>
                      <RuleEditor
                        label={t.edit}
                        t={t}
                        initial={r.doc}
                        onSave={(doc) => sendJson(`/api/alert-rules/${encodeURIComponent(r.name)}`, 'PUT', doc)}
                        onDone={reload}
                      />
                      <button type="button" onClick={() => void act(`/api/alert-rules/${encodeURIComponent(r.name)}`, 'DELETE')}>
                        {t.remove}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {props.admin && <RuleEditor label={t.addRule} t={t} initial={NEW_RULE} onSave={(doc) => sendJson('/api/alert-rules', 'POST', doc)} onDone={reload} />}
      </section>
    </main>
  );
}

const NEW_RULE = { name: 'new-rule', match: { countries: ['PE'], minKilled: 1 }, groupWait: '30s', channels: [{ type: 'inapp' }] };

/** A button that opens one rule as JSON in a text area; saving shows the server's validation error, if any. */
function RuleEditor(props: {
  label: string;
  t: ReturnType<typeof getDictionary>['alerts'];
  initial: unknown;
  onSave: (doc: unknown) => Promise<ApiAnswer>;
  onDone: () => Promise<void>;
}) {
  const { t } = props;
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (text === null) {
    return (
      <button type="button" onClick={() => setText(JSON.stringify(props.initial, null, 2))}>
        {props.label}
      </button>
    );
  }
  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      setError((err as Error).message);
      return;
    }
    const r = await props.onSave(doc);
    if (!r.ok) return setError(r.error);
    setText(null);
    setError(null);
    await props.onDone();
  };
  return (
    <form className={styles.editor} onSubmit={(e) => void save(e)}>
      <label>
        {props.label}
        <textarea className={styles.code} value={text} onChange={(e) => setText(e.target.value)} rows={14} cols={60} spellCheck={false} />
      </label>
      <span className={styles.muted}>{t.ruleHelp}</span>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      <span>
        <button type="submit">{t.save}</button>{' '}
        <button type="button" onClick={() => (setText(null), setError(null))}>
          {t.cancel}
        </button>
      </span>
    </form>
  );
}
