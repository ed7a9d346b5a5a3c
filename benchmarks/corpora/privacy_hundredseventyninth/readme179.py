"""Render README.md from the generated data."""
import everyday179
from common179 import WORLD_WORDS
import enc179
import evasions179
import negatives179
import positional179
import prose179
import vendor179

STYLE_WORD = {"upper": "upper", "snake": "snake", "camel": "camel", "pascal": "pascal", "kebab": "kebab",
              "dot": "dot", "spaced": "spaced", "title": "title", "colon": "colon-Pascal", "lower": "lower"}


def _bt(xs):
    return ", ".join(f"`{x}`" for x in xs)


def render(b, deny, muts, deny_note):
    pos, eva, neg = b["secrets"], b["evasions"], b["negatives"]
    src = lambda s: [x for x in pos if x["source"] == s]
    n_types = len({x["type"] for x in pos})
    n_cont = len({x["container"] for x in pos})
    classes = sorted({n["class"] for n in neg}, key=[c[0] for c in negatives179.CLASSES].index)
    L = []
    A = L.append
    A("# privacy_hundredseventyninth (p179) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**florist, wedding and event-planning developers**: florist order relay networks and wire-service integrations "
      "(Mercury / Dove style relay terminals, BloomNation, Lovingly, FloraNext, Curate proposals, FloristWare POS, delivery "
      "manifests), wedding planning portals and guest-list RSVPs (The Knot, Zola, WithJoy, Honeyfund, MyRegistry, RSVPify, "
      "Aisle Planner), venue and vendor booking calendars (Tripleseat, Perfect Venue, Goodshuffle, Cvent, Calendly, Acuity, "
      "Nylas, Cronofy, ICS feeds), table-seating and floor-plan tools (AllSeated, Social Tables, SVG floor plans), event "
      "ticketing and check-in apps (Eventbrite, Tito, Ticket Tailor, Humanitix, Universe, door scanners, Ed25519 ticket "
      "signatures), flower cold-room and delivery-van tracking (LoRaWAN sensors, SensorPush, Monnit, Home Assistant, "
      "Samsara, Geotab, Onfleet, Shipday, Traccar, MicroPython trackers), photographer and DJ contract e-signing "
      "(HoneyBook, Dubsado, Táve, ShootProof, Pic-Time, SmugMug, DocuSign Connect, SignWell, BoldSign, Yousign), gift-registry "
      "sync (Shopify, WooCommerce, GTIN / ISBN items) and deposit and instalment payment plans (Stripe, Square, "
      "Afterpay, Klarna, Affirm, GoCardless, Chargebee, Paddle, Lemon Squeezy, Razorpay, Adyen, Checkout.com, SumUp, Clover, "
      "Toast); plus the commerce, messaging, AI, developer and ops services such developers use (Twilio, MessageBird, Plivo, "
      "Telnyx, ClickSend, Brevo, Mailgun, Mailchimp, Resend, FCM, Slack, Discord, Facebook / "
      "Instagram, Pinterest, OpenAI, Anthropic, Gemini, Mistral, Groq, Replicate, Perplexity, Pinecone, fal, "
      "GitHub, GitLab, Bitbucket, Atlassian, Vercel, Supabase, Neon, Airtable, Notion, Typeform, Radar, AWS "
      "SES, Azure Storage, Google OAuth, DigitalOcean, Datadog, UptimeRobot, Cloudflare, Bitwarden Secrets "
      "Manager, Docker Hub, HubSpot, Intercom, Zendesk, Mux, Vimeo …); with hard negatives from "
      "the same world. Everything is produced by `build.py` and its modules (`common179.py`, `everyday179.py`, "
      "`vendor179.py`, `positional179.py`, `prose179.py`, `enc179.py`, `dec179.py`, `evasions179.py`, `negatives179.py`, "
      "`checks179.py`, `readme179.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
      "`random.Random` seeds (17901 everyday, 17902 vendor, 17903 positional passwords, 17904 prose, 17905 evasions, 17906 "
      "negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares "
      f"the bytes of the three JSONL files, runs every check and {len(muts)} mutation tests, renders this README from both "
      "generations and compares it, and only then writes the files (on any failure it prints the errors, writes nothing and "
      "exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief179/`.\n")
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredseventyninth/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only "
      "project material read were the two READMEs in `/tmp/brief179/` (`README_hundredseventysixth.md`, p176, musical-"
      "instrument repair / rental / piano tuning; `README_hundredseventyseventh.md`, p177, dry-stone / masonry / heritage "
      "restoration), used only to learn the file format and what is already covered. No other `/tmp` directory was looked at "
      "except the scratch directory `/tmp/scratch179/` (trial builds). The deny-list (`common179.extract_denylist`) holds "
      "every backticked name and every snake_case identifier of both READMEs, lower-cased, also split at `__` and also with "
      f"an earlier positional prefix (`<letters>pw_`) stripped ({len(deny['names'])} names, of which {len(deny['syntaxes'])} "
      f"stripped earlier positional syntaxes are also kept apart), the code of every `` `code` (Name) `` language pair plus the "
      f"spare codes the READMEs list ({len(deny['language_codes'])} codes), and the names and name words of those pairs "
      f"({len(deny['language_names'])} entries). It is frozen in `brief_names.json`; when `/tmp/brief179/` exists the build "
      f"re-extracts it and fails if it differs (this build: {deny_note}). Nothing is dropped silently: every candidate list "
      "was written after reading the READMEs and the build fails on any overlap. Novelty is checked against these two "
      "READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n")
    # ------------------------------------------------------------ files
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A(f"| `secrets.jsonl` | {len(pos)} | {sum(len(x['secrets']) for x in pos)} | {n_types} | {n_cont} | everyday "
      f"{len(src('everyday'))}, vendor {len(src('vendor'))}, positional-password {len(src('password'))}, prose "
      f"{len(src('prose'))} in {len(src('prose'))} languages |")
    A(f"| `evasions.jsonl` | {len(eva)} | {len(eva)} | {len({x['type'] for x in eva})} | {len({x['container'] for x in eva})} | "
      f"{len({x['encoding'] for x in eva})} encodings × 3 |")
    A(f"| `negatives.jsonl` | {len(neg)} | – | – | {len({n['container'] for n in neg})} | {len(classes)} classes |")
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A(f"| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` {len(deny['names'])}, `syntaxes` "
      f"{len(deny['syntaxes'])}, `language_codes` {len(deny['language_codes'])}, `language_names` {len(deny['language_names'])}) |\n")
    A("Schema (same as the earlier corpora): positives `id` (`p179-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, "
      "`password`, `prose`). Evasions (`p179-e-NNNN`) add a record-level `encoding`; their single span also has `plain` (the "
      "clean secret) and `encoding`; `source` is `evasion`. Negatives (`p179-n-NNNN`): `id`, `class`, `container`, `text`, "
      "`source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with "
      "`ensure_ascii=False`.\n")
    vt = [v[0] for v in vendor179.VENDORS[vendor179.N_VENDOR:]]
    A(f"**Scale.** Everyday 180 = 45 kinds × 4 (12 types, each type in 15 records; five spare kinds written and unused: "
      f"{_bt(c[0] for c in everyday179.EXTRA_CONTAINERS)}). Vendor {len(src('vendor'))} ({len(vendor179.VENDORS)} candidates "
      f"written, the florist / wedding / event vendors first; the least central generic ones form the unused tail: {_bt(vt)}). "
      f"Positional passwords {len(src('password'))} ({len(positional179.SYNTAXES)} syntaxes written; the ones whose tool, "
      f"flag or token still hints at a credential and near-duplicates of kept flag / URL forms form the unused tail: "
      f"{_bt(positional179.TAIL)}). Prose 40 in 40 languages (spares unused: "
      f"{', '.join(f'`{c}` ({n})' for c, n in prose179.SPARES)}). Evasions 66 = 22 × 3. Negatives {len(neg)} = "
      f"{len(classes)} classes × 2 base kinds × 5 presentations. Positives total {len(pos)} (asked: about 450).\n")
    # ------------------------------------------------------------ conventions
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes (nor the escaped `\\\"` of a PlatformIO `-D` flag) and never the key. Values pasted where "
      "they do not belong (a Slack DM, a Trello card comment, a Signal message, an OCR'd van tablet screenshot, a fish / "
      "PSReadLine history, a journald dump, a Stack Overflow question, a Google Sheets CSV, a Discord DM, a Linear comment, "
      "a venue manager's e-mail, a Bitwarden JSON export) are labelled.")
    A("- Owner-chosen passwords are a word of the florist / wedding world (peony, ranunculus, hydrangea, gypsophila, "
      "eucalyptus, boutonniere, corsage, bouquet, garland, centrepiece, tulle, chiffon, organza, veil, tiara, confetti, "
      "marquee, gazebo, pergola, canape, prosecco, macaron, fondant, buttercream, lisianthus, freesia, dahlia, protea, "
      "bridesmaid, groomsman, ringbearer, flowergirl, aisle, altar, chapel, banquet, ballroom, firstdance, cakestand, "
      "placecard, seatingplan, guestbook, savethedate, honeymoon, trousseau, candelabra, fairylights, photobooth, posy, "
      "buttonhole, nosegay, coldroom, stemwrap, …; " + str(len(WORLD_WORDS)) + " in all; capitalised 42 % of the time) + one of `- _ . + ~` + 3–6 "
      "lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "this shape (`^[A-Za-z][a-z]+[-_.+~][a-z0-9]{3,6}[0-9]{2}$`) for the six everyday password types, the five owner-chosen "
      "vendor passwords, every plain positional value, the password inside every Base64 positional value, every prose value "
      "and every evasion relay-password plain.")
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text. Values, "
      "public neighbours, evasion plains and runs and positional passwords are all drawn through one registry that refuses "
      "any string in a substring relation with an earlier one; a negative is redrawn if it contains any of them.")
    A("- Structured values are valid: UUIDs are version 4 (checked wherever a UUID-shaped substring occurs in a value or a "
      "negative); the everyday check-in session token is an ES256-shaped JWT (real base64url JSON header with `kid`, real "
      "JSON payload, random 64-byte signature); Calendly, Supabase `service_role` and Whereby tokens are HS256 with a real "
      "HMAC under a discarded key; the MusicKit token is ES256-shaped and the Lemon Squeezy key RS256-shaped (real JSON, "
      "random signature); the JSON of every JWT is checked. `ghp_` tokens carry a real CRC-32 in their last six base62 "
      "characters (checked); the everyday instalment-plan key and the DocuSign Connect key are Base64 of 32 bytes (44 with "
      "`=`, checked); the `grs_rt.` body is base64url of 48 bytes (checked); the Intercom token is the Base64 of "
      "`tok:<UUIDv4>:1:0` (checked); the Discord bot token starts with the base64url of its numeric id; the Azure storage key "
      "is Base64 of 64 bytes. Positional Base64 spans decode to `user:password` (nginx `proxy_set_header Authorization`, "
      "HTTP `Proxy-Authorization: Basic`), NUL user NUL password (XMPP SASL PLAIN) or the bare password (SMTP `AUTH LOGIN` "
      "second line) and the hidden password is shape-checked. Negatives: ticket barcodes carry a real Luhn digit, EAN-13 / "
      "ISBN-13 codes a real GS1 check digit, VINs a real ISO 3779 / NA check digit (all checked); SHA-256 and MD5 values are "
      "real digests of random bytes; the Ed25519 PEM is a real SubjectPublicKeyInfo DER prefix + 32 bytes (checked).")
    A("- Public neighbours are unlabelled: user names, hosts (`*.florist.lan`, `*.weddingstudio.internal`, "
      "`*.eventops.lan`, `*.venuedesk.internal`, private addresses), key names, and ids written next to a secret (Mercury "
      "user, Dove shop id, Zola partner id, Social Tables / Cvent / ShootProof / Spotify / SoundCloud / Universe / Cronofy / "
      "Toast / Shopify / Google client ids, Tripleseat and Affirm public keys, SmugMug and Flickr API keys, Acuity user id, "
      "Afterpay merchant id, Klarna `K…` username, Razorpay `rzp_live_` key id, Clover merchant id, Twilio `AC…` SID, Plivo "
      "`MA…` auth id, Radar `prj_live_pk_` key, WooCommerce `ck_` key, Monnit key id, Mux token id, AWS `AKIA…` SMTP user, "
      "Docker Hub / Bitbucket user names) and the user half of a user / password pair.")
    A("- Positional passwords: span type `bloompw_<syntax>`, container `bloompw_<syntax>__<suffix>` where the suffix says "
      "where the text lives: " + ", ".join(f"`{v}` ({k})" for k, v in positional179.SUFFIX.items()) + ".")
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its "
      "own run or the run would start or end with whitespace.\n")
    # ------------------------------------------------------------ categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join(f"`{t}` ({d})" for t, _w, d, _g in everyday179.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join(f"`{c}` ({STYLE_WORD[s]})" for c, s, _f in everyday179.CONTAINERS)
      + ". Pairing: type = (5·kind + 3·j) mod 12 for the four records j = 0…3 of a kind, so every kind holds four different "
      "types and every type sits in exactly 15 records (checked); secrets land in plausible \"wrong file\" places (a "
      "check-in JWT in a Magento `env.php`, a cold-room controller password in an ASP.NET `web.config`). Key names are the "
      "type's key words in the container's own case style (UPPER_SNAKE for Django settings, `.dev.vars`, Fly / Heroku / "
      "Render / App Engine / Kustomize / GitHub Actions / Bitbucket / PM2 / Dynaconf / PlatformIO `-D` / MicroPython / Apps "
      "Script properties / fish / PSReadLine / journald; snake_case for Magento, Shopify TOML, Drupal, Ansible, Hiera, "
      "configparser and Home Assistant; camelCase for Strapi, Ghost, node-config, Ktor HOCON, Gradle properties, Expo, "
      "Node-RED, n8n and the Stack Overflow snippet; PascalCase for `web.config`, `Info.plist` and Power Query; `Section:Key` "
      "for .NET user secrets; kebab-case for Micronaut; dot.case for CodeIgniter `.env`; lower-case run-together for Joomla; "
      "spaced words for chats and comments; Title Words for the OCR'd tablet and the CSV note).\n")
    A(f"Vendor ({len(src('vendor'))} types, container `<type>__<style>`): " + _bt(x["type"] for x in src("vendor"))
      + ". Styles (12, assigned cyclically): " + _bt(s for s, _ in vendor179.STYLES)
      + ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left unlabelled.\n")
    A(f"Positional passwords ({len(src('password'))} syntaxes, span type `bloompw_<syntax>`): " + _bt(x["type"] for x in src("password")) + ".\n")
    langs = ", ".join(f"`{c}` ({n})" for c, n, _s, _t in prose179.LANGS)
    scripts = sorted({s for _c, _n, s, _t in prose179.LANGS})
    A(f"Prose: someone tells a colleague the studio's shared planning-laptop password and asks them not to forward it; span "
      f"type `{prose179.TYPE}`; container `<format>__<iso639-3>`; formats {_bt(prose179.FORMATS)} (cyclic). Languages (40): "
      f"{langs}. None of them is among the languages or spares of either README (checked: code against the codes and all "
      f"names, name and each name word against the language names). Scripts: {', '.join(scripts)}. Thai and Lao do not "
      "separate words with spaces, so the value got spaces around it; in Ukrainian and Belarusian the copula is dropped and "
      "the value is set off with dashes; every value is set off by whitespace on both sides (checked).\n")
    # ------------------------------------------------------------ evasions
    A("## Evasion encodings\n")
    A("; ".join(f"`{n}` = \"{v[1]}\"" for n, v in enc179.ENCODINGS.items()) + ".\n")
    fams = {}
    for n, v in enc179.ENCODINGS.items():
        fams.setdefault(v[0], []).append(n)
    A("Encoders are in `enc179.ENCODINGS` (reversed-then-base64url uses `base64.urlsafe_b64encode`, the date disguise "
      "`datetime.date`; the rest hand-written; the table / seat and ribbon-colour noise and the instalment cents come from "
      "the evasion RNG); the decoder `dec179.decode` gets only the encoding name and the run and is written separately, "
      "importing nothing from the encoders and no `base64`, `binascii` or `codecs`: a translation table for Atbash, the "
      "zigzag pattern rebuilt for the rail fence, modular inverses (21 mod 26, 7 mod 10) for the affine cipher, regular "
      "expressions for `\\u` escapes, table / seat pairs, dollar amounts and colour codes, a hand-written 6-bit reader for "
      "base64url, `int(…, 2 / 8 / 16)` for binary, octal and U+ notation, a retyped NATO table, `ord − 0x2800` for Braille, "
      "slicing for the reversed run, Unicode NFKC normalisation for circled and monospace forms, the QWERTY rows shifted "
      "back, a retyped keypad for multi-tap, a 5-bit reader over a retyped Crockford alphabet, a uudecoder, and a "
      "month-length table for the 2026 dates. Every pair was round-tripped on 300 random plains per notation (lengths 2–44) "
      "while writing; at build time every span is decoded back to its `plain`. Families: "
      + "; ".join(f"{k}: {_bt(v)}" for k, v in fams.items()) + ". Evasion types: "
      + "; ".join(f"`{t}` ({d})" for t, d, _g, _w in evasions179.TYPES) + "; wordings: "
      + _bt(w[0] for w in evasions179.WORDINGS) + "; container `<encoding>__<wording>`.\n")
    # ------------------------------------------------------------ negatives
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    for cname, kinds, desc in negatives179.CLASSES:
        A(f"| `{cname}` | {sum(1 for n in neg if n['class'] == cname)} | {_bt(k for k, _ in kinds)} | {desc} |")
    A("\nEach base kind appears plain and wrapped " + ", ".join(f"`__{w}`" for w, _ in negatives179.WRAPPERS if w) + ".\n")
    # ------------------------------------------------------------ checks
    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or "
      "Base64-hidden password in any text; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and vendor password types, plain positional, prose and evasion "
      "password values; positional Base64 spans decode to `user:password`, NUL user NUL password or a bare password of the "
      "right shape; UUID-shaped substrings (values and negatives) are version 4; every JWT-shaped value and every JWT type "
      "has base64url JSON header and payload; `ghp_` CRC-32; `tix_live_`, `ctrwh_`, `grs_rt.` (48 bytes), 32-hex van key, "
      "Base64 32-byte keys, Intercom `tok:` body; ticket Luhn digits, GS1 check digits, VIN check digits and the Ed25519 SPKI "
      "layout in the negatives")
    A("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule occurs right before `:` "
      "and a newline and the run; the run is followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run "
      "never contains its plain; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and hidden password")
    A("- deny-list: every container (positives, evasions, negatives), span type, encoding, negative class and every "
      "presentation label (vendor styles, password suffixes, prose formats, evasion wordings, negative wrappers) is compared "
      "case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes also against the "
      "earlier syntaxes without their prefixes; prose languages by code, name and name words; the frozen `brief_names.json` "
      "is compared with a fresh extraction when `/tmp/brief179/` exists")
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types, four different types per kind and 15 records per type; 120 "
      "distinct vendor types with containers `<type>__<style>`; 95–120 distinct password syntaxes; 40 prose records in 40 "
      "distinct languages; 66 evasions; positives 440–470; span types of the five sources pairwise disjoint; non-everyday "
      "containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A(f"- {len(muts)} mutation tests on deep copies, each must add an error the clean data does not have (this run: "
      f"{sum(c for _, c in muts)}/{len(muts)}): " + ", ".join(f"`{n}` ({'caught' if c else 'MISSED'})" for n, c in muts) + "\n")
    # ------------------------------------------------------------ shapes
    A("## Shapes you had to guess\n")
    kept = vendor179.VENDORS[:vendor179.N_VENDOR]
    grp = lambda conf: "; ".join(f"`{v[0]}` ({v[4]})" for v in kept if v[5] == conf)
    A("Prefix / layout looked up this session in public code and READMEs found with the `find_string` search tool (read "
      "for shape only, nothing copied): " + grp("read") + ".\n")
    A("Believed right from background knowledge (not re-read; gitleaks-style shapes remembered): " + grp("believed") + ".\n")
    A("Guessed (length and alphabet only, recognisable from the key name): " + grp("guessed") + ".\n")
    A("Owner-chosen passwords (the vendor logs in with user / password): " + _bt(v[0] for v in kept if v[5] == "owner") + ".\n")
    A("Also guessed or invented: the everyday prefixes `tix_live_` (ticketing key), `ctrwh_` (e-sign webhook secret) and "
      "`grs_rt.` (registry refresh token) and the evasion prefix `tix_` are invented; the van-tracker AES key length and the "
      "26-hex evasion key are modelling choices; Mercury / Dove relay terminals are modelled as plain user / password "
      "logins. Syntaxes from memory, not re-checked: `sqlcmd -P`, `sqlplus u/p@alias`, `db2 connect … using`, `lftp -u "
      "u,p`, `ncftpput -p`, `smbmap -p`, `impacket-psexec dom/u:p@host`, `evil-winrm -p`, `schtasks /RU /RP`, `net use "
      "<share> <password> /user:`, `ssh-keygen -N`, `7z -p`, `openssl enc -k`, `pdftotext -upw`, `mutool draw -p`, "
      "`cryptsetup open … -` (key file on stdin), `ipmitool -P`, `winscp.com /command \"open sftp://…\"`, `mc alias set` "
      "argument order, legacy `mongo -p`, `kinit` reading stdin, `jenkins-cli -auth u:p`, `redis-cli -u redis://:p@`, "
      "unixODBC `isql DSN user pass`, `mysqlsh u:p@host`, `vsql -w`, `curl --proxy-user`, `rasdial entry user pass`; "
      "`proxychains` line order, `chap-secrets` / `davfs2 secrets` / exim `passwd.client` / lighttpd plain-file / `ntp.keys` "
      "/ `snmpd.conf rocommunity` layouts; argument positions of `MySQLdb.connect`, `paramiko.connect`, `ftplib.FTP`, "
      "`redis.Redis`, `CommunityData`, `IMAPClient.login`, `fitz.authenticate`, `pbkdf2Sync`, `bcrypt.hashSync`, "
      "`KeyStore.load`, commons-net `login`, `MongoCredential.createCredential`, zip4j `ZipFile`, OkHttp `Credentials.basic`, "
      "`NetworkCredential`, iTextSharp `PdfReader`, `SetBasicAuth`, go-sql-driver DSN, jlaffaye `Login`, suppaftp `login`, "
      "`Net::FTP.new`, `basic_auth`, `mysqli_connect`, `ftp_login`, `imap_open`, `DBI->connect`, Perl `Net::FTP->login`, "
      "Erlang `ftp:user`, ADODB `Open`, MSXML `Open`, WMI `ConnectServer`, Apps Script `Jdbc.getConnection`, Dart "
      "`HttpClientBasicCredentials`, `sp_addlogin`, Excel `SaveAs` third argument; Odoo JSON-RPC `common.login` args and "
      "WordPress XML-RPC `wp.getPosts` parameter order; the UI-automation calls (Puppeteer, WebdriverIO, TestCafe, Robot "
      "Framework, Nightwatch, Appium, Espresso, XCUITest, Maestro, pywinauto, PyAutoGUI, SikuliX, Katalon, Gherkin, wtype, "
      "`SendKeys.SendWait`, Hammerspoon, espanso). The florist shop roster, the badge-printer TSV, the seating fixed-width "
      "file (columns 41–60), the cold-room controller backup XML, the van provisioning QR payload, the florist wire "
      "`HELO-SHOP` line and the check-in scanner STX frame are invented formats of this world. Negatives: wire-order, "
      "manifest, RSVP, hold, service-invoice, registry and receipt layouts are approximate; the age / PGP bodies are random "
      "bytes in the right frame (not real ciphertext); bcrypt and sha512-crypt strings are random characters in the right "
      "frame, not hashes of any password; the VIN world-manufacturer prefix `WF0` is used for every van.\n")
    # ------------------------------------------------------------ judgement
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (florist relay terminal, wedding portal admin, venue calendar database, RSVP "
      "mailer SMTP, seating planner login, cold-room controller) and six generated secrets (`tix_live_` ticketing key, "
      "`ctrwh_` e-sign webhook secret, `grs_rt.` registry refresh token, 32-hex van-tracker AES key, ES256-shaped check-in "
      "JWT, Base64 instalment-plan signing key). The AES key is only hex and the signing key only Base64, but each opens or "
      "forges something, so they are labelled. The pairing is cyclic, so secrets land in files where they do not belong; "
      "such leaks are still leaks. In the Power Query container the key name occurs twice (declaration and use), the value "
      "once.")
    A("- Vendor: most florist / wedding / event vendors publish no token format the builder knows, so their types model an "
      "integration secret recognisable only from the key name — part of the test. FTD Mercury, Teleflora Dove, FloristWare, "
      "MyGeotab and SensorPush carry owner-chosen passwords; the Bitbucket app password and the AWS SES SMTP password are "
      "generated despite the word \"password\". The Slack incoming-webhook URL is labelled whole (the URL is the "
      "credential). Several public ids next to secrets (Razorpay `rzp_live_` key id, Radar `prj_live_pk_`, WooCommerce "
      "`ck_`, Spotify / Shopify client ids) are left unlabelled, and their look-alikes (`rzp_live_`, `prj_live_pk_`, "
      "`pk_live_`, `sq0idp-`, Adyen `live_` client key, Braintree `production_` tokenization key) are also in the "
      "negatives; WooCommerce `ck_` keys are arguably private too. The Gemini key (`AIza…`) is a positive under a server key "
      "name; no `AIza` negative is included this time. Brands of "
      "the earlier READMEs reappear with new credential kinds (Stripe live secret key, Square access token, Twilio auth "
      "token, OpenAI project key, Anthropic admin key, GitHub classic PAT, GitLab PAT, Slack bot token and incoming webhook, "
      "Discord bot token, Cloudflare API token, DigitalOcean, Docker Hub); only type names were checked.")
    A("- Passwords: labelled when the value logs in (`-p` glued or after `-u`, `-P` after `-U`, `-w`, `/RP`, `-auth u:p`, "
      "`--proxy-user`, `u/p@alias`, `using`, `u,p`, `dom/u:p@host`, URL userinfo for git, WinSCP, ffmpeg RTSP, redis, "
      "`https_proxy`, pip, git `insteadOf`, apt sources and proxy, mutt; positional arguments for `net use`, `mc alias set`, "
      "unixODBC `isql`, `rasdial`; library call positions in Python, Node, browser JS, Java, Kotlin, C#, Go, Rust, Ruby, PHP, "
      "Perl, Erlang, VBA, VBScript, Apps Script, Dart and T-SQL), unlocks a file or key (`7z -p`, `openssl enc -k`, "
      "`ssh-keygen -N`, `pdftotext -upw`, `mutool -p`, cryptsetup on stdin, PyMuPDF, `KeyStore.load`, zip4j, iTextSharp, "
      "Excel `SaveAs`), is a shared secret (SNMP `rocommunity`, pysnmp `CommunityData`, NTP symmetric key, IRC channel key), "
      "sits in a file by position (chap-secrets, davfs2 secrets, exim `passwd.client`, lighttpd plain file, proxychains, five "
      "invented formats) or travels in a protocol exchange (SMTP `AUTH LOGIN` second Base64 line — whose `334 "
      "UGFzc3dvcmQ6` prompt is Base64 for \"Password:\", a hint only for a detector that decodes —, XMPP SASL PLAIN, HTTP "
      "`Proxy-Authorization`, Odoo JSON-RPC, WordPress XML-RPC, two invented frames) or is typed by automation (expect, "
      "pexpect, Puppeteer, WebdriverIO, TestCafe, Robot Framework, Nightwatch, Appium, Espresso, XCUITest, Maestro, "
      "pywinauto, PyAutoGUI, SikuliX, Katalon, Gherkin, wtype, SendKeys, Hammerspoon, espanso). `ConvertTo-SecureString "
      "-AsPlainText`, `bcrypt.hashSync` (a seed script hashing a literal admin password), `sp_addlogin`, `-upw` and the "
      "`ssh-keygen -N` passphrase still hint at a credential; they are the weakest kept cases. UI tests use neutral field ids "
      "(`#field-2`, `field2`, `Edit2`) and the expect / pexpect prompt is `login code:`. Several ideas repeat the earlier "
      "corpora on new tools (URL userinfo, library call positions, stdin echo, Base64 protocol lines, UI typing); the "
      "closest pairs are HTTP `Proxy-Authorization` here vs `Authorization: Basic` there, unixODBC `isql DSN user pass` vs "
      "Sybase `isql -P`, legacy `mongo -p` vs `mongosh` URIs and `mosquitto_sub -P` (left in the tail) vs `mosquitto_pub -L`; "
      "novelty was checked by name, not by signature.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "French, Spanish, Dutch, Danish, Swedish, Polish, Czech, Slovak, Croatian, Romanian, Bulgarian, Ukrainian, Turkish, "
      "Indonesian, Vietnamese, Afrikaans, Greek; modest for Finnish, Estonian, Latvian, Lithuanian, Slovenian, Hungarian, "
      "Macedonian, Belarusian, Azerbaijani, Persian, Urdu, Nepali, Swahili, Welsh, Maltese; low for Georgian, Armenian, "
      "Punjabi, Tamil, Thai, Lao, Amharic, Somali. Loan words (`laptop`, `password` in Maltese, `पासवर्ड`, `ਪਾਸਵਰਡ`, "
      "`پاس ورڈ`) are kept as people use them.")
    A("- Evasions: Atbash, the affine cipher, the three-rail fence, Baconian a/b groups and the QWERTY shift are ciphers "
      "with their rule stated; reversed order is a positional trick (and reversed-then-base64url a positional trick plus a "
      "byte notation); binary octets, octal and U+ notation are numeral / code-point notations; `\\u` escapes are a "
      "developer notation; NATO spelling and keypad multi-tap are spelled forms; Braille patterns, circled and monospace "
      "forms are Unicode look-alike blocks (circled and monospace fold back to ASCII under NFKC, Braille does not); Crockford "
      "Base32 and uuencode are byte notations (the uuencoded run can contain quotes and backslashes); table / seat "
      "assignments, 2026 wedding dates (weekday names are correct), deposit instalments ($445–$522) and ribbon colour codes "
      "are event-world disguises of code points. Atbash, the affine cipher, the QWERTY shift and the rail fence keep `- _ .` "
      "and the length, so the run looks like another password; that is intended. Close relatives exist in the earlier "
      "corpora (ROT47 / ROT13 next to Atbash and affine, columnar transposition next to the rail fence, fullwidth / Fraktur "
      "next to circled / monospace, Base58 / Base45 next to Crockford Base32 and uuencode, Roman / balanced ternary / base 36 "
      "next to octal and binary, HTML references next to `\\u` escapes, Morse next to NATO spelling); novelty was checked by "
      "name.")
    A("- Negatives: wire-order numbers, manifests, RSVP and card codes, ticket barcodes, attendee and hold ids, DevEUIs, "
      "MACs, VINs, plates, GTIN / ISBN codes, envelope ids, EXIF serials and ImageUniqueIDs are identifiers; SHA-256 and "
      "MD5 values are digests; Stripe `pk_live_`, Square application ids, PayPal client ids, Razorpay key ids, Adyen client "
      "keys, Braintree tokenization keys and Radar publishable keys are public by design (Braintree tokenization keys are "
      "arguable); the Stripe test card and `tok_visa` / `pm_card_visa` are documented test fixtures; `tix_live_XXXX…`, "
      "`<YOUR_API_KEY>`, `ctrwh_REPLACE_ME`, `<set-in-the-vault>`, an all-zero key and `${…:?…}` are placeholders; bullets "
      "with a four-character tail, `****`, `[MASKED]` are masked values; `secretKeyRef`, `sm://`, Secret Manager resource "
      "names, Key Vault references, `op://` and `fly secrets list` digests are pointers; age and PGP bodies are ciphertext; "
      "bcrypt / sha512-crypt strings are one-way hashes (sensitive, not usable credentials); Google Calendar `nextSyncToken`s "
      "and ETags are sync cursors; the Ed25519 PEM and JWK `x` are public keys; the newsletter and handbook talk about "
      "passwords without one. Random fillers are generated, so an entropy-only detector will hit them — that is the point.\n")
    # ------------------------------------------------------------ sources
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief179/` (p176 and p177), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch179/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): four exact-string "
      "look-ups with the `find_string` tool over public GitHub files, for the prefixes `pdl_live_apikey_` (Paddle Billing "
      "API keys: `pdl_live_apikey_` / `pdl_sdbx_apikey_`, one README stating 69 characters in all), `xkeysib-` (Brevo API "
      "keys: 64 hex, `-`, 16 alphanumerics), `dckr_pat_` (Docker Hub personal access tokens: 27 base64url characters after "
      "the prefix) and `pplx-` (Perplexity keys: prefix only). gitleaks / Betterleaks, Kingfisher and CredSweeper rule files "
      "and vendor documentation were not opened this session; the remaining shapes come from the builder's memory and are "
      "marked above as believed or guessed.")
    return "\n".join(L) + "\n"
