"""reelhouse (rh): Crystal + Kemal box office for a volunteer-run village cinema.

Day 0 is Monday 6 January 2025.
"""
from authoring import sh, commit, note, chat, edit, file, pool_cmd, q

NAME = "reelhouse"
ABBR = "rh"
CWD = "~/code/reelhouse"

R = []   # hand-placed records
Q = []   # questions

# ---------------------------------------------------------------- paraphrase
R += [
    commit("rh_p1_ans", 46,
           "Stripe webhook: skip checkout.session.completed events we already stored\n\n"
           "Stripe retried the event after our handler took >10 s (slow SMTP inside the request),\n"
           "and the retry inserted a second booking row and a second PaymentIntent capture.\n"
           "Store event.id in stripe_events with a unique index and return 200 on conflict.",
           ["M src/webhooks/stripe.cr", "A db/migrations/20250221_stripe_events.sql", "M spec/webhooks/stripe_spec.cr"]),
    note("rh_p1_dis", 47,
         "Film night quiz prep: people asked twice whether the raffle would get charged to their card. "
         "It won't, raffle is cash only at the door.", cli=False),
    commit("rh_p2_ans", 18,
           "Expire unpaid holds after 15 minutes\n\n"
           "Pending bookings (checkout opened, never paid) counted against capacity forever,\n"
           "so a screening could refuse new buyers with 40 chairs free. Sweeper fiber runs every minute.",
           ["M src/booking/holds.cr", "A src/jobs/hold_sweeper.cr", "M spec/booking/holds_spec.cr"]),
    note("rh_p2_dis", 19,
         "Poster for the February programme: put a 'sold out' banner style on the shop window "
         "version, half the seats in the hall still need new covers - ask the parish council.", cli=False),
    commit("rh_p3_ans", 23,
           "slugify: transliterate é/ü/ñ instead of dropping them\n\n"
           "'Amélie' became 'am-lie' in the URL but the lookup re-slugged the stored title to 'amelie',\n"
           "so the route 404'd. Use a transliteration table and store the slug once.",
           ["M src/util/slug.cr", "M spec/util/slug_spec.cr", "A db/migrations/20250129_film_slug.sql"]),
    chat("rh_p3_dis", 24,
         "User: For the French film evening, can anyone suggest a page of short intro notes I could "
         "open with? Something about the director.\n"
         "Assistant: You could open with two or three sentences on Jean-Pierre Jeunet's earlier work ..."),
    edit("rh_p4_ans", 15, "config/schedule.cr",
         "Reminder mailer: the crontab line said '0 2 * * *' (hour field), so the day-of reminders went out "
         "just after two in the small hours. Now '0 14 * * *', and only for screenings starting after 17:00.",
         src="cursor"),
    note("rh_p4_dis", 16,
         "Patrons message from the Tuesday night: can we do a 'see you tonight' slide before the main "
         "feature with the next month's films? Ask Priya for the middle slot in the ads.", cli=False),
    commit("rh_p5_ans", 28,
           "BBFC gate: compare minimum ages as Int, not rating strings\n\n"
           "The check did rating <= buyer_rating on String, and \"18\" sorts before \"PG\" and \"12A\",\n"
           "so a junior member account passed the 18 certificate. Map U/PG/12A/15/18 to 0/0/12/15/18.",
           ["M src/booking/certificate.cr", "M spec/booking/certificate_spec.cr"]),
    note("rh_p5_dis", 29,
         "Box office rota: Hannah can't do Saturday. Reminder that a child under 12 can only buy a "
         "ticket for the family film with an adult present; adults-only screenings need ID at the door.",
         cli=False),
    commit("rh_p6_ans", 50,
           "Bulk refund: keep going after a failed card\n\n"
           "When we called off the 22 Feb screening the loop raised on the first expired card and the\n"
           "remaining 61 bookings were never refunded. Rescue per booking, log failures, email the list to\n"
           "the treasurer.",
           ["M src/admin/cancel_screening.cr", "M spec/admin/cancel_screening_spec.cr"]),
    chat("rh_p6_dis", 51,
         "User: how do I give people a discount code automatically when they book a second show in "
         "the same month? Money isn't the issue, it's the admin.\n"
         "Assistant: Add a check in the checkout step that looks up the member's bookings for the month ..."),
    chat("rh_p7_ans", 32,
         "User: /whats-on takes nearly 3 s since the March listings were loaded. Why?\n"
         "Assistant: Each screening row fetches its film separately - an N+1 pattern, 184 queries for that "
         "listings view. Preload films and certificates with one join; p95 should drop to ~140 ms.",
         src="cursor", files=["src/pages/listings.cr"]),
    note("rh_p7_dis", 33,
         "Website: new month's programme goes live on the 20th every time. Crawl through the "
         "trailers and check every link before it goes out.", cli=False),
]
Q += [
    q("paraphrase", "Why did some people end up paying twice for a single film night?",
      ["rh_p1_ans"], "duplicate Stripe webhook deliveries created a second booking and capture",
      distractors=["rh_p1_dis"]),
    q("paraphrase", "How come the 'sold out' banner showed up while half the hall was still empty?",
      ["rh_p2_ans"], "unpaid pending holds were counted against capacity forever",
      distractors=["rh_p2_dis"]),
    q("paraphrase", "Why couldn't anyone open the page for the French film?",
      ["rh_p3_ans"], "the accented title slugged differently on save and lookup, so the route 404'd",
      distractors=["rh_p3_dis"]),
    q("paraphrase", "Why were patrons woken up by their 'see you tonight' message in the middle of the night?",
      ["rh_p4_ans"], "the reminder cron used hour 2 instead of 14",
      distractors=["rh_p4_dis"]),
    q("paraphrase", "How did a kid manage to buy a ticket for an adults-only film?",
      ["rh_p5_ans"], "certificate strings were compared lexically, so \"18\" passed for a junior account",
      distractors=["rh_p5_dis"]),
    q("paraphrase", "When we called off a show, why didn't everybody get their money back automatically?",
      ["rh_p6_ans"], "the bulk refund loop stopped at the first failed card",
      distractors=["rh_p6_dis"]),
    q("paraphrase", "Why did the website crawl every time the new month's programme went live?",
      ["rh_p7_ans"], "N+1 queries on the listings page (184 queries)",
      distractors=["rh_p7_dis"]),
]

