/** The sentences of a row or column code standing more than once, in Vietnamese and English. */
import type { DuplicatePart } from '../check/finding.js';
import type { Text } from '../pack/pack.js';
import { formatNumber } from './formatNumber.js';

const WORDS = {
  'duplicate-row': { vi: ['dòng', 'dòng'], en: ['Row', 'row'] },
  'duplicate-column': { vi: ['cột', 'cột'], en: ['Column', 'column'] },
} as const;

/** Twice: both places. More often: how many times, after which cell, and the first few repeats. */
function duplicate(f: DuplicatePart): Text {
  const { vi, en } = WORDS[f.code];
  const [first, ...shown] = f.addresses;
  const inSheet = `trong biểu "${f.sheetName}"`;
  const checked = { vi: `chỉ ${vi[1]} đầu được kiểm tra`, en: `only the first ${en[1]} is checked` };
  if (f.repeats === 1) {
    return {
      vi: `Mã ${vi[0]} ${f.found} có hai lần ${inSheet} (ô ${first} và ${shown[0]}); ${checked.vi}`,
      en:
        `${en[0]} code ${f.found} stands twice in sheet "${f.sheetName}" (cells ${first} and ${shown[0]}); ` +
        checked.en,
    };
  }
  const more = f.repeats > shown.length ? ' …' : '';
  return {
    vi:
      `Mã ${vi[0]} ${f.found} lặp lại ${formatNumber(f.repeats, 0, 'vi')} lần trong biểu "${f.sheetName}" ` +
      `sau ô ${first} (ở ${shown.join(', ')}${more}); ${checked.vi}`,
    en:
      `${en[0]} code ${f.found} is repeated ${formatNumber(f.repeats, 0, 'en')} times in sheet "${f.sheetName}" ` +
      `after cell ${first} (at ${shown.join(', ')}${more}); ${checked.en}`,
  };
}

export const DUPLICATE_PHRASES = { 'duplicate-row': duplicate, 'duplicate-column': duplicate };
