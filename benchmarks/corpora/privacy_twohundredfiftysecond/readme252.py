"""Renders README.md from the generated data (deterministic)."""
import collections

import common252 as C
import everyday252
import vendor252
import positional252
import prose252
import evasions252
import enc252
import negatives252


def _bt(s):
    return "`%s`" % s


def render(data, info):
    S, EV, NG = data["secrets"], data["evasions"], data["negatives"]
    src = collections.Counter(r["source"] for r in S)
    deny = info["deny"]
    L = []
    a = L.append

    # ------------------------------------------------------------ title + world
    a("# privacy_twohundredfiftysecond (p252) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused "
      "on **organic-box schemes, food co-ops and zero-waste refill shops** and the people who build and run their "
      "software. The world: *Furrow & Fennel Veg Boxes* (`furrowfennel.example`: a Laravel box builder, an Open Food "
      "Network storefront fork, a packing shed with label printers, a Home Assistant / Node-RED shed controller, "
      "drivers' route tablets and the Furrow Drops app, a route planner), *Wheatsheaf Lane Food Co-op* "
      "(`wheatsheaflane-coop.example`: a member portal, an ERPNext back office, a CiviCRM membership list, a "
      "Nextcloud share, a volunteers' MediaWiki, tills, wholesale ordering from Suma, Infinity Foods and Essential "
      "Trading, a walk-in cold store with LoRaWAN probes and an alarm panel, Loomio decisions, a WhatsApp volunteers' "
      "group), *Topped Up Refills* (`toppedup-refills.example`: gravity dispensers on ESPHome, refill-station "
      "scales from Avery Berkel, DIGI and Mettler Toledo, a shop on Shopify and Ecwid, a Zammad helpdesk) and their "
      "software house *Compost Heap Digital* (`compostheap.example`: CI, ops, the freelance developer Saoirse "
      "Kinsella). People: Nell Ashby, Tariq Osei, Marguerite Lacombe, Ifeoma Chukwu, Bryn Talfryn, Saoirse Kinsella, "
      "Haruto Mori, Agnieszka Wrobel, Dev Chandra, Rosa Penhallow, Callum Straughan, Yusra Haddad. Secrets sit in the "
      "trade's own files and tools (ESPHome YAML, CircuitPython `settings.toml`, PlatformIO build flags, Home "
      "Assistant and Zigbee2MQTT secrets, Node-RED settings, ERPNext `site_config.json`, Figaro `application.yml`, "
      "Nextcloud `config.php`, MediaWiki `LocalSettings.php`, Laravel, Rails, Spring, Symfony, systemd drop-ins, "
      "LaunchAgents, Apache `SetEnv`, uWSGI, Dockerfiles, compose, Kubernetes, Ansible, Kamal, GitHub Actions, "
      "Bitbucket Pipelines, Jenkins, devcontainers, Bruno, Expo, Android and iOS app files, wrangler, n8n, fish and "
      "nushell history, asciinema casts, logfmt) and in the messy places (a WhatsApp export, a Loomio thread, a "
      "mailing-list digest, a Zammad note, a clipboard photo, a LibreOffice rota, a VBA module, a Sheets formula, "
      "Chrome 'Copy as fetch', a Notion export, a Telegram saved message, a voice-memo transcript, a KeePassXC "
      "export); the vendors are the trade's own (Open Food Network, Harvie, Local Food Marketplace, GrazeCart, Local "
      "Line, Shopify, Ecwid, Squarespace, GoCardless, Mollie, SumUp, Xero, QuickBooks, Epos Now, Circuit, Routific, "
      "OptimoRoute, Onfleet, Track-POD, Route4Me, Shipday, Stuart, Suma, Infinity Foods, Essential Trading, the Soil "
      "Association, OF&G, Avery Berkel, DIGI, Mettler Toledo, Esendex, PrintNode, Rotaready, Planday, Loomio, "
      "CiviCRM, Open Collective, Mailchimp, Brevo, The Things Network, Home Assistant, ESPHome, InfluxDB, Disruptive "
      "Technologies, ThingsBoard, Ubidots, OpenWeatherMap, Edamam, Spoonacular, Nutritionix, CalorieNinjas, UPC "
      "database, HERE, TomTom, Geoapify, Companies House, GOV.UK Notify) plus the commerce, messaging, AI, developer "
      "and ops services such developers use; the negatives come from the same world (GTINs, SSCCs, IBANs and "
      "GoCardless ids, organic certification references, LoRaWAN and Zigbee ids, PLUs and scale tickets, digests, "
      "password hashes, WireGuard and ssh public keys, publishable keys, placeholders, masked values, pointers, "
      "ciphertexts, API docs, handbook prose, failing look-alikes of this corpus's own token shapes, tracking "
      "numbers, trace ids, fridge logs).\n")
    a("Everything is produced by `build.py` and its modules (`common252.py`, `everyday252.py`, `vendor252.py`, "
      "`positional252.py`, `prose252.py`, `enc252.py`, `dec252.py`, `evasions252.py`, `negatives252.py`, "
      "`checks252.py`, `readme252.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
      "`random.Random` seeds (25201 everyday values, 25211 everyday pairing, 25202 vendor values, 25212 vendor "
      "styles, 25203 positional, 25204 prose, 25205 evasions, 25206 negatives), no clock, no network. "
      "`python3 build.py [outdir]` generates everything twice in one process, compares the bytes, runs every check "
      "and %d mutation tests and only then writes the files (on any failure it prints the errors, writes nothing "
      "and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief252/`.\n"
      % len(info["mutations"]))

    # ------------------------------------------------------------ independence
    a("## Independence\n")
    a("The builder never saw the detector and never ran a detector or scanner on the data. Under `/work/main` only "
      "this output directory (`benchmarks/corpora/privacy_twohundredfiftysecond/`) was created with `mkdir -p`; the "
      "only listings made there were a plain `ls` of this directory itself right after creating it (it was empty) "
      "and an `ls -la` of it after the final build (its own files and its `.` / `..` entries, nothing of the "
      "parent's contents); otherwise only this directory's own files were written, edited, read and run. Its parent was never listed, "
      "opened or searched, nothing else under `/work/main` was opened, listed, grepped or searched, and git was "
      "never run there.\n")
    a("The only project material read were the two READMEs in `/tmp/brief252/` (`README_twohundredfortyninth.md`, "
      "p249, thatchers / roofers / scaffolders; `README_twohundredfiftieth.md`, p250, printmakers / bookbinders): "
      "the directory was listed once with `ls -la`, the files sized with `wc -c`, read with `cat`, `sed -n` line "
      "ranges (output sometimes trimmed with `cut`), `awk` for line lengths and `grep -o` / `grep -oi` with a little "
      "context (a scratch script counted, for every tool, library, vendor and file planned here, how often either "
      "README mentions it, and the hits were read in context), and parsed by a trial copy of the deny-list "
      "extraction in the scratch directory and by the build's own `common252.extract_denylist`. They were used only "
      "to learn the file format and what is already covered. No other `/tmp` directory was looked at except the "
      "scratch directory `/tmp/scratch252/` (an extracted copy of the public gitleaks rule file, the extracted "
      "Kingfisher rule files, test-vector scripts for the check algorithms, Bubble Babble, E96, half floats, zlib and "
      "the Linux errno table, an encoder / decoder round-trip script, a trial deny-list extraction, a tool-name grep "
      "script and the output of trial builds). The search tool's own notes (`/work/.library/search/README.md`) were "
      "read to use the tool and `/work/.library/env/packages/` was listed once; that is tooling, not project "
      "material.\n")
    a("The deny-list (`common252.extract_denylist`) holds every backticked name and every snake_case identifier of "
      "both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their "
      "`<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also "
      "catches a few non-language pairs, which only makes the list stricter) and the names and name words of those "
      "pairs (%d). It is frozen in `brief_names.json`; when `/tmp/brief252/` exists the build re-extracts it and "
      "fails if it differs (this build: %s). Ideas the READMEs name only in prose (their avoided, set-aside and "
      "spare lists of encodings, syntaxes, vendors and languages) were avoided by hand as well; two hand lists in "
      "`common252.py` make part of that checkable: %d languages (`HAND_LANGUAGES`: the number-word, evasion, "
      "set-aside and spare languages the READMEs name in prose, plus Croatian and Lower Sorbian as neighbours of "
      "their Serbian / Bosnian and Upper Sorbian) and %d encoding-idea tokens (`HAND_ENCODING_TOKENS`) that no "
      "encoding name here may contain.\n" % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]),
                                          len(deny["language_names"]), info["deny_status"],
                                          len(C.HAND_LANGUAGES), len(C.HAND_ENCODING_TOKENS)))

    # ------------------------------------------------------------ files and counts
    a("## Files and counts\n")
    stypes = len(set(r["type"] for r in S))
    skinds = len(set(r["container"] for r in S))
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d "
      "languages |" % (len(S), len(S), stypes, skinds, src["everyday"], src["vendor"], src["password"], src["prose"],
                       src["prose"]))
    a("| `evasions.jsonl` | %d | %d | %d | %d | 22 encodings × 3 |" % (len(EV), len(EV), len(set(r["type"] for r in EV)),
                                                                   len(set(r["container"] for r in EV))))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(NG), len(set(r["container"] for r in NG)),
                                                              len(set(r["class"] for r in NG))))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, "
      "`language_codes` %d, `language_names` %d) |\n" % (len(deny["names"]), len(deny["syntaxes"]),
                                                         len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema: positives `id` (`p252-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list "
      "with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p252-e-NNNN`): `id`, `type`, `container` (`<encoding>__<wording>`), `encoding`, `text`, "
      "`secrets` (one span with `value`, `start`, `end`, `type`, `plain` – the clean secret – and `encoding`), "
      "`source` (`evasion`). Negatives (`p252-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). "
      "Python code-point offsets with `text[start:end] == value`; UTF-8 JSON lines written with "
      "`ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; 8 more kinds were "
      "written and left as spares: %s). Vendor %d (one record per type; %d more were written and set aside, listed "
      "under judgement calls). Positional passwords %d (one record per syntax; by where the text lives: %s). Prose "
      "40 in 40 languages (spares written down and unused: %s). Evasions 66 = 22 × 3. Negatives %d = 20 classes × "
      "2 base kinds × 5 presentations. Positives total %d (asked: 440–470). Strings drawn through the registry "
      "(values, generated vendor neighbours, evasion plains and runs): %d.\n" % (
          ", ".join(_bt(k) for k in everyday252.SPARE_KINDS), src["vendor"], len(vendor252.SPARE), src["password"],
          ", ".join("%s %d" % kv for kv in collections.Counter(s[1] for s in positional252.SYN).most_common()),
          ", ".join("`%s` (%s)" % s for s in prose252.SPARES), len(NG), len(S), info["registered"]))

    # ------------------------------------------------------------ conventions
    a("## Conventions\n")
    neigh = "; ".join("%s: %s" % (t, " ".join(nb[0])) for t, nb in sorted(vendor252.NEIGHBOUR.items()) if nb)
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field, "
      "position or protocol element – never the quotes, the key or the flag. Values pasted where they do not belong "
      "(a WhatsApp export, a Loomio comment, a mailing-list digest, a Zammad note, a clipboard photo, a rota "
      "workbook, a VBA module, a Sheets formula, a 'Copy as fetch', a Notion page, fish / nushell history, an "
      "asciinema cast, a logfmt line, a Telegram saved message, a voice-memo transcript, a KeePassXC export, "
      "`rails credentials:show`, `doppler secrets download`, `n8n export:credentials`) are labelled. The Slack and "
      "Zapier webhook URLs are labelled whole (the URL is the secret); the Laravel key keeps its `base64:` prefix "
      "inside the span (the whole string is `APP_KEY`).")
    a("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with "
      "probability 0.45) + one of `- _ . ! + @ *` + a tail people use (2–4 digits, 2–3 letters and 2 digits, a year, "
      "or 2 digits and 1–2 letters); positional, prose and evasion passwords use only `- _ .`. The build checks "
      "`%s` for the six everyday password types and the 9 owner-chosen vendor passwords, and the strict `%s` for every "
      "positional value, every prose value and every refill-room evasion plain. Values are never escaped: a "
      "container that could not hold a character (only the unquoted Dockerfile `ENV` refuses `*`) gets a value "
      "redrawn without it." % (", ".join(C.WORLD_WORDS[:36]), len(C.WORLD_WORDS), C.PASSWORD_RX.pattern,
                               C.STRICT_PASSWORD_RX.pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in "
      "no negative; no evasion plain appears in any text. Values, generated vendor neighbours, evasion plains and "
      "runs are drawn through one registry that refuses repeats, any string in a 6+ character substring relation "
      "with an earlier one, and any string holding a non-v4 UUID or an invalid JWT. A negative is redrawn if it "
      "contains any registered string of 6+ characters or an evasion plain, a world word + joiner + tail (the "
      "password form, with alphanumeric boundaries), any JWT-shaped string or a non-v4 UUID, or repeats an earlier "
      "negative.")
    a("- Structured values are valid: `rpf_` tokens end in the real Fletcher-16 of their 28-character body "
      "(asserted on `abcde` → C8F0, `abcdef` → 2057, `abcdefgh` → 0627), `ssk-` keys in the real CRC-16/CCITT-FALSE "
      "of their 20-character body (asserted: `123456789` → 29B1), `wlc.` keys in the real ISO 7064 MOD 37,36 check "
      "character (asserted on the GRID example A12425GABC1234002 → M), member-portal tokens are real HS384 JWTs, "
      "Laravel keys are `base64:` + Base64 of exactly 32 bytes, WireGuard private keys Base64 of 32 bytes with "
      "Curve25519 clamping (all checked). Every UUID-shaped substring of every text is version 4 and every "
      "JWT-shaped substring has base64url JSON header and payload, a known `alg` and a signature length that fits "
      "it (RS256: 256, 384 or 512 bytes) (checked); negatives contain no JWT-shaped string. Vendor frames: Home "
      "Assistant, n8n and Routific tokens are real HS256 JWTs, the Lemon Squeezy key an RS256 JWT frame with a "
      "random 384-byte signature, the Sentry org token and the 1Password service-account token Base64 of real JSON, "
      "the Matrix `syt_` token ends in base62 of the real CRC-32 of its body, the Discord bot token starts with "
      "Base64 of a 19-digit id, ESPHome, InfluxDB and Azure Storage keys have exact byte counts; every vendor value "
      "is checked against a regular expression built from the same spec that generated it plus these frame checks. "
      "Negatives: GTIN-13, SSCC-18 and price-embedded EAN-13 (GS1 mod 10), UK IBAN (mod 97) and Royal Mail S10 "
      "(weights 8 6 4 2 3 5 9 7, asserted on RR 47312482 9) check digits are real; ssh-ed25519 keys have the real "
      "wire format; digests are real digests of random bytes; bcrypt, yescrypt, pbkdf2, Ansible Vault, Rails and "
      "Laravel ciphertexts are random in frame.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.furrowfennel.example`, `*.wheatsheaflane-coop.example`, "
      "`*.toppedup-refills.example`, `*.compostheap.example`, private addresses), key names and the ids written next "
      "to a vendor secret (%s), and the user half of a user / password pair." % neigh)
    a("- Key names are the type's key words in the container's own case style: upper, snake, camel, pascal (with "
      "MediaWiki's `$wg` prefix), kebab, dot, flat (Nextcloud's lower-case run-together keys), header (`x-…` in a "
      "fetch call), spaced (chats, notes, e-mails, transcripts) and title (the clipboard photo, the rota workbook, the "
      "KeePassXC title). Vendor key names are the full type name in the style's case; the Ansible vault style "
      "prefixes `vault_`; KeePassXC puts the title-case words in `Title`, the neighbour (or `api`) in `Username` and "
      "the secret in `Password`.\n")

    # ------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (_bt(t), everyday252.TYPE_DESC[t]) for t in
                                          everyday252.TYPE_NAMES) + ".\n")
    kinds = everyday252.choose_kinds()
    a("Container kinds (45, key style in brackets): " + ", ".join(
        "%s (%s)" % (_bt(k), everyday252.KINDS[k][0]) for k in kinds) + ". Pairing (seed 25211, quota-greedy): for "
      "each kind in order the four types with the most records still to place are taken (ties broken by a seeded "
      "shuffle), so every kind holds four different types and every type sits in exactly 15 records (checked); "
      "secrets therefore also land in implausible places (a WireGuard key in a Dockerfile, a JWT in an ESPHome "
      "substitution).\n")
    a("Vendor (%d types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* "
      "in the public gitleaks or Kingfisher rule files, *believed* from memory, *guessed* where the builder knows no "
      "published shape, so the type is recognisable only from its key name, *owner-chosen* for portal and device "
      "passwords):\n" % src["vendor"])
    for g in vendor252.GROUPS:
        items = [t for t in vendor252.V if t[1] == g]
        a("*%s* (%d): " % (g, len(items)) + "; ".join(
            "%s (%s – %s%s)" % (_bt(t[0]), vendor252.spec_desc(t[2]), vendor252.SOURCE_DESC[t[3]],
                                " – next to it: " + " ".join(t[4][0]) if t[4] else "") for t in items) + ".\n")
    usage = collections.Counter(info["assign"].values())
    a("Vendor styles (%d; every type lists the families of style typical of where its key lives – server-side, "
      "mobile, IoT, webhook, owner-chosen password – and takes the least-used fitting style, ties broken by a seeded "
      "shuffle, seed 25212): " % len(vendor252.STYLES) + "; ".join(
        "%s (%s, %s, %d)" % (_bt(s), vendor252.STYLES[s][0], vendor252.STYLES[s][2], usage[s]) for s in
        vendor252.STYLES) + ".\n")
    wh = positional252.WHERE
    a("Positional passwords (%d syntaxes, span type `ofpw_<syntax>`, container `<syntax>__<where>` with where = %s): "
      % (src["password"], ", ".join("%s `%s`" % kv for kv in wh.items())) + "; ".join(
        "%s (%s, %s)" % (_bt(positional252.PREFIX + s[0]), s[1], s[2]) for s in positional252.SYN) +
      ". None of them is among the syntaxes or names of either README (compared after removing the `ofpw_` prefix; "
      "checked); no positional text contains `pass`, `pwd` or `secret` in any case (checked), so tools whose own name "
      "says it (sshpass, lpass, chpasswd, smbpasswd, htpasswd, vncpasswd, mkpasswd) and flags that say it "
      "(`--password`, `-pw`, `-upw`, `/pass:`, `password=`) were left out; field ids in UI scripts are the neutral "
      "`f1` / `f2`.\n")
    a("Prose: someone tells a colleague the password of the co-op's back-office PC and asks them to keep it to "
      "themselves; span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. Spares "
      "written down and unused: %s. None of them or the spares is among the languages of either README or on the "
      "hand list (checked: code against the codes, all deny-listed names and the hand list; name and every name "
      "word against the language names and the hand list). Scripts: %s. Persian, Urdu and Uyghur are right-to-left "
      "with the Latin value embedded; Armenian, Persian, Urdu, Punjabi, Nepali, Amharic, Tigrinya and Ayacucho "
      "Quechua put a copula after the value (after a space); every value is set off by whitespace on both sides "
      "(checked).\n" % (prose252.TYPE, ", ".join(_bt(f) for f in prose252.FORMATS),
                        ", ".join("`%s` (%s)" % (c[0], c[1]) for c in prose252.LANGS),
                        ", ".join("`%s` (%s)" % s for s in prose252.SPARES),
                        ", ".join(sorted(set(c[2] for c in prose252.LANGS)))))

    # ------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join("%s = \"%s\"" % (_bt(e), enc252.RULES[e]) for e in enc252.ENCODINGS) + ".\n")
    a("Families: " + "; ".join("%s: %s" % (enc252.FAMILIES[e], _bt(e)) for e in enc252.ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("%s (%s)" % (_bt(t[0]), t[1]) for t in evasions252.TYPES) +
      "; wordings: " + ", ".join(_bt(w[0]) for w in evasions252.WORDINGS) + " (container `<encoding>__<wording>`; "
      "encoding *i* and type *j* take wording (2*i* + *j*) mod 3, so each encoding appears once per type and once "
      "per wording). Each text states the rule in words, then `:` and a newline, then the run on its own line, then "
      "a remark (checked). Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if "
      "the run equals it, has outer whitespace or a newline, does not decode back, or if the registry refuses plain "
      "or run.\n")
    a("Encoders are in `enc252.enc` (the rng adds only noise the decoder ignores: the XOR share A, the Shamir slopes "
      "and x positions, the resistor decades). The encoder asserts its tables: Bubble Babble on the published "
      "vectors (empty → `xexax`, `1234567890` → `xesef-disof-gytuf-katof-movif-baxux`, `Pineapple` → "
      "`xigak-nyryk-humil-bosek-sonax`), RC4 on `Key` / `Plaintext` → BBF316E8D940AF0AD3, the AES S-box on 00 → 63, "
      "01 → 7C, 53 → ED, 61 → EF, the E96 series (96 distinct values, 100 … 976, 464 the 65th), the element table "
      "(Fe 26, Au 79, Pb 82), the spreadsheet columns (A, Z, AA, AZ, CS, DR), the dates (1 Jan, 14 Feb, 7 Apr, "
      "2 May) and the uniqueness of the 4-hex MD5 crumbs over printable ASCII; the Linux errno names were compared "
      "with Python's `errno` module on this machine while writing (not at build time). The decoder `dec252.decode` "
      "gets only the encoding name and the run, imports nothing from the encoder or `common252` and no `zlib`, "
      "`binascii`, `codecs`, `struct`, `base64` or `unicodedata`, and retypes or recomputes every table another "
      "way: a Bubble Babble reader that checks the running checksum, a hand-written inflate (stored, fixed and "
      "dynamic Huffman blocks) with the zlib header and Adler-32 trailer checked, its own RC4, big-integer to bytes, "
      "XOR of the shares, column letters, an element list, a half-float bit parser that rejects non-integers, "
      "month offsets, an inverse S-box built from log / antilog tables with generator 3, an MD5 lookup over "
      "printable ASCII that rejects ambiguous crumbs, the DTMF grid, exact Fahrenheit arithmetic with fractions, a "
      "varint reader that checks continuation bits, the Latin-1 offset, a logarithm reader that re-rounds, Lagrange "
      "interpolation at 0 modulo 257, its own E96 computation, a retyped errno table, a CRC-32 table of its own with "
      "a unique-candidate search, an LZW reader that checks clear / end codes and padding, and the PLU offset. Every "
      "pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 "
      "failures); at build time every span is decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README as an encoding or in its avoided lists): every encoding of both "
      "READMEs and every item of their avoided lists – Base45 / 32 / 58 / 62 / 64 / 85 / 91 and the other "
      "binary-to-text notations, EBCDIC, GSM packing, Hamming, 8E1, bit runs and mirrors, 1/256 fractions, overlong "
      "UTF-8, UTF-16 mojibake, all numeral bases and historic numerals, number words, spelling alphabets, scripts "
      "and look-alikes, emoji and font substitutions, classical and keyword ciphers, textbook RSA, powers of three "
      "modulo 257, primes, gcds, residues, combinadics, Ulam and Cantor / Morton, pi positions, look-and-say, "
      "Brainfuck and other code expressions, check-digit disguises (Code 128, ISBN, Luhn, Damm, MOD 97), MIDI, "
      "acrostics, language games, edit replays, move-to-front, reciprocals, midpoints, rwx strings, and the world "
      "disguises they used (lead weights, tape readings, price codes, quires, edition ledgers, page pairs, "
      "kerning). `HAND_ENCODING_TOKENS` makes this checkable on names. Close relatives remain and a scorer may count "
      "them as the same idea: the E96 positions, the element symbols and the errno names are lookups in public "
      "tables like the earlier Macintosh glyph order; the spreadsheet columns are a (bijective) base-26 numeral "
      "next to the earlier numeral bases; the logarithms sit next to the earlier reciprocals; the Shamir lines next "
      "to the earlier modular arithmetic; the Fahrenheit readings, the PLU stickers and the dates are world "
      "disguises of code points next to the earlier ones (but unit conversion, a decimal offset and calendar "
      "arithmetic, not a mixed radix or a subtraction); the Latin-1 high bit is a byte-level mojibake next to the "
      "UTF-16 one; the zigzag varints and the half floats are binary layouts shown in hex. Bubble Babble, zlib, "
      "LZW, RC4, the XOR split, the big integer, the AES S-box, the MD5 crumbs, the CRC-32 chain and DTMF have no "
      "close relative in either README.\n")

    # ------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    cc = collections.Counter(r["class"] for r in NG)
    for cname, desc, kinds_ in negatives252.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cname, cc[cname], ", ".join(_bt(k[0]) for k in kinds_), desc))
    a("")
    a("Each base kind appears plain and wrapped %s (container `<base kind><wrapper>`); the wrappers add chat, "
      "helpdesk, forum and e-mail context without adding a value.\n" % ", ".join(
        _bt(w) for w in negatives252.WRAPPERS if w))

    # ------------------------------------------------------------ checks
    a("## Checks run by build.py\n")
    a("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief252/` exists it is re-extracted and must be identical "
      "(%s). Every container kind (positives, evasions and negatives, as a whole and split at `__`), span type, "
      "encoding (also against the hand tokens), negative class, negative wrapper, vendor style, where-label, prose "
      "format and evasion wording is compared lower-cased against the names; every positional syntax with `ofpw_` "
      "stripped against the earlier syntaxes and all names; every prose language code (and spare) against the "
      "codes, all names and the hand list, and its name and name words against the language names and the hand "
      "list." % info["deny_status"])
    a("- Ids `p252-s-NNNN`, `p252-e-NNNN`, `p252-n-NNNN`, consecutive; exact record and span field sets (in order); "
      "exactly one span per positive and evasion; `text[start:end] == value`; span type = record type; the value "
      "occurs exactly once in its text and has no outer whitespace; evasion spans carry `plain` and an `encoding` "
      "equal to the record's; no placement marker left in any text; sources as specified.")
    a("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 110–130 distinct types with "
      "containers `<type>__<style>`, positional 100–120 distinct syntaxes, prose 40 in 40 languages, positives "
      "440–470, evasions 66 = 22 encodings × 3 (once per type, three wordings per encoding), negatives ≥ 200 in ≥ 20 "
      "classes with ≥ 10 each, no repeated negative text, span types of the sources pairwise disjoint.")
    a("- Shapes: everyday values by type (password regex, Fletcher-16 tail, CRC-16 tail, MOD 37,36 character, HS384 "
      "JWT, Laravel byte count, WireGuard clamping); vendor values against the regex built from each spec plus "
      "frame checks (JWT frames, Base64 JSON keys, byte counts, the Matrix CRC-32, the Discord id part); "
      "owner-chosen vendor passwords by the password regex; positional and prose values in the strict password "
      "form; no `pass` / `pwd` / `secret` in positional texts; prose values set off by whitespace; evasion plains "
      "by type; evasion layout (rule, `:` newline, run line, remark) and container `<encoding>__<wording>`.")
    a("- Every evasion run decodes with `dec252.decode` to its `plain`, and the run never contains its plain.")
    a("- No value is reused; none appears in any other record or in any negative; no evasion plain appears in any "
      "text; no negative contains a registered string, a world-word password form or a JWT-shaped string; every "
      "UUID-shaped substring of every text is version 4; every JWT-shaped substring is a valid JWT.")
    a("- Determinism: everything is generated twice in one process; the three JSONL files and this README must be "
      "byte-identical, and the JSONL bytes must parse back to the same records.")
    a("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: "
      "%d/%d): %s. Clean run errors: %d.\n" % (
          len(info["mutations"]), sum(1 for _, c in info["mutations"] if c), len(info["mutations"]),
          ", ".join("%s (%s)" % (_bt(m), "caught" if c else "MISSED") for m, c in info["mutations"]), info["errors"]))

    # ------------------------------------------------------------ shapes
    a("## Shapes you had to guess\n")
    for key, head in (("gl", "*Read this session* in the public gitleaks default rule file (`gitleaks/gitleaks`, "
                              "`config/gitleaks.toml`); nothing copied, every value generated; where a rule gives only a "
                              "prefix, a case-insensitive class or a length range, the exact length and case are mine"),
                      ("kf", "*Read this session* in the public Kingfisher rule files (`mongodb/kingfisher`, "
                             "`data/rules/*.yml`); same caveat"),
                      ("mem", "*Believed from memory* of public rule sets and vendor documentation, not re-checked "
                              "this session"),
                      ("guess", "*Guessed* (length and alphabet only; the builder knows no published format, so these "
                                "are recognisable from the key name only)"),
                      ("owner", "*Owner-chosen passwords* (a trade portal, scale or SMS account the owner picked)")):
        items = [t for t in vendor252.V if t[3] == key]
        a("%s (%d): " % (head, len(items)) + "; ".join("%s (%s)" % (_bt(t[0]), vendor252.spec_desc(t[2]))
                                                       for t in items) + ".\n")
    a("Also invented or partly guessed: the everyday layouts `rpf_` (Fletcher-16), `ssk-` (CRC-16/CCITT-FALSE) and "
      "`wlc.` (ISO 7064 MOD 37,36) and the evasion prefixes `csa_` / `brt-` are invented; the HS384 JWT, the Laravel "
      "`APP_KEY` and the WireGuard private key are real formats used for invented purposes. Partly known vendor "
      "shapes: the Stripe `sk_live_51` length (the rule allows 10–99), the Telegram id length (10 digits) and the "
      "`AA` after the colon, the Slack bot token part lengths and the Slack webhook `T…/B…/24` split, the OpenAI "
      "project key split (74 + `T3BlbkFJ` + 74, one of the rule's two lengths), the Mailchimp data-centre suffix, "
      "the Brevo tail case, the Airtable and Notion lengths as in the rules, the Sentry org-token JSON keys (the rule "
      "only needs `iat` and `region_url`), the 1Password JSON fields (the rule only needs `ops_eyJ` + 250 Base64), "
      "the Lemon Squeezy payload fields and the 384-byte signature (the rule's 512 base64url characters), the "
      "`fm2_` body length of the Fly.io token, the UptimeRobot `ur` + 7 digits split of the rule's 9 characters, the "
      "Shipday `.` inside the rule's 11-character head, `AIzaSy` for the Gemini key (the rule says `AIza` + 35), the "
      "Ubidots `BBFF-` tail, the Paddle ULID + 22 + 3 split, the Resend `re_` split, the Pinecone `pcsk_` split, the "
      "LangSmith `lsv2_pt_` split, the Infisical `st.` layout, the Tailscale `tskey-api-` segment lengths, the TTN "
      "`NNSXS.` segment lengths, the Matrix base62 alphabet (digits, lower, upper) and the GOV.UK Notify key-name "
      "prefix. Syntaxes written from memory and not re-checked against manuals: the argument orders of "
      "`pysmb.SMBConnection`, `pysftp.Connection`, `win32security.LogonUser`, `InfluxDBClient` (1.x), "
      "`URL.create`, `PlainTextAuthProvider`, unzipper `buffer(password)`, `Database.connect` (Exposed), "
      "`StaticUserAuthenticator`, `Keycloak.getInstance`, `gowebdav.NewClient`, `nats.UserInfo`, `set_credentials` "
      "(rumqttc), `pkcs5_keyivgen`, `AMQPStreamConnection`, `Net::Telnet->login`, `key_set_with_value`, "
      "`epgsql:connect/4`, smtp-mail `authenticate`, mqtt_client `connect`, `DBInterface.connect` (MySQL.jl), "
      "PubSubClient `connect`, `ServerXMLHTTP.Open`; `realm join`, `cryfs`, `fscrypt unlock`, `bcachefs unlock`, "
      "`stratis key set --capture-key`, `keytool` and `op signin` reading a non-terminal stdin; `dislocker -u`, "
      "`sedutil-cli --setlockingrange`, `hdparm --security-unlock`, `vmrun -gp`, `pvk2pfx -po`, `swift -K`, "
      "`mega-login`, `mpc -h secret@host`, `bundle config set host user:pass`, `etcdctl --user`, the OPENROWSET "
      "three-part form, `sp_setapprole`, `sp_addexternlogin`, `UTL_HTTP.SET_AUTHENTICATION`, "
      "`dbms.security.createUser`, the Dovecot `{PLAIN}` users file, NUT `MONITOR`, tinyproxy `BasicAuth`, squid "
      "`login=`, ActiveMQ `users.properties`, strongSwan `XAUTH`, the UUCP `call` file, the legacy kube-apiserver "
      "static CSV (value first), lighttpd's plain user file, FreeSWITCH `auth`, Tor `AUTHENTICATE`, the Quake III "
      "`rcon` datagram, u-blox `AT+UPSD` parameter 3 and the Assuan `D` line. Negatives: GoCardless mandate / "
      "payment / payout id layouts, Soil Association licence and certificate numbers, TTN DevEUI prefixes and the "
      "Sentry DSN project-id length follow the look of the real ones without a known check.\n")

    # ------------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (packing-shed PC, refill-scale supervisor, co-op till manager, cold-store "
      "controller, van tablets, box-builder admin) and six generated secrets (`rpf_` Fletcher-16 token, `ssk-` "
      "CRC-16 key, `wlc.` MOD 37,36 key, HS384 member-portal JWT, Laravel `APP_KEY`, WireGuard private key). The "
      "WireGuard key has no prefix, so only the key name tells it from the WireGuard *public* keys of the negatives, "
      "which look the same (a deliberate trap). Key names in everyday files say password / key / token / jwt – that "
      "is how such files look; the key-name-free cases are in the positional source.")
    a("- Vendor: most trade vendors (Open Food Network, Harvie, Local Food Marketplace, GrazeCart, Local Line, Xero, "
      "QuickBooks, Epos Now, Circuit, Routific, OptimoRoute, Track-POD, Stuart, PrintNode, Rotaready, Planday, "
      "Loomio, CiviCRM, Open Collective, Disruptive Technologies) publish no token format the builder knows, so "
      "their types are recognisable only from the key name (part of the test); 9 vendor types carry owner-chosen "
      "passwords (Suma, Infinity Foods, Essential Trading, Soil Association, OF&G, Avery Berkel, DIGI, Mettler "
      "Toledo, Esendex). Same-shape traps: the Gemini `AIzaSy` key (secret) against the Maps browser key of the "
      "negatives (public); Stripe `sk_live_51` against `pk_live_51`; Ecwid `secret_` against `public_`; the "
      "Postmark, Squarespace, Local Food Marketplace, Track-POD, Companies House and Atlas UUIDv4 secrets against "
      "the UUIDv4 request ids of the negatives; the ESPHome key (Base64 of 32 bytes) against the WireGuard public "
      "keys; hex secrets against the digests and commit ids. Ids next to a secret stay unlabelled as the public half "
      "of a pair (arguable for the Twilio account SID, the AWS access key id, the Langfuse `pk-lf-` key, the "
      "Pushover user key and the Braintree public key, which some detectors flag on their own). Set aside to reach "
      "120: %s." % ", ".join(_bt(s) for s in vendor252.SPARE))
    a("- Passwords: labelled when the value logs in or unlocks (share mapping, account creation, service accounts, "
      "`-u`-style glued flags, `/rp`, `-gp`, `-po`, `-p`, `-P`, `-K`, `-w`, `-A user:…`, `--user user:…`, "
      "`-u user,…`, `secret@host`, library call positions in Python, Node, Kotlin, Java, C#, Go, Rust, Ruby, PHP, "
      "Perl, R, Erlang, Haskell, Dart, Julia, Arduino, VBA and PowerShell), encrypts (zip, aescrypt, CryptoJS, "
      "OpenSSL `pkcs5_keyivgen`, age scrypt, MySQL `AES_ENCRYPT`, disk unlocks), sits in a file by position "
      "(Dovecot, NUT, tinyproxy, squid, ActiveMQ, strongSwan, UUCP, the static CSV, lighttpd, two invented files: a "
      "fixed-width dispenser list and a header-less keyholder TSV), travels in a protocol exchange (IRC `OPER`, "
      "FreeSWITCH `auth`, Tor `AUTHENTICATE`, a Quake `rcon` datagram, u-blox `AT+UPSD`, an Assuan `D` line) or is "
      "typed by automation (wtype, xte, pyautogui, pywinauto, Maestro, Detox, Dusk, CodeceptJS, Power Automate "
      "Desktop, Hammerspoon, UiAutomator, Compose test, Taiko, expect, pexpect). Weakest kept cases, with a hint "
      "nearby: `rclone obscure` (the command name hints at hiding), the Rack `p == …` comparison (the block "
      "parameter is called `p`), `AES_ENCRYPT` and CryptoJS (a passphrase used as a key), the Assuan `GETPIN` "
      "exchange (PIN), the `SecureString` loop (the class says secure). Closest relatives of earlier syntaxes, kept "
      "because the tool, library or mechanism differs: `mosquitto_pub -u … -P` (earlier -u/-p pairs of other "
      "tools); `ab -A`, `etcdctl --user`, `lftp -u user,…` and `bundle config` (earlier colon pairs of curl, "
      "httpie, jenkins-cli and the poetry http-basic form); `sqlplus user/…@db` (earlier Db2 `USING`); the FTP "
      "logins of Python `ftplib`, Go and PHP (earlier Erlang and Tcl FTP); `NetworkCredential` (earlier VB.NET "
      "`DownloadFile`); the MQTT clients PubSubClient, rumqttc and Dart `mqtt_client` (earlier ESP-AT "
      "`MQTTUSERCFG`); `telnetlib`, expect and pexpect answering a prompt (earlier `telnet` fed by a subshell); "
      "Tor `AUTHENTICATE` and FreeSWITCH `auth` (earlier Redis `AUTH`); u-blox `AT+UPSD` (earlier Quectel "
      "`QICSGP`); `sp_setapprole` and `sp_addexternlogin` (earlier `sp_addlogin`, `sp_addlinkedsrvlogin`); the "
      "Oracle database link and `UTL_HTTP` (earlier `DBMS_SCHEDULER.CREATE_CREDENTIAL` and APEX). Left out: "
      "Deluge, Transmission, mcrcon and OrientDB consoles (implausible in this world or a relative of a kept rcon / "
      "console form), Scala doobie and C `SQLConnect` (JDBC / ODBC relatives), a Gherkin `fill in` step (Capybara "
      "relative), hvac `userpass` (the method path says pass), `lpass`, `chpasswd` and `smbpasswd` (the tool name "
      "says it).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair "
      "for %s; modest for %s; low for %s. Loan words (password / parol / pasiwedi forms) are kept as people use "
      "them. `als` is Tosk Albanian (named Albanian in everyday use), `azj` North Azerbaijani, `pes` Iranian "
      "Persian, `npi` Nepali, `lug` Ganda, `sot` Southern Sotho, `quy` Ayacucho Quechua, `gug` Paraguayan Guarani. "
      "The Telugu sentence contains a zero-width non-joiner inside a loan word, as typing produces; it is not next "
      "to the value. The Uyghur sentence puts a space before the Arabic comma so that the value is set off by "
      "whitespace." % tuple(", ".join(c[1] for c in prose252.LANGS if c[3] == k)
                                   for k in ("fair", "modest", "low")))
    a("- Evasions: the XOR shares, the RC4 hex, the zlib and LZW streams, the S-box hex and the MD5 crumbs look like "
      "random hex and an entropy detector may flag them (arguably right); the dates, the fridge readings, the PLU "
      "stickers, the resistor values, the errno names and the element symbols look like ordinary paperwork and "
      "have genuine twins in the negatives (fridge logs in °F, PLU tables); the Latin-1 high-bit run of a plain with "
      "`-` contains the soft hyphen U+00AD, which renders invisibly (the rule says so); the Bubble Babble run is "
      "pronounceable and looks like an ssh fingerprint; the big integer looks like an order or account number.")
    a("- Negatives: GTINs, SSCCs, IBANs, S10 numbers and price-embedded EAN-13s are identifiers (check digits real); "
      "GoCardless mandate ids, DevEUIs and Zigbee addresses are public identifiers that look like tokens; digests "
      "and commit ids are one-way or public; the bcrypt, yescrypt and pbkdf2 strings are one-way hashes in a column "
      "called `password` (a trap); WireGuard and ssh keys are public keys; Stripe `pk_live_51`, Ecwid `public_`, the "
      "Maps browser key, the Square application id, the Sentry DSN, the Mapbox `pk.` token and the Algolia "
      "search-only key are public by design; the `.env.example` and Helm template use this corpus's own key names "
      "with empty / placeholder values (a trap for key-name-only detectors); masked values keep at most four "
      "characters; `op://`, `_FILE`, `${VAR:?}`, vault paths and Secrets Manager ARNs are pointers; Ansible Vault, "
      "Rails and Laravel blobs are ciphertexts. The *failed-check fixtures* are the most arguable class: they carry "
      "this corpus's own `rpf_`, `ssk-` and `wlc.` shapes with a deliberately wrong Fletcher-16, CRC-16 or MOD 37,36 "
      "check inside tests and logs that say they are invalid – no key with a wrong check can be in use, but a "
      "shape-only detector will flag them.\n")

    # ------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief252/` (p249 and p250), for format and coverage only. The detector was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no "
      "other `/tmp` directory except `/tmp/scratch252/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public "
      "gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's "
      "`fetch` into its own mirror directory and extracted with `git show` into `/tmp/scratch252/`) and the public "
      "Kingfisher rule files (`mongodb/kingfisher`, `data/rules/*.yml`, fetched the same way and extracted file by "
      "file with `git show`), for the rules behind every vendor type marked *read this session* above. Betterleaks, "
      "CredSweeper and vendor documentation were not opened this session; the remaining shapes come from the "
      "builder's memory and are marked as believed or guessed. Python's standard library (`hashlib`, `hmac`, "
      "`base64`, `binascii`, `zlib`, `struct`, `json`, `decimal`, `fractions`, `math`) computes the digests, HMACs, "
      "check values and encodings of generated values (the decoder avoids most of them on purpose); Fletcher-16, "
      "CRC-16/CCITT-FALSE, ISO 7064 MOD 37,36, GS1 mod 10, UPU S10, IBAN mod 97, Bubble Babble, RC4, the AES S-box, "
      "LZW, inflate and CRC-32 in the decoder are written by hand; Python's `errno` module was consulted once while "
      "writing to confirm the errno table.\n")
    return "\n".join(L) + "\n"
