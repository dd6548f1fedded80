import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const interactions = (text: string) => extract(text).interactions;
const names = (i: { participants: { name: string }[] }) => i.participants.map((p) => p.name);

describe("interactions", () => {
  it("reads a held meeting with a person and its topic", () => {
    const [i] = interactions("عقد وزير الخارجية الأردني أيمن الصفدي اجتماعا مع نظيره المصري سامح شكري لبحث تطورات الأوضاع في المنطقة.");
    expect(i!.type).toBe("meeting");
    expect(names(i!)).toEqual(["أيمن الصفدي", "سامح شكري"]);
    expect(i!.topics.join(" ")).toContain("تطورات الأوضاع");
    expect(i!.cameo).toBe("040");
    expect(i!.status).toBe("happened");
  });

  it("takes no place from its topics or its participants, and none for a call but a venue phrase", () => {
    const talks = interactions("بحث وزير الخارجية المغربي ناصر بوريطة مع نظيره الإسباني خوسيه ألباريس الأوضاع في ليبيا والتطورات في غزة.");
    expect(talks.map((i) => [i.type, i.place, i.topics.join(" ")])).toEqual([["talks", null, "الأوضاع في ليبيا والتطورات في غزة"]]);
    // the venue before the topics is still the place
    const venue = interactions("التقى وزير الخارجية المغربي ناصر بوريطة نظيره الإسباني خوسيه ألباريس في مدريد وبحثا الأوضاع في ليبيا.");
    expect(venue.map((i) => i.place)).toEqual(["مدريد"]);
    const group = interactions("عقد وزير الداخلية سامر الحلبي اجتماعا مع قيادة الشرطة في حمص لبحث الأوضاع.");
    expect(group.map((i) => i.place)).toEqual([null]);
    const call = interactions("أجرى وزير الخارجية المغربي ناصر بوريطة اتصالا هاتفيا مع نظيره الموريتاني محمد سالم ولد مرزوك تناولا خلاله العلاقات الثنائية، وذلك عقب الفيضانات التي شهدتها نواكشوط.");
    expect(call.map((i) => [i.type, i.place])).toEqual([["call", null]]);
  });

  it("reads past the event's relative clause to the topic, and takes the venue it names", () => {
    const first = "بحث وزير الداخلية سامي العتيبي، اليوم الأحد، مع قائد البعثة الأوروبية الجنرال بيتر مولر، سبل تعزيز التعاون الأمني.\n";
    for (const second of [
      "وذكر بيان للوزارة أن الجانبين ناقشا خلال اللقاء الذي عقد في مقر الوزارة ببغداد، تطورات الأوضاع الأمنية.",
      "وناقش الجانبان خلال اللقاء الذي عقد في مقر الوزارة ببغداد، تطورات الأوضاع الأمنية.",
    ]) {
      const [i] = interactions(first + second);
      expect([i!.topics, i!.place]).toEqual([["سبل تعزيز التعاون الأمني", "تطورات الأوضاع الأمنية"], "بغداد"]);
    }
  });

  it("leaves the other side's pronoun out of a topic (وبحث معه …)", () => {
    const [i] = interactions("التقى وزير الدفاع العراقي ثابت العباسي نظيره الأردني يوسف الحنيطي، وبحث معه سبل تطوير التعاون العسكري.");
    expect(i!.topics).toEqual(["سبل تطوير التعاون العسكري"]);
  });

  it("skips a day word and its date between the subject and a direct object (يوم 15 جانفي 2025)", () => {
    const [i] = interactions("استقبل وزير الخارجية الجزائري أحمد عطاف يوم 15 جانفي 2025 نظيره الليبي الطاهر الباعور.");
    expect([i!.type, names(i!), i!.date]).toEqual(["received", ["أحمد عطاف", "الطاهر الباعور"], "2025-01-15"]);
  });

  it("reads the objects listed after كلا من / كل من", () => {
    for (const each of ["كلا من", "كل من"]) {
      const [i] = interactions(`استقبل وزير الداخلية التونسي خالد النوري ${each} السفير الألماني بيتر شولتس والسفيرة الإيطالية ماريا بيانكي.`);
      expect(names(i!)).toEqual(["خالد النوري", "بيتر شولتس", "ماريا بيانكي"]);
    }
  });

  it("reads an event noun with بين after it in a sentence with no trigger verb (جرى اتصال هاتفي بين X وY)", () => {
    const [call] = interactions("جرى اتصال هاتفي بين وزير الخارجية التونسي محمد النفطي ونظيره الجزائري أحمد عطاف تناول العلاقات الثنائية.");
    expect([call!.type, names(call!), call!.topics]).toEqual(["call", ["محمد النفطي", "أحمد عطاف"], ["العلاقات الثنائية"]]);
    const [meeting] = interactions("وتم خلال اللقاء بين الوزير محمد النفطي والسفيرة ماريا بيانكي بحث الأوضاع.");
    expect([meeting!.type, names(meeting!)]).toEqual(["meeting", ["محمد النفطي", "ماريا بيانكي"]]);
    // بين far from the event noun is about something else
    expect(interactions("وأكد الوزير محمد النفطي خلال اللقاء أهمية التعاون بين سمير عطا الله وجورج قرداحي.")).toEqual([]);
  });

  it("gives a follow-up the report its event anaphor names, and a possessed noun the subject before it", () => {
    const text = "التقى وزير الخارجية العماني بدر البوسعيدي نظيره الهولندي كاسبار فيلدكامب، على هامش مشاركته في أعمال المؤتمر الدولي في جنيف.\n"
      + "وقال المتحدث باسم وزارة الخارجية إن اللقاء تناول العلاقات الثنائية وتطورات الأوضاع الإقليمية.";
    const [meeting, conference] = interactions(text);
    expect([meeting!.type, names(meeting!), meeting!.topics]).toEqual(["meeting", ["بدر البوسعيدي", "كاسبار فيلدكامب"], ["العلاقات الثنائية وتطورات الأوضاع الإقليمية"]]);
    expect([conference!.type, names(conference!), conference!.topics]).toEqual(["conference", ["بدر البوسعيدي"], []]);
    // باسم before a common noun is "in the name of", no name
    expect(extract(text).people.map((p) => p.name)).toEqual([]);
  });

  it("reads a reception (direct object) and a visit", () => {
    const [r] = interactions("استقبل وزير الدفاع السعودي الأمير خالد بن سلمان وزير الدفاع الأمريكي لويد أوستن في الرياض.");
    expect(r!.type).toBe("received");
    expect(names(r!)).toEqual(["خالد بن سلمان", "لويد أوستن"]);
    expect(r!.place).toBe("الرياض");
    expect(r!.cameo).toBe("043");
  });

  it("reads a follow-up's topic after التأكيد على, and a country venue after a state noun", () => {
    const [m] = interactions("التقى وزير الخارجية الأردني أيمن الصفدي نظيره الكويتي عبدالله اليحيا في دولة الكويت. وجرى خلال اللقاء التأكيد على أهمية تنسيق المواقف العربية.");
    expect(m!.place).toBe("الكويت");
    expect(m!.topics).toEqual(["أهمية تنسيق المواقف العربية"]);
  });

  it("a pronoun subject later in a sentence is the person who opens it", () => {
    const text = "استقبل وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي. وكان وزير الخارجية الأردني قد وصل إلى القاهرة حيث سيشارك في اجتماع وزراء الخارجية العرب.";
    const conference = interactions(text).find((i) => i.type === "conference");
    expect(names(conference!)[0]).toBe("أيمن الصفدي");
  });

  it("reads the other side before the object noun (عقد X مع Y جلسة مباحثات), after a word of courtesy and long names", () => {
    const [t] = interactions("عقد وزير الداخلية الأردني مازن الفراية مع وزير الداخلية العراقي عبد الأمير الشمري جلسة مباحثات في عمّان.");
    expect([t!.type, names(t!), t!.place]).toEqual(["talks", ["مازن الفراية", "عبد الأمير الشمري"], "عمّان"]);
    const long = "عقد صاحب السمو الملكي الأمير تركي بن محمد بن فهد بن عبدالعزيز وزير الدولة، مع أخيه معالي الشيخ حمد بن جاسم بن جبر آل ثاني رئيس مجلس الوزراء وزير الخارجية بدولة قطر جلسة مباحثات رسمية.";
    const [l] = interactions(long);
    expect(names(l!)).toEqual(["تركي بن محمد بن فهد بن عبدالعزيز", "حمد بن جاسم بن جبر آل ثاني"]);
  });

  it("سموه in a second reception is the subject of the first; a venue phrase stops at a person or a title", () => {
    const text = "استقبل أمير البلاد الشيخ مشعل الأحمد بقصر السيف اليوم ولي العهد الشيخ صباح الخالد. كما استقبل سموه بقصر السيف رئيس مجلس الوزراء بالإنابة ووزير الداخلية الشيخ فهد اليوسف.";
    expect(interactions(text).map((i) => [i.type, names(i), i.place])).toEqual([
      ["received", ["مشعل الأحمد", "صباح الخالد"], "قصر السيف"],
      ["received", ["مشعل الأحمد", "فهد اليوسف"], "قصر السيف"],
    ]);
    // a title after the subject with no name after it is an unnamed object: no report
    expect(interactions("استقبل أمير البلاد الشيخ مشعل الأحمد وزير الخارجية الأردني أيمن الصفدي. واستقبل الأمير ولي العهد.").length).toBe(1);
  });

  it("الوزير right after the verb is the title of the person named there, not an anaphor", () => {
    const [r] = interactions("استقبل الوزير الأول أيمن بن عبد الرحمن، أمس بالجزائر العاصمة، وزير الشؤون الخارجية التونسي، نبيل عمار.");
    expect([r!.type, names(r!), r!.place]).toEqual(["received", ["أيمن بن عبد الرحمن", "نبيل عمار"], "الجزائر العاصمة"]);
  });

  it("reads a visit made with قام بزيارة, and a visited country as its place", () => {
    const [v] = interactions("قام وزير الخارجية العماني بدر البوسعيدي بزيارة رسمية إلى اليابان على رأس وفد رفيع.");
    expect([v!.type, names(v!), v!.place]).toEqual(["visit", ["بدر البوسعيدي"], "اليابان"]);
    // قام with another verbal noun is no visit
    expect(interactions("قام وزير الخارجية العماني بدر البوسعيدي بجولة تفقدية في الوزارة.")).toEqual([]);
  });

  it("reads a discussion's topic between the subject and مع", () => {
    const [t] = interactions("بحث وزير الدفاع الأردني يوسف الحنيطي سبل التعاون العسكري مع وزيرة الدفاع الهولندية كايسا أولونغرن، والوفد المرافق لها خلال زيارتها لعمان.");
    expect([t!.type, names(t!), t!.topics]).toEqual(["talks", ["يوسف الحنيطي", "كايسا أولونغرن"], ["سبل التعاون العسكري"]]);
    // an aside between commas there is no topic: the topic follows the other side
    const [a] = interactions("ناقش وزير الخارجية العماني بدر البوسعيدي، بمكتبه في مسقط أمس، مع وزير الخارجية الإيراني عباس عراقجي، مستجدات المفاوضات.");
    expect(a!.topics).toEqual(["مستجدات المفاوضات"]);
  });

  it("a body right after a visit verb is what was visited, not the visitor", () => {
    const text = "وصل وزير الداخلية البحريني الفريق أول راشد بن عبدالله آل خليفة إلى عمان. وزار جامعة العلوم والتكنولوجيا الأردنية.";
    for (const i of interactions(text)) expect(i.participants[0]!.name).toBe("راشد بن عبدالله آل خليفة");
    // with no one to be the visitor there is no visit
    expect(interactions("وزار جامعة الملك سعود ومستشفى الملك فيصل التخصصي.")).toEqual([]);
  });

  it("reads an incoming phone call and its initiator", () => {
    const text = "تلقى وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني اتصالا هاتفيا من وزير الخارجية التركي هاكان فيدان، جرى خلاله بحث العلاقات الثنائية.";
    const [c] = interactions(text);
    expect(c!.type).toBe("call");
    expect(c!.initiator).toBe("هاكان فيدان");
    expect(c!.topics.join(" ")).toContain("العلاقات الثنائية");
    expect(c!.plover).toEqual({ event: "CONSULT", mode: "phone" });
  });

  it("reads talks with مع and splits coordinated topics", () => {
    const [t] = interactions("بحث وزير الداخلية العراقي عبد الأمير الشمري مع نظيره الإيراني إسكندر مؤمني، أمن الحدود المشتركة، وسبل مكافحة تهريب المخدرات.");
    expect(t!.type).toBe("talks");
    expect(t!.topics).toHaveLength(2);
    expect(t!.participants[1]).toMatchObject({ name: "إسكندر مؤمني", country: "IR" });
  });

  it("merges a talks report and the call that carried it", () => {
    const text = "بحث وزير الخارجية المغربي ناصر بوريطة مع نظيره الإسباني خوسيه ألباريس، العلاقات الثنائية. وأوضح بوريطة أنه تلقى اتصالا هاتفيا من ألباريس.";
    const is = interactions(text);
    expect(is).toHaveLength(1);
    expect(is[0]!.type).toBe("call");
  });

  it("takes a group when no person is named, and lists attendees apart", () => {
    const [i] = interactions("عقد وزير الداخلية اللواء سالم حمد اجتماعا مع عدد من مديري الأمن، بحضور مساعد الوزير لشؤون الأمن العام، لبحث خطة تأمين الانتخابات.");
    expect(names(i!)[1]).toBe("مديري الأمن");
    expect(i!.participants[1]!.kind).toBe("group");
    expect(i!.attendees?.length).toBeGreaterThan(0);
  });

  it("marks planned meetings", () => {
    const [i] = interactions("ومن المقرر أن يلتقي وزير الخارجية الجزائري أحمد عطاف نظيره التونسي نبيل عمار الأسبوع المقبل.");
    expect(i!.status).toBe("planned");
    expect(i!.cameo).toBe("036");
  });

  it("reports nothing for an attack on a meeting or a statement", () => {
    expect(interactions("شهدت المنطقة هجوما على اجتماع تنسيقي مع القوات الأجنبية أسفر عن مقتل جنديين.")).toEqual([]);
    expect(interactions("أكدت وزارة الداخلية أن مكافحة الإرهاب أولوية قصوى.")).toEqual([]);
  });

  it("gives evidence as the original sentence", () => {
    const text = "مقدمة قصيرة. التقى وزير الخارجية العُماني بدر البوسعيدي نظيره الإيراني عباس عراقجي.";
    const [i] = interactions(text);
    expect(text.slice(i!.evidence.start, i!.evidence.end)).toBe(i!.evidence.text);
    expect(i!.evidence.text.startsWith("التقى")).toBe(true);
  });
});

