/**
 * `toImage()` for any element: what its shadow root shows, read back from
 * layout and computed styles into a flat list of marks (boxes, SVG shapes,
 * text, canvases), then written as a self-contained SVG or drawn onto a
 * canvas for a PNG. Elements load this module with `import()` on the first
 * call, so their bundles do not carry it.
 *
 * Why not serialise the DOM into `<foreignObject>`: it taints the canvas in
 * WebKit, and loading any image (even a blob: URL) is blocked by a strict
 * `img-src`/`default-src 'self'`. Marks drawn straight onto a canvas need
 * neither. The SVG names fonts but does not embed them; colours are the
 * computed ones, so the theme in force (`data-wm-theme`, dark mode,
 * `--wm-color-*`) is what the image shows. No `style` attributes are written.
 *
 * An element adopts it with one method (the type import costs no bytes):
 *   toImage(options?: ImageOptions): Promise<Blob> {
 *     return import('../../export/image.js').then((m) => m.toImage(this, options));
 *   }
 * and may pass `{ skip: '<selector>' }` as a third argument to leave parts out.
 */

/** The options of `toImage()`. */
export interface ImageOptions {
  /** `image/png` (the default) or `image/svg+xml`. */
  type?: 'image/png' | 'image/svg+xml';
  /** Pixels per CSS pixel of the PNG (default `devicePixelRatio`); the SVG's size is in CSS pixels either way. */
  scale?: number;
}

/** What an element leaves out of its picture: a selector for controls and other interactive chrome. */
export interface CaptureOptions {
  skip?: string;
}

type Clip = { x: number; y: number; w: number; h: number } | undefined;
interface Paint {
  fill?: string;
  stroke?: string;
  width?: number;
  dash?: number[];
  cap?: CanvasLineCap;
  join?: CanvasLineJoin;
  opacity?: number;
}
interface Font {
  family: string;
  size: number;
  weight: string;
  style: string;
}
type Mark =
  | { k: 'box'; x: number; y: number; w: number; h: number; r: number; paint: Paint; ramp?: string[]; clip: Clip }
  | { k: 'path'; d: string; m: DOMMatrix; paint: Paint; clip: Clip }
  | { k: 'text'; x: number; y: number; text: string; font: Font; fill: string; anchor: CanvasTextAlign; rtl: boolean; m?: DOMMatrix; clip: Clip }
  | { k: 'image'; x: number; y: number; w: number; h: number; src: HTMLCanvasElement; clip: Clip };

const visible = (c: string | undefined) => !!c && c !== 'none' && c !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(c) && !c.startsWith('url(');
const px = (v: string) => parseFloat(v) || 0;
const fontOf = (cs: CSSStyleDeclaration): Font => ({
  family: cs.fontFamily || 'sans-serif', size: px(cs.fontSize) || 16, weight: cs.fontWeight || '400', style: cs.fontStyle || 'normal',
});
const css = (f: Font) => `${f.style} ${f.weight} ${f.size}px ${f.family}`;

let measure: CanvasRenderingContext2D | null | undefined;
const ascents = new Map<string, number>();
/** The font's ascent: a text box's top is the baseline less it. */
function ascent(f: Font): number {
  const key = css(f);
  let a = ascents.get(key);
  if (a === undefined) {
    measure ??= document.createElement('canvas').getContext('2d');
    let m: TextMetrics | undefined;
    if (measure) {
      measure.font = key;
      m = measure.measureText('Hg');
    }
    a = m?.fontBoundingBoxAscent || f.size * 0.8;
    ascents.set(key, a);
  }
  return a;
}

function intersect(clip: Clip, r: DOMRect, o: DOMRect): Clip {
  const x = Math.max(clip?.x ?? -Infinity, r.left - o.left);
  const y = Math.max(clip?.y ?? -Infinity, r.top - o.top);
  const x2 = Math.min(clip ? clip.x + clip.w : Infinity, r.right - o.left);
  const y2 = Math.min(clip ? clip.y + clip.h : Infinity, r.bottom - o.top);
  return { x, y, w: Math.max(0, x2 - x), h: Math.max(0, y2 - y) };
}

