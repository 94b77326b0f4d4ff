import { useRef } from 'react';
import type { ConflictText } from '../../shared/components/error-summary';
import type { FieldMessage } from '../../shared/components/fields';
import { REMOVED_MESSAGE } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';

/** Said when the other person using the tool recorded something first. */
export function toolChanged(onReload?: () => void): ConflictText {
  return {
    title: 'This changed after you opened it',
    body: <p>The other person using the tool recorded something first, so your answer was not saved.</p>,
    reload: onReload && { label: 'Reload', onClick: onReload },
  };
}

/**
 * One change of the Being Fair tool: the form's own checks first (nothing sent while any fails), then the call;
 * its result goes to `onDone`, or what stopped it to `problem` (the API's fields placed by `fieldIds`; the tool's
 * own refusals, a 409 naming `question` such as joint use required, out of order or ended, listed).
 */
export function useToolChange<T>(onDone: (result: T) => void) {
  const fieldIds = useRef<Record<string, string>>({});
  const s = useSubmit({ fieldId: (f) => fieldIds.current[f.field], forbidden: 'You do not have access to do this.', notFound: REMOVED_MESSAGE, fieldsOnAnyStatus: true });
  const run = async (check: () => FieldMessage[], send: () => Promise<T>, ids: Record<string, string>) => {
    fieldIds.current = ids;
    await s.run(check, async () => onDone(await send()));
  };
  return { problem: s.problem, submits: s.submits, saving: s.saving, run, clear: s.clear };
}
