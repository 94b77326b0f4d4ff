import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { BackLink } from '../../shared/components/misc';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { PartnerFields } from './PartnerFields';
import { partnerDraftOf, partnerFieldId, partnerInput, validatePartner, type PartnerDraft } from './partnerForms';
import { usePeopleOptions } from './usePeopleOptions';

/** Adds a partner to the register; supervision sessions are recorded on their page. */
export function NewPartnerPage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  const people = usePeopleOptions();
  const [draft, setDraft] = useState<PartnerDraft>(partnerDraftOf());
  const save = useSubmit(wordsFor(partnerFieldId, 'You do not have access to add patient safety partners.'));
  const submit = save.handle(
    () => validatePartner(draft),
    async () => {
      const created = await call(api.POST('/api/v1/patient-safety-partners', { body: partnerInput(draft) }));
      navigate(`/patient-safety-partners/${created.id}`);
    },
  );
  usePageTitle('Add a patient safety partner', hasProblem(save.problem));

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/patient-safety-partners">Patient safety partners</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="partner-problem" conflict={changedWhileWorking('partner', () => undefined)} />
        <h1>Add a patient safety partner</h1>
        {people.state === 'loading' && <Loading />}
        {people.state === 'error' && <ApiErrorView error={people.error} />}
        {people.state === 'ok' && (
          <form noValidate onSubmit={(e) => void submit(e)} aria-label="New patient safety partner">
            <PartnerFields draft={draft} onChange={setDraft} errors={save.fieldErrors} people={people.data} />
            <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
              Add partner
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
