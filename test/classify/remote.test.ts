import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/core/classify/html.ts';
import { clauseBefore, extractRemote } from '../../src/core/classify/remote.ts';
import { prng } from '../fakes/hn-replay.ts';

const remote = (html: string) => extractRemote(parseHtml(html)).remote;
const scope = (html: string) => extractRemote(parseHtml(html)).scope;

describe('remote', () => {
  it.each([
    // "[LOCAL] or [REMOTE]": either, so remote (2.395.0).
    'DIVE Networks | Toronto, ON | Full Time | [LOCAL] or [REMOTE] | Software Engineer',
    'Acme | NYC | REMOTE',
    'Acme | NYC | Remote OK',
    'Student Loan Hero - New York, NY - Part-Time - Remote',
    'Acme | NYC | Onsite or Remote',
    'Acme | NYC | ONSITE, REMOTE',
    'Acme | Remote-friendly',
    'Acme | REMOTE (US only)',
    'Acme | NYC<p>Remote possible for exceptional candidates.',
    'Acme | NYC<p>We don’t mind remote, but we are a small team.',
    'Acme | NYC<p>Local or relocatable applicant preferred, but remote applicant considered.',
    'Acme | Multiple positions - WORK FROM HOME',
    'Acme | Telecommuting is an option.',
    'Acme | VIRTUAL + ONSITE',
    'Acme | Fully distributed team',
    'Acme | No visa sponsorship, remote OK',
    'Acme | NYC | No remote for the junior role<p>Senior role: remote (US).',
    // Two arrangements on offer, either way round: remote is one of them.
    'Cobalt | Data Engineering | US, UK, or Germany (Remote/Hybrid) | Full-time',
    'Superfans | Full-time | Paris, France | Hybrid/Remote',
    // "Technical" after it is the next field, not a remote technical interview.
    'Bitnami (YC W13) San Francisco, REMOTE, Technical Writer<p>We are looking for an awesome technical writer.',
    // A header field that offers distributed or virtual work.
    'Truss | Software Engineer, User Experience Designer | San Francisco or DISTRIBUTED| https://truss.works',
    'Abine | Software Engineers | Part-Time | Boston, MA or Virtual | http://www.abine.com/',
    // "or anywhere" after a place, "(Anywhere)" after a title or place (2.196.0).
    'Chicago, IL (or anywhere) - Rails Programmer @ 37signals',
    'Austin, TX (or anywhere for the right person) -- Ruby + Front-End',
    'Recursion | Salt Lake City, Utah | Full-Time<p>* Machine Learning Scientist (Anywhere): Looking for a senior scientist.<p>Perks: a 70ft onsite rock climbing wall.',
    // Remote allowed is remote; remote *time* allowed is a share of it (2.207.0).
    'Bunk1 / Bunk1rollcall.com - New York, NY / NYC - REMOTE allowed<p>:: Ruby/Rails Engineer wanted ::',
    'Fog Creek and Trello!<p>Fog Creek:<p>- Software Developer (remote allowed)<p>- Support Engineer (remote allowed)',
    // A team mostly remote says nothing of how much of a role is.
    'Acme | NYC<p>The majority of the team is remote.',
  ])('%s', (html) => expect(remote(html)).toBe('remote'));
});

