"""ferrydesk: Django + DRF + Celery backend for ferry cabin bookings."""
from authoring import Project

P = Project("ferrydesk", "ferry", "~/work/ferrydesk")

# =====================================================================
# paraphrase
# =====================================================================
P.note("ferry.race", 16,
       "Double-booked cabins: two confirm tasks raced on the same sailing and both saw a free cabin. Fix: "
       "`Cabin.objects.select_for_update().get(...)` inside transaction.atomic() in confirm_booking; covered "
       "by a test that fires two threads.")
P.note("ferry.race.d", 18,
       "Passengers asked whether two people can share one berth on the night crossing - yes, couchette "
       "berths sleep two; nothing stopped it in the UI either.")
P.q("paraphrase", "How did two passengers end up with the same berth, and what stopped it happening again?",
    ["ferry.race"], distractors=["ferry.race.d"],
    note="The note explains the race between confirm tasks and the row lock that prevents double booking.")

P.commit("ferry.pdfq", 23,
         "Render boarding-pass PDFs on a dedicated 'pdf' queue so slow rendering never delays payment webhooks",
         ["M ferrydesk/celery.py", "M tickets/tasks.py", "M deploy/compose.prod.yml"])
P.note("ferry.pdfq.d", 24,
       "Card callbacks: the acquirer retries for 24 h, so tickets must only be generated after capture is "
       "confirmed.")
P.q("paraphrase", "Why are tickets generated on a separate lane from the card callbacks?",
    ["ferry.pdfq"], distractors=["ferry.pdfq.d"],
    note="The commit routes PDF rendering to its own Celery queue so webhooks aren't delayed.")

P.note("ferry.leak", 37,
       "Worker RSS creeping to 1.8 GB over a day: WeasyPrint keeps font caches per process. Set "
       "worker_max_tasks_per_child=200 on the pdf worker; memory is now flat around 350 MB.")
P.note("ferry.leak.d", 38,
       "Queue consumers for ops: beat, worker-default, worker-pdf, flower. They run all day and night; "
       "flower is only reachable on the VPN.", cli=True)
P.q("paraphrase", "How did we stop the queue consumers from ballooning in RAM over a long day?",
    ["ferry.leak"], distractors=["ferry.leak.d"],
    note="Recycling the Celery child after 200 tasks stops the WeasyPrint memory growth.")

P.commit("ferry.refund", 49,
         "Refunds: store the provider refund id and ignore duplicate refund.succeeded webhooks",
         ["M payments/webhooks.py", "M payments/models.py", "A payments/migrations/0007_refund_provider_id.py"])
P.note("ferry.refund.d", 47,
       "Paying someone back twice happened once by hand: support did a bank transfer AND a card reversal for "
       "booking FD-2291. Recovered, but write it down in the support runbook.")
P.q("paraphrase", "How do we avoid paying someone back twice when the payment company resends its notification?",
    ["ferry.refund"], distractors=["ferry.refund.d"],
    note="The commit makes refund webhooks idempotent via the stored provider refund id.")

P.note("ferry.storm", 56,
       "Weather cancellations: the coastal authority feed marks a route 'INNSTILT'; a beat task every 5 min "
       "bulk-cancels affected sailings and emails passengers a rebooking link.")
P.note("ferry.storm.d", 55,
       "Storm season FAQ for travellers: crossings are usually off from Beaufort 9; check the website "
       "before driving to the terminal.")
P.q("paraphrase", "How do travellers find out their crossing is off because of a storm?",
    ["ferry.storm"], distractors=["ferry.storm.d"],
    project=None,
    note="The note describes the weather-cancellation task that emails passengers.")

P.chat("ferry.dst", 30,
       "User: the 02:30 departure on the night of the clock change showed up twice in the timetable.\n"
       "Assistant: You're building local datetimes with naive arithmetic. Store departures as UTC instants "
       "and convert with zoneinfo only for display; for the ambiguous hour pick fold=0 explicitly and add a "
       "test for the last Sunday of October.")
