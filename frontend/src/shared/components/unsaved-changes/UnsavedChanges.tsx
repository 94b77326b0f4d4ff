import { useContext, useEffect } from 'react';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router';

export const UNSAVED_CHANGES_MESSAGE = 'You have changes that have not been saved. Leave this page and lose them?';

/**
 * Warns before unsaved changes are lost: closing or reloading the tab (the browser's own "leave site?" prompt) and,
 * under a data router, going elsewhere in the app (a confirm; staying keeps the page as it is).
 */
export function UnsavedChangesGuard({ when, message = UNSAVED_CHANGES_MESSAGE }: { when: boolean; message?: string }) {
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  useEffect(() => {
    if (!when) return undefined;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = message;
      return message;
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when, message]);
  // useBlocker needs a data router: every page of the app has one (App.tsx); a page rendered without it keeps the
  // tab-close warning only.
  return dataRouter ? <BlockNavigation when={when} message={message} /> : null;
}

function BlockNavigation({ when, message }: { when: boolean; message: string }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(message)) blocker.proceed();
    else blocker.reset();
  }, [blocker, message]);
  return null;
}
