// Settings → Import: choose a file, see what Rapport makes of it (for a CSV, each column's field
// with its first values, editable), preview the import as a dry run, then import it with its
// progress, and see every rejected row. A workspace export (JSON) is restored instead.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiProblem } from "../api/problem";
import { Field, Select } from "../components/Field";
import { FormError, Loading } from "../components/States";
import { plural } from "../format";
import { ImportMapping } from "./ImportMapping";
import { ImportOutcome } from "./ImportOutcome";
import { formatBytes, ImportProgress } from "./ImportProgress";
import {
  changedMapping,
  forgetMapping,
  initialChoices,
  loadMapping,
  saveMapping,
  type Choices,
  type Inspection,
} from "./importMapping";
import { RecentImports } from "./RecentImports";
import { RestoreWorkspace } from "./RestoreWorkspace";
import {
  inspectFile,
  recentImportsKey,
  uploadFile,
  useImportJob,
  type ImportJob,
  type ReadChoice,
} from "./useImports";

const formats: { value: ReadChoice["format"]; label: string }[] = [
  { value: "auto", label: "Tell from the file" },
  { value: "vcard", label: "vCard (.vcf)" },
  { value: "csv", label: "CSV, any layout" },
  { value: "google", label: "Google Contacts CSV" },
  { value: "outlook", label: "Outlook CSV" },
  { value: "json", label: "Rapport workspace export (JSON)" },
];

export function ImportSettings() {
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ReadChoice["format"]>("auto");
  const [country, setCountry] = useState("");
  const [choices, setChoices] = useState<Choices>({});
  const [saved, setSaved] = useState(false);
  const [started, setStarted] = useState<ImportJob | null>(null);

  const inspect = useMutation({
    mutationFn: (input: { file: File; format: ReadChoice["format"] }) =>
      inspectFile(input.file, input.format),
    onSuccess: (inspection) => {
      const kept = inspection.csv ? loadMapping(localStorage, inspection.csv.headers) : null;
      setSaved(kept !== null);
      setChoices(inspection.csv ? initialChoices(inspection.csv, kept) : {});
    },
  });
  const client = useQueryClient();
  const listed = () => client.invalidateQueries({ queryKey: recentImportsKey });
  const preview = useMutation({
    mutationFn: (choice: ReadChoice) => uploadFile(file!, choice, "dry-run"),
    onSettled: listed,
  });
  const start = useMutation({
    mutationFn: (choice: ReadChoice) => uploadFile(file!, choice, "import"),
    onSuccess: (job) => {
      setStarted(job);
      return listed();
    },
  });
  const job = useImportJob(started);

  const inspection = inspect.data;
  const csv = inspection?.csv ?? null;
  const choice: ReadChoice = {
    format,
    country: country.trim().toUpperCase(),
    mapping: csv ? changedMapping(csv, choices) : {},
  };
  /** Anything chosen anew makes the last preview and import results stale. */
  const resetRuns = () => {
    preview.reset();
    start.reset();
    setStarted(null);
  };
  const look = (next: { file: File | null; format: ReadChoice["format"] }) => {
    resetRuns();
    inspect.reset();
    if (next.file) inspect.mutate({ file: next.file, format: next.format });
  };
  const problem = [inspect.error, preview.error, start.error].find((e) => e instanceof ApiProblem);
  const running = job.data?.status === "running";
  const busy = preview.isPending || start.isPending || running;

  return (
    <section className="card stack" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <p className="small muted">
        Contacts from a phone or Apple Contacts (vCard), from Google, Outlook or another CRM (CSV), or a whole
        workspace exported from Rapport (JSON). People already in your book are matched by email, phone or
        name and organization, and merged without losing a value; the same file twice changes nothing.
      </p>
      <div className="form-grid">
        <Field
          label="File to import"
          type="file"
          accept=".vcf,.vcard,.csv,.tsv,.txt,.json,text/vcard,text/csv,application/json"
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            look({ file: chosen, format });
          }}
          error={problem?.forField("file")}
        />
        <Select
          label="Format"
          options={formats}
          value={format}
          onChange={(event) => {
            const next = event.target.value as ReadChoice["format"];
            setFormat(next);
            look({ file, format: next });
          }}
          error={problem?.forField("format")}
        />
        <Field
          label="Country for phone numbers"
          value={country}
          maxLength={2}
          placeholder="e.g. US"
          autoComplete="off"
          hint="For numbers written without +: two letters."
          onChange={(event) => {
            setCountry(event.target.value);
            resetRuns();
          }}
          error={problem?.forField("country")}
        />
      </div>
      {inspect.isPending ? <Loading label="Reading the file…" /> : null}
      <FormError error={inspect.error} />
      {file && inspection ? <Summary inspection={inspection} /> : null}
      {file && csv ? (
        <ImportMapping
          csv={csv}
          choices={choices}
          onChange={(next) => {
            setChoices(next);
            resetRuns();
          }}
          saved={saved}
          onSave={() => {
            saveMapping(localStorage, csv.headers, choice.mapping);
            setSaved(true);
          }}
          onForget={() => {
            forgetMapping(localStorage, csv.headers);
            setSaved(false);
            setChoices(initialChoices(csv, null));
            resetRuns();
          }}
        />
      ) : null}
      {file && inspection?.format === "json" ? <RestoreWorkspace file={file} choice={choice} /> : null}
      {file && inspection && inspection.format !== "json" ? (
        <div className="row">
          <button type="button" disabled={busy} onClick={() => preview.mutate(choice)}>
            {preview.isPending ? "Previewing…" : "Preview (dry run)"}
          </button>
          <button
            type="button"
            className="button-primary"
            disabled={busy}
            onClick={() => start.mutate(choice)}
          >
            {start.isPending ? "Uploading…" : running ? "Importing…" : "Import"}
          </button>
        </div>
      ) : null}
      <FormError error={preview.error ?? start.error ?? job.error} />
      {preview.data && !started ? (
        <ImportOutcome job={preview.data} headingId="import-preview-heading" />
      ) : null}
      {job.data?.status === "running" ? <ImportProgress job={job.data} /> : null}
      {job.data?.status === "failed" ? (
        <p className="form-error" role="alert">
          The import stopped: {job.data.error}. What was read before it is kept; importing the file again adds
          the rest without duplicates.
        </p>
      ) : null}
      {job.data?.status === "done" ? (
        <ImportOutcome job={job.data} headingId="import-result-heading" />
      ) : null}
      <RecentImports />
    </section>
  );
}

function Summary({ inspection }: { inspection: Inspection }) {
  const size = formatBytes(inspection.bytes);
  if (inspection.vcard) {
    const { cards } = inspection.vcard;
    return (
      <p className="small">
        {inspection.whole
          ? `A vCard file with ${plural(cards, "contact")} (${size}).`
          : `A vCard file of ${size}: ${plural(cards, "contact")} in its first part, more after.`}
      </p>
    );
  }
  if (inspection.csv)
    return (
      <p className="small">
        A CSV file of {size} with {plural(inspection.csv.headers.length, "column")}.
      </p>
    );
  return null;
}
