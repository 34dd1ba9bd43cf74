export interface GestureTarget {
  /** Moves the content `dx` px (dragging right shows earlier times in left-to-right layouts). */
  panBy(dx: number): void;
  /** Zooms by `factor` (< 1 zooms in) keeping the time under `x` in place. */
  zoomAt(factor: number, x: number): void;
  tap(x: number, y: number): void;
  /** Notes the view now; the function returned puts it back. */
  save(): () => void;
}

interface Point {
  x: number;
  y: number;
}

/** Below this many px of movement, a press is a tap, not a drag. */
const SLOP = 4;

/**
 * Pointer and wheel input for the plot: drag pans, two pointers pinch-zoom,
 * ctrl/cmd + wheel (also what trackpad pinches send) zooms, a horizontal
 * wheel pans. A plain vertical wheel is left alone so the page scrolls.
 */
export class PlotGestures {
  readonly #target: GestureTarget;
  readonly #pointers = new Map<number, Point>();
  #rect?: DOMRect;
  #start?: Point;
  #moved = false;
  #pinch = 0;
  /** Puts back the view a one-finger drag started from. */
  #undo?: () => void;

  constructor(target: GestureTarget) {
    this.#target = target;
  }

  #at(e: PointerEvent | WheelEvent): Point {
    const r = (this.#rect ??= (e.currentTarget as HTMLElement).getBoundingClientRect());
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  readonly down = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.#rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const p = this.#at(e);
    this.#pointers.set(e.pointerId, p);
    try {
      (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    } catch {
      // Synthetic events have no active pointer to capture.
    }
    if (this.#pointers.size === 1) {
      this.#start = p;
      this.#moved = false;
      this.#undo = this.#target.save();
    } else if (this.#pointers.size === 2) {
      this.#pinch = this.#spread();
      this.#moved = true;
      this.#undo = undefined;
    }
  };

  readonly move = (e: PointerEvent): void => {
    const prev = this.#pointers.get(e.pointerId);
    if (!prev) return;
    const p = this.#at(e);
    if (this.#pointers.size === 1) {
      const [dx, dy] = [p.x - this.#start!.x, p.y - this.#start!.y];
      // A mostly vertical swipe of a finger is the page's (touch-action: pan-y): the browser scrolls and cancels it.
      if (!this.#moved && (Math.hypot(dx, dy) < SLOP || (e.pointerType === 'touch' && Math.abs(dy) > Math.abs(dx)))) return;
      this.#moved = true;
      this.#pointers.set(e.pointerId, p);
      this.#target.panBy(p.x - prev.x);
      return;
    }
    this.#pointers.set(e.pointerId, p);
    const spread = this.#spread();
    if (this.#pinch > 0 && spread > 0) {
      const [a, b] = [...this.#pointers.values()] as [Point, Point];
      this.#target.zoomAt(this.#pinch / spread, (a.x + b.x) / 2);
    }
    this.#pinch = spread;
  };

  readonly up = (e: PointerEvent): void => {
    if (!this.#pointers.has(e.pointerId)) return;
    const p = this.#at(e);
    this.#pointers.delete(e.pointerId);
    // The browser took the drag over (it scrolls the page): the time moved on the way is put back.
    if (e.type === 'pointercancel' && !this.#pointers.size && this.#moved) this.#undo?.();
    if (!this.#pointers.size) this.#undo = undefined;
    if (this.#pointers.size < 2) this.#pinch = 0;
    if (!this.#pointers.size && !this.#moved && e.type === 'pointerup') this.#target.tap(p.x, p.y);
    if (!this.#pointers.size) this.#rect = undefined;
  };

  /** Not passive: zooming must stop the page from zooming or scrolling too. */
  readonly wheel = {
    passive: false,
    handleEvent: (e: WheelEvent): void => {
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        this.#rect = undefined;
        this.#target.zoomAt(Math.exp(Math.max(-100, Math.min(100, e.deltaY * unit)) * 0.005), this.#at(e).x);
        this.#rect = undefined;
      } else if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        e.preventDefault();
        this.#target.panBy(-e.deltaX * unit);
      }
    },
  };

  #spread(): number {
    const [a, b] = [...this.#pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }
}
