import { languageName, type Translate } from '@/lib/i18n/translate';
import type { ViewOption } from './reading-controls';

/** The view switcher's links: each one a URL that reproduces that exact view. */
/** Single view is offered in every language of the post; the pair views use the chosen translation. */
export function viewOptions({
  path,
  pair,
  languages,
  t,
}: {
  path: string;
  pair: [string, string];
  languages: string[];
  t: Translate;
}): ViewOption[] {
  const href = (view: string, lang: string) => `${path}?${new URLSearchParams({ view, lang })}`;
  const name = (lang: string) => languageName(t, lang);
  return [
    {
      view: 'side-by-side',
      lang: pair[1],
      href: href('side-by-side', pair[1]),
      label: t('reading.sideBySide'),
      shortcut: 'v',
    },
    ...languages.map((lang) => ({
      view: 'single' as const,
      lang,
      href: href('single', lang),
      label: t('reading.single', { language: name(lang) }),
      shortcut: 't',
    })),
    {
      view: 'interleaved',
      lang: pair[1],
      href: href('interleaved', pair[1]),
      label: t('reading.interleaved'),
      shortcut: 'v',
    },
  ];
}
