import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  viteFinal: async (vite) => {
    const { mergeConfig } = await import('vite');
    return mergeConfig(vite, {
      // The elements use legacy decorators (experimentalDecorators, useDefineForClassFields
      // false). Vite 8 finds tsconfig.json on its own today; naming it pins the transform
      // to those options, since standard decorators left untransformed fail in Chromium.
      tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
      // The renderer imports lit/directive-helpers.js, which the dev server would
      // otherwise serve unbundled next to the pre-bundled lit: two copies of lit-html.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
    });
  },
};

export default config;
