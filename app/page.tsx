import { cookies } from 'next/headers';
import { AlertCenter } from '../components/alerts/AlertCenter';
import { Dashboard } from '../components/Dashboard';
import { LANG_COOKIE, langFromCookie } from '../components/i18n';
import { loadView } from '../components/loadView';
import { peruMap } from '../components/map/shapes';
import { parseViewQuery } from '../components/query';

// Every request reads the current snapshot; the page must never be prerendered or cached.
export const dynamic = 'force-dynamic';

type SearchParams = Record<string, string | string[] | undefined>;

/** /?window=7d&type=clash&region=PE-PUN&country=PE&status=ongoing&q=juliaca: filters live in the URL. */
export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, jar] = await Promise.all([searchParams, cookies()]);
  const query = parseViewQuery(params);
  const { info, since, initial } = await loadView(query, 50);
  const lang = langFromCookie(jar.get(LANG_COOKIE)?.value);
  return (
    <>
      <Dashboard lang={lang} info={info} query={query} since={since} map={peruMap()} initial={initial} />
      <AlertCenter lang={lang} />
    </>
  );
}
