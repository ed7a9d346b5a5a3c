"""pomacewell: Julia 1.10 -> 1.11, Pkg, DifferentialEquations.jl, Optim -> Turing, DataFrames,
CSV -> Arrow, Plots -> CairoMakie, Pluto -> Literate/Quarto, Genie -> Oxygen, Tilt hydrometers,
Mosquitto on a Raspberry Pi. Domain: fermentation forecasts for a community cider co-op."""
from authoring import sh, commit, note, chat, edit, file, pool, q

NAME, ABBR, CWD = "pomacewell", "pw", "~/work/pomacewell"

RECORDS = [
    # ---- paraphrase answers and distractors
    note("pw.p1.d", 14, "Tank 3 (Dabinett and Michelin blend): the forecast should say when it will finish "
         "and also show the past week's readings."),
    commit("pw.p1.a", 17, "Clamp the ODE solve window to start at the latest reading\n\ntspan began at "
           "pitch time, so re-fitting with new gravity points extrapolated backwards and the crossing "
           "time came out negative.", [("M", "src/forecast.jl"), ("M", "test/forecast_tests.jl")]),
    note("pw.p2.d", 20, "Morning routine: plot each tank's gravity first, then later ones for the blend "
         "tanks. It took ages to read the hydrometers by hand last year."),
    note("pw.p2.a", 22, "TTFX: CairoMakie compile latency is around 70 s on the opening call. Built a custom "
         "sysimage with PackageCompiler (the precompile script exercises draw_tank), so the opening "
         "figure now takes 4 s."),
    note("pw.p3.d", 27, "Shed tank readings: weekend volunteers write the number on the whiteboard. One "
         "said the airlock looked stuck."),
    commit("pw.p3.a", 29, "Dedupe Tilt packets by timestamp, not by (colour, SG)\n\nThe Pi logger dropped "
           "any packet whose gravity matched the previous one, and after the battery swap the "
           "hydrometer's clock reset, so new packets looked like repeats.", [("M", "src/ingest.jl")]),
    note("pw.p4.d", 33, "Cellar tablet: the dashboard page should show blank rows for empty tanks and "
         "update every ten minutes."),
    edit("pw.p4.a", 35, "src/Server.jl", "Oxygen's serve() binds 127.0.0.1 by default; pass host=\"0.0.0.0\" "
         "so the LAN can reach it. The Pi's nginx was fine.", src="cursor"),
    note("pw.p5.d", 38, "Pear batch: the label strength figure gets rounded. The co-op wants it to come out "
         "way under 8% this year, no higher."),
    chat("pw.p5.a", 40, "ABV for the perry says 9.8% but the hydrometer readings only went 1.058 to 1.004.",
         "Your readings are already temperature-corrected by the Tilt app, and sg_corrected applies the "
         "20 °C correction again; at an 8 °C cellar temperature that pushes OG up. Apply the correction "
         "once, at ingest."),
    note("pw.p6.d", 46, "Stuck ferment warnings: send one when a tank has gone quiet for 48 h. The overnight "
         "job should stop once the tank is racked."),
    commit("pw.p6.a", 48, "Catch MQTT reconnect errors inside the watchdog task\n\nAn exception in the "
           "@async loop killed the task silently; errormonitor now wraps it and the loop restarts.",
           [("M", "src/watchdog.jl")]),
    # ---- command_fact
    sh("pw.c2.d", 14, "juliaup status", " Default  Channel  Version\n       *  release  1.10.4+0.x64.linux.gnu\n"
       "          1.11     1.11.1+0.x64.linux.gnu"),
    sh("pw.c2.a", 14, "ssh cellarpi julia --version", "julia version 1.10.5"),
    sh("pw.c3.d", 20, "julia --project -e 'using BenchmarkTools, Pomacewell; @btime predict_fg($(load_tank(3)))'",
       "  1.208 ms (9120 allocations: 611.42 KiB)"),
    sh("pw.c3.a", 20, "julia --project -e 'using BenchmarkTools, Pomacewell; @btime fit_tank($(load_tank(3)))'",
       "  213.447 ms (1843302 allocations: 96.12 MiB)"),
    sh("pw.c5.d", 21, "mosquitto_sub -h cellarpi -t 'cellar/tilt/#' -v -C 1",
       "cellar/tilt/GREEN {\"sg\":1.0123,\"temp_f\":55,\"rssi\":-78}"),
    sh("pw.c5.a", 22, "mosquitto_sub -h cellarpi -t 'cellar/tilt/#' -v -C 2",
       "cellar/tilt/RED {\"sg\":1.0214,\"temp_f\":54,\"rssi\":-71}\ncellar/tilt/GREEN "
       "{\"sg\":1.0090,\"temp_f\":53,\"rssi\":-80}"),
    sh("pw.c1.a", 23, "julia --project -e 'using Pkg; Pkg.test()'", "     Testing Running tests...\nfit: Test "
       "Failed at /home/ffion/work/pomacewell/test/runtests.jl:47\n  Expression: isapprox(fg_pred, 1.004; "
       "atol = 0.001)\n   Evaluated: isapprox(1.0071, 1.004; atol = 0.001)\nTest Summary: | Pass  Fail  "
       "Total  Time\npomacewell    |   88     2     90  41.3s\nERROR: LoadError: Some tests did not pass: "
       "88 passed, 2 failed, 0 errored, 0 broken.", code=1),
    sh("pw.c1.d", 23, "julia --project -e 'using Pkg; Pkg.test()'", "     Testing Running tests...\nTest "
       "Summary: | Pass  Total  Time\npomacewell    |   90     90  38.9s\n     Testing pomacewell tests passed"),
    sh("pw.c6.a", 26, "du -sh data/*", "412M\tdata/csv\n63M\tdata/arrow"),
    sh("pw.c6.d", 26, "ls data/arrow | wc -l", "14"),
    sh("pw.c4.d", 31, "julia --project scripts/fit_all.jl --tanks 1:4", "fitting tank 1 ... converged after 212 "
       "iterations\nfitting tank 2 ... converged after 187 iterations\nfitting tank 4 ... converged after "
       "240 iterations"),
    commit("pw.c4.a", 32, "Record fitted Monod parameters for the house yeast\n\nmu_max=0.182/h, Ks=11.7 g/L, "
           "Y_xs=0.09, from tanks 1-4 in September.", [("M", "data/params/house_yeast.toml")]),
    # ---- knowledge_update
    note("pw.k6.o", 1, "Project is on Julia 1.10 LTS, the juliaup default."),
    commit("pw.k1.o", 2, "Keep readings in data/readings.csv\n\nOne row per Tilt packet, appended by the "
           "logger.", [("A", "src/store.jl")]),
    commit("pw.k3.o", 3, "Pull readings from the TiltPi Google Sheet\n\nTiltPi posts every 15 minutes; "
           "fetch_sheet.jl downloads the CSV export.", [("A", "scripts/fetch_sheet.jl")]),
    note("pw.k5.o", 4, "Analysis lives in Pluto notebooks under notebooks/; the reactive cells are handy for "
         "trying yeast parameters."),
    note("pw.k2.o1", 5, "Forecast model: a 4-parameter logistic fitted to gravity against time, with the "
         "target crossing solved by Roots.jl."),
    edit("pw.k4.o", 9, "src/alerts.jl", "const ALERT_MARGIN = 0.002  # SG points above target gravity"),
    note("pw.k7.o1", 12, "Stuck ferment rule: gravity hasn't dropped by 0.001 in 24 h."),
    commit("pw.k2.o2", 16, "Replace the logistic fit with a Monod ODE\n\nSugar, biomass and ethanol as states "
           "in DifferentialEquations.jl (Tsit5).", [("A", "src/model.jl"), ("D", "src/logistic.jl")]),
    commit("pw.k3.a", 21, "Read hydrometers from MQTT\n\nTiltPi publishes to Mosquitto on the cellar Pi; "
           "ingest.jl subscribes to cellar/tilt/#.", [("A", "src/ingest.jl"), ("D", "scripts/fetch_sheet.jl")]),
    commit("pw.k1.a", 25, "Store readings as Arrow, one file per tank\n\nCSV.read of the whole history took "
           "30 s; Arrow.Table memory-maps it.", [("M", "src/store.jl"), ("A", "scripts/csv_to_arrow.jl")]),
    note("pw.k7.o2", 30, "Stuck rule changed to 48 h: the 24 h rule fired every night the barn got cold."),
    commit("pw.k5.a", 31, "Move notebooks to Literate.jl scripts rendered with Quarto\n\nPluto files diffed "
           "badly in review.", [("A", "reports/tank_review.jl"), ("A", "_quarto.yml"),
                                ("D", "notebooks/tank_review.jl")]),
    note("pw.k4.a", 33, "Near-target alert margin is 0.004 now. Cellar volunteers need a day's warning to "
         "get the racking kit out."),
    note("pw.k2.a", 42, "The model now adds temperature: mu_max is Arrhenius-scaled from the Tilt temperature, "
         "so cold snaps in the barn slow the forecast the way they slow the yeast."),
    note("pw.k6.a", 44, "We're on Julia 1.11 now. Manifest re-resolved, and the Pi has the 1.11 aarch64 "
         "build too."),
    commit("pw.k7.a", 52, "Stuck ferment: 36 h without a 0.001 drop\n\nIgnored while the tank is under 10 °C.",
           [("M", "src/alerts.jl")]),
    # ---- first_attempt
    commit("pw.f2.a", 2, "Gravity charts with Plots.jl (GR backend)", [("A", "src/plots.jl")]),
    note("pw.f1.a", 3, "Params are hand-tuned in the notebook with sliders until the curve sits on the "
         "points."),
    note("pw.f5.a", 4, "Tilt temperatures are stored as they arrive, in Fahrenheit."),
    edit("pw.f6.a", 5, "scripts/check.jl", "@assert abs(predict_fg(tank1) - 1.004) < 0.002\n"
         "@assert all(diff(times) .> 0)"),
    commit("pw.f3.a", 6, "Tablet dashboard with Genie.jl\n\nOne page with auto-refresh.",
           [("A", "app/routes.jl"), ("A", "app/views/tanks.jl.html")]),
    edit("pw.f7.a", 7, "src/tanks.jl", "const TANKS = Dict(1 => (name=\"Dabinett\", litres=1000, tilt=:RED), "
         "2 => (name=\"Kingston Black\", litres=600, tilt=:GREEN))"),
    note("pw.f4.a", 8, "On the Pi the service runs in a tmux session: tmux new -s pomace 'julia --project "
         "bin/serve.jl'."),
    commit("pw.f1.l1", 13, "Fit parameters with Optim.jl\n\nLBFGS on the squared gravity error.",
           [("A", "src/fit.jl")]),
    commit("pw.f6.l", 15, "Proper test suite: Test stdlib testsets in test/runtests.jl",
           [("A", "test/runtests.jl"), ("D", "scripts/check.jl")]),
    commit("pw.f2.l", 18, "Switch charts to CairoMakie\n\nNicer text, and the same code can go to WGLMakie "
           "later.", [("M", "src/plots.jl"), ("M", "Project.toml")]),
    note("pw.f5.l", 19, "Temperatures are converted to Celsius at ingest from today."),
    commit("pw.f3.l", 24, "Replace Genie with Oxygen.jl\n\nGenie's app scaffolding was more than one page "
           "needed.", [("A", "src/Server.jl"), ("D", "app/routes.jl")]),
    note("pw.f7.l", 26, "Tank list moved to tanks.toml, so volunteers can add a tank without touching "
         "Julia."),
    note("pw.f4.l", 28, "Dashboard and ingest run as a systemd unit now (Restart=on-failure), so they "
         "survive the Pi's power cuts."),
    commit("pw.f1.l2", 37, "Bayesian fit with Turing.jl\n\nNUTS, 4 chains; the forecast now has a credible "
           "band instead of one line.", [("M", "src/fit.jl"), ("M", "Project.toml")]),
]

