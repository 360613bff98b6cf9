import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../lib/node/project-root.ts';

/**
 * scripts/demo.ts must not outlive `npm run demo`: whether npm passes on a SIGTERM or SIGINT, or dies without passing
 * anything on. `--serve-only` serves the demo pages without the built extension or a browser.
 */
const DEMO = ['--import', 'tsx', 'scripts/demo.ts', '--serve-only'];
const NO_DISPLAY = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' };

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (condition()) return true;
  }
  return condition();
}

/** Resolves with the first line of stdout that matches. */
function waitForLine(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const line = seen.split('\n').find((candidate) => pattern.test(candidate));
      if (line !== undefined) resolve(line);
    });
    child.on('exit', (code) => reject(new Error(`exited (${code}) before "${pattern.source}"; printed: ${seen}`)));
  });
}

describe('the demo server', { timeout: 60_000 }, () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('ends on %s', async (signal) => {
    const demo = spawn(process.execPath, DEMO, { cwd: PROJECT_ROOT, env: NO_DISPLAY });
    await waitForLine(demo, /Demo pages are served at/);
    const exited = new Promise<number | null>((resolve) => demo.on('exit', resolve));
    demo.kill(signal);
    expect(await exited).toBe(0);
  });

  it('ends when its parent dies without a word', async () => {
    // A parent that starts the demo, says its pid, and is then killed outright: SIGKILL passes nothing on.
    const starter = `const { spawn } = require('node:child_process');
      const demo = spawn(process.execPath, ${JSON.stringify(DEMO)}, { stdio: ['ignore', 'pipe', 'inherit'] });
      demo.stdout.on('data', (chunk) => { if (String(chunk).includes('Demo pages are served at')) console.log('demo', demo.pid); });`;
    const parent = spawn(process.execPath, ['-e', starter], { cwd: PROJECT_ROOT, env: NO_DISPLAY });
    const line = await waitForLine(parent, /^demo \d+/);
    const pid = Number(line.split(' ')[1]);
    parent.kill('SIGKILL');
    const ended = await until(() => !isRunning(pid), 10_000);
    if (!ended) process.kill(pid, 'SIGKILL');
    expect(ended).toBe(true);
  });
});
