import { describe, expect, it } from "vitest";
import { insideTarget, isInsideAddress, publicLookup } from "./webhook-targets.js";

describe("inside addresses", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["10.0.0.1", true],
    ["172.16.5.4", true],
    ["172.32.0.1", false],
    ["192.168.0.1", true],
    ["169.254.169.254", true],
    ["100.64.0.1", true],
    ["0.0.0.0", true],
    ["224.0.0.1", true],
    ["255.255.255.255", true],
    ["8.8.8.8", false],
    ["93.184.216.34", false],
    ["::1", true],
    ["::", true],
    ["fd00::1", true],
    ["fe80::1", true],
    ["::ffff:127.0.0.1", true],
    ["::ffff:8.8.8.8", false],
    ["2001:4860:4860::8888", false],
  ])("%s is inside: %s", (address, inside) => {
    expect(isInsideAddress(address)).toBe(inside);
  });

  it("names a URL's inside host, written as an address or as this machine's name", () => {
    expect(insideTarget("http://127.0.0.1:4400/hook")).toBe("127.0.0.1 is a private or local address");
    expect(insideTarget("http://[::1]/hook")).toBe("::1 is a private or local address");
    expect(insideTarget("http://LOCALHOST./hook")).toBe("localhost is this server");
    expect(insideTarget("http://api.localhost/hook")).toBe("api.localhost is this server");
    expect(insideTarget("https://hooks.example.com/hook")).toBeNull();
    expect(insideTarget("https://8.8.8.8/hook")).toBeNull();
  });

  it("refuses, when connecting, a name that resolves to an inside address", async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      publicLookup("localhost", {}, (err) => resolve(err)),
    );
    expect(error?.code).toBe("EINSIDE");
    expect(error?.message).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a private or local address$/);
  });
});
