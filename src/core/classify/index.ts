import { extractCompany } from './company.ts';
import { parseHtml } from './html.ts';
import { extractLocations } from './locations.ts';
import { isJobPosting } from './posting.ts';
import { extractRemote } from './remote.ts';
import { extractEmployment, extractRoles, extractSeniority } from './roles.ts';
import { extractSalary } from './salary.ts';
import { scanSkills } from './skills.ts';
import { scanWords, withoutPhrase } from './tokens.ts';
import type { ClassifierInput, ParsedPosting, Prediction } from './types.ts';
import { visaPolicy } from './visa.ts';

export type { ClassifierInput, ParsedPosting, Prediction };

/** Bump when rules or data change: results are stored per version and never overwritten. */
export const CLASSIFIER_VERSION = '2.32.0';

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

/**
 * One posting → its facts, in the label format of ../shared/eval/GUIDE.md plus extra fields.
 * A pure function of the text and the data files. It never throws, whatever the input (empty,
 * binary junk, 100 KB, any language): a posting it cannot make sense of gets what it could find.
 */
export function classifyItem(item: ClassifierInput): Prediction {
  const id = typeof item.id === 'number' ? item.id : 0;
  try {
    const parsed = parseHtml(item.text);
    if (!isJobPosting(parsed, item)) return notAPosting(id);
    // One word scan serves the company, skills and roles.
    const textWords = scanWords(parsed.text);
    const company = extractCompany(parsed, textWords);
    // A company's own name ("Elastic", "Rust Robotics") is not a technology it asks for.
    const words = withoutPhrase(textWords, company);
    const hits = scanSkills(words);
    const core = new Set<string>();
    const extra = new Set<string>();
    for (const h of hits) (h.entry.core ? core : extra).add(h.entry.name);
    const { remote, scope } = extractRemote(parsed);
    const { countries, cities } = extractLocations(parsed);
    return {
      id,
      is_job_posting: true,
      company,
      skills: [...core].sort(),
      remote,
      countries,
      visa: visaPolicy(parsed.text),
      salary: extractSalary(parsed.text, () => jobCountries(parsed, countries)),
      roles: extractRoles(words, parsed.header.length, hits),
      extra_skills: [...extra].sort(),
      cities,
      remote_scope: scope,
      seniority: extractSeniority(parsed.header),
      employment: extractEmployment(parsed.text),
    };
  } catch {
    // A rule tripping on strange input must not stop a crawl: the posting keeps an empty result.
    return { ...notAPosting(id), is_job_posting: Boolean(item.text) && !item.deleted };
  }
}
