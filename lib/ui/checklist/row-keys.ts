/** Keyboard model of the checklist: ↑/↓ move between rows, Space toggles done, Enter opens the note. */
const ROW = '[data-task-id]';

export function rowElements(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(ROW)];
}

function isTextField(el: Element): boolean {
  return (
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement ||
    (el instanceof HTMLInputElement && el.type !== 'checkbox')
  );
}

export function handleRowKey(
  e: KeyboardEvent,
  container: HTMLElement,
  actions: { toggle: (id: string) => void; openNote: (id: string) => void },
): void {
  const target = e.target as HTMLElement;
  const row = target.closest<HTMLElement>(ROW);
  if (!row || isTextField(target) || e.altKey || e.ctrlKey || e.metaKey) return;
  const id = row.dataset.taskId!;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    const rows = rowElements(container);
    const next = rows[rows.indexOf(row) + (e.key === 'ArrowDown' ? 1 : -1)];
    e.preventDefault();
    next?.focus();
  } else if (target === row && e.key === ' ') {
    e.preventDefault();
    actions.toggle(id);
  } else if (target === row && e.key === 'Enter') {
    e.preventDefault();
    actions.openNote(id);
  }
}

/** '/' jumps to the search box from anywhere on the page except a text field. */
export function isSearchShortcut(e: KeyboardEvent): boolean {
  return (
    e.key === '/' &&
    !e.ctrlKey &&
    !e.metaKey &&
    !e.altKey &&
    !isTextField(e.target as Element) &&
    !(e.target as HTMLElement).isContentEditable
  );
}
