// The budgets `npm run bench` enforces (issue 8): it exits non-zero when one is missed.
export const POPUP_GZIP_BUDGET = 60 * 1024;
/** Time to the first checklist row over a blank extension page, by task count. */
export const CHECKLIST_RATIO_BUDGET = { 5000: 1.5, 50000: 2 };
export const LIGHT_PAGES = ['popup.html', 'sidepanel.html'];

export function checkBudgets({ checklist, bundles }) {
  const checks = [];
  const popup = bundles.find((b) => b.page === 'popup.html');
  // Counted up to the first live row: the static JS plus the database chunk (Dexie) it loads at once.
  checks.push({ name: '弹出窗口 JS（含 Dexie）≤ 60 KB gzip', ok: popup.live.gzip <= POPUP_GZIP_BUDGET, detail: `${kb(popup.live.gzip)} KB` });
  for (const page of LIGHT_PAGES) {
    const libs = bundles.find((b) => b.page === page).static.libs;
    checks.push({ name: `${page} 静态加载不含图表/导出库`, ok: libs.length === 0, detail: libs.length ? libs.join(', ') : '无' });
  }
  for (const row of checklist) {
    const limit = CHECKLIST_RATIO_BUDGET[row.tasks];
    if (limit) checks.push({ name: `${row.page} 首行 ${row.tasks} 任务 ≤ ${limit}×`, ok: row.ratio <= limit, detail: `${row.ratio.toFixed(2)}×` });
  }
  return checks;
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);
