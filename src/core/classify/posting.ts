import { Keyword, type KeywordSites } from './keywords.ts';
import { firstLineEnd } from './header.ts';
import { sitesOf } from './tokens.ts';
import type { ParsedPosting } from './types.ts';

// Top-level comments of a "Who is hiring?" thread are job postings unless something says
// otherwise: nearly all are. These are the exceptions GUIDE.md names.

/** Shorter is a test or a remark ("asd", "Remote", "AI research"); "Tophatter - Palo Alto, CA" is not. */
const MIN_LENGTH = 12;

/** People looking for work: "I'm currently looking for a job", "hire me", "my resume". */
const SEEKING = new Keyword(
  /\b(?:i['’]?m|i am|i['’]ve been)\s+(?:currently\s+|now\s+|actively\s+)?(?:looking|seeking|searching|available)\s+(?:for\s+)?(?:a\s+|an\s+|new\s+|my next\s+)*(?:job|work|role|position|employment|opportunit(?:y|ies)|internship|contract(?:s| work)?|freelance)\b|\bhire me\b|\b(?:please )?(?:see|check out|here is|here's|attached|view|visit|share) my (?:resume|cv|portfolio|github|linkedin)\b|\bmy (?:resume|cv)\s*:|\b(?:i['’]?m|i am) open to (?:work|new opportunities)\b|\bconsider my (?:profile|cv|resume|application)\b|\bseeking (?:a )?(?:new )?(?:job|position|role|opportunities)\b|\b(?:with reference to|in response to|regarding) your (?:recent )?(?:ad|add|advert|advertisement|post|posting|job post(?:ing)?)\b/i,
  ['im', "i'", 'i a', 'hire', 'plea', 'see', 'chec', 'here', 'atta', 'view', 'visi', 'shar', 'my r', 'my c', 'cons', 'seek', 'with', 'in r', 'rega'],
);
/**
 * Questions and remarks about the thread: "Anyone hiring in New Zealand?", "I don't work there
 * but". A remark word followed by a capitalised word is a name: "Great Lakes Energy".
 */
