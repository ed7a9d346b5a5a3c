"""Renders README.md from a generation (deterministic)."""
from collections import Counter, OrderedDict

import common236 as C
import enc236
import everyday236
import evasions236
import negatives236
import positional236
import prose236
import vendor236


def _bt(x):
    return "`%s`" % x


def render(data, deny, muts, deny_note):
    sec = data["secrets"]
    src = Counter(r["source"] for r in sec)
    evs = data["evasions"]
    negs = data["negatives"]
    L = []
    A = L.append
    A("# privacy_twohundredthirtysixth (p236) – held-out credential corpus")
    A("")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**breweries**: craft breweries, brewpubs and taprooms, and homebrew-supply shops – the brewhouse SCADA and PLCs "
      "(Ignition, TIA Portal SCL, Rockwell L5X), the fermentation cellar (glycol chiller UI, Tasmota, Telegraf, Grafana, "
      "Arduino and CraftBeerPi probe nodes), the canning line (OPC UA client), the taproom till and menu boards (Windows "
      "registry export, SQLite settings, signage YAML, UniFi gateway), the keg-fleet app (Gradle, xcconfig, Capacitor), "
      "the brewery ERP (Quarkus, Ktor HOCON, Viper TOML, .NET user-secrets, NestJS), the homebrew web shop (Django, "
      "Magento env.php, Medusa), ops (Kubernetes Secret stringData, Helm, GitHub Actions, GitLab CI, Jenkinsfile, Drone, "
      "supervisord, zsh history, crontab, Dockerfile, Vagrant, Salt, Chef, Puppet Hiera, direnv) and the messy places "
      "values get pasted (a Slack thread, a Signal chat, a homebrew forum post, a Jira comment, a brew-day Google Sheet "
      "CSV, an OCR of the cellar whiteboard); secrets of this world such as a Verhoeff-checked `kgt_` keg-telemetry key, "
      "an Adler-32-tailed `tpw_` tap-wall token, a Django `SECRET_KEY`, an HS512 brew-log JWT, an Ed25519 PKCS#8 "
      "duty-return signing key and an age X25519 identity with a real bech32 checksum; the trade's own services "
      "(Ekos, Orchestrated Beer, Brewfather, Brewer's Friend, Untappd and Untappd for Business, BeerMenus, Digital Pour, "
      "Arryved, GoTab, Toast, SevenFifty, VIP Encompass, TTB Permits Online, HMRC Government Gateway, Brewers "
      "Association, SIBA, Plaato, Ubidots, Grainfather, KegID, Vinoshipper) plus the commerce, messaging, AI, developer "
      "and ops services such developers use (120 vendor types in all); with hard negatives from the same world (gyle and "
      "batch numbers, keg and cask serials, GTIN-14 / EAN-13 case codes, TTB label ids, duty references and excise ARCs, "
      "hop and malt certificates, water reports, Tilt / iSpindel readings, BeerXML, Untappd ids, publishable keys, "
      "placeholders, masked displays, secret-store pointers, argon2 / Django pbkdf2 hashes, Ansible Vault and SOPS "
      "ciphertext, age and WireGuard public keys, image digests, taproom receipts with ABA routing numbers, password-"
      "hygiene prose). Everything is produced by `build.py` and its modules (`common236.py`, `everyday236.py`, "
      "`vendor236.py`, `positional236.py`, `prose236.py`, `enc236.py`, `dec236.py`, `evasions236.py`, "
      "`negatives236.py`, `checks236.py`, `readme236.py`, frozen deny-list `brief_names.json`): Python 3 standard "
      "library only, fixed `random.Random` seeds (%s), no clock, no network. `python3 build.py [outdir]` generates "
      "everything twice in one process, compares the bytes of the three JSONL files, runs every check and %d mutation "
      "tests, renders this README from both generations and compares it, and only then writes the files (on any "
      "failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the "
      "deny-list from `/tmp/brief236/`." % (", ".join("%d %s" % (v, k.replace("_", " ")) for k, v in C.SEEDS.items()),
                                             len(muts)))
    A("")
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredthirtysixth/`) was created (with `mkdir -p`) and written; the only listing "
      "made there was `ls -la` of this directory itself (right after creating it, which prints its own `.` and `..` "
      "entries and nothing of the parent's contents, and after the final build), plus reads, edits, greps and runs of its "
      "own files; its parent was never listed or searched, nothing else under `/work/main` was opened, listed, grepped or "
      "searched, and git was never run there. The only project material read were the two READMEs in `/tmp/brief236/` "
      "(`README_twohundredthirtythird.md`, p233, bakeries; `README_twohundredthirtyfourth.md`, p234, laundrettes; the "
      "directory was listed once with `ls -la` and the files sized with `wc -c`), read with `cat`, `sed`, `grep` and small "
      "Python slices, used only to learn the file format and what is already covered. No other `/tmp` directory was "
      "looked at except the scratch directory `/tmp/scratch236/` (an extracted copy of the public gitleaks rule file, a "
      "deny-list dump, an encoder / decoder round-trip script and trial builds in `/tmp/scratch236/out`). The deny-list "
      "(`common236.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, "
      "lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix "
      "stripped (%d), the codes of every `` `code` (Name) `` pair (%d) and the names and name words of those pairs (%d). "
      "It is frozen in `brief_names.json`; when `/tmp/brief236/` exists the build re-extracts it and fails if it differs "
      "(this build: %s). Ideas the two READMEs name only in prose (their *avoided* and *set aside* lists of encodings, "
      "syntaxes and vendors) were avoided by hand as well. Novelty is checked against these two READMEs only; older "
      "corpora may share vendors, syntaxes, languages or notations." %
      (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_note))
    A("")
    # ------------------------------------------------------------------ files
    A("## Files and counts")
    A("")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" %
      (len(sec), len(sec), len({r["type"] for r in sec}), len({r["container"] for r in sec}), src["everyday"],
       src["vendor"], src["password"], src["prose"], len(data["languages"])))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(evs), len(evs), len({r["type"] for r in evs}),
                                                                     len({r["container"] for r in evs}),
                                                                     len({r["encoding"] for r in evs})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(negs), len({r["container"] for r in negs}),
                                                             len({r["class"] for r in negs})))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, "
      "`language_codes` %d, `language_names` %d) |" % (len(deny["names"]), len(deny["syntaxes"]),
                                                     len(deny["language_codes"]), len(deny["language_names"])))
    A("")
    A("Schema (same as the earlier corpora): positives `id` (`p236-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, "
      "`password`, `prose`). Evasions (`p236-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, "
      "`secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives "
      "(`p236-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.")
    A("")
    wc = Counter(x[1] for x in positional236.SYNTAXES)
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 "
      "(%d candidates written down; set aside: %s). Positional passwords %d (one record per syntax; by where the text "
      "lives: %s). Prose 40 in 40 languages (spares written down and unused: %s). Evasions 66 = 22 × 3. Negatives %d = "
      "%d classes × 2 base kinds × 5 presentations. Positives total %d (asked: about 450). Strings drawn through the "
      "registry: %d." %
      (len(vendor236.VENDORS) + len(vendor236.SET_ASIDE),
       "; ".join("`%s` (%s)" % (n, why) for n, why in vendor236.SET_ASIDE), src["password"],
       ", ".join("%s %d" % (k, v) for k, v in wc.most_common()),
       ", ".join("`%s` (%s)" % s for s in prose236.SPARES), len(negs), len(negatives236.CLASSES), len(sec),
       data["registry_size"]))
    A("")
    # ------------------------------------------------------------------ conventions
    A("## Conventions")
    A("")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a Slack thread, a Signal chat, "
      "a homebrew forum post, a Jira comment, a brew-day sheet CSV, a whiteboard OCR, zsh history, a crontab line, a "
      "Dockerfile `ENV`, a Kubernetes Secret, a KeePass CSV export, a staff-chat paste) are labelled.")
    A("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability "
      "0.4) + one of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords "
      "use only `- _ .`). The build checks `%s` for the six everyday password types and the nine owner-chosen vendor "
      "passwords, and the strict `%s` for every plain positional value, the password hidden in each Base64 positional "
      "value, every prose value and every office-PC evasion plain." %
      (", ".join(C.WORLD_WORDS[:40]), len(C.WORLD_WORDS), C.PW_RE_ALL.pattern, C.PW_RE_SAFE.pattern))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no Base64-hidden password appears in any text. Values, vendor neighbours, hidden "
      "passwords, evasion plains and runs are drawn through one registry that refuses repeats and any string in a "
      "substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered string "
      "of 6+ characters, a world word + joiner + tail (the password form), a JWT-shaped string or a UUID-shaped string that "
      "is not version 4, or repeats an earlier negative.")
    A("- Structured values are valid: `kgt_` keys carry the real Verhoeff check digit of their 8-digit brewery number, "
      "`tpw_` tokens end in the real Adler-32 of their 30-character body, Django keys use Django's own 50-character "
      "generator alphabet, brew-log tokens are real HS512 JWTs, the Ed25519 keys are Base64 of a 48-byte PKCS#8 DER with "
      "the fixed 16-byte prefix, the age identities carry a real BIP-173 bech32 checksum (all checked). Every UUID-shaped "
      "substring of every text is version 4 and every JWT-shaped substring has base64url JSON header and payload and a "
      "signature length that fits its `alg` (checked). Vendor frames: the Grafana Cloud `glc_` token is Base64 of real "
      "JSON, the Mapbox `sk.` token wraps base64url JSON, the Supabase service-role key is a real HS256 JWT, the Azure "
      "SAS `sig` is percent-encoded Base64 of 32 bytes (all checked); all 120 vendor values are checked against a regular "
      "expression built from the same spec that generated them (or the validator of the special frame). Negatives: GTIN-14 "
      "and EAN-13 codes carry real GS1 check digits, ABA routing numbers a real 3-7-1 check digit, age recipients a real "
      "bech32 checksum; spec-sheet hashes, image digests and SBOM hashes are real digests of random bytes; argon2, "
      "pbkdf2, Ansible Vault and SOPS bodies are random in the right frame.")
    nbs = ["%s: %s" % (v["name"], " ".join(v["nb"][0])) for v in vendor236.VENDORS if v["nb"]]
    A("- Public neighbours are unlabelled: user names, hosts (`*.copperkettle-brewing.example`, "
      "`*.hopyard-taproom.example`, `*.northdock-brewery.example`, `*.grainandgrist-homebrew.example`, private "
      "addresses), key names, and the ids written next to a vendor secret (%s) and the user half of a user / password "
      "pair." % "; ".join(nbs))
    A("- Key names are the type's key words in the container's own case style (upper, snake, camel, pascal, kebab, dot, "
      "spaced for chats and notes, title for CSV headers and OCR). Vendor key names are the full type name in the style's "
      "case.")
    A("")
    # ------------------------------------------------------------------ categories
    A("## Categories (positives)")
    A("")
    A("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday236.TYPES) + ".")
    A("")
    A("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (c[0], c[1]) for c in
                                                                   everyday236.CONTAINERS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type "
      "sits in exactly 15 records (checked); secrets therefore also land in implausible places." %
      C.SEEDS["everyday_pairing"])
    A("")
    A("Vendor (120 types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* in "
      "the public gitleaks rule file, *believed* from memory, *guessed* where no published shape is known, so that the "
      "type is recognisable only from the key name):")
    A("")
    groups = OrderedDict()
    for v in vendor236.VENDORS:
        groups.setdefault(v["group"], []).append(v)
    for g, vs in groups.items():
        items = []
        for v in vs:
            s = "`%s` (%s – %s" % (v["name"], vendor236.spec_desc(v["spec"]), v["src"])
            if v["nb"]:
                s += " – next to it: %s" % " ".join(v["nb"][0])
            items.append(s + ")")
        A("*%s* (%d): %s." % (g, len(vs), "; ".join(items)))
        A("")
    stc = Counter(r["container"].split("__")[1] for r in sec if r["source"] == "vendor")
    A("Styles: " + "; ".join("`%s` (%s, %d)" % (s[0], s[2], stc.get(s[0], 0)) for s in vendor236.STYLES) +
      "; `sas_query_string` (the Azure SAS URL, %d). Styles are dealt from seeded shuffles; `curl_authorization_bearer` "
      "is not used for passwords and URL-shaped credentials, `keepass_csv_export_row` not for URLs." %
      stc.get("sas_query_string", 0))
    A("")
    A("Positional passwords (%d syntaxes, span type `%s<syntax>`, container `positional_<where>__<syntax>`): " %
      (len(positional236.SYNTAXES), C.PWPREFIX) +
      "; ".join("`%s%s` (%s, %s)" % (C.PWPREFIX, x[0], x[1], x[3]) for x in positional236.SYNTAXES) +
      ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` "
      "prefix; checked). Set aside: " + "; ".join("`%s` (%s)" % s for s in positional236.SET_ASIDE) + ".")
    A("")
    A("Prose: someone tells a colleague the password of the taproom office PC and asks them not to pass it on; span "
      "type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares "
      "is among the languages of either README (checked: code against the codes and all deny-listed names; name and "
      "each name word against the language names). Scripts: %s. Hebrew, Arabic and Central Kurdish are right-to-left "
      "with the Latin value embedded; Japanese, Burmese and Lao, which write without spaces, set the value off with "
      "spaces; Hindi, Marathi, Gujarati, Kannada, Malayalam, Sinhala, Burmese, Korean, Japanese, Tajik, Central Kurdish "
      "and Odia put the copula or particle after the value (after a space); every value is set off by whitespace on both "
      "sides (checked)." % (prose236.TYPE, ", ".join(_bt(f) for f in prose236.FORMATS),
                            ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose236.LANGS),
                            ", ".join(sorted({s for _c, _n, s, _t in prose236.LANGS}))))
    A("")
    # ------------------------------------------------------------------ evasions
    A("## Evasion encodings")
    A("")
    A("; ".join("`%s` = \"%s\"" % (e, enc236.RULES[e]) for e in enc236.ENCODINGS) + ".")
    A("")
    A("Families: " + "; ".join("%s: `%s`" % (enc236.FAMILIES[e], e) for e in enc236.ENCODINGS) + ".")
    A("")
    A("Evasion types: " + "; ".join("`%s` (%s)" % (t[0], t[1]) for t in evasions236.TYPES) + "; wordings: " +
      ", ".join(_bt(w) for w in evasions236.WORDINGS) + " (container `<encoding>__<wording>`; encoding i and type j take "
      "wording (i + j) mod 3, so each encoding appears once per type and once per wording). Each text states the rule in "
      "words, then `:` and a newline, then the run on its own line, then a remark (checked).")
    A("")
    A("Encoders are in `enc236.enc` (the rng only adds noise the decoder ignores: beer names on the tap list, vessel "
      "names in the gravity readings, mash-step names); the decoder `dec236.decode` gets only the encoding name and the "
      "run and is written separately, importing nothing from the encoder and no `base64`, `binascii`, `codecs` or "
      "`unicodedata`, with every table retyped: NATO words and ICAO digits (tree, fife, niner), the Baconian a/b groups, "
      "a basE91 reader, a Crockford Base32 reader that rejects non-zero padding bits, base −2 place values, hieroglyph, "
      "Aegean and Kaktovik code-point offsets, a French number-word table (`et`, `quatre-vingt(s)`, `cent`), Cherokee "
      "and regional-indicator ranges with the keycap sequence, ones' complement, MAC and colour readers that strip the "
      "zero fill, the Beaufort key walk (self-inverse), regular expressions plus arithmetic for the four brewery "
      "disguises, the hop table, hex-digit words, prime-factor products and the seven-segment table. Every pair was "
      "round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); basE91 "
      "was also checked against the published vectors `test` → `fPNKd` and `Hello World` → `>OwJh>Io0Tv!lE`; at build "
      "time every span is decoded back to its `plain` (checked).")
    A("")
    A("Avoided on purpose (named by an earlier README in a list or in prose): every encoding of both READMEs (Roman, "
      "Greek, Hebrew and Chinese numerals, German, Spanish, Esperanto and Estonian number words, uuencode, Base45, "
      "Ascii85, z-base-32, repeating-key XOR, Polybius squares, Zeckendorf forms, chess squares, tag characters, "
      "mathematical look-alikes, resistor bands, weekday base 7, Vigenère, Atbash, rail fence, Osmanya digits, ternary, "
      "upside-down text, nibble swap, Gray code, strike overlay, Glagolitic, the bakery and laundrette disguises) and "
      "every item of their avoided lists (Morse, Braille, tarot, dice, DNA quads, EBCDIC, ChaCha20 / XTEA / RC4, base 36, "
      "duodecimal, octal, spreadsheet columns, day-of-year, delta coding, sexagesimal, bcrypt radix-64, residue triples, "
      "digit blocks, keyboard tricks, hexagrams, zero-width and decoy interleave, circled / fullwidth letters, "
      "quoted-printable, escapes, ROT47, Trithemius, reversal and other positional orders, Base58 / Base62, UTF-16LE "
      "Base64, base32hex, A1Z26, element symbols, the affine map, keyed columnar transposition, factoradic, balanced "
      "ternary, clock times, IPv4 quads, Mayan / Latin / Swahili / Icelandic / Māori / Japanese / Lithuanian numerals). "
      "Close relatives remain and a scorer may count them as the same idea: Beaufort next to the earlier Vigenère (a "
      "keyed shift, here reciprocal); Crockford Base32 next to z-base-32 / base32hex; basE91 next to Ascii85 / Base45; "
      "negabinary and Kaktovik base 20 next to the earlier numeral systems (ternary, base 7, duodecimal); Egyptian and "
      "Aegean additive numerals next to Roman numerals; French number words next to the earlier number-word languages; "
      "Cherokee letters next to the Glagolitic substitution; regional-indicator letters next to the circled / fullwidth "
      "look-alike blocks; ones' complement hex next to nibble-swapped hex; the Baconian a/b bits next to Gray-code bit "
      "groups; MAC addresses and CSS colours next to IPv4 quads (bytes disguised as identifiers); spelled hex digits and "
      "the NATO spelling next to number words; prime factorisations next to Zeckendorf sums; seven-segment patterns and "
      "hop-variety nibbles next to the earlier symbol bases (resistor bands, chess squares); the tap-list ABV, gravity "
      "and mash-temperature lists next to the earlier world disguises of code points.")
    A("")
    # ------------------------------------------------------------------ negatives
    A("## Negative classes")
    A("")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    ncount = Counter(r["class"] for r in negs)
    for cname, kinds, desc in negatives236.CLASSES:
        A("| `%s` | %d | %s | %s |" % (cname, ncount[cname], ", ".join(_bt(k.__name__) for k in kinds), desc))
    A("")
    A("Each base kind appears plain and wrapped " + ", ".join(_bt(w[0]) for w in negatives236.WRAPS if w[0]) +
      " (container `<base kind><wrapper>`); the wrappers add staff, ticket, e-mail and forum context whose words say the "
      "content is safe.")
    A("")
    # ------------------------------------------------------------------ checks
    A("## Checks run by build.py before writing")
    A("")
    A("- Deny-list: re-extracted from `/tmp/brief236/` when present and compared with `brief_names.json`; every container "
      "kind, span type, syntax (prefix stripped), encoding, negative class and negative container kind is compared "
      "case-insensitively, as a whole and by every `__` part, against the names and syntaxes; every language code "
      "against the codes and names, every language name and name word against the language names.")
    A("- Spans: exactly one span per positive, `text[start:end] == value`, span type = record type, the value occurs "
      "exactly once in its text, no placeholder left; ids are consecutive and well-formed.")
    A("- Counts: everyday 180 = 12 types × 15 = 45 kinds × 4 with four different types per kind; vendor 120 distinct "
      "types; positional 95–120 distinct syntaxes; prose 40 in 40 languages; positives about 450; evasions 22 × 3; "
      "negatives ≥ 180 in ≥ 16 classes.")
    A("- Uniqueness: no value reused; no positive value inside any other positive or evasion text or any negative; no "
      "evasion plain or Base64-hidden password in any text; no repeated negative text.")
    A("- Validity: the six everyday generated formats (Verhoeff, Adler-32, Django alphabet, HS512 JWT, Ed25519 PKCS#8, "
      "age bech32), the password regular expressions, every vendor value against its spec, the Base64 positional values "
      "against their hidden password, every UUID-shaped substring is v4, every JWT-shaped substring is well-formed, "
      "prose values are set off by whitespace, every evasion decodes to its `plain` and has the rule / `:` / run / remark "
      "layout, negatives carry no password-shaped string.")
    A("- Determinism: everything is generated twice in one process; the three JSONL files and this README must be "
      "byte-identical.")
    A("- Mutation tests on deep copies, each of which the checks must catch (this build: %d of %d caught): %s." %
      (sum(c for _, c in muts), len(muts), "; ".join("%s (%s)" % (n, "caught" if c else "MISSED") for n, c in muts)))
    A("")
    # ------------------------------------------------------------------ guesses
    guessed = [v for v in vendor236.VENDORS if v["src"] == vendor236.GUESSED]
    believed = [v for v in vendor236.VENDORS if v["src"] == vendor236.BELIEVED]
    A("## Shapes you had to guess")
    A("")
    A("*Believed from memory, not re-checked this session* (%d): %s." %
      (len(believed), "; ".join("`%s` (%s)" % (v["name"], vendor236.spec_desc(v["spec"])) for v in believed)))
    A("")
    A("*Guessed (length and alphabet only; most brewing-trade vendors publish no token format the builder knows, so "
      "these are recognisable from the key name only)* (%d): %s." %
      (len(guessed), "; ".join("`%s` (%s)" % (v["name"], vendor236.spec_desc(v["spec"])) for v in guessed)))
    A("")
    A("Also invented or guessed: the everyday layouts `kgt_` (Verhoeff) and `tpw_` (Adler-32) and the evasion prefixes "
      "`twc_` / `kgp-` are invented; the Django key, HS512 JWT, Ed25519 PKCS#8 key and age identity are real formats used "
      "for invented purposes. The SCADA operator CSV, the till staff file and the keg-washer HMI TSV are invented formats "
      "of this world. Syntaxes are written from memory, not re-checked against manuals (notably `isql DSN user secret`, "
      "`vsql -w`, `beeline -p`, `pt-table-checksum` DSN `p=`, `winrs -p:`, `mc alias set` order, `etcdctl put` reading "
      "stdin, `clevis encrypt tang` reading stdin, `ftp` `user NAME SECRET` in a here-document, the `pysftp` / `InfluxDBClient` "
      "/ `Net::POP3` positional orders, `sqlite3_key`, `sp_addlinkedsrvlogin` argument order, `tac_plus` `login = "
      "cleartext`, the 3proxy `CL` field, the Deluge `auth.login` JSON-RPC, `HELLO 3 AUTH`, the ESP `AT+CWJAP` form). "
      "Evasion code points (Egyptian hieroglyphs V001 / V020 / Z015 at U+13362 / U+13386 / U+133FA, Aegean numbers "
      "U+10107–U+10119, Cherokee U+13A0–U+13DD, regional indicators U+1F1E6–U+1F1FF, the keycap U+20E3) were checked with "
      "Python's `unicodedata` in the scratch directory; the Kaktovik numerals U+1D2C0–U+1D2D3 are Unicode 15 and "
      "unnamed in this Python's Unicode 14 database (taken from memory). Negatives: the excise ARC, duty-reference and "
      "TTB id layouts are approximate; the argon2 / pbkdf2 / Ansible Vault / SOPS bodies are random in frame.")
    A("")
    # ------------------------------------------------------------------ judgement
    A("## Judgement calls")
    A("")
    A("- Everyday: six owner-chosen passwords (brewhouse SCADA operator, taproom till manager, glycol chiller web UI, "
      "homebrew web-shop admin, keg-fleet portal, canning-line HMI) and six generated secrets (`kgt_` Verhoeff key, "
      "`tpw_` Adler-32 token, Django `SECRET_KEY`, HS512 JWT, Ed25519 PKCS#8 key, age identity). The Django key contains "
      "shell- and YAML-special characters (`$ # & * ( )`) and is written verbatim even where a real file would need "
      "escaping (Dockerfile `ENV`, crontab); the Ed25519 key is 64 characters of Base64 like many public hashes – only "
      "the key name and the `MC4CAQAwBQYDK2VwBCIEI` prefix tell it apart. Everyday passwords may contain `+ ! ~`. Key "
      "names in everyday files say password / key / token – that is how such files look; the telling-key-free cases are "
      "in the positional source.")
    A("- Vendor: many brewing-trade vendors publish no token format the builder knows, so their types are recognisable "
      "only from the key name – part of the test. Nine vendor types carry owner-chosen passwords (Ekos, VIP Encompass, "
      "TTB Permits Online, HMRC Government Gateway, Brewers Association, SIBA, Grainfather, UniFi controller, "
      "SensorPush). Whole strings are labelled for the Discord, Microsoft Teams and Zapier webhook URLs (the URL is the "
      "credential); for the Azure SAS URL only the `sig` value is labelled (the rest of the query string is public "
      "policy). Same-shape traps: the Stripe `rk_live_51` key against the `pk_live_51` publishable key of the negatives; "
      "the Klaviyo private `pk_` key (secret despite the `pk_` prefix) against the Klaviyo company id; Google Places "
      "`AIza` (secret server key) against the Maps browser key (`AIza`, public) of the negatives; the Mapbox `sk.` secret "
      "token against the `pk.` public token; Clover, Veriff, Postmark, Railway, Codecov and Opsgenie values are bare "
      "UUIDv4s like the ids of the negatives; many hex secrets (Brewer's Friend, Digital Pour, Mailjet, AssemblyAI, "
      "Deepgram, W&B, Algolia admin, Rollbar, Particle, Meraki, Cloudflare global key) look like the digests of the "
      "negatives. Ids next to a secret (client ids, key ids, app ids, the Shopify API key, the WooCommerce `ck_` key, the "
      "Langfuse `pk-lf-` key, the Spaces and B2 key ids, account numbers, e-mails) stay unlabelled as the public half of "
      "a pair (arguable for the Twilio `SK` key sid, the WooCommerce consumer key and the Spaces access key, which some "
      "detectors flag on their own). The KeePass export's Password column holds an API key for most vendor types – that "
      "is how people store API keys in password managers.")
    A("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-w`, `-p:`, glued `-p`; pairs `user%secret`, "
      "`user:secret`, `user/secret@db`, Percona `p=`; URL userinfo in mongosh, pgloader, ffmpeg RTSP, git, CUPS, Celery, "
      "SQLAlchemy and the proxy variable; positionals in `isql`, `mc alias set`, `composer config`, `netlify env:set`; "
      "library call positions in Python, Node, Java, Kotlin, C#, Go, Ruby, PHP, Perl, Rust, Swift, Arduino, MicroPython "
      "and C), unlocks or encrypts (`openssl enc -k`, `-kfile /dev/stdin`, pypdf `decrypt`, SQLCipher `PRAGMA key`, "
      "`sqlite3_key`, `pgp_sym_encrypt`, CryptoJS), signs or derives with a literal (HMAC in Node, Java, C#, Go, Ruby, "
      "PHP, Swift; PBKDF2 / scrypt / Rfc2898), is stored for later use (vault / consul / etcd / clevis / AWS SSM / Azure "
      "Key Vault / htpasswd), sits in a file by position (chap-secrets, OpenVPN auth file, `.pgpass`, "
      "`.git-credentials`, Docker `auths`, nginx `proxy_set_header`, printers.conf, tinyproxy, 3proxy, "
      "wpa_supplicant `psk`, vsftpd virtual users, tac_plus, IOS SNMP community, three invented brewery files), travels "
      "in a protocol exchange (IMAP LOGIN, SMTP AUTH PLAIN / LOGIN, NickServ IDENTIFY, ESP AT+CWJAP, Redis HELLO, "
      "Deluge JSON-RPC, WordPress XML-RPC) or is typed by automation (UI tests use neutral field ids `f2`). The SNMP "
      "community strings, the Wi-Fi `psk` / `wifi-sec.psk` values and `masterauth` are shared secrets rather than "
      "personal passwords but carry the same password form. For Docker `auths`, nginx Basic and SMTP AUTH the span is "
      "the whole Base64 token, not the decoded password (SMTP AUTH LOGIN: the Base64 of the password alone, the user "
      "line before it stays unlabelled). Weakest kept cases, with a hint nearby: `login = cleartext`, `psk=`, `CODE` / "
      "`code` column headers of the invented files, `masterauth`, `AUTH` in HELLO, the `UGFzc3dvcmQ6` (Base64 of "
      "'Password:') server prompt before the SMTP AUTH LOGIN line, and `expect \"assword:\"` before the expect `send`; none "
      "of them is a `password=` key right before the value. Syntaxes whose flag or function says pass / passwd / "
      "password / pw / passphrase right before the value were not written. Closest relatives of earlier syntaxes, kept "
      "because the tool, file or mechanism differs: the `-p` / `-P` flags of sqlcmd, cypher-shell, rabbitmqadmin, "
      "beeline, sshpass (earlier mysqladmin, docker login, ipmitool …); the `%` pairs of smbclient (earlier mount.cifs); "
      "URL userinfo (earlier wget, nats, mysqlsh, psql); the HMAC / KDF literals (earlier pbkdf2Sync, HMAC in Perl / C / "
      "Apps Script); the UI typing calls (earlier Playwright, Nightwatch, Robot Framework, xdotool); the stdin pipes "
      "(earlier podman, zfs, vercel, secret-tool).")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "English, Russian, Icelandic, Galician, West Frisian, Luxembourgish, Malay, Serbian, Japanese, Korean, Hebrew, "
      "Arabic, Hindi; modest for Marathi, Gujarati, Tagalog, Javanese, Kazakh, Uzbek, Tajik, Tatar, Mongolian, Occitan, "
      "Breton, Faroese, Scottish Gaelic, Haitian Creole, Zulu, Xhosa, Malagasy; low for Kannada, Malayalam, Sinhala, "
      "Burmese, Lao, Hausa, Yoruba, Kinyarwanda, Central Kurdish, Odia. Loan words (password in Tagalog, Hindi, Marathi, "
      "Gujarati, Kannada, Malayalam, Odia; taproom in many) are kept as people use them. `arb` is Standard Arabic, `zsm` "
      "Standard Malay, `uzn` Northern Uzbek (named Uzbek here), `khk` Halh Mongolian (named Mongolian), `ckb` Central "
      "Kurdish (Sorani, Arabic script), `srp` Serbian in Cyrillic.")
    A("- Evasions: the NATO spelling marks capitals by writing the code word in capitals; the regional-indicator run "
      "separates letters with spaces so that pairs do not render as flags; Cherokee letters are upper-case letters of "
      "their script (case folding may map them to the lower-case Cherokee block); the Kaktovik run may render as tofu; "
      "basE91 runs contain punctuation including `\"` and are stored verbatim; the Beaufort key HOPS is stated in the "
      "rule, so the run is reversible by anyone reading it; MAC addresses, colours, ABV, gravity and mash temperatures "
      "are this world's disguises of bytes and character codes.")
    A("- Negatives: gyle, batch, lot, keg, cask, GTIN and TTB numbers are identifiers (GS1 check digits real); water, "
      "sensor and recipe data are production data whose hex ids look random; Untappd and Foursquare ids are public; "
      "Stripe `pk_live_51`, Square `sq0idp-`, the Maps browser key (`AIza`), Mapbox `pk.`, the Klaviyo company id, the "
      "Algolia search-only key and the Sentry DSN are public by design (the `AIza` browser key and the 32-hex Algolia "
      "key are the most arguable negatives, and a Sentry DSN is considered public by Sentry); the AWS documentation "
      "pair, `sk_live_REPLACE_ME`, `xoxb-your-bot-token`, `ghp_XXXX…` and `<…>` values are placeholders; "
      "`.env.example` uses this corpus's key names with empty, `changeme`, `<…>` and `${VAR:?}` values (a trap for "
      "key-name-only detectors); masked values carry at most four characters of a value; secretKeyRef, `op://`, ARNs, "
      "`${{ secrets.X }}` and `vault:` are pointers; argon2 and pbkdf2 strings are one-way hashes (in a column or field "
      "called password – a trap); Ansible Vault and SOPS values are ciphertext; age recipients and WireGuard PublicKey "
      "lines are public keys (the positives contain their private counterparts); digests are public; receipts carry "
      "masked PANs, 6-character auth codes, terminal ids and RRNs; ABA routing numbers are printed on every cheque. "
      "Random fillers are generated, so an entropy-only detector will hit them – that is the point.")
    A("")
    # ------------------------------------------------------------------ sources
    A("## Sources consulted")
    A("")
    A("- The two READMEs in `/tmp/brief236/` (p233 and p234), for format and coverage only. The detector was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other "
      "`/tmp` directory except `/tmp/scratch236/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its "
      "own mirror directory and extracted with `git show` into `/tmp/scratch236/`), read for the rules behind every "
      "vendor type marked *read this session* above (among them Stripe `rk_live_`, Square `EAAA`, Shopify `shpss_`, "
      "EasyPost `EZAK`, Shippo `shippo_live_`, GCP `AIza`, SendGrid `SG.`, Teams webhooks, Telegram, Meta `EAAM`, "
      "Mattermost, Slack `xapp-`, OpenAI `sk-admin-` with `T3BlbkFJ`, Anthropic `sk-ant-admin01-`, Cohere, GitHub "
      "`ghs_` / `ghu_`, GitLab `glptt-` / `glrt-`, PyPI, Postman `PMAK-`, Doppler `dp.pt.`, Terraform Cloud `.atlasv1.`, "
      "Linear `lin_api_`, Atlassian `ATATT3`, Grafana `glc_` / `glsa_`, New Relic `NRAK-`, Okta `00`, Azure AD `Q~`, "
      "Vault `hvs.`, Cloudflare global key, Meraki, Dynatrace `dt0c01.`) and for the `age-secret-key` rule (58 bech32 "
      "characters). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; the "
      "remaining shapes come from the builder's memory and are marked above as believed or guessed. Python's standard "
      "library (`hashlib`, `hmac`, `base64`, `json`, `urllib.parse`) computes the digests, HMACs, check values and "
      "encodings of generated values; basE91, Crockford Base32, bech32, Verhoeff, Adler-32 and the GS1 / ABA check "
      "digits are written by hand.")
    A("")
    return "\n".join(L)
