// Citizens and posters (issue 17), in Chromium at 360 × 740 against the packaged app with the demo data:
// a unit admin's poster for Xã Diễn Kỷ carries a short URL; a phone with no account opens it, is counted
// for Diễn Kỷ, lands on the material and reads it — under 100 KB transferred before the video plays,
// no script, nothing blocked by the CSP, axe clean. Then the staff page at 360 px: posters and reach.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { apiToken, backInTheApp, BASE_URL, expectVisible, logIn, openBrowser, shot, unitId } from './support.mjs';

const PHONE = { width: 360, height: 740 };
const PAGE_BUDGET = 100 * 1024;
const SLUG = 'nhan-biet-lua-dao';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeFindings(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

/** The demo materials are seeded in the background after start-up (their videos rendered first). */
async function demoMaterialPublished() {
  const until = Date.now() + 180_000;
  for (;;) {
    const response = await fetch(`${BASE_URL}/api/public/materials/${SLUG}`);
    if (response.status === 200) return response.json();
    if (Date.now() > until) assert.fail(`the demo material ${SLUG} was not published after 3 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

async function reachOf(token, unit, communeCode) {
  const response = await fetch(`${BASE_URL}/api/units/${unit}/qr-reach`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(response.status, 200);
  const reach = await response.json();
  return reach.communes.find((c) => c.code === communeCode).opens;
}

test('a citizen scans a commune poster, is counted for that commune and reads the material on a phone', async () => {
  const material = await demoMaterialPublished();
  const token = await apiToken('demo.unitadmin');
  const dienKy = await unitId(token, 'NA-DIENCHAU-DIENKY');
  const dienChau = await unitId(token, 'NA-DIENCHAU');
  const poster = await fetch(`${BASE_URL}/api/units/${dienKy}/qr-poster.pdf?target=MATERIAL&ref=${SLUG}&format=A6`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  assert.equal(poster.status, 200, 'the unit admin of Diễn Châu prints a leaflet for Xã Diễn Kỷ');
  assert.match(poster.headers.get('content-type'), /application\/pdf/);
  const code = poster.headers.get('x-qr-code');
  assert.match(code, /^[2-9A-HJKMNP-Z]{6}$/);
  const before = await reachOf(token, dienChau, 'NA-DIENCHAU-DIENKY');

  const browser = await openBrowser(PHONE);
  try {
    const { page } = browser;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let transferred = 0;
    const requests = [];
    cdp.on('Network.loadingFinished', (event) => {
      transferred += event.encodedDataLength;
    });
    cdp.on('Network.requestWillBeSent', (event) => requests.push(event.request.url));

    // The short URL typed or scanned, as printed under the QR code.
    await page.goto(`${BASE_URL}/q/${code}`, { waitUntil: 'load' });
    assert.equal(new URL(page.url()).pathname, `/m/${SLUG}`, 'the code leads to the material');
    await expectVisible(page.getByRole('heading', { level: 1, name: material.title }), 'the material title');
    await expectVisible(page.locator('article li').first(), 'the material text');
    assert.equal(await page.locator('script').count(), 0, 'no script on a citizen page');
    assert.ok(!requests.some((url) => url.includes('/assets/') || url.includes('/realms/')),
      `no app bundle and no Keycloak on the way: ${requests.join(', ')}`);
    if (material.video) {
      assert.equal(await page.locator('video').getAttribute('preload'), 'none', 'the video waits for play');
    }
    assert.ok(transferred < PAGE_BUDGET, `the material page cost ${transferred} bytes before the video (budget ${PAGE_BUDGET})`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `the page fits a 360-px screen (scroll width ${width})`);
    assert.deepEqual(await axeFindings(page), [], 'axe: no critical or serious finding on the material page');
    await shot(page, 'open-material-360');
    console.log(`material page: ${transferred} bytes transferred before the video, ${requests.length} requests`);

    // The leaflet and the topic page open without an account too.
    if (material.leaflet) {
      const leaflet = await fetch(`${BASE_URL}${material.leaflet.url}`);
      assert.equal(leaflet.status, 200);
    }
    await page.click(`a[href="/t/${material.topicSlug}"]`);
    await expectVisible(page.getByRole('heading', { level: 1, name: material.topicTitle }), 'the topic page');
  } finally {
    await browser.close();
  }
  assert.equal(await reachOf(token, dienChau, 'NA-DIENCHAU-DIENKY'), before + 1, 'one open counted for Diễn Kỷ');
});

test('a unit admin finds posters and reach on the staff page at 360 px', async () => {
  await demoMaterialPublished();
  const browser = await openBrowser(PHONE);
  try {
    const { page } = browser;
    await logIn(page, 'demo.unitadmin');
    await backInTheApp(page, 'demo.unitadmin');
    await page.goto(`${BASE_URL}/open-learning`);
    await expectVisible(page.locator('[data-testid="open-learning-title"]'), 'the open-learning page');
    await expectVisible(page.locator('[data-testid="posters"]'), 'the poster panel');
    const dienChau = await page.locator('[data-testid="reach-unit"] option', { hasText: 'Huyện Diễn Châu' }).getAttribute('value');
    await page.selectOption('[data-testid="reach-unit"]', dienChau);
    await expectVisible(page.locator('[data-testid="reach-NA-DIENCHAU-DIENKY"]'), 'Diễn Kỷ in the reach table');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `the staff page fits a 360-px screen (scroll width ${width})`);
    assert.deepEqual(await axeFindings(page), [], 'axe: no critical or serious finding on the staff page');
    await shot(page, 'open-learning-staff-360');
  } finally {
    await browser.close();
  }
});
