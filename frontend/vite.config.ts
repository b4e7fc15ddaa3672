import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** The signed-in pages a learner opens, and the router every signed-in page loads (issue 14). */
const LEARNER_ROOTS = ['src/app/router.tsx', 'src/app/routes/home.tsx', 'src/app/routes/learn.tsx', 'src/app/routes/quiz.tsx', 'src/app/routes/quiz-attempt.tsx'];
/** Pages that open without Keycloak and without the router. */
const PUBLIC_ROOTS = ['src/app/routes/public-dashboard.tsx', 'src/app/routes/open-course.tsx'];

type ModuleGraph = { getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[]; dynamicImporters: readonly string[] } | null };

/** The chunks that load a module statically: the entry and the lazily loaded modules whose static imports reach it. */
function rootsOf(id: string, graph: ModuleGraph): Set<string> {
  const roots = new Set<string>();
  const seen = new Set<string>();
  const visit = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    const info = graph.getModuleInfo(current);
    if (!info) return;
    if (info.isEntry || info.dynamicImporters.length > 0) roots.add(current);
    info.importers.forEach(visit);
  };
  visit(id);
  return roots;
}

const isOneOf = (id: string, paths: string[]) => paths.some((path) => id.endsWith(path));

/**
 * Fewer, larger shared chunks for the pages a phone opens most (issue 14): left to itself the bundler
 * made one small chunk per set of importers, and the learner's home fetched ~15 of them; on HTTP/1.1's
 * six connections with a 400 ms round trip that was three waves. Modules shared by two or more lazy
 * chunks, one of them the router or a learner page, go into `app` (which every signed-in page loads
 * anyway, with the router); those the public pages need too go into `common`, so that the public
 * dashboard and an open course's page still load neither Keycloak, nor the router, nor staff code.
 * Modules only staff pages share keep the bundler's own split.
 */
function sharedChunk(id: string, graph: ModuleGraph): string | null {
  // TanStack Query's modules all look reachable from index.html's scripts through its index's
  // re-exports, but the entry uses only the client and its provider: the hooks went into three tiny
  // chunks of their own. All of it goes into `common`, which index.html's scripts then load.
  if (/node_modules[\\/]@tanstack[\\/]/.test(id)) return 'common';
  const roots = rootsOf(id, graph);
  if ([...roots].some((root) => graph.getModuleInfo(root)?.isEntry)) return null; // in index.html's scripts
  if (roots.size < 2 || roots.has(id)) return null; // one chunk loads it, or it is a lazy chunk's own module
  const ids = [...roots];
  if (ids.some((root) => isOneOf(root, PUBLIC_ROOTS))) return 'common';
  if (ids.some((root) => isOneOf(root, LEARNER_ROOTS))) return 'app';
  return null;
}

// The backend (Spring Boot) serves the built files from the classpath `static/`;
// Maven copies `dist/` there. In development, Vite proxies the API to it.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:8080', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: (id, ctx) => sharedChunk(id, ctx), includeDependenciesRecursively: false }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
