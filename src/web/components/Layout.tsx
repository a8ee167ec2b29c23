// The signed-in frame: a skip link, the main navigation, who is signed in, and the page in <main>.
import { NavLink, Outlet, useNavigate } from "react-router";
import { useMe, useSignOut } from "../session";
import { useShortcuts } from "../shortcuts";
import { useMemo } from "react";
import { LogTouchProvider } from "../touches/LogTouchProvider";

const sections = [
  { to: "/today", label: "Today" },
  { to: "/contacts", label: "Contacts" },
  { to: "/pipeline", label: "Pipeline" },
  { to: "/compose", label: "Compose" },
  { to: "/insights", label: "Insights" },
  { to: "/settings", label: "Settings" },
] as const;

export function Layout() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const keys = useMemo(
    () => ({
      "/": () => {
        const search = document.querySelector<HTMLInputElement>("[data-search]");
        if (search) search.focus();
        else void navigate("/contacts?focus=search");
      },
    }),
    [navigate],
  );
  useShortcuts(keys);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">Rapport</span>
        <nav aria-label="Main" className="main-nav">
          <ul>
            {sections.map((s) => (
              <li key={s.to}>
                <NavLink to={s.to}>{s.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <span className="account-name" title={me.user.email}>
            {me.user.name}
          </span>
          <button
            type="button"
            className="button-quiet"
            onClick={() => void signOut().then(() => navigate("/signin"))}
          >
            Sign out
          </button>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {/* Pages open the log-a-touch dialog through it; it also answers the `n` key. */}
        <LogTouchProvider>
          <Outlet />
        </LogTouchProvider>
      </main>
    </div>
  );
}
