// How the relationship is doing: the health score with the parts it is made of, and the
// give/take ledger over the rolling windows (the target is more gives than asks).
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { ErrorState, Loading } from "../components/States";
import { words } from "../format";
import { contactKeys } from "./queries";

export function HealthCard({ contactId }: { contactId: string }) {
  const health = useQuery({
    queryKey: contactKeys.part(contactId, "health"),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/contacts/{id}/health", { params: { path: { id: contactId } } })),
  });
  return (
    <section className="card" aria-label="Health">
      <h2>Health{health.data ? `: ${health.data.score} / 100` : ""}</h2>
      {health.isPending ? <Loading /> : null}
      {health.isError ? <ErrorState error={health.error} retry={() => void health.refetch()} /> : null}
      {health.data ? (
        <ul className="list health-parts">
          {health.data.parts.map((part) => (
            <li key={part.key}>
              <div className="health-part-head">
                <span>{words(part.key)}</span>
                <span className="small muted">
                  {part.score} / 100 · weight {part.weight}
                </span>
              </div>
              <meter
                min={0}
                max={100}
                low={40}
                high={70}
                optimum={100}
                value={part.score}
                aria-label={words(part.key)}
              />
              <p className="small muted">{part.detail}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export function LedgerCard({ contactId }: { contactId: string }) {
  const ledger = useQuery({
    queryKey: contactKeys.part(contactId, "ledger"),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/contacts/{id}/ledger", { params: { path: { id: contactId } } })),
  });
  return (
    <section className="card" aria-label="Give and take">
      <h2>Give and take</h2>
      {ledger.isPending ? <Loading /> : null}
      {ledger.isError ? <ErrorState error={ledger.error} retry={() => void ledger.refetch()} /> : null}
      {ledger.data ? (
        <div className="table-wrap">
          <table className="table ledger-table">
            <thead>
              <tr>
                <th scope="col">Last</th>
                <th scope="col">Gives</th>
                <th scope="col">Asks</th>
                <th scope="col">Service</th>
                <th scope="col">Net</th>
              </tr>
            </thead>
            <tbody>
              {ledger.data.windows.map((w) => (
                <tr key={w.days}>
                  <th scope="row">{w.days} days</th>
                  <td>{w.give}</td>
                  <td>{w.ask}</td>
                  <td>{w.service}</td>
                  <td className={w.balance < 0 ? "ledger-negative" : undefined}>
                    {w.balance > 0 ? `+${w.balance}` : w.balance}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