P.note("ferry.dst.d", 31,
       "Autumn schedule: one night sailing listed double on the printed poster - the operator's typo, not "
       "ours. Told them.")
P.q("paraphrase", "Why was a sailing listed double during the autumn hour shift?",
    ["ferry.dst"], distractors=["ferry.dst.d"],
    note="The chat explains the daylight-saving duplicate departure caused by naive datetime arithmetic.")

P.edit("ferry.cursor", 42, "ferrydesk/settings/base.py",
       "CONN_MAX_AGE = 60 and CONN_HEALTH_CHECKS = True; with pgbouncer in transaction mode also set "
       "DISABLE_SERVER_SIDE_CURSORS = True (iterator() was failing mid-export).")
P.note("ferry.cursor.d", 41,
       "Big exports: accounting wants the monthly passenger manifest as CSV; going via the admin action is "
       "too slow, do it as a task.")
P.q("paraphrase", "What did we change so big exports stop dying halfway when going via the pooler?",
    ["ferry.cursor"], distractors=["ferry.cursor.d"],
    note="Disabling server-side cursors fixes iterator() failures behind pgbouncer transaction pooling.")

# =====================================================================
# command_fact
# =====================================================================
P.sh("ferry.showmig", 28, "docker compose exec web python manage.py showmigrations bookings | tail -3",
     " [X] 0040_sailing_capacity_check\n [X] 0041_booking_group_size\n [ ] 0042_cabin_hold_expiry")
P.sh("ferry.showmig.d", 28, "docker compose exec web python manage.py migrate bookings 0041",
     "Operations to perform:\n  Target specific migration: 0041_booking_group_size, from bookings\n"
     "Running migrations:\n  No migrations to apply.")
P.q("command_fact", "Which bookings migration was still unapplied when I checked inside the container?",
    ["ferry.showmig"], keys=["0042_cabin_hold_expiry"], distractors=["ferry.showmig.d"],
    note="showmigrations marks 0042_cabin_hold_expiry as [ ] (not applied).")

P.sh("ferry.purge", 34, "celery -A ferrydesk purge -Q emails -f",
     "Purged 1312 messages from 1 known task queue.")
P.sh("ferry.purge.d", 34, "celery -A ferrydesk inspect reserved",
     "->  celery@worker-default-1: OK\n    - empty -")
P.q("command_fact", "How many queued mails did I throw away when I cleared the backlog?",
    ["ferry.purge"], keys=["1312"], distractors=["ferry.purge.d"],
    note="The purge output says 1312 messages were removed from the emails queue.")

P.sh("ferry.su", 12,
     "DJANGO_SUPERUSER_PASSWORD=devpass python manage.py createsuperuser --noinput --username opsadmin "
     "--email ops@example.com",
     "Superuser created successfully.")
P.note("ferry.su.d", 13,
       "Staging admin accounts: one login per person, no shared admin users; ask in the channel before "
       "creating one.")
P.q("command_fact", "What admin login name did I create on staging?",
    ["ferry.su"], keys=["opsadmin"], distractors=["ferry.su.d"],
    note="createsuperuser was run with --username opsadmin.")

P.sh("ferry.ptime", 45, "pytest -k \"refund and not slow\" -n 4 --reuse-db",
     "======================== 38 passed, 2 skipped in 11.42s ========================")
P.sh("ferry.ptime.d", 45, "pytest -k refund --reuse-db",
     "======================== 38 passed, 2 skipped in 41.07s ========================")
P.q("command_fact", "How long did the refund tests take when I ran them in parallel?",
    ["ferry.ptime"], keys=["11.42s"], distractors=["ferry.ptime.d"],
    note="pytest -n 4 with -k refund finished in 11.42s.")

P.sh("ferry.dump", 48, "pg_dump -Fc -d ferrydesk -t bookings_booking -f /tmp/bookings_pre_refund.dump")
P.sh("ferry.dump.d", 48, "pg_dump -Fc -d ferrydesk -f /tmp/ferrydesk_full.dump")
P.q("command_fact", "Which single table did I back up before the risky refund change?",
    ["ferry.dump"], keys=["-t bookings_booking"], distractors=["ferry.dump.d"],
    note="pg_dump was restricted with -t bookings_booking.")

