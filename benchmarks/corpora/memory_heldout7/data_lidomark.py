"""lidomark: Deno 2 + Fresh lane bookings and temperature board for a community lido."""
from authoring import Project

P = Project("lidomark", "lm", "~/src/lidomark")
sh, commit, note, chat, edit, file = P.sh, P.commit, P.note, P.chat, P.edit, P.file
q = P.q

# ---------------------------------------------------------------- paraphrase
commit("pa1", 22, """Compare slot windows in Europe/London instead of UTC

Use Temporal.ZonedDateTime for slot start/end. The kiosk QR check rejected
bookings for the first hour of every session after BST began.""",
       [("M", "utils/slots.ts"), ("M", "routes/api/checkin.ts")])
note("pa1d", 27, "Gate staff asked for a bigger font on the ticket screen - swimmers hold their "
     "phones at arm's length and the clocks on the kiosk wall are hard to read from the gate.")
q("paraphrase", "Why were swimmers turned away at the gate with a valid ticket after the "
  "clocks went forward?", "pa1", "QR check compared slot times in UTC, off by an hour once BST "
  "started; fixed with zoned times.", distractors=["pa1d"])

chat("pa2", 16, """User: Mollie hit our webhook twice for the same order and we ended up with a duplicate reservation row in KV.
Assistant: Wrap the write in kv.atomic() with a .check() on the order entry's versionstamp so the second delivery becomes a no-op, and return 200 on replays so Mollie stops retrying.""")
note("pa2d", 18, "Family tickets: two adults and up to three kids, charged as one booking. "
     "Spots for under-5s are free and don't count against the lane.")
q("paraphrase", "How come a family got charged for two spots when they'd only booked one?",
  "pa2", "Duplicate webhook delivery created a second reservation; fixed with an atomic "
  "versionstamp check.", distractors=["pa2d"])

note("pa3", 24, "Lane capacity counter never went down on cancellations: the decrement lived in "
     "the refund path only, so free cancels left the count inflated. Moved the decrement into "
     "cancelReservation() and recounted from the reservations table.")
note("pa3d", 26, "Morning sessions: pool opens 6:30, the board keeps showing yesterday's "
     "temperature until staff update it, half the lanes roped for lengths.")
q("paraphrase", "Why did the morning sessions keep showing as full when the pool was half "
  "empty?", "pa3", "Capacity was only decremented on refunds, so cancellations never freed "
  "places.", distractors=["pa3d"])

commit("pa4", 31, """Keep the SSE feed alive through Caddy

Send a comment ping every 20s and reconnect in the island on error.
Caddy dropped idle /events connections after a minute and the
EventSource never came back on its own.""",
       [("M", "islands/LiveReading.tsx"), ("M", "routes/api/events.ts")])
note("pa4d", 33, "Water temperature screen by the entrance: committee wants C and F side by "
     "side, plus a line saying when someone last took the reading.")
q("paraphrase", "What made the water-temperature screen by the entrance stop updating until "
  "someone reloaded it?", "pa4", "The proxy closed idle SSE connections and the client never "
  "reconnected.", distractors=["pa4d"])

note("pa5", 19, "DNS for mg.lidomark.example.com: added the SPF include for mailgun and the "
     "DKIM CNAME. Gmail was junking everything from the unauthenticated subdomain.")
note("pa5d", 21, "Members asked whether receipts can show the VAT line. Landing page copy: "
     "spam-free newsletter, one email a month.")
q("paraphrase", "Why were some members' receipts landing in spam?", "pa5",
  "Mail came from a subdomain without SPF/DKIM.", distractors=["pa5d"])

commit("pa6", 35, """Don't let the edge cache /account

The middleware set Cache-Control: public on every route, so Deno Deploy
served one cached HTML render to whoever came next. private, no-store for
anything behind the session cookie.""", [("M", "routes/_middleware.ts")])
note("pa6d", 37, "Season ticket holders: print the name at the top of the card, page two lists "
     "the early-swim dates and the lane etiquette.")
