import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

function Broken(): never {
  throw new Error('{"raw":"internal details"}');
}

describe('error boundary', () => {
  it('shows a plain message, never the error itself', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Sorry, there is a problem with the service' })).toBeTruthy();
    expect(screen.queryByText(/internal details/)).toBeNull();
    spy.mockRestore();
  });
});
