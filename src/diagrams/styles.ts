/**
 * Every diagram's own stylesheet (`src/diagrams/<id>/style.css`), bundled into
 * the page's first CSS so a prerendered figure is styled before it wakes and
 * nothing shifts when it does. Import this module once per page entry.
 */
import.meta.glob('./*/style.css', { eager: true });
