import { describe, expect, it } from 'vitest';
import { asText } from '../../src/office/asText.js';

describe('asText', () => {
  it('puts an apostrophe before every string Excel could read as something else, and only before strings', () => {
    expect(
      asText([
        ['27.023', '1.0', '=A1', "'Biểu 1'!C17"],
        [12, null, '', true],
      ]),
    ).toEqual([
      ["'27.023", "'1.0", "'=A1", "''Biểu 1'!C17"],
      [12, null, '', true],
    ]);
  });
});
