// English rules: titles and portfolios, countries, organizations, dates, interactions, offsets.
// Runs on the compiled library (dist/, built by tests/setup/build.ts) because the pipeline loads the
// English module lazily with require().
import { describe, expect, it } from "vitest";
import { extract } from "../../dist/index.js";
import type { DocumentResult } from "../../src/types.js";

const minister = (r: DocumentResult, name: string) => r.ministers.find((m) => m.name === name);

function checkOffsets(text: string, r: DocumentResult): void {
  const all = [
    ...r.ministers.flatMap((m) => m.mentions), ...r.people.flatMap((p) => p.mentions), ...r.countries.flatMap((c) => c.mentions),
    ...r.organizations.flatMap((o) => o.mentions), ...r.places.flatMap((p) => p.mentions), ...r.dates,
    ...r.interactions.flatMap((i) => [i.evidence, ...(i.trigger ? [i.trigger] : [])]),
  ];
  for (const m of all) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe("English ministers", () => {
  const cases: [string, string, string, string | null, string?][] = [
    ["Iraqi Interior Minister Abdul Amir al-Shammari arrived in Baghdad.", "Abdul Amir al-Shammari", "interior", "IQ", "explicit"],
    ["Prince Abdulaziz bin Saud bin Naif, Saudi Arabia's interior minister, spoke to reporters.", "Abdulaziz bin Saud bin Naif", "interior", "SA", "explicit"],
    ["Jordan's Minister of Foreign Affairs Ayman Safadi said the border was closed.", "Ayman Safadi", "foreign", "JO", "explicit"],
    ["Foreign Secretary David Lammy said the talks were useful.", "David Lammy", "foreign", "GB", "context"],
    ["Home Secretary Yvette Cooper announced new rules.", "Yvette Cooper", "interior", "GB", "context"],
    ["Secretary of State Marco Rubio landed late.", "Marco Rubio", "foreign", "US", "context"],
    ["Singapore's Minister for Home Affairs K. Shanmugam spoke on Monday.", "K. Shanmugam", "interior", "SG", "explicit"],
    ["Pakistani Prime Minister Shehbaz Sharif left for Beijing.", "Shehbaz Sharif", "prime_minister", "PK", "explicit"],
    ["German Defence Minister Boris Pistorius toured the base.", "Boris Pistorius", "defense", "DE", "explicit"],
    ["U.S. Defense Secretary Pete Hegseth arrived.", "Pete Hegseth", "defense", "US", "explicit"],
    ["Egyptian Finance Minister Ahmed Kouchouk presented the budget.", "Ahmed Kouchouk", "finance", "EG", "explicit"],
  ];
  for (const [text, name, portfolio, country, basis] of cases) {
    it(`${portfolio} ${country}: ${text.slice(0, 40)}`, () => {
      const r = extract(text);
      const m = minister(r, name);
      expect(m, JSON.stringify(r.ministers)).toBeDefined();
      expect(m!.portfolio).toBe(portfolio);
      expect(m!.country).toBe(country);
      if (basis) expect(m!.countryBasis).toBe(basis);
      checkOffsets(text, r);
    });
  }

  it("reads no name from a headline's verb after a title (Foreign Minister Meets …)", () => {
    const r = extract("Interior Minister Receives Jordanian Counterpart\nKuwaiti Interior Minister Sheikh Fahad Al-Yousef received Jordanian Interior Minister Mazen Al-Faraya in Kuwait City.", { lang: "en" });
    expect(r.ministers.map((m) => m.name)).toEqual(["Fahad Al-Yousef", "Mazen Al-Faraya"]);
  });

  it("strips honorifics from the name and keeps them apart", () => {
    const r = extract("MANAMA: Interior Minister Maj. Gen. Sheikh Rashid bin Abdullah Al Khalifa met senior officers.");
    const m = minister(r, "Rashid bin Abdullah Al Khalifa")!;
    expect(m.honorifics).toEqual(["Maj. Gen.", "Sheikh"]);
    expect(m.country).toBe("BH"); // the dateline city, no country in the title
    expect(m.countryBasis).toBe("context");
  });

  it("gives a counterpart the portfolio of the minister right before it, not of an earlier counterpart", () => {
    const r = extract("Saudi Foreign Minister Faisal bin Farhan met his Iranian counterpart Abbas Araghchi in Tehran. Egypt's Interior Minister Mahmoud Tawfik received his Bahraini counterpart Rashid bin Abdullah Al Khalifa in Cairo.");
    expect(r.ministers.map((m) => [m.name, m.portfolio])).toContainEqual(["Rashid bin Abdullah Al Khalifa", "interior"]);
  });

  it("gives a counterpart the governor's portfolio and the demonym's country", () => {
    const r = extract("Jordanian Foreign Minister Ayman Safadi received a phone call from his Egyptian counterpart Badr Abdelatty.");
    const m = minister(r, "Badr Abdelatty")!;
    expect(m.portfolio).toBe("foreign");
    expect(m.country).toBe("EG");
    expect(m.countryBasis).toBe("counterpart");
  });

  it("reads a deputy prime minister holding a portfolio, and keeps a plain deputy minister out", () => {
    const r = extract("Sheikh Saif bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Interior, met Deputy Interior Minister Ali Hassan.");
    expect(minister(r, "Saif bin Zayed Al Nahyan")?.portfolio).toBe("interior");
    expect(minister(r, "Ali Hassan")).toBeUndefined();
    expect(r.people.some((p) => p.name === "Ali Hassan")).toBe(true);
  });

  it("links a surname alone to the full name", () => {
    const text = "Turkish Interior Minister Ali Yerlikaya visited Damascus. Yerlikaya said the visit went well.";
    const r = extract(text);
    expect(minister(r, "Ali Yerlikaya")!.mentions.map((m) => m.text)).toEqual(["Ali Yerlikaya", "Yerlikaya"]);
  });
});

describe("English countries, organizations, places", () => {
  it("finds countries by name and demonym with ISO codes", () => {
    const r = extract("Emirati and Turkish officials met British and American envoys in Cairo to discuss Iran and Saudi Arabia.");
    expect(r.countries.map((c) => c.code).sort()).toEqual(["AE", "GB", "IR", "SA", "TR", "US"]);
    expect(r.places.map((p) => p.name)).toEqual(["Cairo"]);
  });

  it("finds agencies, bodies, armed groups and ministries; strips a country qualifier from a ministry", () => {
    const text = "CAIRO (AFP) - The Egyptian Interior Ministry said Hamas and Hezbollah were discussed with the Arab League and NATO, according to SPA.";
    const r = extract(text);
    const names = r.organizations.map((o) => o.name);
    for (const n of ["AFP", "Interior Ministry", "Hamas", "Hezbollah", "Arab League", "NATO", "SPA"]) expect(names).toContain(n);
    expect(r.countries.map((c) => c.code)).toEqual(["EG"]);
    checkOffsets(text, r);
  });

  it("reads an ambiguous country name before a title, and a speaker after 'said'", () => {
    const r = extract("Jordan Foreign Minister Ayman Safadi met reporters, said Hani Sewilam.");
    expect(minister(r, "Ayman Safadi")?.country).toBe("JO");
    expect(r.people.map((p) => p.name)).toEqual(["Hani Sewilam"]);
  });

  it("does not take a personal name for a country", () => {
    const r = extract("Michael Jordan visited Chicago on Monday.");
    expect(r.countries).toEqual([]);
  });
});

describe("English dates", () => {
  const text = "RIYADH, March 12, 2024 (SPA) -- The minister met his counterpart on Tuesday and will travel on Jan 15 and in June, as agreed in 2022.";
  it("normalizes without a reference date", () => {
    const r = extract(text);
    const v = Object.fromEntries(r.dates.map((d) => [d.text, d.value]));
    expect(v).toEqual({ "March 12, 2024": "2024-03-12", Tuesday: null, "Jan 15": "XXXX-01-15", June: "XXXX-06", "2022": "2022" });
  });
  it("uses the reference date for relative dates and missing years", () => {
    const r = extract(text, { referenceDate: "2024-03-14" });
    const v = Object.fromEntries(r.dates.map((d) => [d.text, d.value]));
    expect(v["Tuesday"]).toMatch(/^2024-03-\d\d$/);
    expect(v["Jan 15"]).toMatch(/^\d{4}-01-15$/);
    expect(v["March 12, 2024"]).toBe("2024-03-12");
  });
  it("ignores durations and numbers", () => {
    const r = extract("DUBAI: The heaviest rain in 75 years fell on 1.2 million people.");
    expect(r.dates).toEqual([]);
  });
});

describe("English interactions", () => {
  it("reads a phone call with its initiator, topics, cameo and plover", () => {
    const text = "Saudi Minister of Interior Prince Abdulaziz bin Saud bin Naif received a phone call on Tuesday from Iraqi Interior Minister Abdul Amir al-Shammari. During the call, they discussed security cooperation and efforts to combat drug smuggling.";
    const r = extract(text);
    expect(r.interactions).toHaveLength(1);
    const i = r.interactions[0]!;
    expect(i.type).toBe("call");
    expect(i.participants.map((p) => [p.name, p.country])).toEqual([["Abdulaziz bin Saud bin Naif", "SA"], ["Abdul Amir al-Shammari", "IQ"]]);
    expect(i.initiator).toBe("Abdul Amir al-Shammari");
    expect(i.topics).toEqual(["security cooperation", "efforts to combat drug smuggling"]);
    expect(i.cameo).toBe("041");
    expect(i.plover).toEqual({ event: "CONSULT", mode: "phone" });
    expect(i.status).toBe("happened");
    checkOffsets(text, r);
    expect(i.evidence.text.startsWith("Saudi Minister of Interior")).toBe(true);
  });

  it("marks planned meetings and hosted visits", () => {
    const r = extract("Turkish Interior Minister Ali Yerlikaya hosted his Syrian counterpart Anas Khattab in Ankara. Khattab is also expected to meet Turkish Foreign Minister Hakan Fidan.");
    expect(r.interactions.map((i) => [i.type, i.status, i.cameo])).toEqual([["received", "happened", "043"], ["meeting", "planned", "036"]]);
    expect(r.interactions[0]!.place).toBe("Ankara");
  });

  it("resolves dual subjects to the named ministers", () => {
    const r = extract("The interior ministers of Saudi Arabia and Egypt held talks in Riyadh on combating terrorism. Saudi Interior Minister Prince Abdulaziz bin Saud bin Naif and Egyptian Interior Minister Mahmoud Tawfik also reviewed training programs.");
    const i = r.interactions[0]!;
    expect(i.type).toBe("talks");
    expect(i.participants.map((p) => p.name).sort()).toEqual(["Abdulaziz bin Saud bin Naif", "Mahmoud Tawfik"]);
    expect(i.topics).toContain("combating terrorism");
  });

  it("reports no interaction for a statement without a meeting", () => {
    const r = extract("ABU DHABI: The UAE Ministry of Foreign Affairs strongly condemned the attack in Somalia. The ministry expressed its condolences.");
    expect(r.interactions).toEqual([]);
  });
});
