// The learner's half of the course end-to-end test (issue 4), called by course-authoring.e2e.mjs
// with the course the ADMIN has just authored and published. Needs the progress API
// (POST …/heartbeats, GET …/progress) besides the course, media, wave and account modules.
import { eventually, expect, expectBackInTheApp, logIn, PHONE, shot, submitLogin } from './fixtures.mjs';
import { api, apiToken, unitId } from './support.mjs';

const TAG = Date.now().toString().slice(-8);

/**
 * A learner of Diễn Kỷ, enrolled through the API in a new wave of the given published course, plays
 * its first lecture on a phone: currentTime advances, the lecture's progress rises after the
 * heartbeat sent on pause, reloading resumes at the same second; then demo.trainer, given the
 * learner's class, sees them in progress on the class dashboard.
 */
export async function learnerPlaysAndTrainerSees(newSession, courseId) {
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
  expect(wave.courseVersionId, 'the wave keeps the published course version').toBeTruthy();
  await api(admin, 'POST', `/api/waves/${wave.id}/enrolments`, { learnerIds: [learner.id] });
  const job = await api(admin, 'POST', '/api/account-issuances', { learnerIds: [learner.id] });
  await eventually('the account issuance job', async () => {
    const state = await api(admin, 'GET', `/api/account-issuances/${job.id}`);
    expect(state.status, JSON.stringify(state)).not.toBe('FAILED');
    return state.status === 'DONE';
  }, 60_000);
  const reset = await api(admin, 'POST', `/api/learner-accounts/${learner.id}/reset`);

  const { page } = await newSession(PHONE);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await submitLogin(page, reset.username, reset.activationCode);
  await expect(page.locator('#password-new'), 'Keycloak asking for a new password').toBeVisible();
  const password = `Hs-${TAG}-Hoc!2026`;
  await page.locator('#password-new').fill(password);
  await page.locator('#password-confirm').fill(password);
  await page.locator('[type=submit]').click();
  await expectBackInTheApp(page);

  // From the home's enrolment card to the player.
  await page.getByTestId('enrolment-open').first().click();
  await expect(page).toHaveURL(/\/learn\/\d+$/);
  const enrolmentId = Number(page.url().split('/').pop());
  const video = page.getByTestId('lecture-video');
  await expect(video, 'the first lecture video').toBeVisible();

  // Play about 6 seconds, then pause: the pause sends a heartbeat.
  await video.evaluate(async (v) => {
    v.muted = true;
    await v.play();
  });
  await expect.poll(() => video.evaluate((v) => v.currentTime), { message: 'the video plays', timeout: 30_000 }).toBeGreaterThan(6);
  const pausedAt = await video.evaluate((v) => {
    v.pause();
    return v.currentTime;
  });
  const learnerToken = await apiToken(reset.username, password);
  const progress = await eventually('the heartbeat to be counted', async () => {
    const p = await api(learnerToken, 'GET', `/api/enrolments/${enrolmentId}/progress`);
    return p.lectures[0]?.watchedSeconds >= 4 ? p : undefined;
  }, 30_000);
  expect(progress.lectures[0].percent, `the first lecture's progress rose: ${JSON.stringify(progress.lectures[0])}`).toBeGreaterThan(0);
  expect(Math.abs(progress.lectures[0].positionSecond - pausedAt), 'the position is stored').toBeLessThan(1.5);
  await expect(page.getByTestId('lecture-1'), "the lecture's progress in the list").toHaveText(/\d/);
  await shot(page, 'player-01-after-heartbeat');

  // Reloading resumes where the learner paused.
  await page.reload();
  await expect(page.getByTestId('lecture-video'), 'the video after reloading').toBeVisible();
  await expect
    .poll(() => video.evaluate((v, at) => Math.abs(v.currentTime - at), pausedAt), {
      message: 'the video resumes at the second it was paused',
      timeout: 20_000,
    })
    .toBeLessThan(1.5);
  await shot(page, 'player-02-resumed');
  expect(errors, 'no script errors').toEqual([]);

  // The trainer's view: the wave's learners go into classes, Diễn Kỷ's goes to demo.trainer, who
  // opens the class dashboard and sees the learner in progress.
  const classes = await api(admin, 'POST', `/api/waves/${wave.id}/classes/split`, { classSize: 36 });
  const learnersClass = classes.find((c) => JSON.stringify(c).includes(`"learnerId":${learner.id}`)) ?? classes[0];
  expect(learnersClass, `a class for the learner: ${JSON.stringify(classes)}`).toBeTruthy();
  await api(admin, 'PUT', `/api/classes/${learnersClass.id}`, { name: learnersClass.name, trainerUsername: 'demo.trainer', confirmUntrained: true });

  const trainer = (await newSession({ width: 1280, height: 800 })).page;
  const trainerErrors = [];
  trainer.on('pageerror', (error) => trainerErrors.push(error.message));
  await logIn(trainer, 'demo.trainer');
  await trainer.goto(`/classes/${learnersClass.id}/dashboard`);
  const row = trainer.getByTestId(`dashboard-row-${learner.id}`);
  await expect(row, "the learner's row on the class dashboard").toBeVisible();
  await expect(row.getByTestId('pace'), 'the learner is in progress').toHaveClass(/badge--pace-in_progress/);
  await expect(row, 'lectures completed out of the total').toHaveText(/1\/\d+|0\/\d+/);
  await shot(trainer, 'player-03-trainer-dashboard');
  expect(trainerErrors, 'no script errors on the dashboard').toEqual([]);
}
