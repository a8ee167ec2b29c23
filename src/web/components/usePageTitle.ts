import { useEffect } from "react";

/** The document title follows the page, so tabs and history read well. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Rapport`;
  }, [title]);
}
