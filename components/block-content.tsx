import type { BlockKind } from '@/db/schema';
import { storedImageSrc } from '@/lib/blocks/stored-src';
import { InlineText } from './inline-text';

type Props = { kind: BlockKind; text: string; src?: string | null; lang: string };

/** One block's text as its semantic element, carrying the language of the text shown. */
export function BlockContent({ kind, text, src, lang }: Props) {
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
    case 'image': {
      // A bad stored address drops the image, never the page.
      const safe = storedImageSrc(src);
      return safe ? (
        // eslint-disable-next-line @next/next/no-img-element -- uploads are served by our own route, sized by CSS
        <img lang={lang} src={safe} alt={text} loading="lazy" />
      ) : null;
    }
    default:
      return (
        <p lang={lang}>
          <InlineText text={text} />
        </p>
      );
  }
}
