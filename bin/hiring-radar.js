#!/usr/bin/env node
// Entry point of `npx hiring-radar`: runs the TypeScript CLI through tsx, no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