describe("circumstances across sentences", () => {
  const text = [
    "الرياض 12 ربيع الآخر 1446 هـ الموافق 15 أكتوبر 2024 م واس",
    "استقبل وزير الدفاع الأمير خالد بن سلمان في مكتبه اليوم، معالي وزير الدفاع العراقي ثابت العباسي.",
    "حضر الاستقبال معالي رئيس هيئة الأركان العامة الفريق أول ركن فياض الرويلي، والسفير السعودي لدى العراق عبدالعزيز الشمري.",
  ].join("\n");
  const [i] = extract(text).interactions;
  it("takes the dateline's date when the sentence only says اليوم", () => {
    expect(i!.date).toBe("2024-10-15");
  });
  it("lists the people of a later attendance sentence as attendees, not participants", () => {
    expect(i!.participants.map((p) => p.name)).toEqual(["خالد بن سلمان", "ثابت العباسي"]);
    expect(i!.attendees?.map((p) => p.name)).toEqual(["فياض الرويلي", "عبدالعزيز الشمري"]);
  });
});

describe("a country named as the venue between subject and object", () => {
  it.each([
    ["في + a country", "التقى وزير الداخلية المصري حسن عبد الرحمن في تونس أمس نظيره العراقي عادل مهدي."],
    ["ب + a country", "التقى وزير الداخلية المصري حسن عبد الرحمن بالكويت نظيره العراقي عادل مهدي."],
  ])("%s is skipped like a city: the object after it is still the other side", (_name, text) => {
    const [i] = extract(text).interactions;
    expect(i!.type).toBe("meeting");
    expect(i!.participants.map((p) => p.name)).toEqual(["حسن عبد الرحمن", "عادل مهدي"]);
  });
});

