import { memo, useEffect, useRef, useState } from 'react';
import { numpyCode, torchCode } from './code';
import type { LayerModel } from './model';

type Status = '' | 'copied' | 'selected';

/** Put text on the clipboard; where that is refused, open the code and select it so Ctrl+C works. */
async function copy(text: string, pre: () => HTMLElement | null, open: () => Promise<void>): Promise<Status> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Denied or unavailable: fall back to selecting the visible code.
  }
  await open();
  const element = pre();
  if (!element) return '';
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  try {
    if (document.execCommand('copy')) return 'copied';
  } catch {
    // Some browsers throw instead of returning false.
  }
  return 'selected';
}

interface CopyCodeProps {
  /** The layer the visible code shows: the live one while open (the view passes a fixed one while closed). */
  model: LayerModel;
  /** The live layer, for the copy buttons. */
  latest: () => LayerModel;
  open: boolean;
  onOpen: (open: boolean) => void;
}

/**
 * "Copy as code": the layer as NumPy and PyTorch, on the clipboard and visible
 * in a disclosure. The code is written out only while the disclosure is open
 * (and in the server's HTML, for readers without JavaScript), so scrubbing a
 * slider does not rebuild text nobody is looking at.
 */
export const CopyCode = memo(function CopyCode({ model, latest, open, onOpen }: CopyCodeProps) {
  const [status, setStatus] = useState<{ what: string; result: Status }>({ what: '', result: '' });
  const [hydrated, setHydrated] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const numpyPre = useRef<HTMLPreElement>(null);
  const torchPre = useRef<HTMLPreElement>(null);
  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    if (!status.result) return;
    const timer = setTimeout(() => setStatus({ what: '', result: '' }), 4000);
    return () => clearTimeout(timer);
  }, [status]);
  const show = open || !hydrated;
  const openDetails = () =>
    new Promise<void>((done) => {
      if (details.current) details.current.open = true;
      onOpen(true);
      requestAnimationFrame(() => done());
    });
  const run = async (what: 'NumPy' | 'PyTorch') => {
    const text = what === 'NumPy' ? numpyCode(latest()) : torchCode(latest());
    const result = await copy(text, () => (what === 'NumPy' ? numpyPre.current : torchPre.current), openDetails);
    setStatus({ what, result });
  };
  return (
    <div className="linear-layer-code">
      <div className="linear-layer-code-buttons">
        <button type="button" onClick={() => run('NumPy')}>
          Copy as NumPy
        </button>
        <button type="button" onClick={() => run('PyTorch')}>
          Copy as PyTorch
        </button>
        <span role="status" className="linear-layer-copied">
          {status.result === 'copied'
            ? `Copied ${status.what} code.`
            : status.result === 'selected'
              ? `${status.what} code selected: press Ctrl+C (⌘C on a Mac).`
              : ''}
        </span>
      </div>
      {/* Each code block scrolls sideways, so it takes focus; as a named region (a bare pre may not carry a label). */}
      <details ref={details} onToggle={(event) => onOpen(event.currentTarget.open)}>
        <summary>Show the code</summary>
        <p className="linear-layer-code-label">NumPy</p>
        <pre ref={numpyPre} tabIndex={0} role="region" aria-label="NumPy code for this layer">
          {show ? numpyCode(model) : ''}
        </pre>
        <p className="linear-layer-code-label">PyTorch</p>
        <pre ref={torchPre} tabIndex={0} role="region" aria-label="PyTorch code for this layer">
          {show ? torchCode(model) : ''}
        </pre>
      </details>
    </div>
  );
});
