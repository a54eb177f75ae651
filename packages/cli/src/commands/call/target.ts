import { type Described, SYSTEM_PARAM_NAMES, type TopRequest } from "@topkit/sdk";
import { apis, type RegistryEntry } from "@topkit/sdk/registry";
import { usageError } from "../../cli-error.js";
import { type Context, warn } from "../../io/context.js";
import { type ParamArgs, typedParams, untypedParams } from "../../params/build.js";

/** What `topkit call` sends: a generated request (typed, checked) or, for a method the SDK lacks, plain params. */
export type CallTarget =
  | { readonly kind: "typed"; readonly request: TopRequest; readonly needsSession: boolean }
  | { readonly kind: "untyped"; readonly method: string; readonly params: Record<string, unknown> };

/**
 * A request of the API's generated class, built from the params as its own field specs type them (wire
 * names, property names, types: `Request.$fields`) and checked by the SDK.
 */
async function typedTarget(ctx: Context, entry: RegistryEntry, args: ParamArgs): Promise<CallTarget> {
  const { Request } = await entry.load();
  const request = new Request(await typedParams(ctx, (Request as unknown as Described).$fields, args));
  // Checked here too (execute() checks again), so a bad param is reported before credentials are asked for.
  request.check();
  return { kind: "typed", request, needsSession: entry.needsSession };
}

/** The target of `topkit call <method>`; a method the SDK does not ship is called untyped, with a warning. */
export async function callTarget(ctx: Context, method: string, args: ParamArgs): Promise<CallTarget> {
  const entries: Readonly<Record<string, RegistryEntry>> = apis();
  if (Object.hasOwn(entries, method)) return typedTarget(ctx, entries[method]!, args);
  warn(
    ctx,
    `${method} is not among the APIs @topkit/sdk ships: calling it untyped (values sent as given, not checked against its doc)`,
  );
  const params = await untypedParams(ctx, args);
  for (const name of Object.keys(params)) {
    if (SYSTEM_PARAM_NAMES.has(name)) {
      throw usageError(
        `--set/--json "${name}": this is a TOP system param, which topkit sets itself`,
        "use the flags: --session, --format, --sign-method, --simplify",
      );
    }
  }
  return { kind: "untyped", method, params };
}
