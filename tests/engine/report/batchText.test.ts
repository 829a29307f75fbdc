import { describe, expect, it } from 'vitest';
import { dayOf, stampText } from '../../../src/engine/report/batchText.js';

describe('stampText', () => {
  it('says the state, with the day of the check in Viet Nam', () => {
    const checked = { value: 'x', checkedAt: '2018-06-04T20:30:00.000Z' };
    expect(stampText({ ...checked, state: 'unchanged' }, 'vi')).toBe('đã kiểm tra, không sửa sau đó (05/06/2018)');
    expect(stampText({ ...checked, state: 'changed' }, 'en')).toBe('changed after checking (05/06/2018)');
    expect(stampText({ value: 'x', state: 'unchecked' }, 'vi')).toBe('chưa kiểm tra');
    expect(dayOf('not a time', 'vi')).toBe('not a time');
  });
});