q("paraphrase", "How come the season-ticket holders saw someone else's name at the top of the "
  "page?", "pa6", "The account page was cached publicly at the edge.", distractors=["pa6d"])

commit("pa7", 39, """Fix recurrence generator dropping the last occurrence

rrule UNTIL was compared against midnight UTC, so the final occurrence
in each block was skipped.""", [("M", "utils/recurrence.ts"), ("M", "tests/recurrence_test.ts")])
note("pa7d", 40, "Timetable for the week after half-term: early swim moves to 6:45, Sunday "
     "family swim unchanged, nothing should vanish from the printed copy.")
q("paraphrase", "Why did Sunday's early swim vanish from the timetable for a week?", "pa7",
  "The recurrence UNTIL bound was exclusive in UTC and the last occurrence was dropped.",
  distractors=["pa7d"])

# -------------------------------------------------------------- command_fact
sh("cf1d", 3, "docker run -d --name lido-mail -p 8025:8025 -p 1025:1025 axllent/mailpit\n"
   "3f9c1e0a7b22d4")
sh("cf1", 3, "docker run -d --name lido-pg -e POSTGRES_PASSWORD=devpass -p 54329:5432 "
   "postgres:16\n9b01c4d2e6f8a1")
q("command_fact", "What host port did I put the lido's local Postgres container on?", "cf1",
  "Only the docker run mapping shows the host port.", keys=["54329:5432"], distractors=["cf1d"])

sh("cf2d", 42, "deno --version\ndeno 2.1.4 (stable, release, aarch64-apple-darwin)\n"
   "v8 13.0.245.12-rusty\ntypescript 5.6.2")
sh("cf2", 42, "ssh lidovps deno --version\ndeno 2.0.6 (stable, release, "
   "x86_64-unknown-linux-gnu)\nv8 12.9.202.13-rusty\ntypescript 5.6.2")
q("command_fact", "Which Deno release is actually installed on the lido box?", "cf2",
  "The ssh'd version check on the VPS.", keys=["2.0.6"], distractors=["cf2d"], asked=None)

sh("cf3", 15, "deno test -A tests/booking_test.ts\n...\nFAILED | 31 passed | 3 failed (2s)\n"
   "error: Test failed", code=1)
sh("cf3d", 16, "deno test -A tests/booking_test.ts\nok | 34 passed | 0 failed (2s)")
q("command_fact", "How many booking tests were red before the double-webhook fix went in?",
  "cf3", "The failing deno test run on day 15.", keys=["31 passed | 3 failed"],
  distractors=["cf3d"])

sh("cf4d", 5, "deno task seed --help\nUsage: seed [--lanes N] [--pool NAME] [--days N]")
sh("cf4", 5, "deno task seed --lanes 6 --pool main --days 21\nseeded 6 lanes, 147 sessions")
q("command_fact", "How many lanes did I fill the dev database with?", "cf4",
  "Only the seed command's flag and output.", keys=["--lanes 6"], distractors=["cf4d"])

sh("cf5", 29, "deno task build\nBuilding islands...\n  islands/BookingForm.tsx  41.7 kB\n"
   "  islands/LiveReading.tsx  6.3 kB\nDone in 3.2s")
sh("cf5d", 28, "deno task check\nCheck file:///home/dev/src/lidomark/main.ts\n"
   "Check file:///home/dev/src/lidomark/islands/BookingForm.tsx")
q("command_fact", "How heavy was the booking form's client bundle after the build?", "cf5",
  "Only the build output lists island sizes.", keys=["41.7 kB"], distractors=["cf5d"])

commit("cf6", 12, "Bump fresh to 1.7.3 and preact to 10.24.3", [("M", "deno.json"),
       ("M", "deno.lock")])
sh("cf6d", 12, "deno outdated\n@preact/signals  1.3.0  1.3.1\npreact  10.22.0  10.24.3")
q("command_fact", "Which Fresh version did we land on when we ported the routes?", "cf6",
  "Only the bump commit names the version.", keys=["1.7.3"], distractors=["cf6d"])

