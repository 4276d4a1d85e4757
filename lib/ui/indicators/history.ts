import type { FigureRecord } from '../../model/records';

export interface HistoryChange {
  key: string;
  from: number | null;
  to: number | null;
}

export interface HistoryStep {
  /** When the later values were saved. */
  at: number;
  changes: HistoryChange[];
}

/** Each save of a month as what it changed, newest first (the first save lists the values it entered). */
export function historySteps(record: Pick<FigureRecord, 'values' | 'history' | 'updatedAt'>): HistoryStep[] {
  const versions = [...record.history, { at: record.updatedAt, values: record.values }];
  const steps: HistoryStep[] = [];
  // history[i].at is when version i was saved, so version i+1 was saved at versions[i+1].at.
  versions.forEach((version, i) => {
    const before = i === 0 ? {} : versions[i - 1].values;
    const keys = [...new Set([...Object.keys(before), ...Object.keys(version.values)])];
    const changes = keys
      .map((key) => ({ key, from: before[key] ?? null, to: version.values[key] ?? null }))
      .filter((c) => c.from !== c.to);
    if (changes.length > 0) steps.push({ at: version.at, changes });
  });
  return steps.toReversed();
}
