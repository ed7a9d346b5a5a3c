"""canopyroll: Scala 3 street-tree inventory and inspection rounds for volunteer tree wardens."""
from authoring import Project

P = Project("canopyroll", "cr", "~/code/canopyroll")
sh, commit, note, chat, edit, file = P.sh, P.commit, P.note, P.chat, P.edit, P.file
q = P.q

# ---------------------------------------------------------------- paraphrase
commit("pa1", 14, """Fix axis order when saving survey points

ST_MakePoint takes (lon, lat); the survey form handed us (lat, lon).""",
       [("M", "modules/db/src/TreeRepo.scala")])
note("pa1d", 17, "Coastal oaks at the seafront end of Marine Parade are plotted as one group; "
     "salt spray makes them look worse than they are.")
q("paraphrase", "Why did some oaks end up plotted in the sea off the coast?", "pa1",
  "Latitude and longitude were swapped in ST_MakePoint.", distractors=["pa1d"])

chat("pa2", 24, """User: The offline queue in the Laminar app posts everything in one batch on reconnect, and if one record fails validation the endpoint rejects the lot.
Assistant: Make the sync endpoint per-record: insert each in its own transaction, return accepted and rejected ids, and only clear the local IndexedDB queue for the accepted ones.""")
note("pa2d", 26, "Wardens asked to finish surveying by 4pm. Afternoon walks in Victoria Park "
     "lose signal near the bandstand - come back to the gate to upload.")
q("paraphrase", "How come wardens lost a whole afternoon of surveying when they came back "
  "into signal?", "pa2", "One bad record rolled back the whole offline batch.",
  distractors=["pa2d"])

commit("pa3", 29, """Cluster markers server-side

/trees?bbox returns grid aggregates when the viewport is wider than ~2 km
instead of 14k individual features.""",
       [("M", "modules/api/src/TreeRoutes.scala"), ("M", "modules/web/src/MapView.scala")])
note("pa3d", 31, "Town map: council wants the whole ward boundaries shown when zoomed out, "
     "and a crawl of conservation areas later.")
q("paraphrase", "Why did the map crawl when zoomed out over the whole town?", "pa3",
  "Every feature was sent at low zoom; now aggregated.", distractors=["pa3d"])

edit("pa4", 20, "modules/api/src/ImageProcessing.scala", "Apply the EXIF Orientation tag "
     "before stripping metadata; we were discarding it and thumbnails came out rotated 90 deg.")
note("pa4d", 21, "Photos: older Android phones upload 12 MB files, showing a progress bar would "
     "help. Sideways shots of bark are fine for ID.")
q("paraphrase", "Why were photos from the older Android phones showing up sideways?", "pa4",
  "EXIF orientation was stripped before being applied.", distractors=["pa4d"])

note("pa5", 37, "Due-date job ran LocalDate.now() on the server in UTC at 23:30 during BST, so "
     "'due tomorrow' was computed against the wrong date. Pass ZoneId Europe/London explicitly.")
note("pa5d", 38, "Inspection reminders: everyone wants one day's notice, early morning, not the "
     "evening before.")
q("paraphrase", "Why did the inspection reminders go out a day early for everyone?", "pa5",
  "Server-side date computed in UTC late in the evening.", distractors=["pa5d"])

commit("pa6", 33, """Optimistic locking on survey records

version column; PUT returns 409 Conflict when the row moved underneath you.""",
       [("M", "modules/db/src/SurveyRepo.scala"),
        ("A", "modules/db/resources/db/migration/V7__survey_version.sql")])
note("pa6d", 34, "Two wardens surveying one street should split by house number; editing the "
     "same tree list from two phones causes double counting.")
q("paraphrase", "How come two wardens could end up editing the same tree and one lost their "
  "changes?", "pa6", "Last write won; added a version column and 409s.", distractors=["pa6d"])

commit("pa7", 10, """Council CSV loader: map the 'Cond.' header

The council export calls the column 'Cond.', not 'condition'; the unknown
header fell back to the default Good.""", [("M", "modules/etl/src/CouncilCsv.scala")])
note("pa7d", 12, "After the import every tree gets a QR tag; the app should say healthy, fair "
     "or poor in plain words, not codes.")
q("paraphrase", "Why did the app say every tree was healthy after the import?", "pa7",
  "Condition header mismatch fell back to the default value.", distractors=["pa7d"])