# ---------------------------------------------------------------- command_fact
R += [
    sh("rh_c1_ans", 11, "crystal run src/reelhouse.cr",
       "[development] Kemal is ready to lead at http://0.0.0.0:3011"),
    sh("rh_c1_dis", 12, "curl -s https://staging.reelhouse.example.com/healthz",
       '{"status":"ok","db":"ok","app":"reelhouse","locally_built":false}'),
    sh("rh_c2_ans", 44, "crystal spec",
       "........................................................................\n"
       "...................................................................F...\n\n"
       "Finished in 6.41 seconds\n143 examples, 1 failures, 0 errors, 0 pending\n\n"
       "Failed examples:\n\ncrystal spec spec/booking/seatmap_spec.cr:58 # Seatmap blocks wheelchair bays",
       code=1),
    sh("rh_c2_dis", 44, "crystal spec spec/booking/seatmap_spec.cr",
       "..........\n\nFinished in 118.2 milliseconds\n10 examples, 0 failures, 0 errors, 0 pending"),
    sh("rh_c3_ans", 38, "ls -lh bin/reelhouse",
       "-rwxr-xr-x 1 dev dev 9.4M Feb 13 21:07 bin/reelhouse"),
    sh("rh_c3_dis", 38, "docker build -q -t reelhouse:release . && docker images reelhouse",
       "sha256:4f0c2e9ab7d1c3\nREPOSITORY   TAG       IMAGE ID       CREATED          SIZE\n"
       "reelhouse    release   4f0c2e9ab7d1   12 seconds ago   31.6MB"),
    sh("rh_c4_ans", 9, "shards install",
       "Resolving dependencies\nFetching https://github.com/kemalcr/kemal.git\n"
       "Fetching https://github.com/luislavena/radix.git\nFetching https://github.com/crystal-loot/exception_page.git\n"
       "Installing kemal (1.6.0)\nInstalling radix (0.4.1)\nInstalling exception_page (0.4.1)\n"
       "Installing backtracer (1.2.2)\nWriting shard.lock"),
    note("rh_c4_dis", 10,
         "Kemal port done for the public pages; lock the admin routes behind the same before_all "
         "filter next. Which of the old handlers still need porting? /door and /returns.", cli=False),
    sh("rh_c5_ans", 41,
       "psql reelhouse -c \"select b.status, count(*) from bookings b join screenings s on s.id = b.screening_id "
       "where s.slug = 'casablanca-2025-02-15' group by 1\"",
       " status  | count\n---------+-------\n paid    |    87\n pending |     3\n(2 rows)"),
    sh("rh_c5_dis", 41,
       "psql reelhouse -c \"select count(*) from screenings where starts_at::date = '2025-02-15'\"",
       " count\n-------\n     2\n(1 row)"),
    commit("rh_c6_ans", 30,
           "Pin crystal-pg to 0.29.0\n\n0.28.x leaked a connection when a query raised inside\n"
           "transaction blocks; the pool ran dry after about an hour of Saturday sales.",
           ["M shard.yml", "M shard.lock"]),
    chat("rh_c6_dis", 29,
         "User: how can I tell whether our Postgres connection pool has a leak?\n"
         "Assistant: Watch pg_stat_activity for the app's database while you exercise it; a count that only "
         "ever grows, with idle-in-transaction rows, points at connections not returned to the pool."),
    sh("rh_c7_ans", 39, "time crystal build --release --static src/reelhouse.cr -o bin/reelhouse",
       "\nreal\t2m47.310s\nuser\t3m02.114s\nsys\t0m4.902s"),
    sh("rh_c7_dis", 39, "time crystal build src/reelhouse.cr -o bin/reelhouse",
       "\nreal\t0m21.055s\nuser\t0m30.812s\nsys\t0m2.201s"),
]
Q += [
    q("command_fact", "When I start the cinema app on my machine, which port does it come up on?",
      ["rh_c1_ans"], "Kemal's startup line prints 0.0.0.0:3011", keys=["0.0.0.0:3011"],
      distractors=["rh_c1_dis"]),
    q("command_fact", "How many test cases were in the whole spec suite the last time I ran all of it?",
      ["rh_c2_ans"], "the full crystal spec run reports 143 examples", keys=["143 examples"],
      distractors=["rh_c2_dis"]),
    q("command_fact", "How big did the release build of the server binary come out?",
      ["rh_c3_ans"], "ls -lh shows 9.4M", keys=["9.4M"], distractors=["rh_c3_dis"]),
    q("command_fact", "Which Kemal version did we end up installing when we ported the routes?",
      ["rh_c4_ans"], "shards install output: Installing kemal (1.6.0)", keys=["kemal (1.6.0)"],
      distractors=["rh_c4_dis"]),
    q("command_fact", "How many paid bookings did the Casablanca screening end up with?",
      ["rh_c5_ans"], "the psql count shows paid | 87", keys=["paid    |    87"], distractors=["rh_c5_dis"]),
    q("command_fact", "Which release of the Postgres driver did I pin because of the connection leak?",
      ["rh_c6_ans"], "commit pins crystal-pg to 0.29.0", keys=["0.29.0"], distractors=["rh_c6_dis"]),
    q("command_fact", "How long does a full optimised static build of the village cinema's server take?",
      ["rh_c7_ans"], "time output of the --release --static build: 2m47.310s", keys=["2m47.310s"],
      project=None, distractors=["rh_c7_dis"]),
]

