import { readFileSync } from 'node:fs';
import { tokenize } from './tokens.ts';
import type { ParsedPosting } from './types.ts';

interface Gazetteer {
  countries: Record<string, string[]>;
  usStates: Record<string, string>;
  caProvinces: Record<string, string>;
  cities: Record<string, string>;
  ambiguous: Record<string, { default: string } & Record<string, string[] | string>>;
}

const G: Gazetteer = JSON.parse(readFileSync(new URL('./data/gazetteer.json', import.meta.url), 'utf8'));

interface Place {
  country: string;
  city?: string;
  ambiguous?: string;
}

/** Token-sequence (as written, case-sensitive: "Nice" the city, not "nice") → place. */
const PLACES = new Map<string, Place>();
let MAX_N = 1;
const FIRST_WORDS = new Set<string>();
function addPlace(name: string, place: Place) {
  const key = tokenize(name)
    .map((t) => t.text)
    .join(' ');
  if (!key || PLACES.has(key)) return;
  PLACES.set(key, place);
  FIRST_WORDS.add(key.split(' ')[0]!);
  MAX_N = Math.max(MAX_N, key.split(' ').length);
}
for (const [code, names] of Object.entries(G.countries)) for (const n of names) addPlace(n, { country: code });
for (const name of Object.values(G.usStates)) addPlace(name, { country: 'US' });
for (const name of Object.values(G.caProvinces)) addPlace(name, { country: 'CA' });
for (const [city, country] of Object.entries(G.cities)) addPlace(city.split(',')[0] ?? city, { country, city: city.split(',')[0] ?? city });
for (const name of Object.keys(G.ambiguous)) {
  // The ambiguous names replace any plain entry: they need their neighbours to decide.
  const key = tokenize(name).map((t) => t.text).join(' ');
  PLACES.set(key, { country: G.ambiguous[name]!.default, city: name, ambiguous: name });
  FIRST_WORDS.add(key.split(' ')[0]!);
}
// Two-letter codes only count after a comma ("Austin, TX"), where they cannot be words.
const STATE_AFTER_COMMA = /,\s*([A-Z]{2})\b(?!\.?[A-Za-z])/g;

// Sentences of the body that talk about where the job is.
const LOCATION_CUE = /\b(located|based|office|offices|location|locations|onsite|on-site|on site|remote|relocat\w*|hq|headquarter\w*|in-person|hybrid|work from|live in|living in|residing|reside|time ?zones?|within|authori[sz]ed to work|citizens?|visa|hiring in|positions? in|roles? in|jobs? in)\b/i;

function resolveAmbiguous(name: string, context: string): string {
  const rule = G.ambiguous[name]!;
  for (const [country, cues] of Object.entries(rule)) {
    if (country === 'default' || !Array.isArray(cues)) continue;
    if (cues.some((c) => new RegExp(`\\b${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(context))) return country;
  }
  return rule.default;
}

function scan(text: string, countries: Set<string>, cities: Set<string>): { covered: number; total: number } {
  const tokens = tokenize(text);
  let covered = 0;
  for (let i = 0; i < tokens.length; ) {
    let step = 1;
    if (!FIRST_WORDS.has(tokens[i]!.text)) {
      i++;
      continue;
    }
    const keys: string[] = [];
    for (let n = 1; n <= MAX_N && i + n <= tokens.length; n++) keys.push(n === 1 ? tokens[i]!.text : `${keys[n - 2]} ${tokens[i + n - 1]!.text}`);
    for (let n = keys.length; n >= 1; n--) {
      const key = keys[n - 1]!;
      const place = PLACES.get(key);
      if (!place) continue;
      const first = tokens[i]!;
      // Places are proper names: "reading" or "nice" in lower case are not Reading or Nice.
      if (!/^[A-Z]/.test(first.text)) break;
      const context = text.slice(Math.max(0, first.start - 40), tokens[i + n - 1]!.end + 40);
      const country = place.ambiguous ? resolveAmbiguous(place.ambiguous, context) : place.country;
      countries.add(country);
      if (place.city) cities.add(place.city);
      covered += n;
      step = n;
      break;
    }
    i += step;
  }
  for (const m of text.matchAll(STATE_AFTER_COMMA)) {
    const code = m[1]!;
    if (code in G.usStates) countries.add('US');
    else if (code in G.caProvinces) countries.add('CA');
  }
  return { covered, total: tokens.length };
}

/** Countries (ISO alpha-2) and cities where the job is, or to which remote work is restricted. */
export function extractLocations(parsed: ParsedPosting): { countries: string[]; cities: string[] } {
  const countries = new Set<string>();
  const cities = new Set<string>();
  scan(parsed.header, countries, cities);
  for (const p of parsed.paragraphs.slice(1)) {
    for (const sentence of p.split(/(?<=[.!?])\s+|\n/)) {
      if (LOCATION_CUE.test(sentence)) scan(sentence, countries, cities);
    }
  }
  return { countries: [...countries].sort(), cities: [...cities].sort() };
}

/** Countries named by a short piece of text such as a header field ("Berlin", "Austin, TX"). */
export function placeCountries(text: string): string[] {
  const countries = new Set<string>();
  scan(text, countries, new Set());
  return [...countries];
}

/** Whether a short text is mostly place names ("San Francisco, CA", "Berlin or remote"). */
export function isMostlyPlace(text: string): boolean {
  const stripped = text.replace(/\b(remote|onsite|on-site|hybrid|and|or|area|metro|greater|the|in|office|only)\b/gi, ' ');
  const { covered, total } = scan(stripped, new Set(), new Set());
  return total > 0 && covered / total > 0.5;
}

const COUNTRY_NAMES = new Set(Object.values(G.countries).flat());

/** A single city name ("Bellevue"), not a country ("Australia"). */
export function isCityWord(word: string): boolean {
  return !COUNTRY_NAMES.has(word) && placeCountries(word).length > 0;
}
