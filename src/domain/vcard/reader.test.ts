import { describe, expect, it } from "vitest";
import type { RawContact, ReadItem } from "../imports/record.js";
import { readVcards } from "./reader.js";

function* chunks(bytes: Uint8Array, size = 7): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function readAll(file: string | Uint8Array): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  const bytes = typeof file === "string" ? new TextEncoder().encode(file) : file;
  for await (const item of readVcards(chunks(bytes))) items.push(item);
  return items;
}

/** The one record a card with these lines gives. */
async function card(lines: string, version = "3.0"): Promise<RawContact> {
  const [item, ...rest] = await readAll(`BEGIN:VCARD\r\nVERSION:${version}\r\n${lines}\r\nEND:VCARD\r\n`);
  expect(rest).toEqual([]);
  if (item?.kind !== "record") throw new Error(`not a record: ${JSON.stringify(item)}`);
  return item.record;
}

describe("readVcards names", () => {
  it("takes FN, and N as name parts (family;given;middle;prefix;suffix)", async () => {
    expect(await card("FN:Dr. Ana Cruz\r\nN:Cruz;Ana;María,José;Dr.;PhD")).toMatchObject({
      formattedName: "Dr. Ana Cruz",
      nameParts: { family: "Cruz", given: "Ana", middle: "María José", prefix: "Dr.", suffix: "PhD" },
    });
  });

  it.each([
    ["FN;LANGUAGE=ja:山田太郎\r\nFN:Taro Yamada", "Taro Yamada"],
    ["FN;LANGUAGE=ja:山田太郎\r\nFN;LANGUAGE=en:Taro Yamada", "山田太郎"],
    ["FN:First\r\nFN:Second", "First"],
  ])("with several FN, takes the first one without LANGUAGE, else the first: %j", async (lines, name) => {
    expect((await card(lines, "4.0")).formattedName).toBe(name);
  });
});

describe("readVcards organization, title, nickname, uid", () => {
  it.each([
    ["ORG:IBM;Accounting", "IBM", "Accounting"],
    ["ORG:IBM;Accounting;Payroll", "IBM", "Accounting, Payroll"],
    ["ORG:Smith\\; Sons\\, Ltd", "Smith; Sons, Ltd", null],
    ["ORG:;Sales", null, "Sales"],
    ["ORG:Acme;", "Acme", null],
  ])("reads %j as organization %j and department %j", async (line, organization, department) => {
    expect(await card(line)).toMatchObject({ organization, department });
  });

  it("reads TITLE, NICKNAME (a list), UID and Rapport's how-we-met", async () => {
    const read = await card(
      "FN:A\r\nTITLE:Head of Sales\\, EMEA\r\nNICKNAME:Annie,Nan\r\nUID:urn:uuid:1234\r\nX-RAPPORT-HOW-WE-MET:Lyon fair\\; stand 12",
    );
    expect(read).toMatchObject({
      title: "Head of Sales, EMEA",
      nickname: "Annie, Nan",
      uid: "urn:uuid:1234",
      howWeMet: "Lyon fair; stand 12",
    });
  });
});

describe("readVcards channels and their labels", () => {
  it("reads TYPE however it is spelled, and Apple's grouped X-ABLabel over it", async () => {
    const read = await card(
      [
        "TEL;TYPE=WORK,VOICE:+1 415 555 0100",
        "TEL;type=cell;type=pref:+1 415 555 0101",
        "TEL;HOME:+1 415 555 0102",
        'TEL;TYPE="work,fax":+1 415 555 0103',
        "TEL;VALUE=uri;TYPE=home:tel:+1-415-555-0104",
        "item1.TEL;type=pref:+1 415 555 0105",
        "item1.X-ABLabel:Assistant",
        "EMAIL;TYPE=INTERNET:ann@x.example",
        "EMAIL:mailto:ann@y.example",
        "item2.URL:https\\://ann.example/blog",
        "item2.X-ABLabel:_$!<HomePage>!$_",
      ].join("\r\n"),
    );
    expect(read.phones).toEqual([
      { value: "+1 415 555 0100", label: "WORK,VOICE" },
      { value: "+1 415 555 0101", label: "cell,pref" },
      { value: "+1 415 555 0102", label: "HOME" },
      { value: "+1 415 555 0103", label: "work,fax" },
      { value: "+1-415-555-0104", label: "home" },
      { value: "+1 415 555 0105", label: "Assistant" },
    ]);
    expect(read.emails).toEqual([
      { value: "ann@x.example", label: "INTERNET" },
      { value: "ann@y.example", label: null },
    ]);
    expect(read.urls).toEqual([{ value: "https://ann.example/blog", label: "_$!<HomePage>!$_" }]);
  });
});

