// Browser end-to-end test: a unit administrator logs in through Keycloak, sees only their
// own subtree, switches the UI to English and logs out. Needs the backend on E2E_BASE_URL
// and Keycloak on 127.0.0.1:8180 with the demo realm; drives the machine's Chromium.
import { DESKTOP, expect, expectBackInTheApp, expectKeycloakLogin, expectNoSidewaysScroll, PHONE, shot, test } from './fixtures.mjs';
import { DEMO_PASSWORD } from './support.mjs';

const USERNAME = 'demo.unitadmin';
const DISPLAY_NAME = 'Lê Văn Hùng';

test('a unit administrator logs in through Keycloak, sees only their own units, switches to English and logs out', async ({ page }) => {
  const uncaught = [];
  page.on('pageerror', (error) => uncaught.push(error.message));

  // 1. An anonymous visitor is sent to Keycloak.
  await page.goto('/');
  await expectKeycloakLogin(page);
  await shot(page, '01-keycloak-login');

  // 2. Logging in brings the user back to the app, which shows their name.
  await page.locator('#username').fill(USERNAME);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();
  await expectBackInTheApp(page);
  await expect(page.getByTestId('user-name'), 'the signed-in user name in the header').toHaveText(DISPLAY_NAME);
  // The "me" card shows the unit with its path from the province down.
  const orgUnit = page.getByTestId('me-org-unit');
  await expect(orgUnit, 'the unit on the "me" card').toContainText('Huyện Diễn Châu');
  await expect(orgUnit, 'the unit\'s path from the province').toContainText('Tỉnh Nghệ An');
  await shot(page, '02-home');

  // 3. The org tree holds the admin's district and its communes, and nothing outside it.
  await openOrgUnits(page, 'Cơ cấu tổ chức');
  await expect(page).toHaveURL(/\/org-units$/);
  await expect(page.getByTestId('org-tree')).toBeVisible();
  await expect(page.getByTestId('org-node-NA-DIENCHAU'), 'the district node NA-DIENCHAU').toBeVisible();
  await expect(page.getByTestId('org-node-NA-DIENCHAU-DIENKY'), 'the commune node NA-DIENCHAU-DIENKY').toBeVisible();
  await expect(
    page.getByTestId('org-node-NA-VINH'),
    'NA-VINH belongs to another district and must not be shown to the Diễn Châu unit administrator',
  ).toHaveCount(0);
  await expect(page.getByTestId('org-node-NA'), 'the province NA is above the administrator’s unit and must not be shown').toHaveCount(0);
  await shot(page, '03-org-units');

  // 3b. The same page on a phone: no horizontal scrolling.
  await page.setViewportSize(PHONE);
  await expect(page.getByTestId('org-node-NA-DIENCHAU'), 'the district node on a 360 px screen').toBeVisible();
  await shot(page, '04-org-units-mobile');
  await expectNoSidewaysScroll(page, 'the org-units page', 0);
  await page.setViewportSize(DESKTOP);

  // 4. Switching to English translates the interface (the English texts load on demand).
  await page.getByTestId('lang-en').click();
  await expect(page.locator('nav.nav'), 'the nav in English').toContainText('Org units', { timeout: 10_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Org units' }), 'the English page heading').toBeVisible();
  await shot(page, '05-org-units-english');

  // 5. Logging out ends the Keycloak session and shows its login page again.
  await page.getByTestId('logout').click();
  await expectKeycloakLogin(page);
  await shot(page, '06-logged-out');

  expect(uncaught, 'the page threw uncaught errors').toEqual([]);
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
