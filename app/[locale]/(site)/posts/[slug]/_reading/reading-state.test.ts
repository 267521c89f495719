import { describe, expect, it } from 'vitest';
import { resolveReadingState } from './reading-state';

const base = {
  query: {},
  cookies: {},
  defaultView: 'side-by-side' as const,
  locale: 'ja',
  languages: ['en', 'ja'],
};

describe('resolveReadingState', () => {
  it('uses the blog default and pairs the original with the UI language', () => {
    expect(resolveReadingState(base)).toEqual({
      view: 'side-by-side',
      pair: ['en', 'ja'],
      lang: 'ja',
    });
  });
  it('lets the URL override the cookie', () => {
    const state = resolveReadingState({
      ...base,
      query: { view: 'interleaved', lang: 'en' },
      cookies: { view: 'single', lang: 'ja' },
    });
    expect(state.view).toBe('interleaved');
    expect(state.lang).toBe('en');
  });
  it('falls back to the cookie, ignoring unknown values', () => {
    const state = resolveReadingState({
      ...base,
      query: { view: 'bogus', lang: 'xx' },
      cookies: { view: 'single', lang: 'en' },
    });
    expect(state).toMatchObject({ view: 'single', lang: 'en', pair: ['en', 'ja'] });
  });
  it('pairs the requested translation when a post has three languages', () => {
    const state = resolveReadingState({
      ...base,
      languages: ['en', 'ja', 'fr'],
      query: { lang: 'fr' },
    });
    expect(state.pair).toEqual(['en', 'fr']);
  });
  it('shows a post without translation in single view', () => {
    expect(resolveReadingState({ ...base, languages: ['ja'] })).toEqual({
      view: 'single',
      pair: ['ja', null],
      lang: 'ja',
    });
  });
});
