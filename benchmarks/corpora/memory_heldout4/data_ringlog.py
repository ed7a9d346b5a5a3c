"""ringlog: OCaml 5.2 command-line tool that parses bird-ringing field sheets (.ring files),
validates them and exports CSV / GeoJSON for the ringing scheme.

dune, opam, Menhir + ocamllex, cmdliner, Alcotest, ppx_expect, bisect_ppx, ocamlformat, yojson, Eio.
"""
from authoring import sh, commit, note, chat, edit, file, pool, q

PROJECT = "ringlog"
ABBR = "rg"
CWD = "~/dev/ringlog"

RECORDS = [
    # ---------------- paraphrase ----------------
    note("rg.p.menhir", 9,
         "Menhir reported 3 shift/reduce conflicts around the optional age clause. Gave AGE %nonassoc and "
         "split the rule in two; conflicts gone, --explain output deleted."),
    note("rg.p.menhir.d", 10,
         "Grammar for the 'remarks' field: ringers want a warning when they write free text in capitals; "
         "quiet by default, a --pedantic flag could turn it on. Ambiguity about what counts as capitals."),
    commit("rg.p.stream", 16,
           "Stream sheets with In_channel.input_line instead of reading the whole file\n\nA 2 GB national "
           "export ran the process out of memory.",
           ["M lib/reader.ml", "M lib/reader.mli"]),
    note("rg.p.stream.d", 17,
         "Yearly dump from the scheme used to arrive as one zip per county; the tool could cope with a "
         "single huge file instead if they ask. Not a crash, just admin."),
    chat("rg.p.comma", 22,
         "User: wing lengths from the Dutch team come out ten times too big. Assistant: their sheets use a "
         "decimal comma ('67,5') and your lexer treats the comma as a separator, so '67,5' becomes 675 after "
         "the join. Accept ',' as the decimal mark in the FLOAT rule when the sheet declares locale nl."),
    note("rg.p.comma.d", 23,
         "Netherlands crew asked for measurements in an order that matches their paper form (wing, tail, "
         "mass); magnitude of work: small, do it with the column mapping."),
    edit("rg.p.checkdigit", 28, "lib/validate.ml",
         "Reject ring numbers whose check digit doesn't match (mod 11) with an error instead of a warning."),
    note("rg.p.checkdigit.d", 29,
         "Band IDs with lowercase letters get refused outright by the scheme portal; that's their "
         "validation, not ours, so no change here."),
    note("rg.p.cache", 39,
         "The opam switch in CI kept recompiling every dependency (~9 min). Caching ~/.opam keyed on the "
         "lockfile hash cut the job to 2m40."),
    note("rg.p.cache.d", 40,
         "Made the pipeline that pushes exports to the scheme's SFTP much simpler: one script, quicker to "
         "read, same speed."),
    commit("rg.p.lonlat", 50,
           "Emit GeoJSON coordinates as [lon, lat]\n\nRecoveries were plotted in the Indian Ocean because we "
           "wrote lat first.",
           ["M lib/geojson.ml", "M test/test_geojson.ml"]),
    note("rg.p.lonlat.d", 51,
         "Web viewer idea: let birds found far away appear with a line back to the ringing site on the "
         "planet view; side project for winter."),

    # ---------------- command_fact ----------------
    sh("rg.c.ocaml", 2, "ocaml -version", "The OCaml toplevel, version 5.2.0"),
    sh("rg.c.ocaml.d", 2, "opam switch list", "#  switch   compiler                    description\n→  ringlog  ocaml-base-compiler.5.2   ringlog\n   default  ocaml-base-compiler.4.14   default"),
    sh("rg.c.alco", 25, "dune test --force",
       "Testing `ringlog'.\n  [OK]          lexer          0   decimal comma.\n  [FAIL]        parser         4   age_clause_optional.\n"
       "Full test results in `_build/default/test/_build/_tests/ringlog'.\n1 failure! in 0.031s. 38 tests run.", code=1),
    sh("rg.c.alco.d", 24, "dune test", "Testing `ringlog'.\nTest Successful in 0.027s. 37 tests run."),
    sh("rg.c.cov", 34, "dune exec bisect-ppx-report -- summary --per-file",
       " 91.30 %   84/92     lib/lexer.mll\n 77.02 % 124/161     lib/validate.ml\nCoverage: 1412/1733 (81.48%)"),
    sh("rg.c.cov.d", 34, "dune runtest --instrument-with bisect_ppx --force", "Testing `ringlog'.\nTest Successful in 0.118s. 41 tests run."),
    sh("rg.c.hyper", 42, "hyperfine --warmup 2 './_build/default/bin/main.exe check data/2023.ring'",
       "Benchmark 1: ./_build/default/bin/main.exe check data/2023.ring\n  Time (mean ± σ):      1.842 s ±  0.021 s"),
    sh("rg.c.hyper.d", 41, "wc -l data/2023.ring", "  4183302 data/2023.ring"),
    sh("rg.c.since", 47, "dune exec ringlog -- export --format csv --since 2024-03-01 data/spring.ring > out/spring.csv"),
    sh("rg.c.since.d", 47, "dune exec ringlog -- export --format geojson data/spring.ring > out/spring.geojson"),
    commit("rg.c.cmdliner", 12, "Require cmdliner >= 1.3.0 for Term.Syntax let-operators",
           ["M ringlog.opam", "M dune-project"]),
    note("rg.c.cmdliner.d", 11, "cmdliner: the let-operator syntax reads much nicer; check which version introduced it."),

    # ---------------- knowledge_update (7) ----------------
    note("rg.u.date.1", 6, "Exports write dates as dd/mm/yyyy because that's what the ringers type."),
    commit("rg.u.date.2", 24, "Export dates as ISO 8601 (yyyy-mm-dd) by default; --date-format dmy keeps the old style",
           ["M lib/export.ml", "M bin/main.ml"]),
    note("rg.u.maxerr.1", 8, "check aborts after 50 validation errors so the output stays readable."),
    commit("rg.u.maxerr.2", 27, "Raise validation error limit to 200", ["M lib/validate.ml"]),
    note("rg.u.maxerr.3", 45,
         "check no longer stops at any number of validation errors by default; --max-errors N is opt-in for "
         "people who want the old behaviour."),
    commit("rg.u.json.1", 4, "JSON and GeoJSON output via ezjsonm", ["A lib/geojson.ml", "M lib/dune"]),
    note("rg.u.json.2", 20, "Dropped ezjsonm; all JSON and GeoJSON output goes through yojson now."),
    note("rg.u.async.1", 12, "Species list download uses Lwt + cohttp-lwt-unix."),
    commit("rg.u.async.2", 40, "Port species download to Eio + cohttp-eio\n\nDrops Lwt from the dependency cone.",
           ["M lib/species.ml", "M lib/dune", "M ringlog.opam"]),
    commit("rg.u.ttl.1", 18, "Cache the downloaded species list for 24 hours in ~/.cache/ringlog",
           ["M lib/species.ml"]),
    note("rg.u.ttl.2", 43, "Species list cache lasts 7 days now; the scheme only updates it twice a year."),
    note("rg.u.dist.1", 10, "Ringers install the tool through opam only; no binaries."),
    commit("rg.u.dist.2", 37,
           "Publish static musl Linux and Windows binaries on each release\n\nMost ringers don't have opam.",
           ["A .github/workflows/binaries.yml"]),
    commit("rg.u.prec.1", 14, "GeoJSON: write coordinates with 6 decimals", ["M lib/geojson.ml"]),
    note("rg.u.prec.2", 33,
         "Coordinates in public exports are rounded to 4 decimals now (nest-site privacy); private exports "
         "keep 6."),

    # ---------------- first_attempt (7) ----------------
    commit("rg.f.parser.1", 2, "Hand-written sheet parser with Angstrom combinators", ["A lib/parser.ml", "A lib/dune"]),
    commit("rg.f.parser.2", 7, "Replace Angstrom parser with ocamllex + Menhir grammar",
           ["A lib/lexer.mll", "A lib/grammar.mly", "D lib/parser.ml"]),
    commit("rg.f.parser.3", 30, "Use Menhir incremental API for error recovery with line/column hints",
           ["M lib/grammar.mly", "A lib/errors.messages"]),
    note("rg.f.errors.1", 6, "Parse errors are raised as exceptions carrying the line number; main prints them."),
    commit("rg.f.errors.2", 19, "Return parse errors as result values with Fmt-pretty locations",
           ["M lib/reader.ml", "M bin/main.ml"]),
    commit("rg.f.cli.1", 1, "CLI flags with the stdlib Arg module", ["A bin/main.ml"]),
    note("rg.f.cli.2", 11, "CLI moved to cmdliner with subcommands (check, export, species); Arg is gone."),
    note("rg.f.tests.1", 3, "Tests written in OUnit2 for the lexer."),
    commit("rg.f.tests.2", 10, "Port tests from OUnit2 to Alcotest", ["M test/dune", "A test/test_lexer.ml"]),
    commit("rg.f.tests.3", 25, "Add ppx_expect tests for the CSV export", ["A test/expect/export_test.ml", "M test/expect/dune"]),
    commit("rg.f.build.1", 0, "Makefile calling ocamlfind ocamlopt", ["A Makefile", "A src/ringlog.ml"]),
    commit("rg.f.build.2", 2, "Build with dune; delete the Makefile", ["A dune-project", "A bin/dune", "D Makefile"]),
    commit("rg.f.csv.1", 13, "CSV export with Printf and hand-rolled quoting", ["A lib/export.ml"]),
    commit("rg.f.csv.2", 21, "Use the csv library for export (quoting bugs with embedded quotes)", ["M lib/export.ml", "M lib/dune"]),
    note("rg.f.win.1", 29, "Windows build: Cygwin + opam, works but ringers can't be expected to install it."),
    note("rg.f.win.2", 46, "Windows build: opam 2.2 native with mingw; no Cygwin needed any more."),

    # ---------------- fillers ----------------
    commit(None, (3, 10), "Lexer: ring numbers, species codes, dates", ["M lib/lexer.mll"]),
    commit(None, (10, 25), "Validate: wing length ranges per species", ["M lib/validate.ml", "A data/ranges.csv"]),
    commit(None, (20, 40), "species subcommand: list and search", ["M bin/main.ml", "A lib/species.ml"]),
    commit(None, (30, 50), "Export: include retrap flag and age code", ["M lib/export.ml"]),
    commit(None, (45, 60), "README: usage for check/export", ["M README.md"]),
    chat(None, (5, 25),
         "User: what's the idiomatic way to fold over lines of a channel in OCaml 5? Assistant: "
         "In_channel.fold_lines (since 5.1) or a loop with input_line and End_of_file."),
    chat(None, (40, 58),
         "User: dune says 'Error: Library \"eio_main\" not found'. Assistant: add eio_main to the libraries "
         "field of the executable, and opam install eio_main; the backend is a separate package.", source="cursor"),
    note(None, (5, 30), "The scheme's species codes are Euring 5-digit; keep leading zeros as strings."),
    note(None, (30, 58), "Retrap vs new: field sheets mark retraps with R in the status column."),
    edit(None, (15, 45), "lib/validate.ml", "Add a warning for mass outside 2 SD of the species mean.", source="cursor"),
    edit(None, (40, 60), "bin/main.ml", "Exit code 2 when any error was reported, 1 only for warnings."),
    file(None, (10, 40), "dune-project", "(lang dune 3.15)\n(using menhir 3.0)\n(package (name ringlog) (depends ocaml cmdliner menhir))"),
]

