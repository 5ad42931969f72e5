import { isJsSpace } from './chars.ts';
import { isPlaceCode, isWeakName, lookupName, mayNamePlace } from './gazetteer.ts';
import { fieldKind, firstLineEnd, parseHeader } from './header.ts';
import { Keyword } from './keywords.ts';
import { extractLocations } from './locations.ts';
import { memo } from './memo.ts';
import { firstPiece } from './pieces.ts';
import { findSkills } from './skills.ts';
import { scanWords, sitesOfWords, tokenize, type Words } from './tokens.ts';
import type { HeaderField, ParsedPosting } from './types.ts';

const LEGAL =
  /[,\s]+(?:inc|llc|l\.l\.c|ltd|gmbh|corp|co|s\.a|sa|s\.a\.s|b\.v|bv|ab|oy|plc|limited|pty|ag|sas|srl|ug|aps|kk|sarl|pbc|lp|l\.p|llp|se)\b\.?(?:\s.*)?$/i;
/** Words before a name that are no part of it, even where an address spells them: "Join Handshake". */
const LABEL_FIRST = /^(?:join|jobs?|locations?|hiring|title|apply|email|use|come)\b/i;
/** First words that start a sentence or a field, never a company name; joined by "&" to another ("AT&T"), a name. */
const NOT_A_NAME =
  /^(?:hiring|remote|onsite|on-site|we|we're|we’re|our|us|there|this|that|it|its|job|jobs|full|part|senior|junior|who|where|location|locations|headquarters|title|type|employment type|website|description|summary|disclaimer|subject|tl;dr|postion|salary|interns?|contract|role|roles|two|three|several|multiple|many|various|positions?|telecommuting|interested|use|looking|about|apply|visa|equity|perks|benefits|requirements|responsibilities|what|why|how|compensation|backed|no|yes|hi|hello|hey|a|an|and|or|in|at|for|if|i|i'm|you|your|join|come|help|work|seeking|now|currently|usa|us-based|worldwide|anywhere|europe|north america|asia|emea|apac|latam|so|he|she|they|ft|pt|as|quite|according|apparently|basically|please|email|willing|relocate|relocation|citizenship|sponsorship|consulting|freelance|freelancer)\b(?!&\w)/i;
/**
 * "US" in capitals before a capitalised word that is no requirement opens a name as often as
 * "us" opens a sentence: "US Digital Service", "US Bank", "US CAISI"; not "US Citizens only",
 * "US Remote", "US Based".
 */
const US_NAME = /^US [A-Z](?!(?:itiz|ITIZ|andid|ANDID|esid|ESID|ased|ASED|emot|EMOT|ully|ULLY)|(?:nly|NLY|ersons?|ERSONS?|ime|IME|ours?|OURS?|ast|AST|est|EST|entral|ENTRAL|acific|ACIFIC|ountain|OUNTAIN|ork|ORK|ther|THER|nd|ND|r|R)\b|[a-z]*-)/;
/**
 * First words that start names as often as sentences: "The Trade Desk", "New Knowledge", "Stack
 * Exchange", "My Signal Well" are names, "The team", "New grads" and "Tech stack" are not. Such a word is a name's
 * only when the next word is capitalised too.
 */
const SOFT_START = /^(?:[Tt]he|[Nn]ew|[Mm]y|[Ss]tack|[Tt]ech|[Tt]eam|[Cc]ompany|[Ss]tartup|[Gg]lobal|THE|NEW|MY|STACK|TECH|TEAM|COMPANY|STARTUP|GLOBAL)\b(?!\s+[A-Z0-9])/;
/**
 * Whole names that are a department, a policy, a label, a sentence's first word or a language or
 * framework no company is named ("node.js - backend | Walmart Labs"; "Assembly", "SAS" and "Ada"
 * are companies' names as well as languages, and stay).
 */
// Neighbourhoods ("SoMA", "SoHo", "Financial District") and words that open a sentence
// ("Preferably", "Based", "Since 2009") are no names either.
const NOT_A_NAME_ALONE =
  /^(?:soma|soho|tribeca|flatiron|shoreditch|financial district|mission district|south park|downtown|midtown|preferably|based|all|small team|since \d{4}|prior to [\w ]+|local|locals only|local only|in[- ]office|in[- ]person|office|permanent|(?:100% )?telecommute|virtual office|visas|wanted|contact|below|when|focus|flexibility|competitive salary|interview process|keywords|jd|link|will relocate|competitive salary (?:&|and) benefits|salary (?:&|and) benefits|sales|marketing|sales (?:&|and) marketing|business operations|(?:cyber |systems )?security|automation|dev ?ops|cloud|engineers and more|angular(?:js)?|go|golang|javascript|node\.?js|perl|python|java|c\+\+|haskell|react(?:js)?|symfony|ruby on rails|objective-c|php|typescript|kotlin|scala|clojure|erlang)$/i;
/** An accelerator's batch after a name, without brackets: "9 Mothers YC P26", "MineralSoft YC W16". */
const YC_BATCH = /\s+YC[\s-]*[WSFXP]?(?:\d{2}|\d{4})$/;
/**
 * A field that ends like a job title: "Senior Backend Engineer", "Open roles", "Developer Wanted". A
 * whole word: "AeroLeads", "Plecto" and "TigerLead" are names.
 */
const TITLE_END =
  /\b(?:engineers?|developers?|designers?|scientists?|managers?|architects?|leads?|interns?|co-?founders?|cto|analysts?|researchers?|programmers?|hackers?|positions?|roles?|openings?|engineering|devops|sre|advocates?|evangelists?|admins?|sysadmins?|administrators?)(?:\s+wanted)?\s*$/i;
/** A field that opens like a job title: "Software (Python/Go)", "Product & Design". */
const TITLE_START =
  /^(?:senior|sr\.?|staff|principal|lead|head of|founding|sysadmins?|full[- ]?stack|front[- ]?end|back[- ]?end|web|software|data|technical|mobile|ios|android|devops|machine learning|ml|ai|ui|ux|platform|product|director|vp|chief)\b/i;
/**
 * A field that names an industry or a stage, not the company: "Support Engineer | Remote | FinTech
 * | Open Source | Startup", "Founding Engineer Wanted | Defense Startup | Munich".
 */
const INDUSTRY =
  /^(?:fintech|saas|open[- ]source|edtech|healthtech|insurtech|proptech|legaltech|regtech|martech|adtech|b2b|b2c|e-?commerce|healthcare|biotech|cleantech|climate[- ]?tech|deep[- ]?tech|(?:[\w-]+\s+)?start-?up|early[- ]stage|seed[- ]stage|series [a-e]|growth)$/i;
