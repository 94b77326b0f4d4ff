import { describe, expect, it } from 'vitest';
import { DOC_IDS, EMPTY_DOCUMENT, documentFieldId, toDocumentInput, validateDocument } from './documentForm';

describe('add a document form', () => {
  it('an empty form asks for the kind, the title and how the document is added', () => {
    expect(validateDocument(EMPTY_DOCUMENT).map((e) => e.id)).toEqual([DOC_IDS.kind, DOC_IDS.title, DOC_IDS.source]);
  });

  it('typed text must not be blank', () => {
    const errors = validateDocument({ ...EMPTY_DOCUMENT, kind: 'chronology', title: 'Chronology', source: 'text', text: '  ' });
    expect(errors).toEqual([{ id: DOC_IDS.text, message: 'Enter the text of the document' }]);
  });

  it('an upload needs a file of an accepted type', () => {
    const draft = { ...EMPTY_DOCUMENT, kind: 'report' as const, title: 'Report', source: 'file' as const };
    expect(validateDocument(draft)).toEqual([{ id: DOC_IDS.file, message: 'Select a file' }]);
    const exe = new File(['x'], 'tool.exe', { type: 'application/x-msdownload' });
    expect(validateDocument({ ...draft, file: exe })[0].id).toBe(DOC_IDS.file);
    expect(validateDocument({ ...draft, file: new File(['x'], 'r.pdf', { type: 'application/pdf' }) })).toEqual([]);
  });

  it('sends the text, or the file, never both', () => {
    const file = new File(['x'], 'r.pdf', { type: 'application/pdf' });
    const draft = { ...EMPTY_DOCUMENT, kind: 'report' as const, title: ' Report ', source: 'file' as const, text: 'left over', file };
    expect(toDocumentInput(draft, { contentType: 'application/pdf', contentBase64: 'eA==' })).toEqual({
      kind: 'report',
      title: 'Report',
      file: { fileName: 'r.pdf', contentType: 'application/pdf', contentBase64: 'eA==' },
    });
    expect(toDocumentInput({ ...draft, source: 'text' })).toEqual({ kind: 'report', title: 'Report', text: 'left over' });
  });

  it("the service's file errors point at the file input", () => {
    expect(documentFieldId('file.contentBase64', 'file')).toBe(DOC_IDS.file);
    expect(documentFieldId('text', 'text')).toBe(DOC_IDS.text);
  });
});
