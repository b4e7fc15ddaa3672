import { describe, expect, it } from 'vitest';
import { firstRequests } from '@/app/first-requests';

describe('firstRequests', () => {
  it("asks for the learner's lists on the learner's home, and the tasks on a staff home", () => {
    expect(firstRequests('/', ['LEARNER', 'default-roles-hocso'])).toEqual([
      '/api/me',
      '/api/me/notifications',
      '/api/me/exams',
      '/api/me/certificates',
      '/api/me/enrolments',
    ]);
    expect(firstRequests('/', ['TRAINER'])).toEqual(['/api/me', '/api/me/tasks']);
  });

  it('asks for the course and the progress on the player, the rows on a class dashboard', () => {
    expect(firstRequests('/learn/17', ['LEARNER'])).toEqual(['/api/me', '/api/enrolments/17/course', '/api/enrolments/17/progress']);
    expect(firstRequests('/classes/4/dashboard', ['TRAINER'])).toEqual(['/api/me', '/api/classes/4/dashboard']);
  });

  it('asks only for /api/me elsewhere', () => {
    expect(firstRequests('/waves/3', ['ADMIN'])).toEqual(['/api/me']);
    expect(firstRequests('/learn/abc', ['LEARNER'])).toEqual(['/api/me']);
  });
});
