import * as React from 'react';
import { createComponent, type EventName, type Options, type ReactWebComponent } from '@lit/react';
import type { WaymarkErrorEvent, WaymarkLoadEvent } from '../data/events.js';
// A React app that imports a wrapper also gets the wm-* tags typed in its JSX
// (the augmentation of waymark/jsx-react): it has React's types already.
import type {} from '../frameworks/react-jsx.js';

/** `onWmLoad` carries the element's own data shape; `onWmError` the failure. */
export type WmDataEvents<T> = {
  onWmLoad: EventName<WaymarkLoadEvent<T>>;
  onWmError: EventName<WaymarkErrorEvent>;
};

export const dataEvents = { onWmLoad: 'wm-load', onWmError: 'wm-error' } as const;

/**
 * The wrappers differ only in these four values. Each call casts `events` to
 * the exported event map: that type, not the literal strings, types the `onWm*` props.
 */
export const wrap = <I extends HTMLElement, E extends Record<string, EventName>>(
  tagName: string,
  elementClass: Options<I, E>['elementClass'],
  displayName: string,
  events: E,
): ReactWebComponent<I, E> => createComponent({ react: React, tagName, elementClass, displayName, events });
