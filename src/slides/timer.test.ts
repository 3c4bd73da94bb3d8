import { describe, expect, it } from 'vitest';
import { formatElapsed } from './timer';

describe('the presenter view’s clock', () => {
  it('shows minutes and seconds, and hours past the hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_999)).toBe('1:05');
    expect(formatElapsed(3_600_000 + 4 * 60_000 + 5_000)).toBe('1:04:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
