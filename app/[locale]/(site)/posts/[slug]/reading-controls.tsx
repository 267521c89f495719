'use client';

import { useEffect, useState } from 'react';
import type { ReadingView } from '@/db/schema';
import { LANG_COOKIE, VIEW_COOKIE } from './reading-state';

export type ViewOption = { view: ReadingView; lang: string; href: string; label: string; shortcut?: string };
type Props = { options: ViewOption[]; initial: { view: ReadingView; lang: string }; pair: [string, string]; label: string; hint: string };

const VIEWS: ReadingView[] = ['side-by-side', 'single', 'interleaved'];

const remember = (name: string, value: string) => {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
};

/** The first row starting on screen (else the one crossing its top edge), so a switch keeps it in place. */
function scrollAnchor() {
  const rows = Array.from(document.querySelectorAll<HTMLElement>('.reading .row'));
  const row = rows.find((r) => r.getBoundingClientRect().top >= -1) ?? rows.findLast((r) => r.getBoundingClientRect().top < 0);
  return row ? { row, top: row.getBoundingClientRect().top } : null;
}

/** Links that work without JavaScript; with it, switching is a class change with no reload. */
export function ReadingControls({ options, initial, pair, label, hint }: Props) {
  const [current, setCurrent] = useState(initial);

  function apply(next: { view: ReadingView; lang: string }, href: string) {
    const article = document.getElementById('reading');
    if (!article) return;
    const anchor = scrollAnchor();
    article.dataset.view = next.view;
    article.dataset.side = next.lang === pair[0] ? 'original' : 'translation';
    remember(VIEW_COOKIE, next.view);
    remember(LANG_COOKIE, next.lang);
    window.history.replaceState(window.history.state, '', href);
    if (anchor) window.scrollBy(0, anchor.row.getBoundingClientRect().top - anchor.top);
    setCurrent(next);
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.ctrlKey || event.metaKey || event.altKey || target.closest('input, textarea, select, [contenteditable]')) return;
      let next: ViewOption | undefined;
      if (event.key === 'v') {
        const view = VIEWS[(VIEWS.indexOf(current.view) + 1) % VIEWS.length];
        next = options.find((o) => o.view === view && (view !== 'single' || o.lang === current.lang)) ?? options.find((o) => o.view === view);
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
              aria-current={o.view === current.view && (o.view !== 'single' || o.lang === current.lang) ? 'true' : undefined}
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
