import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { LANG_COOKIE, getDictionary, langFromCookie } from '../../../components/i18n';
import { IncidentDetail } from '../../../components/IncidentDetail';
import { peruMap } from '../../../components/map/shapes';
import { getStore } from '../../../lib/store';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  if (!/^[\w-]{1,80}$/.test(id)) return null;
  return (await getStore()).getIncident(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).id);
  const t = getDictionary(langFromCookie((await cookies()).get(LANG_COOKIE)?.value));
  return { title: found ? `${found.incident.title} · ${t.productName}` : t.productName };
}

export default async function IncidentPage({ params }: Props) {
  const [{ id }, jar] = await Promise.all([params, cookies()]);
  const found = await load(id);
  if (!found) notFound();
  return (
    <IncidentDetail
      lang={langFromCookie(jar.get(LANG_COOKIE)?.value)}
      incident={found.incident}
      reports={found.reports}
      map={peruMap()}
    />
  );
}
