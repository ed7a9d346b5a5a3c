"""sorrelcast: R 4.4 / Shiny + bslib, renv, targets, testthat + shinytest2, lintr/styler,
data.table -> DuckDB, leaflet + sf, shinyapps.io -> Posit Connect.  Domain: regional pollen
(hay-fever) forecast dashboard and morning alert email for an allergy charity."""
from authoring import sh, commit, note, chat, edit, file, pool, q

PROJECT = "sorrelcast"
ABBR = "sc"
CWD = "~/work/sorrelcast"

RECORDS = [
    # ---------------- paraphrase
    commit("sc.p1.a", 19, "Simplify council boundaries with rmapshaper::ms_simplify(keep = 0.05)\n\n"
           "The GeoJSON was 18 MB; now 900 KB and leaflet draws it instantly on mobile Safari.",
           ["M R/mod_map.R", "M data-raw/boundaries.R", "M inst/app/boundaries.geojson"]),
    note("sc.p1.d", 22, "Area shapes on phones: the charity wants thicker borders on the area shapes, and "
         "wants them to appear in the printable view as well."),
    note("sc.p2.a", 16, "Trap slides from Saturday and Sunday are only read on the next working day, and the "
         "loader filled that gap with zeros. Those rows are NA now and get imputed."),
    note("sc.p2.d", 23, "Grass counts: Mondays always look low in the 2019 archive too, which is suspicious. "
         "Ask the aerobiology group whether they had a holiday rota that year."),
    commit("sc.p3.a", 17, "Fit in the pipeline, not in server()\n\nThe app reads predictions.parquet at startup "
           "instead of fitting the GAM for every session.",
           ["M R/app_server.R", "M _targets.R", "A R/write_predictions.R"]),
    note("sc.p3.d", 27, "Dashboard usage: about half of the visits open it within the first minute after the "
         "email. Take that into account when picking the release time."),
    chat("sc.p4.a", 21, "User: numbers for past days shift every time I reload, is the cache broken?\n"
         "Assistant: Open-Meteo's /v1/ endpoint returns the latest model run even for past_days. Pull observed "
         "values from the archive API and freeze them once stored; only the next days should move."),
    note("sc.p4.d", 25, "Forecast copy: keep saying 'yesterday' and 'today' rather than dates. The charity "
         "wants wording changes signed off after the fact-check."),
    commit("sc.p5.a", 29, "Match postcodes to regions with st_within on ONS boundaries\n\nNearest-centroid "
           "put Chepstow and Monmouth on the wrong side of the border.",
           ["M R/geo.R", "A tests/testthat/test-geo.R"]),
    note("sc.p5.d", 32, "Users in Wales: the alert level text needs a Welsh version before we promote the "
         "dashboard in England as well."),
    note("sc.p6.a", 39, "Posit Connect runtime settings: min processes 2, max 6, max connections per process "
         "20. The early alert email brings ~400 sessions within ten minutes."),
    note("sc.p6.d", 41, "Lots of people open the app at 7am from the newsletter link. Falling back to a static "
         "PNG if the app is down is on the list."),
    edit("sc.p7.a", 33, "_targets.R", "raw download is now a format = \"file\" target, so downstream targets are "
         "skipped unless the CSV's hash differs. The old target called Sys.time() inside and was always "
         "outdated."),
    note("sc.p7.d", 44, "Pipeline: nothing new in the Kew feed every night over Easter. Rebuild the calendar "
         "page after the break."),

    # ---------------- command_fact
    sh("sc.c1.a", 36, "Rscript -e 'renv::restore()'",
       "- Installing sf ...                            FAILED\nError: install of package 'sf' failed\n"
       "configure: error: gdal-config not found or not executable.\nERROR: configuration failed for package 'sf'",
       exit=1, cwd="/srv/sorrelcast"),
    sh("sc.c1.d", 36, "Rscript -e 'renv::status()'", "No issues found -- the project is in a consistent state.",
       cwd="/srv/sorrelcast"),
    sh("sc.c2.a", 31, "Rscript -e 'devtools::test()'",
       "══ Failed tests ══\n── Failure (test-impute.R:42:3): weekend gaps are filled ──\n"
       "`out$grains[3]` not equal to 41.\n1/1 mismatches\n[1] 0 - 41 == -41\n"
       "[ FAIL 1 | WARN 2 | SKIP 0 | PASS 87 ]", exit=1),
    sh("sc.c2.d", 31, "Rscript -e 'devtools::test()'", "[ FAIL 0 | WARN 2 | SKIP 0 | PASS 88 ]"),
    sh("sc.c3.a", 0, "R --version", "R version 4.4.1 (2024-06-14) -- \"Race for Your Life\"\n"
       "Platform: x86_64-pc-linux-gnu"),
    sh("sc.c3.d", 0, "Rscript -e 'packageVersion(\"shiny\")'", "[1] '1.8.1.1'"),
    sh("sc.c4.a", 12, "Rscript -e 'rsconnect::deployApp(appName = \"sorrelcast\", account = \"pollen-charity\")'",
       "── Preparing for deployment ──\n✔ Deploying \"sorrelcast\" using \"server: shinyapps.io / username: "
       "pollen-charity\"\n✔ Uploading bundle ...\n✔ Created bundle with id 8812345\n"
       "── Deploying to server ──\nWaiting for task: 1402276633\n✔ Successfully deployed to "
       "<https://pollen-charity.shinyapps.io/sorrelcast/>\napplication id: 11934021"),
    sh("sc.c4.d", 12, "Rscript -e 'rsconnect::accounts()'", "            name       server\n1 pollen-charity "
       "shinyapps.io"),
    sh("sc.c5.a", 14, "Rscript -e 'lintr::lint_dir(\"R\")'",
       "R/mod_map.R:88:81: style: [line_length_linter] Lines should not be more than 80 characters. This line "
       "is 97 characters.\nR/mod_map.R:102:5: style: [object_name_linter] Variable and function name style "
       "should match snake_case or symbols.", exit=1),
    sh("sc.c5.d", 14, "Rscript -e 'styler::style_dir(\"R\")'",
       "Styling  9  files:\n R/app_server.R  ✔\n R/mod_map.R     ℹ\n R/geo.R         ✔\n"
       "Status\tCount\tLegend\n✔\t8\tFile unchanged.\nℹ\t1\tFile changed."),
    commit("sc.c6.a", 38, "Pin arrow to 16.1.0\n\n17.0.0 binaries segfault on the Connect image (Ubuntu 22.04) "
           "when reading predictions.parquet.", ["M renv.lock"]),
    commit("sc.c6.d", 17, "Read predictions with arrow::read_parquet", ["M R/app_server.R", "M DESCRIPTION"]),
    sh("sc.c7.a", 30, "duckdb data/counts.duckdb \"select count(*) from daily_counts where taxon = 'Poaceae'\"",
       "┌──────────────┐\n│ count_star() │\n│    int64     │\n├──────────────┤\n│        14602 │\n"
       "└──────────────┘"),
    sh("sc.c7.d", 30, "duckdb data/counts.duckdb \"select count(*) from daily_counts where taxon = 'Betula'\"",
       "┌──────────────┐\n│ count_star() │\n│    int64     │\n├──────────────┤\n│         9877 │\n"
       "└──────────────┘"),

    # ---------------- knowledge_update
    commit("sc.k1.o1", 4, "Store daily counts as one CSV per station under data/counts/ (data.table::fread)",
           ["A R/load.R", "A data/counts/cardiff.csv"]),
    note("sc.k1.n", 26, "Daily counts are stored in a DuckDB file now (data/counts.duckdb): one table, "
         "daily_counts(station, taxon, date, grains). The per-station CSVs are gone."),
    note("sc.k2.o1", 6, "Forecast horizon: 3 days ahead."),
    note("sc.k2.o2", 24, "Forecast horizon extended to 5 days ahead."),
    commit("sc.k2.n", 45, "Cut forecast horizon back to 4 days ahead\n\nDay-5 skill was no better than "
           "climatology.", ["M R/predict.R", "M R/mod_forecast.R"]),
    note("sc.k3.o1", 2, "Hosting: the dashboard is on shinyapps.io, Basic plan, under the charity account."),
    commit("sc.k3.n", 35, "Host the dashboard on the charity's Posit Connect instead of shinyapps.io",
           ["M .github/workflows/deploy.yml", "A manifest.json"]),
    note("sc.k4.o1", 9, "Alert levels: grass pollen counts as high from 50 grains/m3."),
    note("sc.k4.n", 30, "Alert levels: grass pollen now counts as high from 30 grains/m3, per the charity's "
         "clinical advisor."),
    commit("sc.k5.o1", 14, "Forecast with a GAM (mgcv) on temperature, rain and day of year",
           ["A R/fit.R", "M DESCRIPTION"]),
    note("sc.k5.n", 40, "Forecast model is xgboost on lagged counts + weather now; the GAM stays as the "
         "fallback forecast when xgboost predictions are missing."),
    note("sc.k6.o1", 11, "The morning alert email goes out at 07:00."),
    note("sc.k6.n", 37, "The morning alert email now goes out at 06:30 so it lands before the school run."),

    # ---------------- first_attempt
    note("sc.f1.a", 1, "Weather inputs come from Met Office DataPoint (API key in .Renviron)."),
    note("sc.f1.l1", 18, "Weather inputs switched to Open-Meteo; DataPoint is being retired."),
    commit("sc.f2.a", 3, "Add run_all.R, sourced by cron at 05:00", ["A run_all.R", "A deploy/crontab"]),
    commit("sc.f2.l1", 13, "Adopt targets: fetch / clean / fit / predict", ["A _targets.R", "D run_all.R"]),
    commit("sc.f3.a", 5, "Plots with base graphics (plot + polygon bands)", ["A R/plots.R"]),
    commit("sc.f3.l1", 20, "Switch charts to ggplot2 + plotly::ggplotly for hover",
           ["M R/plots.R", "M DESCRIPTION"]),
    note("sc.f3.l2", 43, "Charts are echarts4r now; the plotly bundle was 3 MB on every page load."),
    commit("sc.f4.a", 0, "UI skeleton: shinydashboard, blue skin, sidebar with region picker",
           ["A R/app_ui.R", "A DESCRIPTION"]),
    commit("sc.f4.l1", 21, "Move UI to bslib::page_navbar (Bootstrap 5)", ["M R/app_ui.R", "M DESCRIPTION"]),
    note("sc.f5.a", 8, "Testing: click through the app by hand before deploys, plus a few testthat unit tests "
         "on the loader."),
    commit("sc.f5.l1", 28, "Add shinytest2 snapshot tests for map and alert panels",
           ["A tests/testthat/test-app.R", "A tests/testthat/_snaps/app/"]),
    commit("sc.f6.a", 7, "Fill missing trap days by linear interpolation (zoo::na.approx)",
           ["M R/clean.R", "M DESCRIPTION"]),
    note("sc.f6.l1", 34, "Gaps in the trap series are imputed with a Kalman smoother now "
         "(imputeTS::na_kalman)."),

    # ---------------- fillers
    commit("sc.x1", (2, 12), "Add station metadata table", ["A data-raw/stations.csv", "A R/stations.R"]),
    commit("sc.x2", (10, 30), "Legend colours from the charity's brand palette", ["M R/mod_map.R"]),
    commit("sc.x3", (25, 50), "Cache Open-Meteo responses for 1 hour with memoise",
           ["M R/weather.R", "M DESCRIPTION"]),
    commit("sc.x4", (40, 60), "Add about page with data credits", ["A inst/app/www/about.md", "M R/app_ui.R"]),
    commit("sc.x5", (30, 60), "Bump renv lockfile", ["M renv.lock"]),
    chat("sc.x6", (5, 30), "User: how do I make leaflet keep the zoom when the data updates?\n"
         "Assistant: Render the map once and use leafletProxy() with clearShapes() and addPolygons() in an "
         "observe() block."),
    chat("sc.x7", (30, 58), "User: reactive fires twice when the region changes\n"
         "Assistant: Wrap the input in bindEvent(), or debounce() it for 300 ms.", source="cursor",
         files=["R/mod_forecast.R"]),
    note("sc.x8", (10, 40), "Ask the charity whether birch should have its own alert scale."),
    note("sc.x9", (35, 60), "Nettle pollen season starts late June; check the taxa list before then."),
    edit("sc.x10", (8, 30), "R/mod_forecast.R", "Added a 'how to read this' collapsible card."),
    edit("sc.x11", (30, 60), "DESCRIPTION", "Depends: R (>= 4.3)"),
    file("sc.x12", (20, 50), "R/app_ui.R", "page_navbar(title = \"Pollen forecast\", nav_panel(\"Map\", "
         "mod_map_ui(\"map\")), nav_panel(\"Forecast\", mod_forecast_ui(\"fc\")))"),
]

