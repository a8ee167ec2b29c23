// The frame of the pages before sign-in: one card in <main>, the page's one heading on top.
import type { ReactNode } from "react";
import { usePageTitle } from "../components/usePageTitle";

export function AuthFrame({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  usePageTitle(title);
  return (
    <main id="main" className="auth">
      <div className="auth-card">
        <p className="brand">Rapport</p>
        <h1>{title}</h1>
        {intro ? <div className="auth-intro">{intro}</div> : null}
        {children}
      </div>
    </main>
  );
}
