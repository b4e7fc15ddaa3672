import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HelperHome } from '@/features/citizens/components/helper-home';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

const mine = {
  communeId: 7,
  communeName: 'Xã Diễn Kỷ',
  citizens: [
    {
      learnerId: 41,
      username: 'binhnv.48213',
      fullName: 'Nguyễn Văn Bình',
      birthYear: 1958,
      gender: 'MALE',
      registeredAt: '2026-11-20T02:00:00Z',
      slipAvailable: true,
      courses: [
        { courseId: 3, courseTitle: 'Kỹ năng số', status: 'ACTIVE', lecturesCompleted: 4, lecturesTotal: 10, completedAt: null, certificateSerial: null },
      ],
    },
  ],
};

describe('HelperHome', () => {
  it('shows the citizens the helper registered with their progress, and registers one more with consent in person', async () => {
    const api = mockApi({
      'GET /api/community-helper/citizens': () => json(mine),
      'POST /api/community-helper/citizens': () =>
        json({ learnerId: 42, username: 'lanht.10001', fullName: 'Hồ Thị Lan', activationCode: 'k7m2-x9qa-3hf8-wz5c', codeValidUntil: '2027-01-01T00:00:00Z' }, 201),
    });
    renderWithProviders(<HelperHome />);

    expect(await screen.findByTestId('assisted-binhnv.48213')).toHaveTextContent('4/10 bài giảng');
    expect(screen.getByText('Người dân thuộc Xã Diễn Kỷ.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: 'Hồ Thị Lan' } });
    fireEvent.change(screen.getByLabelText('Năm sinh'), { target: { value: '1965' } });
    fireEvent.click(screen.getByTestId('helper-consent'));
    fireEvent.click(screen.getByTestId('helper-register-save'));

    await waitFor(() => expect(screen.getByTestId('helper-registered')).toHaveTextContent('k7m2-x9qa-3hf8-wz5c'));
    expect(api.callsTo('POST', '/api/community-helper/citizens')[0]?.body).toEqual({
      fullName: 'Hồ Thị Lan',
      birthYear: 1965,
      gender: null,
      consentInPerson: true,
    });
  });

  it('tells a helper whose role was revoked why the page is closed', async () => {
    mockApi({
      'GET /api/community-helper/citizens': () =>
        problem(403, { title: 'Không có quyền hỗ trợ người dân', detail: 'Bạn không (hoặc không còn) là thành viên Tổ công nghệ số cộng đồng được giao quyền đăng ký hộ người dân.' }),
    });
    renderWithProviders(<HelperHome />);

    expect(await screen.findByText(/không còn\) là thành viên/)).toBeInTheDocument();
  });
});
