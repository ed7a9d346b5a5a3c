"""signalbox: Elixir/Phoenix LiveView departure boards and disruption alerts for a heritage railway."""
from authoring import Project

P = Project("signalbox", "sbox", "~/src/signalbox")

# =====================================================================
# paraphrase
# =====================================================================
P.note("sbox.herd", 15,
       "After each deploy ~600 LiveView sockets reconnected in the same second and pinned the DB pool. Added "
       "jitter: liveSocket reconnectAfterMs returns a random 1000-5000 ms, and mount/3 now reads the ETS "
       "snapshot instead of querying Postgres.")
P.note("sbox.herd.d", 16,
       "Station screen at Moorside hammers the wifi after dusk; the access point in the booking office needs "
       "replacing.", cli=True)
P.q("paraphrase", "Why did every station screen hammer us right after shipping a new version?",
    ["sbox.herd"], distractors=["sbox.herd.d"],
    note="The note describes the LiveView reconnect storm after deploys and the jitter fix.")

P.commit("sbox.coalesce", 22,
         "Coalesce delay updates per train for 2 s before broadcasting on PubSub; boards were re-rendering "
         "40x a minute",
         ["A lib/signalbox/delays/coalescer.ex", "M lib/signalbox_web/live/board_live.ex"])
P.note("sbox.coalesce.d", 23,
       "Displays flickering at Glen Halt: it's the old LCD's backlight, not our software. Volunteer will swap "
       "the panel.")
P.q("paraphrase", "How did we stop the displays from flickering with every tiny lateness change?",
    ["sbox.coalesce"], distractors=["sbox.coalesce.d"],
    note="Coalescing per-train delay updates for 2 s stops the constant board re-rendering.")

P.chat("sbox.plt", 30,
       "User: CI spends 9 minutes on dialyzer every run.\n"
       "Assistant: Cache the PLTs. In mix.exs set `plt_core_path: \"priv/plts\"` and "
       "`plt_file: {:no_warn, \"priv/plts/dialyzer.plt\"}`, then cache priv/plts in the workflow keyed on "
       "mix.lock and the Elixir/OTP versions. Only the first run builds them.")
P.note("sbox.plt.d", 31,
       "Pipeline step order: format check, credo, static analysis, tests. Type analysis should fail fast, "
       "before the slow integration tests.")
P.q("paraphrase", "How did we speed up the static type analysis step in the pipeline?",
    ["sbox.plt"], distractors=["sbox.plt.d"],
    note="Caching the dialyzer PLTs cuts the dialyzer step in CI.")

P.edit("sbox.429", 36, "lib/signalbox/feeds/feed_client.ex",
       "Treat HTTP 429 as retryable and honour the Retry-After header instead of hitting the upstream every "
       "second.")
P.note("sbox.429.d", 37,
       "Timetable provider contract: requests are free up to 10k/day; throttling beyond that is at their "
       "discretion.")
P.q("paraphrase", "What did we do once the timetable provider began throttling our requests?",
    ["sbox.429"], distractors=["sbox.429.d"],
    note="The edit handles HTTP 429 with Retry-After.")

P.note("sbox.atoms", 42,
       "Atom leak: String.to_atom/1 on platform codes from the feed created a new atom per typo; the atom "
       "table hit 78% of the limit. Replaced with a map of known codes.")
P.note("sbox.atoms.d", 43,
       "Runtime metrics dashboard: process count, memory, run queue and registered identifiers for each "
       "node.")
P.q("paraphrase", "What kept growing until the runtime nearly ran out of interned identifiers?",
    ["sbox.atoms"], distractors=["sbox.atoms.d"],
    note="Interned identifiers are atoms; the note explains the String.to_atom leak.")

P.commit("sbox.unique", 49,
         "Oban unique jobs for disruption SMS (fields: [:args], period: 600) so subscribers stop getting "
         "duplicates",
         ["M lib/signalbox/notify/sms_worker.ex"])
