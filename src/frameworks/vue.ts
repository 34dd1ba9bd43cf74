// `waymark/vue` (types only): types the `wm-*` tags in Vue 3 templates
// (checked by vue-tsc / Vue - Official), as Vue's guide does for custom
// elements: each tag is a component type whose props are the element's
// properties and attributes, and whose emits are its events. Opt in with
// `import type {} from 'waymark/vue'`; the package's other entries never
// import Vue's types, so apps without Vue are unaffected.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { WaymarkTagName, WaymarkTags } from './tags.js';

type Emits<V> = EmitFn<{ [K in keyof V]: (event: V[K]) => void }>;

/** One Waymark tag as Vue sees it in a template (`:data.prop`, `@wm-stage-select`, …). */
export type WaymarkVueElement<T extends WaymarkTagName> = new () => WaymarkTags[T]['element'] & {
  /** For template type checking only. */
  $props: Omit<HTMLAttributes, keyof WaymarkTags[T]['properties']> & WaymarkTags[T]['properties'] & WaymarkTags[T]['attributes'] & PublicProps;
  /** For template type checking only. */
  $emit: Emits<WaymarkTags[T]['events']>;
};

declare module 'vue' {
  interface GlobalComponents {
    'wm-stage-tracker': WaymarkVueElement<'wm-stage-tracker'>;
    'wm-score-gauge': WaymarkVueElement<'wm-score-gauge'>;
    'wm-journey-score': WaymarkVueElement<'wm-journey-score'>;
    'wm-maturity-scan': WaymarkVueElement<'wm-maturity-scan'>;
    'wm-touchpoint-timeline': WaymarkVueElement<'wm-touchpoint-timeline'>;
    'wm-journey-map': WaymarkVueElement<'wm-journey-map'>;
    'wm-data-source': WaymarkVueElement<'wm-data-source'>;
  }
}
