import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { SMTPServer } from 'smtp-server';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/**
 * A real local webhook receiver. `answer` decides each response: a status, or "hang" to never answer (a receiver
 * that is slow while the sender dies). Every request is recorded, including those answered with an error.
 */
export class Receiver {
  readonly got: Received[] = [];
  answer: (r: Received) => number | 'hang' = () => 200;
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (body += c));
      req.on('end', () => {
        const r = { path: req.url ?? '/', headers: req.headers, body, at: Date.now() };
        this.got.push(r);
        const a = this.answer(r);
        if (a === 'hang') return;
        res.writeHead(a, { 'content-type': 'application/json' }).end(a < 300 ? '{"ok":true}' : '{"ok":false}');
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    const a = this.server.address();
    this.url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
    return this;
  }

  on(path: string): Received[] {
    return this.got.filter((r) => r.path === path);
  }

  close(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

/** A real SMTP server (smtp-server) that keeps every message it accepts, raw. */
export async function startSmtp(): Promise<{ url: string; mails: string[]; close(): Promise<void> }> {
  const mails: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, done) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (c: string) => (raw += c));
      stream.on('end', () => {
        mails.push(raw);
        done();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const a = server.server.address();
  return {
    url: `smtp://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`,
    mails,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
