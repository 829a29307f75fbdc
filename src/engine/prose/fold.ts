/**
 * Text folded for matching words, not for showing: lower case, no diacritics (đ as d), spaces as " ".
 * "đảng uỷ" and "Đảng ủy" fold alike, whichever letter the tone mark was typed on. The length is kept
 * unit for unit (for NFC text), so a place in the folded text is the same place in the original.
 */
const folded = new Map<string, string>();

export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    let f = folded.get(ch);
    if (f === undefined) folded.set(ch, (f = ch.length > 1 ? ch : foldChar(ch)));
    out += f;
  }
  return out;
}

function foldChar(ch: string): string {
  if (ch === 'đ' || ch === 'Đ') return 'd';
  if (/\s/.test(ch)) return ' ';
  return ch.normalize('NFD')[0]!.toLowerCase()[0]!;
}
