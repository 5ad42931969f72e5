import { describe, expect, it } from 'vitest';
import { type ScoreReport, TRAP_TERMS } from '../../scripts/eval-draws.ts';
import { evalFieldSet, FIELD_SETS, fieldText } from '../../scripts/eval-fields.ts';
import { type EvalSet, HELD_OUT_SETS, OWN_SETS, scoreSet } from '../../scripts/eval-sets.ts';
import { requireShared } from '../helpers/shared.ts';

async function report(set: EvalSet): Promise<ScoreReport> {
  requireShared('eval/score.mjs');
  return JSON.parse(await scoreSet(set, ['--json'])) as ScoreReport;
}

/** Fields a set holds below the issue's target, at the level given. */
type Below = { remote?: number; salary?: number; company?: number; isJob?: number; traps?: Record<string, number> };
/** A labelled set held to the targets, roles at `roles`, any other field as `below` says. */
type Floor = { set: EvalSet; postings: number; roles: number; below?: Below };

/** The issue's targets for every field; roles at `rolesMin`, and any other field as `below` says. */
function expectTargets(r: ScoreReport, rolesMin: number, below: Below = {}): void {
  expect(r.skills.f1).toBeGreaterThanOrEqual(0.95);
  expect(r.remote_accuracy).toBeGreaterThanOrEqual(below.remote ?? 0.95);
  expect(r.countries.f1).toBeGreaterThanOrEqual(0.92);
  expect(r.salary_exact_accuracy).toBeGreaterThanOrEqual(below.salary ?? 0.92);
  expect(r.visa_accuracy).toBeGreaterThanOrEqual(0.95);
  expect(r.company_accuracy).toBeGreaterThanOrEqual(below.company ?? 0.9);
  expect(r.is_job_posting_accuracy).toBeGreaterThanOrEqual(below.isJob ?? 0.98);
  expect(r.roles.f1).toBeGreaterThanOrEqual(rolesMin);
  for (const term of TRAP_TERMS) {
    const t = r.trap_terms[term];
    if (t && t.tp + t.fp > 0) expect(t.precision, term).toBeGreaterThanOrEqual(below.traps?.[term] ?? 0.97);
  }
}

describe('quality on the 150 hand-labeled dev postings (score.mjs)', () => {
  it('meets every target of the classifier issue', async () => {
    expectTargets(await report('dev'), 0.85);
  });
});

/**
 * Our own labelled sets (eval/README.md), each a guard against regressions on postings outside
 * the dev set: every field is held to the issue's target, roles (and where said, remote and
 * salary) to where they stand, below it. Their labellers read the guide's open questions about
 * roles differently from the dev set's.
 */
