// Harness for the browser end-to-end suite (e2e/specs/). The stack is started by
// scripts/e2e.sh (make test-e2e), which sets E2E_BASE_URL and E2E_KEYCLOAK_URL.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/** The one URL of the product under test (backend serving the SPA and /api). */
export const baseUrl = (process.env.E2E_BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
/** Keycloak base URL (realm psirf lives under /realms/psirf). */
export const keycloakUrl = (process.env.E2E_KEYCLOAK_URL || 'http://localhost:8180').replace(/\/$/, '');
export const DEMO_PASSWORD = 'psirf-demo';
/** Demo users of the dev realm (docs/conventions.md). */
export const demoUsers = {
  'sam.staff': ['staff'],
  'pat.pss': ['patient-safety-specialist', 'staff'],
  'chris.chief': ['chief-nurse', 'staff'],
  'lee.lead': ['learning-response-lead', 'staff'],
  'cara.coach': ['coach'],
  'priya.partner': ['patient-safety-partner'],
  'wes.workforce': ['workforce-partner', 'staff'],
  'ivy.advisor': ['improvement-advisor', 'staff'],
};

const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';

/**
 * Headless Debian Chromium. Playwright gives every launch a fresh temporary
 * user-data dir (removed on close).
 */
export async function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    ...options,
  });
}

/** A new page in a fresh context that looks like a phone (390×844, touch). */
export async function newPhonePage(browser, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    ...options,
  });
  return context.newPage();
}

/**
 * Signs in through the real Keycloak login form: opens baseUrl, clicks "Sign in", fills
 * #username / #password, submits and waits until the SPA is back on baseUrl and signed in.
 */
export async function loginAs(page, username, password = DEMO_PASSWORD) {
  await page.goto(baseUrl + '/');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.href.startsWith(keycloakUrl), { timeout: 30_000 });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await Promise.all([
    page.waitForURL((url) => url.href.startsWith(baseUrl), { timeout: 30_000 }),
    page.locator('#kc-login, [type=submit]').first().click(),
  ]);
  // Back on the SPA: wait until it has processed the code and shows the signed-in header.
  await page.getByText('Sign out', { exact: true }).first().waitFor({ timeout: 30_000 });
}

/** Runs axe (WCAG 2.0, 2.1, 2.2 levels A and AA) and throws listing every violation. */
export async function expectAxeClean(page, label = page.url()) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  if (results.violations.length > 0) {
    const lines = results.violations.map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`);
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s))\n${nodes.join('\n')}`;
    });
    throw new Error(`axe: ${results.violations.length} accessibility violation(s) on ${label}:\n${lines.join('\n')}`);
  }
  return results;
}

/** An access token for a demo user (psirf-cli password grant, dev realm only) for API calls. */
export async function apiToken(username, password = DEMO_PASSWORD) {
  const res = await fetch(`${keycloakUrl}/realms/psirf/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'psirf-cli', username, password }),
  });
  if (!res.ok) throw new Error(`token for ${username}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()).access_token;
}

/** fetch() against the API with a demo user's token: api('sam.staff', '/api/v1/me'). */
export async function api(username, path, init = {}) {
  const token = await apiToken(username);
  return fetch(baseUrl + path, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(init.headers || {}) },
  });
}
