"""Renders README.md from the generated data and the module tables."""
import collections

import enc246
import everyday246
import evasions246
import negatives246
import positional246
import prose246
import vendor246
from common246 import WORLD_WORDS

SRC_LABEL = {vendor246.READ: "read this session in the public gitleaks rule file",
             vendor246.BEL: "believed from memory", vendor246.GUE: "guessed", vendor246.OWN: "owner-chosen"}

FAMILIES = {
    "tibetan_digit_code_points": "numeral glyphs (Tibetan decimal digits)",
    "portuguese_number_words": "spelled numerals (Portuguese)",
    "undecimal_base_eleven_code_points": "numeral base (base 11)",
    "percent_encoded_every_byte": "URL escaping of every byte",
    "superscript_modifier_letters": "look-alike letters (superscript / modifier letters)",
    "combining_dot_below_overlay": "combining-mark overlay",
    "decoy_interleave_every_second": "positional trick (visible decoys)",
    "shuffled_indexed_characters": "positional trick (shuffled, indexed)",
    "pi_digit_offsets": "book code on the digits of π",
    "arithmetic_expression_per_code": "arithmetic disguise (expressions)",
    "scientific_notation_code_points": "number-format disguise (scientific notation)",
    "dyadic_fractions_of_256": "number-format disguise (fractions of 256)",
    "nibble_swapped_hex_bytes": "hex with swapped nibbles",
    "grow_room_co2_ppm_log": "world disguise (CO2 ppm readings)",
    "flush_yield_kilograms": "world disguise (flush yields)",
    "grow_rack_shelf_positions": "world disguise (rack / shelf positions = hex nibbles)",
    "fungal_genus_spelling_alphabet": "spelled form (a fungal-genus spelling alphabet)",
    "uint16_big_endian_pairs": "integer packing (16-bit pairs)",
    "base64_mirrored_alphabet": "Base64 with a mirrored alphabet",
    "spawn_bag_lot_numbers_damm": "world disguise (lot numbers with real Damm digits)",
    "eight_bit_binary_octets": "plain binary octets",
    "powers_of_two_sums": "arithmetic disguise (sums of powers of two)",
}


def _cnt(recs, key):
    return collections.Counter(r[key] for r in recs)


