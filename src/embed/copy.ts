/** What happened to the text: on the clipboard, or selected for the reader to copy. */
export type CopyResult = 'copied' | 'selected';

/**
 * Put `text` on the clipboard. Where the Clipboard API is missing or refuses,
 * show it in the read-only textarea `fallback()` gives, select it, and try
 * the old copy command; if that fails too, the reader copies the selection.
 */
export async function copyText(text: string, fallback: () => HTMLTextAreaElement): Promise<CopyResult> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Denied or unavailable: fall through to the selection.
  }
  const before = document.activeElement;
  const area = fallback();
  area.readOnly = true;
  area.value = text;
  area.hidden = false;
  area.focus();
  area.select();
  try {
    if (document.execCommand('copy')) {
      // Copied after all: give focus back to the button that asked.
      if (before instanceof HTMLElement) before.focus();
      return 'copied';
    }
  } catch {
    // Some browsers throw instead of returning false.
  }
  return 'selected';
}

/** The words a status line shows after a copy. */
export function copyMessage(result: CopyResult, what: string): string {
  return result === 'copied' ? `Copied ${what}.` : `${what[0]?.toUpperCase()}${what.slice(1)} selected: press Ctrl+C (⌘C on a Mac) to copy.`;
}