# ---------------------------------------------------------------- knowledge_update
R += [
    commit("rh_k1_old", 5, "Cap ticket sales at 96 seats per screening\n\nHall A has 96 chairs; sales stop at 96.",
           ["M src/booking/capacity.cr", "M spec/booking/capacity_spec.cr"]),
    note("rh_k1_new", 42,
         "Seats per screening: cap is now 104 - the new back row passed the fire officer's check. "
         "The 4 wheelchair spaces are sold separately and are not part of the 104.", cli=False),
    edit("rh_k2_old1", 3, "src/pricing.cr",
         "ADULT_PENCE = 600  # standard adult ticket £6.00; members 500"),
    note("rh_k2_old2", 20,
         "Committee: standard adult ticket goes up to £6.50 from the February programme. Members stay £5.00.",
         cli=False),
    commit("rh_k2_new", 47,
           "Standard adult ticket £7.00, members £5.50\n\nAGM vote; film hire went up 15 %. Applies to "
           "screenings from 1 March.",
           ["M src/pricing.cr", "M spec/pricing_spec.cr", "M templates/prices.ecr"]),
    note("rh_k3_old", 8,
         "Box office checkout: card payments go through PayPal Checkout for now (the treasurer already has "
         "the account). Sandbox creds in .env.local.", cli=False),
    commit("rh_k3_new", 33,
           "Switch box office checkout from PayPal to Stripe Checkout\n\nPayPal forced a login wall on "
           "mobile for card payments; Stripe hosted checkout + webhook.",
           ["D src/payments/paypal.cr", "A src/payments/stripe.cr", "A src/webhooks/stripe.cr", "M src/pages/checkout.cr"]),
    edit("rh_k4_old", 2, "shard.yml", 'crystal: ">= 1.12.0"  # compiler pin, matches crystallang/crystal:1.12.1-alpine'),
    commit("rh_k4_new", 37,
           "Compiler pin: Crystal 1.14.1\n\nshard.yml crystal: \">= 1.14.0\", Dockerfile and CI image "
           "crystallang/crystal:1.14.1-alpine.",
           ["M shard.yml", "M Dockerfile", "M .forgejo/workflows/ci.yml"]),
    commit("rh_k5_old", 10,
           "Returns job: send box-office returns to the distributor 7 days after each screening",
           ["A src/jobs/returns.cr", "A templates/returns.ecr"]),
    note("rh_k5_new", 45,
         "Box-office returns to the distributor are now due 3 working days after the screening "
         "(new Filmbank terms from March). Returns job moved to run every weekday morning.", cli=False),
    commit("rh_k6_old", 6,
           "Send booking confirmation emails through Amazon SES (eu-west-2)",
           ["A src/mail/ses.cr", "M src/booking/confirm.cr"]),
    note("rh_k6_new", 36,
         "Booking confirmation emails now go out via Mailjet. SES never let us out of the sandbox "
         "(no production access for a 'hobby' volume). DKIM records added for reelhouse.example.com.",
         cli=False),
]
Q += [
    q("knowledge_update", "How many tickets can we sell for one screening now?",
      ["rh_k1_new"], "cap raised from 96 to 104 after the new back row", outdated=["rh_k1_old"]),
    q("knowledge_update", "What does a standard adult ticket cost at the moment?",
      ["rh_k2_new"], "£6.00 -> £6.50 -> £7.00 (members £5.50)", outdated=["rh_k2_old1", "rh_k2_old2"]),
    q("knowledge_update", "Which provider takes the card payments at the box office checkout these days?",
      ["rh_k3_new"], "PayPal Checkout was replaced by Stripe Checkout", outdated=["rh_k3_old"]),
    q("knowledge_update", "Which compiler version is the village cinema's ticketing code pinned to now?",
      ["rh_k4_new"], "pin moved from 1.12 to 1.14.1", outdated=["rh_k4_old"], project=None),
    q("knowledge_update", "How soon after a screening do the box-office returns have to reach the distributor now?",
      ["rh_k5_new"], "7 days -> 3 working days", outdated=["rh_k5_old"]),
    q("knowledge_update", "What sends the booking confirmation emails these days?",
      ["rh_k6_new"], "Amazon SES -> Mailjet", outdated=["rh_k6_old"]),
]

