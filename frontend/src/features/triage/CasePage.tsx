import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import type { Case } from '../../shared/api/types';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { formatDateTime } from '../../shared/components/format';
import { BackLink, MultilineText, SummaryList } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { SavedNotice } from '../../shared/components/saved-notice';
import { CaseEditForm } from './CaseEditForm';
import { CaseEvents } from './CaseEvents';

/** One case: its events, its title and theme (changeable until decided), and where its decision is recorded. */
export function CasePage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const result = useLoad(() => call(api.GET('/api/v1/cases/{caseId}', { params: { path: { caseId: id } } })), [api, id]);
  const [kase, setKase] = useState<Case | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [withProblems, setWithProblems] = useState({ events: false, edit: false });
  const problems = useMemo(
    () => ({
      events: (has: boolean) => setWithProblems((p) => (p.events === has ? p : { ...p, events: has })),
      edit: (has: boolean) => setWithProblems((p) => (p.edit === has ? p : { ...p, edit: has })),
    }),
    [],
  );
  useEffect(() => setKase(result.state === 'ok' ? result.data : null), [result.state, result.data]);
  usePageTitle(kase ? `Case ${kase.reference}` : 'Case', withProblems.events || withProblems.edit);

  if (result.state === 'error') return <ApiErrorView error={result.error} />;
  if (!kase) return <Loading />;
  const canChange = mayCall(me?.roles, 'updateCase') && !kase.decided;
  const saved = (updated: Case, message: string) => {
    setKase(updated);
    setNotice(message);
  };
  const reload = () => {
    setNotice(null);
    setWithProblems({ events: false, edit: false });
    result.reload();
  };

  return (
    <>
      <BackLink to="/cases">Cases</BackLink>
      <h1>
        <span className="nhsuk-caption-l">Case {kase.reference}</span>
        {kase.title}
      </h1>
      <SavedNotice message={notice} />
      <SummaryList
        rows={[
          { key: 'Reference', value: kase.reference },
          { key: 'Theme', value: kase.theme ? <MultilineText text={kase.theme} /> : 'None given' },
          { key: 'Created', value: `${formatDateTime(kase.createdAt)} by ${kase.createdBy}` },
          { key: 'Events', value: String(kase.events.length) },
          { key: 'Decision', value: kase.decided ? 'Decided: the events of this case can no longer change' : 'Not decided yet' },
        ]}
      />
      {canChange && (
        <p>
          <Link className="nhsuk-button" to={`/decisions/new?caseId=${encodeURIComponent(kase.id)}`}>
            Record the panel decision
          </Link>
        </p>
      )}
      <CaseEvents kase={kase} canRemove={canChange} onSaved={saved} onReload={reload} onProblem={problems.events} />
      {canChange && <CaseEditForm key={kase.version} kase={kase} onSaved={saved} onReload={reload} onProblem={problems.edit} />}
    </>
  );
}
