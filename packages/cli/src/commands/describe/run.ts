import { bundledIrOf } from "@topkit/sdk/ir";
import { usageError } from "../../cli-error.js";
import type { Context } from "../../io/context.js";
import { outputPlan, writeResult } from "../../output/render.js";
import type { OutputFlags } from "../output-flags.js";
import { describeApi } from "./description.js";
import { descriptionText } from "./text.js";

export interface DescribeFlags extends OutputFlags {
  typescript?: boolean;
}

/** Methods sharing the most dot-separated words with `method`, for "did you mean". */
function similar(method: string, all: readonly string[]): string[] {
  const words = new Set(method.split(".").filter((w) => w !== "taobao" && w !== "tmall"));
  const scored = all.map((m) => [m, m.split(".").filter((w) => words.has(w)).length] as const);
  return scored
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([m]) => m);
}

/**
 * `topkit describe <method>`: text for people; JSON (with `--output json` or `--query`) for scripts.
 * It reads only the API's IR: the SDK's client (and undici with it) is loaded only to list the
 * method names when the method is unknown.
 */
export async function runDescribe(ctx: Context, method: string, flags: DescribeFlags): Promise<void> {
  const ir = bundledIrOf(method);
  if (!ir) {
    const { registry } = await import("@topkit/sdk");
    const methods = Object.keys(registry);
    const near = similar(method, methods);
    throw usageError(
      `no API "${method}" among the ${methods.length} @topkit/sdk ships`,
      `${near.length ? `did you mean ${near.join(", ")}? ` : ""}search with \`topkit apis --search <word>\`; a method the SDK lacks can still be called untyped with \`topkit call\``,
    );
  }
  const description = describeApi(ir);
  if (flags.output === undefined && flags.query === undefined) {
    ctx.out(descriptionText(ctx, description, flags.typescript === true));
    return;
  }
  writeResult(ctx, description, outputPlan(flags, "json"));
}
