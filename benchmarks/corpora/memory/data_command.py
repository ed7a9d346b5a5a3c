"""command_fact questions: the fact exists only inside a shell command (or a git
commit's message/files); the question is asked in chat terms.  `keys` are
strings that must occur in the answer and nowhere else in the corpus."""
from authoring import Q, sh, commit

L, T, S, I, G, M = ("ledger-api", "tidepool", "storefront-web", "infra-live",
                    "grepline", "fieldnotes-mobile")

ITEMS = [
    Q("command_fact", T, "what port did I put the local postgres on for tidepool?",
      [sh(6, "docker run -d --name tp-pg -p 5433:5432 -e POSTGRES_PASSWORD=devpass postgres:16",
          cwd="~/src/tidepool")],
      distractors=[sh(6, "docker compose up -d postgres", cwd="~/src/ledger-api", project=L),
                   sh(7, "psql \"$DATABASE_URL\" -c '\\dt raw.*'", cwd="~/src/tidepool")],
      ask=None, keys=["5433"], note="port mapping 5433:5432 only in the docker run line"),

    Q("command_fact", L, "what did I do to pause the outbox worker on staging?",
      [sh(30, "kubectl -n staging scale deploy/ledger-worker --replicas=0")],
      distractors=[sh(30, "kubectl -n staging get deploy ledger-worker -o wide")],
      keys=["--replicas=0"], note="scaled the worker deployment to zero"),

    Q("command_fact", G, "how many times did I let the test runner retry the directory walking tests?",
      [sh(20, "cargo nextest run --retries 2 -E 'test(/walk::/)'", out="Summary [  4.112s] 38 tests run: 38 passed (1 flaky), 0 skipped")],
      distractors=[sh(20, "cargo nextest run -E 'test(/matcher::/)'")],
      keys=["--retries 2"], note="nextest --retries 2"),

    Q("command_fact", S, "which browser engine was I hammering the checkout e2e test against, and how many repetitions?",
      [sh(36, "pnpm exec playwright test playwright/checkout.spec.ts --project=webkit --repeat-each=20",
          out="20 passed (2.4m)")],
      distractors=[sh(30, "pnpm exec playwright test --project=chromium --ui")],
      keys=["--project=webkit"], note="webkit, repeat-each=20"),

    Q("command_fact", I, "which module did I apply on its own in staging?",
      [sh(19, "terraform apply -target=module.rds_replica -var-file=envs/staging.tfvars",
          out="Apply complete! Resources: 3 added, 0 changed, 0 destroyed.")],
      distractors=[sh(19, "terraform plan -var-file=envs/staging.tfvars")],
      keys=["module.rds_replica"], note="targeted apply"),

    Q("command_fact", M, "what address does the android emulator use to reach my local backend for the notes app?",
      [sh(40, "flutter run -d emulator-5556 --flavor dev --dart-define=API_BASE=http://10.0.2.2:8081")],
      distractors=[sh(40, "flutter run -d \"iPhone 15 Pro\" --flavor dev")],
      ask=None, keys=["10.0.2.2:8081"], note="dart-define API_BASE"),

    Q("command_fact", L, "which version of the postgres driver is the API on?",
      [commit(16, "Bump pgx to v5.5.4", ["go.mod", "go.sum"], branch="deps/pgx")],
      distractors=[commit(30, "Bump chi to v5.0.12", ["go.mod", "go.sum"], branch="deps/chi")],
      keys=["v5.5.4"], note="only in a commit message"),

    Q("command_fact", T, "what's the bucket the raw buoy files land in?",
      [sh(9, "aws s3 sync s3://tp-raw-landing-dev/buoys/2024/ ./data/raw --exclude '*' --include '*.csv.gz' --profile tp-dev")],
      distractors=[sh(10, "aws s3 ls s3://tp-curated-dev/stations/ --profile tp-dev")],
      keys=["tp-raw-landing-dev"], note="bucket name only in aws s3 sync"),

    Q("command_fact", S, "what backend URL did I point the storefront dev server at?",
      [sh(12, "VITE_API_URL=https://gateway.staging.example.com pnpm dev")],
      distractors=[sh(12, "pnpm dev --port 5174")],
      ask=None, keys=["gateway.staging.example.com"], note="env var on the command line"),

    Q("command_fact", I, "what's the staging cluster called and which region is it in?",
      [sh(2, "aws eks update-kubeconfig --name core-stg-2 --region eu-west-1 --alias stg",
          out="Added new context stg to /home/dev/.kube/config")],
      distractors=[sh(2, "kubectl config get-contexts")],
      keys=["core-stg-2"], note="cluster name in update-kubeconfig"),

    Q("command_fact", G, "which target triple did I build the static Linux binary for?",
      [sh(33, "cargo build --release --target x86_64-unknown-linux-musl")],
      distractors=[sh(33, "cargo build --release")],
      keys=["x86_64-unknown-linux-musl"], note="musl target"),

    Q("command_fact", M, "what alias did I give the key I sign Play Store uploads with?",
      [sh(25, "keytool -genkeypair -v -keystore android/app/upload-keystore.jks -alias fieldnotes-upload "
              "-keyalg RSA -keysize 2048 -validity 10000")],
      distractors=[sh(25, "keytool -list -v -keystore ~/.android/debug.keystore -alias androiddebugkey")],
      keys=["fieldnotes-upload"], note="alias only in keytool line"),

    Q("command_fact", L, "which schema version did I roll back to when the tenant column migration broke?",
      [sh(28, "goose -dir migrations postgres \"$DATABASE_URL\" down-to 11",
          out="OK   00012_entries_tenant_id.sql (41.2ms)\ngoose: no migrations to run. current version: 11")],
      distractors=[sh(28, "goose -dir migrations postgres \"$DATABASE_URL\" status")],
      keys=["down-to 11"], note="goose down-to 11"),

    Q("command_fact", T, "which duckdb release did we lock the pipeline to?",
      [sh(39, "uv add 'duckdb==0.10.2'", out="Resolved 61 packages in 812ms")],
      distractors=[sh(39, "uv run python -c 'import polars; print(polars.__version__)'")],
      keys=["0.10.2"], note="pin in uv add"),

    Q("command_fact", S, "what Node version does the shop frontend expect?",
      [commit(11, "chore: pin node engine to 20.11", ["package.json", "A .nvmrc"])],
      distractors=[sh(11, "node -v && pnpm -v", exit=0)],
      ask=None, keys=["20.11"], note="only in commit message"),

    Q("command_fact", I, "where did I move the NAT resource in state during the network module refactor?",
      [sh(23, "terraform state mv 'module.vpc.aws_nat_gateway.this[0]' 'module.network.aws_nat_gateway.main'",
          out="Successfully moved 1 object(s).")],
      distractors=[sh(23, "terraform state list | grep module.vpc")],
      keys=["module.network.aws_nat_gateway.main"], note="state mv target address"),

    Q("command_fact", G, "what did I benchmark our search speed against, and which one came out ahead?",
      [sh(50, "hyperfine --warmup 3 'grepline ERROR fixtures/big.log' 'rg ERROR fixtures/big.log'",
          out="Summary\n  rg ERROR fixtures/big.log ran\n    1.18 ± 0.04 times faster than grepline ERROR fixtures/big.log")],
      distractors=[sh(50, "cargo bench --bench scan -- --save-baseline main")],
      keys=["times faster than"], note="hyperfine vs ripgrep; rg won"),

    Q("command_fact", M, "what log tag do I filter on to see the sync output on Android?",
      [sh(27, "adb logcat -s FieldNotesSync:V '*:S'")],
      distractors=[sh(27, "adb logcat -c")],
      keys=["FieldNotesSync"], note="logcat tag filter"),

    Q("command_fact", L, "which port is the ledger's local redis on?",
      [sh(4, "redis-cli -p 6380 FLUSHDB", out="OK")],
      distractors=[sh(4, "docker compose ps")],
      ask=None, keys=["6380"], note="non-default redis port only in redis-cli"),

    Q("command_fact", T, "what start date did I give the ingest when I re-ran it by hand?",
      [sh(30, "prefect deployment run 'ingest-buoys/nightly' --param since=2024-03-01",
          out="Created flow run 'crimson-heron'.")],
      distractors=[sh(30, "prefect flow-run ls --limit 5")],
      keys=["since=2024-03-01"], note="manual deployment run parameter"),

    Q("command_fact", S, "what line coverage minimum did I enforce on the cart tests?",
      [sh(25, "pnpm vitest run src/features/cart --coverage --coverage.thresholds.lines=80")],
      distractors=[sh(25, "pnpm vitest src/features/cart/CartDrawer.test.tsx")],
      keys=["thresholds.lines=80"], note="vitest coverage threshold flag"),

    Q("command_fact", I, "which chart version of the ingress controller did I install?",
      [sh(18, "helm upgrade --install ingress-nginx ingress-nginx/ingress-nginx -n ingress --version 4.10.0 "
              "-f values/ingress-stg.yaml")],
      distractors=[sh(18, "helm repo update")],
      keys=["4.10.0"], note="helm --version"),

    Q("command_fact", G, "which crate did I run the semver compatibility check on, and against which baseline?",
      [sh(45, "cargo semver-checks check-release -p grepline-core --baseline-version 0.6.1",
          out="Summary no semver update required")],
      distractors=[sh(45, "cargo tree -p grepline-core -e normal --depth 1")],
      keys=["--baseline-version 0.6.1"], note="semver-checks baseline"),

    Q("command_fact", M, "what build number did the Android bundle I uploaded get?",
      [sh(47, "flutter build appbundle --release --build-number=47",
          out="Built build/app/outputs/bundle/release/app-release.aab (31.2MB).")],
      distractors=[sh(47, "flutter build ipa --release")],
      keys=["--build-number=47"], note="build number flag"),

    Q("command_fact", L, "what was the overall test coverage for the Go service when I measured it?",
      [sh(21, "go test ./... -coverprofile=cover.out && go tool cover -func=cover.out | tail -1",
          out="total:\t\t\t\t\t(statements)\t71.4%")],
      distractors=[sh(21, "go tool cover -html=cover.out")],
      keys=["71.4%"], note="coverage in command output"),

    Q("command_fact", T, "which lint rule groups did I let the linter rewrite automatically?",
      [sh(13, "poetry run ruff check . --fix --select I,UP", out="Found 37 errors (37 fixed, 0 remaining).")],
      distractors=[sh(13, "poetry run ruff format --check .")],
      keys=["--select I,UP"], note="ruff --select"),

    Q("command_fact", S, "what version of storybook did I install?",
      [sh(29, "pnpm add -D @storybook/react-vite@8.0.9 storybook@8.0.9")],
      distractors=[sh(29, "pnpm storybook")],
      keys=["8.0.9"], note="version only in pnpm add"),

    Q("command_fact", I, "what's the name of the table terraform uses for state locking?",
      [sh(33, "aws dynamodb create-table --table-name tf-locks-example --attribute-definitions "
              "AttributeName=LockID,AttributeType=S --key-schema AttributeName=LockID,KeyType=HASH "
              "--billing-mode PAY_PER_REQUEST --region eu-west-1")],
      distractors=[sh(33, "aws s3api put-bucket-versioning --bucket infra-live-tfstate-example "
                          "--versioning-configuration Status=Enabled")],
      keys=["tf-locks-example"], note="table name only in create-table"),

    Q("command_fact", G, "what's the minimum rustc version the CLI supports?",
      [commit(41, "Raise MSRV to 1.74 for clap 4.5", ["Cargo.toml", ".github/workflows/ci.yml", "README.md"])],
      distractors=[sh(41, "rustup update stable && rustc --version")],
      ask=None, keys=["1.74"], note="MSRV only in commit message"),

    Q("command_fact", M, "what do I run to regenerate the database code without it complaining about existing generated files?",
      [sh(13, "dart run build_runner build --delete-conflicting-outputs")],
      distractors=[sh(13, "dart run build_runner watch", exit=1,
                      out="[SEVERE] Conflicting outputs were detected and the build is unable to prompt for permission to remove them.")],
      keys=["--delete-conflicting-outputs"], note="build_runner flag"),

    Q("command_fact", L, "how many concurrent clients did I load test the transfers endpoint with?",
      [sh(43, "hey -n 2000 -c 50 -m POST -D fixtures/transfer.json -H 'Idempotency-Key: load-test' "
              "http://localhost:8080/v1/transfers",
          out="Summary:\n  Total:\t4.8211 secs\n  Requests/sec:\t414.84")],
      distractors=[sh(43, "curl -s localhost:8080/v1/transfers?limit=5 | jq '.items | length'")],
      keys=["-c 50"], note="hey -c 50"),

    Q("command_fact", T, "which stations did I rerun the backfill for by hand?",
      [sh(46, "uv run python -m tidepool.flows.backfill --stations 44,57,103 --workers 6")],
      distractors=[sh(46, "uv run python -m tidepool.flows.backfill --help")],
      keys=["44,57,103"], note="station list argument"),

    Q("command_fact", S, "which release did I mark as the last known good one when hunting the regression?",
      [sh(31, "git bisect start && git bisect bad HEAD && git bisect good v2.3.0")],
      distractors=[sh(31, "git bisect reset")],
      keys=["good v2.3.0"], note="bisect good tag"),

    Q("command_fact", I, "what local port do I use to open grafana?",
      [sh(22, "kubectl -n monitoring port-forward svc/grafana 3001:80",
          out="Forwarding from 127.0.0.1:3001 -> 3000")],
      distractors=[sh(22, "kubectl -n monitoring get svc")],
      ask=None, keys=["3001"], note="port-forward"),

    Q("command_fact", G, "how did I turn on the most verbose logging for the CLI?",
      [sh(26, "RUST_LOG=grepline=trace cargo run -- --stats timeout /var/log/app")],
      distractors=[sh(26, "cargo run -- --stats timeout /var/log/app")],
      keys=["grepline=trace"], note="RUST_LOG trace"),

    Q("command_fact", M, "which simulator did I factory-reset?",
      [sh(32, "xcrun simctl erase \"iPhone 15\"")],
      distractors=[sh(32, "xcrun simctl list devices booted")],
      keys=["simctl erase"], note="simctl erase"),

    Q("command_fact", L, "how long does the API wait for request headers before giving up?",
      [commit(15, "Set ReadHeaderTimeout to 5s on the HTTP server\n\ngosec G112.", ["cmd/api/main.go"])],
      distractors=[sh(15, "golangci-lint run ./... --enable gosec")],
      keys=["ReadHeaderTimeout"], note="timeout in commit message"),

    Q("command_fact", T, "what's the local object storage endpoint for the pipeline?",
      [sh(8, "mc alias set local http://localhost:9000 devkey devsecret-example",
          out="Added `local` successfully.")],
      distractors=[sh(8, "mc ls local/")],
      keys=["localhost:9000"], note="MinIO endpoint in mc alias"),

    Q("command_fact", S, "how big was the biggest JS chunk when I checked the build output?",
      [sh(40, "pnpm build && ls -lhS dist/assets/*.js | head -3",
          out="-rw-r--r-- 1 dev dev 212K dist/assets/index-C8f2x1.js\n"
              "-rw-r--r-- 1 dev dev  96K dist/assets/vendor-react-Dq1.js\n"
              "-rw-r--r-- 1 dev dev  41K dist/assets/Checkout-B7a.js")],
      distractors=[sh(40, "pnpm preview")],
      keys=["212K"], note="size in ls output"),

    Q("command_fact", I, "what's the terraform workspace name for production?",
      [sh(46, "terraform workspace select prod-eu && terraform plan -out=prod.plan")],
      distractors=[sh(46, "terraform workspace list")],
      keys=["prod-eu"], note="workspace select"),
]
