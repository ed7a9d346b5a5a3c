"""first_attempt questions: the question asks what was tried first / originally.
answers = the earliest statement, outdated = the later ones."""
from authoring import Q, commit, note

L, T, S, I, G, M = ("ledger-api", "tidepool", "storefront-web", "infra-live",
                    "grepline", "fieldnotes-mobile")

ITEMS = [
    Q("first_attempt", L, "what was my initial attempt at fixing the flaky concurrent transfer test?",
      [note(14, "TestTransferConcurrent flaky again; bumping the ctx timeout to 5s to see if it's just slow CI.")],
      outdated=[note(15, "TestTransferConcurrent still flaky with the longer timeout. Now truncating the "
                         "tables in t.Cleanup between runs."),
                commit(16, "Fix TestTransferConcurrent flake\n\nThe test reused one account pair across "
                           "goroutines; give each goroutine its own accounts.",
                       ["internal/ledger/post_test.go"])],
      note="timeout bump -> cleanup -> real fix"),

    Q("first_attempt", T, "what was the first thing I tried to keep the monthly rollup within its memory limit?",
      [note(24, "Monthly rollup blew the 4 GB limit again. Trying read_csv with chunksize=50_000 and "
                "aggregating per chunk.")],
      outdated=[note(25, "Chunked read_csv still OOMs on the rollup because the per-chunk groupby keeps "
                         "every key around; trying a pyarrow dataset scan instead."),
                commit(27, "Rollup: polars scan_csv in streaming mode\n\nPeak memory 900 MB, was 4+ GB.",
                       ["tidepool/flows/rollup.py"])],
      note="chunksize -> pyarrow dataset -> polars streaming"),

    Q("first_attempt", S, "how did I originally get around the cross-origin errors in local dev?",
      [commit(10, "Add Vite proxy for /api to dodge CORS in dev", ["vite.config.ts"])],
      outdated=[note(11, "Vite proxy breaks the session cookie (SameSite + wrong host). Dropped it; the "
                         "backend now sends Access-Control-Allow-Credentials for localhost:5173.")],
      note="Vite proxy first, then proper CORS headers"),

    Q("first_attempt", I, "what was my first setup for external-dns?",
      [note(11, "external-dns, first pass: IAM policy scoped to the one hosted zone, sources=ingress. "
                "No records showing up yet.")],
      outdated=[note(12, "external-dns needed --txt-owner-id and the zone-id filter; records show up now.")],
      note="first pass vs corrected config"),

    Q("first_attempt", G, "how did we originally decide a file was binary?",
      [commit(18, "Skip binary files by extension list (png, jpg, zip, ...)", ["src/walk.rs"])],
      outdated=[commit(24, "Detect binary files by sniffing the first 8 KiB for NUL bytes\n\nReplaces the "
                           "extension list.", ["src/walk.rs", "src/reader.rs"])],
      note="extension list -> NUL sniff"),

    Q("first_attempt", M, "what did I try first to shrink photo uploads?",
      [commit(16, "Compress photos with flutter_image_compress at quality 85 before upload",
              ["lib/features/photos/upload.dart", "pubspec.yaml"])],
      outdated=[note(24, "Client-side compression at 85 still leaves 3-4 MB photos; resizing in a Cloud "
                         "Function to a 1600px long edge at quality 70 instead.")],
      note="client compression -> server resize"),

    Q("first_attempt", L, "how were events sent out before the outbox existed?",
      [note(18, "Events are published to NATS straight from the transfer handler after commit.")],
      outdated=[commit(25, "Transactional outbox for ledger events\n\nThe handler writes to the outbox "
                           "table in the same tx; the worker publishes to NATS.",
                       ["A migrations/00010_outbox.sql", "internal/outbox/worker.go", "internal/ledger/post.go"])],
      note="direct publish -> outbox"),

    Q("first_attempt", T, "what key did the dedupe use originally?",
      [note(7, "Dedupe key: (station_id, ts).")],
      outdated=[commit(19, "Dedupe on (station_id, ts, sensor_id)\n\nStations with two sensors were losing "
                           "half their rows.", ["tidepool/transforms/dedupe.py", "tests/test_dedupe.py"])],
      note="two-column key -> three"),

    Q("first_attempt", S, "what did I build the shipping address form with at first?",
      [commit(13, "Address form with Formik + Yup", ["src/features/checkout/AddressForm.tsx", "package.json"])],
      outdated=[commit(18, "Rewrite address form with react-hook-form and zod",
                       ["src/features/checkout/AddressForm.tsx", "package.json"])],
      note="Formik -> react-hook-form"),

    Q("first_attempt", I, "what was our original approach to getting secrets into k8s?",
      [commit(9, "Install the sealed-secrets controller; kubeseal target in the Makefile",
              ["A charts/platform/sealed-secrets.yaml", "Makefile"])],
      outdated=[note(27, "Replaced sealed-secrets with External Secrets Operator; secrets come from AWS "
                         "Secrets Manager via IRSA.")],
      note="sealed-secrets -> ESO"),

    Q("first_attempt", G, "what did the first version use to traverse directories in parallel?",
      [commit(5, "Parallel directory walk with walkdir + rayon par_bridge", ["src/walk.rs", "Cargo.toml"])],
      outdated=[commit(19, "Switch to ignore::WalkParallel\n\nRespects .gitignore and beats par_bridge over "
                           "walkdir.", ["src/walk.rs", "Cargo.toml"])],
      note="walkdir+rayon -> ignore crate"),

    Q("first_attempt", M, "what did we keep notes in on the device before sqlite?",
      [commit(2, "Store notes locally in Hive boxes, one box per notebook",
              ["A lib/data/hive_store.dart", "pubspec.yaml"])],
      outdated=[note(12, "Local storage moved from Hive to drift (sqlite); we need real queries for search "
                         "and tags.")],
      note="Hive -> drift"),

    Q("first_attempt", L, "what migration tool did the API start out with?",
      [note(1, "Migrations with golang-migrate: files in migrations/ as NNNN_name.up.sql / .down.sql.")],
      outdated=[commit(9, "Switch migrations to goose\n\nGo migrations for backfills; one file per migration.",
                       ["A cmd/migrate/main.go", "Makefile", "go.mod"])],
      note="golang-migrate -> goose"),

    Q("first_attempt", T, "how were the pipeline jobs scheduled before we had an orchestrator?",
      [note(0, "Pipeline runs from cron on the old VM: ingest.sh every night, rollup.sh once it finishes.")],
      outdated=[commit(3, "Move ingest and rollup to Prefect flows",
                       ["A tidepool/flows/ingest.py", "A tidepool/flows/rollup.py", "D scripts/ingest.sh", "D scripts/rollup.sh"])],
      note="cron -> Prefect"),

    Q("first_attempt", S, "which router did the app begin with?",
      [note(3, "Routing: react-router v6 with createBrowserRouter.")],
      outdated=[commit(27, "Move to TanStack Router for typed routes", ["src/router.tsx", "package.json", "src/main.tsx"])],
      note="react-router -> TanStack Router"),

    Q("first_attempt", I, "what ran terraform plans originally?",
      [commit(13, "Jenkinsfile: terraform plan on every PR\n\nApply stays manual from a laptop.",
              ["A Jenkinsfile"])],
      outdated=[note(29, "Atlantis runs plan/apply on PRs now; the Jenkins job is gone.")],
      note="Jenkins -> Atlantis"),

    Q("first_attempt", G, "what did I use for command-line parsing in the very first version?",
      [commit(0, "Initial CLI: argument parsing with structopt", ["A src/main.rs", "A src/cli.rs", "A Cargo.toml"])],
      outdated=[note(4, "Ported the CLI argument parsing from structopt to clap derive.")],
      note="structopt -> clap"),

    Q("first_attempt", M, "how did users log in at first?",
      [note(6, "Login: email magic links through Firebase Auth.")],
      outdated=[commit(30, "Sign in with Apple and Google via the Go backend\n\nMagic links removed.",
                       ["lib/features/auth/sign_in_screen.dart", "lib/data/auth_api.dart"])],
      note="magic links -> Apple/Google"),

    Q("first_attempt", L, "how was input validated in the early handlers?",
      [note(11, "Input validation is hand-written in each handler for now (if req.Amount <= 0 ...).")],
      outdated=[commit(24, "Validate requests with go-playground/validator struct tags",
                       ["internal/http/transfers.go", "internal/http/accounts.go", "go.mod"])],
      note="hand-written -> validator tags"),

    Q("first_attempt", T, "what was the first method I used for missing readings?",
      [commit(22, "Fill sensor gaps with forward-fill", ["tidepool/transforms/gaps.py"])],
      outdated=[commit(26, "Gap filling: linear interpolation up to 3 hours, longer gaps stay null",
                       ["tidepool/transforms/gaps.py", "tests/test_gaps.py"])],
      note="ffill -> interpolation"),

    Q("first_attempt", S, "how were the marketing page illustrations first optimized?",
      [commit(15, "Prebuild script: compress marketing illustrations with sharp",
              ["A scripts/optimize-illustrations.mjs", "package.json"])],
      outdated=[commit(32, "Optimize marketing illustrations with vite-imagetools at build time\n\nDrops the "
                           "sharp prebuild script.", ["vite.config.ts", "D scripts/optimize-illustrations.mjs"])],
      note="sharp script -> vite-imagetools"),

    Q("first_attempt", I, "what did we start with for cluster metrics?",
      [commit(4, "Enable CloudWatch Container Insights on the staging cluster", ["modules/eks/addons.tf"])],
      outdated=[note(21, "Cluster metrics come from kube-prometheus-stack with Grafana now; Container "
                         "Insights is switched off.")],
      note="Container Insights -> Prometheus"),

    Q("first_attempt", G, "how were errors shown to users originally?",
      [note(9, "Errors are printed with eprintln! and exit code 1.")],
      outdated=[commit(15, "Use miette for error diagnostics\n\nSource spans for bad regex patterns.",
                       ["src/main.rs", "src/error.rs", "Cargo.toml"])],
      note="eprintln -> miette"),

    Q("first_attempt", M, "which map widget did the place tagging first use?",
      [commit(19, "Place tagging map with google_maps_flutter", ["lib/features/places/place_map.dart", "pubspec.yaml"])],
      outdated=[commit(37, "Switch place map to flutter_map + OpenStreetMap tiles\n\nNo API key to manage.",
                       ["lib/features/places/place_map.dart", "pubspec.yaml"])],
      note="google_maps_flutter -> flutter_map"),

    Q("first_attempt", L, "what was my first approach to speeding up balance reads?",
      [note(26, "Balance reads: trying a Redis cache with a 5s TTL in front of the SUM over entries.")],
      outdated=[note(28, "Dropped the Redis balance cache: stale balances right after a transfer confused "
                         "people. Materialized balance column on accounts instead, updated in the posting tx.")],
      note="redis cache -> materialized column"),

    Q("first_attempt", T, "what did the pipeline tests originally read their fixtures from?",
      [note(12, "Tests read their fixtures straight from the real S3 dev bucket for now.")],
      outdated=[commit(17, "Mock S3 in tests with moto", ["tests/conftest.py", "pyproject.toml"])],
      note="real bucket -> moto"),

    Q("first_attempt", S, "which translation library did we first wire in?",
      [commit(24, "Add react-intl with en and de messages", ["A src/i18n/en.json", "A src/i18n/de.json", "src/main.tsx"])],
      outdated=[commit(38, "Replace react-intl with i18next\n\nNamespaces per route, lazy-loaded.",
                       ["src/i18n/index.ts", "src/main.tsx", "package.json"])],
      note="react-intl -> i18next"),

    Q("first_attempt", I, "how was traffic routed into the cluster originally?",
      [note(5, "Ingress: AWS Load Balancer Controller, one ALB per service.")],
      outdated=[commit(17, "Single ingress-nginx behind one NLB\n\nOne ALB per service was ~$18/month each.",
                       ["charts/platform/ingress-nginx.yaml", "modules/eks/lb_controller.tf"])],
      note="ALB per service -> ingress-nginx"),

    Q("first_attempt", G, "what format was the config file in at the very start?",
      [note(7, "Config file format: YAML (serde_yaml).")],
      outdated=[commit(13, "Switch config format from YAML to TOML", ["src/config.rs", "Cargo.toml"])],
      note="YAML -> TOML"),

    Q("first_attempt", M, "what CI service built the app first?",
      [commit(7, "CI builds on Codemagic (free tier)", ["A codemagic.yaml"])],
      outdated=[note(28, "CI builds and store uploads run on GitHub Actions with fastlane now; Codemagic "
                         "is switched off.")],
      note="Codemagic -> GitHub Actions"),

    Q("first_attempt", L, "what hashing did we first use for passwords?",
      [commit(3, "Hash passwords with bcrypt (cost 10)", ["internal/auth/password.go"])],
      outdated=[commit(17, "Switch password hashing to argon2id\n\nRehash on next login.",
                       ["internal/auth/password.go", "internal/auth/password_test.go"])],
      note="bcrypt -> argon2id"),

    Q("first_attempt", T, "how did I first validate incoming rows?",
      [commit(8, "Validate each ingest row with a pydantic model", ["A tidepool/models.py", "tidepool/flows/ingest.py"])],
      outdated=[note(14, "Row validation is pandera schemas on the whole dataframe now; per-row pydantic "
                         "was 40% of ingest time.")],
      note="pydantic per row -> pandera"),

    Q("first_attempt", S, "what styling approach did the shop start with?",
      [note(0, "Styling with CSS Modules, one .module.css per component.")],
      outdated=[commit(20, "Adopt Tailwind", ["A tailwind.config.ts", "A postcss.config.js", "src/index.css"])],
      note="CSS Modules -> Tailwind"),

    Q("first_attempt", I, "how were we originally warned about overspending?",
      [commit(16, "AWS Budgets: email the team list at 80% of the monthly budget", ["A modules/budgets/main.tf"])],
      outdated=[note(40, "Cost alerts go Budgets -> SNS -> Slack via AWS Chatbot now, no more email.")],
      note="email -> Slack"),

    Q("first_attempt", G, "how did I measure scan speed before having proper benches?",
      [note(11, "Measuring scan speed with plain `time` over 5 runs on fixtures/big.log.")],
      outdated=[commit(21, "Add criterion benches for scan", ["A benches/scan.rs", "Cargo.toml"])],
      note="time -> criterion"),

    Q("first_attempt", M, "which package handled deep links at first?",
      [commit(29, "Deep links with uni_links", ["lib/deep_links.dart", "pubspec.yaml", "android/app/src/main/AndroidManifest.xml"])],
      outdated=[commit(35, "Replace uni_links with app_links\n\nuni_links is discontinued.",
                       ["lib/deep_links.dart", "pubspec.yaml"])],
      note="uni_links -> app_links"),
]


