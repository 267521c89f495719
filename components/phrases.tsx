import 'server-only';
import { Fragment } from 'react';
import { phrases } from '@/lib/typography/phrases';

/**
 * A title or heading whose Japanese lines break only between phrases (BudouX, on the server):
 * `<wbr>` between phrases inside a `word-break: keep-all` span. React escapes the text; other
 * languages render as plain text. The model never reaches a client bundle.
 */
export function Phrases({
  text,
  lang,
}: {
  text: string | null | undefined;
  lang: string | null | undefined;
}) {
  if (!text) return null;
  const parts = phrases(text, lang);
  if (parts.length < 2) return <>{text}</>;
  return (
    <span className="phrases">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
