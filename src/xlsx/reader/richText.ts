/**
 * The text of a string item (`<si>` of the shared strings, `<is>` of an inline string): its `<t>`, or the
 * `<t>` of each run of rich text, without the phonetic guides (`<rPh>`) Excel does not show.
 */
import { TextTooLongError } from './errors.js';
import { LIMITS } from './limits.js';
import { isMain, type Tag } from './xmlPart.js';

export class RichText {
  private depthInPhonetic = 0;
  private inText = false;
  private parts: string[] = [];
  private length = 0;

  constructor(
    private readonly file: string,
    private readonly part: string,
  ) {}

  open(tag: Tag): void {
    if (isMain(tag, 'rPh')) this.depthInPhonetic++;
    else if (isMain(tag, 't') && this.depthInPhonetic === 0) this.inText = true;
  }

  close(tag: Tag): void {
    if (isMain(tag, 'rPh')) this.depthInPhonetic--;
    else if (isMain(tag, 't')) this.inText = false;
  }

  text(text: string): void {
    if (!this.inText) return;
    this.length += text.length;
    if (this.length > LIMITS.textLength) throw new TextTooLongError(this.file, this.part);
    this.parts.push(text);
  }

  /**
   * The text gathered since the last call, `_xHHHH_` escapes decoded as Excel does; undefined when there was no `<t>`.
   */
  take(): string | undefined {
    const text = this.parts.length ? unescapeXstring(this.parts.join('')) : undefined;
    this.parts = [];
    this.length = 0;
    return text;
  }
}

/** Characters XML cannot carry are written `_x000D_`; `_x005F_` escapes an underscore itself. */
function unescapeXstring(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}
