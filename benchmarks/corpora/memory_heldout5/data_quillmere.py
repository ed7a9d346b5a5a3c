"""quillmere: Haskell (GHC 9.6 -> 9.8), servant + warp, persistent/esqueleto (SQLite -> Postgres),
hspec + QuickCheck + hspec-wai, stack -> cabal, fourmolu + hlint, lucid + htmx, Docker on a droplet.
Domain: sheet-music lending library for a community choir (scores, voice parts, loans)."""
from authoring import sh, commit, note, chat, edit, file, pool, q

PROJECT = "quillmere"
ABBR = "qm"
CWD = "~/code/quillmere"

RECORDS = [
    # ---------------- paraphrase
    commit("qm.p1.a", 25, "Lock the score row during checkout (SELECT ... FOR UPDATE)\n\nConcurrent POST /loans "
           "requests both saw available = true and both succeeded.",
           ["M src/Quill/Api/Loans.hs", "M src/Quill/Db/Loans.hs"]),
    note("qm.p1.d", 28, "Messiah alto parts: the library only has two copies of the big-print edition, so "
         "singers who need it should ask early."),
    note("qm.p2.a", 31, "The PDF handler read the whole file with Data.ByteString.Lazy.readFile and then forced "
         "it with toStrict for the ETag hash. Switched to servant's SourceT streaming and hash chunk by chunk."),
    note("qm.p2.d", 33, "Big scanned scores: someone in the tenors downloaded the whole Elijah on their phone. "
         "Ask the server admin about the RAM upgrade quote anyway."),
    commit("qm.p3.a", 20, "Normalise usernames to NFC before comparing\n\n'Zoë' typed on iOS arrives decomposed "
           "(o + U+0308) and never matched the stored row. Uses Data.Text.ICU.normalize.",
           ["M src/Quill/Auth.hs", "A test/Quill/AuthSpec.hs"]),
    note("qm.p3.d", 23, "Members with a double-barrelled name: the log-in page should show the full name, accent "
         "marks included, on the badge."),
    note("qm.p4.a", 39, "Return scans at rehearsal are queued offline in the tablet app and only sync on the "
         "next Wi-Fi, but the late-loan job ran before that. It now skips loans with a pending scan from the "
         "last 48 h."),
    note("qm.p4.d", 42, "Overdue reminders: people asked for the music title in the subject line and a note "
         "to hand it back at the next rehearsal."),
    edit("qm.p5.a", 18, "cabal.project.local", "GHC was OOM-killed compiling Esqueleto's generic instances "
         "with -j. Set jobs: 1 and ghc-options: +RTS -M1500m -RTS for the 2 GB droplet (or compile in CI and "
         "ship the binary)."),
    note("qm.p5.d", 17, "Cheap box for the choir site: the build server quote made sense, but the old box "
         "might die before summer."),
    commit("qm.p6.a", 36, "Sort voice parts by an explicit SATB rank column\n\nAlphabetical gave 'Alto 1, Alto 2, "
           "Bass, Soprano, Tenor' and confused the librarians; descant and divisi get their own ranks.",
           ["M src/Quill/Db/Schema.hs", "A migrations/20240506_part_rank.sql"]),
    note("qm.p6.d", 38, "Some pieces have a strange part list order in the printed 2009 catalogue. They come "
         "from the archive box labelled 'Britten'."),

    # ---------------- command_fact
    sh("qm.c1.a", 24, "cabal build quillmere-api",
       "Building library for quillmere-0.3.0.0..\n[14 of 22] Compiling Quill.Api.Loans\n\n"
       "src/Quill/Api/Loans.hs:73:15: error: [GHC-83865]\n    • Couldn't match type ‘Maybe UTCTime’ with "
       "‘UTCTime’\n      Expected: UTCTime\n        Actual: Maybe UTCTime", exit=1),
    sh("qm.c1.d", 24, "cabal build quillmere-api", "Up to date"),
    sh("qm.c2.a", 0, "ghcup list -c set", "✔✔ ghc   9.6.5     base-4.18.2.1 hls-powered\n"
       "✔✔ cabal 3.10.3.0  latest\n✔✔ hls   2.9.0.1   latest"),
    sh("qm.c2.d", 0, "stack --version", "Version 2.15.7, Git revision 0e6a3b0 x86_64 hpack-0.36.0"),
    sh("qm.c3.a", 44, "cabal test --test-show-details=direct",
       "Quill.LoansSpec\n  checkout\n    refuses a second loan of the same copy [✔]\n...\n"
       "Finished in 4.2170 seconds\n163 examples, 0 failures, 2 pending"),
    sh("qm.c3.d", 43, "cabal test --test-show-details=direct",
       "Failures:\n\n  test/Quill/FinesSpec.hs:31:7:\n  1) Quill.Fines caps at five pounds\n"
       "       expected: 500\n        but got: 550\n\n158 examples, 1 failure, 2 pending", exit=1),
    sh("qm.c4.a", 27, "hlint src", "src/Quill/Db.hs:41:1-44: Warning: Use <$>\nFound:\n  do x <- getBy k\n"
       "     pure (fmap entityVal x)\n...\n12 hints", exit=1),
    sh("qm.c4.d", 27, "fourmolu --mode check src", "src/Quill/Api/Scores.hs\n  @@ -12,3 +12,3 @@"),
    commit("qm.c5.a", 40, "Raise warp setTimeout 120 for scanned-part uploads\n\nPhones on the church Wi-Fi "
           "took over 30 s for a 40-page PDF.", ["M app/Main.hs"]),
    commit("qm.c5.d", 30, "Add upload endpoint for scanned parts", ["M src/Quill/Api/Parts.hs",
           "A src/Quill/Storage.hs"]),
    sh("qm.c6.a", 47, "curl -s -o /dev/null -w '%{http_code} %{time_total}\\n' "
       "'https://quillmere.example.com/api/scores?q=requiem'", "200 1.873201"),
    sh("qm.c6.d", 47, "curl -s -o /dev/null -w '%{http_code} %{time_total}\\n' "
       "https://quillmere.example.com/health", "200 0.041771"),

    # ---------------- knowledge_update
    note("qm.k1.o1", 1, "Compiler: GHC 9.6 via ghcup, with HLS."),
    commit("qm.k1.n", 30, "Move to GHC 9.8.2\n\ntested-with, CI matrix and the Docker builder image updated.",
           ["M quillmere.cabal", "M .github/workflows/ci.yml", "M Dockerfile"]),
    commit("qm.k2.o1", 2, "Store the catalogue in SQLite via persistent-sqlite", ["M quillmere.cabal",
           "A src/Quill/Db.hs"]),
    note("qm.k2.n", 21, "The catalogue is on Postgres 16 now (persistent-postgresql); SQLite locked up with "
         "two librarians checking in at once."),
    note("qm.k3.o1", 5, "Loan period: 8 weeks for every copy."),
    note("qm.k3.o2", 24, "Loan period is now the whole term: until the concert date plus one week."),
    note("qm.k3.n", 50, "Loan period for rehearsal copies back to 8 weeks; concert copies still until the concert "
         "plus one week."),
    commit("qm.k4.o1", 2, "Build tool: stack with resolver lts-22.x", ["A stack.yaml", "A package.yaml"]),
    note("qm.k4.n", 16, "Build tool is cabal now, with a freeze file; stack.yaml is gone."),
    note("qm.k5.o1", 6, "Member sign-in: magic link sent by email, valid 15 minutes."),
    commit("qm.k5.n", 34, "Members sign in with a 6-digit PIN from the choir office\n\nMagic links were eaten by "
           "school mail filters.", ["M src/Quill/Auth.hs", "M src/Quill/Views/Login.hs"]),
    note("qm.k6.o1", 9, "Database backups: nightly sqlite3 .backup copied to Backblaze B2, everything kept."),
    note("qm.k6.o2", 27, "Database backups: nightly pg_dump -Fc to B2, 30-day retention."),
    commit("qm.k6.n", 48, "Database backups: keep 14 daily and 8 weekly dumps\n\nrestic forget --keep-daily 14 "
           "--keep-weekly 8 after each nightly pg_dump.", ["M deploy/backup.sh"]),
    note("qm.k7.o1", 13, "Late returns: no fines, just reminders."),
    note("qm.k7.n", 40, "Late returns: 50p per week fine, capped at 5 pounds, after the committee vote."),

    # ---------------- first_attempt
    commit("qm.f1.a", 4, "Score search: SQL LIKE on title and composer", ["A src/Quill/Api/Scores.hs"]),
    commit("qm.f1.l1", 22, "Score search with Postgres full-text (tsvector on title, composer, lyricist)",
           ["M src/Quill/Api/Scores.hs", "A migrations/20240422_scores_fts.sql"]),
    commit("qm.f1.l2", 45, "Add pg_trgm similarity to score search for misspelt composers",
           ["M src/Quill/Api/Scores.hs", "A migrations/20240520_trgm.sql"]),
    commit("qm.f2.a", 3, "JSON instances via aeson Generic defaults (field names as in the records)",
           ["M src/Quill/Types.hs"]),
    commit("qm.f2.l1", 19, "JSON field names via deriving-aeson CamelToSnake, dropping the record prefix",
           ["M src/Quill/Types.hs", "M quillmere.cabal"]),
    note("qm.f3.a", 8, "Librarian pages: server-rendered with lucid + htmx, no JS build."),
    commit("qm.f3.l1", 29, "Start an Elm front end for the librarian console",
           ["A frontend/elm.json", "A frontend/src/Main.elm"]),
    note("qm.f4.a", 10, "Copy labels: Code 128 barcodes printed from a spreadsheet mail-merge."),
    note("qm.f4.l1", 37, "Copy labels are QR codes from the /labels endpoint now (qrcode-core)."),
    note("qm.f5.a", 11, "Deploy: cabal build on the droplet itself, then systemctl restart quillmere."),
    commit("qm.f5.l1", 26, "Deploy a Docker image built in CI; the droplet pulls it with docker compose",
           ["A Dockerfile", "M .github/workflows/ci.yml", "A deploy/docker-compose.prod.yml"]),
    commit("qm.f6.a", 14, "Apply schema changes with persistent's runMigration at startup", ["M app/Main.hs"]),
    commit("qm.f6.l1", 32, "Schema changes as dbmate SQL migrations; runMigration only in tests",
           ["A migrations/", "M app/Main.hs", "M test/Spec.hs"]),
    note("qm.f7.a", 7, "Outgoing mail (loan reminders): the choir's Gmail account over SMTP."),
    note("qm.f7.l1", 35, "Reminder mail goes through Mailgun's HTTP API now."),

    # ---------------- fillers
    commit("qm.x1", (2, 12), "Add Score, Part and Copy entities", ["M src/Quill/Db/Schema.hs"]),
    commit("qm.x2", (10, 30), "Librarian view: filter copies by voice", ["M src/Quill/Views/Copies.hs"]),
    commit("qm.x3", (25, 50), "Export loans as CSV for the committee", ["A src/Quill/Api/Export.hs"]),
    commit("qm.x4", (40, 60), "Show concert date on the loan card", ["M src/Quill/Views/Loans.hs"]),
    commit("qm.x5", (30, 60), "Bump servant to 0.20.2", ["M cabal.project.freeze"]),
    chat("qm.x6", (5, 30), "User: how do I return a 404 from a servant handler?\n"
         "Assistant: throwError err404 { errBody = \"no such score\" } inside Handler."),
    chat("qm.x7", (30, 58), "User: esqueleto left join gives me Maybe (Entity Part) everywhere\n"
         "Assistant: Use leftJoin with `on` and project with ?. or coalesce the column you need.",
         source="cursor", files=["src/Quill/Db/Loans.hs"]),
    note("qm.x8", (10, 40), "Ask the music director whether photocopies of out-of-print parts can be lent."),
    note("qm.x9", (35, 60), "Summer concert: Faure Requiem, 40 soprano copies needed, we own 32."),
    edit("qm.x10", (8, 30), "src/Quill/Views/Layout.hs", "Added a dark-mode stylesheet toggle."),
    edit("qm.x11", (30, 60), "src/Quill/Api.hs", "Split the API type into Public and Librarian halves."),
    file("qm.x12", (20, 50), "src/Quill/Api.hs",
         "type API = \"api\" :> (ScoresAPI :<|> LoansAPI :<|> PartsAPI)\n  :<|> \"health\" :> Get '[PlainText] Text"),
]

