import { DateInput } from '../../shared/components/date-input';
import { Radios, Select, TextInput, Textarea, type ErrorMap, type Option } from '../../shared/components/fields';
import type { ActionForm } from './actionForm';
import { SOURCE_TEXT } from './text';
import type { SafetyActionSource } from './types';

interface Props {
  form: ActionForm;
  set: (change: Partial<ActionForm>) => void;
  errors: ErrorMap;
  /** Only a new action chooses its source. */
  creating: boolean;
  responses: Option[];
  owners: Option[];
  plans: Option[];
}

/** The questions of a safety action, for proposing one and for changing it. */
export function ActionFields({ form, set, errors, creating, responses, owners, plans }: Props) {
  const planSelect = (
    <Select
      id="action-plan"
      label={form.source === 'plan' ? 'Improvement plan' : 'Improvement plan (optional)'}
      hint="Open plans only: a closed plan takes no more actions"
      placeholder={form.source === 'plan' ? 'Select a plan' : 'Not part of a plan'}
      value={form.planId}
      onChange={(v) => set({ planId: v })}
      options={plans}
      error={errors['action-plan']}
    />
  );
  return (
    <>
      {creating && (
        <Radios
          id="action-source"
          legend="Where does the action come from?"
          legendSize="s"
          value={form.source}
          onChange={(v) => set({ source: v as SafetyActionSource })}
          error={errors['action-source']}
          options={(Object.keys(SOURCE_TEXT) as SafetyActionSource[]).map((s) => ({ value: s, text: SOURCE_TEXT[s] }))}
          conditional={{
            response: (
              <Select id="action-response" label="Learning response" placeholder="Select a learning response" value={form.responseId} onChange={(v) => set({ responseId: v })} options={responses} error={errors['action-response']} />
            ),
            theme: <TextInput id="action-theme" label="Theme" hint="For example, falls, deteriorating patients" value={form.theme} onChange={(v) => set({ theme: v })} error={errors['action-theme']} />,
          }}
        />
      )}
      <TextInput id="action-title" label="Title" value={form.title} onChange={(v) => set({ title: v })} error={errors['action-title']} />
      <Textarea id="action-description" label="Description (optional)" hint="What will change, where and for whom" value={form.description} onChange={(v) => set({ description: v })} error={errors['action-description']} maxLength={4000} />
      <Select
        id="action-owner"
        label="Owner"
        hint="The person responsible for the action. It can be agreed only once it has an owner."
        placeholder="Not decided yet"
        value={form.ownerPersonId}
        onChange={(v) => set({ ownerPersonId: v })}
        options={owners}
        error={errors['action-owner']}
      />
      <Textarea
        id="action-measures"
        label="Measures"
        hint="How we will know the action works, one measure a line. At least one is needed before the action is agreed."
        value={form.measures}
        onChange={(v) => set({ measures: v })}
        error={errors['action-measures']}
        rows={3}
      />
      <DateInput id="action-due" legend="Due date" value={form.dueOn} onChange={(v) => set({ dueOn: v })} error={errors['action-due-day']} />
      {planSelect}
    </>
  );
}
