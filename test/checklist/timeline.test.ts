import { describe, expect, it } from 'vitest';
import { timeline } from '../../lib/checklist/timeline';

describe('timeline', () => {
  it('merges notes and check-off history, newest first', () => {
    const entries = timeline({
      notes: [
        { at: 10, text: '已召开协调会' },
        { at: 30, text: '材料已报送' },
      ],
      history: [
        { at: 20, action: 'done:2024-05-01' },
        { at: 40, action: 'reopen' },
      ],
    });
    expect(entries).toEqual([
      { at: 40, kind: 'reopen' },
      { at: 30, kind: 'note', text: '材料已报送' },
      { at: 20, kind: 'done', day: '2024-05-01' },
      { at: 10, kind: 'note', text: '已召开协调会' },
    ]);
  });
});
