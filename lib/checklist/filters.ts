import type { TaskRecord } from '../model/records';
import type { ChecklistFilters } from './settings';
import { departmentRole } from '../model/department-aliases';

/** Search terms: whitespace separates terms, every term must occur (case-insensitive). */
export function searchTerms(search: string): string[] {
  return search.toLowerCase().split(/\s+/).filter(Boolean);
}

function haystack(task: TaskRecord, ledgerTitle: string): string {
  return [
    task.title,
    task.group ?? '',
    task.seq ?? '',
    task.lead.join(' '),
    task.partners.join(' '),
    task.deadlineText,
    ledgerTitle,
    ...task.notes.map((n) => n.text),
  ]
    .join('\n')
    .toLowerCase();
}

export function matchesSearch(task: TaskRecord, terms: string[], ledgerTitle = ''): boolean {
  if (terms.length === 0) return true;
  const text = haystack(task, ledgerTitle);
  return terms.every((term) => text.includes(term));
}

/**
 * Whether my departments lead the task, or (unless partner rows are hidden) partner in it. `departments` are the
 * spellings to match (see spellingsOf in model/department-aliases); [] matches every task.
 */
export function matchesDepartments(task: TaskRecord, departments: readonly string[], hidePartners = false): boolean {
  if (departments.length === 0) return true;
  const role = departmentRole(task, departments);
  return role === 'lead' || (role === 'partner' && !hidePartners);
}

/** The whole filter as one predicate, for rows that an index query could not narrow down by itself. */
export function taskFilter(filters: ChecklistFilters, ledgerTitles: ReadonlyMap<string, string>) {
  const terms = searchTerms(filters.search);
  return (task: TaskRecord): boolean =>
    (filters.ledgerId === null || task.ledgerId === filters.ledgerId) &&
    matchesDepartments(task, filters.departments, filters.hidePartners === true) &&
    matchesSearch(task, terms, ledgerTitles.get(task.ledgerId) ?? '');
}

export function hasActiveFilter(filters: ChecklistFilters): boolean {
  return filters.departments.length > 0 || filters.ledgerId !== null || filters.search.trim() !== '';
}

/** Distinct department names, in Chinese collation order, for the "my departments" picker. */
export function sortDepartments(names: Iterable<string>): string[] {
  return [...new Set(names)].filter((n) => n.trim() !== '').sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
}
