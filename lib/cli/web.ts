import { startWeb } from '../../server';
import { checkNoArgs } from './no-args';

const USAGE = `usage: npx vigia web

Runs one web process (Next.js dashboard, HTTP API and Socket.IO) against REDIS_URL; start as many as you like.
Settings come from the environment (README "Configuration"): REDIS_URL, PORT, HOST, the VIGIA_* access settings.
`;

export async function main(argv: string[] = []): Promise<number> {
  const refused = checkNoArgs('web', USAGE, argv);
  if (refused !== null) return refused;
  const web = await startWeb();
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await web.close();
  // Exit even if a library keeps a handle open after a clean close.
  process.exit(0);
}
