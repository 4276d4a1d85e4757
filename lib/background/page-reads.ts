/**
 * Functions chrome.scripting runs once in the tab the user acted on (activeTab), serialized on their own: they may
 * use nothing from this module's scope. They only read; the extension never writes into a web page.
 */

/** Runs in the page (serialized by chrome.scripting): the HTML of the table the selection lies in, or null. */
export function selectedTableHtml(): string | null {
  const selection = window.getSelection();
  const tables = [...document.querySelectorAll('table')];
  if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
    const range = selection.getRangeAt(0);
    const node = range.commonAncestorContainer;
    const inside = (node instanceof Element ? node : node.parentElement)?.closest('table');
    // oxlint-disable-next-line no-restricted-properties -- reads the table's HTML; nothing here writes HTML
    if (inside) return inside.outerHTML;
    const touched = tables.filter((table) => range.intersectsNode(table));
    // oxlint-disable-next-line no-restricted-properties -- reads the table's HTML; nothing here writes HTML
    if (touched.length > 0) return touched.map((table) => table.outerHTML).join('\n');
    return null;
  }
  // Nothing selected: the page's only table is unambiguous; with several the user has to point at one.
  // oxlint-disable-next-line no-restricted-properties -- reads the table's HTML; nothing here writes HTML
  return tables.length === 1 ? tables[0].outerHTML : null;
}

/** Runs in the page: the current selection as text, with its line breaks (the command gets no selectionText). */
export function selectionText(): string {
  return window.getSelection()?.toString() ?? '';
}

/**
 * Runs in the page (serialized by chrome.scripting): for "加入台账", the HTML of the table when the selection
 * spans cells of two or more of its rows (a table, not a sentence in one cell of a layout table); else null.
 */
export function selectionTableHtml(): string | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const node = range.commonAncestorContainer;
  const start = node instanceof Element ? node : node.parentElement;
  const candidates = [
    ...(start?.closest('table') ? [start.closest('table')!] : []),
    ...[...document.querySelectorAll('table')].filter((t) => range.intersectsNode(t)),
  ];
  for (const table of candidates) {
    const rows = new Set<Element>();
    for (const cell of table.querySelectorAll('td, th'))
      if (cell.closest('table') === table && range.intersectsNode(cell) && cell.parentElement)
        rows.add(cell.parentElement);
    // oxlint-disable-next-line no-restricted-properties -- reads the table's HTML; nothing here writes HTML
    if (rows.size >= 2) return table.outerHTML;
  }
  return null;
}
