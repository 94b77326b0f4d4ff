import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { DateInput } from '../../shared/components/date-input';
import { fromDateParts, isEmptyDate, NO_DATE, type DateParts } from '../../shared/components/dateParts';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Checkbox, ErrorMessage, Fieldset, Select, TextInput, Textarea, type FieldMessage } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { parseDrivers } from './driverText';

export const PROJECT_FIELD = {
  title: 'qi-title',
  aim: 'qi-aim',
  sponsorPersonId: 'qi-sponsor',
  teamPersonIds: 'qi-team',
  coachIds: 'qi-coaches',
  startedOn: 'qi-startedOn',
  drivers: 'qi-drivers',
};

export interface ProjectDraft {
  title: string;
  aim: string;
  sponsorPersonId: string;
  team: string[];
  coaches: string[];
  startedOn: DateParts;
  drivers: string;
}

export function validateProject(d: ProjectDraft): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!d.title.trim()) errors.push({ id: PROJECT_FIELD.title, message: 'Enter the project’s title' });
  if (!d.aim.trim()) errors.push({ id: PROJECT_FIELD.aim, message: 'Enter the aim statement' });
  if (!d.sponsorPersonId) errors.push({ id: PROJECT_FIELD.sponsorPersonId, message: 'Select the sponsor' });
  if (isEmptyDate(d.startedOn)) errors.push({ id: `${PROJECT_FIELD.startedOn}-day`, message: 'Enter the date the project started' });
  else if (!fromDateParts(d.startedOn)) errors.push({ id: `${PROJECT_FIELD.startedOn}-day`, message: 'The start date must be a real date' });
  const parsed = parseDrivers(d.drivers);
  if (parsed.error) errors.push({ id: PROJECT_FIELD.drivers, message: parsed.error });
  return errors;
}

/** Places an API field error on the form's control. */
export function projectFieldId(field: string): string {
  if (field.startsWith('drivers')) return PROJECT_FIELD.drivers;
  if (field.startsWith('teamPersonIds')) return PROJECT_FIELD.teamPersonIds;
  if (field.startsWith('coachIds')) return PROJECT_FIELD.coachIds;
  if (field === 'startedOn') return `${PROJECT_FIELD.startedOn}-day`;
  return (PROJECT_FIELD as Record<string, string>)[field] ?? PROJECT_FIELD.title;
}

const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

interface PersonOption {
  personId: string;
  name: string;
  jobRole?: string | null;
}

/** The people chosen so far, then those the search found, each once. */
function offered(chosen: Record<string, PersonOption>, draft: ProjectDraft, found: PersonOption[]): PersonOption[] {
  const kept = [draft.sponsorPersonId, ...draft.team].filter((id) => id && chosen[id]).map((id) => chosen[id]);
  const all = [...kept, ...found];
  return all.filter((p, i) => all.findIndex((q) => q.personId === p.personId) === i);
}