describe('remote refused: onsite', () => {
  it.each([
    // Relocation from anywhere is no remote work.
    'TravelPerk | Senior Python Developer | Barcelona | ONSITE<p>We can help with relocation from anywhere in the world.',
    'Acme | NYC | No remote',
    // "No to remote" (2.213.0).
    'Styloot | New York<p>Looking for front end designers and developers. Sorry no to remote.',
    // Robots administered remotely are no remote work: the header's ONSITE stands (2.213.0).
    'KeyMe | Software Engineers | New York, New York | Full-Time | ONSITE<p>Challenging problems (remotely administering 5k robots on cell modems? Live configuration sync between 5k nodes)',
    // Remote work said to be a bad idea, for now (2.207.0).
    "FinFolio | Denver, CO<p>Relocation is available for the right candidate; remote work probably isn't a good idea yet.",
    'Acme | NYC | NO REMOTE',
    'Acme | NYC | Not remote',
    // "Local" after a spaced dash (2.337.0).
    'Los Altos, CA -- Ness (likeness.com) -- Local, H1B',
    // A refusal in brackets, not being ready to support remote work (2.327.0).
    'Acme | Phoenix<p>[H1B] is fine. Usually no [REMOTE] but we have made exceptions.',
    "Acme | Seattle<p>Seattle area only. We're just not ready to support a distributed team yet.",
    // "Local" as a header field, an office the job is based in (2.325.0).
    'Brooklyn, NY (local/salaried) - PHP Developer - Main Street Connect',
    'SessionM, Inc - Boston, MA - Full Time Local<p>Backend Developers',
    'GetGlue is hiring in NYC - full time, local, relocation.',
    // "[LOCAL]", the tag the early threads asked for (2.395.0).
    'San Francisco, CA - Zenbox. Software Engineer. [LOCAL]<p>We are a YC company.',
    '[HIRING][FULL TIME][LOCAL/New York]<p>We build tools for traders.',
    'Formstack | Indianapolis<p>This position is located in our corporate office in Indianapolis.',
    'Acme | SF<p>The job is based out of our San Francisco office and includes competitive salary.',
    // "... but remote is not." (2.324.0)
    'Acme | San Francisco<p>We are hiring engineers. Relocation is an option but remote is not.',
    'Acme | NYC | Onsite only, remote not possible',
    'Acme | NYC | Remote: no',
    'Acme - Mountain View, CA<p>Remote: Sorry, no remote work<p>We are adding features.',
    'Acme - San Francisco - No Remote or Telecommute<p>We have a variety of roles.',
    'Acme | NYC<p>We don’t offer remote work.',
    'Acme | NYC<p>Remote work is not an option.',
    'Acme | NYC<p>Remote candidates will not be considered.',
    'Acme | NYC<p>We are not hiring remotely at this time.',
    'Acme | NYC | non-remote',
    'Acme | Bangalore, India (Sorry, no remote).',
    'Acme | NYC | ONSITE',
    'Acme | NYC | on-site',
    'Acme | NYC | In-office',
    // A header field that opens with "Local".
    'Axon | Seattle | Local - relo available',
    'Acme | Software Engineer | LOCAL | Full-time',
    'Acme | Backend | Local (New York, NY) | Full-time',
    'Acme | Rogers, AR<p>Must be able to work in-person (5 days/week).',
    'Acme | London | Onsite<p>Our intention is to enable remote working as soon as we can.',
    'MGH | Boston, MA | ONSITE<p>Our program uses video-conferencing to treat patients remotely.',
    'Acme | Chicago, USA | Full Time | Onsite<p>Entertainment in even the most remote and disconnected environments.',
    'Justworks | NYC<p>No contractors, no remotes, sorry.',
    'Nanigans | Boston | ONSITE<p>We want an analyst who enjoys solving hybrid problems.',
    'Lawgix | Austin, TX | FULLTIME | ONSITE<p>Lawgix is a hybrid entity (tech + law firm).',
    'Acme | NYC | ONSITE<p>Our tutors teach students remotely across the country.',
    // A product that works remotely, and recruiting worldwide for an office, say nothing of remote work.
    'Sensara | Bangalore, India | ONSITE<p>We make the best TV Guide and Remote app - Sensy.',
    'AltspaceVR | Software Engineers | Redwood City, CA | Onsite | Full-time | Virtual reality, Unity, Rails',
    'Podo Labs | SF | Onsite<p>Podo is a camera that sticks onto any surface and works remotely with our Podo app.',
    "Uber | Amsterdam | Onsite<p>Join us at our HQ in Amsterdam! We're hiring from anywhere in the world.",
    // Where a product reaches, beside an on-site field.
    'Prelude | Paris | ONSITE | Full-time<p>Send verification messages anywhere in the world with the best prices.',
    'Transcriptic | Menlo Park, CA | ONSITE<p>Scientists run experiments on our work cells via our web application from anywhere in the world.',
    // The header's fields refuse remote work: the body describes the team, not this job.
    "Circles | London, UK (No remote) | Ruby<p>We do remote and on-site work, but can't really support a totally remote employee.",
    'Houston, TX, System Administrator, Full Time (NO REMOTE)<p>Some HNers freelance with us, but we prefer local Sys Admins to remote.',
    // Refusals with "be", or with another word before "remote".
    'Goalbook | Web Designer | San Mateo<p>This position is based in our San Mateo HQ and cannot be remote.',
    'Tropare | Laguna Beach, CA | ONSITE<p>We will not be considering any remote work.',
    'Commure | San Francisco, CA | Rust Engineer<p>Locations: San Francisco or Boston; sorry, no distributed/remote option at the moment.',
    // Remote as a technology.
    'ActiveSphere | Bangalore, India | ONSITE<p>We built a DynamoDB emulator in Ruby and a remote debugger in Go.',
    'Atom Tickets | Santa Monica, CA | ONSITE<p>Experience with system virtualization and remote management (Chef, Puppet, Docker).',
    "Gaming Realms | London | Onsite<p>You'll be joining a sub team specialising in remote gaming integrations.",
    // Up to five days in the office is on-site.
    'Acme | Staff Engineers | NYC Onsite (4-5 days in-office w/ free catered lunch daily)',
    // A paid day of work on site is an interview step, not a day a week in the office (2.262.0).
    'Acme | Frontend Engineer | San Francisco | Onsite<p>Interview: a call with the CEO, an hour of pairing, then a paid 1 day onsite.',
    // A remote exercise is an interview step (2.442.0).
    'Zen.ly | iOS Engineer | Paris, France (ONSITE)<p>Interview process is: 30 minutes call, technical interviews, culture interviews, remote exercise.',
  ])('%s', (html) => expect(remote(html)).toBe('onsite'));

  it.each([
    // "(no office)", "(no visa sponsorship)" refuse something else.
    ['Empire Flippers | Remote (no office), all timezones | Full-time<p>We work remotely.', 'remote'],
    ['Acme | Remote (no visa sponsorship) | Full-time<p>Remote across the US.', 'remote'],
    // A first line of prose is not header fields: "non-remote applicants" qualify a visa.
    [
      'Factual is hiring in Palo Alto, Los Angeles, and Shanghai. Local candidates preferred, but remote work is possible for exceptional U.S. candidates. H1B is okay for very strong, non-remote applicants.',
      'remote',
    ],
    ['Company: Faqta\nLocation: Utrecht, Netherlands (Hybrid Tue/Thu)\nRemote: No (NL-based)', 'hybrid'],
    // Without an on-site field, anywhere in the world is where the hire may be.
    ['Acme | Engineers | Full-time<p>Our engineers work from anywhere in the world.', 'remote'],
  ])('%s → %s', (html, expected) => expect(remote(html)).toBe(expected));
});

