// The secret calendar feed: a URL that calendar apps subscribe to. Like a token, it is shown once,
// right after creating it (the server keeps only a hash); a new URL replaces the old one.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { CopyButton } from "../components/CopyButton";
import { ErrorState, FormError, Loading } from "../components/States";
import { formatInstant } from "../format";
import { useMe } from "../session";

const feedKey = ["calendar-feed"] as const;

export function CalendarFeedSettings() {
  const me = useMe();
  const client = useQueryClient();
  const status = useQuery({
    queryKey: feedKey,
    queryFn: async ({ signal }) => unwrap(await api.GET("/api/v1/calendar/feed", { signal })),
  });
  const refresh = () => client.invalidateQueries({ queryKey: feedKey });
  const create = useMutation({
    mutationFn: async () => unwrap(await api.POST("/api/v1/calendar/feed")),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: async () => unwrap(await api.DELETE("/api/v1/calendar/feed")),
    onSuccess: () => {
      create.reset();
      return refresh();
    },
  });
  const since = status.data?.createdAt;

  return (
    <section className="card stack" aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">Calendar feed</h2>
      <p className="small">
        Your get-backs, matters to ask about, renewal talks, decision dates, birthdays and anniversaries in
        your own calendar. Subscribe by URL: in Google Calendar, Other calendars → From URL; in Apple
        Calendar, File → New Calendar Subscription; in Outlook, Add calendar → Subscribe from web. Keep the
        URL private: anyone with it can read these events.
      </p>
      {status.isPending ? (
        <Loading label="Loading calendar feed…" />
      ) : status.isError ? (
        <ErrorState error={status.error} retry={() => void status.refetch()} />
      ) : (
        <>
          <p className="small muted">
            {since
              ? `Your feed is on since ${formatInstant(since, me.user.timeZone)}.`
              : "You have no calendar feed."}
          </p>
          {create.data ? (
            <div className="secret stack" role="status">
              <p className="small">Your feed's URL. Copy it now: it will not be shown again.</p>
              <code className="secret-value">{create.data.url}</code>
              <div className="row">
                <CopyButton value={create.data.url} label="Copy feed URL" />
              </div>
            </div>
          ) : null}
          <div className="row">
            <button type="button" disabled={create.isPending} onClick={() => create.mutate()}>
              {create.isPending ? "Creating…" : since ? "Replace feed URL" : "Create feed URL"}
            </button>
            {since ? (
              <button
                type="button"
                className="button-danger"
                disabled={revoke.isPending}
                onClick={() => revoke.mutate()}
              >
                Turn off feed
              </button>
            ) : null}
          </div>
          {since ? (
            <p className="small muted">Replacing or turning off the feed stops the old URL at once.</p>
          ) : null}
        </>
      )}
      <FormError error={create.error ?? revoke.error} />
    </section>
  );
}
