import { formatTopDate, signTopRequest } from "@topkit/sdk";
import { shellArgv } from "./shell-argv.js";

export interface CurlFill {
  url: string;
  appKey: string;
  appSecret: string;
  session: string;
  /** The business params the line sends, to sign with the system params. */
  business: Readonly<Record<string, string>>;
}

/** The `--url-query name=value` pairs of a curl line, as the shell passes them. */
function queryOf(command: string): Record<string, string> {
  const argv = shellArgv(command, "curl");
  const out: Record<string, string> = {};
  argv.forEach((word, i) => {
    if (word !== "--url-query") return;
    const pair = argv[i + 1]!;
    out[pair.slice(0, pair.indexOf("="))] = pair.slice(pair.indexOf("=") + 1);
  });
  return out;
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
    .replace("app_key=YOUR_APP_KEY", `app_key=${fill.appKey}`)
    .replace("session=YOUR_SESSION_KEY", `session=${fill.session}`)
    .replace("timestamp=2024-05-01 08:30:00", `timestamp=${formatTopDate(new Date())}`);
  const { sign: _placeholder, ...system } = queryOf(command);
  const signed = signTopRequest({ ...system, ...fill.business }, fill.appSecret, "hmac-sha256");
  return [...comments, command.replace("sign=YOUR_SIGN", `sign=${signed}`)].join("\n");
}
