import { describe, expect, it } from 'vitest';
import { extractCompany } from '../../src/core/classify/company.ts';
import { parseHeader } from '../../src/core/classify/header.ts';
import { parseHtml } from '../../src/core/classify/html.ts';
import { extractLocations } from '../../src/core/classify/locations.ts';
import { extractRemote } from '../../src/core/classify/remote.ts';
import { extractSalary, hasCurrencyWord, payWordColonFigure } from '../../src/core/classify/salary.ts';
import { visaPolicy } from '../../src/core/classify/visa.ts';

/** `count` texts of up to `maxPieces` pieces each, drawn by a fixed linear congruential generator. */
function* randomTexts(seed: number, pieces: readonly string[], maxPieces: number, count: number): Generator<string> {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
  for (let t = 0; t < count; t++) {
    let s = '';
    for (let n = Math.floor(next() * maxPieces); n > 0; n--) s += pieces[Math.floor(next() * pieces.length)];
    yield s;
  }
}

describe('HN HTML to text', () => {
  it('decodes entities, keeps paragraphs, keeps links apart', () => {
    const p = parseHtml(
      'Acme | Berlin &amp; Remote | <a href="https:&#x2F;&#x2F;acme.io&#x2F;jobs" rel="nofollow">https:&#x2F;&#x2F;acme.io&#x2F;jobs</a><p>Python, we&#x27;re &quot;hiring&quot;. Mail go@rust.dev<p>See <a href="https://x.com/golang">our Go page</a>',
    );
    expect(p.header).toBe('Acme | Berlin & Remote |');
    expect(p.paragraphs).toHaveLength(3);
    expect(p.text).toContain(`Python, we're "hiring".`);
    expect(p.text).not.toMatch(/acme\.io|rust\.dev|golang|@/);
    expect(p.links).toContain('https://acme.io/jobs');
    expect(p.emails).toEqual(['go@rust.dev']);
    expect(p.text).toContain('our Go page');
  });
  it('decodes numeric references in either base and case, and keeps what is no character as written', () => {
    expect(parseHtml('a&#x2F;b&#X2f;c&#47;d&#39;e&#x1F600;f').text).toBe("a/b/c/d'e\u{1F600}f");
    for (const kept of ['&#0;', '&#xD800;', '&#x;', '&#;', '&#12a;', '&#x110000;', '&#xG1;']) expect(parseHtml(`x ${kept} y`).text).toBe(`x ${kept} y`);
  });
  it('decodes only the named references it lists: "&toString;" is text, not a function of every object', () => {
    expect(parseHtml('R&amp;D &AMP; &quot;x&quot; &toString; &valueOf; &hasOwnProperty;').text).toBe('R&D & "x" &toString; &valueOf; &hasOwnProperty;');
  });
  it('keeps a list of technologies that looks like a domain with a path', () => {
    const p = parseHtml('Stack: ASP.NET/C#/SQL, deployed at acme.net/app');
    expect(p.text).toContain('ASP.NET/C#/SQL');
    expect(p.links).toEqual(['acme.net/app']);
  });
  it('handles the Algolia form (<p>...</p>) and a term starting a paragraph', () => {
    const p = parseHtml('<p>Acme - NYC</p><p>Python and Django</p>');
    expect(p.header).toBe('Acme - NYC');
    expect(p.body).toBe('Python and Django');
  });
  it('reads a line break recorded as the two characters "\\n", except in preformatted text', () => {
    const p = parseHtml('<p>Philadelphia, PA - Developer\\nAWeber Communications</p><p>Perks:\\n Breakfast\\nJava, MySQL</p>');
    expect(p.header).toBe('Philadelphia, PA - Developer\nAWeber Communications');
    expect(p.body).toBe('Perks:\nBreakfast\nJava, MySQL');
    // A name that opens with a backslash, and drawings, keep theirs.
    expect(parseHtml('\\newline | Book Author | REMOTE').header).toBe('\\newline | Book Author | REMOTE');
    expect(parseHtml('<pre><code> /\\n \\_</code></pre>').text).toContain('/\\n');
  });
  it('splits paragraphs as collapse, split at blank lines, trim, join and dropping leading decoration would, copying only what changes', () => {
    // The plain definition the one-pass splitter must agree with.
    const reference = (s: string) => {
      const paragraphs = s
        .replace(/[ \n\t\r\f\v\u00a0]{2,}|[\n\t\r\f\v\u00a0]/g, (run) => {
          const newlines = run.split('\n').length - 1;
          return newlines >= 2 ? '\n\n' : newlines === 1 ? '\n' : ' ';
        })
        .split('\n\n')
        .map((p) => p.trim())
        .filter((p) => p.length > 0);
      // Paragraphs without a word (two letters or digits) before the first with one are
      // decoration, not the header.
      while (paragraphs.length > 1 && !/[\p{L}\p{N}]{2}/u.test(paragraphs[0]!)) paragraphs.shift();
      return { text: paragraphs.join('\n\n'), paragraphs };
    };
    const pieces = ['a', 'b c', '.', ' ', '  ', '\n', '\n\n', '\n \n', '\t', '\r\n', '\f', '\v', '\u00a0', '\u3000', '\u2028', 'é', '\u0007'];
    for (const s of randomTexts(11, pieces, 12, 20_000)) {
      const { text, paragraphs, body } = parseHtml(s);
      const want = reference(s);
      expect({ text, paragraphs }, JSON.stringify(s)).toEqual(want);
      expect(body).toBe(want.paragraphs.slice(1).join('\n\n'));
    }
  });
});

describe('header line', () => {
  it('splits and trims fields as splitting at pipes and trimming with expressions would', () => {
    // The plain definition the hand-written split must agree with.
    const reference = (header: string) => {
      const line = (header.split('\n')[0] ?? '').trim();
      if (!line) return [];
      const parts =
        line.includes('|') || line.includes('｜')
          ? line.split(/\s*[|｜¦]\s*/)
          : /\s+(?:--?|–|—|•|·|~|\/\/)\s+/.test(line)
            ? line.split(/\s+(?:--?|–|—|•|·|~|\/\/)\s+/)
            : [line];
      const fields = parts.map((p) => p.replace(/^[\s\-–—:,]+|[\s\-–—:,]+$/g, '')).filter((p) => p.length > 0);
      return fields.length === 1 && fields[0]!.length > 150 ? [] : fields;
    };
    const pieces = ['Acme', 'Remote', 'x', ' ', '|', '｜', '¦', '-', ' - ', '–', '—', ':', ',', '\u00a0', '\u2003', '\n', '\t', 'é'];
    for (const s of randomTexts(7, pieces, 10, 20_000)) {
      expect(
        parseHeader(s).map((f) => f.raw),
        JSON.stringify(s),
      ).toEqual(reference(s));
    }
  });
  it('types the pipe-separated fields', () => {
    expect(parseHeader('Acme | Senior Engineer | Berlin, Germany | REMOTE | €80k–€100k | Full-time | VISA').map((f) => f.kind)).toEqual([
      'company',
      'role',
      'location',
      'remote',
      'salary',
      'employment',
      'visa',
    ]);
  });
});

