"""Subjects whose names exist in several projects with different facts (project_isolation).

All questions of one subject use the identical text; only `project` separates them."""
from authoring import sh, commit, note, chat, edit, file, q

TF, SP, ML, WL = "thornfield", "spokehouse", "mothlight", "wrenloop"

RECORDS = {
    TF: [
        note("iso_rel_tf", 28, "Release steps: merge to main, wait for CI, `kamal deploy`, then watch `kamal app logs` for five minutes; roll back with `kamal rollback <version>`."),
        note("iso_ci_tf", 19, "CI takes about 9 minutes: parallel_tests on 4 runners for RSpec, the system specs are the slow half."),
        commit("iso_seed_tf", 8, "Seeds: three sites, 120 plots and 40 fake applicants with Faker\n\nbin/rails db:seed is idempotent (find_or_create_by).", [("M", "db/seeds.rb")]),
        note("iso_logs_tf", 36, "Logs: Kamal ships container stdout to Better Stack via the vector accessory; 7 days searchable there."),
        edit("iso_lint_tf", 4, ".rubocop.yml", "inherit_gem: rubocop-rails-omakase; overrides: Style/StringLiterals double_quotes, Layout/LineLength max 120."),
        note("iso_stg_tf", 23, "Staging lives at staging.thornfield.example.com - same Hetzner box, separate Kamal destination (-d staging), own database."),
        note("iso_bak_tf", 30, "Backups: nightly pg_dump from the Postgres accessory to an object storage bucket, 14 days kept; restore tested once on staging."),
        note("iso_ver_tf", 17, "Versions: CalVer tags like 2026.11.1 on each production deploy; Kamal labels images with the git sha."),
        note("iso_test_tf", 11, "Running tests: `bundle exec rspec` for everything, `bin/parallel_rspec` to mirror CI; system specs need Chrome."),
    ],
    SP: [
        note("iso_ci_sp", 25, "CI takes about 11 minutes: slim CI builds state:modified+ with --defer into a PR schema, then sqlfluff."),
        commit("iso_seed_sp", 9, "dbt seeds for station_regions and bank holidays\n\ndbt seed loads seeds/station_regions.csv and seeds/uk_bank_holidays.csv into ANALYTICS.SEEDS.", [("A", "seeds/station_regions.csv"), ("A", "seeds/uk_bank_holidays.csv")]),
        file("iso_lint_sp", 6, ".sqlfluff", "[sqlfluff]\ndialect = snowflake\ntemplater = dbt\nmax_line_length = 80\n[sqlfluff:rules:capitalisation.keywords]\ncapitalisation_policy = lower"),
        note("iso_stg_sp", 29, "Staging is the ANALYTICS_STAGING database, a zero-copy clone of prod taken every night before the build."),
        note("iso_bak_sp", 34, "Backups: we rely on Snowflake Time Travel (7 days on ANALYTICS) plus fail-safe; raw files also stay in S3. No dumps."),
        note("iso_test_sp", 18, "Running tests: `dbt test` for schema and data tests, or `dbt build` to run and test in DAG order; singular tests live in tests/."),
    ],
    ML: [
        note("iso_rel_ml", 46, "Release steps: bump the version, export Web + Linux + Windows headless, `butler push` each to its channel, then post a devlog on itch."),
        note("iso_ci_ml", 30, "CI takes about 6 minutes: godot-ci container runs the GUT suite, then the three exports as artifacts."),
        note("iso_logs_ml", 22, "Logs: Godot writes to user://logs/godot.log; on Linux that's ~/.local/share/godot/app_userdata/Mothlight/logs. Testers attach it to bug reports."),
        file("iso_lint_ml", 15, "gdlintrc", "max-line-length: 100\nfunction-name: (_on_([A-Z][a-zA-Z0-9]*_)*[a-z][a-z0-9]*(_[a-z0-9]+)*|_?[a-z][a-z0-9]*(_[a-z0-9]+)*)\nmax-public-methods: 20"),
        note("iso_ver_ml", 24, "Versions: semver in application/config/version in project.godot, bumped by tools/bump_version.gd; butler gets it with --userversion."),
        note("iso_test_ml", 9, "Running tests: GUT from the editor panel, or headless with godot -s addons/gut/gut_cmdln.gd -gdir=res://test -gexit."),
    ],
    WL: [
        note("iso_rel_wl", 48, "Release steps: tag vX.Y.Z, CI builds ReleaseSmall and attaches wrenloop.uf2 to the GitHub release, update the changelog for the forum thread."),
        note("iso_logs_wl", 19, "Logs: std.log goes out the debug UART at 921600 baud on the 3-pin header; read it with picocom on a USB-serial adapter."),
        commit("iso_ver_wl", 45, "Embed git describe output as the firmware version\n\nShown on the OLED at boot and in the USB serial number.", [("M", "build.zig"), ("A", "src/version.zig")]),
        note("iso_test_wl", 28, "Running tests: `zig build test` runs the host-side unit tests; `zig build test-hw` flashes the on-target suite with the board attached."),
    ],
}

Q_REL = "Remind me of the steps for cutting a release?"
Q_CI = "How long does a CI run take, and what's in it?"
Q_SEED = "What gets loaded when we seed?"
Q_LOGS = "Where do the logs end up?"
Q_LINT = "What linter settings do we follow?"
Q_STG = "Where does staging live?"
Q_BAK = "How are backups handled?"
Q_VER = "How do we number versions?"
Q_TEST = "How do I run the tests?"


def _subject(text, per_project, why):
    out = []
    for proj, key in per_project:
        others = [k for p, k in per_project if p != proj]
        out.append(q("project_isolation", proj, text, [key], forbidden=others, note=why % proj))
    return out


QUESTIONS = (
    _subject(Q_REL, [(TF, "iso_rel_tf"), (ML, "iso_rel_ml"), (WL, "iso_rel_wl")], "The %s release-steps record; the other projects' release steps are forbidden.")
    + _subject(Q_CI, [(TF, "iso_ci_tf"), (SP, "iso_ci_sp"), (ML, "iso_ci_ml")], "The %s CI duration/content note; other projects' CI notes are forbidden.")
    + _subject(Q_SEED, [(TF, "iso_seed_tf"), (SP, "iso_seed_sp")], "The %s seed commit (Rails db seeds vs dbt seed CSVs).")
    + _subject(Q_LOGS, [(TF, "iso_logs_tf"), (ML, "iso_logs_ml"), (WL, "iso_logs_wl")], "The %s note on where logs go.")
    + _subject(Q_LINT, [(TF, "iso_lint_tf"), (SP, "iso_lint_sp"), (ML, "iso_lint_ml")], "The %s linter config (rubocop / sqlfluff / gdlint).")
    + _subject(Q_STG, [(TF, "iso_stg_tf"), (SP, "iso_stg_sp")], "The %s staging note (Kamal destination vs cloned database).")
    + _subject(Q_BAK, [(TF, "iso_bak_tf"), (SP, "iso_bak_sp")], "The %s backup note (pg_dump vs Time Travel).")
    + _subject(Q_VER, [(TF, "iso_ver_tf"), (ML, "iso_ver_ml"), (WL, "iso_ver_wl")], "The %s versioning record.")
    + _subject(Q_TEST, [(TF, "iso_test_tf"), (SP, "iso_test_sp"), (ML, "iso_test_ml"), (WL, "iso_test_wl")], "The %s note on how to run the tests.")
)
