import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAME_ORIGINS, parseEmbed } from './embed';

const ORIGINS: string[] = Object.values(FRAME_ORIGINS);

describe('parseEmbed', () => {
  it.each([
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10',
      'youtube',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ],
    [
      'https://youtu.be/dQw4w9WgXcQ',
      'youtube',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ],
    [
      'https://m.youtube.com/shorts/dQw4w9WgXcQ',
      'youtube',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ],
    ['https://vimeo.com/76979871', 'vimeo', 'https://player.vimeo.com/video/76979871'],
    ['https://player.vimeo.com/video/76979871', 'vimeo', 'https://player.vimeo.com/video/76979871'],
    [
      'https://soundcloud.com/artist/track-name',
      'soundcloud',
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist%2Ftrack-name',
    ],
  ])('%s → a %s player', (url, provider, src) => {
    const embed = parseEmbed(url);
    expect(embed?.provider).toBe(provider);
    expect(embed?.player?.src).toBe(src);
  });

  it.each([
    ['https://x.com/someone/status/1', 'x'],
    ['https://twitter.com/someone/status/1', 'x'],
    ['https://www.instagram.com/p/abc/', 'instagram'],
    ['https://example.com/article', 'link'],
  ])('%s → a %s card without a player', (url, provider) => {
    const embed = parseEmbed(url);
    expect(embed?.provider).toBe(provider);
    expect(embed?.player).toBeNull();
  });

  it.each([
    'https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://evil.example/www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://evil.example/?u=https://youtu.be/dQw4w9WgXcQ',
    'https://www.youtube.com/watch?v=../../evil',
    'https://youtu.be/dQw4w9WgXcQ/../../x',
    'https://vimeo.com/1/../../evil',
    'https://soundcloud.com/a/%3Cscript%3E',
    'https://notyoutube.com/watch?v=dQw4w9WgXcQ',
  ])('hostile %s → a plain card', (url) => {
    expect(parseEmbed(url)?.player ?? null).toBeNull();
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,x',
    'https://user:pw@youtube.com/watch?v=dQw4w9WgXcQ',
    '//youtu.be/x',
    '',
  ])('%s is no embed at all', (url) => expect(parseEmbed(url)).toBeNull());

  it('only ever makes an iframe address on an allowlisted origin, with a path of its own', () => {
    const hosts = fc.constantFrom(
      'youtube.com',
      'www.youtube.com',
      'youtu.be',
      'vimeo.com',
      'player.vimeo.com',
      'soundcloud.com',
      'evil.example',
      'youtube.com.evil.example',
    );
    const url = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(hosts, fc.webPath(), fc.webQueryParameters())
        .map(([h, p, q]) => `https://${h}${p}?${q}`),
      fc.tuple(hosts, fc.string()).map(([h, s]) => `https://${h}/${s}`),
      fc.string(),
    );
    fc.assert(
      fc.property(url, (value) => {
        const player = parseEmbed(value)?.player;
        if (!player) return;
        const src = new URL(player.src);
        expect(ORIGINS).toContain(src.origin);
        expect(player.origin).toBe(src.origin);
        expect(src.username + src.password).toBe('');
        expect(player.src.startsWith(`${src.origin}/`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
