"""cairnline (cl): Erlang/OTP 26 -> 27 service (rebar3, cowboy, gen_statem, mnesia -> Postgres).

Callout paging for a volunteer mountain rescue team (Corrie Dubh MRT): the police request,
SMS fan-out to members, Y/N + ETA replies, a responders board, escalation to the next team.
All wording hand-written.
"""
from authoring import Proj


def make():
    P = Proj("cairnline", "cl", "~/src/cairnline")

    # ------------------------------------------------------------------ paraphrase
    P.commit("cl-p1", 12, """callout: key the callout process on the police incident number

Both coordinators clicking Start within a second each spawned a callout_fsm (names were fresh
refs), so the SMS fan-out ran twice. Now registered as {callout, IncidentNo} with
global:register_name; the second start gets {error, already_started} and attaches to the first.""",
             [("M", "src/callout_sup.erl"), ("M", "src/callout_fsm.erl")])
    P.note("cl-p1-d", 12, """Team AGM agenda: controllers asked whether everybody could be paged twice a year for a test
callout, and whether a single casualty job really needs two controllers on the phone. Vote in May.""")
    P.q("paraphrase", "How come everybody on the team was paged twice for a single casualty when both controllers pressed go at once?",
        ["cl-p1"], distractors=["cl-p1-d"],
        note="Two simultaneous starts spawned two callout processes; fixed by registering on the incident number.")

    P.commit("cl-p2", 16, """reply_parser: accept y / yes / Y 20 / 'yes eta 25'

Only an exact "Y" or "N" was recognised; anything else was dropped as noise, so those people
stayed 'no reply' on the board. Now case-insensitive, first word decides, optional trailing
minutes become the ETA.""", [("M", "src/reply_parser.erl"), ("M", "test/reply_parser_tests.erl")])
    P.note("cl-p2-d", 16, """Big screen in the base: members said it's hard to read from the kit room, so it's shown in a
bigger font from next week. The base phone being on silent at night is on purpose.""")
    P.q("paraphrase", "Why were some members who'd said they were coming shown as silent on the big screen?",
        ["cl-p2"], distractors=["cl-p2-d"],
        note="The parser only accepted an exact 'Y', so 'yes' or 'y 20' counted as no reply.")

    P.note("cl-p3", 20, """The link between rescue-vm1 and rescue-vm2 dropped for ~70 s in the ISP maintenance window.
Both nodes held a copy of the open job's state machine and each carried on: a separate responder
list each, and both sent the escalation. Decision: no more active-active. vm1 runs the app, vm2
is a cold standby started by hand (runbook in docs/failover.md).""")
    P.note("cl-p3-d", 20, """Two servers at the base lost power for about a minute in the storm; UPS test on Thursday.
Nothing went wrong with the radios or the repeater.""")
    P.q("paraphrase", "What went wrong when the two servers lost sight of each other for about a minute?",
        ["cl-p3"], distractors=["cl-p3-d"],
        note="A netsplit: both nodes kept running the same callout (split brain); moved to active/standby.")

    P.sh("cl-c5-d", 25, "ssh rescue-vm1 \"cairnline/bin/cairnline eval 'erlang:memory(processes).'\"", "58213896")
    P.sh("cl-c5", 25, "ssh rescue-vm1 \"cairnline/bin/cairnline eval 'recon:proc_count(memory, 3).'\"",
         """[{<0.1184.0>,41986312,
  [board_sse,{current_function,{prim_inet,recv0,3}},{initial_call,{proc_lib,init_p,5}}]},
 {<0.612.0>,2873416,
  [callout_registry,{current_function,{gen_server,loop,7}},{initial_call,{proc_lib,init_p,5}}]},
 {<0.9.0>,1196584,
  [logger,{current_function,{gen_server,loop,7}},{initial_call,{proc_lib,init_p,5}}]}]""")
    P.commit("cl-p4", 26, """board: stop piling up an SSE loop per closed browser tab

The event-stream handler joined the pg group and looped forever; when the tab closed nothing
noticed, so each kiosk reload in the crew room kept an orphan process alive (thousands after a
fortnight). Now monitors the connection and leaves the group in terminate/3.""",
             [("M", "src/board_sse.erl")])
    P.note("cl-p4-d", 26, """Wall display in the base: left it on over Christmas, fine. Server cupboard fan slowly getting
louder, a few weeks until the service visit. RAM upgrade for the training laptop approved.""")
    P.q("paraphrase", "Why did the server slowly eat up RAM over a few weeks with the wall display in the base left on?",
        ["cl-p4"], distractors=["cl-p4-d"],
        note="Each kiosk reload leaked an SSE handler process that never exited.")

    P.chat("cl-p5", 30, """User: The Esendex invoice for March is about twice February's with a similar count of callouts.
What am I missing?
Assistant: Check the encoding. A single ’ (curly apostrophe) or an en dash forces UCS-2, which cuts
a part from 160 to 70 characters, so each message goes out as 2–3 parts. Normalise to GSM-7
before sending (’ -> ', – -> -) and log the part count per send.""")
    P.note("cl-p5-d", 30, """Texting costs for the month: the same number of jobs as last year, even though we nearly doubled
the training nights. Treasurer happy with that.""")
    P.q("paraphrase", "Why did our texting costs nearly double one month even though we had the same number of jobs?",
        ["cl-p5"], distractors=["cl-p5-d"],
        note="Curly punctuation forced UCS-2, splitting each SMS into more billable parts.")

    P.commit("cl-p6", 42, """callout_fsm: cancel escalation once quorum is reached

The escalation was a generic {timeout, ...} action set on entering 'paging'. Reaching quorum only
updated the data, not the state, so it still fired and paged the neighbouring MRT. Now a
state_timeout plus a real transition to 'mustered'.""", [("M", "src/callout_fsm.erl")])
    P.note("cl-p6-d", 42, """Next valley's team invited us to their navigation day; plenty of people already signed up. They
get called in for the ridge more than we do, even in summer.""")
    P.q("paraphrase", "Why did the next valley's team get called in even when we already had plenty of people heading out?",
        ["cl-p6"], distractors=["cl-p6-d"],
        note="The escalation timer was not cancelled when enough replies arrived.")

    P.edit("cl-p7", 47, "src/callout_fsm.erl", """Added code_change/4 converting the old #data{} tuple (no eta field) into the new record. The
relup on Tuesday loaded the module while a callout was open; with no code_change the gen_statem
crashed on the record mismatch and the supervisor restarted it empty. Releases now do a full
restart, and only when no callout is open.""", source="cursor")
    P.note("cl-p7-d", 47, """Tuesday: the job in progress was only the training exercise; wipe the test callout and everyone
who replied before Thursday. Training laptop upgrade on Tuesday evening.""")
    P.q("paraphrase", "Why did the upgrade on the Tuesday wipe who'd replied on the job that was in progress?",
        ["cl-p7"], distractors=["cl-p7-d"],
        note="Hot code load without code_change/4 crashed the callout process, which restarted empty.")

    # ------------------------------------------------------------------ command_fact
    P.sh("cl-c1-d", 23, "erl -noshell -eval 'io:format(\"~s~n\", [erlang:system_info(otp_release)]), halt().'", "26")
    P.sh("cl-c1", 23, "ssh rescue-vm1 'cat /usr/lib/erlang/releases/*/OTP_VERSION'", "26.1.2")
    P.q("command_fact", "Which exact Erlang patch release was the production box on before we moved to OTP 27?",
        ["cl-c1"], distractors=["cl-c1-d"], keys=["26.1.2"],
        note="Only the OTP_VERSION file on rescue-vm1 shows 26.1.2; the local erl prints just 26.")

    P.sh("cl-c2-d", 17, "rebar3 proper -m prop_reply_parser", """===> Testing prop_reply_parser:prop_eta_roundtrip()
....................................................................................................
OK: Passed 100 test(s).
===> 1/1 properties passed""")
    P.sh("cl-c2", 17, "rebar3 proper -m prop_reply_parser -n 500", """===> Testing prop_reply_parser:prop_eta_roundtrip()
.....................................!
Failed: After 38 test(s).
[<<"Y 0">>]

Shrinking .(1 time(s))
[<<"y 0">>]
===> 0/1 properties passed, 1 failed""", exit=1)
    P.q("command_fact", "What was the smallest reply text the property test found that broke the parser?",
        ["cl-c2"], distractors=["cl-c2-d"], keys=['<<"y 0">>'],
        note="The shrunk PropEr counterexample is 'y 0' (an ETA of zero).")

    P.sh("cl-c3", 14, "rebar3 ct --suite test/callout_SUITE", """===> Running Common Test suites...
%%% callout_SUITE ==> escalates_after_timeout: FAILED
%%% callout_SUITE ==> {badmatch,{error,already_started}}
%%% callout_SUITE ==> draft_needs_confirmation: FAILED
%%% callout_SUITE ==> {timeout,{gen_statem,call,[draft,confirm,5000]}}
Failed 2 tests. Passed 41 tests.
Results written to "_build/test/logs/index.html".
===> Failures occurred running tests: 2""", exit=1)
    P.sh("cl-c3-d", 14, "rebar3 ct --suite test/callout_SUITE", """===> Running Common Test suites...
%%% callout_SUITE: ...........................................
All 43 tests passed.""")
    P.q("command_fact", "How many callout test cases passed on the run where two failed?",
        ["cl-c3"], distractors=["cl-c3-d"], keys=["Passed 41 tests"],
        note="Only the failing common_test run prints 'Passed 41 tests'.")

    P.sh("cl-c4-d", 31, "rebar3 as prod tar", """===> Verifying dependencies...
===> Compiling cairnline
===> Assembling release cairnline-0.9.1...
===> Release successfully assembled: _build/prod/rel/cairnline
===> Building release tarball cairnline-0.9.1.tar.gz...
===> Tarball successfully created: _build/prod/rel/cairnline/cairnline-0.9.1.tar.gz""")
    P.sh("cl-c4", 44, "rebar3 as prod tar", """===> Verifying dependencies...
===> Compiling cairnline
===> Assembling release cairnline-0.9.2...
===> Release successfully assembled: _build/prod/rel/cairnline
===> Building release tarball cairnline-0.9.2.tar.gz...
===> Tarball successfully created: _build/prod/rel/cairnline/cairnline-0.9.2.tar.gz""")
    P.q("command_fact", "Which version number did the last packaged release tarball carry?",
        ["cl-c4"], distractors=["cl-c4-d"], keys=["cairnline-0.9.2"],
        note="The day-44 tar build is 0.9.2; the day-31 one was 0.9.1.")

    P.q("command_fact", "How many bytes was the biggest process holding when I checked the live node's memory?",
        ["cl-c5"], distractors=["cl-c5-d"], keys=["41986312"],
        note="recon:proc_count(memory, 3) on the live node: the top process held 41986312 bytes.")

    P.commit("cl-c6", 9, """deps: cowboy 2.12.0 (was 2.10.0) for the HTTP/2 flow-control fix""",
             [("M", "rebar.config"), ("M", "rebar.lock")])
    P.sh("cl-c6-d", 9, "curl -sI https://callout.example.com/healthz", "HTTP/1.1 200 OK\ncontent-length: 2\nserver: Cowboy")
    P.q("command_fact", "What version of the HTTP server library is the rescue callout service on?",
        ["cl-c6"], distractors=["cl-c6-d"], keys=["2.12.0"], null=True,
        note="Only the deps commit states cowboy 2.12.0; the server header has no version.")

    P.sh("cl-c7-d", 52, "bin/sms_credits --account test", "test sub-account: 250 credits left")
    P.sh("cl-c7", 52, "bin/sms_credits --account main", "main account: 4817 credits left")
    P.q("command_fact", "How many text credits were left on the account when I last looked?",
        ["cl-c7"], distractors=["cl-c7-d"], keys=["4817"],
        note="The main account check printed 4817; 250 is the test sub-account.")

    # ------------------------------------------------------------------ knowledge_update
    P.commit("cl-u1-o", 7, """escalation: page the neighbouring team if fewer than 6 yes replies within 15 minutes""",
             [("M", "src/callout_fsm.erl")])
    P.note("cl-u1", 25, """Escalation rule changed at the team leaders' meeting: the callout now pages the neighbouring team
if fewer than 8 members have replied yes after 10 minutes. 6 in 15 was too slow for winter jobs.""")
    P.q("knowledge_update", "When does a callout get handed on to the neighbouring team now?",
        ["cl-u1"], ["cl-u1-o"], note="<6 yes in 15 min (day 7) -> <8 yes after 10 min (day 25).")

    P.commit("cl-u2-o", 3, """sms: send through TextMagic's REST API (sms_textmagic.erl)""",
             [("A", "src/sms_textmagic.erl"), ("M", "src/cairnline.app.src")])
    P.note("cl-u2", 29, """SMS now goes out through Esendex, not TextMagic. Esendex gives per-number delivery receipts and
a UK short code for replies. sms_esendex.erl replaces the TextMagic module.""")
    P.q("knowledge_update", "Which texting provider do callouts go through at the moment?",
        ["cl-u2"], ["cl-u2-o"], note="TextMagic (day 3) -> Esendex (day 29).")

    P.note("cl-u3-o", 2, """Storage: mnesia with disc_copies on both nodes. Tables: member, callout, reply.""")
    P.commit("cl-u3", 34, """Move storage from mnesia to Postgres 16 (epgsql + a small pool)

mnesia tables exported once with scripts/mnesia_to_pg.escript; cairnline_db wraps the queries.""",
             [("A", "src/cairnline_db.erl"), ("A", "scripts/mnesia_to_pg.escript"), ("A", "priv/sql/001_init.sql")])
    P.q("knowledge_update", "Where does the callout service keep its data these days?",
        ["cl-u3"], ["cl-u3-o"], note="mnesia (day 2) -> Postgres (day 34).")

    P.edit("cl-u4-o1", 9, "src/callout_fsm.erl",
           "-define(AUTO_CLOSE_MS, timer:hours(6)).  %% an open callout closes itself after 6 hours")
    P.note("cl-u4-o2", 27, """An open callout now stays up for 12 hours before it auto-closes: the long search on the plateau went past 6 and the
board went blank mid-job.""")
    P.commit("cl-u4", 48, """callout_fsm: no auto-close

A callout stays open until the coordinator stands it down. At 12 hours the coordinator gets a
reminder SMS instead.""", [("M", "src/callout_fsm.erl")])
    P.q("knowledge_update", "How long does a callout stay open before it closes by itself now?",
        ["cl-u4"], ["cl-u4-o1", "cl-u4-o2"], note="6 h (day 9) -> 12 h (day 27) -> never, reminder at 12 h (day 48).")

    P.edit("cl-u5-o", 1, ".tool-versions", "erlang 26.2.5   # OTP 26 for the callout app\nrebar 3.22.1")
    P.commit("cl-u5", 38, """Build and run on OTP 27

.tool-versions: erlang 27.0.1; rescue-vm1 upgraded from the Erlang Solutions repo.""",
             [("M", ".tool-versions"), ("M", "docs/server.md")])
    P.q("knowledge_update", "Which OTP major version is the callout app built on now?",
        ["cl-u5"], ["cl-u5-o"], note="OTP 26 (day 1) -> OTP 27 (day 38).")

    P.commit("cl-u6-o", 4, """http: use jsx to encode and decode JSON in the callout service""", [("M", "rebar.config"), ("M", "src/api_handler.erl")])
    P.note("cl-u6", 40, """Dropped jsx: since OTP 27 we use the built-in json module (json:encode/1, json:decode/1). One
dependency fewer.""")
    P.q("knowledge_update", "Which JSON library does the rescue callout service use these days?",
        ["cl-u6"], ["cl-u6-o"], null=True, note="jsx (day 4) -> OTP 27 json module (day 40).")

    # ------------------------------------------------------------------ first_attempt
    P.note("cl-f1", 1, """Trigger: the police control room texts the team number. The first version parses that SMS (grid
ref + incident number) and starts the callout straight away, no human in the loop.""")
    P.note("cl-f1-l", 14, """From today a coordinator must confirm every callout in the web UI. The police SMS only creates a
draft; paging starts when a coordinator clicks Start.""")
    P.q("first_attempt", "How did a callout get kicked off at the very beginning?",
        ["cl-f1"], ["cl-f1-l"], note="Auto-start from the police SMS (day 1) before coordinator confirmation (day 14).")

    P.commit("cl-f2", 2, """callout_server: one gen_server holding every open callout in a map""",
             [("A", "src/callout_server.erl"), ("A", "src/cairnline_sup.erl")])
    P.commit("cl-f2-l", 11, """One gen_statem per callout under callout_sup (simple_one_for_one)

callout_server removed; a crash in one job no longer takes the others down.""",
             [("D", "src/callout_server.erl"), ("A", "src/callout_fsm.erl"), ("A", "src/callout_sup.erl")])
    P.q("first_attempt", "How were open callouts held in processes at first?",
        ["cl-f2"], ["cl-f2-l", "cl-p1"], note="One gen_server for all (day 2) before a gen_statem per callout (day 11; day-12 registration fix is later work).")

    P.note("cl-f3", 3, """Reply parser tests: a table of eunit cases in reply_parser_tests.erl, about 30 hand-written
inputs from last winter's real replies.""")
    P.commit("cl-f3-l", 15, """Add PropEr properties for the reply parser (prop_reply_parser)""",
             [("A", "test/prop_reply_parser.erl"), ("M", "rebar.config")])
    P.q("first_attempt", "What did we test the reply parser with originally?",
        ["cl-f3"], ["cl-f3-l"], note="Hand-written eunit table (day 3) before PropEr (day 15).")

    P.note("cl-f4", 5, """Deploy for now: rsync the repo to rescue-vm1 and run `rebar3 shell` inside tmux. Not pretty.""")
    P.commit("cl-f4-l1", 18, """Ship a relx release with a systemd unit (cairnline.service)""",
             [("M", "rebar.config"), ("A", "deploy/cairnline.service")])
    P.note("cl-f4-l2", 50, """Deploys are a Docker image now (erlang:27-alpine build stage); the systemd unit on rescue-vm1
just runs docker compose.""")
    P.q("first_attempt", "How did the app get onto the server at the start?",
        ["cl-f4"], ["cl-f4-l1", "cl-f4-l2"], note="rsync + rebar3 shell in tmux (day 5) before relx/systemd (18) and Docker (50).")

    P.edit("cl-f5", 6, "priv/board.html", '<meta http-equiv="refresh" content="20">  <!-- the board reloads every 20 s -->')
    P.commit("cl-f5-l", 19, """board: server-sent events instead of the 20 s meta refresh""",
             [("A", "src/board_sse.erl"), ("M", "priv/board.html")])
    P.q("first_attempt", "How did the responders board keep itself current before server-sent events?",
        ["cl-f5"], ["cl-f5-l", "cl-p4"], note="Meta refresh every 20 s (day 6) before SSE (day 19; day-26 leak fix is later SSE work).")

    P.commit("cl-f6", 4, """members: read phone numbers from priv/members.csv (edited by hand on the server)""",
             [("A", "priv/members.csv"), ("A", "src/members.erl")])
    P.note("cl-f6-l", 35, """Members now live in a Postgres table synced nightly from the team roster export
(roster_sync.erl); priv/members.csv is gone.""")
    P.q("first_attempt", "Where were the rescue team's phone numbers kept at first?",
        ["cl-f6"], ["cl-f6-l"], null=True, note="A hand-edited CSV (day 4) before the roster sync (day 35).")

    # ------------------------------------------------------------------ fillers
    P.commit("cl-x1", (3, 25), """board: show ETA minutes next to each responder""", [("M", "priv/board.html"), ("M", "src/board_sse.erl")])
    P.commit("cl-x2", (10, 40), """police_sms: tolerate grid refs with spaces (NN 123 456)""", [("M", "src/police_sms.erl")])
    P.commit("cl-x3", (20, 50), """logger: add incident number to the metadata of every callout log line""", [("M", "src/callout_fsm.erl")])
    P.commit("cl-x4", (30, 58), """docs: member onboarding checklist""", [("A", "docs/onboarding.md")])
    P.commit("cl-x5", (40, 60), """api: /callouts/:id/replies returns replies in arrival order""", [("M", "src/api_handler.erl")])
    P.chat("cl-x6", (4, 30), """User: gen_statem: is it better to use state_functions or handle_event_function for a small FSM?
Assistant: state_functions reads nicely when each state handles different events; if most events
are handled the same way in every state, handle_event_function avoids repeating clauses.""")
    P.chat("cl-x7", (34, 58), """User: epgsql returns dates as {{Y,M,D},{H,Mi,S}} with a float seconds part, how do I format that?
Assistant: Truncate the seconds, then calendar:datetime_to_gregorian_seconds/1 or a small
io_lib:format("~4..0B-~2..0B-~2..0B ~2..0B:~2..0B", ...) helper.""", source="cursor", files=["src/cairnline_db.erl"])
    P.note("cl-x8", (5, 35), """Winter callouts are mostly the plateau and the north gullies; the team wants a 'kit needed' line
in the page text (crampons, stretcher).""")
    P.note("cl-x9", (35, 60), """Ask the police liaison whether they can send the what3words too; grid refs come through mangled
now and then.""")
    P.edit("cl-x10", (10, 45), "src/sms_format.erl", "Page text: incident no., location, kit line, then 'reply Y/N + ETA'. Kept under one part.")
    P.edit("cl-x11", (30, 60), "priv/board.css", "Bigger names, green for Y, grey for no reply; fits 24 rows on the crew room screen.")
    P.file("cl-x12", (30, 45), "config/sys.config", """[{cairnline, [{board_port, {env, "BOARD_PORT"}},
             {quorum_minutes, 10},
             {sms_module, sms_esendex}]},
 {kernel, [{logger_level, info}]}].""")

    # ------------------------------------------------------------------ shell pool
    P.pool_cmd("git status -sb", "## main...origin/main\n M src/callout_fsm.erl", weight=3)
    P.pool_cmd("git log --oneline -3", "a41c9e0 board: tidy css\n5be2d71 sms: log part count\n0c9e3f8 tests: fix flaky timer case", weight=1)
    P.pool_cmd("rebar3 compile", "===> Verifying dependencies...\n===> Analyzing applications...\n===> Compiling cairnline", weight=3)
    P.pool_cmd("rebar3 eunit", "===> Performing EUnit tests...\n...................................................\nFinished in 0.412 seconds\n51 tests, 0 failures", weight=2)
    P.pool_cmd("rebar3 eunit", "===> Performing EUnit tests...\nreply_parser_tests: parse_test_ (\"Yes 15\")...*failed*\n  expected: {yes,15}\n       got: noise\nFinished in 0.398 seconds\n51 tests, 1 failures", exit=1, hi=15)
    P.pool_cmd("rebar3 dialyzer", "===> Doing success typing analysis...\nsrc/sms_textmagic.erl\nLine 44 Column 1: Function send/2 has no local return\n===> Warnings occurred running dialyzer: 1", exit=1, lo=3, hi=28)
    P.pool_cmd("rebar3 dialyzer", "===> Doing success typing analysis...\n===> Resolving analysis files...", lo=29)
    P.pool_cmd("rebar3 fmt --check", "===> The following files are not properly formatted:\n  src/board_sse.erl", exit=1, lo=19)
    P.pool_cmd("rebar3 lint", "===> elvis analysis starting, this may take a while...\n# src/callout_fsm.erl [FAIL]\n  - line_length\n    - Line 212 is too long: 104.", exit=1)
    P.pool_cmd("rebar3 shell", "Erlang/OTP 26 [erts-14.2.5] [source] [64-bit] [smp:10:10] [ds:10:10:10] [async-threads:1] [jit]\n\nEshell V14.2.5 (press Ctrl+G to abort, type help(). for help)\n===> Booted cairnline", hi=37, weight=2)
    P.pool_cmd("rebar3 shell", "Erlang/OTP 27 [erts-15.0.1] [source] [64-bit] [smp:10:10] [ds:10:10:10] [async-threads:1] [jit]\n\nEshell V15.0.1 (press Ctrl+G to abort, type help(). for help)\n===> Booted cairnline", lo=38, weight=2)
    P.pool_cmd("tmux attach -t cairn", "", lo=5, hi=17)
    P.pool_cmd("ssh rescue-vm1 'systemctl status cairnline --no-pager | head -3'", "● cairnline.service - Cairnline callout service\n     Loaded: loaded (/etc/systemd/system/cairnline.service; enabled)\n     Active: active (running) since Fri 2024-03-22 06:41:07 GMT", lo=18, hi=49)
    P.pool_cmd("ssh rescue-vm1 'docker compose -f /opt/cairnline/compose.yaml ps'", "NAME        IMAGE              STATUS\ncairnline   cairnline:latest   Up 3 days", lo=50)
    P.pool_cmd("ssh rescue-vm1 'journalctl -u cairnline -n 3 --no-pager'", "Mar 14 19:02:11 rescue-vm1 cairnline[812]: callout started incident=CD-0412\nMar 14 19:02:12 rescue-vm1 cairnline[812]: paged 38 members\nMar 14 19:09:40 rescue-vm1 cairnline[812]: quorum reached", lo=18)
    P.pool_cmd("psql cairnline -c '\\dt'", "          List of relations\n Schema |   Name   | Type  |  Owner\n--------+----------+-------+---------\n public | callout  | table | cairn\n public | member   | table | cairn\n public | reply    | table | cairn", lo=34)
    P.pool_cmd("curl -s localhost:8087/healthz", "ok", lo=2)
    P.pool_cmd("code src/callout_fsm.erl", "", weight=1)
    P.pool_cmd("rebar3 xref", "===> Running cross reference analysis...", weight=0.7)
    return P
