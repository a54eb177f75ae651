import { type IncomingMessage, type ServerResponse, STATUS_CODES } from "node:http";
import { gzipSync } from "node:zlib";
import type { FaultPlan } from "./fault-plan.js";
import type { AnswerForm } from "./render.js";

const CONTENT_TYPES: Readonly<Record<AnswerForm, string>> = {
  json: "text/javascript;charset=UTF-8",
  simplify: "text/javascript;charset=UTF-8",
  xml: "text/xml;charset=UTF-8",
};

/** The HTTP status `sendAnswer` will send: 0 when the connection is reset (or the client already left). */
export const statusToSend = (plan: FaultPlan, res: ServerResponse): number =>
  plan.transport === "reset" || res.destroyed ? 0 : plan.httpStatus;

/**
 * Writes the answer as the fault plan shapes it: a reset connection, an HTML error page, a body cut in
 * half, or the body (gzipped when asked).
 */
export function sendAnswer(
  req: IncomingMessage,
  res: ServerResponse,
  plan: FaultPlan,
  form: AnswerForm,
  body: string,
): void {
  const status = statusToSend(plan, res);
  if (status === 0) {
    if (!req.socket.destroyed) req.socket.resetAndDestroy();
    return;
  }
  if (plan.transport === "http") {
    res.writeHead(status, { "content-type": "text/html" }).end(htmlErrorPage(status));
    return;
  }
  const text = plan.transport === "malformed" ? body.slice(0, Math.floor(body.length / 2)) : body;
  const headers: Record<string, string> = { "content-type": CONTENT_TYPES[form] };
  if (plan.gzip) headers["content-encoding"] = "gzip";
  res.writeHead(status, headers).end(plan.gzip ? gzipSync(text) : text);
}

/** The kind of HTML error page a load balancer in front of TOP answers with. */
export function htmlErrorPage(status: number): string {
  const title = `${status} ${STATUS_CODES[status] ?? "Error"}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n`;
}
