import { ImageResponse } from 'next/og';
import { getSettings } from '@/db/queries/settings';
import { formatDateTime, pick } from '@/lib/format';
import { isLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/translate';
import { cardFont, drawableText } from '@/server/cjk-font';
import { COVER_SIZE, coverForCard } from '@/server/og-cover';
import { getPublicPost } from '@/server/reader-cache';

type Params = { locale: string; slug: string };

const size = { width: 1200, height: 630 };
const contentType = 'image/png';

/** The alt text names the post in the UI language. */
export async function generateImageMetadata({ params }: { params: Params | Promise<Params> }) {
  const { locale, slug } = await params;
  const post = getPublicPost(slug);
  const title =
    post && (post.translations[locale] ?? post.translations[post.originalLanguage])?.title;
  const alt = title && isLocale(locale) ? getTranslator(locale)('site.ogAlt', { title }) : slug;
  return [{ id: 'card', alt, size, contentType }];
}

/** A share card: the blog's name, the title in every language of the post, date and languages. */
export default async function Image({ params }: { params: Promise<Params> }) {
  const { locale, slug } = await params;
  const post = isLocale(locale) ? getPublicPost(slug) : null;
  if (!post || !isLocale(locale)) return new Response('Not found', { status: 404 });
  const font = await cardFont();
  const cover = await coverForCard(post.coverSrc);
  const settings = getSettings();
  const titles = post.languages
    .map((language) => ({
      language,
      text: drawableText(post.translations[language]?.title ?? '', font),
    }))
    .filter((title) => title.text);
  const [main, ...others] = titles;
  const footer = [
    post.publishedAt ? formatDateTime(post.publishedAt, locale, settings.timeZone) : '',
    post.languages.join(' · '),
  ];
  // The cover, when it is an upload, fills the card's right side.
  return new ImageResponse(
    <div style={{ width: '100%', height: '100%', display: 'flex' }}>
      <div
        style={{
          flex: 1,
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 72px',
          background: '#fdfcf9',
          color: '#1d1d1b',
          borderTop: '16px solid #0b5cad',
        }}
      >
        <div style={{ display: 'flex', fontSize: 30, color: '#5f5d57' }}>
          {drawableText(pick(settings.titles, locale), font) || 'Taiyaku'}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
          <div style={{ display: 'flex', fontSize: 64, lineHeight: 1.3 }}>{main?.text ?? slug}</div>
          {others.map((title) => (
            <div
              key={title.language}
              style={{ display: 'flex', fontSize: 40, lineHeight: 1.35, color: '#5f5d57' }}
            >
              {title.text}
            </div>
          ))}
        </div>
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            fontSize: 26,
            color: '#5f5d57',
          }}
        >
          <span>{drawableText(footer[0]!, font)}</span>
          <span>{footer[1]}</span>
        </div>
      </div>
      {cover && <img src={cover} alt="" {...COVER_SIZE} />}
    </div>,
    { ...size, fonts: font?.fonts },
  );
}
