import { describe, expect, it } from "vitest";
import { paramOf, parseContentLine, typesOf } from "./content-line.js";

const parse = (text: string) => parseContentLine(text, 1, false);

describe("parseContentLine", () => {
  it("reads the group, the name upper-cased, the parameters and the value as written", () => {
    expect(parse("item1.email;type=INTERNET:ann@x.example")).toEqual({
      line: 1,
      group: "item1",
      name: "EMAIL",
      params: new Map([["TYPE", ["INTERNET"]]]),
      value: "ann@x.example",
      binary: false,
    });
  });

  it("keeps colons and semicolons of the value, and of quoted parameter values", () => {
    const line = parse('ADR;LABEL="1 Main St; Suite 2: back":;;1 Main St;Springfield');
    expect(line?.params.get("LABEL")).toEqual(["1 Main St; Suite 2: back"]);
    expect(line?.value).toBe(";;1 Main St;Springfield");
  });

  it.each([
    ["TEL;TYPE=WORK,VOICE:1", ["WORK", "VOICE"]],
    ["TEL;TYPE=work;TYPE=pref:1", ["work", "pref"]],
    ["TEL;WORK;PREF:1", ["WORK", "PREF"]],
    ["tel;type=cell:1", ["cell"]],
    ['TEL;TYPE="work,voice":1', ["work", "voice"]],
    ['TEL;TYPE=work,"voice":1', ["work", "voice"]],
    ["TEL:1", []],
  ])("reads the TYPE words of %j", (text, types) => {
    const line = parse(text);
    expect(line && typesOf(line)).toEqual(types);
  });

  it.each([
    ["NOTE;QUOTED-PRINTABLE:x", "ENCODING", "QUOTED-PRINTABLE"],
    ["NOTE;ENCODING=quoted-printable;CHARSET=utf-8:x", "CHARSET", "UTF-8"],
    ["PHOTO;BASE64;JPEG:x", "ENCODING", "BASE64"],
    ["PHOTO;VALUE=URL:x", "VALUE", "URL"],
    ["PHOTO;URL:x", "VALUE", "URL"],
  ])("reads 2.1 bare parameters and named ones alike: %j", (text, name, value) => {
    const line = parse(text);
    expect(line && paramOf(line, name)).toBe(value);
  });

  it("undoes RFC 6868 caret escapes in parameter values", () => {
    expect(parse("ADR;LABEL=\"a^nb ^'c^' ^^\":x")?.params.get("LABEL")).toEqual(['a\nb "c" ^']);
  });

  it.each(["no colon here", "BAD NAME:x", ":value", 'TEL;TYPE="open:1', "TEL;TYPE=work"])(
    "is null for %j, which is not a content line",
    (text) => {
      expect(parse(text)).toBeNull();
    },
  );
});
