/**
 * Serves /csp/<page>.html with the strict policy an intranet would set, so a
 * test can load the CDN bundle in an iframe under it.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self' data:",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

export async function cspPage(ctx, next) {
  const m = /^\/csp\/([\w-]+)\.html$/.exec(ctx.path);
  if (!m) return next();
  ctx.set('Content-Security-Policy', POLICY);
  ctx.type = 'html';
  ctx.body = `<!doctype html><html lang="en"><head><title>CSP ${m[1]}</title></head><body>
<script type="module" src="/test/csp/${m[1]}.js"></script></body></html>`;
}
