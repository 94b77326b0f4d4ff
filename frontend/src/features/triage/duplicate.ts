/** PSE-2026-000120: the form of an event reference. */
const REFERENCE = /^PSE-\d{4}-\d{6}$/;

/** The reference as the service stores it: no spaces, capitals. */
export function normaliseReference(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** Why an original event reference cannot be sent, or null when it can. */
export function referenceProblem(input: string, ownReference: string): string | null {
  const reference = normaliseReference(input);
  if (!reference) return 'Enter the reference of the original event';
  if (!REFERENCE.test(reference)) return 'Enter a reference in the form PSE-2026-000120';
  if (reference === ownReference) return 'Enter the reference of another event, not this one';
  return null;
}
