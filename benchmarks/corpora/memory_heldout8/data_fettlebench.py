"""fettlebench: Perl 5 / Mojolicious app for a repair cafe (queue, intake, outcomes, labels)."""
from authoring import chat, commit, edit, file, note, pool_cmd as P, q, sh

NAME, ABBR, CWD = "fettlebench", "fb", "~/code/fettlebench"

RECORDS = [
    note("f1", 0, "Queue: paper raffle tickets at the door and a whiteboard with the number being served."),
    note("f2", 1, "Deps: cpanm straight into the system perl with sudo."),
    note("k1o", 2, "DB: an SQLite file, fettle.db, through DBIx::Class. Fine for one laptop."),
    note("f3", 2, "Framework: Dancer2 with Template::Toolkit views."),
    commit("k2o", 3, "Add Test::Mojo tests, run with prove -lr t/", ["A t/basic.t", "A t/intake.t"]),
    edit("f7", 3, "fettlebench.conf", "event_password_hash => '...'  # auth: one shared event password for every "
         "fixer"),
    note("f4", 4, "Hosting: morbo on the cafe laptop; visitors' phones reach it over the hall wifi at "
         "http://10.0.0.5:3000."),
    note("k3o1", 5, "Tickets: numbered from 1 at each event, no prefix."),
    commit("f3l", 6, "Port from Dancer2 to Mojolicious\n\nThe queue board needs WebSockets and Mojolicious has them "
           "built in.", ["A lib/Fettle.pm", "A script/fettlebench", "D bin/app.psgi"]),
    note("k5o", 8, "Labels: Dymo LabelWriter 450 through CUPS (lp -d dymo)."),
    edit("k4o", 9, "lib/Fettle/Intake.pm", "use constant MAX_ITEMS_PER_VISITOR => 2;"),
    commit("k6o", 10, "Record the repair outcome: fixed / not fixed", ["M lib/Fettle/Outcome.pm"]),
    commit("f1l", 11, "Queue board page with WebSocket updates", ["A lib/Fettle/Controller/Queue.pm", "A public/js/board.js"]),
    commit("f2l", 12, "Pin dependencies with Carton (cpanfile + cpanfile.snapshot)", ["A cpanfile", "A cpanfile.snapshot"]),
    sh("c1d", 13, "perl -v | head -2", "\nThis is perl 5, version 38, subversion 2 (v5.38.2) built for darwin-2level"),
    note("f5", 14, "Reporting: export a CSV after each event and paste it into the Restart Project's shared spreadsheet."),
    edit("p2", 15, "lib/Fettle/Model.pm", "Set sqlite_unicode => 1 in the DBI connect options; é went in as bytes and "
         "came back as Ã©.", src="cursor"),
    note("p2d", 15, "Item stickers need the visitor's names and a short code; Pat wants the accented fonts to come out "
         "bolder."),
    note("f6", 16, "Background work: Mojo::IOLoop->subprocess forks for label printing and the e-mail digest."),
    sh("c3d", 17, "prove -lr t/", "t/queue.t ..... 1/? \n#   Failed test 'ticket increments'\nFiles=23, Tests=317,  "
       "5 wallclock secs\nResult: FAIL", code=1),
    sh("c3", 17, "prove -lr t/", "All tests successful.\nFiles=23, Tests=318,  4 wallclock secs ( 0.09 usr  0.02 sys)\n"
       "Result: PASS"),
    commit("f4l", 18, "Deploy with hypnotoad behind nginx on mendvps", ["A deploy/nginx.conf", "A deploy/fettlebench.service"]),
    sh("c1", 18, "ssh mendvps 'perl -v | head -2'", "\nThis is perl 5, version 34, subversion 0 (v5.34.0) built for "
       "x86_64-linux-gnu-thread-multi"),
    note("k5", 19, "Labels now print on a Brother QL-700 through brother_ql; the Dymo driver kept dropping off CUPS "
         "on the hall laptop."),
    edit("p6", 20, "fettlebench.yml", "Add trusted_proxies: ['127.0.0.1'] so X-Forwarded-Proto is honoured; the session "
         "cookie is secure-only and Mojolicious thought every request was plain http."),
    note("p6d", 20, "Helpers: log in on the front desk laptop and leave the app open; the nginx status page is for me "
         "only."),
    commit("k3o2", 20, "Prefix tickets with the bench letter (A12, E3)\n\nVisitors got confused when two benches called "
           "the same number.", ["M lib/Fettle/Queue.pm"]),
    commit("f7l", 21, "Per-volunteer accounts with Argon2 password hashes", ["A lib/Fettle/Auth.pm", "A migrations/3.sql"]),
    sh("c2d", 22, "carton exec -- perl -MMojolicious -e 'print $Mojolicious::CODENAME'", "Waffle"),
    sh("c2", 22, "carton install", "Installing modules using /home/dev/fettlebench/cpanfile\nSuccessfully installed "
       "Mojolicious-9.37\nSuccessfully installed Minion-10.29\nComplete! Modules were installed into "
       "/home/dev/fettlebench/local"),
    commit("p1", 23, "Send a WebSocket ping every 20 s from the queue board\n\nnginx's proxy_read_timeout (60 s) was "
           "dropping idle sockets, and the board never reconnected.", ["M public/js/board.js",
           "M lib/Fettle/Controller/Queue.pm"]),
    note("p1d", 23, "Big telly in the hall: display the waiting list in a large font. Nobody joining after 3pm, so stop "
         "updating the sign-up sheet then."),
    commit("k2", 24, "Run tests with yath (Test2::Harness)\n\nParallel jobs and a preload of Mojolicious cut the suite "
           "from 41 s to 9 s.", ["A .yath.rc", "M cpanfile"]),
    commit("p3", 26, "Move QL-700 output into a Minion task\n\nThe synchronous brother_ql call held a hypnotoad worker "
           "for ~8 s and there are only 2 workers, so other requests queued behind it.",
           ["A lib/Fettle/Task/Label.pm", "M lib/Fettle/Labels.pm"]),
    note("p3d", 26, "Each time an item comes in, whoever is on the desk makes a sticker; everyone should check the whole "
         "site plan for the fire exits."),
    note("f5l", 27, "Reporting now goes through our own Open Repair Data (ORDS) export file after each event."),
    sh("c4d", 28, "carton exec -- ./script/fettlebench minion job -l 3", "41  finished  default  print_label\n40  failed"
       "    default  print_label\n39  finished  default  print_label"),
    sh("c4", 28, "carton exec -- ./script/fettlebench minion job -s", "{\n  active_jobs => 1,\n  delayed_jobs => 0,\n"
       "  enqueued_jobs => 2061,\n  failed_jobs => 17,\n  finished_jobs => 2043,\n  workers => 1\n}"),
    note("p5", 29, "The systemd unit ran plain `perl`, so it picked up Debian's older Mojolicious from /usr/share/perl5 "
         "instead of the one in local/ from cpanfile.snapshot. ExecStart now uses `carton exec -- hypnotoad -f`."),
    note("p5d", 29, "Live demo at the library: my machine and the hall laptop behaved differently with the projector. "
         "The code for the door is identical."),
    commit("k6", 30, "Outcomes: fixed, repairable, end of life\n\nMatches the Open Repair Data categories; 'advised' is "
           "kept as a sub-reason.", ["M lib/Fettle/Outcome.pm", "A migrations/5.sql"]),
    sh("c5d", 31, "sqlite3 fettle.db \"SELECT COUNT(*) FROM repairs WHERE outcome IS NULL\"", "63"),
    sh("c5", 31, "sqlite3 fettle.db \"SELECT COUNT(*) FROM repairs\"", "1874"),
    commit("k1", 32, "Move to PostgreSQL 16 with Mojo::Pg\n\nhypnotoad's preforked workers kept hitting 'database is "
           "locked' on SQLite at busy events.", ["A migrations/fettle.sql", "M lib/Fettle.pm", "D lib/Fettle/Schema.pm"]),
    note("f6l2", 34, "Minion now runs on the Pg backend, so queued jobs survive a restart."),
    commit("c6d", 36, "Label template: bigger font for the printer's item number and a QR", ["M templates/label.html.ep"]),
    commit("c6", 36, "Switch to 62 mm continuous labels (DK-22205) on the QL-700\n\nDie-cut 29x90 rolls ran out "
           "mid-event; continuous tape is cut to length per item.", ["M lib/Fettle/Task/Label.pm"]),
    note("k4", 38, "Committee decision: one item per visitor per event; a second item goes to the back of the queue."),
    note("p4", 41, "ORDS export: our outcome 'advised' has to map to 'Repairable', and dates must be YYYY-MM-DD. The "
         "upload rejected 146 rows."),
    note("p4d", 41, "National Repair Day: tally the figures by hand too in case the wifi gets thrown; submitted photos "
         "go to the newsletter."),
    note("k3", 45, "Tickets are back to plain numbers from 1 each event; the bench now shows as a colour on the board "
         "instead of a letter prefix, because letters were misheard in the hall."),
]

