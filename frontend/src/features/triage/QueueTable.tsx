import { Link } from 'react-router';
import type { EventSummary } from '../../shared/api/types';
import { formatDateTime } from '../../shared/components/format';
import { Cell, StatusTag, TableHead } from '../../shared/components/misc';
import { isOpen } from './eventActions';

interface Props {
  events: EventSummary[];
  /** The ids of the selected events; with `onSelect`, each open event gets a checkbox. */
  selected?: string[];
  onSelect?: (id: string, selected: boolean) => void;
}

/** The queue as an NHS responsive table: rows become cards on phones and tablets. */
export function QueueTable({ events, selected = [], onSelect }: Props) {
  return (
    <table className="nhsuk-table-responsive">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Events waiting for triage and their status</caption>
      <TableHead
        headings={['Reference', 'Reported', 'Occurred', 'Category', 'Physical harm', 'Location', 'Status', ...(onSelect ? ['Select'] : [])]}
      />
      <tbody className="nhsuk-table__body">
        {events.map((e) => (
          <tr key={e.id} className="nhsuk-table__row">
            <Cell heading="Reference">
              <Link to={`/triage/${e.id}`}>{e.reference}</Link>
            </Cell>
            <Cell heading="Reported">
              {formatDateTime(e.reportedAt)}
            </Cell>
            <Cell heading="Occurred">
              {formatDateTime(e.occurredAt)}
            </Cell>
            <Cell heading="Category">
              {e.category.display}
            </Cell>
            <Cell heading="Physical harm">
              {e.physicalHarm.display}
            </Cell>
            <Cell heading="Location">
              {e.location.name}
            </Cell>
            <Cell heading="Status">
              <StatusTag status={e.status} />
            </Cell>
            {onSelect && (
              <Cell heading="Select">
                {isOpen(e) ? (
                  <SelectBox id={e.id} reference={e.reference} checked={selected.includes(e.id)} onChange={onSelect} />
                ) : (
                  'Decided or closed'
                )}
              </Cell>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SelectBox({ id, reference, checked, onChange }: { id: string; reference: string; checked: boolean; onChange: (id: string, on: boolean) => void }) {
  return (
    <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
      <div className="nhsuk-checkboxes__item">
        <input
          className="nhsuk-checkboxes__input"
          id={`select-${id}`}
          name="eventId"
          type="checkbox"
          value={id}
          checked={checked}
          onChange={(e) => onChange(id, e.target.checked)}
        />
        <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`select-${id}`}>
          Select <span className="nhsuk-u-visually-hidden">{reference}</span>
        </label>
      </div>
    </div>
  );
}