describe("readVcards dates", () => {
  it.each([
    ["BDAY:1985-04-12", "1985-04-12"],
    ["BDAY:19850412", "19850412"],
    ["BDAY:--0412", "--0412"],
    ["BDAY:--04-12", "--04-12"],
    ["BDAY:1985-04-12T00:00:00Z", "1985-04-12T00:00:00Z"],
    ["BDAY;VALUE=date:1985-04-12", "1985-04-12"],
    ["BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12", "--04-12"],
    ["BDAY;X-APPLE-OMIT-YEAR=1604;VALUE=date:16040412", "--0412"],
    ["BDAY;VALUE=text:circa 1960", "circa 1960"],
  ])("passes %j on as %j", async (line, birthday) => {
    expect((await card(`FN:A\r\n${line}`)).birthday).toBe(birthday);
  });

  it.each([
    ["ANNIVERSARY:20110618\r\nX-ANNIVERSARY:2000-01-01", "20110618"],
    ["X-ANNIVERSARY:2011-06-18", "2011-06-18"],
    ["X-EVOLUTION-ANNIVERSARY:2011-06-18", "2011-06-18"],
    ["item1.X-ABDATE:2011-06-18\r\nitem1.X-ABLabel:_$!<Anniversary>!$_", "2011-06-18"],
    ["item1.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-06-18\r\nitem1.X-ABLabel:_$!<Anniversary>!$_", "--06-18"],
    ["item1.X-ABDATE:2011-06-18\r\nitem1.X-ABLabel:Graduation", null],
  ])("reads the anniversary of %j as %j", async (lines, anniversary) => {
    expect((await card(`FN:A\r\n${lines}`)).anniversary).toBe(anniversary);
  });
});

describe("readVcards addresses", () => {
  it.each([
    [
      "ADR;TYPE=work:;;1 Main St;Springfield;IL;62701;USA",
      { value: "1 Main St\nSpringfield, IL 62701\nUSA", label: "work" },
    ],
    [
      "ADR:PO Box 7;Suite 2;1 Main St,Back door;Paris;;75011;",
      { value: "PO Box 7\nSuite 2\n1 Main St\nBack door\nParis 75011", label: null },
    ],
    ["ADR:;;Calle Mayor 1\\nMadrid;;;;", { value: "Calle Mayor 1\nMadrid", label: null }],
    [
      'ADR;LABEL="1 Main St\\nSpringfield":;;1 Main St;Springfield;;;',
      { value: "1 Main St\nSpringfield", label: null },
    ],
    [
      "ADR;TYPE=HOME:;;1 Main St;Springfield;;;\r\nLABEL;TYPE=HOME:1 Main Street\\nSpringfield",
      { value: "1 Main Street\nSpringfield", label: "HOME" },
    ],
    ["LABEL;TYPE=WORK:2 Side St\\nShelbyville", { value: "2 Side St\nShelbyville", label: "WORK" }],
  ])("reads %j as one free-text address", async (lines, address) => {
    expect((await card(`FN:A\r\n${lines}`)).addresses).toEqual([address]);
  });
});

