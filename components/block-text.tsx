import 'server-only';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { footnoteListHast } from '@/lib/blocks/markdown/footnote-list';
import { inlineChildren, textToHast, type RenderOptions } from '@/lib/blocks/markdown/hast';
import { breakPhrasesInHast } from '@/lib/typography/phrases';

/**
 * Block text (CommonMark + GFM, ruby, allowlisted tags) as React elements, parsed on the server:
 * the parser never reaches a client bundle and no text is ever set as HTML.
 */
export function BlockText({
  text,
  phrasesIn,
  ...options
}: RenderOptions & {
  text: string;
  /** A heading's language: break its lines between phrases. */ phrasesIn?: string;
}) {
  const root = textToHast(text, options);
  if (options.mode === 'inline') root.children = inlineChildren(root);
  if (phrasesIn) breakPhrasesInHast(root, phrasesIn);
  return toJsxRuntime(root, { Fragment, jsx, jsxs });
}

/** A column's footnotes, listed once at the post's end (see lib/blocks/markdown/footnotes). */
export function FootnoteList({ args }: { args: Parameters<typeof footnoteListHast> }) {
  return toJsxRuntime(footnoteListHast(...args), { Fragment, jsx, jsxs });
}
