import type { Metadata, Viewport } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { DEFAULT_LANG, LANG_COOKIE, getDictionary, langFromCookie } from '../components/i18n';
import './globals.css';

const t = getDictionary(DEFAULT_LANG);

export const metadata: Metadata = {
  title: `${t.productName} · ${t.tagline}`,
  description: t.tagline,
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f6f7f9' },
    { media: '(prefers-color-scheme: dark)', color: '#14171c' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The language chosen with the switch is kept in a cookie, so the server renders the same language as the browser.
  const lang = langFromCookie((await cookies()).get(LANG_COOKIE)?.value);
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  );
}
