import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DataElement } from '../data-element.js';
import { LoadController } from '../../data/load-controller.js';
import { mapLoad } from '../../data/map-load.js';
import type { JourneyMap, MapLane } from '../../data/schema.js';
import { hostStyles } from '../../styles/host.js';
import { printStyles } from '../../styles/print.js';
import { renderEmpty, renderState, type StateWords } from '../states.js';
import { isRtl } from '../rtl.js';
import { msg, str } from '../../i18n/localize.js';
import { csv } from '../../export/csv.js';
import type { ImageOptions } from '../../export/image.js';
import { downloadButtons, type DownloadKind } from '../download-buttons.js';
import { CellSelectEvent } from './events.js';
import {
  cellsByColumn, channelsOf, emotionsOf, funnelOf, lanesOf, layoutOf, metricsOf, notesOf, reachedOf, seriesOf,
  COLUMN_MODES, type ColumnMode, type MapLayout,
} from './model.js';
import { emotionTable, renderCell, renderLegend } from './view.js';
import { styles } from './journey-map.styles.js';

export { COLUMN_MODES, type ColumnMode };

const STATES = (): StateWords => ({
  loading: msg('Loading journey map…', { id: 'map.loading' }),
  empty: msg('This journey map has no lanes yet.', { id: 'map.empty' }),
  noun: msg('journey map', { id: 'data.journey-map' }),
});

/** Arrow keys, Home and End (with Ctrl: the whole grid) as moves of [row, column]. */
const MOVES: Record<string, (r: number, c: number, rows: number, cols: number, rtl: boolean, ctrl: boolean) => [number, number]> = {
  ArrowUp: (r, c) => [r - 1, c],
  ArrowDown: (r, c) => [r + 1, c],
  ArrowLeft: (r, c, _r, _c, rtl) => [r, rtl ? c + 1 : c - 1],
  ArrowRight: (r, c, _r, _c, rtl) => [r, rtl ? c - 1 : c + 1],
  Home: (r, _c, _r, _k, _rtl, ctrl) => [ctrl ? 0 : r, 0],
  End: (r, _c, rows, cols, _rtl, ctrl) => [ctrl ? rows - 1 : r, cols - 1],
};

/**
 * The living journey map: one journey's stages (and finer steps) as columns,
 * lanes of notes, emotion, channels, metrics and a funnel as rows, kept live
 * by the adapter's `watchMap`.
 *
 * @summary A journey map: stages or steps as columns, lanes of notes, emotion, channels, metrics and a funnel.
 * @tagname wm-journey-map
 *
 * @fires wm-load - `{ data }` after the map loaded and validated, and after each live update.
 * @fires wm-error - `{ error, kind }` when loading failed.
 * @fires wm-cell-select - `{ lane, column }` (ids) when the user activates a cell (with `selectable`).
 *
 * @csspart base - The wrapper around the whole map.
 * @csspart toolbar - The toolbar above the map with the "Download image" button (`download-image`: a PNG of the map as shown) and "Download CSV" (`download-csv`: see `toCSV()`); not printed.
 * @csspart title - The map's name, description and persona.
 * @csspart scroller - The region that scrolls sideways for wide maps.
 * @csspart table - The table (a grid with `selectable`).
 * @csspart stage - A stage header spanning its steps (steps mode).
 * @csspart column - A column header (a stage or a step).
 * @csspart lane - A lane's row; a second part names its kind: `notes`, `emotion`, `channels`, `metrics`, `funnel`.
 * @csspart lane-header - A lane's header, kept in view when the map scrolls sideways.
 * @csspart cell - A cell; `selected` is added to the selected one.
 * @csspart note - A note; a second part names its tone: `pain`, `gain`, `idea`.
 * @csspart tone - A note's tone label with its icon.
 * @csspart curve - The emotion curve's piece in a cell.
 * @csspart channel - A channel with its count.
 * @csspart metric - A metric readout; a second part names its band tone.
 * @csspart biggest-drop - The mark on the funnel's biggest drop-off.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state (`role="alert"`), with its Retry button (`retry`).
 * @csspart stale - The notice shown over data kept after a failed refresh.
 *
 * @cssprop --wm-journey-map-column-width - Minimum width of a column (default 9rem).
 * @cssprop --wm-journey-map-lane-width - Width of the lane headers (default 8rem).
 * @cssprop --wm-journey-map-curve-height - Height of the emotion curve (default 4rem).
 * @cssprop --wm-journey-map-pain-color - Colour of pain notes (default `--wm-color-critical`).
 * @cssprop --wm-journey-map-gain-color - Colour of gain notes (default `--wm-color-good`).
 * @cssprop --wm-journey-map-idea-color - Colour of idea notes (default `--wm-color-accent`).
 * @cssprop --wm-color-accent - Global accent colour.
 * @cssprop --wm-font-family - Global font family.
 */
