import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../src/core/classify/index.ts';
import { findSkills, SKILLS } from '../../src/core/classify/skills.ts';

const has = (text: string, skill: string) => findSkills(text).has(skill);

/** One group per ambiguous name: what must count, and what must not. */
const CASES: Record<string, { yes: string[]; no: string[] }> = {
  Go: {
    yes: ['Backend in Go and PostgreSQL', 'We write golang microservices', 'Stack: Python, Go, Kubernetes', 'Go lang developers wanted', 'hackers working in python, R, go, mongodb'],
    no: [
      'Ready to go? Apply now',
      'We are hiring Python engineers. Go check out our blog if you have not already.',
      'Mostly Java, Node and Python. Go straight to the jobs page',
      'our go-to-market team',
      'apps for people on the go',
      'Go to our careers page',
      'We let you go ahead and ship',
      'As most Node shops go, we use open source',
      'Python developers: go ahead and apply',
      'Our office is across from the ballpark (Go Giants!) and we write Python and React',
      'Paid coding exercise in Python >> Go or No Go',
      'Matchmaking for CS:GO players; our stack is Node and Python',
      'Near Union Station, easy to reach from GO Train. Stack: Node, React',
      'Perks: Caltrain Go Pass. We build machine learning in Python',
      'Properties include MLB, ESPN+, PlayStation Vue, NHL, Fox Sports Go, WWE, Eurosport. We write Java',
    ],
  },
  C: {
    yes: ['Firmware in C and Rust', 'Experience with C/C++ required', 'Languages: C, Python', 'Open Source Developers | C-language systems programming'],
    no: ['We just raised our Series C', 'Report to the C-level team', 'iOS in Objective-C', 'Backend in C#', 'Engine in C++', 'We are a C corp', 'We want A) operations leads, B) sociable engineers, and C) salespeople for our Python app', 'Software Engineer - React, React Native - REMOTE, C/S America', 'You are "one" with C based languages (C#, C++, Java)', 'Modall | Frontend Developer (React/Next.js) | Uxbridge, ON | On-Site | C$60-80k'],
  },
  R: {
    yes: ['Data science with R and Python', 'Statistics in R, SQL and Stata', 'a Python+R stack for statistics'],
    no: ['Our R&D team in Boston', 'Join our R & D lab', 'R. Smith, CTO', 'Our team comes from Amazon, R/GA, Dell and NASA', 'Automated CSS tests: tired of ⌘+R all day', 'press Ctrl+R to reload the Python app'],
  },
  Rust: { yes: ['Our core is written in Rust', 'rust, wasm'], no: ['Earn the trust of customers', 'Located in the Rust Belt'] },
  Swift: { yes: ['iOS app in Swift', 'Swift and SwiftUI', 'We run on OpenStack; our iOS app is written in Swift'], no: ['Our core deliverable is OpenStack. Monitor your own personal Swift[1] cluster.', 'OpenStack is the open-source alternative to AWS, and Swift is its object store', 'Storage Policies in Swift', 'We move swiftly', 'Integrations with SWIFT payments', 'SWIFT network messaging', 'Businesses using OpenStack in general and Swift in particular', 'Swift object storage', 'Values: Create Delight + Be Brilliant + Be Swift. We use Rails', 'Speakers include Taylor Swift; our app is built with React', 'My employer, Swift Navigation, hires embedded engineers (Python, FPGA)'] },
  Java: { yes: ['Java and Spring Boot', 'Java/CoffeeScript services'], no: ['JavaScript everywhere', 'Node and javascript', 'N1 uses (java|coffee)script, React and SQL', 'Free coffee (the Java to your Script!) and a React codebase'] },
  Scala: { yes: ['Data pipelines in Scala and Spark'], no: ['Build scalable systems', 'highly scalable'] },
  React: { yes: ['Frontend: React, TypeScript', 'ReactJS experience'], no: ['React Native mobile apps only', 'We react quickly to customers', 'reactive streams'] },
  'React Native': { yes: ['Mobile in React Native'], no: ['React and Native apps'] },
  Spring: {
    yes: ['Java with Spring Boot', 'Spring, Hibernate and Java developers', 'Java and Spring 5 services', 'You will move this Spring Boot service to Kubernetes', 'Experience in the Spring Boot ecosystem and Java'],
    no: ['Start in Spring 2025', 'Summer and spring internships', 'Spring break', 'Internships: Winter/Spring 2020 - Embedded, Java', "Java interns for Spring '19", 'Silver Spring, MD - Linux and Java engineers', 'a ReactJS prototype we delivered in the late Spring', 'In beta with launch later this Spring. Senior engineers with Rails and React', 'We plan to raise capital in the Spring. Full stack: Node, React, Java', 'Open roles: - 2018 Spring Engineering Intern (Node, React) - 2018 Spring Design Intern', 'Java developers, and Spring Design Interns too'],
  },
  Express: {
    yes: ['Node.js with Express.js', 'APIs in Express and Node.js', 'ideally with React, NodeJS, express, and relational databases', 'We run express/postgres/docker'],
    no: ['Express your ideas', 'Ship via American Express', 'express interest by email', 'React developers: express your interest by email'],
  },
  'Next.js': { yes: ['Next.js and Vercel', 'NextJS frontend'], no: ['The next big thing', 'Next, tell us about you'] },
  NestJS: { yes: ['Backend with NestJS'], no: ['a nest of birds'] },
  Less: { yes: [], no: ['less than 10 people', 'Less meetings, more code'] },
  Elm: { yes: ['Frontend in Elm and Haskell'], no: ['Office on Elm Street'] },
  Processing: { yes: [], no: ['Data processing pipelines', 'payment processing', 'natural language processing'] },
  Phoenix: { yes: ['Elixir and Phoenix LiveView', 'Elixir, Phoenix, PostgreSQL'], no: ['Office in Phoenix, AZ', 'Located in Phoenix Arizona, we build Python apps'] },
  Julia: { yes: ['Numerical code in Julia and Python'], no: ['Say hi to Julia, our recruiter'] },
  Ruby: { yes: ['Ruby on Rails monolith', 'Ruby, Python', 'We use a Unity3D / RubyOnRails stack'], no: [] },
  // An embeddable product is no embedded work (2.303.0); a list item "embedded" is.
  Embedded: { yes: ['We are hiring people with strong C++ skills, embedded, video (h.264 compression), iOS, android', 'Embedded C and Rust on microcontrollers'], no: ['Core JavaScript Engineer. Work on our embedded commenting platform / Backbone.js application.', 'Our embedded comment service sees 6bn pageviews; Django, Redis'] },
  // "Kotlin Multiplatform" is written in Kotlin (2.287.0).
  Kotlin: { yes: ['Looking for someone strong in Kotlin Multiplatform + Compose Multiplatform', 'Kotlin and Swift'], no: [] },
  Rails: { yes: ['Ruby on Rails monolith', 'RoR developers', 'We use a Unity3D / RubyOnRails stack'], no: ['Safety rails for models'] },
  Dart: { yes: ['Flutter and Dart developers'], no: ['Throw a dart at the board'] },
  Crystal: { yes: ['Services written in Crystal and Ruby'], no: ['crystal clear requirements', 'SQL Server, SSIS and Crystal Reports', 'macOS Apps Developer | Crystal City, Arlington, VA'] },
  Backbone: { yes: ['we use a mix of rails, backbone, python', 'Backbone.js and Underscore.js'], no: ['Terraform and AWS forming the backbone of our infrastructure'] },
  Kong: { yes: ['APIs behind Kong and Envoy'], no: ['Offices in China, Hong Kong and Macau'] },
  Salesforce: { yes: ['Salesforce API knowledge is a plus'], no: ['BuddyMedia (acq. by Salesforce)', 'It feels more like Facebook than Salesforce.'] },
  Anthropic: { yes: ['We call the OpenAI and Anthropic APIs'], no: ['We are backed by Benchmark, Anthropic, and other great investors.'] },
  Linux: { yes: ['Linux and Python', 'strong *nix skills', '*NIX systems programming'], no: ['Distributed systems engineers (Go, Nix)', 'We use Nix/NixOS to glue the stack together'] },
  AI: { yes: ['We build AI agents', 'AI-powered search', 'dedicated AI-augmented software', 'agents with AI-enhanced tooling'], no: ['Email ai@example.com'] },
  // A coding assistant the team works with is a tool, not LLM work (GUIDE.md).
  LLM: {
    yes: ['We fine-tune LLMs for legal search', 'Agents built on Claude and GPT-4o', 'LLM-powered search'],
    no: ['We actively use AI coding tools like Claude Code and Cursor.', 'We heavily encourage using AI tools (Cursor, Copilot, Gemini) in your daily workflow.', 'We use Cursor, Claude Code and Greptile day-to-day.'],
  },
  // Docker Swarm runs on Docker; machine-learned models are machine learning; .NET Core as a hashtag (2.203.0).
  Docker: { yes: ['deployed with Terraform & Ansible to a Docker Swarm on AWS', 'Docker and Kubernetes'], no: [] },
  '.NET': { yes: ['DevOps using #docker #saltstack and of course #dotnetcore'], no: [] },
  // Make the build tool, not the verb at the head of a duty (2.203.0).
  Make: {
    yes: ['Develop and maintain GNU Make based toolchains with GCC', 'Build tools: GCC, Make, CMake'],
    no: ['Write software in Python and Go. Make sure the user experience is perfect.', 'We use Git and Bootstrap. Make an impact at a fast-paced startup.'],
  },
  // Assembly in lower case in a list of languages, and inline; not the factory floor's (2.265.0).
  Assembly: {
    yes: ['We use C, Java, assembly (mostly ARM), Python and Perl', 'HIP/CUDA, GPU intrinsics and inline assembly', 'We write ARM7 assembly, GPU shaders, Node.js and Python back-ends'],
    no: ['Machine Vision - Other: assembly/manufacturing/electronics technicians', 'Python, C++ and PCB layout and assembly techniques', 'Design, assembly, and qualification of subsystems'],
  },
  // An extra skill (not in the eval vocabulary), in capitals only (2.192.0).
  LAMP: { yes: ['Our platform is built on a LAMP stack', 'Sr. level LAMP(PHP) engineer'], no: ['We make a desk lamp for engineers', 'Lamp and lighting retailer'] },
  'Machine Learning': { yes: ['ML engineers wanted', 'machine learning pipelines', 'Write software to build machine learned user models'], no: ['Know HTML and XML', 'YAML configs', 'Add 5 ml of water'] },
};