# ---------------------------------------------------------------- first_attempt
R += [
    commit("rh_f1_ans", 1,
           "Store screenings and bookings in SQLite (db/reelhouse.sqlite3) via crystal-sqlite3",
           ["A src/db.cr", "A db/schema.sql", "M shard.yml"]),
    note("rh_f1_l1", 26,
         "Bookings moved to Postgres 16 (crystal-pg). SQLite locked up under the Saturday on-sale rush "
         "(database is locked, twice). Old sqlite file archived.", cli=False),
    note("rh_f2_ans", 0,
         "Starting with Crystal's stdlib HTTP::Server and a hand-rolled router (case on path). No "
         "framework until it hurts.", cli=False),
    commit("rh_f2_l1", 9, "Port routes to Kemal\n\nThe hand-rolled router is gone; before_all filter for admin.",
           ["M src/reelhouse.cr", "D src/router.cr", "M shard.yml", "M shard.lock"]),
    commit("rh_f3_ans", 4,
           "deploy.sh: build static binary in crystallang/crystal:alpine, scp to boothvps, restart systemd unit",
           ["A deploy.sh", "A ops/reelhouse.service"]),
    note("rh_f3_l1", 40,
         "Deploys are docker compose now: push the image, then on boothvps `docker compose pull && docker "
         "compose up -d`. deploy.sh and the systemd unit removed.", cli=False),
    note("rh_f4_ans", 2,
         "Tickets are unreserved: first come, first seated. The app only counts how many are sold per "
         "screening; no seat numbers.", cli=False),
    commit("rh_f4_l1", 31,
           "Allocated seating: people pick seat numbers on a map of Hall A (rows A-K) at checkout",
           ["A src/booking/seatmap.cr", "A templates/seatmap.ecr", "A db/migrations/20250206_seats.sql"]),
    edit("rh_f5_ans", 1, "data/programme.yml",
         "Hand-written programme: one entry per screening with title, date, certificate and runtime."),
    commit("rh_f5_l1", 22, "Import film details from the TMDB API instead of programme.yml",
           ["A src/import/tmdb.cr", "D data/programme.yml", "M src/models/film.cr"]),
    note("rh_f5_l2", 52,
         "Programme now comes from the Filmbank booking CSV (dates, certificates, runtimes); TMDB only "
         "for posters and synopsis.", cli=False),
    note("rh_f6_ans", 6,
         "Door check for now: print the bookings list sorted by surname and tick names off with a pen.",
         cli=False),
    commit("rh_f6_l1", 27, "QR code on every ticket + /door scanner page for the volunteers' phones",
           ["A src/pages/door.cr", "A src/tickets/qr.cr", "M templates/ticket_email.ecr"]),
]
Q += [
    q("first_attempt", "Where did the bookings live at the very start?",
      ["rh_f1_ans"], "SQLite file first, Postgres 16 from day 26", outdated=["rh_f1_l1"]),
    q("first_attempt", "What served the web pages before we picked a framework?",
      ["rh_f2_ans"], "stdlib HTTP::Server + hand-rolled router, then Kemal", outdated=["rh_f2_l1"]),
    q("first_attempt", "How did we deploy the box office app originally?",
      ["rh_f3_ans"], "static binary + scp + systemd, later docker compose", outdated=["rh_f3_l1"]),
    q("first_attempt", "Did people get seat numbers at first?",
      ["rh_f4_ans"], "unreserved seating first; allocated seat map on day 31", outdated=["rh_f4_l1"]),
    q("first_attempt", "Where did the film listings come from initially?",
      ["rh_f5_ans"], "hand-written programme.yml, then TMDB, then the Filmbank CSV",
      outdated=["rh_f5_l1", "rh_f5_l2"]),
    q("first_attempt", "How were tickets checked at the door of the village cinema in the beginning?",
      ["rh_f6_ans"], "printed list ticked with a pen; QR scanner page later", outdated=["rh_f6_l1"],
      project=None),
]

