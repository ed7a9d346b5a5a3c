"""Renders README.md from the generated data (deterministic; no clock)."""
from collections import Counter

import checks189
import common189
import enc189
import everyday189
import evasions189
import negatives189
import positional189
import prose189
import vendor189


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(data, info):
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    deny = info["deny"]
    src = Counter(r["source"] for r in S)
    pw = [r for r in S if r["source"] == "password"]
    ncls = Counter(n["class"] for n in N)
    muts = info["mutations"]
    L = []
    a = L.append
    a("# privacy_hundredeightyninth (p189) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**nightclub, karaoke-bar and live-music venue developers**: guest-list and table-booking apps (SevenRooms, Tablelist, "
      "UrVenue, Discotech, OpenTable, DICE, Resident Advisor, Eventbrite, Skiddle, Fatsoma, Ticket Tailor, Ticketmaster, "
      "See Tickets, Tixr, Shotgun, Xceed), door scanners and ID verification (MRZ capture, PatronScan, Veriff, Onfido, Jumio, "
      "Yoti, Intellicheck, Trulioo, Stripe Identity), karaoke song-catalogue licensing and room timers (KaraFun, Singa, "
      "Stingray, PPL PRS, BMI, ISRC / ISWC catalogues, ESPHome room timers), DJ booth and lighting-console show files (OBS, "
      "SRT, Twitch, Restream, MusicKit, Spotify, SoundCloud, Mixcloud, Beatport, Musixmatch, Genius, ACRCloud, QLC+-style "
      "workspaces, Art-Net bridges, grandMA2 telnet, OSC, ChamSys MagicQ, Philips Hue), bar tabs and cashless wristbands "
      "(Toast, Lightspeed K-Series, Adyen, Mollie, Stripe, Dojo, Weezevent, Intellitix, Glownet, Tappit, 7shifts, Planday, "
      "NFC wristband HMAC keys), promoter ticket splits and settlement sheets (Prism.fm, Wise, PayPal Payouts, Tipalti, "
      "Trolley, FreshBooks, Apps Script, VBA workbooks, PASETO service tokens), noise-level monitoring for licence compliance "
      "(Pulsar, Cirrus NoiseHub, Svantek SvanNET, Sonitus, Raspberry Pi and MicroPython loggers, LTE modems), CCTV and incident "
      "logs (Rhombus, Eagle Eye, UniFi Protect, Dahua DSS, Avigilon Alta, PagerDuty, Opsgenie, Fernet-encrypted exports); "
      "plus the commerce, messaging, AI, developer and ops services such developers use (Twilio, Vonage, Plivo, SendGrid, "
      "Postmark, SparkPost, Mailjet, OneSignal, WhatsApp Cloud API, Meta, Discord, Pusher, Ably, FCM, OpenAI, Anthropic, "
      "ElevenLabs, Deepgram, AssemblyAI, xAI, OpenRouter, Hugging Face, Cohere, npm, PyPI, GitHub, GitLab, Vault, Doppler, "
      "Terraform Cloud, Grafana, New Relic, Sentry, Tailscale, ngrok, Netlify, Supabase, PlanetScale, Cloudflare, Azure AD, "
      "AWS SES, DigitalOcean Spaces, Mapbox, Algolia …); with hard negatives from the same world (passport MRZ lines, ISRC / "
      "ISWC codes, Verhoeff booking references, Damm ticket barcodes, NFC wristband UIDs, fixture patches, LAeq exports, clip "
      "digests, payout IBANs, public client ids, documentation examples, masked values, secret references, SOPS / Vault "
      "ciphertext, password hashes, briefing prose, SSH public keys, lockfile integrity hashes, device ids, JWKS). Everything "
      "is produced by `build.py` and its modules (`common189.py`, `everyday189.py`, `vendor189.py`, `positional189.py`, "
      "`prose189.py`, `enc189.py`, `dec189.py`, `evasions189.py`, `negatives189.py`, `checks189.py`, `readme189.py`, frozen "
      "deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (18901 everyday, 18911 "
      "everyday pairing, 18902 vendor, 18903 positional passwords, 18904 prose, 18905 evasions, 18906 negatives), no clock, "
      "no network. `python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three "
      "JSONL files, runs every check and %d mutation tests, renders this README from both generations and compares it, and "
      "only then writes the files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py "
      "--freeze` re-extracts the deny-list from `/tmp/brief189/`.\n" % len(muts))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredeightyninth/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The "
      "only project material read were the two READMEs in `/tmp/brief189/` (`README_hundredeightysixth.md`, p186, "
      "shooting-range / archery / firearms-retail compliance developers; `README_hundredeightyseventh.md`, p187, "
      "charity-shop / thrift-store / donation-logistics developers), used only to learn the file format and what is already "
      "covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch189/` (trial builds and "
      "extracted copies of two public rule sets, see Sources). The deny-list (`common189.extract_denylist`) holds every "
      "backticked name and every snake_case identifier of both READMEs, lower-cased, also split at `__`, with earlier "
      "positional prefixes (`<letters>pw_`) stripped into a separate syntax list (%d names, %d earlier syntaxes), the code of "
      "every `` `code` (Name) `` language pair including the spares (%d codes) and the names and name words of those pairs "
      "(%d entries). It is frozen in `brief_names.json`; when `/tmp/brief189/` exists the build re-extracts it and fails if it "
      "differs (this build: %s). Every candidate list was written after reading the READMEs and the build fails on any "
      "overlap; nothing collided in the trial builds, so nothing had to be renamed. Novelty is checked against these two "
      "READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), info["deny_status"]))

    # ---------------- files and counts
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(S), sum(len(r["secrets"]) for r in S), len(set(r["type"] for r in S)), len(set(r["container"] for r in S)),
         src["everyday"], src["vendor"], src["password"], src["prose"], src["prose"]))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(E), len(E), len(set(r["type"] for r in E)),
                                                                        len(set(r["container"] for r in E)), len(set(r["encoding"] for r in E))))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len(set(n["container"] for n in N)), len(ncls)))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p189-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, "
      "`password`, `prose`). Evasions (`p189-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, "
      "`secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives "
      "(`p189-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kinds written and "
      "unused: %s). Vendor 120 (%d candidates written: the venue-world vendors first, mainstream developer services after "
      "them, and the %d weakest or most generic moved to the end; unused tail: %s). Positional passwords %d (%d syntaxes "
      "written; set aside as near-duplicates of kept forms or because the command itself says \"password\": %s). Prose 40 "
      "in 40 languages (spares unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 "
      "presentations. Positives total %d (asked: about 450). Values, hidden passwords, evasion plains and runs drawn through "
      "the registry: %d.\n"
      % (_bt(everyday189.SPARE_CONTAINERS), len(vendor189.V), len(vendor189.DEFERRED), _bt(t[0] for t in vendor189.unused()),
         src["password"], len(positional189.S), _bt(positional189.SET_ASIDE),
         ", ".join("`%s` (%s)" % (c, n) for c, n in prose189.SPARES), len(N), len(ncls), len(S), data["registry_size"]))

    # ---------------- conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a promoters' WhatsApp export, "
      "a Discord DM from the head of door, a Trello comment, an OCR'd bar handover notebook, a settlement Google Sheet CSV, "
      "a zsh history, a Jira comment, a vendor onboarding e-mail, a 1Password CSV export, shell histories of `vercel env "
      "add`, `gcloud secrets create`, `wrangler secret put` and `firebase functions:config:set`) are labelled.")
    a("- Owner-chosen passwords are a word of the venue world (%s; %d in all; capitalised with probability 0.4) + one of "
      "`- _ . + ! *` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). "
      "The build checks `^[A-Za-z][a-z]+[-_.+!*][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the owner-chosen "
      "vendor passwords, and the strict `- _ .` form for every plain positional value, every password hidden inside a Base64 "
      "positional value, every prose value and every evasion door-tablet plain."
      % (", ".join(common189.WORDS[:40]) + ", …", len(common189.WORDS)))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text. All of them "
      "are drawn through one registry that refuses any string in a substring relation with an earlier one; a negative is "
      "redrawn if it contains any registered string.")
    a("- Structured values are valid: every UUID-shaped substring of every text is version 4 (checked); the door-app service "
      "token is a real HS512 JWT and the Shotgun organizer token a real HS256 JWT (base64url JSON, HMAC under a discarded "
      "key), the MusicKit developer token an ES256-shaped JWT with a random 64-byte signature (JSON and signature length of "
      "every JWT checked); the table-booking `whsec_` body is Base64 of 24 bytes, the Fernet key base64url of 32 bytes, the "
      "PASETO `v4.local.` body at least 104 bytes, the SES SMTP password Base64 of 0x04 + 32 bytes, the Spaces secret "
      "unpadded Base64 of 32 bytes (all checked); `gho_` / `ghs_` tokens carry a real base62 CRC-32 tail; the "
      "Sentry org token and the Mapbox `sk.` token carry real Base64 / base64url JSON (checked); %d vendor shapes are "
      "regex-checked. The three Base64 positional spans decode to `user:password` (Docker `config.json` `auth`, `.npmrc` "
      "`_auth`) or NUL user NUL password (SMTP `AUTH PLAIN`) and the hidden password is shape-checked. Negatives: MRZ check "
      "digits (7-3-1, composite), ISWC, Verhoeff, Damm, IBAN mod-97 and IMEI Luhn digits are real; SSH public keys have the "
      "real ed25519 wire layout and their `SHA256:` fingerprints are computed from them; SHA-256, SHA-512 and SHA-1 values are "
      "real digests of random bytes (MRZ, ISWC, Verhoeff, Damm, IBAN, SSH and integrity checked at build time)."
      % len(checks189.VENDOR_RX))
    a("- Public neighbours are unlabelled: user names, hosts (`*.club.internal`, `*.club.example`, `karaoke.lan`, private "
      "addresses), key names, and ids written next to a secret (%s) and the user half of a user / password pair."
      % "; ".join("`%s`: %s" % (t[0], " ".join(t[3][0])) for t in vendor189.used() if t[3]))
    a("- Positional passwords: span type `clubpw_<syntax>`, container `clubpw_<syntax>__<suffix>` where the suffix says where "
      "the text lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional189.SUFFIX.items()))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its "
      "own run, if the run equals the plain or if the run would start or end with whitespace.\n")

    # ---------------- categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[3]) for t in everyday189.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (c[0], c[1]) for c in everyday189.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 18911) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits in "
      "exactly 15 records (checked); secrets therefore also land in implausible places (a wristband HMAC key in Rails "
      "secrets, a Fernet key in a Symfony env file). Key names are the type's key words in the container's own case style: "
      "upper (UPPER_SNAKE for dotenv, Gradle `buildConfigField`, Django, Cargo `[env]`, Symfony, systemd, MicroPython, batch, "
      "Flask, ConfigMap, docker run, GitLab CI, CircleCI, Jenkins, EAS, Vite, xcconfig, zsh history), snake (Rails, ESPHome, "
      "Go YAML, Terraform, Ansible INI, PHP INI, Lua, OpenWrt UCI), camel (electron-store, Stream Deck, Apps Script, Grafana "
      "provisioning, node-config), pascal (QLC+-style XML, OBS INI, .NET appsettings, T-SQL variables, VBA consts), kebab "
      "(pyproject tool section), dot (Android `local.properties`, Spring bootstrap, `firebase functions:config:set`), spaced "
      "(WhatsApp, Discord, Trello) and title (OCR'd notebook, Sheets CSV header).\n")
    a("Vendor (120 types, container `<type>__<style>`): " + _bt(t[0] for t in vendor189.used()) + ". Styles (12, assigned "
      "cyclically): " + _bt(vendor189.STYLES) + ". Where a vendor pairs a public id with the secret, the id is written next "
      "to it in the same style and left unlabelled.\n")
    a("Positional passwords (%d syntaxes, span type `clubpw_<syntax>`): " % len(pw) + _bt(r["type"] for r in pw) + ".\n")
    a("Prose: someone tells a colleague the password of the club office PC and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them is among the languages "
      "or spares of either README (checked: code against the codes and all deny-listed names; name and each name word against "
      "the language names). Scripts: %s. Japanese, Mandarin, Khmer and Burmese do not separate words with spaces, so the "
      "value got spaces around it; every value is set off by whitespace on both sides (checked).\n"
      % (prose189.TYPE, _bt(prose189.FORMATS), ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose189.LANGS),
         ", ".join(sorted(set(s for _c, _n, s, _t in prose189.LANGS)))))

    # ---------------- evasions
    a("## Evasion encodings\n")
    a("; ".join("`%s` = \"%s\"" % (k, v[1]) for k, v in enc189.ENCODINGS.items()) + ".\n")
    a("Encoders are in `enc189.ENCODINGS` (hand-written; the rng only adds noise the decoder ignores: combining marks, DMX "
      "channel numbers, karaoke track numbers, LAeq decimals); the decoder `dec189.decode` gets only the encoding name and the "
      "run and is written separately, importing nothing from the encoder and no `base64`, `binascii` or `codecs`: Atbash "
      "arithmetic on code points, a Polybius grid rebuilt from code ranges, letter numbers, `int(…, 8)`, Zeckendorf and "
      "factoradic evaluation with freshly built Fibonacci numbers and factorials, base-62 Horner evaluation, a hand-written "
      "uudecoder, regular expressions for percent escapes, HTML references and U+ notation, a DNA base table, NFKC for the "
      "circled forms, an inverse table of the turned letters typed again from the upright side, deletion of every Mn "
      "character, the rotation undone, a retyped element table, a MIDI note parser and regular expressions with arithmetic "
      "for the four venue disguises. Every pair was round-tripped on 300 random plains per notation (all three plain types) "
      "while writing; at build time every span is decoded back to its `plain`. Families: "
      + "; ".join("%s: `%s`" % (v[0], k) for k, v in enc189.ENCODINGS.items()) + ". Evasion types: "
      + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in evasions189.ETYPES) + "; wordings: "
      + _bt(w[0] for w in evasions189.WORDINGS) + "; container `<encoding>__<wording>`.\n")

    # ---------------- negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    for cls, kinds, desc in negatives189.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cls, ncls[cls], _bt(k for k, _f in kinds), desc))
    a("\nEach base kind appears plain and wrapped " + ", ".join("`%s`" % w for w, _f in negatives189.WRAPPERS if w) + ".\n")

    # ---------------- checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or "
      "Base64-hidden password in any text; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain "
      "positional, Base64-hidden, prose and evasion passwords; Base64 positional spans decode to `user:password` or NUL user "
      "NUL password; UUID-shaped substrings of every text are version 4; every JWT has base64url JSON header and payload and "
      "a signature length that fits its `alg` (HS512, HS256, ES256); wristband HMAC hex, `whsec_` 24 bytes, PASETO frame, SRT "
      "passphrase, Fernet 32 bytes; `gho_` / `ghs_` CRC-32 tails; Sentry org token JSON; Mapbox `sk.` JSON; SES and Spaces Base64 lengths; %d vendor regexes; "
      "MRZ, ISWC, Verhoeff, Damm, IBAN, ed25519 blob / fingerprint and SHA-512 integrity lengths in their negative classes"
      % len(checks189.VENDOR_RX))
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run comes right after `:` and a "
      "newline, is on one line and is followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run never "
      "contains its plain; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain, run and hidden password")
    a("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose "
      "format, evasion wording, negative base kind and wrapper inside it), span type, positional syntax (also against the "
      "earlier syntax list), evasion encoding and negative class is compared case-insensitively, whole name and each `__` "
      "part, with the frozen deny-list; prose languages and spares by code, name and name words; `brief_names.json` is "
      "compared with a fresh extraction when `/tmp/brief189/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types "
      "with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct "
      "languages; 66 evasions; positives 440–470; span types of the five sources pairwise disjoint; non-everyday containers "
      "unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n"
      % (len(muts), sum(c for _n, c in muts), len(muts), ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in muts)))

    # ---------------- shapes
    groups = {"read": [], "believed": [], "guessed": [], "password": []}
    for t in vendor189.used():
        groups[t[5]].append("`%s` (%s)" % (t[0], t[4]))
    a("## Shapes you had to guess\n")
    a("Prefix / layout read this session in public rule files (gitleaks `config/gitleaks.toml`, Kingfisher `data/rules/*.yml`; "
      "read for shape only, nothing copied): " + "; ".join(groups["read"]) + ".\n")
    a("Believed right from background knowledge (not re-read this session): " + "; ".join(groups["believed"]) + ".\n")
    a("Guessed (length and alphabet only, recognisable from the key name; most venue-world vendors publish no token format "
      "the builder knows): " + "; ".join(groups["guessed"]) + ".\n")
    a("Owner-chosen passwords (the integration logs in with user / password): " + _bt(t[0] for t in vendor189.used() if t[5] == "password") + ".\n")
    a("Also guessed or invented: the everyday layouts are modelling choices (bare 64-hex wristband HMAC key, Svix-style "
      "`whsec_` + Base64 of 24 bytes for the booking webhooks, PASETO v4.local for the settlement API with random bytes in the "
      "frame, a 32-character base62 SRT passphrase, HS512 door-app JWT, Fernet key for the incident exports); the evasion "
      "prefixes `wtk_` and `ik-` are invented. Syntaxes from memory, not re-checked: `sshpass -p`, `smbclient -U user%pass` and "
      "the bare password after the service, `xfreerdp /p:`, `mongosh -p`, `redis-cli -a`, `rabbitmqctl add_user`, `curl -u`, "
      "`docker login -p`, `oc login -p`, `az login -p`, `zip -P`, `unrar x -p`, `qpdf --encrypt user owner 256 --`, "
      "`ssh-keygen -p -P`, `ldapsearch -w`, `mkpasswd -m sha-512`, `mosquitto_passwd -b`, `sudo -S`, `ccrypt -K`, MPD "
      "`password@host`, `icecast://source:pass@`, `poetry config http-basic`, `dotnet nuget add source -p`, `twine -p`, "
      "`yt-dlp -p`, `net user … /add`, `winrs -p:`, `security unlock-keychain -p`, `mysql -pPASS`, `snmpwalk -c`, BSD `ftp -n` "
      "with `user`, `veracrypt -p`, `keepassxc-cli` on stdin, `db.auth`; argument positions of smtplib / imaplib `login`, "
      "pika `PlainCredentials`, `HTTPDigestAuth`, pypdf `decrypt`, ldap3 `Connection`, cx_Oracle `connect`, obs-websocket "
      "(Python `obsws` third, JS `connect` second), `jwt.sign`, `cookieParser`, CryptoJS `AES.encrypt`, `DriverManager."
      "getConnection`, JavaMail `Transport.send` (third), `JedisPool` (fifth), Fuel `basic`, SSH.NET `SshClient`, "
      "`Rfc2898DeriveBytes`, `smtp.PlainAuth` (third), minio `NewStaticV4`, lettre `Credentials::new`, reqwest `basic_auth`, "
      "Ruby `Net::SMTP.start` (fifth) and `PG.connect` (seventh), Faraday `:authorization, :basic`, `PDO`, `ldap_bind`, "
      "`openssl_encrypt` (third), Perl `Net::SMTP->auth` and `Net::Telnet->login`, `mysql_real_connect` (fourth), "
      "`WiFiMulti.addAP`, `Blynk.begin` (third); the file layouts of `.pgpass`, OpenVPN `auth-user-pass`, `rsyncd.secrets`, "
      "dovecot passwd-file `{PLAIN}`, postfix `sasl_passwd`, git credential store, Docker `config.json` and `.npmrc` `_auth`; "
      "protocol forms of SMTP `AUTH PLAIN`, IMAP `LOGIN`, Redis RESP `AUTH`, IRC `OPER`, Quectel `AT+QICSGP` (fifth) and 3GPP "
      "`AT+CGAUTH` (fourth), grandMA2 telnet `Login`; the UI-automation calls (Playwright, Cypress, Selenium Python, "
      "AutoHotkey v2 `SendText`, AutoIt, xdotool, Flutter `enterText`, Capybara `fill_in … with:`, UFT `WebEdit.Set`, Ranorex "
      "`Keyboard.Press`, AppleScript `keystroke`, UI Automation `ValuePattern.SetValue`). The door-staff roster CSV, karaoke "
      "tablet pipe file, lighting-console fixed-width users file (columns 21–44), wristband kiosk TSV, noise-logger SD config, "
      "promoter settlement import line, the OSC unlock message, the door-scanner serial `AUTH` frame and the karaoke timer "
      "`HELLO` line are invented formats of this world. Negatives: MRZ names are synthetic; ISRC registrant codes, Damm / "
      "Verhoeff reference layouts, NFC block dumps, SOPS / Vault transit bodies, Django PBKDF2 and `$6$` strings, JWKS moduli "
      "are random in the right frame (not hashes or keys of anything).\n")

    # ---------------- judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (guest-list admin, door-scanner supervisor override, karaoke timer admin, "
      "lighting console remote, bar-tab database, noise portal) and six generated secrets (wristband HMAC key, `whsec_` "
      "booking webhook secret, PASETO settlement token, SRT passphrase, HS512 door JWT, Fernet key). The bare 64-hex HMAC key, "
      "the SRT passphrase and the Fernet key have no telling prefix but sign or encrypt, so they are labelled. The Vite "
      "`.env.production` kind stands for a secret that leaks into a public bundle; it is still labelled. Key names in everyday "
      "files say password / key / secret / token / passphrase / jwt — that is how such files look; the telling-key-free cases "
      "are in the positional source.")
    a("- Vendor: most venue-world vendors (guest list, door ID, karaoke, cashless, noise, CCTV, settlement) publish no token "
      "format the builder knows, so their types are recognisable only from the key name – part of the test. Seven vendor "
      "types carry owner-chosen passwords (See Tickets, Intellicheck, Trulioo, PPL PRS portal, ChamSys MagicQ remote, "
      "SvanNET, Dahua DSS); the OBS WebSocket password is generated (16 alphanumerics) as OBS does. The Ticketmaster "
      "Discovery consumer key is the credential (sent as `apikey`) and is labelled; the Discord webhook URL and the Ably key "
      "(`app.key:secret`) are labelled whole; the Philips Hue bridge \"username\" is the credential. Same-shape traps: the "
      "Spotify client id and secret are both 32 hex, the SoundCloud / Mixcloud ids and secrets both 32 alphanumerics, the "
      "Twitch id and secret both 30 lower-case alphanumerics, the Pusher key and secret both 20 hex, the Mailjet key and secret "
      "both 32 hex, the Gusto-style id and secret both base64url (unused tail); the Veriff API key and shared secret are both "
      "UUIDv4; Stripe `pk_live_`, the Mapbox `pk.` token, the Algolia search-only key, the Spotify client id, the Pusher key and "
      "a Sentry DSN appear only in the negatives while `rk_live_`, Mapbox `sk.` and the Algolia admin key are positive. Public halves left unlabelled that a "
      "scorer may argue about: Eventbrite's \"API key\" (it is the OAuth client id), the Jumio API token (the user half of "
      "its token / secret Basic-auth pair), the Veriff API key (sent in a header, but the shared secret is what signs), the "
      "Tixr CPK and the PayPal client id. The "
      "`SK…` Twilio API key SID, the `AKIA…` SES SMTP user, the `DO00…` Spaces key and the R2 access key id are neighbours, "
      "not labelled. Brands of the earlier READMEs reappear with new credential kinds (OpenAI service-account key, Anthropic "
      "console key, Stripe restricted key and webhook secret, Twilio API key secret, GitHub OAuth / installation tokens, GitLab "
      "deploy and runner tokens, Sentry org token, Cloudflare origin CA key and R2 secret, Azure AD client secret, AWS SES SMTP "
      "password); only type names were checked.")
    a("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-a`, `-w`, `/p:`, `-p:`, `-u user:pass`, `-U "
      "user%pass`; positionals of `smbclient`, `rabbitmqctl add_user`, `net user`, `poetry config`, `mosquitto_passwd`, "
      "`db.auth`; URL userinfo for `psql`, `mycli`, `git remote set-url`, icecast, asyncpg, mysql2, knex; MPD `pass@host`; "
      "library call positions in Python, Node, Java, Kotlin, C#, Go, Rust, Ruby, PHP, Perl, C and Arduino), protects a file "
      "or key (`zip -P`, `unrar -p`, `qpdf --encrypt`, `ssh-keygen -P`, `ccrypt -K`, `veracrypt -p`, `keepassxc-cli`, "
      "`security unlock-keychain`, pypdf `decrypt`, CryptoJS, `openssl_encrypt`, `Rfc2898DeriveBytes`), is a signing secret "
      "typed as a literal (`jwt.sign`, `cookieParser`), is a shared secret (Wi-Fi via `WiFiMulti.addAP` and `Blynk.begin`, "
      "SNMP v2c community string, the MPD password), is being set or hashed (`rabbitmqctl add_user`, `net user /add`, "
      "`mosquitto_passwd -b`, `mkpasswd` – the literal is still the clear password), sits in a file by position (`.pgpass`, "
      "OpenVPN auth file, `rsyncd.secrets`, dovecot, postfix, git credential store, six invented files), travels in a protocol "
      "exchange (SMTP `AUTH PLAIN` as a Base64 span, IMAP `LOGIN`, Redis RESP `AUTH`, IRC `OPER`, AT-command APN "
      "credentials, grandMA2 `Login`, three invented frames) or is typed by automation (twelve UI tools, plus `sudo -S` and "
      "`xdotool`). The SNMP community string is arguably an access token rather than a password; it is kept because it "
      "grants device access. `--store-password-in-clear-text`, `passwd` files, `{PLAIN}`, `sasl_passwd` and `OPER` keep a "
      "hint of the word; they are the weakest kept cases. UI tests use neutral field ids (`#field-2`, `field2`, `field_2`, "
      "`Field2`). Several ideas repeat the earlier corpora on new tools (URL userinfo, library call positions, UI typing, "
      "Base64 protocol lines, invented files); novelty was checked by name, not by signature.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "German, Italian, Portuguese, Russian, Norwegian, Galician, Serbian, Bosnian, Malay, Esperanto, Japanese, Korean, "
      "Mandarin, Hindi; modest for Icelandic, Western Frisian, Luxembourgish, Hebrew, Arabic, Bengali, Marathi, Gujarati, "
      "Tagalog, Kazakh, Uzbek, Haitian Creole, Scottish Gaelic; low for Faroese, Breton, Telugu, Kannada, Malayalam, Sinhala, "
      "Khmer, Burmese, Javanese, Yoruba, Hausa, Zulu, Xhosa. The Gaelic sentence puts the value before the noun phrase "
      "(copula order). Loan words (`PC`, `password`, पासवर्ड, パスワード) are kept as people use them.")
    a("- Evasions: Atbash, Polybius and letter numbers are classic puzzle ciphers (Atbash keeps the length and the `- _ .`, so "
      "the run of a door password looks like another password – intended); octal, Zeckendorf and factoradic are numeral "
      "systems; base 62, uuencode, percent-escapes, HTML references, U+ notation and DNA letters are byte / code-point "
      "notations (percent and HTML forms decode in any browser or URL parser, a detector that unescapes will see the plain); "
      "circled letters fold back to ASCII under NFKC while the turned letters do not; combining marks leave the plain visible "
      "to a human reader but break every regex; the rotation keeps every character in view (the whole plain never appears in "
      "its run, checked); element symbols and MIDI notes are spelled forms; BPM set lists, DMX cue levels, karaoke disc "
      "numbers and LAeq readings are venue disguises of code points (LAeq 45–122 dB, BPM 65–142). Close relatives exist in the "
      "earlier corpora (ROT47 / QWERTY shift next to Atbash, Roman / Chinese / Thai / balanced ternary / negabinary next to "
      "octal / Zeckendorf / factoradic, Base58 / Base45 / Base36 next to base 62 and uuencode, full-width / Greek look-alikes "
      "next to circled and turned letters, soft hyphens next to combining marks, reversal / odd-even split next to the "
      "rotation, range and charity-shop disguises next to the venue ones); novelty was checked by name and by notion against "
      "both READMEs.")
    a("- Negatives: passport MRZ lines are personal data but not credentials; ISRC / ISWC codes, Verhoeff booking references, "
      "Damm ticket barcodes, NFC UIDs, fixture patches, LAeq exports, incident references, IBANs, device ids and request ids "
      "are identifiers (12-digit barcodes, 32-hex NFC block dumps and 14-digit serials are traps for shape-only detectors); clip "
      "SHA-256, lockfile SHA-512, git SHA-1 and SSH fingerprints are digests; Stripe `pk_live_`, a referrer-restricted Maps "
      "key (arguable), Spotify client id, Meta pixel id, Sentry DSN (arguable), Pusher key, Algolia search-only key, OneSignal "
      "app id, Mapbox `pk.` token, SSH public keys and JWKS moduli are public by design; `<your-api-key>`, the AWS documentation "
      "example key pair (`AKIAIOSFODNN7EXAMPLE` / `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, a published placeholder, a trap), "
      "`whsec_...`, `sk_live_xxxx…`, `REPLACE_ME`, empty values, `${…:?…}` and an all-zero 64-hex key are placeholders; bullets "
      "and ellipses with a 4-character tail after `whsec_` / `sk_live_`, `eyJ***redacted***`, `***`, `SG.****` and "
      "`[REDACTED n chars]` are masked; `secretKeyRef`, `vault:secret/data/…#key`, `${{ secrets.… }}` and ARNs are pointers; "
      "SOPS `ENC[…]` and Vault `vault:v1:` are ciphertext; PBKDF2 and SHA-512-crypt strings are one-way hashes (sensitive, "
      "not usable credentials; the SQL column is called `password`, a trap); the briefing and handbook talk about passwords "
      "without one. Random fillers are generated, so an entropy-only detector will hit them – that is the point.\n")

    # ---------------- sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief189/` (p186 and p187), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch189/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory, extracted with `git show` into `/tmp/scratch189/`, and read for the rules of OpenAI (`svcacct`), "
      "Anthropic, SendGrid, Facebook / WhatsApp (`EAA…`, app secret), Stripe restricted keys, Twitch, npm, PyPI, GitHub app "
      "and OAuth tokens, GitLab deploy / runner tokens, Vault, Terraform Cloud, Grafana service accounts, New Relic `NRAK-`, "
      "Sentry org tokens, Cloudflare origin CA keys, Azure AD client secrets, PlanetScale, Mapbox, Algolia, Hugging Face "
      "organisation tokens, Cohere, FreshBooks, Doppler, Databricks, Fastly, Intercom and a few others that were then not "
      "used); the public Kingfisher rule files (`mongodb/kingfisher`, `data/rules/*.yml`, located with the search tool's "
      "`find_repos` / `find_files`, brought in with `fetch` and extracted with `git archive` into `/tmp/scratch189/`) for "
      "ElevenLabs, xAI, Tailscale, ngrok, OneSignal, Spotify, Eventbrite, Ticketmaster, Twitch, Deepgram, AssemblyAI, "
      "Replicate, Supabase, PlanetScale, Vercel, Doppler, Terraform Cloud, PayPal, SparkPost and Postmark. Betterleaks, "
      "CredSweeper and vendor documentation were not opened this session; the remaining shapes come from the builder's "
      "memory and are marked above as believed or guessed.")
    return "\n".join(L) + "\n"
