"""Renders README.md from the generated data (deterministic)."""
from collections import Counter, OrderedDict

import common243
import everyday243
import vendor243
import positional243
import prose243
import evasions243
import enc243
import negatives243


def bt(s):
    return "`%s`" % s


def render(data, meta):
    pos, evs, negs = data["positives"], data["evasions"], data["negatives"]
    deny = meta["deny"]
    src = Counter(r["source"] for r in pos)
    pw = [r for r in pos if r["source"] == "password"]
    where = Counter(s[1] for s in positional243.S)
    L = []
    w = L.append
    w("# privacy_twohundredfortythird (p243) – held-out credential corpus\n")
    w("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **sheep farmers and wool mills**: sheep-farm, wool-mill and knitting-yarn shop developers – the flock "
      "register and flock app (Flutter dotenv, Kotlin Multiplatform BuildKonfig, iOS xcconfig, Capacitor config), the EID "
      "stick-reader bridge (.NET appsettings, Python dotenv), the shearing-gang tally board (Django settings, SvelteKit env, "
      "Supabase config), the wool-clip and bale tracker (Quarkus properties, Micronaut YAML, Go viper config), the mill floor "
      "(Ignition gateway script at the scour line, Telegraf on the carding line, Grafana for the spinning frames, a dye-lab "
      ".Renviron and a VB.NET spectrophotometer settings file), the yarn shop and pattern store (Medusa, Saleor, Magento "
      "env.php, Astro, Strapi, Hugo), the lambing-shed cameras (Frigate, go2rtc), trough sensors and fence monitors "
      "(Zephyr prj.conf, Arduino secrets.h, a Mosquitto bridge, WeeWX), the ops around them (Ansible host vars, Terraform "
      "auto.tfvars, Helm values, Kubernetes stringData, GitHub Actions, GitLab CI, Woodpecker, zsh history, direnv, "
      "`vault kv put`) and the messy places values get pasted (a shearing-gang Signal export, a sheep-farmers' Facebook "
      "group post, a Jira comment at the mill, a wool classer's bale spreadsheet, an OCR of the woolshed whiteboard, an "
      "e-mail to the shop's freelancer); secrets of this world such as a Verhoeff-checked `fsk_` flock-sync key, a "
      "CRC-32-tailed `wbt_` bale-tracker token, an ISO 7064 MOD 37,36 `mgw-` mill-gateway token, an HS512 pattern-API JWT, "
      "a Django `SECRET_KEY` and a clamped WireGuard private key; the trade's own services (AgriWebb, Mobble, FarmIQ, "
      "Farmax, Shearwell FarmWorks, Datamars, Gallagher, AWEX, AWTA, Elders, PGG Wrightson, British Wool, ARAMS, NLIS, "
      "Ravelry, Payhip, LoveCrafts, Ko-fi, Patreon, Gumroad, Sellfy, WooCommerce, Nofence, Ceres Tag, Lightspeed, MYOB) "
      "plus the commerce, messaging, AI, developer and ops services such developers use (120 vendor types in all); with "
      "hard negatives from the same world (EID and flock-mark numbers, bale and sale-lot numbers, fibre test "
      "certificates, CPH and PIC holding ids, yarn GTINs and dye lots, knitting-chart abbreviations, publishable "
      "storefront keys, placeholders, masked values, secret references, pbkdf2 / argon2 digests, SOPS and age "
      "ciphertext, WireGuard public keys, fingerprints, commit and image digests, record UUIDs, bank references, "
      "password-advice prose, PLC register dumps, sensor ids). Everything is produced by `build.py` and its modules "
      "(`common243.py`, `everyday243.py`, `vendor243.py`, `positional243.py`, `prose243.py`, `enc243.py`, `dec243.py`, "
      "`evasions243.py`, `negatives243.py`, `checks243.py`, `readme243.py`, frozen deny-list `brief_names.json`): Python 3 "
      "standard library only, fixed `random.Random` seeds (%d everyday values, %d everyday pairing, %d vendor, %d "
      "positional, %d prose, %d evasions, %d negatives), no clock, no network. `python3 build.py [outdir]` generates "
      "everything twice in one process, compares the bytes of the three JSONL files and of this README, runs every check "
      "and %d mutation tests, and only then writes the files (on any failure it prints the errors, writes nothing and "
      "exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief243/`.\n" % (
          everyday243.SEED_VALUES, everyday243.SEED_PAIRING, vendor243.SEED, positional243.SEED, prose243.SEED,
          evasions243.SEED, negatives243.SEED, len(meta["mutations"])))
    w("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredfortythird/`) was created (with `mkdir -p`) and written; the only listings "
      "made there were `ls -la` of this directory itself (right after creating it – which prints only its own `.` and `..` "
      "entries – and after the final build) plus reads, edits, greps and runs of its own files; its parent was never "
      "listed or searched, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run "
      "there. The only project material read were the two READMEs in `/tmp/brief243/` (`README_twohundredfortieth.md`, "
      "p240, choirs and orchestras; `README_twohundredfortyfirst.md`, p241, cheesemakers; the directory was listed once "
      "with `ls -la` and the files sized with `wc -c`), read with `cat`, `sed`, `awk`, `grep` and small Python slices, "
      "used only to learn the file format and what is already covered. No other `/tmp` directory was looked at except "
      "the scratch directory `/tmp/scratch243/` (an extracted copy of the public gitleaks rule file, an encoder / decoder "
      "round-trip script and trial build outputs). The deny-list (`common243.extract_denylist`) holds every backticked "
      "name and every snake_case identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier "
      "positional syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair "
      "(%d; the pattern also catches a few non-language pairs, which only makes the list stricter) and the names and "
      "name words of those pairs (%d). It is frozen in `brief_names.json`; when `/tmp/brief243/` exists the build "
      "re-extracts it and fails if it differs (this build: %s). Ideas the two READMEs name only in prose (their avoided "
      "and set-aside lists of encodings, syntaxes, vendors and languages, and the languages they use for number words) "
      "were avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share "
      "vendors, syntaxes, languages or notations.\n" % (
          len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]),
          meta["deny_status"]))
    # ------------------------------------------------------------ files and counts
    w("## Files and counts\n")
    w("| file | records | spans | span types | container kinds | notes |")
    w("|---|---|---|---|---|---|")
    w("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), sum(len(r["secrets"]) for r in pos), len({r["type"] for r in pos}), len({r["container"] for r in pos}),
        src["everyday"], src["vendor"], src["password"], src["prose"], len({r["container"] for r in pos if r["source"] == "prose"})))
    w("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(evs), len(evs), len({r["type"] for r in evs}), len({r["container"] for r in evs}), len({r["encoding"] for r in evs})))
    w("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(negs), len({r["container"] for r in negs}), len({r["class"] for r in negs})))
    w("| `README.md` | – | – | – | – | rendered by `build.py` |")
    w("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    w("Schema (as in the earlier corpora): positives `id` (`p243-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, "
      "`password`, `prose`). Evasions (`p243-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, "
      "`secrets`, `source` (`evasion`); the single span also has `plain` (the clean secret) and `encoding`. Negatives "
      "(`p243-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    w("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (one "
      "record per type; written and trimmed to keep 120: `halter_collar_api_key`, `expo_access_token`, "
      "`upstash_redis_rest_token`, all guessed shapes). Positional passwords %d (one record per syntax; by where the text "
      "lives: %s). Prose 40 in 40 languages (spares written down and unused: %s). Evasions 66 = 22 × 3. Negatives %d = "
      "%d classes × 2 base kinds × 5 presentations. Positives total %d (asked: about 450). Strings drawn through the "
      "registry (values, vendor neighbours, evasion plains and runs): %d (of them %d public neighbours).\n" % (
          len(pw), ", ".join("%s %d" % (k, v) for k, v in where.most_common()),
          ", ".join("`%s` (%s)" % s for s in prose243.SPARES), len(negs), len(negatives243.CLASSES), len(pos),
          meta["registry_size"], meta["neighbours"]))
    # ------------------------------------------------------------ conventions
    w("## Conventions\n")
    w("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a Signal export, a Facebook "
      "group post, a Jira comment, an e-mail, a bale spreadsheet, a whiteboard OCR, zsh history, `vault kv put`, "
      "`heroku config:set`, `gh secret set`, `firebase functions:config:set`, `bw get item` output) are labelled.")
    w("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability "
      "0.4) + one of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords "
      "use only `- _ .`). The build checks `%s` for the six everyday password types and the owner-chosen vendor passwords, "
      "and the strict `%s` for every positional value, every prose value and every woolshed-PC evasion plain." % (
          ", ".join(sorted(common243.WORDS)[:40]), len(common243.WORDS), common243.PW_RE.pattern, common243.PW_STRICT_RE.pattern))
    w("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no "
      "negative; no evasion plain appears in any text. Values, vendor neighbours, evasion plains and runs are drawn "
      "through one registry that refuses repeats and any string in a substring relation (6+ characters) with an earlier "
      "one; a negative is redrawn if it contains any positive value or evasion plain of 6+ characters, a world word + "
      "joiner + tail (the password form, with alphanumeric boundaries), a UUID-shaped string that is not version 4 or a "
      "malformed JWT-shaped string, or if it repeats an earlier negative text.")
    w("- Structured values are valid: `fsk_` keys carry the real Verhoeff check digit of their 12-digit flock holding "
      "number (tables asserted on the textbook example 236 → 3), `wbt_` tokens end in the real CRC-32 of their 32-character "
      "body (asserted: CRC-32 of `123456789` = CBF43926), `mgw-` tokens end in a real ISO 7064 MOD 37,36 check character "
      "(asserted on the published GRid example A12425GABC1234002 → M), pattern-API tokens are real HS512 JWTs, Django keys "
      "use Django's 50-character alphabet, WireGuard keys are Base64 of 32 clamped bytes (all checked). Every UUID-shaped "
      "substring of every text is version 4 and every JWT-shaped substring has base64url JSON header and payload and a "
      "signature length that fits its `alg` (checked). Vendor frames: the Supabase service-role key is a real HS256 JWT "
      "with `role` = `service_role`, the Turso token an EdDSA-shaped JWT, the Mapbox `sk.` token carries base64url of real "
      "JSON, the Grafana Cloud `glc_` token is Base64 of real JSON, the Azure Service Bus and Portainer keys are Base64 of "
      "32 bytes, the Bitwarden access token ends in Base64 of 16 bytes; all 120 vendor values are checked against a "
      "regular expression built from the same spec that generated them (plus the frame checks). Negatives: GTIN-13 codes "
      "carry real GS1 check digits, GB IBANs real MOD 97 digits, IMEIs and ICCIDs real Luhn digits; commit ids and image "
      "digests are real digests of random bytes; pbkdf2, argon2, SOPS and age bodies are random in the right frame.")
    nbs = ["%s: %s" % (v[0], v[4]) for v in vendor243.V if v[4]]
    w("- Public neighbours are unlabelled: user names, hosts (`*.kilnbrae-farm.example`, `*.kingsmill-yarns.example`, "
      "`*.skeinandsheep.example`, `*.teawa-station.example`, `*.southdown-wool.example`, `*.internal` and `.lan` names, "
      "private addresses), key names, and the ids written next to a vendor secret (%s) and the user half of a user / "
      "password pair." % "; ".join(nbs))
    w("- Key names are the type's key words in the container's own case style (upper, snake, camel, pascal, kebab, dot, "
      "spaced for chats and e-mails, title for CSV headers and OCR). Vendor key names are the full type name in the "
      "style's case; the Bitwarden item puts the title-case words in `name`, the neighbour (or `api`) in `username` and "
      "the secret in `password`.\n")
    # ------------------------------------------------------------ categories
    w("## Categories (positives)\n")
    w("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t), dsc) for t, _k, dsc in everyday243.TYPES) + ".\n")
    w("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(c[0]), c[1]) for c in everyday243.CONTAINERS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits "
      "in exactly 15 records (checked); secrets therefore also land in implausible places.\n" % everyday243.SEED_PAIRING)
    w("Vendor (120 types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* in the "
      "public gitleaks rule file or the public Kingfisher rules, *believed* from memory, *guessed* where no published "
      "shape is known to the builder, so that the type is recognisable only from the key name, *owner-chosen* for "
      "portal and device passwords):\n")
    cats = OrderedDict()
    for v in vendor243.V:
        cats.setdefault(v[1], []).append(v)
    for cat, vs in cats.items():
        w("*%s* (%d): " % (cat, len(vs)) + "; ".join(
            "%s (%s – %s%s)" % (bt(v[0]), vendor243.describe(v[2]), v[3], (" – next to it: " + v[4]) if v[4] else "")
            for v in vs) + ".\n")
    w("Vendor styles (16, assigned cyclically): " + ", ".join("%s (%s)" % (bt(s[0]), s[1]) for s in vendor243.STYLES) + ".\n")
    w("Positional passwords (%d syntaxes, span type `%s<syntax>`, container `<where>__<syntax>` with where = %s): " % (
        len(positional243.S), positional243.PREFIX, ", ".join("%s `%s`" % kv for kv in positional243.SUFFIX.items())) +
      "; ".join("%s (%s, %s)" % (bt(positional243.PREFIX + s[0]), s[1], s[2]) for s in positional243.S) +
      ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; "
      "checked). Set aside because the tool, flag or function says pass / passwd / password / pw / passphrase right "
      "before the value, or because an earlier README has the idea: `sshfs_password_stdin_option`, "
      "`podman_login_password_stdin`, `htpasswd_lower_i_stdin` (tool says passwd), `ssh2_userauth_password`, "
      "`go_ssh_password_authmethod`, `swift_urlcredential_password_label`, `cmdkey_pass_colon`, `keytool_storepass`, "
      "`postgres_alter_role_password`, `mssql_encryptbypassphrase`, `tsql_freetds_capital_p` (same -P idea as the kept "
      "sqlcmd), `xdotool_type` (the earlier ydotool form), `php_ldap_bind_third` (an earlier README's relative).\n")
    w("Prose: someone tells a colleague the password of the woolshed office PC and asks them to keep it to themselves; "
      "span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the "
      "spares is among the languages of either README (checked: code against the codes and all deny-listed names; name "
      "and each name word against the language names); Danish and Indonesian are kept out of the prose because this "
      "corpus uses them for number words, and the languages the READMEs use for number words (Finnish, Italian, Turkish, "
      "French, Dutch, German, Spanish, Basque, Hebrew, Greek, Latin, Lithuanian, Icelandic, Estonian, Swahili, Māori, "
      "Esperanto, Japanese) were avoided. Scripts: %s. Pashto and Uyghur are right-to-left with the Latin value embedded; "
      "Armenian, Hindi, Marathi, Gujarati, Kannada, Malayalam, Korean, Burmese, Tigrinya, Pashto, Tajik and Kurmanji put the copula or a particle after "
      "the value (after a space); Mandarin, Lao and Burmese, which write without spaces between words, set the value off "
      "with spaces; every value is set off by whitespace on both sides (checked).\n" % (
          prose243.TYPE, ", ".join(bt(f) for f in prose243.FORMATS),
          ", ".join("%s (%s)" % (bt(c), n) for c, n, _s, _t in prose243.L),
          ", ".join(sorted({s for _c, _n, s, _t in prose243.L}))))
    # ------------------------------------------------------------ evasions
    w("## Evasion encodings\n")
    w("; ".join("%s = \"%s\"" % (bt(n), enc243.RULES[n][1]) for n in enc243.NAMES) + ".\n")
    w("Families: " + "; ".join("%s: %s" % (enc243.RULES[n][0], bt(n)) for n in enc243.NAMES) + ".\n")
    w("Evasion types: " + "; ".join("%s (%s)" % (bt(t), dsc) for t, dsc, _w in evasions243.TYPES) +
      "; wordings: " + ", ".join(bt(x[0]) for x in evasions243.WORDINGS) +
      " (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, so each encoding appears "
      "once per type and once per wording). Each text states the rule in words, then `:` and a newline, then the run on "
      "its own line, then a remark (checked). Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside "
      "its own run, if the run equals the plain, starts or ends with whitespace or holds a newline, or if the registry "
      "refuses plain or run.\n")
    w("Encoders are in `enc243.enc` (the rng only adds noise the decoder ignores: sample, ewe and bale numbers, shearer "
      "names, the cover words of the capitalisation carrier); the decoder `dec243.decode` gets only the encoding name and "
      "the run and is written separately, importing nothing from the encoder or `common243` and no `base64`, "
      "`binascii`, `codecs` or `unicodedata`, with every table retyped: Devanagari digit offset, Danish unit / tens words "
      "with the `og` compound rule, Indonesian `puluh` / `belas` / `seratus` parser, big-integer to bytes, a hand-written "
      "Base64 reader for the UTF-7 block (UTF-16BE pairs), Deseret code-point arithmetic, the reverse small-capital map "
      "keyed by code point, regular expressions plus arithmetic for the micron, tally, lambing-date (month table, day "
      "range checked) and bale-weight disguises, the knit / purl run reader (each row must total eight stitches), the "
      "Jacquard row reader, the breed codebook, a CHAR() extractor, the inverse Cantor pairing, a Chinese-remainder "
      "search, cumulative sums for the delta code, the inverse Hill matrix (117 58 / 81 105 mod 128), the yan-tan-tethera "
      "table, base-9 digits and the case-bit reader. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains "
      "of length 2–44 per encoding while writing (0 failures); at build time every span is decoded back to its `plain` "
      "(checked). The encoder asserts the Devanagari digits, the small capitals and the Deseret letters with "
      "`unicodedata.name`, and the Danish and Indonesian words on 97 and 122, so encoder and decoder tables are "
      "independent.\n")
    w("Avoided on purpose (named by an earlier README in a list or in prose): every encoding of both READMEs (solfège, "
      "MIDI pitch names, bar:beat, seat rows, Ogham, NATO spelling, base 6, POSTNET, Ge'ez / Ethiopic, Church Slavonic, "
      "basE91, A1Z26, playing cards, Finnish, Italian and Turkish numbers, Bech32, acrostics, Cyrillic / Greek "
      "homoglyphs, base100, GSM PDU, frequencies, Hangul nibbles, ticket prices, Bubble Babble, proquints, counting rods, "
      "Brainfuck, float32, squares, autokey, Manchester, the cheese disguises, Unicode names, GPS fixes, Hamming(7,4)) and "
      "every item of their avoided lists (Roman, Hebrew, Aegean, Kaktovik, Egyptian, Attic, Armenian, Greek, Chinese, "
      "Mayan, Balinese numerals; the number-word languages named there; negabinary, prime factors, Elias gamma, Gray code, "
      "bases 3 / 7 / 12 / 20 / 36 / 60, octal, BCD, Zeckendorf, factoradic, balanced ternary; Base58, Base32s, Base45, "
      "Ascii85, Z85, uuencode, xxencode, zlib + Base64, HTML / CSS escapes, quoted-printable; XOR, Polybius, Atbash, "
      "affine, Caesar, ROT47, Vigenère, Beaufort, Trithemius, keyword alphabets, rail fence, columnar and reversal; "
      "Coptic, Glagolitic, Cherokee, regional indicators, CJK packing, mathematical, fullwidth, circled, squared and "
      "parenthesized letters, tag characters, zero-width interleaves, upside-down text; chemical elements, multi-tap, "
      "Morse, Braille, tarot, dice, DNA quads, EBCDIC, RC4 / ChaCha20 / XTEA, chess, hexagrams, resistor bands, weekdays, "
      "clock times, IPv4 / IPv6 / MAC groups, colours, spreadsheet columns, keyboard tricks). Close relatives remain and "
      "a scorer may count them as the same idea: base 9 next to the earlier bases (base 6, ternary, base 7, dozenal); "
      "Danish and Indonesian number words next to the earlier number-word languages; the shepherds' yan-tan-tethera count "
      "next to number words (but a real vigesimal sheep-counting system with its own words); Devanagari digits next to "
      "the earlier numeral-glyph systems (but positional decimal, no additive signs); Deseret next to Ogham / Coptic / "
      "Glagolitic / Cherokee script substitutions (Deseret keeps case); the small capitals next to the earlier look-alike "
      "blocks (mathematical, fullwidth, circled) and the Cyrillic homoglyphs – probably the hardest run here, since it "
      "still reads as the plain; the Jacquard rows and knit / purl rows next to the earlier bit codes (Baconian, "
      "Manchester) and the breed codebook next to spelled hex digits; the micron, tally, lambing-date and bale-weight "
      "disguises next to the earlier world disguises of code points; Cantor pairing, residues and the Hill cipher next to "
      "the earlier arithmetic disguises (squares, prime factors) and keyed ciphers; the CHAR() formula next to the "
      "Brainfuck program (code that rebuilds the text); UTF-7 next to the earlier binary-to-text encodings (it is Base64 "
      "of UTF-16). The big-integer decimal, delta coding and the capitalisation steganography have no close relative in "
      "either README.\n")
    # ------------------------------------------------------------ negatives
    w("## Negative classes\n")
    w("| class | records | base kinds | what is in it |")
    w("|---|---|---|---|")
    nc = Counter(r["class"] for r in negs)
    for cls, dsc, kinds in negatives243.CLASSES:
        w("| %s | %d | %s | %s |" % (bt(cls), nc[cls], ", ".join(bt(k.__name__) for k in kinds), dsc))
    w("\nEach base kind appears plain and wrapped " + ", ".join(bt(x[0]) for x in negatives243.WRAPPERS if x[0]) +
      " (container `<base kind><wrapper>`); the wrappers add gang-chat, helpdesk, e-mail and forum context without "
      "adding a value.\n")
    # ------------------------------------------------------------ checks
    w("## Checks run by build.py before writing\n")
    w("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief243/` exists it is re-extracted and must be identical (%s)." % meta["deny_status"])
    w("- Ids `p243-s-NNNN`, `p243-e-NNNN`, `p243-n-NNNN`, consecutive; exact record and span field sets (in order); "
      "exactly one span per positive and evasion; `text[start:end] == value`; span type = record type; the value occurs "
      "exactly once in its text and has no outer whitespace; evasion spans carry `plain` and `encoding` equal to the "
      "record's `encoding`; no placement marker left in any text.")
    w("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 120 distinct types with containers "
      "`<type>__<style>`, positional 95–120 distinct syntaxes (one record each), prose 40 in 40 languages, positives "
      "440–470, evasions 66 = 22 encodings × 3 (once per type and once per wording), negatives ≥ 180 in ≥ 16 classes, no "
      "repeated negative text, span types of the sources pairwise disjoint.")
    w("- Shapes: everyday values by type (password regex, Verhoeff digit, CRC-32 tail, MOD 37,36 character, HS512 JWT, "
      "Django alphabet, WireGuard Base64 length and clamping); vendor values against the regex built from each spec plus "
      "frame checks (JWT payloads, JSON inside the Mapbox and Grafana tokens, Base64 byte lengths); owner-chosen vendor "
      "passwords by the password regex; positional and prose values strict password form; prose values set off by "
      "whitespace; evasion plains by type; evasion text layout (rule, `:` newline, run line, remark) and container "
      "`<encoding>__<wording>`.")
    w("- Every evasion run decodes with `dec243.decode` to its `plain`, and the run never contains or equals its plain.")
    w("- No value is reused; none appears in any other record or any negative; no evasion plain appears in any text; no "
      "negative contains a world-word password form; every UUID-shaped substring of every text is version 4; every "
      "JWT-shaped substring must be a valid JWT.")
    w("- Deny-list: every container kind (positives, evasions and negatives), span type, encoding, negative class, "
      "negative base kind and wrapper, evasion type and wording, as a whole and split at `__`; every positional syntax "
      "with `%s` stripped against the earlier syntaxes and names; every prose language code (and spare) against the codes "
      "and names, its name and name words against the language names." % positional243.PREFIX)
    w("- Determinism: everything is generated twice in one process and the three JSONL files and the README must be "
      "byte-identical.")
    w("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): %s. "
      "Clean run errors: %d.\n" % (len(meta["mutations"]), sum(1 for _n, c in meta["mutations"] if c), len(meta["mutations"]),
                                   ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in meta["mutations"]),
                                   meta["clean_errors"]))
    # ------------------------------------------------------------ shapes
    w("## Shapes you had to guess\n")
    for label, prov in (("*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, "
                         "`config/gitleaks.toml`); nothing copied; every value generated; where the rule gives only a "
                         "prefix, a case-insensitive class or a length range, the exact length and case are mine", vendor243.READ),
                        ("*Read this session* in the public Kingfisher rules (`mongodb/kingfisher`, `data/rules/*.yml`), "
                         "which mostly give a length and alphabet near a keyword; prefixes and exact lengths are mine where "
                         "the rule is looser", vendor243.KF),
                        ("*Believed from memory* of public rule sets and vendor docs, not re-checked this session", vendor243.BEL),
                        ("*Guessed* (length and alphabet only; most sheep, wool and yarn-trade vendors publish no token "
                         "format the builder knows, so these are recognisable from the key name only)", vendor243.GUE)):
        vs = [v for v in vendor243.V if v[3] == prov]
        w("%s (%d): %s.\n" % (label, len(vs), "; ".join("%s (%s)" % (bt(v[0]), vendor243.describe(v[2])) for v in vs)))
    ow = [v for v in vendor243.V if v[3] == vendor243.OWN]
    w("*Owner-chosen passwords (a portal, device or storage root unlocked with a password the farm or mill picked)* (%d): %s.\n" % (
        len(ow), ", ".join(bt(v[0]) for v in ow)))
    w("Also invented or guessed: the everyday layouts `fsk_` (Verhoeff), `wbt_` (CRC-32 tail) and `mgw-` (MOD 37,36) and "
      "the evasion prefixes `scx_` / `yst-` are invented; the HS512 JWT, the Django key and the WireGuard key are real "
      "formats used for invented purposes. The gang tally CSV, the woolshed gate keypad file and the dye-kitchen scale "
      "INI are invented formats of this world. Syntaxes written from memory, not re-checked against manuals (notably "
      "`espota.py -a`, `mega-login email SECRET`, `radclient host auth SECRET`, the `vsql -w` and `beeline -p` flags, "
      "`govc -u user:SECRET@host`, the Teradata `.LOGON host/user,SECRET` form, `MIGRATE … AUTH2 user SECRET`, the "
      "NTRIP rev1 `SOURCE SECRET /mount` line, the TeamSpeak ServerQuery `login` and FreeSWITCH ESL `auth` commands, "
      "`Faraday … :authorization, :basic`, `LWP::UserAgent->credentials` argument order, `openssl_pkcs12_read`'s third "
      "argument, `DBMS_CRYPTO.MAC`'s key position with `3` = HMAC-SHA256, the MATLAB `database` argument order and the "
      "Cisco AnyConnect `vpn -s` script order). Vendor shapes where only part is known: Stripe `rk_live_51` + 97 (the rule "
      "allows 10–99), the WhatsApp system-user token `EAAM` + 180 (the rule fixes `EAA[MC]` and a minimum of 100), the "
      "PayPal secret `E` + 79 (Kingfisher gives only 44–80 characters), the Telnyx key split 32 hex + `_` + 22 "
      "(Kingfisher gives `KEY` + 55), the Tailscale auth key inner layout, the ngrok token length, the Vault `hvs.CAESI` "
      "start, the PyPI macaroon length and the Doppler `dp.st.prd.` environment slug. Evasion code points (Devanagari "
      "U+0966–U+096F, Deseret U+10400–U+1044F, the small capitals) are asserted with `unicodedata.name` in the encoder; "
      "the yan-tan-tethera words follow one Cumbrian variant (`tyan` for two, `giggot` for twenty – not used, since "
      "scores are counted separately) and other dales spell them differently; the Danish and Indonesian number words "
      "are from memory and checked only by round trip. Verhoeff, MOD 37,36, CRC-32, GS1, MOD 97 and Luhn are asserted "
      "against published examples at import. Negatives: CPH / SLID, PIC, AWEX sale and lot, test-certificate, BSB and "
      "NZ account layouts are approximate.\n")
    # ------------------------------------------------------------ judgement calls
    w("## Judgement calls\n")
    w("- Everyday: six owner-chosen passwords (flock register admin, shearing tally tablet, scour-line HMI, dye-house "
      "recipe database, yarn-shop admin, lambing-camera NVR) and six generated secrets (`fsk_` Verhoeff key, `wbt_` "
      "CRC-32 token, `mgw-` MOD 37,36 token, HS512 pattern-API JWT, Django `SECRET_KEY`, WireGuard private key). The "
      "Django key contains punctuation (`#`, `%`, `$`, `(` …) and is written unquoted in a few containers (Grafana ini, "
      "env files), as people do; the WireGuard private key has exactly the shape of the WireGuard public keys in the "
      "negatives – only the key name and context tell them apart (the hardest everyday pair). The Mosquitto bridge "
      "container holds the value in a comment line. Key names in everyday files say password / key / token / jwt – that "
      "is how such files look; the telling-key-free cases are in the positional source.")
    w("- Vendor: most sheep, wool and yarn-trade vendors (AgriWebb, Mobble, FarmIQ, Farmax, Datamars, Gallagher, AWEX, "
      "Ravelry, Payhip, LoveCrafts, Patreon, Sellfy, Nofence, Ceres Tag, MYOB, Sendle, Printful, Royal Mail, NZ Post, "
      "Australia Post, Afterpay) publish no token format the builder knows, so their types are recognisable only from "
      "the key name (part of the test). Eleven vendor types carry owner-chosen passwords (Shearwell FarmWorks, AWTA, "
      "Elders, PGG Wrightson, British Wool, ARAMS, NLIS, Synology DSM, MikroTik, MinIO root, UniFi). Webhook URLs "
      "(Discord, Teams) are labelled whole. Same-frame traps: the Clerk `sk_live_` secret key next to Stripe's "
      "publishable `pk_live_51` in the negatives; the Stripe restricted `rk_live_51` key against the same publishable "
      "key; the Mapbox secret `sk.` token against the public `pk.` token of the negatives; UUIDv4 secrets (AWEX, Ko-fi, "
      "Postmark, Railway, Codecov, Opsgenie, Splunk HEC, Proxmox, Royal Mail) against UUIDv4 record ids; many 32 / 40 / "
      "64-hex secrets against digests and fingerprints; the Azure Service Bus and Portainer Base64-of-32-bytes keys "
      "against WireGuard public keys. Ids next to a secret stay unlabelled as the public half of a pair – including the "
      "WooCommerce `ck_` consumer key, the PayPal client id, the Mailjet API key, the Vonage API key, the Plivo auth id, "
      "the R2 and Wasabi access key ids and the OVH application key (a scorer may count some of these as sensitive).")
    w("- Passwords: labelled when the value logs in (glued `-p` of mysql, `-P` of sqlcmd / ipmitool, `-w` of ldapsearch "
      "and vsql, `-p` of rabbitmqadmin and beeline, `-a` of espota, positionals of isql, mc alias set, mega-login, "
      "radclient and a site PowerShell script, URL userinfo in redis-cli, nats, wget, govc, mount_smbfs, DuckDB ATTACH, "
      "git-credentials and pip.conf, library calls in Python, Node, Java, C#, Go, Rust, Ruby, PHP, Perl, Swift, Dart, "
      "MATLAB and AutoIt), unlocks or decrypts (`openssl enc -k`, `ssh-keygen -N`, pypdf `decrypt`, `PRAGMA key`, "
      "`openssl_pkcs12_read`, keepassxc-cli), signs or derives with a literal (HMAC in Python, Node, Java, C#, Go, Rust, "
      "Ruby, PHP, Perl, Swift, Dart, Oracle; PBKDF2 in Python, Node, Java and C#; jose, cookie-parser, CryptoJS, "
      "ActiveSupport::KeyGenerator; SQL `SHA2`, `HASHBYTES`), is stored for later (`vault kv put value=-`), sits in a file "
      "by position (OpenVPN auth file second line, chap-secrets, hostapd.wpa_psk, `.yarnrc.yml` npmAuthIdent, the IOS "
      "SNMP community, three invented files), travels in a protocol exchange (IRC OPER, Redis MIGRATE AUTH2, NTRIP SOURCE, "
      "TeamSpeak login, FreeSWITCH auth) or is typed by automation (neutral field ids `f1` / `f2`, pyautogui, AppleScript, "
      "Maestro). Weakest kept cases, with a hint nearby: the `assword:` prompt before pexpect / expect sends, the SQL "
      "`SHA2` / `HASHBYTES` calls that hash a literal into a column called `pw_hash` / `PinHash`, the `community` keyword "
      "of IOS and `-c` of snmpwalk (an SNMP community string is a shared secret, not a user password), the `PSK`-like "
      "hostapd file name, the `auth` of ESL and `AUTH2` of MIGRATE, the `Connect-Shed.ps1` site script (invented "
      "parameters) and the `unlock` / `code` / `tabletcode` column headers of the invented files. Closest relatives of "
      "earlier syntaxes, kept because the tool, file or mechanism differs: the `-u/-p` and `-U/-P` pairs (sqlcmd, "
      "ipmitool, rabbitmqadmin, beeline; earlier bcp, racadm, rdesktop, docker and others), URL userinfo in new tools "
      "(earlier curl, mysqlsh, restic, opcua), `PRAGMA key` next to the earlier SQLCipher `ATTACH … KEY`, HMAC literals "
      "next to the earlier JWT signing literals, the invented CSV / semicolon / INI files next to the earlier invented "
      "roster files, and the UI typing calls next to the earlier Cypress, Playwright and pywinauto forms.")
    w("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "Polish, Czech, Portuguese, Galician, Russian, Serbian, Bosnian, Afrikaans, Malay, Hindi, Korean, Mandarin, Haitian "
      "Creole; modest for Faroese, Western Frisian, Luxembourgish, Scottish Gaelic, Uzbek, Tatar, Mongolian, Marathi, "
      "Gujarati, Kannada, Malayalam, Kurmanji, Tajik, Hausa, Zulu, Xhosa, Kinyarwanda, Malagasy, Armenian; low for "
      "Breton, Sinhala, Lao, Burmese, Yoruba, Tigrinya, Pashto, Uyghur. Loan words (password / paswot forms in Hindi, "
      "Marathi, Gujarati, Kannada, Malayalam, Zulu, Xhosa, Uyghur) are kept as people use them. `khk` is Halh Mongolian "
      "(named Mongolian), `uzn` Northern Uzbek (named Uzbek), `zsm` Standard Malay (named Malay), `kmr` Northern Kurdish "
      "(named Kurmanji Kurdish), `pbt` Southern Pashto, `cmn` Mandarin Chinese, `fry` Western Frisian.")
    w("- Evasions: the small-capital run renders almost like an ordinary secret (only the small letters change shape) "
      "and the Deseret run keeps digits and punctuation in place; the micron readings, tallies, lambing dates, bale "
      "weights, knitting rows, Jacquard rows and breed names look like ordinary farm and mill data; the big-integer run "
      "is a bare decimal number; the capitalisation carrier is a list of world words whose only oddity is its "
      "capitals; the UTF-7 block starts with `+` and ends with `-` like a real UTF-7 header fragment.")
    w("- Negatives: EIDs, flock marks, bale and lot numbers, test certificates, CPH / PIC ids, GTINs, dye lots, knitting "
      "abbreviations, record UUIDs, PLC dumps and sensor ids are identifiers or data; the Stripe `pk_live_51`, PayPal "
      "client id, Square `sq0idp-` application id, Shopify storefront token, Mapbox `pk.` token, reCAPTCHA site key and "
      "Maps browser key are public by design (the `AIza` browser key has the shape of many secret Google keys – "
      "arguable); `<your-…>`, `changeme`, `sk_live_XXXX`, `${VAR:?}`, `replace-me-xxx`, x runs and empty values are "
      "placeholders; bullets, `***` and `[MASKED]` carry no value (a dashboard's last four characters are kept, as "
      "dashboards show them); compose secrets files, vault and env lookups and `op://` strings are pointers; pbkdf2 and "
      "argon2 strings are one-way digests (the column is called `password` – a trap); SOPS and age blobs are "
      "ciphertexts whose key is elsewhere; WireGuard public keys, PGP fingerprints and certificate fingerprints are "
      "public; the advice prose talks about passwords without giving one; bank references are published for payment. "
      "Random fillers are generated, so an entropy-only detector will hit them – that is the point.\n")
    # ------------------------------------------------------------ sources
    w("## Sources consulted\n")
    w("- The two READMEs in `/tmp/brief243/` (p240 and p241), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch243/` was looked at.")
    w("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its "
      "own mirror directory and extracted with `git show` into `/tmp/scratch243/`), for the rules behind every vendor type "
      "marked *read this session in the public gitleaks rule file* (among them Stripe `rk_live_`, Square `EAAA`, Shopify "
      "`shpss_`, Shippo, EasyPost `EZAK`, SendGrid `SG.`, Facebook secrets and `EAA[MC]` tokens, Slack `xoxp-`, Cohere, "
      "GitHub `ghs_`, GitLab `glptt-` / `glrt-`, PyPI, RubyGems, Vault `hvs.`, Terraform Cloud `atlasv1`, Linear, Postman "
      "`PMAK-`, Azure AD client secrets `Q~`, Grafana `glc_` / `glsa_`, New Relic `NRAK-`, Dynatrace `dt0c01.`, Cloudflare "
      "global and origin-CA keys, Okta `00`, Microsoft Teams webhooks); and the public Kingfisher rule files "
      "(`mongodb/kingfisher`, `data/rules/*.yml`, fetched the same way and read with `git show`) for Docker Hub `dckr_pat_`, "
      "Telnyx `KEY`, Mapbox `sk.`, Discord webhooks, Pushbullet, ngrok, ElevenLabs `sk_`, xAI, AssemblyAI, Deepgram, "
      "Postmark, PayPal, Opsgenie, Betterstack, Gumroad, Kit / ConvertKit, Vultr and Tailscale. CredSweeper, Betterleaks "
      "and vendor documentation were not opened this session; the remaining shapes come from the builder's memory and "
      "are marked above as believed or guessed. Python's standard library (`hashlib`, `hmac`, `zlib`, `base64`, `json`, "
      "`struct`, `unicodedata` in the encoder only) computes the digests, check values and encodings of generated values.")
    return "\n".join(L) + "\n"
