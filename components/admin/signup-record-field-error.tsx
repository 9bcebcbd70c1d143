// A field's own error, under it and named by it (aria-describedby), so a screen reader reads
// it with the field and a sighted person finds it beside what to fix.

export const errorId = (fieldId: string) => `${fieldId}-error`;

export function fieldProps(id: string, error: string | undefined) {
  return error ? { "aria-invalid": true, "aria-describedby": errorId(id) } : {};
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={errorId(id)} className="mt-1 font-medium text-red-800">
      {error}
    </p>
  );
}
