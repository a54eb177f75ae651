import { describe, expect, test } from "vitest";
import { irParam } from "../../../../test-support/ir-builders.js";
import { type ClassKind, classMembers } from "../../src/ir/index.js";
import { TopRequest, TopResponse, TopStruct } from "../../src/runtime/index.js";

// classMembers keeps a hand-written list of the names generated members must avoid (src/ir/members.ts). This
// is its drift guard: every member the runtime classes really have, read from them, is checked against the
// names classMembers hands out, so a method added to TopRequest, TopResponse or TopStruct without adding it
// to the list fails here instead of being shadowed by some API's field.

/** Every member name of a runtime class: its prototype chain's and an instance's own (class fields). */
function runtimeMembers(cls: abstract new (...args: never[]) => object, instance: object): string[] {
  const names = new Set<string>(Object.keys(instance));
  for (let proto = cls.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) if (name !== "constructor") names.add(name);
  }
  for (const name of Object.getOwnPropertyNames(cls)) if (name.startsWith("$")) names.add(name);
  return [...names].sort();
}

class ProbeRequest extends TopRequest {
  getApiMethodName(): string {
    return "a.b.c";
  }
  getResponseClass() {
    return TopResponse;
  }
}

const kinds: [ClassKind, string[]][] = [
  ["request", runtimeMembers(ProbeRequest, new ProbeRequest())],
  ["response", runtimeMembers(TopResponse, new TopResponse())],
  ["struct", runtimeMembers(TopStruct, new TopStruct())],
];

describe.each(kinds)("%s classes: no generated member takes a runtime member's name", (kind, names) => {
  test("the runtime classes were read (the guard has something to guard)", () => {
    expect(names.length).toBeGreaterThan(kind === "struct" ? 0 : 3);
  });

  test.each(names)("%s", (name) => {
    const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
    const accessor = /^(?:get|set)([A-Z]\w*)$/.exec(name);
    const fields = [name, ...(accessor ? [lowerFirst(accessor[1]!)] : [])];
    for (const member of classMembers(
      fields.map((f) => irParam(f, { field: f })),
      kind,
    )) {
      // Envelope fields of a response (requestId, msg…) are the base class's own property, on purpose.
      if (member.inherited) continue;
      expect([member.property, member.setter, member.getter], member.param.field).not.toContain(name);
    }
  });
});
