import { describe, expect, it } from 'vitest';
import { BADGE_AMBER, BADGE_NEUTRAL, BADGE_RED, badgeColor, badgeText } from '../../lib/checklist/badge';

describe('badge text and colour', () => {
  it('adds overdue and due-soon tasks', () => {
    expect(badgeText({ overdue: 2, soon: 3 })).toBe('5');
    expect(badgeText({ overdue: 0, soon: 1 })).toBe('1');
    expect(badgeText({ overdue: 0, soon: 0 })).toBe('');
    expect(badgeText({ overdue: 1200, soon: 0 })).toBe('999+');
  });

  it('is red when anything is overdue, amber when only due soon, neutral otherwise', () => {
    expect(badgeColor({ overdue: 1, soon: 0 })).toBe(BADGE_RED);
    expect(badgeColor({ overdue: 1, soon: 9 })).toBe(BADGE_RED);
    expect(badgeColor({ overdue: 0, soon: 9 })).toBe(BADGE_AMBER);
    expect(badgeColor({ overdue: 0, soon: 0 })).toBe(BADGE_NEUTRAL);
  });
});