# -------------------------------------------------------------- command_fact
sh("cf1", 6, "psql -h localhost -p 5433 -U canopy canopy -c 'SELECT postgis_full_version();'\n"
   ' POSTGIS="3.4.2 c19ce56" [EXTENSION] PGSQL="160" GEOS="3.12.1-CAPI-1.18.1" PROJ="9.4.0"')
sh("cf1d", 6, "psql -h localhost -p 5433 -U canopy canopy -c 'SELECT version();'\n"
   " PostgreSQL 16.3 (Debian 16.3-1.pgdg120+1) on x86_64-pc-linux-gnu")
q("command_fact", "Which PostGIS does the dev database have?", "cf1",
  "Only the postgis_full_version() output.", keys=["3.4.2"], distractors=["cf1d"])

sh("cf2", 25, "sbt test\n[info] Passed: Total 212, Failed 0, Errors 0, Passed 212\n"
   "[success] Total time: 94 s (01:34), completed 14 Jun 2024, 10:02:11")
sh("cf2d", 25, "sbt compile\n[success] Total time: 38 s, completed 14 Jun 2024, 09:58:40")
q("command_fact", "How long did the whole test run take under sbt?", "cf2",
  "sbt test summary line.", keys=["Total time: 94 s"], distractors=["cf2d"])

sh("cf3d", 9, 'sbt "etl/run data/council-2024.csv"\n[error] java.lang.OutOfMemoryError: '
   "Java heap space\n[error]   at scala.collection.immutable.Vector", code=1)
sh("cf3", 9, 'JAVA_OPTS=-Xmx3g sbt "etl/run data/council-2024.csv"\n'
   "[info] Imported 14212 trees, skipped 37 rows")
q("command_fact", "How much heap did I give the JVM when the council import blew up?", "cf3",
  "Only the retried command carries the flag.", keys=["-Xmx3g"], distractors=["cf3d"])

q("command_fact", "How many trees came in from the council export in the end?", "cf3",
  "The ETL output line of the retried run.", keys=["14212"], distractors=["cf4d"])
sh("cf4d", 18, "psql -h localhost -p 5433 -U canopy canopy -c 'select count(*) from survey'\n"
   " count\n-------\n  3120")

sh("cf5", 51, "ls -lh target/native-image/canopyroll\n-rwxr-xr-x 1 dev dev 87M Jul  9 "
   "16:40 target/native-image/canopyroll")
sh("cf5d", 51, "docker image ls canopyroll\nREPOSITORY   TAG      IMAGE ID       SIZE\n"
   "canopyroll   native   4be1c0d9a2f3   142MB")
q("command_fact", "How big did the native binary come out?", "cf5",
  "ls -lh on the native-image output.", keys=["87M"], distractors=["cf5d"])

commit("cf6", 30, "Add hazard flags: hazard enum + flagged_at\n\nV9__hazard_flags.sql",
       [("A", "modules/db/resources/db/migration/V9__hazard_flags.sql"),
        ("M", "modules/db/src/TreeRepo.scala")])
commit("cf6d", 22, "V8__species_lookup.sql: species lookup with common names",
       [("A", "modules/db/resources/db/migration/V8__species_lookup.sql")])
q("command_fact", "Which migration file added the dangerous-tree marker?", "cf6",
  "Only the commit names the migration.", keys=["V9__hazard_flags"], distractors=["cf6d"])

sh("cf7d", 43, "java -version\nopenjdk version \"21.0.2\" 2024-01-16 LTS\nOpenJDK Runtime "
   "Environment Temurin-21.0.2+13 (build 21.0.2+13-LTS)")
sh("cf7", 43, "ssh canopy-vm java -version\nopenjdk version \"21.0.4\" 2024-07-16 LTS\nOpenJDK "
   "Runtime Environment Temurin-21.0.4+7 (build 21.0.4+7-LTS)")
q("command_fact", "Which exact JDK build is on the council's server for the tree survey app?",
  "cf7", "ssh'd java -version.", keys=["21.0.4+7"], distractors=["cf7d"], asked=None)

# ---------------------------------------------------------- knowledge_update
note("ku1a", 2, "Build: sbt for everything, cross-built Scala.js module for the web bit.")
commit("ku1b", 35, "Switch build to Mill 0.11\n\nsbt startup was 40s on the council laptop.",
       [("A", "build.mill"), ("D", "build.sbt"), ("D", "project/plugins.sbt")])
q("knowledge_update", "What do we build the tree app with these days?", "ku1b",
  "sbt -> Mill on day 35.", outdated=["ku1a"])

