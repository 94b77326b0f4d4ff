import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { DateInput } from '../../shared/components/date-input';
import { Radios, Select, TextInput, Textarea } from '../../shared/components/fields';
import { needsNamedDetail, type PlanDraft } from './planForm';
import { SCOPE_DETAIL_LABEL, SCOPE_TEXT } from './text';
import type { ImprovementPlanScope } from './types';

export interface PlanChoices {
  people: { id: string; name: string; jobRole?: string | null }[];
  locations: { code: string; name: string; service: string }[];
}

/** The active people of the directory (owners) and the trust's locations, for the plan form. */
export function usePlanChoices() {
  const { api } = useAuth();
  return useLoad(async (): Promise<PlanChoices> => {
    const [people, locations] = await Promise.all([
      call(api.GET('/api/v1/people', { params: { query: { size: 100 } } })),
      call(api.GET('/api/v1/reference/locations')),
    ]);
    return { people: people.items.filter((p) => p.active), locations };
  }, [api]);
}

interface Props {
  draft: PlanDraft;
  onChange: (draft: PlanDraft) => void;
  errors: Record<string, string | undefined>;
  choices: PlanChoices;
}

const SCOPES = Object.keys(SCOPE_TEXT) as ImprovementPlanScope[];

/** The questions of a safety improvement plan; the scope's detail is revealed under the chosen scope. */
export function PlanFields({ draft, onChange, errors, choices }: Props) {
  const set = <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) => onChange({ ...draft, [key]: value });
  const detail = (scope: 'service' | 'pathway' | 'theme') => (
    <TextInput
      id="plan-scope-detail"
      label={SCOPE_DETAIL_LABEL[scope]}
      hint={scope === 'theme' ? 'For example, Falls or Pressure ulcers' : undefined}
      error={errors['plan-scope-detail']}
      value={draft.scopeDetail}
      onChange={(v) => set('scopeDetail', v)}
    />
  );
  return (
    <>
      <TextInput id="plan-title" label="Title" error={errors['plan-title']} value={draft.title} onChange={(v) => set('title', v)} />
      <Radios
        id="plan-scope"
        legend="What is the plan for?"
        legendSize="s"
        error={errors['plan-scope']}
        value={draft.scope}
        onChange={(v) => onChange({ ...draft, scope: v as ImprovementPlanScope, scopeDetail: needsNamedDetail(v as ImprovementPlanScope) ? draft.scopeDetail : '' })}
        options={SCOPES.map((s) => ({ value: s, text: SCOPE_TEXT[s] }))}
        conditional={{
          service: detail('service'),
          pathway: detail('pathway'),
          theme: detail('theme'),
          location: (
            <Select
              id="plan-location"
              label="Which location?"
              placeholder="Select a location"
              error={errors['plan-location']}
              value={draft.locationCode}
              onChange={(v) => set('locationCode', v)}
              options={choices.locations.map((l) => ({ value: l.code, text: l.name, group: l.service }))}
            />
          ),
        }}
      />
      <Textarea
        id="plan-summary"
        label="Summary (optional)"
        hint="What the plan sets out to improve, and how"
        error={errors['plan-summary']}
        value={draft.summary}
        onChange={(v) => set('summary', v)}
        maxLength={4000}
      />
      <TextInput
        id="plan-qi"
        label="Quality improvement project (optional)"
        hint="A link to the project, or its name"
        error={errors['plan-qi']}
        value={draft.qiProjectLink}
        onChange={(v) => set('qiProjectLink', v)}
      />
      <Select
        id="plan-owner"
        label="Owner"
        hint="The person accountable for the plan, from the people directory"
        placeholder="Select the owner"
        error={errors['plan-owner']}
        value={draft.ownerPersonId}
        onChange={(v) => set('ownerPersonId', v)}
        options={choices.people.map((p) => ({ value: p.id, text: p.jobRole ? `${p.name} (${p.jobRole})` : p.name }))}
      />
      <DateInput id="plan-review-on" legend="Review date" error={errors['plan-review-on-day']} value={draft.reviewOn} onChange={(v) => set('reviewOn', v)} />
    </>
  );
}

/** The plan's answers as summary list rows (check answers). */
export function planRows(draft: PlanDraft, choices: PlanChoices) {
  const scopeDetail =
    draft.scope === 'location'
      ? (choices.locations.find((l) => l.code === draft.locationCode)?.name ?? draft.locationCode)
      : draft.scopeDetail.trim();
  const owner = choices.people.find((p) => p.id === draft.ownerPersonId)?.name ?? '';
  return { scopeDetail, owner };
}
