import { useState, type FormEvent, type ReactNode } from 'react';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { Radios, Textarea, toErrorMap } from '../../shared/components/fields';
import { formatDateTime } from '../../shared/components/format';
import { BackLink, MultilineText, SummaryList } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { CONSIDERATIONS, numbered, ROLE_NAME, type ConsiderationKey } from './text';
import type { BeingFair, ToolOutcome, ToolQuestion, ToolVersion } from './types';
import { ErrorSummary } from '../../shared/components/error-summary';
import { toolChanged, useToolChange } from './useToolChange';

const ANSWER_ID = 'fair-answer';

/**
 * The Being Fair tool as a guided flow: the joint user joins, the three questions to consider, then one question at a
 * time in the tool's own words, the answers so far, and at an end the action the tool names. Read only for the
 * Chief Nurse.
 */
export function BeingFairPage({ id }: { id: string }) {
  const { api } = useAuth();
  const [fresh, setFresh] = useState<BeingFair | null>(null);
  const result = useLoad(() => call(api.GET('/api/v1/being-fair/{beingFairId}', { params: { path: { beingFairId: id } } })), [api, id]);
  const record = fresh ?? (result.state === 'ok' ? result.data : null);
  usePageTitle(record ? `Being Fair tool – ${record.staffName}` : 'Being Fair tool');
  const change = useToolChange<BeingFair>(setFresh);
  const reload = () => {
    setFresh(null);
    change.clear();
    result.reload();
  };

  if (!record && result.state === 'loading') return <Loading />;
  if (!record && result.state === 'error') return <ApiErrorView error={result.error} />;
  if (!record) return <Loading />;
  const current = record.current;
  const path = { params: { path: { beingFairId: id } } };

  const join = () =>
    void change.run(() => [], () => call(api.POST('/api/v1/being-fair/{beingFairId}/join', path)), {});
  const revisit = () =>
    void change.run(() => [], () => call(api.POST('/api/v1/being-fair/{beingFairId}/versions', { ...path, body: { version: record.version } })), {});

  return (
    <>
      <BackLink to="/being-fair">Being Fair tool</BackLink>
      <ErrorSummary problem={change.problem} focusKey={change.submits} conflict={toolChanged(reload)} />
      <h1>
        <span className="nhsuk-caption-l">{record.responseReference ?? 'Learning response'}</span>
        Being Fair tool
      </h1>
      <SummaryList
        rows={[
          { key: 'Member of staff concerned', value: record.staffName },
          { key: 'Job role', value: record.staffJobRole },
          { key: 'Opened by', value: userLine(record.openedBy) },
          { key: 'Used with', value: record.joined ? userLine(record.jointUser) : `${record.jointUser.name ?? 'The named person'} (${ROLE_NAME[record.jointUser.role]}), not joined yet` },
          { key: 'Version', value: `Version ${current.number}, started ${formatDateTime(current.startedAt)}` },
        ]}
      />

      {current.nextStep === 'join' && (
        <Inset>
          {record.mayJoin ? (
            <>
              <p>{record.openedBy.name ?? 'A colleague'} named you to use this tool with them. The Being Fair tool is used jointly by a member of the patient safety team and a member of the workforce team: nothing can be answered until you join.</p>
              <button type="button" className="nhsuk-button nhsuk-u-margin-bottom-0" onClick={join} disabled={change.saving}>
                Join
              </button>
            </>
          ) : (
            <p>Waiting for {record.jointUser.name ?? 'the named person'} to join. The Being Fair tool cannot be used by the patient safety team alone, nor by the workforce team alone.</p>
          )}
        </Inset>
      )}

      {record.mayAnswer && current.nextStep === 'considerations' && (
        <ConsiderationsForm
          key={`c-${current.number}`}
          onSave={(values) =>
            void change.run(
              () => CONSIDERATIONS.filter((c) => !values[c.key].trim()).map((c) => ({ id: c.id, message: `Answer “${c.label}”` })),
              () => call(api.PUT('/api/v1/being-fair/{beingFairId}/considerations', { ...path, body: { version: record.version, ...trimmed(values) } })),
              Object.fromEntries(CONSIDERATIONS.map((c) => [c.key, c.id])),
            )
          }
          errors={toErrorMap(change.problem.errors)}
          saving={change.saving}
        />
      )}

      {record.mayAnswer && current.nextStep === 'question' && current.nextQuestion && (
        <QuestionForm
          key={`${current.number}-${current.answers.length}`}
          question={current.nextQuestion}
          error={toErrorMap(change.problem.errors)[ANSWER_ID]}
          saving={change.saving}
          onAnswer={(answer) =>
            void change.run(
              () => (answer ? [] : [{ id: ANSWER_ID, message: 'Select an answer' }]),
              () =>
                call(
                  api.POST('/api/v1/being-fair/{beingFairId}/answers', {
                    ...path,
                    body: { version: record.version, question: current.nextQuestion!.id, answer: answer as 'yes' | 'no' | 'unsure' },
                  }),
                ),
              { answer: ANSWER_ID },
            )
          }
        />
      )}

      {!record.mayAnswer && current.nextStep !== 'join' && current.nextStep !== 'ended' && (
        <p>{current.nextStep === 'considerations' ? 'The questions to consider have not been answered yet.' : `The tool asks next: “${current.nextQuestion?.text ?? ''}”`}</p>
      )}

      {current.outcome && <OutcomeCard outcome={current.outcome} />}

      <VersionDetails version={current} heading="Answers so far" />

      {record.mayAnswer && (
        <>
          <h2>Revisit the tool</h2>
          <p>If required, revisit the tool as further information from the learning response becomes available. A new version starts again from the questions to consider; this one is kept as it is.</p>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={revisit} disabled={change.saving}>
            Revisit the tool
          </button>
        </>
      )}

      {record.earlierVersions.length > 0 && (
        <>
          <h2>Earlier versions</h2>
          {record.earlierVersions.map((v) => (
            <details key={v.number} className="nhsuk-details">
              <summary className="nhsuk-details__summary">
                <span className="nhsuk-details__summary-text">
                  Version {v.number}, {v.outcome ? `ended ${formatDateTime(v.outcome.endedAt)}` : `started ${formatDateTime(v.startedAt)}, not finished`}
                </span>
              </summary>
              <div className="nhsuk-details__text">
                {v.outcome && <ActionText outcome={v.outcome} />}
                <VersionDetails version={v} heading={`Answers in version ${v.number}`} level={3} />
              </div>
            </details>
          ))}
        </>
      )}
    </>
  );
}

