"""Renders README.md from the generated data (deterministic)."""
import everyday194
import evasions194
import negatives194
import positional194
import prose194
import vendor194
from enc194 import ENCODINGS


def bt(x):
    return "`" + x + "`"


def render(g, frozen, deny_note, muts):
    pos, eva, neg = g["pos"], g["eva"], g["neg"]
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    L = []
    a = L.append
    a("# privacy_hundredninetyfourth (p194) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **scuba-diving, dive-shop and dive-boat operator developers**: dive-trip and boat-manifest bookings "
      "(Checkfront, FareHarbor, Rezdy, Peek Pro, Bókun, TrekkSoft, Xola, Regiondo, EVE, DiveShop360, Bloowatch, liveaboard "
      "partner APIs), certification-card (C-card) checks and logbook apps (PADI, SSI, NAUI, SDI / TDI, RAID, DAN, Shearwater "
      "Cloud, Garmin Connect, Suunto, Subsurface cloud, Scubapro LogTRAK, Diviac), nitrox fill logs and cylinder hydro-test "
      "records, equipment-rental and servicing tickets (Lightspeed, Square, SumUp, WooCommerce, Shopify, Redmine, Jira), "
      "dive-computer download tools (libdivecomputer `dctool`, serial docks), boat GPS and weather feeds (Signal K, NMEA 0183 "
      "bridges, MarineTraffic, Spire, Windy, Stormglass, OpenWeatherMap, Tomorrow.io, Meteomatics, WorldTides, Copernicus "
      "Marine, Victron VRM, Garmin inReach, RockBLOCK), liability-waiver signing kiosks (Smartwaiver, WaiverForever, "
      "WaiverSign, DocuSign, Fernet-encrypted signatures), course e-learning portals (Moodle, Canvas LTI, TalentLMS, "
      "Thinkific, SCORM Cloud, xAPI); plus the commerce, messaging, AI, developer and ops services such developers use "
      "(Stripe, PayPal, Mollie, Xendit, Paystack, Flutterwave, Mercado Pago, Midtrans, Omise, PayMongo, Adyen, SendGrid, "
      "Twilio, Postmark, Mailjet, Resend, SparkPost, Vonage, WhatsApp Cloud, LINE, Viber, FCM, Slack, "
      "Discord, Telegram, Matrix, Mattermost, Zulip, Pipedrive, OpenAI, Anthropic, Mistral, Cohere, DeepL, ElevenLabs, "
      "Deepgram, AssemblyAI, OpenRouter, xAI, Fireworks, Langfuse, Weights & Biases, Azure OpenAI, GitHub, GitLab, npm, "
      "PyPI, Docker Hub, Netlify, Sentry, Grafana Cloud, Terraform Cloud, Doppler, New Relic, Datadog, Axiom, Cloudflare, "
      "Cloudflare R2 and Tunnel, Entra ID, Tailscale, Mapbox, Algolia, PlanetScale, Cloudinary, Okta); with hard negatives "
      "from the same world (C-card numbers, cylinder serials and hydro stamps, fill-sheet readings, dive-computer serials and "
      "firmware digests, MMSI / IMO numbers, NMEA sentences with real checksums, Damm-checked booking references, mod-97 "
      "IBANs, public client keys, placeholders, redacted logs, secret-store references, PBKDF2 / SHA-512-crypt hashes, "
      "Fernet / JWE ciphertext, GPX coordinates, waiver envelope ids and digests, staff password-policy prose, SSH public "
      "host keys, xAPI / SCORM ids). Everything is produced by `build.py` and its modules (`common194.py`, "
      "`everyday194.py`, `vendor194.py`, `positional194.py`, `prose194.py`, `enc194.py`, `dec194.py`, `evasions194.py`, "
      "`negatives194.py`, `checks194.py`, `readme194.py`, frozen deny-list `brief_names.json`): Python 3 standard library "
      "only, fixed `random.Random` seeds (%d everyday, %d everyday pairing, %d vendor, %d positional passwords, %d prose, "
      "%d evasions, %d negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one "
      "process, compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README "
      "from both generations and compares it, and only then writes the files (on any failure it prints the errors, writes "
      "nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief194/`.\n" % (
          everyday194.SEED, everyday194.PAIR_SEED, vendor194.SEED, positional194.SEED, prose194.SEED,
          evasions194.SEED, negatives194.SEED, len(muts)))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredninetyfourth/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only "
      "project material read were the two READMEs in `/tmp/brief194/` (`README_hundredninetyfirst.md`, p191, pet-grooming / "
      "boarding-kennel / dog-daycare developers; `README_hundredninetysecond.md`, p192, campsite / RV-park / caravan-park "
      "developers), used only to learn the file format and what is already covered. No other `/tmp` directory was looked at "
      "except the scratch directory `/tmp/scratch194/` (trial builds and an extracted copy of the public gitleaks rule file). "
      "The deny-list (`common194.extract_denylist`) holds every backticked name and every snake_case identifier of both "
      "READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix "
      "stripped (%d), the codes of every `` `code` (Name) `` pair including the spares (%d codes; the pattern also catches "
      "`alg` and `id`, which only makes the list stricter) and the names and name words of those pairs (%d entries). It is "
      "frozen in `brief_names.json`; when `/tmp/brief194/` exists the build re-extracts it and fails if it differs (this "
      "build: %s). Every candidate list was written after reading the READMEs and the build fails on any overlap; in the "
      "trial builds seven vendor type names collided with names already in the READMEs (`datadog_api_key`, "
      "`docker_hub_personal_access_token`, `resend_api_key`, `square_production_access_token`, `sumup_secret_api_key`, "
      "`tomorrow_io_api_key`, `victron_vrm_access_token`) and were renamed before this build. Encodings that the READMEs "
      "name only in prose (octal, binary, Bacon, affine, Atbash, ROT13 / ROT47, Vigenère, Beaufort, Trithemius, rail fence, "
      "columnar transposition, reversal, rotation, odd-even split, Roman / Greek / Chinese / Thai / Egyptian / dozenal / "
      "Devanagari / Mayan / counting-rod numerals, balanced ternary, negabinary, factoradic, Base58 / Base45 / Base36 / "
      "Base62 / Ascii85 / uuencode, percent and `\\u` escapes, full-width, double-struck, monospace, Fraktur, circled, "
      "sans-serif bold, zero-width tricks, NATO / German / Italian / English / French spellings, multi-tap, decoys, "
      "`fromCharCode` / `CHAR(n)`) were avoided by hand. Novelty is checked against these two READMEs only; older corpora may "
      "share vendors, syntaxes, languages or notations.\n" % (
          len(frozen["names"]), len(frozen["syntaxes"]), len(frozen["language_codes"]), len(frozen["language_names"]),
          deny_note))
    # ------------------------------------------------------------------ files and counts
    a("## Files and counts\n")
    stypes = {r["type"] for r in pos}
    sconts = {r["container"] for r in pos}
    ncls = sorted({r["class"] for r in neg})
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), len(pos), len(stypes), len(sconts), len(by["everyday"]), len(by["vendor"]), len(by["password"]),
        len(by["prose"]), len({r["container"].split("__")[1] for r in by["prose"]})))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(eva), len(eva), len({r["type"] for r in eva}),
                                                                     len({r["container"] for r in eva}), len(ENCODINGS)))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len(ncls)))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(frozen["names"]), len(frozen["syntaxes"]), len(frozen["language_codes"]), len(frozen["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p194-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, "
      "`password`, `prose`). Evasions (`p194-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, "
      "`secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives "
      "(`p194-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written and "
      "unused: %s). Vendor 120 (%d candidates written; the unused tail: %s). Positional passwords %d (%d syntaxes written; "
      "set aside as near-duplicates of kept syntaxes or because a class name or verb says \"password\": %s). Prose 40 in "
      "40 languages (spares unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. "
      "Positives total %d (asked: about 450). Values, random public neighbours, hidden passwords, evasion plains and runs "
      "drawn through the registry: %d.\n" % (
          ", ".join(bt(x) for x in everyday194.SPARE_CONTAINERS), len(vendor194.V) + len(vendor194.SPARES),
          ", ".join(bt(x[0]) for x in vendor194.SPARES), len(by["password"]), len(positional194.S),
          ", ".join(bt(x) for x in positional194.SET_ASIDE),
          ", ".join("%s (%s)" % (bt(c), n) for c, n in prose194.SPARES), len(neg), len(ncls), len(pos),
          g["registry_size"]))
    # ------------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a dive-shop WhatsApp group "
      "export, a boat-crew Discord channel, a Help Scout internal note, an OCR'd fill-station clipboard, a Google Sheets CSV "
      "export, a zsh history, a Windows `.bat`, a logfmt debug line, a KeePassXC CSV export, a Mattermost paste, "
      "`doppler secrets set` and `vault kv put` histories) are labelled.")
    a("- Owner-chosen passwords are a word of the diving world (%s; %d in all; capitalised with probability 0.4) + one of "
      "`- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only "
      "`- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types "
      "and the %d owner-chosen vendor passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every "
      "plain positional value, every password hidden inside a Base64 positional value, every prose value and every "
      "evasion boat-tablet plain." % (
          ", ".join(__import__("common194").DIVE_WORDS[:40]) + ", …", len(__import__("common194").DIVE_WORDS),
          len([v for v in vendor194.V if v[2] == "owner-chosen password"])))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text or negative. "
      "Values, random public neighbours, hidden passwords, evasion plains and evasion runs are drawn through one registry "
      "that refuses repeats and any string in a substring relation (6+ characters) with an earlier one; a negative is "
      "redrawn if it contains any registered string.")
    a("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is "
      "version 4 (checked; the Stormglass key is two UUIDv4s joined by `-`); every JWT-shaped substring of a positive text "
      "has base64url JSON header and payload (checked): the boat GPS feed token is a real HS512 JWT (HMAC-SHA512 under a "
      "discarded key, 64-byte signature checked), the Signal K device token a real HS256 JWT; the `dlog_` logbook token "
      "carries a real CRC-16/CCITT-FALSE of its base62 body, the Matrix `syt_` token a real base62 CRC-32 tail (both "
      "checked); `whsec_` secrets are Base64 of 24 bytes, Fernet keys URL-safe Base64 of 32 bytes, the Sentry org token, "
      "Grafana `glc_` token and Cloudflare Tunnel token real Base64 JSON, the Mapbox `sk.` token a real base64url JSON "
      "middle (all checked); %d vendor shapes are regex-checked. The four Base64 positional spans decode to `user:password` "
      "(Docker `config.json` `auth`, `.npmrc` `_auth`), NUL user NUL password (SMTP `AUTH PLAIN` initial response) or "
      "`method:password` (Shadowsocks SIP002 userinfo) and the hidden password is shape-checked; the fixed-width waiver "
      "kiosk file puts the value in columns 41–62 and the NMEA login sentence carries a real XOR checksum (both checked). "
      "Negatives: IMO check digits, Damm check digits, IBAN mod-97 digits and NMEA checksums are real (checked), the "
      "Supabase key in the negatives has role `anon` and the Mapbox `pk.` token real JSON (checked), `ssh-ed25519` host "
      "keys have the real wire header (checked), SHA-256 / MD5 values are real digests of random bytes." % len(
          __import__("checks194").VENDOR_RE))
    nbs = ["%s: %s" % (v[0], v[4][2]) for v in vendor194.V if v[4]]
    a("- Public neighbours are unlabelled: user names, hosts (`*.bluereef.lan`, `*.bluereef.internal`, `*.bluereef.example`, "
      "`*.example`, private addresses), key names, and ids written next to a vendor secret (%s) and the user half of a "
      "user / password pair." % "; ".join(nbs))
    a("- Positional passwords: span type `divepw_<syntax>`, container `divepw_<syntax>__<suffix>` where the suffix says "
      "where the text lives: %s." % ", ".join("%s (%s)" % (bt(v), k) for k, v in positional194.SUFFIX.items()))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside "
      "its own run, if the run equals the plain (e.g. a Cyrillic look-alike swap with no swappable letter) or if the run "
      "would start or end with whitespace.\n")
    # ------------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t[0]), t[3]) for t in everyday194.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(c[0]), c[1]) for c in everyday194.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits "
      "in exactly 15 records (checked); secrets therefore also land in implausible places (a Fernet key in a weewx config, a "
      "GPS JWT in an Odoo config). Key names are the type's key words in the container's own case style: upper "
      "(UPPER_SNAKE), snake, camel, pascal, kebab (Spring Boot), dot (Micronaut / Android properties), spaced (chats, "
      "tickets) and title (OCR'd clipboard, CSV cell).\n" % everyday194.PAIR_SEED)
    a("Vendor (120 types, container `<type>__<style>`): " + ", ".join(bt(v[0]) for v in vendor194.V)
      + ". Styles (12, assigned cyclically): " + ", ".join(bt(s) for s in vendor194.STYLES)
      + " (the Cloudinary record writes the whole `cloudinary://<key>:<secret>@<cloud>` URL under `CLOUDINARY_URL` and "
      "labels only the secret). Where a vendor pairs a public id with the secret, the id is written next to it in the same "
      "style and left unlabelled.\n")
    a("Positional passwords (%d syntaxes, span type `divepw_<syntax>`): " % len(by["password"])
      + ", ".join(bt(r["type"]) for r in by["password"]) + ".\n")
    lang = {c: (n, s) for c, n, s, _ in prose194.LANGS}
    a("Prose: someone tells a colleague the password of the dive boat's logbook tablet and asks them not to forward it; "
      "span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the "
      "spares is among the languages or spares of either README (checked: code against the codes and all deny-listed "
      "names; name and each name word against the language names). Scripts: %s. Japanese, Mandarin, Burmese and Khmer do "
      "not separate words with spaces, so the value got spaces around it; every value is set off by whitespace on both "
      "sides (checked); where a full stop would follow the value the sentence uses a dash, a following word or a spaced "
      "full-width comma instead.\n" % (
          prose194.TYPE, ", ".join(bt(f) for f in prose194.FORMATS),
          ", ".join("%s (%s)" % (bt(c), lang[c][0]) for c, _, _, _ in prose194.LANGS),
          ", ".join(sorted({s for _, _, s, _ in prose194.LANGS}))))
    # ------------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join('%s = "%s"' % (bt(k), v[2]) for k, v in ENCODINGS.items()) + ".\n")
    a("Encoders are in `enc194.ENCODINGS` (the rng only adds noise the decoder ignores: the logbook dive numbers and the "
      "tide-table times); the decoder `dec194.decode` gets only the encoding name and the run and is written separately, "
      "importing nothing from the encoder and no `base64`, `binascii` or `codecs`: `int(…, 4)` / `int(…, 20)`, regular "
      "expressions for the HTML references, `\\x` escapes and the five dive-world disguises, hex pairs, the Polybius rows "
      "retyped, letter positions, a hand-written basE91 decoder, XOR with 0x2A, NFKC for the sans-serif italic letters, a "
      "retyped Cyrillic-to-Latin table, Hebrew letter values summed, Fibonacci parts summed, division by 7, case flipping, "
      "U+ hex, die faces read as base-6 digits, and arithmetic for depths, pressures, bottom times, bearings and tide "
      "heights. Every pair was round-tripped on 300 random plains per notation (all three plain types) while writing; at "
      "build time every span is decoded back to its `plain`. Families: " + "; ".join(
          "%s: %s" % (v[1], bt(k)) for k, v in ENCODINGS.items()) + ". Evasion types: " + "; ".join(
          "%s (%s)" % (bt(k[0]), k[3]) for k in evasions194.KINDS) + "; wordings: " + ", ".join(
          bt(w) for w in evasions194.WORDINGS) + "; container `<encoding>__<wording>`.\n")
    # ------------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    cnt = {}
    for r in neg:
        cnt[r["class"]] = cnt.get(r["class"], 0) + 1
    for cls, kinds, what in negatives194.CLASSES:
        a("| %s | %d | %s | %s |" % (bt(cls), cnt.get(cls, 0), ", ".join(bt(k) for k, _ in kinds), what))
    a("")
    a("Each base kind appears plain and wrapped " + ", ".join(bt(w) for w in negatives194.WRAPPERS if w) + ".\n")
    # ------------------------------------------------------------------ checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or "
      "Base64-hidden password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by "
      "whitespace")
    a("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain "
      "positional, Base64-hidden, prose and evasion passwords; Base64 positional spans decode to the right frame; "
      "UUID-shaped substrings of every text are version 4; every JWT-shaped string in a positive text has base64url JSON "
      "header and payload (GPS token HS512 with a 64-byte signature); `dlog_` CRC-16; HMAC key, `whsec_`, Fernet and LTI "
      "layouts; Matrix CRC-32; Sentry, Grafana, Cloudflare Tunnel and Mapbox JSON bodies; %d vendor regexes; fixed-width "
      "columns; NMEA checksum and field position; IMO, Damm, IBAN, NMEA, ed25519 blobs, anon-only JWTs and Mapbox JSON in "
      "their negative classes" % len(__import__("checks194").VENDOR_RE))
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a "
      "newline and is followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run never contains its "
      "plain; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and hidden password")
    a("- deny-list: every container (positives, evasions, negatives — so also every vendor style, password suffix, prose "
      "format, evasion wording and negative wrapper inside it), span type, positional syntax (without `divepw_`, against "
      "the names and against the earlier syntax list), evasion encoding and negative class is compared case-insensitively, "
      "whole name and each `__` part, with the frozen deny-list; prose languages by code, name and name words; "
      "`brief_names.json` is compared with a fresh extraction when `/tmp/brief194/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types, four different types per kind and 15 records per type; 120 "
      "distinct vendor types with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 "
      "prose records in 40 distinct languages; 66 evasions; positives 440–470; span types of the four sources pairwise "
      "disjoint; non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(muts), sum(c for _, c in muts), len(muts),
        ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in muts)))
    # ------------------------------------------------------------------ shapes guessed
    a("## Shapes you had to guess\n")
    grp = {"R": [], "B": [], "G": []}
    for v in vendor194.V:
        nb = (" – next to it: " + v[4][2]) if v[4] else ""
        grp[v[3]].append("%s (%s%s)" % (bt(v[0]), v[2], nb))
    a("*Read this session* for shape in the public gitleaks default rule file (`config/gitleaks.toml`; nothing copied; "
      "every value generated; where the rule gives only a prefix or an alphabet range, the exact length is mine): "
      + "; ".join(grp["R"]) + ".\n")
    a("Believed right from background knowledge (not re-read this session): " + "; ".join(grp["B"]) + ".\n")
    a("Guessed (length and alphabet only; most dive-agency, dive-shop, booking, logbook, waiver, e-learning, maritime and "
      "marine-weather vendors publish no token format the builder knows, so these are recognisable from the key name "
      "only): " + "; ".join(grp["G"]) + ".\n")
    a("Also invented or guessed: the everyday prefix `dlog_` and its CRC-16 tail and the evasion prefixes `fpk_` / `lgs-` "
      "are invented; `whsec_` follows the Svix convention (Base64 of 24 bytes), the Fernet key the `cryptography` "
      "convention (URL-safe Base64 of 32 bytes), the HS512 GPS JWT and the 40-character LTI 1.1 secret are modelling "
      "choices. The fill-station operator pipe file, deck-kiosk TSV, rental handheld caret file, waiver-kiosk fixed-width "
      "file (columns 41–62), hydro-bench operator table, dive-computer dock tilde file, LMS import CSV and the `$PBRDV` NMEA "
      "login sentence are invented formats of this world. Syntaxes from memory, not re-checked: the flags of `smbclient -U "
      "u%p`, `xfreerdp /p:`, `sshpass -p`, `mongosh -p`, `ldapsearch -w`, `redis-cli -a`, `openssl -passout pass:` / `enc "
      "-k` / `passwd -6`, `zip -P`, `qpdf --encrypt <user> <owner> 256 --`, `keytool -storepass`, `ssh-keygen -N`, "
      "`veracrypt -p`, `snmpwalk -X` / `-c`, `docker login -p`, `skopeo --src-creds`, `cmdkey /pass:`, `winrs -p:`, "
      "`curlftpfs -o user=`, `sipsak -a`, `net user <u> <p> /add`, `rabbitmqctl add_user`, `ejabberdctl register`, `emqx "
      "ctl admins add`, `influx setup -p`, `zkCli addauth digest`, `lynx -auth=`, `iodine -P`, `ss-local -k`, `doveadm pw "
      "-p`, `mkpasswd -s`, `dotnet user-secrets set`, `gh secret set -b`, `az keyvault secret set --value`, `aws ssm "
      "put-parameter --value`, `composer config http-basic`, `lpadmin -v ipps://`, linphonec `register`, `sudo -S`, `sshfs "
      "-o password_stdin`, `cryptsetup --key-file=-`, `gpg --passphrase-fd 0`, `secret-tool store`, `docker secret create "
      "-`, `wrangler secret put`; the file layouts (`.pgpass`, `rsyncd.secrets`, OpenVPN `auth-user-pass`, "
      "`hostapd.wpa_psk`, Dovecot `{PLAIN}` passwd-file, vsftpd virtual-users text, `.git-credentials`, proxychains, 3proxy "
      "`users u:CL:p`, svnserve `[users]`, cloud-init `chpasswd: list:`); the protocol lines (Redis `HELLO 3 AUTH`, AMQP "
      "`Start-Ok` PLAIN response as a dissector shows it, `AT+CGAUTH`, Quectel `AT+QMTCONN`, Icecast source URL, SMTP `AUTH "
      "PLAIN` initial response); the library positions (smtplib / imaplib `login`, pysmb `SMBConnection`, ldap3 "
      "`Connection`, PyKeePass, `load_pem_private_key`, exchangelib `Credentials`, Minio, pymysql, ldapjs `bind`, "
      "`Buffer.from`, `scryptSync`, `DriverManager.getConnection`, JavaMail `Transport.connect`, Jedis `auth`, SSH.NET "
      "`SshClient`, MailKit `Authenticate`, Go `smtp.PlainAuth`, jlaffaye/ftp `Login`, lettre `Credentials::new`, reqwest "
      "`basic_auth`, Ruby `Net::SMTP.start` fifth, PHP `PDO` / `ldap_bind`, Perl `Net::FTP->login`, LuaSQL `connect`, "
      "Arduino FTP server `begin`, WLST `connect`); the UI-automation calls (Playwright `fill`, Cypress `type`, AutoHotkey "
      "`SendRaw`, AutoIt `Send(…, 1)`, `xdotool type`, AppleScript `keystroke`, uiautomator2 `set_text`, Flutter "
      "`enterText`, CodeceptJS `fillField`, Capybara `fill_in … with:`, Behat / Mink step, UiPath `TypeInto Text=`). "
      "Negatives: C-card, cylinder, fill-sheet and analyser layouts are approximate; the PBKDF2 and SHA-512-crypt strings, "
      "Fernet tokens and JWE parts are random bytes in the right frame, not hashes or ciphertexts of anything; the "
      "`ssh-ed25519` keys are random 32-byte keys in the real wire header.\n")
    # ------------------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (trip booking admin, boat manifest console, C-card verification portal, "
      "fill-log / hydro database, rental POS manager, waiver kiosk admin) and six generated secrets (`dlog_` logbook sync "
      "token, 64-hex dive-computer upload HMAC key, HS512 GPS feed JWT, `whsec_` weather webhook secret, Fernet waiver "
      "signature key, 40-character LTI consumer secret). The HMAC key, the Fernet key and the LTI secret have no vendor "
      "prefix but each signs or decrypts something, so all are labelled. Key names in everyday files say password / key / "
      "secret / token / jwt — that is how such files look; the telling-key-free cases are in the positional source. The "
      "Google Sheets CSV puts the key in one cell and the value in the next; the Jira automation rule puts it in a webhook "
      "header map; the Android managed-config XML puts it in `android:defaultValue`.")
    a("- Vendor: most dive-agency, booking, logbook, waiver, e-learning, maritime and weather vendors publish no token "
      "format the builder knows, so their types are recognisable only from the key name — part of the test. Seven vendor "
      "types carry owner-chosen passwords (NAUI Pro portal, Subsurface cloud, Scubapro LogTRAK, Meteomatics, Copernicus "
      "Marine, Garmin inReach IPC inbound, RockBLOCK). The Discord webhook URL is labelled whole (the URL is the "
      "capability); for Cloudinary only the secret inside `CLOUDINARY_URL` is labelled (the API key before it is an "
      "identifier). Same-shape traps: the DAN verification key, FareHarbor user key, DocuSign secret key, WorldTides key "
      "and Postmark token are UUIDv4s (secrets that look like ids) and the DocuSign integration key next to its secret is a "
      "UUIDv4 identifier; the Bókun access key, Regiondo public key, Mailjet API key and Cloudflare R2 access key id have "
      "hex shapes like their secrets; Paystack, PayMongo (`sk_live_`) and Stripe (`rk_live_`) look alike; the WooCommerce "
      "`ck_` consumer key, Twilio `SK…` SID, Vonage key, PayPal client id, GitHub `Ov23li…` client id, Langfuse `pk-lf-` key, "
      "Algolia application id and LINE channel id are identifiers or public halves and stay unlabelled (the `ck_` key is "
      "arguably secret too; only the `cs_` secret is labelled). The Langfuse public key `pk-lf-…` sits next to its labelled "
      "`sk-lf-` secret. Brands of the earlier READMEs reappear with other credential kinds (OpenAI service-account key, "
      "Anthropic workspace key, Stripe restricted key, Square access token, Slack app-level token and signing secret, "
      "Telegram bot token, Sentry org token, Cloudflare global / origin CA / R2 / Tunnel, Doppler service token, Datadog API "
      "key); only type names were checked.")
    a("- Passwords: labelled when the value logs in (flags `-p`, `-a`, `-w`, `-P`, `-X`, `-k`, `/p:`, `-p:`, `/pass:`; "
      "`user%pw` for smbclient, `user:pw` for skopeo, curlftpfs, lynx, zkCli, 3proxy; positional arguments for `net user`, "
      "`rabbitmqctl`, `ejabberdctl`, `emqx ctl`, `composer config`, linphonec; URL userinfo for pip, `.git-credentials`, "
      "`lpadmin`, Icecast; library call positions in Python, Node, Java, C#, Go, Rust, Ruby, PHP, Perl, Lua, Arduino and "
      "WLST), unlocks a file, key or store (`zip -P`, `qpdf --encrypt`, `openssl enc -k`, `-passout`, `keytool "
      "-storepass`, `ssh-keygen -N`, VeraCrypt, `cryptsetup`, `gpg --passphrase-fd`, PyKeePass, `load_pem_private_key`), "
      "is hashed or derived from a literal (`openssl passwd -6`, `doveadm pw`, `mkpasswd`, `scryptSync` — the literal is "
      "still the clear password), is stored into a secret store (`dotnet user-secrets`, `gh secret set`, Key Vault, SSM, "
      "`secret-tool`, `docker secret create`, `wrangler secret put`), is a shared secret (SNMP community and privacy "
      "passphrase, hostapd PSK, iodine and Shadowsocks keys, `AT+CGAUTH` APN credentials) or sits in a file by position "
      "or travels in a protocol exchange. Weakest kept cases: `keytool -storepass`, `sshfs -o password_stdin`, `doveadm pw`, "
      "`mkpasswd`, `openssl passwd`, the telling class names `Credentials` (exchangelib, lettre) and `PlainAuth`, "
      "the proxychains comment header `pass` and the OpenVPN file name hint; the snmpwalk `-A authkey-in-vault` value next "
      "to the labelled `-X` value is a pointer-like name, not a credential. The four Base64 spans are the whole Base64 "
      "token (the credential on the wire or in the file). UI tests use neutral field ids (`#f2`, `field2`, `field-2`). "
      "Several ideas repeat the earlier corpora on new tools (short flags after a user flag, URL userinfo, library call "
      "positions, stdin echo, Base64 protocol lines, UI typing); novelty was checked by name, not by signature.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "German, Italian, Portuguese, Galician, Norwegian Bokmål, Russian, Serbian, Standard Malay, Tagalog, Esperanto, "
      "Japanese, Korean, Mandarin Chinese, Hindi; modest for Icelandic, Luxembourgish, Western Frisian, Kazakh, Uzbek, Hebrew, "
      "Egyptian Arabic, Bengali, Marathi, Cebuano, Zulu, Hawaiian, Maori, Samoan, Papiamento; low for Scottish Gaelic, Halh "
      "Mongolian, Sinhala, Burmese, Khmer, Hausa, Yoruba, Malagasy, Tongan, Fijian, Dhivehi. Loan words (password, "
      "पासवर्ड, পাসওয়ার্ড, パスワード, tablet, logbook) are kept as people use them. Hebrew, Egyptian Arabic and Dhivehi are "
      "right-to-left with the Latin value embedded; the Hawaiian, Maori and Scottish Gaelic sentences put the value first "
      "(predicate-first word order).")
    a("- Evasions: base 4, base 20, Hebrew numeral letters and die faces are numeral notations; HTML decimal references, "
      "Python `\\x` escapes, U+ notation, unseparated hex and basE91 are developer / byte notations (a detector that "
      "unescapes HTML or Python literals will see the plain); the Polybius square and XOR with 0x2A are classic ciphers "
      "with their key stated; letter positions are a spelled form; Zeckendorf sums and times-seven are arithmetic; "
      "sans-serif italic folds back to ASCII under NFKC while the Cyrillic look-alike swap does not (NFKC keeps Cyrillic "
      "letters; a confusables skeleton is needed); the case swap keeps every character class, so a run can look like "
      "another password (intended); logbook depths, fill pressures, bottom times, compass bearings and tide heights are "
      "this world's disguises of code points. Close relatives exist in the earlier corpora (base 5 / base 7 next to base 4 "
      "/ base 20, bold script / double-struck next to sans-serif italic, CSS escapes / quoted-printable next to HTML "
      "references and `\\x` escapes, keyword substitution / Caesar next to Polybius / XOR, Aegean / Arabic-Indic numerals "
      "next to Hebrew letters / die faces, pet-care and campsite number disguises next to the dive-world ones); novelty "
      "was checked by name against both READMEs and by notion against the encodings they name in prose.")
    a("- Negatives: C-card and diver numbers, cylinder serials and hydro stamps, fill-sheet readings, analyser serials, "
      "dive-computer serials, MMSIs, call signs, booking references, IBANs and BICs printed on invoices (for paying in, not "
      "credentials), GPX coordinates, mooring buoy numbers, envelope ids, xAPI / SCORM ids are identifiers; IMO numbers, "
      "Damm booking references, IBANs and NMEA sentences carry real check digits / checksums; Stripe `pk_live_`, the "
      "Algolia search-only key (32 hex, the same shape as the labelled admin key — only the name tells them apart), the "
      "reCAPTCHA site key, Mapbox `pk.`, the Supabase anon key, PostHog `phc_` and the Sentry DSN (arguable) are public by "
      "design; `dlog_<your-32-char-token>_<crc>`, `whsec_XXXX…`, `<from-your-LMS>`, empty values, `CHANGE_ME`, an all-zero "
      "64-hex key and `${…:?…}` are placeholders; `********`, `dlog_****` + 4 characters, `[REDACTED]`, bullets and `***` "
      "carry no usable value; `${ssm:…}`, Secrets Manager ARNs, Vault agent templates, `op://` and `vault:` strings are "
      "pointers; PBKDF2 and SHA-512-crypt strings are one-way hashes (sensitive, not usable credentials; the fixture field "
      "is called `password`, a trap); Fernet tokens (`gAAAAA…`) and compact JWEs are ciphertext (the Fernet *token* is a "
      "negative while the Fernet *key* is an everyday positive); `ssh-ed25519` host keys and their SHA256 fingerprints are "
      "public; the handbook and toolbox-talk minutes talk about passwords without one. Random fillers are generated, so "
      "an entropy-only detector will hit them — that is the point.\n")
    # ------------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief194/` (p191 and p192), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch194/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its "
      "own mirror directory and extracted with `git show` into `/tmp/scratch194/`), read for the rules behind every type "
      "marked *read this session* above and, for the negatives, the Mapbox `pk.` rule; its Flutterwave rule covers only "
      "`FLWSECK_TEST-` keys, so the live `FLWSECK-` shape stays *believed*. Betterleaks, Kingfisher, CredSweeper and vendor "
      "documentation were not opened this session; the remaining shapes come from the builder's memory and are marked "
      "above as believed or guessed.")
    return "\n".join(L) + "\n"
