import { stringify } from 'yaml';
import type { SourceInput } from '../config/sources';
import type { WireFeed } from './server';

/** The worker polls demo feeds this often (seconds); each feed keeps enough items to cover a poll at high speeds. */
export const DEMO_POLL_INTERVAL_SECONDS = 3;

/** Source entries (lib/config/sources.ts shape) for the wire's feeds: private (loopback) and marked demo. */
export function demoSources(wire: { feeds: readonly WireFeed[] }): SourceInput[] {
  return wire.feeds.map((f) => ({
    id: f.id,
    name: f.name,
    url: f.url,
    language: f.language,
    country: f.country,
    scale: f.scale,
    interval: DEMO_POLL_INTERVAL_SECONDS,
    enabled: true,
    private: true,
    demo: true,
  }));
}

/** The same entries as a sources.yml document. */
export function demoSourcesYaml(wire: { feeds: readonly WireFeed[] }): string {
  return (
    '# Demo sources: fictional outlets served by `npx vigia wire`. Items from them are labelled demo.\n' +
    stringify({ sources: demoSources(wire) })
  );
}
