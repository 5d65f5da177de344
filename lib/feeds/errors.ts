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

  constructor(code: FeedErrorCode, message: string, opts: { status?: number; cause?: unknown } = {}) {
    super(oneLine(message), opts.cause === undefined ? undefined : { cause: opts.cause });
    this.code = code;
    this.status = opts.status;
  }
}

export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ', ').trim();
}
