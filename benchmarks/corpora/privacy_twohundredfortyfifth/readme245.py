"""Renders README.md for corpus p245 from the generated data and the module tables."""
from collections import Counter

import checks245
import enc245
import evasions245
import everyday245
import negatives245
import positional245
import prose245
import vendor245
from common245 import WORLD_WORDS


def bt(x):
    return "`" + x + "`"


def render(data, deny, info):
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    by = Counter(r["source"] for r in sec)
    spans_types = len({r["type"] for r in sec})
    kinds_pos = len({r["container"] for r in sec})
    pos_cat = Counter(x[1] for x in positional245.S)
    L = []
    A = L.append
    A("# privacy_twohundredfortyfifth (p245) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on **chocolatiers**: "
      "chocolatier, confectioner and sweet-shop developers – the atelier floor (a tempering machine's CODESYS GVL, an enrober line's OPC UA server XML, "
      "a cold-store humidity logger INI, Home Assistant `secrets.yaml`, a conche MQTT bridge, a Vector pipeline, a Flyway config for the recipe-costing "
      "database, an Airtable sync of the mould library), the web shop (Laravel, Symfony, Sylius, PrestaShop, Rails credentials, Spring, ASP.NET, Gatsby, "
      "an Axum TOML, Flask, pydantic settings), the shop counter (a Windows POS INI, an Electron store, a .NET scale bridge, a Flutter kiosk, Android "
      "`local.properties`, an iOS `Info.plist`, a signage systemd unit), wholesale and logistics (Odoo, n8n, dbt, an AS2 partnership, a SAM template for "
      "cold-chain notifications), the ops around them (Compose, a ConfigMap by mistake, Nomad, tfvars JSON, Bitbucket Pipelines, CircleCI, fish history, "
      "an Ansible inventory, a PowerShell transcript) and the messy places values get pasted (a WhatsApp group export, a Slack thread, a Trello comment, "
      "an Easter planning CSV, a recipe-card photo OCR); secrets of this world such as a Damm-checked `cvs_` couverture stock-sync key, an Adler-32-tailed "
      "`tqc-` tempering-cloud token, a Laravel `APP_KEY`, a Fernet key, a Rails `secret_key_base` and an HS384 wholesale-portal JWT; the trade's own services "
      "(Barry Callebaut Chocolate Academy, Valrhona, Cacao Barry, Felchlin, Selmi, FBM, Savage Bros, Tomric, Chocolate World, Pomati, Loynds, Cocoa Horizons, "
      "Rainforest Alliance MultiTrace, Fairtrade, Faire, Ankorstore, Not On The High Street, Etsy, Packhelp, Uber Eats, Deliveroo, Sensitech, Elitech, "
      "Katana, Craftybase, MRPeasy) plus the commerce, messaging, AI, developer and ops services such developers use (120 vendor types in all); with hard "
      "negatives from the same world (batch and conche lots, GTIN / ITF-14 / SSCC codes, machine serials, cocoa contract and certification refs, mould part "
      "numbers, card-terminal receipts, public storefront keys, placeholders, truncated key previews, vault pointers, bcrypt / yescrypt hashes, Ansible-Vault "
      "and KMS ciphertext, SSH keys and TLS fingerprints, SRI integrity strings and commit ids, order and payment ids, IBAN / VAT numbers, security-briefing "
      "prose, S10 tracking numbers, genuine tempering logs and recipes, lab report numbers).\n")
    A("Everything is produced by `build.py` and its modules (`common245.py`, `everyday245.py`, `vendor245.py`, `positional245.py`, `prose245.py`, "
      "`enc245.py`, `dec245.py`, `evasions245.py`, `negatives245.py`, `checks245.py`, `readme245.py`, frozen deny-list `brief_names.json`): Python 3 standard "
      "library only, fixed `random.Random` seeds (24501 everyday values, 24511 everyday pairing, 24502 vendor, 25502 vendor style deal, 24503 positional, "
      "24504 prose, 24505 evasions, 24506 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares "
      "the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both generations and compares it, and only then "
      "writes the files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from "
      "`/tmp/brief245/`.\n" % len(info["mutations"]))
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredfortyfifth/`) was created (with `mkdir -p`) and written; the only listings made there were `ls -la` of this "
      "directory itself (right after creating it, when it was empty, and after the final build – the command prints its own `.` and `..` entries, nothing of the parent's contents), "
      "plus reads, edits and runs of its own files; its parent was never listed or searched, nothing else under `/work/main` was opened, listed, grepped or "
      "searched, and git was never run there. The only project material read were the two READMEs in `/tmp/brief245/` (`README_twohundredfortysecond.md`, "
      "p242, ice-cream makers; `README_twohundredfortythird.md`, p243, sheep farmers and wool mills; the directory was listed once with `ls -la` and the "
      "files sized with `wc -c`), read with `cat`, `sed`, `awk`, `grep`, `tr` and `cut`, and parsed by the build's own deny-list extraction, used only to "
      "learn the file format and what is already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch245/` (an "
      "extracted copy of the public gitleaks rule file, a Unicode-name check, an encoder / decoder round-trip script and trial builds). The deny-list "
      "(`common245.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, lower-cased, also split at `__` "
      "(%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the "
      "pattern also catches a few non-language pairs, which only makes the list stricter) and the names and name words of those pairs (%d). It is frozen in "
      "`brief_names.json`; when `/tmp/brief245/` exists the build re-extracts it and fails if it differs (this build: %s). Ideas the two READMEs name only "
      "in prose (their avoided and set-aside lists of encodings, syntaxes, vendors and languages, and the languages they use for number words) were avoided "
      "by hand as well. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n" % (
          len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), info["deny_status"]))

    # ---------------- files and counts ----------------
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(sec), sum(len(r["secrets"]) for r in sec), spans_types, kinds_pos, by["everyday"], by["vendor"], by["password"], by["prose"],
        len({r["container"].split("__")[1] for r in sec if r["source"] == "prose"})))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(eva), len(eva), len({r["type"] for r in eva}),
                                                                       len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len({r["class"] for r in neg})))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema (same as the earlier corpora): positives `id` (`p245-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with "
      "exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p245-e-NNNN`): `id`, `type`, "
      "`container`, a record-level `encoding`, `text`, `secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and "
      "`encoding`. Negatives (`p245-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == "
      "value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (written down and set aside: "
      "`readme_com_api_key`, `sinch_sms_service_plan_token`, `google_maps_platform_server_key` (same shape as the kept Gemini key), plus vendors an earlier "
      "README already holds under a near name – WooCommerce, RubyGems, Stability). Positional passwords %d (one record per syntax; by where the text lives: %s). "
      "Prose 40 in 40 languages. Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: about 450). "
      "Strings drawn through the registry (values, vendor neighbours, Base64 positional values and their inner passwords, evasion plains and runs): %d.\n" % (
          by["password"], ", ".join("%s %d" % (k, v) for k, v in pos_cat.most_common()), len(neg), len({r["class"] for r in neg}), len(sec), info["registry"]))

    # ---------------- conventions ----------------
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never the quotes and "
      "never the key. Values pasted where they do not belong (a WhatsApp export, a Slack thread, a Trello comment, an Easter planning CSV, a recipe-card "
      "OCR, fish history, a ConfigMap, CI files, `aws ssm put-parameter`, `Set-Secret`, a KeePass CSV export, a Notion table) are labelled. The Slack "
      "incoming-webhook URL is labelled whole because the URL is the secret.")
    A("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability 0.4) + one of `- _ . + ! ~` + 3–5 "
      "lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "`^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the 7 owner-chosen vendor passwords, and the strict "
      "`^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every positional value (the password inside the SMTP `AUTH LOGIN`, XMPP / ManageSieve SASL PLAIN "
      "and Docker `auths` Base64 is decoded first), every prose value and every office-PC evasion plain." % (
          ", ".join(WORLD_WORDS[:40]), len(WORLD_WORDS)))
    A("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no negative; no evasion plain and no "
      "Base64-hidden password appears in any text. Values, vendor neighbours, the Base64 positional values and their inner passwords, evasion plains and "
      "runs are drawn through one registry that refuses repeats and any string in a substring relation (6+ characters) with an earlier one; a negative is "
      "redrawn if it contains any registered string of 6+ characters, a world word + joiner + tail (the password form), a UUID-shaped string that is not "
      "version 4, an invalid JWT-shaped string, or repeats an earlier negative.")
    A("- Structured values are valid: `cvs_` keys carry the real Damm check digit of their 10-digit warehouse number (Damm asserted on 572 → 4), `tqc-` "
      "tokens end in the real Adler-32 of their 32-character body (asserted on `Wikipedia` → 11e60398), the Laravel `APP_KEY` and the Fernet key are Base64 "
      "of exactly 32 bytes, the Rails key is 64 bytes of hex, the wholesale token a real HS384 JWT (all checked). Every UUID-shaped substring of every text is "
      "version 4 and every JWT-shaped substring has base64url JSON header and payload and a signature length that fits its `alg` (checked). Vendor frames: "
      "the Wix `IST.` key and the Lemon Squeezy key are JWTs with real JSON and an RS256-length random signature, the Home Assistant token a real HS256 JWT, "
      "the Sentry org token and the 1Password service-account token Base64 of real JSON, the Intercom token Base64 of `tok:<uuid>:1:0`, the Discord bot "
      "token starts with base64url of a real 18-digit id, the Azure storage key is Base64 of 64 bytes, the Elastic key Base64 of `id:key`; all 120 vendor "
      "values are checked against a regular expression built from the same spec that generated them (or the validator of the special frame). Negatives: "
      "GTIN-13, ITF-14 and SSCC-18 carry real GS1 check digits (asserted on 4006381333931), S10 parcel ids real UPU check digits (asserted on RR473124829), "
      "Belgian IBANs real MOD 97 (asserted on GB82 WEST 1234 5698 7654 32) and Belgian VAT numbers the real 97-complement; SRI strings, image digests, commit "
      "ids and TLS fingerprints are real digests of random bytes; ssh-ed25519 keys have the real wire format; bcrypt, yescrypt and sha512crypt bodies, "
      "Ansible-Vault hex and KMS blobs are random in frame.")
    A("- Public neighbours are unlabelled: user names, hosts (`*.cacaoatelier.internal` / `.example`, `*.maison-praline.example`, `*.bonbonbox.example`, "
      "private addresses), key names, and the ids written next to a vendor secret (%s) and the user half of a user / password pair." % "; ".join(
          "%s: %s" % (v[0], " ".join(v[4][0])) for v in vendor245.V if v[4]))
    A("- Everyday key names are the type's key words in the container's own case style (upper, snake, camel, pascal, dot, kebab, spaced for chats, title "
      "for the CSV header and the OCR). Vendor key names are the full type name in the style's case.\n")

    # ---------------- categories ----------------
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t), d) for t, _k, d, _x in everyday245.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(c[0]), c[1]) for c in everyday245.CONTAINERS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 24511) of the 12 types and deals four "
      "consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 records (checked); secrets therefore "
      "also land in implausible places (a JWT on a recipe card, a Rails key in a CODESYS GVL).\n")
    A("Vendor (120 types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* in the public gitleaks rule file, "
      "*believed* from memory, *guessed* where no published shape is known, so that the type is recognisable only from the key name; *owner-chosen* for "
      "portal passwords):\n")
    cats = []
    for v in vendor245.V:
        if v[1] not in cats:
            cats.append(v[1])
    srcword = {"read": "read this session", "believed": "believed from memory", "guessed": "guessed", "owner-chosen": "owner-chosen"}
    for c in cats:
        items = [v for v in vendor245.V if v[1] == c]
        A("*%s* (%d): " % (c, len(items)) + "; ".join(
            "%s (%s – %s%s)" % (bt(v[0]), vendor245.shape_of(v[2]), srcword[v[3]], (" – next to it: " + " ".join(v[4][0])) if v[4] else "")
            for v in items) + ".\n")
    st = Counter()
    for r in sec:
        if r["source"] == "vendor":
            st[r["container"].split("__")[1]] += 1
    A("Styles: " + "; ".join("%s (%s, %d)" % (bt(s[0]), s[1], st[s[0]]) for s in vendor245.STYLES) +
      ". Styles are dealt from seeded shuffles (seed 25502) so that each is used 7 or 8 times; when a type has a neighbour (an id, key id, e-mail or "
      "account name) it is written in the same style on the line before and left unlabelled; the KeePass CSV export puts the type's title-case words in "
      "`Account`, the neighbour (or `api`) in `Login Name` and the secret in `Password`.\n")
    A("Positional passwords (%d syntaxes, span type `chocpw_<syntax>`, container `chocpw_<syntax>__<suffix>` with suffixes %s): " % (
        len(positional245.S), ", ".join("%s (%s)" % (bt(v), k) for k, v in positional245.SUFFIX.items())) +
      "; ".join("%s (%s, %s)" % (bt("chocpw_" + s[0]), s[1], s[3]) for s in positional245.S) +
      ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; checked). Set aside: " +
      "; ".join("%s (%s)" % (bt(a), b) for a, b in positional245.SET_ASIDE) + ".\n")
    A("Prose: someone tells a colleague the password of the atelier / shop office PC and asks them to keep it to themselves; span type `%s`; container "
      "`<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. Spares written down and unused: %s. Set aside: %s. None of them or the spares is "
      "among the languages of either README (checked: code against the codes and all deny-listed names; name and each name word against the language "
      "names); the number-word languages named by the READMEs (Finnish, Italian, Turkish, French, Dutch, German, Spanish, Basque, Hebrew, Greek, Latin, "
      "Lithuanian, Icelandic, Estonian, Swahili, Māori, Esperanto, Japanese, Danish, Indonesian) and Hungarian, the number-word language of this corpus's "
      "evasions, were kept out of the prose. Scripts: %s. Arabic, Persian and Urdu are right-to-left with the Latin value embedded; Thai writes without "
      "spaces between words and sets the value off with spaces; Persian, Urdu, Nepali, Amharic, Punjabi and Cusco Quechua put a copula after the value "
      "(after a space); every value is set off by whitespace on both sides (checked).\n" % (
          prose245.TYPE, ", ".join(bt(f) for f in prose245.FORMATS),
          ", ".join("%s (%s)" % (bt(c), n) for c, n, _s, _t in prose245.LANGS),
          ", ".join("%s (%s)" % (bt(c), n) for c, n in prose245.SPARES),
          "; ".join("%s (%s): %s" % (bt(c), n, why) for c, n, why in prose245.SET_ASIDE),
          ", ".join(sorted({s for _c, _n, s, _t in prose245.LANGS}))))

    # ---------------- evasions ----------------
    A("## Evasion encodings\n")
    A("; ".join("%s = \"%s\"" % (bt(n), enc245.RULES[n]) for n in enc245.ENCODINGS) + ".\n")
    A("Families: " + "; ".join("%s: %s" % (enc245.FAMILIES[n], bt(n)) for n in enc245.ENCODINGS) + ".\n")
    A("Evasion types: " + "; ".join("%s (%s)" % (bt(t), d) for t, _w, d in evasions245.TYPES) + "; wordings: " +
      ", ".join(bt(w[0]) for w in evasions245.WORDINGS) + " (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, so "
      "each encoding appears once per type and once per wording). Each text states the rule in words, then `:` and a newline, then the run on its own "
      "line, then a remark (checked). Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if the run equals the plain, "
      "starts or ends with whitespace or holds a newline, or if the registry refuses plain or run.\n")
    A("Encoders are in `enc245.enc` (the rng only adds noise the decoder ignores: the combining marks of the Zalgo run, the chaff characters, the chunk "
      "sizes of the JavaScript concatenation, the elapsed times of the tempering log, the ingredient names, lot numbers and bonbon names); the encoder "
      "asserts the Tamil digits and signs, the Osage letters and every superscript / modifier letter with `unicodedata.name`, and the Hungarian words on 97, "
      "122 and 45. The decoder `dec245.decode` gets only the encoding name and the run and is written separately, importing nothing from the encoder or "
      "`common245` and no `base64`, `binascii`, `codecs` or `unicodedata`, with every table retyped: base-5 digits, a Tamil numeral parser (hundred sign, "
      "optional multiplier before the ten sign), a Hungarian number-word parser (száz, tizen / huszon compounds), Osage code-point ranges, the reverse "
      "superscript map, combining-mark stripping, an xxd line reader, base-62 to bytes, every-second-character extraction, a letter-spacing check, a "
      "string-literal concatenation reader, a distinct-powers-of-two check, a prime index table, the inverse triangular number with an exactness check, "
      "ECMA column/row with a row-range check, regular expressions for the five world disguises (each checks the number of entries), keycap stripping "
      "with a length check and a U+ reader. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while "
      "writing (0 failures); at build time every span is decoded back to its `plain` (checked).\n")
    A("Avoided on purpose (named by an earlier README in a list or in prose): every encoding of both READMEs (base 9, Mayan, Chinese financial numerals, "
      "Indonesian and Danish number words, Deseret, Tifinagh, 4B5B, IEEE 754 float32, word-length steganography, flavour spelling, the ice-cream and wool "
      "disguises, SQL and spreadsheet CHAR(), ROT13/ROT5, Luhn quads, UTF-16LE Base64, times seven, DTMF, quipu, Devanagari digits, decimal big integer, "
      "UTF-7, small capitals, knit / purl and Jacquard bits, breed codebook, Cantor pairing, residues, delta coding, Hill, yan tan tethera, capitalisation "
      "steganography) and every item of their avoided lists (Morse, Braille, Roman and the other historic numerals, the number-word languages, bases 3 / "
      "6 / 7 / 12 / 20 / 36 / 60, octal, BCD, Gray, Zeckendorf, factoradic, Base58 / Base32s / Base45 / Ascii85 / Z85 / uuencode, escapes, quoted-printable, "
      "XOR and the classical ciphers, Coptic / Glagolitic / Cherokee / Runic / Ogham, mathematical, fullwidth, circled, squared and parenthesized letters, "
      "Cyrillic / Greek homoglyphs, zero-width and tag characters, upside-down text, elements, dice, cards, chess, colours, clock times, day-of-year, "
      "keyboard tricks, reversal and other reorderings). Close relatives remain and a scorer may count them as the same idea: base 5 next to the earlier "
      "bases; Tamil numerals next to the earlier historic numerals (but multiplicative ten / hundred signs, not additive); Hungarian next to the earlier "
      "number-word languages; Osage next to Deseret (both case-keeping script substitutions); superscript / modifier letters next to the small capitals "
      "and the other look-alike blocks; Zalgo marks next to zero-width interleaves (but visible); base-62 big integer next to the decimal big integer; "
      "the JavaScript concatenation next to SQL / spreadsheet CHAR(); powers of two, n-th primes and triangular numbers next to the earlier arithmetic "
      "disguises (times seven, squares, Cantor); keycap digits and U+ notation next to the earlier numeral glyphs and hex forms; the five chocolatier "
      "disguises next to the earlier world disguises of code points; chaff and letter spacing have no close relative in either README but are folk tricks "
      "older corpora may hold.\n")

    # ---------------- negatives ----------------
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    nc = Counter(r["class"] for r in neg)
    for cname, desc, kinds in negatives245.CLASSES:
        A("| %s | %d | %s | %s |" % (bt(cname), nc[cname], ", ".join(bt(negatives245.kind_name(k)) for k in kinds), desc))
    A("")
    A("Each base kind appears plain and wrapped " + ", ".join(bt(w[0]) for w in negatives245.WRAPPERS if w[0]) +
      " (container `<base kind><wrapper>`); the wrappers add staff, ticket, e-mail and forum context whose words say the content is safe.\n")

    # ---------------- checks ----------------
    A("## Checks run by build.py before writing\n")
    A("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief245/` exists it is re-extracted and must be identical (%s). Every container kind "
      "(positives, evasions and negatives), span type, encoding, negative class, negative wrapper, vendor style, positional suffix, prose format and type, "
      "and evasion wording is compared case-insensitively, as a whole and by every `__` part, against the names; every positional syntax with `chocpw_` "
      "stripped against the earlier syntaxes and names; every prose language code (and spare) against the codes and names, its name and name words "
      "against the language names." % info["deny_status"])
    A("- Ids `p245-s-NNNN`, `p245-e-NNNN`, `p245-n-NNNN`, consecutive; exact record and span field sets (in order); exactly one span per positive and "
      "evasion; `text[start:end] == value`; span type = record type; the value occurs exactly once in its text and has no outer whitespace; evasion spans "
      "carry `plain` and `encoding` equal to the record's `encoding`; no placeholder left in any text.")
    A("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 120 distinct types with containers `<type>__<style>`, positional "
      "95–120 distinct syntaxes (one record each), prose 40 in 40 languages, positives 440–470, evasions 66 = 22 encodings × 3, negatives ≥ 180 in ≥ 16 "
      "classes, no repeated negative text, span types of the sources pairwise disjoint.")
    A("- Shapes: everyday values by type (password regex, Damm digit, Adler-32 tail, Laravel and Fernet byte counts, Rails hex length, HS384 JWT); vendor "
      "values against the regex built from each spec plus frame validators; positional values in strict password form (Base64 spans decoded first); "
      "prose values strict and set off by whitespace; evasion plains by type; evasion layout (rule, `:` newline, run line, remark) and container "
      "`<encoding>__<wording>`.")
    A("- Every evasion run decodes with `dec245.decode` to its `plain`, and the run never contains its plain.")
    A("- No value is reused; none appears in any other record or any negative; no evasion plain or Base64-hidden password appears in any text; no "
      "negative contains a world-word password form; every UUID-shaped substring of every text is version 4; every JWT-shaped substring of every text is "
      "a valid JWT.")
    A("- Determinism: everything is generated twice in one process and the three JSONL files and this README must be byte-identical.")
    A("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): %s. Clean run errors: %d.\n" % (
        len(info["mutations"]), sum(c for _, c in info["mutations"]), len(info["mutations"]),
        ", ".join("%s (%s)" % (bt(checks245.DESCR[n]), "caught" if c else "MISSED") for n, c in info["mutations"]), info["clean_errors"]))

    # ---------------- shapes guessed ----------------
    A("## Shapes you had to guess\n")
    for src, title in (("read", "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`); "
                                "nothing copied; every value generated; where the rule gives only a prefix, a case-insensitive class or a length range, the "
                                "exact length and case are mine"),
                       ("believed", "*Believed right from memory of public rule sets and vendor docs (not re-read this session)*"),
                       ("guessed", "*Guessed (length and alphabet only; most chocolate-trade vendors publish no token format the builder knows, so these "
                                   "are recognisable from the key name only)*"),
                       ("owner-chosen", "*Owner-chosen passwords (a trade portal or device login unlocked with a password the atelier picked)*")):
        items = [v for v in vendor245.V if v[3] == src]
        A("%s (%d): " % (title, len(items)) + "; ".join("%s (%s)" % (bt(v[0]), vendor245.shape_of(v[2])) for v in items) + ".\n")
    A("Also invented or guessed: the everyday layouts `cvs_` (Damm) and `tqc-` (Adler-32) and the evasion prefixes `tcs_` / `cws-` are invented; the "
      "Laravel `APP_KEY`, the Fernet key, the Rails `secret_key_base` and the HS384 JWT are real formats used for invented purposes. The till roster "
      "(comma-separated with `unlock` column), the scale-bridge station list (tab-separated) and the tempering machine's user export (pipe-separated) are "
      "invented formats of this world. Syntaxes written from memory, not re-checked against manuals (notably `vmrun -gu/-gp`, `sendemail -xu/-xp`, "
      "`ilorest login`, `ccrypt -K`, `aescrypt -p`, `dislocker -u` glued, `qpdf --encrypt` positional order, `cf auth`, `cvs :pserver:` with an embedded "
      "password, `lynx -auth=`, `saslpasswd2 -p`, `systemd-creds encrypt -`, the exim `passwd.client` and dovecot `{PLAIN}` layouts, the ODBC `SQLConnect` "
      "and `mysql_real_connect` argument positions, `Workbooks.Open` fifth positional, `OPENROWSET` semicolon form, `sp_addlinkedsrvlogin` fifth "
      "positional, H2 `CREATE LINKED TABLE` order, `AT+CGAUTH` parameter order, `cx_Oracle.connect` and `pymssql.connect` positionals). Evasion code "
      "points (Osage U+104B0–U+104FB, Tamil U+0BE7–U+0BF1, the superscript / modifier letters, keycap U+20E3 with U+FE0F) were checked with Python's "
      "`unicodedata` in the scratch directory and again by assertions in the encoder. Negatives: cocoa contract, ICO mark, EUDR statement, certification, "
      "lab-report and audit layouts are approximate; bcrypt, yescrypt and sha512crypt bodies, the Ansible-Vault hex and the KMS blob are random in frame.\n")

    # ---------------- judgement calls ----------------
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (tempering HMI, POS supervisor, cold-store logger, costing database, web shop admin, packing station) and "
      "six generated secrets (`cvs_` Damm key, `tqc-` Adler-32 token, Laravel `APP_KEY`, Fernet key, Rails `secret_key_base`, HS384 JWT). The Laravel span "
      "includes `base64:` (the whole string is the configured value). The Fernet key and the Rails key have no prefix, so only the key name tells them from "
      "noise. Everyday passwords may contain `+ ! ~`. Key names in everyday files say password / key / token / jwt – that is how such files look; the "
      "telling-key-free cases are in the positional source.")
    A("- Vendor: most chocolate-trade vendors publish no token format the builder knows, so their types are recognisable only from the key name (part of "
      "the test). 7 vendor types carry owner-chosen passwords. Same-shape traps: Stripe `sk_live_51` (secret) against `pk_live_51` (public) in the "
      "negatives; the Algolia admin key (secret) against the Algolia search-only key (public, same 32-hex shape) and the Shopify Storefront token (public, "
      "32 hex) in the negatives; the Gemini `AIza` key (secret) against the Maps browser key (public, same shape); `pk_` + 34 hex is Klaviyo's *private* "
      "key despite the `pk_` prefix; UUIDv4 secrets (Squarespace, Rainforest Alliance, Katana, Wise, the Checkout.com suffix) against UUIDv4 order ids; "
      "hex secrets against SRI strings, digests and commit ids. Ids next to a secret stay unlabelled as the public half of a pair (arguable for the AWS "
      "`AKIA…` id, the Twilio `SK…` API key SID and `AC…` account SID, which some detectors flag on their own, and for the Etsy keystring and Pushover "
      "user key).")
    A("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-A`, `-gp`, `-xp`, `/rp`, glued `-p` / `-u`; pairs `user,secret`, "
      "`user:secret`, `user%secret`, `user/secret@tns`; URL userinfo in ovftool, cvs, XML-RPC, mongoose; library positions in Python, Node, Java, Kotlin, "
      "C#, Go, Rust, Ruby, PHP, Perl, PowerShell, VBScript, VBA and C), unlocks or encrypts (7z, zip / unzip, ccrypt, aescrypt, qpdf, dislocker, Excel "
      "`Unprotect` / `Workbooks.Open`, `openssl_encrypt`, `AES_ENCRYPT`, `X509Certificate2`, `KeyStore.load`), signs with a literal (PyJWT, "
      "jsonwebtoken), is stored for later use (rclone obscure, docker secret, gcloud secrets, pass, secret-tool, systemd-creds, wrangler, Key Vault, "
      "chpasswd, passwd --stdin, vncpasswd, saslpasswd2, mosquitto_passwd, rabbitmqctl, net user, CREATE USER / DATABASE LINK … IDENTIFIED BY), sits in a "
      "file by position (.pgpass, rsyncd.secrets, davfs2 secrets, postfix sasl map, exim passwd.client, dovecot users, an askpass script, three invented "
      "atelier files, a Docker `auths` entry whose span is the Base64), travels in a protocol exchange (SMTP `AUTH LOGIN` second Base64 line, XMPP and "
      "ManageSieve SASL PLAIN Base64, NickServ `IDENTIFY`, `AT+CGAUTH`) or is typed by automation (neutral field ids `f1` / `f2`). Weakest kept cases, "
      "with a hint nearby: the SNMPv3 auth passphrase, the `unlock` column headers of the invented files, `rclone obscure` (the output is an obfuscated "
      "copy), the JWT / encryption literals (signing keys typed like passwords), `mosquitto_passwd`, `saslpasswd2`, `chpasswd`, `passwd --stdin` and "
      "`vncpasswd` (tool names contain passwd but no key sits before the value), the Docker `auth` field (a key name, but not a password word; the span is "
      "Base64 of `user:secret`), and the SMTP `AUTH LOGIN` exchange (the server's `UGFzc3dvcmQ6` prompt is Base64 for `Password:`). Closest relatives of "
      "earlier syntaxes, kept because the tool, file or mechanism differs: `mongodump`, `cypher-shell`, `couchbase-cli`, `ilorest`, `rdesktop`, `oc "
      "login` (earlier -u/-p pairs), `sqlplus` / `expdp` / `rman` slash pairs (earlier Teradata `.logon`), `lftp -u user,secret` and `httpie -a` (earlier "
      "curl-style pairs), `mount -o username=user%secret` (earlier rpcclient `%` pair), `etcdctl --user` (earlier buildah `--creds`), the SASL PLAIN "
      "Base64 in XMPP and ManageSieve (earlier SMTP `AUTH PLAIN`), `smtplib` / `imaplib` / `ftplib` / `Net::FTP` / `ftp_login` (earlier yagmail, ftputil, "
      "Perl Net::FTP), `DriverManager.getConnection`, `PDO`, `mysqli_connect`, `DBI->connect`, `cx_Oracle`, `pymssql` (earlier mysqlclient / MATLAB "
      "positionals), the Go MySQL DSN (earlier pgx URL), `Oracle / MariaDB IDENTIFIED BY` (earlier Db2 `USING`).")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for Swedish, Romanian, Slovak, "
      "Croatian, Bulgarian, Ukrainian, Macedonian, Vietnamese, Tagalog, Arabic, Persian, Corsican, Romansh; modest for Latvian, Slovenian, Belarusian, "
      "Albanian, Georgian, Urdu, Bengali, Nepali, Thai, Kazakh, Kyrgyz, Azerbaijani, Occitan, Welsh, Maltese, Javanese, Somali, Tamil, Telugu, Punjabi, "
      "Amharic; low for Igbo, Twi, Ewe, Wolof, Lingala, Cusco Quechua (tone marks, loans and word order unchecked). Loan words (password in Tagalog, Twi, "
      "Ewe, Urdu, Bengali, Telugu, Nepali, Punjabi, Maltese; mot de passe in Lingala; contraseña in Quechua) are kept as people use them. Twi, Ewe, "
      "Cusco Quechua and Wolof were chosen for the cocoa world (Ghana, Togo, Peru, Senegal's chocolate trade is small – Wolof is a stretch). `arb` is "
      "Standard Arabic (named Arabic), `pes` Iranian Persian (named Persian), `azj` North Azerbaijani (named Azerbaijani), `als` Tosk Albanian (named "
      "Albanian), `quz` Cusco Quechua. Catalan was written first and replaced by Romansh because `cat` is deny-listed. Tamil is both a prose language "
      "and the numeral system of one evasion (numerals, not number words).")
    A("- Evasions: the Osage run looks like an exotic script and the superscript run still reads as the plain to a human (probably the hardest for a "
      "filter that normalises nothing); the Zalgo run carries the plain letter by letter under combining marks, so NFKD-plus-strip normalisation defeats "
      "it; the letter-spaced and chaff runs are folk tricks; the base-62 big integer looks like a random token itself; the tempering log, mould sheet, "
      "ganache recipe, cut test and shelf-life table look like ordinary production data of this world and sit next to genuine tempering logs and recipe "
      "cards in the negatives (`genuine_tempering_and_recipe_logs`); the JavaScript concatenation is valid code.")
    A("- Negatives: batch, lot, conche, recipe, GTIN, ITF-14, SSCC, serial, asset, contract, certificate, mould, art-file, order, tracking, lab and audit "
      "numbers are identifiers (GS1, S10, IBAN and VAT check digits real); masked PANs, auth codes, RRNs and terminal ids are printed on every receipt; "
      "Stripe `pk_live_51`, the Algolia search-only key, the reCAPTCHA site key, the Shopify Storefront token, the Maps browser key, the Sentry DSN, the "
      "Klaviyo company id and the PayPal client id are public by design (the Algolia search key, the Storefront token and the `AIza` key are the most "
      "arguable negatives – each has exactly the shape of a secret elsewhere in the corpus); the quickstart placeholders and the `.env.example` use this "
      "corpus's key names with empty / `changeme` / `${VAR:?}` / `<from-vault>` values (a trap for key-name-only detectors); masked previews keep at most "
      "four characters; `_FILE`, `${VAR}`, `${{ secrets.X }}`, `vault:`, `op://`, ARNs, Key Vault URIs and `!secret` are pointers; bcrypt sits in a "
      "column called password (a trap); Ansible-Vault and KMS values are ciphertext; ssh-ed25519 keys and fingerprints are public; SRI strings are "
      "Base64 of a real SHA-512 and look like keys; security-briefing prose talks about passwords without giving one. Random fillers are generated, so an "
      "entropy-only detector will hit them – that is the point.\n")

    # ---------------- sources ----------------
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief245/` (p242 and p243), for format and coverage only. The detector was not opened, listed or searched; nothing else "
      "under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except `/tmp/scratch245/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule file "
      "(`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror directory and extracted with `git show` "
      "into `/tmp/scratch245/`), read for the rules behind every vendor type marked *read this session* above (Shopify `shpat_` / `shpss_`, Squarespace "
      "UUID, Stripe `sk_live_`, GoCardless `live_`, Mailchimp `-usNN`, Sendinblue / Brevo `xkeysib-`, Zendesk, Telegram, Slack `xoxb-` and webhook URL, "
      "MessageBird, Mattermost, OpenAI `sk-proj-` / `sk-admin-`, Anthropic `sk-ant-api03-`, Perplexity `pplx-`, Hugging Face `hf_`, GitHub `ghp_` / "
      "`gho_`, GitLab `glpat-`, npm `npm_`, Fly.io `fo1_`, DigitalOcean `dop_v1_`, Heroku `HRKU-AA`, Sentry `sntryu_` / `sntrys_`, Algolia, Notion "
      "`ntn_`, Airtable `pat…`, Databricks `dapi`, Cloudflare, Pulumi `pul-`, 1Password `ops_eyJ`, Fastly, age `AGE-SECRET-KEY-1`). Betterleaks, "
      "Kingfisher, CredSweeper and vendor documentation were not opened this session; the remaining shapes come from the builder's memory and are marked "
      "above as believed or guessed. Python's standard library (`hashlib`, `hmac`, `base64`, `json`, `uuid`, `unicodedata` in the encoder's self-checks "
      "only) computes the digests, HMACs and encodings of generated values; Damm, Adler-32, Luhn, GS1, S10, IBAN, the Belgian VAT check, the Tamil and "
      "Hungarian numerals and all decoders are written by hand.\n")
    return "\n".join(L)