describe("readVcards notes and tags", () => {
  it("undoes escapes in NOTE and joins several notes", async () => {
    const read = await card("FN:A\r\nNOTE:one\\ntwo\\N three\\, four\\; five \\\\ six\r\nNOTE:more");
    expect(read.notes).toBe("one\ntwo\n three, four; five \\ six\n\nmore");
  });

  it("takes CATEGORIES as tags, escaped commas kept", async () => {
    expect((await card("FN:A\r\nCATEGORIES:Golf,bread\\, rye\r\nCATEGORIES:VIP")).tags).toEqual([
      "Golf",
      "bread, rye",
      "VIP",
    ]);
  });
});

describe("readVcards photos", () => {
  const jpeg = "/9j/4AAQSkZJRgABAQ==";
  const png = "iVBORw0KGgoAAAANSUhEUg==";
  it.each([
    [`PHOTO;ENCODING=b;TYPE=JPEG:${jpeg}`, `data:image/jpeg;base64,${jpeg}`],
    [`PHOTO;ENCODING=BASE64;TYPE=PNG:${png}`, `data:image/png;base64,${png}`],
    [`PHOTO;BASE64;GIF:${png}`, `data:image/png;base64,${png}`],
    [`PHOTO;ENCODING=b;TYPE=image/webp:AAAA`, "data:image/webp;base64,AAAA"],
    [`PHOTO:data:image/png;base64,${png}`, `data:image/png;base64,${png}`],
    [`PHOTO:data:;base64,${jpeg}`, `data:image/jpeg;base64,${jpeg}`],
    ["PHOTO;VALUE=uri:https://x.example/a.jpg", "https://x.example/a.jpg"],
    ["PHOTO;VALUE=URL:http://x.example/a.jpg", "http://x.example/a.jpg"],
    ["PHOTO:https://lh3.example/a", "https://lh3.example/a"],
  ])("keeps %j", async (line, photo) => {
    const read = await card(`FN:A\r\n${line}`);
    expect(read.photo).toBe(photo);
    expect(read.warnings).toEqual([]);
  });

  it.each([
    "PHOTO;VALUE=URL:file:///C:/photos/a.jpg",
    "PHOTO;VALUE=uri:cid:photo1@example",
    "PHOTO;ENCODING=b;TYPE=JPEG:not base64!",
    "PHOTO:data:text/plain,hello",
  ])("drops %j with a warning, keeping the card", async (line) => {
    const read = await card(`FN:A\r\n${line}`);
    expect(read.photo ?? null).toBeNull();
    expect(read.warnings).toEqual(["the photo on line 4 could not be read and was left out"]);
  });
});

describe("readVcards text encodings", () => {
  it("decodes quoted-printable with a CHARSET and without one (UTF-8)", async () => {
    const read = await card(
      "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ji=C5=99=C3=AD\r\nNOTE;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9=0D=0Abar",
      "2.1",
    );
    expect(read).toMatchObject({ formattedName: "Jiří", notes: "Café\nbar" });
  });

  it("decodes a declared CHARSET, quoted-printable or 8-bit", async () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=ISO-8859-1:Ren"),
      0xe9,
      ...new TextEncoder().encode(
        "\r\nNOTE;CHARSET=windows-1250;QUOTED-PRINTABLE:=A3=F3d=9F\r\nEND:VCARD\r\n",
      ),
    ]);
    const [item] = await readAll(bytes);
    expect(item).toMatchObject({
      kind: "record",
      record: { formattedName: "René", notes: "Łódź", warnings: [] },
    });
  });

  it("warns when a CHARSET is unknown and reads the text by guessing", async () => {
    const read = await card("FN;CHARSET=x-klingon;ENCODING=QUOTED-PRINTABLE:Ren=C3=A9", "2.1");
    expect(read.formattedName).toBe("René");
    expect(read.warnings).toEqual([
      'the character set "X-KLINGON" is unknown; its text was read by guessing',
    ]);
  });
});
