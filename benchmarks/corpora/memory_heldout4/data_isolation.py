"""Subjects that exist in two to four projects with different facts → project_isolation questions.

Every question names its project in the text and sets `project`. `answers` = the asking
project's statement; `forbidden` = the other projects' statements on the same subject.
"""
from authoring import sh, commit, note, edit, file, q

QL, PP, RG, KB = "quayline", "petalpost", "ringlog", "kilnbook"

RECORDS = [
    # release steps
    (QL, note("iso.rel.ql", 32,
              "Release checklist: ./gradlew release (axion plugin) creates the vX.Y.Z tag, git-cliff writes "
              "CHANGELOG.md, the pipeline builds the image with Jib, then someone approves the prod stage.")),
    (PP, note("iso.rel.pp", 35,
              "Shipping a release: merge the release PR into main, Cloudflare builds it, then bump the footer "
              "version and purge /guides/* in the dashboard if guides changed.")),
    (RG, note("iso.rel.rg", 38,
              "Release: dune-release tag, dune-release distrib, dune-release publish (GitHub release), then "
              "dune-release opam pkg && dune-release opam submit for the opam-repository PR.")),
    (KB, note("iso.rel.kb", 39,
              "Release: merge to main, trigger the Envoyer deployment; its hooks run php artisan migrate "
              "--force, php artisan optimize and php artisan horizon:terminate.")),
    # running the tests locally
    (QL, note("iso.test.ql", 19,
              "Running tests locally: ./gradlew check needs Docker running because the integration tests "
              "start Testcontainers; -PskipIT for unit tests only.")),
    (PP, note("iso.test.pp", 21,
              "Local tests: pnpm test:unit runs Vitest; pnpm test:e2e needs a pnpm build first because "
              "Playwright starts the production server.")),
    (KB, file("iso.test.kb", 25, "README.md",
              "## Tests\nsail up -d\nsail artisan test --parallel\n(MySQL test database kilnbook_testing is "
              "created by the Sail init script)")),
    # logs
    (QL, note("iso.logs.ql", 23,
              "Logs: quayline logs JSON to stdout (logstash encoder); promtail ships them to Loki and we query "
              "them in Grafana with {app=\"quayline-api\"}.")),
    (PP, note("iso.logs.pp", 34,
              "Logs for the site: server route logs only exist as a live stream, npx wrangler pages deployment "
              "tail; nothing is kept, so errors also go to Sentry.")),
    (KB, edit("iso.logs.kb", 28, "config/logging.php",
              "default stack = daily (storage/logs, 14 days) + sentry for exceptions at error level.")),
    # local port
    (QL, commit("iso.port.ql", 8,
                "Run the API on 8081 locally\n\n8080 is taken by the dev Keycloak container.",
                ["M src/main/resources/application-dev.yml"])),
    (PP, edit("iso.port.pp", 5, "nuxt.config.ts", "devServer: { port: 3300 } because 3000 clashes with the Grafana on this laptop.")),
    (KB, edit("iso.port.kb", 10, ".env.example", "APP_PORT=8088 for Sail so it doesn't fight Valet on 80.")),
    # CI run time
    (QL, note("iso.ci.ql", 30,
              "CI takes about 14 minutes on main; the Testcontainers integration stage is 9 of them.")),
    (PP, note("iso.ci.pp", 36,
              "CI pipeline is ~6 minutes: lint + typecheck + vitest in parallel, Playwright sharded 3 ways.")),
    (KB, note("iso.ci.kb", 37, "CI run is ~4 minutes since Pest runs with --parallel; Larastan is 50 s of it.")),
    # seed data
    (QL, commit("iso.seed.ql", 15,
                "Dev seed: afterMigrate.sql loads 3 marinas, 120 berths and 40 boats in the dev profile",
                ["A src/main/resources/db/dev/afterMigrate.sql"])),
    (KB, commit("iso.seed.kb", 18,
                "DatabaseSeeder: 2 studios, 8 courses, 30 members and a demo kiln queue",
                ["M database/seeders/DatabaseSeeder.php", "A database/seeders/KilnQueueSeeder.php"])),
    # staging URL
    (QL, note("iso.stg.ql", 26, "Staging API is staging-api.quayline.example.com, only reachable on the VPN.")),
    (PP, note("iso.stg.pp", 31,
              "Staging for the site is the preview branch alias staging.petalpost.example.com, behind basic auth "
              "(user preview).")),
    (KB, note("iso.stg.kb", 20, "Staging is staging.kilnbook.example.com on the same Forge box as prod, separate DB.")),
    # version numbering
    (RG, note("iso.ver.rg", 15, "Versioning: semver; we stay on 0.x until the sheet format is frozen.")),
    (PP, note("iso.ver.pp", 40, "Site versions are calver YYYY.MM.N, shown in the footer.")),
    # formatter / lint settings
    (RG, file("iso.fmt.rg", 12, ".ocamlformat", "profile = conventional\nmargin = 90\nexp-grouping = preserve")),
    (PP, file("iso.fmt.pp", 16, "eslint.config.mjs",
              "import withNuxt from './.nuxt/eslint.config.mjs'\nexport default withNuxt({ rules: { 'vue/multi-word-component-names': 'off' } })\n// stylistic rules on, prettier removed")),
    (KB, file("iso.fmt.kb", 9, "pint.json", "{\n  \"preset\": \"laravel\",\n  \"rules\": { \"ordered_imports\": { \"sort_algorithm\": \"alpha\" } }\n}")),
]


