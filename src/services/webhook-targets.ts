// Webhooks are requests the server makes on an owner's say-so: pointed at the server's own
// network (loopback, the cloud's metadata address, a private range), they would reach what no
// outsider should (SSRF). Such targets are refused when a webhook is saved (an address written
// in the URL) and again when each delivery connects (whatever the name resolves to then, so a
// name that later points inside is caught too). RAPPORT_WEBHOOK_PRIVATE_TARGETS allows them, for
// receivers on the same machine or network.
import dns from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { invalid } from "../errors.js";

const inside = new BlockList();
for (const [address, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const)
  inside.addSubnet(address, prefix, "ipv4");
for (const [address, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const)
  inside.addSubnet(address, prefix, "ipv6");

/** Whether an IP address belongs to a loopback, private, link-local or otherwise inside range. */
export function isInsideAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return inside.check(mapped, "ipv4");
  const family = isIP(address);
  if (family === 0) return true; // not an address at all: never connect to it
  return inside.check(address, family === 4 ? "ipv4" : "ipv6");
}

const bare = (hostname: string) =>
  hostname
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "")
    .toLowerCase();

/** Why a webhook may not be sent to `url` as written, or null. */
export function insideTarget(url: string): string | null {
  const host = bare(new URL(url).hostname);
  if (host === "localhost" || host.endsWith(".localhost")) return `${host} is this server`;
  if (isIP(host) && isInsideAddress(host)) return `${host} is a private or local address`;
  return null;
}

/** Refuses saving a webhook whose URL names an inside address, unless those are allowed. */
export function checkWebhookTarget(url: string, allowInside: boolean): void {
  const why = allowInside ? null : insideTarget(url);
  if (why)
    throw invalid(`url: ${why}; webhooks go to addresses on the internet`, [{ field: "url", message: why }]);
}

/** DNS lookup for deliveries: refuses a name that resolves to any inside address. */
export const publicLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const found = addresses.find((a) => isInsideAddress(a.address));
    if (found) {
      const refused = Object.assign(
        new Error(`${hostname} resolves to ${found.address}, a private or local address`),
        {
          code: "EINSIDE",
        },
      );
      return callback(refused, "", 0);
    }
    if (options.all) return callback(null, addresses, 0);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};
