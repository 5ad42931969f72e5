import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/core/classify/gazetteer.ts';
import { parseHtml } from '../../src/core/classify/html.ts';
import { END_ANCHORED, extractLocations, isCityWord, isMostlyPlace } from '../../src/core/classify/locations.ts';
import { loadRecordedComments, prng } from '../fakes/hn-replay.ts';

const loc = (html: string) => extractLocations(parseHtml(html));
const countries = (html: string) => loc(html).countries;

describe('countries of a posting', () => {
  it.each([
    ['Acme | SF | Onsite', ['US']],
    ['Acme | NYC or London | Onsite', ['GB', 'US']],
    ['Acme | Austin, TX', ['US']],
    ['Acme | Berlin, Germany | Full-time', ['DE']],
    ['Acme | U.S.A. | Full-time', ['US']],
    ['Acme | Bay Area | Onsite', ['US']],
    ['Acme | Silicon Valley', ['US']],
    ['Acme | München', ['DE']],
    ['Acme | ZÜRICH | ONSITE', ['CH']],
    ['Acme | Malmo or Malmö', ['SE']],
    // A company name with an audience word in it ("Enterprises") is not a market before the place.
    ['Vital Enterprises • Full Time • San Francisco • ONSITE', ['US']],
    ['Munich (GER) | ONSITE | Fulltime', ['DE']],
    // "Clients" on the next line is not an audience of the place above it.
    ['London, UK<p>Client Side Developer - http://example.com/jobs', ['GB']],
    // In the first field, a place after a comma or with its state is where the company is.
    ['Stridatum LLC, Charlotte, NC | REMOTE OK', ['US']],
    ['Neckarsulm, Germany | FUJITSU TDS GmbH | IT Engineer Linux und Datenbanken', ['DE']],
    ['Exa (http://exa.com) Burlington, MA (on 128 outside Boston) | Full-time ONSITE', ['US']],
    // Without either it may be the name's own ("Boston Dynamics").
    ['Boston Dynamics | Robotics Engineer | Remote', []],
    // A capitalised audience word in a field is part of a name: "Starling Bank" is no market.
    ['Lead Designer - Starling Bank, London, UK<p>Starling is rebuilding a bank for the internet.', ['GB']],
    ['Osper - Building a Bank for Children (London, UK) - https://example.org/jobs', ['GB']],
    ['Acme | Software for banks in London and Paris | Berlin', ['DE']],
    // Without a header, the place a posting opens with is where the job is, with the places listed after it.
    ['Hipmunk<p>San Francisco, CA - close to Caltrain. Onsite preferred though we have hired remote folks before, and we do visa transfers for the right people.', ['US']],
    ['PagerDuty - San Francisco and Toronto. We are growing, our customer base is growing, and the number of interesting technical problems we have to solve is growing with them.', ['CA', 'US']],
    // Not when it is negated, or an audience.
    ['Outside of Europe? We are a small remote team building tools for accountants, and we would love to hear from you whatever your timezone.', []],
    ['Customers in Germany love our product. We are a small remote team building tools for accountants, and we would love to hear from you.', []],
  ])('%s → %j', (html, expected) => expect(countries(html)).toEqual(expected));
});

