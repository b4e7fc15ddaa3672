// The slow-phone benchmark (issue 14) — a measurement, not a test: it asserts nothing about the
// figures, it prints them. Chromium at 360 × 740 with an emulated slow 4G link (400 ms RTT,
// 1.6 Mbps down, 750 kbps up) and a 4× slower CPU, through the DevTools protocol, against the
// packaged app with the demo data:
//
//   node e2e/slow-phone.bench.mjs            (E2E_BASE_URL, E2E_KEYCLOAK_URL as for the browser tests)
//
// Each figure is the median of BENCH_RUNS runs (default 3), each in a fresh browser profile (a cold
// cache, as on a first visit) except the reloads, which are warm by nature.
//   login form      open the app → Keycloak's username field visible
//   home            press "Đăng nhập" → the learner's enrolment card visible
//   player reload   reload /learn/{id} → the lecture video visible
//   dashboard reload reload the trainer's class dashboard → its first row visible
import { api, apiToken, BASE_URL, DEMO_PASSWORD, expectKeycloakLogin, openBrowser } from './support.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// BENCH_CPU=1 leaves the CPU as it is: the same steps with the network alone, to tell the two apart.
const CPU_RATE = Number(process.env.BENCH_CPU ?? 4);
const SLOW_4G = {
  offline: false,
  latency: 400,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  if (CPU_RATE > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  return cdp;
}

/**
 * With BENCH_TRACE=1, each timed step also prints its requests (start → end, ms from the step's
 * start), to show what a step waits for: redirects, scripts, API calls.
 */
function traceRequests(page) {
  if (!process.env.BENCH_TRACE) return () => {};
  const start = performance.now();
  const lines = [];
  const began = new Map();
  const onRequest = (request) => began.set(request, performance.now() - start);
  const onDone = async (request) => {
    const end = performance.now() - start;
    const url = new URL(request.url());
    const response = await request.response().catch(() => null);
    const sizes = await request.sizes().catch(() => null);
    const bytes = sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
    const status = response ? `${response.status()}${response.fromServiceWorker() ? ' sw' : ''}` : 'failed';
    lines.push([began.get(request) ?? 0, end, `${request.method()} ${url.host}${url.pathname} ${status} ${bytes} B`]);
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  return (label) => {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
    console.log(`  ${label}:`);
    for (const [from, to, what] of lines.sort((a, b) => a[0] - b[0])) {
      console.log(`    ${String(Math.round(from)).padStart(6)} → ${String(Math.round(to)).padStart(6)} ms  ${what}`);
    }
  };
}

async function timed(action, until) {
  const start = performance.now();
  await action();
  await until();
  return Math.round(performance.now() - start);
}

async function learnerRun() {
  const browser = await openBrowser({ width: 360, height: 740 });
  try {
    const page = browser.page;
    page.setDefaultTimeout(120_000);
    await throttle(page);
    let trace = traceRequests(page);
    const loginForm = await timed(
      () => page.goto(BASE_URL, { waitUntil: 'commit' }),
      () => expectKeycloakLogin(page, 'benchmark'),
    );
    trace('login form');
    await page.fill('#username', 'demo.learner');
    await page.fill('#password', DEMO_PASSWORD);
    trace = traceRequests(page);
    const home = await timed(
      () => page.click('#kc-login'),
      () => page.getByTestId('enrolment-open').first().waitFor({ state: 'visible' }),
    );
    trace('home after login');
    await page.getByTestId('enrolment-open').first().click();
    await page.getByTestId('lecture-video').waitFor({ state: 'visible' });
    trace = traceRequests(page);
    const playerReload = await timed(
      () => page.reload({ waitUntil: 'commit' }),
      () => page.getByTestId('lecture-video').waitFor({ state: 'visible' }),
    );
    trace('player reload');
    return { loginForm, home, playerReload };
  } finally {
    await browser.close();
  }
}

async function trainerRun(classId) {
  const browser = await openBrowser({ width: 360, height: 740 });
  try {
    const page = browser.page;
    page.setDefaultTimeout(120_000);
    await page.goto(BASE_URL);
    await expectKeycloakLogin(page, 'benchmark trainer');
    await page.fill('#username', 'demo.trainer');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('#kc-login');
    await page.waitForURL((url) => url.href.startsWith(BASE_URL));
    await page.goto(`${BASE_URL}/classes/${classId}/dashboard`);
    const firstRow = page.locator('[data-testid^="dashboard-row-"]').first();
    await firstRow.waitFor({ state: 'visible' });
    await throttle(page);
    const trace = traceRequests(page);
    const dashboardReload = await timed(
      () => page.reload({ waitUntil: 'commit' }),
      () => firstRow.waitFor({ state: 'visible' }),
    );
    trace('dashboard reload');
    return { dashboardReload };
  } finally {
    await browser.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The demo scenario (a wave, its classes, the learners' progress) is loaded in the background after start-up.
let classes = [];
for (const until = Date.now() + 300_000; classes.length === 0; ) {
  classes = await api(await apiToken('demo.trainer'), 'GET', '/api/me/classes');
  if (classes.length > 0) break;
  if (Date.now() > until) throw new Error('demo.trainer has no class after 5 minutes: is the demo scenario loaded?');
  await new Promise((resolve) => setTimeout(resolve, 3_000));
}
const runs = [];
for (let i = 0; i < RUNS; i++) {
  runs.push({ ...(await learnerRun()), ...(await trainerRun(classes[0].id)) });
  console.log(`run ${i + 1}: ${JSON.stringify(runs[i])}`);
}
const keys = Object.keys(runs[0]);
console.log(`\nslow 4G (400 ms RTT, 1.6 Mbps) + ${CPU_RATE}× CPU, median of ${RUNS} runs against ${BASE_URL}:`);
for (const key of keys) console.log(`  ${key.padEnd(16)} ${(median(runs.map((r) => r[key])) / 1000).toFixed(2)} s`);
