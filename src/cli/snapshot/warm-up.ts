// The text the start-up snapshot extracts once before the heap is saved (see entry.ts): a short,
// made-up news report that reaches the common rules (a minister with portfolio and country, a
// counterpart, an honorific chain, a meeting with its topic, place and date, an organization), so
// their code is compiled in the snapshot instead of at the first document of every run.
//
// Keep Hijri dates out of it: converting one builds an Intl.DateTimeFormat that lives on in the
// heap, and V8 cannot save such an object (the snapshot would then fail to build, and
// tests/cli/snapshot.test.ts says so).
export const WARM_UP_TEXT = [
  "الرياض - واس",
  "استقبل صاحب السمو الملكي الأمير فيصل بن عبد الله بن محمد وزير الخارجية السعودي في الرياض يوم الأحد 12 مارس 2023م نظيره الأردني سامي الخطيب، وبحث معه سبل تعزيز التعاون الثنائي بين البلدين الشقيقين في المجالات الأمنية والاقتصادية.",
  "كما التقى وزير الداخلية المصري اللواء حسن عبد الرحمن على هامش اجتماعات مجلس وزراء الداخلية العرب في تونس أمس نظيره العراقي، وناقشا مكافحة الإرهاب وأمن الحدود، بحضور وزيري دفاع البلدين.",
  "وأكد الأمين العام لجامعة الدول العربية خلال لقائه رئيس الوزراء اللبناني في بيروت يوم 3 أبريل الماضي أهمية التنسيق المشترك لمواجهة التحديات الإقليمية.",
].join("\n\n");
