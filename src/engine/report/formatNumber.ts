/** Numbers the way each language writes them: 27.023 and 48,34% in Vietnamese, 27,023 and 48.34% in English. */
import type { Lang } from '../pack/pack.js';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };
const cache = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, decimals: number, lang: Lang, percent = false): string {
  const key = `${lang}${decimals}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 0, maximumFractionDigits: decimals });
    cache.set(key, format);
  }
  return format.format(value) + (percent ? '%' : '');
}