describe("group participants", () => {
  it("a ministers' group ends before a relative pronoun", () => {
    const [i] = extract("وشارك وزير الداخلية السعودي الأمير عبدالعزيز بن سعود بن نايف في الاجتماع الحادي والأربعين لمجلس وزراء الداخلية العرب الذي عقد في تونس.").interactions;
    expect(i!.participants.map((p) => p.name)).toContain("وزراء الداخلية العرب");
  });
  it("a group object ends before a relative pronoun", () => {
    const [i] = extract("استقبل وزير الداخلية المصري حسن عبد الرحمن الوفد العراقي الذي يزور القاهرة حاليا.").interactions;
    expect(i!.participants.map((p) => p.name)).toEqual(["حسن عبد الرحمن", "الوفد العراقي"]);
  });
});

describe("an unnamed titled object", () => {
  it.each([
    ["after a comma", "استقبل الرئيس عبد الفتاح السيسي، اليوم الأحد، وزير الخارجية الأمريكي، بحضور وزير الخارجية بدر عبد العاطي."],
    ["without one", "استقبل الرئيس عبد الفتاح السيسي اليوم وزير الخارجية الأمريكي بحضور وزير الخارجية بدر عبد العاطي."],
  ])("is not replaced by an attendee or by the article's minister (%s)", (_name, text) => {
    for (const i of extract(text).interactions) expect(i.participants.map((p) => p.name)).not.toContain("بدر عبد العاطي");
  });
  it("a named object before بحضور is still read", () => {
    const [i] = extract("استقبل الرئيس عبد الفتاح السيسي اليوم وزير الخارجية الأمريكي ماركو روبيو بحضور وزير الخارجية بدر عبد العاطي.").interactions;
    expect(i!.participants.map((p) => p.name)).toEqual(["عبد الفتاح السيسي", "ماركو روبيو"]);
  });
});

