// How the alert UI words a notification: shared by the dashboard toast, the page notification and the Alerts page.
import type { NotifiedAlert } from '../../lib/alerts/types';
import type { Dictionary } from '../i18n';

/** "2 Muertos · 9 Heridos" from an incident's headline figures. */
export function figures(a: NotifiedAlert, t: Dictionary): string {
  const i = a.incident;
  const parts: [number | null, string][] = [
    [i.killed, t.counts.killed],
    [i.injured, t.counts.injured],
    [i.detained, t.counts.detained],
  ];
  return parts
    .filter(([n]) => n)
    .map(([n, label]) => `${n} ${label}`)
    .join(' · ');
}

export function place(a: NotifiedAlert): string {
  const i = a.incident;
  return [i.place, i.admin2, i.admin1 ?? i.country].filter((x, k, xs) => x && xs.indexOf(x) === k).join(', ');
}

/** One line per alert: type, place, figures and headline. */
export function alertLine(a: NotifiedAlert, t: Dictionary): string {
  return [t.types[a.incident.type], place(a), figures(a, t)].filter(Boolean).join(' · ') + ` — ${a.incident.title}`;
}

export const incidentHref = (a: NotifiedAlert) => `/incidents/${encodeURIComponent(a.incident.id)}`;