describe('company', () => {
  it.each([
    ['Acme Inc. | Engineer | NYC', 'Acme'],
    // A district or a town the gazetteer now knows opens the header, not the name (2.403.0).
    ['Neckarsulm, Germany | FUJITSU TDS GmbH | IT Engineer Linux', 'FUJITSU TDS'],
    // A department, a policy or a label alone is no name (2.404.0).
    ['Cyber Security | EclecticIQ | Amsterdam, Netherlands | Full-time | ONSITE', 'EclecticIQ'],
    ['London, England - Full Time - Local Only<p>Brand Networks is hiring engineers.', 'Brand Networks'],
    ['Hi, I am a tech recruiter.<p>Below is a listing of our current openings.', null],
    ['Austin, TX - Onsite - Visas (must currently reside in the US)<p>Kabbage is hiring.', 'Kabbage'],
    ['HERE | Maps Engineer | Berlin', 'HERE'],
    // A language or a framework is no company's name (2.408.0); "Assembly" and "SAS" are.
    ['node.js - backend | Walmart Labs | SF - Bay Area', 'Walmart Labs'],
    ['Ruby on Rails - Frontend Emphasis - SeeClickFix.com', 'SeeClickFix'],
    ['SAS | Data Engineer | Cary, NC', 'SAS'],
    // "US" opens a name before a capitalised word that is no requirement (2.410.0).
    ['US Digital Service | Software Engineers, Designers | Washington, DC | ONSITE', 'US Digital Service'],
    ['US Citizens only | Acme Robotics | Huntsville, AL', 'Acme Robotics'],
    ['US Remote | Acme Robotics | Full-time', 'Acme Robotics'],
    // A label before a name that starts in lower case (2.410.0).
    ['San Francisco, CA<p>Company: hiQ Labs<p>We are hiring data engineers.', 'hiQ Labs'],
    ['Rockton, IL / Fulltime Senior/Mid Web Developer, AccuLynx (<a href="http://www.acculynx.com">http://www.acculynx.com</a>)', 'AccuLynx'],
    // A jobs page's host names the company without its "careers." (2.335.0).
    ['telli is hiring [Berlin, on-site] - careers.telli.com', 'telli'],
    // "AI" after a town's name is the company's, not Anguilla's code (2.334.0).
    ['Beacon AI | Offices in SF and SF Peninsula | Full-Time | SF Bay Area (Primarily) + Hybrid', 'Beacon AI'],
    ['Senior Engineer | Globex GmbH | Berlin', 'Globex'],
    ['San Francisco, CA | Initech (YC W20) | Onsite', 'Initech'],
    ['<p>Boston, MA</p><p>Hooli is hiring Python developers.</p>', 'Hooli'],
    ['Trail of Bits is a security firm based in NYC. We are hiring.', 'Trail of Bits'],
    ['The Trade Desk | Full Time, Onsite | San Jose CA, New York NY', 'The Trade Desk'],
    ['New Knowledge | Full Stack Engineer | Austin, TX', 'New Knowledge'],
    ['Stack Exchange (Stack Overflow) - Remote!', 'Stack Exchange'],
    ['Salt Lake City, UT. - http://www.lucidchart.com<p>LucidChart is growing.', 'LucidChart'],
    ['New York, NY<p>Confide - https://getconfide.com<p>jobs@getconfide.com', 'Confide'],
    // A name that opens like a sentence, spelled by the posting's own address.
    ['Two Sigma | NYC, New York<p>We have a huge variety of positions open. <a href="http://www.twosigma.com/careers.html">http://www.twosigma.com/careers.html</a>', 'Two Sigma'],
    ['In The Loop (intheloop.engineering) | Senior Consulting Engineers | Remote<p>Apply: Email humans@intheloop.engineering', 'In The Loop'],
    ['Join Handshake!<p>We are a San Francisco based start-up.<p>Apply at https://joinhandshake.com/jobs', 'Handshake'],
    // A name that opens like a title, spelled by the posting's own address.
    ['Product Hunt | San Francisco | Full-stack engineer<p>Email jobs@producthunt.com', 'Product Hunt'],
    ['Software Secured | Ottawa | Security Engineer<p>https://www.softwaresecured.com/careers', 'Software Secured'],
    // A header that opens with titles: the name is on the next line.
    ['NYC/REMOTE - NodeJS Dev - Developer Advocate - System Admin<p>Trello - https://trello.com/jobs', 'Trello'],
    ['Quant Developer | Chicago<p>Firm: Jump Trading<p>Python', 'Jump Trading'],
    // The address's name as the text writes it, domain and all.
    ['San Francisco<p>We are SumOfUs.org, a movement of 10 million people.<p>Email jobs@sumofus.org', 'SumOfUs'],
    ['SMART CONTRACT DEVELOPER WANTED<p>Cafeteria.GG is a multi-chain, Web3 chat platform.', 'Cafeteria.GG'],
    ["SEEKING GROWTH PARTNER | Growth | ActorDo<p>I'm building ActorDo", 'ActorDo'],
    ['Founding Engineer | Stealth Startup | San Francisco', null],
    // A later field with a legal form, when the first ones are a title and policies.
    ['Senior Full-stack JavaScript Developer | Visa possible | relocation assistance | Germany | PricewaterhouseCoopers GmbH | Partly remote', 'PricewaterhouseCoopers'],
    // The name, then where it is.
    ['Beekeeper @ Zurich | Senior Android Engineer | Onsite', 'Beekeeper'],
    // A department or team, then the company it is part of; a name of its own stays.
    ['Cryptography Services @ NCC Group | NYC, SF, Chicago | ONSITE | INTERNS', 'NCC Group'],
    ['Engineering + Product @ FareHarbor | Honolulu or Denver | ONSITE', 'FareHarbor'],
    ['Bloomberg L.P. | New York, NY | Software Engineer', 'Bloomberg'],
    ['N26 SE | Berlin | Senior Backend Engineer', 'N26'],
    ['crowdscores.co.uk | London | Developer', 'crowdscores'],
    // An industry or a stage is no name: the name is further on.
    ['Support Engineer | Remote | FinTech | Open Source | Startup<p>Hi there. We are Interledger Foundation and are looking for a Support Engineer. Send your resume to hr@interledger.org', 'Interledger Foundation'],
    ['SOMA Analytics @ London | Data Scientist', 'SOMA Analytics'],
    // Not when the address does not spell it.
    ['Product Design | Berlin<p>Join Acme. jobs@acme.io', 'Acme'],
    // A place of several words is one place even when its first word is a place or glue alone.
    ['A Different Engine | Mexico City | Full Time | ONSITE<p>Email jobs@differentengine.mx', 'Different Engine'],
    ['Android Developers | SF Bay Area preferred | Onsite<p>https://www.listia.com<p>Listia is a mobile marketplace.', 'Listia'],
    ['LOS ANGELES - ONSITE<p>ChowNow is hiring a Senior Front End Engineer.', 'ChowNow'],
    ['Kansas City, MO | REMOTE, Onsite | Full-time<p>Cerner is hiring engineers.', 'Cerner'],
    // A name that opens with a place is still a name.
    ['Nova Credit | Backend Engineer | New York', 'Nova Credit'],
    ["Pachyderm's first hire | San Francisco | Onsite only", 'Pachyderm'],
    // A name that ends in "s" takes the apostrophe alone.
    ["Disqus' mission is to make it easy for people to get into discussions about the things they love. We're building out the advertising team in San Francisco.", 'Disqus'],
    ['Vancouver, BC - Electronic Arts&#x27; central technology department is looking to hire for a number of positions.', 'Electronic Arts'],
    [
      'FastMail&#x27;s still looking for the perfect next Frontend person, and we&#x27;re looking for a Tech Writer too.  Melbourne, Australia - full or part time:<p><a href="https://www.fastmail.com/about/jobs.html">https://www.fastmail.com/about/jobs.html</a>',
      'FastMail',
    ],
    ['Penn Medicine | Data Engineer | Philadelphia, PA', 'Penn Medicine'],
    // A field naming a known place is the location, even with a typo beside it.
    [' http://rsrchxchange.com | Data Scientist | London or Catnerbury, UK | ON SITE', 'rsrchxchange'],
    // "Software builds", "This is": a name is never a word cut short before "are" or "is".
    ['Boston<p>Agile Software builds tools for clinics. This is a great place to work.<p>jobs@example.org', 'Agile Software'],
    // A place listed as one name is a place ("Las Vegas"); a town that is also a word stays in a name.
    ['Las Vegas, NV | Jr. Network Engineer | MacStadium | Full-time, ONSITE', 'MacStadium'],
    ['Say Media | Full Stack Web Engineers | Portland, OR | FULLTIME ONSITE', 'Say Media'],
    ['Location: Seattle OR Arlington, United States. Hybrid.<p>Title: Knowledge Engineer II<p>Company: Remitly(RELY)', 'Remitly'],
    // A "Company:" line names it whatever the label's case, before a header that is only a place or prose.
    ['San Francisco, CA. Full Time<p>Company: Nextbit<p>We are currently in stealth mode.', 'Nextbit'],
    ['We are hiring engineers in Berlin.<p>Employer: Acme Robotics<p>Apply at jobs@example.com', 'Acme Robotics'],
    ['Location: Palo Alto, CA<p>Position: Lead Engineer<p>company name: Initech', 'Initech'],
    // A name never runs on into the next paragraph: "Zooppa", not "Zooppa Love Rails".
    ['Seattle, WA | CTO | Company: Zooppa<p>Love Rails? Interested in online video? Learn More!', 'Zooppa'],
    // A field label is not a name ("TL;DR:", "Headquarters:", "Where:"), and nor is a phrase with a verb in it.
    ['TL;DR: ThinAir | Backend/Full-stack Developer (Python) | Palo Alto, CA | Full Time', 'ThinAir'],
    ['OMsignal Full Stack Software Engineer [REMOTE or LOCAL]<p>Headquarters: Montreal | <a href="http://www.omsignal.com">http://www.omsignal.com</a>', 'OMsignal'],
    [
      'Where are we?<p>- Doesn’t matter - you can work from anywhere.<p>Who are we?<p>- <a href="http://www.schoolstatus.com">http://www.schoolstatus.com</a><p>- SchoolStatus is a data framework for schools.',
      'SchoolStatus',
    ],
    // A sentence that went on after the name ends there; lower-case words from the start are prose.
    ['Keybase is! NYC | Full-time | Onsite<p>We are building a public directory of keys.', 'Keybase'],
    ['Denver, CO | Onsite<p>feel free to email Andrew at andrew@gmail.com if you have questions.', null],
    // A classifieds site is where the job is advertised, not who offers it.
    ['Toronto - Senior Java/MySQL Developer.<p>http://toronto.en.craigslist.ca/tor/sof/2284072232.html', null],
    ['Dallas: PHP Developer http://dallas.craigslist.org/dal/eng/3375926632.html', null],
    // A short link names the link's service, not the employer.
    ['Full-Stack Engineer (Python / React), Remote<p>We are building production AI systems.<p>Apply: https://lnkd.in/gXb5Yq2T', null],
    // "ATTN:" is a company's own name.
    ['ATTN: | Remote - NYC - LA | Full Time<p>UI Engineer / Front End Engineer', 'ATTN'],
    ['DevOps Engineer @ Northwest Evaluation Association -- Local in Portland, OR', 'Northwest Evaluation Association'],
    ['40GRID - Full-time Remote | Senior QA Engineer<p>We help field-service companies grow.', '40GRID'],
    ['Sandy Springs, GA - Full time | AnswerRocket | Data Engineer', 'AnswerRocket'],
    ['New York, NY or Remote<p>Senior Full Stack Engineer | Initech Labs<p>We make software.', 'Initech Labs'],
    [
      'San Francisco, CA<p>Our platform powers sports leagues.<p><a href="http://leagueapps.com">http://leagueapps.com</a> <a href="http://leagueapps.theresumator.com/apply/1">apply</a> careers@leagueapps.com',
      'leagueapps',
    ],
    // An e-mail address alone names no company (2.446.0: a recruiter's, a founder's own, a mail
    // host's; our labellers wrote null for 138 such postings, the domain for 50)...
    ['Senior Rails developer, Vienna or remote<p>We build cloud tooling.<p>Apply: jobs@efficientcloud.at', null],
    ['London, UK<p>Contract Java developer, 6 months, onsite.<p>Send your CV to jane@oxfordknight.co.uk', null],
    // ... nor does it outvote a link of another name: a tie is no leader.
    ['Berlin<p>Python developer wanted.<p>https://acmerobotics.de/jobs or mail jane@gmail-like-host.io', null],
    // A link still does, and an e-mail address at the same name backs it.
    ['Phoenix, AZ | ONSITE<p><a href="http://www.giftcardzen.com/">http://www.giftcardzen.com/</a> -- we buy and sell numbers.<p>jobs@giftcardzen.com', 'giftcardzen'],
    // The thread's name copied above the header is not the company.
    ['Hacker News Who’s Hiring<p>FreeAgent, Edinburgh and REMOTE (UK-only)<p>Vacancies:', 'FreeAgent'],
    ['HN Who’s Hiring Post<p>GoCardless | London | Full-time', 'GoCardless'],
    ['My Signal Well (Austin, TX) | Founding Engineer | ONSITE Austin', 'My Signal Well'],
    // A full stop ends a name, but not an abbreviation's.
    ['Automated Insights. Durham, NC<p>Full-time Ruby Developers and Front-end developers.', 'Automated Insights'],
    ['St. Louis Startup Labs | Engineer | St. Louis, MO', 'St. Louis Startup Labs'],
    // Prose and stacks are not names; "Corporation" is part of the name as written.
    ['Berkeley, CA - One block from Berkeley BART<p>Shirts.io is a t-shirt printing platform.', 'Shirts.io'],
    // The stack is no name; the name said in prose is (its labellers wrote "Fractured Atlas", 2.429.0).
    ['Ruby/Rails. NYC or REMOTE. Full-time.<p>Hi! We are Fractured Atlas, a national non-profit.', 'Fractured Atlas'],
    ['The Climate Corporation (San Francisco, Seattle) Full time', 'The Climate Corporation'],
    // A discipline is a title, not a name: "Global DevOps" is the job.
    ['REMOTE - Global DevOps - Haskell and Nix<p>We are a team of 5 working to automate operations.', null],
    // "Title at Name", "Title @ Name": the name is after the title, without its street address.
    ['Java Developer @ ProctoFree | Remote | Full-time', 'ProctoFree'],
    ['Production Engineers at Facebook (Menlo Park, CA)<p>We build the infrastructure.', 'Facebook'],
    ['DevOps Engineer @ The Minneapolis Star Tribune | Minneapolis, MN ONSITE FULL-TIME', 'The Minneapolis Star Tribune'],
    ['Full Stack Developer @ J.Crew 770 Broadway | New York, NY 10003 | ONSITE', 'J.Crew'],
    // Who backs the company comes before its name, not in its place (2.260.0).
    ['Backed by Sequoia Capital, Acme is the operational AI platform for logistics SF / NYC | In-office 4 days | $130,000 - $200,000', 'Acme'],
    ['Funded by Y Combinator, Initech - Backend Engineer - Remote', 'Initech'],
    // Words, codes and figures that open a header are not names.
    ["So, uh, I'm looking for an entry-level sysadmin. You could call this an intern type position.", null],
    ['FT, remote/in office, mountain view ca.<p>Mirantis.com is a leading OpenStack company looking for cloud architects.', 'Mirantis'],
    ['JavaScript Developer in Cambridge, UK<p>  £27,854 - £36,298 pa<p>We build open source tools.', null],
    ['Scottsdale ~ AZ ~ mobile / machine learning / python ~ YOU will be the 5th employee', null],
    // Decoration after a name and an address in angle brackets are not part of it.
    ['* EVERWISE * |Software Architect| Software Engineer | NYC, USA - Fulltime - ONSITE', 'EVERWISE'],
    ['-= MATASANO SECURITY =-\nChicago. New York City. Sunnyvale.\nApplication Security Consultant<p>Full-Time', 'MATASANO SECURITY'],
    ['rewardStyle &lt;<a href="http://www.rewardstyle.com">http://www.rewardstyle.com</a>&gt; - Dallas, TX<p>Senior Systems Engineer', 'rewardStyle'],
    ['eShares &lt;esharesinc.com&gt; | San Francisco | Onsite', 'eShares'],
    ['The Dirty Birds” | Chicago | Onsite', 'The Dirty Birds'],
    ['Boxfish \\o/ | Palo Alto | Full-time', 'Boxfish'],
    ['tado° | Munich | Full-time', 'tado°'],
    // The end of a bracket that a "|" split, or a list number, is not a name; a smiley's ")" is no bracket.
    ['San Francisco, CA - Zenbox. Software Engineer. [LOCAL | RELOCATE OK]<p>We are a YC company.<p>Email jobs@zenbox.com', 'Zenbox'],
    ['1) Microsoft | Software Developer | Seattle', 'Microsoft'],
    // An accelerator's batch without brackets; a kind of contract in place of a name.
    ['9 Mothers YC P26 | Robotics / Software Engineering | Austin, ONSITE', '9 Mothers'],
    ['Product incubator | REMOTE (US) | Consulting (1099)', null],
    // A name in brackets of its own is the name; a description so bracketed is not.
    ['[PALTOWN Development Foundation] | Full Stack Developer | Remote | Contract $35-50K', 'PALTOWN Development Foundation'],
    ['San Mateo, CA - [Beckon]<p>We are hiring engineers.', 'Beckon'],
    ['[Stealth Start-up Company] - New York, New York<p>Full Time Employee', null],
    // Decoration above the header is not the header.
    ['# ~ # ~ # ~ # ~ # ~ #<p>Rover.com - SEATTLE<p>Let us make a checklist.', 'Rover'],
    // Nor is a notice put above it once the jobs are taken (2.275.0); a header that says so is.
    ['CLOSED - thanks for the great applications folks!<p>Evercred (Pre-A stage) | Remote (US) | Technical Co-Founder', 'Evercred'],
    ['Edit: APPLICATIONS CLOSED - We are now reviewing submitted applications.<p>Hermes Health | ONSITE | Venice, CA | Backend Engineer', 'Hermes Health'],
    ['(CLOSED) Entex | Full-stack Dev | Remote (Worldwide)<p>entex is a small established Swiss IT service provider.', 'Entex'],
    ['<pre><code>  _____  _\n |  __ \\(_)\n |_____/|_|</code></pre><p>SendGrid | Sr. Software Engineers | Denver | Full Time', 'SendGrid'],
    ['The Wikimedia Foundation :) | San Francisco | Full-time', 'The Wikimedia Foundation'],
    // Bullets beside pipes separate fields too (2.290.0).
    ['Willowtree • • Charlottesville, VA || Research Triangle, NC • ONSITE', 'Willowtree'],
    // A header that is only a place, with its glue words capitalised, names no company.
    ['Philadelphia Suburbs (Blue Bell) - Wingspan Technology<p>Scala, Javascript', 'Wingspan Technology'],
    ['DC Metro Area<p>Blue Atlas Interactive is hiring a web developer.', 'Blue Atlas Interactive'],
    ['Downtown Palo Alto, CA<p>Complete is looking for a lead Android engineer.', 'Complete'],
    // A sentence that goes on after the name, a list that begins, an opening phrase: not names.
    ['Tempo Automation we are hiring | San Francisco | Onsite', 'Tempo Automation'],
    ['Memebox located in SF | Full-time', 'Memebox'],
    ['Southeast USA including: Texas (Austin), Virginia (Arlington), all ONSITE.\nCitizenship is a job requirement.<p>We do emulators and JIT.', null],
    ['As always Red Hat is hiring, we have hundreds of open positions<p><a href="http://jobs.redhat.com/">http://jobs.redhat.com/</a>', 'Red Hat'],
    ['Willing to relocate | Berlin | Full-time<p>SoundCloud is hiring backend engineers.', 'SoundCloud'],
    // A word that opens sentences is a name when "&" joins it to another.
    ['AT&amp;T | Plano, TX (Dallas, DFW) | Full-time | Onsite<p>My team at AT&amp;T Big Data is looking for a Data Engineer.', 'AT&T'],
    // A header that opens with a qualified place or a list of places opens with where the job is.
    ['Austin, TX | San Francisco, CA | New York City, NY -- Full Time<p>Bazaarvoice is something you interact with daily.', 'Bazaarvoice'],
    ['Dallas – Houston – Chicago – Seattle<p>Pariveda Solutions is hiring consultants.', 'Pariveda Solutions'],
    ['Raleigh // Palo Alto // San Francisco<p>Cloudera is hiring engineers.', 'Cloudera'],
    // A town-named company before its place stays a name.
    ['Mason | Seattle, WA | Full-Time | ONSITE | Back-End, Front-End, Systems Engineers', 'Mason'],
    ['ASI - Atlanta, GA | Onsite | Site Reliability Engineer', 'ASI'],
    // A dash glued to the name before its place is no part of it.
    // "Company:" after a pipe says it as well as at a line's start (2.223.0).
    ['Engineering Director, Developer Experience | Company: Adyen| San Francisco | Hybrid |', 'Adyen'],
    // "Local" as a header's remote-policy field is no name; "Local Measure" is one (2.394.0).
    ['London, England - Full Time - Local<p>Brand Networks is a social marketing company. We build tools for brands.', 'Brand Networks'],
    ['New York, NY - Local, full-time and intern<p>Rallyverse helps marketers find content.', 'Rallyverse'],
    ['Local Measure | Sydney | Full-time<p>We build customer experience software.', 'Local Measure'],
    // A header of a place and a title only: the name opens the next line, before a dash or "is" (2.223.0).
    ['Austin, TX - Ruby Programmer\nAcademicWorks - Scholarship Management in a SAAS environment.<p>We use Ruby and Rails.', 'AcademicWorks'],
    ["Mountain View, CA - full-time and intern, designers and devs<p>Khan Academy's mission is to provide a free world-class education.", 'Khan Academy'],
    ['San Francisco, CA - Performance Engineer<p>Splunk, Inc. is focused specifically on managing massive amounts of machine data.', 'Splunk'],
    // Not a line of skills or a heading.
    ["Toronto, ON - Web / mobile developers<p>PHP, Python, iOS, or Android experience a plus, but we're more interested in awesome engineers.", null],
    ['Miami, Florida USA - Senior Android Developer<p>COMPANY DESCRIPTION:<p>We partner with startups to build products.', null],
    // A name that ends in a title's word is still a name (2.217.0).
    ['AeroLeads | Online Marketer | Full Time | Bangalore, India', 'AeroLeads'],
    ['Plecto | Copenhagen | Frontend Developer', 'Plecto'],
    ['TigerLead | Los Angeles | REMOTE', 'TigerLead'],
    ['Sysadmin | Remote<p>Acme is hiring a sysadmin.', 'Acme'],
    // Jobs "@" or "at" a company; a neighbourhood or a sentence's first word is no name (2.435.0).
    ['Security jobs @ Amazon<p>We are hiring.', 'Amazon'],
    ['Acme Engineer | SoMA | Full-time', null],
    // A name and its place glued together; two places are no name (2.434.0).
    ['ZeroCater//San Francisco | Software Engineer', 'ZeroCater'],
    ['Pachyderm --San Francisco | Engineer', 'Pachyderm'],
    ['Urban Airship! SF & Portland - Funded by Intel, Salesforce, Verizon<p>Do you want to build push?', 'Urban Airship'],
    ['Aha! Labs | Remote', 'Aha! Labs'],
    ['Curiosity Media/SpanishDict.com | Engineer | Arlington, VA', 'Curiosity Media/SpanishDict.com'],
    ['Playsaurus. We are hiring game developers.', 'Playsaurus'],
    // A lead or a manager before "at"; a team of a company; the next field's label glued on
    // (2.439.0). "Stealth AI Startup" stays a name, as the dev set's labeller wrote it.
    ['Stealth AI Startup | Founding Engineer | SF', 'Stealth AI Startup'],
    ['Django Tech Lead at Wildfish | London | UK applicants only.', 'Wildfish'],
    ['Amazon Alexa Smart Home team - - Seattle - Full time - All disciplines', 'Amazon'],
    ["LinkedIn's Data Team | Mountain View, CA | Full-time", 'LinkedIn'],
    ['Fu Team | Berlin | Backend Developer', 'Fu Team'],
    ['Company: Enlitic Location: San Francisco<p>REMOTE is fine if you visit regularly.', 'Enlitic'],
    // A field that offers pay and benefits is no name (2.442.0).
    ['Paris, France | ONSITE | Competitive Salary & Benefits | Full-time |<p>We build a time series database.', null],
    // Named in prose only: "We're X, a …", "At X (address) we're", "X.com - we …", "X seeks", "X was founded" (2.429.0).
    ["Austin, TX - full-time - Web UI/UX designer<p>We're Topaz Labs, a bootstrapped and highly profitable photography software company.", 'Topaz Labs'],
    ["We're Pararius, leading rental property portal in the Netherlands. We're based in Amsterdam.", 'Pararius'],
    ["San Francisco, CA Fulltime Security Engineer, Security Intern<p>At Square (squareup.com) we're looking for security experts.", 'Square'],
    ['Full-time | Phoenix, Arizona<p>GiftcardZen.com - we buy and sell numbers. Funded. 20 people.', 'GiftcardZen'],
    ['Berkeley, CA.<p>Social Print Studio seeks full time web and mobile engineers.', 'Social Print Studio'],
    ['WANdisco was founded in Silicon Valley, California in 2005.', 'WANdisco'],
    ["Boston<p>We're Hiring, a few roles open: backend, frontend.", null],
    ['Uptake- Chicago, IL - Principal Engineer - ONSITE', 'Uptake'],
    ['Ultimate Software- FT LAUDERDALE, FL (ONSITE)<p>Ultimate Software is hiring for a large number of positions.', 'Ultimate Software'],
    ['Cardinal Peak- Lafayette, CO - REMOTE and ONSITE', 'Cardinal Peak'],
    ['RelateIQ- Palo Alto, CA<p>We are building relationship intelligence.', 'RelateIQ'],
    ['Daily Kos- SF bay area.  REMOTE (west coast strongly prefered) FULLTIME.', 'Daily Kos'],
    // A place glued to the dash is still a place (a town's "City", a compass point before it).
    // (Its e-mail address named it "infotrack" until 2.446.0: an address alone names no company.)
    ['Sydney City- GRADUATE/JUNIOR/MID LEVEL .NET DEVELOPERS WANTED!<p>Contact me at jobs@infotrack.com.au', null],
    ['Los Angeles/Culver City<p>Media Temple is hiring a DevOps engineer.', 'Media Temple'],
    ['West London, UK. Software Developers/Engineers, any skills set, any level of experience.', null],
    ['East London, England — Tech Lead – Enthuse.me<p>Enthuse.me is a simple, elegant service that lets you showcase your expertise.', 'Enthuse.me'],
    // The line of HN's page copied with an earlier comment is not the header.
    ['1 point by skiplagged 31 days ago | parent | on: Ask HN: Who is hiring? (March 2016)<p>Skiplagged - New York, NY | REMOTE / ONSITE | Front-end and iOS Engineers', 'Skiplagged'],
    ['*<p>1 point by acme 31 days ago | parent [-] | on: Ask HN: Who is hiring? (September 2016)<p>Snowplow | Data Engineer | London', 'Snowplow'],
    ['1 point by johnk 0 minutes ago | link | edit | delete<p>Initech | Mobile Developer | Malvern, PA', 'Initech'],
    // A minus sign (U+2212) separates fields as a dash does (2.227.0).
    ['Lisbon − Initech − Backend Engineer<p>We build printers.', 'Initech'],
    // A town the gazetteer does not know, qualified by its country, is a place; a name before its city stays.
    ['Web Engineer - Smallville, France - VISA - Initech Labs<p>Initech Labs is seeking a web engineer.', 'Initech Labs'],
    ['Backend Engineer - Initech, San Francisco<p>We build printers.', 'Initech'],
    ['Senior Engineer - Initech Labs, Wellington, NZ<p>We build printers.', 'Initech Labs'],
    // Hours a week are no name.
    ['[unnamed startup in stealth] | REMOTE | 20-40h per week, freelancers welcome<p>Sorry for the vague description.', null],
    // A place and a colon, then the name, even in lower case; not a stack or a title.
    ['Pittsburgh PA: initechdata<p>The Products group is small.', 'initechdata'],
    ['London: C++, Dev ops/Sysadmin, Android<p>We build audio software.', null],
    ['Cleveland, Ohio: Windows Application Developers (C#/.NET)<p>We build PCs.', null],
    // A name in lower case with a capital inside, then what it does; a founder or a lead "at" a name.
    ['initechScore is building a distributed betting platform for sports fans.<p>We are hiring DevOps engineers.', 'initechScore'],
    ['Hey HN, this is Lou, co-founder at InitechOS.<p>Mia, Dan and I are building supply chain software.', 'InitechOS'],
    ["Hey! We're hiring for a Founding GTM Lead at Initech AI.<p>We are a research lab.", 'Initech AI'],
    // A slash and a space end a name; a short bracket inside a word is part of it; a sysadmin is a title (2.242.0).
    ['INITECH Technology/ College Station, TX/ FULL TIME/ ONSITE<p>Entry Level Developer', 'INITECH Technology'],
    ['O(1) Initech | Backend Engineer | SF', 'O(1) Initech'],
    ['Initech(YC W12) | Backend Engineer | SF', 'Initech'],
    ['Initech( ) | Backend Engineer | SF', 'Initech'],
    ['Sysadmin with Coding | Full time | On-site | London, UK<p>Initech Labs is hiring a sysadmin.', 'Initech Labs'],
    // "makes and operates": two verbs after the name (2.244.0).
    ['New York, NY - Full time.<p>Initech makes and operates an elegant phone charging station for restaurants.', 'Initech'],
    // A long first line of prose opens with a phrase, not a name.
    ['Life insurance is a $130B market where 98% of policies are sold through agents and advisors.<p>Initech is building a new kind of insurer.', 'Initech'],
    ["Initech's lean, mean team of engineers are conquering problems in big data and machine learning.<p>We are hiring.", 'Initech'],
    // A language's own site is no employer's.
    ['London, UK<p>Python Developer - -<p>Details on the <a href="https://www.python.org/jobs/">Python Job Board</a>; <a href="https://initech.com">initech.com</a>', 'initech'],
  ])('%s → %s', (html, company) => {
    expect(extractCompany(parseHtml(html))).toBe(company);
  });
  it('keeps a name of its own before "@" (a lab, an acquired company), not the owner after it', () => {
    expect(extractCompany(parseHtml('Blue Ridge Labs @ Robin Hood | Brooklyn, NY | ONSITE'))).not.toBe('Robin Hood');
    expect(extractCompany(parseHtml('Knewton @ Wiley | NYC | ONSITE'))).not.toBe('Wiley');
  });
  // The company set's misses (eval/company, 2.449.0).
  it('ends a name at the full stop that ends its sentence, not at an initial or an abbreviation', () => {
    expect(extractCompany(parseHtml('Head of Product, Berlin<p>You will drive the roadmap for all products at KIWI.KI. Specifically, you will own the app.'))).toBe('KIWI.KI');
    expect(extractCompany(parseHtml('Nuuton. Remote.<p>Looking for a Python programmer.'))).toBe('Nuuton');
    for (const name of ['The D. E. Shaw Group', 'St. Jude Children’s Research Hospital', 'Mr. Cooper', 'The U.S. Chamber of Commerce', 'Univ. Nebraska']) {
      expect(extractCompany(parseHtml(`${name} | Engineer | Remote`))).toBe(name);
    }
  });
  it('writes a name its address spells as the text does, with the word that says what kind of company it is', () => {
    expect(extractCompany(parseHtml('Sysadmin with Coding | Full time | London, UK<p>Suade Labs is looking for a Linux sysadmin. Apply: jobs@suade.org'))).toBe('Suade Labs');
    expect(extractCompany(parseHtml('Backend Developer | Toronto<p>Uken is looking for developers. Write to jobs@uken.com'))).toBe('Uken');
  });
  it('reads the name after "roles here at"', () => {
    expect(extractCompany(parseHtml('We are hiring across a wide number of roles here at Elastic, makers of Elasticsearch. We are a 100% remote company.'))).toBe('Elastic');
  });
});

