import { isBlank } from './chars.ts';
import { Keyword } from './keywords.ts';
import { lineAround, lowerBound, offsetsOf } from './sorted.ts';
import { sitesOf } from './tokens.ts';
import type { Salary } from './types.ts';

/** The built-in called directly (see html.ts). */
const charCodeAt = String.prototype.charCodeAt;

// "Rs. 20 to 39 lakh" and "30 - 70 zł/h" are rupees and złoty as their countries write them.
const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', Rs: 'INR', 'Rs.': 'INR', zł: 'PLN' };
const CODES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'INR', 'SGD', 'JPY', 'HKD', 'ILS', 'BRL', 'MXN', 'ZAR', 'CNY', 'RMB', 'UKP', 'Euro', 'EURO'];
/** Codes and names read where a code is that stand for another code: "6-15k RMB", "Euro 24'000", "up to 70k UKP" (an old name of sterling's code). */
const CODE_ALIASES: Record<string, string> = { RMB: 'CNY', UKP: 'GBP', Euro: 'EUR', EURO: 'EUR' };
const currencyOfCode = (code: string) => CODE_ALIASES[code] ?? code;
const DOLLAR_PREFIX: Record<string, string> = { CA: 'CAD', C: 'CAD', AU: 'AUD', A: 'AUD', NZ: 'NZD', S: 'SGD', SG: 'SGD', US: 'USD', HK: 'HKD', R: 'BRL' };

// One amount: optional currency before, number with separators, optional k, optional currency after.
// "£40+k" puts its plus before the k; "₹40–60L", "6–10 LPA" and "INR 30 - 80 lacs" count in lakhs (100,000 rupees).
// Thousands may be set off by a comma, a dot or an apostrophe ("24'000", as the Swiss write them).
// At most four groups of them (under a quadrillion): unbounded, a long run of "000," was read to
// its end from every group in it (200 KB after a header took 8 s).
const NUM = String.raw`(\d{1,3}(?:[,.'’]\d{3}){1,4}|\d+(?:\.\d+)?)\s*(?:\+\s*(?=[kK]))?([kK]|LPA\b|L(?![\w.])|[Ll](?:akhs?|acs?)\b|LA(?:KHS?|CS?)\b)?`;
const CUR_BEFORE = String.raw`(?:(CA|C|AU|A|NZ|S|SG|US|HK|R)?(\$)|([€£¥₹]|\bRs\.?(?=\s?\d))|\b(${CODES.join('|')})\s?)`;
// "$135k+ CAD": a plus may stand between the figure and its currency.
const CUR_AFTER = String.raw`(?:\+?\s?(${CODES.join('|')})\b|\s?([€£]|zł))?`;
const RANGE_RE = new RegExp(
  // "€~55k-€~75k": an approximation sign may follow the currency.
  // "€40,000 and 0.25% equity": a share after "and" is no upper bound.
  String.raw`${CUR_BEFORE}\s?~?${NUM}(?:\s*(?:-|–|—|~|to|and)\s*${CUR_BEFORE}?\s?~?${NUM}(?![\d.]*\s*%))?${CUR_AFTER}`,
  'g',
);
/** Currencies written out after a figure: "50k euro", "6,000,000 - 10,000,000 yen / year". hasCurrencyWord reads their forms by hand: change both. */
const CURRENCY_WORDS: Record<string, string> = { euro: 'EUR', euros: 'EUR', yen: 'JPY' };
/** CURRENCY_WORDS as they are written: in lower case, capitalised or in capitals. */
const CURRENCY_WORD_FORMS = Object.keys(CURRENCY_WORDS).flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
const CURRENCY_WORD = CURRENCY_WORD_FORMS.join('|');
/**
 * A figure or range with its currency after it only: "105,000 USD", "50k EUR", "30k€ - 70k€",
 * "80k - 120k+ CHF", "50k euro".
 */
const CURRENCY_AFTER_RE = new RegExp(
  String.raw`(?<![\d.,$€£¥₹])\b${NUM}\s*(?:[€£]|(?:${CODES.join('|')})\b)?\s*(?:(?:-|–|—|~|to)\s*${NUM}\+?\s*)?(?:(${CODES.join('|')})\b|([€£]|zł)|(${CURRENCY_WORD})\b)`,
  'g',
);
/**
 * South African rand written with an "R" before thousands: "R420K to R720K per year", "Up to
 * R40k per month". Only with the k: "R2" or "R 3.6" are versions, not money.
 */
