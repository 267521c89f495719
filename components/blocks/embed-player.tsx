'use client';

import { useState, useSyncExternalStore } from 'react';

const never = () => () => {};

type Props = { src: string; title: string; label: string; media: 'video' | 'audio' };

/**
 * The click-to-load player: nothing from the provider is requested until the reader clicks.
 * Without JavaScript it renders nothing and the card's link is the way to the video.
 */
export function EmbedPlayer({ src, title, label, media }: Props) {
  // Shown only once hydrated (false in the server's HTML): a button that does nothing without
  // JavaScript would mislead.
  const ready = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  const [playing, setPlaying] = useState(false);
  if (playing)
    return (
      <iframe
        className={`embed-frame embed-${media}`}
        src={src}
        title={title}
        allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
        sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
      />
    );
  if (!ready) return null;
  return (
    <button type="button" className="embed-play" onClick={() => setPlaying(true)}>
      <span aria-hidden="true">▶ </span>
      {label}
    </button>
  );
}