sh("cf7", 47, "k6 run load/booking.js\n     http_req_duration..: avg=84.2ms  min=21ms  "
   "med=70ms  max=601ms  p(90)=171ms  p(95)=212.66ms\n     http_reqs.........: 4800")
sh("cf7d", 47, "k6 run load/timetable.js\n     http_req_duration..: avg=12.9ms  min=4ms  "
   "med=10ms  max=88ms  p(90)=22ms  p(95)=27.1ms")
q("command_fact", "What was the 95th percentile on the booking endpoint in the load test?",
  "cf7", "k6 output for load/booking.js.", keys=["212.66ms"], distractors=["cf7d"])

# ---------------------------------------------------------- knowledge_update
note("ku1a", 5, "Booking window: everyone can book 7 days ahead.")
commit("ku1b", 20, "Open bookings 14 days ahead\n\nCommittee wants the summer holiday weeks "
       "bookable earlier.", [("M", "utils/rules.ts")])
note("ku1c", 41, "Booking window now 10 days ahead for members and 3 days for "
     "pay-as-you-go. 14 days let a few people block out whole weeks.")
q("knowledge_update", "How far in advance can people book a lane now?", "ku1c",
  "7 -> 14 -> 10 days (members) / 3 (PAYG).", outdated=["ku1a", "ku1b"])

note("ku2a", 3, "All state lives in Deno KV for now: bookings, members, sessions.")
commit("ku2b", 33, "Move bookings and members to Postgres (postgres.js)\n\nKV stays for "
       "sessions and rate limiting only.", [("A", "db/schema.sql"), ("M", "utils/db.ts"),
                                            ("M", "routes/api/book.ts")])
q("knowledge_update", "Where do the bookings live at the moment?", "ku2b",
  "KV -> Postgres on day 33.", outdated=["ku2a"])

note("ku3a", 2, "Hosting: Deno Deploy project lidomark, free tier.")
commit("ku3b", 38, "Deploy to our own VPS: Dockerfile + compose, Caddy in front\n\nDeno Deploy "
       "couldn't reach Postgres on the private network.",
       [("A", "Dockerfile"), ("A", "compose.yaml"), ("A", "deploy/Caddyfile")])
q("knowledge_update", "Where is the lido booking site hosted these days?", "ku3b",
  "Deno Deploy -> own VPS with Docker + Caddy.", outdated=["ku3a"], asked=None)

edit("ku4a", 9, "utils/rules.ts", "export const FREE_CANCEL_HOURS = 24;")
note("ku4b", 36, "Free cancellation now until 2 hours before the session - committee agreed "
     "after the complaints about rainy mornings.")
q("knowledge_update", "What's the free cancellation cut-off right now?", "ku4b",
  "24 h -> 2 h.", outdated=["ku4a"])

edit("ku5a", 4, "utils/rules.ts", "export const LANE_CAPACITY = 8;")
commit("ku5b", 23, "Cap lanes at 6 swimmers\n\nLifeguards said 8 was too many in the fast "
       "lane.", [("M", "utils/rules.ts")])
note("ku5c", 46, "Lane cap back up to 7 swimmers per lane; the slow lane stays at 5.")
q("knowledge_update", "How many swimmers do we let into a lane currently?", "ku5c",
  "8 -> 6 -> 7 (slow lane 5).", outdated=["ku5a", "ku5b"])

commit("ku6a", 11, "Send receipts via Mailgun", [("M", "utils/mail.ts"), ("M", ".env.example")])
note("ku6b", 44, "Switched outgoing mail to Brevo - the free tier covers our volume and "
     "Mailgun's started charging for the sandbox domain.")
q("knowledge_update", "What service are the booking emails sent through now?", "ku6b",
  "Mailgun -> Brevo.", outdated=["ku6a"])

