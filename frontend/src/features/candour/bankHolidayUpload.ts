/** The largest file the API takes (characters of text). */
export const MAX_CHARACTERS = 200_000;

/** Why a chosen bank holiday file cannot be sent, in the words of the error summary; null when it can. */
export function bankHolidayFileProblem(file: { name: string; size: number } | null): string | null {
  if (!file) return 'Select a bank holiday file';
  if (!/\.(json|csv)$/i.test(file.name)) return 'The selected file must be a JSON or CSV file';
  if (file.size === 0) return 'The selected file is empty';
  if (file.size > MAX_CHARACTERS) return 'The selected file must be smaller than 200 KB';
  return null;
}

/** The file's text, as the API takes it. */
export function readAsText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}
