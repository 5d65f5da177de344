'use client';

// On the dashboard: a toast with a chime for every `alert` message, a mute toggle kept in localStorage, and browser
// notifications (Notification API while the page is open; Web Push through public/sw.js when VAPID is configured).
import { useCallback, useEffect, useRef, useState } from 'react';
import { io } from 'socket.io-client';
import type { AlertMessage } from '../../lib/store/alerts';
import { callApi, sendJson } from '../api';
import { getDictionary, type Lang } from '../i18n';
import styles from './Alerts.module.css';
import { chime, unlockAudioOnGesture } from './sound';
import { alertLine, incidentHref } from './summary';

const MUTE_KEY = 'vigia-alerts-muted';
const MAX_TOASTS = 4;
const TOAST_MS = 30_000;

type NotifyState = 'idle' | 'on' | 'push' | 'denied' | 'unsupported';

function base64UrlToBytes(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(s.length / 4) * 4, '='));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function subscribePush(publicKey: string): Promise<boolean> {
  const reg = await navigator.serviceWorker.register('/sw.js');
  await navigator.serviceWorker.ready;
  const sub = (await reg.pushManager.getSubscription()) ?? (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlToBytes(publicKey) }));
  return (await sendJson('/api/push/subscribe', 'POST', sub.toJSON())).ok;
}

export function AlertCenter({ lang }: { lang: Lang }) {
  const dict = getDictionary(lang);
  const t = dict.alerts;
  const [toasts, setToasts] = useState<AlertMessage[]>([]);
  const [muted, setMuted] = useState(false);
  const [notify, setNotify] = useState<NotifyState>('idle');
  const [vapidKey, setVapidKey] = useState<string | null>(null);
  const mutedRef = useRef(false);
  const notifyRef = useRef<NotifyState>('idle');
  const dictRef = useRef(dict);
  dictRef.current = dict;
  mutedRef.current = muted;
  notifyRef.current = notify;

  const dismiss = useCallback((id: string) => setToasts((ts) => ts.filter((x) => x.id !== id)), []);

  useEffect(() => {
    setMuted(localStorage.getItem(MUTE_KEY) === '1');
    if (!('Notification' in window)) setNotify('unsupported');
    else if (Notification.permission === 'granted') setNotify('on');
    else if (Notification.permission === 'denied') setNotify('denied');
    callApi('/api/push/subscribe')
      .then((r) => setVapidKey(typeof r.body.vapidPublicKey === 'string' ? r.body.vapidPublicKey : null))
      .catch(() => setVapidKey(null));
    return unlockAudioOnGesture();
  }, []);

  useEffect(() => {
    // Only live alerts (no alertsSince, no incidents): a toast is for what happens while the page is open.
    const socket = io({ auth: { incidents: false }, transports: ['websocket', 'polling'], forceNew: true });
    const timers = new Set<ReturnType<typeof setTimeout>>();
    socket.on('alert', (m: AlertMessage) => {
      setToasts((ts) => (ts.some((x) => x.notification.key === m.notification.key) ? ts : [m, ...ts].slice(0, MAX_TOASTS)));
      const timer = setTimeout(() => {
        timers.delete(timer);
        dismiss(m.id);
      }, TOAST_MS);
      timers.add(timer);
      if (!mutedRef.current) chime();
      const n = m.notification;
      // With the page in the background, a browser notification too; its tag (the key) replaces a Web Push copy.
      if (notifyRef.current !== 'idle' && Notification.permission === 'granted' && document.visibilityState !== 'visible') {
        const shown = new Notification(`${dictRef.current.alerts.toastTitle}: ${n.rule} · ${n.regionName}`, {
          body: n.alerts.map((a) => alertLine(a, dictRef.current)).join('\n'),
          tag: n.key,
          icon: '/icon.svg',
        });
        shown.onclick = () => {
          window.focus();
          window.location.href = n.alerts.length === 1 ? incidentHref(n.alerts[0]!) : '/alerts';
        };
      }
    });
    return () => {
      for (const timer of timers) clearTimeout(timer);
      socket.close();
    };
  }, [dismiss]);

  const toggleMute = () => {
    localStorage.setItem(MUTE_KEY, muted ? '0' : '1');
    setMuted(!muted);
  };

  const askPermission = async () => {
    setNotify((await Notification.requestPermission()) === 'granted' ? 'on' : 'denied');
  };

  const offerPush = async () => {
    if (vapidKey && (await subscribePush(vapidKey).catch(() => false))) setNotify('push');
  };

  const pushPossible = vapidKey && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;

  return (
    <>
      <div className={styles.toasts} aria-live="assertive" data-testid="alert-toasts">
        {toasts.map((m) => {
          const n = m.notification;
          return (
            <div key={m.id} className={`${styles.toast} ${styles[n.severity] ?? ''}`} role="alert">
              <strong>
                {t.toastTitle}: {n.rule} · {n.regionName}
              </strong>
              <ul>
                {n.alerts.slice(0, 3).map((a) => (
                  <li key={a.key}>
                    <a href={incidentHref(a)}>{alertLine(a, dict)}</a>
                  </li>
                ))}
              </ul>
              <div className={styles.toastActions}>
                <a href="/alerts">{t.open}</a>
                <button type="button" onClick={() => dismiss(m.id)}>
                  {t.dismiss}
                </button>
              </div>
            </div>
          );
        })}
      </div>
      <div className={styles.bar}>
        <a href="/alerts">{t.link}</a>
        <button type="button" onClick={toggleMute} aria-pressed={muted}>
          {muted ? t.unmute : t.mute}
        </button>
        {notify === 'idle' && (
          <button type="button" onClick={() => void askPermission()}>
            {t.notify}
          </button>
        )}
        {notify === 'on' && pushPossible && (
          <button type="button" onClick={() => void offerPush()}>
            {t.pushOffer}
          </button>
        )}
        {notify === 'on' && !pushPossible && <span>{t.notifyOn}</span>}
        {notify === 'push' && <span>{t.pushOn}</span>}
        {notify === 'denied' && <span>{t.notifyDenied}</span>}
      </div>
    </>
  );
}
