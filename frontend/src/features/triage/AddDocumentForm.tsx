import { useEffect, useRef, useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import type { EventDocument } from '../../shared/api/types';
import { useAuth } from '../../shared/auth/AuthContext';
import { ErrorMessage, Hint, Radios, TextInput, Textarea } from '../../shared/components/fields';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { ACCEPT, acceptedContentType, readAsBase64 } from './documentFile';
import {
  DOCUMENT_KINDS,
  DOC_IDS,
  EMPTY_DOCUMENT,
  MAX_TEXT,
  documentFieldId,
  toDocumentInput,
  validateDocument,
  type DocumentDraft,
} from './documentForm';

interface Props {
  eventId: string;
  onAdded: (doc: EventDocument) => void;
  onProblem: (hasProblem: boolean) => void;
}

/** A chronology, first-hand account or other document, typed in or uploaded (read in the browser as base64). */
export function AddDocumentForm({ eventId, onAdded, onProblem }: Props) {
  const { api } = useAuth();
  const [draft, setDraft] = useState<DocumentDraft>(EMPTY_DOCUMENT);
  const s = useSubmit(wordsFor((f) => documentFieldId(f, draft.source), 'You do not have access to add documents.'));
  const fileInput = useRef<HTMLInputElement>(null);
  const problem = hasProblem(s.problem);
  useEffect(() => onProblem(problem), [problem, onProblem]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors = validateDocument(draft);
    await s.run(() => errors, async () => {
      const file =
        draft.source === 'file' && draft.file
          ? { contentType: acceptedContentType(draft.file)!, contentBase64: await readAsBase64(draft.file) }
          : undefined;
      const doc = await call(
        api.POST('/api/v1/events/{eventId}/documents', {
          params: { path: { eventId } },
          body: toDocumentInput(draft, file),
        }),
      );
      setDraft(EMPTY_DOCUMENT);
      if (fileInput.current) fileInput.current.value = '';
      onAdded(doc);
    });
  };

  const errors = s.fieldErrors;
  const fileError = errors[DOC_IDS.file];
  const fileUpload = (
    <div className={`nhsuk-form-group nhsuk-file-upload${fileError ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={DOC_IDS.file}>
        File
      </label>
      <Hint id={DOC_IDS.file}>PDF, Word, text, PNG or JPEG, up to 5 MB</Hint>
      <ErrorMessage id={DOC_IDS.file} message={fileError} />
      <input
        ref={fileInput}
        className="nhsuk-file-upload__input"
        id={DOC_IDS.file}
        name={DOC_IDS.file}
        type="file"
        accept={ACCEPT}
        aria-describedby={`${DOC_IDS.file}-hint${fileError ? ` ${DOC_IDS.file}-error` : ''}`}
        onChange={(e) => setDraft({ ...draft, file: e.target.files?.[0] ?? null })}
      />
    </div>
  );

  return (
    <>
      <h3 id="add-document-heading">Add a document</h3>
      <ErrorSummary problem={s.problem} focusKey={s.submits} titleId="document-problem" conflict={changedWhileWorking('event', () => undefined)} />
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="add-document-heading">
        <Radios
          id={DOC_IDS.kind}
          legend="Kind of document"
          legendSize="s"
          value={draft.kind}
          onChange={(v) => setDraft({ ...draft, kind: v as DocumentDraft['kind'] })}
          options={DOCUMENT_KINDS}
          error={errors[DOC_IDS.kind]}
        />
        <TextInput
          id={DOC_IDS.title}
          label="Title"
          hint="For example, Account of the district nurse on the visit of 20 November"
          value={draft.title}
          onChange={(v) => setDraft({ ...draft, title: v })}
          error={errors[DOC_IDS.title]}
        />
        <Radios
          id={DOC_IDS.source}
          legend="How are you adding it?"
          legendSize="s"
          value={draft.source}
          onChange={(v) => setDraft({ ...draft, source: v as DocumentDraft['source'] })}
          options={[
            { value: 'text', text: 'Type or paste the text' },
            { value: 'file', text: 'Upload a file' },
          ]}
          error={errors[DOC_IDS.source]}
          conditional={{
            text: (
              <Textarea
                id={DOC_IDS.text}
                label="Text"
                rows={8}
                value={draft.text}
                onChange={(v) => setDraft({ ...draft, text: v })}
                maxLength={MAX_TEXT}
                error={errors[DOC_IDS.text]}
              />
            ),
            file: fileUpload,
          }}
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={s.saving} aria-disabled={s.saving}>
          Add document
        </button>
      </form>
    </>
  );
}
