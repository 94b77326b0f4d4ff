import { describe, expect, it } from 'vitest';
import { listSearch, pageFrom, statusFrom } from './listParams';

describe('list page address', () => {
  it('keeps only a known status and a sensible page', () => {
    const known = ['approved', 'awaiting-chair-approval'] as const;
    expect(statusFrom(new URLSearchParams('status=approved'), known)).toBe('approved');
    expect(statusFrom(new URLSearchParams('status=<script>'), known)).toBeUndefined();
    expect(pageFrom(new URLSearchParams('page=3'))).toBe(3);
    expect(pageFrom(new URLSearchParams('page=-2'))).toBe(0);
    expect(pageFrom(new URLSearchParams('page=x'))).toBe(0);
  });

  it('writes only what is set', () => {
    expect(listSearch('')).toBe('');
    expect(listSearch('approved', 2)).toBe('?status=approved&page=2');
    expect(listSearch('', 1)).toBe('?page=1');
  });
});
