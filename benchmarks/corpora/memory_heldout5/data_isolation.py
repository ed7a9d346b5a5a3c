"""Project isolation: 9 subjects that exist in 2-4 projects with different facts.

Five subjects (release steps, local tests, logs, CI time, formatter/linter settings) are asked
with the *identical* text from every project that has them, so only the ``project`` field
separates them.  The other four name the product loosely in the question.
"""
from authoring import commit, note, edit, file, q

AR, SC, CK, QM = "anvilrun", "sorrelcast", "cobbleknot", "quillmere"

RECORDS = [
    # release steps
    note("iso.rel.ar", 33, "Release: bump <Version> in Directory.Build.props, tag vX.Y.Z, the deploy workflow "
         "publishes to the staging slot, run the smoke tests there, then swap staging into production.",
         project=AR),
    note("iso.rel.sc", 42, "Release: bump Version in DESCRIPTION, add a NEWS.md entry, renv::snapshot(), "
         "rsconnect::writeManifest(), push a tag; the deploy workflow publishes the manifest to Connect.",
         project=SC),
    note("iso.rel.ck", 40, "Release: catkin_generate_changelog, catkin_prepare_release to bump every "
         "package.xml, build the Orin image, ship it with docker save | ssh orin docker load, then do the "
         "row 3 field test before the next mowing day.", project=CK),
    note("iso.rel.qm", 46, "Release: bump version in quillmere.cabal, update CHANGELOG.md, tag; CI pushes "
         "ghcr.io/choir/quillmere:vX.Y.Z; on the droplet change the tag in docker-compose.prod.yml and run "
         "docker compose up -d.", project=QM),
    # running the tests locally
    note("iso.test.ar", 30, "Local tests: just have Docker running and run dotnet test; Testcontainers starts "
         "its own SQL Server. Unit tests only: --filter Category!=Integration.", project=AR),
    note("iso.test.ck", 28, "Local tests: source install/setup.bash, colcon test --packages-select cobble_nav "
         "cobble_hw, then colcon test-result --verbose. The launch tests need the sim stopped.", project=CK),
    note("iso.test.qm", 41, "Local tests: docker compose up -d db, then cabal test. The hspec-wai specs use "
         "the quill_test database and truncate between examples; --test-options='-m Loans' runs one group.",
         project=QM),
    # logs
    note("iso.log.ar", 26, "Logs: Serilog writes to Seq (seq.anvilrun.example.com) in production and to the "
         "console locally; App Service also keeps stdout in its log stream.", project=AR),
    note("iso.log.sc", 37, "Logs: Connect keeps each R process's console output on the content's Logs tab; "
         "the pipeline writes logs/targets-YYYY-MM-DD.log on the VM.", project=SC),
    note("iso.log.ck", 31, "Logs: every node writes under ~/.ros/log/<timestamp>/ on the Orin and /rosout is "
         "also in each field bag. Pull them with rsync orin:.ros/log/latest ./logs/.", project=CK),
    file("iso.log.qm", 35, "deploy/docker-compose.prod.yml",
         "  api:\n    image: ghcr.io/choir/quillmere:main\n    logging:\n      driver: journald\n"
         "      options:\n        tag: quill-api   # journalctl -t quill-api -f", project=QM),
    # local dev port
    edit("iso.port.ar", 3, "src/Anvil.Web/Properties/launchSettings.json",
         "applicationUrl: https://localhost:7182;http://localhost:5182", project=AR),
    note("iso.port.sc", 10, "Dev: always shiny::runApp(port = 4321) so the OAuth redirect registered for the "
         "charity login matches.", project=SC),
    commit("iso.port.qm", 12, "Read PORT from the environment, default 8088 in dev",
           ["M app/Main.hs", "M .env.example"], project=QM),
    # CI run time
    note("iso.ci.ar", 44, "CI takes about 6 minutes; 4 of them are the Testcontainers integration tests "
         "pulling the SQL Server image. Caching the image did not help on hosted runners.", project=AR),
    note("iso.ci.sc", 47, "CI is about 7 minutes now that setup-r-dependencies installs binaries from Posit "
         "Package Manager; the shinytest2 run with chromote is the slowest step at ~3 min.", project=SC),
    note("iso.ci.ck", 45, "CI is about 18 minutes: mostly rosdep install and building the Nav2 plugins. colcon "
         "test itself is ~2 minutes.", project=CK),
    note("iso.ci.qm", 49, "CI: ~12 min with a warm ~/.cabal/store cache, 40+ min cold (lens and esqueleto). "
         "The Docker stage reuses the binary from the build job.", project=QM),
    # seed data
    commit("iso.seed.ar", 13, "Add DevSeeder: 3 yards, 2 farriers, 40 horses with shoeing histories\n\nRuns at "
           "startup in Development when the Stables table is empty.",
           ["A src/Anvil.Data/DevSeeder.cs", "M src/Anvil.Web/Program.cs"], project=AR),
    commit("iso.seed.qm", 15, "Add seed script: 25 public-domain scores (Mutopia), 4 voice parts each, 60 members",
           ["A scripts/seed.hs", "A data/seed/scores.csv"], project=QM),
    # staging
    note("iso.stg.ar", 22, "Staging is the 'staging' deployment slot of anvilrun-web "
         "(anvilrun-staging.example.com): same plan, its own Azure SQL database.", project=AR),
    note("iso.stg.qm", 32, "Staging: a second compose project on the same droplet, staging.quillmere.example.com, "
         "restored nightly from the prod dump with member contact details scrambled.", project=QM),
    # formatter / linter settings
    file("iso.fmt.ck", 20, ".clang-format", "BasedOnStyle: Google\nColumnLimit: 100\nDerivePointerAlignment: false\n"
         "# ament_clang_format in CI reads this file; CPPLINT.cfg sets linelength=100", project=CK),
    file("iso.fmt.qm", 18, "fourmolu.yaml", "indentation: 2\ncomma-style: leading\nimport-export-style: "
         "diff-friendly\n# .hlint.yaml ignores 'Use camelCase' for the generated persistent fields", project=QM),
    # secrets / config
    note("iso.cfg.sc", 14, "Secrets: .Renviron locally (git-ignored; copy .Renviron.example). On Connect they are "
         "environment variables on the content's Vars tab.", project=SC),
    note("iso.cfg.ck", 16, "Config: per-robot params in config/*.yaml; the NTRIP caster password lives in "
         "/etc/cobble/ntrip.env on the Orin (not in git), loaded by the ntrip systemd unit.", project=CK),
]


