import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { ApiError } from '../../shared/api/errors';
import type { Taxonomy } from '../../shared/api/types';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Fieldset, Radios, Select, TextInput, Textarea } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { useSubmit } from '../../shared/forms/useSubmit';
import {
  EQUALITY_GROUPS,
  IMPACT_TEXT,
  RESPONSE_TYPE_TEXT,
  emptyForm,
  emptyPriority,
  fieldId,
  fromVersion,
  toRequest,
  validate,
  type PlanForm,
  type PriorityForm,
  type PriorityList,
} from './planForm';

/** A patient safety specialist writes a draft: a new one (from the plan in force, if any) or an existing draft. */
export function PlanEditorPage({ id }: { id?: string }) {
  const { api } = useAuth();
  const result = useLoad(async () => {
    const taxonomy = await call(api.GET('/api/v1/reference/taxonomy'));
    if (id) {
      const version = await call(api.GET('/api/v1/response-plan/versions/{versionId}', { params: { path: { versionId: id } } }));
      return { taxonomy, version, start: fromVersion(version) };
    }
    const inForce = await call(api.GET('/api/v1/response-plan')).catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    });
    return { taxonomy, version: null, start: inForce ? fromVersion(inForce) : emptyForm() };
  }, [api, id]);
  usePageTitle(id ? 'Edit the draft response plan' : 'New draft response plan');
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ApiErrorView error={result.error} />;
  const { version, start, taxonomy } = result.data;
  if (version && version.status !== 'draft') {
    return (
      <>
        <BackLink to={`/plan/versions/${version.id}`}>Version {version.number}</BackLink>
        <h1>This version cannot be edited</h1>
        <p>Version {version.number} is approved. To change the plan, start a new draft.</p>
      </>
    );
  }
  return (
    <PlanEditor
      key={version?.version ?? 'new'}
      versionId={version?.id}
      versionNumber={version?.number}
      lockVersion={version?.version}
      start={start}
      taxonomy={taxonomy}
      onReload={result.reload}
    />
  );
}

interface EditorProps {
  versionId?: string;
  versionNumber?: number;
  lockVersion?: number;
  start: PlanForm;
  taxonomy: Taxonomy;
  onReload: () => void;
}

