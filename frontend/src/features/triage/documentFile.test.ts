import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, acceptedContentType, downloadName, fileProblem, formatSize, readAsBase64 } from './documentFile';

describe('document files', () => {
  it('a Word file without a browser type is recognised by its extension', () => {
    expect(acceptedContentType({ name: 'Account.DOCX', type: '' })).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(acceptedContentType({ name: 'scan.png', type: 'image/png' })).toBe('image/png');
  });

  it('a file of another type is refused before it is sent', () => {
    expect(fileProblem({ name: 'macro.xlsm', type: 'application/vnd.ms-excel', size: 10 })).toBe(
      'The selected file must be a PDF, Word document, text file, PNG or JPEG',
    );
  });

  it('a file over 5 MB is refused, one of exactly 5 MB is taken', () => {
    expect(fileProblem({ name: 'big.pdf', type: 'application/pdf', size: MAX_FILE_BYTES + 1 })).toBe('The selected file must be smaller than 5 MB');
    expect(fileProblem({ name: 'ok.pdf', type: 'application/pdf', size: MAX_FILE_BYTES })).toBeNull();
  });

  it('an empty file is refused', () => {
    expect(fileProblem({ name: 'empty.txt', type: 'text/plain', size: 0 })).toBe('The selected file is empty');
  });

  it('reads a file as base64 without the data URL prefix', async () => {
    expect(await readAsBase64(new Blob(['hello'], { type: 'text/plain' }))).toBe('aGVsbG8=');
  });

  it('sizes read as bytes, KB or MB', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(820)).toBe('820 bytes');
    expect(formatSize(12 * 1024)).toBe('12 KB');
    expect(formatSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });

  it('a text document downloads under its title, a file under its own name', () => {
    expect(downloadName({ title: 'Chronology: 20/11 visit', format: 'text' })).toBe('Chronology-2011-visit.txt');
    expect(downloadName({ title: 'x', fileName: 'scan.pdf', format: 'file' })).toBe('scan.pdf');
  });
});
