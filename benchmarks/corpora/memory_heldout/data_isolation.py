"""project_isolation: the same subject exists in two or three projects with different facts.

Each question sets `project` to the asking project. `answers` = that project's statement,
`forbidden` = the other projects' statements on the same subject (including a few
filler-like records that touch the subject, keyed here so they can be labelled).
"""
from data_hivescale import P as HIVE
from data_larder import P as LARD
from data_ferrydesk import P as FERRY
from data_peatwatch import P as PEAT
from data_signalbox import P as SBOX

# ---------------------------------------------------------------------
# subject-touching records from other streams (kept here so they can be labelled)
# ---------------------------------------------------------------------
HIVE.commit("hive.calshell", 16, "Add `calib` shell over the RTT down channel (show / save / reset)",
            ["A src/shell.rs", "M src/main.rs"])
HIVE.commit("hive.cicache", 9, "CI: cache the target dir keyed on Cargo.lock", ["M .gitea/workflows/ci.yml"])
LARD.commit("lard.cicommit", 5, "CI: cache Gradle and run unit tests on pull requests", ["A .github/workflows/ci.yml"])
FERRY.sh("ferry.healthcurl", 37, "curl -s localhost:8000/healthz/", "{\"db\": \"ok\", \"broker\": \"ok\"}")
FERRY.file("ferry.compose", 9, "docker-compose.yml",
           "services:\n  db:\n    image: postgres:16\n  web:\n    build: .\n"
           "    command: python manage.py runserver 0.0.0.0:8000\n    ports: [\"8000:8000\"]\n    depends_on: [db]")
PEAT.commit("peat.tzfix", 7, "Fix timezone bug in the P2 logger parser (it assumed local summer time)",
            ["M src/peatwatch/ingest.py"])
PEAT.note("peat.p6", 27, "P6 logger replaced (serial 21-0447), new zero offset measured on site.", cli=True)
SBOX.commit("sbox.welsh", 21, "Welsh station names (bilingual boards) in the seeds",
            ["M priv/repo/seeds.exs", "M lib/signalbox/stations.ex"])
SBOX.commit("sbox.tz", 10, "Fix timezone on boards during BST (Europe/London via tzdata)",
            ["M config/config.exs", "M mix.exs"])
FERRY.sh("ferry.httpie", 14, "http :8000/api/sailings/ route==BGO-HAV date==2024-05-17",
         "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"count\": 6, \"next\": null, \"results\": [...]}")
SBOX.sh("sbox.portcurl", 19, "curl -s localhost:4005/api/departures/MRS | jq '.[0]'",
        "{\n  \"service\": \"1M07\",\n  \"due\": \"10:40\",\n  \"platform\": \"2\",\n  \"status\": \"On time\"\n}")
LARD.chat("lard.tzchat", 6,
          "User: should the expiry date be LocalDate or Instant?\n"
          "Assistant: Best-before is a calendar date with no time zone, so LocalDate; store it as epoch day in "
          "Room via a TypeConverter.")
SBOX.commit("sbox.cicommit", 4, "Credo config and CI job", ["A .credo.exs", "A .github/workflows/ci.yml"])

# ---------------------------------------------------------------------
# S1 release steps: hivescale-fw / larder-android / signalbox
# ---------------------------------------------------------------------
HIVE.note("hive.rel", 55,
          "Release steps (firmware): bump `version` in Cargo.toml, tag `fw-vX.Y.Z`, "
          "`cargo objcopy --release -- -O binary hivescale.bin`, attach the .bin and the .elf (needed for defmt "
          "decoding) to the Gitea release, then tick units off in the fleet sheet as they get flashed over USB DFU.")
LARD.note("lard.rel", 57,
          "Release steps (Play): bump versionCode/versionName, `./gradlew :app:bundleRelease`, sign with the "
          "upload key (~/keys/larder-upload.jks), upload the .aab to the closed track in Play Console, and "
          "promote to production after 48 h with no new crashes in Sentry.")
SBOX.note("sbox.rel", 52,
          "Release steps: merge to main, wait for CI, `fly deploy --strategy rolling`, watch `fly logs` for the "
          "migration output, then tag vYYYY.MM.DD and add a CHANGELOG entry.")
