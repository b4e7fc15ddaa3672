// Browser end-to-end test of issue 17 (citizens), on a 360-px phone: a poster's QR code opens
// /c/{courseId}?commune=…, the citizen signs up on Keycloak's own registration page, completes the
// registration in the app (commune from the poster, year of birth from Keycloak, consent), is enrolled
// in the open course and lands on its player; then downloads their data and deletes their account,
// after which Keycloak no longer knows them. The demo citizen (seeded: course watched, quiz passed)
// downloads their certificate on the same phone.
import {
  download,
  eventually,
  expect,
  expectBackInTheApp,
  expectPdf,
  expectPhoneReady,
  logIn,
  PHONE,
  publishedCourseId,
  shot,
  test,
} from './fixtures.mjs';
import { api, apiToken, KEYCLOAK_REALM_URL, passwordGrant } from './support.mjs';

const TAG = Date.now().toString().slice(-8);
const PASSWORD = 'Citizen@2026';

test.use({ viewport: PHONE });

test('a citizen scans a poster, signs up in Keycloak, completes the registration, is enrolled and learns; then takes their data and leaves', async ({
  page,
}) => {
  const admin = await apiToken('demo.admin');
  const courseId = await publishedCourseId(admin);
  await api(admin, 'PUT', `/api/open-courses/${courseId}`);

  // The QR code of a poster printed for Diễn Kỷ.
  await page.goto(`/c/${courseId}?commune=NA-DIENCHAU-DIENKY`);
  await expect(page.getByTestId('open-course-landing'), 'the open course landing page').toBeVisible();
  await expect(page.locator('#landing-commune'), 'the poster commune chosen').not.toHaveValue('');
  await expectPhoneReady(page, 'the landing page');
  await shot(page, 'citizen-1-landing');

  await page.getByTestId('landing-register').click();
  await expect(page).toHaveURL((url) => url.href.startsWith(KEYCLOAK_REALM_URL));
  await expect(page.locator('#kc-register-form'), "Keycloak's registration form").toBeVisible();
  await expectPhoneReady(page, 'the registration page');
  await shot(page, 'citizen-2-keycloak-registration');
  const username = `dan${TAG}`;
  await page.locator('#username').fill(username);
  await page.locator('#email').fill(`${username}@citizen.example`);
  await page.locator('#firstName').fill('Thị Hoa');
  await page.locator('#lastName').fill('Nguyễn');
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#password-confirm').fill(PASSWORD);
  await page.locator('#birth_year').fill('1984');
  await page.locator('#gender-FEMALE').check();
  await page.locator('#citizen_consent-YES').check();
  await page.locator('#kc-register-form [type=submit]').click();

  await expectBackInTheApp(page);
  await expect(page.getByTestId('citizen-profile'), 'the registration form of the app').toBeVisible();
  await expect(page.locator('#citizen-birth-year'), 'year of birth carried from Keycloak').toHaveValue('1984');
  await expect(page.locator('#citizen-commune'), 'commune carried from the poster').not.toHaveValue('');
  await expectPhoneReady(page, 'the registration form');
  await shot(page, 'citizen-3-profile');
  await page.getByTestId('citizen-consent').check();
  await page.getByTestId('citizen-profile-save').click();

  await expect(page).toHaveURL((url) => /\/learn\/\d+/.test(url.pathname), { timeout: 60_000 });
  await expect(page.getByTestId('learn-title'), 'the course player').toBeVisible();
  await expectPhoneReady(page, 'the course player');
  await shot(page, 'citizen-4-player');
  const mine = await api(await apiToken(username, PASSWORD), 'GET', '/api/me/enrolments');
  const open = mine.find((e) => e.courseId === courseId);
  expect(open, 'enrolled in the open course').toBeTruthy();
  expect(open.deadline, 'no deadline for a citizen').toBeNull();

  // Their data: download it, then delete the account.
  await page.goto('/citizen/data');
  await expect(page.getByTestId('my-data'), 'my data').toBeVisible();
  await expectPhoneReady(page, 'my data');
  await shot(page, 'citizen-5-my-data');
  const data = JSON.parse((await download(page, page.getByTestId('my-data-download'))).toString('utf8'));
  expect(data.profile.communeCode).toBe('NA-DIENCHAU-DIENKY');
  expect(data.enrolments).toHaveLength(1);
  await page.getByTestId('my-data-delete').click();
  await page.getByTestId('my-data-confirm').getByRole('button', { name: /Xóa vĩnh viễn|Delete for good/ }).click();
  // Keycloak answers an unknown user's password grant with 400 invalid_grant (401 is a wrong password).
  await eventually('the account gone from Keycloak', async () => {
    const response = await passwordGrant(username, PASSWORD);
    return response.status === 400 && (await response.json()).error === 'invalid_grant';
  }, 30_000);
});

test('the demo citizen, who passed the open course, downloads the certificate on a phone', async ({ page }) => {
  const token = await apiToken('demo.citizen');
  await eventually('the demo citizen certified', async () => (await api(token, 'GET', '/api/me/certificates')).length > 0);
  await logIn(page, 'demo.citizen');
  const certificates = page.getByTestId('my-certificates');
  await expect(certificates, "the citizen's certificates").toBeVisible();
  await expectPhoneReady(page, "the citizen's home");
  await shot(page, 'citizen-6-certificate');
  expectPdf(await download(page, certificates.getByTestId('certificate-pdf').first()), 'the certificate');
});
