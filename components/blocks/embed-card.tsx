import { parseEmbed, type EmbedProvider } from '@/lib/blocks/embed';
import type { Translate } from '@/lib/i18n/translate';
import { EmbedPlayer } from './embed-player';

// Names of services, the same in every language.
const PROVIDER_NAMES: Partial<Record<EmbedProvider, string>> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  soundcloud: 'SoundCloud',
  x: 'X (Twitter)',
  instagram: 'Instagram',
};

type Props = { src: string | null | undefined; text: string; lang: string; t: Translate };

/**
 * An embed as a card: provider, title (the owner's, else the site's host) and link. For an
 * allowlisted video/audio provider the card also holds the click-to-load player, and marks the
 * one origin it frames (`data-frame-src`) for the page's CSP (serving/csp.mjs).
 */
export function EmbedCard({ src, text, lang, t }: Props) {
  const embed = src ? parseEmbed(src) : null;
  if (!embed) return null;
  const title = text || embed.host;
  return (
    <figure className="embed-card" data-provider={embed.provider} lang={lang}>
      <figcaption>
        <span className="embed-provider">{PROVIDER_NAMES[embed.provider] ?? embed.host}</span>
        <a href={embed.url} className="embed-title" rel="noopener noreferrer">
          {title}
        </a>
      </figcaption>
      {embed.player && (
        <div className="embed-player" data-frame-src={embed.player.origin}>
          <EmbedPlayer
            src={embed.player.src}
            title={title}
            media={embed.player.media}
            label={t('post.playFrom', { host: new URL(embed.player.origin).host })}
          />
        </div>
      )}
    </figure>
  );
}
