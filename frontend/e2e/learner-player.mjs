// The learner's half of the course end-to-end test (issue 4), called by course-authoring.e2e.mjs
// with the course the ADMIN has just authored and published. Needs the progress API
// (POST …/heartbeats, GET …/progress) besides the course, media, wave and account modules.
import assert from 'node:assert/strict';
import {
  api,
  apiToken,
  backInTheApp,
  BASE_URL,
  expectVisible,
  KEYCLOAK_REALM_URL,
  logIn,
  openBrowser,
  shot,
  unitId,
} from './support.mjs';

const TAG = Date.now().toString().slice(-8);

async function waitFor(what, check, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/**
 * A learner of Diễn Kỷ, enrolled through the API in a new wave of the given published course, plays
 * its first lecture on a phone: currentTime advances, the lecture's progress rises after the
 * heartbeat sent on pause, reloading resumes at the same second; then demo.trainer, given the
 * learner's class, sees them in progress on the class dashboard.
 */
export async function learnerPlaysAndTrainerSees(courseId) {
  // The scene, through the API as the province admin: a new learner of Diễn Kỷ, a wave of the demo
  // course, the learner enrolled, an account issued and its activation code read from a reset.
  const admin = await apiToken('demo.admin');
  const dienKy = await unitId(admin, 'NA-DIENCHAU-DIENKY');
  const learner = await api(admin, 'POST', '/api/learners', {
    fullName: `Võ Thị Học ${TAG}`,
    dateOfBirth: '1990-05-17',
    citizenId: `0${TAG}999`.slice(0, 12).padEnd(12, '7'),
    unitId: dienKy,
    category: 'CONG_CHUC',
  });
  const wave = await api(admin, 'POST', '/api/waves', {
    name: `Đợt học video ${TAG}`,
    courseId,
    openingDate: new Date().toISOString().slice(0, 10),
    unitIds: [dienKy],
  });
  assert.ok(wave.courseVersionId, 'the wave keeps the published course version');
  await api(admin, 'POST', `/api/waves/${wave.id}/enrolments`, { learnerIds: [learner.id] });
  const job = await api(admin, 'POST', '/api/account-issuances', { learnerIds: [learner.id] });
  await waitFor('the account issuance job', async () => {
    const state = await api(admin, 'GET', `/api/account-issuances/${job.id}`);
    assert.notEqual(state.status, 'FAILED', JSON.stringify(state));
    return state.status === 'DONE';
  });
  const reset = await api(admin, 'POST', `/api/learner-accounts/${learner.id}/reset`);

  const browser = await openBrowser({ width: 360, height: 740 });
  try {
    const page = browser.page;
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await logIn(page, reset.username, reset.activationCode);
    await expectVisible(page.locator('#password-new'), 'Keycloak asking for a new password');
    const password = `Hs-${TAG}-Hoc!2026`;
    await page.fill('#password-new', password);
    await page.fill('#password-confirm', password);
    await page.click('[type=submit]');
    await backInTheApp(page, reset.username);

    // From the home's enrolment card to the player.
    await page.getByTestId('enrolment-open').first().click();
    await page.waitForURL(/\/learn\/\d+$/);
    const enrolmentId = Number(page.url().split('/').pop());
    const video = page.getByTestId('lecture-video');
    await expectVisible(video, 'the first lecture video');

    // Play about 6 seconds, then pause: the pause sends a heartbeat.
    await page.evaluate(async () => {
      const v = document.querySelector('[data-testid="lecture-video"]');
      v.muted = true;
      await v.play();
    });
    await page.waitForFunction(() => document.querySelector('[data-testid="lecture-video"]').currentTime > 6, null, {
      timeout: 30_000,
    });
    const pausedAt = await page.evaluate(() => {
      const v = document.querySelector('[data-testid="lecture-video"]');
      v.pause();
      return v.currentTime;
    });
    const learnerToken = await apiTokenFor(reset.username, password);
    const progress = await waitFor('the heartbeat to be counted', async () => {
      const p = await api(learnerToken, 'GET', `/api/enrolments/${enrolmentId}/progress`);
      return p.lectures[0]?.watchedSeconds >= 4 ? p : undefined;
    }, 30_000);
    assert.ok(progress.lectures[0].percent > 0, `the first lecture's progress rose: ${JSON.stringify(progress.lectures[0])}`);
    assert.ok(Math.abs(progress.lectures[0].positionSecond - pausedAt) < 1.5, 'the position is stored');
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="lecture-1"]')?.textContent ?? ''));
    await shot(page, 'player-01-after-heartbeat');

    // Reloading resumes where the learner paused.
    await page.reload();
    await expectVisible(page.getByTestId('lecture-video'), 'the video after reloading');
    await page.waitForFunction(
      (at) => Math.abs(document.querySelector('[data-testid="lecture-video"]').currentTime - at) < 1.5,
      pausedAt,
      { timeout: 20_000 },
    );
    await shot(page, 'player-02-resumed');
    assert.deepEqual(errors, [], 'no script errors');
  } finally {
    await browser.close();
  }

  // The trainer's view: the wave's learners go into classes, Diễn Kỷ's goes to demo.trainer, who
  // opens the class dashboard and sees the learner in progress.
  const classes = await api(admin, 'POST', `/api/waves/${wave.id}/classes/split`, { classSize: 36 });
  const learnersClass = classes.find((c) => JSON.stringify(c).includes(`"learnerId":${learner.id}`)) ?? classes[0];
  assert.ok(learnersClass, `a class for the learner: ${JSON.stringify(classes)}`);
  await api(admin, 'PUT', `/api/classes/${learnersClass.id}`, { name: learnersClass.name, trainerUsername: 'demo.trainer', confirmUntrained: true });

  const trainerBrowser = await openBrowser({ width: 1280, height: 800 });
  try {
    const page = trainerBrowser.page;
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await logIn(page, 'demo.trainer');
    await backInTheApp(page, 'demo.trainer');
    await page.goto(`${BASE_URL}/classes/${learnersClass.id}/dashboard`);
    const row = page.getByTestId(`dashboard-row-${learner.id}`);
    await expectVisible(row, "the learner's row on the class dashboard");
    const pace = row.getByTestId('pace');
    await expectVisible(pace, 'the pace chip');
    assert.match(await pace.getAttribute('class'), /badge--pace-in_progress/, 'the learner is in progress');
    assert.match(await row.textContent(), /1\/\d+|0\/\d+/, 'lectures completed out of the total');
    await shot(page, 'player-03-trainer-dashboard');
    assert.deepEqual(errors, [], 'no script errors on the dashboard');
  } finally {
    await trainerBrowser.close();
  }
}

/** A token for the new learner (the test-only direct-grant client), to read progress as they would. */
async function apiTokenFor(username, password) {
  const response = await fetch(`${KEYCLOAK_REALM_URL}protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'hocso-test', username, password }),
  });
  const body = await response.json();
  assert.ok(body.access_token, `token for ${username}: ${JSON.stringify(body)}`);
  return body.access_token;
}
