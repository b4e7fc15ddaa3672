import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/ui/spinner';
import { StaffCertificates } from '@/features/certificates/components/staff-certificates';
import { TemplateEditor } from '@/features/certificates/components/template-editor';
import { useMe } from '@/features/me/api/get-me';

export function CertificatesRoute() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data) return <Spinner />;
  const roles = me.data.roles;
  const isAdmin = roles.includes('ADMIN');
  // Certificate PDFs print dates of birth: no ZIPs for trainers (docs/authorization.md).
  const canZip = isAdmin || roles.includes('UNIT_ADMIN');

  return (
    <>
      <h1 className="page-title" data-testid="certificates-title">
        {t('certificates.title')}
      </h1>
      <p className="lead">{t('certificates.intro')}</p>
      <StaffCertificates isAdmin={isAdmin} canZip={canZip} />
      {isAdmin && <TemplateEditor />}
    </>
  );
}
