/** The start of a body for an error message: whitespace runs collapsed, at most `max` characters. */
export function bodyExcerpt(body: string, max = 200): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