class Capture {
  readonly marks: Mark[] = [];
  constructor(
    readonly origin: DOMRect,
    readonly skip: string | undefined,
  ) {}

  node(n: Node, clip: Clip, cs: CSSStyleDeclaration): void {
    if (n.nodeType === 3) this.text(n as Text, cs, clip);
    else if (n instanceof Element) this.element(n, clip);
  }

  element(el: Element, clip: Clip): void {
    if (this.skip && el.matches(this.skip)) return;
    if (el instanceof HTMLSlotElement) {
      for (const n of el.assignedNodes({ flatten: true })) this.node(n, clip, getComputedStyle(el));
      return;
    }
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') return;
    // A box-less element (display: contents) shows only its children.
    if (cs.display === 'contents') {
      for (const n of el.childNodes) this.node(n, clip, cs);
      return;
    }
    if ((el as HTMLElement).checkVisibility?.({ checkVisibilityCSS: true } as CheckVisibilityOptions) === false) return;
    const r = el.getBoundingClientRect();
    // Visually hidden text (1 px, clipped) is for screen readers, not the picture.
    if (r.width <= 1 && r.height <= 1 && cs.overflow !== 'visible') return;
    if (el instanceof SVGSVGElement) return this.svg(el, clip);
    if (el instanceof HTMLCanvasElement) {
      if (el.width && el.height && r.width && r.height)
        this.marks.push({ k: 'image', x: r.left - this.origin.left, y: r.top - this.origin.top, w: r.width, h: r.height, src: el, clip });
      return;
    }
    this.box(cs, r, clip);
    if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') clip = intersect(clip, r, this.origin);
    const kids = el.shadowRoot && el !== this.host ? el.shadowRoot.childNodes : el.childNodes;
    for (const n of kids) this.node(n, clip, cs);
  }

  host?: Element;

