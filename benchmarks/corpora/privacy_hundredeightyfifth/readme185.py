"""Render README.md from the generated data (no clock, deterministic)."""
import common185 as C
import everyday185, vendor185, positional185, prose185, evasions185, negatives185, enc185, checks185


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(data, deny, muts, deny_note):
    pos, eva, negs = data["secrets"], data["evasions"], data["negatives"]
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ptypes = {r["type"] for r in pos}
    pconts = {r["container"] for r in pos}
    ncls = sorted({r["class"] for r in negs}, key=lambda c: [x[0] for x in negatives185.CLASSES].index(c))
    L = []
    A = L.append
    A("# privacy_hundredeightyfifth (p185) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**sailing-club, yacht-charter and marina-berth developers**: yacht-charter booking engines and skipper rosters (Booking Manager / MMK, "
      "NauSYS, Sedna, Zizoo, Click&Boat, Samboat, Boatsetter, GetMyBoat, FareHarbor, Rezdy, Bookeo, Checkfront), sailing-school course enrolment "
      "(Moodle, Laravel mailers, SMTP), race-committee scoring and results sites (handicaps, PY / IRC / ORC, start-sequence horn controllers, "
      "Clubspot, Regatta Network, Manage2Sail, HalSail, YB Tracking, TracTrac, Kattack, Hugo / Netlify / Vercel results sites), berth allocation and "
      "shore-power metering (Dockwa, Molo, MarinaMaster, Harba, Havenstar, Modbus and LoRaWAN meters, ChirpStack), boat telemetry (NMEA 2000 "
      "gateways, Signal K, AIS receivers and feed sharing, Victron VRM, Siren Marine, Blues Notehub, RockBLOCK / Iridium, Garmin inReach, Winlink, "
      "MarineTraffic, VesselFinder, Spire, Datalastic, Stormglass, WorldTides, PredictWind, Meteomatics, Tomorrow.io, OpenWeatherMap), fuel-dock "
      "point of sale (Stripe, SumUp, Zettle, Clover, Lightspeed, GoCardless, Checkout.com, Wise, QuickBooks, Paddle), crew-list and passport "
      "submissions to port authorities (maritime single window, Onfido, Veriff, Sumsub, DocuSign), insurance and survey document vaults (Nextcloud, "
      "rclone, Box, Dropbox, Egnyte, Fernet at rest); plus the commerce, messaging, AI, developer and ops services such developers use (Twilio, "
      "Telnyx, MessageBird, ClickSend, Textmagic, Mailgun, Brevo, Resend, Mailchimp / Mandrill, Customer.io, Intercom, Zendesk, Freshdesk, Pushover, "
      "ntfy, Slack bot tokens and webhooks, Discord bots, Mattermost, Google Chat, Telegram, Expo, Pusher, Ably, OpenAI project keys, Gemini, Groq, "
      "Replicate, Together, Pinecone, Hugging Face, Voyage, Langfuse, GitHub classic PATs, GitLab PATs, Bitbucket, CircleCI, Buildkite, Vercel, "
      "Render, DigitalOcean, Hetzner, Scaleway, Linode, Cloudflare, Supabase, Neon, Upstash, Datadog, Sentry, Atlassian, Notion, Airtable, Shopify, "
      "AWS, Azure Storage, Cloudflare R2, MongoDB Atlas …); with hard negatives from the same world. Everything is produced by `build.py` and its "
      "modules (`common185.py`, `everyday185.py`, `vendor185.py`, `positional185.py`, `prose185.py`, `enc185.py`, `dec185.py`, `evasions185.py`, "
      "`negatives185.py`, `checks185.py`, `readme185.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
      "`random.Random` seeds (18501 everyday, 18502 vendor, 18503 positional passwords, 18504 prose, 18505 evasions, 18506 negatives), no clock, "
      "no network. `python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL files, runs every "
      "check and %d mutation tests, renders this README from both generations and compares it, and only then writes the files (on any failure it "
      "prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief185/`.\n" % len(muts))
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredeightyfifth/`) was created (with `mkdir -p`) and written; its parent was never listed, nothing else under "
      "`/work/main` was opened, listed, grepped or searched, and git was never run there. The only project material read were the two READMEs in "
      "`/tmp/brief185/` (`README_hundredeightysecond.md`, p182, car-wash / auto-detailing / tyre-shop developers; `README_hundredeightythird.md`, "
      "p183, science-centre / planetarium / observatory developers), used only to learn the file format and what is already covered. No other "
      "`/tmp` directory was looked at except the scratch directory `/tmp/scratch185/` (trial runs and an encoder / decoder round-trip script). "
      "The deny-list (`common185.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, lower-cased, also "
      "split at `__` and also with an earlier positional prefix (`<letters>pw_`) stripped (%d names); the earlier positional syntaxes without their "
      "prefix (%d); the language codes of every `` `code` (Name) `` pair, spares included (%d); and the language names and their words (%d). It is "
      "frozen in `brief_names.json`; when `/tmp/brief185/` exists the build re-extracts it and fails if it differs (this build: %s). Nothing is "
      "dropped silently: candidate lists were written after reading the READMEs and the build fails on any overlap. Encodings and syntaxes that the "
      "READMEs name only in prose (rail fence, HTML escapes, A1Z26, Vigenère, octal, monospace, circled, zero-width, NATO / German spelling, QWERTY "
      "shift, uuencode, …) were avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share vendors, "
      "syntaxes, languages or notations.\n" % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_note))
    # ---------------------------------------------------------------- files and counts
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), len(pos), len(ptypes), len(pconts), len(by["everyday"]), len(by["vendor"]), len(by["password"]), len(by["prose"]), len(by["prose"])))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(eva), len(eva), len({r['type'] for r in eva}),
                                                                      len({r['container'] for r in eva}), len({r['encoding'] for r in eva})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(negs), len({r['container'] for r in negs}), len(ncls)))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema (same as the earlier corpora): positives `id` (`p185-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list "
      "with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p185-e-NNNN`) add a "
      "record-level `encoding` (field order `id`, `type`, `container`, `encoding`, `text`, `secrets`, `source`); their single span also has `plain` "
      "(the clean secret) and `encoding`; `source` is `evasion`. Negatives (`p185-n-NNNN`): `id`, `class`, `container`, `text`, `source` "
      "(`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    A("**Scale.** Everyday 180 = 45 kinds × 4 (12 types, each in 15 records; spare kinds written and unused: %s). Vendor 120 (%d candidates "
      "written; the least central generic services form the unused tail: %s). Positional passwords %d (%d syntaxes written; unused: %s, a "
      "near-duplicate of the 7-Zip form). Prose 40 in 40 languages (spares unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base "
      "kinds × 5 presentations. Positives total %d (asked: about 450).\n" % (
          _bt(everyday185.SPARE_KINDS), len(vendor185.VENDORS), _bt(vendor185.SPARE), len(by["password"]), len(positional185.S),
          _bt(positional185.SPARE), ", ".join("`%s` (%s)" % s for s in prose185.SPARES), len(negs), len(ncls), len(pos)))
    # ---------------------------------------------------------------- conventions
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never the quotes "
      "and never the key. Values pasted where they do not belong (a race officer's Slack thread, a charter broker's e-mail, a harbour-office Signal "
      "chat, a Zendesk internal note, committee minutes, an OCR'd chandlery whiteboard, a handover Google Sheet, a Datadog log line, a fish-shell "
      "history, a Telegram paste, a GitHub issue comment, a partner-onboarding PDF, a Bitwarden export, a kubectl history) are labelled.")
    A("- Owner-chosen passwords are a word of the sailing / marina world (%s; %d in all; capitalised with probability 0.4) + one of `- _ . + ~ !` "
      "+ 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "`%s` for the six everyday password types and the %d owner-chosen vendor passwords, and the strict `- _ .` form for every non-Base64 "
      "positional value, every password hidden inside a Base64 positional value, every prose value and every evasion password plain." % (
          ", ".join(C.WORDS[:40]), len(C.WORDS), C.PW_RE.pattern, len(checks185.OWNER_VENDORS)))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; no evasion "
      "plain and no password hidden inside a Base64 positional value appears in any text. Values, public neighbours next to vendor secrets, hidden "
      "passwords, evasion plains and evasion runs are drawn through one registry that refuses any string in a substring relation with an earlier "
      "one (strings of 6+ characters); a negative is redrawn if it contains any registered string.")
    A("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 (checked); the "
      "crew-list port token is an HS384 JWT and the Supabase service-role token an HS256 JWT with real base64url JSON and a real HMAC under a "
      "discarded key (JSON checked for every JWT-shaped value); the Zettle assertion has real JSON with a random 256-byte signature; `n2kgw_` and "
      "`ghp_` tokens carry a real CRC-32 in their last six base62 characters (checked); the `aisfd_` / `srwh_` bodies are base64url of 24 / 32 "
      "bytes and the Fernet key the url-safe Base64 of 32 bytes (checked); the LoRaWAN AppKey is 32 upper-case hex (checked); the Intercom token is "
      "the Base64 of `tok:<uuid>:1:0` (checked); the Azure Storage key is the Base64 of 64 bytes (checked); the Mapbox `pk.` token in the "
      "negatives has real JSON. The three Base64 positional spans decode to NUL user NUL password (XMPP SASL PLAIN), `user:password` (npm `_auth`, "
      "`Proxy-Authorization: Basic`) and the bare password (SMTP `AUTH LOGIN` second line) (checked); the proprietary NMEA login sentence carries a "
      "real NMEA XOR checksum (checked). Negatives: IMO numbers carry real check digits, booking references real Luhn digits, AIVDM / NMEA "
      "sentences real XOR checksums (all checked); SHA-256 / SHA-1 / MD5 values are real digests of random bytes; `ssh-ed25519` keys have the real "
      "wire format (checked); the age armour body starts with the real `age-encryption.org/v1` header.")
    A("- Public neighbours are unlabelled: user names, hosts (`*.harbourops.internal`, `*.yachtclub.lan`, `*.marina.local`, `*.fueldock.lan`, "
      "`*.surveydocs.internal`, `*.boatnet.lan`, private addresses), key names, and ids written next to a secret (NauSYS / Regatta Network / "
      "Kattack / RockBLOCK / inReach / Meteomatics users, Winlink call sign, Zizoo partner id, Boatsetter / Manage2Sail / Blues / Box / Lightspeed / "
      "QuickBooks client ids, Veriff API key, DocuSign integration key, Bookeo / Checkfront API keys, Twilio `AC…` SID, ClickSend / Textmagic user "
      "names, Zendesk agent e-mail, Pushover user key, Pusher app key, Langfuse `pk-lf-` key, Bitbucket user, Scaleway `SCW…` access key, AWS "
      "`AKIA…` id, Azure storage account, R2 access key id, Atlas public key) and the user half of a user / password pair.")
    A("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the text lives: %s." % (
        positional185.PREFIX, positional185.PREFIX, ", ".join("`%s` (%s)" % (v, k) for k, v in positional185.SUFFIX.items())))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on its own "
      "line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run or the run would start or end "
      "with whitespace.\n")
    # ---------------------------------------------------------------- categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday185.TYPES) + ".\n")
    kinds_by = {}
    for r in by["everyday"]:
        kinds_by.setdefault(r["container"], []).append(r["type"])
    A("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (k[0], k[1]) for k in everyday185.KINDS) + ". Pairing: the 180 "
      "type slots (12 types × 15) are shuffled with the everyday seed and dealt four to a kind, with swaps until every kind holds four different "
      "types (checked), so varied and sometimes implausible combinations occur. Key names are the type's key words in the container's own case "
      "style: upper (UPPER_SNAKE), snake, camel, pascal, dotted (Spring / Java properties), lower (Moodle `$CFG->…`), spaced (chats, tickets, "
      "e-mail), title (minutes, OCR, sheet).\n")
    A("Vendor (120 types, container `<type>__<style>`): " + _bt([r["type"] for r in by["vendor"]]) + ". Styles (12, assigned cyclically): " +
      ", ".join("`%s` (%s)" % (s, vendor185.STYLE_CASE[s]) for s in vendor185.STYLES) + ". Where a vendor pairs a public id with the secret, the "
      "id is written next to it in the same style and left unlabelled.\n")
    A("Positional passwords (%d syntaxes, span type `%s<syntax>`): %s.\n" % (len(by["password"]), positional185.PREFIX, _bt([r["type"] for r in by["password"]])))
    A("Prose: someone tells a colleague the password of the marina office PC and asks them not to forward it; span type `%s`; container "
      "`<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them is among the languages or spares of either README (checked: "
      "code against codes and names, name and each name word against the language names). Scripts: Arabic (Arabic, Persian, Urdu), Armenian, "
      "Cyrillic, Ethiopic, Georgian, Greek, Latin, Tamil, Telugu, Thai. Thai does not separate words with spaces, so the value got spaces around "
      "it; every prose value is set off by whitespace on both sides (checked).\n" % (
          prose185.TYPE, _bt(prose185.FORMATS), ", ".join("`%s` (%s)" % (c, n) for c, n, _ in prose185.LANGS)))
    # ---------------------------------------------------------------- evasions
    A("## Evasion encodings\n")
    A("; ".join("`%s` = \"%s\"" % (k, v[2]) for k, v in enc185.ENCODINGS.items()) + ".\n")
    fams = {}
    for k, v in enc185.ENCODINGS.items():
        fams.setdefault(v[1], []).append(k)
    A("Encoders are in `enc185.ENCODINGS` (Base32 uses `base64.b32encode`; the rest hand-written; waypoint degrees / minutes, tide times and "
      "acrostic word choices come from the evasion RNG); the decoder `dec185.decode` gets only the encoding name and the run and is written "
      "separately, importing nothing from the encoders and no `base64`, `binascii` or `codecs`: a retyped Morse table, slicing for the outside-in "
      "order and the reversal, ROT47 arithmetic (its own inverse), 5-bit regrouping for Base32, base-58 Horner evaluation, `ord − 0x2800` for "
      "Braille, Unicode NFKC for full-width and double-struck forms, regular expressions and arithmetic for the waypoint, VHF, bearing, tide, "
      "berth and MMSI disguises, six-bit de-armouring with the fill count for the AIS payload, retyped Hebrew letter values, hieroglyph counting, "
      "balanced-ternary evaluation, the REGATTA autokey stream rebuilt from the recovered plain text, first letters for the acrostic and a regular "
      "expression for the PowerShell char array. Every pair was round-tripped on 300 random plains per notation (lengths 2–44) while writing; at "
      "build time every span is decoded back to its `plain`. Families: " + "; ".join("%s: %s" % (f, _bt(ks)) for f, ks in fams.items()) +
      ". Evasion types: " + "; ".join("`%s` (%s)" % (t[0], t[1]) for t in evasions185.TYPES) + "; wordings: " +
      _bt([w[0] for w in evasions185.WORDINGS]) + "; container `<encoding>__<wording>`.\n")
    # ---------------------------------------------------------------- negatives
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    for c in negatives185.CLASSES:
        A("| `%s` | %d | `%s`, `%s` | %s |" % (c[0], sum(1 for r in negs if r["class"] == c[0]), c[4], c[5], c[1]))
    A("\nEach base kind appears plain and wrapped " + ", ".join("`__%s`" % w for w, _ in negatives185.WRAPPERS if w) + ".\n")
    # ---------------------------------------------------------------- checks
    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per record; spans re-slice "
      "exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its text; no value reused; no "
      "value in another record's text or in any negative; no evasion plain or Base64-hidden password in any text or negative; no slot marker, NUL "
      "or `PRIVATE KEY`; prose values set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain positional values, the "
      "Base64-hidden passwords, prose values and evasion password plains; UUID-shaped substrings of all texts are version 4; JWT-shaped values have "
      "base64url JSON header and payload (crew-list token HS384); `n2kgw_` and `ghp_` CRC-32; `aisfd_` (24 bytes), `srwh_` (32 bytes) and Fernet "
      "(32 bytes) bodies; 32-hex AppKey; Intercom `tok:` structure; Azure Storage key length; NMEA checksum of the positional login sentence; IMO "
      "check digits, Luhn booking references, NMEA / AIVDM checksums and `ssh-ed25519` blob layouts in the negatives")
    A("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule, `:` and a newline come right before the run; "
      "the run is on one line and followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run never contains its plain; record "
      "and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive value, plain and "
      "hidden password")
    A("- deny-list: every container (positives, evasions, negatives, so also every presentation label inside it), span type, evasion encoding and "
      "negative class is compared case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes also against "
      "the earlier syntaxes without their prefixes; prose languages by code, name and name words; `brief_names.json` is compared with a fresh "
      "extraction when `/tmp/brief185/` exists")
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types with containers "
      "`<type>__<style>`; 95–120 distinct password syntaxes; 40 prose records in 40 distinct languages; 66 evasions; positives 440–470; span types "
      "of the sources pairwise disjoint; non-everyday containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, each must make the checks report an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(muts), sum(c for _, c in muts), len(muts), ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in muts)))
    # ---------------------------------------------------------------- shapes
    A("## Shapes you had to guess\n")
    conf = {"looked": [], "believed": [], "guessed": [], "owner": []}
    for v in vendor185.USED:
        conf[v[3]].append("`%s` (%s)" % (v[0], v[2]))
    A("Prefix / layout looked up this session with the `find_string` search tool over public GitHub files (read for shape only, nothing "
      "copied): " + "; ".join(conf["looked"]) + ".\n")
    A("Believed right from background knowledge (gitleaks-style shapes remembered, not re-read this session): " + "; ".join(conf["believed"]) + ".\n")
    A("Guessed (length and alphabet only; most charter, marina, regatta, tracking and maritime-data vendors publish no token format the builder "
      "knows, so these are recognisable from the key name only): " + "; ".join(conf["guessed"]) + ".\n")
    A("Owner-chosen passwords (the integration logs in with user / password): " + _bt([v[0] for v in vendor185.USED if v[3] == "owner"]) + ".\n")
    A("Also invented or guessed: the everyday prefixes `n2kgw_`, `aisfd_`, `srwh_` and the evasion prefix `sgk_` are invented (the `n2kgw_` "
      "checksum layout copies the GitHub idea); the HS384 crew-list token, the LoRaWAN AppKey for berth meters and the Fernet key for survey "
      "documents are modelling choices. Syntaxes from memory, not re-checked: `sqlcmd -P`, `bcp -P`, `lftp -u user,pass`, `ncftpput -p`, PsExec "
      "`-p`, `schtasks /RP`, `cmdkey /pass:`, `ipmitool -P`, `racadm -p`, `plink -pw`, `openssl enc -k`, `7z -p`, `keytool -storepass`, "
      "`docker login -p`, `ldappasswd -s`, `sqlplus user/pw@tns`, `rman target`, `db2 connect … using`, unixODBC `isql DSN user pw`, `vsql -w`, "
      "`mosquitto_pub -P`, `wpa_cli set_network psk`, `mount_smbfs //u:p@`, `net use X: \\\\h\\s pw /user:`, `security unlock-keychain -p`, "
      "`gocryptfs -extpass`, `sudo -S`, `kinit` from stdin, `zfs load-key` from stdin, `-passin stdin`, `hdiutil -stdinpass`, `--passphrase-fd 0`, "
      "`smbpasswd -s`, WinSCP `open sftp://u:p@`; the library positions (smtplib / imaplib / ftplib `login`, paramiko `connect` fourth, "
      "`requests` auth tuple, aiohttp `BasicAuth`, pikepdf `open`, `LogonUser`, python-ldap `simple_bind_s`, pexpect, SQLAlchemy `URL.create` "
      "third, bcrypt, `pbkdf2Sync`, ioredis `auth`, mongoose URI, `Buffer.from`, `DriverManager.getConnection`, `KeyStore.load`, Commons Net "
      "`login`, OkHttp `Credentials.basic`, `NetworkCredential`, `X509Certificate2`, Go `url.UserPassword` / `SetBasicAuth` / MySQL DSN, reqwest "
      "`basic_auth`, Ruby `Net::FTP#login` / `basic_auth`, `mysqli`, `ftp_login`, `imap_open`, Perl DBI, `ConvertTo-SecureString`, ADODB "
      "`Open`, Oracle thin JDBC, SQLCipher `PRAGMA key`, `AES_ENCRYPT`, `pgp_sym_encrypt`, `OPENROWSET`, `sp_addlinkedsrvlogin`); the file layouts "
      "(`chap-secrets`, `ipsec.secrets` PSK, Exim `passwd.client`, `ntp.keys`, `snmpd.conf rocommunity`, davfs2 `secrets`, yum `baseurl`, npm "
      "`_auth`, Frigate RTSP paths); the protocol exchanges (FTP `PASS`, SMTP `AUTH LOGIN`, `Proxy-Authorization`, XMPP SASL PLAIN, NickServ "
      "`IDENTIFY`, `AT+CGAUTH`, Quectel `AT+QICSGP`); the UI-automation calls (Robot Framework `Input Text`, WebdriverIO `addValue`, Puppeteer "
      "`type`, Selenium Java `sendKeys`, pywinauto `type_keys`, PyAutoGUI `write`, Espresso `typeText`, XCUITest `typeText`, WScript `SendKeys`, "
      "WinForms `SendWait`). The meter-gateway users TSV, regatta scorer CSV, pump console fixed-width file (columns 17–36), crew-list SFTP batch "
      "INI, charter-base key-safe file, AIS station file and the `$PHSCL` NMEA login sentence are invented formats of this world. Negatives: HIN, "
      "ORC certificate, receipt, port-call and clearance layouts are approximate; age / PGP bodies, bcrypt and sha512-crypt strings are random "
      "bytes / characters in the right frame, not ciphertext or hashes of anything.\n")
    # ---------------------------------------------------------------- judgement calls
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (charter back office, race-scoring database, shore-power gateway, fuel-dock POS manager, "
      "sailing-school SMTP, survey vault share) and six generated secrets (`n2kgw_` gateway token, `aisfd_` AIS feed key, `srwh_` roster webhook "
      "secret, HS384 crew-list JWT, LoRaWAN AppKey, Fernet key). The AppKey is bare hex and the Fernet key bare Base64, but each opens or decrypts "
      "something, so both are labelled. Key names in everyday files say password / key / secret / token / jwt — that is how such files look; the "
      "telling-key-free cases are in the positional source. In the Moodle config the key style is Moodle's own run-together lower case.")
    A("- Vendor: most charter, marina, regatta and maritime-data vendors (MMK Booking Manager, Sedna, Zizoo, Click&Boat, Samboat, Boatsetter, "
      "GetMyBoat, Dockwa, Molo, MarinaMaster, Harba, Havenstar, Clubspot, Manage2Sail, YB, TracTrac, HalSail, Siren Marine, PredictWind, "
      "VesselFinder, Spire, Datalastic, WorldTides, No Foreign Land, Blues, Sumsub, the single window, FareHarbor, Rezdy, Bookeo, Checkfront, Peek) "
      "publish no token format the builder knows, so their types model an integration secret recognisable only from the key name — part of the "
      "test. NauSYS, Regatta Network, Kattack, RockBLOCK, Garmin inReach IPC, Winlink and Meteomatics carry owner-chosen passwords. Slack, "
      "Mattermost and Google Chat webhook URLs are labelled whole (the URL is the credential); the Ably key is labelled whole (`app.key:secret`). "
      "`gemini_developer_api_key` (`AIza…` under a server-side name) is a positive while the same shape is a referrer-restricted browser key in "
      "the negatives — only the context separates them; likewise the WireGuard `PublicKey` negative has the shape of a private key. Egnyte calls "
      "its secret a \"public API key\" — labelled as the secret it is. The Fly.io span excludes the `FlyV1 ` scheme word. In the Bitwarden style "
      "the value sits in a hidden custom field. Several brands of the earlier READMEs reappear with other credential kinds (Stripe secret key, "
      "Twilio auth token, Slack bot token and webhook, OpenAI project key, GitHub classic PAT, GitLab PAT, Sentry user token, Cloudflare API "
      "token, AWS); only type names were checked.")
    A("- Passwords: labelled when the value logs in (flags `-P`, `-p`, `-w`, `-pw`, `/RP`, `/pass:`; `user,pass` for lftp, `user:pass` for curl; "
      "`user/pass@tns` for Oracle; URL userinfo for wget, hg, mount_smbfs, git remote, NATS, GOPROXY, proxies, WinSCP, yum, Frigate RTSP, "
      "mongoose, redis; positional arguments for `net use`, unixODBC `isql`, `db2 … using`; library call positions in Python, Node, Java, Kotlin, "
      "C#, Go, Rust, Ruby, PHP, Perl, PowerShell, VBScript, SQL), unlocks a file, key or volume (`7z`, `rar -hp`, `openssl enc -k`, `keytool`, "
      "`security unlock-keychain`, gocryptfs, ZFS, hdiutil, gpg, `-passin stdin`, pikepdf, `X509Certificate2`, `KeyStore.load`, SQLCipher), is "
      "hashed or derived from a literal (bcrypt in Python and Node, `pbkdf2Sync`), encrypts data in SQL (`AES_ENCRYPT`, `pgp_sym_encrypt`), is a "
      "shared secret (CHAP secret, IPsec PSK, NTP symmetric key, SNMP community, Wi-Fi PSK), sits in a file by position (Exim, davfs2, six invented "
      "formats), travels in a protocol exchange (FTP `PASS`, SMTP `AUTH LOGIN` as a Base64 span, Base64 `Proxy-Authorization`, XMPP SASL PLAIN, "
      "NickServ, modem AT commands, an NMEA sentence) or is typed by automation. FTP `PASS`, `cmdkey /pass:`, `keytool -storepass`, "
      "`--passphrase-fd`, `wpa_cli … psk` and the SNMP `rocommunity` keep a hint of the word; they are the weakest kept cases. The npm `_auth` "
      "line has a key, but the key does not say password and the value is Base64. UI tests use neutral field ids (`field-2`, `#f2`, `field2`, "
      "`Edit2`). Several ideas repeat the earlier corpora on new tools (URL userinfo, `-p` after `-u`, library call positions, UI typing, Base64 "
      "protocol lines); novelty was checked by name, not by signature.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for English, French, "
      "Spanish, Dutch, Swedish, Danish, Polish, Czech, Croatian, Bulgarian, Ukrainian, Greek, Turkish, Indonesian; modest for Finnish, Icelandic, "
      "Estonian, Latvian, Lithuanian, Slovak, Slovenian, Hungarian, Romanian, Macedonian, Azerbaijani, Kazakh, Arabic, Persian, Urdu, Vietnamese, "
      "Tagalog, Swahili, Maltese, Welsh; low for Georgian, Armenian, Tamil, Telugu, Thai, Amharic. Loan words (`password` in Tagalog and Maltese, "
      "`PC`, పాస్‌వర్డ్, پاس ورڈ) are kept as people use them; \"marina\" became harbour / port wording where that is more idiomatic. The "
      "Ukrainian sentence introduces the value after a colon.")
    A("- Evasions: ROT47 and the REGATTA autokey are ciphers with their rule stated; the outside-in order and the reversal are positional tricks "
      "(parts of a plain stay readable; the whole plain never appears in its run, checked); Morse and the sailing-glossary acrostic are spelled "
      "forms; Base32, Base58 and the AIS six-bit armour are byte notations (the AIS one is the real AIVDM armouring applied to arbitrary bytes); "
      "Braille cells are a Unicode symbol block that does not fold; full-width and double-struck forms fold back under NFKC; Hebrew, Egyptian and "
      "balanced-ternary numerals are numeral systems; waypoints, VHF channels, compass bearings, tide heights, berth codes and MMSI-style numbers "
      "are this world's disguises of code points (VHF channels 11–88 include numbers that are not real marine channels; realistic ranges "
      "otherwise); the PowerShell `-join [char[]]` expression is a developer notation. Close relatives exist in the earlier corpora (Roman / "
      "Greek / Chinese / dozenal numerals next to Hebrew and Egyptian, sans-serif bold next to double-struck and full-width, columnar "
      "transposition next to outside-in, Ascii85 next to Base32 / Base58, `fromCharCode` / `CHAR(n)` next to PowerShell, multi-tap next to Morse); "
      "novelty was checked by name.")
    A("- Negatives: IMO numbers, MMSIs, call signs, PGNs and NAME fields, HINs and engine serials, sail numbers and rating certificates, berth "
      "codes, meter serials and DevEUIs, TID / MID / RRN / auth codes, LOCODEs and port-call ids, booking references, request / trace ids and "
      "GRIB / tide-station ids are identifiers; AIVDM payloads are six-bit armoured position data (random here) — a trap for token detectors; "
      "SHA-256 / SHA-1 / MD5 values are digests; Stripe `pk_live_`, the referrer-restricted `AIza` browser key, the Mapbox `pk.` token, Sentry "
      "DSNs and GA ids are public by design (a browser Maps key is arguable: restricted, not secret); `n2kgw_XXXX…`, `aisfd_<your-station-key>`, "
      "empty values, `changeme`, `srwh_REPLACE_ME`, the all-zero AppKey and `<paste-jwt-here>` are placeholders (`changeme` is arguably a weak "
      "real password; it is treated as a placeholder as in the earlier corpora); `[REDACTED]`, `***`, bullets with a tail and prefix-plus-stars "
      "carry no value; Vault paths, ARNs, `${{ secrets.… }}`, `op://` and `doppler run` are pointers; age and PGP bodies are ciphertext; bcrypt "
      "and sha512-crypt strings are one-way hashes (sensitive, not usable credentials); `ssh-ed25519` and WireGuard public keys are public. Random "
      "fillers are generated, so an entropy-only detector will hit them — that is the point.\n")
    # ---------------------------------------------------------------- sources
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief185/` (p182 and p183), for format and coverage only. The detector was not opened, listed or searched; "
      "nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except `/tmp/scratch185/` was "
      "looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): four exact-string look-ups with the "
      "`find_string` tool over public GitHub source and documentation files, for `sup_sk_` (SumUp secret keys: about 33 alphanumerics after the "
      "prefix), `re_[a-zA-Z0-9]{8}_` (Resend: public detector regexes `re_` + 8 + `_` + 20 or more), `pcsk_` (Pinecone: `pcsk_` + 6 + `_` + about "
      "64 alphanumerics) and `KEY[0-9A-F]{32}_` (Telnyx: public detector regexes `KEY` + 32 upper-case hex + `_` + 16–22). gitleaks / Betterleaks, "
      "Kingfisher and CredSweeper rule files and vendor documentation were not opened this session; the remaining shapes come from the builder's "
      "memory and are marked above as believed or guessed.")
    return "\n".join(L) + "\n"