function userLine(u: BeingFair['openedBy']): string {
  const role = ROLE_NAME[u.role] ?? u.role;
  return `${u.name ?? 'Unknown'} (${role})${u.at ? `, ${formatDateTime(u.at)}` : ''}`;
}

function trimmed(values: Record<ConsiderationKey, string>): Record<ConsiderationKey, string> {
  return { whoIsHurt: values.whoIsHurt.trim(), whatTheyNeed: values.whatTheyNeed.trim(), whoseResponsibility: values.whoseResponsibility.trim() };
}

function Inset({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {children}
    </div>
  );
}

function ConsiderationsForm({ onSave, errors, saving }: { onSave: (values: Record<ConsiderationKey, string>) => void; errors: Record<string, string | undefined>; saving: boolean }) {
  const [values, setValues] = useState<Record<ConsiderationKey, string>>({ whoIsHurt: '', whatTheyNeed: '', whoseResponsibility: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(values);
  };
  return (
    <form noValidate onSubmit={submit}>
      <h2>Before using the tool, consider the following questions</h2>
      <p>From Sidney Dekker, 2022.</p>
      {CONSIDERATIONS.map((c) => (
        <Textarea key={c.key} id={c.id} label={c.label} labelSize="s" hint={c.hint} rows={3} maxLength={4000} value={values[c.key]} onChange={(v) => setValues((s) => ({ ...s, [c.key]: v }))} error={errors[c.id]} />
      ))}
      <button className="nhsuk-button" type="submit" disabled={saving} aria-disabled={saving}>
        Save and continue
      </button>
    </form>
  );
}

function QuestionForm({ question, onAnswer, error, saving }: { question: ToolQuestion; onAnswer: (answer: string) => void; error?: string; saving: boolean }) {
  const [answer, setAnswer] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onAnswer(answer);
  };
  return (
    <form noValidate onSubmit={submit}>
      <h2>{question.section}</h2>
      {question.guidance && <Inset>{<p>{question.guidance}</p>}</Inset>}
      <Radios
        id={ANSWER_ID}
        name="answer"
        legend={numbered(question.id, question.text)}
        legendSize="s"
        value={answer}
        onChange={setAnswer}
        error={error}
        options={question.options.map((o) => ({ value: o.value, text: o.label }))}
      />
      <button className="nhsuk-button" type="submit" disabled={saving} aria-disabled={saving}>
        Continue
      </button>
    </form>
  );
}

function ActionText({ outcome }: { outcome: ToolOutcome }) {
  return (
    <>
      <p>{outcome.action}</p>
      {outcome.points.length > 0 && (
        <ul>
          {outcome.points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The end the tool reached, as an NHS care card with the action it names. */
function OutcomeCard({ outcome }: { outcome: ToolOutcome }) {
  return (
    <div className="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent">
      <div className="nhsuk-card__heading-container">
        <h2 className="nhsuk-card__heading">
          <span className="nhsuk-u-visually-hidden">Urgent advice: </span>What the tool says to do
        </h2>
        <span className="nhsuk-card--care__arrow" aria-hidden="true"></span>
      </div>
      <div className="nhsuk-card__content">
        <ActionText outcome={outcome} />
        <p>{outcome.revisit}</p>
        <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">Reached {formatDateTime(outcome.endedAt)}</p>
      </div>
    </div>
  );
}

function VersionDetails({ version, heading, level = 2 }: { version: ToolVersion; heading: string; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const rows = [
    ...(version.considerations
      ? CONSIDERATIONS.map((c) => ({ key: c.label, value: <MultilineText text={version.considerations![c.key]} /> }))
      : []),
    ...version.answers.map((a) => ({
      key: numbered(a.question, a.questionText),
      value: (
        <>
          {a.answerLabel}
          <br />
          <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">
            {a.answeredByName ?? 'Unknown'}, {formatDateTime(a.answeredAt)}
          </span>
        </>
      ),
    })),
  ];
  if (!rows.length) return null;
  return (
    <>
      <Heading>{heading}</Heading>
      <SummaryList rows={rows} />
    </>
  );
}
