// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TaskRow } from '../../../lib/ui/checklist/TaskRow';
import { toRow } from '../../../lib/checklist/sections';
import { makeTask } from '../../checklist/task-fixture';
import { useZhMessages } from '../../helpers/fake-i18n';

const TODAY = '2026-11-20';

function mount(onToggle: () => void) {
  const task = makeTask({
    title: '每月报送医保基金运行情况',
    deadlineText: '每月',
    deadlineKind: 'recurring',
    due: '',
  });
  act(() =>
    render(
      <ul>
        <TaskRow
          row={toRow(task, TODAY)}
          ledgerTitle=""
          role={null}
          today={TODAY}
          active
          noteOpen={false}
          onToggle={onToggle}
          onNote={() => {}}
          onActivate={() => {}}
        />
      </ul>,
      document.body,
    ),
  );
  return document.querySelector<HTMLInputElement>('input.cl-check')!;
}

const click = (box: HTMLInputElement, detail: number) =>
  act(() => {
    box.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail }));
  });

describe('ticking a checklist row', () => {
  beforeAll(useZhMessages);
  afterEach(() => render(null, document.body));

  it('a double click ticks once: the second click (detail 2) of a recurring duty completes no second period', () => {
    const onToggle = vi.fn();
    const box = mount(onToggle);
    click(box, 1);
    click(box, 2);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('a tick by keyboard (Space: a click with detail 0) still ticks', () => {
    const onToggle = vi.fn();
    click(mount(onToggle), 0);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });
});
