import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { previewTemplate, useResetTemplate, useSaveTemplate, useTemplate } from '@/features/certificates/api/template';

const FIELDS = ['fullName', 'dateOfBirth', 'dateOfBirthSalt', 'unitName', 'courseTitle', 'hours', 'completedOn', 'score', 'serial',
  'issuerAuthority', 'signerTitle', 'signerName', 'issuePlace', 'issuedOnLong', 'verifyUrl', 'qrCode'];

/** The ADMIN's certificate template: edit the HTML/CSS, preview it with sample data, save or reset. */
export function TemplateEditor() {
  const { t } = useTranslation();
  const template = useTemplate();
  const save = useSaveTemplate();
  const reset = useResetTemplate();
  // The text being edited; null until the ADMIN types, and again once saved or reset: then the server's.
  const [draft, setDraft] = useState<string | null>(null);
  const html = draft ?? template.data?.html ?? '';
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);

  useEffect(() => () => {
    if (previewUrl) URL.revokeObjectURL(previewUrl);
  }, [previewUrl]);

  const preview = async () => {
    setPreviewError(null);
    try {
      setPreviewUrl(URL.createObjectURL(await previewTemplate(html)));
    } catch (cause) {
      setPreviewError(cause);
    }
  };

  if (template.isPending) return <Spinner />;
  if (template.error) return <ErrorAlert error={template.error} onRetry={() => void template.refetch()} />;

  return (
    <section className="card" data-testid="certificate-template">
      <h2 className="card__title">{t('certificates.template.title')}</h2>
      <p className="muted">{template.data.custom ? t('certificates.template.custom') : t('certificates.template.default')}</p>
      <p className="muted">{t('certificates.template.help')}</p>
      <p className="muted">
        <code>{FIELDS.map((field) => `{{${field}}}`).join(' ')}</code>
      </p>
      <textarea
        className="code-editor"
        value={html}
        onChange={(event) => setDraft(event.target.value)}
        rows={16}
        spellCheck={false}
        aria-label={t('certificates.template.title')}
        style={{ width: '100%', fontFamily: 'monospace', fontSize: '0.8rem' }}
      />
      <p className="actions">
        <button type="button" className="button button--ghost" onClick={() => void preview()} data-testid="template-preview">
          {t('certificates.template.preview')}
        </button>
        <button type="button" className="button" disabled={save.isPending} onClick={() => save.mutate(html, { onSuccess: () => setDraft(null) })}>
          {t('certificates.template.save')}
        </button>
        <button type="button" className="button button--ghost" disabled={reset.isPending} onClick={() => reset.mutate(undefined, { onSuccess: () => setDraft(null) })}>
          {t('certificates.template.reset')}
        </button>
      </p>
      {save.isSuccess && <p className="notice">{t('certificates.template.saved')}</p>}
      {Boolean(save.error ?? reset.error ?? previewError) && <ErrorAlert error={save.error ?? reset.error ?? previewError} />}
      {previewUrl && (
        <iframe title={t('certificates.template.preview')} src={previewUrl} style={{ width: '100%', height: '420px', border: 0 }} />
      )}
    </section>
  );
}