POOL = [
    pool("git status -sb", "## main...origin/main", w=3),
    pool("stack build --fast", "quillmere> build (lib + exe)\nquillmere> copy/register", lo=0, hi=15, w=3),
    pool("stack test", "Finished in 0.8120 seconds\n41 examples, 0 failures", lo=0, hi=15),
    pool("cabal build all", "Up to date", lo=16, hi=60, w=3),
    pool("cabal build all", "src/Quill/Api/Scores.hs:51:9: warning: [GHC-40910] [-Wunused-matches]\n"
         "    Defined but not used: ‘limit’", lo=16, hi=60),
    pool("ghcid --command 'cabal repl quillmere-api'", "All good (22 modules, at 09:14:03)", lo=16, hi=60, w=2),
    pool("cabal repl quillmere-api", "ghci> :t runDb\nrunDb :: ReaderT SqlBackend IO a -> App a", lo=16, hi=60),
    pool("sqlite3 quill.db '.tables'", "copy  loan  member  part  score", lo=2, hi=20),
    pool("psql -h localhost -U quill quill -c '\\dt'", " public | copy   | table | quill\n"
         " public | loan   | table | quill\n public | score  | table | quill", lo=21, hi=60),
    pool("docker compose up -d db", "[+] Running 1/1\n ✔ Container quillmere-db-1  Started", lo=21, hi=60, w=2),
    pool("ssh choir-droplet 'systemctl status quillmere --no-pager | head -3'",
         "● quillmere.service - Quillmere lending library\n     Active: active (running)", lo=11, hi=25),
    pool("ssh choir-droplet 'docker compose -f /srv/quill/docker-compose.prod.yml ps'",
         "quill-api-1   ghcr.io/choir/quillmere:main   Up 3 days", lo=26, hi=60),
    pool("fourmolu -i src test app", "", w=2),
    pool("hlint src --report", "Writing report to report.html ...\n3 hints"),
    pool("curl -s localhost:8088/health", "ok", w=2),
    pool("cabal outdated", "Outdated dependencies:\nwarp ==3.3.31 (latest: 3.4.1)", lo=16, hi=60),
    pool("dbmate status", "[X] 20240422_scores_fts.sql\n[ ] 20240506_part_rank.sql\n\nApplied: 6\nPending: 1",
         lo=32, hi=60),
    pool("gh run list --limit 3", "completed  success  Bump servant  ci  main  push  11m40s", lo=20, hi=60),
]

