"""kitewing: flying log, launch billing and member accounts for a gliding club.

Stack: Common Lisp on SBCL 2.3.11 -> 2.4.9 (Roswell), Quicklisp -> qlot, Hunchentoot,
cl-who -> Spinneret, cl-sqlite -> Postmodern (Postgres 16), FiveAM, save-lisp-and-die binary
under systemd on `winchvps`, a tablet at the launch point.
"""
from authoring import sh, commit, note, chat, edit, file, pool_cmd, q

PROJECT = "kitewing"
ABBR = "kw"
CWD = "~/src/kitewing"

RECORDS = [
    # ---------------- paraphrase: answers and distractors ----------------
    commit("kw-p1-a", 15,
           "Reject logbook rows whose landing precedes the takeoff instead of wrapping past midnight\n\n"
           "The tablet keypad sent 1:15 for 13:15, and sortie-duration quietly added 24 hours.",
           [("M", "src/logbook.lisp"), ("M", "t/logbook-tests.lisp")]),
    note("kw-p1-d", 16,
         "Afternoon flights on Saturday: the whole day was soaring weather, almost every flight "
         "over an hour. Show the ridge photos at the AGM."),
    commit("kw-p2-a", 21,
           "Don't bill aborted winch attempts\n\n"
           "A rope break under 300 ft gets its own row with :aborted t, and invoice-lines summed "
           "it like any other. Now filtered in billable-rows.",
           [("M", "src/billing.lisp"), ("M", "t/billing-tests.lisp")]),
    note("kw-p2-d", 22,
         "Cable snapped twice on the old winch drum this month; the pilots say the launch was "
         "smooth otherwise. Order a new cable and weak links."),
    chat("kw-p3-a", 27,
         "User: generating the flight-history PDF takes 40 s and the UI freezes meanwhile.\n"
         "Assistant: It renders inside (bt:with-lock-held (*db-lock*) ...), so every other "
         "request thread waits on that mutex. Copy the rows out under the lock, release it, then "
         "build the PDF.", src="cursor", files=["src/export.lisp"]),
    note("kw-p3-d", 28,
         "Everyone wants to export their logbook before the BGA badge claims. One person asked "
         "for a web page that lists their flights by type."),
    edit("kw-p4-a", 25, "src/billing.lisp",
         "low-balance-warning now checks the figure after subtracting the fee; it used to test "
         "the pre-fee amount, so a £4 account paying £10.50 slipped through silently."),
    note("kw-p4-d", 26,
         "Junior accounts: the county grant covers four juniors this year. Nobody has gone "
         "solo yet but the accounts are set up."),
    commit("kw-p5-a", 34,
           "Give each tablet row a UUID and upsert on it\n\n"
           "Re-sending the offline queue after the signal dropped inserted the same sortie again.",
           [("M", "src/sync.lisp"), ("A", "migrations/009-sortie-uuid.sql")]),
    note("kw-p5-d", 35,
         "Yearly totals for the BGA return: launch totals look fine, the paper sheets from "
         "2025 are in the big box in the clubhouse."),
    commit("kw-p6-a", 40,
           "Make the member-photo cache a weak :value hash table; raise --dynamic-space-size to 2048\n\n"
           "SBCL died with 'Heap exhausted' after about 12 days of uptime.",
           [("M", "src/photos.lisp"), ("M", "deploy/kitewing.service")]),
    note("kw-p6-d", 41,
         "Club website: the couple of pages about trial flights need new photos; someone from "
         "the committee will send them in a week or two."),
    note("kw-p7-a", 44,
         "Experience-evening guests were listed among people in the club phone list: the "
         "roster filter only excluded :day-pass, not :intro-flight. Fixed in roster.lisp."),
    note("kw-p7-d", 45,
         "Trial lesson vouchers: visitors can now appear on the flying list as a guest, the "
         "member directory stays as it is."),

    # ---------------- command_fact ----------------
    sh("kw-c1-a", 2, "ros run -- --load run.lisp",
       ";; loading kitewing ...\nHunchentoot 1.3.0 listening on 127.0.0.1:4243"),
    chat("kw-c1-d", 37,
         "User: can the app listen on port 80 directly on winchvps?\n"
         "Assistant: Run it behind nginx instead; binding a port below 1024 needs root."),
    sh("kw-c2-a", 23, "qlot exec ros run -e '(asdf:test-system :kitewing)' -q",
       "Running test suite KITEWING-SUITE\n Running test suite BILLING ......\n"
       " Did 214 checks.\n    Pass: 214 (100%)\n    Skip: 0 ( 0%)\n    Fail: 0 ( 0%)"),
    sh("kw-c2-d", 23, "qlot exec ros run -e '(5am:run! (quote kitewing-tests::billing))' -q",
       " Running test suite BILLING\n Did 38 checks.\n    Pass: 37 (97%)\n    Fail: 1 ( 2%)\n"
       " BILLING-JUNIOR-RATE: expected 700, got 900", exit=1),
    sh("kw-c3-a", 30, "ls -lh bin/kitewing",
       "-rwxr-xr-x 1 ana ana 47M Nov  4 21:10 bin/kitewing"),
    note("kw-c3-d", 30,
         "Shipping the compiled executable: winchvps only needs the binary and the service "
         "file, no Lisp install on the server."),
    sh("kw-c4-a", 48, "psql kitewing -c \"select count(*) from sorties where season = 2026\"",
       " count \n-------\n  3118\n(1 row)"),
    sh("kw-c4-d", 48, "psql kitewing -c \"select count(*) from sorties where season = 2025\"",
       " count \n-------\n  2871\n(1 row)"),
    sh("kw-c5-a", 6, "ros run -e '(progn (print (ql:dist-version \"quicklisp\")) (terpri))' -q",
       "\n\"2023-10-21\""),
    sh("kw-c5-d", 6, "ros run -e '(ql:update-all-dists)' -q",
       "1 dist to check.\nYou already have the latest version of \"quicklisp\": 2023-10-21-dist."),
    commit("kw-c6-a", 19, "Pin hunchentoot v1.3.1 in qlfile",
           [("M", "qlfile"), ("M", "qlfile.lock")]),
    sh("kw-c6-d", 19, "qlot install",
       "Installing dist \"quicklisp\" version \"2024-10-12\".\nInstalling \"hunchentoot\" from github."),
    sh("kw-c7-a", 52, "ssh winchvps systemctl status kitewing --no-pager",
       "● kitewing.service - kitewing flying log\n     Active: active (running) since Mon 2026-11-23 06:12:40 UTC\n"
       "   Main PID: 812 (kitewing)\n     Memory: 312.4M\n        CPU: 41min 8.213s"),
    sh("kw-c7-d", 52, "ssh winchvps systemctl status postgresql --no-pager",
       "● postgresql.service - PostgreSQL RDBMS\n     Active: active (running)\n"
       "     Memory: 96.1M"),

    # ---------------- more paraphrase / command_fact ----------------
    commit("kw-p8-a", 29,
           "Keep the launch queue in a table, not in the image\n\n"
           "It lived in a special variable inside the Lisp process, so each restart of the "
           "service emptied it.",
           [("M", "src/queue.lisp"), ("A", "migrations/006-launch-queue.sql")]),
    note("kw-p8-d", 30,
         "Order of who goes next at the launch point: instructors first on weekdays. Update "
         "the app's help page whenever the rota changes."),
    edit("kw-p9-a", 32, "src/billing.lisp",
         "Money is integer minor units everywhere now; amounts were single-floats and "
         "(reduce #'+ ...) drifted by 1-3p over a month."),
    note("kw-p9-d", 33,
         "Treasurer's spreadsheet for the bank: add the statement for October; a few pence of "
         "interest came in."),
    sh("kw-c8-a", 51, "psql kitewing -c \"select registration, launches from glider_usage order by launches desc limit 2\"",
       " registration | launches \n--------------+----------\n G-CKHW       |      412\n G-DEWL       |      367\n(2 rows)"),
    sh("kw-c8-d", 51, "psql kitewing -c \"select registration from gliders where inspection_due < now()\"",
       " registration \n--------------\n G-DDXK\n(1 row)"),
    sh("kw-c9-a", 47, "curl -s -o /dev/null -w '%{time_total}\\n' https://kitewing.example.com/flying-list",
       "0.184213"),
    note("kw-c9-d", 47,
         "Flying list page: load it on the tablet before the first launch so the list is "
         "ready when the winch driver calls."),
    # ---------------- knowledge_update ----------------
    edit("kw-u1-o1", 3, "src/fees.lisp", "(defparameter *winch-launch-pence* 900)  ; winch launch fee £9.00"),
    commit("kw-u1-o2", 20, "Winch launch fee goes up to £10.50 (committee, October)",
           [("M", "src/fees.lisp")]),
    note("kw-u1-a", 46,
         "Winch launch fee is £11.00 from the 1 December committee meeting; juniors stay on £7. "
         "Changed *winch-launch-pence* to 1100."),
    commit("kw-u2-o", 8, "Aerotow charge: £30 per 1000 ft", [("M", "src/fees.lisp")]),
    commit("kw-u2-a", 39, "Aerotow charge now £34 per 1000 ft after the tug fuel increase",
           [("M", "src/fees.lisp"), ("M", "t/fees-tests.lisp")]),
    commit("kw-u3-o", 1, "Build with SBCL 2.3.11 via roswell", [("M", ".roswell-version"), ("M", "Makefile")]),
    note("kw-u3-a", 31,
         "Server now runs SBCL 2.4.9: rebuilt the binary with ros use sbcl-bin/2.4.9, all "
         "checks green."),
    note("kw-u4-o", 9, "Billing: flight minutes are rounded down to the whole minute."),
    edit("kw-u4-a", 36, "src/billing.lisp",
         "flight minutes are now rounded up to the whole minute (ceiling instead of floor), per "
         "the treasurer."),
    note("kw-u5-o", 24, "Nobody can be put on the flying list with an account balance below £0."),
    commit("kw-u5-a", 50,
           "Lowest balance to get on the flying list is now £25\n\n"
           "Below £25 the list shows 'top up first' and the duty instructor can override.",
           [("M", "src/flying-list.lisp")]),
    note("kw-u6-o", 4, "All the flying log data lives in one cl-sqlite file, data/kitewing.db."),
    commit("kw-u6-a", 22,
           "Move the flying log data to Postgres 16 via postmodern\n\n"
           "data/kitewing.db is imported once by scripts/import-sqlite.lisp.",
           [("M", "src/db.lisp"), ("A", "scripts/import-sqlite.lisp"), ("D", "src/sqlite.lisp")]),

    # ---------------- first_attempt ----------------
    note("kw-f1-a", 1,
         "For now the day's flights come in from the paper launch-point sheet: the duty pilot "
         "types them in the evening."),
    commit("kw-f1-l1", 12, "Tablet form at the launch point posts each flight as it happens",
           [("A", "src/tablet.lisp"), ("M", "src/routes.lisp")]),
    note("kw-f1-l2", 33,
         "Flights now queue on the tablet when there is no signal and sync when it comes back."),
    commit("kw-f2-a", 3, "Monthly invoices: PDF per member, emailed on the 1st",
           [("A", "src/invoices.lisp")]),
    commit("kw-f2-l", 24,
           "Replace monthly invoices with prepaid top-up accounts; members are billed per flight "
           "from their balance",
           [("M", "src/billing.lisp"), ("D", "src/invoices.lisp")]),
    commit("kw-f3-a", 2, "Render pages with cl-who", [("A", "src/pages.lisp")]),
    commit("kw-f3-l", 18, "Swap cl-who for spinneret for the HTML pages",
           [("M", "src/pages.lisp"), ("M", "kitewing.asd")]),
    note("kw-f4-a", 2,
         "Keeping it running on winchvps: ros run in a tmux session, reattach to restart."),
    commit("kw-f4-l", 26, "save-lisp-and-die binary and a systemd unit on winchvps",
           [("A", "deploy/kitewing.service"), ("A", "build.lisp")]),
    commit("kw-f5-a", 0, "Load libraries from whatever Quicklisp dist is in ~/quicklisp; no pinning",
           [("A", "kitewing.asd")]),
    commit("kw-f5-l", 14, "Pin library versions with qlot (qlfile + qlfile.lock)",
           [("A", "qlfile"), ("A", "qlfile.lock")]),
    commit("kw-f6-a", 5, "Wind on the flying list from the airport METAR (aviationweather.gov)",
           [("A", "src/wind.lisp")]),
    commit("kw-f6-l", 38, "Wind readings now come from our own anemometer at the winch",
           [("M", "src/wind.lisp"), ("A", "src/anemometer.lisp")]),

    # ---------------- fillers ----------------
    commit(None, (4, 20), "Duty roster page: instructors and tug pilots per day",
           [("A", "src/roster.lisp")]),
    commit(None, (28, 55), "Add BGA badge column to the member view", [("M", "src/pages.lisp")]),
    commit(None, (10, 50), "Fix typo in glider registration validation", [("M", "src/gliders.lisp")]),
    chat(None, (12, 40),
         "User: how do I make hunchentoot serve /static from a directory?\n"
         "Assistant: Push (hunchentoot:create-folder-dispatcher-and-handler \"/static/\" #p\"static/\") "
         "onto hunchentoot:*dispatch-table*.", src="cursor"),
    note(None, (5, 55), "Ask the CFI which two-seaters need their annual inspection logged."),
    edit(None, (15, 45), "src/gliders.lisp", "Added the K-21 and the Astir to the fleet list."),
    file(None, (30, 58), "kitewing.asd",
         "(defsystem \"kitewing\"\n  :depends-on (\"hunchentoot\" \"spinneret\" \"postmodern\" \"local-time\")\n"
         "  :components ((:module \"src\" :serial t ...)))"),
]

