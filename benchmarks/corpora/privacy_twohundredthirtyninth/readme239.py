"""Renders README.md from the generated data (called twice by build.py and compared)."""
import collections

import common239 as C
import enc239
import everyday239
import evasions239
import negatives239
import positional239
import prose239
import vendor239


def _bt(s):
    return "`%s`" % s


def render(data, info):
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    by = collections.Counter(r["source"] for r in pos)
    frozen = info["frozen"]
    L = []
    a = L.append
    a("# privacy_twohundredthirtyninth (p239) – held-out credential corpus")
    a("")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on **coffee roasters**: "
      "coffee roasteries, espresso bars and tea merchants – the roast floor (an Artisan settings INI, a Cropster-style bridge YAML, a CODESYS global "
      "variable list on the roaster PLC, Node-RED credentials, a Mosquitto bridge, Home Assistant `secrets.yaml`, an ESPHome bean probe, a Vector "
      "pipeline shipping roast curves), the espresso bar (a connected espresso-machine gateway JSON, a kiosk plist, Android `local.properties`, Flutter "
      "`--dart-define` JSON, an Expo app config, an Electron POS store), the tea merchant's and the subscription shop's web stack (Hydrogen, Laravel, "
      "Rails credentials, Spring, Symfony, pydantic settings, Express, Go HCL, Elixir runtime config, ASP.NET appsettings), wholesale (Strapi, Odoo), "
      "ops (Terraform tfvars, Ansible group_vars, docker-compose, Nomad, systemd, bash and fish history, CircleCI, Bitbucket Pipelines, Azure "
      "Pipelines, a misused ConfigMap, fly.toml, a Render blueprint) and the messy places values get pasted (a café WhatsApp group, a roastery "
      "Discord, a Trello comment, a Notion onboarding page, a cupping-sheet CSV, an OCR of the café chalkboard); secrets of this world such as a "
      "Damm-checked `rlk_` roast-logger key, a CRC-32-tailed `gct_` green-lot token, an ISO 7064 MOD 97-10 `cpt-` cupping-portal token, a Laravel "
      "`APP_KEY`, a Fernet key and an HS384 barista-app JWT; the trade's own services (Cropster, Giesen, Probat, Loring, IKAWA, Roest, Aillio, "
      "Typica, Algrano, Cafe Imports, Royal Coffee, Visualizer, Acaia, La Marzocco, Bottomless, Trade Coffee, Cratejoy, Recharge, Loyverse, "
      "Lightspeed Restaurant, Faire, Ordermentum, SCA, CQI, Deputy, 7shifts, DoorDash Drive, Uber Eats, Deliveroo, SumUp, Etsy) plus the commerce, "
      "messaging, AI, developer and ops services such developers use (120 vendor types in all); with hard negatives from the same world (ICO marks "
      "and green lots, roast batch and profile ids, bag EAN-13 / case GTIN-14 codes, machine serials, cupping codes, ISO 6346 container numbers, "
      "certificates, card-terminal receipts, supplier IBANs, storefront public keys, quickstart placeholders, masked previews, secret references, "
      "bcrypt / yescrypt hashes, Fernet ciphertext, ssh-ed25519 and minisign public keys, SRI digests, security prose, tea auction lots, request ids).")
    a("")
    a("Everything is produced by `build.py` and its modules (`common239.py`, `everyday239.py`, `vendor239.py`, `positional239.py`, `prose239.py`, "
      "`enc239.py`, `dec239.py`, `evasions239.py`, `negatives239.py`, `checks239.py`, `readme239.py`, frozen deny-list `brief_names.json`): Python 3 "
      "standard library only, fixed `random.Random` seeds (%d everyday values, %d everyday pairing, %d vendor, %d positional, %d prose, %d evasions, "
      "%d negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three "
      "JSONL files, runs every check and %d mutation tests, renders this README from both generations and compares it, and only then writes the files "
      "(on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief239/`."
      % (everyday239.SEED_VALUES, everyday239.SEED_PAIRING, vendor239.SEED, positional239.SEED, prose239.SEED, evasions239.SEED, negatives239.SEED,
         len(info["mutations"])))
    a("")
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredthirtyninth/`) was created (with `mkdir -p`) and written; the only listing made there was `ls -la` of "
      "this directory itself (right after creating it, which prints its own `.` and `..` entries and nothing of the parent's contents, and after the "
      "final build), plus reads, edits and runs of its own files; its parent was never listed or searched, nothing else under `/work/main` was opened, "
      "listed, grepped or searched, and git was never run there. The only project material read were the two READMEs in `/tmp/brief239/` "
      "(`README_twohundredthirtysixth.md`, p236, breweries; `README_twohundredthirtyseventh.md`, p237, dentists; the directory was listed once with "
      "`ls -la` and the files sized with `wc -c`), read with `cat`, `sed`, `awk`, `cut` and `wc -l` and parsed by the build's own deny-list extraction, used only to learn the file format and what is already "
      "covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch239/` (an extracted copy of the public gitleaks rule "
      "file, an encoder / decoder round-trip script and trial builds in `/tmp/scratch239/out`). The deny-list (`common239.extract_denylist`) holds "
      "every backticked name and every snake_case identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional "
      "syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d) and the names and name words of those "
      "pairs (%d). It is frozen in `brief_names.json`; when `/tmp/brief239/` exists the build re-extracts it and fails if it differs (this build: %s). "
      "Ideas the two READMEs name only in prose (their *avoided* and *set aside* lists of encodings, syntaxes, vendors and languages) were avoided by "
      "hand as well. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, languages or notations."
      % (len(frozen["names"]), len(frozen["syntaxes"]), len(frozen["language_codes"]), len(frozen["language_names"]), info["deny_status"]))
    a("")
    # ---------------- files and counts ----------------
    a("## Files and counts")
    a("")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    wc = collections.Counter(r["_where"] for r in pos if r["source"] == "password")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(pos), sum(len(r["secrets"]) for r in pos), len({r["type"] for r in pos}), len({r["container"] for r in pos}),
         by["everyday"], by["vendor"], by["password"], by["prose"], len({r["_lang"] for r in pos if r["source"] == "prose"})))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(eva), len(eva), len({r["type"] for r in eva}), len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len({r["class"] for r in neg})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |"
      % (len(frozen["names"]), len(frozen["syntaxes"]), len(frozen["language_codes"]), len(frozen["language_names"])))
    a("")
    a("Schema (same as the earlier corpora): positives `id` (`p239-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with "
      "exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p239-e-NNNN`): `id`, "
      "`type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) "
      "and `encoding`. Negatives (`p239-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.")
    a("")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (%d candidates written down; set aside: %s). "
      "Positional passwords %d (one record per syntax; by where the text lives: %s). Prose 40 in 40 languages (spares written down and unused: %s). "
      "Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: about 450). Strings drawn through "
      "the registry (values, generated vendor neighbours, Base64 positional values and their inner passwords, evasion plains and runs): %d."
      % (len(vendor239.V) + len(vendor239.SET_ASIDE), "; ".join("%s (%s)" % (_bt(n), why) for n, why in vendor239.SET_ASIDE),
         by["password"], ", ".join("%s %d" % (k, v) for k, v in wc.most_common()),
         ", ".join("%s (%s)" % (_bt(c), n) for c, n in prose239.SPARES), len(neg), len(negatives239.CLASSES), len(pos), info["registry"]))
    a("")
    # ---------------- conventions ----------------
    a("## Conventions")
    a("")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never the quotes "
      "and never the key. Values pasted where they do not belong (a WhatsApp group, a Discord channel, a Trello comment, a Notion page, a cupping "
      "CSV, a chalkboard OCR, bash / fish history, a ConfigMap, a CI file, `gh secret set`, `docker secret create`, `gcloud secrets`) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability 0.4) + one of `- _ . + ! ~` + "
      "3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "`^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the %d owner-chosen vendor passwords, and the strict "
      "`^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain positional value, the password inside each Base64 positional value, every prose "
      "value and every office-PC evasion plain."
      % (", ".join(C.WORDS[:40]), len(C.WORDS), sum(1 for v in vendor239.V if vendor239.is_pw(v[2]))))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no negative; no evasion plain "
      "and no Base64-hidden password appears in any text. Values, generated vendor neighbours, Base64 positional values and their inner passwords, "
      "evasion plains and runs are drawn through one registry that refuses repeats and any string in a substring relation (6+ characters) with an "
      "earlier one; a negative is redrawn if it contains any registered string of 6+ characters, a world word + joiner + tail (the password form), a "
      "JWT-shaped string, a UUID-shaped string that is not version 4, or repeats an earlier negative.")
    a("- Structured values are valid: `rlk_` keys carry the real Damm check digit of their 7-digit roaster serial (Damm table asserted against the "
      "textbook example 572 → 4), `gct_` tokens end in the real CRC-32 of their 28-character body (check value of `123456789` = cbf43926, asserted), "
      "`cpt-` tokens satisfy ISO 7064 MOD 97-10 over their alphanumerics (asserted on the textbook IBAN GB82 WEST 1234 5698 7654 32), the Laravel key "
      "is `base64:` + Base64 of exactly 32 bytes, the Fernet key URL-safe Base64 of exactly 32 bytes, the barista token a real HS384 JWT (all "
      "checked). Every UUID-shaped substring of every text is version 4 and every JWT-shaped substring of a positive or evasion text has base64url "
      "JSON header and payload and a signature length that fits its `alg` (checked). Vendor frames: the Home Assistant token is a real HS256 JWT, the "
      "Cloudflare tunnel token and the 1Password service-account token are Base64 of real JSON, the Discord bot token starts with base64url of a "
      "numeric id, Azure storage / LINE / Bedrock bodies are Base64 of the stated number of bytes; all 120 vendor values are checked against a regular "
      "expression built from the same spec that generated them (or the validator of the special frame). Negatives: EAN-13 and GTIN-14 codes carry "
      "real GS1 check digits, container numbers real ISO 6346 check digits (asserted on CSQU 305438 3), IBANs real MOD 97-10 check digits (DE89 3704 "
      "0044 0532 0130 00 reproduced); SRI values, sha256sums and commit ids are real digests of random bytes; ssh-ed25519 keys have the real wire "
      "format (length-prefixed `ssh-ed25519` + 32 bytes); Fernet tokens have version byte 0x80, a timestamp, a 16-byte IV, whole AES blocks and a "
      "32-byte HMAC; bcrypt, yescrypt and sha512crypt bodies are random in frame.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.emberandbean.internal` / `.example`, `*.kettleleaf-tea.example`, "
      "`*.northquay-roasters.example`, `*.cremacollective.internal` / `.example`, private addresses), key names, and the ids written next to a vendor "
      "secret (%s) and the user half of a user / password pair."
      % "; ".join("%s: %s" % (v[0], " ".join(v[4][0])) for v in vendor239.V if v[4]))
    a("- Key names are the type's key words in the container's own case style (upper, snake, camel, pascal, kebab, dot, spaced for chats and notes, "
      "title for CSV headers, the Notion table and OCR). Vendor key names are the full type name in the style's case.")
    a("")
    # ---------------- categories ----------------
    a("## Categories (positives)")
    a("")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (_bt(t[0]), t[2]) for t in everyday239.TYPES) + ".")
    a("")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (_bt(k), s) for k, s, _ in everyday239.CONTAINERS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 types and deals four "
      "consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 records (checked); secrets "
      "therefore also land in implausible places (a Fernet key on the chalkboard, a JWT in a fly.toml)." % everyday239.SEED_PAIRING)
    a("")
    a("Vendor (120 types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* in the public gitleaks rule "
      "file, *believed* from memory, *guessed* where no published shape is known, so that the type is recognisable only from the key name):")
    a("")
    for g, title in vendor239.GROUPS:
        items = [v for v in vendor239.V if v[1] == g]
        a("*%s* (%d): " % (title, len(items)) + "; ".join(
            "%s (%s – %s%s)" % (_bt(v[0]), vendor239.describe(v[2]), v[3], (" – next to it: " + " ".join(v[4][0])) if v[4] else "") for v in items) + ".")
        a("")
    sc = collections.Counter(r["_style"] for r in pos if r["source"] == "vendor")
    a("Styles: " + "; ".join("%s (%s, %d)" % (_bt(s[0]), s[2], sc[s[0]]) for s in vendor239.STYLES) +
      ". Styles are dealt from seeded shuffles; `httpie_bearer_header` carries no key name and is not used for passwords or URL-shaped credentials; "
      "when a style has a neighbour line (an id, key id, e-mail or account name) the neighbour is written in the same style and left unlabelled.")
    a("")
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`, container `%s<syntax>__<suffix>` with suffixes %s): " % (
        by["password"], positional239.SPAN_PREFIX, positional239.SPAN_PREFIX, ", ".join("%s (%s)" % (_bt(v), k) for k, v in positional239.WHERE_SUFFIX.items())) +
        "; ".join("%s (%s, %s)" % (_bt(positional239.SPAN_PREFIX + s[0]), s[1], s[2]) for s in positional239.S) +
      ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; checked). Set aside: " +
      "; ".join("%s (%s)" % (_bt(n), why) for n, why in positional239.SET_ASIDE) + ".")
    a("")
    a("Prose: someone tells a colleague the password of the café office PC and asks them to keep it to themselves; span type `%s`; container "
      "`<format>__<iso639-3>`; formats %s (cyclic). Languages (40): " % (prose239.SPAN_TYPE, ", ".join(_bt(f) for f in prose239.FORMATS)) +
      ", ".join("%s (%s)" % (_bt(c), n) for c, n, _, _ in prose239.L) +
      ". None of them or the spares is among the languages of either README (checked: code against the codes and all deny-listed names; name and each "
      "name word against the language names); Catalan was written first and dropped because its code `cat` is a backticked name (the `cat` command) "
      "in an earlier README. Scripts: " + ", ".join(sorted({x[2] for x in prose239.L})) +
      ". Persian and Urdu are right-to-left with the Latin value embedded; Thai, which writes without spaces, sets the value off with spaces; Armenian, "
      "Amharic, Persian and Urdu put the copula after the value (after a space); every value is set off by whitespace on both sides (checked).")
    a("")
    # ---------------- evasions ----------------
    a("## Evasion encodings")
    a("")
    a("; ".join("%s = \"%s\"" % (_bt(n), enc239.RULES[n][1]) for n in enc239.ORDER) + ".")
    a("")
    a("Families: " + "; ".join("%s: %s" % (enc239.RULES[n][0], _bt(n)) for n in enc239.ORDER) + ".")
    a("")
    a("Evasion types: " + "; ".join("%s (%s)" % (_bt(t[0]), t[2]) for t in evasions239.TYPES) + "; wordings: " +
      ", ".join(_bt(w[0]) for w in evasions239.WORDINGS) + " (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, so "
      "each encoding appears once per type and once per wording). Each text states the rule in words, then `:` and a newline, then the run on its own "
      "line, then a remark (checked).")
    a("")
    a("Encoders are in `enc239.enc` (the rng only adds noise the decoder ignores: tasting-note word choice, rates of rise in the roast log, lot "
      "numbers of the moisture readings, water temperatures of the steeps, the cover words of the case steganography); the decoder `dec239.decode` "
      "gets only the encoding name and the run and is written separately, importing nothing from the encoder and no `base64`, `binascii`, `codecs` or "
      "`unicodedata`, with every table retyped: a base-6 reader, Thai digit offsets, an Italian number-word table built from its own units / tens "
      "(with the elisions ventuno / ventotto and the accented -tré), a BCD reader that rejects nibbles above 9, Runic ranges, the reverse homoglyph "
      "map, a Manchester pair reader that rejects 00 / 11, a Hamming(7,4) reader that checks all three parities, a proquint reader, MIDI note names, "
      "first characters of tokens, regular expressions for the three coffee / tea disguises, an EAN-13 reader that verifies each check digit, the "
      "Porta key walk (self-inverse), a square-plus-remainder reader that insists on the largest square, a brute-force inverse modulo 257, base100 "
      "offsets, big-integer division, bit reversal and the letter-case reader. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of "
      "length 2–44 per encoding while writing (0 failures); at build time every span is decoded back to its `plain` (checked). Plains are redrawn if "
      "they would appear inside their own run (e.g. a plain with no Cyrillic-twin letter under the homoglyph swap).")
    a("")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every encoding of both READMEs (NATO spelling, Baconian, basE91, "
      "Crockford Base32, negabinary, Egyptian, Aegean, Kaktovik, French and Basque number words, Cherokee, Coptic, regional indicators, ones' "
      "complement, MAC and colour disguises, Beaufort, the keyword alphabet, spelled hex digits, prime factorisations, seven-segment, Roman and "
      "Hebrew numerals, Elias gamma, Bubble Babble, CJK packing, element symbols, Brainfuck, multi-tap, Unicode names and the brewery and dental "
      "disguises) and every item of their avoided lists (Morse, Braille, tarot, dice, DNA quads, EBCDIC, stream ciphers, base 36, dozenal, octal, "
      "base 7, ternary, spreadsheet columns, day-of-year, delta coding, sexagesimal, bcrypt radix-64, residue triples, digit blocks and number-word "
      "languages named there, keyboard tricks, hexagrams, zero-width and decoy interleave, circled / fullwidth / mathematical look-alikes, "
      "quoted-printable and escapes, ROT47, Trithemius, Vigenère, Atbash, affine, rail fence, columnar transposition, Polybius, Ascii85, Base45, "
      "z-base-32, uuencode, xxencode, Z85, Base58 / Base62, base32hex, variation selectors, upside-down text, strike overlay, XOR, nibble swap, Gray "
      "code, Zeckendorf, powers of two, factoradic, reversal and other positional orders, MAC and IPv4 groups, chess squares, Glagolitic). Close "
      "relatives remain and a scorer may count them as the same idea: Porta next to the earlier Beaufort / Vigenère (another keyed reciprocal "
      "shift); senary next to the earlier ternary / base 7; Thai digits next to the earlier digit blocks; Italian next to the earlier number-word "
      "languages; Runic next to Cherokee / Coptic / Glagolitic; BCD, Manchester and Hamming next to the earlier bit codes (Baconian, Elias gamma, "
      "Gray); proquints next to Bubble Babble; base100 emoji next to the regional-indicator look-alikes; the square-plus-remainder and modular "
      "inverse arithmetic next to prime factorisations; bit reversal next to ones' complement and nibble swap; the four coffee / tea disguises "
      "(roast log, moisture, steep times, bag barcodes) next to the earlier world disguises. The tasting-note acrostic, the Cyrillic homoglyph swap, "
      "MIDI notes, the big-integer decimal and the letter-case steganography have no close relative in either README.")
    a("")
    # ---------------- negatives ----------------
    a("## Negative classes")
    a("")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    cc = collections.Counter(r["class"] for r in neg)
    for cname, ka, kb, what in negatives239.CLASSES:
        a("| %s | %d | %s, %s | %s |" % (_bt(cname), cc[cname], _bt(ka.__name__[2:]), _bt(kb.__name__[2:]), what))
    a("")
    a("Each base kind appears plain and wrapped " + ", ".join(_bt(w[0]) for w in negatives239.WRAPPERS if w[0]) +
      " (container `<base kind><wrapper>`); the wrappers add staff, ticket, e-mail and forum context whose words say the content is safe.")
    a("")
    # ---------------- checks ----------------
    a("## Checks run by build.py before writing")
    a("")
    a("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief239/` exists it is re-extracted and must be identical (%s). Every container kind "
      "(positives, evasions and negatives), span type, encoding, negative class, negative base kind and wrapper, vendor style, set-aside vendor, "
      "positional suffix, prose format and type, and evasion wording is compared case-insensitively, as a whole and by every `__` part, against the "
      "names; every positional syntax and set-aside syntax with `%s` stripped against the earlier syntaxes and names; every prose language code (and "
      "spare) against the codes and names, its name and name words against the language names." % (info["deny_status"], positional239.SPAN_PREFIX))
    a("- Ids `p239-s-NNNN`, `p239-e-NNNN`, `p239-n-NNNN`, consecutive; exact record and span field sets (in order); exactly one span per positive "
      "and evasion; `text[start:end] == value`; span type = record type; the value occurs exactly once in its text and has no outer whitespace; "
      "evasion spans carry `plain` and `encoding` equal to the record's `encoding`; no placeholder left in any text.")
    a("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 120 distinct types with containers `<type>__<style>`, positional "
      "95–120 distinct syntaxes (one record each), prose 40 in 40 languages, positives 440–470, evasions 66 = 22 encodings × 3 types, negatives ≥ "
      "180 in ≥ 16 classes, no repeated negative text, span types of the sources pairwise disjoint.")
    a("- Shapes: everyday values by type (password regex, Damm digit, CRC-32 tail, MOD 97-10, Laravel key length, Fernet key length and alphabet, "
      "HS384 JWT); vendor values against the regex built from each spec plus frame checks (Discord id, 1Password JSON, Home Assistant JWT, "
      "Cloudflare tunnel JSON); positional values in strict password form (Base64 spans decoded first, the user half present); prose values strict "
      "and set off by whitespace; evasion plains by type; evasion layout (rule, `:` newline, run line, remark) and container `<encoding>__<wording>`.")
    a("- Every evasion run decodes with `dec239.decode` to its `plain`, and the run never contains or equals its plain.")
    a("- No value is reused; none appears in any other record or any negative; no evasion plain or Base64-hidden password appears in any text; no "
      "negative contains a world-word password form or a JWT; every UUID-shaped substring of every text is version 4; every JWT-shaped substring of a "
      "positive or evasion text is a valid JWT.")
    a("- Determinism: everything is generated twice in one process and the three JSONL files and this README must be byte-identical.")
    a("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): %s. Clean run errors: %d."
      % (len(info["mutations"]), sum(c for _, c in info["mutations"]), len(info["mutations"]),
         ", ".join("%s (%s)" % (_bt(n), "caught" if c else "MISSED") for n, c in info["mutations"]), info["clean_errors"]))
    a("")
    # ---------------- shapes ----------------
    a("## Shapes you had to guess")
    a("")
    for prov, head in ((vendor239.R, "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`; "
                                     "nothing copied; every value generated; where the rule gives only a prefix, a case-insensitive class or a length range, "
                                     "the exact length and case are mine)"),
                       (vendor239.B, "*Believed right from memory of public rule sets and vendor docs (not re-read this session)*"),
                       (vendor239.G, "*Guessed (length and alphabet only; most coffee-trade vendors publish no token format the builder knows, so these "
                                     "are recognisable from the key name only)*"),
                       (vendor239.O, "*Owner-chosen passwords (a trade portal or account unlocked with a password the roastery picked)*")):
        items = [v for v in vendor239.V if v[3] == prov]
        a("%s (%d): " % (head, len(items)) + "; ".join("%s (%s)" % (_bt(v[0]), vendor239.describe(v[2])) for v in items) + ".")
        a("")
    a("Also invented or guessed: the everyday layouts `rlk_` (Damm), `gct_` (CRC-32) and `cpt-` (MOD 97-10) and the evasion prefixes `rfs_` / "
      "`wsp-` are invented; the Laravel `APP_KEY`, the Fernet key and the HS384 JWT are real formats used for invented purposes. The roaster console "
      "operator list, the till drawer TSV and the green-store lockbox list are invented formats of this world. Syntaxes written from memory, not "
      "re-checked against manuals (notably `rclone obscure`, `net ads join -U user%secret`, `smbcacls -U`, `squidclient -w`, `sendemail -xu/-xp`, "
      "`schtasks /rp`, `kwallet-query -w` reading stdin, `gopass insert -f` reading stdin, `systemd-creds encrypt -`, `fly secrets import` reading "
      "stdin, the redis-py positional order (host, port, db, password), the `UsmUserData` positional, the `PyKeePass` positional, `luasql` "
      "`env:connect` order, Exposed `Database.connect` order, `OPENROWSET` with the semicolon triplet, `ATTACH … KEY` in SQLCipher, the Wireshark "
      "LDAP and AMQP decode layouts, and the Maestro, Katalon, robotjs and AutoHotkey v2 forms). Evasion code points (Runic U+16A0–U+16DD, Thai "
      "digits U+0E50–U+0E59, the Cyrillic twins, base100 U+1F424–U+1F471) were checked with Python's `unicodedata` in the scratch directory. "
      "Negatives: ICO mark, EUDR, certificate, tea invoice and terminal layouts are approximate; bcrypt / yescrypt / sha512crypt bodies are random "
      "in frame.")
    a("")
    # ---------------- judgement calls ----------------
    a("## Judgement calls")
    a("")
    a("- Everyday: six owner-chosen passwords (roaster console, espresso telemetry gateway, POS back office, green inventory DB, subscription shop "
      "admin, checkweigher HMI) and six generated secrets (`rlk_` Damm key, `gct_` CRC-32 token, `cpt-` MOD 97-10 token, Laravel `APP_KEY`, Fernet "
      "key, HS384 JWT). The Laravel span includes the `base64:` prefix because the whole string is the configured value. The Fernet key is bare "
      "URL-safe Base64 with nothing but the key name to tell it from random ids; the Fernet *tokens* of the negatives are ciphertext (the trap pair). "
      "Everyday passwords may contain `+ ! ~`. Key names in everyday files say password / key / token / jwt – that is how such files look; the "
      "telling-key-free cases are in the positional source.")
    a("- Vendor: most coffee-trade vendors (Cropster, Loring, IKAWA, Roest, Typica, Algrano, Acaia, La Marzocco cloud, Bottomless, Trade, Cratejoy, "
      "Recharge, Loyverse, Lightspeed Restaurant, Faire, Ordermentum, Deputy, 7shifts, Uber Eats, Deliveroo) publish no token format the builder "
      "knows, so their types are recognisable only from the key name (part of the test). %d vendor types carry owner-chosen passwords. The Slack "
      "incoming-webhook URL is labelled whole (the URL is the credential); the Ably key is labelled whole including its public `app.key` id; the "
      "Braintree token keeps its `access_token$production$` frame. Same-shape traps: the Google Gemini `AIza` key (secret) against the Maps browser "
      "key (`AIza`, public) of the negatives; the Stripe `sk_live_51` key against `pk_live_51`; the Shopify Admin `shpat_` / `shpca_` tokens against "
      "the 32-hex Storefront token (public by design) of the negatives; UUIDv4 secrets (Ordermentum, Royal Mail, Snyk, Govee, SmartThings) against "
      "request and idempotency ids; many hex secrets (IKAWA, Typica, Acaia, Loyverse, Deputy, Datadog, PagerDuty, Linode, ShipStation, Twilio) "
      "against the digests and commit ids of the negatives. Ids next to a secret stay unlabelled as the public half of a pair (arguable for the AWS "
      "access key id, the Pushover user key, the Etsy keystring and the Tuya access id, which some detectors flag on their own). The Notion table "
      "and the WhatsApp paste use spaced / title key names, and the HTTPie style has no key name at all (vendor only from the host)."
      % sum(1 for v in vendor239.V if vendor239.is_pw(v[2])))
    a("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `/p:`, `/rp`, `-w`, `-xp`, glued `-p` in 7z / unrar; pairs `user:secret`, "
      "`user,secret`, `user%secret`, `user/secret@db`; URL userinfo in pip, restic, WinSCP, mongoimport and six libraries; positionals in `net use`, "
      "`rabbitmqctl add_user`, `mosquitto_passwd -b`, `wpa_passphrase`; library call positions in Python, Node, Java, Kotlin, C#, Go, Rust, Ruby, "
      "PHP, Perl, Lua, Arduino and C), unlocks or encrypts (zip / 7z / unrar, PyKeePass, KeyStore.load, SQLCipher ATTACH KEY, AES_ENCRYPT, "
      "openssl_encrypt), signs with a literal (PyJWT, jsonwebtoken, java-jwt, golang-jwt, ruby-jwt, pgcrypto hmac), is stored for later use "
      "(docker / gcloud / gh / wrangler / fly / gopass / kwallet / systemd-creds via stdin, kubectl --from-literal, chpasswd, rclone obscure, "
      "bcrypt.hash seeding an admin), sits in a file by position (davfs2 secrets, rsyncd.secrets, dovecot passwd-file, postfix SASL map, exim "
      "passwd.client, strongSwan XAUTH, pgbouncer userlist, stunnel PSK, `.npmrc` `_auth` (span is the Base64), three invented roastery files), "
      "travels in a protocol exchange (LDAP bind decode `simple:`, AMQP Start-Ok response, IRC OPER and channel key, a raw `Authorization: Basic` "
      "(span is the Base64)) or is typed by automation (neutral field ids `f1` / `f2`). Weakest kept cases, with a hint nearby: the `pin`, `unlock` "
      "and `combo` column headers of the invented files (door / drawer / lockbox codes rather than account passwords), the channel key after `JOIN`, "
      "`key=` of the netsh hosted network and the Wi-Fi passphrases (shared secrets, not personal passwords), the `simple:` label of the LDAP decode, "
      "`XAUTH` in ipsec.secrets, `{PLAIN}` in the dovecot file, the `assword:` prompt before pexpect's `sendline`, `kubectl --from-literal` with a "
      "neutral key, `AES_ENCRYPT` / `openssl_encrypt` / JWT signing literals (encryption and signing keys typed like passwords), the `bcrypt.hash` "
      "seed (the literal is the future admin password) and `rclone obscure` (the output is reversible obfuscation, the input is the password). "
      "Syntaxes whose flag, keyword or function says pass / passwd / password / pwd / pw / passphrase right before the value were not written (see "
      "the set-aside list); tool names such as `mosquitto_passwd`, `wpa_passphrase` and `chpasswd` do contain such words but not right before the "
      "value. Closest relatives of earlier syntaxes, kept because the tool, file or mechanism differs: `bcp -U/-P` (earlier sqlcmd), `crane`, "
      "`ncftp`, `rdesktop` (earlier -u/-p pairs), the percent pairs of `net ads join` and `smbcacls` (earlier smbclient), URL userinfo (earlier "
      "mongosh, pgloader, git), `sqlplus user/secret@` (earlier the JDBC thin URL), the raw `Authorization: Basic` (earlier Proxy-Authorization and "
      "nginx), `.npmrc _auth` (earlier Docker `auths`), pexpect (earlier expect), the UI typing calls (earlier Selenium, TestCafe, pyautogui and "
      "others).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for %s; modest for %s; low for "
      "%s. Loan words (password in Italian, Maltese, Urdu, Bengali, Telugu; PC / computer forms in many) are kept as people use them. `azj` is North "
      "Azerbaijani (named Azerbaijani), `lvs` Standard Latvian (named Latvian), `pes` Iranian Persian (named Persian), `ell` Modern Greek (named "
      "Greek), `sqi` Albanian (macrolanguage; the sentence is standard Tosk-based)."
      % (prose239.CONFIDENCE["fair"], prose239.CONFIDENCE["modest"], prose239.CONFIDENCE["low"]))
    a("- Evasions: the homoglyph run looks exactly like plain Latin text to a human and differs only in code points (the most surprising one); the "
      "base100 run is a row of animal and clothing emoji; the acrostic reads as a list of tasting notes; the letter-case run reads as a (badly "
      "capitalised) tasting sentence; the roast log, moisture readings, steep schedule and bag barcodes look like ordinary production data of this "
      "world and sit next to genuine batch, lot and EAN data in the negatives; the EAN codes carry real GS1 check digits, so a barcode validator "
      "accepts them; the Porta key CREMA is stated in the rule, so the run is reversible by anyone reading it.")
    a("- Negatives: ICO marks, lots, batch and profile ids, EANs, GTINs, serials, container numbers, certificates, invoice numbers and tea lots are "
      "identifiers (GS1 and ISO 6346 check digits real); IBANs, BICs and VAT numbers are printed on every invoice (IBAN check digits real); "
      "Stripe `pk_live_51`, the Shopify Storefront token, PostHog `phc_`, the reCAPTCHA site key, the Maps browser key (`AIza`), Mapbox `pk.`, the "
      "Algolia search-only key and the Sentry DSN are public by design (the `AIza` browser key and the 32-hex Storefront token are the most arguable "
      "negatives); the AWS documentation pair, `sk-proj-...`, `sk_live_REPLACE_ME`, `xoxb-your-bot-token`, `ghp_XXXX…`, `<…>` values and the "
      "`.env.example` with this corpus's key names and empty / `changeme` / `<set-in-vault>` / `${VAR:?}` values are placeholders (a trap for "
      "key-name-only detectors); masked values carry at most four characters of a value; ExternalSecret, secretKeyRef, `_FILE`, `op://`, "
      "`{{resolve:ssm-secure}}`, `${{ secrets.X }}` and ARNs are pointers; bcrypt, yescrypt and sha512crypt strings are one-way hashes (in a column "
      "called password – a trap); Fernet tokens and the Rails `.yml.enc` body are ciphertext; ssh-ed25519 and minisign keys are public; SRI, "
      "sha256sums and commit ids are public digests; receipts carry masked PANs, 6-character auth codes, terminal ids and RRNs. Random fillers are "
      "generated, so an entropy-only detector will hit them – that is the point.")
    a("")
    # ---------------- sources ----------------
    a("## Sources consulted")
    a("")
    a("- The two READMEs in `/tmp/brief239/` (p236 and p237), for format and coverage only. The detector was not opened, listed or searched; nothing "
      "else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except `/tmp/scratch239/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule file "
      "(`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror directory and extracted with "
      "`git show` into `/tmp/scratch239/`), read for the rules behind every vendor type marked *read this session* above (among them Stripe "
      "`sk_live_`, Shopify `shpat_` / `shpca_`, GoCardless `live_`, Mailchimp `-us`, Brevo `xkeysib-`, Notion `ntn_`, Airtable `pat….`, Slack "
      "`xoxb-` and webhook URLs, MessageBird, Mailgun `key-` and signing key, Intercom, Zendesk, OpenAI `sk-proj-` with `T3BlbkFJ`, Anthropic "
      "`sk-ant-api03-`, GCP `AIza`, Hugging Face `hf_`, Perplexity `pplx-`, AWS Bedrock `ABSK`, GitHub `ghp_` / `gho_`, GitLab `glpat-`, npm `npm_`, "
      "Sentry `sntryu_`, Heroku `HRKU-AA`, Cloudflare API token, 1Password `ops_eyJ`, Fly.io `fo1_`, RubyGems `rubygems_`, Pulumi `pul-`, "
      "ClickHouse `4b1d`, DigitalOcean `dop_v1_`, Datadog, Fastly). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened "
      "this session; the remaining shapes come from the builder's memory and are marked above as believed or guessed. Python's standard library "
      "(`hashlib`, `hmac`, `base64`, `json`, `zlib` for CRC-32) computes the digests, HMACs, check values and encodings of generated values; Damm, "
      "MOD 97-10, GS1, ISO 6346, proquints, Hamming(7,4), Porta and the Italian number words are written by hand.")
    a("")
    return "\n".join(L)
