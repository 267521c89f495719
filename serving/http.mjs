// The two pieces of HTTP negotiation the fast path does itself, as RFC 9110 defines them.

const opaque = (tag) => tag.trim().replace(/^W\//, '');

/**
 * RFC 9110 §13.1.2: If-None-Match is `*` or a list of entity tags, compared weakly (a `W/` prefix
 * on either side is ignored). True when the client's copy is current (answer 304).
 * @param {string | undefined} header
 * @param {string} etag
 */
export function noneMatchHits(header, etag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const ours = opaque(etag);
  // Entity tags are quoted and cannot contain a comma or a quote, so a split on commas is exact.
  return header.split(',').some((tag) => opaque(tag) === ours);
}

/** The weight of a `coding;q=…` item: 1 without a q, 0 for a malformed one. */
function weight(parameters) {
  const q = parameters.find((p) => /^q\s*=/i.test(p.trim()));
  if (!q) return 1;
  const value = q.split('=')[1]?.trim() ?? '';
  return /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value) ? Number(value) : 0;
}

/**
 * RFC 9110 §12.5.3: whether gzip is acceptable. `gzip;q=0` refuses it even when `*` allows
 * others; `*` with a weight above 0 allows it when gzip is not named; `x-gzip` is gzip (§8.4.1.3).
 * @param {string | undefined} header
 */
export function acceptsGzip(header) {
  if (!header) return false;
  let named;
  let any;
  for (const item of header.split(',')) {
    const [coding = '', ...parameters] = item.split(';');
    const name = coding.trim().toLowerCase();
    const q = weight(parameters);
    if (name === 'gzip' || name === 'x-gzip') named = Math.max(named ?? 0, q);
    else if (name === '*') any = q;
  }
  return (named ?? any ?? 0) > 0;
}
