import { useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { DateInput } from '../../shared/components/date-input';
import { fromDateParts, todayInUk } from '../../shared/components/dateParts';
import { Checkbox, Fieldset, Radios, TextInput, Textarea } from '../../shared/components/fields';
import { formatDate } from '../../shared/components/format';
import { SummaryList } from '../../shared/components/misc';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { checklistFor, CONTACT_FIELD_IDS, EMPTY_CONTACT, toContactInput, validateContact, type ContactForm as Form, type ItemAnswer } from './engagementForms';
import { GuidingPrinciples } from './GuidingPrinciples';
import { STAGE_TEXT } from './text';
import type { Checklist, ContactStage, Engagement, PersonAffected } from './types';
import { changedSinceOpened, ErrorSummary } from '../../shared/components/error-summary';
import { placedBy } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';

interface Props {
  engagement: Engagement;
  person: PersonAffected;
  onSaved: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Log a contact with a person affected, following the checklist of its stage; checked before it is saved (the log is not edited). */
export function ContactForm({ engagement, person, onSaved, onCancel, onReload }: Props) {
  const { api } = useAuth();
  const [form, setForm] = useState<Form>(EMPTY_CONTACT);
  const [checking, setChecking] = useState(false);
  const s = useSubmit(placedBy(CONTACT_FIELD_IDS));
  usePageTitle(checking ? 'Check the contact before saving it' : `Record a contact with ${person.name}`);
  const err = s.fieldErrors;
  const set = (change: Partial<Form>) => setForm((f) => ({ ...f, ...change }));
  const checklist = checklistFor(engagement.checklists, person.kind, form.stage);
  const answer = (code: string): ItemAnswer => form.answers[code] ?? { done: false, note: '' };
  const setAnswer = (code: string, change: Partial<ItemAnswer>) => set({ answers: { ...form.answers, [code]: { ...answer(code), ...change } } });

  const toCheck = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => validateContact(form, todayInUk()), async () => setChecking(true));
  };
  const save = async () => {
    const ok = await s.run(
      () => [],
      async () => {
        await call(api.POST('/api/v1/responses/{responseId}/people-affected/{personAffectedId}/contacts', {
          params: { path: { responseId: engagement.responseId, personAffectedId: person.id } },
          body: toContactInput(form, checklist),
        }));
      },
    );
    if (ok) onSaved(`Contact with ${person.name} saved.`);
    else setChecking(false);
  };

  if (checking) {
    const next = fromDateParts(form.nextContactOn);
    return (
      <>
        <h1>Check the contact before saving it</h1>
        <SummaryList
          rows={[
            { key: 'Person', value: person.name },
            { key: 'Date of contact', value: formatDate(fromDateParts(form.contactedOn)) },
            { key: 'How', value: form.method },
            { key: 'Stage', value: form.stage ? STAGE_TEXT[form.stage] : '' },
            { key: 'Checklist', value: <ChecklistSummary checklist={checklist} answers={form.answers} /> },
            { key: 'Notes', value: form.notes || 'None' },
            { key: 'Next agreed contact', value: next ? formatDate(next) : 'Not agreed' },
          ]}
        />
        <p>The contact log cannot be changed once saved.</p>
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="button" onClick={() => void save()} disabled={s.saving} aria-disabled={s.saving}>
            Save contact
          </button>
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setChecking(false)}>
            Change the contact
          </button>
        </div>
      </>
    );
  }

  return (
    <>
      <ErrorSummary problem={s.problem} focusKey={s.submits} title="The contact has not been saved" conflict={changedSinceOpened('This changed after you opened it', onReload)} />
      <h1>
        <span className="nhsuk-caption-l">{engagement.reference}</span>
        Record a contact with {person.name}
      </h1>
      <GuidingPrinciples principles={engagement.guidingPrinciples} open />
      <form noValidate onSubmit={toCheck}>
        <DateInput id="contact-date" legend="Date of contact" value={form.contactedOn} onChange={(v) => set({ contactedOn: v })} error={err['contact-date-day']} />
        <TextInput id="contact-method" label="How was the contact made?" hint="For example, telephone, video call, home visit" value={form.method} onChange={(v) => set({ method: v })} error={err['contact-method']} />
        <Radios
          id="contact-stage"
          legend="Stage of contact"
          legendSize="s"
          value={form.stage}
          onChange={(v) => set({ stage: v as ContactStage })}
          error={err['contact-stage']}
          options={(Object.keys(STAGE_TEXT) as ContactStage[]).map((st) => ({ value: st, text: STAGE_TEXT[st] }))}
        />
        {checklist && (
          <Fieldset legend={`${checklist.title}: ${STAGE_TEXT[checklist.stage].toLowerCase()}`} size="s">
            {sections(checklist).map(([section, items]) => (
              <div key={section}>
                <h3 className="nhsuk-heading-xs">{section}</h3>
                {items.map((item) => (
                  <div key={item.code}>
                    <Checkbox id={`item-${item.code}`} label={item.text} checked={answer(item.code).done} onChange={(done) => setAnswer(item.code, { done })} />
                    <TextInput
                      id={`item-${item.code}-note`}
                      label={
                        <>
                          Note{' '}<span className="nhsuk-u-visually-hidden">{`on “${item.text}”`}</span> (optional)
                        </>
                      }
                      value={answer(item.code).note}
                      onChange={(note) => setAnswer(item.code, { note })}
                    />
                  </div>
                ))}
              </div>
            ))}
          </Fieldset>
        )}
        <Textarea id="contact-notes" label="Notes" rows={4} maxLength={4000} value={form.notes} onChange={(v) => set({ notes: v })} error={err['contact-notes']} />
        <DateInput id="contact-next" legend="Next agreed contact date (optional)" value={form.nextContactOn} onChange={(v) => set({ nextContactOn: v })} error={err['contact-next-day']} />
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="submit">
            Continue
          </button>
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
}

function sections(checklist: Checklist): [string, Checklist['items']][] {
  const grouped = new Map<string, Checklist['items']>();
  for (const item of checklist.items) grouped.set(item.section, [...(grouped.get(item.section) ?? []), item]);
  return [...grouped.entries()];
}

function ChecklistSummary({ checklist, answers }: { checklist?: Checklist; answers: Record<string, ItemAnswer> }) {
  const given = (checklist?.items ?? []).filter((i) => answers[i.code]?.done || answers[i.code]?.note.trim());
  if (!given.length) return <>Nothing ticked or noted</>;
  return (
    <ul className="nhsuk-list">
      {given.map((i) => (
        <li key={i.code}>
          {answers[i.code].done ? 'Done: ' : 'Not done: '}
          {i.text}
          {answers[i.code].note.trim() && <> – {answers[i.code].note.trim()}</>}
        </li>
      ))}
    </ul>
  );
}
