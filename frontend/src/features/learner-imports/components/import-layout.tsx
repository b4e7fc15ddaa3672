import { useTranslation } from 'react-i18next';
import type { LearnerImport } from '@/features/learner-imports/api/types';

/**
 * Where the list was found in the file: the sheet read, the header's row, the title rows above it that
 * were left out, and other sheets that also hold a list — so a wrong sheet or a lost row is seen before committing.
 */
export function ImportLayout({ report }: { report: LearnerImport }) {
  const { t } = useTranslation();
  const ignored = report.ignoredRows ?? [];
  const others = report.otherSheets ?? [];
  if (!report.sheet && ignored.length === 0 && others.length === 0) return null;
  return (
    <div className="notice" data-testid="import-layout">
      {report.sheet && <p>{t('importLayout.sheet', { sheet: report.sheet, row: report.headerRow ?? 1 })}</p>}
      {ignored.length > 0 && (
        <>
          <p>{t('importLayout.ignored', { count: ignored.length })}</p>
          <ul data-testid="import-ignored-rows">
            {ignored.map((row) => (
              <li key={row.row}>{t('importLayout.ignoredRow', { row: row.row, text: row.text })}</li>
            ))}
          </ul>
        </>
      )}
      {others.length > 0 && (
        <p data-testid="import-other-sheets">{t('importLayout.otherSheets', { sheets: others.join(', ') })}</p>
      )}
    </div>
  );
}