describe('remote policy', () => {
  const remote = (s: string) => extractRemote(parseHtml(s)).remote;
  it.each([
    ['Acme | NYC | REMOTE', 'remote'],
    ['Acme | NYC | Onsite or Remote', 'remote'],
    ['Acme | NYC | No remote', 'onsite'],
    ['Acme | NYC | Onsite only, remote not possible', 'onsite'],
    // Mostly in the office, or at home one day a week: hybrid.
    ['Plated | New York City, NY | Full-time | mostly ONSITE | https://www.plated.com/careers', 'hybrid'],
    ['Acme | Brooklyn<p>The role is primarily onsite in Brooklyn, but some flexibility can be discussed.', 'hybrid'],
    ['Acme | Boston<p>Flexible hours where everyone works from home / remote once a week.', 'hybrid'],
    ['Acme | London<p>Flexible working hours, and you can work from home a day a week.', 'hybrid'],
    ['Acme | NYC | Hybrid (3 days in office)', 'hybrid'],
    ['Acme | Vancouver | Full-time<p>You will build hybrid and native mobile software.', 'unspecified'],
    ['Acme | NYC | 2 days in the office', 'hybrid'],
    ['Acme | NYC | Full-time<p>We build remote sensing satellites.', 'unspecified'],
    ['Acme | London | ONSITE<p>Process: remote interview, then on-site.', 'onsite'],
    // A header's on-site field says how this job is done; a distributed company is the company.
    ['Tweag I/O | Paris, France | ONSITE<p>We are a distributed company with a presence across Europe.', 'onsite'],
    ['Acme | Berlin<p>We are a distributed team.', 'remote'],
    ['Acme | Austin, TX | ONSITE<p>There is a remote component to this position as we are a distributed team. No fully remote positions available.', 'hybrid'],
    ['Acme | Germany | Partly remote', 'hybrid'],
    ['Flipboard, Palo Alto, CA and New York, NY (INTERN yes, REMOTE probably not)', 'onsite'],
    // Working from home now and then beside an on-site field is hybrid.
    ['Hypori | Austin, TX | ONSITE<p>Benefits like WFH, ping-pong, beer, and food.', 'hybrid'],
    ['Mindbody | San Francisco | ONSITE | Full-time<p>* Flexible hours<p>* WFH / No meeting Fridays', 'hybrid'],
    ['Acme | Worcester, MA<p>Role is remote-first hybrid.', 'hybrid'],
    ['Dialogue | many roles in dev, design, product | Montreal or Toronto | 3-days in office', 'hybrid'],
    ['Augmate<p>* Having an option to work from home as you need to', 'hybrid'],
    ['Convergys | Denver / Cincinnati | Full Time - work from wherever', 'remote'],
    // An interview step is no work arrangement.
    ['Matterport | Sunnyvale<p>Process: Resume > Technical Phone screen > Onsite<p>Contact: jobs@matterport.com', 'unspecified'],
    ['Banyan<p>We are based in Chattanooga, TN, but you can be anywhere.', 'remote'],
    ['Acme | NYC<p>We are building a product that can live anywhere through third-party JavaScript.', 'unspecified'],
  ])('%s → %s', (html, expected) => expect(remote(html)).toBe(expected));
  it('keeps the scope of a restricted remote job', () => {
    expect(extractRemote(parseHtml('Acme | REMOTE (US only, UTC-5 to UTC-8)')).scope).toEqual(expect.arrayContaining(['US']));
  });
});

