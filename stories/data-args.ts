// The args every data element's stories share: their type and their controls.
// Each story still binds them in its template, as a user's page would.
import type { ArgTypes } from '@storybook/web-components-vite';
import type { WaymarkAdapter } from '../src/data/adapters/types.js';
import type { WaymarkErrorEvent, WaymarkLoadEvent } from '../src/data/events.js';

/**
 * The attributes and properties every data element has, `data` being a `T`,
 * plus the handlers of its load events. Storybook fills in the handlers with
 * actions (from the manifest's events) unless a story sets its own.
 */
export interface DataArgs<T> {
  locale?: string;
  src?: string;
  source?: string;
  data?: T;
  adapter?: WaymarkAdapter;
  onWmLoad?: (e: WaymarkLoadEvent) => void;
  onWmError?: (e: WaymarkErrorEvent) => void;
}

/**
 * argTypes of `DataArgs`. The manifest can only call `data` a `T`, so `type`
 * names it; `editable: false` keeps data too large for the object editor out
 * of it. An adapter is code: it has no control.
 */
export const dataArgTypes = (type: string, { editable = true } = {}): Partial<ArgTypes<DataArgs<unknown>>> => ({
  data: { control: editable ? 'object' : false, table: { type: { summary: `${type} | undefined` } } },
  adapter: { control: false },
});