function PlanEditor({ versionId, versionNumber, lockVersion, start, taxonomy, onReload }: EditorProps) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [form, setForm] = useState<PlanForm>(start);
  const s = useSubmit({
    fieldId: (f) => fieldId(f.field),
    forbidden: 'You do not have access to change the response plan.',
    refusedNow: 'This version can no longer be edited.',
  });
  useEffect(() => setForm(start), [start]);

  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setPriority = (list: PriorityList, i: number, change: Partial<PriorityForm>) =>
    setForm((f) => ({ ...f, [list]: f[list].map((p, j) => (j === i ? { ...p, ...change } : p)) }));
  const setGroup = (i: number, change: Partial<PlanForm['groups'][number]>) =>
    setForm((f) => ({ ...f, groups: f.groups.map((g, j) => (j === i ? { ...g, ...change } : g)) }));

  const submit = s.handle(
    () => validate(form),
    async () => {
      const saved = versionId
        ? await call(
            api.PUT('/api/v1/response-plan/versions/{versionId}', {
              params: { path: { versionId } },
              body: toRequest(form, lockVersion),
            }),
          )
        : await call(api.POST('/api/v1/response-plan/versions', { body: toRequest(form) }));
      void navigate(`/plan/versions/${saved.id}`);
    },
  );

  const map = s.fieldErrors;
  const anyNegative = form.groups.some((g) => g.impact === 'negative');
  const categories = taxonomy.categories.map((c) => ({ value: c.code, text: c.display }));
  const responseTypes = Object.entries(RESPONSE_TYPE_TEXT).map(([value, text]) => ({ value, text }));

  const priorities = (list: PriorityList, title: string, itemName: string) => (
    <>
      <h2>{title}</h2>
      {form[list].length === 0 && <p>None yet.</p>}
      {form[list].map((p, i) => (
        <Fieldset key={i} legend={`${itemName} ${i + 1}`} size="s">
          <TextInput
            id={fieldId(`${list}[${i}].issue`)}
            label="Issue"
            hint="For example, falls with moderate harm or worse. Leave empty if the category says it all."
            value={p.issue}
            onChange={(v) => setPriority(list, i, { issue: v })}
            error={map[fieldId(`${list}[${i}].issue`)]}
          />
          <Select
            id={fieldId(`${list}[${i}].categoryCode`)}
            label="Category (optional)"
            placeholder="No category"
            value={p.categoryCode}
            onChange={(v) => setPriority(list, i, { categoryCode: v })}
            options={categories}
            error={map[fieldId(`${list}[${i}].categoryCode`)]}
          />
          <Select
            id={fieldId(`${list}[${i}].responseType`)}
            label="Planned response"
            placeholder="Select a response"
            value={p.responseType}
            onChange={(v) => setPriority(list, i, { responseType: v })}
            options={responseTypes}
            error={map[fieldId(`${list}[${i}].responseType`)]}
          />
          <Textarea
            id={fieldId(`${list}[${i}].rationale`)}
            label="Rationale"
            rows={3}
            maxLength={2000}
            value={p.rationale}
            onChange={(v) => setPriority(list, i, { rationale: v })}
            error={map[fieldId(`${list}[${i}].rationale`)]}
          />
          <TextInput
            id={fieldId(`${list}[${i}].improvementLink`)}
            label="Link to improvement work (optional)"
            hint="A QI project, a safety improvement plan or a web address."
            value={p.improvementLink}
            onChange={(v) => setPriority(list, i, { improvementLink: v })}
            error={map[fieldId(`${list}[${i}].improvementLink`)]}
          />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            onClick={() => setForm((f) => ({ ...f, [list]: f[list].filter((_, j) => j !== i) }))}
          >
            Remove <span className="nhsuk-u-visually-hidden">{`${itemName.toLowerCase()} ${i + 1}`}</span>
          </button>
        </Fieldset>
      ))}
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => setForm((f) => ({ ...f, [list]: [...f[list], emptyPriority()] }))}
      >
        {`Add ${form[list].length === 0 ? 'a' : 'another'} ${itemName.toLowerCase()}`}
      </button>
    </>
  );

  return (
    <>
      <BackLink to={versionId ? `/plan/versions/${versionId}` : '/plan'}>{versionId ? `Version ${versionNumber}` : 'Response plan'}</BackLink>
      <ErrorSummary
        problem={s.problem}
        focusKey={s.submits}
        conflict={{
          title: 'Someone else changed this draft while you were working on it',
          body: <p>Your changes were not saved. Reload the draft to see the latest version, then make your changes again.</p>,
          reload: { label: 'Reload the draft', onClick: onReload },
        }}
      />
      <h1>
        <span className="nhsuk-caption-l">Response plan</span>
        {versionId ? `Edit draft version ${versionNumber}` : 'New draft'}
      </h1>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <h2>Period</h2>
        <TextInput id={fieldId('periodFrom')} label="Start date" type="date" value={form.periodFrom} onChange={(v) => set('periodFrom', v)} error={map[fieldId('periodFrom')]} />
        <TextInput id={fieldId('periodTo')} label="End date" type="date" value={form.periodTo} onChange={(v) => set('periodTo', v)} error={map[fieldId('periodTo')]} />
        <TextInput
          id={fieldId('reviewDate')}
          label="Review date"
          hint="Within the period."
          type="date"
          value={form.reviewDate}
          onChange={(v) => set('reviewDate', v)}
          error={map[fieldId('reviewDate')]}
        />
        {priorities('nationalRequirements', 'National requirements', 'National requirement')}
        {priorities('localPriorities', 'Local priorities', 'Local priority')}
        <h2>Equality impact assessment</h2>
        <p>
          RAPID Equality and Diversity Impact Assessment tool. For each group choose positive (it could benefit, or has
          very little or no impact), negative (it could disadvantage) or no impact, and give supporting comments.
        </p>
        <TextInput id={fieldId('equalityImpact.reviewerName')} label="Reviewer’s name" value={form.reviewerName} onChange={(v) => set('reviewerName', v)} error={map[fieldId('equalityImpact.reviewerName')]} />
        <TextInput id={fieldId('equalityImpact.reviewerRole')} label="Reviewer’s job role" value={form.reviewerRole} onChange={(v) => set('reviewerRole', v)} error={map[fieldId('equalityImpact.reviewerRole')]} />
        <TextInput id={fieldId('equalityImpact.reviewedOn')} label="Date of review" type="date" value={form.reviewedOn} onChange={(v) => set('reviewedOn', v)} error={map[fieldId('equalityImpact.reviewedOn')]} />
        {EQUALITY_GROUPS.map((g, i) => (
          <div key={g.code}>
            <Radios
              id={fieldId(`equalityImpact.groups[${i}].impact`)}
              legend={g.label}
              legendSize="s"
              hint={g.hint}
              inline
              value={form.groups[i].impact}
              onChange={(v) => setGroup(i, { impact: v })}
              options={Object.entries(IMPACT_TEXT).map(([value, text]) => ({ value, text }))}
              error={map[fieldId(`equalityImpact.groups[${i}].impact`)]}
            />
            <Textarea
              id={fieldId(`equalityImpact.groups[${i}].comments`)}
              label={`Comments on ${g.label.toLowerCase()}`}
              rows={2}
              maxLength={2000}
              value={form.groups[i].comments}
              onChange={(v) => setGroup(i, { comments: v })}
              error={map[fieldId(`equalityImpact.groups[${i}].comments`)]}
            />
          </div>
        ))}
        <h3>Full equality impact assessment</h3>
        {anyNegative ? (
          <div className="nhsuk-warning-callout">
            <h4 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>
                Full assessment required
              </span>
            </h4>
            <p>You found a negative impact. Record the full Equality Impact Assessment before the plan can be approved.</p>
          </div>
        ) : (
          <p>Only needed when a group has a negative impact.</p>
        )}
        <TextInput id={fieldId('equalityImpact.fullAssessment.title')} label="Title" value={form.fullTitle} onChange={(v) => set('fullTitle', v)} error={map[fieldId('equalityImpact.fullAssessment.title')]} />
        <TextInput id={fieldId('equalityImpact.fullAssessment.completedOn')} label="Date completed" type="date" value={form.fullCompletedOn} onChange={(v) => set('fullCompletedOn', v)} error={map[fieldId('equalityImpact.fullAssessment.completedOn')]} />
        <Textarea id={fieldId('equalityImpact.fullAssessment.summary')} label="Summary" rows={4} maxLength={4000} value={form.fullSummary} onChange={(v) => set('fullSummary', v)} error={map[fieldId('equalityImpact.fullAssessment.summary')]} />
        <button className="nhsuk-button" type="submit" disabled={s.saving} aria-disabled={s.saving}>
          Save draft
        </button>
      </form>
    </>
  );
}