describe("topics after the other side", () => {
  it("skip an aside between commas that tells when or how", () => {
    const [i] = extract("بحث وزير الخارجية المصري بدر عبد العاطي مع نظيره السعودي الأمير فيصل بن فرحان، في اتصال هاتفي اليوم الثلاثاء، تطورات الأوضاع في غزة.").interactions;
    expect(i!.topics).toEqual(["تطورات الأوضاع في غزة"]);
  });
  it("skip the venue and the time before it", () => {
    const [i] = extract("وتباحث وزير الدفاع الإماراتي محمد بن مبارك المزروعي مع وزير الدفاع الفرنسي سيباستيان لوكورنو في باريس اليوم حول الشراكة الاستراتيجية.").interactions;
    expect(i!.topics).toEqual(["الشراكة الاستراتيجية"]);
    expect(i!.place).toBe("باريس");
  });
  it("keep a topic introduced by في", () => {
    const [i] = extract("بحث وزير الخارجية المصري بدر عبد العاطي مع نظيره السعودي الأمير فيصل بن فرحان، في سبل تعزيز العلاقات الثنائية، وذلك خلال اتصال هاتفي.").interactions;
    expect(i!.topics.join(" ")).toContain("تعزيز العلاقات الثنائية");
  });
});

describe("possessed nouns (خلال لقائه، خلال استقباله)", () => {
  it.each([
    ["لقائه after the subject", "وأكد وزير الخارجية العماني بدر البوسعيدي خلال لقائه نظيره الإيراني عباس عراقجي في مسقط ضرورة خفض التصعيد.", "meeting", ["بدر البوسعيدي", "عباس عراقجي"]],
    ["اجتماعه مع", "وأكد وزير الخارجية العماني بدر البوسعيدي خلال اجتماعه مع نظيره الإيراني عباس عراقجي ضرورة خفض التصعيد.", "meeting", ["بدر البوسعيدي", "عباس عراقجي"]],
    ["مباحثاته مع", "وأكد وزير الداخلية المصري حسن عبد الرحمن خلال مباحثاته مع نظيره العراقي عادل مهدي أهمية التعاون.", "talks", ["حسن عبد الرحمن", "عادل مهدي"]],
    ["استقباله opening the sentence", "وخلال استقباله وزير الخارجية الفرنسي جان نويل بارو، أكد الرئيس اللبناني جوزيف عون أهمية دعم الجيش.", "received", ["جوزيف عون", "جان نويل بارو"]],
    ["لقائه opening the sentence", "وخلال لقائه وزير الخارجية الفرنسي جان نويل بارو، أكد الرئيس اللبناني جوزيف عون أهمية دعم الجيش.", "meeting", ["جوزيف عون", "جان نويل بارو"]],
  ])("%s", (_name, text, type, participants) => {
    const [i] = extract(text).interactions;
    expect(i!.type).toBe(type);
    expect(i!.participants.map((p) => p.name)).toEqual(participants);
  });
  it("a possessed noun with no other side is no interaction", () => {
    expect(extract("وأكد وزير الداخلية المصري حسن عبد الرحمن خلال اجتماعه الدوري أهمية الانضباط.").interactions).toEqual([]);
  });
});

