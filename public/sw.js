// Vigía's service worker: shows Web Push alerts (lib/alerts/channels/webpush.ts) while no page is open, and opens or
// focuses the incident page on click. A push with the tag of a shown notification replaces it.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { title: 'Vigía', body: event.data ? event.data.text() : '' };
  }
  event.waitUntil(
    self.registration.showNotification(data.title || 'Vigía', {
      body: data.body || '',
      tag: data.tag,
      renotify: Boolean(data.tag),
      icon: '/icon.svg',
      data: { url: data.url || '/alerts' },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url || '/alerts', self.location.origin).href;
  event.waitUntil(
    (async () => {
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const same = open.find((c) => c.url === target);
      if (same) return same.focus();
      const any = open.find((c) => new URL(c.url).origin === self.location.origin);
      if (any && 'navigate' in any) return (await any.navigate(target))?.focus();
      return self.clients.openWindow(target);
    })(),
  );
});
