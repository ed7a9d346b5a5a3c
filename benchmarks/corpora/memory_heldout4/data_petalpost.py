"""petalpost: Nuxt 3 / Vue 3 front end for a community seed-swap site.

pnpm, Pinia, Vitest, Playwright, Nuxt Image, @nuxtjs/i18n (en/cy), Netlify → Cloudflare Pages.
"""
from authoring import sh, commit, note, chat, edit, file, pool, q

PROJECT = "petalpost"
ABBR = "pp"
CWD = "~/code/petalpost"

RECORDS = [
    # ---------------- paraphrase ----------------
    note("pp.p.hydr", 11,
         "The relative-time label on seed cards was rendered on the server in UTC and then again in the "
         "browser's zone, so Vue logged a hydration mismatch and the wording jumped. Wrapped it in "
         "<ClientOnly> with a static date fallback."),
    note("pp.p.hydr.d", 12,
         "Copy tweak for a listing card: the 'posted by' text should show the member's first name right "
         "under the photo."),
    commit("pp.p.img", 19,
           "Serve seed photos through Nuxt Image with the Cloudflare provider\n\nwidth 480, format webp; "
           "LCP on a Moto G went from 4.1 s to 1.9 s.",
           ["M nuxt.config.ts", "M components/SeedCard.vue"]),
    note("pp.p.img.d", 20,
         "Catalogue pictures: members keep asking to show more than one per packet on phones. Made a "
         "ticket, not before the spring swap."),
    chat("pp.p.pinia", 24,
         "User: after a deploy one member saw another member's basket. Assistant: stores/swap.ts keeps its "
         "state in a module-level object, and on the server that object is shared across requests. Return "
         "a fresh object from state() and never mutate module scope during SSR.", files=["stores/swap.ts"]),
    chat("pp.p.pinia.d", 25,
         "User: can a visitor end up with pending trades if they never confirm email? Assistant: yes, "
         "pending trades stay until the nightly cleanup; show a banner so someone else knows the packet "
         "might be taken.", source="cursor"),
    edit("pp.p.prerender", 30, "nuxt.config.ts",
         "routeRules: { '/guides/**': { prerender: true } } so growing guides are generated at build time "
         "instead of fetching Storyblok on every request."),
    note("pp.p.prerender.d", 31,
         "Members asked whether the how-to articles could call out seed recalls; the CMS has a banner "
         "field for that now, but we'll use the newsletter too."),
    note("pp.p.flake", 37,
         "Playwright checkout spec flaked because the toast animation covered the submit button; set "
         "reducedMotion: 'reduce' in playwright.config.ts and it has been green for 40 runs."),
    note("pp.p.flake.d", 38,
         "Swap request emails randomly fail to send when the member's browser language is cy; it's the "
         "template, ticket filed for the test of the mailer."),
    commit("pp.p.debounce", 44,
           "Debounce postcode lookup to 300ms and cache results in useState\n\nWe were hammering the "
           "geocoder on each keystroke and got 429s.",
           ["M composables/usePostcode.ts"]),
    note("pp.p.debounce.d", 45,
         "People typed their full address into the postcode box; the service should only get the "
         "outward code. Rate of bad input is about 8%."),
    note("pp.p.i18n", 53,
         "Welsh strings were missing in production because the lazy-loaded locale files weren't in the "
         "output: langDir became relative to srcDir after the 3.12 move. Fixed the path, both locales ship."),
    note("pp.p.i18n.d", 54,
         "Cymraeg translations for the live site: the volunteer translator needs the new strings by Friday; "
         "export them from the locales folder."),

    # ---------------- command_fact ----------------
    sh("pp.c.vue", 15, "pnpm why vue",
       "dependencies:\nnuxt 3.12.2\n└── vue 3.4.31\n@vueuse/core 10.11.0\n└── vue 3.4.31 peer"),
    edit("pp.c.vue.d", 14, "package.json", "\"vue\": \"^3.4.0\" pinned explicitly next to nuxt so renovate groups them."),
    sh("pp.c.webkit", 26, "pnpm exec playwright test --project=webkit --grep @swap",
       "Running 14 tests using 4 workers\n  2 failed\n    [webkit] › swap-request.spec.ts:48:3 › confirm swap @swap\n"
       "    [webkit] › swap-request.spec.ts:71:3 › cancel swap @swap\n  12 passed (48.2s)", code=1),
    sh("pp.c.webkit.d", 26, "pnpm exec playwright test --project=chromium --grep @swap",
       "Running 14 tests using 4 workers\n  14 passed (31.7s)"),
    sh("pp.c.bundle", 33, "npx nuxi analyze",
       "Client bundle: 412.6 kB gzip (entry 138.0 kB)\nServer bundle: 1.9 MB"),
    sh("pp.c.bundle.d", 32, "pnpm build", "✔ Client built in 9412ms\n✔ Server built in 3120ms\nΣ Total size: 4.8 MB"),
    sh("pp.c.pages", 29, "npx wrangler pages deploy .output/public --project-name petalpost-web --branch main",
       "✨ Success! Uploaded 214 files (37 already uploaded)\n✨ Deployment complete!"),
    sh("pp.c.pages.d", 28, "npx wrangler pages project list",
       "Project Name | Project Domains | Git Provider\nseedswap-old | n/a | No"),
    sh("pp.c.cov", 40, "pnpm vitest run --coverage",
       " Test Files  38 passed (38)\n      Tests  211 passed (211)\nAll files | 71.42 | 63.10 | 68.77 | 71.42"),
    sh("pp.c.cov.d", 39, "pnpm vitest run", " Test Files  1 failed | 37 passed (38)\n      Tests  1 failed | 210 passed (211)", code=1),
    commit("pp.c.i18npin", 47,
           "Pin @nuxtjs/i18n to 8.3.1\n\n8.3.2 breaks lazy locale loading under Cloudflare.",
           ["M package.json", "M pnpm-lock.yaml"]),
    note("pp.c.i18npin.d", 46,
         "The translation module's newest release breaks lazy locales on Cloudflare; renovate PR closed."),
    sh("pp.c.smaxage", 51, "curl -sI https://petalpost.example.com/guides/sowing-sweet-peas | grep -i cache",
       "cache-control: public, max-age=0, s-maxage=86400\ncf-cache-status: HIT"),
    sh("pp.c.smaxage.d", 51, "curl -sI https://petalpost.example.com/ | grep -i cache",
       "cache-control: no-cache\ncf-cache-status: DYNAMIC"),

    # ---------------- knowledge_update ----------------
    commit("pp.u.host.1", 3, "Host the site on Netlify with deploy previews per PR",
           ["A netlify.toml", "M nuxt.config.ts"]),
    note("pp.u.host.2", 27,
         "Site now lives on Cloudflare Pages (nitro preset cloudflare-pages); the Netlify project is deleted."),
    note("pp.u.pm.1", 1, "Front end uses npm; package-lock.json is committed."),
    commit("pp.u.pm.2", 9, "Switch to pnpm\n\nDrop package-lock.json, add pnpm-lock.yaml and packageManager field.",
           ["D package-lock.json", "A pnpm-lock.yaml", "M package.json"]),
    note("pp.u.cms.1", 15, "Growing guides are written in Storyblok by the volunteers; we fetch them at runtime."),
    commit("pp.u.cms.2", 42,
           "Move growing guides from Storyblok to Nuxt Content\n\nVolunteers now edit markdown in content/guides "
           "through the GitHub web editor.",
           ["A content/guides/sowing-sweet-peas.md", "M nuxt.config.ts", "D server/api/storyblok.ts"]),
    note("pp.u.cap.1", 12, "Members can have at most 5 open swap requests at once."),
    note("pp.u.cap.2", 31, "Open swap requests are capped at 3 per member; 5 let a few people hoard packets."),
    commit("pp.u.cap.3", 50,
           "Raise open swap request cap to 4 for verified members\n\nUnverified members stay at 3.",
           ["M server/utils/limits.ts", "M tests/unit/limits.spec.ts"]),
    note("pp.u.persist.1", 14, "Swap basket is persisted with pinia-plugin-persistedstate in localStorage."),
    edit("pp.u.persist.2", 33, "stores/swap.ts",
         "persist: { storage: piniaPluginPersistedstate.cookies({ maxAge: 604800 }) }: the swap basket is "
         "persisted in a cookie now so SSR sees it."),
    edit("pp.u.node.1", 2, ".nvmrc", "18.19.0"),
    commit("pp.u.node.2", 20, "Bump .nvmrc to Node 20 LTS", ["M .nvmrc", "M package.json"]),
    note("pp.u.node.3", 48, "On Node 22 now (.nvmrc 22.4.0); the Cloudflare build image supports it."),

    # ---------------- first_attempt ----------------
    commit("pp.f.map.1", 8, "Swap map with Leaflet and OSM tiles", ["A components/SwapMap.client.vue", "M package.json"]),
    commit("pp.f.map.2", 26, "Replace Leaflet with MapLibre GL (vector tiles, clustering)",
           ["M components/SwapMap.client.vue", "M package.json"]),
    note("pp.f.forms.1", 10, "Form validation done with VeeValidate rules on the listing form."),
    note("pp.f.forms.2", 34, "Forms validate with Zod schemas through the useZodForm composable; VeeValidate removed."),
    commit("pp.f.login.1", 5, "Email + password login with nuxt-auth-utils",
           ["A server/api/auth/login.post.ts", "A pages/login.vue"]),
    commit("pp.f.login.2", 29, "Magic-link sign-in; drop passwords",
           ["A server/api/auth/magic-link.post.ts", "D server/api/auth/login.post.ts"]),
    commit("pp.f.e2e.1", 6, "Add Cypress smoke tests for listing and swap", ["A cypress/e2e/swap.cy.ts", "A cypress.config.ts"]),
    note("pp.f.e2e.2", 18, "End-to-end tests are ported from Cypress to Playwright; cypress/ folder deleted."),
    note("pp.f.css.1", 4, "Components styled with plain SCSS modules (assets/scss/_tokens.scss)."),
    commit("pp.f.css.2", 22, "Introduce UnoCSS (preset-uno, attributify) and drop most SCSS modules",
           ["A uno.config.ts", "M nuxt.config.ts"]),
    commit("pp.f.search.1", 13, "Client-side seed search with Fuse.js over the catalogue JSON",
           ["A composables/useSeedSearch.ts", "M package.json"]),
    commit("pp.f.search.2", 36, "Seed search served by Meilisearch (server/api/search.get.ts)",
           ["A server/api/search.get.ts", "M composables/useSeedSearch.ts"]),
    note("pp.f.search.3", 49, "Meilisearch typo tolerance on for variety names; 'tomatoe' finds tomato now."),

    # ---------------- fillers ----------------
    commit(None, (0, 3), "nuxi init petalpost", ["A nuxt.config.ts", "A app.vue", "A package.json"]),
    commit(None, (5, 20), "Seed listing page with filters (sun, sowing month)", ["A pages/seeds/index.vue", "A components/SeedFilters.vue"]),
    commit(None, (15, 35), "Add @nuxtjs/i18n with en and cy", ["M nuxt.config.ts", "A locales/en.json", "A locales/cy.json"]),
    commit(None, (25, 45), "Swap request flow: request, accept, post packet", ["A pages/swaps/[id].vue", "A server/api/swaps/[id].patch.ts"]),
    commit(None, (35, 55), "OG images for seed pages", ["A server/routes/og/[slug].png.ts"]),
    commit(None, (45, 60), "Fix layout shift in SeedCard skeleton", ["M components/SeedCard.vue"]),
    chat(None, (5, 25),
         "User: useFetch returns stale data after navigation. Assistant: give useFetch a key that includes "
         "the route param, or use watch: [() => route.params.id] so it refetches."),
    chat(None, (30, 55),
         "User: why does `definePageMeta` not accept my variable? Assistant: it is hoisted at build time, "
         "so only literals and imports work; compute the value in middleware instead.", source="cursor"),
    note(None, (8, 30), "Spring swap weekend is the busiest time; freeze features the week before."),
    note(None, (30, 58), "Volunteer moderators want a report button on listings; backlog."),
    edit(None, (10, 40), "components/SeedCard.vue", "Show sowing months as a 12-cell strip.", source="cursor"),
    edit(None, (35, 60), "app.vue", "Add skip-to-content link for keyboard users."),
    file(None, (20, 45), "nuxt.config.ts",
         "export default defineNuxtConfig({\n  modules: ['@pinia/nuxt', '@nuxtjs/i18n', '@nuxt/image'],\n"
         "  i18n: { locales: ['en', 'cy'], lazy: true },\n})"),
]

