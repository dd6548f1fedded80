import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const ministers = (text: string, opts = {}) => extract(text, opts).ministers;

describe("ministers", () => {
  it("reads title first, then the name, with the country from the title's adjective", () => {
    const [m] = ministers("استقبل وزير الخارجية المصري، سامح شكري، السفير الفرنسي في القاهرة.");
    expect(m).toMatchObject({ name: "سامح شكري", portfolio: "foreign", country: "EG", countryBasis: "explicit" });
    expect(m!.title).toBe("وزير الخارجية المصري");
  });

  it("reads name first, then the title, with an honorific before the name", () => {
    const [m] = ministers("عقد الفريق أول خالد الأحمد وزير الدفاع، اجتماعا مع قادة الجيش.");
    expect(m).toMatchObject({ name: "خالد الأحمد", portfolio: "defense" });
    expect(m!.honorifics).toContain("الفريق أول");
  });

  it("a chain of offices is one person's: the country of the first title serves the next", () => {
    const [m] = ministers("أجرى رئيس الوزراء الكويتي وزير الداخلية الشيخ أحمد النواف اتصالا هاتفيا مع وزير الداخلية المصري محمود توفيق.");
    expect(m).toMatchObject({ name: "أحمد النواف", portfolio: "interior", country: "KW", countryBasis: "explicit" });
    expect(m!.mentions.map((x) => x.text)).toContain("رئيس الوزراء الكويتي");
    // a title with a clitic after a bare title is another person's
    const ms = ministers("والتقى وزير الداخلية القطري بوزير الداخلية العراقي عبد الأمير الشمري.");
    expect(ms.map((x) => [x.name, x.country])).toEqual([["عبد الأمير الشمري", "IQ"]]);
  });

  it("a minister title after a name and another title with its complement is that name's", () => {
    const [m] = ministers("التقى الفريق أول عبد المجيد صقر القائد العام للقوات المسلحة وزير الدفاع نظيره الأردني يوسف الحنيطي.");
    expect(m).toMatchObject({ name: "عبد المجيد صقر", portfolio: "defense" });
    expect(m!.honorifics).toContain("الفريق أول");
  });

  it("reads a caretaker prime minister's title (رئيس حكومة تصريف الأعمال)", () => {
    const [m] = ministers("استقبل رئيس حكومة تصريف الأعمال اللبناني نجيب ميقاتي السفير الفرنسي.");
    expect(m).toMatchObject({ name: "نجيب ميقاتي", portfolio: "prime_minister", country: "LB" });
  });

  it("reads الوزير الأول as a prime minister and a given name that is also a verb inside a name (مهدي جمعة)", () => {
    const ms = ministers("أجرى الوزير الأول الجزائري عبد المالك سلال محادثات مع رئيس الحكومة التونسية مهدي جمعة.");
    expect(ms.map((m) => [m.name, m.portfolio, m.country])).toEqual([["عبد المالك سلال", "prime_minister", "DZ"], ["مهدي جمعة", "prime_minister", "TN"]]);
  });

  it("takes the country after a state noun: وزير خارجية جمهورية العراق", () => {
    const [m] = ministers("التقى الوزير وزير خارجية جمهورية العراق الدكتور فؤاد حسين في الرياض.");
    expect(m).toMatchObject({ name: "فؤاد حسين", portfolio: "foreign", country: "IQ", countryBasis: "explicit" });
    // a state noun that opens the country's own form stays part of it
    expect(ministers("التقى الوزير وزير خارجية جمهورية مصر العربية سامح شكري.")[0]).toMatchObject({ name: "سامح شكري", country: "EG" });
  });

  it("takes the country from an indefinite portfolio and a country name: وزير داخلية الكويت", () => {
    const [m] = ministers("التقى وزير داخلية الكويت الشيخ فهد اليوسف بعدد من القيادات.");
    expect(m).toMatchObject({ name: "فهد اليوسف", portfolio: "interior", country: "KW" });
  });

  it("handles clitics on the title and Egyptian spelling", () => {
    const [m] = ministers("وأكد وزير الداخلية اللواء محمد إبراهيم فى كلمته على أهمية العمل الأمنى.");
    expect(m).toMatchObject({ name: "محمد إبراهيم", portfolio: "interior" });
  });

  it("finds a counterpart and gives it the subject's portfolio and the adjective's country", () => {
    const ms = ministers("بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره العراقي فؤاد حسين العلاقات الثنائية.");
    expect(ms.map((m) => m.name)).toEqual(["أيمن الصفدي", "فؤاد حسين"]);
    expect(ms[1]).toMatchObject({ portfolio: "foreign", country: "IQ", countryBasis: "counterpart" });
  });

  it("reads long names with nasab chains and honorific chains", () => {
    const [m] = ministers("استقبل صاحب السمو الملكي الأمير عبد العزيز بن سعود بن نايف وزير الداخلية، سفير اليابان.");
    expect(m!.name).toBe("عبد العزيز بن سعود بن نايف");
    expect(m!.portfolio).toBe("interior");
  });

  it("reads dual titles into two ministers", () => {
    const ms = ministers("بحث وزيرا داخلية مصر والسعودية، محمود توفيق وعبد العزيز بن سعود، التعاون الأمني.");
    expect(ms.map((m) => [m.name, m.country])).toEqual([["محمود توفيق", "EG"], ["عبد العزيز بن سعود", "SA"]]);
  });

  it("reads a dual title with each country adjective before its minister's name", () => {
    const ms = ministers("التقى وزيرا الدفاع الأردني سامي الكيلاني والتونسي منير بن صالح في عمان أمس.");
    expect(ms.map((m) => [m.name, m.portfolio, m.country])).toEqual([["سامي الكيلاني", "defense", "JO"], ["منير بن صالح", "defense", "TN"]]);
    const [i] = extract("التقى وزيرا الدفاع الأردني سامي الكيلاني والتونسي منير بن صالح في عمان أمس.").interactions;
    expect(i!.participants.map((p) => p.name)).toEqual(["سامي الكيلاني", "منير بن صالح"]);
  });

  it("stops a name before the plural of a participle (مستجدات، مشاورات)", () => {
    const { people } = extract("ناقش الوزير مع المبعوث الأممي إلى ليبيا هانس كلاين مستجدات العملية السياسية.");
    expect(people.map((p) => p.name)).toEqual(["هانس كلاين"]);
  });

  it("stops the name before a verb and does not take a verb as a name", () => {
    expect(ministers("وزير الداخلية يشدد على تعزيز الجاهزية.")).toEqual([]);
    const [m] = ministers("قال وزير العدل عمر الأحمد إن القانون يطبق على الجميع.");
    expect(m!.name).toBe("عمر الأحمد");
  });

  it("attaches later references: surname alone, the bare title and الوزير + adjective", () => {
    const text = "التقى وزير الداخلية السوري، أنور حداد، نظيره اللبناني، سمير نصر. وقال حداد إن اللقاء مثمر. وأكد الوزير اللبناني دعم بلاده.";
    const ms = ministers(text);
    const syr = ms.find((m) => m.country === "SY")!;
    const leb = ms.find((m) => m.country === "LB")!;
    expect(syr.mentions.map((x) => x.text)).toContain("حداد");
    expect(leb.mentions.map((x) => x.text)).toContain("الوزير اللبناني");
    for (const m of ms) for (const x of m.mentions) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it("fills a country from knowledge only when the text gives none, and never needs it to detect", () => {
    const text = "شارك وزير الداخلية الشيخ سيف بن زايد آل نهيان في المؤتمر.";
    expect(ministers(text)[0]).toMatchObject({ country: "AE", countryBasis: "knowledge" });
    const off = ministers(text, { knowledge: false })[0]!;
    expect(off.name).toBe("سيف بن زايد آل نهيان");
    expect(off.countryBasis).not.toBe("knowledge");
  });

  it("gives a minister title to the name right after it, not to a titled name right before it", () => {
    const { ministers: ms, people } = extract("استقبل الرئيس عبد الفتاح السيسي وزير الدفاع الأمريكي لويد أوستن في القاهرة.");
    expect(ms.map((m) => [m.name, m.portfolio, m.country])).toEqual([["لويد أوستن", "defense", "US"]]);
    expect(people.map((p) => p.name)).toEqual(["عبد الفتاح السيسي"]);
    // a name first, then its title between commas: a list, each name with its own title
    const list = ministers("عقد رئيس الوزراء اجتماعا مع سامي الحداد، وزير المالية، والمهندس كريم منصور، وزير النقل، لمتابعة المشروعات.");
    // (an unlisted portfolio is "other": never the prime minister's of the bare title before it)
    expect(list.map((m) => [m.name, m.portfolio, m.title])).toEqual([["سامي الحداد", "finance", "وزير المالية"], ["كريم منصور", "other", "وزير النقل"]]);
  });

  it("reads an honorific that is also a given name inside a name, and chains of listed surnames", () => {
    expect(ministers("اتصل وزير الخارجية الإيراني رضا أمير قاسمي بنظيره العماني.").map((m) => m.name)).toEqual(["رضا أمير قاسمي"]);
    // before a country it is the title: أمير قطر
    const { people } = extract("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني وزير الخارجية الأمريكي أنتوني بلينكن.");
    expect(people.map((p) => p.name)).toEqual(["تميم بن حمد آل ثاني"]);
    expect(ministers("بحث وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح مع نظيره الصيني العلاقات.").map((m) => m.name)).toEqual(["سالم عبدالله الجابر الصباح"]);
  });

  it("takes the country from context when the text names no country for the minister", () => {
    const [m] = ministers("عقد وزير الداخلية علي حسن اجتماعا مع محافظ البصرة لبحث الأوضاع في البصرة والموصل.");
    expect(m).toMatchObject({ country: "IQ", countryBasis: "context" });
  });
});

describe("people", () => {
  it("reads ranks and honorifics with a role after a comma", () => {
    const { people } = extract("وأوضح العقيد ماجد السالم، مدير شرطة المدينة، أن التحقيقات مستمرة.");
    expect(people[0]).toMatchObject({ name: "ماجد السالم", title: "العقيد" });
    expect(people[0]!.role).toBe("مدير شرطة المدينة");
  });
  it("keeps a title's complement before the name in the title, not another phrase", () => {
    const t = (text: string) => extract(text).people.map((p) => [p.name, p.title]);
    expect(t("وأكد الأمين العام لمجلس التعاون جاسم محمد البديوي أهمية الحوار.")).toEqual([["جاسم محمد البديوي", "الأمين العام لمجلس التعاون"]]);
    expect(t("والتقى الوزير سفير إيطاليا في لبنان ماركو ماريني.")).toEqual([["ماركو ماريني", "سفير إيطاليا في لبنان"]]);
    expect(t("نقل الوزير إلى الرئيس تحيات أخيه الملك سلمان.").map(([, title]) => title)).not.toContain("الرئيس تحيات أخيه الملك");
  });

  it("reads a name in commas after a title's complement", () => {
    const { people } = extract("وكان سفير لبنان لدى المملكة، خالد الحسيني، في استقباله.");
    expect(people.map((p) => [p.name, p.title])).toEqual([["خالد الحسيني", "سفير لبنان لدى المملكة"]]);
    // a clause after the comma is no name
    expect(extract("وكان سفير لبنان لدى المملكة، خالد الحسيني يعمل معه.").people.map((p) => p.name)).not.toContain("خالد الحسيني يعمل");
  });

  it("a title right after a name, before a phrase with a pronoun, is that name's role, not the next name's title", () => {
    const { people } = extract("استقبل اللواء سالم النعيمي وكيل وزارة الداخلية بمكتبه اليوم الدكتور خالد العتيبي.");
    expect(people.map((p) => [p.name, p.title ?? null, p.role ?? null])).toEqual([["سالم النعيمي", "اللواء", "وكيل وزارة الداخلية"], ["خالد العتيبي", null, null]]);
  });

  it("keeps the ministry in a deputy's or an under-secretary's title", () => {
    const { people } = extract("حضر اللقاء نائب وزير الداخلية الدكتور سامر الخطيب، ووكيل وزارة الخارجية السفير نبيل العلي.");
    expect(people.map((p) => [p.name, p.title])).toEqual([["سامر الخطيب", "نائب وزير الداخلية"], ["نبيل العلي", "وكيل وزارة الخارجية"]]);
  });
  it("reads a given name that is also a common word when بن and a name follow (عيد بن …)", () => {
    expect(extract("وحضر اللقاء السفير سلامة بن خالد المطيري.").people.map((p) => p.name)).toEqual(["سلامة بن خالد المطيري"]);
    expect(extract("واستقبل المحافظ عيد بن ناصر الحربي.").people.map((p) => p.name)).toContain("عيد بن ناصر الحربي");
    // the common word alone is no name
    expect(extract("وهنأ السفير الجالية بمناسبة عيد الفطر.").people.map((p) => p.name)).toEqual([]);
  });
  it("reads Saudi rank chains and an Egyptian على after بن as part of the name", () => {
    const { people } = extract("وحضر رئيس هيئة الأركان العامة الفريق الأول الركن فياض بن حامد الرويلي.");
    expect(people.map((p) => [p.name, p.honorifics])).toEqual([["فياض بن حامد الرويلي", ["الفريق الأول الركن"]]]);
    // a text that writes final ى (فى، الذى) still writes the name علي as على after بن
    const eg = extract("استقبل وزير الداخلية محمود توفيق، الدكتور محمد بن على كومان الذى يزور القاهرة فى إطار الإعداد للاجتماع.");
    expect(eg.people.map((p) => p.name)).toEqual(["محمد بن على كومان"]);
  });
  it("reads a given name that is also a common word right after an honorific, before a family name (الشيخ صباح الخالد)", () => {
    expect(extract("واستقبل الأمير الشيخ صباح الخالد.").people.map((p) => p.name)).toEqual(["صباح الخالد"]);
    expect(extract("وقال الشيخ صباح اليوم إن الاجتماع مهم.").people.map((p) => p.name)).toEqual([]);
  });
  it("reads no person in a place or prize named after one (مطار الملك خالد، جائزة الشيخ زايد)", () => {
    const { people } = extract("ووصل الوفد إلى مطار الملك فهد الدولي، ثم زار جامعة الأمير سلطان ونال جائزة الشيخ زايد للكتاب.");
    expect(people.map((p) => p.name)).toEqual([]);
    // the same titles name people elsewhere
    expect(extract("واستقبل الملك فهد الوفد.").people.map((p) => p.name)).toEqual(["فهد"]);
  });
  it("reads person titles with a country adjective", () => {
    const { people } = extract("استقبل الرئيس التونسي قيس سعيد وفدا برلمانيا.");
    expect(people[0]).toMatchObject({ name: "قيس سعيد" });
  });
  it("reads a definite given name right after a title (نظيره الليبي الطاهر …), not elsewhere", () => {
    expect(ministers("التقى وزير الخارجية نظيره التونسي الحبيب الصيد في الجزائر.").map((m) => m.name)).toEqual(["الحبيب الصيد"]);
    expect(extract("وأكد الوزير أن الحبيب الصيد زار الجزائر.").people.map((p) => p.name)).not.toContain("الحبيب الصيد");
  });

  it("reads an unknown foreign given name that starts like a clitic on a word (كا…، با…)", () => {
    expect(ministers("التقى الوزير نظيره الهولندي كاسبار فيلدكامب في لاهاي.").map((m) => m.name)).toEqual(["كاسبار فيلدكامب"]);
    // a clitic on a verbal noun still opens no name
    expect(ministers("وأكد وزير الخارجية لاستعراض التعاون.").map((m) => m.name)).toEqual([]);
  });
  it("reads a name after a title's complement, also one that starts like a clitic (ل…)", () => {
    for (const where of ["لدى المملكة", "لدى السعودية"]) {
      const { people } = extract(`وبحث الوزير خلال اللقاء مع السفير الفرنسي ${where} لوران بيكار آفاق التعاون.`);
      expect(people.map((p) => p.name)).toEqual(["لوران بيكار"]);
    }
  });
});
