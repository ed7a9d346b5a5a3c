"""Renders README.md from the generated data and the module tables."""
from common203 import SEEDS, PWPREFIX
import everyday203
import vendor203
import positional203
import prose203
import enc203
import evasions203
import negatives203


def bt(x):
    return "`%s`" % x


def render(data, mutation_report, deny, deny_status):
    pos, ev, neg = data["secrets"], data["evasions"], data["negatives"]
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    n_types = len({r["type"] for r in pos})
    n_conts = len({r["container"] for r in pos})
    vk = vendor203.kept_vendors()
    L = []
    A = L.append
    A("# privacy_twohundredthird (p203) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **pottery-studio, glassblowing-workshop and blacksmith-forge developers**: kiln and furnace firing "
      "schedules (SvelteKit and Nuxt kiln portals, Django and Celery firing schedulers, Skutt KilnLink and Bartlett "
      "KilnAid accounts, Telegraf, Mosquitto, Home Assistant and Grafana for kiln-controller telemetry, ESP32 / "
      "MicroPython / Arduino OTA controllers, Modbus thermocouple maps), class and taster-session bookings (Laravel, "
      "Symfony, Rails and Hanami back ends, Acuity, Bookwhen, SimplyBook.me, Momence, Mindbody, ClassBento, Eventbrite, "
      "Cal.com), glaze and batch recipes (Quarkus and Spring recipe services, Julia and R batch calculators, Glazy, "
      "Digitalfire Insight-live, CAS-numbered materials), commission and bespoke-order tracking (Gin, Phoenix, ASP.NET "
      "and Koa trackers, Trello), studio membership and open-access hours (Wagtail and Payload portals, an ESP32 door "
      "panel, EdDSA member sessions), gallery consignment and craft-fair stalls (Frappe and Dolibarr ledgers, "
      "ConsignCloud, SimpleConsign, Artwork Archive, Artlogic, Flutter and Kotlin fair POS apps, Square, SumUp, Zettle, "
      "Stripe Terminal, Shopify, Etsy, Squarespace, Big Cartel, Faire), materials suppliers (Bath Potters' Supplies and "
      "Bullseye Glass trade portals, GTIN-coded price lists, ShipStation, Sendcloud, DHL, UPS, FedEx) and kiln-controller "
      "telemetry (InfluxDB, Adafruit IO, Particle, Blynk, ThingSpeak, Tuya, HiveMQ, Ubidots); plus the commerce, "
      "messaging, AI, developer and ops services such developers use (Klarna, GoCardless, Xero, QuickBooks, FreshBooks, "
      "Mailchimp, Klaviyo, Brevo, Mailgun, Buttondown, beehiiv, Twilio, MessageBird, ClickSend, Textmagic, Telegram, "
      "Slack, Discord, Pushover, ntfy, Gotify, OpenAI, Anthropic, Gemini, Hugging Face, Replicate, Groq, Perplexity, "
      "Stability AI, fal.ai, LangSmith, GitHub, GitLab, Render, Fly.io, Heroku, DigitalOcean, Hetzner, Scaleway, "
      "Backblaze B2, AWS, Azure Storage, Cloudflare, Turnstile, reCAPTCHA, hCaptcha, Datadog, Rollbar, Sentry, Postman, "
      "CircleCI, Airtable, Notion, Typeform, Dropbox, Figma, Prismic, Todoist, Harvest, Doppler, Pulumi, 1Password "
      "Connect, Bitwarden, Infisical, Tailscale, PagerDuty, HubSpot, Zendesk, Printify, Gelato, Pinterest, Instagram, "
      "Meta, YouTube, Vimeo, IFTTT); with hard negatives from the same world (controller serials and firmware builds, "
      "cone charts and firing-program codes, CAS numbers with real check digits, GTIN-14 / EAN-8 supplier codes, booking "
      "references and order UUIDv4s, ISO 7064-checked gallery stock numbers, Modbus RTU frames with real CRCs, firmware "
      "and commit digests, publishable storefront and widget keys, env-template placeholders, masked kiln logs, "
      "systemd / compose secret pointers, age and OpenPGP armour, bcrypt and Argon2 strings, handbook talk about "
      "passwords, webhook signatures, JWKS and CA fingerprints, open guest Wi-Fi QR payloads, craft-fair pitch and "
      "licence numbers). Everything is produced by `build.py` and its modules (`common203.py`, `everyday203.py`, "
      "`vendor203.py`, `positional203.py`, `prose203.py`, `enc203.py`, `dec203.py`, `evasions203.py`, "
      "`negatives203.py`, `checks203.py`, `readme203.py`, frozen deny-list `brief_names.json`): Python 3 standard "
      "library only, fixed `random.Random` seeds (%s), no clock, no network. `python3 build.py [outdir]` generates "
      "everything twice in one process, compares the bytes of the three JSONL files, runs every check and %d mutation "
      "tests, renders this README from both generations and compares it, and only then writes the files (on any "
      "failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the "
      "deny-list from `/tmp/brief203/`.\n" % (", ".join("%d %s" % (v, k) for k, v in SEEDS.items()), len(mutation_report)))
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredthird/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. "
      "The only project material read were the two READMEs in `/tmp/brief203/` (`README_twohundredfirst.md`, p201, "
      "board-game café / tabletop-gaming store / LAN-party developers; `README_twohundredsecond.md`, p202, falconry-centre "
      "/ wildlife-rescue / taxidermy-studio developers), used only to learn the file format and what is already covered. "
      "No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch203/` (an extracted copy of the "
      "public gitleaks rule file, a trial deny-list, encoder / decoder round-trip trials and trial builds). The deny-list "
      "(`common203.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, "
      "lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix "
      "stripped (%d), the codes of every `` `code` (Name) `` pair (%d codes; the pattern also catches `alg` and `id`, "
      "which only makes the list stricter) and the names and name words of those pairs (%d entries, with harmless noise "
      "such as `token` and `checked`). It is frozen in `brief_names.json`; when `/tmp/brief203/` exists the build "
      "re-extracts it and fails if it differs (this build: %s). Encodings that the READMEs name only in prose (Caesar, "
      "Vigenère, Polybius, Bacon, Atbash, ROT13 / ROT47, Base58 / 45 / 36 / 62 / 32, Ascii85, Z85, uuencode, percent / "
      "CSS / `\\u` / quoted-printable escapes, zero-width and tag characters, NATO spelling, multi-tap, element symbols, "
      "binary, octal, Gray code, the bases 4 / 7 / 9 / 12 / 20 / 60, Roman, Greek, Hebrew, Mayan and Chinese numerals, "
      "Thai / Tibetan / Bengali / Devanagari / Suzhou / Ge'ez / Arabic-Indic digits, fullwidth / circled / double-struck "
      "/ bold / italic / script / turned / superscript look-alikes, reversal, rail fence, columnar transposition, "
      "squares, Fibonacci, factorial base, …) were avoided by hand as well. Novelty is checked against these two READMEs "
      "only; older corpora may share vendors, syntaxes, languages or notations.\n" % (
          len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_status))

    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), len(pos), n_types, n_conts, len(by["everyday"]), len(by["vendor"]), len(by["password"]), len(by["prose"]), len(by["prose"])))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(ev), len(ev), len({r["type"] for r in ev}), len({r["container"] for r in ev}), len(enc203.ENCODINGS)))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({n["container"] for n in neg}), len({n["class"] for n in neg})))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema (same as the earlier corpora): positives `id` (`p203-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, "
      "`password`, `prose`). Evasions (`p203-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, "
      "`secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives "
      "(`p203-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    va = vendor203.SET_ASIDE
    pa = positional203.SET_ASIDE
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written "
      "and unused: %s). Vendor 120 (%d candidates written; set aside: %s). Positional passwords %d (%d syntaxes written; "
      "set aside: %s; considered and not written: %s). Prose 40 in 40 languages (spares written and unused: %s). "
      "Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: "
      "about 450). Values, public neighbours, hidden passwords, evasion plains and runs drawn through the registry: %d.\n" % (
          ", ".join(bt(c[0]) for c in everyday203.SPARE_CONTAINERS), len(vendor203.VENDORS),
          "; ".join("%s (%s)" % (bt(k), v) for k, v in va.items()), len(by["password"]), len(positional203.S),
          "; ".join("%s (%s)" % (bt(k), v) for k, v in pa.items()),
          "; ".join("%s (%s)" % (bt(k), v) for k, v in positional203.CONSIDERED.items()),
          ", ".join("%s (%s)" % (bt(c), n) for c, n, _, _ in prose203.SPARES), len(neg), len(negatives203.CLASSES),
          len(pos), data["registry_size"]))

    A("## Conventions\n")
    nb_pairs = ["%s: %s" % (v[0], v[4][0]) for v in vk if v[4]]
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a potters' Signal group "
      "export, glass-studio Slack huddle notes, an OCR'd kiln-room clipboard, an Excel firing-log CSV, a Trello "
      "commission card, a fish or PSReadLine history, an iMessage paste, a Zendesk internal note, `sops -d` output, "
      "`bw get item` JSON, `fly secrets set`) are labelled.")
    A("- Owner-chosen passwords are a word of this world (%s; %d in all; capitalised with probability 0.4) + one of "
      "`- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only "
      "`- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and "
      "the %d owner-chosen vendor passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain "
      "positional value, every password hidden inside a Base64 positional value, every prose value and every kiln-room "
      "PC evasion plain." % (", ".join(__import__("common203").WORLD_WORDS[:60]) + ", …", len(__import__("common203").WORLD_WORDS),
                              sum(1 for v in vk if v[3] == "owner")))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text or "
      "negative. Values, random public neighbours, hidden passwords, evasion plains and evasion runs are drawn through "
      "one registry that refuses repeats and any string in a substring relation (6+ characters) with an earlier one; a "
      "negative is redrawn if it contains any registered string of 6+ characters.")
    A("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is "
      "version 4 (checked); every JWT-shaped substring has base64url JSON header and payload and a signature length that "
      "fits its `alg` (checked): the member session token is EdDSA-shaped (64 random signature bytes), the Home "
      "Assistant token a real HS256 JWT (HMAC under a discarded key), the Printify and Zettle keys RS256-shaped, the "
      "1Password Connect token ES256-shaped, the Prismic token HS256-shaped; `fti_` tokens carry 6 base62 characters of "
      "the real CRC-32 of their 30-character body, `gpk_live_` keys 4 hex of the real CRC-16/XMODEM of their body, "
      "`cbw1.` secrets are Base32 of 25 bytes, the consignment HMAC key is Base64 of 48 bytes (all checked); %d vendor "
      "values are checked against a regular expression derived from their generator. The three Base64 positional spans "
      "decode to the bare password (SMTP `AUTH LOGIN` second line), `user:password` (HTTP `Authorization: Basic`) and "
      "NUL user NUL password (XMPP SASL PLAIN) with a strict-form password (checked); the firing-tablet fixed-width file "
      "puts the value in columns 21–40 (checked). Negatives: CAS, GS1 (GTIN-14, EAN-8), ISO 7064 MOD 11,10 and "
      "CRC-16/MODBUS check values are real (checked); digests are real digests of random bytes; webhook signatures "
      "real HMAC-SHA256 outputs under discarded keys." % sum(1 for v in vk if v[5]))
    A("- Public neighbours are unlabelled: user names, hosts (`*.lan` names of the studios `emberworks`, `slipandstone`, "
      "`moltenmarver`, `anvilyard`, `claycove`, `*.example`, private addresses), key names, the PSK identity, and ids "
      "written next to a vendor secret (%s) and the user half of a user / password pair." % "; ".join(nb_pairs))
    A("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the "
      "text lives: %s." % (PWPREFIX, PWPREFIX, ", ".join("%s (%s)" % (bt(v), k) for k, v in positional203.SUFFIX.items())))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, "
      "then the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear "
      "inside its own run, if the run equals the plain or if the run would start or end with whitespace.\n")

    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t[0]), t[3]) for t in everyday203.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(c[0]), c[1]) for c in everyday203.CONTAINERS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits "
      "in exactly 15 records (checked); secrets therefore also land in implausible places (a session JWT in a Mosquitto "
      "bridge file, a TLS-PSK in a Trello comment). Key names are the type's key words in the container's own case style: "
      "upper, snake, camel, pascal, kebab, dot (Quarkus properties), spaced (chats, notes, comments) and title (OCR, CSV "
      "cell).\n" % SEEDS["pairing"])
    A("Vendor (120 types, container `<type>__<style>`): " + ", ".join(bt(v[0]) for v in vk) + ". Styles (%d, assigned "
      "cyclically): " % len(vendor203.STYLES) + ", ".join("%s (%s)" % (bt(s[0]), s[1]) for s in vendor203.STYLES) +
      ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left "
      "unlabelled (in the Bitwarden item it sits in `login.username`).\n")
    A("Positional passwords (%d syntaxes, span type `%s<syntax>`): " % (len(by["password"]), PWPREFIX) +
      ", ".join(bt(r["type"]) for r in by["password"]) + ". None of them is among the syntaxes or names of either README "
      "(compared after removing the `<letters>pw_` prefix; checked).\n")
    A("Prose: someone tells a colleague the password of the kiln-room PC and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is "
      "among the languages or spares of either README (checked: code against the codes and all deny-listed names; name "
      "and each name word against the language names). Scripts: %s. Thai and Lao do not separate words with spaces, so "
      "the value got spaces around it; Ukrainian and Belarusian introduce the value after a colon; Armenian puts the "
      "copula է after it, Urdu ہے, Persian است and Amharic ነው; every value is set off by whitespace on both sides "
      "(checked).\n" % (prose203.TYPE, ", ".join(bt(f) for f in prose203.FORMATS),
                        ", ".join("%s (%s)" % (bt(c), n) for c, n, _, _ in prose203.LANGS),
                        ", ".join(sorted({s for _, _, s, _ in prose203.LANGS}))))

    A("## Evasion encodings\n")
    A("; ".join("%s = \"%s\"" % (bt(e[0]), e[2]) for e in enc203.ENCODINGS) + ".\n")
    A("Families: " + "; ".join("%s: %s" % (e[1], bt(e[0])) for e in enc203.ENCODINGS) + ".\n")
    A("Evasion types: " + "; ".join("%s (%s)" % (bt(t[0]), t[2]) for t in evasions203.TYPES) + "; wordings: " +
      ", ".join(bt(w[0]) for w in evasions203.WORDINGS) + " (container `<encoding>__<wording>`).\n")
    A("Encoders are in `enc203.enc` (the rng only adds noise the decoder ignores: ramps and holds of the firing "
      "segments, materials and tenths of the glaze recipe, rod colours, billet names and fold counts, stall row letters); "
      "the decoder `dec203.decode` gets only the encoding name and the run and is written separately, importing nothing "
      "from the encoder and no `base64`, `binascii` or `codecs`: a retyped Morse table with the `^` shift mark, Braille "
      "cell minus U+2800, `int(t, 5)`, an Armenian letter-value reader, Khmer digit offsets, a French number-word parser "
      "(`quatre-vingt(s)`, `et un`, `soixante et onze`), a Sino-Korean parser (백 / 십), a Latin number-word table, NFKC "
      "for monospace and Fraktur letters, a regular expression for `&#n;`, a hand-written six-bit regrouping for "
      "Base64url and xxencode, the inverse autokey (the key grows with the recovered plain letters), an A1Z26 reader, an "
      "integer cube root, regular expressions plus arithmetic for the firing, glaze, rod, billet and stall disguises, and "
      "dotted-quad parsing with zero-byte trimming. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of "
      "length 2–44 per notation while writing (0 failures); the autokey encoder was checked by hand on `attackatdawn` "
      "with primer KILN; at build time every span is decoded back to its `plain`.\n")

    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    cnt = {}
    for n in neg:
        cnt[n["class"]] = cnt.get(n["class"], 0) + 1
    for cname, desc, kinds in negatives203.CLASSES:
        A("| %s | %d | %s | %s |" % (bt(cname), cnt.get(cname, 0), ", ".join(bt(k[0]) for k in kinds), desc))
    A("\nEach base kind appears plain and wrapped " + ", ".join("`__%s`" % w[0] for w in negatives203.WRAPPERS if w[0]) + ".\n")

    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span "
      "per record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value "
      "occurs exactly once in its text; no value reused; no value in another record's text or in any negative; no "
      "evasion plain or Base64-hidden password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose "
      "values set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain "
      "positional, Base64-hidden, prose and evasion passwords; Base64 positional spans decode to their frame; "
      "firing-tablet columns 21–40; UUID-shaped substrings of every text are version 4; every JWT-shaped substring has "
      "base64url JSON header and payload and a signature length that fits its `alg`, the member session token is EdDSA; "
      "everyday shapes (`fti_` CRC-32, `cbw1.` Base32 25 bytes, 32 upper-case hex PSK, `gpk_live_` CRC-16, Base64 "
      "48-byte HMAC key); %d vendor regexes; evasion plain shapes (`gvo_`, `dpm-`, strict password); CAS, GS1, ISO 7064 "
      "and Modbus CRC in their negative classes" % sum(1 for v in vk if v[5]))
    A("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule, `:` and a newline "
      "come right before the run, which is on one line followed by a newline and a remark; plain alphabet "
      "`[A-Za-z0-9_.-]`; the run never contains its plain and never equals it; record and span encoding agree; "
      "container `<encoding>__<wording>`; 22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and hidden password")
    A("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, "
      "prose format, evasion wording, negative base kind and wrapper inside it), span type, evasion encoding and "
      "negative class is compared case-insensitively, whole name and each `__` part, with the frozen deny-list; "
      "positional syntaxes (span type without `%s`) also against the earlier syntax list; prose languages and spares by "
      "code, name and name words; `brief_names.json` is compared with a fresh extraction when `/tmp/brief203/` exists" % PWPREFIX)
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor "
      "types with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in "
      "40 distinct languages; 66 evasions (22 × 3); positives 440–470; span types of the four sources pairwise disjoint; "
      "non-everyday containers unique; negatives ≥ 180 in ≥ 16 classes")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(mutation_report), sum(1 for _, ok in mutation_report if ok), len(mutation_report),
        ", ".join("%s (%s)" % (bt(n), "caught" if ok else "MISSED") for n, ok in mutation_report)))

    A("## Shapes you had to guess\n")
    grades = {"read": [], "believed": [], "guessed": [], "owner": []}
    for v in vk:
        nb = " – next to it: %s" % v[4][0] if v[4] else ""
        grades[v[3]].append("%s (%s%s)" % (bt(v[0]), v[2], nb))
    A("*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`; "
      "nothing copied; every value generated; where the rule gives only a prefix or an alphabet, the exact length is "
      "mine) (%d): %s.\n" % (len(grades["read"]), "; ".join(grades["read"])))
    A("Believed right from background knowledge of public rule sets and vendor docs (not re-read this session) (%d): %s.\n" % (
        len(grades["believed"]), "; ".join(grades["believed"])))
    A("Guessed (length and alphabet only; most kiln, booking, consignment, gallery, supplier and shipping vendors publish "
      "no token format the builder knows, so these are recognisable from the key name only) (%d): %s.\n" % (
          len(grades["guessed"]), "; ".join(grades["guessed"])))
    A("Owner-chosen passwords (the account or broker is unlocked with a password the owner picked) (%d): %s.\n" % (
        len(grades["owner"]), "; ".join(grades["owner"])))
    A("Also invented or guessed: the everyday prefixes `fti_` (with its base62 CRC-32 tail), `cbw1.`, `gpk_live_` (with "
      "its CRC-16/XMODEM tail) and the evasion prefixes `gvo_` / `dpm-` are invented; the EdDSA member JWT, the 32-hex "
      "MQTT TLS-PSK and the Base64 48-byte HMAC key are modelling choices. The kiln controller `WIFI.TXT`, door-fob "
      "roster, kiosk users file, consignment import CSV, glaze-scale config, firing-tablet fixed-width file (columns "
      "21–40), `sync.list` and the kiln serial console are invented formats of this world. Syntaxes are written from "
      "memory, not re-checked: flags and positions of `lftp -u user,pw`, `ncftp -p`, `curl -u`, `rclone obscure`, "
      "`htpasswd -b`, `mosquitto_pub -P`, `mosquitto_sub -L`, `espota.py -a`, `wpa_passphrase`, `ipmitool -P`, "
      "`schtasks /RP`, `net use … pw /user:`, `mount_smbfs`, `unrar -p`, `qpdf --encrypt`, `sqlplus u/pw@`, `isql DSN u "
      "pw`, `mc alias set`, `openssl passwd -6`, `ldappasswd -s`, `dscl . -passwd`, `security unlock-keychain -p`, "
      "`networksetup -setairportnetwork`, `raspi-config nonint do_wifi_ssid_passphrase`, `gpg --passphrase-fd 0`, "
      "`openconnect --passwd-on-stdin`, `vncpasswd -f`, `sshfs -o password_stdin`, `docker login --password-stdin`, "
      "`kinit`, `ansible-playbook --vault-password-file <(…)`, `passwd --stdin`, `hdiutil -stdinpass`, `pass insert -e`, "
      "`ftp -n` here-doc, `gio mount`; the library positions (ftplib, poplib, smbprotocol, requests, telnetlib, pexpect, "
      "msoffcrypto, pikepdf, PyMuPDF, redis-py, pika, influxdb, minio, bcrypt, Sequelize, `btoa`, mongo `db.auth`, "
      "`PasswordAuthentication`, `KeyStore.load`, Paho Java, Exposed, `NetworkCredential`, MQTTnet, Go `url.UserPassword` "
      "and `SetBasicAuth`, rumqttc, ssh2-rs, PHP mysqli / imap_open / ssh2, Perl DBI, PowerShell `ConvertTo-SecureString`, "
      "NodeMCU mqtt, PubSubClient, ArduinoOTA, MicroPython WLAN, VBA `Workbooks.Open`); the file layouts (`chap-secrets`, "
      "`ipsec.secrets`, davfs2 `secrets`, NUT `upsmon.conf`, Exim `passwd.client`, stunnel PSK file, cloud-init "
      "`chpasswd`, `GIT_ASKPASS` script, expect, `.muttrc`); the protocol forms (telnet login, SMTP `AUTH LOGIN`, HTTP "
      "Basic, MQTT CONNECT, LDAP simple bind, XMPP SASL PLAIN, AMQP Start-Ok, ESP `AT+CWJAP`, Redis `HELLO … AUTH`, "
      "JSON-RPC login); the SQL forms (`IDENTIFIED BY`, DB2 `USING`, SQLCipher `PRAGMA key`, pgcrypto `crypt`); the UI "
      "automation calls (Selenium, WebdriverIO, Robot Framework, Detox, Espresso, XCUITest, Maestro, pywinauto). "
      "Negatives: controller serials, program checksums, licence numbers, bcrypt / Argon2 strings, age / PGP armour and "
      "JWKS values are random in the right frame (not ciphertext, hashes or keys of anything).\n")

    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (kiln-controller portal, class-booking admin, glaze recipe database, "
      "commission tracker, open-access door panel, consignment ledger) and six generated secrets (`fti_` telemetry "
      "ingest token, `cbw1.` booking webhook secret, EdDSA member session JWT, 32-hex MQTT TLS-PSK, `gpk_live_` gallery "
      "POS key, Base64 consignment HMAC key). The PSK (only hex, the shape of an MD5) and the HMAC key (only Base64) have "
      "no telling prefix but each lets anyone impersonate a kiln or forge sync batches, so both are labelled. Key names "
      "in everyday files say password / token / secret / key / jwt / psk – that is how such files look; the "
      "telling-key-free cases are in the positional source. The Mosquitto bridge file writes the key name as a comment "
      "and the value after `bridge_psk` or `remote_password`; the Excel CSV puts key and value together in one Notes cell.")
    A("- Vendor: most kiln, booking, consignment, gallery, supplier and shipping vendors publish no token format the "
      "builder knows, so their types are recognisable only from the key name – part of the test. %d vendor types carry "
      "owner-chosen passwords (%s). Same-shape traps: the Turnstile and reCAPTCHA secret keys share their prefix and "
      "shape with the public site keys in the negatives; Klaviyo private keys start `pk_` although they are secrets, "
      "while Stripe `pk_live_` in the negatives is public; the Gemini and YouTube server keys have the `AIza` shape of "
      "public browser keys; the Shopify Storefront token (32 hex, negatives) looks like many labelled 32-hex secrets; "
      "SimpleConsign, Buttondown, Squarespace and Scaleway secrets are bare UUIDv4s while booking and order UUIDv4s are "
      "negatives; the Twilio `AC` SID, ShipStation API key, FedEx key, Xero and QuickBooks client ids, B2 key id and AWS "
      "access key id sit next to their secrets and stay unlabelled. Whole URLs are labelled for the Slack incoming "
      "webhook (the URL is the credential). The Fly.io span leaves out the `FlyV1 ` scheme word. Brands of the earlier "
      "READMEs reappear with other credential kinds (Shopify admin token, Square appointments token, Stripe terminal "
      "key, GoCardless token, Twilio auth token, OpenAI project key, Anthropic API key, GitHub fine-grained PAT, GitLab "
      "PAT, Doppler personal token, Tailscale OAuth client secret, Sentry user token); only type names were checked." % (
          len(grades["owner"]), ", ".join(v[0] for v in vk if v[3] == "owner")))
    A("- Passwords: labelled when the value logs in (flags `-u user,pw`, `-p`, `-P`, `-a`, `/RP`, `-u user:pw`, "
      "positional arguments of `net use`, `isql`, `mc alias set`, `networksetup`, `wpa_passphrase`, `raspi-config`, URL "
      "userinfo for `mount_smbfs`, `mosquitto_sub -L` and `.muttrc`, `sqlplus user/pw@`; library call positions in "
      "Python, Node, Java, Kotlin, C#, Go, Rust, PHP, Perl, PowerShell, Lua, Arduino C++, MicroPython and VBA), unlocks "
      "a file, key or store (`unrar -p`, `qpdf` owner password, `gpg --passphrase-fd`, `hdiutil -stdinpass`, "
      "`KeyStore.load`, `msoffcrypto`, `pikepdf`, PyMuPDF, SQLCipher `PRAGMA key`, `security unlock-keychain`, "
      "`ansible-vault`), sets or hashes a new secret (`htpasswd -b`, `ldappasswd -s`, `dscl -passwd`, `passwd --stdin`, "
      "`vncpasswd -f`, `openssl passwd -6`, `rclone obscure`, `bcrypt.hash`, `crypt(…, gen_salt)`, `CREATE USER … "
      "IDENTIFIED BY` – the literal is still the clear password), is a shared secret (`ipsec.secrets` PSK, stunnel PSK, "
      "Wi-Fi passphrases via `AT+CWJAP`, the serial console and `WIFI.TXT`, OTA passwords), sits in a file by position or "
      "travels in a protocol exchange. Weakest kept cases, with a hint of the word nearby: the telnet capture (the "
      "`Password:` prompt precedes the value), `ipsec.secrets` (`PSK`), `IDENTIFIED BY`, `sshfs -o password_stdin` and "
      "`docker login --password-stdin` (the flag names the stdin channel, not the value), `passwd --stdin`, "
      "`setPassword` (Paho, ArduinoOTA), `userauth_password`, the LDAP decode (`authentication: simple`), the `unlock` / "
      "`secret` / `pin` headers of the invented files. UI tests use neutral field ids (`f2`, `Edit2`). The SMTP and XMPP "
      "Base64 spans are the whole Base64 token; the HTTP Basic span is the credential after `Basic `. Several ideas "
      "repeat the earlier corpora on new tools (URL userinfo, `-P` after `-u`, library call positions, stdin echo, Base64 "
      "protocol lines, UI typing, invented fixed-width files); novelty was checked by name, and obvious near-duplicates "
      "were set aside (listed under Scale).")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "%s; modest for %s; low for %s. Loan words (PC, password in Maltese, پاس ورڈ, పాస్‌వర్డ్) are kept as people use "
      "them. Persian and Urdu are right-to-left with the Latin value embedded." % (
          ", ".join(prose203.CONFIDENCE["fair"]), ", ".join(prose203.CONFIDENCE["modest"]), ", ".join(prose203.CONFIDENCE["low"])))
    A("- Evasions: base five, Armenian letter numerals, Khmer digits and cubes are numeral notations or arithmetic; "
      "French, Sino-Korean and Latin number words are spelled forms; Morse with a shift mark is a signal spelling; "
      "Braille cells, Base64url, xxencode and dotted quads are byte notations (a detector that decodes them will see the "
      "plain); monospace and Fraktur letters fold back under NFKC; HTML numeric references are an escape notation; the "
      "autokey cipher states its primer, A1Z26 is a letter-number code; kiln firing segments, glaze recipe grams, "
      "colour-rod numbers, billet layer counts and craft-fair stall numbers are this world's disguises of code points. "
      "Close relatives exist in the earlier corpora (bases 4 / 7 / 9 / 12 / 20 / 60 next to base five, Greek / Hebrew / "
      "Roman numerals next to Armenian ones, Thai / Devanagari / Suzhou digits next to Khmer digits, squares and "
      "triangular numbers next to cubes, Italian / Chinese number words next to French / Latin / Sino-Korean, NATO "
      "spelling next to Morse, Base32 / Z85 / uuencode next to Base64url / xxencode, Vigenère / Trithemius next to "
      "autokey, fullwidth / double-struck / bold letters next to monospace / Fraktur, percent / `\\u` escapes next to HTML "
      "references, their world disguises next to these); novelty was checked by name against both READMEs and by notion "
      "against the encodings they name in prose.")
    A("- Negatives: controller serials, firmware builds, cone and program codes, CAS numbers, GTINs, booking and order "
      "references, stock numbers, Modbus frames, register maps, digests, SSIDs / BSSIDs, pitch and licence numbers are "
      "identifiers (the check-digit ones carry real check values); Stripe `pk_live_`, the Turnstile and reCAPTCHA site "
      "keys, the Square application id, the Shopify Storefront token and the Klaviyo company id are public by design "
      "(the Storefront token and the site keys are the most arguable: same shapes as labelled secrets elsewhere); "
      "`fti_<…>`, `gpk_live_XXXX…`, `cbw1.REPLACE_ME`, an all-zero PSK, `changeme` (arguably a weak real password; "
      "treated as a placeholder as in the earlier corpora), `${…:?…}`, `<your-…>` and empty values are placeholders; "
      "stars, `fti_****` + a 4-character tail and `[FILTERED]` carry no value; `LoadCredential=`, `_FILE` paths, "
      "`${{ secrets.… }}`, `op://` and `vault:` are pointers; age and PGP armour is ciphertext; bcrypt and Argon2 strings "
      "are one-way hashes (the column is called `password` / `password_hash`, a trap); webhook signatures are outputs of "
      "a key, not the key; JWKS keys and CA fingerprints are public; `T:nopass` QR payloads carry no password. Random "
      "fillers are generated, so an entropy-only detector will hit them – that is the point.\n")

    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief203/` (p201 and p202), for format and coverage only. The detector was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no "
      "other `/tmp` directory except `/tmp/scratch203/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public "
      "gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's "
      "`fetch` into its own mirror directory and extracted with `git show` into `/tmp/scratch203/`), read for the rules "
      "behind every vendor type marked *read this session* above. Betterleaks, Kingfisher, CredSweeper and vendor "
      "documentation were not opened this session; the remaining shapes come from the builder's memory and are marked "
      "above as believed or guessed.")
    return "\n".join(L) + "\n"
