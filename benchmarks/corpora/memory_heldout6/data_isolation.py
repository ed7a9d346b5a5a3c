"""Shared subjects: each exists in 2-4 projects with different facts.
The asking project's statement is the answer; the other projects' statements are forbidden."""
from authoring import commit, note, edit, file, q

HB, BL, SG, PW = "haybarrow", "bellcote", "stumpglow", "pomacewell"


def at(project, rec):
    rec["project"] = project
    return rec


RECORDS = [
    # release steps
    at(HB, note("i.rel.hb", 46, "Release: merge to main, run `supabase db push` for any new migrations, then "
                "tag vYYYY.MM.DD; the tag workflow fires the Render deploy hook. Post in the stallholder "
                "group if the checkout changed.")),
    at(BL, commit("i.rel.bl", 39, "Add RELEASING.md\n\nclojure -T:build uber, scp the jar to "
                  "bellvps:/opt/bellcote, sudo systemctl restart bellcote, then check /health.",
                  [("A", "RELEASING.md")])),
    at(SG, note("i.rel.sg", 41, "Release means a tagged bitstream: fusesoc run --target=ulx3s, copy "
                "build/top.bit to releases/vN.bit, tag it, then flash the pavilion board with "
                "openFPGALoader -f so it survives a power cycle.")),
    at(PW, file("i.rel.pw", 47, "RELEASE.md", "1. bump version in Project.toml\n2. Pkg.test() on 1.11\n"
                "3. tag vX.Y.Z and push\n4. rsync to cellarpi and sudo systemctl restart pomacewell")),
    # running the tests locally
    at(HB, note("i.test.hb", 15, "Tests locally: `supabase start` first, then `pnpm test` for the Vitest "
                "unit tests and `pnpm exec playwright test` for end-to-end (needs the seed data).")),
    at(BL, edit("i.test.bl", 18, "README.md", "## Tests\nclojure -M:test runs kaocha; add --watch while "
                "working. Integration tests create a scratch database through the fixture.")),
    at(SG, note("i.test.sg", 32, "Tests locally: make -C sim SIM=verilator for the cocotb benches (needs "
                "verilator 5 and cocotb 1.9 in the venv), and sby -f formal/*.sby for the proofs.")),
    # where logs go
    at(HB, note("i.log.hb", 48, "Logs: Render's log stream for the Node process, warn and above forwarded "
                "to Better Stack. Postgres logs are in the Supabase Logs Explorer.")),
    at(BL, note("i.log.bl", 21, "Logs: timbre writes to stdout and journald keeps it on bellvps "
                "(journalctl -u bellcote), capped at 500M.")),
    at(SG, note("i.log.sg", 23, "Logs: the FPGA has none. The Pi relay logs to journald (journalctl -u "
                "score-relay) and keeps raw frames for 7 days in /var/log/score-relay/frames.log.")),
    at(PW, note("i.log.pw", 34, "Logs: LoggingExtras writes /srv/pomacewell/logs/pomacewell-YYYY-MM-DD.log "
                "on the cellar Pi, kept 30 days; the systemd journal only has start and stop.")),
    # local dev port
    at(HB, note("i.port.hb", 6, "Dev: `pnpm dev` serves on 5173; Supabase Studio is on 54323.")),
    at(BL, edit("i.port.bl", 8, "src/bellcote/dev.clj", "(def port 3000) ; nREPL comes up on 7888 from the "
                ":nrepl alias")),
    at(PW, note("i.port.pw", 25, "Dev: julia --project bin/serve.jl serves on 8080; Pluto uses 1234 if you "
                "need a notebook.")),
    # CI time and slow step
    at(HB, note("i.ci.hb", 36, "CI: about 4 min on GitHub Actions; installing the Playwright browsers was "
                "half of it, cached now.")),
    at(BL, commit("i.ci.bl", 28, "CI: cache ~/.m2 and ~/.gitlibs\n\nRuns drop from 6 min to 2.5 min; kaocha "
                  "itself is 40 s, the rest was dependency download.", [("M", ".github/workflows/ci.yml")])),
    at(SG, note("i.ci.sg", 42, "CI: about 14 min, nearly all of it nextpnr-ecp5 place and route for the 85F; "
                "the sims take a minute.")),
    at(PW, note("i.ci.pw", 39, "CI: about 10 min. Precompiling DifferentialEquations and Turing dominates; "
                "the tests themselves are under a minute.")),
    # seed data
    at(HB, file("i.seed.hb", 10, "supabase/seed.sql", "-- 6 stalls (eggs, bakery, veg, cheese, honey, "
                "flowers), 40 products, two Saturdays of slots\n-- test shopper: shopper@example.com")),
    at(PW, note("i.seed.pw", 18, "Dev fixtures: test/fixtures/ holds three recorded fermentations from last "
                "season (Dabinett, Kingston Black and a perry); scripts/load_fixtures.jl copies them into "
                "data/.")),
    # staging
    at(HB, note("i.stg.hb", 45, "Staging: a second Render service built from the staging branch at "
                "haybarrow-staging.example.com, pointed at its own Supabase project.")),
    at(BL, note("i.stg.bl", 38, "Staging: a second systemd unit on bellvps, bellcote-staging on port 3100 "
                "with its own MariaDB database; staging.bells.example.com.")),
    # formatter settings
    at(HB, file("i.fmt.hb", 5, ".prettierrc", "{ \"useTabs\": true, \"singleQuote\": true, \"printWidth\": "
                "100, \"plugins\": [\"prettier-plugin-svelte\"] }")),
    at(BL, file("i.fmt.bl", 12, "cljfmt.edn", "{:indents {defroutes [[:inner 0]]}\n "
                ":remove-multiple-non-indenting-spaces? true\n :sort-ns-references? true}")),
    at(PW, file("i.fmt.pw", 11, ".JuliaFormatter.toml", "style = \"blue\"\nmargin = 92\n"
                "always_use_return = false")),
    # secrets and config
    at(HB, note("i.sec.hb", 14, "Secrets: .env locally (gitignored, template in .env.example) and the "
                "hosting provider's env vars in production. The Square token never gets a PUBLIC_ prefix.")),
    at(BL, note("i.sec.bl", 19, "Secrets: the Postmark token and DB password live in /etc/bellcote/env "
                "(root, 600), loaded by the systemd EnvironmentFile; aero reads them with #env.")),
    at(PW, note("i.sec.pw", 29, "Config: settings in config.toml (committed); secrets (MQTT password, ntfy "
                "token) in ~/.config/pomacewell/secrets.toml on the Pi, chmod 600, never in git.")),
]


