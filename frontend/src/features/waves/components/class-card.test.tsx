import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { WaveClass } from '@/features/waves/api/types';
import { ClassCard } from '@/features/waves/components/class-card';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

const waveClass = {
  id: 5,
  waveId: 1,
  name: 'Lớp Diễn Kỷ',
  trainerUsername: 'old.trainer',
  trainerDisplayName: 'Lê Thị Cũ',
  learners: [],
} as unknown as WaveClass;

const options = {
  'GET /api/classes/5/trainer-options': () =>
    json([
      { username: 'demo.trainer', displayName: 'Trần Thị Hồng Ánh', unitName: 'Xã Diễn Kỷ' },
      { username: 'new.person', displayName: 'Nguyễn Văn Mới', unitName: 'Xã Diễn Kỷ' },
    ]),
};

const eligibility = (trained: Record<string, boolean>) => ({
  'GET /api/training/trainer-eligibility': ({ url }: { url: URL }) =>
    json(url.searchParams.getAll('username').map((username) => ({ username, trained: trained[username] ?? false }))),
});

describe('ClassCard trainer assignment', () => {
  it('flags a trainer who has not completed the in-person programme', async () => {
    mockApi({ ...options, ...eligibility({ 'old.trainer': false }) });
    renderWithProviders(<ClassCard waveClass={waveClass} editable />);
    expect(await screen.findByTestId('untrained-5')).toHaveTextContent('Chưa qua tập huấn trực tiếp');
  });

  it('asks before assigning an untrained trainer and saves only once confirmed', async () => {
    const api = mockApi({ ...options, ...eligibility({ 'old.trainer': true }), 'PUT /api/classes/5': () => new Response(null, { status: 204 }) });
    renderWithProviders(<ClassCard waveClass={waveClass} editable />);
    await screen.findByRole('option', { name: 'Nguyễn Văn Mới (Xã Diễn Kỷ)' }, { timeout: 5000 });
    await userEvent.selectOptions(screen.getByLabelText('Cán bộ đầu mối (theo tên, trong đơn vị)'), 'new.person');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByTestId('confirm-untrained-5')).toHaveTextContent('Nguyễn Văn Mới');
    expect(api.callsTo('PUT', '/api/classes/5')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Vẫn phân công' }));
    await waitFor(() => expect(api.callsTo('PUT', '/api/classes/5')).toHaveLength(1));
    expect(api.callsTo('PUT', '/api/classes/5')[0]?.body).toEqual({
      name: 'Lớp Diễn Kỷ',
      trainerUsername: 'new.person',
      confirmUntrained: true,
    });
  }, 20_000);

  it('asks when the server finds the trainer untrained, and sends the confirmation', async () => {
    let puts = 0;
    const api = mockApi({
      'GET /api/classes/5/trainer-options': () =>
        json([{ username: 'late.person', displayName: 'Phạm Văn Muộn', unitName: 'Xã Diễn Kỷ' }]),
      ...eligibility({ 'old.trainer': true, 'late.person': true }),
      'PUT /api/classes/5': () =>
        ++puts === 1
          ? new Response(JSON.stringify({ status: 409, code: 'enrolment.trainer-untrained', detail: 'late.person' }), {
              status: 409,
              headers: { 'Content-Type': 'application/problem+json' },
            })
          : new Response(null, { status: 204 }),
    });
    renderWithProviders(<ClassCard waveClass={waveClass} editable />);
    await screen.findByRole('option', { name: 'Phạm Văn Muộn (Xã Diễn Kỷ)' }, { timeout: 5000 });
    await userEvent.selectOptions(screen.getByLabelText('Cán bộ đầu mối (theo tên, trong đơn vị)'), 'late.person');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByTestId('confirm-untrained-5')).toHaveTextContent('Phạm Văn Muộn');
    await userEvent.click(screen.getByRole('button', { name: 'Vẫn phân công' }));
    await waitFor(() => expect(api.callsTo('PUT', '/api/classes/5')).toHaveLength(2));
    expect(api.callsTo('PUT', '/api/classes/5')[1]?.body).toMatchObject({ confirmUntrained: true });
  }, 20_000);

  it('assigns a trained focal point without asking', async () => {
    const api = mockApi({ ...options, ...eligibility({ 'old.trainer': true, 'demo.trainer': true }), 'PUT /api/classes/5': () => new Response(null, { status: 204 }) });
    renderWithProviders(<ClassCard waveClass={waveClass} editable />);
    await screen.findByRole('option', { name: 'Trần Thị Hồng Ánh (Xã Diễn Kỷ)' }, { timeout: 5000 });
    await userEvent.selectOptions(screen.getByLabelText('Cán bộ đầu mối (theo tên, trong đơn vị)'), 'demo.trainer');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(api.callsTo('PUT', '/api/classes/5')).toHaveLength(1));
    expect(screen.queryByTestId('confirm-untrained-5')).toBeNull();
  }, 20_000);

  it('shows the class trainer by name, not by username', () => {
    mockApi({ ...options, ...eligibility({ 'old.trainer': true }) });
    renderWithProviders(<ClassCard waveClass={waveClass} editable={false} />);
    expect(screen.getByTestId('class-5')).toHaveTextContent('Cán bộ đầu mối: Lê Thị Cũ');
    expect(screen.getByTestId('class-5')).not.toHaveTextContent('old.trainer');
  });
});
