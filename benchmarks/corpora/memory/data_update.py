"""knowledge_update questions: a decision was made and later changed (once or
more, days apart).  answers = newest statement, outdated = older statements.
Older and newer statements are worded alike on purpose, so that only recency
separates them."""
from authoring import Q, commit, chat, note, edit

L, T, S, I, G, M = ("ledger-api", "tidepool", "storefront-web", "infra-live",
                    "grepline", "fieldnotes-mobile")

ITEMS = [
    Q("knowledge_update", L, "what's the current per-key limit on the transfers endpoint?",
      [note(41, "Transfer rate limit is now 120 requests per minute per API key; 60 was hurting the "
                "payroll customer's batch runs.")],
      outdated=[note(5, "Rate limit for /v1/transfers: 100 requests per minute per API key."),
                commit(19, "Lower transfer rate limit to 60/min per API key\n\nThe load-test tenant was "
                           "hammering us.", ["internal/http/ratelimit.go", "internal/config/config.go"])],
      note="100 -> 60 -> 120 per minute"),

    Q("knowledge_update", T, "when does the nightly ingest kick off these days?",
      [edit(28, "deployments/ingest.yaml",
            "cron: \"30 3 * * *\"  # nightly ingest at 03:30 UTC, after the buoy provider's own export finishes")],
      outdated=[edit(4, "deployments/ingest.yaml", "cron: \"0 2 * * *\"  # nightly ingest at 02:00 UTC")],
      note="02:00 -> 03:30 UTC"),

    Q("knowledge_update", S, "what are we using for cart state now?",
      [note(23, "Cart state moved from Redux Toolkit to Zustand: one small store, far less boilerplate, "
                "and the devtools middleware still works.")],
      outdated=[chat(6, "should cart state live in React context or a proper store?",
                     "With optimistic updates and persistence you'll want a store. Redux Toolkit with "
                     "createSlice and redux-persist is a solid choice for the cart.", src="openai"),
                note(7, "Decision: cart state goes in Redux Toolkit (cartSlice), persisted to localStorage.")],
      note="Redux Toolkit -> Zustand"),

    Q("knowledge_update", I, "which terraform release line is the infra repo pinned to?",
      [edit(52, "versions.tf", "required_version = \"~> 1.8.0\"  # provider-defined functions")],
      outdated=[edit(2, "versions.tf", "required_version = \"~> 1.6.0\""),
                edit(30, "versions.tf", "required_version = \"~> 1.7.0\"")],
      note="1.6 -> 1.7 -> 1.8"),

    Q("knowledge_update", G, "what does the threads option default to currently?",
      [commit(35, "Default --threads to physical cores\n\nHyperthreads made directory walking slower on "
                  "the CI box; use num_cpus::get_physical().", ["src/cli.rs", "src/walk.rs"])],
      outdated=[note(10, "Default for --threads is the number of logical CPUs (num_cpus::get()).")],
      note="logical CPUs -> physical cores"),

    Q("knowledge_update", M, "which state management package does the mobile app use?",
      [commit(20, "Migrate app state from Provider to Riverpod 2\n\nProviderScope at the root; notifiers "
                  "replace ChangeNotifiers.",
              ["lib/main.dart", "lib/features/notes/notes_controller.dart", "pubspec.yaml"])],
      outdated=[note(3, "State management: going with Provider + ChangeNotifier for now, it's what the "
                        "team knows.")],
      note="Provider -> Riverpod"),

    Q("knowledge_update", L, "how long do access tokens live?",
      [note(29, "Access tokens now expire after 15 minutes; refresh tokens work, so short-lived access "
                "tokens are cheap.")],
      outdated=[commit(8, "Access tokens expire after 60 minutes\n\nNo refresh flow yet.",
                       ["internal/auth/jwt.go", "internal/auth/jwt_test.go"])],
      note="60 min -> 15 min"),

    Q("knowledge_update", T, "what do we use to manage python dependencies in the pipeline repo?",
      [note(37, "Switched tidepool from Poetry to uv. poetry.lock is gone, uv.lock is committed; use "
                "`uv sync` and `uv run`.")],
      outdated=[note(1, "Dependencies managed with Poetry; `poetry install` then `poetry run` for "
                        "everything.")],
      note="Poetry -> uv"),

    Q("knowledge_update", S, "where is the storefront hosted at the moment?",
      [note(44, "Moved storefront hosting to Cloudflare Pages; we ran out of Netlify build minutes "
                "twice this month.")],
      outdated=[note(9, "Storefront hosting: Netlify, with deploy previews on every PR.")],
      note="Netlify -> Cloudflare Pages"),

    Q("knowledge_update", I, "what instance type does the default node group run?",
      [commit(49, "Default node group to m7g.large (Graviton)\n\nAll images are multi-arch now.",
              ["modules/eks/node_groups.tf", "envs/prod/main.tf", "envs/staging/main.tf"])],
      outdated=[edit(7, "modules/eks/node_groups.tf", "default node group: instance_types = [\"m5.large\"]"),
                commit(26, "Default node group to m6i.large\n\nm5 was being throttled on network.",
                       ["modules/eks/node_groups.tf"])],
      note="m5 -> m6i -> m7g"),

    Q("knowledge_update", G, "where does the CLI look for its settings file?",
      [commit(39, "Read config from $XDG_CONFIG_HOME/grepline/config.toml\n\n~/.grepline.toml is still "
                  "read, with a deprecation warning.", ["src/config.rs", "README.md"])],
      outdated=[note(14, "Config is read from ~/.grepline.toml.")],
      note="~/.grepline.toml -> XDG path"),

    Q("knowledge_update", M, "what's the oldest android version we support?",
      [commit(38, "Raise minSdkVersion to 24\n\nflutter_secure_storage 9 needs it.",
              ["android/app/build.gradle"])],
      outdated=[edit(11, "android/app/build.gradle", "minSdkVersion 21")],
      note="minSdk 21 -> 24"),

    Q("knowledge_update", L, "what format does the API write its logs in?",
      [note(33, "Logging is JSON now (log/slog); Loki parses it without a custom pipeline stage.")],
      outdated=[commit(12, "Log in logfmt to stdout, one line per request",
                       ["A internal/log/log.go", "cmd/api/main.go"])],
      note="logfmt -> JSON"),

    Q("knowledge_update", T, "what file format does the curated layer land in?",
      [note(31, "Curated tables now land in S3 as Parquet, partitioned by station/day.")],
      outdated=[commit(15, "Write curated tables to S3 as gzipped CSV, one file per station per day",
                       ["A tidepool/sinks/curated.py", "tests/test_curated_sink.py"])],
      note="CSV -> Parquet"),

    Q("knowledge_update", S, "which unit test runner is the shop on?",
      [commit(21, "Swap Jest for Vitest\n\nShares the Vite config, no more babel-jest transform.",
              ["package.json", "D jest.config.ts", "A vitest.config.ts", "src/setupTests.ts"])],
      outdated=[note(2, "Unit tests run on Jest with ts-jest; Playwright for e2e.")],
      note="Jest -> Vitest"),

    Q("knowledge_update", I, "where does terraform state live now?",
      [note(34, "Migrated all workspaces' state from Terraform Cloud to the S3 backend with DynamoDB "
                "locking; TFC org is read-only until the end of the month.")],
      outdated=[note(3, "Terraform state lives in Terraform Cloud (remote backend, org 'infra-live-example').")],
      note="Terraform Cloud -> S3 backend"),

    Q("knowledge_update", G, "what does the default output layout look like now?",
      [chat(43, "make matches grouped by file with a heading by default, like rg.",
            "Done in src/printer.rs: the heading layout is now the default and --no-heading gives back the "
            "old one-line-per-match output.", files=["src/printer.rs"])],
      outdated=[commit(17, "Default output: one line per match, path:line:text, no headings",
                       ["src/printer.rs", "tests/cli.rs"])],
      note="flat lines -> grouped with headings"),

    Q("knowledge_update", M, "how often does background sync run?",
      [commit(54, "Background sync back to every 15 minutes, unmetered networks only",
              ["lib/sync/background.dart"])],
      outdated=[note(13, "Background sync runs every 15 minutes via workmanager."),
                commit(34, "Background sync every 30 minutes\n\nBattery drain complaints.",
                       ["lib/sync/background.dart"])],
      note="15 -> 30 -> 15 (unmetered only)"),

    Q("knowledge_update", L, "what's the production connection pool size per pod?",
      [commit(45, "Set pgx MaxConns to 25 per pod\n\nWe run 6 replicas now; 40 x 6 was over the RDS "
                  "max_connections.", ["internal/store/pool.go", "deploy/values-prod.yaml"])],
      outdated=[note(10, "Prod pgx pool: MaxConns 20 per pod."),
                commit(31, "Raise pgx MaxConns to 40 per pod behind pgbouncer",
                       ["internal/store/pool.go", "deploy/values-prod.yaml"])],
      note="20 -> 40 -> 25"),

    Q("knowledge_update", T, "where do pipeline failure alerts go now?",
      [note(40, "Flow failure alerts now page through PagerDuty (service tidepool-oncall); the Slack "
                "channel was too easy to ignore.")],
      outdated=[commit(9, "Prefect automation: send flow failure alerts to #tp-alerts in Slack",
                       ["A deployments/automations.yaml"])],
      note="Slack -> PagerDuty"),

    Q("knowledge_update", S, "where are product images served from?",
      [commit(46, "Serve product images via Cloudflare Images\n\nDrops the Imgix bill; variants defined "
                  "in src/lib/img.ts.", ["src/lib/img.ts", "src/features/catalog/ProductCard.tsx"])],
      outdated=[note(12, "Product images are served through Imgix with w= and auto=format params.")],
      note="Imgix -> Cloudflare Images"),

    Q("knowledge_update", I, "how big is the production database instance?",
      [note(36, "Prod RDS is now db.r6g.xlarge, after CPU alarms at 70%+ every afternoon.")],
      outdated=[edit(10, "envs/prod/rds.tf", "instance_class = \"db.r6g.large\"")],
      note="r6g.large -> r6g.xlarge"),

    Q("knowledge_update", G, "which regex engine does the default build use?",
      [note(27, "Default build is back on the regex crate; fancy-regex only comes in behind the "
                "`pcre-like` feature for lookaround.")],
      outdated=[commit(8, "Use fancy-regex as the regex engine so lookaround works",
                       ["Cargo.toml", "src/matcher.rs"])],
      note="fancy-regex -> regex crate"),

    Q("knowledge_update", M, "which crash reporter is wired into the app?",
      [note(42, "Crash reporting is Sentry now (sentry_flutter, dart symbols uploaded in CI); Crashlytics "
                "is gone.")],
      outdated=[commit(5, "Crash reporting with Firebase Crashlytics, release builds only",
                       ["pubspec.yaml", "lib/main.dart", "A android/app/google-services.json"])],
      note="Crashlytics -> Sentry"),

    Q("knowledge_update", L, "how are money amounts stored in the db?",
      [commit(47, "Store amounts as BIGINT minor units\n\nNo more NUMERIC rounding surprises; 1050 = 10.50.",
              ["A migrations/00019_amount_minor_units.sql", "internal/ledger/money.go"])],
      outdated=[note(20, "Amounts are stored as NUMERIC(18,2) in entries.amount.")],
      note="NUMERIC -> BIGINT minor units"),

    Q("knowledge_update", T, "what python version does tidepool run on?",
      [commit(50, "Move tidepool to Python 3.12\n\nPrefect supports it now.",
              [".python-version", "pyproject.toml", "Dockerfile", "uv.lock"])],
      outdated=[note(2, "tidepool targets Python 3.10."),
                commit(25, "Move tidepool to Python 3.11", [".python-version", "pyproject.toml", "Dockerfile"])],
      note="3.10 -> 3.11 -> 3.12"),

    Q("knowledge_update", S, "how are feature flags served to the storefront currently?",
      [note(51, "Feature flags now come from Unleash (self-hosted), so they can flip without a rebuild.")],
      outdated=[note(7, "Feature flags come from LaunchDarkly via the React SDK."),
                note(33, "Feature flags now come from VITE_FF_* env vars at build time; LaunchDarkly was "
                         "too expensive for our size.")],
      note="LaunchDarkly -> env vars -> Unleash"),

    Q("knowledge_update", I, "when does staging get shut down overnight?",
      [commit(47, "Staging shutdown window 22:00-06:00 UTC\n\nThe US team works late.",
              ["modules/scheduler/staging_scale.tf"])],
      outdated=[commit(18, "Scale staging to zero 20:00-07:00 UTC on weekdays",
                       ["A modules/scheduler/staging_scale.tf"])],
      note="20:00-07:00 -> 22:00-06:00"),

    Q("knowledge_update", G, "what license is the CLI under?",
      [commit(24, "Dual-license under MIT OR Apache-2.0",
              ["A LICENSE-APACHE", "R LICENSE-MIT", "Cargo.toml", "README.md"])],
      outdated=[note(1, "License: MIT.")],
      note="MIT -> MIT OR Apache-2.0"),

    Q("knowledge_update", M, "what's the sync backend now?",
      [note(36, "Sync backend moved off Firestore to our own Go service with Postgres; the Firestore "
                "collections are frozen.")],
      outdated=[note(8, "Sync backend: Firestore, one collection per user.")],
      note="Firestore -> own Go service"),

    Q("knowledge_update", L, "which Go toolchain version is the API on?",
      [commit(22, "go 1.22 in go.mod\n\nRange-over-int and the new ServeMux patterns.",
              ["go.mod", ".github/workflows/ci.yml", "Dockerfile"])],
      outdated=[edit(0, "go.mod", "go 1.21")],
      note="1.21 -> 1.22"),

    Q("knowledge_update", T, "what's the retry policy for pipeline tasks now?",
      [edit(44, "tidepool/flows/common.py",
            "task defaults: retries=5, exponential backoff starting at 30s")],
      outdated=[edit(16, "tidepool/flows/common.py", "task defaults: retries=3, retry_delay_seconds=60")],
      note="3 x 60s -> 5 exponential"),

    Q("knowledge_update", S, "what are we using for traffic analytics on the shop?",
      [commit(29, "Replace GA4 with Plausible\n\nNo cookie banner needed.",
              ["index.html", "src/lib/analytics.ts"])],
      outdated=[note(5, "Traffic analytics: Google Analytics 4 via gtag in index.html.")],
      note="GA4 -> Plausible"),

    Q("knowledge_update", I, "what kubernetes version is the cluster running?",
      [note(39, "EKS upgraded to 1.29: control plane and both node groups, addons bumped.")],
      outdated=[note(6, "EKS is on 1.28.")],
      note="1.28 -> 1.29"),

    Q("knowledge_update", M, "which Flutter version are we building with?",
      [commit(21, "Upgrade to Flutter 3.19", ["pubspec.yaml", "pubspec.lock", ".fvmrc"])],
      outdated=[note(4, "Building with Flutter 3.16 (pinned via fvm).")],
      note="3.16 -> 3.19"),

    Q("knowledge_update", G, "what's the ignore file called?",
      [note(47, "Per-directory ignore file is now .glignore; .greplineignore is still honoured.")],
      outdated=[commit(20, "Honour per-directory .greplineignore files (gitignore syntax)",
                       ["src/walk.rs", "README.md"])],
      note=".greplineignore -> .glignore"),
]

# Asked without a current project (the question names the project or is unique).
ANY_PROJECT = {
    "what python version does tidepool run on?",
    "where is the storefront hosted at the moment?",
    "which Flutter version are we building with?",
}
for _it in ITEMS:
    if _it["question"] in ANY_PROJECT:
        _it["ask"] = None
