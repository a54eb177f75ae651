/** The output options every command that prints a result takes. */
export interface OutputFlags {
  output?: string;
  query?: string;
  cols?: string;
  quiet?: boolean;
}
