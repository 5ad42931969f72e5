import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../src/core/classify/index.ts';
import { EXTRA_SETS, evalExtra, scoreExtra } from '../../scripts/eval-extra.ts';
import { requireShared } from '../helpers/shared.ts';

/** A posting's seniority and employment, as the classifier gives them. */
function levels(html: string) {
  const p = classifyItem({ id: 1, text: html, by: 'someone', time: 1_700_000_000 });
  return { seniority: p.seniority, employment: p.employment };
}
const seniority = (html: string) => levels(html).seniority;
const employment = (html: string) => levels(html).employment;

describe('seniority: the levels of the titles hired for', () => {
  it('reads a level before a title, in the header, in list items and in hiring sentences', () => {
    expect(seniority('Acme | Senior Backend Engineer | Berlin | ONSITE<p>We build tools.')).toEqual(['senior']);
    expect(seniority('Acme | Berlin<p>Open roles:<p>- Sr. iOS Developer<p>- Staff Data Engineer<p>- Junior Frontend Developer')).toEqual(['junior', 'senior', 'staff+']);
    expect(seniority("Acme | Berlin | ONSITE<p>We're looking for senior software engineers to join us.")).toEqual(['senior']);
    expect(seniority('Acme | Remote<p>We are hiring a few senior full stack devs and mid-level, senior-level and staff-level engineers.')).toEqual(['mid', 'senior', 'staff+']);
  });
  it('reads levels written together, in brackets, or as a list of levels', () => {
    expect(seniority('Acme | Jr-Mid-Sr Site Reliability Engineer | Remote')).toEqual(['junior', 'mid', 'senior']);
    expect(seniority('Acme | Senior/Staff Security Engineer | NYC')).toEqual(['senior', 'staff+']);
    expect(seniority('Acme | NYC<p>Open roles:<p>* (Senior) Frontend Engineer<p>* AI and NLP Engineers (Senior, Junior)')).toEqual(['junior', 'senior']);
    expect(seniority('Acme | Applied AI Engineer (Mid-level to Staff+) | SF')).toEqual(['mid', 'staff+']);
    expect(seniority('ClickHouse | Software Engineer | Remote<p>Hiring in the US right now. Seniors/Staff/Principal levels.')).toEqual(['senior', 'staff+']);
    expect(seniority('GUTS Tickets | Medior DevOps engineer | Amsterdam')).toEqual(['mid']);
  });
  it('makes leads of lead titles, managers of engineers, heads, directors and chief officers', () => {
    expect(seniority('Acme | Tech Lead | Remote<p>Tech Lead: you will own the roadmap.')).toEqual(['lead']);
    expect(seniority('Acme | Lead iOS engineer | Atlanta')).toEqual(['lead']);
    expect(seniority('Acme | Engineering Manager | London')).toEqual(['lead']);
    expect(seniority('Acme | NYC<p>We are hiring:<p>- Head of Public Relations<p>- Director of Enterprise Sales')).toEqual(['lead']);
    expect(seniority('Acme | Hiring Engineers and Managers | SF')).toEqual(['lead']);
    // A leader's title too (2.407.0).
    expect(seniority('Acme | NYC | Engineering Leader | Onsite')).toEqual(['lead']);
    expect(seniority('Spire| San Francisco Software Engineers, Data Science, Engineering Leaders | ONSITE')).toEqual(['lead']);
  });
  it('does not make leads of job functions named "manager", nor of "lead" as a verb', () => {
    expect(seniority('Acme | Product Manager | Remote')).toEqual([]);
    expect(seniority('Acme | Account Manager | Remote<p>We are hiring an account manager.')).toEqual([]);
    expect(seniority('Acme | Software Engineer | Remote<p>We are looking for an engineer to lead the migration to Kubernetes.')).toEqual([]);
    expect(seniority('Acme | Senior AI/ML Engineer | Remote<p>Responsibilities:<p>- Mentor engineers and lead small teams')).toEqual(['senior']);
  });
  it('leaves out levels said of other people, and titles that are someone else\'s', () => {
    expect(seniority('Acme | Frontend Developer | NYC<p>Responsibilities:<p>- mentor junior developers on the team<p>- work with our senior engineers')).toEqual([]);
    expect(seniority('Acme | Software Engineer | Remote<p>Email me with questions.<p>Matt, Director of Engineering')).toEqual([]);
    expect(seniority('Acme | Software Engineer | Remote<p>Questions? Ask me (Director of Engineering, fwiw!)')).toEqual([]);
    expect(seniority('Source | Remote<p>Open positions:<p>-Chief of Staff<p>-Software Engineer')).toEqual([]);
  });
  it('opens a job to beginners for new grads and entry level, and gives interns the intern level', () => {
    expect(seniority('Acme | Boston<p>We are hiring engineers. New grads welcome!')).toEqual(['junior']);
    expect(seniority('Acme | Account Managers (entry level welcome!) | NYC')).toEqual(['junior']);
    expect(seniority('Acme | Software Engineer | Waterloo<p>Looking for Full time / Intern')).toEqual(['intern']);
  });
  it('names no level where the posting names none', () => {
    expect(seniority('Acme | Software Engineer | Remote<p>We build things with Python.')).toEqual([]);
    expect(seniority('Acme | Founding Engineer | SF<p>We are hiring engineers of all levels.')).toEqual([]);
  });
});

