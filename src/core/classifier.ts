import { CLASSIFIER_VERSION, classifyItem, classifyItems, type Prediction } from './classify/index.ts';
import { SKILLS, skillAliases } from './classify/skills.ts';
import type { Classifier } from './db/classifications.ts';

/**
 * The classifier as storage sees it: every taxonomy skill found (headline and extra) goes to
 * posting_skills, so any of the 1,000+ technologies can be asked about; the full prediction is
 * kept as JSON.
 */
export const defaultClassifier: Classifier = {
  version: CLASSIFIER_VERSION,
  classify(item) {
    return stored(classifyItem(item));
  },
  classifyMany(items) {
    return classifyItems(items).map(stored);
  },
};

function stored(p: Prediction) {
  return { ...p, skills: [...p.skills, ...p.extra_skills] };
}

/** The taxonomy as the command layer uses it (names, categories, aliases for lookup). */
export const skillInfos = SKILLS.map((s) => ({
  name: s.name,
  category: s.category,
  aliases: skillAliases(s),
}));
