// "Log a touch" from anywhere: Today and the contact page open it prefilled, and the `n` key opens
// it on every signed-in page (for the contact on screen, if there is one).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { matchPath, useLocation } from "react-router";
import { useShortcuts } from "../shortcuts";
import { LogTouchDialog } from "./LogTouchDialog";
import type { TouchPrefill } from "./prefill";

const LogTouchContext = createContext<(prefill?: TouchPrefill) => void>(() => {});

/** Opens the log-a-touch dialog, optionally for a contact and with a suggested channel and intent. */
export function useLogTouch() {
  return useContext(LogTouchContext);
}

export function LogTouchProvider({ children }: { children: ReactNode }) {
  const [prefill, setPrefill] = useState<TouchPrefill | null>(null);
  const location = useLocation();
  const open = useCallback((given: TouchPrefill = {}) => setPrefill(given), []);
  const keys = useMemo(
    () => ({
      n: () => {
        const onContact = matchPath("/contacts/:id/*", location.pathname)?.params.id;
        setPrefill(onContact && onContact !== "" ? { contactId: onContact } : {});
      },
    }),
    [location.pathname],
  );
  useShortcuts(keys);
  return (
    <LogTouchContext.Provider value={open}>
      {children}
      {prefill ? <LogTouchDialog prefill={prefill} onClose={() => setPrefill(null)} /> : null}
    </LogTouchContext.Provider>
  );
}