# ---------------------------------------------------------------- fillers
R += [
    commit("rh_fill_c1", (0, 8), "Skeleton: reelhouse.cr, spec helper, shard.yml",
           ["A src/reelhouse.cr", "A spec/spec_helper.cr", "A shard.yml"]),
    commit("rh_fill_c2", (12, 25), "Screening admin: create, edit, cancel",
           ["A src/admin/screenings.cr", "A templates/admin/screenings.ecr"]),
    commit("rh_fill_c3", (25, 45), "Members: yearly membership with member price flag",
           ["A src/models/member.cr", "M src/pricing.cr", "A db/migrations/20250203_members.sql"]),
    commit("rh_fill_c4", (34, 55), "Ameba fixes: unused args, shadowed vars",
           ["M src/pages/checkout.cr", "M src/booking/holds.cr", "M .ameba.yml"]),
    commit("rh_fill_c5", (45, 60), "Accessibility: subtitled and relaxed screenings tagged on listings",
           ["M src/pages/listings.cr", "M templates/listings.ecr", "M src/models/screening.cr"]),
    chat("rh_fill_ch1", (3, 20),
         "User: In Crystal how do I read an env var with a default?\n"
         "Assistant: ENV.fetch(\"DATABASE_URL\", \"sqlite3://./db/reelhouse.sqlite3\") returns the default "
         "when the variable is unset."),
    chat("rh_fill_ch2", (30, 58),
         "User: what's the idiomatic way to run a background job every minute in a Kemal app?\n"
         "Assistant: spawn a fiber at boot with a loop that sleeps 60.seconds; keep the work small and "
         "rescue inside the loop so one failure doesn't kill the fiber.", src="cursor",
         files=["src/jobs/hold_sweeper.cr"]),
    note("rh_fill_n1", (5, 30),
         "Projectionist rota for February is in the shared drive. Nothing for the app."),
    note("rh_fill_n2", (30, 60),
         "Idea list: gift vouchers, a 'bring a friend' offer, a waiting list when a screening sells out."),
    edit("rh_fill_e1", (10, 35), "templates/listings.ecr",
         "Listings card: runtime and certificate badge next to the title.", src="cursor"),
    edit("rh_fill_e2", (35, 60), "src/pages/door.cr", "Door page: bigger green tick, vibrate on scan."),
    file("rh_fill_f1", (45, 60), "config/schedule.cr",
         'every 1.minute { HoldSweeper.run }\ncron "0 6 * * 1-5" { ReturnsJob.run }'),
]

