// The budgets `npm run bench` enforces (issue 18): it exits non-zero when one is missed. Each is a ratio to a floor
// measured in the same run, or a size. A check is skipped when its case did not run (`--only`).
export const LIGHT_PAGES = ['popup.html', 'sidepanel.html'];
/** Task counts the page budgets apply to. */
export const BUDGET_SIZES = [5000, 50000];
export const BUDGETS = {
  /** First checklist row painted (Element Timing) over one static line painted. */
  painted: 1.3,
  /** First row from the page's own IndexedDB query over a blank page's load. */
  live: 2,
  /** Restore of 50,000 tasks over the backup of the same data. */
  restore: 3,
  /** Options ledger list at 50,000 tasks over a blank page's load. */
  ledgerList: 3,
  /** Slowest options interaction (input to answer) over a blank page's load. */
  interaction: 2,
  /** A 100-page .docx parsed into ledger rows over unzipping and decoding its word/document.xml. */
  docxImport: 15,
  /** A 1,000-row clipboard table parsed into ledger rows over DOMParser parsing the same HTML. */
  htmlPaste: 4,
  /** JS a light page runs before its first paint, gzip. */
  staticGzip: 10 * 1024,
  /** JS up to the first live row, Dexie included, gzip. */
  liveGzip: 60 * 1024,
};

export function checkBudgets({ checklist, bundles, backup, options, docxImport, htmlPaste }) {
  const checks = [];
  const check = (name, ok, detail) => checks.push({ name, ok, detail });
  for (const page of bundles ? LIGHT_PAGES : []) {
    const graph = bundles.find((b) => b.page === page);
    check(
      `${page} 首次绘出前的 JS ≤ ${kb(BUDGETS.staticGzip)} KB gzip`,
      graph.static.gzip <= BUDGETS.staticGzip,
      `${kb(graph.static.gzip)} KB`,
    );
    check(
      `${page} 至实时数据首行的 JS（含 Dexie）≤ ${kb(BUDGETS.liveGzip)} KB gzip`,
      graph.live.gzip <= BUDGETS.liveGzip,
      `${kb(graph.live.gzip)} KB`,
    );
    const libs = [...new Set([...graph.static.libs, ...graph.live.libs])];
    check(`${page} 至实时数据首行不含图表/导出/导入库`, libs.length === 0, libs.length ? libs.join(', ') : '无');
  }
  for (const row of (checklist ?? []).filter((r) => BUDGET_SIZES.includes(r.tasks))) {
    check(
      `${row.page} 首行绘出 ${row.tasks} 任务 ≤ ${BUDGETS.painted}× 静态一行绘出`,
      row.paintedRatio <= BUDGETS.painted,
      `${row.paintedRatio.toFixed(2)}×`,
    );
    check(
      `${row.page} 实时数据首行 ${row.tasks} 任务 ≤ ${BUDGETS.live}× 空白页`,
      row.liveRatio <= BUDGETS.live,
      `${row.liveRatio.toFixed(2)}×`,
    );
  }
  if (backup) {
    const ratio = backup.restoreMs / backup.backupMs;
    check(`恢复 ${backup.tasks} 任务 ≤ ${BUDGETS.restore}× 备份`, ratio <= BUDGETS.restore, `${ratio.toFixed(2)}×`);
  }
  if (options) {
    check(
      `设置页台账列表 ${options.tasks} 任务 ≤ ${BUDGETS.ledgerList}× 空白页`,
      options.ledgersRatio <= BUDGETS.ledgerList,
      `${options.ledgersRatio.toFixed(2)}×`,
    );
    const [name, ms] = Object.entries(options.interactions).sort((a, b) => b[1] - a[1])[0];
    const ratio = ms / options.blankMs;
    check(
      `设置页最慢的操作（${name}）≤ ${BUDGETS.interaction}× 空白页`,
      ratio <= BUDGETS.interaction,
      `${ratio.toFixed(2)}×`,
    );
  }
  if (docxImport) {
    check(
      `解析 ${docxImport.pages} 页 .docx ≤ ${BUDGETS.docxImport}× 解压并解码其正文`,
      docxImport.ratio <= BUDGETS.docxImport,
      `${docxImport.ratio.toFixed(2)}×`,
    );
  }
  if (htmlPaste) {
    check(
      `解析粘贴的 ${htmlPaste.rows} 行 HTML 表格 ≤ ${BUDGETS.htmlPaste}× DOMParser 解析同一 HTML`,
      htmlPaste.ratio <= BUDGETS.htmlPaste,
      `${htmlPaste.ratio.toFixed(2)}×`,
    );
  }
  return checks;
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);