P.commit("ferry.pin", 18,
         "Pin celery==5.3.6: 5.4.0 drops ETA tasks after a broker restart with our visibility_timeout",
         ["M requirements.in", "M requirements.txt"])
P.note("ferry.pin.d", 19,
       "Dependency review: kombu and the task queue library stay where they are until the broker question is "
       "settled; Django patch releases are fine to take.")
P.q("command_fact", "Which version of the task queue library are we stuck on, and why?",
    ["ferry.pin"], keys=["celery==5.3.6"], distractors=["ferry.pin.d"],
    project=None,
    note="The commit pins celery==5.3.6 and gives the ETA-task reason.")

# =====================================================================
# knowledge_update
# =====================================================================
P.note("ferry.broker.1", 10, "Celery broker: Redis (same instance as the cache, db 1).")
P.commit("ferry.broker.2", 29,
         "Switch the Celery broker to RabbitMQ; Redis lost ETA reminder tasks on restart",
         ["M ferrydesk/settings/base.py", "M deploy/compose.prod.yml", "M docker-compose.yml"])
P.q("knowledge_update", "Which message broker does Celery use?",
    ["ferry.broker.2"], outdated=["ferry.broker.1", "ferry.jobs.2"],
    note="Redis (day 8 Celery commit, day 10 note) until day 29, then RabbitMQ.")

P.note("ferry.hold.1", 9, "Cabin holds expire after 15 minutes if payment isn't completed.", cli=True)
P.commit("ferry.hold.2", 27,
         "Cabin holds expire after 10 minutes; abandoned checkouts were blocking cabins on busy sailings",
         ["M bookings/services.py", "M bookings/tasks.py"])
P.note("ferry.hold.3", 51,
       "Cabin holds: 10 minutes for single bookings, 20 minutes for group bookings of 6+ "
       "(HOLD_MINUTES_GROUP), because group leaders collect card details from everyone.")
P.q("knowledge_update", "How long is a cabin held while the customer pays?",
    ["ferry.hold.3"], outdated=["ferry.hold.1", "ferry.hold.2"],
    note="15 -> 10 -> 10/20 split by group size (day 51).")

P.note("ferry.pdf.1", 6, "Boarding passes: ReportLab canvas, every box drawn by hand in Python.")
P.commit("ferry.pdf.2", 21,
         "Boarding passes rendered from HTML templates with WeasyPrint; drop the ReportLab code",
         ["A tickets/templates/tickets/boarding_pass.html", "M tickets/render.py", "M requirements.in"])
P.q("knowledge_update", "What generates the boarding pass PDFs?",
    ["ferry.pdf.2"], outdated=["ferry.pdf.1"],
    note="ReportLab was replaced by WeasyPrint on day 21.")

P.edit("ferry.gun.1", 14, "deploy/gunicorn.conf.py", "workers = 4, worker_class = 'sync', timeout = 30.")
P.edit("ferry.gun.2", 40, "deploy/gunicorn.conf.py",
       "workers = 3, worker_class = 'gthread', threads = 4; the sync workers were all blocked on slow "
       "payment API calls.")
P.q("knowledge_update", "How is gunicorn configured in production?",
    ["ferry.gun.2"], outdated=["ferry.gun.1"],
    note="4 sync workers became 3 gthread workers x 4 threads on day 40.")

P.commit("ferry.pay.1", 11, "Payments via Paylink hosted checkout; webhook view at /payments/paylink/hook/",
         ["A payments/providers/paylink.py", "A payments/views.py", "M ferrydesk/urls.py"])
P.note("ferry.pay.2", 44,
       "Payments: new bookings go through Kassa now (lower card fees, a real refund API). Paylink stays "
       "read-only for the old bookings.")
P.q("knowledge_update", "Which payment provider handles checkout?",
    ["ferry.pay.2"], outdated=["ferry.pay.1"],
    note="Paylink until day 44, then Kassa.")