POOL = [
    pool("git status -sb", "## main...origin/main", w=3),
    pool("git pull --rebase", "Already up to date.", w=2),
    pool("R -q -e 'shiny::runApp(\"inst/app\", port = 4321, launch.browser = FALSE)'",
         "Listening on http://127.0.0.1:4321", w=3),
    pool("Rscript run_all.R", "fetch: 6 stations\nclean: 412 rows\nfit: done\npredict: done", lo=3, hi=12, w=2),
    pool("Rscript -e 'targets::tar_make()'", "▶ dispatched target raw_counts\n● completed target raw_counts "
         "[1.2 seconds]\n▶ dispatched target model\n● completed target model [14.8 seconds]\n▶ ended pipeline",
         lo=13, hi=60, w=3),
    pool("Rscript -e 'targets::tar_make()'", "✖ errored target weather\nError: HTTP 503 Service Unavailable.",
         exit=1, lo=13, hi=60),
    pool("Rscript -e 'targets::tar_visnetwork()'", "", lo=13, hi=60),
    pool("Rscript -e 'renv::snapshot()'", "The following package(s) will be updated in the lockfile:\n"
         "- xgboost   [* -> 1.7.7.1]", lo=40, hi=60),
    pool("Rscript -e 'renv::snapshot()'", "- The lockfile is already up to date.", w=2),
    pool("Rscript -e 'devtools::load_all(); testthat::test_file(\"tests/testthat/test-clean.R\")'",
         "[ FAIL 0 | WARN 0 | SKIP 0 | PASS 14 ]", w=2),
    pool("Rscript -e 'rsconnect::deployApp()'", "✔ Successfully deployed to "
         "<https://pollen-charity.shinyapps.io/sorrelcast/>", lo=2, hi=34),
    pool("Rscript -e 'rsconnect::deployApp(server = \"connect.pollen-charity.example.com\")'",
         "✔ Successfully deployed to <https://connect.pollen-charity.example.com/sorrelcast/>", lo=35, hi=60),
    pool("curl -s 'https://api.open-meteo.com/v1/forecast?latitude=51.48&longitude=-3.18&daily=precipitation_sum"
         "&forecast_days=3' | jq '.daily.precipitation_sum'", "[\n  0.4,\n  3.1,\n  0\n]", lo=18, hi=60),
    pool("duckdb data/counts.duckdb \"select max(date) from daily_counts\"", "│ 2024-05-13 │", lo=26, hi=60),
    pool("head -3 data/counts/cardiff.csv", "date,taxon,grains\n2024-03-04,Betula,12\n2024-03-04,Poaceae,0",
         lo=4, hi=25),
    pool("Rscript -e 'styler::style_file(\"R/app_server.R\")'", "Styling  1  files:\n R/app_server.R ✔"),
    pool("rg -n 'na_kalman|na.approx' R", "R/clean.R:21:  x <- imputeTS::na_kalman(x)", lo=34, hi=60),
    pool("gh run list --limit 3", "completed  success  Bump renv lockfile  R-CMD-check  main  push  6m12s",
         lo=20, hi=60),
    pool("htop", "", w=1),
]

