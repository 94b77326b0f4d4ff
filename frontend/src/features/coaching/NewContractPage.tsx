import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { Checkbox, Radios, Select, TextInput, type Option } from '../../shared/components/fields';
import { BackLink, SummaryList } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { CONTRACT_FIELD, NEW_CONTRACT, contractFieldId, contractInput, validateContract, type ContractDraft } from './coachingForms';
import { hoursText } from './text';
import { usePeopleOptions } from './usePeopleOptions';

/** Drafts a coaching contract (004_*): who is coached, the aims ticked, how often, how long, where; then check answers. */
export function NewContractPage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  // People come only from a search (at least three letters): the whole staff directory is never handed to a coach.
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const found = usePeopleOptions(search);
  const [chosen, setChosen] = useState<Option | null>(null);
  const terms = useLoad(() => call(api.GET('/api/v1/coaching/terms')), [api]);
  const [draft, setDraft] = useState<ContractDraft>(NEW_CONTRACT);
  const [checking, setChecking] = useState(false);
  const save = useSubmit(wordsFor(contractFieldId, 'You do not have access to start coaching contracts.'));
  const toCheck = save.handle(
    () => validateContract(draft),
    async () => setChecking(true),
  );
  const create = save.handle(
    () => [],
    async () => {
      const created = await call(api.POST('/api/v1/coaching/contracts', { body: contractInput(draft) }));
      navigate(`/coaching/${created.id}`);
    },
  );
  usePageTitle(checking ? 'Check the contract before you start it' : 'Start a coaching contract', hasProblem(save.problem));
  const errors = save.fieldErrors;
  // A field the service refused is on the form: go back to it so the field shows what to correct.
  const refusedFields = save.problem.errors.length;
  useEffect(() => {
    if (refusedFields > 0) setChecking(false);
  }, [refusedFields, save.submits]);

  if (found.state === 'loading' || terms.state === 'loading') return <Loading />;
  if (found.state === 'error') return <ApiErrorView error={found.error} />;
  if (terms.state === 'error') return <ApiErrorView error={terms.error} />;
  const aims = terms.data.aims;
  const people = chosen && !found.data.some((p) => p.value === chosen.value) ? [chosen, ...found.data] : found.data;
  const personName = people.find((p) => p.value === draft.coacheePersonId)?.text ?? '';

  if (checking)
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink to="/coaching">Coaching contracts</BackLink>
          <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="contract-problem" conflict={changedWhileWorking('contract', () => undefined)} />
          <h1>Check the contract before you start it</h1>
          <SummaryList
            rows={[
              { key: 'Who is coached', value: draft.coacheeKind === 'team' ? `${draft.teamName.trim()} (contact: ${personName})` : personName },
              {
                key: 'Aims',
                value: (
                  <ul className="nhsuk-list nhsuk-list--bullet">
                    {aims.filter((a) => draft.aims.includes(a.code)).map((a) => (
                      <li key={a.code}>{a.display}</li>
                    ))}
                  </ul>
                ),
              },
              { key: 'Frequency', value: draft.frequency.trim() || 'About monthly' },
              { key: 'Session length', value: hoursText(Number(draft.sessionMinutes)) },
              { key: 'Venue', value: draft.venue.trim() || 'To be confirmed' },
              { key: 'On a QI course', value: draft.onQiCourse ? 'Yes' : 'No' },
            ]}
          />
          <p>Both you and the coachee then accept the ground rules. The coaching starts once both sides have accepted them.</p>
          <form noValidate onSubmit={(e) => void create(e)} aria-label="Start the contract">
            <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
              Start the contract
            </button>{' '}
            <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setChecking(false)}>
              Change the contract
            </button>
          </form>
        </div>
      </div>
    );

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/coaching">Coaching contracts</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="contract-problem" conflict={changedWhileWorking('contract', () => undefined)} />
        <h1>Start a coaching contract</h1>
        <form
          className="nhsuk-u-margin-bottom-5"
          role="search"
          aria-label="Find the person coached"
          onSubmit={(e) => {
            e.preventDefault();
            setSearch(searchText.trim());
          }}
        >
          <TextInput
            id="coaching-people-search"
            label="Find the person coached, or the team's contact"
            hint="At least 3 letters of their name or e-mail address"
            value={searchText}
            onChange={setSearchText}
          />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Search
          </button>
        </form>
        <form noValidate onSubmit={(e) => void toCheck(e)} aria-label="New coaching contract">
          <Radios
            id={CONTRACT_FIELD.coacheeKind}
            legend="Who is coached?"
            value={draft.coacheeKind}
            onChange={(v) => setDraft({ ...draft, coacheeKind: v as ContractDraft['coacheeKind'] })}
            error={errors[CONTRACT_FIELD.coacheeKind]}
            options={[
              { value: 'individual', text: 'A person' },
              { value: 'team', text: 'A team' },
            ]}
          />
          {draft.coacheeKind === 'team' && (
            <TextInput id={CONTRACT_FIELD.teamName} label="Name of the team" value={draft.teamName} onChange={(v) => setDraft({ ...draft, teamName: v })} error={errors[CONTRACT_FIELD.teamName]} />
          )}
          <Select
            id={CONTRACT_FIELD.coacheePersonId}
            label={draft.coacheeKind === 'team' ? 'Contact who accepts for the team' : 'Person coached'}
            placeholder="Select a person"
            options={people}
            value={draft.coacheePersonId}
            onChange={(v) => {
              setChosen(people.find((p) => p.value === v) ?? null);
              setDraft({ ...draft, coacheePersonId: v });
            }}
            error={errors[CONTRACT_FIELD.coacheePersonId]}
          />
          <div className={`nhsuk-form-group${errors[CONTRACT_FIELD.aims] ? ' nhsuk-form-group--error' : ''}`}>
            <fieldset className="nhsuk-fieldset" aria-describedby={`${CONTRACT_FIELD.aims}-hint`}>
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Aims of the coaching</legend>
              <div className="nhsuk-hint" id={`${CONTRACT_FIELD.aims}-hint`}>
                The coach will help translate improvement knowledge into practice. Tick each aim that applies.
              </div>
              {errors[CONTRACT_FIELD.aims] && (
                <span className="nhsuk-error-message" id={`${CONTRACT_FIELD.aims}-error`}>
                  <span className="nhsuk-u-visually-hidden">Error:</span> {errors[CONTRACT_FIELD.aims]}
                </span>
              )}
              {aims.map((aim, i) => (
                <Checkbox
                  key={aim.code}
                  id={i === 0 ? CONTRACT_FIELD.aims : `${CONTRACT_FIELD.aims}-${aim.code}`}
                  label={aim.display}
                  checked={draft.aims.includes(aim.code)}
                  onChange={(on) =>
                    setDraft({ ...draft, aims: on ? aims.map((a) => a.code).filter((c) => c === aim.code || draft.aims.includes(c)) : draft.aims.filter((c) => c !== aim.code) })
                  }
                />
              ))}
            </fieldset>
          </div>
          <TextInput id={CONTRACT_FIELD.frequency} label="Frequency of sessions" value={draft.frequency} onChange={(v) => setDraft({ ...draft, frequency: v })} error={errors[CONTRACT_FIELD.frequency]} />
          <TextInput
            id={CONTRACT_FIELD.sessionMinutes}
            label="Length of a session, in minutes"
            width={3}
            inputMode="numeric"
            value={draft.sessionMinutes}
            onChange={(v) => setDraft({ ...draft, sessionMinutes: v })}
            error={errors[CONTRACT_FIELD.sessionMinutes]}
          />
          <TextInput id={CONTRACT_FIELD.venue} label="Venue (optional)" hint="Leave empty while it is to be confirmed" value={draft.venue} onChange={(v) => setDraft({ ...draft, venue: v })} error={errors[CONTRACT_FIELD.venue]} />
          <Checkbox
            id="contract-onQiCourse"
            label="The coachee is on a QI course"
            hint={terms.data.courseRequirements.text}
            checked={draft.onQiCourse}
            onChange={(on) => setDraft({ ...draft, onQiCourse: on })}
          />
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Continue
          </button>
        </form>
      </div>
    </div>
  );
}