describe('shared names', () => {
  it.each([
    ['Acme | Cambridge, MA', ['US']],
    ['Acme | Cambridge, UK', ['GB']],
    ['Acme | Cambridge (near Boston)', ['US']],
    ['Acme | Cambridge, England', ['GB']],
    ['Acme | London, ON', ['CA']],
    ['Acme | London, Ontario, Canada', ['CA']],
    ['Acme | London', ['GB']],
    ['Acme | London, LA', ['GB', 'US']],
    ['Acme | London and Toronto', ['CA', 'GB']],
    ['Acme | Portland, OR or Portland, ME', ['US']],
    ['Acme | Portland, Maine', ['US']],
    ['Acme | Paris', ['FR']],
    ['Acme | Paris, TX', ['US']],
    ['Acme | Atlanta, Georgia', ['US']],
    ['Acme | Tbilisi, Georgia', ['GE']],
    ['Acme | Perth, WA', ['AU']],
    ['Acme | Vancouver, WA', ['US']],
    ['Acme | Vancouver', ['CA']],
    ['Acme | Washington, DC', ['US']],
    ['Acme | Belfast, Ireland', ['GB']],
    // A city-state after a town is a place of its own, not a slip for the town's country.
    ['nuTonomy | Boston, Singapore | Onsite | Visa', ['SG', 'US']],
    ['Acme | Boston, London, Singapore | Onsite', ['GB', 'SG', 'US']],
    ['Jane Street | New York, London, Hong Kong', ['GB', 'HK', 'US']],
    // "English", the language, is no vote for Boston, Lincolnshire.
    ['Veho | HYBRID 3 days per week | NYC or Boston | No Visa<p>You write clear English.', ['US']],
    // A cue after a list is the whole list's: "(US/Canada based)", "US and Canada only".
    ['LocalStack | Multiple Roles | REMOTE<p>* Technical Account Manager (US/Canada based)', ['CA', 'US']],
    ['Acme | Senior Engineer<p>We are hiring for our San Francisco, CA and Hamburg, Germany offices.', ['DE', 'US']],
    // Nor is a country at the end of a list of places: "London, India" there names two.
    ['JigsawStack | Growth | San Francisco, London, India, REMOTE (US) | Full Time', ['GB', 'IN', 'US']],
    ['Sysdig | Many Positions | SF, London, Serbia, Remote', ['GB', 'RS', 'US']],
    ['Acme | Springfield, OR', ['US']],
    ['Acme | Conshohocken, PA', ['US']],
    // San Francisco by its airport's code, as posters write it (2.396.0).
    ['Wikimedia Foundation | Traffic Security Engineer | SFO or REMOTE | Full-Time', ['US']],
    ['Speeddate.com<p>Need: Senior Software Engineer<p>Location: SFO (SOMA area)', ['US']],
  ])('%s → %j', (html, expected) => expect(countries(html)).toEqual(expected));

  it('names a borough or district as its city (2.398.0)', () => {
    expect(loc('Acme | Brooklyn, NY | Engineer').cities).toEqual(['New York']);
    expect(loc('Tumblr, New York, NY (NYC, Manhattan): Software Engineers').cities).toEqual(['New York']);
    expect(loc('Acme | Venice, CA | Engineer').cities).toEqual(['Los Angeles']);
    expect(loc('Acme | Venice, Italy | Engineer').cities).toEqual(['Venice']);
    expect(loc('Prove | Playa Vista, Los Angeles, CA | Full Time').cities).toEqual(['Los Angeles']);
    // A shared name is the district only where the posting's other places say so.
    expect(loc('Camden - London - UK - Full stack Ruby devs').cities).toEqual(['London']);
    expect(loc('Camden - London - UK - Full stack Ruby devs').countries).toEqual(['GB']);
    expect(loc('Acme | Camden, NJ | Engineer').cities).toEqual(['Camden']);
    expect(loc('Acme | Williamsburg, VA | Engineer').cities).toEqual(['Williamsburg']);
    // Manhattan, Kansas is a city of its own.
    expect(loc('Acme | Manhattan, KS | Engineer').cities).toEqual(['Manhattan']);
  });

  it('names the Bay Area only where no city in it is named (2.405.0)', () => {
    expect(loc('San Francisco -- Frontend Engineer<p>We only want someone who lives in the Bay Area or will move here.').cities).toEqual(['San Francisco']);
    expect(loc('Acme | SF Bay Area | Onsite').cities).toEqual(['Bay Area']);
    expect(loc('Acme | Bay Area or Los Angeles | Onsite').cities).toEqual(['Bay Area', 'Los Angeles']);
    expect(loc('Acme | Campbell, CA (Silicon Valley) | Onsite').cities).toEqual(['Campbell']);
  });

  it('knows more districts and towns, and companies named like them (2.403.0)', () => {
    expect(loc("We're in SoMa, San Francisco. Ping us.").cities).toEqual(['San Francisco']);
    expect(loc('Notting Hill, London, England, U.K.').cities).toEqual(['London']);
    expect(loc('Suite101 | Yaletown, Vancouver, BC | Ruby on Rails Hacker').countries).toEqual(['CA']);
    expect(loc('Allahabad, India. Apprentice.').cities).toEqual(['Allahabad']);
    expect(loc('Rockton, IL / Fulltime Senior/Mid Web Developer').cities).toEqual(['Rockton']);
    expect(loc('SOMA Analytics @ London, UK - mobile health').countries).toEqual(['GB']);
  });

  it('knows the towns its recorded postings name with a state or country, and common misspellings (2.411.0)', () => {
    expect(loc('Kroll Bond Rating Agency | Dresher, PA (Near Philadelphia) & New York, NY | ONSITE').cities).toEqual(['Dresher', 'New York']);
    expect(loc('Acme | Burley, ID | Full-time').cities).toEqual(['Burley']);
    expect(loc('Acme | Rottendorf, Germany | Onsite').countries).toEqual(['DE']);
    expect(loc('Mercari | San Francsisco, CA / Portland, OR | Onsite only').cities).toEqual(['Portland', 'San Francisco']);
    expect(loc('AnalyticsMD | Mountian View, CA | Full-time').cities).toEqual(['Mountain View']);
    expect(loc('Fastems Systems GmbH | Issum, Germany (close to Düsseldorf) | ONSITE').cities).toEqual(['Issum']);
    expect(loc('Cloud Academy | Remote / On-Site in San Francisco, CA / Mendrisio, Switzerland | Full Time').cities).toEqual(['Mendrisio', 'San Francisco']);
    expect(loc('Acme | Talinn, Estonia | Onsite').cities).toEqual(['Tallinn']);
  });

  it('leaves out a city that only says where the job\'s city is (2.398.0)', () => {
    expect(loc('Highstreet Mobile | Backend Engineer | Utrecht (near Amsterdam), The Netherlands | Onsite').cities).toEqual(['Utrecht']);
    expect(loc('Connectifier is located in sunny Newport Beach, CA (45 minutes south of Los Angeles).').cities).toEqual(['Newport Beach']);
    expect(loc('Location: Vienna, VA (near Washington, DC)').cities).toEqual(['Vienna']);
    expect(loc('Acme | Software engineer | Leuven, Belgium (20 minutes from Brussels by train) | Full-time').cities).toEqual(['Leuven']);
    expect(loc('Acme | Reston, VA (west of Washington, DC) | FULL TIME').cities).toEqual(['Reston']);
    // Its country is the job's all the same; and two cities side by side are both the job's.
    expect(loc('IBM Design | Front End Developers | Boeblingen (near Stuttgart, Germany) | ONSITE').countries).toEqual(['DE']);
    expect(loc('Acme | Engineer | Boston, MA and Pasadena, CA | ONSITE').cities).toEqual(['Boston', 'Pasadena']);
  });

  it('names the city once, whatever the spelling', () => {
    expect(loc('Acme | SF, NYC | Onsite').cities).toEqual(['New York', 'San Francisco']);
    expect(loc('Acme | SFO, NYC | Full-Time').cities).toEqual(['New York', 'San Francisco']);
    expect(loc('Acme | Portland, OR or Portland, ME').cities).toEqual(['Portland']);
    expect(loc('Acme | Bengaluru or Bangalore').cities).toEqual(['Bangalore']);
  });
});