/** A job title and "at" or "@" before a name: "Senior Java Engineer at ", "Developer @ ". */
const TITLE_AT =
  /^[^@]*?\b(?:engineers?|developers?|designers?|scientists?|architects?|programmers?|hackers?|interns?|internships?|advocates?|evangelists?|devops|sre|qa|positions?|roles?|jobs?|opportunit(?:y|ies)|openings?|leads?|managers?|co-?founders?|cto)\s+(?:@|at)\s+(?=\S)/i;
/** Lower-case words a name may contain ("Bank of America", "Procter & Gamble", "Lab de Paris"). */
const NAME_GLUE = new Set(['of', 'and', 'the', 'for', 'de', 'la', 'le', 'du', 'des', 'von', 'van', 'der', 'y', 'e', 'on', 'in', 'at', 'by', 'to', 'a']);
/** How many words of a name are in lower case and no glue ("Bank of America" has none, "Life insurance" one). */
function lowerWordCount(name: string): number {
  return name.split(' ').filter((w) => LOWER_FIRST.test(w) && !NAME_GLUE.has(w)).length;
}
const LOWER_FIRST = /^[a-z]/;
/** The thread's own name, which some posters copy above their header: "Hacker News Who’s Hiring". */
const THREAD_NAME = /\bwho(?:['’]s|\s+is)\s+hiring\b|^(?:ask\s+)?(?:hacker\s+news|hn)\b/i;
/** Descriptions in place of a name: "Cybersecurity/AI seed startup", "a stealth company". */
const DESCRIPTION = /\b(?:startup|start-up|stealth|company|companies|firm|agency|client|clients|our|seed|series [a-e]|fintech|healthtech|edtech|saas|venture-backed)\b/i;

/*
 * Punctuation and decoration after a name: "Acme:", "Acme -", "EVERWISE *", "ZEFR <", "MATASANO
 * SECURITY =", "PLETHORA ______", "Boxfish \\o/", a closing quote. A mark of the name's own stays when no space
 * precedes it and it is not listed here ("tado°"). As an expression (TRAILING_MARKS until
 * 2.455.0, now read by withoutTrailingMarks):
 *   /(?:\s+[^\p{L}\p{N}\s]+|\s+\\[o0]\/|[,:;\-–—.!?*=_/\\<>“”"'`~|#\s])+$/u
 */
/** The expression's pieces, one character each: a letter or digit, a listed mark (white space: isJsSpace). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LISTED_MARK = /^[,:;\-–—.!?*=_/\\<>“”"'`~|#\s]$/u;

/**
 * `name` without its trailing marks (the expression above), found in one pass from the end. The expression
 * reads a run of spaces and marks many ways (a space and a mark are one piece of it or two), so
 * a name ending in " -/ -/ -/ ..." that then fails was tried 2^n ways: 24 pieces did not end.
 * Here each position is asked once whether the rest can be cut into the expression's pieces,
 * and the first position from which it can is where the marks begin, as the expression finds it.
 */
function withoutTrailingMarks(name: string): string {
  // A name that ends in a letter or a digit has no trailing marks: every piece of the expression
  // ends in a mark, a space or the "/" of "\o/". Most names end so, and are let through here
  // without a table of their characters (two expressions a character).
  const last = name.length > 0 ? name.charCodeAt(name.length - 1) : 0;
  if ((last >= 97 && last <= 122) || (last >= 65 && last <= 90) || (last >= 48 && last <= 57)) return name;
  const chars = Array.from(name);
  const n = chars.length;
  const space = chars.map((c) => isJsSpace(c.codePointAt(0)!));
  const mark = chars.map((c, i) => !space[i] && !LETTER_OR_DIGIT.test(c));
  // fits[p]: chars[p..] is a run of the expression's pieces (or empty, at the end);
  // marksThenFits[p]: chars[p] is a mark and some run of marks from p is followed by fits.
  const fits = new Array<boolean>(n + 1).fill(false);
  const marksThenFits = new Array<boolean>(n + 1).fill(false);
  fits[n] = true;
  let spacesEnd = n;
  let first = n;
  for (let p = n - 1; p >= 0; p--) {
    marksThenFits[p] = mark[p]! && (fits[p + 1]! || marksThenFits[p + 1]!);
    if (!space[p]) spacesEnd = p;
    const q = spacesEnd;
    const listed = LISTED_MARK.test(chars[p]!) && fits[p + 1]!;
    const spacesThenMarks = space[p]! && marksThenFits[q]!;
    const spacesThenCheer = space[p]! && chars[q] === '\\' && (chars[q + 1] === 'o' || chars[q + 1] === '0') && chars[q + 2] === '/' && fits[q + 3]!;
    fits[p] = listed || spacesThenMarks || spacesThenCheer;
    if (fits[p]) first = p;
  }
  return first === n ? name : chars.slice(0, first).join('');
}

const locateText = memo((text) =>
  extractLocations({ text, header: text, body: '', paragraphs: [text], headerFields: [{ raw: text, kind: 'location' }], links: [], emails: [] }),
);
/** What extractLocations gives a text in which the gazetteer finds nothing. */
const NOWHERE: { readonly countries: string[]; readonly cities: string[] } = Object.freeze({ countries: [], cities: [] });
/**
 * extractLocations of a short text, remembered. Most texts asked about (names, titles) have no
 * word the gazetteer could start a place at: they are answered by its quick test, without a
 * look-up in the memo (a random read of a large table, as dear as the test) or a miss's work.
 */
const locate = (text: string) => (mayNamePlace(text) ? locateText(text) : NOWHERE);
const isSomewhere = (text: string) => {
  const l = locate(text);
  return l.countries.length > 0 || l.cities.length > 0;
};

/**
 * Whether a run of words names one place: a name the gazetteer lists ("Las Vegas", even though
 * "Vegas" alone is the same city), or words that locate differently from their first word alone
 * and from the rest alone ("Mexico City"; not "Nova Credit", which is only "Nova").
 */
function isRunPlace(run: string, first: string, rest: string): boolean {
  if (lookupName(run).length > 0) return true;
  if (!isSomewhere(run)) return false;
  const here = locate(run);
  return !sameLocation(here, locate(rest)) && !sameLocation(here, locate(first));
}

/** Whether two answers of `locate` are the same, as their JSON would be: the same countries and cities in the same order. */
function sameLocation(a: { countries: string[]; cities: string[] }, b: { countries: string[]; cities: string[] }): boolean {
  return sameStrings(a.countries, b.countries) && sameStrings(a.cities, b.cities);
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Words that may sit between place names: "Berlin or remote", "SF bay area". */
const PLACE_GLUE = /^(?:remote|onsite|on-site|hybrid|or|and|area|metro|greater|the|in|only|preferred|based|bay|city|downtown|office|hq|[A-Z]{1,3}\.?)$/;
/**
 * Glue words as a header capitalises them: "San Francisco Bay Area", "Philadelphia Suburbs", "Greater NYC Area",
 * "Culver City", "Sydney City", "West London". They count only beside a place the gazetteer knows.
 */
const CAPITALISED_GLUE = /^(?:Area|AREA|Metro|METRO|Greater|GREATER|Downtown|DOWNTOWN|Bay|BAY|City|CITY|Suburbs|SUBURBS|Outskirts|Region|North|NORTH|South|SOUTH|East|EAST|West|WEST|Central|CENTRAL)$/;

/**
 * Whether a short text is only place names ("San Francisco, CA", "Stockholm, Sweden", "NYC or
 * SF"): every word is a place by itself or with its neighbours ("New Zealand"), or glue. It asks
 * the location extractor, so the gazetteer stays the one list of places.
 */
const isPlaceText = memo((text) => placeCoverage(text, true) === 1);
/** A text in which the gazetteer finds nothing is somewhere nowhere (placeCoverage), and no place: asked without the memo. */
const isPlace = (text: string) => mayNamePlace(text) && isPlaceText(text);

/**
 * Share of a short text's words that are place names or glue ("London or Catnerbury, UK": 3 of 4).
 * With `whole`, only whether it is 1 is asked: the count stops at the first word no place covers
 * (a word left uncovered stays so), and the share is then 0.
 */
function placeCoverage(text: string, whole = false): number {
  const words = tokenize(text);
  if (words.length === 0 || words.length > 8 || !isSomewhere(text)) return 0;
  const covered = words.map(() => false);
  for (let i = 0; i < words.length; ) {
    // The longest run of up to three words that names a place comes first: "Mexico City",
    // "Golden Valley", "SAN FRANCISCO" are one place even though "Mexico", "Golden" and "SAN"
    // are a place or glue on their own. "Comware Australia" is a name and a place: the run
    // finds nothing "Australia" alone does not.
    let n = Math.min(3, words.length - i);
    for (; n >= 2; n--) {
      const run = words.slice(i, i + n).map((w) => w.text);
      if (isRunPlace(run.join(' '), run[0]!, run.slice(1).join(' '))) break;
    }
    if (n >= 2) {
      for (let k = i; k < i + n; k++) covered[k] = true;
      i += n;
      continue;
    }
    const w = words[i]!.text;
    // "Beacon AI", "Phoenix AI": the companies' "AI", not Anguilla's code.
    covered[i] = w !== 'AI' && (PLACE_GLUE.test(w) || CAPITALISED_GLUE.test(w) || isSomewhere(w));
    if (whole && !covered[i]) return 0;
    i++;
  }
  return covered.filter(Boolean).length / words.length;
}

/** "Auth0 Bellevue": a city after a one-word name is where the job is ("Boston Globe Media" stays). */
function dropTrailingCity(name: string): string {
  const words = name.split(' ');
  // Only a city that is no common word: "Say Media" keeps Media (also a town in Pennsylvania).
  return words.length === 2 && /^[A-Z]/.test(words[1]!) && locate(words[1]!).cities.length > 0 && !isWeakName(words[1]!) && !lookupName(name).length ? words[0]! : name;
}

/** A name and its place joined without the spaces of a field separator (cleanName). */
const GLUED_PLACE = /^(.{2,}?)\s*(?:\/\/?|-{2,}|[–—]+|(?<=[a-z0-9])-(?=[A-Z])|\.{2,}|☆|!|\s+in\s+(?:downtown|amazing|beautiful|sunny|central))\s*(\S.*)$/;

/** A department or team of a company, not a company: "Engineering + Product", "Cryptography Services". */
const DEPARTMENT = /\b(?:engineering|product|platform|services|team|infrastructure|research|design|data|security|cloud|operations)$|^(?:engineering|product)\b/i;

/**
 * The name in a candidate field, or null when it is not a name. `mayBePlace`: false when the
 * header already names its place elsewhere, so "Flint Mobile" is a company, not two cities.
 * `spelledByAddress`: the words spell a name the posting's addresses use.
 */
function clean(raw: string, mayBePlace = true, spelledByAddress = false): string | null {
  return raw.length <= CLEANED_MAX ? CLEANED[(mayBePlace ? 2 : 0) + (spelledByAddress ? 1 : 0)]!(raw) : cleanName(raw, mayBePlace, spelledByAddress);
}

/**
 * cleanName remembered, one memo for each setting of its flags: a company's fields come back
 * with its postings month after month (over the recorded postings about half of the calls
 * repeat an earlier one), and each call runs some thirty expressions.
 */
const CLEANED = [
  memo((raw) => cleanName(raw, false, false)),
  memo((raw) => cleanName(raw, false, true)),
  memo((raw) => cleanName(raw, true, false)),
  memo((raw) => cleanName(raw, true, true)),
];
/** Longer candidates (prose run into a field) are cleaned without the memo: memo() is for short texts. */
const CLEANED_MAX = 200;

/** Words that end in a full stop inside a name: "Univ. Nebraska", "Intl. Partners". */
const NAME_ABBREVIATIONS = new Set(['univ', 'intl', 'natl', 'assn', 'dept', 'bros', 'corp']);

/**
 * A name up to the full stop that ends its sentence: one after a word of three letters or more
 * that is no abbreviation. Initials and short abbreviations go on ("D. E. Shaw", "U.S. Chamber of
 * Commerce", "St. Jude", "Mr. Cooper").
 */
function beforeFullStop(n: string): string {
  for (let at = n.indexOf('. '); at > 0; at = n.indexOf('. ', at + 1)) {
    const word = n.slice(n.lastIndexOf(' ', at - 1) + 1, at);
    if (word.replace(/[^\p{L}\p{N}]/gu, '').length >= 3 && !NAME_ABBREVIATIONS.has(word.toLowerCase())) return n.slice(0, at);
  }
  return n;
}

/*
 * cleanName's expressions, made once: a literal in a function's body is a new RegExp object every
 * time the line runs, and cleanName runs on every candidate field its memo has not seen.
 */
const SALARY_FIELD = /^\s*[$€£¥₹]\s?\d/;
const IS_HIRING_TAIL = /\s+(?:is|are)\s+(?:hiring|looking|seeking|growing|building)\b.*$/i;
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;
const SPACE_RUNS = /\s+/g;
const LEADING_LABEL = /^(?:(?:who(?:'s| is) )?hiring\s*:|at\s|@|company\s*:|employer\s*:)\s*/i;
const SPACED_AT = / at /i;
const TEAM_LAST = /\s(?:team|Team|TEAM)$/;
const IS_TAIL = /\s+(?:is|are)\b.*$/;
const INCLUDING_LAST = /\sincluding$/;
const SENTENCE_WORD_LAST = /\s+(?:we|here|located|based|and|or|Location|LOCATION)$/;
const NEGATED_VERB = /\wn['’]t\b/i;
const POLICY_WORD = /\b(?:remote|onsite|on-site|visa|full[- ]?time|part[- ]?time|hybrid)\b/i;
const CAPITAL_FIRST = /^\p{Lu}/u;
const DIGIT_FIRST = /^\d/;
const LOWER_WORDS_FIRST = /^[a-z]+ [a-z]+ /;
const WE_SENTENCE_TAIL = /\.\s+We\b.*$/;
const TRAILING_PUNCTUATION = /[,:;.!?\s\-–—]+$/;

/** clean, worked out. */
function cleanName(raw: string, mayBePlace: boolean, spelledByAddress: boolean): string | null {
  // Each replacement runs only when the character it needs is there: this runs for every
  // candidate field of every posting.
  // "£27,854 - £36,298 pa": a salary field, however its figures read.
  if (SALARY_FIELD.test(raw)) return null;
  let n = raw;
  // "RELOCATE OK]", "LOCAL ONLY)": the end of a bracket that a header's "|" or "-" split
  // ("[LOCAL | RELOCATE OK]"), or a list number ("1) Microsoft"); not a smiley ("Acme :)").
  if (n.includes(')') || n.includes(']')) n = n.replace(/^[^([]*[^([:;\s-][)\]](?=\s|$)/, ' ');
  // "(YC W20)", "(acme.io)", "RideCell(YC W12)", an unclosed "("; not a short bracket inside a
  // word: "O(1) Labs", "Propel(x)".
  if (n.includes('(')) n = n.replace(/(?<![\p{L}\p{N}])\([^)]*\)?|\([^)]{3,}\)?|\([^\p{L}\p{N})]*\)|\([^)]*$/gu, ' ');
  // "[PALTOWN Development Foundation] | ...": a name in brackets of its own is the whole field.
  // A description in brackets ("[Stealth Start-up Company]") is no name.
  if (n.includes('[')) n = /^\s*\[[^\]|]+\]\s*$/.test(n) && !DESCRIPTION.test(n) ? n.replace(/[[\]]/g, ' ') : n.replace(/\[[^\]]*\]?/g, ' ');
  if (n.includes('<')) n = n.replace(/<[^>]*>?/g, ' '); // "eShares <esharesinc.com>", "Olark < >": an address's brackets
  if (n.includes(',')) n = n.replace(/,\s*(?:a|an|the)\s.*$/i, ''); // "Primity Bio, a Caprion Company"
  n = n
    .replace(IS_HIRING_TAIL, '')
    .replace(LEADING_MARKS, '') // "◎ Localize", "* Acme"
    .replace(SPACE_RUNS, ' ')
    .trim()
    .replace(LEADING_LABEL, '');
  // "Java Engineer at Help Scout", "Node.js Developers @ Car Throttle": a title, then the name,
  // and maybe its street address ("Full Stack Developer @ J.Crew 770 Broadway New York").
  if (n.includes('@') || SPACED_AT.test(n)) {
    const name = n.replace(TITLE_AT, '');
    if (name !== n) n = name.replace(/\s+\d{1,5}\s+\S.*$/, '');
    // "Beekeeper @ Zurich": the name, then where it is.
    const at = n.indexOf(' @ ');
    if (at > 0 && isPlace(n.slice(at + 3))) n = n.slice(0, at);
    // "Cryptography Services @ NCC Group", "Cloud Platform @ Twitter": a department, then the
    // company it is part of. ("Blue Ridge Labs @ Robin Hood", "Ksplice @ Oracle" name their own.)
    else if (at > 0 && DEPARTMENT.test(n.slice(0, at))) n = n.slice(at + 3);
  }
  // "products at KIWI.KI. Specifically, ...", "The FBI. Recent grads": the sentence ended.
  if (n.includes('. ')) n = beforeFullStop(n);
  n = withoutTrailingMarks(n.replace(LEGAL, '').replace(YC_BATCH, '')).trim();
  // "Pachyderm's first hire", "Flexport's mission": the owner is the name ("World's largest"
  // and "Somebody's doing" have no owner).
  // A name that ends in "s" takes the apostrophe alone: "Disqus' mission".
  if (n.includes("'") || n.includes('’')) n = n.replace(/^(?!(?:World|Somebody|Someone|Everyone|Everybody|Nobody|Today|Tomorrow|Company|Team|Country|Nation|City|America|Earth)['’])([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)(?:['’]s|(?<=s)['’])\s+[a-z].*$/, '$1');
  // "Amazon Alexa Smart Home team", "Crowdstrike UI Team", "LinkedIn's Data Team": a team of the
  // company its first word names. ("Fu Team" and "Inovia Team" are names of their own.)
  if (TEAM_LAST.test(n)) n = n.replace(/^(?!(?:The|THE)\s)([\p{L}\p{N}][\w.&-]*?)(?:['’]s)?(?:\s+[^\s]+){2,}$/u, '$1');
  // "acme.com": the name without the generic domain; stylised names keep theirs ("Visual.ly").
  // "careers.telli.com": nor the jobs page's host.
  if (n.includes('.') && /^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk)$/i.test(n)) n = n.replace(/^(?:www|careers|jobs|apply)\./i, '').replace(/\.(?:com|net|org|co\.uk)$/i, '');
  if (n.length < 2 || n.length > 50 || n.split(' ').length > 6) return null;
  // "Disqus is", "Keybase is! NYC": the sentence went on after the name.
  n = n.replace(IS_TAIL, '');
  // "Tempo Automation we", "WiserTogether here", "Memebox located", "Wingify and": the sentence
  // went on after the name. "Southeast USA including": a list begins, no name.
  if (INCLUDING_LAST.test(n)) return null;
  // "Company: Enlitic Location: San Francisco": the next field's label.
  n = n.replace(SENTENCE_WORD_LAST, '');
  // "Doesn’t matter": a name has no verb in it.
  if (NEGATED_VERB.test(n)) return null;
  // "Scottsdale ~ AZ ~ mobile", "Paris - FR": a state or country code alone is a place.
  if (n.length === 2 && isPlaceCode(n)) return null;
  // A field or a line that is only a remote-policy word ("London, England - Full Time - Local";
  // "Local Measure" and "Localytics" are names), a department, a label or a word that opens a
  // sentence: "Vertical Sysadmin | Sales | Los Angeles", "Below is a listing of our openings".
  // ("HERE" and "Visa" are companies; "Here" and "visa" are not.)
  if (NOT_A_NAME_ALONE.test(n) || n === 'Here' || n === 'here' || n === 'visa') return null;
  // Words that spell the posting's own address ("Product Hunt", jobs@producthunt.com) may open
  // like a title: only a title's end turns them away.
  // A name of several words that the posting's address spells may open with a word that
  // usually opens a sentence ("Two Sigma", twosigma.com; "Help Scout", "A Thinking Ape"); not
  // with a label or an invitation ("Join Handshake" is Handshake's).
  const spelledName = spelledByAddress && n.includes(' ') && !LABEL_FIRST.test(n);
  if (INDUSTRY.test(n) || (!spelledName && NOT_A_NAME.test(n) && !US_NAME.test(n)) || (!spelledByAddress && TITLE_START.test(n)) || SOFT_START.test(n) || TITLE_END.test(n) || THREAD_NAME.test(n) || POLICY_WORD.test(n)) return null;
  const lowerWords = lowerWordCount(n);
  if (lowerWords > 0 && DESCRIPTION.test(n)) return null;
  // "Ruby/Rails": a stack, not a name.
  if (n.includes('/') && n.split('/').every((part) => findSkills(part).size > 0)) return null;
  // "One block from Berkeley BART": a capitalised phrase with lower-case words in it is prose.
  if (lowerWords >= 2 && CAPITAL_FIRST.test(n)) return null;
  // "20-40h per week", "3 days a week": figures and lower-case words are no name ("37signals", "500 Startups" are).
  if (lowerWords >= 2 && DIGIT_FIRST.test(n)) return null;
  // "feel free to email Andrew at": lower-case words from the start are a sentence.
  if (LOWER_WORDS_FIRST.test(n)) return null;
  if (mayBePlace && isPlace(n)) return null;
  // "Playsaurus. We": the sentence went on after the name.
  n = n.replace(WE_SENTENCE_TAIL, '');
  // "ZeroCater//San Francisco", "Pachyderm --San Francisco", "underdog.io ——— Soho", "Urban
  // Airship! SF & Portland", "Cloudability in downtown Portland": the name, then where it is.
  const glued = GLUED_PLACE.exec(n);
  if (glued && isPlace(glued[2]!)) {
    // "Palo Alto/Menlo Park": two places, no name.
    if (mayBePlace && isPlace(glued[1]!)) return null;
    n = glued[1]!;
  }
  n = dropTrailingCity(n).replace(TRAILING_PUNCTUATION, '');
  return n.length >= 2 ? n : null;
}

const IGNORED_HOSTS =
  /(?:^|\.)(?:ycombinator\.com|github\.com|gitlab\.com|linkedin\.com|twitter\.com|x\.com|facebook\.com|google\.com|goo\.gl|forms\.gle|bit\.ly|medium\.com|youtube\.com|youtu\.be|notion\.so|notion\.site|typeform\.com|tally\.so|airtable\.com|angel\.co|wellfound\.com|workatastartup\.com|stackoverflow\.com|glassdoor\.com|indeed\.com|crunchbase\.com|techcrunch\.com|wikipedia\.org|dropbox\.com|calendly\.com|tinyurl\.com|t\.co|loom\.com|substack\.com|apple\.com|amazon\.com|gmail\.com|hotmail\.com|yahoo\.com|outlook\.com|protonmail\.com|proton\.me|icloud\.com|fastmail\.com|hey\.com|grnh\.se|jobscore\.com|monster\.com|dice\.com|hired\.com|triplebyte\.com|craigslist\.(?:org|ca|com|co\.uk)|lnkd\.in|buff\.ly|smrtr\.io|ow\.ly|rebrand\.ly|python\.org|ruby-lang\.org|golang\.org|go\.dev|rust-lang\.org|nodejs\.org|php\.net|haskell\.org|erlang\.org|elixir-lang\.org|clojure\.org|scala-lang\.org|djangoproject\.com|rubyonrails\.org|pypi\.org)$/i;
/** Job boards whose first path segment (or subdomain) is the employer: jobs.lever.co/acme. */
const BOARD_PATH =
  /(?:^|\.)(?:lever\.co|greenhouse\.io|theresumator\.com|hodesiq\.com|taleo\.net|myworkdayjobs\.com|icims\.com|applytojob\.com|ashbyhq\.com|workable\.com|smartrecruiters\.com|jobvite\.com|recruitee\.com|personio\.de|personio\.com|join\.com|bamboohr\.com|breezy\.hr|teamtailor\.com|rippling\.com|jazzhr\.com|homerun\.co|wellfound\.com|angel\.co|ycombinator\.com|workatastartup\.com)$/i;

const GENERIC_ADDRESS = /^(?:jobs?|jobsco|careers?|apply|hire|hiring|work|team|www|mail|email|info|blog|docs|app|apps)$/;
/** What an address name keeps of a text: its lower-case letters and digits. Made once: a literal is a new object at every call. */
const NOT_ALNUM = /[^a-z0-9]/g;

/** Adds the name an address part spells ("careers-irobot.icims.com" is iRobot's; "jobs.co", "hire.io" name nobody). */
function addName(names: Set<string>, s: string | undefined): void {
  const n = (s ?? '').toLowerCase().replace(/^(?:careers|jobs|apply)[-.]/, '').replace(NOT_ALNUM, '');
  if (n.length >= 3 && !GENERIC_ADDRESS.test(n)) names.add(n);
}

/** Names the posting's links (and e-mail addresses, unless told not to) point at: "acme" for jobs@acme.io. */
function addressNames(parsed: ParsedPosting, withEmails = true): Set<string> {
  const names = new Set<string>();
  for (const raw of [...parsed.links, ...(withEmails ? parsed.emails.map((e) => `mailto:${e.split('@')[1]}`) : [])]) {
    const m = /^(?:[a-z]+:\/*)?([^/?#:]+)(?::\d+)?(\/[^?#]*)?/i.exec(raw.trim());
    if (!m) continue;
    const host = m[1]!.toLowerCase().replace(/^www\./, '');
    const path = (m[2] ?? '').split('/').filter(Boolean);
    if (BOARD_PATH.test(host)) {
      addName(names, path[0] === 'companies' || path[0] === 'company' || path[0] === 'j' ? path[1] : path[0]);
      const sub = host.split('.');
      if (sub.length > 2 && !/^(?:jobs|boards|apply|careers|www|job-boards)$/.test(sub[0]!)) addName(names, sub[0]);
      continue;
    }
    if (IGNORED_HOSTS.test(host)) continue;
    const labels = host.split('.');
    // acme.co.uk, acme.com.au: the label before a two-part public suffix.
    const second = labels.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(labels.at(-2)!) ? labels.at(-3) : labels.at(-2);
    addName(names, second);
    // getacme.com, acmehq.com: the name inside.
    const bare = (second ?? '').replace(/^(?:get|try|join|use|go|hello|meet|with)(?=.{3})/, '').replace(/(?:hq|app|inc|labs|jobs|careers|team)$/, '');
    if (bare !== second) addName(names, bare);
  }
  return names;
}

/** The address name that the posting's links and e-mails use most, if one leads. */
function mostNamed(parsed: ParsedPosting, names: Set<string>): string | null {
  if (names.size <= 1) return names.values().next().value ?? null;
  const addresses = [...parsed.links, ...parsed.emails].map((a) => a.toLowerCase().replace(NOT_ALNUM, ''));
  const counts = [...names].map((n) => [n, addresses.filter((a) => a.includes(n)).length] as const).sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > counts[1]![1] ? counts[0]![0] : null;
}

/** A generic domain ending, which clean() drops from a name ("acme.com" is Acme). */
const GENERIC_DOMAIN_END = /\.(?:com|net|org)$/;

/** The length of the first `n` paragraphs joined by blank lines, as the text holds them. */
function prefixLength(paragraphs: readonly string[], n: number): number {
  let length = 0;
  for (let k = 0; k < n && k < paragraphs.length; k++) length += (k > 0 ? 2 : 0) + paragraphs[k]!.length;
  return length;
}

/** Words that say what kind of company a name is, written as part of it: "Uken Games", "Suade Labs". */
const KIND_OF_COMPANY = new Set(['Labs', 'Lab', 'Games', 'Entertainment', 'Interactive', 'Technologies', 'Technology', 'Software', 'Systems', 'Studios', 'Studio', 'Robotics', 'Foundation', 'Institute', 'Analytics', 'Networks', 'Solutions', 'Therapeutics', 'Media', 'HQ']);

/**
 * The last word of an address's name as the text writes it, with the words after it that say
 * what kind of company it is: "Suade Labs is looking" for suade.org, "Blizzard Entertainment is
 * seeking" for blizzard.com. The labels write the name as the posting does.
 */
function withKindOfCompany(scope: string, words: Words, w: number, count: number): number {
  let last = w;
  while (last + 1 < count && last - w < 2 && scope.slice(words.end[last]!, words.start[last + 1]!) === ' ' && KIND_OF_COMPANY.has(scope.slice(words.start[last + 1]!, words.end[last + 1]!))) last++;
  return last;
}

/** The built-in called directly (see html.ts): the texts are strings of many internal kinds. */
const charCodeAt = String.prototype.charCodeAt;

/** Whether text[from, to) is only spaces, "&" and "-" (as /^[ &-]*$/ tests the slice), without the slice. */
function onlySpacesAmpersandsDashes(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = charCodeAt.call(text, i);
    if (c !== 32 && c !== 38 && c !== 45) return false;
  }
  return true;
}

/** The words of the text (as written) whose letters spell one of the address names. */
function nameFromAddresses(parsed: ParsedPosting, names: Set<string>, textWords: Words): string | null {
  if (names.size === 0) return null;
  // The first six paragraphs: a prefix of the text (its paragraphs joined by blank lines), so
  // its words are the text's first words. Read in the text, not joined again.
  const scope = parsed.text;
  const scopeEnd = prefixLength(parsed.paragraphs, 6);
  const { start, end, lower } = textWords;
  let count = 0;
  while (count < textWords.count && end[count]! <= scopeEnd) count++;
  const listed = [...names];
  for (let i = 0; i < count; i++) {
    // A word that opens with a capital or a digit, read as a character code: this asks about
    // every word of the first paragraphs.
    const c = charCodeAt.call(scope, start[i]!);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) continue;
    let joined = '';
    for (let n = 1; n <= 3 && i + n <= count; n++) {
      const w = i + n - 1;
      // A name is one run of words: a line break or punctuation between two words ends it.
      if (n > 1 && !onlySpacesAmpersandsDashes(scope, end[w - 1]!, start[w]!)) break;
      const word = lower.slice(start[w]!, end[w]!);
      joined += word.replace(NOT_ALNUM, '');
      // "We are SumOfUs.org" spells sumofus.org's name with its own capitals.
      const spelled = joined.length >= 3 && (names.has(joined) || (n === 1 && word.includes('.') && names.has(word.replace(GENERIC_DOMAIN_END, '').replace(NOT_ALNUM, ''))));
      if (spelled) {
        const name = clean(scope.slice(start[i]!, end[withKindOfCompany(scope, textWords, w, count)]!), true, true);
        if (name) return name;
      }
      // The words after only lengthen `joined`: they can spell a name only if it begins so.
      if (!beginsSome(listed, joined)) break;
    }
  }
  return null;
}

/** Whether some of `names` begins with `prefix`. */
function beginsSome(names: readonly string[], prefix: string): boolean {
  for (const n of names) if (n.startsWith(prefix)) return true;
  return false;
}

// "Acme is hiring", "SAP helps companies", "At Acme, we", "Join Acme", "Company: Acme".
// At least one space before the verb: "This is" must not read as "Th" + "is".
// "Social Print Studio seeks full time web engineers", "WANdisco was founded in 2005".
// A bracket after the name ("Acme (YC W16) is hiring") is read up to 200 characters: one never
// closed had every capitalised word read the rest of the text (200 KB took 1.1 s).
const IS_HIRING = String.raw`(?:\s*\([^)]{0,200}\))?\s+(?:(?:is|are|helps|builds|makes|provides|develops|creates|enables|powers|offers|uses|lets|was|has)\s+(?:and\s+[a-z]+s\s+)?(?:hiring|looking|seeking|growing|a|an|the|building|on|\w+ing|\w+s)|seeks|was\s+founded)\b`;
// The words of a name are on one line: "Boston\n\nAgile Software builds" names Agile Software.
const NAME = String.raw`([A-Z0-9][\w.&'’+-]*(?:[ \t]+(?:[A-Z0-9][\w.&'’+-]*|of|and|&|de|the|for)){0,4}?)`;
/** Up to four capitalised words, captured: the name after "At", "co-founder at", "roles at". */
const CAPITALISED_NAME = String.raw`([A-Z][\w.&'’+-]*(?:[ \t]+[A-Z][\w.&'’+-]*){0,3})`;
const PROSE_PATTERNS = [
  new RegExp(String.raw`(?:^|[.!?]\s+|\n)(?:[Hh]ey [Hh][Nn][!,.]?\s*)?${NAME}${IS_HIRING}`),
  // "At Square (squareup.com) we're looking": the address in brackets after the name.
  new RegExp(String.raw`\b(?:[Aa]t|[Jj]oin)\s+${CAPITALISED_NAME}(?:\s*\([^)\n]{1,40}\))?,?\s+(?:we|we're|we’re|our|you)\b`),
  // "We're Topaz Labs, a bootstrapped ... company", "We are Plexus Entertainment, developers of".
  new RegExp(String.raw`\b[Ww]e(?:['’]re|\s+are)\s+${CAPITALISED_NAME},\s+(?:an?|the|one|leading|developers|makers|creators|builders)\b`),
  // "GiftcardZen.com - we buy and sell", a paragraph that opens with the name, a dash and "we".
  new RegExp(String.raw`(?:^|\n)${NAME}\s+[-–—]\s+(?:we|we're|we’re|our)\b`),
  // "co-founder at SightlineOS", "a Founding GTM Lead at Skyfall AI".
  new RegExp(String.raw`\b(?:[Ll]eads?|[Cc]o-?[Ff]ounders?|[Ff]ounders?)\s+at\s+${CAPITALISED_NAME}\b`),
  /\b(?:[Cc]ompany|[Ee]mployer)\s*:\s*([A-Z0-9][\w.&'’+-]*(?:[ \t]+[A-Z0-9][\w.&'’+-]*){0,3})/,
  // "hiring ... roles here at Elastic".
  new RegExp(String.raw`\b(?:hiring|roles?|positions?|engineers?|developers?|jobs?)\s+(?:here\s+)?(?:at|for)\s+${CAPITALISED_NAME}\b`),
];
/**
 * A labelled line: "Company: Remitly(RELY)", "Employer: Acme", "company name: Initech". The label
 * may be capitalised or not; the name must start with a capital or a digit.
 */
// The match starts at the label (the lookbehind reads the line's start), so that it is tried
// only where a word begins like one: not at every character of the opening lines.
const LABELLED = new Keyword(/(?<=^[ \t]*|\|[ \t]*)(?:[Cc]ompany(?:\s+[Nn]ame)?|[Ee]mployer|[Ff]irm)[ \t]*:[ \t]*([A-Z0-9][^\n]{0,80}|[a-z]+[A-Z][^\n]{0,80})$/m, ['comp', 'empl', 'firm']);
const LABELLED_WITHIN = 600;
/** "geeksprep is hiring": a single lower-case word counts only right before "is hiring". */
const LOWER_IS_HIRING = new RegExp(String.raw`^(?:([a-z][\w.&'’+-]{2,})\s+is\s+hiring\b|([a-z]+[A-Z][\w.&'’+-]*)${IS_HIRING})`);

function fromProse(text: string, allowLower: boolean): string | null {
  for (const re of PROSE_PATTERNS) {
    const m = re.exec(text);
    const name = m?.[1] ? clean(m[1]) : null;
    if (name) return name;
  }
  const m = allowLower ? LOWER_IS_HIRING.exec(text) : null;
  const lower = m?.[1] ?? m?.[2];
  return lower ? clean(lower) : null;
}

/**
 * Splits "Acme - Berlin", "Acme, Berlin", "Acme: we build", "Acme | Berlin" at the first separator;
 * also a dash glued to the name before a capital ("Ultimate Software- FT LAUDERDALE").
 */
const SEGMENT = /\s+(?:--?|–|—|−|\/)\s+|(?<=\w{2})\/\s+(?=[A-Z])|(?<=[\w.)])-\s+(?=[A-Z])|\s*[|,]\s*|:\s+|\s+in\s+(?=[A-Z])|\s+\(|\s+(?:is|are)\s/;
// "engineers to Lifesum", "Senior Engineer at Acme", "Rails developer @ Acme".
// "@" has no word boundary before it when a space precedes it: "DevOps Engineer @ NWEA".
const AT_COMPANY = /(?:\b(?:at|to|for)|@)\s*([A-Z][\w.&'’+-]*(?:\s+[A-Z][\w.&'’+-]*){0,2})\s*$/;
// A prefix before the name: "Hiring: Acme", "Who is hiring - Acme", "TL;DR: Acme | ...".
const HIRING_PREFIX = /^\s*(?:who(?:'s| is) hiring|now hiring|hiring|tl;dr)\s*[:\-–—]\s*/i;
/** Who backs the company before its name: "Backed by Sequoia Capital, Peregrine is ...". */
const BACKERS_FIRST = /^\s*(?:[Bb]ack(?:ed)?|BACKED|[Ff]unded|FUNDED)\s+by\s+[^,|]{1,60},\s+(?=[A-Z0-9])/;
/** A header field or line without what may come before the name (HIRING_PREFIX, BACKERS_FIRST). */
const fromNameOn = (s: string) => s.replace(HIRING_PREFIX, '').replace(BACKERS_FIRST, '');

/** A full stop after a word, before a capital (beforeSentenceEnd). */
const SENTENCE_STOP = /[\p{L}\p{N}]{2}\.\s+(?=\p{Lu})/u;

/** "Automated Insights. Durham, NC": a name ends at a full stop that a place follows. */
function beforeSentenceEnd(head: string): string {
  // Not after an abbreviation: "St. Louis", "Univ. Nebraska".
  const stop = SENTENCE_STOP.exec(head);
  if (!stop || stop.index + 2 < 5) return head;
  return isSomewhere(head.slice(stop.index + stop[0].length)) ? head.slice(0, stop.index + 2) : head;
}

/** Whether a field opens with a place and its state or country: "Austin, TX", not "ASI - Atlanta, GA". */
function qualifiedPlace(raw: string): boolean {
  const lead = firstPiece(raw, DASHES);
  return lead.includes(',') && isPlace(lead);
}

/**
 * "Versailles, France", "Smallville, KS": a field of two parts whose second is a country or a
 * state ("Trulia, San Francisco" is a name and its city).
 */
function qualifiedByPlace(raw: string): boolean {
  const comma = raw.indexOf(',');
  // One comma: "Weta Digital, Wellington, NZ" is a name before its place.
  if (comma <= 0 || raw.includes(',', comma + 1)) return false;
  const after = raw.slice(comma + 1).trim();
  return (after.length === 2 && isPlaceCode(after)) || lookupName(after).some((p) => p.kind === 'country' || p.kind === 'region');
}

/** Whether a field after the first of three or more is a place the gazetteer knows (fromFields). */
function placeElsewhere(fields: readonly HeaderField[]): boolean {
  return fields.length >= 3 && fields.slice(1).some((f) => f.kind === 'location' && isPlace(f.raw));
}

/**
 * clean(head, mayBePlace) of field i, where a first field may be a place only if no later field
 * is one (placeElsewhere). Asked only here: a header that opens with its place needs it not. A
 * name that may be a place is the same name or null (clean's place tests only turn names away),
 * so placeElsewhere is asked only when that name is null: most first fields are a company's name,
 * and the later fields' place tests were a quarter of the company's time.
 */
function cleanHead(head: string, i: number, fields: readonly HeaderField[]): string | null {
  return clean(head, true) ?? (i === 0 && placeElsewhere(fields) ? clean(head, false) : null);
}

/** The company among header fields: the first that is a name, not a place, title or policy. */
function fromFields(fields: readonly HeaderField[]): string | null {
  // A field shaped like a place ("Initech (YC W20)" is capitalised words too) counts only when
  // the gazetteer knows it.
  for (const [i, f] of fields.slice(0, 3).entries()) {
    // A header that opens with a place qualified by its state or country ("Austin, TX | ...",
    // "Chicago, IL - Braintree") or with a list of places ("Dallas – Houston – Chicago") opens
    // with where the job is: a town-named company ("Mason | Seattle, WA") has neither.
    if (i === 0 && fields.length > 1 && (qualifiedPlace(f.raw) || (fields.length >= 3 && fields.slice(0, 3).every((g) => isPlace(g.raw))))) continue;
    const head = beforeSentenceEnd(firstPiece(fromNameOn(f.raw), SEGMENT));
    // "40GRID - Full-time Remote": a first field can open with the name before its policy.
    const policy = f.kind === 'salary' || f.kind === 'remote' || f.kind === 'employment' || f.kind === 'visa';
    if (policy && !(i === 0 && /^\s+[-–—]\s+/.test(f.raw.slice(head.length)) && fieldKind(head, 0) === 'company')) continue;
    // After the first field, a list of technologies ("PHP / Javascript") is the stack, and a
    // field naming a known place is the location even with a typo in it ("London or Catnerbury").
    // "Web Engineer - Versailles, France - VISA - Blizzard Entertainment": a town the gazetteer
    // does not know is a place when a country or state it knows qualifies it.
    if (i > 0 && (findSkills(head).size > 0 || (f.kind === 'location' && (placeCoverage(head) >= 0.6 || qualifiedByPlace(f.raw))))) continue;
    const name = cleanHead(head, i, fields);
    if (name) return name;
    const at = f.kind === 'role' ? AT_COMPANY.exec(head) : null;
    const named = at?.[1] ? clean(at[1]) : null;
    if (named) return named;
  }
  // "Senior Developer | Visa possible | relocation | Germany | PricewaterhouseCoopers GmbH": a
  // later field with a legal form is the name.
  for (const f of fields.slice(3)) {
    if (!LEGAL_FORM.test(f.raw)) continue;
    const name = clean(f.raw);
    if (name) return name;
  }
  return null;
}
/** A legal form closing a field: "Acme GmbH", "Initech, Inc.", "Globex Ltd". */
const LEGAL_FORM = /[,\s](?:inc|llc|ltd|gmbh|corp|plc|limited|ag|bv|b\.v|s\.a|sarl|srl|pty)\.?$/i;

const DASHES = /\s+(?:--?|–|—|−)\s+/;
/** A line that opens with a name of up to four words, then a dash or "is": "AcademicWorks - Scholarship ...", "MongoLab is one of ...". */
const NAME_THEN_WHAT = new RegExp(String.raw`^\s*\S+(?:\s+\S+){0,3}?(?:${DASHES.source}|\s+(?:is|are)\s)`);

/** A first line longer than this is prose, not a header. */
const PROSE_LINE = 80;

/**
 * A name opening a short header-like line: "Careerimp - We are...", "Thinkfuse.com", or after
 * a place: "Evans, GA - TaxSlayer".
 */
function fromLine(line: string): string | null {
  const parts = fromNameOn(line.split('\n')[0]!).split(DASHES);
  for (const part of parts.slice(0, 2)) {
    if (parts.length > 1 && isPlace(part)) continue;
    // "Pittsburgh PA: invivodata": the place and a colon, then the name (maybe in lower case).
    const colon = part.indexOf(': ');
    // Not "London: C++, Dev ops", "Cleveland, Ohio: Windows Application Developer's".
    const named = colon > 0 && colon < 40 && isPlace(part.slice(0, colon)) ? firstPiece(part.slice(colon + 2), SEGMENT) : null;
    const afterPlace = named !== null && findSkills(named).size === 0 && fieldKind(named, 1) !== 'role';
    const head = beforeSentenceEnd(afterPlace ? named : firstPiece(part, SEGMENT));
    if (head.split(' ').length > 4 || (!/^[^a-z]/.test(head) && (!afterPlace || head.includes(' ')))) return null;
    const name = clean(head);
    // "Life insurance is a $130B market where ...": a line of prose opens with a phrase, not a name.
    if (name && line.length > PROSE_LINE && lowerWordCount(name) > 0) return null;
    return name;
  }
  return null;
}

/**
 * The hiring company's name (GUIDE.md): usually the first field of the header line, without
 * legal suffix or URL. Otherwise the name that opens the next line when the header is only a
 * place or a title ("Seattle" then "Thinkfuse.com"), a name the posting's links or e-mail
 * addresses spell ("jobs@leads360.com" → "Leads360"), a name in a sentence ("At SVBio, we...",
 * "Acme is hiring"), or the name of the posting's own link ("giftcardzen.com"; an e-mail
 * address alone is not enough). Null when no name is given.
 */
export function extractCompany(parsed: ParsedPosting, textWords: Words = scanWords(parsed.text)): string | null {
  // "Company: Remitly" in the first lines says it outright.
  const labelled = sitesOfWords(textWords).firstIn(LABELLED, parsed.text.slice(0, LABELLED_WITHIN), 0);
  const named = labelled?.[1] ? clean(firstPiece(labelled[1], SEGMENT)) : null;
  if (named) return named;
  const fields = parsed.headerFields;
  const header = parsed.header;
  const firstEnd = firstLineEnd(header);
  const firstLine = header.slice(0, firstEnd);
  // The line after the first: the header's second line, or the second paragraph.
  const next = firstEnd < header.length ? header.slice(firstEnd + 1, firstLineEnd(header, firstEnd + 1)) : parsed.paragraphs[1];
  if (fields.length > 1) {
    const name = fromFields(fields);
    if (name) return name;
    // "Austin, TX - Ruby Programmer" then "AcademicWorks - Scholarship Management ...": a header
    // of a place and a title only, the name opening the next line.
    const second = next && fields.length === 2 && fields[1]!.kind === 'role' && NAME_THEN_WHAT.test(next) && isPlace(fields[0]!.raw) ? fromLine(next) : null;
    if (second) return second;
  } else if (firstLine) {
    const name = fromLine(firstLine) ?? fromProse(firstLine, true);
    if (name) return name;
    // The header was only a place or a title: the name may open the next line.
    if (next && (firstLine.length < 60 || isPlace(firstLine))) {
      const second = fromLine(next);
      if (second) return second;
    }
  }
  const names = addressNames(parsed);
  const fromAddress = nameFromAddresses(parsed, names, textWords);
  if (fromAddress) return fromAddress;
  // "New York, NY or Remote" then "Senior Full Stack Engineer | Initech Labs".
  if (fields.length <= 1 && next?.includes('|')) {
    const nextFields = parseHeader(next);
    const named = nextFields.length > 1 ? fromFields(nextFields) : null;
    if (named) return named;
  }
  const prose = fromProse(parsed.paragraphs.slice(0, 5).join('\n'), false);
  if (prose) return prose;
  // Nothing in the text names the company, but its links do ("giftcardzen.com"): the one they
  // name most often (leagueapps.com, careers@leagueapps.com, leagueapps.theresumator.com). An
  // e-mail address alone names no company (GUIDE.md: null when none is given): of the postings
  // of our labelled training sets whose company came from an address like "jobs@efficientcloud.at",
  // 138 were labelled null and 50 with that name (a recruiter's domain, a founder's own, a mail host's).
  const leading = mostNamed(parsed, names);
  return leading !== null && (parsed.emails.length === 0 || addressNames(parsed, false).has(leading)) ? leading : null;
}
