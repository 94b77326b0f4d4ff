import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { BackLink } from '../../shared/components/misc';
import { SaveProblemSummary } from '../../shared/components/SaveProblemSummary';
import { fieldErrorsOf } from '../../shared/components/saveProblem';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { useSave } from '../people/useSave';
import { PartnerFields } from './PartnerFields';
import { partnerDraftOf, partnerFieldId, partnerInput, validatePartner, type PartnerDraft } from './partnerForms';
import { usePeopleOptions } from './usePeopleOptions';

/** Adds a partner to the register; supervision sessions are recorded on their page. */
export function NewPartnerPage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  const people = usePeopleOptions();
  const [draft, setDraft] = useState<PartnerDraft>(partnerDraftOf());
  const save = useSave({
    check: () => validatePartner(draft),
    send: async () => {
      const created = await call(api.POST('/api/v1/patient-safety-partners', { body: partnerInput(draft) }));
      navigate(`/patient-safety-partners/${created.id}`);
    },
    fieldId: partnerFieldId,
    forbidden: 'You do not have access to add patient safety partners.',
  });
  usePageTitle('Add a patient safety partner', save.problem !== null);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/patient-safety-partners">Patient safety partners</BackLink>
        <SaveProblemSummary problem={save.problem} focusKey={save.submits} titleId="partner-problem" what="partner" onReload={() => undefined} />
        <h1>Add a patient safety partner</h1>
        {people.state === 'loading' && <Loading />}
        {people.state === 'error' && <ApiErrorView error={people.error} />}
        {people.state === 'ok' && (
          <form noValidate onSubmit={(e) => void save.submit(e)} aria-label="New patient safety partner">
            <PartnerFields draft={draft} onChange={setDraft} errors={fieldErrorsOf(save.problem)} people={people.data} />
            <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
              Add partner
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
