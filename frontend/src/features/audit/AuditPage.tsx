import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import type { AuditAction } from '../../shared/api/types';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Select, TextInput, type FieldMessage } from '../../shared/components/fields';
import { formatDateTime } from '../../shared/components/format';
import { BackLink, Cell, FilterActions, Pagination, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { AUDIT_ACTIONS, auditFiltersFrom, auditQuery, auditSearch, type AuditFilters } from './auditFilters';

const PAGE_SIZE = 20;

const ACTION_TEXT: Record<AuditAction, string> = {
  create: 'Created',
  update: 'Changed',
  read: 'Read',
  list: 'Listed',
  export: 'Exported',
  denied: 'Refused access',
  unauthenticated: 'Not signed in',
};

export function AuditPage() {
  const { api } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const applied = auditFiltersFrom(params);
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const [form, setForm] = useState<AuditFilters>(applied);
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [submits, setSubmits] = useState(0);
  const key = auditSearch(applied, page);
  usePageTitle('Audit trail', errors.length > 0);

  const entries = useLoad(
    () => call(api.GET('/api/v1/audit', { params: { query: { ...auditQuery(applied), page, size: PAGE_SIZE } } })),
    [api, key],
  );

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const errs: FieldMessage[] = [];
    if (form.from && form.to && form.from > form.to) errs.push({ id: 'to', message: 'To must be the same as or after from' });
    setErrors(errs);
    setSubmits((s) => s + 1);
    if (!errs.length) navigate(`/audit${auditSearch(form)}`);
  };
  const set = (k: keyof AuditFilters) => (v: string) => setForm({ ...form, [k]: v });
  const errorMap = Object.fromEntries(errors.map((e) => [e.id, e.message]));

  return (
    <>
      <BackLink to="/">Home</BackLink>
      <ErrorSummary errors={errors} focusKey={submits} />
      <h1>Audit trail</h1>
      <p>Every change and every read of identifiable data, newest first. Nobody can change or delete these entries.</p>
      <details className="nhsuk-details" open={Object.values(applied).some(Boolean) || undefined}>
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Filter entries</span>
        </summary>
        <div className="nhsuk-details__text">
          <form noValidate onSubmit={apply} aria-label="Filter entries">
            <TextInput id="actor" label="Who (user ID)" value={form.actor} onChange={set('actor')} spellCheck={false} />
            <Select
              id="action"
              label="Action"
              placeholder="Any action"
              value={form.action}
              onChange={set('action')}
              options={AUDIT_ACTIONS.map((a) => ({ value: a, text: ACTION_TEXT[a] }))}
            />
            <TextInput id="entityType" label="Record type" hint="For example, event" value={form.entityType} onChange={set('entityType')} spellCheck={false} />
            <TextInput id="entityId" label="Record ID" value={form.entityId} onChange={set('entityId')} spellCheck={false} />
            <TextInput id="from" label="From" type="date" value={form.from} onChange={set('from')} />
            <TextInput id="to" label="To" type="date" value={form.to} onChange={set('to')} error={errorMap.to} />
            <FilterActions listPath="/audit" onClear={() => setForm(auditFiltersFrom(new URLSearchParams()))} />
          </form>
        </div>
      </details>

      {entries.state === 'loading' && <Loading />}
      {entries.state === 'error' && <ApiErrorView error={entries.error} />}
      {entries.state === 'ok' && (
        <>
          <p role="status">
            {entries.data.totalItems === 0
              ? 'No entries match.'
              : `${entries.data.totalItems} entr${entries.data.totalItems === 1 ? 'y' : 'ies'}. Page ${page + 1} of ${Math.max(1, entries.data.totalPages)}.`}
          </p>
          {entries.data.items.length > 0 && (
            <table className="nhsuk-table-responsive">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Audit entries</caption>
              <TableHead headings={['When', 'Who', 'Action', 'Record', 'Detail', 'From']} />
              <tbody className="nhsuk-table__body">
                {entries.data.items.map((a) => (
                  <tr key={a.id} className="nhsuk-table__row">
                    <Cell heading="When">
                      {formatDateTime(a.at)}
                    </Cell>
                    <Cell heading="Who">
                      {a.actorName ?? a.actor}
                    </Cell>
                    <Cell heading="Action">
                      {ACTION_TEXT[a.action] ?? a.action}
                    </Cell>
                    <Cell heading="Record">
                      {a.entityType}
                      {a.entityId ? ` ${a.entityId}` : ''}
                    </Cell>
                    <Cell heading="Detail">
                      {a.detail ?? ''}
                    </Cell>
                    <Cell heading="From">
                      {a.clientAddress ?? ''}
                    </Cell>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pagination page={page} totalPages={entries.data.totalPages} hrefFor={(p) => `/audit${auditSearch(applied, p)}`} />
        </>
      )}
    </>
  );
}
