import { BLOCK_TEXT_MAX, type BlockKind } from '@/lib/model';
import type { BlockInput } from './types';
import { parseInline, type InlineToken } from './inline';
import { escapeMarkdown } from './markdown/escape';
import { plainText } from './markdown/plain';

/**
 * The one-time rewrite of block text from the first version's inline subset (lib/blocks/inline)
 * to CommonMark: formatting is kept where Markdown can say it regardless of context, and every
 * block shows the same words before and after (checked here; when not, the block keeps its words
 * and loses its formatting).
 */
const WORD_EDGES = /^[\p{L}\p{N}][^]*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u;

type State = { out: string; inLink: boolean };

const atLineStart = (s: State) => s.out === '' || s.out.endsWith('\n');

function codeSpan(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  // CommonMark strips one space from each side of a span that has both; keep the reader's spaces.
  return /^ .*[^ ].* $/.test(flat) ? `\` ${flat} \`` : `\`${flat}\``;
}

function emit(tokens: InlineToken[], s: State): void {
  for (const t of tokens) {
    if (t.type === 'text') s.out += escapeMarkdown(t.text, atLineStart(s));
    else if (t.type === 'code') s.out += codeSpan(t.text);
    else if (t.type === 'link' && !s.inLink) s.out += link(t.children, t.href);
    else if (t.type === 'link') emit(t.children, s);
    else s.out += delimited(t.children, t.type === 'strong' ? '**' : '*', s.inLink);
  }
}

function inner(tokens: InlineToken[], inLink: boolean): string {
  const s: State = { out: '', inLink };
  emit(tokens, s);
  return s.out;
}

/** Emphasis only when its source starts and ends with a letter or digit: it then always parses. */
function delimited(tokens: InlineToken[], mark: string, inLink: boolean): string {
  const body = inner(tokens, inLink).replace(/\n/g, ' ');
  return WORD_EDGES.test(body) ? `${mark}${body}${mark}` : body;
}

function link(tokens: InlineToken[], href: string): string {
  const label = inner(tokens, true).replace(/\n/g, ' ');
  // The pointy-bracket form only when the address holds what a bare destination cannot.
  const plain = !/[\s()<>\\]/.test(href);
  return plain
    ? `[${label}](${href})`
    : `[${label}](<${href.replace(/[<>\\]/g, (c) => `\\${c}`)}>)`;
}

function oldPlain(tokens: InlineToken[]): string {
  return tokens.map((t) => ('children' in t ? oldPlain(t.children) : t.text)).join('');
}

/** Words as a reader sees them: HTML collapses whitespace. */
export const visible = (s: string) => s.replace(/\s+/g, ' ').trim();

function convertOne(text: string, mode: 'block' | 'inline'): string {
  const tokens = parseInline(text);
  const candidate = inner(tokens, false).replace(/\n+/g, '\n');
  const before = visible(oldPlain(tokens));
  if (visible(plainText(candidate, mode)) === before) return candidate;
  return escapeMarkdown(oldPlain(tokens));
}

/** One stored block text, as its kind rendered it; code and image alt texts are not Markdown. */
export function legacyToMarkdown(text: string, kind: BlockKind): string {
  if (kind === 'code' || kind === 'image') return text;
  if (kind === 'list')
    return text
      .split('\n')
      .map((line) => convertOne(line, 'inline'))
      .join('\n');
  return convertOne(text, kind === 'heading' || kind === 'subheading' ? 'inline' : 'block');
}

/** The same, kept as it was when escaping would pass the length limit (saving would refuse it). */
export function legacyToStored(text: string, kind: BlockKind): string {
  const next = legacyToMarkdown(text, kind);
  return [...next].length <= BLOCK_TEXT_MAX ? next : text;
}

/**
 * Imported blocks: the importers write the first version's subset (`**bold**`, `[text](url)`, and
 * everything else literal), which becomes Markdown here, where stored text did.
 */
export function importedBlocks<B extends BlockInput>(blocks: B[]): B[] {
  return blocks.map((b) => ({
    ...b,
    texts: Object.fromEntries(
      Object.entries(b.texts).map(([l, t]) => [l, t === null ? null : legacyToStored(t, b.kind)]),
    ),
  }));
}
