'use client';
import { useEffect } from 'react';

/**
 * Asks before an editor leaves a form with unsaved changes: closing or reloading the
 * tab (the browser's own "Leave site?" prompt) and following any link inside the app
 * (the App Router has no navigation-blocking hook, so links are checked as they are
 * clicked, before Next's Link handles them). Submitting the form is not leaving.
 */
export function useUnsavedChangesGuard(active: boolean, message: string) {
  useEffect(() => {
    if (!active) return;
    function beforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault();
      // Chromium before 119 and some others still need returnValue set.
      event.returnValue = '';
    }
    function click(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
      const url = new URL(link.href, window.location.href);
      // A link to this very page (e.g. "#section") does not leave the form.
      if (url.origin === window.location.origin && url.pathname === window.location.pathname && url.search === window.location.search) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    }
    window.addEventListener('beforeunload', beforeUnload);
    // Capture phase: runs before React's and Next's Link click handlers.
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [active, message]);
}
