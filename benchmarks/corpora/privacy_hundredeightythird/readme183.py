"""Render README.md from the generated data (deterministic)."""
import everyday183
import negatives183
import positional183
import prose183
import vendor183
from enc183 import ENCODINGS
from evasions183 import EV_TYPES, WORDINGS


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(data, deny, deny_note, muts):
    pos, ev, neg = data["secrets"], data["evasions"], data["negatives"]
    src = {}
    for r in pos:
        src.setdefault(r["source"], []).append(r)
    n_types = len({r["type"] for r in pos})
    n_kinds = len({r["container"] for r in pos})
    classes = []
    for r in neg:
        if r["class"] not in classes:
            classes.append(r["class"])
    kept = vendor183.VENDORS[:vendor183.N_KEEP]
    tail = [v["name"] for v in vendor_tail()]
    L = []
    a = L.append
    a("# privacy_hundredeightythird (p183) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **science-centre, planetarium and observatory developers**: planetarium dome projection and show-control "
      "systems (Digistar / SciDome-style show servers, OpenSpace, Stellarium remote control, OSC bridges to the dome projectors), "
      "telescope-mount and dome automation (ASCOM drivers and profiles, ASCOM Alpaca / Remote, INDI drivers, N.I.N.A. profiles, "
      "roll-off roofs, UPS and power switches), all-sky camera uploads (allsky / indi-allsky settings, FTP / S3 / Cloudinary / Bunny "
      "/ Wasabi targets, keograms, FITS), exhibit kiosk software (Electron and Chrome kiosk policies, Unity / TouchDesigner exhibits, "
      "Intuiface, BrightSign, Xibo, balena, Mender fleets), school-trip and group booking (Tessitura, Spektrix, Eventbrite, "
      "Ticket Tailor, Tito), membership and donor CRMs (Blackbaud SKY, Salesforce, Bloomerang, Neon CRM, "
      "Donorbox, Givebutter, PayPal Giving), citizen-science data submission (Zooniverse, iNaturalist, "
      "AAVSO, CoCoRaHS, American Meteor Society, meteor-camera uploaders, astrometry.net, Las Cumbres Observatory, Telescope Live, "
      "NASA APIs, N2YO, Space-Track, Gaia), observatory weather stations (WeeWX, ESPHome / Arduino masts, WeatherLink, Ambient, "
      "Tempest, Weather Underground PWS, Netatmo, Windy, Visual Crossing, Met Office DataHub), live-stream "
      "of eclipse and star-party events (YouTube Live, Twitch, Facebook Live, Vimeo, Mux, LiveKit, Agora, Wowza, OBS "
      "WebSocket, Icecast, Zoom); plus the commerce, messaging, AI, developer and ops services such developers use (Stripe, Square, "
      "Braintree, Adyen, SendGrid, Mailjet, Postmark, Twilio, Vonage, Plivo, Discord, Teams, Telegram, "
      "Gotify, Matrix, Mastodon, Bluesky, OpenAI, Anthropic, Mistral, Cohere, DeepSeek, OpenRouter, ElevenLabs, "
      "Deepgram, AssemblyAI, Hugging Face, LangSmith, GitHub, GitLab, npm, PyPI, RubyGems, NuGet, Docker "
      "Hub, Slack, Trello, Asana, monday.com, WordPress, LaunchDarkly, Google Analytics, Amplitude, Algolia, "
      "Supabase, Firebase, Google OAuth, Microsoft Entra, Vault, Doppler, 1Password, Sentry, Grafana Cloud, New Relic, Honeycomb, "
      "Better Stack, PagerDuty, Opsgenie, Cloudflare, Tailscale, ngrok, Netlify …); with hard negatives from "
      "the same world. Everything is produced by `build.py` and its modules (`common183.py`, `everyday183.py`, `vendor183.py`, "
      "`positional183.py`, `prose183.py`, `enc183.py`, `dec183.py`, `evasions183.py`, `negatives183.py`, `checks183.py`, "
      "`readme183.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (18301 "
      "everyday, 18302 vendor, 18303 positional passwords, 18304 prose, 18305 evasions, 18306 negatives), no clock, no network. "
      "`python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL files, runs "
      "every check and %d mutation tests, renders this README from both generations and compares it, and only then writes the "
      "files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the "
      "deny-list from `/tmp/brief183/`.\n" % len(muts))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredeightythird/`) was created (with `mkdir -p`) and written; its parent was never listed, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project "
      "material read were the two READMEs in `/tmp/brief183/` (`README_hundredeightieth.md`, p180, bicycle-shop / bike-repair / "
      "cycling-club developers; `README_hundredeightyfirst.md`, p181, climbing-gym / bowling-alley / indoor-recreation "
      "developers), used only to learn the file format and what is already covered. No other `/tmp` directory was looked at "
      "except the scratch directory `/tmp/scratch183/` (trial builds, extracted copies of the public gitleaks rule file and the "
      "Kingfisher rule files, read for token shapes). The deny-list (`common183.extract_denylist`) holds every backticked name "
      "and every snake_case identifier of both READMEs, lower-cased, also split at `__` and also with an earlier positional "
      "prefix (`<letters>pw_`) stripped (%d names); the earlier positional syntaxes without their prefix (%d); the language codes "
      "of every `code` (Name) pair, spares included (%d); and the language names and their words (%d). It is frozen in "
      "`brief_names.json`; when `/tmp/brief183/` exists the build re-extracts it and fails if it differs (this build: %s). "
      "Nothing is dropped silently: the candidate lists were written after reading the READMEs and the build fails on any "
      "overlap. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, languages or "
      "notations.\n" % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_note))

    # ------------------------------------------------------------------ files and counts
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), len(pos), n_types, n_kinds, len(src["everyday"]), len(src["vendor"]), len(src["password"]), len(src["prose"]),
        len({r["container"].split("__")[1] for r in src["prose"]})))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(ev), len(ev), len({r["type"] for r in ev}),
                                                                     len({r["container"] for r in ev}), len(ENCODINGS)))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len(classes)))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p183-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p183-e-NNNN`) add a record-level `encoding`; their single span also has `plain` (the clean secret) and "
      "`encoding`; `source` is `evasion`. Negatives (`p183-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). "
      "Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (%d candidates "
      "written: the planetarium / observatory / science-centre ones first, the generic developer services after them, and 21 "
      "weaker or more generic candidates moved to the end; the first 120 kept; unused tail: %s). Positional passwords %d (%d syntaxes written, all kept). Prose 40 in 40 languages (spares unused: %s). "
      "Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 6 presentations. Positives total %d (asked: about 450).\n" % (
          len(vendor183.VENDORS), _bt(tail), len(src["password"]), len(positional183.SYNTAXES),
          ", ".join("`%s` (%s)" % s for s in prose183.SPARES), len(neg), len(classes), len(pos)))

    # ------------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a planetarium techs' Teams chat, a "
      "star-party volunteers' WhatsApp group, an OCR'd observing logbook page, a Freshservice ticket note, a bash history on the "
      "observatory Pi, a Sentry event, an nginx-rtmp comment, a Jupyter notebook cell, a Mattermost paste, a Jira comment, a "
      "vendor onboarding e-mail, a KeePass XML export) are labelled.")
    a("- Owner-chosen passwords are a word of the astronomy / planetarium world (zenith, nadir, azimuth, meridian, ecliptic, "
      "equinox, nebula, quasar, pulsar, comet, aurora, umbra, parallax, eyepiece, dobsonian, focuser, orrery, astrolabe, "
      "perihelion, syzygy, cepheid, perseid, pleiades, betelgeuse, coronagraph, heliostat, skydome, gibbous, …; %d in all; "
      "capitalised with probability 0.42) + one of `- _ . + ^` + 3–5 lower-case letters / digits + 2 digits (positional, prose and "
      "evasion passwords use only `- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+^][a-z0-9]{3,5}[0-9]{2}$` for the six everyday "
      "password types and the %d owner-chosen vendor passwords, and the strict `- _ .` form for every non-Base64 positional "
      "value, every password hidden inside a Base64 positional value, every prose value and every evasion password plain." % (
          len(__import__("common183").WORLD_WORDS), sum(1 for v in kept if v["conf"] == "owner")))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text. Values, hidden "
      "passwords, evasion plains and evasion runs are drawn through one registry that refuses any string in a substring relation "
      "with an earlier one; a negative is redrawn if it contains any registered string.")
    a("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 "
      "(checked; the ASCOM CLSIDs in the negatives are upper-case UUIDv4); the membership-portal JWT, the Met Office DataHub, "
      "Mender and monday.com tokens are HS256 JWTs and the iNaturalist token an HS512 JWT, all with real base64url JSON and a "
      "real HMAC under a discarded key (checked for every JWT-shaped value); `gho_`, `ghs_` and `npm_` tokens and the Matrix "
      "`syt_` token carry a real CRC-32 in their last six base62 characters (checked); the kiosk-fleet token carries a real "
      "CRC-32 (8 hex) of its body (checked); the OSC bridge PSK is the Base64 of 32 bytes, the `evl_` body the base64url of 24 "
      "bytes (checked); the 1Password `ops_`, Grafana `glc_`, Sentry `sntrys_` and Cloudflare tunnel tokens are Base64 of real "
      "JSON (checked); the PyPI token is the base64url of a macaroon-like byte string starting `\\x02\\x01\\x08pypi.org` "
      "(prefix checked). The two Base64 positional spans decode to NUL user NUL password (SMTP `AUTH PLAIN`) and "
      "`user:password` (HTTP `Authorization: Basic`) (checked). Negatives: TLE lines carry real modulo-10 checksums, ORCID iDs "
      "real MOD 11-2 check characters, booking references real ISO 7064 MOD 97-10 check pairs (all checked); ssh-ed25519 keys "
      "are real wire-format blobs (checked) and their SHA256 fingerprints real digests; FITS `CHECKSUM` values are the FITS "
      "ASCII encoding of random 32-bit sums.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.skyhall.lan`, `*.observatory.internal`, `*.planetarium.local`, "
      "`*.sciencecentre.internal`, private addresses), key names, and ids written next to a secret (Space-Track identity, "
      "CoCoRaHS station, Panoptes client id, WeatherLink v2 API key, Weather Underground station id, Netatmo client id, DLI user, "
      "Cloudinary API key, Wasabi access key, Xibo client id, Tessitura user string, SKY application id, Salesforce consumer key, "
      "Neon CRM org id, Donorbox e-mail, PayPal client id, Mux token id, LiveKit API key, Agora App ID, Wowza API key, Zoom "
      "client id, Braintree public key, Mailjet API key, Twilio `SK…` key sid, Vonage API key, Plivo auth id, "
      "Bluesky handle, Trello key, WordPress user, GA measurement id, Amplitude API key, Algolia app id, Google client id, Entra "
      "client id, Cloudflare e-mail) and the user half of a user / password pair.")
    a("- Positional passwords: span type `domepw_<syntax>`, container `domepw_<syntax>__<suffix>` where the suffix says where "
      "the text lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional183.SUFFIX.items()))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the "
      "run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run "
      "or the run would start or end with whitespace.\n")

    # ------------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday183.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (k, s) for k, s, _ in everyday183.KINDS) +
      ". Pairing: type = (5·kind + 7·j + ⌊kind/3⌋) mod 12 for the four records j = 0…3 of a kind, so every kind holds four "
      "different types and every type sits in exactly 15 records (checked); secrets land in plausible wrong files (a donor-CRM "
      "database password in a TouchDesigner extension, an OSC bridge PSK in a meteor-camera `.config`). Key names are the "
      "type's key words in the container's own case style: upper (UPPER_SNAKE), snake, camel, pascal, define (Arduino "
      "`#define SECRET_…`), spaced (chats, tickets), title (OCR'd logbook page).\n")
    a("Vendor (%d types, container `<type>__<style>`): %s. Styles (%d, assigned cyclically): %s. Where a vendor pairs a public "
      "id with the secret, the id is written next to it in the same style and left unlabelled.\n" % (
          len(kept), _bt(v["name"] for v in kept), len(vendor183.STYLES), _bt(s[0] for s in vendor183.STYLES)))
    a("Positional passwords (%d syntaxes, span type `domepw_<syntax>`): %s.\n" % (
        len(positional183.SYNTAXES), _bt("domepw_" + s[0] for s in positional183.SYNTAXES)))
    a("Prose: someone tells a colleague the password of the planetarium dome PC and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them is among the languages or "
      "spares of either README (checked: code against codes and names, name and each name word against the language names). "
      "Scripts: %s. Japanese, Korean, Chinese, Khmer and Burmese do not (or not always) separate words with spaces, so the value "
      "got spaces around it; every prose value is set off by whitespace on both sides (checked).\n" % (
          prose183.TYPE, _bt(prose183.FORMATS), ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose183.LANGS),
          ", ".join(sorted({s for _c, _n, s, _t in prose183.LANGS}))))

    # ------------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join('`%s` = "%s"' % (n, ENCODINGS[n][1]) for n in ENCODINGS) + ".\n")
    fams = {}
    for n in ENCODINGS:
        fams.setdefault(ENCODINGS[n][0], []).append(n)
    a("Encoders are in `enc183.ENCODINGS` (all hand-written); the decoder `dec183.decode` gets only the encoding name and the "
      "run and is written separately, importing nothing from the encoder and no `base64`, `binascii` or `codecs`: modular "
      "inverses for the affine cipher, the ORION key stream subtracted again for Beaufort, column lengths rebuilt from the "
      "COMET key order, a retyped 6×6 square for Polybius, subtractive-notation parsing for Roman numerals, base-12 / base-8 "
      "arithmetic over retyped zodiac and planet symbol strings, `unicodedata.name` parsing for sans-serif bold forms, a "
      "code-point table for the Cyrillic look-alikes, regional-indicator and keycap arithmetic, `ord − 0xE0000` for tag "
      "characters, a regular expression and `int(…, 16)` for quoted-printable, base-85 Horner evaluation for Ascii85, 6-bit "
      "regrouping for uuencode, a retyped EBCDIC 037 table, `int` over the `fromCharCode` arguments, retyped keypad letters for "
      "multi-tap, a retyped list of the 88 IAU abbreviations, and arithmetic for the four observatory disguises. Every pair was "
      "round-tripped on 300 random plains per notation (lengths 8–44) while writing; at build time every span is decoded back "
      "to its `plain`. Families: " + "; ".join("%s: %s" % (f, _bt(v)) for f, v in sorted(fams.items())) +
      ". Evasion types: " + "; ".join("`%s` (%s)" % (t[0], t[1]) for t in EV_TYPES) + "; wordings: " +
      _bt(w[0] for w in WORDINGS) + "; container `<encoding>__<wording>`.\n")

    # ------------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    for cname, kinds, desc in negatives183.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cname, sum(1 for r in neg if r["class"] == cname), _bt(k for k, _ in kinds), desc))
    a("\nEach base kind appears plain and wrapped " + ", ".join("`__%s`" % w for w, _ in negatives183.WRAPPERS if w) + ".\n")

    # ------------------------------------------------------------------ checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets; exactly one span per record; spans "
      "re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its "
      "text; no value, run, plain or hidden password reused; no value or run in another record's text or in any negative, and no "
      "evasion plain or Base64-hidden password in any text or negative; no NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for non-Base64 "
      "positional values, Base64-hidden passwords (decoded to NUL user NUL password or `user:password`), prose values and "
      "evasion password plains; UUID-shaped substrings of every text are version 4; JWT-shaped values have base64url JSON header "
      "and payload and a 32- or 64-byte signature; `gho_` / `ghs_` / `npm_` / `syt_` CRC-32; the `kft.` CRC-32; the OSC PSK "
      "(32 bytes), `evl_` (24 bytes), HMAC key (64 hex) and `csub_live_` shapes; JSON inside `ops_`, `glc_`, `sntrys_` and the "
      "Cloudflare tunnel token; the PyPI macaroon prefix; TLE modulo-10 checksums, ORCID MOD 11-2 characters, MOD 97-10 booking "
      "references and ssh-ed25519 wire format in their negative classes")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule occurs before the run; the "
      "run starts right after `:` and a newline and is followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the "
      "run never contains its plain; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain, run and hidden password")
    a("- deny-list: every container (positives, evasions, negatives — so also every vendor style, password suffix, prose "
      "format, evasion wording and negative wrapper inside it), span type, positional syntax (with and without `domepw_`, and "
      "against the earlier syntax list), evasion encoding and negative class is compared case-insensitively, whole name and each "
      "`__` part, with the frozen deny-list; prose languages and spares by code, name and name words; `brief_names.json` is "
      "compared with a fresh extraction when `/tmp/brief183/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types, four different types per kind and 15 records per type; 120 "
      "distinct vendor types with containers `<type>__<style>`; 95–120 distinct password syntaxes; 40 prose records in 40 "
      "distinct languages; 66 evasions; positives 440–470; span types of the five sources pairwise disjoint; non-everyday "
      "containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(muts), sum(1 for _, c in muts if c), len(muts),
        ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in muts)))

    # ------------------------------------------------------------------ shapes
    a("## Shapes you had to guess\n")
    groups = [("read", "Read for shape this session in the public gitleaks default rule file or the Kingfisher rule files "
                        "(nothing copied; every value generated)"),
              ("believed", "Believed right from background knowledge (not re-read this session)"),
              ("guessed", "Guessed (length and alphabet only, recognisable from the key name)")]
    for conf, head in groups:
        items = [v for v in kept if v["conf"] == conf]
        a("%s: %s.\n" % (head, "; ".join("`%s` (%s)" % (v["name"], v["shape"]) for v in items)))
    a("Owner-chosen passwords (the integration logs in with user / password): %s.\n" % _bt(v["name"] for v in kept if v["conf"] == "owner"))
    a("Invented for this corpus: the everyday prefixes `csub_live_` (citizen-science submission key), `evl_` (live-stream "
      "publish key) and the `kft.<body>.<crc32>` kiosk-fleet token layout, the evasion prefix `asu_`; the 64-hex weather HMAC "
      "key and the Base64 OSC PSK are modelling choices. No public token format is known to the builder for astrometry.net, Las "
      "Cumbres, Telescope Live, N2YO, Zooniverse, the American Meteor Society, WeatherLink, Ambient, Netatmo, Windy, "
      "Intuiface, BrightSign, Xibo, balena, Spektrix, Tito, Blackbaud SKY secrets, "
      "Bloomerang, Donorbox, Givebutter, Facebook stream keys, Mux, LiveKit, "
      "Wowza, Zoom, Adyen, Mistral or Supabase's new secret keys, so those are guesses; the Met Office "
      "DataHub key and the Mender token are modelled as JWTs from half-remembered looks; the Bunny storage password layout is "
      "from memory. Syntaxes from memory, not re-checked: `xfreerdp /p:`, `winrs -p:`, `hdbsql -p`, SAP ASE `isql -P`, `beeline "
      "-n/-p`, `cqlsh -u/-p`, `swaks -au/-ap`, `sendemail -xu/-xp`, `veracrypt -p`, `redfishtool -u/-p`, `upscmd -u/-p`, "
      "`mosquitto_passwd -b`, the `MPD_HOST=password@host` convention, the `obs-cmd` `obsws://host:port/secret` URL, the NUT "
      "`MONITOR` field order, the dovecot `{PLAIN}` passwd-file layout, pgbouncer `userlist.txt`, tinyproxy `BasicAuth`, "
      "`ESP-AT AT+MQTTUSERCFG` / `AT+CWSAP` parameter order, the umqtt `MQTTClient` fifth positional, influxdb-python "
      "`InfluxDBClient` fourth positional, astroquery `Gaia.login` second positional, `Workbooks.Open` fifth positional, "
      "`QSqlDatabase::open(user, password)`, LuaSQL `env:connect` and MATLAB `database` argument order. The show-control users "
      "file, the school-trip leader roster CSV and the meteor-camera uploader crontab are invented formats of this world. "
      "Negatives: TLE values (inclinations, epochs, satellite numbers) are random in the right columns; the MPC 80-column "
      "lines are approximate; FITS `CHECKSUM` strings use the FITS ASCII encoding as remembered, applied to random sums (not "
      "computed over a real HDU); SOPS bodies, pbkdf2 / scrypt hash strings and `age1…` recipients are random characters / "
      "bytes in the right frame.\n")

    # ------------------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (dome show-control operator, telescope-mount / dome remote, all-sky upload "
      "account, kiosk exit, group-booking admin, donor-CRM database) and six generated secrets (64-hex weather HMAC key, "
      "`csub_live_` submission key, `evl_` publish key, HS256 membership JWT, Base64 OSC PSK, `kft.` fleet token). The weather "
      "HMAC key and the OSC PSK have no telling prefix but sign or authenticate, so they are labelled. The kiosk exit password "
      "is labelled although it only unlocks a local kiosk shell. One nginx-rtmp record carries the value in a comment line; "
      "the INDI record puts it in a `oneText` element whose name is the key.")
    a("- Vendor: most planetarium / observatory vendors publish no token format the builder knows, so their types are "
      "recognisable only from the key name — part of the test. AAVSO, Space-Track, CoCoRaHS, Digital Loggers and Tessitura carry "
      "owner-chosen passwords. The OBS WebSocket password and the Bluesky / WordPress application passwords are generated, not "
      "owner-chosen; the WordPress one contains spaces (its published form) and the span covers all six groups. Webhook URLs "
      "(Discord, Teams) are labelled whole. Stream keys (YouTube, Twitch, Facebook) are labelled because anyone "
      "holding one can broadcast as the science centre. Same-shape traps: the Agora App ID (public) and App Certificate "
      "(secret) are both 32 hex; the Amplitude API key (public) and secret key are both 32 hex; the Mailjet API key and secret "
      "are both 32 hex; the WeatherLink v2 key and secret have the same alphabet and length; the `AIza` YouTube Data server key "
      "is positive while the referrer-restricted Maps browser key and the Algolia search-only key in the negatives are not; "
      "`sb_secret_` is positive and `sb_publishable_` negative. The Wunderground station key is only 8 characters — short, "
      "but it authorises uploads to the station. Several brands of the earlier READMEs reappear with new "
      "credential kinds (Stripe restricted key and webhook secret, Square access token, OpenAI service-account key, Anthropic "
      "admin key, GitHub OAuth / installation tokens, GitLab trigger / deploy / runner tokens, Slack app-level and user tokens, "
      "Twilio API-key secret, Telegram bot, Sentry org token, Grafana Cloud token, New Relic user key, Cloudflare global key, "
      "Hugging Face org token, Vimeo, Docker Hub); only type names were checked.")
    a("- Passwords: labelled when the value logs in (glued `-p` for mysql; `-p` after `-u` / `-n` for mongosh, yt-dlp, podman, "
      "cqlsh, hdbsql, beeline, az, oc, redfishtool, upscmd; `-P` after `-U` for SAP ASE isql; `/p:` and `-p:` for xfreerdp and "
      "winrs; `-a` for redis-cli; `user%pass` for smbclient; `user:pass` for skopeo, httpie, ab, check_http, rsyncd.secrets, "
      "sasl_passwd; URL userinfo for the Alpaca API, curlftpfs, duplicity, aria2c, mysqlsh, pip, mutt, CUPS, govc, wput, "
      "Icecast, git-credentials, Node MQTT; `password@host` for MPD; positional arguments for `rabbitmqctl add_user`, "
      "`mosquitto_passwd -b`, `net user … /add`; library call positions in Python, Node, Java, Kotlin, C#, Ruby, PHP, Perl, Go, "
      "Rust, C, C++/Qt, Lua, MATLAB, VBA, MicroPython, CircuitPython and Arduino), protects a file or volume (`zip -P`, "
      "`veracrypt -p`, `cryptsetup` stdin, `keepassxc-cli` stdin, `Workbook.Unprotect`, `Workbooks.Open`, `scryptSync`, "
      "`crypt.crypt` in a seed script), is a shared secret (Wi-Fi passphrases via CircuitPython, ESP32 WiFiMulti and "
      "`AT+CWSAP`, SNMP community, Redis `masterauth`), sits in a file by position (`.pgpass` fifth field, OpenVPN auth file "
      "second line, `.git-credentials`, rsyncd secrets, NUT `upsmon.conf`, pgbouncer userlist, tinyproxy, dovecot passwd-file, "
      "postfix `sasl_passwd`, three invented files of this world), travels in a protocol exchange (IMAP `LOGIN`, SMTP `AUTH "
      "PLAIN` and HTTP `Authorization: Basic` — both as Base64 spans —, an LDAP bind in a Wireshark decode, ESP-AT MQTT user "
      "config) or is typed by automation (Playwright, Cypress, TestCafe, Selenium, Nightwatch, AutoHotkey, AutoIt, xdotool, "
      "AppleScript, SikuliX, tmux `send-keys`, an `SSH_ASKPASS` helper script). `sshpass -p`, `-ap`, `-xp`, `username_pw_set`, "
      "`IDENTIFIED BY`, `masterauth`, `BasicAuth`, `{PLAIN}`, `-c` community, the LDAP `simple:` field, the `portal_key` / "
      "`secret` column headers of the invented files and `Unprotect` keep a hint of the word; they are the weakest positional "
      "cases. `crypt.crypt` and `scryptSync` receive a password to hash it, but the argument is the clear password. UI tests use "
      "neutral field ids (`#field-2`, `f2`, `Edit2`, `field_two.png`). Several ideas repeat the earlier corpora on new tools "
      "(URL userinfo, `-p` after `-u`, library call positions, UI typing, Base64 protocol lines); novelty was checked by name, "
      "not by signature.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for German, "
      "Italian, Portuguese, Norwegian Bokmål, Russian, Serbian, Bosnian, Galician, Esperanto, Afrikaans, Malay, Japanese, "
      "Mandarin Chinese, Korean, Hindi; modest for Luxembourgish, Faroese, Hebrew, Nepali, Bengali, Gujarati, "
      "Javanese, Cebuano, Haitian Creole, Mongolian, Tajik, Kyrgyz, Tatar, Zulu, Xhosa, Hausa; low for Scottish Gaelic, Yoruba "
      "(tone marks), Kinyarwanda, Maori, Kannada, Malayalam, Sinhala, Khmer, Burmese. Loan words (`password` in Cebuano, "
      "transliterated \"password\" in Hindi, Nepali, Bengali, Gujarati, Kannada, Malayalam; `dome` / `planetarium` kept in "
      "several African-language sentences) are kept as people use them. The Japanese, Korean, Chinese, Khmer and Burmese "
      "values got spaces around them, which is slightly unnatural; the Chinese sentence continues with a full-width comma after "
      "the space.")
    a("- Evasions: the affine, Beaufort and Polybius ciphers state their keys; the columnar transposition keeps every "
      "character (parts of a plain stay readable; the whole plain never appears in its run, checked); sans-serif bold forms "
      "normalise to ASCII under NFKC and the Cyrillic look-alikes do not (a detector that folds confusables will see them); the "
      "tag-character run is invisible in most renderers, so its line looks empty; regional indicators may render as flags; "
      "quoted-printable, Ascii85, uuencode, EBCDIC hex and `String.fromCharCode` are byte / developer notations; Roman numerals, "
      "zodiac duodecimal and planet-symbol octal are numeral systems; multi-tap and IAU abbreviations are spelled forms; "
      "Messier numbers, sky-quality readings (17.90–19.44 mag/arcsec²), dome azimuths (112.5–305°) and focuser positions "
      "(7625–17250 steps) are observatory disguises of code points. Close relatives exist in the earlier corpora (Vigenère / "
      "keyword alphabet next to affine and Beaufort, rail fence / pair swap next to the columnar transposition, monospace / "
      "circled next to sans-serif bold, zero-width spaces next to tag characters, octal / `\\u` / HTML escapes next to "
      "quoted-printable and `fromCharCode`, A1Z26 / German spelling next to multi-tap, world-specific number disguises); "
      "novelty was checked by name only.")
    a("- Negatives: catalogue designations and Gaia ids, TLEs, ASCOM ProgIDs / CLSIDs, camera serials and image ids, weather "
      "device ids, booking references, ORCID iDs / bibcodes / DOIs, packed minor-planet designations and video / playback ids "
      "are identifiers (19-digit Gaia ids, 16-hex camera serials, 32-hex image ids and 44-character Mux playback ids are traps "
      "for shape-only detectors); FITS `CHECKSUM` cards look like random 16-character tokens; Stripe `pk_live_`, reCAPTCHA site "
      "key, Algolia search-only key, Supabase `sb_publishable_` and the referrer-restricted `AIza` Maps key are public by design "
      "(the Maps key and the Algolia key are the most arguable); masked values keep the invented `csub_live_` / `evl_` prefixes "
      "(traps); `csub_live_XXXX…`, the AWS documentation example pair, an all-zero key, `kft.your-enrolment-token.00000000` and "
      "`changeme` are placeholders; Vault / Key Vault / CI / 1Password / Doppler references are pointers; SOPS `ENC[…]` values "
      "are ciphertext and `age1…` recipients public keys; pbkdf2 / scrypt strings are one-way hashes (sensitive, not usable "
      "credentials; the column is called `password`, a trap); ed25519 public keys and their fingerprints are public; the "
      "handbook and the stand-up notes talk about passwords without one. Random fillers are generated, so an entropy-only "
      "detector will hit them — that is the point.\n")

    # ------------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief183/` (p180 and p181), for format and coverage only. The detector was not opened, listed "
      "or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory "
      "except `/tmp/scratch183/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory, extracted with `git show` into `/tmp/scratch183/` and grepped for the rules of Stripe (`sk|rk`), "
      "SendGrid, npm, PyPI, Slack app and user tokens, GitLab trigger / deploy / runner tokens, OpenAI (`svcacct`), Anthropic "
      "admin keys, Vault service tokens, Doppler, 1Password service accounts, Sentry org tokens, Grafana Cloud, New Relic user "
      "keys, Cloudflare global keys, Square, Microsoft Teams webhooks, RubyGems, Azure AD client secrets, GitHub OAuth / app "
      "tokens, Twilio API keys, Hugging Face org tokens, Cohere, GCP `AIza` and a few others that were then not used), and the "
      "public Kingfisher rule files (`mongodb/kingfisher`, `data/rules/`, fetched the same way and extracted with `git archive` "
      "into `/tmp/scratch183/kf/`, read for Eventbrite, Ticket Tailor, Visual Crossing, ngrok, ElevenLabs, Deepgram, "
      "AssemblyAI, Honeycomb, Better Stack, monday.com, Todoist, Pushbullet, Tailscale, Weights & Biases, ZeroTier, SparkPost "
      "and Trello; Todoist, Pushbullet, Weights & Biases, ZeroTier and SparkPost then ended in the unused vendor tail). Betterleaks, CredSweeper and vendor documentation were not opened this session; the remaining shapes come "
      "from the builder's memory and are marked above as believed or guessed.")
    return "\n".join(L) + "\n"


def vendor_tail():
    return vendor183.VENDORS[vendor183.N_KEEP:]
