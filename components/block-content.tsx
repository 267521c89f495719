import type { BlockKind } from '@/db/schema';
import type { RenderOptions } from '@/lib/blocks/markdown/hast';
import { isMediaKind } from '@/lib/blocks/media';
import { BlockText } from './block-text';
import { MediaBlock } from './blocks/media-block';
import './block-text.css';

type Props = {
  kind: BlockKind;
  text: string;
  src?: string | null;
  href?: string | null;
  lang: string;
  /** Footnote ids and labels (see BlockText); unique per block and language on a page. */
  notes?: Omit<RenderOptions, 'mode'>;
};

/** One block's text as its semantic element, carrying the language of the text shown. */
export function BlockContent({ kind, text, src, href, lang, notes }: Props) {
  if (isMediaKind(kind)) return <MediaBlock {...{ kind, text, src, href, lang }} />;
  // The excerpt break only marks where listings stop: readers of the post see nothing.
  if (kind === 'more') return null;
  switch (kind) {
    case 'heading':
      return (
        <h2 lang={lang} className="phrases">
          <BlockText text={text} mode="inline" phrasesIn={lang} />
        </h2>
      );
    case 'subheading':
      return (
        <h3 lang={lang} className="phrases">
          <BlockText text={text} mode="inline" phrasesIn={lang} />
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
    default:
      return (
        <div lang={lang} className="block-text">
          <BlockText text={text} {...notes} />
        </div>
      );
  }
}
