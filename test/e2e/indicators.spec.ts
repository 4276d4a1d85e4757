import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, watchConsole } from './fixtures';

const row = (page: Page, id: string) => page.locator(`tr[data-indicator="${id}"]`);
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function openTab(page: Page) {
  await expect(page.getByRole('heading', { name: '指标测算' })).toBeVisible();
}

async function newUnit(page: Page, name: string, parent?: string) {
  await page.getByRole('button', { name: '新建单位' }).click();
  await page.getByLabel('单位名称').fill(name);
  await page.getByLabel('上级单位').selectOption({ label: parent ?? '（无，作为顶级单位）' });
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.getByRole('button', { name, exact: true, pressed: true })).toBeVisible();
}

async function pickMonth(page: Page, month: string) {
  await page.getByLabel('月份', { exact: true }).fill(month);
  await expect(page.getByRole('button', { name: `保存 ${month} 的数据` })).toBeVisible();
}

async function enter(page: Page, month: string, figures: Record<string, string>) {
  await pickMonth(page, month);
  for (const [label, value] of Object.entries(figures)) await field(page, label).fill(value);
  await page.getByRole('button', { name: `保存 ${month} 的数据` }).click();
  await expect(page.getByText(`已保存 ${month} 的数据`)).toBeVisible();
}

test('enter a unit’s figures, see value, target, status and what is needed, chart and draft', async ({ openPage }) => {
  const page = await openPage('options.html#indicators');
  const errors = watchConsole(page);
  await openTab(page);
  await newUnit(page, '甲镇卫生院');

  await enter(page, '2025-01', { 常住人口: '2,000', 签约人数: '600' });
  await enter(page, '2025-02', { 常住人口: '2200', 签约人数: '650' });
  // A correction of the same month keeps the earlier values in its history.
  await field(page, '签约人数').fill('７００');
  await page.getByRole('button', { name: '保存 2025-02 的数据' }).click();
  await expect(page.getByText('已保存 2025-02 的数据')).toBeVisible();
  await expect(page.getByText('修改记录（2 次）')).toBeVisible();
  await expect(page.locator('.ind-history')).toContainText('签约人数：650 → 700');

  const signing = row(page, 'signing-coverage');
  await expect(signing.locator('.ind-value')).toHaveText('31.82%');
  await expect(signing.locator('.ind-target')).toContainText('≥ 50%');
  // The bundled target's deadline (2018) has passed: it is history, not a standing failure.
  await expect(signing.locator('.ind-status')).toHaveText('无现行目标');
  await expect(signing.locator('.ind-gap')).toContainText('−18.18 个百分点');
  await expect(signing.locator('.ind-needed')).toHaveText('还需 400 人');
  await expect(signing.locator('.ind-projection')).toContainText('已到期，为历史目标');

  // Bad input: a message beside the field, and nothing is saved.
  const signed = field(page, '签约人数');
  const message = page.locator('[data-key="signed"] .ui-error');
  await signed.fill('-5');
  await expect(message).toHaveText('不能为负数');
  await signed.fill('七百');
  await expect(message).toHaveText('请输入非负数字');
  await signed.fill('3000');
  await expect(message).toHaveText('签约人数（3,000人）不能大于常住人口（2,200人）');
  await expect(signed).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: '保存 2025-02 的数据' }).click();
  await expect(page.getByText('有 1 处需要修改，尚未保存')).toBeVisible();
  await expect(signing.locator('.ind-value')).toHaveText('31.82%');

  // The chart draws on its canvas and can be saved as a PNG.
  await signing.getByRole('button', { name: '查看图表：家庭医生签约覆盖率' }).click();
  const canvas = page.locator('.ind-chart canvas');
  await expect(canvas).toBeVisible();
  await expect
    .poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width > 0 && c.toDataURL().length > 5000))
    .toBe(true);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载图表 PNG' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/-家庭医生签约覆盖率-\d{4}-\d{2}\.png$/);
  const png = readFileSync(await saved.path());
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.length).toBeGreaterThan(5000);

  // A draft survives a reload; it is not a saved figure.
  await signed.fill('750');
  await page.reload();
  await openTab(page);
  await expect(field(page, '签约人数')).toHaveValue('750');
  await expect(row(page, 'signing-coverage').locator('.ind-value')).toHaveText('31.82%');
  expect(errors).toEqual([]);
});