describe('no policy stated', () => {
  it.each([
    // A happy hour, the team's head count, an interview step; a company named local.ch (2.337.0).
    'OnDeck | New York<p>Perks:<p>* In-office Happy Hour Wednesdays',
    "Acme | SF<p>We're small (3 in-office employees) and still building a culture.",
    'Acme | SF<p>Interview process looks standard: calls, technical screening, on-site.',
    'Zurich, Switzerland - local.ch<p>Software Engineers',
    // Perks and talk made or had on site are no work arrangement (2.328.0).
    'Acme | Austin<p>Perks: gym membership, In office kegerator',
    'Acme | SF<p>Free gym membership with shuttle service, onsite cardio gym.',
    'Good Eggs | SF<p>Super tasty lunches made on-site by our chefs.',
    "Acme | NYC<p>If you want to chat in person, we are at all the meetups.",
    'Acme | NYC<p>Until video technologies can properly replace in-person learning, we see an opportunity.',
    // Remote design of a product is no remote work (2.327.0).
    'Acme | SF<p>We make going solar easy by doing remote system design. You might work on remote design tools using satellite imagery.',
    // "local" as a word of prose is no field (2.325.0).
    "Acme | Brooklyn<p>We're a startup with ambitious plans for local news.",
    'Society of Grownups | Brookline, MA<p>A startup with a mix of in-person classes and online tools.',
    'KitchenTrack -- London, UK<p>Ability to solve problems on site with clients.',
    // An interview on site, a climbing wall on site: no work arrangement (2.196.0).
    'Vurb - San Francisco, CA<p>Full-time opportunities (interview on-site, H1B transfers OK)',
    'Acme | London<p>We offer great perks such as equity, retreats, on-site climbing wall and bike parking.',
    // "or anywhere that ..." is no place of work.
    'Acme | Boston<p>Perception stacks - in AV, robotics, AR/VR, or anywhere that demands rigorous 3D reasoning.',
  ])('%s', (html) => expect(remote(html)).toBe('unspecified'));
});

describe('hybrid', () => {
  it.each([
    // "(partial) Onsite" (2.337.0).
    'GUTS Tickets | Full stack developer | Amsterdam, The Netherlands | (partial) Onsite €35k-€70k p.a.',
    // (2.326.0)
    'Windsor Circle - Durham North Carolina<p>Telecommuting is available 1-2 days/wk with the rest of your time spent in our downtown Durham office.',
    'Content Direct is hiring in Chicago<p>We offer competitive pay, casual dress, work from home opportunities, Happy Hours.',
    'Acme | Toronto, Semi-Remote | JS Developer',
    'Acme | Greenwich, CT | Onsite<p>We are open to semi-remote candidates (on-site twice a week).',
    'Acme | NYC | Hybrid',
    'Acme | NYC | Hybrid (3 days in office)',
    // A range of office days counts by its top.
    'Courted | Senior Backend Engineer | NYC (In-Office 3-4 days) | Python/Django',
    'Simple Ventures | Toronto, Canada | ONSITE (3-4 days/wk) | Full-time',
    'Acme | NYC | 2 days in the office',
    'Acme | NYC | 3x/week in office',
    'Acme | London (ONSITE)<p>Note: We are three days in the office.',
    'Acme | San Diego | ONSITE (3 days/week in office)',
    'Acme | Montreal | Onsite/Hybrid',
    'Acme | NYC<p>We are not fully remote: the team meets twice a week.',
    'Acme | NYC<p>Partially remote.',
    'Acme | Melbourne, Australia | Full-time | Onsite (flexible WFH) | Senior Mobile Engineer',
    'Society of Grownups | Boston, MA | ONSITE (WFH options)',
    'Acme | Genk (Belgium) | Full time | ONSITE with up to 4 days/week REMOTE',
    'Acme | Hong Kong ONSITE<p>Perks: 10% of remote work time allowed',
    'Acme | Raleigh, NC | Full Time | On-site with WFH flexibility',
    'Acme | NYC<p>Remote within commuting distance of our office.',
    'Acme | London<p>The role allows occasional working from home.',
    // Working from home on a day of the week, now and then, or "friendly" beside an office.
    'High Fidelity -- San Francisco, CA -- Fulltime, ONSITE but Work from Home friendly.',
    'Acme | Oakland | Full-time<p>Flexible hours. Work from home on Thursdays. Snacks and beverages.',
    'Acme | San Francisco<p>Perks: free lunch, work from home Wednesdays, ~20 employees.',
    'Acme | Berlin, London<p>Feel free to work from home on certain weekdays, or combine work and travel.',
    'Acme | San Francisco | Onsite<p>All positions offer equity and the ability to work from home from time to time.',
    'Acme | San Francisco | Onsite<p>All roles are onsite but many people work remotely a day or two a week.',
    // "Hybrid" before a place, beside "Onsite", or with its office days.
    'Ria Money Transfer | Hybrid Denver, CO | Full-time',
    'Rebuild | Sr. Software Engineer | Full time hybrid NYC',
    'Amodo Design | Sheffield, UK | Software Engineer | Onsite or Hybrid',
    'Youth Inc | Software Engineer | ONSITE/HYBRID Boston',
    'Company: Faqta<p>Location: Utrecht, Netherlands (Hybrid Tue/Thu)<p>Remote: No (NL-based)',
    // A header field that opens with "Hybrid", run into the text without a paragraph break.
    'Onton.com | Fullstack &amp; Research Engineers | San Francisco, CA | Hybrid Join us in pioneering the future of e-commerce search.',
    // A few days remote, or at home, beside the office.
    'Sage | Engineering | Hybrid (2 days remote, 3 days in New York City/NYC area) | Full-Time',
    'Stellar | Amsterdam, the Netherlands | Onsite (2 days remote OK) | €70-100k',
    'Acme | Austin, TX | 2 days onsite &amp; 3 days remote | Full-time',
    'Acme | London<p>The role is full-time, working from our office in Old Street, London, with the option to spend a couple of days at home each week.',
    'Acme | London<p>Perks:<p>- Flexibility in hours and home working (2-3 days/week)',
    // WFH now and then in an office team that refuses permanent remote work.
    'Acme | NYC<p>We are a fully in-office team. We allow for WFH days when anyone is traveling, but we do not allow for permanent remote work.',
    // On site with part of the time remote (2.196.0).
    'OpenRent | London, UK | Full-Time | ONSITE+PART REMOTE |',
    'PrimeRevenue | Sr. Software Engineer | Atlanta, GA | ONSITE/Part-REMOTE',
    // The greater part of the role remote, the rest in person (2.207.0).
    "Valis Insights (VALIS) | Full-time | Software Engineer | remote-first hybrid Massachusetts (US)<p>For some hardware/firmware/R&amp;D, you'll need to be in-person in Worcester MA, but majority of role is remote.",
    'Acme | Berlin | Onsite<p>Perks: remote time allowed on Fridays.',
    // Partly on site (2.296.0).
    'The Museum of Modern Art | New York City | partial onsite | $140k-$160k',
  ])('%s', (html) => expect(remote(html)).toBe('hybrid'));
  it('does not take a hybrid technology that opens a header field for the policy', () => {
    expect(remote('Acme | Hybrid Mobile App Developer | Full-time')).toBe('unspecified');
    expect(remote('Acme | Hybrid Cloud Engineer | NYC | ONSITE')).toBe('onsite');
  });
});

