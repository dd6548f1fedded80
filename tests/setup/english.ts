// Vitest setup file: the tests run the TypeScript sources, where the pipeline's require() of the
// compiled English rules cannot work, so they are imported here and handed to it up front.
import * as english from "../../src/extract/en/index.js";
import { provideEnglishRules } from "../../src/extract/pipeline.js";

provideEnglishRules(english);
