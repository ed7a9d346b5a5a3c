"""Render README.md for corpus p198 from the generated data."""
import enc198
import everyday198
import negatives198
import positional198
import prose198
import vendor198
from common198 import WORLD_WORDS, SEED_EVERYDAY, SEED_PAIRING, SEED_VENDOR, SEED_POSITIONAL, SEED_PROSE, SEED_EVASION, SEED_NEGATIVE


def bt(s):
    return "`%s`" % s


def render(data, deny, muts, fresh_status):
    pos, ev, neg = data["secrets"], data["evasions"], data["negatives"]
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    n_types = len({r["type"] for r in pos})
    n_cont = len({r["container"] for r in pos})
    classes = []
    for c, _d, _k in negatives198.CLASSES:
        classes.append(c)
    L = []
    A = L.append
    A("# privacy_hundredninetyeighth (p198) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **window-cleaning, pressure-washing and gutter-service developers**: round and route scheduling apps "
      "(round planners, route apps on Expo / Capacitor / Flutter / Kotlin, Squeegee-, Cleaner Planner-, Jobber-, ServiceM8-, "
      "Housecall Pro- and Workiz-style field-service APIs, Routific, Route4Me, TomTom, Geoapify, openrouteservice, what3words), "
      "water-fed-pole van tank telemetry (LoRaWAN AppKeys, ChirpStack, The Things Stack, Particle, Blynk, ThingsBoard, Soracom, "
      "Adafruit IO, Ubidots, Samsara, Geotab, Webfleet, Quartix, Teltonika RMS, InfluxDB Cloud, Grafana Cloud, Arduino / "
      "MicroPython / PlatformIO tank nodes, MQTT), customer cash-book and direct-debit runs (GoCardless, Stripe, SumUp, Zettle, "
      "Xero, QuickBooks Online, FreeAgent, Sage, Wise, Starling, TrueLayer, Luhn-checked invoices), before / after photo uploads "
      "(S3-compatible buckets, Cloudflare R2, Wasabi, DigitalOcean Spaces, ImageKit, Uploadcare, CompanyCam, a photo NAS), "
      "ladder and harness inspection records (inspection register apps, NFC tags), quote calculators (quote-engine tokens, "
      "WordPress options, Vite / Cloud Functions builds, Esri / Google Maps / MapTiler / Stadia maps), SMS reminders the day "
      "before (ClickSend, Textlocal, MessageBird, Sinch, BulkSMS, SMSGlobal, Twilio, Brevo, Mailgun, Resend, Mailchimp, "
      "MailerSend, Telegram, Pushover, ntfy, Messenger) and franchise territory maps (GeoServer, QGIS, tileserver, Zendesk "
      "onboarding); plus the commerce, messaging, AI, developer and ops services such developers use (OpenAI, Anthropic, "
      "Gemini, Groq, Replicate, Hugging Face, Perplexity, Roboflow, Together, Stability, Voyage, Pinecone, GitHub, GitLab, "
      "Bitbucket, fastlane match, Supabase, Render, Railway, Fly.io, Heroku, Vercel, DigitalOcean, Hetzner, Linode, "
      "Scaleway, Datadog, Honeycomb, Rollbar, UptimeRobot, Cloudflare, AWS, Infisical, Bitwarden Secrets Manager, PostHog, "
      "Airtable, Notion, Zapier, Slack, Home Assistant, Shopify, Sentry, MongoDB Atlas, Tailscale, HubSpot, Zoho CRM, "
      "Trustpilot, Google Business Profile, OpenWeatherMap, Tomorrow.io, Met Office DataHub); with hard negatives from the "
      "same world (GoCardless-style mandate and payment ids, Luhn-checked invoice numbers, VINs with real check digits and "
      "number plates, LoRaWAN DevEUIs / JoinEUIs, IMEIs and ICCIDs, photo digests, ladder serials and NFC tag UIDs, "
      "what3words addresses, grid references and UPRNs, publishable widget keys, placeholders, masked values, secret-manager "
      "pointers, age / SealedSecret ciphertext, bcrypt and sha512-crypt hashes, handbook talk about passwords, webhook "
      "signatures, JWKS public keys, SMS message SIDs, idempotency keys, commit ids and image digests). Everything is "
      "produced by `build.py` and its modules (`common198.py`, `everyday198.py`, `vendor198.py`, `positional198.py`, "
      "`prose198.py`, `enc198.py`, `dec198.py`, `evasions198.py`, `negatives198.py`, `checks198.py`, `readme198.py`, "
      "frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (%d everyday, %d "
      "everyday pairing, %d vendor, %d positional passwords, %d prose, %d evasions, %d negatives), no clock, no network. "
      "`python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL files, "
      "runs every check and %d mutation tests, renders this README from both generations and compares it, and only then "
      "writes the files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` "
      "re-extracts the deny-list from `/tmp/brief198/`.\n" % (SEED_EVERYDAY, SEED_PAIRING, SEED_VENDOR, SEED_POSITIONAL,
                                                               SEED_PROSE, SEED_EVASION, SEED_NEGATIVE, len(muts)))
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredninetyeighth/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only "
      "project material read were the two READMEs in `/tmp/brief198/` (`README_hundredninetyfifth.md`, p195, tailoring / "
      "alterations / shoe-repair / key-cutting shop developers; `README_hundredninetysixth.md`, p196, coworking-space / "
      "meeting-room / hot-desk booking developers), used only to learn the file format and what is already covered. No other "
      "`/tmp` directory was looked at except the scratch directory `/tmp/scratch198/` (a deny-list extraction trial, an "
      "encoder / decoder round-trip script, trial builds and an extracted copy of the public gitleaks rule file). The "
      "deny-list (`common198.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, "
      "lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped "
      "(%d), the codes of every `` `code` (Name) `` pair (%d codes; the pattern also catches a few non-language pairs such as "
      "`alg`, `kid`, `id`, harmless) and the names and name words of those pairs (%d entries). It is frozen in "
      "`brief_names.json`; when `/tmp/brief198/` exists the build re-extracts it and fails if it differs (this build: %s). "
      "Encodings the READMEs name only in prose (Caesar / keyword alphabets, nibble-swapped hex, little-endian words, Yijing "
      "hexagrams, script / bold script, Spanish / English / Portuguese number words, reversal, triplets, pitch / Dewey "
      "numbers, prime factors, Zeckendorf, superscript and Arabic-Indic digits, element symbols, Unicode names, Polybius, "
      "XOR, EBCDIC, DNA letters, dice, the many bases and Unicode blocks) were avoided by hand as well. Novelty is checked "
      "against these two READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), fresh_status))

    # ---------------------------------------------------------------- files and counts
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), len(pos), n_types, n_cont, len(by["everyday"]), len(by["vendor"]), len(by["password"]), len(by["prose"]),
        len({r["container"].split("__")[1] for r in by["prose"]})))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(ev), len(ev), len({r["type"] for r in ev}),
                                                                       len({r["container"] for r in ev}), len({r["encoding"] for r in ev})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len({r["class"] for r in neg})))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema (same as the earlier corpora): positives `id` (`p198-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p198-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p198-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
      "lines with `ensure_ascii=False`.\n")
    tail = [v[0] for v in vendor198.V if v[0] in vendor198.TAIL]
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (%d candidates "
      "written; the weakest or most generic moved to an unused tail: %s). Positional passwords %d (%d syntaxes written; set "
      "aside: %s). Prose 40 in 40 languages (spares written and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × "
      "2 base kinds × 5 presentations. Positives total %d (asked: about 450). The value registry held %d strings this build.\n" % (
          len(vendor198.V), ", ".join(bt(t) for t in tail), len(by["password"]), len(positional198.P),
          "; ".join("%s (%s)" % (bt(k), v) for k, v in positional198.SET_ASIDE.items()),
          ", ".join("%s (%s)" % (bt(c), n) for c, n, _ in prose198.SPARES), len(neg), len(negatives198.CLASSES), len(pos),
          data["registry_size"]))

    # ---------------------------------------------------------------- conventions
    owner_vendor = [v[0] for v in vendor198.KEPT if v[4] == "owner"]
    nb = ["%s: %s" % (v[0], " ".join(v[2][0])) for v in vendor198.KEPT if v[2]]
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, "
      "never the quotes and never the key. Values pasted where they do not belong (a Facebook Messenger paste, a Signal group "
      "export, an OCR'd van whiteboard, a customer-ledger sheet CSV, a Zendesk private note, a fish shell history, a "
      "`heroku config:set` history, a Bitbucket pipeline `export`, a Teams chat paste, a `gh secret set` history) are labelled.")
    A("- Owner-chosen passwords are a word of this world (%s; %d in all; capitalised with probability 0.4) + one of `- _ . + ! ~` "
      "+ 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build "
      "checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the %d owner-chosen "
      "vendor passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain positional value, every "
      "password hidden inside a Base64 positional value, every prose value and every evasion office-PC plain." % (
          ", ".join(WORLD_WORDS[:40]) + ", …", len(WORLD_WORDS), len(owner_vendor)))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text. Values, hidden "
      "passwords, evasion plains and evasion runs are drawn through one registry that refuses repeats and any string in a "
      "substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered string.")
    A("- Structured values are valid: every UUID-shaped substring of every text is version 4 (checked, case-insensitive, so the "
      "upper-case ClickSend key is a v4 UUID too); every JWT-shaped substring has base64url JSON header and payload and a "
      "signature length that fits its `alg` (checked): the route-device token is a real HS384 JWT, the Supabase service-role, "
      "Routific and Home Assistant tokens real HS256 JWTs (HMAC under discarded keys), the Zettle assertion and the Met Office "
      "key RS256-shaped with random 256-byte signatures; `wcq_` tokens carry six base62 digits of the real CRC-32 of their "
      "body (checked); `ddw1_` bodies are base64url of 32 bytes (checked); the Grafana Cloud `glc_` token is Base64 of real "
      "JSON and the InfluxDB token Base64 of 64 bytes (checked). The three Base64 positional spans decode to `user:password` "
      "(HTTP `Proxy-Authorization: Basic`), NUL user NUL password (XMPP SASL PLAIN) or the bare password (second SMTP `AUTH "
      "LOGIN` line), each with a strict-form password (checked); the tank-gateway fixed-width file puts the value in columns "
      "31–50 (checked). Negatives: Luhn (invoices, IMEIs, ICCIDs) and VIN check digits are real (checked); photo digests are "
      "real SHA-1 / MD5 / SHA-256 of random bytes; webhook signatures real HMAC-SHA256 outputs under discarded keys; the "
      "Mapbox `pk.` middle is real JSON.")
    A("- Public neighbours are unlabelled: user names, hosts (`*.rounds.lan`, `*.squeegee.internal`, `*.gutterpro.lan`, "
      "`*.washcrew.internal`, `*.tankvan.lan`, `*.roundhq.internal`, `*.example`, private addresses), key names, and ids "
      "written next to a vendor secret (%s) and the user half of a user / password pair." % "; ".join(nb))
    A("- Positional passwords: span type `squeegeepw_<syntax>`, container `squeegeepw_<syntax>__<suffix>` where the suffix says "
      "where the text lives: %s." % ", ".join("%s (%s)" % (bt(v), k) for k, v in positional198.SUFFIX.items()))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the "
      "run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own "
      "run, if the run equals the plain or if the run would start or end with whitespace.\n")

    # ---------------------------------------------------------------- categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t), d) for t, _w, d, _k in everyday198.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(c), s) for c, s, _t in everyday198.CONTAINERS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 types "
      "and deals four consecutive types to each kind, so every kind holds four different types and every type sits in exactly "
      "15 records (checked); secrets therefore also land in implausible places (a LoRaWAN AppKey in a Laravel services config, "
      "a direct-debit webhook secret in a QGIS project). Key names are the type's key words in the container's own case style: "
      "upper, snake, camel, pascal, kebab, dot, spaced (chats, tickets) and title (OCR, sheet CSV).\n" % SEED_PAIRING)
    A("Vendor (120 types, container `<type>__<style>`; styles %s): %s.\n" % (
        ", ".join(bt(s) for s in vendor198.STYLES), ", ".join(bt(v[0]) for v in vendor198.KEPT)))
    A("Positional passwords (%d syntaxes, span type `squeegeepw_<syntax>`): %s.\n" % (
        len(by["password"]), ", ".join(bt(r["type"]) for r in by["password"])))
    A("Prose: someone tells a colleague the password of the office laptop and asks them not to forward it; span type `%s`; "
      "container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among the "
      "languages or spares of either README (checked: code against the codes and all deny-listed names; name and each name "
      "word against the language names). Scripts: %s. Thai and Lao do not separate words with spaces, so the value got spaces "
      "around it; Ukrainian and Belarusian introduce the value after a colon; Armenian, Persian, Urdu and Amharic put the copula "
      "after it; every value is set off by whitespace on both sides (checked).\n" % (
          prose198.PROSE_TYPE, ", ".join(bt(f) for f in prose198.FORMATS),
          ", ".join("%s (%s)" % (bt(c), n) for c, n, _s, _cf, _t in prose198.LANGS),
          ", ".join(sorted({s for _c, _n, s, _cf, _t in prose198.LANGS}))))

    # ---------------------------------------------------------------- evasions
    A("## Evasion encodings\n")
    A("; ".join("%s = \"%s\"" % (bt(n), v[1]) for n, v in enc198.ENCODINGS.items()) + ".\n")
    A("Families: " + "; ".join("%s: %s" % (v[2], bt(n)) for n, v in enc198.ENCODINGS.items()) + ".\n")
    import evasions198
    A("Evasion types: " + "; ".join("%s (%s)" % (bt(t), d) for t, d, _g, _w in evasions198.EV_TYPES) +
      "; wordings: " + ", ".join(bt(w) for w, _t in evasions198.WORDINGS) + " (container `<encoding>__<wording>`).\n")
    A("Encoders are in `enc198.ENCODINGS` (the rng only adds noise the decoder ignores: nozzle names, property types and "
      "house numbers of the quote lines, street names of the round, reading times of the tank log); the decoder "
      "`dec198.decode` gets only the encoding name and the run and is written separately, importing nothing from the encoder: "
      "inverse Gray code by repeated XOR, a retyped keyboard table, a/b back to bits, Aegean and counting-rod code-point "
      "offsets, factorial place values, integer square roots, `int(…, 9)`, a German number-word table with `hundert` and "
      "`und` splitting, autokey decryption that feeds the recovered letters back into the key, a retyped Morse table, "
      "regional-indicator offsets with the keycap marks dropped, NFKC per character for the parenthesized letters and digit "
      "stops, regular expressions plus arithmetic for the five world disguises, hextet regrouping for IPv6, 255 minus, hours "
      "times 60 plus minutes, and counting primes up to the number. Every pair was round-tripped on 300 random plains per "
      "notation (all three plain types plus random `[A-Za-z0-9_.-]` strings of length 2–44) while writing; at build time "
      "every span is decoded back to its `plain`.\n")

    # ---------------------------------------------------------------- negatives
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    for c, d, kinds in negatives198.CLASSES:
        A("| %s | %d | %s | %s |" % (bt(c), sum(1 for r in neg if r["class"] == c), ", ".join(bt(k) for k, _f in kinds), d))
    A("\nEach base kind appears plain and wrapped " + ", ".join(bt(w) for w, _f in negatives198.WRAPPERS if w) + ".\n")

    # ---------------------------------------------------------------- checks
    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or "
      "Base64-hidden password in any text; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain positional, "
      "Base64-hidden, prose and evasion passwords; Base64 positional spans decode to a well-formed hidden password; tank "
      "gateway columns 31–50; UUID-shaped substrings of every text are version 4; every JWT-shaped substring has base64url "
      "JSON header and payload and a signature length that fits its `alg`, the route token is HS384; everyday shapes "
      "(`ddw1_` 32 bytes, `wcq_` CRC-32, 40-character bucket key, 32 upper-hex AppKey, `smsr-`); %d vendor regexes and the "
      "vendor layouts (Grafana Cloud JSON, Supabase `service_role`, InfluxDB 64 bytes); Luhn (invoices, IMEI, ICCID) and VIN "
      "check digits in their negative classes" % len(__import__("checks198").VENDOR_RE))
    A("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule, `:` and a newline come "
      "right before the run, which is on one line followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run "
      "never contains its plain and never equals it; record and span encoding agree; container `<encoding>__<wording>`; 22 "
      "encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive "
      "value, plain and hidden password")
    A("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose "
      "format, evasion wording, negative base kind and wrapper inside it), span type, evasion encoding and negative class is "
      "compared case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes (span type "
      "without `squeegeepw_`) also against the earlier syntax list; prose languages and spares by code, name and name words; "
      "`brief_names.json` is compared with a fresh extraction when `/tmp/brief198/` exists")
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types "
      "with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct "
      "languages; 66 evasions (22 × 3); positives 440–470; span types of the five sources pairwise disjoint; non-everyday "
      "containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(muts), sum(1 for _n, c in muts if c), len(muts),
        ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in muts)))

    # ---------------------------------------------------------------- shapes
    A("## Shapes you had to guess\n")
    for conf, title in (("read", "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, "
                                 "`config/gitleaks.toml`; nothing copied; every value generated; where gitleaks gives only a "
                                 "prefix or an alphabet, lengths are mine)"),
                        ("believed", "Believed right from background knowledge of public rule sets and vendor docs (not re-read this session)"),
                        ("guessed", "Guessed (length and alphabet only, recognisable from the key name; most round-planning, "
                                    "field-service, telemetry, SMS-gateway and accounting vendors publish no token format the "
                                    "builder knows)"),
                        ("owner", "Owner-chosen passwords (the integration logs in with user / password or unlocks a repository)")):
        items = [v for v in vendor198.KEPT if v[4] == conf]
        A("%s: %s.\n" % (title, "; ".join("%s (%s)" % (bt(v[0]), v[3]) for v in items)))
    A("Also invented or guessed: the everyday prefixes `ddw1_`, `wcq_` (with its CRC-32 tail) and `smsr-` and the evasion "
      "prefixes `tgu_` and `fvm-` are invented; the 40-character bucket secret, the LoRaWAN AppKey and the HS384 route token "
      "are modelling choices. Syntaxes are from memory, not re-checked (flags of `sqlcmd -P`, `bcp -P`, `ncftpput -p`, "
      "`lftp -u user,pass`, `mosquitto_pub -P`, `ipmitool -P`, `racadm -p`, `openssl enc -k`, `7z -p`, `unrar -p`, "
      "`htpasswd -b`, `chpasswd`, `vncpasswd -f`, `wpa_passphrase`, `rclone obscure`, `isql DSN user pass`, "
      "`sqlplus user/pass@`, `db2 connect … using`, `mount_smbfs`; the library positions; the file layouts of "
      "`chap-secrets`, `ipsec.secrets`, coturn `user=`, the Windows `ftp -s:` script, OpenVPN `askpass` files, apt, Poetry "
      "and Composer source URLs; the protocol forms of `Proxy-Authorization`, XMPP SASL PLAIN, SMTP AUTH LOGIN, AMQP "
      "Start-Ok, Redis MONITOR, NickServ, SIMCom `AT+CSTT`; the SQL forms `IDENTIFIED BY`, `OPENROWSET`, "
      "`sp_addlinkedsrvlogin`, `PRAGMA key`, pgcrypto `crypt`, DuckDB `ATTACH`, ClickHouse `remote()`; the UI-automation "
      "calls). The crew roster pipe file, tank-gateway fixed-width file (columns 31–50), franchise territory TSV, ladder "
      "sync `.dat`, direct-debit bureau header line and the tank gateway WebSocket auth frame are invented formats of this "
      "world. Negatives: GoCardless-style ids, DevEUIs, NFC UIDs, bcrypt / sha512-crypt strings, the age and SealedSecret "
      "bodies and the JWKS modulus are random in the right frame (not ciphertext, hashes or keys of anything).\n")

    # ---------------------------------------------------------------- judgement calls
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (round planner admin, cash-book database, van tank gateway, photo NAS, ladder "
      "register, territory map admin) and six generated secrets (`ddw1_` webhook secret, `wcq_` quote token, HS384 route "
      "device JWT, 40-character photo bucket secret key, 32-hex LoRaWAN AppKey, `smsr-` SMS token). The bucket key and the "
      "AppKey have no telling prefix but authenticate uploads and sensor joins, so they are labelled; the DevEUI / JoinEUI "
      "next-door identifiers sit in the negatives. Key names in everyday files say password / secret / key / token / jwt – "
      "that is how such files look; the telling-key-free cases are in the positional source.")
    A("- Vendor: most round-planning, field-service, telemetry, SMS-gateway, accounting and photo vendors publish no token "
      "format the builder knows, so their types are recognisable only from the key name – part of the test. %d vendor types "
      "carry owner-chosen values (%s). Same-shape traps: the Gemini key and the Maps server key are both `AIza` + 35 (the "
      "browser Maps key in the negatives has the same shape, arguable: it is referrer-restricted and shipped to browsers); "
      "the BulkSMS token id and the SMSGlobal API key have the same shape as the labelled secret next to them; the Twilio "
      "`AC` SID, Wasabi / R2 / Spaces / AWS / Scaleway access keys, Uploadcare public key, Atlas public key and the client "
      "ids are identifiers and not labelled; `stability_ai_api_key` (`sk-` + 48) shares the generic `sk-` prefix; "
      "`wise_business_api_token`, `railway_team_token`, `stadia_maps_api_key`, `truelayer_client_secret`, "
      "`scaleway_secret_key` and `mongodb_atlas_api_private_key` are bare UUIDv4 secrets that look like ids, while UUIDv4 "
      "idempotency keys and job ids are negatives. Webhook URLs (Zapier catch hook, Slack incoming webhook) are labelled "
      "whole, because the URL is the credential. `openrouteservice_api_key` keeps the common 24-hex prefix such keys share. "
      "Brands of the earlier READMEs reappear with other credential kinds (Stripe live secret key and webhook secret, Twilio "
      "auth token, OpenAI project key, Anthropic workspace key, GitHub classic PAT and OAuth secret, GitLab project token, "
      "Slack bot token and incoming webhook, Sentry user token, Tailscale OAuth secret, Cloudflare scoped token); only type "
      "names were checked." % (len(owner_vendor), ", ".join(bt(v) for v in owner_vendor)))
    A("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-u user:pw`, `-u user,pw`, `-k`; glued `-p<pw>`; "
      "positionals of `htpasswd -b`, `isql`, `wpa_passphrase`; `user/pw@` and `USER … USING`; URL userinfo for psql, "
      "redis-cli, NATS, wget, git, npm, mount_smbfs, apt, Poetry, Composer, library connection strings; library call "
      "positions in Python, Node, Java, Kotlin, C#, Go, Rust, Ruby, PHP, Perl, Elixir, Dart, Swift, Arduino and MicroPython), "
      "unlocks a file or key (`openssl enc -k`, `7z -p`, `unrar -p`, `zipfile.extractall`, pikepdf, `KeyStore.load`, "
      "SQLCipher `PRAGMA key`), is hashed or derived (`bcrypt.hash`, `pbkdf2Sync`, pgcrypto `crypt`, `rclone obscure`, "
      "`vncpasswd -f` – the literal is still the clear password), is a shared secret (Wi-Fi passphrase, PPP CHAP secret, IPsec "
      "PSK, coturn user), sits in a file by position, travels in a protocol exchange (three Base64 spans, AMQP Start-Ok, Redis "
      "MONITOR, NickServ, `AT+CSTT`, an invented WebSocket frame) or is typed by automation (adb, Robot Framework, "
      "WebdriverIO, Puppeteer, Espresso, XCUITest, Flutter tests, Maestro, pywinauto, SendKeys in PowerShell and VBScript). "
      "Weakest kept cases, with a hint of the word nearby: the expect script waits for `assword:`, the SMTP AUTH LOGIN prompt "
      "`UGFzc3dvcmQ6` is Base64 of `Password:`, `PSK`, `IDENTIFIED BY`, `pw_digest` / `pwDigest` columns, the `pin-phrase` / "
      "`phrase` / `token-phrase` / `unlock phrase` column notes of the invented files and `sp_addlinkedsrvlogin`. "
      "`htpasswd -b`, `chpasswd`, `CREATE USER … IDENTIFIED BY`, `vncpasswd` and `wpa_passphrase` set a new secret rather "
      "than log in; the literal is still the clear password. UI tests use neutral field ids (`#f2`, `id:f2`, `R.id.f2`, "
      "`Edit2`). Several ideas repeat the earlier corpora on new tools (URL userinfo, `-P` after `-U`, library call positions, "
      "UI typing, Base64 protocol lines); novelty was checked by name, not by signature.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for %s; "
      "modest for %s; low for %s. Loan words (`password` in Tagalog, `laptop` in several languages, پاس ورڈ, పాస్‌వర్డ్) "
      "are kept as people use them. Arabic, Persian and Urdu are right-to-left with the Latin value embedded." % tuple(
          ", ".join(n for _c, n, _s, cf, _t in prose198.LANGS if cf == lvl) for lvl in ("fair", "modest", "low")))
    A("- Evasions: Gray code, Baconian a/b, IPv6 groups and the complement are bit or byte notations that hide every "
      "character; the autokey cipher states its primer (`ROUND`) in the text, as a puzzle would; the keyboard coordinates, "
      "Morse and regional indicators mark capitals with ⇧ or ^; the parenthesized letters and digit stops fold back under "
      "NFKC to `(a)` / `1.` forms (not to the plain itself); Aegean numbers and counting rods are Unicode symbol blocks; base "
      "9 and the factorial base are numeral systems; squares, n-th primes and clock times are arithmetic disguises; German "
      "number words are a spelled form; pressure-washer psi, gutter run lengths, tank litre readings, quote pane counts and "
      "round house numbers are this world's disguises of code points. Close relatives exist in the earlier corpora "
      "(Polybius grids next to keyboard coordinates, binary / DNA letters next to Gray code and Baconian, MAC groups next to "
      "IPv6 groups, prime factors next to n-th primes, Mayan / dice next to Aegean / counting rods, circled letters next "
      "to parenthesized letters, Vigenère / Trithemius next to autokey, other number-word languages next to German, other "
      "bases next to base 9); novelty was checked by name against both READMEs and by notion against the encodings they "
      "name in prose.")
    A("- Negatives: GoCardless-style `CU` / `MD` / `PM` / `EV` ids, invoice numbers, VINs, plates, DevEUIs, JoinEUIs, "
      "IMEIs, ICCIDs, ladder serials, NFC UIDs, what3words addresses, grid references, UPRNs, message SIDs, idempotency keys "
      "and job ids are identifiers; Stripe `pk_live_`, Mapbox `pk.`, PostHog `phc_`, the Sentry DSN and the "
      "referrer-restricted Maps key are public by design (the Maps key is the most arguable); `ddw1_<…>`, `wcq_XXXX…`, "
      "`<your-lorawan-appkey>`, `smsr-xxxxxxxx-`, empty values, `CHANGE_ME` (arguably a weak real password; treated as a "
      "placeholder as in the earlier corpora), 32 zeros, `${…:?…}` and `your-secret-key-here` are placeholders; stars, "
      "bullets, `[FILTERED]`, `***`, `eyJ***` and `<redacted>` carry no value (two keep a 4-character tail, a trap); Docker "
      "secrets files, `op://`, `${{ secrets.… }}`, Secrets Manager ARNs and Secret Manager resource names are pointers; age "
      "files and SealedSecret `encryptedData` are ciphertext; bcrypt and sha512-crypt strings are one-way hashes (the column "
      "is `pw_hash`, a trap); webhook signatures are outputs of a key, not the key; JWKS moduli are public keys; commit ids "
      "and image digests are hashes. The env template lists the real key names of the everyday secrets with empty or "
      "placeholder values – a trap for key-name-only detectors. Random fillers are generated, so an entropy-only detector "
      "will hit them – that is the point.\n")

    # ---------------------------------------------------------------- sources
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief198/` (p195 and p196), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch198/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory and extracted with `git show` into `/tmp/scratch198/`), read for the rules behind every vendor type "
      "marked *read this session* above (GoCardless, Stripe, Adafruit IO, Google API keys, MessageBird, Brevo / Sendinblue, "
      "Telegram, Mailgun, Mailchimp, Facebook page tokens, Zendesk, OpenAI, Anthropic, Hugging Face, Perplexity, GitHub, "
      "GitLab, Fly.io, Heroku v2, DigitalOcean, Cloudflare, AWS access key ids, Airtable, Notion, Slack bot tokens and "
      "webhooks, Grafana Cloud, Shopify, Sentry user tokens). Betterleaks, Kingfisher, CredSweeper and vendor documentation "
      "were not opened this session; the remaining shapes come from the builder's memory and are marked above as believed or "
      "guessed.")
    return "\n".join(L) + "\n"
