'use client';

import { useEffect } from 'react';

/**
 * While `active`, closing or reloading the tab asks first (beforeunload), and so does following
 * a link inside the app: client-side navigations never fire beforeunload.
 */
export function useLeaveWarning(active: boolean, message: string) {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (
        !link ||
        link.getAttribute('target') === '_blank' ||
        event.ctrlKey ||
        event.metaKey ||
        event.shiftKey
      )
        return;
      if (window.confirm(message)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    // On window, capturing: runs before Next's Link handler, which can then be stopped.
    window.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('click', onClick, true);
    };
  }, [active, message]);
}
