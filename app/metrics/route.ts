// GET /metrics: Prometheus text exposition (lib/metrics).
import { webRegistry } from '../../lib/metrics';
import { getStore } from '../../lib/store';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const registry = webRegistry((await getStore()).redis);
  return new Response(await registry.metrics(), { headers: { 'content-type': registry.contentType } });
}
