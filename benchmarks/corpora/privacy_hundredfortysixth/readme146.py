"""Renders README.md from the generated records (deterministic)."""
import everyday146, vendor146, positional146, prose146, enc146, negatives146


def bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(recs, erecs, nrecs, meta, ndeny, nwords, muts):
    cnt = {}
    for r in recs:
        cnt[r["source"]] = cnt.get(r["source"], 0) + 1
    vtypes = sorted({r["type"] for r in recs if r["source"] == "vendor"}, key=[t for t, _, _ in vendor146.V].index)
    syn = [r["type"] for r in recs if r["source"] == "password"]
    langs = meta["langs"]
    ncls = {}
    for r in nrecs:
        ncls.setdefault(r["class"], []).append(r["container"].split("__")[0])
    out = []
    A = out.append
    A("# privacy_hundredfortysixth (p146) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**pharmacy, e-prescribing and drug-dispensing software developers**: pharmacy management systems (PioneerRx, Liberty, "
      "PrimeRx, QS/1, Computer-Rx, BestRx), e-prescribing gateways and networks (Surescripts, DrFirst Rcopia, DoseSpot, "
      "MDToolbox, CoverMyMeds, Change Healthcare, RelayHealth), drug databases (FDB, Medi-Span, Gold Standard, DrugBank, UMLS), "
      "automated dispensing cabinets and pharmacy robots (Omnicell, Pyxis, Swisslog, Parata, Yuyama, Capsa, ARxIUM, RxSafe, "
      "ScriptPro, Kirby Lester, Bluesight), drug-wholesaler ordering and EDI (McKesson Connect, Cardinal Order Express, Cencora, "
      "850/855/810/832 flows, AS2), controlled-substance and prescription-monitoring reporting (Bamboo Health PMP Gateway, "
      "Logicoy AWARxE, ASAP files, DEA numbers), DSCSA serialisation (TraceLink, rfxcel), compounding and label output "
      "(BarTender, Zebra, PrintNode), plus the EHR, claims, messaging, payment, CI, cloud and AI services around them; with hard "
      "negatives from the same world (NDC listings, DEA numbers with a real check digit, NPI numbers with a real Luhn digit, "
      "Rx and refill numbers, NCPDP claim and authorisation numbers, e-prescribing message ids, cabinet and robot serials, "
      "DSCSA DataMatrix payloads with a real GS1 check digit, PMP file digests, publishable keys, starred-out logins, "
      "placeholders, secretKeyRef / Secret Manager references, PGP and JWE ciphertexts, PBKDF2 / scrypt rows, password rules "
      "without a password). Everything is produced by `build.py` and its modules (`common146.py`, `everyday146.py`, "
      "`vendor146.py`, `positional146.py`, `prose146.py`, `enc146.py`, `dec146.py`, `negatives146.py`, `readme146.py`, frozen "
      "deny-list `brief_names.json`; the evasion records are assembled in `build.py`): Python 3 standard library only, fixed "
      "`random.Random` seeds (14601 everyday, 14602 vendor, 14603 positional passwords, 14604 prose, 14605 evasions, 14606 "
      "negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares the "
      "bytes of the three JSONL files, runs every check and %d mutation tests, renders this README twice (from both "
      "generations) and compares it, and only then writes the files.\n" % len(muts))
    A("**Independence.** The builder never saw the detector's code: nothing under the project was opened, listed or searched "
      "except this output directory (created with `mkdir -p`; its parent was never listed), git was never run in the project, "
      "and no `/tmp` directory other than `/tmp/brief146/` and the scratch directory `/tmp/scratch146/` was looked at. The only "
      "project material read were the two READMEs in `/tmp/brief146/` (those of p143 and p144). The deny-list "
      "(`common146.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, each also "
      "split at `__`, the code, name and name words of every `code` (Name) language pair, plus a hand list of the languages and "
      "scripts the READMEs mention in prose (English, Arabic, Japanese, Korean, Vietnamese, Tagalog, Indonesian, Haitian, "
      "Quechua, Fijian, Turkish, Latin, Cyrillic, …) — %d entries; a second list holds every lower-case word of both READMEs "
      "(%d words). Both are frozen in `brief_names.json` and re-extracted and compared when `/tmp/brief146/` exists. The build "
      "fails on any case-insensitive equality (whole name or any `__` part) between the deny-list and this corpus's container "
      "kinds, span types, encodings, evasion wordings, vendor styles, password syntaxes and suffixes, prose formats, negative "
      "classes, base kinds and wrappers; a prose language is refused if its code or name is deny-listed or any word of its "
      "English name is a README word. A vendor candidate is dropped if its brand word (first part of its type) is a README "
      "word. Dropped on this run — vendor types (%d): %s; password syntaxes (%d): %s; languages (%d): %s. One name was "
      "renamed while writing because the check caught it (a negative base kind first called `docs_curl_placeholder`). "
      "Novelty is checked against these two READMEs only; older corpora may have used some of the same tools, vendors, "
      "languages or notations.\n" % (ndeny, nwords, len(meta["vdrop"]), bt(meta["vdrop"]) or "none", len(meta["pdrop"]),
                                     bt(meta["pdrop"]) or "none", len(meta["ldrop"]),
                                     bt(meta["ldrop"]) + " (Standard Malay — a name word is a README word)" if meta["ldrop"] else "none"))
    A("## Files and counts\n")
    A("| file | records | notes |\n|---|---|---|")
    A("| `secrets.jsonl` | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(recs), cnt.get("everyday", 0), cnt.get("vendor", 0), cnt.get("password", 0), cnt.get("prose", 0), len(langs)))
    A("| `evasions.jsonl` | %d | %d encodings × 3 |" % (len(erecs), len({r['encoding'] for r in erecs})))
    A("| `negatives.jsonl` | %d | %d classes × 2 base kinds × 6 presentations |\n" % (len(nrecs), len(ncls)))
    A("Schema as the earlier corpora: positives `id` (`p146-s-NNNN`), `type` (= type of the single span), `container`, `text`, "
      "`secrets` (list of `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`); evasions "
      "(`p146-e-NNNN`) add a record-level `encoding`, their span has `plain` (the clean secret) and `encoding`, `source` is "
      "`evasion`; negatives (`p146-n-NNNN`) `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point "
      "offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`, one span per record.\n")
    A("**Scale (20-minute hard time box; kept).** Everyday 180 = 45 kinds × 4 (12 types, cyclic pairing type = (5·kind + 7·j) "
      "mod 12). Vendor %d (%d candidates written, %d dropped by the brand-word check, the first %d of the rest kept; cut at "
      "the cap: %s). Positional passwords %d (one record per syntax; asked ~100, all written syntaxes kept). Prose %d in %d "
      "languages (%d candidates; spares unused: %s). Evasions 66 = 22 × 3. Negatives %d. Positives total %d (asked ~450). What "
      "the box cost: a single public code search (gitleaks-derived pattern lists and a Nosey Parker-style New Relic rule), "
      "so most vendor shapes are background knowledge or guesses (see Shapes); Kingfisher, CredSweeper, Betterleaks and vendor "
      "documentation were not read; one template per kind / style / syntax; no native-speaker review.\n" % (
        cnt.get("vendor", 0), len(vendor146.V), len(meta["vdrop"]), cnt.get("vendor", 0), bt(meta["vcut"]) or "none",
        cnt.get("password", 0), cnt.get("prose", 0), len(langs), len(prose146.L), bt(meta["spare"]) or "none", len(nrecs), len(recs)))
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column or protocol element, never "
      "quotes or key names. Values pasted where they do not belong (a Signal chat, an Outlook mail body, a Freshdesk private "
      "note, a pager message, an OCR'd label on a till monitor) are labelled.")
    A("- Owner-chosen passwords are a pharmacy word (tablet, capsule, refill, formulary, pestle, mortar, apothecary, blister, "
      "vial, ampoule, gallipot, carboy, linctus, nebule, …; capitalised 45 % of the time) + one of `- _ .` + 3–6 lower-case "
      "letters / digits + 2 digits. Every labelled value occurs exactly once in its text, is never reused, and appears in no "
      "other record and no negative; no evasion plain appears in any text.")
    A("- Structured shapes: UUIDs are version 4; Base64 / base64url values encode random bytes; negatives: DEA numbers carry the "
      "real DEA check digit ((d1+d3+d5) + 2·(d2+d4+d6)) mod 10, NPI numbers a real Luhn digit over the `80840` prefix, GTIN-14 "
      "in DataMatrix payloads a real GS1 mod-10 digit, SHA-256 / MD5 values are real digests of random strings, PBKDF2 and "
      "scrypt rows have the right field layout.")
    A("- Public neighbours are unlabelled: user names, hosts (`*.example.com/.net`, `*.internal`, private and RFC 5737 "
      "addresses), DNs, key and variable names.")
    A("- Evasion spans cover the whole encoded run; each text states the rule, then `:` and a newline, then the run on its own "
      "line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run.\n")
    A("### Everyday\n")
    A("Types (12): %s. Container kinds (45): %s.\n" % (bt([t for t, _, _ in everyday146.TYPES]), bt([k for k, _ in everyday146.K])))
    A("### Vendor\n")
    A("%d types, kind `<type>__<style>`: %s. Styles: %s.\n" % (len(vtypes), bt(vtypes), bt([s for s, _ in vendor146.STYLES])))
    A("### Positional passwords\n")
    A("Span type `rxpw_<syntax>`, container `rxpw_<syntax>__<suffix>` (suffixes %s, assigned cyclically — a presentation "
      "label). The place says it is a password: a glued or short flag (`mysql -p…`, `rar -hp…`, `zip -P`, `ldapsearch -w`, "
      "`nodetool -pw`, `vmrun -gp`, `xfreerdp /p:`, `winrs -p:`), a positional argument (`rabbitmqctl add_user u pw`, "
      "`net user u pw /add`, `samba-tool user create u pw`, `ejabberdctl register u host pw`, `mosquitto_passwd -b f u pw`, "
      "`composer` / `poetry` `http-basic` third argument, `qpdf --encrypt` user password), a slash logon (`rman`, `exp`, "
      "`dgmgrl`, `sql`, `clpplus`), URL userinfo (`pg_dump`, `mongosh`, `aria2c`, `svn`, `git remote set-url`, pip index, "
      "`GOPROXY`, `GOVC_URL`, gem sources), a file field (`.pgpass` fifth, `.git-credentials`, `rsyncd.secrets`, vsftpd "
      "virtual-users even line, OpenVPN auth file second line, dovecot passwd-file `{PLAIN}`), a stdin pipe (`cryptsetup "
      "--key-file=-`), a protocol exchange (IMAP `LOGIN`, SMTP `AUTH PLAIN` and XMPP SASL PLAIN — span is the Base64 of "
      "`\\0user\\0password` —, HTTP `Proxy-Authorization: Basic` — span is the Base64 of `user:password` —, Redis RESP "
      "`AUTH`, IRC NickServ `IDENTIFY`, Quectel `AT+QICSGP` fifth and 3GPP `AT+CGAUTH` fourth parameter), an SQL statement "
      "(`IDENTIFIED BY`, `sp_addlinkedsrvlogin` fifth, `sp_addlogin` second), an IOS line (`tacacs-server key 0`, "
      "`radius-server host … key`) or an API call position. Syntaxes (%d): %s.\n" % (
        bt(positional146.SUFFIXES), len(syn), bt(syn)))
    A("### Prose\n")
    A("Someone tells a colleague the pharmacy-system password and asks them not to forward it; span type `%s`; kind "
      "`<format>__<iso639-3>`; formats %s. Languages (%d): %s. One sentence each, written by a non-native builder, no review. "
      "Scripts: Latin with diacritics and tone marks (Yoruba, Igbo, Hawaiian-style ʻokina in the spares), Cyrillic (Serbian, "
      "Russian, Tatar), Hebrew script (Hebrew, Yiddish; right-to-left), Devanagari (Hindi), Bengali-Assamese (Bengali, "
      "Assamese), Gujarati, Kannada, Malayalam, Odia, Khmer, Myanmar, Han (Mandarin simplified, Cantonese traditional), "
      "Ethiopic (Tigrinya). Khmer, Chinese and Cantonese have no word spaces: spaces are put around the value (checked: every "
      "prose value is set off by spaces). The loan word \"password\" (or a transliteration) is kept where the builder believed "
      "speakers use it (Hindi, Bengali, Gujarati, Kannada, Malayalam, Odia, Assamese, Cebuano, Tigrinya).\n" % (
        prose146.TYPE, bt(prose146.FORMATS), len(langs), ", ".join("`%s` (%s)" % (c, n) for c, n in langs)))
    A("### Evasion encodings\n")
    A("; ".join("`%s` = \"%s\"" % (k, v[0]) for k, v in enc146.E.items()) + ".\n")
    A("Encoders are in `enc146.E` (some use `base64`, `binascii`, `codecs`); the decoder `dec146.decode` gets only the encoding "
      "name and the run and is written separately: base64url by hand-written 6-bit regrouping, uuencode by a hand-written "
      "6-bit reader, Base58 and Z85 by hand-written radix readers, octal / `\\x` / `\\u` / decimal / UTF-16LE / nibble-swapped "
      "hex by parsing, Morse by a reverse table typed again, Roman numerals by a subtractive reader, the rail fence by "
      "rebuilding the zigzag pattern, XOR by re-applying the key, the pharmacy disguises (NDC product segments, milligram "
      "doses, dispensed quantities, robot shelf addresses) by arithmetic. Every pair was round-tripped on 300 random plains per "
      "notation (lengths 2–44) while writing; at build time every span is decoded back to its `plain`. Evasion types: "
      "`rx_evasion_pms_password`, `rx_evasion_erx_api_key`, `rx_evasion_robot_hex_token`; wordings: "
      "`pharmacy_shift_note_puzzle`, `erx_team_chat_riddle`, `wholesaler_ticket_obfuscated`; container `<encoding>__<wording>`.\n")
    A("### Negative classes\n")
    A("| class | records | base kinds |\n|---|---|---|")
    for c, ks in ncls.items():
        A("| `%s` | %d | %s |" % (c, len(ks), bt(sorted(set(ks), key=ks.index))))
    A("\nEach base kind appears plain and wrapped %s.\n" % bt(negatives146.WRAPS[1:]))
    A("## Checks run by build.py before writing\n")
    A("- ids unique and well-formed, exact field and span field sets; spans re-slice exactly, no edge whitespace; record type == "
      "span type; one span per record; each value occurs exactly once in its text; no value or plain reused; no value in "
      "another record's text or any negative; no plain in any text; no slot marker or NUL; prose values set off by spaces")
    A("- evasions: every span decodes to `plain` with the independent decoder; the stated rule occurs before the run and the run "
      "starts right after `:` and a newline; plain alphabet `[A-Za-z0-9_.-]`; 22 encodings × 3; record and span encoding agree")
    A("- negatives: exact fields, no duplicate texts, 16 classes, ≥ 180 records")
    A("- deny-list, brand-word and language-word checks (see Independence); span types of everyday, vendor, password and prose "
      "pairwise disjoint; counts (180 everyday, ≥ 100 vendor, 95–115 password syntaxes, 40 prose, 66 evasions)")
    A("- determinism: two in-process generations compared byte for byte; README rendered twice and compared")
    A("- %d mutation tests on deep copies (%s) must all be caught\n" % (len(muts), ", ".join(n for n, _ in muts)))
    A("## Shapes you had to guess\n")
    A("Read for shape in public rule text this session (nothing copied): New Relic license key = 6 lower-case alphanumerics + 30 "
      "hex + `NRAL` (a Nosey Parker-style rule), Alibaba `LTAI` access-key ids and the `ops_` / `p8e-` / `pat…` families (a "
      "gitleaks-derived pattern list; only the New Relic shape was used here). Believed right from background knowledge (not "
      "re-checked): Twilio auth token 32 hex, Mailgun `key-` + 32 hex, Paystack `sk_live_` + 40 hex, Flutterwave "
      "`FLWSECK-…-X`, Mollie / GoCardless `live_`, Adyen `AQE…`, Checkout.com `sk_` + UUID-like, WooCommerce `cs_` + 40 hex, "
      "Klaviyo private `pk_` + 34 hex (a private key despite the prefix), npm `npm_` + 36, PyPI `pypi-AgEIcHlwaS5vcmc…`, "
      "Anthropic `sk-ant-api03-…AA`, DeepSeek `sk-` + 32 hex, Render `rnd_`, Neon `napi_`, SonarCloud `squ_` + 40 hex, New "
      "Relic `NRAK-` + 27, CircleCI `CCIPAT_`, Buildkite `bkua_` + 40 hex, JFrog `cmVmdGtu…`, Tailscale `tskey-api-`, ngrok "
      "`2…_…`, Cloudflare origin CA `v1.0-`, OneSignal `os_v2_app_`, Ably "
      "`app.key:secret`, Contentstack `cs` + 32 hex, Sanity `sk…`. Guessed (length and alphabet only, recognisable from the "
      "key name): every pharmacy-world shape — Surescripts, DrFirst, DoseSpot, MDToolbox, CoverMyMeds, Change Healthcare, "
      "RelayHealth, FDB, Medi-Span, Gold Standard, McKesson, Cardinal, Cencora, Omnicell, Pyxis, Swisslog, Parata, Yuyama, "
      "Capsa, ARxIUM, RxSafe, ScriptPro, Kirby Lester, Bluesight, PioneerRx, Liberty, PrimeRx, QS/1, Computer-Rx, BestRx, "
      "Digital Pharmacist, Bamboo Health, Logicoy, Truepill `tp_live_` (invented), MedImpact, RxRevu, TraceLink, rfxcel — and "
      "the EHR / claims shapes (Redox, Health Gorilla, Particle, 1upHealth, Availity, Waystar, pVerify, Epic, Cerner, "
      "athenahealth, DrChrono, Elation) and Vultr, Hetzner, Scaleway, Tencent, IBM, Snowflake PAT, Confluent, Aiven, Fastly, "
      "Akamai, Storyblok, Webflow, Zendesk, Freshdesk, ServiceNow, Pusher, Zebra Savanna, PrintNode lengths. All everyday "
      "prefixes (`erxg_live_`, `whrx1.`) and the evasion `erxk_` prefix are invented. Syntaxes from memory, not re-checked: "
      "`clpplus user/pw@host:port/db`, `nodetool -pw`, `vmrun -gu/-gp`, `ilorest login -u -p`, `winrs -p:`, Quectel "
      "`AT+QICSGP` parameter order, vsftpd virtual-users file layout, dovecot passwd-file fields, `ruby Net::SMTP.start` "
      "argument order, `pytds.connect` positional order, `sp_addlinkedsrvlogin` argument order. Negatives: NDC, Rx number, "
      "NCPDP field numbers, cabinet serial and EPC URI layouts are approximate.\n")
    A("## Judgement calls\n")
    A("- Everyday: twelve types — six owner-chosen passwords (PMS database, dispensing-cabinet admin, robot service, wholesaler "
      "AS2 partner, PMP SFTP upload, label-printer web UI) and six generated secrets (`erxg_live_` gateway key, `whrx1.` "
      "webhook secret, 40-hex wholesaler token, 48-character PMP client secret, Base64 JWT secret, 64-hex claims HMAC key). "
      "Pairing is cyclic, so a JWT secret can sit in a FoxPro program or a TwinCAT GVL. The Caddyfile and FileZilla containers "
      "put the value in a comment / `Comment` element next to the key name — a developer's note, labelled.")
    A("- Vendor: many pharmacy-world types are name-only (hex / alphanumeric / UUID / Base64) and recognisable only from the key "
      "name — part of the test. UUID keys (RelayHealth, Gold Standard, ScriptPro, Waystar, UMLS, Postmark, Snyk, Splunk HEC, "
      "Scaleway) are labelled because the key name says key / secret / token. The brand-word check removed NextGen, "
      "Stripe, Netlify, Expo, DocuSign and Box (\"box\" is an English word in the READMEs).")
    A("- Passwords: labelled when the value unlocks an account, a file or archive (`zip -P`, `rar -hp`, `qpdf --encrypt`, "
      "`mutool -p`, keystores, `X509Certificate2`, `PKCS12.new`, `cryptsetup`), is a shared secret (SNMP community, SNMPv3 "
      "auth key, TACACS+ / RADIUS keys), is set for someone else (`rabbitmqctl add_user`, `net user /add`, `samba-tool`, "
      "`ejabberdctl register`, `mosquitto_passwd -b`, `grafana-cli … reset-admin-password`, SQL `IDENTIFIED BY`) or sits in a "
      "protocol exchange. SMTP / XMPP PLAIN and proxy Basic are labelled as their Base64. `-storepass`, `IDENTIFIED BY`, "
      "`reset-admin-password`, `PasswordAuthentication`, `UsernamePasswordCredentials`, `{PLAIN}` and `NickServ IDENTIFY` carry "
      "a hint word and are the weakest positional cases. Several ideas repeat the earlier corpora (URL userinfo, glued `-p`, "
      "slash logon, library call positions, AT parameters) on new tools; only names were checked against the deny-list.")
    A("- Prose: one meaning, one sentence per language, non-native, no review; confidence fair for Italian, Portuguese, "
      "Catalan, Galician, Norwegian, Luxembourgish, Frisian, Serbian, Bosnian, Russian, Hindi, Esperanto, Mandarin; modest for "
      "Basque, Irish, Scottish Gaelic, Breton, Faroese, Hebrew, Yiddish, Bengali, Gujarati, Javanese, Sundanese, Cebuano, "
      "Cantonese, Hausa, Zulu, Tatar; low for Kannada, Malayalam, Odia, Assamese, Khmer, Burmese, Yoruba, Igbo, Shona, "
      "Kinyarwanda, Tigrinya.")
    A("- Evasions: Base64url, uuencode, Base58, Z85, octal / `\\x` / `\\u` escapes, decimal codes, UTF-16LE hex, ROT13/ROT5, "
      "case inversion and XOR with a stated key are standard encodings older corpora may have used under other names; Morse "
      "with caret capitals, Roman numerals, rail fence, even/odd split, doubled characters and nibble-swapped hex are "
      "puzzles; NDC product segments, milligram doses, dispensed quantities and robot shelf addresses are pharmacy-world "
      "disguises of code points. Novelty was checked by name against the two READMEs only.")
    A("- Negatives: NDC listings, DEA and NPI numbers (real check digits — a checksum-aware detector could mistake them for "
      "structured secrets), Rx / refill numbers, NCPDP claim and PA numbers, e-prescribing message ids, cabinet / robot serials "
      "and DSCSA payloads are identifiers; PMP file digests are checksums; `pk_live_` and a referrer-restricted browser key are "
      "publishable by design (the Maps key is the most debatable); starred-out settings and `[REDACTED]` logs carry no value "
      "(the redacted log keeps a four-character truncated prefix); empty assignments, `<your-gateway-key>`, `${VAR}` and "
      "`YOUR_API_TOKEN` are placeholders; `secretKeyRef` and Secret Manager paths are pointers; PGP and JWE blobs are "
      "ciphertexts; PBKDF2 and scrypt rows are one-way hashes (sensitive, not usable credentials); the onboarding page and the "
      "cabinet reset chat talk about passwords without one. Random fillers are generated, so an entropy-only detector will "
      "hit them — that is the point.\n")
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief146/`. The detector's code was not opened, listed or searched, git was not run in the "
      "project, and no other `/tmp` directory was looked at.")
    A("- External (search tool, read for shape only, nothing copied): one `code` search for New Relic / Buildkite / Tailscale / "
      "Netlify rule patterns, which returned a gitleaks-generated TypeScript pattern list, a secrets-patterns-db derived list, "
      "several gitleaks configs and a New Relic license-key rule. No vendor documentation. Every credential-looking value in "
      "positives, evasions and negatives is generated.")
    return "\n".join(out) + "\n"