FILLERS = [
    commit(None, (5, 25), "Plot: mark racking dates with vertical lines", [("M", "src/plots.jl")]),
    commit(None, (10, 40), "Docs: how to recalibrate a Tilt in plain water", [("A", "docs/tilt.md")]),
    commit(None, (15, 45), "Rename sg_raw to gravity_raw", [("M", "src/ingest.jl"), ("M", "src/store.jl")]),
    commit(None, (20, 55), "Add a per-tank page with the last 48 h of readings", [("M", "src/Server.jl")]),
    commit(None, (30, 60), "CI: cache ~/.julia/artifacts", [("M", ".github/workflows/ci.yml")]),
    chat(None, (5, 35), "How do I keep only the last row per tank in a DataFrames groupby?",
         "combine(groupby(df, :tank), last) works, or sort by :time first and use "
         "combine(groupby(df, :tank), sdf -> last(sdf, 1))."),
    chat(None, (12, 50), "What does @kwdef do on a struct?", "Base.@kwdef generates a keyword constructor, "
         "so TankConfig(litres=600) works and fields can have defaults.", src="cursor",
         files=["src/tanks.jl"]),
    note(None, (6, 40), "Co-op meeting: press day moved to the 19th, expect four new tanks after it."),
    note(None, (20, 58), "Tilt battery swaps due: RED and BLUE in November."),
    edit(None, (8, 40), "src/plots.jl", "y axis labelled 'SG' with 3 decimals; x axis in days since pitch."),
    edit(None, (20, 55), "bin/serve.jl", "Read PORT from the environment with a fallback.", src="cursor"),
    file(None, (2, 43), "Project.toml", "name = \"Pomacewell\"\n[deps]\nDataFrames = \"a93c6f00-e57d-5684-"
         "b7b6-d8193f3e46c0\"\nDifferentialEquations = \"0c46a032-eb83-5123-abaf-570d42b7fbaa\"\n[compat]\n"
         "julia = \"1.10\""),
]

