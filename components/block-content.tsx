import type { BlockKind } from '@/db/schema';
import { isMediaKind } from '@/lib/blocks/media';
import { MediaBlock } from './blocks/media-block';
import { InlineText } from './inline-text';

type Props = {
  kind: BlockKind;
  text: string;
  src?: string | null;
  href?: string | null;
  lang: string;
};

/** One block's text as its semantic element, carrying the language of the text shown. */
export function BlockContent({ kind, text, src, href, lang }: Props) {
  if (isMediaKind(kind)) return <MediaBlock {...{ kind, text, src, href, lang }} />;
  // The excerpt break only marks where listings stop: readers of the post see nothing.
  if (kind === 'more') return null;
  switch (kind) {
    case 'heading':
      return (
        <h2 lang={lang}>
          <InlineText text={text} />
        </h2>
      );
    case 'subheading':
      return (
        <h3 lang={lang}>
          <InlineText text={text} />
        </h3>
      );
    case 'quote':
      return (
        <blockquote lang={lang}>
          <p>
            <InlineText text={text} />
          </p>
        </blockquote>
      );
    case 'list':
      return (
        <ul lang={lang}>
          {text
            .split('\n')
            .filter(Boolean)
            .map((item, i) => (
              <li key={i}>
                <InlineText text={item} />
              </li>
            ))}
        </ul>
      );
    case 'code':
      return (
        <pre lang={lang}>
          <code>{text}</code>
        </pre>
      );
    default:
      return (
        <p lang={lang}>
          <InlineText text={text} />
        </p>
      );
  }
}
