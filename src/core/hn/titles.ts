/** Title rules that tell a monthly "Who is hiring?" thread from the poster's other stories. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// "Ask HN: Who is hiring? (April 2011)", any case; early titles say "Hiring", two end in a space.
// Deliberately anchored: "Who is hiring right now?", "Who is hiring refugees?", "Who wants to be
// hired?" and "Freelancer? Seeking freelancer?" must not match.
const MONTHLY_TITLE = /^\s*Ask HN:\s*Who\s+is\s+hiring\?\s*\(\s*([A-Za-z]+)\.?\s+(\d{4})\s*\)\s*$/i;

/** "YYYY-MM" when the title is a monthly hiring thread's, else null. */
export function monthOfHiringTitle(title: string | undefined | null): string | null {
  if (!title) return null;
  const m = MONTHLY_TITLE.exec(title);
  if (!m) return null;
  const name = (m[1] ?? '').toLowerCase();
  // Full names and the usual abbreviations ("Sept") both occur in the wild.
  const index = MONTHS.findIndex((abbr) => name.startsWith(abbr) && (name.length <= 4 || fullName(abbr) === name));
  if (index < 0) return null;
  return `${m[2]}-${String(index + 1).padStart(2, '0')}`;
}

function fullName(abbr: string): string {
  const names = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  return names[MONTHS.indexOf(abbr)] ?? '';
}

/** YYYY-MM of a unix time, in UTC. */
export function monthOfTime(time: number): string {
  return new Date(time * 1000).toISOString().slice(0, 7);
}
