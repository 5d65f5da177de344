// WebSub callback of one source. GET: the hub verifies our intent (answered only for a topic we asked for).
// POST: the hub delivers new content, signed with the subscription's secret; it is queued for the worker at once.
import { BodyError, readLimited } from '../../../../lib/auth/request';
import { config } from '../../../../lib/config/env';
import { readVerification, validSignature } from '../../../../lib/feeds/websub';
import { enqueuePush, sharedPollQueue } from '../../../../lib/queue';
import { getStore } from '../../../../lib/store';
import { getWebSub, saveWebSub } from '../../../../lib/store/sources';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ source: string }> };
const text = (body: string, status: number) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

export async function GET(req: Request, ctx: Ctx): Promise<Response> {
  const { source } = await ctx.params;
  const v = readVerification(new URL(req.url).searchParams);
  const redis = (await getStore()).redis;
  const sub = await getWebSub(redis, source);
  if (!v || !sub || sub.topic !== v.topic) return text('no such subscription', 404);
  if (v.mode === 'denied') {
    await saveWebSub(redis, source, { ...sub, state: 'denied' });
    return text('', 200);
  }
  if (v.mode !== 'subscribe' || sub.state === 'denied' || !v.challenge) return text('not requested', 404);
  await saveWebSub(redis, source, { ...sub, state: 'active', leaseUntil: Date.now() + (v.leaseSeconds ?? 86_400) * 1000 });
  return text(v.challenge, 200);
}

export async function POST(req: Request, ctx: Ctx): Promise<Response> {
  const { source } = await ctx.params;
  const store = await getStore();
  const sub = await getWebSub(store.redis, source);
  if (!sub || sub.state === 'denied') return text('no such subscription', 404);
  let body: Buffer;
  try {
    body = await readLimited(req, config().VIGIA_FETCH_MAX_BYTES);
  } catch (e) {
    return text((e as BodyError).message, e instanceof BodyError ? e.status : 400);
  }
  if (!validSignature(req.headers.get('x-hub-signature'), body, sub.secret)) return text('signature does not match', 403);
  await enqueuePush(sharedPollQueue(store.redis), source, body, req.headers.get('content-type'));
  return text('', 202);
}
