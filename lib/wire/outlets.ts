import type { OutletScale } from '../types';

/** One fictional demo outlet, served as one feed by the wire. All names are invented. */
export interface Outlet {
  id: string;
  name: string;
  language: 'es' | 'en';
  /** ISO 3166-1 alpha-2 code of the outlet's home country. */
  country: string;
  scale: OutletScale;
  format: 'rss' | 'atom';
  description: string;
}

/** Appended to every channel title so a reader of the raw feed sees that it is not real news. */
export const DEMO_TITLE_SUFFIX = ' (demo)';
/** Every item carries this category (RSS `<category>demo</category>`, Atom `<category term="demo"/>`). */
export const DEMO_CATEGORY = 'demo';

export const OUTLETS: readonly Outlet[] = [
  {
    id: 'demo-mirador',
    name: 'El Mirador Nacional',
    language: 'es',
    country: 'PE',
    scale: 'national',
    format: 'rss',
    description: 'Diario nacional ficticio con sede en Lima. Noticias de demostración de Vigía, no son noticias reales.',
  },
  {
    id: 'demo-eco-altiplano',
    name: 'Eco del Altiplano',
    language: 'es',
    country: 'PE',
    scale: 'local',
    format: 'rss',
    description: 'Diario regional ficticio de Puno y Cusco. Noticias de demostración de Vigía, no son noticias reales.',
  },
  {
    id: 'demo-condor-es',
    name: 'Agencia Cóndor',
    language: 'es',
    country: 'PE',
    scale: 'wire',
    format: 'rss',
    description: 'Servicio en español de una agencia de noticias ficticia. Noticias de demostración de Vigía, no son noticias reales.',
  },
  {
    id: 'demo-condor-en',
    name: 'Condor News Agency',
    language: 'en',
    country: 'PE',
    scale: 'wire',
    format: 'rss',
    description: 'English service of a fictional news agency. Demo items for Vigía, not real news.',
  },
  {
    id: 'demo-andean-observer',
    name: 'The Andean Observer',
    language: 'en',
    country: 'PE',
    scale: 'international',
    format: 'atom',
    description: 'A fictional English-language outlet covering the Andes. Demo items for Vigía, not real news.',
  },
  {
    id: 'demo-latitud-sur',
    name: 'Latitud Sur',
    language: 'es',
    country: 'CL',
    scale: 'international',
    format: 'rss',
    description: 'Medio latinoamericano ficticio con sede en Santiago. Noticias de demostración de Vigía, no son noticias reales.',
  },
];
