"""bellcote: Clojure 1.12, deps.edn, Ring + Reitit, Integrant, next.jdbc + HoneySQL,
SQLite -> MariaDB 11, Hiccup -> Reagent/shadow-cljs, kaocha, clj-kondo, Postmark.
Domain: Sunday ringing rota, practice nights and quarter-peal records for five church towers."""
from authoring import sh, commit, note, chat, edit, file, pool, q

NAME, ABBR, CWD = "bellcote", "bl", "~/code/bellcote"

RECORDS = [
    # ---- paraphrase answers and distractors
    note("bl.p1.d", 12, "Two towers asked whether ringers can swap their Sunday slots between themselves. "
         "The hour before evensong is the usual time to sort it out."),
    commit("bl.p1.a", 16, "Rota solver: compare service intervals rather than start instants\n\nThe clash "
           "check looked only at start minutes, so a 9:30 service at Hollowell and a 9:45 one at Marsh "
           "Lacey were both allowed for the same person.", [("M", "src/bellcote/rota.clj"),
                                                            ("M", "test/bellcote/rota_test.clj")]),
    commit("bl.p2.d", 20, "Roster page: show full names and break the list by tower\n\nLike the paper "
           "sheet in the porch; apostrophes kept exactly as typed.", [("M", "src/bellcote/views/rota.clj")]),
    edit("bl.p2.a", 22, "src/bellcote/views/rota.clj", "hiccup2 `raw` was wrapping ringer display strings, so "
         "a quote in a surname closed the onclick attribute. Use the escaped form and pass ids through "
         "data- attributes instead."),
    note("bl.p3.d", 24, "Thursday practice: people asked for a reminder the day before, and a late-running "
         "list of who has said yes."),
    note("bl.p3.a", 26, "Chime job ran on the server's UTC clock with the cron spec at 23:30, which is after "
         "midnight in BST, so the 'tomorrow' lookup pointed one date further on. Scheduler now uses "
         "ZoneId Europe/London."),
    note("bl.p4.d", 30, "The Marsh Lacey captain wants the site to list every practice night. A few said 3am "
         "emails about the fall rota are annoying."),
    commit("bl.p4.a", 34, "Move the SQLite backup off the request path\n\nThe scheduled .backup held a write "
           "lock for about 4 min while web handlers waited on busy_timeout; it now runs VACUUM INTO from "
           "a separate connection.", [("M", "src/bellcote/backup.clj")]),
    note("bl.p5.d", 35, "Beginner tally sheet: Plain Bob Doubles and Plain Bob Minor counted separately, "
         "and another column for whether they have gone back to rounds cleanly."),
    chat("bl.p5.a", 38, "The progress table loses older rows when I upsert a method attempt?", "Your HoneySQL "
         ":on-conflict with :do-update-set replaces the whole row, including :first_rung_on. List only the "
         "columns that should change (:last_rung_on, :count) and take them from `excluded`.",
         src="cursor", files=["src/bellcote/progress.clj"]),
    commit("bl.p6.d", 41, "Show a 'back next week' banner on the live site during the upgrade\n\nLast time "
           "people couldn't tell whether practice was still on.", [("M", "src/bellcote/views/layout.clj")]),
    note("bl.p6.a", 43, "UnsupportedClassVersionError on the VPS: the jar was AOT-compiled on my laptop's "
         "JDK 21 (class file 65) and the box had Temurin 17. Installed temurin-21-jre and set "
         ":javac-opts [\"--release\" \"17\"] in build.clj anyway."),
    note("bl.p7.d", 47, "Record page should show the quarter's length and who rang what. Some want shorter "
         "footnotes, actually."),
    commit("bl.p7.a", 49, "Sum part lengths when parsing multi-part compositions\n\nThe footnote parser "
           "stopped at the first blank line, so anything after part one was lost.",
           [("M", "src/bellcote/peals/parse.clj"), ("M", "test/bellcote/peals/parse_test.clj")]),
    # ---- command_fact
    sh("bl.c1.a", 16, "clojure -M:test", "[(..........F.......)(.......)]\nFAIL in "
       "bellcote.rota-test/clash-across-towers (rota_test.clj:58)\nexpected: (empty? (clashes rota))\n"
       "  actual: (not (empty? ({:ringer 41, :services [88 91]})))\n42 tests, 187 assertions, 1 failures.",
       code=1),
    sh("bl.c1.d", 16, "clojure -M:test", "[(....................)(.......)]\n44 tests, 193 assertions, 0 failures."),
    sh("bl.c2.a", 20, "clj-kondo --lint src test", "src/bellcote/rota.clj:112:7: warning: unused binding "
       "tower\nsrc/bellcote/views/rota.clj:34:1: warning: Unused private var "
       "bellcote.views.rota/legacy-row\ntest/bellcote/rota_test.clj:9:3: warning: redundant do\n"
       "linting took 812ms, errors: 0, warnings: 7", code=2),
    sh("bl.c2.d", 20, "clojure -M:cljfmt check", "src/bellcote/peals/parse.clj has incorrect formatting\n"
       "1 file formatted incorrectly", code=1),
    sh("bl.c5.d", 22, "curl -s https://api.postmarkapp.com/message-streams -H \"X-Postmark-Server-Token: "
       "$POSTMARK_TOKEN\" | jq -r '.MessageStreams[].ID'", "outbound\nbroadcast"),
    commit("bl.c5.a", 23, "Send rota mail through the Postmark stream rota-outbound\n\nKeeps it apart from "
           "the broadcast stream used for the benefice newsletter.", [("M", "src/bellcote/mail.clj")]),
    sh("bl.c3.d", 32, "clojure -T:build uber", "Compiling bellcote.main...\nSyntax error compiling at "
       "(bellcote/db.clj:41:3).\nUnable to resolve symbol: jdbc/execute-one! in this context", code=1),
    sh("bl.c3.a", 33, "clojure -T:build uber", "Cleaning target\nCopying source...\nCompiling bellcote.main...\n"
       "Building uber jar target/bellcote-0.4.118-standalone.jar"),
    sh("bl.c4.d", 37, "mariadb bellcote -e \"SELECT COUNT(*) FROM tower\"", "+----------+\n| COUNT(*) |\n"
       "+----------+\n|        5 |\n+----------+"),
    sh("bl.c4.a", 37, "mariadb bellcote -e \"SELECT COUNT(*) FROM ringer\"", "+----------+\n| COUNT(*) |\n"
       "+----------+\n|      139 |\n+----------+"),
    sh("bl.c6.d", 42, "java -version", "openjdk version \"21.0.4\" 2024-07-16 LTS\nOpenJDK Runtime Environment "
       "Temurin-21.0.4+7 (build 21.0.4+7-LTS)"),
    sh("bl.c6.a", 42, "ssh bellvps java -version", "openjdk version \"17.0.12\" 2024-07-16\nOpenJDK Runtime "
       "Environment Temurin-17.0.12+7 (build 17.0.12+7)"),
    sh("bl.c7.d", 47, "curl -s -o /dev/null -w 'time_total=%{time_total}\\n' https://bells.example.com/health",
       "time_total=0.087"),
    sh("bl.c7.a", 47, "curl -s -o /dev/null -w 'time_total=%{time_total}\\n' https://bells.example.com/rota",
       "time_total=1.942"),
    # ---- knowledge_update
    commit("bl.k1.o", 2, "Store everything in one SQLite file\n\n/var/lib/bellcote/bellcote.db through "
           "next.jdbc and the xerial driver. Plenty for five towers.", [("A", "src/bellcote/db.clj"),
                                                                      ("M", "deps.edn")]),
    note("bl.k5.o", 3, "Band practice: Thursday 19:30 to 21:00 at Hollowell, all towers welcome."),
    note("bl.k4.o1", 5, "Rota rule: a ringer can be put down for up to 4 Sundays a month."),
    note("bl.k6.o", 7, "Login: one shared password per tower, captains hand it out at practice."),
    edit("bl.k2.o", 9, "src/bellcote/reminders.clj", "(def lead-hours 48) ; rota reminders go out two days "
         "before the Sunday"),
    commit("bl.k3.o", 14, "Draw the method grid server-side as Hiccup SVG\n\nOne column per bell, blue line "
           "for the treble.", [("A", "src/bellcote/views/grid.clj")]),
    commit("bl.k4.o2", 19, "Cap Sundays per ringer at 3 a month", [("M", "src/bellcote/rota.clj")]),
    commit("bl.k6.a", 27, "Per-ringer sign-in links by email\n\nShared tower passwords were ending up on the "
           "noticeboard. Links last 20 minutes; the session lasts 90 days.",
           [("A", "src/bellcote/auth.clj"), ("D", "src/bellcote/tower_password.clj")]),
    note("bl.k5.a", 31, "Band practice moves to Tuesday 19:30 at Hollowell: the choir has the church on "
         "Thursdays from October. Reminders and the rota view follow."),
    commit("bl.k3.a", 32, "Render the method grid client-side with Reagent\n\nshadow-cljs build :app; learners "
           "can click a bell and see its line light up.", [("A", "src/cljs/bellcote/grid.cljs"),
                                                           ("A", "shadow-cljs.edn")]),
    commit("bl.k1.a", 36, "Move storage to MariaDB 11\n\nThe rota job and the web both write, and SQLITE_BUSY "
           "kept surfacing. Migrated with a one-off script; next.jdbc uses the MariaDB connector.",
           [("M", "src/bellcote/db.clj"), ("A", "scripts/sqlite_to_mariadb.clj"), ("M", "deps.edn")]),
    note("bl.k2.a", 40, "Rota reminders now go out on the Tuesday before the Sunday, about five days' notice. "
         "Captains wanted time to find substitutes."),
    note("bl.k4.a", 45, "Rota rule now: at most 2 Sundays a month at your home tower, plus any extra visits "
         "elsewhere if you offer them."),
    # ---- first_attempt
    note("bl.f1.a", 1, "Until the app can do it, captains fill the shared Google Sheet each month and I copy "
         "it across."),
    commit("bl.f3.a", 2, "Serve the app with ring-jetty-adapter\n\n:join? false in dev so the REPL stays "
           "usable.", [("A", "src/bellcote/server.clj")]),
    commit("bl.f2.a", 3, "Read DB path and mail token from environment variables",
           [("M", "src/bellcote/main.clj")]),
    edit("bl.f5.a", 4, "deps.edn", ":aliases {:test {:extra-paths [\"test\"] :extra-deps "
         "{io.github.cognitect-labs/test-runner {:git/tag \"v0.5.1\"}} :exec-fn cognitect.test-runner.api/test}}"),
    commit("bl.f1.l1", 10, "Greedy rota filler\n\nWalk services in date order and take the least-used "
           "available ringer.", [("A", "src/bellcote/rota.clj")]),
    note("bl.f6.a", 11, "Quarter entry: method names are typed as free text for now (\"Grandsire Triples\", "
         "\"PB6\" and so on)."),
    commit("bl.f4.a", 13, "Add the /peals/new form\n\nPeals and quarters are typed in by hand: date, tower, "
           "method, ringers one per line.", [("A", "src/bellcote/views/peal_form.clj")]),
    commit("bl.f5.l", 15, "Switch the test runner to kaocha\n\nWatch mode and better diffs; run it with "
           "clojure -M:test.", [("M", "deps.edn"), ("A", "tests.edn")]),
    commit("bl.f2.l", 17, "Use aero for config\n\nresources/config.edn with #profile {:dev :prod} and #env "
           "for the secrets.", [("A", "resources/config.edn"), ("M", "src/bellcote/main.clj")]),
    note("bl.f3.l", 25, "Swapped Jetty for http-kit: smaller jar and a faster boot on the VPS."),
    commit("bl.f6.l", 28, "Pick methods from the CCCBR methods library\n\nNormalises names, so PB6 and "
           "Plain Bob Minor count as one method.", [("A", "resources/methods.xml"),
                                                    ("M", "src/bellcote/peals.clj")]),
    commit("bl.f1.l2", 29, "Replace the greedy filler with a loco constraint model\n\nBalances Sundays "
           "across ringers and keeps at least 6 ringers per tower.", [("M", "src/bellcote/rota.clj")]),
    note("bl.f4.l", 30, "Peals and quarters now come in from the BellBoard XML export; the hand form is "
         "only for corrections."),
]

