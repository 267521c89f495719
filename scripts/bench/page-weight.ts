// What a first visit to a page costs the reader: HTML bytes and the gzip size of the scripts it
// references. `noModule` scripts (Next's polyfills for browsers without modules) are left out:
// every browser that runs modules skips them without downloading.
import { gzipSync } from 'node:zlib';

export type PageWeight = { htmlBytes: number; htmlGzip: number; scripts: number; jsGzip: number };

export async function pageWeight(url: string): Promise<PageWeight> {
  const html = Buffer.from(await (await fetch(url)).arrayBuffer());
  const tags = [...html.toString('utf8').matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter(
    (m) => !/\bnoModule\b/i.test(m[1]! + m[3]!),
  );
  const sources = new Set(tags.map((m) => m[2]!));
  let jsGzip = 0;
  for (const src of sources) {
    const response = await fetch(new URL(src, url));
    if (!response.ok) throw new Error(`${src}: ${response.status}`);
    jsGzip += gzipSync(Buffer.from(await response.arrayBuffer())).length;
  }
  return { htmlBytes: html.length, htmlGzip: gzipSync(html).length, scripts: sources.size, jsGzip };
}
