import type { EventDocumentInput, EventDocumentKind } from '../../shared/api/types';
import type { FieldMessage } from '../../shared/components/fields';
import { fileProblem } from './documentFile';

export interface DocumentDraft {
  kind: EventDocumentKind | '';
  title: string;
  source: 'text' | 'file' | '';
  text: string;
  file: File | null;
}

export const EMPTY_DOCUMENT: DocumentDraft = { kind: '', title: '', source: '', text: '', file: null };

export const DOCUMENT_KINDS: { value: EventDocumentKind; text: string }[] = [
  { value: 'chronology', text: 'Chronology' },
  { value: 'first-hand-account', text: 'First-hand account' },
  { value: 'report', text: 'Report' },
  { value: 'other', text: 'Other' },
];

export const DOC_IDS = {
  kind: 'doc-kind',
  title: 'doc-title',
  source: 'doc-source',
  text: 'doc-text',
  file: 'doc-file',
};

export const MAX_TEXT = 20000;

/** What is wrong with a document before it is sent, in page order. */
export function validateDocument(d: DocumentDraft): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!d.kind) errors.push({ id: DOC_IDS.kind, message: 'Select the kind of document' });
  if (!d.title.trim()) errors.push({ id: DOC_IDS.title, message: 'Enter a title for the document' });
  else if (d.title.trim().length > 200) errors.push({ id: DOC_IDS.title, message: 'Title must be 200 characters or fewer' });
  if (!d.source) errors.push({ id: DOC_IDS.source, message: 'Select whether you are typing the text or uploading a file' });
  if (d.source === 'text') {
    if (!d.text.trim()) errors.push({ id: DOC_IDS.text, message: 'Enter the text of the document' });
    else if (d.text.length > MAX_TEXT) errors.push({ id: DOC_IDS.text, message: 'The text must be 20,000 characters or fewer' });
  }
  if (d.source === 'file') {
    const problem = d.file ? fileProblem(d.file) : 'Select a file';
    if (problem) errors.push({ id: DOC_IDS.file, message: problem });
  }
  return errors;
}

/** The control a field of the service's answer belongs to (`file.contentType` → the file input). */
export function documentFieldId(field: string, source: DocumentDraft['source']): string {
  if (field === 'kind') return DOC_IDS.kind;
  if (field === 'title') return DOC_IDS.title;
  if (field === 'text' || field.startsWith('file')) return source === 'file' ? DOC_IDS.file : DOC_IDS.text;
  return DOC_IDS.title;
}

/** The request body: the text, or the file with its content type and base64 bytes. */
export function toDocumentInput(
  d: DocumentDraft,
  file?: { contentType: NonNullable<EventDocumentInput['file']>['contentType']; contentBase64: string },
): EventDocumentInput {
  const base = { kind: d.kind as EventDocumentKind, title: d.title.trim() };
  if (d.source === 'file' && d.file && file) return { ...base, file: { fileName: d.file.name, ...file } };
  return { ...base, text: d.text };
}
