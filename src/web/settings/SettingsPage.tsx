// Settings: your profile, the workspace's agenda and coach (owners change them), its members,
// your API tokens, importing and exporting the book, and the calendar feed.
import { usePageTitle } from "../components/usePageTitle";
import { ErrorState, Loading } from "../components/States";
import { useMe } from "../session";
import { AgendaSettings } from "./AgendaSettings";
import { CalendarFeedSettings } from "./CalendarFeedSettings";
import { CoachSettings } from "./CoachSettings";
import { ExportSettings } from "./ExportSettings";
import { ImportSettings } from "./ImportSettings";
import { MembersSettings } from "./MembersSettings";
import { ProfileSettings } from "./ProfileSettings";
import { TokenSettings } from "./TokenSettings";
import { useWorkspaceSettings } from "./useWorkspaceSettings";

export default function SettingsPage() {
  usePageTitle("Settings");
  return (
    <>
      <header className="page-header">
        <h1>Settings</h1>
      </header>
      <div className="stack settings">
        <ProfileSettings />
        <WorkspaceSettings />
        <MembersSettings />
        <TokenSettings />
        <ImportSettings />
        <ExportSettings />
        <CalendarFeedSettings />
      </div>
    </>
  );
}

function WorkspaceSettings() {
  const me = useMe();
  const { settings, rules } = useWorkspaceSettings();
  const canEdit = me.role === "owner";
  return (
    <section className="card stack" aria-labelledby="workspace-heading">
      <h2 id="workspace-heading">Workspace: {me.workspace.name}</h2>
      {canEdit ? null : <p className="small muted">Only owners change these; here is what is in effect.</p>}
      {settings.isPending || rules.isPending ? (
        <Loading label="Loading settings…" />
      ) : settings.isError || rules.isError ? (
        <ErrorState
          error={settings.error ?? rules.error}
          retry={() => void Promise.all([settings.refetch(), rules.refetch()])}
        />
      ) : (
        <>
          <AgendaSettings effective={settings.data.agenda} canEdit={canEdit} />
          <CoachSettings
            rules={rules.data.rules}
            autoConfirmMatters={settings.data.stored.autoConfirmMatters}
            canEdit={canEdit}
          />
        </>
      )}
    </section>
  );
}
