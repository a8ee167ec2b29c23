// PHOTO in the forms exporters write: a link (`VALUE=uri`, 2.1 `VALUE=URL`, or a bare http(s)
// value), inline base64 (3.0 `ENCODING=b`, 2.1 `ENCODING=BASE64`) or a 4.0 `data:` URI. Inline
// images become a `data:image/…;base64,` URI; anything else is not a photo we can keep.
import { paramOf, typesOf, type ContentLine } from "./content-line.js";
import { unescapeText } from "./values.js";

export type PhotoRead = { ok: true; photo: string } | { ok: false };

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const DATA_URI = /^data:(image\/[\w.+-]+)?(?:;[\w-]+=[^;,]*)*;base64,(.*)$/is;

/** The image type from the data itself (its first bytes, in base64). */
function sniffed(base64: string): string | null {
  if (base64.startsWith("/9j/")) return "jpeg";
  if (base64.startsWith("iVBORw0KGgo")) return "png";
  if (base64.startsWith("R0lGOD")) return "gif";
  if (base64.startsWith("UklGR")) return "webp";
  return null;
}

/** `JPEG`, `image/png`, `PNG` as a subtype (`jpeg`, `png`), from TYPE or 4.0 MEDIATYPE. */
function declared(property: ContentLine): string | null {
  const written = paramOf(property, "MEDIATYPE") ?? typesOf(property)[0]?.toUpperCase() ?? null;
  const subtype = written?.replace(/^IMAGE\//, "").toLowerCase();
  return subtype && /^[\w.+-]+$/.test(subtype) ? (subtype === "jpg" ? "jpeg" : subtype) : null;
}

function inline(base64: string, type: string | null): PhotoRead {
  const data = base64.replace(/\s+/g, "");
  if (!BASE64.test(data) || data.length % 4 === 1) return { ok: false };
  return { ok: true, photo: `data:image/${sniffed(data) ?? type ?? "jpeg"};base64,${data}` };
}

/** The photo a PHOTO property holds, or that it holds none we can keep. */
export function photoOf(property: ContentLine): PhotoRead {
  const encoding = paramOf(property, "ENCODING");
  if (encoding === "B" || encoding === "BASE64") return inline(property.value, declared(property));
  const uri = unescapeText(property.value).trim();
  const data = DATA_URI.exec(uri);
  if (data) return inline(data[2] ?? "", data[1]?.slice("image/".length).toLowerCase() ?? null);
  if (/^https?:\/\/\S+$/i.test(uri)) return { ok: true, photo: uri };
  return { ok: false };
}
