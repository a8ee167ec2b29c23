import { describe, expect, it } from "vitest";
import { fixture, imported, layoutOf, readItems } from "../../../test/fixtures/imports/csv/support.js";

const none = {
  uid: null,
  nickname: null,
  organization: null,
  department: null,
  title: null,
  emails: [],
  phones: [],
  urls: [],
  labels: {},
  address: null,
  birthday: null,
  anniversary: null,
  notes: null,
  howWeMet: null,
  tags: [],
  photo: null,
  warnings: [],
};
const contact = (fields: object) => ({ kind: "contact", contact: { ...none, ...fields } });

describe.each([
  {
    file: "google.csv",
    layout: { encoding: "utf-8", bom: false, delimiter: ",", profile: "google" },
    contacts: [
      contact({
        line: 2,
        name: "Dr. Ana María Cruz PhD",
        nickname: "Anita",
        organization: "Cedar Lane",
        department: "Pastry",
        title: "Head Baker",
        emails: ["Ana@CedarLane.example", "ana.cruz@cedarlane.example", "ana@home.example"],
        phones: ["+1 415 555 2671", "+44 20 7946 0958"],
        urls: ["https://cedarlane.example/ana"],
        labels: {
          "Ana@CedarLane.example": "work",
          "ana.cruz@cedarlane.example": "work",
          "ana@home.example": "home",
          "+1 415 555 2671": "mobile",
          "+44 20 7946 0958": "work",
          "https://cedarlane.example/ana": "profile",
          "12 Rue des Fleurs\nAppt 4\n75011 Paris\nFrance": "work",
        },
        address: "12 Rue des Fleurs\nAppt 4\n75011 Paris\nFrance",
        birthday: "--04-12",
        anniversary: "2011-06-18",
        notes: 'Met at the Lyon fair.\nLikes rye, "dark" bread.',
        tags: ["Clients", "Golf"],
        photo: "https://lh3.googleusercontent.com/contacts/ana.jpg",
      }),
      contact({
        line: 8,
        name: "Ben",
        phones: ["ask for Ben at the desk"],
        labels: { "1 Main St\nSpringfield, IL 62704\nUSA": "home" },
        address: "1 Main St\nSpringfield, IL 62704\nUSA",
        warnings: ['the birthday "1980-02-30" is not a valid date and was left out'],
      }),
      contact({
        line: 9,
        name: "Nameless Corp",
        organization: "Nameless Corp",
        emails: ["info@nameless.example"],
      }),
    ],
  },
  {
    file: "google-legacy.csv",
    layout: { encoding: "utf-8", bom: false, delimiter: ",", profile: "google-legacy" },
    contacts: [
      contact({
        line: 2,
        name: "Carla Gómez",
        nickname: "Carlita",
        organization: "Olivos SL",
        department: "Purchasing",
        title: "Buyer",
        emails: ["carla@olivos.example", "c.gomez@olivos.example", "carla@casa.example"],
        phones: ["+34 612 34 56 78"],
        urls: ["https://carla.example"],
        labels: {
          "carla@olivos.example": "work",
          "c.gomez@olivos.example": "work",
          "carla@casa.example": "home",
          "+34 612 34 56 78": "mobile",
          "https://carla.example": "blog",
          "Calle Mayor 1\nMadrid": "work",
        },
        address: "Calle Mayor 1\nMadrid",
        birthday: "1975-11-03",
        anniversary: "--09-21",
        notes: "Prefers WhatsApp",
        tags: ["Suppliers"],
      }),
    ],
  },
  {
    file: "outlook.csv",
    layout: { encoding: "windows-1252", bom: false, delimiter: ",", profile: "outlook" },
    contacts: [
      contact({
        line: 2,
        name: "Mme Hélène Lefèvre",
        organization: "Café Déjà Vu",
        department: "Achats",
        title: "Directrice – achats",
        emails: ["helene@cafedejavu.example"],
        phones: ["+33 1 42 68 53 00", "+33 6 12 34 56 78"],
        urls: ["https://cafedejavu.example"],
        labels: {
          "+33 1 42 68 53 00": "work",
          "+33 6 12 34 56 78": "mobile",
          "3 Quai d’Orsay\nParis, 75007\nFrance": "work",
        },
        address: "3 Quai d’Orsay\nParis, 75007\nFrance",
        birthday: "1985-04-12",
        notes: "Aime le café à 2 €.",
        tags: ["Clients", "Golf"],
      }),
      contact({
        line: 3,
        name: "Tom Baker",
        emails: ["tom@baker.example"],
        labels: { "9 Elm Rd\nLeeds\nUK": "home" },
        address: "9 Elm Rd\nLeeds\nUK",
        warnings: ['the birthday "2/30/1990" is not a valid date and was left out'],
      }),
    ],
  },
  {
    file: "thunderbird.csv",
    layout: { encoding: "utf-8", bom: false, delimiter: ",", profile: "thunderbird" },
    contacts: [
      contact({
        line: 2,
        name: "Jan de Vries",
        nickname: "Jantje",
        organization: "De Molen BV",
        department: "Flour",
        title: "Miller",
        emails: ["jan@molen.example", "jan.devries@home.example"],
        phones: ["+31 20 123 4567", "+31 6 12345678"],
        urls: ["https://molen.example"],
        labels: {
          "+31 20 123 4567": "work",
          "+31 6 12345678": "mobile",
          "Damrak 1\nAmsterdam, 1012 LG\nNetherlands": "work",
        },
        address: "Damrak 1\nAmsterdam, 1012 LG\nNetherlands",
        birthday: "--07-04",
        notes: "Windmill tours on Fridays",
      }),
    ],
  },
  {
    file: "hubspot.csv",
    layout: { encoding: "utf-8", bom: false, delimiter: ",", profile: "hubspot" },
    contacts: [
      contact({
        line: 2,
        uid: "51",
        name: "Priya Shah",
        organization: "Northwind",
        title: "VP Sales",
        emails: ["priya@northwind.example"],
        phones: ["+1 212 555 0188", "+1 917 555 0123"],
        urls: ["https://northwind.example"],
        labels: { "+1 917 555 0123": "mobile" },
        address: "500 5th Ave\nNew York, NY 10110\nUnited States",
      }),
    ],
  },
  {
    file: "salesforce.csv",
    layout: { encoding: "utf-8", bom: false, delimiter: ",", profile: "salesforce" },
    contacts: [
      contact({
        line: 2,
        uid: "0035g00000XyZ12AAB",
        name: "Mr. Kenji Sato",
        organization: "Sakura Tech",
        department: "Engineering",
        title: "CTO",
        emails: ["kenji@sakura.example"],
        phones: ["+81 3 1234 5678", "+81 90 1234 5678"],
        labels: { "+81 3 1234 5678": "work", "+81 90 1234 5678": "mobile" },
        address: "1-2-3 Shibuya\nTokyo, 150-0002\nJapan",
        birthday: "1979-12-25",
        notes: "Met at re:Invent; interested in renewals.",
      }),
    ],
  },
  {
    file: "european.csv",
    layout: { encoding: "utf-8", bom: true, delimiter: ";", profile: "generic" },
    contacts: [
      contact({
        line: 2,
        name: "Frau Jürgen Müller",
        organization: "Bäckerei Müller GmbH",
        title: "Inhaber",
        emails: ["juergen@baeckerei.example"],
        phones: ["+49 30 901820", "0151 23456789"],
        labels: {
          "+49 30 901820": "work",
          "0151 23456789": "mobile",
        },
        address: "Hauptstraße 5\nBerlin, 10115\nDeutschland",
        birthday: "1985-04-12",
        notes: "Backt ab 4 Uhr; mag Brezeln",
        tags: ["Kunden", "Berlin"],
      }),
      contact({ line: 3, name: "Marie Dupont", emails: ["marie@dupont.example"], birthday: "1990-02-03" }),
    ],
  },
  {
    file: "tabbed.tsv",
    layout: { encoding: "utf-8", bom: false, delimiter: "\t", profile: "generic" },
    contacts: [
      contact({
        line: 2,
        name: "Lena Berg",
        organization: "Fjord AS",
        emails: ["lena@fjord.example"],
        phones: ["+47 22 12 34 56"],
        notes: "Likes sailing, coffee; early calls",
      }),
      contact({ line: 3, name: "Olav Dahl", organization: "Fjord AS", emails: ["olav@fjord.example"] }),
    ],
  },
  {
    file: "ragged.csv",
    layout: { encoding: "utf-8", bom: false, delimiter: ",", profile: "generic" },
    contacts: [
      contact({
        line: 2,
        name: "Ana Cruz",
        organization: "Cedar Lane",
        emails: ["ana@x.example"],
        phones: ["+1 415 555 2671"],
      }),
      contact({ line: 3, name: "Ben Ode", emails: ["ben@x.example"] }),
      contact({
        line: 6,
        name: "Cy Twombly",
        organization: "Studio",
        emails: ["cy@x.example"],
        warnings: ["the row has 6 cells where the header has 4; it was read by position"],
      }),
      contact({
        line: 7,
        name: "Dee",
        warnings: ["the row has 1 cells where the header has 4; it was read by position"],
      }),
      contact({ line: 8, name: "Eve Adams", organization: 'Adams "&" Co', emails: ["eve@x.example"] }),
    ],
  },
  {
    file: "generic.csv",
    layout: { encoding: "utf-8", bom: false, delimiter: ",", profile: "generic" },
    contacts: [
      contact({
        line: 2,
        name: "Sam O'Neil",
        organization: "O'Neil & Sons",
        department: "Sales",
        title: "Owner",
        emails: ["sam@oneil.example"],
        phones: ["+1 646 555 0147", "+1 212 555 0199"],
        urls: ["https://oneil.example"],
        labels: { "+1 646 555 0147": "mobile", "+1 212 555 0199": "work", "Boston\nUSA": "home" },
        address: "Boston\nUSA",
        birthday: "1970-07-04",
        notes: "Call after lunch",
        tags: ["vip", "golf"],
      }),
    ],
  },
])("reading $file", ({ file, layout, contacts }) => {
  it("recognises its encoding, delimiter and profile", () => {
    expect(layoutOf(fixture(file))).toMatchObject(layout);
  });

  it("reads every field of every row, with the line it starts on", async () => {
    expect(await imported(fixture(file))).toEqual(contacts);
  });

  it("reads the same rows whatever the size of the chunks the file comes in", async () => {
    const bytes = fixture(file);
    expect(await readItems(bytes, layoutOf(bytes), 7)).toEqual(await readItems(bytes));
  });
});
