import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Radios, Textarea, TextInput, type FieldMessage } from '../../shared/components/fields';
import { todayInUk } from '../../shared/components/dateParts';
import { BackLink } from '../../shared/components/misc';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, placedBy } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import type { CommunityMeetingInput } from './types';

const FIELD = { kind: 'meeting-kind', heldOn: 'meeting-date', theme: 'meeting-theme', facilitator: 'meeting-facilitator', notes: 'meeting-notes' };

/** Records a meeting or a reflective practice session of a community, once it has been held. */
export function NewMeetingPage({ communityId }: { communityId: string }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [kind, setKind] = useState<'' | CommunityMeetingInput['kind']>('');
  const [heldOn, setHeldOn] = useState('');
  const [theme, setTheme] = useState('');
  const [facilitator, setFacilitator] = useState('');
  const [notes, setNotes] = useState('');
  const save = useSubmit(placedBy(FIELD, 'You do not have access to this community.'));
  const check = (): FieldMessage[] => {
    const errors: FieldMessage[] = [];
    if (!kind) errors.push({ id: FIELD.kind, message: 'Say whether this was a meeting or a reflective practice session' });
    if (!heldOn) errors.push({ id: FIELD.heldOn, message: 'Enter the date of the meeting' });
    else if (heldOn > todayInUk()) errors.push({ id: FIELD.heldOn, message: 'The date of the meeting must be today or in the past' });
    if (kind === 'reflective-practice' && !facilitator.trim()) errors.push({ id: FIELD.facilitator, message: 'Enter who facilitated the reflective practice session' });
    if (kind === 'reflective-practice' && !theme.trim()) errors.push({ id: FIELD.theme, message: 'Enter the theme of the reflective practice session' });
    return errors;
  };
  const submit = save.handle(check, async () => {
    const body: CommunityMeetingInput = {
      kind: kind as CommunityMeetingInput['kind'],
      heldOn,
      ...(theme.trim() ? { theme: theme.trim() } : {}),
      ...(facilitator.trim() ? { facilitator: facilitator.trim() } : {}),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    };
    await call(api.POST('/api/v1/communities-of-practice/{communityId}/meetings', { params: { path: { communityId } }, body }));
    navigate(`/communities-of-practice/${communityId}`);
  });
  usePageTitle('Record a meeting', hasProblem(save.problem));
  const errors = save.fieldErrors;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/communities-of-practice/${communityId}`}>Back to the community</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="meeting-problem" />
        <h1>Record a meeting</h1>
        <form noValidate onSubmit={(e) => void submit(e)} aria-label="New meeting">
          <Radios
            id={FIELD.kind}
            legend="What kind of meeting was it?"
            value={kind}
            error={errors[FIELD.kind]}
            onChange={(v) => setKind(v as CommunityMeetingInput['kind'])}
            options={[
              { value: 'meeting', text: 'A meeting of the community' },
              { value: 'reflective-practice', text: 'A reflective practice session' },
            ]}
          />
          <TextInput id={FIELD.heldOn} label="Date" type="date" maxDate={todayInUk()} value={heldOn} error={errors[FIELD.heldOn]} onChange={setHeldOn} />
          <TextInput id={FIELD.theme} label={kind === 'reflective-practice' ? 'Theme' : 'Theme (optional)'} value={theme} error={errors[FIELD.theme]} onChange={setTheme} />
          <TextInput
            id={FIELD.facilitator}
            label={kind === 'reflective-practice' ? 'Facilitator' : 'Facilitator (optional)'}
            value={facilitator}
            error={errors[FIELD.facilitator]}
            onChange={setFacilitator}
          />
          <Textarea
            id={FIELD.notes}
            label="Notes (optional)"
            hint="What was discussed and learnt. Never incident or patient details: only the members read these notes."
            maxLength={4000}
            value={notes}
            error={errors[FIELD.notes]}
            onChange={setNotes}
          />
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Save the meeting
          </button>
        </form>
      </div>
    </div>
  );
}
