"""Subjects shared by two or more projects, with different facts per project.

add(projects) places each project's statement on that subject in its stream and returns the
project_isolation questions. answers = the asking project's statement; forbidden = the other
projects' statements on the same subject. Five subjects use one identical question text from
every project; three name the product loosely.
"""

TL, CL, QW, SS = "touchline", "cairnline", "quirewell", "sunshare"

# subject -> (question text or {project: text}, {project: (kind, day, payload)})
SUBJECTS = [
    ("release steps", "What are the release steps again?", {
        TL: ("note", 44, """Release steps: npm run test:ci, ng build --configuration production, firebase deploy --only
functions, then firebase deploy --only hosting. Tag vYYYY.MM.DD and post a line in the coaches'
group."""),
        CL: ("note", 46, """Release steps: bump vsn in src/cairnline.app.src, rebar3 as prod tar, scp the tarball to
rescue-vm1, check on the board that no callout is open, then unpack over /opt/cairnline and
restart the service. Tag the commit."""),
        QW: ("note", 47, """Release steps for an issue: just issue <month>, check the page count is a multiple of four,
just print (PDF/X) and upload to the printer's SFTP, just web (pushes to Codeberg Pages), then
schedule the listmonk campaign for the 1st at 08:00."""),
        SS: ("note", 45, """Release steps: forge test and slither clean, run script/Upgrade.s.sol on Chiado, then propose
upgradeToAndCall on Gnosis through the Safe (three signatures), verify on Gnosisscan and record
the implementation address in docs/deployments.md."""),
    }),
    ("running the tests locally", "How do I run the tests locally?", {
        TL: ("note", 35, """Running the tests locally: npx jest for the unit specs. Rules and functions tests need the
emulators: firebase emulators:exec --only firestore 'npm run test:rules'. Playwright e2e expects
ng serve to be up."""),
        CL: ("note", 37, """Tests locally: rebar3 eunit for the parser, rebar3 ct for the callout suites (they need the
local Postgres: docker compose up -d db), rebar3 proper for the properties."""),
        QW: ("note", 39, """Local tests: busted spec/filters from the repo root (picks up .busted), then luacheck filters/.
A full just issue build is the real smoke test."""),
        SS: ("note", 41, """Tests locally: forge test (-vvv for traces). Fork tests need GNOSIS_RPC set and run with
forge test --match-path 'test/fork/*'. The invariant suite takes about two minutes."""),
    }),
    ("where logs go", "Where do the logs end up?", {
        TL: ("note", 40, """Logs: the functions log to Cloud Logging. firebase functions:log for a quick look, Logs
Explorer to filter by fixture id. Client-side errors aren't collected anywhere yet."""),
        CL: ("note", 36, """Logs: logger writes to stdout and journald keeps it on rescue-vm1 (journalctl -u cairnline),
14 days retention. The per-callout audit trail is separate, in the reply table."""),
        QW: ("note", 42, """Logs: every build writes build/log/<issue>.log (pandoc warnings plus latexmk output); the
LaTeX .log stays in build/. CI keeps both as artifacts for 30 days."""),
    }),
    ("local dev port", {
        TL: "Which port does the league app's dev server use?",
        CL: "Which port does the callout board listen on when I run it locally?",
        SS: "Which port does the co-op's local fork node run on?",
    }, {
        TL: ("note", 8, """Dev server: ng serve on port 4300, because 4200 clashes with the other Angular project on this
laptop. Set in angular.json under serve.options.port."""),
        CL: ("note", 13, """Local board port is 8087 (BOARD_PORT in .env); 8080 is taken by the TAK server container."""),
        SS: ("note", 15, """Local chain: anvil forked from Gnosis on port 8546; 8545 stays free for the Hardhat node the
old members' page still uses."""),
    }),
    ("CI run time and slow step", "How long does CI take, and what's the slow part?", {
        TL: ("note", 43, """CI (GitHub Actions) takes about 9 minutes. The slow part is the emulator-backed rules tests,
around 4 minutes, because the Firestore emulator's JVM boots every run."""),
        CL: ("note", 39, """CI runs in about 6 minutes; dialyzer is the slow step when the PLT has to be rebuilt after
rebar.lock changes, otherwise it's cached."""),
        QW: ("note", 44, """CI on Forgejo Actions: about 11 minutes per issue build, most of it the three LuaLaTeX passes
plus the Ghostscript PDF/X step."""),
        SS: ("note", 46, """CI takes about 7 minutes; the invariant tests dominate (depth 50, 256 runs) and slither adds
roughly a minute."""),
    }),
    ("backups", {
        TL: "How is the league app's data backed up?",
        CL: "How is the callout system's data backed up?",
        QW: "How are the magazine's files backed up?",
    }, {
        TL: ("note", 42, """Backups: a Cloud Scheduler job runs a Firestore export every night at 02:00 into
gs://touchline-hdjfl-backups, with a 30-day lifecycle rule on the bucket."""),
        CL: ("note", 44, """Backups: nightly pg_dump of cairnline on rescue-vm1, rsynced to the NAS at the base; once a
month the treasurer takes a copy offsite on a USB disk."""),
        QW: ("note", 38, """Backups: the repo lives on Codeberg; images/ (not in git) is synced to the parish Nextcloud
every night with rclone."""),
    }),
    ("secrets location", {
        TL: "Where do the league app's API keys live?",
        CL: "Where are the callout service's credentials kept?",
        SS: "Where is the co-op's deployer key kept?",
    }, {
        TL: ("note", 34, """Secrets: set with firebase functions:secrets:set (Secret Manager) and read via defineSecret();
nothing for production goes in .env files."""),
        CL: ("note", 41, """Credentials: /etc/cairnline/env on rescue-vm1 (root-only), loaded by the systemd
EnvironmentFile: the ESENDEX_* values and the database password. Local dev uses a gitignored .env."""),
        SS: ("note", 16, """Deployer key: an encrypted Foundry keystore (cast wallet import deployer), passed as
--account deployer; it never goes into .env. Owner rights sit with the Safe, not with this key."""),
    }),
    ("formatter settings", "What are our formatter settings?", {
        TL: ("file", 6, (".prettierrc", """{
  "printWidth": 110,
  "singleQuote": true,
  "trailingComma": "all",
  "overrides": [{ "files": "*.html", "options": { "parser": "angular" } }]
}""")),
        CL: ("file", 20, ("rebar.config", """{project_plugins, [erlfmt, rebar3_lint]}.
{erlfmt, [write, {print_width, 100},
          {files, ["{src,include,test}/*.{hrl,erl}", "rebar.config"]}]}.""")),
        QW: ("file", 14, (".stylua.toml", """column_width = 100
indent_type = "Spaces"
indent_width = 2
quote_style = "AutoPreferDouble"
call_parentheses = "None\"""")),
        SS: ("file", 18, ("foundry.toml", """[fmt]
line_length = 100
tab_width = 4
bracket_spacing = false
int_types = "long"
quote_style = "double"
number_underscore = "thousands\"""")),
    }),
]

