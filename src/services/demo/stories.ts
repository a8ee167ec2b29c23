// The demo book: small, true-to-life stories that show the method at work. Days are relative
// to the day the demo is loaded (negative = in the past), so the agenda always has a morning.
import type {
  Channel,
  DealStage,
  Direction,
  FactKind,
  Intent,
  MatterKind,
  Stage,
  Step,
} from "../../domain/model.js";

export interface StoryTouch {
  day: number;
  channel: Channel;
  intent: Intent;
  direction: Direction;
  notes: string;
  steps?: Step[];
  /** The agreed get-back, as a day relative to today. */
  getBackDay?: number;
}

export interface Story {
  name: string;
  organization?: string;
  title?: string;
  stage: Stage;
  email?: string;
  phone?: string;
  /** `--MM-DD`, or "today" for a birthday on the day the demo is loaded. */
  birthday?: string;
  howWeMet?: string;
  tags?: string[];
  preferredChannel?: Channel;
  facts?: { kind: FactKind; text: string; day: number }[];
  touches?: StoryTouch[];
  matters?: { summary: string; kind: MatterKind; eventDay?: number; followUpDay?: number }[];
  deal?: {
    title: string;
    stage: DealStage;
    needs?: string;
    decisionDay?: number;
    outcomeFeedback?: string;
    concerns?: { text: string; response?: string }[];
  };
  contract?: { title: string; startDay: number; endDay: number; value: number };
}

