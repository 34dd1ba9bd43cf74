// `waymark/jsx-react` (types only): React 19 renders custom elements
// directly, setting a prop as a property when the element has one and
// listening to `on<event>` props, so `<wm-stage-tracker data={journey}
// onwm-stage-select={…}>` works. This types those tags in React's JSX. Opt in
// with `import type {} from 'waymark/jsx-react'`; the package's other entries
// never import React's types, so apps without @types/react are unaffected.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { WaymarkTagName, WaymarkTags } from './tags.js';

/** `on<event>` props for a tag's events, each handler getting the element's own event type. */
export type WaymarkReactEvents<V> = { [K in keyof V & string as `on${K}`]?: (event: V[K]) => void };

type Own<T extends WaymarkTagName> = WaymarkTags[T]['properties'] & WaymarkTags[T]['attributes'] & WaymarkReactEvents<WaymarkTags[T]['events']>;

/** The props of one Waymark tag in React 19 JSX: React's own HTML props, then the element's. */
export type WaymarkReactProps<T extends WaymarkTagName> = Omit<
  DetailedHTMLProps<HTMLAttributes<WaymarkTags[T]['element']>, WaymarkTags[T]['element']>,
  keyof Own<T>
> & Own<T>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'wm-stage-tracker': WaymarkReactProps<'wm-stage-tracker'>;
      'wm-score-gauge': WaymarkReactProps<'wm-score-gauge'>;
      'wm-journey-score': WaymarkReactProps<'wm-journey-score'>;
      'wm-maturity-scan': WaymarkReactProps<'wm-maturity-scan'>;
      'wm-touchpoint-timeline': WaymarkReactProps<'wm-touchpoint-timeline'>;
      'wm-journey-map': WaymarkReactProps<'wm-journey-map'>;
      'wm-data-source': WaymarkReactProps<'wm-data-source'>;
    }
  }
}