P.commit("ferry.remind.1", 19, "Check-in reminder email 24 h before departure (beat task)",
         ["M notifications/tasks.py", "M ferrydesk/celery.py"])
P.note("ferry.remind.2", 46,
       "Check-in reminders: the email now goes out 48 h before departure, plus an SMS 3 h before. 24 h was "
       "too late for people driving from far away.")
P.q("knowledge_update", "When are passengers reminded to check in?",
    ["ferry.remind.2"], outdated=["ferry.remind.1"],
    note="24 h email changed to 48 h email + 3 h SMS on day 46.")

# =====================================================================
# first_attempt
# =====================================================================
P.note("ferry.fw.1", 0,
       "Prototype booking API in Flask + SQLAlchemy, just to test the sailing/cabin model quickly.")
P.commit("ferry.fw.2", 2, "Start over on Django 5 + DRF: bookings, sailings and cabins apps",
         ["A manage.py", "A ferrydesk/settings/base.py", "A bookings/models.py", "A sailings/models.py"])
P.q("first_attempt", "What was the booking backend's very first prototype written in?",
    ["ferry.fw.1"], outdated=["ferry.fw.2"],
    note="Flask prototype on day 0; Django from day 2.")

P.commit("ferry.jobs.1", 5, "Background jobs with django-q (ORM broker) for confirmation emails",
         ["M ferrydesk/settings/base.py", "A notifications/tasks.py"])
P.commit("ferry.jobs.2", 8, "Replace django-q with Celery + Redis; emails become shared_task",
         ["A ferrydesk/celery.py", "M notifications/tasks.py", "M requirements.in"])
P.q("first_attempt", "What did we first run background jobs with?",
    ["ferry.jobs.1"], outdated=["ferry.jobs.2", "ferry.broker.1", "ferry.broker.2"],
    note="django-q on day 5; Celery on day 8 (Redis broker note day 10, RabbitMQ day 29).")

P.commit("ferry.map.1", 12, "Seat map v1: server-rendered SVG from a Django view",
         ["A bookings/views/seatmap.py", "A bookings/templates/bookings/seatmap.svg"])
P.commit("ferry.map.2", 32, "Seat map as htmx partials: click to hold a cabin without a page reload",
         ["M bookings/views/seatmap.py", "A bookings/templates/bookings/_deck.html", "M static/js/app.js"])
P.q("first_attempt", "How was the cabin map drawn in the first version?",
    ["ferry.map.1"], outdated=["ferry.map.2"],
    note="Server-rendered SVG on day 12, htmx partials on day 32.")

P.note("ferry.test.1", 15, "Tests: plain `manage.py test` with TestCase and JSON fixtures.", cli=True)
P.note("ferry.test.2", 24,
       "Tests: pytest-django + factory_boy from now on; the JSON fixtures are deleted. Run with pytest, not "
       "manage.py test.")
P.q("first_attempt", "What did we run the test suite with originally?",
    ["ferry.test.1"], outdated=["ferry.test.2"],
    note="Django's test runner on day 15; pytest-django on day 24.")

P.note("ferry.dep.1", 20,
       "Deploy v0: one VM (ferry-vm1), git pull + systemd units for gunicorn and celery.")
P.commit("ferry.dep.2", 38, "Deploy with docker compose on two VMs behind the load balancer",
         ["A deploy/compose.prod.yml", "A Dockerfile", "D deploy/systemd/ferry-gunicorn.service"])
P.commit("ferry.dep.3", 53, "Move to Nomad jobs: web, worker-default, worker-pdf, beat",
         ["A deploy/nomad/web.nomad.hcl", "A deploy/nomad/workers.nomad.hcl", "D deploy/compose.prod.yml"])
P.q("first_attempt", "Where did the app run when we first deployed it?",
    ["ferry.dep.1"], outdated=["ferry.dep.2", "ferry.dep.3"],
    note="Single VM with systemd first; compose on day 38, Nomad on day 53.")

P.commit("ferry.tt.1", 26, "Timetable import v1: parse the operator's XLSX with openpyxl",
         ["A sailings/importers/xlsx.py", "M requirements.in"])