describe('employment: how the jobs are held', () => {
  it('reads full-time, part-time, contract and intern from the header and the text', () => {
    expect(employment('Acme | Remote | Full-time | Contract')).toEqual(['contract', 'full-time']);
    expect(employment('Acme | Remote | FT<p>Python.')).toEqual(['full-time']);
    expect(employment('Acme | Remote<p>We are looking for a developer on a contract basis, part time.')).toEqual(['contract', 'part-time']);
    expect(employment('Acme | Berlin<p>We are hiring a freelance designer.')).toEqual(['contract']);
    expect(employment('Acme | Berlin | Full time<p>Internships also available.')).toEqual(['full-time', 'intern']);
  });
  it('leaves out what is refused or is not the job\'s terms', () => {
    expect(employment('Acme | Remote | Full-time (no contractors)')).toEqual(['full-time']);
    expect(employment('Acme | Remote | Full-time<p>Contractors need not apply.')).toEqual(['full-time']);
    expect(employment('Acme | Remote<p>We just closed another 1M+ ARR contract with a major retail chain and are hiring.')).toEqual([]);
    expect(employment('Acme | Remote<p>We are hiring Solidity engineers to write smart contracts.')).toEqual([]);
    expect(employment('Acme | Remote<p>What is most broken about banks - the FT recently said that they are spending a lot.')).toEqual([]);
    expect(employment('hover | SF | Full-time<p>We create 3D models of buildings. Homeowners, contractors, and insurance professionals use those models to plan and price their projects.')).toEqual(['full-time']);
  });
});

describe('extra fields scoring (scripts/eval-extra.ts)', () => {
  it('compares time zones by zone, whatever the season or the name of the offset', () => {
    const labels = [{ id: 1, scope: ['PT', 'ET', 'UTC+2', 'US'] }];
    const predicted = new Map([[1, { scope: ['PST', 'EDT', 'GMT+2', 'CA'] }]]);
    expect(scoreExtra(labels, predicted).scope).toMatchObject({ tp: 3, fp: 1, fn: 1 });
  });
  it('compares cities by the gazetteer\'s name for them, without case or accents', () => {
    const labels = [{ id: 1, cities: ['NYC', 'Bengaluru', 'Zürich', 'Springfield'] }];
    const predicted = new Map([[1, { cities: ['New York', 'Bangalore', 'Zurich', 'Spokane'] }]]);
    expect(scoreExtra(labels, predicted).cities).toMatchObject({ tp: 3, fp: 1, fn: 1 });
  });
  it('counts pairs of posting and value, per value and whole lists', () => {
    const labels = [
      { id: 1, seniority: ['senior'], employment: ['full-time'] },
      { id: 2, seniority: ['lead', 'senior'], employment: [] },
    ];
    const predicted = new Map([
      [1, { seniority: ['senior'], employment: ['contract', 'full-time'] }],
      [2, { seniority: ['senior'], employment: [] }],
    ]);
    const r = scoreExtra(labels, predicted);
    // A field the labels do not have is not scored.
    expect(r.cities).toBeUndefined();
    expect(r.seniority).toMatchObject({ tp: 2, fp: 0, fn: 1, exact: 0.5 });
    expect(r.seniority!.values.lead).toMatchObject({ tp: 0, fn: 1, f1: 0 });
    expect(r.employment).toMatchObject({ tp: 1, fp: 1, fn: 0, exact: 0.5 });
  });
});

/**
 * The extra labels of eval/extra (README there): the thirteenth set's postings are the ones the
 * rules were written from; the fourteenth's were only scored. Held just below where they stand.
 */
describe('levels quality on our labelled postings', () => {
  // The fifteenth and sixteenth sets were labelled after the rules they are scored on were
  // written (eval/extra/README.md): blind checks.
  const floors: Record<(typeof EXTRA_SETS)[number], Partial<Record<'seniority' | 'employment' | 'cities' | 'scope', number>>> = {
    thirteenth: { seniority: 0.94, employment: 0.99, cities: 0.96, scope: 0.88 },
    fourteenth: { seniority: 0.92, employment: 0.98, cities: 0.94, scope: 0.78 },
    fifteenth: { seniority: 0.95, employment: 0.95, cities: 0.97, scope: 0.8 },
    sixteenth: { seniority: 0.93, employment: 0.95, cities: 0.96, scope: 0.89 },
  };
  for (const set of EXTRA_SETS) {
    it(`${set}: ${Object.keys(floors[set]).join(', ')} F1 at their floors`, () => {
      requireShared('hn/threads.json');
      const r = evalExtra(set);
      for (const [field, floor] of Object.entries(floors[set]) as ['seniority' | 'employment' | 'cities' | 'scope', number][]) {
        // Each field labelled on 60 postings or more: the scope on the postings labelled remote only.
        expect(r[field]!.postings).toBeGreaterThan(60);
        expect(r[field]!.f1).toBeGreaterThanOrEqual(floor);
      }
    });
  }
});
