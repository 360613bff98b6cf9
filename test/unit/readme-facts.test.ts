import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../lib/node/project-root.ts';

/** Figures the README states that the tree can check. */
const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { engines?: { node?: string } };

describe('the README', () => {
  it('counts the dictionary shards that `npm run data` writes', () => {
    const stated = /(\d+) shards of entries/.exec(readme)?.[1];
    expect(Number(stated)).toBe(readdirSync(join(PROJECT_ROOT, 'public', 'data', 'entries')).length);
  });

  it('names the Node version that package.json engines asks for', () => {
    const stated = /Node\.js (\d+\.\d+) or later/.exec(readme)?.[1];
    expect(stated).toBeDefined();
    expect(packageJson.engines?.node).toBe(`>=${stated}.0`);
  });
});
