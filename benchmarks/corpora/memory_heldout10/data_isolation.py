"""Shared subjects for project_isolation: the same subject exists in 2-4 projects with different
facts. For each subject: per-project statement record and the question text asked from that project.
"""
from authoring import note, file, commit

# subject -> list of (project, record, question text, note)
SUBJECTS = []


def subject(name, rows):
    SUBJECTS.append((name, rows))


REL = "What are the steps for cutting a release?"
subject("release steps", [
    ("reelhouse", note("iso_rel_rh", 43,
        "Release: bump version in shard.yml, tag vX.Y.Z, wait for CI to push the static image, then on "
        "boothvps `docker compose pull && docker compose up -d` and open /healthz. Never on a screening "
        "night."), REL, "tag, CI image, compose pull on boothvps"),
    ("marshwave", note("iso_rel_mw", 39,
        "Release = tag the flake repo release-YYYY-MM-DD, colmena apply --on relay first, listen to the "
        "stream for five minutes, then --on studio. Not during a live show."), REL,
        "tag, relay first, then studio"),
    ("purrwick", note("iso_rel_pk", 36,
        "Release: merge to main, `npm run build`, upload dist/ to the Bunny storage zone, then on "
        "rescuebox `hasura migrate apply` and `hasura metadata apply`, purge the CDN cache."), REL,
        "build, upload dist, migrate + metadata apply, purge"),
    ("gunwhale", note("iso_rel_gw", 44,
        "Release: bump version in alire.toml, `alr build --release`, gnatprove level 2 must be clean, "
        "flash both boxes with openocd and write the version on the lid label."), REL,
        "alire version, release build, proof clean, flash both boxes"),
])

TST = "How do I run the tests locally?"
subject("running the tests locally", [
    ("reelhouse", note("iso_tst_rh", 27,
        "Tests: `crystal spec` needs a Postgres at DATABASE_URL=postgres://localhost/reelhouse_test; "
        "`make test-db` creates and migrates it."), TST, "crystal spec against a local test database"),
    ("marshwave", note("iso_tst_mw", 21,
        "Tests: `nix flake check` runs the NixOS VM test in tests/stream.nix (boots studio + relay, checks "
        "the /live mount answers). Needs KVM, so not inside the laptop VM."), TST,
        "nix flake check runs the VM test"),
    ("purrwick", note("iso_tst_pk", 23,
        "Tests: `npx elm-test` for decoders and fees; `npm run test:hasura` spins up a throwaway Hasura + "
        "Postgres in docker for the permission tests."), TST, "elm-test plus docker hasura permission tests"),
    ("gunwhale", note("iso_tst_gw", 19,
        "Tests: `cd tests && alr run` builds the AUnit suite with native GNAT, no board needed; "
        "`alr exec -- gnatprove -P gunwhale.gpr` for the proofs."), TST, "AUnit on the host via alr run"),
])

LOG = "Where do the logs end up?"
subject("where logs go", [
    ("reelhouse", note("iso_log_rh", 41,
        "Logs: the app writes JSON lines to stdout; on boothvps read them with `docker compose logs "
        "reelhouse`. Docker's local driver keeps about 7 days."), LOG, "stdout, docker compose logs"),
    ("marshwave", note("iso_log_mw", 28,
        "Logs: liquidsoap and icecast log to journald on each host (`journalctl -u liquidsoap`); icecast's "
        "access.log is in /var/log/icecast on the relay."), LOG, "journald + icecast access.log"),
    ("purrwick", note("iso_log_pk", 31,
        "Logs: Hasura's http-log and query-log go to the graphql-engine container's stdout; Vector ships "
        "them to Grafana Cloud Loki (14 days)."), LOG, "container stdout shipped to Loki"),
])

subject("backups", [
    ("reelhouse", note("iso_bak_rh", 42,
        "Backups: nightly pg_dump at 02:30 from a cron container into /backups on boothvps, then rclone "
        "copies it to the B2 bucket. 30 days kept."), "How is the village cinema's data backed up?",
        "pg_dump nightly + rclone to B2"),
    ("marshwave", note("iso_bak_mw", 22,
        "Backups: restic from both hosts to the Hetzner Storage Box every night "
        "(services.restic.backups). Config is in git, so only /srv/music and /var/lib/icecast are "
        "included."), "How is the radio station's stuff backed up?", "restic to the Storage Box"),
    ("purrwick", note("iso_bak_pk", 37,
        "Backups: WAL-G continuous archiving from Postgres to the Bunny storage zone, base backup every "
        "Sunday. Restore tested on 3 Feb."), "How is the cat rescue's data backed up?",
        "WAL-G to Bunny storage"),
])