describe('a technology called hybrid beside a stated policy', () => {
  it('keeps the header\'s ONSITE when "Hybrid" is in the stack', () => {
    expect(remote('Phantom | Developers (Python/JavaScript/Hybrid) | London | ONSITE, Full-Time')).toBe('onsite');
    expect(remote('Acme | NYC | Full-Stack Developer | Onsite<p>Our stack is Ruby on Rails, AngularJS/Angular Hybrid, PostgreSQL.')).toBe('onsite');
  });
});

describe('the fortieth to sixty-seventh sets (2.365.0 – 2.384.0)', () => {
  it.each([
    // "Unlikely" refuses; the header's ONSITE then says how the job is done.
    ['GuardSquare | Leuven, Belgium | ONSITE | Full-Time<p>Remote: Unlikely but possible', 'onsite'],
    // Someone else's place of work: the remote CTO (but "Remote CTO wanted" is this job).
    ['Acme | Lagos<p>Our developers report to the remote CTO, who needs a dedicated on-site leader.', 'onsite'],
    ['Acme | Remote CTO wanted', 'remote'],
    ['Prezi (Hungary, Budapest, ONSITE)<p>Hiring process: phone screen, on-site or remote tech/manager interview.', 'onsite'],
    // Days at home, a few a week or when appropriate, spelt "telecomute" too.
    ['Broad Institute | Cambridge, MA | Engineer<p>A flexible schedule, including opportunities to work remotely a few days per week.', 'hybrid'],
    // Remote machines, debugging and offices are no policy; "Remote Office" as a field is (2.437.0).
    ['Acme | NYC<p>A plus if you are comfortable using remote machines and clusters.', 'unspecified'],
    ['Acme | SF<p>You will contribute to features like on-device remote debugging from your desktop browser.', 'unspecified'],
    ['Acme | Pasadena<p>We are hiring for our Pasadena headquarters and remote offices in Boston, San Diego, and Chicago.', 'unspecified'],
    ['Acme | San Jose<p>We are a small team in a growing remote office.', 'unspecified'],
    ['Acme | New England-Remote Office-Identity & Access Management Sales Engineer', 'remote'],
    // Partial remote said with "telework", days at home or in the office said other ways, on site "but not all the time" (2.433.0).
    ['Montefiore Health System | Full Time | NY Onsite<p>No remote, but telework 1 day a week after the first 6 months.', 'hybrid'],
    ['Acme | Software Developer | Baltimore, MD | | Onsite with one day per week tele-work option |', 'hybrid'],
    ['Acme - Atlanta, GA - full-time, onsite with partial telework', 'hybrid'],
    ['Acme | Washington, DC<p>Telework available.', 'remote'],
    ['Acme | London<p>Work @ home a few days per week is fine.', 'hybrid'],
    ['Acme | Stockholm<p>You can work a day or so a week from home.', 'hybrid'],
    ['Acme | NYC<p>You will need to be in our office at least 2 days a week in order to meet this deadline.', 'hybrid'],
    ['Acme | member of technical staff | sf bay area only<p>competitive salary, early equity, 2 days a week in the downtown sf office', 'hybrid'],
    ['Acme | Engineer | Onsite in SF (2-3 days/week) | Full-time', 'hybrid'],
    ['Acme | Chicago<p>We offer flexible work hours, requirement to work on-site but not all the time.', 'hybrid'],
    // What a company provides or sells on site, and interview visits, are no policy (2.432.0).
    ['Acme | Indianapolis<p>We provide on-site clinics to mid to large size organizations.', 'unspecified'],
    ['Acme | Atlanta<p>Some are SaaS and some installed on site.', 'unspecified'],
    ['Acme | Los Angeles<p>We will train you on site.', 'unspecified'],
    ['Acme | Palo Alto<p>Phone screens, then a 1/2 day onsite where we talk about engineering problems.', 'unspecified'],
    ['Acme | Seattle<p>Interview Process: 30 min phone chat w CTO, a technical screen (~1hr), and a few hours onsite', 'unspecified'],
    ['Acme | Denver<p>- Ability to work with on-site and off-site teams', 'unspecified'],
    ["PlaytestCloud - Potsdam/Berlin, Germany<p>We're looking for a full time, on-site Community Manager / Account Manager", 'onsite'],
    // "Anywhere" as where the job is (2.431.0); not "work with anyone, anywhere".
    ['LayerVault — Engineers — Anywhere', 'remote'],
    ["iwantmyname is hiring a back-end blacksmith!<p>Location: Anywhere (we're based in Wellington, New Zealand)", 'remote'],
    ['Delphix | Sr Director Product Management | Anywhere or SF | Full time', 'remote'],
    ['Olark (YC 09) | Anywhere, USA | Product Design', 'remote'],
    ['Duo Security | Ann Arbor<p>- Duo Labs: Security researchers [Anywhere]', 'remote'],
    ['Acme | NYC<p>Work with anyone, anywhere.', 'unspecified'],
    // On site said without the word: relocation required, "in-house" or "on location" as a field,
    // "local in", "Local (relocation OK)", "local-only", commuting to the office (2.430.0).
    ['Acme | Montreal<p>Must be willing to relocate to Montreal, Canada.', 'onsite'],
    ['Acme | Houston<p>All positions require relocation to Houston (no income tax!).', 'onsite'],
    ['Acme | Boulder<p>Relocating to Boulder is required. But you know what? The running is great.', 'onsite'],
    ['Acme | Chicago<p>Candidates will only be considered if they can relocate', 'onsite'],
    ['El Segundo, CA - FULL-TIME, IN-HOUSE<p>Web developer needed.', 'onsite'],
    ['Boston/Cambridge MA - FULL-TIME - on location<p>BetterLesson, Education technology.', 'onsite'],
    ['Acme | Melbourne, FL<p>C++ developers for embedded projects on location in Melbourne, FL.', 'onsite'],
    ['TOBI // San Francisco area // Full-time, Local (Relocation OK)', 'onsite'],
    ['Pippio - New York City (NYC) - Full Time (Local-only) - Senior Developer', 'onsite'],
    ['Acme | Los Gatos, CA<p>Local workers only for now.', 'onsite'],
    ['Acme | NYC<p>Both positions are fulltime and local in NYC.', 'onsite'],
    ['Acme | Boston<p>We will only consider applicants physically located in Boston, MA.', 'onsite'],
    ['Acme | NYC<p>$100k salary and you must commute to our office. :)', 'onsite'],
    // Not: an in-house team, relocation offered, or working from the office (labellers split on it).
    ['Acme | NYC<p>We have an in-house team of designers. Relocation assistance available.', 'unspecified'],
    ['Acme | Pittsburgh<p>This employee will work out of our office in Pittsburgh, PA.', 'unspecified'],
    // Remote refused in a list, or "rather than" (2.428.0).
    ["Acme | Boston, MA<p>We are the founding team here in Boston, MA. At this time we aren't prepared to offer H1B/Visa sponsorship or remote work.", 'onsite'],
    ['Acme | Chicago<p>Contact me for more info.<p>Unfortunately we are not hiring interns or remote at this time.', 'onsite'],
    ['Acme | Waterloo<p>We want to keep the team located here in Waterloo rather than having remote employees at this point.', 'onsite'],
    // A product's "remote", and some of the team working remotely, are no policy of this job (2.428.0).
    ['Acme | Palo Alto<p>Suitable Technologies is a startup working to create a new product for something called "remote presence."', 'unspecified'],
    ['Acme | Mountain View<p>Our robots save hassle by being remotely present for them.', 'unspecified'],
    ['Acme | Austin<p>A monitoring system to keep an eye on very-remote assets.', 'unspecified'],
    ['Acme | NYC<p>We are a team of four (two are remote).', 'unspecified'],
    ['Acme | Chicago<p>We have around 300 employees, about half of which work remotely.', 'unspecified'],
    ['Magento | Multiple positions<p>Most positions are ONSITE, though some are REMOTE.', 'remote'],
    // Days remote written with a hyphen, and "mostly remote" (2.427.0); "we mostly work from home" is how the team works.
    ['Minneapolis, MN | LeadPages | 2-days remote, 3-days onsite | Full-Time', 'hybrid'],
    ['Acme | Cybersecurity Positions | United States | Direct-Hire | Mostly REMOTE |', 'hybrid'],
    ['Acme | Backend Engineer | Berlin<p>--Flexible work environment (we mostly work from home)', 'remote'],
    ['Q-Centrix | Chicago<p>* Flexible work hours and days, work from home when appropriate', 'hybrid'],
    ['Acme | Senior Data Engineer | Evanston, IL (with telecomute days) | Full Time | On Site |', 'hybrid'],
    // Full telecommute offered beside the partial one.
    ['Acme | Boulder<p>~ Open to full and partial telecommute', 'remote'],
    // A header field that is only "Local" still says on-site.
    ['Acme | Local | Python', 'onsite'],
    // The forty-second and forty-third sets (2.367.0).
    ["Osper | London<p>Sorry, we're not ready to take on remote team members at this time.", 'onsite'],
    ['Invodo, Looking for Senior Software Engineer<p>Austin, TX, remote strongly unlikely', 'onsite'],
    ['Arcadia | Boston<p>Perks: a flexible schedule (WFH when you need to, work late one day)', 'hybrid'],
    ['Acme | London<p>- Perks - cash bonus, in-office table tennis, free beer Fridays', 'unspecified'],
    ['Acme<p>Software Engineer - Rails<p>(Not posted on site yet, but email )', 'unspecified'],
    // The forty-fourth and forty-fifth sets (2.368.0).
    ['Mutually Human - Grand Rapids, Michigan (INTERN yes, REMOTE/H1B no)', 'onsite'],
    ['Acme | NYC<p>New college grads welcome. Sorry no H1Bs or remote', 'onsite'],
    ['Splitwise is hiring in Providence, RI<p>Full-time. Remote not OK. Will support visa transfers.', 'onsite'],
    ['Acme | NYC<p>Working with our remote colleagues from the One World Trade Center.', 'unspecified'],
    ['Acme<p>If even remotely interested, shoot me an email.', 'unspecified'],
    ['Acme | Cambridge<p>Database access, remote job execution and job management controls.', 'unspecified'],
    ['Acme | Remote/H1B ok', 'remote'],
    // The forty-sixth and forty-seventh sets (2.371.0).
    ["edX.org - Cambridge, MA - Full Time<p>Not a travel role, but you'll be in close contact, remotely, with our clients.", 'unspecified'],
    ['DotProduct | Houston, TX<p>The position is local and full-time.', 'onsite'],
    ['Acme | London<p>Flexible hours, I think a max of 3 home working days a week.', 'hybrid'],
    // The forty-eighth and forty-ninth sets (2.372.0).
    ["SendHub | Menlo Park, CA<p>While we're flexible on remote working, you'll need to be around the office.", 'hybrid'],
    ['Greenhouse | New York, NY | Full-time | Onsite<p>IT engineer: you will implement remote collaboration platforms and software.', 'onsite'],
    // The fiftieth and fifty-first sets (2.374.0).
    ['SnapEngage | Boulder, CO<p>An engineer based in our Boulder or Berlin office (work from home office 2 days/week).', 'hybrid'],
    ['Acme | Boulder<p>Benefits:<p>* Work from home part of the week', 'hybrid'],
    ['Acme | NYC<p>Benefits: Flexible Working Hours (Able to work remotely from home on few days of the week)', 'hybrid'],
    ["Olark | Chicago<p>Our cobrowsing software allows you to remotely connect up to a friend's browser.", 'unspecified'],
    ['TabShare | Munich | ONSITE<p>Screen sharing opens the possibility to provide those services remotely across the globe.', 'onsite'],
    // The fifty-second to fifty-fifth sets (2.376.0).
    ['Jio Money. Bangalore, India.<p>We are open to hiring people from around the world but they will need to work out of Bangalore.', 'onsite'],
    ['ecobee | Toronto, Canada | Full-time | ONSITE (remote work up to 25% of the time possible)', 'hybrid'],
    ['Acme | SF<p>- Relaxed work atmosphere. Flexible working hours and work from home policies.', 'hybrid'],
    ['Polly | Seattle | Full-time | ONSITE<p>We are also looking for a Dev / Product Manager hybrid:', 'onsite'],
    // The fifty-sixth and fifty-seventh sets (2.377.0).
    ['Squarespace - NYC (INTERN yes, REMOTE no, H1B yes)', 'onsite'],
    ['Thrive TRM | Haddonfield, NJ | ONSITE | Full Time<p>We prefer folks be onsite but are flexible with allowing remote work on occasion.', 'hybrid'],
    ['Acme | Edinburgh<p>A great hotdesking space on the ground floor, a bar on site, a microbrewery.', 'unspecified'],
    // The sixty-first set (2.380.0).
    ['Reverb.com - Chicago, IL - Full Time / Intern (Local position)', 'onsite'],
    // The sixty-second and sixty-third sets (2.381.0): "work-from-home" hyphenated, days at home
    // beside partial remote work or an ONSITE header, a refused list, remote attestation.
    ['Acme | NYC<p>Our DUMBO office is spacious, and we offer snacks and a couple days per week work-from-home.', 'hybrid'],
    ['Acme | Boston<p>We are flexible with hours, work-from-home options, race/creed/national origin.', 'hybrid'],
    ['Acme | SF<p>Benefits include lunch at the office every day. Some remote work / work-from-home is OK too.', 'hybrid'],
    ['Photobucket | Denver, CO | Full Time | ONSITE - frequent work-from-home allowed', 'hybrid'],
    ['Acme | SF<p>We are only looking to make an in-house, full-time hire here in San Francisco and cannot support part-time, remote, or contract work at this time.', 'onsite'],
    ['Square | New York City<p>We build software tamper detection and remote attestation systems.', 'unspecified'],
    ['Boston Globe Media | BOSTON,MA<p>ONSITE/PT REMOTE', 'hybrid'],
    ['Acme | Pittsburgh<p>This role is being hired locally for our Pittsburgh office.', 'onsite'],
    ['Acme | Work-from-home, anywhere', 'remote'],
    // The sixty-sixth and sixty-seventh sets (2.384.0).
    ["Supermechanical | Austin<p>We're flexible about work schedule and working from home. We work intensely.", 'hybrid'],
    ['Acme | Paris<p>Full-time, ONSITE (mostly)', 'hybrid'],
    ['Acme | Nashville, TN | Developer (On-Site)<p>We have nerf guns, remote helicopters, and a large break room.', 'onsite'],
    ['StrataCloud - Atlanta, GA - FULLTIME LOCAL', 'onsite'],
    // 2.402.0: home office as Europe says working from home, work-at-home days, a few office days.
    ['IP Fabric | Prague, CZ | ONSITE<p>* Flexible working hours and home office<p>* Equipment of your choice', 'hybrid'],
    ['Threema | Zürich | ONSITE<p>Flat hierarchies. Homeoffice day possible.', 'hybrid'],
    ['SinTrafico - Full Time ONSITE - Mexico City<p>Perks:<p>- 1 home-office day per week.', 'hybrid'],
    ['Acme | Prague<p>C# developer. Work mainly in location, possible home office once or twice a week.', 'hybrid'],
    ['MAARK | Boston, MA | Onsite<p>A full time role in our Boston office, with considerable work-at-home flexibility.', 'hybrid'],
    ['Bonside | Engineer | New York City (NYC) | Onsite few days a week |', 'hybrid'],
    ['SparkMeter | Waltham, MA | Full-time, ONSITE with flexible work location and schedule |', 'hybrid'],
    ['Acme | Chicago | ONSITE<p>Our home office in Chicago is flexible about hours.', 'onsite'],
    ['Acme | Berlin | ONSITE (with flexibility)', 'onsite'],
  ])('%s → %s', (html, expected) => expect(remote(html)).toBe(expected));
});

