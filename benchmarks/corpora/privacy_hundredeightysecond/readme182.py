"""Renders README.md from the generated data (called twice by build.py and compared)."""
from collections import Counter, defaultdict

import everyday182
import vendor182
import positional182
import prose182
import evasions182
import negatives182
from enc182 import ENCODINGS


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(data, deny, mutation_results, deny_status):
    pos, evs, negs = data["secrets"], data["evasions"], data["negatives"]
    by = defaultdict(list)
    for r in pos:
        by[r["source"]].append(r)
    L = []
    A = L.append
    A("# privacy_hundredeightysecond (p182) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **car-wash, auto-detailing and tyre-shop developers**: car-wash tunnel controllers and conveyor PLCs "
      "(CODESYS global variable lists, OPC UA HMIs, WireGuard remote access, DRB SiteWatch, Sonny's Controls, ICS, WashTec, "
      "ISTOBAL, PDQ), unlimited wash-club memberships with licence-plate recognition (Washify, Rinsed, Everwash, WashCard, "
      "Plate Recognizer, Rekor / OpenALPR, Sighthound, Roboflow, Google Cloud Vision, Azure AI Vision, RFID tags), detailing "
      "appointment booking (Urable, Mobile Tech RX, Jobber, Housecall Pro, Vagaro, Setmore, SimplyBook.me, Cal.com, Podium, "
      "Birdeye, Yelp, Google Business Profile), tyre-hotel storage and seasonal swap scheduling (DOT codes, rack labels, "
      "Tekmetric, Shopmonkey, AutoLeap, Shop-Ware, Mitchell 1, ATD, TireHub, Tire Connect, CARFAX, VINAudit), TPMS sensor "
      "programming tools (Bartec, Autel, ATEQ), wheel-alignment machine reports (Hunter, SMB shares, AutoIt export scripts), "
      "pay stations and token dispensers (Hamilton changers, Nayax, Cantaloupe, PayRange, Stripe, Square, PayPal, Braintree, "
      "Authorize.Net, Recurly, Paystack, Mollie), chemical dosing and water-reclaim monitoring (ProMinent DULCOnneX, ESPHome, "
      "Node-RED, Telegraf, Modbus, LoRaWAN, HiveMQ, Ewon Talk2M, Particle, Blynk, InfluxDB, Grafana Cloud, ThingsBoard, CAS / "
      "SDS sheets), fleet-wash contracts (Fleetio, Motive, WEX, Verizon Connect, PandaDoc, VINs, PO numbers); plus the "
      "commerce, messaging, AI, developer and ops services such developers use (SendGrid, Twilio API keys, Vonage, Postmark, "
      "Mailjet, MailerSend, Sinch, Infobip, WhatsApp Cloud, Slack user tokens and signing secrets, Discord and Teams webhooks, "
      "Telegram, Pushbullet, Zapier, OpenAI admin keys, Anthropic, DeepSeek, OpenRouter, ElevenLabs, Deepgram, AssemblyAI, "
      "Azure OpenAI, LangSmith, GitHub fine-grained and App tokens, GitLab runners, npm, PyPI, Sentry, Doppler, Terraform "
      "Cloud, Tailscale, ngrok, Cloudflare Tunnel, PlanetScale, Mapbox, Algolia, Cloudinary, reCAPTCHA, AWS IAM, Azure "
      "Service Bus, Xero, Zoho, Amazon LWA, Auth0, PagerDuty, Opsgenie, New Relic, Rollbar …); with hard negatives from the "
      "same world. Everything is produced by `build.py` and its modules (`common182.py`, `everyday182.py`, `vendor182.py`, "
      "`positional182.py`, `prose182.py`, `enc182.py`, `dec182.py`, `evasions182.py`, `negatives182.py`, `checks182.py`, "
      "`readme182.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds "
      "(18201 everyday, 18202 vendor, 18203 positional passwords, 18204 prose, 18205 evasions, 18206 negatives), no clock, "
      "no network. `python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three "
      "JSONL files, runs every check and %d mutation tests, renders this README from both generations and compares it, and "
      "only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief182/`.\n" % len(mutation_results))
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredeightysecond/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only "
      "project material read were the two READMEs in `/tmp/brief182/` (`README_hundredseventyninth.md`, p179, florist / "
      "wedding / event planning; `README_hundredeightieth.md`, p180, bicycle shops / bike repair / cycling clubs), used only "
      "to learn the file format and what is already covered. No other `/tmp` directory was looked at except the scratch "
      "directory `/tmp/scratch182/` (trial builds). The deny-list (`common182.extract_denylist`) holds every backticked "
      "name and every snake_case identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier "
      "positional syntaxes with their `<letters>pw_` prefix stripped (%d), the language codes of every `` `code` (Name) `` "
      "pair including the spare lists (%d codes) and the language names and name words of those pairs (%d entries). It is "
      "frozen in `brief_names.json`; when `/tmp/brief182/` exists the build re-extracts it and fails if it differs (this "
      "build: %s). Nothing is dropped silently: every candidate list was written after reading the READMEs and the build "
      "fails on any overlap. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, "
      "languages or notations.\n" % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]),
                                      len(deny["language_names"]), deny_status))

    # ---------------- files and counts
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), len(pos), len({r["type"] for r in pos}), len({r["container"] for r in pos}), len(by["everyday"]),
        len(by["vendor"]), len(by["password"]), len(by["prose"]), len({r["container"].split("__")[-1] for r in by["prose"]})))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(evs), len(evs), len({r["type"] for r in evs}),
                                                                     len({r["container"] for r in evs}), len({r["encoding"] for r in evs})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(negs), len({n["container"] for n in negs}), len({n["class"] for n in negs})))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema (same as the earlier corpora): positives `id` (`p182-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p182-e-NNNN`) add a record-level `encoding`; their single span also has `plain` (the clean secret) "
      "and `encoding`; `source` is `evasion`. Negatives (`p182-n-NNNN`): `id`, `class`, `container`, `text`, `source` "
      "(`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    vt = [v[0] for v in vendor182.VENDORS[vendor182.KEEP:]]
    st = [s[0] for s in positional182.SYNTAXES[positional182.KEEP:]]
    A("**Scale.** Everyday %d = 45 kinds × 4 (12 types, each type in 15 records; spare kinds written and unused: %s). Vendor %d "
      "(%d candidates written, the car-wash / detailing / tyre world first; the least central generic services form the unused "
      "tail: %s). Positional passwords %d (%d syntaxes written; the weaker ones — whose command or option still says "
      "\"password\" — and near-duplicates of kept forms form the unused tail: %s). Prose %d in %d languages (spares unused: %s). "
      "Evasions %d = 22 × 3. Negatives %d = %d classes × 2 base kinds × %d presentations. Positives total %d (asked: about 450).\n" % (
          len(by["everyday"]), _bt(everyday182.SPARE_KINDS), len(by["vendor"]), len(vendor182.VENDORS), _bt(vt),
          len(by["password"]), len(positional182.SYNTAXES), _bt(st), len(by["prose"]), len(prose182.LANGS),
          ", ".join("`%s` (%s)" % c for c in prose182.SPARES), len(evs), len(negs), len(negatives182.CLASSES),
          len(negatives182.WRAPPERS), len(pos)))

    # ---------------- conventions
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes (nor the escaped `\\\"` of a Gradle `buildConfigField`) and never the key. Values pasted "
      "where they do not belong (a WhatsApp message from the wash manager, a Teams chat, a Jira comment, a Sentry event, a "
      "syslog environment dump, an Excel handover sheet, an OCR'd tunnel HMI screenshot, a contract PDF appendix, a supplier's "
      "support reply, a Confluence runbook, a KeePass export) are labelled.")
    A("- Owner-chosen passwords are a word of the car-wash / detailing / tyre world (%s; %d in all; capitalised 40 %% of the "
      "time) + one of `- _ . + ~ !` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use "
      "only `- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+~!][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and "
      "the ten owner-chosen vendor passwords, and the strict `- _ .` form for every plain positional value, the password "
      "inside the Base64 positional value, every prose value and every evasion bay-controller plain." % (
          ", ".join(__import__("common182").WORLD_WORDS[:40]) + ", …", len(__import__("common182").WORLD_WORDS)))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text. Values, "
      "hidden passwords, evasion plains and runs and the random public neighbours are all drawn through one registry that "
      "refuses any string in a substring relation with an earlier one; a negative is redrawn if it contains any value, "
      "plain or hidden password.")
    A("- Structured values are valid: every UUID-shaped part of a value and of a negative is version 4 (checked); the "
      "fleet-wash portal token is an HS512 JWT and the Shopmonkey token an HS256 JWT with real base64url JSON and a real HMAC "
      "under a discarded key (JSON checked); the WireGuard key is the Base64 of 32 bytes with X25519 clamping (checked); the "
      "`wcbwh_` / `tpmsrt.` bodies are base64url of 32 / 36 bytes (checked); `ghs_` tokens carry a real CRC-32 in their last "
      "six base62 characters (checked); the Sentry `sntrys_`, Grafana `glc_`, Cloudflare Tunnel and Mapbox `sk.` tokens "
      "carry real JSON (checked); the PyPI token is a base64url macaroon starting with the real `\\x02\\x01\\x08pypi.org` "
      "bytes; the SMTP `AUTH PLAIN` span is the Base64 of NUL user NUL password (decoded and checked). Negatives: VINs carry "
      "a real ISO 3779 / North-American check digit, EAN-13 codes a real GS1 check digit, CAS numbers a real CAS check digit "
      "(all checked); SHA-256 / SHA-1 / MD5 / CRC-32 values are real digests of random bytes; the `ssh-ed25519` keys have "
      "the real wire format and the PEM a real Ed25519 SubjectPublicKeyInfo prefix (checked).")
    A("- Public neighbours are unlabelled: user names, hosts (`*.wash.lan`, `*.tyres.internal`, `*.washops.internal`, "
      "private addresses), key names, and ids written next to a secret (DRB / Tekmetric / Jobber / Vagaro / Podium / PayPal "
      "/ Xero / Auth0 / Amazon LWA client ids, ICS partner id, Everwash partner code, HunterNet shop id, Shop-Ware API id, ATD "
      "customer number, SimplyBook company login, Fleetio account token, Ewon developer id, Braintree merchant id and public "
      "key, Authorize.Net API login id, Twilio `SK…` key sid, Vonage / Mailjet API keys, Sinch service plan id, AWS `AKIA…` "
      "id, Azure Service Bus namespace, Azure OpenAI endpoint, Algolia application id, Cloudinary API key) and the user half "
      "of a user / password pair.")
    A("- Positional passwords: span type `washpw_<syntax>`, container `washpw_<syntax>__<suffix>` where the suffix says "
      "where the text lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional182.SUFFIX.items()))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its "
      "own run, if the run would start or end with whitespace, or (Cyrillic swap) if fewer than two characters change.\n")

    # ---------------- categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t, d) for t, _w, d, _k in everyday182.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (k, s) for k, s, _t in everyday182.KINDS) +
      ". Pairing: the 180 type slots (12 types × 15) are shuffled with the everyday seed and dealt four to a kind, with "
      "swaps until every kind holds four different types (checked), so varied and sometimes implausible combinations occur "
      "(a WireGuard key in an Android `strings.xml`, a pay-station password in a CODESYS GVL). Key names are the type's key "
      "words in the container's own case style: upper (UPPER_SNAKE for CODESYS, dotenv, Flask, Arduino, Compose, systemd, "
      "cron, CI files, ConfigMap, bash history, Flutter defines, Gradle, WordPress, syslog), snake (Rails, ESPHome, Telegraf, "
      "tfvars, vault CLI, Android resources, Lua, SQL seed, Viper TOML), camel (OPC UA JSON, Nuxt, Node-RED, Helm, "
      "electron-store, QSettings, Sentry event), pascal (appsettings.json, Windows INI, PowerShell, AutoIt), spaced (WhatsApp, "
      "Teams, Jira), title (Excel handover CSV, HMI screenshot OCR, contract appendix).\n")
    A("Vendor (%d types, container `<type>__<style>`): %s. Styles (12, assigned cyclically): %s. Where a vendor pairs a public "
      "id with the secret, the id is written next to it in the same style and left unlabelled.\n" % (
          len(by["vendor"]), _bt([r["type"] for r in by["vendor"]]), _bt(vendor182.STYLES)))
    A("Positional passwords (%d syntaxes, span type `washpw_<syntax>`): %s.\n" % (len(by["password"]), _bt([r["type"] for r in by["password"]])))
    A("Prose: someone tells a colleague the password of the tyre-hotel office PC and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (%d): %s. None of them is among the languages "
      "or spares of either README (checked: code against codes and names, name and each name word against the language "
      "names). Scripts: %s. Japanese, Chinese, Cantonese, Khmer and Burmese do not separate words with spaces, so the value "
      "got spaces around it (before a full-width comma in Chinese and Cantonese); every prose value is set off by whitespace "
      "on both sides (checked).\n" % (
          prose182.TYPE, _bt(prose182.FORMATS), len(prose182.LANGS), ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose182.LANGS),
          ", ".join(sorted({s for _c, _n, s, _t in prose182.LANGS}))))

    # ---------------- evasions
    A("## Evasion encodings\n")
    A("; ".join("`%s` = \"%s\"" % (n, r) for n, (r, _f, _e) in ENCODINGS.items()) + ".\n")
    fam = defaultdict(list)
    for n, (_r, f, _e) in ENCODINGS.items():
        fam[f].append(n)
    A("Encoders are in `enc182.ENCODINGS` (Ascii85 uses `base64.a85encode`; the rest hand-written; tyre rim sizes and the "
      "decoy characters come from the evasion RNG); the decoder `dec182.decode` gets only the encoding name and the run and "
      "is written separately, importing nothing from the encoders and no `base64`, `binascii` or `codecs`: the Beaufort "
      "subtraction (its own inverse), a retyped 6×6 grid, `int(…, 16)` for colon hex, quoted-printable, percent and XOR hex, "
      "dotted quads with trailing zero bytes dropped, a hand-written base-85 reader, a retyped Italian table, a retyped "
      "element table (atomic number + 10), arithmetic for conveyor speeds, tyre sizes and torques, the Colemak map inverted, "
      "slicing for the decoys, base-12 digits, Greek numeral values, a Chinese numeral parser, Unicode NFKC for sans-serif "
      "bold, a retyped Cyrillic→Latin table, `ord − 0xE0000` for tag characters and a regular expression for `CHAR(n)`. Every "
      "pair was round-tripped on 300 random plains per notation (lengths 2–44) while writing; at build time every span is "
      "decoded back to its `plain`. Families: " + "; ".join("%s: %s" % (f, _bt(ns)) for f, ns in fam.items()) +
      ". Evasion types: " + "; ".join("`%s` (%s)" % (t, d) for t, d, _n, _g in evasions182.ETYPES) +
      "; wordings: " + _bt([w for w, _t in evasions182.WORDINGS]) + "; container `<encoding>__<wording>`.\n")

    # ---------------- negatives
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    cc = Counter(n["class"] for n in negs)
    for cls, kinds, desc in negatives182.CLASSES:
        A("| `%s` | %d | %s | %s |" % (cls, cc[cls], _bt([k for k, _f in kinds]), desc))
    A("\nEach base kind appears plain and wrapped " + ", ".join("`%s`" % w for w in negatives182.WRAPPERS if w) + ".\n")

    # ---------------- checks
    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or "
      "Base64-hidden password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain "
      "positional values, the Base64-hidden password, prose values and evasion password plains; UUID-shaped parts of values "
      "and negatives are version 4; JWT-shaped values have base64url JSON header and payload (fleet token HS512); shapes of "
      "the `lprk_live_` key, `wcbwh_` (32 bytes) and `tpmsrt.` (36 bytes) bodies, 64-hex AES key and clamped WireGuard key; "
      "`ghs_` CRC-32; JSON inside `sntrys_`, `glc_`, Cloudflare Tunnel and Mapbox `sk.` tokens; PyPI macaroon prefix; Service "
      "Bus key length; VIN, CAS and GS1 check digits, Ed25519 SPKI and `ssh-ed25519` blob layouts in the negatives")
    A("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule, `:` and a newline come "
      "right before the run; the run is on one line and followed by a newline and a remark; plain alphabet "
      "`[A-Za-z0-9_.-]`; the run never contains its plain; record and span encoding agree; container `<encoding>__<wording>`; "
      "22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and hidden password")
    A("- deny-list: every container (positives, evasions, negatives, so also every presentation label inside it), span "
      "type, evasion encoding and negative class is compared case-insensitively, whole name and each `__` part, with the "
      "frozen deny-list; positional syntaxes also against the earlier syntaxes without their prefixes; prose languages by "
      "code, name and name words; `brief_names.json` is compared with a fresh extraction when `/tmp/brief182/` exists")
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor "
      "types with containers `<type>__<style>`; 95–120 distinct password syntaxes; 40 prose records in 40 distinct "
      "languages; 66 evasions; positives 440–470; span types of the sources pairwise disjoint; non-everyday containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, each must make the checks report an error the clean data does not have (this "
      "run: %d/%d): %s\n" % (len(mutation_results), sum(1 for _n, c in mutation_results if c), len(mutation_results),
                             ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in mutation_results)))

    # ---------------- shapes
    A("## Shapes you had to guess\n")
    cats = defaultdict(list)
    for v in vendor182.VENDORS[:vendor182.KEEP]:
        cats[v[4]].append("`%s` (%s)" % (v[0], v[3]))
    A("Prefix / layout looked up this session with the `find_string` search tool over public GitHub files (read for shape "
      "only, nothing copied): " + "; ".join(cats["looked"]) + ".\n")
    A("Believed right from background knowledge (gitleaks-style shapes remembered, not re-read this session): " +
      "; ".join(cats["believed"]) + ".\n")
    A("Guessed (length and alphabet only; most car-wash, detailing and tyre-trade vendors publish no token format the "
      "builder knows, so these are recognisable from the key name only): " + "; ".join(cats["guessed"]) + ".\n")
    A("Owner-chosen passwords (the integration logs in with user / password): " + _bt([v[0] for v in vendor182.VENDORS[:vendor182.KEEP] if v[4] == "password"]) + ".\n")
    A("Also invented or guessed: the everyday prefixes `lprk_live_`, `wcbwh_` and `tpmsrt.` and the evasion prefix `lpr_` "
      "are invented; the 64-hex dosing AES key, the HS512 fleet token and the WireGuard key for the PLC link are modelling "
      "choices. Syntaxes from memory, not re-checked: `smbclient -U user%pass`, `xfreerdp /p:`, `vncpasswd -f`, `htpasswd -b` "
      "/ `-i`, `doveadm pw -p`, `qpdf --encrypt user owner 256 --`, `-passout pass:`, `apksigner --ks-pass pass:`, "
      "`signtool /p`, `certutil -p … -importPFX`, `veracrypt -p`, `ldapsearch -w`, `rabbitmqctl add_user`, `cqlsh -p`, "
      "`sqsh -P`, `gbak -pas`, `vmrun -gp`, `ilorest login -p`, `GOVC_URL` userinfo, `wpa_passphrase`, `redis-cli -a`, "
      "`snmpget -A`, `http -a`, `ab -A`, `ssh-keygen -P` (old passphrase), `mosquitto_passwd -b`, `lpadmin -v ipps://u:p@`, "
      "`winrs -p:`, `net user <name> <pw> /add`; the vsftpd virtual-users, Dovecot passwd-file `{PLAIN}`, Postfix "
      "`sasl_passwd`, rsyncd secrets, `.pgpass`, OpenVPN `auth-user-pass` and autofs smbfs layouts; argument positions of "
      "ldap3 `Connection`, `pymssql.connect`, `cx_Oracle.connect`, `poplib.pass_`, `zipfile.extract`, "
      "`load_pem_private_key`, `RSAKey.from_private_key_file`, `ftputil.FTPHost`, `pbkdf2_hmac`, `scryptSync`, "
      "`argon2.hash`, ldapjs `bind`, `jwt.sign`, JavaMail `Transport.connect`, Jedis `auth`, `PBEKeySpec`, MailKit "
      "`AuthenticateAsync`, SSH.NET `SshClient`, `Rfc2898DeriveBytes`, Go `smtp.PlainAuth` and go-ldap `Bind`, lettre "
      "`Credentials::new`, `Net::SMTP.start` (fifth), `ldap_bind`, `PDO`, Perl `Net::SMTP->auth`, lua-resty-redis `auth`; "
      "the UI-automation calls (Playwright, Cypress, Selenium, AutoHotkey, AutoIt, xdotool, AppleScript, Power Automate "
      "Desktop, Flutter `enterText`, Capybara, Behat / Mink, Squish, `adb shell input text`, uiautomator2). The tunnel "
      "operators CSV, kiosk roster, TPMS profile fixed-width file (columns 21–44), alignment share map, dosing backup JSON, "
      "rack-scanner INI, bay-controller STX frame and token-dispenser RS-485 frame are invented formats of this world. "
      "Negatives: DOT, rack, receipt, SDS, invoice and report layouts are approximate; Ansible Vault / SOPS bodies, argon2id "
      "and PBKDF2 strings are random bytes / characters in the right frame, not ciphertext or hashes of anything.\n")

    # ---------------- judgement calls
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (tunnel HMI, wash-club portal admin, tyre-hotel database, booking SMTP, "
      "alignment report share, pay-station service menu) and six generated secrets (`lprk_live_` LPR key, `wcbwh_` webhook "
      "secret, `tpmsrt.` refresh token, 64-hex dosing AES key, HS512 fleet-portal JWT, WireGuard private key). The AES key "
      "is bare hex and the WireGuard key bare Base64, but each opens or decrypts something, so both are labelled. Key names "
      "in everyday files say password / key / secret / token / jwt — that is how such files look; the telling-key-free cases "
      "are in the positional source. In the cron container the value sits in an inline environment assignment.")
    A("- Vendor: most car-wash, detailing and tyre-trade vendors (DRB, Sonny's, ICS, Washify, Rinsed, Everwash, WashCard, "
      "ISTOBAL, Nayax, Cantaloupe, PayRange, ProMinent, Sighthound, Hunter, ATEQ, Tekmetric, AutoLeap, Shop-Ware, ATD, "
      "TireHub, Tire Connect, CARFAX, VINAudit, Urable, Mobile Tech RX, Jobber, Housecall Pro, Vagaro, Setmore, "
      "SimplyBook.me, Podium, Birdeye, Fleetio, Motive) publish no token format the builder knows, so their types model an "
      "integration secret recognisable only from the key name — part of the test. WashTec, PDQ, Hamilton, Bartec, Autel, "
      "Mitchell 1, WEX, Verizon Connect, Ewon Talk2M and HiveMQ carry owner-chosen passwords. Discord, Teams and Zapier "
      "webhook URLs are labelled whole (the URL is the credential). `google_cloud_vision_api_key` (`AIza…` under a "
      "server-side name) and `google_recaptcha_secret_key` (`6L…`) are positives, while the same shapes appear as public "
      "browser / Firebase web keys and reCAPTCHA site keys in the negatives — only the context separates them. "
      "`paystack_live_secret_key` (`sk_live_` + hex) deliberately resembles Stripe. In the KeePass style the value sits in "
      "the `Password` field even for API keys, as people store them. Several brands of the earlier READMEs reappear with new "
      "credential kinds (Stripe restricted key and webhook secret, Twilio API-key secret, Slack user token and signing "
      "secret, OpenAI admin key, Anthropic, GitHub fine-grained / App tokens, AWS IAM, Azure); only type names were checked.")
    A("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-w`, `-a`, `-A`, `/p:`, `-p:`, `-gp`, `-pas`; "
      "`user%pass` for Samba, `user:pass` for skopeo / buildah / HTTPie / ab; URL userinfo for pgcli, duplicity, govc, "
      "lpadmin, git-credentials, curlftpfs, autofs, kombu; positional arguments for `net user`, `rabbitmqctl add_user`, "
      "`htpasswd -b`, `mosquitto_passwd -b`, `wpa_passphrase`; library call positions in Python, Node, Java, C#, Go, Rust, "
      "Ruby, PHP, Perl, Lua, SQL), unlocks a file or key (`zip -P`, `qpdf`, `-passout` / `--ks-pass pass:`, `signtool /p`, "
      "`certutil -p`, VeraCrypt, `ssh-keygen -P`, `zipfile.extract`, `load_pem_private_key`, `RSAKey`, `pypdf.decrypt`), is "
      "hashed or derived from a literal (`openssl passwd`, `doveadm pw`, `rclone obscure`, `pbkdf2_hmac`, `scryptSync`, "
      "`argon2.hash`, `PBEKeySpec`, `Rfc2898DeriveBytes`, `jwt.sign` with a typed shared secret), is a shared secret (SNMP "
      "v2c community, SNMPv3 auth passphrase, Wi-Fi passphrase, IRC server `PASS`), sits in a file by position (vsftpd, "
      "Dovecot, Postfix, rsyncd, `.pgpass`, OpenVPN, six invented formats), travels in a protocol exchange (POP3 `PASS`, "
      "IMAP `LOGIN`, SMTP `AUTH PLAIN` as a Base64 span, Redis RESP, STOMP `passcode`, a telnet capture, LDAP bind in a "
      "Wireshark dissection, two invented serial frames) or is typed by automation. The POP3 `PASS` command, the STOMP "
      "`passcode` header, `wpa_passphrase`, `doveadm pw`, `-passout pass:` / `--ks-pass pass:` and the Wireshark `simple:` "
      "field keep a hint of the word; they are the weakest kept cases. UI tests use neutral field ids (`field-2`, `field2`, "
      "`field_2`). Several ideas repeat the earlier corpora on new tools (URL userinfo, `-p` after `-u`, library call "
      "positions, UI typing, a Base64 protocol line); novelty was checked by name, not by signature.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "German, Italian, Portuguese, Norwegian, Catalan, Galician, Russian, Serbian, Bosnian, Japanese, Korean, Mandarin, "
      "Malay, Esperanto; modest for Basque, Irish, Luxembourgish, Faroese, Kyrgyz, Tatar, Tajik, Mongolian, Hebrew, Kurmanji, "
      "Hindi, Bengali, Gujarati, Cantonese, Javanese, Cebuano, Hausa, Zulu, Malagasy; low for Pashto, Kannada, Malayalam, "
      "Sinhala, Khmer, Burmese, Yoruba. Loan words (`password` in Cebuano, पासवर्ड / পাসওয়ার্ড / પાસવર્ડ / ಪಾಸ್‌ವರ್ಡ್ / "
      "പാസ്‌വേഡ്, `PC`) are kept as people use them; \"tyre hotel\" became \"tyre store / depot\" where the compound is not "
      "idiomatic. The Russian sentence introduces the value after a colon.")
    A("- Evasions: the Beaufort cipher and XOR-0x5A are ciphers with their key stated; the Polybius grid is a coordinate "
      "cipher; Italian spelling is a spelled form; colon hex, Ascii85, quoted-printable and percent-encoding are byte / "
      "developer notations; IPv4 quads disguise bytes as addresses; duodecimal, Greek and Chinese numerals are numeral "
      "systems; element symbols, conveyor speeds, tyre sizes and lug-nut torques are this world's disguises of code points "
      "(realistic ranges: 85–162 fpm, 185–265 mm widths with 40–85 aspect ratios, 105–182 Nm); the Colemak reading is a "
      "keyboard trick (it keeps q w a h z x c v b m and digits, so parts of a plain stay readable; the whole plain never "
      "appears in its run, checked); decoys are a positional trick; sans-serif bold is a Unicode look-alike block that NFKC "
      "folds back, Cyrillic homoglyphs do not fold under NFKC; Unicode tag characters are invisible (the run line looks "
      "empty in most renderers); `CHAR(n)+…` is a developer notation. Close relatives exist in the earlier corpora "
      "(Vigenère / Atbash / affine next to Beaufort, NATO and German tables next to Italian, monospace / circled next to "
      "sans-serif bold, zero-width spaces next to tag characters, octal / binary / Mayan / Eastern Arabic next to dozenal, "
      "Greek and Chinese numerals, U+ and `\\u` notation next to colon hex, percent and quoted-printable, Crockford / "
      "uuencode next to Ascii85, the QWERTY shift next to the Colemak reading, odd/even split next to the decoys); novelty "
      "was checked by name.")
    A("- Negatives: plate reads, member numbers, RFID EPCs (24 hex — a trap for hex-key detectors), PLC tags, build hashes, "
      "fault codes, DOT codes, bins, EAN-13s, TPMS sensor ids (8 hex), alignment job numbers, VINs, TID / MID / RRN / auth "
      "codes, dispenser serials, CAS / UN / lot numbers, DevEUIs and Modbus registers, PO / unit numbers, report ids and "
      "request / trace ids are identifiers; SHA-256 / SHA-1 / MD5 / CRC-32 values are digests; Stripe `pk_live_`, reCAPTCHA "
      "site keys and browser / Firebase web `AIza` keys are public by design (a browser Maps key is arguable: it is "
      "restricted by referrer, not secret); `lprk_live_XXXX…`, `<your-token>`, empty values, `${…:?missing}`, "
      "`wcbwh_REPLACE_ME` (prefix trap), an all-zero 64-hex key and `<paste-key-here>` are placeholders; `[REDACTED]`, "
      "bullets with a tail, `***`, `<hidden>`, `[MASKED]`, `****` carry no value; ESPHome `!secret`, `vault:` paths, Secrets "
      "Manager ARNs, Key Vault references and `${{ secrets.… }}` are pointers (the ESPHome file has `password:` keys on "
      "purpose); Ansible Vault and SOPS bodies are ciphertext; argon2id / PBKDF2 strings are one-way hashes (sensitive, not "
      "usable credentials); `v1=` webhook signatures are HMAC outputs, not keys; `ssh-ed25519` keys, the Ed25519 PEM and "
      "certificate fingerprints are public; the handbook and newsletter talk about passwords without one. Random fillers "
      "are generated, so an entropy-only detector will hit them — that is the point.\n")

    # ---------------- sources
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief182/` (p179 and p180), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch182/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): ten exact-string "
      "look-ups with the `find_string` tool over public GitHub source and documentation files, for `sk-or-v1-` (OpenRouter: "
      "64 hex after the prefix), `sntrys_` (Sentry org tokens: Base64 JSON `{iat, url, region_url, org}` + `_` + 43, also "
      "seen as a public detector regex), `tskey-auth-` (Tailscale: prefix only), `lsv2_pt_` (LangSmith: 32 hex + `_` + 10 "
      "hex), `amzn1.oa2-cs.v1.` (Amazon LWA client secrets: 64 hex), `mlsn.` (MailerSend: 64 hex), `\"glc_eyJ` (Grafana "
      "Cloud access-policy tokens: Base64 JSON `{o, n, k, m:{r}}`), `pscale_tkn_` (PlanetScale: public detector regexes "
      "allow 32+ of `[A-Za-z0-9._-]`), `cal_live_` (Cal.com: no useful hit, so its shape stays guessed) and "
      "`api.platerecognizer.com` (Plate Recognizer: `Authorization: Token` + 40 hex). gitleaks / Betterleaks, Kingfisher "
      "and CredSweeper rule files and vendor documentation were not opened this session; the remaining shapes come from "
      "the builder's memory and are marked above as believed or guessed.")
    return "\n".join(L) + "\n"
