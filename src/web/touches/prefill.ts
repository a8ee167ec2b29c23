import type { Channel, Intent } from "../components/vocabulary";

/** What a touch is opened with: from Today's suggestion, a contact page, or nothing. */
export interface TouchPrefill {
  contactId?: string;
  contactName?: string;
  channel?: Channel;
  intent?: Intent;
}
