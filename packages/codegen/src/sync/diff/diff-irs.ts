import type { ApiIr } from "@topkit/sdk/ir";
import { type ApiDiff, maxBump } from "./change.js";
import { diffApi } from "./diff-api.js";

/**
 * What changed between the committed IR set and a new one, per API, sorted by method: an API added is
 * minor, removed is major, and a changed one is as big as its biggest change. Unchanged APIs are left out.
 */
export function diffIrs(before: readonly ApiIr[], after: readonly ApiIr[]): ApiDiff[] {
  const old = new Map(before.map((ir) => [ir.method, ir]));
  const now = new Map(after.map((ir) => [ir.method, ir]));
  const diffs: ApiDiff[] = [];
  for (const [method, ir] of old) {
    if (!now.has(method)) {
      diffs.push({ method, title: ir.title, kind: "removed", bump: "major", changes: [] });
    }
  }
  for (const [method, ir] of now) {
    const was = old.get(method);
    if (!was) {
      diffs.push({ method, title: ir.title, kind: "added", bump: "minor", changes: [] });
      continue;
    }
    const changes = diffApi(was, ir);
    const bump = maxBump(changes.map((c) => c.bump));
    if (bump) diffs.push({ method, title: ir.title, kind: "changed", bump, changes });
  }
  return diffs.sort((a, b) => (a.method < b.method ? -1 : a.method > b.method ? 1 : 0));
}
