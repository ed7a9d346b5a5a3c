"""Shared subjects for project_isolation: per-project statements, question texts and notes."""
import sys

sys.dont_write_bytecode = True
from authoring import note, edit  # noqa: E402

MD, QZ, DX, HK = "menderly", "quizmoor", "dxcellar", "hallkeep"


def same(text):
    return {MD: text, QZ: text, DX: text, HK: text}


SUBJECTS = [
    {"name": "release steps",
     "records": {
         MD: note("iso_rel_md", 47, "Release: bump <Version> in Menderly.fsproj, add a CHANGELOG entry, run deploy/publish.sh, scp the binary to fixvps and systemctl restart menderly."),
         QZ: note("iso_rel_qz", 43, "Release: tag vX.Y.Z, set the version fact in version.pl, docker build -t quizmoor:<tag> on pubvps, then systemctl restart quizmoor."),
         DX: note("iso_rel_dx", 49, "Release: lazbuild --build-mode=Release on both the Windows and Linux machines, zip each exe with cty.dat, upload to the club Nextcloud 'software' folder and post on the club forum."),
         HK: note("iso_rel_hk", 45, "Release: bump version in gleam.toml, gleam export erlang-shipment, docker build, push to the registry on hallvps and docker compose up -d."),
     },
     "questions": same("What are the steps to cut a release?")},
    {"name": "running the tests locally",
     "records": {
         MD: note("iso_test_md", 32, "Tests locally: docker compose up -d db for Postgres first, then dotnet run --project tests/Menderly.Tests."),
         QZ: note("iso_test_qz", 27, "Tests locally: swipl -g run_tests -t halt tests/test_all.pl; the fixture solver tests want --stack-limit=2g."),
         DX: note("iso_test_dx", 30, "Tests locally: lazbuild tests/dxtests.lpi, then ./dxtests --all --format=plain; the serial CAT tests are skipped unless DX_RIG=1."),
         HK: note("iso_test_hk", 34, "Tests locally: gleam test, with a Postgres on port 5433 from docker compose up pg."),
     },
     "questions": same("How do I run the tests on my own machine?")},
    {"name": "where logs go",
     "records": {
         MD: note("iso_log_md", 37, "Logs: Serilog writes to the console, systemd hands it to journald on fixvps, so journalctl -u menderly."),
         QZ: note("iso_log_qz", 39, "Logs: http_log writes httpd.log into /srv/quizmoor/logs, rotated weekly by logrotate; Prolog errors go to stderr, so docker logs quizmoor."),
         DX: note("iso_log_dx", 33, "Logs: each operating session writes dxcellar-YYYYMMDD.log next to the .db in %APPDATA%\\dxcellar (Linux: ~/.config/dxcellar)."),
         HK: note("iso_log_hk", 41, "Logs: the app prints to stdout; on hallvps docker compose logs -f app, kept 7 days by the json-file driver."),
     },
     "questions": same("Where do the logs end up?")},
    {"name": "backups",
     "records": {
         MD: note("iso_bak_md", 42, "Backups: nightly pg_dump of menderly on fixvps at 02:30, pushed to the storage box with restic, 30 daily snapshots kept."),
         QZ: note("iso_bak_qz", 44, "Backups: cron runs sqlite3 .backup on quizmoor.sqlite every night; the Sunday copy goes to the landlord's NAS."),
         DX: note("iso_bak_dx", 40, "Backups: the logger writes an ADIF copy to the USB stick every 100 QSOs and on exit; after a contest the .db goes into the club Nextcloud."),
         HK: note("iso_bak_hk", 46, "Backups: pg_dump from the compose stack at 03:00 into /srv/backups, rclone to Backblaze B2 every Sunday."),
     },
     "questions": {MD: "How is the repair cafe data backed up?", QZ: "How is the quiz league data backed up?",
                   DX: "How does the contest logger keep a backup of the log?",
                   HK: "How are the hall bookings backed up?"}},
    {"name": "CI duration",
     "records": {
         MD: note("iso_ci_md", 48, "CI on GitHub Actions takes about 6 min; the self-contained publish is the slowest step (~2.5 min)."),
         QZ: note("iso_ci_qz", 46, "CI on GitLab takes 3 min 40 s; the clpfd fixture-solver tests are the slowest job at about 2 min."),
         DX: note("iso_ci_dx", 51, "CI on Gitea Actions (club server) takes 9 min; the Windows cross-compile with lazbuild is the slowest part, ~5 min."),
         HK: note("iso_ci_hk", 50, "CI on GitHub Actions takes ~4 min; gleam test against the Postgres service container is most of it (~2 min)."),
     },
     "questions": same("How long does CI take, and which step is the slowest?")},
    {"name": "formatter settings",
     "records": {
         MD: edit("iso_fmt_md", 23, ".editorconfig", "[*.{fs,fsx}]\nindent_size = 4\nmax_line_length = 100\nfsharp_multiline_bracket_style = stroustrup\nfsharp_space_before_colon = false", kind="file"),
         QZ: edit("iso_fmt_qz", 19, ".dir-locals.el", "((prolog-mode . ((prolog-indent-width . 4)\n                 (indent-tabs-mode . nil)\n                 (fill-column . 78))))", kind="file"),
         DX: edit("iso_fmt_dx", 21, "jcfsettings.cfg", "<Indent><IndentationSpaces>2</IndentationSpaces></Indent>\n<Capitalisation><ReservedWords>lower</ReservedWords></Capitalisation>\n<Returns><MaxLineLength>110</MaxLineLength></Returns>", kind="file"),
         HK: note("iso_fmt_hk", 25, "Formatter: gleam format has no options at all; CI runs gleam format --check src test."),
     },
     "questions": same("What settings does our formatter use?")},
    {"name": "secrets location",
     "records": {
         MD: note("iso_sec_md", 36, "Secrets: dotnet user-secrets on the laptop; on fixvps they live in /etc/menderly/env (root, 600), loaded by the unit's EnvironmentFile."),
         QZ: note("iso_sec_qz", 38, "Secrets: secrets.pl is consulted at startup from /srv/quizmoor/etc, outside the repo; never commit it."),
         DX: note("iso_sec_dx", 34, "Secrets: the QRZ lookup password is kept in the OS credential store through the settings dialog; nothing in dxcellar.ini."),
         HK: note("iso_sec_hk", 35, "Secrets: Docker secrets mounted under /run/secrets (db_password, smtp_password), declared in compose.yaml."),
     },
     "questions": {MD: "Where does the repair cafe app keep its secrets?", QZ: "Where does the quiz league site keep its secrets?",
                   DX: "Where does the contest logger keep its secrets?",
                   HK: "Where does the hall booking app keep its secrets?"}},
]

NOTES = {
    "release steps": "The asking project's release note; the other projects' release notes are forbidden.",
    "running the tests locally": "The asking project's local test instructions; others are forbidden.",
    "where logs go": "The asking project's logging note; others are forbidden.",
    "backups": "The asking project's backup note; others are forbidden.",
    "CI duration": "The asking project's CI timing note; others are forbidden.",
    "formatter settings": "The asking project's formatter config or note; others are forbidden.",
    "secrets location": "The asking project's secrets note; others are forbidden.",
}

for s in SUBJECTS:
    s["statements"] = {p: r["key"] for p, r in s["records"].items()}
    s["notes"] = {p: NOTES[s["name"]] for p in s["records"]}


def records(project):
    return [s["records"][project] for s in SUBJECTS if project in s["records"]]