describe('remote scope', () => {
  it.each([
    ['Acme | Remote (US/Canada)', ['CA', 'US']],
    ['Acme | Remote (EU)', []],
    ['Acme | Remote (worldwide)', []],
    ['Acme | REMOTE (North America)', []],
    ['Acme | REMOTE, non US', []],
    ['Acme | Remote (UK/Europe/US East Coast)', ['GB', 'US']],
    ['Acme | Remote<p>You must be located in the US.', ['US']],
    ['Acme | Remote<p>Open to Canadian residents only.', ['CA']],
    ['Acme | Remote<p>Benefits outside the United States vary by country.', []],
    // "CA" listed with countries is Canada; after a town, or opening "CA or US", California.
    ['Acme | REMOTE (US/CA)', ['CA', 'US']],
    ['Acme | REMOTE(US,CA)', ['CA', 'US']],
    ['Acme | REMOTE (US, CA, UK)', ['CA', 'GB', 'US']],
    ['Acme | Fully Remote US/CA/UK/EU/AUS/NZ', ['AU', 'CA', 'GB', 'NZ', 'US']],
    ['Acme - REMOTE - FULL TIME - USA/CA/MEXICO', ['CA', 'MX', 'US']],
    ['Acme | Remote (CA/US)', ['CA', 'US']],
    ['Acme | San Diego, CA, USA | Remote', ['US']],
    ['Acme | Mountain View CA, USA | Onsite', ['US']],
    ['Acme | Campbell or Alameda (Silicon Valley), CA, US (Full time)', ['US']],
    ['Acme | Redwood City, CA or US-based Remote', ['US']],
    ['Acme | Santa Barbara, CA or US-remote', ['US']],
  ])('%s → %j', (html, expected) => expect(countries(html)).toEqual(expected));
});

