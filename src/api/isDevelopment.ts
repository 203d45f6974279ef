/**
 * Whether the host runs a development build, where mistakes are reported on
 * the console. Bundlers replace `process.env.NODE_ENV`; where nothing defines
 * `process` (a page loading the package as plain modules) this says no.
 */
// Declared here rather than through @types/node: the package must not need Node's types.
declare const process: { env: { NODE_ENV?: string } };

export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}
