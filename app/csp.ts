/**
 * The Content-Security-Policy of the explorer. One constant so that the meta tag in index.html,
 * the `vite preview` header and the browser tests' server cannot drift apart (csp.test.ts checks
 * the meta tag against it).
 */

/** The policy served with the production build: only the app's own origin, nothing inline. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * The policy for `vite` dev mode only: the React plugin's refresh preamble is an inline script and
 * Vite's CSS hot reload injects <style> elements, so those two directives allow inline there.
 */
export function devPolicy(policy: string): string {
  return policy
    .split('; ')
    .map((d) => (d === "script-src 'self'" || d === "style-src 'self'" ? `${d} 'unsafe-inline'` : d))
    .join('; ');
}
