import { storedImageSrc } from '@/lib/blocks/stored-src';
import { avSrc, galleryLines, imageHref, type MediaKind } from '@/lib/blocks/media';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/translate';
import { EmbedCard } from './embed-card';
import './media.css';

type Props = {
  kind: MediaKind;
  /** The caption in `lang` (an embed's title); may be empty. */
  text: string;
  src?: string | null;
  href?: string | null;
  lang: string;
};

/** An image, gallery, embed, audio or video block with its caption. Bad stored addresses drop out. */
export function MediaBlock({ kind, text, src, href, lang }: Props) {
  // Labels (the play button, image numbers) speak the language of the cell they sit in.
  const t = getTranslator(isLocale(lang) ? lang : DEFAULT_LOCALE);
  if (kind === 'embed') return <EmbedCard src={src} text={text} lang={lang} t={t} />;
  // The caption is also the image's alt text; hidden from screen readers so it is read once.
  const caption = text ? (
    <figcaption aria-hidden={kind === 'image' || undefined}>{text}</figcaption>
  ) : null;
  if (kind === 'gallery') {
    const images = galleryLines(src ?? '')
      .map(storedImageSrc)
      .filter((s) => s !== null);
    if (!images.length) return null;
    return (
      <figure className="gallery" lang={lang}>
        <ul>
          {images.map((image, i) => (
            <li key={i}>
              {/* eslint-disable-next-line @next/next/no-img-element -- sized by CSS, like image blocks */}
              <img
                src={image}
                alt={t('post.galleryImage', { n: i + 1, count: images.length })}
                loading="lazy"
              />
            </li>
          ))}
        </ul>
        {caption}
      </figure>
    );
  }
  if (kind === 'image') {
    const safe = storedImageSrc(src);
    if (!safe) return null;
    const link = imageHref(href);
    // eslint-disable-next-line @next/next/no-img-element -- uploads are served by our own route, sized by CSS
    const img = <img lang={lang} src={safe} alt={text} loading="lazy" />;
    return (
      <figure className="image" lang={lang}>
        {link ? <a href={link}>{img}</a> : img}
        {caption}
      </figure>
    );
  }
  const file = src ? avSrc(src) : null;
  if (!file) return null;
  const origin = file.startsWith('https://') ? new URL(file).origin : undefined;
  return (
    // A linked file's origin is marked for the page's media-src (serving/csp.mjs).
    <figure className={kind} lang={lang} data-media-src={origin}>
      {kind === 'audio' ? (
        <audio controls preload="none" src={file} />
      ) : (
        <video controls preload="metadata" src={file} />
      )}
      {caption}
    </figure>
  );
}
