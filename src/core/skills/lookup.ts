import type { SkillInfo } from '../../commands/types.ts';

/** "Go Lang", "go-lang", "golang" → "golang"; keeps # and + so C, C# and C++ stay apart. */
export function skillKey(s: string): string {
  return s.toLowerCase().normalize('NFKC').replace(/[\s._\-/]+/g, '');
}

function levenshtein(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length] ?? cap + 1;
}

/**
 * Resolves what people type to canonical skill names through the taxonomy's aliases,
 * case-insensitively, and suggests close names when nothing matches.
 */
export class SkillLookup {
  private readonly byKey = new Map<string, SkillInfo>();
  private readonly keys: { key: string; skill: SkillInfo }[] = [];

  constructor(
    readonly skills: readonly SkillInfo[],
    /** Mentions per skill (most-mentioned first in suggestions); optional. */
    private readonly popularity: ReadonlyMap<string, number> = new Map(),
  ) {
    for (const s of skills) {
      for (const name of [s.name, ...s.aliases]) {
        const key = skillKey(name);
        if (!key || this.byKey.has(key)) continue;
        this.byKey.set(key, s);
        this.keys.push({ key, skill: s });
      }
    }
  }

  resolve(input: string): SkillInfo | null {
    return this.byKey.get(skillKey(input)) ?? null;
  }

  /** Autocomplete and "did you mean": prefix matches first, then fuzzy, most-mentioned first. */
  suggest(input: string, limit = 5): SkillInfo[] {
    const key = skillKey(input);
    const pop = (s: SkillInfo) => this.popularity.get(s.name) ?? 0;
    const seen = new Set<string>();
    const scored: { s: SkillInfo; score: number }[] = [];
    for (const { key: k, skill } of this.keys) {
      if (seen.has(skill.name)) continue;
      let score: number | null = null;
      if (key === '') score = 2;
      else if (k.startsWith(key)) score = k === key ? 0 : 1;
      else if (key.length >= 2) {
        const d = levenshtein(key, k.slice(0, Math.max(key.length, k.length)), 2);
        if (d <= (key.length <= 4 ? 1 : 2)) score = 2 + d;
        else if (key.length >= 3 && k.includes(key)) score = 5;
      }
      if (score !== null) {
        seen.add(skill.name);
        scored.push({ s: skill, score });
      }
    }
    return scored
      .sort((a, b) => a.score - b.score || pop(b.s) - pop(a.s) || a.s.name.localeCompare(b.s.name))
      .slice(0, limit)
      .map((x) => x.s);
  }
}