note("ku7a", 6, "Sessions are 45 minutes with a 15 minute changeover.")
commit("ku7b", 30, "Make sessions 55 minutes with a 5 minute changeover",
       [("M", "utils/slots.ts"), ("M", "tests/slots_test.ts")])
q("knowledge_update", "How long is each swim slot these days?", "ku7b", "45 -> 55 minutes.",
  outdated=["ku7a"])

# ------------------------------------------------------------- first_attempt
note("fa1a", 3, "Payments: people pay at the gate on the SumUp card reader; the site only "
     "reserves a place.")
commit("fa1b", 15, "Mollie checkout for advance bookings", [("A", "routes/api/mollie.ts"),
       ("M", "routes/book.tsx")])
q("first_attempt", "How did people pay for a swim at the very start?", "fa1a",
  "Card reader at the gate before Mollie.", outdated=["fa1b", "pa2"])

commit("fa2a", 1, "Initial Hono + JSX server on Deno", [("A", "main.ts"), ("A", "deno.json")])
commit("fa2b", 12, "Port routes to Fresh 1.7 with islands", [("A", "fresh.gen.ts"),
       ("M", "main.ts"), ("A", "routes/index.tsx")])
q("first_attempt", "What was the lido site built on before we moved to Fresh?", "fa2a",
  "Hono came first.", outdated=["fa2b"], asked=None)

note("fa3a", 8, "Gate check for now: printed list of names per session, ticked off on a "
     "clipboard.")
commit("fa3b", 22, "Kiosk check-in page with html5-qrcode scanner", [("A", "routes/kiosk.tsx"),
       ("A", "islands/Scanner.tsx")])
note("fa3c", 45, "Swapped html5-qrcode for the zxing-wasm reader - much faster on the old "
     "kiosk tablet.")
q("first_attempt", "How did the gate staff check people in originally?", "fa3a",
  "Printed clipboard list before QR scanning.", outdated=["fa3b", "fa3c"])

edit("fa4a", 10, "utils/slots.ts", "Store slot start as a naive local string like "
     "'2024-06-01T07:00' and compare strings.")
q("first_attempt", "How did we handle session times at first?", "fa4a",
  "Naive local strings before zoned times (pa1).", outdated=["pa1"])

note("fa5a", 4, "Login: booking reference + surname. No accounts yet.")
note("fa5b", 19, "Login is magic links by email now; the reference + surname form is gone.")
q("first_attempt", "How did members sign in to begin with?", "fa5a",
  "Reference + surname before magic links.", outdated=["fa5b"])

commit("fa6a", 14, "Throttle /api/book: in-memory counter per IP in middleware",
       [("M", "routes/_middleware.ts")])
note("fa6b", 26, "Rate limit moved into KV with expireIn - the in-memory counter reset on every "
     "new isolate so the bot just kept going.")
q("first_attempt", "What did we first use to stop the bot hammering the booking endpoint?",
  "fa6a", "In-memory per-IP counter, later KV.", outdated=["fa6b"])

note("fa7a", 7, "Timetable is a static JSON file (static/timetable.json) edited by hand each "
     "week.")
commit("fa7b", 25, "Generate the timetable from recurrence rules (rrule)",
       [("A", "utils/recurrence.ts"), ("D", "static/timetable.json")])
q("first_attempt", "Where did the timetable come from in the beginning?", "fa7a",
  "Hand-edited JSON before rrule generation.", outdated=["fa7b", "pa7"])

# ------------------------------------------------------------------- fillers
commit(None, (2, 20), "Add lane picker with swim-speed labels", [("M", "islands/BookingForm.tsx")],
       role="filler")
commit(None, (10, 40), "Tidy deno.json tasks, add check task", [("M", "deno.json")], role="filler")
commit(None, (20, 50), "Show sold-out badge on the timetable", [("M", "routes/index.tsx"),
       ("M", "static/styles.css")], role="filler")
