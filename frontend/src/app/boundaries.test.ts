import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The module boundaries of docs/frontend.md live in eslint.config.js (eslint-plugin-boundaries), so the
// editor shows them; this proves that configuration still catches each kind of breach. Only the
// boundary rules run here, without type information, so that the check takes a second, not a minute.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { languageOptions: { parserOptions: { project: false } } },
  ruleFilter: ({ ruleId }) => ruleId.startsWith('boundaries/') || ruleId === 'no-restricted-syntax',
});

async function findings(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parser'}: ${m.message}`);
}

describe('module boundaries (eslint.config.js)', () => {
  // Loading the configuration and its plugins takes seconds on a busy machine: once, before the cases.
  beforeAll(() => eslint.calculateConfigForFile('src/lib/api-client.ts'), 60_000);

  it('lets a feature import itself and the shared layers', async () => {
    const code = [
      "import { api } from '@/lib/api-client';",
      "import { Spinner } from '@/components/ui/spinner';",
      "import type { Role } from '@/types/roles';",
      "import { useMe } from '@/features/me/api/get-me';",
      'export const used = [api, Spinner, useMe] as unknown as Role;',
    ].join('\n');
    expect(await findings('src/features/me/components/probe.tsx', code)).toEqual([]);
  });

  it('refuses a feature importing another feature, by alias, relative path or dynamic import', async () => {
    const code = [
      "import { useQuizOverview } from '@/features/quiz/api/get-quiz-overview';",
      "import { useMyExams } from '../../exams/api/my-exams';",
      "export const later = () => import('@/features/courses/api/get-courses');",
      'export const used = [useQuizOverview, useMyExams];',
    ].join('\n');
    const found = await findings('src/features/me/components/probe.tsx', code);
    expect(found).toHaveLength(3);
    expect(found.every((f) => f.startsWith('boundaries/dependencies: feature'))).toBe(true);
    expect(found[0]).toContain("feature 'me' must not import feature 'quiz'");
  });

  it('refuses a shared layer importing a feature or the app', async () => {
    const code = [
      "import { useMe } from '@/features/me/api/get-me';",
      "import { AppRouter } from '@/app/router';",
      'export const used = [useMe, AppRouter];',
    ].join('\n');
    const found = await findings('src/lib/probe.ts', code);
    expect(found).toHaveLength(2);
    expect(found[0]).toContain("shared 'lib' must not import feature 'me'");
    expect(found[1]).toContain("shared 'lib' must not import app");
  });

  it('lets the app compose features', async () => {
    const code = "import { useMe } from '@/features/me/api/get-me';\nexport const used = useMe;";
    expect(await findings('src/app/routes/probe.tsx', code)).toEqual([]);
  });

  it('refuses barrel files', async () => {
    const found = await findings('src/features/me/index.ts', "export { useMe } from '@/features/me/api/get-me';");
    expect(found).toEqual([expect.stringContaining('no-restricted-syntax: No barrel files')]);
  });
});
