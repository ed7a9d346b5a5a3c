"""foxedtill: Electron + TypeScript desktop till for a charity bookshop."""
from authoring import chat, commit, edit, file, note, pool_cmd as P, q, sh

NAME, ABBR, CWD = "foxedtill", "ft", "~/src/foxedtill"

RECORDS = [
    # ---- first_attempt / knowledge_update early statements
    commit("f2", 1, "Store stock in electron-store JSON for now\n\nOne stock.json under userData with every donated "
           "item, loaded into memory at launch. Good enough until we know the shape of the data.",
           ["A src/main/store.ts", "M package.json"]),
    note("f1", 2, "Card payments for now: the volunteer keys the amount into the Zettle reader app on the shop "
         "phone and ticks 'card' on the till. Nothing talks to Zettle; cash-up compares the two by hand."),
    note("k1o", 3, "Packaging: electron-forge with the squirrel.windows maker produces the Windows installer; "
         "forge also runs the dev start (electron-forge start)."),
    commit("f3", 4, "Add Jest + ts-jest for the pricing and Gift Aid helpers\n\nNo UI tests yet.",
           ["A jest.config.js", "A src/shared/pricing.test.ts", "M package.json"]),
    edit("k4o", 5, "src/shared/pricing.ts", "export const DEFAULT_PAPERBACK_PENCE = 150;  // unpriced paperback"),
    note("k3o1", 6, "ISBN lookup: Open Library's /isbn/<n>.json endpoint only. Free and needs no key."),
    note("f4", 7, "Scanner (Zebra DS2208) is set up in USB HID keyboard mode: it simply types the ISBN digits into "
         "whichever input has focus, followed by Enter."),
    note("k6o1", 8, "Receipts: print one for every sale automatically, cash or card."),
    commit("f5", 9, "Receipt via webContents.print()\n\nRender an HTML receipt in a hidden BrowserWindow and print "
           "silently through the Windows driver for the Epson TM-T20III.", ["A src/main/receipt.ts", "A src/renderer/receipt.html"]),
    commit("k7o", 9, "Gift Aid claim export, quarterly\n\nBuilds the Charities Online spreadsheet HMRC expects once a "
           "quarter.", ["A src/giftaid/export.ts", "A src/giftaid/schedule.ts"]),
    note("k5o", 10, "Idle lock: till locks after 10 minutes without input; volunteer PIN to unlock."),
    commit("f2l1", 11, "Move stock and sales to better-sqlite3\n\nelectron-store rewrote the whole 6 MB JSON file on "
           "every sale and a crash mid-write lost a morning's takings.", ["A src/main/db.ts", "A migrations/0001_init.sql", "D src/main/store.ts"]),
    edit("k2o", 12, "forge.config.ts", "publishers: [{ name: '@electron-forge/publisher-github', config: { repository: "
         "{ owner: 'foxed-books', name: 'foxedtill' } } }] - installed tills update from GitHub Releases via update-electron-app"),
    note("f6", 13, "Sales figures: a nightly CSV export of the day's sales is e-mailed to Jo (shop manager) from "
         "the till with nodemailer. She opens it in Excel."),
    # command facts
    sh("c1d", 14, "npm view electron version", "32.0.1"),
    sh("c1", 14, "npx electron --version", "v31.3.1"),
    chat("p3", 15, "User: electron-forge launch dies immediately since moving Electron 29 to 31, error about a "
         "module compiled against a different Node.js.\nAssistant: better-sqlite3 is a native addon, built for the ABI "
         "of whichever Node compiled it. Electron ships its own Node, so after an upgrade you rebuild native addons "
         "against Electron's headers: add \"postinstall\": \"electron-rebuild -f -w better-sqlite3\" (or "
         "@electron/rebuild) and run it once more.", src="cursor", files=["package.json"]),
    note("p3d", 15, "Shop PC (the old Lenovo behind the desk) needs Windows updates before Saturday. The app should "
         "start on boot once that's done; framework for volunteer accounts is next."),
    sh("c2", 15, "npm start", "> foxedtill@0.9.0 start\n> electron-forge start\n\nApp threw an error during load\n"
       "Error: The module '/Users/ana/src/foxedtill/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\n"
       "was compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js "
       "requires\nNODE_MODULE_VERSION 125. Please try re-compiling or re-installing", code=1),
    sh("c2d", 15, "npx @electron/rebuild -f -w better-sqlite3", "⠋ Building module: better-sqlite3, Completed: 0\n"
       "✔ Rebuild Complete"),
    sh("c7d", 16, "sqlite3 till.db \"SELECT COUNT(*) FROM stock WHERE sold_at IS NOT NULL\"", "5519"),
    sh("c7", 16, "sqlite3 till.db \"SELECT COUNT(*) FROM stock\"", "38412"),
    commit("f3l", 18, "Replace Jest with Vitest\n\nts-jest kept fighting the Vite config and ESM imports; Vitest reuses "
           "vite.config.ts and runs the same specs.", ["D jest.config.js", "A vitest.config.ts", "M package.json"]),
    commit("f5l1", 20, "Talk ESC/POS to the TM-T20III directly over USB\n\nThe Windows driver added a 4 cm blank feed "
           "and took 6 s to spool each receipt. node-escpos writes raw commands instead.",
           ["A src/main/escpos.ts", "D src/main/receipt.ts", "D src/renderer/receipt.html"]),
    commit("p4", 22, "Ignore the scanner's trailing Enter\n\nThe wedge sends digits then CR and our keydown handler "
           "treated Enter as 'checkout'. A burst of keys under 30 ms apart is now treated as a barcode and its Enter "
           "is swallowed.", ["M src/renderer/useScanner.ts", "A src/renderer/useScanner.test.ts"]),
    note("p4d", 22, "Paperback sale this weekend: whole shelf of crime novels at 50p. Add a 'sale' flag so we can "
         "ring up the discount; anything else stays full price."),
    commit("p1", 23, "Keep money as integer pence end to end\n\nBasket totals were summed as JS floats in pounds "
           "(0.1 + 0.2 style error) and rounded only on display, so the end-of-day figure drifted. Prices are now "
           "stored and summed in pence.", ["M src/shared/money.ts", "M src/renderer/Basket.tsx", "A migrations/0007_pence.sql"]),
    note("p1d", 23, "Busy Saturdays: we need a second volunteer on the cash desk at closing so the count is done by "
         "two people. Ask Fiona."),
    sh("c5d", 24, "system_profiler SPUSBDataType | grep -A6 \"Symbol\"", "Symbol Bar Code Scanner:\n  Product ID: "
       "0x1900\n  Vendor ID: 0x05e0  (Zebra Technologies)\n  Speed: Up to 12 Mb/s"),
    sh("c5", 24, "system_profiler SPUSBDataType | grep -A6 \"TM-T20\"", "TM-T20III:\n  Product ID: 0x0e28\n  Vendor "
       "ID: 0x04b8  (Seiko Epson Corporation)\n  Speed: Up to 12 Mb/s"),
    commit("k3o2", 26, "Use ISBNdb for ISBN lookup, Open Library as fallback\n\nOpen Library missed about 30% of our "
           "donated paperbacks.", ["M src/main/isbn.ts", "M .env.example"]),
    edit("p2", 27, "src/main/escpos.ts", "Select code page 19 (PC858) with ESC t 19 and encode text through iconv-lite "
         "'cp858' before writing; the default table PC437 maps £ to a different glyph.", src="cursor"),
    note("p2d", 27, "Gift Aid slips: print the pound total and a thank-you letter for donors who ask. Charity symbol "
         "top left, weird spacing in the footer to fix."),
    sh("c3d", 28, "npm run make -- --platform win32", "> electron-forge make --platform win32\n✔ Packaging application\n"
       "✔ Making for target: squirrel - On platform: win32 - For arch: x64\nArtifacts available at: out/make"),
    sh("c3", 28, "ls -lh out/make/squirrel.windows/x64/", "total 209M\n-rw-r--r--  1 ana  staff   102M  Aug  2 17:21 "
       "foxedtill-0.14.0 Setup.exe\n-rw-r--r--  1 ana  staff   106M  Aug  2 17:21 foxedtill-0.14.0-full.nupkg"),
    commit("k6o2", 29, "Only print receipts on request\n\nWe were going through a roll a day; a 'Receipt?' prompt now "
           "appears after payment.", ["M src/renderer/Payment.tsx"]),
    commit("k1", 30, "Switch the Windows installer to electron-builder (NSIS)\n\nForge's Squirrel installer unpacks "
           "per user into %LOCALAPPDATA% and the shop PC has two logins. NSIS installs per machine and electron-updater "
           "does differential updates.", ["A electron-builder.yml", "M package.json", "D forge.config.ts"]),
    commit("p6", 32, "Gift Aid export: normalise postcodes\n\nHMRC's schema check refused rows like 'ab12cd' and "
           "'AB1 2CD '. Upper-case, collapse spaces and insert the single space before the inward code.",
           ["M src/giftaid/export.ts", "A src/giftaid/postcode.test.ts"]),
    note("p6d", 32, "Quarterly stock take: count the donated stock in the back office and file the tally sheet with "
         "the manager."),
    note("f6l1", 33, "Sales now sync to Airtable every hour, so Jo can filter and chart them without opening CSVs."),
    note("k4", 34, "Manager agreed: unpriced paperbacks now default to £2.00 (200p). Hardbacks stay at £3."),
    commit("f1l", 35, "Integrate the Dojo card terminal\n\nThe till sends the amount to the Dojo Go over its local "
           "pay-at-counter API and waits for the result, so nobody keys amounts twice.",
           ["A src/main/payments/dojo.ts", "M src/renderer/Payment.tsx"]),
    commit("c6d", 36, "Use WAL mode for the SQLite driver and hold a single connection in main", ["M src/main/db.ts"]),
    commit("c6", 36, "Pin better-sqlite3 to 11.1.2\n\n11.2.0 has no prebuilt binary for electron 31 on win32-x64, so CI "
           "fell back to node-gyp and needed the VS Build Tools.", ["M package.json", "M package-lock.json"]),
    note("k5o2", 36, "Idle lock stays at 10 minutes for now; the Saturday team asked for longer but we said no."),
    commit("k5", 37, "Cut idle lock to 3 minutes\n\nA customer wandered behind the counter while the till was unlocked; "
           "volunteers re-enter their PIN after 3 minutes without input.", ["M src/main/idleLock.ts"]),
    sh("c4d", 38, "npx vitest run", "FAIL  src/giftaid/export.test.ts > full postcode normalisation\n Test Files  1 "
       "failed | 26 passed (27)\n      Tests  2 failed | 210 passed (212)", code=1),
    sh("c4", 38, "npx vitest run", " Test Files  27 passed (27)\n      Tests  212 passed (212)\n   Duration  9.84s"),
    commit("f4l2", 39, "Switch the scanner to USB CDC serial mode\n\nRead it with serialport in the main process: no "
           "focus stealing and no lost digits when a dialog is open.", ["A src/main/scanner.ts", "D src/renderer/useScanner.ts"]),
    commit("p7", 40, "Move catalogue lookup into a utility process with FTS5\n\nbetter-sqlite3 is synchronous and the "
           "LIKE '%...%' scan over ~38k rows ran on the main process, blocking IPC and the renderer. Queries now hit a "
           "stock_fts FTS5 table from a utilityProcess.", ["A src/main/lookup.worker.ts", "A migrations/0011_fts.sql"]),
    edit("p7d", 40, "src/renderer/SearchBox.tsx", "Add a clear button and the placeholder 'title, author or ISBN'; "
         "freeze the width so the box doesn't jump while someone types.", src="cursor"),
    commit("k2", 41, "Serve updates from our R2 bucket\n\nelectron-updater now uses the generic provider at "
           "https://updates.foxedtill.example.com; GitHub release downloads were blocked by the charity's web filter "
           "on the shop PC.", ["M electron-builder.yml", "M .github/workflows/release.yml"]),
    note("p5", 43, "latest.yml on the R2 bucket was served through Cloudflare with a 4 h edge cache, so "
         "electron-updater still saw the old 1.8.0 entry after 1.8.1 had installed and offered it again. Set "
         "Cache-Control: no-cache on latest.yml only; the .exe stays cached."),
    note("p5d", 43, "Morning checklist for volunteers: reboot the till every morning, check the new build number on "
         "the About screen, keep the float at £50."),
    commit("k7", 47, "Monthly Gift Aid claim export\n\nClaim monthly instead so the money lands sooner; the export job "
           "runs on the 1st.", ["M src/giftaid/schedule.ts"]),
    note("k3", 49, "ISBN lookup now checks our local isbn_cache table (filled from past lookups) first, then ISBNdb, "
         "then Open Library. Most donations are repeat titles, so ISBNdb calls fell by two thirds."),
    note("k6", 52, "Receipts: printed automatically for card sales only (the Dojo reference goes on it); cash sales "
         "get one only if asked."),
    note("f6l2", 53, "Moved the sales sync from Airtable to Baserow, self-hosted on the charity's NAS. Airtable's free "
         "tier capped us at 1,000 records per base."),
]

