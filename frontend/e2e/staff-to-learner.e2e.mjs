// Browser end-to-end test of issue 3: a unit administrator imports a staff list (first with two bad
// rows, then fixed), issues the accounts and downloads the account sheet; Sở Nội vụ approves the
// unit's headcount; one of the new learners logs in with the activation code from the sheet, sets
// a password and sees their deadline.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  api,
  apiToken,
  backInTheApp,
  BASE_URL,
  expectVisible,
  logIn,
  openBrowser,
  publishedCourseId,
  shot,
  unitId,
} from './support.mjs';

const TAG = Date.now().toString(36).slice(-5);
const HEADER = 'Họ và tên;Ngày sinh;Giới tính;Số CCCD;Email;Số điện thoại;Mã đơn vị;Đối tượng;Chức vụ';
const citizenId = () => String(Math.floor(1e11 + Math.random() * 8.9e11));
// Fresh citizen ids make them new learners on every run; the account sheet lists only this run's job.
const people = [
  { name: 'Phan Văn Khải', born: '12/03/1975' },
  { name: 'Đỗ Thị Liên', born: '01/09/1988' },
  { name: 'Hồ Quang Minh', born: '23/11/1969' },
].map((p) => ({ ...p, cccd: citizenId() }));

const row = (name, born, cccd) =>
  `${name};${born};;${cccd};;0912345678;NA-DIENCHAU-DIENKY;Công chức;Chuyên viên`;