describe('not a policy: unspecified', () => {
  it.each([
    'Acme | NYC | Full-time<p>We build remote sensing satellites.',
    'Acme | NYC<p>Process: remote interview, then a take-home.',
    'Acme | NYC<p>Process: a short video call, then a remote technical interview.',
    'Acme | NYC<p>Coordinate and grow our large team of remote technical interviewers.',
    'Acme | NYC<p>Control your home from our app or your TV remote.',
    'Acme | NYC<p>We run virtual machines at scale.',
    'Acme | NYC<p>We build collaboration tools for remote teams.',
    'Acme | NYC<p>Perks: on-site gym and monthly on-site massages.',
    'Acme | NYC<p>Phone screen, then an onsite interview.',
    'Acme | NYC<p>We build hybrid apps with Ionic and hybrid cloud deployments.',
    'Acme | NYC<p>- Mobile (iOS/Android/hybrid)<p>- Diverse deployments: cloud, bare-metal, and hybrid',
    'Acme | NYC<p>* Ops -- Chef/AWS/Hybrid/Docker (especially DevOps Lead)',
    'Acme | NYC<p>Then a 1 day onsite interview with the team.',
    // Quoted, the same (2.219.0).
    'Mason | Software Engineers<p>I have written about our culture:<p>-&gt; What it means to be &quot;in-person&quot; with our customers: https://www.thisismason.com/blog/being-there',
    'Acme | NYC | Full-time',
    'Acme | NYC | Full-time<p>We ingest data from APIs, web scraping, remote databases and purchased data feeds.',
    // The fortieth and forty-first sets (2.365.0): people on site, a site visit, experience, an
    // interview step, a chat in person, a local hire only preferred.
    'Acme | NYC<p>Perks:<p>Massage Therapist on site everyday',
    'Acme | Nairobi<p>Our team of top-notch coders has on-site experience in over 20 countries.',
    'Acme | SF<p>Interview process: coffee date, 1 take home assignment, 1 on site whiteboard, 1 pair programming session',
    'Acme | SF<p>Process: company screen, remote tech interview, one partial day of interviews.',
    'KeepSafe - San Francisco<p>Happy to share more in person: zouhair AT getkeepsafe DOT com',
    'Rafflecopter.com | Beautiful Boulder, CO | Web UI Engineer | Local preferred.',
    // 2.400.0: interview visits named as such, amenities on site, a conversation in person.
    'Acme | Berlin<p>The process is a phone screen, a technical phone interview, and an extended on-site technical interview.',
    'Acme | SF<p>Interviews: an intro phone call, a take home problem, and an onsite. Our interviews aim to be fair.',
    'Acme | SF<p>Interview process starts with an on-site, followed by an off-site test',
    'Acme | SF<p>Step 3: On-Site Healthcare Hackathon<p>Step 4: Join the team!',
    'Acme | Woburn, MA<p>Why us?<p>-Gym/cafeteria on-site<p>-Free snacks',
    'Acme | Palo Alto<p>We have an onsite basketball court, swimming pool and gym.',
    'Acme | SF<p>Please e-mail with teasers of your work so we can discuss further in person.',
    "Acme | SF<p>If you have questions about a role I'd be happy to talk over email or in person.",
    'Acme | SF<p>Participate in phone, online &amp; in-person sales meetings with prospects.',
    '',
  ])('%s', (html) => expect(remote(html)).toBe('unspecified'));
  it.each([
    'Acme | London<p>This is an onsite, full time role in Brixton, London.',
    'MPA - - Chicago, IL<p>This is an on-site, full-time position.',
    'Acme | NYC<p>We need an onsite engineer for our data centre.',
  ])('but a job on site is on site: %s', (html) => expect(remote(html)).toBe('onsite'));
});

