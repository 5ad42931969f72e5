/**
 * The role categories of ../shared/eval/vocabulary.json, in its order: the one list the roles
 * rules (roles.ts), the roles model's weights (role-model.ts) and the commands' role options use.
 * Data only, so a command can offer the choices without loading the classifier.
 */
export const ROLES = [
  'backend',
  'frontend',
  'fullstack',
  'mobile',
  'data_engineering',
  'data_science',
  'ml_ai',
  'devops_sre_platform',
  'security',
  'embedded_hardware',
  'qa_test',
  'design',
  'product',
  'engineering_management',
  'other',
] as const;

/** A role category of vocabulary.json. */
export type Role = (typeof ROLES)[number];
