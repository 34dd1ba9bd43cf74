// Eleventy 3 with @lit-labs/eleventy-plugin-lit: every page's HTML goes
// through @lit-labs/ssr, which renders the Waymark elements in it (and the
// site's own components) as declarative shadow DOM at build time.
import litPlugin from '@lit-labs/eleventy-plugin-lit';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, {
    mode: 'worker',
    componentModules: ['./components.js'],
  });
}

export const config = { dir: { input: 'src', output: '_site' } };
