import { type Found, findPlaces, type Place, SCOPE_NAME } from './gazetteer.ts';
import { isJsSpace } from './chars.ts';
import { firstLineEnd } from './header.ts';
import { Keyword, type KeywordSites } from './keywords.ts';
import { firstPiece } from './pieces.ts';
import { sitesOf } from './tokens.ts';
import type { ParsedPosting, RemotePolicy } from './types.ts';

/**
 * Remote policy (GUIDE.md): `remote` when at least one role can be done fully remotely (even if
 * restricted to a region or time zone, even if onsite is also offered), else `hybrid` for
 * partial remote ("hybrid", "3 days in office"), else `onsite` when on-site is stated or remote
 * is refused ("no remote", "remote not possible"), else `unspecified`.
 */
export function extractRemote(parsed: ParsedPosting): { remote: RemotePolicy; scope: string[] } {
  const signals = readSignals(parsed.text);
  const remote = decide(signals, fieldLineEnd(parsed.text));
  return { remote, scope: remote === 'remote' ? scopeOf(parsed.text, signals) : [] };
}

/** Remote policy of a text (see extractRemote); its header fields are on its first line. */
export function remotePolicy(text: string): RemotePolicy {
  return decide(readSignals(text), fieldLineEnd(text));
}

/** Longest first line read as header fields rather than prose. */
const FIELD_LINE_MAX = 120;

/**
 * Where a first line of header fields ends ("Circles | London, UK (No remote) | Ruby", "Houston,
 * TX, System Administrator, Full Time (NO REMOTE)"), or 0 when the text opens with prose: a
 * sentence's "non-remote applicants" is about someone, not the job.
 */
function fieldLineEnd(text: string): number {
  const end = firstLineEnd(text);
  return end <= FIELD_LINE_MAX || text.slice(0, end).includes('|') ? end : 0;
}

/** Regions, countries (ISO codes) and time zones a remote job is restricted to, when stated. */
export function remoteScope(text: string): string[] {
  return scopeOf(text, readSignals(text));
}

interface Signal {
  kind: 'remote' | 'hybrid' | 'onsite';
  start: number;
  end: number;
  /** "No remote", "Remote: No": remote work refused in so many words. */
  refusal?: true;
  /** "We are a distributed company": how the company works, not necessarily this job. */
  company?: true;
  /** "WFH", "work from home": beside an on-site field, days at home, not a remote job. */
  home?: true;
}

/**
 * Any fully remote option makes the posting remote, unless the header's fields refuse remote
 * work ("London, UK (No remote)", "Full Time (NO REMOTE)"): the body's "we do remote and
 * on-site work, but can't support a totally remote employee" then describes the team, not
 * this job.
 */
function decide(signals: Signal[], headerEnd: number): RemotePolicy {
  const refused = signals.some((s) => s.refusal && s.start < headerEnd);
  // "Paris, France | ONSITE" and then "we are a distributed company with a presence across
  // Europe": the header's field says how this job is done.
  // Days at home in the header beside it ("ONSITE - frequent work-from-home allowed") leave it on site.
  const onsiteField = signals.some((s) => s.kind === 'onsite' && s.start < headerEnd) && !signals.some((s) => s.kind !== 'onsite' && !s.home && s.start < headerEnd);
  // Working from home beside partial remote work ("Some remote work / work-from-home is OK") is the same days at home.
  const partial = signals.some((s) => s.kind === 'hybrid');
  if (!refused && signals.some((s) => s.kind === 'remote' && !(onsiteField && (s.company || s.home)) && !(partial && s.home))) return 'remote';
  // "San Francisco | ONSITE" and "Perks: WFH / No meeting Fridays": days at home beside the office.
  if (!refused && onsiteField && signals.some((s) => s.home)) return 'hybrid';
  if (signals.some((s) => s.kind === 'hybrid')) return 'hybrid';
  if (signals.some((s) => s.kind === 'onsite')) return 'onsite';
  return 'unspecified';
}

// Every word that can state a remote policy. "Virtual" counts only in capitals or as a header
// field of its own (FIELD_ONLY, first and captured: m[1]), never as "virtual machines".
// The phrases with something to look behind for match their words first and then look behind
// over them as well ("(?:be|live)(?<=…(?:be|live))" for "(?<=…)(?:be|live)"): the same matches,
// but the engine's quick test of a word's first letters turns most places away before any look
// behind. Looking behind first, at every place REMOTE_WORD and KEYWORDS are tried (five or six a
// posting), their tries took 1.24 and 0.67 µs a posting; this way 0.90 and 0.45 (the same match
// at every offset of 8,000 recorded postings).
/** "you can be anywhere", "you'll be able to live anywhere in the US": said of the hire, not of a product. */
const YOU_ANYWHERE = String.raw`(?:be|live)(?<=\byou(?:['’]ll)?\s+(?:can|could|may|will\s+be\s+able\s+to|be\s+able\s+to)\s+(?:\w+\s+)?(?:be|live))\s+anywhere`;
/**
 * A header field that is only "Distributed" or "Virtual", or offers it as an alternative: "|
 * Distributed |", "| San Francisco or DISTRIBUTED|", "| Boston, MA or Virtual |".
 */
const FIELD_ONLY = String.raw`(?:distributed|virtual)(?<=\|[ \t]*(?:[^|\n]{0,60}\bor[ \t]+)?(?:distributed|virtual))(?=[ \t]*\|)`;
/** A place of work that is anywhere: "Austin, TX (or anywhere for the right person)", "UX Designers (Anywhere)". */
const ANYWHERE_OFFERED = String.raw`or anywhere(?!\s+(?:that|which|who)\b)|anywhere(?<=\(anywhere)(?=\))`;
/**
 * "Anywhere" as where the job is: a field of its own or a place's ("LayerVault — Engineers —
 * Anywhere", "| Anywhere or SF |", "Location: Anywhere (we're based in Wellington)", "Anywhere
 * in the US (but we're based in NYC)", "Security researchers [Anywhere]").
 */
const ANYWHERE_FIELD = String.raw`anywhere(?<=(?:^|\n|[|[(]|[-–—]{1,2}[ \t]|\blocations?[ \t]*:)[ \t]*anywhere)(?=[ \t]*(?:[|,\])/.\n]|$|\(|or\b|in\b))`;
const REMOTE_WORD = new Keyword(
  new RegExp(
    String.raw`\b(?:(${FIELD_ONLY})|remote(?:ly|s)?|tele-?comm?ut\w*|tele-?work(?:ing|ers?)?|work(?:ing)?[\s-]+from[\s-]+(?:home|anywhere|wherever)|${YOU_ANYWHERE}|wfh|distributed\s+(?:team|company|workforce|first|organi[sz]ation)|fully[- ]distributed|all[- ]remote|anywhere\s+in\s+the\s+world|${ANYWHERE_OFFERED}|${ANYWHERE_FIELD}|location[- ]independent|VIRTUAL)\b`,
    'gi',
  ),
  ['remo', 'tele', 'work', 'wfh', 'dist', 'full', 'all-', 'all ', 'anyw', 'loca', 'virt', 'be a', 'live', 'or a'],
);

