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