// "R540-660k/year": the k of the upper bound, as with other currencies. A bare "R50" matches too,
// and is passed over where it is read (no k on either side).
const RAND_RE = /\bR(\d{2,3})(?:\s?([kK])\b)?(?:\s*(?:-|–|—|to)\s*R?(\d{2,3})\s?([kK])\b)?/g;
/** A lower bound right before a figure with its currency: the "60k - " of "60k - £80k". */
const LOWER_BOUND_BEFORE = /(?<![\d.,$€£¥₹]|[-–—]\s?)\b(\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s*([kK])?\s*(?:-|–|—|to)\s*$/;
/**
 * A range without a currency: "120-150k", "100k to 140k", "between 90 and 120k". The "between" is
 * looked behind for only once an "and" is there, and over one figure of at most 40 characters:
 * tried first and over `\S+`, it read a text without spaces back to its start at every figure
 * (200 KB of "$1k" after a header took 19 s).
 */
const BARE_RANGE_RE = new RegExp(String.raw`\b${NUM}\s*(?:-|–|—|to|and(?<=\bbetween\s+\S{1,40}\s*and))\s*${NUM}\s*(${CODES.join('|')})?\b`, 'g');

/**
 * What makes a bare range in the body pay: "120k - 160k Base Salary", "80-110K based on
 * experience", "75k-110k+ (based on experience)", "85K-120K and .5-2% equity".
 */
const BARE_PAY_AFTER =
  /^\+?\s*\(?\s*(?:(?:base|salary|range(?=\s*[,.;]|\s+(?:and|depending|based|for)\b)|per\s+(?:year|annum)|a\s+year|annually)\b|\/\s*(?:yr|year)\b|p\.a\.|(?:based\s+on|depending\s+on)\s+(?:your\s+)?(?:experience|level|seniority|skills|location)|(?:(?:(?:and|plus|\+|with|,|&)\s+)+|w\/\s*)(?:[\d.]+\s*%\s*(?:[-–]\s*[\d.]+\s*%\s*)?)?(?:equity|stock\s+options|options)\b|in\s+(?:base\s+)?salary\b|\/\s*(?:month|mo)\b(?![ \t]+\w))/i;

/**
 * "Salary ranges listed on job req, but for the Senior Java Engineer it is 140k-180k", "Your
 * starting pay will be between 4-6k monthly": a pay word earlier in the clause.
 */
const PAY_IN_CLAUSE = /\b(?:salary|salaries|compensation|(?:base|starting)\s+pay|pay\s+range|pay\s+band)\b[^.!?;\n]*$/i;

/** A bracket right after a job's title: "Full-Stack Engineer (55-90K)" gives the job's pay. */
const TITLE_BRACKET_BEFORE = /\b(?:engineer|developer|designer|manager|scientist|analyst|architect|lead|eng|dev)s?\s*\(\s*$/i;
/**
 * A field right after a job's title: "Lead Backend Engineer | 100K - 115K | 0.5% - 1.5%", "QA
 * Tester: 45k - 55k", "Engineering Roles:" above "150 - 180K" give the job's pay.
 */
const TITLE_FIELD_BEFORE = /\b(?:engineer|developer|designer|manager|scientist|analyst|architect|lead|eng|dev|tester|roles|positions)s?[ \t]*(?:\||:[ \t]*\n?|[-–—])[ \t]*$/i;

/** A thousands figure without a currency: "110k+". Not one of a range (BARE_RANGE_RE's), nor a 401k plan. */
const BARE_FIGURE_RE = /(?<![\d.,$€£¥₹]|[-–—~]\s?|(?<!(?:\b[Uu]p|\|)\s)\bto\s)\b(?!401\s?[kK]\b)(\d{2,3})\s?[kK]\b(?!\s*(?:-|–|—|to)\s*\d)/g;

/** PAY_WORD_FIGURE's figure: whole, not a share, a count or a "k" figure (BARE_FIGURE_RE's). */
const PAY_WORD_FIGURE_RE = /\b(?:salary|compensation|pay)[ \t]*:[ \t]*~?(\d{1,3}(?:[,.'’]\d{3})+|\d{4,7})\b(?![.,]?\d|[ \t]*(?:%|[kK]\b|[-–—]|to\b|hours?|days?|weeks?|employees|users|people|years?|members|engineers|per\s+cent))/gi;

/** Where a field of the header line starts: after a separator. */
const FIELD_START = /(?:^|[|,;•]|\s[-–—])[ \t]*$/;

/** "starting at" before a figure: its pay when a pay word comes before it ("Pay …, starting at 60k"). */
const STARTS_AT_BEFORE = /\b(?:start(?:s|ing)?|begin(?:s|ning)?)\s+at\s*$/i;

/** Where a field of the header line ends: a separator or the line's end ("90k | ", "90k-Full Time"). */
const FIELD_END = /^\+?[ \t]*(?:\([^)\n]{0,16}\)[ \t]*)?(?:[|,;•]|[-–—](?!\s*\d)|\n|$)/;
/**
 * "Salary: 88k-110k", "Salary:" then "- 45k-60k" on a bullet, "we're offering 85K-120K": a pay
 * word right before a bare range.
 */
// Not a "user base of 250k": base is pay alone or before "salary".
const BARE_PAY_BEFORE = /\b(?:salary|salaries|compensation|comp|(?<!\b(?:user|customer|client|install|subscriber|fan|code|data|knowledge)\s)base(?:\s+salary)?|pay|we(?:['’]re|\s+are)\s+(?:offering|paying))\s*(?:range|band)?\s*(?:is|of|:|-)?\s*(?:[-*•/]\s*)*(?:up\s+to\s+)?$/i;
const NOT_PAY_AFTER =
  /^\+?[ \t]*(?:bonus|worth|total\s+comp(?:ensation)?|tc\b|signing|sign-on|referral|prize|reward|gift|credit|grant|donation|discount|off|per (?:referral|hire)|hackathon|competition|contest|\+?\s*deals?|contracts? (?:value|size)|acv|mrr|gmv|ote|on[- ]target|tuition|reimburse\w*|towards?\s+(?:a|an|the|your)|stipend\s+for\s+(?:training|conferences?|learning|education|books|courses|equipment)|paid\s+(?:paid\s+)?vacation|fundrais\w*|(?:seed|funding|investment)\s+round|per (?:day|week|month) in (?:sales|revenue|transactions|gmv)|in (?:[\w-]+ )?(?:sales|gmv|mrr|bookings|transactions|revenue|the bank|cash|gift cards|(?:total\s+)?commitments|investments?|funding))\b|^[\w/ \t-]{0,30}?\b(?:budget|allowance)\b|^[ \t]*["“']?[\w ]{0,30}?\b(?:vacation|travel|wellness|learning|education|equipment|home[- ]office|relocation|gym|fitness|phone|internet|commuter|lunch|food)["”']?[ \t]+stipend\b|^[ \t]*(?!(?:and|plus|with|or|base|salary|annual|yearly|performance|cash)\b)[a-z]+[ \t]+(?:bonus|fee|fees)\b/i;
/**
 * Money the company raised, made, moved or costs ("Last month, we made $300K", "we spend about
 * $223k/mo", "every day of delay costs $50k+",
 * "customers buy and sell over $100,000 in gift cards", "our total funding to date is $450,000",
 * "closed our seed round of $625k"),
 * what a marketplace pays out to its sellers ("we pay out $15K per month to freelancers"), what
 * customers invest ("willing to invest at least €1,000 per month in our solutions"), or prices
 * ("houses go for $100,000"), not pay.
 */
const COMPANY_MONEY_BEFORE =
  /(rais(?:e|ed|es|ing)|funding|funded|revenues?|arr|valuation|backed|series [a-e]|seed|\bcosts?|\bcosting|\bmade|\bgenerat(?:e|es|ed|ing)|\bgrossed|\bsold|\bsell(?:s|ing)?|\bprocessed|\btransacted|\bspen(?:d|ds|ding|t)|\bsaved|\b(?:go|goes|went)\s+for|\bprices?|\bround\s+of|\bcharg(?:e|es|ed|ing)|\bpa(?:y|ys|id|ying)\s+out|\bsales?(?=\s+(?:was|were|is|are|of)\b)|\binvest(?:s|ed|ing)?)(?:\s+(?:to\s+date|so\s+far|in\s+total))?(?:\s+(?:is|was|of|at))?(?:\s+(?:an?\s+)?(?:average|total|median)(?:\s+of)?)?(?:\s+(?:about|around|roughly|nearly|almost|over|more\s+than|less\s+than|at\s+least|(?:just\s+)?shy\s+of|just\s+under))?\W*$/;
/**
 * What the product saves its users: "we save our average customer over $20k", "saves the
 * average attorney 50 hours & $12,000 per month".
 */
const SAVES_SOMEONE_BEFORE =
  /\bsav(?:e|es|ed|ing)\s+(?:(?!(?:pay|paid|salary|compensation|offer|earn)\w*\b)[\w'’-]+\s+){0,4}(?:[\d,.]+\s+hours?\s*(?:&|and|,)\s*)?(?:(?:over|about|around|up\s+to|more\s+than|at\s+least|an\s+average\s+of)\s+)?\W*$/;
/**
 * A bonus, a prize, a budget, a fee or a paid trial before the figure ("Referral bonus: $10k",
 * "a flat fee of $1,500", "Paid trial week ($1,400)", "budgets exceeding $200k"), or customers paying the company.
 */
const NOT_PAY_BEFORE =
  /(?:(?:bonus|prize|reward|referral|budgets?|allowance|credits?|grant|give you|win|discount|reimburse\w*|fees?|trial(?:\s+(?:week|days?|period|project|task))?|\bote\)?|\bon[- ]target(?:\s+earnings)?)\s*[:(]?\s*(?:of\s+)?(?:(?:exceeding|over|above|upwards\s+of)\s+)?(?:up\s+to\s+)?(?:an?\s+)?|\b(?:that['’]s|that\s+is|which\s+is|equivalent\s+to|equates\s+to|comparable\s+to)\s+(?:like|about|roughly|around)?\s*|\b(?:companies|customers|clients|businesses|enterprises)\s+(?:will\s+)?(?:pay|spend)\s+(?:(?:over|more than|about|around|up to)\s+)?|\b(?:paying|pay|pays|paid)\s+us\s+(?:(?:well\s+)?(?:over|more than|about|around)\s+)?|\bfrom\s+(?:nothing|zero|scratch)\s+to\s+|\b(?:demand|demands|command|commands)\s+(?:(?:more|less)\s+than\s+|over\s+|upwards\s+of\s+)?)$/;

/**
 * What others earn, not this job: "Line chefs ... make at most $12-15/hour", "grads making at
 * least $50k", "some devs on the platform are making 100k USD/month", "help other developers and
 * earn an extra $50k+/yr by creating a course". A verb after a word: not what the reader is told
 * ("Make $150K+ as a Senior Developer"), nor what "you" or the hire will earn ("you'll make",
 * "you'd be making", "expect to earn").
 */
const OTHERS_EARN_BEFORE =
  /(?<!\b(?:you|you['’]ll|you\s+will|you['’]d|you\s+would|will|would|can|could|be|to|i)\s+)(?<=[a-z]\s+)\b(?:makes?|making|earns?|earning)\s+(?:(?:at\s+most|at\s+least|over|about|around|an\s+extra|less\s+than|more\s+than|only)\s+)?\W*$/;
/** A weekly rate ("$2k/wk", "$750 per week"): the guide's periods are the hour, day, month and year. */
const WEEKLY = /^\s*(?:\/\s*(?:wk|week)|per\s+week|a\s+week|weekly)\b/i;
/** A price for a whole contract, not a rate: "$8k contract → 5% equity", "$9K fixed price". */
const FIXED_PRICE_AFTER = /^\+?\s*(?:contract|fixed[- ]price|flat)\b/i;

/**
 * A market figure, not this job's pay: "the UK median gross annual income within the Information
 * and Communication sector was just under £36,000 in 2012". Only when the sentence does not
 * speak of the company's own pay or people ("our median salary is ...", "you'll earn").
 */
const STATISTIC = /\b(?:median|average|mean)\s+(?:[\w-]+\s+){0,3}(?:income|salar(?:y|ies)|wages?|earnings|pay)\b/i;
const OWN_PEOPLE =
  /\b(?:our|we|we're|we’re)\s+(?:[\w-]+\s+){0,2}?(?:pay|salar(?:y|ies)|median|average|mean|engineers?|employees?|staff|people|team|hires?)\b|\byou(?:['’]ll)?\s+(?:earn|make|get|receive)\b|\b(?:this|the)\s+(?:role|position|job)\b/i;
const STATISTIC_REACH = 160;

function isStatistic(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - STATISTIC_REACH), at);
  const sentence = window.slice(Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n')) + 1);
  return STATISTIC.test(sentence) && !OWN_PEOPLE.test(sentence);
}

const PAY_CONTEXT =
  /\b(?:salary|salaries|pay|paid|pays|paying|compensation|comp|base|wage|wages|rate|rates|earn|earning|stipend|gross|net|brutto|netto|ote|remuneration|per\s+(?:hour|month|year|annum|day)|\/\s*(?:hr|hour|mo|month|yr|year|day))\b/i;

/** What follows a range of thousands written without its k: "$130-$250+ depending on experience", "+ equity". */
const THOUSANDS_AFTER = /^\+?\s*(?:\+\s*)?(?:equity|depending|doe|base|salary)\b/i;
/** An upper bound written in whole thousands: "190,000", "190.000". */
const THOUSANDS_WRITTEN = /^\d{1,3}[,.]000$/;
/** Words of work paid by the hour, the day or the job. */
const HOURLY_WORK = /\b(?:hourly|per\s+hour|an\s+hour|\/\s*h(?:ou)?r|hrs?\b|contract(?:or|ors)?|freelanc\w*|1099|part[- ]time|per\s+day|daily|day\s+rate)\b/i;

/** Lakhs are Indian: "40L" in another currency is no amount. */
function unitsFit(currency: string, k1: string | undefined, k2: string | undefined): boolean {
  return currency === 'INR' || (!isLakhs(k1) && !isLakhs(k2));
}

/** "L", "lakhs" or "lacs" after a figure, or "LPA" (lakhs per annum): hundreds of thousands of rupees. */
const isLakhs = (k: string | undefined) => k !== undefined && (k[0] === 'L' || k[0] === 'l');

function toNumber(raw: string, k: string | undefined): number {
  // "150,000" and "150.000" are thousands; "1.5k" is a decimal.
  const n = /^\d{1,3}([,.'’]\d{3})+$/.test(raw) ? Number(raw.replace(/[,.'’]/g, '')) : Number(raw);
  return isLakhs(k) ? n * 100_000 : k ? n * 1000 : n;
}

/** The period written right after an amount ("/hr", "per month", "p.a."), or null. */
function statedPeriod(rest: string): Salary['period'] | null {
  const p = rest.slice(0, 25).toLowerCase();
  if (/^\s*(\/|per|an|a)?\s*(hr|hour|h\b)|hourly/.test(p)) return 'hour';
  if (/^\s*(\/|per|a)?\s*(day|daily)/.test(p)) return 'day';
  if (/^\s*(\/|per|a)?\s*(mo\b|month|monthly)/.test(p)) return 'month';
  if (/^\s*(\/|per|a)?\s*(yr|year|annum|annual|pa\b|p\.a\b\.?)|^\s*pro[- ]rata/.test(p)) return 'year';
  return null;
}

/**
 * A rate named before its figure: "Our day rate is $1500", "hourly rate: $90", "Monthly stipend
 * Rs.29167", "monthly salary of €2,500".
 */
const RATE_BEFORE = /\b(day|daily|hourly|monthly)\s+(?:rates?|salary|stipend|pay)\s*(?:is|of|:)?\s*(?:about|around|up\s+to)?\s*$/;

function ratePeriodBefore(before: string): Salary['period'] | null {
  const m = RATE_BEFORE.exec(before);
  return m ? (m[1] === 'hourly' ? 'hour' : m[1] === 'monthly' ? 'month' : 'day') : null;
}

/** The period an amount without one most likely has, from its size. */
function periodOfSize(value: number): Salary['period'] {
  if (value < 300) return 'hour';
  if (value < 20000) return 'month';
  return 'year';
}

interface Found extends Salary {
  at: number;
  /** A bare range ("40-70k"): the currency was not written, USD stands in for it. */
  bare?: boolean;
}

/**
 * Base pay stated in the posting. Several ranges (several roles) collapse to the lowest lower
 * bound and highest upper bound among those with the most common currency and period.
 * Funding ("raised $20M"), equity and 401(k) are not salary.
 */
export function extractSalary(text: string, where: () => readonly string[] = () => []): Salary | null {
  if (!hasMoney(text)) return null;
  const found = extractRaw(text);
  if (!found) return null;
  const { bare, ...s } = found;
  // A bare "$" is US dollars unless the job is in a country with its own dollar (GUIDE.md); a
  // range without any currency ("UK (ONSITE) | 40-70k") is in the job's country's currency.
  if (s.currency === 'USD' && !/\bUSD\b|US\$/.test(text)) {
    const countries = where();
    const local = countries.length === 1 ? (bare ? LOCAL_CURRENCY[countries[0]!] : undefined) ?? LOCAL_DOLLAR[countries[0]!] : undefined;
    if (local && !(s.period === 'year' && s.max < (LOCAL_YEAR_LEAST[local] ?? 0))) return { ...s, currency: local };
  }
  return s;
}

/**
 * Text without a currency sign, a "k" figure, a currency code, an hourly rate ("100–200/hr"),
 * "LPA" or a currency written out (CURRENCY_WORDS, in any of the forms CURRENCY_AFTER_RE reads)
 * has no pay figure: most postings skip the expressions below. A few tests rather than one
 * alternation: the engine scans for a single kind of start far faster, and the signs are found
 * by indexOf. Tests whose matches start alike share an expression, one pass over the text
 * instead of two (hasMoney took 0.70 of the time with four passes where it had six).
 */
// A figure with a "k" ("70-100+k DOE": a plus may stand before the k), or with a code written
// onto it ("80,000-120,000CAD", "50kEUR-70kEUR": the code after a "k" too).
const DIGIT_MONEY = new RegExp(String.raw`\d(?:\s?\+?\s?[kK]\b|[kK]?(?:${CODES.join('|')})(?![A-Za-z]))`);
// A code that starts a word ("USD4000-5000/month", "50k EUR"), or rupees ("Rs. 20 to 39 lakh"):
// a keyword expression (keywords.ts), tried only where a word begins like a code or "rs", where
// read over the whole text it took 1.3 µs a posting, a quarter of hasMoney.
const CODE_OR_RUPEES = new Keyword(
  new RegExp(String.raw`\b(?:(?:${CODES.join('|')})(?![A-Za-z])|Rs\.?\s?\d)`),
  [...new Set(CODES.map((code) => code.slice(0, 3).toLowerCase())), 'rs'],
);
/** PAY_WORD_FIGURE_RE's start, read back from a colon: a pay word and blanks right before it. */
// Case by case rather than /i: a case-blind expression scans a whole text several times slower.
const PAY_WORD_BEFORE_COLON = /(?<=(?:[Ss]alary|SALARY|[Cc]ompensation|COMPENSATION|\b[Pp]ay|\bPAY)[ \t]*):/y;

/**
 * Whether a figure follows a pay word and its colon ("Salary: 120k", "Pay:~$90/hr"): what
 * /(?:[Ss]alary|…|\bPAY)[ \t]*:[ \t]*~?\d/ finds, read from each colon outwards. Most colons are
 * followed by a word, and the pay words are only looked for before the few followed by a
 * figure: the expression, tried at every character, took 1.4 µs a posting; this takes 0.4.
 */
export function payWordColonFigure(text: string): boolean {
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let j = colon + 1;
    let c = charCodeAt.call(text, j);
    while (isBlank(c)) c = charCodeAt.call(text, ++j);
    if (c === 126 /* ~ */) c = charCodeAt.call(text, ++j);
    if (!(c >= 48 && c <= 57)) continue;
    PAY_WORD_BEFORE_COLON.lastIndex = colon;
    if (PAY_WORD_BEFORE_COLON.test(text)) return true;
  }
  return false;
}

/**
 * Whether the text has any of CURRENCY_WORD_FORMS anywhere, even inside a word ("Europe"): what
 * `new RegExp(CURRENCY_WORD).test(text)` finds. "euro" and "Euro" are found together, as "uro"
 * after an "e" or "E" ("euros" has "euro" in it): most postings that get this far have no pay
 * figure, and the expression, an alternation of nine words tried at every character, took 1.11
 * µs a posting where this takes 0.81 (measured over the recorded postings).
 */
export function hasCurrencyWord(text: string): boolean {
  for (let i = text.indexOf('uro', 1); i >= 0; i = text.indexOf('uro', i + 3)) {
    const before = charCodeAt.call(text, i - 1);
    if (before === 101 /* e */ || before === 69 /* E */) return true;
  }
  return text.includes('EURO') || text.includes('yen') || text.includes('Yen') || text.includes('YEN');
}

const hasMoney = (text: string) =>
  text.includes('/hr') ||
  text.includes('$') || text.includes('€') || text.includes('£') || text.includes('¥') || text.includes('₹') || text.includes('zł') || sitesOf(text).test(CODE_OR_RUPEES) || DIGIT_MONEY.test(text) || text.includes('LPA') || payWordColonFigure(text) || hasCurrencyWord(text);

const LOCAL_DOLLAR: Record<string, string> = { CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD' };
/**
 * The least a year's pay in a local dollar could be: a "$" figure below it is in US dollars, not
 * the local dollar ("Hong Kong | ... | $100k-$150k + equity": HK$150k a year is a few months' pay
 * there). The other dollars are worth about as much as the US one.
 */
const LOCAL_YEAR_LEAST: Record<string, number> = { HKD: 250_000 };
/** The currency of a country where a figure is written without one. */
const LOCAL_CURRENCY: Record<string, string> = {
  GB: 'GBP', IE: 'EUR', DE: 'EUR', FR: 'EUR', NL: 'EUR', ES: 'EUR', IT: 'EUR', PT: 'EUR', AT: 'EUR', BE: 'EUR', FI: 'EUR', GR: 'EUR', LU: 'EUR', EE: 'EUR', LT: 'EUR', LV: 'EUR', SK: 'EUR', SI: 'EUR', HR: 'EUR', CY: 'EUR', MT: 'EUR',
  CH: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', IN: 'INR', JP: 'JPY', IL: 'ILS', BR: 'BRL', MX: 'MXN', ZA: 'ZAR',
};

/** Currencies in which no yearly salary reaches a million. */
const STRONG_UNITS = new Set(['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SGD', 'ILS']);

/**
 * The pay a figure or range found at text[at, at + length) states, or null when it is not pay:
 * company money, a bonus, a fee, a market figure, a price, an implausible size.
 */
function payFigure(
  text: string,
  at: number,
  length: number,
  currency: string,
  n1: string,
  k1: string | undefined,
  n2: string | undefined,
  k2: string | undefined,
): Found | null {
  const end = at + length;
  if (!unitsFit(currency, k1, k2)) return null;
  const after = text.slice(end, end + 30);
  if (/^\s*(m|mm|million|b|bn|billion|\+?\s*(in )?(funding|seed(?![- ]stage)|series|arr|revenue|run[- ]?rate|users|customers))\b/i.test(after)) return null;
  if (/^\s*(equity|in equity|options|stock)/i.test(after)) return null;
  // A bonus, a prize or a budget is not pay: "we'll give you $1,000 cash", "$2k learning budget".
  if (NOT_PAY_AFTER.test(text.slice(end, end + 50))) return null;
  const before = text.slice(Math.max(0, at - 40), at).toLowerCase();
  if (COMPANY_MONEY_BEFORE.test(before) || NOT_PAY_BEFORE.test(before) || SAVES_SOMEONE_BEFORE.test(before) || isStatistic(text, at)) return null;
  // "$120-150k": the k of the upper bound applies to both.
  let lo = toNumber(n1, k1 ?? (n2 && k2 && Number(n1) < 1000 ? k2 : undefined));
  let hi = n2 ? toNumber(n2, k2 ?? (k1 && Number(n2) < 1000 ? k1 : undefined)) : lo;
  // "$154-190,000": the thousands written out on the upper bound apply to both, as a k does.
  if (n2 && !k1 && !k2 && Number(n1) < 1000 && THOUSANDS_WRITTEN.test(n2) && lo * 1000 <= hi && lo * 5000 >= hi) lo *= 1000;
  if (hi < lo) [lo, hi] = [hi, lo];
  if (lo <= 0 || hi > 50_000_000 || (n2 && hi > lo * 5)) return null;
  if (OTHERS_EARN_BEFORE.test(before) || WEEKLY.test(after) || FIXED_PRICE_AFTER.test(after)) return null;
  const stated = statedPeriod(text.slice(end)) ?? ratePeriodBefore(before);
  // "$130-$250+ depending on experience", "$110-150 + Equity" in the header or said to be pay, in
  // a posting that pays by no hour or contract: thousands a year with the k left out, not an
  // hourly rate. ("accessible for $50-$100" in the body is a price.)
  const inHeader = at < headerEndOf(text);
  const kLeftOut = stated === null && !k1 && !k2 && n2 !== undefined && lo >= 40 && hi >= 100 && hi < 1000;
  if (kLeftOut && (inHeader || PAY_CONTEXT.test(text.slice(Math.max(0, at - 80), at)) || THOUSANDS_AFTER.test(after)) && !HOURLY_WORK.test(text)) {
    lo *= 1000;
    hi *= 1000;
  }
  const period = stated ?? periodOfSize(hi);
  if (period === 'year' && hi < 10000) return null;
  // "$3000000+/hour flash sales": a company's money. Only currencies of small units (yen,
  // rupees, crowns) have yearly salaries in the millions.
  if (period === 'year' && hi > 1_000_000 && STRONG_UNITS.has(currency)) return null;
  // A figure that states no period and no "k" ("refer a friend and get $1,000", "$1,500 flat
  // fee", "$10,000 to $20,000 on a bootcamp") is pay only where the text speaks of pay or the
  // header gives it.
  const guessed = stated === null && !k1 && !k2 && hi < 30000;
  if (guessed && !inHeader && !aloneOnLine(text, at, end) && !PAY_CONTEXT.test(text.slice(Math.max(0, at - 80), end + 30))) return null;
  // Prices of a product ("$12/mo", "$99/yr", "cars from 5 CHF/hour") are not pay.
  // So are the earnings of a company's customers ("people who earn less than $4 a day").
  if ((period === 'month' && hi < 1000) || (period === 'hour' && hi < 10) || (period === 'day' && hi < 50)) return null;
  // A lone small figure without k next to a year is likely not pay ("$5 coffee", "$10 off").
  if (!n2 && !k1 && period === 'hour' && !/^\s*(\/|per|an)\s*h/i.test(after)) return null;
  return { min: lo, max: hi, currency, period, at };
}

/** The text whose line breaks `lineBreaks` last found, and their offsets, ascending. */
let breaksOf: string | null = null;
let breaks: number[] = [];

/**
 * The offsets of the line breaks of `text`, found once a text: every figure asks where its line
 * starts and ends, and on a long text without line breaks each question read the whole text
 * again (200 KB of "( * 50000EUR AI Remote" took 0.2 s).
 */
function lineBreaks(text: string): number[] {
  if (text !== breaksOf) {
    breaks = offsetsOf(text, '\n');
    breaksOf = text;
  }
  return breaks;
}

/** Where the first line of `text` ends: its first line break, or the text's end. */
function headerEndOf(text: string): number {
  const b = lineBreaks(text);
  return b.length > 0 ? b[0]! : text.length;
}

/**
 * Whether text[at, end) is a line of its own, white space aside: "£16500 to £29000" between the
 * header and the first paragraph states the pay as a header field does. A bonus, a price or a
 * budget is told in a sentence.
 */
function aloneOnLine(text: string, at: number, end: number): boolean {
  const [lineStart, lineEnd] = lineAround(lineBreaks(text), text.length, at, at);
  // The match may run on over the white space after it, line breaks included.
  return text.slice(lineStart, at).trim() === '' && (end >= lineEnd || text.slice(end, lineEnd).trim() === '');
}

/** The codes of the currencies written with a "$". */
const DOLLAR_CODES = 'USD|CAD|AUD|NZD|SGD|HKD';
/** A dollar's currency code right before its "$": "AUD $90,000", "CAD $120k". */
const DOLLAR_CODE_BEFORE = new RegExp(String.raw`\b(${DOLLAR_CODES})[ \t]*$`);
/** A dollar's currency code after its period: "$105,000/yr CAD", "$60 per hour AUD". */
const DOLLAR_CODE_AFTER_PERIOD = new RegExp(
  String.raw`^[ \t]*(?:\/[ \t]*(?:yr|year|hr|hour|mo|month)|per[ \t]+(?:year|annum|hour|month))[ \t]+(${DOLLAR_CODES})\b`,
);

/**
 * A dollar's currency in brackets right after its figure: "$109k (AUD) base salary", "$60k-80k
 * (Cdn)", "$70k-$90k (CAD)". Canadians write "Cdn" as often as the code.
 */
const DOLLAR_CODE_IN_BRACKETS = new RegExp(String.raw`^[ \t]*\([ \t]*(${DOLLAR_CODES}|CDN|Cdn)[ \t]*\)`);

/** RANGE_RE, tried only where it is told to (sticky). */
const RANGE_AT = new RegExp(RANGE_RE.source, 'y');
/** Where CUR_BEFORE's currency code can begin: a code after a word boundary. */
const CODE_START = new RegExp(String.raw`\b(?:${CODES.join('|')})`, 'g');

/**
 * The matches of RANGE_RE in a text, as `text.matchAll(RANGE_RE)` gives them, found without
 * reading the whole text with it. A match begins with its currency (CUR_BEFORE): at most two
 * letters before a "$" ("CA$", "S$"), at a sign (€ £ ¥ ₹), at "Rs", or at a code after a word
 * boundary. Those few places are found by indexOf and one search for the codes, and RANGE_RE is
 * tried at each of them in order, from the end of the last match on: the leftmost match each
 * time, as the global search finds it. Read over the whole text, RANGE_RE tried its many
 * alternatives at every capital letter and took 14 µs a posting that names money, a fifth of
 * the stage.
 */
function rangeMatches(text: string): RegExpExecArray[] {
  const starts: number[] = [];
  for (let at = text.indexOf('$'); at >= 0; at = text.indexOf('$', at + 1)) starts.push(at - 2, at - 1, at);
  for (const sign of CURRENCY_SIGNS) for (let at = text.indexOf(sign); at >= 0; at = text.indexOf(sign, at + 1)) starts.push(at);
  for (let at = text.indexOf('Rs'); at >= 0; at = text.indexOf('Rs', at + 1)) starts.push(at);
  CODE_START.lastIndex = 0;
  for (let m = CODE_START.exec(text); m !== null; m = CODE_START.exec(text)) starts.push(m.index);
  return matchesAt(text, RANGE_AT, starts);
}
const CURRENCY_SIGNS = ['€', '£', '¥', '₹'];

/**
 * The matches of a sticky expression tried at `starts` (any order, repeats and negative offsets
 * allowed), non-overlapping and in order: what a global search gives when every offset where a
 * match can begin is among `starts`. `starts` is sorted in place.
 */
function matchesAt(text: string, re: RegExp, starts: number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (starts.length === 0) return out;
  sortNumbers(starts);
  let next = 0;
  let tried = -1;
  for (const at of starts) {
    if (at < next || at === tried) continue;
    tried = at;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) continue;
    out.push(m);
    next = at + Math.max(1, m[0].length);
  }
  return out;
}

/** Past this many offsets, insertion is no longer cheap (see sortNumbers). */
const INSERTION_SORT_MAX = 32;

/**
 * Sorts a list of offsets ascending, in place. A short one by insertion: the lists are a few runs
 * that are sorted already, where sort() with a comparator calls it for every comparison (two
 * thirds of matchesAt's time). A long one through a typed array's sort, which compares numbers
 * without a comparator: by insertion, runs that interleave cost the square of their length
 * (200 KB of "$€" took 15 s).
 */
function sortNumbers(list: number[]): void {
  if (list.length > INSERTION_SORT_MAX) {
    const sorted = Float64Array.from(list).sort();
    for (let i = 0; i < list.length; i++) list[i] = sorted[i]!;
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const v = list[i]!;
    let j = i - 1;
    for (; j >= 0 && list[j]! > v; j--) list[j + 1] = list[j]!;
    list[j + 1] = v;
  }
}

/** PAY_WORD_FIGURE_RE, tried only where it is told to (sticky). */
const PAY_WORD_FIGURE_AT = new RegExp(PAY_WORD_FIGURE_RE.source, 'iy');
/** The lengths of PAY_WORD_FIGURE_RE's pay words, longest first (the offsets they give ascend): compensation, salary, pay. */
const PAY_WORD_LENGTHS = [12, 6, 3];

/**
 * The matches of PAY_WORD_FIGURE_RE in a text, as `text.matchAll(PAY_WORD_FIGURE_RE)` gives
 * them. A match is a pay word, blanks and a colon: it begins one pay word's length before the
 * blanks in front of a colon, so it is tried there only (the colons found by indexOf), not at
 * every character of the text as the case-blind global search did (4 µs a posting that names
 * money).
 */
function payWordFigures(text: string): RegExpExecArray[] {
  const starts: number[] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let end = colon;
    for (let c = charCodeAt.call(text, end - 1); isBlank(c); c = charCodeAt.call(text, --end - 1));
    for (const length of PAY_WORD_LENGTHS) starts.push(end - length);
  }
  return matchesAt(text, PAY_WORD_FIGURE_AT, starts);
}

function extractRaw(text: string): (Salary & { bare?: boolean }) | null {
  const figures = new Figures();
  const found = figures.list;
  for (const m of rangeMatches(text)) {
    const [, pre1, dollar1, sym1, code1, n1, k1, pre2, dollar2, sym2, code2, n2, k2, codeAfter, symAfter] = m;
    let currency =
      (dollar1 ? DOLLAR_PREFIX[pre1 ?? 'US'] ?? 'USD' : undefined) ??
      (sym1 ? SYMBOLS[sym1] : undefined) ??
      (code1 ? currencyOfCode(code1) : undefined) ??
      (dollar2 ? DOLLAR_PREFIX[pre2 ?? 'US'] ?? 'USD' : undefined) ??
      (sym2 ? SYMBOLS[sym2] : undefined) ??
      (code2 ? currencyOfCode(code2) : undefined);
    if (codeAfter) currency = currencyOfCode(codeAfter);
    else if (symAfter) currency = SYMBOLS[symAfter];
    else if (dollar1 && !pre1) {
      // "AUD $90,000 to $180,000": a dollar's code written before its sign, or after the figure.
      const end = m.index + m[0].length;
      const after = text.slice(end, end + 20);
      const code = DOLLAR_CODE_BEFORE.exec(text.slice(Math.max(0, m.index - 6), m.index)) ?? DOLLAR_CODE_AFTER_PERIOD.exec(after) ?? DOLLAR_CODE_IN_BRACKETS.exec(after);
      if (code) currency = code[1]!.toUpperCase() === 'CDN' ? 'CAD' : code[1]!;
    }
    // "60k - £80k per annum": the currency written on the upper bound only.
    const lower = currency && n1 && !n2 && (dollar1 || sym1 || code1) ? LOWER_BOUND_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index)) : null;
    const f = !currency || !n1 ? null : lower ? payFigure(text, m.index - lower[0].length, m[0].length + lower[0].length, currency, lower[1]!, lower[2], n1, k1) : payFigure(text, m.index, m[0].length, currency, n1, k1, n2, k2);
    if (f) figures.push(f);
  }
  // Whether a figure with its currency before it was found: bare ranges stand in only then.
  const noneYet = found.length === 0;
  // A figure or range with its currency only after it: "105,000 USD /year", "50k EUR", "30k€ - 70k€".
  CURRENCY_AFTER_RE.lastIndex = 0;
  for (let m = CURRENCY_AFTER_RE.exec(text); m !== null; m = CURRENCY_AFTER_RE.exec(text)) {
    const [, n1, k1, n2, k2, code, sym, word] = m;
    if (figures.near(m.index)) continue;
    const currency = code ? currencyOfCode(code) : sym ? SYMBOLS[sym]! : CURRENCY_WORDS[word!.toLowerCase()]!;
    const f = n1 ? payFigure(text, m.index, m[0].length, currency, n1, k1, n2, k2) : null;
    if (f) figures.push(f);
  }
  RAND_RE.lastIndex = 0;
  for (let m = RAND_RE.exec(text); m !== null; m = RAND_RE.exec(text)) {
    const [, n1, k1, n2, k2] = m;
    if ((!k1 && !n2) || figures.near(m.index)) continue;
    const f = payFigure(text, m.index, m[0].length, 'ZAR', n1!, k1, n2, k2);
    if (f) figures.push(f);
  }
  // Ranges without any currency ("120-150k"): in the header, or past it when said to be pay, and
  // only when no figure with its currency before it was found. A range with its code after it
  // ("115k - 180k USD") is CURRENCY_AFTER_RE's, whether its tests took it or not.
  BARE_RANGE_RE.lastIndex = 0;
  for (let m = BARE_RANGE_RE.exec(text); m !== null; m = BARE_RANGE_RE.exec(text)) {
    const [, n1, k1, n2, k2, code] = m;
    const end = m.index + m[0].length;
    // "6–10 LPA": lakhs per annum are rupees a year.
    const lpa = k2 === 'LPA';
    // A range without a currency is read as dollars: in lakhs it is none.
    if (code || !noneYet || !n1 || !n2 || !unitsFit(lpa ? 'INR' : 'USD', k1, k2)) continue;
    // Past the header, a bare range counts when it is said to be pay ("120k - 160k Base Salary").
    const justBefore = text.slice(Math.max(0, m.index - 30), m.index);
    const saidToBePay =
      BARE_PAY_AFTER.test(text.slice(end, end + 40)) ||
      BARE_PAY_BEFORE.test(justBefore) ||
      PAY_IN_CLAUSE.test(text.slice(Math.max(0, m.index - 100), m.index)) ||
      TITLE_BRACKET_BEFORE.test(justBefore) ||
      TITLE_FIELD_BEFORE.test(justBefore);
    if ((m.index > 300 && !saidToBePay) || figures.near(m.index)) continue;
    if (!(k1 || k2)) {
      // "Compensation: typically 100–200/hr": an hourly rate said to be pay needs no k.
      const lo = Number(n1);
      const hi = Number(n2);
      if (saidToBePay && statedPeriod(text.slice(end)) === 'hour' && lo >= 10 && hi < 1000 && hi >= lo) figures.push({ min: lo, max: hi, currency: 'USD', period: 'hour', at: m.index, bare: true });
      continue;
    }
    const lo = toNumber(n1, k1 ?? (lpa ? 'LPA' : 'k'));
    const hi = toNumber(n2, k2 ?? 'k');
    if (lpa) {
      if (lo >= 100_000 && hi <= 100_000_000 && hi >= lo) figures.push({ min: lo, max: hi, currency: 'INR', period: 'year', at: m.index, bare: true });
      continue;
    }
    // "7K-8K/month": thousands a month, said to be pay.
    const monthly = saidToBePay && statedPeriod(text.slice(end)) === 'month';
    // "Amsterdam | Full-time | Onsite | 4-6k": thousands in a field of the header line of their
    // own, too few for a year's pay, are a month's (in the country's currency: extractSalary).
    const figureEnd = m.index + m[0].trimEnd().length;
    const monthlyField =
      !monthly && hi < 20000 && figureEnd <= headerEndOf(text) && FIELD_START.test(text.slice(Math.max(0, m.index - 3), m.index)) && FIELD_END.test(text.slice(figureEnd, figureEnd + 24));
    if ((monthly || monthlyField) && lo >= 1000 && hi <= 100_000 && hi >= lo) figures.push({ min: lo, max: hi, currency: 'USD', period: 'month', at: m.index, bare: true });
    else if (lo >= 20000 && hi <= 1_000_000 && hi >= lo) figures.push({ min: lo, max: hi, currency: 'USD', period: 'year', at: m.index, bare: true });
  }
  // A single figure without a currency, said to be pay right after or before it: "110k+ (based on
  // experience)", "95k base", "Expected Salary Range: 140k+", "Pay based on experience, starting
  // at 60k", "Salaries are in the 150k range". Only when nothing else was found.
  if (found.length === 0) {
    const headerEnd = headerEndOf(text);
    BARE_FIGURE_RE.lastIndex = 0;
    for (let m = BARE_FIGURE_RE.exec(text); m !== null; m = BARE_FIGURE_RE.exec(text)) {
      const end = m.index + m[0].length;
      const value = Number(m[1]) * 1000;
      // "Bethlehem, PA 90k-Full Time-In Office": a field of the header line of its own.
      const headerField = end <= headerEnd && FIELD_END.test(text.slice(end, end + 24));
      const before = text.slice(Math.max(0, m.index - 80), m.index);
      const saidToBePay = BARE_PAY_AFTER.test(text.slice(end, end + 40)) || BARE_PAY_BEFORE.test(before.slice(-30)) || (STARTS_AT_BEFORE.test(before) && PAY_CONTEXT.test(before));
      if (value >= 20000 && (headerField || saidToBePay)) figures.push({ min: value, max: value, currency: 'USD', period: 'year', at: m.index, bare: true });
    }
  }
  // A whole figure right after a pay word and its colon, with no currency: "Salary: 2500 gross",
  // "Compensation: 65,000 per year". In the job's country's currency (extractSalary).
  if (found.length === 0) {
    for (const m of payWordFigures(text)) {
      const end = m.index + m[0].length;
      const value = toNumber(m[1]!, undefined);
      const period = statedPeriod(text.slice(end)) ?? periodOfSize(value);
      if (value >= 1000 && value <= 1_000_000 && !(period === 'year' && value < 10000) && period !== 'hour') figures.push({ min: value, max: value, currency: 'USD', period, at: m.index, bare: true });
    }
  }
  if (found.length === 0) return null;
  const counts = new Map<string, number>();
  for (const f of found) counts.set(currencyPeriod(f), (counts.get(currencyPeriod(f)) ?? 0) + 1);
  // Equal counts: the figures a pay word labels ("Salary: $80-$125k" over "lawyers' rates
  // averaging $300 / hour"), then the first.
  const labelled = new Set(found.filter((f) => BARE_PAY_BEFORE.test(text.slice(Math.max(0, f.at - 30), f.at))).map(currencyPeriod));
  const best = [...counts.entries()].sort(
    (a, b) =>
      b[1] - a[1] ||
      Number(labelled.has(b[0])) - Number(labelled.has(a[0])) ||
      found.findIndex((f) => currencyPeriod(f) === a[0]) - found.findIndex((f) => currencyPeriod(f) === b[0]),
  )[0]![0];
  const chosen = found.filter((f) => currencyPeriod(f) === best);
  return {
    min: Math.min(...chosen.map((f) => f.min)),
    max: Math.max(...chosen.map((f) => f.max)),
    currency: chosen[0]!.currency,
    period: chosen[0]!.period,
    bare: chosen.every((f) => f.bare),
  };
}

/**
 * The figures found so far, and their offsets ascending: whether one was found near an offset is
 * a bisection, where a walk over all of them made a text of thousands of figures cost their
 * number squared.
 */
class Figures {
  /** In the order found. */
  readonly list: Found[] = [];
  private readonly offsets: number[] = [];
  push(f: Found): void {
    this.list.push(f);
    const i = lowerBound(this.offsets, f.at);
    if (i === this.offsets.length) this.offsets.push(f.at);
    else this.offsets.splice(i, 0, f.at);
  }
  /** Whether a figure was already found within a few characters of `at` (offsets are whole): the same figure read twice. */
  near(at: number): boolean {
    const i = lowerBound(this.offsets, at - 11);
    return i < this.offsets.length && this.offsets[i]! <= at + 11;
  }
}

/** A figure's currency and period, as one key. */
function currencyPeriod(f: Found): string {
  return `${f.currency}/${f.period}`;
}
