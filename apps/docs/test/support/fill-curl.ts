import { formatTopDate, signTopRequest } from "@topkit/sdk";

/** Form encoding as the curl line's query uses it (URLSearchParams: space as `+`). */
const formEncoded = (text: string) => new URLSearchParams({ x: text }).toString().slice(2);

export interface CurlFill {
  url: string;
  appKey: string;
  appSecret: string;
  session: string;
  /** The business params the line sends, to sign with the system params. */
  business: Readonly<Record<string, string>>;
}

/**
 * The reference's curl line made runnable: its placeholders filled in, the timestamp made now and the
 * signature computed the way the signing guide says, so a real server can check it.
 */
export function fillCurlLine(line: string, productionUrl: string, fill: CurlFill): string {
  const comments = line.split("\n").filter((l) => l.startsWith("#"));
  const command = line
    .split("\n")
    .filter((l) => !l.startsWith("#"))
    .join("\n")
    .replace(productionUrl, fill.url)
    .replace("YOUR_APP_KEY", formEncoded(fill.appKey))
    .replace("YOUR_SESSION_KEY", formEncoded(fill.session))
    .replace(formEncoded("2024-05-01 08:30:00"), formEncoded(formatTopDate(new Date())));
  const query = new URL(command.match(/'(http[^']+)'/)![1]!).searchParams;
  const signed = { ...Object.fromEntries([...query].filter(([name]) => name !== "sign")), ...fill.business };
  return [...comments, command.replace("YOUR_SIGN", signTopRequest(signed, fill.appSecret, "hmac-sha256"))].join("\n");
}
