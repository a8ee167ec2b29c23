import { FormError } from "../components/States";

interface Props {
  label: string;
  save: { isPending: boolean; isSuccess: boolean; error: unknown };
  /** For forms that know: nothing to save (button off), and "Saved." goes once editing starts again. */
  unchanged?: boolean;
}

/** A settings form's submit button, its problem and a "Saved." that screen readers hear. */
export function SaveRow({ label, save, unchanged }: Props) {
  return (
    <>
      <FormError error={save.error} />
      <div className="row">
        <button type="submit" className="button-primary" disabled={save.isPending || unchanged === true}>
          {save.isPending ? "Saving…" : label}
        </button>
        <span role="status" className="small muted">
          {save.isSuccess && unchanged !== false ? "Saved." : ""}
        </span>
      </div>
    </>
  );
}
