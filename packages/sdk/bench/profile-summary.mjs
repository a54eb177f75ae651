#!/usr/bin/env node
// Self and inclusive share of samples per function of a .cpuprofile (from node --cpu-prof).
// Usage: node bench/profile-summary.mjs <file.cpuprofile> [N=40] [filter]   (filter: a substring of the location)
import { readFileSync } from "node:fs";

const [file, n = "40", filter = ""] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfCount = new Map();
for (const id of profile.samples) selfCount.set(id, (selfCount.get(id) ?? 0) + 1);
const total = profile.samples.length;
const keyOf = ({ callFrame: f }) =>
  `${f.functionName || "(anonymous)"} ${f.url.split("/").slice(-2).join("/")}:${f.lineNumber + 1}`;

const rows = new Map();
const row = (key) => rows.get(key) ?? rows.set(key, { self: 0, incl: 0 }).get(key);
/** Samples in the subtree; each function counts once per path (recursion is not double-counted). */
function walk(node, onPath) {
  const key = keyOf(node);
  let sum = selfCount.get(node.id) ?? 0;
  row(key).self += sum;
  const first = !onPath.has(key);
  if (first) onPath.add(key);
  for (const child of node.children ?? []) sum += walk(byId.get(child), onPath);
  if (first) {
    onPath.delete(key);
    row(key).incl += sum;
  }
  return sum;
}
walk(profile.nodes[0], new Set());
const pct = (x) => `${((100 * x) / total).toFixed(1).padStart(5)}%`;
console.log(`${total} samples; self, inclusive`);
const shown = [...rows.entries()]
  .filter(([key]) => key.includes(filter))
  .sort((a, b) => b[1].incl - a[1].incl)
  .slice(0, Number(n));
for (const [key, r] of shown) console.log(`${pct(r.self)} ${pct(r.incl)}  ${key}`);
