// Browser end-to-end test of issue 3: a unit administrator imports a staff list (first with two bad
// rows, then fixed), issues the accounts and downloads the account sheet; Sở Nội vụ approves the
// unit's headcount; one of the new learners logs in with the activation code from the sheet, sets
// a password and sees their deadline.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, expectBackInTheApp, loggedIn, publishedCourseId, shot, submitLogin, test } from './fixtures.mjs';
import { api, apiToken, newCitizenId, STAFF_LIST_HEADER, unitId } from './support.mjs';

const TAG = Date.now().toString(36).slice(-5);
// Fresh citizen ids make them new learners on every run; the account sheet lists only this run's job.
const people = [
  { name: 'Phan Văn Khải', born: '12/03/1975' },
  { name: 'Đỗ Thị Liên', born: '01/09/1988' },
  { name: 'Hồ Quang Minh', born: '23/11/1969' },
].map((p) => ({ ...p, cccd: newCitizenId() }));

const row = (name, born, cccd) =>
  `${name};${born};;${cccd};;0912345678;NA-DIENCHAU-DIENKY;Công chức;Chuyên viên`;

/** A staff-list file to choose in the import form. */
const staffFile = (name, rows) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${[STAFF_LIST_HEADER, ...rows].join('\r\n')}\r\n`, 'utf8'),
});

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
  throw new Error('every plan year from 2100 to 2199 is already declared for the unit');
}

test('a unit imports its staff, issues accounts, Sở Nội vụ approves the headcount and a learner starts with a deadline', async ({
  newSession,
}, testInfo) => {
  // The scene: a wave of Diễn Châu that opens today (set up through the API as the province admin).
  const admin = await apiToken('demo.admin');
  const today = new Date().toISOString().slice(0, 10);
  const wave = await api(admin, 'POST', '/api/waves', {
    name: `Đợt e2e ${TAG}`,
    courseId: await publishedCourseId(admin),
    openingDate: today,
    unitIds: [await unitId(admin, 'NA-DIENCHAU')],
  });
  const dienKy = await unitId(admin, 'NA-DIENCHAU-DIENKY');

  const unitAdmin = (await loggedIn(newSession, 'demo.unitadmin', { width: 1280, height: 800 })).page;

  // 1. A staff list with two bad rows: nothing is stored, each error is named by row.
  await unitAdmin.goto('/learners/import');
  await unitAdmin.locator('[data-testid=import-file]').setInputFiles(
    staffFile('danh-sach.csv', [
      row(people[0].name, people[0].born, people[0].cccd),
      row('', people[1].born, people[1].cccd),
      row(people[2].name, '31/02/1969', people[2].cccd),
    ]),
  );
  await unitAdmin.locator('[data-testid=import-submit]').click();
  const errors = unitAdmin.getByTestId('import-errors');
  await expect(errors, 'the error list should name row 3 (missing name)').toContainText(/Dòng 3: thiếu họ tên/);
  await expect(errors, 'the error list should name row 4 (bad date)').toContainText(/Dòng 4/);
  await expect(errors.locator('tbody tr'), 'exactly the two bad rows are reported').toHaveCount(2);
  await expect(unitAdmin.getByTestId('import-nothing-stored'), 'the notice that nothing was stored').toBeVisible();
  await shot(unitAdmin, '11-import-errors');

  // 2. The fixed file imports all three.
  await unitAdmin.locator('[data-testid=import-again]').click();
  await unitAdmin.locator('[data-testid=import-file]').setInputFiles(staffFile('danh-sach-da-sua.csv', people.map((p) => row(p.name, p.born, p.cccd))));
  await unitAdmin.locator('[data-testid=import-submit]').click();
  await unitAdmin.locator('[data-testid=import-commit-all]').click();
  await expect(unitAdmin.getByTestId('import-success'), 'the import success screen').toBeVisible();
  await expect(unitAdmin.getByTestId('import-success-counts')).toContainText('3');
  await shot(unitAdmin, '12-import-success');

  // The new learners join the wave (as the province admin would); their clocks wait for their accounts.
  const enrolled = await api(admin, 'POST', `/api/waves/${wave.id}/enrolments`, { unitIds: [dienKy] });
  expect(enrolled.enrolled, `expected the three learners to be enrolled: ${JSON.stringify(enrolled)}`).toBeGreaterThanOrEqual(3);

  // 3. Issue their accounts and download the account sheet.
  await unitAdmin.locator('[data-testid=import-issue-accounts]').click();
  await expect(unitAdmin).toHaveURL(/\/accounts\?job=\d+/);
  await expect(unitAdmin.getByTestId('issuance-downloads'), 'the account sheet downloads once the job is done').toBeVisible();
  await shot(unitAdmin, '13-accounts-issued');
  const downloading = unitAdmin.waitForEvent('download');
  await unitAdmin.locator('[data-testid=issuance-excel]').click();
  const sheetPath = testInfo.outputPath('tai-khoan.xlsx');
  await (await downloading).saveAs(sheetPath);

  // 4. The unit declares its headcount for a plan year and submits it.
  const period = await unusedPlanYear(admin, dienKy);
  await unitAdmin.goto('/headcounts');
  await unitAdmin.locator('[data-testid=headcount-new]').click();
  await unitAdmin.locator('[data-testid=headcount-unit]').selectOption(String(dienKy));
  await unitAdmin.locator('[data-testid=headcount-period]').fill(period);
  await unitAdmin.locator('[data-testid=headcount-count-CONG_CHUC]').fill('3');
  await unitAdmin.locator('[data-testid=headcount-save]').click();
  await unitAdmin.locator('[data-testid=headcount-filter-period]').fill(period);
  await shot(unitAdmin, '14-headcount-declared');
  await unitAdmin.locator('[data-testid=headcount-submit]').click();
  await expect(unitAdmin.getByTestId('headcount-status').filter({ hasText: /Chờ|Đã gửi/ }).first(), 'the submitted status').toBeVisible();
  await shot(unitAdmin, '14-headcount-submitted');

  // 5. Sở Nội vụ approves it.
  const verifier = (await loggedIn(newSession, 'demo.verifier', { width: 1280, height: 800 })).page;
  await verifier.goto('/headcounts');
  await verifier.locator('[data-testid=headcount-filter-period]').fill(period);
  await verifier.locator('[data-testid=headcount-approve]').click();
  await verifier.locator('[data-testid=headcount-filter-status]').selectOption('');
  await expect(verifier.getByTestId('headcount-status').filter({ hasText: /Đã phê duyệt|Đã duyệt/ }).first(), 'the approved status').toBeVisible();
  await shot(verifier, '15-headcount-approved');

  // 6. The first learner logs in with the code from the sheet, must choose a password, sees the deadline.
  const rows = xlsxRows(sheetPath);
  const learnerRow = rows.find((cells) => cells.includes(people[0].name));
  expect(learnerRow, `the sheet should list ${people[0].name}; rows: ${JSON.stringify(rows.slice(0, 5))}`).toBeTruthy();
  const code = learnerRow.find((cell) => /^[0-9a-z]{4}(-[0-9a-z]{4}){3}$/.test(cell));
  const username = learnerRow[learnerRow.indexOf(code) - 1];
  expect(code && username, `username and activation code in the sheet row: ${JSON.stringify(learnerRow)}`).toBeTruthy();

  const learner = (await newSession({ width: 360, height: 740 })).page;
  await submitLogin(learner, username, code);
  await expect(learner.locator('#password-new'), 'Keycloak asking the learner to choose a password').toBeVisible();
  await shot(learner, '16-learner-sets-password');
  const chosen = `Hs-${TAG}-Moi!2026`;
  await learner.locator('#password-new').fill(chosen);
  await learner.locator('#password-confirm').fill(chosen);
  await learner.locator('[type=submit]').click();
  await expectBackInTheApp(learner);
  // The name reads in Vietnamese order (family, middle, given), as Keycloak was told it.
  await expect(learner.getByRole('heading', { level: 1, name: /Phan Văn Khải/ }), 'the greeting with the full name in order').toBeVisible();
  await expect(learner.getByTestId('enrolment-deadline').first(), "the learner's deadline").toHaveText(/\d{2}\/\d{2}\/\d{4}/);
  await expect(learner.getByTestId('enrolment-days-left').first()).toHaveText(/\d+/);
  await shot(learner, '17-learner-home');
});
