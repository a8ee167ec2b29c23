import { describe, expect, it } from "vitest";
import { filtersFrom } from "./filters";

describe("the contact list's filters read from the URL", () => {
  it("passes the known filters through to the API query", () => {
    const params = new URLSearchParams(
      "q=ana&stage=client&tag=golf&ownerId=u1&organizationId=o1&sort=-createdAt",
    );
    expect(filtersFrom(params)).toEqual({
      q: "ana",
      stage: "client",
      tag: "golf",
      ownerId: "u1",
      organizationId: "o1",
      sort: "-createdAt",
    });
  });

  it("drops empty and blank values and anything that is not a filter", () => {
    expect(filtersFrom(new URLSearchParams("q=%20%20&tag=&focus=search&cursor=x"))).toEqual({});
  });
});
