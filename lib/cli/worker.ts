import { startWorker } from '../../worker';

export async function main(): Promise<number> {
  const worker = await startWorker();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await worker.close();
  return 0;
}
