import type { InputHTMLAttributes, ReactNode } from 'react';

type InputFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'className' | 'value' | 'onChange'> & {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
};

/** A labelled input of a staff form: the label above, the value as text (numbers and dates too). */
export function InputField({ label, value, onChange, ...input }: InputFieldProps) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input className="field__input" value={value} onChange={(e) => onChange(e.target.value)} {...input} />
    </label>
  );
}

type CourseOption = { id: number; code: string; title: string };

/**
 * A labelled choice of course, shown as "code — title". Until the user picks one, the first
 * course is shown and `value` is empty: the form then takes the first course's id.
 */
export function CourseSelect({
  label,
  courses,
  value,
  onChange,
  testId,
}: {
  label: ReactNode;
  courses: CourseOption[] | undefined;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select
        className="field__input"
        value={value || String(courses?.[0]?.id ?? '')}
        onChange={(e) => onChange(e.target.value)}
        required
        data-testid={testId}
      >
        {(courses ?? []).map((course) => (
          <option key={course.id} value={course.id}>
            {course.code} — {course.title}
          </option>
        ))}
      </select>
    </label>
  );
}
