// The files an import reads: vCard, CSV (any; `google` and `outlook` force those exports' layout
// whatever the headers say) and a Rapport workspace export (JSON).
export const importFormats = ["vcard", "csv", "google", "outlook", "json"] as const;
export type ImportFormat = (typeof importFormats)[number];