const OWN_SET_FLOORS: Floor[] = [
  // Roles stood at 0.81 when it was made.
  { set: 'second', postings: 240, roles: 0.8 },
  // Labelled blind and scored once before any rule was written from it (roles 0.780 then).
  { set: 'third', postings: 160, roles: 0.75 },
  // Scored blind at roles 0.757, remote 0.924, salary exact 0.792; remote and salary stay where
  // the labellers' readings leave them (a "$500/month" teacher's stipend labelled as pay, "4-6k"
  // in Amsterdam read as euros a month, "Local" read as on-site).
  { set: 'fourth', postings: 160, roles: 0.72, below: { remote: 0.94, salary: 0.9 } },
  // Scored blind at 2.142.0: roles 0.789, salary exact 0.889; the fixes that followed met salary's target.
  { set: 'fifth', postings: 160, roles: 0.77 },
  // Scored blind at 2.167.0: every field met the issue's targets but roles (0.809).
  { set: 'sixth', postings: 160, roles: 0.78 },
  // Scored blind at 2.184.0: every field met the issue's targets but roles (0.812).
  { set: 'seventh', postings: 160, roles: 0.79 },
  // Scored blind at 2.194.0: roles 0.808, remote 0.943 and salary exact 0.833 (20 of 24) below
  // the targets, every other field above them; the fixes that followed met remote's and salary's.
  { set: 'eighth', postings: 160, roles: 0.8 },
  // Each posting labelled twice (the labellings agree at roles 0.983). Scored blind at 2.206.0:
  // roles 0.804, remote 0.936 and company 0.897 below the targets, every other field above them;
  // the fixes that followed met remote's and company's.
  { set: 'ninth', postings: 80, roles: 0.81 },
  // Scored blind at 2.212.0: roles 0.817 and remote 0.937 below the targets, every other field
  // above them; the fixes that followed met remote's.
  { set: 'tenth', postings: 160, roles: 0.81 },
  // Scored blind at 2.219.0: roles 0.821 and is_job_posting 0.975 below the targets, every other
  // field at or above them; the fixes that followed met is_job_posting's.
  { set: 'eleventh', postings: 240, roles: 0.81 },
  // Scored blind at 2.226.0: roles 0.834, and the trap terms Java and Spring at precision 0.96 and
  // 0.80 below the targets, every other field above them; the fixes that followed met Java's and Spring's.
  { set: 'twelfth', postings: 240, roles: 0.82 },
  // Scored blind at 2.236.0: roles 0.838 (the same as the session's starting classifier, 2.226.0,
  // scores on it) and Go at precision 0.95 below the targets, every other field above them; the
  // fix that followed met Go's.
  { set: 'thirteenth', postings: 240, roles: 0.82 },
  // Scored blind at 2.244.0: roles 0.829 (0.822 at 2.226.0, the session's start), every other
  // field at or above the targets (salary exact 0.920).
  { set: 'fourteenth', postings: 240, roles: 0.82 },
  // Scored blind at 2.250.0: roles 0.803, and the trap terms C (0.91, "REMOTE, C/S America") and R
  // (0.50) below the targets, every other field above them; the fix that followed met C's. R's one
  // false hit is RStudio in a list of what the team once built ("co-invented RLHF, ... and built
  // Inspect and RStudio"): no rule tells a past product from a tool in use yet.
  { set: 'fifteenth', postings: 240, roles: 0.79, below: { traps: { R: 0.5 } } },
  // Scored blind at 2.259.0: roles 0.791 (0.792 at 2.252.0, the session's start), every other
  // field at or above the targets, every trap term at precision 1.00.
  { set: 'sixteenth', postings: 240, roles: 0.78 },
  // Scored blind at 2.272.0: roles 0.818 (0.813 at 2.265.0, the session's start), and the trap
  // term Spring at precision 0.50 ("2018 Spring Engineering Intern") below the targets, every
  // other field above them; the fix that followed met Spring's.
  { set: 'seventeenth', postings: 240, roles: 0.81 },
  // Scored blind at 2.283.0: roles 0.833 (0.831 at 2.275.0, the session's start), is_job_posting
  // 0.983 and the trap term C at precision 0.83 ("C based languages (C#, C++, Java)") below the
  // targets, every other field above them; the fixes that followed met both.
  { set: 'eighteenth', postings: 240, roles: 0.82 },
  // Scored blind at 2.297.0: roles 0.826 (0.820 at 2.275.0, the session's start) and the trap
  // term Swift at precision 0.67 ("OpenStack Swift", a storage system) below the targets, every
  // other field above them; the fix that followed met Swift's where OpenStack is named.
  { set: 'nineteenth', postings: 240, roles: 0.81 },
  // Scored blind at 2.314.0: roles 0.806 (0.796 at 2.305.0, the session's start), every other
  // field at or above the targets, every trap term at precision 1.00. Its years differ from the
  // earlier sets' (2019's postings are used up: 8 from 2019, 15 from 2020, 10 from 2022, 8 from 2024).
  { set: 'twentieth', postings: 240, roles: 0.79 },
  // Scored blind at 2.329.0: roles 0.831 (0.827 at 2.305.0, the session's start), salary exact
  // 0.909 and the trap term R at precision 0.75 below the targets, every other field above them;
  // the fix that followed met salary's ("AUD $90,000"). R's one false hit is a title run together
  // ("6. Canada - R Java Systems Engineer"). Its years are the twentieth's, 2019's eight taken from 2020.
  { set: 'twenty-first', postings: 240, roles: 0.81, below: { traps: { R: 0.75 } } },
  // Scored blind at 2.353.0: roles 0.826 (0.827 at 2.337.0, the session's start), every other
  // field at or above the targets, every trap term at precision 1.00. Years as the twenty-first's.
  { set: 'twenty-second', postings: 240, roles: 0.81 },
  // Made with the nine sets after it in one session, held out while the roles model was built and
  // scored once at 2.358.0 (model trained on the twenty-nine other sets): roles 0.848 (rules alone
  // 0.830), every other field at or above the targets, every trap term at precision 1.00. Its
  // years are the twenty-second's. Roles from here on are figures of a model trained on the set
  // (role-model.test.ts holds the model to sets it was not trained on).
  { set: 'twenty-third', postings: 240, roles: 0.83 },
  // The next eight: more postings from 2020–2026 (40 from 2020, 40 from 2022, 33 from 2024, 29
  // from 2026 each), labelled to train the roles model on, and scored blind at 2.357.0 (its model
  // trained on the twenty-one sets before them; the thirty-first at 2.358.0's rules): roles
  // 0.853, 0.855, 0.844, 0.868, 0.865, 0.842, 0.860 and 0.843 (rules alone 0.839, 0.837, 0.829,
  // 0.856, 0.856, 0.836, 0.849 and 0.839).
  // Blind: salary exact 0.926, every other field above the targets.
  { set: 'twenty-fourth', postings: 240, roles: 0.83 },
  // Blind: C at precision 0.86 ("C$60-80k", fixed in 2.358.0), every other field above the targets.
  { set: 'twenty-fifth', postings: 240, roles: 0.83 },
  // Blind: every field above the targets, every trap term at precision 1.00.
  { set: 'twenty-sixth', postings: 240, roles: 0.83 },
  // Blind: salary exact 0.900 (a poster's own "I make a bit over $200k base" beside the ranges;
  // "Salary between 60k and 100k"), and React and Express at 0.98 and 0.75 (their one false hit,
  // "more than surface-level one (e.g. knows vue/react/express)", was not counted by the labeller):
  // they stay there.
  { set: 'twenty-seventh', postings: 240, roles: 0.83, below: { salary: 0.9, traps: { React: 0.98, Express: 0.75 } } },
  // Blind: every field above the targets, every trap term at precision 1.00.
  { set: 'twenty-eighth', postings: 240, roles: 0.83 },
  // Blind: salary exact 0.846 (fixed in 2.358.0 but for an "On Target Earnings" range, which is
  // no base pay) and Java at 0.95 ("Scala as a better Java", "the AWS Java SDK": the labeller
  // counted neither), every other field above the targets.
  { set: 'twenty-ninth', postings: 240, roles: 0.83, below: { traps: { Java: 0.95 } } },
  // Blind: every field above the targets, every trap term at precision 1.00.
  { set: 'thirtieth', postings: 240, roles: 0.83 },
  // Blind at 2.358.0's rules: salary exact 0.885 (0.923 after its day rate was fixed, "6,000,000 -
  // 10,000,000 yen" and "R420K to R720K" still missed), every other field above the targets.
  { set: 'thirty-first', postings: 240, roles: 0.83 },
  // The next eight: older postings (30 from 2012, 25 from 2013, 30 from 2014, 40 from 2015, 35
  // from 2016, 42 from 2017, 20 from 2018, 18 from 2022 each; the later years are nearly used up),
  // labelled to train the roles model on, and scored blind at 2.360.0 (its model trained on the
  // thirty sets before them).
  // Blind: roles 0.856 (rules alone 0.844), salary exact 0.909 ("$85,000/yr USD or $105,000/yr
  // CAD", one range taken for two figures of one currency) and company 0.899 (five "Booking.com"
  // and the like cut to "Booking": the labellers keep such a domain about as often as they drop
  // it, 48 against 56 over all our sets) below the targets, every other field above them.
  { set: 'thirty-second', postings: 240, roles: 0.83, below: { salary: 0.9, company: 0.89 } },
  // Blind: roles 0.830 (rules alone 0.819), every other field above the targets.
  { set: 'thirty-third', postings: 240, roles: 0.81 },
  // Blind: roles 0.853 (rules alone 0.843), salary exact 0.571 (4 of 7; three fixed in 2.361.0,
  // "Compensation: +/-120k" is still missed), every other field above the targets.
  { set: 'thirty-fourth', postings: 240, roles: 0.83, below: { salary: 0.85 } },
  // Blind: roles 0.825 (rules alone 0.816), every other field above the targets.
  { set: 'thirty-fifth', postings: 240, roles: 0.81 },
  // Blind at 2.361.0 (model of the thirty sets): roles 0.842 (rules alone 0.828), Express at 0.67
  // ("bored by all the media sharing rails/django/express webapps") and Java at 0.97 ("people
  // who didn't know the difference between JS and Java"), neither counted by the labeller, every
  // other field above the targets.
  { set: 'thirty-sixth', postings: 240, roles: 0.81, below: { traps: { Express: 0.66, Java: 0.96 } } },
  // Blind at 2.361.0: roles 0.833 (rules alone 0.821), salary exact 0.667 (of 6: a vacation
  // stipend, fixed in 2.362.0, and "a neat minimal lovable product for a fixed $9K", a price),
  // every other field above the targets.
  { set: 'thirty-seventh', postings: 240, roles: 0.81, below: { salary: 0.8 } },
  // Blind at 2.361.0: roles 0.824 (rules alone 0.814), salary exact 0.700 (of 10: a customer's
  // savings, "6 Week contract - $15k" and "$110-150 + Equity" read as hourly where the labeller
  // read thousands a year), every other field above the targets.
  { set: 'thirty-eighth', postings: 240, roles: 0.81, below: { salary: 0.7 } },
  // Blind at 2.361.0: roles 0.829 (rules alone 0.813), salary exact 0.889 ("between 4-6k monthly
  // DOE") and company 0.886 below the targets, every other field above them.
  { set: 'thirty-ninth', postings: 240, roles: 0.81, below: { salary: 0.88, company: 0.88 } },
  // The next thirty (fortieth to sixty-ninth): older postings (25 from 2012, 30 from 2013, 30
  // from 2014, 45 each from 2015, 2016 and 2017, 20 from 2018 each; the later years are used up),
  // labelled in one session, each pair scored blind before any rule was written from it: roles
  // with the model of the thirty-eight sets before them, fields at the classifier of that moment
  // (2.363.0 – 2.384.0). Roles from here on are a model's on its own training postings (0.905 –
  // 0.951 at 2.387.0), held at 0.85.
  // Blind: roles 0.858 (rules alone 0.836); salary exact 0.857.
  { set: 'fortieth', postings: 240, roles: 0.85 },
  // Blind: roles 0.839 (rules alone 0.821); remote 0.941, Java 0.94.
  { set: 'forty-first', postings: 240, roles: 0.85, below: { traps: { Java: 0.94 } } },
  // Blind: roles 0.861 (rules alone 0.848); salary exact 0.500, React 0.95.
  { set: 'forty-second', postings: 240, roles: 0.85, below: { salary: 0.62, traps: { React: 0.95 } } },
  // Blind: roles 0.857 (rules alone 0.832); salary exact 0.727, Java 0.96.
  { set: 'forty-third', postings: 240, roles: 0.85, below: { salary: 0.72, traps: { Java: 0.95 } } },
  // Blind: roles 0.848 (rules alone 0.834); salary exact 0.900.
  { set: 'forty-fourth', postings: 240, roles: 0.85 },
  // Blind: roles 0.859 (rules alone 0.848); remote 0.949, salary exact 0.692, company 0.898, React 0.95.
  { set: 'forty-fifth', postings: 240, roles: 0.85, below: { salary: 0.76, company: 0.89, traps: { React: 0.95 } } },
  // Blind: roles 0.864 (rules alone 0.848); salary exact 0.909.
  { set: 'forty-sixth', postings: 240, roles: 0.85, below: { salary: 0.9 } },
  // Blind: roles 0.850 (rules alone 0.836); salary exact 0.750.
  { set: 'forty-seventh', postings: 240, roles: 0.85, below: { salary: 0.9 } },
  // Blind: roles 0.844 (rules alone 0.819); salary exact 0.917.
  { set: 'forty-eighth', postings: 240, roles: 0.85, below: { salary: 0.91 } },
  // Blind: roles 0.846 (rules alone 0.821); salary exact 0.800.
  { set: 'forty-ninth', postings: 240, roles: 0.85 },
  // Blind: roles 0.855 (rules alone 0.835); Go 0.93 ("FileMaker Go").
  { set: 'fiftieth', postings: 240, roles: 0.85 },
  // Blind: roles 0.841 (rules alone 0.823); company 0.894.
  { set: 'fifty-first', postings: 240, roles: 0.85, below: { company: 0.89 } },
  // Blind: roles 0.857 (rules alone 0.838); salary exact 0.846, company 0.888.
  { set: 'fifty-second', postings: 240, roles: 0.85, below: { company: 0.88, traps: { Java: 0.96 } } },
  // Blind: roles 0.873 (rules alone 0.855); company 0.894, R 0.75 ("M+R"), Swift 0.80 (OpenStack's).
  { set: 'fifty-third', postings: 240, roles: 0.85, below: { company: 0.89, traps: { Java: 0.96 } } },
  // Blind: roles 0.848 (rules alone 0.826); every other field at or above the targets.
  { set: 'fifty-fourth', postings: 240, roles: 0.85 },
  // Blind: roles 0.867 (rules alone 0.851); salary exact 0.909.
  { set: 'fifty-fifth', postings: 240, roles: 0.85, below: { salary: 0.9 } },
  // Blind: roles 0.824 (rules alone 0.818); remote 0.938.
  { set: 'fifty-sixth', postings: 240, roles: 0.85, below: { remote: 0.94 } },
  // Blind: roles 0.865 (rules alone 0.846); company 0.879, C 0.89 ("Objective C").
  { set: 'fifty-seventh', postings: 240, roles: 0.85, below: { company: 0.87 } },
  // Blind: roles 0.857 (rules alone 0.831); company 0.887.
  { set: 'fifty-eighth', postings: 240, roles: 0.85, below: { company: 0.88, traps: { Java: 0.96 } } },
  // Blind: roles 0.821 (rules alone 0.807); C 0.92.
  { set: 'fifty-ninth', postings: 240, roles: 0.85, below: { traps: { C: 0.92 } } },
  // Blind: roles 0.871 (rules alone 0.843); salary exact 0.857, React Native 0.80.
  { set: 'sixtieth', postings: 240, roles: 0.85, below: { salary: 0.85, traps: { 'React Native': 0.8 } } },
  // Blind: roles 0.849 (rules alone 0.823); every other field at or above the targets.
  { set: 'sixty-first', postings: 240, roles: 0.85 },
  // Blind: roles 0.817 (rules alone 0.787); salary exact 0.800.
  { set: 'sixty-second', postings: 240, roles: 0.85 },
  // Blind: roles 0.837 (rules alone 0.815); remote 0.941, salary exact 0.900.
  { set: 'sixty-third', postings: 240, roles: 0.85, below: { salary: 0.9 } },
  // Blind: roles 0.824 (rules alone 0.803); salary exact 0.909, company 0.891, C 0.92 ("(#C)").
  { set: 'sixty-fourth', postings: 240, roles: 0.85, below: { salary: 0.9, company: 0.89 } },
  // Blind: roles 0.862 (rules alone 0.841); Rust 0.50 and Swift 0.67 (a meetup's topics, "tempted by Swift, but not yet").
  { set: 'sixty-fifth', postings: 240, roles: 0.85, below: { traps: { Rust: 0.5, Swift: 0.66 } } },
  // Blind: roles 0.871 (rules alone 0.837); salary exact 0.778.
  { set: 'sixty-sixth', postings: 240, roles: 0.85, below: { salary: 0.88 } },
  // Blind: roles 0.871 (rules alone 0.855); remote 0.945, salary exact 0.875, company 0.899.
  { set: 'sixty-seventh', postings: 240, roles: 0.85, below: { salary: 0.87, company: 0.89 } },
  // Blind: roles 0.809 (rules alone 0.791); salary exact 0.867.
  { set: 'sixty-eighth', postings: 240, roles: 0.85 },
  // Blind: roles 0.871 (rules alone 0.849); C 0.86 ("Obj C").
  { set: 'sixty-ninth', postings: 240, roles: 0.85 },
  // Six more drawn the same way (seeds 20261275 to 20261280), labelled in one session
  // (2026-12-06) and scored blind with the classifier of that moment (2.413.0, the model of the
  // sixty-eight sets) before the model was trained on them (2.414.0); no rule was written from them.
  // Blind: roles 0.844 (rules alone 0.818).
  { set: 'seventy-fourth', postings: 240, roles: 0.85 },
  // Blind: roles 0.860 (rules alone 0.817); salary exact 0.750, company 0.890.
  { set: 'seventy-fifth', postings: 240, roles: 0.85, below: { salary: 0.75, company: 0.89 } },
  // Blind: roles 0.868 (rules alone 0.814); company 0.883, React 0.96.
  { set: 'seventy-sixth', postings: 240, roles: 0.85, below: { company: 0.875, traps: { React: 0.96 } } },
  // Blind: roles 0.890 (rules alone 0.863); salary exact 0.800, C 0.90, Java 0.96.
  { set: 'seventy-seventh', postings: 240, roles: 0.85, below: { salary: 0.8, traps: { C: 0.9, Java: 0.95 } } },
  // Blind: roles 0.872 (rules alone 0.850); salary exact 0.833, React 0.96.
  { set: 'seventy-eighth', postings: 240, roles: 0.85, below: { salary: 0.83, traps: { React: 0.96 } } },
  // Blind: roles 0.832 (rules alone 0.826); salary exact 0.941, Java 0.966.
  { set: 'seventy-ninth', postings: 240, roles: 0.85, below: { traps: { Java: 0.96 } } },
  // Eight more the same way (seeds 20261281 to 20261288), labelled later the same session and
  // scored blind with 2.414.0 (the model of the seventy-four sets) before the model was trained on
  // them (2.415.0); no rule was written from them.
  // Blind: roles 0.854 (rules alone 0.829); salary exact 0.818.
  { set: 'eightieth', postings: 240, roles: 0.85, below: { salary: 0.81 } },
  // Blind: roles 0.866 (rules alone 0.849).
  { set: 'eighty-first', postings: 240, roles: 0.85 },
  // Blind: roles 0.837 (rules alone 0.826); salary exact 0.800, company 0.872.
  { set: 'eighty-second', postings: 240, roles: 0.85, below: { salary: 0.8, company: 0.87 } },
  // Blind: roles 0.865 (rules alone 0.835); remote 0.949.
  { set: 'eighty-third', postings: 240, roles: 0.85, below: { remote: 0.94 } },
  // Blind: roles 0.891 (rules alone 0.845); company 0.899.
  { set: 'eighty-fourth', postings: 240, roles: 0.85, below: { company: 0.89 } },
  // Blind: roles 0.886 (rules alone 0.851); Java 0.94.
  { set: 'eighty-fifth', postings: 240, roles: 0.85, below: { traps: { Java: 0.94 } } },
  // Blind: roles 0.880 (rules alone 0.838); remote 0.937, salary exact 0.800.
  { set: 'eighty-sixth', postings: 240, roles: 0.85, below: { remote: 0.93, salary: 0.8 } },
  // Blind: roles 0.846 (rules alone 0.810); company 0.886, C 0.86.
  { set: 'eighty-seventh', postings: 240, roles: 0.85, below: { company: 0.88, traps: { C: 0.85 } } },
  // Eight more the same way (seeds 20261289 to 20261296), scored blind with 2.415.0 (the model
  // of the eighty-two sets) before the model was trained on them (2.416.0).
  // Blind: roles 0.892 (rules alone 0.859).
  { set: 'eighty-eighth', postings: 240, roles: 0.85 },
  // Blind: roles 0.876 (rules alone 0.823); remote 0.950.
  { set: 'eighty-ninth', postings: 240, roles: 0.85 },
  // Blind: roles 0.867 (rules alone 0.819); salary exact 0.857.
  { set: 'ninetieth', postings: 240, roles: 0.85, below: { salary: 0.85 } },
  // Blind: roles 0.862 (rules alone 0.833); salary exact 0.818, company 0.886.
  { set: 'ninety-first', postings: 240, roles: 0.85, below: { salary: 0.81, company: 0.88 } },
  // Blind: roles 0.863 (rules alone 0.821); salary exact 0.889, company 0.869.
  { set: 'ninety-second', postings: 240, roles: 0.85, below: { salary: 0.88, company: 0.86 } },
  // Blind: roles 0.848 (rules alone 0.817); salary exact 0.714, company 0.896, React 0.963.
  { set: 'ninety-third', postings: 240, roles: 0.85, below: { salary: 0.71, company: 0.89, traps: { React: 0.96 } } },
  // Blind: roles 0.889 (rules alone 0.853); salary exact 0.917, company 0.879.
  { set: 'ninety-fourth', postings: 240, roles: 0.85, below: { salary: 0.91, company: 0.87 } },
  // Blind: roles 0.867 (rules alone 0.811); remote 0.946, salary exact 0.889, company 0.875, Java 0.966.
  { set: 'ninety-fifth', postings: 240, roles: 0.85, below: { remote: 0.94, salary: 0.88, company: 0.87, traps: { Java: 0.96 } } },
  // Eight more the same way (seeds 20261297 to 20261304), scored blind with 2.416.0 (the model
  // of the ninety sets) before the model was trained on them (2.417.0).
  // Blind: roles 0.855 (rules alone 0.827); company 0.881.
  { set: 'ninety-sixth', postings: 240, roles: 0.85, below: { company: 0.88 } },
  // Blind: roles 0.882 (rules alone 0.861).
  { set: 'ninety-seventh', postings: 240, roles: 0.85 },
  // Blind: roles 0.878 (rules alone 0.831); company 0.879.
  { set: 'ninety-eighth', postings: 240, roles: 0.85, below: { company: 0.87 } },
  // Blind: roles 0.894 (rules alone 0.859).
  { set: 'ninety-ninth', postings: 240, roles: 0.85 },
  // Blind: roles 0.885 (rules alone 0.835); salary exact 0.875.
  { set: 'hundredth', postings: 240, roles: 0.85, below: { salary: 0.87 } },
  // Blind: roles 0.862 (rules alone 0.829); salary exact 0.900.
  { set: 'hundred-and-first', postings: 240, roles: 0.85, below: { salary: 0.9 } },
  // Blind: roles 0.890 (rules alone 0.840).
  { set: 'hundred-and-second', postings: 240, roles: 0.85 },
  // Blind: roles 0.841 (rules alone 0.804); salary exact 0.667.
  { set: 'hundred-and-third', postings: 240, roles: 0.85, below: { salary: 0.66 } },
  // Eight more the same way (seeds 20261305 to 20261312), scored blind with 2.417.0 (the model
  // of the ninety-eight sets) before the model was trained on them (2.418.0).
  // Blind: roles 0.886 (rules alone 0.841); salary exact 0.889.
  { set: 'hundred-and-fourth', postings: 240, roles: 0.85, below: { salary: 0.88 } },
  // Blind: roles 0.884 (rules alone 0.846); Go 0.941.
  { set: 'hundred-and-fifth', postings: 240, roles: 0.85, below: { traps: { Go: 0.94 } } },
  // Blind: roles 0.878 (rules alone 0.809); salary exact 0.867.
  { set: 'hundred-and-sixth', postings: 240, roles: 0.85, below: { salary: 0.86 } },
  // Blind: roles 0.866 (rules alone 0.811).
  { set: 'hundred-and-seventh', postings: 240, roles: 0.85 },
  // Blind: roles 0.867 (rules alone 0.824).
  { set: 'hundred-and-eighth', postings: 240, roles: 0.85 },
  // Blind: roles 0.894 (rules alone 0.854).
  { set: 'hundred-and-ninth', postings: 240, roles: 0.85 },
  // Blind: roles 0.885 (rules alone 0.835); company 0.887.
  { set: 'hundred-and-tenth', postings: 240, roles: 0.85, below: { company: 0.88 } },
  // Blind: roles 0.873 (rules alone 0.828); salary exact 0.818, Go 0.950.
  { set: 'hundred-and-eleventh', postings: 240, roles: 0.85, below: { salary: 0.81, traps: { Go: 0.95 } } },
  // Eight more the same way (seeds 20261313 to 20261320), scored blind with 2.418.0 (the model
  // of the hundred and six sets) before the model was trained on them (2.419.0).
  // Blind: roles 0.882 (rules alone 0.847).
  { set: 'hundred-and-twelfth', postings: 240, roles: 0.85 },
  // Blind: roles 0.896 (rules alone 0.858); salary exact 0.900.
  { set: 'hundred-and-thirteenth', postings: 240, roles: 0.85, below: { salary: 0.89 } },
  // Blind: roles 0.887 (rules alone 0.848); Express 0.75 ("rails/django/express webapps" people are bored by).
  { set: 'hundred-and-fourteenth', postings: 240, roles: 0.85, below: { traps: { Express: 0.75 } } },
  // Blind: roles 0.894 (rules alone 0.852).
  { set: 'hundred-and-fifteenth', postings: 240, roles: 0.85 },
  // Blind: roles 0.899 (rules alone 0.870).
  { set: 'hundred-and-sixteenth', postings: 240, roles: 0.85 },
  // Blind: roles 0.860 (rules alone 0.808); company 0.876.
  { set: 'hundred-and-seventeenth', postings: 240, roles: 0.85, below: { company: 0.87 } },
  // Blind: roles 0.886 (rules alone 0.835); salary exact 0.909, company 0.899, Go 0.944, C 0.900, Java 0.963.
  { set: 'hundred-and-eighteenth', postings: 240, roles: 0.85, below: { salary: 0.9, company: 0.89, traps: { Go: 0.94, C: 0.9, Java: 0.96 } } },
  // Blind: roles 0.876 (rules alone 0.833).
  { set: 'hundred-and-nineteenth', postings: 240, roles: 0.85 },
  // Eight more the same way (seeds 20261321 to 20261328, 20 postings from 2012 and 50 from 2017
  // a set: 2012's were running out), scored blind with 2.419.0 (the model of the hundred and
  // fourteen sets) before the model was trained on them (2.420.0).
  // Blind: roles 0.888 (rules alone 0.846); Java 0.971.
  { set: 'hundred-and-twentieth', postings: 240, roles: 0.85 },
  // Blind: roles 0.888 (rules alone 0.842); React 0.969.
  { set: 'hundred-and-twenty-first', postings: 240, roles: 0.85, below: { traps: { React: 0.96 } } },
  // Blind: roles 0.892 (rules alone 0.820); Go 0.962.
  { set: 'hundred-and-twenty-second', postings: 240, roles: 0.85, below: { traps: { Go: 0.96 } } },
  // Blind: roles 0.892 (rules alone 0.851); salary exact 0.875.
  { set: 'hundred-and-twenty-third', postings: 240, roles: 0.85, below: { salary: 0.87 } },
  // Blind: roles 0.897 (rules alone 0.824); salary exact 0.875.
  { set: 'hundred-and-twenty-fourth', postings: 240, roles: 0.85, below: { salary: 0.87 } },
  // Blind: roles 0.875 (rules alone 0.803); salary exact 0.900, Java 0.963.
  { set: 'hundred-and-twenty-fifth', postings: 240, roles: 0.85, below: { salary: 0.89, traps: { Java: 0.96 } } },
  // Blind: roles 0.889 (rules alone 0.818); Go 0.960.
  { set: 'hundred-and-twenty-sixth', postings: 240, roles: 0.85, below: { traps: { Go: 0.96 } } },
  // Blind: roles 0.886 (rules alone 0.838).
  { set: 'hundred-and-twenty-seventh', postings: 240, roles: 0.85 },
  // Eight more the same way (seeds 20261329 to 20261336, none from 2012, whose postings were
  // used up: 30 from 2013, 35 from 2014, 50 each from 2015 to 2017, 20 from 2018), scored blind
  // with 2.420.0 (the model of the hundred and twenty-two sets) before the model was trained on
  // them (2.421.0).
  // Blind: roles 0.878 (rules alone 0.801).
  { set: 'hundred-and-twenty-eighth', postings: 240, roles: 0.85 },
  // Blind: roles 0.868 (rules alone 0.812); salary exact 0.909.
  { set: 'hundred-and-twenty-ninth', postings: 240, roles: 0.85, below: { salary: 0.9 } },
  // Blind: roles 0.895 (rules alone 0.843); salary exact 0.857.
  { set: 'hundred-and-thirtieth', postings: 240, roles: 0.85, below: { salary: 0.85 } },
  // Blind: roles 0.879 (rules alone 0.823); salary exact 0.917, company 0.898.
  { set: 'hundred-and-thirty-first', postings: 240, roles: 0.85, below: { salary: 0.91, company: 0.89 } },
  // Blind: roles 0.875 (rules alone 0.808).
  { set: 'hundred-and-thirty-second', postings: 240, roles: 0.85 },
  // Blind: roles 0.892 (rules alone 0.853); salary exact 0.800.
  { set: 'hundred-and-thirty-third', postings: 240, roles: 0.85, below: { salary: 0.8 } },
  // Blind: roles 0.878 (rules alone 0.839); salary exact 0.909, Go 0.957.
  { set: 'hundred-and-thirty-fourth', postings: 240, roles: 0.85, below: { salary: 0.9, traps: { Go: 0.95 } } },
  // Blind: roles 0.897 (rules alone 0.839); Java 0.971.
  { set: 'hundred-and-thirty-fifth', postings: 240, roles: 0.85 },
  // Eight more the same way (seeds 20261337 to 20261344: 6 from 2013, 20 from 2014, 55 each from
  // 2015 and 2016, 60 from 2017, 44 from 2018), scored blind with 2.421.0 (the model of the
  // hundred and thirty sets) before the model was trained on them (2.422.0).
  // Blind: roles 0.898 (rules alone 0.854); salary exact 0.900.
  { set: 'hundred-and-thirty-sixth', postings: 240, roles: 0.85, below: { salary: 0.89 } },
  // Blind: roles 0.891 (rules alone 0.825); salary exact 0.909.
  { set: 'hundred-and-thirty-seventh', postings: 240, roles: 0.85, below: { salary: 0.9 } },
  // Blind: roles 0.904 (rules alone 0.840).
  { set: 'hundred-and-thirty-eighth', postings: 240, roles: 0.85 },
  // Blind: roles 0.918 (rules alone 0.875); salary exact 0.882.
  { set: 'hundred-and-thirty-ninth', postings: 240, roles: 0.85, below: { salary: 0.88 } },
  // Blind: roles 0.873 (rules alone 0.819).
  { set: 'hundred-and-fortieth', postings: 240, roles: 0.85 },
  // Blind: roles 0.882 (rules alone 0.822).
  { set: 'hundred-and-forty-first', postings: 240, roles: 0.85 },
  // Blind: roles 0.879 (rules alone 0.819); salary exact 0.833.
  { set: 'hundred-and-forty-second', postings: 240, roles: 0.85, below: { salary: 0.83 } },
  // Blind: roles 0.912 (rules alone 0.845).
  { set: 'hundred-and-forty-third', postings: 240, roles: 0.85 },
  // Two more (seeds 20261345 and 20261346: 55 from 2015, 60 from 2016, 75 from 2017, 50 from
  // 2018 each; eight labellers, 60 postings each), scored blind with 2.439.0 (the model of the
  // hundred and thirty-eight sets) before any rule was written from them or the model trained on
  // them (2.440.0).
  // Blind: roles 0.900 (rules alone 0.842); salary exact 0.933; Spring 0.80 (a posting's
  // "Keywords:" line for search engines, which its labeller did not count), Java 0.963 ("Java
  // Script", since read as JavaScript).
  { set: 'hundred-and-forty-fourth', postings: 240, roles: 0.85, below: { traps: { Spring: 0.8 } } },
  // Blind: roles 0.899 (rules alone 0.843); salary exact 1.000.
  { set: 'hundred-and-forty-fifth', postings: 240, roles: 0.85 },
  // Two more the same way (seeds 20261347 and 20261348), scored blind with 2.441.0 (the model of
  // the hundred and forty sets) before the model was trained on them (2.443.0).
  // Blind: roles 0.918 (rules alone 0.850); salary exact 1.000.
  { set: 'hundred-and-forty-sixth', postings: 240, roles: 0.85 },
  // Blind: roles 0.886 (rules alone 0.834); salary exact 0.958; React 0.965 (a conference, "React
  // Rally", and a founder who was on the React.js team).
  { set: 'hundred-and-forty-seventh', postings: 240, roles: 0.85, below: { traps: { React: 0.96 } } },
  // Two more the same way (seeds 20261349 and 20261350), scored blind with 2.444.0 (the model of
  // the hundred and forty-two sets) before the model was trained on them (2.445.0).
  // Blind: roles 0.870 (rules alone 0.810); salary exact 0.875 (7 of 8: a rand range with its k on
  // the upper bound only, since read); Java 0.944 ("Java/TypeScript" for a front end, which its
  // labeller read as JavaScript).
  { set: 'hundred-and-forty-eighth', postings: 240, roles: 0.85, below: { traps: { Java: 0.94 } } },
  // Blind: roles 0.886 (rules alone 0.831); salary exact 0.941.
  { set: 'hundred-and-forty-ninth', postings: 240, roles: 0.85 },
];