describe('scope of a remote job', () => {
  it('keeps countries, regions and time zones', () => {
    expect(scope('Acme | Remote (US/Canada, ET/CT)')).toEqual(['US', 'CA', 'ET', 'CT']);
    expect(scope('Acme | REMOTE (US only, UTC-5 to UTC-8)')).toEqual(['US', 'UTC-5', 'UTC-8']);
    expect(scope('Acme | Remote (EU)')).toEqual(['EU']);
    expect(scope('Acme | Remote, UTC±3')).toEqual(['UTC±3']);
    expect(scope('Acme | Remote (North America & Europe)')).toEqual(['North America', 'Europe']);
    expect(scope('Acme | Remote within Pacific time')).toEqual(['PT']);
    expect(scope('Acme | US-only remote')).toEqual(['US']);
  });
  it('reads anywhere as worldwide only where no place narrows it (2.399.0)', () => {
    expect(scope('Chicago, IL (or anywhere) - Rails Programmer @ 37signals')).toEqual(['Worldwide']);
    expect(scope('Acme | Product | Remote Anywhere | Full Time')).toEqual(['Worldwide']);
    expect(scope('Acme | Remote (anywhere in the US)')).toEqual(['US']);
    expect(scope('Acme | REMOTE, Anywhere BUT must have legal right to work in US')).toEqual(['US']);
    expect(scope('Acme | Business partner | Anywhere US | REMOTE (US-only)')).toEqual(['US']);
  });
  it('reads a state\'s code after its town as no time zone, and Western Europe as Europe (2.399.0)', () => {
    expect(scope('New Haven, CT or remote - iPhone developer')).toEqual([]);
    expect(scope('Acme | Remote (US, ET/CT)')).toEqual(['US', 'ET', 'CT']);
    expect(scope('Acme | Full-time, remote within US/Western Europe.')).toEqual(['US', 'Europe']);
    expect(scope('Acme | Remote (Eastern Europe)')).toEqual(['CEE']);
  });
  it('reads regions listed before REMOTE, region and zone fields, and US zones by name (2.400.0)', () => {
    expect(scope('Zed | North America, South America, Europe REMOTE | Rust')).toEqual(['North America', 'LATAM', 'Europe']);
    // A city before it is where the office is.
    expect(scope('Acme | Berlin, Germany or REMOTE | Rust')).toEqual([]);
    expect(scope('HeadSpin | Asia Pacific | REMOTE | Full-time |')).toEqual(['APAC']);
    expect(scope('PostHog | Full-Time | Engineers | REMOTE (all remote) | Hiring GMT-8 to GMT+2')).toEqual(['GMT-8', 'GMT+2']);
    expect(scope('Campspot | Anywhere USA | Full Time | REMOTE | Dev Ops')).toEqual(['US']);
    // A country field alone is where the company is.
    expect(scope('Acme | USA | Full Time | REMOTE')).toEqual([]);
    expect(scope('SonarMD | Senior Full Stack Engineer | Remote (US East/Central) | $180-220k')).toEqual(['US', 'ET', 'CT']);
    expect(scope('Acme | Remote available (US Eastern or Central) for senior developers')).toEqual(['US', 'ET', 'CT']);
  });
  it('reads a country field said of the remote work, ends the window at an office offered instead, and reads "us only" in brackets (2.413.0)', () => {
    expect(scope('Lendex | Java Backend Developer | Netherlands only | Full-time | Remote-first')).toEqual(['NL']);
    expect(scope('Seeq | Back-end Engineer | 100% REMOTE | No VISAs | US/CANADA only |')).toEqual(['US', 'CA']);
    expect(scope('Acme | US Citizens only | REMOTE')).toEqual([]);
    expect(scope('Wasmer (YC S19) | | Multiple Roles | Remote (EU) or Office (US) | Full-time')).toEqual(['EU']);
    expect(scope('LocalStack | Multiple Roles | REMOTE/Contract or Onsite (Vienna/Austria) | Full-Time')).toEqual([]);
    expect(scope('New Haven, CT or remote (us only, northeast preferred) - iPhone developer')).toEqual(['US']);
  });
  it('does not read where the team is as the scope (2.400.0)', () => {
    expect(scope('Aha! | Rails Engineer | REMOTE<p>Our entire team is remote - primarily in US and Canada.')).toEqual([]);
    expect(scope('15Five | FULL-TIME REMOTE<p>Our remote team is spread throughout the US, Portugal, Poland and Hungary.')).toEqual([]);
    expect(scope('Aha! | REMOTE<p>You can work from anywhere in North America. Our entire team is remote - primarily in US and Canada.')).toEqual(['North America']);
  });
  it('drops excluded countries and is empty when the job is not remote', () => {
    expect(scope('Acme | REMOTE, non US')).toEqual([]);
    expect(scope('Acme | NYC | No remote (US)')).toEqual([]);
  });
});