describe('places that are not job locations', () => {
  it.each([
    ['Acme | Berlin<p>Our customers love reading nice things.', ['DE']],
    // "ABOUT US", "JOIN US" in capitals are the pronoun (2.330.0).
    ['Questrade | TORONTO, FULL-TIME<p>ABOUT US:<p>Questrade is a fast growing online brokerage.', ['CA']],
    ['Acme | Paris<p>WHY WORK WITH US? Because the team is incredible.', ['FR']],
    ['Acme | Berlin<p>We have customers in the US and Japan.', ['DE']],
    // A spaced dash before a title is no audience of the place: "Client Services Engineer" (2.198.0).
    ['San Francisco, CA - Client Services Engineer (70% Ruby, 30% JavaScript)<p>CrowdFlower is hiring.', ['US']],
    ['New York, NY - User Experience Designer<p>DirectMarkets is hiring.', ['US']],
    ['Acme | Remote<p>We serve UK-based customers and US-customers.', []],
    ['Acme Berlin | Engineer | Munich', ['DE']],
    ['Boston Dynamics | Engineer | Waltham, MA', ['US']],
    ['Acme | Remote<p>We were featured in Wired UK.', []],
    ['Acme | Remote<p>Our platform serves 600 million people in Southeast Asia (Singapore, Indonesia and Vietnam).', []],
    ['Acme | Remote<p>Lifesum is a Swedish startup.', []],
    ['Acme | Remote<p>Experience with Elixir/Phoenix and Amazon Aurora.', []],
    ['Acme | Mobile Developer | Remote', []],
    ['Acme | Remote<p>Questions? Ask Jordan.', []],
    ['Acme | Remote<p>BS, MS or PhD in CS.', []],
  ])('%s → %j', (html, expected) => expect(countries(html)).toEqual(expected));

  it.each([
    ['Acme | Remote<p>The codebase is small. We have employees in Switzerland, the US and Slovenia.', []],
    ['Acme | Remote<p>We are a distributed team with team members in San Francisco, New York and Canada.', []],
    ['Acme | New York, NY | ONSITE<p>We need some overlap of the working day with the team in Australia.', ['US']],
    ['Acme | Oakland, CA | REMOTE<p>Our fully remote team is spread across the US, Canada, Brazil, and Spain.', ['US']],
    ["Acme | REMOTE ONLY<p>We're pragmatic about work/life balance. I work from France, or sometimes from Malaysia.", []],
  ])('where the team already is is not where the job is: %s → %j', (html, expected) => expect(countries(html)).toEqual(expected));

  it.each([
    ['Acme<p>We are looking for senior developers in SF and NY.', ['US']],
    ['Acme | Full-time<p>You will work with our team in Stockholm, Sweden.', ['SE']],
    ['Acme<p>We are hiring engineers to join our team in San Francisco and Palo Alto.', ['US']],
  ])('a team the job joins is where the job is: %s → %j', (html, expected) => expect(countries(html)).toEqual(expected));

  it('does not read "Island" as Iceland ("Ísland" folds to it)', () => {
    expect(countries('Acme | Paris, France | REMOTE<p>We offer true remote: I work from Reunion Island and travel to Paris twice a year.')).not.toContain('IS');
    expect(countries('Greenqloud | Reykjavik, Iceland | Operations Engineer')).toEqual(['IS']);
  });

  it('does not read a common word used as a discipline as a town', () => {
    expect(loc('Angaza | Mobile | San Francisco [ONSITE]').cities).toEqual(['San Francisco']);
    expect(loc('Acme | Berlin<p>Open roles:<p>* Software Engineer - Mobile: https://acme.io/jobs/1').cities).toEqual(['Berlin']);
    expect(loc('Acme | Boston<p>Mobile<p>* iOS or Android and a commitment to pixel-perfect design').cities).toEqual(['Boston']);
    expect(countries('Split | http://www.split.io | Frontend / Backend Engineers | SF/Redwood City | Full time')).toEqual(['US']);
  });
  it('reads a common-word name before a role, or in a list of disciplines, as a specialty', () => {
    // "QA" right after it is a role, not Qatar qualifying Mobile, Alabama.
    expect(countries('Acme | London, UK<p>Open roles:<p>Web Developer:<p>Mobile QA Engineer: https://acme.workable.com/j/1')).toEqual(['GB']);
    expect(countries('Freeletics GmbH • Munich or Berlin • Full Time • ONSITE -Mobile/ Web Developer or Dev Ops')).toEqual(['DE']);
    expect(countries('Uber | Bangalore<p>Rider Experience - San Francisco - Mobile &amp; Backend Engineers')).toEqual(['IN', 'US']);
    expect(loc('Acme | Boston | Front End, Full Stack, Back End, Mobile | ONSITE').cities).toEqual(['Boston']);
    expect(countries('FreeAgent - Edinburgh, UK. Perm position.')).toEqual(['GB']);
  });
  it('keeps a place after a title and a spaced dash', () => {
    expect(countries('Signifyd - Back End and Machine Learning Engineers - San Jose - Full Time')).toEqual(['US']);
    expect(loc('Samsung R&amp;D - San Jose - Software Engineering Manager').cities).toEqual(['San Jose']);
  });
  it('counts a common-word name when it is clearly a place', () => {
    expect(countries('Acme | Phoenix, AZ')).toEqual(['US']);
    expect(countries('Acme | Engineer | Phoenix | Onsite')).toEqual(['US']);
    expect(countries('Acme | Remote<p>We are based in Phoenix.')).toEqual(['US']);
  });
});