P.note("ferry.tt.2", 35,
       "Timetable import: the operator publishes a GTFS feed now, imported with gtfs-kit. The XLSX importer "
       "is removed.")
P.q("first_attempt", "How did we first get timetable data in?",
    ["ferry.tt.1"], outdated=["ferry.tt.2"],
    note="XLSX via openpyxl on day 26; GTFS on day 35.")

# =====================================================================
# fillers
# =====================================================================
P.cmd("docker compose up -d", w=3)
P.cmd("docker compose up -d",
      "[+] Running 5/5\n ✔ Container ferrydesk-db-1      Running\n ✔ Container ferrydesk-redis-1   Running\n"
      " ✔ Container ferrydesk-web-1     Started\n ✔ Container ferrydesk-worker-1  Started\n"
      " ✔ Container ferrydesk-beat-1    Started", hi=28)
P.cmd("docker compose ps", w=2)
P.cmd("docker compose logs -f worker --tail 50", w=2, lo=8)
P.cmd("docker compose exec web python manage.py migrate", w=2)
P.cmd("docker compose exec web python manage.py migrate",
      "Operations to perform:\n  Apply all migrations: admin, auth, bookings, payments, sailings\n"
      "Running migrations:\n  No migrations to apply.")
P.cmd("python manage.py makemigrations bookings", lo=2)
P.cmd("python manage.py shell_plus", lo=2)
P.cmd("python manage.py runserver", w=2, lo=2)
P.cmd("pytest -x -q", lo=24, w=2)
P.cmd("pytest -x -q",
      "FAILED bookings/tests/test_hold.py::test_hold_expires - AssertionError: assert 'held' == 'expired'\n"
      "1 failed, 141 passed in 38.90s", exit=1, lo=24)
P.cmd("pytest --reuse-db -q", "214 passed, 3 skipped in 52.17s", lo=40)
P.cmd("python manage.py test bookings", hi=23)
P.cmd("ruff check .", w=2)
P.cmd("ruff check .", "bookings/services.py:88:5: F841 Local variable `hold` is assigned to but never used\n"
      "Found 1 error.", exit=1)
P.cmd("ruff format .")
P.cmd("pip-compile requirements.in -o requirements.txt")
P.cmd("pip install -r requirements.txt")
P.cmd("celery -A ferrydesk worker -l info -Q default,pdf", lo=23)
P.cmd("celery -A ferrydesk worker -l info", lo=8, hi=22)
P.cmd("celery -A ferrydesk beat -l info", lo=8)
P.cmd("celery -A ferrydesk inspect active", lo=8)
P.cmd("redis-cli -n 1 llen celery", "(integer) 0", lo=8, hi=28)
P.cmd("rabbitmqctl list_queues name messages", "name\tmessages\ndefault\t0\npdf\t3\nemails\t0", lo=29)
P.cmd("psql -d ferrydesk -c \"select status, count(*) from bookings_booking group by 1\"",
      " status   | count\n----------+-------\n confirmed|  4821\n held     |    12\n cancelled|   377", lo=10)
P.cmd("git status", w=3)
P.cmd("git pull --rebase", w=2)
P.cmd("git log --oneline -10")
P.cmd("ssh ferry-vm1 'sudo systemctl restart ferry-gunicorn ferry-celery'", lo=20, hi=37)
P.cmd("nomad job status ferrydesk-web", lo=53)
P.cmd("docker build -t ferrydesk:dev .", lo=38)
P.cmd("code .")