POOL = [
    pool("git status -sb", "## main...origin/main\n M src/forecast.jl", w=4),
    pool("git pull --rebase", "Current branch main is up to date.", w=2),
    pool("julia --project -e 'using Pkg; Pkg.test()'", "Test Summary: | Pass  Total  Time\npomacewell    |"
         "   96     96  37.2s\n     Testing pomacewell tests passed", w=3, days=(15, 60)),
    pool("julia --project scripts/check.jl", None, w=2, days=(5, 14)),
    pool("julia --project -e 'using Pkg; Pkg.instantiate()'", "Precompiling project...\n  142 dependencies "
         "successfully precompiled in 211 seconds", w=1),
    pool("head -3 data/readings.csv", "time,tilt,sg,temp_f\n2024-09-30T06:15:00,RED,1.0521,57\n"
         "2024-09-30T06:30:00,RED,1.0519,57", w=2, days=(2, 24)),
    pool("julia --project -e 'using Arrow; println(length(Arrow.Table(\"data/arrow/tank3.arrow\").sg))'",
         "18342", w=2, days=(25, 60)),
    pool("tmux attach -t pomace", None, w=2, days=(8, 27)),
    pool("ssh cellarpi sudo systemctl status pomacewell --no-pager", "● pomacewell.service - Pomacewell "
         "dashboard and ingest\n     Active: active (running) since Sat 07:02:11 BST; 3 days ago", w=2,
         days=(28, 60)),
    pool("ssh cellarpi journalctl -u pomacewell -n 3 --no-pager", "[ Info: forecast tank 3: target in 2.4 "
         "days\n[ Info: forecast tank 5: target in 6.1 days", w=1, days=(28, 60)),
    pool("julia -e 'using Pluto; Pluto.run()'", "Go to http://localhost:1234/ in your browser to start "
         "writing ~ have fun!", w=2, days=(4, 30)),
    pool("quarto render reports/", "Output created: _site/index.html", w=2, days=(31, 60)),
    pool("julia --project bin/serve.jl", "[ Info: Listening on: 127.0.0.1:8080, thread id: 1", w=2, days=(24, 34)),
    pool("julia --project bin/serve.jl", "[ Info: Listening on: 0.0.0.0:8080, thread id: 1", w=2, days=(35, 60)),
    pool("julia --project bin/serve.jl", "ERROR: LoadError: ArgumentError: Package Oxygen not found in "
         "current path.", code=1, w=1, days=(24, 30)),
    pool("mosquitto_sub -h cellarpi -t 'cellar/tilt/#' -C 1", "{\"sg\":1.0047,\"temp_f\":52,\"rssi\":-77}",
         w=1, days=(23, 60)),
    pool("julia --project -e 'using JuliaFormatter; format(\"src\")'", "true", w=1),
    pool("gh run list -L 3", "✓  CI  main  push  9m48s\n✓  CI  turing-fit  push  11m02s\n"
         "X  CI  arrow  push  3m15s", w=1),
    pool("juliaup update", "Checking for new Julia versions\nUpdating channel release", w=1),
    pool("julia --project -e 'using Aqua, Pomacewell; Aqua.test_all(Pomacewell)'", "Test Summary: | Pass  "
         "Total\nAqua          |   11     11", w=1, days=(15, 60)),
    pool("rsync -a data/ cellarpi:/srv/pomacewell/data/", None, w=1),
]

