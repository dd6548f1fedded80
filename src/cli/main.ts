// Entry point used by bin/extract.js: options → run → exit code. Never process.exit(): output drains.
import { main } from "./index.js";

process.exitCode = await main(process.argv.slice(2));
