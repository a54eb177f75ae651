import { bundledIrOf } from "@topkit/sdk/ir";
import { usageError } from "../../cli-error.js";
import type { Context } from "../../io/context.js";
import { outputPlan, writeResult } from "../../output/render.js";
import type { OutputFlags } from "../shared-options.js";
import { describeApi } from "./description.js";
import { descriptionText } from "./text.js";

export interface DescribeFlags extends OutputFlags {
  typescript?: boolean;
}

/**
 * Methods most like `method`, for "did you mean": dot-separated words in common, and among those, the longest
 * run of leading words in common (among 5,000 methods, many share one word; few share `tmall.alihouse.customer`).
 */
function similar(method: string, all: readonly string[]): string[] {
  const parts = method.split(".");
  const words = new Set(parts.filter((w) => w !== "taobao" && w !== "tmall"));
  const leading = (m: string[]) => {
    let n = 0;
    while (n < m.length && n < parts.length && m[n] === parts[n]) n++;
    return n;
  };
  const scored = all.map((m) => {
    const theirs = m.split(".");
    return [m, theirs.filter((w) => words.has(w)).length + leading(theirs)] as const;
  });
  return scored
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([m]) => m);
}

/**
 * `topkit describe <method>`: text for people; JSON (with `--output json` or `--query`) for scripts.
 * It reads only the API's IR, and the registry (no client, no undici) to list the method names when the
 * method is unknown.
 */
export async function runDescribe(ctx: Context, method: string, flags: DescribeFlags): Promise<void> {
  const ir = bundledIrOf(method);
  if (!ir) {
    const methods = (await import("@topkit/sdk/registry")).methods();
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
