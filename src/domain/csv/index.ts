// CSV import: inspect a file's first bytes, then stream its rows as raw contacts.
export { inspectCsv, type CsvInspection, type CsvInspectOptions, type CsvLayout } from "./inspect.js";
export { readCsvContacts } from "./read.js";
export { columnMapping, csvFields, type ColumnMapping, type CsvField } from "./fields.js";
export { csvProfiles, type CsvProfileName } from "./profiles/index.js";
export { columnRoles, columnTarget, type CsvColumn } from "./columns.js";
export { csvSamples } from "./samples.js";
export { csvEncodings, type CsvEncoding } from "./encoding.js";
export { csvDelimiters } from "./sniff.js";
