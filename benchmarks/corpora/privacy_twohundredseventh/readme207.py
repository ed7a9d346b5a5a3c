"""Renders README.md from the generated data (called twice by build.py and compared)."""
from collections import Counter

import enc207
import everyday207
import evasions207
import negatives207
import positional207
import prose207
import vendor207
from common207 import BIKE_WORDS

TITLE = "# privacy_twohundredseventh (p207) – held-out credential corpus"

INTRO = (
    "Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
    "**bike-shop, cycle-repair and bike-hire developers**: workshop job cards and service bookings (Django, Flask, Laravel and "
    "Rails back ends, Jira and Help Scout tickets, a workshop whiteboard), frame and serial registers (Spring, Micronaut and .NET "
    "serial lookups, BikeRegister, Bike Index), hire fleets and e-bike battery tracking (NestJS and Phoenix fleet APIs, React Native, "
    "iOS and Android hire apps, ESP-IDF and Zephyr battery firmware, Node-RED, Samsara, Flespi, Traccar, Quectel modems and SMS-"
    "configured GPS trackers), cycle-to-work vouchers (Symfony and ASP.NET portals, Cyclescheme, Green Commute Initiative), parts "
    "ordering and warranty claims (Go and Rust parts sync, Fastify and SvelteKit claims, Shimano B2B, Madison, Zyro Fisher, QBP, "
    "EDIFACT orders, Gorgias), bike fitting records (Electron and Tauri fit apps, SQLCipher), dock and smart-lock unlock codes "
    "(PlatformIO and OpenWrt dock controllers, BLE locks, Nuki, igloohome, Tapkey, Noke) and guided-ride bookings (WordPress, "
    "Strapi, Booqable, Rentle, Checkfront, Rezdy, FareHarbor, Bookeo, Regiondo, Strava, Ride with GPS, Garmin, Wahoo, Bosch eBike); "
    "plus the commerce, messaging, AI, developer and ops services such developers use (Stripe restricted keys, Square, SumUp, "
    "Adyen, Mollie, Braintree, PayPal, Checkout.com, Shopify, WooCommerce, BigCommerce, Lightspeed, Twilio API keys, Vonage, "
    "Plivo, Firetext, SendGrid, Postmark, Mailjet, SparkPost, Mandrill, MailerLite, Discord and Teams webhooks, WhatsApp Cloud, "
    "LINE, Slack app secrets, Pushbullet, OpenAI and Anthropic admin keys, Mistral, Cohere, DeepSeek, xAI, OpenRouter, ElevenLabs, "
    "AssemblyAI, Deepgram, GitHub app and OAuth tokens, GitLab runner and deploy tokens, npm, PyPI, Atlassian, Linear, Netlify, "
    "Terraform Cloud, Grafana, New Relic, Sentry org tokens, PagerDuty, Cloudflare origin CA / global / tunnel, Tailscale auth keys, "
    "Vault service tokens, Doppler CLI, Supabase management, PlanetScale, Neon, Railway, DigitalOcean Spaces, Algolia, Typesense, "
    "Meilisearch, Contentful, Cloudinary, Auth0, Okta, FCM, Mapbox, Google Maps, HERE, openrouteservice, GraphHopper, Pipedrive, "
    "Help Scout, Crisp, Trello, Asana, ClickUp, monday.com, Calendly, Zoho Books, Dropbox); with hard negatives from the same "
    "world (frame serials and BB stamps, marking-kit and register ids, component codes and EAN-13s, job and booking refs, tracker "
    "IMEIs and SIM ICCIDs with real Luhn digits, battery and motor serials, lock MACs and beacon ids, cycle-to-work certificate "
    "numbers, warranty and RMA numbers, truncated card PANs, publishable checkout / map / search keys, setup placeholders, masked "
    "logs, secret-store references, SOPS and Ansible Vault blobs, PBKDF2 and scrypt hashes, handbook talk about passwords, webhook "
    "signatures, ride polylines, QR sticker payloads). Everything is produced by `build.py` and its modules (`common207.py`, "
    "`everyday207.py`, `vendor207.py`, `positional207.py`, `prose207.py`, `enc207.py`, `dec207.py`, `evasions207.py`, "
    "`negatives207.py`, `checks207.py`, `readme207.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
    "`random.Random` seeds (20701 everyday, 20711 everyday pairing, 20702 vendor, 20703 positional passwords, 20704 prose, 20705 "
    "evasions, 20706 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, "
    "compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both "
    "generations and compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
    "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief207/`.")

