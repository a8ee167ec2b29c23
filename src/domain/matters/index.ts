// Personal-matter and profile-fact extraction from touch notes (P2, P3). Pure domain: no I/O, no clock.
export { extractFromNotes, type Extraction, type ProposedFact, type ProposedMatter } from "./extract.js";
export { followUpFor, followUpOffsets, pastFollowUpDays, type Duration } from "./dates.js";
export { kindPriority } from "./kinds.js";
