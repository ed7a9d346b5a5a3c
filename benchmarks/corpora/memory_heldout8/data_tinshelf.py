"""tinshelf: Google Apps Script (TypeScript via clasp) for a food bank's referrals, reminders and stock."""
from authoring import chat, commit, edit, file, note, pool_cmd as P, q, sh

NAME, ABBR, CWD = "tinshelf", "ts", "~/src/tinshelf"

RECORDS = [
    note("f1", 0, "Referrals: agencies e-mail us a Word form and a volunteer types each one into the sheet."),
    note("f2", 0, "Code: written straight in the browser Apps Script editor. No git, no types, no local copy."),
    note("k5o", 1, "Data: everything lives in one spreadsheet, 'Tinshelf Master', with tabs for referrals, clients, "
         "stock and shifts."),
    note("f3", 2, "Reminders: volunteers phone every client from a printed list the evening before collection."),
    sh("c1d", 2, "clasp --help | head -2", "Usage: clasp <command> [options]\nclasp - The Apps Script CLI"),
    sh("c1", 2, "clasp --version", "2.4.2"),
    note("k1o", 3, "Bundling: Rollup with @rollup/plugin-typescript into dist/Code.js; clasp pushes dist/."),
    commit("f2l", 3, "Set up a clasp + TypeScript project\n\nPulled the editor code down with clasp clone and "
           "converted it to .ts modules.", ["A .clasp.json", "A src/main.ts", "A tsconfig.json", "A appsscript.json"]),
    note("k6o", 4, "Web app deployed executing as me (the developer account); triggers installed from my account too."),
    edit("f4", 4, "src/config.ts", "const SPREADSHEET_ID = '<copy of Tinshelf Master>';  // testing: run against a "
         "copy of the spreadsheet and click through the forms"),
    sh("c2d", 5, "clasp list", "Found 2 scripts.\ntinshelf-editor-copy - https://script.google.com/d/1ZxOLDcopyEXAMPLE/edit\n"
       "Tinshelf Master (bound project) - https://script.google.com/d/1nBound4EXAMPLE/edit"),
    sh("c2", 5, "cat .clasp.json", '{"scriptId":"1qL8vT3example-r9Wm2ZbX","rootDir":"dist"}'),
    note("f5", 6, "Stock: paper tally sheets on the shelves, typed into the Stock tab on Fridays."),
    edit("k4o", 7, "src/config.ts", "export const VOUCHER_VALID_DAYS = 14;"),
    note("f1l1", 8, "Referrals now come in through a Google Form linked to the master sheet (src/formSubmit.ts)."),
    note("k2o", 9, "SMS: ClickSend, pay-as-you-go credit; the API key sits in Script Properties."),
    commit("f3l", 10, "Add ClickSend reminder trigger\n\nTexts every client with a collection slot tomorrow.",
           ["A src/reminders.ts", "M src/triggers.ts"]),
    edit("k3o1", 11, "src/triggers.ts", "ScriptApp.newTrigger('sendReminders').timeBased().atHour(8).everyDays(1)"
         ".create();  // texts for tomorrow's collections"),
    commit("f6", 13, "Flag duplicate households on an exact surname + postcode match", ["M src/referrals.ts"]),
    edit("p5", 15, "appsscript.json", "timeZone was America/New_York (the default for new projects); set "
         "Europe/London so Utilities.formatDate matches the spreadsheet."),
    note("p5d", 15, "Volunteers asked for their shifts to be shown one day ahead in the reminder; the real rota is "
         "still the paper one."),
    commit("f4l", 16, "Jest unit tests with mocks for SpreadsheetApp and UrlFetchApp", ["A jest.config.js", "A test/mocks.ts",
           "A test/referrals.test.ts"]),
    note("p2", 18, "The time-driven trigger was installed under Maggie's Google account. When her account was removed "
         "from the workspace, every installable trigger she owned was deleted with it. Recreated them with "
         "clasp run installTriggers."),
    note("p2d", 18, "Early shift reminder for volunteers: one message the day before. Please stop replying to the "
         "group chat quietly and use the form."),
    sh("c5d", 19, "npx rollup -c", "src/main.ts → dist/Code.js...\ncreated dist/Code.js in 2.1s"),
    commit("k1", 20, "Replace Rollup with esbuild\n\nesbuild bundles in 80 ms instead of 2 s, and the gas plugin keeps "
           "top-level functions callable by triggers.", ["A build.mjs", "D rollup.config.js", "M package.json"]),
    sh("c5", 21, "node build.mjs", "  dist/Code.js  61.4kb\n\n⚡ Done in 83ms"),
    commit("f1l2", 22, "Referral web app (HtmlService) for agencies\n\nValidates postcodes and household size and "
           "replaces the Google Form.", ["A src/web/referral.html", "A src/web/doGet.ts", "D src/formSubmit.ts"]),
    sh("c3d", 23, "clasp versions", "~ 3 Versions ~\n22 - referrals v1 hotfix\n21 - referrals v1\n20 - stock form"),
    sh("c3", 23, "clasp deploy -d \"referrals v2\"", "Created version 23.\n- AKfycbzQ4kT0d2_example @23."),
    note("k3o2", 24, "Reminder texts moved to 17:00 the day before; 8am was too early for shift workers."),
    sh("c4", 25, "npx jest", "FAIL test/referrals.test.ts\n  ● allocates unique ids under concurrent posts\nTest "
       "Suites: 1 failed, 11 passed, 12 total\nTests:       3 failed, 88 passed, 91 total", code=1),
    commit("p1", 26, "Wrap referral id allocation in a script lock\n\nConcurrent form posts both read getLastRow() and "
           "issued duplicate ids; LockService.getScriptLock().waitLock(10000) now guards read-increment-write.",
           ["M src/referrals.ts", "M test/referrals.test.ts"]),
    note("p1d", 26, "Two agencies (Citizens Advice and the school) sometimes get vouchers handed in late; same code "
         "format for both, please."),
    sh("c4d", 26, "npx jest", "Test Suites: 12 passed, 12 total\nTests:       91 passed, 91 total"),
    commit("p4", 27, "Escape single quotes before building the QUERY() formula\n\nO'Brien closed the string literal "
           "inside the formula and the lookup returned #VALUE, so registration failed.", ["M src/clients.ts"]),
    note("p4d", 27, "Sign-up desk: people need a surname and a postcode. Come back to Julie if an apostrophe breaks the "
         "badge printer."),
    note("k6", 28, "Everything now runs as the shared foodbank-ops account: the web app's 'execute as' and all "
         "installable triggers."),
    note("f5l", 29, "Stock is now counted per crate with the web form on the warehouse tablet."),
    commit("p7", 30, "Archive in chunks of 400 rows with a saved cursor\n\nThe run was hitting Apps Script's 6-minute "
           "execution cap. The cursor lives in script properties and a follow-up trigger resumes.", ["M src/archive.ts"]),
    note("p7d", 30, "Nightly tidy-up of the warehouse: whoever gave up their Tuesday gets first pick. We're halfway "
         "through the shelving."),
    commit("k5", 31, "One spreadsheet per year for referrals\n\nThe master sheet hit 4.1M cells and openById took 9 s; "
           "referrals now go to 'Referrals 2024' and so on, with an index tab in the master.", ["M src/referrals.ts",
           "A src/yearbook.ts"]),
    sh("c7d", 32, "clasp logs --simplified | grep sendTexts", "INFO  sendTexts  daily batch: 57 texts queued"),
    sh("c7", 32, "clasp logs --simplified", "ERROR  sendTexts  Exception: Service invoked too many times for one day: "
       "urlfetch."),
    commit("f6l", 35, "Fuzzy duplicate check: normalised name + date of birth", ["M src/clients.ts", "A src/normalise.ts"]),
    commit("k2", 36, "Switch SMS to Firetext\n\nCheaper per UK text and supports a sender name; ClickSend credit ran "
           "out twice.", ["A src/sms/firetext.ts", "D src/sms/clicksend.ts"]),
    commit("c6d", 38, "Household parcel size: add a large-family option (5+ people)", ["M src/parcels.ts"]),
    commit("c6", 38, "Cap parcels per household: 3 in any rolling 28 days\n\nAgreed by the trustees on 12 March.",
           ["M src/parcels.ts", "M test/parcels.test.ts"]),
    note("k4", 39, "Trustees: vouchers are now valid for 7 days from issue; agencies told by e-mail."),
    note("p6", 40, "Deployment was set to 'Only myself in foodbank.example.com'; anyone on a gmail.com address got the "
         "'You need permission' screen. Redeployed as 'Anyone with a Google account', executing as the ops user."),
    note("p6d", 40, "New helpers page: add a photo of the charity's van. Volunteers from outside town are turned away "
         "only if the rota is full."),
    edit("p3", 42, "src/picksheet.ts", "Read the whole range once with getValues() instead of getRange(r, c).getValue() "
         "per cell; roughly 3,000 round trips became one.", src="cursor"),
    note("p3d", 42, "Warehouse crew rota: the packing list for Saturday takes two people; ages 16+ only, and appear in "
         "the hi-vis."),
    commit("k3", 51, "Send collection reminders at 09:30 on the day\n\nToo many people forgot an evening-before text.",
           ["M src/triggers.ts"]),
]

