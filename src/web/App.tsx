// Routes. Signed-in pages load on demand, so the first page a user opens stays small.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import {
  createBrowserRouter,
  Navigate,
  Outlet,
  RouterProvider,
  useLocation,
  type RouteObject,
} from "react-router";
import { whenUnauthenticated } from "./api/client";
import { ApiProblem } from "./api/problem";
import { AcceptInvitePage } from "./account/AcceptInvitePage";
import { FirstRunPage } from "./account/FirstRunPage";
import { SignInPage } from "./account/SignInPage";
import { Layout } from "./components/Layout";
import { NotFoundPage } from "./components/NotFoundPage";
import { ErrorState, Loading } from "./components/States";
import { MeProvider, sessionKey, useSessionQuery } from "./session";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A problem answer will not change by asking again; a lost connection may.
      retry: (count, error) => !(error instanceof ApiProblem) && count < 2,
    },
  },
});

whenUnauthenticated(() => queryClient.setQueryData(sessionKey, null));

function RequireSession() {
  const session = useSessionQuery();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorState error={session.error} retry={() => void session.refetch()} />;
  if (!session.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <MeProvider me={session.data}>
      <Outlet />
    </MeProvider>
  );
}

const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({
  Component: (await load()).default,
});

const signedIn: RouteObject[] = [
  { path: "/today", lazy: page(() => import("./today/TodayPage")) },
  { path: "/contacts", lazy: page(() => import("./contacts/ContactsPage")) },
  { path: "/contacts/:id", lazy: page(() => import("./contacts/ContactPage")) },
  { path: "/contacts/:id/brief", lazy: page(() => import("./brief/BriefPage")) },
  { path: "/organizations", lazy: page(() => import("./organizations/OrganizationsPage")) },
  { path: "/organizations/:id", lazy: page(() => import("./organizations/OrganizationPage")) },
  { path: "/compose", lazy: page(() => import("./compose/ComposePage")) },
  { path: "/pipeline", lazy: page(() => import("./pipeline/PipelinePage")) },
  { path: "/insights", lazy: page(() => import("./insights/InsightsPage")) },
  { path: "/settings", lazy: page(() => import("./settings/SettingsPage")) },
  { path: "*", Component: NotFoundPage },
];

const router = createBrowserRouter([
  { path: "/signin", Component: SignInPage },
  { path: "/setup", Component: FirstRunPage },
  { path: "/join/:token", Component: AcceptInvitePage },
  { path: "/", element: <Navigate to="/today" replace /> },
  {
    Component: RequireSession,
    children: [{ Component: Layout, children: signedIn, HydrateFallback: Loading }],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
