"""haybarrow: SvelteKit 2 / Svelte 5 + TypeScript, pnpm, Supabase, Square, Resend.
Domain: weekly pre-orders and Saturday collection slots for a farmers' market co-op."""
from authoring import sh, commit, note, chat, edit, file, pool, q

NAME, ABBR, CWD = "haybarrow", "hb", "~/src/haybarrow"

RECORDS = [
    # ---- paraphrase answers and distractors
    note("hb.p1.d", 9, "Customers keep asking whether they can pay at the tent instead. A few stallholders "
         "say the phone signal on the field is shaky and their own card readers drop out by ten."),
    commit("hb.p1.a", 14, "Pass an idempotency key to Square CreatePayment\n\nThe checkout action retried "
           "on fetch timeout and Square treated each retry as a new payment. The key is derived from "
           "the order id (order-${id}-v1), so a repeat request returns the original result.",
           [("M", "src/routes/checkout/+page.server.ts"), ("M", "src/lib/server/square.ts")]),
    note("hb.p2.d", 17, "Stallholder packing sheet: one stall wants customer first names only, another "
         "stall wants full names and a phone number so they can see who is running late."),
    note("hb.p2.a", 19, "RLS gap found: orders_view was created without security_invoker, so it ran with "
         "the owner's rights and ignored the vendor_id policy on orders. Recreated it with "
         "`with (security_invoker = true)` and added a pgTAP check that vendor A gets zero rows of vendor B."),
    edit("hb.p3.a", 27, "src/lib/slots.ts", "formatSlot now passes timeZone: 'Europe/London' to "
         "Intl.DateTimeFormat. The server renders in UTC, so SSR and hydration disagreed across the "
         "DST change and the label flipped once the page hydrated."),
    note("hb.p3.d", 31, "Shoppers asked for pickup times in 15 minute steps rather than hour-long windows. "
         "Also: the back gate opens at 8, signs should say so."),
    commit("hb.p4.d", 30, "Friday newsletter: link the site's opening times\n\nEveryone on the list went "
           "from 212 to 340 subscribers after the autumn fair; the crawl of stall profiles now links "
           "to each stall's page.", [("M", "src/routes/newsletter/+server.ts")]),
    chat("hb.p4.a", 33, "The Supabase dashboard shows connections maxed out at 60 and all routes are "
         "timing out. The functions were fine an hour ago.", "Each serverless function instance opens its "
         "own Postgres client, so a burst of traffic exhausts the connection limit. Point DATABASE_URL at "
         "the Supavisor pooler on port 6543 in transaction mode, set `prepare: false` in postgres.js, and "
         "keep max: 1 per instance."),
    note("hb.p5.d", 36, "Egg stall asked if people can reserve half boxes. Told them the sold-out badge "
         "stays up until the Thursday restock, and still boxes of six only."),
    commit("hb.p5.a", 38, "Decrement stock in one UPDATE ... WHERE qty >= $1 RETURNING\n\nThe old read-"
           "then-write raced when two baskets checked out together, and the rollback path never gave "
           "units back, so availability drifted down to zero on busy items.",
           [("M", "src/lib/server/stock.ts"), ("A", "src/lib/server/stock.test.ts")]),
    commit("hb.p6.d", 40, "Add a 'resend order confirmation' button for stallholders\n\nFor anyone whose "
           "emails stop at the spam folder; it also shows the address we used.",
           [("M", "src/routes/stall/orders/+page.svelte")]),
    note("hb.p6.a", 41, "Resend: outlook.com was bouncing mail because the sending domain had no DMARC "
         "record and SPF still listed the old relay. Added _dmarc TXT p=none and fixed SPF to "
         "include:amazonses.com; Microsoft inboxes get through again."),
    note("hb.p7.d", 45, "Shoppers want a second basket for a neighbour's order. The tab on the basket page "
         "should say who it is for. Empty basket text: 'Nothing here yet'."),
    edit("hb.p7.a", 47, "src/lib/stores/cart.svelte.ts", "Persist the cart under one localStorage key and "
         "listen for the storage event. Previously each browser window initialised its own $state on "
         "load and overwrote the saved copy with [].", src="cursor"),
    # ---- command_fact
    sh("hb.c1.d", 5, "supabase start", "Pulling images...\nStarted supabase local development setup.\n\n"
       "         API URL: http://127.0.0.1:54321\n      Studio URL: http://127.0.0.1:54323"),
    sh("hb.c1.a", 5, "supabase status", "supabase local development setup is running.\n\n"
       "         API URL: http://127.0.0.1:54321\n     GraphQL URL: http://127.0.0.1:54321/graphql/v1\n"
       "          DB URL: postgresql://postgres:postgres@127.0.0.1:54322/postgres\n"
       "    Inbucket URL: http://127.0.0.1:54324"),
    sh("hb.c7.a", 11, "ls supabase/migrations", "20240902081512_init.sql\n20240906120931_stalls_products.sql\n"
       "20240911163047_pickup_slots.sql"),
    sh("hb.c7.d", 12, "supabase db push", "Connecting to remote database...\nApplying migration "
       "20240912094410_slot_capacity.sql...\nFinished supabase db push."),
    sh("hb.c4.a", 13, "curl -s https://connect.squareupsandbox.com/v2/locations -H \"Authorization: Bearer "
       "$SQUARE_TOKEN\" | jq '.locations[] | {id, name}'", "{\n  \"id\": \"LQ7XK2M9TB3PV\",\n  \"name\": "
       "\"Haybarrow Market (sandbox)\"\n}"),
    sh("hb.c4.d", 13, "cat .env.example", "SQUARE_ENV=sandbox\nSQUARE_ACCESS_TOKEN=\nSQUARE_LOCATION_ID=\n"
       "RESEND_API_KEY=\nPUBLIC_SUPABASE_URL=http://127.0.0.1:54321"),
    sh("hb.c3.a", 18, "pnpm exec playwright test", "Running 30 tests using 4 workers\n  1) [chromium] > "
       "checkout.spec.ts:41:3 > pays with sandbox card\n    Error: Timed out 5000ms waiting for "
       "expect(locator).toBeVisible()\n    Locator: getByText('Order confirmed')\n  1 failed\n  29 passed "
       "(1.6m)", code=1),
    sh("hb.c3.d", 19, "pnpm exec playwright test", "Running 30 tests using 4 workers\n  30 passed (1.4m)"),
    sh("hb.c2.d", 25, "pnpm up svelte@latest", "Progress: resolved 512, reused 498, downloaded 3, added 3, "
       "done\n\ndevDependencies:\n+ svelte 5.2.0"),
    commit("hb.c2.a", 26, "Pin svelte to 5.1.9\n\n5.2.0 broke $derived inside the slot picker's each block. "
           "Revisit when the upstream fix lands.", [("M", "package.json"), ("M", "pnpm-lock.yaml")]),
    sh("hb.c5.d", 31, "pnpm check", "Loading svelte-check in workspace: /home/mags/src/haybarrow\n"
       "src/routes/shop/+page.ts:22:9\nError: Property 'stall' does not exist on type 'Product'.\n"
       "svelte-check found 1 error and 0 warnings in 1 file", code=1),
    sh("hb.c5.a", 32, "pnpm build", "vite v5.4.8 building for production...\n✓ 412 modules transformed.\n"
       ".svelte-kit/output/client/_app/immutable/nodes/3.CkQ1v8aZ.js          48.17 kB │ gzip: 16.02 kB\n"
       ".svelte-kit/output/client/_app/immutable/chunks/entry.Dp3f0Lx1.js     31.60 kB │ gzip: 11.84 kB\n"
       "✓ built in 6.91s"),
    sh("hb.c6.d", 37, "du -sh static/uploads", "2.3G\tstatic/uploads"),
    sh("hb.c6.a", 37, "node scripts/resize-photos.mjs --width 800 --format webp", "scanning static/uploads\n"
       "resized 1,284 images -> static/products (webp, 800w), skipped 17 already current\ndone in 92.4s"),
    # ---- knowledge_update
    commit("hb.k4.o", 2, "Deploy on Vercel with adapter-vercel\n\nA preview deploy per branch, production "
           "from main.", [("A", "vercel.json"), ("M", "svelte.config.js")]),
    note("hb.k3.o", 3, "Server routes query Postgres with supabase-js (.from('orders').select()) using the "
         "service role key, and only inside +page.server.ts files."),
    note("hb.k2.o1", 4, "Order cut-off is Thursday 20:00, so stalls can pick and pack on Friday."),
    note("hb.k1.o", 6, "Pickup slots: 30 minutes each, 9:00 to 12:30 on market Saturdays, max 20 orders "
         "per slot."),
    edit("hb.k6.o", 8, "src/lib/server/photos.ts", "const BUCKET = 'product-photos'; // Supabase Storage, "
         "public bucket, one folder per stall"),
    note("hb.k5.o", 10, "Co-op fee: 5% of each order, taken before the stall payout."),
    commit("hb.k3.a", 21, "Move server-side queries to Drizzle ORM\n\nTyped schema in "
           "src/lib/server/db/schema.ts over postgres.js. supabase-js stays for auth in the browser only.",
           [("A", "src/lib/server/db/schema.ts"), ("M", "src/routes/checkout/+page.server.ts"),
            ("A", "drizzle.config.ts")]),
    commit("hb.k2.o2", 24, "Move order cut-off to Wednesday 18:00\n\nThe bakery stall needs two evenings "
           "to bake to order.", [("M", "src/lib/market.ts")]),
    note("hb.k1.a", 29, "Pickup slots are 15 minutes now, max 10 orders each. The tent queue bunched at the "
         "top of every half hour with the longer slots."),
    commit("hb.k5.a", 35, "Platform fee is now 3% + 20p per order\n\nVoted at the October stallholder "
           "meeting; replaces the flat 5%.", [("M", "src/lib/server/fees.ts"), ("M", "src/lib/server/fees.test.ts")]),
    note("hb.k6.a", 39, "Product photos now live in Cloudinary (folder haybarrow/products) with "
         "on-the-fly resizing. Supabase Storage egress was eating the free tier."),
    commit("hb.k4.a", 44, "Deploy on Render with adapter-node\n\nOne long-lived Node process instead of "
           "serverless functions: no more pooler juggling and no cold starts on Saturday morning.",
           [("M", "svelte.config.js"), ("A", "render.yaml"), ("M", "package.json")]),
    note("hb.k2.a", 50, "Order cut-off is now Thursday 12:00 noon. The bakery moved its baking to Friday "
         "and the Wednesday deadline was losing us orders."),
    # ---- first_attempt
    note("hb.f3.a", 1, "No online payment at launch: shoppers pay the stall at collection, cash or the "
         "stall's own card reader."),
    note("hb.f5.a", 2, "Stock: stallholders email Mags a spreadsheet by Wednesday and she pastes the "
         "numbers into the products table by hand."),
    commit("hb.f1.a", 3, "Add Supabase auth with email magic links\n\nNo passwords for shoppers; the link "
           "drops them back on their basket.", [("A", "src/routes/login/+page.svelte"),
                                                 ("A", "src/hooks.server.ts")]),
    commit("hb.f4.a", 7, "Checkout form: validate name, phone and slot by hand in the form action\n\n"
           "Returns fail(400, {errors}) with one message per field.",
           [("M", "src/routes/checkout/+page.server.ts")]),
    commit("hb.f6.a", 9, "Assign the collection slot automatically\n\nEach new order gets the first slot "
           "that still has room when it is placed.", [("M", "src/lib/server/orders.ts")]),
    edit("hb.f2.a", 11, "static/map/stalls.svg", "Hand-drawn SVG of the field, one <rect id=\"stall-12\"> "
         "per pitch; the stall page highlights its rect in green."),
    commit("hb.f3.l1", 13, "Take payment at checkout with the Square Web Payments SDK\n\nCard form on the "
           "checkout page; the order is marked paid from the payment response.",
           [("A", "src/lib/server/square.ts"), ("M", "src/routes/checkout/+page.svelte")]),
    commit("hb.f5.l", 16, "Stall dashboard: stallholders set their own stock and prices\n\nNo more "
           "Wednesday spreadsheets.", [("A", "src/routes/stall/products/+page.svelte"),
                                       ("A", "src/routes/stall/products/+page.server.ts")]),
    note("hb.f4.l1", 20, "Checkout validation moved to a Zod schema shared by client and server "
         "(src/lib/schemas/checkout.ts)."),
    note("hb.f6.l", 23, "Shoppers now pick their own collection slot at checkout; full slots are greyed "
         "out."),
    note("hb.f1.l", 26, "Dropped magic links for shoppers: half landed in spam and people on older phones "
         "opened them in a different browser. Now 6-digit email codes (signInWithOtp)."),
    note("hb.f2.l", 28, "Stall map is MapLibre now: OSM tiles plus a GeoJSON layer of pitches, so it also "
         "works for the winter hall."),
    commit("hb.f4.l2", 34, "Use sveltekit-superforms with the Zod adapter\n\nCheckout and the stall editor "
           "share one form helper.", [("M", "src/routes/checkout/+page.svelte"),
                                      ("M", "src/routes/stall/products/+page.svelte")]),
]