QUESTIONS = [
    q("paraphrase", "How come the waiting-list display on the big telly stopped updating after a minute or so of "
      "nobody joining?", "p1", note="nginx dropped idle WebSockets; ping every 20 s.", dis=["p1d"]),
    q("paraphrase", "Why did accented names come out as gibberish on the item stickers?", "p2",
      note="sqlite_unicode not set; bytes stored instead of characters.", dis=["p2d"]),
    q("paraphrase", "Why did the whole site seize up for everyone each time we made a sticker for an item?", "p3",
      note="Synchronous brother_ql call blocked one of two hypnotoad workers.", dis=["p3d"]),
    q("paraphrase", "Why did the figures we submitted to the national tally get thrown back?", "p4",
      note="ORDS outcome mapping and date format.", dis=["p4d"]),
    q("paraphrase", "How come the live copy behaved differently from my machine even though the code was identical?",
      "p5", note="systemd used system perl and Debian's Mojolicious, not carton's local/.", dis=["p5d"]),
    q("paraphrase", "Why couldn't helpers log in anymore once nginx sat in front of the app?", "p6",
      note="Secure session cookie without trusted proxies.", dis=["p6d"]),
    q("command_fact", "Which Perl version does the repair café's server ship with out of the box?", "c1",
      keys=["v5.34.0"], null=True, note="perl -v over ssh on mendvps.", dis=["c1d"]),
    q("command_fact", "Which Mojolicious release did carton pull into local/?", "c2", keys=["Mojolicious-9.37"],
      note="carton install output.", dis=["c2d"]),
    q("command_fact", "How many individual tests did prove count on the last clean run before we moved runners?", "c3",
      keys=["Tests=318"], note="The passing prove run after the failing one.", dis=["c3d"]),
    q("command_fact", "How many label-printing jobs had failed in the queue when I checked the stats?", "c4",
      keys=["failed_jobs => 17"], note="minion job -s output.", dis=["c4d"]),
    q("command_fact", "How many repair records did the old SQLite file hold before the move?", "c5", keys=["1874"],
      note="COUNT(*) on repairs before the Postgres move.", dis=["c5d"]),
    q("command_fact", "Which label roll does the sticker printer take?", "c6", keys=["DK-22205"],
      note="Commit switching to 62 mm continuous labels.", dis=["c6d"]),
    q("knowledge_update", "What database does the repair café app use now?", "k1", old=["k1o"], null=True,
      note="SQLite, then PostgreSQL 16."),
    q("knowledge_update", "What do we run the test suite with these days?", "k2", old=["k2o"], note="prove, then yath."),
    q("knowledge_update", "How are queue tickets numbered at the moment?", "k3", old=["k3o1", "k3o2"],
      note="plain numbers -> bench letter prefix -> plain numbers with a bench colour."),
    q("knowledge_update", "How many items can one visitor bring to the bench now?", "k4", old=["k4o"],
      note="2 items, then 1 per visitor."),
    q("knowledge_update", "Which sticker printer do we use at events now?", "k5", old=["k5o"],
      note="Dymo via CUPS, then Brother QL-700."),
    q("knowledge_update", "What outcome options do fixers pick from now?", "k6", old=["k6o"],
      note="fixed / not fixed, then the three ORDS categories."),
    q("first_attempt", "How did we manage the waiting queue at the very first events?", "f1", old=["f1l", "p1"],
      note="Raffle tickets and a whiteboard before the WebSocket board."),
    q("first_attempt", "How did we install CPAN modules originally?", "f2", old=["f2l"], note="cpanm into system perl."),
    q("first_attempt", "Which web framework did the repair café app start with?", "f3", old=["f3l"], null=True,
      note="Dancer2 before Mojolicious."),
    q("first_attempt", "Where did the app run at the start?", "f4", old=["f4l", "p6"],
      note="morbo on the cafe laptop before hypnotoad/nginx."),
    q("first_attempt", "How did we send our numbers to the national network initially?", "f5", old=["f5l", "p4"],
      note="CSV pasted into the Restart Project spreadsheet before ORDS."),
    q("first_attempt", "Before Minion, how did slow work run in the background?", "f6", old=["p3", "f6l2"],
      note="Mojo::IOLoop->subprocess forks."),
    q("first_attempt", "How did fixers log in to begin with?", "f7", old=["f7l"], note="Shared event password."),
]

