"""Renders README.md for corpus p165 from a generation."""
import enc165
import everyday165
import evasions165
import negatives165
import positional165
import prose165
import vendor165


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def _uniq(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def render(data, deny, muts):
    S, V, N, meta = data["secrets"], data["evasions"], data["negatives"], data["meta"]
    src = {k: [r for r in S if r["source"] == k] for k in ("everyday", "vendor", "password", "prose")}
    n_types = len({r["type"] for r in S})
    n_kinds = len({r["container"] for r in S})
    n_classes = len({n["class"] for n in N})
    prose_langs = [(r["container"].split("__")[-1]) for r in src["prose"]]
    lang_names = {c: n for c, n, _ in prose165.LANGS}
    L = []
    A = L.append
    A("# privacy_hundredsixtyfifth (p165) – held-out credential corpus")
    A("")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **fire-department, EMS and emergency-dispatch developers**: computer-aided dispatch (CAD) and "
      "call-taking interfaces, station alerting and paging (POCSAG capcodes, tone plans, Node-RED and Home Assistant "
      "bay automation, Active911 / IamResponding / Bryx style apps), AVL and mobile data terminals in apparatus "
      "(rugged tablets, cellular routers, Geotab / Samsara / Cradlepoint), ePCR and NEMSIS v3 exports and state "
      "submission bridges, fire inspection and pre-plan apps, hydrant and GIS layers (ArcGIS, Mapbox, GeoJSON), "
      "staffing and shift bidding (TeleStaff, Aladtec, Vector, CrewSense), radio gateways and P25 / ISSI consoles, "
      "hospital pre-arrival notification (HL7, Pulsara, Twiage), NG911 / ALI feeds and ESInet plumbing, incident "
      "reporting (NERIS, NFIRS); plus the commerce, messaging, AI, developer and ops services such developers use; "
      "with hard negatives from the same world. Everything is produced by `build.py` and its modules "
      "(`common165.py`, `everyday165.py`, `vendor165.py`, `positional165.py`, `prose165.py`, `enc165.py`, "
      "`dec165.py`, `evasions165.py`, `negatives165.py`, `readme165.py`, frozen deny-list `brief_names.json`): "
      "Python 3 standard library only, fixed `random.Random` seeds (16501 everyday, 16502 vendor, 16503 positional "
      "passwords, 16504 prose, 16505 evasions, 16506 negatives), no clock, no network. `python3 build.py [outdir]` "
      "generates everything twice in one process, compares the bytes of the three JSONL files, runs every check and "
      "%d mutation tests, renders this README from both generations and compares it, and only then writes the files "
      "(on any failure nothing is written)." % len(muts))
    A("")
    A("**Independence.** The builder never saw the detector: nothing under the project was opened, listed, grepped "
      "or searched except this output directory (created with `mkdir -p`; its parent was never listed), git was never "
      "run in the project, and no `/tmp` directory other than `/tmp/brief165/` and the scratch directory "
      "`/tmp/scratch165/` (trial build output) was looked at. The only project material read were the two READMEs in "
      "`/tmp/brief165/` (`README_hundredsixtysecond.md` and `README_hundredsixtythird.md`, those of p162 and p163), "
      "used only for the file format and to know what is already covered. The deny-list (`common165.extract_denylist`) "
      "holds every backticked name and every snake_case identifier of both READMEs, lower-cased and also split at "
      "`__` (%d names), the code and name (and name words) of every `code` (Name) language pair (%d codes, %d names / "
      "words), and the %d earlier positional syntax names with their `hcpw_` / `bkpw_` prefixes removed. It is frozen "
      "in `brief_names.json`; when `/tmp/brief165/` exists the build re-extracts it and fails if it differs. The build "
      "fails on any case-insensitive overlap (whole name or any `__` part) of every record's container kind and span "
      "type, every evasion encoding, every negative class and negative container, and of this corpus's vendor styles, "
      "password suffixes, prose formats, evasion wordings and negative wrappers with the deny-list; it also fails if a "
      "positional syntax name (without `frpw_`) equals an earlier syntax name, and refuses a prose language whose code "
      "is a deny-listed code or name or whose name (or a word of it) is a deny-listed language name. Vendor types "
      "dropped by the deny-list on this run: %s; languages refused: %s. Novelty is checked against these two READMEs "
      "only; older corpora may share vendors, syntaxes, languages or notations."
      % (len(deny["names"]), len(deny["language_codes"]), len(deny["language_names"]),
         len(deny["earlier_syntaxes"]), _bt(meta["vendor_dropped"]) or "none", _bt(meta["lang_refused"]) or "none"))
    A("")
    A("## Files and counts")
    A("")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(S), sum(len(r["secrets"]) for r in S), n_types, n_kinds, len(src["everyday"]), len(src["vendor"]),
        len(src["password"]), len(src["prose"]), len(set(prose_langs))))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(V), len(V), len({r["type"] for r in V}), len({r["container"] for r in V}), len({r["encoding"] for r in V})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len({n["container"] for n in N}), n_classes))
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (names, language codes, language names, earlier syntaxes) |")
    A("")
    A("Schema (same as the earlier corpora): positives `id` (`p165-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (list of one `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p165-e-NNNN`) add a record-level `encoding`; their single span also has `plain` (the clean "
      "secret) and `encoding`; `source` is `evasion`. Negatives (`p165-n-NNNN`): `id`, `class`, `container`, `text`, "
      "`source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with "
      "`ensure_ascii=False`. Every record has exactly one span.")
    A("")
    A("**Scale.** Everyday 180 = 45 kinds × 4. Vendor 120 (%d candidates written, %d dropped by the deny-list, the first "
      "120 of the rest kept; unused tail: %s). Positional passwords %d (%d syntaxes written; the weakest — a password "
      "word in the tool or option name — and a few repeats of URL-userinfo / `-p` ideas were set aside; unused: %s). "
      "Prose 40 in 40 languages (%d written; spares unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 3 "
      "base kinds × 4 presentations. Positives total %d (asked ~450)." % (
          len(vendor165.CANDIDATES), len(meta["vendor_dropped"]), _bt(meta["vendor_unused"]), len(src["password"]),
          len(positional165.SYNTAXES), _bt(positional165.UNUSED), len(prose165.LANGS), _bt(meta["lang_spare"]),
          len(N), n_classes, len(S)))
    A("")
    A("## Conventions")
    A("")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a CAD vendor's Zendesk "
      "reply, a battalion chief's Signal group message, an OCR'd station whiteboard photo, a dispatch supervisor's "
      "handoff e-mail, a Jira comment, an MDT crash-log environment dump, a Mattermost channel paste, a Kubernetes "
      "Secret with `stringData`) are labelled.")
    A("- Owner-chosen passwords are a fire / EMS word (halligan, hydrant, standpipe, turnout, nozzle, pumper, tiller, "
      "knoxbox, jumpseat, tailboard, defib, gurney, tourniquet, mayday, flashover, ventline, …; capitalised 45 % of the "
      "time) + one of `- _ . +` (prose and evasion passwords only `- _ .`) + 3–6 lower-case letters / digits + 2 digits. "
      "They are checked against that shape in the everyday password types, all non-Base64 positional records and all "
      "prose records.")
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain appears in any text. Values are drawn through one registry that refuses any value in "
      "a substring relation with an earlier one (evasion plains and runs are registered too); negatives are redrawn if "
      "they contain any registered value.")
    A("- Structured shapes are valid: UUIDs are version 4; Base64 / base64url values encode what they claim (random "
      "bytes, or for the Elastic Cloud key the Base64 of `id:key`, for the Amazon SES SMTP password a version byte 0x04 "
      "+ 32 bytes); the GitHub `gho_` / `ghs_` tokens carry a real CRC-32 in their last six base62 characters; the "
      "Zello dev token is a JWT with real base64url JSON header and payload; the 1Password service-account token is "
      "`ops_` + the Base64 of a JSON document; the HTTP `Authorization: Basic` span is the real Base64 of `user:password` "
      "and the SMTP `AUTH PLAIN` span the real Base64 of `\\0user\\0password`. Negatives: VINs carry a real ISO 3779 "
      "check digit, IMEIs a real Luhn digit, SHA-256 / SHA-1 / MD5 values are real digests of random strings, the "
      "paging webhook signature is a real HMAC-SHA256 of the shown body (key not shown), the Mapbox public token has "
      "real base64url JSON, the OpenSSL blob really starts with Base64 of `Salted__`.")
    A("- Public neighbours are unlabelled: user names, hosts (`*.dispatch.internal`, `*.ems.internal`, "
      "`*.countyfire.example`, private addresses), DNs, SSIDs, talkgroups, unit ids, key and variable names, the user "
      "half of a pair.")
    A("- Positional passwords: span type `frpw_<syntax>`, container `frpw_<syntax>__<suffix>` where the suffix says "
      "what the text is: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional165.SUFFIX.items()))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, "
      "then the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear "
      "inside its own run or if the run would start or end with a space (Base45).")
    A("")
    A("## Categories (positives)")
    A("")
    A("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t, d) for t, _, d in everyday165.TYPES) + ".")
    A("")
    A("Container kinds (45, key style in brackets): " + ", ".join(
        "`%s` (%s)" % (k, st) for k, st, _ in everyday165.CONTAINERS) + ". Pairing: type = (7·kind + 5·j + ⌊kind/12⌋) "
        "mod 12 for the four records j of a kind, so every kind holds four different types and an HMAC key can sit in "
        "an Erlang `sys.config` or a whiteboard photo. Key names are the type words in the container's own case style "
        "(UPPER_SNAKE, snake, kebab, dot.case, camelCase, PascalCase, spaced or Title Case for the human kinds).")
    A("")
    A("Vendor (%d types, kind `<type>__<style>`): %s. Styles: %s." % (
        len(src["vendor"]), _bt([r["type"] for r in src["vendor"]]), _bt([s for s, _, _ in vendor165.STYLES])))
    A("")
    A("Positional passwords (%d syntaxes): %s." % (len(src["password"]), _bt([r["type"] for r in src["password"]])))
    A("")
    A("Prose: a dispatcher tells a colleague the password of the dispatch console at station 3 and asks them not to "
      "forward it; span type `%s`; kind `<format>__<iso639-3>`; formats %s. Languages (%d): %s. One sentence each, "
      "written by a non-native builder, no review. Scripts: Latin (with diacritics, ʻokina, Yoruba tone marks), Cyrillic "
      "(Russian, Serbian%s), Hebrew (right-to-left), Devanagari (Hindi, Nepali), Bengali, Gujarati, Kannada, Malayalam, "
      "Khmer, Lao, Burmese, Japanese, Korean, Chinese (Simplified and Traditional). Japanese, Chinese, Khmer, Lao and "
      "Burmese do not separate words with spaces, so the value got spaces around it; every value is set off by "
      "whitespace (checked)." % (
          prose165.SPAN_TYPE, _bt(prose165.FORMATS), len(prose_langs),
          ", ".join("`%s` (%s)" % (c, lang_names[c]) for c in prose_langs),
          "" if not any(c in prose_langs for c in ("kir", "tgk", "tat", "khk")) else ", Central Asian"))
    A("")
    A("## Evasion encodings")
    A("")
    A("; ".join("`%s` = \"%s\"" % (k, v[0]) for k, v in enc165.E.items()) + ".")
    A("")
    A("Encoders are in `enc165.E` (Base32 uses `base64.b32encode`, uuencode uses `binascii.b2a_uu(..., backtick=True)`; "
      "the rest are hand-written); the decoder `dec165.decode` gets only the encoding name and the run and shares no code "
      "or tables with the encoder: a hand-written 5-bit Base32 reader, `int(…, 36)` for base 36, a regular expression for "
      "octal escapes, a retyped radio-alphabet and Morse table, key arithmetic for Vigenère, the inverse multipliers 21 "
      "(mod 26) and 7 (mod 10) for the affine cipher, a column re-interleaver, a retyped Cyrillic-to-Latin table, "
      "`unicodedata.name` parsing for double-struck forms, a Roman-numeral parser, token parsing for A1Z26 and the "
      "acrostic, regular expressions plus arithmetic for the fire / EMS disguises (engine numbers, heart rates, hydrant "
      "flows, ten-codes, pump pressures), a hand-written uudecoder, a hand-written Base45 reader, a rebuilt Polybius grid "
      "and a split for the swapped halves. Every pair was round-tripped on 300 random plains per notation (lengths 2–44) "
      "while writing; at build time every span is decoded back to its `plain`. Evasion types: %s; wordings: %s; "
      "container `<encoding>__<wording>`." % (
          _bt([t for t, _, _ in evasions165.TYPES]), _bt([w for w, _ in evasions165.WORDINGS])))
    A("")
    A("## Negative classes")
    A("")
    A("| class | records | base kinds |")
    A("|---|---|---|")
    for cname, bases in negatives165.class_bases():
        A("| `%s` | %d | %s |" % (cname, sum(1 for n in N if n["class"] == cname), _bt(bases)))
    A("")
    A("Each base kind appears plain and wrapped %s." % _bt([w for w, _ in negatives165.WRAPPERS if w]))
    A("")
    A("## Checks run by build.py before writing")
    A("")
    A("- ids unique and sequential per file; exact field and span field sets; spans re-slice exactly, no edge whitespace; "
      "record type == span type; one span per record; each value occurs exactly once in its text; no value or plain "
      "reused; no value or plain in another record's text or in any negative; no evasion plain in its own text; no slot "
      "marker (`⟦`, `⟧`), NUL or `PRIVATE KEY`; prose values set off by whitespace")
    A("- shapes: owner-chosen password regex for everyday password types, positional (non-Base64) and prose values; "
      "UUID-shaped values are version 4; GitHub `gho_` / `ghs_` CRC-32 checksums; JWT-shaped values have base64url JSON "
      "header and payload")
    A("- evasions: every span decodes to `plain` with the independent decoder; the stated rule occurs before the run and "
      "the run starts right after `:` and a newline and is followed by a newline; plain alphabet `[A-Za-z0-9_.-]`; the run "
      "never contains its plain; record and span encoding agree; 22 encodings × 3")
    A("- negatives: exact fields, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive value and plain")
    A("- deny-list, earlier-syntax and language checks (see Independence); span types of the five sources pairwise "
      "disjoint; non-everyday containers unique; counts (180 everyday = 12 types × 45 kinds × 4, 120 vendor types, "
      "95–120 password syntaxes, 40 prose in 40 languages, 66 evasions)")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, all caught: %s" % (len(muts), ", ".join(
        "%s (%s)" % (n[2:].replace("_", " "), "caught" if c else "MISSED") for n, c in muts)))
    A("")
    A("## Shapes you had to guess")
    A("")
    A("Read for shape this session (public rule text, nothing copied): a gitleaks-generated TypeScript pattern list "
      "(Anthropic `sk-ant-api03-` / `sk-ant-admin01-` + 93 + `AA`, OpenAI `sk-admin-` … `T3BlbkFJ` …, 1Password `ops_eyJ…`, "
      "Dynatrace `dt0c01.` 24 . 64, New Relic `NRAK-` + 27 and `NRII-` + 32, GitLab `glrt-` / `gldt-` + 20 and `glptt-` + "
      "40 hex, npm `npm_` + 36, PyPI `pypi-AgEIcHlwaS5vcmc…`, Artifactory `AKCp` + 69, RubyGems `rubygems_` + 48 hex, "
      "Databricks `dapi` + 32 hex, ReadMe `rdme_` + 70, Prefect `pnu_` + 36, Vault `hvs.` + 90–120, Doppler `dp.pt.` + 43, "
      "Octopus `API-` + 26, Stripe `sk_live_` / `rk_live_` + up to 99, Slack `xoxp-` layout, Telegram `digits:A…` + 34, "
      "Teams webhook URL layout, Mattermost 26, Cohere 40, Cloudflare global 37 hex, Sumo Logic 64, EasyPost `EZAK` + 54, "
      "ClickHouse `4b1d` + 38, Mapbox `pk.` / `sk.` layout, Dropbox `sl.` + 135, Google `AIza` + 35, Azure AD `…Q~…`), "
      "a secretlint Anthropic README and Kingfisher / Nosey Parker Dynatrace rules. The last 11 vendor candidates "
      "(DigitalOcean `dop_v1_`, Linode, Tailscale `tskey-auth-`, ngrok, Cloudflare global, Mapbox secret, Smartsheet, "
      "Dropbox, Box, EasyPost, ClickHouse) were written but fell into the unused tail. Believed right from background "
      "knowledge (not re-read): Stripe `whsec_`, GitHub `gho_` / `ghs_` with CRC-32, Bitbucket `ATBB`, Docker Hub "
      "`dckr_pat_`, Buildkite `bkua_`, SonarQube `squ_`, OpenRouter `sk-or-v1-` + 64 hex, DeepSeek `sk-` + 32 hex, "
      "Fireworks `fw_`, ElevenLabs `sk_` + 48 hex, Langfuse `sk-lf-` + UUID, Mailersend `mlsn.` + 64 hex, OneSignal "
      "`os_v2_app_`, FCM legacy `AAAA…:APA91b…`, Ably `app.key:secret`, Twilio 32 hex, Pusher 20 hex, Pushover 30, Plivo "
      "40, Vonage 16, Braintree 32 hex, Authorize.Net 16, ArcGIS location key `AAPK…`, Amazon SES SMTP password "
      "(Base64 of 0x04 + 32 bytes), Elastic Cloud (Base64 of `id:key`), Azure DevOps 52 base32. Guessed (length and "
      "alphabet only, recognisable from the key name): every fire / EMS / dispatch vendor shape — Active911, "
      "IamResponding, First Due, ImageTrend (UUID), ESO, ZOLL RescueNet, Emergency Reporting, Tyler New World, "
      "CentralSquare, Hexagon, Motorola CommandCentral and VESTA, RapidSOS, Rave, Carbyne (`cbn_` invented), Prepared, "
      "Everbridge (an API password), PulsePoint, Vector, Aladtec, CrewSense, TeleStaff, Zetron, USDD Phoenix G2, Bryx, "
      "Tablet Command, Pulsara, Twiage, Intrado, Comtech, Solacom, Avtec, Zello, Geotab (a MyGeotab password), Verizon "
      "Connect, CalAmp, Cradlepoint NCM, Peplink, Sierra AirVantage, Fleetio, Stryker LIFENET, NERIS client secret, "
      "Samsara webhook secret, OnSolve — and PayPal, Adyen, Mistral, AssemblyAI, Deepgram, Azure OpenAI, Betterstack, "
      "Splunk HEC / Opsgenie / Postmark / Snyk (UUID), Expo. Everyday prefixes `pgws_` (paging webhook secret) and "
      "`alif.` (ALI feed token) and the evasion prefix `pgt_` are invented. Syntaxes from memory, not re-checked: "
      "`rman target u/p@tns`, `sqlldr userid=u/p@tns`, Sybase `isql -U -P`, `cypher-shell -p`, `cqlsh -p`, "
      "`rabbitmqadmin -p`, `smbclient //srv/share PASS -U user`, `xfreerdp /p:`, `rdesktop -p`, `unrar x -pPASS`, "
      "`pdftk … input_pw`, `apksigner --ks-pass pass:`, `radtest user pass server port secret`, `AT+CWJAP`, "
      "NUT `upsmon.conf` `MONITOR` field order, `check_http -a`, `check_mysql -p`, `mqtt sub -pw` (HiveMQ CLI), "
      "`sipp -ap`, linphonec `register`, `kamctl add`, `ejabberdctl` / `prosodyctl register`, "
      "`elasticsearch-users useradd -p`, `jenkins-cli -auth`, `cf auth`, `oc login -p`, `helm registry login -p`, "
      "`skopeo --src-creds`, `composer config http-basic`, Yarn `npmAuthIdent`, vsftpd virtual-user file layout, "
      "Dovecot `{PLAIN}` passwd-file, Postfix `sasl_passwd` map, `rsyncd.secrets`, Redis `ACL SETUSER … >pass`, "
      "SQLCipher `PRAGMA key`, VBA `Workbooks.Open` fifth argument, AutoIt `RunAs` third argument, AutoHotkey `RunAs`, "
      "Ruby `Net::SMTP.start` fifth and `Net::POP3.start` fourth arguments.")
    A("")
    A("## Judgement calls")
    A("")
    A("- Everyday: twelve types — six owner-chosen passwords (CAD reporting database, station-alerting controller, "
      "MDT / AVL gateway, NEMSIS state bridge, radio-gateway console, pre-plan GIS portal) and six generated secrets "
      "(40-character CAD interface API key, `pgws_` paging webhook signing secret, 64-hex hospital-notify HMAC key, "
      "Base64 ePCR export JWT signing secret, base64url shift-bidding OAuth client secret, three-part `alif.` ALI feed "
      "bearer token). The four records of a kind share the kind's template; only key and value differ.")
    A("- Vendor: most fire / EMS / dispatch vendors publish no token format the builder knows of, so their types model "
      "a partner integration secret recognisable only from the key name — part of the test. Everbridge and Geotab carry "
      "owner-chosen passwords (their integrations log in with user / password). The Mapbox `pk.` token, the Algolia "
      "search-only key and the Sentry browser DSN appear only as negatives (public by design), while the Mapbox `sk.` "
      "secret token was written as a vendor candidate but fell into the unused tail. `AKIAIOSFODNN7EXAMPLE` and the "
      "matching AWS documentation secret appear only in a negative (published documentation examples). Google AI Studio "
      "keys share the `AIza` shape with browser-restricted Maps keys; here the key is labelled because it sits in a "
      "server environment under an AI key name.")
    A("- Passwords: labelled when the value logs in (glued `-p` for `mysql` / `mysqldump` / `unrar`, `-P` for Sybase "
      "`isql`, `zip`, `unzip`, `-p` for `cqlsh`, `cypher-shell`, `rabbitmqadmin`, `rdesktop`, `az`, `oc`, `helm`, "
      "`elasticsearch-users`, `-a` for `redis-cli`, `/p:` for `xfreerdp`, `-pw` for the HiveMQ CLI, `-ap` for SIPp, "
      "slash logons for SQL*Plus, RMAN and SQL*Loader, URL userinfo for psql, mongosh, lftp, curl SMTPS, VLC RTSP, "
      "CUPS SMB device URIs, Mosquitto `-L`, pip, git credentials, Mutt, Node and Python client URLs, `user:pass` pairs "
      "for HTTPie, `ab`, Jenkins CLI, skopeo, Yarn, Postfix, rsyncd, Dovecot, `u%p` for smbclient, positional arguments "
      "for `smbclient`, `net user`, `radtest`, `cf auth`, `kamctl`, `rabbitmqctl add_user`, `mosquitto_passwd -b`, "
      "`ejabberdctl` / `prosodyctl register`, `composer config`, and library call positions in Python, Node, Java, C#, "
      "Go, Rust, Ruby, PHP, Perl, VBScript, VBA, AutoIt, AutoHotkey), protects a file or key (`zip -P`, `unzip -P`, "
      "`unrar -p`, `pdftk input_pw`, `openssl pkcs12 -passout pass:`, `apksigner --ks-pass pass:`, `cryptsetup`, "
      "`PRAGMA key`, `zipfile.setpassword`, `PdfReader.decrypt`, `Workbooks.Open`, `Worksheet.Protect`), is set for "
      "someone else (`CREATE USER … IDENTIFIED BY`, `ALTER USER`, `sp_addlogin`, `ACL SETUSER >`, `smbpasswd -s`, "
      "`net user /add`), is a shared secret (SNMP v2c community on the command line and in an IOS config, Wi-Fi via "
      "`AT+CWJAP`), sits in a file by position (OpenVPN `auth-user-pass` second line, vsftpd virtual-users even line, "
      "NUT `upsmon.conf` fourth field, `.git-credentials`), or travels in a protocol exchange (IMAP `LOGIN`, HTTP "
      "`Authorization: Basic`, SMTP `AUTH PLAIN` — Base64 spans where the protocol encodes). The SNMP community string "
      "is not owner-chosen in every shop but is treated as one here. `input_pw`, `pass:`, `-ap`, `{PLAIN}`, `npmAuthIdent`, "
      "the tool names `smbpasswd` and `mosquitto_passwd` and `IDENTIFIED BY` keep a hint of the word; they are "
      "the weakest positional cases. Several ideas repeat the earlier corpora on new tools (glued flags, URL userinfo, "
      "library call positions, stdin echo, Base64 protocol lines); novelty was checked by name, not by signature.")
    A("- Prose: one meaning, one sentence per language, no review; confidence fair for German, Italian, Portuguese, "
      "Galician, Asturian, Afrikaans, Norwegian Bokmål, Russian, Serbian, Bosnian, Esperanto, Japanese, Korean, "
      "Mandarin, Malay, Hindi; modest for Occitan, Luxembourgish, Western Frisian, Faroese, Latin, Hebrew, Cantonese, "
      "Bengali, Gujarati, Nepali, Javanese, Cebuano, Hausa, Zulu, Xhosa, Malagasy; low for Kannada, Malayalam, Khmer, "
      "Lao, Burmese, Yoruba, Igbo, Kinyarwanda and the unused spares. The loan word \"password\" (or its script "
      "transliteration) is kept for Hindi, Bengali, Gujarati, Kannada, Malayalam, Nepali and Cebuano; native words "
      "elsewhere (Passwort, senha, contrasinal, wagwoord, passord, loyniorð, пароль, лозинка, šifra, pasvorto, tessera, "
      "סיסמה, 비밀번호, 密码, kata laluan, tembung sandhi, kalmar sirri, ọ̀rọ̀ aṣínà, okwuntughe, iphasiwedi, tenimiafina, "
      "ពាក្យសម្ងាត់, ລະຫັດຜ່ານ, စကားဝှက်). A space is put before the comma after the value in Latin- and Cyrillic-script "
      "sentences so the value is never glued to punctuation.")
    A("- Evasions: Base32, base 36, octal escapes, uuencode and Base45 are byte notations; the radio alphabet, Morse, "
      "A1Z26, Roman numerals and Polybius coordinates are spelled / numeral notations; Vigenère (key LADDER) and the "
      "affine cipher are ciphers with the key stated; the columnar transposition and swapped halves are positional "
      "tricks; Cyrillic look-alikes and double-struck letters are Unicode look-alike blocks; the acrostic hides the "
      "value in the first letters of fire-service words; engine unit numbers, heart rates, hydrant flows, ten-codes and "
      "pump pressures are fire / EMS disguises of code points. Novelty was checked by name against the two READMEs "
      "only; close relatives exist — octal escapes of the earlier hex / percent notations, the radio alphabet of the "
      "earlier spelled character names, double-struck of the earlier monospace / circled forms, swapped halves of the "
      "earlier whole reversal and rail fence, the fire / EMS disguises of the earlier home-care and bakery disguises. "
      "Cyrillic look-alikes only replace letters that have a look-alike, so the run is mostly Latin; a plain with no "
      "replaceable letter would be redrawn.")
    A("- Negatives: CAD event / incident numbers, PCR numbers and NEMSIS element values, NFIRS / NERIS keys and FDIDs, "
      "VINs, MDT serials and IMEIs, P25 radio ids, talkgroups, WACN and system ids, ALI fields (555-01xx numbers, ESN, "
      "class of service), PIDF-LO and LoST records, hydrant / GIS object ids, GlobalIDs and ArcGIS item ids (32 hex), "
      "POCSAG capcodes and tone plans, HL7 message control ids and request ids / ETags / nonces are identifiers; "
      "SHA-256 / SHA-1 / MD5 values and image digests are digests; the paging webhook `X-Signature-256` is an HMAC of a "
      "past request, not the key; the Mapbox `pk.` token, the Algolia search-only key and the Sentry DSN are public by "
      "design; `********`, `[REDACTED]`, `<hidden 64 chars>`, bullets and a mask with the last four characters shown "
      "carry no usable value; `<paste-from-vault>`, empty values, `your-token-here`, Helm `{{ … }}`, `${…:?…}`, "
      "`%…%` and `$(…)` are placeholders; Vault templates, SSM / Secrets Manager ARNs and `secretKeyRef` are pointers; "
      "SOPS `ENC[…]`, SealedSecret and OpenSSL `Salted__` blobs are ciphertexts (the SOPS age recipient is a public "
      "key); PBKDF2, scrypt and SHA-512-crypt rows are one-way hashes (sensitive, not usable credentials); the shift "
      "briefing, reset ticket and radio-shop policy talk about passwords without one; `YOUR_API_KEY`, `xxxx…` and the "
      "AWS documentation pair are documentation samples. Random fillers are generated, so an entropy-only detector will "
      "hit them — that is the point.")
    A("")
    A("## Sources consulted")
    A("")
    A("- The two READMEs in `/tmp/brief165/`. The detector was not opened, listed or searched, git was not run in the "
      "project, and no other `/tmp` directory than `/tmp/brief165/` and `/tmp/scratch165/` was looked at.")
    A("- External, read for shape only: one `code` search for Anthropic key rules (secretlint rule README, a Go "
      "detector, a gitleaks-generated TypeScript pattern list read in full), one `code` search for Dynatrace / New "
      "Relic rules (Kingfisher and Nosey Parker YAML rules, GitLab gitleaks configs), one `docs` search for the ArcGIS "
      "API key (Esri .NET reference pages, which describe the key but not its format). Every credential-looking value "
      "in positives, evasions and negatives is generated; the only fixed credential-like strings are the AWS "
      "documentation example pair in a negative.")
    A("")
    return "\n".join(L)
