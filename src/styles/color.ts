/** sRGB channels 0..255 and alpha 0..1. */
export type Rgba = readonly [r: number, g: number, b: number, a: number];

const cache = new Map<string, Rgba | undefined>();
let ctx: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour, as sRGB bytes: rgb(), hex, names, system colours, and what
 * computed styles hold for themes written in oklch(), lab(), color(…) or
 * color-mix(). A regex over `rgb()` reads those as nothing (the timeline's
 * sentiment went grey). Instead a 1×1 canvas parses the colour as CSS does
 * and a filled pixel is read back, so each engine converts with its own
 * colour code, gamut mapping included. One read per distinct string, cached;
 * undefined for a string that is no colour.
 */
export function toRgba(color: string): Rgba | undefined {
  if (cache.has(color)) return cache.get(color);
  // How computed styles serialise sRGB (hex, names, rgb()): read directly, with
  // no canvas and no pixel read-back, which costs milliseconds on a first render.
  const m = RGB.exec(color);
  if (m) return remember(color, [+m[1]!, +m[2]!, +m[3]!, m[4] === undefined ? 1 : +m[4]]);
  if (ctx === undefined) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    ctx = canvas.getContext('2d', { willReadFrequently: true });
  }
  if (!ctx) return undefined;
  // The canvas ignores a value it cannot parse and keeps the previous one:
  // a colour reads back the same after either sentinel, a non-colour does not.
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  const parsed = ctx.fillStyle;
  ctx.fillStyle = '#fff';
  ctx.fillStyle = color;
  let rgba: Rgba | undefined;
  if (ctx.fillStyle === parsed) {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    rgba = [r!, g!, b!, Math.round((a! / 255) * 1000) / 1000];
  }
  return remember(color, rgba);
}

const RGB = /^rgba?\((\d+(?:\.\d+)?), (\d+(?:\.\d+)?), (\d+(?:\.\d+)?)(?:, (\d*\.?\d+))?\)$/;

function remember(color: string, rgba: Rgba | undefined): Rgba | undefined {
  // Distinct colours are few (one per token and scheme); the cap only guards against a page that animates them.
  if (cache.size >= 256) cache.clear();
  cache.set(color, rgba);
  return rgba;
}

/** `rgb(r, g, b)`, or `rgba(r, g, b, a)` when not opaque: how computed styles serialise sRGB. */
export const rgbString = ([r, g, b, a]: Rgba): string => (a < 1 ? `rgba(${r}, ${g}, ${b}, ${a})` : `rgb(${r}, ${g}, ${b})`);
