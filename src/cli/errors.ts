/** Command lines the CLI cannot act on: one sentence each, in Vietnamese and English, and where to read more. */
import { PlainError, type Text } from '../engine/index.js';

export class UsageError extends PlainError {
  constructor(text: Text) {
    super({ vi: `${text.vi} Xem: kiembieu --help`, en: `${text.en} See: kiembieu --help` });
  }
}

export class UnknownOptionError extends UsageError {
  constructor(readonly flag: string) {
    super({ vi: `Không có tùy chọn ${flag}.`, en: `There is no option ${flag}.` });
  }
}

export class OptionNeedsValueError extends UsageError {
  constructor(readonly flag: string) {
    super({ vi: `Tùy chọn ${flag} cần có giá trị đi kèm.`, en: `The option ${flag} needs a value.` });
  }
}

export class OptionTakesNoValueError extends UsageError {
  constructor(readonly flag: string) {
    super({ vi: `Tùy chọn ${flag} không nhận giá trị.`, en: `The option ${flag} takes no value.` });
  }
}

/** An option another command takes: said, not silently ignored. */
export class OptionNotForCommandError extends UsageError {
  constructor(
    readonly command: string,
    readonly flags: string[],
  ) {
    const list = flags.join(', ');
    super({ vi: `Lệnh ${command} không nhận tùy chọn ${list}.`, en: `The ${command} command does not take ${list}.` });
  }
}

export class NotOneOfError extends UsageError {
  constructor(flag: string, allowed: readonly string[], value: string) {
    super({
      vi: `${flag} nhận ${allowed.join(' hoặc ')}, không nhận "${value}".`,
      en: `${flag} takes ${allowed.join(' or ')}, not "${value}".`,
    });
  }
}
