import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { LANG_COOKIE, LANGS, getDictionary, langFromCookie, type Lang } from '../../components/i18n';
import { loadView } from '../../components/loadView';
import { peruMap } from '../../components/map/shapes';
import { parseViewQuery, WALL_ROWS } from '../../components/query';
import { Wall } from '../../components/Wall';

export const dynamic = 'force-dynamic';

type SearchParams = Record<string, string | string[] | undefined>;

export const metadata: Metadata = { title: `Vigía · ${getDictionary().wall.title}` };

/** /wall?region=PE-PUN&type=clash&window=24h&rotate=30&lang=en: the kiosk screen; every option lives in the URL. */
export default async function WallPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, jar] = await Promise.all([searchParams, cookies()]);
  const urlLang = (LANGS as readonly string[]).includes(String(params.lang)) ? (params.lang as Lang) : null;
  const lang = urlLang ?? langFromCookie(jar.get(LANG_COOKIE)?.value);
  // A wall counts today unless told otherwise.
  const query = { ...parseViewQuery(params), ...(params.window === undefined ? { window: 'today' as const } : {}) };
  const seconds = Number(params.rotate);
  const rotate = Number.isFinite(seconds) && seconds >= 5 ? Math.min(seconds, 3600) : null;
  const { info, since, initial } = await loadView(query, WALL_ROWS);
  return (
    <Wall lang={lang} info={info} query={query} since={since} map={peruMap()} rotate={rotate} initial={initial} />
  );
}