QUESTIONS = [
    q("paraphrase", PROJECT, "Why did the area shapes take forever to appear on phones?", ["sc.p1.a"],
      distractors=["sc.p1.d"], note="18 MB boundary GeoJSON simplified to 900 KB."),
    q("paraphrase", PROJECT, "Why did the grass figures for Mondays always look suspiciously low?", ["sc.p2.a"],
      distractors=["sc.p2.d"], note="Weekend slides read late; loader wrote zeros instead of NA."),
    q("paraphrase", PROJECT, "What made the dashboard take half a minute to open?", ["sc.p3.a"],
      distractors=["sc.p3.d"], note="Model was fitted inside server() per session; moved to the pipeline."),
    q("paraphrase", PROJECT, "Why did yesterday's forecast keep changing after the fact?", ["sc.p4.a"],
      distractors=["sc.p4.d"], note="Open-Meteo returns latest run for past_days; archive observed values."),
    q("paraphrase", PROJECT, "Why were some users in Wales being given England's alert level?", ["sc.p5.a"],
      distractors=["sc.p5.d"], note="Nearest-centroid matching crossed the border; st_within fixes it."),
    q("paraphrase", PROJECT, "What did we do so the app stops falling over when lots of people open it at 7am?",
      ["sc.p6.a"], distractors=["sc.p6.d"], note="Connect process/connection settings for the morning spike."),
    q("paraphrase", PROJECT, "Why did the pipeline rebuild everything every night even when nothing new came in?",
      ["sc.p7.a"], distractors=["sc.p7.d"], note="Target called Sys.time(); now a format='file' target."),
    q("command_fact", PROJECT, "What system library was missing when the package restore failed on the server?",
      ["sc.c1.a"], distractors=["sc.c1.d"], keys=["gdal-config not found"], note="renv::restore: sf needs GDAL."),
    q("command_fact", PROJECT, "Which test file and line broke after I changed the weekend gap handling?",
      ["sc.c2.a"], distractors=["sc.c2.d"], keys=["test-impute.R:42"], note="devtools::test failure location."),
    q("command_fact", None, "Which R release was I running when I started the pollen dashboard?", ["sc.c3.a"],
      distractors=["sc.c3.d"], keys=["4.4.1"], note="R --version on day 0."),
    q("command_fact", PROJECT, "What was the application id on shinyapps before we moved off it?", ["sc.c4.a"],
      distractors=["sc.c4.d"], keys=["11934021"], note="deployApp output."),
    q("command_fact", PROJECT, "How long was the line the linter moaned about in the map module?", ["sc.c5.a"],
      distractors=["sc.c5.d"], keys=["This line is 97 characters"], note="lintr line_length_linter output."),
    q("command_fact", PROJECT, "Which arrow release are we holding back on because of the crash on the server?",
      ["sc.c6.a"], distractors=["sc.c6.d"], keys=["16.1.0"], note="Commit pinning arrow 16.1.0."),
    q("command_fact", PROJECT, "How many daily grass readings were in the local database when I counted?",
      ["sc.c7.a"], distractors=["sc.c7.d"], keys=["14602"], note="duckdb count for Poaceae."),
    q("knowledge_update", PROJECT, "Where do the daily counts get stored these days?", ["sc.k1.n"],
      outdated=["sc.k1.o1"], note="CSV per station -> DuckDB file."),
    q("knowledge_update", PROJECT, "How many days ahead does the forecast go now?", ["sc.k2.n"],
      outdated=["sc.k2.o1", "sc.k2.o2"], note="3 -> 5 -> 4 days."),
    q("knowledge_update", PROJECT, "Where is the dashboard hosted at the moment?", ["sc.k3.n"],
      outdated=["sc.k3.o1"], note="shinyapps.io -> Posit Connect."),
    q("knowledge_update", PROJECT, "From what grass pollen count do we call it high these days?", ["sc.k4.n"],
      outdated=["sc.k4.o1"], note="50 -> 30 grains/m3."),
    q("knowledge_update", PROJECT, "Which model produces the forecast numbers now?", ["sc.k5.n"],
      outdated=["sc.k5.o1"], note="GAM -> xgboost (GAM fallback)."),
    q("knowledge_update", None, "What time does the morning pollen alert email go out now?", ["sc.k6.n"],
      outdated=["sc.k6.o1"], note="07:00 -> 06:30."),
    q("first_attempt", PROJECT, "Where did the weather inputs come from at first?", ["sc.f1.a"],
      outdated=["sc.f1.l1"], note="Met Office DataPoint, then Open-Meteo."),
    q("first_attempt", PROJECT, "How was the daily pipeline kicked off before targets?", ["sc.f2.a"],
      outdated=["sc.f2.l1", "sc.p7.a"], note="run_all.R from cron; targets later (incl. the _targets.R edit)."),
    q("first_attempt", PROJECT, "What did we draw the charts with originally?", ["sc.f3.a"],
      outdated=["sc.f3.l1", "sc.f3.l2"], note="Base graphics -> ggplot2/plotly -> echarts4r."),
    q("first_attempt", PROJECT, "Which layout package did the dashboard start out with?", ["sc.f4.a"],
      outdated=["sc.f4.l1"], note="shinydashboard, then bslib."),
    q("first_attempt", PROJECT, "How did we check the app worked in the beginning?", ["sc.f5.a"],
      outdated=["sc.f5.l1"], note="Manual clicking + a few unit tests; shinytest2 later."),
    q("first_attempt", None, "How were missing pollen-trap days filled in initially?", ["sc.f6.a"],
      outdated=["sc.f6.l1"], note="Linear interpolation, then Kalman smoother."),
]
