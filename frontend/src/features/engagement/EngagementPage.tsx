import { useState, type ReactNode } from 'react';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { formatDate, formatDateTime } from '../../shared/components/format';
import { BackLink, MultilineText, SummaryList } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { ContactForm } from './ContactForm';
import { GuidingPrinciples } from './GuidingPrinciples';
import { PersonAffectedForm } from './PersonForm';
import { INVOLVEMENT_TEXT, KIND_TEXT, STAGE_TEXT } from './text';
import type { Engagement, PersonAffected } from './types';

type Mode = { view: 'list' } | { view: 'person'; person?: PersonAffected } | { view: 'contact'; person: PersonAffected };

/** Engagement and involvement of those affected by a learning response (policy §6, Appendices 4 and 5). */
export function EngagementPage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const result = useLoad(() => call(api.GET('/api/v1/responses/{responseId}/engagement', { params: { path: { responseId: id } } })), [api, id]);
  const [mode, setMode] = useState<Mode>({ view: 'list' });
  const [saved, setSaved] = useState<string | null>(null);
  usePageTitle(result.state === 'ok' ? `Engagement and involvement – ${result.data.reference}` : 'Engagement and involvement');

  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ApiErrorView error={result.error} />;
  const engagement = result.data;
  const done = (message: string) => {
    setSaved(message);
    setMode({ view: 'list' });
    result.reload();
  };
  const cancel = () => setMode({ view: 'list' });

  if (mode.view === 'person') {
    return <PersonAffectedForm responseId={id} person={mode.person} onSaved={done} onCancel={cancel} onReload={() => done('Reloaded.')} />;
  }
  if (mode.view === 'contact') {
    return <ContactForm engagement={engagement} person={mode.person} onSaved={done} onCancel={cancel} onReload={() => done('Reloaded.')} />;
  }
  return (
    <>
      {/* Only for those who may open the response page (getLearningResponse). */}
      {mayCall(me?.roles, 'getLearningResponse') && <BackLink to={`/responses/${id}`}>Learning response</BackLink>}
      {saved && <Inset>{saved}</Inset>}
      <h1>
        <span className="nhsuk-caption-l">{engagement.reference}</span>
        Engagement and involvement
      </h1>
      <GuidingPrinciples principles={engagement.guidingPrinciples} />
      {!engagement.acceptsChanges && <Inset>This learning response is closed: its engagement record can no longer change.</Inset>}
      <h2>People affected</h2>
      {engagement.people.length === 0 && <p>No one affected has been added yet.</p>}
      {engagement.people.map((p) => (
        <PersonCard key={p.id} person={p} engagement={engagement} onContact={() => setMode({ view: 'contact', person: p })} onChange={() => setMode({ view: 'person', person: p })} />
      ))}
      {engagement.acceptsChanges && (
        <button type="button" className="nhsuk-button" onClick={() => setMode({ view: 'person' })}>
          Add a person affected
        </button>
      )}
    </>
  );
}

interface CardProps {
  person: PersonAffected;
  engagement: Engagement;
  onContact: () => void;
  onChange: () => void;
}

function PersonCard({ person: p, engagement, onContact, onChange }: CardProps) {
  return (
    <section className="nhsuk-card" aria-labelledby={`person-${p.id}`}>
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading" id={`person-${p.id}`}>
          {p.name}
        </h3>
        {p.contactOverdue && (
          <p>
            <strong className="nhsuk-tag nhsuk-tag--red">Contact overdue</strong>
          </p>
        )}
        <SummaryList
          rows={[
            { key: 'Who', value: KIND_TEXT[p.kind] },
            { key: 'Named contact', value: p.namedContact.name ?? '' },
            { key: 'Preferred contact method', value: p.preferredContactMethod ?? 'Not recorded' },
            { key: 'Access and support needs', value: p.accessAndSupportNeeds ? <MultilineText text={p.accessAndSupportNeeds} /> : 'None recorded' },
            { key: 'Level of involvement', value: p.involvement.length ? p.involvement.map((i) => INVOLVEMENT_TEXT[i]).join(', ') : 'Not yet agreed' },
            { key: 'Next agreed contact', value: p.nextContactOn ? `${formatDate(p.nextContactOn)}${p.contactOverdue ? ' (overdue)' : ''}` : 'Not agreed' },
          ]}
        />
        <h4>Contact log</h4>
        {p.contacts.length === 0 && <p>No contacts yet.</p>}
        {p.contacts.map((c) => (
          <details className="nhsuk-details" key={c.id}>
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                {formatDate(c.contactedOn)}: {STAGE_TEXT[c.stage].toLowerCase()} ({c.method})
              </span>
            </summary>
            <div className="nhsuk-details__text">
              {c.notes && <MultilineText text={c.notes} />}
              <ul className="nhsuk-list">
                {c.checklist.map((item) => (
                  <li key={item.code}>
                    {item.done ? <strong className="nhsuk-tag nhsuk-tag--green">Done</strong> : <strong className="nhsuk-tag nhsuk-tag--grey">Not done</strong>} {item.text}
                    {item.note && <> – {item.note}</>}
                  </li>
                ))}
              </ul>
              <p className="nhsuk-body-s">
                Next agreed contact: {c.nextContactOn ? formatDate(c.nextContactOn) : 'not agreed'}. Recorded by {c.recordedBy ?? 'unknown'}, {formatDateTime(c.recordedAt)}.
              </p>
            </div>
          </details>
        ))}
        {engagement.acceptsChanges && (
          <div className="nhsuk-button-group">
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onContact}>
              Record a contact{' '}<span className="nhsuk-u-visually-hidden">{`with ${p.name}`}</span>
            </button>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onChange}>
              Change details{' '}<span className="nhsuk-u-visually-hidden">{`of ${p.name}`}</span>
            </button>
          </div>
        )}
      </div>
    </section>
  );
}

function Inset({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-inset-text" role="status">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>{children}</p>
    </div>
  );
}
