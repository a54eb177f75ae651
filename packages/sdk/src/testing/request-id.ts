import { randomBytes } from "node:crypto";

/** Fresh `request_id`s like TOP's short base-36 ones: a random prefix per gateway, then a counter. */
export function requestIdSource(): () => string {
  const prefix = randomBytes(4).readUInt32BE(0).toString(36).padStart(7, "0");
  let n = 0;
  return () => prefix + (++n).toString(36).padStart(5, "0");
}
