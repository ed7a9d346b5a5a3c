"""project_isolation questions: the same name (a service called "gateway", a
"users" table, a --dry-run flag, `make dev`, "the release steps", ...) exists in
two or three projects with different facts.  Each question is asked from one
project; the other projects' contexts on the subject are "forbidden"."""
from authoring import Q, commit, note, edit, file

L, T, S, I, G, M = ("ledger-api", "tidepool", "storefront-web", "infra-live",
                    "grepline", "fieldnotes-mobile")

# subject -> {project: [contexts]}; the first context of a project is its answer
# unless a question names other answer indexes.
SUBJECTS = {
    "gateway": {
        L: [note(13, "gateway: the upstream timeout to the api pods is 30s, and the gateway retries "
                     "idempotent GETs once.", project=L),
            commit(14, "gateway: strip X-Internal-* headers from client requests",
                   ["cmd/gateway/proxy.go", "cmd/gateway/proxy_test.go"], project=L)],
        I: [note(24, "The gateway (API Gateway HTTP API in front of the webhook lambdas) has a hard 29s "
                     "integration timeout; it can't be raised.", project=I)],
        S: [note(19, "The storefront only talks to the gateway: it attaches the session cookie and fans "
                     "out to the catalog and cart services.", project=S)],
    },
    "users": {
        L: [commit(7, "Add users table with citext email and a unique index\n\nEmail lookups are "
                      "case-insensitive now.",
                   ["A migrations/000003_users.up.sql", "A migrations/000003_users.down.sql"], project=L)],
        T: [edit(21, "sql/dashboard/users.sql",
                 "users table gets a role enum: viewer, analyst, admin (default viewer)", project=T)],
        M: [edit(14, "lib/data/tables/users.dart",
                 "local users table keeps only id, displayName and avatarUrl; no email stored on device",
                 project=M)],
    },
    "dry-run": {
        I: [note(31, "scripts/rotate-keys.sh --dry-run only lists IAM access keys older than 90 days; it "
                     "doesn't call any AWS write API.", project=I)],
        G: [note(26, "`grepline prune --dry-run` lists the cache entries it would delete and their total "
                     "size, then exits 0.", project=G)],
        T: [note(36, "backfill --dry-run resolves the station list and the date partitions and prints "
                     "them; nothing is written to the warehouse.", project=T)],
    },
    "worker": {
        L: [note(34, "ledger worker runs 3 replicas; each polls the outbox every 500ms with a batch of 100.",
                 project=L)],
        T: [note(35, "Prefect worker concurrency limit is 4 flow runs; anything beyond that waits in the "
                     "queue.", project=T)],
    },
    "make dev": {
        L: [file(2, "Makefile", "dev:\n\tdocker compose up -d postgres redis\n\tair -c .air.toml", project=L)],
        T: [file(5, "Makefile", "dev:\n\tdocker compose -f docker-compose.minio.yml up -d\n\tprefect server start",
                 project=T)],
    },
    "seed": {
        L: [note(16, "`make seed` creates 2 tenants with 10 accounts each and a test API key "
                     "lk_test_example.", project=L)],
        S: [note(17, "`pnpm seed` loads 250 fake products from fixtures/products.json into the MSW handlers.",
                 project=S)],
    },
    "health": {
        L: [edit(6, "cmd/api/routes.go",
                 "/healthz always returns 200; /readyz pings postgres and redis and returns 503 if either fails",
                 project=L)],
        I: [edit(20, "modules/dns/health.tf",
                 "Route 53 health check on the public endpoint: path /health, every 30s, unhealthy after 3 failures",
                 project=I)],
    },
    "staging url": {
        S: [note(10, "Staging storefront lives at https://shop.staging.example.com (basic auth, ask in #shop).",
                 project=S)],
        L: [note(11, "Staging API base URL: https://api.staging.example.com/v1", project=L)],
    },
    "release": {
        G: [note(44, "Release: bump the version in Cargo.toml, update CHANGELOG.md, tag vX.Y.Z and push the "
                     "tag; cargo-dist builds and uploads the rest.", project=G)],
        M: [note(46, "Release: bump version+build in pubspec.yaml, run fastlane android internal and "
                     "fastlane ios beta, then promote in both consoles after QA.", project=M)],
    },
    "cache": {
        S: [note(22, "React Query staleTime: 5 minutes for product lists, 0 for the cart.", project=S)],
        L: [note(30, "FX rate cache in Redis has a 10 minute TTL.", project=L)],
    },
    "ci": {
        G: [note(38, "CI matrix: ubuntu, macos and windows on stable plus the MSRV; a run takes about 9 minutes.",
                 project=G)],
        S: [note(37, "CI: lint, typecheck, vitest, then Playwright split into 4 shards; a run takes about "
                     "14 minutes.", project=S)],
    },
    "migrations": {
        L: [note(20, "Migrations are applied by an init container that runs goose up before the api starts.",
                 project=L)],
        M: [note(33, "drift schemaVersion is 7; migrations live in lib/data/migrations.dart and run when "
                     "the app opens.", project=M)],
    },
    "api key": {
        L: [note(19, "API keys are prefixed lk_live_ / lk_test_ and only a SHA-256 hash is stored.", project=L)],
        S: [note(20, "The search API key (search-only scope) comes from VITE_SEARCH_KEY at build time; it "
                     "is never committed.", project=S)],
    },
    "dockerfile": {
        L: [note(23, "Dockerfile: multi-stage, the final stage is gcr.io/distroless/static-debian12 and runs "
                     "as nonroot.", project=L)],
        G: [note(34, "Dockerfile: the final stage is FROM scratch with just the static musl binary.", project=G)],
    },
    "pagination": {
        L: [note(32, "List endpoints use cursor pagination: opaque base64 cursor, limit defaults to 50, "
                     "max 200.", project=L)],
        S: [note(33, "Product grid uses infinite scroll: 24 items per page, the next page is fetched at 80% "
                     "scroll.", project=S)],
    },
    "backup": {
        I: [note(42, "RDS automated backups are kept 7 days; a daily snapshot copy goes to eu-central-1.",
                 project=I)],
        M: [note(43, "Backups: users can export a zip of their notes from Settings; automatic backup to "
                     "iCloud/Drive is off by default.", project=M)],
    },
}

