import { parseExpression } from '../src/core/alerts/expression.ts';
import { type PostingForMatch, SubscriptionIndex } from '../src/core/alerts/match.ts';
import { requiredAnyOf } from '../src/core/alerts/expression.ts';
import { SKILLS } from '../src/core/classify/skills.ts';
import { peakRssMiB, row } from './util.ts';

/** 100,000 subscriptions and 1,000 new postings: the matching step of one crawl. */
export async function benchAlerts(): Promise<void> {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  // Skills weighted towards the popular ones, as real subscriptions would be.
  const names = SKILLS.map((s) => s.name);
  const popular = names.filter((_, i) => i % 5 === 0);
  const pick = () => (rand() < 0.7 ? popular[Math.floor(rand() * popular.length)]! : names[Math.floor(rand() * names.length)]!);
  const t0 = performance.now();
  const subs = [];
  const skillsOf = new Map<number, string[]>();
  for (let id = 1; id <= 100_000; id++) {
    const r = rand();
    const text = r < 0.5 ? pick() : r < 0.8 ? `${pick()} or ${pick()}` : `${pick()} and not ${pick()}`;
    const expr = parseExpression(text, (w) => w);
    subs.push({ id, platform: 'discord' as const, workspace_id: 'W', channel_id: `dm:${id}`, expr, filters: rand() < 0.2 ? { remote: 'remote' } : {}, createdAtSec: 0 });
    skillsOf.set(id, [...(requiredAnyOf(expr) ?? [])]);
  }
  const index = new SubscriptionIndex(subs, skillsOf);
  const built = performance.now() - t0;
  const postings: PostingForMatch[] = Array.from({ length: 1000 }, (_, i) => ({
    id: i,
    time: 1,
    skills: new Set(Array.from({ length: 3 + Math.floor(rand() * 8) }, pick)),
    remote: rand() < 0.5 ? 'remote' : 'onsite',
    visa: 'unspecified',
    countries: new Set(['US']),
    roles: new Set(['backend']),
  }));
  const t1 = performance.now();
  let matches = 0;
  for (const p of postings) matches += index.match(p).length;
  const matched = performance.now() - t1;
  row('subscriptions', subs.length);
  row('new postings', postings.length);
  row('index build', `${built.toFixed(0)} ms`);
  row('matching time', `${matched.toFixed(0)} ms (target <= 1,000 ms)`);
  row('matches', matches);
  row('peak RSS', `${peakRssMiB().toFixed(0)} MiB`);
}
