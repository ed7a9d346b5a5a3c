"""Renders README.md from the generated data (deterministic)."""
import collections

import everyday186
import vendor186
import positional186
import prose186
import evasions186
import enc186
import negatives186


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(data, meta, deny, deny_status, muts):
    pos, eva, neg = data["positives"], data["evasions"], data["negatives"]
    src = collections.Counter(r["source"] for r in pos)
    L = []
    a = L.append
    a("# privacy_hundredeightysixth (p186) – held-out credential corpus")
    a("")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**shooting-range, archery-range and firearms-retail compliance developers**: lane booking and range-safety-officer "
      "rosters (Laravel / Django back offices, lane kiosks, Bookeo, Checkfront, FareHarbor, Rezdy, Acuity, SimplyBook, Mindbody, "
      "Wild Apricot), target-scoring systems and electronic targets (SIUS, Meyton, DISAG RedDot, Kongsberg, Megalink, ShotMarker "
      "relays, steel-target sensors on ESP32, live scoreboards), membership and waiver kiosks (Tauri / Android kiosks, Smartwaiver, "
      "WaiverForever, age and ID verification with Veratad, AgeChecker.net, Persona, IDScan.net), firearms retail point of sale "
      "with background-check and acquisition-disposition record keeping (ATF eForms, FBI NICS E-Check, FastBound, Orchid eBound, "
      "Gearfire, Celerant, distributor feeds from RSR, Sports South, Zanders, Lipsey's, Davidson's, Chattanooga, GunBroker, "
      "GunsAmerica, payment gateways NMI, Authorize.net, Heartland, Clover, Payeezy, Stax, Square), armoury inventory and serial "
      "tracking (RFID gateways, Zebra / Impinj readers, Brivo, Kisi, Salto KS, Axis, Hikvision and Milestone cameras, Verkada), "
      "archery tournament scoring apps (Ianseo, World Archery, tablets on the target butts), gunsmith work orders (RepairShopr, "
      "Jobber), training-course certification records (NRA instructor portal, Moodle, TalentLMS, Thinkific, Docebo, Accredible, "
      "Credly); plus the commerce, messaging, AI, developer and ops services such developers use (Shopify, BigCommerce, "
      "WooCommerce, ShipStation, Shippo, EasyPost, UPS, QuickBooks, Xero, Klaviyo, Mailchimp, Brevo, Mailgun, Twilio, Slack, "
      "Discord, Telegram, Pushover, Teams workflows, OpenAI, Anthropic, Groq, Perplexity, Gemini, GitHub, GitLab, Bitbucket, "
      "Atlassian, Linear, Postman, DigitalOcean, Pulumi, SonarCloud, Buildkite, Heroku, Render, Notion, Airtable, Typeform, "
      "Zendesk, HubSpot, Datadog, Rollbar, PostHog, Sentry, Dynatrace, Cloudflare, AWS, Backblaze B2, Azure Storage, SOPS / age, "
      "MaxMind, Turnstile …); with hard negatives from the same world (FFL numbers, firearm serials, NICS transaction numbers, "
      "GTINs, SGTIN-96 EPCs, shot logs, bibs, booking codes, digests, public keys, placeholders, masked values, pointers, ciphertext, "
      "one-way hashes, policy prose). Everything is produced by `build.py` and its modules (`common186.py`, `everyday186.py`, "
      "`vendor186.py`, `positional186.py`, `prose186.py`, `enc186.py`, `dec186.py`, `evasions186.py`, `negatives186.py`, "
      "`checks186.py`, `readme186.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
      "`random.Random` seeds (18601 everyday, 18611 everyday pairing, 18602 vendor, 18603 positional passwords, 18604 prose, "
      "18605 evasions, 18606 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one "
      "process, compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from "
      "both generations and compares it, and only then writes the files (on any failure it prints the errors, writes nothing "
      "and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief186/`." % len(muts))
    a("")
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredeightysixth/`) was created (with `mkdir -p`) and written; its parent was never listed, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project "
      "material read were the two READMEs in `/tmp/brief186/` (`README_hundredeightythird.md`, p183, science-centre / planetarium "
      "/ observatory developers; `README_hundredeightyfourth.md`, p184, court-reporting / stenography / legal-transcription "
      "developers), used only to learn the file format and what is already covered. No other `/tmp` directory was looked at "
      "except the scratch directory `/tmp/scratch186/` (trial builds and an extracted copy of the public gitleaks rule file). "
      "The deny-list (`common186.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, "
      "lower-cased, also split at `__` and also with an earlier positional prefix (`<letters>pw_`) stripped (%d names; the %d "
      "stripped earlier syntaxes are also kept apart), the code of every `` `code` (Name) `` language pair including the spares "
      "(%d codes), and the names and name words of those pairs (%d entries). It is frozen in `brief_names.json`; when "
      "`/tmp/brief186/` exists the build re-extracts it and fails if it differs (this build: %s). Nothing is dropped silently: "
      "every candidate list was written after reading the READMEs and the build fails on any overlap (one positional syntax, "
      "`detox_typetext_single`, collided in the first trial build and was set aside; one vendor type, `render_api_key`, collided "
      "and was renamed `render_com_api_key`). Novelty is checked against these two READMEs only; older corpora may share "
      "vendors, syntaxes, languages or notations." % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]),
                                                      len(deny["language_names"]), deny_status))
    a("")
    # ------------------------------------------------------------ files and counts
    a("## Files and counts")
    a("")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), sum(len(r["secrets"]) for r in pos), len(set(r["type"] for r in pos)), len(set(r["container"] for r in pos)),
        src["everyday"], src["vendor"], src["password"], src["prose"], len(set(r["container"].split("__")[1] for r in pos if r["source"] == "prose"))))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(eva), len(eva), len(set(r["type"] for r in eva)),
                                                                       len(set(r["container"] for r in eva)), len(set(r["encoding"] for r in eva))))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len(set(n["container"] for n in neg)), len(set(n["class"] for n in neg))))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("")
    a("Schema (same as the earlier corpora): positives `id` (`p186-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p186-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p186-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
      "lines with `ensure_ascii=False`.")
    a("")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (%d candidates "
      "written: the range / firearms-retail ones first, the mainstream developer services after them, and %d weaker or more "
      "generic candidates moved to the end; the first 120 kept; unused tail: %s). Positional passwords %d (%d syntaxes written; "
      "set aside: %s). Prose 40 in 40 languages (spares unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base "
      "kinds × 5 presentations. Positives total %d (asked: about 450)." % (
          len(vendor186.V), len(vendor186.TAIL), _bt(vendor186.unused_tail()), src["password"],
          len(positional186.S) + len(positional186.UNUSED), _bt([u[0] for u in positional186.UNUSED]),
          ", ".join("`%s` (%s)" % s for s in prose186.SPARES), len(neg), len(negatives186.CLASSES), len(pos)))
    a("")
    # ------------------------------------------------------------ conventions
    a("## Conventions")
    a("")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, "
      "never the quotes and never the key. Values pasted where they do not belong (a range-ops Slack message, an RSO crew Signal "
      "group, an OCR'd gunsmith bench notebook page, a Zendesk internal comment, a fish shell history, a Datadog debug log line, "
      "an IPython session, an Airtable CSV export, a Teams channel paste, a Linear comment, a vendor welcome e-mail, a Bitwarden "
      "JSON export, shell histories of `heroku config:set`, `docker secret create` and `aws ssm put-parameter`) are labelled.")
    a("- Owner-chosen passwords are a word of the range / archery / gun-shop world (%s; %d in all; capitalised with probability "
      "0.4) + one of `- _ . + !` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only "
      "`- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the "
      "%d owner-chosen vendor passwords, and the strict `- _ .` form for every non-Base64 positional value, every password "
      "hidden inside a Base64 positional value, every prose value and every evasion front-desk password plain." % (
          ", ".join(__import__("common186").RANGE_WORDS[:30]) + ", …", len(__import__("common186").RANGE_WORDS),
          len(meta["vendor_pw_types"])))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text or negative. "
      "Values, hidden passwords, evasion plains and evasion runs are drawn through one registry that refuses any string in a "
      "substring relation with an earlier one (%d strings this build); a negative is redrawn if it contains any registered string." % meta["registry_size"])
    a("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 "
      "(checked); the live-scoring token is an HS384 JWT and the Stax key an HS256 JWT, both with real base64url JSON and a real "
      "HMAC under a discarded key (every JWT-shaped value: JSON and signature length checked); the RFID gateway key carries a "
      "real Adler-32 of its body (checked); the booking webhook secret is base64url of 32 bytes, the export AES key Base64 of 32 "
      "bytes, the Azure storage key Base64 of 64 bytes (checked); the archery sync token is Crockford Base32 of 25 bytes "
      "(alphabet and grouping checked); the Intercom token is Base64 of `tok:<UUIDv4>:1:0` and the Discord bot token starts "
      "with the base64url of an 18-digit id (checked); Shopify, Mailchimp, Brevo, Authorize.net, GitHub fine-grained and age "
      "shapes are regex-checked. The two Base64 positional spans decode to NUL user NUL password (XMPP SASL `PLAIN`) and "
      "`user:password` (`Proxy-Authorization: Basic`) and the hidden password is shape-checked. Negatives: GTINs carry real GS1 "
      "check digits, booking codes real Luhn digits, SGTIN-96 EPCs a valid header / filter / partition and the GTIN they encode, "
      "PGP armour a real CRC-24 (all checked); SHA-1, SHA-256 and SHA-384 values are real digests of random bytes; the age "
      "armour wraps the real age header layout.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.range.lan`, `*.gunshop.internal`, `*.clubrange.local`, private "
      "addresses), key names, and ids written next to a secret (%s) and the user half of a user / password pair." % ", ".join(
          "%s: %s" % (v[0], v[3][2]) for v in vendor186.V[:vendor186.N_VENDOR] if v[3]))
    a("- Positional passwords: span type `rangepw_<syntax>`, container `rangepw_<syntax>__<suffix>` where the suffix says where "
      "the text lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional186.SUFFIX.items()))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the "
      "run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own "
      "run, if the run equals the plain (Greek swap with no look-alike letter) or if the run would start or end with whitespace "
      "(Base45 has a space in its alphabet).")
    a("")
    # ------------------------------------------------------------ categories
    a("## Categories (positives)")
    a("")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday186.TYPES) + ".")
    a("")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (c[0], c[1]) for c in everyday186.CONTAINERS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 18611) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits in "
      "exactly 15 records (checked); secrets land in plausible wrong files (an A&D-book export key in a ShotMarker relay hook, "
      "an armoury door password in a receipt-printer bridge config). Key names are the type's key words in the container's own "
      "case style: upper (UPPER_SNAKE for dotenv, Django settings, PHP `define`, shell hooks, Node-RED header names, Rust "
      "consts, compose, Nomad, workflow env, supervisord, launchd, fish history, IPython), snake (TOML, INI sections, Sinatra, "
      "Moodle `$CFG`, Frigate, Home Assistant), camel (XML, React Native, Tauri, Go consts, NestJS, OPC UA JSON, Helm, Pulumi, "
      "Azure Pipelines, Nix, Datadog JSON), pascal (Windows INI, .NET user secrets, PowerShell variables), kebab (receipt-printer "
      "cfg, Spring YAML), dot (Gradle properties, Flyway), define (`-D` build flags and `#define`), spaced (Slack, Signal, "
      "Zendesk) and title (OCR'd notebook page, Airtable CSV header). Two more kinds were written as spares and not used: %s." % _bt(
          [c[0] for c in everyday186.SPARE_CONTAINERS]))
    a("")
    a("Vendor (120 types, container `<type>__<style>`): " + _bt([v[0] for v in vendor186.V[:vendor186.N_VENDOR]]) +
      ". Styles (12, assigned cyclically): " + _bt(vendor186.STYLES) + ". Where a vendor pairs a public id with the secret, the "
      "id is written next to it in the same style and left unlabelled.")
    a("")
    a("Positional passwords (%d syntaxes, span type `rangepw_<syntax>`): " % len(positional186.S) +
      _bt(["rangepw_" + s[0] for s in positional186.S]) + ".")
    a("")
    scripts = sorted(set(l[2] for l in prose186.L))
    a("Prose: someone tells a colleague the password of the range front-desk PC and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them is among the languages or "
      "spares of either README (checked: code against the codes and all deny-listed names; name and each name word against the "
      "language names). Scripts: %s. Thai and Lao do not separate words with spaces, so the value got spaces around it; every "
      "value is set off by whitespace on both sides (checked); where a comma would follow the value the sentence uses a dash or "
      "a following word instead." % (prose186.TYPE, _bt(prose186.FORMATS),
                                     ", ".join("`%s` (%s)" % (l[0], l[1]) for l in prose186.L), ", ".join(scripts)))
    a("")
    # ------------------------------------------------------------ evasions
    a("## Evasion encodings")
    a("")
    a("; ".join("`%s` = \"%s\"" % (k, v[1]) for k, v in enc186.ENCODINGS.items()) + ".")
    a("")
    fam = collections.defaultdict(list)
    for k, v in enc186.ENCODINGS.items():
        fam[v[2]].append(k)
    a("Encoders are in `enc186.ENCODINGS` (all hand-written, no `base64` module); the decoder `dec186.decode` gets only the "
      "encoding name and the run and is written separately, importing nothing from the encoder and no `base64`, `binascii` or "
      "`codecs`: a ROT47 inverse, string reversal, re-interleaving of the two halves, `int(…, 16)` and XOR, big-number Horner "
      "evaluation over a retyped Base58 alphabet, `int(…, 36)`, a Base45 triplet reader over an alphabet rebuilt from code "
      "ranges, a retyped Morse table, Braille cells rebuilt from dot numbers (U+2800 + dot bits), Unicode NFKC for the "
      "full-width forms, `unicodedata.name` parsing for the Greek look-alikes, deletion of U+00AD, a/b to binary for the "
      "Baconian groups, a re-grown autokey stream, negabinary and balanced-ternary evaluation, a Chinese-numeral parser, regular "
      "expressions and arithmetic for the four range disguises, and the QWERTY rows shifted back. Every pair was round-tripped "
      "on 300 random plains per notation (all three plain types) while writing; at build time every span is decoded back to its "
      "`plain`. Families: " + "; ".join("%s: %s" % (f, _bt(v)) for f, v in fam.items()) + ". Evasion types: " +
      "; ".join("`%s` (%s)" % (t[0], t[2]) for t in evasions186.TYPES) + "; wordings: " + _bt([w[0] for w in evasions186.WORDINGS]) +
      "; container `<encoding>__<wording>`.")
    a("")
    # ------------------------------------------------------------ negatives
    a("## Negative classes")
    a("")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    cc = collections.Counter(n["class"] for n in neg)
    for cname, desc, kinds in negatives186.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cname, cc[cname], _bt([k[0] for k in kinds]), desc))
    a("")
    a("Each base kind appears plain and wrapped " + ", ".join("`__%s`" % w for w in negatives186.WRAPPERS) + ".")
    a("")
    # ------------------------------------------------------------ checks
    a("## Checks run by build.py before writing")
    a("")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or "
      "Base64-hidden password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain positional, "
      "Base64-hidden, prose and evasion passwords; Base64 positional spans decode to `user:password` or NUL user NUL password; "
      "UUID-shaped substrings of every text are version 4; every JWT-shaped value has base64url JSON header and payload and an "
      "HMAC-length signature; `lbwh_` (32 bytes), `armr_` Adler-32, Crockford sync token, 32-byte AES key, `wks_`; vendor "
      "`shpat_`, Mailchimp, Brevo, Authorize.net signature key, Azure storage key (64 bytes), Intercom `tok:`, GitHub "
      "fine-grained PAT, age identity, Discord bot id; GTIN check digits, Luhn booking codes, SGTIN-96 header / partition / "
      "GTIN and PGP CRC-24 in their negative classes")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a "
      "newline and is followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run never contains its plain; "
      "record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive "
      "value, plain and hidden password")
    a("- deny-list: every container (positives, evasions, negatives — so also every vendor style, password suffix, prose format, "
      "evasion wording and negative wrapper inside it), span type, positional syntax (with and without `rangepw_`, and against "
      "the earlier syntax list), evasion encoding and negative class is compared case-insensitively, whole name and each `__` "
      "part, with the frozen deny-list; prose languages and spares by code, name and name words; `brief_names.json` is compared "
      "with a fresh extraction when `/tmp/brief186/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types, four different types per kind and 15 records per type; 120 distinct "
      "vendor types with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in "
      "40 distinct languages; 66 evasions; positives 440–470; span types of the four sources pairwise disjoint; non-everyday "
      "containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s" % (
        len(muts), sum(c for _, c in muts), len(muts), ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in muts)))
    a("")
    # ------------------------------------------------------------ shapes guessed
    by = collections.defaultdict(list)
    for v in vendor186.V[:vendor186.N_VENDOR]:
        by[v[4]].append(v)

    def fmt(vs):
        return "; ".join("`%s` (%s%s)" % (v[0], v[5], (" (the %s next to it is %s)" % (v[3][2], "public / an identifier")) if v[3] and v[4] != "password" else "") for v in vs)
    a("## Shapes you had to guess")
    a("")
    a("Read for shape this session in the public gitleaks default rule file (nothing copied; every value generated): " + fmt(by["read"]) + ".")
    a("")
    a("Believed right from background knowledge (not re-read this session): " + fmt(by["believed"]) + ".")
    a("")
    a("Guessed (length and alphabet only, recognisable from the key name): " + fmt(by["guessed"]) + ".")
    a("")
    a("Owner-chosen passwords (the integration logs in with user / password): " + _bt([v[0] for v in by["password"]]) + ".")
    a("")
    a("Also guessed or invented: the everyday prefixes `lbwh_` (booking webhook secret), `armr_` with its Adler-32 tail "
      "(RFID gateway key), `wks_` (waiver kiosk device secret), the Crockford-grouped archery sync token, and the evasion prefix "
      "`rgk_` are invented; the HS384 live-scoring JWT, the Base64 AES export key and the Base32 gun-safe OTP seed are modelling "
      "choices. FFL numbers follow the printed X-XX-XXX-XX-XX-XXXXX layout with random fields (not real licences); NICS "
      "transaction numbers are modelled as 9 upper-case alphanumerics; ATF eForms control numbers as year + 6 digits; Form 4473 "
      "transaction serials, NFA stamp serials, World Archery ids and licence numbers are approximate; bcrypt and argon2id strings "
      "are random characters / bytes in the right frame, not hashes of any password; the age payload and PGP packet bodies are "
      "random bytes in the right frame. Syntaxes from memory, not re-checked: `lftp -u user,pass`, `ncftp -p`, `plink -pw`, "
      "`PsExec -p`, `schtasks /rp`, `sqlcmd` / `bcp` / FreeTDS `tsql -P`, `vsql -w`, `db2 connect … using`, `isql-fb -pas`, "
      "`mosquitto_pub -P`, `ipmitool -P`, `racadm -p`, `ilorest login -p`, `vmrun -gp`, `mc alias set` order, `7z -p`, "
      "`pdftk input_pw`, `ssh-keygen -N`, `htpasswd -b`, `wpa_passphrase`, `net use` bare password, `mount_smbfs`, "
      "`openssl enc -pass pass:`, `certutil -p … -importpfx`, `signtool /p`, `snmpwalk -A`, `ldappasswd -s`, "
      "`ConvertTo-SecureString`, `curl -U`, `ncat --proxy-auth`, `rclone obscure`, `adb shell input text`, `vncpasswd -f`, "
      "`chpasswd`, `openssl passwd -stdin`, `gpg --passphrase-fd 0`, `pass insert -e`, `secret-tool store`; argument positions "
      "of paramiko `connect` (fourth), pymssql, `FTP_TLS.login`, `poplib.pass_`, python-ldap `simple_bind_s`, pysnmp "
      "`UsmUserData`, `redis.Redis` (fourth), `PlainTextAuthProvider`, `ONVIFCamera` (fourth), Commons Net `login`, "
      "`Jdbi.create`, Unirest / OkHttp basic auth, `MongoCredential.createCredential`, Exposed `Database.connect` (fourth), "
      "Slick `forURL`, Groovy `Sql.newInstance`, `NetworkCredential`, FluentFTP, VB `UploadFile` (fourth), Go MySQL DSN, "
      "jlaffaye `Login`, `SetBasicAuth`, tiberius `AuthMethod::sql_server`, Ruby `Net::FTP#login` / `basic_auth`, `mysqli`, "
      "`ftp_login`, `imap_open`, `DBI->connect`, `Net::SSH::Perl`, `CURLOPT_USERPWD`, PubSubClient `connect` (third), "
      "`WiFi.begin`, MicroPython `wlan.connect`, SQLCipher `PRAGMA key`; file layouts of davfs2 `secrets` and apt proxy "
      "config; XMPP SASL, `Proxy-Authorization`, STOMP `passcode`, FTP `PASS`; the UI-automation calls (Puppeteer, WebdriverIO, "
      "pywinauto, PyAutoGUI, Robot Framework, Katalon, TestComplete, SendKeys, WScript, Espresso, XCUITest, Maestro, Gherkin). "
      "The lane-kiosk operators file, the RSO roster TSV, the POS register fixed-width login file (columns 41–56), the "
      "bound-book import profile, the archery tablet pairing QR payload and the e-target bridge `HELLO` handshake are invented "
      "formats of this world.")
    a("")
    # ------------------------------------------------------------ judgement calls
    a("## Judgement calls")
    a("")
    a("- Everyday: six owner-chosen passwords (lane kiosk admin, RSO roster portal, bound-book database, armoury door "
      "controller, e-target scoring admin, POS manager override) and six generated secrets (`lbwh_` webhook secret, HS384 "
      "scoreboard JWT, `armr_` RFID gateway key, Crockford archery sync token, Base64 A&D export AES key, `wks_` kiosk device "
      "secret). The AES key and the Crockford token have no telling prefix but encrypt or authenticate, so they are labelled. "
      "The POS manager-override password only releases a sale at the register; it is labelled. In the Node-RED flow the key name "
      "sits in a sibling `keyValue` field; in the Airtable CSV the key is a column header and the value sits under it; in the "
      "OCR'd bench notebook and the Slack / Signal / Zendesk texts the key words are spaced prose.")
    a("- Vendor: most range, firearms-retail, waiver, booking and e-target vendors publish no token format the builder knows, "
      "so their types are recognisable only from the key name — part of the test. %d vendor types carry owner-chosen passwords "
      "(ATF eForms, NICS E-Check, Veratad, RSR, Sports South, Zanders, GunBroker seller, PractiScore, USPSA, Ianseo upload, "
      "Megalink, ShotMarker, NRA instructor portal, Axis / Hikvision / Milestone cameras, Impinj ItemSense). The Bitbucket app "
      "password is generated (`ATBB…`), not owner-chosen. Webhook URLs (Slack incoming webhook, Teams workflow trigger with "
      "`sig=`) are labelled whole. Same-shape traps: the Chattanooga SID and token are both 32 upper-case hex; the ShipStation "
      "API key and secret are both 32 hex; the AgeChecker.net key and secret are both 32 alphanumerics; the Turnstile site key "
      "(public, neighbour here and in the negatives) and secret key share the `0x4AAAAAAA` prefix; Stripe `pk_live_`, PostHog "
      "`phc_` and Mapbox `pk.` appear only in the negatives while `phx_` is positive. The GunBroker developer key is a UUIDv4 — "
      "a shape-only detector will see an identifier. The AWS access key id, Backblaze key id and Twilio account SID are "
      "neighbours, not labelled. Brands of the earlier READMEs reappear with new credential kinds (OpenAI project key, Anthropic "
      "`api03` key, GitHub fine-grained PAT, GitLab PAT, Slack bot token, Sentry user token, Cloudflare API token, Square webhook "
      "signature key and OAuth secret, Twilio auth token, Telegram bot); only type names were checked." % len(meta["vendor_pw_types"]))
    a("- Passwords: labelled when the value logs in (flags `-u user,pass`, `-p`, `-P`, `-pw`, `-w`, `-gp`, `/rp`, `-pas`, "
      "`using`; positionals of `mc alias set`, `htpasswd -b`, `net use`; URL userinfo for `mount_smbfs`, git proxy, mongodump, "
      "hg, SQLAlchemy, nodemailer, amqplib, NATS, Redis with an empty user, OPC UA, RTSP cameras, apt proxy; `user/pass@` for "
      "SQL*Plus and Oracle thin JDBC; `user:pass@tcp(…)` for Go MySQL; library call positions in Python, Node, Java, Kotlin, "
      "Scala, Groovy, C#, VB.NET, Go, Rust, Ruby, PHP, Perl, C and Arduino / MicroPython), protects a file, key or store "
      "(`7z -p`, `pdftk input_pw`, `ssh-keygen -N`, `openssl enc -pass pass:`, `certutil -p`, `signtool /p`, `gpg "
      "--passphrase-fd 0`, SQLCipher `PRAGMA key`, `vncpasswd -f`), is a shared secret (Wi-Fi passphrases via "
      "`wpa_passphrase`, `WiFi.begin`, `wlan.connect`; SNMPv3 auth passphrase), is set for an account (`chpasswd`, "
      "`ldappasswd -s`, `htpasswd -b`, `openssl passwd -stdin` — the literal is still the clear password), sits in a file by "
      "position (davfs2 secrets, five invented files of this world), travels in a protocol exchange (FTP `PASS`, XMPP SASL "
      "`PLAIN` and `Proxy-Authorization: Basic` — both as Base64 spans —, STOMP `passcode`, the invented e-target `HELLO`) or is "
      "typed by automation (Puppeteer, WebdriverIO, pywinauto, PyAutoGUI, Robot Framework, Katalon, TestComplete, SendKeys, "
      "WScript, Espresso, XCUITest, Maestro, Gherkin, `adb shell input text`). `-pw`, `-pas`, `-gp`, `/rp`, `pass:`, "
      "`input_pw`, `pass_`, `PASS`, `passcode:`, `--passphrase-fd`, `CURLOPT_USERPWD`, `secureTextFields` and the `secret` "
      "column headers of the invented files keep a hint of the word; they are the weakest positional cases. `rclone obscure` "
      "receives a clear password to obscure it and `ConvertTo-SecureString` a clear password to wrap it; both are labelled. "
      "The POS register file is fixed width: the value starts at column 41 and is padded to column 57, then the drawer code "
      "follows. UI tests use neutral field ids (`#field-2`, `field2`, `Edit2`, `field_two`). Several ideas repeat the earlier "
      "corpora on new tools (URL userinfo, library call positions, stdin echo, Base64 protocol lines, UI typing); novelty was "
      "checked by name, not by signature.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for French, "
      "Spanish, Dutch, Swedish, Danish, Polish, Czech, Slovak, Croatian, Catalan, Romanian, Turkish, Indonesian, Vietnamese, "
      "Bulgarian, Ukrainian, Macedonian, Greek; modest for Finnish, Estonian, Latvian, Lithuanian, Slovene, Hungarian, "
      "Belarusian, Albanian, Basque, Welsh, Irish, Swahili, Persian, Urdu, Thai; low for Georgian, Armenian, Tamil, Amharic, "
      "Somali, Maltese (the loan phrase `firing range` is kept), Lao. The Irish sentence puts the value before the noun phrase "
      "(copula order). Loan words (`PC`, `password`, `پاس ورڈ`) are kept as people use them.")
    a("- Evasions: ROT47 and the QWERTY shift keep the length (ROT47 also turns `-` `_` `.` into other punctuation); the "
      "autokey cipher keeps `- _ .` and the length, so the run looks like another password of the same shape (intended); "
      "reversal and the odd/even split keep every character in view (the whole plain never appears in its run, checked); XOR "
      "hex, Base58, Base36 and Base45 are byte notations (Base45 runs contain spaces and `%` `*` `+` `/` `:`); negabinary, "
      "balanced ternary and Chinese numerals are numeral systems; full-width forms normalise to ASCII under NFKC while the "
      "Greek look-alikes do not (a detector that folds confusables will see them); the soft-hyphen run renders as the plain in "
      "most viewers; Braille and Morse are spelled forms; lane/ring score cards, archery ends, bullet grain weights and "
      "lane-booking start times are range disguises of code points. Close relatives exist in the earlier corpora (Vigenère / "
      "Beaufort / affine next to autokey, columnar transposition next to reversal and odd/even split, binary / Gray / BCD next "
      "to negabinary and balanced ternary, duodecimal next to Chinese numerals, mathematical bold / sans-serif bold next to "
      "full-width, Cyrillic next to Greek look-alikes, zero-width spaces / tag characters next to soft hyphens, multi-tap / "
      "steno next to Morse / Braille, world-specific number disguises); novelty was checked by name only.")
    a("- Negatives: FFL numbers are public licence identifiers (eZ Check is a public lookup); firearm serials, NICS transaction "
      "numbers, Form 4473 serials, eForms control numbers, NFA stamp serials, bibs and WA ids, booking codes, GTINs, SGTIN-96 "
      "EPCs, shot UUIDs and Stripe object ids are identifiers (the 9-character NTNs, 24-hex EPCs and 24-character Stripe ids are "
      "traps for shape-only detectors); SHA-1 / SHA-256 / SHA-384 digests and certificate thumbprints are digests; Stripe "
      "`pk_live_`, reCAPTCHA and Turnstile site keys, GA ids, Sentry DSNs, PostHog `phc_` keys and Mapbox `pk.` tokens are "
      "public by design (the Sentry DSN is the most arguable); `<your-api-key>`, `shpat_xxxx…`, `YOUR_…`, empty values, "
      "`changeme`, `${…:?…}` and an all-zero AES key are placeholders (`changeme` is arguable); masked values keep the invented "
      "`armr_` / `lbwh_` prefixes and a real-looking `sk_live_…` head (traps); ExternalSecret refs, ARNs, Key Vault references, "
      "GCP secret paths, `op://` and `${{ secrets.… }}` are pointers; age and PGP armour is ciphertext; bcrypt and argon2id "
      "strings are one-way hashes (sensitive, not usable credentials; the column is called `password`, a trap); the handbook and "
      "the shift notes talk about passwords without one. Random fillers are generated, so an entropy-only detector will hit "
      "them — that is the point.")
    a("")
    # ------------------------------------------------------------ sources
    a("## Sources consulted")
    a("")
    a("- The two READMEs in `/tmp/brief186/` (p183 and p184), for format and coverage only. The detector was not opened, listed "
      "or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory "
      "except `/tmp/scratch186/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory, extracted with `git show` into `/tmp/scratch186/` and read for the rules of Shopify (`shpat_`, "
      "`shpss_`), Mailchimp, Sendinblue / Brevo, Mailgun, Shippo, EasyPost, Slack bot tokens and webhooks, Telegram, OpenAI, "
      "Anthropic, Perplexity, GCP `AIza`, GitHub fine-grained PATs, GitLab PATs, Linear, Postman, DigitalOcean, Pulumi, Sonar, "
      "Heroku v2, Notion, Airtable, Typeform, Zendesk, Datadog, Sentry user tokens, Dynatrace, Cloudflare, age, MaxMind, "
      "Square, Stripe and a few others that were then not used). Betterleaks, Kingfisher, CredSweeper and vendor documentation "
      "were not opened this session; the remaining shapes come from the builder's memory and are marked above as believed or "
      "guessed.")
    a("")
    return "\n".join(L)