FILLERS = [
    commit(None, (3, 20), "Tower page: show bell weights and the practice contact",
           [("M", "src/bellcote/views/tower.clj")]),
    commit(None, (10, 35), "Add an ICS feed of each ringer's Sundays", [("A", "src/bellcote/ics.clj")]),
    commit(None, (15, 45), "Rename :ringer/handle to :ringer/display-name", [("M", "src/bellcote/rota.clj"),
                                                                          ("M", "src/bellcote/views/rota.clj")]),
    commit(None, (25, 55), "Print view of the month's rota for the church porch",
           [("A", "src/bellcote/views/print.clj")]),
    commit(None, (35, 60), "Update next.jdbc and honeysql", [("M", "deps.edn")]),
    chat(None, (5, 30), "How do I write a HoneySQL left join with a where on the joined table?",
         "{:select [:r.name] :from [[:ringer :r]] :left-join [[:attendance :a] [:= :a.ringer_id :r.id]] "
         ":where [:= :a.tower_id 3]} - or put the condition in the join clause to keep unmatched rows."),
    chat(None, (10, 50), "Why pass #'app instead of app to run-server?", "Passing the var means the server "
         "calls whatever the var holds now, so re-evaluating the handler at the REPL takes effect without a "
         "restart.", src="cursor", files=["src/bellcote/server.clj"]),
    note(None, (8, 40), "Benefice council: the Marsh Lacey bells are being rehung in spring; that tower is out "
         "of the rota for six weeks."),
    note(None, (20, 58), "Ringer survey: most people read the rota on their phones, two porches still want "
         "printed copies."),
    edit(None, (6, 30), "src/bellcote/views/layout.clj", "Nav gets a 'My Sundays' link next to the tower list."),
    edit(None, (12, 50), "src/bellcote/ics.clj", "Escape commas and semicolons in SUMMARY as RFC 5545 "
         "requires.", src="cursor"),
    file(None, (4, 35), "deps.edn", "{:paths [\"src\" \"resources\"]\n :deps {org.clojure/clojure "
         "{:mvn/version \"1.12.0\"}\n        metosin/reitit {:mvn/version \"0.7.2\"}\n        "
         "com.github.seancorfield/next.jdbc {:mvn/version \"1.3.939\"}\n        "
         "com.github.seancorfield/honeysql {:mvn/version \"2.6.1196\"}\n        integrant/integrant "
         "{:mvn/version \"0.10.0\"}}}"),
]

