'use client';

import { DEFAULT_LANG, getDictionary } from '../components/i18n';

export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = getDictionary(DEFAULT_LANG);
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;
  return (
    <main className="dashboard error-page">
      <section className="panel" role="alert">
        <h1>{t.error.heading}</h1>
        <p>{t.error.body}</p>
        {digest && (
          <p className="note">
            Ref. <code>{digest}</code>
          </p>
        )}
        <button type="button" className="button" onClick={() => retry()}>
          {t.error.retry}
        </button>
      </section>
    </main>
  );
}