P.note("sbox.unique.d", 48,
       "Riders asked for the same delay text in Welsh too; twice as long, so check the SMS length limit.")
P.q("paraphrase", "How did we prevent riders receiving an identical text twice for one delay?",
    ["sbox.unique"], distractors=["sbox.unique.d"],
    note="Oban unique jobs de-duplicate the disruption SMS.")

P.note("sbox.clock", 56,
       "Clock drift on the Pi-based platform displays: departures showed a minute early. Enabled chrony "
       "against the railway NTP server, and the board now renders server time pushed over the socket, not "
       "the local clock.")
P.note("sbox.clock.d", 55,
       "Schedule note: the 10:40 leaves sixty seconds earlier on Sundays, per the timetable committee.")
P.q("paraphrase", "Why were trains appearing to leave sixty seconds ahead of schedule on the platform screens?",
    ["sbox.clock"], distractors=["sbox.clock.d"],
    note="The displays' clocks drifted; the note adds NTP and server-pushed time.")

# =====================================================================
# command_fact
# =====================================================================
P.sh("sbox.remote.d", 40, "fly ssh console -a signalbox-prod",
     "Connecting to fdaa:0:3b1c:a7b:1f2:9e4d:7c2a:2... complete\nroot@6e82d45a:/app#")
P.sh("sbox.remote", 40, "fly ssh console -a signalbox-prod -C \"/app/bin/signalbox remote\"",
     "Connecting to fdaa:0:3b1c:a7b:1f2:9e4d:7c2a:2... complete\n"
     "Interactive Elixir (1.16.2) - press Ctrl+C to exit\niex(signalbox@6e82d45a)1>")
P.q("command_fact", "How did I get an interactive Elixir prompt on the running production node?",
    ["sbox.remote"], keys=["bin/signalbox remote"], distractors=["sbox.remote.d"],
    note="fly ssh console with -C \"/app/bin/signalbox remote\" opens a remote IEx shell.")

P.sh("sbox.seed", 33, "mix test --only integration --seed 40417",
     "  1) test board updates when a delay changes (SignalboxWeb.BoardLiveTest)\n"
     "     ** (ExUnit.AssertionError) Assertion failed, no matching message after 100ms\n\n"
     "Finished in 4.2 seconds (1.1s async, 3.1s sync)\n18 tests, 1 failure\n\nRandomized with seed 40417",
     exit=2)
P.sh("sbox.seed.d", 33, "mix test --only integration",
     "Finished in 4.0 seconds (1.1s async, 2.9s sync)\n18 tests, 0 failures")
P.q("command_fact", "Which random ordering reproduced the flaky test?",
    ["sbox.seed"], keys=["40417"], distractors=["sbox.seed.d"],
    project=None,
    note="The failing mix test run used --seed 40417.")

P.sh("sbox.genmig", 26, "mix ecto.gen.migration add_platform_alias_to_stops",
     "* creating priv/repo/migrations/20240521093012_add_platform_alias_to_stops.exs")
P.chat("sbox.genmig.d", 26,
       "User: how should I name an Ecto migration that adds a column?\n"
       "Assistant: Describe the change in the name - add_<column>_to_<table>, e.g. add_code_to_stations - so "
       "the timestamped file list reads like a changelog.")
P.q("command_fact", "What did I call the migration for alternate platform names?",
    ["sbox.genmig"], keys=["add_platform_alias_to_stops"], distractors=["sbox.genmig.d"],
    note="mix ecto.gen.migration created add_platform_alias_to_stops.")

P.sh("sbox.outdated", 19, "mix hex.outdated",
     "Dependency           Current  Latest   Status\n"
     "oban                 2.17.8   2.17.10  Update possible\n"
     "phoenix              1.7.12   1.7.12   Up-to-date\n"
     "phoenix_live_view    0.20.2   0.20.14  Update possible\n"
     "req                  0.4.14   0.4.14   Up-to-date")