/** One test per set: the targets, roles and the fields `below` names at their current level. */
function holdToFloors(floors: readonly Floor[], kind: string): void {
  for (const { set, postings, roles, below } of floors) {
    describe(`quality on our ${kind} ${set} set of ${postings} postings (eval/README.md)`, () => {
      it(`stays at the targets, ${below ? `roles, ${Object.keys(below).join(' and ')}` : 'roles'} at their current level`, async () => {
        expectTargets(await report(set), roles, below);
      });
    });
  }
}

holdToFloors(OWN_SET_FLOORS, 'labelled');

/**
 * Our held-out sets (HELD_OUT_SETS): the first four labelled at the end of the session that trained
 * the roles model on the sixty-eight sets above, scored once blind with that classifier (2.388.0),
 * the next two at the end of the session that left 2.445.0, the last with 2.451.0; none ever trained on. Their roles F1 is the model's on postings it has not learnt: held just below where
 * it stood, so a change that makes unseen postings worse shows here.
 */
const HELD_OUT_FLOORS: Floor[] = [
  // Blind: roles 0.835 (rules alone 0.796), remote 0.9498 and salary exact 0.818. 0.841 with
  // the model trained on seventy-four sets (2.414.0), 0.843 on eighty-two (2.415.0), 0.848 on
  // ninety (2.416.0), 0.849 on ninety-eight (2.417.0), 0.847 on a hundred and six (2.418.0),
  // 0.8499 on a hundred and fourteen (2.419.0), 0.853 on a hundred and twenty-two (2.420.0),
  // 0.863 on a hundred and thirty (2.421.0), 0.861 on a hundred and thirty-eight (2.422.0). Held a
  // little below 0.85: a retraining moves it by a posting or two.
  { set: 'seventieth', postings: 240, roles: 0.84, below: { remote: 0.94, salary: 0.81 } },
  // Blind: roles 0.868 (rules alone 0.841), salary exact 0.889 and company 0.891.
  { set: 'seventy-first', postings: 240, roles: 0.85, below: { salary: 0.88, company: 0.89 } },
  // Blind: roles 0.883 (rules alone 0.844), every other field at or above the targets.
  { set: 'seventy-second', postings: 240, roles: 0.87 },
  // Blind: roles 0.853 (rules alone 0.824), salary exact 0.875. 0.885 at 2.420.0, 0.890 at 2.421.0, 0.895 at 2.422.0.
  { set: 'seventy-third', postings: 240, roles: 0.85, below: { salary: 0.87 } },
  // Two more, labelled at the end of the third session of 2026-12-06 the same way (seeds 20261351
  // and 20261352) and scored once blind with 2.445.0, the classifier and model that session left
  // (trained on the hundred and forty-four sets); no rule was written from them, nor their errors read.
  // Blind: roles 0.893 (rules alone 0.821), salary exact 0.941; Go 0.955 (one false hit).
  { set: 'hundred-and-fiftieth', postings: 240, roles: 0.88, below: { traps: { Go: 0.95 } } },
  // Blind: roles 0.888 (rules alone 0.838), company 0.937; Go 0.947 and Java 0.962 (one false hit each).
  { set: 'hundred-and-fifty-first', postings: 240, roles: 0.87, below: { traps: { Go: 0.94, Java: 0.96 } } },
  // One more, labelled on 2026-12-07 the same way (seed 20261353, eight labellers of 30 postings)
  // and scored once blind with 2.451.0 (the model of the hundred and forty-four sets).
  // Blind: roles 0.878 (rules alone 0.834), every other field at its target, every trap term at 1.00.
  { set: 'hundred-and-fifty-second', postings: 240, roles: 0.87 },
];

