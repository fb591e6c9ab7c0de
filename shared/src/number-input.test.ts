import { describe, expect, it } from 'vitest';
import { parseBoundedInput, parseNumberInput } from './number-input.js';

describe('parseNumberInput', () => {
  it.each([
    ['1,650', 1650],
    ['１６５０', 1650],
    ['１，６５０．５', 1650.5],
    ['75.1%', 75.1],
    ['７５．１％', 75.1],
    [' 2.16 ', 2.16],
    ['-684', -684],
    ['▲684', -684],
    ['△12.5', -12.5],
    ['170万', 1_700_000],
    ['0', 0],
    ['.5', 0.5],
  ])('reads %s as %d', (raw, value) => {
    expect(parseNumberInput(raw)).toEqual({ ok: true, value });
  });

  it.each(['abc', '12a', '1.2.3', '--5', '5-', '約100', '100人'])('refuses %s', (raw) => {
    expect(parseNumberInput(raw)).toEqual({ ok: false, error: 'NOT_A_NUMBER' });
  });

  it('tells an empty entry apart', () => {
    expect(parseNumberInput('  ')).toEqual({ ok: false, error: 'EMPTY' });
  });
});

describe('parseBoundedInput', () => {
  it.each([
    ['75%以上', 75, 'AT_LEAST'],
    ['７５％以上', 75, 'AT_LEAST'],
    ['5以下', 5, 'AT_MOST'],
    ['1,000超', 1000, 'ABOVE'],
    ['0.5未満', 0.5, 'BELOW'],
    ['42', 42, null],
  ])('reads %s as %d, bound %s', (raw, value, bound) => {
    expect(parseBoundedInput(raw)).toEqual({ ok: true, value, bound });
  });

  it.each(['以上', '約75%以上', '75以上以上'])('refuses %s', (raw) => {
    expect(parseBoundedInput(raw).ok).toBe(false);
  });
});