describe("اتصل بـ", () => {
  it("is a call the subject made", () => {
    const [i] = extract("اتصل وزير الخارجية الإيراني عباس عراقجي هاتفيا بنظيره العماني بدر البوسعيدي لبحث آخر المستجدات.").interactions;
    expect(i!.type).toBe("call");
    expect(i!.participants.map((p) => p.name)).toEqual(["عباس عراقجي", "بدر البوسعيدي"]);
    expect(i!.initiator).toBe("عباس عراقجي");
  });
  it("needs a person on the other side", () => {
    expect(extract("وقال وزير الخارجية الإيراني عباس عراقجي إنه اتصل بالسفارة للاستفسار.").interactions).toEqual([]);
  });
});

describe("a long circumstance between subject and object", () => {
  it("a full date counts as one step of it, so a date and a venue between commas are both skipped", () => {
    const [i] = extract("استقبل وزير الخارجية السعودي فيصل بن عبد الله، يوم الأحد 12 مارس 2023م، في مقر الوزارة بالرياض، نظيره الأردني سامي الخطيب.").interactions;
    expect(i!.type).toBe("received");
    expect(i!.participants.map((p) => p.name)).toEqual(["فيصل بن عبد الله", "سامي الخطيب"]);
    expect(i!.date).toBe("2023-03-12");
  });
  it("the event after على هامش is part of it, organizations included", () => {
    const [i] = extract("التقى وزير الداخلية المصري حسن عبد الرحمن على هامش اجتماعات مجلس وزراء الداخلية العرب في تونس أمس نظيره العراقي عادل مهدي.").interactions;
    expect(i!.type).toBe("meeting");
    expect(i!.participants.map((p) => p.name)).toEqual(["حسن عبد الرحمن", "عادل مهدي"]);
  });
});

