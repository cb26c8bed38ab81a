import { describe, expect, it } from 'vitest';
import { decideRedis, probeRedis, uniquePrefix } from './helpers/redis.js';
import { deadPort } from './helpers/fixture-server.js';

describe('test/helpers/redis', () => {
  it('skips with a printed reason outside CI when Redis is missing', () => {
    const d = decideRedis({ ok: false, reason: 'no Redis answers at redis://127.0.0.1:1' }, false, 'redis://127.0.0.1:1');
    expect(d.run).toBe(false);
    expect(!d.run && d.reason).toMatch(/skipping Redis tests: no Redis answers at redis:\/\/127\.0\.0\.1:1/);
  });

  it('fails under CI=true when Redis is missing', () => {
    expect(() => decideRedis({ ok: false, reason: 'no Redis answers at redis://127.0.0.1:1' }, true)).toThrow(
      /CI=true and the queue tests need Redis, but no Redis answers at redis:\/\/127\.0\.0\.1:1/,
    );
  });

  it('runs when Redis answers, in CI or not', () => {
    expect(decideRedis({ ok: true }, true).run).toBe(true);
    expect(decideRedis({ ok: true }, false).run).toBe(true);
  });

  it('probes a closed port quickly and names it', async () => {
    const url = `redis://127.0.0.1:${await deadPort()}`;
    const t0 = Date.now();
    const p = await probeRedis(url, 1_000);
    expect(p.ok).toBe(false);
    expect(!p.ok && p.reason).toContain(url);
    expect(Date.now() - t0).toBeLessThan(3_000);
  });

  it('makes a fresh prefix each time', () => {
    expect(uniquePrefix()).not.toBe(uniquePrefix());
    expect(uniquePrefix('x')).not.toContain(':');
  });
});