def _group(text_by_project, prefix, projects, note_text):
    out = []
    for p in projects:
        abbr = {AR: "ar", SC: "sc", CK: "ck", QM: "qm"}[p]
        others = ["%s.%s" % (prefix, {AR: "ar", SC: "sc", CK: "ck", QM: "qm"}[o]) for o in projects if o != p]
        text = text_by_project if isinstance(text_by_project, str) else text_by_project[p]
        out.append(q("project_isolation", p, text, ["%s.%s" % (prefix, abbr)], forbidden=others,
                     note=note_text % p))
    return out


QUESTIONS = (
    _group("What are the steps for cutting a release?", "iso.rel", [AR, SC, CK, QM],
           "Release procedure of %s; the other projects' release notes are forbidden.")
    + _group("How do I run the tests on my own machine?", "iso.test", [AR, CK, QM],
             "Local test instructions of %s.")
    + _group("Where do I find the logs when something goes wrong?", "iso.log", [AR, SC, CK, QM],
             "Log location of %s.")
    + _group({AR: "Which port does the farrier app come up on locally?",
              SC: "What port do I open the pollen dashboard on when running it locally?",
              QM: "Which port is the choir library on in dev?"}, "iso.port", [AR, SC, QM],
             "Local dev port of %s.")
    + _group("How long does CI take these days, and what's the slow bit?", "iso.ci", [AR, SC, CK, QM],
             "CI duration and slowest step of %s.")
    + _group({AR: "What does the seed data put in for the farrier app?",
              QM: "What's in the sample data for the choir library?"}, "iso.seed", [AR, QM],
             "Seed data of %s.")
    + _group({AR: "Where does staging live for the farrier app?",
              QM: "Is there a staging copy of the choir library, and where is it?"}, "iso.stg", [AR, QM],
             "Staging environment of %s.")
    + _group("What are our formatter and linter settings?", "iso.fmt", [CK, QM],
             "Formatter/linter config of %s (file snapshot).")
    + _group({SC: "Where do the API keys and other secrets live for the pollen dashboard?",
              CK: "Where does the mower keep its config and the caster password?"}, "iso.cfg", [SC, CK],
             "Secrets/config location of %s.")
)