describe('countries and cities', () => {
  const loc = (s: string) => extractLocations(parseHtml(s));
  it.each([
    ['Acme | SF | Onsite', ['US']],
    ['Acme | NYC or London | Onsite', ['GB', 'US']],
    ['Acme | Cambridge, MA | Onsite', ['US']],
    ['Acme | Cambridge, UK | Onsite', ['GB']],
    ['Acme | London, ON | Onsite', ['CA']],
    ['Acme | Portland, OR or Portland, ME', ['US']],
    ['Acme | Austin, TX', ['US']],
    ['Acme | Bay Area', ['US']],
    ['Acme | Remote (US/Canada)', ['CA', 'US']],
    ['Acme | Remote (EU)', []],
    ['Acme | Remote (worldwide)', []],
    ['Acme | Berlin<p>Our customers love reading nice things.', ['DE']],
  ])('%s → %j', (html, countries) => expect(loc(html).countries).toEqual(countries));
  it('lists cities', () => {
    expect(loc('Acme | Berlin, Munich | Onsite').cities).toEqual(['Berlin', 'Munich']);
  });
});

describe('salary', () => {
  it.each([
    ['$150k - $200k', { min: 150000, max: 200000, currency: 'USD', period: 'year' }],
    ['$120-150k + equity', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    // The thousands written out on the upper bound apply to both, as a k does.
    ['Salary: $154-190,000 DOE', { min: 154000, max: 190000, currency: 'USD', period: 'year' }],
    ['Compensation: $55-65,000 annual', { min: 55000, max: 65000, currency: 'USD', period: 'year' }],
    // An hourly rate said to be pay needs neither a currency nor a k.
    ['Acme | Contract | Remote (US)\nCompensation: market-rate contracting, typically 100–200/hr depending on experience', { min: 100, max: 200, currency: 'USD', period: 'hour' }],
    ['£60,000–£80,000', { min: 60000, max: 80000, currency: 'GBP', period: 'year' }],
    // Lakhs spelled out (2.336.0).
    ['Zenskar | REMOTE (India preferred) | Head of Engineering | INR 30 - 80 lacs + ESOPs (0.05% - 2%) |', { min: 3000000, max: 8000000, currency: 'INR', period: 'year' }],
    // A dollar's code before its sign (2.331.0).
    ['Good Pair Days | Software Engineer | Europe | REMOTE | AUD $90,000 to $180,000 + Stock Options', { min: 90000, max: 180000, currency: 'AUD', period: 'year' }],
    ['€80k', { min: 80000, max: 80000, currency: 'EUR', period: 'year' }],
    // What the reader or the hire is told they will make is pay; only others' earnings are not (2.451.0).
    ['AngularJobs | Remote\nDon’t get left behind.\nMake $150K+ as a Senior Developer.', { min: 150000, max: 150000, currency: 'USD', period: 'year' }],
    ['Acme | NYC\nAs a senior engineer you would be making $140k-$160k plus equity.', { min: 140000, max: 160000, currency: 'USD', period: 'year' }],
    ['Acme | London\nI expect to earn £40,000 - £60,000 with my skills', { min: 40000, max: 60000, currency: 'GBP', period: 'year' }],
    // A currency code written onto its figure, and one after a figure's plus (2.358.0).
    ['Acme | Remote\nSalary range: USD4000-5000/month', { min: 4000, max: 5000, currency: 'USD', period: 'month' }],
    // ... or after it (2.366.0).
    ['akira.md|Toronto|Onsite\niOS & Android Developers: 80,000-120,000CAD', { min: 80000, max: 120000, currency: 'CAD', period: 'year' }],
    // ... and after a "k" (2.459.0: read only when some other word, "Europe" say, let the text through).
    ['Acme | Backend Engineer | Berlin | 50kEUR-70kEUR', { min: 50000, max: 70000, currency: 'EUR', period: 'year' }],
    ['Acme | Backend Engineer | Austin | 100kUSD - 120kUSD', { min: 100000, max: 120000, currency: 'USD', period: 'year' }],
    // A bare range offered beside equity, or "we're offering" it (2.369.0); a 401k plan is no pay.
    [`Splitwise is hiring in Providence, RI<p>${'We split bills. '.repeat(25)}<p>For all positions we're offering 85K-120K and .5-2% equity.`, { min: 85000, max: 120000, currency: 'USD', period: 'year' }],
    [`Acme | Boston<p>${'We build things. '.repeat(25)}<p>Benefits: 401K and stock options, health.`, null],
    // What a product saves its customers (2.369.0).
    ['Sindeo | SF<p>We save our average customer over $20k during the life of their loan.', null],
    ['NextChapter | Chicago<p>NextChapter saves the average attorney 50 hours & $12,000 per month.', null],
    ['Acme | Delhi<p>16 angels have provided the company $250k in total commitments.', null],
    [`MaxCrunch | New York City<p>${'We build apps. '.repeat(25)}<p>We can offer 125k-200k in salary with full benefits.`, { min: 125000, max: 200000, currency: 'USD', period: 'year' }],
    // A bonus written after a "+" is no pay (2.382.0).
    ['Stealth Cryptocurrency Consultancy | Senior Engineer Consultant | SF | BASE $50-70k + $100K+ Bonus (annual)', { min: 50000, max: 70000, currency: 'USD', period: 'year' }],
    // Brazilian reais written R$ (2.384.0).
    ['Glio, Inc. | Rio de Janeiro, Brazil | Onsite, Full Time | R$54k-R$120k, 0.5-3.0% equity', { min: 54000, max: 120000, currency: 'BRL', period: 'year' }],
    // Rand written with an "R" before thousands; yen and euros written out after the figure (2.389.0).
    ['SimplePay | Cape Town<p>Compensation: R420K to R720K per year.', { min: 420000, max: 720000, currency: 'ZAR', period: 'year' }],
    ['Acme | Cape Town<p>Up to R40k per month plus quarterly bonus', { min: 40000, max: 40000, currency: 'ZAR', period: 'month' }],
    ['Degica | Programmer | Tokyo, Japan | 7,500,000 - 10,000,000 yen / year', { min: 7500000, max: 10000000, currency: 'JPY', period: 'year' }],
    ['Acme | Madrid<p>Salaries around 50k euro + benefits.', { min: 50000, max: 50000, currency: 'EUR', period: 'year' }],
    ['Acme | Amsterdam<p>Every employee gets a 1000 Euro budget per year for conferences.', null],
    // A currency word alone (no sign, code or "k") still lets the text be read: capitalised, or
    // a figure written in full (2.391.0).
    ['Acme | Tokyo<p>Salary: 6,000,000 - 9,000,000 Yen per year.', { min: 6000000, max: 9000000, currency: 'JPY', period: 'year' }],
    ['Acme | Berlin<p>We pay 50000 euros a year plus equity.', { min: 50000, max: 50000, currency: 'EUR', period: 'year' }],
    ['Acme | Berlin<p>Salary: 65.000 - 80.000 EUROS', { min: 65000, max: 80000, currency: 'EUR', period: 'year' }],
    // "starting pay" names pay for a bare range; a dollar's code after its period (2.393.0).
    ['Acme | Austin, TX<p>Your starting pay will be between 4-6k monthly DOE, and we offer health insurance.', { min: 4000, max: 6000, currency: 'USD', period: 'month' }],
    ['Acme | Toronto<p>Salary: $120k/year CAD', { min: 120000, max: 120000, currency: 'CAD', period: 'year' }],
    ['Acme | Remote (US or Canada) | $85,000/yr USD or $105,000/yr CAD', { min: 85000, max: 85000, currency: 'USD', period: 'year' }],
    // A dollar's code in brackets after its figure (2.423.0).
    ['The Linux Foundation | Linux Systems Engineer | Full time | REMOTE (AU preferred) | $109k (AUD) base salary', { min: 109000, max: 109000, currency: 'AUD', period: 'year' }],
    ['Acme is hiring a remote Rails developer.<p>Salary Range: $60k-80k (Cdn).', { min: 60000, max: 80000, currency: 'CAD', period: 'year' }],
    ['Acme | Remote (US) | $100k - $140k (USD)', { min: 100000, max: 140000, currency: 'USD', period: 'year' }],
    // Rupees after "Rs", złoty after their figure, renminbi as RMB, "Euro" before a figure with
    // thousands set off by apostrophes; a period named with the pay word before it (2.438.0).
    ['Delixus | Bangalore, India | onsite | Principal and Senior Software Engineers | Rs. 20 to 39 lakh', { min: 2000000, max: 3900000, currency: 'INR', period: 'year' }],
    ['Acme | Warsaw<p>Compensation: 30 - 70 zł/h dependent on the experience.', { min: 30, max: 70, currency: 'PLN', period: 'hour' }],
    ['Imaginato | Developers | Qingdao, China | On-site | Full-time | $Negotiable(6-15k RMB)', { min: 6000, max: 15000, currency: 'CNY', period: 'month' }],
    ['Front End Engineer | Gymhopper | Lisbon PT | Salary range: Euro 24\'000 - 48\'000 + options', { min: 24000, max: 48000, currency: 'EUR', period: 'year' }],
    ['Acme | Pune<p>An internship for students. Monthly stipend Rs.29167.', { min: 29167, max: 29167, currency: 'INR', period: 'month' }],
    ['Acme | Pune<p>We ship RS-232 adapters and Rs code.', null],
    // A bare range in a field right after a job's title, past the first 300 characters; "+k";
    // "w/Equity"; a whole figure after "Salary:" in the country's currency (2.438.0).
    [`Acme | Boston<p>${'We film sports. '.repeat(25)}<p>Roles:<p>-- Lead Backend Engineer | 100K - 115K | 0.5% - 1.5%`, { min: 100000, max: 115000, currency: 'USD', period: 'year' }],
    [`Acme | Boston<p>${'We build a CDN. '.repeat(25)}<p>Engineering Roles:\n150 - 180K, 0.0 - 1.0%`, { min: 150000, max: 180000, currency: 'USD', period: 'year' }],
    [`Acme | Boston<p>${'We build a CDN. '.repeat(25)}<p>Our team grew from 15 - 30K users.`, null],
    ['CreativEngine | Frontend/Web Developer | 70-100+k DOE| Playa Vista, CA | Full Time', { min: 70000, max: 100000, currency: 'USD', period: 'year' }],
    ['OctaneLending | Senior Software Engineer - Python/Scala Fulltime or Remote NYC preferred full time 150k+ w/Equity', { min: 150000, max: 150000, currency: 'USD', period: 'year' }],
    ['Acme | Austin, TX<p>Hiring process: 2 technical calls.<p>Salary: 2500 gross Location: Austin', { min: 2500, max: 2500, currency: 'USD', period: 'month' }],
    ['Acme | Amsterdam<p>Salary: 2500 employees strong, and growing.', null],
    // A single figure said to be pay before it (2.423.0).
    ['Acme | Remote<p>Expected Salary Range: 140k+, USD<p>We are a funded startup.', { min: 140000, max: 140000, currency: 'USD', period: 'year' }],
    ['Acme | New York, NY<p>Salaries are in the 150k range, and can vary a bit based on seniority.', { min: 150000, max: 150000, currency: 'USD', period: 'year' }],
    ['Acme | New York, NY<p>Benefits<p>- Pay based on experience, starting at 60k for minimum candidate', { min: 60000, max: 60000, currency: 'USD', period: 'year' }],
    ['Acme | New York, NY<p>We have a healthy growing user base of 250k users.', null],
    ['Acme | New York, NY<p>Our growth starting at 60k users last year.', null],
    // "R" before a version is no rand: "R2", "R 3.6".
    ['Acme | Cape Town<p>We use R 3.6 and R2 for analysis.', null],
    // Rand with the k on the upper bound only; money towards equipment is a perk (2.445.0).
    ['Acme | Cape Town, South Africa | Full-Time ONSITE | R540-660k/year', { min: 540000, max: 660000, currency: 'ZAR', period: 'year' }],
    ['Acme | NYC<p>Perks<p>* Our salaries are open and transparent<p>* $2500 towards a workstation and desk of your choice', null],
    // A bare range after an abbreviated title or a decorated pay heading (2.385.0).
    [`Datawire | Boston<p>${'We build tools. '.repeat(25)}<p>POSITIONS<p>Principal Eng (120-180K):<p>Sr Eng(100-150K):`, { min: 100000, max: 180000, currency: 'USD', period: 'year' }],
    [`Kip | New York City<p>${'We build a bot. '.repeat(25)}<p>// * Salary * //<p>90k - 120k<p>1-3% equity`, { min: 90000, max: 120000, currency: 'USD', period: 'year' }],
    // Up to a figure as a header field, with a note in brackets; ranges beside equity after a comma;
    // thousands a month; "between 60k and 100k" (2.386.0). Not users a month or pre-launch sales.
    ['Bound Round | Sydney, Australia | ONSITE | Web Developer | Compensation: Up to 90k (package), DOE', { min: 90000, max: 90000, currency: 'USD', period: 'year' }],
    [`Acme | SF<p>${'We build things. '.repeat(25)}<p>Roles:<p>* Customer Success Manager (SF): 100-120k, 0.05% - 0.075% equity<p>* Senior Software Engineer (Sacramento OR SF): 120-140k, 0.1% equity`, { min: 100000, max: 140000, currency: 'USD', period: 'year' }],
    [`Writer's Bloq | NYC<p>${'We build things. '.repeat(25)}<p>What we are giving:<p>- 7K-8K/month, flexible`, { min: 7000, max: 8000, currency: 'USD', period: 'month' }],
    ['Acme | Toronto<p>Backbone JS for the front end. Salary between 60k and 100k, options worth 0.25% and 0.75%', { min: 60000, max: 100000, currency: 'USD', period: 'year' }],
    ['Happy Scribe | Barcelona<p>We have a product used by +400k/mo users with high 7-digit revenue.', null],
    ['Acme | SF<p>We are five people right now, and closed out the quarter with $250k in pre-launch sales.', null],
    ['Altus Assessments | | Canada/US/EU | Full Time | Remote (EST ±4) | $135k+ CAD |', { min: 135000, max: 135000, currency: 'CAD', period: 'year' }],
    // Figures of several periods as often each: the one a pay word labels (2.361.0).
    ['Acme | NYC\nWith lawyers\' rates averaging $300 / hour, few seek help.\n\nPosition: Senior Engineer | Salary: $80-$125k | Equity: 1.0%-4.0%', { min: 80000, max: 125000, currency: 'USD', period: 'year' }],
    ['Acme | Copenhagen\nThe starting salary is 51268DKK per month (that\'s about €6900/mth).', { min: 51268, max: 51268, currency: 'DKK', period: 'month' }],
    // A range without a currency in a bracket after a job's title.
    ['Cambridge Blockchain | Cambridge, MA | Full-time | Onsite\n\nA long enough introduction to push the range past the first three hundred characters of the posting, where a bare range needs something to say it is pay, as this one has: the title it follows. More words here to be sure of it, and a few more again, and then some more words to reach the limit.\n\nPOSITION\nFull-Stack Engineer (55-90K): listed here', { min: 55000, max: 90000, currency: 'USD', period: 'year' }],
    // A rate named before its figure.
    ['Acme | Instructor | NYC\nOur day rate is $1500. Please email me.', { min: 1500, max: 1500, currency: 'USD', period: 'day' }],
    // The currency written on the upper bound only (2.261.0).
    ['Hadoop Developer - London Bridge, 60k - £80k per annum + benefits', { min: 60000, max: 80000, currency: 'GBP', period: 'year' }],
    // A thousands figure alone as a field of the header line is the pay, as a bare range there is.
    ['Senior Developer-Bethlehem, PA 90k-Full Time-In Office- Acme is hiring', { min: 90000, max: 90000, currency: 'USD', period: 'year' }],
    ['Acme | Senior Frontend Engineer | ONSITE | Full Time | 140k+, 10% bonus, significant equity', { min: 140000, max: 140000, currency: 'USD', period: 'year' }],
    ['€~55k-€~75k', { min: 55000, max: 75000, currency: 'EUR', period: 'year' }],
    ['Comp: ₹40–60L + ESOPs (flexible)', { min: 4000000, max: 6000000, currency: 'INR', period: 'year' }],
    // Lakhs per annum are rupees a year, with or without the sign (2.222.0).
    ['Infystrat | Full Stack Engineer (Java, Microservices) | Remote (India) | Full-Time | 6–10 LPA', { min: 600000, max: 1000000, currency: 'INR', period: 'year' }],
    ['Acme | Bangalore | ₹12-18 LPA', { min: 1200000, max: 1800000, currency: 'INR', period: 'year' }],
    ['Our salary offer is £40+k depending on the candidate', { min: 40000, max: 40000, currency: 'GBP', period: 'year' }],
    // On-target earnings include commission: not base pay.
    ['Founding Engineer | London | £60-120k<p>Account Executive | New York | $180-220k OTE', { min: 60000, max: 120000, currency: 'GBP', period: 'year' }],
    // A pay word earlier in the clause makes a bare range in the body pay.
    ['FusionAuth | Engineers | Denver, CO | ONSITE<p>We build authentication and authorization software that developers love: logins, registrations, single sign-on, multi-factor authentication and user management, for companies of every size around the world, on premises or in the cloud, with great docs and a free community edition.<p>We are a small team. Salary ranges listed on job req, but for the Senior Java Engineer it is 140k-180k', { min: 140000, max: 180000, currency: 'USD', period: 'year' }],
    ['Acme | Engineer | Denver<p>We build authentication and authorization software that developers love: logins, registrations, single sign-on, multi-factor authentication and user management, for companies of every size around the world, on premises or in the cloud, with great docs and a free community edition.<p>Benefits are top notch: Highly competitive salary (60k-95k), stock options.', { min: 60000, max: 95000, currency: 'USD', period: 'year' }],
    // OTE before the figure is no base pay either.
    ['Acme | Account Executive | Remote<p>On Target Earnings (OTE): $140,000 to $190,000 (70/30 split)', null],
    // Seed-stage equity beside the pay is no funding round.
    ['Faraday | Founding Engineer | NYC | $160K–$200K + seed-stage equity', { min: 160000, max: 200000, currency: 'USD', period: 'year' }],
    ['Acme | Business Development Representative | Remote | $55K-$70K + OTE $85K-$100K + Equity', { min: 55000, max: 70000, currency: 'USD', period: 'year' }],
    ['Founding AE | SF | On-site<p>OTE $280k–$400k + equity, uncapped commission<p>Platform Engineer | London<p>£150k–£300k base', { min: 150000, max: 300000, currency: 'GBP', period: 'year' }],
    ['Acme | Remote $120k - $150k | Full-time', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    // A comparison is no second salary, nor money the company raised (2.425.0).
    ["Acme | Boise, ID<p>Benefits:<p>- Salary will range from $80-120K. (That's like $150-$200K in CA with Idaho cost of living adjustment :) )", { min: 80000, max: 120000, currency: 'USD', period: 'year' }],
    ['Acme | Remote<p>Salary: $110k - $160k<p>Profitable, no VC (we raised less than $200k 5 years ago).', { min: 110000, max: 160000, currency: 'USD', period: 'year' }],
    // A share after "and" is no upper bound; "p.a" without its last full stop (2.426.0).
    ['Barricade - Cork, Ireland<p>Positions:<p>* Infrastructure Engineer [Starting at €45,000 and 0.25% equity]<p>* Frontend Engineer [Starting at €40,000 and 0.25% equity]', { min: 40000, max: 45000, currency: 'EUR', period: 'year' }],
    ['Acme | London<p>Positions vary from £28,000p.a - £115,000p.a (depending on position) + full benefits.', { min: 28000, max: 115000, currency: 'GBP', period: 'year' }],
    // A raise promised is pay when it is the only figure.
    ['think-cell | Berlin<p>A competitive salary from the start and a raise to EUR 120,000 annually after only one year', { min: 120000, max: 120000, currency: 'EUR', period: 'year' }],
    ['115k - 180k USD', { min: 115000, max: 180000, currency: 'USD', period: 'year' }],
    ['$80-$100/hr contract', { min: 80, max: 100, currency: 'USD', period: 'hour' }],
    ['CHF 120,000 - 140,000', { min: 120000, max: 140000, currency: 'CHF', period: 'year' }],
    ['Senior: $180k-$220k. Junior: $120k-$150k', { min: 120000, max: 220000, currency: 'USD', period: 'year' }],
    // A company whose name ends like a verb of revenue ("Homemade") still states pay.
    ['Full Stack Developer - Homemade - $120,000 - New York City', { min: 120000, max: 120000, currency: 'USD', period: 'year' }],
    // The currency only after the figure, and "~" between the bounds.
    ['Acme | NYC, NY | Onsite | 105,000 USD /year | Full-Time', { min: 105000, max: 105000, currency: 'USD', period: 'year' }],
    ['Lokad | Software Engineer | Paris, France | 45k€ - 60k€', { min: 45000, max: 60000, currency: 'EUR', period: 'year' }],
    ['Acme | Zurich\nSalary ranges around 8000 - 11.000 CHF / month after taxes.', { min: 8000, max: 11000, currency: 'CHF', period: 'month' }],
    ['Acme | Zurich\nSalary is 80k - 120k+ CHF per year. This amounts to 7-9k CHF per month net.', { min: 80000, max: 120000, currency: 'CHF', period: 'year' }],
    ['Acme | Remote\n* Senior Engineer - $145~170k + bonus\n* Engineer II - $90~93k USD + bonus', { min: 90000, max: 170000, currency: 'USD', period: 'year' }],
    // Bare ranges said to be pay still count beside one with its code after it.
    [
      'Beautiful.ai | Remote in US\n1. Senior Platform Engineer | 160k - 200k Base salary + Equity\n3. Software Engineer | 120k - 160k Base Salary + Equity\n6. Account Executive | 140k - 180k USD Base Salary',
      { min: 120000, max: 200000, currency: 'USD', period: 'year' },
    ],
    // A bare figure said to be pay with a "+" or a bracket between (2.195.0); a single one too.
    [
      `Acme | Remote\n\n${'We design, build and distribute open-source software that enables people to enjoy the internet on their terms. '.repeat(3)}\n\nRoles currently available:\n- Staff Software Engineer | 148k-239k (Based on experience) + Bonus | USA\n- Senior Staff Engineer | 184k-314k (Based on experience) + Bonus | USA`,
      { min: 148000, max: 314000, currency: 'USD', period: 'year' },
    ],
    ['Acme | Mountain View, CA\n\nCompensation: 90K per year + (%.5 - %1.0) vesting in 4 years.', { min: 90000, max: 90000, currency: 'USD', period: 'year' }],
  ])('%s', (text, expected) => expect(extractSalary(text)).toEqual(expected));
  it.each([
    'We raised $20M from top investors',
    // What a marketplace pays out to its sellers (2.195.0).
    'Acme | NYC\nWe count top Silicon Valley companies as customers and pay out $15K per month to our engineers.',
    'Acme | NYC\nWe have 800k users and 100k+ (based on last month) paying customers.',
    '0.5% - 1% equity',
    'Pro plan is $12/mo',
    // A rate that nothing says is pay.
    'Acme | NYC | Our CI runs 100-200/hr builds',
    '401k matching',
    'Acme | Backend Engineer | NYC | Full-time | 401k, health, dental',
    // Revenue a founder grew, not pay: "0 to" is no lower bound of a salary.
    'Acme - Remote\nI bootstrapped the business from 0 to $100K in the first year.',
    'competitive salary',
    "If you pass our interview we'll give you $1,000 CASH",
    'Learning budget of $2,000 per year',
    '$5,000 referral bonus',
    'Perks: $2k professional development budget',
    'Acme | Project Manager | NYC\n- Experience managing web and mobile projects with budgets exceeding $200k',
    // A stipend for a benefit, not pay (2.362.0).
    'Acme | NYC\nWe offer 100% paid healthcare, transit reimbursement, and a $7,500 "paid paid vacation" stipend, among other benefits.',
    // What customers earn or invest, not pay.
    'Acme | Backend Engineer | Nairobi\nWe serve people who earn less than $4 a day.',
    'Acme | Lead Developer | Berlin\nClinic operators are willing to invest at least €1,000 per month in our solutions.',
    'Acme | NYC\nKnow someone? Refer a friend and get $1,000.',
    'Acme | NYC\nInstead of spending $10,000 to $20,000 on a coding bootcamp, come work with us.',
    'Acme | NYC\nWe save our average customer $3,618 a purchase.',
    'Acme | NYC\nIn February 2013, we made $500. Last month, we made $300K.',
    'Acme | NYC\nOver the past 3 months we sold ~$385k worth of equipment.',
    // Revenue, deals and prizes, not pay.
    'Acme | NYC\nWe have enterprise customers paying us well over $10k/month each.',
    'Acme | NYC\nOne of our products went from nothing to $200k/month in under a year.',
    'Acme | NYC\nWe have 650k users and generate $110k/mo. Ask me anything.',
    'Acme | NYC\nCustomers help us generate $420k MRR. We spend about $223k/mo on salaries.',
    // (2.295.0) "spending" further back than before, past "an average of about".
    'Acme | NYC\nSo, with fewer than 200 customers spending an average of about $25,000/year each, there is lots of room for expansion.',
    'Acme | NYC\nExperience with $10k+ deals a big plus.',
    'Acme | NYC\nReferral bonus: $10k cash for referring the candidate we hire.',
    "Acme | NYC\nIf you're not after a job, join our $10k hackathon.",
    // Sales in the millions: no yearly salary in dollars, euros or pounds is that high.
    'Acme | NYC\nWe are sharding to serve stores with $3000000+/hour flash sales.',
    'Acme | NYC\nWith 118,000 members and $1,100,000 worth of games sold, we are growing.',
    // Money raised, held or moved, and prices.
    "Acme | NYC\nWe've just announced raising $750,000 as part of a seed financing round.",
    'Acme | NYC\nWe help hundreds of thousands of customers buy and sell over $100,000 in gift cards each day.',
    'Acme | NYC\nWe generated $350,000 in March, and we have $580,000 in the bank.',
    'Acme | NYC\nOur total funding to date is $450,000.',
    'Acme | NYC\nMVP reached $200k run rate in first month. Competitive cash.',
    'Acme | NYC\nPick Florida: surfing, and a median house price of about $150,000.',
    // Lakhs without rupees: a range without a currency is read as dollars, and is none in lakhs.
    'Acme | NYC | Salary: 2.5L - 4.5L plus 10k bonus',
    'Acme | NYC\nWe just launched our MVP and closed our seed round of $625k from well known angels.',
    'Acme | NYC\nSo far we’ve had over $800,000 worth of games sold, 80,000 members and 36,000 games listed.',
    'Acme | Sales | REMOTE\nOffering 25% commission. We charge $3000 per day. Our last training sale was $5000 for one day.',
    'Acme | Toronto\nCompetitive salary, 4 weeks vacation, $1000 vacation bonus, a networking budget.',
    'Acme | NYC\nPick Florida for almost no traffic or commute, and houses that commonly go for $100,000 to $400,000.',
    'Acme | Liverpool\nThe average 3 bed house in Liverpool costs £141,000, five times cheaper than in London!',
    // A fee, and a paid trial.
    'Acme | NYC\nThese individuals are paying attorneys a flat fee of $1,500 to do the work.',
    'Acme | Zurich\nRent insured cars starting from 5 CHF/hour.',
    // A market figure.
    'Acme | London\nIt is worth noting that the UK median gross annual income within the Information and Communication sector was just under £36,000 in 2012.',
    'Acme | Austin\nThe average software engineer salary in Texas is about $110,000.',
    // What the company made, raised or moved, perks and what customers pay (2.423.0).
    'Acme | Berlin\nWith more than 400 employees and daily revenues over $600k we are still growing.',
    'Acme | NYC\nWe launched on Kickstarter and raised just shy of $300,000 with close to 1,800 backers.',
    "Acme | London\nWe've just closed a $500k fundraising round.",
    'Acme | Chicago\nWe have over $150k per week in transactions, roughly doubling every month.',
    'Acme | Remote\n- Real world problems. The kind that companies pay $100K+ to solve.',
    'Acme | Denver\nAll roles include $7,500 Paid PAID Vacation.',
    'Acme | Toronto\nBenefits include paid home internet, $1000 tuition reimbursement, paid conferences.',
    'Acme | Boston\nWe invest in our engineers: an annual $3K stipend for training, conferences, whatever grows you.',
    // Money the company may raise (2.222.0).
    'Acme | Tallinn\nWe can likely raise ~€250k fairly quickly via public funding in my country, without giving up shares.',
    // What others earn, a weekly rate, a price for a whole contract (2.451.0).
    'Acme | NYC\n- Line chefs at the nicest restaurants in the world make at most $12-15/hour, yet the food they make is sold at a markup.',
    'Acme | NYC\nA one-year replacement to the degree that takes 15% of the salary of grads making at least $50k.',
    'Acme | Remote\nSome devs on the platform are making 100k USD/month and have hired their friends.',
    'Acme | Author | Remote\nHelp other developers and earn an extra $50k+/yr by creating a programming course.',
    'Acme | engineering lead | Remote | two-month contract | $2k/wk',
    'Acme | Technical Co-Founder | REMOTE | $8k contract → 5% equity',
  ])(
    'not salary: %s',
    (text) => expect(extractSalary(text)).toBeNull(),
  );
  it.each([
    ['Amazon New Product Demand Forecasting | Seattle | Full-Time | On-Site ($130-$250+ depending on experience)', 130000, 250000, 'USD'],
    ['Scoop | Backend, Mobile & DevOps | San Francisco, CA | Onsite. Full-Time. $100-150 + Equity', 100000, 150000, 'USD'],
    ['Article | Software Engineer | Vancouver, BC | ONSITE, VISA | C$90 - C$140 | https://www.article.com', 90000, 140000, 'CAD'],
  ])('reads a header range written without its k as thousands a year: %s', (text, min, max, currency) => {
    expect(extractSalary(text as string)).toEqual({ min, max, currency, period: 'year' });
  });
  it('keeps a small range an hourly rate when the work is paid by the hour, and a price in the body a price', () => {
    expect(extractSalary('Acme | Contract | Remote | $110-$150 per project hour')?.period).toBe('hour');
    expect(extractSalary('Acme | Contract, REMOTE | $90-120')).toEqual({ min: 90, max: 120, currency: 'USD', period: 'hour' });
    expect(extractSalary('Academia.edu | Full Stack Engineer | San Francisco, CA\nA paper then sits behind a paywall, accessible for $50-$100.')).toBeNull();
  });
  it('leaves out what a delay costs and what a trial week pays beside the pay', () => {
    expect(extractSalary('Silkline | Senior Software Engineer | Seattle | $150k-$220k + equity\nEvery day of production delay costs $50k+ and our platform keeps them moving.')).toEqual({
      min: 150000,
      max: 220000,
      currency: 'USD',
      period: 'year',
    });
    expect(extractSalary('Acme | Remote (US) | Technical Co-Founder | $20K/mo + equity\nProcess: a call, then a paid trial week ($1,400).')).toEqual({
      min: 20000,
      max: 20000,
      currency: 'USD',
      period: 'month',
    });
  });
  it("keeps the posting's own pay beside a market figure, and a median that is its own", () => {
    expect(
      extractSalary('Acme | London\nThe UK median gross annual income in our sector was just under £36,000 in 2012.\nThe salary at Acme is £40k per annum.'),
    ).toEqual({ min: 40000, max: 40000, currency: 'GBP', period: 'year' });
    expect(extractSalary('Acme | NYC\nOur median engineering salary is $150,000.')).toEqual({ min: 150000, max: 150000, currency: 'USD', period: 'year' });
  });
  it('reads a bare range after a pay word past the header', () => {
    const text = `Acme | SF\n${'We build tools for teams. '.repeat(15)}\nSalary: 88k-110k depending on location and experience.`;
    expect(extractSalary(text)).toEqual({ min: 88000, max: 110000, currency: 'USD', period: 'year' });
    // Total compensation is no base pay (2.245.0).
    expect(extractSalary('Acme | Senior Software Engineer | ONSITE | New York City | $200k Salary - $400k Total Compensation')).toEqual({ min: 200000, max: 200000, currency: 'USD', period: 'year' });
    // "Salary:" above a bullet that gives the range (2.243.0).
    const bulleted = `Acme | Amsterdam\n${'We build tools for teams. '.repeat(15)}\n\nSalary:\n\n- 45k-60k\n\nBonus:\n\n- lunch provided`;
    expect(extractSalary(bulleted, () => ['NL'])).toEqual({ min: 45000, max: 60000, currency: 'EUR', period: 'year' });
  });
  it('reads a bare $ as the local dollar when the job is in Canada only', () => {
    expect(extractSalary('$90k-$110k', () => ['CA'])?.currency).toBe('CAD');
    // In currencies of small units a yearly salary does reach the millions.
    expect(extractSalary('Tokyo | Engineer | ¥8,000,000 - ¥12,000,000 per year')).toEqual({ min: 8000000, max: 12000000, currency: 'JPY', period: 'year' });
  });
  it('reads a range written without a currency in the currency of the job country', () => {
    expect(extractSalary('OnCare | London, UK (ONSITE) | Full time | 40-70k & stock options', () => ['GB'])).toEqual({ min: 40000, max: 70000, currency: 'GBP', period: 'year' });
    expect(extractSalary('Gorgias | Paris | ONSITE\nWe are hiring a python developer, 40-60k€, 1-2% equity.', () => ['FR'])?.currency).toBe('EUR');
    // Thousands too few for a year in a header field of their own: a month's pay (2.423.0).
    expect(extractSalary('GoldRepublic | Developers | Amsterdam, The Netherlands | Full-time | Onsite | 4-6k\n\nGoldRepublic is a small fintech.', () => ['NL'])).toEqual({ min: 4000, max: 6000, currency: 'EUR', period: 'month' });
    expect(extractSalary('Acme | JavaScript engineer | Warsaw | 6-8k\n\nLooking for a junior-to-mid JavaScript engineer.', () => ['PL'])).toEqual({ min: 6000, max: 8000, currency: 'PLN', period: 'month' });
    // A whole figure after "Salary:" (2.438.0).
    expect(extractSalary('Acme | Amsterdam\nHiring process: 2 technical calls.\nSalary: 2500 gross Location: Amsterdam', () => ['NL'])).toEqual({ min: 2500, max: 2500, currency: 'EUR', period: 'month' });
    // Not when the range is part of a field: "4-6k users".
    expect(extractSalary('Acme | Amsterdam | We serve 4-6k users a day', () => ['NL'])).toBeNull();
    // A written "$" stays a dollar wherever the job is.
    expect(extractSalary('Acme | London | $150k - $200k', () => ['GB'])?.currency).toBe('USD');
    // A single figure said to be pay, past the header (2.195.0).
    const openRent = 'OpenRent | London, UK | Full-Time\n\nWe are VC backed and profitable, and we let more properties than any agency in the UK.\n\nRoles currently available:\n- Senior Full-Stack Engineer | Equity | 110k+ (based on experience) + quarterly bonus';
    expect(extractSalary(openRent, () => ['GB'])).toEqual({ min: 110000, max: 110000, currency: 'GBP', period: 'year' });
  });
  it('finds a figure after a pay word and its colon exactly where the plain expression does', () => {
    const plain = /(?:[Ss]alary|SALARY|[Cc]ompensation|COMPENSATION|\b[Pp]ay|\bPAY)[ \t]*:[ \t]*~?\d/;
    const pieces = ['Salary', 'salary', 'SALARY', 'Pay', 'pay', 'PAY', 'xPay', '_pay', 'é', 'Compensation', 'COMPENSATION', ' ', '\t', '\n', ':', '~', '1', 'k', 'a'];
    const bad: string[] = [];
    for (const s of randomTexts(5, pieces, 10, 100_000)) if (payWordColonFigure(s) !== plain.test(s) && bad.length < 3) bad.push(JSON.stringify(s));
    expect(bad).toEqual([]);
    expect(payWordColonFigure('Salary:  ~120k')).toBe(true);
    expect(payWordColonFigure('Repay: 5 days')).toBe(false);
  });
  it('finds a currency written out exactly where the plain expression does', () => {
    const plain = /euro|Euro|EURO|euros|Euros|EUROS|yen|Yen|YEN/;
    const pieces = ['e', 'E', 'u', 'U', 'uro', 'URO', 'Uro', 'eURO', 'ro', 'y', 'Y', 'en', 'EN', 'eN', 's', ' ', 'Europe', 'neuro', 'yen', 'x'];
    const bad: string[] = [];
    for (const s of randomTexts(5, pieces, 10, 100_000)) if (hasCurrencyWord(s) !== plain.test(s) && bad.length < 3) bad.push(JSON.stringify(s));
    expect(bad).toEqual([]);
    expect(hasCurrencyWord('50k EUROS')).toBe(true);
    expect(hasCurrencyWord('uro')).toBe(false);
  });

  // The eighth session's blind salary set (eval/salary): the four general rules its misses showed (2.447.0).
  it('reads a range of its own line as pay, as a header field is', () => {
    expect(extractSalary('Bytemark | York, UK | System Administrator\n\n£16500 to £29000\n\nThis role is initially centred around customer service.')).toEqual({ min: 16500, max: 29000, currency: 'GBP', period: 'year' });
    // Small figures told in a sentence still need a pay word: a bootcamp's price is no salary.
    expect(extractSalary('Acme | NYC\n\nOur alumni spent £10000 to £20000 on a bootcamp before us.')).toBeNull();
  });
  it('reads UKP, an old name of sterling, as GBP', () => {
    expect(extractSalary('The Scale Factory | London, UK | DevOps Engineer, up to 70k UKP | Onsite or Remote (UK only)')).toEqual({ min: 70000, max: 70000, currency: 'GBP', period: 'year' });
  });
  it('reads a bare figure followed by "+ & options" as pay', () => {
    expect(extractSalary('Alar Software | Chicago, IL | Full-Time ONSITE | 80K + & options based on experience, paid parking')).toEqual({ min: 80000, max: 80000, currency: 'USD', period: 'year' });
    expect(extractSalary('Acme | Chicago, IL | 80K & equity')).toEqual({ min: 80000, max: 80000, currency: 'USD', period: 'year' });
    expect(extractSalary('Acme | Chicago, IL | Serving 80K & growing')).toBeNull();
  });
  it('keeps a bare $ in US dollars in Hong Kong when a year of it would be too little in Hong Kong dollars', () => {
    expect(extractSalary('Digitas | Hong Kong | REMOTE OK | $100k-$150k + equity', () => ['HK'])).toEqual({ min: 100000, max: 150000, currency: 'USD', period: 'year' });
    expect(extractSalary('Acme | Hong Kong | $400k-$600k a year', () => ['HK'])?.currency).toBe('HKD');
    expect(extractSalary('Acme | Hong Kong | $25,000 - $37,000 per month', () => ['HK'])?.currency).toBe('HKD');
  });

  // The second salary set's two misses (2.448.0).
  it('reads "Compensation: Up to 90k" as pay, in the local currency', () => {
    expect(extractSalary('Bound Round Pty Ltd | Sydney, Australia | ONSITE\nHiring: Mid-level Software Developer\nCompensation: Up to 90k (package), DOE', () => ['AU'])).toEqual({ min: 90000, max: 90000, currency: 'AUD', period: 'year' });
  });
  it('takes no market figure for pay: "markets that demand more than $100k"', () => {
    expect(extractSalary("SiteDocs | Remote\n\n* Market salary. It is difficult for us to pay in markets that demand more than $100k USD. I know that's a reasonable salary.")).toBeNull();
    expect(extractSalary('Acme | NYC | $100k-$120k\nSenior engineers here command over $200k elsewhere.')).toEqual({ min: 100000, max: 120000, currency: 'USD', period: 'year' });
  });

  it('takes a bare range past the header when it is said to be pay', () => {
    const text = `Acme | NYC | ONSITE\n${'We build things. '.repeat(20)}\n1. Platform Engineer | 160k - 200k Base salary\n2. Software Engineer | 120k - 160k Base Salary\n3. Staff Engineer | 200k - 250k Base Salary`;
    expect(extractSalary(text)).toEqual({ min: 120000, max: 250000, currency: 'USD', period: 'year' });
    expect(extractSalary(`Acme | NYC\n${'We build things. '.repeat(20)}\nCompensation is 80-110K based on your experience and location.`)?.max).toBe(110000);
    expect(extractSalary(`Acme | NYC\n${'We build things. '.repeat(20)}\nWe grew from 10-20k users last year.`)).toBeNull();
  });
});

describe('visa', () => {
  it.each([
    ['Onsite | VISA', 'yes'],
    ['We sponsor visas and relocation', 'yes'],
    // Requirements as header fields and list items, "only ... with EU work permit" (2.329.0).
    ['Currently we can only accept applicants with EU work permit', 'no'],
    ['Senior Mobile Developer | Full-time | Budapest ONSITE | React Native | EU work permit', 'no'],
    ['Devops Specialist | Chicago, IL | Onsite | Full-Time | Citizen | Elasticsearch', 'no'],
    ['Requirements:\n- US citizen, live in the US and are able to obtain a security clearance', 'no'],
    ['REQUIREMENTS\n- US citizenship.\n- 2-3 years experience', 'no'],
    ['We are only accepting candidates who are located in and authorized to work in the United States.', 'no'],
    // "... but sponsorship / remote is not." (2.324.0)
    ['Relocation is an option but sponsorship / remote is not.', 'no'],
    ['H1B transfer welcome', 'yes'],
    // H1-B spelt with its hyphen after the 1.
    ['Optimizely - San Francisco, CA - Fulltime, Permanant. Intern/H1-B okay as well.', 'yes'],
    ['Protean - Ann Arbor/Detroit, Michigan - Fulltime. Intern. No H1-B.', 'no'],
    // With both hyphens, the refusal's first word (2.457.0: it was never tried there).
    ['Acme | Boston | Onsite | H-1-B: no', 'no'],
    ['Acme | Boston | Onsite | h-1-b no', 'no'],
    ['Acme | Boston | Onsite | H-1-B welcome', 'yes'],
    // A passport, or a US person (export control), required.
    ['Wealthport.com | Zurich | ONSITE | EU-Passport holders or eligible to work in Switzerland', 'no'],
    // Said alone, with no other word of visas or work permits (2.188.0).
    ['FAIRTIQ | Bern, Switzerland | Data Scientist | ONSITE | EU-Passport holders only', 'no'],
    ['Full time engineering role (Remote, US person required; Pacific time zone)', 'no'],
    // A US person, US residency, citizens or green-card holders required (2.245.0).
    ['Acme | Boulder, CO<p>This position requires access to export-controlled technology, so you also need to be an eligible US Person.', 'no'],
    ['Acme | Remote (US)<p>Requirements:<p>- Java and Spring<p>- US residency (regulatory requirement)', 'no'],
    ['Acme | Remote<p>U.S. Citizens/Green Card holders residing in the United States only.', 'no'],
    // Any country's citizenship required (2.243.0); not when it is only preferred.
    ['Acme | Berlin | ML Engineer<p>This role requires German/European citizenship due to regulatory requirements.', 'no'],
    ['Acme | Paris | ML Engineer<p>This role requires French citizenship.', 'no'],
    // Legal to work, able to work, residents only (2.197.0).
    ['Fusionbox | Python Engineers | United States | REMOTE (Legal to work in the US)<p>We sponsor PyCon, DjangoCon, and Django Girls.', 'no'],
    ['UtilityAPI | Oakland, CA | ONSITE<p>Email me a cover letter. You must already be able to work in the U.S.', 'no'],
    ['EasyESI - Berkeley, CA (SFBA) - full-time, US residents only', 'no'],
    // Residence is weaker than a refusal: a resident may transfer a visa offered.
    ['CareEvolution | Ann Arbor, MI | REMOTE OR ONSITE, VISA<p>Note: this job is open to US Residents only.', 'yes'],
    // A green card is no work visa: its sponsorship neither offers nor refuses one.
    ["Opower | Arlington, VA<p>Looking for U.S. residents (i.e. can't relocate from outside of U.S.) Can sponsor VISA / transfers. Can NOT offer immediate Green card sponsorship.", 'yes'],
    ['Acme | NYC<p>We cannot offer green card sponsorship at this time.', 'unspecified'],
    // Written with a hyphen too (2.218.0).
    ['Acme | NYC<p>We sponsor H-1B visas. No green-card sponsorship, though.', 'yes'],
    ['Acme | NYC<p>We cannot offer green-card sponsorship at this time.', 'unspecified'],
    // Preferred is not required; the market's visas are no refusal of this job's.
    ['Toronto, ON. Canadian citizens or Permanent Residents preferred.', 'unspecified'],
    ['Tokyo. VISA sponsorships offered. There are not many companies offering VISA sponsorships in Japan.', 'yes'],
    ['No visa sponsorship', 'no'],
    ['We cannot sponsor visas at this time', 'no'],
    ['Relocation and immigration visa sponsorship is not currently available.', 'no'],
    ["If you're not already in Hong Kong, we can sponsor you for a work visa here.", 'yes'],
    ['Must be authorized to work in the US', 'no'],
    ['Lead Software Engineer, US Work Authorization Required.', 'no'],
    ['Barcelona, Spain (hybrid, EU work authorization required)', 'no'],
    ['Great team, good snacks', 'unspecified'],
    ['Amsterdam, Netherlands. Work permit and relocation assistance provided.', 'yes'],
    // Visa the company is no visa.
    ['Our clients include Google, Microsoft, Visa, Twitter and the FDA.', 'unspecified'],
    ['Used by the largest companies in the world (HP, Visa, Qualcomm, etc.)', 'unspecified'],
    ['Clients like Visa. | VISA sponsorship available', 'yes'],
    ['International candidates with EU work permit are more than welcome provided they relocate.', 'unspecified'],
    // A refusal reaches along a list ("No Remote/Visa"), not into the next header field.
    ['Nimbl3 - Bangkok, Thailand / Full time / No Remote / VISA provided', 'yes'],
    ['Imgur | San Francisco | Full Time | No Remote/Visa/Internships', 'no'],
    // ... nor from "no remote" into the next part of a list.
    ['Redwood City, CA (no REMOTE, possible H1B)', 'yes'],
    ['NO REMOTE, BUT WE DO OFFER RELOCATION AND VISA SPONSORSHIP', 'yes'],
    ['Visa/relocation: No', 'no'],
    ['Visa sponsorship: no', 'no'],
    ['Unfortunately we are unable to handle H1Bs at the moment.', 'no'],
    ['This is an FTE position only, and only for people with a legal right to work in the US (e.g. no H-1Bs), sorry.', 'no'],
    ['REMOTE, Anywhere BUT must have legal right to work in US', 'no'],
    // A header field that asks for citizenship.
    ['Acme | Software Engineers | Redwood City, CA | Onsite | Full-time | US Citizen | Virtual reality', 'no'],
    ['Optimal | Netherlands | Visas provided for non-EU citizens<p>Reinforcement learning engineers', 'yes'],
    // The requirement standing alone: a header field, a list item, a clause of "you are".
    ['FiscalNote, Inc. - DC, NYC - Full time - Authorized to work in US only', 'no'],
    ['Requirements for all roles: 5+ YoE | Startup experience | Auth to work in US/CA', 'no'],
    ['Cambridge, MA | Full-time, onsite, authorized to work in US', 'no'],
    ['What we need:\n- Python\n- Authorized to work in the U.S.', 'no'],
    ['You are authorized to work in the USA or Germany, have excellent written English.', 'no'],
    ['Austin, SF (US Work Auth required) | Full-time', 'no'],
    ['Boston, MA - Full-time ONSITE -U.S Work Authorization required', 'no'],
    ['Requirements:\n* The right to work in the United States\nBonus', 'no'],
    ['Nested.com | Various roles | London | ONSITE | Full time| Right to work in UK', 'no'],
    ['We offer stock options. You must have the right to work in the UK.', 'no'],
    ['- 3 years of engineering experience\n- US Citizen or valid work Visa', 'no'],
    ['Hockeystick | Toronto, Canada | Full-Time | Onsite | Canada Citizen or Permanent Resident', 'no'],
    // A refusal of some visas that goes on to offer others.
    ["Palo Alto, Ca. • Sorry at this time we cannot sponsor NEW H-1B’s, but we can transfer existing visa’s and sponsor new E3’s, TN’s, and O-1’s.", 'yes'],
    ['We cannot sponsor visas, but we offer great perks.', 'no'],
    // A preference, an encouragement, a description: no refusal.
    ['San Francisco (remote possible. Authorized to work in U.S. strongly preferred.)', 'unspecified'],
    ['Candidates currently authorized to work in the US are encouraged to apply.', 'unspecified'],
    ['We help employers check that staff are authorized to work in the US.', 'unspecified'],
    ['We believe everyone has the right to work in the US on fair terms.', 'unspecified'],
    ['Microsoft | Redmond, WA\nThis role is only open to candidates with US work authorization.', 'no'],
    ['Southeast USA, all ONSITE. Citizenship is a job requirement.', 'no'],
    // New H-1Bs refused beside other visas offered; Visa the card network.
    ["Curbside is open to sponsoring existing H-1B’s, new E-3, O-1, and TN’s; however at this time we are not sponsoring new H-1B’s.", 'yes'],
    ['Sorry, we cannot sponsor new H-1Bs.', 'no'],
    ['15.2 Billion paper Checks were sent in the US alone, 4X times VISA/MC combined!', 'unspecified'],
    ["We're wired into the three largest card networks: Visa, Mastercard and Amex.", 'unspecified'],
    ['Skyways | Austin, TX | ONSITE | Full-time\nNote: US Persons only due to government export controls.', 'no'],
    // A work permit the candidate must bring: a refusal, even beside the word "visa".
    ['Zedge | Android SWE | Trondheim, Norway | ONSITE | EU/EEC work permit/visa required', 'no'],
    ['Acme | Developer | Amsterdam, NL | ONSITE | EU work permit required', 'no'],
    ['Acme | London, UK | Full-time | ONSITE | EU RIGHT TO WORK NEEDED', 'no'],
    ['Our London offices (no remote, work permit needed).', 'no'],
    // "Sponsor" of events, projects, people's travel, or sponsors as people: no visa.
    ['We also regularly participate in and sponsor the Boston Python group.', 'unspecified'],
    ['We will sponsor travel to relevant conferences where you can present your work.', 'unspecified'],
    ['We also sponsor and contribute to academic conferences like ACM IMC.', 'unspecified'],
    ['We often sponsor tech-events and conferences like PyMunich and EuroPython.', 'unspecified'],
    ["Perks: * Volunteer days * Further education sponsorship * Discounts", 'unspecified'],
    ['Some of you may know us from our sponsorship of Hacker News meetups in London.', 'unspecified'],
    ['You will present findings to DoD sponsors and academic conferences.', 'unspecified'],
    ["Working to organise the world's event, attendee and sponsor data.", 'unspecified'],
    // ... while an offer to sponsor people, or a visa named beside events, still is one.
    ['ONSITE - NYC, SF | Will sponsor any visa\nCollecting data from the web is painful.', 'yes'],
    ['We are willing to sponsor the right candidates as well.', 'yes'],
    ['Greenwich, CT and we do sponsor. Onsite', 'yes'],
    ['We sponsor meetups, and we sponsor H1B visas.', 'yes'],
    // The fortieth and forty-first sets (2.364.0): the right to work as a requirement, written
    // more ways; H1Bs in the plural or "H1" alone offered; relocation costs are money, not a visa.
    ['Requirements:\nPermanent legal right to work in the US (includes TN status).', 'no'],
    ['* Proficiency in English with the right to work in the UK', 'no'],
    ['We are looking for backend engineers with the right to work in the UK to join our team', 'no'],
    ['Candidates with right to work in the US will be prioritized.', 'unspecified'],
    ['Acme | Redwood City, CA | Onsite | Permanent eligibility to work in US required | Unity', 'no'],
    ['Acme | Zurich | Salary: 90k-120k CHF | ONSITE | EU-passport or work permit in Switzerland only', 'no'],
    ['San Francisco, Full time. Interns and H1Bs welcome.', 'yes'],
    ['TheLadders - New York, NY (H1 possible)', 'yes'],
    ["Singapore! We can't sponsor relocation costs, but we offer competitive salaries.", 'unspecified'],
    ["We can't sponsor relocation or visas.", 'no'],
    // "H1B no" as a header's answer (2.368.0); "H1B no problem" offers.
    ['Mutually Human - Grand Rapids, Michigan (INTERN yes, REMOTE/H1B no)', 'no'],
    ['H1B no problem', 'yes'],
    // The forty-sixth and forty-seventh sets (2.370.0): a visa or citizenship the hire must have,
    // "able to legally work", "sponsorships" in the plural.
    ['Madrid, Spain | Mediatech Solutions | Full time preferred | EU Visa required', 'no'],
    ['You need to be a Swiss/EU citizen or hold a valid work permit in Switzerland.', 'no'],
    ['You must also be able to legally work in the US, we currently do not have any facilities to provide sponsorships or visas.', 'no'],
    ['We provide visa sponsorships.', 'yes'],
    // The forty-eighth and forty-ninth sets (2.372.0).
    ['Switzerland, Zurich | ONSITE | Archilogic | Frontend | Full-time | EU or eligible to work in Switzerland', 'no'],
    ["We are in central Berlin, so we'll help with the German bureaucracy, residency status etc.", 'yes'],
    ['Some positions require the TS/SCI and polygraph clearance.', 'no'],
    // The fiftieth and fifty-first sets (2.373.0).
    ['Halifax, Canada. Canadian needed. REMOTE possible.', 'no'],
    ['If you want to join a growing startup and have work authorization in the EU please e-mail me.', 'no'],
    ['- you live (or want to move) to SF and are authorized to work here', 'no'],
    ['Java and Postgres on AWS. We are the first seed-stage company that Visa has invested in.', 'unspecified'],
    // The fifty-second and fifty-third sets (2.375.0).
    ['Due to US Government deadlines, we are not able to apply for new Visas at this time. If you have a current US Visa, we are able to sponsor a transfer.', 'yes'],
    ['BuzzSumo | REMOTE (Must be citizen in UK, France, Germany, or USA) | Full Time', 'no'],
    ['Ginetta | Frontend Engineer | Zurich | EU passport only', 'no'],
    ['- Updates to our real-time Visa transaction processing system', 'unspecified'],
    // The fifty-fourth and fifty-fifth sets (2.376.0): "Citizen" as the header's last field; foreign workers welcome.
    ['Intrepid Networks | Software Engineer | Orlando, FL | Onsite; Remote | Full-Time | Citizen\nWe are hiring', 'no'],
    ['Ebuddy - Amsterdam, Netherlands (Foreign workers welcome!)', 'yes'],
    // The fifty-sixth and fifty-seventh sets (2.377.0): a header's answers, each to its own question.
    ['Squarespace - NYC (INTERN yes, REMOTE no, H1B yes)', 'yes'],
    ['Acme | REMOTE no sponsorship', 'no'],
    ['Acme | Remote no, visa no', 'no'],
    ['Redwood City, CA - INTERN, VISA\n\nNo remote, but we do offer relocation and visa sponsorship.', 'yes'],
    // The fifty-eighth and fifty-ninth sets (2.379.0).
    ['BTW, at this moment we can only consider you if you are eligible to work within the EU, sorry about that!', 'no'],
    ['Boeing Research & Technology | Brisbane, Australia | ONSITE | Au Citizens Only\nWe build VR.', 'no'],
    ['Applicants must be Australian citizens to meet defence security requirements.', 'no'],
    ['TagCmd - London, UK - Full time. Sorry, no work permits, no remote.', 'no'],
    ['Our team includes executives from Visa and American Express.', 'unspecified'],
    // The sixtieth and sixty-first sets (2.380.0).
    ['NOTE: You must currently live in the US and be eligible to work for any employer in the U.S. without restrictions.', 'no'],
    ['SilverSpring Networks | Chicago| Full Time, Onsite| Only candidates authorized to work _permanently_ in the US|', 'no'],
    ['All positions ONSITE, authorization to work in the U.S. or Canada required.', 'no'],
    ["Unfortunately we're too small to sponsor visas, so you need to already have the right to live + work in the UK", 'no'],
    // The sixty-second set (2.382.0).
    ['If any of these sound interesting, email us. Note that we can only hire US citizens.', 'no'],
    // The sixty-fourth and sixty-fifth sets (2.383.0).
    ['Must be in the DC area or willing to relocate; foreigners welcome as long as you can secure a visa on your own (usually J-1 or F-1).', 'no'],
    ['Outsourcing development companies and non-US work eligible applicants need not apply.', 'no'],
    ['US citizenship and the ability to hold a security clearance are required. All work is on-site.', 'no'],
    // The sixty-sixth set (2.384.0).
    ['US-based remote engineers are encouraged to apply. Sorry, but we cannot accommodate international applicants at this time', 'no'],
    ['International candidates welcome!', 'yes'],
    // The sixty-eighth and sixty-ninth sets (2.385.0): a visa the hire must already hold.
    ['Graduates and interns welcome. You will need a visa to work in the UK.', 'no'],
    ['* Allowed to work in Germany (EU citizen or work visa holder)', 'no'],
    ['Roles are onsite and you must have a working visa or EU passport.', 'no'],
    ['We will consider candidates who need a VISA to work in Canada.', 'yes'],
    ['If you need a visa to work here, we sponsor.', 'yes'],
    // 2.409.0, from the misses over all sixty-eight sets: citizenship or residence as a
    // requirement written more ways; work rights a hire must bring; an offer that goes on to a
    // requirement; work and residence permits offered; Visa the company, events' sponsors and
    // visa status asked of applicants.
    ['Astranis (YC W16) | San Francisco, CA | Full-Time | Onsite | US Citizen or Green Card', 'no'],
    ['Acme | Los Angeles, CA | Onsite | US Citizen & Permanent Residents Only', 'no'],
    ['SpaceX, Hawthorne, CA - (US citizen/PR only)', 'no'],
    ['Acme | Oakland, CA | Onsite | Full-Time | Citizen; Green card | Bioinformatics', 'no'],
    ['Candidates must be able to provide proof of US citizenship or permanent residency status.', 'no'],
    ['Think TurboTax for U.S. Citizenship or Green card applications.', 'unspecified'],
    ['Primephonic | Amsterdam, Netherlands | Full time onsite | | Candidate must have EU work rights.', 'no'],
    ['Acme | Engineer | Full-time | Onsite | Must have US Employment Authorization', 'no'],
    ['Remote (Berlin, Germany - EU working permit required)', 'no'],
    ['Acme | Amsterdam, The Netherlands | ONSITE, FULLTIME | European Working Permit', 'no'],
    ['System Engineer - LaterPay, Munich, Germany (needs legal right to work in the EU)', 'no'],
    ["At this time we aren't prepared to offer H1B/Visa sponsorship or remote work.", 'no'],
    ['Comp Range: $132,600- $182,250 DOE.  Sponsorship: Not at this time', 'no'],
    ['Happy to sponsor/extend visas, but you need to already be authorized to work in the US.', 'yes'],
    ['Happy to sponsor, but you need to already be US authorized.', 'yes'],
    ['You need to already be US authorized.', 'no'],
    ['Relocation to Spain: full relocation package, work permit + residence permit for spouse.', 'yes'],
    ['We do offer residency permits for non-Austrian citizens.', 'yes'],
    ["Visa | Data Scientist | London, UK\nJoin the Data Science Lab at Visa Europe.", 'unspecified'],
    ["Visa Inc. | Full-stack developers | Austin, TX\nVisa's Digital team is building a new platform.", 'unspecified'],
    ['If you want to chat in person, we are a sustaining sponsor of NYTM.', 'unspecified'],
    ['We will be happy to sponsor you for a Top Secret security clearance.', 'unspecified'],
    ['Send your name, current location and visa status, your notice period and salary.', 'unspecified'],
  ])('%s → %s', (text, expected) => expect(visaPolicy(text)).toBe(expected));
});
