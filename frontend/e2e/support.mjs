// Shared plumbing for the browser tests (run by @playwright/test, see fixtures.mjs) and the slow-phone
// benchmark: where the app and Keycloak are, calls to the API with a test-only direct-grant token (for
// setting the scene, never for what is tested), and for the benchmark the machine's Chromium with a
// Keycloak login.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const ARTIFACTS = resolve(process.env.E2E_ARTIFACTS ?? 'target/e2e');
export const KEYCLOAK_URL = (process.env.E2E_KEYCLOAK_URL ?? 'http://127.0.0.1:8180').replace(/\/$/, '');
export const KEYCLOAK_REALM_URL = `${KEYCLOAK_URL}/realms/hocso/`;
export const DEMO_PASSWORD = 'HocSo@2026';
/** The machine's Chromium (Debian's package: nothing is downloaded) and its switches, for the tests and the benchmark. */
export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const TIMEOUT_MS = 30_000;

/** For the benchmark: a fresh browser profile (a cold cache, a Keycloak session of its own); close it when done. */
export async function openBrowser(viewport = { width: 1280, height: 800 }) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'hocso-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale: 'vi-VN',
    acceptDownloads: true,
    args: CHROMIUM_ARGS,
  });
  context.setDefaultTimeout(TIMEOUT_MS);
  // Every browser test also checks that the app's Content-Security-Policy blocked nothing it needs.
  const cspViolations = [];
  const watch = (p) =>
    p.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text()) && p.url().startsWith(BASE_URL)) {
        cspViolations.push(`${p.url()}: ${message.text()}`);
      }
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    cspViolations,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
      assert.deepEqual(cspViolations, [], 'the Content-Security-Policy blocked something the app needs');
    },
  };
}

export async function expectVisible(locator, what) {
  try {
    await locator.first().waitFor({ state: 'visible' });
  } catch {
    assert.fail(`expected ${what} to be visible on ${locator.page().url()}`);
  }
}

export async function expectKeycloakLogin(page, when) {
  try {
    await page.waitForURL((url) => url.href.startsWith(KEYCLOAK_REALM_URL));
  } catch {
    assert.fail(`${when}: expected the Keycloak login page (${KEYCLOAK_REALM_URL}…), but the browser is on ${page.url()}`);
  }
  await expectVisible(page.locator('#username'), `${when}: the Keycloak username field`);
  await expectVisible(page.locator('#password'), `${when}: the Keycloak password field`);
}

/** Keycloak's answer to a password grant through the test-only direct-grant client. */
export function passwordGrant(username, password = DEMO_PASSWORD) {
  return fetch(`${KEYCLOAK_REALM_URL}protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'hocso-test', username, password }),
  });
}

/** A token for a (demo) user through the test-only direct-grant client, for API calls that set the scene. */
export async function apiToken(username, password = DEMO_PASSWORD) {
  const response = await passwordGrant(username, password);
  const body = await response.text();
  assert.equal(response.status, 200, `token for ${username}: ${body}`);
  return JSON.parse(body).access_token;
}

export async function api(token, method, path, body) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept-Language': 'en' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** The id of a unit in the caller's tree, by code. */
export async function unitId(token, code) {
  const find = (nodes) => {
    for (const node of nodes) {
      if (node.code === code) return node.id;
      const below = find(node.children);
      if (below !== undefined) return below;
    }
    return undefined;
  };
  const id = find(await api(token, 'GET', '/api/org-units/tree'));
  assert.ok(id !== undefined, `unit ${code} not in the tree`);
  return id;
}

/** Every word in the table's cells on one line: a cell narrower than its longest word breaks one. */
export async function brokenWords(page, selector) {
  return page.evaluate((tableSelector) => {
    const broken = [];
    for (const table of document.querySelectorAll(tableSelector)) {
      const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A break after a hyphen (NA-DIENCHAU-DIENKY) is the text's own; a break inside a part is a squeeze.
        for (const match of text.matchAll(/[^\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          // One rectangle per line the word occupies.
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);
}

/** The staff-list file's header row (semicolon-separated, as the provinces' spreadsheets save it). */
export const STAFF_LIST_HEADER = 'Họ và tên;Ngày sinh;Giới tính;Số CCCD;Email;Số điện thoại;Mã đơn vị;Đối tượng;Chức vụ';

/** A fresh 12-digit citizen id, so that every run registers new people. */
export const newCitizenId = () => String(Math.floor(1e11 + Math.random() * 8.9e11));

/** Registers the rows of a staff list through the import API (all or nothing), as a unit admin. */
export async function importStaff(token, rows) {
  const form = new FormData();
  form.append('file', new Blob([`\uFEFF${[STAFF_LIST_HEADER, ...rows].join('\r\n')}\r\n`], { type: 'text/csv' }), 'ds.csv');
  const upload = await fetch(`${BASE_URL}/api/learner-imports`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  const report = await upload.json();
  assert.equal(upload.status, 200, JSON.stringify(report));
  await api(token, 'POST', `/api/learner-imports/${report.id}/commit`, { mode: 'ALL_OR_NOTHING' });
}
