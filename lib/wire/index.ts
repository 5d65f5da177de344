// The bundled demo news wire: fictional outlets publishing RSS and Atom feeds on localhost.
export { startWire, DEFAULT_WIRE_PORT, DEFAULT_BACKLOG, BASE_INTERVAL_MS, FEED_WINDOW, MAX_SPEED } from './server';
export type { Wire, WireFeed, WireOptions } from './server';
export { demoSources, demoSourcesYaml, DEMO_POLL_INTERVAL_SECONDS } from './sources';
export { WIRE_ITEMS } from './items';
export type { WireItem } from './items';
export { OUTLETS, DEMO_TITLE_SUFFIX, DEMO_CATEGORY } from './outlets';
export type { Outlet } from './outlets';
export type { ReleasedItem } from './render';