# ---------------------------------------------------------------------------
# Later statements that live in other modules but also contradict a "first"
# answer: they are added to that question's later (outdated) list so that they
# must not rank above the original statement either.
import data_command  # noqa: E402
import data_isolation  # noqa: E402
import data_update  # noqa: E402


def _find(needle):
    found = {}
    for mod in (data_update, data_isolation, data_command):
        for it in mod.ITEMS:
            for role in ("answers", "outdated", "forbidden", "distractors"):
                for ctx in it[role]:
                    if needle in ctx["content"]:
                        found[id(ctx)] = ctx
    assert len(found) == 1, (needle, len(found))
    return next(iter(found.values()))


def _add_later(question, *needles):
    [it] = [it for it in ITEMS if it["question"] == question]
    it["outdated"].extend(_find(n) for n in needles)


_add_later("what format was the config file in at the very start?",
           "Config is read from ~/.grepline.toml.", "Read config from $XDG_CONFIG_HOME")
_add_later("what migration tool did the API start out with?",
           "Migrations are applied by an init container")
_add_later("how were the pipeline jobs scheduled before we had an orchestrator?",
           "nightly ingest at 02:00 UTC")
_add_later("how was traffic routed into the cluster originally?",
           "helm upgrade --install ingress-nginx")

# Asked without a current project (the question is specific enough on its own).
ANY_PROJECT = {
    "how were the marketing page illustrations first optimized?",
    "which map widget did the place tagging first use?",
    "what did I use for command-line parsing in the very first version?",
}
for _it in ITEMS:
    if _it["question"] in ANY_PROJECT:
        _it["ask"] = None
