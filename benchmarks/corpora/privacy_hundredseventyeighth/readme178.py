"""Renders README.md from the generated data (called twice by build.py, output compared)."""
from collections import Counter, defaultdict
import everyday178, vendor178, positional178, prose178, evasions178, negatives178, enc178

FOCUS = ("ice-time booking and league scheduling (DaySmart Recreation, RecDesk, SportsEngine, TeamSnap, LeagueApps), "
         "Zamboni / Olympia ice-resurfacer telematics and ice-plant refrigeration monitoring (brine loops, ammonia detectors, "
         "Modbus / OPC UA gateways, Danfoss Alsense, CIMCO, Tridium Niagara, Johnson Controls OpenBlue), skate rental and "
         "sharpening pro shops (UPC inventory, Shopify, Shippo, EasyPost), curling scoreboards and end-by-end stats "
         "(curling.io, CurlingZone, draw sheets), hockey tournament brackets and live streams (GameSheet, Challonge, LiveBarn, "
         "YouTube Live, Twitch, AWS IVS, Mux, Restream, Cloudflare Stream, Wowza, api.video, Vimeo Livestream), learn-to-skate "
         "programme enrolment (Learn to Skate USA, Skate Canada, enrolment webhooks), concession stands and cashless wristbands "
         "(Toast, Clover, Lightspeed, Square Terminal, Stripe Terminal, Moneris, Helcim, PayPal, Braintree, Adyen, Intellitix, "
         "Glownet, NFC readers), arena access control (OSDP door controllers, Wiegand badges, Brivo, Avigilon Alta, Verkada, "
         "Kisi, SALTO KS, Genea) and sport-federation registration APIs (USA Hockey, Hockey Canada, USA Curling, ISU results); "
         "plus the commerce, messaging, AI, developer and ops services such developers use (Twilio, Vonage, Plivo, Sinch, "
         "Postmark, SendGrid, Mailgun, Mailjet, SparkPost, Customer.io, OneSignal, Pusher, Ably, Firebase Cloud Messaging, "
         "Expo, Slack, Discord, Microsoft Teams, Telegram, WhatsApp Cloud, OpenAI, Anthropic, Mistral, Cohere, DeepSeek, "
         "ElevenLabs, AssemblyAI, Deepgram, OpenRouter, LangSmith, Roboflow, Weights & Biases, GitHub, GitLab, npm, "
         "PyPI, Docker Hub, Netlify, Sentry, New Relic, Doppler, 1Password, HashiCorp Vault, Tailscale, ngrok, "
         "Cloudflare, PagerDuty, Grafana Cloud, Splunk, Elastic, MongoDB Atlas, Algolia, Mapbox, Trello, monday.com, Zapier, "
         "Databricks, Snowflake, Google, Azure, AWS, MaxMind)")

CAT_TITLE = {"R": "Read for shape this session in the public gitleaks rule file (nothing copied)",
             "B": "Believed right from background knowledge (not re-read this session)",
             "G": "Guessed (length and alphabet only, recognisable from the key name)",
             "P": "Owner-chosen passwords (the integration logs in with user / password)"}


def bt(x):
    return "`" + x + "`"