# ---------------------------------------------------------------- shell pool
POOL = [
    pool_cmd("git status -sb", "## main...origin/main", w=4),
    pool_cmd("git pull --rebase", "Already up to date.", w=2),
    pool_cmd("git log --oneline -5", "", w=2),
    pool_cmd("crystal spec", "Finished in 5.02 seconds\n131 examples, 0 failures, 0 errors, 0 pending", lo=25, hi=43, w=2),
    pool_cmd("crystal spec", "Finished in 2.87 seconds\n64 examples, 0 failures, 0 errors, 0 pending", lo=0, hi=24, w=2),
    pool_cmd("crystal spec spec/pricing_spec.cr", "Finished in 41.3 milliseconds\n12 examples, 0 failures, 0 errors, 0 pending", w=1),
    pool_cmd("crystal tool format --check", "Formatting src/pages/checkout.cr produced changes", code=1, w=1),
    pool_cmd("crystal tool format", "", w=2),
    pool_cmd("bin/ameba", "Inspecting 58 files\n\n..........\n\n58 inspected, 0 failures", lo=14, w=2),
    pool_cmd("bin/ameba src/pages", "src/pages/checkout.cr:41:7\n[W] Lint/UselessAssign: Useless assignment to variable `total`\n\n21 inspected, 1 failure", code=1, lo=14, hi=40, w=1),
    pool_cmd("crystal build src/reelhouse.cr -o bin/reelhouse", "", w=3),
    pool_cmd("./bin/reelhouse", "", w=1),
    pool_cmd("sqlite3 db/reelhouse.sqlite3 '.tables'", "bookings   films      screenings", hi=25, w=2),
    pool_cmd("psql reelhouse -c '\\dt'", "", lo=26, w=2),
    pool_cmd("./deploy.sh", "building... uploading bin/reelhouse to boothvps ... restarted reelhouse.service", lo=4, hi=39, w=2),
    pool_cmd("ssh boothvps 'docker compose ps'", "NAME        IMAGE              STATUS\nreelhouse   reelhouse:latest   Up 2 hours\npostgres    postgres:16        Up 9 days", lo=40, w=2),
    pool_cmd("ssh boothvps 'journalctl -u reelhouse -n 20 --no-pager'", "", lo=4, hi=39, w=1),
    pool_cmd("curl -s https://reelhouse.example.com/whats-on | head -5", "<!doctype html>", lo=5, w=1),
    pool_cmd("shards outdated", "Dependencies are up to date!", lo=9, w=1),
    pool_cmd("shards build", "", code=1, w=1),
    pool_cmd("crystal --version", "Crystal 1.12.1 [4cea10199] (2024-04-11)\n\nLLVM: 15.0.7\nDefault target: x86_64-unknown-linux-gnu", hi=36, w=1),
    pool_cmd("crystal --version", "Crystal 1.14.1 [9cf9b9bc5] (2025-01-17)\n\nLLVM: 18.1.6\nDefault target: x86_64-unknown-linux-gnu", lo=37, w=1),
    pool_cmd("stripe listen --forward-to \"$APP_URL/webhooks/stripe\"", "> Ready! Your webhook signing secret is whsec_example (^C to quit)", lo=33, w=1),
    pool_cmd("tail -f log/development.log", "", w=1),
]
