// Self-test of the harness against a running Keycloak (needs E2E_KEYCLOAK_URL; run by
// scripts/e2e.sh before the specs). Checks the login page the suite visits is axe-clean, that a
// demo user can sign in on it, and that API tokens carry the roles and the psirf-api audience.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { launchBrowser, newPhonePage, expectAxeClean, apiToken, keycloakUrl, baseUrl } from './index.mjs';

const b64url = (buf) => buf.toString('base64url');

function loginPageUrl() {
  const verifier = b64url(randomBytes(32));
  const params = new URLSearchParams({
    client_id: 'psirf-spa',
    response_type: 'code',
    scope: 'openid',
    redirect_uri: `${baseUrl}/`,
    state: b64url(randomBytes(8)),
    code_challenge: b64url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
  });
  return `${keycloakUrl}/realms/psirf/protocol/openid-connect/auth?${params}`;
}

test('Keycloak login page is axe-clean (WCAG 2.2 AA), on a phone, also after a failed attempt', async () => {
  const browser = await launchBrowser();
  try {
    const page = await newPhonePage(browser);
    await page.goto(loginPageUrl());
    await page.locator('#username').waitFor();
    await expectAxeClean(page, 'Keycloak login page');
    await page.locator('#username').fill('sam.staff');
    await page.locator('#password').fill('wrong-password');
    await page.locator('#kc-login').click();
    await page.locator('#password').waitFor();
    await expectAxeClean(page, 'Keycloak login page with an error');
  } finally {
    await browser.close();
  }
});

test('a demo user signs in on the Keycloak form and is redirected back with a code', async () => {
  const browser = await launchBrowser();
  try {
    const page = await newPhonePage(browser);
    // Nothing needs to listen on baseUrl: stop at the redirect.
    await page.route(`${baseUrl}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>ok</title>' }));
    await page.goto(loginPageUrl());
    await page.locator('#username').fill('pat.pss');
    await page.locator('#password').fill('psirf-demo');
    await page.locator('#kc-login').click();
    await page.waitForURL((u) => u.href.startsWith(baseUrl));
    assert.ok(new URL(page.url()).searchParams.get('code'), `no code in ${page.url()}`);
  } finally {
    await browser.close();
  }
});

test('psirf-cli tokens carry realm roles and audience psirf-api', async () => {
  const token = await apiToken('chris.chief');
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
  assert.deepEqual([...claims.realm_access.roles].sort(), ['chief-nurse', 'staff']);
  assert.ok([].concat(claims.aud).includes('psirf-api'), `aud is ${claims.aud}`);
  assert.equal(claims.iss, `${keycloakUrl}/realms/psirf`);
});
