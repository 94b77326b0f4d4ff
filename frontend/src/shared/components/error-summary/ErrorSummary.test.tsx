import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NO_PROBLEM } from '../../forms/formProblem';
import { changedWhileWorking, ErrorSummary } from './ErrorSummary';

describe('the error summary', () => {
  it('links field messages to their controls, lists refusals and takes focus', () => {
    render(
      <>
        <input id="title" aria-label="Title" />
        <ErrorSummary problem={{ errors: [{ id: 'title', message: 'Enter a title' }], messages: ['The plan is closed'], conflict: false }} focusKey={1} />
      </>,
    );
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Enter a title' }).getAttribute('href')).toBe('#title');
    expect(screen.getByText('The plan is closed')).toBeTruthy();
    expect(document.activeElement?.className).toBe('nhsuk-error-summary');
  });

  it('titles refusals alone with the form’s words', () => {
    render(<ErrorSummary problem={{ ...NO_PROBLEM, messages: ['No access'] }} refusedTitle="The team has not been saved" />);
    expect(screen.getByRole('heading', { name: 'The team has not been saved' })).toBeTruthy();
  });

  it('offers to reload when someone else changed the record first', () => {
    let reloaded = false;
    render(<ErrorSummary problem={{ ...NO_PROBLEM, conflict: true }} conflict={changedWhileWorking('case', () => (reloaded = true))} />);
    expect(screen.getByRole('heading', { name: 'Someone else changed this case while you were working on it' })).toBeTruthy();
    act(() => screen.getByRole('button', { name: 'Reload the case' }).click());
    expect(reloaded).toBe(true);
  });

  it('shows nothing when there is no problem', () => {
    const { container } = render(<ErrorSummary problem={NO_PROBLEM} />);
    expect(container.innerHTML).toBe('');
  });
});
