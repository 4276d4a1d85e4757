import { readFileSync } from 'node:fs';
import { expect, readStore, test, watchConsole } from './fixtures';

// A real document with a task table and quantified targets: 固原市全面开展县（区）域综合医改实施方案
// (固医改发〔2020〕1号), as a county office would paste it from the city's notice to forward it.
const GUYUAN = readFileSync(new URL('../../seeds/documents/002_51fae38dd57fd7e4.txt', import.meta.url), 'utf8');
const TITLE = '固原市全面开展县（区）域综合医改实施方案（县转发）';

test('adds a pasted document: its header, tasks and targets in one preview; one target for a catalog indicator, one as a new indicator', async ({
  openPage,
}) => {
  const page = await openPage('options.html#library');
  const errors = watchConsole(page);
  await expect(page.getByRole('heading', { name: /^文件库（5 份文件）$/ })).toBeVisible();
  await page.getByRole('button', { name: '添加文件' }).click();
  const dialog = page.locator('.dl-add');
  await dialog.getByLabel('粘贴表格内容').fill(GUYUAN);

  // The header read from the text, editable.
  await expect(dialog.getByLabel('文号')).toHaveValue('固医改发〔2020〕1号');
  await expect(dialog.getByLabel('印发单位')).toHaveValue('固原市深化医药卫生体制改革工作领导小组');
  await expect(dialog.getByLabel('成文日期')).toHaveValue('2020-12-14');
  await dialog.getByLabel('文件标题').fill(TITLE);
  await dialog.getByLabel('成文日期').fill('2021-01-10');

  // Tasks from its table, targets from its sentences.
  await expect(dialog.getByRole('heading', { name: '任务（17 项）' })).toBeVisible();
  await expect(dialog.locator('.lg-preview tbody tr').first()).toBeVisible();
  await expect(dialog.getByRole('heading', { name: '指标目标（6 项）' })).toBeVisible();
  const choice = (subject: string) => dialog.getByLabel(`目标“${subject}”如何处理`);
  await expect(choice('县（区）域内基层就诊率')).toHaveValue('primary-care-visit-share');
  for (const other of [
    '县（区）域内就诊率',
    '各县（区）财政补助收入占公立医院总支出的比重',
    '县（区）域公立医院医疗服务收入占公立医院医疗收入的比例',
    '公立医院人员支出占业务支出的比例',
  ])
    await choice(other).selectOption({ label: '不添加' });
  await choice('紧密型医共体内整体医保支付标准').selectOption({ label: '新建指标…' });
  await dialog.getByLabel('新指标名称').fill('医共体医保支付标准高出三甲机构');
  await dialog.getByRole('button', { name: '确认添加' }).click();
  // A new indicator needs what it counts: the message sits beside that target, and nothing is written.
  await expect(dialog.getByRole('alert').first()).toContainText('分子');
  expect(await readStore(page, 'documents')).toHaveLength(5);
  await dialog.getByLabel('分子（统计什么）').fill('医保支付标准高出的百分点');
  await expect(dialog.getByText('将添加：17 项任务，2 项目标（其中新建指标 1 个）')).toBeVisible();
  await page.screenshot({ path: 'test-results/documents-preview.png', fullPage: true });
  await dialog.getByRole('button', { name: '确认添加' }).click();

  await expect(page.getByText(`已添加“${TITLE}”：17 项任务，2 项指标目标。`)).toBeVisible();
  const added = page.locator('tr', { hasText: TITLE });
  await expect(added).toContainText('自行添加');
  await expect(added.locator('td').nth(2)).toHaveText('1');
  await expect(added.locator('td').nth(3)).toHaveText('2');
  // Beside the bundled documents' targets (seeded on install), the two confirmed ones, each with its clause.
  const targets = await readStore<{ id: string; indicatorId: string; clause: string }>(page, 'targets');
  const mine = targets.filter((t) => !t.id.startsWith('target-seed-'));
  expect(targets.length - mine.length).toBeGreaterThan(30);
  expect(mine.map((t) => t.indicatorId).sort()).toEqual([expect.stringMatching(/^doc-/), 'primary-care-visit-share']);
  expect(mine.find((t) => t.indicatorId === 'primary-care-visit-share')!.clause).toContain('基层就诊率达到65%以上');

  // The indicator tab: the new document's target applies (issued later than the bundled copy), with its source.
  await page.goto(page.url().replace('#library', '#indicators'));
  await page.getByRole('button', { name: '新建单位' }).click();
  await page.getByLabel('单位名称').fill('某县');
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.getByRole('button', { name: '某县', exact: true, pressed: true })).toBeVisible();
  await page.getByLabel('月份', { exact: true }).fill('2021-06');
  await expect(page.getByRole('heading', { name: '某县 · 截至 2021-06 的指标' })).toBeVisible();
  const primary = page.locator('tr[data-indicator="primary-care-visit-share"] .ind-target');
  await expect(primary).toContainText('≥ 65%');
  await expect(primary).toContainText(`2021年12月前 · ${TITLE}`);
  await expect(primary.locator('.ind-target-history')).toContainText('历史目标 1 项');
  // In June 2021 it is the current target, not history.
  await expect(page.locator('tr[data-indicator="primary-care-visit-share"] .ind-status')).toHaveText('暂无数据');
  const own = page.locator('tr[data-indicator^="doc-"]');
  await expect(own.locator('th')).toHaveText('医共体医保支付标准高出三甲机构');
  await expect(own.locator('.ind-target')).toContainText(`≥ 10 个百分点`);
  await expect(own.locator('.ind-target')).toContainText(TITLE);
  await page.screenshot({ path: 'test-results/documents-indicators.png', fullPage: true });
  expect(errors).toEqual([]);
});