commit(None, (30, 58), "Lifeguard rota export as CSV for the office",
       [("A", "routes/api/rota.csv.ts")], role="filler")
commit(None, (40, 60), "Bump std to 1.0.8", [("M", "deno.lock")], role="filler")
chat(None, (5, 30), """User: In Fresh, can an island read the signed-in member from ctx.state?
Assistant: Not directly - islands render on the client. Pass the fields you need as props from the route, and keep anything sensitive server-side.""", role="filler")
chat(None, (25, 55), """User: cursor: write a test for the lane picker when all lanes are full
Assistant: Added tests/lane_picker_test.ts with a fixture where every lane has 0 places; asserts the button is disabled.""",
     src="cursor", files=["tests/lane_picker_test.ts"], role="filler")
note(None, (10, 35), "Committee meeting: want a 'quiet lane' on Tuesday evenings, and the temp "
     "board should show the air temperature too.", role="filler")
note(None, (35, 60), "Kiosk tablet battery dies by noon in cold weather - ask for a power "
     "socket by the gate.", role="filler")
edit(None, (8, 30), "static/styles.css", "Bigger tap targets on the lane buttons (48px).",
     role="filler")
edit(None, (30, 60), "routes/index.tsx", "Move the temperature card above the timetable.",
     src="cursor", role="filler")
file(None, (15, 45), "deno.json", """{
  "tasks": { "dev": "deno run -A --watch=static/,routes/ dev.ts", "build": "deno run -A dev.ts build" },
  "lock": true,
  "nodeModulesDir": "auto"
}""", role="filler")

# ---------------------------------------------------------------------- pool
pc = P.pool_cmd
pc("deno task dev\nWatcher Process started.\n Fresh ready\n    Local: http://localhost:8000/", w=3)
pc("deno fmt --check\nChecked 48 files", w=2)
pc("deno lint\nChecked 41 files", w=2)
pc("deno fmt --check\nfrom /home/dev/src/lidomark/islands/Scanner.tsx:\n  12 | -  const x=1\n"
   "error: Found 1 not formatted file in 48 files", code=1)
pc("deno test -A\nok | 58 passed | 0 failed (4s)", lo=16, w=2)
pc("deno test -A tests/slots_test.ts\nok | 9 passed | 0 failed (310ms)", w=1.5)
pc("deno check main.ts\nerror: TS2339 [ERROR]: Property 'lane' does not exist on type "
   "'Reservation'.\n    at file:///home/dev/src/lidomark/routes/api/book.ts:27:18", code=1)
pc("git status -sb\n## main...origin/main\n M routes/index.tsx", w=2)
pc("git pull --rebase\nAlready up to date.", w=1.5)
pc("curl -s localhost:8000/api/timetable | jq '.[0]'\n{\n  \"start\": \"07:00\",\n  \"lane\": 1,"
   "\n  \"free\": 4\n}", w=1.5)
pc("curl -sI localhost:8000/account | head -3\nHTTP/1.1 302 Found\nlocation: /login", w=1)
pc("deployctl deploy --project=lidomark --prod main.ts\n✔ Deployment complete.", hi=37)
pc("deno run -A scripts/kv_dump.ts --prefix reservations | wc -l\n412", hi=32)
pc("psql -h localhost -p 54329 -U postgres lido -c 'select count(*) from reservations'\n"
   " count\n-------\n  1288", lo=33)
pc("docker compose logs -f --tail 50 app", lo=38)
pc("ssh lidovps 'docker compose ps'\nNAME       STATUS\napp        Up 2 days\ncaddy      Up 2 days"
   "\ndb         Up 2 days", lo=38)
pc("rg -n 'FREE_CANCEL' utils routes\nutils/rules.ts:3:export const FREE_CANCEL_HOURS", hi=35)
pc("deno task seed --days 7\nseeded 6 lanes, 49 sessions", lo=6)
pc("npx --yes @axe-core/cli http://localhost:8000/book\n0 violations found!")
pc("code routes/book.tsx", w=1)
