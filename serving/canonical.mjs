// Which requests may fill the page cache. The first request after a miss decides the bytes every
// later reader gets, and Next writes parts of the request into a render: the query string (twice,
// in the RSC payload) and a nonce taken from a Content-Security-Policy request header. No reader
// sends the latter (proxy.ts sets it on the requests it forwards), so it is dropped on arrival; a
// request with a query string is answered with a render of its own that is not stored (a hit is
// served to it as to anybody).
import { RENDER_CHANGING_HEADERS } from './next-internals.mjs';
import { serving } from './state.mjs';

// Client navigations add `?_rsc=<hash>`, which Next removes before it renders.
const RSC_ONLY = /^_rsc(?:=[^&]*)?$/;

/**
 * Drops the request headers that would change a render, then runs `handle` in a context the
 * cache handler reads (mayFill).
 * @param {import('node:http').IncomingMessage} req
 * @param {() => unknown} handle
 */
export function inRequestContext(req, handle) {
  for (const name of RENDER_CHANGING_HEADERS) delete req.headers[name];
  const query = req.url?.split('?')[1];
  const canonical =
    (req.method === 'GET' || req.method === 'HEAD') && (!query || RSC_ONLY.test(query));
  return serving.requests.run({ canonical }, handle);
}

/** Whether the render being stored came from a canonical request (or from no request: a build). */
export const mayFill = () => serving.requests.getStore()?.canonical ?? true;
