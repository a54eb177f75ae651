// Requests written byte for byte the way the official TOP Java SDK (the 2017 build) writes them, with no
// topkit code involved, so the gateway is checked against another client's wire form rather than ours:
// system params in the query, business params as a UTF-8 form body (or multipart text parts when there
// are files), java.net.URLEncoder's escaping, and the SDK's multipart spelling without spaces.
import { createHash, createHmac } from "node:crypto";

/** The SDK version the 2017 Java build sends as `partner_id`. */
export const JAVA_PARTNER_ID = "top-sdk-java-20170301";

export interface JavaFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Buffer;
}

export interface JavaCall {
  readonly method: string;
  readonly appKey: string;
  readonly secret: string;
  /** Epoch ms of the call; default now. */
  readonly at?: number;
  readonly signMethod?: "md5" | "hmac";
  readonly format?: "json" | "xml";
  readonly simplify?: boolean;
  readonly session?: string;
  readonly targetAppKey?: string;
  /** Business text params in the request class's `getTextParams` order (struct params as JSON text). */
  readonly text?: readonly (readonly [string, string])[];
  /** File params in `getFileParams` order. */
  readonly files?: readonly (readonly [string, JavaFile])[];
}

export interface JavaWire {
  /** Path and query, e.g. `/router/rest?method=…`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** `java.net.URLEncoder.encode(text, "UTF-8")`: only `A-Za-z0-9.-*_` stay, space is `+`, the rest %XX. */
export function javaUrlEncode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, "+");
}

/** The 2017 SDK's `yyyy-MM-dd HH:mm:ss` in GMT+8, whatever the machine's zone. */
function gmt8(at: number): string {
  return new Date(at + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " ");
}

/** The Java SDK's signature: sorted name+value of every non-empty param, md5 wrapped in the secret or HMAC-MD5. */
export function javaSign(params: Readonly<Record<string, string>>, secret: string, method: "md5" | "hmac"): string {
  const names = Object.keys(params)
    .filter((k) => k !== "sign" && params[k] !== "")
    .sort();
  const canonical = names.map((k) => k + params[k]).join("");
  const hash =
    method === "md5"
      ? createHash("md5").update(secret + canonical + secret, "utf8")
      : createHmac("md5", secret).update(canonical, "utf8");
  return hash.digest("hex").toUpperCase();
}

const query = (pairs: readonly (readonly [string, string])[]) =>
  pairs.map(([k, v]) => `${javaUrlEncode(k)}=${javaUrlEncode(v)}`).join("&");

/** The multipart body as the SDK writes it: a CRLF before every delimiter, headers with no space after `;`. */
function javaMultipart(call: JavaCall, boundary: string): Buffer {
  const out: Buffer[] = [];
  const write = (text: string) => out.push(Buffer.from(text, "utf8"));
  for (const [name, value] of call.text ?? []) {
    write(`\r\n--${boundary}\r\n`);
    write(`Content-Disposition: form-data;name="${name}"\r\nContent-Type: text/plain;charset=UTF-8\r\n\r\n${value}`);
  }
  for (const [name, file] of call.files ?? []) {
    write(`\r\n--${boundary}\r\n`);
    write(`Content-Disposition: form-data;name="${name}";filename="${file.fileName}"\r\n`);
    write(`Content-Type: ${file.mimeType}\r\n\r\n`);
    out.push(file.bytes);
  }
  write(`\r\n--${boundary}--\r\n`);
  return Buffer.concat(out);
}

/** The whole HTTP request the Java SDK sends for `call`. */
export function javaWire(call: JavaCall): JavaWire {
  const signMethod = call.signMethod ?? "hmac";
  const system: [string, string][] = [
    ["method", call.method],
    ["v", "2.0"],
    ["sign_method", signMethod],
    ["app_key", call.appKey],
    ["format", call.format ?? "xml"],
    ["timestamp", gmt8(call.at ?? Date.now())],
    ["partner_id", JAVA_PARTNER_ID],
  ];
  if (call.session !== undefined) system.push(["session", call.session]);
  if (call.targetAppKey !== undefined) system.push(["target_app_key", call.targetAppKey]);
  if (call.simplify) system.push(["simplify", "true"]);
  const text = call.text ?? [];
  const sign = javaSign(Object.fromEntries([...system, ...text]), call.secret, signMethod);
  const path = `/router/rest?${query([...system, ["sign", sign]])}`;
  const headers = {
    accept: "text/xml,text/javascript",
    "user-agent": "top-sdk-java",
    "accept-encoding": "gzip",
  };
  if (call.files && call.files.length > 0) {
    // The SDK's boundary is System.nanoTime() in decimal.
    const boundary = String(process.hrtime.bigint());
    return {
      path,
      headers: { ...headers, "content-type": `multipart/form-data;charset=UTF-8;boundary=${boundary}` },
      body: javaMultipart(call, boundary),
    };
  }
  return {
    path,
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded;charset=UTF-8" },
    body: Buffer.from(query(text), "utf8"),
  };
}

export interface WireAnswer {
  readonly status: number;
  readonly contentType: string;
  /** The body as text (gunzipped when it came compressed). */
  readonly text: string;
}

/** Sends `wire` to `gatewayUrl`'s host with node's own http client: no fetch, no topkit. */
export async function sendWire(gatewayUrl: string, wire: JavaWire): Promise<WireAnswer> {
  const { request } = await import("node:http");
  const { gunzipSync } = await import("node:zlib");
  const base = new URL(gatewayUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        path: wire.path,
        method: "POST",
        headers: { ...wire.headers, "content-length": String(wire.body.length) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const text = (res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
          resolve({ status: res.statusCode ?? 0, contentType: String(res.headers["content-type"] ?? ""), text });
        });
      },
    );
    req.on("error", reject);
    req.end(wire.body);
  });
}
