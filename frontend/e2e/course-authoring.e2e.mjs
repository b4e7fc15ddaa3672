// Browser end-to-end test of a course from authoring to learning (issue 4): ADMIN creates a course
// with two lectures, uploads a video (a small MP4 made here with ffmpeg) and a PDF, reorders,
// publishes; the course is then offered to new waves, and the learner preview plays the video on a
// 360-px phone. Then a learner enrolled in a wave of that very course plays its video, its progress
// rises after heartbeats, a reload resumes at the same second, and the trainer sees them in progress.
// Needs the app on E2E_BASE_URL, Keycloak with the demo realm, and ffmpeg on the PATH.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { learnerPlaysAndTrainerSees } from './learner-player.mjs';
import { BASE_URL, backInTheApp, expectVisible, logIn, openBrowser, shot } from './support.mjs';

const DESKTOP = { width: 1280, height: 900 };
const MOBILE = { width: 360, height: 740 };

let browser;
let work;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'hocso-e2e-media-'));
  browser = await openBrowser(DESKTOP);
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function makeVideo(path, seconds) {
  try {
    execFileSync('ffmpeg', [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', `testsrc=size=320x180:rate=15:duration=${seconds}`,
      '-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`,
      '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest',
      '-movflags', '+faststart', path,
    ]);
  } catch (error) {
    assert.fail(`ffmpeg is needed to make the test video (apt-get install ffmpeg): ${error.message}`);
  }
}

function makePdf(path) {
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] >> endobj',
    'trailer << /Root 1 0 R >>',
    `% ${Date.now()}`,
    '%%EOF',
  ].join('\n');
  writeFileSync(path, body);
}

test('ADMIN authors and publishes a course with a video and a PDF; a learner of a wave of it plays it and the trainer sees the progress', async () => {
  const page = browser.page;
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const video = join(work, 'bai-giang-e2e.mp4');
  const pdf = join(work, 'tai-lieu-e2e.pdf');
  makeVideo(video, 12);
  makePdf(pdf);
  const code = `E2E-${Date.now()}`;

  await logIn(page, 'demo.admin');
  await backInTheApp(page, 'demo.admin');
  await page.goto(`${BASE_URL}/courses`);

  // 1. A new course with a topic tag.
  const form = page.getByTestId('course-form');
  await expectVisible(form, 'the new-course form');
  await form.locator('input[name="code"]').fill(code);
  await form.locator('input[name="title"]').fill('Khóa học thử nghiệm E2E');
  await form.getByLabel('Kỹ năng số').check();
  await form.locator('button[type="submit"]').click();
  await page.waitForURL((url) => /\/courses\/\d+$/.test(url.pathname));
  await expectVisible(page.getByTestId('course-editor'), 'the course editor');

  // 2. Lecture 1: the video (with upload progress) and the PDF.
  const newLecture = page.getByTestId('new-lecture-form');
  await newLecture.locator('input[name="lecture-title"]').fill('Bài mở đầu');
  await newLecture.getByTestId('video-upload').setInputFiles(video);
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="new-lecture-form"] [data-testid="lecture-video-name"]')?.textContent?.includes('bai-giang-e2e.mp4'),
  );
  const videoLabel = await newLecture.getByTestId('lecture-video-name').textContent();
  assert.match(videoLabel ?? '', /0:1[12]/, `the video's duration read from the file, got "${videoLabel}"`);
  await newLecture.getByTestId('attachment-upload').setInputFiles(pdf);
  await expectVisible(newLecture.getByTestId('attachment-name'), 'the uploaded PDF');
  await newLecture.getByTestId('lecture-save').click();
  await expectVisible(page.getByTestId('lecture-row-1'), 'lecture 1 in the list');

  // 3. Lecture 2 with the same video (stored once on the server).
  await newLecture.locator('input[name="lecture-title"]').fill('Bài thực hành');
  await newLecture.getByTestId('video-upload').setInputFiles(video);
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="new-lecture-form"] [data-testid="lecture-video-name"]')?.textContent?.includes('bai-giang-e2e.mp4'),
  );
  await newLecture.getByTestId('lecture-save').click();
  await expectVisible(page.getByTestId('lecture-row-2'), 'lecture 2 in the list');

  // 4. Reorder: lecture 2 moves up.
  await page.getByRole('button', { name: 'Chuyển "Bài thực hành" lên' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="lecture-row-1"]')?.textContent?.includes('Bài thực hành'));

  // 5. An invalid file is refused with a clear message.
  const fake = join(work, 'setup.mp4');
  writeFileSync(fake, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2048)]));
  await newLecture.getByTestId('video-upload').setInputFiles(fake);
  await expectVisible(newLecture.getByTestId('error-alert'), 'the problem for an executable renamed .mp4');

  // 6. Publish.
  await page.getByTestId('publish').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="course-status"]')?.textContent?.includes('Đã xuất bản'));
  await shot(page, 'course-01-authoring');

  // 7. The wave form now offers it.
  const courseUrl = page.url();
  await page.goto(`${BASE_URL}/waves`);
  await expectVisible(page.getByTestId('wave-course'), 'the course picker of the wave form');
  // The picker shows before the published courses have loaded: wait for its options.
  await page
    .waitForFunction(
      (wanted) => [...document.querySelectorAll('[data-testid="wave-course"] option')].some((o) => o.textContent?.includes(wanted)),
      code,
      { timeout: 20_000 },
    )
    .catch(() => undefined);
  const options = await page.getByTestId('wave-course').locator('option').allTextContents();
  assert.ok(options.some((o) => o.includes(code)), `the wave form offers ${code}: ${options.join(' | ')}`);

  // 8. Preview as a learner on a phone: the video streams through a signed link and plays.
  await page.setViewportSize(MOBILE);
  await page.goto(`${courseUrl}/preview`);
  await expectVisible(page.getByTestId('preview-notice'), 'the preview notice');
  const player = page.getByTestId('lecture-video');
  await expectVisible(player, 'the lecture video');
  const src = await player.getAttribute('src');
  assert.match(src ?? '', /\/api\/media\/[0-9a-f]{64}\?token=/, 'the video is streamed through a signed link');
  await page.evaluate(async () => {
    const v = document.querySelector('[data-testid="lecture-video"]');
    v.muted = true;
    await v.play();
  });
  await page.waitForFunction(() => document.querySelector('[data-testid="lecture-video"]').currentTime > 1, null, {
    timeout: 20_000,
  });
  await page.evaluate(() => document.querySelector('[data-testid="lecture-video"]').pause());
  await page.getByTestId('lecture-2').click();
  await expectVisible(page.getByTestId('attachment-toggle'), 'the PDF handout of "Bài mở đầu"');
  await shot(page, 'course-02-preview-360');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `the preview fits a 360-px screen (overflow ${overflow}px)`);
  assert.deepEqual(errors, [], 'no script errors');

  // 9. A learner enrolled in a wave of this course plays it; the trainer sees them in progress.
  const courseId = Number(new URL(courseUrl).pathname.match(/\/courses\/(\d+)$/)?.[1]);
  assert.ok(courseId > 0, `the authored course's id from ${courseUrl}`);
  await learnerPlaysAndTrainerSees(courseId);
});
