"""Render README.md from a generation (deterministic)."""
import everyday170
import vendor170
import positional170
import prose170
import evasions170
import negatives170
from enc170 import RULES


def bt(xs):
    return ", ".join(f"`{x}`" for x in xs)


def render(data, meta):
    pos, ev, neg = data["secrets"], data["evasions"], data["negatives"]
    deny = meta["deny"]
    names = set(deny["names"])
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    kinds = {r["container"] for r in pos}
    kept_v, dropped_v, tail_v = vendor170.select(names)
    kept_l, refused_l, spare_l = prose170.select(deny)
    pw_recs = by["password"]
    L = []
    A = L.append
    A("# privacy_hundredseventieth (p170) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**locksmith, safe-technician and master-key-system developers**: master-key system planning and keying charts "
      "(GMK / MK / change-key hierarchies, door hardware schedules, Excel / VBA keying workbooks), key-cutting machine and "
      "code-cutter software (networked code cutters, key-code lookup and code-series databases, InstaCode-style licences), "
      "access-control panels and electronic locks (OSDP readers and secure-channel keys, Brivo, Avigilon Alta, Kisi, Verkada, "
      "Genea, PDK, Paxton Net2, Gallagher, HikCentral, ButterflyMX, Latch), smart locks and aggregators (Seam, August / Yale, "
      "Nuki, Tedee, SwitchBot, igloohome, RemoteLock, Salto KS, Level, Lockly), realtor key safes and MLS feeds (SentriLock, "
      "ShowingTime, Bridge Interactive, Spark, RETS), safe-combination and service records, mobile-locksmith dispatch and "
      "invoicing (ServiceM8, Workiz, Housecall Pro, FieldEdge, Geotab, Fleetio, Stripe, PayPal, Braintree, Authorize.Net, "
      "FreshBooks, Invoice Ninja, Helcim), restricted-keyway registration, hotel-lock encoders and PMS links (Visionline, "
      "Saflok Ambiance, Mews, Cloudbeds, Apaleo, Oracle OHIP), automotive key programming and immobiliser tools (NASTF VSP, "
      "Autel, Xhorse, Smart Pro, VINs, FCC ids, transponder chips) and auto-lockout call centres (Agero Swoop, Urgently, HONK, "
      "Five9, Aircall, Dialpad, Genesys, RingCentral, Plivo, Vonage, Twilio); plus the commerce, messaging, AI, developer and "
      "ops services such developers use (OpenAI, Anthropic, Mistral, Cohere, DeepSeek, ElevenLabs, Deepgram, AssemblyAI, "
      "OpenRouter, LangSmith, GitHub, npm, PyPI, Docker Hub, GitLab, Vault, Doppler, 1Password, Netlify, Render, Linode, Vultr, "
      "Hetzner, Cloudflare, Entra ID, AWS, Dropbox, Zoho, Trello, monday.com, New Relic, Sentry, Grafana Cloud, PagerDuty, "
      "Opsgenie, Telegram, WhatsApp, Slack, Discord, Teams, Postmark, SparkPost, Mailgun, SendGrid, Firebase, Google, Mapbox, "
      "Pushover, ngrok, Tailscale, Cloudinary, MongoDB Atlas, Upstash); with hard negatives from the same world. Everything is "
      "produced by `build.py` and its modules (`common170.py`, `everyday170.py`, `vendor170.py`, `positional170.py`, "
      "`prose170.py`, `enc170.py`, `dec170.py`, `evasions170.py`, `negatives170.py`, `readme170.py`, frozen deny-list "
      "`brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (17001 everyday, 17002 vendor, 17003 "
      "positional passwords, 17004 prose, 17005 evasions, 17006 negatives), no clock, no network. `python3 build.py [outdir]` "
      "generates everything twice in one process, compares the bytes of the three JSONL files, runs every check and "
      f"{len(meta['mutations'])} mutation tests, renders this README from both generations and compares it, and only then "
      "writes the files (on any failure it writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list "
      "from `/tmp/brief170/`.\n")
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredseventieth/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The "
      "only project material read were the two READMEs in `/tmp/brief170/` (`README_hundredsixtyseventh.md`, p167, "
      "pest-control / lawn-care; `README_hundredsixtyeighth.md`, p168, tattoo / piercing studios), used only to learn the "
      "file format and what is already covered. No other `/tmp` directory was looked at except the scratch directory "
      "`/tmp/scratch170/` (trial builds, a copy of the modules used to prove that a failing build writes nothing, and a copy of the public gitleaks rule file read for token shapes). "
      f"The deny-list (`common170.extract_denylist`) holds every backticked name and every snake_case identifier of both "
      f"READMEs, lower-cased, also split at `__` and with any earlier positional prefix (`<letters>pw_`) stripped "
      f"({len(deny['names'])} names); the {len(deny['syntaxes'])} earlier positional syntax names without prefix; and the "
      f"code, name and name words of every `code` (Name) language pair plus the codes on their spare lines "
      f"({len(deny['language_codes'])} codes, {len(deny['language_names'])} names / words). It is frozen in "
      "`brief_names.json`; when `/tmp/brief170/` exists the build re-extracts it and fails if it differs. "
      f"Vendor types dropped by the deny-list on this run: {len(dropped_v)}; positional syntaxes dropped: "
      f"{sum(1 for s in positional170.SYNTAXES if s[0] not in positional170.HELD_BACK) - len(pw_recs)}; languages refused: "
      f"{len(refused_l)}. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, "
      "languages or notations.\n")

    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A(f"| `secrets.jsonl` | {len(pos)} | {len(pos)} | {len({r['type'] for r in pos})} | {len(kinds)} | everyday "
      f"{len(by['everyday'])}, vendor {len(by['vendor'])}, positional-password {len(pw_recs)}, prose {len(by['prose'])} in "
      f"{len(by['prose'])} languages |")
    A(f"| `evasions.jsonl` | {len(ev)} | {len(ev)} | {len({r['type'] for r in ev})} | {len({r['container'] for r in ev})} | "
      f"{len({r['encoding'] for r in ev})} encodings × 3 |")
    A(f"| `negatives.jsonl` | {len(neg)} | – | – | {len({n['container'] for n in neg})} | {len({n['class'] for n in neg})} classes |")
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names`, `syntaxes`, `language_codes`, `language_names`) |\n")
    A("Schema: positives `id` (`p170-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with "
      "exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions "
      "(`p170-e-NNNN`) add a record-level `encoding`; their single span also has `plain` (the clean secret) and `encoding`; "
      "`source` is `evasion`. Negatives (`p170-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python "
      "code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    A(f"Scale: everyday 180 = 12 types × 45 kinds × 4. Vendor 120 ({len(vendor170.VENDORS)} candidates written, "
      f"{len(dropped_v)} dropped by the deny-list, the locksmith-world ones first and the first 120 kept; unused tail: "
      f"{bt(tail_v) or 'none'}). Positional passwords {len(pw_recs)} ({len(positional170.SYNTAXES)} syntaxes written, "
      f"{len(positional170.HELD_BACK)} held back as the weakest or as near-duplicates: {bt(positional170.HELD_BACK)}). "
      f"Prose 40 in 40 languages ({len(prose170.LANGS)} written; spares unused: {bt(spare_l)}). Evasions 66 = 22 × 3. "
      f"Negatives {len(neg)} = {len(negatives170.CLASSES)} classes × 2 base kinds × 6 presentations (plain and five wrappers). "
      f"Positives total {len(pos)} (asked ~450).\n")

    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a locksmith WhatsApp group, an "
      "OCR'd van dashboard label, a Jira comment, an owner's e-mail to the bookkeeper, a debug log line, a `git diff`, a "
      "crontab line, a Teams chat, a Freshdesk private note, a KeePassXC CSV export) are labelled.")
    A("- Owner-chosen passwords are a word of the locksmith world (deadbolt, mortise, tumbler, keyway, bitting, shearline, "
      "cylinder, padlock, rekey, masterpin, sidebar, transponder, lockbox, keysafe, dialring, relocker, boltwork, "
      "escutcheon, tailpiece, cremone, keyblank, impression, thumbturn, strikeplate, coreplug, codecutter, changekey, "
      "grandmaster, immobiliser, shackle, hardplate, timelock, panicbar, …; capitalised 45 % of the time) + a joiner "
      "(`- _ . + ~`; prose and evasion passwords use only `- _ .`) + 3–6 lower-case letters / digits + 2 digits. Checked by "
      "regular expression for the six everyday password types, the vendor password types, every non-Base64 positional "
      "value and every prose value.")
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain appears in any text. All values, evasion plains and runs are drawn through one registry "
      "that refuses any string in a substring relation with an earlier one; negatives are redrawn if they contain any "
      "registered string.")
    A("- Structured values are valid: UUIDs are version 4 (also inside `kclt_` tokens and Teams webhook URLs); "
      "Base64 / base64url values encode random bytes of the stated length (invoicing client secret 42 bytes, `lbwh_` "
      "secret 32 bytes); JWTs (immobiliser tool session, monday.com, RingCentral JWT credential) have real base64url JSON "
      "header and payload (HS256 ones a real HMAC); `ghs_` / `gho_` / `npm_` tokens carry a real CRC-32 in their last six "
      "base62 characters; the Mapbox `sk.` middle, Sentry `sntrys_`, Grafana `glc_` and 1Password `ops_` bodies are real "
      "Base64 JSON; the PyPI token is the base64url of a macaroon-like blob that begins with location `pypi.org` "
      "(`AgEIcHlwaS5vcmc`); positional Base64 spans decode to `\\0user\\0password` (SMTP AUTH PLAIN) or `user:password` "
      "(HTTP Basic). Negatives: VINs carry a real ISO 3779 check digit, UPC-A / EAN-13 real GS1 check digits, SHA-256 / "
      "SHA-1 values are real digests of random bytes, the Mapbox `pk.` token has real base64url JSON.")
    A("- Public neighbours are unlabelled: user names, hosts (`*.lockshop.internal`, `*.keyworks.lan`, `*.shop.lan`, "
      "private addresses), SSIDs, key and variable names, client / app ids (RemoteLock, Salto KS, Brivo, PDK, Spark, Genesys, "
      "Entra ID, Google, PayPal client ids, HikCentral app key, OHIP app key), account ids and SIDs (Plivo `MA…`, Twilio "
      "`SK…`, Vonage key, AWS `AKIA…`, Aircall API id, Authorize.Net login id, Braintree merchant id), and the user half of "
      "a pair.")
    A(f"- Positional passwords: span type `{positional170.PREFIX}<syntax>`, container `{positional170.PREFIX}<syntax>__<suffix>` "
      "where the suffix says where the text lives: " +
      ", ".join(f"`{v}` ({k})" for k, v in positional170.SUFFIX.items()) + ".")
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside "
      "its own run or if the run would start or end with whitespace.\n")

    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join(f"`{t}` ({d})" for t, _w, d, _g in everyday170.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " +
      ", ".join(f"`{c}` ({s})" for c, s, _f in everyday170.CONTAINERS) +
      ". Pairing: type = (4·kind + j + ⌊kind/3⌋) mod 12 (every type 15 times) for the four records j of a kind, so every kind holds four "
      "different types (an OSDP key can sit in a WhatsApp paste, an encoder operator password in a Wrangler file). Key "
      "names are built from the type's key words in the container's own case style (UPPER_SNAKE, snake, kebab, dot.case, "
      "camelCase, PascalCase, Train-Case header names, spaced words for chats / e-mails, upper-case words for the OCR'd "
      "label).\n")
    A("Vendor (120 types, container `<type>__<style>`): " + bt([r["type"] for r in by["vendor"]]) +
      ". Styles (assigned cyclically): " + bt(vendor170.STYLES) + ".\n")
    A(f"Positional passwords ({len(pw_recs)} syntaxes): " + bt([r["type"] for r in pw_recs]) + ".\n")
    A(f"Prose: someone tells a colleague the password of the key-cutting machine laptop in van 3 and asks them not to "
      f"forward it; span type `{prose170.TYPE}`; container `<format>__<iso639-3>`; formats {bt(prose170.FORMATS)}. "
      "Languages (40): " + ", ".join(f"`{c}` ({n})" for c, n, _s in kept_l) + ". None of them is among the languages (or "
      "spares) of either README. Scripts: Latin, Cyrillic (Russian, Serbian, Halh Mongolian, Tajik, Kyrgyz), Hebrew, "
      "Devanagari (Hindi, Nepali), Bengali, Gujarati, Kannada, Malayalam, Sinhala, Japanese kana / kanji, Hangul, Han "
      "(Mandarin, Cantonese), Khmer, Myanmar. Japanese, Chinese, Cantonese, Khmer and Burmese do not separate words with "
      "spaces, so the value got spaces around it; every prose value is set off by whitespace (checked).\n")

    A("## Evasion encodings\n")
    A("; ".join(f"`{k}` = \"{v}\"" for k, v in RULES.items()) + ".\n")
    A("Encoders are in `enc170.encode` (uuencode uses `binascii.b2a_uu(backtick=True)`; the rest are hand-written); the "
      "decoder `dec170.decode` gets only the encoding name and the run and imports nothing from the encoder: a Morse table "
      "retyped as a string and the digits generated by rule, a NATO word list and title-case number words, a "
      "`str.maketrans` table for ROT13/ROT5, key-letter offsets typed as numbers for the Vigenère, a zigzag index walk "
      "for the rail fence, token parsing for multitap and Polybius (a retyped 6×6 grid), regular expressions for the key "
      "blank numbers, quoted-printable, percent and `\\u` escapes, arithmetic for bitting depths, dial numbers, ternary "
      "and negabinary, a hand-written uudecode group reader, hex parsing for the transponder IDs, `unicodedata.name` "
      "parsing for circled and monospace forms, a Roman-numeral parser, first characters for the acrostic and a split for "
      "the swapped halves. Every pair was round-tripped on 300 random plains per notation (lengths 2–44) while writing; at "
      "build time every span is decoded back to its `plain`. Evasion types: " +
      "; ".join(f"`{t}` ({d})" for t, _w, d, _g in evasions170.EV_TYPES) + "; wordings: " + bt(evasions170.WORDINGS) +
      "; container `<encoding>__<wording>`.\n")

    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    for cls, ks, note in negatives170.CLASSES:
        A(f"| `{cls}` | {sum(1 for n in neg if n['class'] == cls)} | {bt([k for k, _f in ks])} | {note} |")
    A("")
    A("Each base kind appears plain and wrapped " + ", ".join(f"`__{w}`" for w in negatives170.WRAPPERS) + ".\n")

    A("## Checks run by build.py before writing\n")
    A("- ids unique and sequential per file; exact record and span field sets; exactly one span per record; spans re-slice "
      "exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its "
      "text; no value, run or plain reused; no value or plain in another record's text or in any negative; no evasion "
      "plain in its own text; no slot marker (`⟪ V ⟫`), NUL or `PRIVATE KEY`; prose values set off by whitespace")
    A("- shapes: owner-chosen password regex for everyday and vendor password types, non-Base64 positional and prose "
      "values; positional Base64 spans decode to a credential holding such a password; UUID-shaped substrings (values and "
      "negatives) are version 4; JWT-shaped values have base64url JSON header and payload; `ghs_` / `gho_` / `npm_` "
      "CRC-32; `sntrys_`, `glc_`, `ops_` and Mapbox `sk.` bodies decode to JSON; PyPI macaroon prefix; Base64 lengths of "
      "the invoicing secret and the `lbwh_` secret; VIN check digits in negatives")
    A("- evasions: every span decodes to `plain` with the independent decoder; the stated rule occurs before the run; the "
      "run starts right after `:` and a newline and is followed by a newline; plain alphabet `[A-Za-z0-9_.-]`; the run "
      "never contains its plain; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and run")
    A("- deny-list: every container (positives, evasions, negatives), span type, positional syntax (with and without "
      f"`{positional170.PREFIX}`), evasion encoding, negative class and presentation label (vendor styles, password "
      "suffixes, prose formats, evasion wordings, negative wrappers) is compared case-insensitively, whole name and every "
      "`__` part, with the frozen deny-list; a positional syntax may not equal an earlier syntax; a prose language may not "
      "have a deny-listed code, name or name word; the frozen `brief_names.json` is compared with a fresh extraction when "
      "`/tmp/brief170/` exists")
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types and four distinct types per kind; vendor 120 distinct types with "
      "containers `<type>__<style>`; 95–120 distinct password syntaxes; prose 40 in 40 distinct languages; 66 evasions, 3 "
      "per encoding; span types of the five sources pairwise disjoint; non-everyday containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A(f"- {len(meta['mutations'])} mutation tests on deep copies, all must be caught: " +
      ", ".join(f"`{n}` ({'caught' if c else 'MISSED'})" for n, c in meta["mutations"]) + "\n")

    guessed = [v for v in kept_v if v[3] == "guessed"]
    read = [v for v in kept_v if v[3] == "read"]
    known = [v for v in kept_v if v[3] == "known"]
    pwv = [v for v in kept_v if v[3] == "password"]
    A("## Shapes you had to guess\n")
    A("Read for shape this session (public text, nothing copied): the regular expressions of the public gitleaks default "
      "config (`config/gitleaks.toml`) for the rules named below, a public Raycast extension that checks Seam keys "
      "(`seam_` prefix, 38 characters) and a public project note showing the Cloudbeds `cbat_` prefix. Vendor types whose "
      "shape follows what was read: " + ", ".join(f"`{v[0]}` ({v[4]})" for v in read) + ".\n")
    A("Believed right from background knowledge (not re-read): " + ", ".join(f"`{v[0]}` ({v[4]})" for v in known) + ".\n")
    A("Guessed (length and alphabet only, recognisable from the key name): " +
      ", ".join(f"`{v[0]}` ({v[4]})" for v in guessed) + ". Owner-chosen passwords (the vendor logs in with user / "
      "password): " + bt([v[0] for v in pwv]) + ". Everyday prefixes `slck_live_` (smart-lock key), `lbwh_` (lockbox "
      "webhook secret), `kclt_` (key-code lookup token) and the evasion prefix `slk_` are invented. The OSDP secure-channel "
      "base key is 128-bit (32 hex) as in the OSDP spec as remembered. Syntaxes from memory, not re-checked: `gbak -pas`, "
      "`nzsql -pw`, `winrs -p:`, `mkstore -createCredential` argument order, `vmrun -gu/-gp`, `espota.py -a`, the "
      "`nut` `MONITOR` field order, pgbouncer `userlist.txt`, dovecot `{PLAIN}` passwd-file layout, `memcached` ASCII SASL "
      "`set` data line, `Net::SMTP.start` / `PG.connect` / `Net::POP3.start` positions, `PrincipalContext` and `SshClient` "
      "constructor positions, `sp_addlinkedsrvlogin` fifth parameter, `OPENROWSET` `'server';'user';'password'` form, "
      "`Workbooks.Open` fifth parameter, `zipfile.extractall` third parameter. The lockbox roster CSV, hotel encoder pipe "
      "import and fixed-width technician roster are invented formats of this world. Negatives: key blank cross references, "
      "FCC ids, OSDP vendor codes, folio and PO lengths are approximate.\n")

    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (keying-chart database, code-cutter admin, access-panel installer, safe "
      "service portal, restricted-keyway registry, hotel encoder operator) and six generated secrets (`slck_live_` smart-lock "
      "key, `lbwh_` lockbox webhook secret, HS256 immobiliser-tool session JWT, 32-hex OSDP secure-channel base key, Base64 "
      "invoicing client secret, `kclt_` + UUID key-code lookup token). The OSDP key is only hex but is the root key of the "
      "reader bus, so it is labelled. Pairing is cyclic, so some combinations are deliberately \"wrong file\" leaks.")
    A("- Vendor: most locksmith-world vendors (August / Yale, Nuki, Tedee, SwitchBot, igloohome, RemoteLock, Salto KS, "
      "Latch, Brivo, Avigilon Alta, Kisi, Verkada, Genea, PDK, Paxton, Gallagher, ButterflyMX, HikCentral, SentriLock, "
      "ShowingTime, Spark, Mews, Apaleo, OHIP, Saflok, InstaCode, Swoop, Urgently, HONK, ServiceM8, Workiz, Housecall Pro, "
      "FieldEdge, Fleetio, Aircall, Dialpad, Genesys, PayPal, FreshBooks, Invoice Ninja, Helcim) publish no token format the "
      "builder knows, so their types model a partner / integration secret recognisable only from the key name — that is "
      "part of the test. RETS, Visionline, NASTF VSP, Autel, Xhorse, Smart Pro, MyGeotab and Five9 carry owner-chosen "
      "passwords. Webhook URLs (Discord, Teams) are labelled whole because the URL is the credential. The Stripe `rk_live_` "
      "restricted key is a positive while `pk_live_` appears only in negatives; the `AIza` Places key is labelled because it "
      "sits under a server-key name, the Firebase FCM legacy server key because it is server-side. The KeePassXC CSV style "
      "has a `Password` column header even for API keys (that is how such exports look). Some brands of the earlier READMEs "
      "reappear with new credential kinds (`slack_app_level_token`, `github_app_installation_token`, "
      "`openai_admin_api_key`, `sendgrid_dispatch_alerts_key`, `aws_iam_user_secret_key`, …); only type names were checked.")
    A("- Passwords: labelled when the value logs in (short flags `-a`, `-p`, `-P`, `-w`, `-pw`, `-pas`, `-gp`, `/p:`, "
      "`-p:`, positional arguments of `net user`, `rabbitmqctl add_user`, `mosquitto_passwd -b`, `mkstore`, `composer "
      "config`, smbclient's service password, `user%pass` pairs, `user:pass` pairs for `etcdctl --user`, `skopeo "
      "--src-creds`, `jenkins-cli -auth`, `sqlldr` slash logons, URL userinfo for restic REST, ovftool, pip, CUPS, curl FTP "
      "upload, mongosh SRV, yum repos, git credential store, mutt, mongoose and WebSocket URLs, and library call positions "
      "in Python, Node, Go, Java, C#, Ruby, PHP, Perl, Rust, C, VBA / VBScript, Arduino and MicroPython), protects a file or "
      "key (`zip -P`, `unzip -P`, glued `unrar -p`, `qpdf --encrypt` owner password, `cryptsetup --key-file=-`, `steghide "
      "-p`, pikepdf / pypdf / msoffcrypto / zipfile, VBA `Workbooks.Open`, `Unprotect`, `Protect`), is a shared secret "
      "(SNMP community string, ESP OTA password, PAP secret, MicroPython Wi-Fi), sits in a file by position (`.pgpass`, "
      "OpenVPN auth file, rsyncd secrets, vsftpd virtual users, dovecot passwd-file, postfix `sasl_passwd`, pgbouncer "
      "userlist, NUT `upsmon.conf`, an askpass script, an Ansible vault-id file, the lockbox roster, the encoder import "
      "and the fixed-width roster) or travels in a protocol exchange (IMAP `LOGIN`, SMTP AUTH PLAIN and HTTP Basic as "
      "Base64 spans, memcached SASL data line, an LDAP simple bind decoded by Wireshark, XML-RPC and JSON-RPC positional "
      "params, Redis `HELLO … AUTH`, IRC NickServ `IDENTIFY`) or is typed by automation (Playwright, Cypress, Selenium, "
      "Capybara, TestCafe, xdotool, AutoHotkey, AutoIt, stdin to `kinit`, `p4 login`, `cryptsetup`). `-pas`, `-pw`, "
      "`IDENTIFY`, `USERPWD`, the `{PLAIN}` scheme and the `simple:` field keep a hint of the word; they are the weakest "
      "positional cases. Several ideas repeat earlier corpora on new tools (URL userinfo, `%` pairs, library call "
      "positions, stdin echo, Base64 protocol lines); novelty was checked by name, not by signature.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "German, Italian, Portuguese, Norwegian, Russian, Serbian, Bosnian, Galician, Afrikaans, Esperanto, Hebrew, Hindi, "
      "Japanese, Korean, Mandarin, Malay; modest for Luxembourgish, Western Frisian, Latin, Bengali, Nepali, Cantonese, "
      "Javanese, Haitian Creole, Tajik, Kyrgyz, Halh Mongolian, Zulu, Xhosa; low for Scottish Gaelic, Breton, Yoruba, "
      "Hausa, Gujarati, Kannada, Malayalam, Sinhala, Khmer, Burmese, Plateau Malagasy. Loan words (`password` / "
      "`पासवर्ड` / `পাসওয়ার্ড` / `પાસવર્ડ` / `ಪಾಸ್‌ವರ್ಡ್` / `പാസ്‌വേഡ്`, `laptop`) are kept as people use them. Nepali "
      "and Bengali use their own digits for the van number.")
    A("- Evasions: Morse, NATO spelling and phone multitap are spelled / signalled forms; ROT13+ROT5, the DEADBOLT "
      "Vigenère and the Polybius square are ciphers with their rule or key stated; rail fence, acrostic and swapped halves "
      "are positional tricks; uuencode, quoted-printable, percent encoding and `\\u` escapes are developer encodings; "
      "Roman numerals, ternary trits and negabinary are numeral systems; circled and monospace forms are Unicode "
      "look-alike blocks; bitting depths, key blank numbers, safe-dial numbers and transponder IDs are locksmith-world "
      "disguises of code points or bytes. Close relatives exist in the earlier corpora (ROT47, Atbash, bold Fraktur, "
      "double-struck and full-width forms, HTML references, world-specific number disguises, reversed chunks); novelty "
      "was checked by name only. Circled and monospace forms leave - _ . unchanged, so a plain made only of those would "
      "not change (none is).")
    A("- Negatives: key blank numbers and keyways, GMK / MK / change-key designations and door hardware rows, cylinder and "
      "lock serials, safe serials and audit events, VINs, FCC ids and chip types, OSDP addresses and reader serials, "
      "rooms / folios, call numbers and motor-club POs are identifiers (real bittings and combinations never appear — the "
      "keying summary and the safe visit say so in words, which is a trap for keyword detectors); SHA-256 / SHA-1 values "
      "are digests; Stripe `pk_live_`, Mapbox `pk.`, the Sentry DSN key, PostHog `phc_` and the Algolia search-only key are "
      "public by design; masked values keep at most a four-character tail; `<YOUR_LOCKBOX_TOKEN>`, empty values, `xxxx…` "
      "and `${…:?set me}` are placeholders; ExternalSecret refs and Key Vault references are pointers; SOPS `ENC[…]` values "
      "and SealedSecret `encryptedData` are ciphertext (the SOPS key is named `keying_chart_db_password`, a deliberate "
      "trap); Django PBKDF2 and Apache APR1 strings are one-way hashes (sensitive, not usable credentials; the PBKDF2 CSV "
      "has a `password` column header, another trap); the SMS thread and onboarding paragraph talk about codes without "
      "one; request / trace ids and the webhook `v1=` HMAC are outputs, not keys. Random fillers are generated, so an "
      "entropy-only detector will hit them — that is the point.\n")

    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief170/` (p167 and p168), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch170/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public "
      "`config/gitleaks.toml` of `gitleaks/gitleaks` (snapshot brought in by the search tool's `fetch` into its own mirror "
      "directory, extracted with `git show` into `/tmp/scratch170/` and grepped for the rules of 1Password, Anthropic "
      "admin, Azure AD client secrets, Cloudflare global and origin-CA keys, Cohere, Doppler, Dropbox, Facebook `EAA`, "
      "GCP `AIza`, GitHub app / OAuth, GitLab runner and deploy tokens, Grafana Cloud, HashiCorp Vault, Mailgun, Microsoft "
      "Teams webhooks, Netlify, New Relic, npm, OpenAI, PyPI, SendGrid, Sentry org tokens, Slack app / user tokens, "
      "Stripe, Telegram, Twilio); and two `code` searches "
      "of the search tool — one for Seam smart-lock API key rules (Seam's public docs, a Homebridge plugin README showing "
      "a masked `seam_****` key, a Raycast extension checking `startsWith(\"seam_\")` and length 38), one for Cloudbeds "
      "keys (Airbyte's Cloudbeds connector doc and a public project note showing the `cbat_` prefix). Kingfisher, "
      "Betterleaks, CredSweeper and vendor documentation were not opened this session; the remaining shapes come from the "
      "builder's memory of public rule sets and are marked above as believed or guessed.")
    return "\n".join(L) + "\n"