QUESTIONS = [
    q("paraphrase", "How come the cash count at closing was a penny adrift on busy Saturdays?", "p1",
      note="Float pounds summed and rounded only on display; fixed by integer pence.", dis=["p1d"]),
    q("paraphrase", "Why did the pound symbol come out as a weird letter on the printed slips?", "p2",
      note="Default ESC/POS code page PC437; switched to PC858 with cp858 encoding.", dis=["p2d"]),
    q("paraphrase", "Why wouldn't the app even start on the shop PC after we bumped the desktop framework?", "p3",
      note="better-sqlite3 native addon had to be rebuilt against Electron's ABI.", dis=["p3d"]),
    q("paraphrase", "Why did ringing up a paperback sometimes complete the whole sale before anything else had been added?",
      "p4", note="Scanner wedge's trailing Enter triggered checkout.", dis=["p4d"]),
    q("paraphrase", "Why did volunteers keep being nagged to reboot for the same new build every morning?", "p5",
      note="latest.yml edge-cached on Cloudflare so the updater saw the old entry.", dis=["p5d"]),
    q("paraphrase", "Why did the tax office bounce our quarterly claim file for donated stock?", "p6",
      note="Gift Aid export postcodes not normalised; HMRC schema refused rows.", dis=["p6d"]),
    q("paraphrase", "Why did the search box freeze for a few seconds whenever someone typed a title during a rush?",
      "p7", note="Synchronous LIKE scan on the main process; moved to FTS5 in a utility process.", dis=["p7d"]),
    q("command_fact", "Which Electron version was actually installed in the till repo?", "c1", keys=["v31.3.1"],
      note="npx electron --version printed the installed release.", dis=["c1d"]),
    q("command_fact", "When the app refused to start after the Electron upgrade, which module version number did the "
      "sqlite binding require?", "c2", keys=["NODE_MODULE_VERSION 125"], dis=["c2d"],
      note="The npm start error names the ABI the binding was built for and the one Electron needs."),
    q("command_fact", "How big did the Windows setup come out when Forge was still doing the packaging?", "c3",
      keys=["102M"], note="ls -lh of the squirrel.windows output.", dis=["c3d"]),
    q("command_fact", "How many unit tests did the full suite have once everything was green again?", "c4",
      keys=["212 passed"], note="The passing vitest run after the failing one.", dis=["c4d"]),
    q("command_fact", "What USB product ID does the receipt printer report?", "c5", keys=["0x0e28"],
      note="system_profiler output for the TM-T20III.", dis=["c5d"]),
    q("command_fact", "Which release of the SQLite driver did we hold back to, and what was wrong with the newer one?",
      "c6", keys=["11.1.2"], note="Commit pinning better-sqlite3 because 11.2.0 lacked a prebuilt.", dis=["c6d"]),
    q("command_fact", "How many items were in the bookshop till's stock table when I counted?", "c7", keys=["38412"],
      null=True, note="sqlite3 COUNT(*) on stock.", dis=["c7d"]),
    q("knowledge_update", "What builds the Windows installer these days?", "k1", old=["k1o"],
      note="electron-forge squirrel replaced by electron-builder NSIS on day 30."),
    q("knowledge_update", "Where does the charity bookshop till pull its updates from now?", "k2", old=["k2o"], null=True,
      note="GitHub Releases via forge publisher, then the R2 bucket generic provider."),
    q("knowledge_update", "Which service looks up a book's details from its ISBN at the moment?", "k3",
      old=["k3o1", "k3o2"], note="Open Library -> ISBNdb with fallback -> local cache first."),
    q("knowledge_update", "What's the default price for an unpriced paperback right now?", "k4", old=["k4o"],
      note="150p constant, then the manager's 200p decision."),
    q("knowledge_update", "How long can the till sit idle before it locks itself these days?", "k5", old=["k5o", "k5o2"],
      note="10 minutes (twice confirmed) then cut to 3 minutes."),
    q("knowledge_update", "Do we print a receipt for every sale at the moment?", "k6", old=["k6o1", "k6o2"],
      note="every sale -> on request -> card sales only automatically."),
    q("knowledge_update", "How often do we send off the Gift Aid claim now?", "k7", old=["k7o"],
      note="quarterly, then monthly."),
    q("first_attempt", "How did card payments work at the very start?", "f1", old=["f1l"],
      note="Zettle app keyed by hand before the Dojo integration."),
    q("first_attempt", "Where did the till keep its stock records originally?", "f2", old=["f2l1", "p7"],
      note="electron-store JSON before better-sqlite3 (and the later FTS5 work)."),
    q("first_attempt", "What test runner did the bookshop till project start out with?", "f3", old=["f3l"], null=True,
      note="Jest + ts-jest before Vitest."),
    q("first_attempt", "How did the barcode scanner talk to the app to begin with?", "f4", old=["p4", "f4l2"],
      note="HID keyboard wedge, later Enter handling and then CDC serial mode."),
    q("first_attempt", "Before the raw printer commands, how did receipts get printed?", "f5", old=["f5l1", "p2"],
      note="webContents.print through the Windows driver before ESC/POS."),
    q("first_attempt", "How did the shop manager see the sales figures initially?", "f6", old=["f6l1", "f6l2"],
      note="Nightly CSV e-mail, then Airtable, then Baserow."),
]

