import { Keyword, type KeywordSites } from './keywords.ts';
import { sitesOf } from './tokens.ts';

export type VisaPolicy = 'yes' | 'no' | 'unspecified';

// GUIDE.md: "yes" when sponsorship or relocation visa support is offered, "no" when it is
// explicitly not ("no visa sponsorship", "must already be authorized to work in the US",
// "cannot sponsor"), "unspecified" otherwise. A refusal wins over a mention.

/**
 * Refusals of a visa (GUIDE.md's "no"): keyword expressions (keywords.ts) grouped by the words
 * their alternatives begin with, so that at a word only the alternatives that can begin there
 * are tried. As one expression, tried at every word any of its 37 alternatives begins with
 * ("with", "us", "are", "work" and "you" are in most postings), it tried all 37 at each and
 * was visa's largest cost (about half as much again as these groups, measured over the
 * recorded postings). The common words begin alternatives of one group only: each group a word
 * begins is one more note in the word scan of every posting. A text has a refusal when any
 * group matches.
 */
const REFUSED: readonly Keyword[] = [
  // A negation before a visa: "no visa sponsorship", "we cannot accommodate international
  // applicants"; and "with the right to work in", "have work authorization in", "are authorized
  // to work here", which begin with words of these.
  new Keyword(
    new RegExp(
      [
        // "no visa sponsorship", "cannot sponsor visas", "we are unable to sponsor", "not able to offer sponsorship";
        // not "We can't sponsor relocation costs", which refuses money, not a visa.
        // Not across a header's separators: "No Remote / VISA provided" refuses remote work only, as
        // "No remote, H1Bs will be considered" and "REMOTE no, H1B yes" do.
        // "not many companies offer visa sponsorship" or "not only do we sponsor" refuse nothing.
        String.raw`\b(?:no(?!(?<=\bremote\s+no)\s*[,;)])|not(?!\s+(?:many|all|every|only|just)\b)|cannot|can['’]?t|can not|unable to|won['’]?t|will not|don['’]?t|do not|does not|doesn['’]?t|are not able to|aren['’]?t|is not|isn['’]?t|without)\b(?!\s+remote\s*[,;])(?:(?!\s\/\s)[^.\n|]){0,40}\b(?:visas?|sponsor(?:s|ships?|ing)?(?!\s+relocation\s+(?:costs?|expenses?|fees?)\b)|h-?1-?bs?|work\s+permits?)\b`,
        // "we cannot accommodate international applicants"
        String.raw`\b(?:cannot|can['’]?t|can not|unable to|not able to)\s+(?:accommodate|accept|consider|hire)\s+international\s+(?:applicants|candidates)\b`,
        // "engineers with the right to work in the UK to join", "English with the right to work in the UK";
        // not "Candidates with right to work in the US will be prioritized".
        String.raw`\bwith\s+(?:the\s+|a\s+)?(?:(?:full|permanent|legal)\s+)?right\s+to\s+work\s+in\s+(?:the\s+)?(?:us|u\.s\.?|usa|united states|uk|eu|canada)\b(?![^.\n]{0,30}\b(?:preferred|encouraged|a plus|plus|bonus|prioriti[sz]ed|favou?red)\b)`,
        // "have work authorization in the EU", "and are authorized to work here"
        String.raw`\bhave\s+(?:a\s+|valid\s+)*work\s+(?:authori[sz]ation|permits?)\s+(?:in|for)\s+(?:the\s+)?(?:eu|us|u\.s\.?|usa|uk|canada|united states|european union)\b|\bare\s+(?:legally\s+)?authori[sz]ed\s+to\s+work\s+here\b`,
      ].join('|'),
      'i',
    ),
    ['no', 'can', 'unab', 'won', 'will', 'don', 'do n', 'does', 'are ', 'aren', 'is n', 'isn', 'with', 'have'],
  ),
  // A visa's own word first: "sponsorship is not available", "H1B: no", "Visa: no".
  new Keyword(
    new RegExp(
      [
        // "sponsorship is not (currently) available", "visa: no", "Relocation is an option but
        // sponsorship / remote is not."
        String.raw`\b(?:visas?|sponsorship)\b[^.\n]{0,20}\b(?:not (?:currently |presently |yet )?(?:available|offered|possible|provided|supported)\b|unavailable\b|(?:is|are)\s+not\s*(?:[.!;)]|$))`,
        // "REMOTE/H1B no", "H1B: no", "visa no"; not "H1B no problem"
        String.raw`\b(?:h-?1-?bs?|visas?)[ \t]*(?:[:=][ \t]*)?no\b(?!\s+(?:problem|issue|worries)s?\b)`,
        // "Visa: no", "Visa/relocation: No", "Visa sponsorship: no"
        String.raw`\b(?:visas?|sponsorship)(?:\s*(?:\/|&|and)?\s*(?:relocation|sponsorship|immigration))?\s*[:=]\s*(?:no\b|not\s+(?:at\s+this\s+time|currently|now|available|offered|possible)\b)`,
      ].join('|'),
      'i',
    ),
    ['visa', 'spon', 'h1b', 'h-1b', 'h1-b', 'h-1-'],
  ),
  // "Work visa required", "work permit ... only", "work permit required".
  new Keyword(
    new RegExp(
      [
        // "work visa required"
        String.raw`\bwork\s+visas?\s+(?:is\s+|are\s+)?(?:required|needed|a\s+must)\b`,
        // "EU-passport or work permit in Switzerland only"
        String.raw`\bwork\s+permit\s+(?:in|for)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+only\b`,
        // "EU work permit required", "EU/EEC work permit/visa required", "EU RIGHT TO WORK NEEDED"
        String.raw`\b(?:work(?:ing)?\s+(?:permits?|permission)|right\s+to\s+work)(?:\s*\/\s*visas?)?\s+(?:is\s+|are\s+)?(?:required|needed|a\s+must|mandatory)\b`,
      ].join('|'),
      'i',
    ),
    ['work', 'righ'],
  ),
  // A country's citizens, residents or work authorization first: "US citizens only", "| EU work permit", "EU Visa required".
  new Keyword(
    new RegExp(
      [
        // "EU Visa required": a visa the hire must already have
        String.raw`\b(?:eu|us|u\.s\.|uk)\s+visas?\s+(?:is\s+|are\s+)?(?:required|needed|a\s+must)\b`,
        // "US Work Authorization Required", "UK work authorisation is required"
        // "US Work Auth required", "U.S Work Authorization required"
        String.raw`\b(?:us|u\.s\.?|uk|eu|canadian|canada)\s+work\s+auth(?:ori[sz]ation)?\s+(?:is\s+)?(?:required|needed|a must)\b`,
        // A requirement as a header field or list item: "| Citizen |", "| EU work permit", "- US citizen, live in the US", "- US citizenship."
        String.raw`(?<=\|[ \t]*)(?:us\s+|u\.s\.\s+)?citizen(?:s|ship)?(?=[ \t]*(?:\||\n|$))|(?<=\|[ \t]*)(?:us|u\.s\.|uk|eu|european)\s+work(?:ing)?\s+(?:permit|authori[sz]ation|visa)\b(?=[ \t]*(?:\||\n|$))|(?<=(?:^|\n)[ \t]*[-*•][ \t]*)(?:us|u\.s\.|uk|eu)\s+citizen(?:s|ship)?\b`,
        // "Remote (US) - US Citizen": a header field that asks for it
        String.raw`\b(?<!non[- ]?)(?:us|u\.s\.|uk|eu|au)\s+citizen(?:s|ship)?\s*(?:only\b|required\b|is required\b|\)|$|\||\n)`,
        // "we can only hire US citizens"; "US citizenship and the ability to hold a security clearance are required";
        // "as long as you can secure a visa on your own"; "non-US work eligible applicants need not apply"
        String.raw`\b(?:us|u\.s\.|uk|eu)\s+citizenship\b[^.\n]{0,60}\b(?:is|are)\s+required\b|\bsecure\s+a\s+visa\s+on\s+your\s+own\b|\bnon-?(?:us|u\.s\.|uk|eu)\b[^.\n]{0,30}\bneed\s+not\s+apply\b`,
        // "Canadian needed", "American citizens only"
        String.raw`\b(?:canadian|american|british|swiss|australian)\s+(?:citizens?\s+|nationals?\s+)?(?:needed|required|only)\b`,
        // "| EU or eligible to work in Switzerland"
        String.raw`\b(?:eu|us|uk|swiss)\s+(?:citizens?\s+|passport\s+)?or\s+eligible\s+to\s+work\b`,
        // "US Persons only due to government export controls" (ITAR)
        String.raw`\b(?:us|u\.s\.) persons? (?:only|required|is required)\b|\b(?:must|need to|needs to) be (?:an? )?(?:eligible )?(?:us|u\.s\.) persons?\b`,
        // "US residency (regulatory requirement)", "U.S. residency required"
        String.raw`\b(?:us|u\.s\.) residency\s*(?:\(?(?:regulatory |legal )?requirement\b|(?:is )?required\b)`,
        // "| EU passport only", "(Must be citizen in UK, France, Germany, or USA)"
        String.raw`\b(?:eu|us|uk|swiss|american|british|european)[- ]passports?\s+(?:holders?\s+)?only\b|\bmust\s+be\s+(?:an?\s+)?citizens?\s+(?:in|of)\b`,
      ].join('|'),
      'i',
    ),
    ['us', 'u.s', 'uk', 'eu', 'cana', 'citi', 'au c', 'secu', 'non', 'amer', 'brit', 'swis', 'aust', 'must', 'need'],
  ),
  // A requirement first: "must be authorized to work", "requires US citizenship", "clearance required".
  new Keyword(
    new RegExp(
      [
        // "must (already) be authorized / eligible to work", "legally able to work"
        String.raw`\b(?:must|should|need to|needs to|required to)\s+(?:already\s+)?(?:be\s+)?(?:legally\s+)?(?:authori[sz]ed|eligible|permitted)\s+to\s+work\b`,
        String.raw`\b(?:must|need to|needs to)\s+(?:already\s+)?be\s+able\s+to\s+work\s+in\s+the\s+(?:us|u\.s|united states|uk|eu)\b`,
        String.raw`\b(?:only|must|need to|needs to|required to)\b[^.\n]{0,60}\b(?:authori[sz]ed|eligible) to work (?:[_*]?permanently[_*]? )?(?:in|within|for any employer)\b`,
        // "Candidate must have EU work rights", "Must have US Employment Authorization"
        String.raw`\bmust (?:already )?have (?:a |the )?(?:valid )?(?:(?:us|u\.s\.|uk|eu|european|australian|canadian)\s+)?(?:work permit|right to work|work rights|(?:work|employment) authori[sz]ation)\b`,
        // "you need to already be US authorized"
        String.raw`\balready\s+be\s+(?:us\s+|u\.s\.\s+)?authori[sz]ed\b`,
        // "only for people with a legal right to work in the US"
        String.raw`\b(?:only|must|needs?|requires?|required to)\b[^.\n]{0,40}\blegal right to work\b`,
        // "US citizens only", "(US Citizens)", "must be a US citizen", "requires US citizenship"
        String.raw`\b(?:must|need to|needs to|required to|should)\s+(?:be|have)\s+(?:an?\s+)?(?:(?:swiss|german|french|british|dutch|european|us|uk|eu)\s*\/\s*)?(?:us|u\.s\.|american|uk|eu|canadian|swiss|german|french|british|dutch|european|australian)\s+citizen`,
        String.raw`\brequires? (?:(?:us|u\.s\.)|[a-z]+(?:\/[a-z]+)?) citizenship\b(?! (?:is )?(?:not|optional|a plus|preferred)\b)|\bcitizenship (?:is )?(?:required\b|an? (?:job )?requirement\b)|\bcitizen(?:s|ship)?(?:\s*[\/&;]\s*|\s+(?:or|and)\s+)(?:(?:a|an|the)\s+)?(?:permanent residen(?:ts?|cy)|green[- ]cards?(?: holders?)?(?!\s+(?:applications?|process\w*|lottery|sponsorship))|pr\b|(?:a |with a )?valid work (?:visa|permit))\b(?![^.\n]{0,15}\b(?:preferred|encouraged|a plus)\b)`,
        String.raw`\b(?:security )?clearance (?:is )?required\b|\brequires? (?:an? )?(?:active )?(?:security )?clearance\b|\brequires?\s+(?:an?\s+|the\s+)?(?:active\s+)?(?:ts\/sci|top\s+secret)\b`,
      ].join('|'),
      'i',
    ),
    ['must', 'shou', 'need', 'requ', 'only', 'alre', 'citi', 'secu', 'clea'],
  ),
  // The right, the authorization or the legal ability to work first: "legally able to work", "Authorized to work in US only".
  new Keyword(
    new RegExp(
      [
        // "legally able to work", "REMOTE (Legal to work in the US)"
        String.raw`\blegally (?:able|allowed|authori[sz]ed|eligible) to work\b|\bable to (?:work legally|legally work)\b|\blegal to work in\b`,
        String.raw`\b(?:existing|current|valid) (?:us |u\.s\. )?work authori[sz]ation (?:required|is required|needed)\b`,
        // A requirement standing alone, as a header field, list item or clause: "Full time - Authorized
        // to work in US only", "| Auth to work in US/CA", "- Authorized to work in the U.S.", "you are
        // authorized to work in the USA", "- The right to work in the United States"; not "...
        // strongly preferred", nor "Candidates currently authorized to work in the US are encouraged
        // to apply".
        String.raw`(?<=(?:^|\n|[-–•*|,(:;])[ \t]*(?:the\s+)?|\b(?:you|who)\s+are\s+)(?:(?:permanent\s+)?(?:legal\s+)?right|(?:currently\s+)?(?:legally\s+)?auth(?:ori[sz]ed|\.)?)\s+to\s+work\s+in\s+(?:the\s+)?(?:us|u\.s\.?|usa|united states|uk|eu|canada)\b(?![^.\n]{0,30}\b(?:preferred|encouraged|a plus|plus|bonus|prioriti[sz]ed|favou?red)\b)`,
        // "Permanent eligibility to work in US required", "Right to work in the UK is required"
        String.raw`\b(?:eligibility|authori[sz]ation|right)\s+to\s+work\s+in\s+(?:the\s+)?(?:us|u\.s\.?|usa|united states|uk|eu|canada|[a-z]+)\s+(?:is\s+)?(?:required|needed|a\s+must|mandatory)\b`,
        // "authorization to work in the U.S. or Canada required"; "too small to sponsor visas"
        String.raw`\bauthori[sz]ation to work in\b(?:[^.\n]|\.(?=\S|[ \t]+[a-z])){0,30}\b(?:required|needed|a must)\b|\btoo (?:small|early|young) to sponsor\b`,
        // "This role is only open to candidates with US work authorization"
        // "we can only accept applicants with EU work permit"
        String.raw`\bonly\b[^.\n]{0,40}\bwith\s+(?:(?:an?|the|valid)\s+)?(?:(?:us|u\.s\.|uk|eu|canadian)\s+)?work\s+(?:authori[sz]ation|permits?)\b`,
        String.raw`\bonly\s+(?:hire|consider|accept|employ)\s+(?:us|u\.s\.|american|uk|eu|canadian|australian)\s+citizens\b`,
        // "EU-Passport holders or eligible to work in Switzerland", "EU passport holders only"
        String.raw`\bpassport holders? (?:only\b|or (?:those )?(?:eligible|authori[sz]ed|permitted) to work\b)`,
      ].join('|'),
      'i',
    ),
    ['lega', 'able', 'exis', 'curr', 'vali', 'perm', 'righ', 'auth', 'elig', 'too ', 'only', 'pass'],
  ),
  // "You will need a visa to work", "citizens or work visa holders".
  new Keyword(
    new RegExp(
      [
        // "You will need a visa to work in the UK", "EU citizen or work visa holder", "must have a working visa or EU passport"
        String.raw`(?<!\bif\s)\byou\s+(?:will\s+)?need\s+(?:a|to\s+have\s+a)\s+(?:valid\s+)?(?:work\s+)?visa\s+to\s+work\b(?![^.\n]{0,40}\b(?:we|and)\s+(?:can|will|do|are\s+happy\s+to)\s+(?:help|sponsor|assist))|\b(?:citizens?|passport(?:\s+holders?)?)\s+or\s+(?:a\s+)?work(?:ing)?\s+visa(?:\s+holders?)?\b|\bmust\s+(?:already\s+)?have\s+a\s+(?:valid\s+)?work(?:ing)?\s+visa\b`,
      ].join('|'),
      'i',
    ),
    ['you ', 'citi', 'pass', 'must'],
  ),
];