/** REMOTE_WORD's descriptions of the company ("distributed team", "fully distributed"), and of a product's reach. */
const DISTRIBUTED = /distributed/i;
const ANYWHERE_IN_THE_WORLD = /^anywhere\s+in\s+the\s+world$/i;
/** REMOTE_WORD's days at home ("WFH", "work from home"). */
const AT_HOME = /^(?:wfh|work(?:ing)?[\s-]+from[\s-]+home)$/i;

// "remote" in senses that say nothing about how this job is done (only within the same line).
const NOT_POLICY_AFTER =
  /^[ \t,-]*(?:(?:[\w-]+\/)?[\w-]+[ \t]+interview(?:s|ing)?|presence\b|present\s+for\b|assets?\b|machines?\b|debugging\b|applications?\s+load|mobile\s+interaction|managed\s+(?:it\s+)?services|offices?\s+in\b|office\b(?![ \t]*(?:[-–—|,)\]/]|$|\n|(?:is|are|ok|possible|available|allowed)\b))|with[ \t]+(?:our[ \t]+|the[ \t]+)?(?:clients?|customers?)|connect(?:s|ed|ing)?\b|collaboration[ \t]+(?:platforms?|tools?|software|apps?)|interested|similar|related|relevant|close|attestation|helicopters?|drones?|toys?|jobs?\s+(?:execution|scheduling|submission)|sensing|sensors?|control(?:s|led)?|monitoring|access|patients?|execution|procedures?|desktops?|servers?|code|coding|programming|calls?|chats?|conversations?|meetings?|hangouts?|video\s+calls?|zoom|interview(?:s|ing)?|programming\s+(?:test|challenge|exercise)|exercises?|assignments?|homework|technical\s+(?:interview\w*|screen\w*|tests?|challenges?|assessments?|exercises?|rounds?|calls?|questions?)|take-home|tests?|screen(?:s|ing)?|challenges?|debugging|administer(?:ing|ed)?|pair(?:ing)?|sessions?|locations?|areas?|villages?|communities|regions?|parts|islands?|sites?|surgery|diagnostics?|vehicles?|devices?|storage|databases?|data\s+feeds?|logging|shell|repositor(?:y|ies)|(?:system\s+)?design(?:\s+tools?)?|apis?|gaming|management|debuggers?|cameras?|operat(?:ions?|ed|ors?)|health|care|learning|education|students?|exotic|tropical|beach(?:es)?|cabins?|mountains?|corners?|job\s+boards?|work\s+(?:tools?|software|platforms?|solutions?|products?|economy|revolution|trend)|first\s+companies|companies|(?:\/|or|and)\s*(?:on-?site|in[- ]person)\s+interviews?|apps?|with\s+(?:our|the|a|an|your|its)\s+(?:[\w-]+\s+)?(?:apps?|phones?|smartphones?|devices?))\b/i;
const NOT_POLICY_BEFORE =
  /(?:\b(?:universal|tv|traditional|garage|car|key|smart|most|extremely)\s+|\b(?:hir(?:e|es|ing)|recruit(?:s|ing)?|relocat(?:e|es|ing|ion))\s+(?:people\s+|talent\s+|engineers\s+)?from\s+|\b(?:interview(?:s|ed|ing)?|challenges?|assignments?|tests?|exercises?|homework|take-home|screen(?:s|ing)?)\b[^.!?\n]{0,40}|\b(?:provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|control(?:led|ling|s)?|monitor(?:ed|ing|s)?|operat(?:ed|ing|es)|access(?:ed|ing)?|updat(?:ed|ing)|deploy(?:ed|ing)?|manag(?:ed|ing)|debugg(?:ed|ing)|treat(?:ed|ing|s)?|diagnos(?:e|ed|es|ing)|examin(?:e|ed|es|ing)|teach(?:es|ing)?|tutor(?:ed|ing|s)?|consult(?:ed|ing|s)?\s+with|care\s+for|caring\s+for)\s+(?:\w+\s+){0,2})$/i;
// A product for remote teams is not a remote job: "collaboration tools for remote teams".
const PRODUCT_BEFORE =
  /\b(?:help|helps|helping|enable|enables|enabling|manage|managing|onboard|onboarding|connect|connects|connecting|(?:tools?|platforms?|software|apps?|solutions?|products?|services?|built|designed)\s+for)\s+$/i;
/**
 * Some of the team work remotely: "a team of four (two are remote)", "300 employees, about half of
 * which work remotely". How others work, not this job's policy.
 */
// "Most positions are ONSITE, though some are REMOTE": some of the jobs, so "some" only with "of us".
const SOME_OF_THE_TEAM_BEFORE =
  /\b(?:(?:\d+|one|two|three|four|five|six|half)\s+(?:of\s+(?:us|whom|which|them|our\s+[\w-]+)\s+)?|(?:some|several|a\s+few)\s+of\s+(?:us|whom|which|them|our\s+[\w-]+)\s+)(?:are|is|work|works|working)\s+$/i;
