#!/usr/bin/env node
// Launcher for `npx vigia`: loads the TypeScript command line through tsx, resolved from this package.
import { register } from 'tsx/esm/api';

register();
await import('./vigia.ts');
