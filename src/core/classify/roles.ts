/** Role categories of vocabulary.json, found from job-title words; plus seniority and employment type. */

const ROLE_RULES: [string, RegExp][] = [
  ['fullstack', /\bfull[- ]?stack\b|\bweb (developer|engineer|dev)s?\b/i],
  ['frontend', /\bfront[- ]?end\b|\bui (engineer|developer)s?\b|\bjavascript (engineer|developer)s?\b|\breact (engineer|developer)s?\b/i],
  ['backend', /\bback[- ]?end\b|\bserver[- ]side\b|\bapi (engineer|developer)s?\b|\b(python|java|go|golang|ruby|rails|node|php|scala|elixir|django|c#|\.net|rust) (engineer|developer|dev)s?\b|\bdistributed systems engineer/i],
  ['mobile', /\bmobile\b|\b(ios|android|flutter|react native) (engineer|developer|dev)s?\b/i],
  ['data_engineering', /\bdata (engineer|engineers|engineering|platform|infrastructure|pipelines?|warehouse|warehousing)\b|\bdata\s*\/\s*\w+ engineers?\b|\bbig data\b|\banalytics engineer|\betl\b/i],
  ['data_science', /\bdata scien(ce|tists?)\b|\bdata analysts?\b|\b(business|product) analysts?\b|\bquantitative (researcher|analyst)s?\b|\bstatisticians?\b/i],
  [
    'ml_ai',
    /\b(machine learning|ml|ai|llm|deep learning|nlp|computer vision|applied ai|genai|mlops) (engineer|engineers|researcher|researchers|scientist|scientists|infrastructure|infra|platform)\b|\bresearch (scientist|engineer)s?\b|\bapplied scientists?\b|\bmlops\b|\bai\/ml engineer|\b(machine learning|computer vision|deep learning|nlp)\b[^.\n]{0,40}\b(engineers?|researchers?|scientists?|folks|people|fellowships?|postdocs?|roles?|positions?|experts?)\b/i,
  ],
  [
    'devops_sre_platform',
    /\bdev[- ]?ops\b|\bsre\b|\bsite reliability\b|\bplatform (engineer|engineering|team)\b|\binfrastructure (engineer|engineering)\b|\bcloud (engineer|architect)s?\b|\bdeveloper (experience|productivity|tools|tooling)\b|\bbuild (engineer|infrastructure)\b|\breliability engineer|\bsystems? (administrator|engineer)s?\b|\bsysadmin|\b(infrastructure|infra|ops|operations|cloud|kubernetes|production) (engineer|engineers|team|roles?)\b|\bsystems\s*\/|\/\s*systems engineers?\b/i,
  ],
  ['security', /\bsecurity (engineer|engineering|researcher|analyst|architect)s?\b|\bappsec\b|\binfosec\b|\bpenetration test|\bproduct security\b|\bcyber ?security\b/i],
  ['embedded_hardware', /\bembedded\b|\bfirmware\b|\bhardware (engineer|design|engineering)\b|\bfpga\b|\belectrical engineer|\brobotics (engineer|software)|\bmechanical engineer|\basic\b|\bpcb\b/i],
  ['qa_test', /\bqa\b|\bsdet\b|\b(test|testing|quality assurance|automation test) (engineer|engineers|lead|analyst)\b|\bquality assurance\b/i],
  ['design', /\bdesigners?\b|\b(ux|ui\/ux|ux\/ui) (engineer|lead|researcher)s?\b|\bhead of design\b/i],
  ['product', /\bproduct (manager|managers|owner|lead|management)\b|\bhead of product\b|\bvp,? product\b/i],
  ['engineering_management', /\bengineering managers?\b|\b(cto|vp,? (of )?engineering|head of engineering|director of engineering|engineering director|engineering lead)\b/i],
  [
    'other',
    /\b(sales|marketing|customer success|customer support|support|operations|business development|bizdev|recruiting|community|content|finance|legal|people|hr|office|account|growth|partnerships)\s+(manager|managers|representatives?|reps?|lead|leads|associates?|specialists?|executives?|director|coordinator|engineers?|analysts?|hires?|roles?|positions?|marketer|team members?)\b|\b(account executives?|recruiters?|copywriters?|technical writers?|developer advocates?|devrel|solutions engineers?|sales engineers?|customer engineers?|marketers?|salespe(rson|ople)|community managers?|head of (marketing|sales|growth|operations)|(marketing|sales|operations) director|cmo|coo|growth hackers?|product marketing|marketing (mgr|manager)|technical support|support specialists?|product specialists?)\b/i,
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
  // "Full-stack" already says both ends; a stack word ("Python developer") does not add backend.
  if (roles.has('fullstack')) {
    if (!/\bback[- ]?end (engineer|developer|dev)s?\b/i.test(text)) roles.delete('backend');
    if (!/\bfront[- ]?end (engineer|developer|dev)s?\b/i.test(text)) roles.delete('frontend');
  }
  const engineeringRoles = [...roles].filter((r) => r !== 'other' && r !== 'product' && r !== 'design');
  const back = skillCategories.has('backend') || skillCategories.has('language') || skillCategories.has('data');
  const front = skillCategories.has('frontend');
  if (engineeringRoles.length === 0 && ENGINEER.test(text)) {
    if (back && front) roles.add('fullstack');
    else if (front) roles.add('frontend');
    else if (skillCategories.has('mobile')) roles.add('mobile');
    else if (back) roles.add('backend');
  } else if (engineeringRoles.length > 0 && !roles.has('fullstack') && ENGINEER.test(text)) {
    // Several roles named: the stack still says which ends the engineering work covers.
    if (skillCategories.has('backend')) roles.add('backend');
    if (front && skillCategories.has('backend')) roles.add('frontend');
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
