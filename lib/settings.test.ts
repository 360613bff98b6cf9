import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings.ts';

describe('parseSettings', () => {
  it('falls back to defaults for missing or invalid values', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ toneStyle: 'wade-giles', hoverModifier: 3, toneColors: 'yes' })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and drops unknown keys', () => {
    expect(parseSettings({ toneStyle: 'zhuyin', hoverModifier: 'alt', hoverEnabled: false, extra: 1 })).toEqual({
      ...DEFAULT_SETTINGS,
      toneStyle: 'zhuyin',
      hoverModifier: 'alt',
      hoverEnabled: false,
    });
  });
});