POOL = [
    pool("pnpm dev", "Nuxt 3.12.2 with Nitro 2.9.6\n  ➜ Local:    http://localhost:3300/", w=4, days=(9, 60)),
    pool("npm run dev", "Nuxt 3.11.2 with Nitro 2.9.6\n  ➜ Local:    http://localhost:3300/", w=3, days=(0, 8)),
    pool("npm install", "added 812 packages in 41s", w=1, days=(0, 8)),
    pool("pnpm install", "Packages: +796\nDone in 7.3s", w=2, days=(9, 60)),
    pool("pnpm lint", "✖ 3 problems (0 errors, 3 warnings)", w=2, days=(9, 60)),
    pool("pnpm typecheck", "error TS2339: Property 'sowMonths' does not exist on type 'Seed'.", code=2, w=1, days=(12, 22)),
    pool("pnpm typecheck", w=2, days=(23, 60)),
    pool("pnpm test:unit", " Test Files  36 passed (36)", w=3, days=(9, 60)),
    pool("pnpm exec playwright test", "  40 passed (1.2m)", w=2, days=(18, 60)),
    pool("npx cypress run --spec cypress/e2e/swap.cy.ts", "  ✔  All specs passed!", w=1, days=(6, 17)),
    pool("pnpm build", "✔ Server built in 3054ms", w=2, days=(9, 60)),
    pool("netlify deploy --build", "Deploy is live!", w=1, days=(3, 26)),
    pool("npx wrangler pages deployment list --project-name petalpost-web", w=1, days=(30, 60)),
    pool("git status -sb", "## main...origin/main [ahead 1]", w=4),
    pool("git switch -c feat/swap-map", w=1),
    pool("git push -u origin HEAD", w=2),
    pool("gh pr create --fill", "https://git.example.com/petalpost/petalpost/pull/88", w=1),
    pool("pnpm up -i --latest", w=1, days=(9, 60)),
    pool("code .", w=1),
    pool("curl -s localhost:3300/api/seeds?month=4 | jq length", "57", w=1),
]