edit("ku2a", 8, "modules/api/resources/application.conf",
     'photos.endpoint = "http://minio.local:9000"\nphotos.bucket = "canopy"')
note("ku2b", 36, "Photos moved to the Backblaze B2 bucket canopy-photos; the MinIO box in the "
     "office is retired.")
q("knowledge_update", "Where are the tree photos stored now?", "ku2b", "MinIO -> B2.",
  outdated=["ku2a"])

note("ku3a", 6, "Every tree gets inspected yearly.")
commit("ku3b", 23, "Inspection interval 24 months", [("M", "modules/core/src/Schedule.scala")])
note("ku3c", 44, "Inspection interval: 18 months for low risk, 6 months for anything flagged "
     "as a hazard.")
q("knowledge_update", "How often does a tree get re-inspected at the moment?", "ku3c",
  "12 -> 24 -> 18/6 months.", outdated=["ku3a", "ku3b"], asked=None)

edit("ku4a", 5, "modules/core/src/Rules.scala", "val MinGirthCm = 30")
commit("ku4b", 27, "Record trees from 20 cm girth\n\nWardens want young street plantings "
       "tracked.", [("M", "modules/core/src/Rules.scala")])
q("knowledge_update", "What's the smallest girth we bother recording now?", "ku4b",
  "30 -> 20 cm.", outdated=["ku4a"])

commit("ku5a", 4, "Leaflet map with OSM standard tiles", [("A", "modules/web/src/MapView.scala")])
note("ku5b", 40, "Basemap switched to the OS Maps API Outdoor style under the council's "
     "licence.")
q("knowledge_update", "Which basemap is the map using now?", "ku5b", "OSM -> OS Maps.",
  outdated=["ku5a"])

note("ku6a", 3, "Tests: munit + munit-cats-effect.")
commit("ku6b", 32, "Port tests to weaver-cats", [("M", "build.sbt"),
       ("M", "modules/api/test/TreeRoutesSuite.scala")])
q("knowledge_update", "What are the tree app's tests written with currently?", "ku6b",
  "munit -> weaver.", outdated=["ku6a"])

# ------------------------------------------------------------- first_attempt
commit("fa1a", 1, "Server-rendered survey form with Scalatags", [("A", "modules/api/src/Pages.scala")])
commit("fa1b", 13, "Laminar SPA for the survey form", [("A", "modules/web/src/SurveyForm.scala")])
q("first_attempt", "What did the survey form start out as before Laminar?", "fa1a",
  "Scalatags server pages first.", outdated=["fa1b"])

note("fa2a", 2, "DB access: starting with Slick.")
commit("fa2b", 9, "Replace Slick with Doobie", [("M", "build.sbt"),
       ("M", "modules/db/src/TreeRepo.scala")])
q("first_attempt", "Which database library did we begin with on the tree inventory?", "fa2a",
  "Slick, replaced by Doobie.", outdated=["fa2b"], asked=None)

note("fa3a", 10, "Deploy: fat jar via sbt-assembly, scp to the council VM, systemd unit.")
commit("fa3b", 28, "Docker image via sbt-native-packager", [("M", "build.sbt"),
       ("A", "deploy/compose.yaml")])
note("fa3c", 50, "Container now runs the GraalVM native image instead of the JVM.")
q("first_attempt", "How did we ship the app to the council VM initially?", "fa3a",
  "Fat jar + scp first.", outdated=["fa3b", "fa3c"])

edit("fa4a", 7, "modules/core/src/Species.scala", "Match species by exact string against the "
     "lookup table.")
note("fa4b", 21, "Species names are fuzzy-matched with pg_trgm now (similarity > 0.4) - "
     "wardens type 'sycamor' and 'horse chesnut'.")
q("first_attempt", "How did we match species names at first?", "fa4a",
  "Exact match before pg_trgm.", outdated=["fa4b"])

note("fa5a", 5, "Sign-in: one shared password per ward for now.")
commit("fa5b", 26, "Sign in through the council's Entra ID (OIDC)",
       [("A", "modules/api/src/Auth.scala")])
q("first_attempt", "How did wardens sign in at the very start?", "fa5a",
  "Shared ward password first.", outdated=["fa5b"])

commit("fa6a", 11, "Queue unsent surveys in localStorage", [("A", "modules/web/src/Outbox.scala")])
note("fa6b", 16, "Offline queue moved to IndexedDB (idb-keyval); localStorage hit its 5 MB "
     "limit with photo thumbnails.")
