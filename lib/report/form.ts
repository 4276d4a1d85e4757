/** Public API: the department 报送表 (.xlsx) written for dispatch and read back on return. */
export { writeReportForm } from './form-write';
export { readReportForm } from './form-read';
export type { ReportFormInput, ReportFormResult, ReportFormRow, ReportPeriod, UnmatchedRow } from './form-types';
