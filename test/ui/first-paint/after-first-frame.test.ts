// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAfterFirstFrame } from '../../../lib/ui/first-paint/after-first-frame';
import { COPY_ATTR, markWhenShown, SHOWN_ATTR } from '../../../lib/ui/first-paint/page-copy';

function app(withCopy: boolean): HTMLElement {
  const root = document.createElement('div');
  root.id = 'app';
  if (withCopy) root.setAttribute(COPY_ATTR, '');
  document.body.replaceChildren(root);
  return root;
}

describe('page modules start after the frame that shows the copy', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('start at once without a copy', () => {
    app(false);
    const start = vi.fn();
    startAfterFirstFrame(start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('start at once when the classic script already saw the copy on screen', () => {
    app(true).setAttribute(SHOWN_ATTR, '');
    const start = vi.fn();
    startAfterFirstFrame(start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('wait for the mark the classic script sets after the first frame, and start once', async () => {
    const root = app(true);
    const start = vi.fn();
    startAfterFirstFrame(start);
    expect(start).not.toHaveBeenCalled();
    markWhenShown(root);
    await vi.waitFor(() => expect(root.hasAttribute(SHOWN_ATTR)).toBe(true));
    expect(start).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('start anyway when no frame comes (a page behind another window)', () => {
    vi.useFakeTimers();
    app(true);
    const start = vi.fn();
    startAfterFirstFrame(start);
    vi.advanceTimersByTime(99);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