subject("secrets location", [
    ("reelhouse", note("iso_sec_rh", 37,
        "Secrets: the Stripe and Mailjet keys sit in /etc/reelhouse/env on boothvps (root, 600), loaded "
        "through docker compose env_file. Local dev uses .env.local with test keys."),
        "Where are the cinema box office's secrets kept?", "/etc/reelhouse/env on boothvps"),
    ("purrwick", note("iso_sec_pk", 36,
        "Secrets: HASURA_GRAPHQL_ADMIN_SECRET and the Zitadel client secret live in deploy/.env on "
        "rescuebox only, never in the repo; the Bitwarden org vault has copies."),
        "Where are the cat rescue app's secrets kept?", "deploy/.env on rescuebox + Bitwarden"),
    ("gunwhale", note("iso_sec_gw", 45,
        "Secrets: the club website upload token for results is in ~/.config/gunwhale/upload.toml on the "
        "results laptop. The box holds nothing secret except the RFM69 AES key, set in the build config."),
        "Where are the start box's secrets kept?", "upload.toml on the results laptop; AES key in build config"),
])

CI = "How long does CI take, and which step is the slow one?"
subject("CI run time and slow step", [
    ("reelhouse", note("iso_ci_rh", 38,
        "CI on Forgejo Actions: about 9 minutes, of which the --release --static image build is 6. "
        "Specs take about a minute."), CI, "9 min, static build 6"),
    ("marshwave", note("iso_ci_mw", 27,
        "CI: ~14 min, nearly all of it the NixOS VM test; evaluation is a minute. With the Cachix cache "
        "warm it drops to ~5."), CI, "14 min, VM test"),
    ("purrwick", note("iso_ci_pk", 32,
        "CI (GitHub Actions) takes ~3 min; the slowest step is elm-review at ~70 s because it downloads "
        "the review packages on every run."), CI, "3 min, elm-review"),
    ("gunwhale", note("iso_ci_gw", 42,
        "CI: ~7 min in total; gnatprove is most of it and fetching the alr toolchain takes another "
        "minute."), CI, "7 min, gnatprove"),
])

FMT = "What settings does our code formatter use?"
subject("formatter settings", [
    ("reelhouse", file("iso_fmt_rh", 12, ".editorconfig",
        "[*.cr]\nindent_style = space\nindent_size = 2\nmax_line_length = 100  # matches ameba Style/LineLength\n"
        "# crystal tool format itself takes no options"), FMT, ".editorconfig + crystal tool format"),
    ("marshwave", file("iso_fmt_mw", 15, "treefmt.toml",
        '[formatter.nix]\ncommand = "nixpkgs-fmt"\nincludes = ["*.nix"]\n\n[formatter.python]\ncommand = "ruff"\n'
        'options = ["format", "--line-length", "88"]\nincludes = ["tools/**/*.py"]'), FMT, "treefmt.toml"),
    ("purrwick", file("iso_fmt_pk", 18, ".prettierrc",
        '{ "semi": false, "singleQuote": true, "printWidth": 100 }\n// Elm files: elm-format, which has no options'),
        FMT, ".prettierrc + elm-format"),
    ("gunwhale", file("iso_fmt_gw", 11, "gunwhale.gpr",
        'package Pretty_Printer is\n   for Default_Switches ("ada") use\n     ("--max-line-length=100", "--indentation=3", "--no-separate-is");\n'
        'end Pretty_Printer;'), FMT, "gnatpp switches in the project file"),
])

subject("time zones", [
    ("reelhouse", note("iso_tz_rh", 28,
        "Time zones: screenings are stored as timestamptz (UTC) and shown in Europe/London; the returns "
        "job works on the London date, not the UTC one."),
        "How does the cinema app deal with time zones?", "UTC storage, Europe/London display"),
    ("marshwave", note("iso_tz_mw", 26,
        "Time zones: both hosts run in UTC; schedule.toml times are Europe/London and liquidsoap converts "
        "them when it loads the file, so the clocks-change weekend needs a reload."),
        "How does the radio setup deal with time zones?", "hosts UTC, schedule in London time"),
    ("gunwhale", note("iso_tz_gw", 39,
        "Time zones: the box keeps UTC from the GPS; the display adds the UK offset from a menu setting "
        "(GMT/BST) and finish times are exported in local time."),
        "How does the start box deal with time zones?", "UTC from GPS, GMT/BST offset in the menu"),
])
