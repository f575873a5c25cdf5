import { presetPeriod } from './period';

describe('Insights period presets', () => {
  const today = new Date(2026, 11, 5);

  test('When the preset is the last 4 weeks, then the period is this week and the three before it, from their Monday', () => {
    // Saturday 5 December 2026: its week began on Monday 30 November.
    expect(presetPeriod('last4Weeks', today)).toEqual({ from: '2026-11-09', to: '2026-12-05' });
    expect(presetPeriod('last4Weeks', new Date(2026, 10, 30))).toEqual({ from: '2026-11-09', to: '2026-11-30' });
    expect(presetPeriod('last4Weeks', new Date(2026, 11, 6))).toEqual({ from: '2026-11-09', to: '2026-12-06' });
  });

  test('When the preset is the last quarter, then the period starts the day after the same date three months back', () => {
    expect(presetPeriod('lastQuarter', today)).toEqual({ from: '2026-09-06', to: '2026-12-05' });
  });

  test('When the preset is the last 12 months, then the period starts the day after the same date a year back', () => {
    expect(presetPeriod('last12Months', new Date(2026, 0, 31))).toEqual({ from: '2025-02-01', to: '2026-01-31' });
  });
});
