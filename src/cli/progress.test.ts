import { describe, expect, it } from "vitest";
import { byteSize, progressLine } from "./progress.js";

describe("byteSize", () => {
  it.each([
    [0, "0 B"],
    [999, "999 B"],
    [1_000, "1.0 kB"],
    [1_536, "1.5 kB"],
    [2_600_000, "2.6 MB"],
    [3_000_000_000, "3.0 GB"],
  ])("writes %i bytes as %s", (bytes, text) => {
    expect(byteSize(bytes)).toBe(text);
  });
});

describe("progressLine", () => {
  it.each([
    [{ readBytes: 0, totalBytes: 4_000, rows: 0 }, "importing ░░░░░░░░░░   0% 0 B of 4.0 kB, 0 records"],
    [
      { readBytes: 1_000, totalBytes: 4_000, rows: 1 },
      "importing ██░░░░░░░░  25% 1.0 kB of 4.0 kB, 1 record",
    ],
    [
      { readBytes: 3_999, totalBytes: 4_000, rows: 12_000 },
      "importing █████████░  99% 4.0 kB of 4.0 kB, 12,000 records",
    ],
    [
      { readBytes: 4_000, totalBytes: 4_000, rows: 30 },
      "importing ██████████ 100% 4.0 kB of 4.0 kB, 30 records",
    ],
    // A file that grew while it was read never shows more than a full bar.
    [
      { readBytes: 5_000, totalBytes: 4_000, rows: 30 },
      "importing ██████████ 100% 5.0 kB of 4.0 kB, 30 records",
    ],
  ])("draws a bar over the bytes read of a file of known size: %o", (state, line) => {
    expect(progressLine(state, 10)).toBe(line);
  });

  it.each([
    [{ readBytes: 2_600_000, totalBytes: null, rows: 30_000 }, "importing… 30,000 records read (2.6 MB)"],
    [{ readBytes: 0, totalBytes: 0, rows: 0 }, "importing… 0 records read (0 B)"],
  ])("counts records when the size is unknown (stdin): %o", (state, line) => {
    expect(progressLine(state)).toBe(line);
  });

  it("keeps the default bar the same width at every share", () => {
    const widths = [0, 1, 500, 999, 1_000].map(
      (readBytes) => progressLine({ readBytes, totalBytes: 1_000, rows: 0 }).split(" ")[1]!.length,
    );
    expect(new Set(widths).size).toBe(1);
  });
});
