import { useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { ErrorSummary } from '../../shared/components/error-summary';
import { ErrorMessage, Hint } from '../../shared/components/fields';
import { formatDate } from '../../shared/components/format';
import { BackLink, Cell, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { bankHolidayFileProblem, readAsText } from './bankHolidayUpload';
import { BankHolidayWarning } from './BankHolidayWarning';
import type { BankHoliday, BankHolidayCoverage } from './types';
import { useSave } from './useSave';

const FILE_ID = 'bank-holiday-file';

/** The England and Wales bank holidays that candour working days skip; a specialist uploads new years. */
export function BankHolidaysPage() {
  const { api, me } = useAuth();
  usePageTitle('Bank holidays');
  const list = useLoad(() => call(api.GET('/api/v1/candour/bank-holidays')), [api]);
  const [uploaded, setUploaded] = useState<{ items: BankHoliday[]; coverage: BankHolidayCoverage; message: string } | null>(null);
  const items = uploaded?.items ?? (list.state === 'ok' ? list.data.items : []);
  const coverage = uploaded?.coverage ?? (list.state === 'ok' ? list.data.coverage : undefined);
  const years = [...new Set(items.map((h) => h.date.slice(0, 4)))];

  return (
    <>
      <BackLink to="/candour">Duty of Candour</BackLink>
      <h1>Bank holidays</h1>
      <p>England and Wales bank holidays. The written candour notification is due 10 working days after the verbal one; weekends and these days are not working days.</p>
      {coverage?.runsOutSoon && (
        <BankHolidayWarning>
          <p>{coverage.warning}</p>
        </BankHolidayWarning>
      )}
      {coverage && !coverage.runsOutSoon && <p>Bank holidays are known until {formatDate(coverage.knownUntil)}.</p>}
      {uploaded && (
        <div className="nhsuk-inset-text" role="status">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{uploaded.message}</p>
        </div>
      )}
      {mayCall(me?.roles, 'uploadBankHolidays') && (
        <UploadForm onUploaded={(items, coverage, message) => setUploaded({ items, coverage, message })} />
      )}
      {list.state === 'loading' && <Loading />}
      {list.state === 'error' && <ApiErrorView error={list.error} />}
      {list.state === 'ok' &&
        years.map((year) => (
          <table key={year} className="nhsuk-table-responsive">
            <caption className="nhsuk-table__caption">{year}</caption>
            <TableHead headings={['Date', 'Bank holiday']} />
            <tbody className="nhsuk-table__body">
              {items
                .filter((h) => h.date.startsWith(year))
                .map((h) => (
                  <tr key={h.date} className="nhsuk-table__row">
                    <Cell heading="Date">{formatDate(h.date)}</Cell>
                    <Cell heading="Bank holiday">{h.title}</Cell>
                  </tr>
                ))}
            </tbody>
          </table>
        ))}
    </>
  );
}

function UploadForm({ onUploaded }: { onUploaded: (items: BankHoliday[], coverage: BankHolidayCoverage, message: string) => void }) {
  const { api } = useAuth();
  const [file, setFile] = useState<File | null>(null);
  // Every API error is about the file's content: each names its line, so they all point at the file input.
  const save = useSave(() => FILE_ID, 'upload bank holidays');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = bankHolidayFileProblem(file);
    const result = await save.run(problem ? [{ id: FILE_ID, message: problem }] : [], async () =>
      call(api.POST('/api/v1/candour/bank-holidays', { body: { fileName: file!.name, content: await readAsText(file!) } })),
    );
    if (result) {
      onUploaded(result.items, result.coverage, `Uploaded ${result.holidaysLoaded} bank holidays; they replace ${result.yearsReplaced.join(', ')}.`);
    }
  };
  const fileError = save.errors.length ? save.errors[0].message : undefined;
  return (
    <>
      <ErrorSummary problem={save.problem} focusKey={save.submits} refusedTitle="The bank holidays have not been uploaded" />
      <h2 id="upload-heading">Upload bank holidays</h2>
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="upload-heading">
        <div className={`nhsuk-form-group nhsuk-file-upload${fileError ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label" htmlFor={FILE_ID}>
            Bank holiday file
          </label>
          <Hint id={FILE_ID}>
            gov.uk’s bank-holidays.json, or a CSV file with lines of date,title (for example 2029-01-01,New Year’s Day). The file replaces the years it contains.
          </Hint>
          <ErrorMessage id={FILE_ID} message={fileError} />
          <input
            className="nhsuk-file-upload__input"
            id={FILE_ID}
            name={FILE_ID}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            aria-describedby={`${FILE_ID}-hint${fileError ? ` ${FILE_ID}-error` : ''}`}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
          Upload bank holidays
        </button>
      </form>
    </>
  );
}