function staffFile(dir, name, rows) {
  const path = join(dir, name);
  writeFileSync(path, `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8');
  return path;
}

/** The rows of the first worksheet of an .xlsx, as arrays of cell texts (shared or inline strings). */
function xlsxRows(path) {
  const unzip = (entry) => execFileSync('unzip', ['-p', path, entry], { encoding: 'utf8' });
  const decode = (s) =>
    s
      .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  let shared = [];
  try {
    shared = [...unzip('xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
      decode([...m[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')),
    );
  } catch {
    // a workbook with inline strings only has no shared strings
  }
  return [...unzip('xl/worksheets/sheet1.xml').matchAll(/<row[^>]*>(.*?)<\/row>/gs)].map((r) =>
    [...r[1].matchAll(/<c([^>]*)>(.*?)<\/c>/gs)].map(([, attrs, inner]) => {
      const value = /<v>(.*?)<\/v>/s.exec(inner)?.[1] ?? /<t[^>]*>(.*?)<\/t>/s.exec(inner)?.[1] ?? '';
      return attrs.includes('t="s"') ? shared[Number(value)] : decode(value);
    }),
  );
}

/** A plan year (2100–2199, far from real ones) the unit has not declared yet, so reruns do not collide. */
async function unusedPlanYear(token, unit) {
  for (let year = 2100 + Math.floor(Math.random() * 100), tries = 0; tries < 100; tries++, year = 2100 + ((year - 2099) % 100)) {
    const declared = await api(token, 'GET', `/api/headcounts?period=${year}&unitId=${unit}`);
    if (declared.length === 0) return String(year);
  }
  assert.fail('every plan year from 2100 to 2199 is already declared for the unit');
}

test('a unit imports its staff, issues accounts, Sở Nội vụ approves the headcount and a learner starts with a deadline', async () => {
  const files = mkdtempSync(join(tmpdir(), 'hocso-e2e-files-'));

  // The scene: a wave of Diễn Châu that opens today (set up through the API as the province admin).
  const admin = await apiToken('demo.admin');
  const today = new Date().toISOString().slice(0, 10);
  const wave = await api(admin, 'POST', '/api/waves', {
    name: `Đợt e2e ${TAG}`,
    courseId: await publishedCourseId(admin),
    openingDate: today,
    unitIds: [await unitId(admin, 'NA-DIENCHAU')],
  });

  const unitAdmin = await openBrowser();
  let sheetPath;
  try {
    const page = unitAdmin.page;
    await logIn(page, 'demo.unitadmin');
    await backInTheApp(page, 'demo.unitadmin');

    // 1. A staff list with two bad rows: nothing is stored, each error is named by row.
    await page.goto(`${BASE_URL}/learners/import`);
    const bad = staffFile(files, 'danh-sach.csv', [
      row(people[0].name, people[0].born, people[0].cccd),
      row('', people[1].born, people[1].cccd),
      row(people[2].name, '31/02/1969', people[2].cccd),
    ]);
    await page.setInputFiles('[data-testid=import-file]', bad);
    await page.click('[data-testid=import-submit]');
    const errors = page.getByTestId('import-errors');
    await expectVisible(errors, 'the list of row errors');
    const errorText = await errors.textContent();
    assert.match(errorText, /Dòng 3: thiếu họ tên/, `the error list should name row 3 (missing name): ${errorText}`);
    assert.match(errorText, /Dòng 4/, `the error list should name row 4 (bad date): ${errorText}`);
    assert.equal(await errors.locator('tbody tr').count(), 2, 'exactly the two bad rows are reported');
    await expectVisible(page.getByTestId('import-nothing-stored'), 'the notice that nothing was stored');
    await shot(page, '11-import-errors');

    // 2. The fixed file imports all three.
    await page.click('[data-testid=import-again]');
    const fixed = staffFile(files, 'danh-sach-da-sua.csv', people.map((p) => row(p.name, p.born, p.cccd)));
    await page.setInputFiles('[data-testid=import-file]', fixed);
    await page.click('[data-testid=import-submit]');
    await page.click('[data-testid=import-commit-all]');
    await expectVisible(page.getByTestId('import-success'), 'the import success screen');
    assert.match(await page.getByTestId('import-success-counts').textContent(), /3/);
    await shot(page, '12-import-success');

    // The new learners join the wave (as the province admin would); their clocks wait for their accounts.
    const enrolled = await api(admin, 'POST', `/api/waves/${wave.id}/enrolments`, {
      unitIds: [await unitId(admin, 'NA-DIENCHAU-DIENKY')],
    });
    assert.ok(enrolled.enrolled >= 3, `expected the three learners to be enrolled: ${JSON.stringify(enrolled)}`);

    // 3. Issue their accounts and download the account sheet.
    await page.click('[data-testid=import-issue-accounts]');
    await page.waitForURL(/\/accounts\?job=\d+/);
    await expectVisible(page.getByTestId('issuance-downloads'), 'the account sheet downloads once the job is done');
    await shot(page, '13-accounts-issued');
    const download = page.waitForEvent('download');
    await page.click('[data-testid=issuance-excel]');
    sheetPath = join(files, 'tai-khoan.xlsx');
    await (await download).saveAs(sheetPath);

    // 4. The unit declares its headcount for a plan year and submits it.
    const period = await unusedPlanYear(admin, await unitId(admin, 'NA-DIENCHAU-DIENKY'));
    await page.goto(`${BASE_URL}/headcounts`);
    await page.click('[data-testid=headcount-new]');
    await page.selectOption('[data-testid=headcount-unit]', String(await unitId(admin, 'NA-DIENCHAU-DIENKY')));
    await page.fill('[data-testid=headcount-period]', period);
    await page.fill('[data-testid=headcount-count-CONG_CHUC]', '3');
    await page.click('[data-testid=headcount-save]');
    await page.fill('[data-testid=headcount-filter-period]', period);
    await shot(page, '14-headcount-declared');
    await page.click('[data-testid=headcount-submit]');
    await expectVisible(page.getByTestId('headcount-status').filter({ hasText: /Chờ|Đã gửi/ }), 'the submitted status');
    await shot(page, '14-headcount-submitted');
    unitAdmin.period = period;
  } finally {
    await unitAdmin.close();
  }

  // 5. Sở Nội vụ approves it.
  const verifier = await openBrowser();
  try {
    const page = verifier.page;
    await logIn(page, 'demo.verifier');
    await backInTheApp(page, 'demo.verifier');
    await page.goto(`${BASE_URL}/headcounts`);
    await page.fill('[data-testid=headcount-filter-period]', unitAdmin.period);
    await page.click('[data-testid=headcount-approve]');
    await page.selectOption('[data-testid=headcount-filter-status]', '');
    await expectVisible(page.getByTestId('headcount-status').filter({ hasText: /Đã phê duyệt|Đã duyệt/ }), 'the approved status');
    await shot(page, '15-headcount-approved');
  } finally {
    await verifier.close();
  }

  // 6. The first learner logs in with the code from the sheet, must choose a password, sees the deadline.
  const rows = xlsxRows(sheetPath);
  const learnerRow = rows.find((cells) => cells.includes(people[0].name));
  assert.ok(learnerRow, `the sheet should list ${people[0].name}; rows: ${JSON.stringify(rows.slice(0, 5))}`);
  const code = learnerRow.find((cell) => /^[0-9a-z]{4}(-[0-9a-z]{4}){3}$/.test(cell));
  const username = learnerRow[learnerRow.indexOf(code) - 1];
  assert.ok(code && username, `username and activation code in the sheet row: ${JSON.stringify(learnerRow)}`);

  const learner = await openBrowser({ width: 360, height: 740 });
  try {
    const page = learner.page;
    await logIn(page, username, code);
    await expectVisible(page.locator('#password-new'), 'Keycloak asking the learner to choose a password');
    await shot(page, '16-learner-sets-password');
    const chosen = `Hs-${TAG}-Moi!2026`;
    await page.fill('#password-new', chosen);
    await page.fill('#password-confirm', chosen);
    await page.click('[type=submit]');
    await backInTheApp(page, username);
    // The name reads in Vietnamese order (family, middle, given), as Keycloak was told it.
    await expectVisible(page.getByRole('heading', { level: 1, name: /Phan Văn Khải/ }), 'the greeting with the full name in order');
    const deadline = page.getByTestId('enrolment-deadline');
    await expectVisible(deadline, "the learner's deadline");
    assert.match(await deadline.textContent(), /\d{2}\/\d{2}\/\d{4}/);
    assert.match(await page.getByTestId('enrolment-days-left').textContent(), /\d+/);
    await shot(page, '17-learner-home');
  } finally {
    await learner.close();
  }
});