def group(subject, text_by_asker, note_text):
    """text_by_asker: list of (asker, key, question text)."""
    keys = [k for _, k, _ in text_by_asker]
    out = []
    for asker, key, text in text_by_asker:
        out.append(q("project_isolation", text, [key], forbidden=[k for k in keys if k != key],
                     note=note_text % asker, subject=subject, asker=asker))
    return out


REL = "What are the steps to cut a release?"
TEST = "How do I run the tests locally?"
LOG = "Where do the logs end up?"
CI = "How long does CI take and what's the slowest part?"
FMT = "What are our formatter settings?"

QUESTIONS = (
    group("release steps", [(HB, "i.rel.hb", REL), (BL, "i.rel.bl", REL), (SG, "i.rel.sg", REL),
                            (PW, "i.rel.pw", REL)], "The release procedure written for %s.")
    + group("running the tests locally", [(HB, "i.test.hb", TEST), (BL, "i.test.bl", TEST),
                                          (SG, "i.test.sg", TEST)], "How %s's tests are run.")
    + group("where logs go", [(HB, "i.log.hb", LOG), (BL, "i.log.bl", LOG), (SG, "i.log.sg", LOG),
                              (PW, "i.log.pw", LOG)], "Where %s writes its logs.")
    + group("local dev port", [
        (HB, "i.port.hb", "Which port does the market pre-order shop run on locally?"),
        (BL, "i.port.bl", "Which port does the bell rota app listen on in development?"),
        (PW, "i.port.pw", "Which port does the cider dashboard use when I run it locally?")],
        "The local port stated for %s.")
    + group("CI time and slow step", [(HB, "i.ci.hb", CI), (BL, "i.ci.bl", CI), (SG, "i.ci.sg", CI),
                                      (PW, "i.ci.pw", CI)], "CI duration and its slow step in %s.")
    + group("seed data", [
        (HB, "i.seed.hb", "What does the seed data for the market shop contain?"),
        (PW, "i.seed.pw", "What sample data do we load for the cider forecaster in development?")],
        "The development data set of %s.")
    + group("staging", [
        (HB, "i.stg.hb", "Where is staging for the market shop?"),
        (BL, "i.stg.bl", "Is there a staging copy of the bell rota app, and where does it run?")],
        "The staging setup of %s.")
    + group("formatter settings", [(HB, "i.fmt.hb", FMT), (BL, "i.fmt.bl", FMT), (PW, "i.fmt.pw", FMT)],
            "The formatter config file of %s.")
    + group("secrets and config location", [
        (HB, "i.sec.hb", "Where does the market shop keep its secrets?"),
        (BL, "i.sec.bl", "Where do the bell rota app's secrets live?"),
        (PW, "i.sec.pw", "Where are the cider forecaster's secrets and settings kept?")],
        "Where %s keeps secrets.")
)
