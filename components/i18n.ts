// Interface strings of the dashboard. Spanish is the default; English is complete so a language switch only
// has to choose the dictionary.
import type { EventStatus, EventType } from '../lib/types';
import type { ConnectionState } from '../lib/realtime/client';
import type { RuntimeInfo } from '../lib/store/types';

export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'es';

export interface Dictionary {
  /** BCP 47 tag for Intl formatting. */
  locale: string;
  productName: string;
  tagline: string;
  skipToList: string;
  types: Record<EventType, string>;
  statuses: Record<EventStatus, string>;
  counts: { killed: string; injured: string; detained: string; incidents: string };
  windows: { today: string; last24h: string };
  connection: Record<ConnectionState, string>;
  lastUpdate: (time: string) => string;
  banner: Record<Exclude<RuntimeInfo['mode'], 'live'>, string>;
  summary: {
    heading: string;
    todayNote: (timezone: string) => string;
    previous24h: (n: number) => string;
    totalsCaption: string;
  };
  chart: {
    heading: string;
    empty: string;
    tableCaption: string;
    region: string;
    total: string;
    otherRegions: string;
  };
  list: {
    heading: string;
    empty: string;
    firstSeen: string;
    lastSeen: string;
    outlets: (n: number) => string;
    sources: string;
    moreSources: (n: number) => string;
    verification: { 'single-source': string; corroborated: string };
    demoBadge: string;
    demoBadgeTitle: string;
    countsLabel: string;
  };
  announce: (created: number, updated: number, latest: string) => string;
  error: { heading: string; body: string; retry: string };
}

const es: Dictionary = {
  locale: 'es-PE',
  productName: 'Vigía',
  tagline: 'Protestas y conflictos en vivo, a partir de las noticias',
  skipToList: 'Ir a los últimos incidentes',
  types: {
    repression: 'Represión',
    clash: 'Enfrentamiento',
    riot: 'Disturbios',
    roadblock: 'Bloqueo',
    strike: 'Paro/Huelga',
    demonstration: 'Manifestación',
  },
  statuses: { announced: 'Anunciado', ongoing: 'En curso', ended: 'Terminado' },
  counts: { killed: 'Muertos', injured: 'Heridos', detained: 'Detenidos', incidents: 'Incidentes' },
  windows: { today: 'Hoy', last24h: 'Últimas 24 h' },
  connection: {
    connecting: 'Conectando…',
    live: 'En vivo',
    reconnecting: 'Reconectando…',
    offline: 'Sin conexión',
  },
  lastUpdate: (time) => `Última novedad: ${time}`,
  banner: {
    demo: 'Datos de demostración: noticias ficticias del cable de demostración',
    'demo-fallback':
      'Ninguna fuente configurada está disponible: mostrando el cable de demostración (noticias ficticias)',
  },
  summary: {
    heading: 'Resumen',
    todayNote: (timezone) => `«Hoy» es el día en curso en la zona horaria ${timezone}.`,
    previous24h: (n) => `${n} en las 24 h anteriores`,
    totalsCaption: 'Totales de incidentes y víctimas reportadas',
  },
  chart: {
    heading: 'Incidentes por departamento o región (últimas 24 h)',
    empty: 'No hay incidentes en las últimas 24 horas.',
    tableCaption: 'Incidentes por departamento o región y tipo, últimas 24 horas',
    region: 'Departamento o región',
    total: 'Total',
    otherRegions: 'Otras regiones',
  },
  list: {
    heading: 'Últimos incidentes',
    empty: 'Todavía no hay incidentes. Aparecerán aquí en cuanto lleguen.',
    firstSeen: 'Primera noticia',
    lastSeen: 'Última noticia',
    outlets: (n) => (n === 1 ? '1 medio' : `${n} medios`),
    sources: 'Fuentes',
    moreSources: (n) => `y ${n} más`,
    verification: { 'single-source': 'Una sola fuente', corroborated: 'Corroborado' },
    demoBadge: 'DEMO',
    demoBadgeTitle: 'Noticia ficticia del cable de demostración',
    countsLabel: 'Cifras reportadas',
  },
  announce: (created, updated, latest) => {
    const parts: string[] = [];
    if (created > 0) parts.push(created === 1 ? '1 incidente nuevo' : `${created} incidentes nuevos`);
    if (updated > 0) parts.push(updated === 1 ? '1 incidente actualizado' : `${updated} incidentes actualizados`);
    return `${parts.join(' y ')}. Último: ${latest}.`;
  },
  error: {
    heading: 'No se pudo cargar el panel',
    body: 'El servidor no pudo leer los datos. Compruebe que Redis esté en marcha y vuelva a intentarlo.',
    retry: 'Reintentar',
  },
};

const en: Dictionary = {
  locale: 'en-GB',
  productName: 'Vigía',
  tagline: 'Live protest and unrest events, from the news',
  skipToList: 'Skip to the latest incidents',
  types: {
    repression: 'Repression',
    clash: 'Clash',
    riot: 'Riot',
    roadblock: 'Roadblock',
    strike: 'Strike',
    demonstration: 'Demonstration',
  },
  statuses: { announced: 'Announced', ongoing: 'Ongoing', ended: 'Ended' },
  counts: { killed: 'Killed', injured: 'Injured', detained: 'Detained', incidents: 'Incidents' },
  windows: { today: 'Today', last24h: 'Last 24 h' },
  connection: {
    connecting: 'Connecting…',
    live: 'Live',
    reconnecting: 'Reconnecting…',
    offline: 'Offline',
  },
  lastUpdate: (time) => `Latest change: ${time}`,
  banner: {
    demo: 'Demo data: fictitious news from the demo wire',
    'demo-fallback': 'No configured source is available: showing the demo wire (fictitious news)',
  },
  summary: {
    heading: 'Summary',
    todayNote: (timezone) => `“Today” is the current day in the ${timezone} time zone.`,
    previous24h: (n) => `${n} in the previous 24 h`,
    totalsCaption: 'Incident and reported casualty totals',
  },
  chart: {
    heading: 'Incidents by region (last 24 h)',
    empty: 'No incidents in the last 24 hours.',
    tableCaption: 'Incidents by region and type, last 24 hours',
    region: 'Region',
    total: 'Total',
    otherRegions: 'Other regions',
  },
  list: {
    heading: 'Latest incidents',
    empty: 'No incidents yet. They will appear here as soon as they arrive.',
    firstSeen: 'First report',
    lastSeen: 'Latest report',
    outlets: (n) => (n === 1 ? '1 outlet' : `${n} outlets`),
    sources: 'Sources',
    moreSources: (n) => `${n} more`,
    verification: { 'single-source': 'Single source', corroborated: 'Corroborated' },
    demoBadge: 'DEMO',
    demoBadgeTitle: 'Fictitious news from the demo wire',
    countsLabel: 'Reported figures',
  },
  announce: (created, updated, latest) => {
    const parts: string[] = [];
    if (created > 0) parts.push(created === 1 ? '1 new incident' : `${created} new incidents`);
    if (updated > 0) parts.push(updated === 1 ? '1 updated incident' : `${updated} updated incidents`);
    return `${parts.join(' and ')}. Latest: ${latest}.`;
  },
  error: {
    heading: 'The dashboard could not be loaded',
    body: 'The server could not read the data. Check that Redis is running and try again.',
    retry: 'Try again',
  },
};

export const dictionaries: Record<Lang, Dictionary> = { es, en };

export function getDictionary(lang: Lang = DEFAULT_LANG): Dictionary {
  return dictionaries[lang];
}
