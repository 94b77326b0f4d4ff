import { useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { DateInput } from '../../shared/components/date-input';
import { NO_DATE, todayInUk } from '../../shared/components/dateParts';
import { Checkbox, Fieldset, TextInput, Textarea } from '../../shared/components/fields';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { changedSinceOpened, ErrorSummary } from '../../shared/components/error-summary';
import { placedBy } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { emptySupport, fromSupport, stepDateId, SUPPORT_FIELD_IDS, toSupportInput, validateSupport, type StepForm, type SupportForm as Form } from './supportForm';
import type { StaffSupport, SupportStepGuidance } from './types';

interface Props {
  responseId: string;
  guidance: SupportStepGuidance[];
  /** The record to change; none to start one. */
  support?: StaffSupport;
  /** Prefill for a new record, e.g. someone named on the event's report. */
  staff?: { name?: string; role?: string };
  onSaved: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** The support of one member of staff: who gives it, the steps of Appendix 2 with dates, signposting and HR. */
export function StaffSupportForm({ responseId, guidance, support, staff, onSaved, onCancel, onReload }: Props) {
  const { api } = useAuth();
  const [form, setForm] = useState<Form>(support ? fromSupport(support) : emptySupport(staff?.name, staff?.role));
  const s = useSubmit(placedBy(SUPPORT_FIELD_IDS));
  const title = support ? `Support for ${support.staffName}` : 'Add a member of staff';
  usePageTitle(title);
  const err = s.fieldErrors;
  const set = (change: Partial<Form>) => setForm((f) => ({ ...f, ...change }));
  const step = (code: string): StepForm => form.steps[code] ?? { doneOn: { ...NO_DATE }, note: '' };
  const setStep = (code: string, change: Partial<StepForm>) => set({ steps: { ...form.steps, [code]: { ...step(code), ...change } } });
  const stages = [...new Set(guidance.map((g) => g.stageTitle))];

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await s.run(
      () => validateSupport(form, guidance, todayInUk()),
      async () => {
        const body = toSupportInput(form, guidance, support);
        if (support) {
          await call(api.PUT('/api/v1/responses/{responseId}/staff-support/{supportId}', { params: { path: { responseId, supportId: support.id } }, body }));
        } else {
          await call(api.POST('/api/v1/responses/{responseId}/staff-support', { params: { path: { responseId } }, body }));
        }
      },
    );
    if (ok) onSaved(`Support for ${form.staffName.trim()} saved.`);
  };

  return (
    <>
      <ErrorSummary problem={s.problem} focusKey={s.submits} title="The staff support has not been saved" conflict={changedSinceOpened('This changed after you opened it', onReload)} />
      <h1>{title}</h1>
      <form noValidate onSubmit={(e) => void save(e)}>
        <TextInput id="support-staff-name" label="Staff member's name" value={form.staffName} onChange={(v) => set({ staffName: v })} error={err['support-staff-name']} />
        <TextInput id="support-staff-role" label="Role (optional)" value={form.staffRole} onChange={(v) => set({ staffRole: v })} error={err['support-staff-role']} />
        <TextInput id="support-line-manager" label="Line manager" value={form.lineManager} onChange={(v) => set({ lineManager: v })} error={err['support-line-manager']} />
        <TextInput
          id="support-line-manager-email"
          label="Line manager's e-mail address (optional)"
          hint="The address they sign in with. It lets them see and update this record."
          type="email"
          value={form.lineManagerEmail}
          onChange={(v) => set({ lineManagerEmail: v })}
          error={err['support-line-manager-email']}
        />
        <TextInput id="support-reviewer" label="Reviewer (optional)" value={form.reviewer} onChange={(v) => set({ reviewer: v })} error={err['support-reviewer']} />
        <TextInput
          id="support-reviewer-email"
          label="Reviewer's e-mail address (optional)"
          hint="The address they sign in with. It lets them see and update this record."
          type="email"
          value={form.reviewerEmail}
          onChange={(v) => set({ reviewerEmail: v })}
          error={err['support-reviewer-email']}
        />
        {stages.map((stage) => (
          <Fieldset key={stage} legend={stage} size="s">
            {guidance
              .filter((g) => g.stageTitle === stage)
              .map((g) => (
                <div key={g.code} className="nhsuk-u-margin-bottom-4">
                  <DateInput id={`step-${g.code}`} legend={g.text} hint="Date done, for example 15 3 2026" value={step(g.code).doneOn} onChange={(doneOn) => setStep(g.code, { doneOn })} error={err[stepDateId(g.code)]} />
                  <TextInput
                    id={`step-${g.code}-note`}
                    label={
                      <>
                        Note{' '}<span className="nhsuk-u-visually-hidden">{`on “${g.text}”`}</span> (optional)
                      </>
                    }
                    value={step(g.code).note}
                    onChange={(note) => setStep(g.code, { note })}
                  />
                </div>
              ))}
          </Fieldset>
        ))}
        <Textarea id="support-signposting" label="Signposting given" hint="For example, employee assistance programme, peer support" rows={3} maxLength={4000} value={form.signposting} onChange={(v) => set({ signposting: v })} error={err['support-signposting']} />
        <Checkbox id="support-hr" label="HR was contacted" checked={form.hrContacted} onChange={(hrContacted) => set({ hrContacted })} />
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="submit" disabled={s.saving} aria-disabled={s.saving}>
            Save staff support
          </button>
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
}
