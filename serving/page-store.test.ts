import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStore } from './page-store.mjs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MB = 1024 * 1024;

/** Bilingual HTML that compresses like a real page (a seeded mix of kana, kanji and ASCII), as a flat string. */
function pageHtml(seed: number, kilobytes: number) {
  let x = seed + 1;
  const codes: number[] = [];
  while (codes.length < kilobytes * 400) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    codes.push(
      x % 3 === 0 ? 0x61 + (x % 26) : x % 3 === 1 ? 0x3041 + (x % 80) : 0x4e00 + (x % 2000),
    );
  }
  return Buffer.from(`<p>${String.fromCodePoint(...codes)}</p>`).toString('utf8');
}
const page = (html: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(html.slice(0, html.length / 2)),
  headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/en' },
  status: 200,
});
const key = (i: number) => `/route-cache/APP_PAGE/build/$/ja/posts/p${i}`;

describe('page store memory', () => {
  it('holds no more than its budget, measured on the heap, with many bilingual pages', () => {
    const budget = 8 * MB;
    const pages = Array.from({ length: 60 }, (_, i) => pageHtml(i, 60));
    gc();
    const before = process.memoryUsage();
    const store = createStore(budget);
    for (const [i, html] of pages.entries()) store.save(key(i), page(html), { revalidate: 60 });
    pages.length = 0;
    gc();
    const after = process.memoryUsage();
    const held = after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers);
    const { bytes, entries } = store.inspect();
    expect(entries.length).toBeGreaterThan(3);
    expect(entries.length).toBeLessThan(60);
    expect(bytes).toBeLessThanOrEqual(budget);
    // What the store counts covers what it really holds (strings, RSC, bytes, gzip, headers).
    expect(held).toBeLessThanOrEqual(bytes * 1.1);
  });

  it('keeps the most recently used pages and its count exact, whatever the order of saves and reads', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 9 })), { maxLength: 60 }),
        (steps) => {
          const store = createStore(200_000);
          const small = Array.from({ length: 10 }, (_, i) => pageHtml(i, 10));
          for (const [write, i] of steps)
            if (write) store.save(key(i), page(small[i]!), { revalidate: 60 });
            else store.lookup(key(i));
          const { bytes, entries } = store.inspect();
          expect(bytes).toBe(entries.reduce((sum, [, entry]) => sum + entry.size, 0));
          expect(bytes).toBeLessThanOrEqual(200_000);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the fast path’s bytes, gzip and ETag with the entry, counted in its size', () => {
    const store = createStore(64 * MB);
    const html = pageHtml(1, 50);
    store.save(key(1), page(html), { revalidate: 60 });
    const entry = store.lookupPath('/ja/posts/p1')!;
    expect(entry.body!.raw.toString()).toBe(html);
    expect(entry.size).toBeGreaterThan(
      html.length * 2 + entry.body!.raw.length + entry.body!.gzip.length,
    );
  });

  it('drops pages stored before the next scheduled post at its time, on a clock the test moves', () => {
    let now = Date.UTC(2026, 0, 1);
    const store = createStore(64 * MB, { now: () => now });
    store.save(key(1), page('<p>before</p>'), { revalidate: 60 });
    store.expireAt(now + 60_000);
    store.expireAt(now + 120_000);
    now += 59_999;
    expect(store.lookup(key(1))).not.toBeNull();
    now += 1;
    expect(store.lookup(key(1))).toBeNull();
    // Once due, the time is spent: a page rendered after it stays until the layout names another.
    store.save(key(1), page('<p>after</p>'), { revalidate: 60 });
    now += 3_600_000;
    expect(store.lookup(key(1))?.value.html).toBe('<p>after</p>');
  });
});
