"""Renders README.md from the generated records and the module tables."""
import common234 as C
import everyday234
import vendor234
import positional234
import prose234
import evasions234
import negatives234
from enc234 import ENCODINGS

PROV = {
    "read": "read this session in the public gitleaks rules",
    "believed": "believed from memory",
    "guessed": "guessed",
    "owner": "owner-chosen",
}


def _bt(x):
    return "`%s`" % x


def render(pos, ev, neg, stats):
    deny = stats["deny"]
    L = []
    w = L.append
    src = {}
    for r in pos:
        src.setdefault(r["source"], []).append(r)
    n_types = len({r["type"] for r in pos})
    n_kinds = len({r["container"] for r in pos})
    classes = []
    for r in neg:
        if r["class"] not in classes:
            classes.append(r["class"])

    w("# privacy_twohundredthirtyfourth (p234) – held-out credential corpus\n")
    w("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **laundrettes**: self-service laundrettes, dry cleaners and linen-hire services – the booking site "
      "(Laravel `.env`, Symfony parameters, Rails `database.yml`), the pickup-and-delivery app (Expo `app.json`, Android "
      "`local.properties`, iOS `Info.plist`), the dry cleaner's counter till and garment-assembly conveyor (Delphi INI, "
      "Access VBA, .NET `appSettings`, a conveyor controller XML), the linen-hire ERP and route apps (Odoo, Micronaut, "
      "Hikari, Flutter `--dart-define`, Postman environments), the RFID tunnel readers (Node-RED, a Mosquitto bridge), "
      "the coin-op machine controllers (ESPHome, PlatformIO, MicroPython) and the tunnel-washer / boiler PLC (CODESYS), "
      "the 24/7 payment kiosk (Electron, PowerShell), ops (Compose, Ansible INI inventory, tfvars, Nomad, Pulumi, "
      "Bitbucket, CircleCI, Azure Pipelines, fish / bash / PowerShell history, launchd, OpenRC, Heroku, Fly) and the "
      "messy places values get pasted (a WhatsApp group export, a Zendesk ticket, a Trello comment, a Notion page, an "
      "Excel CSV, a machine-sticker photo OCR, an SMS to the owner); secrets of this world such as a Damm-checked "
      "`wtk_` wash-token key, a CRC-32-tailed `lrg_` RFID-gateway secret, an HS384 garment-tracker JWT, a Laravel "
      "`APP_KEY`, an ECDSA P-256 PKCS#8 card-reader key and a TOTP seed; the trade's own services (CleanCloud, SPOT, "
      "Curbside Laundries, Cents, Speed Queen Insights, Electrolux Professional, ESD, Laundroworks, PayRange, Nayax, "
      "Cantaloupe, Datamars, JENSEN, Laundrylux, Card Concepts, Metalprogetti, ABS) plus the commerce, messaging, AI, "
      "developer and ops services such developers use (%d vendor types in all); with hard negatives from the same world "
      "(garment tickets and heat-seal tags, SGTIN-96 linen RFID reads, machine serials, Luhn-checked laundry cards, care "
      "labels, VAT numbers, SSCC-18 cage labels, publishable keys, placeholders, masked screens, secret-store pointers, "
      "bcrypt / SSHA hashes, PGP and age armor, lockfile digests, password-policy prose, takings and meter readings, SSH "
      "public keys, OAuth client ids, certificate thumbprints). Everything is produced by `build.py` and its modules "
      "(`common234.py`, `everyday234.py`, `vendor234.py`, `positional234.py`, `prose234.py`, `enc234.py`, `dec234.py`, "
      "`evasions234.py`, `negatives234.py`, `checks234.py`, `readme234.py`, frozen deny-list `brief_names.json`): "
      "Python 3 standard library only, fixed `random.Random` seeds (%s), no clock, no network. `python3 build.py "
      "[outdir]` generates everything twice in one process, compares the bytes of the three JSONL files, runs every "
      "check and %d mutation tests, renders this README from both generations and compares it, and only then writes "
      "the files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` "
      "re-extracts the deny-list from `/tmp/brief234/`.\n"
      % (len(vendor234.ACTIVE), ", ".join("%d %s" % (v, k.replace("_", " ")) for k, v in C.SEEDS.items()),
         len(stats["mutations"])))
    w("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredthirtyfourth/`) was created (with `mkdir -p`) and written; the only "
      "listings made there were `ls -la` of this directory itself (right after creating it, which prints its own `.` "
      "and `..` entries and nothing of the parent's contents, and after the final build) and reads, edits, greps and "
      "runs of its own files while writing them; its parent was never listed or searched, nothing else under "
      "`/work/main` was opened, listed, grepped or searched, and git was never run there. The only project material "
      "read were the two READMEs in `/tmp/brief234/` (`README_twohundredthirtyfirst.md`, p231, opticians; "
      "`README_twohundredthirtysecond.md`, p232, escape rooms; the directory was listed once with `ls -la`), read "
      "with `cat`, `sed` and small Python slices, used only to learn the file format and what is already covered. No "
      "other `/tmp` directory was looked at except the scratch directory `/tmp/scratch234/` (an extracted copy of the "
      "public gitleaks rule file, an encoder / decoder round-trip script and trial builds in `/tmp/scratch234/out`). "
      "The deny-list (`common234.extract_denylist`) holds every backticked name and every snake_case identifier of "
      "both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their "
      "`<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d) and the names and name "
      "words of those pairs (%d). It is frozen in `brief_names.json`; when `/tmp/brief234/` exists the build "
      "re-extracts it and fails if it differs (this build: %s). Ideas the two READMEs name only in prose (their "
      "*avoided* and *set aside* lists of encodings, syntaxes and vendors) were avoided by hand as well. Novelty is "
      "checked against these two READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]),
         stats["deny_status"]))

    # ------------------------------------------------------------ files and counts
    w("## Files and counts\n")
    w("| file | records | spans | span types | container kinds | notes |")
    w("|---|---|---|---|---|---|")
    w("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(pos), sum(len(r["secrets"]) for r in pos), n_types, n_kinds, len(src.get("everyday", [])),
         len(src.get("vendor", [])), len(src.get("password", [])), len(src.get("prose", [])), len(prose234.LANGS)))
    w("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(ev), sum(len(r["secrets"]) for r in ev), len({r["type"] for r in ev}), len({r["container"] for r in ev}),
        len(ENCODINGS)))
    w("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len(classes)))
    w("| `README.md` | – | – | – | – | rendered by `build.py` |")
    w("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, "
      "`language_codes` %d, `language_names` %d) |\n" % (len(deny["names"]), len(deny["syntaxes"]),
                                                         len(deny["language_codes"]), len(deny["language_names"])))
    w("Schema (same as the earlier corpora): positives `id` (`p234-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, "
      "`vendor`, `password`, `prose`). Evasions (`p234-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, "
      "`text`, `secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. "
      "Negatives (`p234-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    w("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor %d (%d "
      "candidates written down; set aside: %s). Positional passwords %d (one record per syntax; by where the text "
      "lives: %s; %d more ideas written down and set aside: %s). Prose 40 in 40 languages (spares written down and "
      "unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total "
      "%d (asked: about 450). Strings drawn through the registry (values, vendor neighbours, evasion plains and runs): %d.\n"
      % (len(vendor234.ACTIVE), len(vendor234.SPECS),
         "; ".join("%s (%s)" % (_bt(k), v) for k, v in vendor234.SET_ASIDE.items()),
         len(positional234.SYNTAXES),
         ", ".join("%s %d" % (k, sum(1 for s in positional234.SYNTAXES if s[1] == k)) for k in positional234.SUFFIX),
         len(positional234.SET_ASIDE),
         "; ".join("%s (%s)" % (_bt(k), v) for k, v in positional234.SET_ASIDE.items()),
         ", ".join("`%s` (%s)" % (c, n) for c, n in prose234.SPARES), len(neg), len(classes), len(pos), stats["registry"]))

    # ------------------------------------------------------------ conventions
    w("## Conventions\n")
    w("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or "
      "protocol element, never the quotes and never the key. Values pasted where they do not belong (a WhatsApp group "
      "export, a Zendesk ticket, a Trello comment, a Notion page, an Excel CSV, a machine-sticker OCR, an SMS, shell "
      "histories, `eas secret:create`, `fly secrets set`, `heroku config:set`, `nomad var put`, `docker secret create`, "
      "`kubectl create secret --from-literal`, a Freshdesk note, a KeePass CSV export) are labelled.")
    w("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability "
      "0.4) + one of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion "
      "passwords use only `- _ .`). The build checks `%s` for the six everyday password types and the %d owner-chosen "
      "vendor passwords, and the strict `%s` for every positional value, every prose value and every back-office-PC "
      "evasion plain." % (", ".join(C.WORLD_WORDS[:40]), len(C.WORLD_WORDS), C.OWNER_PW_RE.pattern,
                          sum(1 for s in vendor234.ACTIVE if s[3] == "@owner"), C.STRICT_PW_RE.pattern))
    w("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no "
      "negative; no evasion plain appears in any text. Values, vendor neighbours, evasion plains and runs are drawn "
      "through one registry that refuses repeats and any string in a substring relation (6+ characters) with an earlier "
      "one; a negative is redrawn if it contains any registered string of 6+ characters, a world word + joiner + tail "
      "(the password form, searched with alphanumeric boundaries), a UUID-shaped string that is not version 4, or "
      "repeats an earlier negative.")
    w("- Structured values are valid: `wtk_` keys carry a real Damm check digit over their 10-digit site number, `lrg_` "
      "secrets end in the real CRC-32 (zlib polynomial) of their 32-character body, the garment-tracker token is a real "
      "HS384 JWT, the Laravel key is `base64:` + Base64 of exactly 32 bytes, the card-reader key is Base64 of a 67-byte "
      "PKCS#8 DER with the fixed P-256 prefix `%s` and a scalar between 1 and the group order, the TOTP seed decodes to "
      "20 bytes (all checked). Every UUID-shaped substring of every text is version 4 and every JWT-shaped substring "
      "has base64url JSON header and payload and a signature length that fits its `alg` (checked). Vendor frames: the "
      "1Password service-account token is `ops_` + Base64 of real JSON, the Intercom token Base64 of `tok:…:1:0`, the "
      "SES SMTP password Base64 of 0x04 + 32 bytes, the Azure storage key Base64 of 64 bytes, the Home Assistant, n8n "
      "and Routific tokens real HS256 JWTs (checked); all 120 vendor values are checked against a regular expression "
      "built from the generator's own spec. Negatives: laundry-card Luhn digits, SSCC-18 GS1 check digits and UK VAT "
      "mod-97 checks are real, SGTIN-96 EPCs are real bit layouts with their URN, the OpenPGP armor has a real CRC-24 "
      "line, SSH keys are real `ssh-ed25519` wire blobs with real SHA256 fingerprints, lockfile integrity values, "
      "commit SHA-1s and certificate thumbprints are real digests of random bytes, the `{SSHA}` value is a real salted "
      "SHA-1 of random bytes; bcrypt and age bodies are random in the right frame."
      % everyday234.P256_PREFIX.hex())
    w("- Public neighbours are unlabelled: user names, hosts (`*.suds-and-co.example` / `.lan` / `.internal`, "
      "`*.pressmark-cleaners.example`, `*.pressmark.lan`, `*.brightlinen-hire.example` / `.internal`, private "
      "addresses), key names, and the ids written next to a vendor secret (%s) and the user half of a user / "
      "password pair." % "; ".join("%s: %s" % (s[0], s[4][0]) for s in vendor234.ACTIVE if s[4]))
    w("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically): %s. Key names are the vendor type's "
      "words in the style's case; the KeePass export puts the type's title-case words in `Title`, the neighbour (or "
      "`api`) in `Username` and the secret in `Password`." % ", ".join("`%s` (%s)" % (s[0], s[1]) for s in vendor234.STYLES))
    w("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where "
      "the text lives: %s." % (positional234.PW_PREFIX, positional234.PW_PREFIX,
                               ", ".join("`%s` (%s)" % (v, k) for k, v in positional234.SUFFIX.items())))
    w("- Prose: span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic)." % (
        prose234.PROSE_TYPE, ", ".join(_bt(f) for f in prose234.FORMATS)))
    w("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, "
      "then the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear "
      "inside its own run, if the run equals the plain, if the run would start or end with whitespace or hold a "
      "newline, or if the registry refuses plain or run.\n")

    # ------------------------------------------------------------ categories
    w("## Categories (positives)\n")
    w("Everyday (12 types): " + "; ".join("%s (%s)" % (_bt(t[0]), t[2]) for t in everyday234.TYPES) + ".\n")
    w("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (_bt(k[0]), k[1]) for k in everyday234.KINDS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the "
      "12 types and deals four consecutive types to each kind, so every kind holds four different types and every type "
      "sits in exactly 15 records (checked); secrets therefore also land in implausible places. Key names are the "
      "type's key words in the container's own case style (upper, snake, camel, pascal, kebab, dot, spaced for chats "
      "and notes, title for OCR and CSV headers).\n" % C.SEEDS["everyday_pairing"])
    w("Vendor (%d types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* in "
      "the public gitleaks rule file, *believed* from memory, *guessed* where no published shape is known, so that the "
      "type is recognisable only from the key name):\n" % len(vendor234.ACTIVE))
    for g, title in vendor234.GROUPS.items():
        items = [s for s in vendor234.ACTIVE if s[1] == g]
        parts = []
        for s in items:
            d = "%s (%s – %s" % (_bt(s[0]), vendor234.shape_desc(s[3]), PROV[s[2]])
            if s[4]:
                d += " – next to it: %s" % s[4][0]
            parts.append(d + ")")
        w("*%s* (%d): %s.\n" % (title, len(items), "; ".join(parts)))
    w("Positional passwords (%d syntaxes, span type `%s<syntax>`): %s. None of them, nor the set-aside names, is among "
      "the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; checked), and the "
      "ideas of the READMEs' set-aside lists were avoided by hand.\n" % (
          len(positional234.SYNTAXES), positional234.PW_PREFIX,
          "; ".join("`%s%s` (%s, %s)" % (positional234.PW_PREFIX, s[0], s[1], s[2]) for s in positional234.SYNTAXES)))
    w("Prose: someone tells a colleague the password of the laundrette's back-office PC and asks them not to pass it "
      "on; languages (40): %s. None of them or the spares is among the languages of either README (checked: code "
      "against the codes and all deny-listed names; name and each name word against the language names); Esperanto "
      "and Estonian are not used because this corpus uses them for number words. Scripts: %s. Persian and Urdu are "
      "right-to-left with the Latin value embedded; Ukrainian and Belarusian set the value between dashes; Armenian, "
      "Persian, Urdu, Punjabi, Nepali, Tamil, Telugu and Amharic put the copula or particle after the value (after a "
      "space); Mandarin and Thai, which write without spaces, set the value off with spaces; every value is set off by "
      "whitespace on both sides (checked).\n" % (
          ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose234.LANGS),
          ", ".join(sorted({s for _c, _n, s, _t in prose234.LANGS}))))

    # ------------------------------------------------------------ evasions
    w("## Evasion encodings\n")
    w("; ".join('%s = "%s"' % (_bt(e[0]), e[2]) for e in ENCODINGS) + ".\n")
    w("Families: " + "; ".join("%s: %s" % (e[1], _bt(e[0])) for e in ENCODINGS) + ".\n")
    w("Evasion types: " + "; ".join("%s (%s)" % (_bt(t[0]), t[2]) for t in evasions234.TYPES) + "; wordings: "
      + ", ".join(_bt(x[0]) for x in evasions234.WORDINGS) + " (container `<encoding>__<wording>`; encoding i and type "
      "j take wording (i + j) mod 3, so each encoding appears once per type and once per wording).\n")
    w("Encoders are in `enc234.enc` (the rng only adds noise the decoder ignores: machine names in the takings list, "
      "programme numbers in the spin-speed list); the decoder `dec234.decode` gets only the encoding name and the run "
      "and is written separately, importing nothing from the encoder and no `base64`, `binascii`, `codecs` or "
      "`unicodedata`, with every table retyped: the Vigenère key walk, Atbash and nines' complement by arithmetic, "
      "the three-rail zigzag rebuilt from rail counts, the 9 × 8 Polybius rows, an Ascii85 reader (with `z` and the "
      "`u` padding of the last group), a Base45 reader that rejects out-of-range triples, a z-base-32 reader and a "
      "chess-square reader that both reject non-zero padding bits, a uuencode reader with the backtick zero, Osmanya "
      "digit offsets, five-trit base 3, an Esperanto word table (`dek`, `cent`, unit + `dek`), an Estonian word table "
      "(`kümme`, `-teist`, `-kümmend`, `sada`), a code-point back-table for the upside-down look-alikes, repeating-key "
      "XOR, nibble swap, a Gray-to-binary prefix XOR, a Zeckendorf reader that rejects adjacent ones, a strike-overlay "
      "reader that insists on U+0336 after every character, Glagolitic ranges, and regular expressions plus arithmetic "
      "for the two laundrette disguises (the takings reader rejects amounts not divisible by 5p, the spin reader speeds "
      "not divisible by 10). Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per "
      "encoding while writing (0 failures); at build time every span is decoded back to its `plain` (checked).\n")
    w("Avoided on purpose (named by an earlier README in a list or in prose): Morse, both Braille forms, tarot, dice, "
      "DNA quads, EBCDIC, ChaCha20 / XTEA / RC4, base 36, duodecimal / dozenal, base 7, spreadsheet columns, day-of-year "
      "dates, delta coding, Icelandic, Māori, Japanese, Lithuanian and the other number-word languages, the optician and "
      "escape-room world disguises, sexagesimal, bcrypt radix-64, residue triples, Balinese and the other digit blocks, "
      "Colemak / Dvorak / ЙЦУКЕН / QWERTY tricks, hexagrams, tag characters, zero-width interleave, decoy interleave, "
      "parenthesized / squared / circled / fullwidth / mathematical look-alikes, quoted-printable, CSS / HTML / percent "
      "/ `\\x` escapes, ROT47, the Trithemius shift, reversal and the other positional orders on their own, Base58 / "
      "Base62, UTF-16LE Base64, base32hex. Close relatives remain and a scorer may count them as the same idea: "
      "Vigenère next to the Trithemius shift (a keyed instead of a progressive shift); Atbash next to ROT47-style "
      "substitutions; rail fence next to the earlier positional orders (a zigzag transposition); Ascii85, Base45, "
      "z-base-32 and uuencode next to the earlier byte-to-text notations (Base58 / Base62 / base32hex / bcrypt radix-64); "
      "Osmanya digits next to the earlier digit blocks; base 3 and Zeckendorf next to the earlier numeral systems; "
      "Esperanto and Estonian next to the earlier number-word languages; the upside-down text and the Glagolitic "
      "substitution next to the earlier look-alike and script substitutions (the flip also reverses the order); "
      "repeating-key XOR next to the earlier ciphers with the key in the text; nibble-swapped hex next to plain hex; "
      "Gray code next to the earlier bit codes; chess squares next to Base64 (the same six-bit grouping written as "
      "board squares); the strike-through overlay next to the zero-width interleave (a visible combining mark instead "
      "of an invisible separator); the takings and spin-speed lists next to the earlier world disguises of code points.\n")

    # ------------------------------------------------------------ negatives
    w("## Negative classes\n")
    w("| class | records | base kinds | what is in it |")
    w("|---|---|---|---|")
    for cls, desc, kinds in negatives234.CLASSES:
        w("| `%s` | %d | %s | %s |" % (cls, sum(1 for r in neg if r["class"] == cls), ", ".join(_bt(k[0]) for k in kinds), desc))
    w("\nEach base kind appears plain and wrapped " + ", ".join("`__%s`" % x for x in negatives234.WRAPPERS) + ".\n")

    # ------------------------------------------------------------ checks
    w("## Checks run by build.py before writing\n")
    w("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief234/` exists it is re-extracted and must be identical "
      "(%s)." % stats["deny_status"])
    w("- Ids `p234-s-NNNN`, `p234-e-NNNN`, `p234-n-NNNN`, consecutive; exact record and span field sets (in order); "
      "exactly one span per positive and evasion; `text[start:end] == value`; span type = record type; the value "
      "occurs exactly once in its text and has no outer whitespace; evasion spans carry `plain` and `encoding` equal "
      "to the record's `encoding`; no placement marker left in any text.")
    w("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 120 distinct types, positional "
      "95–120 distinct syntaxes (one record each), prose 40 in 40 languages, positives 440–470, evasions 66 = 22 "
      "encodings × 3 (once per type and once per wording), negatives ≥ 180 in ≥ 16 classes, span types of the sources "
      "pairwise disjoint.")
    w("- Shapes: everyday values by type (password regex, Damm digit, CRC-32 tail, HS384 JWT, Laravel key length, P-256 "
      "PKCS#8 prefix / length / scalar range, Base32 seed length); vendor values against the regex built from each spec "
      "plus frame checks (JWTs, 1Password JSON, Intercom, SES, Azure key); positional values strict password form; "
      "prose values strict form and set off by whitespace; evasion plains by type; evasion text layout (rule, `:` "
      "newline, run line, remark) and container `<encoding>__<wording>`.")
    w("- Every evasion run decodes with `dec234.decode` to its `plain`, and the run never contains or equals its plain.")
    w("- No value is reused; none appears in any other record or any negative; no evasion plain appears in any text; no "
      "negative contains a world-word password form or repeats another; every UUID-shaped substring of every text is "
      "version 4; every JWT-shaped substring is a valid JWT.")
    w("- Deny-list: every container kind (positives, evasions and negatives), span type, encoding, negative class, "
      "negative base kind and wrapper, everyday kind, vendor style, set-aside vendor, positional suffix, prose format, "
      "evasion wording and evasion type, as a whole and split at `__`; every positional syntax and set-aside syntax "
      "with `%s` stripped against the earlier syntaxes and names; every prose language code (and spare) against the "
      "codes and names, its name and name words against the language names." % positional234.PW_PREFIX)
    w("- Determinism: everything is generated twice in one process and the three JSONL files and the README must be "
      "byte-identical.")
    w("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: "
      "%d/%d): %s.\n" % (len(stats["mutations"]), sum(1 for _n, c in stats["mutations"] if c), len(stats["mutations"]),
                         ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in stats["mutations"])))

    # ------------------------------------------------------------ guessed shapes
    w("## Shapes you had to guess\n")
    for prov, title in (("read", "*Read this session* for shape in the public gitleaks default rule file "
                                 "(`gitleaks/gitleaks`, `config/gitleaks.toml`; nothing copied; every value generated; "
                                 "where the rule gives only a prefix, a case-insensitive class or a length range, the "
                                 "exact length and case are mine)"),
                        ("believed", "*Believed right from memory of public rule sets and vendor docs (not re-read this "
                                     "session)*"),
                        ("guessed", "*Guessed (length and alphabet only; most laundry-trade vendors publish no token "
                                    "format the builder knows, so these are recognisable from the key name only)*"),
                        ("owner", "*Owner-chosen passwords (portal, dashboard or device unlocked with a password the "
                                  "business picked)*")):
        items = [s for s in vendor234.ACTIVE if s[2] == prov]
        w("%s (%d): %s.\n" % (title, len(items), "; ".join("%s (%s)" % (_bt(s[0]), vendor234.shape_desc(s[3]))
                                                           for s in items)))
    w("Also invented or guessed: the everyday layouts `wtk_` (Damm digit) and `lrg_` (CRC-32 tail) and the evasion "
      "prefixes `cmx_` / `lnp-` are invented; the HS384 JWT, the Laravel `APP_KEY`, the P-256 PKCS#8 DER and the TOTP "
      "seed follow public formats for invented uses (the PKCS#8 prefix was assembled by hand from the DER of "
      "ecPublicKey / prime256v1 and checked for consistent lengths, not against a library). The machine-controller "
      "CSV, counter roster TSV and route handheld INI are invented formats; the conveyor-controller XML is invented. "
      "Syntaxes written from memory, not re-checked against manuals (notably the positional order of `cx_Oracle.connect`, "
      "`redis.Redis`, `SMBConnection`, `pymssql.connect`, `PQsetdbLogin`, `mysql_real_connect`, `Sql.newInstance`, "
      "`ConnectInfo`, `epgsql:connect`, `env:connect` in LuaSQL, `odbcConnect`; `msoffcrypto-tool … -p`, `mutool draw "
      "-p`, `sendEmail -xu/-xp`, `schtasks /rp`, `certutil -p … -importpfx`, the `mount.cifs` `user=name%secret` form, "
      "`wtype`, Maestro `inputText`, the NUT `MONITOR` field order, the Quectel `AT+QICSGP` argument order, the Odoo "
      "`execute_kw` argument order, the Wireshark-style LDAP decode layout, the Wi-Fi QR `P:` field). Evasion code points "
      "(Osmanya digits U+104A0, Glagolitic U+2C00 / U+2C30, the upside-down look-alikes, U+0336) and the Esperanto and "
      "Estonian number words are from memory and checked only by round trip; Ascii85 was checked against Python's "
      "`base64.a85encode` and uuencode against `binascii.b2a_uu` (both used only in the encoder). Negatives: ticket, "
      "heat-seal, serial, RN / CA, Oeko-Tex, MPAN and meter layouts are approximate; the SGTIN-96 uses partition 5 "
      "(7-digit company prefix) only.\n")

    # ------------------------------------------------------------ judgement calls
    w("## Judgement calls\n")
    w("- Everyday: six owner-chosen passwords (till admin, coin-op controller web UI, garment-assembly database, "
      "linen route portal, tunnel-washer HMI, kiosk maintenance) and six generated secrets (`wtk_` Damm key, `lrg_` "
      "CRC-32 secret, HS384 JWT, Laravel `APP_KEY`, P-256 PKCS#8 key, TOTP seed). The Laravel span includes the "
      "`base64:` prefix because that is the value Laravel reads; the P-256 key is bare Base64 that starts with the "
      "well-known `MEECAQAwEwYHKoZIzj0CAQYIKoZIzj0DAQcE` prefix; the TOTP seed is 32 Base32 characters with nothing "
      "but the key name to tell it from an id. Key names in everyday files say password / token / key / secret / jwt / "
      "seed – that is how such files look; the telling-key-free cases are in the positional source.")
    w("- Vendor: most laundry-trade vendors (CleanCloud, Curbside, Cents, ESD, Laundroworks, PayRange, Nayax, "
      "Cantaloupe, Datamars, ABS) publish no token format the builder knows, so those types are recognisable only from "
      "the key name (part of the test). %d vendor types carry owner-chosen passwords (CleanCloud dashboard, SPOT, "
      "Speed Queen Insights, Electrolux Professional, JENSEN, Laundrylux, Card Concepts, Metalprogetti, Esendex, "
      "MyGeotab, Webfleet – see the list above). Whole-URL credentials (the Slack incoming webhook, the Make custom webhook) are "
      "labelled whole; the Telegram bot token is labelled whole including its numeric bot id, the Ably key whole "
      "including app id and key id (the part before `:` is public on its own), the Braintree access token whole "
      "including its `access_token$production$` frame. Same-frame traps: the Gemini key is `AIza` + 35 like the Maps "
      "browser key of the negatives (public by design – the most arguable pair), the GoCardless `live_` token shares "
      "its prefix with the Adyen client key of the negatives, the Stripe `sk_live_51` key the frame of the "
      "`pk_live_51` publishable key, the reCAPTCHA secret the `6L` frame of public site keys, and many 32 / 40 / "
      "64-hex secrets look like the digests, thumbprints and commit SHAs of the negatives. Ids next to a secret stay "
      "unlabelled as the public half of a pair – including the AWS access key id beside the IAM secret and the `AKIA…` "
      "SES SMTP user name (a scorer may count an access key id as sensitive), the Pusher app key, the SendCloud public "
      "key and the ShipStation API key (which some detectors flag on their own)."
      % sum(1 for s in vendor234.ACTIVE if s[3] == "@owner"))
    w("- Passwords: labelled when the value logs in (`-P` after `-U` in ipmitool, `-P` after `-u` in mosquitto_pub, `-a` "
      "in redis-cli, `-xp` in sendEmail, `user,secret` in lftp, `user/secret@` in sqlplus, `user%secret` in mount.cifs, "
      "`using` in db2, positional after a share in `net use`, `/rp` in schtasks; library call positions in Python, "
      "Node, Java, Groovy, C#, Go, Rust, Ruby, PHP, Perl, C, Elixir, PowerShell, VBScript, Arduino, Lua, R, Haskell and "
      "Erlang), unlocks or decrypts (`unrar -p`, `rar -hp`, `mutool -p`, `msoffcrypto-tool -p`, `certutil -p`, "
      "`security unlock-keychain -p`, gpg with `--passphrase-fd 0`, `zfs load-key`, PEM, PKCS#12 and zip4j loads, "
      "SQLCipher `ATTACH … KEY`, MySQL `AES_ENCRYPT`, `openssl_encrypt`), signs with a literal (cookie-parser, Iron, "
      "PyJWT, jwt-go, jsonwebtoken, ruby-jwt, firebase/php-jwt, Joken, gorilla sessions), is stored for later use "
      "(`htpasswd -b`, `mosquitto_passwd -b`, `rabbitmqctl add_user`, `samba-tool user create`, `chpasswd`, `passwd "
      "--stdin`, `keyctl padd`, `secret-tool store`, `vncpasswd -f`, `ansible-vault encrypt_string`, `CREATE USER … "
      "IDENTIFIED BY`, `CREATE DATABASE LINK … IDENTIFIED BY`, `wpa_passphrase`), sits in a file by position (davfs2, "
      "Postfix `sasl_passwd`, Exim `passwd.client`, `rsyncd.secrets`, the lighttpd plain user file, `saned.users`, the "
      "NUT `MONITOR` line, a WLAN profile `keyMaterial`, three invented laundrette files), travels in a protocol exchange "
      "(SOCKS5 RFC 1929, Quectel `AT+QICSGP`, a Socket.IO frame, Odoo JSON-RPC `execute_kw`, an LDAP simple bind, a "
      "JAX-WS `arg1`, the Wi-Fi QR payload) or is typed by UI automation (neutral field ids `f1` / `f2`). Weakest kept "
      "cases, with a hint nearby: the `Adding password for user` line after `htpasswd`, `Changing password for user` "
      "after `passwd --stdin` (tool output, not a key), `keyType passPhrase` two lines above `keyMaterial`, the invented "
      "files' headers (`unlock`, `code`), `simple:` in the LDAP decode, `P:` in the Wi-Fi QR payload (a one-letter "
      "field name) and `-a` (auth) in redis-cli. The Wi-Fi network keys (`wpa_passphrase`, `WiFi.begin`, the WLAN "
      "profile, the QR payload) are shared secrets, not personal passwords (kept; a scorer may disagree). Syntaxes whose "
      "flag or function says pass / passwd / password / pw / passphrase right before the value were not written; tool and "
      "file names that contain such a word were kept when something else stands between them and the value "
      "(`htpasswd -b file user`, `mosquitto_passwd -b file user`, `wpa_passphrase SSID`, `echo … | chpasswd`, `passwd "
      "--stdin`, `vncpasswd -f`, gpg `--passphrase-fd 0`, Postfix `sasl_passwd`, Exim `passwd.client`). "
      "Closest relatives of earlier syntaxes, kept because the tool, file or mechanism differs: glued `unrar -p` / `rar "
      "-hp` (earlier glued `7z -p` / `arj -g`), `ipmitool -U/-P` and `mosquitto_pub -u/-P` (earlier `bcp -U/-P`, "
      "`rdesktop -u/-p`), `samba-tool user create` (earlier `net user … /add`), `mount.cifs user=u%secret` (earlier "
      "`smbclient -U u%secret`), `redis-cli -a` (earlier `redis-cli -u` URI userinfo and the RESP `AUTH` frame), the DB-driver connect calls (earlier Jdbi, SQLAlchemy `URL.create`, ldap3), the JWT "
      "signing calls (earlier authlib, jsonwebtoken), `CREATE USER … IDENTIFIED BY` (earlier `sp_addlogin`), SQLCipher "
      "`ATTACH … KEY` (earlier `PRAGMA key`), Postfix / Exim / rsyncd / lighttpd colon files (earlier stunnel, dovecot, "
      "pgpass), the Socket.IO and JAX-WS frames (earlier XML-RPC), Quectel `AT+QICSGP` (earlier `AT+CWSAP`), and the "
      "ten UI-automation tools (earlier Cypress, Playwright, Katalon, Capybara, AppleScript, kitty and nut.js forms).")
    w("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "Spanish, French, German, Italian, Portuguese (European), Dutch, Polish, Czech, Slovak, Croatian, Romanian, "
      "Bulgarian, Ukrainian, Greek, Turkish, Indonesian, Mandarin, Afrikaans, Finnish; modest for Slovenian, "
      "Hungarian, Belarusian, Macedonian, Albanian, Azerbaijani, Persian, Urdu, Bengali, Nepali, Vietnamese, Swahili, "
      "Welsh, Thai; low for Georgian, Armenian, Punjabi, Tamil, Telugu, Amharic, Somali. Loan words (`password` in "
      "Urdu, Bengali, Punjabi, Nepali and Telugu; `computer` in many) are kept as people use them. `azj` is North "
      "Azerbaijani (named Azerbaijani here), `pes` Iranian Persian, `npi` Nepali, `swh` Swahili, `cmn` Mandarin "
      "Chinese (named Mandarin so that no name word overlaps an earlier language name).")
    w("- Evasions: the Vigenère key advances on every character, including `_ . -` (stated in the rule); Ascii85 and "
      "Base45 runs contain punctuation (`<~`, `\"`, `$`, `%`, `:` and spaces inside Base45 runs – a Base45 run is never "
      "allowed to start or end with a space); repeating-key XOR uses the same key for every record, so the `cmx_` "
      "plains all begin with the same 4 XORed bytes and the `lnp-` plains too; the takings and spin-speed disguises "
      "look like ordinary Z-report and programme data and sit next to a genuine takings sheet in the negatives; the "
      "upside-down run uses Lisu, Hangul-jamo and Bopomofo look-alikes for some capitals and digits.")
    w("- Negatives: ticket, heat-seal, SGTIN, serial, card, care-label, VAT, SSCC, meter and certificate numbers are "
      "identifiers (the laundry-card numbers are closed-loop stored-value cards, Luhn-valid but not payment cards); the "
      "Stripe `pk_live_51`, Square application id, Maps browser key, Adyen client key, Mapbox `pk.` token and PayPal "
      "client id are public by design (the Maps key shares the `AIza` frame of the labelled Gemini key – the most "
      "arguable negative); the placeholders include the widely published Telegram documentation token and runs of "
      "`x` in real prefixes (`ghp_xxxx…`, the Slack webhook with `XXXX`); stars, `[hidden]`, ellipses and last-four "
      "displays carry no value; ExternalSecret refs, `${…}`, `op://`, ARNs and GCP secret paths are pointers; bcrypt "
      "and `{SSHA}` strings are one-way hashes (the SQL column is called `password` – a trap); PGP and age armor is "
      "ciphertext; SSH public keys, fingerprints, OAuth client ids, Entra app / tenant ids and certificate thumbprints "
      "are public; lockfile integrity values and commit SHAs are digests; policy prose names passwords without giving "
      "one. Random fillers are generated, so an entropy-only detector will hit them – that is the point.\n")

    # ------------------------------------------------------------ sources
    w("## Sources consulted\n")
    w("- The two READMEs in `/tmp/brief234/` (p231 and p232), for format and coverage only. The detector was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no "
      "other `/tmp` directory except `/tmp/scratch234/` was looked at.")
    w("- External, read for shape only (nothing copied; every credential-looking value is generated): the public "
      "gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's "
      "`fetch` into its own mirror directory and extracted with `git show` into `/tmp/scratch234/`), read for the rules "
      "behind every vendor type marked *read this session* above (among them Stripe `sk_live_`, GoCardless `live_`, "
      "Shopify `shpat_`, Mailchimp `-usNN`, Slack `xoxb-` and the incoming-webhook URL, Telegram `:A`, MessageBird, "
      "Brevo `xkeysib-`, Mailgun `key-` and the signing-key form, Zendesk, OpenAI `sk-proj-` with `T3BlbkFJ`, "
      "Anthropic `sk-ant-api03-`, Perplexity `pplx-`, Google `AIza`, Hugging Face `hf_`, GitHub `ghp_` / `gho_` / "
      "`ghr_`, GitLab `glpat-` / `gldt-`, npm `npm_`, RubyGems, Sentry `sntryu_`, Heroku `HRKU-AA`, Fly `fo1_`, "
      "Cloudflare origin CA `v1.0-`, Airtable `pat….`, Notion `ntn_`, Snyk, JFrog `cmVmd`, Pulumi `pul-`, 1Password "
      "`ops_eyJ`, DigitalOcean `dop_v1_`) and for the shapes it confirms for believed types. Betterleaks, Kingfisher, "
      "CredSweeper and vendor documentation were not opened this session; the remaining shapes come from the builder's "
      "memory and are marked above as believed or guessed. Python's standard library (`hashlib`, `hmac`, `base64`, "
      "`binascii`, `json`, `zlib`) computes the digests, HMACs, check values and encodings of generated values.")
    return "\n".join(L) + "\n"