describe('locations in the body', () => {
  it.each([
    ['Acme is hiring.<p>We are based in Austin, TX.', ['US']],
    ['Acme is hiring.<p>Our offices in SF, NYC and London are growing.', ['GB', 'US']],
    ['Acme is hiring engineers.<p>Boston, MA at Copley.', ['US']],
    ['SAP is hiring in the following countries:<p>BG (Sofia)<p>CZ (Prague)<p>US (Palo Alto)', ['BG', 'CZ', 'US']],
    ['Acme | Remote<p>Relocation to Amsterdam is supported.', ['NL']],
    ['Acme | Remote<p>This is a London-based role.', ['GB']],
    // "the bay area" in lower case is the Bay Area.
    ['AppMonsta | Sales<p>Seeking a data-loving sales person (REMOTE from somewhere in the bay area)', ['US']],
    ['exe.dev | full time member of technical staff | sf bay area only', ['US']],
    // A list goes on after "or in", "and in": "in Berlin, Germany or in SF USA".
    ['Contentful | Berlin, Germany | full time<p>We have several positions open in Berlin, Germany or in SF USA.', ['DE', 'US']],
    // A place said to be preferred or required (2.216.0).
    ['<p>SEEKING FREELANCERS/INTERNS</p><p>1) web UI/Designer contract.</p><p>If you feel you are both you should also apply. Bay Area preferred. Remote is possible for exceptional candidates!</p>', ['US']],
    ['Acme | Engineers<p>We build apps for teams. Bay Area or Los Angeles or Shanghai preferred, but remote work is possible for exceptional candidates (must live in the U.S.). Full-time.', ['CN', 'US']],
    // "CAN" is Canada beside another country, never the verb of a sentence in capitals (2.264.0).
    ['Acme | Full-Time | Remote in US & CAN | SaaS', ['CA', 'US']],
    ['Acme | SF, NYC, REMOTE [CAN/US] | Engineering', ['CA', 'US']],
    ['Acme | Nuremberg, Germany | (REMOTE OK, CAN OFFER VISA, RELOCATION)', ['DE']],
    // A title's own place, in the bracket after it, though the header already names one (2.263.0).
    ['Acme | New York, NY | Onsite<p>Open roles:<p>Senior Infrastructure Engineer (UK)<p>Product Designer (NYC)', ['GB', 'US']],
    ['Acme | Oslo | Onsite<p>Senior Data Engineer (Oslo): Software Engineer (NYC):', ['NO', 'US']],
  ])('%s → %j', (html, expected) => expect(countries(html)).toEqual(expected));
});

