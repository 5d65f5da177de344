'use client';
// The Sources page: a live table of source health, and the admin's controls (lib/admin/sources.ts via /api).
import { useEffect, useState, type FormEvent } from 'react';
import { io } from 'socket.io-client';
import type { SourceView } from '../../lib/admin/sources';
import type { SourceHealth } from '../../lib/store/sources';
import type { Item } from '../../lib/types';
import { formatInstant, safeHttpUrl } from '../format';
import { getDictionary, type Dictionary, type Lang } from '../i18n';
import { callApi, logout } from '../api';
import { Login } from '../Login';
import { useHydrated } from '../useHydrated';
import styles from './Sources.module.css';

const secs = (s: number | null) => (s === null ? '—' : s < 120 ? `${Math.round(s)} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`);

export function SourcesPanel({ lang, initial, admin, adminConfigured, timeZone }: { lang: Lang; initial: SourceView[]; admin: boolean; adminConfigured: boolean; timeZone: string }) {
  const dict = getDictionary(lang);
  const t = dict.sources;
  const [sources, setSources] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);

  const reload = async () => {
    const r = await callApi('/api/sources');
    if (r.ok) setSources(r.body.sources as SourceView[]);
  };

  useEffect(() => {
    const socket = io({ transports: ['websocket', 'polling'] });
    socket.on('source', (h: SourceHealth) =>
      setSources((list) => (list.some((s) => s.id === h.id) ? list.map((s) => (s.id === h.id ? { ...s, health: h } : s)) : list)),
    );
    return () => void socket.close();
  }, []);

  const act = async (path: string, init: RequestInit, done: string) => {
    const r = await callApi(path, init);
    setMessage(r.ok ? done : String(r.body.error ?? 'error'));
    await reload();
  };

  return (
    <main className={styles.page} lang={lang}>
      <header className={styles.header}>
        <h1>{t.title}</h1>
        <a href="/">{t.back}</a>
        <a href="/api/opml" download>
          {t.exportOpml}
        </a>
      </header>
      {message && (
        <p role="status" className={styles.message}>
          {message}
        </p>
      )}
      <table className={styles.table} data-testid="sources-table">
        <thead>
          <tr>
            {(['source', 'status', 'lastPoll', 'http', 'items', 'errorStreak', 'nextPoll', 'interval', 'medianDelay', 'websub'] as const).map((c) => (
              <th key={c}>{t.columns[c]}</th>
            ))}
            {admin && <th>{t.columns.actions}</th>}
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <Row key={s.id} s={s} admin={admin} act={act} dict={dict} timeZone={timeZone} />
          ))}
        </tbody>
      </table>
      {admin ? <AdminTools t={t} onDone={reload} setMessage={setMessage} /> : adminConfigured ? <Login lang={lang} /> : <p>{t.adminOff}</p>}
    </main>
  );
}

function Row({ s, admin, act, dict, timeZone }: { s: SourceView; admin: boolean; act: (path: string, init: RequestInit, done: string) => Promise<void>; dict: Dictionary; timeZone: string }) {
  const t = dict.sources;
  const h = s.health;
  const href = safeHttpUrl(s.url);
  const path = `/api/sources/${encodeURIComponent(s.id)}`;
  const edit = () => {
    const name = window.prompt(t.promptName, s.name);
    const interval = window.prompt(t.promptInterval, String(s.interval));
    if (name === null || interval === null) return;
    void act(path, { method: 'PATCH', body: JSON.stringify({ name, interval: Number(interval) }) }, `${s.id}: ${t.done.saved}`);
  };
  return (
    <tr data-testid={`source-${s.id}`} className={styles[h.status]}>
      <td>
        <strong>{s.name}</strong> {s.demo && <span className={styles.badge}>DEMO</span>}
        <br />
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer nofollow" className={styles.url}>
            {href}
          </a>
        ) : (
          <span className={styles.url}>{s.url}</span>
        )}
        {h.lastError && <div className={styles.error}>{h.lastError}</div>}
      </td>
      <td>{t.status[h.status]}</td>
      <td>{formatInstant(h.lastPoll, dict.locale, timeZone)}</td>
      <td>{h.lastStatus ?? '—'}</td>
      <td>{h.lastItems}</td>
      <td>{h.errorStreak}</td>
      <td>{formatInstant(h.nextPoll, dict.locale, timeZone)}</td>
      <td>{secs(h.interval)}</td>
      <td>{h.medianDelayMs === null ? '—' : secs(h.medianDelayMs / 1000)}</td>
      <td>{h.websub === 'none' ? '—' : h.websub}</td>
      {admin && (
        <td>
          <div className={styles.actions}>
            <button onClick={() => void act(path, { method: 'PATCH', body: JSON.stringify({ enabled: !s.enabled }) }, `${s.id}: ${s.enabled ? t.done.paused : t.done.resumed}`)}>
              {s.enabled ? t.pause : t.resume}
            </button>
            <button onClick={edit}>{t.edit}</button>
            {h.errorStreak > 0 && <button onClick={() => void act(`${path}/reset`, { method: 'POST' }, `${s.id}: ${t.done.reset}`)}>{t.reset}</button>}
            <button onClick={() => window.confirm(t.confirmRemove(s.name)) && void act(path, { method: 'DELETE' }, `${s.id}: ${t.done.removed}`)}>{t.remove}</button>
          </div>
        </td>
      )}
    </tr>
  );
}

