// Citizens and posters (issue 17), in Chromium at 360 × 740 against the packaged app with the demo data:
// a unit admin's poster for Xã Diễn Kỷ carries a short URL; a phone with no account opens it, is counted
// for Diễn Kỷ, lands on the material and reads it — under 100 KB transferred before the video plays,
// no script, nothing blocked by the CSP, axe clean. Then the staff page at 360 px: posters and reach.
import { eventually, expect, expectAxeClean, logIn, PHONE, shot, test } from './fixtures.mjs';
import { apiToken, BASE_URL, unitId } from './support.mjs';

const PAGE_BUDGET = 100 * 1024;
const SLUG = 'nhan-biet-lua-dao';

test.use({ viewport: PHONE });

/** The demo materials are seeded in the background after start-up (their videos rendered first). */
async function demoMaterialPublished() {
  const response = await eventually(`the demo material ${SLUG} published`, async () => {
    const r = await fetch(`${BASE_URL}/api/public/materials/${SLUG}`);
    return r.status === 200 ? r : undefined;
  });
  return response.json();
}

async function reachOf(token, unit, communeCode) {
  const response = await fetch(`${BASE_URL}/api/units/${unit}/qr-reach`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  const reach = await response.json();
  return reach.communes.find((c) => c.code === communeCode).opens;
}

test('a citizen scans a commune poster, is counted for that commune and reads the material on a phone', async ({ page }) => {
  const material = await demoMaterialPublished();
  const token = await apiToken('demo.unitadmin');
  const dienKy = await unitId(token, 'NA-DIENCHAU-DIENKY');
  const dienChau = await unitId(token, 'NA-DIENCHAU');
  const poster = await fetch(`${BASE_URL}/api/units/${dienKy}/qr-poster.pdf?target=MATERIAL&ref=${SLUG}&format=A6`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(poster.status, 'the unit admin of Diễn Châu prints a leaflet for Xã Diễn Kỷ').toBe(200);
  expect(poster.headers.get('content-type')).toMatch(/application\/pdf/);
  const code = poster.headers.get('x-qr-code');
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
  const before = await reachOf(token, dienChau, 'NA-DIENCHAU-DIENKY');

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
  await page.goto(`/q/${code}`, { waitUntil: 'load' });
  expect(new URL(page.url()).pathname, 'the code leads to the material').toBe(`/m/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1, name: material.title }), 'the material title').toBeVisible();
  await expect(page.locator('article li').first(), 'the material text').toBeVisible();
  await expect(page.locator('script'), 'no script on a citizen page').toHaveCount(0);
  expect(
    requests.filter((url) => url.includes('/assets/') || url.includes('/realms/')),
    'no app bundle and no Keycloak on the way',
  ).toEqual([]);
  if (material.video) {
    await expect(page.locator('video'), 'the video waits for play').toHaveAttribute('preload', 'none');
  }
  expect(transferred, `the material page cost ${transferred} bytes before the video (budget ${PAGE_BUDGET})`).toBeLessThan(PAGE_BUDGET);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `the page fits a 360-px screen (scroll width ${width})`).toBeLessThanOrEqual(PHONE.width);
  await expectAxeClean(page, 'the material page');
  await shot(page, 'open-material-360');
  console.log(`material page: ${transferred} bytes transferred before the video, ${requests.length} requests`);

  // The leaflet and the topic page open without an account too.
  if (material.leaflet) {
    const leaflet = await fetch(`${BASE_URL}${material.leaflet.url}`);
    expect(leaflet.status).toBe(200);
  }
  await page.locator(`a[href="/t/${material.topicSlug}"]`).click();
  await expect(page.getByRole('heading', { level: 1, name: material.topicTitle }), 'the topic page').toBeVisible();
  await expect.poll(() => reachOf(token, dienChau, 'NA-DIENCHAU-DIENKY'), 'one open counted for Diễn Kỷ').toBe(before + 1);
});

test('a unit admin finds posters and reach on the staff page at 360 px', async ({ page }) => {
  await demoMaterialPublished();
  await logIn(page, 'demo.unitadmin');
  await page.goto('/open-learning');
  await expect(page.locator('[data-testid="open-learning-title"]'), 'the open-learning page').toBeVisible();
  await expect(page.locator('[data-testid="posters"]'), 'the poster panel').toBeVisible();
  const dienChau = await page.locator('[data-testid="reach-unit"] option', { hasText: 'Huyện Diễn Châu' }).getAttribute('value');
  await page.locator('[data-testid="reach-unit"]').selectOption(dienChau);
  await expect(page.locator('[data-testid="reach-NA-DIENCHAU-DIENKY"]'), 'Diễn Kỷ in the reach table').toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `the staff page fits a 360-px screen (scroll width ${width})`).toBeLessThanOrEqual(PHONE.width);
  await expectAxeClean(page, 'the staff page');
  await shot(page, 'open-learning-staff-360');
});
