// The secret calendar feed: create or rotate it, revoke it, and the public subscription URL.
import { z } from "zod";
import { createFeed, feedCalendar, feedStatus, revokeFeed } from "../../services/calendar-feed.js";
import type { Deps } from "../../services/context.js";
import { notFound } from "../../errors.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";

const FEED_PATH = "/calendar/feed";

export function calendarRoutes(api: Api, deps: Deps) {
  const tags = ["calendar"];
  api.post(
    FEED_PATH,
    {
      schema: {
        tags,
        summary: "Create or rotate your secret calendar feed (an older URL stops working)",
        response: { 201: z.object({ url: z.string() }) },
      },
    },
    async (req, reply) => {
      const { secret } = await createFeed(deps, actorOf(req));
      const origin = `${req.protocol}://${req.host}`;
      return reply.status(201).send({ url: `${origin}/api/v1${FEED_PATH}/${secret}.ics` });
    },
  );
  api.get(
    FEED_PATH,
    {
      schema: {
        tags,
        summary: "Whether you have a calendar feed, and since when (never its URL)",
        response: { 200: z.object({ createdAt: z.string().nullable() }) },
      },
    },
    async (req) => feedStatus(deps, actorOf(req)),
  );
  api.delete(
    FEED_PATH,
    { schema: { tags, summary: "Revoke your calendar feed", response: { 204: z.null() } } },
    async (req, reply) => {
      await revokeFeed(deps, actorOf(req));
      return reply.status(204).send(null);
    },
  );
  api.get(
    `${FEED_PATH}/:file`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: "The calendar feed as iCalendar (the secret in the URL is its only credential)",
        params: z.strictObject({ file: z.string().max(200) }),
        response: { 200: z.string().describe("text/calendar") },
      },
    },
    async (req, reply) => {
      const secret = /^(.+)\.ics$/.exec(req.params.file)?.[1];
      if (!secret) throw notFound("calendar feed");
      const body = await feedCalendar(deps, secret);
      return reply
        .type("text/calendar; charset=utf-8")
        .header("cache-control", "private, no-store")
        .send(body);
    },
  );
}