FILLERS = [
    commit(None, None, "Intake form: add 'item category' dropdown", ["M templates/intake.html.ep"], win=(6, 60)),
    commit(None, None, "Board: show average wait per bench", ["M public/js/board.js"], win=(11, 60)),
    commit(None, None, "Helper page: list of fixers and their skills", ["A templates/fixers.html.ep"], win=(21, 60)),
    commit(None, None, "Add visitor consent checkbox for photos", ["M lib/Fettle/Intake.pm"], win=(6, 60)),
    commit(None, None, "Route cleanup: group /api under one under()", ["M lib/Fettle.pm"], win=(6, 60)),
    chat(None, None, "User: Mojo::Template vs Template::Toolkit for the intake pages?\nAssistant: Stay with .ep "
         "templates; they are built in, fast, and layouts cover what you need.", win=(6, 60)),
    chat(None, None, "User: clean up the intake controller?\nAssistant: Split validation into "
         "Fettle::Validator::Intake and return early on errors.", src="cursor", files=["lib/Fettle/Controller/Intake.pm"],
         win=(8, 60)),
    note(None, None, "Next event at St Mark's hall: bring the extension reels and the PAT tester.", win=(5, 60)),
    note(None, None, "Fixers asked for a parts wishlist page (fuses, kettle switches, zip pullers).", win=(10, 60)),
    edit(None, None, "templates/board.html.ep", "Larger font for the current ticket and a clock in the corner.", win=(11, 60)),
    edit(None, None, "lib/Fettle/Intake.pm", "Trim whitespace from phone numbers before saving.", src="cursor", win=(6, 60)),
    file(None, None, "cpanfile", "requires 'Mojolicious', '>= 9.3';\nrequires 'Minion';\nrequires 'Mojo::Pg';\n"
         "on test => sub { requires 'Test2::Harness'; };", win=(34, 60)),
]

