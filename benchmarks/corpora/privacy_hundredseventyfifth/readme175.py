"""Renders README.md from a generation (deterministic: no clock, sorted where order is free)."""
import collections

import common175 as C
import enc175
import everyday175
import evasions175
import negatives175
import positional175
import prose175
import vendor175


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(pos, evs, negs, meta, frozen, results):
    by = collections.defaultdict(list)
    for r in pos:
        by[r["source"]].append(r)
    vmeta, pmeta, prmeta = meta["vendor"], meta["positional"], meta["prose"]
    L = []
    A = L.append
    A("# privacy_hundredseventyfifth (p175) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**hearing-aid, audiology-clinic and hearing-care developers**: audiogram capture and audiometer integrations (Noah / HIMSA "
      "modules and Noah ES, Noah-style audiogram XML, audiometer serial bridges, Interacoustics, Otosuite, GSI, MAICO, hearX), "
      "hearing-aid fitting software and manufacturer clouds (Oticon Genie, Phonak Target, Signia TeleCare, ReSound Assist Live, "
      "Starkey, Widex, Unitron, Cochlear, MED-EL, Advanced Bionics), remote-fitting and tele-audiology sessions (Whereby, Daily, "
      "Vonage Video, Calendly), Bluetooth / ASHA companion apps (Flutter, Android, iOS, Zephyr firmware, Espresso / XCUITest / "
      "Maestro tests), clinic booking and recall reminders (Blueprint OMS, Sycle, CounselEAR, Cliniko, Podium, Zocdoc, Twilio, "
      "Telnyx, MessageBird, ClickSend, Infobip, Brevo, Mailchimp, Postmark, SendGrid, Mailgun, Resend, OneSignal, Pusher Beams), "
      "insurance and national-health claims for devices (Availity, Optum / Change Healthcare, Stedi, pVerify, Claim.MD, Office Ally, "
      "athenahealth, Redox, Medplum, Metriport, CMS Blue Button, VA Lighthouse, NHS API platform, the Australian Hearing Services "
      "Program, TruHearing, Amplifon, Nations Hearing, CareCredit, Sunbit), repair and warranty tracking (ShipStation, FedEx, UPS, "
      "Zendesk, RMA manifests, UDI / GTIN labels), hearing-screening programmes in schools (tablets, Expo apps, R / Jupyter "
      "statistics, SHOEBOX, Telegram bots) and cochlear-implant clinic records (HAPI FHIR, field encryption keys); plus the "
      "commerce, messaging, AI, developer and ops services such developers use (Shopify, WooCommerce, Stripe, GoCardless, Square, "
      "OpenAI, Anthropic, Groq, Hugging Face, Replicate, Perplexity, xAI, Gemini, Azure OpenAI, Picovoice, GitHub, GitLab, Atlassian, "
      "Bitbucket, CircleCI, Buildkite, Datadog, PostHog, Heroku, Fly.io, Supabase, Neon, Airtable, Notion, Linear, Asana, ClickUp, "
      "Intercom, HubSpot, Typeform, DigitalOcean, Azure Storage, AWS, Scaleway, Fastly, Cloudflare R2, Contentful, Doppler, Sentry, "
      "New Relic, Postman, Slack, Discord, …); with hard negatives from the same world. Everything is produced by `build.py` and its "
      "modules (`common175.py`, `everyday175.py`, `vendor175.py`, `positional175.py`, `prose175.py`, `enc175.py`, `dec175.py`, "
      "`evasions175.py`, `negatives175.py`, `checks175.py`, `readme175.py`, frozen deny-list `brief_names.json`): Python 3 standard "
      "library only, fixed `random.Random` seeds (17501 everyday, 17502 vendor, 17503 positional passwords, 17504 prose, 17505 "
      "evasions, 17506 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, "
      "compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both "
      "generations and compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief175/`.\n" % len(results))
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredseventyfifth/`) was created (with `mkdir -p`) and written; its parent was never listed, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project material "
      "read were the two READMEs in `/tmp/brief175/` (`README_hundredseventieth.md`, p170, locksmith / safe-technician / master-key "
      "systems; `README_hundredseventysecond.md`, p172, driving-school / traffic-school / licensing tests), used only to learn the file "
      "format and what is already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch175/` "
      "(trial builds, a copy of the modules used to prove that a failing build writes nothing, and a copy of the public gitleaks rule "
      "file read for token shapes). The deny-list (`common175.extract_denylist`) holds every backticked name and every snake_case "
      "identifier of both READMEs, lower-cased, also split at `__`, plus the same names with an earlier positional prefix "
      "(`<letters>pw_`) stripped (%d names); the %d earlier positional syntax names without prefix; the %d language codes of every "
      "`code` (Name) pair and of the spare lists; and %d language names / name words (the pairs' names and words, the spares' names, "
      "English and German). It is frozen in `brief_names.json`; when `/tmp/brief175/` exists the build re-extracts it and fails if it "
      "differs. Dropped by the deny-list on this run: vendor types %d, positional syntaxes %d, languages %d (the candidate lists were "
      "written after reading the READMEs). Novelty is checked against these two READMEs only; older corpora may share vendors, "
      "syntaxes, languages or notations.\n" % (
          len(frozen["names"]), len(frozen["syntaxes"]), len(frozen["language_codes"]), len(frozen["language_names"]),
          len(vmeta["dropped"]), len(pmeta["dropped"]), len(prmeta["refused"])))

    # ------------------------------------------------------------ files and counts
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), sum(len(r["secrets"]) for r in pos), len({r["type"] for r in pos}), len({r["container"] for r in pos}),
        len(by["everyday"]), len(by["vendor"]), len(by["password"]), len(by["prose"]),
        len({r["container"].split("__")[-1] for r in by["prose"]})))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(evs), len(evs), len({r["type"] for r in evs}), len({r["container"] for r in evs}), len({r["encoding"] for r in evs})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (
        len(negs), len({r["container"] for r in negs}), len({r["class"] for r in negs})))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(frozen["names"]), len(frozen["syntaxes"]), len(frozen["language_codes"]), len(frozen["language_names"])))
    A("Schema (same as the earlier corpora): positives `id` (`p175-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p175-e-NNNN`) add a record-level `encoding`; their single span also has `plain` (the clean secret) and "
      "`encoding`; `source` is `evasion`. Negatives (`p175-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). "
      "Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    A("**Scale.** Everyday 180 = 45 kinds × 4 (12 types). Vendor %d (%d candidates written, %d dropped by the deny-list; the weakest "
      "or most redundant guesses were put last and form the unused tail: %s). Positional passwords %d (%d syntaxes written, %d "
      "dropped by the deny-list; near-duplicates and syntaxes whose flag or verb still says pw / pass were put last and form the "
      "unused tail: %s). Prose %d in %d languages (%d written; spares unused: %s). Evasions %d = 22 × 3. Negatives %d = %d classes × "
      "2 base kinds × 6 presentations. Positives total %d (asked: about 450).\n" % (
          len(by["vendor"]), vmeta["candidates"], len(vmeta["dropped"]), _bt(vmeta["unused"]),
          len(by["password"]), pmeta["written"], len(pmeta["dropped"]), _bt(pmeta["unused"]),
          len(by["prose"]), len(by["prose"]), len(prose175.LANGS), _bt(prmeta["spares"]),
          len(evs), len(negs), len(negatives175.CLASSES), len(pos)))

    # ------------------------------------------------------------ conventions
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, "
      "never the quotes and never the key. Values pasted where they do not belong (a Teams chat, a Freshservice private note, an "
      "OCR'd sticky note on a fitting-room monitor, an Outlook e-mail from the clinic manager, an Android logcat line, a Serilog "
      "JSON event, a `git stash show -p` patch, a fish history file, a Slack DM, a Zendesk internal note, a Bitwarden JSON export, "
      "an e-mail to a contractor) are labelled.")
    A("- Owner-chosen passwords are a word of the hearing-care world (%s; capitalised 45 %% of the time) + a joiner (`- _ . + ~`; "
      "positional, prose and evasion passwords use only `- _ .`) + 3–6 lower-case letters / digits + 2 digits. The build checks this "
      "shape by regular expression for the six everyday password types, the vendor password types, every positional value that is "
      "not Base64 and every prose value." % ", ".join(C.WORLD_WORDS))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; "
      "no evasion plain appears in any text. Values, public neighbours, evasion plains and evasion runs are all drawn through one "
      "registry that refuses any string in a substring relation with an earlier one; negatives are redrawn if they contain any "
      "registered string.")
    A("- Structured values are valid: UUIDs are version 4 (checked wherever a UUID shape occurs in a value); Base64 / base64url "
      "values encode random bytes of the stated length (cochlear-records key 32 bytes, hearing-cloud client secret 30 bytes, Azure "
      "storage key 64 bytes, all checked); the tele-audiology session JWT, the Calendly token and the Supabase service-role key are "
      "HS256 JWTs with real base64url JSON and a real HMAC; the Weave and Whereby tokens are RS256-shaped JWTs with real JSON and "
      "random signature bytes; `ghp_` / `ghr_` tokens carry a real CRC-32 in their last six base62 characters (checked); the "
      "Intercom token is the real Base64 of `tok:<uuid>:1:0` (checked); Base64 positional spans decode to `user:password`, "
      "`\\0user\\0password` (SASL PLAIN) or the bare password (SMTP AUTH LOGIN). Negatives: NPIs carry a real Luhn digit over the "
      "`80840` prefix, NHS numbers (999 test range) a real mod-11 digit, GTIN-14 / UDI device identifiers a real GS1 digit (all "
      "checked); SHA-256 / SHA-1 values are real digests of random bytes.")
    A("- Public neighbours are unlabelled: user names, hosts (`*.hearwell.lan`, `*.earcare.internal`, `*.hearingcentre.internal`, "
      "private addresses), key names, client / app / account ids written next to a secret (HIMSA, Oticon, Widex, Advanced Bionics, "
      "Mimi, CMS, Availity, Optum, pVerify, athenahealth, Medplum, Podium, Zocdoc, FedEx, UPS client ids; Twilio `AC…` SID; "
      "ShipStation and Vonage API keys; WooCommerce `ck_` consumer key; AWS `AKIA…`, Scaleway `SCW…` and R2 access key ids; Azure "
      "storage account name; Azure OpenAI endpoint; OneSignal app id; Pusher Beams instance id; CareCredit merchant id; Atlassian and "
      "Zendesk e-mails; ClickSend, Bitbucket and portal user names) and the user half of a pair.")
    A("- Positional passwords: span type `audpw_<syntax>`, container `audpw_<syntax>__<suffix>` where the suffix says where the text "
      "lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional175.SUFFIX.items()))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run "
      "on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run or if "
      "the run would start or end with whitespace.\n")

    # ------------------------------------------------------------ categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday175.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (c[0], c[1]) for c in everyday175.CONTAINERS) +
      ". Pairing: type = (7·kind + 3·j + ⌊kind/4⌋) mod 12 for the four records j = 0…3 of a kind, so every kind holds four "
      "different types (checked) and, for example, a Bluetooth bonding key can sit in a dbt `profiles.yml` or a claims-portal "
      "password in an Expo `app.json` — plausible \"wrong file\" leaks. Type frequencies: " +
      ", ".join("`%s` %d" % (k, v) for k, v in sorted(collections.Counter(r["type"] for r in by["everyday"]).items())) +
      ". Key names are the type's key words in the container's own case style (UPPER_SNAKE for dotenv, Django, Zephyr, Renviron, "
      "compose, CI, NSSM, supervisord, wp-config, Netlify, SAM, VS Code env, fish, notebook and patch; snake_case for Celery, Laravel, "
      "Rails, Go TOML, Terraform JSON, dbt and Ansible; kebab-case for Spring; dot.case for HAPI FHIR properties; camelCase for NestJS, "
      "Dart, Gradle properties, Expo, Helm, Bicep, Ktor HOCON and logcat; PascalCase for .NET appsettings, App.config, plist, the "
      "Windows registry, PowerShell, Azure Functions and Serilog; Train-Case for the nginx header; spaced words for chats, tickets and "
      "e-mails; Title words for the OCR'd sticky note).\n")
    A("Vendor (%d types, container `<type>__<style>`): %s. Styles (%d, assigned cyclically): %s.\n" % (
        len(by["vendor"]), _bt([r["type"] for r in by["vendor"]]), len(vendor175.STYLES), _bt(vendor175.STYLES)))
    A("Positional passwords (%d syntaxes): %s.\n" % (len(by["password"]), _bt([r["type"] for r in by["password"]])))
    langs = prmeta["langs"]
    A("Prose: someone tells a colleague the password of the audiometer laptop in fitting room 2 and asks them not to forward it; "
      "span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (%d): %s. None of them is among the "
      "languages or spares of either README (checked: code against codes and names, name and each name word against the names). "
      "Scripts: %s. Thai does not separate words with spaces, so the value got spaces around it; every value is set off by "
      "whitespace on both sides (checked).\n" % (
          prose175.TYPE, _bt(prose175.FORMATS), len(langs), ", ".join("`%s` (%s)" % (l[0], l[1]) for l in langs),
          ", ".join(sorted({l[2] for l in langs}))))

    # ------------------------------------------------------------ evasions
    A("## Evasion encodings\n")
    A("; ".join("`%s` = \"%s\"" % (e, enc175.RULES[e]) for e in enc175.ENCODINGS) + ".\n")
    A("Encoders are in `enc175.encode` (Base32 uses `base64.b32encode`; the rest are hand-written); the decoder `dec175.decode` gets "
      "only the encoding name and the run and imports nothing from the encoder and no `base64`, `binascii` or `codecs`: regular "
      "expressions for the octal, `\\x`, `CHAR(n)`, audiogram and ear-canal-volume forms, `int(…, 16)` / `int(…, 2)` for U+ notation, "
      "binary and the Bluetooth addresses, a hand-written 5-bit reader over a retyped RFC 4648 alphabet for Base32, a trit fold for "
      "balanced ternary, modular inverses typed as numbers for the affine cipher (21 mod 26, 7 mod 10), key offsets typed as numbers "
      "for the Beaufort cipher (which is its own inverse), retyped keyboard rows walked to the left for the QWERTY shift, A/B → bits "
      "for the Baconian groups, `unicodedata.name` parsing for the sans-serif bold forms, a retyped Latin/Cyrillic twin table, "
      "removal of U+200B, code-point offsets for Braille cells, pair re-swapping, reversal, a size→digit table for the battery "
      "sizes and token parsing for the letter positions. Every pair was round-tripped on 300 random plains per notation (lengths "
      "2–44) while writing; at build time every span is decoded back to its `plain`. Evasion types: %s; wordings: %s; container "
      "`<encoding>__<wording>`.\n" % (
          "; ".join("`%s` (%s)" % t for t in evasions175.TYPES), _bt(evasions175.WORDINGS)))

    # ------------------------------------------------------------ negatives
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    cnt = collections.Counter(n["class"] for n in negs)
    for cname, kinds, desc in negatives175.CLASSES:
        A("| `%s` | %d | %s | %s |" % (cname, cnt[cname], _bt([k.__name__ for k in kinds]), desc))
    A("\nEach base kind appears plain and wrapped %s.\n" % ", ".join("`__%s`" % w[0] for w in negatives175.WRAPPERS))

    # ------------------------------------------------------------ checks
    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets; exactly one span per record; spans "
      "re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its "
      "text; no value or plain reused; no value or plain in another record's text or in any negative; no evasion plain in its own "
      "text; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and vendor password types, non-Base64 positional values and prose "
      "values (positional / prose joiners `- _ .` only); Base64 positional spans decode to a credential ending in such a password; "
      "UUID-shaped substrings of values are version 4; JWT-shaped values have base64url JSON header and payload; `ghp_` / `ghr_` "
      "CRC-32; Intercom token body; byte lengths of the cochlear-records key, the hearing-cloud client secret and the Azure storage key")
    A("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule occurs before the run; the run "
      "starts right after `:` and a newline and is followed by a newline; plain alphabet `[A-Za-z0-9_.-]`; record and span "
      "encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive "
      "value, plain and run; NPI Luhn, NHS mod-11 and GS1 check digits valid")
    A("- deny-list: container kinds (positives, evasions, negatives), span types, positional syntaxes (with and without `audpw_`, "
      "and against the earlier syntax list), encodings, negative classes and every presentation label (everyday kinds, vendor "
      "styles, password suffixes, prose formats, evasion wordings, negative wrappers) are compared case-insensitively, whole name "
      "and each `__` part, with the frozen deny-list; prose languages by code, name and name words; the frozen `brief_names.json` "
      "is compared with a fresh extraction when `/tmp/brief175/` exists")
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types and four different types per kind; 120 distinct vendor types with "
      "containers `<type>__<style>`; 95–120 distinct password syntaxes; 40 prose records in 40 distinct languages; 66 evasions; "
      "span types of the four positive sources pairwise disjoint; non-everyday containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, all must be caught (this run: %d/%d): %s\n" % (
        len(results), sum(1 for _, c in results if c), len(results),
        ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in results)))

    # ------------------------------------------------------------ shapes
    A("## Shapes you had to guess\n")
    groups = collections.OrderedDict([(vendor175.R, []), (vendor175.B, []), (vendor175.G, []), (vendor175.P, [])])
    used = {r["type"] for r in by["vendor"]}
    for t, _gen, shape, conf, _pub in vendor175.VENDORS:
        if t in used:
            groups[conf].append("`%s` (%s)" % (t, shape))
    A("Read for shape this session in the public gitleaks default rule file (`config/gitleaks.toml`, nothing copied): " +
      ", ".join(groups[vendor175.R]) + ".\n")
    A("Believed right from background knowledge (not re-read): " + ", ".join(groups[vendor175.B]) + ".\n")
    A("Guessed (length and alphabet only, recognisable from the key name): " + ", ".join(groups[vendor175.G]) +
      ". Owner-chosen passwords (the integration logs in with user / password): " + ", ".join(groups[vendor175.P]) + ".\n")
    A("Everyday prefixes `rfs_live_` (remote-fitting key) and `rclwh_` (recall webhook secret) and the evasion prefix `hfk_` are "
      "invented. The ASHA bonding key is modelled as a 128-bit Bluetooth LE long-term key in upper-case hex (as a BLE sniffer or "
      "`bt_keys` dump prints it). Syntaxes from memory, not re-checked: `vsql -w`, `db2 connect … using`, `memtier_benchmark -a`, "
      "`nxc` / `smbmap` flags, `ccrypt -K`, `aescrypt -p`, `mutool draw -p`, `networksetup -setairportnetwork` argument order, "
      "`schtasks /RP`, `net use` positional password, `hdbsql -p`, `isql` (unixODBC) argument order, the chrony key-file field "
      "layout, the davfs2 secrets and stunnel PSK file layouts, tinyproxy `BasicAuth`, the Cisco `snmp-server community` token "
      "order, `redis.Redis` and `paramiko.connect` positional orders, `ibm_db.connect` third argument, `sqlite3_key` (SQLCipher) "
      "arguments and the Maestro `inputText` step. `ClinicSync.exe`, the clinic staff CSV, the audiometer station roster and the "
      "screening tablet TSV are invented formats of this world. Negatives: serial, lot, intake, voucher, UBRN, RMA and courier "
      "layouts are approximate; the bcrypt / sha512-crypt strings, the age / PGP bodies and the Maps browser key are random bytes "
      "in the right frame.\n")

    # ------------------------------------------------------------ judgement calls
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (Noah clinic database, fitting-software admin, audiometer bridge admin, manufacturer "
      "portal, claims clearinghouse portal, school screening tablet) and six generated secrets (`rfs_live_` remote-fitting key, "
      "`rclwh_` recall webhook secret, 32-hex ASHA / BLE bonding key, HS256 tele-audiology session JWT, Base64 AES-256 "
      "cochlear-records key, base64url hearing-cloud client secret). The BLE long-term key is only hex but decrypts the link to a "
      "patient's hearing aids, so it is labelled. The pairing is cyclic, so secrets land in files where they do not belong; such "
      "leaks are still leaks.")
    A("- Vendor: almost all hearing-care vendors (HIMSA / Noah, the six big manufacturers, cochlear-implant makers, audiometer "
      "makers, practice-management and claims services) publish no token format the builder knows, so their types model a partner "
      "/ integration secret recognisable only from the key name — part of the test. SHOEBOX, TruHearing, Nations Hearing, the "
      "Australian HSP portal and the Office Ally SFTP account carry owner-chosen passwords. The Slack webhook URL is labelled whole "
      "(the URL is the credential). The Gemini `AIza` key is labelled because it sits under a server-side key name, while the "
      "referrer-restricted Maps browser key (same shape) appears only in negatives — a deliberate pair; likewise Stripe `sk_live_` "
      "is positive and `pk_live_` negative, PostHog `phx_` positive and `phc_` negative. The Bitwarden JSON style has a "
      "`password` field even for API keys (that is how such exports look). Several brands also appear in the earlier READMEs "
      "(Stripe, Slack, GitHub, OpenAI, Anthropic, SendGrid, Mailgun, Twilio, Postmark, …); only type *names* are checked, and the "
      "kinds here are new ones (project key, api03 key, classic PAT, refresh token, feed token, private `key-` key, account "
      "token, …).")
    A("- Passwords: labelled when the value logs in (glued `-p` for mysqladmin, `-P` after `-U` for sqlcmd, bcp, ipmitool, "
      "`-w` for vsql, `using` for DB2, slash logons for sqlplus / expdp, `-p` for smbmap, nxc, evil-winrm, podman, hdbsql, psexec, "
      "ncftpput, `-pw` for plink, `user,pass` for lftp, `user:pass` for curl (also `--proxy-user`), impacket targets, Go MySQL "
      "DSNs, stunnel PSK files and cloud-init, `-a` for memtier, URL userinfo for psql, mongodump, redis-cli, "
      "wget, WinSCP, NATS, Celery, git clone, CockroachDB, ffmpeg RTSP, pymongo, SQLAlchemy, pika, amqplib and MQTT.js, the "
      "fourth positional of `mc alias set`, `net use`, `schtasks /RP`, unixODBC `isql`, library call positions in Python, Node, Go, "
      "Java, Kotlin, C#, Ruby, PHP, Perl, Rust, C and Arduino), protects a file or key (`7z -p`, `rar -hp`, `openssl enc -k`, "
      "`ccrypt -K`, `aescrypt -p`, `mutool -p`, `ssh-keygen -N`, `X509Certificate2`, `KeyStore.load`, "
      "`load_pem_private_key`, `sqlite3_key`, keychain unlock), is a shared secret (SNMPv3 auth phrase, SNMP community in pysnmp "
      "and Cisco IOS, IPsec PSK, hostapd PSK file, chrony key, Wi-Fi passphrase in `networksetup` and Arduino), sits in a file by "
      "position (chap-secrets, davfs2 secrets, tinyproxy BasicAuth, three invented clinic formats) or travels in "
      "a protocol exchange (SMTP AUTH LOGIN and HTTP Proxy-Authorization / git extraHeader Basic as Base64 spans, XMPP / "
      "ManageSieve / IMAP SASL PLAIN as Base64 spans, Redis inline `AUTH`) or is typed by automation (expect, pexpect, "
      "ftp heredoc, `yes | smbpasswd -s`, `sudo -S`, `printf | docker secret create`, pyautogui, Puppeteer, WebdriverIO, Robot "
      "Framework `Input Text`, Espresso, XCUITest, Maestro, SendKeys in VBA and PowerShell). `-pw`, `BasicAuth`, `AUTH` and "
      "`secureTextFields` keep a hint of the word; they are the weakest positional cases. Several ideas repeat earlier corpora "
      "on new tools (URL userinfo, `user:pass` pairs, library call positions, stdin echo, UI typing, Base64 protocol lines); "
      "novelty was checked by name, not by signature.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for French, "
      "Spanish, Dutch, Swedish, Danish, Polish, Czech, Croatian, Romanian, Bulgarian, Ukrainian, Turkish, Indonesian, Vietnamese; "
      "modest for Icelandic, Finnish, Estonian, Latvian, Lithuanian, Slovenian, Hungarian, Greek, Azerbaijani, Kazakh, Uzbek, "
      "Arabic, Persian, Urdu, Marathi, Tagalog, Swahili, Welsh, Albanian; low for Punjabi, Tamil, Telugu, Thai, Amharic, Armenian, "
      "Georgian. Loan words (`password` in Tagalog, the transliterated English \"password\" in Urdu, Punjabi, Marathi and Telugu, "
      "`laptop`) are kept as people use them. Persian writes the room number with Persian digits.")
    A("- Evasions: octal C escapes, Python `\\x` escapes, T-SQL `CHAR(n)` concatenation, U+ notation, binary octets and Base32 are "
      "developer / byte notations; balanced ternary is a numeral system; the affine cipher, the Beaufort cipher keyed COCHLEA, the "
      "QWERTY shift and the Baconian A/B groups are ciphers with their rule stated; sans-serif bold, Cyrillic twins, zero-width "
      "spaces and Braille cells are Unicode look-alike or invisible tricks; pairwise swap and reversal are positional tricks; the "
      "audiogram thresholds, battery sizes, ear-canal volumes and Bluetooth addresses are hearing-care disguises of code points or "
      "bytes; letter positions (A1Z26) are a spelled form. Cyrillic twins leave digits and letters without a twin unchanged, "
      "sans-serif bold leaves `- _ .` unchanged, and reversal / pairwise swap keep every character, so parts of a plain stay "
      "readable (the whole plain never appears in its run, checked). Close relatives exist in the earlier corpora (Vigenère next to "
      "Beaufort, ROT13 next to the affine cipher, monospace / circled next to sans-serif bold, swapped halves and reversed chunks "
      "next to pairwise swap and reversal, ternary / negabinary next to balanced ternary); novelty was checked by name only.")
    A("- Negatives: serials, lots, intake / RMA / warranty numbers, patient and action GUIDs, Bluetooth addresses and HiSyncIds, "
      "claim and prior-auth numbers, NPIs, NHS numbers, voucher and client numbers, courier tracking numbers, UDIs and GTINs, "
      "session and trace ids are identifiers; SHA-256 / SHA-1 values are digests; Stripe `pk_live_`, PostHog `phc_`, the "
      "referrer-restricted Maps key, the Algolia search-only key and the Sentry DSN key are public by design; `********`, bullets "
      "with a four-character tail, `<hidden 32 chars>` and `[REDACTED]` carry no value (the diagnostic bundle has a "
      "`NoahPassword=` key, a trap); empty values, `<your-client-secret>`, `YOUR_SUBSCRIPTION_KEY_HERE`, `xxxx…` and "
      "`${…:?set me}` are placeholders; secretKeyRef, `vault:`, `${{ secrets.X }}`, `op://` and Secrets Manager ARNs are pointers; "
      "age and PGP armour are ciphertext; bcrypt and sha512-crypt strings are one-way hashes (sensitive, not usable credentials; "
      "the users table has a `password_hash` column, another trap); the SMS thread and the policy paragraph talk about passwords "
      "without one; the `v1=` webhook signature is an HMAC output, not a key; the X12 `ISA` security fields are blank. Random "
      "fillers are generated, so an entropy-only detector will hit them — that is the point.\n")

    # ------------------------------------------------------------ sources
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief175/` (p170 and p172), for format and coverage only. The detector was not opened, listed or "
      "searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except "
      "`/tmp/scratch175/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the gitleaks default rule "
      "file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror directory, "
      "extracted with `git show` into `/tmp/scratch175/` and grepped for the rules of Airtable, Anthropic, Atlassian, Brevo "
      "(Sendinblue), Contentful, DigitalOcean, Fastly, Fly.io, GCP, GitHub, GitLab, GoCardless, Heroku, Hugging Face, Linear, "
      "Mailchimp, Mailgun, MessageBird, New Relic, Notion, OpenAI, Okta, Perplexity, Postman, Pulumi, SendGrid, Sentry, Shopify, "
      "Slack, Square, Stripe, Typeform, Zendesk and others). Kingfisher, Betterleaks, CredSweeper and vendor documentation were not "
      "opened this session; the remaining shapes come from the builder's memory and are marked above as believed or guessed.\n")
    return "\n".join(L)