QUESTIONS = [
    q("paraphrase", "Why did two agencies sometimes get handed the same voucher code?", "p1",
      note="Concurrent posts read getLastRow(); script lock added.", dis=["p1d"]),
    q("paraphrase", "Why did the early reminder messages just quietly stop one day?", "p2",
      note="Installable triggers were owned by a removed account.", dis=["p2d"]),
    q("paraphrase", "Why did the packing list take ages to appear for the warehouse crew?", "p3",
      note="Per-cell getValue calls replaced by one getValues.", dis=["p3d"]),
    q("paraphrase", "How come people with an apostrophe in their surname couldn't be signed up?", "p4",
      note="Unescaped quote broke the QUERY formula.", dis=["p4d"]),
    q("paraphrase", "Why were volunteers shown shifts a day before the real one?", "p5",
      note="Script time zone defaulted to America/New_York.", dis=["p5d"]),
    q("paraphrase", "Why were new helpers from outside the charity turned away by the volunteer page?", "p6",
      note="Web app deployment restricted to the domain.", dis=["p6d"]),
    q("paraphrase", "How come the nightly tidy-up gave up halfway through?", "p7",
      note="6-minute execution cap; archive in chunks with a cursor.", dis=["p7d"]),
    q("command_fact", "Which clasp release is installed on my laptop for the food bank scripts?", "c1", keys=["2.4.2"],
      null=True, note="clasp --version output.", dis=["c1d"]),
    q("command_fact", "What's the Apps Script project's script ID?", "c2", keys=["1qL8vT3example-r9Wm2ZbX"],
      note="cat .clasp.json shows the scriptId.", dis=["c2d"]),
    q("command_fact", "Which version number did the 'referrals v2' deployment end up as?", "c3", keys=["@23"],
      note="clasp deploy output.", dis=["c3d"]),
    q("command_fact", "How many tests were failing when I ran the suite before the lock fix?", "c4", keys=["3 failed"],
      note="The failing npx jest run on day 25.", dis=["c4d"]),
    q("command_fact", "How big did esbuild say dist/Code.js was when I bundled it?", "c5", keys=["61.4kb"],
      note="node build.mjs output.", dis=["c5d"]),
    q("command_fact", "What's the limit on how often a household can get a parcel?", "c6",
      keys=["3 in any rolling 28 days"], note="Commit message of the cap.", dis=["c6d"]),
    q("command_fact", "What exactly did the logs say when text sending hit Google's daily limit?", "c7",
      keys=["Service invoked too many times for one day"], note="clasp logs error line.", dis=["c7d"]),
    q("knowledge_update", "What bundles the TypeScript for upload to Apps Script now?", "k1", old=["k1o"],
      note="Rollup, then esbuild."),
    q("knowledge_update", "Which SMS service sends texts for the food bank now?", "k2", old=["k2o"], null=True,
      note="ClickSend, then Firetext."),
    q("knowledge_update", "When do clients get their collection reminder text now?", "k3", old=["k3o1", "k3o2"],
      note="08:00 day before -> 17:00 day before -> 09:30 on the day."),
    q("knowledge_update", "How long is a referral voucher valid for now?", "k4", old=["k4o"], note="14 days, then 7."),
    q("knowledge_update", "How is referral data split across spreadsheets these days?", "k5", old=["k5o"],
      note="One master sheet, then one per year."),
    q("knowledge_update", "Which account do the web app and triggers run as currently?", "k6", old=["k6o"],
      note="Developer account, then the shared ops account."),
    q("first_attempt", "How did agencies send us referrals in the beginning?", "f1", old=["f1l1", "f1l2"],
      note="E-mailed Word forms, then Google Form, then the web app."),
    q("first_attempt", "Where did we write the food bank script code originally?", "f2", old=["f2l"], null=True,
      note="Browser editor before clasp."),
    q("first_attempt", "How were clients reminded about their collection at first?", "f3", old=["f3l"],
      note="Phone calls before the ClickSend trigger."),
    q("first_attempt", "How did we test changes initially?", "f4", old=["f4l"], note="Spreadsheet copy before Jest."),
    q("first_attempt", "How was stock counted to begin with?", "f5", old=["f5l"], note="Paper tallies before the form."),
    q("first_attempt", "How did we spot duplicate households at first?", "f6", old=["f6l"],
      note="Exact surname + postcode before fuzzy matching."),
]

