/** Small HTML helpers for MT bodies: entity decoding, attribute reading, URL vetting. */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', mdash: '—',
  ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', middot: '·',
  bull: '•', copy: '©', reg: '®', trade: '™', yen: '¥', times: '×', deg: '°', euro: '€', shy: '',
  eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', ntilde: 'ñ',
};

function fromCodePoint(n: number): string {
  // Surrogates, out-of-range and NUL are not characters; drop them rather than throw.
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(n);
}

/** Decodes named (common set) and numeric entities; unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      return fromCodePoint(parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Attributes of a start tag's attribute string, names lower-cased, values decoded. */
export function readAttributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (const m of source.matchAll(re)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!(name in out)) out[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/**
 * An image URL safe to keep: http(s), protocol-relative or relative. Anything with another
 * scheme (javascript:, data:, vbscript:) is refused, including ones hidden by whitespace/controls.
 */
export function safeUrl(raw: string): string | null {
  const url = raw.trim();
  const squashed = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (!url || /^javascript:|^vbscript:|^data:/.test(squashed)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squashed)?.[1];
  if (scheme && scheme !== 'http' && scheme !== 'https') return null;
  return url;
}