# (subject, asking project, question, note)
QUESTIONS = [
    ("gateway", L, "what's the timeout on the gateway?", "ledger gateway 30s vs infra API Gateway 29s"),
    ("gateway", I, "how long can a request sit in the gateway before it's cut off?", "infra 29s, not the Go gateway's 30s"),
    ("gateway", S, "what does the gateway do for us?", "storefront BFF role, not the other gateways"),
    ("users", L, "what's special about the email column in the users table?", "ledger users: citext + unique"),
    ("users", T, "what roles can a row in the users table have?", "tidepool dashboard users roles"),
    ("users", M, "which columns does the users table keep?", "on-device users table"),
    ("dry-run", I, "what exactly happens when I pass --dry-run?", "rotate-keys.sh vs grepline prune vs backfill"),
    ("dry-run", G, "if I pass --dry-run, what does it print?", "grepline prune"),
    ("dry-run", T, "does --dry-run write anything?", "tidepool backfill"),
    ("worker", L, "how many worker replicas do we run?", "ledger outbox worker vs Prefect worker"),
    ("worker", T, "how many runs can the worker handle at the same time?", "Prefect concurrency 4"),
    ("make dev", L, "what does make dev start?", "ledger Makefile vs tidepool Makefile"),
    ("make dev", T, "what comes up when I run make dev?", "tidepool Makefile"),
    ("seed", L, "what does the seed script create?", "make seed vs pnpm seed"),
    ("seed", S, "what do I get after seeding?", "pnpm seed products"),
    ("health", L, "which health endpoint actually checks the dependencies?", "readyz vs route53 check"),
    ("health", I, "how often does the health check run and how many failures before it trips?", "route53"),
    ("staging url", S, "where can I open the staging version?", "shop.staging vs api.staging"),
    ("staging url", L, "what's the base URL for staging?", "api.staging"),
    ("release", G, "what are the steps to cut a release?", "identical question, grepline"),
    ("release", M, "what are the steps to cut a release?", "identical question, fieldnotes"),
    ("cache", S, "how long is cached data considered fresh?", "React Query staleTime vs Redis TTL"),
    ("cache", L, "what's the TTL on the cache for rates?", "FX cache 10 min"),
    ("ci", G, "how long does a CI run take?", "identical question, grepline 9 min"),
    ("ci", S, "how long does a CI run take?", "identical question, storefront 14 min"),
    ("migrations", L, "how do migrations get applied?", "identical question, init container"),
    ("migrations", M, "how do migrations get applied?", "identical question, on app open"),
    ("api key", L, "how are API keys stored?", "hashed keys vs build-time env"),
    ("api key", S, "where does the API key come from?", "VITE_SEARCH_KEY"),
    ("dockerfile", L, "what base image does the final container stage use?", "distroless vs scratch"),
    ("dockerfile", G, "what base image does the final container stage use?", "identical question, scratch"),
    ("pagination", L, "how many items can a page return at most?", "max 200 vs 24 per page"),
    ("pagination", S, "how many items come back per page?", "24 per page"),
    ("backup", I, "how long are backups kept?", "RDS 7 days vs user export"),
    ("backup", M, "are backups automatic?", "off by default"),
]

ITEMS = []
for subject, proj, question, why in QUESTIONS:
    group = SUBJECTS[subject]
    own = group[proj]
    answers = own[:1]
    distractors = own[1:]
    forbidden = [c for p, cs in group.items() if p != proj for c in cs]
    ITEMS.append(Q("project_isolation", proj, question, answers, forbidden=forbidden,
                   distractors=distractors, note=f"subject '{subject}': {why}"))