P.sh("sbox.outdated.d", 19, "mix deps.update phoenix_live_view",
     "Resolving Hex dependencies...\nUpgraded:\n  phoenix_live_view 0.20.2 => 0.20.3")
P.q("command_fact", "Which version of the live view library were we behind on, and what was the newest?",
    ["sbox.outdated"], keys=["0.20.14"], distractors=["sbox.outdated.d"],
    note="mix hex.outdated lists phoenix_live_view 0.20.2 with 0.20.14 available.")

P.sh("sbox.scale", 47, "fly scale count 3 --region lhr -a signalbox-prod",
     "App 'signalbox-prod' is going to be scaled according to this plan:\n"
     "  +1 machines for group 'app' on region 'lhr' of size 'shared-cpu-1x'\n"
     "Executing scale plan\n  Created e2865641be9378 group:app region:lhr size:shared-cpu-1x")
P.sh("sbox.scale.d", 47, "fly status -a signalbox-prod")
P.q("command_fact", "How many machines did I scale production to, and in which region?",
    ["sbox.scale"], keys=["--region lhr"], distractors=["sbox.scale.d"],
    note="fly scale count 3 --region lhr.")

P.commit("sbox.v1rt", 24,
         "Remove the legacy GTFS-RT v1 endpoint at /feeds/v1/rt; nobody has polled it since March",
         ["M lib/signalbox_web/router.ex", "D lib/signalbox_web/controllers/gtfs_rt_v1_controller.ex"])
P.note("sbox.v1rt.d", 23,
       "Real-time consumers: the museum kiosk and the tourist board site both read the v2 JSON endpoint; "
       "nobody has complained about the old one.")
P.q("command_fact", "Which old real-time URL did we retire?",
    ["sbox.v1rt"], keys=["/feeds/v1/rt"], distractors=["sbox.v1rt.d"],
    note="The commit removes /feeds/v1/rt.")

# =====================================================================
# knowledge_update
# =====================================================================
P.note("sbox.poll.1", 6, "Feed poller runs every 30 s (Feeds.Poller GenServer with Process.send_after).")
P.commit("sbox.poll.2", 27, "Poll the signalling feed every 15 s; 30 s made delays reach the boards late",
         ["M lib/signalbox/feeds/poller.ex", "M config/runtime.exs"])
P.note("sbox.poll.3", 50,
       "Feed: we now subscribe to the signalling system's push websocket; the poller only runs as a fallback, "
       "every 60 s, while the socket is down.")
P.q("knowledge_update", "How often do we pull the signalling feed?",
    ["sbox.poll.3"], outdated=["sbox.poll.1", "sbox.poll.2"],
    note="30 s -> 15 s -> push websocket with a 60 s fallback poll (day 50).")

P.note("sbox.rows.1", 8, "Boards show the next 8 departures.", cli=True)
P.commit("sbox.rows.2", 31,
         "Boards show the next 12 departures on the concourse screens and 6 on platform displays",
         ["M lib/signalbox_web/live/board_live.ex", "M lib/signalbox/boards.ex"])
P.q("knowledge_update", "How many departures does a board list?",
    ["sbox.rows.2"], outdated=["sbox.rows.1"],
    note="8 rows until day 31, then 12 (concourse) / 6 (platform).")

P.note("sbox.sms.1", 10, "SMS alerts go through TextBridge (about 4p per message).")
P.commit("sbox.sms.2", 38, "Switch SMS to Sendly: delivery receipts and half the price",
         ["A lib/signalbox/notify/sendly.ex", "D lib/signalbox/notify/textbridge.ex", "M config/runtime.exs"])
P.q("knowledge_update", "Which SMS provider sends the disruption alerts?",
    ["sbox.sms.2"], outdated=["sbox.sms.1"],
    project=None,
    note="TextBridge until day 38, then Sendly.")

