// What a first visit to a page costs the reader: HTML bytes and the gzip size of the scripts it references.
import { gzipSync } from 'node:zlib';

export type PageWeight = { htmlBytes: number; htmlGzip: number; scripts: number; jsGzip: number };

export async function pageWeight(url: string): Promise<PageWeight> {
  const html = Buffer.from(await (await fetch(url)).arrayBuffer());
  const sources = new Set([...html.toString('utf8').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!));
  let jsGzip = 0;
  for (const src of sources) {
    const response = await fetch(new URL(src, url));
    if (!response.ok) throw new Error(`${src}: ${response.status}`);
    jsGzip += gzipSync(Buffer.from(await response.arrayBuffer())).length;
  }
  return { htmlBytes: html.length, htmlGzip: gzipSync(html).length, scripts: sources.size, jsGzip };
}
