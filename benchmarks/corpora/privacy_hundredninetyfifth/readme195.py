"""Renders README.md from the generated data."""
from collections import Counter
import everyday195, vendor195, positional195, prose195, enc195, evasions195, negatives195


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(pos, eva, neg, deny, mutations, deny_status):
    ev = [r for r in pos if r["source"] == "everyday"]
    ve = [r for r in pos if r["source"] == "vendor"]
    pw = [r for r in pos if r["source"] == "password"]
    pr = [r for r in pos if r["source"] == "prose"]
    L = []
    a = L.append
    a("# privacy_hundredninetyfifth (p195) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**tailoring, alterations, shoe-repair and key-cutting shop developers**: measurement profiles and garment tickets "
      "(measurement databases, HMAC-signed garment-ticket QR codes, 3DLOOK- and Bold Metrics-style sizing APIs), alteration job "
      "boards and fitting appointments (job boards, fitting webhooks, Calendly, Cal.com, Acuity, SimplyBook, Microsoft Bookings, "
      "Zoho Bookings, Google Calendar), shoe-repair claim stubs and heel / sole stock (claim-stub service tokens, Odoo / ERPNext "
      "stock, RepairShopr, RepairDesk, remove.bg / Photoroom product photos, Cloudinary), key-cutting machine code cards and "
      "transponder programmers (machine service consoles, serial bridges, Xhorse, Lonsdor, Autel, Instacode, Smart Pro), engraving "
      "jobs (engraver web consoles, Trotec, Gravograph), click-and-collect lockers (TOTP pickup seeds, locker operator portals, "
      "InPost ShipX, Bloq.it, Amazon Hub Counter, KeyNest, Keycafe, Nuki, igloohome, TTLock, Tapkey, Sendcloud, ezeep), small-shop "
      "card terminals and loyalty stamps (terminal cloud keys, Dojo, Adyen, Square, Stripe restricted keys, Mollie, Viva Wallet, "
      "PayPal, Clover, myPOS, WooCommerce, Shopify, Wix, Ecwid, BigCommerce, Squarespace, Smile.io, Yotpo, LoyaltyLion, Kangaroo, "
      "Epos Now, HS512 loyalty-stamp service tokens); plus the commerce, messaging, AI, developer and ops services such developers "
      "use (Twilio, Vonage, Plivo, Textmagic, Telnyx, Esendex, SendGrid, Postmark, Mailjet, SparkPost, Amazon SES, WhatsApp Cloud "
      "API, Intercom, Crisp, Slack, Discord, Microsoft Teams, OneSignal, OpenAI, Anthropic, Cohere, DeepSeek, xAI, OpenRouter, "
      "ElevenLabs, AssemblyAI, Deepgram, LangSmith, Tavily, Firecrawl, GitHub, GitLab, npm, PyPI, Postman, Grafana, New Relic, "
      "Sentry, SonarCloud, Snyk, Terraform Cloud, Pulumi, Vault, age, Tailscale, Doppler, Cloudflare, Netlify, Backblaze B2, "
      "PlanetScale, Neon, Turso, Upstash QStash, Supabase, Algolia, Mapbox, Trello, Asana, monday.com, ClickUp, Linear, Typeform); "
      "with hard negatives from the same world (key codes and blank cross-references, transponder chip reads, Damm-checked garment "
      "tickets, Verhoeff-checked claim stubs, measurement profiles, SSCC parcel codes, card receipts, EAN-13 loyalty cards, engraving "
      "digests, supplier IBANs, publishable checkout keys, placeholders, redacted logs, secret-store references, SOPS / Ansible Vault "
      "ciphertext, PBKDF2 / Argon2 hashes, handbook prose, SSH host keys, webhook signatures, commit ids and image digests). "
      "Everything is produced by `build.py` and its modules (`common195.py`, `everyday195.py`, `vendor195.py`, `positional195.py`, "
      "`prose195.py`, `enc195.py`, `dec195.py`, `evasions195.py`, `negatives195.py`, `checks195.py`, `readme195.py`, frozen "
      "deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (%d everyday, %d everyday pairing, "
      "%d vendor, %d positional passwords, %d prose, %d evasions, %d negatives), no clock, no network. `python3 build.py [outdir]` "
      "generates everything twice in one process, compares the bytes of the three JSONL files, runs every check and %d mutation "
      "tests, renders this README from both generations and compares it, and only then writes the files (on any failure it prints "
      "the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief195/`.\n"
      % (everyday195.SEED, everyday195.PAIR_SEED, vendor195.SEED, positional195.SEED, prose195.SEED, evasions195.SEED,
         negatives195.SEED, len(mutations)))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredninetyfifth/`) was created (with `mkdir -p`) and written; its parent was never listed, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project "
      "material read were the two READMEs in `/tmp/brief195/` (`README_hundredninetysecond.md`, p192, campsite / RV-park / "
      "caravan-holiday-park developers; `README_hundredninetythird.md`, p193, bookshop / comic-store / second-hand-book dealer "
      "developers), used only to learn the file format and what is already covered. No other `/tmp` directory was looked at except "
      "the scratch directory `/tmp/scratch195/` (the working copy of the generator, trial builds, an encoder / decoder round-trip "
      "run and an extracted copy of a public gitleaks-derived pattern list). The deny-list (`common195.extract_denylist`) holds every "
      "backticked name and every snake_case identifier of both READMEs, lower-cased, also split at `__`, with earlier positional "
      "prefixes (`<letters>pw_`) stripped into a separate syntax list (%d names, %d earlier syntaxes), the codes of every "
      "`` `code` (Name) `` pair (%d codes; the pattern also catches one non-language pair, harmless) and the names and name words of "
      "those pairs (%d entries). It is frozen in `brief_names.json`; when `/tmp/brief195/` exists the build re-extracts it and fails "
      "if it differs (this build: %s). Encodings that the READMEs name only in prose (ROT13 / ROT47, QWERTY / Dvorak shifts, "
      "Vigenère, Beaufort, Trithemius, affine, Atbash, rail fence, columnar transposition, reversal, odd-even split, swapped pairs, "
      "every-third, Roman / Greek / Chinese / Hebrew / Thai / Egyptian / dozenal numerals, octal, binary, BCD, balanced ternary, "
      "negabinary, Base58 / Base45 / Base36 / Base32 / Base62 / Ascii85, uuencode, HTML escapes, A1Z26, full-width, double-struck, "
      "monospace, sans-serif bold, circled, Fraktur, Cyrillic look-alikes, Braille, zero-width, soft hyphens, tag characters, NATO and "
      "other spelling alphabets, multi-tap, steno, decoys, `fromCharCode`, `CHAR(n)`, Bengali / Devanagari digits, IPv4 octets) were "
      "avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, "
      "languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_status))
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(pos), len(pos), len({r["type"] for r in pos}), len({r["container"] for r in pos}), len(ev), len(ve), len(pw), len(pr),
         len({r["container"].split("__")[-1] for r in pr})))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(eva), len(eva), len({r["type"] for r in eva}),
                                                                    len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({n["container"] for n in neg}), len({n["class"] for n in neg})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p195-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p195-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p195-n-NNNN`): `id`, `class`, "
      "`container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with "
      "`ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kinds written and unused: %s). "
      "Vendor 120 (%d candidates written; the weakest or most generic moved to an unused tail: %s). Positional passwords %d (%d syntaxes "
      "written; set aside as weak or near-duplicates: %s). Prose 40 in 40 languages (spares unused: %s). Evasions 66 = 22 × 3. "
      "Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: about 450).\n"
      % (_bt(n for n, _, _ in everyday195.SPARES), len(vendor195.A), _bt(vendor195.TAIL), len(pw), len(positional195.S),
         _bt(positional195.SET_ASIDE), ", ".join("`%s` (%s)" % s for s in prose195.SPARES), len(neg),
         len({n["class"] for n in neg}), len(pos)))
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, "
      "never the quotes and never the key. Values pasted where they do not belong (a WhatsApp export, an OCR'd heel-bar sticky note, "
      "a supplier e-mail thread, a Freshdesk private note, a GitHub issue comment, an opening-checklist CSV, a zsh history, a `setx` "
      "batch file, a `vault kv put` history, MS Teams and Trello pastes, a partner onboarding e-mail, a KeePass CSV export, "
      "`railway variables --set` and `docker run -e` histories) are labelled. One value sits in a commented-out Mosquitto bridge line.")
    a("- Owner-chosen passwords are a word of this world (%s; %d in all; capitalised with probability 0.4) + one of `- _ . + ! ~` + "
      "3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "`^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the %d owner-chosen vendor passwords, "
      "and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain positional value, every password hidden inside a "
      "Base64 positional value, every prose value and every evasion back-office PC plain."
      % (", ".join(__import__("common195").WORLD_WORDS[:40]) + ", …", len(__import__("common195").WORLD_WORDS),
         len([x for x in vendor195.ACTIVE if x[4] == "password"])))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; no "
      "evasion plain and no password hidden inside a Base64 positional value appears in any text. Values, random public neighbours, "
      "hidden passwords, evasion plains and evasion runs are drawn through one registry that refuses repeats and any string in a "
      "substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered string.")
    a("- Structured values are valid: every UUID-shaped substring of every text is version 4 (checked); every JWT-shaped substring has "
      "base64url JSON header and payload and a signature length that fits its `alg` (checked): the loyalty-stamp service token is a "
      "real HS512 JWT and the monday.com token a real HS256 JWT (HMAC under discarded keys), the Calendly PAT (ES256, `typ` `PAT`), "
      "the InPost ShipX token and the Wix `IST.` key (RS256) and the Turso token (EdDSA) have real JSON and random signature bytes of "
      "the right length; the `csr1_` claim-stub token carries a real Adler-32 of its body, the `ftwh_` webhook secret is Base32 of 25 "
      "bytes, the TOTP seed Base32 of 20 bytes, the age identity a real bech32 checksum, the Amazon SES SMTP password Base64 of "
      "version byte 4 + 32 bytes, the Sentry org token Base64 of real JSON, the PyPI token a version-2 macaroon, the Discord bot "
      "token's first part base64url of a numeric id, the Mapbox secret token base64url JSON, the QStash token and the Intercom token "
      "Base64 of their inner layouts (all checked). The three Base64 positional spans decode to `user:password` (Docker "
      "`config.json` `auth`, HTTP `Authorization: Basic`) or NUL user NUL password (SMTP `AUTH PLAIN`) with a strict-form password "
      "(checked); the engraving queue puts the value in columns 41–60 (checked); the key-machine serial frame has a real NMEA-style "
      "XOR checksum (checked). Negatives: Damm, Verhoeff, GS1 (SSCC-18, EAN-13) and IBAN mod-97 check digits are real (checked); "
      "PBKDF2 strings are real PBKDF2-SHA256 of discarded random bytes; artwork and image digests are real SHA-256 of random bytes; "
      "SSH host keys have the real ed25519 wire format and real SHA256 fingerprints; webhook signatures are real HMAC-SHA256 outputs "
      "under discarded keys.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.tailor.lan`, `*.keys.lan`, `*.cobbler.lan`, `*.tailor.internal`, "
      "`*.locker.internal`, `*.example`, private addresses), key names, and ids written next to a vendor secret (%s) and the user "
      "half of a user / password pair."
      % "; ".join("`%s`: %s" % (x[0], " ".join(x[2][0])) for x in vendor195.ACTIVE if x[2]))
    a("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the text lives: %s."
      % (positional195.PFX, positional195.PFX, ", ".join("`%s` (%s)" % (v, k) for k, v in positional195.SUFFIX.items())))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on "
      "its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if the "
      "run equals the plain or if the run would start or end with whitespace.\n")
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday195.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (n, s) for n, s, _ in everyday195.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 types and "
        "deals four consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 "
        "records (checked); secrets therefore also land in implausible places (a TOTP seed in an ERPNext site config, a garment-ticket "
        "HMAC key in a pydantic settings class). Key names are the type's key words in the container's own case style: upper, snake, "
        "camel, pascal, kebab, dot, spaced (chats, e-mail, tickets) and title (OCR, checklist CSV).\n" % everyday195.PAIR_SEED)
    a("Vendor (120 types, container `<type>__<style>`): " + _bt(x[0] for x in vendor195.ACTIVE) + ". Styles (12, assigned cyclically): "
      + ", ".join("`%s` (%s)" % (n, s) for n, s, _ in vendor195.STYLES)
      + ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left unlabelled.\n")
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`): " % (len(pw), positional195.PFX) + _bt(r["type"] for r in pw) + ".\n")
    a("Prose: someone tells a colleague the password of the workshop PC and asks them not to forward it; span type `%s`; container "
      "`<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among the languages or spares of "
      "either README (checked: code against the codes and all deny-listed names; name and each name word against the language names). "
      "Scripts: %s. Chinese, Cantonese and Japanese do not separate words with spaces and Khmer and Burmese only between phrases, so "
      "the value got spaces around it; every value is set off by whitespace on both sides (checked).\n"
      % (prose195.TYPE, _bt(prose195.FORMATS), ", ".join("`%s` (%s)" % (l[0], l[1]) for l in prose195.LANGS),
         ", ".join(sorted({l[2] for l in prose195.LANGS}))))
    a("## Evasion encodings\n")
    a("; ".join("`%s` = \"%s\"" % (n, e[1]) for n, e in enc195.ENCODINGS.items()) + ".\n")
    a("Encoders are in `enc195.ENCODINGS` (hand-written; the rng only adds noise the decoder ignores: thread-shade finish letters and "
      "SKU letters); the decoder `dec195.decode` gets only the encoding name and the run and is written separately, importing nothing "
      "from the encoder and no `base64`, `binascii` or `codecs`: a retyped 6×6 square, XOR with the retyped key, `int(…, 16)` on U+ "
      "and CSS escapes and percent bytes, a hand-written basE91 reader, base-60 pairs, a brute-force Chinese-remainder search, the "
      "triangular root by integer square root, Mayan-sign offsets, NFKC for the bold italic letters, an additive Portuguese "
      "number-word parser, 2-bit base groups, row reversal, the bar split, colon groups and swatch triplets with the zero padding "
      "stripped, octal depths, bay letters times ten plus door, and regular expressions for thread shades, half-centimetre "
      "measurements and SKUs. Every pair was round-tripped on 300 random plains per notation (all three plain types plus random "
      "`[A-Za-z0-9_.-]` strings of length 2–44) while writing; at build time every span is decoded back to its `plain`. Families: "
      + "; ".join("%s: `%s`" % (e[0], n) for n, e in enc195.ENCODINGS.items())
      + ". Evasion types: " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in evasions195.TYPES)
      + "; wordings: " + _bt(w[0] for w in evasions195.WORDINGS) + "; container `<encoding>__<wording>`.\n")
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    nc = Counter(n["class"] for n in neg)
    for cname, kinds, _, desc in negatives195.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cname, nc[cname], _bt(kinds), desc))
    a("\nEach base kind appears plain and wrapped " + ", ".join("`__%s`" % w[0] for w in negatives195.WRAPPERS if w[0]) + ".\n")
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per record; "
      "spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its "
      "text; no value reused; no value in another record's text or in any negative; no evasion plain or Base64-hidden password in any "
      "text; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain positional, "
      "Base64-hidden, prose and evasion passwords; Base64 positional spans decode to a well-formed hidden password; engraving queue "
      "columns 41–60 and the serial frame's XOR checksum; UUID-shaped substrings of every text are version 4; every JWT-shaped "
      "substring has base64url JSON header and payload and a signature length that fits its `alg`, the loyalty token is HS512; "
      "everyday shapes (`ftwh_` Base32 of 25 bytes, 64-hex HMAC key, `csr1_` Adler-32, TOTP Base32 of 20 bytes, `ctk_live_`); %d "
      "vendor regexes (gitleaks-style where one was read) and the vendor layouts (age bech32, SES version byte, Sentry JSON, PyPI "
      "macaroon, Intercom, Discord, Mapbox, QStash, the four JWT vendors, Wix `IST.`); Damm, Verhoeff, SSCC, EAN-13 and IBAN check "
      "digits in their negative classes" % len(__import__("checks195").VENDOR_RE))
    a("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule, `:` and a newline come right "
      "before the run, which is on one line followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run never "
      "contains its plain and never equals it; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive value, "
      "plain and hidden password")
    a("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose format, "
      "evasion wording, negative base kind and wrapper inside it), span type, evasion encoding and negative class is compared "
      "case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes (span type without `%s`) also "
      "against the earlier syntax list; prose languages and spares by code, name and name words; `brief_names.json` is compared with a "
      "fresh extraction when `/tmp/brief195/` exists" % positional195.PFX)
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types with "
      "containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct languages; 66 "
      "evasions; positives 440–470; span types of the five sources pairwise disjoint; non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n"
      % (len(mutations), sum(1 for m in mutations if m[1]), len(mutations),
         ", ".join("`%s` (%s)" % (m[0], "caught" if m[1] else "MISSED") for m in mutations)))
    a("## Shapes you had to guess\n")
    groups = {"read": [], "believed": [], "guessed": [], "password": []}
    for x in vendor195.ACTIVE:
        groups[x[4]].append("`%s` (%s)" % (x[0], x[3]))
    a("Prefix / layout re-read this session in public rule files (search tool, code corpus; a gitleaks-derived pattern list "
      "`Wicker25/PromptGuard` `src/core/secrets.ts` brought in with `fetch` and extracted into `/tmp/scratch195/`, Checkmarx 2ms "
      "rule sources; read for shape only, nothing copied): " + "; ".join(groups["read"]) + ".\n")
    a("Believed right from background knowledge of public rule sets and vendor docs (not re-read this session): "
      + "; ".join(groups["believed"]) + ".\n")
    a("Guessed (length and alphabet only, recognisable from the key name; most key-cutting, transponder, locker, engraving, repair, "
      "loyalty and terminal vendors publish no token format the builder knows): " + "; ".join(groups["guessed"]) + ".\n")
    a("Owner-chosen passwords (the integration logs in with user / password): " + _bt(x.split(" ")[0].strip("`") for x in groups["password"]) + ".\n")
    a("Also invented or guessed: the everyday prefixes `ftwh_`, `csr1_` (with its Adler-32 tail) and `ctk_live_` and the evasion "
      "prefixes `kmu_` and `lmc-` are invented; the 64-hex garment-ticket HMAC key, the Base32 TOTP seed and the HS512 loyalty token "
      "are modelling choices. Syntaxes are from memory, not re-checked (flag letters of `mongodump`, `smbclient -U user%pass`, "
      "`xfreerdp /p:`, `rdesktop -p`, `sshpass -p`, `docker login -p`, `skopeo --src-creds`, `oc login`, `az login -p`, `cf login`, "
      "`cqlsh`, `cypher-shell`, `rabbitmqctl add_user`, `couchbase-cli`, `snmpwalk -c`, `ldapsearch -w`, `zip -P`, `qpdf --encrypt`, "
      "`ssh-keygen -N`, `cryptsetup --key-file=-`, `netsh wlan … key=`, `winrs -p:`, `net user … /add`, `mjpg_streamer -c`, "
      "`emqx_ctl admins add`, `yt-dlp -p`, `transmission-remote -n`, `deluge-console connect`, `MPD_HOST=pw@host`, `redis-cli -a`, "
      "`hdbsql -p`, `vsql -w`, `lynx -auth=`, `hey -a`, `xdotool type`; the library positions; the file layouts of `.pgpass`, "
      "`.git-credentials`, pgbouncer `userlist.txt`, OpenVPN `auth-user-pass` files, Postfix `sasl_passwd`, Squid `cache_peer "
      "login=`, CUPS `DeviceURI`, `rsyncd.secrets`, vsftpd virtual-user lists, Dovecot `{PLAIN}` passwd files, Jetty "
      "`realm.properties`, ActiveMQ `users.properties`, `hostapd.wpa_psk`, `pip.conf`, `.yarnrc.yml` `npmAuthIdent`, Docker "
      "`config.json`; the protocol forms of IMAP `LOGIN`, RESP `AUTH`, IRC `JOIN` keys, Quectel `AT+QICSGP`, ESP `AT+CWJAP`, LDAP "
      "bind decodes, SMTP `AUTH PLAIN`; the SQL forms `sp_addlogin`, SQLCipher `ATTACH … KEY`, H2 `CREATE LINKED TABLE`, MySQL "
      "FEDERATED `CONNECTION=`; the UI-automation calls). The key-machine operator CSV, transponder sync `.dat`, engraving queue "
      "(columns 41–60), locker provisioning file, heel-bar till users TSV, measurement tablet roster, card-terminal merchant setup line, "
      "loyalty kiosk JSON, the key-machine `$KMUNL` serial frame and the locker RS-485 `AUTH` line are invented formats of this world. "
      "Negatives: key codes, blank cross-references, chip tables, card receipts, SOPS / Ansible Vault bodies and Argon2 strings are "
      "random in the right frame (not ciphertext, hashes or codes of anything).\n")
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (alteration board admin, measurement database, key-machine service console, "
      "transponder programmer account, engraver admin, locker operator portal) and six generated secrets (`ftwh_` fitting webhook "
      "secret, 64-hex garment-ticket HMAC key, `csr1_` claim-stub token, HS512 loyalty-stamp JWT, Base32 locker TOTP seed, "
      "`ctk_live_` terminal key). The HMAC key and the TOTP seed have no telling prefix but sign tickets or derive pickup codes, so "
      "they are labelled. Key names in everyday files say password / secret / key / token / seed / jwt – that is how such files "
      "look; the telling-key-free cases are in the positional source.")
    a("- Vendor: most key-cutting, transponder, locker, engraving, repair and loyalty vendors publish no token format the builder "
      "knows, so their types are recognisable only from the key name – part of the test. %d vendor types carry owner-chosen "
      "passwords (including `mypos_checkout_private_key_password`, which protects a key file rather than logging in). The Cloudinary "
      "environment URL, the Discord and Teams webhook URLs are labelled whole (the URL is the credential). Same-shape traps: the "
      "Twilio `SK` key SID, the Vonage API key, Plivo `MA` auth id, Mailjet public key, LoyaltyLion token, Sendcloud public key, "
      "Trello API key, Algolia application id, Backblaze key id, `AKIA` SES user, WooCommerce `ck_` key, Square `sq0idp-` "
      "application id, Crisp and OneSignal UUIDs are identifiers next to the secret and are not labelled; the TTLock client id and "
      "secret are both 32 hex, the ezeep client id and secret both 40 alphanumerics. `deepseek_platform_api_key` (`sk-` + 32 hex) "
      "and `smile_io_private_api_key` (`sk_` + 32) share generic `sk` prefixes; `cohere_production_api_key`, `snyk_api_token`, "
      "`postmark_server_api_token`, `clover_merchant_api_token` and `squarespace_commerce_api_key` are bare 40-alphanumeric or UUIDv4 "
      "values that only the key name identifies. Stripe `pk_live_`, Square application ids, the browser Maps key and the Algolia "
      "search-only key sit in the negatives (the Maps key is arguable). Brands of the earlier READMEs reappear with other credential "
      "kinds (Stripe restricted key, Twilio API-key secret, OpenAI service-account key, Anthropic console key, GitHub fine-grained "
      "and installation tokens, GitLab runner and trigger tokens, Sentry org token, Cloudflare global and origin-CA keys, Slack "
      "app-level token and signing secret, Shopify shared secret, Square application secret); only type names were checked."
      % len(groups["password"]))
    a("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-w`, `-a`, `/p:`, `-p:`, `-c`, `-n`, `--src-creds`, "
      "`-auth=`; `user%pass`; positional arguments of `rabbitmqctl add_user`, `emqx_ctl admins add`, `net user`, `deluge-console "
      "connect`; URL userinfo for mongosh, amqplib, ioredis, asyncpg, CUPS, pip, `.git-credentials`, Celery, MySQL FEDERATED; "
      "`MPD_HOST=pw@host`; library call positions in Python, Node, Java, Kotlin, C#, Go, Rust, Ruby, PHP and Perl), unlocks a file "
      "or key (`zip -P`, `qpdf --encrypt` user password, `ssh-keygen -N`, `cryptsetup` from stdin, PyKeePass, SQLCipher `ATTACH … "
      "KEY`), is hashed or derived (`hashlib.scrypt`, `scryptSync`, `argon2.hash` – the literal is still the clear password), is a "
      "shared secret (SNMP community, hosted-network `key=`, `hostapd.wpa_psk`, `AT+CWJAP`, IRC channel key), sits in a file by "
      "position (`.pgpass`, pgbouncer, OpenVPN, Postfix, rsyncd, vsftpd, Dovecot, Jetty, ActiveMQ, eight invented files), travels "
      "in a protocol exchange (IMAP `LOGIN`, RESP, APN `AT+QICSGP`, LDAP bind decode, two invented frames, and Base64 spans for "
      "Docker `auth`, SMTP `AUTH PLAIN` and HTTP `Authorization: Basic`) or is typed by automation (Playwright, Cypress, Detox, "
      "uiautomator2, Nightwatch, CodeceptJS, Selenium Python and Selenium IDE, AutoHotkey, AutoIt, AppleScript, xdotool). `sshpass`, "
      "`{PLAIN}`, `sasl_passwd` (file name), `sp_addlogin`, `key=`, `KEY '…'`, the `secret` column of the key-machine CSV, the "
      "`pin_admin` column of the locker file and the `unlock` column note of the engraving queue keep a hint of the word; they are "
      "the weakest kept cases. `net user … /add`, `rabbitmqctl add_user`, `emqx_ctl admins add`, `sp_addlogin`, `ssh-keygen -N` and "
      "`qpdf --encrypt` set a new secret rather than log in; the literal is still the clear password. The Docker `docker login -p` "
      "line is followed by Docker's own warning that mentions `--password` (a hint in the output, not in the syntax). UI tests use "
      "neutral field ids (`#f2`, `id=f2`). Several ideas repeat the earlier corpora on new tools (URL userinfo, `-p` after `-u`, "
      "library call positions, UI typing, Base64 protocol lines); novelty was checked by name, not by signature.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for German, "
      "Italian, Portuguese, Norwegian Bokmål, Russian, Serbian, Bosnian, Catalan, Galician, Standard Malay, Esperanto, Japanese, "
      "Mandarin Chinese; modest for Basque, Irish, Scottish Gaelic, Luxembourgish, Western Frisian, Hebrew, Hindi, Marathi, Korean, "
      "Cantonese, Javanese, Cebuano, Hausa, Zulu, Xhosa, Northern Uzbek, Tajik, Halh Mongolian; low for Bengali, Gujarati, Kannada, "
      "Malayalam, Sinhala, Khmer, Burmese, Yoruba (tone marks), Kinyarwanda. Loan words (`PC`, पासवर्ड, পাসওয়ার্ড, `password` in "
      "Cebuano, `parol`) are kept as people use them. The Russian, Sinhala, Kannada, Bengali and Halh Mongolian sentences have no "
      "copula before the value; the Basque, Hindi, Marathi, Gujarati, Malayalam, Japanese, Korean and Tajik sentences put the copula "
      "after it; the Irish and Scottish Gaelic sentences put the value first.")
    a("- Evasions: the Polybius square and the repeating-key XOR are ciphers with their rule stated (the XOR key `TAILOR` is in the "
      "text, as a puzzle would have it); U+ code points, CSS escapes and percent-encoding of every byte are developer notations a "
      "person might paste; basE91, the DNA strand, MAC-address groups and fabric swatch colours are byte notations (a basE91 run "
      "contains quotes, brackets and `$`; it never starts or ends with whitespace); base 60, remainders mod 5 / 7 / 11 and "
      "triangular numbers are numeral or arithmetic forms; Mayan numerals are a Unicode symbol block and bold italic letters a "
      "look-alike block that folds back under NFKC; Portuguese number words are a spelled form; boustrophedon rows and swapped halves "
      "are positional tricks that keep every character in view (the whole plain never appears in its run, checked – but a swapped "
      "half of a password is still a long readable piece); key bitting codes, locker bay / door positions, thread shades, garment "
      "measurements and heel / sole SKUs are this world's disguises of code points. Close relatives exist in the earlier corpora "
      "(Caesar / keyword alphabets next to Polybius, nibble-swapped hex and little-endian words next to percent-encoding and MAC "
      "groups, Yijing hexagrams next to Mayan numerals, bold script / script next to bold italic, Spanish number words next to "
      "Portuguese, reversal / triplets next to boustrophedon and swapped halves, pitch numbers / Dewey numbers next to this world's "
      "disguises); novelty was checked by name against both READMEs and by notion against the encodings they name in prose.")
    a("- Negatives: key codes and bitting numbers are printed on code cards and in public code books (they let someone cut a key, "
      "so they are sensitive, but they are not credentials of a system – arguable); transponder UIDs, Damm / Verhoeff tickets and "
      "stubs, SSCCs, loyalty EAN-13s, TIDs, MIDs, AIDs and authorisation codes are identifiers; measurements are personal data, not "
      "credentials; IBANs and sort codes are for paying in; Stripe `pk_live_`, Square application ids, the browser Maps key "
      "(arguable), the Algolia search-only key and the Mollie profile id are public by design; `csr1_<30 base62>_<adler32>`, "
      "`ftwh_XXXX…`, `<your-terminal-key>`, empty values, `${…:?…}`, an all-zero key, `ctk_live_xxxx…` and `changeme` (arguably a "
      "weak real password; treated as a placeholder as in the earlier corpora) are placeholders; stars with a tail, `[FILTERED]`, "
      "`***`, bullets, `eyJ***` and `<redacted>` carry no value; `secretKeyRef`, `ref+vault://`, `vault:`, Key Vault and "
      "`ref+awsssm://` are pointers; SOPS and Ansible Vault bodies are ciphertext; PBKDF2 and Argon2 strings are one-way hashes (the "
      "column is `pw_digest` and the Django field is `password` – a trap); SSH host keys and fingerprints are public; webhook "
      "signatures are outputs of a key, not the key (replayable only with their body and timestamp); commit ids and image digests "
      "are hashes. Random fillers are generated, so an entropy-only detector will hit them – that is the point.\n")
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief195/` (p192 and p193), for format and coverage only. The detector was not opened, listed or "
      "searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except "
      "`/tmp/scratch195/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): three searches of the search "
      "tool's public code corpus, whose excerpts showed the Checkmarx 2ms Grafana service-account and Sentry user-token rules, a "
      "Postman YARA rule and several gitleaks ports; a public Markdown note in another repository that showed the decoded JSON inside "
      "a Sentry org token (read for the layout only); and a gitleaks-derived pattern list (`Wicker25/PromptGuard`, "
      "`src/core/secrets.ts`, \"auto-generated from gitleaks\"), brought in with the search tool's `fetch` into its own mirror "
      "directory and extracted with `git show` into `/tmp/scratch195/`, read for the rules behind every vendor type marked *re-read* "
      "above. Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; the remaining shapes come "
      "from the builder's memory and are marked above as believed or guessed.")
    return "\n".join(L) + "\n"
