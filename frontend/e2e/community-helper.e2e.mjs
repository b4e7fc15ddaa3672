// Browser end-to-end test of issue 17's community digital teams (ADR 0380), on a 360-px phone: the
// district's unit admin sees who helps citizens in Xã Diễn Kỷ; the demo helper (a member of its Tổ công
// nghệ số cộng đồng) sees the three citizens they registered with their progress, registers a fourth in
// person, and downloads the account slip (a PDF). Each page fits the screen and axe finds nothing
// critical or serious.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { download, eventually, expect, expectPdf, expectPhoneReady, logIn, PHONE, shot, test } from './fixtures.mjs';
import { apiToken, ARTIFACTS, BASE_URL } from './support.mjs';

test.use({ viewport: PHONE });

test('the unit admin sees the commune’s community helper on a phone', async ({ page }) => {
  // The demo scenario records the helper's grant once the demo course is published, after start-up.
  test.setTimeout(12 * 60_000);
  const token = await apiToken('demo.unitadmin');
  // The demo org tree is loaded just after start-up.
  const dienKy = await eventually('Xã Diễn Kỷ among the communes', async () => {
    const communes = await (await fetch(`${BASE_URL}/api/public/communes`, { cache: 'no-store' })).json();
    return communes.find((c) => c.code === 'NA-DIENCHAU-DIENKY')?.id;
  });
  await eventually('the demo helper’s grant', async () => {
    const response = await fetch(`${BASE_URL}/api/units/${dienKy}/community-helpers`, { headers: { Authorization: `Bearer ${token}` } });
    return response.ok && (await response.json()).officials.some((o) => o.username === 'demo.helper' && o.helper);
  }, 600_000);
  await logIn(page, 'demo.unitadmin');
  await page.goto('/community-helpers');
  await expect(page.getByTestId('commune-helpers'), 'the community helpers page').toBeVisible();
  const choice = page.locator('#helpers-commune');
  await expect.poll(() => choice.locator('option').count(), 'the commune list').toBeGreaterThan(1);
  await choice.selectOption(String(dienKy));
  const helper = page.getByTestId('commune-helpers-list').locator('li', { hasText: 'Đinh Thị Phương' });
  await expect(helper, 'the demo helper in Diễn Kỷ’s list').toBeVisible();
  await expect(helper.getByRole('button', { name: 'Thu hồi quyền' }), 'the revoke button of a helper').toBeVisible();
  await shot(page, 'community-helpers-360');
  await expectPhoneReady(page, 'the community helpers page');
});

test('the demo helper follows their citizens, registers one more in person and prints the slip on a phone', async ({ page }) => {
  // The demo scenario seeds the helper's citizens once the demo course is published, after start-up.
  test.setTimeout(12 * 60_000);
  const token = await apiToken('demo.helper');
  await eventually('the demo helper’s three citizens', async () => {
    const response = await fetch(`${BASE_URL}/api/community-helper/citizens`, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) return false;
    const mine = await response.json();
    return mine.citizens.length >= 3 && mine.citizens.some((c) => c.courses.length > 0);
  }, 600_000);
  await logIn(page, 'demo.helper');
  await page.goto('/helper');
  await expect(page.getByTestId('helper-home'), 'the helper’s page').toBeVisible();
  const bình = page.getByTestId('assisted-demo.assisted1');
  await expect(bình, 'Nguyễn Văn Bình, registered by the helper, with his course progress').toHaveText(/\d+\/\d+ bài giảng|đã hoàn thành|chứng nhận/);
  await expect(page.getByTestId('assisted-demo.assisted3'), 'Trần Văn Tâm').toBeVisible();
  await expectPhoneReady(page, 'the helper’s page');

  await page.locator('#helper-full-name').fill('Phạm Thị Hoa');
  await page.locator('#helper-birth-year').fill('1961');
  await page.locator('#helper-gender').selectOption('FEMALE');
  await page.getByTestId('helper-consent').check();
  await page.getByTestId('helper-register-save').click();
  const registered = page.getByTestId('helper-registered');
  await expect(registered, 'the code is shown once').toHaveText(/[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}/);
  const notice = await registered.innerText();
  const username = /(hoapt\.\d{5})/.exec(notice)?.[1];
  expect(username, `an assisted citizen's username (given name, initials, a dot, a number) in: ${notice}`).toBeTruthy();
  await shot(page, 'helper-home-360');
  await expectPhoneReady(page, 'the helper’s page after a registration');

  const pdf = await download(page, page.getByTestId('helper-slip-new'));
  expectPdf(pdf, 'the slip');
  writeFileSync(join(ARTIFACTS, 'account-slip.pdf'), pdf);
  await expect(page.getByTestId(`assisted-${username}`), 'the new citizen in the helper’s list').toBeVisible();
});
