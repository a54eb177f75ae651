const GMT8_MS = 8 * 3600 * 1000;
const pad = (n: number) => String(n).padStart(2, "0");

/** `yyyy-MM-dd HH:mm:ss` in GMT+8 (Beijing time), whatever the host's time zone: TOP's clock. */
export function formatTopDate(date: Date | number): string {
  const d = new Date((typeof date === "number" ? date : date.getTime()) + GMT8_MS);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

const TOP_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;

/**
 * Reads a TOP date: `yyyy-MM-dd[ HH:mm[:ss[.SSS]]]` in GMT+8, an ISO string with a zone, or epoch millis.
 * Returns undefined when the text is none of these, so callers can keep the raw text.
 */
export function parseTopDate(text: string | number): Date | undefined {
  if (typeof text === "number") return new Date(text);
  const s = text.trim();
  const m = TOP_DATE.exec(s);
  if (m) {
    const [, y, mo, d, h = "0", mi = "0", se = "0", ms = "0"] = m;
    const utc = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +se, +ms.padEnd(3, "0"));
    return new Date(utc - GMT8_MS);
  }
  if (/^\d{10,13}$/.test(s)) return new Date(s.length === 10 ? +s * 1000 : +s);
  const iso = Date.parse(s);
  return Number.isNaN(iso) ? undefined : new Date(iso);
}
