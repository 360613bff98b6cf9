import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseHostPattern, parseSettings, siteRuleFor } from './settings.ts';

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

describe('site rules', () => {
  it('keeps valid rules, normalised, and drops the rest', () => {
    const settings = parseSettings({
      siteRules: [
        { host: 'https://www.UDN.com/news/', target: 'tw' },
        { host: '*.news.cn', target: 'cn' },
        { host: 'bad host', target: 'tw' },
        { host: 'example.com', target: 'klingon' },
        'nonsense',
      ],
    });
    expect(settings.siteRules).toEqual([
      { host: 'www.udn.com', target: 'tw' },
      { host: '*.news.cn', target: 'cn' },
    ]);
  });

  it('picks the exact host over a wildcard, and a wildcard for the bare domain too', () => {
    const rules = [
      { host: '*.news.cn', target: 'tw' as const },
      { host: 'www.news.cn', target: 'hk' as const },
    ];
    expect(siteRuleFor(rules, 'www.news.cn')?.target).toBe('hk');
    expect(siteRuleFor(rules, 'english.news.cn')?.target).toBe('tw');
    expect(siteRuleFor(rules, 'news.cn')?.target).toBe('tw');
    expect(siteRuleFor(rules, 'fakenews.cn')).toBeUndefined();
  });

  it('reads host patterns as people type them', () => {
    expect(parseHostPattern(' http://Example.com:8080/x ')).toBe('example.com');
    expect(parseHostPattern('*.example.com')).toBe('*.example.com');
    expect(parseHostPattern('exa mple.com')).toBeNull();
  });
});