const SOMEONE_AFTER = /^[ \t]+(?:c[ets]o|(?:co-?)?founders?|colleagues|co-?workers|teammates)\b/i;
const SOMEONE_BEFORE = /\b(?:the|our|their|his|her)\s+$/i;
const PRODUCT_AFTER = /^[ \t]*(?:teams?|workers?|employees?|work|companies|workforces?)\b/i;
// Refusals: "no remote", "not remote", "we don't offer remote", "non-remote", "No Remote or
// Telecommute", "Remote: Sorry, no", "Relocation is an option but remote is not.".
const NEGATION_BEFORE =
  /\bno\s+(?:remote|telecommut\w*|wfh|h-?1-?bs?|visas?|relocation|sponsorship)\s+(?:or|nor|and|\/)\s*$|\b(?:no|not|non|never|without|nor|cannot|can['’]t|can\s+not|unable\s+to|won['’]t|don['’]t|do\s+not|doesn['’]t|does\s+not|isn['’]t|is\s+not|aren['’]t|are\s+not)\b[\s\-[("']*(?:(?:offer(?:ing)?|support(?:ing)?|(?:ready|set\s+up)\s+to|take\s+on|do(?:ing)?|consider(?:ing)?|accept(?:ing)?|allow(?:ing)?|permanent(?:ly)?|hire|hiring|have|provide|providing|accommodate|open\s+to|looking\s+for|a|an|the|fully|full|100%|possible|currently|at\s+this\s+time|able\s+to|available\s+for|options?|option\s+(?:for|of)|for|interested\s+in|any|candidates?|be|distributed\s*\/|(?<=\bno\s+)to)[\s-]*){0,4}$/i;
const NEGATION_AFTER =
  /^[ \t,-]*(?:probably|likely|most\s+likely)\s+not\b|^[ \t,-]*(?:(?:is|are)\s+)?(?:(?:very|highly|strongly|quite)\s+)?unlikely\b|^[ \t]+(?:is|are)\s+not\s*(?:[.!;)]|$)|^[ \t-]*(?:(?:work(?:ing|ers?)?|employees?|candidates?|applicants?|positions?|roles?|options?|opportunit(?:y|ies))\s+)?(?:(?:probably|likely|currently|really)\s+)?(?:(?:is|are|will|would|can|could)\s*)?(?:be\s+)?(?:not|n['’]t)\s+(?:be\s+)?(?:possible|ok|okay|available|an?\s+option|a\s+good\s+idea|offered|considered|supported|allowed|accepted|permitted|an?\s+possibility|entertained)|^[ \t]*\/[ \t]*(?:h-?1-?bs?|visas?|relocation)[ \t]*(?::[ \t]*)?no\b|^[ \t]+no\b(?=[ \t]*[,;)|])|^[ \t]*(?::|-|\?|\()[ \t]*(?:sorry[,.!]?\s*)?(?:no|not\s+(?:possible|available)|none|n\/a|unlikely)\b(?![ \t]+(?:office|offices|hq|visas?|sponsorship|relocation|travel|commut\w*|equity|recruiters?|agencies|meetings?|timezone|time\s*zone)\b)/i;
/** "full and partial", "full or partial", "full/partial" before a remote word. */
const FULL_AND_PARTIAL = /\bfull(?:y)?\s*(?:and|or|\/|&)\s*partial(?:ly)?[\s-]*$/i;
/** A refusal of a list the remote word is in: "cannot support part-time, remote, or contract work". */
// "we aren't prepared to offer H1B/Visa sponsorship or remote work", "we are not hiring interns or
// remote", "keep the team located here rather than having remote employees".
const LIST_REFUSED_BEFORE =
  /\b(?:cannot|can['’]t|can\s+not|don['’]t|do\s+not|doesn['’]t|won['’]t|not|aren['’]t|isn['’]t)\s+(?:(?:prepared|able|ready|set\s+up)\s+to\s+)?(?:support|offer|accept|consider|hire\s+for|allow|hire|hiring)\s+(?:(?:[\w-]+\s*,\s*)+(?:or\s+)?|(?:[\w/-]+\s+){1,3}(?:or|nor)\s+)$|\brather\s+than\s+(?:having\s+|hiring\s+)?$/i;
const REFUSED_TO_SOME = /^[ \t]*(?:work[ \t]+)?(?:for|except|unless|outside|initially|at[ \t]+first|until|during)\b/i;
// Not (yet) a policy: "we intend to enable remote working as soon as we can", "remote until the office reopens".
const NOT_YET =
  /\b(?:as\s+soon\s+as|in\s+the\s+future|eventually|down\s+the\s+road|later\s+on|after\s+(?:the\s+)?(?:first\s+)?(?:\d+|a|one|two|three|six|few|several)\s+(?:months?|weeks?|years?)|after\s+(?:onboarding|ramp[- ]?up|probation|training)|temporar(?:y|ily)|until\s+(?:the\s+)?(?:office|covid|pandemic|we)|due\s+to\s+(?:covid|the\s+pandemic)|during\s+(?:covid|the\s+pandemic))\b/i;
// Partial remote said with the word "remote": "not fully remote", "partly remote", "remote 2 days a week",
// "Telecommuting is available 1-2 days/wk",
// "majority of role is remote", "10% of remote work time allowed" (but "remote allowed" is remote),
// "2-days remote, 3-days onsite".
// "part-time remote" is partial, "Part-Time - Remote" is two header fields.
const PARTIAL_BEFORE =
  /(?:(?:\b(?:not\s+(?:fully|100%|completely|entirely|totally)|partial(?:ly)?|partly|part|semi|hybrid|some|occasional(?:ly)?|flexible\s+hybrid|flexible\s+(?:on|about)(?:\s+the)?)|\b\d{1,2}\s*%\s*(?:of\s+)?(?:the\s+time\s+)?|\b(?:[1-4]|one|two|three|four|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few)[\s-]*(?:d|days?)\s*(?:(?:\/|a|per)\s*(?:week|wk)\s*(?:of\s+)?)?)[\s-]*|\b(?:part[- ]time|pt)[ \t]|\bmajority\s+of\s+(?:the\s+)?(?:role|job|time|week)\s+is\s+)$/i;
/**
 * "Mostly REMOTE" is not fully remote. Only before "remote": "we mostly work from home" tells how
 * the team works, and labellers read it as remote. Fewer words than MOSTLY_BEFORE's for on site:
 * "a team of 6 developers, largely remote" is how a team is made up, not this job.
 */
const MOSTLY_REMOTE_BEFORE = /\b(?:mostly|primarily|predominantly)[\s-]*$/i;
const PARTIAL_AFTER =
  /^[ \t-]*(?:(?:is\s+)?(?:available|allowed|possible|ok|okay)\s+(?:for\s+)?(?:up\s+to\s+)?(?:[1-4]|one|two|three|four)(?:\s*[-–]\s*[1-4])?\s*(?:x|days?)\b|(?:work\s+)?(?:time\s+allowed|(?:time\s+)?(?:component|flexibility|sched\w*))\b|-?\s*(?:first\s+)?hybrid\b|(?:work\s+)?(?:from\s+home\s+)?(?:office\s+)?(?:on\s+)?(?:\d|one|two|three|four|(?:a\s+)?few|(?:a\s+)?couple(?:\s+of)?)\s*(?:x|days?)\b|part\s+of\s+the\s+(?:week|time)\b|(?:work\s+)?(?:up\s+to\s+)?\d{1,2}\s*%|(?:on\s+)?(?:certain\s+|some\s+|select\s+)?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekdays|days)\b|from\s+time\s+to\s+time\b|once\s+(?:a|per|every)\s+(?:week|wk)\b|(?:one|a)\s+day\s+(?:a|per|each|every)\s+week\b|(?:a|one)\s+day\s+or\s+two\b|(?:when|as|if)\s+(?:needed|necessary|required)|as\s+you\s+need(?:\s+to)?\b|(?:work\s+)?(?:occasionally|sometimes|on\s+occasion)|during\s+bad\s+weather|(?:friendly\s+)?within\s+(?:\w+\s+){0,3}(?:commut\w*|driving)\s+distance|\(?(?:with|plus|\+)\s+(?:\w+\s+){0,3}(?:office|on-?site)\s+(?:days|visits))/i;

// Days at home beside the office, said without "remote": "the option to spend a couple of days at
// home each week", "home working (2-3 days/week)".
// Run only on texts that say "home" (a keyword site): numbers are in every posting.
// "work-at-home days", "considerable work-at-home flexibility"; and "home office" as much of
// Europe says working from home, when it is allowed some of the time ("Flexible working hours
// and home office", "Homeoffice day possible", "possible home office once or twice a week"),
// not a company's "home office in Chicago" or a home office budget.
const HOME_DAYS =
  /\bwork\s*(?:@|at)\s*home\s+(?:a\s+)?(?:few|couple|[1-4]|one|two)\b|\b(?:couple\s+(?:of\s+)?|few\s+|[1-4]\s*(?:-\s*[1-4]\s*)?|one\s+|two\s+|three\s+|four\s+|a\s+(?=day\s+or\s+(?:so|two)\b))days?\b[^.!?\n]{0,30}?\b(?:at|from)\s+home\b|\bhome[- ]working\s*\(?\s*[1-4]\b|\b[1-4]\s+home[- ]working\s+days?\b|\bwork[- ]at[- ]home[ \t]+(?:days?|flexibility|options?)\b|\b(?:(?:flexible|possible|occasional|partial|some)\b[^.!?\n,;]{0,30}?\bhome[- ]?office|home[- ]?office[ \t]+(?:days?|possible|once|twice|options?|allowed|[1-4]\b))(?![ \t]+(?:in|at|budget|stipend|setup|set-up|equipment|allowance|furniture)\b)/gi;
const HOME = new Keyword(/\bhome(?:office)?\b/i, ['home']);
/**
 * What every match of HOME_DAYS has at its "home": "home office", "home-working", "home 2 days",
 * "home days", days and then "at home" or "from home", or "athome" after "work" (the one "home"
 * of a match that need not start a word). Most texts that say "home" say "work from home" or
 * "home page", and have none of them: HOME_DAYS, case-blind with many beginnings and tried at
 * every character (about 29 ns a character, 38 µs a text that says "home"), is read only where
 * one is there.
 */
const HOME_DAYS_CUE = new Keyword(
  /(?<=days?\b[^.!?\n]{0,30}\b(?:at|from)\s+)home\b|\bhome(?:[- ]?office|[- ]working|\s+(?:a\s+)?(?:few|couple|[1-4]|one|two)\b|[ \t]+(?:days?|flexibility|options?)\b)|\b(?:work)?athome\s/i,
  ['home', 'atho', 'work'],
);

// "ONSITE (WFH options)", "WFH days", "flexible WFH", "ONSITE but work from home friendly":
// working from home now and then, beside an office.
const WFH_OPTIONS_AFTER = /^[ \t-]*(?:options?|opportunit(?:y|ies)|days?|polic(?:y|ies)|when\s+(?:needed|necessary|appropriate|required|you\s+need\s+to)|as\s+needed|available|friendly)\b/i;

const HYBRID_WORD = new Keyword(/\bhybrid\b/gi, ['hybr']);
// "hybrid" as a work arrangement ends a field or goes on about work: "Hybrid (3 days)", "hybrid
// working", "NYC, hybrid"; "hybrid problems", "a hybrid entity (tech + law)" are something else.
const HYBRID_POLICY_AFTER =
  /^(?:[ \t]*(?:$|[-–—(/,|.;:!)\n+&])|[ \t]+(?:work|working|role|roles|position|positions|schedule|model|policy|setup|arrangement|office|remote|on-?site|in|with|from|at|or|and|environment|team|culture|flexib\w*|options?|opportunit\w*|available|possible|ok|preferred|required|only|[1-5]|one|two|three|four|mon|tue|tues|wed|thu|thur|thurs|fri|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)\b)/i;
const NOT_HYBRID_AFTER =
  /^[ \t-]*(?:(?:\/|and|&|or)\s*native|apps?|applications?|mobile|cloud|search|vehicles?|cars?|approach|architectures?|infrastructure|systems?|ml|quantum|integrated|engines?|models?\s+(?:of|for)|retrieval|rag|storage|deployments?|environments?|solutions?|frameworks?|classical|simulations?|algorithms?|methods?|workflows?\s+(?:for|of)|theory|bonds?)\b/i;
// "native or hybrid (apps)", "iOS/Android/hybrid", "cloud, bare-metal, and hybrid", "Developers
// (Python/JavaScript/Hybrid)", "AWS/Hybrid/Docker"; but "Onsite or Hybrid" is a policy.
const NOT_HYBRID_BEFORE =
  /(?:\b(?:managers?|engineers?|developers?|designers?|devs?|scientists?|analysts?)\s+$|\bangular(?:js)?\s+|\b(?:native|web|mobile|ios|android|cloud|metal|on-?prem\w*|premises?|public|private)\s*[/,]?\s*(?:(?:and|or|&)\s*)?|\b(?:javascript|js|typescript|html5?|aws|gcp|azure)\s*\/\s*|\b2d\/3d\s+or\s+|\bmulti-?cloud\s*(?:and|\/)\s*)$/i;

// "3 days in office", "2x/week onsite", "in office 3 days a week", "In-Office 3-4 days".
// Also "(2-3 days/week)" near an office or on-site word ("Onsite in SF (2-3 days/week)"; like every
// pattern here it is read only in the windows around those words, so "SF (2-3 days/week)" alone
// says nothing), "in our office at least 2 days a week" and "2 days a week in the downtown SF office".
const DAYS_IN_OFFICE =
  /\(\s*([1-4])\s*(?:-\s*[1-4]\s*)?days?\s*(?:\/|a|per)\s*week\s*\)|\boffice\b[^.!?\n]{0,30}?\bat\s+least\s+(one|two|three|four|[1-4]|a\s+few|a\s+couple(?:\s+of)?)\s+days?\b|\b([1-5]|one|two|three|four|five)[\s-]*(?:\+\s*)?(?:x|days?|d)\s*(?:(?:\/|a|per|each|every)\s*(?:week|wk|w)\b)?\s*(?:\/\s*week\s*)?(?:in|at|on|from)?[- ]?(?:the\s+|our\s+)?(?:office|site|onsite|on-site|person|in-person|hq)\b|\b(?:in[- ]office|onsite|on-site|in[- ]person|in\s+the\s+office|office)\s*[(:]?\s*([1-5]|one|two|three|four|five|(?:a\s+)?(?:few|couple(?:\s+of)?))(?:\s*[-–]\s*([1-5]))?\s*(?:x|days?)\b|\b([1-5]|one|two|three|four|five)[\s-]*days?\s*(?:a|per)\s*week\s+(?:in|at)\s+(?:the|our)\s+(?:[\w-]+\s+){1,3}office\b/gi;
const ONE_VISIT = /^[ \t]*(?:interviews?|visits?|where|to\s+meet|with\s+(?:the\s+)?team|trials?|work\s+trials?|paid|pairing|session)\b/i;
const VISIT_BEFORE = /\b(?:paid|final|interview|trial)\s+$/i;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

// "| Local - relo available", "| LOCAL |", "| Local (New York, NY)": a header field that opens with "Local";
// "(local/salaried)", "full time, local, relocation", "Full Time Local": one that is "local" alone;
// "located in our corporate office in Indianapolis", "based out of our San Francisco office".
// Tried only where a word of the window begins like one of its phrases (keywords.ts): case-blind,
// with lookbehinds, tried at every character of every window it cost 2.8 µs a posting.
const ONSITE_WORD = new Keyword(
  /\b(?:on-?site|on\s+site|in[- ]office|in[- ]person|office[- ]based|local\s+(?:candidates|applicants|workers|engineers|developers|talent|hires)\s+only|must\s+be\s+local|local[- ]only|(?<=\b(?:are|is)\s+(?:(?:full[- ]?time|fulltime)\s+and\s+)?|\(\s*)local\s+in\b|commute\s+to\s+(?:our|the)\s+office|must\s+be\s+in\s+the\s+office|(?<=[(,/|][ \t]*|[-–—][ \t]+|\b(?:full|part)[- ]?time[ \t]+)(?:in-house|co-?located|on\s+location)(?=[ \t]*(?:[/),|\]]|\.(?!\w)|\n|$|\(|position\b|role\b))|on\s+location\s+in\b|physically\s+(?:located|based|present)\s+in\b|relocation\s+(?:is\s+)?required|requires?\s+relocation|must\s+(?:be\s+(?:willing|able)\s+to\s+)?relocate|(?:relocating|relocation)\s+to\s+[\w ]{2,30}?\s+is\s+required|only\s+(?:be\s+)?considered\s+if\s+(?:they|you)\s+(?:can|are\s+willing\s+to)\s+relocate|(?<=\b(?:position|role|job)\s+is\s+)local\b|(?<=\(\s*)local\s+(?:position|role|job)s?\b|(?<=\bhired\s+)locally\b|(?<=\|[ \t]*)local(?![ \t]+preferred)|(?<=[(,/[][ \t]*|[-–—][ \t]+|\b(?:full|part)[- ]?time[ \t]+)local(?=[ \t]*(?:[/),|\]]|\.(?!\w)|\n|$|\([ \t]*(?:or\s+)?relocat))|(?:located|based)\s+(?:in|at|out\s+of)\s+our\s+(?:[\w-]+\s+){0,2}office|(?<=\b(?:need|needs|have|has|required|must)\s+to\s+)work\s+out\s+of(?!\s+(?:home|anywhere)\b))\b/i,
  ['on', 'in-', 'in ', 'offi', 'loca', 'must', 'comm', 'co-l', 'colo', 'phys', 'relo', 'requ', 'only', 'base', 'work'],
);
// On-site perks and interview steps are not a work arrangement, quoted or not ('"in-person" with our customers').
// Nor what a company provides or sells on site ("on-site clinics", "on-site XP teams", "on-site
// technical support", "the in-person shopper"), nor teams on and off site.
const NOT_ONSITE_AFTER =
  /^["”'’]?[ \t-]*(?:(?:[\w-]+[ \t]+){1,2}(?:interviews?|hackathons?)\b|clinics?|movies?|technical\s+support|xp\s+teams?|shoppers?|community\b(?![ \t]+(?:managers?|leads?|builders?|associates?|specialists?))|paperless|payments?|social\s+roi|and\s+off-?site|,\s*mobile|regularly|basketball|go-?karts?|therapy|sales\s+meetings?|interviews?|interviewing|visits?|experience|whiteboard\w*|classes|courses|sessions|workshops|learning|teaching|tutoring|kegerators?|beers?|cardio|happy\s+hours?|employees|with\s+(?:our\s+)?(?:clients?|customers?|patients?|users?)|gym|gyms|(?:rock\s+)?climbing|massages?|chefs?|meals?|lunch(?:es)?|dinners?|breakfast|cafeteria|caf[eé]s?|daycare|child\s*care|parking|fitness|amenities|kitchens?|barista|doctors?|clinic|laundry|events?|training|support|install\w*|deployments?|customers?|clients?|meetings?|meetups?|hackathons?|offsites?|retreats?|days?\b(?!\s*(?:a|per)\s+week)|team\s+(?:events?|days?|meetings?)|collaboration\s+days?|perks?|benefits?|snacks?|coffee|bike|showers?|health|medical|dental|wellness|yoga|games?|table\s+tennis|ping[- ]?pong|foosball|pool\s+tables?|storage|backups?|servers?|hardware|data\s*cent(?:er|re)s?)\b/i;
const NOT_ONSITE_BEFORE = /\b(?:installed|reused|hosted|train\s+you|compute)\s+$|\b(?:gyms?|cafeterias?|kitchens?|parking|daycare|child\s*care|caf[eé]s?|restaurants?|showers?)(?:[ \t]*[/,&][ \t]*[\w-]+)*[ \t]+$|\b(?:virtual|remote|final|free|monthly|weekly|daily|regular|occasional|quarterly|interview(?:s|ing)?|made|cooked|prepared|served|catered|chat|meet|talk|more|posted|listed|bars?|therapists?|masseuses?|chefs?|baristas?|doctors?|nurses?)\s+$|(?:>|→|->)\s*$|\b(?:screen(?:ing)?|calls?)\s*,\s*(?:and\s+)?(?:an?\s+)?$/i;

/** The built-in called directly (see html.ts). */
const charCodeAt = String.prototype.charCodeAt;

/**
 * Text of the same clause before `at`, at most `max` characters of it: what follows the last stop
 * mark there (. ! ? ; | or a line break, and with `comma` the last comma: "no visa sponsorship,
 * remote OK") and the white space after that mark. For negations a comma ends the clause too.
 * Read back from `at` by hand: the same cut as the end of the last match, in the window, of a
 * global search for a mark and the white space after it (test/classify/remote.test.ts compares
 * them), which built a new expression object and an array a mark for each of the two or three
 * windows of a remote word.
 */
export function clauseBefore(text: string, at: number, max: number, comma: boolean): string {
  const from = Math.max(0, at - max);
  let mark = at - 1;
  for (; mark >= from; mark--) {
    const c = charCodeAt.call(text, mark);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 124 || c === 10 || (comma && c === 44)) break;
  }
  if (mark < from) return text.slice(from, at);
  // A match ends after the white space that follows its mark (a line break among it included).
  let cut = mark + 1;
  while (cut < at && isJsSpace(charCodeAt.call(text, cut))) cut++;
  return text.slice(cut, at);
}
/** A mark that ends a sentence, a field or a line. */
const CLAUSE_MARK = /[.!?;|\n]/;

// The words any policy pattern needs; the patterns then run only where they can match (most
// postings never say "hybrid" or "remote").
const KEYWORDS = new Keyword(
  new RegExp(
    String.raw`\b(?:remote|tele-?comm?ut|tele-?work|wfh|from[\s-]+home|from[\s-]+anywhere|from[\s-]+wherever|${YOU_ANYWHERE}|distributed|anywhere\s+in|${ANYWHERE_OFFERED}|${ANYWHERE_FIELD}|independent|virtual|(hybrid)|(office|on-?site|on\s+site|in[- ]person|local|hq\b|work\s+out\s+of|in-house|co-?located|on\s+location|physically|relocat))`,
    'gi',
  ),
  ['remo', 'tele', 'wfh', 'from', 'dist', 'anyw', 'or a', 'inde', 'virt', 'hybr', 'offi', 'on', 'in-p', 'in p', 'in-h', 'co-l', 'colo', 'phys', 'relo', 'loca', 'hq', 'be a', 'live', 'work'],
);

function readSignals(text: string): Signal[] {
  const signals: Signal[] = [];
  let remoteWords = false;
  let hybridWords = false;
  const windows: [number, number][] = [];
  const sites = sitesOf(text);
  for (const m of sites.all(KEYWORDS)) {
    if (m[1]) hybridWords = true;
    else if (!m[2]) remoteWords = true;
    else {
      // On-site phrases and office days are read only around the words they need.
      const from = Math.max(0, m.index - 45);
      const to = Math.min(text.length, m.index + 35);
      const last = windows[windows.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else windows.push([from, to]);
    }
  }
  if (remoteWords) readRemoteWords(text, sites.all(REMOTE_WORD), signals);
  if (hybridWords) readHybridWords(text, sites.all(HYBRID_WORD), signals);
  // An exec loop rather than matchAll, which builds a new expression object for every call.
  if (sites.test(HOME) && sites.test(HOME_DAYS_CUE)) {
    HOME_DAYS.lastIndex = 0;
    for (let m = HOME_DAYS.exec(text); m !== null; m = HOME_DAYS.exec(text)) signals.push({ kind: 'hybrid', start: m.index, end: m.index + m[0].length });
  }
  for (const [from, to] of windows) readOnsiteWords(text, from, to, sites, signals);
  return signals;
}

function readRemoteWords(text: string, words: readonly RegExpExecArray[], signals: Signal[]) {
  for (const m of words) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 7 && m[0] !== 'VIRTUAL' && m[1] === undefined && /^virtual$/i.test(m[0])) continue;
    const after = text.slice(end, end + 60);
    const near = clauseBefore(text, start, 40, true);
    if (NOT_POLICY_AFTER.test(after) || NOT_POLICY_BEFORE.test(near) || SOME_OF_THE_TEAM_BEFORE.test(near) || (PRODUCT_BEFORE.test(near) && PRODUCT_AFTER.test(after))) continue;
    // "reporting to the remote CTO": where someone else works ("Remote CTO wanted" is the job).
    if (SOMEONE_AFTER.test(after) && SOMEONE_BEFORE.test(near)) continue;
    const sentence = `${clauseBefore(text, start, 120, false)} ${firstPiece(after, CLAUSE_MARK)}`;
    const atHome = AT_HOME.test(m[0]);
    // "flexible WFH", "We're flexible about work schedule and working from home"
    const wfhOptions = atHome && (WFH_OPTIONS_AFTER.test(after) || /\bflexible(?:[\s-]*|\s+(?:about|with|on)\b[^.!?\n]{0,40})$/i.test(near));
    // "Open to full and partial telecommute" offers the full one too.
    const partial = (PARTIAL_BEFORE.test(near) && !FULL_AND_PARTIAL.test(near)) || PARTIAL_AFTER.test(after) || (MOSTLY_REMOTE_BEFORE.test(near) && /^remote/i.test(m[0]));
    if (partial || wfhOptions) signals.push({ kind: 'hybrid', start, end });
    else if (NEGATION_BEFORE.test(near) || NEGATION_AFTER.test(after) || LIST_REFUSED_BEFORE.test(text.slice(Math.max(0, start - 80), start))) {
      // "No remote for the junior role" refuses it to some roles only.
      if (REFUSED_TO_SOME.test(after)) signals.push({ kind: 'onsite', start, end });
      else signals.push({ kind: 'onsite', start, end, refusal: true });
    }
    else if (!NOT_YET.test(sentence)) {
      // "Anywhere in the world" says where a product reaches as often as where the hire may live
      // ("Send verification messages anywhere in the world"): beside an on-site field, it is not
      // this job's policy, as a distributed company is not.
      if (DISTRIBUTED.test(m[0]) || ANYWHERE_IN_THE_WORLD.test(m[0])) signals.push({ kind: 'remote', start, end, company: true });
      else if (atHome) signals.push({ kind: 'remote', start, end, home: true });
      else signals.push({ kind: 'remote', start, end });
    }
  }
}

/** Whether the text right after a word starts with a place ("Denver, CO", "USA"), not a common word. */
function placeNext(next: string): boolean {
  if (!/^[ \t]+[A-Z]/.test(next)) return false;
  const f = findPlaces(next)[0];
  return f !== undefined && /^[ \t]*$/.test(next.slice(0, f.start)) && (!f.weak || f.qualified);
}

/** Whether offset `at` opens a field of a first line of "|"-separated header fields. */
function opensHeaderField(text: string, at: number): boolean {
  return at < firstLineEnd(text) && /\|[ \t]*$/.test(text.slice(Math.max(0, at - 4), at));
}

function readHybridWords(text: string, words: readonly RegExpExecArray[], signals: Signal[]) {
  for (const m of words) {
    const end = m.index + m[0].length;
    const next = text.slice(end, end + 30);
    if (NOT_HYBRID_AFTER.test(next) || NOT_HYBRID_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "Hybrid Denver, CO", "hybrid NYC": a place after it makes it the work arrangement too;
    // so does opening a header field, whatever follows ("| Hybrid Join us in pioneering...", a
    // header run into the text).
    if (!HYBRID_POLICY_AFTER.test(next) && !placeNext(next) && !opensHeaderField(text, m.index)) continue;
    signals.push({ kind: 'hybrid', start: m.index, end });
  }
}

// Not "ONSITE (with flexibility)" alone: labellers read it as on site as often as hybrid.
const FLEXIBLY_AFTER = /^[ \t]*with[ \t]+flexible[ \t]+(?:work[ \t]+)?(?:location|place)s?\b|^[ \t]*,?[ \t]*but[ \t]+not[ \t]+(?:all[ \t]+the[ \t]+time|full[- ]?time|every[ \t]*day|always)\b/i;

/** "an onsite", "a final onsite", "the half-day onsite": a visit, when nothing names a job after it. */
// "a 1/2 day onsite where we talk", "a few hours onsite": a visit too.
const A_VISIT_BEFORE = /\b(?:an|the|final|(?:half|full)[- ]day|[1-9]|day|hours)[ \t]+$/i;
const VISIT_ENDS = /^(?:[ \t]*(?:[.;:)>]|\n|$)|[ \t]*,(?![ \t]*(?:(?:full|part)[- ]?time|permanent|contract|position|role|job)\b)|[ \t]+(?:with|where|at|in\s+which|and\s+(?:an?|the)\b))/i;
/** A verb of talking earlier in the clause: "in person" is then how someone talks. */
const TALK_BEFORE = /\b(?:discuss|talk|chat|speak|meet|answer|explain|share|tell|hear)\w*\b/i;

/** "Mostly on-site", "primarily in the office", "partial onsite": on-site with some days elsewhere, i.e. hybrid. */
const MOSTLY_BEFORE = /\b(?:mostly|primarily|mainly|largely|predominantly|partial(?:ly)?|partly)\)?\s+(?:(?:based|working|work)\s+)?(?:in[- ](?:the\s+)?)?$/i;

/** Office days and on-site phrases in text[from, to). */
function readOnsiteWords(text: string, from: number, to: number, sites: KeywordSites, signals: Signal[]) {
  const part = text.slice(from, to);
  DAYS_IN_OFFICE.lastIndex = 0;
  for (let m = DAYS_IN_OFFICE.exec(part); m; m = DAYS_IN_OFFICE.exec(part)) {
    const start = from + m.index;
    const end = start + m[0].length;
    // "1 day onsite interview", "a 1/2 day onsite where we pair" are interview steps.
    // "paid 1 day onsite", "a final 1 day onsite": a paid or final visit too.
    if (ONE_VISIT.test(text.slice(end, end + 25)) || /[/\d]$/.test(text.slice(Math.max(0, start - 1), start)) || VISIT_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // A range counts by its top: "Onsite (4-5 days in-office)" is on-site, "In-Office 3-4 days" hybrid.
    const n = (m[5] ?? m[3] ?? m[4] ?? m[1] ?? m[2] ?? m[6] ?? '').toLowerCase();
    const days = NUMBER_WORDS[n] ?? Number(n);
    // Five days a week in the office is simply on-site.
    signals.push({ kind: days >= 5 ? 'onsite' : 'hybrid', start, end });
  }
  for (const m of sites.allIn(ONSITE_WORD, part, from)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (NOT_ONSITE_AFTER.test(text.slice(end, end + 30)) || NOT_ONSITE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    // "two phone screens and an onsite.", "a half-day onsite with the team": the interview visit.
    if (A_VISIT_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && VISIT_ENDS.test(text.slice(end, end + 12))) continue;
    // "discuss further in person", "talk over email or in person": a conversation, not the job.
    if (/^in person$/i.test(m[0]) && TALK_BEFORE.test(clauseBefore(text, start, 60, false))) continue;
    // "mostly on-site", and "ONSITE (mostly)"; "ONSITE with flexible work location": on site
    // with days elsewhere.
    const mostly = MOSTLY_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || /^[ \t]*\([ \t]*mostly[ \t]*\)/i.test(text.slice(end, end + 12)) || FLEXIBLY_AFTER.test(text.slice(end, end + 40));
    // "primarily based in our London office, but you will work with our teams around the world":
    // where the team sits, no arrangement of days.
    if (mostly && /^(?:located|based)/i.test(m[0])) continue;
    signals.push({ kind: mostly ? 'hybrid' : 'onsite', start, end });
  }
}

// Time zones: "UTC-5", "GMT+1", "UTC±3", "EST", "CET", "Pacific time".
const TIME_ZONE =
  /\b(?:UTC|GMT)\s?[+±−–-]\s?\d{1,2}(?::?\d\d)?|\b(?:E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|AEST|AEDT|CEST|CET|EEST|EET|WET|BST|IST|SGT|JST|KST|HKT|AWST|NZST|BRT)\b|\b(?:Eastern|Central|Mountain|Pacific|Atlantic|European|Central\s+European)\s+(?:time|timezone|time\s+zone)s?\b/g;
const ZONE_NAMES: Record<string, string> = { eastern: 'ET', central: 'CT', mountain: 'MT', pacific: 'PT', atlantic: 'AT', european: 'CET', 'central european': 'CET' };

function normaliseZone(z: string): string {
  const word = /^([A-Za-z ]+?)\s+(?:time|timezone|time\s+zone)s?$/i.exec(z);
  if (word) return ZONE_NAMES[word[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? z;
  return z.replace(/\s+/g, '').replace(/[−–]/g, '-');
}

const NEGATED_PLACE = /(?:\bnon|\boutside(?:\s+of)?|\bexcept(?:\s+for)?|\bexcluding|\bnot(?:\s+in)?|\bex)[\s-]*(?:the\s+)?$/i;

/** What follows (and closely precedes) each remote statement: "REMOTE (US/Canada, ET/CT)", "US-only remote". */
function scopeOf(text: string, signals: Signal[]): string[] {
  const scope = new Set<string>();
  for (const s of signals) {
    if (s.kind !== 'remote') continue;
    // "Our entire team is remote - primarily in US and Canada", "Our remote team is spread
    // throughout the US, Portugal…": where the team is, not where a hire may work from.
    if (TEAM_IS_BEFORE.test(text.slice(Math.max(0, s.start - 80), s.start)) || (OWNER_BEFORE.test(text.slice(Math.max(0, s.start - 6), s.start)) && TEAM_IS_AFTER.test(text.slice(s.end, s.end + 40)))) continue;
    addListedBefore(text, s.start, scope);
    const rest = text.slice(s.end, s.end + 100);
    // "Remote (EU) or Office (US)": the window ends where an office is offered instead.
    const stop = earliest(rest.search(WINDOW_END), rest.search(OFFICE_INSTEAD));
    const windowEnd = s.end + (stop >= 0 ? stop + 1 : rest.length);
    const before = text.slice(Math.max(0, s.start - 25), s.start);
    // "US-only remote", "Germany remote"; not "Berlin, Germany or remote", where the office is.
    const lead = OR_BEFORE.test(before) ? '' : before.slice(Math.max(before.lastIndexOf('|'), before.lastIndexOf('\n'), before.lastIndexOf('.'), before.lastIndexOf(',')) + 1);
    const windowText = text.slice(s.start - lead.length, windowEnd);
    for (const f of findPlaces(windowText)) {
      if (NEGATED_PLACE.test(windowText.slice(0, f.start))) continue;
      const p = f.place;
      if (p.kind === 'scope') scope.add(p.name);
      else if (p.country && (p.kind === 'country' || p.kind === 'region' || p.kind === 'area')) scope.add(p.country);
    }
    // Exec loops rather than matchAll, which builds a new expression object for every window.
    TIME_ZONE.lastIndex = 0;
    for (let z = TIME_ZONE.exec(windowText); z !== null; z = TIME_ZONE.exec(windowText)) {
      // "New Haven, CT or remote", "Bozeman, MT": a US state's code after its town, not a zone.
      const at = s.start - lead.length + z.index;
      if (STATE_CODE_ZONE.test(z[0]) && TOWN_BEFORE.test(text.slice(Math.max(0, at - 30), at))) continue;
      scope.add(normaliseZone(z[0]));
    }
    // "remote (us only, northeast preferred)": the country in lower case, where "us" can only be it.
    if (LOWER_US_ONLY.test(windowText)) scope.add('US');
    // "Remote (US East/Central)": the country's zones by their names.
    US_ZONE_NAMES.lastIndex = 0;
    for (let m = US_ZONE_NAMES.exec(windowText); m !== null; m = US_ZONE_NAMES.exec(windowText)) for (const name of m[0].slice(m[1]!.length).split(ZONE_LIST_JOIN)) scope.add(US_ZONE_OF[name.trim().toLowerCase().replace(/ern$/, '')]!);
    // "Chicago, IL (or anywhere)", "Remote Anywhere": anywhere at all, where the statement names
    // no place; not "anywhere in the US", "Anywhere US", "anywhere (as long as you can work in the US)".
    if (scope.size === 0 && ANYWHERE.test(windowText)) scope.add('Worldwide');
  }
  if (scope.size === 0) addScopeFields(text, scope);
  return [...scope];
}

const OR_BEFORE = /\bor[ \t]*\(?[ \t]*$/i;
/**
 * Where a remote statement's window ends: a sentence or field, a closed bracket before the next
 * field, "but" in lower case ("REMOTE, Anywhere BUT must have legal right to work in US" goes on
 * to the country labellers read as the scope).
 */
const WINDOW_END = /[.;|\n]|\)\s*[,|]|\bbut\b/;
/** An office offered instead of remote work: "Remote (EU) or Office (US)", "REMOTE or on-site in Germany". */
const OFFICE_INSTEAD = /\bor\s+(?:in\s+)?(?:the\s+|our\s+|an?\s+)?(?:office|on-?site|in[- ](?:office|person))\b/i;
/** The earlier of two search results, -1 for neither. */
const earliest = (a: number, b: number) => (a < 0 ? b : b < 0 ? a : Math.min(a, b));
/** "(us only", "(usa-only": the gazetteer reads "US" in capitals only, as "us" is mostly the pronoun. */
const LOWER_US_ONLY = /\([ \t]*(?:us|usa)[ \t-]+only\b/;

/** "Our team is", "the whole company is" before a remote word: how the team works. */
const TEAM_IS_BEFORE = /\b(?:our|the)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:team|teams|company|engineers|employees|staff|people|colleagues)[ \t]+(?:is|are)[ \t]+(?:(?:fully|100%|entirely|all|completely|mostly|already)[ \t]+)?$/i;
const OWNER_BEFORE = /\b(?:our|the)\s+$/i;
/** "remote team is spread throughout", "remote employees are based in": where they are. */
const TEAM_IS_AFTER = /^[ \t]+(?:team|teams|employees|engineers|staff|workers|colleagues)\s+(?:is|are)\s+(?:(?:currently|mostly|primarily|already)\s+)?(?:spread|based|located|distributed|scattered|in|across|all\s+over)\b/i;

/** "US East/Central", "US Eastern", "U.S. Pacific": zones named after the country (m[1] is the country). */
const US_ZONE_NAMES = /(\bU\.?S\.?A?\.?[ \t]+)(?:East(?:ern)?|Central|Mountain|Pacific)(?:[ \t]*(?:\/|,|&|or\b|and\b)[ \t]*(?:East(?:ern)?|Central|Mountain|Pacific))*\b/g;
const ZONE_LIST_JOIN = /[/,&]|\bor\b|\band\b/;
const US_ZONE_OF: Record<string, string> = { east: 'ET', central: 'CT', mountain: 'MT', pacific: 'PT' };

/**
 * Regions and countries listed right before the remote word in its own field, nothing else in
 * it: "| North America, South America, Europe REMOTE |" (the scope window's lead keeps only the
 * last). A city there is where the office is ("Berlin or remote"), so a field with one is left.
 */
function addListedBefore(text: string, at: number, scope: Set<string>): void {
  const before = text.slice(Math.max(0, at - 80), at);
  const field = before.slice(Math.max(before.lastIndexOf('|'), before.lastIndexOf('\n'), before.lastIndexOf('.'), before.lastIndexOf(':')) + 1);
  // A list, and a capitalised word right before the remote one: only then is the gazetteer asked.
  if ((!field.includes(',') && !field.includes('/')) || !/[A-Z][\w.'’-]*[ \t]*[,(–-]?[ \t]*$/.test(field)) return;
  const found = findPlaces(field);
  if (found.length < 2 || found.some((f) => f.place.kind !== 'scope' && f.place.kind !== 'country')) return;
  if (!/^(?:[\s,/&+]|\band\b)*$/i.test(withoutSpans(field, found.map(placeSpan), 0, field.length))) return;
  for (const f of found) scope.add(scopeValue(f.place));
}

/** The items that start in [from, to). */
function startingIn<T extends { start: number }>(xs: readonly T[], from: number, to: number): T[] {
  return xs.filter((x) => x.start >= from && x.start < to);
}

/** A time zone's match as a span. */
function zoneSpan(z: RegExpExecArray | RegExpMatchArray): { start: number; end: number; zone: string } {
  return { start: z.index!, end: z.index! + z[0].length, zone: z[0] };
}

/** A place found as a span, with its qualifier ("Austin, TX"). */
function placeSpan(f: Found): { start: number; end: number } {
  return { start: f.start, end: f.qualEnd };
}

/** text[from, to) without the spans (in order, inside it): what a field says besides its places or zones. */
function withoutSpans(text: string, spans: readonly { start: number; end: number }[], from: number, to: number): string {
  let rest = '';
  let at = from;
  for (const x of spans) {
    rest += text.slice(at, x.start);
    at = Math.max(at, x.end);
  }
  return rest + text.slice(at, to);
}

/** A region of several countries by its name, any other place by its country. */
function scopeValue(p: Place): string {
  return p.kind === 'scope' ? p.name : p.country;
}

/**
 * Header fields that are nothing but regions or time zones, beside the remote one: "HeadSpin |
 * Asia Pacific | REMOTE", "| REMOTE (all remote) | Hiring GMT-8 to GMT+2". Only when no remote
 * statement named a place: a region field is then where the remote work is.
 */
function addScopeFields(text: string, scope: Set<string>): void {
  const end = firstLineEnd(text);
  if (end > FIELD_LINE_MAX * 3) return;
  const line = text.slice(0, end);
  if (!line.includes('|')) return;
  // Most header lines name no region, no zone and no "anywhere": no scan for them. (search, not
  // test: TIME_ZONE is global, and test would move its lastIndex.)
  if (!SCOPE_NAME.test(line) && !SAID_OF_COUNTRY.test(line) && line.search(TIME_ZONE) < 0) return;
  // One scan of the line for places and one for zones, shared out to its fields by offset.
  const places = findPlaces(line);
  const zones = [...line.matchAll(TIME_ZONE)].map(zoneSpan);
  let from = 0;
  for (const field of line.split('|')) {
    const to = from + field.length;
    const fieldZones = startingIn(zones, from, to);
    const found = fieldZones.length > 0 ? [] : startingIn(places, from, to);
    const rest = withoutSpans(line, fieldZones.length > 0 ? fieldZones : found.map(placeSpan), from, to);
    from = to + 1;
    if (fieldZones.length > 0) {
      if (/^(?:[\s,/&()+–-]|\b(?:to|and|or|between|hiring|from|only|time\s*zones?)\b)*$/i.test(rest)) for (const z of fieldZones) scope.add(normaliseZone(z.zone));
      continue;
    }
    // "| Anywhere USA |", "| Netherlands only |": a country is the scope only said so; alone it
    // is where the company is.
    const said = SAID_OF_COUNTRY.test(field);
    if (found.length === 0 || found.some((f) => f.place.kind !== 'scope' && !(said && f.place.kind === 'country'))) continue;
    if (/^(?:[\s,/&+()]|\b(?:and|or|anywhere|in|only)\b)*$/i.test(rest)) for (const f of found) scope.add(scopeValue(f.place));
  }
}

/** What makes a header field's country the remote work's: "Anywhere USA", "Netherlands only". */
const SAID_OF_COUNTRY = /\b(?:anywhere|only)\b/i;

/** Zones written like a US state's code: CT (Connecticut), MT (Montana). */
const STATE_CODE_ZONE = /^(?:CT|MT)$/;
const TOWN_BEFORE = /[A-Z][a-z]+,[ \t]*$/;
/** "anywhere" not narrowed to a place after it. */
const ANYWHERE = /\banywhere\b(?![ \t]+(?:in|within|on|across|from|near|inside|that)\b|[ \t]+[A-Z]|[!.,]?[ \t]*\(?[ \t]*(?:but|as long as|provided|if|so long as)\b)/i;
