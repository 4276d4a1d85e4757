// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHOW_AFTER_MS, useShownWhileSlow } from '../../../lib/ui/backup/use-slow-progress';

function Probe({ busy }: { busy: boolean }) {
  return <p>{useShownWhileSlow(busy) ? 'progress' : 'quiet'}</p>;
}

describe('useShownWhileSlow', () => {
  afterEach(() => {
    render(null, document.body);
    vi.useRealTimers();
  });

  it('shows progress only for a job that lasts beyond a moment, and hides it when the job ends', () => {
    vi.useFakeTimers();
    act(() => render(<Probe busy />, document.body));
    act(() => {
      vi.advanceTimersByTime(SHOW_AFTER_MS - 1);
    });
    expect(document.body.textContent).toBe('quiet');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(document.body.textContent).toBe('progress');
    act(() => render(<Probe busy={false} />, document.body));
    expect(document.body.textContent).toBe('quiet');
  });

  it('shows nothing for a quick job', () => {
    vi.useFakeTimers();
    act(() => render(<Probe busy />, document.body));
    act(() => {
      vi.advanceTimersByTime(SHOW_AFTER_MS / 2);
    });
    act(() => render(<Probe busy={false} />, document.body));
    act(() => {
      vi.advanceTimersByTime(SHOW_AFTER_MS * 2);
    });
    expect(document.body.textContent).toBe('quiet');
  });
});
