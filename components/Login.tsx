'use client';
// The admin credential form of the Sources and Alerts pages: it exchanges the credential for a session cookie.
import { useState, type FormEvent } from 'react';
import { sendJson } from './api';
import { getDictionary, type Lang } from './i18n';
import { useHydrated } from './useHydrated';
import styles from './Login.module.css';

export function Login({ lang }: { lang: Lang }) {
  const t = getDictionary(lang).login;
  // Until hydrated the form has no handler: a submit then would reload the page with the credential in its URL.
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const credential = new FormData(e.currentTarget).get('credential');
    const r = await sendJson('/api/auth/login', 'POST', { credential });
    if (r.ok && r.body.role === 'admin') window.location.reload();
    else setError(typeof r.body.error === 'string' ? r.body.error : t.notAdmin);
  };
  return (
    <form className={styles.form} method="post" onSubmit={(e) => void submit(e)}>
      <h2>{t.heading}</h2>
      <label>
        {t.credential} <input type="password" name="credential" autoComplete="current-password" required />
      </label>
      <button type="submit" disabled={!hydrated}>
        {t.submit}
      </button>
      {error && <p className={styles.error}>{error}</p>}
    </form>
  );
}
