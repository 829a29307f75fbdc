/** "Biểu kỳ trước": the unit's previous workbook, chosen by the clerk; the screen compares with its figures. */
import { check, errorText, unitFigures, type CompiledPack, type UnitFigures } from '../../src/engine/index.js';
import { bytesOf } from './standalonePage.js';
import { $, type View } from './view.js';

/** Calls `chosen` with the previous workbook's figures once it is read. */
export function previousPicker(view: View, pack: CompiledPack, chosen: (figures: UnitFigures) => void): void {
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
          );
          $('previous-name').textContent = file.name;
          chosen(unitFigures(pack, located, values, report.unit));
        } catch (e) {
          const text = errorText(e, file.name);
          view.status(() => text[view.lang], 'error');
        }
      },
    );
  });
}
