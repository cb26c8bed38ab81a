// Provincial sites run on small government servers: one request at a time per
// host, a pause between requests (measured from the end of the previous one,
// so a slow server is not hit again the moment it answers), and a global cap
// on requests in flight.

export interface PolitenessOptions {
  /** Pause between two requests to one host, unless the caller asks for more. */
  minDelayMs?: number;
  /** Requests in flight across all hosts. */
  maxConcurrency?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class Politeness {
  private readonly minDelayMs: number;
  private readonly maxConcurrency: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Tail of each host's chain of requests; the next one waits on it. */
  private readonly hostTail = new Map<string, Promise<void>>();
  private readonly lastEnd = new Map<string, number>();
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(opts: PolitenessOptions = {}) {
    this.minDelayMs = opts.minDelayMs ?? 1_000;
    this.maxConcurrency = Math.max(1, opts.maxConcurrency ?? 4);
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** Runs `fn` when `url`'s host is free and its delay has passed. `delayMs` raises (never lowers) the minimum. */
  async run<T>(url: string, fn: () => Promise<T>, delayMs = 0): Promise<T> {
    const host = new URL(url).host.toLowerCase();
    const previous = this.hostTail.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = previous.then(() => mine);
    this.hostTail.set(host, tail);
    await previous;
    try {
      const last = this.lastEnd.get(host);
      const delay = Math.max(this.minDelayMs, delayMs);
      if (last !== undefined) {
        const wait = last + delay - this.now();
        if (wait > 0) await this.sleep(wait);
      }
      // The global slot is taken only after the host delay, so a host that must wait holds no slot.
      await this.acquire();
      try {
        return await fn();
      } finally {
        this.releaseSlot();
      }
    } finally {
      this.lastEnd.set(host, this.now());
      release();
      if (this.hostTail.get(host) === tail) this.hostTail.delete(host);
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.maxConcurrency) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise<void>((r) => this.waiting.push(() => r()));
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter; `active` stays the same.
    if (next) next();
    else this.active--;
  }
}
