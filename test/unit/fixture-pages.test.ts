import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES_DIR } from '../e2e/harness/fixture-server.ts';
import { SIMPLIFIED_PAGE, TRADITIONAL_PAGE, toSimplifiedPage } from '../../scripts/make-simplified-fixture.ts';

const page = (name: string): string => readFileSync(`${FIXTURE_PAGES_DIR}${name}`, 'utf8');
const HAN = /\p{Script=Han}/u;

describe('fixture pages', () => {
  it('keeps seed-simplified.html generated from seed-traditional.html', () => {
    expect(readFileSync(SIMPLIFIED_PAGE, 'utf8')).toBe(toSimplifiedPage(readFileSync(TRADITIONAL_PAGE, 'utf8')));
  });

  it('splits words across inline elements in the seed page, as news sites do', () => {
    const seed = page('seed-traditional.html');
    expect(seed).toContain('長治<span class="highlight">久安</span>');
    expect(seed).toContain('<a class="keyword" href="#conference">中央社會工作會議</a>');
    expect(seed).toContain('<article class="coverage" lang="en" id="coverage">');
  });

  it('has no Han characters at all in no-chinese.html', () => {
    expect(HAN.test(page('no-chinese.html'))).toBe(false);
  });

  it('links every fixture page from the demo start page', () => {
    const index = page('index.html');
    for (const name of ['seed-traditional.html', 'seed-simplified.html', 'shadow-and-frame.html', 'mixed.html', 'no-chinese.html']) {
      expect(index).toContain(`href="${name}"`);
    }
  });
});
