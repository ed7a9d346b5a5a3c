"""gambitry: Swiss pairings, standings, ratings and club nights for a chess club.

Stack: Nim 2.0.2 -> 2.2.0, nimble, Jester -> Mummy, std/htmlgen -> Karax board, SQLite via
db_connector, std/unittest via `nimble test`, nph, scp + nohup -> systemd + Podman on
`rookvps`, SMTP -> Matrix room, ECF rating list -> ECF API.
"""
from authoring import sh, commit, note, chat, edit, file, pool_cmd, q

PROJECT = "gambitry"
ABBR = "gb"
CWD = "~/code/gambitry"

RECORDS = [
    # ---------------- paraphrase ----------------
    commit("gb-p1-a", 13,
           "Track previous opponents by member id\n\n"
           "The avoid-rematch set was built from board numbers, so it was reset every evening and "
           "the Dutch engine happily re-paired Tom and Ilse.",
           [("M", "src/pairing/dutch.nim"), ("M", "tests/tdutch.nim")]),
    note("gb-p1-d", 14,
         "Round four: the same two people on top board again, keep an eye on the clock at "
         "board one because they meet in the final round too."),
    commit("gb-p2-a", 31,
           "Record the assigned colour even when a game is forfeited\n\n"
           "Alternation only counted completed games; after a forfeit the colour-due flag reset, "
           "so Priya's history read W B B B B.",
           [("M", "src/pairing/colours.nim")]),
    note("gb-p2-d", 32,
         "Black pieces from the spare sets keep getting lost; almost every week one player "
         "asks for a replacement black queen."),
    commit("gb-p3-a", 30,
           "Stop scoring byes twice\n\n"
           "recordBye inserted a 1-0 row and the standings query also added ByePoints for every "
           "round without an opponent.",
           [("M", "src/standings.nim"), ("M", "tests/tstandings.nim")]),
    note("gb-p3-d", 31,
         "League table for the county: our A team has played more games than anyone and "
         "somebody asked whether points for defaults count."),
    chat("gb-p4-a", 24,
         "User: the pairing board takes 6 s to render with 60 boards.\n"
         "Assistant: each board row calls getRating(id) separately, so that is 120 SQL queries "
         "per render. Fetch every rating for the entrants in one query and look them up in a "
         "Table."),
    note("gb-p4-d", 25,
         "Friday tournament nights: the site needs the projector link on the front page; "
         "tournament hall opens at 18:30 and the site should say so."),
    commit("gb-p5-a", 16,
           "Parse ECF codes like 1450A: strip the category letter before parseInt\n\n"
           "The ValueError was caught and the rating silently became 0.",
           [("M", "src/ratings.nim"), ("M", "tests/tratings.nim")]),
    note("gb-p5-d", 17,
         "Visiting junior from Hollybank came to club night; his grade from the junior "
         "circuit should come through next month."),
    chat("gb-p6-a", 38,
         "User: the federation CSV import turns accented characters into garbage.\n"
         "Assistant: Nim strings are raw bytes and that file is Windows-1252, so you stored the "
         "1252 bytes as they were. Decode each line with convert(line, \"UTF-8\", "
         "\"windows-1252\") from std/encodings before inserting."),
    note("gb-p6-d", 39,
         "Results page: add names of the prize winners; José and Zoë both want their results "
         "page entries to link to their lichess accounts."),
    commit("gb-p7-a", 44,
           "Drop withdrawn entrants from the pool before pairing\n\n"
           "A missing index raised IndexDefect; release builds keep bound checks on.",
           [("M", "src/pairing/pool.nim")]),
    note("gb-p7-d", 45,
         "Event for the spring: the app should let someone register halfway through the "
         "season if the event still has places."),

    # ---------------- command_fact ----------------
    sh("gb-c1-a", 7, "wc -l data/ecf/rating_list_2026-10.csv",
       "14209 data/ecf/rating_list_2026-10.csv"),
    sh("gb-c1-d", 7, "head -2 data/ecf/rating_list_2026-10.csv",
       "ECF_code,Name,Club,Standard,Rapid\n120001A,\"Abbott, Jan\",Wyvern,1812,1790"),
    sh("gb-c2-a", 34, "nimble build -d:release && ls -lh gambitry",
       "   Building gambitry/gambitry using c backend\n   Success: All targets built successfully.\n"
       "-rwxr-xr-x 1 ilse ilse 1.9M Nov  8 20:41 gambitry"),
    sh("gb-c2-d", 34, "nimble build && ls -lh gambitry",
       "   Building gambitry/gambitry using c backend\n-rwxr-xr-x 1 ilse ilse 4.6M Nov  8 20:37 gambitry"),
    sh("gb-c3-a", 21, "./gambitry",
       "INFO Mummy server starting\nINFO Serving on http://0.0.0.0:5077"),
    note("gb-c3-d", 21,
         "Framework switch to Mummy: port the route handlers one by one; the chess app keeps "
         "the same URLs."),
    sh("gb-c4-a", 41, "sqlite3 data/club.db 'select status, count(*) from members group by status'",
       "active|64\nlapsed|23\njunior|11"),
    sh("gb-c4-d", 41, "sqlite3 data/club.db 'select count(*) from entries where event_id = 12'",
       "38"),
    commit("gb-c5-a", 28, "Bump karax to 1.3.3 for the pairing board",
           [("M", "gambitry.nimble")]),
    sh("gb-c5-d", 28, "nimble install karax",
       "Downloading https://github.com/karaxnim/karax using git\n   Success: karax installed successfully."),
    sh("gb-c6-a", 35, "hyperfine './bin/pair --round 7 bench/open2025.trf'",
       "Benchmark 1: ./bin/pair --round 7 bench/open2025.trf\n"
       "  Time (mean ± σ):      38.2 ms ±   1.1 ms    [User: 35.0 ms, System: 2.9 ms]\n"
       "  Range (min … max):    36.7 ms …  41.9 ms    74 runs"),
    sh("gb-c6-d", 35, "./bin/pair --round 7 bench/open2025.trf | head -3",
       "Round 7: 142 players, 71 boards\n  1  Nakamura-Smith (2231) - Ellery (2198)\n  2  Brandt (2190) - Okafor (2187)"),
    sh("gb-c7-a", 50, "curl -s https://chess.example.com/api/health",
       "{\"status\":\"ok\",\"version\":\"0.14.2\",\"db\":\"ok\"}"),
    sh("gb-c7-d", 50, "curl -s https://staging.chess.example.com/api/health",
       "{\"status\":\"ok\",\"version\":\"0.15.0-dev\",\"db\":\"ok\"}"),

    # ---------------- more paraphrase / command_fact ----------------
    commit("gb-p8-a", 43,
           "Send Cache-Control: no-store on /api/board\n\n"
           "nginx kept the JSON for an hour, so the hall screen stayed on the previous pairing.",
           [("M", "src/web.nim"), ("M", "deploy/nginx.conf")]),
    note("gb-p8-d", 44,
         "Projector for the hall: last week the new bulb was published in the club bulletin; "
         "show the draw for the knockout cup on it."),
    note("gb-p9-a", 12,
         "Wrapped the ECF CSV insertion in BEGIN/COMMIT: every one of the ~14k INSERTs was its "
         "own SQLite transaction with an fsync. 40 min down to 3 s."),
    note("gb-p9-d", 13,
         "Loading the new grades box: the club box file takes an evening to sort; the box of "
         "spare sets is most of the weight."),
    sh("gb-c8-a", 23, "nimble list --installed | grep mummy", "mummy  [0.4.6]"),
    sh("gb-c8-d", 23, "nimble search mummy",
       "mummy:\n  url:         https://github.com/guzba/mummy (git)\n  description: Multi-threaded HTTP + WebSocket server"),
    sh("gb-c9-a", 53, "sqlite3 data/club.db 'select count(*) from games'", "2318"),
    sh("gb-c9-d", 53, "sqlite3 data/club.db 'select count(*) from games where event_id = 12'", "96"),
    # ---------------- knowledge_update ----------------
    edit("gb-u1-o", 6, "src/standings.nim", "const ByePoints = 0.5  # the player with the bye scores half a point"),
    commit("gb-u1-a", 29,
           "The player who gets the bye now scores a full point (ByePoints = 1.0), as the "
           "committee agreed", [("M", "src/standings.nim")]),
    note("gb-u2-o1", 5, "Club nights use 90+30 as the time control."),
    commit("gb-u2-o2", 22, "Default time control for club nights is now 75+15",
           [("M", "src/events.nim")]),
    note("gb-u2-a", 47,
         "Club nights now use 60+15 as the time control so games finish before the hall "
         "closes at 22:30."),
    commit("gb-u3-o", 8, "Tiebreaks: Buchholz first, then Sonneborn-Berger",
           [("M", "src/tiebreaks.nim")]),
    note("gb-u3-a", 37,
         "Tiebreak order changed: direct encounter is applied first, then Buchholz cut-1, then "
         "Sonneborn-Berger."),
    commit("gb-u4-o", 0, "Require Nim 2.0.2 in gambitry.nimble", [("A", "gambitry.nimble")]),
    note("gb-u4-a", 34, "Built with Nim 2.2.0 now; choosenim on rookvps and the laptop updated."),
    note("gb-u5-o", 7, "Ratings: download the ECF rating list CSV once a month and import it."),
    commit("gb-u5-a", 40, "Refresh ratings from the ECF API every night at 03:00 instead of the monthly list",
           [("A", "src/import/ecfapi.nim"), ("M", "deploy/gambitry-ratings.timer")]),
    edit("gb-u6-o", 2, "config.nims", "switch(\"mm\", \"refc\")  # memory management mode"),
    commit("gb-u6-a", 18, "Compile with --mm:orc; refc no longer needed for the httpbeast threads",
           [("M", "config.nims")]),

    # ---------------- first_attempt ----------------
    note("gb-f1-a", 1, "Round one pairings were made by hand in a spreadsheet, typed into the app after."),
    commit("gb-f1-l1", 10, "Pairings are now made by a Dutch system engine for Swiss events",
           [("A", "src/pairing/dutch.nim")]),
    commit("gb-f1-l2", 30, "Pairings now honour colour preferences and the FIDE float rules",
           [("M", "src/pairing/dutch.nim"), ("A", "src/pairing/colours.nim")]),
    commit("gb-f2-a", 0, "Jester routes for events, entries and standings",
           [("A", "src/web.nim")]),
    commit("gb-f2-l", 21, "Move the web layer from Jester to Mummy", [("M", "src/web.nim"), ("M", "gambitry.nimble")]),
    commit("gb-f3-a", 4, "Email each player their pairing over SMTP after the round is made",
           [("A", "src/notify.nim")]),
    note("gb-f3-l", 36, "Pairings are posted to the club Matrix room now; the email notices are off."),
    commit("gb-f4-a", 3, "Pairing board pages as plain std/htmlgen output; the arbiter refreshes them",
           [("A", "src/board.nim")]),
    commit("gb-f4-l", 28, "Karax single-page pairing board for the projector",
           [("A", "src/board/board.nim")]),
    note("gb-f5-a", 3, "Only the arbiter enters game results, from the scoresheets at the end of the night."),
    note("gb-f5-l", 42,
         "Players now enter their own game results from their phones; the arbiter only confirms."),
    note("gb-f6-a", 2, "Deploy: scp the binary to rookvps and start it with nohup ./gambitry &."),
    commit("gb-f6-l", 25, "Deploy with a Podman image and a systemd unit on rookvps",
           [("A", "Containerfile"), ("A", "deploy/gambitry.service")]),

    # ---------------- fillers ----------------
    commit(None, (3, 25), "Add FIDE id column to members", [("A", "migrations/004_fide_id.sql")]),
    commit(None, (20, 55), "Crosstable export as PDF", [("A", "src/export/crosstable.nim")]),
    commit(None, (8, 50), "Fix off-by-one in round numbering", [("M", "src/events.nim")]),
    chat(None, (10, 45),
         "User: how do I read an env var with a default in Nim?\n"
         "Assistant: import std/os and call getEnv(\"GAMBITRY_DB\", \"data/club.db\")."),
    note(None, (5, 55), "Ask the arbiter whether blitz nights should appear in the standings."),
    edit(None, (12, 50), "src/events.nim", "Added the rapidplay event type."),
    file(None, (30, 58), "gambitry.nimble",
         "version = \"0.14.0\"\nrequires \"nim >= 2.0.2\", \"mummy\", \"karax\", \"db_connector\""),
]

