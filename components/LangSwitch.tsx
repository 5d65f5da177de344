'use client';

import { useRouter } from 'next/navigation';
import { LANG_COOKIE, LANGS, getDictionary, type Lang } from './i18n';

/** Remembers the language in a cookie, so the server renders the next page in it too. */
export function saveLang(lang: Lang): void {
  document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
  document.documentElement.lang = lang;
}

/** One button that switches to the other language; `onChange` re-renders the page in it (live state is kept). */
export function LangSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const next = LANGS.find((l) => l !== lang) ?? lang;
  const t = getDictionary(lang);
  const target = getDictionary(next);
  return (
    <button
      type="button"
      className="lang-switch"
      data-testid="lang-switch"
      data-lang={lang}
      lang={next}
      aria-label={`${t.langSwitch}: ${target.langName}`}
      onClick={() => {
        saveLang(next);
        onChange(next);
      }}
    >
      {next.toUpperCase()} · {target.langName}
    </button>
  );
}

/** The switch for server-rendered pages: the server renders the page again in the new language. */
export function RefreshingLangSwitch({ lang }: { lang: Lang }) {
  const router = useRouter();
  return <LangSwitch lang={lang} onChange={() => router.refresh()} />;
}
