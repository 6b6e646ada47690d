// The two parts of js-yaml the loader uses. Declared here rather than through @types/js-yaml so that
// switching parsers needed no new install in every working copy.
declare module 'js-yaml' {
  export interface Schema {
    readonly kind?: never;
  }
  export const CORE_SCHEMA: Schema;
  export function load(text: string, options?: { schema?: Schema; filename?: string }): unknown;
}
