"""Renders README.md from the generated data (deterministic)."""
import everyday184
import vendor184
import positional184
import prose184
import enc184
import evasions184
import negatives184
import common184


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(data, deny, muts, deny_status):
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    n_types = len(set(r["type"] for r in pos))
    n_cont = len(set(r["container"] for r in pos))
    classes = []
    for r in neg:
        if r["class"] not in classes:
            classes.append(r["class"])
    L = []
    A = L.append
    A("# privacy_hundredeightyfourth (p184) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**court-reporting, stenography and legal-transcription developers**: steno CAT software and its dictionaries "
      "(Case CATalyst, Eclipse, ProCAT, DigitalCAT, Plover-style JSON and RTF/CRE dictionaries, fingerspelling strokes), realtime "
      "feeds and caption encoders (CaseViewNet, StreamText, StenoCast, SCC caption data), deposition scheduling and remote-deposition "
      "video platforms (Zoom, Webex, Teams, Agora, Daily, Vonage Video, LiveKit, Wistia, Veritext, Esquire, Planet Depos, Lexitas), "
      "transcript repositories and certified-copy delivery (RealLegal E-Transcript, Box, ShareFile, Egnyte, Dropbox, Lob, FedEx, UPS, "
      "Postmark, Dropbox Sign, PandaDoc, Acrobat Sign, Proof), exhibit management and litigation support (AgileLaw, TrialDirector, "
      "Everlaw, Logikcull, CaseFleet, Relativity, Clio, MyCase, Filevine, NetDocuments, PracticePanther, Smokeball, Bates ranges), "
      "audio transcription queues and speaker diarisation pipelines (Rev.ai, AssemblyAI, Deepgram, Speechmatics, Verbit, Trint, Sonix, "
      "Gladia, Azure Speech, Watson, Amazon Transcribe, pyannote, Hugging Face, ElevenLabs, RTTM output), court e-filing portals "
      "(PACER / CM/ECF, File & ServeXpress, Tyler EFSP, One Legal, InfoTrack, CourtListener, UniCourt, Docket Alarm, Trellis), "
      "invoice and per-page billing (Stripe, PayPal, LawPay, Authorize.net, Braintree, FreshBooks, Harvest, Invoice Ninja, QuickBooks "
      "Payments, ABA routing numbers) and reporter licence renewals (NCRA, state CSR boards, TOTP-protected portals); plus the "
      "messaging, AI, developer and ops services such developers use (SendGrid, Mailjet, SparkPost, Vonage, Slack, Discord, Telegram, "
      "Pushbullet, Zulip, Pusher, Ably, RingCentral, OpenAI, Anthropic, Cohere, DeepSeek, Azure OpenAI, LangSmith, OpenRouter, Fireworks, "
      "LlamaCloud, W&B, Modal, GitHub, GitLab, npm, PyPI, Grafana, New Relic, Vault, 1Password, Tailscale, ngrok, Cloudflare, Netlify, "
      "Render, Azure DevOps, Sentry, PagerDuty, Rollbar, LaunchDarkly …); with hard negatives from the same world. Everything is "
      "produced by `build.py` and its modules (`common184.py`, `everyday184.py`, `vendor184.py`, `positional184.py`, `prose184.py`, "
      "`enc184.py`, `dec184.py`, `evasions184.py`, `negatives184.py`, `checks184.py`, `readme184.py`, frozen deny-list "
      "`brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (18401 everyday, 18402 vendor, 18403 "
      "positional passwords, 18404 prose, 18405 evasions, 18406 negatives; 19401 for the everyday pairing), no clock, no network. "
      "`python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL files, runs every "
      "check and %d mutation tests, renders this README from both generations and compares it, and only then writes the files (on any "
      "failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from "
      "`/tmp/brief184/`.\n" % len(muts))
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredeightyfourth/`) was created (with `mkdir -p`) and written; its parent was never listed, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project material "
      "read were the two READMEs in `/tmp/brief184/` (`README_hundredseventyninth.md`, p179, florist / wedding / event planning; "
      "`README_hundredeightyfirst.md`, p181, climbing gym / bowling / indoor recreation), used only to learn the file format and what "
      "is already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch184/` (the module "
      "sources while writing, trial builds and a copy of the public gitleaks rule file). The deny-list (`common184.extract_denylist`) "
      "holds every backticked name and every lower-case snake_case identifier of both READMEs, lower-cased, also split at `__` and also "
      "with an earlier positional prefix (`<letters>pw_`) stripped (%d names; the %d stripped earlier syntaxes are also kept apart), "
      "the code of every `` `code` (Name) `` language pair including the spares (%d codes), and the names and name words of those pairs "
      "(%d entries). It is frozen in `brief_names.json`; when `/tmp/brief184/` exists the build re-extracts it and fails if it differs "
      "(this build: %s). Nothing is dropped silently: every candidate list was written after reading the READMEs and the build fails on "
      "any overlap (one vendor name, `grafana_service_account_token`, collided in the first trial build and was renamed "
      "`grafana_cloud_service_account_token`). Novelty is checked against these two READMEs only; older corpora may share vendors, "
      "syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_status))

    # ---------------------------------------------------------------- files and counts
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(pos), sum(len(r["secrets"]) for r in pos), n_types, n_cont, len(by["everyday"]), len(by["vendor"]), len(by["password"]),
         len(by["prose"]), len(set(r["container"].split("__")[1] for r in by["prose"]))))
    A("| `evasions.jsonl` | %d | %d | %d | %d | 22 encodings × 3 |" % (len(eva), len(eva), len(set(r["type"] for r in eva)),
                                                                     len(set(r["container"] for r in eva))))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len(set(r["container"] for r in neg)), len(classes)))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema (same as the earlier corpora): positives `id` (`p184-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p184-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p184-n-NNNN`): `id`, `class`, "
      "`container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with "
      "`ensure_ascii=False`.\n")
    A("**Scale.** Everyday 180 = 45 kinds × 4 (12 types, each type in 15 records). Vendor 120 (%d candidates written, the "
      "court-reporting / legal vendors first, generic developer services last; unused tail: %s). Positional passwords %d (%d syntaxes "
      "written; the unused tail holds the weakest ones, whose tool or command still hints at a credential, and near-duplicates of kept syntaxes: %s). Prose 40 in 40 languages (spares "
      "unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: about "
      "450).\n"
      % (len(vendor184.V), _bt(v[0] for v in vendor184.UNUSED), len(by["password"]), len(positional184.S),
         _bt(s[0] for s in positional184.UNUSED), ", ".join("`%s` (%s)" % s for s in prose184.SPARES), len(neg), len(classes), len(pos)))

    # ---------------------------------------------------------------- conventions
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, "
      "never the quotes and never the key. Values pasted where they do not belong (a Teams chat, an e-mail to IT, a Telegram message, "
      "a Jira comment, an OCR'd steno-writer screen, a KeePass XML export, a calendar CSV note, a Sentry event, a curl verbose log, a "
      "SOAP request log, a zsh / doskey history, a Plover brief or an RTF/CRE dictionary entry that types the password) are labelled.")
    A("- Owner-chosen passwords are a word of the court-reporting world (%s; %d in all; capitalised 45 %% of the time) + one of "
      "`- _ . + ~` + 3–6 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build "
      "checks this shape (`%s`) for the six everyday password types and the ten owner-chosen vendor passwords, and the strict "
      "`- _ .` form (`%s`) for every plain positional value, every password hidden inside a Base64 positional value, every prose value "
      "and every evasion scoping-laptop plain."
      % (", ".join(common184.PW_WORDS[:40]) + ", …", len(common184.PW_WORDS), common184.PW_RE.pattern, common184.PW_STRICT_RE.pattern))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; no "
      "evasion plain and no password hidden inside a Base64 positional value appears in any text. Values, hidden passwords, evasion "
      "plains and evasion runs are drawn through one registry that refuses any string in a substring relation with an earlier one; a "
      "negative is redrawn if it contains any registered string.")
    A("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 "
      "(checked); the remote-deposition room token is an EdDSA-shaped JWT (real base64url JSON header with `kid`, real JSON payload, "
      "random 64-byte signature), the RingCentral JWT credential RS256-shaped (random 256-byte signature) and the monday.com token a "
      "real HS256 JWT under a discarded key (JSON of every JWT-shaped value checked); the licence-portal TOTP seed is RFC 4648 Base32 "
      "of 20 bytes, the audio-queue webhook secret base64url of 32 bytes, the diarisation key carries a real CRC-32 of its body, the "
      "`ghs_` token a real base62 CRC-32 (all checked); the PyPI token is base64url of a blob starting with the macaroon location "
      "header (`\\x02\\x01\\x08pypi.org`), the Sentry org token and the 1Password service-account token carry real Base64 JSON, the "
      "Elastic key is Base64 of `id:key`, the Mapbox `sk.` token has a base64url JSON middle (all checked). Positional Base64 spans "
      "decode to `user:password` (`.npmrc` `_auth`, Docker `config.json` `auth`) or NUL user NUL password (SMTP `AUTH PLAIN` initial "
      "response, ManageSieve `AUTHENTICATE \"PLAIN\"`) and the hidden password is shape-checked. Negatives: ABA routing numbers carry "
      "a real 3-7-1 check digit, SCC caption words real odd parity, ssh-ed25519 keys a real wire format (all checked); SHA-256, SHA-1 "
      "and MD5 values are real digests of random bytes.")
    A("- Public neighbours are unlabelled: user names, hosts (`*.stenodesk.lan`, `*.courtrpt.internal`, `*.transcribe.lan`, "
      "`*.depodesk.internal`, private addresses), key names, the ids written next to a secret (%s) and the user half of a user / "
      "password pair." % "; ".join("%s: %s" % (v[1], " ".join(v[6][0])) for v in vendor184.USED if v[6]))
    A("- Positional passwords: span type `stenopw_<syntax>`, container `stenopw_<syntax>__<suffix>` where the suffix says where the "
      "text lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional184.SUFFIX.items()))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on "
      "its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if the run "
      "would start or end with whitespace, or (Cyrillic swap) if it has no letter with a look-alike.\n")

    # ---------------------------------------------------------------- categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday184.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (c[0], c[1]) for c in everyday184.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation of the 12 types, four "
        "consecutive types per kind, so every kind holds four different types and every type sits in exactly 15 records (checked); "
        "secrets land in plausible wrong-file places (a diarisation key in a Plover brief, a TOTP seed in a caption-encoder XML). Key "
        "names are the type's key words in the container's own case style (UPPER_SNAKE for Laravel / Vite / Next.js env files, compose, "
        "ConfigMaps, Celery, systemd, crontab, zsh / doskey history, `wp-config.php`, `--dart-define` JSON and devcontainers; snake_case "
        "for YAML bridges, Rails, Sidekiq, Hydra, pytest, tfvars, PHP arrays and MLflow params; camelCase for Tomcat, Electron, Sentry "
        "events and Liquibase; PascalCase for the CAT INI, `.reg`, `appsettings.json`, caption-encoder XML, SOAP elements and VBA; "
        "kebab-case for `pyproject.toml`; dot.case for Spring and Android `local.properties`; Train-Case `X-…` headers for the curl "
        "log; spaced words for chats, e-mail, Jira and steno briefs; Title Words for the OCR'd writer screen, KeePass titles and the "
        "calendar CSV).\n")
    A("Vendor (120 types, container `<type>__<style>`): " + _bt(v[0] for v in vendor184.USED) + ". Styles (12, assigned "
      "cyclically): " + _bt(vendor184.STYLES) + ". Where a vendor pairs a public id with the secret, the id is written next to it in "
      "the same style and left unlabelled.\n")
    A("Positional passwords (%d syntaxes, span type `stenopw_<syntax>`): " % len(by["password"])
      + _bt(positional184.PFX + s[0] for s in positional184.USED) + ".\n")
    A("Prose: someone tells a colleague the password of the agency's shared scoping laptop and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them is among the languages or "
      "spares of either README (checked: code against the codes, the names and all deny-listed names; name and each name word against "
      "the language names). Scripts: %s. Japanese, Chinese, Korean and Khmer do not (always) separate words with spaces, so the value "
      "got spaces around it; where a comma would follow the value, the sentence uses a dash or a following word instead; every value "
      "is set off by whitespace on both sides (checked).\n"
      % (prose184.TYPE, _bt(prose184.FORMATS), ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose184.LANGS),
         ", ".join(sorted(set(s for _c, _n, s, _t in prose184.LANGS)))))

    # ---------------------------------------------------------------- evasions
    A("## Evasion encodings\n")
    A("; ".join("`%s` = \"%s\"" % (k, enc184.RULES[k]) for k in enc184.ENCODINGS) + ".\n")
    A("Encoders are in `enc184.ENCODINGS` (base32hex, Ascii85 and the UTF-16LE Base64 use the `base64` module; the rest are "
      "hand-written; the invoice rates, speaker labels and milliseconds come from the evasion RNG); the decoder `dec184.decode` gets "
      "only the encoding name and the run and is written separately, importing nothing from the encoders and no `base64`, `binascii` "
      "or `codecs`: retyped key numbers for Vigenère / Beaufort, a position counter for Trithemius, a retyped 9×8 grid, regular "
      "expressions plus `int(…, 16)` for the 0x array, `\\x` escapes and quoted-printable, a 5-bit reader over a retyped base32hex "
      "alphabet, a hand-written Ascii85 group decoder, a 6-bit reader for the UTF-16LE Base64, a word table for the spelled form, a "
      "retyped steno stroke table, page / line arithmetic, a regular expression that also re-verifies every invoice total, minute / "
      "second arithmetic for the segment starts, nibble reading for BCD, prefix-XOR for Gray code, Horner evaluation in base 12, "
      "Unicode NFKC for the bold forms, deletion of U+200B and a retyped Cyrillic table. Every pair was round-tripped on 300 random "
      "plains per notation (lengths 2–44) while writing; at build time every span is decoded back to its `plain`. Families: "
      + "; ".join("%s: `%s`" % (enc184.FAMILY[k], k) for k in enc184.ENCODINGS) + ". Evasion types: "
      + "; ".join("`%s` (%s)" % (t[0], t[1]) for t in evasions184.ETYPES) + "; wordings: " + _bt(w[0] for w in evasions184.WORDINGS)
      + "; container `<encoding>__<wording>`.\n")

    # ---------------------------------------------------------------- negatives
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    for cname, desc, kinds in negatives184.CLASSES:
        A("| `%s` | %d | %s | %s |" % (cname, sum(1 for r in neg if r["class"] == cname), _bt(k.__name__ for k in kinds), desc))
    A("\nEach base kind appears plain and wrapped " + ", ".join("`%s`" % w[0] for w in negatives184.WRAPPERS if w[0]) + ".\n")

    # ---------------------------------------------------------------- checks
    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per record; "
      "spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its "
      "text; no value reused; no value in another record's text or in any negative; no evasion plain or Base64-hidden password in any "
      "text; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain positional, "
      "Base64-hidden, prose and evasion passwords; Base64 positional spans decode to `user:password` or NUL user NUL password; "
      "UUID-shaped substrings of every text are version 4; every JWT-shaped value has base64url JSON header and payload; the EdDSA "
      "room token (`kid`, 64-byte signature); `rtf_`, `aqwh_` (32 bytes), `dzk_live_` CRC-32, TOTP Base32 (20 bytes), 64-hex AES key; "
      "vendor `ghs_` CRC-32, PyPI macaroon header, Sentry and 1Password JSON, Elastic `id:key`, Mapbox JSON, Entra `Q~` secret, "
      "Telegram, Slack `xoxp-`, SendGrid and Teams webhook layouts; ABA check digits, SCC odd parity and ed25519 wire format in their "
      "negative classes")
    A("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule occurs before the run, which "
      "starts right after `:` and a newline and is followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run never "
      "contains its plain; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive value, "
      "plain, run and hidden password")
    A("- deny-list: every container (positives, evasions, negatives), span type, evasion encoding, negative class and every "
      "presentation label (vendor styles, password suffixes, prose formats, evasion wordings, negative wrappers and base kinds, "
      "everyday kinds and types, evasion types) is compared case-insensitively, whole name and each `__` part, with the frozen "
      "deny-list; positional syntaxes (span type without `stenopw_`) also against the earlier syntax list; prose languages and spares "
      "by code, name and name words; the frozen `brief_names.json` is compared with a fresh extraction when `/tmp/brief184/` exists")
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types, four different types per kind and 15 records per type; 120 distinct "
      "vendor types with containers `<type>__<style>`; 95–120 distinct password syntaxes; 40 prose records in 40 distinct languages; "
      "66 evasions; positives 440–470; span types of the five sources pairwise disjoint; non-everyday containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n"
      % (len(muts), sum(c for _, c in muts), len(muts), ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in muts)))

    # ---------------------------------------------------------------- shapes
    A("## Shapes you had to guess\n")
    for conf, title in (("read", "Prefix / layout read this session in the public gitleaks default rule file (`gitleaks/gitleaks`, "
                                 "`config/gitleaks.toml`; read for shape only, nothing copied)"),
                        ("believed", "Believed right from background knowledge (not re-read this session)"),
                        ("guessed", "Guessed (length and alphabet only, recognisable from the key name)")):
        A(title + ": " + "; ".join("`%s` (%s)" % (v[0], v[4]) for v in vendor184.USED if v[5] == conf) + ".\n")
    A("Owner-chosen passwords (the vendor logs in with user / password): " + _bt(v[0] for v in vendor184.USED if v[5] == "pw") + ".\n")
    A("Also guessed or invented: the everyday prefixes `rtf_` (realtime feed token), `aqwh_` (audio-queue webhook secret) and "
      "`dzk_live_` with its CRC-32 tail (diarisation key) and the evasion prefix `rtk_` are invented; the EdDSA room JWT, the TOTP seed "
      "length (20 bytes, the common default) and the 64-hex archive key are modelling choices. Syntaxes from memory, not re-checked: "
      "`smbclient -U user%pass`, `xfreerdp /p:`, `rdesktop -p`, `rar -hp`, `qpdf --encrypt` argument order, "
      "`rabbitmqadmin` / `rabbitmqctl add_user`, `cqlsh`, BTEQ `.LOGON host/user,pass`, `hdbsql`, `httpie -a`, `oc login`, "
      "`az login -p`, `cf auth`, `bw login` / `bw unlock` positional, `keepassxc-cli` stdin, `gocryptfs -extpass`, "
      "`veracrypt -p`, `steghide -p`, `VBoxManage setcredentials`, `swaks -ap`, `blat -pw`, `beeline -p`, `etcdctl "
      "--user`, `addauth digest`, `cypher-shell`, `p4 -P`, `tf /login:`, `gio mount`, `UV_INDEX_URL`, `poetry config http-basic`; "
      "argument positions of pymysql, cx_Oracle, ldap3, pysmb, pypdf `PdfReader`, pysftp, Sequelize, ldapjs, JavaMail, "
      "Sardine, smbj, PDFBox `Loader.loadPDF`, Ktor `BasicAuthCredentials`, MailKit, SSH.NET, PdfSharp, Go `smtp.PlainAuth` and "
      "go-ldap `Bind`, reqwest, lettre, `Net::SMTP.start` (fifth), PDO, `ldap_bind`, Perl `Net::SMTP->auth`, "
      "LuaSQL, `sp_addlinkedsrvlogin` (fifth) and `Workbooks.Open` (fifth); file layouts of `.pgpass`, rsyncd secrets, "
      "dovecot passwd-file, postfix `sasl_passwd`, OpenVPN `auth-user-pass`, `ipsec.secrets` EAP, hostapd `wpa_psk_file`, "
      "`.git-credentials`, CUPS `printers.conf`, PAP secrets, `/etc/ldap.secret`, the ZXing `WIFI:` QR payload, Bundler host keys, "
      "Yarn `npmAuthIdent`, `.npmrc` `_auth`, Docker `config.json`; RESP `AUTH`, SIP URI userinfo, `AUTH PLAIN`, ManageSieve "
      "`AUTHENTICATE`. The reporter roster, the CAT job header (columns 61–76), the depo-room booking CSV, the exhibit-stamp station "
      "INI, the transcript delivery manifest TSV, the transcript-vault JSON-RPC call, the realtime-feed `HELLO` handshake and the "
      "caption-encoder console `LOGIN` are invented formats of this world. Negatives: docket, CSR / NCRA, Bates, envelope and invoice "
      "layouts are approximate; SOPS and Ansible Vault bodies are random bytes in the right frame (not real ciphertext); "
      "`pbkdf2_sha256$…` and `$scrypt$…` strings are random characters in the right frame, not hashes of any password; steno outlines "
      "are random legal strokes, not a real dictionary.\n")

    # ---------------------------------------------------------------- judgement calls
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (CAT dictionary sync, deposition scheduler admin, transcript repository database, "
      "e-filing filer, invoice mailer SMTP, exhibit-share SFTP) and six generated secrets (`rtf_` feed token, EdDSA room JWT, TOTP "
      "seed, `aqwh_` webhook secret, `dzk_live_` diarisation key, 64-hex archive key). The TOTP seed is only Base32 and the archive key "
      "only hex, but each opens or decrypts something, so they are labelled. In the Plover and RTF/CRE containers the \"key\" is a "
      "steno outline plus a neighbouring brief or comment that names the key words; a reporter making a brief that types a password "
      "is a real habit. In the pytest, caption-encoder XML, SOAP and KeePass containers the key name occurs twice, the value once.")
    A("- Vendor: most court-reporting, e-filing, transcription and litigation-support vendors publish no token format the builder "
      "knows, so their types are recognisable only from the key name — part of the test. Ten vendors carry owner-chosen passwords "
      "(Case CATalyst, Eclipse, ProCAT, DigitalCAT, CaseViewNet, NCRA, PACER, File & ServeXpress, RealLegal, Docket Alarm); the "
      "PlanetScale password is generated despite the word. Webhook URLs (Teams, Discord) are labelled whole because the URL is the "
      "credential; Same-shape public / secret pairs are spread "
      "over both files: Agora app certificate (positive) vs app id (neighbour and negative), Pusher secret vs key, Algolia admin key vs "
      "search-only key, reCAPTCHA secret vs site key (`6L…` both), Mapbox `sk.` vs `pk.`, Supabase `sb_secret_` vs `sb_publishable_`, "
      "Stripe `rk_live_` vs `pk_live_`. Brands of the earlier READMEs reappear with new credential kinds (OpenAI service-account key, "
      "Anthropic key, GitHub `ghs_`, GitLab runner token, Slack user and app-level tokens, Stripe restricted key, Hugging Face, "
      "Grafana); only type names were checked.")
    A("- Passwords: labelled when the value logs in (flags `-U user%pass`, `/p:`, `-p`, `-P`, `-w`, `-a`, `-ap`, `-pw`, "
      "`--user u:p`, `/login:u,p`; positional arguments of `rabbitmqctl add_user`, `cf auth`, `bw login`, `net user`, "
      "`VBoxManage setcredentials`, `poetry config`, `sudo -S` on stdin; URL userinfo for psql, gio, SOCKS, uv, `.git-credentials`, CUPS, SIP; library call "
      "positions in Python, Node, Java, Kotlin, C#, Go, Rust, Ruby, PHP, Perl, Lua, T-SQL and VBA), unlocks a file or volume (`unzip "
      "-P`, `zip -P`, `rar -hp`, `unrar -p`, `qpdf --encrypt`, pypdf, PDFBox, PdfSharp, `Workbooks.Open`, VeraCrypt, gocryptfs, "
      "KeePassXC, steghide, `bw unlock`), is a shared secret (SNMP community, hostapd PSK, Wi-Fi QR `P:`), sits in a file by position "
      "(`.pgpass`, rsyncd secrets, OpenVPN second line, dovecot, postfix, ipsec EAP, PAP, `/etc/ldap.secret`, Bundler, Yarn, "
      "`.npmrc` and Docker Base64, five invented formats), travels in a protocol exchange (IMAP `LOGIN`, RESP `AUTH`, SIP URI, `AUTH "
      "PLAIN`, ManageSieve, JSON-RPC params, two invented frames) or is typed by automation (tmux, xdotool, Playwright, Cypress, "
      "Selenium, Capybara, UiPath, AutoHotkey, AutoIt, AppleScript, FlaUI, Flutter, CodeceptJS, Taiko). "
      "`/p:`, `-pw`, `-ap`, `-extpass`, `sudo -S` and `-hp` keep a hint of the word; they are the weakest kept cases, while "
      "`--stdinpass`, `mkpasswd`, `cmdkey /pass:`, `--password-stdin`, POP3 `PASS` and NNTP `AUTHINFO PASS` went to the unused tail "
      "together with near-duplicates of kept syntaxes. `rabbitmqctl add_user` and `net user /add` set a new password rather than log "
      "in; the literal is still the clear password. The CAT job "
      "header is fixed width with no delimiter before the page count when the value fills all 16 columns; the span covers columns "
      "61–76 up to the end of the value. UI tests use neutral field ids (`#field-2`, `field2`, `Edit2`). Several ideas repeat the "
      "earlier corpora on new tools (URL userinfo, library call positions, stdin echo, Base64 protocol lines, UI typing); novelty was "
      "checked by name, not by signature.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for German, "
      "Italian, Portuguese, Norwegian, Russian, Serbian, Bosnian, Galician, Esperanto, Japanese, Mandarin, Korean, Hindi, Malay, "
      "Tagalog, Hebrew, Arabic; modest for Icelandic, Luxembourgish, Frisian, Latin, Marathi, Bengali, Gujarati, Kazakh, Uzbek, Kyrgyz, "
      "Tajik, Pashto, Hausa, Zulu, Xhosa; low for Telugu, Kannada, Malayalam, Sinhala, Khmer, Burmese, Mongolian, Yoruba. Loan words "
      "(`laptop`, `password`, `पासवर्ड`, `ноутбук`) are kept as people use them. The space before the Chinese full-width comma and "
      "around the value in Japanese, Korean and Khmer is slightly unnatural but needed for the whitespace rule.")
    A("- Evasions: Vigenère, Beaufort and Trithemius keep `- _ .` and the length, so the run looks like another password of the same "
      "shape (intended); the 9×8 Polybius grid, BCD, Gray code and duodecimal are numeral / coordinate notations; the C hex array, "
      "`String.fromCharCode`, `\\x` escapes, quoted-printable, base32hex, Ascii85 and UTF-16LE Base64 are developer or byte notations "
      "(Ascii85 runs can contain quotes and backslashes); mathematical bold folds back to ASCII under NFKC, the Cyrillic swap and the "
      "zero-width-space interleaving do not (a detector that deletes format characters will see the plain again); steno "
      "fingerspelling, transcript page:line cites, per-page invoice lines and diarisation segment starts are disguises of this world "
      "(invoice totals are arithmetically right). Close relatives exist in the earlier corpora (Atbash / affine / keyword alphabet "
      "next to Vigenère / Beaufort / Trithemius, binary octets next to Gray code, HTML / JSON escapes next to `\\x` and 0x forms, "
      "Crockford Base32 next to base32hex, monospace / circled next to bold, NATO spelling next to the spelled character names, "
      "combining-mark overlay next to zero-width interleaving); novelty was checked by name only.")
    A("- Negatives: steno outlines (upper-case stroke strings that look like keys), case and docket numbers, CSR / NCRA numbers, "
      "Bates ranges and exhibit stickers, envelope and filing ids, ASR job ids, RTTM lines and meeting ids are identifiers; SHA-256, "
      "SHA-1 and MD5 values, commit ids and ETag-like hex are digests; ABA routing numbers with a real check digit are public bank "
      "identifiers; Stripe `pk_live_`, reCAPTCHA site keys, Mapbox `pk.`, Supabase `sb_publishable_`, Algolia search-only keys, Agora "
      "app ids, Pusher keys and LaunchDarkly client-side ids are public by design (the Algolia search key and the Agora app id have "
      "exactly the shape of positives here); `<your-api-key>`, runs of X, `${…:?…}`, an all-zero key and `changeme-N` are "
      "placeholders (`changeme-N` is arguable); bullets, `***` and kept prefixes with the body hidden are masked; `secretKeyRef`, "
      "`vault://`, ARNs and Key Vault ids are pointers; SOPS and Ansible Vault bodies are ciphertext (the `age1…` recipient is a public "
      "key); `pbkdf2_sha256$…` and `$scrypt$…` strings are one-way hashes (sensitive, not usable credentials; the column is named "
      "`password`, a trap); ssh-ed25519 keys and fingerprints are public; SCC hex words are caption data; the meeting invite says the "
      "passcode is sent separately and contains none; the policy page and the quiz talk about passwords without one. Random fillers "
      "are generated, so an entropy-only detector will hit them — that is the point.\n")

    # ---------------------------------------------------------------- sources
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief184/` (p179 and p181), for format and coverage only. The detector was not opened, listed or "
      "searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except "
      "`/tmp/scratch184/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule "
      "file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror directory, "
      "extracted with `git show` into `/tmp/scratch184/` and grepped for the rules of 1Password service accounts, Anthropic, Azure AD "
      "client secrets, Cloudflare global keys, Cohere, Dropbox short-lived tokens, FreshBooks, GitHub app tokens, GitLab runner tokens, "
      "Grafana service accounts, Hugging Face, Lob, Mapbox, Microsoft Teams webhooks, New Relic, npm, Okta, OpenAI, PlanetScale, PyPI, "
      "SendGrid, Sentry org tokens, Slack user / app tokens, Telegram, Twilio and Vault service tokens; a few others were listed and not "
      "used). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; the remaining shapes come "
      "from the builder's memory and are marked above as believed or guessed.")
    return "\n".join(L) + "\n"
