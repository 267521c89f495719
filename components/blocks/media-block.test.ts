import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BlockKind } from '@/lib/model';
import { hashPolicy } from '@/serving/csp.mjs';
import { BlockContent } from '../block-content';

const html = (kind: BlockKind, text: string, src?: string, href?: string) =>
  renderToStaticMarkup(createElement(BlockContent, { kind, text, src, href, lang: 'en' }));
const directive = (policy: string, name: string) =>
  policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('media blocks', () => {
  it('an image: caption below (read once: it is also the alt text), optional link', () => {
    const out = html('image', 'A <b>cat</b>', '/media/abc.png', 'https://example.com/cat');
    expect(out).toContain(
      '<a href="https://example.com/cat"><img lang="en" src="/media/abc.png" alt="A &lt;b&gt;cat&lt;/b&gt;"',
    );
    expect(out).toContain('<figcaption aria-hidden="true">A &lt;b&gt;cat&lt;/b&gt;</figcaption>');
    expect(html('image', 'x', '/media/abc.png', 'javascript:alert(1)')).not.toContain('<a ');
  });

  it('a gallery: each valid image, numbered for screen readers; bad lines dropped', () => {
    const out = html('gallery', 'Both', '/media/a.png\njavascript:x\nhttps://example.com/b.jpg');
    expect(out.match(/<img /g)).toHaveLength(2);
    expect(out).toContain('alt="Image 2 of 2"');
    expect(out).toContain('<figcaption>Both</figcaption>');
  });

  it('an embed: a card with title and link, the player marked but not in the HTML', () => {
    const out = html('embed', 'A talk', 'https://youtu.be/dQw4w9WgXcQ');
    expect(out).toContain('href="https://youtu.be/dQw4w9WgXcQ"');
    expect(out).toContain('>A talk</a>');
    expect(out).toContain('data-frame-src="https://www.youtube-nocookie.com"');
    expect(out).not.toContain('<iframe');
    expect(out).not.toContain('<button');
    // No title typed: the site's host.
    expect(html('embed', '', 'https://example.com/page')).toContain('>example.com</a>');
    expect(html('embed', '', 'https://example.com/page')).not.toContain('data-frame-src');
  });

  it('audio and video with controls; nothing for a bad address', () => {
    expect(html('audio', 'Tone', '/media/abc.wav')).toContain(
      '<audio controls="" preload="none" src="/media/abc.wav">',
    );
    expect(html('video', '', 'https://cdn.example/v.mp4')).toContain('<video controls=""');
    expect(html('audio', 'x', 'javascript:alert(1)')).toBe('');
    expect(html('more', '')).toBe('');
  });
});

describe('CSP of a cached page with media', () => {
  it('a page with a YouTube embed may frame youtube-nocookie only', () => {
    const policy = hashPolicy(
      html('embed', 'A talk', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'),
    );
    expect(directive(policy, 'frame-src')).toBe('frame-src https://www.youtube-nocookie.com');
  });

  it('a page without an embed has no frame-src (and no third-party media)', () => {
    const page = [
      html('paragraph', 'Hello'),
      html('embed', 'X', 'https://x.com/a/status/1'),
      html('audio', '', '/media/abc.mp3'),
    ].join('');
    const policy = hashPolicy(page);
    expect(directive(policy, 'frame-src')).toBeUndefined();
    expect(directive(policy, 'media-src')).toBeUndefined();
  });

  it('several providers, each once; a linked file allows its own origin for media', () => {
    const page = [
      html('embed', '', 'https://vimeo.com/1'),
      html('embed', '', 'https://youtu.be/dQw4w9WgXcQ'),
      html('embed', '', 'https://vimeo.com/2'),
      html('audio', '', 'https://cdn.example/a.mp3'),
    ].join('');
    const policy = hashPolicy(page);
    expect(directive(policy, 'frame-src')).toBe(
      'frame-src https://player.vimeo.com https://www.youtube-nocookie.com',
    );
    expect(directive(policy, 'media-src')).toBe("media-src 'self' https://cdn.example");
  });

  it('text that spells the mark stays text and allows nothing', () => {
    const forged = ' data-frame-src="https://evil.example" data-media-src="https://evil.example"';
    const page = [
      html('paragraph', forged),
      html('image', forged, '/media/a.png'),
      html('embed', forged, 'https://example.com/'),
    ].join('');
    expect(hashPolicy(page)).not.toContain('evil.example');
  });
});
