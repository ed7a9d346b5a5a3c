"""Renders README.md for p167 from the generated data (called twice by build.py and compared)."""
import everyday167
import vendor167
import positional167
import prose167
import evasions167
import negatives167
import enc167


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(data, info):
    secrets, evs, negs = data["secrets"], data["evasions"], data["negatives"]
    deny = info["deny"]
    names = set(deny["names"])
    by = {}
    for r in secrets:
        by.setdefault(r["source"], []).append(r)
    ev, vd, pw, pr = by["everyday"], by["vendor"], by["password"], by["prose"]
    v_kept, v_dropped, v_tail = vendor167.select(names)
    p_kept, p_dropped = positional167.select(names, set())
    l_kept, l_refused, l_spare = prose167.select(deny)
    classes = []
    for r in negs:
        if r["class"] not in classes:
            classes.append(r["class"])
    L = []
    A = L.append

    A("# privacy_hundredsixtyseventh (p167) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **pest-control, lawn-care and landscaping developers**: route and job scheduling for technicians "
      "(WorkWave / PestPac, FieldRoutes, ServiceTitan, Jobber, GorillaDesk, Briostack, ServSuite, Real Green, Service "
      "Autopilot, Aspire, LMN, Housecall Pro, route optimisers such as Route4Me, Onfleet, OptimoRoute, Routific, "
      "Google Maps / Mapbox / HERE / TomTom), chemical application and pesticide-use records (label rates, EPA "
      "registration and establishment numbers, applicator licences, restricted-use permits, state reporting portals), "
      "bait-station and trap monitoring with barcodes and IoT sensors (LoRaWAN AppKeys, The Things Stack, ChirpStack, "
      "Particle, Blynk, Adafruit IO, Ubidots, PestConnect-style and Trapview-style services, ESP32 firmware), irrigation "
      "controllers and weather-based watering (Rachio, Hydrawise, Rain Bird IQ4, ESPHome / MicroPython valve nodes, "
      "OpenWeatherMap, Tomorrow.io, WeatherAPI, Visual Crossing, Ambient Weather, Weather Underground, Davis "
      "WeatherLink, Meteomatics, Xweather), customer portals and recurring service billing (Stripe, Square, "
      "QuickBooks Online, Xero, GoCardless, Plaid, Chargebee, Recurly, Dwolla, Gusto), estimate and proposal tools "
      "with aerial measurement (Go iLawn, SiteRecon, Attentive.ai, Nearmap, EagleView, DocuSign, PandaDoc, BoldSign), "
      "fleet GPS and tablets in trucks (Samsara, Motive, Jamf, Kandji, Hexnode, Intune, kiosk exit PINs, VINs and "
      "IMEIs), termite and wood-destroying-insect reports (NPMA-33, bait-system certificates) and nursery and plant "
      "inventory (availability lists, UPC tags, Shopify shops); plus the commerce, messaging, AI, developer and ops "
      "services such developers use (Twilio, Telnyx, SignalWire, SendGrid, Mailgun, Brevo, Mailchimp, Resend, "
      "Intercom, Zendesk, HubSpot, Slack, Discord, OpenAI, Anthropic, Groq, Perplexity, Replicate, Hugging Face, xAI, "
      "Gemini, Plant.id, Roboflow, GitHub, GitLab, DigitalOcean, Cloudflare, AWS, Azure, Heroku, Sentry, Datadog, "
      "Grafana, Tailscale, Atlassian, Notion, Airtable, Postman, Linear, Terraform Cloud, Bitwarden Secrets Manager, "
      "Supabase, …); with hard negatives from the same world. Everything is produced by `build.py` and its modules "
      "(`common167.py`, `everyday167.py`, `vendor167.py`, `positional167.py`, `prose167.py`, `enc167.py`, "
      "`dec167.py`, `evasions167.py`, `negatives167.py`, `readme167.py`, frozen deny-list `brief_names.json`): "
      "Python 3 standard library only, fixed `random.Random` seeds (%d everyday, %d vendor, %d positional passwords, "
      "%d prose, %d evasions, %d negatives), no clock, no network. `python3 build.py [outdir]` generates everything "
      "twice in one process, compares the bytes of the three JSONL files, runs every check and %d mutation tests, "
      "renders this README from both generations and compares it, and only then writes the files (on any failure "
      "nothing is written). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief167/`.\n"
      % (everyday167.SEED, vendor167.SEED, positional167.SEED, prose167.SEED, evasions167.SEED,
         negatives167.SEED, len(info["mutations"])))
    A("**Independence.** The builder never saw the detector: under `/work/main` only this output directory was "
      "created (`mkdir -p`) and written; its parent was never listed, nothing else under the project was opened, "
      "listed, grepped or searched, and git was never run there. The only project material read were the two READMEs "
      "in `/tmp/brief167/` (`README_hundredsixtyfourth.md` and `README_hundredsixtyfifth.md`, i.e. p164 and p165), "
      "used only for the file format and to know what is already covered; no other `/tmp` directory was looked at "
      "except the scratch directory `/tmp/scratch167/` (trial build output and a copy of public rule text). The "
      "deny-list (`common167.extract_denylist`) holds every backticked name and every snake_case identifier of both "
      "READMEs, lower-cased, also split at `__` and with any earlier positional prefix (`<letters>pw_`) stripped "
      "(%d names), the code of every `code` (Name) language pair plus the codes listed as unused spares (%d codes), "
      "and the names and name words of those pairs plus a hand list of languages named in their prose (%d entries). "
      "It is frozen in `brief_names.json`; when `/tmp/brief167/` exists the build re-extracts it and fails if it "
      "differs. The build fails on any case-insensitive overlap (whole name or any `__` part) of a record's container "
      "kind or span type, a positional syntax name with and without its `lawnpw_` prefix, an evasion encoding, a "
      "negative class or negative container, and of every presentation label (vendor styles, password suffixes, prose "
      "formats, evasion wordings, negative wrappers) with the deny-list, and refuses a prose language whose code is a "
      "deny-listed code or name or whose name (or a word of it) is a deny-listed language name. Dropped by the "
      "deny-list on this run: vendor types %d, positional syntaxes %d, languages %d (the candidate lists were written "
      "after reading the READMEs). Novelty is checked against these two READMEs only; older corpora may share "
      "vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["language_codes"]), len(deny["language_names"]),
         len(v_dropped), len(p_dropped), len(l_refused)))

    # ------------------------------------------------------------ files and counts
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(secrets), sum(len(r["secrets"]) for r in secrets), len({r["type"] for r in secrets}),
         len({r["container"] for r in secrets}), len(ev), len(vd), len(pw), len(pr),
         len({r["container"].split("__")[-1] for r in pr})))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |"
      % (len(evs), len(evs), len({r["type"] for r in evs}), len({r["container"] for r in evs}),
         len({r["encoding"] for r in evs})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(negs), len({r["container"] for r in negs}), len(classes)))
    A("| `brief_names.json` | – | – | – | – | frozen deny-list: %d names, %d language codes, %d language names |\n"
      % (len(deny["names"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema (same as the earlier corpora): positives `id` (`p167-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (list of one `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p167-e-NNNN`) add a record-level `encoding`; their single span also has `plain` (the clean "
      "secret) and `encoding`; `source` is `evasion`. Negatives (`p167-n-NNNN`): `id`, `class`, `container`, `text`, "
      "`source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with "
      "`ensure_ascii=False`. Every record has exactly one span.\n")
    A("**Scale.** Everyday 180 = 45 kinds × 4. Vendor %d (%d candidates written, %d dropped by the deny-list, the first "
      "120 of the rest kept after moving the weakest guesses to the end; unused tail: %s). Positional passwords %d "
      "(%d syntaxes written, none held back). Prose %d in %d languages (%d written; spares unused: %s). Evasions %d = "
      "22 × 3. Negatives %d = %d classes × 2 base kinds × 6 presentations. Positives total %d (asked ~450).\n"
      % (len(vd), len(vendor167.CANDIDATES), len(v_dropped), _bt(c[0] for c in v_tail), len(pw),
         len(positional167.SYNTAXES), len(pr), len(pr), len(prose167.LANGS), _bt(x[0] for x in l_spare),
         len(evs), len(negs), len(classes), len(secrets)))

    # ------------------------------------------------------------ conventions
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or "
      "protocol element, never the quotes, backticks or the key. Values pasted where they do not belong (a "
      "`#crew-leads` Slack paste, an owner's e-mail to the IT MSP, an OCR'd sticky note on a truck dash, a Linear "
      "issue, a Teams chat export, a debug log line, a `git show` diff, a Signal note-to-self, a Trello comment, a "
      "Bitwarden JSON export, an Outlook mail) are labelled.")
    A("- Owner-chosen passwords are a pest / lawn / landscape word (grubworm, aphid, thatch, mulch, crabgrass, aerator, "
      "fescue, zoysia, chinchbug, termite, boxelder, earwig, yellowjacket, sprinkler, dripline, hedgerow, topdress, "
      "overseed, boxwood, hosta, arborvitae, vole, gopher, baitbox, fogger, nutsedge, cicada, hydrangea, rootzone, …; "
      "capitalised 45 % of the time) + one of `- _ . + ~` + 3–6 lower-case letters / digits + 2 digits (prose and "
      "evasion passwords use only `- _ .`). Checked against that shape for the everyday password types, every "
      "positional record except the SMTP `AUTH LOGIN` one (whose span is the Base64 of such a password) and every "
      "prose record.")
    A("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in "
      "no negative; no evasion plain appears in any text. Values, public neighbours, evasion plains and runs are drawn "
      "through one registry that refuses any string in a substring relation with an earlier one; negatives are redrawn "
      "if they contain any positive value, plain or run.")
    A("- Structured shapes are valid: UUIDs are version 4; Base64 / base64url values encode random bytes of the stated "
      "length (the billing JWT signing key is Base64 of 48 bytes, the Azure storage key of 64 bytes); the state "
      "reporting bearer token, the ChirpStack key, the Supabase service-role key and the Routific token are "
      "JWTs with real base64url JSON header and payload; the Mapbox `sk.` token has a real base64url JSON middle; the "
      "Intercom token is Base64 of `tok:<id>:1:0`; the Discord bot token starts with the Base64 of a numeric id; the "
      "GitHub `ghp_` token carries a real CRC-32 in its last six base62 characters; the SMTP `AUTH LOGIN` span is the "
      "real Base64 of the password and the user line the real Base64 of the user. Negatives: EAN-13 / UPC-A barcodes "
      "carry real GS1 check digits, VINs a real ISO 3779 check digit, IMEIs a real Luhn digit; SHA-256 / SHA-1 values "
      "are real digests of random bytes; the Mapbox `pk.` token has real base64url JSON.")
    A("- Public neighbours are unlabelled: user names, hosts (`*.greenblade.example`, `*.depot.lan`, "
      "`*.internal.example`, private addresses), tenant / client / application ids (PestPac tenant id, ServiceTitan "
      "`cid.` client id, Jobber / Aspire / Jamf / DocuSign ids, QuickBooks `AB…` client id, Xero client id, Plaid "
      "client id, Dwolla application key, Twilio `AC…` SID, SignalWire project id, AWS `AKIA…` id, "
      "Intune tenant id, WeatherLink API key v2), storage account names and the user half of a "
      "user / password pair.")
    A("- Positional passwords: span type `lawnpw_<syntax>`, container `lawnpw_<syntax>__<suffix>` where the suffix "
      "says what the text is: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional167.SUFFIX.items()))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, "
      "then the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear "
      "inside its own run.\n")

    # ------------------------------------------------------------ categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t, d) for t, _, _, d in everyday167.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join(
        "`%s` (%s)" % (k, s) for k, s, _ in everyday167.CONTAINERS) + ". Pairing: type = (5·kind + 7·j + ⌊kind/9⌋) "
      "mod 12 for the four records j of a kind, so every kind holds four different types (an HMAC-style signing key "
      "can sit in an ESP32 `secrets.h` or a sticky-note OCR). Key names are the type words in the container's own case "
      "style (UPPER_SNAKE, snake, kebab, dot.case, camelCase, PascalCase, spaced words or Title Case for the human "
      "kinds).\n")
    A("Vendor (%d types, kind `<type>__<style>`): %s. Styles (12, assigned cyclically): %s.\n"
      % (len(vd), _bt(r["type"] for r in vd), _bt(vendor167.STYLES)))
    A("Positional passwords (%d syntaxes): %s.\n" % (len(pw), _bt(r["type"] for r in pw)))
    A("Prose: a crew lead tells a colleague the password of the route tablet in truck 12 and asks them not to forward "
      "it; span type `%s`; kind `<format>__<iso639-3>`; formats %s. Languages (%d): %s. None of them is among the "
      "languages (or spares) of either README. Scripts: Latin (with diacritics), Cyrillic (Bulgarian, Macedonian, "
      "Ukrainian, Kazakh), Greek, Georgian, Armenian, Arabic script (Arabic, Persian, Urdu — right-to-left), Gurmukhi, "
      "Devanagari (Marathi), Tamil, Telugu, Thai. Thai does not separate words with spaces, so the value got spaces "
      "around it; in every language the value is followed by a space (before a comma, a particle or a verb), so it is "
      "never glued to punctuation (checked).\n"
      % (prose167.STYPE, _bt(prose167.FORMATS), len(l_kept), ", ".join("`%s` (%s)" % (c, n) for c, n, _, _ in l_kept)))

    # ------------------------------------------------------------ evasions
    A("## Evasion encodings\n")
    A("; ".join("`%s` = \"%s\"" % (e, enc167.RULES[e]) for e in enc167.ENCODINGS) + ".\n")
    A("Encoders are in `enc167.encode` (Ascii85 uses `base64.a85encode(adobe=True)`; the rest are hand-written); the "
      "decoder `dec167.decode` gets only the encoding name and the run and shares no code or tables with the encoder: a "
      "hand-written Ascii85 group reader, a Base58 alphabet rebuilt by filtering out 0 O I l, regular expressions for "
      "the HTML references and the EPA / label-rate / zone / GPS / soil-temperature disguises, XOR over "
      "`int(…, 16)`, code-point arithmetic for Atbash, Greek look-alikes reversed through `unicodedata.lookup`, "
      "Fraktur and sans-serif digits parsed from `unicodedata.name`, Braille cells retyped as bit masks, token "
      "parsing for the emoji, bit reading for the zero-width characters, base-4 reading for the DNA quads, "
      "`int(…, 2)` for the Bacon groups, a number-word parser, a retyped periodic table (to uranium), slicing for the "
      "doubled characters, position reconstruction for the outside-in shuffle and a split for the reversed chunks. "
      "Every pair was round-tripped on random plains while writing; at build time every span is decoded back to its "
      "`plain`. Evasion types: %s; wordings: %s; container `<encoding>__<wording>`.\n"
      % (", ".join("`%s` (%s)" % (t, d) for t, d, _ in evasions167.ETYPES), _bt(evasions167.WORDING_NAMES)))

    # ------------------------------------------------------------ negatives
    A("## Negative classes\n")
    A("| class | records | base kinds |")
    A("|---|---|---|")
    for cls, kinds in negatives167.CLASSES:
        A("| `%s` | %d | %s |" % (cls, sum(1 for r in negs if r["class"] == cls), _bt(f.__name__ for f in kinds)))
    A("\nEach base kind appears plain and wrapped %s.\n" % ", ".join("`__%s`" % w[0] for w in negatives167.WRAPPERS))

    # ------------------------------------------------------------ checks
    A("## Checks run by build.py before writing\n")
    A("- ids unique and sequential per file; exact field and span-field sets; exactly one span per record; spans "
      "re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once "
      "in its text; no value or plain reused; no value or plain in another record's text or in any negative; no "
      "evasion plain in its own text; no slot marker (`⟪`, `⟫`), NUL or `PRIVATE KEY`; prose values set off by "
      "whitespace")
    A("- shapes: owner-chosen password regex for the everyday password types, positional (non-Base64) and prose "
      "values; UUID-shaped values are version 4; JWT-shaped values have base64url JSON header and payload; GitHub "
      "`ghp_` CRC-32 checksum")
    A("- evasions: every span decodes to `plain` with the independent decoder; the stated rule occurs before the run; "
      "the run starts right after `:` and a newline and is followed by a newline; plain alphabet `[A-Za-z0-9_.-]`; "
      "the run never contains its plain; record and span encoding agree; container `<encoding>__<wording>`; 22 "
      "encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and run")
    A("- deny-list: container kinds, span types, syntax names (with and without `lawnpw_`), encodings, negative classes "
      "and containers, presentation labels (whole name and each `__` part), prose languages (code, name, name words); "
      "the frozen `brief_names.json` is compared with a fresh extraction when `/tmp/brief167/` exists")
    A("- counts: 180 everyday with 12 types and 45 kinds, four different types per kind; 120 distinct vendor types with "
      "containers `<type>__<style>`; 95–120 distinct password syntaxes; 40 prose records in 40 distinct languages; 66 "
      "evasions; span types of the five sources pairwise disjoint; non-everyday containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, all caught: %s\n" % (
        len(info["mutations"]), ", ".join("`%s` %s (%s)" % (t, d, "caught" if c else "MISSED")
                                          for t, d, c in info["mutations"])))

    # ------------------------------------------------------------ shapes
    notes = {}
    for c in vendor167.CANDIDATES:
        if c[0] in {r["type"] for r in vd}:
            notes.setdefault(c[3], []).append(c[0])
    A("## Shapes you had to guess\n")
    A("Read for shape this session (public rule text, nothing copied): the gitleaks default config "
      "(`config/gitleaks.toml`) and a handful of Kingfisher YAML rules (Groq, Replicate, Telnyx, xAI, OpenWeather, "
      "Visual Crossing, Terraform Cloud, Supabase, Auth0, HubSpot, Intercom, Pipedrive, Calendly, CircleCI, Honeycomb, "
      "Bugsnag, HERE, TomTom, Route4Me, Onfleet, PandaDoc, Tailscale, Vercel). Vendor types whose shape follows such a "
      "rule: %s.\n" % _bt(notes.get("read", [])))
    A("Believed right from background knowledge (not re-read): %s. This includes the LoRaWAN AppKey (128-bit, 32 hex), "
      "The Things Stack `NNSXS.` keys, ChirpStack API keys as JWTs, Particle 40-hex tokens, Blynk 32-character tokens, "
      "Adafruit IO `aio_`, Ubidots `BBFF-`, Rachio UUID bearer tokens, Stripe `whsec_`, Twilio 32 hex, SignalWire `PT` "
      "+ 48 hex, HubSpot `pat-na1-`, Discord bot token layout, Bitwarden Secrets Manager `0.<uuid>.<secret>:<key>`, "
      "Azure storage keys (Base64 of 64 bytes), ClickUp `pk_`, Asana `2/…/…:` and Google `GOCSPX-`.\n"
      % _bt(notes.get("believed", [])))
    A("Guessed (length and alphabet only, recognisable from the key name): %s. Owner-chosen passwords (the vendor "
      "integration logs in with user / password): %s. Everyday prefixes `bsgw_live_` (bait-station gateway key) and "
      "`irwh_` (irrigation weather webhook secret) and the evasion prefix `bsk_` are invented; the ServiceTitan "
      "`cs1.` / `cid.` prefixes, the Telnyx key length, the Resend and CircleCI layouts and the Hydrawise grouped key "
      "are from memory and may be off. Syntaxes from memory, not re-checked: `pt-online-schema-change` DSN `p=`, "
      "`hdbsql -p`, `vsql -w`, BTEQ `.LOGON host/user,pass`, `db2 connect … using`, `expdp user/pass@alias`, "
      "`couchbase-cli -p`, `bcp -P`, `racadm -p`, `snmpwalk -A`, `govc` `GOVC_URL` userinfo, `mc alias set` argument "
      "order, `ccrypt -K`, `pdftotext -upw`, `sendmail` `authinfo` `\"P:…\"`, exim `passwd.client` field order, "
      "`davfs2` secrets field order, `hostapd.wpa_psk` layout, stunnel PSK file `identity:key`, the Wi-Fi QR `P:` "
      "field, PPP chat `ssword:`, Maestro `inputText`, Robot Framework `Input Text`, `Net::FTP` / `ftp_login` / "
      "`imap_open` / `DirectoryEntry` / `Unirest.basicAuth` argument positions, `redis.Redis` fourth positional "
      "(password) and `paramiko` `connect` fourth positional (password).\n"
      % (_bt(notes.get("guessed", [])), _bt(notes.get("owner-chosen", []))))

    # ------------------------------------------------------------ judgement calls
    A("## Judgement calls\n")
    A("- Everyday: twelve types — six owner-chosen passwords (route scheduling database, state pesticide-use portal, "
      "irrigation controller admin, truck tablet kiosk exit, nursery SFTP, customer-portal SMTP relay) and six "
      "generated secrets (`bsgw_live_` bait-station gateway key, `irwh_` weather webhook secret, base64url aerial "
      "measurement client secret, Base64 billing JWT signing key, 32-hex LoRaWAN AppKey, HS256 state-reporting bearer "
      "JWT). The kiosk exit password of a tablet is a low-value secret but still a credential; the LoRaWAN AppKey is "
      "the root key of a device and is labelled although it is only hex.")
    A("- Vendor: most pest / lawn / field-service vendors (PestPac, FieldRoutes, ServiceTitan, Jobber, GorillaDesk, "
      "Briostack, Real Green, Service Autopilot, Aspire, LMN, Arborgold, Go iLawn, SiteRecon, Attentive.ai, Nearmap, "
      "EagleView, PestConnect, Trapview, Hydrawise, Motive, Jamf, Kandji, …) publish no token format the builder knows "
      "of, so their types model a partner / integration secret recognisable only from the key name — part of the "
      "test. ServSuite, Yardbook, Rain Bird IQ4 and Meteomatics carry owner-chosen passwords. The Slack webhook type "
      "labels the whole URL (the URL is the credential). The Stripe `pk_live_`, PostHog `phc_`, Algolia search-only "
      "key, OneSignal app id and Mapbox `pk.` token appear only in negatives (public by design), while Stripe "
      "`sk_live_` and the Mapbox `sk.` token are positives. Two `AIza` keys "
      "(Google Maps Routes server key, Gemini server key) are labelled because they sit in server-side settings under "
      "server key names; the same shape in a browser snippet would be public.")
    A("- Passwords: labelled when the value logs in (`-P` for `sqlcmd` / `bcp` / `ipmitool` / `mosquitto_pub`, `-p` "
      "for `couchbase-cli`, `hdbsql`, `racadm`, `smbmap`, `podman login`, `twine`, `psexec`, `-w` for `vsql`, `-pw` "
      "for `plink`, `/rp` for `schtasks`, `-A` for SNMPv3, glued `-p` for `mysqladmin` and `7z`, slash logons for "
      "`expdp`, SQL*Plus `CONNECT` and the Oracle thin JDBC URL, `user:pass@` for `mysqlsh`, Go MySQL DSNs and "
      "Impacket targets, URL userinfo for `pg_dump`, `mongoexport`, `redis-cli -u`, CockroachDB, CouchDB over curl, "
      "WinSCP, `mount_smbfs`, `govc`, `ffmpeg` RTSP, Celery AMQP, NATS, git, Mercurial, `GOPROXY`, `https_proxy`, "
      "`DATABASE_URL`, `REDIS_URL` with an empty user, Django `EMAIL_URL`, SQLAlchemy, PyMongo and mysql2, `user:pass` "
      "pairs for `curl -u` / `-U`, `bundle config` and Node `auth`, `user,pass` for `lftp -u` and BTEQ, positional "
      "arguments for `net use`, `mc alias set`, `db2 … using`, the FTP heredoc `user` line, and library call positions "
      "in Python, Node, Go, Java, C#, Ruby, PHP, Perl, Rust and Arduino), protects a file or key (`7z -p`, `openssl enc "
      "-k`, `ccrypt -K`, `pdftotext -upw`, `ssh-keygen -N`), is hashed (`hashlib.pbkdf2_hmac`, `bcrypt.hashpw`, "
      "`crypto.pbkdf2Sync`, `bcrypt.hash`), is a shared secret (PPP `chap-secrets`, `hostapd.wpa_psk`, stunnel PSK, "
      "Wi-Fi QR payload, Arduino `WiFi.begin`), sits in a file by position (`davfs2` secrets, exim `passwd.client`, "
      "sendmail `authinfo`, a fixed-width export at columns 41–56, a headerless TSV roster), travels in a protocol "
      "exchange (FTP `PASS`, IRC server `PASS`, SMTP `AUTH LOGIN` — a Base64 span) or is typed by automation "
      "(`sudo -S` stdin, `expect` `send`, PPP chat, Puppeteer, WebdriverIO, Robot Framework, PyAutoGUI, Maestro, Detox, "
      "Espresso, XCUITest, `SendKeys`, `tmux send-keys`, `screen -X stuff`, `ConvertTo-SecureString -AsPlainText`). "
      "`ssword:`, `assword:`, `-upw`, `pass_(…)`, `hashpw`, `secureTextFields`, `SECURITY_CREDENTIALS` and the `PASS` "
      "verbs keep a hint of the word; they are the weakest positional cases. The MinIO `mc alias set` fourth argument "
      "is the secret key of a MinIO user (owner-chosen here). Several ideas repeat the earlier corpora on new tools "
      "(URL userinfo, glued flags, library call positions, stdin echo, UI typing); novelty was checked by name, not by "
      "signature.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review; confidence fair for "
      "English, French, Spanish, Dutch, Swedish, Danish, Polish, Czech, Slovak, Croatian, Romanian, Bulgarian, "
      "Ukrainian, Greek, Turkish, Vietnamese, Indonesian; modest for Finnish, Estonian, Latvian, Lithuanian, Slovenian, "
      "Hungarian, Macedonian, Albanian, Azerbaijani, Uzbek, Kazakh, Arabic, Persian, Urdu, Tagalog, Swahili, Thai; low "
      "for Georgian, Armenian, Punjabi, Marathi, Tamil, Telugu. The loan word \"password\" (or its transliteration) is "
      "kept for Urdu, Punjabi, Marathi, Telugu and Tagalog as people use it. English is included although it is the "
      "obvious language, because neither README used it. In Persian the value is followed by a space and the verb "
      "`است`, in Thai by a space and the next clause.")
    A("- Evasions: Ascii85, Base58, XOR-then-hex and zero-width bits are byte notations; HTML references, English "
      "number words, element symbols and the five field disguises (EPA registration numbers, label rates, zone run "
      "times, GPS breadcrumbs, soil temperatures) are code-point arithmetic; Atbash is a cipher with its rule stated; "
      "Greek look-alikes, bold Fraktur, Braille cells and regional-indicator / keycap emoji are Unicode look-alike or "
      "symbol blocks; doubling, outside-in interleaving and reversed chunks are positional tricks; DNA quads and Bacon "
      "groups are binary in disguise. Novelty was checked by name against the two READMEs only; close relatives "
      "exist — Greek look-alikes of the earlier Cyrillic ones, bold Fraktur of the earlier mathematical bold and "
      "double-struck forms, zero-width bits of the earlier tag-character smuggling, Ascii85 / Base58 of the earlier "
      "Base32 / Base36 / Base45, doubling of the earlier decoy pattern, the field disguises of the earlier salon and "
      "fire-service disguises. Greek look-alikes only replace letters that have one, so a lower-case hex plain would "
      "not change; the sensor key plains are upper-case hex for that reason.")
    A("- Negatives: EPA registration / establishment numbers, applicator licences, RUP permit numbers, bait-station and "
      "trap barcodes, controller serials and MACs, route / work-order / invoice numbers, NPMA-33 report numbers, "
      "warranty numbers, plant SKUs, UPCs and lot tags, VINs, IMEIs, MDM enrolment ids, DevEUIs and JoinEUIs are "
      "identifiers (the LoRaWAN sheet names an `app_key` column whose value is not exported); SHA-256 / SHA-1 values "
      "are file digests; Stripe `pk_live_`, PostHog `phc_`, the Algolia search-only key, the OneSignal app id and the "
      "Mapbox `pk.` token are public by design; `sk_live_••••…`, `********`, `<hidden N chars>`, `[masked]` and "
      "`[REDACTED]` carry no value (one keeps a four-character tail); empty values, `<your-gateway-key>`, "
      "`replace-me`, `xxxx…`, Helm `{{ … }}`, `${…:?…}` and `%…%` are placeholders; Secrets Manager / SSM ARNs, "
      "`${{ secrets.X }}`, `op://` and `vault:` are pointers; the Ansible Vault body and the KMS `AQICAHh…` blob are "
      "ciphertext (the KMS blob sits under a key named `…PASSWORD_CIPHERTEXT`, a deliberate trap); bcrypt and argon2id "
      "values are one-way hashes (sensitive, not usable credentials); the lock-out chat and onboarding checklist talk "
      "about passwords without one; `YOUR_API_KEY`, `<API_TOKEN>`, the all-zero UUID and `sk_test_XXXX…` are "
      "documentation samples. The LoRaWAN `frm_payload` is Base64 sensor data, not a key. Random fillers are "
      "generated, so an entropy-only detector will hit them — that is the point.\n")

    # ------------------------------------------------------------ sources
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief167/` (p164 and p165). The detector was not opened, listed or searched, git was "
      "not run in the project, and no other `/tmp` directory than `/tmp/brief167/` and `/tmp/scratch167/` was looked "
      "at.")
    A("- External, read for shape only: the gitleaks default rule set (`gitleaks/gitleaks`, `config/gitleaks.toml`, "
      "regular expressions listed for about 220 rule ids) and about 25 Kingfisher rule files (`mongodb/kingfisher`, "
      "`data/rules/*.yml`) named above. Betterleaks, CredSweeper and vendor documentation were not read. Every "
      "credential-looking value in positives, evasions and negatives is generated; no fixed credential-like string "
      "from any source was copied.")
    return "\n".join(L) + "\n"