FILLERS = [
    commit(None, (4, 20), "Stall page: show allergens under each product",
           [("M", "src/lib/components/ProductCard.svelte")]),
    commit(None, (8, 30), "Fix basket count badge overlapping the logo on small phones",
           [("M", "src/routes/+layout.svelte")]),
    commit(None, (15, 40), "Add market-day banner for when the field is waterlogged",
           [("A", "src/lib/components/Banner.svelte"), ("M", "src/routes/+layout.svelte")]),
    commit(None, (20, 55), "Refactor order summary into OrderLines.svelte",
           [("A", "src/lib/components/OrderLines.svelte"), ("M", "src/routes/checkout/+page.svelte")]),
    commit(None, (30, 58), "Bump @sveltejs/kit to 2.7 and vite to 5.4", [("M", "package.json"),
                                                                      ("M", "pnpm-lock.yaml")]),
    chat(None, (5, 25), "How do I return per-field errors from a SvelteKit form action?",
         "Return fail(400, { values, errors }) from the action and read `form.errors.phone` in the page; "
         "use:enhance keeps the values without a full reload."),
    chat(None, (10, 50), "How do I type locals so that locals.supabase is known in load functions?",
         "Declare it in src/app.d.ts inside `namespace App { interface Locals { supabase: SupabaseClient } }`; "
         "the hooks file then sets event.locals.supabase.", src="cursor", files=["src/app.d.ts"]),
    note(None, (6, 30), "Market committee: pop-up market in the church hall on the 14th. Stalls want a "
         "'back next week' flag on their page."),
    note(None, (25, 55), "Accessibility pass: slot buttons need a visible focus ring; the map needs a plain "
         "text list of stalls next to it."),
    edit(None, (3, 25), "src/routes/+layout.svelte", "Added a skip-to-content link and moved the basket "
         "button into the header nav."),
    edit(None, (20, 50), "src/lib/components/ProductCard.svelte", "Show 'only 3 left' when stock < 4, "
         "grey the add button at zero.", src="cursor"),
    file(None, (2, 40), "svelte.config.js", "import adapter from '@sveltejs/adapter-vercel';\n"
         "import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';\n"
         "export default { preprocess: vitePreprocess(), kit: { adapter: adapter({ runtime: 'nodejs20.x' }) } };"),
]