const META_START =
  /^(?![\w ]{1,12}:)(?:anyone|anybody|any one|is anyone|is anybody|is there|are there|does anyone|does anybody|do any|any (?:companies|company|startups?|one)|why|how come|how do|what|where|who(?!\s+is\s+hiring)|this (?:thread|month)|off[- ]topic|meta|question|i don['’]?t work (?:there|for|at)|i do not work|not hiring|sorry|thanks|thank you|wow|amazing|awesome|lol|\+1|same|ditto|great|nice|(?:could|can) (?:someone|somebody|anyone|anybody|i)|careful|i(?:['’]ve| have)? (?:already )?applied|and don['’]?t forget)\b/i;
// The "Who wants to be hired?" template, posted in the wrong thread: "Location: / Remote: /
// Willing to relocate: / Technologies: / Résumé/CV: / Email:".
const RELOCATE_FIELD = new Keyword(/\bwilling to relocate\s*:/i, ['will']);
const OTHER_SEEKER_FIELDS = [/\br[ée]sum[ée](?:\s*\/\s*cv)?\s*:/i, /\bcv\s*:/i, /\btechnologies\s*:/i, /^\s*remote\s*:/im, /^\s*location\s*:/im, /^\s*e-?mail\s*:/im];
// Employers sometimes answer in the same template ("Willing to relocate: depends on the candidate"),
// but they write "we".
// Filled in whole (four fields or more), it is a seeker's even with a "we": "reach out, and we
// can discuss further".
const TEMPLATE_FIELDS_IN_WHOLE = 4;
const isSeekerTemplate = (text: string, sites: KeywordSites) => {
  if (!sites.test(RELOCATE_FIELD)) return false;
  const fields = OTHER_SEEKER_FIELDS.filter((f) => f.test(text)).length;
  return fields >= TEMPLATE_FIELDS_IN_WHOLE || (fields >= 2 && !/\b(?:[Ww]e|[Ww]e['’]re|[Oo]ur|us)\b/.test(text));
};

const REMARK_WORD = /^(?:great|nice|wow|same|sorry|amazing|awesome)$/i;

/** META_START, unless its remark word begins a name ("Great Lakes Energy", "Nice Systems"). */
function opensAsRemark(header: string): boolean {
  const m = META_START.exec(header);
  if (!m) return false;
  return !(REMARK_WORD.test(m[0]) && /^[ \t]+[A-Z]/.test(header.slice(m[0].length)));
}
/**
 * A short question asking for jobs rather than offering one: "Any data analyst jobs going in
 * London?", "Recruiters and job-posters: any entry level positions?".
 */
const ASKS_FOR_JOBS = /^[^.!?]*\bany\s+(?:[\w-]+\s+){0,4}(?:jobs?|positions?|roles?|openings?|opportunities|startups?|compan(?:y|ies))\b[^.!?]*\?\s*$/i;
/** Notes about the thread itself: "A friendly reminder. The items listed here are on the map on whoishiring.io". */
const THREAD_NOTE = /\bfriendly reminder\b|\bwho ?is ?hiring\b[^.\n]{0,40}\b(?:app|map|chrome|extension|plugin)\b|\b(?:chrome|firefox|browser) (?:plugin|extension|add-?on) for (?:searching|filtering|browsing)\b/i;
const NOT_AFFILIATED = new Keyword(/\bi (?:don['’]?t|do not) work (?:there|for them|at)\b|\bnot affiliated\b|\bnot (?:a )?job posting\b/i, ['i ', 'not ']);
/** Spam that gets into the threads. */
const SPAM = new Keyword(
  /\bhackers? for hire\b|\bspell ?caster\b|\b(?:recover|recovery of) (?:lost|stolen) (?:bitcoin|crypto|funds)\b|\bspy on your (?:spouse|partner)\b|\bkeep an eye on your spouse\b|\bcheating (?:husband|wife|spouse|partner)\b|\blies from (?:my|our|your) (?:spouse|partner|husband|wife)\b|\b(?:all|any) forms of hacking\b|\bbank of (?:\w+ )?hackers\b|\bgrades? change\b|\bchang(?:e|ing) (?:school |university |college )?grades\b|\bhack issues\b|\bspy on (?:a |the )?targets?\b|\bgot (?:my|a|the) loan\b|\bwithout any (?:form of )?collateral\b/i,
  ['hack', 'spel', 'reco', 'spy ', 'keep', 'chea', 'lies', 'all ', 'any ', 'bank', 'grad', 'chan', 'got ', 'with'],
);

/**
 * A job seeker's post even with a header line of fields: "SEEKING WORK | Full-Stack Developer |
 * Argentina", "SEEKING REMOTE UI/UX DESIGN OPPORTUNITIES", or a first line of fields followed by
 * "I'm a software developer with 20 years of experience".
 */
// Not "SEEKING FREELANCE DEVELOPER" nor "Seeking engineers for great opportunities": employers.
const SEEKER_OPENING = /^seeking (?:work|remote work|(?:(?!for\b)[\w/-]+ ){0,3}opportunit(?:y|ies))\b/i;
const SELF_DESCRIPTION = new Keyword(
  /^(?:hi\s*,?\s*)?(?:i['’]?m|i am) (?:an? )?(?:[\w.#+-]+ ){0,3}(?:developer|engineer|designer|programmer|scientist) with (?:over )?\d+\+? years\b/im,
  ['hi', "i'", 'im', 'i a'],
);
/**
 * Notes to the employers of the thread: "Dear employers, please stop mentioning 'remote'...",
 * "A note to companies:", "Companies: PLEASE put a one-line description...", and sites that
 * announce themselves there ("Just a friendly reminder about WFH.io", "a friendly reminder. I'm parsing
 * the thread"); and replies to one employer posted at the top ("Hey AMBOSS team, I'm the co-founder of").
 */
const NOTE_TO_EMPLOYERS =
  /^(?:dear (?:employers|companies|posters|recruiters|hiring managers)|(?:an? )?(?:quick |friendly )?(?:note|request|plea|suggestion) (?:to|for) (?:companies|employers|posters|recruiters)|(?:companies|employers)\s*:\s*please\b|job posters\s*:|(?:a bit of |some |quick )?advice (?:for|to) (?:job posters|posters|companies|employers)\b|(?:hey,? )?(?:a )?(?:friendly )?note to (?:remote )?job seekers\b|i['’]ll post (?:this )?(?:to|in|on) this thread because\b|not a company or a job board\b|(?:hey,? |just )?a friendly reminder\b|(?:hey|hi|hello|dear) [\w .&'’-]{1,40} team\s*[,!:])/i;
/**
 * Tools and lists made from the thread: "I wrote a way to search these", "I'm manually curating
 * the VISA OK jobs in this thread", "Every month I scan the previous months' Who Is Hiring
 * thread", "You can also use Who is hiring++". Both a maker's verb and the thread are named.
 */
const TOOL_MAKER = new Keyword(
  /\b(?:i(?:['’]ve| have)? (?:wrote|written|built|made|put together|created|scanned|parsed|compiled|aggregated)|i(?:['’]m| am) (?:\w+ly )?(?:adding|parsing|curating|scanning|aggregating|collecting)|i (?:scan|parse|curate|collect|aggregate)|took the liberty of|you can also (?:use|check out|search|browse|view|find))\b/i,
  ['i ', "i'", 'took', 'you '],
);
const THE_THREAD = new Keyword(
  /\b(?:(?:this|the|each|every|these) threads?|who ?is ?hiring|job seekers|(?:jobs|job offers|job posts|postings|listings|offers|posts) (?:here|posted here|in (?:this|the) thread)|chrome extension|search (?:these|this))\b/i,
  ['this', 'the ', 'each', 'ever', 'thes', 'who', 'job ', 'jobs', 'post', 'list', 'offe', 'chro', 'sear'],
);
const THREAD_TOOL_WITHIN = 400;
const isThreadTool = (text: string, sites: KeywordSites) => {
  const opening = text.slice(0, THREAD_TOOL_WITHIN);
  return sites.firstIn(TOOL_MAKER, opening, 0) !== null && sites.firstIn(THE_THREAD, opening, 0) !== null;
};
/** Advice to the thread's posters about "your post", in a comment without a header line of fields. */
const ADDRESSES_POSTERS = /\b(?:in|to) your (?:job )?(?:posts?|postings?|listings?)\b/i;

/** What only an employer writes: how to apply, what is offered, where the job is. */
const EMPLOYER_WORDS = "hiring|hire|we['’]?re looking|we are looking|looking for|join (?:us|our)|apply|applications?|positions?|openings?|salary|equity|remote|onsite|on-site|full[- ]?time|part[- ]?time|interns?|internships?|careers|resume|cv|e-?mail|send|contact|benefits|visa|we need";
const EMPLOYER_CUE = new RegExp(String.raw`\b(?:${EMPLOYER_WORDS})\b`, 'i');
/** What an employer writes, also job words anyone may use: roles, "engineers", "team". */
const HIRING = new RegExp(
  String.raw`\b(?:${EMPLOYER_WORDS}|roles?|engineers?|developers?|designers?|scientists?|contract|jobs?|team|we['’]?re building|we are building|we build|needs?)\b`,
  'i',
);

/**
 * Short remarks about the thread rather than a job: "Upvoted for salary info", "Please upvote
 * posts with salary specified", "Wrong thread... :(", "This board would be much more useful
 * if...", "For anyone considering any of these jobs I wouldn't recommend...", "don't forget
 * to use ctrl-f". An employer's short post names itself ("we", "our", "join", "my company
 * is hiring", "I'm looking for students who...").
 */
const THREAD_REMARK =
  /\b(?:up-?vot\w*|(?:this|wrong) board|(?:this|the|wrong) (?:whole |earlier |previous )?thread|these (?:jobs|posts|postings|companies|listings)|(?:posts|postings|messages) (?:with|that)|ctrl[-+]f|cmd[-+]f)\b/i;
const SELF_REFERENCE = /\b(?:we|we['’]re|we['’]ll|our|us|join|is hiring|are hiring|my company|i['’]m looking for|i am looking for)\b/i;
/** Short posts from people who want a job: "I am looking for a Biomedical Engineering position in Florida". */
const SHORT_SEEKER = /^(?:i['’]?m |i am )?looking for an? (?:[\w-]+ ){0,4}(?:position|job|role)\b/i;
/**
 * A short post of someone who wants work, however it opens: "Umm seems not appropiate thread but
 * I am looking for FT remote position." Only the kinds of work a seeker names: "I'm looking for
 * someone to fill the role" is an employer's.
 */
const SEEKER_SAID =
  /\b(?:i['’]?m|i am) looking for (?:an? )?(?:(?:ft|pt|full[- ]?time|part[- ]?time|remote|contract|freelance|new|junior|senior|entry[- ]level|dev|developer|engineering|programming|software|web|it)\s+){0,4}(?:position|job|role|work|opportunit(?:y|ies))\b/i;
/** Words of an employer, which a seeker's short post does not use. */
const COMPANY_VOICE = /\b(?:we|we['’]re|our|us|hiring|join)\b/i;
/** Short pointers to other job sites: "For anyone looking for remote jobs: remoteok.io", "Go to http://... and check out the listed jobs". */
const POINTER = /^(?:for anyone|if (?:you are|you['’]re|anyone is) looking for|go to)\b[^.!?]*\b(?:check out|try|jobs?:|\.io|\.com)\b/i;

/** A short post that opens like a company: "Walt Disney Animation Studios, Burbank, CA". */
const EMPLOYER_LINE = /^[A-Z0-9][^?]{2,120}$/;
const DISCUSSION = /\b(?:i|i'm|i’m|me|my|you|your|please|thanks|sorry|anyone|just|would|could|should|why|how|what|where|who)\b/i;

/**
 * A link to a company's jobs page: "PaperlessPost.com/jobs", "jobs.rover.com", a job board's page.
 * Not a tool made from the thread ("hn-who-is-hiring", "hacker-news-hiring-trends"): THREAD_LINK.
 */
const JOBS_LINK =
  /^(?:https?:\/\/)?(?:www\.)?(?:(?:jobs|careers)\.|[^/]*\/(?:[^?#]*[/_-])?(?:jobs?|careers?|join(?:-us)?|work-with-us|positions|openings|vacancies)\b)|\b(?:greenhouse\.io|lever\.co|workable\.com|theresumator\.com|recruiterbox\.com|jobvite\.com|smartrecruiters\.com|breezy\.hr|ashbyhq\.com)\b/i;
const THREAD_LINK = /who-?is-?hiring|hacker-?news|ycombinator|hn-?(?:jobs|hiring)/i;
/** Hiring said outright, whatever opens the post: "we're hiring!", "join our team". */
const HIRING_SAID = /\b(?:we['’]?re|we are|is|are) hiring\b|\bjoin (?:us|our team)\b/i;

/**
 * Whether the posting links to a company's jobs page. Asked only of short texts, where it
 * decides: most postings are settled by their header before, and their links are not read.
 */
function hasJobsLink(parsed: ParsedPosting): boolean {
  return parsed.links.some((l) => JOBS_LINK.test(l) && !THREAD_LINK.test(l));
}

/** Whether a top-level comment advertises a job (GUIDE.md is_job_posting). */
export function isJobPosting(parsed: ParsedPosting, item: { deleted?: boolean }): boolean {
  const text = parsed.text;
  if (item.deleted) return false;
  // A company's jobs page with a place or a word or two: "New York, PaperlessPost.com/jobs".
  if (text.length < MIN_LENGTH && !/[?]/.test(text) && hasJobsLink(parsed)) return true;
  // "9999999999…", "42. 0.ae . 1e": no word at all.
  if (text.length < MIN_LENGTH || !/\p{L}{3}/u.test(text)) return false;
  const sites = sitesOf(text);
  if (sites.test(SPAM)) return false;
  if (SEEKER_OPENING.test(text) || sites.firstIn(SELF_DESCRIPTION, text.slice(0, 400), 0) || NOTE_TO_EMPLOYERS.test(text)) return false;
  // A real header line ("Acme | Engineer | Berlin") outweighs anything said below it.
  if (parsed.headerFields.length >= 3) return true;
  if (sites.test(SEEKING) || sites.firstIn(NOT_AFFILIATED, text.slice(0, 300), 0) || isSeekerTemplate(text, sites)) return false;
  // "If H1B candidates are not welcome, you should not use those words in your post."
  if (parsed.headerFields.length < 2 && ADDRESSES_POSTERS.test(text.slice(0, 600))) return false;
  if (isThreadTool(text, sites)) return false;
  const short = text.length < 400;
  const first = parsed.header.slice(0, firstLineEnd(parsed.header));
  if (opensAsRemark(parsed.header) && (short || (text.length < 800 && /\?\s*$/.test(first) && !HIRING_SAID.test(text)))) return false;
  if (short && (ASKS_FOR_JOBS.test(text) || THREAD_NOTE.test(text))) return false;
  if (short && parsed.headerFields.length < 2 && ((THREAD_REMARK.test(text) && !SELF_REFERENCE.test(text)) || SHORT_SEEKER.test(text) || POINTER.test(text) || (SEEKER_SAID.test(text) && !COMPANY_VOICE.test(text)))) return false;
  // "Aggregated for easier reading: https://…/who-is-hiring-jan-2026/": a page made from the
  // thread, and nothing an employer writes.
  if (short && parsed.links.length > 0 && parsed.links.every((l) => THREAD_LINK.test(l)) && !HIRING.test(text)) return false;
  // "> $8k contract → 5% equity / Surely this is a typo?": a reply that quotes another comment.
  if (short && text.startsWith('>')) return false;
  if (!short) return true;
  const jobsLink = hasJobsLink(parsed);
  // A short remark in the first person with a question, and nothing an employer would write
  // but a job word: "Safe to say, everybody? I think this is why software engineers are overpaid."
  if (parsed.headerFields.length < 2 && DISCUSSION.test(text) && /\?/.test(text) && !EMPLOYER_CUE.test(text) && !jobsLink) return false;
  return HIRING.test(text) || jobsLink || (EMPLOYER_LINE.test(first) && !DISCUSSION.test(first));
}