REL_Q = "What are the steps to cut a release?"
HIVE.q("project_isolation", REL_Q, ["hive.rel"], forbidden=["lard.rel", "sbox.rel"],
       note="Asked from hivescale-fw: the firmware release note (tag, objcopy .bin, Gitea release).")
LARD.q("project_isolation", REL_Q, ["lard.rel"], forbidden=["hive.rel", "sbox.rel"],
       note="Asked from larder-android: the Play Console bundle/upload/promote note.")
SBOX.q("project_isolation", REL_Q, ["sbox.rel"], forbidden=["hive.rel", "lard.rel"],
       note="Asked from signalbox: merge, fly deploy, watch logs, tag.")

# ---------------------------------------------------------------------
# S2 migrations: ferrydesk / signalbox / larder-android
# ---------------------------------------------------------------------
FERRY.note("ferry.mig", 31,
           "Migrations: makemigrations on the feature branch and never edit one that has been applied anywhere; "
           "`python manage.py migrate --noinput` runs as the release step before gunicorn starts; squash an "
           "app once it passes ~40 files.")
SBOX.note("sbox.mig", 34,
          "Migrations in prod run through `/app/bin/migrate` (Signalbox.Release.migrate/0) as the fly "
          "release_command, before new machines take traffic; locally it's `mix ecto.migrate`.")
LARD.note("lard.mig", 40,
          "Room migrations: schema version 7, schemas exported to app/schemas; additive changes use "
          "@AutoMigration, the column rename needed a manual Migration(6, 7). They run on the phone the first "
          "time the database opens after an update; MigrationTestHelper covers each step.")
MIG_Q = "How do database migrations get applied?"
FERRY.q("project_isolation", MIG_Q, ["ferry.mig"], forbidden=["sbox.mig", "lard.mig", "sbox.genmig"],
        note="Asked from ferrydesk: manage.py migrate as the release step before gunicorn.")
SBOX.q("project_isolation", MIG_Q, ["sbox.mig"], forbidden=["ferry.mig", "lard.mig", "ferry.showmig"],
       note="Asked from signalbox: Release.migrate via fly release_command.")
LARD.q("project_isolation", MIG_Q, ["lard.mig"], forbidden=["ferry.mig", "sbox.mig", "ferry.showmig", "sbox.genmig"],
       note="Asked from larder-android: Room migrations run on the device when the DB opens.")

# ---------------------------------------------------------------------
# S3 retry policy: ferrydesk / signalbox / larder-android
# ---------------------------------------------------------------------
FERRY.commit("ferry.retry", 33,
             "Email and SMS tasks: autoretry_for=(RequestException,), retry_backoff=True, "
             "retry_backoff_max=600, max_retries=5",
             ["M notifications/tasks.py"])
SBOX.commit("sbox.retry", 35,
            "Oban workers: max_attempts 3 for SMS, 10 for feed fetches; backoff/1 returns 30 s x attempt",
            ["M lib/signalbox/notify/sms_worker.ex", "M lib/signalbox/workers/feed_fetch.ex"])
LARD.commit("lard.retry", 35,
            "SyncWorker: Result.retry() on IOException with exponential backoff from 30 s; give up after 5 "
            "run attempts",
            ["M app/src/main/java/com/example/larder/work/SyncWorker.kt"])
FERRY.q("project_isolation", "When a background job fails, how many times is it retried and with what backoff?",
        ["ferry.retry"], forbidden=["sbox.retry", "lard.retry", "sbox.429"],
        note="Asked from ferrydesk: Celery autoretry with max_retries=5 and exponential backoff capped at 600 s.")
SBOX.q("project_isolation", "How many attempts does a failed job get before we give up?",
       ["sbox.retry"], forbidden=["ferry.retry", "lard.retry"],
       note="Asked from signalbox: Oban max_attempts 3 (SMS) / 10 (feed).")
LARD.q("project_isolation", "What's the retry policy for the background sync job?",
       ["lard.retry"], forbidden=["ferry.retry", "sbox.retry", "sbox.429"],
       note="Asked from larder-android: WorkManager Result.retry() with exponential backoff, 5 attempts.")

