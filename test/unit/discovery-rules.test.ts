import { describe, expect, it } from 'vitest';
import { classifyStory } from '../../src/core/hn/discover.ts';
import type { HnItem } from '../../src/core/hn/item.ts';
import { monthOfHiringTitle } from '../../src/core/hn/titles.ts';
import { HN_DIR, loadThreadsJson, readJsonl, requireShared } from '../helpers/shared.ts';

describe('monthly title rule', () => {
  it.each([
    ['Ask HN: Who is hiring? (May 2024)', '2024-05'],
    ['Ask HN: Who is Hiring? (April 2011)', '2011-04'],
    ['Ask HN: Who Is Hiring? (October 2012) ', '2012-10'],
    ['ask hn: who is hiring? (Sept 2019)', '2019-09'],
  ])('%s → %s', (title, month) => {
    expect(monthOfHiringTitle(title)).toBe(month);
  });

  it.each([
    'Ask HN: Who wants to be hired? (May 2024)',
    'Ask HN: Freelancer? Seeking freelancer? (May 2024)',
    'Ask HN: Who is hiring right now?',
    'Show HN: Who is hiring refugees? Or, hacking visas to help refugees',
    'Ask HN: Should we agree that this account will submit all Who is Hiring posts?',
    'Ask HN: Who is hiring? (Maybe 2024)',
    '',
  ])('rejects %s', (title) => {
    expect(monthOfHiringTitle(title)).toBeNull();
  });
});

describe('discovery over every recorded story', () => {
  const threads = loadThreadsJson();
  const stories: HnItem[] = threads.map((t) => readJsonl<HnItem>(`${HN_DIR}/items/${t.id}.jsonl`)[0] as HnItem);
  const extra = readJsonl<HnItem>(requireShared('hn/items/extra-stories.jsonl'));

  it('keeps every monthly thread with its month, and nothing else', () => {
    for (const [i, story] of stories.entries()) {
      const t = threads[i]!;
      expect(classifyStory(story), `story ${story.id}`).toMatchObject({ id: t.id, month: t.month, kind: 'monthly' });
    }
    const kept = extra.map((s) => classifyStory(s)).filter((x) => x !== null);
    expect(kept).toEqual([expect.objectContaining({ id: 22665398, month: '2020-03', kind: 'special' })]);
  });

  it('honours configured extra thread ids', () => {
    const meta = extra.find((s) => s.id === 2391828)!;
    expect(classifyStory(meta)).toBeNull();
    expect(classifyStory(meta, new Set([2391828]))).toMatchObject({ kind: 'special', month: '2011-03' });
  });
});