const OFFERED = new Keyword(
  /\bvisas?\b|\bsponsor(?:s|ship|ing)?\b|\bh-?1-?bs?\s+yes\b|\bh-?1-?b(?:['’]?s)?\b|\bh-?1 +(?:possible|ok|okay|welcome|friendly|transfers?)\b|\bblue card\b|\b(?:help|provide|assist|support|handle|manage|get|obtain|arrange|offer)\w*\b[^.\n]{0,30}\b(?:work|residen(?:ce|cy)) permits?\b|\b(?:work|residen(?:ce|cy))\s+permits?\s*(?:\+|and|&)\s*(?:work|residen(?:ce|cy))\s+permits?\b|\bwork permits?\s+(?:(?:and|&)\s+(?:relocation|visa|immigration)\s+)?(?:process|support|assistance|help|provided|available)\b|\bimmigration (?:support|help|assistance|process)\b|\b(?:foreign\s+(?:workers|candidates|applicants|nationals)|international\s+(?:candidates|applicants))\s+(?:are\s+)?welcome\b|\bhelp\w*\s+(?:you\s+)?with\s+(?:the\s+)?(?:[\w-]+\s+)?(?:bureaucracy|residency|residence\s+permits?)\b|\brelocation (?:and|&) (?:visa|immigration)\b/i,
  ['visa', 'spon', 'h-1b', 'h1b', 'h1-b', 'h-1-', 'h1 ', 'h-1 ', 'blue', 'help', 'prov', 'assi', 'supp', 'hand', 'mana', 'get', 'obta', 'arra', 'offe', 'resi', 'work', 'immi', 'relo', 'fore', 'inte'],
);
/** "If you don't already have an H1B, we sponsor", "If you're not already in Hong Kong, we can sponsor you": a condition, not a refusal. */
// A keyword expression (keywords.ts): found by trying it only where a word begins "if y" or "if t",
// where the case-blind expression over the whole text took 1.7 µs a posting that reads as visa.
const CONDITION = new Keyword(/\bif (?:you|they) (?:do not|don['’]?t|are not|aren['’]?t|currently do not)\b|\bif (?:you|they)['’]re not\b/gi, ['if y', 'if t']);

/** The text with each CONDITION replaced by a space: `text.replace(CONDITION.re, ' ')`, from the matches at its keyword sites. */
function withoutConditions(text: string, sites: KeywordSites): string {
  const conditions = sites.all(CONDITION);
  if (conditions.length === 0) return text;
  let out = '';
  let from = 0;
  for (const m of conditions) {
    out += `${text.slice(from, m.index)} `;
    from = m.index + m[0].length;
  }
  return out + text.slice(from);
}

/**
 * A refusal that goes on to an offer in the same sentence: "we cannot sponsor NEW H-1B's, but we
 * can transfer existing visas and sponsor new E3's". The refusal is of some visas only.
 */
const REFUSAL_THEN_OFFER =
  /\b(?:cannot|can['’]?t|can not|unable to|not able to|don['’]?t|do not|won['’]?t|will not)\b[^.\n]{0,60}?\bbut\b(?=[^.\n]{0,20}\b(?:can|will|do|are happy to|are able to)\b[^.\n]{0,40}\b(?:sponsor|transfer)\w*)/gi;

/**
 * An offer that goes on to a requirement in the same sentence: "Happy to sponsor/extend visas, but
 * you need to already be authorized to work in the US" offers sponsorship (a transfer or an
 * extension): labellers read it as yes.
 */
// Read forward (the offer captured and kept, the rest cut): a lookbehind in front was tried at
// every character of the text and cost 2% of all classifying.
const OFFER_THEN_REQUIREMENT = /(\b(?:happy|glad|able|willing)\s+to\s+(?:sponsor|transfer)\w*\b[^.\n]{0,40}?)\bbut\b[^.\n]*/gi;

/** What REFUSAL_THEN_OFFER offers: without it, no refusal goes on to an offer. */
const SPONSOR_OR_TRANSFER = /sponsor|transfer/i;
/**
 * A refusal of new H-1Bs only, beside other visas offered: "open to sponsoring existing H-1B's, new
 * E-3, O-1, and TN's; however at this time we are not sponsoring new H-1B's".
 */
const NEW_H1B_REFUSED = /\b(?:no|not|cannot|can['’]?t|unable to|won['’]?t)\b[^.\n]{0,40}?\bnew\s+(?:h-?1b['’]?s?|visas?)\b/gi;
/**
 * Sponsorship of a green card, offered or refused: "Can sponsor VISA / transfers. Can NOT offer
 * immediate Green card sponsorship" offers the visa.
 */
const GREEN_CARD_SPONSORSHIP = /\b(?:(?:no|not|cannot|can['’]?t|unable to|won['’]?t)\b[^.\n]{0,40}?)?\bgreen[- ]card\s+sponsor(?:ship|ing)?\b/gi;
// A keyword expression: its first letters ("e", "t", "o") begin most words, and the case-blind
// expression read over the whole text took 4.4 µs a posting that reads as visa.
const OTHER_VISAS = new Keyword(/\b(?:transfer\w*|existing\s+h-?1b|e-?3|tn['’]?s?|o-?1)\b/i, ['tran', 'exis', 'e3', 'e-3', 'tn', 'o1', 'o-1']);
/** Visa the card network beside others: "VISA/MC combined", "Visa, Mastercard", "Visa and American Express". */
const CARD_NETWORKS = /\b(?:visa|mastercard|amex)(?:(?:\s*[/,&]\s*|\s+and\s+)(?:visa|mastercard|mc|amex|american\s+express|discover))+\b|\b(?:mastercard|mc|amex|american\s+express)(?:\s*[/,&]\s*|\s+and\s+)visa\b/gi;

/** "US residents only", "REMOTE (UK residents only)", "(EU residents ONLY)". */
const RESIDENTS_ONLY = new Keyword(/\b(?:us|u\.s\.?|uk|eu|canadian)\s+residents?\s+only\b/i, ['us', 'u.s', 'uk', 'eu', 'cana']);

/** Words one of the patterns needs: most postings have none, and skip the expressions. */
const CUE = new Keyword(
  /\b(?:visa|sponsor|h-?1-?b|h-?1 |auth(?:ori[sz]|\.?\s+to\s+work|\s+required)|eligib|permitted|legal|citizen|clearance|blue card|permit|immigration|right\s+to\s+work|(?<=\bwork\s)rights\b|persons?\s+(?:only|required|is\s+required)|passport\s+holders?|passports?\s+only|able\s+to\s+work\s+in|residents?\s+only|residency|(?:canadian|american|british|swiss|australian)\s+(?:citizens?\s+|nationals?\s+)?(?:needed|required|only)|(?:foreign\s+(?:workers|candidates|applicants|nationals)\s+(?:are\s+)?welcome)|international\s+(?:candidates|applicants))/i,
  ['visa', 'spon', 'h-1b', 'h1b', 'h1-b', 'h-1-', 'h1 ', 'h-1 ', 'auth', 'elig', 'perm', 'lega', 'citi', 'clea', 'blue', 'immi', 'righ', 'pers', 'pass', 'able', 'resi', 'cana', 'amer', 'brit', 'swis', 'aust', 'fore', 'inte'],
);

/** "Visa status" asked of applicants: "your notice period and visa status", "Employment Visa Status: ...". */
const VISA_STATUS = new Keyword(/\bvisa\s+status\b/gi, ['visa']);
/**
 * "Sponsor" where a word starts: every alternative of NOT_VISA_SPONSOR has one, so a text without
 * it has nothing for that expression to cut. A keyword expression, like VISA_STATUS and
 * GREEN_CARD: "sponsor", "status" and "green card" looked for case-blind over the whole text
 * took about 0.6 µs each in a posting that names a visa (measured: visaPolicy 0.90 of its time).
 */
const SPONSOR_WORD = new Keyword(/\bsponsor/i, ['spon']);
/** "Green card" or "green-card", even ending a word ("evergreen card"): its "card" always starts a word. */
const GREEN_CARD = new Keyword(/(?<=green[- ])card/i, ['card']);

/** Visa the company, named among customers or partners or investing: "customers like Twitter, Visa and Uber", "Visa has invested in". */
const VISA_THE_COMPANY = /\b(?:customers|clients|companies|partners|brands|investors|including|such as|like)\b[^.\n]{0,80}?\bVisa\b(?!\s+(?:sponsorship|support|process|transfers?))|\bVisa\s+(?:has\s+|have\s+|had\s+)?(?:invested|backed|led|funded|acquired|partnered)\b|\bVisa\s+(?:transactions?|payments?|cards?|network|checkout|Inc\b|Europe|Consulting)\b|\bVisa['’]s\b|^Visa(?=[ \t]*\|)/g;

/**
 * "Sponsor" that sponsors no visa: events, projects and people's travel ("we host and sponsor
 * London's PyData meetups", "we will sponsor travel to conferences", "sponsoring the Locker
 * project", "further education sponsorship", "sponsorship from NVIDIA"), and sponsors as people
 * or organisations ("present findings to DoD sponsors", "the sponsor of Netzke development"),
 * and money ("we can't sponsor relocation costs").
 */
const NOT_VISA_SPONSOR =
  /\bsponsors\b|\b(?:the|a|an|our|their|its|as)\s+(?:(?!visa|h-?1b|immigration)[\w-]+\s+)?sponsor\b|\bsponsor\w*\b[^.\n]{0,40}\bclearances?\b|\bsponsor(?:ing|ed)?[ \t]+(?:(?:the|a|an|some|many|several|various|local|our|other|lots[ \t]+of|a[ \t]+lot[ \t]+of|[\w-]+['’]s)[ \t]+)*(?:(?!(?:visas?|h-?1bs?|immigration|relocation|candidates?|employees?|hires?|you|them|people)\b)[\w+#-]+[ \t]+){0,4}?(?:travel|trips?|conferences?|tech-?events?|events?|meetups?|hackathons?|foundations?|projects?|development|communit(?:y|ies)|distributions?|accounts?|software|(?:user\s+)?groups?|clubs?|talks?|workshops?|courses?|education|training|certifications?|classes|memberships?|tickets?|data|charit(?:y|ies)|scholarships?|open[- ]source|organi[sz]ations?)\b|\b(?:further\s+)?(?:education|educational|training|conference|event)\s+sponsorship\b|\bsponsorship\s+(?:of|from)\b|\bsponsor(?:ing|ed)?\s+relocation\s+(?:costs?|expenses?|fees?)\b/gi;

/**
 * Whether `kw` matches in `piece`: `text` itself, or what is left of it once phrases were cut out.
 * The text's keyword sites serve while nothing was cut from it (nearly always); a cut text is
 * read whole.
 */
function hasIn(piece: string, text: string, sites: KeywordSites, kw: Keyword): boolean {
  if (piece === text) return sites.test(kw);
  // A global expression (VISA_STATUS, which `replace` uses) tests from its lastIndex.
  kw.re.lastIndex = 0;
  return kw.re.test(piece);
}

/** Visa sponsorship offered (yes), refused (no), or not mentioned (GUIDE.md). */
export function visaPolicy(text: string): VisaPolicy {
  const sites = sitesOf(text);
  if (!sites.test(CUE)) return 'unspecified';
  let unconditional = withoutConditions(text, sites);
  if (unconditional.includes(' but ') && SPONSOR_OR_TRANSFER.test(unconditional)) unconditional = unconditional.replace(REFUSAL_THEN_OFFER, ' ').replace(OFFER_THEN_REQUIREMENT, '$1 ');
  if (hasIn(unconditional, text, sites, OTHER_VISAS)) unconditional = unconditional.replace(NEW_H1B_REFUSED, ' ');
  // A green card is permanent residence, not the work visa GUIDE.md asks about.
  const greenCard = sites.test(GREEN_CARD);
  if (greenCard) unconditional = unconditional.replace(GREEN_CARD_SPONSORSHIP, ' ');
  const refusalSites = sitesOf(unconditional);
  if (REFUSED.some((kw) => refusalSites.test(kw))) return 'no';
  let offered = text.includes('Visa') ? text.replace(VISA_THE_COMPANY, ' ') : text;
  if (greenCard) offered = offered.replace(GREEN_CARD_SPONSORSHIP, ' ');
  if (offered.includes('VISA') || offered.includes('Visa')) offered = offered.replace(CARD_NETWORKS, ' ');
  if (hasIn(offered, text, sites, SPONSOR_WORD)) offered = offered.replace(NOT_VISA_SPONSOR, ' ');
  // "send your name, current location and visa status": a question, no offer.
  if (hasIn(offered, text, sites, VISA_STATUS)) offered = offered.replace(VISA_STATUS.re, ' ');
  if (sitesOf(offered).test(OFFERED)) return 'yes';
  // Residence asked for, and no visa offered: "full-time, US residents only". Weaker than a
  // refusal: a resident may hold a visa to transfer ("VISA ... open to US Residents only").
  if (sites.test(RESIDENTS_ONLY)) return 'no';
  return 'unspecified';
}
