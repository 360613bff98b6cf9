import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder, for Node-side tools (CLI, build scripts, benchmarks) wherever they are started. */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
