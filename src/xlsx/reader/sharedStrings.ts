/** The shared strings part: the texts cells of type "s" point at by index. */
import { RichText } from './richText.js';
import { isMain, readPart } from './xmlPart.js';
import type { ZipArchive } from './zipArchive.js';

export function sharedStrings(archive: ZipArchive, part: string | undefined, file: string): string[] {
  const strings: string[] = [];
  if (part === undefined) return strings;
  const item = new RichText(file, part);
  readPart(archive, part, file, {
    open(tag) {
      item.open(tag);
    },
    close(tag) {
      item.close(tag);
      if (isMain(tag, 'si')) strings.push(item.take() ?? '');
    },
    text(text) {
      item.text(text);
    },
  });
  return strings;
}
