// What an import did, or what a dry run would do: one tile per count, then every rejected row
// with its line and reason (the rest of the file was imported), then the warnings.
import { plural } from "../format";
import type { ImportJob } from "./useImports";

type Result = ImportJob["result"];

const tiles: {
  key: keyof Result & ("created" | "updated" | "merged" | "unchanged" | "rejected");
  done: string;
  dry: string;
}[] = [
  { key: "created", done: "Created", dry: "Would create" },
  { key: "updated", done: "Updated", dry: "Would update" },
  { key: "merged", done: "Merged", dry: "Would merge" },
  { key: "unchanged", done: "Unchanged", dry: "Unchanged" },
  { key: "rejected", done: "Rejected", dry: "Would reject" },
];

export function ImportOutcome({ job, headingId }: { job: ImportJob; headingId: string }) {
  const { result, dryRun } = job;
  const restored = result.restored ? Object.entries(result.restored).filter(([, n]) => n > 0) : null;
  return (
    <div className="stack import-outcome">
      <h3 id={headingId}>
        {restored ? "Workspace restored" : dryRun ? "Preview: nothing was saved" : "Imported"}
        {job.fileName ? <span className="muted small"> · {job.fileName}</span> : null}
      </h3>
      {restored ? (
        <p className="small">{restored.map(([table, n]) => `${n} ${table}`).join(", ")}.</p>
      ) : (
        <dl className="import-tiles" aria-labelledby={headingId}>
          {tiles.map(({ key, done, dry }) => (
            <div
              key={key}
              className={
                key === "rejected" && result.rejected > 0 ? "import-tile import-tile-warn" : "import-tile"
              }
            >
              <dt>{dryRun ? dry : done}</dt>
              <dd>{result[key]}</dd>
            </div>
          ))}
        </dl>
      )}
      {result.organizationsCreated > 0 ? (
        <p className="small muted">
          {plural(result.organizationsCreated, "organization")} {dryRun ? "would be" : ""} created too.
        </p>
      ) : null}
      {result.rejections.length > 0 ? <Rejections result={result} dryRun={dryRun} /> : null}
      {result.warnings.length > 0 ? (
        <details className="small">
          <summary>
            {plural(result.warningCount, "warning")}: values left out or cut, the rest of each row kept
          </summary>
          <ul className="list">
            {result.warnings.map((w, i) => (
              <li key={i}>
                Line {w.line}: {w.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function Rejections({ result, dryRun }: { result: Result; dryRun: boolean }) {
  const shown = result.rejections.length;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="import-caption">
          Rejected rows{dryRun ? "" : ", not imported (the rest were)"}
          {result.rejected > shown ? ` — the first ${shown} of ${result.rejected}` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {result.rejections.map((r, i) => (
            <tr key={i}>
              <td>{r.line}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
