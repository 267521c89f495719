import { useEffect, useSyncExternalStore } from 'react';

const TYPING =
  'input:not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable]';

/**
 * WordPress-style single-key shortcuts. Keys typed into a text field, with a modifier, or while a
 * dialog is open are left alone.
 */
export function useQueueKeys(handlers: Partial<Record<string, () => void>>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement;
      if (target.closest(TYPING) || document.querySelector('dialog[open]')) return;
      const handler = handlers[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
}

const subscribeNothing = () => () => {};

/** False while the server's HTML is showing, true once the shortcuts are listening. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}