POOL = [
    pool("git status -sb", "## main...origin/main\n M src/routes/checkout/+page.svelte", w=4),
    pool("git pull --rebase", "Successfully rebased and updated refs/heads/main.", w=2),
    pool("pnpm dev", "  VITE v5.4.8  ready in 812 ms\n\n  ➜  Local:   http://localhost:5173/\n"
         "  ➜  press h + enter to show help", w=4),
    pool("pnpm test", " Test Files  14 passed (14)\n      Tests  96 passed (96)\n   Duration  3.12s", w=4),
    pool("pnpm test", " FAIL  src/lib/slots.test.ts > formatSlot > renders 09:15\nAssertionError: expected "
         "'10:15' to be '09:15'\n Test Files  1 failed | 13 passed (14)", code=1, w=1),
    pool("pnpm lint", "Checking formatting...\n[warn] src/routes/stall/+page.svelte\nCode style issues found "
         "in the above file. Run Prettier with --write to fix.", code=1, w=2),
    pool("pnpm format", "src/routes/stall/+page.svelte 41ms", w=1),
    pool("pnpm check", "svelte-check found 0 errors and 0 warnings", w=2),
    pool("supabase start", "supabase local development setup is already running.", w=2),
    pool("supabase db reset", "Resetting local database...\nSeeding data from supabase/seed.sql...\n"
         "Finished supabase db reset on branch main.", w=2),
    pool("pnpm dlx vercel --prod", "Production: https://haybarrow-3fk2.vercel.app [41s]", w=2, days=(0, 43)),
    pool("curl -s -X POST \"$RENDER_DEPLOY_HOOK\"", "{\"deploy\":{\"id\":\"dep-cs7q1h3v2p9s73a\"}}",
         w=2, days=(44, 60)),
    pool("pnpm drizzle-kit generate", "orders 14 columns 2 indexes 1 fks\n[✓] Your SQL migration file ➜ "
         "drizzle/0007_lazy_slot.sql", w=1, days=(21, 60)),
    pool("gh run list --limit 3", "✓  ci  main  push  4m12s\n✓  ci  slot-picker  push  4m40s\n"
         "X  ci  drizzle  push  2m03s", w=1),
    pool("psql \"$DATABASE_URL\" -c \"select count(*) from orders where market_date = current_date + 2\"",
         " count\n-------\n    87\n(1 row)", w=1),
    pool("pnpm exec playwright test tests/basket.spec.ts", "Running 3 tests using 3 workers\n  3 passed (12.4s)", w=1),
    pool("rg -c TODO src | sort -t: -k2 -nr | head -3", "src/routes/stall/orders/+page.svelte:4\n"
         "src/lib/server/orders.ts:3\nsrc/routes/checkout/+page.server.ts:2", w=1),
    pool("pnpm up -L @sveltejs/kit", "dependencies:\n+ @sveltejs/kit 2.7.2", w=1),
    pool("supabase functions serve send-reminders", "Serving functions on "
         "http://127.0.0.1:54321/functions/v1/<function-name>", w=1),
    pool("open http://localhost:5173/stall/orders", None, w=1),
    pool("node scripts/resize-photos.mjs --dry-run", "would resize 31 new images", w=1, days=(37, 60)),
]

