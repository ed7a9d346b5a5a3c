"""Renders README.md from the generated data (deterministic)."""
import everyday201
import evasions201
import negatives201
import positional201
import prose201
import vendor201
from common201 import WORLD_WORDS
from enc201 import ENCODINGS


def bt(x):
    return "`%s`" % x


def render(secrets, evasions, negatives, info):
    ev = [r for r in secrets if r["source"] == "everyday"]
    ve = [r for r in secrets if r["source"] == "vendor"]
    pw = [r for r in secrets if r["source"] == "password"]
    pr = [r for r in secrets if r["source"] == "prose"]
    types = {r["type"] for r in secrets}
    conts = {r["container"] for r in secrets}
    classes = []
    for r in negatives:
        if r["class"] not in classes:
            classes.append(r["class"])
    deny = info["deny"]
    muts = info["mutations"]
    L = []
    a = L.append

    a("# privacy_twohundredfirst (p201) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**board-game café, tabletop-gaming store and LAN-party developers**: table and game-library reservations (Astro, NestJS, "
      "Laravel, Rails, Django and Flask booking back ends, SevenRooms- and Tablein-style widgets, Yelp Fusion), organised-play "
      "tournament pairings (Swiss pairing engines in Elixir, Ktor and .NET, Discord and Deno tournament bots, Challonge, start.gg, "
      "Toornament, Melee-style results exports, BoardGameGeek look-ups), trading-card singles inventory and buylist pricing "
      "(TCGplayer, Cardmarket, the Pokémon TCG API, Crystal Commerce, BinderPOS, eBay, Etsy, Shopify, WooCommerce, BigCommerce, "
      "Lightspeed, Square, Clover, Cloudflare Workers, Spring Boot and Go services), miniature-painting commissions (WordPress, "
      "Strapi, Directus, Cloudinary, UploadThing, Printful, Patreon, Ko-fi, a photo NAS), game-server and LAN seat bookings "
      "(Pterodactyl, Wings, Nitrado, SourceMod, Paper plugins, Steam Web API and game-server login tokens, RCON, TeamSpeak, "
      "Mumble, Factorio, Riot, FACEIT, Battle.net, Epic Online Services, PlayFab, Twitch, ESPHome seat sensors, RouterOS, "
      "UniFi, OPNsense, ZeroTier, Tailscale, ngrok, Cloudflare Tunnel, WireGuard), loyalty stamps (React Native, iOS and Android "
      "apps, Loyverse, HMAC-signed stamp QR codes), convention badges (Angular, CakePHP, Tito, Eventbrite, Sched), demo-copy loans "
      "(Apps Script, Node-RED, Snipe-IT) and the café till (Windows registry, Delphi INI, Stripe, PayPal, Mollie, Adyen, Braintree); "
      "plus the commerce, messaging, AI, developer and ops services such developers use (SendGrid, Postmark, Mailjet, SparkPost, "
      "MailerLite, Twilio API keys, Vonage, Plivo, Telnyx, Slack app tokens and signing secrets, Matrix, Microsoft Teams, OpenAI and "
      "Anthropic admin keys, Mistral, Cohere, DeepSeek, xAI, OpenRouter, ElevenLabs, Langfuse, Azure OpenAI, Entra ID, Mapbox, "
      "GitHub, GitLab, Bitbucket, Atlassian, npm, PyPI, Docker Hub, Netlify, Supabase, PlanetScale, Algolia, Meilisearch, FCM, "
      "Vault, Terraform Cloud, 1Password, Doppler, Infisical, New Relic, Grafana, Sentry, Axiom, PagerDuty, Linear, Trello, "
      "monday.com, Shippo, EasyPost, Royal Mail); with hard negatives from the same world (set codes and collector numbers, graded-card "
      "certification numbers, EAN-13 / ISBN-13 game barcodes, player and match ids, seat MAC addresses and DHCP leases, SteamID64s "
      "and server endpoints, Luhn-checked loyalty cards, Damm-checked convention badges, Verhoeff-checked demo-copy asset tags, "
      "patch digests and torrent infohashes, publishable booking-widget keys, placeholders, redacted logs, secret-store references, "
      "SOPS and Ansible Vault ciphertext, Django password hashes, staff-wiki talk about passwords, webhook signatures, SSH host keys "
      "and fingerprints, game seeds and lobby codes). Everything is produced by `build.py` and its modules (`common201.py`, "
      "`everyday201.py`, `vendor201.py`, `positional201.py`, `prose201.py`, `enc201.py`, `dec201.py`, `evasions201.py`, "
      "`negatives201.py`, `checks201.py`, `readme201.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, "
      "fixed `random.Random` seeds (20101 everyday, 20111 everyday pairing, 20102 vendor, 20103 positional passwords, 20104 prose, "
      "20105 evasions, 20106 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one "
      "process, compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both "
      "generations and compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief201/`.\n" % len(muts))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredfirst/`) was created (with `mkdir -p`) and written; its parent was never listed, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project "
      "material read were the two READMEs in `/tmp/brief201/` (`README_hundredninetyeighth.md`, p198, window-cleaning / "
      "pressure-washing / gutter-service developers; `README_hundredninetyninth.md`, p199, music-school / dance-studio / "
      "martial-arts dojo developers), used only to learn the file format and what is already covered. No other `/tmp` directory "
      "was looked at except the scratch directory `/tmp/scratch201/` (an extracted copy of the public gitleaks rule file, "
      "encoder / decoder round-trip trials and trial builds). The deny-list (`common201.extract_denylist`) holds every backticked "
      "name and every snake_case identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional "
      "syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d codes; the pattern "
      "also catches `alg` and `id`, which only makes the list stricter) and the names and name words of those pairs (%d entries). "
      "It is frozen in `brief_names.json`; when `/tmp/brief201/` exists the build re-extracts it and fails if it differs (this "
      "build: %s). Encodings the two READMEs name only in prose (Caesar, keyword alphabets, nibble-swapped hex, little-endian "
      "words, Yijing hexagrams, script / bold letters, Spanish / English / Portuguese / German / Esperanto number words, reversal, "
      "triplets, pitch / Dewey numbers, prime factors, Zeckendorf, superscript, Arabic-Indic, Bengali and Ge'ez digits, element "
      "symbols, Unicode names, Polybius, XOR, EBCDIC, DNA letters, dice, octal, binary, Bacon, affine, Atbash, ROT13 / ROT47, "
      "Vigenère, Beaufort, Trithemius, rail fence, columnar transposition, rotation, pair swaps, odd-even split, boustrophedon, "
      "Base58 / 45 / 36 / 62 / 32, Ascii85, Z85, uuencode, percent, CSS, `\\u` and quoted-printable escapes, zero-width tricks, "
      "NATO and other spelling alphabets, multi-tap, decoys, `fromCharCode` / `CHAR(n)`, the bases 4 / 7 / 9 / 20 / 60, Hebrew "
      "numerals, Mayan numerals, circled / parenthesized / regional-indicator / bold / italic / turned / Cyrillic look-alikes) were "
      "avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, "
      "languages or notations.\n" % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]),
                                    len(deny["language_names"]), info["deny_msg"]))

    # ------------------------------------------------------------ files and counts
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(secrets), len(secrets), len(types), len(conts), len(ev), len(ve), len(pw), len(pr), len(pr)))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(evasions), len(evasions), len({r['type'] for r in evasions}),
                                                                   len({r['container'] for r in evasions}), len({r['encoding'] for r in evasions})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(negatives), len({r['container'] for r in negatives}), len(classes)))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p201-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p201-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p201-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
      "lines with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday %d = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written and unused: %s). "
      "Vendor %d (%d candidates written; set aside as the weakest link to this world or the most generic shape: %s). "
      "Positional passwords %d (%d syntaxes written; set aside: %s; considered and not written: %s). Prose %d in %d languages "
      "(spares written and unused: %s). Evasions %d = %d × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. "
      "Positives total %d (asked: about 450). Values, public neighbours, hidden passwords, evasion plains and runs drawn through the "
      "registry: %d.\n" % (
          len(ev), ", ".join(bt(k[0]) for k in everyday201.UNUSED_KINDS), len(ve), len(vendor201.V),
          ", ".join(bt(v[0]) for v in vendor201.UNUSED), len(pw), len(positional201.P),
          "; ".join("%s (%s)" % (bt(k), why) for k, why in positional201.SET_ASIDE.items()),
          "; ".join("%s (%s)" % (bt(k), why) for k, why in positional201.NOT_WRITTEN),
          len(pr), len(pr), ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose201.SPARES),
          len(evasions), len(ENCODINGS), len(negatives), len(classes), len(secrets), info["registry"]))

    # ------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, "
      "never the quotes and never the key. Values pasted where they do not belong (a store owner's WhatsApp export, a LAN crew's "
      "Discord channel paste, an OCR'd back-office whiteboard, a buylist Google Sheet CSV export, a Jira comment, a structured JSON "
      "log line, a zsh history, `kubectl --from-literal`, `vault kv put`, `setx` and `op item create` histories, a Slack DM, a "
      "FreeScout private note) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s; %d in all; capitalised with probability 0.4) + one of `- _ . + ! ~` "
      "+ 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "`^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the 5 owner-chosen vendor "
      "passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain positional value, every password "
      "hidden inside a Base64 positional value, every prose value and every back-office-PC evasion plain." % (
          ", ".join(WORLD_WORDS[:40]) + ", …",
          len(WORLD_WORDS)))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; "
      "no evasion plain and no password hidden inside a Base64 positional value appears in any text. Values, public neighbours, "
      "hidden passwords, evasion plains and evasion runs are drawn through one registry that refuses repeats and any string in a "
      "substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered string of 6+ "
      "characters.")
    a("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 "
      "(checked); every JWT-shaped substring has base64url JSON header and payload and a signature length that fits its `alg` "
      "(checked): the organised-play session token is a real HS512 JWT (64-byte HMAC-SHA512 under a discarded key), the monday.com "
      "token a real HS256 JWT, the Snipe-IT and MailerLite tokens RS256-shaped with 512 random signature bytes; `bpx_` tokens carry "
      "8 hex of the real CRC-32 of their 32-character body (checked); `tbw_` bodies are base64url of 32 bytes and the loyalty key "
      "is standard Base64 of 32 bytes (checked); the Cloudflare Tunnel token is Base64 of real JSON with a Base64 32-byte `s`, the "
      "Sentry org token and the 1Password service-account token carry real Base64 JSON, the Mapbox `sk.` middle is real JSON, the "
      "Matrix `syt_` token carries the base64url of its localpart and the WireGuard key is a clamped Curve25519 scalar (all "
      "checked); %d vendor values are checked against a regular expression derived from their generator. The three Base64 "
      "positional spans decode to `user:password` (Docker `config.json` `auth`, `.npmrc` `_auth`), NUL user NUL password (SMTP "
      "`AUTH PLAIN` initial response) or the bare password (FileZilla `<Pass encoding=\"base64\">`) with a strict-form password "
      "(checked); the judge-tablet fixed-width file puts the value in columns 41–60 (checked). Negatives: Luhn (loyalty cards), "
      "EAN-13 (game barcodes and ISBN-13s), Damm (badges) and Verhoeff (asset tags) check digits are real, `age1` recipients carry a "
      "real Bech32 checksum and `ssh-ed25519` keys the real wire header (all checked); digests, infohashes and fingerprints are real "
      "digests of random bytes; webhook signatures real HMAC-SHA256 outputs under discarded keys." % len(__import__("checks201").VENDOR_RE))
    a("- Public neighbours are unlabelled: user names, hosts (`*.lan` names of the shops `meeplehall`, `critboxcafe`, `hexandpint`, "
      "`rollandrest`, `tabletopden`, `pawnshack`, `fraglan`, `dicetavern`, `*.example`, private addresses), key names, and ids written "
      "next to a vendor secret (%s) and the user half of a user / password pair." % "; ".join(
          "%s: %s" % (v[0], " ".join(v[4][0])) for v in vendor201.USED if v[4]))
    a("- Positional passwords: span type `meeplepw_<syntax>`, container `meeplepw_<syntax>__<suffix>` where the suffix says where "
      "the text lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional201.SUFFIX.items()))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run "
      "on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if "
      "the run equals the plain or if the run would start or end with whitespace.\n")

    # ------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s%s)" % (bt(t), d, "" if s == "owner-chosen" else ": " + s)
                                           for t, d, s in everyday201.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(k), st) for k, st, _ in everyday201.USED_KINDS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 20111) of the 12 types "
      "and deals four consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 "
      "records (checked); secrets therefore also land in implausible places (a raw Wi-Fi PSK in a Jira comment, a session JWT in a "
      "justfile). Key names are the type's key words in the container's own case style: upper (UPPER_SNAKE), snake, camel, pascal, "
      "kebab, dot, spaced (chats, tickets) and title (OCR, sheet CSV); the Go struct tag kind also writes the PascalCase field name "
      "and the Strapi kind the upper-case `env()` name.\n")
    a("Vendor (%d types, container `<type>__<style>`): %s. Styles (%d, assigned cyclically): %s. Where a vendor pairs a public id "
      "with the secret, the id is written next to it in the same style and left unlabelled.\n" % (
          len(ve), ", ".join(bt(v[0]) for v in vendor201.USED), len(vendor201.STYLES),
          ", ".join("%s (%s)" % (bt(s), k) for s, k in vendor201.STYLES)))
    a("Positional passwords (%d syntaxes, span type `meeplepw_<syntax>`): %s. None of them is among the syntaxes or names of "
      "either README (compared after removing the `<letters>pw_` prefix; checked).\n" % (
          len(pw), ", ".join(bt(r["type"]) for r in pw)))
    a("Prose: someone tells a colleague the password of the shop's back-office PC and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (%d): %s. None of them or the spares is among the "
      "languages or spares of either README (checked: code against the codes and all deny-listed names; name and each name word "
      "against the language names). Scripts: %s. Japanese, Chinese, Cantonese, Burmese and Khmer do not separate words with spaces, "
      "so the value got spaces around it; Russian introduces the value after a colon; Tajik puts the copula after it; every value is "
      "set off by whitespace on both sides (checked).\n" % (
          prose201.TYPE, ", ".join(bt(f) for f in prose201.FORMATS), len(pr),
          ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose201.LANGS),
          ", ".join(sorted({s for _c, _n, s, _t in prose201.LANGS}))))

    # ------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join("%s = \"%s\"" % (bt(k), v[1]) for k, v in ENCODINGS.items()) + ".\n")
    a("Families: " + "; ".join("%s: %s" % (v[0], bt(k)) for k, v in ENCODINGS.items()) + ".\n")
    a("Evasion types: " + "; ".join("%s (%s)" % (bt(t), d) for t, _w, d, _g in evasions201.PLAIN_TYPES) +
      "; wordings: " + ", ".join(bt(w) for w, _ in evasions201.WORDINGS) + " (container `<encoding>__<wording>`).\n")
    a("Encoders are in `enc201.enc` (the rng only adds noise the decoder ignores: piece letters of the chess moves, set codes and "
      "set sizes of the card list, table numbers of the pairing sheet, colour names of the paint list, the two letters of the badge "
      "numbers); the decoder `dec201.decode` gets only the encoding name and the run and is written separately, importing nothing "
      "from the encoder and no `base64`, `binascii` or `codecs`: Roman-numeral parsing with subtraction, balanced-ternary and "
      "negabinary place values, bijective base-26, a Greek numeral value table, a Chinese numeral parser (百 / 十 / 零), the "
      "inverse of n(n+1)/2 through an integer square root, nibble-to-digit BCD, a retyped QWERTY-to-Dvorak key table, NFKC for "
      "fullwidth forms, an Italian number-word parser (elided `vent-uno`, `-otto`, accented `tré`, `cento…`), square arithmetic for "
      "the chess moves, regular expressions plus arithmetic for the card, rating, switch-port, paint and badge disguises, "
      "`unicodedata.digit` for Devanagari digits, a Suzhou digit table, de-interleaving for the outside-in order, a proquint table "
      "and a hand-written Bubble Babble decoder (checked against the published vectors `xexax`, `xesef-disof-gytuf-katof-movif-baxux` "
      "and `xigak-nyryk-humil-bosek-sonax` while writing; proquint against `127.0.0.1` = `lusab-babad`). Every pair was round-tripped "
      "on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per notation while writing; at build time every span is decoded back "
      "to its `plain`.\n")

    # ------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    for cls, desc, kinds in negatives201.CLASSES:
        a("| %s | %d | %s | %s |" % (bt(cls), sum(1 for r in negatives if r["class"] == cls),
                                     ", ".join(bt(negatives201.kind_name(k)) for k in kinds), desc))
    a("\nEach base kind appears plain and wrapped " + ", ".join(bt("__" + w) for w, _ in negatives201.WRAPPERS if w) + ".\n")

    # ------------------------------------------------------------ checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per record; "
      "spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in "
      "its text; no value reused; no value in another record's text or in any negative; no evasion plain or Base64-hidden password "
      "in any text; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain positional, "
      "Base64-hidden, prose and evasion passwords; Base64 positional spans decode to their frame; judge-tablet columns 41–60; "
      "UUID-shaped substrings of every text are version 4; every JWT-shaped substring has base64url JSON header and payload and a "
      "signature length that fits its `alg`, the session token is HS512; everyday shapes (`tbw_` 32 bytes, `bpx_` CRC-32, HS512 JWT, "
      "Base64 32-byte loyalty key, 64-hex PSK, `gsp_` layout); %d vendor regexes and the vendor layouts (Cloudflare Tunnel JSON, "
      "Sentry org JSON, 1Password JSON, Matrix localpart, Mapbox JSON, WireGuard clamping, JWT-shaped vendor tokens); Luhn, EAN-13, "
      "Damm, Verhoeff, `age1` Bech32 and `ssh-ed25519` wire header in their negative classes" % len(__import__("checks201").VENDOR_RE))
    a("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule, `:` and a newline come right "
      "before the run, which is on one line followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run never "
      "contains its plain and never equals it; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive "
      "value, plain and hidden password")
    a("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose format, "
      "evasion wording, negative base kind and wrapper inside it), span type, evasion encoding and negative class is compared "
      "case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes (span type without "
      "`meeplepw_`) also against the earlier syntax list; prose languages and spares by code, name and name words; "
      "`brief_names.json` is compared with a fresh extraction when `/tmp/brief201/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types with "
      "containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct languages; "
      "66 evasions (22 × 3); positives 440–470; span types of the five sources pairwise disjoint; non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(muts), sum(1 for _, c in muts if c), len(muts),
        ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in muts)))

    # ------------------------------------------------------------ shapes
    a("## Shapes you had to guess\n")

    def vlist(conf):
        out = []
        for v in vendor201.USED:
            if v[3] == conf:
                s = "%s (%s" % (bt(v[0]), v[2])
                if v[4]:
                    s += " – next to it: %s" % " ".join(v[4][0])
                out.append(s + ")")
        return "; ".join(out)
    a("*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`; nothing "
      "copied; every value generated; where the rule gives only a prefix or an alphabet, the exact length is mine): %s.\n" % vlist("read"))
    a("Believed right from background knowledge of public rule sets and vendor docs (not re-read this session): %s.\n" % vlist("believed"))
    a("Guessed (length and alphabet only; most trading-card, store-platform, booking, game-server and shipping vendors publish no "
      "token format the builder knows, so these are recognisable from the key name only): %s.\n" % vlist("guessed"))
    a("Owner-chosen passwords (the integration or server is unlocked with a password the owner picked): %s.\n" % vlist("owner"))
    a("Also invented or guessed: the everyday prefixes `tbw_`, `bpx_` (with its CRC-32 tail) and `gsp_` and the evasion prefixes "
      "`tdu_` / `lse-` are invented; the HS512 session token, the Base64 loyalty HMAC key and the 64-hex raw PSK are modelling "
      "choices. The LAN-seat provisioning CSV, till roster, judge-tablet fixed-width file (columns 41–60), demo-loan kiosk pipe file "
      "and card-sorter TSV are invented formats of this world. Syntaxes are written from memory, not re-checked: flags and positions "
      "of `sshpass -p`, `xfreerdp /p:`, `winrs -p:`, `mongosh -p`, `redis-cli -a`, `rabbitmqctl add_user`, `snmpwalk -c`, "
      "`snmpget -A`, `openssl pkcs12 -passout pass:`, `keytool -storepass`, `unzip -P`, `ccrypt -K`, `ssh-keygen -N`, `docker login "
      "-p`, `skopeo --dest-creds`, `smbclient -U user%pw`, `ldapsearch -w`, `vsql -w`, `mcrcon -p`, `steamcmd +login`, `pihole -a -p`, "
      "`netsh wlan … key=`, `uci set …key=`, `wpa_cli set_network … psk`, `net user … /add`, `transmission-remote -n`, "
      "`deluge-console connect`, `curlftpfs -o user=`, `curl --proxy socks5h://`, `https_proxy`, `bw unlock`, `gocryptfs -extpass`, "
      "`pdftk input_pw`, `linphonec register`, `vnc://`, `http -a`, `vmrun -gp`, `sendemail -xp`, `cryptsetup -d -`, `sudo -S`; the "
      "protocol forms (TeamSpeak ServerQuery `login`, Source RCON `SERVERDATA_AUTH`, IMAP `LOGIN`, IRC `PASS`, STOMP `passcode`, "
      "`mumble://`, `steam://connect/host/password`, a GraphQL sign-in mutation, WordPress XML-RPC `wp.getUsersBlogs`, Quectel "
      "`AT+QMTCONN`, aria2 `token:`, RESP `AUTH`, SMTP `AUTH PLAIN`); the library positions (pymssql, imaplib, pysnmp "
      "`UsmUserData`, `MCRcon`, `PyKeePass`, kazoo `add_auth`, Cassandra `PlainTextAuthProvider`, `LogonUser`, pysmb, rcon-srcds, "
      "Node `http.request` `auth`, `MongoCredential`, JavaMail `Transport.connect`, smbj, Jedis, MailKit, `SecureString`, Go "
      "`smtp.PlainAuth`, gorcon, Ruby `Net::SMTP.start` and `PG.connect`, PDO, LWP `credentials`, LuaSQL, `mysql_real_connect`, "
      "Qt `QSqlDatabase::open`, Godot `Marshalls`); the file layouts (`.pgpass`, Dovecot `{PLAIN}`, OpenVPN `auth-user-pass`, "
      "`.git-credentials`, `snmpd.conf`, `ntp.keys`, Postfix `sasl_passwd`, CUPS `DeviceURI`, Docker `config.json`, `.npmrc`, "
      "FileZilla); the SQL forms (`AES_ENCRYPT`, `pgp_sym_encrypt`, `ENCRYPTBYPASSPHRASE`, BTEQ `.LOGON`, H2 `CREATE LINKED TABLE`, "
      "MySQL FEDERATED); the UI automation calls (Playwright, Cypress, uiautomator2, Capybara, Gherkin, AutoHotkey `SendRaw`, "
      "AppleScript `keystroke`, UFT, Squish). Negatives: SteamID64s, badge / asset / loyalty numbers, SOPS and Ansible Vault bodies "
      "and the Django hashes are random in the right frame (not ciphertext or hashes of anything).\n")

    # ------------------------------------------------------------ judgement
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (game-library admin, TCG singles database, LAN seat switch admin, café till manager "
      "override, organised-play portal, painting-commission NAS) and six generated secrets (`tbw_` booking webhook secret, `bpx_` "
      "buylist token, HS512 organised-play session JWT, Base64 loyalty-stamp HMAC key, 64-hex raw Wi-Fi PSK, `gsp_` game-server "
      "panel key). The loyalty key and the raw PSK have no telling prefix (the PSK is only hex) but each lets anyone forge stamps "
      "or join the LAN, so both are labelled. Key names in everyday files say password / secret / key / token / jwt / psk – that is "
      "how such files look; the telling-key-free cases are in the positional source. The Pterodactyl egg puts the key name in "
      "`env_variable` and the value in `default_value`; the sheet CSV puts the key in one cell and the value in the next.")
    a("- Vendor: most trading-card, store-platform, booking, game-server and shipping vendors publish no token format the builder "
      "knows, so their types are recognisable only from the key name – part of the test. Five vendor types carry owner-chosen "
      "passwords (Minecraft RCON, CS2 RCON, Mumble SuperUser, UniFi admin, Factorio game password); the TeamSpeak ServerQuery "
      "secret is server-generated (8 alphanumerics). Same-shape traps: the Steam Web API key and the game-server login token are "
      "both 32 upper-case hex; the Algolia admin key has the same 32-hex shape as the search-only key in the negatives; the "
      "Cardmarket access token, the Mailjet API key, the Linear client id and the OPNsense API key sit next to a secret of similar "
      "shape and stay unlabelled; TCGplayer, Clover, Pokémon TCG, FACEIT, BoardGameGeek, Postmark, Royal Mail and Ko-fi secrets "
      "are bare UUIDv4s (secrets that look like ids) while UUIDv4 match ids and webhook ids are negatives; the Stripe `pk_live_` "
      "publishable key sits in the negatives next to the labelled `rk_live_` restricted key; the Twilio `SK` key SID, the Vonage key, the Plivo "
      "`MA` auth id, client ids, app ids, keystrings, store hashes and user names are identifiers. Webhook URLs (Discord, Teams) are "
      "labelled whole, because the URL is the credential. The eBay cert id is the secret half of the app id / cert id pair. Brands "
      "of the earlier READMEs reappear with other credential kinds (Stripe restricted key, OpenAI and Anthropic admin keys, GitHub "
      "OAuth and installation tokens, GitLab runner and deploy tokens, Bitbucket repository token, Slack app-level token and signing "
      "secret, Twilio API key secret, Cloudflare origin CA / global / tunnel keys, Sentry org token, Tailscale pre-auth key, "
      "Infisical machine identity, Doppler service token, Grafana service account, Supabase management token); only type names "
      "were checked.")
    a("- Passwords: labelled when the value logs in (flags `-p`, `-a`, `-w`, `-A`, `-c` community, `/p:`, `-p:`, `-n u:p`, "
      "`-xp`, `-gp`, `--dest-creds u:p`, `-U u%p`, `+login u p`; URL userinfo for SOCKS, HTTPS proxies, `vnc://`, `mumble://`, "
      "`.git-credentials`, CUPS and MySQL FEDERATED; library call positions in Python, Node, Java, C#, Go, Ruby, PHP, Perl, Lua, C, "
      "C++ / Qt and GDScript), unlocks a file, key or vault (`unzip -P`, `ccrypt -K`, `pdftk input_pw`, `openssl pkcs12 -passout`, "
      "`keytool -storepass`, `ssh-keygen -N`, `cryptsetup -d -`, `gocryptfs -extpass`, `bw unlock`, `PyKeePass`, `AES_ENCRYPT`, "
      "`pgp_sym_encrypt`, `ENCRYPTBYPASSPHRASE`), sets a new secret (`rabbitmqctl add_user`, `net user /add`, `pihole -a -p`, "
      "`netsh wlan … key=`, `uci …key=`, `wpa_cli … psk` – the literal is still the clear password), is a shared secret (SNMP "
      "community and USM phrase, NTP key, Steam server password in `steam://connect`), sits in a file by position, travels in a "
      "protocol exchange (three Base64 spans, TeamSpeak `login`, Source RCON `Body:`, IMAP `LOGIN`, IRC `PASS`, STOMP `passcode`, "
      "RESP `AUTH`, aria2 `token:`, Quectel `AT+QMTCONN`, a GraphQL mutation, WordPress XML-RPC) or is typed by automation. Weakest "
      "kept cases, with a hint of the word nearby: IRC `PASS`, STOMP `passcode`, `-passout pass:`, `-storepass`, `input_pw`, "
      "`ENCRYPTBYPASSPHRASE`, `PSK` / `psk`, the Postfix `sasl_passwd` path in the file comment, FileZilla `<Pass>`, the `unlock` / "
      "`code` column notes of the invented files. UI tests use neutral field ids (`#f2`, `f2`, "
      "`data-cy=f2`). The Docker and npm Base64 spans are the whole Base64 token (`user:password`), the SMTP `AUTH PLAIN` span the "
      "whole initial response. Several ideas repeat the earlier corpora on new tools (short flags after a user flag, URL userinfo, "
      "library call positions, stdin echo, Base64 protocol lines, UI typing); novelty was checked by name, and obvious "
      "near-duplicates were set aside (listed under Scale).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for German, "
      "Italian, Portuguese, Norwegian Bokmål, Russian, Afrikaans, Malay, Galician; modest for Serbian, Japanese, Korean, Mandarin "
      "Chinese, Cantonese, Hindi, Hebrew, Luxembourgish, Cebuano, Javanese, Uzbek, Marathi, Nepali; low for Bengali, Gujarati, "
      "Punjabi, Kannada, Malayalam, Sinhala, Burmese, Khmer, Yoruba, Hausa, Zulu, Xhosa, Faroese, Scottish Gaelic, Tajik, Mongolian, "
      "Tatar, Kinyarwanda, Malagasy. Loan words (PC, password in Cebuano, पासवर्ड, パスワード, Passwuert) are kept as people use "
      "them. Hebrew is right-to-left with the Latin value embedded.")
    a("- Evasions: Roman numerals, balanced ternary, negabinary, spreadsheet column labels and Greek alphabetic numerals are numeral "
      "systems; Chinese and Italian numerals are spelled forms; Devanagari and Suzhou digits are digit blocks; triangular numbers "
      "are arithmetic; packed BCD is a bit-level code; proquints and Bubble Babble are byte notations (a detector that decodes "
      "them will see the plain); fullwidth forms fold back under NFKC; the Dvorak-on-QWERTY trick is a keyboard trick with the "
      "layouts stated; outside-in order keeps every character in view but scrambles the order; chess moves, card collector "
      "numbers, Swiss pairing ratings, switch ports, paint pot numbers and badge numbers are this world's disguises of code points. "
      "Close relatives exist in the earlier corpora (bases 4 / 7 / 9 / 20 / 60 next to balanced ternary and negabinary, Bengali / "
      "Arabic-Indic / superscript digits next to Devanagari / Suzhou digits, counting rods and Aegean numbers next to Suzhou / Greek "
      "numerals, squares and n-th primes next to triangular numbers, Gray code and binary next to BCD, Base32 / Z85 next to "
      "proquints / Bubble Babble, bold / parenthesized letters next to fullwidth, QWERTY shifts next to Dvorak, reversal and "
      "odd-even split next to outside-in, German / Esperanto number words next to Italian, recital seats and house numbers next to "
      "switch ports and badge numbers); novelty was checked by name against both READMEs and by notion against the encodings they "
      "name in prose.")
    a("- Negatives: set codes, collector numbers, card and match UUIDv4s, marketplace product ids, graded-card cert numbers, "
      "barcodes, ISBNs, player ids, MAC addresses, DHCP leases, SteamIDs, server endpoints, loyalty card numbers, badge numbers and "
      "asset tags are identifiers (the check-digit ones carry real check digits); Stripe `pk_live_`, the reCAPTCHA site key, the "
      "Algolia search-only key, PostHog `phc_`, Square `sq0idp-` and the referrer-restricted `AIza` Maps key are public by design "
      "(the Maps key and the Algolia search key are the most arguable: same shapes as labelled secrets elsewhere); `tbw_<43 "
      "characters>`, `tbw_paste-from-dashboard`, `bpx_XXXX…`, `YOUR_RCON_PASSWORD`, `gsp_xxxxxxxx.<secret>`, `<base64-32-bytes>`, "
      "empty values, `${…:?set me}` and `changeme` (arguably a weak real password; treated as a placeholder as in the earlier "
      "corpora) are placeholders; stars, `***`, `[REDACTED]` and `tbw_****` + a 4-character tail carry no value (the tail is a trap); "
      "Docker secrets files, `op://`, `vault:` paths, Secrets Manager ARNs and `${{ secrets.… }}` are pointers; SOPS `ENC[…]` values "
      "and Ansible Vault bodies are ciphertext (the `age1` recipient is a public key); Django `pbkdf2_sha256$` / `scrypt$` strings "
      "are one-way hashes (the field is called `password`, a trap); webhook signatures are outputs of a key, not the key; SSH host "
      "keys and fingerprints are public; Minecraft seeds, room and lobby codes and the Factorio map string are game settings. The "
      "env example lists the real key names of the everyday secrets with empty or placeholder values – a trap for key-name-only "
      "detectors. Random fillers are generated, so an entropy-only detector will hit them – that is the point.\n")

    # ------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief201/` (p198 and p199), for format and coverage only. The detector was not opened, listed or "
      "searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except "
      "`/tmp/scratch201/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default "
      "rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror "
      "directory and extracted with `git show` into `/tmp/scratch201/`), read for the rules behind every vendor type marked *read "
      "this session* above (Square, Shopify shared secret and custom-app token, Stripe restricted keys, Discord client secret, "
      "Cloudflare origin CA and global keys, Vault service tokens, Terraform Cloud tokens, 1Password service-account tokens, GitHub "
      "`gho_` / `ghs_`, GitLab runner and deploy tokens, npm, PyPI, PlanetScale, Algolia, SendGrid, Slack app-level tokens, Teams "
      "webhooks, OpenAI and Anthropic admin keys, Cohere, Azure AD client secrets, New Relic, Grafana service accounts, Sentry org "
      "tokens, Linear, Shippo, EasyPost). The published Bubble Babble and proquint test vectors were recalled from memory and "
      "matched by the encoder. Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; the "
      "remaining shapes come from the builder's memory and are marked above as believed or guessed.")
    return "\n".join(L) + "\n"