  box(cs: CSSStyleDeclaration, r: DOMRect, clip: Clip): void {
    if (!r.width || !r.height) return;
    const x = r.left - this.origin.left;
    const y = r.top - this.origin.top;
    const radius = cs.borderTopLeftRadius.endsWith('%') ? (px(cs.borderTopLeftRadius) / 100) * r.width : px(cs.borderTopLeftRadius);
    const bg = cs.backgroundColor;
    const ramp = cs.backgroundImage.startsWith('linear-gradient(') ? cs.backgroundImage.match(/(rgba?|oklch|oklab|lab|lch|color)\([^)]*\)/g) : null;
    if (ramp && /to left/.test(cs.backgroundImage)) ramp.reverse();
    if (visible(bg) || ramp) this.marks.push({ k: 'box', x, y, w: r.width, h: r.height, r: radius, paint: { fill: visible(bg) ? bg : undefined }, ramp: ramp ?? undefined, clip });
    const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((s) => ({
      w: cs[`border${s}Style`] === 'none' ? 0 : px(cs[`border${s}Width`]),
      c: cs[`border${s}Color`],
    }));
    const [t, rt, b, l] = sides as [{ w: number; c: string }, { w: number; c: string }, { w: number; c: string }, { w: number; c: string }];
    if (sides.every((s) => s.w === t.w && s.c === t.c)) {
      if (t.w && visible(t.c))
        this.marks.push({ k: 'box', x: x + t.w / 2, y: y + t.w / 2, w: r.width - t.w, h: r.height - t.w, r: Math.max(0, radius - t.w / 2), paint: { stroke: t.c, width: t.w }, clip });
      return;
    }
    const edge = (s: { w: number; c: string }, ex: number, ey: number, w: number, h: number) => {
      if (s.w && visible(s.c)) this.marks.push({ k: 'box', x: ex, y: ey, w, h, r: 0, paint: { fill: s.c }, clip });
    };
    edge(t, x, y, r.width, t.w);
    edge(b, x, y + r.height - b.w, r.width, b.w);
    edge(l, x, y, l.w, r.height);
    edge(rt, x + r.width - rt.w, y, rt.w, r.height);
  }

  text(node: Text, cs: CSSStyleDeclaration, clip: Clip): void {
    const words = [...node.data.matchAll(/\S+/g)];
    if (!words.length) return;
    const font = fontOf(cs);
    const rtl = cs.direction === 'rtl';
    const upper = cs.textTransform === 'uppercase';
    const range = document.createRange();
    let line: { left: number; right: number; top: number; words: string[] } | undefined;
    const flush = () => {
      if (!line) return;
      const text = line.words.join(' ');
      this.marks.push({
        k: 'text', x: (rtl ? line.right : line.left) - this.origin.left, y: line.top - this.origin.top + ascent(font),
        text: upper ? text.toUpperCase() : text, font, fill: cs.color, anchor: 'start', rtl, clip,
      });
      line = undefined;
    };
    for (const w of words) {
      range.setStart(node, w.index);
      range.setEnd(node, w.index + w[0].length);
      const r = range.getClientRects()[0];
      if (!r || !r.width || !r.height) continue;
      if (line && Math.abs(r.top - line.top) < 2) {
        line.words.push(w[0]);
        line.left = Math.min(line.left, r.left);
        line.right = Math.max(line.right, r.right);
      } else {
        flush();
        line = { left: r.left, right: r.right, top: r.top, words: [w[0]] };
      }
    }
    flush();
  }

  svg(root: SVGSVGElement, clip: Clip): void {
    const at = new DOMMatrix().translate(-this.origin.left, -this.origin.top);
    for (const el of root.querySelectorAll<SVGGraphicsElement>('path, line, rect, circle, ellipse, polyline, polygon, text')) {
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden' || el.closest('defs, clipPath, mask, symbol')) continue;
      const ctm = el.getScreenCTM();
      if (!ctm) continue;
      const m = at.multiply(ctm);
      const color = (c: string) => (c === 'currentcolor' || c === 'currentColor' ? cs.color : c);
      const fill = color(cs.fill);
      if (el instanceof SVGTextElement) {
        const text = el.textContent?.trim();
        if (!text || !visible(fill)) continue;
        const x = el.x.baseVal[0]?.value ?? 0;
        const y = el.y.baseVal[0]?.value ?? 0;
        const anchor = cs.textAnchor === 'middle' ? 'center' : cs.textAnchor === 'end' ? 'end' : 'start';
        this.marks.push({ k: 'text', x, y, text, font: fontOf(cs), fill, anchor, rtl: false, m, clip });
        continue;
      }
      const d = pathOf(el);
      if (!d) continue;
      const dash = cs.strokeDasharray === 'none' ? undefined : cs.strokeDasharray.split(/[\s,]+/).map(px);
      const opacity = px(cs.opacity || '1') * px(cs.fillOpacity || '1');
      this.marks.push({
        k: 'path', d, m, clip,
        paint: {
          fill: visible(fill) ? fill : undefined,
          stroke: visible(color(cs.stroke)) ? color(cs.stroke) : undefined,
          width: px(cs.strokeWidth) || 1,
          dash, cap: cs.strokeLinecap as CanvasLineCap, join: cs.strokeLinejoin as CanvasLineJoin,
          opacity: opacity < 1 ? opacity : undefined,
        },
      });
    }
  }
}

/** Every basic shape as path data, so both outputs draw one kind of thing. */
function pathOf(el: SVGGraphicsElement): string | undefined {
  const n = (l: SVGAnimatedLength) => l.baseVal.value;
  if (el instanceof SVGPathElement) return el.getAttribute('d') ?? undefined;
  if (el instanceof SVGLineElement) return `M${n(el.x1)} ${n(el.y1)}L${n(el.x2)} ${n(el.y2)}`;
  if (el instanceof SVGRectElement) {
    const [x, y, w, h] = [n(el.x), n(el.y), n(el.width), n(el.height)];
    return w && h ? `M${x} ${y}h${w}v${h}h${-w}z` : undefined;
  }
  if (el instanceof SVGCircleElement || el instanceof SVGEllipseElement) {
    const [cx, cy] = [n(el.cx), n(el.cy)];
    const [rx, ry] = el instanceof SVGCircleElement ? [n(el.r), n(el.r)] : [n(el.rx), n(el.ry)];
    return `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0z`;
  }
  if (el instanceof SVGPolylineElement || el instanceof SVGPolygonElement) {
    const pts = [...el.points].map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join('');
    return pts && (el instanceof SVGPolygonElement ? `${pts}z` : pts);
  }
  return undefined;
}

