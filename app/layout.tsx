import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { DEFAULT_LANG, getDictionary } from '../components/i18n';
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={DEFAULT_LANG}>
      <body>{children}</body>
    </html>
  );
}
