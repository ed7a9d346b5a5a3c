"""purrwick (pk): Elm 0.19.1 front end + Hasura GraphQL + Postgres for a cat rescue charity.

Day 0 is Monday 6 January 2025.
"""
from authoring import sh, commit, note, chat, edit, file, pool_cmd, q

NAME = "purrwick"
ABBR = "pk"
CWD = "~/work/purrwick"

R = []
Q = []

# ---------------------------------------------------------------- paraphrase
R += [
    commit("pk_p1_ans", 29,
           "public_cats view: only status = 'ready'\n\n"
           "The view filtered status <> 'adopted', so rows in the new 'homed_trial' state stayed in the\n"
           "public listing for the two-week trial. Whitelist instead of blacklist.",
           ["A hasura/migrations/default/1706540000000_public_cats_ready/up.sql", "M hasura/metadata/databases/default/tables/public_public_cats.yaml"]),
    note("pk_p1_dis", 30,
         "Website copy: a cat 'available' badge should show up bigger on the new home page. Already "
         "asked Tom for the graphics.", cli=False),
    commit("pk_p2_ans", 13,
           "Row permission on people: own row only\n\n"
           "The select permission had no row filter, so any signed-in carer could query phone numbers and\n"
           "postal details of everybody else. Filter id = X-Hasura-User-Id; columns trimmed.",
           ["M hasura/metadata/databases/default/tables/public_people.yaml"]),
    note("pk_p2_dis", 14,
         "Fosterers' evening: each fosterer should see the new rota and the addresses of the two vets "
         "we use. Print copies for the people without email.", cli=False),
    chat("pk_p3_ans", 25,
         "User: the profile view renders nothing for rows from the SQL import, no error on screen.\n"
         "Assistant: Those rows have `images: null`, and Json.Decode.list fails on null, which fails the "
         "whole response decoder. Use Decode.nullable and Maybe.withDefault [] for that field.",
         src="cursor", files=["src/Api/Cat.elm"]),
    chat("pk_p3_dis", 26,
         "User: our cat profile page goes a bit blank-looking when someone opened it on a phone — "
         "what's a nice placeholder when there are no photos yet?\n"
         "Assistant: A soft silhouette illustration with 'Photos coming soon' works well ..."),
    commit("pk_p4_ans", 40,
           "Homings summary view: count(distinct homing id)\n\n"
           "The summary SQL joined vet_visits, so each homing was counted once per vet visit after the\n"
           "vet history import. Figures for January were 2.1x reality.",
           ["M db/views/homing_summary.sql"]),
    note("pk_p4_dis", 41,
         "Trustees' meeting: adoption report format after the migration to the new bank - they want "
         "the double-entry version, count of standing orders too.", cli=False),
    chat("pk_p5_ans", 11,
         "User: users get thrown back to the login screen halfway through a form. Auth0 SPA + Hasura.\n"
         "Assistant: Auth0 access tokens here live 300 s and nothing renews them. Call getTokenSilently() "
         "about 60 s before exp from a JS timer and pass the fresh token to Elm through a port."),
    note("pk_p5_dis", 12,
         "Volunteers keep asking for a kicked-out-of-the-rota reminder: who hasn't done a shift for a "
         "few weeks. Every month, not every week.", cli=False),
    commit("pk_p6_ans", 33,
           "Unknown birth dates: NULL instead of 1970-01-01\n\n"
           "The import wrote 0 for an unknown dob, which the profile turned into 55 years. Migration sets\n"
           "epoch rows to NULL; profile shows 'age unknown'.",
           ["A hasura/migrations/default/1707000000000_dob_null/up.sql", "M src/Page/Cat.elm"]),
    note("pk_p6_dis", 34,
         "Kitten season prep: say we get 54 kittens again like last year - the old pens won't cope. "
         "Years of wear on them.", cli=False),
]
Q += [
    q("paraphrase", "Why did a moggy that had already gone to its new family still appear as up for grabs?",
      ["pk_p1_ans"], "the public view blacklisted 'adopted' and missed the new homed_trial status",
      distractors=["pk_p1_dis"]),
    q("paraphrase", "Why could one fosterer see other volunteers' home addresses?",
      ["pk_p2_ans"], "no row filter on the people select permission for role foster",
      distractors=["pk_p2_dis"]),
    q("paraphrase", "Why did the page go blank when someone opened a cat that had no photos?",
      ["pk_p3_ans"], "null images from the SQL import failed the whole decoder",
      distractors=["pk_p3_dis"]),
    q("paraphrase", "Why did the adoption numbers on the trustees' report double after the migration?",
      ["pk_p4_ans"], "the join on vet_visits counted each homing once per vet visit",
      distractors=["pk_p4_dis"]),
    q("paraphrase", "Why did volunteers keep getting kicked out every few minutes?",
      ["pk_p5_ans"], "short-lived access tokens with no silent refresh",
      distractors=["pk_p5_dis"]),
    q("paraphrase", "Why did a kitten say she was 54 years old?",
      ["pk_p6_ans"], "unknown dob stored as epoch 0", distractors=["pk_p6_dis"]),
]

