/**
 * Known exceptions to "a hiring thread is a whoishiring story with the monthly title".
 * Each one is documented in ../shared/hn/README.md; anything new goes into EXTRA_THREAD_IDS
 * (configuration) rather than here.
 */

/** Accounts whose `submitted` stories are candidates. April and May 2015 came from `_whoishiring`. */
export const POSTER_ACCOUNTS = ['whoishiring', '_whoishiring'] as const;

/**
 * whoishiring stories that only point to the real thread, posted by someone else.
 * December 2011: story 3300371 links to 3300290.
 */
export const POINTER_STORIES: ReadonlyMap<number, number> = new Map([[3300371, 3300290]]);

/**
 * Threads that are their own thing, not a month's regular thread, with the month they belong to.
 * March 2020: the COVID-19 "Who is hiring right now?" thread, beside the regular 22465476.
 */
export const SPECIAL_THREADS: ReadonlyMap<number, string> = new Map([[22665398, '2020-03']]);
