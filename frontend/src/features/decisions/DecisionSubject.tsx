import { Link } from 'react-router';
import type { CaseLink, EventLink } from './types';

/** What the decision is about: a case (and its events) or one event, each linking to its page. */
export function DecisionSubject({ events, case: c }: { events: EventLink[]; case?: CaseLink }) {
  if (c) {
    return (
      <>
        <p>
          For case <Link to={`/cases/${c.id}`}>{c.reference}</Link>: {c.title}
        </p>
        <p>Events in the case:</p>
        <EventLinks events={events} />
      </>
    );
  }
  return (
    <p>
      For event <EventLinks events={events} inline />
    </p>
  );
}

export function EventLinks({ events, inline }: { events: EventLink[]; inline?: boolean }) {
  if (inline) {
    return (
      <>
        {events.map((e, i) => (
          <span key={e.id}>
            {i > 0 && ', '}
            <Link to={`/triage/${e.id}`}>{e.reference}</Link>
          </span>
        ))}
      </>
    );
  }
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {events.map((e) => (
        <li key={e.id}>
          <Link to={`/triage/${e.id}`}>{e.reference}</Link>
        </li>
      ))}
    </ul>
  );
}
