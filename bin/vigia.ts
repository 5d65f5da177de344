
const commands: Record<string, { about: string; load: () => Promise<{ main(argv: string[]): Promise<number> }> }> = {
  start: { about: 'start web and worker (and a private Redis when REDIS_URL is unset); --demo uses the demo wire', load: () => import('../lib/cli/start') },
  web: { about: 'run the web process only (Next.js + Socket.IO)', load: () => import('../lib/cli/web') },
  worker: { about: 'run the worker process only', load: () => import('../lib/cli/worker') },
  extract: { about: 'JSON Lines of items on stdin -> one JSON line of extracted event per item', load: () => import('../lib/cli/extract') },
  eval: { about: 'score the extraction engine on a labelled JSONL file (npm run eval FILE)', load: () => import('../lib/cli/eval') },
  parse: { about: 'parse a feed file or URL -> JSON Lines of sanitized items', load: () => import('../lib/cli/parse') },
  wire: { about: 'serve the demo news wire (RSS and Atom) on localhost', load: () => import('../lib/cli/wire') },
};

/** The command line of DESIGN.md: each command lives in lib/cli/<name>.ts and is loaded on demand. */
async function run(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const cmd = name ? commands[name] : undefined;
  if (!cmd) {
    const width = Math.max(...Object.keys(commands).map((k) => k.length));
    process.stderr.write(
      `usage: npx vigia <command> [options]\n\n` +
        Object.entries(commands)
          .map(([k, c]) => `  ${k.padEnd(width)}  ${c.about}`)
          .join('\n') +
        '\n',
    );
    return name && name !== '--help' && name !== 'help' ? 2 : 0;
  }
  return (await cmd.load()).main(rest);
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`vigia: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