P.edit("sbox.q.1", 12, "config/config.exs", "Oban queues: [default: 10, notifications: 5].")
P.edit("sbox.q.2", 41, "config/config.exs",
       "Oban queues: [default: 10, notifications: 20]; the Monday-morning disruption fan-out took 7 minutes "
       "at 5.")
P.q("knowledge_update", "What's the concurrency limit on the notifications queue?",
    ["sbox.q.2"], outdated=["sbox.q.1"],
    note="notifications limit 5 -> 20 on day 41.")

P.commit("sbox.anim.1", 17, "Split-flap animation on board updates, 300 ms per row",
         ["A assets/js/hooks/flap.js", "M assets/css/board.css", "M lib/signalbox_web/live/board_live.ex"])
P.note("sbox.anim.2", 44,
       "Board updates: the split-flap animation is gone, rows change instantly. A regular passenger "
       "complained of motion sickness, and volunteers found it hard to read anyway.")
P.q("knowledge_update", "Do board rows animate when they change?",
    ["sbox.anim.2"], outdated=["sbox.anim.1"],
    note="Split-flap animation removed on day 44.")

P.commit("sbox.late.1", 9, "Notify subscribers when a train is 5+ minutes late",
         ["A lib/signalbox/notify/rules.ex", "A test/signalbox/notify/rules_test.exs"])
P.note("sbox.late.2", 33,
       "Delay alerts now only go out at 10+ minutes late; 5 was far too chatty for a heritage line.")
P.q("knowledge_update", "How late does a train have to be before subscribers get an alert?",
    ["sbox.late.2"], outdated=["sbox.late.1"],
    note="Threshold 5 -> 10 minutes on day 33.")

# =====================================================================
# first_attempt
# =====================================================================
P.commit("sbox.rt.1", 0, "Board LiveView re-reads the timetable ETS table every 5 s with :timer.send_interval",
         ["A lib/signalbox_web/live/board_live.ex", "A lib/signalbox_web/router.ex"])
P.commit("sbox.rt.2", 5,
         "Push board updates over Phoenix.PubSub topic \"board:<station>\" instead of re-reading on a timer",
         ["M lib/signalbox_web/live/board_live.ex", "A lib/signalbox/boards.ex"])
P.q("first_attempt", "How did the board get fresh data originally, before PubSub?",
    ["sbox.rt.1"], outdated=["sbox.rt.2"],
    note="Day 0 LiveView re-read the ETS table every 5 s; PubSub came on day 5.")

P.note("sbox.ets.1", 2, "Prototype keeps today's timetable in an ETS table only; no database yet.")
P.commit("sbox.ets.2", 7, "Add Ecto + Postgres: stations, services and calls tables",
         ["A lib/signalbox/repo.ex", "A priv/repo/migrations/20240408101500_create_stations.exs",
          "A priv/repo/migrations/20240408101600_create_services_and_calls.exs", "M mix.exs"])
P.q("first_attempt", "Where did the prototype hold timetable data at first?",
    ["sbox.ets.1"], outdated=["sbox.ets.2"],
    note="ETS only on day 2; Ecto/Postgres on day 7.")

P.commit("sbox.cron.1", 11, "Nightly timetable refresh with the Quantum scheduler",
         ["A lib/signalbox/scheduler.ex", "M mix.exs", "M config/config.exs"])
P.note("sbox.cron.2", 19,
       "Scheduled jobs: Quantum is out, the Oban Cron plugin runs the nightly timetable refresh (jobs survive "
       "restarts and show up in Oban Web).")
P.q("first_attempt", "What did we use for scheduled jobs at first?",
    ["sbox.cron.1"], outdated=["sbox.cron.2"],
    note="Quantum on day 11; Oban Cron on day 19.")

P.commit("sbox.http.1", 14, "Feed client on HTTPoison", ["A lib/signalbox/feeds/feed_client.ex", "M mix.exs"])
P.commit("sbox.http.2", 23, "Move the feed client from HTTPoison to Req (Finch pool, built-in retry)",
         ["M lib/signalbox/feeds/feed_client.ex", "M mix.exs", "M mix.lock"])
