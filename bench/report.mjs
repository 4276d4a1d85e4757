// The results as one Markdown table (printed, and kept in README.md under its own heading).
import { readFileSync, writeFileSync } from 'node:fs';
import { kb } from './budgets.mjs';
import { describeMachine } from './machine.mjs';

const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
const ratio = (a, b) => `${a / b < 0.1 ? (a / b).toPrecision(2) : (a / b).toFixed(2)}×`;
const n = (x) => x.toLocaleString('en-US');
const INTERACTION_ZH = { indicatorsParentUnit: '指标测算：选上级单位到指标表出值（Σ/Σ）' };
const PAGE_ZH = { 'popup.html': '弹出窗口', 'sidepanel.html': '侧边栏', 'options.html': '选项页' };

export function resultsTable(r) {
  const rows = [
    ['项目', '测得', '对照', '比值'],
    ['---', '---:', '---:', '---:'],
  ];
  for (const c of r.checklist ?? []) {
    if (c.page === 'popup.html')
      rows.push([
        `静态页一行文字绘出（绘出的下限）：${n(c.tasks)} 任务时`,
        ms(c.textPaintedMs),
        `空白页 ${ms(c.blankMs)}`,
        ratio(c.textPaintedMs, c.blankMs),
      ]);
    rows.push([
      `${PAGE_ZH[c.page]}首行：${n(c.tasks)} 任务 / ${c.ledgers} 台账`,
      ms(c.firstRowMs),
      `空白页 ${ms(c.blankMs)}`,
      ratio(c.firstRowMs, c.blankMs),
    ]);
    // Painted is compared with painted: a blank page has nothing to paint.
    rows.push([
      `${PAGE_ZH[c.page]}首行绘出：${n(c.tasks)} 任务 / ${c.ledgers} 台账`,
      ms(c.paintedRowMs),
      `静态一行绘出 ${ms(c.textPaintedMs)}`,
      ratio(c.paintedRowMs, c.textPaintedMs),
    ]);
    rows.push([
      `${PAGE_ZH[c.page]}实时数据首行：${n(c.tasks)} 任务 / ${c.ledgers} 台账`,
      ms(c.liveRowMs),
      `空白页 ${ms(c.blankMs)}`,
      ratio(c.liveRowMs, c.blankMs),
    ]);
  }
  const o = r.options;
  if (o) {
    rows.push([
      `设置页台账列表：${n(o.tasks)} 任务 / ${o.ledgers} 台账`,
      ms(o.ledgersMs),
      `空白页 ${ms(o.blankMs)}`,
      ratio(o.ledgersMs, o.blankMs),
    ]);
    for (const [name, t] of Object.entries(o.interactions))
      rows.push([
        `设置页操作 ${INTERACTION_ZH[name] ?? name}（${o.units} 个单位 × ${o.months} 个月）`,
        ms(t),
        `空白页 ${ms(o.blankMs)}`,
        ratio(t, o.blankMs),
      ]);
  }
  const u = r.upcoming;
  if (u)
    rows.push([
      `临近截止查询（${n(u.tasks)} 任务中 ${n(u.found)} 条，[done+due] 索引）`,
      ms(u.indexedMs),
      `全表扫描 ${ms(u.scanMs)}`,
      ratio(u.indexedMs, u.scanMs),
    ]);
  if (r.tableImport)
    rows.push([`表格导入：粘贴 ${n(r.tableImport.rows)} 行（parseLedgerTable）`, ms(r.tableImport.ms), '—', '—']);
  const b = r.backup;
  if (b) {
    rows.push([
      `备份：${n(b.tasks)} 任务（读取 + JSON，${(b.bytes / 2 ** 20).toFixed(1)} MB）`,
      ms(b.backupMs),
      '—',
      '—',
    ]);
    rows.push([
      `恢复：${n(b.tasks)} 任务，库中已是同样数据（解析 + 校验 + 只写不同的记录）`,
      ms(b.restoreMs),
      `备份 ${ms(b.backupMs)}`,
      ratio(b.restoreMs, b.backupMs),
    ]);
    if (b.restoreEmptyMs)
      rows.push([
        `恢复：${n(b.tasks)} 任务到空数据库（新电脑，每条都写；1 次）`,
        ms(b.restoreEmptyMs),
        `备份 ${ms(b.backupMs)}`,
        ratio(b.restoreEmptyMs, b.backupMs),
      ]);
    if (b.emptyPutMs)
      rows.push([
        `对照：同样 ${n(b.tasks)} 任务直接 bulkPut 进空数据库（同一表结构，不解析不校验；1 次）`,
        ms(b.emptyPutMs),
        `备份 ${ms(b.backupMs)}`,
        ratio(b.emptyPutMs, b.backupMs),
      ]);
  }
  const x = r.xlsx;
  if (x)
    rows.push([
      `.xlsx 导出：${n(x.tasks)} 任务 + ${x.cells} 个指标月值（${x.source}）`,
      ms(x.xlsxMs),
      `JSON.stringify ${ms(x.jsonMs)}`,
      ratio(x.xlsxMs, x.jsonMs),
    ]);
  const f = r.reportForms;
  if (f)
    rows.push([
      `报送表：${f.departments} 个单位 × ${f.tasksEach} 项任务，全部读回（${f.source}）`,
      ms(f.readMs),
      `全部生成 ${ms(f.writeMs)}`,
      ratio(f.readMs, f.writeMs),
    ]);
  const d = r.docxImport;
  if (d)
    rows.push([
      `.docx 导入：${d.pages} 页 Word 台账（${(d.bytes / 2 ** 10).toFixed(0)} KB，正文 ${(d.xmlChars / 2 ** 20).toFixed(1)} MB，${n(d.parsed)} 项任务）`,
      ms(d.parseMs),
      `解压并解码正文 ${ms(d.floorMs)}（DOMParser 解析正文 ${ms(d.domParserMs)}）`,
      ratio(d.parseMs, d.floorMs),
    ]);
  const h = r.htmlPaste;
  if (h)
    rows.push([
      `粘贴 HTML 表格：${n(h.rows)} 行（parseLedgerHtml，${(h.chars / 2 ** 20).toFixed(1)} MB）`,
      ms(h.parseMs),
      `DOMParser 解析同一 HTML ${ms(h.floorMs)}`,
      ratio(h.parseMs, h.floorMs),
    ]);
  for (const bundle of r.bundles ?? []) {
    const lazy = bundle.onDemand.files.length
      ? `按需 ${kb(bundle.onDemand.gzip)} KB（${bundle.onDemand.libs.join(', ') || '无重型库'}）`
      : '无按需块';
    rows.push([`${PAGE_ZH[bundle.page]} JS 首次绘出前（gzip）`, `${kb(bundle.static.gzip)} KB`, lazy, '—']);
    if (bundle.page !== 'options.html')
      rows.push([
        `${PAGE_ZH[bundle.page]} JS 至实时数据首行（含 Dexie，gzip）`,
        `${kb(bundle.live.gzip)} KB`,
        '—',
        '—',
      ]);
  }
  const table = rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  const budgets = r.budgets.map((c) => `- ${c.ok ? '✅' : '❌'} ${c.name}：${c.detail}`).join('\n');
  return `${table}\n\n预算：\n${budgets}`;
}

