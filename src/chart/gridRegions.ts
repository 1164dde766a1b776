/**
 * Decision regions as SVG paths: a grid of cells, each with a class, drawn as
 * one path per class with runs of equal cells merged into one rectangle, so a
 * 24×24 grid costs two elements, not 576.
 */

/** Where a grid sits on screen: its cell counts and the box it fills. */
export interface GridFrame {
  columns: number;
  rows: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * One path string per class for `cells` (row-major, row 0 at the top, each a
 * class index below `classes`). Values outside 0…classes−1 are left undrawn.
 */
export function gridRegionPaths(cells: ArrayLike<number>, frame: GridFrame, classes = 2): string[] {
  const paths: string[][] = Array.from({ length: classes }, () => []);
  const cw = frame.width / frame.columns;
  const ch = frame.height / frame.rows;
  const r = (v: number) => Math.round(v * 100) / 100;
  for (let row = 0; row < frame.rows; row++) {
    let start = 0;
    for (let col = 1; col <= frame.columns; col++) {
      const value = cells[row * frame.columns + start];
      if (col < frame.columns && cells[row * frame.columns + col] === value) continue;
      if (value !== undefined && value >= 0 && value < classes) {
        const x = frame.left + start * cw;
        const y = frame.top + row * ch;
        // A hair of overlap hides anti-aliasing seams between neighbouring runs.
        paths[value]!.push(`M${r(x)},${r(y)}h${r((col - start) * cw + 0.3)}v${r(ch + 0.3)}h${r(-((col - start) * cw + 0.3))}z`);
      }
      start = col;
    }
  }
  return paths.map((p) => p.join(''));
}

/** The centre of cell (col, row) in data units, for a grid spanning [x0, x1] × [y0, y1] with y1 at the top. */
export function cellCentre(col: number, row: number, columns: number, rows: number, x: [number, number], y: [number, number]): [number, number] {
  return [x[0] + ((col + 0.5) / columns) * (x[1] - x[0]), y[1] - ((row + 0.5) / rows) * (y[1] - y[0])];
}
