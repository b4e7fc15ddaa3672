// Browser end-to-end test of issue 17's community digital teams (ADR 0380), on a 360-px phone: the
// district's unit admin sees who helps citizens in Xã Diễn Kỷ; the demo helper (a member of its Tổ công
// nghệ số cộng đồng) sees the three citizens they registered with their progress, registers a fourth in
// person, and downloads the account slip (a PDF). Each page fits the screen and axe finds nothing
// critical or serious.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { ARTIFACTS, BASE_URL, apiToken, backInTheApp, expectVisible, logIn, openBrowser, shot } from './support.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function eventually(what, probe, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) assert.fail(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

async function fitsAndPassesAxe(page, where) {
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

test('the unit admin sees the commune’s community helper on a phone', async () => {
  const token = await apiToken('demo.unitadmin');
  // The demo org tree is loaded just after start-up.
  const dienKy = await eventually('Xã Diễn Kỷ among the communes', async () => {
    const communes = await (await fetch(`${BASE_URL}/api/public/communes`, { cache: 'no-store' })).json();
    return communes.find((c) => c.code === 'NA-DIENCHAU-DIENKY')?.id;
  });
  // The demo scenario records the helper's grant once the demo course is published, after start-up.
  await eventually('the demo helper’s grant', async () => {
    const response = await fetch(`${BASE_URL}/api/units/${dienKy}/community-helpers`, { headers: { Authorization: `Bearer ${token}` } });
    return response.ok && (await response.json()).officials.some((o) => o.username === 'demo.helper' && o.helper);
  }, 600_000);
  const browser = await openBrowser({ width: 360, height: 740 });
  const { page } = browser;
  try {
    await logIn(page, 'demo.unitadmin');
    await backInTheApp(page, 'demo.unitadmin');
    await page.goto(`${BASE_URL}/community-helpers`);
    await expectVisible(page.getByTestId('commune-helpers'), 'the community helpers page');
    const choice = page.locator('#helpers-commune');
    await eventually('the commune list', async () => (await choice.locator('option').count()) > 1);
    await choice.selectOption(String(dienKy));
    const helper = page.getByTestId('commune-helpers-list').locator('li', { hasText: 'Đinh Thị Phương' });
    await expectVisible(helper, 'the demo helper in Diễn Kỷ’s list');
    await expectVisible(helper.getByRole('button', { name: 'Thu hồi quyền' }), 'the revoke button of a helper');
    await shot(page, 'community-helpers-360');
    await fitsAndPassesAxe(page, 'the community helpers page');
  } finally {
    await browser.close();
  }
});

test('the demo helper follows their citizens, registers one more in person and prints the slip on a phone', async () => {
  const token = await apiToken('demo.helper');
  // The demo scenario seeds the helper's citizens once the demo course is published, after start-up.
  await eventually('the demo helper’s three citizens', async () => {
    const response = await fetch(`${BASE_URL}/api/community-helper/citizens`, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) return false;
    const mine = await response.json();
    return mine.citizens.length >= 3 && mine.citizens.some((c) => c.courses.length > 0);
  }, 600_000);
  const browser = await openBrowser({ width: 360, height: 740 });
  const { page } = browser;
  try {
    await logIn(page, 'demo.helper');
    await backInTheApp(page, 'demo.helper');
    await page.goto(`${BASE_URL}/helper`);
    await expectVisible(page.getByTestId('helper-home'), 'the helper’s page');
    const bình = page.getByTestId('assisted-demo.assisted1');
    await expectVisible(bình, 'Nguyễn Văn Bình, registered by the helper');
    assert.match(await bình.innerText(), /\d+\/\d+ bài giảng|đã hoàn thành|chứng nhận/, 'his course progress is shown');
    await expectVisible(page.getByTestId('assisted-demo.assisted3'), 'Trần Văn Tâm');
    await fitsAndPassesAxe(page, 'the helper’s page');

    await page.fill('#helper-full-name', 'Phạm Thị Hoa');
    await page.fill('#helper-birth-year', '1961');
    await page.selectOption('#helper-gender', 'FEMALE');
    await page.getByTestId('helper-consent').check();
    await page.getByTestId('helper-register-save').click();
    const registered = page.getByTestId('helper-registered');
    await expectVisible(registered, 'the new account with its activation code');
    const notice = await registered.innerText();
    assert.match(notice, /[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}/, 'the code is shown once');
    const username = /(hoapt\.\d{5})/.exec(notice)?.[1];
    assert.ok(username, `an assisted citizen's username (given name, initials, a dot, a number) in: ${notice}`);
    await shot(page, 'helper-home-360');
    await fitsAndPassesAxe(page, 'the helper’s page after a registration');

    const downloading = page.waitForEvent('download');
    await page.getByTestId('helper-slip-new').click();
    const pdf = readFileSync(await (await downloading).path());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'the slip downloads as a PDF');
    writeFileSync(join(ARTIFACTS, 'account-slip.pdf'), pdf);
    await expectVisible(page.getByTestId(`assisted-${username}`), 'the new citizen in the helper’s list');
  } finally {
    await browser.close();
  }
});
