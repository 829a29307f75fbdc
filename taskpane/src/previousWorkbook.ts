/**
 * "Biểu kỳ trước": the unit's previous workbook, chosen by the clerk; the screen compares with its figures.
 * One of another unit or not an earlier period is refused, in a sentence, and not screened against.
 */
import {
  previousRefusal,
  check,
  errorText,
  unitFigures,
  type CompiledPack,
  type UnitFigures,
  type UnitIdentity,
} from '../../src/engine/index.js';
import { bytesOf } from './standalonePage.js';
import { $, type View } from './view.js';

export interface PreviousChoice {
  /** The file's name, for the sentence refusing it. */
  name: string;
  figures: UnitFigures;
}

/**
 * Calls `chosen` once the previous workbook is read and is the open workbook's previous period; `current`
 * gives the open workbook's identity, undefined while none is open (the choice is then taken as it is).
 */
export function previousPicker(
  view: View,
  pack: CompiledPack,
  current: () => Promise<UnitIdentity | undefined>,
  chosen: (choice: PreviousChoice) => void,
): void {
  const input = $<HTMLInputElement>('previous-file');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void view.busy(
      (s) => s.readingFile(file.name),
      async () => {
        const { readWorkbook } = await import('../../src/xlsx/readWorkbook.js');
        try {
          const { report, located, values } = check(
            pack,
            await readWorkbook(await bytesOf(file), file.name),
            file.name,
            { suspects: false },
          );
          const now = await current();
          const refused = now && previousRefusal(file.name, now, report.unit);
          if (refused) return view.status((_, lang) => refused[lang], 'error');
          view.status(undefined);
          $('previous-name').textContent = file.name;
          chosen({ name: file.name, figures: unitFigures(pack, located, values, report.unit) });
        } catch (e) {
          const text = errorText(e, file.name);
          view.status(() => text[view.lang], 'error');
        }
      },
    );
  });
}
