"""Renders README.md from a generation (deterministic: no clock, no environment)."""
import everyday197
import enc197
import evasions197
import negatives197
import positional197
import prose197
import vendor197


def bt(x):
    return "`%s`" % x


def render(data, deny, deny_status, muts):
    pos, evs, negs = data["secrets"], data["evasions"], data["negatives"]
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    n_types = len({r["type"] for r in pos})
    n_kinds = len({r["container"] for r in pos})
    classes = []
    for r in negs:
        if r["class"] not in classes:
            classes.append(r["class"])
    used_vendors = vendor197.used()
    tail = list(vendor197.TAIL)
    kept = positional197.kept()
    L = []
    a = L.append

    a("# privacy_hundredninetyseventh (p197) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **funfair, travelling-circus and street-food-market trader developers**: ride and stall pitch "
      "allocation at fairs (pitch planners, ADIPS ride-inspection registers), circus ticketing and tent-rigging "
      "checklists (box-office back ends, Ed25519-signed ticket QR codes, Ticket Tailor, Tito, Eventbrite, Skiddle, "
      "TicketSource, Billetto, Weezevent, Universe, Ticketmaster, Fixr), generator and power-hookup logs (Telegraf, "
      "Home Assistant, ESPHome, NUT, Modbus gateways, Shelly, Tuya, SolarEdge, Octopus Energy, Growatt, "
      "Emporia, InfluxDB, Particle, Blynk, ThingSpeak, Adafruit IO, Ubidots, The Things Network), "
      "street-food market trader permits and card readers (permit portals, SumUp, Zettle, Stripe Terminal, Square, "
      "GoCardless, Razorpay, Checkout.com, Braintree, Revolut, Klarna, Paddle, Lemon Squeezy, Shopify, Etsy), food-hygiene rating lookups (FHRS proxies), token and wristband sales (top-up kiosks, NFC wristband "
      "keys, token booths, Tappit, Playpass, Intellitix), touring vehicle tracking (Samsara, Geotab, Webfleet, "
      "Traccar, Trackimo, Google Maps, HERE, TomTom, what3words, Radar), seasonal staff payroll (Deputy, "
      "Xero, QuickBooks, Sage, Gusto, Personio, Breathe, Planday, BrightPay, HMRC Government Gateway); plus "
      "the commerce, messaging, AI, developer and ops services such developers use (Twilio, MessageBird, Brevo, "
      "Mailgun, Mailchimp, Klaviyo, MailerSend, SMTP2GO, Pusher, Ably, Pushover, ntfy, Rocket.Chat, Google "
      "Chat, ClickSend, OpenAI, Anthropic, Gemini, Groq, Perplexity, Hugging Face, Replicate, "
      "Voyage, Pinecone, GitHub, GitLab, Bitbucket, RubyGems, DigitalOcean, Hetzner, "
      "Heroku, Render, Fly.io, Vercel, Sentry, Datadog, New Relic, PagerDuty, Dynatrace, Databricks, "
      "AWS, Azure Storage, Scaleway, Supabase, Airtable, Notion, Jotform, Zapier, 1Password, Meilisearch, ImageKit, "
      "Uploadcare, Cloudflare Workers, Infisical, Prefect, Octopus Deploy); with hard negatives from the same world (ADIPS declarations, FHRS records, "
      "Luhn-checked trader permits, NFC wristband UIDs with real BCC bytes, VINs with real check digits, MPAN cores "
      "with real check digits, ISO 7064 MOD 37,36 ticket barcodes, publishable widget keys, placeholders, masked logs, "
      "secret-manager pointers, bcrypt and real Werkzeug scrypt hashes, age / PGP armour, induction prose, TLS pins, "
      "firmware digests, order UUIDs, pitch-map style tokens, inline PNG icons). Everything is produced by "
      "`build.py` and its modules (`common197.py`, `everyday197.py`, `vendor197.py`, `positional197.py`, "
      "`prose197.py`, `enc197.py`, `dec197.py`, `evasions197.py`, `negatives197.py`, `checks197.py`, "
      "`readme197.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` "
      "seeds (%d everyday, %d everyday pairing, %d vendor, %d positional passwords, %d prose, %d evasions, %d "
      "negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, "
      "compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from "
      "both generations and compares it, and only then writes the files (on any failure it prints the errors, writes "
      "nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief197/`.\n" % (
          everyday197.SEED, everyday197.PAIR_SEED, vendor197.SEED, positional197.SEED, prose197.SEED,
          evasions197.SEED, negatives197.SEED, len(muts)))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredninetyseventh/`) was created (with `mkdir -p`) and written; its parent was "
      "never listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run "
      "there. The only project material read were the two READMEs in `/tmp/brief197/` (`README_hundredninetyfourth.md`, "
      "p194, scuba-diving / dive-shop / dive-boat developers; `README_hundredninetyfifth.md`, p195, tailoring / "
      "alterations / shoe-repair / key-cutting developers), used only to learn the file format and what is already "
      "covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch197/` (trial builds, "
      "an encoder / decoder round-trip run and an extracted copy of the public gitleaks rule file). The deny-list "
      "(`common197.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, "
      "lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix "
      "stripped (%d), the codes of every `` `code` (Name) `` pair (%d codes; the pattern also catches a few non-language "
      "pairs such as `alg`, `id`, `kid`, which only makes the list stricter) and the names and name words of those "
      "pairs (%d entries, with the same harmless noise). It is frozen in `brief_names.json`; when `/tmp/brief197/` "
      "exists the build re-extracts it and fails if it differs (this build: %s). Every candidate list was written "
      "after reading the READMEs and the build fails on any overlap. Encodings that the READMEs name only in prose "
      "(their numeral systems, ciphers, look-alike blocks, spelling alphabets, byte notations and world disguises) "
      "were avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share "
      "vendors, syntaxes, languages or notations.\n" % (
          len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_status))

    # ------------------------------------------------------------ files and counts
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), len(pos), n_types, n_kinds, len(by["everyday"]), len(by["vendor"]), len(by["password"]),
        len(by["prose"]), len(by["prose"])))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(evs), len(evs), len({r["type"] for r in evs}), len({r["container"] for r in evs}), len(enc197.ENCODINGS)))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(negs), len({r["container"] for r in negs}), len(classes)))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p197-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, "
      "`password`, `prose`). Evasions (`p197-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, "
      "`secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives "
      "(`p197-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written "
      "and unused: %s). Vendor %d (%d candidates written; the unused tail: %s). Positional passwords %d (%d syntaxes "
      "written; set aside as near-duplicates of kept syntaxes or because the tool's behaviour is doubtful: %s). Prose "
      "%d in %d languages (spares unused: %s). Evasions %d = %d × 3. Negatives %d = %d classes × 2 base kinds × 5 "
      "presentations. Positives total %d (asked: about 450). Values, public neighbours drawn for vendors, hidden "
      "passwords, evasion plains and evasion runs drawn through the registry: %d.\n" % (
          ", ".join(bt(c[0]) for c in everyday197.SPARE_CONTAINERS), len(by["vendor"]), len(vendor197.VENDORS),
          ", ".join(bt(t) for t in tail), len(by["password"]), len(positional197.E),
          ", ".join(bt(s) for s in positional197.SET_ASIDE), len(by["prose"]), len(by["prose"]),
          ", ".join("`%s` (%s)" % s for s in prose197.SPARES), len(evs), len(enc197.ENCODINGS), len(negs),
          len(classes), len(pos), data["registry_size"]))

    # ------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or "
      "protocol element, never the quotes and never the key. Values pasted where they do not belong (a Showmen's "
      "Guild Telegram export, a circus-crew Slack thread, a Zendesk internal note, an OCR'd ride-ops whiteboard, an "
      "Excel CSV export, a Notion handover page, a fish history, a PSReadLine history, a journald JSON debug line, "
      "an Infisical `secrets set` history, a Bitwarden JSON export, a Signal chat paste, a Freshservice reply, a "
      "`sops -d` output) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s, …; %d in all; capitalised with probability 0.4) + one "
      "of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use "
      "only `- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday "
      "password types and the %d owner-chosen vendor passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` "
      "for every plain positional value, every password hidden inside a Base64 positional value, every prose value "
      "and every evasion generator-panel plain." % (
          ", ".join(everyday197.C.WORLD_WORDS[:40]), len(everyday197.C.WORLD_WORDS),
          len([v for v in used_vendors if v[3] == "owner-chosen password"])))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in "
      "no negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text or "
      "negative. Values, vendor public neighbours, hidden passwords, evasion plains and evasion runs are drawn "
      "through one registry that refuses repeats and any string in a substring relation (6+ characters) with an "
      "earlier one; a negative is redrawn if it contains any registered string.")
    a("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is "
      "version 4 (checked); every JWT-shaped substring of a positive or evasion text has base64url JSON header and "
      "payload and a signature length that fits its `alg` (checked): the vehicle-tracker service token is a real "
      "HS384 JWT (HMAC-SHA384 under a discarded key), the Home Assistant and Supabase service-role tokens real HS256 "
      "JWTs, the Zettle assertion and the Lemon Squeezy key RS256-shaped (real JSON, random 256-byte signature); the "
      "`trc1_` rigging token carries a real Fletcher-16 of its body, the `tbk_` booth key a real Crockford mod-37 check "
      "symbol, `mcw_` secrets are Base64 of 30 bytes, the ticket QR key is Base64 of a real DER PKCS#8 Ed25519 frame, "
      "the 1Password service-account token Base64 of real JSON, the InfluxDB token URL-safe Base64 of 64 bytes, the "
      "Azure storage key Base64 of 64 bytes, the ImageKit key Base64 of 21 bytes (all checked); %d vendor shapes are "
      "regex-checked and the others by layout. The three Base64 positional spans decode to the password (SMTP `AUTH "
      "LOGIN` second line), NUL user NUL password (XMPP SASL PLAIN) or `user:password` (HTTP `Proxy-Authorization: "
      "Basic`) and the hidden password is shape-checked; the pitch-kiosk fixed-width file puts the value in columns "
      "%d–%d and the generator-controller login frame carries a real NMEA-style XOR checksum (both checked). "
      "Negatives: Luhn, ISO 14443 BCC, ISO 3779 VIN, MPAN and ISO 7064 MOD 37,36 check digits are real (checked), "
      "the Mapbox `pk.` middle is real JSON (checked), the inline icons are real PNG files (checked), the Werkzeug "
      "scrypt strings are real scrypt outputs of discarded random bytes, the PGP armour carries the real CRC-24 of "
      "its (random) body, SHA-256 / MD5 values are real digests of random bytes." % (
          len([v for v in used_vendors if v[5]]), positional197.FIXED_COLS[0], positional197.FIXED_COLS[1]))
    nb = [(v[0], v[2][0]) for v in used_vendors if v[2] is not None]
    a("- Public neighbours are unlabelled: user names, hosts (`*.fair.lan`, `*.fairops.internal`, `*.bigtop.lan`, "
      "`*.example`, private addresses), key names, and ids written next to a vendor secret (%s) and the user half "
      "of a user / password pair." % "; ".join("%s: %s" % (t, l) for t, l in nb))
    a("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where "
      "the text lives: %s." % (positional197.SPAN_PREFIX, positional197.SPAN_PREFIX,
                               ", ".join("`%s` (%s)" % (v, k) for k, v in positional197.SUFFIX.items())))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, "
      "then the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear "
      "inside its own run, if the run equals the plain (e.g. a Greek look-alike swap with no swappable letter) or if "
      "the run would start or end with whitespace.\n")

    # ------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t[0]), t[2]) for t in everyday197.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(c[0]), c[1]) for c in everyday197.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the "
      "12 types and deals four consecutive types to each kind, so every kind holds four different types and every "
      "type sits in exactly 15 records (checked); secrets therefore also land in implausible places (an Ed25519 "
      "ticket key in a payroll `.env`, an NFC master key in a journald line). Key names are the type's key words in "
      "the container's own case style: upper, snake, camel, pascal, kebab (Spring), dot (Quarkus properties, Traccar "
      "XML entries), spaced (chats, tickets) and title (OCR'd whiteboard, CSV cell, Notion page).\n" % everyday197.PAIR_SEED)
    a("Vendor (120 types, container `<type>__<style>`): " + ", ".join(bt(v[0]) for v in used_vendors)
      + ". Styles (12, assigned cyclically): " + ", ".join("%s (%s)" % (bt(s[0]), s[1]) for s in vendor197.STYLES)
      + ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left "
      "unlabelled.\n")
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`): " % (len(kept), positional197.SPAN_PREFIX)
      + ", ".join(bt(positional197.SPAN_PREFIX + e[0]) for e in kept) + ".\n")
    a("Prose: someone tells a colleague the password of the box-office laptop and asks them not to forward it; span "
      "type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares "
      "is among the languages or spares of either README (checked: code against the codes and all deny-listed names; "
      "name and each name word against the language names). Scripts: %s. Thai and Lao do not separate words with "
      "spaces, so the value got spaces around it; every value is set off by whitespace on both sides (checked); the "
      "Ukrainian sentence puts a spaced comma after the value, the Armenian, Persian, Urdu, Punjabi, Nepali and "
      "Amharic sentences put the copula after it.\n" % (
          prose197.SPAN_TYPE, ", ".join(bt(f) for f in prose197.FORMATS),
          ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose197.LANGS),
          ", ".join(sorted({s for _c, _n, s, _t in prose197.LANGS}))))

    # ------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join("%s = \"%s\"" % (bt(k), v[1]) for k, v in enc197.ENCODINGS.items()) + ".\n")
    a("Encoders are in `enc197.ENCODINGS` (the rng only adds noise the decoder ignores: the first odometer reading, "
      "generator numbers, wristband numbers, the choice of combining mark); the decoder `dec197.decode` gets only the "
      "encoding name and the run and is written separately, importing nothing from the encoder and no `base64`, "
      "`binascii` or `codecs`: `int(…, 9)`, Tibetan digit offsets, summed Ge'ez numeral values, a retyped Morse table, "
      "a retyped element table, Gray-to-binary by shifted XOR, bit reversal of hex bytes, prime counting, integer "
      "square roots, a Swedish number-word parser, a retyped Greek-to-Latin table, stripping U+0300–U+036F, a retyped "
      "upside-down table read backwards, a hand-written Base64 reader with UTF-16LE pairing, hextet splitting with the "
      "zero padding stripped, bijective base-26, note names to MIDI numbers, odometer differences, day-of-year from a "
      "month table, and regular expressions for generator loads, frontages and token balances. Every pair was "
      "round-tripped on 300 random plains per notation (all three plain types plus random `[A-Za-z0-9_.-]` strings of "
      "length 2–44) while writing; at build time every span is decoded back to its `plain`. Families: "
      + "; ".join("%s: %s" % (v[0], bt(k)) for k, v in enc197.ENCODINGS.items()) + ". Evasion types: "
      + "; ".join("%s (%s)" % (bt(t[0]), t[1]) for t in evasions197.PLAIN_TYPES) + "; wordings: "
      + ", ".join(bt(w[0]) for w in evasions197.WORDINGS) + "; container `<encoding>__<wording>`.\n")

    # ------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    for cname, kinds, desc in negatives197.CLASSES:
        a("| %s | %d | %s | %s |" % (bt(cname), sum(1 for r in negs if r["class"] == cname),
                                     ", ".join(bt(k[0]) for k in kinds), desc))
    a("\nEach base kind appears plain and wrapped " + ", ".join(bt(w[0]) for w in negatives197.WRAPPERS if w[0]) + ".\n")

    # ------------------------------------------------------------ checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one "
      "span per record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each "
      "value occurs exactly once in its text; no value reused; no value in another record's text or in any negative; "
      "no evasion plain or Base64-hidden password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; "
      "prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain "
      "positional, Base64-hidden, prose and evasion passwords; Base64 positional spans decode to the right frame; "
      "UUID-shaped substrings of every text are version 4; every JWT-shaped string in a positive or evasion text has "
      "base64url JSON header and payload and a signature length that fits its `alg` (tracker token HS384); `trc1_` "
      "Fletcher-16; `mcw_` Base64 length; NFC key; Ed25519 PKCS#8 frame; `tbk_` Crockford check symbol; %d vendor "
      "regexes and the vendor layouts (UUID, JWT, URL, 1Password JSON); fixed-width columns; serial-frame checksum and "
      "field position; Luhn, BCC, VIN, MPAN, MOD 37,36, Mapbox JSON, PNG signature and hash frames in their negative "
      "classes" % len([v for v in used_vendors if v[5]]))
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and "
      "a newline and is followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run never contains its "
      "plain and never equals it; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and hidden password")
    a("- deny-list: every container (positives, evasions, negatives — so also every vendor style, password suffix, "
      "prose format, evasion wording, negative base kind and wrapper inside it), span type, evasion encoding and "
      "negative class is compared case-insensitively, whole name and each `__` part, with the frozen deny-list; "
      "positional syntaxes (span type without `%s`) also against the earlier syntax list; prose languages and spares "
      "by code, name and name words; `brief_names.json` is compared with a fresh extraction when `/tmp/brief197/` "
      "exists" % positional197.SPAN_PREFIX)
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor "
      "types with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records "
      "in 40 distinct languages; 66 evasions; positives 440–470; span types of the four sources pairwise disjoint; "
      "non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(muts), sum(1 for _, c in muts if c), len(muts),
        ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in muts)))

    # ------------------------------------------------------------ shapes
    a("## Shapes you had to guess\n")
    for grade, head in (("read", "*Read this session* for shape in the public gitleaks default rule file "
                                 "(`config/gitleaks.toml`; nothing copied; every value generated; where the rule "
                                 "gives only a prefix or an alphabet range, the exact length is mine)"),
                        ("believed", "Believed right from background knowledge (not re-read this session)"),
                        ("guessed", "Guessed (length and alphabet only; most ticketing, cashless, tracking, IoT and "
                                    "payroll vendors publish no token format the builder knows, so these are "
                                    "recognisable from the key name only)")):
        items = [v for v in used_vendors if v[4] == grade]
        a(head + ": " + "; ".join("%s (%s)" % (bt(v[0]), v[3]) for v in items) + ".\n")
    a("Also invented or guessed: the everyday prefixes `trc1_` (with its Fletcher-16 tail), `mcw_` and `tbk_` (with "
      "its Crockford check symbol) and the evasion prefixes `rks_` / `cfs-` are invented; the HS384 tracker JWT, the "
      "32-hex NFC master key and the Ed25519 PKCS#8 ticket key are modelling choices. The ride-operator roster, stall "
      "card-reader provisioning file, wristband scanner batch, staff onboarding CSV, rigging tablet YAML, hookup-meter "
      "caret file, pitch-kiosk fixed-width file (columns %d–%d), the `$PGENL` generator login frame and the `UNL` "
      "wristband-reader line are invented formats of this world. Syntaxes from memory, not re-checked: the flags of "
      "`mysql -p<pw>`, `sqlcmd -P`, `sqlplus u/p@tns`, `db2 connect … using`, `isql DSN u p`, `curl -u`, `lftp -u u,p`, "
      "`PsExec -p`, `net use … <pw> /user:`, `schtasks /rp`, `twine -p`, `ncat --proxy-auth`, `mosquitto_pub -P`, "
      "`ipmitool -P`, `upsrw -p`, `7z -p`, `rar -hp`, `steghide -p`, `ccrypt -K`, `encfs --extpass`, `swaks -ap`, "
      "`sendemail -xp`, `snmpget -A`, `check_http -a`, `ab -A`, `nmcli wifi-sec.psk`, `wpa_cli set_network psk`, "
      "`keepassxc-cli` and `gocryptfs` reading stdin, `bw unlock <pw>`; the file layouts of `chap-secrets`, davfs2 "
      "`secrets`, `ipsec.secrets`, NUT `upsmon.conf` `MONITOR`, Exim `passwd.client`, stunnel PSK files, APT proxy "
      "lines and the Wi-Fi QR payload; the protocol forms of SMTP `AUTH LOGIN`, XMPP SASL PLAIN, "
      "`Proxy-Authorization`, NickServ `IDENTIFY`, NTRIP v1 `SOURCE`, SHOUTcast v1 source login, ESP `AT+CWSAP`, Redis "
      "`MIGRATE … AUTH2`; the SQL forms `IDENTIFIED BY`, `sp_addlinkedsrvlogin`, `OPENROWSET`, `PRAGMA key`; the "
      "library positions and UI-automation calls. Negatives: ADIPS, FHRS, permit, MPAN and ticket layouts are "
      "approximate; the bcrypt strings, age stanzas and bodies, PGP bodies and certificate serials are random in the "
      "right frame, not hashes or ciphertexts of anything.\n" % positional197.FIXED_COLS)

    # ------------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (pitch allocation admin, circus box office, genset telemetry portal, "
      "trader permit portal, wristband top-up kiosk, seasonal payroll database) and six generated secrets (`trc1_` "
      "rigging token, `mcw_` card-reader webhook secret, HS384 tracker JWT, 32-hex NFC wristband master key, Base64 "
      "Ed25519 ticket-signing key, `tbk_` booth key). The NFC master key has no prefix and the ticket key is only a "
      "Base64 blob, but each unlocks or signs something, so both are labelled. Key names in everyday files say "
      "password / key / secret / token / jwt — that is how such files look; the telling-key-free cases are in the "
      "positional source. The Kubernetes `stringData` manifest is labelled (stringData is plain text, unlike `data`).")
    a("- Vendor: most ticketing, cashless, tracking, IoT and payroll vendors publish no token format the builder knows, "
      "so their types are recognisable only from the key name — part of the test. %d vendor types carry owner-chosen "
      "passwords (%s). The Google Chat webhook URL and the Zapier catch-hook URL are labelled whole (the URL is the "
      "credential); the Ably key is labelled whole (`app.key:secret` is used as one credential). Same-shape traps: the "
      "Universe client id, Pusher app key and Uploadcare public key have the shape of their secrets; the Intellitix, "
      "Webfleet and Scaleway secrets and the ClickSend key are UUIDv4s (secrets that look like ids) while "
      "several client ids next to secrets are UUIDv4 identifiers; the Google Maps server key (positive) and the "
      "Firebase web `apiKey` in the negatives share the `AIza` shape — only the context tells them apart (the Firebase "
      "web key is public by design; arguable); `stripe_live_secret_key` (`sk_live_51…`) and the negative `pk_live_51…` "
      "differ in one letter; Octopus Energy uses `sk_live_` too. Brands of the earlier READMEs reappear with other "
      "credential kinds (OpenAI project key, Anthropic admin key, Stripe secret key, Shopify Admin token, Twilio "
      "account auth token, GitHub classic PAT, GitLab deploy token and PAT, Sentry user token, Datadog application "
      "key, New Relic license key, Supabase service-role key, Cloudflare Workers token); only type names were checked."
      % (len([v for v in used_vendors if v[3] == "owner-chosen password"]),
         ", ".join(v[0] for v in used_vendors if v[3] == "owner-chosen password")))
    a("- Passwords: labelled when the value logs in (flags `-p<glued>`, `-P`, `-p`, `-A`, `-a`, `-ap`, `-xp`, `/rp`; "
      "`user:pw` for curl, ncat, check_http, ab; `user,pw` for lftp; `user/pw@tns` for sqlplus; positional arguments "
      "for `net use`, `isql`, `bw unlock`, `db2 … using`; URL userinfo for psql, wget, WinSCP, git, ffmpeg RTSP, NATS, "
      "mysql2, MQTT, APT proxy and the Go MySQL DSN; library call positions in Python, Node, Java, Kotlin, C#, Go, PHP, "
      "Perl, Arduino, MicroPython and C), unlocks a file, key or store (`7z`, `rar`, `steghide`, `ccrypt`, `encfs`, "
      "`gocryptfs`, `keepassxc-cli`, KeyStore `load`, `X509Certificate2`, SQLCipher), is hashed or sealed from a "
      "literal (`bcrypt.hashSync`, `ansible-vault encrypt_string`, `ConvertTo-SecureString` — the literal is still the "
      "clear password), is stored into a secret store (`kubectl create secret --from-literal`), is a shared secret "
      "(Wi-Fi PSK via nmcli / wpa_cli / `WiFi.begin` / `wlan.connect` / `AT+CWSAP` / QR payload, IPsec and stunnel PSKs, "
      "NTRIP and SHOUTcast source passwords), sits in a file by position or travels in a protocol exchange. Weakest "
      "kept cases: `nmcli … wifi-sec.psk`, `wpa_cli … psk`, `ipsec.secrets` `PSK` and the Wi-Fi QR `P:` field (the word "
      "psk / the letter P is a hint), the class names `PlainCredentials`, `NetworkCredential`, `Credentials.basic` "
      "and `BasicAuth`-style calls, `bcrypt.hashSync`, the SMTP `AUTH LOGIN` exchange whose server prompt decodes to "
      "`Password:`, and the roster `word` column header; the `kubectl` literal uses the neutral key `k1`. UI tests "
      "use neutral field ids (`#f2`, `id=f2`, `Edit2`). Several ideas repeat the earlier corpora on new tools (URL "
      "userinfo, `-p` after `-u`, library call positions, UI typing, Base64 protocol lines, invented fixed-width and "
      "checksummed frames); novelty was checked by name, not by signature.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair "
      "for Spanish, French, Dutch, Danish, Swedish, Polish, Czech, Slovak, Croatian, Romanian, Bulgarian, Ukrainian, "
      "Greek, Turkish, Indonesian, Afrikaans; modest for Finnish, Estonian, Latvian, Lithuanian, Slovenian, Hungarian, "
      "Azerbaijani, Persian, Urdu, Vietnamese, Swahili, Maltese, Welsh, Albanian, Nepali; low for Georgian, Armenian, "
      "Punjabi, Tamil, Telugu, Thai, Lao, Amharic, Somali. Loan words (laptop, password, पासवर्ड, ਪਾਸਵਰਡ) are kept "
      "as people use them. Persian and Urdu are right-to-left with the Latin value embedded.")
    a("- Evasions: base 9, Tibetan digits, Ge'ez numerals and bijective base-26 column labels are numeral notations; "
      "Gray code, bit-reversed bytes, UTF-16LE Base64 and IPv6 hextets are byte notations (a detector that decodes "
      "Base64 will see the plain interleaved with NUL bytes); Morse and Swedish number words are spelled forms; "
      "element symbols and MIDI notes are symbol substitutions of code points; prime positions and squares are "
      "arithmetic; Greek look-alikes and upside-down text are look-alike tricks that NFKC does not undo (a confusables "
      "skeleton is needed, and the upside-down run is also reversed); combining marks leave the plain readable to a "
      "human and vanish under mark stripping (NFC may fold some letter + mark pairs into precomposed letters); "
      "odometer differences, fair dates, generator loads, pitch frontages and wristband balances are this world's "
      "disguises of code points. Close relatives exist in the earlier corpora (base 4 / base 20 / base 60 next to base "
      "9, Hebrew / Mayan / die-face numerals next to Tibetan / Ge'ez, Cyrillic look-alikes next to Greek ones, "
      "swapcase next to upside-down, MAC groups next to IPv6 hextets, Portuguese number words next to Swedish ones, "
      "times-seven / triangular numbers next to squares and prime positions, their world disguises next to these); "
      "novelty was checked by name against both READMEs and by notion against the encodings they name in prose.")
    a("- Negatives: ADIPS declaration numbers, FHRS ids, permit numbers, wristband UIDs, VINs and plates, MPANs, ticket "
      "barcodes, certificate serials, order and booking UUIDs are identifiers (a ticket barcode admits one person once "
      "— arguable, but it is a public printed code, not a credential); Stripe `pk_live_`, the Pusher app key, the "
      "reCAPTCHA site key, the Firebase web `apiKey` (arguable), Mapbox `pk.` and PostHog `phc_` are public by design; "
      "`trc1_<…>`, `mcw_XXXX…`, `<paste-your-key-here>`, empty values, an all-zero key, `${…:?…}`, `REPLACE_ME`, "
      "`tbk_XXXX…` and `changeme` (arguably a weak real password; treated as a placeholder as in the earlier corpora) "
      "are placeholders; stars, `[REDACTED]`, `***` and bullets with a 4-character tail carry no usable value; "
      "`remoteRef`, `${{ secrets.… }}`, `op://` and `akv://` are pointers; bcrypt and Werkzeug scrypt strings are "
      "one-way hashes (the fixture field is called `password`, a trap); age and PGP armour is ciphertext; TLS pins, "
      "fingerprints and firmware digests are public hashes; inline PNG data URIs are high-entropy Base64 with nothing "
      "secret in them. Random fillers are generated, so an entropy-only detector will hit them — that is the point.\n")

    # ------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief197/` (p194 and p195), for format and coverage only. The detector was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no "
      "other `/tmp` directory except `/tmp/scratch197/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public "
      "gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's "
      "`fetch` into its own mirror directory and extracted with `git show` into `/tmp/scratch197/`), read for the rules "
      "behind every vendor type marked *read this session* above (%s). "
      "Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; the remaining "
      "shapes come from the builder's memory and are marked above as believed or guessed." % ", ".join(
          v[0] for v in used_vendors if v[4] == "read"))
    return "\n".join(L) + "\n"
