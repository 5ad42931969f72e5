import { readdirSync, readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../src/core/classify/', import.meta.url);

/**
 * The classifier runs under tsx, which compiles it with esbuild's keepNames: a closure bound to a
 * const inside a function (`const add = (r) => ...`) gets its name defined anew every time the
 * function runs. In the functions every posting goes through, that cost about 2–4% of classify
 * time (bench classify-ab), so they use module-level helpers instead. This holds the classifier
 * to it; only code that runs once (building the indexes, reading a file) may keep such closures.
 */
const ONCE = new Set(['aliasIndex', 'classifyJsonlFile']);

describe('classifier functions build no named closures per call', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    it(file, () => {
      const { code } = transformSync(readFileSync(new URL(file, DIR), 'utf8'), { loader: 'ts', keepNames: true, format: 'esm' });
      const offenders: string[] = [];
      let fn = '';
      for (const line of code.split('\n')) {
        const top = /^(?:export\s+)?(?:async\s+)?function\s+(\w+)/.exec(line);
        if (top) fn = top[1]!;
        // An indented binding to __name(...) is a closure named inside a function body.
        if (/^\s+(?:const|let|var)\s+\w+\s*=\s*(?:\/\*\s*@__PURE__\s*\*\/\s*)?__name\(/.test(line) && !ONCE.has(fn)) offenders.push(`${fn}: ${line.trim().slice(0, 80)}`);
      }
      expect(offenders).toEqual([]);
    });
  }
});
