import { describe, expect, it } from 'vitest';

/** Every source file of frontend/src, by its path under src/ (read by Vite, as text). */
const SOURCES = Object.entries(import.meta.glob<string>('/src/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true })).map(
  ([path, text]) => [path.replace(/^\/src\//, ''), text] as const,
);

/** The one hook and summary themselves, the layout that moves focus to a summary, and tests with their fakes. */
function mayHandleProblems(path: string): boolean {
  return (
    path.startsWith('shared/forms/') ||
    path.startsWith('shared/components/error-summary/') ||
    path === 'shared/components/layout/Layout.tsx' ||
    path.startsWith('test/') ||
    /\.test\.tsx?$/.test(path)
  );
}

/**
 * What a form does by hand that `useSubmit` + `problemFrom` and `ErrorSummary` do for every form (issue 11 §5):
 * deciding itself what a 400 or a 409 means, or writing the error summary's markup.
 */
const HAND_ROLLED: { what: string; pattern: RegExp }[] = [
  { what: 'reads a 400 or 409 itself (use useSubmit and its ProblemWords)', pattern: /\bstatus\s*[!=]==?\s*40[09]\b/g },
  { what: 'writes error summary markup (use ErrorSummary)', pattern: /nhsuk-error-summary/g },
];

function handRolled(source: string): string[] {
  return HAND_ROLLED.flatMap(({ what, pattern }) => [...source.matchAll(pattern)].map((m) => `${what}: ${m[0]}`));
}

describe('every form submits through useSubmit and shows its problems in the one ErrorSummary', () => {
  it('finds a page that reads a conflict or a refusal itself, or lays out a summary by hand, and not a 404 on load', () => {
    expect(handRolled("} else if (err instanceof ApiError && err.status === 409) setConflict(true);")).toHaveLength(1);
    expect(handRolled('if (e instanceof ApiError && e.status === 400 && e.problem?.errors?.length) {')).toHaveLength(1);
    expect(handRolled('<ul className="nhsuk-list nhsuk-error-summary__list">')).toHaveLength(1);
    expect(handRolled('<div className="nhsuk-error-summary" tabIndex={-1}>')).toHaveLength(1);
    expect(handRolled('if (e instanceof ApiError && e.status === 404) return null;')).toEqual([]);
    expect(handRolled('<ErrorSummary problem={s.problem} focusKey={s.submits} />')).toEqual([]);
  });

  it('no page or hook handles a 400 or 409 or renders an error summary by hand', () => {
    expect(SOURCES.some(([path, text]) => path === 'shared/forms/formProblem.ts' && handRolled(text).length > 0)).toBe(true);
    const found = SOURCES.filter(([path]) => !mayHandleProblems(path)).flatMap(([path, text]) => handRolled(text).map((problem) => `${path}: ${problem}`));
    expect(found, 'submit with shared/forms/useSubmit and show shared/components/error-summary').toEqual([]);
  });
});
