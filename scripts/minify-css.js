/**
 * Vite plugin: minifies the static CSS in Lit `css` tagged templates of our
 * sources. JS minifiers leave template text alone, and the styles are the
 * largest strings we ship. Only whitespace and comments change.
 */
export function minifyLitCss() {
  const squeeze = (body) =>
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/([,:])\s+/g, '$1')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'waymark-minify-lit-css',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`([^`$]*)`/g, (_m, body) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}
