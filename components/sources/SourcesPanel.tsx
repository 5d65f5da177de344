'use client';
// The Sources page: a live table of source health, and the admin's controls (lib/admin/sources.ts via /api).
import { useEffect, useState, type FormEvent } from 'react';
import { io } from 'socket.io-client';
import type { SourceView } from '../../lib/admin/sources';
import type { SourceHealth } from '../../lib/store/sources';
import type { Item } from '../../lib/types';
import { safeHttpUrl } from '../format';
import styles from './Sources.module.css';

const STATUS: Record<SourceHealth['status'], string> = { ok: 'OK', failing: 'Con errores', broken: 'Rota', paused: 'En pausa', new: 'Nueva' };

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('es-PE', { dateStyle: 'short', timeStyle: 'medium' }) : '—');
const secs = (s: number | null) => (s === null ? '—' : s < 120 ? `${Math.round(s)} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`);

async function call(path: string, init: RequestInit = {}): Promise<{ ok: boolean; body: Record<string, unknown> }> {
  const res = await fetch(path, { ...init, headers: { 'content-type': 'application/json', ...(init.headers ?? {}) } });
  const body = res.status === 204 ? {} : ((await res.json().catch(() => ({}))) as Record<string, unknown>);
  return { ok: res.ok, body };
}

export function SourcesPanel({ initial, admin, adminConfigured }: { initial: SourceView[]; admin: boolean; adminConfigured: boolean }) {
  const [sources, setSources] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);

  const reload = async () => {
    const r = await call('/api/sources');
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
    const r = await call(path, init);
    setMessage(r.ok ? done : String(r.body.error ?? 'error'));
    await reload();
  };

  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <h1>Fuentes</h1>
        <a href="/">← Panel</a>
        <a href="/api/opml" download>
          Exportar OPML
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
            <th>Fuente</th>
            <th>Estado</th>
            <th>Último sondeo</th>
            <th>HTTP</th>
            <th>Ítems</th>
            <th>Errores seguidos</th>
            <th>Próximo sondeo</th>
            <th>Intervalo</th>
            <th>Demora mediana</th>
            <th>WebSub</th>
            {admin && <th>Acciones</th>}
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <Row key={s.id} s={s} admin={admin} act={act} />
          ))}
        </tbody>
      </table>
      {admin ? <AdminTools onDone={reload} setMessage={setMessage} /> : adminConfigured ? <Login /> : <p>Las acciones de administración están desactivadas (VIGIA_ADMIN_TOKEN o VIGIA_ADMIN_PASSWORD).</p>}
    </main>
  );
}

function Row({ s, admin, act }: { s: SourceView; admin: boolean; act: (path: string, init: RequestInit, done: string) => Promise<void> }) {
  const h = s.health;
  const href = safeHttpUrl(s.url);
  const path = `/api/sources/${encodeURIComponent(s.id)}`;
  const edit = () => {
    const name = window.prompt('Nombre', s.name);
    const interval = window.prompt('Intervalo mínimo (segundos)', String(s.interval));
    if (name === null || interval === null) return;
    void act(path, { method: 'PATCH', body: JSON.stringify({ name, interval: Number(interval) }) }, `${s.id}: guardado`);
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
      <td>{STATUS[h.status]}</td>
      <td>{when(h.lastPoll)}</td>
      <td>{h.lastStatus ?? '—'}</td>
      <td>{h.lastItems}</td>
      <td>{h.errorStreak}</td>
      <td>{when(h.nextPoll)}</td>
      <td>{secs(h.interval)}</td>
      <td>{h.medianDelayMs === null ? '—' : secs(h.medianDelayMs / 1000)}</td>
      <td>{h.websub === 'none' ? '—' : h.websub}</td>
      {admin && (
        <td className={styles.actions}>
          <button onClick={() => void act(path, { method: 'PATCH', body: JSON.stringify({ enabled: !s.enabled }) }, `${s.id}: ${s.enabled ? 'en pausa' : 'reanudada'}`)}>
            {s.enabled ? 'Pausar' : 'Reanudar'}
          </button>
          <button onClick={edit}>Editar</button>
          {h.errorStreak > 0 && <button onClick={() => void act(`${path}/reset`, { method: 'POST' }, `${s.id}: reiniciada`)}>Reiniciar</button>}
          <button onClick={() => window.confirm(`¿Quitar ${s.name}?`) && void act(path, { method: 'DELETE' }, `${s.id}: quitada`)}>Quitar</button>
        </td>
      )}
    </tr>
  );
}

export function Login() {
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const credential = new FormData(e.currentTarget).get('credential');
    const r = await call('/api/auth/login', { method: 'POST', body: JSON.stringify({ credential }) });
    if (r.ok && r.body.role === 'admin') window.location.reload();
    else setError(String(r.body.error ?? 'no es una credencial de administración'));
  };
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)}>
      <h2>Administración</h2>
      <label>
        Contraseña o token <input type="password" name="credential" autoComplete="current-password" required />
      </label>
      <button type="submit">Entrar</button>
      {error && <p className={styles.error}>{error}</p>}
    </form>
  );
}

const FIELDS = ['id', 'name', 'url', 'language', 'country', 'scale', 'interval'] as const;

function AdminTools({ onDone, setMessage }: { onDone: () => Promise<void>; setMessage: (m: string) => void }) {
  const [preview, setPreview] = useState<Item[] | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);

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
    const r = await call(`/api/sources${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body: body(e.currentTarget) });
    setFieldError(r.ok ? null : String(r.body.field ?? ''));
    setPreview(r.ok ? ((r.body.preview as { items: Item[] }).items ?? []) : null);
    setMessage(r.ok ? (dryRun ? 'Vista previa del feed' : 'Fuente añadida') : String(r.body.error));
    if (r.ok && !dryRun) await onDone();
  };
  const importOpml = async (file: File | undefined) => {
    if (!file) return;
    const r = await call('/api/opml', { method: 'POST', body: await file.text(), headers: { 'content-type': 'text/x-opml' } });
    setMessage(r.ok ? `OPML: ${(r.body.added as string[]).length} añadidas, ${String(r.body.skipped)} ya estaban, ${(r.body.errors as unknown[]).length} con errores` : String(r.body.error));
    await onDone();
  };
  return (
    <section className={styles.tools}>
      <form className={styles.form} onSubmit={(e) => void submit(e)} data-testid="add-source">
        <h2>Añadir fuente</h2>
        {FIELDS.map((k) => (
          <label key={k} className={fieldError === k ? styles.invalid : undefined}>
            {k}
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
          <input type="checkbox" name="private" /> privada (red interna)
        </label>
        <button type="submit" value="preview">
          Vista previa
        </button>
        <button type="submit" value="add">
          Añadir
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
        Importar OPML <input type="file" accept=".opml,.xml,text/xml" onChange={(e) => void importOpml(e.target.files?.[0])} />
      </label>
      <button onClick={() => void fetch('/api/auth/logout', { method: 'POST' }).then(() => window.location.reload())}>Salir</button>
    </section>
  );
}
