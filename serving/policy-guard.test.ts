import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardPolicy } from './policy-guard.mjs';

// Each path answers the way one of Next's code paths does: implicit headers, writeHead with an
// object, a policy of its own, or something that is not a page.
const ROUTES: Record<string, (res: ServerResponse) => void> = {
  '/implicit': (res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<p>page</p>');
  },
  '/explicit': (res) => res.writeHead(500, { 'Content-Type': 'text/html' }).end('<p>error</p>'),
  '/own': (res) => {
    res.setHeader('content-type', 'text/html');
    res.setHeader('Content-Security-Policy', "script-src 'nonce-abc'");
    res.end('<p>staff</p>');
  },
  '/json': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
};

let origin = '';
const server = createServer((req, res) => ROUTES[req.url!]!(guardPolicy(res)));
beforeAll(
  () =>
    new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', () => {
        origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        resolve();
      }),
    ),
);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const policyOf = async (path: string) =>
  (await fetch(origin + path)).headers.get('content-security-policy');

describe('policy guard', () => {
  it('gives an HTML response without a policy the strictest page policy', async () => {
    for (const path of ['/implicit', '/explicit']) {
      const policy = await policyOf(path);
      expect(policy).toMatch(/^script-src 'self'; style-src 'self';/);
      expect(policy).toContain("object-src 'none'");
    }
  });

  it('leaves a policy the response set, and responses that are not pages, alone', async () => {
    expect(await policyOf('/own')).toBe("script-src 'nonce-abc'");
    expect(await policyOf('/json')).toBeNull();
  });
});
