// The last line of defence for "never a page without its policy": an HTML response that reaches
// its headers with no Content-Security-Policy (a page rendered outside the cache when Next has
// changed under us, an error page) gets the strictest page policy, with no inline script at all.
import { hashPolicy } from './csp.mjs';

const FALLBACK = hashPolicy('');
const CSP = 'content-security-policy';

const lower = (headers) =>
  headers && !Array.isArray(headers) && typeof headers === 'object'
    ? Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
    : {};

/**
 * Wraps `res.writeHead` (Node calls it for implicit headers too) to add the fallback policy.
 * @param {import('node:http').ServerResponse} res
 */
export function guardPolicy(res) {
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    const given = lower(rest.find((arg) => typeof arg === 'object'));
    const type = String(given['content-type'] ?? res.getHeader('content-type') ?? '');
    if (/text\/html/i.test(type) && !given[CSP] && !res.hasHeader(CSP))
      res.setHeader(CSP, FALLBACK);
    return writeHead.call(this, status, ...rest);
  };
  return res;
}
