import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server.ts';
import { launchFirefox, type FirefoxWithExtension } from '../harness/firefox.ts';

/** Gives the enclosing suite the fixture server and one Firefox ESR with the built extension, for all its tests. */
export function firefoxSuite(ready: (setup: { server: FixtureServer; firefox: FirefoxWithExtension }) => void): void {
  let server: FixtureServer | undefined;
  let firefox: FirefoxWithExtension | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox();
    ready({ server, firefox });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });
}