FILLERS = [
    commit(None, None, "Add donor lookup by postcode on the Gift Aid tab", ["M src/renderer/GiftAid.tsx"], win=(20, 60)),
    commit(None, None, "Basket: F9 takes cash, F10 opens the card prompt", ["M src/renderer/Basket.tsx"], win=(10, 60)),
    commit(None, None, "Rename shifts columns to volunteer_id / started_at", ["A migrations/0009_shifts.sql"], win=(25, 60)),
    commit(None, None, "Bump vite to 5.3.4 and @vitejs/plugin-react", ["M package.json", "M package-lock.json"], win=(18, 60)),
    commit(None, None, "Record which volunteer rang up each sale", ["M src/main/db.ts", "M src/renderer/Payment.tsx"], win=(12, 60)),
    chat(None, None, "User: Tailwind modal won't centre vertically inside the till window.\nAssistant: Put the overlay on "
         "'fixed inset-0 flex items-center justify-center' and drop the margin-top on the panel.", win=(5, 60)),
    chat(None, None, "User: split ipcMain handlers into one file per area?\nAssistant: Yes: register them from "
         "src/main/ipc/index.ts, one module each for stock, sales and giftaid, and type the channels in a shared map.",
         src="cursor", files=["src/main/ipc/index.ts"], win=(12, 60)),
    note(None, None, "Volunteer training on Thursday: show the returns flow and how to void a line in the basket.", win=(8, 50)),
    note(None, None, "Idea list: shelf labels with QR, author sort on the search results, a 'damaged' price tier.", win=(15, 60)),
    edit(None, None, "src/renderer/Basket.tsx", "Show the line count next to the total and grey out Pay when empty.", win=(10, 60)),
    edit(None, None, "src/main/ipc/stock.ts", "Return 404-style { found: false } instead of throwing for unknown ISBNs.",
         src="cursor", win=(12, 60)),
    file(None, None, "tsconfig.json", '{ "compilerOptions": { "strict": true, "target": "ES2022", "module": "ESNext", '
         '"moduleResolution": "bundler", "jsx": "react-jsx" } }', win=(3, 60)),
]