test('a parent unit sums its children’s inputs, then divides (Σ/Σ, not an average of rates)', async ({ openPage }) => {
  const page = await openPage('options.html#indicators');
  await openTab(page);
  await newUnit(page, '某县');
  await newUnit(page, '甲院', '某县');
  await enter(page, '2025-03', { 常住人口: '2200', 签约人数: '700' });
  await newUnit(page, '乙院', '某县');
  await enter(page, '2025-03', { 常住人口: '1800', 签约人数: '1300' });
  await expect(row(page, 'signing-coverage').locator('.ind-value')).toHaveText('72.22%');

  await page.getByRole('button', { name: '某县', exact: true }).click();
  await expect(page.getByText('每项录入数先按下级单位合计')).toBeVisible();
  const signing = row(page, 'signing-coverage');
  // (700 + 1300) / (2200 + 1800) = 50 %; the mean of 31.82 % and 72.22 % would be 52.02 %.
  await expect(signing.locator('.ind-value')).toHaveText('50.00%');
  // The bundled 2018 target is history: no 达标/未达标 against it.
  await expect(signing.locator('.ind-status')).toHaveText('无现行目标');

  // Deleting a child removes its figures from the sum; undo brings them back.
  await page.getByRole('button', { name: '删除单位：乙院' }).click();
  await expect(page.getByText('已删除单位“乙院”及其 1 个月的数据')).toBeVisible();
  await page.getByRole('button', { name: '某县', exact: true }).click();
  await expect(signing.locator('.ind-value')).toHaveText('31.82%');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(signing.locator('.ind-value')).toHaveText('50.00%');
});

test('users add their own indicator and change a built-in target and deadline', async ({ openPage }) => {
  const page = await openPage('options.html#indicators');
  await openTab(page);
  await newUnit(page, '丙院');
  await enter(page, '2025-04', { 常住人口: '2200', 签约人数: '700' });

  await page.getByRole('button', { name: '修改目标和期限：家庭医生签约覆盖率' }).click();
  const editor = page.getByRole('form', { name: '修改目标和期限：家庭医生签约覆盖率' });
  await editor.getByLabel('目标值').fill('30');
  await editor.getByLabel('期限（年月）').fill('2026-12');
  await editor.getByRole('button', { name: '保存' }).click();
  const signing = row(page, 'signing-coverage');
  await expect(signing.locator('.ind-target')).toContainText('≥ 30%');
  await expect(signing.locator('.ind-target')).toContainText('2026年12月前');
  await expect(signing.locator('.ind-status')).toHaveText('达标');

  await page.getByRole('button', { name: '添加指标' }).click();
  const form = page.getByRole('form', { name: '添加指标' });
  await form.getByRole('button', { name: '创建' }).click();
  await expect(form.getByText('指标名称不能为空')).toBeVisible();
  await form.getByLabel('指标名称').fill('慢病规范管理率');
  await form.getByLabel('分子名称').fill('慢病规范管理人数');
  await form.getByLabel('分母名称（不填则为数量指标）').fill('慢病患者人数');
  await form.getByLabel('目标值').fill('60');
  await form.getByRole('button', { name: '创建' }).click();
  await expect(form).toBeHidden();
  await field(page, '慢病规范管理人数').fill('30');
  await field(page, '慢病患者人数').fill('100');
  await page.getByRole('button', { name: '保存 2025-04 的数据' }).click();
  await expect(page.getByText('已保存 2025-04 的数据')).toBeVisible();
  const own = page.locator('tr', { has: page.getByRole('rowheader', { name: '慢病规范管理率' }) });
  await expect(own.locator('.ind-value')).toHaveText('30.00%');
  await expect(own.locator('.ind-needed')).toHaveText('还需 30 人');
});
