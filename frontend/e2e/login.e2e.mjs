// Browser end-to-end test: a unit administrator logs in through Keycloak, sees only their
// own subtree, switches the UI to English and logs out. Needs the backend on E2E_BASE_URL
// and Keycloak on 127.0.0.1:8180 with the demo realm; drives the machine's Chromium.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, DEMO_PASSWORD, expectKeycloakLogin, expectVisible, openBrowser, shot } from './support.mjs';

const USERNAME = 'demo.unitadmin';
const PASSWORD = DEMO_PASSWORD;
const DISPLAY_NAME = 'Lê Văn Hùng';

const DESKTOP = { width: 1280, height: 800 };
const MOBILE = { width: 360, height: 740 };

let browser;

before(async () => {
  browser = await openBrowser(DESKTOP);
});

after(async () => {
  await browser?.close();
});

test('a unit administrator logs in through Keycloak, sees only their own units, switches to English and logs out', async () => {
  const page = browser.page;
  const consoleErrors = [];
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  // 1. An anonymous visitor is sent to Keycloak.
  try {
    await page.goto(`${BASE_URL}/`);
  } catch (error) {
    assert.fail(`could not open ${BASE_URL}/ — is the backend running? (${error.message})`);
  }
  await expectKeycloakLogin(page, 'opening the app');
  await shot(page, '01-keycloak-login');

  // 2. Logging in brings the user back to the app, which shows their name.
  await page.locator('#username').fill(USERNAME);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  try {
    await page.waitForURL((url) => url.href.startsWith(`${BASE_URL}/`));
  } catch {
    assert.fail(`login as ${USERNAME} did not return to ${BASE_URL}; browser is on ${page.url()}`);
  }
  const userName = page.getByTestId('user-name');
  await expectVisible(userName, 'the signed-in user name in the header');
  try {
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="user-name"]')?.textContent?.trim() === expected,
      DISPLAY_NAME,
    );
  } catch {
    assert.fail(`header shows "${(await userName.textContent())?.trim()}", expected "${DISPLAY_NAME}"`);
  }
  // The "me" card shows the unit with its path from the province down.
  const orgUnit = page.getByTestId('me-org-unit');
  await expectVisible(orgUnit, 'the org unit on the "me" card');
  const unitText = (await orgUnit.textContent()) ?? '';
  assert.ok(
    unitText.includes('Huyện Diễn Châu') && unitText.includes('Tỉnh Nghệ An'),
    `the "me" card should show the unit and its path from the province, but shows "${unitText}"`,
  );
  await shot(page, '02-home');

  // 3. The org tree holds the admin's district and its communes, and nothing outside it.
  await openOrgUnits(page, 'Cơ cấu tổ chức');
  await page.waitForURL(`${BASE_URL}/org-units`);
  await expectVisible(page.getByTestId('org-tree'), 'the org tree');
  await expectVisible(page.getByTestId('org-node-NA-DIENCHAU'), 'the district node NA-DIENCHAU');
  await expectVisible(page.getByTestId('org-node-NA-DIENCHAU-DIENKY'), 'the commune node NA-DIENCHAU-DIENKY');
  assert.equal(
    await page.getByTestId('org-node-NA-VINH').count(),
    0,
    'NA-VINH belongs to another district and must not be shown to the Diễn Châu unit administrator',
  );
  assert.equal(
    await page.getByTestId('org-node-NA').count(),
    0,
    'the province NA is above the administrator’s unit and must not be shown',
  );
  await shot(page, '03-org-units');

  // 3b. The same page on a phone: no horizontal scrolling.
  await page.setViewportSize(MOBILE);
  await expectVisible(page.getByTestId('org-node-NA-DIENCHAU'), 'the district node on a 360 px screen');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await shot(page, '04-org-units-mobile');
  assert.ok(overflow <= 0, `the org-units page scrolls sideways by ${overflow}px on a 360 px wide screen`);
  await page.setViewportSize(DESKTOP);

  // 4. Switching to English translates the interface.
  await page.getByTestId('lang-en').click();
  // The English texts load on demand, so wait for them rather than read the nav at once.
  try {
    await page.waitForFunction(() => (document.querySelector('nav.nav')?.textContent ?? '').includes('Org units'), null, {
      timeout: 10_000,
    });
  } catch {
    assert.fail(`the nav should carry the English label "Org units", but reads "${await page.locator('nav.nav').textContent()}"`);
  }
  await expectVisible(page.getByRole('heading', { level: 1, name: 'Org units' }), 'the English page heading "Org units"');
  await shot(page, '05-org-units-english');

  // 5. Logging out ends the Keycloak session and shows its login page again.
  await page.getByTestId('logout').click();
  await expectKeycloakLogin(page, 'after logging out');
  await shot(page, '06-logged-out');

  assert.deepEqual(consoleErrors, [], `the page threw uncaught errors: ${consoleErrors.join(' | ')}`);
});

/** Org units is one of a unit administrator's occasional pages: in the row, or under “Thêm” when the row is full. */
async function openOrgUnits(page, label) {
  const direct = page.getByTestId('nav-org-units');
  if (await direct.isVisible()) {
    await direct.click();
    return;
  }
  await page.getByTestId('nav-more').click();
  await page.locator('.nav__more').getByRole('link', { name: label }).click();
}