# ---------------------------------------------------------------- command_fact
R += [
    sh("pk_c1_ans", 25, "hasura migrate status --database-name default",
       "VERSION        NAME                    SOURCE STATUS  DATABASE STATUS\n"
       "1704900000000  init                    Present        Present\n"
       "1705500000000  vet_appointments        Present        Present\n"
       "1706112233000  add_weigh_ins           Present        Present\n"
       "1706200000000  weigh_in_units          Present        Not Present", cwd="~/work/purrwick/hasura"),
    sh("pk_c1_dis", 25, "hasura migrate apply --database-name default",
       "INFO migrations applied on database: default", cwd="~/work/purrwick/hasura"),
    sh("pk_c2_ans", 28, "npx vite build && gzip -c dist/assets/index-*.js | wc -c",
       "vite v5.0.12 building for production...\n✓ 41 modules transformed.\n"
       "dist/assets/index-5f1c9a2e.js  131.77 kB\n✓ built in 14.02s\n38214"),
    note("pk_c2_dis", 28,
         "Bundle size goal: the front-end bundle should be under 30 kB once compressed before the open "
         "day. Try elm-optimize-level-2 and check how big the CSS is too."),
    sh("pk_c3_ans", 37, "npx elm-test",
       "elm-test 0.19.1-revision12\n--------------------------\n\nRunning 96 tests. To reproduce these results, run: elm-test --fuzz 100 --seed 291038655\n\n"
       "TEST RUN PASSED\n\nDuration: 388 ms\nPassed:   96\nFailed:   0"),
    sh("pk_c3_dis", 37, "npx elm-test tests/CatDecoderTest.elm",
       "TEST RUN PASSED\n\nDuration: 61 ms\nPassed:   9\nFailed:   0"),
    sh("pk_c4_ans", 43,
       "docker compose exec postgres psql -U purrwick -c \"select status, count(*) from cats group by status order by 2 desc\"",
       "   status    | count\n-------------+-------\n ready       |    31\n fostered    |    23\n medical     |     6\n homed_trial |     4\n(4 rows)",
       cwd="~/work/purrwick/deploy"),
    sh("pk_c4_dis", 43,
       "docker compose exec postgres psql -U purrwick -c \"select count(*) from fosterers where active\"",
       " count\n-------\n    19\n(1 row)", cwd="~/work/purrwick/deploy"),
    sh("pk_c5_ans", 47,
       "docker compose exec postgres psql -U purrwick -c \"select pg_size_pretty(pg_database_size('purrwick'))\"",
       " pg_size_pretty\n----------------\n 412 MB\n(1 row)", cwd="~/work/purrwick/deploy"),
    note("pk_c5_dis", 47,
         "Database tidy-up: the rescue's old Google Form exports are still in the shared drive - checked "
         "it, about 3 GB of CSVs. Large photos folder too."),
    commit("pk_c6_ans", 23,
           "Pin graphql-engine image by digest\n\n"
           "hasura/graphql-engine:v2.36.1@sha256:9c41f0e27b5d8a13e6f2c0d4b7a9e15f3c28d06b41e7a9f2d5c83b10e6f4a7d2",
           ["M deploy/docker-compose.yml"]),
    sh("pk_c6_dis", 23, "docker compose pull graphql-engine",
       "[+] Pulling 1/1\n ✔ graphql-engine Pulled", cwd="~/work/purrwick/deploy"),
]
Q += [
    q("command_fact", "What's the version number of the newest schema change that's actually applied on the database?",
      ["pk_c1_ans"], "migrate status: 1706112233000 add_weigh_ins is the last Present/Present row",
      keys=["1706112233000"], distractors=["pk_c1_dis"]),
    q("command_fact", "How big is the compiled front-end bundle once it's gzipped?",
      ["pk_c2_ans"], "the gzip | wc -c prints 38214 bytes", keys=["38214"], distractors=["pk_c2_dis"]),
    q("command_fact", "How many unit tests does the Elm app have?",
      ["pk_c3_ans"], "the full elm-test run passed 96", keys=["Passed:   96"], distractors=["pk_c3_dis"]),
    q("command_fact", "How many cats were out with foster families when I last counted?",
      ["pk_c4_ans"], "psql status counts: fostered 23", keys=["fostered    |    23"],
      distractors=["pk_c4_dis"]),
    q("command_fact", "How large was the rescue's database when I checked it?",
      ["pk_c5_ans"], "pg_database_size: 412 MB", keys=["412 MB"], distractors=["pk_c5_dis"]),
    q("command_fact", "Which exact image digest is the cat rescue's GraphQL engine pinned to?",
      ["pk_c6_ans"], "commit pins sha256:9c41f0e27b…", keys=["9c41f0e27b5d"], project=None,
      distractors=["pk_c6_dis"]),
]

