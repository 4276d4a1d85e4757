import { parseIsoDate } from '../model/calendar';
/**
 * Dates as officials read them: 2025年3月31日 in Chinese, Mar 31, 2025 in English. Pure (no Intl), so the same
 * text appears in every browser and in tests. Anything that is not an ISO date (YYYY-MM-DD) is returned as is.
 */
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** locale: a UI language tag such as 'zh-CN', 'zh_CN' or 'en'; every non-Chinese tag gets the English form. */
export function formatDate(iso: string, locale: string): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  const { y: year, m: month, d: day } = parts;
  if (locale.toLowerCase().startsWith('zh')) return `${year}年${month}月${day}日`;
  return `${EN_MONTHS[month - 1]} ${day}, ${year}`;
}

/** A month (YYYY-MM): 2025年3月 in Chinese, Mar 2025 in English; anything else is returned as is. */
export function formatMonth(month: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const [year, n] = [m[1], Number(m[2])];
  if (n < 1 || n > 12) return month;
  return locale.toLowerCase().startsWith('zh') ? `${year}年${n}月` : `${EN_MONTHS[n - 1]} ${year}`;
}
