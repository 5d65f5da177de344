/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages that must not be bundled: they are loaded by the custom server too.
  serverExternalPackages: ['ioredis', 'bullmq', 'pino', 'rss-parser', 'iconv-lite', 'sanitize-html'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
