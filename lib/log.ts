import pino from 'pino';
import { config } from './config/env';

/** Structured JSON logs (pino); pipe through `npx pino-pretty` to read them in development. */
export function logger(name: string) {
  return pino({ name, level: config().LOG_LEVEL });
}
