// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb, openDb } from '../../../lib/db/database';
import { catalogWithTargets, saveTargetEdit } from '../../../lib/db/custom-indicators';
import { targetFields } from '../../../lib/indicators/target-edit';
import type { CatalogTarget, IndicatorDef } from '../../../lib/model/indicator/schema';
import { TargetEditor } from '../../../lib/ui/indicators/TargetEditor';
import { useZhMessages } from '../../helpers/fake-i18n';

/** The target editor on one page while another page (a second connection) saves the same indicator's targets. */
const ID = 'in-county-visit-rate';

beforeEach(async () => {
  useZhMessages();
  await Promise.all([getDb().indicators.clear(), getDb().targets.clear(), getDb().documents.clear()]);
});
afterEach(() => {
  render(null, document.body);
  vi.restoreAllMocks();
});

const targetsNow = async (): Promise<CatalogTarget[]> =>
  (await catalogWithTargets(getDb())).find((d) => d.id === ID)!.targets;
const button = (text: string, within: ParentNode = document.body) =>
  [...within.querySelectorAll('button')].find((b) => b.textContent === text)!;
async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
  expect(check()).toBe(true);
}

describe('the target editor beside another page', () => {
  it('a target this page removed and the other changed is shown with both versions; keeping the other’s brings it back', async () => {
    const def: IndicatorDef = (await catalogWithTargets(getDb())).find((d) => d.id === ID)!;
    const done = vi.fn();
    act(() => render(<TargetEditor def={def} onDone={done} />, document.body));
    expect(document.querySelectorAll('[data-target-key] select')).toHaveLength(2);

    // The other page raises the 2018 target to 91% meanwhile.
    const other = openDb();
    const opened = await targetsNow();
    await saveTargetEdit(other, ID, [{ ...opened[0]!, value: 91 } as CatalogTarget, opened[1]!], targetFields(opened));
    other.close();

    // This page removes the 2018 target and saves: nothing is written, both versions are shown.
    act(() => button('删除此目标').click());
    await act(async () => button('保存').click());
    await until(() => document.querySelector('[data-conflict]') !== null);
    const conflict = document.querySelector('[data-conflict]')!;
    expect(conflict.textContent).toContain('另一个页面已改为“≥ 91%，2018年12月前”，你填写的是“（空）”');
    expect(done).not.toHaveBeenCalled();
    expect((await targetsNow()).map((t) => (t.op === 'between' ? t.min : t.value))).toEqual([91, 90]);

    // Keeping the other page's version puts the row back with 91; saving then closes the editor.
    act(() => button('用另一个页面的', conflict).click());
    await until(() => document.querySelector('[data-conflict]') === null);
    const values = [...document.querySelectorAll<HTMLInputElement>('[data-target-key] input[type="text"]')];
    expect(values.map((v) => v.value)).toEqual(['90', '91']);
    await act(async () => button('保存').click());
    await until(() => done.mock.calls.length === 1);
    expect((await targetsNow()).map((t) => (t.op === 'between' ? t.min : t.value))).toEqual([91, 90]);
  });
});
