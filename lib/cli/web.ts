import { startWeb } from '../../server';

export async function main(): Promise<number> {
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