/** The marks an element shows, in its own coordinates (CSS pixels from its top left corner). */
export function capture(host: HTMLElement, o: CaptureOptions = {}): { width: number; height: number; marks: Mark[] } {
  const origin = host.getBoundingClientRect();
  const c = new Capture(origin, o.skip);
  c.host = host;
  const cs = getComputedStyle(host);
  c.box(cs, origin, undefined);
  for (const n of (host.shadowRoot ?? host).childNodes) c.node(n, undefined, cs);
  return { width: Math.ceil(origin.width), height: Math.ceil(origin.height), marks: c.marks };
}

const num = (v: number) => String(Math.round(v * 100) / 100);
const esc = (s: string) => s.replace(/[&<>"]/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[ch]};`);
const attrs = (a: Record<string, string | number | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${esc(typeof v == 'number' ? num(v) : v!)}"`)
    .join('');
const matrix = (m?: DOMMatrix) => (m ? `matrix(${[m.a, m.b, m.c, m.d, m.e, m.f].map(num).join(' ')})` : undefined);
const paintAttrs = (p: Paint) => ({
  fill: p.fill ?? 'none', stroke: p.stroke, 'stroke-width': p.stroke ? p.width : undefined,
  'stroke-dasharray': p.stroke && p.dash ? p.dash.map(num).join(' ') : undefined,
  'stroke-linecap': p.stroke && p.cap !== 'butt' ? p.cap : undefined,
  'stroke-linejoin': p.stroke && p.join !== 'miter' ? p.join : undefined,
  opacity: p.opacity,
});

/** The marks as SVG markup: presentation attributes only; canvases as PNG `data:` images. */
export function toSvg({ width, height, marks }: ReturnType<typeof capture>): string {
  const defs: string[] = [];
  const clips = new Map<string, string>();
  const clipRef = (c: Clip) => {
    if (!c) return undefined;
    const key = [c.x, c.y, c.w, c.h].map(num).join(' ');
    let id = clips.get(key);
    if (!id) {
      id = `c${clips.size}`;
      clips.set(key, id);
      defs.push(`<clipPath id="${id}"><rect${attrs({ x: c.x, y: c.y, width: c.w, height: c.h })}/></clipPath>`);
    }
    return `url(#${id})`;
  };
  const body = marks.map((mk) => {
    const clip = clipRef(mk.clip);
    if (mk.k === 'box') {
      let fill = mk.paint.fill;
      if (mk.ramp) {
        const id = `g${defs.length}`;
        const stops = mk.ramp.map((c, i) => `<stop offset="${num(i / Math.max(1, mk.ramp!.length - 1))}" stop-color="${esc(c)}"/>`).join('');
        defs.push(`<linearGradient id="${id}">${stops}</linearGradient>`);
        fill = `url(#${id})`;
      }
      return `<rect${attrs({ x: mk.x, y: mk.y, width: mk.w, height: mk.h, rx: mk.r || undefined, ...paintAttrs({ ...mk.paint, fill }), 'clip-path': clip })}/>`;
    }
    if (mk.k === 'path') return `<path${attrs({ d: mk.d, transform: matrix(mk.m), ...paintAttrs(mk.paint), 'clip-path': clip })}/>`;
    if (mk.k === 'image')
      return `<image${attrs({ x: mk.x, y: mk.y, width: mk.w, height: mk.h, preserveAspectRatio: 'none', href: mk.src.toDataURL('image/png'), 'clip-path': clip })}/>`;
    const f = mk.font;
    return `<text${attrs({
      x: mk.x, y: mk.y, transform: matrix(mk.m), fill: mk.fill, 'font-family': f.family, 'font-size': f.size,
      'font-weight': f.weight === '400' ? undefined : f.weight, 'font-style': f.style === 'normal' ? undefined : f.style,
      'text-anchor': mk.anchor === 'center' ? 'middle' : mk.anchor === 'end' ? 'end' : undefined,
      direction: mk.rtl ? 'rtl' : undefined, 'clip-path': clip,
    })}>${esc(mk.text)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width, height, viewBox: `0 0 ${width} ${height}` })}>${
    defs.length ? `<defs>${defs.join('')}</defs>` : ''
  }${body.join('')}</svg>`;
}

/** The marks drawn onto a canvas `scale` times their CSS size. */
export function toCanvas({ width, height, marks }: ReturnType<typeof capture>, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d')!;
  const stroke = (p: Paint, path: Path2D) => {
    if (p.fill) {
      ctx.fillStyle = p.fill;
      ctx.fill(path);
    }
    if (p.stroke) {
      ctx.strokeStyle = p.stroke;
      ctx.lineWidth = p.width ?? 1;
      ctx.setLineDash(p.dash ?? []);
      ctx.lineCap = p.cap ?? 'butt';
      ctx.lineJoin = p.join ?? 'miter';
      ctx.stroke(path);
    }
  };
  for (const mk of marks) {
    ctx.save();
    ctx.scale(scale, scale);
    if (mk.clip) {
      ctx.beginPath();
      ctx.rect(mk.clip.x, mk.clip.y, mk.clip.w, mk.clip.h);
      ctx.clip();
    }
    if (mk.k === 'box') {
      const path = new Path2D();
      if (mk.r && path.roundRect) path.roundRect(mk.x, mk.y, mk.w, mk.h, mk.r);
      else path.rect(mk.x, mk.y, mk.w, mk.h);
      let fill: string | CanvasGradient | undefined = mk.paint.fill;
      if (mk.ramp) {
        const g = ctx.createLinearGradient(mk.x, 0, mk.x + mk.w, 0);
        mk.ramp.forEach((c, i) => g.addColorStop(i / Math.max(1, mk.ramp!.length - 1), c));
        ctx.fillStyle = g;
        ctx.fill(path);
        fill = undefined;
      }
      stroke({ ...mk.paint, fill: fill as string | undefined }, path);
    } else if (mk.k === 'path') {
      ctx.transform(mk.m.a, mk.m.b, mk.m.c, mk.m.d, mk.m.e, mk.m.f);
      if (mk.paint.opacity !== undefined) ctx.globalAlpha = mk.paint.opacity;
      stroke(mk.paint, new Path2D(mk.d));
    } else if (mk.k === 'image') {
      ctx.drawImage(mk.src, mk.x, mk.y, mk.w, mk.h);
    } else {
      if (mk.m) ctx.transform(mk.m.a, mk.m.b, mk.m.c, mk.m.d, mk.m.e, mk.m.f);
      ctx.font = css(mk.font);
      ctx.fillStyle = mk.fill;
      ctx.textAlign = mk.anchor;
      ctx.direction = mk.rtl ? 'rtl' : 'ltr';
      ctx.fillText(mk.text, mk.x, mk.y);
    }
    ctx.restore();
  }
  return canvas;
}

/**
 * `element.toImage()`: waits for the element's pending render and the next
 * frame (canvases draw in one), then captures it.
 */
export async function toImage(host: HTMLElement & { updateComplete?: Promise<unknown> }, o: ImageOptions = {}, c?: CaptureOptions): Promise<Blob> {
  await host.updateComplete;
  // A canvas is drawn in an animation frame; a hidden tab has none, so do not wait long for one.
  await new Promise((r) => {
    requestAnimationFrame(r);
    setTimeout(r, 100);
  });
  // Parts that skip rendering while out of view (content-visibility: auto: the
  // journey map's cells) would be drawn at their placeholder size: lay them out
  // in full for the picture, then let them skip again.
  const skipping = [...(host.shadowRoot ?? host).querySelectorAll<HTMLElement>('*')].filter((el) => getComputedStyle(el).contentVisibility == 'auto');
  for (const el of skipping) el.style.contentVisibility = 'visible';
  let shot: ReturnType<typeof capture>;
  try {
    shot = capture(host, c);
  } finally {
    for (const el of skipping) el.style.contentVisibility = '';
  }
  if (o.type === 'image/svg+xml') return new Blob([toSvg(shot)], { type: 'image/svg+xml' });
  const scale = o.scale ?? globalThis.devicePixelRatio ?? 1;
  if (!(scale > 0)) throw new RangeError(`toImage: scale must be a positive number, not ${o.scale}`);
  const canvas = toCanvas(shot, scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toImage: the browser could not encode the PNG.'))), 'image/png'),
  );
}
