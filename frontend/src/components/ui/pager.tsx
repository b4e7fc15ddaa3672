import { useTranslation } from 'react-i18next';

type PagerProps = { page: number; totalPages: number; onChange: (page: number) => void };

/** Previous/next paging with big targets; pages are 0-based like the API's. */
export function Pager({ page, totalPages, onChange }: PagerProps) {
  const { t } = useTranslation();
  if (totalPages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('common.paging')} data-testid="pager">
      <button type="button" className="button button--ghost" disabled={page <= 0} onClick={() => onChange(page - 1)}>
        {t('common.previous')}
      </button>
      <span>{t('common.pageOf', { page: page + 1, total: totalPages })}</span>
      <button
        type="button"
        className="button button--ghost"
        disabled={page >= totalPages - 1}
        onClick={() => onChange(page + 1)}
      >
        {t('common.next')}
      </button>
    </nav>
  );
}
