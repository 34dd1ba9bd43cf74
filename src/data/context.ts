import { createContext } from '@lit/context';
import type { WaymarkAdapter } from './adapters/types.js';

/** The adapter a `<wm-data-source>` provides to its descendants. */
export const adapterContext = createContext<WaymarkAdapter | undefined>(Symbol.for('waymark.adapter'));