export const stories: Story[] = [
  {
    name: "Maria Lopez",
    organization: "Blue Harbor Foods",
    title: "Operations Director",
    stage: "client",
    email: "maria.lopez@blueharbor.example",
    howWeMet: "Seated together at the regional food-logistics dinner",
    tags: ["key account"],
    facts: [
      { kind: "family", text: "Daughter Sofia plays the cello", day: -40 },
      { kind: "interest", text: "Grows heirloom tomatoes on her allotment", day: -90 },
      { kind: "goal", text: "Wants to cut delivery waste by a fifth this year", day: -60 },
    ],
    touches: [
      {
        day: -60,
        channel: "in_person",
        intent: "service",
        direction: "outbound",
        notes: "Quarterly review at their depot. Waste figures are the board's focus this year.",
      },
      {
        day: -12,
        channel: "call",
        intent: "give",
        direction: "outbound",
        notes:
          "Called to share the cold-chain article. Sofia's cello recital is next Friday, she is nervous for her.",
        getBackDay: 0,
      },
    ],
    matters: [{ summary: "Sofia's cello recital", kind: "family", eventDay: -4, followUpDay: -3 }],
    contract: { title: "Route planning, 40 vehicles", startDay: -320, endDay: 30, value: 24000 },
  },
  {
    name: "Tom O'Neil",
    organization: "O'Neil Joinery",
    title: "Owner",
    stage: "prospect",
    email: "tom@oneiljoinery.example",
    phone: "+44 20 7946 0011",
    howWeMet: "Asked a question after my talk at the trades fair",
    facts: [{ kind: "challenge", text: "Quotes take him two evenings a week", day: -30 }],
    touches: [
      {
        day: -30,
        channel: "call",
        intent: "ask",
        direction: "outbound",
        notes: "Listened to how he prices jobs today. Needs: faster quotes from site measurements.",
        steps: ["rapport", "listening", "needs"],
      },
      {
        day: -13,
        channel: "email",
        intent: "ask",
        direction: "outbound",
        notes: "Sent the proposal for the quoting module with two options.",
        steps: ["solution"],
      },
    ],
    deal: {
      title: "Quoting module",
      stage: "solution_shared",
      needs: "Turn site measurements into a quote the same day",
      concerns: [{ text: "Worried his foreman won't use a tablet on site" }],
    },
  },
  {
    name: "Priya Natarajan",
    organization: "Lumen Dental Group",
    title: "Practice Manager",
    stage: "customer",
    email: "priya@lumendental.example",
    tags: ["healthcare"],
    facts: [{ kind: "preference", text: "Prefers calls before 9am, clinics start at 9:30", day: -50 }],
    touches: [
      {
        day: -40,
        channel: "email",
        intent: "ask",
        direction: "outbound",
        notes: "Offered the reminders add-on.",
      },
      {
        day: -25,
        channel: "call",
        intent: "ask",
        direction: "outbound",
        notes: "Asked about adding the second clinic to the plan.",
      },
      {
        day: -9,
        channel: "email",
        intent: "ask",
        direction: "outbound",
        notes: "Asked whether she could introduce us to the group's other practices.",
      },
    ],
  },
  {
    name: "Daniel Okafor",
    organization: "Okafor & Reyes Architects",
    title: "Partner",
    stage: "advocate",
    email: "daniel@okaforreyes.example",
    birthday: "--01-01",
    howWeMet: "Introduced by Maria Lopez",
    tags: ["referrer"],
    facts: [
      { kind: "interest", text: "Restores vintage road bikes", day: -200 },
      { kind: "life_event", text: "Moved the studio to the old print works", day: -35 },
    ],
    touches: [
      {
        day: -35,
        channel: "handwritten",
        intent: "give",
        direction: "outbound",
        notes: "Card congratulating them on the new studio.",
      },
      {
        day: -20,
        channel: "message",
        intent: "give",
        direction: "inbound",
        notes:
          "Thanked us for the card and mentioned a friend who might need us: referral to Lena at Kite Studio.",
      },
    ],
  },
  {
    name: "Lena Fischer",
    organization: "Kite Studio",
    title: "Studio Lead",
    stage: "prospect",
    email: "lena@kitestudio.example",
    howWeMet: "Referral from Daniel Okafor",
    touches: [
      {
        day: -6,
        channel: "video",
        intent: "ask",
        direction: "outbound",
        notes:
          "First conversation. Mostly listened: they lose track of client feedback across email threads. Agreed to talk again Thursday.",
        steps: ["rapport", "listening"],
        getBackDay: 1,
      },
    ],
    deal: { title: "Feedback tracking", stage: "exploring" },
  },
  {
    name: "Grace Kim",
    organization: "Northwind Outfitters",
    title: "Head of Retail",
    stage: "client",
    email: "grace.kim@northwind.example",
    facts: [
      { kind: "interest", text: "Trains for trail half-marathons", day: -70 },
      { kind: "current", text: "Opening a third store in the spring", day: -15 },
    ],
    touches: [
      {
        day: -50,
        channel: "in_person",
        intent: "give",
        direction: "outbound",
        notes: "Lunch near their new site. She is running the Ridge trail race next month.",
      },
    ],
    matters: [{ summary: "Ridge trail race", kind: "hobby", eventDay: 8, followUpDay: 9 }],
    contract: { title: "Stock sync, 3 stores", startDay: -400, endDay: 70, value: 18000 },
  },
  {
    name: "Ahmed Haddad",
    organization: "Haddad Logistics",
    title: "CFO",
    stage: "prospect",
    email: "ahmed@haddadlogistics.example",
    touches: [
      {
        day: -45,
        channel: "call",
        intent: "ask",
        direction: "outbound",
        notes: "Discovery call. Needs: monthly close takes 12 days.",
        steps: ["rapport", "listening", "needs"],
      },
      { day: -30, channel: "email", intent: "ask", direction: "outbound", notes: "Sent pricing." },
      { day: -22, channel: "email", intent: "ask", direction: "outbound", notes: "Followed up on pricing." },
      { day: -15, channel: "call", intent: "ask", direction: "outbound", notes: "Voicemail." },
    ],
    deal: {
      title: "Close automation",
      stage: "deciding",
      needs: "Close the books in five days",
      decisionDay: 5,
      concerns: [{ text: "Unsure the auditors will accept the new workflow" }],
    },
  },
  {
    name: "Sophie Martin",
    organization: "Martin & Fils Wines",
    title: "Export Manager",
    stage: "client",
    email: "sophie@martinfils.example",
    birthday: "today",
    facts: [{ kind: "preference", text: "Loves dark chocolate, no milk chocolate", day: -120 }],
    touches: [
      {
        day: -30,
        channel: "call",
        intent: "service",
        direction: "inbound",
        notes: "Asked for help with the customs export report; solved on the call.",
      },
    ],
    contract: { title: "Export documents, annual", startDay: -200, endDay: 165, value: 9000 },
  },
  {
    name: "Jonas Berg",
    organization: "Fjord Fitness",
    title: "Founder",
    stage: "customer",
    email: "jonas@fjordfitness.example",
    facts: [
      { kind: "family", text: "Expecting their first child in the spring", day: -20 },
      { kind: "goal", text: "Wants to open a second gym within two years", day: -20 },
    ],
    touches: [
      {
        day: -20,
        channel: "video",
        intent: "service",
        direction: "outbound",
        notes: "Onboarding check. His partner is expecting their first baby mid-March.",
      },
    ],
    matters: [{ summary: "First baby due", kind: "family", eventDay: 110, followUpDay: 117 }],
  },
  {
    name: "Amelia Clarke",
    organization: "Clarke Family Dental",
    title: "Dentist and owner",
    stage: "lost",
    email: "amelia@clarkedental.example",
    touches: [
      {
        day: -70,
        channel: "call",
        intent: "ask",
        direction: "inbound",
        notes: "Chose another provider that bundles imaging. Thanked us for being straight with her.",
      },
    ],
    deal: {
      title: "Practice scheduling",
      stage: "lost",
      needs: "Scheduling with imaging built in",
      outcomeFeedback: "We did not cover imaging; she'd look again if we do",
    },
  },
  {
    name: "Carlos Mendes",
    organization: "Mendes Coffee Roasters",
    title: "Co-founder",
    stage: "client",
    email: "carlos@mendescoffee.example",
    facts: [{ kind: "interest", text: "Collects vinyl, mostly Brazilian jazz", day: -150 }],
    touches: [
      {
        day: -80,
        channel: "in_person",
        intent: "give",
        direction: "outbound",
        notes: "Visited the roastery, brought a record he mentioned.",
      },
    ],
    contract: { title: "Wholesale ordering portal", startDay: -340, endDay: 12, value: 12000 },
  },
  {
    name: "Hannah Weiss",
    organization: "Weiss Legal",
    title: "Managing Partner",
    stage: "prospect",
    email: "hannah@weisslegal.example",
    touches: [
      {
        day: -3,
        channel: "in_person",
        intent: "ask",
        direction: "outbound",
        notes: "Coffee. Listened to how the firm tracks matters; she has knee surgery next Tuesday.",
        steps: ["rapport", "listening"],
      },
    ],
    matters: [{ summary: "Knee surgery", kind: "health", eventDay: 4, followUpDay: 5 }],
  },
  {
    name: "Kenji Watanabe",
    organization: "Sakura Print",
    title: "Production Manager",
    stage: "customer",
    email: "kenji@sakuraprint.example",
    touches: [
      {
        day: -28,
        channel: "email",
        intent: "give",
        direction: "outbound",
        notes: "Sent a guide to colour calibration he asked about.",
      },
      {
        day: -26,
        channel: "email",
        intent: "service",
        direction: "inbound",
        notes: "Thanked us; asked a billing question.",
      },
    ],
  },
  {
    name: "Olivia Brown",
    organization: "Brown & Ash Interiors",
    title: "Designer",
    stage: "advocate",
    email: "olivia@brownash.example",
    facts: [{ kind: "interest", text: "Keeps bees", day: -300 }],
    touches: [
      {
        day: -100,
        channel: "gift",
        intent: "give",
        direction: "outbound",
        notes: "Sent a beekeeping almanac, no occasion.",
      },
    ],
  },
  {
    name: "Rafael Souza",
    organization: "Souza Builders",
    title: "Site Director",
    stage: "prospect",
    email: "rafael@souzabuilders.example",
    touches: [
      {
        day: -11,
        channel: "call",
        intent: "ask",
        direction: "outbound",
        notes: "Presented the package straight away.",
        steps: ["solution"],
      },
    ],
    deal: { title: "Site diaries", stage: "exploring" },
  },
  {
    name: "Emma Johansson",
    organization: "Nordlys Travel",
    title: "CEO",
    stage: "client",
    email: "emma@nordlys.example",
    facts: [
      { kind: "current", text: "Moving house in two weeks", day: -5 },
      { kind: "interest", text: "Sails a small dinghy on weekends", day: -200 },
    ],
    touches: [
      {
        day: -5,
        channel: "call",
        intent: "give",
        direction: "outbound",
        notes: "Shared a sailing-club contact. They move house in two weeks.",
      },
    ],
    matters: [{ summary: "House move", kind: "home", eventDay: 9, followUpDay: 16 }],
  },
  {
    name: "Samuel Adeyemi",
    organization: "Adeyemi Pharmacy",
    title: "Pharmacist",
    stage: "customer",
    email: "samuel@adeyemipharmacy.example",
    touches: [
      {
        day: -19,
        channel: "call",
        intent: "service",
        direction: "outbound",
        notes: "Fixed the label printer setup.",
      },
    ],
  },
  {
    name: "Chloé Dubois",
    organization: "Atelier Dubois",
    title: "Owner",
    stage: "not_a_fit",
    email: "chloe@atelierdubois.example",
    touches: [
      {
        day: -90,
        channel: "video",
        intent: "ask",
        direction: "outbound",
        notes: "Too small for us today; told her so honestly and pointed her to a simpler tool.",
      },
    ],
  },
  {
    name: "Benjamin Harris",
    organization: "Harris Accountants",
    title: "Partner",
    stage: "prospect",
    email: "ben@harrisaccountants.example",
    touches: [
      {
        day: -16,
        channel: "in_person",
        intent: "ask",
        direction: "outbound",
        notes: "Good first meeting. Needs: client documents arrive late every quarter.",
        steps: ["rapport", "listening", "needs"],
      },
      {
        day: -14,
        channel: "email",
        intent: "ask",
        direction: "outbound",
        notes: "Sent the document-request proposal.",
        steps: ["solution"],
      },
      {
        day: -6,
        channel: "email",
        intent: "give",
        direction: "outbound",
        notes: "Sent a short case study from a practice of their size, no reply needed.",
      },
    ],
    deal: {
      title: "Document requests",
      stage: "solution_shared",
      needs: "Documents from clients on time, without chasing",
    },
  },
  {
    name: "Yuki Tanaka",
    organization: "Tanaka Ceramics",
    title: "Artist",
    stage: "client",
    email: "yuki@tanakaceramics.example",
    facts: [{ kind: "life_event", text: "Won the city craft prize", day: -2 }],
    touches: [
      {
        day: -2,
        channel: "message",
        intent: "give",
        direction: "inbound",
        notes: "Shared that she won the city craft prize.",
      },
    ],
  },
  {
    name: "Isabel García",
    organization: "García Events",
    title: "Director",
    stage: "customer",
    email: "isabel@garciaevents.example",
    touches: [
      {
        day: -8,
        channel: "call",
        intent: "service",
        direction: "inbound",
        notes:
          "Asked how to export guest lists; walked her through it. Flying to Lisbon for a wedding on Saturday.",
      },
    ],
    matters: [{ summary: "Wedding trip to Lisbon", kind: "travel", eventDay: -4, followUpDay: 3 }],
  },
  {
    name: "Noah Williams",
    organization: "Williams Garage",
    title: "Owner",
    stage: "customer",
    email: "noah@williamsgarage.example",
    touches: [
      {
        day: -24,
        channel: "in_person",
        intent: "give",
        direction: "outbound",
        notes: "Dropped by with a box of doughnuts for the team after their busy week.",
      },
    ],
  },
  {
    name: "Fatima Zahra",
    organization: "Atlas Textiles",
    title: "Buyer",
    stage: "prospect",
    email: "fatima@atlastextiles.example",
    touches: [
      {
        day: -1,
        channel: "email",
        intent: "ask",
        direction: "inbound",
        notes: "Asked for a demo for her team; agreed we'd meet next week.",
        getBackDay: 6,
      },
    ],
  },
  {
    name: "Lucas Moreau",
    organization: "Moreau Bakery",
    title: "Baker",
    stage: "client",
    email: "lucas@moreaubakery.example",
    facts: [{ kind: "preference", text: "Only reachable after 2pm, he bakes from 4am", day: -60 }],
    touches: [
      {
        day: -47,
        channel: "call",
        intent: "give",
        direction: "outbound",
        notes: "Called to say the new oven photos looked great.",
      },
    ],
    contract: { title: "Ordering app", startDay: -370, endDay: -3, value: 4000 },
  },
  {
    name: "Zoe Papadopoulos",
    organization: "Aegean Tours",
    title: "Marketing Lead",
    stage: "customer",
    email: "zoe@aegeantours.example",
    touches: [
      {
        day: -10,
        channel: "video",
        intent: "ask",
        direction: "outbound",
        notes:
          "Reviewed the season plan; she wants to think about the upgrade. Agreed to speak again next Monday.",
        getBackDay: -1,
      },
    ],
  },
  {
    name: "Oscar Lindqvist",
    organization: "Lindqvist Boats",
    title: "Owner",
    stage: "advocate",
    email: "oscar@lindqvistboats.example",
    facts: [{ kind: "goal", text: "Wants to build an electric ferry prototype", day: -130 }],
    touches: [
      {
        day: -95,
        channel: "in_person",
        intent: "give",
        direction: "outbound",
        notes: "Introduced him to a battery engineer for his ferry idea.",
      },
    ],
  },
  {
    name: "Aisha Bello",
    organization: "Bello Clinics",
    title: "Operations Lead",
    stage: "prospect",
    email: "aisha@belloclinics.example",
    touches: [
      {
        day: -4,
        channel: "call",
        intent: "ask",
        direction: "outbound",
        notes: "Second call. Understood their needs: one calendar across four clinics.",
        steps: ["rapport", "listening", "needs"],
      },
    ],
    deal: {
      title: "Shared scheduling",
      stage: "needs_understood",
      needs: "One calendar across four clinics",
      concerns: [
        {
          text: "Staff training time during flu season",
          response: "We train in 30-minute sessions at the start of each shift",
        },
      ],
    },
  },
  {
    name: "Henrik Sørensen",
    organization: "Sørensen Furniture",
    title: "Head of Sales",
    stage: "client",
    email: "henrik@sorensenfurniture.example",
    touches: [
      {
        day: -33,
        channel: "call",
        intent: "give",
        direction: "outbound",
        notes: "Shared a trade-show contact. His son graduates next week.",
      },
    ],
    matters: [{ summary: "Son's graduation", kind: "celebration", eventDay: -26, followUpDay: -25 }],
  },
  {
    name: "Mei Chen",
    organization: "Chen Translation",
    title: "Founder",
    stage: "customer",
    email: "mei@chentranslation.example",
    touches: [],
  },
  {
    name: "Peter Novak",
    organization: "Novak Engineering",
    title: "Project Lead",
    stage: "client",
    email: "peter@novakeng.example",
    touches: [
      {
        day: -44,
        channel: "video",
        intent: "service",
        direction: "outbound",
        notes: "Resolved the export issue; he was relieved before his board meeting.",
      },
    ],
  },
];
