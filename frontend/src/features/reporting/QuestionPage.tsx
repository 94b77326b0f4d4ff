import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../shared/components/error-summary';
import { toErrorMap, type ErrorMap, type FieldMessage } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { PAGE_ORDER, PAGE_PATH, type ReportPage } from './model';
import { useReporting } from './ReportingContext';
import { validatePage } from './validation';

export const CHECK_PATH = '/report/check';

interface Props {
  page: ReportPage;
  title: string;
  /** Page heading; defaults to the title. Omit (null) when a field's label or legend is the heading. */
  heading?: string | null;
  children: (errors: ErrorMap) => ReactNode;
}

/** One step of the report: caption, heading, error summary, the questions and Continue. */
export function QuestionPage({ page, title, heading, children }: Props) {
  const { draft, serverErrors, clearServerErrors, draftSaved } = useReporting();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const changing = params.get('change') === '1';
  const [clientErrors, setClientErrors] = useState<FieldMessage[] | null>(null);
  const [submits, setSubmits] = useState(0);

  const errors = clientErrors ?? serverErrors[page] ?? [];
  usePageTitle(title, errors.length > 0);

  const index = PAGE_ORDER.indexOf(page);
  const back = changing ? CHECK_PATH : index === 0 ? '/' : PAGE_PATH[PAGE_ORDER[index - 1]];
  const next = changing || index === PAGE_ORDER.length - 1 ? CHECK_PATH : PAGE_PATH[PAGE_ORDER[index + 1]];

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = validatePage(page, draft);
    setSubmits((s) => s + 1);
    if (found.length) {
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    clearServerErrors(page);
    // With server errors still waiting on a later page, go there next.
    const pending = PAGE_ORDER.find((p) => p !== page && serverErrors[p]?.length);
    navigate(pending ? `${PAGE_PATH[pending]}?change=1` : next);
  };

  return (
    <>
      <BackLink to={back} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} focusKey={submits} />
          <span className="nhsuk-caption-l">Report a patient safety event – step {index + 1} of 5</span>
          {heading !== null && <h1 className="nhsuk-heading-l">{heading ?? title}</h1>}
          {!draftSaved && (
            <div className="nhsuk-warning-callout">
              <h2 className="nhsuk-warning-callout__label">
                <span className="nhsuk-u-visually-hidden">Important: </span>
                Your answers are not being saved on this device
              </h2>
              <p>Send your report before you close this page.</p>
            </div>
          )}
          <form noValidate onSubmit={onSubmit}>
            {children(toErrorMap(errors))}
            <button className="nhsuk-button" type="submit" data-prevent-double-click="true">
              Continue
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