def render(data, meta, info):
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    deny = info["deny"]
    src = Counter(r["source"] for r in sec)
    L = []
    w = L.append
    w("# privacy_hundredseventyeighth (p178) – held-out credential corpus\n")
    w("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**ice-rink, curling-club and winter-sports facility developers**: " + FOCUS + "; with hard negatives from the same world. "
      "Everything is produced by `build.py` and its modules (`common178.py`, `everyday178.py`, `vendor178.py`, `positional178.py`, "
      "`prose178.py`, `enc178.py`, `dec178.py`, `evasions178.py`, `negatives178.py`, `checks178.py`, `readme178.py`, frozen "
      "deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (17801 everyday, 17802 vendor, "
      "17803 positional passwords, 17804 prose, 17805 evasions, 17806 negatives), no clock, no network. `python3 build.py [outdir]` "
      "generates everything twice in one process, compares the bytes of the three JSONL files, runs every check and %d mutation "
      "tests, renders this README from both generations and compares it, and only then writes the files (on any failure it prints "
      "the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief178/`.\n"
      % len(info["mutations"]))
    w("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredseventyeighth/`) was created (with `mkdir -p`) and written; its parent was never listed, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project "
      "material read were the two READMEs in `/tmp/brief178/` (`README_hundredseventythird.md`, p173, equestrian-centre / "
      "stable-management / horse-racing; `README_hundredseventyfifth.md`, p175, hearing-aid / audiology-clinic / hearing-care), "
      "used only to learn the file format and what is already covered. No other `/tmp` directory was looked at except the scratch "
      "directory `/tmp/scratch178/` (trial builds and a copy of the public gitleaks rule file, read for token shapes). The deny-list "
      "(`common178.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, lower-cased and "
      "also split at `__`, plus the same names with an earlier positional prefix (`<letters>pw_`) stripped (%d names); the earlier "
      "positional syntaxes without prefix, including both READMEs' unused tails (%d); the language codes of every `code` (Name) "
      "pair and of the spare lists (%d); and the language names and name words of those pairs and spares (%d). It is frozen in "
      "`brief_names.json`; when `/tmp/brief178/` exists the build re-extracts it and fails if it differs (this build: %s). "
      "Dropped by the deny-list on this run: vendor types %d, positional syntaxes %d, languages %d (the candidate lists were "
      "written after reading the READMEs). Novelty is checked against these two READMEs only; older corpora may share vendors, "
      "syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]),
         info["frozen_state"], meta["dropped"]["vendor"], meta["dropped"]["positional"], meta["dropped"]["languages"]))

    # ---------------------------------------------------------------- files and counts
    w("## Files and counts\n")
    w("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    w("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(sec), sum(len(r["secrets"]) for r in sec), len({r["type"] for r in sec}), len({r["container"] for r in sec}),
        src["everyday"], src["vendor"], src["password"], src["prose"], src["prose"]))
    w("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(eva), len(eva), len({r["type"] for r in eva}), len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    ncls = Counter(r["class"] for r in neg)
    w("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len(ncls)))
    w("| `README.md` | – | – | – | – | rendered by `build.py` |")
    w("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    w("Schema (same as the earlier corpora): positives `id` (`p178-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p178-e-NNNN`) add a record-level `encoding`; their single span also has `plain` (the clean secret) "
      "and `encoding`; `source` is `evasion`. Negatives (`p178-n-NNNN`): `id`, `class`, `container`, `text`, `source` "
      "(`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    spare_kinds = [c[0] for c in everyday178.C[everyday178.USED:]]
    w("**Scale.** Everyday %d = 12 types × 45 kinds, 4 records per kind (%d container templates written, the spare %s unused). "
      "Vendor %d (%d candidates written, %d dropped by the deny-list, the rink-world ones first and the most generic last; the "
      "first 120 kept; unused tail: %s). Positional passwords %d (%d syntaxes written, %d dropped by the deny-list, all remaining "
      "kept). Prose %d in %d languages (spares unused: %s). Evasions %d = 22 × 3. Negatives %d = %d classes × 2 base kinds × 6 "
      "presentations. Positives total %d (asked: about 450).\n" % (
          src["everyday"], len(everyday178.C), ", ".join(bt(x) for x in spare_kinds), src["vendor"], len(vendor178.V),
          meta["dropped"]["vendor"], ", ".join(bt(x) for x in meta["vendor_tail"]), src["password"], len(positional178.S),
          meta["dropped"]["positional"], src["prose"], src["prose"], ", ".join(bt(c) for c, _ in meta["languages_spare"]),
          len(eva), len(neg), len(ncls), len(sec)))

    # ---------------------------------------------------------------- conventions
    w("## Conventions\n")
    w("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, "
      "never the quotes and never the key. Values pasted where they do not belong (an arena manager's Teams message, an OCR'd "
      "Zamboni-room whiteboard, a curling-club Telegram group, a rink director's e-mail to an integrator, a Jira comment, a "
      "journald debug line, a Sentry breadcrumb, a zsh history, a `git show` patch, an R Markdown chunk, a KeePass XML export, "
      "a Discord DM, a Freshdesk private note, a federation liaison's e-mail) are labelled.")
    w("- Owner-chosen passwords are a word of the rink world (%s; %d in all; capitalised 45 %% of the time) + one of `- _ . + ~` "
      "+ 3–6 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "this shape (`^[A-Za-z][a-z]+[-_.+~][a-z0-9]{3,6}[0-9]{2}$`) for the six everyday password types and the %d owner-chosen "
      "vendor passwords, and the stricter `- _ .` form for every non-Base64 positional value, every password hidden in a Base64 "
      "positional value and every prose value." % (", ".join(__import__("common178").RINK_WORDS[:40]) + ", …",
                                                     len(__import__("common178").RINK_WORDS), len([v for v in vendor178.V[:120] if v[1] == "P"])))
    w("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text. Values, hidden "
      "passwords, evasion plains and evasion runs are drawn through one registry that refuses any string in a substring relation "
      "with an earlier one; a negative is redrawn if it contains any registered string.")
    w("- Structured values are valid: every UUID-shaped substring in every text is version 4 (checked); the scoreboard signing key "
      "is the Base64 of 32 random bytes and the `ltswh_` body the base64url of 32 bytes (both checked); the resurfacer telematics "
      "JWT and the monday.com token are HS256 JWTs with real base64url JSON and a real HMAC under a discarded key; `ghs_` / `gho_` "
      "tokens carry a real CRC-32 in their last six base62 characters (checked); the Sentry org token, 1Password service-account "
      "token, Cloudflare tunnel token, Grafana Cloud `glc_` token and Mapbox `sk.` token carry real Base64 / base64url JSON and "
      "the Elastic key is the Base64 of `id:key` (all checked); Base64 positional spans decode to `\\0user\\0password` (SMTP "
      "`AUTH PLAIN`) or `user:password` (curl verbose `Authorization: Basic`). Negatives: UPC-A codes carry real check digits, "
      "telematics IMEIs real Luhn digits and 26-bit Wiegand words real parity bits (all checked); SHA-512, BLAKE2b-256 and SHA-1 "
      "values are real digests of random bytes; the Mapbox `pk.` token has real base64url JSON.")
    w("- Public neighbours are unlabelled: user names, hosts (`*.rink.internal`, `*.arena.lan`, `*.curlingclub.lan`, private "
      "addresses), key names, ids written next to a secret (DaySmart company code, SportsEngine / TeamSnap / Toast / Google / "
      "Azure / Brivo / SALTO / OpenBlue client ids, LeagueApps site id, Twilio `SK…` key sid, Vonage API key, Plivo auth id, "
      "Mailjet / Pusher / Trello / Algolia public halves, MongoDB Atlas public key, AWS `AKIA…` id, Square location id, Clover "
      "merchant id, Moneris store id, Mux token id, Cloudflare account id, WhatsApp phone-number id, LiveBarn venue id, portal "
      "user names) and the user half of a pair.")
    w("- Positional passwords: span type `rinkpw_<syntax>`, container `rinkpw_<syntax>__<suffix>` where the suffix says where the "
      "text lives: `rink_office_shell_history` (cli), `arena_backend_source_excerpt` (lib), `ice_plant_server_config_file` "
      "(file), `arena_network_packet_capture` (proto), `kiosk_automation_script` (gui).")
    w("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run "
      "on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run or "
      "if the run would start or end with whitespace.\n")

    # ---------------------------------------------------------------- categories
    w("## Categories (positives)\n")
    w("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t[0]), t[2]) for t in everyday178.TYPES) + ".\n")
    kinds = everyday178.C[:everyday178.USED]
    w("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(c), s) for c, s, _ in kinds) +
      ". Pairing: " + everyday178.pairing_formula() + " for the four records j = 0…3 of a kind, so every kind holds four "
      "different types (checked) and every type sits in exactly 15 kinds; secrets land in files where they do not belong "
      "(an OSDP door key in an OBS profile, a federation portal password in a Modbus gateway YAML) — plausible wrong-file leaks. "
      "Key names are the type's key words in the container's own case style (UPPER_SNAKE for dotenv, Django, sdkconfig, "
      "wp-config, xcconfig, ConfigMap-style Secret, compose env, GitLab CI, Jenkinsfile, systemd, crontab, zsh history, git "
      "patch and Arduino `#define`; snake_case for Modbus YAML, FastAPI, Laravel config, Viper TOML, nginx-rtmp, Rails "
      "credentials, Airflow variables, Terraform, Ansible, SQL, R Markdown, journald; dot.case for Spring and "
      "Android properties; camelCase for Node-RED credentials, Nuxt, Flutter, Grafana provisioning, Helm, CDK, Insomnia and "
      "Sentry breadcrumbs; PascalCase for appsettings, the till INI, PowerShell DSC and OBS INI; spaced words for chats, "
      "e-mail and Jira; Title Words for the OCR'd whiteboard).\n")
    vk = meta["vendor_kept"]
    w("Vendor (%d types, container `<type>__<style>`): " % len(vk) + ", ".join(bt(v[0]) for v in vk) +
      ". Styles (12, assigned cyclically): " + ", ".join(bt(s) for s in vendor178.STYLES) + ".\n")
    w("Positional passwords (%d syntaxes, span type `rinkpw_<syntax>`): " % len(meta["positional"]) +
      ", ".join(bt(t) for t, _c, _f in meta["positional"]) + ".\n")
    w("Prose: someone tells a colleague the password of the scoreboard laptop in the timekeepers' box and asks them not to "
      "forward it; span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (%d): %s. None of them is "
      "among the languages or spares of either README (checked: code against codes and names, name and each name word against "
      "the language names). Scripts: Latin, Cyrillic (Russian, Serbian, Mongolian, Tajik, Kyrgyz, Tatar), Hebrew, Devanagari "
      "(Hindi, Nepali), Bengali, Gujarati, Kannada, Malayalam, Sinhala, Khmer, Myanmar, Japanese, Hangul, Han (simplified and "
      "traditional). Japanese, Chinese, Cantonese, Khmer and Burmese do not separate words with spaces, so the value got spaces "
      "around it; every prose value is set off by whitespace on both sides (checked).\n" % (
          prose178.TYPE, ", ".join(bt(f) for f in prose178.FORMATS), len(meta["languages_used"]),
          ", ".join("%s (%s)" % (bt(c), n) for c, n in meta["languages_used"])))

    # ---------------------------------------------------------------- evasions
    w("## Evasion encodings\n")
    w("; ".join("%s = \"%s\"" % (bt(n), enc178.RULES[n]) for n in enc178.NAMES) + ".\n")
    w("Encoders are in `enc178.encode` (uuencode uses `binascii.b2a_uu(backtick=True)`; the rest, including Base58 and Base45, "
      "are hand-written); the decoder `dec178.decode` gets only the encoding name and the run and is written separately, "
      "importing nothing from the encoder and no `base64`, `binascii` or `codecs`: a retyped Morse table inverted, NATO and "
      "number words looked up by index, Atbash and nine-complement as arithmetic, regular expressions plus `int(…, 16)` for "
      "percent escapes and `int()` for HTML references, `ord − 65248` for full-width forms, `unicodedata.name` parsing for "
      "double-struck forms, big-integer arithmetic over a retyped alphabet for Base58, group arithmetic for Base45, a Roman "
      "numeral parser, Fibonacci weights rebuilt by addition for Zeckendorf codes, a prefix-XOR loop for Gray code, a flat "
      "36-character square for Polybius, a key stream rebuilt from the recovered plain for the autokey cipher, row reversal "
      "for the boustrophedon grid, clock / millimetre / base-9 / temperature parsing for the four rink disguises, a keypad "
      "table for multi-tap, the inverse rotation, and 6-bit group arithmetic for uuencode. Every pair was round-tripped on "
      "300 random plains per notation (lengths 4–40) while writing; at build time every span is decoded back to its `plain`. "
      "Evasion types: " + "; ".join("%s (%s)" % (bt(t[0]), t[1]) for t in evasions178.TYPES) +
      "; wordings: " + ", ".join(bt(x) for x in evasions178.WORDINGS) + "; container `<encoding>__<wording>`.\n")

    # ---------------------------------------------------------------- negatives
    w("## Negative classes\n")
    w("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    for cname, kinds_, desc in negatives178.CLASSES:
        w("| %s | %d | %s | %s |" % (bt(cname), ncls[cname], ", ".join(bt(k.__name__) for k in kinds_), desc))
    w("\nEach base kind appears plain and wrapped " + ", ".join(bt("__" + x[0]) for x in negatives178.WRAPPERS) + ".\n")

    # ---------------------------------------------------------------- checks
    w("## Checks run by build.py before writing\n")
    w("- ids unique, well-formed and sequential per file; exact record and span field sets; exactly one span per record; spans "
      "re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its "
      "text; no value reused; no value, evasion plain or Base64-hidden password in another record's text or in any negative, "
      "and no plain or hidden password in its own text; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    w("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for non-Base64 "
      "positional values, Base64-hidden passwords and prose values; UUID-shaped substrings of every text are version 4; "
      "JWT-shaped values and both JWT types have base64url JSON header and payload; `ghs_` / `gho_` CRC-32; byte length of the "
      "scoreboard signing key and the `ltswh_` secret; embedded JSON of the Sentry, 1Password, Cloudflare tunnel, Grafana Cloud "
      "and Mapbox tokens and the `id:key` form of the Elastic key; UPC-A check digits, IMEI Luhn digits and Wiegand parity in "
      "their negative classes")
    w("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule occurs before the run; the run "
      "starts right after `:` and a newline and is followed by a newline; plain alphabet `[A-Za-z0-9_.-]`; the run never "
      "contains its plain; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    w("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive "
      "value, plain, run and hidden password")
    w("- deny-list: every container (positives, evasions, negatives, so also every presentation label inside it), span type, "
      "positional syntax (with and without `rinkpw_`, and against the earlier syntax list), evasion encoding and negative class "
      "is compared case-insensitively, whole name and each `__` part, with the frozen deny-list; prose languages by code, name "
      "and name words; the frozen `brief_names.json` is compared with a fresh extraction when `/tmp/brief178/` exists")
    w("- counts: everyday 180 = 45 kinds × 4 with 12 types and four different types per kind; 120 distinct vendor types with "
      "containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct "
      "languages; 66 evasions; span types of the five sources pairwise disjoint; non-everyday containers unique")
    w("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    w("- %d mutation tests on deep copies, all must be caught (this run: %d/%d): %s\n" % (
        len(info["mutations"]), sum(c for _, c in info["mutations"]), len(info["mutations"]),
        ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in info["mutations"])))

    # ---------------------------------------------------------------- shapes
    w("## Shapes you had to guess\n")
    by = defaultdict(list)
    for v in vk:
        by[v[1]].append(v)
    for cat in ("R", "B", "G", "P"):
        if by[cat]:
            items = ", ".join(bt(v[0]) if cat == "P" else "%s (%s)" % (bt(v[0]), v[2]) for v in by[cat])
            w("%s: %s.\n" % (CAT_TITLE[cat], items))
    w("Invented for this corpus: the everyday prefixes `cwb_live_` (wristband top-up key) and `ltswh_` (learn-to-skate "
      "enrolment webhook secret), the evasion prefix `wbk_`. The OSDP secure-channel base key is modelled as a 128-bit AES key "
      "in upper-case hex as a controller export shows it; the stream key follows the YouTube Live five-groups-of-four look. "
      "No public token format is known to the builder for DaySmart, RecDesk, SportsEngine, TeamSnap, LeagueApps, GameSheet, "
      "Hockey Canada, curling.io, CurlingZone, the ISU, LiveBarn, Olympia, Danfoss Alsense, OpenBlue, Brivo, Avigilon Alta, "
      "Verkada, Kisi, SALTO KS, Genea, Intellitix, Glownet, Toast, Clover, Lightspeed, Adyen (only the `AQE` start), Moneris, "
      "Helcim, Active Network, AWS IVS stream keys (only the `sk_<region>_` start), Restream, Wowza, api.video, Vimeo, Sinch, "
      "SparkPost, Customer.io, OneSignal v2 (only the `os_v2_app_` start), Pusher, Expo, Mistral, Roboflow or ngrok, so those "
      "are guesses. Syntaxes from "
      "memory, not re-checked: `nzsql -pw`, `beeline -n/-p`, `ilorest login -p`, `winrs -p:`, `cmdkey /pass:`, `dscl . -passwd`, "
      "`hdiutil -stdinpass`, `keepassxc-cli` reading the password from stdin, `collectd` AuthFile `user: password`, "
      "`hostapd.eap_user` column order, the `vsftpd` virtual-users alternate-line file, the Asterisk `register =>` line, "
      "`Workbooks.Open` fifth argument, `Net::SMTP.start` fifth argument, `luasql` `connect` order, Exposed `Database.connect` "
      "order, `mysql_real_connect` fourth argument and the tshark LDAP `simple:` field. The staff import CSV, the Zamboni "
      "operator roster (pipe-separated), the scoreboard operator fixed-width file (columns 21–40), the kiosk PIN file and the "
      "tournament officials TSV are invented formats of this world. Negatives: resurfacer and battery serials, federation and "
      "coaching numbers, booking codes, Mux playback-id length, the SOPS / Ansible Vault bodies and the scrypt / PBKDF2 strings "
      "are random bytes in the right frame or approximate layouts.\n")

    # ---------------------------------------------------------------- judgement calls
    w("## Judgement calls\n")
    w("- Everyday: six owner-chosen passwords (ice-booking admin, ice-plant HMI, concession POS manager, league-scheduler "
      "database, arena door controller, federation registry login) and six generated secrets (`cwb_live_` wristband key, "
      "Base64 scoreboard signing key, YouTube-style stream key, HS256 resurfacer telematics JWT, 32-hex OSDP SCBK, `ltswh_` "
      "enrolment webhook secret). The OSDP key and the stream key have no telling prefix (hex / dashed groups) but open the "
      "doors and hijack the stream, so they are labelled. The key names say `password` / `key` / `secret` in the everyday "
      "files — that is how such files look; the telling-key-free cases are in the positional source.")
    w("- Vendor: most rink-world vendors publish no token format the builder knows, so their types model a partner / "
      "integration secret recognisable only from the key name — part of the test. USA Hockey, USA Curling, Learn to Skate USA, "
      "Skate Canada, the Zamboni fleet portal, CIMCO monitoring, Tridium Niagara and a Snowflake service user carry "
      "owner-chosen passwords. Webhook URLs (Discord, Microsoft Teams, Zapier) are labelled whole because the URL is the "
      "credential. `youtube_data_api_server_key` is an `AIza` key labelled because it sits under a server-side name, while the "
      "Maps browser `AIza` key appears only in negatives; likewise Stripe `rk_live_` is positive and `pk_live_` negative, Mapbox "
      "`sk.` positive and `pk.` negative, the Algolia write key positive and the search-only key negative — a detector that "
      "flags every `AIza` / every 32-hex will lose on one side. The KeePass XML style has a `Password` field even for API keys "
      "(that is how such exports look). The Twilio `SK…` sid, Vonage API key, Mailjet / Pusher / Trello public halves and "
      "similar ids are left unlabelled as public neighbours although some vendors ask for them to be kept private too. The "
      "PagerDuty Events v2 routing key and the Splunk HEC token are labelled (they authorise writes) — a scorer may disagree. "
      "Some brands of the earlier READMEs reappear with new credential kinds (`openai_service_account_key`, "
      "`anthropic_admin_api_key`, `github_app_installation_token`, `sendgrid_mail_send_api_key`, …); only type names were checked.")
    w("- Passwords: labelled when the value logs in (flags `-w`, `-p`, glued `-p`, `-P`, `-a`, `-pw`, `/p:`, `-p:`, `/pass:`, "
      "`-c` community, `-X` privacy passphrase, `%`-joined `user%pass` for smbclient / rpcclient / mount.cifs, `user:pass` for "
      "etcdctl, skopeo, mysqlsh and postfix `sasl_passwd`, URL userinfo for curl FTPS, curlftpfs, pip, "
      "websocat, asyncpg, nodemailer, git-credentials and a FEDERATED table; positional arguments of `rabbitmqctl add_user`, "
      "`mosquitto_passwd -b`, `samba-tool user create`, `net user`, `radtest`, `dscl`; library call positions in Python, Node, "
      "Go, Java, C#, Ruby, PHP, Perl, Rust, C, Lua, Kotlin, SQL and VBA), protects a file or key (`zip -P`, `unzip -P`, "
      "`keytool -storepass`, `ssh-keygen -y -P`, `hdiutil -stdinpass`, cryptsetup key file on stdin, `keepassxc-cli`, "
      "`pypdf.decrypt`, `pbkdf2_hmac`, `scryptSync`, `Workbooks.Open`, `Unprotect`, `openssl passwd -6` inside `useradd`, "
      "`mkpasswd`), is a shared secret (SNMP community and privacy passphrase, Wi-Fi PSK via `wpa_cli`, hostapd EAP user, PAP "
      "secrets), sits in a file by position (`.pgpass`, OpenVPN auth file, Dovecot passwd-file, collectd AuthFile, mosquitto "
      "password file before hashing, Asterisk `register =>`, vsftpd virtual users, an Ansible vault password file, an "
      "SSH_ASKPASS helper, five invented rink formats) or travels in a protocol exchange (IMAP `LOGIN`, SMTP `AUTH PLAIN` "
      "Base64, curl `-v` Basic header Base64, Redis RESP `AUTH` array, a tshark LDAP bind) or is typed by automation (tmux, "
      "xdotool, adb, AutoHotkey, AppleScript, Playwright, Cypress, Selenium, TestCafe, Flutter Driver). `-pw`, `/pass:`, "
      "`-storepass`, `-stdinpass`, `--passwd-on-stdin`, `username_pw_set`, `PasswordAuthentication`, `txtPwd` / `#pwd` "
      "selectors and the tshark `simple:` field keep a hint of the word; they are the weakest positional cases. The "
      "fixed-width file pads the value with spaces; the span covers the value only. Several ideas repeat earlier corpora on "
      "new tools (URL userinfo, library call positions, stdin echo, UI typing, Base64 protocol lines); novelty was checked by "
      "name, not by signature.")
    w("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "Italian, Portuguese, Galician, Norwegian (both), Russian, Serbian, Bosnian, Esperanto, Afrikaans, Standard Malay, "
      "Japanese, Korean, Mandarin; modest for Luxembourgish, Western Frisian, Faroese, Scottish Gaelic, Breton, Latin, "
      "Cantonese, Hebrew, Hindi, Nepali, Bengali, Gujarati, Tajik, Kyrgyz, Tatar, Javanese, Cebuano, Hausa, Zulu; low for "
      "Kannada, Malayalam, Sinhala, Halh Mongolian, Khmer, Burmese, Yoruba. Loan words (`laptop`, `password` in Cebuano, the "
      "transliterated English \"password\" in Hindi, Nepali, Bengali, Gujarati, Kannada and Malayalam) are kept as people use "
      "them. The Russian sentence introduces the value after a colon.")
    w("- Evasions: Morse, NATO spelling and phone multi-tap are spelled / signalling forms (capitals marked with `^` or upper-case "
      "words so that they stay reversible); Atbash and the PUCK autokey cipher are ciphers with their key stated; percent "
      "escapes, HTML references, Base58, Base45, uuencode and Gray code are developer / byte notations; full-width and "
      "double-struck forms are Unicode look-alike blocks; Roman numerals and Zeckendorf codes are numeral systems; the "
      "boustrophedon grid and the rotation by three are positional tricks; ice-time slots, skate blade lengths, curling "
      "linescores and brine temperatures are rink-world disguises of code points or bytes. The rotation and the boustrophedon "
      "grid keep most characters readable in place (the whole plain never appears in its run, checked). Close relatives exist "
      "in the earlier corpora (affine / Beaufort next to Atbash / autokey, sans-serif bold next to double-struck, binary octets "
      "next to Gray code, reversal next to rotation, world-specific number disguises); novelty was checked by name only.")
    w("- Negatives: resurfacer / battery serials, IMEIs, instrument tags and Modbus registers, historian trend ids, booking "
      "references and iCalendar UIDs, federation and coaching numbers, curling game ids, NFC UIDs, UPC-A codes, Wiegand words, "
      "YouTube video ids and Mux playback ids, receipt references are identifiers; SHA-512 / BLAKE2b / SHA-1 values are "
      "digests; Stripe `pk_live_`, reCAPTCHA site key, Maps browser key, Mapbox `pk.`, Algolia search-only key, PostHog `phc_` "
      "and the Sentry DSN key are public by design; bullets with a four-character tail (one keeps the invented `cwb_live_` "
      "prefix, a trap), `********`, `<redacted>` and `<hidden N chars>` carry no value; `changeme`, `<YOUR_…>`, `xxxx…`, empty "
      "values, `${…:?…}` are placeholders; ExternalSecret refs, `vault kv get` paths, Key Vault references and "
      "`resolve:ssm-secure` are pointers; SOPS `ENC[…]` and Ansible Vault bodies are ciphertext (the SOPS age recipient is a "
      "public key); PBKDF2 and scrypt strings are one-way hashes (sensitive, not usable credentials; the Django column is named "
      "`password`, a trap); the crew chat and the policy talk about passwords without one. Random fillers are generated, so an "
      "entropy-only detector will hit them — that is the point.\n")

    # ---------------------------------------------------------------- sources
    w("## Sources consulted\n")
    w("- The two READMEs in `/tmp/brief178/` (p173 and p175), for format and coverage only. The detector was not opened, listed "
      "or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory "
      "except `/tmp/scratch178/` was looked at.")
    w("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory, extracted with `git show` into `/tmp/scratch178/` and grepped for the rules of 1Password service "
      "accounts, Cloudflare global / origin keys, Cohere, Databricks, Doppler, Dropbox, GitLab pipeline triggers, Grafana "
      "Cloud, Mailgun signing keys, Mapbox, Microsoft Teams webhooks, Netlify, New Relic user keys, npm, PyPI, Sentry org "
      "tokens, Shippo, Prefect, EasyPost, MaxMind, Octopus Deploy, Dynatrace, Twilio, Slack app tokens and webhooks, Stripe, "
      "Vault, Square, OpenAI, Anthropic admin keys, GitHub app / OAuth tokens and others). Kingfisher, Betterleaks, CredSweeper "
      "and vendor documentation were not opened this session; the remaining shapes come from the builder's memory and are "
      "marked above as believed or guessed.")
    return "\n".join(L) + "\n"
