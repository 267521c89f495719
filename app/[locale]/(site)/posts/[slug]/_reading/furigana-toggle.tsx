'use client';

import { useLayoutEffect, useState } from 'react';

export const FURIGANA_COOKIE = 'taiyaku-furigana';

/**
 * Shows or hides the readings over kanji. Without JavaScript the checkbox alone does it (CSS
 * `:has`); with it, the choice is remembered in a cookie like the view and applied on the article.
 */
export function FuriganaToggle({ label }: { label: string }) {
  const [shown, setShown] = useState(true);

  useLayoutEffect(() => {
    const saved = new RegExp(`(?:^|; )${FURIGANA_COOKIE}=([^;]*)`).exec(document.cookie)?.[1];
    if (saved === 'off') show(false); // the cookie is only readable in the browser
  }, []);

  function show(next: boolean) {
    setShown(next);
    const article = document.getElementById('reading');
    if (article) article.dataset.furigana = next ? 'on' : 'off';
  }

  return (
    <p className="furigana-toggle">
      <label>
        <input
          type="checkbox"
          name="furigana"
          checked={shown}
          onChange={(event) => {
            show(event.target.checked);
            document.cookie = `${FURIGANA_COOKIE}=${event.target.checked ? 'on' : 'off'}; path=/; max-age=31536000; samesite=lax`;
          }}
        />{' '}
        {label}
      </label>
    </p>
  );
}
