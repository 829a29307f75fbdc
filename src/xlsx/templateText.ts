/** Fixed wording of a template, in both languages. */
import type { Text } from '../engine/index.js';

export const TEMPLATE_TEXT = {
  rowCodeHeader: { vi: 'STT', en: 'No.' },
  labelHeader: { vi: 'Chỉ tiêu', en: 'Indicator' },
  unitPrefix: { vi: 'Đơn vị tính: ', en: 'Unit: ' },
  invalidTitle: { vi: 'Số liệu không hợp lệ', en: 'Invalid figure' },
  wholeOnly: {
    vi: 'Ô này chỉ nhận số nguyên không âm (0, 1, 2 …).',
    en: 'This cell takes a whole number, 0 or more.',
  },
  numberOnly: { vi: 'Ô này chỉ nhận số.', en: 'This cell takes a number.' },
} satisfies Record<string, Text>;