POOL = [
    pool("git status -sb", "## main...origin/main [ahead 1]", w=4),
    pool("git log --oneline -3", "3f1c2aa rota: tidy service query\n91bd0e4 views: porch print css\n"
         "0c77e21 ics: escape summary", w=2),
    pool("clojure -M:dev:nrepl", "nREPL server started on port 7888 on host localhost - nrepl://localhost:7888",
         w=3),
    pool("clojure -X:test", "Running tests in #{\"test\"}\n\nTesting bellcote.rota-test\n\nRan 23 tests "
         "containing 81 assertions.\n0 failures, 0 errors.", w=3, days=(4, 14)),
    pool("clojure -M:test", "[(.......................)(........)]\n46 tests, 201 assertions, 0 failures.",
         w=3, days=(15, 60)),
    pool("clojure -M:test --focus bellcote.reminders-test", "FAIL in bellcote.reminders-test/lead-time "
         "(reminders_test.clj:22)\nexpected: (= :tuesday (send-day sunday))\n  actual: (not (= :tuesday "
         ":friday))\n6 tests, 14 assertions, 1 failures.", code=1, w=1, days=(38, 42)),
    pool("clj-kondo --lint src", "linting took 640ms, errors: 0, warnings: 2", w=2),
    pool("clojure -M:cljfmt fix", None, w=1),
    pool("sqlite3 data/bellcote.db \"select count(*) from service where date >= date('now')\"", "12",
         w=2, days=(0, 35)),
    pool("mariadb bellcote -e \"SHOW TABLES\"", "+--------------------+\n| Tables_in_bellcote |\n"
         "+--------------------+\n| attendance         |\n| peal               |\n| ringer             |\n"
         "| service            |\n| tower              |\n+--------------------+", w=2, days=(36, 60)),
    pool("ssh bellvps sudo systemctl status bellcote --no-pager", "● bellcote.service - Bellcote rota\n"
         "     Active: active (running) since Tue 09:12:40 UTC; 2 days ago", w=2),
    pool("ssh bellvps sudo journalctl -u bellcote -n 5 --no-pager", "INFO bellcote.reminders - queued 31 "
         "reminders\nINFO bellcote.mail - sent 31, failed 0", w=1),
    pool("clojure -T:build uber", "Cleaning target\nCopying source...\nCompiling bellcote.main...\nBuilding "
         "uber jar target/bellcote-standalone.jar", w=2),
    pool("scp target/bellcote-standalone.jar bellvps:/opt/bellcote/", "bellcote-standalone.jar   100%   "
         "38MB  11.2MB/s   00:03", w=1),
    pool("npx shadow-cljs watch app", "shadow-cljs - HTTP server available at http://localhost:9630\n"
         "[:app] Build completed. (143 files, 2 compiled, 0 warnings, 3.41s)", w=2, days=(32, 60)),
    pool("clojure -M:outdated", "|                              :name | :current | :latest |\n"
         "| com.github.seancorfield/next.jdbc |  1.3.939 | 1.3.955 |", w=1),
    pool("curl -s localhost:3000/health", "{\"status\":\"ok\",\"db\":\"up\"}", w=1),
    pool("rg -n \"defn- \" src | wc -l", "38", w=1),
    pool("clojure -M:test", "FAIL in bellcote.ics-test/summary-escaping (ics_test.clj:17)\n45 tests, 196 "
         "assertions, 1 failures.", code=1, w=1, days=(15, 60)),
]

