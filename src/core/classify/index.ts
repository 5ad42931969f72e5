// First: the engine setting for the process that classifies (heap.ts), before any table is built.
import './heap.ts';
import { extractCompany } from './company.ts';
import { parseHtml } from './html.ts';
import { extractLocations } from './locations.ts';
import { isJobPosting } from './posting.ts';
import { extractRemote } from './remote.ts';
import { weighRoles } from './role-model.ts';
import type { Role } from './role-names.ts';
import { extractRoles, type Levels } from './roles.ts';
import { extractSalary } from './salary.ts';
import { type SkillHit, scanSkills } from './skills.ts';
import { forgetSites, scanWords, type Words, withoutPhrase } from './tokens.ts';
import type { ClassifierInput, ParsedPosting, Prediction } from './types.ts';
import { visaPolicy } from './visa.ts';

export type { ClassifierInput, ParsedPosting, Prediction };

/** Bump when rules or data change: results are stored per version and never overwritten. */
export const CLASSIFIER_VERSION = '2.459.0';

function notAPosting(id: number): Prediction {
  return {
    id,
    is_job_posting: false,
    company: null,
    skills: [],
    remote: null,
    countries: [],
    visa: null,
    salary: null,
    roles: [],
    extra_skills: [],
    cities: [],
    remote_scope: [],
    seniority: [],
    employment: [],
  };
}

/** Where the job is for a bare "$": the header's countries if it names one, else all. */
function jobCountries(parsed: ParsedPosting, all: readonly string[]): readonly string[] {
  const header = parsed.header;
  const inHeader = extractLocations({ ...parsed, text: header, body: '', paragraphs: [header] }).countries;
  return inHeader.length > 0 ? inHeader : all;
}

/** A posting on its way through the stages: what each stage found, for the stages after it. */
interface Draft {
  id: number;
  parsed: ParsedPosting;
  textWords: Words;
  company: string | null;
  words: Words;
  hits: SkillHit[];
  remote: ReturnType<typeof extractRemote>;
  places: ReturnType<typeof extractLocations>;
  visa: Prediction['visa'];
  salary: Prediction['salary'];
  /** The roles the rules found, before the model weighs them. */
  ruleRoles: Role[];
  roles: Prediction['roles'];
  seniority: string[];
  employment: string[];
}

/** A stage of the classifier: what its time is printed as (bench/classify-stages.ts), and its work. */
interface Stage {
  name: string;
  run: (d: Draft) => void;
}

/**
 * The classifier's stages, in order. Each reads what the stages before it stored in the draft.
 * One word scan serves the company, skills and roles; a company's own name ("Elastic", "Rust
 * Robotics") is blanked before skills and roles are read: it is not a technology it asks for.
 */
const STAGES: readonly Stage[] = [
  {
    name: 'company',
    run: (d) => {
      d.company = extractCompany(d.parsed, d.textWords);
    },
  },
  {
    name: "company's name blanked",
    run: (d) => {
      d.words = withoutPhrase(d.textWords, d.company);
    },
  },
  {
    name: 'skills',
    run: (d) => {
      d.hits = scanSkills(d.words);
    },
  },
  {
    name: 'remote',
    run: (d) => {
      d.remote = extractRemote(d.parsed);
    },
  },
  {
    name: 'places',
    run: (d) => {
      d.places = extractLocations(d.parsed);
    },
  },
  {
    name: 'visa',
    run: (d) => {
      d.visa = visaPolicy(d.parsed.text);
    },
  },
  {
    name: 'salary',
    run: (d) => {
      const { parsed, places } = d;
      d.salary = extractSalary(parsed.text, () => jobCountries(parsed, places.countries));
    },
  },
  {
    name: 'role rules (and levels)',
    run: (d) => {
      // The levels are read off the titles the rules accept (levels.ts), in the same pass.
      const levels: Levels = { seniority: [], employment: [] };
      d.ruleRoles = extractRoles(d.words, d.parsed.header.length, d.hits, undefined, levels);
      d.seniority = levels.seniority;
      d.employment = levels.employment;
    },
  },
  {
    name: 'roles model',
    run: (d) => {
      // The rules' roles, weighed by the model trained on our labelled sets (role-model.ts).
      // The words as written, the company's name too: a company that posts every month is evidence.
      d.roles = weighRoles(d.textWords, d.parsed.header.length, d.ruleRoles);
    },
  },
];

/**
 * The slots of classifyItems' stage clock, by name: the parsing and word scan that open a
 * posting, each of STAGES, then the prediction put together.
 */
export const STAGE_NAMES: readonly string[] = ['parsing and word scan', ...STAGES.map((s) => s.name), 'prediction'];

