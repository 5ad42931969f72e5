import { ROLES } from '../core/classify/role-names.ts';
import { monthlyThreads } from '../core/insights/data.ts';
import { threadFacts } from '../core/insights/cache.ts';
import { headerLine, hnItemUrl } from '../core/text.ts';
import { denominatorNote, monthName } from './format.ts';
import { opt, resolveSkill } from './options.ts';
import { emptyReply, type Reply } from './reply.ts';
import type { CommandDef } from './types.ts';

const SHOWN = 10;

export const jobsCommand: CommandDef = {
  name: 'jobs',
  description: 'Matching postings of the latest thread, newest first',
  options: {
    skill: opt.skill('The skill, e.g. rust', { required: true, positional: 0 }),
    remote: opt.choice('Remote policy', ['remote', 'hybrid', 'onsite']),
    country: opt.country('Country code, e.g. US, DE'),
    visa: opt.choice('Visa sponsorship', ['yes', 'no']),
    role: opt.choice('Role category', ROLES),
  },
  examples: ['/jobs rust', '/jobs python remote:remote country:DE', '/jobs go visa:yes'],
  async run(ctx, args): Promise<Reply> {
    const skill = resolveSkill(ctx, String(args.skill));
    const thread = (await monthlyThreads(ctx.db)).at(-1);
    const title = `${skill.name} jobs${thread ? `, ${monthName(thread.month)}` : ''}`;
    if (!thread) return emptyReply(title, 'No thread has been crawled yet.');
    // Canonical already: opt.country gives the upper-case ISO code ("uk" → GB).
    const country = args.country ? String(args.country) : null;
    const postings = (await threadFacts(ctx.db, ctx.classifierVersion, [thread])).get(thread.id) ?? [];
    const matches = postings
      .filter((p) => p.skills.has(skill.name))
      .filter((p) => !args.remote || p.remote === args.remote)
      .filter((p) => !country || p.countries.has(country))
      .filter((p) => !args.visa || p.visa === args.visa)
      .filter((p) => !args.role || p.roles.has(String(args.role)))
      .sort((a, b) => (b.time ?? 0) - (a.time ?? 0) || b.id - a.id);
    const filters = [args.remote, country, args.visa ? `visa ${args.visa}` : null, args.role].filter(Boolean).join(', ');
    if (matches.length === 0) {
      return emptyReply(title, `No ${skill.name} postings${filters ? ` (${filters})` : ''} in the ${monthName(thread.month)} thread.`);
    }
    const shown = matches.slice(0, SHOWN);
    return {
      kind: 'ok',
      title,
      summary: `${matches.length} ${skill.name} posting${matches.length === 1 ? '' : 's'}${filters ? ` (${filters})` : ''} in the ${monthName(thread.month)} thread${matches.length > SHOWN ? `; the ${SHOWN} newest below, and ${matches.length - SHOWN} more` : ''}.`,
      fields: shown.map((p) => ({
        name: p.company ?? headerLine(p.text, 60) ?? `Posting ${p.id}`,
        value: `${headerLine(p.text, 180) || '(no header line)'}\n${hnItemUrl(p.id)}`,
      })),
      links: shown.map((p) => ({ label: p.company ?? `Posting ${p.id}`, url: hnItemUrl(p.id) })),
      footnote: await denominatorNote(ctx, `${postings.length} postings in the ${monthName(thread.month)} thread`),
      data: { total: matches.length, postings: shown.map((p) => ({ id: p.id, company: p.company, header: headerLine(p.text), url: hnItemUrl(p.id) })) },
    };
  },
};
