"""Project-isolation subjects: the same subject exists in 2-4 projects with different facts.

Each subject has one statement per project and one question per project. `forbidden` for a
question is every other project's statement on that subject.
"""
from authoring import note, file

KW, GB, CS, NC = "kitewing", "gambitry", "curioshelf", "nightcall"

REL = "What are the steps to put out a new release?"
TESTS = "How do I run the tests locally?"
LOGS = "Where do the logs end up?"
CI = "How long does CI take and which step is the slowest?"
FMT = "What settings does our code formatter use?"

SUBJECTS = [
    {"name": "release steps",
     "statements": {
         KW: note("iso-rel-kw", 43,
                  "Release: bump the version in kitewing.asd, make binary, scp bin/kitewing to "
                  "winchvps, then systemctl restart kitewing and check /healthz."),
         GB: note("iso-rel-gb", 46,
                  "Release: tag vX.Y.Z, podman build on rookvps from the tag, systemctl restart "
                  "gambitry, post the changelog in the Matrix room."),
         CS: note("iso-rel-cs", 41,
                  "Release: raco test, git pull on archivepi, raco make main.rkt, restart the "
                  "curioshelf unit, then deploy/publish.sh to refresh the public copy."),
         NC: note("iso-rel-nc", 47,
                  "Release: tag the repo, push the gnuoctave-based image to the GitLab registry, "
                  "and email the group coordinator the tag and what changed in the rules."),
     },
     "questions": {
         KW: (REL, "Binary built and copied to winchvps."),
         GB: (REL, "Tag, podman build, restart, Matrix changelog."),
         CS: (REL, "Test, pull and make on archivepi, publish public copy."),
         NC: (REL, "Tag, push image, email coordinator."),
     }},
    {"name": "running the tests locally",
     "statements": {
         KW: note("iso-tst-kw", 29,
                  "Tests locally: qlot exec ros run -e '(asdf:test-system :kitewing)' -q; needs "
                  "the kitewing_test Postgres database."),
         GB: note("iso-tst-gb", 27,
                  "Tests locally: nimble test, which compiles every tests/t*.nim with -d:testing "
                  "against an in-memory SQLite."),
         CS: note("iso-tst-cs", 25,
                  "Tests locally: raco test tests/ from the repo root; the fixtures create a "
                  "throwaway catalogue.db in /tmp."),
         NC: note("iso-tst-nc", 26,
                  "Tests locally: octave-cli --eval \"addpath('vendor/MOxUnit/MOxUnit'); "
                  "moxunit_runtests tests\"; the reference clips live in tests/clips."),
     },
     "questions": {
         KW: (TESTS, "FiveAM via asdf:test-system under qlot."),
         GB: (TESTS, "nimble test."),
         CS: (TESTS, "raco test tests/."),
         NC: (TESTS, "MOxUnit through octave-cli."),
     }},
    {"name": "where logs go",
     "statements": {
         KW: note("iso-log-kw", 30,
                  "Logs: hunchentoot access and message logs go to journald on winchvps; "
                  "journalctl -u kitewing."),
         GB: note("iso-log-gb", 33,
                  "Logs: gambitry writes to stdout, podman hands it to journald; the pairing "
                  "engine also writes data/logs/pairing-<event>.log for appeals."),
         CS: note("iso-log-cs", 44,
                  "Logs: journald on archivepi with SystemMaxUse=200M; the public VPS copy is "
                  "static, nginx logs in /var/log/nginx."),
     },
     "questions": {
         KW: (LOGS, "journald on winchvps."),
         GB: (LOGS, "journald via podman plus per-event pairing logs."),
         CS: (LOGS, "journald on archivepi and nginx logs on the VPS."),
     }},
    {"name": "backups",
     "statements": {
         KW: note("iso-bak-kw", 35,
                  "Backups: pg_dump of kitewing every night at 01:00 to /var/backups, copied to "
                  "the treasurer's NAS weekly."),
         GB: note("iso-bak-gb", 38,
                  "Backups: sqlite3 .backup of data/club.db after every club night, pushed to "
                  "a Hetzner storage box with rclone."),
         CS: note("iso-bak-cs", 28,
                  "Backups: restic from archivepi to Backblaze B2 nightly (catalogue.db and the "
                  "photos on the SSD), plus a USB drive the curator takes home monthly."),
     },
     "questions": {
         KW: ("How is the flying log database backed up?", "Nightly pg_dump plus weekly NAS copy."),
         GB: ("How do the chess club's games and results get backed up?", "sqlite .backup after each club night, rclone to a storage box."),
         CS: ("How does the museum catalogue get backed up?", "restic to B2 plus monthly USB drive."),
     }},
    {"name": "CI run time and slow step",
     "statements": {
         KW: note("iso-ci-kw", 42,
                  "CI (GitHub Actions): about 6 minutes; installing roswell and building SBCL "
                  "is most of it, the tests take 40 s."),
         GB: note("iso-ci-gb", 40,
                  "CI (sourcehut builds): about 3 minutes; compiling the test binaries is the "
                  "slow part."),
         CS: note("iso-ci-cs", 37,
                  "CI (Woodpecker): roughly 4 minutes, most of it raco pkg install of the "
                  "dependencies; raco test is about 50 s."),
         NC: note("iso-ci-nc", 43,
                  "CI (GitLab): about 9 minutes; the detector regression over the reference "
                  "clips is the slowest job, pulling the Octave image second."),
     },
     "questions": {
         KW: (CI, "~6 min, roswell/SBCL install."),
         GB: (CI, "~3 min, compiling test binaries."),
         CS: (CI, "~4 min, raco pkg install."),
         NC: (CI, "~9 min, detector regression."),
     }},
    {"name": "formatter settings",
     "statements": {
         KW: file("iso-fmt-kw", 16, ".dir-locals.el",
                  "((lisp-mode . ((indent-tabs-mode . nil)\n               (fill-column . 100)\n"
                  "               (lisp-indent-function . common-lisp-indent-function))))"),
         GB: file("iso-fmt-gb", 19, ".editorconfig",
                  "[*.nim]\nindent_style = space\nindent_size = 2\nmax_line_length = 88  # nph default"),
         CS: file("iso-fmt-cs", 21, "Makefile",
                  "fmt:\n\traco fmt -i --width 100 --max-blank-lines 1 *.rkt */*.rkt"),
         NC: file("iso-fmt-nc", 22, "miss_hit.cfg",
                  "line_length: 90\ntab_width: 4\nregex_function_name: \"[a-z]+(_[a-z0-9]+)*\""),
     },
     "questions": {
         KW: (FMT, ".dir-locals.el: spaces, fill-column 100."),
         GB: (FMT, ".editorconfig for nph: 2 spaces, 88 columns."),
         CS: (FMT, "raco fmt width 100 in the Makefile."),
         NC: (FMT, "miss_hit.cfg: 90 columns, tab width 4."),
     }},
    {"name": "time zones",
     "statements": {
         KW: note("iso-tz-kw", 17,
                  "Takeoff and landing times are stored in UTC (local-time timestamps) and shown "
                  "in Europe/London on the flying list and invoices."),
         GB: note("iso-tz-gb", 15,
                  "Round start times are stored as local wall-clock Europe/London; the Matrix "
                  "bot formats them the same."),
         NC: note("iso-tz-nc", 13,
                  "AudioMoth file names are UTC; sunset and the survey tables use Europe/London, "
                  "converted in io/parse_stamp.m."),
     },
     "questions": {
         KW: ("What time zone are the takeoff and landing times stored in?", "UTC stored, London shown."),
         GB: ("Which time zone do round start times use?", "Local Europe/London wall clock."),
         NC: ("What time zone are the recorder timestamps in?", "UTC in file names, London in tables."),
     }},
    {"name": "secrets location",
     "statements": {
         KW: note("iso-sec-kw", 27,
                  "Secrets for kitewing (Postgres password, mail relay token) are in "
                  "/etc/kitewing/env on winchvps, loaded by the systemd unit; never in the repo."),
         GB: note("iso-sec-gb", 36,
                  "Secrets: the ECF API token and the Matrix bot token are podman secrets on "
                  "rookvps, exposed as env vars to the container."),
         CS: note("iso-sec-cs", 34,
                  "Secrets: the B2 key and the county OAI basic-auth password are in "
                  "~curioshelf/.config/curioshelf/secrets.rktd on archivepi, mode 600."),
     },
     "questions": {
         KW: ("Where are the gliding app's secrets kept?", "/etc/kitewing/env on winchvps."),
         GB: ("Where does the chess site keep its API tokens?", "podman secrets on rookvps."),
         CS: ("Where are the catalogue's credentials stored?", "secrets.rktd on archivepi."),
     }},
]