POOL = [
    P("git status -sb", "## main...origin/main\n M src/renderer/Basket.tsx", w=4),
    P("git pull --rebase", "Already up to date.", w=2),
    P("npm start", "> foxedtill@0.9.0 start\n> electron-forge start\n✔ Checking your system\n✔ Launched Electron app.",
      w=4, win=(0, 29)),
    P("npm run dev", "> foxedtill@dev\n> electron-vite dev\n  VITE v5.3.4  ready in 612 ms\n  ➜  Local:   http://localhost:5173/\n"
      "start electron app...", w=4, win=(30, 60)),
    P("npm run lint", "/Users/ana/src/foxedtill/src/renderer/GiftAid.tsx\n  18:9  warning  'donor' is assigned a value "
      "but never used  @typescript-eslint/no-unused-vars\n✖ 1 problem (0 errors, 1 warning)", w=2),
    P("npx tsc --noEmit", "src/renderer/Basket.tsx(42,17): error TS2345: Argument of type 'string | undefined' is not "
      "assignable to parameter of type 'string'.", code=2, w=1),
    P("npx tsc --noEmit", "", w=2),
    P("npx jest src/shared", "PASS src/shared/pricing.test.ts\nTests:       31 passed, 31 total", w=2, win=(4, 17)),
    P("npx vitest run src/shared", " Test Files  4 passed (4)\n      Tests  37 passed (37)", w=3, win=(18, 60)),
    P("npx vitest run src/giftaid", " FAIL  src/giftaid/claim.test.ts > rounds Gift Aid to the penny\n      Tests  1 "
      "failed | 8 passed (9)", code=1, w=1, win=(18, 60)),
    P("npm run make", "> electron-forge make\n✔ Checking your system\n✔ Packaging application\n✔ Making distributables",
      w=1, win=(3, 29)),
    P("npx electron-builder --win --x64", "  • electron-builder  version=24.13.3 os=23.5.0\n  • building        "
      "target=nsis file=dist/foxedtill Setup.exe archs=x64", w=1, win=(30, 60)),
    P("sqlite3 till.db '.tables'", "basket_lines  donors        sales         shifts        stock", w=2, win=(11, 60)),
    P("npx playwright test e2e/checkout.spec.ts", "Running 3 tests using 1 worker\n  3 passed (41.2s)", w=1, win=(20, 60)),
    P("npx prettier --check src", "Checking formatting...\n[warn] src/main/escpos.ts\n[warn] Code style issues found in "
      "the above file. Run Prettier with --write to fix.", code=1, w=1, win=(20, 60)),
    P("npx prettier --write src", "src/main/escpos.ts 41ms", w=1, win=(20, 60)),
    P("ls ~/Library/Logs/foxedtill/", "main.log  renderer.log", w=1),
    P("curl -s https://openlibrary.org/isbn/9780241950425.json | jq .title", "\"Wolf Hall\"", w=1),
    P("npm run mock-printer", "mock ESC/POS sink listening on tcp://127.0.0.1:9100", w=1, win=(20, 60)),
    P("npm ci", "added 842 packages, and audited 843 packages in 31s\nfound 0 vulnerabilities", w=1),
    P("rclone ls r2:foxedtill-updates | tail -3", "      412 latest.yml\n 88213344 foxedtill-Setup.exe\n    93120 "
      "foxedtill-Setup.exe.blockmap", w=1, win=(41, 60)),
]