export function readmeSection(r) {
  return [
    '## 性能基准 (npm run bench)',
    '',
    `最近一次：${r.date}；机器：${describeMachine(r.machine)}。`,
    `页面时间为导航开始到第一条清单任务出现（“首行”可来自上次视图的快照，见 lib/checklist/first-paint.ts；“首行绘出”是这一行真正画到屏幕上的时刻（Element Timing），“实时数据首行”是本页自己查询 IndexedDB 后画出的第一行），对照为同一扩展以同样方式打开的空白页（没有可画的内容，取 load 结束）；“首行绘出”的对照是“静态页一行文字绘出”：不运行任何脚本的页面把一行字画到屏幕上的时刻，即绘出所能达到的下限。各取 ${r.checklist[0].runs} 次的中位数（其余各项 7 次），同一浏览器进程内测得。包大小来自正常构建（不含基准页），gzip -9。`,
    '',
    resultsTable(r),
    '',
  ].join('\n');
}

const HEADING = '## 性能基准 (npm run bench)';

/** Replaces the bench section at the end of README.md (or appends it); nothing else in the file changes. */
export function writeReadme(path, r) {
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(HEADING);
  const before = at === -1 ? `${text.trimEnd()}\n\n` : text.slice(0, at);
  const next = at === -1 ? -1 : text.indexOf('\n## ', at + HEADING.length);
  const after = next === -1 ? '' : `\n${text.slice(next + 1)}`;
  writeFileSync(path, `${before}${readmeSection(r)}${after}`);
}

export function saveResults(path, r) {
  writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
}
