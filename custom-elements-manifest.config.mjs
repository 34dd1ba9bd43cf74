// `npm run manifest`: the Custom Elements Manifest, from the class JSDoc.
// The plugins (scripts/manifest-plugins.js) keep it to the public surface and
// the shipped files; scripts/check-manifest.js checks that they did.
import { cssDefaults, eventsOnly, publicOnly, shippedPaths } from './scripts/manifest-plugins.js';

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [eventsOnly(), publicOnly(), cssDefaults(), shippedPaths()],
};
