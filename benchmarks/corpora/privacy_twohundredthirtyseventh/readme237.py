"""Renders README.md from the generated data."""
from collections import Counter

import enc237
import everyday237
import evasions237
import negatives237
import positional237
import prose237
import vendor237

ORIGIN_TXT = {"read": "read this session in the public gitleaks rules", "believed": "believed from memory",
              "guessed": "guessed", "owner": "owner-chosen"}


def bt(s):
    return "`%s`" % s


def render(data, deny, deny_status, clean_errs, mutations, registry_size):
    S, Ev, N = data["secrets"], data["evasions"], data["negatives"]
    src = Counter(r["source"] for r in S)
    L = []
    A = L.append
    A("# privacy_twohundredthirtyseventh (p237) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**dentists**: dental practices, orthodontists and dental labs – the practice website and patient portal (Next.js "
      "`.env.local`, WordPress `wp-config.php`, Django settings, Netlify), the patient app (Capacitor, react-native-config, "
      "Gradle properties, an Xcode `.xcconfig`), the practice-management system and its bridges (Open Dental "
      "`FreeDentalConfig.xml`, a Windows service `.exe.config`, a TWAIN imaging-bridge INI, an Orthanc PACS configuration), "
      "the intraoral-scanner cart (Windows `autounattend.xml`, a PowerShell DSC data file), the sterilisation room (an "
      "Arduino `arduino_secrets.h` cycle logger, Telegraf, Zigbee2MQTT), the dental lab (CAD settings XML, a mill bridge "
      "INI, a printer-fleet JSON, a NestJS / Prisma / Quarkus lab ERP), the orthodontic planner (Tauri, RON, Viper TOML, "
      "dbt profiles, a Jupyter cell), ops (Kustomize, Argo CD, GitHub Actions, GitLab CI, Jenkins, Packer, Salt, Chef, "
      "Puppet Hiera, Podman Quadlet, zsh history, direnv) and the messy places values get pasted (a Slack export, a Teams "
      "chat, an MSP ConnectWise note, a Google Sheets CSV, a sticky-note OCR); secrets of this world such as a "
      "Verhoeff-checked `dxr_` imaging-relay key, a CRC-16-tailed `dlw_` lab-webhook secret, a Luhn-mod-36 `rcl_` recall "
      "token, a clamped WireGuard private key, a Django `SECRET_KEY` and an HS512 treatment-plan JWT; the trade's own "
      "services (Open Dental, Dentally, NexHealth, Weave, Dentrix Ascend, Curve, Henry Schein One, Carestream, Sidexis, "
      "DEXIS, iTero, Invisalign, Medit, 3Shape, exocad, Formlabs, SprintRay, Labtrac, Dental Intelligence, RevenueWell, "
      "Lighthouse 360, Solutionreach, Modento, DentalXChange, Vyne, CareCredit, Sunbit, Cherry, Pearl, Overjet, OrthoFi, "
      "Dolphin, NHS Compass, Tuttnauer, SciCan, Zocdoc, Doctolib, Eaglesoft, Planmeca Romexis) plus the commerce, "
      "messaging, AI, developer and ops services such developers use (120 vendor types in all); with hard negatives from "
      "the same world (FDI charting, CDT fee lines, Luhn-checked NPIs, DEA numbers with their check digit, implant UDIs "
      "with GS1 check digits, DICOM UIDs, sterilizer printouts, lab prescriptions, public client keys, placeholders, "
      "masked displays, Key Vault references, argon2 / Django hashes, WireGuard public keys, installer digests, HIPAA "
      "training prose, X12 / HL7 envelopes with empty security fields, appointment codes). Everything is produced by "
      "`build.py` and its modules (`common237.py`, `everyday237.py`, `vendor237.py`, `positional237.py`, `prose237.py`, "
      "`enc237.py`, `dec237.py`, `evasions237.py`, `negatives237.py`, `checks237.py`, `readme237.py`, frozen deny-list "
      "`brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (23701 everyday values, 23711 "
      "everyday pairing, 23702 vendor, 23703 positional, 23704 prose, 23705 evasions, 23706 negatives), no clock, no "
      "network. `python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three "
      "JSONL files, runs every check and %d mutation tests, renders this README from both generations and compares it, "
      "and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief237/`.\n" % len(mutations))
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredthirtyseventh/`) was created (with `mkdir -p`) and written; the only "
      "listings made there were `ls -la` of this directory itself (right after creating it, which prints its own `.` and "
      "`..` entries, and after the final build) and reads, edits and runs of its own files; its parent was never listed "
      "or searched, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. "
      "The only project material read were the two READMEs in `/tmp/brief237/` (`README_twohundredthirtyfourth.md`, "
      "p234, laundrettes; `README_twohundredthirtyfifth.md`, p235, surf schools; the directory was listed once with "
      "`ls -la` and the files sized with `wc -c`), read with `cat`, `sed`, `grep` and small Python slices, used only to "
      "learn the file format and what is already covered. No other `/tmp` directory was looked at except the scratch "
      "directory `/tmp/scratch237/` (an extracted copy of the public gitleaks rule file, an encoder / decoder round-trip "
      "script and trial builds). The deny-list (`common237.extract_denylist`) holds every backticked name and every "
      "snake_case identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional "
      "syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d) and the "
      "names and name words of those pairs (%d). It is frozen in `brief_names.json`; when `/tmp/brief237/` exists the "
      "build re-extracts it and fails if it differs (this build: %s). Ideas the two READMEs name only in prose (their "
      "*avoided* and *set aside* lists of encodings, syntaxes, vendors and languages) were avoided by hand as well. "
      "Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, languages or "
      "notations.\n" % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]),
                        len(deny["language_names"]), deny_status))

    # ------------------------------------------------------------ files and counts
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(S), sum(len(r["secrets"]) for r in S), len({r["type"] for r in S}), len({r["container"] for r in S}),
        src["everyday"], src["vendor"], src["password"], src["prose"], src["prose"]))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(Ev), len(Ev), len({r["type"] for r in Ev}), len({r["container"] for r in Ev}), len({r["encoding"] for r in Ev})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len({r["container"] for r in N}),
                                                             len({r["class"] for r in N})))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema (same as the earlier corpora): positives `id` (`p237-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, "
      "`vendor`, `password`, `prose`). Evasions (`p237-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, "
      "`text`, `secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. "
      "Negatives (`p237-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    where = Counter(e[1] for e in positional237.SYNTAXES)
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (%d "
      "candidates written down; set aside: %s). Positional passwords %d (one record per syntax; by where the text lives: "
      "%s; %d more ideas written down and set aside: %s). Prose 40 in 40 languages (spares written down and unused: %s). "
      "Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: "
      "about 450). Strings drawn through the registry (values, generated vendor neighbours, Base64 positional values and "
      "their inner passwords, evasion plains and runs): %d.\n" % (
          len(vendor237.VENDORS) + len(vendor237.SET_ASIDE),
          "; ".join("%s (%s)" % (bt(n), w) for n, w in vendor237.SET_ASIDE), src["password"],
          ", ".join("%s %d" % (k, v) for k, v in where.most_common()), len(positional237.SET_ASIDE),
          "; ".join("%s (%s)" % (bt(n), w) for n, w in positional237.SET_ASIDE),
          ", ".join("%s (%s)" % (bt(c), n) for c, n in prose237.SPARES), len(N), len(negatives237.CLASSES), len(S),
          registry_size))

    # ------------------------------------------------------------ conventions
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or "
      "protocol element, never the quotes and never the key. Values pasted where they do not belong (a Slack export, a "
      "Teams chat copy, an MSP ticket note, a Google Sheets CSV, a sticky-note OCR, zsh history, `gh secret set`, "
      "`az keyvault secret set`, `aws ssm put-parameter`, `vault kv put`, `Set-Secret`, `helm --set`, a Signal message, "
      "a Bitwarden JSON export, a Kubernetes `stringData` block) are labelled.")
    A("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability "
      "0.4) + one of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords "
      "use only `- _ .`; the X12 `ISA04` value uses a word of at most four letters so that it fits ten characters). The "
      "build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the 12 "
      "owner-chosen vendor passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every positional "
      "value (for the three Base64 spans: the password inside), every prose value and every front-desk evasion plain." % (
          ", ".join(__import__("common237").WORLD_WORDS[:40]), len(__import__("common237").WORLD_WORDS)))
    A("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no "
      "negative; no evasion plain appears in any text. Values, generated vendor neighbours, Base64 positional values "
      "and their inner passwords, evasion plains and runs are drawn through one registry that refuses repeats and any "
      "string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any "
      "registered string of 6+ characters, a world word + joiner + tail (the password form, searched with alphanumeric "
      "boundaries), a UUID-shaped string that is not version 4, or repeats an earlier negative.")
    A("- Structured values are valid: `dxr_` keys carry a real Verhoeff check digit over their 9-digit practice number, "
      "`dlw_` secrets end in the real CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF; check value of `123456789` is "
      "0x29B1, asserted) of their 36-character body, `rcl_` tokens end in a real Luhn mod 36 check character, the "
      "WireGuard key is Base64 of exactly 32 bytes with X25519 clamping, the Django key uses only Django's generator "
      "alphabet, the treatment-plan token is a real HS512 JWT (all checked). Every UUID-shaped substring of every text "
      "is version 4 and every JWT-shaped substring of a positive or evasion text has base64url JSON header and payload "
      "and a signature length that fits its `alg` (checked). Vendor frames: the Mapbox secret token carries base64url "
      "JSON, the Sentry org token and the Grafana Cloud token standard Base64 of real JSON, the Supabase service-role "
      "key and the Calendly token are real HS256 JWTs, the Bitwarden access token ends in Base64 of 16 bytes, the Azure "
      "Communication Services key is Base64 of 64 bytes (checked); all 120 vendor values are checked against a regular "
      "expression built from the generator's own spec. Negatives: NPI Luhn digits (over the `80840` prefix), DEA check "
      "digits and GS1 GTIN-14 check digits are real; DICOM `2.25.` UIDs are the decimal form of real UUIDv4s; installer "
      "checksums and image digests are real SHA-256 of random bytes; argon2id, Django PBKDF2 and WireGuard public-key "
      "bodies are random in the right frame.")
    nb = [(e[0], e[4][0]) for e in vendor237.VENDORS if e[4]]
    A("- Public neighbours are unlabelled: user names, hosts (`*.brightbite.internal`, `*.brightbite-dental.example`, "
      "`*.smileline.internal` / `.example`, `*.crownworks-lab.internal` / `.example`, private addresses), key names, and "
      "the ids written next to a vendor secret (%s) and the user half of a user / password pair." % "; ".join(
          "%s: %s" % (a, b) for a, b in nb))
    A("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically): %s. Key names are the vendor type's "
      "words in the style's case; the Bitwarden export puts the type's title-case words in `name`, the neighbour (or "
      "`api`) in `login.username` and the secret in `login.password`." % ", ".join(
          "%s (%s)" % (bt(s), c) for s, c in vendor237.STYLES))
    A("- Positional passwords: span type `dntpw_<syntax>`, container `dntpw_<syntax>__<suffix>` where the suffix says "
      "where the text lives: %s." % ", ".join("%s (%s)" % (bt(v), k) for k, v in positional237.SUFFIX.items()))
    A("- Prose: span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic)." % (
        prose237.SPAN_TYPE, ", ".join(bt(f) for f in prose237.FORMATS)))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, "
      "then the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear "
      "inside its own run, if the run equals the plain, if the run would start or end with whitespace or hold a "
      "newline, or if the registry refuses plain or run.\n")

    # ------------------------------------------------------------ categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t[0]), t[2]) for t in everyday237.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(k[0]), k[1]) for k in everyday237.KINDS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 23711) of the "
      "12 types and deals four consecutive types to each kind, so every kind holds four different types and every type "
      "sits in exactly 15 records (checked); secrets therefore also land in implausible places (a WireGuard key in a "
      "Quarkus profile, a JWT on a sticky note). Key names are the type's key words in the container's case style "
      "(upper, snake, camel, pascal, kebab, dot with a `crownworks.` prefix in the Quarkus file, spaced in chats, title "
      "in the CSV and the OCR).\n")
    groups = []
    for e in vendor237.VENDORS:
        if e[1] not in groups:
            groups.append(e[1])
    A("Vendor (120 types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* in "
      "the public gitleaks rule file, *believed* from memory, *guessed* where no published shape is known, so that the "
      "type is recognisable only from the key name):\n")
    for g in groups:
        es = [e for e in vendor237.VENDORS if e[1] == g]
        A("*%s* (%d): %s.\n" % (g, len(es), "; ".join(
            "%s (%s – %s%s)" % (bt(e[0]), vendor237.vendor_spec(e)[3], ORIGIN_TXT[e[3]],
                                (" – next to it: " + e[4][0]) if e[4] else "") for e in es)))
    A("Positional passwords (%d syntaxes, span type `dntpw_<syntax>`): %s. None of them, nor the set-aside names, is "
      "among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; checked), and "
      "the ideas of the READMEs' set-aside lists were avoided by hand.\n" % (
          len(positional237.SYNTAXES), "; ".join("%s (%s, %s)" % (bt("dntpw_" + e[0]), e[1], e[2].replace("`", "'"))
                                                for e in positional237.SYNTAXES)))
    scripts = sorted({l[2] for l in prose237.LANGS})
    A("Prose: someone tells a colleague the password of the practice's reception PC and asks them to keep it to "
      "themselves; languages (40): %s. None of them or the spares is among the languages of either README (checked: "
      "code against the codes and all deny-listed names; name and each name word against the language names); Basque "
      "is kept out of the prose because this corpus uses it for number words, and Hebrew because it is used for the "
      "gematria encoding. Scripts: %s. Yiddish is right-to-left with the Latin value embedded; Korean, Hindi, Marathi, "
      "Gujarati, Malayalam and Tajik put a copula or particle after the value (after a space); Cantonese, Khmer, Lao and "
      "Burmese, which write without spaces between words, set the value off with spaces; every value is set off by "
      "whitespace on both sides (checked).\n" % (
          ", ".join("%s (%s)" % (bt(c), n) for c, n, _s, _t in prose237.LANGS), ", ".join(scripts)))

    # ------------------------------------------------------------ evasions
    A("## Evasion encodings\n")
    A("; ".join("%s = \"%s\"" % (bt(n), enc237.RULES[n]) for n in enc237.ENCODINGS) + ".\n")
    A("Families: " + "; ".join("%s: %s" % (enc237.FAMILIES[n], bt(n)) for n in enc237.ENCODINGS) + ".\n")
    A("Evasion types: %s; wordings: %s (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) "
      "mod 3, so each encoding appears once per type and once per wording).\n" % (
          "; ".join("%s (%s)" % (bt(t[0]), t[2]) for t in evasions237.TYPES),
          ", ".join(bt(w[0]) for w in evasions237.WORDINGS)))
    A("Encoders are in `enc237.enc` (the rng only adds noise the decoder ignores: the tooth numbers of the perio chart, "
      "the teeth and kV values of the exposure log); the decoder `dec237.decode` gets only the encoding name and the run "
      "and is written separately, importing nothing from the encoder and no `base64`, `binascii`, `codecs` or "
      "`unicodedata`, with every table retyped: a Basque vigesimal parser (`-ta` compounds, `ehun eta`), a Roman "
      "reader that insists on canonical numerals, Hebrew letter values, Aegean and Kaktovik code-point ranges, a "
      "negabinary reader, a prime-factor reader that insists on ascending primes, an Elias gamma reader that checks the "
      "zero prefix, a Bubble Babble reader that replays the checksum seed and verifies the closing group, the Beaufort "
      "key walk, the ORTHODONTIC keyword row, Coptic case pairs, regional indicators with the ↑ capital mark and "
      "keycaps, CJK packing arithmetic, an element table typed as one comma string, FDI tooth and VITA shade tables (the "
      "tooth reader rejects non-zero padding bits), regular expressions for the perio chart and the exposure log, a "
      "small Brainfuck interpreter with a step limit, a multi-tap key table and a Unicode-name table built from "
      "letters and digit words. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per "
      "encoding while writing (0 failures); at build time every span is decoded back to its `plain` (checked). The "
      "encoder of the Unicode names uses `unicodedata.name`, so that encoder and decoder tables are independent.\n")
    A("Avoided on purpose (named by an earlier README in a list or in prose): Morse, Braille, tarot, dice, DNA quads, "
      "EBCDIC, the stream ciphers, base 36, dozenal, base 7, spreadsheet columns, day-of-year dates, delta coding, "
      "sexagesimal, bcrypt radix-64, residue triples, every digit block and number-word language named there "
      "(Icelandic, Māori, Japanese, Lithuanian, Latin, Swahili, Esperanto, Estonian, Osmanya, Balinese, Mayan …), "
      "keyboard-layout tricks, hexagrams, tag characters, zero-width and decoy interleaves, the enclosed / fullwidth / "
      "mathematical look-alikes, quoted-printable and escapes, ROT47, Trithemius, Vigenère, Atbash, affine, rail fence, "
      "columnar transposition, Polybius, Bacon, Ascii85, Base45, z-base-32, uuencode, xxencode, Z85, Base58 / Base62, "
      "base32hex, variation selectors, upside-down text, the strike-through overlay, XOR, nibble swap, Gray code, "
      "Zeckendorf, powers of two, 255 − byte, base 3, balanced ternary, factoradic, shuffled positions, MAC and IPv4 "
      "groups, chess squares, Glagolitic and the laundrette and surf disguises. Close relatives remain and a scorer may "
      "count them as the same idea: Beaufort next to Vigenère (a reciprocal keyed shift instead of an additive one); "
      "the keyword alphabet next to Atbash (a keyed instead of a mirrored substitution); Coptic next to Glagolitic "
      "(another script with case pairs); Kaktovik next to the earlier digit blocks (but in base 20); Roman, Hebrew and "
      "Aegean numerals next to the earlier spelled and blocked numerals (all additive systems); Basque next to the "
      "earlier number-word languages; negabinary next to base 3; Elias gamma next to the earlier bit codes; Bubble "
      "Babble and CJK packing next to the earlier byte-to-text notations; prime factors next to the powers-of-two sums; "
      "the regional indicators next to the earlier look-alike blocks; the four dental disguises next to the earlier "
      "world disguises (the FDI teeth are the same five-bit idea as z-base-32, the VITA shades the same nibble idea as "
      "hex). The Brainfuck program, the phone multi-tap and the Unicode names have no close relative in either README; "
      "the regional-indicator run renders as a row of flags and may be the most surprising.\n")

    # ------------------------------------------------------------ negatives
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    nc = Counter(r["class"] for r in N)
    for c in negatives237.CLASSES:
        A("| %s | %d | %s | %s |" % (bt(c[0]), nc[c[0]], ", ".join(bt(k) for k in c[1]), c[3]))
    A("\nEach base kind appears plain and wrapped %s.\n" % ", ".join(bt("__" + w[0]) for w in negatives237.WRAPPERS))

    # ------------------------------------------------------------ checks
    A("## Checks run by build.py before writing\n")
    A("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief237/` exists it is re-extracted and must be identical (%s)." % deny_status)
    A("- Ids `p237-s-NNNN`, `p237-e-NNNN`, `p237-n-NNNN`, consecutive; exact record and span field sets (in order); "
      "exactly one span per positive and evasion; `text[start:end] == value`; span type = record type; the value occurs "
      "exactly once in its text and has no outer whitespace; evasion spans carry `plain` and `encoding` equal to the "
      "record's `encoding`; no placement marker left in any text.")
    A("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 120 distinct types with containers "
      "`<type>__<style>`, positional 95–120 distinct syntaxes (one record each), prose 40 in 40 languages, positives "
      "440–470, evasions 66 = 22 encodings × 3 (once per type and once per wording), negatives ≥ 180 in ≥ 16 classes, "
      "no repeated negative text, span types of the sources pairwise disjoint.")
    A("- Shapes: everyday values by type (password regex, Verhoeff digit, CRC-16 tail, Luhn mod 36, WireGuard clamping "
      "and length, Django alphabet and length, HS512 JWT); vendor values against the regex built from each spec plus "
      "frame checks (JSON inside Mapbox, Sentry and Grafana tokens, JWTs, Bitwarden, ACS key); positional values strict "
      "password form (Base64 spans decoded first, the user half checked); prose values strict form and set off by "
      "whitespace; evasion plains by type; evasion text layout (rule, `:` newline, run line, remark) and container "
      "`<encoding>__<wording>`.")
    A("- Every evasion run decodes with `dec237.decode` to its `plain`, and the run never contains or equals its plain.")
    A("- No value is reused; none appears in any other record or any negative; no evasion plain appears in any text; no "
      "negative contains a world-word password form; every UUID-shaped substring of every text is version 4; every "
      "JWT-shaped substring of a positive or evasion text is a valid JWT.")
    A("- Deny-list: every container kind (positives, evasions and negatives), span type, encoding, negative class, "
      "negative base kind and wrapper, everyday kind and type, vendor style, set-aside vendor, positional suffix, prose "
      "format, evasion wording and evasion type, as a whole and split at `__`; every positional syntax and set-aside "
      "syntax with `dntpw_` stripped against the earlier syntaxes and names; every prose language code (and spare) "
      "against the codes and names, its name and name words against the language names.")
    A("- Determinism: everything is generated twice in one process and the three JSONL files and the README must be "
      "byte-identical.")
    A("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: "
      "%d/%d): %s. Clean run errors: %d.\n" % (
          len(mutations), sum(1 for _n, ok in mutations if ok), len(mutations),
          ", ".join("%s (%s)" % (bt(n), "caught" if ok else "MISSED") for n, ok in mutations), len(clean_errs)))

    # ------------------------------------------------------------ shapes
    A("## Shapes you had to guess\n")
    for origin, head in (("read", "*Read this session* for shape in the public gitleaks default rule file "
                                   "(`gitleaks/gitleaks`, `config/gitleaks.toml`; nothing copied; every value generated; "
                                   "where the rule gives only a prefix, a case-insensitive class or a length range, the "
                                   "exact length and case are mine)"),
                         ("believed", "*Believed right from memory of public rule sets and vendor docs (not re-read this session)*"),
                         ("guessed", "*Guessed (length and alphabet only; most dental-trade vendors publish no token "
                                     "format the builder knows, so these are recognisable from the key name only)*"),
                         ("owner", "*Owner-chosen passwords (a trade portal, imaging server or database unlocked with a "
                                   "password the practice or lab picked)*")):
        es = [e for e in vendor237.VENDORS if e[3] == origin]
        A("%s (%d): %s.\n" % (head, len(es), "; ".join("%s (%s)" % (bt(e[0]), vendor237.vendor_spec(e)[3]) for e in es)))
    A("Also invented or guessed: the everyday layouts `dxr_` (Verhoeff digit), `dlw_` (CRC-16 tail) and `rcl_` (Luhn "
      "mod 36) and the evasion prefixes `xsc_` / `dlp-` are invented; the WireGuard key, the Django key and the HS512 "
      "JWT are real formats used for invented purposes. The operatory roster CSV, the courier manifest and the sensor "
      "unlock list are invented formats of this world. Syntaxes written from memory, not re-checked against manuals "
      "(notably the positional orders of `Workbooks.Open` (password fifth), `Net::SMTP.start`, `LogonUser`, "
      "`DriverManagerDataSource`, `LDAPConnection`, `Database.forURL`, `gomail.NewDialer`, `CREATE LINKED TABLE`, "
      "ClickHouse `mysql()`, `DBMS_SCHEDULER.CREATE_CREDENTIAL`, `AT+CGAUTH`, `AT+MQTTUSERCFG`, `AT+CMQTTCONNECT`, the "
      "Grandstream P-value 34, the DICOM user-identity decode layout, `qpdf --encrypt` with an empty owner string, "
      "`zpaq -key`, `vmrun -gp`, `nmcli --ask` reading stdin, `keepassxc-cli` reading the database unlock from a pipe "
      "and the Power Automate Desktop action syntax). Evasion code points (Aegean U+10107–U+10119, Kaktovik "
      "U+1D2C0–U+1D2D3, Coptic U+2C80–U+2CC7, regional indicators U+1F1E6–U+1F1FF, keycap U+20E3) and the Basque number "
      "words are from memory and checked only by round trip; Bubble Babble was checked against the published test "
      "vectors `xexax` (empty) and `xesef-disof-gytuf-katof-movif-baxux` (`1234567890`), CRC-16/CCITT-FALSE against its "
      "check value 0x29B1 and Verhoeff against the textbook example 236 → 3 (asserted at import). Negatives: NPI, DEA, "
      "UDI, GDC, serial, member and claim layouts are approximate.\n")

    # ------------------------------------------------------------ judgement calls
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (PMS database, imaging bridge, scanner cart, autoclave logger, lab portal, "
      "ortho planner) and six generated secrets (`dxr_` Verhoeff key, `dlw_` CRC-16 secret, `rcl_` Luhn-36 token, "
      "WireGuard private key, Django `SECRET_KEY`, HS512 JWT). The WireGuard key is bare Base64 with nothing but the "
      "key name to tell it from the peer public keys of the negatives (same shape – the most arguable pair of this "
      "corpus); the Django key may contain `$ # % ^ & * ( ) = +` and is written verbatim even where a shell or YAML "
      "line would want quoting. Key names in everyday files say password / key / secret / token / jwt – that is how "
      "such files look; the telling-key-free cases are in the positional source.")
    A("- Vendor: most dental-trade vendors (Open Dental API keys, Dentally, NexHealth, Weave, Dentrix Ascend, Curve, "
      "Medit, 3Shape, exocad, Formlabs, SprintRay, Dental Intelligence, RevenueWell, Lighthouse 360, Solutionreach, "
      "Modento, Vyne, CareCredit, Sunbit, Cherry, Pearl, Overjet, OrthoFi, Tuttnauer, Henry Schein punch-out, Zocdoc, "
      "Doctolib) publish no token format the builder knows, so their types are recognisable only from the key name "
      "(part of the test). 12 vendor types carry owner-chosen passwords (Carestream, Sidexis, DEXIS, iTero, Invisalign, "
      "Labtrac, DentalXChange, Dolphin, NHS Compass, SciCan, Eaglesoft, Planmeca Romexis). Whole-URL credentials (Teams, "
      "Discord and Google Chat webhooks) are labelled whole; the Google Chat URL contains an `AIzaSy` key that is the "
      "same for every Chat webhook and is not secret on its own – the `token=` part is what makes the URL a "
      "credential. The Bitwarden access token is labelled whole including its public UUID id. Same-frame traps: the "
      "Stripe `rk_live_51` restricted key against the `pk_live_51` publishable key of the negatives; the Clerk "
      "`sk_live_` key and the ElevenLabs `sk_` key next to Stripe's frame; the hCaptcha secret `0x` + 40 hex and the "
      "Turnstile secret `0x4AAAAAAA` against the Turnstile site key of the negatives; the Mapbox `sk.` token against the "
      "`pk.` token of the negatives; UUIDv4 secrets (Postmark, RevenueWell, Splunk HEC, MongoDB Atlas, ClickSend in "
      "upper case) against UUIDv4 ids in the negatives (hCaptcha site keys, DICOM `2.25.` UIDs in decimal); many 32 / "
      "40 / 64-hex secrets against the digests of the negatives. Ids next to a secret stay unlabelled as the public "
      "half of a pair – including the Plaid client id, the WooCommerce `ck_` consumer key, the Mailjet API key, the "
      "Vonage API key, the R2 access key id, the B2 key id and the Spaces access key (a scorer may count some of these "
      "as sensitive), and the PayPal client id, which looks like an 80-character secret.")
    A("- Passwords: labelled when the value logs in (flags `-p` glued and spaced, `-P`, `-A`, `-gp`, `/p`, `-N`; URL "
      "userinfo in pg_dump, mongosh, nats, hg, curlftpfs, `https_proxy` and a FEDERATED table; pairs `user:SECRET` "
      "after `-A` and `--proxy-auth`; the impacket target string; positionals in `isql`, `bw unlock`, `qpdf --encrypt`, "
      "library calls in Python, Node, Java, Scala, Kotlin, C#, Go, Rust, Ruby, PHP, Perl, C, C++, Dart, Swift, MATLAB, "
      "VBA, AutoIt and mongosh), unlocks or decrypts (`cryptsetup`, `veracrypt`, `keepassxc-cli`, `lpass`, `bw`, "
      "`zipfile.extractall`, pypdf, `ks.getKey`, `sqlite3_key`, `Workbooks.Open`, `Unprotect`, `pgp_sym_encrypt`), "
      "derives or signs with a literal (PBKDF2 in Python, Java, C#, Go; HMAC in Node, Ruby, Go, Dart, Swift; "
      "itsdangerous; `crypt(…, gen_salt())`), is stored for later use (`smbpasswd -s`, `mosquitto_ctrl dynsec`, "
      "`DBMS_SCHEDULER.CREATE_CREDENTIAL`, `ssh-keygen -N`), sits in a file by position (chap-secrets, the OpenVPN auth "
      "file, hostapd `wpa_psk`, Docker `config.json` `auth` (span is the Base64), vsftpd virtual users, Asterisk "
      "voicemail, Grandstream `P34`, X12 `ISA04`, three invented files), travels in a protocol exchange (DICOM user "
      "identity, HL7 `MSH-8`, SMTP `AUTH LOGIN` (span is the Base64 line), `Proxy-Authorization: Basic` (span is the "
      "Base64), three AT commands, Redis `HELLO … AUTH`) or is typed by automation (neutral field ids `f1` / `f2`). "
      "Weakest kept cases, with a hint nearby: the `expect \"assword:\"` prompt line, the base64 `UGFzc3dvcmQ6` "
      "(\"Password:\") server prompt in the SMTP exchange, the `lockbox`, `code` and `unlock` column headers of the "
      "invented files, `Secondary-field` in the DICOM decode, the `-A` auth-key flag of snmpget, the SNMP community "
      "after `-c` (a shared secret) and the Wi-Fi keys in hostapd and `nmcli --ask` (shared secrets, not personal "
      "passwords; kept, a scorer may disagree); the `sudo -S` and `smbpasswd -s` tool names do not say password. The "
      "HL7 `MSH-8` security field and the X12 `ISA04` security information are rarely used in practice but are defined "
      "as such; their negatives carry the same envelopes with the fields empty. Syntaxes whose flag, keyword or "
      "function says pass / passwd / password / pwd / pw / passphrase right before the value were not written (see the "
      "set-aside list). Closest relatives of earlier syntaxes, kept because the tool, file or mechanism differs: "
      "`sqlcmd -U/-P`, `smbmap`, `evil-winrm`, `racadm`, `openfortivpn`, `mongo` `-u/-p` pairs (earlier ipmitool, "
      "mosquitto_pub, cqlsh, influx); URL userinfo in six new tools (earlier wget, aria2c, mutt, ffmpeg, mount_smbfs, "
      "CUPS); the `isql` positional (earlier `db2 … using`); LDAP binds in Node, Java, Go, PHP, C# and C (earlier an "
      "LDAP decode and ldapsearch); the HMAC / PBKDF2 literals (earlier Python hmac, hashlib.scrypt, Node pbkdf2Sync, "
      "Go scrypt, PHP hash_hmac, Perl, C and Rust HMAC); the SMTP `AUTH LOGIN` line (earlier `AUTH PLAIN`); the Docker "
      "`auth` Base64 (earlier SASL PLAIN Base64); the AT commands (earlier `AT+CWJAP`, `AT+QICSGP`, `AT+CWSAP`); Redis "
      "`HELLO … AUTH` (earlier `redis-cli -a`, the RESP `AUTH` frame and `ACL SETUSER`); the UI typing calls (earlier "
      "xdotool, Robot Framework, pyautogui, WebdriverIO, Nightwatch, CodeceptJS and others).")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "English, Scots, Norwegian Bokmål, Galician, Asturian, Luxembourgish, Frisian, Russian, Serbian, Bosnian, Malay, "
      "Uzbek, Hindi, Haitian Creole; modest for Irish, Scottish Gaelic, Breton, Korean, Cantonese, Mongolian, Tatar, "
      "Tajik, Marathi, Gujarati, Cebuano, Zulu, Xhosa, Yiddish; low for Kannada, Malayalam, Sinhala, Khmer, Lao, "
      "Burmese, Malagasy, Hausa, Yoruba, Igbo, Kinyarwanda, Quechua. Loan words (password in Hindi, Marathi, Gujarati, "
      "Kannada, Malayalam, Cebuano; computer forms in many) are kept as people use them. `khk` is Halh Mongolian "
      "(named Mongolian), `uzn` Northern Uzbek (named Uzbek), `zsm` Standard Malay (named Malay), `fry` Western Frisian "
      "(named Frisian so that no name word overlaps), `yue` Cantonese in traditional characters, `que` Quechua "
      "(macrolanguage; the sentence is Southern Quechua-like).")
    A("- Evasions: the Beaufort key advances on every character, including `_ . -` (stated in the rule); the keyword "
      "alphabet keeps `_ . -` and maps digits by the stated row; the regional-indicator run renders as flags where two "
      "lower-case letters happen to form a country code; the CJK run reads as nonsense Chinese; the perio chart and the "
      "exposure log look like ordinary clinical data and sit next to genuine charting and exposure-free records in the "
      "negatives; the FDI tooth run looks exactly like the charting negatives (the most arguable evasion); the "
      "Brainfuck program contains only `+-<>[].`.")
    A("- Negatives: tooth numbers, CDT codes, NPIs, DEA and GDC numbers, UDIs, serials, DICOM UIDs, member and claim "
      "numbers, sterilizer records, lab case ids and appointment codes are identifiers (NPI and DEA numbers are public "
      "registry data); the Stripe `pk_live_51`, hCaptcha and Turnstile site keys, Firebase web `apiKey`, Mapbox `pk.` "
      "token, Sentry DSN public key and Algolia search-only key are public by design (the Firebase `AIza` key has the "
      "shape of secret Google keys – arguable); `<your-…>`, `XXXX`, `whsec_...`, `REPLACE_ME`, `${VAR}` and empty "
      "values are placeholders; bullets, `***`, `[MASKED]` and `rcl_****` displays carry no value; Key Vault, "
      "Secrets Manager and Vault references are pointers; argon2id and Django PBKDF2 strings are one-way hashes (the "
      "column is called `password` – a trap); WireGuard public keys are public (same shape as the labelled private key "
      "– a trap); installer checksums and image digests are public digests; the training and policy texts talk about "
      "passwords without giving one; the X12 and HL7 envelopes have their security fields empty. Random fillers are "
      "generated, so an entropy-only detector will hit them – that is the point.\n")

    # ------------------------------------------------------------ sources
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief237/` (p234 and p235), for format and coverage only. The detector was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no "
      "other `/tmp` directory except `/tmp/scratch237/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public "
      "gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's "
      "`fetch` into its own mirror directory and extracted with `git show` into `/tmp/scratch237/`), read for the "
      "rules behind every vendor type marked *read this session* above (among them Stripe `rk_live_`, Square `EAAA`, "
      "Plaid, Shopify `shpss_`, EasyPost `EZAK`, Shippo, SendGrid `SG.`, Facebook `EAA[MC]` and app secret, Teams "
      "webhooks, Anthropic `sk-ant-admin01-`, OpenAI `sk-svcacct-` with `T3BlbkFJ`, Cohere, "
      "GitHub `github_pat_` / `ghs_`, GitLab `glptt-` / `glrt-`, Atlassian `ATATT3`, Linear `lin_api_`, Postman "
      "`PMAK-`, PyPI, Terraform `atlasv1`, Vault `hvs.`, PlanetScale `pscale_tkn_` / `pscale_pw_`, Typeform `tfp_`, "
      "Sentry `sntrys_`, Grafana `glc_` / `glsa_`, New Relic `NRAK-`, Dynatrace `dt0c01.`, Entra client secrets "
      "`Q~`, Okta `00`) and for the shapes it confirms for believed types. Betterleaks, Kingfisher, CredSweeper and "
      "vendor documentation were not opened this session; the remaining shapes come from the builder's memory and are "
      "marked above as believed or guessed. Python's standard library (`hashlib`, `hmac`, `base64`, `json`, "
      "`unicodedata` in the encoder only) computes the digests, HMACs, check values and encodings of generated values.")
    return "\n".join(L) + "\n"
