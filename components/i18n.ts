// Interface strings of the dashboard. Spanish is the default; English is complete so a language switch only
// has to choose the dictionary.
import type { EventStatus, EventType } from '../lib/types';
import type { ConnectionState } from '../lib/realtime/client';
import type { RuntimeInfo, StatsWindow } from '../lib/store/types';

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
  windows: Record<StatsWindow, string>;
  /** "the previous hour", "yesterday"...: what a change is measured against. */
  previousWindow: Record<StatsWindow, string>;
  connection: Record<ConnectionState, string>;
  lastUpdate: (time: string) => string;
  banner: Record<Exclude<RuntimeInfo['mode'], 'live'>, string>;
  langName: string;
  langSwitch: string;
  summary: {
    heading: (window: string) => string;
    todayNote: (timezone: string) => string;
    change: (delta: string, previous: string) => string;
    totalsCaption: string;
    filtered: string;
  };
  filters: {
    heading: string;
    window: string;
    type: string;
    region: string;
    country: string;
    status: string;
    q: string;
    qPlaceholder: string;
    any: string;
    clear: string;
    peru: string;
    otherRegions: string;
  };
  timeline: {
    heading: (window: string) => string;
    tableCaption: string;
    time: string;
  };
  map: {
    heading: string;
    label: string;
    department: (name: string, n: string) => string;
    legend: string;
    markers: string;
    abroad: string;
    abroadEmpty: string;
    /** The line after a shortened list of places outside the country: how many more, with how many incidents. */
    abroadMore: (regions: number, incidents: number) => string;
    select: (name: string) => string;
    clearRegion: string;
  };
  detail: {
    back: string;
    reports: string;
    published: string;
    claims: string;
    claimsCaption: string;
    noClaims: string;
    revisions: string;
    cues: string;
    cuesNote: string;
    where: string;
    actors: string;
    confidence: string;
    noLink: string;
    notFound: string;
  };
  wall: {
    title: string;
    stale: (since: string) => string;
    updatedAgo: (seconds: number) => string;
    never: string;
    clock: string;
  };
  chart: {
    heading: (window: string) => string;
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
    more: string;
    loading: string;
    revision: (from: string, to: string, label: string) => string;
  };
  announce: (created: number, updated: number, latest: string) => string;
  error: { heading: string; body: string; retry: string };
  alerts: {
    title: string;
    link: string;
    back: string;
    list: string;
    empty: string;
    rule: string;
    region: string;
    incidents: string;
    figures: string;
    when: string;
    ack: string;
    ackBy: (by: string, at: string) => string;
    acknowledge: string;
    who: string;
    log: string;
    logStatus: Record<'queued' | 'sent' | 'failed' | 'gave-up' | 'silenced' | 'inhibited', string>;
    attempt: (n: number) => string;
    silences: string;
    noSilences: string;
    matchers: string;
    expires: string;
    comment: string;
    addSilence: string;
    remove: string;
    duration: string;
    rules: string;
    noRules: string;
    origin: Record<'file' | 'admin', string>;
    edit: string;
    save: string;
    cancel: string;
    addRule: string;
    ruleHelp: string;
    severity: string;
    match: string;
    timing: string;
    channels: string;
    admin: string;
    adminOff: string;
    logout: string;
    toastTitle: string;
    open: string;
    dismiss: string;
    mute: string;
    unmute: string;
    notify: string;
    notifyOn: string;
    notifyDenied: string;
    pushOn: string;
    pushOffer: string;
  };
  sources: {
    title: string;
    back: string;
    exportOpml: string;
    status: Record<'ok' | 'failing' | 'broken' | 'paused' | 'new', string>;
    columns: {
      source: string;
      status: string;
      lastPoll: string;
      http: string;
      items: string;
      errorStreak: string;
      nextPoll: string;
      interval: string;
      medianDelay: string;
      websub: string;
      actions: string;
    };
    adminOff: string;
    pause: string;
    resume: string;
    edit: string;
    reset: string;
    remove: string;
    confirmRemove: (name: string) => string;
    promptName: string;
    promptInterval: string;
    /** What an action did to one source, after its id. */
    done: { paused: string; resumed: string; saved: string; reset: string; removed: string };
    addHeading: string;
    /** The add form's fields: the source's id, name, feed URL, language, country, scale and polling interval. */
    fields: Record<'id' | 'name' | 'url' | 'language' | 'country' | 'scale' | 'interval', string>;
    privateLabel: string;
    preview: string;
    add: string;
    previewShown: string;
    added: string;
    importOpml: string;
    opmlResult: (added: number, skipped: number, errors: number) => string;
    logout: string;
  };
  login: { heading: string; credential: string; submit: string; notAdmin: string };
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
  windows: { '1h': 'Última hora', today: 'Hoy', '24h': 'Últimas 24 h', '7d': 'Últimos 7 días' },
  previousWindow: { '1h': 'la hora anterior', today: 'ayer a la misma hora', '24h': 'las 24 h anteriores', '7d': 'los 7 días anteriores' },
  langName: 'Español',
  langSwitch: 'Idioma',
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
    heading: (window) => `Resumen · ${window}`,
    todayNote: (timezone) => `«Hoy» es el día en curso en la zona horaria ${timezone}.`,
    change: (delta, previous) => `${delta} frente a ${previous}`,
    totalsCaption: 'Totales de incidentes y víctimas reportadas',
    filtered: 'Cifras filtradas',
  },
  filters: {
    heading: 'Filtros',
    window: 'Periodo',
    type: 'Tipo',
    region: 'Departamento o región',
    country: 'País',
    status: 'Estado',
    q: 'Buscar',
    qPlaceholder: 'Lugar, medio, actor…',
    any: 'Todos',
    clear: 'Quitar filtros',
    peru: 'Perú',
    otherRegions: 'Otros países',
  },
  timeline: {
    heading: (window) => `Evolución por tipo · ${window}`,
    tableCaption: 'Incidentes por intervalo y tipo',
    time: 'Desde',
  },
  map: {
    heading: 'Mapa',
    label: 'Mapa de los departamentos del Perú; elija uno para filtrar',
    department: (name, n) => `${name}: ${n}`,
    legend: 'Incidentes en el periodo',
    markers: 'Los puntos marcan los lugares de los incidentes de la lista.',
    abroad: 'Fuera del Perú',
    abroadEmpty: 'Ningún incidente fuera del Perú en el periodo.',
    abroadMore: (r, i) => `y ${r === 1 ? 'otra región' : `${r} regiones más`} (${i === 1 ? '1 incidente' : `${i} incidentes`})`,
    select: (name) => `Filtrar por ${name}`,
    clearRegion: 'Todo el país',
  },
  detail: {
    back: 'Volver al panel',
    reports: 'Noticias y medios',
    published: 'Publicada',
    claims: 'Cifras a lo largo del tiempo',
    claimsCaption: 'Cifras que dio cada medio, en orden de llegada',
    noClaims: 'Ninguna noticia da cifras de muertos, heridos o detenidos.',
    revisions: 'Revisiones de la cifra principal',
    cues: 'Por qué este tipo',
    cuesNote: 'Palabras de las noticias que decidieron el tipo y el estado.',
    where: 'Dónde',
    actors: 'Actores',
    confidence: 'Confianza',
    noLink: 'sin enlace',
    notFound: 'No existe ese incidente (o ya no se conserva).',
  },
  wall: {
    title: 'Pantalla mural',
    stale: (since) => `SIN DATOS EN VIVO desde ${since}: mostrando lo último recibido, reconectando…`,
    updatedAgo: (s) => (s < 60 ? `actualizado hace ${s} s` : `actualizado hace ${Math.floor(s / 60)} min`),
    never: 'esperando datos…',
    clock: 'Hora de Lima',
  },
  chart: {
    heading: (window) => `Incidentes por departamento o región · ${window}`,
    empty: 'No hay incidentes en el periodo.',
    tableCaption: 'Incidentes por departamento o región y tipo',
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
    more: 'Ver más incidentes',
    loading: 'Cargando…',
    revision: (from, to, label) => `${from} → ${to} ${label}`,
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
  alerts: {
    title: 'Alertas',
    link: 'Alertas',
    back: 'Volver al panel',
    list: 'Alertas recientes',
    empty: 'Todavía no se ha enviado ninguna alerta.',
    rule: 'Regla',
    region: 'Región',
    incidents: 'Incidente',
    figures: 'Cifras',
    when: 'Cuándo',
    ack: 'Reconocida',
    ackBy: (by, at) => `por ${by}, ${at}`,
    acknowledge: 'Reconocer',
    who: 'Quién',
    log: 'Registro de envíos',
    logStatus: { queued: 'en cola', sent: 'enviada', failed: 'falló', 'gave-up': 'abandonada', silenced: 'silenciada', inhibited: 'inhibida' },
    attempt: (n) => `intento ${n}`,
    silences: 'Silencios',
    noSilences: 'No hay silencios vigentes.',
    matchers: 'Coincide con',
    expires: 'Vence',
    comment: 'Comentario',
    addSilence: 'Silenciar',
    remove: 'Quitar',
    duration: 'Durante',
    rules: 'Reglas',
    noRules: 'No hay reglas.',
    origin: { file: 'archivo', admin: 'administración' },
    edit: 'Editar',
    save: 'Guardar',
    cancel: 'Cancelar',
    addRule: 'Añadir regla',
    ruleHelp: 'Una regla en JSON, con los campos del archivo de alertas. Los secretos ocultos (•••) que no se cambien se conservan.',
    severity: 'Gravedad',
    match: 'Condiciones',
    timing: 'Espera / intervalo / repetición',
    channels: 'Canales',
    admin: 'Administración',
    adminOff: 'Las acciones de administración están desactivadas (VIGIA_ADMIN_TOKEN o VIGIA_ADMIN_PASSWORD).',
    logout: 'Salir',
    toastTitle: 'Alerta',
    open: 'Ver',
    dismiss: 'Cerrar',
    mute: 'Silenciar sonido',
    unmute: 'Activar sonido',
    notify: 'Notificarme',
    notifyOn: 'Notificaciones activadas',
    notifyDenied: 'El navegador bloqueó las notificaciones',
    pushOn: 'Notificaciones activadas, también con la página cerrada',
    pushOffer: 'Avisarme también con la página cerrada',
  },
  sources: {
    title: 'Fuentes',
    back: '← Panel',
    exportOpml: 'Exportar OPML',
    status: { ok: 'OK', failing: 'Con errores', broken: 'Rota', paused: 'En pausa', new: 'Nueva' },
    columns: {
      source: 'Fuente',
      status: 'Estado',
      lastPoll: 'Último sondeo',
      http: 'HTTP',
      items: 'Ítems',
      errorStreak: 'Errores seguidos',
      nextPoll: 'Próximo sondeo',
      interval: 'Intervalo',
      medianDelay: 'Demora mediana',
      websub: 'WebSub',
      actions: 'Acciones',
    },
    adminOff: 'Las acciones de administración están desactivadas (VIGIA_ADMIN_TOKEN o VIGIA_ADMIN_PASSWORD).',
    pause: 'Pausar',
    resume: 'Reanudar',
    edit: 'Editar',
    reset: 'Reiniciar',
    remove: 'Quitar',
    confirmRemove: (name) => `¿Quitar ${name}?`,
    promptName: 'Nombre',
    promptInterval: 'Intervalo mínimo (segundos)',
    done: { paused: 'en pausa', resumed: 'reanudada', saved: 'guardado', reset: 'reiniciada', removed: 'quitada' },
    addHeading: 'Añadir fuente',
    fields: { id: 'Id', name: 'Nombre', url: 'URL del feed', language: 'Idioma', country: 'País', scale: 'Alcance', interval: 'Intervalo (s)' },
    privateLabel: 'privada (red interna)',
    preview: 'Vista previa',
    add: 'Añadir',
    previewShown: 'Vista previa del feed',
    added: 'Fuente añadida',
    importOpml: 'Importar OPML',
    opmlResult: (added, skipped, errors) => `OPML: ${added} añadidas, ${skipped} ya estaban, ${errors} con errores`,
    logout: 'Salir',
  },
  login: { heading: 'Administración', credential: 'Contraseña o token', submit: 'Entrar', notAdmin: 'no es una credencial de administración' },
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
  windows: { '1h': 'Last hour', today: 'Today', '24h': 'Last 24 h', '7d': 'Last 7 days' },
  previousWindow: { '1h': 'the hour before', today: 'yesterday at this time', '24h': 'the 24 h before', '7d': 'the 7 days before' },
  langName: 'English',
  langSwitch: 'Language',
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
    heading: (window) => `Summary · ${window}`,
    todayNote: (timezone) => `“Today” is the current day in the ${timezone} time zone.`,
    change: (delta, previous) => `${delta} against ${previous}`,
    totalsCaption: 'Incident and reported casualty totals',
    filtered: 'Filtered figures',
  },
  filters: {
    heading: 'Filters',
    window: 'Period',
    type: 'Type',
    region: 'Region',
    country: 'Country',
    status: 'Status',
    q: 'Search',
    qPlaceholder: 'Place, outlet, actor…',
    any: 'All',
    clear: 'Clear filters',
    peru: 'Peru',
    otherRegions: 'Other countries',
  },
  timeline: {
    heading: (window) => `Over time by type · ${window}`,
    tableCaption: 'Incidents per interval and type',
    time: 'From',
  },
  map: {
    heading: 'Map',
    label: 'Map of the departments of Peru; choose one to filter',
    department: (name, n) => `${name}: ${n}`,
    legend: 'Incidents in the period',
    markers: 'Dots mark the places of the incidents in the list.',
    abroad: 'Outside Peru',
    abroadEmpty: 'No incidents outside Peru in the period.',
    abroadMore: (r, i) => `and ${r === 1 ? '1 more region' : `${r} more regions`} (${i === 1 ? '1 incident' : `${i} incidents`})`,
    select: (name) => `Filter by ${name}`,
    clearRegion: 'Whole country',
  },
  detail: {
    back: 'Back to the dashboard',
    reports: 'Reports and outlets',
    published: 'Published',
    claims: 'Figures over time',
    claimsCaption: 'Figures each outlet gave, in order of arrival',
    noClaims: 'No report gives a figure of dead, injured or detained.',
    revisions: 'Revisions of the headline figure',
    cues: 'Why this type',
    cuesNote: 'Words in the reports that decided the type and status.',
    where: 'Where',
    actors: 'Actors',
    confidence: 'Confidence',
    noLink: 'no link',
    notFound: 'There is no such incident (or it is no longer kept).',
  },
  wall: {
    title: 'Wall screen',
    stale: (since) => `NO LIVE DATA since ${since}: showing the last data received, reconnecting…`,
    updatedAgo: (s) => (s < 60 ? `updated ${s} s ago` : `updated ${Math.floor(s / 60)} min ago`),
    never: 'waiting for data…',
    clock: 'Lima time',
  },
  chart: {
    heading: (window) => `Incidents by region · ${window}`,
    empty: 'No incidents in the period.',
    tableCaption: 'Incidents by region and type',
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
    more: 'Show more incidents',
    loading: 'Loading…',
    revision: (from, to, label) => `${from} → ${to} ${label}`,
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
  alerts: {
    title: 'Alerts',
    link: 'Alerts',
    back: 'Back to the dashboard',
    list: 'Recent alerts',
    empty: 'No alert has been sent yet.',
    rule: 'Rule',
    region: 'Region',
    incidents: 'Incident',
    figures: 'Figures',
    when: 'When',
    ack: 'Acknowledged',
    ackBy: (by, at) => `by ${by}, ${at}`,
    acknowledge: 'Acknowledge',
    who: 'Who',
    log: 'Delivery log',
    logStatus: { queued: 'queued', sent: 'sent', failed: 'failed', 'gave-up': 'gave up', silenced: 'silenced', inhibited: 'inhibited' },
    attempt: (n) => `attempt ${n}`,
    silences: 'Silences',
    noSilences: 'No silence in force.',
    matchers: 'Matches',
    expires: 'Expires',
    comment: 'Comment',
    addSilence: 'Silence',
    remove: 'Remove',
    duration: 'For',
    rules: 'Rules',
    noRules: 'No rules.',
    origin: { file: 'file', admin: 'admin' },
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    addRule: 'Add rule',
    ruleHelp: 'One rule as JSON, with the fields of the alerts file. Hidden secrets (•••) left unchanged keep their values.',
    severity: 'Severity',
    match: 'Conditions',
    timing: 'Wait / interval / repeat',
    channels: 'Channels',
    admin: 'Administration',
    adminOff: 'Admin actions are disabled (VIGIA_ADMIN_TOKEN or VIGIA_ADMIN_PASSWORD).',
    logout: 'Log out',
    toastTitle: 'Alert',
    open: 'Open',
    dismiss: 'Close',
    mute: 'Mute sound',
    unmute: 'Unmute sound',
    notify: 'Notify me',
    notifyOn: 'Notifications on',
    notifyDenied: 'The browser blocked notifications',
    pushOn: 'Notifications on, also with the page closed',
    pushOffer: 'Also notify me with the page closed',
  },
  sources: {
    title: 'Sources',
    back: '← Dashboard',
    exportOpml: 'Export OPML',
    status: { ok: 'OK', failing: 'Failing', broken: 'Broken', paused: 'Paused', new: 'New' },
    columns: {
      source: 'Source',
      status: 'Status',
      lastPoll: 'Last poll',
      http: 'HTTP',
      items: 'Items',
      errorStreak: 'Errors in a row',
      nextPoll: 'Next poll',
      interval: 'Interval',
      medianDelay: 'Median delay',
      websub: 'WebSub',
      actions: 'Actions',
    },
    adminOff: 'Administration is off (VIGIA_ADMIN_TOKEN or VIGIA_ADMIN_PASSWORD).',
    pause: 'Pause',
    resume: 'Resume',
    edit: 'Edit',
    reset: 'Reset',
    remove: 'Remove',
    confirmRemove: (name) => `Remove ${name}?`,
    promptName: 'Name',
    promptInterval: 'Minimum interval (seconds)',
    done: { paused: 'paused', resumed: 'resumed', saved: 'saved', reset: 'reset', removed: 'removed' },
    addHeading: 'Add a source',
    fields: { id: 'Id', name: 'Name', url: 'Feed URL', language: 'Language', country: 'Country', scale: 'Scale', interval: 'Interval (s)' },
    privateLabel: 'private (internal network)',
    preview: 'Preview',
    add: 'Add',
    previewShown: 'Feed preview',
    added: 'Source added',
    importOpml: 'Import OPML',
    opmlResult: (added, skipped, errors) => `OPML: ${added} added, ${skipped} already there, ${errors} with errors`,
    logout: 'Sign out',
  },
  login: { heading: 'Administration', credential: 'Password or token', submit: 'Sign in', notAdmin: 'not an administration credential' },
};

export const dictionaries: Record<Lang, Dictionary> = { es, en };

export function getDictionary(lang: Lang = DEFAULT_LANG): Dictionary {
  return dictionaries[lang];
}

export const LANG_COOKIE = 'vigia-lang';

/** The language of a request's cookie value, Spanish when absent or unknown. */
export function langFromCookie(value: string | undefined): Lang {
  return (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : DEFAULT_LANG;
}