def _iso(text, proj, subject):
    ans = "iso.%s.%s" % (subject, {QL: "ql", PP: "pp", RG: "rg", KB: "kb"}[proj])
    others = [k for _, r in RECORDS for k in [r["key"]] if k.startswith("iso.%s." % subject) and k != ans]
    return q("project_isolation", text, [ans], forbidden=others, project=proj,
             note="%s's own statement on '%s'; the other projects' statements are forbidden." % (proj, subject))


QUESTIONS = [
    _iso("Walk me through shipping a new quayline release.", QL, "rel"),
    _iso("What are the release steps for petalpost?", PP, "rel"),
    _iso("How do I cut a new ringlog version and get it out?", RG, "rel"),
    _iso("What happens when we release kilnbook?", KB, "rel"),
    _iso("How do I run the quayline tests on my machine?", QL, "test"),
    _iso("How do I run the petalpost tests locally?", PP, "test"),
    _iso("What do I need to run the kilnbook test suite locally?", KB, "test"),
    _iso("Where can I read the quayline logs?", QL, "logs"),
    _iso("Where do petalpost's server logs go?", PP, "logs"),
    _iso("Where do kilnbook logs end up?", KB, "logs"),
    _iso("Which port does quayline listen on when I run it locally?", QL, "port"),
    _iso("What port is the petalpost dev server on?", PP, "port"),
    _iso("Which local port does kilnbook use under Sail?", KB, "port"),
    _iso("How long does a quayline CI run take?", QL, "ci"),
    _iso("How long is a petalpost CI pipeline?", PP, "ci"),
    _iso("Roughly how long does CI take for kilnbook?", KB, "ci"),
    _iso("What does the quayline seed data load?", QL, "seed"),
    _iso("What does seeding the kilnbook database create?", KB, "seed"),
    _iso("What's the quayline staging URL?", QL, "stg"),
    _iso("Where's the petalpost staging site?", PP, "stg"),
    _iso("What's the staging address for kilnbook?", KB, "stg"),
    _iso("How are ringlog versions numbered?", RG, "ver"),
    _iso("How do we number petalpost versions?", PP, "ver"),
    _iso("What formatter settings does ringlog use?", RG, "fmt"),
    _iso("What are petalpost's lint settings?", PP, "fmt"),
    _iso("What code style preset is kilnbook formatted with?", KB, "fmt"),
]
