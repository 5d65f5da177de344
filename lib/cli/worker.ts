import { startWorker } from '../../worker';
import { checkNoArgs } from './no-args';

const USAGE = `usage: npx vigia worker

Runs one worker process (polls the sources, extracts, matches and stores incidents, sends alerts) against REDIS_URL;
start as many as you like. Settings come from the environment (README "Configuration"): REDIS_URL, VIGIA_SOURCES,
VIGIA_ALERTS, the polling and SMTP settings.
`;

export async function main(argv: string[] = []): Promise<number> {
  const refused = checkNoArgs('worker', USAGE, argv);
  if (refused !== null) return refused;
  const worker = await startWorker();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await worker.close();
  // Exit even if a library keeps a handle open after a clean close.
  process.exit(0);
}