# ---------------------------------------------------------------- knowledge_update
R += [
    note("pk_k1_old", 4,
         "Volunteers sign in through Auth0 (free tier is plenty for us); Hasura reads the JWT claims "
         "from the Auth0 rule.", cli=False),
    commit("pk_k1_new", 35,
           "Volunteer sign in via self-hosted Zitadel instead of Auth0\n\n"
           "Hasura JWT claims come from a Zitadel action; Auth0 tenant to be deleted.",
           ["M src/Auth.elm", "M src/index.js", "M deploy/docker-compose.yml", "A deploy/zitadel/actions/hasura_claims.js"]),
    edit("pk_k2_old1", 3, "src/Fees.elm",
         "adoptionFee = 8000  -- pence, one cat"),
    commit("pk_k2_old2", 22,
           "Charge £95 to adopt a cat (trustees' meeting 20 Jan)",
           ["M src/Fees.elm", "M src/Page/Apply.elm"]),
    note("pk_k2_new", 48,
         "Adoption fee: £95 per cat, or £150 for a bonded pair adopted together. Kittens the same as "
         "adults. Fees.elm updated to match.", cli=False),
    commit("pk_k3_old", 8,
           "Cat photos served from Cloudinary (unsigned upload preset purrwick_cats)",
           ["A src/Upload.elm", "M src/index.js"]),
    note("pk_k3_new", 39,
         "Cat photos now live in the Bunny storage zone and are served through imgproxy on rescuebox "
         "(resize + webp). Cloudinary's free credits ran out in February.", cli=False),
    note("pk_k4_old", 10,
         "Rule from the trustees: every adopter needs an in-person home check before the cat goes.",
         cli=False),
    commit("pk_k4_new", 44,
           "Home check: allow a video call for returning adopters\n\n"
           "applications.repeat_adopter = true skips the in-person visit; first-time adopters still get one.",
           ["M src/Page/Application.elm", "A hasura/migrations/default/1708200000000_repeat_adopter/up.sql"]),
    edit("pk_k5_old", 0, "package.json",
         '"scripts": { "start": "parcel src/index.html", "build": "parcel build src/index.html" }  // bundler'),
    commit("pk_k5_new", 27,
           "Bundle with Vite + vite-plugin-elm instead of Parcel\n\nParcel's HMR kept dropping the Elm "
           "model; Vite rebuilds in under a second.",
           ["M package.json", "A vite.config.js", "D .parcelrc"]),
    edit("pk_k6_old", 22, "deploy/docker-compose.yml",
         "graphql-engine:\n  image: hasura/graphql-engine:v2.36.1  # Hasura engine version"),
    note("pk_k6_new", 41,
         "Hasura engine is on v2.44.0 now (upgraded on rescuebox, metadata export clean). Console only "
         "through `hasura console`.", cli=False),
    commit("pk_k7_old", 15,
           "Fosterers get booster reminders 14 days before the vaccination is due",
           ["A hasura/metadata/cron_triggers.yaml", "A functions/booster_reminder.js"]),
    note("pk_k7_new", 53,
         "Booster reminders now go to fosterers 21 days before the vaccination is due - the vets are "
         "booking three weeks out.", cli=False),
]
Q += [
    q("knowledge_update", "Which login service do volunteers sign in through now?",
      ["pk_k1_new"], "Auth0 replaced by self-hosted Zitadel", outdated=["pk_k1_old"]),
    q("knowledge_update", "What do we charge to adopt a cat at the moment?",
      ["pk_k2_new"], "£80 -> £95 -> £95 or £150 for a bonded pair", outdated=["pk_k2_old1", "pk_k2_old2"]),
    q("knowledge_update", "Where are the cat photos served from these days?",
      ["pk_k3_new"], "Cloudinary -> Bunny storage + imgproxy", outdated=["pk_k3_old"]),
    q("knowledge_update", "Does every adopter still need an in-person home check?",
      ["pk_k4_new"], "returning adopters can do a video call now", outdated=["pk_k4_old"]),
    q("knowledge_update", "What bundles the cat rescue's front end now?",
      ["pk_k5_new"], "Parcel -> Vite", outdated=["pk_k5_old"], project=None),
    q("knowledge_update", "Which Hasura engine version are we running at the moment?",
      ["pk_k6_new"], "v2.36.1 -> v2.44.0", outdated=["pk_k6_old"]),
    q("knowledge_update", "How far ahead of a vaccination being due do fosterers get the booster reminder now?",
      ["pk_k7_new"], "14 days -> 21 days", outdated=["pk_k7_old"]),
]