const FIELDS = ['id', 'name', 'url', 'language', 'country', 'scale', 'interval'] as const;

function AdminTools({ t, onDone, setMessage }: { t: Dictionary['sources']; onDone: () => Promise<void>; setMessage: (m: string) => void }) {
  const [preview, setPreview] = useState<Item[] | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const hydrated = useHydrated();

  const body = (form: HTMLFormElement) => {
    const f = new FormData(form);
    const out: Record<string, unknown> = {};
    for (const k of FIELDS) out[k] = k === 'interval' ? Number(f.get(k)) : String(f.get(k) ?? '').trim();
    if (f.get('private')) out.private = true;
    return JSON.stringify(out);
  };
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const dryRun = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'preview';
    const r = await callApi(`/api/sources${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body: body(e.currentTarget) });
    setFieldError(r.ok ? null : String(r.body.field ?? ''));
    setPreview(r.ok ? ((r.body.preview as { items: Item[] }).items ?? []) : null);
    setMessage(r.ok ? (dryRun ? t.previewShown : t.added) : String(r.body.error));
    if (r.ok && !dryRun) await onDone();
  };
  const importOpml = async (file: File | undefined) => {
    if (!file) return;
    const r = await callApi('/api/opml', { method: 'POST', body: await file.text(), headers: { 'content-type': 'text/x-opml' } });
    setMessage(r.ok ? t.opmlResult((r.body.added as string[]).length, Number(r.body.skipped), (r.body.errors as unknown[]).length) : String(r.body.error));
    await onDone();
  };
  return (
    <section className={styles.tools}>
      <form className={styles.form} onSubmit={(e) => void submit(e)} data-testid="add-source">
        <h2>{t.addHeading}</h2>
        {FIELDS.map((k) => (
          <label key={k} className={fieldError === k ? styles.invalid : undefined}>
            {t.fields[k]}
            {k === 'scale' ? (
              <select name="scale" defaultValue="national">
                {['local', 'national', 'international', 'wire'].map((v) => (
                  <option key={v}>{v}</option>
                ))}
              </select>
            ) : (
              <input name={k} defaultValue={k === 'language' ? 'es' : k === 'country' ? 'PE' : k === 'interval' ? '300' : ''} required />
            )}
          </label>
        ))}
        <label>
          <input type="checkbox" name="private" /> {t.privateLabel}
        </label>
        <button type="submit" value="preview" disabled={!hydrated}>
          {t.preview}
        </button>
        <button type="submit" value="add" disabled={!hydrated}>
          {t.add}
        </button>
      </form>
      {preview && (
        <ol className={styles.preview} data-testid="preview">
          {preview.map((i) => (
            <li key={i.guid}>{i.title || i.summary.slice(0, 120)}</li>
          ))}
        </ol>
      )}
      <label className={styles.form}>
        {t.importOpml} <input type="file" accept=".opml,.xml,text/xml" onChange={(e) => void importOpml(e.target.files?.[0])} />
      </label>
      <button className={styles.logout} onClick={logout}>
        {t.logout}
      </button>
    </section>
  );
}