POOL = [
    pool_cmd("git status -sb", "## main...origin/main", w=3),
    pool_cmd("git log --oneline -3", "a81c2f0 standings: tidy\n3be0d11 pairing: tests\n09d4c2e events: rapidplay"),
    pool_cmd("nimble test", "  [OK] dutch: top half meets bottom half\n  [OK] colours: alternate\n   Success: Execution finished", w=3),
    pool_cmd("nimble test",
             "  [FAILED] standings: bye counted once\n    tests/tstandings.nim(41, 12): Check failed: pts == 3.0\n   Error: Execution failed with exit code 1",
             exit=1, days=(20, 30)),
    pool_cmd("nim --version", "Nim Compiler Version 2.0.2 [Linux: amd64]", days=(0, 33)),
    pool_cmd("nim --version", "Nim Compiler Version 2.2.0 [Linux: amd64]", days=(34, 60)),
    pool_cmd("nimble run", "INFO Jester is making jokes at http://0.0.0.0:5000", days=(0, 20)),
    pool_cmd("nimble run", "INFO Mummy server starting", w=2, days=(21, 60)),
    pool_cmd("nph src/", "formatted 3 files", w=2),
    pool_cmd("nim c -r src/pairing/dutch.nim",
             "src/pairing/dutch.nim(88, 9) Error: type mismatch: got <seq[Player]> but expected 'Player'",
             exit=1, days=(9, 30)),
    pool_cmd("sqlite3 data/club.db '.schema results'",
             "CREATE TABLE results (id INTEGER PRIMARY KEY, round_id INTEGER, white INTEGER, black INTEGER, score TEXT);"),
    pool_cmd("scp gambitry rookvps:~/", "gambitry   100% 1998KB   4.1MB/s   00:00", days=(2, 24)),
    pool_cmd("ssh rookvps journalctl -u gambitry -n 5 --no-pager",
             "gambitry[611]: GET /board/12 200\ngambitry[611]: POST /results 303", days=(25, 60)),
    pool_cmd("podman build -t gambitry .", "STEP 1/6: FROM nimlang/nim:2.0.2-alpine\n...\nSuccessfully tagged localhost/gambitry:latest", days=(25, 33)),
    pool_cmd("podman build -t gambitry .", "STEP 1/6: FROM nimlang/nim:2.2.0-alpine\n...\nSuccessfully tagged localhost/gambitry:latest", days=(34, 60)),
    pool_cmd("./bin/pair --round 3 data/events/autumn.trf", "Round 3: 38 players, 19 boards", days=(10, 60)),
    pool_cmd("rg -n 'ByePoints' src", "src/standings.nim:7:const ByePoints = ..."),
]

