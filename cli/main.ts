// htxpress command dispatcher: each command is a module taking argv and
// returning its exit code, so tests call them in-process.
import { packageVersion } from '../extractors/paths.js';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  extract: { summary: 'extract documents, facts and mentions from pages, text files, folders, URLs or stdin', load: async () => (await import('./commands/extract.js')).extractCommand },
  mentions: { summary: 'print the numbers, money, dates and periods of a text on stdin', load: async () => (await import('./commands/mentions.js')).mentionsCommand },
  validate: { summary: 'check a dataset folder against the schemas and the offset invariant', load: async () => (await import('./commands/validate.js')).validateCommand },
  explain: { summary: 'show every fact of a page with its rule and evidence, and why other numbers are not facts', load: async () => (await import('./commands/explain.js')).explainCommand },
  crawl: { summary: 'fetch alliance sites (politely, robots.txt), archive responses and extract them', load: async () => (await import('./commands/crawl.js')).crawlCommand },
  worker: { summary: 'run fetch/extract jobs from a BullMQ queue on Redis', load: async () => (await import('./commands/worker.js')).workerCommand },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'htxpress — Vietnamese cooperative-alliance press releases in, evidence-linked statistics out',
    '',
    'Usage: htxpress <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Options: --help (on every command), --version',
    'Output format: docs/records.md',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(usage() + '\n');
    return cmd ? 0 : 2;
  }
  if (cmd === '--version' || cmd === '-v') {
    process.stdout.write(`htxpress ${packageVersion()}\n`);
    return 0;
  }
  const entry = COMMANDS[cmd];
  if (!entry) {
    process.stderr.write(`htxpress: unknown command "${cmd}"\n\n${usage()}\n`);
    return 2;
  }
  try {
    return await (await entry.load())(rest);
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      process.stderr.write(`htxpress ${cmd}: ${err.message}\n(see htxpress ${cmd} --help)\n`);
      return 2;
    }
    process.stderr.write(`htxpress ${cmd}: ${err.message}\n`);
    return 1;
  }
}
