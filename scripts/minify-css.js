/**
 * Vite plugin: minifies the static CSS in Lit `css` tagged templates of our
 * sources. JS minifiers leave template text alone, and the styles are the
 * largest strings we ship. Whitespace and comments go; so do the leading
 * zero of a fraction (0.5rem: .5rem), the space before !important and the
 * quotes around an attribute selector's identifier value ([part~=base]).
 */
export function minifyLitCss() {
  const squeeze = (body) =>
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/([,:])\s+/g, '$1')
      .replace(/;}/g, '}')
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')')
      .replace(/(^|[\s:,(])0\.(\d)/g, '$1.$2')
      .replace(/\s+!important/g, '!important')
      .replace(/\[([\w-]+)([~|^$*]?=)'([a-zA-Z_][\w-]*)'\]/g, '[$1$2$3]')
      .trim();
  return {
    name: 'waymark-minify-lit-css',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`([^`$]*)`/g, (_m, body) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}