/** The prediction from a draft that went through every stage. */
function finish(d: Draft): Prediction {
  const core = new Set<string>();
  const extra = new Set<string>();
  for (const h of d.hits) (h.entry.core ? core : extra).add(h.entry.name);
  return {
    id: d.id,
    is_job_posting: true,
    company: d.company,
    skills: [...core].sort(),
    remote: d.remote.remote,
    countries: d.places.countries,
    visa: d.visa,
    salary: d.salary,
    roles: d.roles,
    extra_skills: [...extra].sort(),
    cities: d.places.cities,
    remote_scope: d.remote.scope,
    seniority: d.seniority,
    employment: d.employment,
  };
}

/** What a posting gets when a rule trips on strange input: an empty result, never a stopped crawl. */
function failed(item: ClassifierInput): Prediction {
  return { ...notAPosting(idOf(item)), is_job_posting: Boolean(item.text) && !item.deleted };
}

const idOf = (item: ClassifierInput) => (typeof item.id === 'number' ? item.id : 0);

/**
 * One posting → its facts, in the label format of ../shared/eval/GUIDE.md plus extra fields.
 * A pure function of the text and the data files. It never throws, whatever the input (empty,
 * binary junk, 100 KB, any language): a posting it cannot make sense of gets what it could find.
 */
export function classifyItem(item: ClassifierInput): Prediction {
  try {
    const d = begin(item);
    if ('is_job_posting' in d) return d;
    for (const stage of STAGES) stage.run(d);
    return finish(d);
  } catch {
    return failed(item);
  } finally {
    forgetSites();
  }
}

/** A posting parsed, as a draft for the stages, or its prediction when it is not a job posting. */
function begin(item: ClassifierInput): Draft | Prediction {
  const parsed = parseHtml(item.text);
  // One word scan serves the whole classification, and its keyword sites (keywords.ts) already
  // the test for a posting.
  const textWords = scanWords(parsed.text, true);
  return isJobPosting(parsed, item) ? ({ id: idOf(item), parsed, textWords } as Draft) : notAPosting(idOf(item));
}

/** Adds the time since `since` to stage `at`'s total (STAGE_NAMES); returns now. */
function lap(stageMs: Float64Array, at: number, since: number): number {
  const now = performance.now();
  stageMs[at]! += now - since;
  return now;
}

/** Postings go through the stages together in groups of this many. */
const BATCH = 64;

/**
 * Many postings → the predictions classifyItem gives each, in order. A group of postings goes
 * through one stage after the other (all parsed, then all words scanned, …) rather than each
 * posting through all stages: a stage's code and tables then stay in the processor's caches for
 * the whole group. Groups of 64: measured in one process, chunks of postings alternating between
 * two group sizes, 64 took 0.90 of the time of 16 (0.955 of 32, as fast as 48, 0.98 of 96) and
 * 128 took 1.15 of it (the group's own texts and word lists then push the tables out). Groups
 * this large need the engine setting of heap.ts: with V8's allocation-site pretenuring on, the
 * drafts alive across a collection made it allocate them straight into the old generation and
 * peak RSS doubled (550 against 280 MiB); it is why groups were 16 until 2026-12-06.
 * A posting that trips a rule gets the empty result alone; the others are unaffected.
 * With `stageMs` (one slot per STAGE_NAMES), each stage's time is added to its slot: a clock read
 * per stage and group, for the classify-stages bench.
 */
export function classifyItems(items: readonly ClassifierInput[], stageMs?: Float64Array): Prediction[] {
  const out: Prediction[] = [];
  for (let from = 0; from < items.length; from += BATCH) {
    const group = items.slice(from, from + BATCH);
    const results: (Prediction | null)[] = group.map(() => null);
    const drafts: (Draft | null)[] = group.map(() => null);
    let clock = stageMs ? performance.now() : 0;
    group.forEach((item, k) => {
      try {
        const d = begin(item);
        if ('is_job_posting' in d) results[k] = d;
        else drafts[k] = d;
      } catch {
        results[k] = failed(item);
      }
    });
    if (stageMs) clock = lap(stageMs, 0, clock);
    for (let s = 0; s <= STAGES.length; s++) {
      const stage = STAGES[s];
      for (let k = 0; k < group.length; k++) {
        const d = drafts[k];
        if (!d || results[k]) continue;
        try {
          if (stage) stage.run(d);
          else results[k] = finish(d);
        } catch {
          results[k] = failed(group[k]!);
        }
      }
      if (stageMs) clock = lap(stageMs, s + 1, clock);
    }
    for (const r of results) out.push(r!);
    forgetSites();
  }
  return out;
}
