/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages that must not be bundled: they are loaded by the custom server too.
  serverExternalPackages: ['ioredis', 'bullmq', 'pino', 'rss-parser', 'iconv-lite', 'sanitize-html', 'prom-client', 'xml2js'],
  poweredByHeader: false,
  // A separate build folder lets several checkouts or engineers build side by side (default .next).
  distDir: process.env.VIGIA_NEXT_DIST || '.next',
  reactStrictMode: true,
};

export default nextConfig;
