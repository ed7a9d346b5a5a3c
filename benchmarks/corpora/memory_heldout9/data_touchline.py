"""touchline (tl): Angular 17 -> 18 + Firebase (Firestore, Auth, Cloud Functions, Hosting).

Fixtures, pitch slots, referee allocation and results for a junior football league
(Harrowmoor & District Junior League). All wording hand-written.
"""
from authoring import Proj


def make():
    P = Proj("touchline", "tl", "~/code/touchline")

    # ------------------------------------------------------------------ paraphrase
    P.commit("tl-p1", 13, """fix(notify): stop re-sending postponement mail on every save

The notifier was an onWrite trigger, so each field saved on a fixture (kickoff, pitch,
notes) fired it again and re-mailed everybody. Now onUpdate, and we only send when status
flips to 'postponed' (before != after).""",
             [("M", "functions/src/notifyFixture.ts"), ("M", "functions/src/index.ts")])
    P.note("tl-p1-d", 13, """Families asked whether the 'game off' messages could also say if training is on instead
when a pitch is waterlogged. Also asked about parking at the rec on match mornings. Passed both
to the secretary; nothing for the app yet.""")
    P.q("paraphrase", "Why did families get a stack of identical 'game off' messages when one match was called off?",
        ["tl-p1"], distractors=["tl-p1-d"],
        note="The notifier fired on every write to the fixture doc, re-mailing on each field save.")

    P.commit("tl-p2", 18, """standings: rank by points, then goal difference, then goals for

The comparator fell through to the club name when points were equal, so equal-points
clubs came out A-Z. Head-to-head is not used (league rule 14.3).""",
             [("M", "functions/src/standings.ts"), ("M", "functions/src/standings.spec.ts")])
    P.note("tl-p2-d", 18, """Two sides level on everything at the top of U12 Division 1. The league says they play off on
the 18th; nothing to change in the app. Someone asked for an option to see the table listed
alphabetically too, parked.""")
    P.q("paraphrase", "How come two sides level at the top were listed alphabetically rather than by who'd netted more?",
        ["tl-p2"], distractors=["tl-p2-d"],
        note="The comparator fell back to club name when points tied; fixed to points, GD, goals for.")

    P.note("tl-p3", 22, """The donated iPad Air 2s (stuck on iOS 15) render a blank page: the build targets ES2022 and
calls structuredClone, which Safari 15 lacks. Added .browserslistrc with 'iOS >= 15' plus a
structuredClone polyfill in polyfills.ts. Checked on the spare iPad in the clubhouse: fine.""")
    P.note("tl-p3-d", 22, """Match officials asked for a white kit option on the screen where they confirm colours. The older
tablets in the kit bag are getting new cases; show the refs how to clip them in.""")
    P.q("paraphrase", "Why did the match officials' older tablets show nothing but a white screen?",
        ["tl-p3"], distractors=["tl-p3-d"],
        note="iOS 15 Safari lacked structuredClone / ES2022; browserslist + polyfill fixed it.")

    P.commit("tl-p4", 27, """home: query only fixtures kicking off between Friday and Monday

The home page held a live listener on the whole fixtures collection: ~1.9M document reads a
day once parents found the page. Now a where(kickoff) range + limit(50), with the composite
index.""",
             [("M", "src/app/home/home.component.ts"), ("M", "firestore.indexes.json")])
    P.note("tl-p4-d", 27, """Google bill for the season: the treasurer wants it itemised per week from the second half
onwards. The jump she asked about in March was the domain renewal, not hosting.""")
    P.q("paraphrase", "What made the Google bill jump once parents started using the site?",
        ["tl-p4"], distractors=["tl-p4-d"],
        note="A listener on the entire fixtures collection caused ~1.9M reads/day.")

    P.edit("tl-p5", 31, "firestore.rules", """results/{id}: the update check now compares the signed-in user's clubId claim with the stored
homeClubId / awayClubId (resource.data). It used to read request.resource.data, i.e. the incoming
document, so anybody could write their own club onto it and pass.""", source="cursor")
    P.note("tl-p5-d", 31, """Coach from Oakfield asked whether one team can play two games on the same morning (no), and
whether we could alter the scorelines font on the big screen. Different team colours next
season need updating in the clubs list.""")
    P.q("paraphrase", "How did a coach from one team manage to alter the scorelines of a different team's games?",
        ["tl-p5"], distractors=["tl-p5-d"],
        note="The rule validated the incoming document instead of the stored one, so the check was bypassable.")

    P.commit("tl-p6", 34, """perf(functions): keep one warm instance of submitResult at weekends

minInstances: 1 on Saturday and Sunday 08:00-13:00 (scheduled config flip), 0 otherwise.
Cold starts were adding 6-8 s to the opening submission of the day.""",
             [("M", "functions/src/submitResult.ts"), ("A", "functions/src/warmSchedule.ts")])
    P.note("tl-p6-d", 34, """Final score reminders: send each morning at 9 on the first Saturday of the month. Several
coaches said sending in scores by text would be easier than the app; try again next season.""")
    P.q("paraphrase", "Why did sending in a final score hang for several seconds on the first try each morning?",
        ["tl-p6"], distractors=["tl-p6-d"],
        note="Cold starts of the submitResult function; fixed with a warm instance at weekends.")

    P.chat("tl-p7", 38, """User: generateMatchCards dies with "Memory limit of 256 MiB exceeded" when the festival has
40+ sides. Works for normal divisions.
Assistant: pdfkit holds every page in memory until end(). Set memory: "1GiB" in the v2 options
and pipe the document straight into a Cloud Storage write stream instead of collecting a buffer.""")
    P.note("tl-p7-d", 38, """Under-7s festival day: printable sheets of the pitch layout for the big day go out Friday.
Keep a spare set in the gazebo in case rain makes them fall apart again.""")
    P.q("paraphrase", "Why did making the printable sheets for the big under-7s festival day keep falling over?",
        ["tl-p7"], distractors=["tl-p7-d"],
        note="The card-generation function hit its 256 MiB memory limit with 40+ teams.")

    # ------------------------------------------------------------------ command_fact
    P.sh("tl-c1-d", 7, "firebase emulators:start --only auth", """i  emulators: Starting emulators: auth
┌────────────────┬────────────────┬────────────────────────────┐
│ Emulator       │ Host:Port      │ View in Emulator UI        │
├────────────────┼────────────────┼────────────────────────────┤
│ Authentication │ 127.0.0.1:9099 │ http://127.0.0.1:4000/auth │
└────────────────┴────────────────┴────────────────────────────┘""")
    P.sh("tl-c1", 7, "firebase emulators:start --only firestore,functions,auth", """i  emulators: Starting emulators: auth, functions, firestore
┌────────────────┬────────────────┬─────────────────────────────────┐
│ Emulator       │ Host:Port      │ View in Emulator UI             │
├────────────────┼────────────────┼─────────────────────────────────┤
│ Authentication │ 127.0.0.1:9099 │ http://127.0.0.1:4000/auth      │
├────────────────┼────────────────┼─────────────────────────────────┤
│ Functions      │ 127.0.0.1:5001 │ http://127.0.0.1:4000/functions │
├────────────────┼────────────────┼─────────────────────────────────┤
│ Firestore      │ 127.0.0.1:8181 │ http://127.0.0.1:4000/firestore │
└────────────────┴────────────────┴─────────────────────────────────┘""")
    P.q("command_fact", "Which port does the local copy of the database come up on when I run the emulators?",
        ["tl-c1"], distractors=["tl-c1-d"], keys=["127.0.0.1:8181"],
        note="Only the emulator table shows Firestore on 8181.")

    P.sh("tl-c2-d", 21, "npm view @angular/cli dist-tags",
         "{ latest: '18.1.0', next: '18.2.0-next.1', 'v17-lts': '17.3.8' }")
    P.sh("tl-c2", 21, "npx ng version", """Angular CLI: 18.0.3
Node: 18.19.1
Package Manager: npm 10.2.4
OS: darwin arm64

Angular: 18.0.2
... animations, common, compiler, compiler-cli, core, forms
... platform-browser, platform-browser-dynamic, router

@angular/cdk        18.0.2
@angular/fire       18.0.1
@angular/material   18.0.2""")
    P.q("command_fact", "Which exact release of the Angular CLI is installed at the moment?",
        ["tl-c2"], distractors=["tl-c2-d"], keys=["Angular CLI: 18.0.3"],
        note="ng version output; dist-tags shows the registry, not what is installed.")

    P.sh("tl-c3", 16, "npx jest --ci", """FAIL src/app/referees/ref-availability.component.spec.ts
FAIL src/app/results/result-window.spec.ts
Test Suites: 2 failed, 31 passed, 33 total
Tests:       3 failed, 208 passed, 211 total
Time:        19.84 s""", exit=1)
    P.sh("tl-c3-d", 16, "npx jest --ci", """Test Suites: 33 passed, 33 total
Tests:       211 passed, 211 total
Time:        18.97 s""")
    P.q("command_fact", "How many unit tests passed on the Jest run where a few of them broke?",
        ["tl-c3"], distractors=["tl-c3-d"], keys=["208 passed"],
        note="The failing run right after the Karma->Jest move: 208 passed, 3 failed.")

    P.sh("tl-c4-d", 14, "firebase hosting:channel:deploy club-pages --expires 30d",
         """✔  hosting:channel: Channel URL (touchline-hdjfl): https://touchline-hdjfl--club-pages-p2m7a8.web.app [expires 2024-04-17 19:02:11]""")
    P.sh("tl-c4", 25, "firebase hosting:channel:deploy ref-signup --expires 7d",
         """✔  hosting:channel: Channel URL (touchline-hdjfl): https://touchline-hdjfl--ref-signup-x3k9q1.web.app [expires 2024-04-05 20:41:37]""")
    P.q("command_fact", "How long did I make the preview channel for the referee sign-up page last?",
        ["tl-c4"], distractors=["tl-c4-d"], keys=["--expires 7d"],
        note="Only the channel deploy flag says 7 days; the club-pages channel was 30d.")

    P.sh("tl-c5-d", 12, "npx ng build --configuration production", """Initial chunk files   | Names         |  Raw size | Estimated transfer size
main-K2D81PXA.js      | main          | 463.04 kB |               113.92 kB
polyfills-FFHMD2TL.js | polyfills     |  34.52 kB |                11.28 kB
styles-3XKD4R6E.css   | styles        |  77.34 kB |                 8.61 kB

                      | Initial total | 574.90 kB |               133.81 kB
Application bundle generation complete. [21.604 seconds]""")
    P.sh("tl-c5", 29, "npx ng build --configuration production", """Initial chunk files   | Names         |  Raw size | Estimated transfer size
main-5QWJ3ZQH.js      | main          | 498.21 kB |               121.37 kB
polyfills-FFHMD2TL.js | polyfills     |  34.52 kB |                11.28 kB
styles-7TNB2W1C.css   | styles        |  79.61 kB |                 8.90 kB

                      | Initial total | 612.34 kB |               141.55 kB
Application bundle generation complete. [23.117 seconds]""")
    P.q("command_fact", "How big did the first-load bundle come out on the production build after the Angular 18 upgrade, uncompressed?",
        ["tl-c5"], distractors=["tl-c5-d"], keys=["612.34 kB"],
        note="Day-29 prod build (after the day-20 upgrade): initial total raw 612.34 kB; the day-12 build was 574.90.")

    P.commit("tl-c6", 32, """ci: pin firebase-tools@13.11.2 in the deploy workflow

13.12 broke reading functions secrets during deploy; unpin once fixed upstream.""",
             [("M", ".github/workflows/deploy.yml")])
    P.sh("tl-c6-d", 32, "firebase --version", "13.15.0")
    P.q("command_fact", "Which version of the Firebase command line did we lock the deploy pipeline to?",
        ["tl-c6"], distractors=["tl-c6-d"], keys=["13.11.2"],
        note="Only the CI pin commit names 13.11.2; the laptop runs 13.15.0.")

    P.sh("tl-c7-d", 47, "node scripts/count-docs.mjs clubs teams", """season 2023/24
clubs: 23 docs
teams: 187 docs
total: 210 docs""")
    P.sh("tl-c7", 47, "node scripts/count-docs.mjs fixtures", """season 2023/24
fixtures: 1,406 docs""")
    P.q("command_fact", "How many games are stored for the junior league's season in total?",
        ["tl-c7"], distractors=["tl-c7-d"], keys=["1,406"], null=True,
        note="Only the count script output gives the fixtures total.")

    # ------------------------------------------------------------------ knowledge_update
    P.commit("tl-u1-o", 5, """pitchSlots: 60-minute pitch slots for every age group

Kickoffs on the hour from 9:00 to 13:00.""", [("A", "functions/src/pitchSlots.ts")])
    P.note("tl-u1", 23, """Pitch slots are now 75 minutes for U11 and above: longer halves plus changeover time. U7-U10
keep 60-minute slots; the grid generator takes the slot length from the age group.""")
    P.q("knowledge_update", "How long is a pitch slot for the older age groups now?",
        ["tl-u1"], ["tl-u1-o"], note="60 min for everyone (day 5) -> 75 min for U11+ (day 23).")

    P.edit("tl-u2-o1", 8, "src/app/results/result-window.ts",
           "export const RESULT_WINDOW_HOURS = 48; // coaches must enter the score within 48 hours of kickoff")
    P.note("tl-u2-o2", 19, """Coaches can now enter a score up to 72 hours after kickoff: 48 was too tight for Saturday
games where the only volunteer with the login is around on Monday.""")
    P.commit("tl-u2", 41, """results: replace the rolling window with a fixed weekend cut-off

Scores for a weekend must be entered by Sunday 20:00; after that the result locks and only the
fixtures secretary can change it. Tables are then right for Monday's newsletter.""",
             [("M", "src/app/results/result-window.ts"), ("A", "functions/src/lockResults.ts")])
    P.q("knowledge_update", "How long do coaches have to enter a score after a game these days?",
        ["tl-u2"], ["tl-u2-o1", "tl-u2-o2"], note="48 h (day 8) -> 72 h (day 19) -> Sunday 20:00 cut-off (day 41).")

    P.commit("tl-u3-o", 6, """Send the league's fixture and cancellation emails through SendGrid

@sendgrid/mail with the key in functions config; templates in functions/src/mail/.""",
             [("M", "functions/package.json"), ("A", "functions/src/mail/send.ts")])
    P.note("tl-u3", 33, """Emails no longer go through SendGrid. Functions write a doc to the `mail` collection and the
Trigger Email extension sends it through the league's SMTP relay (smtp.example.com). SendGrid
free tier kept throttling Saturday cancellations.""")
    P.q("knowledge_update", "What sends the league's emails at the moment?",
        ["tl-u3"], ["tl-u3-o"], note="SendGrid (day 6) -> Trigger Email extension over SMTP (day 33).")

    P.edit("tl-u4-o", 2, "functions/package.json",
           '"engines": { "node": "18" }  // runtime the Cloud Functions deploy on')
    P.commit("tl-u4", 30, """functions: move to 2nd gen on the Node 20 runtime

engines.node 20; v1 triggers rewritten with firebase-functions/v2 (onDocumentUpdated,
onSchedule, onCall).""", [("M", "functions/package.json"), ("M", "functions/src/index.ts"),
                           ("M", "functions/src/notifyFixture.ts")])
    P.q("knowledge_update", "What Node runtime do our cloud functions deploy on now?",
        ["tl-u4"], ["tl-u4-o"], note="Node 18 engines (day 2) -> Node 20 with 2nd gen (day 30).")

    P.commit("tl-u5-o", 12, """referees: a ref can take at most 3 games on a Saturday morning

The sign-up page stops offering slots after the third.""", [("M", "src/app/referees/ref-signup.component.ts")])
    P.note("tl-u5", 36, """Referees are capped at 2 games per Saturday now. The welfare officer asked: some U16 refs were
doing 3 back to back with no break. The assigner enforces it.""")
    P.q("knowledge_update", "How many matches can one ref be given on a single Saturday?",
        ["tl-u5"], ["tl-u5-o"], note="3 games (day 12) -> 2 games (day 36).")

    P.commit("tl-u6-o", 10, """registration: squad limit of 16 registered players per team, however many turn up""",
             [("M", "functions/src/registration.ts")])
    P.note("tl-u6", 45, """Squad limits now depend on the format: 14 registered players for 7-a-side and 9-a-side teams,
18 for 11-a-side. A flat 16 was too many for the small-sided ages and too few for U14+.""")
    P.q("knowledge_update", "How many players can a junior team register these days?",
        ["tl-u6"], ["tl-u6-o"], null=True, note="16 for all (day 10) -> 14 / 18 by format (day 45).")

    # ------------------------------------------------------------------ first_attempt
    P.note("tl-f1", 3, """Fixtures for the opening weekends come from the league secretary's spreadsheet: she exports a
CSV, I upload it on the admin import page and the import creates the fixture docs as-is.""")
    P.commit("tl-f1-l1", 17, """Generate fixtures in the app: round-robin per division

Circle method, home/away alternated, byes for odd division sizes. Replaces the CSV import.""",
             [("A", "functions/src/generateFixtures.ts"), ("D", "src/app/admin/csv-import.component.ts")])
    P.note("tl-f1-l2", 39, """The fixture generator now respects pitch availability: clubs sharing a ground never get two
home games on the same pitch slot, and games it can't place are reported to the secretary.""")
    P.q("first_attempt", "Where did the fixture list come from at the very start?",
        ["tl-f1"], ["tl-f1-l1", "tl-f1-l2"], note="CSV from the secretary's spreadsheet (day 3) before the generator.")

    P.commit("tl-f2", 1, """Unit tests: Karma + Jasmine on ChromeHeadless (ng test)""",
             [("A", "karma.conf.js"), ("A", "src/test.ts"), ("M", "angular.json")])
    P.commit("tl-f2-l", 15, """Replace Karma/Jasmine with Jest (jest-preset-angular)

Karma was slow to start and flaky on CI; specs converted with the jasmine-to-jest codemod.""",
             [("D", "karma.conf.js"), ("D", "src/test.ts"), ("A", "jest.config.ts"), ("M", "package.json")])
    P.q("first_attempt", "What did the unit tests run on originally?",
        ["tl-f2"], ["tl-f2-l"], note="Karma + Jasmine (day 1) before Jest (day 15).")

    P.note("tl-f3", 0, """App structure: classic NgModules. FixturesModule, RefereesModule, ClubsModule and a SharedModule
re-exporting the Material pieces; each feature lazy-loaded from app-routing.module.ts.""")
    P.commit("tl-f3-l", 20, """Angular 18 + standalone components

Ran the standalone migration; NgModules and app-routing.module.ts removed, routes now in
app.routes.ts with loadComponent.""",
             [("D", "src/app/app-routing.module.ts"), ("A", "src/app/app.routes.ts"), ("M", "package.json"),
              ("D", "src/app/fixtures/fixtures.module.ts")])
    P.q("first_attempt", "How was the Angular app organised before we went standalone?",
        ["tl-f3"], ["tl-f3-l"], note="NgModules per feature (day 0), removed on day 20.")

    P.commit("tl-f4", 9, """referees: self sign-up page, first come first served

Refs put their own names down for games; the referee secretary fills gaps by hand on Friday.""",
             [("A", "src/app/referees/ref-signup.component.ts")])
    P.commit("tl-f4-l", 28, """Automatic referee assignment

Greedy by travel distance and qualification level; refs get a confirm/decline link and a
decline re-runs the assigner for that game.""", [("A", "functions/src/assignReferees.ts")])
    P.q("first_attempt", "How did referees get matched to games in the beginning?",
        ["tl-f4"], ["tl-f4-l", "tl-u5"], note="Self sign-up, first come (day 9), before the assigner (day 28; the day-36 cap commit is later work on it).")

    P.commit("tl-f5", 4, """auth: email and password sign-in (Firebase Auth)

Password reset uses the default Firebase template for now.""",
             [("A", "src/app/auth/login.component.ts"), ("M", "src/app/app.config.ts")])
    P.note("tl-f5-l", 26, """Sign-in is now passwordless email links; volunteers kept forgetting passwords. Existing accounts
still work: link sign-in on the same address.""")
    P.q("first_attempt", "How did coaches log in at first?",
        ["tl-f5"], ["tl-f5-l"], note="Email + password (day 4) before email links (day 26).")

    P.edit("tl-f6", 11, "src/app/live/live-scores.component.ts",
           "Poll the scores endpoint every 30 seconds: interval(30000) + switchMap(() => http.get('/api/scores/today')).")
    P.note("tl-f6-l", 24, """Live scores now come from a Firestore onSnapshot listener on today's fixtures; the 30 s polling
and the scoresToday endpoint are gone.""")
    P.q("first_attempt", "How did the junior league's live scores page refresh to begin with?",
        ["tl-f6"], ["tl-f6-l"], null=True, note="30 s polling (day 11) before onSnapshot (day 24).")

    # ------------------------------------------------------------------ fillers
    P.commit("tl-x1", (2, 20), """clubs: add kit colours and ground address to the club doc""",
             [("M", "src/app/clubs/club-form.component.ts"), ("M", "functions/src/types.ts")])
    P.commit("tl-x2", (8, 40), """fixtures: show pitch name on the fixture card""",
             [("M", "src/app/fixtures/fixture-card.component.html")])
    P.commit("tl-x3", (20, 50), """e2e: Playwright spec for the results form""",
             [("A", "e2e/results.spec.ts"), ("M", "playwright.config.ts")])
    P.commit("tl-x4", (30, 58), """deps: bump @angular/fire and rxjs""", [("M", "package.json"), ("M", "package-lock.json")])
    P.commit("tl-x5", (40, 60), """table: freeze the header row on small screens""",
             [("M", "src/app/table/table.component.scss")])
    P.chat("tl-x6", (5, 30), """User: what's the cleanest way to show a Firestore Timestamp as "Sat 9:30" in a template?
Assistant: Convert once in the service (ts.toDate()) and use the date pipe with 'EEE H:mm'; don't
call toDate() in the template or it runs on every change detection.""")
    P.chat("tl-x7", (25, 55), """User: mat-table sort doesn't work on the nested club.name column
Assistant: Give the MatTableDataSource a sortingDataAccessor that returns item.club.name for that
column id.""", source="cursor", files=["src/app/table/table.component.ts"])
    P.note("tl-x8", (3, 35), """League AGM is in June; they want a season summary export (goals per team, referee counts)
before then. Not urgent.""")
    P.note("tl-x9", (35, 60), """U9s trial 'no tables' next season: results still recorded, standings hidden for that age
group. Need a per-age-group flag.""")
    P.edit("tl-x10", (10, 45), "src/app/fixtures/fixture-list.component.html",
           "Group fixtures by pitch, then kickoff; added an empty state for weekends with no games.")
    P.edit("tl-x11", (30, 60), "src/styles.scss", "Bumped base font to 16px for the pitchside phones; darker primary for contrast.")
    P.file("tl-x12", (15, 45), "firebase.json", """{
  "hosting": { "public": "dist/touchline/browser", "rewrites": [{ "source": "**", "destination": "/index.html" }] },
  "functions": [{ "source": "functions", "codebase": "default" }],
  "firestore": { "rules": "firestore.rules", "indexes": "firestore.indexes.json" }
}""")

    # ------------------------------------------------------------------ shell pool
    P.pool_cmd("git status -sb", "## main...origin/main\n M src/app/fixtures/fixture-list.component.ts", weight=3)
    P.pool_cmd("git pull --rebase", "Successfully rebased and updated refs/heads/main.", weight=2)
    P.pool_cmd("npx ng serve", "Application bundle generation complete. [3.412 seconds]\n\n  ➜  Local:   http://localhost:4300/\n  ➜  press h + enter to show help", weight=2)
    P.pool_cmd("npx ng test --watch=false", "Chrome Headless 124.0.0.0 (Mac OS 10.15.7): Executed 96 of 96 SUCCESS (2.914 secs / 2.611 secs)\nTOTAL: 96 SUCCESS", lo=1, hi=14, weight=2)
    P.pool_cmd("npx jest src/app/standings", "PASS src/app/standings/standings.spec.ts\nTests:       14 passed, 14 total\nTime:        2.31 s", lo=15, weight=2)
    P.pool_cmd("npx ng lint", "Linting \"touchline\"...\n\nAll files pass linting.")
    P.pool_cmd("npx prettier --check \"src/**/*.ts\"", "Checking formatting...\n[warn] src/app/referees/ref-list.component.ts\n[warn] Code style issues found in the above file. Run Prettier with --write to fix.", exit=1)
    P.pool_cmd("npm --prefix functions run build", "> functions@1.0.0 build\n> tsc -p .", weight=2)
    P.pool_cmd("npm --prefix functions run build", "> functions@1.0.0 build\n> tsc -p .\n\nsrc/assignReferees.ts(41,23): error TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.", exit=2)
    P.pool_cmd("firebase use", "Active Project: touchline-hdjfl")
    P.pool_cmd("firebase deploy --only hosting", "=== Deploying to 'touchline-hdjfl'...\n✔  hosting[touchline-hdjfl]: release complete\n\n✔  Deploy complete!\n\nHosting URL: https://touchline-hdjfl.web.app", lo=5)
    P.pool_cmd("firebase functions:log --only submitResult -n 5", "09:41:12.304 I submitResult: result saved fixture=U12-D1-0412\n09:44:57.018 I submitResult: result saved fixture=U10-D2-0388", lo=10)
    P.pool_cmd("node --version", "v18.19.1", hi=29)
    P.pool_cmd("node --version", "v20.14.0", lo=30)
    P.pool_cmd("npx ng generate component referees/ref-notes", "CREATE src/app/referees/ref-notes/ref-notes.component.ts (246 bytes)\nUPDATE src/app/referees/referees.module.ts (612 bytes)", hi=19)
    P.pool_cmd("npx ng generate component clubs/club-badge", "CREATE src/app/clubs/club-badge/club-badge.component.ts (298 bytes)\nCREATE src/app/clubs/club-badge/club-badge.component.html (26 bytes)", lo=20)
    P.pool_cmd("npx playwright test e2e/results.spec.ts", "Running 6 tests using 3 workers\n  6 passed (14.2s)", lo=20)
    P.pool_cmd("gcloud firestore indexes composite list --project touchline-hdjfl", "NAME          COLLECTION_GROUP  FIELDS                                   STATE\nCICAgOjXh4EK  fixtures          division ASC, kickoff ASC                READY", lo=6)
    P.pool_cmd("code src/app/fixtures/fixture-list.component.ts")
    P.pool_cmd("npm ci", "added 1184 packages, and audited 1185 packages in 38s\n\n172 packages are looking for funding", weight=0.7)
    P.pool_cmd("git log --oneline -3", "8f3e1c2 fixtures: tidy card layout\n2d9a7b4 referees: sort by surname\n71c0e55 deps: bump zone.js")
    return P