POOL = [
    pool_cmd("git status -sb", "## main...origin/main", w=3),
    pool_cmd("git pull --rebase", "Current branch main is up to date.", w=2),
    pool_cmd("ros run -- --load run.lisp", ";; loading kitewing ...\nstarted", w=2, days=(0, 13)),
    pool_cmd("qlot exec ros run -- --load run.lisp", ";; loading kitewing ...\nstarted", w=3, days=(14, 60)),
    pool_cmd("ros run -e '(asdf:test-system :kitewing)' -q",
             " Did 96 checks.\n    Pass: 96 (100%)", w=2, days=(0, 13)),
    pool_cmd("qlot exec ros run -e '(asdf:test-system :kitewing)' -q",
             " Did 171 checks.\n    Pass: 171 (100%)", w=2, days=(14, 22)),
    pool_cmd("qlot exec ros run -e '(asdf:test-system :kitewing)' -q",
             " Did 263 checks.\n    Pass: 263 (100%)", w=2, days=(24, 60)),
    pool_cmd("sqlite3 data/kitewing.db '.tables'", "gliders  members  sorties  fees", days=(0, 21)),
    pool_cmd("psql kitewing -c '\\dt'", "          List of relations\n public | gliders | table\n public | members | table\n public | sorties | table",
             days=(22, 60)),
    pool_cmd("tmux attach -t kitewing", "", days=(2, 25)),
    pool_cmd("ssh winchvps journalctl -u kitewing -n 20 --no-pager",
             "kitewing[812]: GET /flying-list 200\nkitewing[812]: POST /tablet/sortie 201", days=(26, 60)),
    pool_cmd("ros run -e '(print (lisp-implementation-version))' -q", "\"2.3.11\"", days=(0, 30)),
    pool_cmd("ros run -e '(print (lisp-implementation-version))' -q", "\"2.4.9\"", days=(31, 60)),
    pool_cmd("make binary", "[saving current Lisp image into bin/kitewing: writing ... done]", days=(26, 60)),
    pool_cmd("qlot exec ros run -e '(asdf:load-system :kitewing)' -q",
             "; caught WARNING:\n;   undefined variable: KITEWING::*TUG-RATE*\nUnhandled ASDF/FIND-COMPONENT:MISSING-DEPENDENCY",
             exit=1, days=(14, 40)),
    pool_cmd("curl -s localhost:4243/healthz", "ok", w=2),
    pool_cmd("rg -n 'defparameter \\*' src/fees.lisp", "3:(defparameter *winch-launch-pence* ...)"),
    pool_cmd("scp bin/kitewing winchvps:/opt/kitewing/", "kitewing   100%   47MB  11.2MB/s   00:04", days=(26, 60)),
]