describe('robustness', () => {
  it('never throws', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    for (const text of ['', junk, 'remote '.repeat(20_000), 'удалённая работа', '远程工作 | remote']) {
      expect(() => extractRemote(parseHtml(text))).not.toThrow();
    }
  });
});

describe('clauseBefore', () => {
  // The global searches it stands for: the end of their last match in the window is the cut.
  const CLAUSE_STOP = /[.!?;|\n]\s*|,\s*(?=[^,]*$)/g;
  const SENTENCE_STOP = /[.!?;|\n]\s*/g;
  const bySearch = (text: string, at: number, max: number, stop: RegExp) => {
    const s = text.slice(Math.max(0, at - max), at);
    let cut = -1;
    for (const m of s.matchAll(stop)) cut = m.index + m[0].length;
    return cut >= 0 ? s.slice(cut) : s;
  };

  it('cuts where the last match of the global search in the window ends', () => {
    const random = prng(11);
    const pieces = ['a', 'Remote', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '.', ',', ', ', '!', '?', ';', '|', 'no', ' visa', 'x,y', '\n\n', '. \n '];
    for (let k = 0; k < 40_000; k++) {
      let text = '';
      const n = Math.floor(random() * 14);
      for (let i = 0; i < n; i++) text += pieces[Math.floor(random() * pieces.length)];
      const at = Math.floor(random() * (text.length + 1));
      const max = [3, 12, 40, 60, 120][Math.floor(random() * 5)]!;
      expect(clauseBefore(text, at, max, true)).toBe(bySearch(text, at, max, CLAUSE_STOP));
      expect(clauseBefore(text, at, max, false)).toBe(bySearch(text, at, max, SENTENCE_STOP));
    }
  });
});
