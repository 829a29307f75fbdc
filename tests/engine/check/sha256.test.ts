import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/engine/check/sha256.js';

const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256', () => {
  it('gives the standard digest of the empty string and "abc"', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it("agrees with Node's crypto across block boundaries and on Vietnamese text", () => {
    for (const n of [55, 56, 63, 64, 65, 119, 120, 1000]) expect(sha256('x'.repeat(n))).toBe(nodeSha('x'.repeat(n)));
    const text = 'B3a|2017|(1)=27023\nĐảng viên mới kết nạp: 1.908\n';
    expect(sha256(text)).toBe(nodeSha(text));
  });
});