# ---------------------------------------------------------------------
# S4 staging URL: ferrydesk / signalbox
# ---------------------------------------------------------------------
FERRY.note("ferry.stg", 22,
           "Staging: https://staging.ferrydesk.example.com behind basic auth (user 'ferry', password "
           "'devpass'); Django admin lives at /djadmin/.")
SBOX.note("sbox.stg", 26,
          "Staging is https://signalbox-staging.example.com (fly app signalbox-staging), refreshed nightly from "
          "an anonymised prod snapshot.")
STG_Q = "What's the staging URL?"
FERRY.q("project_isolation", STG_Q, ["ferry.stg"], forbidden=["sbox.stg"],
        note="Asked from ferrydesk: staging.ferrydesk.example.com.")
SBOX.q("project_isolation", STG_Q, ["sbox.stg"], forbidden=["ferry.stg"],
       note="Asked from signalbox: signalbox-staging.example.com.")

# ---------------------------------------------------------------------
# S5 health check: ferrydesk / signalbox
# ---------------------------------------------------------------------
FERRY.commit("ferry.health", 36,
             "Add /healthz/: SELECT 1 on the database plus a broker connection check, 503 if either fails",
             ["A core/views/health.py", "M ferrydesk/urls.py"])
SBOX.commit("sbox.health", 29,
            "GET /health plug ahead of the router: 200 when the Repo answers and PubSub is alive; fly http "
            "checks hit it every 15 s",
            ["A lib/signalbox_web/plugs/health.ex", "M lib/signalbox_web/endpoint.ex", "M fly.toml"])
FERRY.q("project_isolation", "What does the health check endpoint actually verify?",
        ["ferry.health"], forbidden=["sbox.health"],
        note="Asked from ferrydesk: /healthz/ checks the DB and the broker.")
SBOX.q("project_isolation", "Which path does the health check live on, and what polls it?",
       ["sbox.health"], forbidden=["ferry.health", "ferry.healthcurl"],
       note="Asked from signalbox: /health plug polled by fly http checks every 15 s.")

# ---------------------------------------------------------------------
# S6 seed data: ferrydesk / signalbox
# ---------------------------------------------------------------------
FERRY.note("ferry.seed", 25,
           "Seeding a fresh dev DB: `python manage.py loaddata seed/routes.json seed/ships.json`, then "
           "`python manage.py seed_sailings --weeks 4`.")
SBOX.note("sbox.seeds", 13,
          "Seeds: `mix run priv/repo/seeds.exs` creates the 14 stations and a sample Saturday timetable; "
          "`mix ecto.reset` runs it as well.")
SEED_Q = "How do I load seed data into a fresh dev database?"
FERRY.q("project_isolation", SEED_Q, ["ferry.seed"], forbidden=["sbox.seeds", "sbox.welsh"],
        note="Asked from ferrydesk: loaddata fixtures + seed_sailings.")
SBOX.q("project_isolation", SEED_Q, ["sbox.seeds"], forbidden=["ferry.seed"],
       note="Asked from signalbox: mix run priv/repo/seeds.exs.")

# ---------------------------------------------------------------------
# S7 calibration: hivescale-fw / peatwatch
# ---------------------------------------------------------------------
HIVE.note("hive.cal", 19,
          "Calibration procedure: empty scale, tare, put the 10.00 kg reference on, run the calib-mode build, "
          "then store the factor with `calib save` over RTT. Redo it whenever a load cell is swapped.")
PEAT.note("peat.cal", 12,
          "Calibration (pressure transducers): each logger's zero offset is measured against a manual "
          "dip-meter reading at install and on every site visit; offsets live in calib/offsets.csv and are "
          "applied in the clean stage.")
HIVE.q("project_isolation", "How do we calibrate a sensor?",
       ["hive.cal"], forbidden=["peat.cal", "peat.p6"],
       note="Asked from hivescale-fw: reference-weight procedure with calib save.")
PEAT.q("project_isolation", "How do we calibrate a sensor?",
       ["peat.cal"], forbidden=["hive.cal", "hive.calshell", "hive.calib"],
       note="Asked from peatwatch: zero offsets from dip-meter readings in calib/offsets.csv.")

# ---------------------------------------------------------------------
# S8 CI: hivescale-fw / larder-android
# ---------------------------------------------------------------------
HIVE.note("hive.ci", 28,
          "CI (Gitea Actions): cargo fmt --check, clippy for thumbv7em, host tests of hivescale-core, release "
          "build and a size check; about 6 minutes. The hardware-in-the-loop job only runs on tags.")
