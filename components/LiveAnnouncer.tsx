'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { IncidentMessage } from '../lib/types';
import { placeLabel } from './format';
import type { Dictionary } from './i18n';

/** Screen readers hear at most one summary per interval, however fast incidents arrive. */
export const ANNOUNCE_INTERVAL_MS = 5_000;
/** Messages arriving together (a catch-up after a reconnect) are summed into one announcement. */
const GATHER_MS = 1_000;

export function useAnnouncer(t: Dictionary, intervalMs: number = ANNOUNCE_INTERVAL_MS) {
  const [text, setText] = useState('');
  const tRef = useRef(t);
  const pending = useRef({ created: 0, updated: 0, latest: null as IncidentMessage | null });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSpoken = useRef(0);

  useEffect(() => {
    tRef.current = t;
  });

  const speak = useCallback(() => {
    timer.current = null;
    const { created, updated, latest } = pending.current;
    if (!latest) return;
    const dict = tRef.current;
    const where = placeLabel(latest.incident, dict.locale);
    const what = dict.types[latest.incident.type];
    setText(dict.announce(created, updated, where ? `${what}, ${where}` : what));
    pending.current = { created: 0, updated: 0, latest: null };
    lastSpoken.current = Date.now();
  }, []);

  const push = useCallback(
    (message: IncidentMessage) => {
      const p = pending.current;
      if (message.change === 'created') p.created += 1;
      else p.updated += 1;
      p.latest = message;
      if (timer.current !== null) return;
      const wait = Math.max(GATHER_MS, lastSpoken.current + intervalMs - Date.now());
      timer.current = setTimeout(speak, wait);
    },
    [intervalMs, speak],
  );

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    },
    [],
  );

  return { text, push };
}

export function LiveAnnouncer({ text }: { text: string }) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
