"""Renders README.md for the p168 corpus from the generated data."""
import everyday168
import enc168
import evasions168
import negatives168
import positional168
import prose168
import vendor168


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(data, info, deny, mutations):
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    by = {}
    for r in S:
        by.setdefault(r["source"], []).append(r)
    n_types = len({r["type"] for r in S})
    n_conts = len({r["container"] for r in S})
    ncls = {}
    for n in N:
        ncls.setdefault(n["class"], []).append(n)
    vinfo = info["vendor"]
    pinfo = info["prose"]
    out = []
    w = out.append

    w("# privacy_hundredsixtyeighth (p168) – held-out credential corpus\n")
    w("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **tattoo-studio, piercing and body-art developers**: artist booking and deposits (Square, Stripe-style "
      "webhooks, Vagaro / Fresha / Booksy / Mindbody / Calendly / Cal.com style schedulers, waitlists), consent and release "
      "forms with ID scans (DocuSign, Jotform, Typeform, Wufoo, PandaDoc, Onfido / Veriff / Persona / Jumio style ID checks, "
      "Electron consent kiosks, encrypted scan archives), aftercare reminder messaging (SMS gateways, SendGrid / Brevo / "
      "Mailchimp / Klaviyo, Telnyx / MessageBird / Sinch), flash-sheet and portfolio galleries (Nuxt / Strapi / WordPress / "
      "Webflow / Ghost sites, signed image URLs, Instagram / Facebook / Pinterest sync), autoclave sterilisation logs and "
      "spore-test records (ESPHome and Node-RED loggers, STATIM-style printouts, mail-in spore-test labs), ink lot and "
      "needle batch tracking (GS1 cartridge labels, recall notices), studio point of sale and gift cards (Windows POS "
      "services, gift-card issuers), guest-artist scheduling, health-department body-art licence renewals, convention "
      "ticketing and booth management (Eventbrite / Ticket Tailor / Tito style tools, booth sheets, badge QR codes); plus "
      "the commerce, messaging, AI, developer and ops services such developers use; with hard negatives from the same "
      "world. Everything is produced by `build.py` and its modules (`common168.py`, `everyday168.py`, `vendor168.py`, "
      "`positional168.py`, `prose168.py`, `enc168.py`, `dec168.py`, `evasions168.py`, `negatives168.py`, `readme168.py`, "
      "frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (16801 everyday, "
      "16802 vendor, 16803 positional passwords, 16804 prose, 16805 evasions, 16806 negatives), no clock, no network. "
      "`python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL files, "
      "runs every check and %d mutation tests, renders this README from both generations and compares it, and only then "
      "writes the files (on any failure it writes nothing and exits 1). `python3 build.py --freeze` re-extracts the "
      "deny-list from `/tmp/brief168/`.\n" % len(mutations))
    w("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredsixtyeighth/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The "
      "only project material read were the two READMEs in `/tmp/brief168/` (`README_hundredsixtyfifth.md`, p165, fire / "
      "EMS / dispatch; `README_hundredsixtysixth.md`, p166, childcare / nursery), used only to learn the file format and "
      "what is already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch168/` "
      "(trial builds, a copy of the modules used to prove that a failing build writes nothing, and a copy of the public gitleaks rule file read for token shapes). The deny-list (`common168.extract_denylist`) holds "
      "every backticked name and every snake_case identifier of both READMEs, lower-cased, also split at `__` and with any "
      "earlier positional prefix (`<letters>pw_`) stripped (%d names); the %d earlier positional syntax names without "
      "prefix; and the code, name and name words of every `code` (Name) language pair plus the three-letter codes listed "
      "on their prose / spare lines (%d codes, %d names / words). It is frozen in `brief_names.json`; when `/tmp/brief168/` "
      "exists the build re-extracts it and fails if it differs. Vendor types dropped by the deny-list on this run: %s; "
      "positional syntaxes dropped: %s; languages refused: %s. Novelty is checked against these two READMEs only; older "
      "corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]),
         _bt(vinfo["dropped"]) or "none", _bt(info["positional_dropped"]) or "none", _bt(pinfo["refused"]) or "none"))

    w("## Files and counts\n")
    w("| file | records | spans | span types | container kinds | notes |")
    w("|---|---|---|---|---|---|")
    w("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(S), len(S), n_types, n_conts, len(by["everyday"]), len(by["vendor"]), len(by["password"]),
         len(by["prose"]), len({r["container"].split("__")[-1] for r in by["prose"]})))
    w("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |"
      % (len(E), len(E), len({r["type"] for r in E}), len({r["container"] for r in E}), len({r["encoding"] for r in E})))
    w("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len({n["container"] for n in N}), len(ncls)))
    w("| `README.md` | – | – | – | – | rendered by `build.py` |")
    w("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names`, `syntaxes`, `language_codes`, `language_names`) |\n")
    w("Schema: positives `id` (`p168-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with "
      "exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions "
      "(`p168-e-NNNN`) add a record-level `encoding`; their single span also has `plain` (the clean secret) and `encoding`; "
      "`source` is `evasion`. Negatives (`p168-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python "
      "code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    w("Scale: everyday 180 = 12 types × 45 kinds × 4. Vendor 120 (%d candidates written, %d dropped by the deny-list, "
      "less central ones moved to the end and the first 120 kept; unused tail: %s). Positional passwords %d (%d syntaxes "
      "written, all kept). Prose 40 in 40 languages (%d written; spares unused: %s). Evasions 66 = 22 × 3. Negatives %d = "
      "%d classes × 2 base kinds × 6 presentations (plain and five wrappers).\n"
      % (vinfo["candidates"], len(vinfo["dropped"]), _bt(vinfo["tail"]), len(by["password"]),
         len(positional168.SYNTAXES), len(prose168.LANGS), _bt(pinfo["spare"]), len(N), len(ncls)))

    w("## Conventions\n")
    w("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (an Instagram DM between "
      "artists, an OCR'd sticky note on the front-desk monitor, a Discord server message, a POS vendor's support e-mail, a "
      "fish shell history, a Python traceback with locals, a Jupyter cell, a dev-channel paste) are labelled.")
    w("- Owner-chosen passwords are a word of the studio world (stencil, flashsheet, linework, blackwork, dotwork, sleeve, "
      "coilmachine, cartridge, greenwash, autoclave, sporestrip, aftercare, septum, helix, tragus, daith, labret, barbell, "
      "thermofax, roundliner, magnum, whipshade, irezumi, tebori, koipond, peony, dagger, swallow, saniwrap, fineline, "
      "backpiece, walkin, …; capitalised 45 % of the time) + a joiner (`- _ . +`; prose and evasion passwords use only "
      "`- _ .`) + 3–5 lower-case letters / digits + 2 digits. Checked by regular expression for the six everyday password "
      "types, every non-Base64 positional value and every prose value.")
    w("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain appears in any text. All values, evasion plains and evasion runs are drawn through one "
      "registry that refuses any value in a substring relation with an earlier one; negatives are redrawn if they contain "
      "any registered value.")
    w("- Structured values are valid: UUIDs are version 4 (also inside `iltk_`, `xaat-`, `persona_production_`, Bitwarden "
      "and Bunny values); Base64 / base64url values encode random bytes of the stated length; JWTs (gift-card service "
      "token, Calendly, Supabase service role, Zettle, Gift Up) have real base64url JSON header and payload (HS256 ones "
      "a real HMAC); GitHub `ghp_` / `ghr_` tokens carry a real CRC-32 in their last six base62 characters; the age secret "
      "key is real bech32 with a valid checksum; the Discord bot token's first part is the base64url of a numeric id; the "
      "SignNow value is the Base64 of `id:secret`; positional Base64 spans decode to `user:password` (`.npmrc _auth`, "
      "`Proxy-Authorization`), to `\\0user\\0password` (XMPP and ManageSieve SASL PLAIN) or to the password (SMTP AUTH "
      "LOGIN). Negatives: GS1 GTIN-14 / EAN-13 codes carry real check digits; SHA-256 / MD5 values are real digests of "
      "random strings; the Square webhook signature is a real HMAC-SHA256 (Base64) of URL + body under a key that is not "
      "shown; ssh-ed25519 keys are well-formed wire blobs; age recipients are real bech32.")
    w("- Public neighbours are unlabelled: user names, hosts (`*.blacklotus.internal`, `*.ironswallow.lan`, "
      "`*.inkstudio.internal`, private addresses), SSIDs, key and variable names, account / licence / studio ids, the user "
      "half of a pair, the Square location id.")
    w("- Positional passwords: span type `inkpw_<syntax>`, container `inkpw_<syntax>__<suffix>` where the suffix says "
      "where the line lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional168.SUFFIX.items()))
    w("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside "
      "its own run or if the run would start or end with whitespace.\n")

    w("## Categories (positives)\n")
    w("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday168.TYPES) + ".\n")
    w("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (k[0], k[1]) for k in everyday168.KINDS)
      + ". Pairing: type = (5·kind + 7·j + ⌊kind/12⌋) mod 12 for the four records j of a kind, so every kind holds four "
      "different types (a gift-card JWT can sit in a Caddyfile, an autoclave-logger password in a Wrangler file). Key names "
      "are built from the type's key words in the container's own case style (UPPER_SNAKE, snake, kebab, dot.case, "
      "camelCase, PascalCase, Train-Case header names, spaced words for chats / e-mails, Title Words for the OCR'd note).\n")
    w("Vendor (120 types, container `<type>__<style>`): " + _bt([u[0] for u in vinfo["used"]]) + ". Styles (assigned "
      "cyclically): " + _bt([s[0] for s in vendor168.STYLES]) + ".\n")
    w("Positional passwords (%d syntaxes): " % len(by["password"]) + _bt([r["type"] for r in by["password"]]) + ".\n")
    w("Prose: someone tells a colleague the password of the front-desk consent tablet and asks them not to forward it; "
      "span type `%s`; container `<format>__<iso639-3>`; formats %s. Languages (40): %s. One sentence each, written by a "
      "non-native builder, no review. Scripts: Latin, Cyrillic (Bulgarian, Macedonian, Ukrainian, Belarusian), Greek, "
      "Georgian, Armenian, Arabic script (Persian, Urdu; right-to-left), Gurmukhi, Tamil, Thai, Ethiopic. Thai does not "
      "separate words with spaces, so the value got spaces around it; every prose value is set off by whitespace "
      "(checked).\n" % (prose168.TYPE, _bt(prose168.FORMATS), ", ".join("`%s` (%s)" % u for u in pinfo["used"])))

    w("## Evasion encodings\n")
    w("; ".join("`%s` = \"%s\"" % (k, v[0]) for k, v in enc168.E.items()) + ".\n")
    w("Encoders are in `enc168.E` (Ascii85 / Base85 use `base64.a85encode` / `b85encode`, gzip uses `gzip.compress(..., "
      "mtime=0)`; the rest are hand-written); the decoder `dec168.decode` gets only the encoding name and the run and imports "
      "nothing from the encoder: a big-number Base58 reader, hand-written Ascii85 and Base85 group readers, `int(…, 2)` for "
      "binary, nucleotide and dice digit arithmetic, ROT47 re-application, a retyped keyboard table read one key to the "
      "left, code-point offsets for Braille and tag characters, NFKC normalisation for full-width forms, "
      "`unicodedata.name` parsing for bold Fraktur, slicing for the decoys, a split-and-reverse for the triplets, dot "
      "removal, a regular expression for HTML references, `zlib.decompress` with gzip window bits, and regular expressions "
      "plus arithmetic for the studio disguises (autoclave hold times, coil-machine voltages, deposits, ink lot numbers) "
      "and the dotted quads. Every pair was round-tripped on 300 random plains per notation (lengths 2–44) while writing; "
      "at build time every span is decoded back to its `plain`. Evasion types: %s; wordings: %s; container "
      "`<encoding>__<wording>`.\n" % (_bt([k[0] for k in evasions168.KINDS]), _bt([w_[0] for w_ in evasions168.WORDINGS])))

    w("## Negative classes\n")
    w("| class | records | base kinds |")
    w("|---|---|---|")
    for cls, kinds in negatives168.CLASSES:
        w("| `%s` | %d | %s |" % (cls, len(ncls.get(cls, [])), _bt([f.__name__ for f in kinds])))
    w("\nEach base kind appears plain and wrapped " + _bt(["__" + x[0] for x in negatives168.WRAPPERS if x]) + ".\n")

    w("## Checks run by build.py before writing\n")
    w("- ids unique and sequential per file; exact record and span field sets; exactly one span per record; spans re-slice "
      "exactly, no edge whitespace; record type == span type; each value occurs exactly once in its text; no value or "
      "plain reused; no value or plain in another record's text or in any negative; no evasion plain in its own text; no "
      "slot marker (`⟦V⟧`, `«`, `»`), NUL or `PRIVATE KEY`; prose values set off by whitespace")
    w("- shapes: owner-chosen password regex for everyday password types, non-Base64 positional and prose values; "
      "positional Base64 spans decode to a credential; UUID-shaped substrings are version 4; JWT-shaped values have "
      "base64url JSON header and payload; GitHub `ghp_` / `ghr_` CRC-32; age secret key bech32 checksum")
    w("- evasions: every span decodes to `plain` with the independent decoder; the stated rule occurs before the run; the "
      "run starts right after `:` and a newline and is followed by a newline; plain alphabet `[A-Za-z0-9_.-]`; the run "
      "never contains its plain; record and span encoding agree; 22 encodings × 3")
    w("- negatives: exact fields, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive value and plain")
    w("- deny-list: every container (positives, evasions, negatives), span type, positional syntax, evasion encoding and "
      "negative class is compared case-insensitively, whole name and every `__` part, with the frozen deny-list; a "
      "positional syntax (prefix removed) may not equal an earlier syntax; a prose language may not have a deny-listed "
      "code, name or name word")
    w("- counts: everyday 180 = 45 kinds × 4 with 12 types and four distinct types per kind; vendor 120 distinct types; "
      "95–120 distinct password syntaxes; prose 40 in 40 distinct languages; 66 evasions; span types of the five sources "
      "pairwise disjoint; non-everyday containers unique")
    w("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    w("- %d mutation tests on deep copies, all must be caught: %s\n"
      % (len(mutations), ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in mutations)))

    w("## Shapes you had to guess\n")
    read = [u[0] for u in vinfo["used"] if u[2] == "read"]
    known = [u[0] for u in vinfo["used"] if u[2] == "known"]
    guessed = [u for u in vinfo["used"] if u[2] == "guessed"]
    w("Read for shape this session (public rule text, nothing copied): the gitleaks default rule file and Nosey Parker / "
      "2ms Square rules, for " + _bt(read) + ".\n")
    w("Believed right from background knowledge (not re-read): " + _bt(known) + ".\n")
    w("Guessed (length and alphabet only, recognisable from the key name): " + "; ".join("`%s` (%s)" % (u[0], u[1]) for u in guessed)
      + ". Everyday prefixes `dpws_` (deposit webhook secret) and `iltk_` (ink-lot tracker token) and the evasion prefix "
      "`bkt_` are invented. Syntaxes from memory, not re-checked: `db2 connect to … user … using`, `hdbsql -u -p`, `vsql -w`, "
      "`upscmd -u -p`, `racadm -r -u -p`, `mutool draw -p`, `pdftotext -upw`, `veracrypt /p` (Windows), `schtasks /rp`, "
      "`sendEmail -xu -xp`, `swaks --au --ap`, `s-nail -S mta=smtps://…`, `irssi /connect host port password nick`, "
      "`crane auth login -p`, `buildah --creds`, `poetry config http-basic.<repo> user pass`, `proxychains` fifth field, "
      "`squid cache_peer login=`, `davfs2 secrets` field order, `exim passwd.client` layout, `hostapd wpa_psk_file` line "
      "layout, Lua `luasql` `connect` order, Java Sardine `begin(user, pass)`, `suppaftp` `login` order. Negatives: STATIM-"
      "style printout, licence / permit numbers, badge QR payloads and Square payment / location id lengths are "
      "approximate.\n")

    w("## Judgement calls\n")
    w("- Everyday: six owner-chosen passwords (booking database, POS back office, autoclave logger, consent-archive SFTP, "
      "health-licence portal, convention booth portal) and six generated secrets (`dpws_` deposit webhook secret, 40-"
      "alphanumeric aftercare SMS key, 64-hex portfolio URL-signing key, HS256 gift-card service JWT, Base64 guest-artist "
      "client secret, `iltk_` + UUID ink-lot token). Pairing is cyclic, so some combinations are deliberately \"wrong file\" "
      "leaks (an SFTP password in a Caddy `header_up`, a JWT in a ConfigMap). The Supabase edge function keeps the secret "
      "as a fallback after `Deno.env.get`, which is how such leaks happen.")
    w("- Vendor: most studio-world vendors (Vagaro, Fresha, Booksy, Tattoodo, Porter, Gift Up, Tuttnauer, SciCan, SPS "
      "spore portal, Accela, GovOS, Eventeny, Humanitix, Clover, Toast, Lightspeed) publish no token format the builder "
      "knows of, so their types model a partner / integration secret recognisable only from the key name — part of the "
      "test. Webhook URLs (Slack) are labelled as a whole because the URL is the credential. The Ghost admin key is "
      "labelled whole (`id:secret`, the id half is not separable in practice). The WordPress application password contains "
      "spaces by design; its span includes them. `clerk_live_secret_key` shares the `sk_live_` shape with Stripe; "
      "`klaviyo_private_api_key` starts `pk_` though it is private (Klaviyo's public key is a 6-character site id). Fly.io "
      "tokens are written `FlyV1 fm2_…`; only `fm2_…` is labelled. Several brands of the earlier READMEs reappear with "
      "new credential kinds (e.g. `slack_bot_user_oauth_token`, `openai_project_api_key`, `gitlab_personal_access_token`); "
      "only type names were checked.")
    w("- Passwords: labelled when the value logs in (short flags `-p` / `-P` / `-w` / `-pw` / `-xp` / `--ap` / `/rp` / "
      "`/p`, glued `-p` for `mysqladmin`, `mariadb-dump`, `7z`, positional arguments of `db2 … using`, unixODBC `isql`, "
      "`samba-tool`, `net use`, `irssi /connect`, `poetry config`, `rclone obscure`, `htpasswd -b`, `wpa_passphrase`, "
      "`neo4j-admin`, URL userinfo for mysqlsh, CockroachDB, NATS, Celery / AMQP, rediss (empty user), wget / curlftpfs FTP, "
      "WinSCP, Mercurial, ffmpeg RTSP, s-nail, Prisma, SQLAlchemy, mysql2, `user:pass` pairs for lftp (comma), "
      "smbcacls (`%`), buildah, curl `-U`, chpasswd, squid, Go DSNs, and library call positions in Python, Node, Java, C#, "
      "Go, Rust, Ruby, PHP, Perl, Lua, PowerShell), protects a file or key (`7z -p`, `unar -p`, `openssl enc -k`, "
      "`ssh-keygen -P`, `mutool -p`, `pdftotext -upw`, VeraCrypt `/p`, PFX / PKCS#12 loads), is a shared secret (SNMPv3 auth "
      "and privacy passphrases, Wi-Fi in `WiFi.begin` and the hostapd PSK file, IPsec PSK, CHAP secret), sits in a file by "
      "position (proxychains, davfs2, exim, Asterisk `register =>`) or travels in a protocol exchange (POP3 `PASS`, Redis "
      "RESP `AUTH`, SMTP AUTH LOGIN, XMPP and ManageSieve SASL PLAIN, `Proxy-Authorization: Basic` — Base64 spans where the "
      "protocol encodes). `neo4j-admin … set-initial-password`, `wpa_passphrase`, `mkpasswd`, `saslpasswd2`, `vncpasswd`, "
      "`chpasswd`, `htpasswd`, `-upw`, `PASS`, `PSK` and `IDENTIFIED BY` keep a hint of the word in the tool or protocol; "
      "they are the weakest positional cases. Several ideas repeat earlier corpora on new tools (URL userinfo, glued flags, "
      "library call positions, stdin echo, Base64 protocol lines); novelty was checked by name, not by signature.")
    w("- Prose: one meaning, one sentence per language, no review. Confidence fair for English, French, Spanish, Catalan, "
      "Dutch, Swedish, Danish, Polish, Czech, Slovak, Croatian, Romanian, Bulgarian, Ukrainian, Turkish, Indonesian, "
      "Vietnamese; modest for Basque, Finnish, Estonian, Latvian, Lithuanian, Slovenian, Hungarian, Macedonian, "
      "Belarusian, Greek, Albanian, Azerbaijani, Persian, Urdu, Swahili, Welsh; low for Georgian, Armenian, Panjabi, Tamil, "
      "Thai, Amharic, Somali. Loan words (`tablet`, and the transliterated `پاس ورڈ` / `ਪਾਸਵਰਡ` in Urdu and Panjabi) are "
      "kept as people use them. No language of either README (nor their spares) is used.")
    w("- Evasions: Base58, Ascii85, Base85, binary, DNA quads, dice triplets and dotted quads are byte notations; ROT47 "
      "and the QWERTY shift are substitution tricks; Braille cells, full-width forms, bold Fraktur and tag characters are "
      "Unicode blocks (tag characters are invisible when rendered — a classic smuggling trick for LLM-era filters); decoys, "
      "reversed triplets and middle dots are positional tricks; HTML references and gzip+Base64 are developer encodings; "
      "autoclave hold times, coil-machine voltages, deposits and ink lot numbers are studio-world disguises of code "
      "points. Close relatives exist in the earlier corpora (their octal / Base32 / Base45 byte notations, Cyrillic and "
      "double-struck / sans-serif look-alikes, zero-width interleaving, fire / nursery disguises of code points); novelty "
      "was checked by name only.")
    w("- Negatives: ink lot / expiry codes, GS1 cartridge codes, autoclave serials and cycle ids, spore-test strip ids, "
      "licence and permit numbers, Stripe `pi_` / `ch_` and Square payment / order / location ids, booking references, gift-"
      "card serials, DocuSign envelope ids, Instagram media ids, EAN-13 ticket codes and badge payloads are identifiers "
      "(gift-card *redeem codes* would be secrets and do not appear; only serials and masked numbers do); SHA-256 / MD5 / "
      "ETag values are digests; Stripe `pk_live_`, Square `sq0idp-` application ids, PostHog `phc_` keys and the Sentry DSN "
      "are public by design; masked values (`EAAA••••…last four`, `[REDACTED]`, `<redacted len=64>`, `***`, `SG.****abc`) "
      "carry no usable value; `your-square-access-token`, `changeme`, `<set-me>`, `${…:?…}`, `YOUR_API_TOKEN` and "
      "`sk_live_xxxx…` are placeholders; `op://` references, `doppler secrets get` commands, Secrets Manager ARNs and GCP "
      "secret paths are pointers; age and PGP armour are ciphertext; bcrypt and argon2id strings are one-way hashes "
      "(sensitive, not usable credentials); the handbook paragraph and reset chat talk about passwords without one; the "
      "Square `x-square-hmacsha256-signature` is an HMAC output; ssh-ed25519 keys and age recipients are public keys. "
      "Random fillers are generated, so an entropy-only detector will hit them — that is the point.\n")

    w("## Sources consulted\n")
    w("- The two READMEs in `/tmp/brief168/` (p165 and p166), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch168/` was looked at.")
    w("- External, read for shape only (nothing copied; every credential-looking value is generated): a `code` search for "
      "Square / Shopify rules (Checkmarx 2ms `square_access_token.go`, Nosey Parker Square and Shopify rule YAML, a YARA "
      "Square rule); a `code` search for Onfido token rules (Onfido client READMEs — no format found, so the Onfido shape is "
      "guessed); and the public `config/gitleaks.toml` of `gitleaks/gitleaks` (snapshot brought in by the search tool's "
      "`fetch` into its own mirror directory, extracted with `git show` into `/tmp/scratch168/` and grepped for the rules of "
      "the vendors listed as \"read\" above: age, Airtable, Atlassian, Datadog, Facebook, GitHub fine-grained, GitLab, "
      "Grafana, Heroku v2, Hugging Face, Linear, Mailchimp, MessageBird, Notion, Perplexity, PlanetScale, Postman, Pulumi, "
      "SendGrid, Sendinblue / Brevo, Sentry user tokens, Shopify, Slack, Square, Typeform, Fly.io, Cloudflare).")
    return "\n".join(out) + "\n"
