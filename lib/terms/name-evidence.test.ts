import { describe, expect, it } from 'vitest';
import { hasNameEvidence, isNameShaped } from './name-evidence.ts';

describe('isNameShaped', () => {
  it('reads a surname with a given name, or a transliteration, as shaped like a name', () => {
    for (const name of ['张建华', '李强', '葉落', '绍尔霍尔茨']) expect(isNameShaped(name)).toBe(true);
  });

  it('takes no longer Chinese word, nor anything but Han, for a name', () => {
    for (const word of ['がVPN', '石磊成小', 'VPN', '张']) expect(isNameShaped(word)).toBe(false);
  });
});

describe('hasNameEvidence', () => {
  it('finds a title or role right before the name, also at the end of a longer word', () => {
    expect(hasNameEvidence({ before: '全国人大代表', after: '表示', following: '表示，深化改革' })).toBe(true);
    expect(hasNameEvidence({ before: '经济学家', after: undefined, following: '' })).toBe(true);
    expect(hasNameEvidence({ before: '總統', after: '說', following: '說' })).toBe(true);
  });

  it('finds a form of address right after it, or its Latin form in brackets', () => {
    expect(hasNameEvidence({ before: '，', after: '委员', following: '委员认为' })).toBe(true);
    expect(hasNameEvidence({ before: '学者', after: '（', following: '（Sauerholz）认为' })).toBe(true);
    expect(hasNameEvidence({ before: '的', after: '（', following: ' (Kim Hyoung-su)表示' })).toBe(true);
  });

  it('finds none for fragments, credits and words that only look like names', () => {
    // 德国经济学家朔|尔霍尔茨: the role is before the whole name, not before its fragment.
    expect(hasNameEvidence({ before: '朔', after: '表示', following: '表示，中德经贸合作前景广阔。' })).toBe(false);
    expect(hasNameEvidence({ before: '饮料', after: '也', following: '也表示看好中国市场。' })).toBe(false);
    expect(hasNameEvidence({ before: '一', after: '而', following: '而知天下秋' })).toBe(false);
    expect(hasNameEvidence({ before: '记者', after: '）', following: '）今年全国两会期间' })).toBe(false);
    expect(hasNameEvidence({ before: '責任編輯', after: undefined, following: '' })).toBe(false);
    // A bracket of lower-case English or an acronym is no name.
    expect(hasNameEvidence({ before: '把', after: '（', following: '（a new approach）' })).toBe(false);
  });
});
