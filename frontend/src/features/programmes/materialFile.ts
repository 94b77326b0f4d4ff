/** The most a material file may weigh (the contract: 5 MB once decoded). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  txt: 'text/plain',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};
const ACCEPTED = new Set<string>(Object.values(BY_EXTENSION));

/** `accept` of the file input: the extensions and the types the service takes. */
export const ACCEPT = [...Object.keys(BY_EXTENSION).map((e) => `.${e}`), ...ACCEPTED].join(',');

/** The content type the service accepts for a file (by the browser's type, else its extension), or null. */
export function acceptedContentType(file: { name: string; type: string }): string | null {
  if (ACCEPTED.has(file.type)) return file.type;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? null;
}

/** Why a chosen file cannot be sent, in the words of the error summary; null when it can. */
export function fileProblem(file: { name: string; type: string; size: number }): string | null {
  if (!acceptedContentType(file)) return 'The selected file must be a PDF, Word, PowerPoint, text, PNG or JPEG file';
  if (file.size === 0) return 'The selected file is empty';
  if (file.size > MAX_FILE_BYTES) return 'The selected file must be smaller than 5 MB';
  return null;
}

/** The file's bytes as base64 (without the data URL prefix). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** "820 bytes", "12 KB", "1.5 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
