/** Which side of the call a param table describes; also the prefix of its anchors. */
export type Side = "request" | "response";

/**
 * The anchor of a struct's section. Struct names are identifiers in practice, but the IR only promises a
 * non-empty string, so anything else is hex-encoded to stay a valid, unique id.
 */
export function structAnchor(side: Side, structName: string): string {
  const safe = /^[A-Za-z_$][\w$]*$/.test(structName)
    ? structName
    : `x${Buffer.from(structName, "utf8").toString("hex")}`;
  return `${side}-struct-${safe}`;
}
