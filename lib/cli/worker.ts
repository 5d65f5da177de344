import { startWorker } from '../../worker';

export async function main(): Promise<number> {
  const worker = await startWorker();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await worker.close();
  // Exit even if a library keeps a handle open after a clean close.
  process.exit(0);
}