QUESTIONS = [
    q("paraphrase", "Why did the same two people keep meeting each other round after round?",
      ["gb-p1-a"], distractors=["gb-p1-d"], note="Rematch set keyed by board number, reset each evening."),
    q("paraphrase", "How come one player kept getting black almost every week?",
      ["gb-p2-a"], distractors=["gb-p2-d"], note="Colour history skipped forfeited games."),
    q("paraphrase", "Why did the league table give somebody more points than games played?",
      ["gb-p3-a"], distractors=["gb-p3-d"], note="Byes scored twice: a result row plus ByePoints."),
    q("paraphrase", "Why was the site so sluggish on Friday tournament nights?",
      ["gb-p4-a"], distractors=["gb-p4-d"], note="N+1 rating queries on the pairing board."),
    q("paraphrase", "Why did a visiting junior's grade come out as zero?",
      ["gb-p5-a"], distractors=["gb-p5-d"], note="ECF code with a category letter failed parseInt and fell back to 0."),
    q("paraphrase", "Why did names like Zoë and José come out mangled on the results page?",
      ["gb-p6-a"], distractors=["gb-p6-d"], note="Windows-1252 CSV bytes stored undecoded."),
    q("paraphrase", "Why did the app crash when someone withdrew halfway through the event?",
      ["gb-p7-a"], distractors=["gb-p7-d"], note="Withdrawn entrants left in the pool caused IndexDefect."),
    q("command_fact", "How many lines were in the federation's October rating file?",
      ["gb-c1-a"], distractors=["gb-c1-d"], keys=["14209"], note="wc -l of the ECF list."),
    q("command_fact", "How big was the release build of the server binary?",
      ["gb-c2-a"], distractors=["gb-c2-d"], keys=["1.9M"], note="ls -lh after nimble build -d:release."),
    q("command_fact", "Which port did the chess app serve on locally after the framework switch?",
      ["gb-c3-a"], distractors=["gb-c3-d"], keys=["0.0.0.0:5077"], note="Mummy startup line."),
    q("command_fact", "How many paid-up members does the club have?",
      ["gb-c4-a"], distractors=["gb-c4-d"], keys=["active|64"], note="sqlite group-by on member status."),
    q("command_fact", "Which karax version did we move the board to?",
      ["gb-c5-a"], distractors=["gb-c5-d"], keys=["1.3.3"], note="Commit bumping karax."),
    q("command_fact", "How long does pairing one round of a big open take?",
      ["gb-c6-a"], distractors=["gb-c6-d"], keys=["38.2 ms"], note="hyperfine mean for the pairing binary."),
    q("command_fact", "What version was the chess club site reporting in production?",
      ["gb-c7-a"], distractors=["gb-c7-d"], keys=["0.14.2"], null=True, note="Health endpoint JSON."),
    q("knowledge_update", "How many points does the player who gets the bye score now?",
      ["gb-u1-a"], outdated=["gb-u1-o"], note="0.5 -> 1.0."),
    q("knowledge_update", "What time control are club nights using now?",
      ["gb-u2-a"], outdated=["gb-u2-o1", "gb-u2-o2"], note="90+30 -> 75+15 -> 60+15."),
    q("knowledge_update", "Which tiebreak is applied first these days?",
      ["gb-u3-a"], outdated=["gb-u3-o"], note="Buchholz -> direct encounter."),
    q("knowledge_update", "Which Nim compiler version is the chess club app built with now?",
      ["gb-u4-a"], outdated=["gb-u4-o"], null=True, note="2.0.2 -> 2.2.0."),
    q("knowledge_update", "How often do we refresh ratings from the federation now?",
      ["gb-u5-a"], outdated=["gb-u5-o"], note="Monthly CSV -> nightly API."),
    q("knowledge_update", "Which memory management mode do we compile with?",
      ["gb-u6-a"], outdated=["gb-u6-o"], note="refc -> orc."),
    q("first_attempt", "How were pairings made at the very start?",
      ["gb-f1-a"], outdated=["gb-f1-l1", "gb-f1-l2"], note="By hand in a spreadsheet before the Dutch engine."),
    q("first_attempt", "Which web framework did gambitry start with?",
      ["gb-f2-a"], outdated=["gb-f2-l"], note="Jester before Mummy."),
    q("first_attempt", "How did we originally tell players their pairings?",
      ["gb-f3-a"], outdated=["gb-f3-l"], note="SMTP email before the Matrix room."),
    q("first_attempt", "What did the pairing board use before Karax?",
      ["gb-f4-a"], outdated=["gb-f4-l"], note="std/htmlgen pages."),
    q("first_attempt", "Who entered the game results in the beginning?",
      ["gb-f5-a"], outdated=["gb-f5-l"], note="Only the arbiter, before self-reporting."),
    q("first_attempt", "How was the chess club site deployed at first?",
      ["gb-f6-a"], outdated=["gb-f6-l"], null=True, note="scp + nohup before Podman + systemd."),
    q("paraphrase", "Why did the projector show last week's draw after I'd published the new one?",
      ["gb-p8-a"], distractors=["gb-p8-d"], note="nginx cached the board JSON for an hour."),
    q("paraphrase", "Why did loading the new grades take most of an evening on the box?",
      ["gb-p9-a"], distractors=["gb-p9-d"], note="One SQLite transaction per INSERT."),
    q("command_fact", "Which version of the HTTP server library ended up installed?",
      ["gb-c8-a"], distractors=["gb-c8-d"], keys=["0.4.6"], note="nimble list --installed."),
    q("command_fact", "How many games are stored in the database altogether?",
      ["gb-c9-a"], distractors=["gb-c9-d"], keys=["2318"], note="count(*) from games."),
]
