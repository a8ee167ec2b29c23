// Thunderbird's address book and two CRMs' contact exports (HubSpot, Salesforce): fixed header
// sets, read through a table each; headers a CRM adds on its own are left to guessing.
import { use, type ColumnUse } from "../columns.js";

type Table = Record<string, ColumnUse>;

const home = (field: ColumnUse["field"]) => use(field, { group: "home", label: "home" });
const work = (field: ColumnUse["field"]) => use(field, { group: "work", label: "work" });
const mailing = (field: ColumnUse["field"]) => use(field, { group: "mailing" });
const usDate = use("birthday", { dateOrder: "month-first" });

export const thunderbird: Table = {
  "first name": use("given"),
  "last name": use("family"),
  "display name": use("name"),
  nickname: use("nickname"),
  "primary email": use("email", { group: "primary" }),
  "secondary email": use("email", { group: "secondary" }),
  "work phone": use("phone", { label: "work" }),
  "home phone": use("phone", { label: "home" }),
  "fax number": use("phone", { label: "fax" }),
  "pager number": use("phone", { label: "pager" }),
  "mobile number": use("phone", { label: "mobile" }),
  "home address": home("street"),
  "home address 2": home("street"),
  "home city": home("city"),
  "home state": home("region"),
  "home zipcode": home("postalCode"),
  "home country": home("country"),
  "work address": work("street"),
  "work address 2": work("street"),
  "work city": work("city"),
  "work state": work("region"),
  "work zipcode": work("postalCode"),
  "work country": work("country"),
  "job title": use("title"),
  department: use("department"),
  organization: use("organization"),
  "web page 1": use("url"),
  "web page 2": use("url"),
  "birth year": use("birthday", { group: "birth", role: "year" }),
  "birth month": use("birthday", { group: "birth", role: "month" }),
  "birth day": use("birthday", { group: "birth", role: "day" }),
  notes: use("notes"),
};

export const hubspot: Table = {
  "record id": use("uid"),
  "first name": use("given"),
  "last name": use("family"),
  email: use("email"),
  "phone number": use("phone"),
  "mobile phone number": use("phone", { label: "mobile" }),
  "company name": use("organization"),
  "job title": use("title"),
  "street address": mailing("street"),
  city: mailing("city"),
  "state/region": mailing("region"),
  "postal code": mailing("postalCode"),
  "country/region": mailing("country"),
  "website url": use("url"),
  "date of birth": usDate,
};

const other = (field: ColumnUse["field"]) => use(field, { group: "other" });

export const salesforce: Table = {
  "contact id": use("uid"),
  salutation: use("prefix"),
  "first name": use("given"),
  "middle name": use("middle"),
  "last name": use("family"),
  suffix: use("suffix"),
  title: use("title"),
  "account name": use("organization"),
  department: use("department"),
  email: use("email"),
  phone: use("phone", { label: "work" }),
  mobile: use("phone", { label: "mobile" }),
  "home phone": use("phone", { label: "home" }),
  "other phone": use("phone"),
  fax: use("phone", { label: "fax" }),
  "mailing street": mailing("street"),
  "mailing city": mailing("city"),
  "mailing state/province": mailing("region"),
  "mailing zip/postal code": mailing("postalCode"),
  "mailing country": mailing("country"),
  "other street": other("street"),
  "other city": other("city"),
  "other state/province": other("region"),
  "other zip/postal code": other("postalCode"),
  "other country": other("country"),
  birthdate: usDate,
  description: use("notes"),
};

export const thunderbirdSignature = [
  "Primary Email",
  "Secondary Email",
  "Display Name",
  "Work Phone",
  "Mobile Number",
  "Home ZipCode",
  "Birth Year",
  "Web Page 1",
  "Screen Name",
];
export const hubspotSignature = [
  "Record ID",
  "Email",
  "Phone Number",
  "Company Name",
  "Lifecycle Stage",
  "Contact owner",
  "Mobile Phone Number",
  "Website URL",
];
export const salesforceSignature = [
  "Contact ID",
  "Account Name",
  "Salutation",
  "Mailing Street",
  "Mailing City",
  "Mailing Zip/Postal Code",
  "Contact Owner",
  "Birthdate",
  "Lead Source",
];
