"""9 subjects that exist in 2-4 projects with different facts, and 28 project_isolation questions."""
from authoring import file, note, q

RECORDS = {
    "ft": [
        file("iso_fmt", 42, ".prettierrc", '{ "printWidth": 100, "singleQuote": '
             'true, "semi": false, "trailingComma": "all" }'),
        note("iso_port", 45, "Dev: npm run dev starts electron-vite; the renderer dev server is on 5173 and Electron "
             "loads the window from there."),
        note("iso_tests", 46, "Tests locally: npx vitest run for unit tests; npx playwright test for the e2e (it builds "
             "first and talks to the mock printer on 9100)."),
        note("iso_logs", 48, "Logs: electron-log writes %APPDATA%\\foxedtill\\logs\\main.log on the shop PC "
             "(~/Library/Logs/foxedtill on the Mac); renderer messages are forwarded to the same file."),
        note("iso_ci", 50, "CI: GitHub Actions on windows-latest, about 14 min. The slowest step is NSIS packaging "
             "(~6 min), then the native rebuild of better-sqlite3."),
        note("iso_secrets", 51, "Keys: the ISBNdb and Dojo keys are entered once on the till and stored with Electron "
             "safeStorage (Windows DPAPI); the dev Mac reads them from .env.local."),
        note("iso_release", 54, "Release: npm version minor and push the tag. The release workflow runs electron-builder "
             "--win --publish never, signs with Azure Trusted Signing, then rclone copies the .exe, the blockmap and "
             "latest.yml (last) to the R2 updates bucket."),
        note("iso_errors", 55, "Errors: @sentry/electron sends main and renderer crashes, with minidumps, to the foxedtill "
             "project on sentry.example.com."),
    ],
    "bm": [
        file("iso_fmt", 43, ".fprettify.rc", "indent = 4\nline-length = 110\nwhitespace = 2\ncase = [1, 1, 1, 1]\n"
             "strict-indent = true"),
        note("iso_tests", 45, "Tests locally: cmake --build build, then ctest --test-dir build --output-on-failure. The "
             "dam-break regression is labelled slow; add -L slow to include it."),
        note("iso_logs", 47, "Logs: Slurm stdout goes to logs/wye_%j.out on kelpie and the model's own step log to "
             "<run_dir>/brookmesh.log."),
        note("iso_backup", 49, "Backups: rclone sync from kelpie scratch to the trust's B2 bucket every night; scratch is "
             "wiped after 30 days."),
        note("iso_ci", 51, "CI: about 22 min on ubuntu-latest; most of it is building NetCDF-Fortran and pFUnit from "
             "source before the cache warms."),
        note("iso_release", 52, "Release: bump the version in CMakeLists.txt, tag vX.Y, run the Wye regression on kelpie "
             "and attach its summary to the GitHub release; Zenodo mints the DOI from the tag."),
    ],
    "ts": [
        note("iso_tests", 44, "Tests locally: npx jest. Everything Google is mocked in test/mocks.ts, so no clasp login "
             "is needed."),
        note("iso_ci", 47, "CI: about 4 min; npm ci is the slowest step, jest itself takes 20 s."),
        note("iso_backup", 48, "Backups: a nightly trigger copies the master and the current year's referral sheet into "
             "the Drive folder 'Backups', keeping 30 copies."),
        note("iso_logs", 49, "Logs: console.log goes to the Apps Script executions page (Cloud Logging); clasp logs "
             "--simplified tails them."),
        note("iso_release", 50, "Release: npm run build, clasp push, clasp version \"<what changed>\", then clasp deploy "
             "-i <prod deployment id> so the web app URL stays the same."),
        note("iso_errors", 53, "Errors: failed trigger runs e-mail a daily digest to the ops account, and catch blocks "
             "append a row to the Errors tab."),
    ],
    "fb": [
        file("iso_fmt", 44, ".perltidyrc", "-l=100\n-i=4\n-ci=4\n-pt=2\n-nolq\n-wbb='% + - * / x != == >= <= =~ !~ < > "
             "| &'"),
        note("iso_port", 44, "Dev: carton exec -- morbo script/fettlebench listens on 3000; the queue board is at /board."),
        note("iso_tests", 46, "Tests locally: yath test -j4. The DB tests need "
             "TEST_ONLINE=postgresql://fettle@localhost/fettle_test."),
        note("iso_release", 47, "Release: on mendvps git pull, carton install --deployment, ./script/fettlebench migrate, "
             "then hot-deploy with carton exec -- hypnotoad script/fettlebench."),
        note("iso_logs", 48, "Logs: journalctl -u fettlebench on mendvps; Mojolicious also writes log/production.log."),
        note("iso_ci", 50, "CI: about 7 min; installing CPAN deps with cpm is the slowest part when the local/ cache "
             "misses."),
        note("iso_backup", 52, "Backups: nightly pg_dump -Fc from cron to /var/backups/fettlebench, rsynced to the cafe's "
             "NAS; 14 kept."),
        note("iso_secrets", 53, "Secrets: /etc/fettlebench/env (root only), loaded by systemd EnvironmentFile; "
             "fettlebench.yml reads the Mojolicious secret and the Pg DSN from the environment."),
    ],
}

_NOTES = {
    "release": "Release steps of the asking project.",
    "tests": "How that project's tests run on a laptop.",
    "logs": "Where that project writes logs.",
    "port": "That project's local dev server port.",
    "ci": "That project's CI duration and slowest step.",
    "backup": "How that project backs up its data.",
    "errors": "Where that project's error reports go.",
    "fmt": "That project's formatter config file.",
    "secrets": "Where that project keeps secrets.",
}

# subject, record key, projects and texts (one text shared, or one per project)
_SUBJECTS = [
    ("release", "iso_release", ["ft", "bm", "ts", "fb"], "What are the steps to cut a new release?"),
    ("tests", "iso_tests", ["ft", "bm", "ts", "fb"], "How do I run the tests locally?"),
    ("logs", "iso_logs", ["ft", "bm", "ts", "fb"], "Where do the logs end up?"),
    ("port", "iso_port", ["ft", "fb"], {"ft": "Which port does the bookshop till's dev server use?",
                                        "fb": "Which port does the repair café app listen on in development?"}),
    ("ci", "iso_ci", ["ft", "bm", "ts", "fb"], "How long does CI take and what's the slowest step?"),
    ("backup", "iso_backup", ["bm", "ts", "fb"], {"bm": "How are the flood model's results backed up?",
                                                  "ts": "How is the food bank's spreadsheet data backed up?",
                                                  "fb": "How is the repair café database backed up?"}),
    ("errors", "iso_errors", ["ft", "ts"], "Where do error reports go?"),
    ("fmt", "iso_fmt", ["ft", "bm", "fb"], "What are our formatter settings?"),
    ("secrets", "iso_secrets", ["ft", "fb"], {"ft": "Where does the bookshop till keep its API keys?",
                                              "fb": "Where do the repair café server's secrets live?"}),
]

QUESTIONS = []
for _sub, _key, _projs, _text in _SUBJECTS:
    for _p in _projs:
        _t = _text if isinstance(_text, str) else _text[_p]
        _q = q("project_isolation", _t, _p + ":" + _key, forbid=[o + ":" + _key for o in _projs if o != _p],
               note=_NOTES[_sub], project=_p)
        _q["subject"] = _sub
        QUESTIONS.append(_q)