# ---------------------------------------------------------------- first_attempt
R += [
    note("pk_f1_ans", 1,
         "Adoption applications come in through the Google Form; Maisie copies each one into the app by "
         "hand.", cli=False),
    commit("pk_f1_l1", 16,
           "Adoption application form in the app\n\nHasura insert permission for role anonymous on "
           "applications; the Google Form is closed.",
           ["A src/Page/Apply.elm", "M hasura/metadata/databases/default/tables/public_applications.yaml"]),
    commit("pk_f2_ans", 2,
           "Cats list: hand-written GraphQL query string + Json.Decode",
           ["A src/Api/Cat.elm", "A src/Api.elm"]),
    commit("pk_f2_l1", 12,
           "Generate the Api modules with dillonkearns/elm-graphql",
           ["A src/Gql/", "M package.json", "M src/Api/Cat.elm"]),
    note("pk_f2_l2", 30,
         "Every query goes through elm-graphql now; deleted the last hand-written decoder for Hasura "
         "responses.", cli=False),
    note("pk_f3_ans", 5,
         "Microchip numbers: someone looks each one up on the chip database website by hand and ticks "
         "'verified' on the cat.", cli=False),
    commit("pk_f3_l1", 32,
           "Microchip numbers checked automatically: Hasura action check_microchip calls the chip database lookup API",
           ["A hasura/metadata/actions.graphql", "A functions/check_microchip.js", "M src/Page/Cat.elm"]),
    note("pk_f4_ans", 0,
         "GraphQL engine: a free Hasura Cloud project for now (purrwick-dev.hasura.example.com).",
         cli=False),
    commit("pk_f4_l1", 20,
           "docker-compose for Hasura + Postgres on rescuebox; retire the Hasura Cloud project",
           ["A deploy/docker-compose.yml", "A deploy/Caddyfile"]),
    edit("pk_f5_ans", 6, "src/Page/Cat.elm",
         "Kitten weights go into the free-text notes box on the cat for now (date + grams)."),
    commit("pk_f5_l1", 24,
           "Kitten weights get a weigh_ins table + weight chart on the cat page",
           ["M hasura/metadata/databases/default/tables/tables.yaml", "A src/Chart/Weight.elm", "M src/Page/Cat.elm"]),
    commit("pk_f6_ans", 9,
           "Event trigger on vet_appointments insert: email the fosterer via Gmail SMTP (nodemailer)",
           ["A functions/vet_appointment_email.js", "M hasura/metadata/databases/default/tables/public_vet_appointments.yaml"]),
    note("pk_f6_l1", 38,
         "Vet appointment alerts go to fosterers through the Telegram bot now; Gmail SMTP kept hitting "
         "its daily sending cap.", cli=False),
    commit("pk_f7_ans", 1, "Styling with rtfeldman/elm-css", ["M elm.json", "A src/Style.elm"]),
    commit("pk_f7_l1", 19, "Styling: replace elm-css with Tailwind utility classes (bundle size, build time)",
           ["D src/Style.elm", "A tailwind.config.js", "M elm.json"]),
]
Q += [
    q("first_attempt", "How did people apply to adopt at the very start?",
      ["pk_f1_ans"], "Google Form copied by hand, in-app form later", outdated=["pk_f1_l1"]),
    q("first_attempt", "How did the front end talk to Hasura originally?",
      ["pk_f2_ans"], "hand-written query strings + Json.Decode, then elm-graphql",
      outdated=["pk_f2_l1", "pk_f2_l2"]),
    q("first_attempt", "How were microchip numbers checked in the beginning?",
      ["pk_f3_ans"], "by hand on the chip database website, API action later", outdated=["pk_f3_l1"]),
    q("first_attempt", "Where was the GraphQL engine hosted at first?",
      ["pk_f4_ans"], "Hasura Cloud free project, then rescuebox", outdated=["pk_f4_l1"]),
    q("first_attempt", "Where did we record kitten weights to begin with?",
      ["pk_f5_ans"], "notes box, weigh_ins table later", outdated=["pk_f5_l1"]),
    q("first_attempt", "How were fosterers told about a new vet appointment initially?",
      ["pk_f6_ans"], "email through Gmail SMTP, Telegram later", outdated=["pk_f6_l1"]),
    q("first_attempt", "What did the cat rescue's app use for styling in the beginning?",
      ["pk_f7_ans"], "elm-css, Tailwind later", outdated=["pk_f7_l1"], project=None),
]

