// The JavaScript a first visit of each route downloads (issue 14), from a build with a manifest:
//
//   npx vite build --manifest && node scripts/compress-dist.mjs && node scripts/route-sizes.mjs
//
// A route's first load is index.html's scripts, Keycloak's adapter (not on the public pages), the
// router, the route's chunk and everything these import statically. Sizes are the Brotli files the
// server sends (KB = 1,000 bytes); "files" is the number of scripts, "waves" the longest chain of
// static imports after the entry that a browser without modulepreload would fetch one after another.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(`${DIST}.vite/manifest.json`, 'utf8'));

const brBytes = (file) =>
  existsSync(`${DIST}${file}.br`) ? statSync(`${DIST}${file}.br`).size : brotliCompressSync(readFileSync(`${DIST}${file}`)).length;

function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

/** Depth of a chunk's static imports, not counting chunks already in `loaded`. */
function depth(key, loaded, memo = new Map()) {
  if (loaded.has(key)) return 0;
  if (memo.has(key)) return memo.get(key);
  memo.set(key, 1);
  const d = 1 + Math.max(0, ...(manifest[key]?.imports ?? []).map((next) => depth(next, loaded, memo)));
  memo.set(key, d);
  return d;
}

const ENTRY = 'index.html';
const ADAPTER = 'node_modules/keycloak-js/lib/keycloak.js';
const ROUTER = 'src/app/router.tsx';
const route = (name) => `src/app/routes/${name}.tsx`;
const ROUTES = [
  ['public dashboard (no Keycloak, no router)', [route('public-dashboard')], false],
  ['learner: home', [route('home')], true],
  ['learner: player', [route('learn')], true],
  ['learner: home + player', [route('home'), route('learn')], true],
  ['learner: quiz / attempt', [route('quiz'), route('quiz-attempt')], true],
  ['trainer: class dashboard', [route('dashboard')], true],
  ['staff home (task home)', [route('home'), 'src/features/tasks/components/task-home.tsx'], true],
  ['headcounts', [route('headcounts')], true],
  ['waves / a wave', [route('wave')], true],
];

const entry = closure([ENTRY]);
const sum = (keys) => [...keys].reduce((total, key) => total + brBytes(manifest[key].file), 0);
console.log(`entry (index.html's scripts): ${(sum(entry) / 1000).toFixed(1)} KB br in ${entry.size} files`);
console.log('route | KB br | files | waves after the entry');
for (const [name, pages, signedIn] of ROUTES) {
  const roots = signedIn ? [ENTRY, ADAPTER, ROUTER, ...pages] : [ENTRY, ...pages];
  const all = closure(roots);
  const waves = Math.max(...pages.map((page) => depth(page, closure(signedIn ? [ENTRY, ADAPTER] : [ENTRY]))));
  console.log(`${name} | ${(sum(all) / 1000).toFixed(1)} | ${all.size} | ${waves}`);
}