P.commit(None, None, "Sailing list API with route and date filters", ["M sailings/views.py", "M sailings/serializers.py"], lo=3)
P.commit(None, None, "Booking confirmation email template (nb, en)", ["A notifications/templates/confirm_nb.html", "A notifications/templates/confirm_en.html"], lo=5)
P.commit(None, None, "Admin: inline cabins on the ship admin page", ["M sailings/admin.py"], lo=4)
P.commit(None, None, "Vehicle bookings: length-based pricing", ["M bookings/pricing.py", "A bookings/migrations/0031_vehicle_length.py"], lo=13)
P.commit(None, None, "Capacity check constraint on sailings", ["A bookings/migrations/0040_sailing_capacity_check.py", "M bookings/models.py"], lo=19, hi=21)
P.commit(None, None, "Group size on bookings", ["A bookings/migrations/0041_booking_group_size.py", "M bookings/models.py"], lo=22, hi=26)
P.commit(None, None, "Sentry SDK with release tagging", ["M ferrydesk/settings/prod.py", "M requirements.in"], lo=20)
P.commit(None, None, "ruff config and pre-commit hooks", ["A ruff.toml", "A .pre-commit-config.yaml"], lo=4)
P.commit(None, None, "Throttle the public sailings API (anon 60/min)", ["M ferrydesk/settings/base.py"], lo=25)
P.commit(None, None, "Passenger manifest CSV export task", ["A bookings/tasks/export.py"], lo=41)
P.commit(None, None, "Fix N+1 in booking list (select_related sailing, route)", ["M bookings/views.py"], lo=19)
P.commit(None, None, "Flower behind the VPN in compose", ["M deploy/compose.prod.yml"], lo=38, hi=52)
P.commit(None, None, "Translate boarding pass to German", ["A tickets/templates/tickets/boarding_pass_de.html"], lo=22)
P.commit(None, None, "Bump Django to 5.0.6", ["M requirements.in", "M requirements.txt"], lo=30)
P.commit(None, None, "OpenAPI schema via drf-spectacular", ["M ferrydesk/urls.py", "M requirements.in"], lo=10)
P.commit(None, None, "Release 2024.05.2", ["M CHANGELOG.md"], lo=45)

P.chat(None, None,
       "User: DRF returns 403 instead of 401 for missing tokens\n"
       "Assistant: DRF returns 401 only when the first authentication class defines authenticate_header(); "
       "SessionAuthentication doesn't, so put TokenAuthentication first.", lo=6)
P.chat(None, None,
       "User: how should I model cabins vs berths?\n"
       "Assistant: Cabin belongs to a ship, Berth belongs to a cabin; a Booking reserves berths on a Sailing. "
       "Keep capacity on Cabin as a denormalised count you validate in a constraint.", lo=2, hi=10)
P.chat(None, None,
       "User: celery beat runs the cancel job twice after deploy\n"
       "Assistant: Two beat processes are running - the old container wasn't stopped. Run exactly one beat, "
       "or use a lock (redbeat or a DB advisory lock) in the task.", via="cursor", lo=20)
P.chat(None, None,
       "User: is there a clean way to send the same email in two languages?\n"
       "Assistant: Use translation.override(booking.language) around render_to_string and keep one template "
       "with {% trans %} blocks.", lo=5)
P.chat(None, None,
       "User: factory_boy SubFactory creates a new ship per cabin, tests are slow\n"
       "Assistant: Use factory.Iterator over a small pre-built set or pass ship=... explicitly in the test "
       "fixture.", via="cursor", lo=24)

P.note(None, None, "Operator contact wants a weekly CSV of no-shows. Ask what counts as a no-show.", lo=14)
P.note(None, None, "Peak weekend: Friday 16:00 BGO sailing sells out in 20 minutes; watch the hold queue.", cli=True, lo=20)
P.note(None, None, "TODO: vehicle height field, campervans over 2.5 m need the upper deck.", lo=13)
P.note(None, None, "Pricing rule from the operator: children under 4 free, 4-15 half price.", lo=7)
P.note(None, None, "Ops rota: I'm on call for payments the first week of June.", cli=True, lo=40)

P.edit(None, None, "bookings/services.py", "Extract hold_cabin() and release_hold() from the view.", lo=9)
P.edit(None, None, "sailings/serializers.py", "Add departure_local and arrival_local read-only fields.", via="cursor", lo=17)
P.edit(None, None, "notifications/tasks.py", "Log the booking reference on every send.", lo=8)
P.edit(None, None, "ferrydesk/urls.py", "Mount the admin at /djadmin/ instead of /admin/.", lo=11)
