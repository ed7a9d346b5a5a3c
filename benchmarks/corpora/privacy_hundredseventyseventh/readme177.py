"""Renders README.md from a generation (deterministic)."""
import everyday177
import evasions177
import negatives177
import positional177
import prose177
import vendor177
from enc177 import ENCODINGS


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(b, deny, notes, muts):
    pos, eva, neg = b["secrets"], b["evasions"], b["negatives"]
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    n_types = len({r["type"] for r in pos})
    n_cont = len({r["container"] for r in pos})
    classes = []
    for r in neg:
        if r["class"] not in classes:
            classes.append(r["class"])
    kept_v = vendor177.CANDIDATES[:vendor177.N_KEEP]
    tail_v = [c[0] for c in vendor177.CANDIDATES[vendor177.N_KEEP:]]
    kept_p = positional177.SYNTAXES[:positional177.N_KEEP]
    tail_p = [s[0] for s in positional177.SYNTAXES[positional177.N_KEEP:]]
    L = []
    a = L.append
    a("# privacy_hundredseventyseventh (p177) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**dry-stone, masonry and heritage-restoration contractors' developers**: heritage-site survey apps and photogrammetry "
      "pipelines (WebODM, Metashape batch scripts, COLMAP workers, Cesium ion, Sketchfab, Pix4D, DroneDeploy, Propeller, "
      "DJI FlightHub 2, GDAL / IFC / E57 tooling, OS Data Hub, what3words, Mapillary, Esri), listed-building consent "
      "submissions (planning-portal logins, decision notices, list entries), stone-yard inventory and quarry orders (EDI "
      "partners, block registers, delivery tickets), mortar-mix and lime-curing logs (ESPHome / firmware curing-chamber "
      "loggers, Telegraf, Grafana), scaffolding inspections and permits, crew timesheets and subcontractor payments "
      "(Deputy, Clockify, Harvest, Toggl, HMRC CIS, Xero custom connections, Wise, Revolut Business, Stripe Connect, "
      "PayPal, Mollie, Braintree), grant-funding reports for conservation bodies (National Lottery Heritage Fund / "
      "Historic Environment Scotland style claims, Submittable, Salesforce, Blackbaud, Charity Commission, Companies House), "
      "drone survey uploads (signed upload URLs, S3 / Wasabi / B2 / Azure SAS, Dropbox, Frame.io) and client portals with "
      "progress photos (Craft CMS, Next.js, CompanyCam, Cloudinary, ImageKit, Uploadcare); plus the commerce, messaging, "
      "AI, developer and ops services such developers use (Shopify private apps, Etsy, Squarespace, Shippo, Lob, Twilio, "
      "Vonage, WhatsApp Cloud, Slack, Discord, Teams, Mattermost, Pushbullet, Postmark, Mailjet, SparkPost, MailerLite, "
      "Zapier, Trello, monday.com, Jotform, DocuSign, Adobe PDF Services, OpenAI, Anthropic, Cohere, OpenRouter, "
      "ElevenLabs, AssemblyAI, Deepgram, LangSmith, Hugging Face, GitHub, GitLab, npm, PyPI, RubyGems, Sentry, SonarCloud, "
      "Prefect, Hetzner, Linode, Vultr, Cloudflare, Netlify, Terraform Cloud, Vault, 1Password, Doppler, Tailscale, "
      "PlanetScale, Turso, MongoDB Atlas, Elastic, New Relic, PagerDuty, Dynatrace, Grafana Cloud, Algolia, Turnstile, "
      "reCAPTCHA …); with hard negatives from the same world. Everything is produced by `build.py` and its modules "
      "(`common177.py`, `everyday177.py`, `vendor177.py`, `positional177.py`, `prose177.py`, `enc177.py`, `dec177.py`, "
      "`evasions177.py`, `negatives177.py`, `checks177.py`, `readme177.py`, frozen deny-list `brief_names.json`): Python 3 "
      "standard library only, fixed `random.Random` seeds (17701 everyday, 17702 vendor, 17703 positional passwords, 17704 "
      "prose, 17705 evasions, 17706 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice "
      "in one process, compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this "
      "README from both generations and compares it, and only then writes the files (on any failure it prints the errors, "
      "writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief177/`.\n" % len(muts))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredseventyseventh/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only "
      "project material read were the two READMEs in `/tmp/brief177/` (`README_hundredseventyfourth.md`, p174, beekeeping / "
      "apiary management / honey processing; `README_hundredseventyfifth.md`, p175, hearing-aid / audiology clinics / hearing "
      "care), used only to learn the file format and what is already covered. No other `/tmp` directory was looked at except "
      "the scratch directory `/tmp/scratch177/` (trial builds and a copy of the public gitleaks rule file). The deny-list "
      "(`common177.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, "
      "lower-cased, also split at `__` and also with an earlier positional prefix (`<letters>pw_`) stripped (%d names), the "
      "codes of every `` `code` (Name) `` language pair plus the spare codes the READMEs list (%d codes) and the names and "
      "name words of those pairs (%d entries). It is frozen in `brief_names.json`; when `/tmp/brief177/` exists the build "
      "re-extracts it and fails if it differs (this build: %s). Nothing is dropped silently: the candidate lists were written "
      "after reading the READMEs and the build fails on any overlap. Novelty is checked against these two READMEs only; "
      "older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["language_codes"]), len(deny["language_names"]), "; ".join(notes)))

    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), len(pos), n_types, n_cont, len(by["everyday"]), len(by["vendor"]), len(by["password"]), len(by["prose"]), len(by["prose"])))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(eva), len(eva), len({r["type"] for r in eva}),
                                                                        len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len(classes)))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema: positives `id` (`p177-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with exactly "
      "one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p177-e-NNNN`) "
      "add a record-level `encoding`; their single span also has `plain` (the clean secret) and `encoding`; `source` is "
      "`evasion`. Negatives (`p177-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point "
      "offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 45 kinds × 4 (12 types, each in 15 records). Vendor %d (%d candidates written, 0 dropped by "
      "the deny-list; weaker guesses and generic shapes already well covered were put last and form the unused tail: %s). "
      "Positional passwords %d (%d syntaxes written; the ones whose tool, flag, method or prompt still says pass / pw / secret "
      "were put last; unused tail: %s). Prose 40 in 40 languages (spares unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d "
      "classes × 2 base kinds × 6 presentations. Positives total %d (asked: about 450).\n" % (
          len(by["vendor"]), len(vendor177.CANDIDATES), _bt(tail_v), len(by["password"]), len(positional177.SYNTAXES),
          _bt(tail_p), ", ".join("`%s` (%s)" % s for s in prose177.SPARES), len(neg), len(classes), len(pos)))

    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes (nor the escaped `\\\"` of a Kotlin `buildConfigField`) and never the key. Values pasted "
      "where they do not belong (a masonry crew WhatsApp group, a conservation officer e-mail, an OCR'd site diary, a Sentry "
      "breadcrumb, `docker inspect` output, a zsh history, a Jupyter cell, a Jira Service Desk comment, a KeePass CSV export) "
      "are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s; capitalised 40 %% of the time) + one of `- _ . +` + 3–5 "
      "lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "this shape for the six everyday password types, every positional value (for the four Base64 spans: the password "
      "inside) and every prose value." % ", ".join(__import__("common177").WORDS))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain appears in any text. Values, evasion plains and evasion runs are all drawn through one "
      "registry that refuses any string in a substring relation with an earlier one; a negative is redrawn if it contains any "
      "of them.")
    a("- Structured values are valid: UUIDs are version 4 (checked wherever a UUID-shaped part occurs in a value); JWTs "
      "(everyday timesheet token, WebODM, Cesium ion, monday.com) are HS256 with real base64url JSON and a real HMAC under a "
      "thrown-away key; the MailerLite token is RS256-shaped and the Turso token EdDSA-shaped (real JSON, random signature "
      "bytes); JSON is checked for every `eyJ…` value; `ghs_` / `gho_` tokens carry a real CRC-32 in their last six base62 "
      "characters (checked); the Sentry org token, Grafana Cloud `glc_` token and 1Password `ops_` token carry real Base64 "
      "JSON, the Mapbox `sk.` middle part real base64url JSON, the PyPI token real base64url of a macaroon-like byte string "
      "beginning `\\x02\\x01\\x08pypi.org` (so it starts `AgEIcHlwaS5vcmc`), the Elastic key real Base64 of `id:key`, the "
      "ImageKit key real Base64 of 20 bytes (all checked); the drone-upload HMAC key is Base64 of 48 bytes, the payment "
      "webhook secret base64url of 24 bytes, the VPN TOTP seed unpadded Base32 of 20 bytes (checked); the positional "
      "`docker config.json` `auth`, `.npmrc` `_auth` and HTTP `Authorization: Basic` spans are the Base64 of `user:password`, "
      "the SMTP `AUTH PLAIN` span the Base64 of NUL user NUL password (decoded and checked). Negatives: GB IBANs carry real "
      "mod-97 check digits, GB VAT numbers a real mod-97 check (weights 8…2), NMEA sentences a real XOR checksum, IFC "
      "GlobalIds are real 22-character compressions of UUIDv4s (IBAN, VAT, IFC checked); SHA-256 / SHA-1 / MD5 values are "
      "real digests of random bytes; the Mapbox `pk.` token has real base64url JSON; webhook signatures are real HMAC-SHA256 "
      "outputs under a thrown-away key.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.stonecraft.lan`, `*.heritage-works.internal`, "
      "`*.dykeside.lan`, `*.limeworks.internal`, `*.quarryside.lan`, private addresses), key names, and ids written next to "
      "a secret (Pix4D / APS / Procore / HMRC / Xero / PayPal / Azure / Infisical client ids, Matterport token id, Harvest "
      "account id, Braintree public key, Cloudinary API key, Uploadcare public key, Wasabi / AWS `AKIA…` / B2 key ids, OVH "
      "application key, Cloudflare e-mail, MongoDB Atlas public key, GitLab deploy-token user, Twilio `SK…` sid, Vonage API "
      "key, Meta app id, Mailjet API key, Trello key, Salesforce consumer key, DocuSign integration key, Algolia app id) and "
      "the user half of a user / password pair.")
    a("- Positional passwords: span type `masonpw_<syntax>`, container `masonpw_<syntax>__<suffix>` where the suffix says "
      "where the text lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional177.SUFFIX.items()))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its "
      "own run or the run would start or end with whitespace (Base45 runs can contain inner spaces).\n")

    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t, d) for t, _w, d, _k in everyday177.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (k, s) for k, s, _t in everyday177.CONTAINERS)
      + ". Pairing: type = (7·kind + 3·j) mod 12 for the four records j = 0…3 of a kind, so every kind holds four different "
      "types (checked), each type appears 15 times, and secrets land in plausible \"wrong file\" places (a TOTP seed in a "
      "Grafana datasource, a grant-portal password in a Makefile). Key names are the type's key words in the container's own "
      "case style (UPPER_SNAKE for dotenv, Vite, Django-style settings, `#define`, xcconfig, Flutter dart-define, CI files, "
      "systemd, compose, crontab, batch, zsh, Makefile, serverless and `docker inspect`; snake_case for Rails, Go YAML, "
      "Symfony, ESPHome, Telegraf, Vault, R and Jupyter; dot.case for Spring properties and Android `local.properties`; "
      "camelCase for Nuxt, Craft CMS, Next.js, Electron JSON, Grafana `secureJsonData`, Azure Pipelines, Helm, Pulumi, "
      "Postman and Sentry JSON; PascalCase for .NET appsettings, Excel VBA, PowerShell and CloudFormation parameters; spaced "
      "words for chats and e-mails; Title Words for the OCR'd site diary).\n")
    a("Vendor (%d types, container `<type>__<style>`): %s. Styles (%d, assigned cyclically): %s. Where a vendor pairs a "
      "public id with the secret, the id is written next to it in the same style and left unlabelled.\n" % (
          len(kept_v), _bt(c[0] for c in kept_v), len(vendor177.STYLES), _bt(vendor177.STYLES)))
    a("Positional passwords (%d syntaxes, span type `masonpw_<syntax>`): %s.\n" % (
        len(kept_p), _bt(positional177.PW_PREFIX + s[0] for s in kept_p)))
    a("Prose: someone tells a colleague the stone-yard office PC password and asks them not to forward it; span type `%s`; "
      "container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them is among the languages or "
      "spares of either README (checked: code against codes and all names, name and each name word against the language "
      "names). Scripts: %s. Japanese, Chinese, Burmese and Khmer do not separate words with spaces, so the value got spaces "
      "around it; every value is set off by whitespace on both sides (checked).\n" % (
          prose177.TYPE, _bt(prose177.FORMATS), ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose177.LANGS),
          ", ".join(sorted({s for _c, _n, s, _t in prose177.LANGS}))))

    a("## Evasion encodings\n")
    a("; ".join("`%s` = \"%s\"" % (n, ENCODINGS[n][1]) for n in ENCODINGS) + ".\n")
    fam = {}
    for n in ENCODINGS:
        fam.setdefault(ENCODINGS[n][2], []).append(n)
    a("Encoders are in `enc177.ENCODINGS` (Ascii85 via `base64.a85encode`; the rest hand-written); the decoder "
      "`dec177.decode` gets only the encoding name and the run and is written separately, importing nothing from the encoders "
      "and no `base64`, `binascii` or `codecs`: a hand-written base-85 reader, big-integer readers over retyped Base58 / "
      "Base45 alphabets, `int(…, 36)`, a Roman-numeral reader, an English number-word parser, a retyped Morse table, the "
      "Polybius square, an inverse columnar transposition, the ends-inward interleave undone, an offset for full-width forms, "
      "`unicodedata.name` parsing for the Greek look-alikes, regular expressions for HTML references, percent escapes, the "
      "`fromCharCode` call, the weights, list entries, grid references and cube strengths, the autokey cipher run forward over "
      "the recovered plain, ROT47 (its own inverse) and XOR 0x5A. Every pair was round-tripped on 300 random plains per "
      "notation (lengths 8–44) while writing; at build time every span is decoded back to its `plain`. Families: "
      + "; ".join("%s: %s" % (k, _bt(v)) for k, v in sorted(fam.items())) + ". Evasion types: "
      + "; ".join("`%s` (%s)" % (t, d) for t, _w, _g, d in evasions177.TYPES) + "; wordings: "
      + _bt(w for w, _i, _r in evasions177.WORDINGS) + "; container `<encoding>__<wording>`.\n")

    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    for cls, kinds, desc in negatives177.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cls, sum(1 for r in neg if r["class"] == cls), _bt(k for k, _f in kinds), desc))
    a("\nEach base kind appears plain and wrapped " + ", ".join("`%s`" % w for w, _f in negatives177.WRAPPERS if w) + ".\n")

    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets; exactly one span per record; "
      "spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly "
      "once in its text; no value or plain reused; no value in another record's text or in any negative; no evasion plain "
      "in any text; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday password types, positional values (Base64 ones decoded first) "
      "and prose values; Base64 positional spans decode to `user:password` or NUL user NUL password; UUID-shaped parts of "
      "values are version 4; `eyJ…` JWTs have base64url JSON header and payload; `ghs_` / `gho_` CRC-32; Sentry org, "
      "Grafana `glc_`, 1Password `ops_`, Mapbox `sk.` JSON; PyPI prefix; Elastic `id:key`; byte lengths of the drone HMAC "
      "key, payment webhook secret, TOTP seed and ImageKit key; `pgj_live_` and 64-hex shapes")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule occurs before the run; "
      "the run starts right after `:` and a newline and is followed by a newline and a remark; plain alphabet "
      "`[A-Za-z0-9_.-]`; the run never contains its plain; record and span encoding agree; container "
      "`<encoding>__<wording>`; 22 encodings × 3")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and run; IBAN mod-97, GB VAT mod-97 and IFC GlobalId → UUIDv4 valid")
    a("- deny-list: container kinds (positives, evasions, negatives), span types, positional syntaxes (without `masonpw_`), "
      "encodings, negative classes and every presentation label (everyday kinds, vendor styles, password suffixes, prose "
      "formats, evasion wordings, negative wrappers) are compared case-insensitively, whole name and each `__` part, with "
      "the frozen deny-list (which also holds the earlier syntaxes with their prefixes stripped); prose languages by code, "
      "name and name words; `brief_names.json` is compared with a fresh extraction when `/tmp/brief177/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types and four different types per kind; 120 distinct vendor types "
      "with containers `<type>__<style>`; 95–120 distinct password syntaxes; 40 prose records in 40 distinct languages; 66 "
      "evasions; positives 440–470; span types of the five sources pairwise disjoint; non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, all must be caught (this run: %d/%d): %s\n" % (
        len(muts), sum(c for _n, c in muts), len(muts), ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in muts)))

    a("## Shapes you had to guess\n")
    basis = {"gl": [], "bk": [], "gu": []}
    for t, _g, shape, bs, _nb in kept_v:
        basis[bs].append("`%s` (%s)" % (t, shape))
    a("Read for shape this session in the public gitleaks default rule file (`config/gitleaks.toml`, nothing copied): "
      + "; ".join(basis["gl"]) + ".\n")
    a("Believed right from background knowledge (not re-read): " + "; ".join(basis["bk"]) + ".\n")
    a("Guessed (length and alphabet only, recognisable from the key name): " + "; ".join(basis["gu"]) + ".\n")
    a("Also guessed or invented: the everyday prefixes `pgj_live_` (photogrammetry job key) and `spwh_` (payment webhook "
      "secret) and the evasion prefix `dsu_` are invented; the drone-upload HMAC key length, the curing-logger AES key and "
      "the 20-hex evasion logger key are modelling choices. Syntaxes from memory, not re-checked: `xfreerdp /p:`, `rdesktop "
      "-p`, `qpdf --encrypt user owner 256`, `certutil -p … -importpfx`, `pk12util -W`, `mosquitto_passwd -b`, `net rpc -U "
      "user%pass`, `curlftpfs -o user=`, GDAL `/vsicurl/` with userinfo, `usql` URLs, `rabbitmqadmin -u -p`, `cqlsh -u -p`, "
      "`cypher-shell -p`, `etcdctl --user root:pass`, `oc login -p`, `az login -p`, `cf auth`, `ovftool vi://`, `vmrun -gu "
      "-gp`, `veracrypt -p`, `lpadmin -v smb://`, `mount_smbfs //user:pass@`, `swaks -au -ap`, `sendemail -xu -xp`, `ab -A`, "
      "`http -a`, `poetry config http-basic.<repo> user pass`, `zipfile.extractall(path, members, pwd)`, `pikepdf.open(file, "
      "password)`, `pymssql.connect` and `mysql_real_connect` argument order, `Net::SMTP.start` fifth argument, "
      "`Workbooks.Open` fifth argument, `SendText` (AutoHotkey v2), AutoIt `Send(…, 1)`, `uiautomator2 set_text`, the "
      "vsftpd virtual-users layout, postfix `sasl_passwd`, nginx `{PLAIN}`, `.pgpass` field order, Quectel `AT+QMTCONN` "
      "and SIMCom `AT+CSTT` parameter order. The copier address-book CSV and the drone-fleet roster are invented formats of "
      "this world. Negatives: planning / list-entry / grant / CIS / CAA / scaffold / quarry layouts are approximate; UTRs "
      "and CIS verification numbers have no check digit applied; argon2id, pbkdf2, Ansible Vault and SOPS strings are random "
      "bytes in the right frame (not hashes or ciphertext of anything).\n")

    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (stone-yard inventory database, survey-app admin, consent-portal login, "
      "scaffold permit system, conservation grant portal, client progress portal) and six generated secrets (`pgj_live_` "
      "job key, Base64 drone-upload HMAC key, HS256 timesheet JWT, `spwh_` webhook secret, 64-hex curing-logger AES key, "
      "Base32 VPN TOTP seed). The TOTP seed is only Base32 but lets anyone mint second factors, so it is labelled. The "
      "pairing is cyclic, so secrets land in files where they do not belong; such leaks are still leaks.")
    a("- Vendor: most survey / photogrammetry / construction / grant / timesheet vendors publish no token format the builder "
      "knows, so their types model an integration secret recognisable only from the key name — part of the test. Webhook "
      "URLs of Discord, Teams and Zapier are labelled whole (the URL is the credential). `azure_blob_sas_signature` labels "
      "only the URL-encoded `sig=` value of a SAS URL. The Turnstile and reCAPTCHA secret keys share prefix and shape with "
      "their public site keys, which appear in the negatives (`0x4AAAAAAA…`, `6L…`) — a deliberate pair only the key name "
      "separates; likewise Stripe `rk_live_` (positive) vs `pk_live_` (negative), Mapbox `sk.` vs `pk.`, a server-side "
      "`AIza` Maps key (positive, under a server key name) vs a referrer-restricted browser key (negative). `what3words` "
      "keys are short (8 characters) and the Square webhook signature key is 22 characters: weak-entropy positives on "
      "purpose. Several brands of the earlier READMEs reappear with new credential kinds (OpenAI service-account key, "
      "Anthropic api03 under a new type name, GitHub App / OAuth tokens, GitLab trigger / runner / deploy tokens, Slack app "
      "signing secret and app-level token, Twilio API-key secret, Shopify private-app password); only type names were checked.")
    a("- Passwords: labelled when the value logs in (flags such as `-p` after `-u`, `/p:`, `-w`, `-a`, `-A`, `-ap`, `-xp`, "
      "`-gp`, `-W`; `user%pass` for Samba tools; `user:pass` pairs for etcd, ApacheBench, HTTPie, curlftpfs, rsyncd, "
      "postfix; URL userinfo for GDAL, pg_basebackup, usql, mongosh, ovftool, lpadmin, mount_smbfs, git credentials and "
      "Mongoose; positional arguments for `cf auth`, `net user`, `mosquitto_passwd -b`, `poetry config http-basic`, "
      "`wpa_passphrase`; library call positions in Python, Node, Java, C#, Go, Rust, Ruby, PHP, Perl, C, MATLAB and VBA), "
      "unlocks a file or key (`zip -P`, `unzip -P`, `unrar -p`, `qpdf` owner password, `openssl pkcs12 -passout pass:`, "
      "`keytool -storepass`, `certutil -p`, `pk12util -W`, `veracrypt -p`, `zipfile` pwd, `pikepdf`, `pypdf.decrypt`, "
      "PDFBox, `Workbooks.Open`, `Unprotect`, `scryptSync`), is a shared secret (SNMP v2c community, WPA passphrase, MinIO "
      "secret), sits in a file by position (OpenVPN auth file, `.git-credentials`, vsftpd virtual users, rsyncd.secrets, "
      "postfix sasl_passwd, nginx `{PLAIN}`, `.pgpass`, two invented headerless formats, Base64 `auth` in Docker "
      "`config.json` and `_auth` in `.npmrc`), travels in a protocol exchange (IMAP `LOGIN`, SMTP `AUTH PLAIN` initial "
      "response and HTTP `Authorization: Basic` as Base64 spans, an LDAP simple bind in a Wireshark dissection, NickServ "
      "`IDENTIFY`, SIMCom / Quectel AT commands) or is typed by automation (Selenium, Playwright, Cypress, Capybara, "
      "AutoHotkey, AutoIt, xdotool, AppleScript, `adb shell input text`, Selenium IDE, uiautomator2, Flutter widget tests, "
      "tmux `send-keys`, screen `stuff`). `rclone obscure`, `openssl passwd -6` inside `useradd` and `chpasswd` take the "
      "password to transform or set it; still a plaintext password on the command line. `keytool -storepass`, `-passout "
      "pass:`, the LDAP `simple:` field, `paho username_pw_set`, `htpasswd`, the askpass helper, `url.UserPassword`, "
      "`CURLOPT_USERPWD`, the Wi-Fi QR `P:` field and `passwd --stdin` still hint at a password; they are the weakest kept "
      "cases (the last group before the tail). UI tests use neutral field ids (`field-2`, `field_2`). Several ideas repeat "
      "the earlier corpora on new tools (URL userinfo, `-p` after `-u`, library call positions, UI typing, Base64 protocol "
      "lines); novelty was checked by name, not by signature.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "German, Italian, Portuguese, Russian, Catalan, Galician, Norwegian Bokmål, Malay, Bosnian, Serbian; modest for "
      "Japanese, Korean, Mandarin Chinese, Hebrew, Hindi, Bengali, Gujarati, Basque, Irish, Scottish Gaelic, Luxembourgish, "
      "West Frisian, Faroese, Javanese, Cebuano, Tajik, Kyrgyz, Mongolian, Zulu, Xhosa; low for Kannada, Malayalam, Sinhala, "
      "Burmese, Khmer, Hausa, Yoruba, Kinyarwanda, Malagasy, Breton. Loan words (`password` in Cebuano, transliterated "
      "\"password\" in Hindi, Bengali, Gujarati, Kannada, Malayalam, `PC`) are kept as people use them; \"stone yard\" is "
      "rendered loosely (stone store, stone depot, stone yard).")
    a("- Evasions: Ascii85, Base58 and Base45 are byte notations; base 36 and Roman numerals are numeral systems over code "
      "points; English number words and Morse are spelled forms; the Polybius square, the LIMEWASH columnar transposition, "
      "the LIME-primed autokey cipher, ROT47 and XOR 0x5A are ciphers with their rule stated; ends-inward alternation is a "
      "positional trick; full-width forms and Greek look-alikes are Unicode tricks; HTML character references, percent "
      "escapes and `String.fromCharCode` are developer notations; ashlar block weights, list entry numbers, OS grid "
      "references and lime-mortar cube strengths are masonry / heritage disguises of code points (realistic ranges: "
      "245–322 kg, entries 1000045–1000122, eastings 245–322 / northings 300–422 on sheet SK, 1.45–2.22 N/mm²). Greek "
      "look-alikes leave digits and letters without a twin unchanged, and ends-inward alternation and the columnar "
      "transposition keep every character, so parts of a plain stay readable (the whole plain never appears in its run, "
      "checked). Close relatives exist in the earlier corpora (Cyrillic twins next to Greek look-alikes, sans-serif bold "
      "next to full-width, octal / `\\x` escapes and `CHAR(n)` next to HTML references, percent escapes and "
      "`fromCharCode`, Base32 next to Base45 / Base58 / Ascii85, Gronsfeld / Beaufort next to autokey, dozenal / balanced "
      "ternary next to base 36 / Roman); novelty was checked by name only.")
    a("- Negatives: list entries, LBC and Planning Portal numbers, grid references and control points, serials, operator "
      "and flyer ids, block and ticket numbers, scaffold tags, CISRS cards, UTRs, CIS verification numbers, IBANs, VAT, "
      "charity and company numbers, grant references, IFC GlobalIds, E57 GUIDs, LFS oids and commit ids are identifiers or "
      "digests; Turnstile / reCAPTCHA site keys, Stripe `pk_live_`, Mapbox `pk.`, the referrer-restricted Maps key and the "
      "Sentry DSN key are public by design (a detector may fairly flag the `AIza` browser key); `••••` with a four-character "
      "tail, `●●●●`, `********`, `[MASKED]` and `****` carry no value; empty values, `<your-…>`, `YOUR_UPLOAD_KEY`, "
      "`pgj_live_xxxx…`, `spwh_REPLACE_ME` and an all-zero AES key are placeholders; Key Vault references and "
      "`{{resolve:…}}` are pointers; Ansible Vault and SOPS bodies are ciphertext; argon2id and pbkdf2 strings are one-way "
      "hashes (sensitive, not usable credentials; the table has a `password_hash` / `password` column, a trap); the "
      "induction slide and handbook paragraph talk about passwords without one; `v1=` / `sha256=` webhook signatures are HMAC "
      "outputs, not keys. Random fillers are generated, so an entropy-only detector will hit them — that is the point.\n")

    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief177/` (p174 and p175), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch177/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the gitleaks default "
      "rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the `fetch` tool, extracted with `git show` "
      "into `/tmp/scratch177/` and grepped for the rules of 1Password service accounts, Adobe, Azure AD client secrets, "
      "Cloudflare origin CA / global keys, Cohere, Dropbox, Dynatrace, Etsy, Facebook / Meta, Frame.io, GitHub app / OAuth / "
      "fine-grained tokens, GitLab trigger / runner / deploy tokens, Grafana Cloud, HashiCorp Terraform Cloud and Vault, "
      "Hugging Face org tokens, Lob, Mattermost, Microsoft Teams webhooks, New Relic user keys, npm, OpenAI, Anthropic, "
      "PlanetScale, Prefect, PyPI, RubyGems, Sentry org tokens, Shippo, Shopify private apps, Slack app tokens, Sonar, "
      "Squarespace, Stripe, Twilio API keys and a few others that were then not used). Betterleaks, Kingfisher, CredSweeper "
      "and vendor documentation were not opened this session; the remaining shapes come from the builder's memory and are "
      "marked above as believed or guessed.")
    return "\n".join(L) + "\n"
