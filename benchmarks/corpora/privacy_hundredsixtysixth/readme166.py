"""Renders README.md from a generated bundle (deterministic: no clock, sorted where order is not meaningful)."""
import enc166
import everyday166
import negatives166
import positional166
import prose166
import vendor166
from evasions166 import TYPES as EV_TYPES, WORDINGS as EV_WORDINGS


def bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(b, deny, muts, re_extracted):
    S, E, N, meta = b["secrets"], b["evasions"], b["negatives"], b["meta"]
    by = {}
    for r in S:
        by.setdefault(r["source"], []).append(r)
    n_ev, n_vd, n_pw, n_pr = (len(by.get(k, [])) for k in ("everyday", "vendor", "password", "prose"))
    span_types = len(set(r["type"] for r in S))
    kinds = len(set(r["container"] for r in S))
    neg_classes = []
    for r in N:
        if r["class"] not in neg_classes:
            neg_classes.append(r["class"])
    L = []
    a = L.append
    a("# privacy_hundredsixtysixth (p166) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**childcare, nursery and daycare-management developers**: parent apps with daily reports and photos (Expo / React Native, "
      "Flutter, Next.js, Supabase and Firebase back ends), check-in / check-out kiosks and QR sign-in (Electron kiosks, Android "
      "tablets, Raspberry Pi sign-in stations), room ratios and staff scheduling (Django, Laravel, .NET rota services, Power Query "
      "and R occupancy reports), tuition billing and subsidy claims (Go billing workers, SSIS packages, Stripe / GoCardless / "
      "Paddle / Mollie, GOV.UK Pay, Tax-Free Childcare and funded-hours checks, Child Care Subsidy session reports), enrolment "
      "and waitlists (WordPress / Gravity Forms, Fastify services, postcode lookup), allergy and medication logs (iOS apps, GS1 "
      "scans), classroom cameras and live-stream portals (Frigate, nginx-rtmp, Wowza, ONVIF cameras, NVRs, Mux, Amazon IVS, "
      "Agora, YouTube Live), learning-journal and observation tools (Tapestry, Storypark, Famly, Brightwheel, Procare, Lillio / "
      "HiMama, Seesaw, ClassDojo, Kinderly, Blossom, Connect Childcare), government childcare portals and reporting (GOV.UK "
      "Notify, HMRC developer hub, DfE Sign-in, PRODA, census uploads, Ofsted evidence packs) and nursery door-entry and intercom "
      "systems (Paxton Net2, Brivo, Kisi, Avigilon Alta, ButterflyMX, 2N, Akuvox, Aiphone, SALTO KS, Asterisk / SIP door "
      "stations, MQTT door controllers); plus the commerce, messaging, AI, developer and ops services such developers use; with "
      "hard negatives from the same world. Everything is produced by `build.py` and its modules (`common166.py`, "
      "`everyday166.py`, `vendor166.py`, `positional166.py`, `prose166.py`, `enc166.py`, `dec166.py`, `evasions166.py`, "
      "`negatives166.py`, `readme166.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
      "`random.Random` seeds (16601 everyday, 16602 vendor, 16603 positional passwords, 16604 prose, 16605 evasions, 16606 "
      "negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares the "
      "bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both generations and "
      "compares it, and only then writes the files (on any failure it writes nothing and exits 1).\n" % len(muts))
    a("**Independence.** The builder never saw the detector's code. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredsixtysixth/`) was created (with `mkdir -p`) and written; its parent was never listed, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project "
      "material read were the two READMEs in `/tmp/brief166/` (`README_hundredsixtyfirst.md`, p161, auto-repair / vehicle "
      "diagnostics; `README_hundredsixtythird.md`, p163, bakery / HACCP), used only to learn the file format and what is already "
      "covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch166/` (drafts, trial builds "
      "and a round-trip script). External reading was limited to public documentation and public rule sets, read for token shape "
      "only (see Sources consulted). The deny-list (`build.extract_denylist`) holds every backticked name and every snake_case "
      "identifier of both READMEs, lower-cased, also split at `__`, and with any earlier positional prefix (`<letters>pw_`) "
      "stripped (%d names); plus the code, name and name words of every `code` (Name) language pair and a short hand list of "
      "scripts / languages named in their prose (%d language entries). It is frozen in `brief_names.json`; when `/tmp/brief166/` "
      "exists the build re-extracts it and fails if it differs.\n" % (
          len(deny["names"]), len(deny["languages"])))

    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(S), len(S), span_types, kinds, n_ev, n_vd, n_pw, n_pr, n_pr))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(E), len(E), len(set(r["type"] for r in E)), len(set(r["container"] for r in E)), len(set(r["encoding"] for r in E))))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len(set(r["container"] for r in N)), len(neg_classes)))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names`, `languages`) |\n")
    a("Schema: positives `id` (`p166-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with exactly "
      "one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions "
      "(`p166-e-NNNN`) add a record-level `encoding`; their single span also has `plain` (the clean secret) and `encoding`; "
      "`source` is `evasion`. Negatives (`p166-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python "
      "code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a("Scale: everyday 180 = 12 types × 45 kinds × 4. Vendor %d (%d candidates written, %d dropped by the deny-list, the first "
      "120 of the rest kept after moving the less central ones to the end; unused tail: %s). Positional passwords %d (%d syntaxes "
      "written, %d dropped by the deny-list; the weaker or more repetitive ones were moved to the end and the first 110 kept; "
      "unused tail: %s). Prose %d in %d languages (%d written, refused: %s; spares unused: %s). Evasions %d = 22 × 3. Negatives "
      "%d = %d classes × 2 base kinds × 6 presentations.\n" % (
          n_vd, len(vendor166.CANDIDATES), len(meta["vendor_dropped"]), bt(meta["vendor_unused"]), n_pw,
          len(positional166.SYNTAXES), len(meta["syntax_dropped"]), bt(meta["syntax_unused"]), n_pr, n_pr,
          len(prose166.LANGS), bt(meta["lang_refused"]) if meta["lang_refused"] else "none", bt(meta["lang_spares"]),
          len(E), len(N), len(neg_classes)))

    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a Freshdesk ticket, the manager's "
      "WhatsApp message, an OCR'd sticky note on the office monitor, a printed kiosk handover sheet, a Teams chat, a "
      "voicemail transcript, a Rocket.Chat paste, a Jupyter cell, a Bruno collection comment) are labelled.")
    a("- Owner-chosen passwords are a word of the nursery world (crayon, sandpit, naptime, buggy, playdough, teddy, ladybird, "
      "caterpillar, wellies, beanbag, hopscotch, lullaby, mudkitchen, fingerpaint, sippycup, tadpole, gingerbread, hullabaloo, "
      "xylophone, trampoline, …; capitalised 45 % of the time) + a joiner (`- _ . +`; prose and evasion plains use only "
      "`- _ .`) + 3–5 lower-case letters / digits + 2 digits. Notations that lose case (Morse) use an all-lower-case password; "
      "Polybius and phone-keypad notations use lower-case letters and digits only.")
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain appears in any text. All values (and evasion runs) are drawn through one registry that refuses "
      "any value in a substring relation with an earlier one.")
    a("- Structured values are valid: UUIDs are version 4; Base64 / base64url values encode random bytes of the stated length; "
      "JWTs (the everyday daily-report upload token, the monday.com token) have a real base64url JSON header and payload; the "
      "Sentry org token, Grafana Cloud `glc_` token and 1Password service-account token carry real Base64 JSON payloads; the "
      "Intercom token is the Base64 of `tok:<uuid>:1:0`; the SMTP AUTH PLAIN span is the Base64 of `\\0user\\0password`; the "
      "GOV.UK Notify key is `<name>-<uuid>-<uuid>`. Negatives: GTIN-14 / EAN-13 codes carry real GS1 check digits; GB IBANs "
      "pass the ISO 13616 mod-97 check; SHA-256 / MD5 values are real digests of random strings, Content-MD5 is the Base64 of "
      "that digest; SOPS and SealedSecret values are random bytes in the right envelope.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.littleacorns.internal`, `*.sunbeams.local`, "
      "`api.nurseryhub.example`, private addresses), LDAP DNs, SSIDs, key and variable names (`$OWNER_PW`), account / provider "
      "ids, the user half of a user:password pair, the Cloudinary API key in front of the labelled API secret.")
    a("- Positional passwords: span type `crechepw_<syntax>`, container `crechepw_<syntax>__<suffix>`, where the suffix says "
      "where the line lives: `nursery_it_zsh_history` (command lines), `parent_app_backend_source` (library calls), "
      "`kiosk_image_config_file` (files with fixed columns / lines), `intercom_vlan_packet_text` (protocol exchanges).")
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the "
      "run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own "
      "run or if the run would start or end with whitespace.\n")

    a("## Categories (positives)\n")
    a("Everyday (12 types): %s. Six are owner-chosen passwords, six generated secrets: 40-hex journal key, `tbs_live_` + 32 "
      "alphanumerics billing webhook secret (prefix invented), 64-hex QR sign-in HMAC key, base64url 32-byte stream JWT signing "
      "secret, 48-alphanumeric enrolment client secret, HS256 JWT upload token. Container kinds (45): %s. Pairing is cyclic: "
      "type = (5·kind + 7j) mod 12 for j = 0..3. Key names are built from the type words in the container's own case style "
      "(`UPPER_SNAKE`, `snake`, `camelCase`, `PascalCase`, `dot.case`, spaced words for chat / ticket / voicemail kinds, Title "
      "Words for OCR'd notes and sheets).\n" % (bt([t[0] for t in everyday166.TYPES]), bt([c[0] for c in everyday166.CONTAINERS])))
    vtypes = [r["type"] for r in by["vendor"]]
    a("Vendor (%d types, container `<type>__<style>`): %s. Styles (assigned cyclically): %s.\n" % (
        len(vtypes), bt(vtypes), bt([s[0] for s in vendor166.STYLES])))
    ptypes = [r["type"] for r in by["password"]]
    a("Positional passwords (%d syntaxes): %s.\n" % (len(ptypes), bt(ptypes)))
    a("Prose: someone tells a colleague the password of the sign-in kiosk in the baby room and asks them not to forward it; span "
      "type `%s`; container `<format>__<iso639-3>`; formats %s. Languages (%d): %s. One sentence each, written by a non-native "
      "builder, no review. Scripts: %s. Japanese, Mandarin, Khmer and Burmese do not separate words with spaces, "
      "so the value got spaces around it; every prose value is set off by whitespace (checked).\n" % (
          prose166.SPAN_TYPE, bt(prose166.FORMATS), len(meta["lang_used"]),
          ", ".join("`%s` (%s)" % (c, n) for c, n, s in meta["lang_used"]),
          ", ".join(sorted(set(s for c, n, s in meta["lang_used"])))))

    a("### Evasion encodings\n")
    a("; ".join("`%s` = \"%s\"" % (k, v[2]) for k, v in enc166.E.items()) + ".\n")
    a("Encoders are in `enc166.E`; the decoder `dec166.decode` gets only the encoding name and the run and is written "
      "separately, without importing the encoders (a hand-written Base32 bit reader, Base45 and uuencode group readers, an "
      "inverse Morse table, NATO word parser, Roman-numeral reader, modular inverses for the affine cipher (21 mod 26, 7 mod 10), "
      "Beaufort re-application, column re-interleaving, Polybius and keypad lookup, code-point offsets for the sans-serif bold "
      "block, an inverse Cyrillic table, zero-width removal, word initials, regular expressions plus arithmetic for nappy times, "
      "bottle feeds and fever readings, prime counting, an element-symbol table, XOR). Every pair was round-tripped on 300 random "
      "plains per notation (lengths 2–36) while writing; at build time every span is decoded back to its `plain`. Evasion "
      "types: %s; wordings: %s; container `<encoding>__<wording>`.\n" % (bt([t for t, _ in EV_TYPES]), bt([w for w, _ in EV_WORDINGS])))

    a("### Negative classes\n")
    a("| class | records | base kinds |")
    a("|---|---|---|")
    for cls, kinds in negatives166.CLASSES:
        a("| `%s` | %d | %s |" % (cls, sum(1 for r in N if r["class"] == cls), bt([k for k, _ in kinds])))
    a("\nEach base kind appears plain and wrapped %s.\n" % bt(["__" + w for w, _ in negatives166.WRAPPERS]))

    a("## Checks run by build.py before writing\n")
    a("- ids unique and well-formed; exact record and span field sets; exactly one span per record; spans re-slice exactly, no "
      "edge whitespace; record type == span type; each value occurs exactly once in its text; no value reused; no value in "
      "another record's text or any negative; no evasion plain in any text; no slot marker (`«…»`, `{V}`, `{run}`, `{rule}`, "
      "`{what}`, `{What}`), NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- evasions: every span decodes to `plain` with the independent decoder; the run starts right after `:` and a newline and "
      "ends at a newline; plain alphabet `[A-Za-z0-9_.-]`; the run never contains its plain; record and span encoding agree; 22 "
      "encodings × 3")
    a("- negatives: exact fields, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive value and plain")
    a("- deny-list: every container (positives, evasions, negatives), span type, positional syntax (also with the `crechepw_` "
      "prefix), evasion encoding, negative class and prose language is compared case-insensitively, whole name and every `__` "
      "part, with the frozen deny-list; vendor types and syntaxes that collide are dropped before generation (this run: "
      "%d vendor types, %d syntaxes dropped), anything else fails the build" % (len(meta["vendor_dropped"]), len(meta["syntax_dropped"])))
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types; vendor 120 distinct types; 95–120 distinct password syntaxes; prose "
      "40 in 40 distinct languages; 66 evasions; span types of the five sources pairwise disjoint; non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies must all be caught: %s\n" % (len(muts), ", ".join("`%s`" % m for m, _ in muts)))

    a("## Shapes you had to guess\n")
    a("Read for shape this session (public rule text and docs, nothing copied): Anthropic `sk-ant-api03-` + 93 + `AA` "
      "(secretlint rule, a Go detector); Amazon IVS stream key `sk_<region>_` + 12 + `_` + 30 (AWS CLI docs example layout); "
      "GOV.UK Notify key `<key name>-<service uuid>-<secret uuid>` (Notify docs / a client's key parser); from a "
      "gitleaks-generated pattern list: GitLab `glrt-` / `gldt-` family, Grafana Cloud `glc_` + Base64, Heroku, Intercom 60 "
      "characters, Mailgun signing key `32hex-8hex-8hex`, Microsoft Teams webhook URL layout, New Relic, npm `npm_` + 36, OpenAI "
      "`sk-admin-…T3BlbkFJ…`, PyPI `pypi-AgEIcHlwaS5vcmc…`, Sendbird 40 hex, Sentry `sntrys_eyJpYXQiO…_` + 43, Slack "
      "`xoxp-` / `xapp-`, Stripe `sk_live_` / `rk_live_`, Twilio, Vault `hvs.`, Terraform `.atlasv1.`, Okta `00` + 40, Typeform, "
      "1Password `ops_eyJ…`.\n")
    a("Believed right from background knowledge (not re-read): GitLab deploy token `gldt-`, Stripe `whsec_`, Google `AIza` + 35 and `GOCSPX-` + 28, "
      "Microsoft Entra client secret (`xxx` + digit + `Q~` + 31), GitHub `gho_` / `ghs_` + 36, Databricks `dapi`, Doppler "
      "`dp.pt.`, Tailscale `tskey-auth-…CNTRL-…`, ngrok authtoken layout, New Relic licence key ending `NRAL`, Cloudflare global "
      "key 37 hex, Dropbox `sl.`, Cloudinary URL `cloudinary://key:secret@cloud`, FCM legacy `AAAA…:APA91b…`, WhatsApp Cloud "
      "`EAAG…`, Discord webhook URL, Ably `app.key:secret`, Pusher 20 hex, Mollie `live_` + 30, PayPal client secret, Adyen "
      "`AQE…`, Paddle `pdl_live_apikey_…`, SumUp `sup_sk_`, GOV.UK Pay `api_live_`, ClickSend upper-case UUID, Postmark UUID, "
      "OpenRouter `sk-or-v1-` + 64 hex, ElevenLabs `sk_` + 48 hex, Verkada `vkd_api_` + 32 hex, Ideal Postcodes `ak_`, "
      "YouTube stream key five groups of four, WireGuard 32-byte Base64, RevenueCat `sk_`, Netlify `nfp_`, CircleCI "
      "`CCIPAT_`, Buildkite `bkua_`, SonarCloud `squ_`, Bitbucket `ATBB`, Trello `ATTA`, ClickUp `pk_<digits>_`.\n")
    a("Guessed (length and alphabet only, recognisable from the key name): every childcare-management, learning-journal, "
      "parent-communication, door-entry, camera and government-portal shape — Brightwheel, Procare, Lillio / HiMama, Famly, "
      "Tadpoles, Kangarootime, Playground, Xplor, Storypark, Tapestry, Kinderly, Baby's Days, Blossom, Connect Childcare, "
      "Illumine, Kidsoft, Eyworks, Parenta, Jackrabbit Care, SmartCare, Childcare CRM, Wonderschool, Kinside, Winnie, Seesaw, "
      "ClassDojo, Remind, Bloomz, WatchMeGrow, Paxton Net2, Brivo, Kisi, Avigilon Alta, ButterflyMX, Akuvox, Aiphone, SALTO KS, "
      "Eagle Eye, Rhombus, HMRC client secret (UUID), PRODA device activation code (10 upper-case alphanumerics), DfE Sign-in, "
      "NZ ELI, KinderConnect — plus GoCardless webhook secret, OneSignal REST key (legacy 48-character Base64 form), Stream "
      "Chat, Upstash, Mux token secret, Agora, Daily, Vimeo, Zoom, Expo robot token, Vercel, Auth0, Azure OpenAI, Mistral, "
      "AssemblyAI, Deepgram, Freshdesk, Zendesk. The everyday prefix `tbs_live_` and the evasion prefix `nak_` are invented. "
      "Syntaxes from memory, not re-checked: isql-fb `-u` / `-p` abbreviations, `helm registry login -p`, `linphonec register` "
      "argument order, `sipp -au / -ap`, `raspi-config nonint do_wifi_ssid_passphrase`, Sysinternals `Autologon user domain "
      "password`, `drush upwd`, `composer config http-basic.<host> user pass`, `UV_INDEX_URL` userinfo, `mount_smbfs` URL "
      "userinfo, `security add-generic-password -w`, Ruby `Net::SMTP.start` argument order, Slick `Database.forURL` order. "
      "Negatives: the funded-hours eligibility code, Tax-Free Childcare reference, CCS enrolment id and NVR serial layouts are "
      "approximate.\n")

    a("## Judgement calls\n")
    a("- Everyday: pairing is cyclic, so a daily-report upload JWT can sit in an Asterisk dial-plan comment, a tuition-billing "
      "webhook secret in a Wowza `Application.xml`, and a door-intercom password in a medication app's `Info.plist`; the texts stay plausible as \"wrong file\" leaks. The Bruno kind names the key in a `vars:secret` block and "
      "leaks the value in a comment.")
    a("- Vendor: most childcare, door-entry, camera and government vendors publish no token format the builder knows of, so "
      "their types model a partner integration secret recognisable only from the key name — part of the test. Webhook URLs "
      "(Teams, Discord) are labelled as a whole because the URL is the credential; for Cloudinary only the API secret inside the "
      "URL is labelled. The PRODA device activation code is short (10 characters) but is a one-time credential. The WireGuard "
      "peer private key is a bare Base64 key (no PEM block). Several vendor *brands* appear in the earlier READMEs (Stripe, "
      "Slack, GitHub, GitLab, OpenAI, Google, Microsoft, Twilio …); only the type *names* were checked, so new credential kinds "
      "of known brands (e.g. `slack_user_oauth_token`, `gitlab_runner_authentication_token`, `openai_admin_api_key`) are in.")
    a("- Passwords: labelled when the value logs in (short flags `-p` / `-P` / `-a` / `-w` / `-K` / `/p:` / `-ap`, glued "
      "`-p`, `u%p`, `u:p` after `-u` / `-a` / `-auth` / `--src-creds`, positional arguments of `rabbitmqctl add_user`, `cf "
      "auth`, `bw login`, `net user`, `Autologon`, `linphonec register`, slash logons for `sqlldr` and cx_Oracle, URL userinfo "
      "for git, lftp, RTSP players, CUPS SMB printers, `mount_smbfs`, uv, pg_dumpall, MongoDB, MQTT, Postgres pools), protects "
      "a file or key (`zip -P`, `rar -p`, `qpdf --encrypt` user password, `ssh-keygen -N`, `openssl rsa -passin pass:`, gpg and "
      "encfs stdin, SQLCipher `PRAGMA key`), is set for someone else (`grafana-cli … reset-admin-password`, `drush upwd`, "
      "`mosquitto_passwd -b`, `GRANT … IDENTIFIED BY`), is a Wi-Fi passphrase (`raspi-config`, MicroPython / CircuitPython / "
      "ESP8266 / ESP32 calls), is typed by automation into a login window (`adb shell input text`, `xdotool type`, AutoHotkey "
      "`Send`, AppleScript `keystroke`), sits in a file by position (`.pgpass` fifth field, OpenVPN auth file second line, "
      "`.git-credentials`, muttrc folder URL, Flyway JDBC URL) or travels in a protocol exchange (IMAP `LOGIN` second argument; "
      "SMTP `AUTH PLAIN` initial response — a Base64 span). `openssl passwd`, `reset-admin-password`, `ssh-keygen -N`, "
      "`-passin pass:`, `do_wifi_ssid_passphrase`, `security add-generic-password -w` and `PRAGMA key` keep a word that hints at "
      "a secret; they are the weakest positional cases. `smbmap` (kept) and `medusa` / `enum4linux` (unused tail) are "
      "offensive-tool commands; they would be labelled. Novelty was checked by name against the two READMEs (with prefixes "
      "stripped), not by signature: several ideas repeat earlier corpora on new tools (URL userinfo, `u%p`, slash logons, "
      "library call positions, stdin echo).")
    a("- Prose: one meaning, one sentence per language, no review. Confidence fair for Portuguese, Italian, Galician, Norwegian, "
      "Icelandic, Serbian, Bosnian, Russian, Esperanto, Japanese, Korean, Mandarin, Hindi, Tagalog, Malay, Hebrew, Arabic; modest "
      "for Luxembourgish, West Frisian, Faroese, Scottish Gaelic, Breton, Kazakh, Uzbek, Kyrgyz, Tajik, Mongolian, Tatar, "
      "Bengali, Marathi, Gujarati, Javanese, Hausa, Yoruba; low for Telugu, Kannada, Malayalam, Sinhala, Khmer, Burmese. Loan "
      "words (`password` in Tagalog, the transliterated `पासवर्ड` / `পাসওয়ার্ড` etc. in Indic languages, `kiosk`) are kept as "
      "people use them. Languages were chosen to avoid every language and spare code named in the two READMEs; none overlap (checked against the language entries and all names).")
    a("- Evasions: octal escapes, Base32, Base45, uuencode and XOR-hex are byte notations; Morse, NATO words, multitap keypad and "
      "Polybius pairs are spelled / signalling forms; the affine and Beaufort ciphers and the four-column transposition are "
      "ciphers with the rule stated; sans-serif bold and Cyrillic look-alikes are visual Unicode evasions (the Cyrillic form "
      "leaves letters without a twin and all digits as they are); zero-width interleaving and the acrostic are positional "
      "tricks; Roman numerals, n-th primes and element symbols are arithmetic notations of code points; nappy-change times, "
      "bottle-feed volumes and fever readings are nursery-world disguises of code points. Close relatives exist in earlier "
      "corpora (their workshop / bakery disguises of code points, hex byte notations, Atbash / Vigenère, circled and monospace "
      "forms, the rail fence); novelty was checked by name only.")
    a("- Negatives: Ofsted URNs / EY numbers, ratio and rota codes, QR payload nonces, kiosk session UUIDs, mandate references, "
      "funded-hours codes, GS1 barcodes, NVR serials / MACs / ONVIF UUIDs and Mux playback ids are identifiers; the QR `sig=`, "
      "`Stripe-Signature` `v1=` and `X-Hub-Signature-256` values are HMAC *outputs*, not keys; the Firebase web `apiKey`, Stripe "
      "`pk_live_` and Sentry DSN public key are public by design (an `AIza` key also appears as a positive, "
      "`google_ai_studio_api_key`, in a server-side context — context decides); masked values carry no value (one keeps a "
      "four-character suffix); `change-me`, `<your-journal-api-key>`, `${…:?…}`, `YOUR_API_TOKEN` and `nhk_xxxx…` are "
      "placeholders; ExternalSecret refs, `resolve:ssm-secure`, Key Vault references and Secrets Manager ARNs are pointers; SOPS "
      "and SealedSecret values are ciphertext (sensitive in aggregate, not a usable credential); the policy excerpt and reset "
      "chat talk about passwords without one. A GB IBAN of the nursery's own account is printed on every invoice and treated "
      "as public. Random fillers are generated, so an entropy-only detector will hit them — that is the point.\n")

    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief166/` (p161 and p163), for format and coverage only. The detector's code was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch166/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): a `code` search for "
      "Anthropic key rules (secretlint `secretlint-rule-anthropic` README, a Go detector in `jam06452/openradar`, gitleaks "
      "configs); a `docs` search on GOV.UK Notify API keys (Notify documentation pages, a Clojure client's key parser); a "
      "`code` search on Amazon IVS stream keys (AWS CLI example, CloudFormation type files); and the gitleaks-generated pattern "
      "list in `Wicker25/PromptGuard` `src/core/secrets.ts` (second half, GitLab to Zendesk).")
    return "\n".join(L) + "\n"
