import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node/project-root.ts';
import { detectScript, resolveSource, scriptEvidence } from './script-detection.ts';

describe('detectScript', () => {
  it('tells the scripts apart by the characters only one of them writes', () => {
    expect(detectScript('中国特色社会主义进入新时代')).toBe('simplified');
    expect(detectScript('中國特色社會主義進入新時代')).toBe('traditional');
    expect(scriptEvidence('们們们')).toEqual({ simplified: 2, traditional: 1 });
  });

  it('does not count characters both scripts write', () => {
    expect(scriptEvidence('皇后干涉乾隆')).toEqual({ simplified: 0, traditional: 0 });
    expect(detectScript('皇后干涉乾隆')).toBeNull();
    expect(detectScript('No Chinese here, 𠮷 neither.')).toBeNull();
  });

  it('reads Hong Kong forms as Traditional (着 is theirs for 著)', () => {
    expect(detectScript('隨着時間過去，他們仍然記得')).toBe('traditional');
  });

  const seed = join(PROJECT_ROOT, '..', 'shared', 'seeds', '000_194b9ceab6f4d496.txt');
  it.skipIf(!existsSync(seed))(`finds the seed article (${seed}, skipped when missing) Traditional despite its English part`, () => {
    expect(detectScript(readFileSync(seed, 'utf8'))).toBe('traditional');
  });
});

describe('resolveSource', () => {
  it('keeps a stated source', () => {
    expect(resolveSource('hk', 'cn', '们')).toBe('hk');
  });

  it('reads detected Simplified as cn and Traditional as tw', () => {
    expect(resolveSource('auto', 'tw', '发展')).toBe('cn');
    expect(resolveSource('auto', 'cn', '發展')).toBe('tw');
  });

  it('takes a text that tells nothing to be in the other script than the target', () => {
    expect(resolveSource('auto', 'tw', '以后')).toBe('cn');
    expect(resolveSource('auto', 'cn', '以后')).toBe('tw');
  });
});