export class JourneyMapElement extends DataElement<JourneyMap> {
  static override styles = [hostStyles, printStyles, styles];
  static override properties: PropertyDeclarations = {
    journey: { reflect: true },
    columns: { reflect: true },
    lanes: { reflect: true },
    selectable: { type: Boolean, reflect: true },
    focusCell: { state: true },
    selectedCell: { state: true },
  };

  /** Journey id whose map to load through an adapter. */
  journey?: string;

  /** `stages` or `steps` as columns; default `steps` when the map has steps. */
  columns?: ColumnMode;

  /** Space-separated ids of the lanes to show; default all. */
  lanes?: string;

  /** Cells can be focused with arrow keys and activated, firing `wm-cell-select`. */
  selectable = false;

  private focusCell: [number, number] = [0, 0];
  private selectedCell?: [string, string];

  readonly #loader = new LoadController<JourneyMap>(this, mapLoad(this, (m) => m.lanes.length === 0 || m.stages.length === 0));

  /** Loads the map again. */
  reload(): Promise<void> {
    return this.#loader.reload();
  }

  /**
   * The map as CSV, one row per lane and column shown (just the header before data). `value`
   * is the cell in short: notes as text (with their tone), emotion per series, channels with
   * counts, metrics by id, the funnel's count; `continues` is the funnel's share going on.
   */
  toCSV(): string {
    const map = this.#loader.value;
    if (!map) return csv('lane,laneLabel,kind,column,columnName,stage,value,continues', []);
    const layout = layoutOf(map, this.columns);
    const rows = lanesOf(map, this.lanes).flatMap((lane) => {
      const byColumn = cellsByColumn(lane, layout);
      const series = seriesOf(lane);
      const funnel = lane.kind === 'funnel' ? funnelOf(byColumn.map(reachedOf)) : [];
      return layout.columns.map((col, i) => {
        const cells = byColumn[i]!;
        const stage = layout.groups ? layout.groups[col.group]!.id : col.id;
        let value: string | number | undefined;
        if (lane.kind === 'notes') value = notesOf(cells).map((n) => (n.tone ? `[${n.tone}] ${n.text}` : n.text)).join(' | ');
        else if (lane.kind === 'channels') value = channelsOf(cells).map((c) => (c.count === undefined ? c.channel : `${c.channel}=${c.count}`)).join('; ');
        else if (lane.kind === 'metrics') value = metricsOf(cells).map((m) => `${m.id}=${m.value}`).join('; ');
        else if (lane.kind === 'funnel') value = funnel[i]!.reached;
        else {
          const values = emotionsOf(cells, series);
          value = series.length === 1 && !series[0]!.id
            ? values[0]
            : series.flatMap((s, k) => (values[k] === undefined ? [] : [`${s.id}=${values[k]}`])).join('; ');
        }
        const go = funnel[i]?.continues;
        return [lane.id, lane.label, lane.kind, col.id, col.name, stage, value, go === undefined ? '' : go / 100];
      });
    });
    return csv('lane,laneLabel,kind,column,columnName,stage,value,continues', rows);
  }

  /**
   * The map as shown (title, table, scrolled as on screen; not the toolbar), as a PNG or a
   * self-contained SVG (fonts named, not embedded), in its current theme and language, at
   * `scale` (default `devicePixelRatio`).
   */
  toImage(options?: ImageOptions): Promise<Blob> {
    return import('../../export/image.js').then((m) => m.toImage(this, options, { skip: '[part=toolbar]' }));
  }

