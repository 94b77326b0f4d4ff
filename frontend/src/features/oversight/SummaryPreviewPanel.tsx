import type { ReactNode } from 'react';
import type { SummaryPreview, WithheldSpan } from './types';

const WITHHELD_AS: Record<WithheldSpan['kind'], string> = {
  name: 'a name',
  place: 'a place',
  'nhs-number': 'an NHS number',
  date: 'a date',
  postcode: 'a postcode',
  phone: 'a phone number',
  email: 'an email address',
  address: 'an address',
};

/** The text as partners will read it, each withheld span marked (and named for screen readers). */
function markedText(preview: SummaryPreview): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  preview.withheld.forEach((span, i) => {
    if (span.start > at) parts.push(preview.text.slice(at, span.start));
    parts.push(
      <mark key={i} data-kind={span.kind}>
        {preview.text.slice(span.start, span.end)}
        <span className="nhsuk-u-visually-hidden"> ({WITHHELD_AS[span.kind]} withheld)</span>
      </mark>,
    );
    at = span.end;
  });
  if (at < preview.text.length) parts.push(preview.text.slice(at));
  return parts;
}

/**
 * What a group's patient safety partners will see of a summary for oversight (policy §3.7), before it is saved:
 * the withheld spans marked, and the words that may be names the system does not know, for the author to rewrite.
 */
export function SummaryPreviewPanel({ preview }: { preview: SummaryPreview }) {
  const withheld = preview.withheld.length;
  return (
    <section aria-labelledby="summary-preview-heading" className="nhsuk-inset-text">
      <h3 id="summary-preview-heading">What partners will see</h3>
      <p data-testid="summary-preview" style={{ whiteSpace: 'pre-wrap' }}>
        {markedText(preview)}
      </p>
      <p className="nhsuk-body-s">
        {withheld === 0 ? 'Nothing is withheld.' : withheld === 1 ? '1 part is withheld.' : `${withheld} parts are withheld.`}
      </p>
      {preview.warnings.length > 0 && (
        <div className="nhsuk-warning-callout">
          <h4 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              These words may be names
            </span>
          </h4>
          <p>Partners will see them. If they name someone, rewrite them before you save, for example by role.</p>
          <ul aria-label="Words that may be names">
            {preview.warnings.map((w) => (
              <li key={w.offset}>{w.word}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
