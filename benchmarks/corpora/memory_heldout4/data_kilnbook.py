"""kilnbook: Laravel 11 / PHP 8.3 app for a pottery studio (class bookings, kiln-firing queue).

Livewire 3, MySQL 8, Redis + Horizon, Pest, Larastan, Pint, Sail, Forge + Envoyer, Stripe, Filament.
"""
from authoring import sh, commit, note, chat, edit, file, pool, q

PROJECT = "kilnbook"
ABBR = "kb"
CWD = "~/Sites/kilnbook"

RECORDS = [
    # ---------------- paraphrase ----------------
    note("kb.p.timeout", 13,
         "Horizon showed FiringReadyMail jobs piling up as failed with MaxAttemptsExceeded: the SMTP relay "
         "answered after ~30 s and the job timeout was 25 s. Set $timeout = 60 on the job and retry_after = 90 "
         "in config/queue.php."),
    note("kb.p.timeout.d", 14,
         "Potters told us pieces left on the kiln shelf over the weekend got dusty; put a cover sheet on "
         "the cart."),
    commit("kb.p.eager", 21,
           "Eager-load instructor and room on the class calendar\n\nwith(['instructor', 'room']); Telescope "
           "showed 240 queries per page.",
           ["M app/Livewire/ClassCalendar.php"]),
    note("kb.p.eager.d", 22,
         "Timetable screen on the reception tablet: stop it from auto-refreshing while someone is typing; "
         "hammering the refresh button also annoys MySQL."),
    chat("kb.p.oversell", 26,
         "User: two students both got the last wheel seat in the Saturday course. Assistant: wrap the seat "
         "check and the insert in DB::transaction() and lockForUpdate() the course row, so the second "
         "request waits and then sees zero seats left."),
    note("kb.p.oversell.d", 27,
         "Workshop on raku is nearly full; prevent people asking at the desk by putting a full banner on "
         "the page when two seats remain."),
    edit("kb.p.fahrenheit", 32, "app/Models/Firing.php",
         "Cone temperature stays stored as integer degrees C; added a temperatureF accessor for the US "
         "guest teachers."),
    note("kb.p.fahrenheit.d", 33,
         "Imperial measurements on the glaze recipe cards: guest teachers want the display in ounces; add "
         "a heat-resistant sleeve to the printed cards too."),
    note("kb.p.csrf", 41,
         "Stripe webhooks were getting 419: the route lived in web.php, so the CSRF middleware rejected "
         "them. Excluded 'stripe/*' via validateCsrfTokens(except: ...) in bootstrap/app.php."),
    note("kb.p.csrf.d", 42,
         "Card payment notifications: the processor emails a receipt, and bounced receipts go to the "
         "studio inbox; let them in the spam filter allow-list."),
    commit("kb.p.r2", 55,
           "Put glaze photos on R2 instead of the local disk\n\nThe Forge box hit 95% disk after the spring "
           "term uploads.",
           ["M config/filesystems.php", "M app/Livewire/GlazeGallery.php"]),
    note("kb.p.r2.d", 56,
         "Pictures of finished pots on the studio host website should be used with permission; add a "
         "checkbox to the upload form and keep it in storage with the photo."),

    # ---------------- command_fact ----------------
    sh("kb.c.pending", 18, "php artisan migrate:status",
       "  2024_05_02_090000_create_firings_table ............ [3] Ran\n"
       "  2024_05_09_143000_add_waitlist_to_courses ........ [4] Ran\n"
       "  2024_05_14_101500_add_cone_to_firings ............ Pending"),
    sh("kb.c.pending.d", 17, "php artisan migrate", "INFO  Running migrations.\n  2024_05_09_143000_add_waitlist_to_courses ... 41ms DONE"),
    sh("kb.c.assert", 23, "./vendor/bin/pest --filter=BookingSeatTest",
       "  FAIL  Tests\\Feature\\BookingSeatTest\n  ✕ it refuses a seat when the course is full\n"
       "  Tests:    1 failed, 11 passed (37 assertions)\n  Duration: 2.14s", code=1),
    sh("kb.c.assert.d", 23, "./vendor/bin/pest", "  Tests:    164 passed (402 assertions)\n  Duration: 18.90s"),
    sh("kb.c.level", 36, "./vendor/bin/phpstan analyse --level=6 --memory-limit=1G",
       " [ERROR] Found 23 errors", code=1),
    sh("kb.c.level.d", 35, "./vendor/bin/phpstan analyse --memory-limit=1G", " [OK] No errors"),
    sh("kb.c.oldest", 44, "php artisan firings:report --status=queued",
       "Queued firings: 17 (oldest: bisque #482, dropped off 9 days ago)"),
    sh("kb.c.oldest.d", 44, "php artisan firings:report --status=done", "Done firings this week: 31"),
    sh("kb.c.laravel", 30, "composer show laravel/framework | grep versions", "versions : * v11.9.2"),
    edit("kb.c.laravel.d", 29, "composer.json", "\"laravel/framework\": \"^11.0\" stays; renovate groups the illuminate packages."),
    sh("kb.c.bypass", 49, "ssh forge@kilnbook-prod 'cd kilnbook.example.com && php artisan down --secret=kb-bypass-7731'",
       "INFO  Application is now in maintenance mode."),
    sh("kb.c.bypass.d", 49, "ssh forge@kilnbook-prod 'cd kilnbook.example.com && php artisan up'", "INFO  Application is now live."),

    # ---------------- knowledge_update (7) ----------------
    note("kb.u.queue.1", 4, "Queue driver is the database driver for now; jobs table migrated."),
    commit("kb.u.queue.2", 12, "Move queues to Redis and add Horizon\n\nQUEUE_CONNECTION=redis; Horizon dashboard behind the admin gate.",
           ["M config/queue.php", "A config/horizon.php", "M .env.example"]),
    note("kb.u.cancel.1", 7, "Students can cancel up to 48 hours before a class for a full refund."),
    note("kb.u.cancel.2", 30, "Cancellation cutoff for refunds is now 72 hours before the class."),
    commit("kb.u.cancel.3", 51,
           "Members keep the 48 hour refund cancellation window; everyone else 72",
           ["M app/Policies/BookingPolicy.php", "M tests/Feature/CancelBookingTest.php"]),
    edit("kb.u.php.1", 2, "composer.json", "\"php\": \"^8.2\""),
    commit("kb.u.php.2", 34, "Require PHP 8.3 (typed class constants in FiringStatus)",
           ["M composer.json", "M composer.lock", "M app/Enums/FiringStatus.php"]),
    note("kb.u.shelf.1", 9, "Big kiln: maximum 12 pieces per shelf."),
    note("kb.u.shelf.2", 36, "Big kiln shelves take at most 10 pieces now, after the warping incident."),
    note("kb.u.ui.1", 3, "Booking pages are Blade + Alpine.js; no SPA."),
    commit("kb.u.ui.2", 17, "Rebuild booking pages as Livewire 3 components\n\nAlpine only for small toggles now.",
           ["A app/Livewire/BookCourse.php", "A resources/views/livewire/book-course.blade.php"]),
    commit("kb.u.mail.1", 6, "Send transactional mail through Mailgun (EU region)",
           ["M config/mail.php", "M .env.example", "M composer.json"]),
    note("kb.u.mail.2", 38, "We now use Postmark for transactional mail; Mailgun deliverability to school addresses was poor."),
    note("kb.u.notify.1", 11, "Potters get an email when their firing is done."),
    commit("kb.u.notify.2", 29, "Firing-ready notices by SMS via Vonage",
           ["A app/Notifications/FiringReady.php", "M config/services.php"]),
    note("kb.u.notify.3", 48,
         "Firing-ready notices: SMS dropped (cost); back to email only, plus a badge in the member area."),

    # ---------------- first_attempt (7) ----------------
    note("kb.f.pay.1", 2, "Class payments: pay at the front desk (card terminal) only."),
    commit("kb.f.pay.2", 15, "Stripe Checkout for class bookings", ["A app/Http/Controllers/CheckoutController.php", "M routes/web.php"]),
    commit("kb.f.pay.3", 40, "Cashier subscriptions for studio memberships", ["M composer.json", "A app/Models/Membership.php"]),
    note("kb.f.admin.1", 8, "Staff admin is a few hand-built Blade pages under /admin with a gate."),
    note("kb.f.admin.2", 24, "Staff admin is a Filament 3 panel now; the hand-built /admin Blade pages are deleted."),
    note("kb.f.local.1", 0, "Local dev: Laravel Valet on the Mac, MySQL from Homebrew."),
    commit("kb.f.local.2", 10, "Add Sail (mysql, redis, mailpit) for local dev", ["A docker-compose.yml", "M .env.example"]),
    note("kb.f.local.3", 44, "Trying Herd instead of Sail locally; Sail stays for CI parity."),
    note("kb.f.order.1", 14, "Firing queue is plain FIFO by drop-off time."),
    commit("kb.f.order.2", 27, "Group queued firings by cone (04/06/10) before drop-off time",
           ["M app/Services/FiringScheduler.php", "M tests/Unit/FiringSchedulerTest.php"]),
    commit("kb.f.tests.1", 3, "PHPUnit feature tests for booking", ["A tests/Feature/BookingTest.php", "M phpunit.xml"]),
    commit("kb.f.tests.2", 16, "Convert test suite to Pest", ["M composer.json", "A tests/Pest.php", "M tests/Feature/BookingTest.php"]),
    note("kb.f.photos.1", 11, "Glaze photos are stored on the local public disk (storage/app/public/glazes)."),
    note("kb.f.wait.1", 5, "Full classes: Mari keeps a waiting list in a spreadsheet and phones people."),
    commit("kb.f.wait.2", 31, "Automatic waitlist: offer a freed seat to the next person for 12 hours",
           ["A app/Jobs/OfferFreedSeat.php", "A database/migrations/2024_06_01_waitlist_offers.php"]),

    # ---------------- fillers ----------------
    commit(None, (0, 3), "laravel new kilnbook", ["A composer.json", "A routes/web.php"]),
    commit(None, (4, 15), "Course and Session models with factories", ["A app/Models/Course.php", "A database/factories/CourseFactory.php"]),
    commit(None, (12, 30), "Firing model and status enum", ["A app/Models/Firing.php", "A app/Enums/FiringStatus.php"]),
    commit(None, (25, 45), "Reception view: today's classes and kiln load", ["A app/Livewire/Reception.php"]),
    commit(None, (40, 60), "Fix N+1 on member bookings list", ["M app/Livewire/MyBookings.php"]),
    commit(None, (50, 60), "Upgrade Livewire to 3.5", ["M composer.json", "M composer.lock"]),
    chat(None, (5, 25),
         "User: how do I validate that a course session doesn't overlap another in the same room? Assistant: "
         "a custom rule that queries sessions where starts_at < new_end and ends_at > new_start for the room."),
    chat(None, (30, 55),
         "User: Livewire says 'Property type not supported'. Assistant: public properties must be "
         "serialisable; store the id and use a computed property for the model.", source="cursor"),
    note(None, (8, 30), "Studio closes for two weeks in August; block bookings then."),
    note(None, (30, 58), "Glaze room rules: cone 10 glazes never go in the small kiln."),
    edit(None, (15, 45), "app/Livewire/BookCourse.php", "Show remaining seats next to each session.", source="cursor"),
    edit(None, (40, 60), "resources/views/livewire/reception.blade.php", "Highlight late drop-offs in amber."),
    file(None, (20, 45), "config/queue.php", "'redis' => [\n    'driver' => 'redis',\n    'queue' => env('REDIS_QUEUE', 'default'),\n    'block_for' => null,\n],"),
]