describe('ambiguous technology names', () => {
  for (const [skill, { yes, no }] of Object.entries(CASES)) {
    describe(skill, () => {
      for (const text of yes) it(`counts: ${text}`, () => expect(has(text, skill)).toBe(true));
      for (const text of no) it(`ignores: ${text}`, () => expect(has(text, skill)).toBe(false));
    });
  }
});

describe('spellings beyond the aliases', () => {
  it.each([
    ['our AWS-based platform', 'AWS'],
    // "C#.NET" is one word to the scanner: it names both.
    ['We use AngularJS, Typescript, Java 8, C#.NET, PostgreSQL', 'C#'],
    ['We use AngularJS, Typescript, Java 8, C#.NET, PostgreSQL', '.NET'],
    ['a react-powered webgl-based UI system', 'React'],
    ['a react-powered webgl-based UI system', 'WebGL'],
    ['Amazon Aurora (MySQL-compatible edition)', 'MySQL'],
    ['Stack: ruby, rails, postgresql, node, ember', 'Node.js'],
    ['scripting languages (Python, Perl, Shell)', 'Shell'],
    ['Stack: Python, ts, k8s, AWS, postgres', 'TypeScript'],
    ['a ScalaJS front end', 'Scala'],
    ['- SRE/DevOps: Kubernetes-admin, scalable monitoring', 'Kubernetes'],
    ['(django/python-related a plus!)', 'Python'],
    ['There is iOS-related work too', 'iOS'],
    ['an AWS-certified architect', 'AWS'],
    // A database a service is backed by is a technology; clients of an app are platforms.
    ['Our Rails app is backed by Postgres, with a small bit of Clojure.', 'PostgreSQL'],
    ['We build native clients (Android/iPhone/Blackberry).', 'Android'],
    ['a distributed microservice-oriented architecture', 'Microservices'],
    // A version written onto a name, "-JS", a Rubyist.
    ['Our stack is PHP currently using Symfony2 and MySQL.', 'Symfony'],
    ['Skills: Angular4, TypeScript, RxJS, Webpack2', 'Angular'],
    ['We use Go, React-JS, Postgres', 'React'],
    ['Banyan is seeking a Full Stack Rubyist to join our team.', 'Ruby'],
    // Lower case in a list of technologies.
    ['Stack: scala/play, cassandra, kafka, swift, kotlin', 'Swift'],
    ['Angular front-end, big-data / hadoop / spark fun backend work.', 'Spark'],
    ['Our stack is micro-service Ruby on Rails APIs on the back end.', 'Microservices'],
    ['Current technologies K8, python, snowflake', 'Kubernetes'],
    ['Ideally looking for candidates with solid JS experience.', 'JavaScript'],
    ['We use hadoop, hbase, kafka, scalding, spark and we have a great culture.', 'Spark'],
    ['We also use chef, terraform, docker, AWS, packer.', 'Chef'],
    ['Our stack is java/spring/thrift/rabbitmq/elasticsearch', 'Spring'],
    ['Main tech stack: ruby, ruby on rails, unity, react.', 'Unity'],
    ['Python/Django, javascript/jquery, less/css, html, oracle, mongodb, celery, git', 'Oracle'],
    ['* Expert level C/C++ programming', 'C'],
    // A negation in brackets ends with them.
    ['We write a lot of ruby code (but not really rails), mysql, puppet, debian.', 'MySQL'],
    ['Modern JavaScript (not jQuery), HTML5 and CSS', 'HTML'],
    ['Javascript, Go and low level C for the optimized bits', 'C'],
    ['Looking for back-end clojure and front-end js/cljs programmers', 'JavaScript'],
    ['Full-Stack Engineer: Python, Big Data, Web JS-Based Charting', 'JavaScript'],
    // An alias only the technology has is no ambiguous word: its veto words do not apply.
    ['We use ReactJS to build UIs.', 'React'],
    // A team that works on the technology here is no one's past (2.452.0).
    ['Join the React team building our dashboard in TypeScript.', 'React'],
    ['You will be part of the core platform team running Kubernetes.', 'Kubernetes'],
    ['We use golang to build services.', 'Go'],
    ['At Springest you will work on our Ruby on Rails application.', 'Rails'],
    ['Write firmware in C for our sensors.', 'Embedded'],
    // After "use", an ambiguous name is the technology: "we use Go to build" is no "go to".
    ['We use React to build UIs.', 'React'],
    ['We use Go to build services.', 'Go'],
    // Computer vision before "to" or "and" is computer vision (no résumé "CV" rule applies to it).
    ['We use computer vision to detect defects.', 'Computer Vision'],
    ['We apply machine learning and computer vision and robotics.', 'Computer Vision'],
    ["We're bringing video chat and image recognition to business-to-consumer communication.", 'Computer Vision'],
    // The work of computer vision by other names (2.436.0); "image processing" and "image segmentation" of cells are not.
    ["We're solving problems like the Traveling Salesman and image classification, too.", 'Computer Vision'],
    ['We have also developed a vision system that can be easily deployed into these facilities.', 'Computer Vision'],
    ['Robotic platform for hardware reverse engineering (custom hardware, vision models, user interfaces).', 'Computer Vision'],
    ['Object recognition on satellite imagery, then 3D terrain.', 'Computer Vision'],
    // "CSS, HTML" reads as the alias "css/html": both, not CSS alone.
    ['Stack: CSS, HTML, XML, JSON', 'HTML'],
    ['Stack: CSS/HTML/JS', 'HTML'],
    ['Thanks!<p>#Solana #Ethereum #Rust #C #C++', 'C'],
    ['Needs to be able to turn our C++ into Obj C', 'Objective-C'],
    // "Java Script" is JavaScript; "Elastic" in a list of technologies is Elasticsearch; Nomad beside
    // HashiCorp's or other infrastructure (2.440.0).
    ['You have strong expertise with Java Script, HTML and CSS.', 'JavaScript'],
    ['Back End: NodeJS, Postgres, Redis, Elastic, Socket.IO', 'Elasticsearch'],
    ['Our stack: aws, python (django), postgres, elastic, angular2, typescript, docker', 'Elasticsearch'],
    ['We deploy with Terraform, Consul, Nomad and Vault.', 'Nomad'],
  ])('%s → %s', (text, skill) => expect(has(text, skill)).toBe(true));
  it.each([
    ['Zero lines of React, almost zero dependencies', 'React'],
    // Where someone worked before; "React out" for "reach out" (2.452.0).
    ['Our founders (ex-Facebook and Google engineers, and Pete was part of the original React.js team) * We just raised a series A', 'React'],
    ['I was one of the founding Kubernetes team at Google. We write Python.', 'Kubernetes'],
    ['Customise and train existing models in a given context React out to us at hello@acme.ai', 'React'],
    ['each node in the cluster', 'Node.js'],
    ['Go to https://acme.io to apply', 'Go'],
    // A product named "... Go" (2.373.0).
    ['A plus: FileMaker Server, FileMaker Go, PHP, HTML, CSS, JavaScript, ODBC, SQL.', 'Go'],
    // The idiom "Go for it!" (2.418.0).
    ['Want to write that new service in Fortran? Go for it! Ok, maybe not.', 'Go'],
    // MapReduce written "M+R"; OpenStack's object store in a list of data tools (2.375.0).
    ['Nice to have: big-data (HDFS, M+R, Hive) and analytical databases like HP Vertica.', 'R'],
    ['Any senior data infrastructure engineers (spark, swift, jupyter, airflow, etc).', 'Swift'],
    // Objective-C written with a space (2.378.0).
    ['Preferred: C#, VB.NET, Cocoa-Objective C (iOS App Development), Java', 'C'],
    // C# written "(#C)" (2.383.0); a hashtag #C is still C.
    ['Teams: IoT, microservices (#C), web', 'C'],
    ['Needs to be able to turn our C++ into Obj C', 'C'],
    ['- Python and Bash scripting<p>- R/C plane enthusiast and pilot', 'R'],
    ['- Python and Bash scripting<p>- R/C plane enthusiast and pilot', 'C'],
    ['Storage: Postgres, etcd, redis, s3/swift - Go, C, Python', 'Swift'],
    ["We're the people behind WordPress.com and WooCommerce; Jetpack helps site owners.", 'Jetpack Compose'],
    // A compound ends its phrase: "web-based components" is no "web components".
    ['We create web-based components for teachers.', 'Web Components'],
    // Investors, customers and namesakes are no technology.
    ['Backed by some of the smartest investors out there (Spark Capital, Google Ventures).', 'Spark'],
    ['Our product is used by Google, Stripe, Anthropic, Meta, NBCUniversal, Notion, and others.', 'Anthropic'],
    ["We're already trusted by teams at Cloudflare, Vercel, Mozilla, Pydantic, and Astral.", 'Cloudflare'],
    ['A data platform that powers AI teams at OpenAI, Anthropic, Meta, Google, and more.', 'OpenAI'],
    ['Looking for people who spark joy and spark ideas in a team.', 'Spark'],
    ['Ideally looking for candidates with solid JS experience.', 'SolidJS'],
    ['Our chef cooks lunch every day, and we break for spring.', 'Chef'],
    ['Our chef cooks lunch every day, and we break for spring.', 'Spring'],
    ['Used by some of the best engineering teams in the world, including Twilio, Heroku, Instacart and Twitch.', 'Heroku'],
    ['Customers like Uber, Heroku to name a few rely on us.', 'Heroku'],
    ['We raised $3.5M from OpenAI researchers and Lightspeed.', 'OpenAI'],
    ["Many companies (Docker, Tesla, Mapbox, Hashicorp) rely on FOSSA's tools.", 'Docker'],
    ['You should already have a secret or TS clearance to apply.', 'TypeScript'],
    ["We're also hiring an ML/SWE intern for the Spring & Summer.", 'Spring'],
    ['We use optimization methods to build the financial rails of our future energy systems.', 'Rails'],
    // An extension is not the database named outright (GUIDE.md: explicit mentions).
    ['GIS experience (e.g., PostGIS, OpenLayers, Leaflet)', 'PostgreSQL'],
    // Where the people behind a company come from.
    ['$3.75M seed led by Kindred Ventures with angels from OpenAI, Apple, Waymo, Uber.', 'OpenAI'],
    ['With backing from Balderton and leaders at Hugging Face, DeepMind.', 'Hugging Face'],
    ['Quant dev experience preferred, team from CitSec, Aquatic, Old Mission, AWS.', 'AWS'],
    ['The founding team built Sqreen, a security startup acquired by Datadog.', 'Datadog'],
    // Investors' own companies (2.331.0).
    ["We're backed by Sequoia; founders of Next.js, Prisma, and Segment; and a bunch of (ex-)Stripe employees.", 'Next.js'],
    ['Funding from Andreessen Horowitz and the founders of Gmail, GitHub, Stripe, Reddit, Intercom.', 'GitHub'],
    ['We previously built Eloqua, the platform that was bought by Oracle for $871M.', 'Oracle'],
    // Rivals and analogies name other companies' products (2.214.0).
    ["We're building an open source AI image tool, aiming to take on the likes of Adobe, Figma, Blender, and more.", 'Figma'],
    ['Our backgrounds reflect that, having worked at the likes of Red Hat, Heroku, and Salesforce.', 'Heroku'],
    ['Aqora is the "Hugging Face for quantum computing". We host datasets and benchmarks.', 'Hugging Face'],
    ['Transcriptic is "Amazon Web Services" for the life sciences.', 'AWS'],
    ['For developers, we are the Heroku for code which gets deployed onto websites.', 'Heroku'],
    // A framework's name with "js" is the framework alone (2.332.0).
    ['About the stack:\n* ruby on rails, angular js, aws ec2, iOs, gems for days, stripe', 'JavaScript'],
    ['Stack: PHP, Laravel, vue js, MySQL', 'JavaScript'],
    // Images processed in other work are no computer vision (2.436.0).
    ['High throughput experiments in human cells, automated image segmentation and quantitation of features.', 'Computer Vision'],
    ['We resize photos in our image processing pipeline.', 'Computer Vision'],
    // Customers far along a long cue, where people come from, a designer's past work; "Nomad" in a
    // list of places; the language ML; spellings the labellers read as other technologies (2.440.0).
    ['Our open source libraries are used by some of the best engineering teams in the world, including Kayak, Twilio, Heroku, Zendesk.', 'Heroku'],
    ['Our design foundation comes from the world-class designer behind Desk.com, Bitly, Heroku, Grooveshark and more.', 'Heroku'],
    ["You'll work as part of a team hailing from YouTube, Salesforce, and Splunk.", 'Salesforce'],
    ['Our team is from Twitter/Google/Palantir/Salesforce/CMU/MIT.', 'Salesforce'],
    ["We're a 19-person team (SF, LA, Las Vegas, Barcelona, Nomad) building tools that make developers' lives better.", 'Nomad'],
    ["We're PL nerds (mostly Lisp and Haskell/ML), so you'll be right at home.", 'Machine Learning'],
    ['Our technologies are Kafka, Cassandra, Galera/MariaDB, Grafana.', 'MySQL'],
    ['Tools we use: Go, Python, Aerospike, MapReduce, InfluxDB.', 'Hadoop'],
    ['Our servers run Debian and CentOS.', 'Linux'],
    ['We build an iPad app for restaurants.', 'iOS'],
    ['Notebooks in IPython for analysis.', 'Jupyter'],
    ['Agents built with LangGraph.', 'LangChain'],
    ['You have strong expertise with Java Script, HTML and CSS.', 'Java'],
    ['Tools we use: Go, Python, Aerospike, AWS, Elastic Map Reduce, InfluxDB.', 'Elasticsearch'],
    ['Deep expertise in Java and a track record of elastic scaling and microservices.', 'Elasticsearch'],
    // A conference named after a framework (2.444.0).
    ['We send delegations to several conferences each year (Strata, Re:Invent, Defcon, React Rally, etc.).', 'React'],
  ])('%s is not %s', (text, skill) => expect(has(text, skill)).toBe(false));
  it.each([
    ['Engineers join the team from many backgrounds including C#, Java, Scala.', 'Java'],
    ['Funded by Khosla Ventures and angels from top AI labs.', 'AI'],
    // Technologies one knows, said with "the likes of"; a list item that says what a tool is for.
    ['We definitely won’t frown if you’re an expert in the likes of C++, Python or Java.', 'Python'],
    ['Strong experience with likes of Kafka, Spark, Cassandra a requirement.', 'Kafka'],
    ['Our stack:<p>- AWS for hosting<p>- Terraform for infrastructure', 'Terraform'],
    // The cue's clause ends with its bracket or header field.
    ['Blue River Technology (recently acquired by John Deere) | SW &amp; CV/ML | San Francisco', 'Machine Learning'],
    // The customers' list ends before what they do with the product (2.215.0).
    ['Our platform is used by major companies like King, GitHub, DigitalOcean, and Etsy to monitor their MySQL, PostgreSQL, MongoDB, and Redis servers.', 'PostgreSQL'],
  ])('%s is still %s', (text, skill) => expect(has(text, skill)).toBe(true));
  it('reads a negation only within its sentence', () => {
    expect(has('on-device AI, zero cloud. Think Android for CCTV.', 'Android')).toBe(true);
  });
});

