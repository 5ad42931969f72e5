import { formatPercent } from '../core/insights/stats.ts';
import { denominatorNote } from './format.ts';
import { opt, resolveSkill } from './options.ts';
import { emptyReply, type Reply } from './reply.ts';
import type { CommandDef } from './types.ts';
import { recentPostings, spanLabel } from './window.ts';

const MONTHS = 6;

export const whereCommand: CommandDef = {
  name: 'where',
  description: 'Where the postings asking for a skill are: countries',
  options: { skill: opt.skill('The skill, e.g. elixir', { required: true, positional: 0 }) },
  examples: ['/where elixir'],
  async run(ctx, args): Promise<Reply> {
    const skill = resolveSkill(ctx, String(args.skill));
    const { threads, postings } = await recentPostings(ctx, MONTHS);
    const title = `${skill.name}: where the jobs are, ${spanLabel(threads)}`;
    const matching = postings.filter((p) => p.skills.has(skill.name));
    if (matching.length === 0) return emptyReply(title, `No postings mention ${skill.name} in the last ${MONTHS} threads.`);
    const counts = new Map<string, number>();
    let located = 0;
    for (const p of matching) {
      if (p.countries.size) located++;
      for (const c of p.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const rows = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 15);
    const cityCounts = new Map<string, number>();
    for (const p of matching) for (const c of p.cities) cityCounts.set(c, (cityCounts.get(c) ?? 0) + 1);
    const cities = [...cityCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
    const remote = matching.filter((p) => p.remote === 'remote').length;
    return {
      kind: 'ok',
      title,
      summary: rows.length
        ? `${rows[0]![0]} has the most ${skill.name} postings (${formatPercent(rows[0]![1] / matching.length)}); ${formatPercent(remote / matching.length)} offer remote work.`
        : `None of the ${matching.length} ${skill.name} postings names a country.`,
      fields: cities.length ? [{ name: 'Top cities', value: cities.map(([c, n]) => `${c} ${n}`).join(', ') }] : [],
      table: {
        columns: ['country', 'postings', `share of ${skill.name} postings`],
        align: ['left', 'right', 'right'],
        rows: rows.map(([c, n]) => [c, String(n), formatPercent(n / matching.length)]),
      },
      chart: {
        kind: 'bar',
        title,
        subtitle: `Postings naming each country (${located} of ${matching.length} ${skill.name} postings name one)`,
        yFormat: 'number',
        bars: rows.map(([c, n]) => ({ label: c, value: n })),
      },
      footnote: await denominatorNote(ctx, `${matching.length} ${skill.name} postings (${located} with a location) over ${threads.length} threads`),
      data: { rows, cities, total: matching.length, located, remote },
    };
  },
};