INDEP = (
    "**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
    "(`benchmarks/corpora/privacy_twohundredseventh/`) was created (with `mkdir -p`) and written; its parent was never listed, "
    "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project "
    "material read were the two READMEs in `/tmp/brief207/` (`README_twohundredfifth.md`, p205, butcher-shop / fishmonger / "
    "farm-shop developers; `README_twohundredthird.md`, p203, pottery-studio / glassblowing / blacksmith-forge developers), used "
    "only to learn the file format and what is already covered. No other `/tmp` directory was looked at except the scratch "
    "directory `/tmp/scratch207/` (an extracted copy of the public gitleaks rule file, encoder / decoder round-trip trials and trial "
    "builds). The deny-list (`common207.extract_denylist`) holds every backticked name and every snake_case identifier of both "
    "READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped "
    "(%d), the codes of every `` `code` (Name) `` pair (%d codes; the pattern also catches `alg` and `id`, which only makes the list "
    "stricter) and the names and name words of those pairs (%d entries). It is frozen in `brief_names.json`; when `/tmp/brief207/` "
    "exists the build re-extracts it and fails if it differs (this build: %s). Encodings the two READMEs name only in prose "
    "(Caesar, keyword alphabets, hex, Vigenère, Beaufort, Trithemius, autokey, Hill, affine, Atbash, ROT13 / ROT47, Polybius, "
    "Bacon, XOR, EBCDIC, DNA letters, dice, binary, octal, BCD, Gray code, bases 4 / 5 / 7 / 9 / 12 / 20 / 60, balanced ternary, "
    "negabinary, factoradic, bijective base 26, Roman, Greek, Hebrew, Armenian, Mayan, kanji and Suzhou numerals, Thai / Tibetan / "
    "Khmer / Bengali / Devanagari / Arabic-Indic / Ge'ez digits, number words in Spanish, English, Portuguese, German, Esperanto, "
    "Italian, Chinese, Japanese, French, Dutch, Latin and Sino-Korean, squares, cubes, primes, triangular numbers, Fibonacci / "
    "Zeckendorf, Cantor pairing, modular inverses, reversal, rail fence, columnar, outside-in, odd-even and decimation orders, "
    "Base58 / 45 / 36 / 62 / 32 / 64url / 91, Ascii85, Z85, uuencode, xxencode, percent, HTML, CSS and `\\u` escapes, "
    "quoted-printable, zero-width and tag characters, spelling alphabets, Morse, multi-tap, A1Z26, element symbols, Unicode names, "
    "proquints, Bubble Babble, fullwidth, monospace, bold, italic, script, Fraktur, double-struck, sans-serif, circled, "
    "parenthesized, turned, regional-indicator, Braille and Cyrillic look-alikes, chess and clock disguises, colour swatches and "
    "dotted quads) were avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share "
    "vendors, syntaxes, languages or notations.")


def code(s):
    return "`%s`" % s