POOL = [
    pool("php artisan serve", "INFO  Server running on [http://127.0.0.1:8000].", w=2, days=(0, 9)),
    pool("sail up -d", " ✔ Container kilnbook-mysql-1  Started\n ✔ Container kilnbook-laravel.test-1  Started", w=3, days=(10, 60)),
    pool("sail artisan test", "  Tests:    142 passed (355 assertions)", w=3, days=(16, 60)),
    pool("php artisan test", "  Tests:    38 passed", w=2, days=(3, 15)),
    pool("./vendor/bin/pint", "  ✓ 7 files", w=3),
    pool("php artisan migrate", "INFO  Nothing to migrate.", w=2),
    pool("php artisan tinker", w=1),
    pool("php artisan make:livewire BookCourse", w=1, days=(15, 20)),
    pool("php artisan horizon", "Horizon started successfully.", w=2, days=(12, 60)),
    pool("php artisan queue:work", w=1, days=(4, 11)),
    pool("php artisan optimize:clear", "INFO  Clearing cached bootstrap files.", w=1),
    pool("composer install", "Generating optimized autoload files", w=1),
    pool("composer update livewire/livewire", w=1, days=(17, 60)),
    pool("npm run dev", "VITE v5.2.11  ready in 312 ms", w=2),
    pool("npm run build", "✓ built in 2.41s", w=1),
    pool("git status -sb", "## main...origin/main", w=4),
    pool("git add -p", w=2),
    pool("tail -f storage/logs/laravel.log", w=1),
    pool("stripe listen --forward-to localhost/stripe/webhook", "Ready! Your webhook signing secret is whsec_test_example", w=1, days=(15, 60)),
    pool("ssh forge@kilnbook-prod 'tail -n 50 kilnbook.example.com/storage/logs/laravel.log'", w=1, days=(5, 60)),
]