POOL = [
    pool("dune build", w=5, days=(2, 60)),
    pool("dune build 2>&1 | head -20",
         "File \"lib/validate.ml\", line 42, characters 10-19:\nError: Unbound value Species.find", code=1, w=1, days=(8, 30)),
    pool("dune test", "Testing `ringlog'.\nTest Successful in 0.029s. 36 tests run.", w=4, days=(10, 60)),
    pool("dune fmt", w=2, days=(2, 60)),
    pool("dune exec ringlog -- check data/sample.ring", "sample.ring: 212 records, 0 errors, 3 warnings", w=3, days=(11, 60)),
    pool("dune exec ringlog -- check data/bad.ring", "bad.ring:17:4 error: unknown species code 99999", code=2, w=1, days=(11, 60)),
    pool("dune exec ringlog -- species search dunnock", "10840  Dunnock  Prunella modularis", w=1, days=(20, 60)),
    pool("make", "ocamlfind ocamlopt -package str -linkpkg src/ringlog.ml -o ringlog", w=2, days=(0, 1)),
    pool("opam install . --deps-only --with-test", "Nothing to do.", w=1),
    pool("opam update && opam upgrade", w=1),
    pool("eval $(opam env)", w=2),
    pool("utop", w=1),
    pool("git status -sb", "## main", w=4),
    pool("git diff --stat", w=2),
    pool("git push", w=2),
    pool("gh run list --limit 3", "completed  success  ci  main  push", w=1, days=(15, 60)),
    pool("rg -n 'failwith' lib/", w=1),
    pool("head -5 data/sample.ring", "RING NL-AB1234 SP 10840 AGE 3 WING 67.5 MASS 19.2\n", w=1),
]

