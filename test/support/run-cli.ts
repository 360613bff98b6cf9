import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../lib/node/project-root.ts';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `duizhao` as people do (`npx tsx lib/cli.ts`), asynchronously: each run spends a second or two starting Node
 * and tsx, so tests start theirs together.
 */
export function runCli(args: readonly string[], input: string | Buffer = ''): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'lib/cli.ts', ...args], { cwd: PROJECT_ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    // A command may refuse its input before reading all of it.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}