QUESTIONS = [
    # paraphrase (6)
    q("paraphrase", "Why weren't potters told their pieces were out of the kiln?", ["kb.p.timeout"],
      note="FiringReadyMail jobs timed out before the slow SMTP relay answered; timeouts raised.",
      distractors=["kb.p.timeout.d"]),
    q("paraphrase", "How did the timetable screen stop hammering MySQL?", ["kb.p.eager"],
      note="Eager-loading instructor and room (240 queries per page before).", distractors=["kb.p.eager.d"]),
    q("paraphrase", "How do we prevent overselling a workshop when it's nearly full?", ["kb.p.oversell"],
      note="DB::transaction + lockForUpdate on the course row.", distractors=["kb.p.oversell.d"]),
    q("paraphrase", "Where did we add the imperial heat display?", ["kb.p.fahrenheit"],
      note="temperatureF accessor on the Firing model.", distractors=["kb.p.fahrenheit.d"]),
    q("paraphrase", "Why were card payment notifications from the processor being bounced, and how did we let them in?",
      ["kb.p.csrf"], note="Stripe webhooks got 419 from CSRF; excluded stripe/*.", distractors=["kb.p.csrf.d"]),
    q("paraphrase", "What did we do when pictures of finished pots used up all the storage on our host?",
      ["kb.p.r2"], note="Glaze photos moved to R2 after the disk hit 95%.", distractors=["kb.p.r2.d"]),
    # command_fact (6)
    q("command_fact", "Which schema change hadn't been applied yet when I checked?", ["kb.c.pending"],
      note="migrate:status shows add_cone_to_firings Pending.", distractors=["kb.c.pending.d"], keys=["add_cone_to_firings"]),
    q("command_fact", "How many assertions ran in the seat booking tests?", ["kb.c.assert"],
      note="Pest --filter=BookingSeatTest summary.", distractors=["kb.c.assert.d"], keys=["37 assertions"]),
    q("command_fact", "What strictness did I run static analysis at?", ["kb.c.level"],
      note="phpstan --level=6; the other run uses the config default.", distractors=["kb.c.level.d"], keys=["--level=6"]),
    q("command_fact", "Which firing had been waiting longest in the kiln queue?", ["kb.c.oldest"],
      note="firings:report output names the oldest.", distractors=["kb.c.oldest.d"], keys=["bisque #482"]),
    q("command_fact", "What Laravel version is actually installed?", ["kb.c.laravel"], project=None,
      note="composer show: v11.9.2; composer.json only says ^11.0.", distractors=["kb.c.laravel.d"], keys=["v11.9.2"]),
    q("command_fact", "What was the secret path I used to get past the maintenance page?", ["kb.c.bypass"],
      note="artisan down --secret=kb-bypass-7731.", distractors=["kb.c.bypass.d"], keys=["kb-bypass-7731"]),
    # knowledge_update (7)
    q("knowledge_update", "What backs the job queue at the moment?", ["kb.u.queue.2"], ["kb.u.queue.1"],
      note="database driver -> Redis + Horizon."),
    q("knowledge_update", "How late can someone cancel a pottery class and still get their money back?", ["kb.u.cancel.3"],
      ["kb.u.cancel.1", "kb.u.cancel.2"], project=None, note="48 h -> 72 h -> 48 h for members, 72 h for others."),
    q("knowledge_update", "What's the minimum PHP version required for kilnbook?", ["kb.u.php.2"], ["kb.u.php.1"],
      note="^8.2 in composer.json, then PHP 8.3 required on day 34."),
    q("knowledge_update", "How many pots can go on one shelf of the big kiln?", ["kb.u.shelf.2"], ["kb.u.shelf.1"],
      note="12 -> 10."),
    q("knowledge_update", "What drives the interactive booking pages now?", ["kb.u.ui.2"], ["kb.u.ui.1"],
      note="Blade + Alpine -> Livewire 3."),
    q("knowledge_update", "Which provider sends our transactional emails?", ["kb.u.mail.2"], ["kb.u.mail.1"],
      note="Mailgun -> Postmark."),
    q("knowledge_update", "How are potters told their work is ready to collect?", ["kb.u.notify.3"],
      ["kb.u.notify.1", "kb.u.notify.2"], note="email -> SMS -> email + member-area badge."),
    # first_attempt (7)
    q("first_attempt", "How did people pay for classes originally?", ["kb.f.pay.1"], ["kb.f.pay.2", "kb.f.pay.3"],
      note="Front desk only, then Stripe Checkout, then Cashier memberships."),
    q("first_attempt", "What did the staff admin screens start out as?", ["kb.f.admin.1"], ["kb.f.admin.2"],
      note="Hand-built Blade pages before Filament."),
    q("first_attempt", "Which local PHP setup did I begin with?", ["kb.f.local.1"], ["kb.f.local.2", "kb.f.local.3"],
      note="Valet, then Sail, then a Herd trial."),
    q("first_attempt", "How were firings ordered in the very first version of the queue?", ["kb.f.order.1"],
      ["kb.f.order.2"], note="Plain FIFO, later grouped by cone."),
    q("first_attempt", "What did we write tests with before Pest?", ["kb.f.tests.1"], ["kb.f.tests.2"],
      note="PHPUnit."),
    q("first_attempt", "Where did uploaded glaze photos live at first?", ["kb.f.photos.1"], ["kb.p.r2"],
      note="Local public disk; the day-55 R2 commit (a paraphrase answer) is the later statement."),
    q("first_attempt", "Before the automatic waitlist, how were full classes handled?", ["kb.f.wait.1"], ["kb.f.wait.2"],
      note="A spreadsheet and phone calls."),
]
