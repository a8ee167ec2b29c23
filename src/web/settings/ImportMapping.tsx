// A CSV file's columns, each with a labelled select of what it feeds and its first values; the
// columns left out fold away. The mapping can be kept in this browser for files with the same
// columns (an export from the same place next month).
import { useId } from "react";
import { plural } from "../format";
import {
  changedMapping,
  choicesFor,
  recognised,
  type Choices,
  type CsvInspection,
  type InspectedColumn,
} from "./importMapping";

const LAYOUTS: Record<CsvInspection["layout"], string> = {
  google: "a Google Contacts export",
  "google-legacy": "an older Google Contacts export",
  outlook: "an Outlook export",
  thunderbird: "a Thunderbird export",
  hubspot: "a HubSpot export",
  salesforce: "a Salesforce export",
  generic: "a CSV file, read by its column names",
};
const DELIMITERS: Record<CsvInspection["delimiter"], string> = {
  ",": "commas",
  ";": "semicolons",
  "\t": "tabs",
};

interface Props {
  csv: CsvInspection;
  choices: Choices;
  onChange: (choices: Choices) => void;
  /** Whether this browser keeps a mapping for these columns. */
  saved: boolean;
  onSave: () => void;
  onForget: () => void;
}

export function ImportMapping({ csv, choices, onChange, saved, onSave, onForget }: Props) {
  // Grouped by what was recognised, so that a column does not move away while it is changed.
  const used = csv.columns.filter((c) => recognised(c) !== "ignore");
  const left = csv.columns.filter((c) => !used.includes(c));
  const changed = Object.keys(changedMapping(csv, choices)).length;
  const row = (column: InspectedColumn) => (
    <ColumnChoice
      key={column.header}
      column={column}
      fields={csv.fields}
      value={choices[column.header] ?? recognised(column)}
      onChange={(value) => onChange({ ...choices, [column.header]: value })}
    />
  );
  return (
    <fieldset className="stack import-mapping">
      <legend>Column mapping</legend>
      <p className="small muted">
        Recognised as {LAYOUTS[csv.layout]}, separated by {DELIMITERS[csv.delimiter]}
        {csv.encoding === "utf-8" ? "" : `, in ${csv.encoding.toUpperCase()}`}:{" "}
        {plural(used.length, "column")} read, {left.length} left out. Under each column, its first values.
      </p>
      <ul className="list import-columns">{used.map(row)}</ul>
      {left.length > 0 ? (
        <details>
          <summary className="small">{plural(left.length, "column")} left out</summary>
          <ul className="list import-columns">{left.map(row)}</ul>
        </details>
      ) : null}
      <div className="row">
        <button type="button" onClick={onSave} disabled={changed === 0 && !saved}>
          Save mapping
        </button>
        {saved ? (
          <button type="button" className="button-quiet" onClick={onForget}>
            Forget
          </button>
        ) : null}
        <span className="small muted" role="status">
          {saved
            ? "This browser keeps a mapping for files with these columns."
            : changed
              ? plural(changed, "column") + " changed."
              : ""}
        </span>
      </div>
    </fieldset>
  );
}

interface ColumnProps {
  column: InspectedColumn;
  fields: readonly string[];
  value: string;
  onChange: (value: string) => void;
}

function ColumnChoice({ column, fields, value, onChange }: ColumnProps) {
  const id = useId();
  const samples = column.samples.filter(Boolean);
  return (
    <li className="import-column">
      <label htmlFor={id} className="import-column-header">
        {column.header}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-samples`}
      >
        {choicesFor(column, fields).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {samples.length ? (
        <ul id={`${id}-samples`} className="import-samples" aria-label="First values">
          {samples.map((sample, i) => (
            <li key={i}>{sample}</li>
          ))}
        </ul>
      ) : (
        <p id={`${id}-samples`} className="small muted import-samples">
          No values in the first rows
        </p>
      )}
    </li>
  );
}