/** Starts a QI project: its title, aim, sponsor, team, coaches and driver diagram. */
export function NewProjectPage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  // People come only from a search (at least three letters): the whole staff directory is never handed to a coach.
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const options = useLoad(
    () => call(api.GET('/api/v1/qi-projects/options', { params: { query: search ? { search } : {} } })),
    [api, search],
  );
  const [chosen, setChosen] = useState<Record<string, PersonOption>>({});
  const [draft, setDraft] = useState<ProjectDraft>({ title: '', aim: '', sponsorPersonId: '', team: [], coaches: [], startedOn: NO_DATE, drivers: '' });
  const save = useSubmit(wordsFor(projectFieldId, 'You do not have access to start a QI project. Coaches on the coach register and the improvement advisor start them.'));
  const set = (change: Partial<ProjectDraft>) => setDraft((d) => ({ ...d, ...change }));
  const remember = (found: PersonOption[], personId: string) => {
    const person = found.find((p) => p.personId === personId);
    if (person) setChosen((c) => ({ ...c, [personId]: person }));
  };
  const errors = save.fieldErrors;
  const submit = save.handle(
    () => validateProject(draft),
    async () => {
      const created = await call(
        api.POST('/api/v1/qi-projects', {
          body: {
            title: draft.title.trim(),
            aim: draft.aim.trim(),
            sponsorPersonId: draft.sponsorPersonId,
            startedOn: fromDateParts(draft.startedOn) ?? '',
            teamPersonIds: draft.team,
            coachIds: draft.coaches,
            drivers: parseDrivers(draft.drivers).drivers,
          },
        }),
      );
      navigate(`/qi-projects/${created.id}`);
    },
  );
  usePageTitle('Start a QI project', hasProblem(save.problem));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/qi-projects">QI projects</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="project-problem" />
        <h1>Start a QI project</h1>
        <form
          className="nhsuk-u-margin-bottom-5"
          role="search"
          aria-label="Find people for the project"
          onSubmit={(e) => {
            e.preventDefault();
            setSearch(searchText.trim());
          }}
        >
          <TextInput
            id="qi-people-search"
            label="Find the sponsor and team members"
            hint="At least 3 letters of their name or e-mail address"
            value={searchText}
            onChange={setSearchText}
          />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Search
          </button>
        </form>
        {options.state === 'loading' && <Loading />}
        {options.state === 'error' && <ApiErrorView error={options.error} />}
        {options.state === 'ok' && (
          <form noValidate onSubmit={(e) => void submit(e)} aria-label="New QI project">
            <TextInput id={PROJECT_FIELD.title} label="Title" value={draft.title} onChange={(title) => set({ title })} error={errors[PROJECT_FIELD.title]} />
            <Textarea
              id={PROJECT_FIELD.aim}
              label="Aim statement"
              hint="What will improve, by how much and by when. For example, reduce missed doses from 12 to 4 a week by March 2027."
              value={draft.aim}
              rows={3}
              maxLength={2000}
              onChange={(aim) => set({ aim })}
              error={errors[PROJECT_FIELD.aim]}
            />
            <Select
              id={PROJECT_FIELD.sponsorPersonId}
              label="Sponsor"
              hint="The person the project reports to every month"
              placeholder="Select the sponsor"
              value={draft.sponsorPersonId}
              options={offered(chosen, draft, options.data.people).map((p) => ({ value: p.personId, text: p.jobRole ? `${p.name} (${p.jobRole})` : p.name }))}
              onChange={(sponsorPersonId) => {
                remember(options.data.people, sponsorPersonId);
                set({ sponsorPersonId });
              }}
              error={errors[PROJECT_FIELD.sponsorPersonId]}
            />
            <DateInput id={PROJECT_FIELD.startedOn} legend="Date the project started" value={draft.startedOn} onChange={(startedOn) => set({ startedOn })} error={errors[`${PROJECT_FIELD.startedOn}-day`]} />
            <div id={PROJECT_FIELD.teamPersonIds}>
              <Fieldset legend="Team members" size="s">
                <ErrorMessage id={PROJECT_FIELD.teamPersonIds} message={errors[PROJECT_FIELD.teamPersonIds]} />
                {offered(chosen, draft, options.data.people).length === 0 && <p>Search for people to choose them.</p>}
                {offered(chosen, draft, options.data.people).map((p) => (
                  <Checkbox
                    key={p.personId}
                    id={`qi-team-${p.personId}`}
                    label={p.name}
                    checked={draft.team.includes(p.personId)}
                    onChange={(on) => {
                      remember(options.data.people, p.personId);
                      set({ team: toggle(draft.team, p.personId, on) });
                    }}
                  />
                ))}
              </Fieldset>
            </div>
            <div id={PROJECT_FIELD.coachIds}>
              <Fieldset legend="Coaches" size="s">
                <p className="nhsuk-hint">A coach who starts a project coaches it.</p>
                <ErrorMessage id={PROJECT_FIELD.coachIds} message={errors[PROJECT_FIELD.coachIds]} />
                {options.data.coaches.length === 0 && <p>There are no current coaches in the register.</p>}
                {options.data.coaches.map((c) => (
                  <Checkbox key={c.coachId} id={`qi-coach-${c.coachId}`} label={c.name ?? 'A coach'} checked={draft.coaches.includes(c.coachId)} onChange={(on) => set({ coaches: toggle(draft.coaches, c.coachId, on) })} />
                ))}
              </Fieldset>
            </div>
            <Textarea
              id={PROJECT_FIELD.drivers}
              label="Driver diagram (optional)"
              hint="One line each: a primary driver as it is, a secondary driver after “- ”, a change idea after “-- ”."
              value={draft.drivers}
              rows={6}
              onChange={(drivers) => set({ drivers })}
              error={errors[PROJECT_FIELD.drivers]}
            />
            <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
              Start the project
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
