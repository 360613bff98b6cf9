import { describe, expect, it } from 'vitest';
import { canvasColour, paintedColour, schemeOf } from './page-colour.ts';

const WHITE = canvasColour('normal', false);

describe('the scheme the reader sees behind a word', () => {
  it('is light on a page that paints nothing, whatever the system prefers', () => {
    expect(canvasColour('normal', true)).toEqual(WHITE);
    expect(canvasColour('light', true)).toEqual(WHITE);
    expect(schemeOf([null, null], canvasColour('normal', true))).toBe('light');
  });

  it('is dark on a canvas the page lets the browser darken', () => {
    expect(schemeOf([], canvasColour('light dark', true))).toBe('dark');
    expect(schemeOf([], canvasColour('light dark', false))).toBe('light');
    expect(schemeOf([], canvasColour('dark', false))).toBe('dark');
    expect(schemeOf([], canvasColour('only light', true))).toBe('light');
  });

  it('takes the topmost opaque background, not what lies under it', () => {
    const dark = paintedColour('rgb(21, 21, 21)', 'none');
    const white = paintedColour('rgb(255, 255, 255)', 'none');
    expect(schemeOf([white, dark], WHITE)).toBe('light');
    expect(schemeOf([null, dark, white], WHITE)).toBe('dark');
  });

  it('composites see-through backgrounds over what is below them', () => {
    const veil = paintedColour('rgba(0, 0, 0, 0.2)', 'none');
    expect(schemeOf([veil], WHITE)).toBe('light');
    expect(schemeOf([paintedColour('rgba(0, 0, 0, 0.8)', 'none')], WHITE)).toBe('dark');
    expect(schemeOf([paintedColour('rgb(0 0 0 / 80%)', 'none')], WHITE)).toBe('dark');
    expect(paintedColour('rgba(0, 0, 0, 0)', 'none')).toBeNull();
  });

  it('reads a gradient by the mean of its stops, and leaves pictures out', () => {
    expect(schemeOf([paintedColour('rgba(0, 0, 0, 0)', 'linear-gradient(135deg, rgb(10, 20, 40), rgb(30, 40, 60))')], WHITE)).toBe('dark');
    expect(paintedColour('rgba(0, 0, 0, 0)', 'url("https://example.com/photo.jpg")')).toBeNull();
    expect(schemeOf([paintedColour('rgb(20, 20, 20)', 'url("https://example.com/photo.jpg")')], WHITE)).toBe('dark');
  });
});