describe("more trigger shapes", () => {
  it("بحث هاتفياً مع: a call, and the counterpart's name stops before the topic", () => {
    const [i] = extract("بحث وزير الخارجية السعودي الأمير فيصل بن فرحان هاتفياً مع نظيره الأمريكي ماركو روبيو المستجدات في المنطقة.").interactions;
    expect(i!.type).toBe("call");
    expect(i!.participants.map((p) => p.name)).toEqual(["فيصل بن فرحان", "ماركو روبيو"]);
    expect(i!.topics).toEqual(["المستجدات في المنطقة"]);
  });
  it("an arrival on a visit that frames a meeting in the same sentence is a visit", () => {
    const [i] = extract("وصل وزير الخارجية التركي هاكان فيدان إلى دمشق في زيارة رسمية يلتقي خلالها الرئيس السوري أحمد الشرع.").interactions;
    expect(i!.type).toBe("visit");
    expect(i!.place).toBe("دمشق");
    expect(i!.participants.map((p) => p.name)).toEqual(["هاكان فيدان", "أحمد الشرع"]);
  });
  it("an imperfect verb with a future date is planned (SVO order)", () => {
    const [i] = extract("وزيرة الخارجية الألمانية أنالينا بيربوك تلتقي نظيرها الأردني أيمن الصفدي في برلين الأسبوع المقبل.").interactions;
    expect(i!.status).toBe("planned");
    expect(i!.participants.map((p) => p.name)).toEqual(["أنالينا بيربوك", "أيمن الصفدي"]);
  });
});

describe("delegations", () => {
  const r = extract("استقبل رئيس مجلس الوزراء العراقي محمد شياع السوداني، اليوم الاثنين، وفداً من الكونغرس الأمريكي برئاسة السيناتور جو ويلسون. كما التقى السوداني وزير الدفاع البريطاني جون هيلي والوفد المرافق له.");
  it("a delegation takes part through the person who heads it", () => {
    expect(r.interactions[0]!.participants.map((p) => p.name)).toEqual(["محمد شياع السوداني", "جو ويلسون"]);
  });
  it("the accompanying delegation and a title starting with و are not extra parties", () => {
    expect(r.interactions[1]!.participants.map((p) => p.name)).toEqual(["محمد شياع السوداني", "جون هيلي"]);
  });
});

describe("ministers meeting as a body", () => {
  const r = extract("عقد وزراء الداخلية العرب اجتماعهم السنوي في تونس، بمشاركة وزير الداخلية السعودي الأمير عبدالعزيز بن سعود، ووزير الداخلية المغربي عبد الوافي لفتيت، ووزير الداخلية الجزائري إبراهيم مراد.\nوناقش الوزراء خلال الاجتماع سبل تعزيز التعاون الأمني العربي.");
  it("is a conference of everyone listed after بمشاركة, in the country named as its venue", () => {
    const [c] = r.interactions;
    expect(c!.type).toBe("conference");
    expect(c!.participants.map((p) => p.name)).toEqual(["عبدالعزيز بن سعود", "عبد الوافي لفتيت", "إبراهيم مراد"]);
    expect(c!.place).toBe("تونس");
    expect(c!.topics).toEqual(["سبل تعزيز التعاون الأمني العربي"]);
  });
});
