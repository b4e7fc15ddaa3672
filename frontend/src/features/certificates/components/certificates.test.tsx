import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Certificate } from '@/features/certificates/api/types';
import { MyCertificates } from '@/features/certificates/components/my-certificates';
import { StaffCertificates } from '@/features/certificates/components/staff-certificates';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

const certificate = (over: Partial<Certificate> = {}): Certificate => ({
  id: 5,
  serial: 'NA-2026-000123',
  verificationCode: 'k7m2x9qa3hf8wz5c',
  enrolmentId: 9,
  learnerId: 7,
  waveId: 2,
  unitId: 12,
  unitName: 'Xã Diễn Kỷ',
  fullName: 'Đặng Quốc Hưng',
  courseTitle: 'Kỹ năng số cơ bản',
  completedOn: '2026-11-20',
  issuedAt: '2026-11-20T03:00:00Z',
  status: 'VALID',
  revokedAt: null,
  revocationReason: null,
  supersededById: null,
  verifyUrl: 'http://localhost:8080/verify/k7m2x9qa3hf8wz5c?sig=abc',
  ...over,
});

describe('MyCertificates', () => {
  it('offers a learner the PDF, the Open Badges credential and the verification link', async () => {
    mockApi({ 'GET /api/me/certificates': () => json([certificate()]) });
    renderWithProviders(<MyCertificates />);

    expect(await screen.findByTestId('certificate-NA-2026-000123')).toHaveTextContent('Kỹ năng số cơ bản');
    expect(screen.getByTestId('certificate-pdf')).toBeInTheDocument();
    expect(screen.getByTestId('certificate-verify-link')).toHaveAttribute('href', certificate().verifyUrl);
  });

  it('shows a certificate of assessment with its score and pass mark, without an Open Badge', async () => {
    mockApi({
      'GET /api/me/certificates': () =>
        json([
          certificate({
            kind: 'ASSESSMENT',
            enrolmentId: null,
            waveId: null,
            courseTitle: 'Sát hạch kỹ năng số cán bộ CNTT',
            scorePercent: 90,
            details: { passPercent: '60', questionCount: '10' },
          }),
        ]),
    });
    renderWithProviders(<MyCertificates />);

    const item = await screen.findByTestId('certificate-NA-2026-000123');
    expect(item).toHaveTextContent('Sát hạch kỹ năng số cán bộ CNTT');
    expect(item).toHaveTextContent('Đạt 90% (yêu cầu 60%)');
    expect(screen.getByTestId('certificate-pdf')).toBeInTheDocument();
    expect(screen.queryByText('Tải chứng chỉ số (để đưa lên hồ sơ trực tuyến)')).not.toBeInTheDocument();
  });

  it('shows nothing to a learner without certificates', async () => {
    const api = mockApi({ 'GET /api/me/certificates': () => json([]) });
    renderWithProviders(<MyCertificates />);

    await waitFor(() => expect(api.callsTo('GET', '/api/me/certificates')).toHaveLength(1));
    expect(screen.queryByTestId('my-certificates')).not.toBeInTheDocument();
  });
});

describe('StaffCertificates', () => {
  it('lets an administrator revoke with a reason', async () => {
    const user = userEvent.setup();
    const api = mockApi({
      'GET /api/certificates': () => json([certificate()]),
      'POST /api/certificates/5/revoke': () => json(certificate({ status: 'REVOKED', revocationReason: 'Cấp nhầm' })),
    });
    renderWithProviders(<StaffCertificates isAdmin canZip />);

    await user.click(await screen.findByTestId('certificate-revoke-open'));
    await user.type(screen.getByTestId('certificate-revoke-reason'), 'Cấp nhầm');
    await user.click(screen.getByTestId('certificate-revoke-confirm'));

    await waitFor(() => expect(api.callsTo('POST', '/api/certificates/5/revoke')).toHaveLength(1));
  });

  it('gives no revoke or re-issue to staff who are not administrators', async () => {
    mockApi({ 'GET /api/certificates': () => json([certificate()]) });
    renderWithProviders(<StaffCertificates isAdmin={false} canZip />);

    expect(await screen.findByTestId('certificate-NA-2026-000123')).toBeInTheDocument();
    expect(screen.queryByTestId('certificate-revoke-open')).not.toBeInTheDocument();
    expect(screen.queryByTestId('certificate-reissue')).not.toBeInTheDocument();
  });
});
