import { createContext, useContext, type ReactNode } from 'react';
import type { AnyDiagram } from '../diagrams/types';

/**
 * What the essay's components share while the page is prerendered: the
 * diagrams, and the counters that number figures, citations and notes in
 * reading order (React renders on the server top to bottom, once).
 */
export class EssayState {
  private figures = 0;
  private citeNumbers = new Map<string, number>();
  readonly notes: ReactNode[] = [];
  readonly missingCites = new Set<string>();

  constructor(
    readonly diagrams: ReadonlyMap<string, AnyDiagram>,
    readonly referenceIds: ReadonlySet<string>,
  ) {}

  /** The next figure number. */
  nextFigure(): number {
    return ++this.figures;
  }

  /** A reference's number, given on first citation; undefined for an unknown key. */
  cite(id: string): number | undefined {
    if (!this.referenceIds.has(id)) {
      this.missingCites.add(id);
      return undefined;
    }
    let n = this.citeNumbers.get(id);
    if (n === undefined) {
      n = this.citeNumbers.size + 1;
      this.citeNumbers.set(id, n);
    }
    return n;
  }

  /** Cited reference ids in the order of their numbers. */
  citedInOrder(): string[] {
    return [...this.citeNumbers.keys()];
  }

  /** Keep a footnote's content; returns its number. */
  addNote(content: ReactNode): number {
    this.notes.push(content);
    return this.notes.length;
  }
}

export const EssayContext = createContext<EssayState | null>(null);

/** The essay's shared state; only valid inside <Essay>. */
export function useEssay(): EssayState {
  const state = useContext(EssayContext);
  if (!state) throw new Error('Essay components must be rendered inside <Essay>.');
  return state;
}
