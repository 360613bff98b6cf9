import { describe, expect, it } from 'vitest';
import { declaredSource } from './page-conversion.ts';

describe('declaredSource', () => {
  it('reads the script and region from the page language', () => {
    expect(declaredSource('zh-Hans')).toBe('cn');
    expect(declaredSource('zh-CN')).toBe('cn');
    expect(declaredSource('zh-Hant')).toBe('tw');
    expect(declaredSource('zh-TW')).toBe('tw');
    expect(declaredSource('zh-HK')).toBe('hk');
    expect(declaredSource('zh-Hant-HK')).toBe('hk');
  });

  it('leaves undeclared or unspecific languages to detection', () => {
    expect(declaredSource(null)).toBeNull();
    expect(declaredSource('zh')).toBeNull();
    expect(declaredSource('en')).toBeNull();
    expect(declaredSource('zh-Hansy')).toBeNull();
  });
});
