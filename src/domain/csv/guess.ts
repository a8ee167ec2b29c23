// Header guessing for CSV files no profile knows: the words people put in headers, in English,
// German, French, Spanish, Italian, Dutch and Portuguese, with a qualifier (`Work Email`, `Home
// City`, `Telefon privat`) read as a label and a number (`Email 2`) read as another value.
import { headerWords, lookup, use, type ColumnUse, type DateOrder } from "./columns.js";
import type { ContactField } from "./fields.js";

const WORDS: Record<ContactField, string> = {
  name: "name|full name|fullname|display name|contact|contact name|nom complet|nombre completo|nome completo|vollstandiger name|volledige naam",
  prefix: "prefix|name prefix|salutation|anrede|civilite|tratamiento|titolo",
  given:
    "first name|firstname|first|given name|given|forename|vorname|prenom|nombre|nome|voornaam|primeiro nome",
  middle: "middle name|middle|additional name|second name|zweiter vorname|segundo nombre",
  family:
    "last name|lastname|last|surname|family name|nachname|familienname|nom|nom de famille|apellido|apellidos|cognome|achternaam|sobrenome|apelido",
  suffix: "suffix|name suffix",
  nickname: "nickname|nick|spitzname|surnom|apodo|soprannome|bijnaam|apelido curto",
  organization:
    "company|company name|organization|organisation|org|organization name|organisation name|employer|account name|firma|unternehmen|firmenname|societe|entreprise|empresa|azienda|societa|bedrijf|organisatie",
  department: "department|dept|division|abteilung|departement|departamento|reparto|afdeling",
  title:
    "title|job title|jobtitle|job|position|role|occupation|titel|berufsbezeichnung|funktion|poste|fonction|titre|cargo|puesto|ruolo|qualifica|functie|funcao",
  email:
    "email|e mail|mail|email address|e mail address|mail address|emailadresse|e mail adresse|courriel|adresse email|adresse e mail|correo|correo electronico|email adres|e mailadres|posta elettronica|endereco de email",
  phone:
    "phone|phone number|telephone|telephone number|tel|tel no|telefon|telefonnummer|telefono|numero de telephone|telefoon|telefoonnummer|telefone",
  url: "website|web site|url|web page|webpage|homepage|site|site web|sitio web|webseite|sito web",
  address:
    "address|full address|postal address|mailing address|adresse|anschrift|direccion|indirizzo|adres|endereco",
  street: "street|street address|address line 1|address line 2|strasse|straße|rue|calle|via|straat|rua",
  city: "city|town|locality|stadt|ort|ville|ciudad|localidad|citta|plaats|woonplaats|cidade",
  region: "state|region|province|county|state province|state region|bundesland|provincia|estado|provincie",
  postalCode:
    "zip|zip code|zipcode|postal code|postcode|post code|plz|postleitzahl|code postal|codigo postal|cap|codice postale|cep",
  country: "country|country region|land|pays|pais|paese",
  birthday:
    "birthday|birthdate|birth date|date of birth|dob|geburtstag|geburtsdatum|anniversaire|date de naissance|cumpleanos|fecha de nacimiento|compleanno|data di nascita|verjaardag|geboortedatum|aniversario|data de nascimento",
  anniversary: "anniversary|wedding anniversary|jahrestag|hochzeitstag",
  notes:
    "notes|note|comments|comment|remarks|description|notizen|notiz|bemerkung|bemerkungen|kommentar|remarques|commentaires|commentaire|notas|nota|comentarios|osservazioni|opmerkingen|opmerking|observacoes",
  tags: "tags|tag|labels|label|categories|category|groups|group|kategorie|kategorien|gruppe|gruppen|etiquettes|categorie|groupes|etiquetas|categorias|grupos|etichette|gruppi",
  photo: "photo|picture|avatar|image|photo url|foto|bild",
  uid: "id|uid|contact id|record id",
};

/** Words that label a value rather than name a field: `Work Email`, `Telefon privat`. */
const QUALIFIERS: Record<string, string | null> = {
  work: "work", business: "work", office: "work", arbeit: "work", geschaftlich: "work", dienstlich: "work",
  travail: "work", bureau: "work", trabajo: "work", lavoro: "work", werk: "work",
  home: "home", personal: "home", private: "home", privat: "home", personnel: "home", domicile: "home",
  casa: "home", prive: "home",
  mobile: "mobile", cell: "mobile", portable: "mobile", mobil: "mobile", movil: "mobile", celular: "mobile",
  cellulare: "mobile", mobiel: "mobile",
  primary: null, main: null, secondary: null, other: null,
}; // prettier-ignore

/** Phone words that carry their own label. */
const PHONES: Record<string, string> = {
  mobile: "mobile", "mobile phone": "mobile", "mobile number": "mobile", cell: "mobile", "cell phone": "mobile",
  cellphone: "mobile", handy: "mobile", mobil: "mobile", mobiltelefon: "mobile", portable: "mobile",
  movil: "mobile", celular: "mobile", cellulare: "mobile", mobiel: "mobile", gsm: "mobile", fax: "fax", telefax: "fax",
}; // prettier-ignore

const FIELDS = new Map<string, ContactField>();
for (const [field, words] of Object.entries(WORDS))
  for (const word of words.split("|")) if (!FIELDS.has(word)) FIELDS.set(word, field as ContactField);

const ADDRESS_PARTS = new Set<ContactField>(["address", "street", "city", "region", "postalCode", "country"]);

function found(words: string, qualifier: string | null, header: string): ColumnUse | undefined {
  const phoneLabel = lookup(PHONES, words);
  if (phoneLabel) return use("phone", { label: phoneLabel, group: header });
  const field = FIELDS.get(words);
  if (!field) return undefined;
  const label = qualifier ? (lookup(QUALIFIERS, qualifier) ?? null) : null;
  if (ADDRESS_PARTS.has(field)) return use(field, { group: qualifier ?? "address", label });
  if (field === "email" || field === "phone" || field === "url") return use(field, { label, group: header });
  if (field === "tags") return use(field, { split: "list" });
  return qualifier ? undefined : use(field);
}

/** A header's likely use, or null when none is recognised. Dates are read in `dateOrder`. */
export function guessColumn(header: string, dateOrder: DateOrder): ColumnUse | null {
  const words = headerWords(header).replace(/ ?\d+$/, "");
  const list = words.split(" ");
  const first = list[0] ?? "";
  const last = list.at(-1) ?? "";
  const guess =
    found(words, null, header) ??
    (Object.hasOwn(QUALIFIERS, first) ? found(list.slice(1).join(" "), first, header) : undefined) ??
    (Object.hasOwn(QUALIFIERS, last) ? found(list.slice(0, -1).join(" "), last, header) : undefined);
  if (!guess) return null;
  return guess.field === "birthday" || guess.field === "anniversary" ? { ...guess, dateOrder } : guess;
}
