/** Role categories of vocabulary.json, found from job-title words; plus seniority and employment type. */

const ROLE_RULES: [string, RegExp][] = [
  ['fullstack', /\bfull[- ]?stack\b/i],
  ['frontend', /\bfront[- ]?end\b|\bui (engineer|developer)s?\b|\bweb (developer|engineer)s?\b|\bjavascript (engineer|developer)s?\b|\breact (engineer|developer)s?\b/i],
  ['backend', /\bback[- ]?end\b|\bserver[- ]side\b|\bapi (engineer|developer)s?\b|\b(python|java|go|golang|ruby|rails|node|php|scala|elixir|django|c#|\.net|rust) (engineer|developer|dev)s?\b|\bdistributed systems engineer/i],
  ['mobile', /\bmobile\b|\b(ios|android|flutter|react native) (engineer|developer|dev)s?\b/i],
  ['data_engineering', /\bdata (engineer|engineering|platform|infrastructure|pipelines?)\b|\banalytics engineer|\betl\b/i],
  ['data_science', /\bdata scien(ce|tists?)\b|\bdata analysts?\b|\b(business|product) analysts?\b|\bquantitative (researcher|analyst)s?\b|\bstatisticians?\b/i],
  [
    'ml_ai',
    /\b(machine learning|ml|ai|llm|deep learning|nlp|computer vision|applied ai|genai|mlops) (engineer|engineers|researcher|researchers|scientist|scientists|infrastructure|infra|platform)\b|\bresearch (scientist|engineer)s?\b|\bapplied scientists?\b|\bmlops\b|\bai\/ml engineer/i,
  ],
  [
    'devops_sre_platform',
    /\bdev[- ]?ops\b|\bsre\b|\bsite reliability\b|\bplatform (engineer|engineering|team)\b|\binfrastructure (engineer|engineering)\b|\bcloud (engineer|architect)s?\b|\bdeveloper (experience|productivity|tools|tooling)\b|\bbuild (engineer|infrastructure)\b|\breliability engineer|\bsystems? (administrator|engineer)s?\b|\bsysadmin/i,
  ],
  ['security', /\bsecurity (engineer|engineering|researcher|analyst|architect)s?\b|\bappsec\b|\binfosec\b|\bpenetration test|\bproduct security\b|\bcyber ?security\b/i],
  ['embedded_hardware', /\bembedded\b|\bfirmware\b|\bhardware (engineer|design|engineering)\b|\bfpga\b|\belectrical engineer|\brobotics (engineer|software)|\bmechanical engineer|\basic\b|\bpcb\b/i],
  ['qa_test', /\bqa\b|\bsdet\b|\b(test|testing|quality assurance|automation test) (engineer|engineers|lead|analyst)\b|\bquality assurance\b/i],
  ['design', /\b(product |ux |ui |ui\/ux |visual |graphic |interaction |web )?designers?\b|\bux\b|\bux\/ui\b|\bui\/ux\b/i],
  ['product', /\bproduct (manager|managers|owner|lead|management)\b|\bhead of product\b|\bvp,? product\b/i],
  ['engineering_management', /\bengineering managers?\b|\b(cto|vp,? (of )?engineering|head of engineering|director of engineering|engineering director|engineering lead)\b/i],
  [
    'other',
    /\b(sales|account executive|account manager|marketing|marketer|customer (success|support)|support (engineer|specialist)|operations (manager|associate|lead)|business development|recruiter|talent|community manager|technical writer|content writer|copywriter|office manager|finance|accountant|legal|counsel|solutions engineer|sales engineer|customer engineer|developer advocate|devrel|project manager|program manager|bizops|growth)\b/i,
  ],
];

const ENGINEER = /\b(software|senior|staff|principal|lead|founding|junior)?\s*(engineer|engineers|developer|developers|programmer|programmers|hacker|hackers|swe)\b/i;

/**
 * Role categories the posting hires for. A generic "Software Engineer" gets its category from
 * the stack named: back-end technologies → backend, web front-end → frontend, both → fullstack.
 */
export function extractRoles(text: string, skillCategories: ReadonlySet<string>): string[] {
  const roles = new Set<string>();
  for (const [role, re] of ROLE_RULES) if (re.test(text)) roles.add(role);
  const engineeringRoles = [...roles].filter((r) => r !== 'other' && r !== 'product' && r !== 'design');
  if (engineeringRoles.length === 0 && ENGINEER.test(text)) {
    const back = skillCategories.has('backend') || skillCategories.has('language') || skillCategories.has('data');
    const front = skillCategories.has('frontend');
    if (back && front) roles.add('fullstack');
    else if (front) roles.add('frontend');
    else if (skillCategories.has('mobile')) roles.add('mobile');
    else roles.add('backend');
  }
  return [...roles].sort();
}

export function extractSeniority(text: string): string[] {
  const out = new Set<string>();
  if (/\b(intern|interns|internship)\b/i.test(text)) out.add('intern');
  if (/\b(junior|entry[- ]level|new grads?|graduate)\b/i.test(text)) out.add('junior');
  if (/\b(mid[- ]level|intermediate)\b/i.test(text)) out.add('mid');
  if (/\b(senior|sr\.?)\b/i.test(text)) out.add('senior');
  if (/\b(staff|principal|distinguished)\b/i.test(text)) out.add('staff+');
  if (/\b(lead|head of|director|vp|cto|manager)\b/i.test(text)) out.add('lead');
  return [...out];
}

export function extractEmployment(text: string): string[] {
  const out = new Set<string>();
  if (/\bfull[- ]?time\b|\bFT\b|\bpermanent\b/.test(text) || /\bfull[- ]?time\b/i.test(text)) out.add('full-time');
  if (/\bpart[- ]?time\b/i.test(text)) out.add('part-time');
  if (/\bcontract(or|ors|ing)?\b|\bfreelance\b|\bconsultant\b/i.test(text)) out.add('contract');
  if (/\bintern(s|ship|ships)?\b/i.test(text)) out.add('intern');
  return [...out];
}
