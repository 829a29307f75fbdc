/** The columns that describe a unit, in the batch report's and the consolidated workbook's units tables. */
import type { Lang } from '../pack/pack.js';

export const UNIT_COLUMNS: Record<Lang, string[]> = {
  vi: 'STT|Mã đơn vị|Tên đơn vị|Kỳ báo cáo|Sai lệch|Lỗi khác|Ô còn trống|Cảnh báo|Dấu kiểm tra|Tệp'.split('|'),
  en: 'No.|Unit code|Unit name|Period|Discrepancies|Other errors|Blank cells|Warnings|Stamp|File'.split('|'),
};