QUESTIONS = [
    # paraphrase
    q("paraphrase", "Why did some afternoon flights show up as lasting almost a whole day?",
      ["kw-p1-a"], distractors=["kw-p1-d"],
      note="A landing time typed as 1:15 for 13:15 made the duration wrap past midnight by 24 h."),
    q("paraphrase", "How come pilots were charged for a launch when the cable snapped and they never got airborne?",
      ["kw-p2-a"], distractors=["kw-p2-d"],
      note="Aborted winch attempts (rope break rows) were summed into invoices."),
    q("paraphrase", "Why did the web page hang for everyone whenever one person exported their logbook?",
      ["kw-p3-a"], distractors=["kw-p3-d"],
      note="The PDF export held the global db mutex, blocking every request thread."),
    q("paraphrase", "Why did a few juniors' accounts go negative without anyone noticing?",
      ["kw-p4-a"], distractors=["kw-p4-d"],
      note="The low-balance warning checked the pre-fee amount."),
    q("paraphrase", "Why did the yearly launch totals look twice as big as the paper sheets?",
      ["kw-p5-a"], distractors=["kw-p5-d"],
      note="Re-sent offline queue duplicated sorties until rows got a UUID upsert."),
    q("paraphrase", "Why did the club website fall over every couple of weeks until someone restarted it?",
      ["kw-p6-a"], distractors=["kw-p6-d"],
      note="SBCL heap exhausted after ~12 days from an ever-growing photo cache."),
    q("paraphrase", "Why did visitors on trial lessons appear in the member directory?",
      ["kw-p7-a"], distractors=["kw-p7-d"],
      note="Roster filter excluded :day-pass but not :intro-flight guests."),
    # command_fact
    q("command_fact", "Which port does the gliding app listen on when I run it on my laptop?",
      ["kw-c1-a"], distractors=["kw-c1-d"], keys=["127.0.0.1:4243"],
      note="Only the Hunchentoot startup line shows the local address."),
    q("command_fact", "How many checks passed in the full test run just after the Postgres move?",
      ["kw-c2-a"], distractors=["kw-c2-d"], keys=["Pass: 214"],
      note="FiveAM summary of the day-23 full run."),
    q("command_fact", "How big is the compiled executable we ship to the server?",
      ["kw-c3-a"], distractors=["kw-c3-d"], keys=["ana ana 47M"],
      note="ls -lh of the save-lisp-and-die binary."),
    q("command_fact", "How many flights have we logged so far this season?",
      ["kw-c4-a"], distractors=["kw-c4-d"], keys=["3118"],
      note="psql count of sorties for season 2026."),
    q("command_fact", "Which Quicklisp dist date was installed before we started pinning?",
      ["kw-c5-a"], distractors=["kw-c5-d"], keys=["\"2023-10-21\""],
      note="ql:dist-version output on day 6."),
    q("command_fact", "Which version of the web server library did we pin in the lock file?",
      ["kw-c6-a"], distractors=["kw-c6-d"], keys=["v1.3.1"],
      note="Commit pinning hunchentoot in qlfile."),
    q("command_fact", "How much memory was the gliding club's service using when I last checked on it?",
      ["kw-c7-a"], distractors=["kw-c7-d"], keys=["312.4M"], null=True,
      note="systemctl status on winchvps shows Memory: 312.4M."),
    # knowledge_update
    q("knowledge_update", "How much do we charge for a winch launch now?",
      ["kw-u1-a"], outdated=["kw-u1-o1", "kw-u1-o2"],
      note="£9.00 -> £10.50 -> £11.00 (juniors £7)."),
    q("knowledge_update", "What's the current aerotow price per thousand feet?",
      ["kw-u2-a"], outdated=["kw-u2-o"], note="£30 -> £34 per 1000 ft."),
    q("knowledge_update", "Which SBCL release does the gliding club's server run these days?",
      ["kw-u3-a"], outdated=["kw-u3-o"], null=True, note="2.3.11 -> 2.4.9."),
    q("knowledge_update", "How are flight minutes rounded for billing at the moment?",
      ["kw-u4-a"], outdated=["kw-u4-o"], note="Rounded down -> rounded up."),
    q("knowledge_update", "What's the lowest account balance someone can have and still be put on the flying list?",
      ["kw-u5-a"], outdated=["kw-u5-o"], note="£0 -> £25."),
    q("knowledge_update", "Where does the flying log data live now?",
      ["kw-u6-a"], outdated=["kw-u6-o"], note="cl-sqlite file -> Postgres 16 via postmodern."),
    # first_attempt
    q("first_attempt", "How did the day's flights get into the system at the very start?",
      ["kw-f1-a"], outdated=["kw-f1-l1", "kw-f1-l2"],
      note="Paper sheet typed in the evening, before the tablet and its offline queue."),
    q("first_attempt", "How were members billed originally?",
      ["kw-f2-a"], outdated=["kw-f2-l"], note="Monthly PDF invoices before prepaid balances."),
    q("first_attempt", "What did we generate the HTML with at first?",
      ["kw-f3-a"], outdated=["kw-f3-l"], note="cl-who before spinneret."),
    q("first_attempt", "How did the gliding club app stay up on its server in the beginning?",
      ["kw-f4-a"], outdated=["kw-f4-l"], null=True, note="ros run in tmux before the binary + systemd."),
    q("first_attempt", "Before qlot, how did we manage library versions?",
      ["kw-f5-a"], outdated=["kw-f5-l"], note="Whatever the global Quicklisp dist had."),
    q("first_attempt", "Where did the wind readings on the flying list come from originally?",
      ["kw-f6-a"], outdated=["kw-f6-l"], note="Airport METAR before our anemometer."),
    q("paraphrase", "Why did the order of who goes next get wiped whenever I updated the app?",
      ["kw-p8-a"], distractors=["kw-p8-d"],
      note="The launch queue lived in a special variable and vanished on every restart."),
    q("paraphrase", "How come the treasurer's spreadsheet didn't add up to the bank statement by a few pence?",
      ["kw-p9-a"], distractors=["kw-p9-d"],
      note="Float money drifted when summed; now integer minor units."),
    q("command_fact", "Which of our gliders has been flown the most this year?",
      ["kw-c8-a"], distractors=["kw-c8-d"], keys=["G-CKHW"], note="glider_usage query ordered by launches."),
    q("command_fact", "How long did the flying list page take to load from outside?",
      ["kw-c9-a"], distractors=["kw-c9-d"], keys=["0.184213"], note="curl time_total against production."),
]
