"""Renders README.md from the generated data and the module tables (deterministic)."""
import enc192
import everyday192
import evasions192
import negatives192
import positional192
import prose192
import vendor192
import common192 as C


def bt(x):
    return "`%s`" % x


def render(data, deny, status, muts):
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    n_types = len(set(r["type"] for r in pos))
    n_kinds = len(set(r["container"] for r in pos))
    classes = []
    for r in neg:
        if r["class"] not in classes:
            classes.append(r["class"])
    L = []
    A = L.append
    A("# privacy_hundredninetysecond (p192) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**campsite, RV-park and caravan-holiday-park developers**: pitch and hook-up booking grids (Campspot, Newbook, Firefly, "
      "RMS Cloud, Staylist, ResNexus, Pitchup, Hipcamp, Recreation.gov RIDB, RoverPass, Cloudbeds, Beds24, Guesty, Lodgify, "
      "SiteMinder, Booking.com connectivity, ACSI, eviivo), barrier and ANPR gate controllers (Paxton Net2, Nedap, Genetec AutoVU, "
      "HikCentral, Axis VAPIX, DoorBird, 2N, Salto KS, Brivo, ControlByWeb relays, Plate Recognizer, OpenALPR, RTSP cameras, "
      "serial gate frames), electric hook-up metering (Modbus meters, emoncms, Victron VRM, Solis, Tibber, Octopus, Glowmarkt, "
      "MQTT bollard nodes), shower-token and laundry-card machines (Nayax, Cantaloupe, PayRange, Circuit Laundry, SumUp, Zettle, "
      "Square, MIFARE card readers), static-caravan owner portals and ground-rent invoices (GoCardless, Stripe, Braintree, Xero, "
      "QuickBooks, Chargebee, Invoice Ninja, VINs, VAT numbers), seasonal warden rotas (Deputy, RotaCloud, When I Work), Wi-Fi "
      "voucher hotspots (UniFi, Meraki, Purple, Aruba Central, Cambium cnMaestro, Omada, IronWiFi, MikroTik, FreeRADIUS), "
      "campground reservation-platform integrations (webhooks, channel managers, confirmation numbers); plus the commerce, "
      "messaging, AI, developer and ops services such developers use (Twilio, MessageBird, ClickSend, Brevo, Mailgun, Mailchimp, "
      "Resend, Telegram, Slack, Pushover, Zendesk, Freshdesk, OpenAI, Anthropic, Groq, Mistral, Gemini, Replicate, Perplexity, "
      "Hugging Face, DeepL, GitHub, GitLab, Bitbucket, Atlassian, Docker Hub, Buildkite, CircleCI, Fly.io, Render, Heroku, "
      "DigitalOcean, Linode, Hetzner, Scaleway, AWS, Azure Storage, Datadog, Sentry, Cloudflare, Notion, Airtable, Okta, Auth0, "
      "Clerk, Supabase, Neon, MongoDB Atlas, PostHog, OpenWeatherMap, Met Office DataHub, Tomorrow.io, what3words, Google Maps, "
      "HERE, OS Data Hub); with hard negatives from the same world (ANPR plate reads, caravan VINs, ground-rent VAT numbers, "
      "MOD 11-2 confirmation numbers, Modbus frames, laundry card UIDs, RADIUS accounting, what3words addresses, public site "
      "keys, SDK placeholders, masked logs, secret-manager URIs, policy prose, age / SealedSecret ciphertext, bcrypt / scrypt "
      "hashes, SRI hashes, certificate thumbprints, public OAuth client ids, traceparent ids, OpenPGP fingerprints). Everything "
      "is produced by `build.py` and its modules (`common192.py`, `everyday192.py`, `vendor192.py`, `positional192.py`, "
      "`prose192.py`, `enc192.py`, `dec192.py`, `evasions192.py`, `negatives192.py`, `checks192.py`, `readme192.py`, frozen "
      "deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (%d everyday, %d everyday "
      "pairing, %d vendor, %d positional passwords, %d prose, %d evasions, %d negatives), no clock, no network. `python3 build.py "
      "[outdir]` generates everything twice in one process, compares the bytes of the three JSONL files, runs every check and "
      "%d mutation tests, renders this README from both generations and compares it, and only then writes the files (on any "
      "failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from "
      "`/tmp/brief192/`.\n" % (everyday192.SEED, everyday192.PAIR_SEED, vendor192.SEED, positional192.SEED, prose192.SEED,
                               evasions192.SEED, negatives192.SEED, len(muts)))
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredninetysecond/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only "
      "project material read were the two READMEs in `/tmp/brief192/` (`README_hundredeightyninth.md`, p189, nightclub / "
      "karaoke-bar / live-music venue developers; `README_hundredninetieth.md`, p190, garden-centre / plant-nursery / "
      "horticulture-retail developers), used only to learn the file format and what is already covered. No other `/tmp` "
      "directory was looked at except the scratch directory `/tmp/scratch192/` (the working copy of the generator, trial "
      "builds and a scratch copy of the deny-list). The deny-list (`common192.extract_denylist`) holds every backticked name and "
      "every snake_case identifier of both READMEs, lower-cased, also split at `__`, with earlier positional prefixes "
      "(`<letters>pw_`) stripped into a separate syntax list (%d names, %d earlier syntaxes), the codes of every `` `code` (Name) `` "
      "pair including the spares (%d codes; the pattern also catches two non-language pairs, harmless) and the names and name "
      "words of those pairs (%d entries). It is frozen in `brief_names.json`; when `/tmp/brief192/` exists the build re-extracts "
      "it and fails if it differs (this build: %s). Every candidate list was written after reading the READMEs and the build "
      "fails on any overlap. Encodings that the READMEs name only in prose (ROT47, QWERTY shift, Vigenère, Beaufort, Trithemius, "
      "rail fence, columnar transposition, reversal, odd-even split, Roman / Greek / Chinese / Thai / Egyptian / dozenal "
      "numerals, balanced ternary, negabinary, Base58 / Base45 / Base36 / Base32 / Ascii85, full-width, double-struck, "
      "monospace, sans-serif bold, Braille bytes, zero-width and soft-hyphen tricks, NATO / German / Italian / English spelling, "
      "multi-tap, decoys, `fromCharCode` / `CHAR(n)`) were avoided by hand as well. Novelty is checked against these two "
      "READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n" % (
          len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), status))

    # ------------------------------------------------------------- files
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), len(pos), n_types, n_kinds, len(by["everyday"]), len(by["vendor"]), len(by["password"]), len(by["prose"]),
        len(by["prose"])))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(eva), len(eva), len(set(r["type"] for r in eva)), len(set(r["container"] for r in eva)),
        len(set(r["encoding"] for r in eva))))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len(set(r["container"] for r in neg)), len(classes)))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema (same as the earlier corpora): positives `id` (`p192-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p192-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p192-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
      "lines with `ensure_ascii=False`.\n")
    aside = positional192.SET_ASIDE
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kinds written and "
      "unused: %s). Vendor 120 (%d candidates written: campsite-world vendors first, mainstream developer services after them, "
      "and the %d weakest or most generic moved to an unused tail: %s). Positional passwords %d (%d syntaxes written; set aside "
      "as near-duplicates of kept or earlier forms, or because the command, verb or prompt itself says \"password\": %s). "
      "Prose 40 in 40 languages (spares unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 "
      "presentations. Positives total %d (asked: about 450). Values, public neighbours, hidden passwords, evasion plains and runs "
      "drawn through the registry: %d.\n" % (
          ", ".join(bt(k) for k in everyday192.SPARE_KINDS), len(vendor192.V), len(vendor192.V) - vendor192.N_USED,
          ", ".join(bt(v[0]) for v in vendor192.V[vendor192.N_USED:]), len(by["password"]), len(positional192.S),
          ", ".join(bt(k) for k in aside), ", ".join("%s (%s)" % (bt(c), n) for c, n in prose192.SPARES), len(neg),
          len(classes), len(pos), data["registry"]))

    # ------------------------------------------------------------- conventions
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a park manager's Signal export, an "
      "OCR'd warden-hut whiteboard, a site-office handover e-mail, a Zendesk internal note, a season-opening checklist CSV, a "
      "fish and a PowerShell history, a Bitwarden JSON export, a Slack thread, a Linear comment, a partner onboarding e-mail, "
      "`fly secrets set` and `heroku config:set` histories, a `doppler secrets download` output) are labelled.")
    A("- Owner-chosen passwords are a word of the campsite world (%s, …; %d in all; capitalised with probability 0.4) + one of "
      "`- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). "
      "The build checks `%s` for the six everyday password types and the %d owner-chosen vendor passwords, and the strict "
      "`%s` for every plain positional value, every password hidden inside a Base64 positional value, every prose value and "
      "every evasion reception-PC plain." % (", ".join(C.WORLD_WORDS[:40]), len(C.WORLD_WORDS), C.PW_RE.pattern,
                                              len(vendor192.PW_VENDOR), C.PW_STRICT_RE.pattern))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text. Values, random "
      "public neighbours, hidden passwords, evasion plains and evasion runs are drawn through one registry that refuses repeats "
      "and any string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any "
      "registered string.")
    A("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 "
      "(checked); every JWT-shaped substring has base64url JSON header and payload and a signature length that fits its `alg` "
      "(checked): the owner-portal service token is a real HS384 JWT, the Supabase service-role key a real HS256 JWT (HMAC under "
      "discarded keys), the Zettle API-key assertion and the Met Office DataHub key RS256-shaped JWTs with random 256-byte "
      "signatures; the `ehm1_` meter-ingest token carries a real CRC-32 of its base62 body and `ghp_` tokens a real base62 "
      "CRC-32 tail (checked); the `cpwh_` webhook secret is base64url of 32 bytes, the ground-rent `base64:` app key and the "
      "Azure storage key Base64 of 32 / 64 bytes (checked). The four Base64 positional spans decode to `user:password` "
      "(`Proxy-Authorization: Basic`), the password alone (SMTP `AUTH LOGIN` second challenge) or NUL user NUL password "
      "(XMPP SASL PLAIN, IMAP `AUTHENTICATE PLAIN`) and the hidden password is shape-checked. Negatives: VIN check characters "
      "(ISO 3779, position 9), UK VAT mod-97 check digits, ISO 7064 MOD 11-2 confirmation characters and Modbus CRC-16s are real "
      "(checked); SRI values are real SHA-384 digests of random bytes (length checked); certificate fingerprints and thumbprints "
      "are real SHA-256 / SHA-1 digests of random bytes.")
    neigh = "; ".join("%s: %s" % (bt(v[0]), " ".join(v[3][0])) for v in vendor192.V[:vendor192.N_USED] if v[3])
    A("- Public neighbours are unlabelled: user names, hosts (`*.park.lan`, `*.site.internal`, `*.park.internal`, "
      "`*.reception.lan`, `*.example`, private addresses), key names, and ids written next to a vendor secret (%s) and the "
      "user half of a user / password pair." % neigh)
    A("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the text "
      "lives: %s." % (C.PWPREFIX, C.PWPREFIX, ", ".join("%s (%s)" % (bt(v), k) for k, v in positional192.SUFFIX.items())))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the "
      "run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own "
      "run, if the run equals the plain or if the run would start or end with whitespace.\n")

    # ------------------------------------------------------------- categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t[0]), t[2]) for t in everyday192.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(k), s) for k, s, _ in everyday192.KINDS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 types "
      "and deals four consecutive types to each kind, so every kind holds four different types and every type sits in exactly "
      "15 records (checked); secrets therefore also land in implausible places (an ANPR HMAC key in a GitHub Actions workflow, "
      "a ground-rent app key in a Zendesk note). Key names are the type's key words in the container's own case style: upper "
      "(UPPER_SNAKE), snake, camel, pascal, kebab, dot, spaced (chats, e-mail, tickets) and title (OCR, checklist CSV header).\n"
      % everyday192.PAIR_SEED)
    A("Vendor (120 types, container `<type>__<style>`): " + ", ".join(bt(v[0]) for v in vendor192.V[:vendor192.N_USED]) +
      ". Styles (12, assigned cyclically): " + ", ".join("%s (%s)" % (bt(s), k) for s, k in vendor192.STYLES) +
      ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left unlabelled.\n")
    kept = [s for s in positional192.S if s[0] not in aside]
    A("Positional passwords (%d syntaxes, span type `%s<syntax>`): " % (len(kept), C.PWPREFIX) +
      ", ".join(bt(C.PWPREFIX + s[0]) for s in kept) + ".\n")
    A("Prose: someone tells a colleague the password of the reception booking PC and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among the "
      "languages or spares of either README (checked: code against the codes and all deny-listed names; name and each name word "
      "against the language names). Scripts: %s. Thai and Lao do not separate words with spaces, so the value got spaces around "
      "it; every value is set off by whitespace on both sides (checked).\n" % (
          prose192.TYPE, ", ".join(bt(f) for f in prose192.FORMATS),
          ", ".join("%s (%s)" % (bt(c), n) for c, n, _, _ in prose192.LANGS),
          ", ".join(sorted(set(s for _, _, s, _ in prose192.LANGS)))))

    # ------------------------------------------------------------- evasions
    A("## Evasion encodings\n")
    A("; ".join("%s = \"%s\"" % (bt(n), e[1]) for n, e in enc192.ENCODINGS.items()) + ".\n")
    A("Encoders are in `enc192.ENCODINGS` (hand-written; the rng only adds noise the decoder ignores: pitch field letters, kWh "
      "decimals, rent pence); the decoder `dec192.decode` gets only the encoding name and the run and is written separately, "
      "importing nothing from the encoder and no `base64`, `binascii` or `codecs`: shift arithmetic on code points for the "
      "Caesar shift, the keyword alphabet retyped, `int(…, 7)` / `int(…, 5)`, a retyped Morse table, an additive Spanish "
      "number-word parser, NFKC for bold script and superscripts, tag-character offsets, a hand-written xxdecoder, the triplet "
      "order undone, Gray-to-binary by shifting XOR, bijective base-26 column labels, UTF-16LE pairs reassembled, "
      "`bytes.decode('cp037')` for EBCDIC (the encoder uses a hand-typed table), hexagram offsets regrouped into bytes, every "
      "second character, the modhex alphabet retyped, differences of the running total, and regular expressions with arithmetic "
      "for the four campsite disguises. Every pair was round-tripped on 300 random plains per notation (all three plain types) "
      "while writing; at build time every span is decoded back to its `plain`. Families: " +
      "; ".join("%s: %s" % (e[2], bt(n)) for n, e in enc192.ENCODINGS.items()) + ". Evasion types: " +
      "; ".join("%s (%s)" % (bt(t[0]), t[1]) for t in evasions192.ETYPES) + "; wordings: " +
      ", ".join(bt(w[0]) for w in evasions192.WORDINGS) + "; container `<encoding>__<wording>`.\n")

    # ------------------------------------------------------------- negatives
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    for cname, kinds, desc in negatives192.CLASSES:
        A("| %s | %d | %s | %s |" % (bt(cname), sum(1 for r in neg if r["class"] == cname),
                                     ", ".join(bt(k.__name__) for k in kinds), desc))
    A("\nEach base kind appears plain and wrapped " + ", ".join(bt(w[0]) for w in negatives192.WRAPPERS if w[0]) + ".\n")

    # ------------------------------------------------------------- checks
    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or "
      "Base64-hidden password in any text; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain "
      "positional, Base64-hidden, prose and evasion passwords; Base64 positional spans decode to a well-formed hidden password; "
      "UUID-shaped substrings of every text are version 4; every JWT-shaped substring (and the owner-portal token itself) has "
      "base64url JSON header and payload and a signature length that fits its `alg`, the owner-portal token is HS384; "
      "everyday shapes (RADIUS secret, 48-hex HMAC key, `cpwh_` 32 bytes, `ehm1_` CRC-32, `base64:` 32 bytes); `ghp_` CRC-32 "
      "tail; Azure storage key 64 bytes; %d vendor regexes; VIN, VAT, MOD 11-2, Modbus CRC and SRI lengths in their negative "
      "classes" % len(__import__("checks192").VENDOR_RE))
    A("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule, `:` and a newline come "
      "right before the run, which is on one line followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run "
      "never contains its plain and never equals it; record and span encoding agree; container `<encoding>__<wording>`; "
      "22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and hidden password")
    A("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose "
      "format, evasion wording, negative base kind and wrapper inside it), span type, evasion encoding and negative class is "
      "compared case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes (span type "
      "without `%s`) also against the earlier syntax list; prose languages and spares by code, name and name words; "
      "`brief_names.json` is compared with a fresh extraction when `/tmp/brief192/` exists" % C.PWPREFIX)
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types "
      "with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct "
      "languages; 66 evasions; positives 440–470; span types of the five sources pairwise disjoint; non-everyday containers "
      "unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(muts), sum(1 for _, c in muts if c), len(muts),
        ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in muts)))

    # ------------------------------------------------------------- shapes
    used = vendor192.V[:vendor192.N_USED]
    A("## Shapes you had to guess\n")
    A("Prefix / layout re-read this session in public rule files (search tool, code corpus; read for shape only, nothing "
      "copied): " + "; ".join("%s (%s; %s)" % (bt(v[0]), v[1], vendor192.READ_THIS_SESSION[v[0]]) for v in used if v[4] == "read") + ".\n")
    A("Believed right from background knowledge of public rule sets and vendor docs (not re-read this session): " +
      "; ".join("%s (%s)" % (bt(v[0]), v[1]) for v in used if v[4] == "believed") + ".\n")
    A("Guessed (length and alphabet only, recognisable from the key name; most campground, gate, metering, laundry, rota and "
      "hotspot vendors publish no token format the builder knows): " +
      "; ".join("%s (%s)" % (bt(v[0]), v[1]) for v in used if v[4] == "guessed") + ".\n")
    A("Owner-chosen passwords (the integration logs in with user / password): " +
      ", ".join(bt(v[0]) for v in used if v[4] == "pw") + ".\n")
    A("Also invented or guessed: the everyday prefixes `cpwh_` and `ehm1_` (with its CRC-32 layout) and the evasion prefixes "
      "`bgt_` and `mqk-` are invented; the 48-hex ANPR HMAC key, the 32-character RADIUS secret, the HS384 owner-portal token "
      "and the Laravel-style `base64:` app key are modelling choices. Syntaxes are from memory, not re-checked (flag letters "
      "of `sqlcmd`, `bcp`, `isql`, `db2 connect … using`, `etcdctl --user`, `ipmitool`, `racadm`, `7z -p`, `pdftk user_pw`, "
      "`lftp -u user,pass`, `ncftpput`, `gst-launch rtspsrc user-pw`, `snmpget -A`, `mosquitto_pub -P`, `nats --server`, "
      "`PsExec -p`, `net use … pass /user:`, `schtasks /rp`, `ConvertTo-SecureString -AsPlainText`, `ovftool vi://`, "
      "`bundle config`, `restic rest:`, `mutt -f imaps://`, `plink -pw`, `winscp.com open`, `mount_smbfs`, `open vnc://`, "
      "`http -a`, `ab -A`, `check_http -a`, `expect`, `https_proxy`, `wpa_cli set_network psk`; the library positions; the "
      "file layouts of davfs2 `secrets`, `chap-secrets`, `ipsec.secrets`, hostapd `eap_user`, stunnel PSK files, exim "
      "`passwd.client`, lighttpd plain user files, apt `Acquire::http::Proxy`, motion `netcam_url`, the `WIFI:` QR payload, "
      "Asterisk dial strings; the protocol forms of `Proxy-Authorization`, XMPP SASL PLAIN, SMTP `AUTH LOGIN`, IMAP "
      "`AUTHENTICATE PLAIN`, NickServ `IDENTIFY`, Redis inline `AUTH user pass`, ESP `AT+CWSAP`, SIM800 `AT+CSTT`, MySQL "
      "`IDENTIFIED BY`; the UI-automation calls). The barrier-controller users CSV, hook-up gateway accounts file, "
      "shower-token vendor fixed-width file (columns 31–52), laundry terminal operators file, Wi-Fi voucher printer config, "
      "warden rota import TSV, owner-portal migration file, kiosk `.dat`, the serial gate `LOGIN` frame and the bollard UDP "
      "`UNLOCK` line are invented formats of this world. Negatives: CRiS-style numbers, gas certificate numbers, card block "
      "dumps, what3words triples, age / SealedSecret bodies, bcrypt and Werkzeug scrypt strings are random in the right frame "
      "(not ciphertext, hashes or addresses of anything).\n")

    # ------------------------------------------------------------- judgement
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (booking grid admin, barrier controller web UI, hook-up metering gateway, "
      "owner-portal database, laundry / shower-token service console, warden rota admin) and six generated secrets (RADIUS "
      "shared secret, `cpwh_` reservation webhook secret, 48-hex ANPR event HMAC key, HS384 owner-portal JWT, `ehm1_` "
      "meter-ingest token, `base64:` ground-rent app key). The RADIUS secret and the HMAC key have no telling prefix but "
      "authenticate or sign, so they are labelled. In the Telegraf file the value sits in a commented-out line, as people leave "
      "them. Key names in everyday files say password / secret / key / token / jwt – that is how such files look; the "
      "telling-key-free cases are in the positional source.")
    A("- Vendor: most campground, gate, metering, laundry, rota and hotspot vendors publish no token format the builder knows, "
      "so their types are recognisable only from the key name – part of the test. Ten vendor types carry owner-chosen "
      "passwords. `lodgify_public_api_key` is a secret despite the word public in its name (it is Lodgify's name for the "
      "account key); `octopus_energy_api_key` and `clerk_secret_key` both start `sk_live_` like Stripe; `gemini_api_key` and "
      "`google_maps_server_api_key` share the `AIza` shape with the referrer-restricted browser key in the negatives (arguable, "
      "as in the earlier corpora) – only context separates them. The Slack incoming-webhook URL is labelled whole (the URL is "
      "the capability), as is the Fly.io token with its `FlyV1 ` scheme word (a space inside the span). Same-shape traps: the "
      "Twilio auth token and the Meraki / Deputy / OpenWeatherMap / emoncms keys are bare hex; the Paxton client id and secret "
      "are both UUIDv4; the omada client id and secret both 32 hex; the `AC` account SID, `AKIA` key id, `SCW` access key, "
      "Braintree public key, MongoDB Atlas public key, HikCentral AppKey and Solis key id are identifiers, not labelled. "
      "PostHog `phx_` is positive while the `phc_` project key sits in the negatives; Stripe `sk_live_` positive, `pk_live_` "
      "negative. Brands of the earlier READMEs reappear with other credential kinds (OpenAI project key, Anthropic admin key, "
      "GitHub classic PAT and refresh token, GitLab PAT, Sentry user token, Cloudflare API token, AWS secret key, Twilio auth "
      "token, Mailgun, Slack bot token and webhook); only type names were checked.")
    A("- Passwords: labelled when the value logs in (flags `-P`, `-p`, `-a`, `-A`, `-pw`, `/rp`; `user:pass` after `--user`, "
      "`-a`, `-A`, `CURLOPT_USERPWD`; `user,pass` for lftp; positional arguments for `isql`, `net use`, `db2 … using`, NickServ "
      "`IDENTIFY`, Redis inline `AUTH`; URL userinfo for redis-cli, ffmpeg and motion RTSP, nats, "
      "ovftool, restic, mutt, WinSCP, `mount_smbfs`, `open vnc://`, `https_proxy`, apt proxy, a DDNS update URL, a SIP dial "
      "string, MQTT.js, Go DSNs; library call positions in Python, Node, Java, Kotlin, C#, Go, Rust, Ruby, PHP, Perl, C, "
      "Arduino, MicroPython and OpenResty Lua), unlocks a file or key (`7z -p`, `pdftk user_pw`, `zipfile.extractall`, "
      "`KeyStore.load`), is derived or hashed (`pbkdf2_hmac`, `pbkdf2Sync`, `bcrypt.hash`, `ConvertTo-SecureString` – the "
      "literal is still the clear password), is a shared secret (SNMPv3 auth passphrase, IPsec PSK, stunnel PSK, Wi-Fi PSK via "
      "`wpa_cli`, `WiFi.softAP`, `wlan.connect`, `AT+CWSAP`, the `WIFI:` QR payload, APN credentials via `AT+CSTT`), sits in a "
      "file by position (davfs2, chap-secrets, hostapd `eap_user`, exim, lighttpd, nine invented files), travels in a protocol "
      "exchange (Proxy Basic, XMPP SASL, SMTP `AUTH LOGIN`, IMAP `AUTHENTICATE` as Base64 spans; NickServ, Redis, AT commands, "
      "MySQL `IDENTIFIED BY`, two invented frames) or is typed by automation (expect, Puppeteer, WebdriverIO, TestCafe, Robot "
      "Framework, Espresso, XCUITest, pywinauto, Katalon, Maestro, SendKeys in PowerShell and VBScript). `user_pw`, `-pw`, "
      "`user-pw`, `username_pw_set`, `SECURITY_CREDENTIALS`, `CURLOPT_USERPWD`, `psk`, `PSK`, the `assword:` prompt before the "
      "expect `send` and XCUITest's `secureTextFields` keep a hint of the word; they are the weakest kept cases. "
      "`pbkdf2_hmac`, `pbkdf2Sync`, `bcrypt.hash` and `IDENTIFIED BY` create or transform a "
      "password rather than log in; the literal is still the clear password. UI tests use neutral field ids (`#f-2`, "
      "`field_2`, `field2`). Several ideas repeat the earlier corpora on new tools (URL userinfo, `-p` after `-u`, library "
      "call positions, UI typing, Base64 protocol lines); novelty was checked by name, not by signature.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "English, French, Spanish, Dutch, Danish, Swedish, Polish, Czech, Slovak, Croatian, Romanian, Bulgarian, Ukrainian, "
      "Greek, Turkish, Indonesian, Afrikaans, Vietnamese; modest for Finnish, Estonian, Latvian, Lithuanian, Slovenian, "
      "Hungarian, Belarusian, Macedonian, North Azerbaijani, Persian, Urdu, Nepali, Swahili, Welsh, Thai; low for Georgian, "
      "Armenian, Punjabi, Tamil, Lao, Amharic, Somali. Loan words (`PC`, पासवर्ड, ਪਾਸਵਰਡ, پاس ورڈ) are kept as people use them. "
      "The Ukrainian, Belarusian and Hungarian sentences have no copula before the value; the Persian, Urdu, Punjabi, Nepali "
      "and Amharic sentences put the copula after it.")
    A("- Evasions: the Caesar shift and the keyword alphabet are classic ciphers with their rule stated (both keep the "
      "character set, so the run of a password looks like another password – intended; the keyword alphabet leaves w x y z "
      "fixed); base 7, base 5, Gray code and the running total are numeral / bit tricks; Morse and Spanish number words are "
      "spelled forms; bold script folds back to ASCII under NFKC, while tag characters are invisible and hexagrams are "
      "symbols; xxencode, UTF-16LE hex, EBCDIC hex and YubiKey modhex are byte notations (a modhex run looks like a Yubico OTP – "
      "intended); the triplet order and doubled characters are positional tricks that keep every character in view (the whole "
      "plain never appears in its run, checked); spreadsheet column labels are a developer disguise; site-map pitch numbers, "
      "EHU kWh readings, Wi-Fi voucher durations and ground-rent amounts are campsite disguises of code points. Close relatives "
      "exist in the earlier corpora (Atbash / affine next to Caesar / keyword, octal / factoradic / balanced ternary next to "
      "base 7 / base 5, Bacon / binary next to Gray code, uuencode / Base36 next to xxencode / modhex, Fraktur / double-struck "
      "next to bold script, zero-width next to tag characters, rotation / swapped pairs / reversal next to triplets / doubling, "
      "French number words next to Spanish); novelty was checked by name against both READMEs and by notion against the "
      "encodings they name in prose.")
    A("- Negatives: number plates, VINs, CRiS-style numbers, VAT numbers (business identifiers), sort codes and account numbers "
      "printed on invoices (for paying in, not credentials), confirmation numbers, meter serials, Modbus frames, card UIDs, "
      "RADIUS session ids, voucher user names, MACs, what3words addresses and grid references are identifiers; Stripe "
      "`pk_live_`, reCAPTCHA / hCaptcha site keys, PostHog `phc_`, Mapbox `pk.`, the Sentry DSN (arguable) and a browser Maps "
      "key (arguable) are public by design; `<your-partner-key>`, `ehm1_<32-char-body>_<crc32>`, `sk_live_...`, empty values, "
      "`your-radius-secret-here`, `${…:?…}`, an all-zero 48-hex key and `cpwh_XXXX…` are placeholders; `********`, hex head and "
      "tail around an ellipsis, bullets with a 4-character tail, `***`, `eyJ***` and stars after `sk_live_` carry no usable "
      "value; `op://` references, `{{resolve:secretsmanager:…}}`, Secret Manager paths and Key Vault references are pointers; "
      "age files and SealedSecrets are ciphertext; bcrypt and scrypt strings are one-way hashes (sensitive, not usable "
      "credentials; the column is `pw_hash`); SRI values, certificate fingerprints and OpenPGP fingerprints are digests or "
      "public key ids; OIDC client ids (public clients) and Google OAuth client ids without their secret are public; "
      "`traceparent` values are trace ids. Random fillers are generated, so an entropy-only detector will hit them – that is "
      "the point.\n")

    # ------------------------------------------------------------- sources
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief192/` (p189 and p190), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch192/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): four searches of the "
      "search tool's public code corpus, whose excerpts showed the gitleaks Heroku, Atlassian and Sentry rule sources "
      "(`gitleaks/gitleaks`, `cmd/generate/config/rules/*.go`), the Checkmarx 2ms rules for Heroku v2 (`HRKU-AA` + 58) and "
      "Sentry user tokens (`sntryu_` + 64 hex), a Nosey Parker-style Atlassian rule (`ATATT3xFfGF0` … `=` + 8 hex), "
      "gitleaks-derived pattern lists (Airtable `pat…`), GitLab's gitleaks rule file (`glpat-`) and a gitleaks port for Square "
      "(`EAAA`), plus Kingfisher's Heroku UUID rule and a Square `sq0atp-` rule that were read and not used. Betterleaks, "
      "CredSweeper and vendor documentation were not opened this session; the remaining shapes come from the builder's memory "
      "and are marked above as believed or guessed.\n")
    return "\n".join(L)
