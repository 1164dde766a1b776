import type { Field, Fields, ParamsOf, Schema } from '../params/schema';
import { formatNumber } from '../params/schema';
import { Choice } from './Choice';
import { Slider } from './Slider';

interface FieldControlProps {
  field: Field;
  value: unknown;
  onChange: (value: unknown) => void;
}

/** The control a schema field generates: a slider, a choice, a checkbox, or a slider per list item. */
export function FieldControl({ field, value, onChange }: FieldControlProps) {
  switch (field.kind) {
    case 'number': {
      const unit = field.unit ? ` ${field.unit}` : '';
      const v = value as number;
      return (
        <Slider
          label={field.label}
          value={v}
          min={field.min}
          max={field.max}
          step={field.step}
          display={`${formatNumber(v).replace('-', '−')}${unit}`}
          onChange={onChange}
        />
      );
    }
    case 'choice':
      return <Choice label={field.label} value={value as string} choices={field.choices} labels={field.choiceLabels} onChange={onChange} />;
    case 'boolean':
      return (
        <label className="control toggle">
          <input type="checkbox" checked={value as boolean} onChange={(event) => onChange(event.currentTarget.checked)} />
          <span>{field.label}</span>
        </label>
      );
    case 'list': {
      const list = value as number[];
      return (
        <fieldset className="control list">
          <legend>{field.label}</legend>
          {list.map((item, i) => (
            <Slider
              key={i}
              label={`${field.label} ${i + 1}`}
              value={item}
              min={field.min}
              max={field.max}
              step={field.step}
              display={formatNumber(item).replace('-', '−')}
              onChange={(next) => onChange(list.map((old, j) => (j === i ? next : old)))}
            />
          ))}
        </fieldset>
      );
    }
    case 'custom':
      return null;
  }
}

interface SchemaControlsProps<F extends Fields> {
  schema: Schema<F>;
  params: ParamsOf<F>;
  set: (patch: Partial<ParamsOf<F>>) => void;
  /** Which fields, in which order; default: every field not marked hidden. */
  only?: readonly (keyof F & string)[];
}

/** Controls generated from a schema. */
export function SchemaControls<F extends Fields>({ schema, params, set, only }: SchemaControlsProps<F>) {
  const names = only ?? Object.keys(schema.fields).filter((name) => !schema.fields[name]?.hidden);
  return (
    <div className="controls">
      {names.map((name) => {
        const field = schema.fields[name];
        if (!field) return null;
        return <FieldControl key={name} field={field} value={params[name]} onChange={(value) => set({ [name]: value } as Partial<ParamsOf<F>>)} />;
      })}
    </div>
  );
}
