// A chart with its heading, a sentence saying what it shows, and the same numbers as a table: the
// drawing itself is hidden from screen readers, which get the sentence and the table instead.
import { useId, type ReactElement } from "react";
import { ResponsiveContainer } from "recharts";

export interface Table {
  columns: string[];
  rows: (string | number)[][];
}

interface Props {
  title: string;
  summary: string;
  table: Table;
  children: ReactElement;
}

export function ChartFigure({ title, summary, table, children }: Props) {
  const headingId = useId();
  return (
    <section className="card stack chart" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="small">{summary}</p>
      <div className="chart-area" aria-hidden="true">
        <ResponsiveContainer width="100%" height={240}>
          {children}
        </ResponsiveContainer>
      </div>
      <details>
        <summary className="small">Show the numbers</summary>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={String(row[0])}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={i}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
