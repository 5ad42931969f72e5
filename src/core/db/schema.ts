import type { Generated } from 'kysely';

/**
 * Typed tables. Conventions: HN times (`time`) are unix seconds as HN gives them; our own
 * bookkeeping times (`*_at`) are unix milliseconds. Booleans are 0/1 integers so one query
 * layer serves SQLite and PostgreSQL alike.
 */

export type ThreadKind = 'monthly' | 'special';
export type PostingStatus = 'live' | 'dead' | 'deleted' | 'removed';

export interface ThreadsTable {
  id: number;
  /** YYYY-MM of the thread. */
  month: string;
  title: string;
  time: number | null;
  author: string;
  kind: ThreadKind;
  /** Number of kids in the story at the last crawl. */
  kids_count: number;
  first_seen_at: number;
  last_crawled_at: number | null;
}

/** Every story of the poster accounts we have looked at, hiring thread or not, so discovery never refetches them. */
export interface StoriesSeenTable {
  id: number;
  author: string;
  title: string | null;
  time: number | null;
  is_thread: number;
  checked_at: number;
}

export interface PostingsTable {
  id: number;
  thread_id: number;
  /** The item's own `parent`: differs from thread_id when HN moved the comment to another story. */
  parent_id: number | null;
  author: string | null;
  time: number | null;
  /** Raw HN HTML, exactly as served. */
  text: string | null;
  status: PostingStatus;
  content_hash: string;
  first_seen_at: number;
  last_changed_at: number;
  removed_at: number | null;
}

/** Kept apart from postings so an unchanged posting's row is never rewritten by a crawl. */
export interface PostingSightingsTable {
  posting_id: number;
  /** Last crawl that saw the id among the story's kids. */
  last_seen_at: number;
  /** Last time the item itself was fetched. */
  last_fetched_at: number;
}

/** The state a posting had before each change: text edits, deletions, moves. */
export interface PostingVersionsTable {
  id: Generated<number>;
  posting_id: number;
  author: string | null;
  time: number | null;
  text: string | null;
  status: PostingStatus;
  parent_id: number | null;
  content_hash: string;
  /** When this version stopped being current. */
  replaced_at: number;
}

export interface ClassificationsTable {
  posting_id: number;
  classifier_version: string;
  /** content_hash of the posting the result was computed from. */
  content_hash: string;
  /** JSON of the classifier's result. */
  result: string;
  classified_at: number;
}

export type CrawlRunStatus = 'running' | 'ok' | 'partial' | 'failed' | 'interrupted';

export interface CrawlRunsTable {
  id: Generated<number>;
  started_at: number;
  finished_at: number | null;
  status: CrawlRunStatus;
  /** What was asked: "latest", "all", "since 2020-01", "thread 123". */
  mode: string;
  host: string;
  pid: number;
  threads: Generated<number>;
  requests: Generated<number>;
  fetched: Generated<number>;
  added: Generated<number>;
  changed: Generated<number>;
  removed: Generated<number>;
  unavailable: Generated<number>;
  errors: Generated<number>;
  /** JSON array of the first error messages. */
  error_messages: Generated<string>;
}

/** Scalar facts of a classification, one row per posting and classifier version. */
export interface PostingFactsTable {
  posting_id: number;
  classifier_version: string;
  is_job: number;
  company: string | null;
  remote: 'remote' | 'hybrid' | 'onsite' | 'unspecified';
  visa: 'yes' | 'no' | 'unspecified';
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: string | null;
}

export interface PostingSkillsTable {
  classifier_version: string;
  skill: string;
  posting_id: number;
}

export interface PostingCountriesTable {
  classifier_version: string;
  country: string;
  posting_id: number;
}

export interface PostingCitiesTable {
  classifier_version: string;
  city: string;
  posting_id: number;
}

export interface PostingRolesTable {
  classifier_version: string;
  role: string;
  posting_id: number;
}

export interface BotStateTable {
  key: string;
  value: string;
  updated_at: number;
}

export interface DigestChannelsTable {
  platform: 'discord' | 'slack';
  workspace_id: string;
  channel_id: string;
  enabled: number;
  set_by: string;
  updated_at: number;
}

/**
 * `disabled`: the channel is gone or forbidden; `dropped`: nothing left to send when it came due
 * (its alert removed, digests turned off or moved); `failed`: given up after repeated failures.
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'disabled' | 'dropped' | 'failed';
/** `access_lost`: a DM to the admin who chose a digest channel the platform then refused (outbox/access-lost.ts). */
export type OutboxKind = 'thread_live' | 'digest' | 'recap' | 'alert' | 'access_lost';

export interface OutboxTable {
  id: Generated<number>;
  /** Unique decision: platform:workspace:channel:kind:thread. */
  key: string;
  platform: 'discord' | 'slack';
  workspace_id: string;
  channel_id: string;
  kind: OutboxKind;
  thread_id: number | null;
  payload: Generated<string>;
  due_at: number;
  status: OutboxStatus;
  attempts: Generated<number>;
  next_attempt_at: number;
  claimed_at: number | null;
  message_id: string | null;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
}

export interface SubscriptionsTable {
  id: Generated<number>;
  platform: 'discord' | 'slack';
  workspace_id: string;
  /** Who created it (and may remove it). */
  user_id: string;
  /** Where alerts go: "dm:<user id>" or a channel id. */
  channel_id: string;
  expression: string;
  /** JSON of {remote?, country?, visa?, role?}. */
  filters: string;
  created_at: number;
}

export interface SubscriptionSkillsTable {
  skill: string;
  subscription_id: number;
}

export interface AlertMatchesTable {
  subscription_id: number;
  posting_id: number;
  matched_at: number;
}

export interface Database {
  threads: ThreadsTable;
  stories_seen: StoriesSeenTable;
  postings: PostingsTable;
  posting_sightings: PostingSightingsTable;
  posting_versions: PostingVersionsTable;
  classifications: ClassificationsTable;
  crawl_runs: CrawlRunsTable;
  posting_facts: PostingFactsTable;
  posting_skills: PostingSkillsTable;
  posting_countries: PostingCountriesTable;
  posting_roles: PostingRolesTable;
  posting_cities: PostingCitiesTable;
  bot_state: BotStateTable;
  digest_channels: DigestChannelsTable;
  outbox: OutboxTable;
  subscriptions: SubscriptionsTable;
  subscription_skills: SubscriptionSkillsTable;
  alert_matches: AlertMatchesTable;
}