QUESTIONS = [
    q("paraphrase", "Why did some customers get charged twice when they tapped pay on a shaky phone signal?",
      ["hb.p1.a"], note="Checkout retries without an idempotency key created a second Square payment.",
      distractors=["hb.p1.d"]),
    q("paraphrase", "How could one stallholder see another stall's customer names?", ["hb.p2.a"],
      note="The orders view bypassed row-level security (no security_invoker).", distractors=["hb.p2.d"]),
    q("paraphrase", "Why did the pickup times shown to shoppers jump an hour after the clocks went back?",
      ["hb.p3.a"], note="formatSlot rendered in UTC on the server and London time in the browser.",
      distractors=["hb.p3.d"]),
    q("paraphrase", "What made the site crawl for everyone right after the Friday newsletter went out?",
      ["hb.p4.a"], note="Serverless instances exhausted Postgres connections; fix was the pooler.",
      distractors=["hb.p4.d"]),
    q("paraphrase", "Why were people told a stall had sold out of eggs when there were still boxes left?",
      ["hb.p5.a"], note="Racy read-then-write stock decrement that never restored units on rollback.",
      distractors=["hb.p5.d"]),
    q("paraphrase", "Why did order confirmation emails stop arriving for anyone with a Hotmail address?",
      ["hb.p6.a"], note="Missing DMARC and a stale SPF record made outlook.com bounce the mail.",
      distractors=["hb.p6.d"]),
    q("paraphrase", "Why did the basket empty itself when shoppers opened a second tab?", ["hb.p7.a"],
      note="Each window initialised its own cart state and overwrote localStorage.",
      distractors=["hb.p7.d"]),
    q("command_fact", "Which port is the local Postgres on when the backend stack is running on my laptop?",
      ["hb.c1.a"], note="Only the supabase status output shows the DB URL.", keys=["127.0.0.1:54322"],
      distractors=["hb.c1.d"]),
    q("command_fact", "Which Svelte release did we lock ourselves to after the reactivity breakage?",
      ["hb.c2.a"], note="The pin commit names the version.", keys=["5.1.9"], distractors=["hb.c2.d"]),
    q("command_fact", "Which line of the browser test for paying by card kept timing out?", ["hb.c3.a"],
      note="The failing playwright run names the spec file and line.", keys=["checkout.spec.ts:41:3"],
      distractors=["hb.c3.d"]),
    q("command_fact", "What's the id of our sandbox shop location at the payment provider?", ["hb.c4.a"],
      note="Only the locations API call printed it.", keys=["LQ7XK2M9TB3PV"], distractors=["hb.c4.d"]),
    q("command_fact", "How heavy was the shop page's browser bundle in that production build?", ["hb.c5.a"],
      note="pnpm build output lists the node chunk size.", keys=["48.17 kB"], distractors=["hb.c5.d"]),
    q("command_fact", "How many pictures did the farmers' market shop's image shrinking script get through?",
      ["hb.c6.a"], note="The resize script printed the count.", keys=["1,284"], distractors=["hb.c6.d"],
      null=True),
    q("command_fact", "What's the timestamp prefix on the migration that created the collection times table?",
      ["hb.c7.a"], note="The migrations listing shows the pickup_slots file name.", keys=["20240911163047"],
      distractors=["hb.c7.d"]),
    q("knowledge_update", "How long is each pickup slot these days?", ["hb.k1.a"], ["hb.k1.o"],
      note="30-minute slots were cut to 15 minutes on day 29."),
    q("knowledge_update", "When do orders close for the Saturday market at the moment?", ["hb.k2.a"],
      ["hb.k2.o1", "hb.k2.o2"], note="Thursday 20:00, then Wednesday 18:00, now Thursday noon."),
    q("knowledge_update", "What do the server routes use to query Postgres now?", ["hb.k3.a"], ["hb.k3.o"],
      note="supabase-js was replaced by Drizzle on day 21."),
    q("knowledge_update", "Where does the shop get deployed to currently?", ["hb.k4.a"], ["hb.k4.o"],
      note="Vercel until day 44, then Render with adapter-node."),
    q("knowledge_update", "What fee does the farmers' market pre-order site take per order now?",
      ["hb.k5.a"], ["hb.k5.o"], note="Flat 5% became 3% + 20p.", null=True),
    q("knowledge_update", "Where are the product photos kept now?", ["hb.k6.a"], ["hb.k6.o"],
      note="Supabase Storage bucket first, Cloudinary since day 39."),
    q("first_attempt", "How did shoppers sign in at first?", ["hb.f1.a"], ["hb.f1.l"],
      note="Magic links at first, later replaced by 6-digit codes."),
    q("first_attempt", "What did the stall map originally use?", ["hb.f2.a"], ["hb.f2.l"],
      note="A hand-drawn SVG, later MapLibre."),
    q("first_attempt", "Before Square, how did people pay for their orders?", ["hb.f3.a"],
      ["hb.f3.l1", "hb.p1.a"], note="Pay at the stall on collection; Square came on day 13 (the idempotency "
      "commit is later Square work)."),
    q("first_attempt", "What did we start out using to validate the checkout form?", ["hb.f4.a"],
      ["hb.f4.l1", "hb.f4.l2"], note="Hand-written checks, then Zod, then superforms."),
    q("first_attempt", "In the beginning, how did stall stock numbers get into the shop?", ["hb.f5.a"],
      ["hb.f5.l"], note="Emailed spreadsheets pasted in by hand before the stall dashboard."),
    q("first_attempt", "In the farmers' market pre-order app, how was a collection time given to an order "
      "initially?", ["hb.f6.a"], ["hb.f6.l"], note="Automatic first free slot, later picked by the shopper.",
      null=True),
]
