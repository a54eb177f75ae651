import type { FileItem } from "./file-item.js";

// biome-ignore lint/suspicious/noExplicitAny: matches any method signature
type AnyFunction = (...args: any[]) => any;

/** Marker carried by generated struct classes, so `Init<T>` can recognise them structurally. */
export interface StructLike {
  readonly $struct: true;
}

type InitValue<V> = V extends StructLike
  ? V | Init<V>
  : V extends readonly (infer I)[]
    ? I extends StructLike
      ? readonly (I | Init<I>)[]
      : V
    : V;

/**
 * The object-literal form of a generated request or struct: its data properties, all optional,
 * with nested structs given either as instances or as object literals in turn.
 */
export type Init<T> = {
  [K in keyof T as T[K] extends AnyFunction ? never : K extends "$struct" ? never : K]?: InitValue<
    Exclude<T[K], undefined>
  >;
};

export type { FileItem };
