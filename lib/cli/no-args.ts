/** For commands configured only by the environment: --help prints the usage (0), any other argument is refused (2);
 *  null lets the command run. */
export function checkNoArgs(command: string, usage: string, argv: string[]): number | null {
  if (argv.length === 0) return null;
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    process.stdout.write(usage);
    return 0;
  }
  process.stderr.write(`vigia ${command}: takes no arguments (got ${argv.map((a) => JSON.stringify(a)).join(' ')})\n${usage}`);
  return 2;
}
