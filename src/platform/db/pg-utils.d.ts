// node-postgres's own parameter preparation (exported as `pg/lib/utils`, not typed by @types/pg):
// what a JavaScript value becomes as a query parameter (arrays as array literals, dates with their
// offset, objects as JSON, Buffers as they are).
declare module 'pg/lib/utils.js' {
  const utils: { prepareValue(value: unknown): string | Buffer | null };
  export default utils;
}