FILLERS = [
    commit(None, None, "Add Welsh-language toggle to the referral page", ["M src/web/referral.html"], win=(22, 60)),
    commit(None, None, "Show remaining parcels this month on the client card", ["M src/web/client.html"], win=(20, 60)),
    commit(None, None, "Rename Stock tab columns to match the crate labels", ["M src/stock.ts"], win=(29, 60)),
    commit(None, None, "Type SpreadsheetApp wrappers with @types/google-apps-script", ["M package.json", "M src/sheets.ts"],
           win=(3, 60)),
    commit(None, None, "Log agency name on each referral row", ["M src/referrals.ts"], win=(8, 60)),
    chat(None, None, "User: can HtmlService pages use fetch?\nAssistant: Not to your script directly; call server "
         "functions with google.script.run and pass plain objects back.", win=(15, 60)),
    chat(None, None, "User: tidy the date helpers?\nAssistant: Moved them into src/dates.ts with one formatDate wrapper "
         "and tests for the week boundaries.", src="cursor", files=["src/dates.ts"], win=(16, 60)),
    note(None, None, "Christmas hampers: separate sign-up list from mid-November, not through referrals.", win=(20, 60)),
    note(None, None, "Ask the trustees whether pet food counts towards the parcel limit.", win=(10, 60)),
    edit(None, None, "src/web/referral.html", "Add helper text under household size: adults and children separately.",
         win=(22, 60)),
    edit(None, None, "src/sheets.ts", "Cache the sheet handles per execution instead of calling getSheetByName twice.",
         src="cursor", win=(10, 60)),
    file(None, None, ".eslintrc.json", '{ "extends": ["eslint:recommended", "plugin:@typescript-eslint/recommended"], '
         '"env": { "googleappsscript/googleappsscript": true } }', win=(5, 60)),
]