# One hand-written line per (subject, asking project): why the answer is that project's own one.
NOTES = {
    ("release steps", TL): "touchline ships with firebase deploy (functions, then hosting); the others tar, upload or go through the Safe.",
    ("release steps", CL): "cairnline releases a relx tarball onto rescue-vm1, checking no callout is open first.",
    ("release steps", QW): "For the magazine a release is an issue: build, PDF/X to the printer, web push, listmonk.",
    ("release steps", SS): "sunshare releases are proxy upgrades proposed through the Safe and verified on Gnosisscan.",
    ("running the tests locally", TL): "touchline: jest plus the Firestore emulator for rules tests.",
    ("running the tests locally", CL): "cairnline: rebar3 eunit / ct / proper, with the local Postgres for ct.",
    ("running the tests locally", QW): "quirewell: busted on the Lua filters, then luacheck.",
    ("running the tests locally", SS): "sunshare: forge test, with GNOSIS_RPC for the fork tests.",
    ("where logs go", TL): "touchline's logs are Cloud Logging for the functions.",
    ("where logs go", CL): "cairnline logs to journald on rescue-vm1.",
    ("where logs go", QW): "quirewell's logs are per-issue build logs under build/log and CI artifacts.",
    ("local dev port", TL): "ng serve runs on 4300 for the league app.",
    ("local dev port", CL): "The callout board listens on 8087 locally.",
    ("local dev port", SS): "The anvil fork listens on 8546.",
    ("CI run time and slow step", TL): "touchline CI ~9 min, slowed by the emulator-backed rules tests.",
    ("CI run time and slow step", CL): "cairnline CI ~6 min, dialyzer's PLT is the slow step.",
    ("CI run time and slow step", QW): "quirewell CI ~11 min, LuaLaTeX passes and Ghostscript.",
    ("CI run time and slow step", SS): "sunshare CI ~7 min, invariant tests dominate.",
    ("backups", TL): "Nightly Firestore export to a GCS bucket.",
    ("backups", CL): "Nightly pg_dump to the base NAS plus a monthly offsite disk.",
    ("backups", QW): "Codeberg for the repo, rclone of images/ to the parish Nextcloud.",
    ("secrets location", TL): "Functions secrets in Secret Manager via firebase functions:secrets:set.",
    ("secrets location", CL): "/etc/cairnline/env on rescue-vm1, loaded by systemd.",
    ("secrets location", SS): "The deployer key is an encrypted Foundry keystore used with --account deployer.",
    ("formatter settings", TL): "touchline's formatter is Prettier: .prettierrc snapshot.",
    ("formatter settings", CL): "cairnline formats with erlfmt: the rebar.config snapshot.",
    ("formatter settings", QW): "quirewell formats Lua with StyLua: .stylua.toml snapshot.",
    ("formatter settings", SS): "sunshare uses forge fmt: the [fmt] section of foundry.toml.",
}


def add(projects):
    questions = []
    for n, (subject, text, stmts) in enumerate(SUBJECTS, 1):
        keys = {}
        for proj, (kind, day, payload) in stmts.items():
            P = projects[proj]
            key = "iso-%d-%s" % (n, P.abbr)
            if kind == "note":
                P.note(key, day, payload)
            else:
                P.file(key, day, payload[0], payload[1])
            keys[proj] = key
        for proj in stmts:
            qtext = text[proj] if isinstance(text, dict) else text
            questions.append(dict(
                type="project_isolation", text=qtext, answers=[keys[proj]],
                outdated=[], forbidden=[keys[o] for o in stmts if o != proj],
                note=NOTES[(subject, proj)],
                null=False, distractors=[], keys=[], subject=subject, asking=proj))
    return questions
