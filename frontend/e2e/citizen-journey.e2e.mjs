// Browser end-to-end test of issue 17 (citizens), on a 360-px phone: a poster's QR code opens
// /c/{courseId}?commune=…, the citizen signs up on Keycloak's own registration page, completes the
// registration in the app (commune from the poster, year of birth from Keycloak, consent), is enrolled
// in the open course and lands on its player; then downloads their data and deletes their account,
// after which Keycloak no longer knows them. The demo citizen (seeded: course watched, quiz passed)
// downloads their certificate on the same phone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  KEYCLOAK_REALM_URL,
  api,
  apiToken,
  backInTheApp,
  expectVisible,
  logIn,
  openBrowser,
  publishedCourseId,
  shot,
} from './support.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAG = Date.now().toString().slice(-8);
const PASSWORD = 'Citizen@2026';
let browser;

before(async () => {
  browser = await openBrowser({ width: 360, height: 740 });
});

after(async () => {
  await browser?.close();
});

async function eventually(what, probe, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) assert.fail(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

/** Fits a 360-px screen without sideways scrolling, and axe finds nothing critical or serious. */
async function noHorizontalScroll(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `${where} fits a 360-px screen (overflow ${overflow} px)`);
  await page.evaluate(AXE_SOURCE);
  const findings = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  assert.deepEqual(findings, [], `axe on ${where}`);
}

test('a citizen scans a poster, signs up in Keycloak, completes the registration, is enrolled and learns; then takes their data and leaves', async () => {
  const { page } = browser;
  const admin = await apiToken('demo.admin');
  const courseId = await publishedCourseId(admin);
  await api(admin, 'PUT', `/api/open-courses/${courseId}`);

  // The QR code of a poster printed for Diễn Kỷ.
  await page.goto(`${BASE_URL}/c/${courseId}?commune=NA-DIENCHAU-DIENKY`);
  await expectVisible(page.getByTestId('open-course-landing'), 'the open course landing page');
  await eventually('the poster commune chosen', async () => (await page.locator('#landing-commune').inputValue()) !== '');
  await noHorizontalScroll(page, 'the landing page');
  await shot(page, 'citizen-1-landing');

  await page.getByTestId('landing-register').click();
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK_REALM_URL));
  await expectVisible(page.locator('#kc-register-form'), "Keycloak's registration form");
  await noHorizontalScroll(page, 'the registration page');
  await shot(page, 'citizen-2-keycloak-registration');
  const username = `dan${TAG}`;
  await page.fill('#username', username);
  await page.fill('#email', `${username}@citizen.example`);
  await page.fill('#firstName', 'Thị Hoa');
  await page.fill('#lastName', 'Nguyễn');
  await page.fill('#password', PASSWORD);
  await page.fill('#password-confirm', PASSWORD);
  await page.fill('#birth_year', '1984');
  await page.check('#gender-FEMALE');
  await page.check('#citizen_consent-YES');
  await page.locator('#kc-register-form [type=submit]').click();

  await backInTheApp(page, 'the new citizen');
  await expectVisible(page.getByTestId('citizen-profile'), 'the registration form of the app');
  assert.equal(await page.locator('#citizen-birth-year').inputValue(), '1984', 'year of birth carried from Keycloak');
  assert.notEqual(await page.locator('#citizen-commune').inputValue(), '', 'commune carried from the poster');
  await noHorizontalScroll(page, 'the registration form');
  await shot(page, 'citizen-3-profile');
  await page.getByTestId('citizen-consent').check();
  await page.getByTestId('citizen-profile-save').click();

  await page.waitForURL((url) => /\/learn\/\d+/.test(url.pathname), { timeout: 60_000 });
  await expectVisible(page.getByTestId('learn-title'), 'the course player');
  await noHorizontalScroll(page, 'the course player');
  await shot(page, 'citizen-4-player');
  const citizen = await (await fetch(`${KEYCLOAK_REALM_URL}protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'hocso-test', username, password: PASSWORD }),
  })).json();
  const mine = await api(citizen.access_token, 'GET', '/api/me/enrolments');
  const open = mine.find((e) => e.courseId === courseId);
  assert.ok(open, 'enrolled in the open course');
  assert.equal(open.deadline, null, 'no deadline for a citizen');

  // Their data: download it, then delete the account.
  await page.goto(`${BASE_URL}/citizen/data`);
  await expectVisible(page.getByTestId('my-data'), 'my data');
  await noHorizontalScroll(page, 'my data');
  await shot(page, 'citizen-5-my-data');
  const downloading = page.waitForEvent('download');
  await page.getByTestId('my-data-download').click();
  const data = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
  assert.equal(data.profile.communeCode, 'NA-DIENCHAU-DIENKY');
  assert.equal(data.enrolments.length, 1);
  await page.getByTestId('my-data-delete').click();
  await page.getByTestId('my-data-confirm').getByRole('button', { name: /Xóa vĩnh viễn|Delete for good/ }).click();
  await eventually('the account gone from Keycloak', async () => {
    const response = await fetch(`${KEYCLOAK_REALM_URL}protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'hocso-test', username, password: PASSWORD }),
    });
    // Keycloak answers an unknown user's password grant with 400 invalid_grant (401 is a wrong password).
    return response.status === 400 && (await response.json()).error === 'invalid_grant';
  }, 30_000);
});

test('the demo citizen, who passed the open course, downloads the certificate on a phone', async () => {
  const { page } = await openBrowser({ width: 360, height: 740 }).then((b) => {
    browser.extra = b;
    return b;
  });
  try {
    const token = await apiToken('demo.citizen');
    await eventually('the demo citizen certified', async () => (await api(token, 'GET', '/api/me/certificates')).length > 0);
    await logIn(page, 'demo.citizen');
    await backInTheApp(page, 'demo.citizen');
    const certificates = page.getByTestId('my-certificates');
    await expectVisible(certificates, "the citizen's certificates");
    await noHorizontalScroll(page, "the citizen's home");
    await shot(page, 'citizen-6-certificate');
    const downloading = page.waitForEvent('download');
    await certificates.getByTestId('certificate-pdf').first().click();
    const pdf = readFileSync(await (await downloading).path());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'the certificate downloads as a PDF');
  } finally {
    await browser.extra?.close();
  }
});
