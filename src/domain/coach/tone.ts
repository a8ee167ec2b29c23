// Over-excited tone beyond phrases: runs of exclamation marks, too many of them, words in capitals.
import type { Hit } from "./hit.js";

// Each maximal run of ! and ? holding at least one "!": two or more is a run to flag, one is counted.
const bangRun = /[!?]*![!?]*/g;
const capsWord = /\b[A-Z][A-Z'’&]*[A-Z]\b/g;
const maxSingleBangs = 2;
const maxSentence = 600;

/** Short words that are shouting, not acronyms, when written in capitals. */
const shoutWords = new Set(
  "NOW NEW BIG WOW YES ALL OFF BUY HOT TOP ACT GET OMG YOU AND THE FOR NOT SO DO GO NO BE WE ME MY OUR ARE CAN WIN ONE TWO ASK FUN OUT GOT LOL WHY HOW BUT OH HEY YAY IM".split(
    " ",
  ),
);

/** Capitalised words that are names of things (acronyms), which writing in capitals is right for. */
const acronyms = new Set(
  (
    "ROI CRM CEO CFO CTO COO CMO CIO CISO CRO VP SVP EVP HR IT API APIS SDK UI UX SAAS KPI OKR OKRS SLA SOW NDA " +
    "RFP RFQ RFI MSA PO POS ERP CMS SEO SEM PPC CPC CPA CPM CTA SMS MMS URL PDF CSV XLS XLSX DOC DOCX PNG JPG " +
    "JPEG GIF HTML CSS JSON XML SQL AWS GCP AI ML AR VR IOT GPS HVAC LED EV EVS USB HDMI WIFI TV DVD PC OS ID PIN " +
    "FAQ FYI ASAP ETA EOD COB OOO TBD TBC RSVP AKA DIY PS PPS NB RE FW FWD AM PM UTC GMT BST CET EST PST CST MST " +
    "USD EUR GBP CHF JPY AUD CAD VAT GST HST IRS HMRC LLC LLP LTD INC PLC GMBH AG SA BV CO CORP UK US USA EU UAE " +
    "UN NHS NASA NATO FIFA UEFA OPEC UNESCO UNICEF WHO GDPR HIPAA CCPA SOC ISO PCI DSS OSHA FDA EPA FCA SEC FTC " +
    "RIBA RICS ACCA CIPD MBA PHD MD DDS RN CFA QA QC R&D M&A P&L IPO EBITDA ARR MRR CAC LTV NPS CSAT YOY QOQ YTD " +
    "MTD FY CNC SCADA MRI CT ICU ER GP ENT ADHD COVID HGV LGV MOT DVLA BBC CNN NYC LA SF DC BMW VW HP IBM SAP " +
    "AT&T IKEA HSBC KPMG PWC EY OK TL DR TLDR"
  ).split(" "),
);

function isShout(word: string): boolean {
  const w = word.replace(/['’]/g, "");
  if (shoutWords.has(w)) return true;
  if (acronyms.has(w) || w.length <= 3) return false;
  return /[AEIOU]/.test(w);
}

function sentenceStart(text: string, at: number): number {
  let i = at - 1;
  const stop = Math.max(-1, at - maxSentence);
  while (i > stop && !".!?\n".includes(text[i]!)) i--;
  i++;
  while (i < at && /\s/.test(text[i]!)) i++;
  return i;
}

function bangHits(scan: string, hits: Hit[]): void {
  let singles = 0;
  bangRun.lastIndex = 0;
  for (let m = bangRun.exec(scan); m; m = bangRun.exec(scan)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].indexOf("!") !== m[0].lastIndexOf("!")) {
      hits.push({ rule: "over-excited", start, end, variant: "bangs" });
    } else if (++singles === maxSingleBangs + 1) {
      const at = start + m[0].indexOf("!");
      hits.push({ rule: "over-excited", start: sentenceStart(scan, at), end: at + 1, variant: "many-bangs" });
    }
  }
}

function capsHits(scan: string, hits: Hit[]): void {
  capsWord.lastIndex = 0;
  let open: Hit | null = null;
  for (let m = capsWord.exec(scan); m; m = capsWord.exec(scan)) {
    const start = m.index;
    const end = start + m[0].length;
    // "CLOSE:" in a call script is a label, not shouting.
    if (scan[end] === ":" || !isShout(m[0])) continue;
    if (open && /^\s+$/.test(scan.slice(open.end, start))) {
      open.end = end;
    } else {
      open = { rule: "over-excited", start, end, variant: "caps" };
      hits.push(open);
    }
  }
}

/** Adds over-excited hits found by punctuation and letter case. */
export function toneHits(scan: string, hits: Hit[]): void {
  if (scan.includes("!")) bangHits(scan, hits);
  capsHits(scan, hits);
}
