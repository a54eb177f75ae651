import { randomBytes } from "node:crypto";
import type { ApiIr } from "../ir/schema.js";
import type { Incoming } from "./incoming.js";
import { paramsProblem, problemError } from "./param-checks.js";
import { type AnswerForm, errorBody, successBody } from "./render.js";
import { responseContent } from "./response-content.js";
import { type GatewaySecrets, systemError } from "./system-checks.js";
import { type GatewayError, topError } from "./top-errors.js";

// Stands for the request_id while an answer is rendered once per API and form; each call splices a fresh id in.
const ID_MARK = "@@topkit-request-id@@";

/** The form the call asked for: TOP answers XML unless `format=json`; `simplify=true` applies to JSON. */
export function answerForm(params: Readonly<Record<string, string>>): AnswerForm {
  if (params.format !== "json") return "xml";
  return params.simplify === "true" ? "simplify" : "json";
}

/** router/rest's behaviour for a set of APIs: which calls it refuses, and what it answers. */
export class RouterRest {
  readonly #apis: ReadonlyMap<string, ApiIr>;
  readonly #secrets: GatewaySecrets;
  readonly #templates = new Map<string, readonly [string, string]>();
  readonly #nextId = requestIdSource();

  constructor(apis: ReadonlyMap<string, ApiIr>, secrets: GatewaySecrets) {
    this.#apis = apis;
    this.#secrets = secrets;
  }

  /** The error_response the call earns (HTTP method, platform checks, then the API's params), if any. */
  check(incoming: Incoming, now: number): GatewayError | undefined {
    if (incoming.httpMethod !== "POST" && incoming.httpMethod !== "GET") {
      return topError(9, undefined, `HTTP ${incoming.httpMethod} is not allowed; use POST or GET`);
    }
    // A body the gateway cannot read is refused before anything in it is trusted, as TOP's upload error.
    if (incoming.bodyError !== undefined) {
      return topError(3, undefined, incoming.bodyError);
    }
    const { params, files } = incoming;
    const refused = systemError(params, this.#apis, this.#secrets, now);
    if (refused) return refused;
    const problem = paramsProblem(this.#apis.get(params.method!)!.request, params, files);
    return problem && problemError(problem);
  }

  /** The body for a call of `method` in `form`: its API's answer, or `error` as an error_response. */
  body(method: string | undefined, form: AnswerForm, error: GatewayError | undefined): string {
    const api = method === undefined ? undefined : this.#apis.get(method);
    if (error || !api) return errorBody(error ?? topError(22), form, this.#nextId());
    const key = `${form} ${api.method}`;
    let template = this.#templates.get(key);
    if (!template) {
      const text = successBody(api, responseContent(api), form, ID_MARK);
      const at = text.lastIndexOf(ID_MARK);
      template = [text.slice(0, at), text.slice(at + ID_MARK.length)];
      this.#templates.set(key, template);
    }
    return template[0] + this.#nextId() + template[1];
  }
}

/** Fresh `request_id`s like TOP's short base-36 ones: a random prefix per gateway, then a counter. */
export function requestIdSource(): () => string {
  const prefix = randomBytes(4).readUInt32BE(0).toString(36).padStart(7, "0");
  let n = 0;
  return () => prefix + (++n).toString(36).padStart(5, "0");
}
