"""Renders README.md from the generated data (deterministic)."""
import everyday202
import evasions202
import negatives202
import positional202
import prose202
import vendor202
from common202 import SEEDS, WORLD_WORDS
from enc202 import ENCODINGS


def bt(x):
    return "`" + x + "`"


def render(data, deny, muts, deny_status):
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    src = {}
    for r in pos:
        src.setdefault(r["source"], []).append(r)
    vsel = vendor202.selected()
    syn = positional202.syntax_list()
    out = []
    w = out.append
    w("# privacy_twohundredsecond (p202) – held-out credential corpus\n")
    w("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **falconry-centre, wildlife-rescue and taxidermy-studio developers**: bird and animal intake logs "
      "(Remix / AdonisJS / Flask / Micronaut apps, intake sheets, OCR'd mews whiteboards), ring and microchip registers "
      "(BTO-style ring series, ISO 11784 microchip numbers, reader sync batches, Petlog / Anibase look-ups), CITES and licence "
      "paperwork (Article 10 certificates, APHA animal licensing, GBIF / Movebank / Argos accounts), flying-display bookings "
      "(Astro / Gatsby sites, FareHarbor, Checkfront, Zoho Books, Wix), rehabilitation and release records (SvelteKit / Pyramid / "
      "Actix services, GPS-tag telemetry from Ornitela-style tags, eBird, iNaturalist, xeno-canto, Roboflow bird ID, camera traps, "
      "Frigate aviary cameras, incubator monitors on PlatformIO and Zephyr, LoRaWAN sensors), volunteer rotas (Strapi / .NET apps, "
      "Better Impact, Volgistics, RotaCloud, Humanitix), specimen and commission tracking (Electron / Tauri apps, Odoo, Ghost, "
      "courier dispatch), donor and adoption-scheme portals (Directus, Drupal, WordPress, Medusa, Stripe, PayPal, GoCardless, Square, "
      "SumUp, Mollie, Donorbox, Beacon CRM, Donorfy, Enthuse, JustGiving, Blackbaud SKY, Salesforce, Shopify, WooCommerce, Ecwid, "
      "Ko-fi, Patreon, Gift Aid via HMRC Charities Online, Charity Commission register API); plus the commerce, messaging, AI, "
      "developer and ops services such developers use (Twilio, Vonage, Plivo, SendGrid, Postmark, Mailjet, Resend, SparkPost, "
      "Telegram, Discord, Slack, WhatsApp Cloud API, Mattermost, Zulip, Pushbullet, Matrix, Mistral, Cohere, DeepSeek, OpenRouter, "
      "ElevenLabs, AssemblyAI, Deepgram, Fireworks, xAI, Langfuse, Weights & Biases, Anthropic, OpenAI, Google Cloud Vision, "
      "Clarifai, Jina, GitHub, GitLab, Gitea, Netlify, npm, PyPI, Docker Hub, Vault, Terraform Cloud, Doppler, Tailscale, ngrok, "
      "Grafana, Axiom, UptimeRobot, Healthchecks.io, Supabase, PlanetScale, MongoDB Atlas, Railway, Vultr, Cloudflare R2, Wasabi, "
      "Atlassian, Asana, Trello, ClickUp, Calendly, Box, Firebase Cloud Messaging, Microsoft Entra ID, Sentry, Algolia, Contentful, "
      "Cloudinary, Bitwarden Secrets Manager, Mapbox, MapTiler, Thunderforest, OS Data Hub, Google OAuth); with hard negatives from "
      "the same world (ring numbers, microchip numbers, CITES permit and Article 10 references, charity / company / VAT numbers with "
      "real mod-97 checks, IBANs, Luhn-checked IMEIs and ICCIDs of GPS tags, specimen accession and GBIF ids, public donation-widget "
      "keys, placeholders, starred-out logs, secret-store lookups, PBKDF2 / SSHA / sha512crypt strings, SealedSecret / Ansible Vault / "
      "SOPS ciphertext, volunteer handbook prose, photo checksums and ETags, MACs and LoRaWAN EUIs, Twilio and Stripe object ids, "
      "S10 parcel tracking numbers with real check digits, release-site grid references). Everything is produced by `build.py` and "
      "its modules (`common202.py`, `everyday202.py`, `vendor202.py`, `positional202.py`, `prose202.py`, `enc202.py`, `dec202.py`, "
      "`evasions202.py`, `negatives202.py`, `checks202.py`, `readme202.py`, frozen deny-list `brief_names.json`): Python 3 standard "
      "library only, fixed `random.Random` seeds (%d everyday, %d everyday pairing, %d vendor, %d positional passwords, %d prose, "
      "%d evasions, %d negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, "
      "compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both "
      "generations and compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief202/`.\n" % (
          SEEDS["everyday"], SEEDS["pairing"], SEEDS["vendor"], SEEDS["password"], SEEDS["prose"], SEEDS["evasion"],
          SEEDS["negative"], len(muts)))
    w("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredsecond/`) was created (with `mkdir -p`) and written; its parent was never listed, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project "
      "material read were the two READMEs in `/tmp/brief202/` (`README_hundredninetyseventh.md`, p197, funfair / travelling-circus / "
      "street-food-market trader developers; `README_hundredninetyninth.md`, p199, music-school / dance-studio / martial-arts dojo "
      "developers), used only to learn the file format and what is already covered. No other `/tmp` directory was looked at except "
      "the scratch directory `/tmp/scratch202/` (an extracted copy of the public gitleaks rule file, trial builds and an encoder / "
      "decoder round-trip run). The deny-list (`common202.extract_denylist`) holds every backticked name and every snake_case "
      "identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their "
      "`<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d codes; the pattern also catches a few "
      "non-language pairs such as `alg`, `id`, `kid`, which only makes the list stricter) and the names and name words of those "
      "pairs (%d entries, with the same harmless noise). It is frozen in `brief_names.json`; when `/tmp/brief202/` exists the build "
      "re-extracts it and fails if it differs (this build: %s). Every candidate list was written after reading the READMEs and the "
      "build fails on any overlap. Encodings, look-alike blocks, numeral systems, spelled forms and disguises that the READMEs name "
      "only in prose were avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share "
      "vendors, syntaxes, languages or notations.\n" % (
          len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_status))

    # ------------------------------------------------------------ files and counts
    w("## Files and counts\n")
    stypes = len({r["type"] for r in pos})
    skinds = len({r["container"] for r in pos})
    ncls = len({n["class"] for n in neg})
    w("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    w("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), sum(len(r["secrets"]) for r in pos), stypes, skinds, len(src["everyday"]), len(src["vendor"]),
        len(src["password"]), len(src["prose"]), len(src["prose"])))
    w("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(eva), len(eva), len({r["type"] for r in eva}), len({r["container"] for r in eva}), len(ENCODINGS)))
    w("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({n["container"] for n in neg}), ncls))
    w("| `README.md` | – | – | – | – | rendered by `build.py` |")
    w("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    w("Schema (same as the earlier corpora): positives `id` (`p202-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p202-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p202-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
      "lines with `ensure_ascii=False`.\n")
    w("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written and unused: "
      "`%s`). Vendor 120 (%d candidates written; the unused ones: %s). Positional passwords %d (%d syntaxes written; set aside: %s). "
      "Prose 40 in 40 languages (spares written and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 "
      "presentations. Positives total %d (asked: about 450). Values, public neighbours, hidden passwords, evasion plains and runs "
      "drawn through the registry: %d.\n" % (
          everyday202.SPARE_CONTAINER, len(vendor202.V), ", ".join(bt(x) for x in vendor202.DROPPED),
          len(src["password"]), len(positional202.S),
          "; ".join("%s (%s)" % (bt(k), v) for k, v in positional202.SET_ASIDE.items()),
          ", ".join("%s (%s)" % (bt(c), n) for c, n, _s, _t in prose202.SPARES),
          len(neg), ncls, len(pos), data["registry_size"]))

    # ------------------------------------------------------------ conventions
    w("## Conventions\n")
    nb = [(v["name"], " ".join(v["nb"][0])) for v in vsel if v["nb"]]
    w("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, "
      "never the quotes and never the key. Values pasted where they do not belong (a falconers' WhatsApp export, a rescue "
      "volunteers' Discord paste, a Jira comment on a taxidermy commission, an OCR'd mews whiteboard, a Google Sheets CSV export, an "
      "Obsidian release note, a zsh history, a tmux scrollback, a logfmt debug line, a KeePassXC CSV export, a Help Scout note, a "
      "`chamber export` output) are labelled.")
    w("- Owner-chosen passwords are a word of this world (%s, …; %d in all; capitalised with probability 0.4) + one of `- _ . + ! ~` "
      "+ 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "`^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the 7 owner-chosen vendor passwords, "
      "and the strict `- _ .` form for every plain positional value, every password hidden inside a Base64 positional value, every "
      "prose value and every evasion incubator-panel plain." % (", ".join(WORLD_WORDS[:40]), len(WORLD_WORDS)))
    w("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; "
      "no evasion plain and no password hidden inside a Base64 positional value appears in any text or negative. Values, public "
      "neighbours, hidden passwords, evasion plains and evasion runs are drawn through one registry that refuses repeats and any "
      "string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered "
      "string of 6+ characters.")
    w("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 "
      "(checked); every JWT-shaped substring of a positive or evasion text has base64url JSON header and payload and a signature "
      "length that fits its `alg` (checked): the adoption-scheme session token is a real HS512 JWT (HMAC-SHA512 under a discarded "
      "key), the iNaturalist token a real HS512 JWT, the Wix `IST.` key RS256-shaped (real JSON, random 256-byte signature), the "
      "Calendly token ES512-shaped (real JSON, random 132-byte signature); the `rlz_` release token carries a real Adler-32 of its "
      "body, the `vrk_` rota key a real Luhn mod 36 check character, `dpw_` secrets are base64url of 24 bytes, the telemetry tag "
      "key is Base64 of a real DER PKCS#8 X25519 frame, the Grafana `glc_` token and the Sentry `sntrys_` token Base64 of real "
      "JSON (Sentry's with `region_url`), the Mapbox `sk.` middle real JSON, the Matrix `syt_` token a real base62 CRC-32 tail (all "
      "checked except the CRC); 120 vendor values are regex-checked against their shape. The two Base64 positional spans decode to "
      "`user:password` (Docker `config.json` `auth`) and NUL user NUL password (SMTP `AUTH PLAIN` initial response) and the hidden "
      "password is shape-checked; the intake-tablet fixed-width file puts the value in columns 41–60, the base-station login frame "
      "carries a real CRC-16/CCITT-FALSE of its body and the Redis RESP bulk string a correct length (all checked). Negatives: UK VAT "
      "mod-97, IBAN mod-97, Luhn (IMEI, ICCID) and S10 mod-11 check digits are real (checked), the Mapbox `pk.` middle is real JSON "
      "(checked), the Django PBKDF2 strings are real PBKDF2-HMAC-SHA256 (1000 iterations) of discarded random bytes, the `{SSHA}` "
      "strings real salted SHA-1 of discarded bytes, SHA-256 / MD5 values real digests of random bytes.")
    w("- Public neighbours are unlabelled: user names, hosts (`*.mews.lan`, `*.rescue.internal`, `*.hawkcentre.lan`, `*.example`, "
      "private addresses), key names, and ids written next to a vendor secret (%s) and the user half of a user / password pair." % (
          "; ".join("%s: %s" % (a, b) for a, b in nb)))
    w("- Positional passwords: span type `mewspw_<syntax>`, container `mewspw_<syntax>__<suffix>` where the suffix says where the "
      "text lives: %s." % ", ".join("%s (%s)" % (bt(v), k) for k, v in positional202.SUFFIX.items()))
    w("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run "
      "on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if the "
      "run equals the plain or if the run would start or end with whitespace.\n")

    # ------------------------------------------------------------ categories
    w("## Categories (positives)\n")
    w("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t[0]), t[3]) for t in everyday202.TYPES) + ".\n")
    w("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(k), s) for k, s, _t in everyday202.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 types "
      "and deals four consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 "
      "records (checked); secrets therefore also land in implausible places (an X25519 telemetry key in a WordPress `wp-config.php`, "
      "an HMAC key in a Discord paste). Key names are the type's key words in the container's own case style: upper, snake, camel, "
      "pascal, kebab, dot (Pyramid ini), spaced (chats, tickets) and title (OCR'd whiteboard, CSV cell, Obsidian note).\n" % SEEDS["pairing"])
    w("Vendor (120 types, container `<type>__<style>`): " + ", ".join(bt(v["name"]) for v in vsel) + ". Styles (12, assigned "
      "cyclically): " + ", ".join("%s (%s)" % (bt(s[0]), s[1]) for s in vendor202.STYLES) + ". Where a vendor pairs a public id "
      "with the secret, the id is written next to it in the same style and left unlabelled (in the KeePassXC CSV it sits in the "
      "Username column).\n")
    w("Positional passwords (%d syntaxes, span type `mewspw_<syntax>`): " % len(src["password"])
      + ", ".join(bt(r["type"]) for r in src["password"]) + ".\n")
    w("Prose: someone tells a colleague the password of the intake-room tablet and asks them not to forward it; span type `%s`; "
      "container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among the languages "
      "or spares of either README (checked: code against the codes and all deny-listed names; name and each name word against the "
      "language names). Scripts: %s. Khmer, Burmese, Japanese and Mandarin do not separate words with spaces, so the value got "
      "spaces around it; every value is set off by whitespace on both sides (checked); the Tajik sentence puts the copula аст after "
      "the value, Hindi है, Marathi आहे, Gujarati છે, Malayalam ആണ്, Japanese です and Korean 입니다.\n" % (
          prose202.TYPE, ", ".join(bt(f) for f in prose202.FORMATS),
          ", ".join("%s (%s)" % (bt(c), n) for c, n, _s, _t in prose202.LANGS),
          ", ".join(sorted({s for _c, _n, s, _t in prose202.LANGS}))))

    # ------------------------------------------------------------ evasions
    w("## Evasion encodings\n")
    w("; ".join("%s = \"%s\"" % (bt(n), rule) for n, _f, rule in ENCODINGS) + ".\n")
    w("Encoders are in `enc202.enc` (the rng only adds noise the decoder ignores: the hawk-weight dates, the first twelve digits of "
      "the microchip numbers and the glass-eye colours); the decoder `dec202.decode` gets only the encoding name and the run and is "
      "written separately, importing nothing from the encoder and no `base64`, `binascii` or `codecs`: a Roman-numeral reader, Thai "
      "digit offsets, a Chinese-numeral parser (百, 十, 零), base-12 with ↊ ↋, balanced-ternary and base −2 accumulation, Fibonacci "
      "sums, factorial-base sums, a retyped 9-column grid, hex with XOR 0x5A, 255 minus each byte, a retyped QWERTY → Dvorak table, "
      "NFKC for fullwidth / circled / double-struck letters, tag code points minus U+E0000, an Italian number-word parser with "
      "elision (ventuno, trentotto, centouno) and regular expressions for hawk weights, microchip tails, glass-eye sizes, bat "
      "frequencies and display slot lengths. Every pair was round-tripped on 300 random plains per notation (random `[A-Za-z0-9_.-]` "
      "strings of length 2–44) while writing; at build time every span is decoded back to its `plain`. Families: "
      + "; ".join("%s: %s" % (f, bt(n)) for n, f, _r in ENCODINGS) + ". Evasion types: "
      + "; ".join("%s (%s)" % (bt(t[0]), t[1]) for t in evasions202.TYPES) + "; wordings: "
      + ", ".join(bt(w_[0]) for w_ in evasions202.WORDINGS) + "; container `<encoding>__<wording>`.\n")

    # ------------------------------------------------------------ negatives
    w("## Negative classes\n")
    w("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    for cname, desc, kinds in negatives202.CLASSES:
        cnt = sum(1 for n in neg if n["class"] == cname)
        w("| `%s` | %d | %s | %s |" % (cname, cnt, ", ".join(bt(k) for k, _f in kinds), desc))
    w("\nEach base kind appears plain and wrapped " + ", ".join(bt(s) for s, _t in negatives202.WRAPPERS if s) + ".\n")

    # ------------------------------------------------------------ checks
    w("## Checks run by build.py before writing\n")
    w("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly "
      "once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or Base64-hidden "
      "password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    w("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain positional, "
      "Base64-hidden, prose and evasion passwords; Base64 positional spans decode to the right frame; UUID-shaped substrings of "
      "every text are version 4; every JWT-shaped string in a positive or evasion text has base64url JSON header and payload and a "
      "signature length that fits its `alg` (adoption token HS512); `rlz_` Adler-32; `dpw_` length; 64-hex HMAC key; X25519 "
      "PKCS#8 frame; `vrk_` Luhn mod 36; 120 vendor regexes plus the JSON inside `glc_`, `sntrys_` and Mapbox `sk.`; fixed-width "
      "columns; base-station CRC-16 and field position; RESP length; VAT, IBAN, Luhn, S10 and Mapbox JSON in their negative classes")
    w("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a newline "
      "and is followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run never contains its plain and never "
      "equals it; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    w("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive "
      "value, plain and hidden password")
    w("- deny-list: every container (positives, evasions, negatives — so also every vendor style, password suffix, prose format, "
      "evasion wording, negative base kind and wrapper inside it), span type, evasion encoding and negative class is compared "
      "case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes (span type without "
      "`mewspw_`) also against the earlier syntax list; prose languages and spares by code, name and name words; "
      "`brief_names.json` is compared with a fresh extraction when `/tmp/brief202/` exists")
    w("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types with "
      "containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct languages; "
      "66 evasions; positives 440–470; span types of the four sources pairwise disjoint; non-everyday containers unique")
    w("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    w("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(muts), sum(1 for _n, c in muts if c), len(muts),
        ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in muts)))

    # ------------------------------------------------------------ shapes
    w("## Shapes you had to guess\n")
    for prov, title in (("read", "*Read this session* for shape in the public gitleaks default rule file (`config/gitleaks.toml`; "
                                 "nothing copied; every value generated; where the rule gives only a prefix or an alphabet range, "
                                 "the exact length is mine)"),
                        ("believed", "Believed right from background knowledge (not re-read this session)"),
                        ("guessed", "Guessed (length and alphabet only; most rescue, vet, volunteer, donation and telemetry vendors "
                                    "publish no token format the builder knows, so these are recognisable from the key name only)")):
        items = [v for v in vsel if v["prov"] == prov]
        w("%s (%d): %s.\n" % (title, len(items), "; ".join("%s (%s)" % (bt(v["name"]), v["desc"]) for v in items)))
    w("Also invented or guessed: the everyday prefixes `rlz_` (with its Adler-32 tail), `dpw_` and `vrk_` (with its Luhn mod 36 "
      "check) and the evasion prefixes `fzk_` / `hlb-` are invented; the HS512 adoption JWT, the 64-hex microchip-reader HMAC key "
      "and the X25519 PKCS#8 telemetry key are modelling choices. The mews-door keypad roster, ring-reader pairing CSV, intake "
      "tablet fixed-width file (columns 41–60), camera-trap `CONFIG.TXT`, flight-scale `UNLK` line and the `<TBS,LOGIN,…*CRC>` "
      "base-station frame are invented formats of this world. Syntaxes from memory, not re-checked: the flags of `mongosh -p`, "
      "`cqlsh -p`, `cypher-shell -p`, `rdesktop -p`, `xfreerdp /p:`, `smbclient` / `rpcclient -U user%pass`, `docker login -p`, "
      "`skopeo --src-creds`, `az login -p`, `cf login -p`, `ldapsearch -w`, `snmpwalk -X` / `-c`, `http -a`, `lynx -auth=`, "
      "`transmission-remote -n`, `deluge-console connect`, `openssl enc -k`, `-passout pass:`, `keytool -storepass`, `redis-cli -a`, "
      "`zip -P`, `pdftk input_pw`, `veracrypt -p`, `cryptsetup --key-file=-`, `zfs load-key` from stdin, `sudo -S`, `p4 login` from "
      "stdin, `net user … /add`, `winrs -p:`, `bcp -P`, `curlftpfs -o user=`, `influx setup -p`, `xdotool type`; the file layouts of "
      "OpenVPN `auth-user-pass`, `rsyncd.secrets`, Postfix `sasl_passwd`, Dovecot and nginx `{PLAIN}` files, vsftpd virtual-user "
      "text, Asterisk IAX `register =>`, `hostapd.wpa_psk`, `.git-credentials`, `.pgpass`, `passwd-s3fs`; the protocol forms of FTP "
      "`PASS`, IMAP `LOGIN`, SMTP `AUTH PLAIN`, Redis RESP, XML-RPC, IRC `PASS`, aria2 `token:`; the SQL forms `pgp_sym_encrypt`, "
      "`AES_ENCRYPT`, SQLCipher `ATTACH … KEY`; the library positions and UI-automation calls. Negatives: CITES permit, Article 10, "
      "ring, microchip, accession, grid-reference and what3words layouts are approximate; the sha512crypt strings, SealedSecret, "
      "Ansible Vault and SOPS bodies are random in the right frame, not ciphertexts of anything.\n")

    # ------------------------------------------------------------ judgement calls
    w("## Judgement calls\n")
    pwv = [v["name"] for v in vsel if v["desc"] == "owner-chosen password"]
    w("- Everyday: six owner-chosen passwords (intake log admin, ring register database, CITES licence portal, flying-display "
      "bookings, volunteer rota admin, taxidermy commission tracker) and six generated secrets (`rlz_` release token, `dpw_` donor "
      "webhook secret, HS512 adoption session JWT, 64-hex microchip-reader HMAC key, Base64 X25519 telemetry-tag key, `vrk_` rota "
      "sync key). The HMAC key has no prefix and the X25519 key is only a Base64 blob, but each signs or decrypts something, so both "
      "are labelled. Key names in everyday files say password / key / secret / token / jwt — that is how such files look; the "
      "telling-key-free cases are in the positional source. The Google Sheets row puts key and value together in one Notes cell.")
    w("- Vendor: most rescue, vet, volunteer, donation and telemetry vendors publish no token format the builder knows, so their "
      "types are recognisable only from the key name — part of the test. %d vendor types carry owner-chosen passwords (%s). The "
      "Discord webhook URL is labelled whole (the URL is the credential). Same-shape traps: the WooCommerce consumer key, Mailjet "
      "API key, Checkfront API key, FreeAgent identifier and Langfuse public key have the shape of their secrets; the Enthuse, "
      "Ko-fi, FareHarbor, Postmark, Railway and MongoDB Atlas secrets are UUIDv4s (secrets that look like ids) while the Entra "
      "client id next to a secret is a UUIDv4 identifier; the Google Cloud Vision key (positive) has the `AIza` shape that public "
      "browser keys share, so only the context (a server-side config) makes it secret; ClickUp personal tokens start `pk_` although they are secrets, while Stripe `pk_live_` in the negatives is public; "
      "Stripe `rk_live_` restricted keys are labelled. The Twilio Account / Message SIDs in the negatives (`AC` / `SM` + 32 hex) "
      "are identifiers that look like keys — a hex-entropy detector will hit them, which is the point. Brands of "
      "the earlier READMEs reappear with other credential kinds (Stripe restricted key, Square production token, SumUp API key, "
      "Shopify custom-app shared secret, Twilio API-key secret, Anthropic workspace key, OpenAI service-account key, GitHub "
      "user-to-server token, GitLab runner token, Sentry org token, Supabase PAT, Mapbox secret token); only type names were checked." % (
          len(pwv), ", ".join(pwv)))
    w("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-a`, `-w`, `/p:`, `-p:`, `-n user:pw`, `-U user%pw`, "
      "`--src-creds`, `-auth=`, `-o user=`; positional arguments of `rabbitmqctl add_user`, `net user`, `deluge-console connect`; "
      "library call positions in Python, Node, Java, C#, Go, Rust, Ruby, PHP, C, Arduino and Lua), unlocks a file, key or store "
      "(`zip -P`, `pdftk input_pw`, `veracrypt`, `cryptsetup`, `zfs load-key`, `openssl enc -k`, `-passout pass:`, `keytool "
      "-storepass`, `zipfile.extractall`, PyKeePass, `load_pem_private_key`, `pypdf.decrypt`, SQLCipher `ATTACH … KEY`), is a key "
      "derived or a signing secret from a literal (`scryptSync`, `PBEKeySpec`, `Rfc2898DeriveBytes`, `jwt.sign`, `cookieParser`, "
      "`pgp_sym_encrypt`, `AES_ENCRYPT` — the literal is still the clear secret), is a shared secret (SNMP community and privacy "
      "passphrase, Wi-Fi passphrases via `WiFiMulti.addAP`, `Blynk.begin`, `wifi.sta.config`, `hostapd.wpa_psk`, camera-trap "
      "config, aria2 RPC token, IRC server `PASS`), sits in a file by position or travels in a protocol exchange. Weakest kept "
      "cases: `keytool -storepass`, `-passout pass:`, `pdftk input_pw`, `username_pw_set`, FTP `PASS` and IRC `PASS` (the flag, "
      "function or verb hints at it), the `.pgpass` / `.git-credentials` files (the file name tells a human), and the roster / "
      "pairing headers `unlock` and `phrase`. UI tests use neutral field ids (`#f2`, `f2`, `Key('f2')`). Several ideas repeat the "
      "earlier corpora on new tools (URL userinfo, `-p` after `-u`, library call positions, UI typing, Base64 protocol lines, "
      "invented fixed-width and checksummed frames); novelty was checked by name, not by signature.")
    w("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for German, "
      "Italian, Portuguese, Norwegian Bokmål, Galician, Russian, Serbian, Bosnian, Standard Malay, Japanese, Mandarin Chinese, "
      "Korean, Hindi, Esperanto; modest for Icelandic, Luxembourgish, Western Frisian, Tagalog, Kazakh, Uzbek, Tajik, Mongolian, "
      "Hebrew, Standard Arabic, Bengali, Marathi, Gujarati, Hausa; low for Faroese, Scottish Gaelic, Breton, Kannada, Malayalam, "
      "Sinhala, Khmer, Burmese, Yoruba, Zulu, Xhosa, Malagasy. Loan words (tablet, password, पासवर्ड, パスワード) are kept as people "
      "use them. Hebrew and Arabic are right-to-left with the Latin value embedded.")
    w("- Evasions: Roman numerals, Thai digits, Chinese numerals, base 12, balanced ternary, base −2, Zeckendorf and factorial base "
      "are numeral notations; XOR 0x5A hex and ones' complement bytes are byte notations (a detector that XORs or complements "
      "will see the plain); the 9-column grid is a Polybius-style cipher with the grid stated; Dvorak-on-QWERTY is a keyboard "
      "trick with the layouts stated; fullwidth, circled and double-struck letters fold back under NFKC, while the invisible tag "
      "characters need a tag-block strip and look like an empty line (the run is still the span); Italian number words are a "
      "spelled form; hawk weights and display slot lengths are falconry disguises, microchip tails and bat-detector frequencies "
      "rescue disguises and glass-eye sizes a taxidermy disguise of code points. Close relatives exist in the earlier corpora (base "
      "9 / 4 / 7 / 20 / 60 next to these numeral systems, Tibetan / Bengali / Ge'ez digits next to Thai digits and Chinese "
      "numerals, Gray code and bit reversal next to XOR and ones' complement, QWERTY shift next to Dvorak, bold-serif / Greek "
      "look-alikes next to fullwidth / circled / double-struck, combining marks next to tag characters, Swedish / Esperanto words "
      "next to Italian, their world disguises next to these); novelty was checked by name against both READMEs and by notion "
      "against the encodings they name in prose.")
    w("- Negatives: ring numbers, microchip numbers, CITES / Article 10 references, charity / company / VAT numbers, IBANs (public "
      "on a donate page, not a credential), IMEIs / ICCIDs, accession and GBIF ids, MACs and LoRaWAN EUIs, Twilio SIDs and Stripe "
      "object ids, S10 tracking numbers and grid references are identifiers; Stripe `pk_live_`, the reCAPTCHA site key, Mapbox "
      "`pk.`, PostHog `phc_` and the Sentry DSN are public by design (the DSN's key part is arguable; Sentry documents it as safe "
      "to expose); `rlz_<…>`, `dpw_XXXX…`, `<choose-a-strong-one>`, empty values, an all-zero key, `${…:?…}`, `REPLACE_ME` and "
      "`changeme` (arguably a weak real password; treated as a placeholder as in the earlier corpora) are placeholders; stars, "
      "`[REDACTED]`, `***` and a 4-character tail carry no usable value; Secrets Manager ARNs, Vault KV data sources, "
      "`secretKeyRef`, `op://` and `vault:` are pointers; PBKDF2, SSHA and sha512crypt strings are one-way hashes (the column is "
      "called `password` / `userPassword`, a trap) and Django `!` strings are unusable-password markers; SealedSecret, Ansible "
      "Vault and SOPS bodies are ciphertext; photo digests and ETags are public hashes. Random fillers are generated, so an "
      "entropy-only detector will hit them — that is the point.\n")

    # ------------------------------------------------------------ sources
    w("## Sources consulted\n")
    w("- The two READMEs in `/tmp/brief202/` (p197 and p199), for format and coverage only. The detector was not opened, listed "
      "or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except "
      "`/tmp/scratch202/` was looked at.")
    w("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default "
      "rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror "
      "directory and extracted with `git show` into `/tmp/scratch202/`), read for the rules behind every vendor type marked *read "
      "this session* above (%s). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; the "
      "remaining shapes come from the builder's memory and are marked above as believed or guessed." % (
          ", ".join(v["name"] for v in vsel if v["prov"] == "read")))
    return "\n".join(out) + "\n"
