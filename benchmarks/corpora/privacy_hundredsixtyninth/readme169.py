"""Renders README.md from one generation (called twice by build.py and compared)."""
import common169
import enc169
import everyday169
import evasions169
import negatives169
import positional169
import prose169
import vendor169


def _bt(xs):
    return ", ".join(f"`{x}`" for x in xs)


def _cnt(ev):
    c = {}
    for r in ev:
        c[r["type"]] = c.get(r["type"], 0) + 1
    return list(c.values())


def render(data, frozen, muts, mutation_doc):
    S, V, N, meta = data["secrets"], data["evasions"], data["negatives"], data["meta"]
    src = {}
    for r in S:
        src.setdefault(r["source"], []).append(r)
    ev, vd, pw, pr = src["everyday"], src["vendor"], src["password"], src["prose"]
    span_types = {r["type"] for r in S}
    containers = {r["container"] for r in S}
    ncls = []
    for r in N:
        if r["class"] not in ncls:
            ncls.append(r["class"])
    out = []
    A = out.append

    A("# privacy_hundredsixtyninth (p169) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**golf-course, country-club and tee-time booking developers**: tee-sheet and tee-time booking engines (Laravel, "
      "Django, Next.js member portals, foreUP, Lightspeed Golf / Chronogolf, GolfNow channel feeds, Teesnap, Club Prophet, "
      "EZLinks, TeeOn, BRS Golf), member portals and handicap syncing (GHIN-style lookups, Golf Canada, WordPress member "
      "sites, Quarkus and Rails sync jobs), GPS carts and course-management tablets (Android / Kotlin builds, iOS plists, "
      "Expo caddie apps, Club Car Visage, GPS Industries, Uplink, Tagmarshal, MDM fleets), pro-shop point of sale and "
      "inventory (Windows tills, .NET inventory services, PowerShell, Shopify, Square, Clover, Stripe Connect, Heartland, "
      "Authorize.net, Elavon, UPC-A stock counts), food-and-beverage and halfway-house ordering (Toast, Lightspeed "
      "Restaurant, Revel, Electron kitchen displays, Express order APIs), irrigation and turf-sensor dashboards (Toro "
      "Lynx, Rain Bird IQ4, Turf Guard, POGO, ESP32 / PlatformIO probes, LoRaWAN, Node-RED, Grafana, weather stations, "
      "lightning prediction), tournament scoring and leaderboards (Golf Genius, BlueGolf, GolfStatus, Clippd, Phoenix "
      "and Rust leaderboard services, Svelte scoreboards, signed kiosk JWTs), locker, bag-storage and range-ball "
      "dispensers (Arduino locker banks, RFID bag rooms, Modbus dispenser gateways, Range Servant, Trackman, Toptracer), "
      "dues billing and member statements (Spring and .NET billing, SFTP statement drops, QuickBooks Online, Xero, "
      "GoCardless, Plaid) and caddie scheduling (Flask schedulers, CaddieMaster); plus the commerce, messaging, AI, "
      "developer and ops services such developers use (SendGrid, Mailgun, Mailchimp, Brevo, Plivo, Telnyx, Telegram, "
      "Slack, Discord, Google Chat, OpenAI, Anthropic, Groq, Perplexity, Hugging Face, GitHub, GitLab, Docker Hub, "
      "Atlassian, Linear, Notion, Airtable, Pulumi, DigitalOcean, Fly.io, Supabase, PlanetScale, Doppler, Datadog, "
      "Grafana, Sentry, Cloudflare, AWS, Azure, HubSpot, Klaviyo, Calendly, Zoho, Salesforce, Mapbox, Meraki, …); with "
      "hard negatives from the same world. Everything is produced by `build.py` and its modules (`common169.py`, "
      "`everyday169.py`, `vendor169.py`, `positional169.py`, `prose169.py`, `enc169.py`, `dec169.py`, `evasions169.py`, "
      "`negatives169.py`, `readme169.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
      "`random.Random` seeds (16901 everyday, 16902 vendor, 16903 positional passwords, 16904 prose, 16905 evasions, "
      "16906 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, "
      f"compares the bytes of the three JSONL files, runs every check and {len(muts)} mutation tests, renders this README "
      "from both generations and compares it, and only then writes the files (on any failure it writes nothing and exits 1).\n")
    A("**Independence.** The builder never saw the detector's code. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredsixtyninth/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The "
      "only project material read were the two READMEs in `/tmp/brief169/` (`README_hundredsixtyfourth.md`, p164, hair "
      "salon / spa booking; `README_hundredsixtysixth.md`, p166, childcare / nursery management), used only to learn the "
      "file format and what is already covered. No other `/tmp` directory was looked at except the scratch directory "
      "`/tmp/scratch169/` (trial builds and a copy of one public rule file). External reading was limited to public rule "
      "sets, read for token shape only (see Sources consulted). The deny-list (`build.extract_denylist`) holds every "
      "backticked name and every snake_case identifier of both READMEs, lower-cased, also split at `__` and with any "
      f"earlier positional prefix (`<letters>pw_`) stripped ({len(frozen['names'])} names), plus the code, name and name "
      "words of every `code` (Name) language pair and of the spare codes the READMEs name "
      f"({len(frozen['languages'])} language entries). It is frozen in `brief_names.json`; when `/tmp/brief169/` exists "
      "the build re-extracts it and fails if it differs. Dropped by the deny-list on this run: vendor types "
      f"{len(meta['vendor']['dropped'])}, positional syntaxes {len(meta['positional']['dropped'])}, languages "
      f"{len(meta['prose']['refused'])} (the candidate lists were written after reading the READMEs). Novelty is checked "
      "against these two READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n")

    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    A(f"| `secrets.jsonl` | {len(S)} | {len(S)} | {len(span_types)} | {len(containers)} | everyday {len(ev)}, vendor "
      f"{len(vd)}, positional-password {len(pw)}, prose {len(pr)} in {len(pr)} languages |")
    A(f"| `evasions.jsonl` | {len(V)} | {len(V)} | {len({r['type'] for r in V})} | {len({r['container'] for r in V})} | "
      f"{len({r['encoding'] for r in V})} encodings × 3 |")
    A(f"| `negatives.jsonl` | {len(N)} | – | – | {len({r['container'] for r in N})} | {len(ncls)} classes |")
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A(f"| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` {len(frozen['names'])}, `languages` "
      f"{len(frozen['languages'])}) |\n")
    A("Schema (same as the earlier corpora): positives `id` (`p169-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, "
      "`password`, `prose`). Evasions (`p169-e-NNNN`) add a record-level `encoding`; their single span also has `plain` "
      "(the clean secret) and `encoding`; `source` is `evasion`. Negatives (`p169-n-NNNN`): `id`, `class`, `container`, "
      "`text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with "
      "`ensure_ascii=False`.\n")
    A(f"**Scale.** Everyday {len(ev)} = 12 types × 45 kinds, 4 records per kind. Vendor {len(vd)} "
      f"({meta['vendor']['written']} candidates written, {len(meta['vendor']['dropped'])} dropped by the deny-list, the "
      f"first 120 kept; unused tail: {_bt(meta['vendor']['unused'])}). Positional passwords {len(pw)} "
      f"({meta['positional']['written']} syntaxes written, {len(meta['positional']['dropped'])} dropped by the deny-list; "
      "the weakest ones were put last and the first 120 kept; unused tail: "
      f"{_bt(meta['positional']['unused'])}). Prose {len(pr)} in {len(pr)} languages (spares unused: "
      f"{_bt(meta['prose']['spares_unused'])}). Evasions {len(V)} = 22 × 3. Negatives {len(N)} = {len(ncls)} classes × "
      "2 base kinds × 6 presentations. Positives total " + str(len(S)) + " (asked: about 450).\n")

    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a greenkeeper WhatsApp "
      "message, a Slack thread, an OCR'd sticky note in the pro shop, a manager's e-mail to IT, a Freshservice ticket, a "
      "starter's shift-handover PDF, a Teams chat, a tournament-desk e-mail, a Bitwarden JSON export) are labelled.")
    A("- Owner-chosen passwords are a golf word (" + ", ".join(common169.GOLF_WORDS[:20]) + ", …, " +
      f"{len(common169.GOLF_WORDS)} in all" +
      "; capitalised 45 % of the time) + one of `- _ . + ~` + 3–5 lower-case letters / digits + 2 digits (prose and "
      "evasion passwords use only `- _ .`). The build checks this shape for every everyday password type and every "
      "prose value.")
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain appears in any text. Values, public neighbours, evasion plains and evasion runs are "
      "all drawn through one registry that refuses any string in a substring relation with an earlier one.")
    A("- Structured values are valid: UUIDs are version 4 (checked); Base64 / base64url values encode random bytes of "
      "the stated length (range-dispenser device token = Base64 of 30 bytes, handicap-sync client secret = base64url of "
      "36 bytes, Azure storage key = Base64 of 64 bytes, Fly.io `fm2_` body = Base64 of 120 bytes); JWTs (everyday "
      "leaderboard kiosk token, GHIN-style partner session, Supabase service-role key, Calendly PAT) are HS256 with a "
      "real base64url JSON header and payload and a real HMAC signature (checked); the Mapbox `sk.` middle is real "
      "base64url JSON; the positional `_auth` / `auth` / `Authorization: Basic` spans are the Base64 of `user:password`, "
      "the SMTP `AUTH LOGIN` span the Base64 of the password; the MQTT CONNECT payload lengths are the real string "
      "lengths. Negatives: UPC-A codes carry real check digits, IMEIs and member numbers Luhn digits, GB IBANs pass "
      "mod-97; SHA-256 / SHA-512 values, the webhook `sha256=` value and the PKCE `code_challenge` are real digests of "
      "random strings; the PBKDF2 and scrypt PIN hashes are real (Werkzeug-style strings).")
    A("- Public neighbours are unlabelled: user names, hosts (`*.pinehollow.internal`, `*.oakridgecc.lan`, "
      "`*.club.example`, `*.links.example.net`, `*.heronbay.local`), SSIDs, database and share names, key names, "
      "account / client / application ids written next to the secret (foreUP client id, Toast client id, Clover "
      "merchant id, Revel API key, Authorize.net API login id, QuickBooks / Xero client ids, Plaid client id, Plivo "
      "auth id, Sinch service plan id, Pushover user key, Trackman client id, PlanetScale token id, Infisical client "
      "id, AWS access key id, Algolia app id, DocuSign integration key, Dropbox app key, Salesforce consumer key, "
      "GolfNow / GolfBox user names) and the user half of a user:password pair.")
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, "
      "then the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear "
      "inside its own run.\n")

    A("## Categories (positives)\n")
    A("Everyday (12 types): " + _bt(everyday169.TYPES) + ". Six are owner-chosen passwords (tee-sheet admin, pro-shop "
      "POS database, cart-tablet unlock passcode, irrigation central login, halfway-house Wi-Fi passphrase, member "
      "statement SFTP) and six generated secrets (`ttbk_live_` + 32 alphanumerics tee-time booking API key, base64url "
      "handicap-sync OAuth client secret, HS256 scoring / leaderboard JWT, 64-hex turf-sensor MQTT HMAC key, `dbws_` + "
      "base64url dues-billing webhook signing secret, Base64 range-dispenser device token). Container kinds (45): " +
      _bt([k for k, _, _ in everyday169.KINDS]) + ". Pairing: type = (11·kind + 7·j + ⌊kind/12⌋) mod 12 for j = 0…3, "
      "so every kind gets four different types and each type sits in " + "%d–%d kinds." % (min(_cnt(ev)), max(_cnt(ev))) + " Key names are built from the type "
      "words in the container's own case style (UPPER_SNAKE for dotenv, compose, CI, systemd, Flask, `#define` and "
      "build flags; snake_case for YAML, TOML, INI, PHP arrays, Elixir and Terraform; camelCase for JSON, JS / TS and "
      "Gradle properties; PascalCase for .NET, plist, Windows INI and PowerShell; kebab-case for ConfigMaps and "
      "Quarkus; dotted for Spring; spaced words for chat, e-mail and ticket kinds; Title Words for OCR'd notes and "
      "handover sheets).\n")
    A(f"Vendor ({len(vd)} types, container `<type>__<style>`): " + _bt([r["type"] for r in vd]) + ". Styles (12, "
      "assigned cyclically): " + _bt(vendor169.STYLES) + ". Where a vendor pairs a public id with the secret, the id is "
      "written next to it (same format) and left unlabelled.\n")
    A(f"Positional passwords ({len(pw)} syntaxes, span type `{positional169.PREFIX}<syntax>`, container "
      f"`{positional169.PREFIX}<syntax>__<suffix>` where the suffix says where the line lives: "
      + ", ".join(f"`{v}` ({k})" for k, v in positional169.SUFFIX.items()) + "): " +
      _bt([r["type"] for r in pw]) + ".\n")
    A(f"Prose: someone tells a colleague the tee-sheet admin password and asks them not to forward it; span type "
      f"`{prose169.TYPE}`; container `<format>__<iso639-3>`; formats {_bt(prose169.FORMATS)} (cyclic). Languages "
      f"({len(pr)}): " + ", ".join(f"`{c}` ({n})" for c, n, _ in meta["prose_langs"]) + ". None of them is among the "
      "languages or spares of either README (checked: code, name and each name word against the language entries and "
      "all names). Scripts: " + ", ".join(sorted({s for _, _, s in meta["prose_langs"]})) + ". Thai and Lao do not "
      "separate words with spaces, so the value got spaces around it; every value is followed by a space and a word "
      "(never glued to punctuation) and is set off by whitespace (checked).\n")

    A("## Evasion encodings\n")
    A("; ".join(f"`{k}` = \"{v}\"" for k, v in enc169.RULES.items()) + ".\n")
    A("Encoders are in `enc169.enc` (Ascii85 uses `base64.a85encode`, EBCDIC uses the `cp037` codec, the rest are "
      "hand-written); the decoder `dec169.decode` gets only the encoding name and the run and is written separately, "
      "without importing the encoders, `base64` or the `cp037` codec: a hand-written Ascii85 group reader, Base58 big-number "
      "arithmetic, a hand EBCDIC table, regular expressions for quoted-printable, HTML references, yardages, handicap "
      "indexes, GPS fixes and locker pairs, base-36 / base-4 / base-12 parsing, inverse word tables for the German "
      "and golf spelling alphabets, progressive autokey decryption, a key-to-the-left keyboard map, a turned-character "
      "table written as two parallel strings, code-point offsets for double-struck and Braille, reversal and "
      "re-interleaving. Every pair was round-tripped on 300 random plains per notation (lengths 2–44) while writing; at "
      "build time every span is decoded back to its `plain`, and the upside-down table is checked to be injective. "
      f"Evasion types: {_bt(evasions169.TYPES)}; wordings: {_bt(evasions169.WORDINGS)}; container "
      "`<encoding>__<wording>`.\n")

    A("## Negative classes\n")
    A("| class | records | base kinds |\n|---|---|---|")
    for cls, bases in negatives169.CLASSES:
        n = sum(1 for r in N if r["class"] == cls)
        A(f"| `{cls}` | {n} | {_bt([b for b, _ in bases])} |")
    A("\nEach base kind appears plain and wrapped " + _bt(["__" + w for w, _ in negatives169.WRAPPERS if w]) + ".\n")

    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential; exact record and span field sets; exactly one span per record; spans "
      "re-slice exactly, no edge whitespace; record type == span type; each value occurs exactly once in its text; no "
      "value or plain reused; no value in another record's text or in any negative; no evasion plain in any text; no "
      "slot marker (`«V»`, `{V}`, `{u}`, `{h}`), NUL or `PRIVATE KEY`; prose values set off by whitespace; owner-chosen "
      "password shape for everyday password types and prose; JWT-shaped values carry JSON header and payload; "
      "UUID-shaped values are version 4")
    A("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and "
      "a newline and ends at a newline; plain alphabet `[A-Za-z0-9_.-]`; the run never contains its plain; record and "
      "span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value and plain")
    A("- deny-list: container kinds (positives, evasions, negatives), span types, positional syntaxes (with and without "
      f"`{positional169.PREFIX}`), encodings and negative classes are compared case-insensitively, whole name and each "
      "`__` part, with the frozen deny-list; prose languages by code, name and name words; the frozen "
      "`brief_names.json` is compared with a fresh extraction when `/tmp/brief169/` exists")
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types; 120 distinct vendor types with containers "
      "`<type>__<style>`; 95–120 distinct password syntaxes; 40 prose records in 40 distinct languages; 66 evasions; "
      "span types of the five sources pairwise disjoint; non-everyday containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A(f"- {len(muts)} mutation tests on deep copies, all must be caught (this run: "
      f"{sum(1 for _, c in muts if c)}/{len(muts)}): " +
      ", ".join(f"`{k}` {d}" for k, d in mutation_doc) + "\n")

    A("## Shapes you had to guess\n")
    A("Read for shape this session (the gitleaks-generated pattern list in `Wicker25/PromptGuard` `src/core/secrets.ts`; "
      "nothing copied): Anthropic admin `sk-ant-admin01-` + 93 + `AA`; OpenAI `sk-proj-` + 74 + `T3BlbkFJ` + 74; "
      "Perplexity `pplx-` + 48; Hugging Face `hf_` + 34 letters; Linear `lin_api_` + 40; Notion `ntn_` + 11 digits + 35; "
      "Airtable `pat` + 14 + `.` + 64 hex; Postman `PMAK-` + 24 hex + `-` + 34 hex; Pulumi `pul-` + 40 hex; "
      "DigitalOcean `dop_v1_` + 64 hex; Heroku `HRKU-AA` + 58; Fly.io `fm2_` + Base64; PlanetScale `pscale_tkn_`; "
      "SendGrid `SG.` + 66; Brevo `xkeysib-` + 64 hex + `-` + 16; Mailchimp 32 hex + `-usNN`; Mailgun `key-` + 32 hex; "
      "MessageBird 25; Telegram `<digits>:A…` + 34; Slack `xoxb-`; Grafana `glsa_` + 32 + `_` + 8 hex; New Relic "
      "`NRAK-` + 27; Sentry user token `sntryu_` + 64 hex; Shopify `shpat_` / `shpss_` + 32 hex; Stripe `sk_live_`; "
      "Plaid secret 30 and client id 24; GoCardless `live_` + 40; Datadog 40 (application key); Cloudflare API token "
      "40; Google `AIza` + 35; Dropbox app secret 15; Mapbox `pk.`; Meraki 40 hex; AWS `AKIA` + 16; Doppler `dp.pt.` "
      "(the service-token form `dp.st.<config>.` from a Doppler demo README).\n")
    A("Believed right from background knowledge (not re-read): Groq `gsk_` + 52, Replicate `r8_` + 37, xAI `xai-` + 80, "
      "Docker Hub `dckr_pat_`, GitHub `ghp_` + 36, GitLab `glpat-` + 20, PostHog `phx_` (personal) and `phc_` (public "
      "project key), HubSpot `pat-na1-<uuid>`, Supabase service-role JWT, Calendly PAT as a JWT, Zoho refresh token "
      "`1000.<32 hex>.<32 hex>`, Salesforce consumer key `3MVG9…` with a 64-hex consumer secret, Tailscale "
      "`tskey-client-…CNTRL-…`, Datadog API key 32 hex, Azure storage key 88 Base64, AWS secret 40, Authorize.net "
      "signature key 128 hex, Elavon Converge PIN 64, Algolia admin key 32 hex, Klaviyo private key `pk_` + 34 hex, "
      "Pushover 30 starting `a` / `u`, Atlassian `ATATT3xFfGF0…=` + 8 hex, Google Chat webhook URL with `key=` and "
      "`token=`, Slack signing secret 32 hex, Discord bot token (Base64 of the user id, 6, 38), Mapbox `sk.` with a "
      "base64url JSON middle, Stripe `pk_live_` (public).\n")
    A("Guessed (length and alphabet only, recognisable from the key name): every golf and club vendor — foreUP, "
      "Lightspeed Golf / Chronogolf, GolfNow channel password, Teesnap, Club Prophet, EZLinks, Jonas Club, "
      "Clubessential, Northstar, Golf Genius, BlueGolf, the GHIN partner session JWT claims, GolfBox, Tagmarshal, Toro "
      "Lynx, Rain Bird IQ4, Turf Guard, POGO, Trackman, Toptracer, Range Servant, Arccos, Shot Scope, GolfStatus, "
      "Clippd, CaddieMaster, Club Car Visage, GPS Industries, Uplink, TeeOn, BRS Golf, Thor Guard, Perry Weather, "
      "Golfmanager, intelligentgolf, GolfBack, Supreme Golf, Golf Canada — plus Toast, Clover, Lightspeed Restaurant, "
      "Revel, the Square refresh token `EQAA…`, Heartland `skapi_prod_`, NMI, QuickBooks Online, Xero, Mandrill `md-`, "
      "Resend `re_…_…`, Plivo, Telnyx `KEY…_…`, Sinch, Mattermost, Voyage `pa-`, Pinecone `pcsk_`, Azure AI Speech, "
      "Infisical, PagerDuty `u+`, DocuSign, OpenWeatherMap. The everyday prefixes `ttbk_live_`, `dbws_` and the "
      "evasion prefix `pos_live_` are invented. Syntaxes from memory, not re-checked: `db2 connect to … user … using`, "
      "`vsql -w`, `hdbsql -p`, BTEQ `.LOGON tdpid/user,password`, unixODBC `isql DSN user password`, `tsql -P`, "
      "`schtasks /RP`, `winrs -p:`, `net use \\\\srv\\share password /user:`, `ipmitool -P`, `snmpwalk -A`, `ccrypt -K`, "
      "`mc alias set` order, `openfortivpn -p`, `lynx -auth=`, `s-nail -S mta=`, `adb shell cmd wifi connect-network`, "
      "`bundle config set <host> user:pass`, restic `rest:` URLs, `hostapd.wpa_psk`, davfs2 `secrets` and "
      "`chap-secrets` column order, Nagios `$USERn$` macros, Yarn `npmAuthIdent`, the AnyConnect `vpn -s` line order, "
      "Robot Framework `Input Text`, TestCafe `typeText`, `pyautogui.typewrite`. Negatives: GHIN number length, cart "
      "and tablet serial layouts, LoRaWAN EUIs and the KMS prefix `AQICAHh` (followed by random bytes, not a real "
      "envelope) are approximate; the bcrypt strings are random in bcrypt shape; the PGP armour is random Base64 with a "
      "random CRC line.\n")

    A("## Judgement calls\n")
    pairs = {(r["type"], r["container"]) for r in ev}
    for p in (("scoring_leaderboard_jwt", "locker_controller_arduino_secrets_h"),
              ("dues_billing_webhook_signing_secret", "scoring_leaderboard_phoenix_config_exs"),
              ("halfway_house_wifi_passphrase", "cart_tablet_kotlin_buildconfig_field")):
        if p not in pairs:
            raise AssertionError("README example pairing missing: %s" % (p,))
    A("- Everyday: the pairing is cyclic, so a leaderboard JWT can sit in an Arduino locker header, a dues webhook "
      "secret in a Phoenix leaderboard config and a halfway-house Wi-Fi passphrase in a Kotlin `buildConfigField`; the texts "
      "stay plausible as \"wrong file\" leaks. The Ansible kind shows `ansible-vault view` output (the decrypted "
      "plaintext), which is a leak when pasted.")
    A("- Vendor: most golf, club, irrigation and range vendors publish no token format the builder knows of, so their "
      "types model a partner / integration secret recognisable only from the key name — part of the test. GolfNow "
      "channel and GolfBox carry generated API passwords (their integrations use user / password pairs). Several "
      "brands also appear in the earlier READMEs (Stripe, Slack, GitHub, Anthropic, OpenAI, Shopify, Square, Mapbox, "
      "Sentry, Google …); only type *names* are checked, so new credential kinds of known brands "
      "(`anthropic_admin_api_key`, `openai_project_api_key`, `slack_bot_user_oauth_token`, "
      "`stripe_connect_platform_secret_key`, `sentry_user_auth_token`, `mapbox_styles_write_token`, …) are in. The "
      "Google Chat webhook type labels the whole URL (the URL is the credential). The Klaviyo private key starts `pk_` "
      "although it is secret (a trap for prefix rules); Stripe `pk_live_`, the Mapbox `pk.` token, the PostHog `phc_` "
      "key, the Algolia search-only key and the reCAPTCHA site key appear only in negatives as public-by-design. The "
      "Supabase service-role key is a JWT like the public anon key — only the `role` claim and the key name tell them "
      "apart.")
    A("- Passwords: labelled when the value logs in (glued `-p` for `mysqladmin` and `7z`, short flags `-P` / `-w` / "
      "`-p` / `-a` / `-pw` / `-A` / `/RP` / `-p:` / `-K`, `u%p`, `u:p` after `-auth=` or in `npmAuthIdent`, slash logons "
      "for RMAN, expdp, SQL*Plus `connect` and python-oracledb, BTEQ `user,password`, DB2 `using`, positional arguments "
      "for `net use`, unixODBC `isql`, `mc alias set`, `adb … connect-network`, URL userinfo for many clients, proxies "
      "and libraries), protects a file (`7z -p`, `openssl enc -k`, `ccrypt -K`, `cryptsetup` stdin, `kinit` stdin), "
      "sits in a file by position (davfs2 secrets, `chap-secrets`, `hostapd.wpa_psk`, Nagios `$USER4$`, WLAN profile "
      "`keyMaterial`, squid `login=`, apt proxy, lftp bookmarks, a `GIT_ASKPASS` script, Base64 `user:password` in "
      "Docker `config.json`, `.npmrc` `_auth` and an nginx `Authorization` header), travels in a protocol exchange "
      "(FTP `PASS`, SMTP `AUTH LOGIN` second line — a Base64 span —, HTTP Basic header, IRC `PASS`, the third "
      "length-prefixed string of an MQTT CONNECT payload) or is typed by automation into a login form (PyAutoGUI, "
      "Puppeteer, WebdriverIO, TestCafe, Robot Framework, PowerShell `SendKeys`, VBScript `SendKeys`, ydotool, "
      "Nightwatch). `snmpwalk -A` (auth passphrase), `ssh-keygen -P`, `-passout pass:`, `cmdkey /pass:`, "
      "`keyMaterial`, `ConvertTo-SecureString` and selectors such as `#login-secret` keep a hint of the word; the "
      "weakest four were put last (unused tail). `sshpass -P` would change the prompt text, not the password. Several "
      "ideas repeat the earlier corpora on new tools (URL userinfo, glued flags, library call positions, stdin echo); "
      "novelty was checked by name, not by signature.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair "
      "for Spanish, French, German, Dutch, Danish, Swedish, Polish, Czech, Slovak, Croatian, Romanian, Ukrainian, "
      "Bulgarian, Greek, Turkish, Indonesian, Vietnamese, Afrikaans; modest for Finnish, Estonian, Latvian, "
      "Lithuanian, Slovenian, Hungarian, Macedonian, Belarusian, Azerbaijani, Persian, Urdu, Punjabi, Nepali, Thai, "
      "Swahili, Welsh; low for Armenian, Georgian, Tamil, Lao, Amharic, Somali. Loan words (`admin`, "
      "`password` transliterated in Urdu, Punjabi and Nepali, `tee time`) are kept as people use them.")
    A("- Evasions: Ascii85, Base58, EBCDIC hex, quoted-printable, HTML references, base-36, base-4 and dozenal are byte "
      "or numeral notations; letter numbers and the German and golf spelling alphabets are spelled forms; the autokey "
      "cipher and the one-key-right keyboard shift are ciphers with the rule stated; double-struck letters, Braille "
      "cells and upside-down text are Unicode look-alike or substitution blocks; reversal and the odd/even split are "
      "positional tricks; yardages, handicap indexes, cart GPS fixes and locker dial pairs are golf-world disguises of "
      "code points. Close relatives exist in the earlier corpora (octal and hex byte notations, NATO spelling, Caesar / "
      "affine / Beaufort ciphers, fullwidth / bold / sans-serif bold blocks, the decoy pattern, code-point disguises "
      "from the salon and nursery worlds); novelty was checked by name only.")
    A("- Negatives: confirmation numbers, booking refs, GHIN numbers, member numbers, cart and tablet serials, IMEIs, "
      "MDM UDIDs, SKUs and UPCs, round / event UUIDs, request and idempotency ids, ETags, DevEUI / JoinEUI and MACs, "
      "invoice and mandate references are identifiers (the LoRaWAN AppKey, which would be a secret, is absent); the "
      "member's IBAN printed on every statement is treated as public; Stripe `pk_live_`, Mapbox `pk.`, PostHog `phc_`, "
      "the Algolia search-only key and the reCAPTCHA site key are public by design; firmware and release digests are "
      "checksums; `********`, `••••`, `[REDACTED]` and `sk_live_****…` masks carry no value (one keeps a four-character "
      "tail); empty values, `<your-…>`, `changeme`, `REPLACE_ME`, `ttbk_live_xxxx…`, Helm `{{ … }}` and `${…:?…}` are "
      "placeholders; `secretKeyRef`, `op://`, Secrets Manager ARNs, `${{ secrets.X }}`, `vault:` paths and `$(VAR)` "
      "are pointers; PBKDF2 / scrypt / bcrypt PIN hashes are one-way (sensitive, not usable credentials); KMS blobs and "
      "the PGP message are ciphertext; the lock-out chat and the policy excerpt talk about passwords without one; the "
      "webhook `sha256=` / `v1=` values are HMAC outputs and `state`, `nonce` and `code_challenge` are public OAuth "
      "parameters; the AWS documentation example keys (`AKIAIOSFODNN7EXAMPLE` and its partner) and `YOUR_API_KEY` are "
      "documentation samples. `changeme` is a placeholder here, though a detector might fairly call it a weak real "
      "password. Random fillers are generated, so an entropy-only detector will hit them — that is the point.\n")

    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief169/` (p164 and p166), for format and coverage only. The detector's code was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no "
      "other `/tmp` directory except `/tmp/scratch169/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): two `code` "
      "searches (gitleaks-style rules for Groq / Perplexity / PostHog / HubSpot / Telnyx; Kingfisher-style rules for "
      "PlanetScale / Doppler / Pulumi / DigitalOcean / Postman), which led to the gitleaks-generated pattern list in "
      "`Wicker25/PromptGuard` `src/core/secrets.ts` (brought in with the `fetch` tool, copied to `/tmp/scratch169/` and "
      "grepped for the rule names and prefixes listed above), old gitleaks default configs seen in the search results, "
      "a Doppler steampipe config comment and a Doppler demo README (`dp.st.` service tokens). Betterleaks, Kingfisher "
      "and CredSweeper rule files and vendor documentation were not otherwise read.")
    return "\n".join(out) + "\n"
