"""Renders README.md from the generated data and the module tables."""
from collections import Counter

import everyday204
import negatives204
import positional204
import prose204
import vendor204
from common204 import WORDS
from enc204 import ENCODINGS
from evasions204 import TYPES as EV_TYPES, WORDINGS


def bt(x):
    return "`%s`" % x


def render(data, deny, muts, deny_note):
    pos, ev, neg = data["secrets"], data["evasions"], data["negatives"]
    src = Counter(r["source"] for r in pos)
    ntypes = len(set(r["type"] for r in pos))
    nconts = len(set(r["container"] for r in pos))
    ncls = len(set(n["class"] for n in neg))
    L = []
    A = L.append
    A("# privacy_twohundredfourth (p204) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**ferry-operator, water-taxi and harbour-pilot developers**: crossing timetables and sailings (Nuxt, Laravel, FastAPI and "
      "Spring Boot services, GTFS feeds), vehicle-deck and foot-passenger ticketing (NestJS, Django, Quarkus and Go back offices, "
      "kiosks, linkspan gate scanners), manifests and passenger counts (Rails and Symfony apps, MQTT passenger counters), pilot "
      "boarding requests and tide windows (Bun / Vapor dispatch APIs, tide-window keys, ADMIRALTY tidal data, Storm Glass, "
      "WorldTides), berth and slipway allocations (ASP.NET and Ktor planners), crew certificates and drills (Flutter and React "
      "Native apps, MCA portals), season passes and island resident cards (Android / iOS apps, Supabase and Firebase functions, "
      "QR signing), AIS feeds and port-authority returns (Node-RED, Telegraf, Vector, NMEA sentences, MarineTraffic, "
      "VesselFinder, aisstream.io, Datalastic, UK MNSW, SafeSeaNet, port community systems, WireGuard ship-to-shore tunnels); "
      "plus the commerce, messaging, AI, developer and ops services such developers use (Stripe, Adyen, Braintree, GoCardless, "
      "Mollie, Klarna, Shopify, Bókun, Ventrata, Xola, Peek Pro, Direct Ferries, Ferryhopper, Twilio, MessageBird, Sinch, "
      "Telnyx, Brevo, Mailgun, MailerSend, Amazon SES, Pusher, Ably, LINE, Viber, Slack, Discord, Rocket.Chat, PagerDuty, "
      "Pushover, ntfy, OpenAI, Anthropic, Gemini, Groq, Perplexity, Replicate, Hugging Face, Voyage AI, Pinecone, DeepL, Azure "
      "Translator, Stability AI, GitHub, GitLab, Bitbucket, RubyGems, NuGet, crates.io, SonarQube, Buildkite, Vercel, Render, "
      "Heroku, DigitalOcean, Linode, Hetzner, Scaleway, AWS, Azure Storage, JFrog, Prefect, Databricks, Pulumi, Octopus Deploy, "
      "Dynatrace, ReadMe, Datadog, Sentry, PostHog, Honeycomb, Sumo Logic, Elastic Cloud, Cloudflare, NetBird, 1Password, "
      "Consul, Proxmox, Portainer, LaunchDarkly, HubSpot, Pipedrive, Zendesk, Freshdesk, Intercom, Mailchimp, Airtable, Notion, "
      "monday.com, Xero, QuickBooks, reCAPTCHA, hCaptcha, Turnstile, OpenWeather, Tomorrow.io, Met Office DataHub, what3words, "
      "HERE, GOV.UK Notify, Companies House); with hard negatives from the same world (IMO numbers with real check digits, "
      "MMSIs, raw AIS `!AIVDM` sentences with real checksums, booking references and Luhn-checked ticket and resident-card "
      "numbers, ISO 6346 freight unit numbers with real check digits, plates and deck-lane plans, port codes and port-call "
      "references, seafarer certificate numbers, publishable booking-page keys, placeholders, masked job logs, secret-manager "
      "pointers, Werkzeug scrypt and bcrypt strings, age and PGP armour, crew password-awareness prose, ENC cell CRCs and "
      "timetable digests, tide tables and waypoints, EPIRB hex ids, Stripe event / session / refund ids, JWKS public keys). "
      "Everything is produced by `build.py` and its modules (`common204.py`, `everyday204.py`, `vendor204.py`, "
      "`positional204.py`, `prose204.py`, `enc204.py`, `dec204.py`, `evasions204.py`, `negatives204.py`, `checks204.py`, "
      "`readme204.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds "
      "(20401 everyday, 20411 everyday pairing, 20402 vendor, 20403 positional passwords, 20404 prose, 20405 evasions, 20406 "
      "negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares the "
      "bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both generations and "
      "compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief204/`.\n" % len(muts))
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredfourth/`) was created (with `mkdir -p`) and written; its parent was never listed, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project "
      "material read were the two READMEs in `/tmp/brief204/` (`README_twohundredsecond.md`, p202, falconry-centre / "
      "wildlife-rescue / taxidermy-studio developers; `README_twohundredth.md`, p200, classic-car restoration / vintage-vehicle / "
      "car-club developers), used only to learn the file format and what is already covered. No other `/tmp` directory was "
      "looked at except the scratch directory `/tmp/scratch204/` (an extracted copy of the public gitleaks rule file, trial "
      "builds and an encoder / decoder round-trip run). The deny-list (`common204.extract_denylist`) holds every backticked "
      "name and every snake_case identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional "
      "syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d codes; the "
      "pattern also catches a few non-language pairs such as `alg` and `id`, which only makes the list stricter) and the names "
      "and name words of those pairs (%d entries, with the same harmless noise). It is frozen in `brief_names.json`; when "
      "`/tmp/brief204/` exists the build re-extracts it and fails if it differs (this build: %s). Every candidate list was "
      "written after reading the READMEs and the build fails on any overlap. Encodings the READMEs name only in prose (their "
      "bases, digit scripts, number-word languages, look-alike blocks, ciphers, byte notations, keyboard tricks and world "
      "disguises) were avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share "
      "vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_note))

    # ---------------------------------------------------------------- files and counts
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(pos), len(pos), ntypes, nconts, src["everyday"], src["vendor"], src["password"], src["prose"],
         len(set(r["container"].split("__")[1] for r in pos if r["source"] == "prose"))))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(ev), len(ev), len(set(r["type"] for r in ev)),
                                                               len(set(r["container"] for r in ev)), len(ENCODINGS)))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len(set(n["container"] for n in neg)), ncls))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema: positives `id` (`p204-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with exactly "
      "one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions "
      "(`p204-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` (`evasion`); their "
      "single span also has `plain` (the clean secret) and `encoding`. Negatives (`p204-n-NNNN`): `id`, `class`, `container`, "
      "`text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with "
      "`ensure_ascii=False`.\n")
    used_syn = [s for s in positional204.SYNTAXES if s[0] not in positional204.SET_ASIDE]
    A("**Scale.** Everyday %d = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written and unused: "
      "`%s`). Vendor %d (%d candidates written; unused, mostly guessed shapes: %s). Positional passwords %d (%d syntaxes written; "
      "set aside: %s). Prose %d in 40 languages (spares written and unused: %s). Evasions %d = %d × 3. Negatives %d = %d classes × "
      "2 base kinds × 5 presentations. Positives total %d (asked: about 450). Values, public neighbours, hidden passwords, "
      "evasion plains and runs drawn through the registry: %d.\n"
      % (src["everyday"], everyday204.SPARE_CONTAINER[0], src["vendor"], len(vendor204.VENDORS_ALL),
         ", ".join(bt(x) for x in vendor204.SPARE_VENDORS), src["password"], len(positional204.SYNTAXES),
         "; ".join("`%s` (%s)" % (k, v) for k, v in positional204.SET_ASIDE.items()), src["prose"],
         ", ".join("`%s` (%s)" % s for s in prose204.SPARES), len(ev), len(ENCODINGS), len(neg), ncls, len(pos),
         data["registry_size"]))

    # ---------------------------------------------------------------- conventions
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a deckhands' Signal export, a "
      "Slack thread, a Teams chat copy, a Zendesk internal note, an OCR'd wheelhouse whiteboard, an Excel CSV export, a "
      "Confluence runbook, a fish shell history, a JSON debug log line, a 1Password CSV export, a Telegram paste, a Freshdesk "
      "private note, `aws ssm get-parameters` output, `sops -d` output) are labelled.")
    A("- Owner-chosen passwords are a word of this world (%s, …; %d in all; capitalised with probability 0.4) + one of "
      "`- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). "
      "The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the %d "
      "owner-chosen vendor passwords, and the strict `- _ .` form for every plain positional value, every password hidden "
      "inside a Base64 positional value, every prose value and every bridge-laptop evasion plain."
      % (", ".join(WORDS[:30]), len(WORDS), sum(1 for v in vendor204.VENDORS if v[2] == "PW")))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text or negative. "
      "Values, public neighbours, hidden passwords, evasion plains and runs are drawn through one registry that refuses "
      "repeats and any string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it "
      "contains any registered string of 6+ characters.")
    A("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 "
      "(checked); every JWT-shaped substring of a positive or evasion text has base64url JSON header and payload and a "
      "signature length that fits its `alg` (checked): the ticketing session token is a real HS384 JWT, the monday.com token a "
      "real HS256 JWT (both HMACs under discarded keys), the Met Office DataHub key RS256-shaped (real JSON, random 256-byte "
      "signature). The `rsc_` resident-card token ends in a real base62 CRC-32 of its body, the `TDW-` tide-window key in a "
      "real Crockford mod-37 check symbol, the WireGuard key is Base64 of a correctly clamped 32-byte Curve25519 scalar, "
      "`spq_` secrets are base64url of 32 bytes; the Cloudflare tunnel token and the 1Password service-account token are "
      "Base64 of real JSON, the Intercom token Base64 of `tok:<uuid>:1:0`, the JFrog reference token Base64 of "
      "`reftkn:01:…`, the Amazon SES SMTP password Base64 of version byte 4 + 32 bytes (all checked); 120 vendor values are "
      "regex-checked against their shape. The Base64 positional spans decode to `user:password` (`.npmrc` `_auth`, HTTP "
      "`Proxy-Authorization: Basic`), NUL user NUL password (XMPP SASL PLAIN) or the bare password (second SMTP `AUTH LOGIN` "
      "line) and the hidden password is shape-checked; the ticket-kiosk fixed-width file puts the value in columns 31–48, the "
      "NMEA `$PFRYL,LOGIN` sentence carries a real XOR checksum (all checked). Negatives: IMO check digits, ISO 6346 check "
      "digits, Luhn digits of ticket and resident-card numbers, AIVDM checksums, PGP CRC-24 and the Mapbox `pk.` JSON are real "
      "(checked); Werkzeug `scrypt:` strings are real scrypt (N=1024) of discarded random bytes, SHA-256 and CRC-32 values "
      "real digests of random bytes.")
    nbs = [(v[0], " ".join(v[5][0])) for v in vendor204.VENDORS if v[5]]
    A("- Public neighbours are unlabelled: user names, hosts (`*.quay.lan`, `*.ferryco.internal`, `*.harbour.example`, "
      "`*.islandlink.example`, `*.pilotage.lan`, `*.slipway.internal`, private addresses), key names, routes, and ids written "
      "next to a vendor secret (%s) and the user half of a user / password pair."
      % "; ".join("%s: %s" % x for x in nbs))
    A("- Positional passwords: span type `quaypw_<syntax>`, container `quaypw_<syntax>__<suffix>` where the suffix says where "
      "the text lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional204.SUFFIX.items()))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the "
      "run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own "
      "run, if the run equals the plain or if the run would start or end with whitespace.\n")

    # ---------------------------------------------------------------- categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday204.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (c[0], c[1]) for c in everyday204.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 20411) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits in "
      "exactly 15 records (checked); secrets therefore also land in implausible places (a WireGuard key in a Laravel services "
      "file, a webhook secret in a Nuxt `.env`). Key names are the type's key words in the container's own case style: upper, "
      "snake, camel, pascal, dot (properties files), spaced (chats, tickets) and title (OCR, CSV cell, runbook).\n")
    A("Vendor (120 types, container `<type>__<style>`): " + ", ".join(bt(v[0]) for v in vendor204.VENDORS)
      + ". Styles (12, assigned cyclically): " + ", ".join("`%s` (%s)" % s for s in vendor204.STYLES)
      + ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left "
      "unlabelled (in the 1Password CSV it sits in the Username column).\n")
    A("Positional passwords (%d syntaxes, span type `quaypw_<syntax>`): " % len(used_syn)
      + ", ".join("`quaypw_%s`" % s[0] for s in used_syn) + ".\n")
    A("Prose: someone tells a colleague the password of the ticket-office till and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among "
      "the languages or spares of either README (checked: code against the codes and all deny-listed names; name and each "
      "name word against the language names). Scripts: %s. Thai and Lao do not separate words with spaces, so the value got "
      "spaces around it; Ukrainian puts the value after a colon; Persian, Urdu, Panjabi, Amharic and Nepali put the copula "
      "(است, ہے, ਹੈ, ነው, हो) after the value; every value is set off by whitespace on both sides (checked).\n"
      % (prose204.TYPE, ", ".join(bt(f) for f in prose204.FORMATS), ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose204.LANGS),
         ", ".join(sorted(set(s for _c, _n, s, _t in prose204.LANGS)))))

    # ---------------------------------------------------------------- evasions
    A("## Evasion encodings\n")
    A("; ".join("`%s` = \"%s\"" % (n, rule) for n, _f, rule in ENCODINGS) + ".\n")
    A("Encoders are in `enc204.enc` (the rng only adds noise the decoder ignores: the car counts, the speeds over ground and the "
      "first six digits of the MMSI numbers); the decoder `dec204.decode` gets only the encoding name and the run and is written "
      "separately, importing nothing from the encoder and no `base64`, `binascii` or `codecs`: a Vigenère inverse over 62 "
      "symbols, ROT13 / ROT5 (self-inverse, retyped), octal and U+ hex parsers, base-5 and base-6 `int`, Arabic-Indic digit "
      "offsets, NFKC for Fraktur and sans-serif letters, a retyped Cyrillic → Latin table, a hand-written uudecoder and "
      "Crockford Base32 bit reader, A/B bit groups, a multi-tap reader, the inverse rotation, regular expressions for tide "
      "heights, passenger counts, headings, MMSI tails and lane lengths, a Spanish number-word parser (veinti-, y, cien / "
      "ciento) and a bijective base-26 reader for column letters. Every pair was round-tripped on 300 random plains per "
      "notation (random `[A-Za-z0-9_.-]` strings of length 2–44) while writing; at build time every span is decoded back to "
      "its `plain` (checked). Families: " + "; ".join("%s: `%s`" % (f, n) for n, f, _r in ENCODINGS) + ". Evasion types: "
      + "; ".join("`%s` (%s)" % (t[0], t[1]) for t in EV_TYPES) + "; wordings: " + ", ".join(bt(w[0]) for w in WORDINGS)
      + "; container `<encoding>__<wording>` (each encoding appears once per type and once per wording).\n")

    # ---------------------------------------------------------------- negatives
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    cc = Counter(n["class"] for n in neg)
    for cname, desc, bases in negatives204.CLASSES:
        A("| `%s` | %d | %s | %s |" % (cname, cc[cname], ", ".join(bt(b[0]) for b in bases), desc))
    A("\nEach base kind appears plain and wrapped " + ", ".join("`__%s`" % w for w in negatives204.WRAPPERS if w) + ".\n")

    # ---------------------------------------------------------------- checks
    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or "
      "Base64-hidden password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain positional, "
      "Base64-hidden, prose and bridge-laptop evasion passwords (`ggk_` and `plc-` plains by their own regexes); `rsc_` CRC-32; "
      "clamped WireGuard key; `spq_` 32 bytes; `prw_v1_` layout; HS384 ticketing JWT; `TDW-` Crockford check; 120 vendor "
      "regexes plus the frames inside the Cloudflare tunnel, 1Password, Intercom, JFrog and SES values; Base64 positional "
      "spans decode to the right frame; kiosk fixed-width columns 31–48; NMEA login checksum and field position; UUID-shaped "
      "substrings of every text are version 4; every JWT-shaped substring of a positive or evasion text has JSON header and "
      "payload and a signature length that fits its `alg`; IMO, ISO 6346, Luhn, AIVDM checksum, PGP CRC-24 and Mapbox JSON in "
      "their negative classes")
    A("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a "
      "newline and is followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run never contains its plain "
      "and never equals it; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and hidden password")
    A("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose "
      "format, evasion wording, negative base kind and wrapper inside it), every everyday kind including the spare, span "
      "type, evasion encoding and negative class is compared case-insensitively, whole name and each `__` part, with the "
      "frozen deny-list; positional syntaxes (span type without `quaypw_`) also against the earlier syntax list; prose "
      "languages (taken from the record containers) and spares by code, name and name words; `brief_names.json` is compared "
      "with a fresh extraction when `/tmp/brief204/` exists")
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types "
      "with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each, none set aside; 40 prose records "
      "in 40 distinct languages; 66 evasions (22 × 3); positives 440–470; span types of the five sources pairwise disjoint; "
      "non-everyday containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n"
      % (len(muts), sum(c for _, c in muts), len(muts), ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in muts)))

    # ---------------------------------------------------------------- guessed shapes
    A("## Shapes you had to guess\n")
    groups = [("read", "*Read this session* for shape in the public gitleaks default rule file (`config/gitleaks.toml`; "
                       "nothing copied; every value generated; where the rule gives only a prefix or an alphabet range, the "
                       "exact length is mine)"),
              ("believed", "Believed right from background knowledge (not re-read this session)"),
              ("guessed", "Guessed (length and alphabet only; most ferry-booking, maritime-data, tide and weather vendors "
                          "publish no token format the builder knows, so these are recognisable from the key name only)"),
              ("password", "Owner-chosen passwords (the integration logs in with a user / password)")]
    for st, head in groups:
        items = [v for v in vendor204.VENDORS if v[3] == st]
        A("%s (%d): %s.\n" % (head, len(items), "; ".join("`%s` (%s)" % (v[0], v[4]) for v in items)))
    A("Also invented or guessed: the everyday prefixes `rsc_` (with its CRC-32 tail), `spq_`, `prw_v1_` and the `TDW-` layout "
      "(with its Crockford check) and the evasion prefixes `ggk_` / `plc-` are invented; the HS384 ticketing JWT and the "
      "WireGuard tunnel key are modelling choices. The ticket-kiosk fixed-width file (columns 31–48), the pilot-launch radio "
      "conf, the berth-allocation TSV, the AIS gateway INI, the tide-gauge logger `SETUP` line and the `$PFRYL,LOGIN` NMEA "
      "sentence are invented formats of this world. Syntaxes from memory, not re-checked: the flags of `sqlcmd -P`, "
      "`mosquitto_pub -P`, `curl -u`, `lftp -u user,pw`, `ncftpput -p`, `ipmitool -P`, `beeline -p`, `snmpget -A`, "
      "`pk12util -W`, `psexec -p`, `schtasks /rp`, `unrar -p`; the positional forms of `isql`, `rclone obscure`, `htpasswd -b`, "
      "`wpa_passphrase`, `net use`, `rasdial`, `db2 connect … using`, `sqlplus user/pw@`; stdin forms of `smbpasswd -s`, "
      "`vncpasswd -f`, `keepassxc-cli`; the UI-typing commands `adb shell input text`, `ydotool type`, `kitty @ send-text`, "
      "`zellij action write-chars`; the library positions; the file layouts of `chap-secrets`, `ipsec.secrets`, davfs2 "
      "`secrets`, exim `passwd.client`, pgbouncer `userlist.txt`, sendmail `authinfo`, `pip.conf`, `.npmrc` `_auth`; the "
      "protocol forms of POP3 `PASS`, SMTP `AUTH LOGIN`, `Proxy-Authorization`, XMPP SASL PLAIN, memcached text-protocol "
      "`set auth`; the SQL forms `crypt(…, gen_salt())`, pgcrypto `hmac`, `ENCRYPTBYPASSPHRASE`, `OPENROWSET`, ClickHouse "
      "`remote()`, `DBMS_CRYPTO.MAC`. Negatives: booking-reference, certificate, port-call, ENC-cell and EPIRB layouts are "
      "approximate; the bcrypt strings, age and PGP bodies are random in the right frame, not hashes or ciphertexts of "
      "anything.\n")

    # ---------------------------------------------------------------- judgement calls
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (timetable publisher admin, vehicle-deck booking database, manifest database, "
      "pilot boarding portal, berth allocation admin, crew certificate tracker) and six generated secrets (`rsc_` "
      "resident-card token, WireGuard tunnel key, `spq_` season-pass QR signing secret, `prw_v1_` port-returns webhook secret, "
      "HS384 ticketing session JWT, `TDW-` tide-window key). The WireGuard key is only a 44-character Base64 blob, but it "
      "decrypts the ship-to-shore tunnel, so it is labelled. Key names in everyday files say password / key / secret / token / "
      "jwt – that is how such files look; the telling-key-free cases are in the positional source.")
    A("- Vendor: most ferry-booking, maritime-data, tide and weather vendors publish no token format the builder knows, so "
      "their types are recognisable only from the key name – part of the test. %d vendor types carry owner-chosen passwords "
      "(%s). The Slack incoming-webhook URL and the Ably key (`app.key:secret`) are labelled whole, because the string is the "
      "credential. Same-shape traps: the Bókun access key, Pusher app key, Sinch service plan id and the reCAPTCHA site key "
      "have the shape of the secret next to them and stay unlabelled; the reCAPTCHA site key and the Turnstile site key also "
      "appear as negatives; the Ventrata, Datalastic, WorldTides, Companies House, Scaleway, Consul and Proxmox secrets are "
      "bare UUIDv4s (secrets that look like ids), while the ticket, booking and resident-card numbers of the negatives are ids; the Gemini key "
      "(positive) has the `AIza` shape that public browser keys share, so only the server-side context makes it secret; the "
      "Algolia search-only key in the negatives is 32 hex like several positives. Brands of the earlier READMEs reappear "
      "with other credential kinds (Stripe live secret key and webhook secret, Shopify Admin token, Twilio auth token, "
      "OpenAI project key, Anthropic admin key, GitHub classic / OAuth / refresh tokens, GitLab PAT / deploy / feature-flag "
      "tokens, Sentry user token, Cloudflare API and tunnel tokens, Mailgun, Discord client secret); only type names were "
      "checked." % (sum(1 for v in vendor204.VENDORS if v[3] == "password"),
                    ", ".join(bt(v[0]) for v in vendor204.VENDORS if v[3] == "password")))
    A("- Passwords: labelled when the value logs in (flags `-P`, `-p`, `-A`, `-W`, `/rp`, `-u user:pw`, `-u user,pw`; "
      "positional arguments of `isql`, `net use`, `rasdial`, `htpasswd -b`, `wpa_passphrase`; URL userinfo for psql, git, "
      "redis-cli, nats, wget, mutt, curl's SOCKS proxy, RTMP, pip, node-postgres, MQTT.js and Lettuce; library call positions "
      "in Python, Node, Java, Kotlin, C#, Go, Rust, Ruby, PHP, C, Perl, Lua, MicroPython and Arduino), unlocks a file, key or "
      "store (`unrar -p`, `pk12util -W`, `keepassxc-cli` stdin, `KeyStore.load`, `X509Certificate2`), is a signing or "
      "derivation secret given as a literal (`hmac.new`, `createHmac`, `SecretKeySpec`, `HMACSHA256`, `hmac.New`, "
      "`new_from_slice`, `OpenSSL::HMAC`, `hash_hmac`, pgcrypto `hmac`, `DBMS_CRYPTO.MAC`, `pbkdf2Sync`, itsdangerous, PyJWT), "
      "is hashed or stored from a literal (`bcrypt.hash`, `crypt(…, gen_salt())`, `rclone obscure`, `keyring.set_password`, "
      "`htpasswd -b`, `smbpasswd -s`, `vncpasswd -f` – the literal is still the clear secret), is a shared secret (Wi-Fi "
      "passphrases, IPsec PSK, CHAP secret), sits in a file by position, travels in a protocol exchange or is typed by "
      "automation (Puppeteer, TestCafe, WebdriverIO, Robot Framework, Espresso, XCUITest, Selenide, pywinauto, SendKeys, adb, "
      "ydotool, kitty, zellij, expect). Weakest kept cases, with a hint of the word nearby: POP3 `PASS`, `pass_()`, the expect "
      "prompt `assword:`, `CURLOPT_USERPWD`, `PasswordAuthentication`, `ssh.Password`, `userauth_password`, "
      "`PasswordAuthenticationMethod`, `secureTextFields`, `keyring.set_password`, `ENCRYPTBYPASSPHRASE`, the `P:` prefix in "
      "sendmail `authinfo`, the `PSK` keyword in `ipsec.secrets`, the `unlock` and `gate_phrase` column notes of the invented "
      "files and the `Password:` prompt that the SMTP `AUTH LOGIN` server sends Base64-encoded. UI tests use neutral field ids "
      "(`#f2`, `id:f2`, `R.id.f2`, `Edit2`). Set aside after writing: %s. Several ideas repeat the earlier corpora on new "
      "tools (URL userinfo, `-P` after `-U`, library call positions, UI typing, Base64 protocol lines, invented fixed-width "
      "files); novelty was checked by name, not by signature." % "; ".join("`%s` (%s)" % kv for kv in positional204.SET_ASIDE.items()))
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "French, Spanish, Dutch, Danish, Swedish, Polish, Czech, Croatian, Romanian, Bulgarian, Ukrainian, Turkish, Indonesian, "
      "Afrikaans; modest for Finnish, Estonian, Latvian, Lithuanian, Slovak, Slovenian, Hungarian, Macedonian, Greek, "
      "Vietnamese, Swahili, Welsh, Maltese, Albanian, Iranian Persian, Urdu, Nepali; low for Georgian, Armenian, Panjabi, "
      "Tamil, Telugu, Thai, Lao, Amharic, Somali. Loan words (password, cash register, पासवर्ड, ਪਾਸਵਰਡ, పాస్‌వర్డ్) are kept as "
      "people use them. Persian and Urdu are right-to-left with the Latin value embedded.")
    A("- Evasions: the Vigenère shift and ROT13 / ROT5 are substitutions whose key is stated in the text, as a puzzle would; "
      "C octal escapes and U+ notation are escapes a detector may already undo; base 5, base 6, Arabic-Indic digits and "
      "spreadsheet column letters are numeral notations of code points; Fraktur and sans-serif letters fold back under NFKC "
      "(they test whether a detector normalises) while the Cyrillic homoglyph swap does not fold under NFKC (only a confusables "
      "table undoes it, and digits and unmapped letters stay in clear, so part of the plain shows through); uuencode and "
      "Crockford Base32 are byte notations; A/B seven-bit groups are a bit notation; phone multi-tap is a keyboard trick; the "
      "rotation is a positional trick (the run is an anagram of the plain that keeps most of it in order); tide heights, "
      "passenger counts, headings, MMSI tails and car-deck lane lengths are this world's disguises of code points. Close "
      "relatives exist in the earlier corpora (Atbash / affine next to Vigenère / ROT13, HTML and percent escapes next to C "
      "octal / U+ notation, base 4 / 7 / 9 / 12 next to base 5 / 6, Thai / Bengali / Tibetan digits next to Arabic-Indic, "
      "fullwidth / monospace / double-struck next to Fraktur / sans-serif, Greek look-alikes next to Cyrillic homoglyphs, "
      "Ascii85 next to uuencode, Base32 TOTP seeds (a shape, not an encoding) next to Crockford Base32, rail fence / decoy "
      "filler next to rotation, Italian number words next to Spanish, their world disguises next to these); novelty was "
      "checked by name against both READMEs and by notion against the encodings they name in prose.")
    A("- Negatives: IMO numbers, MMSIs, call signs, AIS sentences, booking references, ticket and resident-card numbers, "
      "freight unit numbers, plates, port codes, port-call references, certificate numbers, EPIRB hex ids and Stripe / PSP "
      "object ids are identifiers (a resident-card number earns a discount but is printed on the card and is not a login "
      "secret – arguable; an EPIRB hex id is 15 hex characters and looks like a key); Stripe `pk_live_`, the reCAPTCHA and "
      "Turnstile site keys, Mapbox `pk.`, the Algolia search-only key and PostHog `phc_` are public by design; `rsc_<…>`, "
      "`spq_XXXX…`, `TDW-XXXXX-…`, `sk_live_...`, empty values, `${…:?…}`, `<base64 key …>` and `change-me-NN` (arguably a "
      "weak real password; treated as a placeholder) are placeholders; stars, `[FILTERED]`, `***`, `prw_v1_****` + 4 hex and "
      "bullets + 4 characters carry no usable value; ExternalSecret remoteRefs, `${{ secrets.* }}` and Vault paths are "
      "pointers; Werkzeug scrypt and bcrypt strings are one-way hashes (the column is called `password_hash`, a trap); age "
      "and PGP armour is ciphertext; ENC CRCs and PDF digests are public checksums; JWKS documents are public keys. The "
      "`.env.sample` and the masked CI output use the real key names of the everyday secrets with empty, placeholder or masked "
      "values – a trap for key-name-only detectors. Random fillers are generated, so an entropy-only detector will hit them – "
      "that is the point.\n")

    # ---------------------------------------------------------------- sources
    A("## Sources consulted\n")
    reads = [v[0] for v in vendor204.VENDORS if v[3] == "read"]
    A("- The two READMEs in `/tmp/brief204/` (p202 and p200), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch204/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory and extracted with `git show` into `/tmp/scratch204/`), read for the rules behind every vendor type "
      "marked *read this session* above (%s). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened "
      "this session; the remaining shapes come from the builder's memory and are marked above as believed or guessed."
      % ", ".join(bt(x) for x in reads))
    return "\n".join(L) + "\n"
