import type { Reply } from './reply.ts';
import type { CommandDef } from './types.ts';
import { opt } from './options.ts';

// Skill alerts arrive with the alerts issue; until then the commands exist (so chat platforms
// can register them) and say plainly that they are not available yet.
const notYet = (what: string): Reply => ({
  kind: 'error',
  title: what,
  summary: 'Skill alerts are not available yet in this version of hiring-radar. /trend and /jobs answer the same questions on demand.',
});

export const subscribeCommand: CommandDef = {
  name: 'subscribe',
  description: 'Be alerted when postings matching a skill arrive (coming soon)',
  options: { skill: opt.text('Skill or expression, e.g. "rust or go"', 100, { positional: 0, required: true }) },
  examples: ['/subscribe rust'],
  run: async () => notYet('/subscribe'),
};

export const unsubscribeCommand: CommandDef = {
  name: 'unsubscribe',
  description: 'Stop an alert (coming soon)',
  options: { id: opt.integer('Subscription id from /subscriptions', 1, 1_000_000_000, { positional: 0, required: true }) },
  examples: ['/unsubscribe 3'],
  run: async () => notYet('/unsubscribe'),
};

export const subscriptionsCommand: CommandDef = {
  name: 'subscriptions',
  description: 'List your alerts (coming soon)',
  options: {},
  examples: ['/subscriptions'],
  run: async () => notYet('/subscriptions'),
};
