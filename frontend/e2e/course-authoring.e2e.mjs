// Browser end-to-end test of a course from authoring to learning (issue 4): ADMIN creates a course
// with two lectures, uploads a video (a small MP4 made here with ffmpeg) and a PDF, reorders,
// publishes; the course is then offered to new waves, and the learner preview plays the video on a
// 360-px phone. Then a learner enrolled in a wave of that very course plays its video, its progress
// rises after heartbeats, a reload resumes at the same second, and the trainer sees them in progress.
// Needs the app on E2E_BASE_URL, Keycloak with the demo realm, and ffmpeg on the PATH.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, expectNoSidewaysScroll, logIn, PHONE, shot, test } from './fixtures.mjs';
import { learnerPlaysAndTrainerSees } from './learner-player.mjs';

test.use({ viewport: { width: 1280, height: 900 } });

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
    throw new Error(`ffmpeg is needed to make the test video (apt-get install ffmpeg): ${error.message}`);
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

test('ADMIN authors and publishes a course with a video and a PDF; a learner of a wave of it plays it and the trainer sees the progress', async ({
  page,
  newSession,
}, testInfo) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const video = testInfo.outputPath('bai-giang-e2e.mp4');
  const pdf = testInfo.outputPath('tai-lieu-e2e.pdf');
  makeVideo(video, 12);
  makePdf(pdf);
  const code = `E2E-${Date.now()}`;

  await logIn(page, 'demo.admin');
  await page.goto('/courses');

  // 1. A new course with a topic tag.
  const form = page.getByTestId('course-form');
  await expect(form, 'the new-course form').toBeVisible();
  await form.locator('input[name="code"]').fill(code);
  await form.locator('input[name="title"]').fill('Khóa học thử nghiệm E2E');
  await form.getByLabel('Kỹ năng số').check();
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL((url) => /\/courses\/\d+$/.test(url.pathname));
  await expect(page.getByTestId('course-editor'), 'the course editor').toBeVisible();

  // 2. Lecture 1: the video (with upload progress) and the PDF.
  const newLecture = page.getByTestId('new-lecture-form');
  await newLecture.locator('input[name="lecture-title"]').fill('Bài mở đầu');
  await newLecture.getByTestId('video-upload').setInputFiles(video);
  const videoName = newLecture.getByTestId('lecture-video-name');
  await expect(videoName).toContainText('bai-giang-e2e.mp4');
  await expect(videoName, "the video's duration read from the file").toHaveText(/0:1[12]/);
  await newLecture.getByTestId('attachment-upload').setInputFiles(pdf);
  await expect(newLecture.getByTestId('attachment-name'), 'the uploaded PDF').toBeVisible();
  await newLecture.getByTestId('lecture-save').click();
  await expect(page.getByTestId('lecture-row-1'), 'lecture 1 in the list').toBeVisible();

  // 3. Lecture 2 with the same video (stored once on the server).
  await newLecture.locator('input[name="lecture-title"]').fill('Bài thực hành');
  await newLecture.getByTestId('video-upload').setInputFiles(video);
  await expect(videoName).toContainText('bai-giang-e2e.mp4');
  await newLecture.getByTestId('lecture-save').click();
  await expect(page.getByTestId('lecture-row-2'), 'lecture 2 in the list').toBeVisible();

  // 4. Reorder: lecture 2 moves up.
  await page.getByRole('button', { name: 'Chuyển "Bài thực hành" lên' }).click();
  await expect(page.getByTestId('lecture-row-1')).toContainText('Bài thực hành');

  // 5. An invalid file is refused with a clear message.
  await newLecture.getByTestId('video-upload').setInputFiles({
    name: 'setup.mp4',
    mimeType: 'video/mp4',
    buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2048)]),
  });
  await expect(newLecture.getByTestId('error-alert'), 'the problem for an executable renamed .mp4').toBeVisible();

  // 6. Publish.
  await page.getByTestId('publish').click();
  await expect(page.getByTestId('course-status')).toContainText('Đã xuất bản');
  await shot(page, 'course-01-authoring');

  // 7. The wave form now offers it (the picker shows before the published courses have loaded).
  const courseUrl = page.url();
  await page.goto('/waves');
  await expect(page.getByTestId('wave-course'), 'the course picker of the wave form').toBeVisible();
  await expect(page.getByTestId('wave-course').locator('option', { hasText: code }), `the wave form offers ${code}`).toHaveCount(1, {
    timeout: 20_000,
  });

  // 8. Preview as a learner on a phone: the video streams through a signed link and plays.
  await page.setViewportSize(PHONE);
  await page.goto(`${courseUrl}/preview`);
  await expect(page.getByTestId('preview-notice'), 'the preview notice').toBeVisible();
  const player = page.getByTestId('lecture-video');
  await expect(player, 'the lecture video').toBeVisible();
  await expect(player, 'the video is streamed through a signed link').toHaveAttribute('src', /\/api\/media\/[0-9a-f]{64}\?token=/);
  await player.evaluate(async (v) => {
    v.muted = true;
    await v.play();
  });
  await expect.poll(() => player.evaluate((v) => v.currentTime), { message: 'the video plays', timeout: 20_000 }).toBeGreaterThan(1);
  await player.evaluate((v) => v.pause());
  await page.getByTestId('lecture-2').click();
  await expect(page.getByTestId('attachment-toggle'), 'the PDF handout of "Bài mở đầu"').toBeVisible();
  await shot(page, 'course-02-preview-360');
  await expectNoSidewaysScroll(page, 'the preview', 1, { client: true });
  expect(errors, 'no script errors').toEqual([]);

  // 9. A learner enrolled in a wave of this course plays it; the trainer sees them in progress.
  const courseId = Number(new URL(courseUrl).pathname.match(/\/courses\/(\d+)$/)?.[1]);
  expect(courseId, `the authored course's id from ${courseUrl}`).toBeGreaterThan(0);
  await learnerPlaysAndTrainerSees(newSession, courseId);
});
