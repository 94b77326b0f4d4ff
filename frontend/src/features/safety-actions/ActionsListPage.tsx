import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { Checkbox, Fieldset, Select } from '../../shared/components/fields';
import { listSearch, pageFrom, statusFrom } from '../../shared/components/listParams';
import { BackLink, FilterActions, Pagination } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { ActionsTable } from './ActionsTable';
import { ACTION_STATUS_TEXT } from './text';
import type { SafetyActionStatus } from './types';

const STATUSES = Object.keys(ACTION_STATUS_TEXT) as SafetyActionStatus[];

/** The address of the list with these filters. */
export function actionsSearch(status: string, overdue: boolean, notEffective: boolean, page = 0): string {
  const params = new URLSearchParams(listSearch(status, page).replace(/^\?/, ''));
  if (overdue) params.set('overdue', 'true');
  if (notEffective) params.set('notEffective', 'true');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Every safety action, soonest due first, with filters; overdue and not effective actions stand out. */
export function ActionsListPage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const status = statusFrom(params, STATUSES);
  const overdue = params.get('overdue') === 'true';
  const notEffective = params.get('notEffective') === 'true';
  const page = pageFrom(params);
  const [chosen, setChosen] = useState({ status: status ?? '', overdue, notEffective });
  useEffect(() => setChosen({ status: status ?? '', overdue, notEffective }), [status, overdue, notEffective]);
  usePageTitle('Safety actions');
  const result = useLoad(
    () =>
      call(
        api.GET('/api/v1/safety-actions', {
          params: { query: { status, overdue: overdue || undefined, notEffective: notEffective || undefined, page } },
        }),
      ),
    [api, status, overdue, notEffective, page],
  );
  const apply = (e: FormEvent) => {
    e.preventDefault();
    void navigate(`/actions${actionsSearch(chosen.status, chosen.overdue, chosen.notEffective)}`);
  };
  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>Safety actions</h1>
      <p>
        <Link to="/actions/new" className="nhsuk-button nhsuk-button--secondary">
          Propose a safety action
        </Link>
      </p>
      <form noValidate onSubmit={apply} aria-label="Filter safety actions">
        <Select
          id="status"
          label="Status"
          placeholder="Any status"
          value={chosen.status}
          onChange={(v) => setChosen((c) => ({ ...c, status: v }))}
          options={STATUSES.map((s) => ({ value: s, text: ACTION_STATUS_TEXT[s] }))}
        />
        <Fieldset legend="Only actions that need attention" size="s">
          <Checkbox id="overdue" label="Overdue" checked={chosen.overdue} onChange={(v) => setChosen((c) => ({ ...c, overdue: v }))} />
          <Checkbox id="not-effective" label="Not effective" checked={chosen.notEffective} onChange={(v) => setChosen((c) => ({ ...c, notEffective: v }))} />
        </Fieldset>
        <FilterActions listPath="/actions" onClear={() => setChosen({ status: '', overdue: false, notEffective: false })} />
      </form>
      {result.state === 'loading' && <Loading />}
      {result.state === 'error' && <ApiErrorView error={result.error} />}
      {result.state === 'ok' && result.data.items.length === 0 && <p>No safety actions match.</p>}
      {result.state === 'ok' && result.data.items.length > 0 && (
        <>
          <p>
            {result.data.totalItems} {result.data.totalItems === 1 ? 'action' : 'actions'}
          </p>
          <ActionsTable items={result.data.items} caption="Safety actions, soonest due first" />
          <Pagination page={result.data.page} totalPages={result.data.totalPages} hrefFor={(p) => `/actions${actionsSearch(status ?? '', overdue, notEffective, p)}`} />
        </>
      )}
    </>
  );
}
