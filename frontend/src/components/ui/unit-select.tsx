import { useId } from 'react';

/** The shape every org tree answer shares; features pass their own node type. */
export type UnitTreeNode = { id: number; code: string; name: string; status: string; children: UnitTreeNode[] };

type Option = { id: number; label: string };

function options(nodes: UnitTreeNode[], depth = 0): Option[] {
  return nodes
    .filter((node) => node.status === 'ACTIVE')
    .flatMap((node) => [
      // Non-breaking spaces survive inside <option>, so the tree stays visible in a native select.
      { id: node.id, label: `${'\u00a0\u00a0'.repeat(depth)}${node.name} (${node.code})` },
      ...options(node.children, depth + 1),
    ]);
}

type UnitSelectProps = {
  label: string;
  placeholder: string;
  roots: UnitTreeNode[];
  value: number | null;
  onChange: (id: number | null) => void;
  required?: boolean;
  testId?: string;
};

/** Picks one active unit of the user's subtree; a native select is what phones handle best. */
export function UnitSelect({ label, placeholder, roots, value, onChange, required, testId }: UnitSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select
        id={id}
        className="field__input"
        value={value ?? ''}
        required={required}
        onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
        data-testid={testId}
      >
        <option value="">{placeholder}</option>
        {options(roots).map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
