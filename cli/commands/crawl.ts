// htxpress crawl: fetch alliance sites politely, archive every response, extract
// the articles, write the dataset. In-process by default; with --redis the
// same handlers run as BullMQ jobs shared with `htxpress worker` processes.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { closeDefaultAgents } from '../../crawler/fetch.js';
import { SITES, SiteRegistry, type SiteEntry } from '../../crawler/sites.js';
import { CrawlQueues, assertRedisReachable, enqueueCrawl, startWorkers, waitForRun, redactUrl, type CrawlWorkers } from '../../queue/bullmq.js';
import { createHandlerDeps } from '../../queue/handlers.js';
import { runLocalCrawl, type CrawlEvent, type CrawlFailure } from '../../queue/local.js';
import { collectDataset } from '../../queue/results.js';

const HELP = `Usage: htxpress crawl <url|host> ... [options]

Fetches listing pages and the articles they link to (same host only), obeying
robots.txt and a per-host delay, archives every response under <out>/archive/
(WARC), extracts each article and writes the dataset folder (docs/records.md).
A bare host (lmhtx.angiang.gov.vn) stands for its listing pages in the site
registry, or its home page.

Options:
  --out DIR          dataset folder (default: data)
  --max-pages N      fetch at most N pages, listings included (default: 200)
  --concurrency N    pages in progress at once (default: 4)
  --delay MS         minimum pause between two requests to one host (default: 1000)
  --sites FILE       JSON array of extra site registry entries (see crawler/sites.ts)
  --redis URL        run through BullMQ on this Redis instead of in-process
  --prefix P         BullMQ key prefix (default: htxpress)
  --workers N        with --redis: worker processes' worth of jobs to run here too (default: 1; 0 = only enqueue and wait)
  --help             this text

Exit code: 0 when every URL was fetched and extracted, 1 when any failed, 2 on bad usage.
`;

export async function crawlCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'data' },
      'max-pages': { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '4' },
      delay: { type: 'string', default: '1000' },
      sites: { type: 'string' },
      redis: { type: 'string' },
      prefix: { type: 'string', default: 'htxpress' },
      workers: { type: 'string', default: '1' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`htxpress crawl: give at least one URL or host\n\n${HELP}`);
    return 2;
  }
  const maxPages = intOption('max-pages', values['max-pages'], 1);
  const concurrency = intOption('concurrency', values.concurrency, 1);
  const delay = intOption('delay', values.delay, 0);
  const workers = intOption('workers', values.workers, 0);
  const sites = await loadSites(values.sites);
  const outDir = values.out;
  const progress = (line: string) => process.stderr.write(`${line}\n`);

  let failures: CrawlFailure[];
  try {
    if (values.redis) {
      failures = await viaRedis({ redisUrl: values.redis, prefix: values.prefix, seeds: positionals, outDir, maxPages, concurrency, delay, workers, sites, progress });
    } else {
      const run = await runLocalCrawl({ seeds: positionals, outDir, maxPages, concurrency, minDelayMs: delay, sites, onEvent: (e) => progress(describe(e)) });
      if (run.skipped.length) progress(`max-pages ${maxPages} reached: ${run.skipped.length} URLs not fetched`);
      failures = run.errors;
    }
  } finally {
    await closeDefaultAgents();
  }

  let code = failures.length ? 1 : 0;
  try {
    const { dataset, archived } = await collectDataset(outDir);
    progress(`wrote ${outDir}: ${dataset.documents} documents, ${dataset.facts} facts, ${dataset.mentions} mentions; ${archived} responses in ${outDir}/archive/`);
  } catch (e) {
    progress(`dataset not written to ${outDir}: ${(e as Error).message} (results/ and archive/ are kept)`);
    code = 1;
  }
  if (failures.length) {
    progress(`${failures.length} URL(s) failed:`);
    for (const f of failures) progress(`  ${f.url} [${f.stage}]: ${f.error}`);
  }
  return code;
}

function describe(e: CrawlEvent): string {
  switch (e.type) {
    case 'fetched':
      return `fetched ${e.url} (${e.status}, ${e.kind})`;
    case 'discovered':
      return `listing ${e.url}: ${e.articles} articles, ${e.listings} more listing pages`;
    case 'extracted':
      return `extracted ${e.url}: document ${e.documentId}, ${e.facts} facts`;
    case 'failed':
      return `failed ${e.failure.url} [${e.failure.stage}]: ${e.failure.error}`;
  }
}

async function viaRedis(o: {
  redisUrl: string;
  prefix: string;
  seeds: string[];
  outDir: string;
  maxPages: number;
  concurrency: number;
  delay: number;
  workers: number;
  sites: SiteRegistry;
  progress: (line: string) => void;
}): Promise<CrawlFailure[]> {
  await assertRedisReachable(o.redisUrl);
  const queues = new CrawlQueues({ redisUrl: o.redisUrl, prefix: o.prefix, log: o.progress });
  let local: CrawlWorkers | null = null;
  try {
    const { runId, enqueued, errors } = await enqueueCrawl(queues, o.seeds, { maxPages: o.maxPages, sites: o.sites });
    o.progress(`run ${runId}: ${enqueued} seed URLs queued on ${redactUrl(o.redisUrl)} (prefix ${o.prefix})`);
    if (o.workers > 0) {
      const deps = createHandlerDeps({ outDir: o.outDir, sites: o.sites, minDelayMs: o.delay, maxConcurrency: o.concurrency });
      local = await startWorkers({ redisUrl: o.redisUrl, prefix: o.prefix, deps, concurrency: o.concurrency * o.workers, log: o.progress });
    } else {
      o.progress('waiting for `htxpress worker` processes to do the jobs');
    }
    let last = -1;
    const failures = await waitForRun(queues, runId, {
      onPoll: (n) => {
        if (n !== last) o.progress(`${n} jobs unfinished`);
        last = n;
      },
    });
    return [...errors, ...failures];
  } finally {
    await local?.close();
    await queues.close();
  }
}

function intOption(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    const err = new Error(`--${name} must be an integer ≥ ${min}, got "${value}"`) as Error & { code: string };
    err.code = 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE';
    throw err;
  }
  return n;
}

/** The built-in registry, plus entries from --sites (they replace built-in entries of the same host). */
export async function loadSites(file: string | undefined): Promise<SiteRegistry> {
  if (!file) return new SiteRegistry();
  let extra: SiteEntry[];
  try {
    extra = JSON.parse(await readFile(file, 'utf8')) as SiteEntry[];
  } catch (e) {
    throw new Error(`--sites ${file}: ${(e as Error).message}`, { cause: e });
  }
  if (!Array.isArray(extra) || extra.some((s) => typeof s?.host !== 'string' || !Array.isArray(s.listingUrls))) {
    throw new Error(`--sites ${file}: expected a JSON array of site entries with host, listingUrls, articlePattern, listingPattern`);
  }
  const hosts = new Set(extra.map((s) => s.host.toLowerCase()));
  return new SiteRegistry([...SITES.filter((s) => !hosts.has(s.host)), ...extra.map((s) => ({ ...s, delayMs: typeof s.delayMs === 'number' ? s.delayMs : 1_000 }))]);
}
