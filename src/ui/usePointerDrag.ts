import { useCallback, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';

export interface DragDelta {
  /** Movement since the drag started, in CSS pixels. */
  dx: number;
  dy: number;
}

/**
 * Pointer-captured dragging for mouse, pen and touch alike: returns handlers
 * to spread on the draggable element (give it the `draggable` class, which
 * sets `touch-action: none`, so a phone does not scroll away mid-drag).
 * `onStart` returns the value the drag starts from; `onMove` gets it back with
 * the delta. A cancelled pointer (pointercancel) ends the drag where it was.
 */
export function usePointerDrag<T>(onStart: () => T, onMove: (start: T, delta: DragDelta) => void) {
  const drag = useRef<{ id: number; x: number; y: number; start: T } | null>(null);

  const onPointerDown = useCallback(
    (event: ReactPointerEvent<Element>) => {
      if (event.button !== 0) return;
      event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = { id: event.pointerId, x: event.clientX, y: event.clientY, start: onStart() };
      event.preventDefault();
    },
    [onStart],
  );
  const onPointerMove = useCallback(
    (event: ReactPointerEvent<Element>) => {
      const current = drag.current;
      if (!current || current.id !== event.pointerId) return;
      onMove(current.start, { dx: event.clientX - current.x, dy: event.clientY - current.y });
    },
    [onMove],
  );
  const end = useCallback((event: ReactPointerEvent<Element>) => {
    if (drag.current?.id !== event.pointerId) return;
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  }, []);

  return { onPointerDown, onPointerMove, onPointerUp: end, onPointerCancel: end };
}
