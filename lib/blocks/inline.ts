/**
 * The first version's inline subset of block text: **bold**, *italic*, `code`, [text](url);
 * anything else stayed literal. Block text is now Markdown (lib/blocks/markdown): this parser is
 * kept to migrate stored text (lib/blocks/legacy) and for the link scheme rule (safeHref).
 */
export type InlineToken =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: InlineToken[] }
  | { type: 'em'; children: InlineToken[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: InlineToken[] };

const PATTERN = /\*\*(.+?)\*\*|\*(.+?)\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/s;

export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

export function parseInline(source: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  const pushText = (text: string) => {
    const last = tokens.at(-1);
    if (last?.type === 'text') last.text += text;
    else tokens.push({ type: 'text', text });
  };
  let rest = source;
  while (rest) {
    const match = PATTERN.exec(rest);
    if (!match) break;
    if (match.index > 0) pushText(rest.slice(0, match.index));
    const [whole, strong, em, code, label, url] = match;
    if (strong !== undefined) tokens.push({ type: 'strong', children: parseInline(strong) });
    else if (em !== undefined) tokens.push({ type: 'em', children: parseInline(em) });
    else if (code !== undefined) tokens.push({ type: 'code', text: code });
    else {
      const href = safeHref(url ?? '');
      if (href) tokens.push({ type: 'link', href, children: parseInline(label ?? '') });
      else pushText(whole);
    }
    rest = rest.slice(match.index + whole.length);
  }
  if (rest) pushText(rest);
  return tokens;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** HTML for feeds: every text is escaped, so no markup from the author can pass through. */
export function inlineToHtml(tokens: InlineToken[]): string {
  return tokens
    .map((t) => {
      if (t.type === 'text') return escapeHtml(t.text);
      if (t.type === 'code') return `<code>${escapeHtml(t.text)}</code>`;
      if (t.type === 'link')
        return `<a href="${escapeHtml(t.href)}" rel="noopener">${inlineToHtml(t.children)}</a>`;
      const tag = t.type === 'strong' ? 'strong' : 'em';
      return `<${tag}>${inlineToHtml(t.children)}</${tag}>`;
    })
    .join('');
}

export { escapeHtml };
