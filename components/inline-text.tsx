import { Fragment } from 'react';
import { parseInline, type InlineToken } from '@/lib/blocks/inline';

function render(tokens: InlineToken[]) {
  return tokens.map((t, i) => {
    if (t.type === 'text') return <Fragment key={i}>{t.text}</Fragment>;
    if (t.type === 'code') return <code key={i}>{t.text}</code>;
    if (t.type === 'strong') return <strong key={i}>{render(t.children)}</strong>;
    if (t.type === 'em') return <em key={i}>{render(t.children)}</em>;
    return (
      <a key={i} href={t.href} rel="noopener">
        {render(t.children)}
      </a>
    );
  });
}

/** Block text with the safe inline subset; React escapes every text node. */
export function InlineText({ text }: { text: string }) {
  return <>{render(parseInline(text))}</>;
}
