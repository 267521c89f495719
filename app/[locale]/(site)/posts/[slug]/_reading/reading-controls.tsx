'use client';

import { useEffect, useLayoutEffect, useSyncExternalStore } from 'react';
import type { ReadingView } from '@/lib/model';
import { LANG_COOKIE, VIEW_COOKIE } from './reading-state';

export type ViewOption = {
  view: ReadingView;
  lang: string;
  href: string;
  label: string;
  shortcut?: string;
};
type Props = {
  options: ViewOption[];
  initial: { view: ReadingView; lang: string };
  pair: [string, string];
  label: string;
  hint: string;
  /** The URL chose the view: the remembered one does not apply. */
  fixed: boolean;
};

const VIEWS: ReadingView[] = ['side-by-side', 'single', 'interleaved'];

const remember = (name: string, value: string) => {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
};
const cookie = (name: string) => new RegExp(`(?:^|; )${name}=([^;]*)`).exec(document.cookie)?.[1];
const isView = (value: unknown): value is ReadingView => VIEWS.includes(value as ReadingView);

/** The first row starting on screen (else the one crossing its top edge), so a switch keeps it in place. */
function scrollAnchor() {
  const rows = Array.from(document.querySelectorAll<HTMLElement>('.reading .row'));
  const row =
    rows.find((r) => r.getBoundingClientRect().top >= -1) ??
    rows.findLast((r) => r.getBoundingClientRect().top < 0);
  return row ? { row, top: row.getBoundingClientRect().top } : null;
}

/** Links that work without JavaScript; with it, switching is a class change with no reload. */
/** The article's attributes are the one source of the shown view: links and keys follow them. */
function subscribe(onChange: () => void) {
  const article = document.getElementById('reading');
  if (!article) return () => {};
  const observer = new MutationObserver(onChange);
  observer.observe(article, { attributes: true, attributeFilter: ['data-view', 'data-lang'] });
  return () => observer.disconnect();
}
const snapshot = () => {
  const article = document.getElementById('reading');
  return `${article?.dataset.view ?? ''} ${article?.dataset.lang ?? ''}`;
};

export function ReadingControls({ options, initial, pair, label, hint, fixed }: Props) {
  const [shownView, shownLang] = useSyncExternalStore(
    subscribe,
    snapshot,
    () => `${initial.view} ${initial.lang}`,
  ).split(' ');
  const current = {
    view: isView(shownView) ? shownView : initial.view,
    lang: shownLang || initial.lang,
  };

  // The inline script applied the remembered view on a full load; after a client-side navigation
  // it did not run, so apply it here, before paint.
  useLayoutEffect(() => {
    const article = document.getElementById('reading');
    if (!article) return;
    const view = cookie(VIEW_COOKIE);
    const lang = decodeURIComponent(cookie(LANG_COOKIE) ?? '');
    if (!fixed && isView(view)) article.dataset.view = view;
    if (!fixed && pair.includes(lang)) {
      article.dataset.lang = lang;
      article.dataset.side = lang === pair[0] ? 'original' : 'translation';
    }
  }, [fixed, pair]);

  function apply(next: { view: ReadingView; lang: string }, href: string) {
    const article = document.getElementById('reading');
    if (!article) return;
    const anchor = scrollAnchor();
    article.dataset.view = next.view;
    article.dataset.side = next.lang === pair[0] ? 'original' : 'translation';
    article.dataset.lang = next.lang;
    remember(VIEW_COOKIE, next.view);
    remember(LANG_COOKIE, next.lang);
    window.history.replaceState(window.history.state, '', href);
    if (anchor) window.scrollBy(0, anchor.row.getBoundingClientRect().top - anchor.top);
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        target.closest('input, textarea, select, [contenteditable]')
      )
        return;
      let next: ViewOption | undefined;
      if (event.key === 'v') {
        const view = VIEWS[(VIEWS.indexOf(current.view) + 1) % VIEWS.length];
        next =
          options.find((o) => o.view === view && (view !== 'single' || o.lang === current.lang)) ??
          options.find((o) => o.view === view);
      }
      if (event.key === 't') {
        const other = current.view === 'single' && current.lang !== pair[0] ? pair[0] : pair[1];
        next = options.find((o) => o.view === 'single' && o.lang === other);
      }
      if (next) apply(next, next.href);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  return (
    <nav className="reading-controls" aria-label={label} title={hint}>
      <ul>
        {options.map((o) => (
          <li key={`${o.view}-${o.lang}`}>
            <a
              href={o.href}
              aria-current={
                o.view === current.view && (o.view !== 'single' || o.lang === current.lang)
                  ? 'true'
                  : undefined
              }
              aria-keyshortcuts={o.shortcut}
              onClick={(event) => {
                // Only the paired languages are in the page; another translation needs a page load.
                if (!pair.includes(o.lang)) return;
                event.preventDefault();
                apply({ view: o.view, lang: o.view === 'single' ? o.lang : current.lang }, o.href);
              }}
            >
              {o.label}
            </a>
          </li>
        ))}
      </ul>
      <p className="shortcut-hint">{hint}</p>
    </nav>
  );
}