describe('the taxonomy data', () => {
  it('has at least 400 technologies with a category each, and every eval vocabulary skill', async () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(400);
    const categories = new Set(['language', 'frontend', 'backend', 'data', 'infra', 'ai_ml', 'mobile', 'other']);
    for (const s of SKILLS) expect(categories.has(s.category), s.name).toBe(true);
    const { readFileSync } = await import('node:fs');
    const { requireShared } = await import('../helpers/shared.ts');
    const vocab = JSON.parse(readFileSync(requireShared('eval/vocabulary.json'), 'utf8')) as { skills: { name: string }[] };
    const names = new Set(SKILLS.map((s) => s.name));
    for (const v of vocab.skills) expect(names.has(v.name), v.name).toBe(true);
    expect(new Set(SKILLS.map((s) => s.name)).size).toBe(SKILLS.length);
  });

  it('aliases resolve ("golang", "k8s", "Postgres", "RoR")', () => {
    expect([...findSkills('golang, k8s, Postgres and RoR')].sort()).toEqual(['Go', 'Kubernetes', 'PostgreSQL', 'Rails']);
  });

  it('a negated technology is not counted', () => {
    expect(has("You don't need Kubernetes experience", 'Kubernetes')).toBe(false);
    expect(has('We do not use OpenAI', 'OpenAI')).toBe(false);
    // A line of it written or learned: the negation reaches over the idiom (2.228.0).
    expect(has('Without writing a single line of Java, Acme compiled it for Android', 'Java')).toBe(false);
    expect(has('Analyse your sales data without learning a line of SQL', 'SQL')).toBe(false);
    expect(has('Ship an app with zero lines of Swift', 'Swift')).toBe(false);
    expect(has('You will write a lot of lines of Java', 'Java')).toBe(true);
  });
});

describe("a company's own name", () => {
  // The name is blanked as a whole word (2.449.0): "Elastic" blanked at the start of
  // "Elasticsearch" lost the product its people work on, in every posting Elastic made.
  it('is no skill, but a technology that starts with it still is', () => {
    const p = classifyItem({ id: 1, text: 'Elastic | Remote<p>Elastic, the company behind Elasticsearch, is hiring. We write Java.' });
    expect(p.company).toBe('Elastic');
    expect(p.skills).toEqual(['Elasticsearch', 'Java']);
    // Nor does a lower-case name blank the start of a word that a rule reads: "customer" in "customers include".
    expect(classifyItem({ id: 2, text: 'Rust Robotics | Berlin<p>We build robots in Python.' }).skills).toEqual(['Python']);
  });
});
