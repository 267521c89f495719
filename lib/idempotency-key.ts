/**
 * A fresh idempotency key: 32 hex characters from `crypto.getRandomValues`, which every browser
 * and Node expose in any context. `crypto.randomUUID` exists only in secure contexts (HTTPS or
 * localhost), so a form using it did nothing on a blog served over plain HTTP.
 */
export function newIdempotencyKey(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}
