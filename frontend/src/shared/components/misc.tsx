import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { EventStatus } from '../api/types';
import { STATUS_TEXT } from './format';

const STATUS_COLOUR: Record<EventStatus, string> = {
  submitted: 'nhsuk-tag--blue',
  'in-triage': 'nhsuk-tag--yellow',
  decided: 'nhsuk-tag--purple',
  closed: 'nhsuk-tag--grey',
};

export function StatusTag({ status }: { status: EventStatus }) {
  return <strong className={`nhsuk-tag ${STATUS_COLOUR[status] ?? ''}`}>{STATUS_TEXT[status] ?? status}</strong>;
}

export interface SummaryRow {
  key: string;
  value: ReactNode;
  change?: { href: string; visuallyHidden: string };
}

export function SummaryList({ rows, noBorder }: { rows: SummaryRow[]; noBorder?: boolean }) {
  return (
    <dl className={`nhsuk-summary-list${noBorder ? ' nhsuk-summary-list--no-border' : ''}`}>
      {rows.map((r) => (
        <div className="nhsuk-summary-list__row" key={r.key}>
          <dt className="nhsuk-summary-list__key">{r.key}</dt>
          <dd className="nhsuk-summary-list__value">{r.value === '' || r.value === null || r.value === undefined ? 'Not given' : r.value}</dd>
          {r.change && (
            <dd className="nhsuk-summary-list__actions">
              <Link to={r.change.href}>
                Change <span className="nhsuk-u-visually-hidden">{r.change.visuallyHidden}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

/** Keeps line breaks of free text without injecting HTML. */
export function MultilineText({ text }: { text?: string | null }) {
  if (!text) return null;
  const lines = text.split(/\r?\n/);
  return (
    <>
      {lines.map((line, i) => (
        <span key={i}>
          {line}
          {i < lines.length - 1 && <br />}
        </span>
      ))}
    </>
  );
}

interface PaginationProps {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
}

/** Previous / next pagination (zero-based pages), NHS style. */
export function Pagination({ page, totalPages, hrefFor }: PaginationProps) {
  if (totalPages <= 1) return null;
  const hasPrev = page > 0;
  const hasNext = page + 1 < totalPages;
  return (
    <nav className="nhsuk-pagination" role="navigation" aria-label="Pagination">
      <ul className="nhsuk-list nhsuk-pagination__list">
        {hasPrev && (
          <li className="nhsuk-pagination-item--previous">
            <Link
              className="nhsuk-pagination__link nhsuk-pagination__link--prev"
              to={hrefFor(page - 1)}
              rel="prev"
            >
              <span className="nhsuk-pagination__title">
                Previous <span className="nhsuk-u-visually-hidden">page</span>
              </span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">
                Page {page} of {totalPages}
              </span>
              <ArrowIcon direction="left" />
            </Link>
          </li>
        )}
        {hasNext && (
          <li className="nhsuk-pagination-item--next">
            <Link
              className="nhsuk-pagination__link nhsuk-pagination__link--next"
              to={hrefFor(page + 1)}
              rel="next"
            >
              <span className="nhsuk-pagination__title">
                Next <span className="nhsuk-u-visually-hidden">page</span>
              </span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">
                Page {page + 2} of {totalPages}
              </span>
              <ArrowIcon direction="right" />
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

function ArrowIcon({ direction }: { direction: 'left' | 'right' }) {
  const d =
    direction === 'left'
      ? 'M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 0Z'
      : 'm14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z';
  return (
    <svg
      className={`nhsuk-icon nhsuk-icon--arrow-${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      focusable="false"
      aria-hidden="true"
    >
      <path fill="currentcolor" d={d} />
    </svg>
  );
}

export function BackLink({ to, children = 'Back' }: { to: string; children?: ReactNode }) {
  return (
    <Link className="nhsuk-back-link" to={to}>
      {children}
    </Link>
  );
}

/** The actions under a list's filters: apply them, or clear them back to the unfiltered list. */
export function FilterActions({ listPath, onClear }: { listPath: string; onClear: () => void }) {
  return (
    <div className="nhsuk-button-group">
      <button className="nhsuk-button" type="submit">
        Apply filters
      </button>
      <Link className="nhsuk-link" to={listPath} onClick={onClear}>
        Clear filters
      </Link>
    </div>
  );
}

/** The column headings of an NHS table. */
export function TableHead({ headings }: { headings: string[] }) {
  return (
    <thead className="nhsuk-table__head">
      <tr>
        {headings.map((h) => (
          <th key={h} scope="col" className="nhsuk-table__header">
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * A cell of an NHS responsive table: on narrow screens the column heading is repeated inside the cell
 * (hidden from screen readers, which already announce the column header).
 */
export function Cell({ heading, children }: { heading: string; children?: ReactNode }) {
  return (
    <td className="nhsuk-table__cell">
      <span className="nhsuk-table-responsive__heading" aria-hidden="true">
        {heading}{' '}
      </span>
      {children}
    </td>
  );
}
