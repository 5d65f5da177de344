export type FeedErrorCode =
  | 'timeout'
  | 'too-large'
  | 'http'
  | 'blocked-address'
  | 'network'
  | 'decode'
  | 'parse'
  | 'invalid-url';

/** Every failure between a URL and clean items: a code to branch on and a one-line message for people. */
export class FeedError extends Error {
  override name = 'FeedError';
  readonly code: FeedErrorCode;
  /** The HTTP status when code is 'http' and the server answered. */
  readonly status: number | undefined;
  /** The response headers when the server answered (Retry-After on 429 and 503). */
  readonly headers: Record<string, string> | undefined;

  constructor(code: FeedErrorCode, message: string, opts: { status?: number; headers?: Record<string, string>; cause?: unknown } = {}) {
    super(oneLine(message), opts.cause === undefined ? undefined : { cause: opts.cause });
    this.code = code;
    this.status = opts.status;
    this.headers = opts.headers;
  }
}

export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ', ').trim();
}
