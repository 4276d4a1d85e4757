import type { Page } from '@playwright/test';
import { expect, readStore, test } from './fixtures';

/** Two options pages (two tabs) editing the same unit's month of figures. */

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const MONTH = '2025-05';
const saveButton = (page: Page) => page.getByRole('button', { name: `保存 ${MONTH} 的数据` });

async function openMonth(page: Page) {
  await expect(page.getByRole('heading', { name: '指标测算' })).toBeVisible();
  await page.getByLabel('月份', { exact: true }).fill(MONTH);
  await expect(saveButton(page)).toBeVisible();
}

async function save(page: Page) {
  await saveButton(page).click();
}

const storedValues = async (page: Page) =>
  (await readStore<{ month: string; values: Record<string, number | null> }>(page, 'figures')).find(
    (f) => f.month === MONTH,
  )?.values;

test('two pages editing the same month keep both changes, and a figure both changed shows both values to choose', async ({
  openPage,
}) => {
  const a = await openPage('options.html#indicators');
  await expect(a.getByRole('heading', { name: '指标测算' })).toBeVisible();
  await a.getByRole('button', { name: '新建单位' }).click();
  await a.getByLabel('单位名称').fill('丁镇卫生院');
  await a.getByRole('button', { name: '创建', exact: true }).click();
  await expect(a.getByRole('button', { name: '丁镇卫生院', exact: true, pressed: true })).toBeVisible();
  await openMonth(a);
  await field(a, '常住人口').fill('2000');
  await field(a, '签约人数').fill('600');
  await save(a);
  await expect(a.getByText(`已保存 ${MONTH} 的数据`)).toBeVisible();

  // Page B opens the same month; both forms now show 2000 / 600.
  const b = await openPage('options.html#indicators');
  await openMonth(b);
  await expect(field(b, '签约人数')).toHaveValue('600');

  // B changes the signed count, A (still open on the old values) the population: both are kept.
  await field(b, '签约人数').fill('650');
  await save(b);
  await expect(b.getByText(`已保存 ${MONTH} 的数据`)).toBeVisible();
  await field(a, '常住人口').fill('2100');
  await save(a);
  await expect(a.getByText(`已保存 ${MONTH} 的数据`)).toBeVisible();
  expect(await storedValues(a)).toMatchObject({ population: 2100, signed: 650 });
  await expect(a.locator('tr[data-indicator="signing-coverage"] .ind-value')).toHaveText('30.95%');

  // B, still on 2000, changes the population too: nothing is written, both values are shown beside the field.
  await field(b, '常住人口').fill('2200');
  await save(b);
  const choice = b.locator('[data-key="population"] [data-conflict]');
  await expect(choice).toContainText('另一个页面已改为“2100”，你填写的是“2200”');
  await expect(b.getByRole('status')).toContainText('未保存');
  expect(await storedValues(b)).toMatchObject({ population: 2100, signed: 650 });
  await b.screenshot({ path: 'test-results/merged-edits-conflict.png', fullPage: true });

  // Choosing the other page's value puts it in the field; saving then writes nothing over it.
  await choice.getByRole('button', { name: '用另一个页面的' }).click();
  await expect(choice).toBeHidden();
  await expect(field(b, '常住人口')).toHaveValue('2100');
  await save(b);
  await expect(b.getByText(`已保存 ${MONTH} 的数据`)).toBeVisible();
  expect(await storedValues(b)).toMatchObject({ population: 2100, signed: 650 });

  // A changes the population once more; B keeps its own value this time, after seeing the conflict.
  await field(a, '常住人口').fill('2150');
  await save(a);
  await expect(a.getByText(`已保存 ${MONTH} 的数据`)).toBeVisible();
  await field(b, '常住人口').fill('2300');
  await save(b);
  await b.locator('[data-key="population"] [data-conflict]').getByRole('button', { name: '用我填写的' }).click();
  await save(b);
  await expect(b.getByText(`已保存 ${MONTH} 的数据`)).toBeVisible();
  expect(await storedValues(b)).toMatchObject({ population: 2300, signed: 650 });
});

const EDIT_TARGETS = '修改目标和期限：县域内就诊率';
const storedTargets = async (page: Page) =>
  (await readStore<{ id: string; def: { targets: Array<{ value: number; by: string | null }> } }>(page, 'indicators'))
    .find((r) => r.id === 'in-county-visit-rate')
    ?.def.targets.map((t) => `${t.value}@${t.by}`);

async function openTargets(page: Page) {
  await page.getByRole('button', { name: EDIT_TARGETS }).click();
  return page.getByRole('form', { name: EDIT_TARGETS });
}

test('two pages editing the same indicator’s targets keep both changes, and a target both changed shows both to choose', async ({
  openPage,
}) => {
  const a = await openPage('options.html#indicators');
  await expect(a.getByRole('heading', { name: '指标测算' })).toBeVisible();
  await a.getByRole('button', { name: '新建单位' }).click();
  await a.getByLabel('单位名称').fill('戊镇卫生院');
  await a.getByRole('button', { name: '创建', exact: true }).click();
  await expect(a.getByRole('button', { name: '戊镇卫生院', exact: true, pressed: true })).toBeVisible();
  const b = await openPage('options.html#indicators');
  await expect(b.getByRole('button', { name: '戊镇卫生院', exact: true, pressed: true })).toBeVisible();

  // Both open the editor on the two documents' targets (2018 and 2021, both ≥ 90%).
  const editorA = await openTargets(a);
  const editorB = await openTargets(b);
  await expect(editorB.getByLabel('目标值')).toHaveCount(2);
  // A raises the 2018 target, B moves the 2021 deadline: both are kept.
  await editorA.getByLabel('目标值').nth(0).fill('92');
  await editorA.getByRole('button', { name: '保存' }).click();
  await expect(editorA).toBeHidden();
  await editorB.getByLabel('期限（年月）').nth(1).fill('2026-12');
  await editorB.getByRole('button', { name: '保存' }).click();
  await expect(editorB).toBeHidden();
  await expect.poll(() => storedTargets(a)).toEqual(['92@2018-12', '90@2026-12']);

  // Both change the 2018 target: nothing is written, both versions are shown beside it.
  const againA = await openTargets(a);
  const againB = await openTargets(b);
  await againA.getByLabel('目标值').nth(0).fill('93');
  await againA.getByRole('button', { name: '保存' }).click();
  await expect(againA).toBeHidden();
  await againB.getByLabel('目标值').nth(0).fill('95');
  await againB.getByRole('button', { name: '保存' }).click();
  const choice = againB.locator('[data-conflict]');
  await expect(choice).toContainText('另一个页面已改为“≥ 93%，2018年12月前”，你填写的是“≥ 95%，2018年12月前”');
  await expect(againB.getByRole('alert').last()).toContainText('未保存');
  expect(await storedTargets(b)).toEqual(['93@2018-12', '90@2026-12']);
  await b.screenshot({ path: 'test-results/merged-targets-conflict.png', fullPage: true });

  // Keeping the other page's value puts it in the field; saving then keeps it and B's other target as it was.
  await choice.getByRole('button', { name: '用另一个页面的' }).click();
  await expect(choice).toBeHidden();
  await expect(againB.getByLabel('目标值').nth(0)).toHaveValue('93');
  await againB.getByRole('button', { name: '保存' }).click();
  await expect(againB).toBeHidden();
  expect(await storedTargets(b)).toEqual(['93@2018-12', '90@2026-12']);
});
