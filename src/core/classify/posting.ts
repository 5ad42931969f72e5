import type { ParsedPosting } from './types.ts';

const SEEKING = /\b(i['’]?m|i am)\s+(currently\s+)?(looking|seeking|searching)\s+for\s+(a\s+)?(job|work|new (opportunities|role|position)|employment|opportunities)|\bhire me\b|\bmy (resume|cv|portfolio)\b|\bopen to (work|opportunities)\b|\bseeking (a )?(new )?(job|position|role|opportunities)\b/i;
const META = /^(anyone|is anyone|does anyone|any(one)? (hiring|companies)|why|how come|what|who(?! is hiring)|where|this (thread|month)|off[- ]topic|i don['’]?t work there)\b/i;
const HIRING =
  /\b(hiring|we['’]?re looking|we are looking|join (us|our)|apply|position|positions|role|roles|opening|openings|engineer|engineers|developer|developers|designer|salary|equity|remote|onsite|on-site|full[- ]?time|part[- ]?time|contract|intern|careers|job|jobs)\b/i;

/** Whether a comment advertises a job (GUIDE.md): not job seekers, questions, meta talk or deleted comments. */
export function isJobPosting(parsed: ParsedPosting, item: { deleted?: boolean }): boolean {
  if (item.deleted || parsed.text.trim().length < 40) return false;
  if (SEEKING.test(parsed.text)) return false;
  if (META.test(parsed.header) && parsed.headerFields.length < 3) return false;
  if (parsed.headerFields.length >= 3) return true;
  return HIRING.test(parsed.text);
}
