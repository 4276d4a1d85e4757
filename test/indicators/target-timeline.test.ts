import { describe, expect, it } from 'vitest';
import { targetTimeline, type DatedTarget } from '../../lib/indicators/target-timeline';

const t = (value: number, by: string | null, source: string, issued: string | null = null): DatedTarget => ({
  op: '>=',
  value,
  by,
  source,
  clause: `签约覆盖率达到${value}%以上`,
  issued,
});

describe('targetTimeline', () => {
  const old = t(50, '2018-12', '001', '2017-09-26');
  const mid = t(65, '2025-12', '2023 方案', '2023-03-01');
  const far = t(75, '2030-12', '2023 方案', '2023-03-01');

  it('applies the nearest deadline not passed, shows the next one, and keeps passed targets as history', () => {
    expect(targetTimeline([far, old, mid], '2024-06')).toEqual({ current: mid, next: far, history: [old] });
  });

  it('has no current target once every deadline has passed, rather than a failed one', () => {
    expect(targetTimeline([old], '2024-06')).toEqual({ current: null, next: null, history: [old] });
  });

  it('a later document setting the same deadline applies; the earlier one stays in history with its source', () => {
    const earlier = t(60, '2025-12', '2021 方案', '2021-05-01');
    const later = t(70, '2025-12', '2024 方案', '2024-02-01');
    expect(targetTimeline([later, earlier], '2024-06')).toEqual({ current: later, next: null, history: [earlier] });
    expect(targetTimeline([earlier, later], '2024-06').current).toBe(later);
  });

  it('an open-ended target applies after the dated ones', () => {
    const standing = t(30, null, '000');
    expect(targetTimeline([standing, mid], '2024-06')).toMatchObject({ current: mid, next: standing });
    expect(targetTimeline([standing, old], '2024-06')).toMatchObject({ current: standing, next: null, history: [old] });
  });
});