LARD.note("lard.ci", 30,
          "CI (GitHub Actions): assembleDebug, unit tests, lint and ktlint; about 14 minutes, most of it Gradle "
          "configuration. Turn on the configuration cache next.")
HIVE.q("project_isolation", "How long does a CI run take, and what's in it?",
       ["hive.ci"], forbidden=["lard.ci", "lard.cicommit", "sbox.plt", "sbox.cicommit"],
       note="Asked from hivescale-fw: ~6 min Gitea pipeline with fmt/clippy/tests/size check.")
LARD.q("project_isolation", "Why is CI so slow and what does it run?",
       ["lard.ci"], forbidden=["hive.ci", "hive.cicache", "sbox.plt", "sbox.cicommit"],
       note="Asked from larder-android: ~14 min, mostly Gradle configuration.")

# ---------------------------------------------------------------------
# S9 time zone: ferrydesk / peatwatch
# ---------------------------------------------------------------------
FERRY.note("ferry.tz", 17,
           "Time zones: USE_TZ = True and everything is stored in UTC; TIME_ZONE = 'Europe/Oslo' is only for "
           "display and emails.")
PEAT.note("peat.tz", 6,
          "Time zone: loggers write local clock time without DST shifts (they were set in winter, so UTC+0); "
          "ingest tags the readings as UTC and daily aggregation uses UTC days.")
FERRY.q("project_isolation", "Which time zone are our timestamps stored in?",
        ["ferry.tz"], forbidden=["peat.tz", "peat.tzfix", "sbox.tz", "lard.tzchat"],
        note="Asked from ferrydesk: UTC storage, Europe/Oslo for display.")
PEAT.q("project_isolation", "What time zone are the logger timestamps in?",
       ["peat.tz"], forbidden=["ferry.tz", "ferry.dst", "sbox.tz", "lard.tzchat"],
       note="Asked from peatwatch: loggers in UTC+0 without DST, tagged UTC at ingest.")

# ---------------------------------------------------------------------
# S10 cache: ferrydesk / peatwatch
# ---------------------------------------------------------------------
FERRY.note("ferry.cache", 39,
           "Cache: django-redis with key prefix 'tt:'; timetable pages are cached for 600 s and busted whenever "
           "the GTFS import runs.")
PEAT.note("peat.cache", 42,
          "DVC cache is shared at /data/dvc-cache on the analysis workstation (cache.type = hardlink,symlink, "
          "cache.shared = group), so each clone links instead of copying.")
CACHE_Q = "How is the cache set up?"
FERRY.q("project_isolation", CACHE_Q, ["ferry.cache"], forbidden=["peat.cache", "lard.photos", "hive.cicache", "lard.cicommit", "sbox.plt"],
        note="Asked from ferrydesk: django-redis timetable cache, 600 s TTL.")
PEAT.q("project_isolation", CACHE_Q, ["peat.cache"], forbidden=["ferry.cache", "lard.photos", "hive.cicache", "lard.cicommit", "sbox.plt"],
       note="Asked from peatwatch: shared DVC cache directory with links.")

# ---------------------------------------------------------------------
# S11 local dev server port: peatwatch / signalbox
# ---------------------------------------------------------------------
PEAT.note("peat.port", 15,
          "Jupyter on the workstation: `jupyter lab --no-browser --port 8899`, then from the laptop "
          "`ssh -L 8899:localhost:8899 ws01`.", cli=True)
SBOX.note("sbox.port", 18,
          "Local dev: `PORT=4005 mix phx.server` - 4000 clashes with the Livebook I keep open.", cli=True)
PEAT.q("project_isolation", "Which port does my local server run on?",
       ["peat.port"], forbidden=["sbox.port", "sbox.portcurl", "ferry.compose", "ferry.httpie"],
       note="Asked from peatwatch: Jupyter Lab on 8899 (tunnelled).")
SBOX.q("project_isolation", "Which port does my local server run on?",
       ["sbox.port"], forbidden=["peat.port", "ferry.compose", "ferry.httpie"],
       note="Asked from signalbox: phx.server on PORT=4005.")
