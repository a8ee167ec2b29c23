// An import running on the server: how much of the file it has read, polled every second.
import { plural } from "../format";
import type { ImportJob } from "./useImports";

/** 1536 → "1.5 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

export function ImportProgress({ job }: { job: ImportJob }) {
  const total = job.totalBytes ?? undefined;
  const read = `${formatBytes(job.readBytes)}${total ? ` of ${formatBytes(total)}` : ""} read`;
  return (
    <div className="stack import-progress">
      <label htmlFor={`import-progress-${job.id}`}>Importing {job.fileName ?? "the file"}…</label>
      <progress
        id={`import-progress-${job.id}`}
        max={total}
        value={total ? job.readBytes : undefined}
        aria-valuetext={`${read}, ${plural(job.rows, "row")}`}
      />
      <p className="small muted" aria-live="polite">
        {read}, {plural(job.rows, "row")} so far.
      </p>
    </div>
  );
}
