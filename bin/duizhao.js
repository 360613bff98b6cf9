#!/usr/bin/env node
// Runs the TypeScript CLI in place (lib/ is the source of truth; there is no separate compiled copy).
import { register } from 'tsx/esm/api';

register();
await import('../lib/cli.ts');