def render(pos, ev, neg, ctx, info):
    deny = ctx["deny"]
    muts = info["mutations"]
    L = [TITLE, "", INTRO % len(muts), "",
         INDEP % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), info["deny_status"]), ""]
    src = Counter(r["source"] for r in pos)
    n_types = len({r["type"] for r in pos})
    n_cont = len({r["container"] for r in pos})
    ncls = Counter(r["class"] for r in neg)
    L += ["## Files and counts", "",
          "| file | records | spans | span types | container kinds | notes |", "|---|---|---|---|---|---|",
          "| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
          % (len(pos), len(pos), n_types, n_cont, src["everyday"], src["vendor"], src["password"], src["prose"], src["prose"]),
          "| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(ev), len(ev), len({r["type"] for r in ev}), len({r["container"] for r in ev}), len({r["encoding"] for r in ev})),
          "| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len(ncls)),
          "| `README.md` | – | – | – | – | rendered by `build.py` |",
          "| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |"
          % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])),
          "",
          "Schema (same as the earlier corpora): positives `id` (`p207-s-NNNN`), `type` (= type of its span), `container`, `text`, "
          "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
          "`prose`). Evasions (`p207-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
          "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p207-n-NNNN`): `id`, "
          "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
          "lines with `ensure_ascii=False`.", ""]
    va = "; ".join("%s (%s)" % (code(k), v) for k, v in vendor207.SET_ASIDE.items())
    pa = "; ".join("%s (%s)" % (code(positional207.PW_PREFIX + k), v) for k, v in positional207.SET_ASIDE.items())
    L += ["**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written down and "
          "unused: %s). Vendor %d (%d candidates written; set aside: %s). Positional passwords %d (%d syntaxes written; set aside: %s). "
          "Prose 40 in 40 languages (spares written down and unused: %s). Evasions %d = 22 × 3. Negatives %d = %d classes × 2 base "
          "kinds × 5 presentations. Positives total %d (asked: about 450). Values, public neighbours drawn for vendors, hidden "
          "passwords, evasion plains and runs drawn through the registry: %d."
          % (code(everyday207.SPARE_CONTAINER), src["vendor"], len(vendor207.V), va, src["password"], len(positional207.S), pa,
             ", ".join("%s (%s)" % (code(c), n) for c, n in prose207.SPARES), len(ev), len(neg), len(ncls), len(pos),
             ctx["registry_size"]), ""]
    L += ["## Conventions", "",
          "- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
          "element, never the quotes and never the key. Values pasted where they do not belong (a mechanics' WhatsApp group export, "
          "a hire-desk Discord paste, a Jira comment, a Help Scout reply, an OCR'd workshop whiteboard, a Google Sheets CSV of "
          "returns, a zsh history, `setx`, a crontab line, a Telegram paste from the owner, a Gorgias internal note, `vault kv put`, "
          "`gh secret set`, `railway variables --set`, `netlify env:set`) are labelled.",
          "- Owner-chosen passwords are a word of this world (%s, …; %d in all; capitalised with probability 0.4) + one of "
          "`- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). "
          "The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the four "
          "owner-chosen vendor passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain positional "
          "value, every password hidden inside a Base64 positional value, every prose value and every workshop-PC evasion plain."
          % (", ".join(BIKE_WORDS[:40]), len(BIKE_WORDS)),
          "- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
          "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text. Values, vendor "
          "neighbours, hidden passwords, evasion plains and runs are drawn through one registry that refuses repeats and any string "
          "in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered string "
          "of 6+ characters or a hidden password.",
          "- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 "
          "(checked); every JWT-shaped substring has base64url JSON header and payload and a signature length that fits its `alg` "
          "(checked): the hire-app session token is a real HS512 JWT, monday.com and Calendly tokens real HS256 JWTs (HMACs under "
          "discarded keys), the MailerLite token RS256-shaped (256 random signature bytes); `ebt_` tokens carry the real Adler-32 of "
          "their 32-character body, `pok_live_` keys the real CRC-16/CCITT-FALSE of theirs; the dock unlock key is Base64 of 32 "
          "bytes, the TOTP seed Base32 of 20 bytes (all checked); the Sentry org token, the Grafana Cloud token and the Cloudflare "
          "tunnel token carry real Base64 JSON (checked); %d vendor values are checked against a regular expression. The npm "
          "`_auth` and Docker `auth` positional spans are Base64 of `user:password` with a strict-form password (checked); the "
          "workshop-tablet fixed-width file puts the value in columns 41–60 (checked). Negatives: EAN-13s carry real GS1 check "
          "digits, IMEIs and ICCIDs real Luhn digits (checked); webhook signatures are real HMAC-SHA256 outputs under discarded "
          "keys; polylines are real Google polyline encodings of random deltas." % len(__import__("checks207").VENDOR_RE),
          "- Public neighbours are unlabelled: user names, hosts (`*.lan` names of the shops `spokeandsprocket`, `velocityhire`, "
          "`chainlinecycles`, `greenlanebikes`, `harbourhirebikes`, `cadencefitstudio`, `trailheadrentals`, `truingstandworks`, "
          "`*.example`, private addresses), key names, and ids written next to a vendor secret (%s) and the user half of a user / "
          "password pair." % "; ".join("%s: %s" % (v[0], v[4].replace("_", " ")) for v in vendor207.kept() if v[4]),
          "- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the text "
          "lives: %s." % (positional207.PW_PREFIX, positional207.PW_PREFIX,
                          ", ".join("%s (%s)" % (code(v), k) for k, v in positional207.SUFFIX.items())),
          "- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the "
          "run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own "
          "run, if the run equals the plain or if the run would start or end with whitespace.", ""]
    # categories
    L += ["## Categories (positives)", "",
          "Everyday (12 types): " + "; ".join("%s (%s)" % (code(t[0]), t[2]) for t in everyday207.TYPES) + ".", "",
          "Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (code(k), s) for k, s in everyday207.CONTAINERS)
          + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 20711) of the 12 "
          "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits in "
          "exactly 15 records (checked); secrets therefore also land in implausible places (a TOTP seed in an ESP-IDF `sdkconfig`, "
          "a dock HMAC key in Django local settings). Key names are the type's key words in the container's own case style: upper, "
          "snake, camel, pascal, kebab, dot, spaced (chats, tickets, replies) and title (OCR, CSV cell); the ESP-IDF and Zephyr "
          "kinds prefix `CONFIG_` / `CONFIG_APP_`, the Spring and Android properties prefix `framereg.` / `hire.`, the web.config "
          "kind writes `<add key=… value=…/>` and the OpenWrt kind `option key 'value'`.", "",
          "Vendor (%d types, container `<type>__<style>`): " % src["vendor"] + ", ".join(code(v[0]) for v in vendor207.kept())
          + ". Styles (16, assigned cyclically): " + ", ".join("%s (%s)" % (code(s), k) for s, k in vendor207.STYLES)
          + ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left unlabelled.", "",
          "Positional passwords (%d syntaxes, span type `%s<syntax>`): " % (src["password"], positional207.PW_PREFIX)
          + ", ".join(code(positional207.PW_PREFIX + s[0]) for s in positional207.syntaxes())
          + ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; checked).", "",
          "Prose: someone tells a colleague the password of the bike workshop's PC and asks them not to forward it; span type "
          "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among the "
          "languages or spares of either README (checked: code against the codes and all deny-listed names; name and each name "
          "word against the language names). Scripts: %s. Khmer, Burmese, Chinese and Japanese do not separate words with spaces, "
          "so the value got spaces around it; most sentences follow the value with a spaced dash; Russian introduces it after a "
          "colon; Hindi, Punjabi, Gujarati, Marathi, Nepali, Malayalam, Burmese, Japanese and Korean put the copula after it; every value is set off "
          "by whitespace on both sides (checked)."
          % (prose207.TYPE, ", ".join(code(f) for f in prose207.FORMATS), ", ".join("%s (%s)" % (code(c), n) for c, n, _, _ in prose207.LANGS),
             ", ".join(sorted({s for _, _, s, _ in prose207.LANGS}))), ""]
    # evasions
    L += ["## Evasion encodings", "",
          "; ".join('%s = "%s"' % (code(n), enc207.RULES[n]) for n in enc207.ENC_NAMES) + ".", "",
          "Families: " + "; ".join("%s: %s" % (enc207.FAMILIES[n], code(n)) for n in enc207.ENC_NAMES) + ".", "",
          "Evasion types: " + "; ".join("%s (%s)" % (code(t[0]), t[2]) for t in evasions207.TYPES) + "; wordings: "
          + ", ".join(code(w[0]) for w in evasions207.WORDINGS) + " (container `<encoding>__<wording>`; each encoding appears once per "
          "type and once per wording).", "",
          "Encoders are in `enc207.enc` (the rng only adds noise the decoder ignores: the split points of the sums, the acrostic "
          "words, sides and gauges of the spoke list, rear pressures, heart rates and speeds, bike models, pack voltages, job "
          "names); the decoder `dec207.decode` gets only the encoding name and the run and is written separately, importing "
          "nothing from the encoder and no `base64`, `binascii` or `codecs`: `int(t, 3)` and `int(t, 6)`, code-point offsets for "
          "Mongolian and Myanmar digits, a counting-rod reader (vertical and horizontal rods both give their digit, 〇 gives 0), "
          "a Turkish word-value sum, an Indonesian parser (`seratus`, `sepuluh`, `sebelas`, `belas`, `puluh`), removal of U+0336, "
          "retyped keyboard rows for the left-neighbour and Dvorak-to-QWERTY maps, emoji minus U+1F3F7 and a part-name nibble "
          "table with a UTF-8 decode, differences of running totals, `a+b` sums, the self-inverse pair swap, the first character of "
          "each acrostic word, and regular expressions plus arithmetic for the six world disguises. Every pair was round-tripped on "
          "300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); at build time every span is "
          "decoded back to its `plain` (checked).", ""]
    # negatives
    L += ["## Negative classes", "", "| class | records | base kinds | what is in it |", "|---|---|---|---|"]
    for cls, desc, kinds in negatives207.CLASSES:
        L.append("| %s | %d | %s | %s |" % (code(cls), ncls[cls], ", ".join(code(k.__name__) for k in kinds), desc))
    L += ["", "Each base kind appears plain and wrapped " + ", ".join(code(w) for w, _ in negatives207.WRAPPERS if w) + ".", ""]
    # checks
    mut_line = ", ".join("%s (%s)" % (code(n), "caught" if c else "MISSED") for n, c in muts)
    L += ["## Checks run by build.py before writing", "",
          "- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
          "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
          "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or "
          "Base64-hidden password in any text; no slot marker, control marker or `PRIVATE KEY`; prose values set off by whitespace",
          "- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain positional, "
          "Base64-hidden, prose and workshop-PC evasion passwords; npm `_auth` / Docker `auth` spans decode to `user:password`; "
          "fixed-width columns 41–60; UUID-shaped substrings of every text are version 4; every JWT-shaped substring has base64url "
          "JSON header and payload and a signature length that fits its `alg`; everyday shapes (`ebt_` Adler-32, Base64 32-byte "
          "dock key, HS512 session JWT, `wrty_whsec_` 40 hex, `pok_live_` CRC-16/CCITT-FALSE, Base32 20-byte TOTP seed); vendor "
          "regexes, vendor JWTs and Base64-JSON vendor bodies; evasion plain shapes (`dko_`, `bst-`, strict password); GS1 check "
          "digits of EAN-13s and Luhn digits of IMEIs and ICCIDs in their negative classes",
          "- evasions: every span decodes to its `plain` with the independent decoder; the stated rule, `:` and a newline come "
          "right before the run, which is on one line followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run "
          "never contains its plain and never equals it; record and span encoding agree; container `<encoding>__<wording>`; 22 "
          "encodings × 3, each type and wording once per encoding",
          "- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive "
          "value, plain and hidden password",
          "- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose format, "
          "evasion wording, negative base kind and wrapper inside it), span type, evasion encoding and negative class, plus the "
          "spare kind, set-aside names, styles, suffixes, formats and wordings, is compared case-insensitively, whole name and each "
          "`__` part, with the frozen deny-list; positional syntaxes (span type without `%s`) also against the earlier syntax list; "
          "prose languages and spares by code, name and name words; `brief_names.json` is compared with a fresh extraction when "
          "`/tmp/brief207/` exists" % positional207.PW_PREFIX,
          "- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types "
          "with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct "
          "languages; 66 evasions (22 × 3); positives 440–470; span types of the four sources pairwise disjoint; non-everyday "
          "containers unique; negatives ≥ 180 in ≥ 16 classes",
          "- determinism: two in-process generations compared byte for byte; README rendered from both and compared",
          "- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s"
          % (len(muts), sum(1 for _, c in muts if c), len(muts), mut_line), ""]
    # shapes
    def group(conf):
        return "; ".join("%s (%s%s)" % (code(v[0]), v[3], (" – next to it: " + v[4].replace("_", " ")) if v[4] else "")
                         for v in vendor207.kept() if v[2] == conf)
    kept = vendor207.kept()
    L += ["## Shapes you had to guess", "",
          "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`; "
          "nothing copied; every value generated; where the rule gives only a prefix or an alphabet, the exact length is mine) (%d): %s."
          % (sum(1 for v in kept if v[2] == "read"), group("read")), "",
          "Believed right from background knowledge of public rule sets and vendor docs (not re-read this session) (%d): %s."
          % (sum(1 for v in kept if v[2] == "believed"), group("believed")), "",
          "Guessed (length and alphabet only; most hire, booking, register, cycle-to-work, lock, dock, tracker and supplier "
          "vendors publish no token format the builder knows, so these are recognisable from the key name only) (%d): %s."
          % (sum(1 for v in kept if v[2] == "guessed"), group("guessed")), "",
          "Owner-chosen passwords (the portal or server is unlocked with a password the owner picked) (%d): %s."
          % (sum(1 for v in kept if v[2] == "owner"), group("owner")), "",
          "Also invented or guessed: the everyday prefixes `ebt_` (with its Adler-32 tail), `wrty_whsec_` and `pok_live_` (with its "
          "CRC-16/CCITT-FALSE tail) and the evasion prefixes `dko_` / `bst-` are invented; the HS512 session JWT, the Base64 "
          "32-byte dock HMAC key and the Base32 TOTP seed are modelling choices. The workshop-tablet fixed-width file (columns "
          "41–60), kiosk users CSV, dock provisioning JSON array, battery BMS service pipe file, fit-studio YAML flow sequence, "
          "cycle-scheme SFTP drop config, ride-leader roster TSV and the GPS-tracker SMS `APN,apn,user,pw#` command are invented "
          "formats of this world. Syntaxes are written from memory, not re-checked: `smbclient -U u%p`, `rdesktop -p`, "
          "`xfreerdp /p:`, `sshpass -p` / `-d 3`, `mysqladmin -pPW`, `mongosh -p`, `redis-cli -a`, `rabbitmqctl add_user`, "
          "`openssl pkcs12 -passout pass:`, `zip -P`, `ldapsearch -w`, `curl -U`, `hg clone` userinfo, `plink -pw`, `winscp.com "
          "open sftp://u:p@`, `iwctl --passphrase`, `wpa_cli set_network psk`, `snmpwalk -A`, `snmpset -c`, `net user u p /add`, "
          "`ssh-keygen -N`, `certutil -p`, `pk12util -W`, `signtool /p`, `altool -p`, `mount_afp` userinfo, `orapki -pwd`, `bw "
          "unlock`, `psql` URI, `mjpg_streamer -c`, `sudo -S`, `cryptsetup --key-file=-`, `openssl rsa -passin stdin`, `op signin`, "
          "`keepassxc-cli`, `ldapadd -y /dev/stdin`, `openvpn --auth-user-pass /dev/stdin`, `gocryptfs -passfile /dev/stdin`, "
          "`ecryptfs-unwrap-passphrase`; the library positions (paramiko, imaplib, ldap3, exchangelib, pykeepass, python-jenkins, "
          "pysnmp, JayDeBeApi, cx_Oracle, pg, ioredis, amqplib, JavaMail, OkHttp `Credentials.basic`, smbj, SSH.NET, "
          "`SecureString.AppendChar`, Go `smtp.PlainAuth` and go-ldap, Ruby `Net::SMTP.start` and `PG.connect`, PDO, "
          "`CURLOPT_USERPWD`, LWP `credentials`, lettre, Dart `HttpClientBasicCredentials`, httr `authenticate`, WiFiManager, "
          "`WiFi.softAP`); the file layouts (pgbouncer `userlist.txt`, Dovecot `{PLAIN}`, `.git-credentials`, `pip.conf`, "
          "`.pgpass`, Postfix `sasl_passwd`, proxychains, tinyproxy `BasicAuth`, hostapd `eap_user`, `ntp.keys`, Wi-Fi QR, vsftpd "
          "virtual users, HAProxy `stats auth`, Monit `allow`, EDIFACT `UNB` recipient reference, `.npmrc` `_auth`, Docker "
          "`config.json`); the protocol forms (FTP `PASS`, IMAP `LOGIN`, Redis RESP `AUTH`, the PostgreSQL password message, a "
          "BLE ATT write, Quectel `AT+QICSGP`); the UI automation calls (Playwright, Cypress, Puppeteer, TestCafe, Flutter "
          "`WidgetTester`, xdotool, AutoHotkey, AutoIt, AppleScript, Capybara, Behat); the SQL forms (Oracle database links, "
          "`sp_addlinkedsrvlogin`, `AES_ENCRYPT`, `pgp_sym_encrypt`, SQLCipher `ATTACH … KEY`, H2 linked tables, FEDERATED "
          "`CONNECTION`). Negatives: frame serials, marking-kit ids, battery, motor and part serials, RMA and certificate numbers, "
          "SOPS / Ansible Vault bodies and PBKDF2 / scrypt strings are random in the right frame (not ciphertext or hashes of "
          "anything).", ""]
    L += ["## Judgement calls", "",
          "- Everyday: six owner-chosen passwords (workshop job-card admin, hire-fleet dashboard, frame-register database, "
          "cycle-to-work portal, bike-fit studio login, guided-ride booking admin) and six generated secrets (`ebt_` battery "
          "telemetry token, Base64 dock unlock HMAC key, HS512 hire session JWT, `wrty_whsec_` warranty webhook secret, `pok_live_` "
          "parts-order key, Base32 till TOTP seed). The dock key (only Base64) and the TOTP seed (only Base32, the shape of many "
          "public ids) have no telling prefix but each lets anyone release bikes or mint staff login codes, so both are labelled. "
          "Key names in everyday files say password / token / key / secret / jwt / seed – that is how such files look; the "
          "telling-key-free cases are in the positional source.",
          "- Vendor: most hire, booking, register, cycle-to-work, lock, tracker and supplier vendors publish no token format the "
          "builder knows, so their types are recognisable only from the key name – part of the test. Four vendor types carry "
          "owner-chosen passwords (Shimano B2B, Madison trade portal, Zyro Fisher dealer portal, Traccar admin). Same-shape traps: "
          "the Google Maps server key has the `AIza` shape of the browser Maps key in the negatives; the Mapbox secret token `sk.` "
          "sits opposite the public `pk.` token in the negatives; the Algolia admin key is 32 hex like the search-only key in the "
          "negatives; ClickUp personal tokens start `pk_` although they are secret; Checkout.com, FareHarbor, Postmark, GraphHopper "
          "and Railway values are bare UUIDv4s (or `sk_` + UUIDv4) while booking, listing and beacon UUIDv4s are negatives; the "
          "Twilio `SK…` API key SID (which gitleaks flags on its own), the WooCommerce `ck_` consumer key, the Braintree public "
          "key, the PayPal client id, the Plivo auth id, the DigitalOcean Spaces access key and the other neighbours listed above "
          "sit next to their secrets and stay unlabelled (the `ck_` key and the Spaces access key are the most arguable: they are "
          "half of a key pair). Whole URLs are labelled for the Discord and Teams webhooks (the URL is the credential). Brands of "
          "the earlier READMEs reappear with other credential kinds (Stripe restricted key, Square production token, Shopify shared "
          "secret and custom-app token, OpenAI and Anthropic admin keys, GitHub app and OAuth tokens, GitLab runner and deploy "
          "tokens, Vault service token, Doppler CLI token, Tailscale auth key, Supabase management token, Sentry org token, "
          "Cloudflare origin CA / global / tunnel); only type names were checked.",
          "- Passwords: labelled when the value logs in (flags `-U u%p`, `-p`, `/p:`, `-a`, `-w`, `-A`, `-c` community, `-pw`, "
          "glued `-pPW`, `-U u:p`, positional arguments of `rabbitmqctl`, `net user`, `bw unlock`, URL userinfo for Mercurial, "
          "AFP, SFTP, PostgreSQL, Redis, AMQP, pip and git credentials; library call positions in Python, Node, Java, C#, Go, "
          "Ruby, PHP, Perl, Rust, Dart, R and Arduino C++), unlocks a file, key or store (`zip -P`, `openssl -passout` / "
          "`-passin`, `pk12util -W`, `certutil -p`, `signtool /p`, `ssh-keygen -N`, `orapki -pwd`, `cryptsetup`, `gocryptfs`, "
          "`ecryptfs`, KeePassXC, pykeepass, SQLCipher `ATTACH … KEY`), encrypts data (`AES_ENCRYPT`, `pgp_sym_encrypt` – the "
          "literal is the passphrase), is a Wi-Fi or APN secret (`iwctl`, `wpa_cli psk`, WiFiManager, `softAP`, Wi-Fi QR `P:`, "
          "Quectel `AT+QICSGP`, the tracker SMS), sits in a file by position or travels in a protocol exchange or is typed by "
          "automation. Weakest kept cases, with a hint of the word nearby: `plink -pw`, `-passout pass:`, `psk` in `wpa_cli`, "
          "`BasicAuth`, `{PLAIN}`, `stats auth`, FTP `PASS`, the PostgreSQL decode (`Password:` field label of the dissector), "
          "the BLE write (`Lock Control`), the SNMP community (a shared secret rather than a user password), the `unlock` / "
          "`code` / `secret` headers of the invented files. UI tests use neutral field ids (`f2`). The npm and Docker spans are "
          "the whole Base64 token, not the decoded password. Twelve syntaxes were set aside (listed under Scale) because a telling "
          "word sits right before the value or they repeat a kept idea.",
          "- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
          "German, Italian, Portuguese, Norwegian Bokmål, Russian, Afrikaans, Standard Malay, Japanese, Korean, Mandarin Chinese, "
          "Hindi; modest for Serbian, Bosnian, Galician, Luxembourgish, Western Frisian, Hebrew, Bengali, Marathi, Nepali, Javanese, "
          "Cebuano, Northern Uzbek, Kyrgyz, Faroese, Maori; low for Zulu, Xhosa, Yoruba, Hausa, Kinyarwanda, Malagasy, Eastern "
          "Punjabi, Gujarati, Kannada, Malayalam, Sinhala, Khmer, Burmese, Halh Mongolian. Loan words (password in Cebuano, "
          "पासवर्ड, পাসওয়ার্ড, PC-en, atelier) are kept as people use them. Hebrew is right-to-left with the Latin value embedded.",
          "- Evasions: base three and base six are numeral systems; Mongolian and Myanmar digits are digit blocks; counting rods "
          "are a numeral notation; Turkish and Indonesian number words are spelled forms; the long-stroke overlay is a combining-"
          "mark disguise (NFKC does not remove it); the right-neighbour shift and the Dvorak-on-QWERTY swap are keyboard ciphers; "
          "emoji per byte and part names per nibble are byte notations (a detector that decodes them will see the plain); running "
          "totals and `a+b` sums are arithmetic; the pair swap keeps every character in view but scrambles the order and the "
          "acrostic hides the characters as word initials; spoke lengths, tyre pressures, cadence samples, hire fleet numbers, "
          "battery charge cycles and labour minutes are this world's disguises of code points. Close relatives exist in the earlier "
          "corpora (bases 4 / 5 / 7 / 9 / 12 and balanced ternary next to bases 3 and 6; Thai, Tibetan and Khmer digits next to "
          "Mongolian and Myanmar; Suzhou and kanji numerals next to counting rods; French, Dutch, Latin and Sino-Korean words next "
          "to Turkish and Indonesian; zero-width and look-alike blocks next to the stroke overlay; Base91 / Braille bytes next to "
          "emoji bytes; Caesar / Vigenère next to the keyboard ciphers; cubes and Cantor pairs next to sums; decimation and rail "
          "fence next to pair swaps; their world disguises next to these); novelty was checked by name against both READMEs and "
          "by notion against the encodings they name in prose.",
          "- Negatives: frame serials, BB stamps, marking-kit and register ids, component codes and EAN-13s, job and booking refs, "
          "IMEIs and ICCIDs, battery and motor serials, lock MACs and beacon ids, certificate, scheme, claim, RMA and consignment "
          "numbers, activity ids and polylines and QR sticker payloads are identifiers (the check-digit ones carry real check "
          "digits; the polylines and the QR check codes look random on purpose); truncated PANs, auth codes, TIDs and MIDs are "
          "not secrets; Stripe `pk_live_`, Mapbox `pk.`, the Square application id, the Algolia search-only key, the browser "
          "Maps key and the Sentry DSN key are public by design (the Maps key and the Algolia key are the most arguable: same "
          "shapes as labelled secrets elsewhere); `ebt_<…>`, `pok_live_XXXX…_0000`, empty values, `${…:?…}`, `<your-…>`, an all-A "
          "TOTP seed, the TOTP seed printed in authenticator documentation (`JBSWY3DPEHPK3PXP`) and `eyJ...paste...` are "
          "placeholders; `ebt_****` + 4 hex, `***` and `[REDACTED]` carry no value; ARNs, SSM names, `op://` and `${{ secrets.… }}` "
          "are pointers; SOPS and Ansible Vault bodies are ciphertext; PBKDF2 and scrypt strings are one-way hashes (the column is "
          "called `password` / `password_hash`, a trap); webhook signatures are outputs of a key, not the key. Random fillers are "
          "generated, so an entropy-only detector will hit them – that is the point.", ""]
    L += ["## Sources consulted", "",
          "- The two READMEs in `/tmp/brief207/` (p205 and p203), for format and coverage only. The detector was not opened, "
          "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
          "directory except `/tmp/scratch207/` was looked at.",
          "- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
          "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
          "mirror directory and extracted with `git show` into `/tmp/scratch207/`), read for the rules behind every vendor type "
          "marked *read this session* above (Stripe, Square, Shopify `shpss_` / `shpca_`, Google `AIza`, SendGrid, Teams "
          "webhooks, OpenAI and Anthropic admin keys, Cohere, GitHub `ghs_` / `gho_`, GitLab `glrt-` / `gldt-`, npm, PyPI, "
          "Linear, Grafana `glsa_` / `glc_`, New Relic `NRAK-`, Sentry `sntrys_`, Cloudflare origin CA and global keys, Vault "
          "`hvs.`, PlanetScale, Algolia, Okta). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this "
          "session; the remaining shapes come from the builder's memory and are marked above as believed or guessed.", ""]
    return "\n".join(L)
