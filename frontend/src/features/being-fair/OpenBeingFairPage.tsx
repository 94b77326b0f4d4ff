import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { hasAnyRole, rolesFor } from '../../shared/auth/roles';
import { Select, TextInput, toErrorMap, type FieldMessage } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { ONLY_WHEN } from './text';
import { ErrorSummary } from '../../shared/components/error-summary';
import { toolChanged, useToolChange } from './useToolChange';

const FIELD_IDS: Record<string, string> = {
  responseId: 'fair-response',
  staffName: 'fair-staff-name',
  staffJobRole: 'fair-staff-job-role',
  jointUser: 'fair-joint-user',
  'jointUser.personId': 'fair-joint-user',
  'jointUser.email': 'fair-joint-user',
  openedAs: 'fair-joint-user',
};

/**
 * Opening the tool for a member of staff of a learning response, naming the person of the other team who will use
 * it with you: a patient safety specialist chooses the workforce partner from the people directory, a workforce
 * partner gives the specialist's e-mail address.
 */
export function OpenBeingFairPage() {
  const { api, me } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const givenResponse = params.get('responseId') ?? '';
  // A specialist opens it from a learning response they may read; someone holding both roles that may open the
  // tool says which one they open it as.
  const specialist = hasAnyRole(me?.roles, rolesFor('openBeingFair', 'listLearningResponses'));
  const holdsBothOpeningRoles = rolesFor('openBeingFair').filter((role) => me?.roles.includes(role)).length > 1;
  usePageTitle('Open the Being Fair tool');
  const [responseId, setResponseId] = useState(givenResponse);
  const [joint, setJoint] = useState('');
  const [staffName, setStaffName] = useState('');
  const [staffJobRole, setStaffJobRole] = useState('');
  const change = useToolChange<{ id: string }>((opened) => void navigate(`/being-fair/${opened.id}`));

  const responses = useLoad(
    () => (specialist ? call(api.GET('/api/v1/responses')).then((r) => r.items) : Promise.resolve([])),
    [api, specialist],
  );
  const people = useLoad(
    () => (specialist ? call(api.GET('/api/v1/people', { params: { query: { size: 100 } } })).then((p) => p.items.filter((x) => x.active)) : Promise.resolve([])),
    [api, specialist],
  );
  const given = responses.state === 'ok' ? responses.data.find((r) => r.id === givenResponse) : undefined;

  const check = (): FieldMessage[] => {
    const errors: FieldMessage[] = [];
    if (!responseId) errors.push({ id: FIELD_IDS.responseId, message: 'Select the learning response' });
    if (!joint.trim())
      errors.push({ id: FIELD_IDS.jointUser, message: specialist ? 'Select the workforce partner who will use the tool with you' : 'Enter the e-mail address of the patient safety specialist who will use the tool with you' });
    if (!staffName.trim()) errors.push({ id: FIELD_IDS.staffName, message: 'Enter the name of the member of staff concerned' });
    if (!staffJobRole.trim()) errors.push({ id: FIELD_IDS.staffJobRole, message: 'Enter the job role of the member of staff concerned' });
    return errors;
  };

  const open = (e: FormEvent) => {
    e.preventDefault();
    void change.run(
      check,
      () =>
        call(
          api.POST('/api/v1/being-fair', {
            body: {
              responseId,
              staffName: staffName.trim(),
              staffJobRole: staffJobRole.trim(),
              jointUser: specialist ? { personId: joint } : { email: joint.trim() },
              ...(specialist && holdsBothOpeningRoles ? { openedAs: 'patient-safety-specialist' as const } : {}),
            },
          }),
        ),
      FIELD_IDS,
    );
  };

  const err = toErrorMap(change.problem.errors);
  const responseOptions = responses.state === 'ok' ? responses.data.map((r) => ({ value: r.id, text: `${r.reference} (${r.typeDisplay})` })) : [];
  const peopleOptions = people.state === 'ok' ? people.data.map((p) => ({ value: p.id, text: p.jobRole ? `${p.name} (${p.jobRole})` : p.name })) : [];

  return (
    <>
      <BackLink to="/being-fair">Being Fair tool</BackLink>
      <ErrorSummary problem={change.problem} focusKey={change.submits} conflict={toolChanged()} />
      <h1>Open the Being Fair tool</h1>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>{ONLY_WHEN}</p>
        <p>It is used jointly by a member of the patient safety team and a member of the workforce team. Nothing can be answered until the person you name has joined with their own sign-in.</p>
      </div>
      <form noValidate onSubmit={open}>
        {specialist ? (
          <Select
            id={FIELD_IDS.responseId}
            label="Learning response"
            value={responseId}
            onChange={setResponseId}
            options={responseOptions}
            placeholder="Select the learning response"
            error={err[FIELD_IDS.responseId]}
          />
        ) : givenResponse ? (
          <p>
            For the learning response you were sent{given ? ` (${given.reference})` : ''}.
          </p>
        ) : (
          <p id={FIELD_IDS.responseId}>Ask the patient safety specialist for the link to open the tool for their learning response.</p>
        )}
        {specialist ? (
          <Select
            id={FIELD_IDS.jointUser}
            label="Workforce partner who will use the tool with you"
            hint="They must hold the workforce partner role and sign in themselves to join."
            value={joint}
            onChange={setJoint}
            options={peopleOptions}
            placeholder="Select a person"
            error={err[FIELD_IDS.jointUser]}
          />
        ) : (
          <TextInput
            id={FIELD_IDS.jointUser}
            label="E-mail address of the patient safety specialist who will use the tool with you"
            hint="The address they sign in with. They must sign in themselves to join."
            type="email"
            value={joint}
            onChange={setJoint}
            error={err[FIELD_IDS.jointUser]}
          />
        )}
        <TextInput id={FIELD_IDS.staffName} label="Name of the member of staff concerned" value={staffName} onChange={setStaffName} error={err[FIELD_IDS.staffName]} />
        <TextInput id={FIELD_IDS.staffJobRole} label="Job role of the member of staff concerned" value={staffJobRole} onChange={setStaffJobRole} error={err[FIELD_IDS.staffJobRole]} />
        <button className="nhsuk-button" type="submit" disabled={change.saving} aria-disabled={change.saving}>
          Open the tool
        </button>
      </form>
    </>
  );
}
