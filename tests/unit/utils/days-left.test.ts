import { describe, expect, it } from 'vitest';
import { daysLeftText } from '../../../utils/days-left';

const kst = (y: number, m: number, d: number, h = 12) => Date.UTC(y, m - 1, d, h - 9);

describe('daysLeftText', () => {
  it('says how many days are left, that it expires today, or how long ago it expired', () => {
    expect(daysLeftText('2027-03-15', kst(2027, 3, 12), 'ko')).toBe('3일 남음');
    expect(daysLeftText('2027-03-15', kst(2027, 3, 14), 'ko')).toBe('1일 남음');
    expect(daysLeftText('2027-03-15', kst(2027, 3, 15), 'ko')).toBe('오늘 만료');
    expect(daysLeftText('2027-03-15', kst(2027, 3, 16), 'ko')).toBe('1일 지남');
    expect(daysLeftText('2027-03-15', kst(2027, 3, 20), 'en')).toBe('Expired 5 days ago');
    expect(daysLeftText('2027-03-15', kst(2027, 3, 12), 'en')).toBe('3 days left');
  });
});
