import { existsSync } from 'node:fs';
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