QUESTIONS = [
    q("paraphrase", "Why did ringers get asked to two towers at the same hour on Sunday?", ["bl.p1.a"],
      note="The clash check compared start minutes only.", distractors=["bl.p1.d"]),
    q("paraphrase", "Why did names with apostrophes, like O'Neill, break the roster page?", ["bl.p2.a"],
      note="Unescaped display strings inside an onclick attribute.", distractors=["bl.p2.d"]),
    q("paraphrase", "How come the reminder for Thursday practice reached people a day late?", ["bl.p3.a"],
      note="Cron ran on UTC after midnight BST, so 'tomorrow' was off by one.", distractors=["bl.p3.d"]),
    q("paraphrase", "Why did the site fall over for a few minutes every night around 3am?", ["bl.p4.a"],
      note="The SQLite backup held a write lock while requests waited.", distractors=["bl.p4.d"]),
    q("paraphrase", "Why did a beginner's tally for Plain Bob go back to nothing after they had another go?",
      ["bl.p5.a"], note="The upsert replaced the whole progress row.", distractors=["bl.p5.d"]),
    q("paraphrase", "Why did the live site not come back up after last week's upgrade?", ["bl.p6.a"],
      note="Jar compiled for JDK 21 on a VPS with Java 17.", distractors=["bl.p6.d"]),
    q("paraphrase", "Why did a quarter look shorter on the record page than what was actually rung?",
      ["bl.p7.a"], note="The composition parser dropped everything after part one.", distractors=["bl.p7.d"]),
    q("command_fact", "How many checks did the suite count when the tower clash test went red?", ["bl.c1.a"],
      note="Only the failing kaocha run shows that assertion total.", keys=["187 assertions"],
      distractors=["bl.c1.d"]),
    q("command_fact", "How many lint warnings did kondo flag across src and test?", ["bl.c2.a"],
      note="clj-kondo summary line.", keys=["warnings: 7"], distractors=["bl.c2.d"]),
    q("command_fact", "What version number was stamped on the jar I built just before the MariaDB move?",
      ["bl.c3.a"], note="The tools.build uber output names the jar.", keys=["0.4.118"], distractors=["bl.c3.d"]),
    q("command_fact", "How many ringers did the bell rota app's import load into the new database?",
      ["bl.c4.a"], note="The COUNT(*) query on the ringer table.", keys=["139"], distractors=["bl.c4.d"],
      null=True),
    q("command_fact", "Which outgoing stream do the rota emails go through at the mail provider?",
      ["bl.c5.a"], note="Named only in the commit message.", keys=["rota-outbound"], distractors=["bl.c5.d"]),
    q("command_fact", "Which exact Java build was on the VPS when the live site wouldn't start?", ["bl.c6.a"],
      note="java -version over ssh.", keys=["17.0.12"], distractors=["bl.c6.d"]),
    q("command_fact", "How slow was the rota page from outside when I timed it?", ["bl.c7.a"],
      note="curl -w time_total against /rota.", keys=["1.942"], distractors=["bl.c7.d"]),
    q("knowledge_update", "Which database does the rota app keep its data in now?", ["bl.k1.a"], ["bl.k1.o"],
      note="SQLite until day 36, then MariaDB 11."),
    q("knowledge_update", "How far ahead do rota reminders go out at the moment?", ["bl.k2.a"], ["bl.k2.o"],
      note="48 hours at first, now the Tuesday before."),
    q("knowledge_update", "What draws the method practice grid now?", ["bl.k3.a"], ["bl.k3.o"],
      note="Server-side Hiccup SVG was replaced by Reagent."),
    q("knowledge_update", "How many Sundays a month can one ringer be put down for currently?", ["bl.k4.a"],
      ["bl.k4.o1", "bl.k4.o2"], note="4, then 3, now 2 at the home tower plus offered visits."),
    q("knowledge_update", "Which evening is band practice on now?", ["bl.k5.a"], ["bl.k5.o"],
      note="Thursday until day 31, then Tuesday."),
    q("knowledge_update", "How do people log into the bell-ringing rota app now?", ["bl.k6.a"], ["bl.k6.o"],
      note="Shared tower passwords replaced by emailed sign-in links.", null=True),
    q("first_attempt", "How was the Sunday rota drawn up at the very start?", ["bl.f1.a"],
      ["bl.f1.l1", "bl.f1.l2"], note="A shared spreadsheet, then a greedy filler, then a constraint model."),
    q("first_attempt", "How was config loaded initially?", ["bl.f2.a"], ["bl.f2.l"],
      note="Environment variables before aero."),
    q("first_attempt", "What HTTP server did we begin with?", ["bl.f3.a"], ["bl.f3.l"],
      note="ring-jetty-adapter, later http-kit."),
    q("first_attempt", "Before the BellBoard import, how did peals get in?", ["bl.f4.a"], ["bl.f4.l"],
      note="Typed in through a form."),
    q("first_attempt", "What ran the tests originally?", ["bl.f5.a"], ["bl.f5.l"],
      note="The cognitect test-runner alias, replaced by kaocha on day 15."),
    q("first_attempt", "In the bell-ringing app, how were method names entered to begin with?", ["bl.f6.a"],
      ["bl.f6.l"], note="Free text before the CCCBR library.", null=True),
]