q("first_attempt", "What held unsent surveys on the phone originally?", "fa6a",
  "localStorage before IndexedDB.", outdated=["fa6b", "pa2"])

# ------------------------------------------------------------------- fillers
commit(None, (3, 20), "Species picker with common and Latin names",
       [("M", "modules/web/src/SurveyForm.scala")], role="filler")
commit(None, (12, 40), "Ward filter on the tree list", [("M", "modules/api/src/TreeRoutes.scala")],
       role="filler")
commit(None, (20, 50), "Export inspection round as PDF for the wardens",
       [("A", "modules/api/src/RoundPdf.scala")], role="filler")
commit(None, (30, 58), "scalafmt pass", [("M", "modules/core/src/Rules.scala")], role="filler")
commit(None, (40, 60), "Bump http4s to 0.23.27", [("M", "build.mill")], role="filler")
chat(None, (5, 30), """User: Doobie: how do I read a PostGIS geometry into a case class?
Assistant: Use doobie-postgis or read it as WKT with ST_AsText and parse with JTS; a Get[Point] via Meta.Advanced.other works too.""", role="filler")
chat(None, (25, 55), """User: cursor: add a girth histogram to the ward report
Assistant: Added a bar chart per 10 cm bucket to WardReport.scala using the existing chart helper.""",
     src="cursor", files=["modules/web/src/WardReport.scala"], role="filler")
note(None, (10, 35), "Tree warden meeting: want ash dieback as its own condition, and a "
     "'needs council arborist' checkbox.", role="filler")
note(None, (35, 60), "Council GIS team will send updated ward boundaries in September.",
     role="filler")
edit(None, (8, 30), "modules/web/src/MapView.scala", "Bigger markers on mobile, tap to open the "
     "tree card.", role="filler")
edit(None, (30, 60), "modules/web/src/SurveyForm.scala", "Remember the last species picked.",
     src="cursor", role="filler")
file(None, (15, 45), "modules/api/resources/logback.xml", """<configuration>
  <root level="INFO"><appender-ref ref="STDOUT"/></root>
  <logger name="org.http4s" level="WARN"/>
</configuration>""", role="filler")

# ---------------------------------------------------------------------- pool
pc = P.pool_cmd
pc("sbt ~api/reStart\n[info] Server started at http://0.0.0.0:8080", hi=34, w=3)
pc("sbt scalafmtCheckAll\n[success] Total time: 6 s", hi=34, w=1.5)
pc("sbt test\n[error] Failed: Total 204, Failed 1, Errors 0, Passed 203\n[error] "
   "TreeRoutesSuite: bbox query returns trees inside the ward *** FAILED ***", hi=34, code=1)
pc("sbt web/fastLinkJS\n[info] Fast optimizing modules/web/target/scala-3.4.3/web-fastopt",
   hi=34, w=1.5)
pc("./mill -w api.runBackground\n[info] Server started at http://0.0.0.0:8080", lo=35, w=3)
pc("./mill __.test\n+ TreeRoutesSuite bbox query returns trees inside the ward 41ms", lo=35, w=2)
pc("./mill mill.scalalib.scalafmt.ScalafmtModule/checkFormatAll __.sources", lo=35)
pc("./mill web.fastLinkJS", lo=35, w=1.5)
pc("git status -sb\n## main...origin/main", w=2)
pc("git log --oneline -5", w=1)
pc("docker compose up -d db\n[+] Running 1/1\n ✔ Container canopyroll-db-1  Started", w=2)
pc("psql -h localhost -p 5433 -U canopy canopy", w=1.5)
pc("curl -s 'localhost:8080/trees?bbox=-1.52,52.40,-1.49,52.42' | jq length\n312", w=1.5)
pc("curl -s localhost:8080/health\n{\"status\":\"ok\",\"db\":\"up\"}", w=1)
pc("ssh canopy-vm 'sudo systemctl status canopyroll --no-pager | head -3'\n● canopyroll.service"
   "\n     Active: active (running)", hi=27)
pc("ssh canopy-vm 'docker compose ps'\nNAME        STATUS\ncanopyroll  Up 3 days", lo=28)
pc("rg -n 'MinGirthCm' modules\nmodules/core/src/Rules.scala:4:  val MinGirthCm", w=0.5)
pc("cs java --available | head -3\ntemurin:1.21.0.2\ntemurin:1.21.0.4", w=0.5)
pc("flyway -configFiles=flyway.conf info | tail -4", w=1)
