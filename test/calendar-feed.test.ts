import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { created, newContact, newTouch, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const now = new Date("2026-03-10T09:00:00Z");
const tricky = "Dana, Doe; Jr.\nThe Second";

interface Feed {
  status: number;
  type: string;
  text: string;
}

describe.each(dialects)("the calendar feed over HTTP on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;
  let bob: Client;
  const ids: Record<string, string> = {};

  /** GETs a feed URL with no credential at all. */
  async function fetchFeed(url: string): Promise<Feed> {
    const res = await t.app.inject({ method: "GET", url: new URL(url).pathname });
    return { status: res.statusCode, type: String(res.headers["content-type"]), text: res.body };
  }

  async function newFeed(client: Client): Promise<string> {
    const res = await client.request("POST", "/api/v1/calendar/feed");
    expect(res.status).toBe(201);
    return res.body.url as string;
  }

  function eventsOf(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents("vevent").map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        summary: e.summary,
        start: e.startDate.toString(),
        allDay: e.startDate.isDate,
        rrule: v.getFirstPropertyValue("rrule")?.toString() ?? null,
        stamp: v.getFirstPropertyValue("dtstamp")?.toString(),
      };
    });
  }

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t, { name: "Ann", timeZone: "Europe/Paris" });
    bob = await signUp(t, { name: "Bob" });
    ids.carl = await newContact(ann, { name: "Carl Promise", stage: "client" });
    await newTouch(ann, ids.carl, "2026-03-01T10:00:00Z", "give", { getBackOn: "2026-03-20" });
    ids.bea = await newContact(ann, {
      name: "Bea Day",
      birthday: "--02-29",
      anniversary: "2015-06-01",
    });
    ids.dana = await newContact(ann, { name: tricky, birthday: "1980-04-12" });
    ids.max = await newContact(ann, { name: "Max Matter", stage: "client" });
    ids.matter = (
      await created(ann, "/api/v1/matters", {
        contactId: ids.max,
        summary: "Knee surgery",
        kind: "health",
        followUpOn: "2026-03-15",
      })
    ).id;
    ids.contract = (
      await created(ann, "/api/v1/contracts", {
        contactId: ids.max,
        title: "Support plan",
        endsOn: "2026-06-30",
      })
    ).id;
    ids.deal = (
      await created(ann, "/api/v1/deals", {
        contactId: ids.carl,
        title: "Fleet upgrade",
        needs: "Fewer breakdowns",
        stage: "deciding",
        decisionOn: "2026-04-02",
      })
    ).id;
    ids.bobs = await newContact(bob, { name: "Bob's Friend", birthday: "--03-10" });
  });
  afterAll(() => t.close());

  it("serves the owner's promises and yearly dates as valid iCalendar, without credentials", async () => {
    const feed = await fetchFeed(await newFeed(ann));
    expect(feed.status).toBe(200);
    expect(feed.type).toBe("text/calendar; charset=utf-8");
    expect(feed.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(feed.text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(feed.text).toContain("X-WR-TIMEZONE:Europe/Paris");
    const events = eventsOf(feed.text);
    expect(events.map((e) => [e.uid, e.summary, e.start, e.rrule])).toEqual([
      [
        `birthday-${ids.dana}@rapport`,
        `${tricky}'s birthday`,
        "1980-04-12",
        "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=12",
      ],
      [
        `birthday-${ids.bea}@rapport`,
        "Bea Day's birthday",
        "2000-02-29",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1",
      ],
      [
        `anniversary-${ids.bea}@rapport`,
        "Bea Day's anniversary",
        "2015-06-01",
        "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1",
      ],
      [`matter-${ids.matter}@rapport`, "Ask Max Matter: Knee surgery", "2026-03-15", null],
      [`get_back-${ids.carl}@rapport`, "Get back to Carl Promise", "2026-03-20", null],
      [`decision-${ids.deal}@rapport`, "Carl Promise decides: Fleet upgrade", "2026-04-02", null],
      [`renewal-${ids.contract}@rapport`, "Renewal talk with Max Matter: Support plan", "2026-05-16", null],
    ]);
    expect(events.every((e) => e.allDay && e.stamp === "2026-03-10T09:00:00Z")).toBe(true);
    expect(feed.text).toContain("SUMMARY:Dana\\, Doe\\; Jr.\\nThe Second's birthday");
  });

  it("keeps every UID across fetches", async () => {
    const url = await newFeed(ann);
    const first = eventsOf((await fetchFeed(url)).text).map((e) => e.uid);
    const second = eventsOf((await fetchFeed(url)).text).map((e) => e.uid);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it("stops answering the old URL once the feed is rotated", async () => {
    const old = await newFeed(ann);
    const rotated = await newFeed(ann);
    expect(rotated).not.toBe(old);
    expect((await fetchFeed(old)).status).toBe(404);
    expect((await fetchFeed(rotated)).status).toBe(200);
  });

  it("answers 404 once the feed is revoked, and for a made-up secret", async () => {
    const url = await newFeed(ann);
    expect((await ann.request("GET", "/api/v1/calendar/feed")).body).toEqual({
      createdAt: now.toISOString(),
    });
    expect((await ann.request("DELETE", "/api/v1/calendar/feed")).status).toBe(204);
    expect((await ann.request("GET", "/api/v1/calendar/feed")).body).toEqual({ createdAt: null });
    expect((await fetchFeed(url)).status).toBe(404);
    expect((await ann.request("DELETE", "/api/v1/calendar/feed")).status).toBe(404);
    expect((await fetchFeed(`${url.slice(0, -10)}xxxxxx.ics`)).status).toBe(404);
    expect((await fetchFeed(url.replace(/\.ics$/, ""))).status).toBe(404);
  });

  it("shows each user only their own contacts", async () => {
    const events = eventsOf((await fetchFeed(await newFeed(bob))).text);
    expect(events.map((e) => e.summary)).toEqual(["Bob's Friend's birthday"]);
  });

  it("needs a signed-in user to create or revoke a feed", async () => {
    expect((await t.app.inject({ method: "POST", url: "/api/v1/calendar/feed" })).statusCode).toBe(401);
    expect((await t.app.inject({ method: "DELETE", url: "/api/v1/calendar/feed" })).statusCode).toBe(401);
  });
});
