// Ends the volunteer's session now rather than in 30 minutes.

type Props = { action: (formData: FormData) => Promise<void>; locale: string; label: string };

export function SignOutForm({ action, locale, label }: Props) {
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <button
        type="submit"
        className="rounded-md border border-brand px-4 py-2 font-semibold text-brand hover:bg-brand/10"
      >
        {label}
      </button>
    </form>
  );
}
