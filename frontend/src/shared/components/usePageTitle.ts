import { useEffect } from 'react';

export const SERVICE_NAME = 'PSIRF Platform';

/** Sets the document title for the page: "Error: " first when the page shows errors. */
export function usePageTitle(title: string, hasErrors = false) {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  }, [title, hasErrors]);
}
