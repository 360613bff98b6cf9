import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type BuildTarget = 'chrome-mv3' | 'firefox-mv2';

/** Absolute directory of one unpacked build of the extension, as `npm run build` leaves it. */
export function extensionBuildDir(target: BuildTarget): string {
  return fileURLToPath(new URL(`../../../.output/${target}/`, import.meta.url));
}

/** Fails with the one fix that helps instead of a browser error about a missing manifest. */
export function requireBuild(dir: string): string {
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(`No built extension at ${dir} (manifest.json missing): run npm run build first.`);
  }
  return dir;
}

/**
 * A copy of a build whose manifest already holds host permissions for `origins`: what the reader grants at run
 * time through the browser's prompt, which a headless browser cannot click.
 */
export async function buildWithHostAccess(target: BuildTarget, origins: readonly string[]): Promise<{ dir: string; remove(): Promise<void> }> {
  const source = requireBuild(extensionBuildDir(target));
  const dir = await mkdtemp(join(tmpdir(), 'duizhao-build-'));
  await cp(source, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = [...origins];
  await writeFile(manifestPath, JSON.stringify(manifest));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
