"""paraphrase questions: the question shares at most one content word with the
answering context.  Each item also carries hand-written lexical distractors that
share the question's words but do not answer it."""
from authoring import Q, sh, commit, chat, note, edit

L, T, S, I, G, M = ("ledger-api", "tidepool", "storefront-web", "infra-live",
                    "grepline", "fieldnotes-mobile")

ITEMS = [
    Q("paraphrase", L, "why did we change where user sessions are kept?",
      [note(12, "Moved login state out of memcached and into Redis. Memcached was evicting keys under "
                "memory pressure, so people kept getting bounced back to the sign-in page.")],
      distractors=[chat(6, "how long should user sessions last before we force someone to log in again?",
                        "A common default is a sliding 24h window with an absolute cap of 7 days, and a "
                        "shorter one for admin users.", src="openai")],
      note="login state store moved memcached -> Redis; question avoids memcached/redis/login"),

    Q("paraphrase", T, "what made the duplicate-removal stage so much faster?",
      [commit(20, "Replace pandas with polars in the dedupe step\n\npandas groupby took 14 min on the March "
                  "backfill; the polars lazy frame finishes in under 2.",
              ["tidepool/transforms/dedupe.py", "pyproject.toml"], branch="perf/polars-dedupe")],
      distractors=[chat(18, "how do I make pytest faster on this repo?",
                        "Install pytest-xdist and run with -n auto; also mark the S3 tests as slow and "
                        "skip them by default.", src="openai"),
                   note(21, "The duplicate-removal stage drops ~2% of rows per day; expected for stations "
                            "with two uplinks.")],
      note="dedupe sped up by pandas -> polars; 'duplicate-removal stage' paraphrases 'dedupe step'"),

    Q("paraphrase", S, "how did I fix the basket panel blinking when totals reload?",
      [chat(8, "the cart drawer flickers every time prices refetch, can we stop that?",
            "Pass placeholderData: keepPreviousData to the prices useQuery so the old figures stay on "
            "screen while the new request is in flight.", files=["src/features/cart/CartDrawer.tsx"])],
      distractors=[note(9, "Totals in the order summary panel are off by one cent when a coupon applies; "
                           "rounding happens twice. Need to fix before the demo.")],
      note="cart drawer flicker fixed with keepPreviousData"),

    Q("paraphrase", I, "what did I do when plans refused to run because someone was still holding the remote backend?",
      [note(40, "Terraform state lock got stuck after my laptop went to sleep mid-apply; cleared it with "
                "force-unlock and the lock ID from the error message.")],
      distractors=[chat(38, "terraform plan says the remote backend needs reinitialising after I changed the key.",
                        "Run terraform init -reconfigure, or -migrate-state if you want to copy the existing "
                        "state to the new key.", src="openai")],
      note="stale state lock cleared with force-unlock"),

    Q("paraphrase", G, "why did plain-text lookups speed up in the searching tool?",
      [commit(22, "Use aho-corasick for literal patterns\n\nThe regex engine was overkill for fixed strings; "
                  "literal search is ~3x quicker on the 2 GB fixture.", ["src/matcher.rs", "Cargo.toml"])],
      distractors=[note(23, "Plain-text lookups in the docs: the README still shows the old --fixed flag "
                            "name, but the tool's help says --literal.")],
      note="literal patterns go through aho-corasick instead of the regex engine"),

    Q("paraphrase", M, "why was the production APK dying as soon as it opened?",
      [note(30, "Android release build crashed on launch because R8 stripped the Drift generated classes; "
                "added keep rules to proguard-rules.pro.")],
      distractors=[note(31, "Production APK size is 38 MB per ABI; the bundled fonts are half of it."),
                   sh(29, "flutter build apk --release --split-per-abi")],
      note="R8/proguard stripped generated classes"),

    Q("paraphrase", L, "how do we stop double charges when a request is resent?",
      [chat(5, "postings sometimes get written twice when the client retries after a timeout.",
            "Require an Idempotency-Key header and store it with a unique constraint; on conflict return "
            "the stored response instead of inserting again.", src="openai")],
      distractors=[note(6, "Double-check with finance: do refunds count as charges on the monthly statement, "
                           "or as a separate request type?")],
      note="idempotency key with unique constraint"),

    Q("paraphrase", T, "what's the catch with the clock values coming from the sensors?",
      [note(3, "Buoy feed timestamps arrive in local harbour time, not UTC. Convert with the station's tz "
               "column before anything else.")],
      distractors=[chat(4, "what values should the sensors table keep besides id and location?",
                        "Model, install date, calibration offset and the depth it's mounted at are the "
                        "usual ones.")],
      note="timestamps are local time, not UTC"),

    Q("paraphrase", S, "how did we shrink what the homepage downloads up front?",
      [commit(26, "Lazy-load the Stripe Elements bundle only on /checkout\n\nIt was 180 kB of the initial JS "
                  "for every visitor.", ["src/routes/Checkout.tsx", "src/main.tsx"])],
      distractors=[note(27, "Homepage hero image downloads at 2400px even on phones; add srcset when we "
                            "do the image pass.")],
      note="initial bundle reduced by lazy-loading Stripe on checkout"),

    Q("paraphrase", I, "how are we saving money on the worker machines that run the nightly jobs?",
      [edit(33, "modules/eks/node_groups.tf",
            "set capacity_type = \"SPOT\" for the batch node group; system pods stay on ON_DEMAND")],
      distractors=[note(34, "Nightly jobs on the worker machines should log to stdout, not files, "
                            "otherwise Fluent Bit misses them.")],
      note="batch node group moved to spot capacity"),

    Q("paraphrase", G, "why did the results look full of junk characters when paged?",
      [chat(40, "output gets garbled when I pipe into less, escape codes everywhere.",
            "Check whether stdout is a terminal with std::io::IsTerminal and turn colour off when it "
            "isn't; also honour NO_COLOR.")],
      distractors=[note(41, "Results paging idea: --max-count per file plus a 'characters of context' "
                            "option like rg's -M.")],
      note="ANSI colour codes when stdout is not a TTY"),

    Q("paraphrase", M, "why was typing laggy on cheap devices?",
      [commit(18, "Debounce autosave in the note editor to 800ms\n\nEvery keystroke hit sqlite and the UI "
                  "stuttered on older phones.", ["lib/features/notes/note_editor.dart"])],
      distractors=[chat(17, "which cheap Android devices should I keep around for testing?",
                        "Something with 2-3 GB RAM on Android 10 or 11 catches most performance problems; "
                        "an older budget handset is ideal.", src="openai")],
      note="autosave on every keystroke hit sqlite"),

    Q("paraphrase", L, "what was behind the slow tail response times when moving money between accounts?",
      [note(27, "p99 latency spike on /v1/transfers traced to a missing index on entries(account_id, "
                "created_at); added it CONCURRENTLY.")],
      distractors=[chat(26, "the accounts list page feels slow, is it the response serialization?",
                        "Profile first; with 50 rows JSON encoding is negligible. Check whether the handler "
                        "runs one query per account (N+1).")],
      note="p99 on transfers = missing composite index"),

    Q("paraphrase", T, "why did the overnight ingestion crash silently?",
      [chat(10, "prefect flow keeps dying around 2am with nothing in the logs.",
            "The worker pod is being OOM-killed: listing the bucket loads all 300k keys into memory. Use "
            "the S3 paginator and stream keys page by page.", src="openai")],
      distractors=[note(11, "Ingestion dashboard: add a panel for overnight row counts per station so "
                            "silent gaps are obvious.")],
      note="OOM kill from listing all S3 keys at once"),

    Q("paraphrase", S, "why did the end-to-end purchase test fail randomly?",
      [note(35, "Playwright checkout spec was flaky because the promo banner animates in over the Pay "
                "button; set reducedMotion: 'reduce' in playwright.config.ts.")],
      distractors=[chat(34, "how do I make an end-to-end test fail with a clear message when the purchase "
                            "API returns 500?",
                        "Use page.waitForResponse on the order endpoint and assert response.ok() with a "
                        "custom message.")],
      note="flaky checkout spec: animated banner covering the button"),

    Q("paraphrase", I, "how do the database admin credentials get changed now?",
      [commit(44, "Rotate the RDS master password with a Secrets Manager rotation lambda\n\nNo more "
                  "hand-edited tfvars.",
              ["A modules/rds/secrets.tf", "modules/rds/main.tf", "envs/prod/terraform.tfvars"])],
      distractors=[note(45, "Admin credentials for the Grafana database datasource changed; update the "
                            "secret in the monitoring namespace.")],
      note="RDS master password rotated by Secrets Manager"),

    Q("paraphrase", G, "what broke for people on Microsoft's OS with heavily nested folders?",
      [note(12, r"Windows users hit 'path too long' errors on deep node_modules trees; switched to the "
                r"verbatim \\?\ prefix for long paths.")],
      distractors=[chat(11, "does walkdir follow symlinked folders by default?",
                        "No, follow_links is false by default. If you enable it, walkdir detects cycles "
                        "and returns an error for them.", src="openai"),
                   note(13, "Heavily nested folders in the test fixtures slow the walk tests down; flatten "
                            "them.")],
      note="Windows long paths"),

    Q("paraphrase", M, "how did I get the Apple target compiling again after moving to the newer SDK?",
      [chat(22, "iOS build fails after the Flutter upgrade, pod install complains about the deployment target.",
            "Set platform :ios, '13.0' in ios/Podfile, then run pod repo update and pod install again.",
            files=["ios/Podfile"])],
      distractors=[sh(22, "flutter build ios --no-codesign", exit=1,
                      out="Error: CocoaPods's specs repository is too out-of-date to satisfy dependencies."),
                   chat(23, "moving to the newer SDK stopped the Android target compiling, what's the Gradle fix?",
                        "Raise compileSdk to 34 and move the Android Gradle Plugin to 8.x in "
                        "android/build.gradle.")],
      note="Podfile platform bump after Flutter upgrade"),

    Q("paraphrase", L, "what status code do we send back when the payload parses but breaks a rule?",
      [commit(36, "Return 422 instead of 400 for validation failures\n\nClients need to tell malformed JSON "
                  "apart from business-rule rejections.",
              ["internal/http/errors.go", "internal/http/transfers_test.go"])],
      distractors=[chat(35, "what status code should a payload-too-large response send back?",
                        "413 Content Too Large; wrap the body in http.MaxBytesReader so it's enforced "
                        "before decoding.", src="openai")],
      note="422 for validation failures"),

    Q("paraphrase", T, "which reader chokes on the legacy columnar dumps, and what's the workaround?",
      [note(41, "Parquet files from the old exporter use INT96 timestamps; DuckDB reads them fine but "
                "polars needs use_pyarrow=True.")],
      distractors=[note(42, "Workaround for the legacy station list: hardcode the three retired stations "
                            "until the dumps are regenerated.")],
      note="INT96 parquet needs use_pyarrow in polars"),

    Q("paraphrase", S, "how do I make the top bar controls understandable for blind visitors?",
      [chat(14, "screen readers announce the icon buttons in the header as just 'button'.",
            "Give each IconButton an aria-label, or render visually-hidden text inside it.", src="openai")],
      distractors=[note(15, "Top bar: move the locale switcher next to the account menu; visitors can't "
                            "find it.")],
      note="aria-label on icon buttons"),

    Q("paraphrase", I, "why did the pre-prod bill go up, and what cut it?",
      [note(50, "Staging cluster costs jumped because every image pull went out through NAT; added VPC "
                "endpoints for ECR and S3.")],
      distractors=[chat(49, "what's the quickest way to see what went up on the AWS bill last month?",
                        "Cost Explorer grouped by service, then by usage type; turn on resource-level "
                        "data if you need per-cluster numbers.", src="openai"),
                   note(51, "Pre-prod bill: tag resources so the staging share shows up on its own line; "
                            "finance wants it monthly.", project=I)],
      note="NAT traffic from image pulls; VPC endpoints"),

    Q("paraphrase", G, "how did big inputs get quicker to scan?",
      [commit(48, "Read files with memmap when larger than 64 MiB\n\nBuffered reads were the bottleneck on "
                  "big logs.", ["src/reader.rs", "Cargo.toml"])],
      distractors=[chat(47, "can scan take inputs from stdin as well as paths?",
                        "Yes, treat '-' as stdin and wrap it in a BufReader; you can't memory-map a pipe.")],
      note="mmap for files > 64 MiB"),

    Q("paraphrase", M, "what happens if someone modifies an entry on a phone and a tablet while disconnected?",
      [note(45, "Offline edits were being lost when two devices changed the same note; now last-writer-wins "
                "on the server's updated_at, and the losing version is saved as a conflict copy.")],
      distractors=[chat(44, "how do I detect in Flutter that the phone is disconnected?",
                        "connectivity_plus tells you the network type but not whether the internet is "
                        "reachable; do a cheap HEAD request to your API to confirm.", src="openai")],
      note="offline conflict resolution"),

    Q("paraphrase", L, "why were the CI jobs exhausting the database's connection limit?",
      [chat(50, "tests pass locally but CI fails with 'sorry, too many clients already'.",
            "Every test package opens its own pool; cap MaxConns at 4 in the test helper and run packages "
            "with -p 2.", files=["internal/testutil/db.go"])],
      distractors=[note(51, "Database connection limit on the staging RDS is 200; keep it in mind for the "
                            "CI jobs that run migrations.")],
      note="each go test package opened its own pgx pool"),

    Q("paraphrase", T, "why do failures in the history reload no longer restart everything?",
      [commit(52, "Backfill: one task per station instead of one giant task\n\nA retry now redoes a single "
                  "station, not all 412.", ["tidepool/flows/backfill.py"])],
      distractors=[note(53, "History tab in the dashboard should show failures per flow run; a restart "
                            "button would be nice.")],
      note="backfill split per station so retries are local"),

    Q("paraphrase", S, "how does switching the night theme work now?",
      [note(47, "Dark mode colours were hardcoded hex in ~40 components; moved them to CSS variables under "
                "[data-theme=dark] so the toggle is a single attribute flip.")],
      distractors=[note(48, "Night shift QA says the theme picker in Storybook doesn't work; the addon "
                            "needs the withThemeByDataAttribute decorator.")],
      note="dark mode via CSS variables + data-theme attribute"),

    Q("paraphrase", I, "why does the GitOps dashboard keep flagging drift that isn't real?",
      [chat(25, "argocd shows the app OutOfSync forever, even right after a sync.",
            "The HPA is changing spec.replicas; add ignoreDifferences for /spec/replicas on that "
            "Deployment.", src="openai")],
      distractors=[note(24, "Terraform drift report flagged the manual security group rule again. Real "
                            "change, someone added it during the incident; import it.")],
      note="Argo CD OutOfSync caused by HPA replicas"),

    Q("paraphrase", G, "where does the macOS package manager recipe come from these days?",
      [note(55, "Homebrew formula now comes from cargo-dist's generated tap; stop editing it by hand.")],
      distractors=[chat(54, "is there a package manager for Windows I should publish to?",
                        "winget and Scoop are the common ones; Scoop needs a manifest in a bucket repo.")],
      note="Homebrew formula generated by cargo-dist"),

    Q("paraphrase", M, "why did Apple bounce our submission?",
      [commit(9, "Ask for location permission only when the user taps 'Tag place'\n\nApp Store review "
                 "rejected the build for asking on first launch.",
              ["lib/features/places/tag_place_button.dart", "ios/Runner/Info.plist"])],
      distractors=[note(10, "Submission checklist for Apple: 6.7\" and 5.5\" screenshots, privacy labels, "
                            "a demo account for the reviewer.")],
      note="App Store rejection for permission prompt on launch"),

    Q("paraphrase", L, "why were some money movements cut off during deploys?",
      [note(58, "Pods got SIGTERM and dropped in-flight transfers during rollouts; added a 20s preStop "
                "sleep and srv.Shutdown with a context timeout.")],
      distractors=[note(57, "Finance asked why money movements between test tenants are cut off in the "
                            "staging report; it's the 1000-row export cap, not the deploys.")],
      note="graceful shutdown on SIGTERM"),

    Q("paraphrase", T, "how did I quiet the static checker's noise about the dataframe library?",
      [chat(33, "mypy complains about pandas types everywhere.",
            "Add pandas-stubs as a dev dependency instead of sprinkling type: ignore.")],
      distractors=[note(34, "Dataframe library for new transforms: polars unless we need a pandas-only "
                            "package such as statsmodels.")],
      note="pandas-stubs for mypy"),

    Q("paraphrase", S, "how did we stop the product finder from spamming the backend on every keypress?",
      [commit(55, "Debounce search-as-you-type to 250ms and abort stale requests with AbortController",
              ["src/features/search/useProductSearch.ts"])],
      distractors=[note(54, "Product finder: the backend returns every variant as a separate hit; ask "
                            "the catalog team to group them.")],
      note="debounce + AbortController on search input"),

    Q("paraphrase", I, "why do the live and test environments have separate encryption keys now?",
      [note(8, "Prod and staging shared one KMS key; split them so a slip in staging can't decrypt prod "
               "secrets.")],
      distractors=[chat(7, "should test environments use separate AWS accounts or just separate VPCs?",
                        "Separate accounts give a much harder blast-radius boundary and cleaner billing; "
                        "use Organizations with SSO.", src="openai")],
      note="KMS key split per environment"),

    Q("paraphrase", G, "why did the usage text show up duplicated?",
      [chat(30, "clap prints the help twice when I run a subcommand with no args.",
            "You have arg_required_else_help set and also print help manually in main; drop the manual "
            "call.", src="openai")],
      distractors=[note(31, "Usage text for `grepline prune` should show the default cache dir.")],
      note="help printed twice by clap + manual print"),

    Q("paraphrase", M, "why did alerts quit arriving on newer phones?",
      [note(57, "Push notifications stopped on Android 13: POST_NOTIFICATIONS is a runtime permission now, "
                "so it's requested during onboarding.")],
      distractors=[chat(56, "newer phones show the notch overlapping the alerts banner.",
                        "Wrap the banner in SafeArea, or pad it by MediaQuery.of(context).padding.top.")],
      note="Android 13 notification runtime permission"),

    Q("paraphrase", L, "how did I keep two simultaneous withdrawals from pushing a balance negative?",
      [edit(40, "internal/ledger/post.go",
            "lock the account row with SELECT ... FOR UPDATE before the balance check so concurrent "
            "postings can't overdraw it", src="cursor")],
      distractors=[chat(39, "should a negative balance be shown in red or with a minus sign in the API response?",
                        "Keep the API neutral, return signed amounts as strings, and leave presentation "
                        "to clients.", src="openai")],
      note="row lock FOR UPDATE prevents overdraft race"),

    Q("paraphrase", T, "why did we relax the data-quality checks on the gauge readings?",
      [note(48, "Great Expectations suite was too strict about water_level nulls; sensor outages are "
                "normal, so up to 5% missing per day is allowed now.")],
      distractors=[chat(47, "gauge readings from station 57 look doubled since Tuesday.",
                        "Check whether the provider started sending both raw and corrected values; the "
                        "quality flag column tells them apart.")],
      note="null tolerance raised in GE suite"),

    Q("paraphrase", S, "why is the local frontend so sluggish to boot?",
      [chat(4, "vite dev server takes 40s to start since I added the icon pack.",
            "It's pre-bundling ~3000 icon modules; import icons individually or add the package to "
            "optimizeDeps.exclude.")],
      distractors=[note(5, "Local frontend login is broken when the backend isn't running; the MSW "
                           "handlers don't cover /session.")],
      note="Vite pre-bundling the icon pack"),

    Q("paraphrase", I, "what guardrails did we add so nobody wipes the production database by accident?",
      [commit(57, "Enable deletion_protection on prod RDS and versioning on the state bucket\n\nAfter the "
                  "near-miss with terraform destroy in the wrong workspace.",
              ["modules/rds/main.tf", "bootstrap/state_bucket.tf"])],
      distractors=[chat(56, "nobody on the team remembers how the production database was first created, "
                            "is there a way to see that?",
                        "Check CloudTrail for CreateDBInstance (90 days of history by default) or the "
                        "resource's attributes in Terraform state.", src="openai")],
      note="deletion_protection + bucket versioning"),
]

# Asked without a current project (the question is specific enough on its own).
ANY_PROJECT = {
    "why did Apple bounce our submission?",
    "what broke for people on Microsoft's OS with heavily nested folders?",
    "why did the pre-prod bill go up, and what cut it?",
}
for _it in ITEMS:
    if _it["question"] in ANY_PROJECT:
        _it["ask"] = None