# ---------------------------------------------------------------- fillers
R += [
    commit("pk_fill_c1", (0, 6), "elm init, Main.elm with Browser.application",
           ["A elm.json", "A src/Main.elm", "A src/index.html"]),
    commit("pk_fill_c2", (7, 24), "Cat page: medical history tab",
           ["A src/Page/Cat/Medical.elm", "M src/Page/Cat.elm"]),
    commit("pk_fill_c3", (20, 42), "Fosterer dashboard: my cats, next vet visit",
           ["A src/Page/Dashboard.elm", "M src/Main.elm"]),
    commit("pk_fill_c4", (35, 55), "elm-review: NoUnused rules, fix 14 findings",
           ["A review/src/ReviewConfig.elm", "M src/Page/Apply.elm", "M src/Api.elm"]),
    commit("pk_fill_c5", (45, 60), "Donate button on the public cat page",
           ["M src/Page/PublicCat.elm"]),
    chat("pk_fill_ch1", (3, 22),
         "User: in Elm how do I decode a field that might be missing?\n"
         "Assistant: Json.Decode.maybe (field \"x\" string) returns Nothing when the field is absent; "
         "use optional fields in a pipeline decoder for several."),
    chat("pk_fill_ch2", (25, 58),
         "User: hasura: can I make a column read-only for one role?\n"
         "Assistant: Yes, in the role's update permission just leave that column unticked; select can "
         "still include it.", src="cursor", files=["hasura/metadata/databases/default/tables/public_cats.yaml"]),
    note("pk_fill_n1", (5, 30), "Open day 15 March - need a printable list of cats ready for homing."),
    note("pk_fill_n2", (30, 60), "Idea: sponsor-a-cat page with monthly standing order link."),
    edit("pk_fill_e1", (10, 40), "src/Page/Dashboard.elm", "Dashboard: sort cats by next vet date.",
         src="cursor"),
    edit("pk_fill_e2", (40, 60), "src/Page/PublicCat.elm", "Public cat page: larger first photo, alt text from name."),
    file("pk_fill_f1", (20, 55), "elm.json",
         '"direct": {\n  "elm/browser": "1.0.2",\n  "elm/core": "1.0.5",\n  "elm/json": "1.1.3",\n  "dillonkearns/elm-graphql": "6.0.0"\n}'),
]

