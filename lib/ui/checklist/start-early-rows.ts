import { readEarlyFirstRows } from '../../db/early-first-rows';
import { FIRST_ROWS } from '../../checklist/row-limits';
import { putEarlyRead } from '../first-paint/early-slot';
import { EARLY_ROWS_SLOT } from './early-rows';

/** The classic script's side of ./early-rows.ts. */
export const startEarlyRows = (today: string): void =>
  putEarlyRead(EARLY_ROWS_SLOT, readEarlyFirstRows(today, FIRST_ROWS));
