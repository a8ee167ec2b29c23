// The import's progress line on a terminal: a bar over the bytes read when the file's size is
// known (a file), else the count of records read so far (stdin has no size).

export interface ProgressState {
  readBytes: number;
  /** The file's size; null when unknown. */
  totalBytes: number | null;
  /** Cards or rows read so far. */
  rows: number;
}

const BAR_WIDTH = 24;

/** `1.5 MB`: decimal units, one decimal from kilobytes on. */
export function byteSize(bytes: number): string {
  if (bytes < 1_000) return `${bytes} B`;
  const units = ["kB", "MB", "GB", "TB"] as const;
  let value = bytes / 1_000;
  let unit = 0;
  while (value >= 1_000 && unit < units.length - 1) {
    value /= 1_000;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

const records = (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "record" : "records"}`;

/**
 * One line of progress, e.g. `importing ██████░░░░  25% 1.2 MB of 4.8 MB, 12,000 records`.
 * The share is rounded down, so 100% shows only once everything is read.
 */
export function progressLine({ readBytes, totalBytes, rows }: ProgressState, width = BAR_WIDTH): string {
  if (!totalBytes) return `importing… ${records(rows)} read (${byteSize(readBytes)})`;
  const share = Math.min(1, Math.max(0, readBytes / totalBytes));
  const filled = Math.floor(share * width);
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  const bar = "█".repeat(filled) + "░".repeat(width - filled);
  return `importing ${bar} ${percent} ${byteSize(readBytes)} of ${byteSize(totalBytes)}, ${records(rows)}`;
}
