import { screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { getByPath, ok, problem } from '../../test/fakeApi';
import { ShowLocation, authState, renderAt } from '../../test/helpers';
import { AddValuePage } from './AddValuePage';
import { driversAsText, parseDrivers } from './driverText';
import { NewProjectPage } from './NewProjectPage';
import { PostUpdatePage } from './PostUpdatePage';
import { ProjectPage } from './ProjectPage';
import { ProjectUpdatesPanel } from './ProjectUpdatesPanel';
import { ProjectsListPage } from './ProjectsListPage';
import { RunChartPage, signalSummary } from './RunChartPage';
import { CARA_COACH_ID, CHART, IVY_ID, MEASURE_ID, PROJECT, SAM_ID, SUMMARY } from './testProjects';

// The forms type a lot; the shared 2-core machine is slow.
vi.setConfig({ testTimeout: 20_000 });

const COACH: Role[] = ['coach'];
const STAFF: Role[] = ['staff'];

async function paste(control: HTMLElement, text: string) {
  await userEvent.click(control);
  await userEvent.paste(text);
}

/** Renders the page at its route; `then` is where the page goes next (it shows the location). */
function render(path: string, route: string, element: ReactNode, roles: Role[], api: Record<string, unknown>, then?: string) {
  const routes = [{ path: route, element }, ...(then ? [{ path: then, element: <ShowLocation /> }] : [])];
  renderAt(path, routes, authState({ roles, api: api as unknown as ApiClient }));
}

describe('QI projects list and home panel', () => {
  it('lists the projects with their sponsor, coaches and the monthly update overdue in words', async () => {
    render('/qi-projects', '/qi-projects', <ProjectsListPage />, COACH, { GET: vi.fn(async () => ok([SUMMARY])) });
    const link = await screen.findByRole('link', { name: SUMMARY.title });
    expect(link.getAttribute('href')).toBe(`/qi-projects/${SUMMARY.id}`);
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('Update overdue')).toBeTruthy();
    expect(within(row).getByText('Was due 1 November 2026')).toBeTruthy();
    expect(within(row).getByText('Cara Coach')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start a QI project' })).toBeTruthy();
  });

  it('a staff member in no project is told so and is not offered to start one', async () => {
    render('/qi-projects', '/qi-projects', <ProjectsListPage />, STAFF, { GET: vi.fn(async () => ok([])) });
    expect(await screen.findByText('You are not part of any QI project at the moment.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Start a QI project' })).toBeNull();
  });

  it('the home panel counts the project updates overdue and links each project', async () => {
    const upToDate = { ...SUMMARY, id: 'other', title: 'Falls on Ward 3', updateOverdue: false };
    render('/', '/', <ProjectUpdatesPanel />, COACH, { GET: vi.fn(async () => ok([SUMMARY, upToDate])) });
    expect(await screen.findByRole('heading', { name: 'Project updates overdue (1)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: SUMMARY.title })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Falls on Ward 3' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Your QI projects (2)' }).getAttribute('href')).toBe('/qi-projects');
  });

  it('the home panel shows nothing to someone in no project', async () => {
    const get = vi.fn(async () => ok([]));
    const { container } = renderAt('/', [{ path: '/', element: <ProjectUpdatesPanel /> }], authState({ roles: STAFF, api: { GET: get } as unknown as ApiClient }));
    await vi.waitFor(() => expect(get).toHaveBeenCalled());
    expect(container.querySelector('section')).toBeNull();
  });
});

describe('a QI project', () => {
  it('shows the aim, the driver diagram as nested lists, the safety action by reference only, and the measures', async () => {
    render(`/qi-projects/${PROJECT.id}`, '/qi-projects/:id', <ProjectPage id={PROJECT.id} />, COACH, {
      GET: getByPath({ '/api/v1/qi-projects/{projectId}': PROJECT }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: PROJECT.title })).toBeTruthy();
    expect(screen.getByText(PROJECT.aim)).toBeTruthy();
    const secondary = screen.getByRole('list', { name: 'Secondary drivers of Reliable supply' });
    expect(within(secondary).getByText('Stock checked daily')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Change ideas for Stock checked daily' })).getByText('Pharmacy round at 2pm')).toBeTruthy();
    expect(screen.getByText(/SA-2026-0004/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Missed doses' }).getAttribute('href')).toBe(`/qi-projects/${PROJECT.id}/measures/${MEASURE_ID}`);
    expect(screen.getAllByText('Update overdue').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Post the monthly update' })).toBeTruthy();
  });

  it('the sponsor reads the project but is offered nothing to record', async () => {
    const sponsorView = { ...PROJECT, myPart: ['sponsor' as const], canChange: false, canRecordWork: false, canPostUpdate: false };
    render(`/qi-projects/${PROJECT.id}`, '/qi-projects/:id', <ProjectPage id={PROJECT.id} />, STAFF, {
      GET: getByPath({ '/api/v1/qi-projects/{projectId}': sponsorView }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: PROJECT.title })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Post the monthly update' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Add a measure' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Record a PDSA cycle' })).toBeNull();
  });
});

describe('a run chart', () => {
  it('draws the values as an image with the median and the shift marked, with a legend and a table of the values', async () => {
    render(`/qi-projects/${PROJECT.id}/measures/${MEASURE_ID}`, '/qi-projects/:id/measures/:measureId', <RunChartPage projectId={PROJECT.id} measureId={MEASURE_ID} />, COACH, {
      GET: getByPath({ '/api/v1/qi-projects/{projectId}/measures/{measureId}': CHART }),
    });
    const chart = await screen.findByRole('img', { name: /Run chart of Missed doses/ });
    expect(chart.querySelector('[data-testid="median"]')).not.toBeNull();
    expect(chart.querySelectorAll('[data-rule="shift"]')).toHaveLength(6);
    expect(chart.querySelectorAll('[data-testid="pdsa"]')).toHaveLength(1);
    expect(within(screen.getByRole('list', { name: 'Legend' })).getByText(/Shift: 6 or more values/)).toBeTruthy();
    expect(within(screen.getByTestId('signals')).getByText('Shift: 6 values are part of a shift.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Values of Missed doses' });
    expect(within(table).getAllByRole('row')).toHaveLength(17);
    expect(within(table).getByText('Pharmacy round started')).toBeTruthy();
    expect(screen.getByText('11 (5 to 13 expected)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add a value' })).toBeTruthy();
  });

  it('says no signal is shown until the baseline has ten values', () => {
    expect(signalSummary({ ...CHART, signalsShown: false, baselineCount: 7, points: CHART.points.slice(0, 7) })).toEqual([
      'Signals are shown once the baseline has 10 values; it has 7.',
    ]);
    expect(signalSummary({ ...CHART, tooFewRuns: true, runs: 2, points: CHART.points.map((p) => ({ ...p, rules: [] })) })).toEqual([
      'Too few runs: 2, where 5 to 13 are expected.',
    ]);
  });
});

describe('recording a project’s work', () => {
  it('adds a value with its note and astronomical flag, then goes back to the chart', async () => {
    const post = vi.fn(async () => ok(CHART, 201));
    render(`/qi-projects/${PROJECT.id}/measures/${MEASURE_ID}/values/new`, '/qi-projects/:id/measures/:measureId/values/new', <AddValuePage projectId={PROJECT.id} measureId={MEASURE_ID} />, STAFF, {
      POST: post,
    }, '/qi-projects/:id/measures/:measureId');
    const date = screen.getByRole('group', { name: 'Date' });
    await userEvent.type(within(date).getByLabelText('Day'), '7');
    await userEvent.type(within(date).getByLabelText('Month'), '9');
    await userEvent.type(within(date).getByLabelText('Year'), '2026');
    await userEvent.type(screen.getByLabelText('Value'), '30');
    await userEvent.type(screen.getByLabelText('Note (optional)'), 'System down');
    await userEvent.click(screen.getByLabelText('This is an astronomical point'));
    await userEvent.click(screen.getByRole('button', { name: 'Add the value' }));
    expect(post).toHaveBeenCalledWith('/api/v1/qi-projects/{projectId}/measures/{measureId}/data-points', {
      params: { path: { projectId: PROJECT.id, measureId: MEASURE_ID } },
      body: { points: [{ date: '2026-09-07', value: 30, astronomical: true, note: 'System down' }] },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/qi-projects/${PROJECT.id}/measures/${MEASURE_ID}`);
  });

  it('a date the measure already has is shown against the date, and nothing else is lost', async () => {
    const post = vi.fn(async () =>
      problem(400, [{ field: 'points[0].date', code: 'duplicate-date', message: 'There is already a value for this date' }]),
    );
    render(`/x`, '/x', <AddValuePage projectId={PROJECT.id} measureId={MEASURE_ID} />, STAFF, { POST: post });
    const date = screen.getByRole('group', { name: 'Date' });
    await userEvent.type(within(date).getByLabelText('Day'), '7');
    await userEvent.type(within(date).getByLabelText('Month'), '9');
    await userEvent.type(within(date).getByLabelText('Year'), '2026');
    await userEvent.type(screen.getByLabelText('Value'), '8');
    await userEvent.click(screen.getByRole('button', { name: 'Add the value' }));
    expect(await screen.findAllByText('There is already a value for this date')).toHaveLength(2);
    expect((screen.getByLabelText('Value') as HTMLInputElement).value).toBe('8');
  });

  it('checks the value before sending', async () => {
    const post = vi.fn();
    render(`/x`, '/x', <AddValuePage projectId={PROJECT.id} measureId={MEASURE_ID} />, STAFF, { POST: post });
    await userEvent.click(screen.getByRole('button', { name: 'Add the value' }));
    expect(await screen.findAllByText('Enter the value')).toHaveLength(2);
    expect(screen.getAllByText('Enter the date of the value')).toHaveLength(2);
    expect(post).not.toHaveBeenCalled();
  });

  it('someone outside the project is told only the team or a coach posts the update', async () => {
    const post = vi.fn(async () => problem(403));
    render(`/x`, '/x', <PostUpdatePage projectId={PROJECT.id} />, STAFF, { POST: post });
    await userEvent.type(screen.getByLabelText('Progress this month'), 'All good');
    await userEvent.click(screen.getByRole('button', { name: 'Post the update' }));
    expect(await screen.findByText('Only a member of the project’s team or a coach of it posts the monthly update.')).toBeTruthy();
  });
});

describe('starting a project', () => {
  it('names the sponsor, team, coaches and the driver diagram typed one line each', async () => {
    const get = getByPath({
      '/api/v1/qi-projects/options': {
        coaches: [{ coachId: CARA_COACH_ID, name: 'Cara Coach', kind: 'lived-experience' }],
        people: [
          { personId: IVY_ID, name: 'Ivy Advisor', jobRole: 'Improvement advisor' },
          { personId: SAM_ID, name: 'Sam Staff', jobRole: null },
        ],
      },
    });
    const post = vi.fn(async () => ok(PROJECT, 201));
    render('/qi-projects/new', '/qi-projects/new', <NewProjectPage />, COACH, { GET: get, POST: post }, '/qi-projects/:id');
    expect(get).toHaveBeenCalledWith('/api/v1/qi-projects/options', { params: { query: {} } });
    await paste(await screen.findByLabelText('Find the sponsor and team members'), 'sta');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(get).toHaveBeenCalledWith('/api/v1/qi-projects/options', { params: { query: { search: 'sta' } } });
    await paste(await screen.findByLabelText('Title'), 'Fewer missed doses');
    await paste(screen.getByLabelText('Aim statement'), 'From 12 to 4 a week');
    await userEvent.selectOptions(screen.getByLabelText('Sponsor'), IVY_ID);
    const date = screen.getByRole('group', { name: 'Date the project started' });
    await userEvent.type(within(date).getByLabelText('Day'), '1');
    await userEvent.type(within(date).getByLabelText('Month'), '7');
    await userEvent.type(within(date).getByLabelText('Year'), '2026');
    await userEvent.click(screen.getByLabelText('Sam Staff'));
    await userEvent.click(screen.getByLabelText('Cara Coach'));
    await paste(screen.getByLabelText('Driver diagram (optional)'), 'Reliable supply\n- Stock checked daily\n-- Pharmacy round');
    await userEvent.click(screen.getByRole('button', { name: 'Start the project' }));
    expect(post).toHaveBeenCalledWith('/api/v1/qi-projects', {
      body: {
        title: 'Fewer missed doses',
        aim: 'From 12 to 4 a week',
        sponsorPersonId: IVY_ID,
        startedOn: '2026-07-01',
        teamPersonIds: [SAM_ID],
        coachIds: [CARA_COACH_ID],
        drivers: [{ text: 'Reliable supply', secondaryDrivers: [{ text: 'Stock checked daily', changeIdeas: ['Pharmacy round'] }] }],
      },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/qi-projects/${PROJECT.id}`);
  }, 40_000);
});

describe('the driver diagram typed as text', () => {
  it('reads primary and secondary drivers and change ideas by their dashes, and writes them back the same way', () => {
    const text = 'Reliable supply\n- Stock checked daily\n-- Pharmacy round\n-- Huddle check\nSafe prescribing';
    const parsed = parseDrivers(text);
    expect(parsed.error).toBeNull();
    expect(parsed.drivers).toEqual([
      { text: 'Reliable supply', secondaryDrivers: [{ text: 'Stock checked daily', changeIdeas: ['Pharmacy round', 'Huddle check'] }] },
      { text: 'Safe prescribing', secondaryDrivers: [] },
    ]);
    expect(driversAsText(parsed.drivers)).toBe(text);
  });

  it('refuses a change idea with no secondary driver above it', () => {
    expect(parseDrivers('-- Pharmacy round').error).toBe('Put the change idea "Pharmacy round" under a secondary driver');
  });
});
