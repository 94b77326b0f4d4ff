/** The status filter of a list page, when the address names a known one. */
export function statusFrom<T extends string>(params: URLSearchParams, known: readonly T[]): T | undefined {
  const value = params.get('status');
  return known.includes(value as T) ? (value as T) : undefined;
}

/** The zero-based page of a list page (anything odd is the first page). */
export function pageFrom(params: URLSearchParams): number {
  return Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
}

/** `?status=…&page=…` with only what is set. */
export function listSearch(status: string, page = 0): string {
  const p = new URLSearchParams();
  if (status) p.set('status', status);
  if (page > 0) p.set('page', String(page));
  const s = p.toString();
  return s ? `?${s}` : '';
}
