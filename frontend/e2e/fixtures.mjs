// The browser tests' test runner: @playwright/test with what every test of Học Số needs — each person
// in a browser context of their own (their own Keycloak session), the Content-Security-Policy watched
// on every page, Keycloak logins, axe and 360-px checks, and waiting for the demo data the app loads in
// the background after start-up. Scene-setting API calls are in support.mjs.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { api, ARTIFACTS, BASE_URL, DEMO_PASSWORD, KEYCLOAK_REALM_URL } from './support.mjs';

export { expect };

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every page of the context reports what the app's Content-Security-Policy blocked. */
function watchCsp(context, violations) {
  const watch = (page) =>
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text()) && page.url().startsWith(BASE_URL)) {
        violations.push(`${page.url()}: ${message.text()}`);
      }
    });
  context.pages().forEach(watch);
  context.on('page', watch);
}

export const test = base.extend({
  // Every browser test also checks that the app's Content-Security-Policy blocked nothing it needs.
  cspViolations: [
    async ({}, use) => {
      const violations = [];
      await use(violations);
      expect(violations, 'the Content-Security-Policy blocked something the app needs').toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, cspViolations }, use) => {
    watchCsp(context, cspViolations);
    await use(context);
  },
  /**
   * Another person's browser (a context of its own: cookies, storage, Keycloak session), closed after
   * the test; its trace and, on failure, its screenshot are kept like the main page's.
   */
  newSession: async ({ browser, cspViolations }, use) => {
    const contexts = [];
    await use(async (viewport = DESKTOP) => {
      const context = await browser.newContext({ viewport });
      contexts.push(context);
      watchCsp(context, cspViolations);
      return { context, page: await context.newPage() };
    });
    for (const context of contexts) await context.close();
  },
});

/** A full-page screenshot kept under E2E_ARTIFACTS (what the page looked like, for people to see). */
export async function shot(page, name, options = {}) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, ...options });
}

export async function expectKeycloakLogin(page) {
  await expect(page, "Keycloak's login page").toHaveURL((url) => url.href.startsWith(KEYCLOAK_REALM_URL));
  await expect(page.locator('#username'), "Keycloak's username field").toBeVisible();
  await expect(page.locator('#password'), "Keycloak's password field").toBeVisible();
}

/** Opens the app, is sent to Keycloak and logs in (a password to change may follow). */
export async function submitLogin(page, username, password = DEMO_PASSWORD) {
  await page.goto('/');
  await expectKeycloakLogin(page);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
}

export async function expectBackInTheApp(page) {
  await expect(page, 'back in the app after Keycloak').toHaveURL((url) => url.href.startsWith(BASE_URL));
}

/** Opens the app, logs in through Keycloak and is back in the app. */
export async function logIn(page, username, password = DEMO_PASSWORD) {
  await submitLogin(page, username, password);
  await expectBackInTheApp(page);
}

/** A person's own browser at the given size, logged in. */
export async function loggedIn(newSession, username, viewport = PHONE) {
  const session = await newSession(viewport);
  await logIn(session.page, username);
  return session;
}

/**
 * Waits (polling every 2 s) until `probe` answers something truthy, and returns it: for what the app
 * does in the background (the demo data after start-up, a job, a certificate issued by an event).
 */
export async function eventually(what, probe, timeout = 180_000) {
  let value;
  await expect
    .poll(async () => (value = await probe()), { message: `still waiting for ${what}`, timeout, intervals: [1_000, 2_000] })
    .toBeTruthy();
  return value;
}

/**
 * A published course a new wave may teach. The demo course is published in the background a few
 * seconds after start-up (its videos are rendered first), so this waits for one, up to 3 minutes.
 */
export async function publishedCourseId(token) {
  const course = await eventually('a published course (is ffmpeg installed for the demo course?)', async () => {
    const courses = await api(token, 'GET', '/api/courses?status=PUBLISHED');
    return courses.find((c) => c.code === 'CDS-CBCCVC') ?? courses[0];
  });
  return course.id;
}

/** The demo data's waves (the demo scenario opens its wave once the course is published). */
export async function demoWaves(token) {
  return eventually('a wave in the demo data', async () => {
    const waves = await api(token, 'GET', '/api/waves');
    return waves.length > 0 ? waves : undefined;
  });
}

/** axe on the current page: the critical and serious violations, by rule. */
export async function axeFindings(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

/** axe finds nothing critical or serious on the page as it is. */
export async function expectAxeClean(page, where) {
  expect(await axeFindings(page), `axe on ${where} found critical/serious problems`).toEqual([]);
}

/** Presses the app's language button (it may sit in the phone's closed menu) and waits for the switch. */
export async function switchLanguage(page, language) {
  await page.evaluate((lang) => document.querySelector(`[data-testid="lang-${lang}"]`)?.click(), language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/**
 * In Vietnamese and in English, axe finds nothing critical or serious; `each(language)` adds checks in
 * each language. The page is left in Vietnamese.
 */
export async function expectAxeCleanInBothLanguages(page, where, each = async () => {}) {
  for (const language of ['vi', 'en']) {
    await switchLanguage(page, language);
    await page.waitForLoadState('networkidle').catch(() => {});
    expect(await axeFindings(page), `axe on ${where} (${language}) found critical/serious problems`).toEqual([]);
    await each(language);
  }
  await switchLanguage(page, 'vi');
}

/**
 * How far the page scrolls sideways: its scroll width past the window's inner width, or with
 * `{ client: true }` past the root's client width (the inner width less a vertical scroll bar).
 */
export async function sidewaysOverflow(page, { client = false } = {}) {
  return page.evaluate(
    (againstClient) =>
      document.documentElement.scrollWidth - (againstClient ? document.documentElement.clientWidth : window.innerWidth),
    client,
  );
}

/** Fits the screen's width (at most `tolerance` px of sideways scrolling). */
export async function expectNoSidewaysScroll(page, where, tolerance = 1, { client = false } = {}) {
  const overflow = await sidewaysOverflow(page, { client });
  expect(overflow, `${where} scrolls sideways by ${overflow} px on a ${page.viewportSize()?.width}-px screen`).toBeLessThanOrEqual(tolerance);
}

/** Fits a 360-px screen without sideways scrolling, and axe finds nothing critical or serious. */
export async function expectPhoneReady(page, where) {
  await expectNoSidewaysScroll(page, where);
  await expectAxeClean(page, where);
}

/** Clicks `trigger` and answers the downloaded file's bytes. */
export async function download(page, trigger) {
  const downloading = page.waitForEvent('download');
  await trigger.click();
  return readFileSync(await (await downloading).path());
}

export function expectPdf(bytes, what) {
  expect(bytes.subarray(0, 5).toString('latin1'), `${what} downloads as a PDF`).toBe('%PDF-');
}