P.q("first_attempt", "Which HTTP library did the feed client originally use?",
    ["sbox.http.1"], outdated=["sbox.http.2", "sbox.429"],
    note="HTTPoison on day 14; Req on day 23; the day-36 feed_client edit is later still.")

P.note("sbox.auth.1", 16, "Admin pages sit behind a basic-auth plug (ADMIN_USER / ADMIN_PASS env) for now.", cli=True)
P.note("sbox.auth.2", 37,
       "Admin auth: phx.gen.auth accounts with magic-link login; the basic-auth plug is removed.")
P.q("first_attempt", "How was the admin area protected initially?",
    ["sbox.auth.1"], outdated=["sbox.auth.2"],
    note="Basic auth on day 16; phx.gen.auth on day 37.")

P.commit("sbox.search.1", 25, "Station search v1: ILIKE '%term%' on stations.name",
         ["A lib/signalbox/stations/search.ex"])
P.commit("sbox.search.2", 32, "Station search with pg_trgm similarity and a GIN index",
         ["M lib/signalbox/stations/search.ex", "A priv/repo/migrations/20240503141200_stations_trgm.exs"])
P.commit("sbox.search.3", 46, "Station search: unaccent + trigram so 'Ystrad' matches 'Ystrâd'",
         ["M lib/signalbox/stations/search.ex", "A priv/repo/migrations/20240517092000_unaccent.exs"])
P.q("first_attempt", "How did station search work in its first version?",
    ["sbox.search.1"], outdated=["sbox.search.2", "sbox.search.3"],
    note="ILIKE on day 25, trigram on day 32, unaccent on day 46.")

# =====================================================================
# fillers
# =====================================================================
P.cmd("mix test", w=4)
P.cmd("mix test", "Finished in 3.9 seconds (1.0s async, 2.9s sync)\n142 tests, 0 failures", w=2, lo=20)
P.cmd("mix test",
      "  1) test notify rules skip cancelled services (Signalbox.Notify.RulesTest)\n"
      "     Assertion with == failed\n\n142 tests, 1 failure", exit=2, lo=9)
P.cmd("mix format --check-formatted", w=2)
P.cmd("mix credo --strict")
P.cmd("mix credo --strict",
      "┃ [R] ↗ Modules should have a @moduledoc tag.\n┃       lib/signalbox/delays/coalescer.ex:1:11", exit=8, lo=22)
P.cmd("mix dialyzer", lo=4)
P.cmd("iex -S mix phx.server", w=3)
P.cmd("mix deps.get", w=2)
P.cmd("mix ecto.migrate", lo=7, w=2)
P.cmd("mix ecto.reset", lo=7)
P.cmd("mix compile --warnings-as-errors")
P.cmd("mix phx.routes | grep live")
P.cmd("fly deploy", lo=21, w=2)
P.cmd("fly deploy", "==> Building image\n...\nVisit your newly deployed app at https://signalbox.example.com/", lo=21)
P.cmd("fly logs -a signalbox-prod", lo=21, w=2)
P.cmd("fly status -a signalbox-prod", lo=21)
P.cmd("MIX_ENV=prod mix release --overwrite", hi=20)
P.cmd("ssh signalbox-vps 'sudo systemctl restart signalbox'", hi=20)
P.cmd("git status", w=3)
P.cmd("git pull --rebase", w=2)
P.cmd("git log --oneline -5")
P.cmd("psql signalbox_dev -c 'select count(*) from calls'", " count\n-------\n  1732", lo=7)
P.cmd("mix phx.gen.live Boards Display displays name:string station_id:references:stations", lo=9, hi=12)
P.cmd("code .")

