import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TaskHome } from '@/features/tasks/components/task-home';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

afterEach(() => vi.unstubAllGlobals());

describe('TaskHome', () => {
  it("lists a trainer's work with its counts and links, urgent work marked", async () => {
    mockApi({
      'GET /api/me/tasks': () =>
        json({
          tasks: [
            { kind: 'learners-behind', role: 'TRAINER', count: 3, link: '/classes/7/dashboard?pace=BEHIND' },
            { kind: 'learners-not-started', role: 'TRAINER', count: 0, link: '/classes/7/dashboard?pace=NOT_STARTED' },
            { kind: 'deadline-soon', role: 'TRAINER', count: 2, link: '/classes/7/dashboard' },
          ],
        }),
    });
    renderWithProviders(<TaskHome />);

    expect(await screen.findByTestId('task-learners-behind-count')).toHaveTextContent('3');
    expect(screen.getByTestId('task-learners-behind')).toHaveTextContent('học viên chậm tiến độ');
    expect(screen.getByTestId('task-learners-behind')).toHaveClass('task--attention');
    expect(screen.getByTestId('task-learners-not-started')).toHaveClass('task--done');
    expect(screen.getByTestId('task-learners-behind').querySelector('a')).toHaveAttribute('href', '/classes/7/dashboard?pace=BEHIND');
    expect(screen.getByTestId('task-deadline-soon-count')).toHaveTextContent('2');
  });

  it('says so when nothing waits', async () => {
    mockApi({ 'GET /api/me/tasks': () => json({ tasks: [] }) });
    renderWithProviders(<TaskHome />);
    expect(await screen.findByText('Không có việc nào đang chờ.')).toBeInTheDocument();
  });
});
