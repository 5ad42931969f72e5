import { extractCompany } from './company.ts';
import { parseHtml } from './html.ts';
import { extractLocations } from './locations.ts';
import { isJobPosting } from './posting.ts';
import { extractRemote } from './remote.ts';
import { extractEmployment, extractRoles, extractSeniority } from './roles.ts';
import { extractSalary } from './salary.ts';
import { findSkills, SKILLS } from './skills.ts';
import type { ClassifierInput, Prediction } from './types.ts';

export type { ClassifierInput };
import { visaPolicy } from './visa.ts';

/** Bump when rules or data change: results are stored per version and never overwritten. */
export const CLASSIFIER_VERSION = '1.1.0';

const ENTRY = new Map(SKILLS.map((e) => [e.name, e]));


function empty(id: number): Prediction {
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

/**
 * One posting → its facts, in the label format of GUIDE.md. A pure function of the text and
 * the data files; never throws, whatever the input (empty, binary junk, huge, any language).
 */
export function classifyItem(item: ClassifierInput): Prediction {
  try {
    const parsed = parseHtml(item.text);
    if (!isJobPosting(parsed, item)) return empty(item.id);
    // A company's own name ("Elastic", "Rust Robotics") is not a skill it asks for.
    const company = extractCompany(parsed);
    const skillText = company ? parsed.text.replace(company, ' ') : parsed.text;
    const found = findSkills(skillText);
    const skills: string[] = [];
    const extra: string[] = [];
    const categories = new Set<string>();
    for (const name of found) {
      const e = ENTRY.get(name);
      if (!e) continue;
      (e.core ? skills : extra).push(name);
      categories.add(e.category);
    }
    const { remote, scope } = extractRemote(parsed);
    const { countries, cities } = extractLocations(parsed);
    return {
      id: item.id,
      is_job_posting: true,
      company,
      skills: skills.sort(),
      remote,
      countries,
      visa: visaPolicy(parsed.text),
      salary: extractSalary(parsed.text, countries),
      roles: extractRoles(parsed.text, categories),
      extra_skills: extra.sort(),
      cities,
      remote_scope: scope,
      seniority: extractSeniority(parsed.header || parsed.text.slice(0, 300)),
      employment: extractEmployment(parsed.text),
    };
  } catch {
    // A rule that trips on strange input must not stop a crawl: the posting keeps an empty result.
    return empty(item.id);
  }
}