POOL = [
    P("git status -sb", "## main...origin/main\n M src/referrals.ts", w=4),
    P("clasp push", "└─ dist/appsscript.json\n└─ dist/Code.js\nPushed 2 files.", w=5, win=(3, 60)),
    P("clasp push", "Push failed. Errors:\nSyntaxError: Unexpected token 'export' line: 1 file: Code.gs", code=1, w=1,
      win=(3, 19)),
    P("clasp open", "Opening script: https://script.google.com/d/1abcEXAMPLE/edit", w=1, win=(3, 60)),
    P("clasp status", "Not ignored files:\n└─ dist/Code.js\n└─ dist/appsscript.json", w=1, win=(3, 60)),
    P("npx rollup -c", "created dist/Code.js in 1.9s", w=3, win=(3, 19)),
    P("node build.mjs", "  dist/Code.js  58.9kb\n\n⚡ Done in 79ms", w=3, win=(20, 60)),
    P("npx jest test/parcels.test.ts", "Tests:       9 passed, 9 total", w=2, win=(16, 60)),
    P("npx jest", "Test Suites: 10 passed, 10 total\nTests:       64 passed, 64 total", w=2, win=(16, 24)),
    P("npx tsc --noEmit", "src/web/doGet.ts(14,22): error TS2339: Property 'getUserLocale' does not exist on type "
      "'Session'.", code=2, w=1, win=(22, 60)),
    P("npx tsc --noEmit", "", w=2, win=(3, 60)),
    P("npx eslint src", "src/stock.ts\n  31:7  warning  Unexpected console statement  no-console\n✖ 1 problem", w=2,
      win=(5, 60)),
    P("npx prettier --check src", "Checking formatting...\nAll matched files use Prettier code style!", w=1, win=(3, 60)),
    P("clasp logs", "INFO  doGet  referral page served\nINFO  sendReminders  queued 18", w=2, win=(10, 60)),
    P("clasp run installTriggers", "Running in dev mode.\nNo response.", w=1, win=(18, 60)),
    P("clasp pull", "Cloned 2 files.", w=1, win=(3, 60)),
    P("npm ci", "added 412 packages in 9s", w=1, win=(3, 60)),
    P("gh run list --limit 3", "✓  main  CI  push  3m58s\n✓  main  CI  push  4m02s", w=1, win=(16, 60)),
    P("curl -s https://www.firetext.example.com/api/credit | jq .credit", "1840", w=1, win=(36, 60)),
]