# ---------------------------------------------------------------- shell pool
POOL = [
    pool_cmd("git status -sb", "## main...origin/main", w=4),
    pool_cmd("git pull --rebase", "Already up to date.", w=2),
    pool_cmd("npx elm-test", "TEST RUN PASSED\n\nDuration: 240 ms\nPassed:   58\nFailed:   0", hi=30, w=2),
    pool_cmd("npx elm-test", "TEST RUN PASSED\n\nDuration: 350 ms\nPassed:   88\nFailed:   0", lo=31, hi=36, w=2),
    pool_cmd("npx elm-format src/ --yes", "Processing file src/Page/Cat.elm", w=2),
    pool_cmd("npx elm-review", "-- ELM-REVIEW ERROR ------------------- src/Page/Apply.elm:12:1\n\nNoUnused.Variables: Imported variable `Html.Attributes.id` is not used\n\nI found 1 error in 1 file.", code=1, lo=35, w=1),
    pool_cmd("npx parcel src/index.html", "Server running at http://localhost:1234\n✨ Built in 1.42s", hi=26, w=2),
    pool_cmd("npx vite", "  VITE v5.0.12  ready in 412 ms\n\n  ➜  Local:   http://localhost:5173/", lo=27, w=2),
    pool_cmd("npx elm make src/Main.elm --output=/dev/null", "Success!", w=2),
    pool_cmd("npx elm make src/Main.elm --output=/dev/null", "-- TYPE MISMATCH ---------------------------------------------- src/Page/Cat.elm\n\nThe 2nd argument to `viewWeights` is not what I expect", code=1, w=1),
    pool_cmd("hasura metadata apply", "INFO Metadata applied", w=2, cwd="~/work/purrwick/hasura"),
    pool_cmd("hasura metadata export", "INFO Metadata exported", w=1, cwd="~/work/purrwick/hasura"),
    pool_cmd("hasura console", "INFO console running at: http://localhost:9695/", w=1, cwd="~/work/purrwick/hasura"),
    pool_cmd("ssh rescuebox 'cd purrwick && docker compose ps'", "NAME             STATUS\ngraphql-engine   Up 3 days\npostgres         Up 3 days", lo=20, w=2),
    pool_cmd("ssh rescuebox 'cd purrwick && docker compose logs --tail 20 graphql-engine'", "", lo=20, w=1),
    pool_cmd("npx elm-graphql http://localhost:8080/v1/graphql --base Gql --output src", "Success! Generated 38 files", lo=12, w=1),
    pool_cmd("npm ci", "added 214 packages in 9s", w=1),
    pool_cmd("npm outdated", "Package  Current  Wanted  Latest\nvite     5.0.12   5.0.13  5.1.0", lo=27, w=1),
    pool_cmd("curl -s http://localhost:8080/healthz", "OK", w=1),
]