P.commit(None, None, "Station list page and board per station", ["A lib/signalbox_web/live/station_live.ex"], lo=3)
P.commit(None, None, "Cancelled services shown struck through", ["M lib/signalbox_web/live/board_live.ex", "M assets/css/board.css"], lo=6)
P.commit(None, None, "Subscribers: phone number + station preferences", ["A lib/signalbox/notify/subscriber.ex", "A priv/repo/migrations/20240415120000_create_subscribers.exs"], lo=9)
P.commit(None, None, "Telemetry: feed poll duration and board count metrics", ["M lib/signalbox_web/telemetry.ex"], lo=15)
P.commit(None, None, "Board: show platform changes in amber", ["M lib/signalbox_web/live/board_live.ex"], lo=12)
P.commit(None, None, "Unsubscribe link in every SMS", ["M lib/signalbox/notify/sms_worker.ex"], lo=12)
P.commit(None, None, "Admin: manual disruption message editor", ["A lib/signalbox_web/live/admin/disruption_live.ex"], lo=17)
P.commit(None, None, "Dark theme for evening boards", ["M assets/css/board.css"], lo=28)
P.commit(None, None, "Bump deps (oban, req)", ["M mix.lock"], lo=20)
P.commit(None, None, "Kiosk mode: hide the cursor and disable scrolling on displays", ["M assets/css/board.css", "M assets/js/app.js"], lo=25)
P.commit(None, None, "Release 2024.05.24", ["M CHANGELOG.md"], lo=50)

P.chat(None, None,
       "User: LiveView test can't see a PubSub broadcast\n"
       "Assistant: Subscribe happens in the connected mount only; in the test use live/2 (connected) and "
       "broadcast after the view has mounted, or render_async if you load data with assign_async.", lo=5)
P.chat(None, None,
       "User: best way to model a service calling at many stations in Ecto?\n"
       "Assistant: services has_many calls; each call has station_id, arrival, departure and a sequence; "
       "index (station_id, departure) for the board query.", lo=7, hi=12)
P.chat(None, None,
       "User: credo complains about nested case statements in the poller\n"
       "Assistant: Pull the branches into small functions with pattern-matched heads, or use `with` for the "
       "happy path.", via="cursor", lo=8)
P.chat(None, None,
       "User: how do I run one Oban job by hand in iex?\n"
       "Assistant: Signalbox.Workers.TimetableRefresh.new(%{}) |> Oban.insert(), or call perform/1 directly "
       "with a %Oban.Job{} in dev.", lo=19)
P.chat(None, None,
       "User: how do I make the boards readable from 20 m away?\n"
       "Assistant: Use a high-contrast palette (amber on black), fixed-width digits for times, and at least "
       "5 % of the screen height per row.", lo=10)

P.note(None, None, "Volunteer feedback: Moorside wants platform numbers bigger than the times.", lo=9)
P.note(None, None, "Gala weekend 15-16 June: extra services, check the board handles 20 departures.", cli=True, lo=30)
P.note(None, None, "TODO: audio announcements? Ask the heritage trust about budget.", lo=20)
P.note(None, None, "Station codes: MRS Moorside, GLH Glen Halt, YST Ystrad, BRK Brackenford.", cli=True, lo=3)
P.note(None, None, "SMS opt-ins so far: 312.", lo=35)

P.edit(None, None, "lib/signalbox_web/live/board_live.ex", "Extract the row component.", via="cursor", lo=6)
P.edit(None, None, "assets/css/board.css", "Amber palette variables.", lo=10)
P.edit(None, None, "lib/signalbox/notify/rules.ex", "Skip cancelled services and empty stations.", lo=12)
P.edit(None, None, "config/runtime.exs", "Read FEED_URL and FEED_TOKEN from env.", lo=14)
P.file(None, None, "mix.exs",
       "defp deps do\n  [\n    {:phoenix, \"~> 1.7.12\"},\n    {:phoenix_live_view, \"~> 0.20.2\"},\n"
       "    {:ecto_sql, \"~> 3.11\"},\n    {:oban, \"~> 2.17\"},\n    {:req, \"~> 0.4\"}\n  ]\nend", lo=24, hi=45)
