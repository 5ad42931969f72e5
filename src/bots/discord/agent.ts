import { createRequire } from 'node:module';

/**
 * An HTTP agent from the same undici copy @discordjs/rest uses. Without it, REST falls back to
 * undici's process-wide global dispatcher, which another library (the Slack SDK brings undici 7)
 * may have installed; that dispatcher cannot stream undici 6's multipart bodies, so chart
 * uploads would fail whenever both adapters run in one process.
 */
export function discordAgent(): unknown {
  const fromRest = createRequire(createRequire(import.meta.url).resolve('@discordjs/rest'));
  const { Agent } = fromRest('undici') as { Agent: new () => unknown };
  return new Agent();
}