def render(data, info):
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    deny = info["deny"]
    by_src = collections.Counter(r["source"] for r in sec)
    where_n = collections.Counter(w for _, w, _, _ in positional246.P)
    L = []
    a = L.append
    a("# privacy_twohundredfortysixth (p246) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on **mushroom growers**: "
      "mushroom-farm, forager co-op and spawn-lab developers – the fruiting rooms (ESPHome secrets, Node-RED settings, Home Assistant secrets, "
      "PlatformIO build flags for CO2 nodes, a MicroPython humidifier config, an OPC UA client for the substrate pasteurisation tunnel), the spawn lab "
      "(Laravel env, Rails credentials, Spring Boot YAML, a Jupyter cell, a Shiny config, pydantic settings of the culture library), the forager co-op "
      "(Nuxt runtime config, Expo app config, Android local.properties, Phoenix runtime.exs, a Remix .env), the harvest tracker (Deno env, Wrangler TOML, "
      "Laravel services config), the packhouse (a weigh-terminal INI, a BarTender integration XML, an Excel VBA module), the grow-kit shop (Shopware, "
      "WordPress wp-config, PrestaShop parameters, an Eleventy netlify.toml), ops (systemd units, Docker Compose, Nomad, Pulumi, Kustomize, bash and "
      "fish history, a PowerShell profile, Bitbucket Pipelines, CircleCI, a Jenkins init script) and the messy places values get pasted (a growers' "
      "WhatsApp group, a forager Discord channel, a spawn-lab Trello comment, a harvest-yield CSV, an OCR of a grow-room door note, an e-mail to a "
      "contractor); secrets of this world such as a Damm-checked `fcs_` fruiting-chamber sync key, a CRC-16/CCITT-tailed `spl_` spawn-lab token, a "
      "Luhn-mod-36 `myg-` gateway token, an HS384 harvest-API JWT, a Laravel `APP_KEY` and a Fernet key; the trade's own services (Aranet, TrolMaster, "
      "AC Infinity, Govee, SensorPush, Ubibot, ThingSpeak, Blynk, Particle, Tuya, Shelly, Netatmo, Adafruit IO, Arduino Cloud, Ubidots, Home Assistant, "
      "The Things Stack, Ecowitt, Weather Underground, Meross, iNaturalist, Mushroom Observer, GBIF, Sylvan, GLOBALG.A.P., Red Tractor, Local Line, "
      "GrazeCart, Faire, Croptracker, Kindwise mushroom.id) plus the commerce, messaging, AI, developer and ops services such developers use "
      "(120 vendor types in all); with hard negatives from the same world (culture accessions, Damm-checked spawn-bag lots, SSCC / GTIN crate labels, "
      "ITS reads and GenBank ids, foraging permits, LoRaWAN EUIs, publishable storefront keys, quickstart placeholders, masked values, secret-manager "
      "pointers, bcrypt / scrypt digests, Ansible Vault and PGP ciphertext, ssh host keys, SRI hashes, OAuth client ids, security prose, firmware "
      "checksums, payout and bank references, herbarium and MycoBank numbers, API object ids).\n")
    a("Everything is produced by `build.py` and its modules (`common246.py`, `everyday246.py`, `vendor246.py`, `positional246.py`, `prose246.py`, "
      "`enc246.py`, `dec246.py`, `evasions246.py`, `negatives246.py`, `checks246.py`, `readme246.py`, frozen deny-list `brief_names.json`): Python 3 "
      "standard library only, fixed `random.Random` seeds (24601 everyday values, 24611 everyday pairing, 24602 vendor values, 24612 vendor styles, "
      "24603 positional, 24604 prose, 24605 evasions, 24606 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in "
      "one process, compares the bytes of the three JSONL files and of this README, runs every check and %d mutation tests, and only then writes the "
      "files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from "
      "`/tmp/brief246/`.\n" % len(info["mutations"]))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredfortysixth/`) was created (with `mkdir -p`) and written; the only listings made there were `ls -la` of "
      "this directory itself (right after creating it – which prints only its own `.` and `..` entries – and after the final build) plus reads, edits "
      "and runs of its own files; its parent was never listed or searched, nothing else under `/work/main` was opened, listed, grepped or searched, and "
      "git was never run there. The only project material read were the two READMEs in `/tmp/brief246/` (`README_twohundredfortythird.md`, p243, sheep "
      "farmers and wool mills; `README_twohundredfortyfourth.md`, p244, racket and cricket clubs; the directory was listed once with `ls -la` and the "
      "files sized with `wc -c`), read with `cat`, `sed`, `awk`, `grep`, `cut`, a small Python extraction script in the scratch directory and the build's own deny-list extraction, used only "
      "to learn the file format and what is already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch246/` "
      "(an extracted copy of the public gitleaks rule file, the deny-list extraction and encoder / decoder round-trip scripts, trial build outputs). The "
      "deny-list (`common246.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, lower-cased, also split at "
      "`__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair "
      "(%d) and the names and name words of those pairs (%d). It is frozen in `brief_names.json`; when `/tmp/brief246/` exists the build re-extracts "
      "it and fails if it differs (this build: %s). Ideas the two READMEs name only in prose (their avoided, set-aside and trimmed lists of encodings, "
      "syntaxes, vendors and languages) were avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share "
      "vendors, syntaxes, languages or notations.\n" % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]),
                                                         len(deny["language_names"]), "; ".join(info["deny_notes"])))

    # ------------------------------------------------------------ files and counts
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(sec), sum(len(r["secrets"]) for r in sec), len({r["type"] for r in sec}), len({r["container"] for r in sec}),
        by_src["everyday"], by_src["vendor"], by_src["password"], by_src["prose"], by_src["prose"]))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(eva), len(eva), len({r["type"] for r in eva}), len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len({r["class"] for r in neg})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (as in the earlier corpora): positives `id` (`p246-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with "
      "exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p246-e-NNNN`): `id`, `type`, "
      "`container`, a record-level `encoding`, `text`, `secrets`, `source` (`evasion`); the single span also has `plain` (the clean secret) and "
      "`encoding`. Negatives (`p246-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (one record per type; written 127 and "
      "trimmed to 120: %s). Positional passwords %d (one record per syntax; by where the text lives: %s; written %d and trimmed: %s). Prose 40 in 40 "
      "languages (spares written down and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives "
      "total %d (asked: about 450). Strings drawn through the registry (values, vendor neighbours, evasion plains and runs): %d.\n" % (
          ", ".join("`%s`" % t for t in vendor246.TRIMMED), len(positional246.P),
          ", ".join("%s %d" % (w, n) for w, n in where_n.most_common()), len(positional246.P) + len(positional246.TRIMMED),
          ", ".join("`%s`" % t for t in positional246.TRIMMED), ", ".join("`%s` (%s)" % s for s in prose246.SPARES),
          len(neg), len(negatives246.CLASSES), len(sec), data["registry_size"]))

    # ------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never the quotes "
      "and never the key. Values pasted where they do not belong (a WhatsApp export, a Discord channel, a Trello comment, an e-mail, a yield CSV, a "
      "door-note OCR, bash / fish history, `doppler secrets set`, `fly secrets set`, a KeePass CSV export, a helpdesk ticket) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability 0.4) + one of `- _ . + ! ~` + "
      "3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "`^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the owner-chosen vendor passwords, and the strict "
      "`^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every positional value, every prose value and every grow-office evasion plain." % (
          ", ".join(WORLD_WORDS[:40]), len(WORLD_WORDS)))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no negative; no evasion plain "
      "appears in any text. Values, vendor neighbours, evasion plains and runs are drawn through one registry that refuses repeats and any string in "
      "a substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any positive value or evasion plain of 6+ "
      "characters, a world word + joiner + tail (the password form, with alphanumeric boundaries), a UUID-shaped string that is not version 4 or a "
      "malformed JWT-shaped string, or if it repeats an earlier negative text.")
    a("- Structured values are valid: `fcs_` keys carry the real Damm check digit of their 14-digit room-and-batch number (table asserted on the "
      "textbook example 572 → 4), `spl_` tokens end in the real CRC-16/CCITT-FALSE of their 32-character body (asserted: CRC of `123456789` = 29B1), "
      "`myg-` tokens end in a real Luhn mod 36 check character (the generic Luhn mod N; asserted to reproduce the plain Luhn digit of 7992739871 → 3 "
      "when N = 10), harvest-API tokens are real HS384 JWTs, Laravel keys are `base64:` + Base64 of 32 bytes, Fernet keys URL-safe Base64 of 32 bytes "
      "(all checked). Every UUID-shaped substring of every text is version 4 and every JWT-shaped substring has base64url JSON header and payload and "
      "a signature length that fits its `alg` (checked). Vendor frames: Home Assistant (HS256), iNaturalist (HS512) and Lemon Squeezy (RS256) tokens "
      "are real JWTs; the Sentry org token carries Base64 of real JSON with `iat` and `region_url`; the 1Password service-account token is `ops_` + "
      "Base64 of real JSON; the Cloudflare tunnel token is Base64 of real JSON; the Matrix `syt_` token embeds base64url of the bot name; the Discord "
      "bot token starts with base64url of an 18-digit id; all 120 vendor values are checked against a regular expression built from the same spec "
      "that generated them plus these frame checks. Negatives: SSCC-18 and GTIN-13 codes carry real GS1 check digits, GB IBANs real MOD 97 digits, "
      "spawn-bag lots real Damm digits; SRI, lockfile and firmware hashes are real digests of random bytes; ssh-ed25519 host keys are in the real wire "
      "format; bcrypt, scrypt, Ansible Vault and PGP bodies are random in the right frame.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.oakhollow-fungi.example`, `*.fenwood-foragers.example`, `*.mycohollow.example`, "
      "`*.lan`, `*.internal`, private addresses), key names, and the ids written next to a vendor secret (%s) and the user half of a user / password "
      "pair." % "; ".join("%s: %s" % (t[0], t[4][0]) for t in vendor246.V if t[4]))
    a("- Key names are the type's key words in the container's own case style (upper, snake, camel, pascal, kebab, dot, spaced for chats and e-mails, "
      "title for CSV headers and OCR). Vendor key names are the full type name in the style's case; the KeePass export puts the title-case words in "
      "`Title`, the neighbour (or `api`) in `Username` and the secret in `Password`.\n")

    # ------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday246.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (k[0], k[1]) for k in everyday246.KINDS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 24611) of the 12 types and deals four "
      "consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 records (checked); secrets "
      "therefore also land in implausible places (a Fernet key in a WordPress config).\n")
    a("Vendor (120 types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* in the public gitleaks rule file, "
      "*believed* from memory, *guessed* where no published shape is known to the builder, so that the type is recognisable only from the key name, "
      "*owner-chosen* for portal and device passwords):\n")
    cats = []
    for t in vendor246.V:
        if t[1] not in cats:
            cats.append(t[1])
    for c in cats:
        items = [t for t in vendor246.V if t[1] == c]
        a("*%s* (%d): " % (c, len(items)) + "; ".join(
            "`%s` (%s – %s%s)" % (t[0], vendor246.describe_spec(t[2]), SRC_LABEL[t[3]],
                                  " – next to it: %s" % t[4][0] if t[4] else "") for t in items) + ".\n")
    a("Vendor styles (%d, assigned by a seeded shuffle, seed 24612, cyclically): " % len(vendor246.STYLES) +
      ", ".join("`%s` (%s, %s)" % (s[0], s[1], s[3]) for s in vendor246.STYLES) + ".\n")
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`, container `<syntax>__<where>` with where = %s): " % (
        len(positional246.P), positional246.PREFIX, ", ".join("%s `%s`" % kv for kv in positional246.WHERE.items())) +
      "; ".join("`%s%s` (%s, %s)" % (positional246.PREFIX, n, w, d) for n, w, d, _ in positional246.P) +
      ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; checked). Set aside: " +
      "; ".join("`%s` (%s)" % s for s in positional246.SET_ASIDE) + ".\n")
    a("Prose: someone tells a colleague the password of the spawn-lab office PC and asks them to keep it to themselves; span type `%s`; container "
      "`<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among the languages of either README (checked: "
      "code against the codes and all deny-listed names; name and each name word against the language names; Catalan was dropped because `cat` is a "
      "deny-listed name). Scripts: %s. Persian and Urdu are right-to-left with the Latin value embedded; Persian, Urdu, Punjabi, Nepali, Basque and "
      "Amharic put the copula after the value (after a space); Irish puts the value first (`Is é … pasfhocal …`); Thai and Khmer, which write without "
      "spaces between words, set the value off with spaces; every value is set off by whitespace on both sides (checked).\n" % (
          prose246.TYPE, ", ".join("`%s`" % f for f in prose246.FORMATS), ", ".join("`%s` (%s)" % (c, n) for c, n, _, _ in prose246.L),
          ", ".join(sorted({s for _, _, s, _ in prose246.L}))))

    # ------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join("`%s` = \"%s\"" % (e, enc246.RULES[e]) for e in enc246.ENCODINGS) + ".\n")
    a("Families: " + "; ".join("%s: `%s`" % (FAMILIES[e], e) for e in enc246.ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in evasions246.TYPES) + "; wordings: " +
      ", ".join("`%s`" % w[0] for w in evasions246.WORDINGS) +
      " (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, so each encoding appears once per type). Each text "
      "states the rule in words, then `:` and a newline, then the run on its own line, then a remark (checked). Plains use `[A-Za-z0-9_.-]`; a plain is "
      "redrawn if it would appear inside its own run, if the run equals the plain, starts or ends with whitespace or holds a newline, or if the "
      "registry refuses plain or run.\n")
    a("Encoders are in `enc246.enc` (the rng only adds noise the decoder ignores: sensor and bag numbers, weeks of the lot numbers, decoy "
      "characters, the shuffle order, the factors of the arithmetic expressions); the decoder `dec246.decode` gets only the encoding name and the run "
      "and is written separately, importing nothing from the encoder or `common246` and no `base64`, `binascii`, `codecs` or `unicodedata`, with "
      "every table retyped: Tibetan digit offset, a Portuguese word table, base-11 digits, a percent reader, the reverse superscript map keyed by code "
      "point, the dot-below stripper (every second character must be U+0323), the decoy skipper, the index sorter, π by the Chudnovsky series "
      "(the encoder uses Machin's formula, so the two digit strings are computed independently and compared while writing: 12,000 decimals equal; "
      "the decoder also checks that each offset is the *first* occurrence), an expression parser (no `eval`), `Fraction` readers for the scientific "
      "and dyadic forms, the nibble swapper, regular expressions plus arithmetic for the CO2, yield and rack disguises, the genus table, the 16-bit "
      "splitter, a hand-written Base64 reader behind the mirrored alphabet, its own Damm table for the lot numbers (the check digit must verify), "
      "octet and power-of-two readers. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while "
      "writing (0 failures); at build time every span is decoded back to its `plain` (checked). The encoder asserts the Tibetan digits, the "
      "superscript and modifier letters and U+0323 with `unicodedata.name`, and the Portuguese words on 97, 122 and 45.\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every encoding of both READMEs and every item of their avoided lists "
      "(among them Devanagari and Thai digits, Danish, Indonesian, Swedish, Finnish, Italian and Turkish number words, big-integer decimal, UTF-7, "
      "UTF-16LE Base64, standard Base32, Deseret, small capitals, the mathematical, fullwidth, circled and squared letters, homoglyphs, zero-width "
      "interleaves, CHAR() formulas, Cantor pairs, residues, delta coding, the Hill cipher, bases 3, 5, 6, 7, 9, 12, 20, 36, 60 and octal, the "
      "knit / purl and Jacquard bit rows, codebooks of breeds, letter-case and word-length steganography, straddling checkerboard, ModHex, Morton "
      "interleaving, continued fractions, Luhn member numbers, POSTNET, NATO spelling, Morse, Braille, quoted-printable and escapes). Close "
      "relatives remain and a scorer may count them as the same idea: Tibetan digits next to the earlier Devanagari / Thai digits; Portuguese next "
      "to the earlier number-word languages; base 11 next to the earlier numeral bases; superscript letters next to the earlier look-alike blocks; "
      "the combining dot below next to the zero-width interleaves (but visible); the CO2, yield and lot-number disguises next to the earlier world "
      "disguises of code points (micron tests, bale weights, batting runs, Luhn numbers); the rack / shelf nibbles next to the breed codebook; the "
      "genus spelling alphabet next to NATO spelling; binary octets and powers of two next to the earlier bit codes; the mirrored Base64 next to "
      "Base64 variants and Atbash; percent-encoding next to quoted-printable and the HTML escapes; the 16-bit pairs next to Morton interleaving "
      "and Cantor pairs; the scientific and dyadic forms next to the float32 words. The decoy interleave, the shuffled index list and the π offsets "
      "have no close relative in either README.\n")

    # ------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    cn = _cnt(neg, "class")
    for cname, desc, kinds in negatives246.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cname, cn[cname], ", ".join("`%s`" % k.__name__ for k in kinds), desc))
    a("")
    a("Each base kind appears plain and wrapped " + ", ".join("`%s`" % w[0] for w in negatives246.WRAPPERS if w[0]) +
      " (container `<base kind><wrapper>`); the wrappers add growers' chat, lab helpdesk, shop e-mail and forager-forum context without adding a "
      "value.\n")

    # ------------------------------------------------------------ checks
    a("## Checks run by build.py before writing\n")
    a("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief246/` exists it is re-extracted and must be identical (%s)." % "; ".join(info["deny_notes"]))
    a("- Ids `p246-s-NNNN`, `p246-e-NNNN`, `p246-n-NNNN`, consecutive; exact record and span field sets (in order); exactly one span per positive "
      "and evasion; `text[start:end] == value`; span type = record type; the value occurs exactly once in its text and has no outer whitespace; "
      "evasion spans carry `plain` and `encoding` equal to the record's `encoding`; no placement marker left in any text.")
    a("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 120 distinct types with containers `<type>__<style>`, "
      "positional 95–120 distinct syntaxes (one record each), prose 40 in 40 languages, positives 440–470, evasions 66 = 22 encodings × 3 (once per "
      "type), negatives ≥ 180 in ≥ 16 classes, no repeated negative text, span types of the sources pairwise disjoint.")
    a("- Shapes: everyday values by type (password regex, Damm digit, CRC-16 tail, Luhn mod 36 character, HS384 JWT, Laravel and Fernet Base64 "
      "lengths); vendor values against the regex built from each spec plus frame checks (JWT headers and payloads, JSON inside the Sentry, "
      "1Password and Cloudflare tunnel tokens, the Matrix and Discord embedded ids); owner-chosen vendor passwords by the password regex; positional "
      "and prose values strict password form; prose values set off by whitespace; evasion plains by type; evasion text layout (rule, `:` newline, "
      "run line, remark) and container `<encoding>__<wording>`.")
    a("- Every evasion run decodes with `dec246.decode` to its `plain`, and the run never contains its plain.")
    a("- No value is reused; none appears in any other record or any negative; no evasion plain appears in any text; no negative contains a "
      "world-word password form; every UUID-shaped substring of every text is version 4; every JWT-shaped substring must be a valid JWT.")
    a("- Deny-list: every container kind (positives, evasions and negatives), span type, encoding, negative class, vendor style, where-label, "
      "wording, prose format, negative wrapper, as a whole and split at `__`; every positional syntax with `%s` stripped against the earlier "
      "syntaxes and names; every prose language code (and spare) against the codes and names, its name and name words against the language names." % positional246.PREFIX)
    a("- Determinism: everything is generated twice in one process and the three JSONL files and the README must be byte-identical; the JSONL "
      "bytes must parse back to the same records.")
    a("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): %s. Clean run errors: %d.\n" % (
        len(info["mutations"]), sum(c for _, c in info["mutations"]), len(info["mutations"]),
        ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in info["mutations"]), info["clean_errors"]))

    # ------------------------------------------------------------ guessed shapes
    a("## Shapes you had to guess\n")
    for src, head in ((vendor246.READ, "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`); nothing copied; every value generated; where the rule gives only a prefix, a case-insensitive class or a length range, the exact length and case are mine"),
                      (vendor246.BEL, "*Believed from memory* of public rule sets and vendor docs, not re-checked this session"),
                      (vendor246.GUE, "*Guessed* (length and alphabet only; the vendor publishes no token format the builder knows, so these are recognisable from the key name only)")):
        items = [t for t in vendor246.V if t[3] == src]
        a("%s (%d): " % (head, len(items)) + "; ".join("`%s` (%s)" % (t[0], vendor246.describe_spec(t[2])) for t in items) + ".\n")
    own = [t[0] for t in vendor246.V if t[3] == vendor246.OWN]
    a("*Owner-chosen passwords* (%d): %s.\n" % (len(own), ", ".join("`%s`" % t for t in own)))
    a("Also invented or guessed: the everyday layouts `fcs_` (Damm), `spl_` (CRC-16/CCITT-FALSE tail) and `myg-` (Luhn mod 36) and the evasion "
      "prefixes `acv_` / `hst-` are invented; the HS384 JWT, the Laravel `APP_KEY` and the Fernet key are real formats used for invented purposes. "
      "The controller users TSV, the autoclave fixed-width operator file and the packhouse scale JSON accounts are invented formats of this world. "
      "Partly known vendor shapes: the Stripe `sk_live_51` + 97 length (the rule allows 10–99 after the prefix), the GitHub fine-grained PAT split "
      "(`github_pat_11` + 20 + `_` + 59; the rule only says 82 word characters), the Paddle `pdl_live_apikey_` segment lengths, the Pinecone `pcsk_` "
      "segments, the Honeycomb `hcaik_01` ingest-key body, the Ubidots `BBUS-` prefix (older tokens use `BBFF-`), the Matrix `syt_` segments, the "
      "Resend `re_` segments, the Infisical `st.` layout, the TrueNAS `<id>-` + 64 layout, the Telegram digit count (the rule allows 5–16), the "
      "Slack bot token digit counts, the Airtable PAT middle length, the Cloudflare tunnel JSON keys `a` / `t` / `s`, and the fields of the 1Password "
      "service-account JSON (only the `ops_eyJ` start and a length of 250+ are from the rule). Syntaxes written from memory and not re-checked against "
      "manuals: the `sendEmail -xp` flag, `ncftp -p`, `deluge-console connect host:port user SECRET`, `transmission-remote -n user:SECRET`, the "
      "`schtasks /rp` switch, `bw unlock SECRET`, `mutool draw -p`, `steghide -p`, the influx v2 `setup -p`, the `Workbooks.Open` fifth argument, "
      "the `PG.connect` seven-argument positional form, the `Net::SMTP.start` argument order, the NodeMCU `mqtt.Client` argument order, the "
      "`InfluxDBClient` v1 argument order, `pikepdf.open(path, password)` as a positional, the `OPENROWSET` `'host'; 'user'; 'secret'` form, the "
      "hostapd `eap_user` column layout, the davfs2 `secrets` columns, the upsmon `MONITOR` field order and the exim `passwd.client` layout. Evasion "
      "code points (Tibetan U+0F20–U+0F29, the superscript / modifier letters, U+0323) are asserted with `unicodedata.name` in the encoder; the "
      "Portuguese words follow Brazilian spelling (`dezesseis`, `dezenove`; European Portuguese writes `dezasseis`, `dezanove`); Quambalaria, "
      "Junghuhnia and Yarrowia are real but obscure genera chosen because few fungal genera start with Q, J or Y. Negatives: permit, landowner, "
      "accession, herbarium and LoRaWAN JoinEUI layouts are approximate; reCAPTCHA and Turnstile site keys only have plausible prefixes.\n")

    # ------------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (fruiting-room climate controller, spawn-lab LIMS, pasteuriser HMI, forager co-op portal admin, "
      "mushroom shop admin, packhouse scale terminal) and six generated secrets (`fcs_` Damm key, `spl_` CRC-16 token, `myg-` Luhn mod 36 token, "
      "HS384 harvest-API JWT, Laravel `APP_KEY`, Fernet key). The Laravel key contains `+`, `/` and `=` and the Fernet key `-`, `_` and `=`, written "
      "unquoted in env files as people do. The door-note OCR and the CSV put the key words in title case before the value; the fish history uses "
      "`set -gx KEY value`. Key names in everyday files say password / key / token / jwt – that is how such files look; the telling-key-free cases are "
      "in the positional source.")
    a("- Vendor: most grow-trade vendors (Aranet, TrolMaster, Ubibot, Shelly, Netatmo, Mushroom Observer, Local Line, GrazeCart, Faire, "
      "Croptracker, Kindwise, Ecowitt, Weather Underground, Sendcloud, UPS, Ultralytics, OPNsense) publish no token format the builder knows, so "
      "their types are recognisable only from the key name (part of the test). Nine vendor types carry owner-chosen passwords (AC Infinity, "
      "SensorPush, Meross, GBIF, Sylvan, GLOBALG.A.P., Red Tractor, the OpenWrt LuCI root login and the Grafana admin). The Healthchecks.io ping URL "
      "is labelled whole (the UUID in it is the secret). Same-frame traps: the Klaviyo *private* key starts `pk_` like publishable keys; the Stripe "
      "`sk_live_51` secret against the `pk_live_51` publishable key of the negatives; UUIDv4 secrets (Govee, Ecowitt, "
      "Croptracker, Snyk, Scaleway, Langfuse, LaunchDarkly, Healthchecks) against UUIDv4 record ids in the negatives; many 32 / 40 / 64-hex secrets "
      "against firmware digests and DevEUIs; the Cloudflare tunnel token (Base64 JSON) against the Base64 SRI and PGP blobs. Ids next to a secret "
      "stay unlabelled as the public half of a pair – including the Twilio account SID, the Tuya access id, the AWS access key id, the B2 key id, "
      "the Scaleway access key, the ShipStation and OPNsense API keys, the Sumo Logic access id, the Langfuse public key and the QuickBooks / Xero / "
      "Netatmo / Arduino client ids (a scorer may count some of these as sensitive).")
    a("- Passwords: labelled when the value logs in (mongosh, cqlsh, cypher-shell, influx setup, mosquitto_pub, ncftp, lftp, xfreerdp, net use, "
      "sqlplus, etcdctl, skopeo, transmission-remote, deluge-console, irssi `/connect`, library calls in Python, Node, Java, Kotlin, C#, Go, Rust, "
      "Ruby, PHP, Perl, Lua, MicroPython, Arduino and VBA, URL userinfo in pgcli, git remote, MQTT, CouchDB, Elasticsearch and RTSP), creates an "
      "account (`net user /add`, `rabbitmqctl add_user`, `mc admin user add`, `CREATE USER … IDENTIFIED BY`, `CREATE DATABASE LINK`), unlocks or "
      "decrypts (zip / 7z / mutool / steghide / pikepdf, `ssh-keygen -P`, `bw unlock`, `cryptsetup --key-file=-`, `KeyStore.load`, "
      "`X509Certificate2`), signs or derives with a literal (PyJWT, itsdangerous, `hashlib.scrypt`, jsonwebtoken, bcrypt, auth0 java-jwt, Go JWT, "
      "Ruby JWT, `AES_ENCRYPT`, pgcrypto `hmac`), is stored for later (`docker secret create`, `wrangler secret put`, `ansible-vault "
      "encrypt_string`, `systemd-creds encrypt`, `rclone obscure`), sits in a file by position (davfs2 secrets, rsyncd.secrets, stunnel PSK file, "
      "postfix sasl map, exim passwd.client, vsftpd virtual users, `/etc/ldap.secret`, hostapd eap_user, upsmon MONITOR, a sudo askpass helper, "
      "three invented files), travels in a protocol exchange (RESP `AUTH`, RTSP `DESCRIBE`) or is typed by automation (neutral field ids `f1` / "
      "`f2`: Selenium, Puppeteer, TestCafe, Espresso, Flutter tests, AutoHotkey, SikuliX, SendKeys). Weakest kept cases, with a hint nearby: the "
      "SNMPv3 `-A` auth phrase, the RESP `AUTH` command word, `IDENTIFIED BY`, the file names `sasl_passwd`, `passwd.client`, `ldap.secret` and "
      "`psk.txt`, the `--stdin-name` of ansible-vault, the `code` header of the invented autoclave file and `SUDO_ASKPASS`. Closest relatives of "
      "earlier syntaxes, kept because the tool, file or mechanism differs: the `-u/-p` pairs (mongosh, cqlsh, cypher-shell, influx, ncftp; earlier "
      "mysql, rabbitmqadmin, beeline, docker and others), `-P` of mosquitto_pub (earlier sqlcmd / ipmitool), URL userinfo in new tools (earlier "
      "redis-cli, nats, wget, pg_dump, ffmpeg, hg), `mc admin user add` next to the earlier `mc alias set`, ssh-keygen `-P` next to the earlier "
      "`-N`, `WiFi.begin` next to the earlier `softAP`, the JWT literals next to the earlier jose / HMAC literals, stdin pipes into new tools "
      "(earlier kinit, keepassxc-cli, vault, zfs, veracrypt, secret-tool) and the UI typing calls next to the earlier WebdriverIO, Playwright, "
      "Capybara, Detox and XCUITest forms.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for German, French, Spanish, "
      "Italian, Dutch, Swedish, Danish, Norwegian Bokmål, Romanian, Croatian, Slovak, Ukrainian, Bulgarian, Greek, Turkish, Indonesian, "
      "Vietnamese; modest for Finnish, Hungarian, Slovenian, Belarusian, Macedonian, Azerbaijani, Persian, Urdu, Bengali, Punjabi, Nepali, Welsh, "
      "Irish, Basque, Latvian, Maltese, Albanian, Thai; low for Georgian, Tamil, Telugu, Khmer, Amharic. Loan words (password / paswort forms in "
      "Urdu, Bengali, Punjabi, Telugu, Nepali, Maltese; `parol` forms in Azerbaijani and Georgian) are kept as people use them. `azj` is North "
      "Azerbaijani (named Azerbaijani), `pes` Iranian Persian (Persian), `pan` Eastern Punjabi in Gurmukhi (Punjabi), `npi` Nepali, `lvs` Standard "
      "Latvian (Latvian), `als` Tosk Albanian (Albanian), `nob` Norwegian Bokmål. The Telugu sentence contains a zero-width non-joiner inside "
      "`పాస్‌వర్డ్`, as Telugu typing produces; it is not next to the value.")
    a("- Evasions: the superscript run still reads almost like the plain (capitals, q and punctuation unchanged) and the dot-below run renders as "
      "the plain with dots – probably the hardest runs here; the CO2 log, the flush yields, the rack positions and the lot numbers look like "
      "ordinary farm data; the binary and power-of-two runs look like bit masks; the π offsets are bare integers.")
    a("- Negatives: accessions, lot numbers, SSCC / GTIN, ITS reads, permits, EUIs, herbarium and MycoBank numbers, firmware digests and API ids are "
      "identifiers or data (the ACGT reads and hex digests are high-entropy on purpose); the Stripe `pk_live_51`, PayPal client id, Turnstile and "
      "reCAPTCHA site keys and Mapbox `pk.` token are public by design; `<your-…>`, `changeme`, `sk_test_XXXX`, `replace-me`, `${VAR:?}` and empty "
      "values are placeholders; `***`, `[MASKED]` and bullets carry no value (a dashboard's last four characters are kept, as dashboards show them); "
      "secretKeyRef, Secrets Manager ARNs, `op://` and Jinja vault variables are pointers; bcrypt and scrypt strings are one-way digests (the column "
      "is called `password` – a trap); Ansible Vault and PGP blobs are ciphertexts whose key is elsewhere; ssh host keys and fingerprints are "
      "public; the handbook and newsletter prose talks about passwords without giving one; IBANs, sort codes and Stripe `po_` / `ch_` ids are "
      "references, not credentials. LoRaWAN DevEUI / JoinEUI are public identifiers – the AppKey, which is secret, never appears.\n")

    # ------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief246/` (p243 and p244), for format and coverage only. The detector was not opened, listed or searched; "
      "nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except `/tmp/scratch246/` was looked "
      "at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule file "
      "(`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror directory and extracted with "
      "`git show` into `/tmp/scratch246/`), for the rules behind every vendor type marked *read this session* (among them 1Password `ops_eyJ`, "
      "Airtable `pat…`, Anthropic `sk-ant-api03-`, Brevo / Sendinblue `xkeysib-`, Databricks `dapi`, DigitalOcean `dop_v1_`, Etsy, Fastly, "
      "Fly.io `fo1_`, GitHub fine-grained PAT, GitLab `glpat-`, GoCardless `live_`, Heroku `HRKU-AA`, Hugging Face `hf_`, Mailchimp `-usNN`, "
      "Mailgun `key-`, Mattermost, MessageBird, Notion `ntn_`, npm `npm_`, OpenAI `sk-proj-…T3BlbkFJ…`, Perplexity `pplx-`, PlanetScale "
      "`pscale_tkn_`, Prefect `pnu_`, Pulumi `pul-`, Sentry `sntrys_` / `sntryu_`, Shopify `shpat_`, Slack `xoxb-`, Snyk, Stripe, Sumo Logic, "
      "Telegram, Contentful). Kingfisher, CredSweeper, Betterleaks and vendor documentation were not opened this session; the remaining shapes come "
      "from the builder's memory and are marked above as believed or guessed. Python's standard library (`hashlib`, `hmac`, `base64`, `json`, "
      "`fractions`, `math`, `unicodedata` in the encoder only) computes the digests, check values and encodings of generated values.")
    return "\n".join(L) + "\n"
