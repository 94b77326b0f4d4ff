import { Link } from 'react-router';
import { formatDate } from '../../shared/components/format';
import { Cell, TableHead } from '../../shared/components/misc';
import { ActionStatusTag, AttentionTags, sourceText } from './text';
import type { SafetyActionSummary } from './types';

/** Actions as a responsive table; overdue ones and those judged not effective carry red tags. */
export function ActionsTable({ items, caption, showOwner = true }: { items: SafetyActionSummary[]; caption: string; showOwner?: boolean }) {
  const headings = ['Action', 'Comes from', ...(showOwner ? ['Owner'] : []), 'Due', 'Status'];
  return (
    <table className="nhsuk-table-responsive">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <TableHead headings={headings} />
      <tbody className="nhsuk-table__body">
        {items.map((a) => (
          <tr key={a.id} className="nhsuk-table__row">
            <Cell heading="Action">
              <Link to={`/actions/${a.id}`}>{a.reference}</Link>
              <br />
              {a.title}
            </Cell>
            <Cell heading="Comes from">{sourceText(a)}</Cell>
            {showOwner && <Cell heading="Owner">{a.ownerName ?? 'Not decided yet'}</Cell>}
            <Cell heading="Due">{a.dueOn ? formatDate(a.dueOn) : 'Not set'}</Cell>
            <Cell heading="Status">
              <ActionStatusTag status={a.status} />
              <AttentionTags action={a} />
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
