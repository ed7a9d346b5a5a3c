"""Render README.md for corpus p164 from the generated data."""
import everyday164
import evasions164
import negatives164
import positional164
import prose164
import vendor164
from enc164 import RULES


def _bt(xs):
    return ", ".join(f"`{x}`" for x in xs)


def render(data, deny, muts):
    S, EV, NEG, meta = data["secrets"], data["evasions"], data["negatives"], data["meta"]
    src = {}
    for r in S:
        src.setdefault(r["source"], []).append(r)
    n_types = len({r["type"] for r in S})
    n_kinds = len({r["container"] for r in S})
    ev_types = sorted({r["type"] for r in EV})
    classes = []
    for r in NEG:
        if r["class"] not in [c for c, _ in classes]:
            classes.append((r["class"], []))
    ccount = {}
    for r in NEG:
        ccount[r["class"]] = ccount.get(r["class"], 0) + 1
    kinds_by_class = {c: [k for k, _ in ks] for c, ks in negatives164.CLASSES}
    L = []
    a = L.append
    a("# privacy_hundredsixtyfourth (p164) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **hair-salon, spa and beauty-booking developers**: appointment booking and online scheduling "
      "(Vagaro, Mindbody, Boulevard, Fresha, Phorest, Zenoti, GlossGenius, Booker, Meevo, Acuity, SimplyBook.me, Setmore, "
      "booking widgets, calendar sync with Google / Microsoft Graph / Cronofy, SMS and e-mail reminders), salon point of sale, "
      "card readers and gift cards (Square, Stripe, Adyen, PayPal, Helcim, Authorize.net, Givex, Gift Up!), stylist commission "
      "and payroll tools (Deputy, 7shifts, SFTP payroll drops, Excel VBA exports), product inventory and retail (WooCommerce, "
      "BigCommerce, Lightspeed, Shopify, EAN-13 stock counts), spa treatment-room and resource planning (Book4Time, SpaSoft, "
      "Agilysys, room planners in Spring / Micronaut / Rust), client records with colour formulas and consent forms (encrypted "
      "fields, signed PDFs, patch-test logs), loyalty and membership apps (Smile.io, LoyaltyLion, Stripe subscriptions, "
      "Flutter / React Native apps), kiosk check-in tablets (Android managed config, Raspberry Pi, Electron, MDM) and marketing "
      "and review automation (Zapier, Make, Klaviyo-style e-mail, Attentive, Postscript, Yotpo, Trustpilot, Yelp, Google "
      "reviews); plus the commerce, messaging, AI, developer and ops services such developers use (Twilio, WhatsApp Cloud, "
      "Postmark, SES, Slack / Discord webhooks, Anthropic, Mistral, Cohere, ElevenLabs, GitHub, npm, PyPI, Netlify, Render, "
      "Sentry, 1Password, Vault, Cloudinary, OneSignal, …); with hard negatives from the same world. Everything is produced by "
      "`build.py` and its modules (`common164.py`, `everyday164.py`, `vendor164.py`, `positional164.py`, `prose164.py`, "
      "`enc164.py`, `dec164.py`, `evasions164.py`, `negatives164.py`, `readme164.py`, frozen deny-list `brief_names.json`): "
      "Python 3 standard library only, fixed `random.Random` seeds (16401 everyday, 16402 vendor, 16403 positional passwords, "
      "16404 prose, 16405 evasions, 16406 negatives), no clock, no network. `python3 build.py [outdir]` generates everything "
      "twice in one process, compares the bytes of the three JSONL files, runs every check and "
      f"{len(muts)} mutation tests, renders this README from both generations and compares it, and only then writes the files.\n")
    a("**Independence.** The builder never saw the detector's code: under `/work/main` only this output directory was "
      "created (`mkdir -p`) and written; its parent was never listed, nothing else under the project was opened, listed, "
      "grepped or searched, and git was never run there. The only project material read were the two READMEs in "
      "`/tmp/brief164/` (`README_hundredsixtyfirst.md`, `README_hundredsixtysecond.md`, i.e. p161 and p162), used only for the "
      "file format and to know what is already covered; no other `/tmp` directory was looked at except the scratch directory "
      "`/tmp/scratch164/` (trial build output). "
      f"The deny-list (`build.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, "
      f"lower-cased, also split at `__` and with any earlier positional prefix (`<letters>pw_`) stripped ({len(deny['names'])} "
      f"names), and the code, name and name words of every `code` (Name) language pair plus a hand list of languages named "
      f"in their prose ({len(deny['languages'])} language entries). It is frozen in `brief_names.json`; when `/tmp/brief164/` "
      "exists the build re-extracts it and fails if it differs. The build fails on any case-insensitive overlap (whole name "
      "or any `__` part) of a record's container kind or span type, an evasion encoding, a negative class or container, or a "
      "prose language with the deny-list; a positional syntax is also checked with its `salonpw_` prefix removed. "
      f"Dropped by the deny-list on this run: vendor types {len(meta['vendor_dropped'])}, positional syntaxes "
      f"{len(meta['pos_dropped'])}, languages {len(meta['langs_refused'])} (the candidate lists were written after reading "
      "the READMEs, so none collided). Novelty is checked against these two READMEs only; older corpora may share vendors, "
      "syntaxes, languages or notations.\n")

    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a(f"| `secrets.jsonl` | {len(S)} | {len(S)} | {n_types} | {n_kinds} | everyday {len(src['everyday'])}, vendor "
      f"{len(src['vendor'])}, positional-password {len(src['password'])}, prose {len(src['prose'])} in "
      f"{len(src['prose'])} languages |")
    a(f"| `evasions.jsonl` | {len(EV)} | {len(EV)} | {len(ev_types)} | {len({r['container'] for r in EV})} | "
      f"{len({r['encoding'] for r in EV})} encodings × 3 |")
    a(f"| `negatives.jsonl` | {len(NEG)} | – | – | {len({r['container'] for r in NEG})} | {len(ccount)} classes |")
    a(f"| `brief_names.json` | – | – | – | – | frozen deny-list: {len(deny['names'])} names, {len(deny['languages'])} language entries |\n")
    a("Schema (same as the earlier corpora): positives `id` (`p164-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (list of one `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). "
      "Evasions (`p164-e-NNNN`) add a record-level `encoding`; their single span has `plain` (the clean secret) and "
      "`encoding`; `source` is `evasion`. Negatives (`p164-n-NNNN`): `id`, `class`, `container`, `text`, `source` "
      "(`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a(f"**Scale.** Everyday 180 = 45 kinds × 4. Vendor 120 ({meta['n_vendor_candidates']} candidates written, the first "
      f"120 kept; unused tail: {_bt(meta['vendor_tail'])}). Positional passwords {len(src['password'])} "
      f"({meta['n_syntaxes']} syntaxes written; {len(positional164.RESERVE)} held back as near-duplicates of kept ones or "
      f"because the tool / function name itself says \"password\": {_bt(sorted(positional164.RESERVE))}). Prose 40 in 40 "
      f"languages (spares unused: {_bt(meta['lang_spares'])}). Evasions 66 = 22 × 3. Negatives {len(NEG)} = "
      f"{len(ccount)} classes × 2 base kinds × 6 presentations. Positives total {len(S)} (asked ~450).\n")

    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a staff WhatsApp group, an "
      "owner's e-mail to an IT contractor, an OCR'd sticky note at the front desk, an Intercom support transcript, a Jira "
      "bug description, a KeePassXC CSV export, an iMessage paste, a Zendesk reply, an `msmtprc` comment) are labelled.")
    a("- Owner-chosen passwords are a salon / spa word (balayage, foilwrap, blowout, pedicure, cuticle, hotstone, keratin, "
      "bobbypin, chignon, loofah, pumice, lashlift, jojoba, argan, gelpolish, …; capitalised 45 % of the time) + one of "
      "`- _ . + ~` + 3–6 lower-case letters / digits + 2 digits (prose and evasion passwords use only `- _ .`).")
    a("- Every labelled value occurs exactly once in its text; no value or evasion plain is reused; values, plains and "
      "evasion runs are drawn through one registry that refuses any string in a substring relation with an earlier one; "
      "no labelled value appears in another record's text or in any negative, and no evasion plain appears in any text; "
      "negatives are redrawn if they contain any registered string.")
    a("- Structured shapes: UUIDs are version 4; Base64 / base64url values encode random bytes (the Boulevard secret, the "
      "client-records encryption key and the SES SMTP password are standard Base64 of 32 bytes); the loyalty JWT and the "
      "MailerLite token have a real base64url JSON header and payload; the Sentry org token `sntrys_` and the 1Password "
      "service-account token `ops_` carry real Base64 JSON; the Mapbox `sk.` token has a real base64url JSON middle; the "
      "Azure SAS `sig` is URL-encoded Base64 of 32 bytes; the Redis RESP record's `$N` is the real byte length. Negatives: "
      "EAN-13 barcodes, gift-card serials, IMEIs and membership numbers carry real check digits (EAN / Luhn); SHA-256, "
      "SHA-1 and SHA-512 values are real digests of random strings.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.example`, `*.example.net`, `*.example.org`, `spa.lan`, "
      "`salon.lan`, `spa.internal`), LDAP DNs, SSIDs, share and database names, key names, account / site / client ids "
      "(Twilio `AC…` and `SK…` SIDs, Mindbody site id, WooCommerce `ck_…` consumer key, Pusher app key, Cloudinary API "
      "key, reCAPTCHA site key, Google / GitHub client ids), and the user half of a user:password pair.")
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside "
      "its own run.\n")

    a("## Categories (positives)\n")
    a("Everyday (12 types): " + _bt([t[0] for t in everyday164.TYPES]) + ". Container kinds (45): "
      + _bt([k[0] for k in everyday164.KINDS]) + ". Pairing: type = (7·kind + 5·j) mod 12 for j = 0…3, so every kind gets "
      "four different types and every type sits in 15 kinds. Key names are built from the type words in the container's "
      "own case style (UPPER_SNAKE for dotenv / compose / CI, snake_case for YAML / TOML / PHP / Python, camelCase for JSON "
      "and JS / Dart, PascalCase for .NET / VBA / registry / PowerShell, kebab-case for Spring / k8s, dotted for "
      ".properties, spaced words for chat, e-mail, ticket and OCR kinds).\n")
    a("Vendor (120 types, kind `<type>__<style>`): " + _bt([r["type"] for r in src["vendor"]]) + ". Styles (12, "
      "assigned cyclically): " + _bt([s[0] for s in vendor164.STYLES]) + ". Where a vendor pairs a public id with the "
      "secret, the id is written on a neighbouring line and left unlabelled.\n")
    a(f"Positional passwords ({len(src['password'])} syntaxes, span type `salonpw_<syntax>`, container "
      "`salonpw_<syntax>__<suffix>` with suffixes " + _bt(positional164.SUFFIXES) + " assigned cyclically — a "
      "presentation label, not a claim about the text): " + _bt([r["type"] for r in src["password"]]) + ".\n")
    a(f"Prose: someone tells a colleague the booking back-office admin password and asks them not to forward it; span "
      f"type `{prose164.SPAN_TYPE}`; kind `<format>__<iso639-3>`; formats " + _bt(prose164.FORMATS) + ". Languages (40): "
      + ", ".join(f"`{c}` ({n})" for c, n, _ in meta["langs"]) + ". None of them is among the languages (or spares) of "
      "either README. Scripts: Latin with diacritics (incl. Yoruba tone marks), Cyrillic (Russian, Serbian, Tajik, Kyrgyz, "
      "Mongolian, Tatar), Hebrew (right-to-left), CJK (Japanese, Mandarin, Cantonese), Hangul, Devanagari, Bengali, "
      "Gujarati, Kannada, Malayalam, Khmer, Myanmar. Japanese, Chinese, Khmer and Burmese do not separate words with "
      "spaces, so the value got spaces around it; every value is set off by whitespace (checked).\n")
    a("## Evasion encodings\n")
    a("; ".join(f"`{e}` = \"{RULES[e]}\"" for e in sorted({r['encoding'] for r in EV}, key=list(RULES).index)) + ".\n")
    a("Encoders are in `enc164.E` (base32hex and uuencode use `base64.b32hexencode` / `binascii.b2a_uu`, the rest are "
      "hand-written); the decoder `dec164.decode` gets only the encoding name and the run and is written separately: "
      "hand-written bit readers for base32hex, base64url and uuencode, inverse tables for the Cyrillic homoglyphs, NATO "
      "words, Morse, multi-tap and Dvorak keys, range arithmetic for fullwidth, mathematical bold and tag characters, "
      "regular expressions for the colour-shade and duration runs, subtractive Roman-numeral parsing, column "
      "reconstruction for the transposition, and slicing for the decoy pattern. Every pair was round-tripped on 300 "
      "random plains per notation (lengths 2–44) while writing; at build time every span is decoded back to its "
      "`plain`. Evasion types: " + _bt(ev_types) + "; wordings: " + _bt([w[0] for w in evasions164.WORDINGS])
      + "; container `<encoding>__<wording>`.\n")
    a("## Negative classes\n")
    a("| class | records | base kinds |")
    a("|---|---|---|")
    for c, _ in classes:
        a(f"| `{c}` | {ccount[c]} | {_bt(kinds_by_class[c])} |")
    a("")
    a("Each base kind appears plain and wrapped " + _bt(["__" + w for w, _ in negatives164.WRAPPERS if w]) + ".\n")

    a("## Checks run by build.py before writing\n")
    a("- ids unique and well-formed; exact field and span-field sets; exactly one span per record; spans re-slice "
      "exactly, no edge whitespace; record type == span type; each value occurs exactly once in its text; no value or "
      "plain reused; no value in another record's text or in any negative; no plain in any text; no slot marker "
      "(`«`, `»`), NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a "
      "newline and ends at a newline; plain alphabet `[A-Za-z0-9_.-]`; the run never contains its plain; record and span "
      "encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value and plain")
    a("- deny-list: container kinds, span types, syntax names (with and without `salonpw_`), encodings, negative classes "
      "and containers (whole name and each `__` part) and prose languages (code, name, name words); the frozen "
      "`brief_names.json` is compared with a fresh extraction when `/tmp/brief164/` exists")
    a("- counts: 180 everyday with 12 types and 45 kinds, 120 distinct vendor types, 95–120 distinct password syntaxes, "
      "40 prose records in 40 distinct languages, 66 evasions; span types of the sources pairwise disjoint; non-everyday "
      "containers unique; vendor containers `<type>__<style>`")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a(f"- {len(muts)} mutation tests on deep copies, all caught: " + _bt([n for n, _ in muts]) + " (shifted offset, "
      "duplicate id, positive value pasted into a negative, wrong evasion plain, deny-listed container, deny-listed "
      "negative class, record / span type mismatch, missing evasion, prose value glued to a letter, value reused in "
      "another record, deny-listed encoding, value twice in its own text, prose language switched to a deny-listed "
      "one)\n")

    a("## Shapes you had to guess\n")
    a("Read for shape this session (public rule text, nothing copied): Anthropic `sk-ant-api03-` + ~93 base64url + `AA` "
      "(secretlint rule README, an `sk-ant-[a-z0-9]{5,7}-…{90,110}` detector), 1Password service-account `ops_eyJ…` and "
      "secret-key layout, Airtable / age rules (gitleaks-generated TypeScript list), Gemini / Google `AIza` + 35 (a gitleaks "
      "config), Twilio API key SID `SK` + 32 hex, account SID `AC` + 32 hex and 32-character API-key secret (Nosey Parker "
      "rule and YARA rules). Believed right from background knowledge (not re-read): Stripe `sk_live_` / `rk_live_` / "
      "`whsec_` (length approximate), Square `EAAA` + 60 and `sq0csp-` + 43, Square webhook signature key 22 base64url, "
      "Adyen HMAC 64 upper-hex, Authorize.net transaction key 16, WooCommerce `cs_` / `ck_` + 40 hex, BigCommerce 31 "
      "lower-alnum token, Shopify `shpca_` / `shppa_` + 32 hex, Twilio auth token 32 hex, Meta app secret 32 hex, "
      "WhatsApp / Meta `EAA…` tokens, Postmark server token (UUID), SparkPost 40 hex, SES SMTP password (44 Base64, "
      "starting `B`), Slack `xoxp-` and incoming-webhook URL, Discord webhook URL, Google `GOCSPX-` + 28, Microsoft Graph "
      "client secret `…Q~…`, GitHub `github_pat_11…`, npm `npm_` + 36, PyPI `pypi-AgEIcHlwaS5vcmc…`, Netlify `nfp_`, Render "
      "`rnd_`, Cloudflare Origin CA `v1.0-…`, Sentry `sntrys_`, LaunchDarkly `api-<uuid>`, Vault `hvs.`, Backblaze `K005…`, "
      "OneSignal `os_v2_app_`, OpenRouter `sk-or-v1-` + 64 hex, ElevenLabs `sk_` + 48 hex, Deepgram 40 hex, AssemblyAI 32 "
      "hex, Mistral 32, Cohere 40, DeepSeek `sk-` + 32 hex, Stability `sk-` + 48, reCAPTCHA `6L…` 40, hCaptcha `0x` + 40 "
      "hex, Turnstile `0x4AAAAAAA…`, Mapbox `sk.`. Guessed (length and alphabet only, recognisable from the key name): "
      "every salon, spa and booking vendor (Vagaro, Mindbody 32 hex, Boulevard Base64, Fresha, Phorest — a user / "
      "password API login, Zenoti, GlossGenius `gg_live_`, Booker APIM subscription key 32 hex, Meevo UUID, SalonBiz, "
      "Schedulicity, Acuity 32 hex, SimplyBook.me, Setmore, Timely, Kitomba, Mangomint `mm_`, DaySmart, Book4Time, SpaSoft "
      "(an interface password), Agilysys), gift-card and loyalty vendors (Givex — a password, Gift Up!, Smile.io `sk_`, "
      "LoyaltyLion, Yotpo, Stamped `key-`, Trustpilot, Yelp 128, NiceJob), staff-scheduling vendors (Deputy, 7shifts), "
      "Adyen API key layout, PayPal secret, Helcim, Checkout.com, Lightspeed `lsxs_pt_`, Vonage signature secret, "
      "ClickSend, SimpleTexting, Attentive, Postscript `sk_`, Instagram `IGAA…`, Constant Contact, ActiveCampaign 72 hex, "
      "Omnisend, Customer.io track key, Loops, Cronofy `CRN_`, Zoom, HelloSign, Formstack, Together `tgp_v1_`, Linode, "
      "Hetzner, Cloudinary, ImageKit `private_`, Uploadcare, Meilisearch, Pusher, Ably, Expo, RevenueCat, Amplitude, "
      "Gorgias, Cal.com `cal_live_`. Everyday prefixes `bwsk_live_`, `rmdwhsec_` and evasion prefix `spk_` are invented. "
      "Syntaxes from memory, not re-checked: `sybase isql -P`, `sp_addlinkedsrvlogin` argument order, `OPENROWSET` "
      "`'srv';'user';'pass'`, `ACL SETUSER … >pass`, `influx setup -p`, `cypher-shell -p`, `doveadm pw -p`, `caddy "
      "hash-password --plaintext`, `mosquitto_passwd -b`, `htdbm -bc`, `poetry` / `composer config http-basic`, `cvs "
      ":pserver:user:pass@`, `ab -A`, `xfreerdp /p:`, `swaks --ap`, `pdftk input_pw`, `msoffcrypto-tool -p`, `bw unlock`, "
      "`security add-generic-password -w`, `kadmin addprinc -pw`, `etcdctl --user u:p`, `zookeeper addauth digest`, "
      "`raspi-config nonint do_wifi_ssid_passphrase`, `PG.connect` seven-positional form, `Net::SMTP.start` and "
      "`Net::POP3.start` argument positions, `pymssql.connect` / `pymysql.connect` positional order, `ldap3.Connection` "
      "positional user / password, `MapNetworkDrive` fifth argument, AutoIt `RunAs` order. Negatives: card-reader serial "
      "layouts, Square location / app ids and the colour-formula and lot-number formats are approximate.\n")

    a("## Judgement calls\n")
    a("- Everyday: twelve types — six owner-chosen passwords (salon POS database, booking back-office admin, check-in "
      "kiosk Wi-Fi passphrase, stylist payroll SFTP, treatment-room planner service account, gift-card console) and six "
      "generated secrets (`bwsk_live_` booking-widget secret key, `rmdwhsec_` SMS-reminder webhook signing secret, "
      "40-character calendar-sync OAuth client secret, loyalty member-API JWT, Base64 client-records field-encryption key, "
      "64-hex review-request HMAC key). Pairing is cyclic, so an HMAC key can sit in an Android `strings.xml` or a "
      "sticky-note OCR.")
    a("- Vendor: most salon, spa and booking vendors publish no token format, so their types model a partner / "
      "integration key recognisable only from the key name — part of the test. Phorest, SpaSoft and Givex carry "
      "owner-chosen passwords (their integrations use user / password pairs). The Slack and Discord webhook types label "
      "the whole URL (the URL is the credential). The Ably key is labelled whole (`app.key:secret`). The reCAPTCHA / "
      "hCaptcha / Turnstile secret keys are positives while the reCAPTCHA site key, Stripe `pk_live_` and Square `sq0idp-` "
      "application id appear only as public neighbours or negatives. The Sentry DSN in a negative is treated as public "
      "(it ships in browser bundles).")
    a("- Passwords: labelled when the value logs in (glued `-p` for `mysqldump` / `unrar`, `-p` / `-P` / `-a` / `-A` / "
      "`--ap` / `/p:` flags, slash logons for SQL*Plus, URL userinfo for many clients, `u:p` for `skopeo`, `etcdctl`, "
      "`httpie`, `ab`, `jenkins-cli`, `u%p` for `smbclient`, positional arguments for `smbclient`, `samba-tool`, "
      "`rabbitmqctl add_user`, `mosquitto_passwd -b`, `htdbm`, `poetry` / `composer` `http-basic`, `net user`, and "
      "library call positions in Python, Node / JS, Go, Java, C#, Kotlin, Dart, Ruby, PHP, Perl, Rust, VBScript, AutoIt), "
      "protects a file or vault (`zip -P`, `unrar -p`, `gpg --passphrase`, `pdftk input_pw`, `msoffcrypto-tool -p`, "
      "`keytool -storepass`, `bw unlock`, `keepassxc-cli` stdin, `zfs load-key` stdin, `PyKeePass`, `pikepdf.open`, "
      "`ZipFile.extractall` pwd), is set or hashed for someone (`passwd --stdin`, `openssl passwd -6`, `doveadm pw`, "
      "`slappasswd -s`, `caddy hash-password`, `saslpasswd2`, `kadmin addprinc -pw`, `sp_addlogin`, `mongo "
      "changeUserPassword`, `ACL SETUSER >pass`, `INSERT … VALUES` without a column list), sits in a file by position "
      "(`rsyncd.secrets`, vsftpd virtual-user lines, `.pgpass` fifth field, Dovecot passwd-file `{PLAIN}`, OpenVPN "
      "`auth-user-pass` second line, `ipsec.secrets` EAP, headerless staff CSV, `.git-credentials`), sits in a protocol "
      "exchange (POP3 `PASS`, IMAP `LOGIN`, Redis RESP `AUTH`, NickServ `IDENTIFY`), or is typed into a kiosk / UI by "
      "automation (`adb shell input text`, `xdotool type`, AutoHotkey `SendRaw`, AppleScript `keystroke`, Playwright "
      "`fill`, Cypress `type`, Selenium `send_keys`). `passwd --stdin`, `--passphrase`, `-storepass`, `hash-password`, "
      "`changeUserPassword`, `ssh.Password`, `sp_addlogin` and the selector `input[type=password]` keep a hint of the word; "
      "they are the weakest positional cases. `rclone obscure` takes a real password as its argument (the obscured output "
      "is not shown). Several ideas repeat the earlier corpora on new tools (glued flags, URL userinfo, library call "
      "positions, stdin echo); novelty was checked by name, not by signature.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review; confidence fair for "
      "Italian, Portuguese, Catalan, Galician, Norwegian, Russian, Serbian, Bosnian, Japanese, Korean, Mandarin, Malay, "
      "Esperanto, Haitian Creole; modest for Basque, Irish, Scottish Gaelic, Luxembourgish, Western Frisian, Hebrew, "
      "Cantonese, Hindi, Bengali, Javanese, Sundanese, Zulu, Malagasy, Tajik, Kyrgyz, Mongolian, Tatar, Maori, Occitan; low "
      "for Gujarati, Kannada, Malayalam, Khmer, Burmese, Hausa, Yoruba. Loan words (`admin`, `password` transliterated in "
      "Hindi, Bengali, Gujarati, Kannada, Malayalam) are kept as people use them. The value is always followed by a space "
      "(before a comma, a particle or a verb), so it is never glued to punctuation.")
    a("- Evasions: octal bytes, base32hex, uuencode, base64url of UTF-16LE and the IPv6 disguise are byte notations; "
      "Roman numerals, colour shades, treatment durations and gift-card digit groups are code-point arithmetic (the last "
      "three are salon disguises); ROT47, the Caesar shift, the Dvorak key map and the width-four columnar transposition "
      "are ciphers; NATO spelling, Morse and phone multi-tap are spelled forms; fullwidth forms, mathematical bold and "
      "Cyrillic homoglyphs are Unicode look-alikes; tag characters are invisible (ASCII smuggling); the decoy pattern is "
      "a positional trick; loyalty stamp rows are binary in disguise. Novelty was checked by name against the two READMEs "
      "only: octal is a relative of the earlier ternary and hex byte notations, the stamp rows of binary, homoglyphs of "
      "the earlier circled letters, and the colour-shade / duration / gift-card disguises of the earlier clock-in, dose "
      "and tyre-pressure disguises.")
    a("- Negatives: booking references, appointment ids, EAN-13 barcodes, lot and batch codes, gift-card serials "
      "(Luhn-valid, PIN masked — a gift-card number without its PIN is treated as an identifier), reader serials, IMEIs, "
      "MDM ids, ICS UIDs, ETags, event / idempotency / request ids, review place ids, campaign ids and membership "
      "numbers are identifiers; Stripe `pk_live_`, Square `sq0idp-`, the reCAPTCHA site key, OAuth client ids, the "
      "Facebook app id and the Sentry DSN are public by design; image, commit and lockfile digests are checksums; "
      "`sk_live_****…`, `[REDACTED]` and `••••` masks carry no value (one keeps a four-character tail); empty values, "
      "`<your-…>`, `changeme`, Helm `{{ … }}` and `${…:?…}` are placeholders; `op://`, `vault:`, Secrets Manager ARNs, "
      "GCP secret resource names, `${{ secrets.X }}` and `secretKeyRef` are pointers; Django PBKDF2 and scrypt values "
      "are one-way hashes (sensitive, not usable credentials); SOPS `ENC[…]` and age-armoured files are ciphertext; the "
      "rotation reminder and lock-out chat talk about passwords without one; `YOUR_API_KEY`, `gb_test_xxxx…` and the "
      "`SiteId: -99` sandbox are documentation samples. `changeme` is a placeholder here, though a detector might fairly "
      "call it a weak real password. Random fillers are generated, so an entropy-only detector will hit them — that is "
      "the point.\n")

    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief164/` (p161 and p162). The detector's code was not opened, listed or searched, "
      "git was not run in the project, and no other `/tmp` directory was looked at except `/tmp/scratch164/`.")
    a("- External: two `code` searches (secretlint's Anthropic rule README, a small Go Anthropic detector, a "
      "gitleaks-generated TypeScript pattern list with the 1Password / age / Airtable rules, gitleaks configs with the "
      "Gemini `AIza` rule, a Nosey Parker Twilio rule and YARA Twilio rules, a Rust Twilio provider pattern), read for "
      "shape only. Betterleaks, Kingfisher, CredSweeper and vendor documentation were not otherwise read. Every "
      "credential-looking value in positives, evasions and negatives is generated.")
    return "\n".join(L) + "\n"
