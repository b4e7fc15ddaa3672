import { describe, expect, it } from 'vitest';
import { navItemsFor } from '@/app/navigation';

const links = (roles: string[]) => navItemsFor(roles).map((item) => item.to);

describe('navigation', () => {
  it('shows waves to staff and my classes to trainers only', () => {
    expect(links(['TRAINER'])).toEqual(expect.arrayContaining(['/waves', '/my-classes']));
    expect(links(['UNIT_ADMIN'])).toContain('/waves');
    expect(links(['UNIT_ADMIN'])).not.toContain('/my-classes');
  });

  it('keeps staff pages away from a learner', () => {
    expect(links(['LEARNER'])).not.toContain('/waves');
    expect(links(['LEARNER'])).not.toContain('/my-classes');
  });
});