QUESTIONS = [
    # paraphrase (7)
    q("paraphrase", "Why did the 'posted a while back' text on a listing change right after it appeared?",
      ["pp.p.hydr"], note="Server/browser time-zone hydration mismatch; fixed with <ClientOnly>.",
      distractors=["pp.p.hydr.d"]),
    q("paraphrase", "What made the catalogue pictures show up faster on phones?", ["pp.p.img"],
      note="Nuxt Image via Cloudflare, 480px webp, LCP 4.1 s -> 1.9 s.", distractors=["pp.p.img.d"]),
    q("paraphrase", "How did a visitor end up with someone else's pending trades?", ["pp.p.pinia"],
      note="Module-scoped Pinia state shared across SSR requests.", distractors=["pp.p.pinia.d"]),
    q("paraphrase", "Why don't the how-to articles call the CMS on each visit anymore?", ["pp.p.prerender"],
      note="routeRules prerender the guides at build time.", distractors=["pp.p.prerender.d"]),
    q("paraphrase", "Why did that browser test of the swap request randomly fail, and what settled it?",
      ["pp.p.flake"], note="Toast animation covered the button; reducedMotion fixed the flaky Playwright spec.",
      distractors=["pp.p.flake.d"]),
    q("paraphrase", "Why were we getting rate limited by the address service while people typed?",
      ["pp.p.debounce"], note="Postcode lookup on every keystroke -> 429s; debounced and cached.",
      distractors=["pp.p.debounce.d"]),
    q("paraphrase", "Why did the Cymraeg translations vanish on the live site?", ["pp.p.i18n"],
      note="Lazy locale files missing because langDir moved relative to srcDir.", distractors=["pp.p.i18n.d"]),
    # command_fact (7)
    q("command_fact", "Which exact Vue release ended up installed?", ["pp.c.vue"], project=None,
      note="pnpm why vue resolves 3.4.31; package.json only says ^3.4.0.", distractors=["pp.c.vue.d"],
      keys=["3.4.31"]),
    q("command_fact", "Which browser engine was the e2e run on when the swap tests broke?", ["pp.c.webkit"],
      note="--project=webkit failed; chromium passed.", distractors=["pp.c.webkit.d"], keys=["--project=webkit"]),
    q("command_fact", "How big did the gzipped client JS come out when I ran the analyzer?", ["pp.c.bundle"],
      note="nuxi analyze output.", distractors=["pp.c.bundle.d"], keys=["412.6 kB"]),
    q("command_fact", "What's the Pages project called that I pushed the build to?", ["pp.c.pages"],
      note="wrangler pages deploy --project-name petalpost-web.", distractors=["pp.c.pages.d"],
      keys=["--project-name petalpost-web --branch"]),
    q("command_fact", "What line coverage did the unit tests report last time I measured?", ["pp.c.cov"],
      note="vitest --coverage summary row.", distractors=["pp.c.cov.d"], keys=["71.42"]),
    q("command_fact", "Which version of the translation module did we lock ourselves to?", ["pp.c.i18npin"],
      note="Only the pin commit gives 8.3.1; the note says 'newest release breaks' without a number.",
      distractors=["pp.c.i18npin.d"], keys=["8.3.1"]),
    q("command_fact", "How long does the CDN keep a growing guide page before asking the origin again?",
      ["pp.c.smaxage"], note="curl -sI shows s-maxage=86400.", distractors=["pp.c.smaxage.d"],
      keys=["s-maxage=86400"]),
    # knowledge_update (6)
    q("knowledge_update", "Where is the seed-swap site hosted now?", ["pp.u.host.2"], ["pp.u.host.1"], project=None,
      note="Netlify -> Cloudflare Pages on day 27."),
    q("knowledge_update", "Which package manager does petalpost use?", ["pp.u.pm.2"], ["pp.u.pm.1"],
      note="npm -> pnpm on day 9."),
    q("knowledge_update", "Where do volunteers write the growing guides these days?", ["pp.u.cms.2"], ["pp.u.cms.1"],
      note="Storyblok -> Nuxt Content markdown."),
    q("knowledge_update", "How many open swap requests can one member have?", ["pp.u.cap.3"],
      ["pp.u.cap.1", "pp.u.cap.2"], note="5 -> 3 -> 4 for verified members (3 otherwise)."),
    q("knowledge_update", "Where does the pending-swap basket get kept between visits?", ["pp.u.persist.2"],
      ["pp.u.persist.1"], note="localStorage -> cookie storage (edit on day 33)."),
    q("knowledge_update", "What Node version does the front end build on at the moment?", ["pp.u.node.3"],
      ["pp.u.node.1", "pp.u.node.2"], note=".nvmrc 18 -> 20 -> 22."),
    # first_attempt (6)
    q("first_attempt", "Which map library did the swap map use originally?", ["pp.f.map.1"], ["pp.f.map.2"],
      note="Leaflet first, then MapLibre."),
    q("first_attempt", "How was form validation done before we moved to Zod?", ["pp.f.forms.1"], ["pp.f.forms.2"],
      note="VeeValidate."),
    q("first_attempt", "How did members sign in at the very start?", ["pp.f.login.1"], ["pp.f.login.2"],
      note="Email + password with nuxt-auth-utils, later magic links."),
    q("first_attempt", "Which end-to-end tool did we start with?", ["pp.f.e2e.1"], ["pp.f.e2e.2"],
      note="Cypress first, ported to Playwright on day 18."),
    q("first_attempt", "What did we style components with initially?", ["pp.f.css.1"], ["pp.f.css.2"],
      note="Plain SCSS modules before UnoCSS."),
    q("first_attempt", "Originally, how did seed search find matches?", ["pp.f.search.1"],
      ["pp.f.search.2", "pp.f.search.3"], note="Client-side Fuse.js, then Meilisearch, then typo tolerance."),
]
