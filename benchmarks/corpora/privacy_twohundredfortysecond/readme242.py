"""Renders README.md from the generated data (deterministic)."""
import everyday242
import enc242
import evasions242
import negatives242
import positional242
import prose242
import vendor242
from common242 import WORLD_WORDS


def _bt(s):
    return "`%s`" % s


def render(data, info):
    S, EV, N = data["secrets"], data["evasions"], data["negatives"]
    deny = info["deny"]
    by = {s: [r for r in S if r["source"] == s] for s in ("everyday", "vendor", "password", "prose")}
    L = []
    a = L.append
    a("# privacy_twohundredfortysecond (p242) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **ice-cream makers**: ice-cream parlour, gelato-maker and frozen-dessert-van developers – the gelato lab "
      "(a batch-freezer Modbus gateway INI, a pasteuriser's Siemens SCL data block, a recipe-balancer seed SQL, Telegraf, "
      "Grafana provisioning, Node-RED `settings.js`), the cold room (Zigbee2MQTT, a Tasmota console, openHAB things), the "
      "parlour front of house (a kiosk registry export, a digital menu board, Capacitor and Tauri POS apps, "
      "react-native-config, an iOS `.xcconfig`, `gradle.properties`), the pint-delivery web shop (Django, Next.js, Nuxt, "
      "Quarkus, Dropwizard, Wrangler, Firebase runtime config, Supabase, Medusa, WordPress), the van fleet (Traccar, "
      "Android shared prefs, GPS-tracker SMS commands, OpenWrt UCI), the ops around them (Pulumi, Helm, Kustomize, Packer, "
      "GitLab CI, Jenkins, Drone, a PowerShell profile, zsh history, supervisord) and the messy places values get pasted "
      "(a Telegram export, a Teams chat, a Jira comment, a rota CSV, a sticky-note OCR); secrets of this world such as a "
      "Luhn-checked `pzl_` pasteuriser-log key, a Verhoeff-checked `fbv-` flavour-board token, a CRC-16-tailed `vtk_` "
      "van-tracker token, a Django `SECRET_KEY`, a Svix-style `whsec_` webhook secret and an HS512 kiosk JWT; the trade's "
      "own services (Carpigiani Teorema, Bravo Trittico, Taylor, Technogel, PreGel, Babbi, MEC3, Fabbri 1905, Cattabriga, "
      "ISA, Frigomat, Stoelting, Electro Freeze, Whitby Morrison, SensorPush, Monnit, Testo Saveris, Disruptive "
      "Technologies, Jolt, Samsara, Geotab, Webfleet, Teltonika, Goldbelly, Deliverect, Just Eat Takeaway, Wolt) plus the "
      "commerce, messaging, AI, developer and ops services such developers use (120 vendor types in all); with hard "
      "negatives from the same world (batch and recipe codes, pint GTINs and pallet SSCCs, freezer serials, HACCP logs, "
      "allergen E-numbers, dairy health marks, van VINs, till receipts, publishable keys, placeholders, masked echoes, "
      "secret-manager lookups, Django / argon2 hashes, SealedSecret and SOPS ciphertext, SSH and WireGuard public keys, "
      "digests, password-policy prose, Stripe object ids, street-trading permits, loyalty and voucher references).\n")
    a("Everything is produced by `build.py` and its modules (`common242.py`, `everyday242.py`, `vendor242.py`, "
      "`positional242.py`, `prose242.py`, `enc242.py`, `dec242.py`, `evasions242.py`, `negatives242.py`, `checks242.py`, "
      "`readme242.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds "
      "(24201 everyday values, 24211 everyday pairing, 24202 vendor, 24203 positional, 24204 prose, 24205 evasions, 24206 "
      "negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares "
      "the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both "
      "generations and compares it, and only then writes the files (on any failure it prints the errors, writes nothing "
      "and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief242/`.\n" % len(info["mutations"]))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredfortysecond/`) was created (with `mkdir -p`) and written; the only listing "
      "made there was `ls -la` of this directory itself (right after creating it, which prints its own `.` and `..` "
      "entries and nothing of the parent's contents, and after the final build), plus reads, edits and runs of its own "
      "files; its parent was never listed or searched, nothing else under `/work/main` was opened, listed, grepped or "
      "searched, and git was never run there. The only project material read were the two READMEs in `/tmp/brief242/` "
      "(`README_twohundredthirtyninth.md`, p239, coffee roasters; `README_twohundredfortieth.md`, p240, choirs and "
      "orchestras; the directory was listed once with `ls -la` and the files sized with `wc -c`), read with `cat`, `sed`, "
      "`awk`, `grep`, `tr`, `cut` and small Python slices, and parsed by the build's own deny-list extraction, used only to "
      "learn the file format and what is already covered. No other `/tmp` directory was looked at except the scratch "
      "directory `/tmp/scratch242/` (an extracted copy of the public gitleaks rule file, an encoder / decoder round-trip "
      "script and trial builds). The deny-list (`common242.extract_denylist`) holds every backticked name and every "
      "snake_case identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes "
      "with their `<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also "
      "catches a few non-language pairs, which only makes the list stricter) and the names and name words of those pairs "
      "(%d). It is frozen in `brief_names.json`; when `/tmp/brief242/` exists the build re-extracts it and fails if it "
      "differs (this build: %s). Ideas the two READMEs name only in prose (their *avoided* and *set aside* lists of "
      "encodings, syntaxes, vendors and languages, and the languages they use for number words) were avoided by hand as "
      "well. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, languages or "
      "notations.\n" % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]),
                        len(deny["language_names"]), info["deny_status"]))

    # ---------------------------------------------------------------- counts
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(S), sum(len(r["secrets"]) for r in S), len({r["type"] for r in S}), len({r["container"] for r in S}),
        len(by["everyday"]), len(by["vendor"]), len(by["password"]), len(by["prose"]),
        len({r["container"].split("__")[1] for r in by["prose"]})))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(EV), len(EV), len({r["type"] for r in EV}), len({r["container"] for r in EV}), len({r["encoding"] for r in EV})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len({r["container"] for r in N}), len({r["class"] for r in N})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p242-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, "
      "`password`, `prose`). Evasions (`p242-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, "
      "`secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives "
      "(`p242-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    where = {}
    for name, w, _, _ in positional242.SYNTAXES:
        where[w] = where.get(w, 0) + 1
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (137 "
      "candidates written down; set aside to reach 120, most because the trade or function was already covered by a kept "
      "type: `tive_tracker_api_key`, `thermoworks_cloud_api_key`, `fooddocs_haccp_api_token`, "
      "`grubhub_partner_client_secret`, `ezcater_partner_api_token`, `touchbistro_partner_api_key`, `packlink_pro_api_key`, "
      "`stampme_loyalty_api_key`, `epos_now_api_secret`, `textmagic_api_key`, `stability_ai_api_key`, `wandb_api_key`, "
      "`rollbar_project_access_token`, `railway_api_token`, `codecov_upload_token`, `healthchecks_io_api_key`, "
      "`balena_cloud_api_key`). Positional passwords %d (one record per syntax; by where the text lives: %s). Prose 40 in "
      "40 languages (spares written down and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × "
      "5 presentations. Positives total %d (asked: about 450). Strings drawn through the registry (values, vendor "
      "neighbours, Base64 positional values and their inner passwords, evasion plains and runs): %d.\n" % (
          len(by["password"]), ", ".join("%s %d" % (k, v) for k, v in sorted(where.items(), key=lambda x: -x[1])),
          ", ".join("`%s` (%s)" % s for s in prose242.SPARES), len(N), len(negatives242.CLASSES), len(S),
          info["registry_size"]))

    # ---------------------------------------------------------------- conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a Telegram export, a Teams "
      "chat, a Jira comment, a rota CSV, a sticky-note OCR, zsh history, a Kustomize generator, CI files, `gh secret set`, "
      "`vault kv get` output, a Bitwarden export) are labelled. Whole-URL credentials (Teams, Google Chat and Discord "
      "webhook URLs) are labelled whole because the URL is the secret.")
    a("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability "
      "0.4) + one of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords "
      "use only `- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password "
      "types and the 11 owner-chosen vendor passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for "
      "every positional value (the password inside the SMTP `AUTH PLAIN` Base64 is decoded first), every prose value and "
      "every office-PC evasion plain." % (", ".join(WORLD_WORDS[:40]), len(WORLD_WORDS)))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no "
      "negative; no evasion plain and no Base64-hidden password appears in any text. Values, vendor neighbours, the Base64 "
      "positional value and its inner password, evasion plains and runs are drawn through one registry that refuses "
      "repeats and any string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it "
      "contains any registered string of 6+ characters, a world word + joiner + tail (the password form), an invalid "
      "JWT-shaped string, a UUID-shaped string that is not version 4, or repeats an earlier negative.")
    a("- Structured values are valid: `pzl_` keys carry the real Luhn check digit of their 9-digit pasteuriser serial "
      "(Luhn asserted on 7992739871 → 3), `fbv-` tokens the real Verhoeff digit of their 9-digit screen number (asserted "
      "on 236 → 3), `vtk_` tokens end in the real CRC-16/XMODEM of their 30-character body (check value of `123456789` = "
      "31C3, asserted), the Django key uses exactly Django's generator alphabet and length, `whsec_` is Base64 of exactly "
      "24 bytes, the kiosk token a real HS512 JWT (all checked). Every UUID-shaped substring of every text is version 4 "
      "and every JWT-shaped substring of any text has base64url JSON header and payload and a signature length that fits "
      "its `alg` (checked). Vendor frames: the Supabase service-role token is a real HS256 JWT, the Zettle and MailerLite "
      "tokens are JWTs with real JSON and an RS256-length random signature, the Grafana Cloud `glc_` token is Base64 of "
      "real JSON, the SES SMTP credential Base64 of version byte 0x04 + 32 bytes; all 120 vendor values are checked "
      "against a regular expression built from the same spec that generated them (or the validator of the special "
      "frame). Negatives: GTIN-13, SSCC-18 and the in-store loyalty EAN-13 carry real GS1 check digits (asserted on "
      "4006381333931), VINs real ISO 3779 / North-American check digits (asserted on 1M8GDM9AXKP042788), gift-card batch "
      "numbers real Luhn digits; image digests, sha256sums and commit ids are real digests of random bytes; ssh-ed25519 "
      "keys have the real wire format; the Clerk publishable key is Base64 of its frontend host plus `$`, the Mapbox "
      "public token Base64 of JSON, the Supabase anon key a real HS256 JWT; Django pbkdf2, argon2id and sha256crypt "
      "bodies are random in frame.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.gelateria-aurora.internal` / `.example`, "
      "`*.scoopandchurn.internal` / `.example`, `*.frostyvans.internal` / `.example`, `*.pintpost.example`, private "
      "addresses), key names, and the ids written next to a vendor secret (%s) and the user half of a user / password "
      "pair." % "; ".join("%s: %s" % (v[0], " ".join(v[4])) for v in vendor242.V if v[4]))
    a("- Everyday key names are the type's key words in the container's own case style (upper, snake, camel, pascal, "
      "dot, spaced for chats and SMS, title for the CSV header and the OCR). Vendor key names are the full type name in "
      "the style's case.\n")

    # ---------------------------------------------------------------- categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (_bt(t), d) for t, _, d in everyday242.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (_bt(c), s) for c, s, _ in everyday242.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 24211) of "
      "the 12 types and deals four consecutive types to each kind, so every kind holds four different types and every "
      "type sits in exactly 15 records (checked); secrets therefore also land in implausible places (a JWT on a sticky "
      "note, a Django key in a Tasmota console).\n")
    a("Vendor (120 types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* in "
      "the public gitleaks rule file, *believed* from memory, *guessed* where no published shape is known, so that the "
      "type is recognisable only from the key name; *owner-chosen* for portal passwords):\n")
    groups = []
    for v in vendor242.V:
        if v[1] not in groups:
            groups.append(v[1])
    for g in groups:
        items = [v for v in vendor242.V if v[1] == g]
        a("*%s* (%d): " % (g, len(items)) + "; ".join(
            "%s (%s – %s%s)" % (_bt(v[0]), vendor242.spec_desc(v[2]), v[3],
                                (" – next to it: " + " ".join(v[4])) if v[4] else "") for v in items) + ".\n")
    style_counts = {}
    for r in by["vendor"]:
        s = r["container"].split("__")[1]
        style_counts[s] = style_counts.get(s, 0) + 1
    a("Styles: " + "; ".join("%s (%s, %d)" % (_bt(s), c, style_counts.get(s, 0)) for s, c, _ in vendor242.STYLES)
      + ". Styles are dealt from a seeded shuffle; when a type has a neighbour (an id, key id, e-mail, URL or account "
      "name) it is written in the same style and left unlabelled; the Bitwarden export puts the type's title-case words "
      "in `name`, the neighbour (or `api`) in `login.username` and the secret in `login.password`.\n")
    a("Positional passwords (%d syntaxes, span type `icepw_<syntax>`, container `icepw_<syntax>__<suffix>` with suffixes %s): " % (
        len(positional242.SYNTAXES), ", ".join("%s (%s)" % (_bt(v), k) for k, v in positional242.SUFFIX.items()))
      + "; ".join("%s (%s, %s)" % (_bt("icepw_" + n), w, d) for n, w, d, _ in positional242.SYNTAXES)
      + ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` "
        "prefix; checked). Set aside: `paramiko_transport_auth_password` and "
        "`swaks_auth_password_flag` (the, function or flag says pass / password right before the value); "
        "`curl_capital_u_proxy_user` (too close to the earlier curl and proxy forms); `node_ioredis_password_only_url` "
        "(an earlier corpus set aside the empty-user Redis URL); `imap_login_command` (p240 set it aside as close to "
        "p238); `htpasswd_batch_flag` (htpasswd used by an earlier corpus); `wpa_cli_set_network_psk` (the `psk` keyword "
        "is a telling key).\n")
    a("Prose: someone tells a colleague the password of the parlour office PC and asks them to keep it to themselves; "
      "span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the "
      "spares is among the languages of either README (checked: code against the codes and all deny-listed names; name "
      "and each name word against the language names); the languages the READMEs use for number words (Italian, "
      "Finnish, French, Basque and the others p240 lists) and Indonesian, the number-word language of this corpus's "
      "evasions, were kept out of the prose. Scripts: %s. Central Kurdish and Pashto are right-to-left with the Latin value "
      "embedded; Khmer, Lao, Burmese and Mandarin, which write without spaces between words, set the value off with "
      "spaces; Hindi, Marathi, Gujarati, Kannada, Malayalam, Sinhala, Korean, Tajik, Tatar, Central Kurdish, Pashto and "
      "Tigrinya put a copula or particle after the value (after a space); Irish and Scottish Gaelic put the value right "
      "after the copula at the front; every value is set off by whitespace on both sides (checked).\n" % (
          prose242.TYPE, ", ".join(_bt(f[0]) for f in prose242.FORMATS),
          ", ".join("`%s` (%s)" % (c, n) for c, n, _, _ in prose242.LANGS),
          ", ".join(sorted({l[2] for l in prose242.LANGS}))))

    # ---------------------------------------------------------------- evasions
    a("## Evasion encodings\n")
    a("; ".join("%s = \"%s\"" % (_bt(n), enc242.RULES[n]) for n in enc242.NAMES) + ".\n")
    a("Families: " + "; ".join("%s: %s" % (enc242.FAMILIES[n], _bt(n)) for n in enc242.NAMES) + ".\n")
    a("Evasion types: " + "; ".join("%s (%s)" % (_bt(t), d) for t, _, d in evasions242.TYPES) + "; wordings: "
      + ", ".join(_bt(w[0]) for w in evasions242.WORDINGS)
      + " (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, so each encoding appears "
        "once per type and once per wording). Each text states the rule in words, then `:` and a newline, then the run "
        "on its own line, then a remark (checked).\n")
    a("Encoders are in `enc242.enc` (the rng only adds noise the decoder ignores: word choice of the word-length "
      "steganography, times of the freezer log, batch numbers and kilos of the overrun sheet, street names of the van "
      "timetable); the decoder `dec242.decode` gets only the encoding name and the run and is written separately, "
      "importing nothing from the encoder and no `base64`, `binascii`, `codecs`, `struct` or `unicodedata`, with every "
      "table retyped: a base-9 reader, Mayan numeral offsets with a two-digit check, a Chinese financial numeral parser "
      "(with the 零 place marker), an Indonesian number-word parser (sepuluh, sebelas, belas, puluh, seratus), Deseret and "
      "Tifinagh ranges, a 4B5B symbol table, a hand-written IEEE 754 binary32 decoder that rejects non-integers, word "
      "lengths, the flavour alphabet, regular expressions for the five world disguises, a CHAR() reader, ROT13/ROT5 "
      "(self-inverse), a Luhn validator that rejects a wrong check digit, a hand-written Base64 reader plus UTF-16LE "
      "pairing, a divisibility check for the times-seven codes, the DTMF tone table and a quipu cluster counter. Every "
      "pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 "
      "failures); at build time every span is decoded back to its `plain` (checked). Plains are redrawn if they would "
      "appear inside their own run, if the run equals the plain or has outer whitespace or a newline, or if the "
      "registry refuses plain or run.\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every encoding of both READMEs (base 6, "
      "Thai digits, Italian and Finnish number words, BCD, Runic, Ogham, Cyrillic homoglyphs, Manchester, Hamming, "
      "proquints, MIDI and pitch names, acrostics, the coffee and concert disguises, Porta, square-plus-remainder, "
      "inverse modulo 257, base100, big-integer decimal, bit reversal, letter-case steganography, solfège, bar:beat, seat "
      "rows, NATO, POSTNET, Ge'ez and Church Slavonic numerals, basE91, A1Z26, playing cards, Bech32, GSM seven-bit, "
      "frequencies, Hangul nibbles, ticket prices) and every item of their avoided lists (Morse, Braille, Roman, Hebrew, "
      "Aegean, Kaktovik, Egyptian, Attic, Armenian and Greek numerals, negabinary, base 3 / 7 / 36, octal, dozenal, "
      "Bubble Babble, Base58, Crockford and other Base32s, zlib + Base64, escapes, quoted-printable, Beaufort, Vigenère, "
      "Atbash, affine, rail fence, Polybius, ROT47, Coptic, Glagolitic, Cherokee, regional indicators, CJK packing, "
      "mathematical and enclosed look-alikes, zero-width and tag characters, elements, Brainfuck, multi-tap, Unicode "
      "names, IPv4 / MAC groups, colour swatches, dice, tarot, DNA, EBCDIC, XOR, Gray, Zeckendorf, factoradic, "
      "spreadsheet columns, day-of-year, sexagesimal, keyboard tricks, reversal and other positional orders). Close "
      "relatives remain and a scorer may count them as the same idea: base 9 next to the earlier bases 3 / 6 / 7; Mayan "
      "base-20 numerals next to the earlier historic numerals (Ge'ez, Aegean, Kaktovik – Kaktovik is also base 20, the "
      "closest relative here); Chinese financial numerals next to the earlier CJK packing and Japanese number words; "
      "Indonesian next to the earlier number-word languages; Deseret and Tifinagh next to Runic, Ogham, Cherokee and "
      "Coptic (Deseret keeps case); 4B5B next to Manchester and POSTNET; the flavour alphabet next to NATO spelling; the "
      "five ice-cream disguises next to the earlier world disguises of code points; times-seven next to "
      "square-plus-remainder and inverse modulo 257; the Luhn quads next to the earlier EAN-13 disguise; quipu clusters "
      "next to tally-like unary forms. IEEE 754 floats, word-length steganography, SQL CHAR() concatenation, "
      "ROT13/ROT5, PowerShell's UTF-16LE Base64 and DTMF tones have no close relative in either README.\n")

    # ---------------------------------------------------------------- negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    for cname, kinds, desc in negatives242.CLASSES:
        a("| %s | %d | %s | %s |" % (_bt(cname), sum(1 for r in N if r["class"] == cname),
                                     ", ".join(_bt(k.__name__) for k in kinds), desc))
    a("")
    a("Each base kind appears plain and wrapped " + ", ".join(_bt(w[0]) for w in negatives242.WRAPPERS if w[0])
      + " (container `<base kind><wrapper>`); the wrappers add staff, ticket, e-mail and forum context whose words say "
        "the content is safe.\n")

    # ---------------------------------------------------------------- checks
    a("## Checks run by build.py before writing\n")
    a("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief242/` exists it is re-extracted and must be identical "
      "(%s). Every container kind (positives, evasions and negatives), span type, encoding, negative class, negative base "
      "kind and wrapper, vendor style, positional suffix, prose format and type, and evasion wording is compared "
      "case-insensitively, as a whole and by every `__` part, against the names; every positional syntax with `icepw_` "
      "stripped against the earlier syntaxes and names; every prose language code (and spare) against the codes and "
      "names, its name and name words against the language names." % info["deny_status"])
    a("- Ids `p242-s-NNNN`, `p242-e-NNNN`, `p242-n-NNNN`, consecutive; exact record and span field sets (in order); "
      "exactly one span per positive and evasion; `text[start:end] == value`; span type = record type; the value occurs "
      "exactly once in its text and has no outer whitespace; evasion spans carry `plain` and `encoding` equal to the "
      "record's `encoding`; no placeholder left in any text.")
    a("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 120 distinct types with containers "
      "`<type>__<style>`, positional 95–120 distinct syntaxes (one record each), prose 40 in 40 languages, positives "
      "440–470, evasions 66 = 22 encodings × 3 types, negatives ≥ 180 in ≥ 16 classes, no repeated negative text, span "
      "types of the sources pairwise disjoint.")
    a("- Shapes: everyday values by type (password regex, Luhn digit, Verhoeff digit, CRC-16 tail, Django alphabet and "
      "length, `whsec_` byte count, HS512 JWT); vendor values against the regex built from each spec plus frame checks "
      "(JWTs, Grafana JSON, SES version byte); positional values in strict password form (the Base64 span decoded first, "
      "its password absent from the text); prose values strict and set off by whitespace; evasion plains by type; "
      "evasion layout (rule, `:` newline, run line, remark) and container `<encoding>__<wording>`.")
    a("- Every evasion run decodes with `dec242.decode` to its `plain`, and the run never contains or equals its plain.")
    a("- No value is reused; none appears in any other record or any negative; no evasion plain or Base64-hidden "
      "password appears in any text; no negative contains a world-word password form; every UUID-shaped substring of "
      "every text is version 4; every JWT-shaped substring of every text is a valid JWT.")
    a("- Determinism: everything is generated twice in one process and the three JSONL files and this README must be "
      "byte-identical.")
    from checks242 import MUTATION_NAMES
    a("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: "
      "%d/%d): %s. Clean run errors: %d.\n" % (
          len(info["mutations"]), sum(1 for _, c in info["mutations"] if c), len(info["mutations"]),
          ", ".join("`%s_%s` (%s)" % (n, MUTATION_NAMES[n], "caught" if c else "MISSED") for n, c in info["mutations"]),
          info["clean_errors"]))

    # ---------------------------------------------------------------- guessed shapes
    a("## Shapes you had to guess\n")
    for prov, title in (("read this session", "*Read this session* for shape in the public gitleaks default rule file "
                         "(`gitleaks/gitleaks`, `config/gitleaks.toml`); nothing copied; every value generated; where the "
                         "rule gives only a prefix, a case-insensitive class or a length range, the exact length and case "
                         "are mine"),
                        ("believed from memory", "*Believed right from memory of public rule sets and vendor docs (not "
                         "re-read this session)*"),
                        ("guessed", "*Guessed (length and alphabet only; most ice-cream-trade vendors publish no token "
                         "format the builder knows, so these are recognisable from the key name only)*"),
                        ("owner-chosen", "*Owner-chosen passwords (a trade portal or service login unlocked with a "
                         "password the parlour picked)*")):
        items = [v for v in vendor242.V if v[3] == prov]
        a("%s (%d): %s.\n" % (title, len(items), "; ".join("%s (%s)" % (_bt(v[0]), vendor242.spec_desc(v[2])) for v in items)))
    a("Also invented or guessed: the everyday layouts `pzl_` (Luhn), `fbv-` (Verhoeff) and `vtk_` (CRC-16/XMODEM) and "
      "the evasion prefixes `bfs_` / `pst-` are invented; the Django `SECRET_KEY`, the Svix-style `whsec_` secret and the "
      "HS512 JWT are real formats used for invented purposes. The till roster (caret-separated), the van handover sheet "
      "(fixed width) and the lab batch-PC list (colon-separated) are invented formats of this world. Syntaxes written "
      "from memory, not re-checked against manuals (notably `unar -p`, `hdbsql -p`, `racadm -r -u -p`, `winrs -p:`, "
      "`vercel env add` and `kinit` reading a piped stdin, `keepassxc-cli` reading the password from a pipe, `vault kv "
      "put value=-`, the `ZipFile.extractall` positional order, `Minio(endpoint, access_key, secret_key)` positionals, "
      "`Net::SMTP.start` positional order, Nightwatch `setValue`, SikuliX `type`, the Selenium IDE `.side` layout, the "
      "ESP-AT `AT+CWJAP` form, the Wi-Fi QR `P:` field, hostapd's `wpa_psk` file, the vsftpd virtual-users text file, the "
      "Db2 CLP `USING` clause and `UTL_HTTP.SET_AUTHENTICATION`). Evasion code points (Deseret U+10400–U+1044F, "
      "Tifinagh U+2D30–U+2D63, Mayan numerals U+1D2E0–U+1D2F3) were checked with Python's `unicodedata` in the scratch "
      "directory. Negatives: health-mark, plant approval, street-trading consent, pitch booking and tachograph layouts "
      "are approximate; Django pbkdf2, argon2id and sha256crypt bodies are random in frame; the SealedSecret body is "
      "random bytes behind an `Ag` prefix.\n")

    # ---------------------------------------------------------------- judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (batch-freezer HMI, POS manager, cold-room gateway, recipe database, van "
      "tablets, pint shop admin) and six generated secrets (`pzl_` Luhn key, `fbv-` Verhoeff token, `vtk_` CRC-16 token, "
      "Django `SECRET_KEY`, `whsec_` webhook secret, HS512 JWT). The Django key is 50 characters of Django's own "
      "alphabet with symbols such as `$ % & ( ) = +`, pasted unescaped even into XML and YAML (as people do); it has no "
      "prefix, so only the key name tells it from noise. The `whsec_` span includes the prefix (the whole string is the "
      "configured value). Everyday passwords may contain `+ ! ~`. Key names in everyday files say password / key / token "
      "/ secret / jwt – that is how such files look; the telling-key-free cases are in the positional source.")
    a("- Vendor: most ice-cream-trade vendors (Carpigiani Teorema, Taylor, Cattabriga, ISA, Stoelting, SensorPush, "
      "Monnit, Testo, Disruptive Technologies, Jolt, Webfleet, Teltonika, Goldbelly, Deliverect, Just Eat Takeaway, Wolt, "
      "Toast, Revel, Sendcloud, ShipEngine, TripAdvisor) publish no token format the builder knows, so their types are "
      "recognisable only from the key name (part of the test). 11 vendor types carry owner-chosen passwords. Same-shape "
      "traps: Stripe `rk_live_51` (secret) against `pk_live_51` (public) in the negatives; the Clerk `sk_live_` secret "
      "against the Clerk `pk_live_` publishable key; the Supabase `service_role` JWT against the `anon` JWT (public by "
      "design, in the negatives); the Google Chat webhook URL contains an `AIzaSy` key, like the public Firebase web "
      "`apiKey` of the negatives; UUIDv4 secrets (Clover, Postmark, MongoDB Atlas, Scaleway, Opsgenie, ClickSend "
      "upper-case) against UUIDv4 order ids; hex secrets (Taylor, Disruptive, Sendcloud, Mailjet, AssemblyAI, Deepgram, "
      "Azure OpenAI, Goldbelly, Particle, R2) against the digests and commit ids of the negatives. Ids next to a secret "
      "stay unlabelled as the public half of a pair (arguable for the SES SMTP user name `AKIA…`, the PayPal client id "
      "and the Backblaze key id, which some detectors flag on their own).")
    a("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-w`, `-p:`, glued `-p`; pairs `user:secret`, "
      "`user%secret`, `DOMAIN/user:secret@host`; URL userinfo in pg_dump, wget, hg, curlftpfs, ffmpeg, govc, "
      "`https_proxy`, SQLAlchemy, asyncua, mysql2, nodemailer, mqtt.js, amqp, Sequel, Ecto, Git credential store, muttrc, "
      "Gemfile, yum, CUPS and a FEDERATED table; positionals in isql, Db2 `USING`, library call positions in Python, "
      "Node, Java, C#, Go, Rust, Ruby, PHP, Perl, C and Arduino / MicroPython), unlocks or encrypts (openssl enc `-k`, "
      "unar, cryptsetup, keepassxc-cli, `ZipFile.extractall`, pypdf `decrypt`, SQLCipher `PRAGMA key`, "
      "`pgp_sym_encrypt`), signs with a literal (hmac, itsdangerous, cookie-parser, createHmac, jjwt, Go hmac, OpenSSL "
      "HMAC, `hash_hmac`), is stored for later use (vault, vercel, netlify, ansible-vault, `crypt()` seeding a staff "
      "login, pbkdf2 seeding), sits in a file by position (chap-secrets, OpenVPN auth file, vsftpd virtual users, "
      "hostapd `wpa_psk`, squid `login=`, three invented parlour files), travels in a protocol exchange (SMTP `AUTH "
      "PLAIN` (span is the Base64), Redis RESP `AUTH`, an HTTP query with neutral parameter names, ESP-AT `CWJAP`) or is "
      "typed by automation (neutral field ids `f1` / `f2`). Weakest kept cases, with a hint nearby: the SNMP community "
      "string (a shared secret, not a personal password), the Wi-Fi passphrases (QR `P:`, hostapd, softAP, "
      "`wlan.connect`, CWJAP), `ssh-keygen -N` (a key passphrase), the `code` / `unlock` column headers of the invented "
      "files (till and van unlock codes), the `word: ` prompt fragment before telnetlib's `write`, the O365 client secret "
      "typed like a password, the HMAC / serializer / cookie-signing literals (signing keys typed like passwords), "
      "`crypt()` and `pbkdf2_hmac` seeds (the literal is the future password), `openssl enc -k` and `pgp_sym_encrypt` "
      "(encryption passphrases), `sudo -S` (the account password piped in) and `ffmpeg`'s camera URL. Syntaxes whose "
      "flag, keyword or function says pass / passwd / password / pwd / pw / passphrase right before the value were not "
      "written (see the set-aside list). Closest relatives of earlier syntaxes, kept because the tool, file or mechanism "
      "differs: `rpcclient -U user%secret` (earlier smbclient, net ads join, smbcacls), `smbmap`, `cqlsh`, `racadm`, "
      "`hdbsql`, `psexec`, `az login` (earlier -u/-p pairs), `winrs -p:` (earlier xfreerdp `/p:`), `buildah --creds` "
      "(earlier skopeo), `tsql -P` (earlier bcp / sqlcmd), URL userinfo (earlier mongosh, mysqlsh, pip, restic, WinSCP), "
      "`PRAGMA key` (earlier `ATTACH … KEY`), `crypt()` (earlier `bcrypt.hash` seeding), `hash_hmac` / createHmac / "
      "OpenSSL HMAC (earlier pgcrypto `hmac`, `:crypto.mac`), the SMTP `AUTH PLAIN` Base64 (earlier raw `Authorization: "
      "Basic`), telnetlib (earlier pexpect and netcat), the UI typing calls (earlier Cypress, Playwright, Appium and "
      "others), Jedis `auth` (earlier the redis-py positional).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "English, Norwegian Bokmål, Galician, Russian, Serbian, Malay, Asturian, West Frisian, Luxembourgish, Haitian "
      "Creole, Mandarin; modest for Irish, Scottish Gaelic, Faroese, Hindi, Marathi, Korean, Zulu, Xhosa, Hausa, Tajik, "
      "Tatar, Mongolian, Uzbek, Cebuano, Malagasy, Kinyarwanda, Breton, Sicilian; low for Gujarati, Kannada, Malayalam, "
      "Sinhala, Khmer, Lao, Burmese, Yoruba (tone marks), Central Kurdish, Pashto, Tigrinya. Loan words (password in "
      "Hindi, Marathi, Gujarati, Kannada, Malayalam, Cebuano, Sicilian, Tigrinya; PC / computer forms in many) are kept "
      "as people use them. `uzn` is Northern Uzbek (named Uzbek), `khk` Halh Mongolian (named Mongolian), `pbt` Southern "
      "Pashto (named Pashto), `cmn` Mandarin (named Mandarin Chinese), `zsm` Standard Malay (named Malay); Sicilian "
      "(`scn`) is a regional language chosen for the gelato world.")
    a("- Evasions: the Deseret and Tifinagh runs look like exotic script, not like a secret; the word-length run reads "
      "as a (nonsensical) list of flavour words and is the most surprising one; the flavour alphabet spells the secret in "
      "ordinary gelato words; the freezer log, overrun sheet, Brix readings, van timetable and cabinet slots look like "
      "ordinary production data of this world and sit next to genuine HACCP logs and batch sheets in the negatives; the "
      "Luhn quads pass a Luhn validator; the PowerShell run is ordinary Base64 but of UTF-16LE, so a plain Base64 decode "
      "shows the secret interleaved with NUL bytes; the SQL CHAR() run is a valid SQL expression.")
    a("- Negatives: batch, lot, recipe, GTIN, SSCC, serial, asset, probe, certificate, VIN, plate, permit and pitch "
      "numbers are identifiers (GS1, VIN and Luhn check digits real); masked PANs, auth codes, RRNs and terminal ids are "
      "printed on every receipt; Stripe `pk_live_51`, Clerk `pk_live_`, the Sentry DSN, the Firebase web `apiKey` "
      "(`AIza`), the Supabase anon JWT, the Mapbox `pk.` token and PostHog `phc_` are public by design (the `AIza` key and "
      "the anon JWT are the most arguable negatives); the AWS documentation pair, `rk_live_XXXX…`, `<your-…>`, "
      "`sntryu_<paste-token-here>`, `django-insecure-change-me` and the `.env.example` with this corpus's key names and "
      "empty / `changeme` / `<set-in-vault>` / `${VAR:?}` values are placeholders (a trap for key-name-only detectors); "
      "masked values keep at most four characters; `secretKeyRef`, `vault:`, `op://`, `${{ secrets.X }}` and ARNs are "
      "pointers; Django pbkdf2, argon2id and sha256crypt strings are one-way hashes (in a column called password – a "
      "trap); SealedSecret and SOPS values are ciphertext; ssh-ed25519 keys, fingerprints and WireGuard *peer public* "
      "keys are public (a WireGuard public key has exactly the shape of a private key – the hardest negative); Stripe "
      "object ids (`evt_`, `pi_`, `cus_`, `ch_`, `re_`) are identifiers, not keys; flyer promo codes are public by "
      "design and gift-card batch numbers are not the PINs. Random fillers are generated, so an entropy-only detector "
      "will hit them – that is the point.\n")

    # ---------------------------------------------------------------- sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief242/` (p239 and p240), for format and coverage only. The detector was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no "
      "other `/tmp` directory except `/tmp/scratch242/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public "
      "gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's "
      "`fetch` into its own mirror directory and extracted with `git show` into `/tmp/scratch242/`), read for the rules "
      "behind every vendor type marked *read this session* above (Stripe `rk_live_`, Square `EAAA`, Shippo, EasyPost "
      "`EZAK`, SendGrid `SG.`, Typeform `tfp_`, Meta `EAAM`, X bearer `AAAA…`, Teams webhook URL, Cohere, Anthropic "
      "admin, OpenAI `sk-svcacct-`, Hugging Face `api_org_`, GitHub `github_pat_` / `ghs_`, GitLab `glptt-` / `glrt-`, "
      "PyPI, SonarCloud `squ_`, Terraform Cloud `atlasv1`, Postman `PMAK-`, Linear `lin_api_`, Prefect `pnu_`, "
      "PlanetScale `pscale_tkn_`, Grafana `glc_` / `glsa_`, New Relic `NRAK-`, Vault `hvs.`, Azure AD `Q~`, Okta `00`, "
      "Cloudflare origin CA `v1.0-`, Dynatrace `dt0c01.`). Betterleaks, Kingfisher, CredSweeper and vendor documentation "
      "were not opened this session; the remaining shapes come from the builder's memory and are marked above as "
      "believed or guessed. Python's standard library (`hashlib`, `hmac`, `base64`, `json`, `struct`, `uuid`) computes "
      "the digests, HMACs, encodings and floats of generated values; Luhn, Verhoeff, CRC-16/XMODEM, GS1, the VIN check "
      "digit, 4B5B, DTMF, the Chinese financial and Indonesian numerals and the quipu clusters are written by hand.\n")
    return "\n".join(L)
