// The baseline: a bare node:http server sending fixed HTML bytes from memory. Prints its port.
// Usage: tsx scripts/bench/plain-server.ts /path=file.html …
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const pages = new Map(
  process.argv.slice(2).map((arg) => {
    const [route = '', file = ''] = arg.split('=');
    return [route, readFileSync(file)] as const;
  }),
);

const server = http.createServer((request, response) => {
  const body = pages.get(request.url ?? '');
  if (!body) return response.writeHead(404).end();
  response
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length })
    .end(body);
});

server.listen(0, '127.0.0.1', () => console.log((server.address() as AddressInfo).port));