describe('robustness', () => {
  it('never throws', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    for (const text of ['', junk, 'Berlin '.repeat(20_000), '北京 | 上海 | 远程', 'Москва, Россия | удалённо', '| | |', '((((']) {
      expect(() => loc(text)).not.toThrow();
    }
    expect(countries('Acme | Москва, Россия')).toEqual([]);
  });
});

describe('helpers for the company field', () => {
  it('tells place fields from names', () => {
    expect(isMostlyPlace('San Francisco, CA')).toBe(true);
    expect(isMostlyPlace('Berlin or remote')).toBe(true);
    expect(isMostlyPlace('Boston Dynamics')).toBe(false);
    expect(isMostlyPlace('Phoenix')).toBe(false);
    expect(isCityWord('Bellevue')).toBe(true);
    expect(isCityWord('Australia')).toBe(false);
    expect(isCityWord('Mobile')).toBe(false);
  });
});

describe('the gazetteer', () => {
  const data = JSON.parse(readFileSync(new URL('../../src/core/classify/data/gazetteer.json', import.meta.url), 'utf8')) as {
    countries: Record<string, string[]>;
    regions: Record<string, string[]>;
    cities: Record<string, string | string[]>;
    aliases: Record<string, string>;
  };
  it('has a few thousand cities, each in a known country', () => {
    const cities = Object.entries(data.cities);
    expect(cities.length).toBeGreaterThan(2000);
    for (const [city, codes] of cities) {
      for (const code of Array.isArray(codes) ? codes : [codes]) {
        expect(data.countries[code.split('-')[0]!], `${city}: ${code}`).toBeDefined();
        if (code.includes('-') && code.split('-')[0] !== 'GB') expect(data.regions[code], `${city}: ${code}`).toBeDefined();
      }
    }
    for (const [alias, target] of Object.entries(data.aliases)) expect(data.cities[target.split('@')[0]!], alias).toBeDefined();
  });
  it('reads a qualifier once', () => {
    const found = findPlaces('New York, NY, USA');
    expect(found).toHaveLength(1);
    expect(found[0]?.place).toMatchObject({ kind: 'city', name: 'New York', country: 'US', region: 'US-NY' });
  });
});

describe('end-anchored expressions tried only where the text ends in a word they can end in', () => {
  it('match as their plain expressions: the ends of recorded lines and random texts', () => {
    const texts: string[] = [];
    for (const c of loadRecordedComments().slice(0, 3000)) {
      const text = parseHtml(c.text as string | undefined).text;
      // The texts before the places judged: a line's end, at every place of a capital.
      for (let at = text.search(/[A-Z]/); at > 0 && texts.length < 200_000; at = text.indexOf(' ', at + 1) + 1) texts.push(text.slice(Math.max(0, at - 70), at));
    }
    const bits = [
      'in', 'IN', 'In', ' ', '  ', '\t', '\u00a0', '\n', '-', ' - ', 'the', 'The', 'not', 'NOT', 'outside', 'of', 'except', 'for', 'non', 'ex', 'but', 'other', 'than',
      'engineer', 'Engineers', '(', ',', '/', '&', '+', 'and', 'OR', 'from', 'to', 'move', 'relocate', 'work', 'with', 'have', 'people', 'team', 'all', 'over', 'we', 'are',
      'spread', 'across', 'heart', 'city', 'metro', 'based', 'x', 'é', 'İ', 'K', 'ſ', '.', 'web', 'design',
    ];
    const next = prng(13);
    for (let t = 0; t < 100_000; t++) {
      let s = '';
      for (let n = Math.floor(next() * 8); n > 0; n--) s += bits[Math.floor(next() * bits.length)];
      texts.push(s);
    }
    for (const [name, e] of Object.entries(END_ANCHORED)) {
      let matched = 0;
      for (const s of texts) {
        const m = e.re.exec(s);
        const n = e.exec(s);
        if (m) matched++;
        if (m?.index !== n?.index || m?.[0] !== n?.[0]) expect.fail(`${name} on ${JSON.stringify(s)}: ${JSON.stringify(m)} but ${JSON.stringify(n)}`);
        if (e.test(s) !== (m !== null)) expect.fail(`${name}.test on ${JSON.stringify(s)}`);
      }
      // Each expression matched somewhere: the texts try what it reads.
      expect(matched, name).toBeGreaterThan(0);
    }
  });
});