QUESTIONS = [
    q("paraphrase", "Why did the forecast say tank 3 would finish in the past?", ["pw.p1.a"],
      note="tspan started at pitch time, extrapolating backwards.", distractors=["pw.p1.d"]),
    q("paraphrase", "How come the very first plot of the morning took ages but later ones were instant?",
      ["pw.p2.a"], note="Makie compile latency, fixed with a custom sysimage.", distractors=["pw.p2.d"]),
    q("paraphrase", "Why were the readings from the shed tank stuck on the same number all weekend?",
      ["pw.p3.a"], note="Packets deduped by value; after a clock reset new ones looked like repeats.",
      distractors=["pw.p3.d"]),
    q("paraphrase", "Why did the dashboard on the cellar tablet show a blank page after the update?",
      ["pw.p4.a"], note="Oxygen bound to localhost only.", distractors=["pw.p4.d"]),
    q("paraphrase", "Why did the strength figure for the pear batch come out way too high?", ["pw.p5.a"],
      note="Temperature correction applied twice inflated OG and so ABV.", distractors=["pw.p5.d"]),
    q("paraphrase", "Why did the overnight job stop sending warnings about a tank that had gone quiet?",
      ["pw.p6.a"], note="An exception silently killed the @async watchdog loop.", distractors=["pw.p6.d"]),
    q("command_fact", "How long did the package test run take the time two tests were failing?", ["pw.c1.a"],
      note="Pkg.test summary with 2 failures.", keys=["41.3s"], distractors=["pw.c1.d"]),
    q("command_fact", "Which patch release of Julia was on the cellar Pi?", ["pw.c2.a"],
      note="julia --version over ssh.", keys=["1.10.5"], distractors=["pw.c2.d"]),
    q("command_fact", "How long did a single tank fit take when I benchmarked it?", ["pw.c3.a"],
      note="@btime of fit_tank.", keys=["213.447 ms"], distractors=["pw.c3.d"]),
    q("command_fact", "What maximum growth rate did we fit for the house yeast?", ["pw.c4.a"],
      note="Only the parameters commit states it.", keys=["mu_max=0.182"], distractors=["pw.c4.d"]),
    q("command_fact", "What gravity was the red hydrometer reading when I listened on the cider cellar's "
      "broker?", ["pw.c5.a"], note="mosquitto_sub output for the RED Tilt.", keys=["1.0214"],
      distractors=["pw.c5.d"], null=True),
    q("command_fact", "How much space did the readings take up once converted to Arrow?", ["pw.c6.a"],
      note="du -sh output.", keys=["63M"], distractors=["pw.c6.d"]),
    q("knowledge_update", "What file format do we keep the readings in now?", ["pw.k1.a"], ["pw.k1.o"],
      note="CSV until day 25, then Arrow per tank."),
    q("knowledge_update", "What model is used for the gravity forecast currently?", ["pw.k2.a"],
      ["pw.k2.o1", "pw.k2.o2"], note="Logistic, then Monod ODE, now temperature-scaled Monod."),
    q("knowledge_update", "How do hydrometer readings reach us these days?", ["pw.k3.a"], ["pw.k3.o"],
      note="Google Sheet export first, MQTT since day 21."),
    q("knowledge_update", "How close to target gravity does a tank have to get before we're told, now?",
      ["pw.k4.a"], ["pw.k4.o"], note="Margin 0.002 widened to 0.004."),
    q("knowledge_update", "Where do the analysis write-ups live now?", ["pw.k5.a"], ["pw.k5.o"],
      note="Pluto notebooks, then Literate scripts rendered with Quarto."),
    q("knowledge_update", "Which Julia version is the project on at the moment?", ["pw.k6.a"], ["pw.k6.o"],
      note="1.10 LTS until day 44, then 1.11."),
    q("knowledge_update", "What counts as a stuck fermentation in the cider forecaster now?", ["pw.k7.a"],
      ["pw.k7.o1", "pw.k7.o2"], note="24 h, then 48 h, now 36 h and ignored under 10 °C.", null=True),
    q("first_attempt", "How were the model parameters fitted at the very start?", ["pw.f1.a"],
      ["pw.f1.l1", "pw.f1.l2"], note="Hand-tuned sliders, then Optim, then Turing."),
    q("first_attempt", "What did we originally make the gravity charts with?", ["pw.f2.a"],
      ["pw.f2.l", "pw.p2.a"], note="Plots.jl/GR before CairoMakie (the sysimage note is later Makie work)."),
    q("first_attempt", "What served the tablet dashboard before Oxygen?", ["pw.f3.a"], ["pw.f3.l", "pw.p4.a"],
      note="Genie.jl; the bind-address edit is later Oxygen work."),
    q("first_attempt", "How was the service kept running on the Pi in the beginning?", ["pw.f4.a"],
      ["pw.f4.l"], note="A tmux session before the systemd unit."),
    q("first_attempt", "Initially, what units were the temperatures stored in?", ["pw.f5.a"], ["pw.f5.l"],
      note="Fahrenheit as received, converted to Celsius from day 19."),
    q("first_attempt", "How did we start out checking the fitting code?", ["pw.f6.a"], ["pw.f6.l"],
      note="@assert lines in a script before Test testsets."),
    q("first_attempt", "Where was the list of tanks kept to begin with in the cider forecaster?", ["pw.f7.a"],
      ["pw.f7.l"], note="A hard-coded Dict before tanks.toml.", null=True),
]
