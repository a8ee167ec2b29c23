// The workspace's latest imports, newest first: when, which file, and what came of it.
import { Empty, ErrorState, Loading } from "../components/States";
import { formatInstant } from "../format";
import { useMe } from "../session";
import { useRecentImports, type ImportJob } from "./useImports";

function statusOf(job: ImportJob): string {
  if (job.status === "running") return "Running";
  if (job.status === "failed") return `Failed: ${job.error ?? "unknown error"}`;
  return job.dryRun ? "Preview" : "Done";
}

export function RecentImports() {
  const me = useMe();
  const imports = useRecentImports();
  return (
    <section className="stack section" aria-labelledby="recent-imports-heading">
      <h3 id="recent-imports-heading">Recent imports</h3>
      {imports.isPending ? (
        <Loading label="Loading imports…" />
      ) : imports.isError ? (
        <ErrorState error={imports.error} retry={() => void imports.refetch()} />
      ) : imports.data.length === 0 ? (
        <Empty title="No imports yet" />
      ) : (
        <div className="table-wrap">
          <table className="table import-recent" aria-labelledby="recent-imports-heading">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">File</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
                <th scope="col">Updated</th>
                <th scope="col">Merged</th>
                <th scope="col">Rejected</th>
              </tr>
            </thead>
            <tbody>
              {imports.data.map((job) => (
                <tr key={job.id}>
                  <td>{formatInstant(job.createdAt, me.user.timeZone)}</td>
                  <td>
                    {job.fileName ?? "(no name)"} <span className="muted">{job.format}</span>
                  </td>
                  <td>{statusOf(job)}</td>
                  <td>{job.result.created}</td>
                  <td>{job.result.updated}</td>
                  <td>{job.result.merged}</td>
                  <td>{job.result.rejected}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
