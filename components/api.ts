// The pages' one way to call Vigía's JSON API: the answer's status and body (an empty object when it has none or
// is not JSON), and the error message an API answer carries, if any.
export interface ApiAnswer {
  ok: boolean;
  status: number;
  body: Record<string, unknown>;
  /** The API's `error` field, or "HTTP <status>" when a failed answer has none; null when ok. */
  error: string | null;
}

export async function callApi(path: string, init: RequestInit = {}): Promise<ApiAnswer> {
  const res = await fetch(path, { ...init, headers: { 'content-type': 'application/json', ...(init.headers ?? {}) } });
  const body = res.status === 204 ? {} : ((await res.json().catch(() => ({}))) as Record<string, unknown>);
  const error = res.ok ? null : typeof body.error === 'string' ? body.error : `HTTP ${res.status}`;
  return { ok: res.ok, status: res.status, body, error };
}

/** Sends `body` as JSON with `method`. */
export const sendJson = (path: string, method: string, body?: unknown) =>
  callApi(path, { method, body: body === undefined ? undefined : JSON.stringify(body) });

/** Ends the admin session and shows the page again as a viewer sees it. */
export const logout = () => void fetch('/api/auth/logout', { method: 'POST' }).then(() => window.location.reload());
