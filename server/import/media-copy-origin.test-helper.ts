import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';

/** A stand-in for the old blog's server, on 127.0.0.1 (tests only): each path one behaviour. */
export type OldSite = {
  url: (path: string) => string;
  hits: Map<string, number>;
  close: () => Promise<void>;
};

const HTML = Buffer.from('<html><body><script>alert(1)</script></body></html>');

export async function testImages() {
  const pixels = sharp({
    create: { width: 6, height: 4, channels: 3, background: { r: 10, g: 120, b: 200 } },
  });
  return {
    png: await pixels.clone().png().toBuffer(),
    jpeg: await pixels.clone().jpeg().toBuffer(),
  };
}

function endless(response: http.ServerResponse) {
  // Chunked, no length: only a limit counted while reading stops this.
  const chunk = Buffer.alloc(64 * 1024, 0xff);
  const write = () => {
    while (!response.destroyed && response.write(chunk));
    if (!response.destroyed) response.once('drain', write);
  };
  response.writeHead(200, { 'content-type': 'image/png' });
  response.write(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  write();
}

export async function startOldSite(): Promise<OldSite> {
  const { png, jpeg } = await testImages();
  const hits = new Map<string, number>();
  const server: Server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const send = (type: string, body: Buffer, extra: Record<string, string> = {}) =>
      response.writeHead(200, { 'content-type': type, ...extra }).end(body);
    const go = (location: string) => response.writeHead(302, { location }).end();
    if (path.startsWith('/img/') && path.endsWith('.png')) return send('image/png', png);
    if (path === '/photo.jpg') return send('image/jpeg', jpeg);
    // A PNG with a payload after it: the stored copy must be the pixels alone.
    if (path === '/polyglot.png') return send('image/png', Buffer.concat([png, HTML]));
    if (path === '/page.png') return send('image/png', HTML);
    if (path === '/endless.png') return endless(response);
    if (path === '/declared-big.png')
      return response.writeHead(200, { 'content-length': String(50 * 1024 * 1024) }).end();
    if (path === '/slow.png') return void setTimeout(() => send('image/png', png), 5_000).unref();
    if (path === '/moved.png') return go('/img/moved-target.png');
    if (path === '/loop.png') return go('/loop.png');
    if (path === '/to-file.png') return go('file:///etc/passwd');
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
