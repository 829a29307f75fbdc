/** Misuse the engine refuses outright; data problems in a workbook are findings instead. */

/** A pack file that does not follow the format: names the file and the key. */
export class PackError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly reason: string,
  ) {
    super(`Pack file "${file}", ${key || 'top level'}: ${reason}.`);
    this.name = 'PackError';
  }
}

/** A workbook made from another pack, or from another version of this one. */
export class WrongPackError extends Error {
  constructor(
    readonly file: string,
    readonly found: string,
    readonly expected: string,
  ) {
    super(`"${file}" was made from template pack ${found}, not ${expected}: check it with that pack.`);
    this.name = 'WrongPackError';
  }
}

/** A workbook that holds none of the pack's sheets. */
export class ForeignWorkbookError extends Error {
  constructor(
    readonly file: string,
    readonly pack: string,
  ) {
    super(`"${file}" holds none of the sheets of template pack ${pack}: it is not one of its workbooks.`);
    this.name = 'ForeignWorkbookError';
  }
}
