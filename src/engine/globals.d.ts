/** The one host global the engine uses: every JavaScript host it runs in (Node, browsers, Excel) has it. */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
