// Categories and group labels become tags, except the ones address books add on their own.

// Google marks its own groups with a leading `*` (`* myContacts`, `* starred`).
const SYSTEM = [
  /^\*/,
  /^my ?contacts$/i,
  /^other ?contacts$/i,
  /^starred in android$/i,
  /^imported on\b/i,
  /^system group:/i,
];

const MAX_TAG = 50;
const MAX_TAGS = 50;

/** Trimmed, without system labels or repeats (ignoring case), each within 50 characters. */
export function cleanTags(raw: readonly string[], warnings: string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const written of raw) {
    const tag = written.trim().slice(0, MAX_TAG).trim();
    if (!tag || SYSTEM.some((system) => system.test(tag)) || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  if (tags.length > MAX_TAGS) warnings.push(`only the first ${MAX_TAGS} tags were kept`);
  return tags.slice(0, MAX_TAGS);
}
