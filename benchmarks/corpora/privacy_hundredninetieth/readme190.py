"""Render README.md from the generated data and the module metadata."""
import enc190
import everyday190
import evasions190
import negatives190
import positional190
import prose190
import vendor190

BT = "`"


def bt(s):
    return BT + s + BT


def render(d, m, deny, deny_status, results):
    S, EV, NG = d["secrets"], d["evasions"], d["negatives"]
    by = {}
    for r in S:
        by.setdefault(r["source"], []).append(r)
    types = {r["type"] for r in S}
    conts = {r["container"] for r in S}
    ncls = []
    for r in NG:
        if r["class"] not in ncls:
            ncls.append(r["class"])
    used_v, unused_v = vendor190.ordered()
    L = []
    A = L.append
    A("# privacy_hundredninetieth (p190) – held-out credential corpus")
    A("")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**garden-centre, plant-nursery and horticulture-retail developers**: plant-nursery stock and pot-size inventory "
      "(P9 to 20 L pots, SKUs, bay locations, potting plans), greenhouse climate controllers and irrigation schedules "
      "(Priva, Hoogendoorn, Argus, Hunter Hydrawise, Rachio, Rain Bird IQ4, OpenSprinkler, Davis WeatherLink, Ambient "
      "Weather, Netatmo, Tuya, The Things Stack, Particle, Adafruit IO, Ubidots, Home Assistant, ESPHome, Mosquitto), "
      "garden-centre point of sale and loyalty schemes (till supervisor logins, loyalty cards, Klaviyo, Omnisend, "
      "Dotdigital, LoyaltyLion, Yotpo, Trustpilot), plant passport and phytosanitary certificate records (Defra IPAFFS, "
      "TRACES NT, APHA plant-health portal, PlantNet, Trefle, Perenual, Roboflow), click-and-collect and delivery-van "
      "slots (Sendcloud, Onfleet, Mapbox, Zoho Inventory, Odoo, Business Central, NetSuite, Telegram bots), seed and bulb "
      "mail-order shops (Shopify, WooCommerce, BigCommerce, Ecwid, PrestaShop, Wix, Squarespace, Stripe, PayPal, "
      "Mollie, Adyen, Klarna, Opayo, Worldpay), supplier availability lists from growers (Floriday, SFTP / FTP drops, "
      "signed feeds), café and event bookings (Eventbrite, Ticket Tailor, Bookwhen, ResDiary, SimplyBook.me, Acuity, "
      "Calendly, garden gift vouchers); plus the commerce, messaging, AI, developer and ops services such developers "
      "use (Twilio, Vonage, Sinch, Esendex, WhatsApp Cloud API, SendGrid, SparkPost, Mailjet, Amazon SES, Postmark, "
      "Teams and Discord webhooks, Slack, OneSignal, Firebase, Anthropic, OpenAI, OpenRouter, Cohere, DeepSeek, "
      "ElevenLabs, LangSmith, Azure OpenAI, GitHub, GitLab, npm, PyPI, Terraform Cloud, Doppler, Pulumi, Netlify, "
      "Cloudflare, Backblaze B2, AWS, Sentry, Grafana, New Relic, Snyk, SonarCloud, Postman, Linear, monday.com, "
      "Typeform, Zapier, PlanetScale, Turso, Algolia, Elastic, Cloudinary, Contentful, WordPress, Vault, 1Password); "
      "with hard negatives from the same world. Everything is produced by " + bt("build.py") + " and its modules (" +
      ", ".join(bt(x) for x in ["common190.py", "everyday190.py", "vendor190.py", "positional190.py", "prose190.py",
                                "enc190.py", "dec190.py", "evasions190.py", "negatives190.py", "checks190.py",
                                "readme190.py"]) +
      ", frozen deny-list " + bt("brief_names.json") + "): Python 3 standard library only, fixed " +
      bt("random.Random") + " seeds (19001 everyday, 19011 everyday pairing, 19002 vendor, 19003 positional passwords, "
      "19004 prose, 19005 evasions, 19006 negatives), no clock, no network. " + bt("python3 build.py [outdir]") +
      " generates everything twice in one process, compares the bytes of the three JSONL files, runs every check and "
      "%d mutation tests, renders this README from both generations and compares it, and only then writes the files "
      "(on any failure it prints the errors, writes nothing and exits 1). " % len(results) +
      bt("python3 build.py --freeze") + " re-extracts the deny-list from " + bt("/tmp/brief190/") + ".")
    A("")
    A("**Independence.** The builder never saw the detector. Under " + bt("/work/main") + " only this output directory ("
      + bt("benchmarks/corpora/privacy_hundredninetieth/") + ") was created (with " + bt("mkdir -p") + ") and written; "
      "its parent was never listed, nothing else under " + bt("/work/main") + " was opened, listed, grepped or searched, "
      "and git was never run there. The only project material read were the two READMEs in " + bt("/tmp/brief190/") +
      " (" + bt("README_hundredeightyfifth.md") + ", p185, sailing-club / yacht-charter / marina-berth developers; " +
      bt("README_hundredeightyseventh.md") + ", p187, charity-shop / thrift-store / donation-logistics developers), used "
      "only to learn the file format and what is already covered. No other " + bt("/tmp") + " directory was looked at "
      "except the scratch directory " + bt("/tmp/scratch190/") + " (trial builds, an encoder / decoder round-trip "
      "script, and a copy of the public gitleaks rule file). The deny-list (" + bt("common190.extract_denylist") +
      ") holds every backticked name and every snake_case identifier of both READMEs, lower-cased, also split at " +
      bt("__") + " and also with an earlier positional prefix (" + bt("<letters>pw_") + ") stripped (%d names); the "
      "earlier positional syntaxes without their prefix (%d); the codes of every " % (len(deny["names"]), len(deny["syntaxes"])) +
      "`` `code` (Name) `` pair, spares included (%d); and the language names and their words (%d). " % (
          len(deny["language_codes"]), len(deny["language_names"])) +
      "It is frozen in " + bt("brief_names.json") + "; when " + bt("/tmp/brief190/") + " exists the build re-extracts "
      "it and fails if it differs (this build: " + deny_status + "). Candidate lists were written after reading the "
      "READMEs and the build fails on any overlap. Encodings the READMEs name only in prose (rail fence, HTML escapes, "
      "A1Z26, Vigenère, Beaufort, Trithemius, octal, monospace, circled, sans-serif bold, zero-width, NATO / German / "
      "Italian / English spelling, QWERTY shift, uuencode, Ascii85, base32hex, Roman / Greek / Chinese / dozenal "
      "numerals, columnar transposition, multi-tap, decoys, " + bt("fromCharCode") + " / " + bt("CHAR(n)") +
      ") were avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share "
      "vendors, syntaxes, languages or notations.")
    A("")
    A("## Files and counts")
    A("")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(S), len(S), len(types), len(conts), len(by["everyday"]), len(by["vendor"]), len(by["password"]),
        len(by["prose"]), len({r["container"].split("__")[-1] for r in by["prose"]})))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(EV), len(EV), len({r["type"] for r in EV}),
                                                                      len({r["container"] for r in EV}), len({r["encoding"] for r in EV})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(NG), len({r["container"] for r in NG}), len(ncls)))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("")
    A("Schema (same as the earlier corpora): positives `id` (`p190-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, "
      "`vendor`, `password`, `prose`). Evasions (`p190-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, "
      "`text`, `secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. "
      "Negatives (`p190-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.")
    A("")
    A("**Scale.** Everyday 180 = 45 kinds × 4 (12 types, each in 15 records; spare kinds written and unused: " +
      ", ".join(bt(x) for x in everyday190.SPARE_CONTAINERS) + "). Vendor %d (%d candidates written; the least central "
      "ones were moved to an unused tail: " % (len(used_v), len(used_v) + len(unused_v)) +
      ", ".join(bt(v[0]) for v in unused_v) + "). Positional passwords %d (every written syntax used). Prose 40 in 40 "
      "languages (spares unused: " % len(by["password"]) + ", ".join("%s (%s)" % (bt(c), n) for c, n in prose190.SPARES) +
      "). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: "
      "about 450)." % (len(NG), len(ncls), len(S)))
    A("")
    A("## Conventions")
    A("")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or "
      "protocol element, never the quotes and never the key. Values pasted where they do not belong (a nursery "
      "manager's WhatsApp message, a Teams chat export, a grower rep's e-mail reply, a Freshdesk internal note, an "
      "OCR'd potting-shed whiteboard, ops meeting minutes, a handover Google Sheet, a zsh history, a KeePass XML entry, "
      "a GitLab merge-request comment, a supplier onboarding PDF, an SSM `put-parameter` history) are labelled.")
    A("- Owner-chosen passwords are a word of the garden-centre world (" + ", ".join(
        __import__("common190").GARDEN_WORDS[:40]) + ", …; %d in all; capitalised with probability 0.4) + one of "
      "`- _ . + ~ !` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only "
      "`- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+~!][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types "
      "and the %d owner-chosen vendor passwords, and the strict `- _ .` form for every non-Base64 positional value, "
      "every password hidden inside a Base64 positional value, every prose value and every evasion password plain." % (
          len(__import__("common190").GARDEN_WORDS), len([v for v in used_v if v[2] == vendor190.O])))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in "
      "no negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text. "
      "Values, random public neighbours, hidden passwords, evasion plains and evasion runs are drawn through one "
      "registry that refuses repeats and any string in a substring relation with an earlier one (6+ characters).")
    A("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is "
      "version 4 (checked); every JWT-shaped substring has base64url JSON header and payload (checked); the delivery-"
      "slot token is a real HS512 JWT, the Home Assistant, Calendly, Wix (`IST.`) and monday.com tokens real HS256 "
      "JWTs under discarded keys, the Turso token an EdDSA-shaped JWT with a random 64-byte signature; the `irv1.` "
      "irrigation token carries a real CRC-32 of its hex body (checked); `whsec_` bodies are the Base64 of 24 bytes and "
      "`gsgw_` bodies base64url of 30 bytes (checked); the Sentry org token, Grafana `glc_` token, 1Password `ops_` "
      "token and Mapbox `sk.` token wrap real JSON; the Elastic API key is the Base64 of `id:key`. The three Base64 "
      "positional spans decode to NUL user NUL password (SMTP `AUTH PLAIN`) or `user:password` (Docker `auths`, nginx "
      "`Authorization: Basic`) (checked). Negatives: EAN-13 codes carry real check digits and loyalty cards real Luhn "
      "digits (checked); SHA-256 / SHA-1 / MD5 values are real digests of random bytes; `ssh-ed25519` keys have the "
      "real wire format (checked).")
    A("- Public neighbours are unlabelled: user names, hosts (`*.gardencentre.lan`, `*.nursery.internal`, "
      "`*.glasshouse.lan`, `*.seedshop.internal`, `*.vans.internal`, `*.cafe.lan`, private addresses), key names, and "
      "ids written next to a vendor secret (" + "; ".join("%s: %s" % (bt(v[0]), v[4][0]) for v in used_v if v[4]) +
      ") and the user half of a user / password pair.")
    A("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the "
      "text lives: " % (m["pw_prefix"], m["pw_prefix"]) + ", ".join("%s (%s)" % (bt(v), k) for k, v in positional190.SUFFIX.items()) + ".")
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, "
      "then the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would "
      "appear inside its own run or the run would start or end with whitespace.")
    A("")
    A("## Categories (positives)")
    A("")
    A("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t), dsc) for t, _k, dsc, _g in everyday190.TYPES) + ".")
    A("")
    A("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(k), s) for k, s, _t in everyday190.CONTAINERS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation of the 12 types, "
      "four consecutive types per kind, so every kind holds four different types and every type sits in exactly 15 "
      "records (checked); secrets therefore also land in implausible places (a café admin password in the phyto-"
      "certificate Spring config). Key names are the type's key words in the container's own case style (upper "
      "UPPER_SNAKE, snake, camel, pascal, kebab, dotted, spaced for chats / e-mail / tickets, title for OCR / minutes / "
      "sheets).")
    A("")
    A("Vendor (%d types, container `<type>__<style>`): " % len(used_v) + ", ".join(bt(v[0]) for v in used_v) +
      ". Styles (12, assigned cyclically): " + ", ".join("%s (%s)" % (bt(s), k) for s, k in vendor190.STYLES) +
      ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left unlabelled.")
    A("")
    A("Positional passwords (%d syntaxes, span type `%s<syntax>`): " % (len(positional190.SYNTAXES), m["pw_prefix"]) +
      ", ".join(bt(m["pw_prefix"] + s[0]) for s in positional190.SYNTAXES) + ".")
    A("")
    A("Prose: someone tells a colleague the password of the potting-shed PC and asks them not to forward it; span type " +
      bt(prose190.TYPE) + "; container `<format>__<iso639-3>`; formats " + ", ".join(bt(f) for f in prose190.FORMATS) +
      " (cyclic). Languages (40): " + ", ".join("%s (%s)" % (bt(c), n) for c, n, _s, _t in prose190.LANGS) +
      ". None of them or the spares is among the languages or spares of either README (checked: code against the "
      "codes and all deny-listed names; name and each name word against the language names). Scripts: " +
      ", ".join(sorted({s for _c, _n, s, _t in prose190.LANGS})) + ". Japanese, Chinese, Cantonese, Khmer and Burmese "
      "do not separate words with spaces, so the value got spaces around it; every value is set off by whitespace on "
      "both sides (checked).")
    A("")
    A("## Evasion encodings")
    A("")
    A("; ".join("%s = \"%s\"" % (bt(n), rule) for n, (_f, _fam, rule) in enc190.ENCODINGS.items()) + ".")
    A("")
    A("Encoders are in `enc190.ENCODINGS` (all hand-written; the temperature-log times, irrigation zones, bulb "
      "cultivars and the EC last digits come from the evasion RNG); the decoder `dec190.decode` gets only the encoding "
      "name and the run and is written separately, importing nothing from the encoders and no `base64`, `binascii` or "
      "`codecs`: code-point arithmetic for the Atbash mirror, the inverse affine map (21 = 5⁻¹ mod 26, 7 = 3⁻¹ mod 10), "
      "re-swapping for the pairs, hex parsing and XOR, base-36 Horner evaluation, binary and a/b groups, Bengali digit "
      "offsets, base-20 Mayan evaluation, counting-rod offsets, NFKC for Fraktur, a retyped Cyrillic-to-Latin table, "
      "regional-indicator offsets with the ^ capital marker and keycap stripping, a retyped Polybius square, dotted-"
      "quad parsing with padding removed, `\\x` escapes by regular expression, an additive French number-word parser "
      "(quatre-vingt handled as 4 × 20), retyped QWERTY / Dvorak rows, and regular expressions with arithmetic for the "
      "temperature log, irrigation run list, bulb order and EC readings. Every pair was round-tripped on 300 random "
      "plains per notation (lengths 2–44) while writing; at build time every span is decoded back to its `plain`. "
      "Families: " + "; ".join("%s: %s" % (fam, bt(n)) for n, (_f, fam, _r) in enc190.ENCODINGS.items()) +
      ". Evasion types: " + "; ".join("%s (%s)" % (bt(t), dsc) for t, dsc, _g, _w in evasions190.TYPES) +
      "; wordings: " + ", ".join(bt(w[0]) for w in evasions190.WORDINGS) + "; container `<encoding>__<wording>`.")
    A("")
    A("## Negative classes")
    A("")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    for cls, kinds, desc in negatives190.CLASSES:
        A("| %s | %d | %s | %s |" % (bt(cls), sum(1 for r in NG if r["class"] == cls), ", ".join(bt(k) for k, _g in kinds), desc))
    A("")
    A("Each base kind appears plain and wrapped " + ", ".join(bt("__" + w) for w, _f in negatives190.WRAPPERS) + ".")
    A("")
    A("## Checks run by build.py before writing")
    A("")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span "
      "per record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value "
      "occurs exactly once in its text; no value reused; no value in another record's text or in any negative; no "
      "evasion plain or Base64-hidden password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose "
      "values set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain "
      "positional, Base64-hidden, prose and evasion passwords; Base64 positional spans decode to NUL user NUL password "
      "or `user:password`; UUID-shaped substrings of every text are version 4; every JWT-shaped substring has base64url "
      "JSON header and payload, the delivery-slot token is HS512; `irv1.` CRC-32; `whsec_` (24 bytes), `gsgw_` (30 "
      "bytes), 64-hex and 128-hex shapes; EAN-13 check digits, loyalty-card Luhn digits and `ssh-ed25519` blob layouts "
      "in their negative classes")
    A("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule, `:` and a newline "
      "come right before the run, which is on one line followed by a newline and a remark; plain alphabet "
      "`[A-Za-z0-9_.-]`; the run never contains its plain; record and span encoding agree; container "
      "`<encoding>__<wording>`; 22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and hidden password")
    A("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose "
      "format, evasion wording, negative base kind and wrapper inside it), span type, evasion encoding and negative "
      "class is compared case-insensitively, whole name and each `__` part, with the frozen deny-list; positional "
      "syntaxes (span type without `%s`) also against the earlier syntax list; prose languages and spares by code, "
      "name and name words; `brief_names.json` is compared with a fresh extraction when `/tmp/brief190/` exists" % m["pw_prefix"])
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor "
      "types with containers `<type>__<style>`; 95–120 distinct password syntaxes; 40 prose records in 40 distinct "
      "languages; 66 evasions; positives 440–470; span types of the five sources pairwise disjoint; non-everyday "
      "containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): " % (
        len(results), sum(c for _n, c in results), len(results)) +
      ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in results))
    A("")
    A("## Shapes you had to guess")
    A("")
    for catname, head in ((vendor190.L, "Prefix / layout read this session in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`; read for shape only, nothing copied)"),
                          (vendor190.B, "Believed right from background knowledge (not re-read this session)"),
                          (vendor190.G, "Guessed (length and alphabet only, recognisable from the key name; most horticulture, glasshouse, booking and garden-retail vendors publish no token format the builder knows)")):
        A(head + ": " + "; ".join("%s (%s)" % (bt(v[0]), v[1]) for v in used_v if v[2] == catname) + ".")
        A("")
    A("Owner-chosen passwords (the integration logs in with user / password): " +
      ", ".join(bt(v[0]) for v in used_v if v[2] == vendor190.O) + ".")
    A("")
    A("Also invented or guessed: the everyday prefixes `irv1.` (with its CRC-32 layout) and `gsgw_` and the evasion "
      "prefix `gcb_` are invented; `whsec_` follows the Svix convention from memory; the HS512 delivery-slot token, the "
      "64-hex grower-feed HMAC key and the 128-hex `secret_key_base` are modelling choices. Syntaxes from memory, not "
      "re-checked: `mysqldump -p` glued, `smbclient -U user%pass`, `xfreerdp /p:`, `rdesktop -p`, `sshpass -p`, "
      "`htpasswd -b`, `chpasswd`, `vncpasswd -f`, `zip` / `unzip -P`, `rclone obscure`, `redis-cli -a`, `rabbitmqctl "
      "add_user`, `cqlsh` / `mongo` / `cypher-shell -p`, `ldapsearch -w`, `snmpget -c`, `winrs -p:`, `vmrun -gp`, "
      "`twine -p`, `beeline -n … -p`, `expdp user/pass@`, `GOVC_URL`, `veracrypt -p`, `steghide -p`, `sendemail -xp`, "
      "`swaks -ap`, BSD `ftp` `user` command, `net user … /add`, `wpa_passphrase`, `mkpasswd`, `openssl passwd -6`, "
      "`mosquitto_passwd -b`, `tmux send-keys`, `xdotool type`, `adb shell input text`, `SSH_ASKPASS`, AutoHotkey "
      "`SendRaw`, AppleScript `keystroke`; the protocol lines (IMAP `LOGIN`, SMTP `AUTH PLAIN` initial response, RESP "
      "`AUTH` bulk string, ESP8266 `AT+CWJAP`, POP3 `PASS`, a `wss://` URL with userinfo); the file layouts (`.pgpass`, "
      "`rsyncd.secrets`, `hostapd.wpa_psk`, OpenVPN `auth-user-pass` file, vsftpd virtual-user list, pgbouncer "
      "`userlist.txt`, Dovecot `{PLAIN}` passwd-file, `.git-credentials`, apt sources, `pip.conf`, Docker `auths`, "
      "nginx `proxy_set_header`, lftp bookmarks, CUPS `DeviceURI`); the library positions (pysmb, poplib `pass_`, "
      "`load_pem_private_key`, PyKeePass, exchangelib, pymongo, ldap3, pysnmp, imap_tools, pypdf, pyminizip, node-pg, "
      "`scryptSync`, `jwt.sign`, amqplib, Jedis, JavaMail `Transport.connect`, `PBEKeySpec`, MailKit, "
      "`Rfc2898DeriveBytes`, SSH.NET, Go `smtp.PlainAuth` and jlaffaye/ftp, lettre, `Net::SMTP.start`, PDO, "
      "`ldap_bind`, `openssl_pkey_get_private`, Perl `Net::SMTP->auth`, VBA `Workbooks.Open`); the UI-automation "
      "calls (Cypress, Playwright, Capybara, Nightwatch, Selenium Python, uiautomator2, Detox, Flutter widget tests, "
      "CodeceptJS). The glasshouse controller users file, potting-bench tablet file, pot-label printer fixed-width "
      "file (columns 21–40), irrigation controller CSV, loyalty kiosk TSV, plant-passport printer accounts and the "
      "fertigation unit INI are invented formats of this world. Negatives: plant passport, phytosanitary, seed-lot, "
      "ISTA, grower availability and receipt layouts are approximate; SOPS / Ansible Vault bodies, Argon2id and Django "
      "PBKDF2 strings and BlurHashes are random bytes / characters in the right frame, not ciphertext, hashes or "
      "images of anything.")
    A("")
    A("## Judgement calls")
    A("")
    A("- Everyday: six owner-chosen passwords (till supervisor, stock database, climate controller, loyalty SMTP, "
      "plant-passport portal, café bookings admin) and six generated secrets (`irv1.` irrigation token, `whsec_` "
      "click-and-collect webhook secret, 64-hex grower-feed HMAC key, HS512 delivery-slot JWT, 128-hex seed-shop "
      "`secret_key_base`, `gsgw_` sensor-gateway token). The HMAC key and `secret_key_base` are bare hex, but each "
      "signs something, so both are labelled. Key names in everyday files say password / token / secret / key / jwt – "
      "that is how such files look; the telling-key-free cases are in the positional source. In the Mosquitto bridge "
      "config the value sits in a comment line (`# key value`), as people leave them.")
    A("- Vendor: most horticulture, glasshouse, plant-data, booking and loyalty vendors publish no token format the "
      "builder knows, so their types are recognisable only from the key name – part of the test. Owner-chosen "
      "passwords: Priva Office, Argus Titan, Rain Bird IQ4, OpenSprinkler, TRACES NT, APHA portal, the gift-voucher "
      "portal, ResDiary, Worldpay XML, Dotdigital and Esendex. `klaviyo_private_api_key` starts with `pk_` although it "
      "is private, while Stripe `pk_live_` sits in the negatives – only the vendor and context separate them; likewise "
      "`mollie_live_api_key` (`live_` + 30) against the public Adyen client key `live_` + 32 in the negatives, and the "
      "Twilio `SK…` API key SID (an identifier, unlabelled, although gitleaks flags it) next to its secret. "
      "Teams, Discord and Zapier hook URLs are labelled whole (the URL is the capability). The WordPress application "
      "password contains spaces inside the span (six groups of four). In the KeePass style the value sits in a "
      "protected custom string whose key is the type's title-cased name. In the wrangler style the public neighbour "
      "is shown in a `grep` of `wrangler.toml`. Several brands of the earlier READMEs reappear with other credential "
      "kinds (Stripe restricted key, Twilio API key secret, Slack user token and signing secret, OpenAI service-account "
      "key, GitHub fine-grained PAT, GitLab runner token, Sentry org token, Cloudflare global key, AWS); only type "
      "names were checked.")
    A("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-a`, `-w`, `-c`, `-gp`, `-xp`, `-ap`, `/p:`, "
      "`-p:`; `user%pass` for smbclient; `user/pass@` for Data Pump; URL userinfo for curlftpfs, mongodump, GOVC_URL, "
      "curl FTP, svn, Celery, WebSocket, pymongo, node-pg, amqplib, `.git-credentials`, apt, pip, lftp, CUPS; positional "
      "arguments for `htpasswd -b`, `rabbitmqctl add_user`, `net user`, `wpa_passphrase`, `mosquitto_passwd -b`, the "
      "BSD ftp `user` command; library call positions in Python, Node, Java, C#, Go, Rust, Ruby, PHP, Perl and VBA), "
      "unlocks a file or key (`zip` / `unzip -P`, VeraCrypt, steghide, `load_pem_private_key`, PyKeePass, pypdf, "
      "pyminizip, `openssl_pkey_get_private`, `Workbooks.Open`), is hashed, derived or signs (`mkpasswd`, `openssl "
      "passwd`, `rclone obscure`, `scryptSync`, `jwt.sign`, `PBEKeySpec`, `Rfc2898DeriveBytes`), is a shared secret "
      "(SNMP community, Wi-Fi PSK via `wpa_passphrase`, `hostapd.wpa_psk`, ESP8266 `AT+CWJAP`), sits in a file by "
      "position (`.pgpass`, `rsyncd.secrets`, OpenVPN auth file, vsftpd list, pgbouncer, Dovecot, seven invented "
      "formats), travels in a protocol exchange (IMAP `LOGIN`, SMTP `AUTH PLAIN` and Docker / nginx Basic as Base64 "
      "spans, RESP `AUTH`, POP3 `PASS`) or is typed by automation (tmux, xdotool, adb, AutoHotkey, AppleScript, "
      "`SSH_ASKPASS`, nine UI frameworks). POP3 `PASS`, poplib `pass_`, Dovecot `{PLAIN}`, `mkpasswd` / `openssl "
      "passwd`, `vncpasswd` and `SSH_ASKPASS` keep a hint of the word in a command or method name; they are the "
      "weakest kept cases. `rclone obscure`, `mkpasswd`, `openssl passwd`, `chpasswd`, `htpasswd -b` and `net user "
      "/add` set or transform a new password rather than log in; the literal is still the clear password. UI tests "
      "use neutral field ids (`#field-2`, `field2`). Several ideas repeat the earlier corpora on new tools (URL "
      "userinfo, `-p` after `-u`, library call positions, UI typing, Base64 protocol lines); novelty was checked by "
      "name, not by signature.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "German, Italian, Portuguese, Catalan, Galician, Norwegian, Russian, Serbian, Bosnian, Malay, Esperanto, Japanese; "
      "modest for Basque, Irish, Scottish Gaelic, Luxembourgish, Western Frisian, Korean, Mandarin, Cantonese, Hindi, "
      "Bengali, Marathi, Hebrew, Javanese, Cebuano, Uzbek, Haitian Creole, Maori, Zulu, Xhosa, Hausa; low for Gujarati, "
      "Kannada, Malayalam, Sinhala, Khmer, Burmese, Yoruba, Mongolian. Loan words (`password` in Cebuano, पासवर्ड, "
      "পাসওয়ার্ড, `PC`) are kept as people use them. The Russian sentence introduces the value after a colon.")
    A("- Evasions: Atbash, the affine map and XOR-with-0x5A are ciphers with their rule stated (Atbash keeps the "
      "character set, so the run of a password looks like a scrambled password – intended); swapped pairs is a "
      "positional trick that leaves most characters readable (the whole plain never appears in its run, checked); "
      "base 36, binary octets, the a/b Bacon-style groups and C `\\x` escapes are byte / bit notations; Bengali digits, "
      "Mayan numerals and counting rods are numeral systems (the Mayan and counting-rod signs live in the SMP); bold "
      "Fraktur folds back under NFKC, while the Cyrillic homoglyphs and regional indicators do not (adjacent regional "
      "indicators may render as flags); the Polybius square and the Dvorak-on-QWERTY keyboard shift are classic "
      "puzzle notations (the Dvorak run may contain `'`, `\"`, `;`, `[`); French number words are a spelled form; "
      "IPv4 octets are a developer disguise; the glasshouse temperature log (4.5–12.2 °C, realistic for a winter "
      "glasshouse), irrigation run seconds (45–122 s), bulb order quantities and fertigation EC readings (450–1229 "
      "µS/cm) are this world's disguises. Close relatives exist in the earlier corpora (ROT47 / autokey next to "
      "Atbash / affine, Base58 / Base32 next to base 36, Braille bytes next to binary, Thai / Hebrew / Egyptian "
      "numerals next to Bengali / Mayan / counting rods, full-width / double-struck next to Fraktur, berth codes / "
      "tide tables / price labels next to the glasshouse disguises); novelty was checked by name.")
    A("- Negatives: plant passport fields, phytosanitary and consignment numbers, EAN-13 codes and PLUs, SKUs and pot "
      "sizes, grower item codes, loyalty card numbers (Luhn-valid, personal data but not credentials), click-and-"
      "collect order numbers and six-character desk codes (a pickup code is arguably a weak bearer token; treated as an "
      "order identifier), MACs and DevEUIs, cron lines and valve ids, seed lots and ISTA refs are identifiers; the "
      "LoRaWAN `data` field and BlurHashes are Base64-ish payloads, not keys; SHA-256 / SHA-1 / MD5 digests, image "
      "digests, ETags and the Shopify `X-Shopify-Hmac-Sha256` header (a per-delivery signature, not the signing key) "
      "are digests; Stripe `pk_live_`, the referrer-restricted `AIza` browser key (arguable), the Adyen client key, "
      "Algolia search-only key, Klaviyo company id, PayPal client id and Sentry DSN are public by design; `irv1.<32-"
      "hex-body>.<crc32>`, `gsgw_REPLACE_ME`, an all-zero 64-hex key, `whsec_...`, empty values, `changeme` (arguably a "
      "weak real password; treated as a placeholder as in the earlier corpora), `<paste-jwt-here>`, `${…:?…}` and "
      "`live_xxxx…` are placeholders; `********`, `[REDACTED]`, `[MASKED]`, `***`, bullets and prefix-plus-stars carry "
      "no value; External Secrets references, Key Vault references, `{{resolve:ssm-secure:…}}` and Secrets Manager "
      "ARNs are pointers; SOPS and Ansible Vault bodies are ciphertext; Argon2id and Django PBKDF2 strings are one-way "
      "hashes (sensitive, not usable credentials); `ssh-ed25519` host keys and fingerprints are public; Stripe `evt_` "
      "/ `pi_` / `ch_` ids and idempotency keys are object ids. Random fillers are generated, so an entropy-only "
      "detector will hit them – that is the point.")
    A("")
    A("## Sources consulted")
    A("")
    A("- The two READMEs in `/tmp/brief190/` (p185 and p187), for format and coverage only. The detector was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no "
      "other `/tmp` directory except `/tmp/scratch190/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public "
      "gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's "
      "`fetch` into its own mirror directory, extracted with `git show` into `/tmp/scratch190/` and grepped for the "
      "rules of Adafruit, Algolia, Anthropic, Azure AD client secrets, Cloudflare global and Origin CA keys, Cohere, "
      "Facebook / WhatsApp page tokens, GitHub fine-grained and app tokens, GitLab runner and deploy tokens, Grafana "
      "service-account and cloud tokens, Linear, New Relic, npm, PlanetScale, Postman, Pulumi, PyPI, SendGrid, Sentry "
      "org tokens, Shopify custom / private app tokens, Slack user tokens, Snyk, SonarQube, Squarespace, Stripe, "
      "Telegram, Terraform Cloud, Twilio API keys, Typeform, Vault, 1Password and others that were listed and not "
      "used). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; the "
      "remaining shapes come from the builder's memory and are marked above as believed or guessed.")
    A("")
    return "\n".join(L)
