"""Renders README.md from a generation (deterministic: no clock)."""
import everyday191
import vendor191
import positional191
import prose191
import enc191
import evasions191
import negatives191


def bt(x):
    return "`%s`" % x


def render(data, deny, deny_status, muts):
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    by = {}
    for r in sec:
        by.setdefault(r["source"], []).append(r)
    L = []
    A = L.append
    A("# privacy_hundredninetyfirst (p191) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**pet-grooming, boarding-kennel and dog-daycare developers**: grooming appointment books with breed and coat notes "
      "(MoeGo, DaySmart Pet, Gingr, PetExec, Time To Pet, Revelation Pets, Kennel Connection, Pawfinity), kennel and cattery "
      "occupancy boards, vaccination-record checks before check-in (vet portals, ezyVet, Vetspire, IDEXX VetConnect PLUS, "
      "Covetrus, Vetstoria, microchip registries such as PetLink and the AAHA lookup), dog-walker GPS routes and key-holding logs "
      "(Tractive, Traccar, KeyNest, Nuki, igloohome, Seam), daycare webcams for owners (Hikvision and Reolink NVRs, Axis, Verkada, "
      "Wyze, RTSP / HLS relays, owner viewer JWTs), pet-food subscription deliveries (ReCharge, Chargebee, Paddle, Shopify, "
      "Shippo, EasyPost, ShipStation, Onfleet, DoorDash Drive, Lob, GS1 product and pallet codes), deposits and no-show fees "
      "(Stripe, GoCardless, Razorpay, Authorize.net, Adyen, Clover, Klarna, Xero, QuickBooks), pet-insurance claim forms "
      "(Trupanion, Petplan, ManyPets, Healthy Paws, Embrace, age-encrypted claim exports); plus the commerce, messaging, AI, "
      "developer and ops services such developers use (Twilio, Telnyx, ClickSend, Brevo, Mailgun, Mailchimp, Klaviyo, Intercom, "
      "Zendesk, Freshdesk, HubSpot, Sendbird, Stream, Pushover, Slack, Telegram, Discord, Power Automate, Google Calendar, "
      "Typeform, Airtable, Notion, Zapier, OpenAI, Anthropic, Gemini, Groq, Replicate, Hugging Face, Roboflow, Pinecone, "
      "LangSmith, GitHub, GitLab, Bitbucket, Atlassian, Linear, Postman, Fly.io, Heroku, CircleCI, Sentry, Datadog, New Relic, "
      "Cloudflare, Backblaze B2, AWS, Azure Storage, DigitalOcean, Supabase, Neon, Upstash, Turso, MongoDB Atlas, Tailscale, "
      "Pulumi, Home Assistant, ntfy, Doppler, Harness, MaxMind, Dynatrace, 1Password, ClickHouse, Google Maps, Radar); with hard "
      "negatives from the same world (microchip numbers, rabies certificates and vaccine lots, kennel-club registrations, policy "
      "and claim references, Luhn mod 36 booking codes, GS1 GTIN / SSCC codes, UPU S10 tracking numbers, collar IMEIs, "
      "credential-free camera paths, publishable keys, documentation placeholders, masked values, secret-manager pointers, "
      "bcrypt / Argon2id hashes, age / PGP ciphertext, content digests, staff-handbook prose, age recipients and WireGuard "
      "public keys, Stripe object ids). Everything is produced by `build.py` and its modules (`common191.py`, `everyday191.py`, "
      "`vendor191.py`, `positional191.py`, `prose191.py`, `enc191.py`, `dec191.py`, `evasions191.py`, `negatives191.py`, "
      "`checks191.py`, `readme191.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
      "`random.Random` seeds (19101 everyday, 19111 everyday pairing, 19102 vendor, 19103 positional passwords, 19104 prose, "
      "19105 evasions, 19106 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one "
      "process, compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from "
      "both generations and compares it, and only then writes the files (on any failure it prints the errors, writes nothing "
      "and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief191/`.\n" % len(muts))
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredninetyfirst/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only "
      "project material read were the two READMEs in `/tmp/brief191/` (`README_hundredeightyeighth.md`, p188, bingo-hall / "
      "raffle / charitable-gaming developers; `README_hundredeightyninth.md`, p189, nightclub / karaoke-bar / live-music venue "
      "developers), used only to learn the file format and what is already covered. No other `/tmp` directory was looked at "
      "except the scratch directory `/tmp/scratch191/` (an extracted copy of the public gitleaks rule file and trial runs). "
      "The deny-list (`common191.extract_denylist`) holds every backticked name and every snake_case identifier of both "
      "READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix "
      "stripped (%d), the codes of every `` `code` (Name) `` pair including the spares (%d codes) and the names and name words "
      "of those pairs (%d entries; the pattern also catches a few non-language pairs such as `alg` (HS512, …), which only "
      "makes the list stricter). It is frozen in `brief_names.json`; when `/tmp/brief191/` exists the build re-extracts it "
      "and fails if it differs (this build: %s). Every candidate list was written after reading the READMEs; the build fails "
      "on any overlap. In the trial builds one positional candidate collided (`node_mongoose_connect_uri_userinfo`, a name "
      "already present in the READMEs) and was set aside. Novelty is checked against these two READMEs only; older corpora "
      "may share vendors, syntaxes, languages or notations.\n" % (
          len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_status))

    # ------------------------------------------------ files and counts
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(sec), sum(len(r["secrets"]) for r in sec), len({r["type"] for r in sec}), len({r["container"] for r in sec}),
        len(by["everyday"]), len(by["vendor"]), len(by["password"]), len(by["prose"]),
        len({r["container"].split("__")[1] for r in by["prose"]})))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(eva), len(eva), len({r["type"] for r in eva}), len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({n["container"] for n in neg}), len({n["class"] for n in neg})))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema (same as the earlier corpora): positives `id` (`p191-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p191-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p191-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
      "lines with `ensure_ascii=False`.\n")
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written and unused: %s). "
      "Vendor 120 (%d candidates written; the %d least central or most generic form the unused tail: %s). Positional passwords %d "
      "(%d syntaxes written; set aside as near-duplicates of kept syntaxes or of ideas in the earlier corpora, or deny-listed: %s). "
      "Prose 40 in 40 languages (spares unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 "
      "presentations. Positives total %d (asked: about 450). The value registry held %d strings this build.\n" % (
          ", ".join(bt(x) for x in everyday191.SPARE_CONTAINERS), len(vendor191.ALL), len(vendor191.SPARES),
          ", ".join(bt(x) for x in vendor191.SPARES), len(by["password"]), len(positional191.ALL_PLAIN) + len(positional191.B64),
          ", ".join(bt(x) for x in positional191.SPARE_SYNTAXES), ", ".join("`%s` (%s)" % c for c in prose191.SPARE_LANGS),
          len(neg), len(negatives191.CLASSES), len(sec), data["registry_size"]))

    # ------------------------------------------------ conventions
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a groomers' Slack thread, a kennel "
      "manager's Telegram export, a Zendesk internal note, a walker-onboarding Notion page, an OCR'd kennel whiteboard, an "
      "Airtable CSV export, a fish history, a PowerShell profile, a JSON debug log line, a Freshdesk private note, a Teams "
      "chat, a Bitwarden JSON export, `heroku config:set` and `kubectl create secret` histories) are labelled.")
    A("- Owner-chosen passwords are a word of the pet-care world (poodle, spaniel, kennel, cattery, daycare, leash, harness, "
      "clipper, deshed, blowdry, topknot, kibble, walkies, pawprint, whisker, dewclaw, doodle, schnauzer, slicker, handstrip, "
      "furminator, teddycut, lioncut, fleacomb, tearstain, kongtoy, …; %d in all; capitalised with probability 0.4) + one of "
      "`- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). "
      "The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the eight "
      "owner-chosen vendor passwords, and the strict `- _ .` form for every plain positional value, every password hidden "
      "inside a Base64 positional value, every prose value and every evasion front-desk plain." % len(__import__("common191").WORLD_WORDS))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text or negative. "
      "Values, hidden passwords, evasion plains and evasion runs are drawn through one registry that refuses any string in a "
      "substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered string.")
    A("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 "
      "(checked); the owner webcam viewer token is a real HS256 JWT (base64url JSON, HMAC-SHA256 under a discarded key, "
      "checked), the Supabase service-role key and the Home Assistant long-lived token are real HS256 JWTs, the Turso token an "
      "EdDSA-shaped JWT with 64 random signature bytes (JSON of every JWT-shaped string in every positive text checked); the "
      "`wgi_` GPS ingest key carries a real Adler-32 of its body, the `ghp_` token a real base62 CRC-32 tail, the age identity "
      "a real bech32 checksum (all checked); `dpwh_` bodies are base64url of 32 bytes, `base64:` claim keys Base64 of 32 "
      "bytes, TOTP seeds Base32 of 20 bytes, `pfc_` tokens 8 hex + base64url of 32 bytes, the Intercom token Base64 of "
      "`tok:<uuid>:1:0`, the Discord bot token's first part base64url of its numeric id, the DoorDash signing secret 32 bytes, "
      "the Azure storage key 64 bytes (all checked); %d vendor shapes are regex-checked. The four Base64 positional spans decode "
      "to `user:password` (HTTP `Authorization: Basic`), the bare password (SMTP `AUTH LOGIN`) or NUL user NUL password (XMPP "
      "SASL PLAIN, IMAP `AUTHENTICATE PLAIN`) and the hidden password is shape-checked; the fixed-width daycare viewer file "
      "puts the value in columns 31–50 (checked). Negatives: Luhn mod 36 booking codes, GS1 mod-10 GTIN / SSCC digits, UPU "
      "S10 mod-11 digits, IMEI Luhn digits and age-recipient bech32 checksums are real (checked), the Supabase key in the "
      "negatives has role `anon` and the Mapbox `pk.` token real JSON (checked), SHA-256 / MD5 values are real digests of "
      "random bytes." % len(__import__("checks191").VENDOR_RE))
    A("- Public neighbours are unlabelled: user names, hosts (`*.pawhaven.internal`, `*.pawhaven.lan`, `*.pawhaven.example`, "
      "private addresses), key names, and ids written next to a secret (%s) and the user half of a user / password pair." % "; ".join(
          "%s: %s" % (t, w) for t, w in vendor191.neighbour_notes()))
    A("- Positional passwords: span type `pawpw_<syntax>`, container `pawpw_<syntax>__<suffix>` where the suffix says where "
      "the text lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional191.SUFFIX.items()))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the "
      "run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own "
      "run, if the run equals the plain or if the run would start or end with whitespace.\n")

    # ------------------------------------------------ categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t[0]), t[2]) for t in everyday191.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(c[0]), c[1]) for c in everyday191.CONTAINERS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 19111) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits in "
      "exactly 15 records (checked); secrets therefore also land in implausible places (a TOTP seed in a motionEye config, a "
      "claim-form key in an nginx RTMP block). Key names are the type's key words in the container's own case style: upper "
      "(UPPER_SNAKE), snake, camel, pascal, kebab (Spring / Quarkus), dot (Mule properties), spaced (chats, tickets) and title "
      "(Notion page, OCR'd whiteboard, CSV header).\n")
    A("Vendor (120 types, container `<type>__<style>`): " + ", ".join(bt(t[0]) for t in vendor191.V) +
      ". Styles (12, assigned cyclically): " + ", ".join(bt(s) for s, _f in vendor191.STYLES) +
      " (the Power Automate record writes the whole trigger URL under a `…bookings flow url` key and labels only its `sig` "
      "value). Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left "
      "unlabelled.\n")
    A("Positional passwords (%d syntaxes, span type `pawpw_<syntax>`): " % len(by["password"]) +
      ", ".join(bt(positional191.PREFIX + s) for s in positional191.all_syntaxes()) + ".\n")
    A("Prose: someone tells a colleague the password of the grooming salon's front-desk PC and asks them not to forward it; "
      "span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them is among the "
      "languages or spares of either README (checked: code against the codes and all deny-listed names; name and each name "
      "word against the language names). Scripts: %s. Thai and Cantonese do not separate words with spaces, so the value got "
      "spaces around it; every value is set off by whitespace on both sides (checked); where a comma or full stop would follow "
      "the value the sentence uses a dash, a following word or a spaced full-width comma instead.\n" % (
          prose191.TYPE, ", ".join(bt(f) for f in prose191.FORMATS), ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose191.LANGS),
          ", ".join(sorted({s for _c, _n, s, _t in prose191.LANGS}))))

    # ------------------------------------------------ evasions
    A("## Evasion encodings\n")
    A("; ".join("%s = \"%s\"" % (bt(k), v[1]) for k, v in enc191.ENCODINGS.items()) + ".\n")
    A("Encoders are in `enc191.ENCODINGS` (the rng only adds noise the decoder ignores: chunk lengths of the string "
      "concatenation, the random middle digits of the microchip numbers, the parcel grams remainder, the waypoint latitudes "
      "and longitude tails, the kennel bay letters); the decoder `dec191.decode` gets only the encoding name and the run and is "
      "written separately, importing nothing from the encoder and no `base64`, `binascii` or `codecs`: a Morse table retyped "
      "from the rule, Braille cells rebuilt from their dot numbers, hand-written Base32 and Base64 (applied twice) decoders, "
      "regular expressions for quoted-printable and CSS escapes, `unicodedata.lookup` for the character names, the keyed "
      "alphabet rebuilt from the keyword, pair swapping undone, chunk joining, `unicodedata.digit` for Arabic-Indic digits, "
      "Aegean values read from the Unicode character names, bijective base-26 evaluation, factor multiplication, NFKC for the "
      "bold script letters, and arithmetic / `datetime` for the seven pet-world disguises. Every pair was round-tripped on 300 "
      "random plains per notation (all three plain types) while writing; at build time every span is decoded back to its "
      "`plain`. Families: " + "; ".join("%s: %s" % (v[2], bt(k)) for k, v in enc191.ENCODINGS.items()) +
      ". Evasion types: " + "; ".join("%s (%s)" % (bt(t[0]), t[1]) for t in evasions191.TYPES) + "; wordings: " +
      ", ".join(bt(w[0]) for w in evasions191.WORDINGS) + "; container `<encoding>__<wording>`.\n")

    # ------------------------------------------------ negatives
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    for cname, desc, kinds in negatives191.CLASSES:
        A("| %s | %d | %s | %s |" % (bt(cname), sum(1 for n in neg if n["class"] == cname), ", ".join(bt(k) for k, _f in kinds), desc))
    A("\nEach base kind appears plain and wrapped " + ", ".join(bt("__" + w) for w, _f in negatives191.WRAPPERS) + ".\n")

    # ------------------------------------------------ checks
    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or "
      "Base64-hidden password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain positional, "
      "Base64-hidden, prose and evasion passwords; Base64 positional spans decode to the right frame; UUID-shaped substrings "
      "of every text are version 4; every JWT-shaped string in a positive text has base64url JSON header and payload (webcam "
      "token HS256 with a 32-byte signature); `wgi_` Adler-32; `dpwh_`, `base64:`, TOTP and `pfc_` layouts; `ghp_` CRC-32; "
      "age bech32; Intercom, Supabase, Discord, DoorDash and Azure bodies; %d vendor regexes; fixed-width columns; Luhn mod 36, "
      "GS1, S10, IMEI Luhn, age-recipient checksums, anon-only JWTs and Mapbox JSON in their negative classes" % len(__import__("checks191").VENDOR_RE))
    A("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a "
      "newline and is followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run never contains its plain; "
      "record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and hidden password")
    A("- deny-list: every container (positives, evasions, negatives — so also every vendor style, password suffix, prose "
      "format, evasion wording and negative wrapper inside it), span type, positional syntax (without `pawpw_`, against the "
      "names and against the earlier syntax list), evasion encoding and negative class is compared case-insensitively, whole "
      "name and each `__` part, with the frozen deny-list; prose languages and spares by code, name and name words; "
      "`brief_names.json` is compared with a fresh extraction when `/tmp/brief191/` exists")
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types, four different types per kind and 15 records per type; 120 "
      "distinct vendor types with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose "
      "records in 40 distinct languages; 66 evasions; positives 440–470; span types of the four sources pairwise disjoint; "
      "non-everyday containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(muts), sum(c for _n, c in muts), len(muts), ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in muts)))

    # ------------------------------------------------ shapes
    def conf(c):
        return "; ".join("%s (%s)" % (bt(t[0]), t[1] + (" – next to it: " + ", ".join(w for _k, _g, w in t[4]) if t[4] else ""))
                         for t in vendor191.V if t[2] == c)
    A("## Shapes you had to guess\n")
    A("*Read this session* for shape in the public gitleaks default rule file (nothing copied; every value generated; where "
      "gitleaks gives only a prefix or an alphabet, the lengths and any checksum layout are mine): " + conf("R") + ".\n")
    A("Believed right from background knowledge (not re-read this session): " + conf("B") + ".\n")
    A("Guessed (length and alphabet only; most pet-care software, vet, insurer, registry, camera, lock and delivery vendors "
      "publish no token format the builder knows, so these are recognisable from the key name only): " + conf("G") + ".\n")
    A("Owner-chosen passwords (the integration logs in with an account and a password): " + ", ".join(bt(t[0]) for t in vendor191.V if t[2] == "O") + ".\n")
    A("Also invented or guessed: the everyday prefixes `wgi_` (with its Adler-32 tail), `dpwh_`, `pfc_` and the evasion "
      "prefixes `wcs_` / `wlk-` are invented; the `base64:` claim key follows the Laravel `APP_KEY` convention and the TOTP seed "
      "RFC 4648 Base32 (RFC 6238 secrets are commonly 20 bytes); the HS256 webcam JWT is a modelling choice. The kennel-board "
      "pipe file, walker keybox TSV, daycare viewer fixed-width file (columns 31–50), courier handheld semicolon file and "
      "clinic-logins CSV are invented formats of this world. Syntaxes from memory, not re-checked: `sqlcmd -U -P`, `isql DSN "
      "user pw`, `sqlplus user/pw@//host/svc`, `mongodump --uri`, `redis-cli -u`, `lftp -u user,pw`, `ncftpput -u -p`, "
      "`rclone obscure`, `htpasswd -b`, `chpasswd`, `vncpasswd -f`, `7z -p`, `unar -p`, `pdftotext -upw`, `mutool draw -p`, "
      "`ipmitool -U -P`, `wpa_passphrase`, `ldappasswd -s`, `kinit` from stdin, `psexec -u -p`, `schtasks /ru /rp`, `net use "
      "<drive> <share> <pw> /user:`, `mc alias set`, `curl -U` proxy pair, `mosquitto_pub -u -P`, `mysqlsh user:pw@host`, "
      "`nodetool -u -pw`, `certutil -p -importpfx`, `pk12util -W`, `signtool /f /p`, ffplay RTSP URLs, `adb shell input text`, "
      "expect `send`, `SSH_ASKPASS` helpers, MySQL `IDENTIFIED BY`, SQLCipher `PRAGMA key`; the file layouts (`chap-secrets`, "
      "`ipsec.secrets` PSK, exim `passwd.client`, tinyproxy `BasicAuth`, squid `cache_peer login=`, fstab CIFS `user=u%pw`, "
      "davfs2 `secrets`, Jetty `realm.properties`, ActiveMQ `users.properties`); the protocol exchanges (RTSP `DESCRIBE`, LDAP "
      "bind as Wireshark shows it, ESP-AT `CWJAP` / `MQTTUSERCFG`, NickServ `IDENTIFY`, Socket.IO frames, JSON-RPC, Odoo "
      "XML-RPC `authenticate`, HTTP Basic, SMTP `AUTH LOGIN`, XMPP SASL PLAIN, IMAP `AUTHENTICATE PLAIN`); the library positions "
      "(paramiko `connect` fourth, `FTP_TLS` third, poplib `pass_`, requests `auth=` tuple, keyring `set_password` third, "
      "`ZipFile.setpassword`, pikepdf `open` second, Excel `Workbooks.Open` fifth, `bcrypt.hashpw`, hvac userpass, python-ldap "
      "`simple_bind_s`, onvif-zeep `ONVIFCamera` fourth, nodemailer URL, `pbkdf2Sync`, express-basic-auth `users`, Node "
      "`https.request` `auth`, `PasswordAuthentication`, `KeyStore.load`, UnboundID `LDAPConnection` fourth, OkHttp "
      "`Credentials.basic`, `NetworkCredential`, `X509Certificate2`, `ConvertTo-SecureString`, VBA `Unprotect`, Go "
      "`url.UserPassword`, go-sql-driver DSN, `ssh.Password`, ssh2-rs `userauth_password`, Ruby `basic_auth`, `imap_open` "
      "third, Perl `DBI->connect` third, `CURLOPT_USERPWD`, `libssh2_userauth_password`, PubSubClient `connect` third, "
      "`WiFi.begin`, MATLAB `database`); the UI-automation calls (Robot Framework `Input Text`, WebdriverIO `setValue`, "
      "Puppeteer `type`, Espresso `typeText`, XCUITest `typeText`, Maestro `inputText`, Katalon `setText`, pywinauto "
      "`type_keys`, WSH `SendKeys`, PyAutoGUI `write`, TagUI `type … as`, Cucumber steps). Negatives: microchip, certificate, "
      "registration, policy and claim layouts are approximate; the bcrypt and Argon2id strings, age files and PGP messages are "
      "random bytes in the right frame, not hashes or ciphertexts of anything.\n")

    # ------------------------------------------------ judgement calls
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (grooming book admin, kennel board login, vet vaccination portal, walker "
      "key-holding app, daycare webcam NVR, pet-food subscription database) and six generated secrets (HS256 owner webcam "
      "JWT, `wgi_` GPS ingest key, `dpwh_` deposit / no-show webhook secret, `base64:` claim-form encryption key, Base32 "
      "kennel-door TOTP seed, `pfc_` courier token). The TOTP seed and the `base64:` key have no vendor prefix, but each "
      "unlocks something (staff door codes, stored claim forms), so both are labelled. Key names in everyday files say "
      "password / key / secret / token / jwt / seed — that is how such files look; the telling-key-free cases are in the "
      "positional source. The Airtable CSV puts the key in a column header and the value in the row under it; the nginx RTMP "
      "block uses `set $var value;`.")
    A("- Vendor: most pet-care, vet, insurer, registry, camera, smart-lock and delivery vendors publish no token format the "
      "builder knows, so their types are recognisable only from the key name — part of the test. Eight vendor types carry "
      "owner-chosen passwords (Kennel Connection SQL `sa`, IDEXX VetConnect PLUS, Healthy Paws claims portal, PetLink "
      "registry, Traccar admin, Hikvision NVR, Reolink camera, Axis camera `root`). Webhook URLs (Slack incoming webhook, "
      "Zapier catch hook) are labelled whole, because the URL is the credential; for the Power Automate trigger only the "
      "`sig` query value is labelled (the rest of the URL is a routable but harmless address). Same-shape traps: the "
      "ShipStation API key and secret are both 32 hex, the Twilio SID (`AC…`) sits next to a 32-hex auth "
      "token, the Sendbird application id is an upper-case UUID next to a 40-hex token, "
      "the Clover merchant token is itself a UUIDv4 (a secret that looks like an id), the ClickSend key is an upper-case "
      "UUIDv4, the MongoDB Atlas private key is a UUIDv4 next to an 8-character public key, the Gemini key and the Google Maps "
      "*server* key share the `AIza` frame (and a referrer-restricted Maps *browser* key of the same frame is a negative), "
      "Chargebee, GoCardless and Lob keys all start `live_`, the Klaviyo private key starts `pk_` (which elsewhere means "
      "publishable). The Razorpay key id, the QuickBooks client id, the Google client id, the Shopify API key, the Stream API "
      "key, the Pushover user key and the AWS `AKIA…` id are identifiers or public halves and stay unlabelled. Brands of the "
      "earlier READMEs reappear with new credential kinds (Stripe secret key, Twilio auth token, Slack bot token and incoming "
      "webhook, Telegram, GitHub classic and fine-grained PATs, GitLab PAT, Sentry user token, Anthropic API key, Supabase "
      "service role, AWS, Cloudflare API token, Doppler personal token); only type names were checked.")
    A("- Passwords: labelled when the value logs in (flags after a user flag, `user,pw` / `user:pw` / `user%pw` pairs, "
      "user/pw@service, URL userinfo, positionals of `isql`, `net use`, `mc alias set`, library call positions, UI typing), "
      "unlocks a file, key or store (`7z -p`, `unar -p`, `pdftotext -upw`, `mutool -p`, `certutil -p`, `pk12util -W`, "
      "`signtool /p`, `setpassword`, pikepdf, Excel, `KeyStore.load`, `X509Certificate2`, VBA `Unprotect`, SQLCipher), is "
      "hashed or derived from a literal (`bcrypt.hashpw`, `pbkdf2Sync`, `rclone obscure`), is a shared secret (Wi-Fi "
      "passphrases, IPsec PSK, CHAP secret, ESP-AT `CWJAP`) or travels in a protocol exchange. Weakest kept cases: the expect "
      "script's `assword:` prompt, `PRAGMA key`, `IDENTIFIED BY`, `keyring.set_password`, `PasswordAuthentication`, "
      "`CURLOPT_USERPWD`, `ssh.Password`, `userauth_password`, the chap-secrets comment header and the `app_secret` / "
      "`secret` column headers of the invented files keep a hint of the word. The MinIO secret key in `mc alias set` is drawn "
      "as a strict password like the others. The four Base64 spans are the whole Base64 token (the credential on the "
      "wire). UI tests use neutral field ids (`#f2`, `field2`, `Edit2`). Several ideas repeat the earlier corpora on new tools "
      "(URL userinfo, short flags after a user flag, library call positions, stdin echo, Base64 protocol lines, UI typing); "
      "novelty was checked by name, not by signature.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "French, Spanish, Catalan, Dutch, Swedish, Danish, Polish, Czech, Slovak, Croatian, Romanian, Bulgarian, Ukrainian, "
      "Greek, Turkish, Indonesian, Vietnamese, Cantonese; modest for Basque, Finnish, Estonian, Latvian, Lithuanian, Slovenian, "
      "Hungarian, Belarusian, Macedonian, Albanian, Azerbaijani, Persian, Urdu, Swahili, Welsh, Irish, Thai; low for Georgian, "
      "Armenian, Tamil, Amharic, Somali. Loan words (`PC`, `grooming`, грумінг) are kept as people use them. The Cantonese "
      "sentence is written colloquially (嘅, 係, 唔該) in traditional characters; Persian and Urdu are right-to-left with the "
      "Latin value embedded.")
    A("- Evasions: the keyword substitution and the pair swap keep the length and the `- _ .`, so a run can look like another "
      "password (intended); Morse and Braille are signal / tactile scripts with explicit capital marks; Base32, "
      "quoted-printable, double Base64 and CSS escapes are byte or developer notations (a detector that unescapes QP or CSS "
      "will see the plain); Unicode character names are a spelled form; Arabic-Indic digits, Aegean numerals (outside the "
      "BMP, need a Unicode 4.0 font), spreadsheet column letters and prime factorisations are numeral notations; bold script "
      "folds back to ASCII under NFKC; the string concatenation keeps every character in view but never the whole plain "
      "(checked); microchip numbers, grooming slot times, dog weights, parcel grams, GPS waypoints, kennel run labels and "
      "vaccination due dates are this world's disguises of code points. Close relatives exist in the earlier corpora "
      "(Atbash / ROT13 next to the keyword substitution, reversal / rotation / every-third-character next to the pair swap "
      "and the concatenation, Base62 / uuencode / percent escapes / `\\u` escapes next to Base32 / QP / CSS escapes, "
      "Devanagari digits / Mayan / counting rods next to Arabic-Indic / Aegean, Fraktur / circled letters next to bold script, "
      "NATO spelling / element symbols next to Morse / Unicode names, world-specific number disguises); novelty was checked by "
      "name and by notion against both READMEs.")
    A("- Negatives: microchip numbers, certificate and lot numbers, kennel-club registrations, policy and claim references, "
      "device UUIDs, camera serials and Stripe object ids are identifiers; booking codes (Luhn mod 36), GTIN / SSCC (GS1), "
      "tracking numbers (S10) and IMEIs (Luhn) are check-digit codes; Stripe `pk_live_`, Radar `prj_live_pk_`, Mapbox `pk.`, "
      "the Supabase anon key, PostHog `phc_` and the referrer-restricted Maps browser key are public by design (the Maps "
      "browser key is the most arguable: same frame as the labelled Gemini and Maps server keys); `wgi_<your-ingest-key>`, "
      "`dpwh_XXXX…`, `pfc_00000000.<paste-token-here>`, `changeme`, empty values, `base64:REPLACE_…`, `${…:?…}` and the "
      "widely published `JBSWY3DPEHPK3PXP` example seed are placeholders (`changeme` is arguably a weak real password; it is "
      "treated as a placeholder as in the earlier corpora); masked values keep the invented `wgi_` / `dpwh_` / `pfc_` prefixes "
      "with a 4-character tail (traps); `op://` references, `secretKeyRef`, `sm://` paths and Key Vault references are "
      "pointers; bcrypt and Argon2id strings are one-way hashes (sensitive, not usable credentials; the column is called "
      "`password`, a trap); age and PGP armour is ciphertext; age recipients and WireGuard `PublicKey` values are public keys "
      "(a WireGuard public key has exactly the shape of a private key — only the line name tells them apart); the handbook "
      "and minutes talk about passwords without one. Random fillers are generated, so an entropy-only detector will hit them "
      "— that is the point.\n")

    # ------------------------------------------------ sources
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief191/` (p188 and p189), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch191/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory and extracted with `git show` into `/tmp/scratch191/`), read for the rules behind every type marked "
      "*read this session* above (Airtable PAT, Linear, Postman, Typeform, Sentry user tokens, Hugging Face, "
      "GitHub fine-grained PATs, GitLab PATs, Atlassian, Fly.io, Heroku v2, DigitalOcean PATs, Pulumi, Mailchimp, Mailgun, "
      "Brevo, Notion, Shippo, EasyPost, Shopify, GoCardless, Stripe, OpenAI, Anthropic, GCP API keys, Datadog, Dynatrace, "
      "Cloudflare, Doppler, Harness, MaxMind, 1Password secret keys, ClickHouse, Lob, Slack bot tokens and webhooks, "
      "Sendbird, Zendesk, age secret keys) and for a few rules that were then not used or only for spares (Perplexity, MessageBird, Bitbucket, Intercom, "
      "HubSpot API keys, New Relic, Flutterwave, Duffel, Frame.io, ReadMe, SettleMint, Square, Squarespace, Infracost, "
      "Okta, PlanetScale, RubyGems, Sidekiq, Sourcegraph, Travis CI, Vault batch tokens, Yandex, NuGet, Contentful, "
      "LaunchDarkly, Etsy, Mattermost, Dropbox, Beamer, Meraki, Freemius, Defined Networking, RapidAPI, Twitch, Discord, "
      "LinkedIn, Fastly, Finicity, Sonar, Looker, Asana, Authress, Drone CI, Sumo Logic, Codecov, Adobe, Alibaba, Confluent, "
      "Kraken, Twitter, Plaid). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; "
      "the remaining shapes come from the builder's memory and are marked above as believed or guessed.\n")
    return "\n".join(L)
