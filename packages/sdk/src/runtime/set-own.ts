/**
 * Sets `target[key] = value` as an own data property, even for `__proto__`: plain assignment of that
 * key would swap the object's prototype instead, losing the member and letting a body pick the prototype.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