  /** The download buttons: the saving code loads on first use. */
  #download(what: DownloadKind): Promise<void> {
    return import('../../export/download.js').then((m) => m.save(this, what, 'journey-map'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('columns') || changed.has('lanes')) this.focusCell = [0, 0];
  }

  override render() {
    return renderState(this.#loader, STATES(), (map) => this.#renderMap(map));
  }

  #renderMap(map: JourneyMap) {
    const layout = layoutOf(map, this.columns);
    const lanes = lanesOf(map, this.lanes);
    if (!lanes.length) return renderEmpty(msg('None of the chosen lanes is in this map.', { id: 'map.no-lanes' }));
    const grid = this.selectable;
    const rows = lanes.length;
    const cols = layout.columns.length;
    const [fr, fc] = [Math.min(this.focusCell[0], rows - 1), Math.min(this.focusCell[1], cols - 1)];
    return html`<div part="base" class="base">
      <div part="toolbar" class="toolbar">${downloadButtons((what) => this.#download(what))}</div>
      <div part="title" class="title">
        <p class="name" id="map-name">${map.name}</p>
        ${map.description ? html`<p class="description">${map.description}</p>` : nothing}
        ${map.persona
          ? html`<p class="persona">
              <strong>${msg('Persona:', { id: 'map.persona' })}</strong> ${map.persona.name}${map.persona.summary
                ? html` · ${map.persona.summary}`
                : nothing}
            </p>`
          : nothing}
      </div>
      <div
        part="scroller"
        class="scroller"
        role="region"
        tabindex="0"
        aria-label=${msg(str`${map.name}: journey map`, { id: 'map.region' })}
      >
        ${(this.printing ? (layout.groups ?? layout.columns).map((_, g) => g) : [-1]).map((g) =>
          this.#renderTable(layout, lanes, grid && g < 0, fr, fc, g),
        )}
      </div>
    </div>`;
  }