// Two target sentences of a county's plan (a ‰ rate the catalog has no indicator for, and a share).
const TARGETS_ONLY = [
  '关于印发某县妇幼健康提升方案的通知',
  '到2030年，全县婴儿死亡率控制在5‰以下，二级以上医院设置老年医学科的比例达到60%以上。',
].join('\n');

test('the 添加文件 paste survives closing the page; the target choice offers the user’s own indicators and a new one keeps the target’s unit; the first-run picker lists a document of targets only', async ({
  openPage,
}) => {
  const page = await openPage('options.html#indicators');
  const errors = watchConsole(page);
  // An indicator of the user's own, made on the indicators tab.
  await page.getByRole('button', { name: '添加指标' }).click();
  const form = page.getByRole('form', { name: '添加指标' });
  await form.getByLabel('指标名称').fill('老年医学科设置率');
  await form.getByLabel('分子名称').fill('设老年医学科的二级以上医院数');
  await form.getByLabel('分母名称（不填则为数量指标）').fill('二级以上医院数');
  await form.getByLabel('目标值').fill('50');
  await form.getByRole('button', { name: '创建' }).click();
  await expect(form).toBeHidden();

  await page.goto(page.url().replace('#indicators', '#library'));
  await page.getByRole('button', { name: '添加文件' }).click();
  await page.locator('.dl-add').getByLabel('粘贴表格内容').fill(TARGETS_ONLY);
  await expect
    .poll(
      async () =>
        (await readStore<{ key: string; value: unknown }>(page, 'settings')).find((s) => s.key === 'documents.addDraft')
          ?.value,
    )
    .toEqual({ text: TARGETS_ONLY });

  // The page closes and opens again: the paste is still there, with its preview.
  await page.reload();
  await page.getByRole('button', { name: '添加文件' }).click();
  const dialog = page.locator('.dl-add');
  await expect(dialog.getByLabel('粘贴表格内容')).toHaveValue(TARGETS_ONLY);
  await expect(dialog.getByRole('heading', { name: '指标目标（2 项）' })).toBeVisible();

  const choice = (subject: string) => dialog.getByLabel(`目标“${subject}”如何处理`);
  const share = choice('二级以上医院设置老年医学科的比例');
  await expect(share.locator('option', { hasText: '作为“老年医学科设置率”的目标' })).toHaveCount(1);
  await share.selectOption({ label: '作为“老年医学科设置率”的目标' });
  await choice('全县婴儿死亡率').selectOption({ label: '新建指标…' });
  await expect(dialog.getByLabel('指标单位')).toHaveValue('‰');
  await expect(dialog.getByLabel('录入单位')).toHaveValue('人');
  await dialog.getByLabel('分子（统计什么）').fill('婴儿死亡数');
  await dialog.getByLabel('分母（除以什么，计数指标留空）').fill('活产数');
  await page.screenshot({ path: 'test-results/documents-targets-only.png', fullPage: true });
  await dialog.getByRole('button', { name: '确认添加' }).click();
  await expect(page.getByText(/^已添加“.*”：0 项任务，2 项指标目标。$/)).toBeVisible();

  // Added: the draft is gone, the share target belongs to the user's indicator, the new one counts per mille.
  const settingKeys = (await readStore<{ key: string }>(page, 'settings')).map((s) => s.key);
  expect(settingKeys).not.toContain('documents.addDraft');
  const targets = await readStore<{ id: string; indicatorId: string; value: number }>(page, 'targets');
  const mine = targets.filter((t) => !t.id.startsWith('target-seed-'));
  expect(mine.map((t) => t.value).sort()).toEqual([5, 60]);
  expect(mine.find((t) => t.value === 60)!.indicatorId).toMatch(/^my-/);
  const indicators = await readStore<{ id: string; def: { unit: string; factor: number } }>(page, 'indicators');
  expect(indicators.find((r) => r.id === mine.find((t) => t.value === 5)!.indicatorId)!.def).toMatchObject({
    unit: '‰',
    factor: 1000,
  });

  // The first-run picker lists it beside the five bundled documents, with its targets.
  await page.getByRole('link', { name: '开始设置' }).click();
  const picker = page.getByRole('dialog');
  await expect(picker.locator('[data-document-id]')).toHaveCount(6);
  await expect(picker.locator('li', { hasText: '某县妇幼健康提升方案' })).toContainText('2 项目标');
  expect(errors).toEqual([]);
});
