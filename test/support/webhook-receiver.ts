// A webhook receiver on a free loopback port, as a team's other tool would run one: it checks each
// message's Standard Webhooks signature (written here from the specification, independently of
// the sender's code) and answers with the status the test chooses.
import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  id: string;
  timestamp: number;
  body: string;
  /** Whether the signature verified with the secret the test gave. */
  verified: boolean;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** The status to answer the next message with (200 unless told). */
  answer: (message: Received) => number;
  close(): Promise<void>;
}

/** Verifies a Standard Webhooks message, as a receiver's docs would tell it to. */
export function verifySignature(
  secret: string,
  headers: http.IncomingHttpHeaders,
  body: string,
  now: Date,
): boolean {
  const id = String(headers["webhook-id"] ?? "");
  const timestamp = Number(headers["webhook-timestamp"]);
  if (!id || !Number.isInteger(timestamp) || Math.abs(now.getTime() / 1000 - timestamp) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = Buffer.from(
    createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64"),
  );
  return String(headers["webhook-signature"] ?? "")
    .split(" ")
    .filter((s) => s.startsWith("v1,"))
    .map((s) => Buffer.from(s.slice(3)))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
}

/** Starts a receiver; `secret()` and `now()` say how to verify at the time a message arrives. */
export async function startReceiver(secret: () => string, now: () => Date): Promise<Receiver> {
  const receiver: Receiver = {
    url: "",
    received: [],
    answer: () => 200,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const message = {
        id: String(req.headers["webhook-id"]),
        timestamp: Number(req.headers["webhook-timestamp"]),
        body,
        verified: verifySignature(secret(), req.headers, body, now()),
      };
      receiver.received.push(message);
      res.statusCode = receiver.answer(message);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return receiver;
}
