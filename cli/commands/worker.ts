// htxpress worker: one of many machines sharing a crawl through Redis. Runs
// the fetch and extract queues' jobs with the same handlers as the local
// runner, saving each result under <out>/results/ as soon as it is done.
import { parseArgs } from 'node:util';
import { closeDefaultAgents } from '../../crawler/fetch.js';
import { startWorkers, redactUrl } from '../../queue/bullmq.js';
import { createHandlerDeps } from '../../queue/handlers.js';
import { loadSites } from './crawl.js';

const HELP = `Usage: htxpress worker --redis URL [options]

Processes crawl jobs (queues htxpress-fetch and htxpress-extract) until
interrupted (Ctrl-C / SIGTERM lets the jobs in hand finish). The --out folder
must be the one the crawl's other workers and its collector use (shared disk).

Options:
  --redis URL        Redis of the crawl (default: $REDIS_URL)
  --out DIR          dataset folder holding archive/ and results/ (default: data)
  --prefix P         BullMQ key prefix (default: htxpress)
  --concurrency N    jobs per queue at once (default: 4)
  --delay MS         minimum pause between two requests to one host (default: 1000)
  --sites FILE       JSON array of extra site registry entries
  --help             this text
`;

export async function workerCommand(argv: string[], stop?: AbortSignal): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      redis: { type: 'string' },
      out: { type: 'string', default: 'data' },
      prefix: { type: 'string', default: 'htxpress' },
      concurrency: { type: 'string', default: '4' },
      delay: { type: 'string', default: '1000' },
      sites: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const redisUrl = values.redis ?? process.env.REDIS_URL;
  if (!redisUrl) {
    process.stderr.write(`htxpress worker: --redis URL is required\n\n${HELP}`);
    return 2;
  }
  const concurrency = Number(values.concurrency);
  const delay = Number(values.delay);
  if (!Number.isInteger(concurrency) || concurrency < 1 || !Number.isInteger(delay) || delay < 0) {
    process.stderr.write('htxpress worker: --concurrency must be ≥ 1 and --delay ≥ 0 (integers)\n');
    return 2;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const deps = createHandlerDeps({ outDir: values.out, sites: await loadSites(values.sites), minDelayMs: delay, maxConcurrency: concurrency });
  let workers;
  try {
    workers = await startWorkers({ redisUrl, prefix: values.prefix, deps, concurrency, log });
  } catch (e) {
    log(`htxpress worker: ${(e as Error).message}`);
    return 1;
  }
  log(`htxpress worker: processing jobs from ${redactUrl(redisUrl)} (prefix ${values.prefix}), results in ${values.out}/results/`);
  await new Promise<void>((resolve) => {
    const done = () => resolve();
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    stop?.addEventListener('abort', done, { once: true });
  });
  log('htxpress worker: stopping after the jobs in hand');
  await workers.close();
  await closeDefaultAgents();
  return 0;
}