POOL = [
    P("git status -sb", "## main...origin/main\n M lib/Fettle/Intake.pm", w=4),
    P("morbo script/fettlebench", "Web application available at http://127.0.0.1:3000", w=3, win=(6, 11)),
    P("carton exec -- morbo script/fettlebench", "Web application available at http://127.0.0.1:3000", w=4, win=(12, 60)),
    P("prove -l t/intake.t", "t/intake.t .. ok\nAll tests successful.\nResult: PASS", w=3, win=(3, 23)),
    P("yath test -j4", "Yath Result Summary\n     File Count: 27\nAssertion Count: 349\n      Wall Time: 8.94 seconds\n"
      "PASSED", w=3, win=(24, 60)),
    P("yath test t/queue.t", "( FAILED )  job  1    t/queue.t\nFAILED", code=1, w=1, win=(24, 60)),
    P("perltidy -b lib/Fettle/Queue.pm", "", w=1),
    P("perlcritic --gentle lib", "lib/Fettle/Labels.pm: Loop iterator is not lexical at line 44, column 5.  "
      "(Severity: 5)", code=2, w=1, win=(8, 60)),
    P("perl -c lib/Fettle/Queue.pm", "syntax error at lib/Fettle/Queue.pm line 57, near \"}\"\nlib/Fettle/Queue.pm had "
      "compilation errors.", code=255, w=1, win=(6, 60)),
    P("sqlite3 fettle.db .tables", "items      outcomes   repairs    tickets    visitors", w=2, win=(2, 31)),
    P("psql fettlebench -c '\\dt'", " public | items    | table | fettle\n public | repairs  | table | fettle\n public | "
      "tickets  | table | fettle", w=2, win=(32, 60)),
    P("ssh mendvps 'systemctl status fettlebench --no-pager | head -3'", "● fettlebench.service - fettlebench "
      "(hypnotoad)\n     Active: active (running) since Sat 09:02:11 UTC", w=2, win=(18, 60)),
    P("carton exec -- ./script/fettlebench routes", "/queue/ws  WS  queue_ws\n/intake  GET,POST  intake\n/board  GET  board",
      w=1, win=(11, 60)),
    P("cpanm --installdeps .", "--> Working on .\nConfiguring fettlebench-0.01 ... OK\n12 distributions installed", w=1,
      win=(1, 11)),
    P("tail -n 2 log/development.log", "[2024-05-11 10:14:07.21] [8812] [debug] GET \"/board\"\n[2024-05-11 "
      "10:14:07.22] [8812] [debug] 200 OK (0.004s)", w=2),
    P("curl -s localhost:3000/api/queue | jq length", "14", w=1, win=(11, 60)),
    P("brother_ql -m QL-700 -p usb://0x04f9:0x2042 print -l 62 label.png", "Printing was successful.", w=1,
      win=(19, 60)),
    P("carton exec -- ./script/fettlebench migrate", "Migrated from 4 to 5.", w=1, win=(32, 60)),
    P("cpanm Perl::Tidy Perl::Critic", "Successfully installed Perl-Tidy-20240511\n2 distributions installed", w=1),
]
