"""Renders README.md from the generated data (called twice by build.py and compared)."""
import enc174
import everyday174
import negatives174
import positional174
import prose174
import vendor174
import evasions174


def bt(x):
    return "`%s`" % x


def render(pos, eva, neg, deny, info):
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    n_types = len({r["type"] for r in pos})
    n_cont = len({r["container"] for r in pos})
    classes = []
    for r in neg:
        if r["class"] not in classes:
            classes.append(r["class"])
    langs = info["meta"]["prose_langs"]
    muts = info["mutations"]
    type_counts = {}
    for r in by["everyday"]:
        type_counts[r["type"]] = type_counts.get(r["type"], 0) + 1
    used_vendors = [v for v in vendor174.VENDORS[:len(by["vendor"])]]
    tail_vendors = [v[0] for v in vendor174.VENDORS[len(by["vendor"]):]]
    used_syn = positional174.syntaxes()
    tail_syn = [r[0] for r in positional174.all_rows()[len(used_syn):]]
    spare_langs = [c for c, _n, _s, _t in prose174.LANGS if c not in [l[0] for l in langs]]
    out = []
    w = out.append

    w("# privacy_hundredseventyfourth (p174) – held-out credential corpus\n")
    w("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**beekeeping, apiary-management and honey-processing developers**: hive scales and hive sensors (weight, brood "
      "temperature, humidity, acoustics) reporting over LoRaWAN (The Things Network, ChirpStack, Helium, LORIOT, Kerlink) and GSM / LTE-M (1NCE, Hologram, Soracom, emnify, Quectel AT command sets), ESP32 / nRF / MicroPython "
      "firmware and PlatformIO / Zephyr builds, hive-monitoring clouds (BroodMinder, Arnia, BEEP, HiveTracks, BeeHero, "
      "ApisProtect, Pollenity, SolutionBee, 3Bee, OSBeehives, Beewise, Hiveeyes), apiary inspection logs and queen / "
      "pedigree records, varroa alcohol-wash counts and treatment (veterinary-medicine) records, pollination contracts and "
      "invoices with growers, honey extraction, uncapping and bottling lines (Node-RED, TwinCAT, SCADA App.config, PLC tag "
      "exports), lot labelling and traceability (GS1 GTIN / SSCC / Digital Link QR codes, BarTender label integrations, GS1 verification APIs), "
      "bee-health registries and notifiable-disease reporting (AFB / EFB cases, lab sample submissions), "
      "beekeeping-association membership sites (Drupal, Hugo on Netlify, Wild Apricot, CiviCRM, Discourse "
      "forums, Eventbrite events) and online honey shops (Shopify, WooCommerce, Medusa, Ecwid, Lemon "
      "Squeezy, Stripe, Square and SumUp at the farmers' market, GoCardless, Xero / QuickBooks, ShipStation, Sendcloud, "
      "EasyPost, Printful); plus the commerce, messaging, AI, developer and ops services such developers use (Mailchimp, "
      "Brevo, Mailgun, SendGrid, Resend, Twilio, Plivo, MessageBird, Telegram, Slack, Discord, Pushover, ntfy, OpenAI, "
      "Anthropic, Hugging Face, Perplexity, Groq, Replicate, Mistral, xAI, Together, W&B, Pinecone, Roboflow, Ultralytics, "
      "GitHub, GitLab, DigitalOcean, Doppler, Fly.io, Heroku, Vercel, Supabase, Docker Hub, Postman, Pulumi, Atlassian, "
      "Linear, age / SOPS, Cloudflare, AWS, Azure Storage, Backblaze B2, Databricks, Grafana, Sentry, Datadog, "
      "Honeycomb, UptimeRobot, Healthchecks.io, Better Stack, MaxMind, Home Assistant, Tailscale, ZeroTier, ngrok, n8n, "
      "Airtable, Notion, Typeform, weather APIs, Mapbox …); with hard negatives from the same world. Everything is "
      "produced by `build.py` and its modules (`common174.py`, `everyday174.py`, `vendor174.py`, `positional174.py`, "
      "`prose174.py`, `enc174.py`, `dec174.py`, `evasions174.py`, `negatives174.py`, `checks174.py`, `readme174.py`, frozen "
      "deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (17401 everyday, 17402 "
      "vendor, 17403 positional passwords, 17404 prose, 17405 evasions, 17406 negatives), no clock, no network. "
      "`python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL files, "
      "runs every check and %d mutation tests, renders this README from both generations and compares it, and only then "
      "writes the files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` "
      "re-extracts the deny-list from `/tmp/brief174/`.\n" % len(muts))
    w("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredseventyfourth/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The "
      "only project material read were the two READMEs in `/tmp/brief174/` (`README_hundredseventyfirst.md`, p171, pool "
      "service / aquatic centre / water park; `README_hundredseventysecond.md`, p172, driving school / traffic school / "
      "licensing tests), used only to learn the file format and what is already covered. No other `/tmp` directory was "
      "looked at except the scratch directory `/tmp/scratch174/` (trial builds and a copy of the public gitleaks rule "
      "file). The deny-list (`common174.extract_denylist`) holds every backticked name and every snake_case identifier of "
      "both READMEs, lower-cased, also split at `__` and with any earlier positional prefix (`<letters>pw_`) stripped "
      "(%d names), the code of every `code` (Name) language pair plus the spare codes the READMEs list (%d codes), and the "
      "names and name words of those pairs plus the spares' names (%d entries). It is frozen in `brief_names.json`; when "
      "`/tmp/brief174/` exists the build re-extracts it and fails if it differs (this build: %s). Dropped by the deny-list "
      "on this run: vendor types 0, positional syntaxes 0, languages 0 (the candidate lists were written after reading the "
      "READMEs; the build fails rather than drops). Novelty is checked against these two READMEs only; older corpora may "
      "share vendors, syntaxes, languages or notations.\n" % (
          len(deny["names"]), len(deny["language_codes"]), len(deny["language_names"]), info["deny_status"]))

    # ------------------------------------------------------------------ files
    w("## Files and counts\n")
    w("| file | records | spans | span types | container kinds | notes |")
    w("|---|---|---|---|---|---|")
    w("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), len(pos), n_types, n_cont, len(by["everyday"]), len(by["vendor"]), len(by["password"]),
        len(by["prose"]), len(langs)))
    w("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(eva), len(eva), len({r["type"] for r in eva}), len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    w("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len(classes)))
    w("| `README.md` | – | – | – | – | rendered by `build.py` |")
    w("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["language_codes"]), len(deny["language_names"])))
    w("Schema (same as the earlier corpora): positives `id` (`p174-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, "
      "`password`, `prose`). Evasions (`p174-e-NNNN`) add a record-level `encoding`; their single span also has `plain` "
      "(the clean secret) and `encoding`; `source` is `evasion`. Negatives (`p174-n-NNNN`): `id`, `class`, `container`, "
      "`text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with "
      "`ensure_ascii=False`.\n")
    w("**Scale.** Everyday 180 = 45 kinds × 4 (12 types, each type in %s records). Vendor %d (%d candidates written, 0 "
      "dropped by the deny-list, the less central ones put last and the first %d kept; unused tail: %s). Positional "
      "passwords %d (%d syntaxes written, 0 dropped by the deny-list; the ones that still carry a hint of the word or a "
      "keyword were put last; unused tail: %s). Prose 40 in 40 languages (spare unused: %s). Evasions 66 = 22 × 3. "
      "Negatives %d = %d classes × 2 base kinds × 6 presentations. Positives total %d (asked: about 450).\n" % (
          ("%d" % min(type_counts.values())) if min(type_counts.values()) == max(type_counts.values())
          else "%d–%d" % (min(type_counts.values()), max(type_counts.values())), len(by["vendor"]), len(vendor174.VENDORS),
          len(by["vendor"]), ", ".join(bt(t) for t in tail_vendors), len(by["password"]), len(positional174.SYNTAXES),
          ", ".join(bt(t) for t in tail_syn), ", ".join(bt(c) for c in spare_langs), len(neg), len(classes), len(pos)))

    # ------------------------------------------------------------------ conventions
    w("## Conventions\n")
    w("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes (nor the escaped `\\\"` of a PlatformIO build flag) and never the key. Values pasted where "
      "they do not belong (a Signal group of bee inspectors, an OCR'd honey-house clipboard, an e-mail to a grower, a "
      "Discourse forum post, a CloudWatch log event, a fish-shell history, a Jupyter cell, a Telegram saved message, a "
      "Linear comment, a Bitwarden JSON export) are labelled.")
    w("- Owner-chosen passwords are a beekeeping word (%s; capitalised 45 %% of the time) + one of `- _ . +` + 3–5 "
      "lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "this shape for the six everyday password types, the four owner-chosen vendor passwords, every positional value "
      "(for the three Base64 protocol spans: the password inside) and every prose value." % ", ".join(
          enc for enc in __import__("common174").BEE_WORDS))
    w("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain appears in any text. Values, evasion plains and evasion runs are all drawn through one "
      "registry that refuses any string in a substring relation with an earlier one; a negative is redrawn if it contains "
      "any of them.")
    w("- Structured values are valid: UUIDs are version 4 (checked wherever a UUID-shaped substring occurs in a value); "
      "Base64 / base64url values encode random bytes of the stated length (GSM scale DTLS PSK 16 bytes, `hswh_` body 32 "
      "bytes, Helium key 32 bytes, Azure Storage key 64 bytes; checked); JWTs (everyday varroa-tracker token, ChirpStack, "
      "emnify, Home Assistant, n8n, Supabase service role) are HS256 with real base64url JSON header and payload and a real "
      "HMAC under a key that is thrown away, the Lemon Squeezy key an RS256-shaped JWT with real JSON and random signature "
      "bytes (JSON checked for every `eyJ…` value); `ghp_` / `ghr_` tokens carry a real CRC-32 in their last six base62 "
      "characters (checked); the Mapbox `sk.` middle part is real base64url JSON (checked); the positional SMTP `AUTH "
      "LOGIN` span is the Base64 of the password, the XMPP SASL PLAIN span the Base64 of NUL user NUL password and the "
      "`Proxy-Authorization: Basic` span the Base64 of `user:password` (all decoded and checked). The LoRaWAN AppKey is 32 "
      "upper-case hex (AES-128). Negatives: IMEIs and ICCIDs carry real Luhn digits, GTIN-13 / GTIN-14 / SSCC real GS1 "
      "check digits (IMEI / ICCID / GTIN checked by the build), SHA-256 and MD5 values are real digests of random bytes, "
      "the Mapbox `pk.` token has real base64url JSON.")
    w("- Public neighbours are unlabelled: user names, hosts (`*.meadowbee.lan`, `*.honeyhouse.lan` / `.internal`, "
      "`*.apiary.lan`, `*.beeyard.lan`, private addresses), key names, and ids written next to a secret (Twilio `AC…` SID, "
      "Plivo `MA…` auth id, Soracom `keyId-…`, AWS `AKIA…` key id, B2 key id, Azure storage account name, WooCommerce "
      "`ck_…` consumer key, ShipStation API key, Sendcloud public key, Xero / QuickBooks / Arduino / 1NCE / BeeHero client "
      "ids, Shopify store domain, Hiveeyes / Kerlink / Meteomatics user names, SensorPush e-mail) and the user "
      "half of a user / password pair.")
    w("- Positional passwords: span type `beepw_<syntax>`, container `beepw_<syntax>__<suffix>` where the suffix says where "
      "the line lives: %s." % ", ".join("%s (%s)" % (bt(v), k) for k, v in positional174.SUFFIX.items()))
    w("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside "
      "its own run or the run would start or end with whitespace.\n")

    # ------------------------------------------------------------------ categories
    w("## Categories (positives)\n")
    w("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t), d) for t, _k, d, _v in everyday174.TYPES) + ".\n")
    w("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(k), s) for k, s, _t in everyday174.KINDS) +
      ". Pairing: type = (5·kind + 3·j + ⌊kind/12⌋) mod 12 for the four records j = 0…3 of a kind, so every kind holds "
      "four different types (checked) and secrets land in plausible \"wrong file\" places (a LoRaWAN AppKey in a Drupal "
      "`settings.local.php`, a bottling-HMI password in a Node-RED credentials file). Key names are the type's key words "
      "in the container's own case style (UPPER_SNAKE for dotenv, Nuxt, PlatformIO `-D`, Zephyr `CONFIG_`, Django, "
      "`wp-config.php` `define`, Netlify `[build.environment]`, kustomize literals, compose, CI, MicroPython and Arduino "
      "`#define`, fish `set -x`; snake_case for TOML, INI, YAML, Rails credentials, Home Assistant, Shopify app TOML, "
      "Drupal / Laravel PHP arrays, Terraform, Ansible and Jupyter; kebab-case for Spring; dot.case for Quarkus; camelCase "
      "for Node-RED, Medusa, Expo, `gradle.properties`, TwinCAT GVL and CloudWatch JSON; PascalCase for .NET user "
      "secrets, BarTender XML, the PLC tag export, Fluent Bit headers, the plist and App.config; spaced words for chats, "
      "e-mails and forum posts; Title Words for the OCR'd clipboard).\n")
    w("Vendor (%d types, container `<type>__<style>`): %s. Styles (12, assigned cyclically): %s. Where a vendor pairs a "
      "public id with the secret, the id is written next to it in the same style and left unlabelled.\n" % (
          len(used_vendors), ", ".join(bt(v[0]) for v in used_vendors), ", ".join(bt(s) for s, _c in vendor174.STYLES)))
    w("Positional passwords (%d syntaxes, span type `beepw_<syntax>`): %s.\n" % (
        len(used_syn), ", ".join(bt(positional174.PFX + s[0]) for s in used_syn)))
    w("Prose: someone tells a colleague the honey-house PC password and asks them not to forward it; span type `%s`; "
      "container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them is among the languages or "
      "spares of either README (checked: code, name and each name word against the language entries, the code also "
      "against all names). Scripts: %s. Thai does not separate words with spaces, so the value got spaces around it; "
      "every value is set off by whitespace on both sides (checked).\n" % (
          prose174.TYPE, ", ".join(bt(f) for f in prose174.FORMATS), ", ".join("%s (%s)" % (bt(c), n) for c, n, _s in langs),
          ", ".join(sorted({s for _c, _n, s in langs}))))

    # ------------------------------------------------------------------ evasions
    w("## Evasion encodings\n")
    w("; ".join("%s = \"%s\"" % (bt(k), v[1]) for k, v in enc174.ENCODINGS.items()) + ".\n")
    w("Encoders are in `enc174.ENCODINGS` (Base32 and Base64 via the `base64` module; the rest hand-written); the decoder "
      "`dec174.decode` gets only the encoding name and the run and is written separately, importing nothing from the "
      "encoders and no `base64`, `binascii` or `codecs`: hand-written 5-bit / 6-bit readers for Base32 and the reversed "
      "Base64, regular expressions for octal escapes and the disguised readings, `int(…, 2)` for binary octets and Bacon "
      "groups, inverse rotations and block reversals, modular back-shifts for ROT18 and the Gronsfeld key, an inverse "
      "keyed alphabet rebuilt from the word, Braille cell offsets, `unicodedata.name` parsing for the sans-serif bold "
      "letters and for the Cyrillic look-alikes, base-12 and bijective base-26 readers, and a word table for the apiary "
      "alphabet. Every pair was round-tripped on 300 random plains per notation (lengths 6–44) while writing; at build "
      "time every span is decoded back to its `plain`. Families: %s. Evasion types: %s (owner-chosen gateway password; "
      "`hsk_` + 16 base62 ingest key, prefix invented; 32 upper-case hex LoRaWAN AppKey); wordings: %s; container "
      "`<encoding>__<wording>`.\n" % (
          "; ".join("%s: %s" % (fam, ", ".join(bt(k) for k, v in enc174.ENCODINGS.items() if v[2] == fam))
                    for fam in sorted({v[2] for v in enc174.ENCODINGS.values()})),
          ", ".join(bt(t[0]) for t in evasions174.TYPES), ", ".join(bt(x[0]) for x in evasions174.WORDINGS)))

    # ------------------------------------------------------------------ negatives
    w("## Negative classes\n")
    w("| class | records | base kinds |")
    w("|---|---|---|")
    for cls, kinds in negatives174.CLASSES:
        w("| %s | %d | %s |" % (bt(cls), sum(1 for r in neg if r["class"] == cls), ", ".join(bt(k) for k, _f in kinds)))
    w("\nEach base kind appears plain and wrapped %s.\n" % ", ".join(bt(x) for x, _f in negatives174.WRAPPERS if x))

    # ------------------------------------------------------------------ checks
    w("## Checks run by build.py before writing\n")
    w("- ids unique, well-formed and sequential per file; exact record and span field sets; exactly one span per record; "
      "spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly "
      "once in its text; no value reused; no value in another record's text or in any negative; no evasion plain in any "
      "text; no slot marker (`⟦V⟧`, `@V@`-style slots), NUL or `PRIVATE KEY`; prose values set off by whitespace")
    w("- shapes: owner-chosen password regex for the everyday and vendor password types, positional and prose values; "
      "the positional Base64 spans decode to the password, NUL user NUL password or `user:password` with a password of the "
      "right shape; UUID-shaped substrings of values are version 4; every `eyJ…` three-part value has base64url JSON header "
      "and payload; Base64 lengths of the DTLS PSK, `hswh_` secret, Helium and Azure keys; `ghp_` / `ghr_` CRC-32; Mapbox "
      "`sk.` JSON; AppKey hex shape")
    w("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule occurs before the run; "
      "the run starts right after `:` and a newline and is followed by a newline and a remark; plain alphabet "
      "`[A-Za-z0-9_.-]`; the run never contains its plain; record and span encoding agree; container "
      "`<encoding>__<wording>`; 22 encodings × 3")
    w("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and run; IMEI / ICCID Luhn digits and GTIN-13 check digits valid")
    w("- deny-list: container kinds (positives, evasions, negatives), span types, positional syntaxes (with and without "
      "`beepw_`, and against the earlier syntaxes without their prefixes), encodings, negative classes and every "
      "presentation label (everyday kinds, vendor styles, password suffixes, prose formats, evasion wordings, negative "
      "wrappers) are compared case-insensitively, whole name and each `__` part, with the frozen deny-list; prose "
      "languages by code, name and name words; the frozen `brief_names.json` is compared with a fresh extraction when "
      "`/tmp/brief174/` exists")
    w("- counts: everyday 180 = 45 kinds × 4 with 12 types and four different types per kind; 120 distinct vendor types "
      "with containers `<type>__<style>`; 95–120 distinct password syntaxes; 40 prose records in 40 distinct languages; 66 "
      "evasions; positives 440–470; span types of the five sources pairwise disjoint; non-everyday containers unique")
    w("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    w("- %d mutation tests on deep copies, all must be caught (this run: %d/%d): %s\n" % (
        len(muts), sum(1 for _m, c in muts if c), len(muts),
        ", ".join("%s (%s)" % (bt(m), "caught" if c else "MISSED") for m, c in muts)))

    # ------------------------------------------------------------------ shapes
    w("## Shapes you had to guess\n")
    for conf, title in (("read", "Read for shape this session (the public gitleaks default rule file `config/gitleaks.toml`, nothing copied)"),
                        ("believed", "Believed right from background knowledge (not re-read)"),
                        ("guessed", "Guessed (length and alphabet only, recognisable from the key name)")):
        items = ["%s (%s)" % (bt(v[0]), v[2]) for v in used_vendors if v[3] == conf]
        w("%s: %s.\n" % (title, "; ".join(items)))
    w("Also guessed or from memory: the everyday prefixes `hsk_live_` (hive-sensor ingest key) and `hswh_` (honey-shop "
      "webhook secret) and the evasion prefix `hsk_` are invented; `FlyV1 fm2_…` is labelled whole including the space "
      "(that is how `fly tokens create` prints it); the Lemon Squeezy key layout, the Home Assistant `iss` claim, the "
      "ChirpStack `typ: key` claim and the n8n claims are from memory. Syntaxes from memory, not re-checked: `bcp -P`, "
      "`racadm -r -u -p`, `schtasks /rp`, `net use … <password> /user:`, smbclient's positional password after the share, "
      "`lftp -u user,pass`, `curl -U` for proxy credentials, `bundle config set <host> user:pass`, the `mc alias set` "
      "argument order, `rabbitmqctl authenticate_user`, DB2 `CONNECT … USING`, unixODBC `isql DSN user pass`, "
      "`ssh-keygen -N`, `openssl enc -k`, net-snmp `-A` / `-X`, `htpasswd -i`, `gocryptfs -init` reading stdin, the "
      "`ftp -n` `user` command, Quectel `AT+QICSGP` and 3GPP `AT+CGAUTH` parameter order, the davfs2 `secrets` and exim "
      "`passwd.client` column order, the hostapd `wpa_psk` file, the `micropython` `umqtt` constructor position, "
      "`lua-mosquitto` `login_set`, `suppaftp` / `rumqttc` method names, Robot Framework `Input Text`, Maestro "
      "`inputText`, `wtype`. Negatives: holding-number, apiary-registration, queen-ring and pedigree layouts, the `8935301` "
      "ICCID and `539` GS1 prefixes, lab / courier references and the Apivar batch / VM number layouts are approximate; "
      "the bcrypt and yescrypt strings are random characters in the right frame (not hashes of anything), and the age / "
      "PGP armour bodies are random bytes (not real ciphertext).\n")

    # ------------------------------------------------------------------ judgement calls
    w("## Judgement calls\n")
    w("- Everyday: six owner-chosen passwords (hive-scale gateway admin, inspection-log database, bottling-line HMI "
      "operator, bee-health registry login, association CMS admin, pollination-contract portal) and six generated secrets "
      "(`hsk_live_` ingest key, LoRaWAN OTAA AppKey, 64-hex jar-label trace HMAC key, HS256 varroa-tracker JWT, `hswh_` "
      "shop webhook secret, Base64 DTLS PSK). The LoRaWAN AppKey is a real secret (root key of the device) while DevEUI, "
      "JoinEUI and DevAddr — same alphabet, 16 / 8 hex — appear only in negatives: a deliberate pair. The pairing is "
      "cyclic, so secrets land in files where they do not belong; such leaks are still leaks.")
    w("- Vendor: most beekeeping, hive-tech, LoRaWAN / SIM and labelling vendors publish no token format the builder "
      "knows of, so their types model a partner / integration secret recognisable only from the key name — part of the "
      "test. Hiveeyes MQTT, Kerlink Wanesy, SensorPush and Meteomatics carry owner-chosen passwords because those "
      "integrations log in with user / password. The Slack webhook URL is labelled whole (the URL is the credential); "
      "`FlyV1 fm2_…` is labelled whole with its space. The WooCommerce `ck_` consumer key and the ShipStation API key are "
      "written next to their secrets and left unlabelled as the public half of the pair — arguable, since neither is "
      "meant to be published. The Datadog API key and application key are separate types (32 vs 40 hex, only the key name "
      "tells them apart); several 32 / 40-hex and UUID-shaped types are likewise only distinguishable by key name. Stripe "
      "`sk_live_`, Shopify `shpat_`, Mapbox `sk.` etc. are private counterparts of public-by-design values that appear in "
      "the negatives (`pk_live_`, Storefront token, `pk.`). Several brands of the earlier READMEs reappear with new "
      "credential kinds (OpenAI project key, Anthropic admin key, GitHub classic PAT, Slack bot / user tokens, Twilio); "
      "only type names were checked.")
    w("- Passwords: labelled when the value logs in (flags such as `-P` after `-U`, glued `-p`, `-pw`, `/rp`, `-A`, `-X`, "
      "`-k`, `-N`, `-U user:pass`, `-u user,pass`; positional arguments for smbclient, `net use`, `mc alias set`, "
      "`rabbitmqctl authenticate_user`, unixODBC `isql`; `USING` for DB2, `user/pass@` for sqlplus; URL userinfo for "
      "mysqlsh, mongodump, redis-cli `-u`, NATS, Celery, wget, curl SMTP, WinSCP, hg, git remote, npm registry, gem, conda, "
      "GOPROXY, restic REST, Flyway JDBC, ffmpeg RTSP and many libraries; library call positions in Python, Node, Java, "
      "Kotlin, C#, Go, Rust, Ruby, PHP, Perl, PowerShell, Arduino, MicroPython and Lua), unlocks a file or key "
      "(`7z -p`, `ssh-keygen -N`, `openssl enc -k`, `cryptsetup --key-file=-`, `gocryptfs -init`, Java `KeyStore.load`, "
      "`X509Certificate2`, `pbkdf2Sync`, `ConvertTo-SecureString`), is a shared secret (SNMPv3 auth / priv passphrases, "
      "strongSwan PSK, hostapd WPA PSK, Wi-Fi passphrase in `WiFi.begin` / `wlan.connect`), sits in a file by position "
      "(davfs2 secrets, chap-secrets, Telegraf / apt / pip / git proxy URLs, a headerless staff CSV, "
      "a TSV provisioning sheet), travels in a protocol exchange (SMTP `AUTH LOGIN` — Base64 —, XMPP SASL PLAIN — Base64 "
      "—, HTTP `Proxy-Authorization: Basic` — Base64 —, Redis `HELLO … AUTH`, Quectel / 3GPP AT commands of a GSM hive "
      "scale) or is typed by automation (Robot Framework, WebdriverIO, Puppeteer, TestCafe, Espresso, XCUITest, Maestro, "
      "SendKeys in PowerShell and VBScript, Katalon, SikuliX, wtype) or piped on stdin (`kinit`, "
      "`cryptsetup`, `gocryptfs`, an `ftp -n` here-document). The syntaxes that still carry a keyword, prompt or a tool / file name saying password (`PASS` "
      "verb, `psk`, `P:`, `netcam_userpass`, the expect / pexpect `assword:` prompt, `htpasswd`, exim `passwd.client`) were put last and form the unused "
      "tail. XCUITest `secureTextFields`, `-pw`, the AT `CGAUTH` and Redis `AUTH` tokens still hint at authentication; "
      "they are the weakest kept cases; the file-position cases keep the real file names (`chap-secrets`, `ipsec.secrets`, `davfs2/secrets`) in a comment line, which a detector may use as context; UI tests use neutral field ids (`#field-2`, `login_field_2`) rather than `#password`. Several ideas repeat the earlier corpora on new tools (URL userinfo, glued flags, "
      "library call positions, stdin echo, UI typing); novelty was checked by name, not by signature.")
    w("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "Spanish, French, Dutch, Swedish, Danish, Polish, Czech, Turkish, Indonesian, Afrikaans; modest for Finnish, Slovak, "
      "Slovenian, Croatian, Romanian, Bulgarian, Ukrainian, Greek, Vietnamese, Persian, Urdu, Nepali, Welsh, Maltese, "
      "Albanian, Hungarian, Lithuanian, Latvian, Estonian, Macedonian, Belarusian, Azerbaijani; low for Armenian, "
      "Georgian, Punjabi, Tamil, Thai, Swahili, Amharic, Somali. Loan words (`password` in Maltese, `पासवर्ड` / `ਪਾਸਵਰਡ` / "
      "`پاس ورڈ`, `PC`) are kept as people use them. The honey-house vocabulary (extraction room, \"slinger\" room, "
      "miellerie, miodarnia …) is approximate.")
    w("- Evasions: octal escapes, binary octets, Base32 and reversed Base64 are byte / numeral notations; reversal, "
      "rotation by five and four-character block reversal are positional tricks; ROT18, the HONEYCOMB keyword alphabet and "
      "the Gronsfeld key 4-7-1-3 are ciphers with the rule stated; Bacon-style A/B groups and the apiary spelling "
      "alphabet are spelled forms; Braille cells, sans-serif bold and Cyrillic look-alikes are Unicode blocks; dozenal "
      "code points and spreadsheet column letters are numeral systems; hive weights, varroa mite drops, brood "
      "temperatures, refractometer moisture readings and honey lot codes are beekeeping disguises of code points (the "
      "readings fall in realistic ranges: 30.45–31.22 kg, 5–82 mites, 34.45–35.22 °C, 14.5–22.2 %%, days 145–222). Close "
      "relatives exist in the earlier corpora (Vigenère / Atbash / Trithemius next to Gronsfeld and the keyword alphabet, "
      "monospace / circled next to sans-serif bold, uuencode / Base62 / basE91 next to Base32, the pool / road spelling "
      "alphabets next to the apiary one, pair swap / rail fence next to block reversal); novelty was checked by name. "
      "The keyword alphabet and Gronsfeld leave `- _ .` (and the keyword alphabet digits) unchanged, and the Cyrillic "
      "swap leaves letters without a look-alike and all digits unchanged, so parts of the plain stay readable (the whole "
      "plain never appears in its run, checked).")
    w("- Negatives: DevEUIs, JoinEUIs, DevAddrs, gateway EUIs, queen / pedigree ids, apiary and holding numbers, GTINs, "
      "SSCCs, lot codes, contract / invoice numbers, IMEIs, ICCIDs, case and lab references are identifiers; LoRaWAN "
      "`data` payloads are encrypted application data and the MIC a 4-byte message check, not keys; SHA-256 / MD5 values "
      "are digests; Stripe `pk_live_`, the Shopify Storefront access token, the Mapbox `pk.` token and the Algolia "
      "search-only key are public by design (the Storefront token is a 32-hex value: a detector may fairly disagree); "
      "`••••`, `****`, `●●●●…` with a four-character tail, `[hidden]` and `[REDACTED]` carry no value; an empty "
      "`SCALE_GATEWAY_ADMIN_PASSWORD=`, `hsk_live_xxxx…`, `<32-hex-appkey-from-ttn-console>`, `your-jwt-here`, `changeme` "
      "and `YOUR_API_TOKEN` are placeholders (`changeme` could be argued to be a weak real password); ExternalSecret "
      "`remoteRef`, `${{ secrets.X }}`, `op://` and Secrets Manager ARNs are pointers; age and PGP armour is ciphertext; "
      "bcrypt and yescrypt strings are one-way hashes (sensitive, not usable credentials); the newsletter security corner "
      "and the forum reset thread talk about passwords without one. The Twilio `AC…` SID in the masked integrations page "
      "is an identifier. Random fillers are generated, so an entropy-only detector will hit them — that is the point.\n")

    # ------------------------------------------------------------------ sources
    w("## Sources consulted\n")
    w("- The two READMEs in `/tmp/brief174/` (p171 and p172), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch174/` was looked at.")
    w("- External, read for shape only (nothing copied; every credential-looking value is generated): the gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the `fetch` tool, extracted with "
      "`git show` into `/tmp/scratch174/` and grepped for the rules of age, Adafruit, Airtable, Anthropic admin keys, Atlassian, "
      "Databricks, DigitalOcean, Doppler, Etsy, Fly.io, GoCardless, Grafana service accounts, Heroku v2, Hugging Face, "
      "Linear, Mailchimp, Mailgun, Mapbox, EasyPost, SendGrid, Notion, OpenAI, Perplexity, Postman, Pulumi, Brevo (Sendinblue), Shopify, Slack "
      "bot / user / webhook, Telegram, Typeform, Square, Stripe, GitHub PAT / refresh, GitLab PAT / feed, Sentry user "
      "tokens, MaxMind and a few others that were then not used). Betterleaks, Kingfisher and CredSweeper rule files and "
      "vendor documentation were not otherwise read.")
    return "\n".join(out) + "\n"
