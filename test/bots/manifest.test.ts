import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.ts';

describe('slack-app-manifest.yml', () => {
  it('declares every command and the scopes the adapter uses', () => {
    const manifest = readFileSync(new URL('../../slack-app-manifest.yml', import.meta.url), 'utf8');
    for (const c of commands) expect(manifest, c.name).toContain(`command: /${c.name},`);
    for (const scope of ['commands', 'chat:write', 'files:write', 'channels:read', 'groups:read', 'channels:history', 'groups:history', 'im:history', 'mpim:history']) expect(manifest).toContain(`- ${scope}`);
  });
});
