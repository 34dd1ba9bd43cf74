// `npm run manifest`: the Custom Elements Manifest, from the class JSDoc.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      // Events are named `wm-*`; the analyzer also reads `new SomeEvent(arg)`
      // calls and would list the argument's name as an event.
      name: 'waymark-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('wm-'));
          }
        }
      },
    },
  ],
};
