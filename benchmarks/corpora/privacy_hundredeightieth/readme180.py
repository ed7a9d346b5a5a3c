"""Renders README.md from the generated data (deterministic)."""
import collections

import enc180
import everyday180
import evasions180
import negatives180
import positional180
import prose180
import vendor180


def _bt(x):
    return "`%s`" % x


def render(d, deny, muts, status):
    sec, ev, neg = d["secrets"], d["evasions"], d["negatives"]
    by = collections.Counter(r["source"] for r in sec)
    L = []
    A = L.append
    A("# privacy_hundredeightieth (p180) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**bicycle-shop, bike-repair and cycling-club developers**: bike-shop point of sale and workshop job cards (Lightspeed Retail, "
      "Ascend, Odoo POS, WooCommerce, Magento, Shopify, BigCommerce, SumUp, Zettle, Square, Stripe, Klarna, GoCardless), frame-number "
      "registries and e-bike motor diagnostics tools (Bike Index, drive-unit / battery serials, error codes, diagnostics dongles), "
      "cycling-club membership and ride registration (Wild Apricot, Spond, ClubSpark, British Cycling, BikeReg, Google Sheets / Apps Script), "
      "race timing with chip mats and results feeds (RaceResult, MYLAPS Speedhive, RunSignUp, Webscorer, UHF EPC reads, results webhooks), "
      "bike-fit studio measurements, Strava/Garmin-style activity sync (Strava, Garmin Connect, Wahoo, TrainingPeaks, Polar, Suunto, "
      "intervals.icu, Ride with GPS, Komoot, Zwift, TrainerRoad), parts-supplier B2B ordering (QBP, Shimano B2B, Trek retailer B2B, EDI, "
      "EAN / SSCC codes), trade-in and used-bike marketplaces, smart-trainer firmware updates (FTMS / ANT+, PlatformIO, Zephyr, MicroPython, "
      "firmware signing), bike rental and bookings (Booqable, Checkfront, FareHarbor, Rezdy, Calendly), routing and weather "
      "(Thunderforest, openrouteservice, GraphHopper, MapTiler, Stadia Maps, OpenWeatherMap, Tomorrow.io); plus the commerce, messaging, "
      "AI, developer and ops services such developers use (Mailchimp, Klaviyo, Brevo, Resend, Sendcloud, ShipStation, Royal Mail, DHL, UPS, "
      "Twilio, MessageBird, Telegram, Slack, Discord, Pushover, ntfy, LINE, Intercom, Zendesk, OpenAI, Anthropic, Gemini, Groq, Replicate, "
      "Perplexity, xAI, Hugging Face, Langfuse, Pinecone, Together AI, Voyage AI, GitHub, GitLab, Atlassian, CircleCI, Buildkite, Vercel, "
      "Render, Supabase, Sentry, Postman, Linear, Notion, Airtable, ClickUp, Figma, Contentful, Typeform, ReadMe, Pulumi, DigitalOcean, "
      "Scaleway, Fly.io, Heroku, Datadog, Fastly, Cloudflare R2, Azure Storage, AWS, Grafana, age, Okta, New Relic, UptimeRobot, "
      "Healthchecks.io, Neon …); with hard negatives from the same world. Everything is produced by `build.py` and its modules "
      "(`common180.py`, `everyday180.py`, `vendor180.py`, `positional180.py`, `prose180.py`, `enc180.py`, `dec180.py`, `evasions180.py`, "
      "`negatives180.py`, `checks180.py`, `readme180.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
      "`random.Random` seeds (%d everyday, %d vendor, %d positional passwords, %d prose, %d evasions, %d negatives), no clock, no network. "
      "`python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL files, runs every check "
      "and %d mutation tests, renders this README from both generations and compares it, and only then writes the files (on any failure it "
      "prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief180/`.\n"
      % (everyday180.SEED, vendor180.SEED, positional180.SEED, prose180.SEED, evasions180.SEED, negatives180.SEED, len(muts)))
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredeightieth/`) was created (with `mkdir -p`) and written; its parent was never listed, nothing else "
      "under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project material read were the two "
      "READMEs in `/tmp/brief180/` (`README_hundredseventyseventh.md`, p177, dry-stone / masonry / heritage-restoration contractors; "
      "`README_hundredseventyeighth.md`, p178, ice-rink / curling-club / winter-sports facilities), used only to learn the file format and "
      "what is already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch180/` (trial builds and "
      "extracted copies of the public gitleaks rule file and Kingfisher rule files, read for token shapes). The deny-list "
      "(`common180.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, lower-cased, also split "
      "at `__` and also with an earlier positional prefix (`<letters>pw_`) stripped (%d names), the language codes of every `code` (Name) "
      "pair and of the spare lists (%d codes) and the language names and name words of those pairs (%d entries). It is frozen in "
      "`brief_names.json`; when `/tmp/brief180/` exists the build re-extracts it and fails if it differs (this build: %s). Nothing is dropped "
      "silently: the candidate lists were written after reading the READMEs and the build fails on any overlap. Novelty is checked against "
      "these two READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["language_codes"]), len(deny["language_names"]), status))

    # ---------------------------------------------------------------- files and counts
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(sec), sum(len(r["secrets"]) for r in sec), len({r["type"] for r in sec}), len({r["container"] for r in sec}),
         by["everyday"], by["vendor"], by["password"], by["prose"], len(prose180.LANGS)))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(ev), len(ev), len({r["type"] for r in ev}),
                                                                      len({r["container"] for r in ev}), len(enc180.ENCODINGS)))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len({r["class"] for r in neg})))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(deny["names"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema (same as the earlier corpora): positives `id` (`p180-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` "
      "(a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions "
      "(`p180-e-NNNN`) add a record-level `encoding`; their single span also has `plain` (the clean secret) and `encoding`; `source` is "
      "`evasion`. Negatives (`p180-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    vt = [v[0] for v in vendor180.VENDORS[120:]]
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind. Vendor 120 (%d candidates written, the cycling-world ones first "
      "and the generic ones last; the first 120 kept; unused tail: %s). Positional passwords %d (%d syntaxes written; the weaker ones or "
      "those too close to an earlier corpus's idea were moved to an unused tail: %s). Prose 40 in 40 languages (spares unused: %s). "
      "Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 6 presentations. Positives total %d (asked: about 450).\n"
      % (len(vendor180.VENDORS), ", ".join(_bt(x) for x in vt), by["password"], by["password"] + len(positional180.TAIL),
         ", ".join(_bt(t[0]) for t in positional180.TAIL), ", ".join("%s (%s)" % (_bt(c), n) for c, n in prose180.SPARES),
         len(neg), len(negatives180.CLASSES), len(sec)))

    # ---------------------------------------------------------------- conventions
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never "
      "the quotes (nor the escaped `\\\"` of a PlatformIO `-D` flag) and never the key. Values pasted where they do not belong (a club "
      "committee Slack thread, an OCR'd workshop whiteboard, a Zendesk internal note, a treasurer's e-mail, a shared-passwords CSV, a pino "
      "debug log line, a Kibana CSV export, a fish history, a Bruno environment comment, a volunteers' Telegram group, a GitHub issue "
      "comment, a supplier's onboarding e-mail) are labelled.")
    A("- Owner-chosen passwords are a word of the cycling world (%s; %d in all; capitalised 40 %% of the time) + one of `- _ . + !` + 3–5 "
      "lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "`^[A-Za-z][a-z]+[-_.+!][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the 8 owner-chosen vendor passwords, and the "
      "stricter `- _ .` form for every non-Base64 positional value, every password hidden in a Base64 positional value and every prose value."
      % (", ".join(__import__("common180").BIKE_WORDS[:40]) + ", …", len(__import__("common180").BIKE_WORDS)))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; no "
      "evasion plain and no password hidden inside a Base64 positional value appears in any text. Values, hidden passwords, evasion plains "
      "and evasion runs are drawn through one registry that refuses any string in a substring relation with an earlier one; a negative is "
      "redrawn if it contains any of them.")
    A("- Structured values are valid: every UUID-shaped part of a value is version 4 (checked); the ride-registration JWT and the Calendly "
      "token are HS256 JWTs with real base64url JSON and a real HMAC under a discarded key (JSON checked for every `eyJ…` value); `ghp_` / "
      "`ghr_` tokens carry a real CRC-32 in their last six base62 characters (checked); the trainer signing seed is the Base64 of 32 bytes, "
      "the `rrwh_` body the base64url of 32 bytes and the Azure storage key the Base64 of 64 bytes (checked); the Discord bot token starts "
      "with the Base64 of its numeric id; the SMTP `AUTH LOGIN` span is the Base64 of the password, the XMPP and ManageSieve `PLAIN` spans "
      "the Base64 of NUL user NUL password, the `Proxy-Authorization: Basic` span the Base64 of `user:password` (decoded and checked). "
      "Negatives: EAN-13 and SSCC codes carry real GS1 check digits (checked); route polylines are real Google-polyline encodings and "
      "geohashes real geohashes of generated coordinates; SHA-256 / CRC-32 values are real digests of random bytes and the FIT CRC-16 "
      "values are computed with the FIT algorithm; the Mapbox `pk.` token has real base64url JSON; webhook signatures are real "
      "HMAC-SHA256 outputs under a discarded key; GATT UUIDs are the real Bluetooth-base UUIDs (version 0, on purpose).")
    A("- Public neighbours are unlabelled: user names, hosts (`*.bikeshop.lan`, `*.velo.internal`, `*.velonorth.lan`, "
      "`*.racehq.internal`, `*.studio.lan`, private addresses), key names, and ids written next to a secret (Strava client id, Garmin "
      "consumer key, Wahoo / TrainingPeaks / Polar / Bike Index / Zettle / QuickBooks / UPS / Google client ids, Ride with GPS API key, "
      "intervals.icu athlete id, Lightspeed domain prefix and account id, QBP dealer number, RaceResult event id, RunSignUp API key, Wild "
      "Apricot account id, Checkfront API key, FareHarbor app key, Shopify shop domain and app API key, WooCommerce `ck_` key, BigCommerce "
      "store hash, Square application id, Klarna username, Klaviyo site id, Sendcloud public key, ShipStation / DHL API keys, Twilio `AC…` "
      "sid, Pushover user key, LINE channel id, Zendesk agent e-mail, Langfuse `pk-lf-` key, GitLab application id, Jira user, Airtable base "
      "id, Contentful space id, Scaleway `SCW…` access key, R2 access key id, Azure storage account name, AWS `AKIA…` id, Okta org URL) and the user half of a user / password pair.")
    A("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the text lives: %s."
      % (positional180.PFX, positional180.PFX, ", ".join("%s (%s)" % (_bt(v), k) for k, v in positional180.SUFFIX.items())))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on its "
      "own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run or if the run would "
      "start or end with whitespace.\n")

    # ---------------------------------------------------------------- categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("%s (%s)" % (_bt(t[0]), t[2]) for t in everyday180.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (_bt(k[0]), k[1]) for k in everyday180.KINDS) +
      ". Pairing: type = (5·kind + 7·j + 3·⌊kind/5⌋) mod 12 for the four records j = 0…3 of a kind, so every kind holds four different "
      "types (checked) and every type sits in exactly 15 kinds; secrets land in plausible wrong files (a timing-console password in a "
      "Zephyr `prj.conf`, a fit-studio password in an IntelliJ run configuration). Key names are the type's key words in the container's "
      "own case style: upper (UPPER_SNAKE), snake, camel, pascal, dot, kebab (Spring relaxed binding), colon_pascal (.NET user-secrets "
      "`Section:Key`), config_upper (Zephyr `CONFIG_…`), puppet_snake (Hiera `bikeshop::…`), spaced (chats, tickets, e-mail), title "
      "(OCR'd whiteboard, shared CSV).\n")
    A("Vendor (120 types, container `<type>__<style>`): " + ", ".join(_bt(v[0]) for v in vendor180.VENDORS[:120]) +
      ". Styles (12, assigned cyclically): " + ", ".join(_bt(s[0]) for s in vendor180.STYLES) +
      ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left unlabelled.\n")
    A("Positional passwords (%d syntaxes, span type `%s<syntax>`): " % (by["password"], positional180.PFX) +
      ", ".join(_bt(positional180.PFX + s[0]) for s in positional180.SYNTAXES) + ".\n")
    A("Prose: someone tells a colleague the password of the workshop tablet and asks them not to forward it; span type `%s`; container "
      "`<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them is among the languages or spares of either README "
      "(checked: code against codes and names, name and each name word against the language names). Scripts: %s. Thai does not separate "
      "words with spaces, so the value got spaces around it; every prose value is set off by whitespace on both sides (checked).\n"
      % (prose180.SPAN_TYPE, ", ".join(_bt(f) for f in prose180.FORMATS), ", ".join("%s (%s)" % (_bt(c), n) for c, n, _s, _c, _t in prose180.LANGS),
         ", ".join(sorted({s for _c, _n, s, _cf, _t in prose180.LANGS}))))

    # ---------------------------------------------------------------- evasions
    A("## Evasion encodings\n")
    A("; ".join("%s = \"%s\"" % (_bt(k), v[2]) for k, v in enc180.ENCODINGS.items()) + ".\n")
    fam = collections.defaultdict(list)
    for k, v in enc180.ENCODINGS.items():
        fam[v[1]].append(k)
    A("Encoders are in `enc180.ENCODINGS` (all hand-written); the decoder `dec180.decode` gets only the encoding name and the run and is "
      "written separately, importing nothing from the encoder and no `base64`, `binascii` or `codecs`: the Vigenère key stream run "
      "backwards, the zigzag rail pattern rebuilt and refilled, the halves re-interleaved, pairs swapped back, `ord − 0x2800` bytes decoded "
      "as UTF-8, `unicodedata.name` parsing for monospace and circled forms, the accents and zero-width spaces stripped, `int(…, 16)` for "
      "U+ notation, `unicodedata.digit` for Eastern Arabic digits, base-20 arithmetic for Mayan numerals, a retyped German spelling table, "
      "a position table for A1Z26, the QWERTY rows shifted back, a/b groups read as binary, and arithmetic for the six cycling disguises. "
      "Every pair was round-tripped on 300 random plains per notation (lengths 8–44) while writing; at build time every span is decoded "
      "back to its `plain`. Families: " + "; ".join("%s: %s" % (f, ", ".join(_bt(x) for x in xs)) for f, xs in sorted(fam.items())) +
      ". Evasion types: " + "; ".join("%s (%s)" % (_bt(t[0]), t[2]) for t in evasions180.TYPES) + "; wordings: " +
      ", ".join(_bt(w[0]) for w in evasions180.WORDINGS) + "; container `<encoding>__<wording>`.\n")

    # ---------------------------------------------------------------- negatives
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    cc = collections.Counter(r["class"] for r in neg)
    for cname, desc, bases in negatives180.CLASSES:
        A("| %s | %d | %s | %s |" % (_bt(cname), cc[cname], ", ".join(_bt(b[0]) for b in bases), desc))
    A("\nEach base kind appears plain and wrapped " + ", ".join(_bt(w[0]) for w in negatives180.WRAPPERS if w[0]) + ".\n")

    # ---------------------------------------------------------------- checks
    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets; exactly one span per record; spans re-slice "
      "exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its text; no value, run "
      "or plain reused; no value or run in another record's text or in any negative, and no evasion plain or Base64-hidden password in any "
      "text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for non-Base64 positional "
      "values, Base64-hidden passwords (decoded to the password, `user:password` or NUL user NUL password) and prose values; UUID-shaped "
      "parts of values are version 4; JWT-shaped values have base64url JSON header and payload; `ghp_` / `ghr_` CRC-32; byte lengths of the "
      "trainer seed, the `rrwh_` secret and the Azure storage key; shapes of the diag key, `tmk_live_` key, refresh token and ride JWT; GS1 "
      "check digits in the EAN / SSCC negative class")
    A("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a newline and is "
      "followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run never contains its plain; record and span encoding "
      "agree; container `<encoding>__<wording>`; 22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive value, "
      "plain, run and hidden password")
    A("- deny-list: every container (positives, evasions, negatives, so also every presentation label inside it), span type, positional "
      "syntax (with and without `%s`), evasion encoding and negative class is compared case-insensitively, whole name and each `__` part, "
      "with the frozen deny-list; prose languages by code, name and name words; `brief_names.json` is compared with a fresh extraction when "
      "`/tmp/brief180/` exists" % positional180.PFX)
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types with "
      "containers `<type>__<style>`; 95–120 distinct password syntaxes; 40 prose records in 40 distinct languages; 66 evasions; positives "
      "440–470; span types of the five sources pairwise disjoint; non-everyday containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, all must be caught (this run: %d/%d): %s\n"
      % (len(muts), sum(c for _, c in muts), len(muts), ", ".join("%s (%s)" % (_bt(n), "caught" if c else "MISSED") for n, c in muts)))

    # ---------------------------------------------------------------- shapes
    A("## Shapes you had to guess\n")
    groups = collections.OrderedDict([("read", []), ("believed", []), ("guessed", []), ("owner", [])])
    for v in vendor180.VENDORS[:120]:
        groups[v[4]].append("%s (%s)" % (_bt(v[0]), v[3]))
    A("Read for shape this session in the public gitleaks default rule file and the Kingfisher rule files (nothing copied; every value "
      "generated): " + "; ".join(groups["read"]) + ".\n")
    A("Believed right from background knowledge (not re-read this session): " + "; ".join(groups["believed"]) + ".\n")
    A("Guessed (length and alphabet only, recognisable from the key name): " + "; ".join(groups["guessed"]) + ".\n")
    A("Owner-chosen passwords (the integration logs in with user / password): " + ", ".join(x.split(" ")[0] for x in groups["owner"]) + ".\n")
    A("Also invented or guessed: the everyday prefixes `rrwh_` (results webhook secret) and `tmk_live_` (trade-in marketplace key) and the "
      "evasion prefix `rtf_` are invented; the e-bike diagnostics dongle key (32 upper-case hex, AES-128), the trainer Ed25519 seed in "
      "Base64 and the 40-hex activity refresh token are modelling choices; the Lightspeed `lsxs_pt_` prefix is from memory. Syntaxes from "
      "memory, not re-checked: `smbmap -u/-p`, `psexec -u/-p`, `schtasks /ru /rp`, `net use <share> <password> /user:`, `ipmitool -U/-P`, "
      "`mutool draw -p`, `rar -hp`, `vsql -w`, `isql DSN user password` (unixODBC), `transmission-remote -n user:pass`, "
      "`networksetup -setairportnetwork <if> <ssid> <password>`, `security unlock-keychain -p`, `zkCli addauth digest`, the Redis "
      "`ACL SETUSER … >password` rule, `sp_addlinkedsrvlogin` fifth argument, `sp_addlogin` second, `Workbook.SaveAs` third positional, "
      "`redis.Redis` fourth positional, `SMBConnection` second, Odoo `common.authenticate` third, `AT+CWJAP` second parameter, "
      "chap-secrets / davfs2 secrets / exim `passwd.client` / Jetty `realm.properties` / ActiveMQ `users.properties` / proxychains / "
      "stunnel PSK layouts, the Subsonic `p=` parameter and the IRC `OPER` command. The decoder users file, the workshop tablet roster "
      "TSV and the till operator CSV are invented formats of this world. Negatives: frame serial, drive-unit / battery serial, chip code, "
      "licence, UCI-style and receipt layouts are approximate; bcrypt, sha512-crypt, SealedSecret and age bodies are random characters / "
      "bytes in the right frame (not hashes or ciphertext of anything).\n")

    # ---------------------------------------------------------------- judgement
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (bike-shop POS manager, workshop job-card database, club membership admin, race-timing "
      "console, bike-fit studio app, parts-supplier B2B portal) and six generated secrets (32-hex e-bike diagnostics unlock key, `rrwh_` "
      "results webhook secret, Base64 trainer firmware signing seed, `tmk_live_` trade-in key, HS256 ride-registration JWT, 40-hex activity "
      "sync refresh token). The diagnostics key and the refresh token have no telling prefix (bare hex) but unlock the motor tool and the "
      "riders' activity data, so they are labelled. Key names in everyday files say password / key / secret / token / jwt — that is how "
      "such files look; the telling-key-free cases are in the positional source. One Bruno record carries the value in a comment line "
      "(`# key: value`) below a `vars:secret` block that only names the key.")
    A("- Vendor: most cycling-world vendors (Garmin, Wahoo, TrainingPeaks, Polar, Suunto, intervals.icu, Ride with GPS, Bike Index, "
      "Lightspeed, Ascend, QBP, RaceResult, MYLAPS, RunSignUp, Webscorer, Wild Apricot, ClubSpark, Booqable, Checkfront, FareHarbor, Rezdy) "
      "publish no token format the builder knows, so their types model a secret recognisable only from the key name — part of the test. "
      "Komoot, Zwift, TrainerRoad, Shimano B2B, Trek retailer B2B, BikeReg, British Cycling and Spond carry owner-chosen passwords. The "
      "Slack incoming-webhook URL is labelled whole (the URL is the credential). `google_gemini_api_key` is an `AIza` key labelled because "
      "it sits under a server-side name, while publishable keys (Stripe `pk_live_`, the Shopify Storefront token — public by design although "
      "it is 32 hex like many secrets —, reCAPTCHA site key with the same `6L…` shape as a secret key, PostHog `phc_`, Mapbox `pk.`, Sentry "
      "DSN key) appear only in negatives. The Klaviyo private key starts `pk_` like Stripe's publishable keys: a deliberate trap only the "
      "key name separates. The WooCommerce `ck_` consumer key, Twilio `AC…` sid, Pushover user key and similar ids are left unlabelled as "
      "public neighbours although some vendors ask for them to be kept private too. The age identity (`AGE-SECRET-KEY-1…`) is a private "
      "key of a file-encryption tool; labelled. Several brands of the earlier READMEs reappear with new credential kinds (`openai_project_api_key`, "
      "`anthropic_ride_summary_api_key`, `github_classic_personal_access_token`, `slack_bot_user_oauth_token`, `twilio_account_auth_token`, "
      "`aws_secret_access_key_results_bucket`, …); only type names were checked.")
    A("- Passwords: labelled when the value logs in (flags `-P` after `-U` for sqlcmd and ipmitool, `-p` after `-u` for smbmap, psexec, "
      "ncftpput, twine, dotnet nuget, `-P` after `-u` for mosquitto_pub, `/rp` after `/ru`, `-w` for vsql, glued `-p` / `-hp` for 7-Zip and "
      "RAR; `user,pass` for lftp; `user:pass` for transmission-remote, zkCli `addauth digest`, squid `login=`, exim and Jetty files; URL "
      "userinfo for psql, mongodump, wget, hg, git clone, ffmpeg RTSP, nats, celery, restic, WinSCP, curl `-x`, `https_proxy`, apt proxy, "
      "CouchDB replication, `.gitconfig insteadOf`, node-postgres, amqplib, SQLAlchemy, a Go MySQL DSN and an Oracle thin JDBC URL; "
      "positional arguments for `net use`, `mc alias set`, unixODBC `isql`, `networksetup`, `security unlock-keychain`; library call "
      "positions in Python, Node, Java, C#, Go, Rust, Ruby, PHP, Perl, Apps Script, Arduino, MicroPython, mongo shell, T-SQL and VBA), "
      "protects a file or key (`openssl enc -k`, 7-Zip, RAR, `mutool -p`, `ssh-keygen -N`, `KeyStore.load`, `X509Certificate2`, "
      "`msoffcrypto load_key`, `Workbook.SaveAs`, `zfs load-key`, `pbkdf2Sync`, `bcrypt.hash` in a seed script), is a shared secret (Wi-Fi "
      "passphrases via Arduino, MicroPython, ESP AT and `networksetup`, IPsec PSK, stunnel PSK, chap-secrets, Cisco SNMP community), sits in "
      "a file by position (chap-secrets, davfs2 secrets, ipsec.secrets, exim passwd.client, Nagios `$USER4$`, Jetty realm, ActiveMQ users, "
      "proxychains, three invented cycling formats), travels in a protocol exchange (SMTP `AUTH LOGIN` second line, XMPP and ManageSieve "
      "`PLAIN`, `Proxy-Authorization: Basic` — all four as Base64 spans —, Redis `ACL SETUSER >pw`, WordPress XML-RPC, a JSON-RPC login, "
      "Subsonic `p=`, IRC `OPER`, ESP8266 `AT+CWJAP`) or is typed by automation (pyautogui, Puppeteer, WebdriverIO, Robot Framework, "
      "Espresso, XCUITest, Detox, Katalon, Gherkin, PowerShell and VBScript SendKeys, expect, `kinit` / `sudo -S` / `zfs` stdin pipes). "
      "`expect \"*assword:\"`, the SMTP `334 UGFzc3dvcmQ6` prompt (Base64 of `Password:`), the chap-secrets comment header naming a "
      "`secret` column, `ssh-keygen -N` (new passphrase), the IPsec / stunnel PSK files and the Subsonic `p=` letter keep a hint of the "
      "word; they are the weakest positional cases. UI tests use neutral field ids (`field-2`, `field2`, `f_2`). Several ideas repeat "
      "the earlier corpora on new tools (URL userinfo, `-p` after `-u`, library call positions, UI typing, Base64 protocol lines); novelty "
      "was checked by name, not by signature.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      + ", ".join(n for _c, n, _s, cf, _t in prose180.LANGS if cf == "fair") + "; modest for "
      + ", ".join(n for _c, n, _s, cf, _t in prose180.LANGS if cf == "modest") + "; low for "
      + ", ".join(n for _c, n, _s, cf, _t in prose180.LANGS if cf == "low") +
      ". Loan words (`password` in Tagalog, transliterated \"password\" in Urdu, Punjabi, Marathi and Telugu, `tablet` / `planshet` "
      "forms) are kept as people use them. The Ukrainian and Belarusian sentences introduce the value after a dash.")
    A("- Evasions: Vigenère and the QWERTY row shift are ciphers with their key / rule stated; the rail fence, the odd/even split and the "
      "pair swap are positional tricks that keep every character (so parts of a plain stay readable; the whole plain never appears in its "
      "run, checked); Braille patterns, monospace and circled forms are Unicode blocks; the combining-accent overlay and the zero-width "
      "spaces leave the plain visually readable but break string matching; U+ notation is a developer notation; Eastern Arabic digits and "
      "Mayan numerals are numeral systems; the German spelling table, A1Z26 and the Bacon-style a/b code are spelled forms; spoke lengths, "
      "tyre pressures, lap splits, heart rates, cassette cog pairs and power readings are cycling disguises of code points or bytes "
      "(realistic ranges: 235–312 mm, 55–132 psi, 1:45–3:02, 85–162 bpm, 11–26 teeth, 135–366 W). The Mayan numerals sit in a recent "
      "Unicode block that many fonts lack. Close relatives exist in the earlier corpora (autokey / Atbash next to Vigenère, boustrophedon / "
      "rotation / ends-inward next to rail fence and pair swap, full-width / double-struck next to monospace / circled, NATO / Morse next "
      "to the German table and A1Z26, Gray code next to the a/b code, world-specific number disguises); novelty was checked by name only.")
    A("- Negatives: frame and fork serials, drive-unit / battery serials, error codes and build ids, UHF EPCs (24 hex — a trap for "
      "hex-key detectors), chip codes and bibs, EAN-13 / SSCC codes, activity / segment / device ids, FIT file names, licence and member "
      "numbers, receipt references and MAC addresses are identifiers; polylines and geohashes are encoded coordinates (random-looking "
      "strings); SHA-256, CRC-32 and FIT CRC values are digests; Stripe `pk_live_`, Shopify Storefront token, reCAPTCHA site key, PostHog "
      "`phc_`, Mapbox `pk.` and the Sentry DSN key are public by design; bullets with a four-hex tail, `****…` and CI `***` carry no value; "
      "empty values, `<your-feed-key>`, `rrwh_XXXX…`, `tmk_live_your_key_here`, an all-zero key and `changeme` are placeholders (the "
      "`rrwh_` / `tmk_live_` prefixes are traps); `${{ secrets.… }}`, `op://`, Secrets Manager ARNs and Vault paths are pointers; "
      "SealedSecret and age bodies are ciphertext; bcrypt and sha512-crypt strings are one-way hashes (sensitive, not usable credentials); "
      "the newsletter and the onboarding checklist talk about passwords without one; `v1=` signatures are HMAC outputs, not keys. Random "
      "fillers are generated, so an entropy-only detector will hit them — that is the point.\n")

    # ---------------------------------------------------------------- sources
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief180/` (p177 and p178), for format and coverage only. The detector was not opened, listed or "
      "searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except "
      "`/tmp/scratch180/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule "
      "file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror directory, "
      "extracted with `git show` into `/tmp/scratch180/` and read for the rules of Shopify (`shpat_`, `shpss_`), Stripe, Square, GoCardless, "
      "FreshBooks, Mailchimp, Brevo / Sendinblue, MessageBird, Telegram, Slack bot tokens and webhooks, Intercom, Zendesk, OpenAI, "
      "Anthropic, GCP `AIza`, Perplexity, Hugging Face, GitHub, GitLab, Sentry user tokens, Postman, Linear, Notion, Airtable, Typeform, "
      "ReadMe, Pulumi, DigitalOcean, Fly.io, Heroku v2, Datadog, Fastly, Grafana service accounts, age, Okta and others), and the public "
      "Kingfisher rule files (`mongodb/kingfisher`, `data/rules/`, fetched the same way and extracted with `git archive` into "
      "`/tmp/scratch180/kf/`, read for Groq, Replicate, ClickUp, Figma, Klaviyo, Calendly, Vercel, Supabase, CircleCI, Buildkite, xAI, "
      "Scaleway, OpenWeather, GraphHopper, Square OAuth secrets and Contentful). Betterleaks, CredSweeper and vendor documentation were not "
      "opened this session; the remaining shapes come from the builder's memory and are marked above as believed or guessed.\n")
    return "\n".join(L)
