import { parseHttpUrl } from '@/lib/validations/url';

/** Who an embed block's address belongs to; `link` is any other page (a plain card). */
export type EmbedProvider = 'youtube' | 'vimeo' | 'soundcloud' | 'x' | 'instagram' | 'link';

/** A click-to-load player: the iframe address and the one origin the page's CSP must allow. */
export type EmbedPlayer = { src: string; origin: string; media: 'video' | 'audio' };

export type Embed = {
  provider: EmbedProvider;
  url: string;
  host: string;
  player: EmbedPlayer | null;
};

// The only origins a player iframe is ever made for (the allowlist; serving/csp.mjs copies
// whatever origin a page marks, so nothing outside this list may reach a `data-frame-src`).
export const FRAME_ORIGINS = {
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
  soundcloud: 'https://w.soundcloud.com',
} as const;

const YOUTUBE_HOSTS = [
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
];
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^[0-9]{1,12}$/;
const SOUNDCLOUD_PATH =
  /^\/[A-Za-z0-9_-]{1,100}\/[A-Za-z0-9_-]{1,200}(?:\/[A-Za-z0-9_-]{1,200})?\/?$/;

const hostIs = (host: string, ...names: string[]) => names.includes(host);

function youtubeId(url: URL): string | null {
  const host = url.hostname;
  if (host === 'youtu.be') return url.pathname.slice(1);
  if (!YOUTUBE_HOSTS.includes(host)) return null;
  if (url.pathname === '/watch') return url.searchParams.get('v');
  const [, section, id] = url.pathname.split('/');
  return section === 'embed' || section === 'shorts' || section === 'live' ? (id ?? null) : null;
}

function vimeoId(url: URL): string | null {
  if (hostIs(url.hostname, 'vimeo.com', 'www.vimeo.com')) return url.pathname.slice(1);
  if (url.hostname === 'player.vimeo.com' && url.pathname.startsWith('/video/'))
    return url.pathname.slice('/video/'.length);
  return null;
}

function player(url: URL): [EmbedProvider, EmbedPlayer] | null {
  const yt = youtubeId(url);
  if (yt !== null && YOUTUBE_ID.test(yt)) {
    const src = `${FRAME_ORIGINS.youtube}/embed/${yt}`;
    return ['youtube', { src, origin: FRAME_ORIGINS.youtube, media: 'video' }];
  }
  const vimeo = vimeoId(url);
  if (vimeo !== null && VIMEO_ID.test(vimeo)) {
    const src = `${FRAME_ORIGINS.vimeo}/video/${vimeo}`;
    return ['vimeo', { src, origin: FRAME_ORIGINS.vimeo, media: 'video' }];
  }
  if (
    hostIs(url.hostname, 'soundcloud.com', 'www.soundcloud.com') &&
    SOUNDCLOUD_PATH.test(url.pathname)
  ) {
    const track = `https://soundcloud.com${url.pathname}`;
    const src = `${FRAME_ORIGINS.soundcloud}/player/?url=${encodeURIComponent(track)}`;
    return ['soundcloud', { src, origin: FRAME_ORIGINS.soundcloud, media: 'audio' }];
  }
  return null;
}

/** X/Twitter and Instagram embeds need their own scripts on the page: a card with a link only. */
function cardProvider(host: string): EmbedProvider {
  if (hostIs(host, 'x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'))
    return 'x';
  if (hostIs(host, 'instagram.com', 'www.instagram.com')) return 'instagram';
  return 'link';
}

/**
 * An embed block's address as readers get it: the provider, the normalized link and, for the
 * allowlisted video/audio providers, the player to load on click. Null when it is no http(s) URL.
 */
export function parseEmbed(value: string): Embed | null {
  const url = parseHttpUrl(value.trim());
  if (!url) return null;
  const host = url.hostname;
  const found = player(url);
  if (found) return { provider: found[0], url: url.href, host, player: found[1] };
  return { provider: cardProvider(host), url: url.href, host, player: null };
}