  /**
   * The map's table; in print (`part` a stage's index) one per stage, with
   * that stage's columns and every lane header, so a page never cuts a
   * table sideways and each page repeats the headers.
   */
  #renderTable(layout: MapLayout, lanes: MapLane[], grid: boolean, fr: number, fc: number, part: number) {
    const s = part < 0 ? '' : `-p${part}`;
    return html`<table
      part="table"
      role=${grid ? 'grid' : nothing}
      aria-labelledby="map-name"
      @keydown=${this.#onKeydown}
      @click=${this.#onClick}
    >
      <thead>
        ${layout.groups
          ? html`<tr class="stages">
              <td class="corner"></td>
              ${layout.groups.map((g, i) =>
                part >= 0 && i !== part
                  ? nothing
                  : html`<th part="stage" scope="colgroup" colspan=${g.span} id="stage-${i}${s}"><span class="column-name">${g.name}</span> ${g.description
                    ? html`<span class="column-description">${g.description}</span>`
                    : nothing}</th>`,
              )}
            </tr>`
          : nothing}
        <tr>
          <th scope="col" class="corner">${msg('Lane', { id: 'map.lane' })}</th>
          ${layout.columns.map((c, i) =>
            part >= 0 && c.group !== part
              ? nothing
              : html`<th part="column" scope="col" id="col-${i}${s}" class=${layout.groups && i > 0 && layout.columns[i - 1]!.group !== c.group ? 'stage-start' : ''}><span class="column-name">${c.name}</span> ${c.description && layout.mode === 'steps'
                ? html`<span class="column-description">${c.description}</span>`
                : nothing}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${lanes.map((lane, r) => this.#renderLane(lane, r, layout, grid, r === fr ? fc : -1, part, s))}
      </tbody>
    </table>`;
  }

  #renderLane(lane: MapLane, r: number, layout: MapLayout, grid: boolean, focusColumn: number, part = -1, s = '') {
    const byColumn = cellsByColumn(lane, layout);
    const series = lane.kind === 'emotion' ? seriesOf(lane) : [];
    const emotions = lane.kind === 'emotion' ? emotionTable(byColumn, series) : [];
    const funnel = lane.kind === 'funnel' ? funnelOf(byColumn.map(reachedOf)) : undefined;
    const maxReached = funnel ? Math.max(0, ...funnel.map((f) => f.reached ?? 0)) : 0;
    const [selLane, selColumn] = this.selectedCell ?? [];
    const locale = this.effectiveLocale;
    return html`<tr part="lane ${lane.kind}" class="lane ${lane.kind}">
      <th part="lane-header" scope="row" id="lane-${r}${s}" class="lane-header"><span class="lane-label" id="lane-label-${r}${s}">${lane.label}</span> ${lane.kind === 'emotion'
        ? renderLegend(lane, series)
        : nothing}</th>
      ${layout.columns.map((col, c) => {
        if (part >= 0 && col.group !== part) return nothing;
        const stage = layout.groups ? ` stage-${col.group}${s}` : '';
        const cls = layout.groups && c > 0 && layout.columns[c - 1]!.group !== col.group ? 'cell stage-start' : 'cell';
        const id = `cell-${r}-${c}${s}`;
        // The cell names itself last (its content), so it needs no wrapper
        // around the content to point at: one element and marker less per cell.
        const label = `lane-label-${r}${s}${stage} col-${c}${s} ${id}`;
        const content = renderCell({
          locale,
          lane,
          cells: byColumn[c]!,
          series,
          emotions,
          column: c,
          funnel: funnel?.[c],
          maxReached,
        });
        // A plain table's cell binds no focus or selection: a third fewer bindings.
        if (!grid) return html`<td part="cell" class=${cls} id=${id} data-row=${r} data-column=${c} aria-labelledby=${label}>${content}</td>`;
        const selected = selLane === lane.id && selColumn === col.id;
        return html`<td
          part=${selected ? 'cell selected' : 'cell'}
          class=${cls}
          id=${id}
          data-row=${r}
          data-column=${c}
          tabindex=${c === focusColumn ? 0 : -1}
          aria-selected=${selected ? 'true' : 'false'}
          aria-labelledby=${label}
        >${content}</td>`;
      })}
    </tr>`;
  }

  #cellOf(target: EventTarget | null): HTMLTableCellElement | undefined {
    const cell = (target as Element | null)?.closest?.('td[data-row]');
    return (cell as HTMLTableCellElement | null) ?? undefined;
  }

  #select(cell: HTMLTableCellElement): void {
    const map = this.#loader.value;
    if (!map) return;
    const r = Number(cell.dataset.row);
    const c = Number(cell.dataset.column);
    const lane = lanesOf(map, this.lanes)[r];
    const column = layoutOf(map, this.columns).columns[c];
    if (!lane || !column) return;
    this.focusCell = [r, c];
    this.selectedCell = [lane.id, column.id];
    this.dispatchEvent(new CellSelectEvent(lane.id, column.id));
  }

  #onClick(e: MouseEvent): void {
    if (!this.selectable || (e.target as Element).closest?.('a')) return;
    const cell = this.#cellOf(e.target);
    if (cell) this.#select(cell);
  }

  #onKeydown(e: KeyboardEvent): void {
    if (!this.selectable) return;
    const cell = this.#cellOf(e.target);
    // Keys typed on a link inside a cell are the link's.
    if (!cell || e.target !== cell) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#select(cell);
      return;
    }
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    const rows = this.renderRoot.querySelectorAll('tbody tr').length;
    const cols = this.renderRoot.querySelectorAll('tbody tr:first-child td').length;
    const [r, c] = move(Number(cell.dataset.row), Number(cell.dataset.column), rows, cols, isRtl(this), e.ctrlKey || e.metaKey);
    const to: [number, number] = [Math.max(0, Math.min(rows - 1, r)), Math.max(0, Math.min(cols - 1, c))];
    this.focusCell = to;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`td[data-row="${to[0]}"][data-column="${to[1]}"]`)?.focus(),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-journey-map': JourneyMapElement;
  }
}
