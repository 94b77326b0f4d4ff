import { useState, type ReactNode } from 'react';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { formatDate } from '../../shared/components/format';
import { BackLink, MultilineText, SummaryList } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { StaffSupportForm } from './SupportForm';
import type { StaffSupport, StaffSupportList } from './types';

type Mode = { view: 'list' } | { view: 'form'; support?: StaffSupport; staff?: { name?: string; role?: string } };

/** Support of the staff involved in a learning response (policy §8, Appendix 2); confidential to those giving it. */
export function StaffSupportPage({ id }: { id: string }) {
  const { api } = useAuth();
  const result = useLoad(() => call(api.GET('/api/v1/responses/{responseId}/staff-support', { params: { path: { responseId: id } } })), [api, id]);
  const [mode, setMode] = useState<Mode>({ view: 'list' });
  const [saved, setSaved] = useState<string | null>(null);
  usePageTitle(result.state === 'ok' ? `Staff support – ${result.data.reference}` : 'Staff support');

  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ApiErrorView error={result.error} />;
  const list = result.data;
  const done = (message: string) => {
    setSaved(message);
    setMode({ view: 'list' });
    result.reload();
  };
  if (mode.view === 'form') {
    return (
      <StaffSupportForm
        responseId={id}
        guidance={list.steps}
        support={mode.support}
        staff={mode.staff}
        onSaved={done}
        onCancel={() => setMode({ view: 'list' })}
        onReload={() => done('Reloaded.')}
      />
    );
  }
  return (
    <>
      {list.mayAdd && <BackLink to={`/responses/${id}`}>Learning response</BackLink>}
      {saved && <Inset>{saved}</Inset>}
      <h1>
        <span className="nhsuk-caption-l">{list.reference}</span>
        Staff support
      </h1>
      <p>Only the line manager, the reviewer, the patient safety team and the Chief Nurse see this page.</p>
      {list.items.length === 0 && <p>No staff support has been recorded yet.</p>}
      {list.items.map((s) => (
        <SupportCard key={s.id} support={s} onChange={() => setMode({ view: 'form', support: s })} />
      ))}
      {list.mayAdd && <NotYetSupported list={list} onStart={(staff) => setMode({ view: 'form', staff })} />}
      {list.mayAdd && (
        <button type="button" className="nhsuk-button" onClick={() => setMode({ view: 'form' })}>
          Add a member of staff
        </button>
      )}
    </>
  );
}

function SupportCard({ support: s, onChange }: { support: StaffSupport; onChange: () => void }) {
  const done = s.steps.filter((st) => st.doneOn || st.note);
  return (
    <section className="nhsuk-card" aria-labelledby={`support-${s.id}`}>
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading" id={`support-${s.id}`}>
          {s.staffName}
        </h2>
        <SummaryList
          rows={[
            { key: 'Role', value: s.staffRole ?? 'Not recorded' },
            { key: 'Line manager', value: s.lineManager?.name ?? 'Not recorded' },
            { key: 'Reviewer', value: s.reviewer?.name ?? 'Not yet named' },
            { key: 'Signposting given', value: s.signposting ? <MultilineText text={s.signposting} /> : 'None recorded' },
            { key: 'HR contacted', value: s.hrContacted ? 'Yes' : 'No' },
            {
              key: 'Support steps done',
              value: done.length ? (
                <ul className="nhsuk-list">
                  {done.map((st) => (
                    <li key={st.code}>
                      {st.doneOn ? formatDate(st.doneOn) : 'No date'}: {st.text}
                      {st.note && <> – {st.note}</>}
                    </li>
                  ))}
                </ul>
              ) : (
                'None yet'
              ),
            },
          ]}
        />
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onChange}>
          Record support{' '}<span className="nhsuk-u-visually-hidden">{`for ${s.staffName}`}</span>
        </button>
      </div>
    </section>
  );
}

/** Staff named on the events' reports who have no support record yet, to start one from. */
function NotYetSupported({ list, onStart }: { list: StaffSupportList; onStart: (staff: { name?: string; role?: string }) => void }) {
  const recorded = new Set(list.items.map((i) => i.staffName.trim().toLowerCase()));
  const waiting = list.staffInvolvedInEvents.filter((s) => !s.name || !recorded.has(s.name.trim().toLowerCase()));
  if (!waiting.length) return null;
  return (
    <>
      <h2>Staff named on the reports</h2>
      <ul className="nhsuk-list">
        {waiting.map((s) => (
          <li key={`${s.name ?? ''}|${s.role ?? ''}`}>
            <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-2" onClick={() => onStart({ name: s.name, role: s.role })}>
              Start support for {s.name ?? 'unnamed'}
              {s.role ? ` (${s.role})` : ''}
            </button>
          </li>
        ))}
      </ul>
    </>
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
