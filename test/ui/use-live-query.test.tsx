// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLiveQuery } from '../../lib/ui/use-live-query';

function Probe({ query }: { query: () => Promise<string> }) {
  const value = useLiveQuery(query, []);
  return <p>{value ?? 'loading'}</p>;
}

const text = () => document.body.textContent;

describe('useLiveQuery', () => {
  afterEach(() => {
    render(null, document.body);
    vi.restoreAllMocks();
  });

  it('shows the result of the query', async () => {
    await act(() => render(<Probe query={async () => '42 项'} />, document.body));
    await vi.waitFor(() => expect(text()).toBe('42 项'));
  });

  it('subscribes again after a failed query, so a page does not stay on "loading"', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls === 1) throw new Error('Transaction committed too early');
      return '恢复了';
    };
    await act(() => render(<Probe query={flaky} />, document.body));
    await vi.waitFor(() => expect(text()).toBe('恢复了'), { timeout: 2000 });
    expect(calls).toBe(2);
    expect(console.warn).toHaveBeenCalledTimes(1);
  });
});