QUESTIONS = [
    # paraphrase (6)
    q("paraphrase", "What was the grammar ambiguity warning about and how did I quiet it?", ["rg.p.menhir"],
      note="Menhir shift/reduce conflicts on the optional age clause; %nonassoc + split rule.",
      distractors=["rg.p.menhir.d"]),
    q("paraphrase", "How does the tool cope with the huge yearly dump that used to crash it?", ["rg.p.stream"],
      note="Streaming line by line instead of reading the 2 GB file into memory.", distractors=["rg.p.stream.d"]),
    q("paraphrase", "Why were measurements from the Netherlands crew off by an order of magnitude?", ["rg.p.comma"],
      note="Decimal comma treated as a separator by the lexer.", distractors=["rg.p.comma.d"]),
    q("paraphrase", "Which bad band IDs get refused outright now?", ["rg.p.checkdigit"],
      note="Ring numbers failing the mod-11 check digit are errors, not warnings.", distractors=["rg.p.checkdigit.d"]),
    q("paraphrase", "What made the pipeline on pushes so much quicker?", ["rg.p.cache"],
      note="Caching ~/.opam on the lockfile hash: ~9 min -> 2m40.", distractors=["rg.p.cache.d"]),
    q("paraphrase", "Why did found-again birds appear on the far side of the planet in the web viewer?",
      ["rg.p.lonlat"], note="GeoJSON written lat-first; fixed to [lon, lat].", distractors=["rg.p.lonlat.d"]),
    # command_fact (6)
    q("command_fact", "Which OCaml compiler release is the ringlog switch on?", ["rg.c.ocaml"], project=None,
      note="ocaml -version prints 5.2.0; opam switch list only says 5.2.", distractors=["rg.c.ocaml.d"], keys=["5.2.0"]),
    q("command_fact", "Which Alcotest case was red after the grammar change?", ["rg.c.alco"],
      note="dune test --force output names the failing case.", distractors=["rg.c.alco.d"], keys=["age_clause_optional"]),
    q("command_fact", "What share of the code did the tests exercise overall?", ["rg.c.cov"],
      note="bisect-ppx-report summary: 81.48%.", distractors=["rg.c.cov.d"], keys=["81.48%"]),
    q("command_fact", "How long did checking last year's sheet file take on average?", ["rg.c.hyper"],
      note="hyperfine mean 1.842 s.", distractors=["rg.c.hyper.d"], keys=["1.842 s"]),
    q("command_fact", "From which date onwards did I pull the spring records into the spreadsheet file?", ["rg.c.since"],
      note="export --format csv --since 2024-03-01.", distractors=["rg.c.since.d"], keys=["--since 2024-03-01"]),
    q("command_fact", "What's the oldest cmdliner we still accept?", ["rg.c.cmdliner"],
      note="Only the commit states >= 1.3.0.", distractors=["rg.c.cmdliner.d"], keys=[">= 1.3.0"]),
    # knowledge_update (7)
    q("knowledge_update", "What date format do ringlog exports use by default?", ["rg.u.date.2"], ["rg.u.date.1"],
      note="dd/mm/yyyy -> ISO 8601 default on day 24."),
    q("knowledge_update", "How many validation errors does a check run put up with before giving up?", ["rg.u.maxerr.3"],
      ["rg.u.maxerr.1", "rg.u.maxerr.2"], note="50 -> 200 -> no limit by default (--max-errors opt-in)."),
    q("knowledge_update", "Which JSON library does the exporter rely on now?", ["rg.u.json.2"], ["rg.u.json.1"],
      note="ezjsonm -> yojson."),
    q("knowledge_update", "What concurrency library does the species download run on?", ["rg.u.async.2"],
      ["rg.u.async.1"], note="Lwt dropped for Eio on day 40."),
    q("knowledge_update", "How long is the downloaded species list treated as fresh?", ["rg.u.ttl.2"], ["rg.u.ttl.1"],
      note="24 hours -> 7 days."),
    q("knowledge_update", "How do ringers get hold of the bird-ringing tool nowadays?", ["rg.u.dist.2"], ["rg.u.dist.1"],
      project=None, note="opam only -> static binaries on each release."),
    q("knowledge_update", "How precise are the coordinates in what we publish?", ["rg.u.prec.2"], ["rg.u.prec.1"],
      note="6 decimals -> 4 in public exports."),
    # first_attempt (7)
    q("first_attempt", "What did the sheet parser start out as?", ["rg.f.parser.1"], ["rg.f.parser.2", "rg.f.parser.3"],
      note="Angstrom combinators, then ocamllex + Menhir, then the incremental API."),
    q("first_attempt", "How were parse errors surfaced originally?", ["rg.f.errors.1"], ["rg.f.errors.2"],
      note="Exceptions with line numbers before result values."),
    q("first_attempt", "Before cmdliner, what handled the command-line flags?", ["rg.f.cli.1"], ["rg.f.cli.2"],
      note="The stdlib Arg module."),
    q("first_attempt", "Which test library did I initially write the lexer checks in?", ["rg.f.tests.1"],
      ["rg.f.tests.2", "rg.f.tests.3"], note="OUnit2, then Alcotest, then ppx_expect added."),
    q("first_attempt", "What built ringlog at the very start, before dune?", ["rg.f.build.1"], ["rg.f.build.2"],
      project=None, note="A Makefile calling ocamlfind, replaced on day 2."),
    q("first_attempt", "How did the exporter first produce CSV?", ["rg.f.csv.1"], ["rg.f.csv.2"],
      note="Printf with hand-rolled quoting, later the csv library."),
    q("first_attempt", "How did we get it compiling on Windows at first?", ["rg.f.win.1"], ["rg.f.win.2"],
      note="Cygwin + opam, later native opam 2.2."),
]