holdToFloors(HELD_OUT_FLOORS, 'held-out');

describe('our labelled sets', () => {
  it('are each held to a floor above', () => {
    expect(OWN_SET_FLOORS.map((f) => f.set)).toEqual([...OWN_SETS]);
    expect(HELD_OUT_FLOORS.map((f) => f.set)).toEqual([...HELD_OUT_SETS]);
  });
});

/**
 * Sets that label one field alone (eval/salary/README.md, eval/company/README.md), each held at a
 * floor. Salary: the first set (79 with pay) was scored once blind with 2.446.0: 0.924 (73 of 79),
 * 2.447.0 reads five of its six misses right; the second (47 with pay), once blind with 2.447.0:
 * 0.958 (46 of 48), 2.448.0 reads both. Company: the first set (300), once blind with 2.448.0:
 * 0.923 (277 of 300); 2.450.0 0.933, 8 of the 20 misses left the labellers' own convention for
 * names written as domains ("Enigma.io" → Enigma).
 */
const FIELD_FLOORS: Record<string, number> = { 'salary first': 0.98, 'salary second': 0.97, 'company first': 0.92 };

describe('our sets that label one field alone', () => {
  for (const fs of FIELD_SETS) {
    const key = `${fs.field} ${fs.set}`;
    it(`${key}: stays at ${FIELD_FLOORS[key]} or above`, () => {
      requireShared('hn/items');
      const r = evalFieldSet(fs);
      expect(r.right / r.counted, fieldText(fs, r)).toBeGreaterThanOrEqual(FIELD_FLOORS[key]!);
      if (r.jobRight !== undefined) expect(r.jobRight / r.postings, fieldText(fs, r)).toBeGreaterThanOrEqual(0.98);
    });
  }
  it('each have a floor', () => {
    expect(Object.keys(FIELD_FLOORS)).toEqual(FIELD_SETS.map((fs) => `${fs.field} ${fs.set}`));
  });
});