QUESTIONS = [
    q("paraphrase", PROJECT, "Why did the library lend the same Messiah alto part to two singers?", ["qm.p1.a"],
      distractors=["qm.p1.d"], note="Race in checkout; row lock with FOR UPDATE."),
    q("paraphrase", PROJECT, "Why did the server eat all its RAM when someone downloaded a big scanned score?",
      ["qm.p2.a"], distractors=["qm.p2.d"], note="Whole PDF loaded and forced strict for the ETag; now streamed."),
    q("paraphrase", PROJECT, "Why couldn't members with an accent in their name log in?", ["qm.p3.a"],
      distractors=["qm.p3.d"], note="Unicode normalisation: decomposed input vs stored NFC."),
    q("paraphrase", PROJECT, "Why were overdue reminders going to people who'd already handed their music back?",
      ["qm.p4.a"], distractors=["qm.p4.d"], note="Offline return scans synced after the late-loan job ran."),
    q("paraphrase", PROJECT, "What made the build die on the cheap box?", ["qm.p5.a"], distractors=["qm.p5.d"],
      note="GHC OOM-killed on the 2 GB droplet; jobs: 1 and an RTS heap cap."),
    q("paraphrase", PROJECT, "Why did the part list come out in a strange order for some pieces?", ["qm.p6.a"],
      distractors=["qm.p6.d"], note="Alphabetical voice order; explicit SATB rank column."),
    q("command_fact", PROJECT, "Where exactly was the type error when the API stopped compiling?", ["qm.c1.a"],
      distractors=["qm.c1.d"], keys=["Loans.hs:73:15"], note="cabal build error location."),
    q("command_fact", None, "Which GHC was set as active when I first set up the choir library?", ["qm.c2.a"],
      distractors=["qm.c2.d"], keys=["9.6.5"], note="ghcup list -c set on day 0."),
    q("command_fact", PROJECT, "How many specs did the suite have at the last green run?", ["qm.c3.a"],
      distractors=["qm.c3.d"], keys=["163 examples"], note="cabal test summary."),
    q("command_fact", PROJECT, "How many suggestions did the Haskell linter come back with on the source tree?",
      ["qm.c4.a"], distractors=["qm.c4.d"], keys=["12 hints"], note="hlint src output."),
    q("command_fact", PROJECT, "What request timeout did we give the web server for the large uploads?",
      ["qm.c5.a"], distractors=["qm.c5.d"], keys=["setTimeout 120"], note="Commit raising warp setTimeout to 120."),
    q("command_fact", PROJECT, "How long did a search for requiem take on production when I timed it?",
      ["qm.c6.a"], distractors=["qm.c6.d"], keys=["1.873201"], note="curl time_total."),
    q("knowledge_update", PROJECT, "Which GHC are we compiling with now?", ["qm.k1.n"], outdated=["qm.k1.o1"],
      note="9.6 -> 9.8.2."),
    q("knowledge_update", PROJECT, "What database does the catalogue sit on these days?", ["qm.k2.n"],
      outdated=["qm.k2.o1"], note="SQLite -> Postgres 16."),
    q("knowledge_update", PROJECT, "How long can a singer keep borrowed music now?", ["qm.k3.n"],
      outdated=["qm.k3.o1", "qm.k3.o2"], note="8 weeks -> term -> 8 weeks rehearsal / concert+1w."),
    q("knowledge_update", PROJECT, "Which build tool is the project on at the moment?", ["qm.k4.n"],
      outdated=["qm.k4.o1"], note="stack -> cabal."),
    q("knowledge_update", PROJECT, "How do members sign in currently?", ["qm.k5.n"], outdated=["qm.k5.o1"],
      note="Magic link -> office PIN."),
    q("knowledge_update", None, "How long are the choir library's database backups kept these days?", ["qm.k6.n"],
      outdated=["qm.k6.o1", "qm.k6.o2"], note="keep all -> 30 days -> 14 daily + 8 weekly."),
    q("knowledge_update", PROJECT, "Do we charge anything now for music that comes back late?", ["qm.k7.n"],
      outdated=["qm.k7.o1"], note="No fines -> 50p/week capped at 5 pounds."),
    q("first_attempt", PROJECT, "How did score search work at the very start?", ["qm.f1.a"],
      outdated=["qm.f1.l1", "qm.f1.l2"], note="LIKE, then full-text, then trigram."),
    q("first_attempt", PROJECT, "How were the JSON field names produced to begin with?", ["qm.f2.a"],
      outdated=["qm.f2.l1"], note="Generic defaults, then deriving-aeson CamelToSnake."),
    q("first_attempt", PROJECT, "What did we build the librarian pages with at first?", ["qm.f3.a"],
      outdated=["qm.f3.l1"], note="lucid + htmx, then Elm."),
    q("first_attempt", PROJECT, "How were the physical copies labelled originally?", ["qm.f4.a"],
      outdated=["qm.f4.l1"], note="Code 128 from a spreadsheet, then QR labels."),
    q("first_attempt", PROJECT, "How did we get new versions onto the droplet before Docker?", ["qm.f5.a"],
      outdated=["qm.f5.l1"], note="cabal build on the droplet + systemctl restart."),
    q("first_attempt", PROJECT, "How did schema changes get applied initially?", ["qm.f6.a"],
      outdated=["qm.f6.l1"], note="runMigration at startup, then dbmate."),
    q("first_attempt", None, "What sent the choir library's reminder emails at first?", ["qm.f7.a"],
      outdated=["qm.f7.l1"], note="Gmail SMTP, then Mailgun."),
]
