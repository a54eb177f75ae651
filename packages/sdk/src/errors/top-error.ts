/** Base of every error the SDK throws, so callers can catch TOP failures with one `instanceof`. */
export class TopError extends Error {
  override name = "TopError";
}
