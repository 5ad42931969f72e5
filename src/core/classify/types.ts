/** Shared shapes of the classifier. */

export type HeaderKind = 'company' | 'role' | 'location' | 'remote' | 'salary' | 'url' | 'employment' | 'visa' | 'other';

export interface HeaderField {
  raw: string;
  kind: HeaderKind;
}

/** A posting's HTML turned into searchable text. URLs and e-mail addresses are kept apart. */
export interface ParsedPosting {
  /** Whole text, entities decoded, tags stripped, paragraphs separated by blank lines, no URLs/e-mails. */
  text: string;
  /** The text before the first paragraph break (the header line of modern postings). */
  header: string;
  /** Everything after the header. */
  body: string;
  paragraphs: string[];
  headerFields: HeaderField[];
  links: string[];
  emails: string[];
}

export type RemotePolicy = 'remote' | 'hybrid' | 'onsite' | 'unspecified';

export interface Salary {
  min: number;
  max: number;
  currency: string;
  period: 'year' | 'month' | 'day' | 'hour';
}

/** One posting's classification, in the label format of ../shared/eval/GUIDE.md plus extras. */
export interface Prediction {
  id: number;
  is_job_posting: boolean;
  company: string | null;
  /** Skills of the eval vocabulary (canonical names). */
  skills: string[];
  remote: RemotePolicy | null;
  countries: string[];
  visa: 'yes' | 'no' | 'unspecified' | null;
  salary: Salary | null;
  roles: string[];
  /** Taxonomy skills beyond the eval vocabulary. */
  extra_skills: string[];
  cities: string[];
  remote_scope: string[];
  seniority: string[];
  employment: string[];
}

/** An HN item as the classifier reads it. */
export interface ClassifierInput {
  id: number;
  text?: string;
  by?: string;
  time?: number;
  dead?: boolean;
  deleted?: boolean;
}
