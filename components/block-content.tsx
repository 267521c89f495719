import type { BlockKind } from '@/db/schema';
import type { RenderOptions } from '@/lib/blocks/markdown/hast';
import { storedImageSrc } from '@/lib/blocks/stored-src';
import { BlockText } from './block-text';
import './block-text.css';

type Props = {
  kind: BlockKind;
  text: string;
  src?: string | null;
  lang: string;
  /** Footnote ids and labels (see BlockText); unique per block and language on a page. */
  notes?: Omit<RenderOptions, 'mode'>;
};

/** One block's text as its semantic element, carrying the language of the text shown. */
export function BlockContent({ kind, text, src, lang, notes }: Props) {
  switch (kind) {
    case 'heading':
      return (
        <h2 lang={lang}>
          <BlockText text={text} mode="inline" />
        </h2>
      );
    case 'subheading':
      return (
        <h3 lang={lang}>
          <BlockText text={text} mode="inline" />
        </h3>
      );
    case 'quote':
      return (
        <blockquote lang={lang} className="block-text">
          <BlockText text={text} {...notes} />
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
                <BlockText text={item} mode="inline" />
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
        <div lang={lang} className="block-text">
          <BlockText text={text} {...notes} />
        </div>
      );
  }
}
