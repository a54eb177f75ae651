import { limitPhrases, type ClassMember as Member } from "@topkit/sdk/ir";
import { commentSafe } from "./doc-text.js";

const docsOfMember = new WeakMap<Member, string>();

/** JSDoc for a field (property and setter share it, so it is made once per member). */
export function fieldDocs(member: Member): string {
  let docs = docsOfMember.get(member);
  if (docs === undefined) {
    docs = describeField(member);
    docsOfMember.set(member, docs);
  }
  return docs;
}

/**
 * A field's doc description, and the doc's example, type and limits as facts: after a one-line description
 * in parentheses on the same line (so the JSDoc is one line), else as a paragraph of their own.
 */
function describeField(member: Member): string {
  const p = member.param;
  const facts = [`\`${p.name}\`: ${p.docType || "untyped"}${p.required ? ", required" : ""}`];
  // Limits in the words check() errors, `topkit describe` and the docs use.
  facts.push(...limitPhrases(p.constraints, p.type));
  if (p.default !== undefined) facts.push(`default ${p.default}`);
  const example = p.example !== undefined && p.example.length <= 200 ? `\n\nExample: \`${p.example}\`` : "";
  const description = p.description || p.name;
  const text = description.includes("\n")
    ? `${description}\n\n${facts.join("; ")}`
    : `${description} (${facts.join("; ")})`;
  return commentSafe(`${text}${example}`);
}
