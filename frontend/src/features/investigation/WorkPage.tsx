import { useCallback, useEffect, useState } from 'react';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { saveBlob } from '../../shared/components/download';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { UnsavedChangesGuard } from '../../shared/components/unsaved-changes';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { ResponseStatusTag } from '../responses/text';
import { CloseSection, SignOffSection } from './Closure';
import { AccountsSection, ChronologySection, FactorsSection, FindingsSection, ReportSection, SharingSection, TermsSection } from './Sections';
import { type Investigation } from './work';

/**
 * The work on a learning response, one section per part, phone first; then sign-off and closure. What is typed in a
 * section stays until that section is saved: another section's save, or a reload after a refused (409) save, keeps
 * it; leaving the page with something unsaved asks first.
 */
export function WorkPage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const result = useLoad(() => call(api.GET('/api/v1/responses/{responseId}/investigation', { params: { path: { responseId: id } } })), [api, id]);
  const [work, setWork] = useState<Investigation | null>(null);
  const [downloadProblem, setDownloadProblem] = useState(false);
  const [dirty, setDirty] = useState<Record<string, boolean>>({});
  const onDirty = useCallback((section: string, isDirty: boolean) => setDirty((d) => (Boolean(d[section]) === isDirty ? d : { ...d, [section]: isDirty })), []);
  // A reload keeps the page (and so every draft) until the new version arrives.
  useEffect(() => {
    if (result.state === 'ok') setWork(result.data);
  }, [result.state, result.data]);
  usePageTitle(work ? `Work on ${work.reference}` : 'Work on a learning response');

  if (!work) return result.state === 'error' ? <ApiErrorView error={result.error} /> : <Loading />;
  const open = work.status !== 'closed';
  // Nothing of the work starts before the Chief Nurse verifies a PSII (the API refuses it: psii-not-verified).
  if (work.status === 'awaiting-verification') return <AwaitingVerification work={work} backToResponse={mayCall(me?.roles, 'getLearningResponse')} />;
  const props = { work, editable: open, onSaved: setWork, onReload: () => result.reload(), onDirty };
  const download = async () => {
    setDownloadProblem(false);
    try {
      const blob = await call(api.GET('/api/v1/responses/{responseId}/report.pdf', { params: { path: { responseId: id } }, parseAs: 'blob' }));
      saveBlob(blob as Blob, `${work.reference}-final-report.pdf`);
    } catch {
      setDownloadProblem(true);
    }
  };

  return (
    <>
      <UnsavedChangesGuard when={open && Object.values(dirty).some(Boolean)} />
      <WorkHeader work={work} backToResponse={mayCall(me?.roles, 'getLearningResponse')} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <WorkHeading work={work} />
          {result.state === 'error' && (
            <p className="nhsuk-error-message" role="alert">
              <span className="nhsuk-u-visually-hidden">Error:</span> The latest version of the work could not be loaded. What you typed is still here.
            </p>
          )}
          {!open && (
            <div className="nhsuk-inset-text">
              <p>This response is closed and can no longer be changed.</p>
            </div>
          )}
          {/* Not remounted on a new version: each section keeps what was typed in it (useDraft). */}
          <TermsSection {...props} />
          <ChronologySection {...props} />
          <AccountsSection {...props} />
          <FactorsSection {...props} />
          <FindingsSection {...props} />
          <SharingSection {...props} />
          <ReportSection {...props} />
          <p>
            <a href={`/api/v1/responses/${id}/report.pdf`} onClick={(e) => { e.preventDefault(); void download(); }}>
              Download the final report (PDF)
            </a>
          </p>
          {downloadProblem && (
            <p className="nhsuk-error-message" role="alert">
              <span className="nhsuk-u-visually-hidden">Error:</span> The final report could not be downloaded. Try again later.
            </p>
          )}
          <SignOffSection {...props} editable={open && mayCall(me?.roles, 'signOffLearningResponse')} />
          {mayCall(me?.roles, 'closeLearningResponse') && <CloseSection key={`c${work.version}-${work.responseVersion}`} {...props} />}
        </div>
      </div>
    </>
  );
}

/** The link back to the response, for those who may read it. */
function WorkHeader({ work, backToResponse }: { work: Investigation; backToResponse: boolean }) {
  return backToResponse ? <BackLink to={`/responses/${work.responseId}`}>Learning response {work.reference}</BackLink> : null;
}

function WorkHeading({ work }: { work: Investigation }) {
  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">{work.typeDisplay}</span>
        Work on {work.reference}
      </h1>
      <p>
        <ResponseStatusTag status={work.status} />
      </p>
    </>
  );
}

/** A PSII not yet verified: say why there is nothing to fill in yet, instead of offering the forms. */
function AwaitingVerification({ work, backToResponse }: { work: Investigation; backToResponse: boolean }) {
  return (
    <>
      <WorkHeader work={work} backToResponse={backToResponse} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <WorkHeading work={work} />
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>The work on this PSII has not started: the Chief Nurse has not verified it yet.</p>
            <p>
              The terms of reference, chronology, first-hand accounts, findings, draft sharing and sign-off can be recorded once it is verified. The lead and the team
              can be chosen before.
            </p>
          </div>
        </div>
      </div>
    </>
  );
}
