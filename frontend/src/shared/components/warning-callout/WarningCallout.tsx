import type { ReactNode } from 'react';

/** The nhsuk warning callout: a labelled box ("Important: …") for something the reader must act on. */
export function WarningCallout({ heading, testId, children }: { heading: string; testId?: string; children: ReactNode }) {
  return (
    <div className="nhsuk-warning-callout" data-testid={testId}>
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {heading}
        </span>
      </h2>
      {children}
    </div>
  );
}
