"""Renders README.md from the generated data and the module tables."""
from collections import Counter

import everyday241 as ev
import evasions241 as es
import negatives241 as ng
import positional241 as po
import prose241 as pr
import vendor241 as vd
from common241 import WORLD_WORDS


def _c(x):
    return "`%s`" % x


def render(data, dl, muts, dl_status):
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    src = Counter(r["source"] for r in S)
    L = []
    a = L.append
    a("# privacy_twohundredfortyfirst (p241) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **cheesemakers**: farmstead and artisan cheesemakers, dairy farms and creameries, affineurs and cheese counters – "
      "the vat room (a CODESYS global variable list, a node-opcua server, a Modbus-to-MQTT bridge TOML), the milking parlour and farm gateway "
      "(Node-RED settings.js, Home Assistant secrets.yaml, ESPHome YAML, PlatformIO build flags), the ripening caves (Zabbix agent, Vector), "
      "the herd app (Flutter envied class, Android local.properties, Expo app.json), the creamery ERP (Spring application.yml, Laravel .env, "
      "Rails credentials, Phoenix runtime.exs, ASP.NET appsettings, pydantic-settings, Go envconfig tags), the farm shop (wp-config.php, Nuxt runtime config, fly.toml), "
      "the cheese counter (scale-sync XML, a PowerShell PLU push), the milk lab (a Jupyter cell, an Excel VBA module), ops (Ansible inventory, Pulumi stack config, "
      "docker-compose, kustomize secretGenerator, Nomad, systemd, Bitbucket Pipelines, CircleCI, bash history, fish, PowerShell profile, Argo CD Helm parameters) "
      "and the messy places values get pasted (a Teams chat, a WhatsApp group, a cheesemakers' forum post, a Trello comment, a make-sheet CSV, an OCR of the cave-door clipboard, "
      "an e-mail to the IT contractor); secrets of this world such as a Damm-checked `whl_` wheel-tracking key, a CRC-16-tailed `mct_` milk-collection token, "
      "a Rails `secret_key_base`, an HS384 herd-records JWT, a Laravel `APP_KEY` and a minisign firmware-signing secret key; the trade's own services and kit "
      "(Lely Horizon, DeLaval DelPro, GEA, Afimilk, DairyComp, CowManager, smaXtec, SenseHub, Nedap, DHIA, NMR, DFA, Arla, farmOS, TraceGains, SafetyCulture, Katana, MRPeasy, "
      "Craftybase, Barn2Door, Local Line, Harvie, Goldbelly, the American Cheese Society, USDA eAuth, FDA FURLS, Monnit, Milk Moovement, The Things Network, LoRaWAN AppKeys, "
      "ChirpStack, Sensaphone) plus the commerce, messaging, AI, developer and ops services such developers use (120 vendor types in all); with hard negatives from the same world "
      "(make and curd-lot numbers, casein labels, tanker tickets, ear tags and EIDs, variable-weight EAN-13 labels, health marks, milk-quality reports, LoRaWAN DevEUIs, "
      "publishable keys, placeholders, masked values, secret-store lookups, bcrypt / crypt hashes, PGP and Rails ciphertext, ssh and minisign public keys, checksums, "
      "IBANs and SEPA creditor ids, request ids, device serials, password-policy prose). Everything is produced by `build.py` and its modules (`common241.py`, `everyday241.py`, "
      "`vendor241.py`, `positional241.py`, `prose241.py`, `enc241.py`, `dec241.py`, `evasions241.py`, `negatives241.py`, `checks241.py`, `readme241.py`, frozen deny-list "
      "`brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (24101 everyday values, 24111 everyday pairing, 24102 vendor, 24109 vendor styles, "
      "24103 positional, 24104 prose, 24105 evasions, 24106 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, "
      "compares the bytes of the three JSONL files and of this README, runs every check and %d mutation tests, and only then writes the files (on any failure it prints "
      "the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief241/`.\n" % len(muts))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory (`benchmarks/corpora/privacy_twohundredfortyfirst/`) "
      "was created (with `mkdir -p`) and written; the only listing made there was `ls -la` of this directory itself (right after creating it – which prints its own "
      "`.` and `..` entries only – and after the final build), plus reads, edits, greps and runs of its own files; its parent was never listed or searched, nothing else "
      "under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project material read were the two READMEs in `/tmp/brief241/` "
      "(`README_twohundredthirtysixth.md`, p236, breweries; `README_twohundredthirtyeighth.md`, p238, photographers; the directory was listed once with `ls -la` and "
      "the files sized with `wc -c`), read with `cat`, `sed`, `grep` and small Python slices, used only to learn the file format and what is already covered. "
      "No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch241/` (an extracted copy of the public gitleaks rule file and an encoder / "
      "decoder round-trip script). The deny-list (`common241.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, "
      "lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every "
      "`` `code` (Name) `` pair (%d) and the names and name words of those pairs (%d). It is frozen in `brief_names.json`; when `/tmp/brief241/` exists the build "
      "re-extracts it and fails if it differs (this build: %s). Ideas the two READMEs name only in prose (their *avoided* / *set aside* lists of encodings, syntaxes, "
      "vendors and languages) were avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(dl["names"]), len(dl["syntaxes"]), len(dl["language_codes"]), len(dl["language_names"]), dl_status))

    # ---------------- files and counts ----------------
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(S), sum(len(r["secrets"]) for r in S), len({r["type"] for r in S}), len({r["container"] for r in S}),
         src["everyday"], src["vendor"], src["password"], src["prose"], len(pr.LANGS)))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(E), len(E), len({r["type"] for r in E}),
                                                                       len({r["container"] for r in E}), len({r["encoding"] for r in E})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len({r["container"] for r in N}), len({r["class"] for r in N})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(dl["names"]), len(dl["syntaxes"]), len(dl["language_codes"]), len(dl["language_names"])))
    a("Schema (as in the earlier corpora): positives `id` (`p241-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with exactly one span: "
      "`value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p241-e-NNNN`): `id`, `type`, `container`, a record-level "
      "`encoding`, `text`, `secrets`, `source` (`evasion`); the single span also has `plain` (the clean secret) and `encoding`. Negatives (`p241-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    wh = Counter(r["container"].split("__")[0] for r in S if r["source"] == "password")
    rev = {v: k for k, v in po.WHERE.items()}
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (written candidates set aside: "
      "`checkout_com_secret_key` (in the deny-list – an earlier README set it aside), `uptimerobot_main_api_key` and `linode_personal_access_token` (trimmed to keep 120)). "
      "Positional passwords %d (one record per syntax; by where the text lives: %s). Prose 40 in 40 languages (written and replaced: `cat` (Catalan – `cat` is "
      "backticked in an earlier README as a shell command, so the deny-list holds it) and `ceb` (Cebuano, an earlier README's spare)). Evasions 66 = 22 × 3. "
      "Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: about 450). Strings drawn through the registry: %d.\n"
      % (src["password"], ", ".join("%s %d" % (rev[k], v) for k, v in sorted(wh.items(), key=lambda kv: (-kv[1], kv[0]))),
         len(N), len(ng.CLASSES), len(S), data["meta"]["registry_size"]))

    # ---------------- conventions ----------------
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never the quotes and never the key. "
      "Values pasted where they do not belong (Teams and WhatsApp chats, a forum post, a Trello comment, an e-mail, a make-sheet CSV, a clipboard OCR, bash history, "
      "a fly.toml `[env]`, a CI log, a Bitwarden export) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability 0.4) + one of `- _ . + ! ~` + 3–5 lower-case "
      "letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for "
      "the six everyday password types and the owner-chosen vendor passwords, and `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain positional value, "
      "the password hidden in the Base64 positional value, every prose value and every office-PC evasion plain."
      % (", ".join(sorted(WORLD_WORDS)[:40]), len(WORLD_WORDS)))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; no evasion plain and no "
      "Base64-hidden password appears in any text. Values, vendor neighbours, hidden passwords, evasion plains and runs are drawn through one registry that refuses "
      "repeats and any string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered string of 6+ "
      "characters, a world word + joiner + tail (the password form), a malformed JWT-shaped string or a UUID-shaped string that is not version 4, or repeats an earlier negative.")
    a("- Structured values are valid: `whl_` keys carry the real Damm check digit of their 9-digit creamery number, `mct_` tokens end in the real CRC-16/CCITT-FALSE "
      "(poly 0x1021, init 0xFFFF; self-test `123456789` → 29B1) of their 28-character body, Rails keys are 128 hex, herd tokens are real HS384 JWTs, Laravel keys are "
      "`base64:` + Base64 of 32 bytes, minisign keys decode to 158 bytes with the `EdScB2` header and the scrypt limits (all checked). Every UUID-shaped substring of every "
      "text is version 4 and every JWT-shaped substring has base64url JSON header and payload and a signature length that fits its `alg` (checked). Vendor frames: the "
      "ChirpStack and Home Assistant tokens are real HS256 JWTs, the Wix key is `IST.` + an RS256-shaped JWT, the Intercom token is Base64 of `tok:<uuid>:1:0`, "
      "the 1Password service-account token is `ops_` + Base64 of real JSON, the Cloudflare tunnel token is Base64 of real JSON, the Bedrock key is `ABSK` + Base64 of "
      "`BedrockAPIKey-…`, the Azure storage key is Base64 of 64 bytes; all 120 vendor values are checked against a regular expression built from the same spec that "
      "generated them (or the validator of the special frame). Negatives: EAN-13 / GTIN-14 codes carry real GS1 check digits, IBANs and SEPA creditor ids real "
      "mod-97 check digits, IMEIs a real Luhn digit; release sums, commit ids and report hashes are real digests of random bytes; ssh-ed25519 keys are Base64 of the "
      "real wire frame; bcrypt, crypt, PGP and Rails ciphertext bodies are random in the right frame.")
    nbs = [(t, nb) for t, g, spec, prov, nb, host in vd.V if nb]
    a("- Public neighbours are unlabelled: user names, hosts (`*.alpine-creamery.example`, `*.greenmeadow-dairy.example`, `*.cavehouse-cheese.example`, "
      "`*.hillside-farmshop.example`, private addresses), key names, and the ids written next to a vendor secret (%s) and the user half of a user / password pair."
      % "; ".join("%s: %s" % (t, nb) for t, nb in nbs))
    a("- Key names are the type's key words in the container's own case style (upper, snake, camel, pascal, kebab, dot, spaced for chats and e-mails, title for "
      "CSV headers and OCR). Vendor key names are the full type name in the style's case.\n")

    # ---------------- categories ----------------
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (_c(t), d) for t, w, d, k in ev.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (_c(k), s) for k, s, d, t in ev.CONTAINERS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 24111) of the 12 types and deals four consecutive "
      "types to each kind, so every kind holds four different types and every type sits in exactly 15 records (checked); secrets therefore also land in implausible places.\n")
    a("Vendor (120 types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* in the public gitleaks rule file, *believed* "
      "from memory, *guessed* where no published shape is known, so that the type is recognisable only from the key name):\n")
    groups = []
    for t, g, spec, prov, nb, host in vd.V:
        if g not in groups:
            groups.append(g)
    for g in groups:
        items = [(t, spec, prov, nb) for t, gg, spec, prov, nb, host in vd.V if gg == g]
        a("*%s* (%d): " % (g, len(items)) + "; ".join(
            "%s (%s – %s%s)" % (_c(t), vd.spec_desc(spec), prov, (" – next to it: " + nb) if nb else "") for t, spec, prov, nb in items) + ".\n")
    a("Styles: " + "; ".join("%s (%s, %d)" % (_c(s), vd.STYLE_DESC[s], sum(1 for r in S if r["source"] == "vendor" and r["container"].endswith("__" + s)))
                             for s, c in vd.STYLES) +
      ". Styles are dealt from seeded shuffles; the two header styles (`curl_x_api_key_header`, `httpie_bearer_flag`) are used only for keys and tokens with a "
      "known API host (not for passwords and URL-shaped credentials), `bitwarden_json_export_item` not for URLs.\n")
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`, container `<where>__<syntax>` with where = %s): " %
      (len(po.S), po.PFX, ", ".join("%s `%s`" % (k, v) for k, v in po.WHERE.items())) +
      "; ".join("%s (%s, %s)" % (_c(po.PFX + s), w, d) for s, w, d, t in po.S) +
      ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; checked). Set aside: "
      "`mongodump_lower_p_after_lower_u` (an earlier README set it aside – in the deny-list); `paho_username_pw_set_second` (the function says pw); "
      "`smbpasswd_stdin_twice` (the value would occur twice); `pop3_pass_command` (the command is PASS); `trimmed_for_count` (24 further syntaxes were written and "
      "trimmed to keep the count near 110: scalectl here-string, kubectl from-literal, python keyboard.write, VBA SendKeys, jjwt hmacShaKeyFor, php-jwt encode, "
      "bcryptjs hashSync, Perl Net::Telnet login, FluentFTP ctor, jlaffaye ftp Login, Ruby Net::FTP.open, racoon psk.txt, lighttpd plain userfile, exim "
      "passwd.client, rar -hp, ncftpput -p, couchbase-cli -p, pysnmp UsmUserData, netsh wlan key=, PQsetdbLogin, MicroPython umqtt, crypto.createCipher, "
      "itsdangerous serializer, vncpasswd -f).\n")
    a("Prose: someone tells a colleague the password of the creamery office PC and asks them not to pass it on; span type `%s`; container `<format>__<iso639-3>`; "
      "formats %s (cyclic). Languages (40): %s. None of them is among the languages of either README (checked: code against the codes and all deny-listed names; "
      "name and each name word against the language names); Italian and Turkish are kept out of the prose because this corpus uses them for number words (and an "
      "earlier README used them for prose). Scripts: %s. Persian and Urdu are right-to-left with the Latin value embedded; Thai, Khmer and Tibetan, which write "
      "without spaces, set the value off with spaces; Basque, Persian, Urdu, Punjabi, Nepali, Amharic and Tibetan put the copula after the value (after a space); "
      "every value is set off by whitespace on both sides (checked).\n"
      % (pr.TYPE, ", ".join(_c(f) for f in pr.FORMATS), ", ".join("%s (%s)" % (_c(c), n) for c, n, s, t in pr.LANGS),
         ", ".join(sorted({s for c, n, s, t in pr.LANGS}))))

    # ---------------- evasions ----------------
    a("## Evasion encodings\n")
    a("; ".join("%s = \"%s\"" % (_c(e), rule) for e, fam, rule in es.ENCODINGS) + ".\n")
    a("Families: " + "; ".join("%s: %s" % (fam, _c(e)) for e, fam, rule in es.ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("%s (%s)" % (_c(t), d) for t, d in es.TYPES) + "; wordings: " + ", ".join(_c(w) for w in es.WORDINGS) +
      " (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, so each encoding appears once per type and once per wording). "
      "Each text states the rule in words, then `:` and a newline, then the run on its own line, then a remark (checked).\n")
    a("Encoders are in `enc241.enc` (the rng only adds noise the decoder ignores: the cheese chosen for an acrostic letter and the unit after a digit, vat numbers, "
      "wheel numbers, tank numbers and protein values, scale item numbers); the decoder `dec241.decode` gets only the encoding name and the run and is written "
      "separately, importing nothing from the encoder and no `base64`, `binascii`, `codecs` or `unicodedata` (it uses `struct` for the float32 words), with every "
      "table retyped: a Bubble Babble reader that verifies the checksum seed of the final group, the proquint consonant / vowel tables, the reverse homoglyph map "
      "keyed by code point, Ethiopic and counting-rod code-point offsets (the rods reader checks that vertical and horizontal forms alternate by place), Italian "
      "(with the elision rule checked) and Turkish word tables, a Brainfuck interpreter with a step limit, first letters for the acrostic, float32 packing with the "
      "zero fill stripped, integer square roots, the autokey walk rebuilt from the recovered plaintext, Manchester pairs (anything but LH / HL rejected), regular "
      "expressions plus arithmetic for the four cheese disguises (the EAN-13 reader verifies the GS1 check digit), the base100 offset, base-6 digits, a Unicode-name "
      "table, the GPS fix reader and a Hamming(7,4) reader that rejects any codeword with a non-zero syndrome. Every pair was round-tripped on 300 random "
      "`[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); Bubble Babble was checked against the published vectors (the empty string → `xexax`, "
      "`1234567890` → `xesef-disof-gytuf-katof-movif-baxux`, `Pineapple` → `xigak-nyryk-humil-bosek-sonax`) and proquints against `127.0.0.1` → `lusab-babad`; at "
      "build time every span is decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every encoding of both READMEs (NATO spelling, Baconian, basE91, Crockford Base32, "
      "negabinary, Egyptian, Aegean, Kaktovik, Attic and Armenian numerals, French and Dutch number words, Cherokee, regional indicators, ones' complement, MAC "
      "addresses, CSS / RGB colours, Beaufort, tally marks, Gray code, prime factorisations, spelled hex digits, seven-segment patterns, Base58, zlib + Base64, HTML "
      "entities, sans-serif bold letters, bit rotation, IPv6 hextets, keyword substitution, the brewery and photography disguises) and every item of their avoided "
      "lists (Roman, Greek, Hebrew, Chinese, Mayan, Balinese numerals; German, Spanish, Esperanto, Estonian, Latin, Swahili, Icelandic, Māori, Japanese, Lithuanian "
      "number words; uuencode, xxencode, Base45, Z85, Ascii85, z-base-32, base32hex, octal, quoted-printable, escapes; XOR, Polybius, Atbash, affine, Caesar family, "
      "ROT47, Vigenère, Trithemius, columnar, rail fence, reversal and other positional orders; Zeckendorf, factoradic, balanced ternary, BCD, powers of two, base 7, "
      "duodecimal, base 36, sexagesimal, ternary; Morse, Braille, tarot, dice, DNA quads, EBCDIC, RC4 / ChaCha20 / XTEA; tag characters, zero-width and decoy "
      "interleave, combining overlays, upside-down text, the mathematical, fullwidth, circled, squared and parenthesized letters; chess squares, hexagrams, resistor "
      "bands, weekdays, clock times, IPv4 quads, spreadsheet columns, A1Z26, element symbols, keyboard tricks). Close relatives remain and a scorer may count them as "
      "the same idea: the autokey cipher next to the earlier Vigenère / Beaufort (a keyed shift, here with a self-extending key); the Cyrillic / Greek homoglyphs next "
      "to the earlier look-alike blocks (mathematical, fullwidth, circled letters) and script substitutions (Cherokee, Glagolitic); Ethiopic numerals next to the "
      "Armenian / Greek alphabetic numerals and counting rods next to the Chinese numerals; Italian and Turkish number words next to the earlier number-word languages; "
      "base 6 next to the earlier numeral bases (ternary, base 7, negabinary, base 20); squares next to prime factorisations (arithmetic on code points); Manchester "
      "and Hamming(7,4) next to the earlier bit codes (Baconian, Gray); base100 emoji next to the regional-indicator letters (an emoji block, but one symbol per byte); "
      "Bubble Babble and proquints next to the spelled encodings (NATO, spelled hex) – both are pronounceable byte encodings; Unicode character names next to the NATO "
      "spelling; the acrostic is a positional trick (earlier positional orders were avoided, but reading initials is not a reordering); the float32 words, pH, "
      "affinage-days, butterfat, scale-label and GPS disguises next to the earlier world disguises of code points (ABV, gravity, f-numbers, shutter speeds).\n")

    # ---------------- negatives ----------------
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    for cls, desc, g1, g2 in ng.CLASSES:
        a("| %s | %d | %s, %s | %s |" % (_c(cls), sum(1 for r in N if r["class"] == cls), _c(g1.__name__), _c(g2.__name__), desc))
    a("\nEach base kind appears plain and wrapped " + ", ".join(_c(w) for w, t in ng.WRAPPERS if w) +
      " (container `<base kind><wrapper>`); the wrappers add staff, ticket, e-mail and forum context whose words say the content is safe.\n")

    # ---------------- checks ----------------
    a("## Checks run by build.py before writing\n")
    a("- Deny-list: re-extracted from `/tmp/brief241/` when present and compared with `brief_names.json`; every container kind, span type, syntax (prefix stripped), "
      "encoding, negative class and negative container kind is compared case-insensitively, as a whole and by every `__` part, against the names and syntaxes; every "
      "language code against the codes and names, every language name and name word against the language names.")
    a("- Spans: exactly one span per positive and evasion, `text[start:end] == value`, span type = record type, the value occurs exactly once in its text, no "
      "template placeholder left; ids are consecutive and well-formed; negatives carry exactly the five negative keys.")
    a("- Counts: everyday 180 = 12 types × 15 = 45 kinds × 4 with four different types per kind; vendor 120 distinct types; positional 95–120 distinct syntaxes; "
      "prose 40 in 40 languages; positives about 450 (430–470); evasions 22 × 3; negatives ≥ 180 in ≥ 16 classes.")
    a("- Uniqueness: no value reused; no positive or evasion value inside any other text (positives, evasions, negatives); no evasion plain or Base64-hidden "
      "password in any text; no repeated negative text.")
    a("- Validity: the six everyday generated formats (Damm, CRC-16, Rails hex, HS384 JWT, Laravel key, minisign frame), the password regular expressions, every "
      "vendor value against its spec, the Base64 positional value against its hidden password, every UUID-shaped substring is v4, every JWT-shaped substring is "
      "well-formed, prose values are set off by whitespace, every evasion decodes to its `plain` and has the rule / `:` / run / remark layout, negatives carry no "
      "password-shaped string.")
    a("- Determinism: everything is generated twice in one process; the three JSONL files and this README must be byte-identical.")
    a("- Mutation tests on deep copies, each of which the checks must catch (this build: %d of %d caught): %s.\n"
      % (sum(c for _, c in muts), len(muts), "; ".join("%s (%s)" % (n, "caught" if c else "MISSED") for n, c in muts)))

    # ---------------- guesses ----------------
    a("## Shapes you had to guess\n")
    for label, key in (("Read this session in the public gitleaks rule file", vd.G), ("Believed from memory, not re-checked this session", vd.B),
                       ("Guessed (length and alphabet only; most dairy-trade vendors publish no token format the builder knows, so these are recognisable from the key name only)", vd.U)):
        items = [(t, spec) for t, g, spec, prov, nb, host in vd.V if prov == key]
        a("*%s* (%d): %s.\n" % (label, len(items), "; ".join("%s (%s)" % (_c(t), vd.spec_desc(spec)) for t, spec in items)))
    own = [t for t, g, spec, prov, nb, host in vd.V if prov == vd.O]
    a("*Owner-chosen passwords (the portal is unlocked with a password the farm picked)* (%d): %s.\n" % (len(own), ", ".join(_c(t) for t in own)))
    a("Also invented or guessed: the everyday layouts `whl_` (Damm) and `mct_` (CRC-16) and the evasion prefixes `cvx_` / `afp-` are invented; the Rails key, "
      "HS384 JWT and Laravel key are real formats used for invented purposes; the minisign secret-key frame (`Ed` `Sc` `B2`, 32-byte salt, opslimit 33554432, "
      "memlimit 1073741824, 104 key bytes, 212 Base64 characters) is from memory. The vat-room roster CSV, the cave-door keypad TSV, the tanker-driver PIN file and "
      "the counter-scale fixed-width user table are invented formats of this world. Syntaxes are written from memory, not re-checked against manuals (notably "
      "`sapcontrol -user NAME SECRET`, `hdbsql -p`, `emqx ctl admins add`, `influx user create -p`, the NUT `MONITOR` field order, the davfs2 secrets column order, "
      "the stunnel PSK file, dovecot `{PLAIN}`, `pyminizip.compress` argument order, `Workbooks.Open` password position, the NodeMCU `mqtt.Client` order and the "
      "Wireshark LDAP `simple:` line). The Ethiopic (U+1369–U+137B) and counting-rod (U+1D360–U+1D371) code points and the Cyrillic / Greek confusables are from "
      "memory (the build never imports `unicodedata`). Negatives: the health-mark, casein-label and PDO register layouts are approximate; the bcrypt / crypt / PGP / "
      "Rails bodies are random in frame.\n")

    # ---------------- judgement calls ----------------
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (vat PLC operator, milking-parlour controller, cave climate web UI, farm-shop admin, milk-lab portal, counter-scale "
      "supervisor) and six generated secrets (`whl_` Damm key, `mct_` CRC-16 token, Rails `secret_key_base`, HS384 JWT, Laravel `APP_KEY`, minisign secret key). "
      "The Rails key is 128 hex like a SHA-512 digest and the minisign key is long Base64 – only the key name (and the `RWRTY0Iy` / `base64:` prefixes) tell them apart "
      "from the digests and ciphertext of the negatives. Everyday passwords may contain `+ ! ~` and are written verbatim even where a shell would need quoting "
      "(bash history and fish use single quotes; the Bitbucket, docker-compose and systemd lines do not). Key names in everyday files say password / key / token – that is how such files look; the "
      "telling-key-free cases are in the positional source.")
    a("- Vendor: many dairy-trade vendors publish no token format the builder knows, so their types are recognisable only from the key name – part of the test. "
      "%d vendor types carry owner-chosen passwords. Whole strings are labelled for the Slack incoming-webhook URL (the URL is the credential), the Ably key "
      "(`app.key:secret` – the whole string is what the SDK takes) and the Asana PAT (`2/…/…:hex`). Same-shape traps: the Stripe `sk_live_51` secret key against the "
      "`pk_live_51` publishable key of the negatives; the Gemini `AIza` server key against the Firebase web `apiKey` (`AIza`, public) of the negatives; the LoRaWAN "
      "AppKey (32 upper-case hex, secret) against DevEUI / JoinEUI (16 hex, public) in the negatives; the minisign secret key against minisign public keys; Nedap, Snyk, "
      "MongoDB Atlas and Scaleway values are bare UUIDv4s like the request ids of the negatives; many hex secrets (DeLaval, SenseHub, SafetyCulture, Katana, Craftybase, "
      "Goldbelly, Braintree, ShipStation, TaxJar, LINE, Pusher, Twilio auth token, Together, Datadog app key, PagerDuty routing key) look like the digests of the "
      "negatives. Ids next to a secret (client ids, key ids, the Braintree public key, the Pusher app key, the Etsy keystring, the AWS access key id, the Twilio account "
      "SID, the LoRaWAN DevEUI, account names, e-mails) stay unlabelled as the public half of a pair (arguable for the AWS access key id and the Pusher app key, which "
      "some detectors flag on their own). The Bitwarden export's `password` field holds an API key for most vendor types – that is how people store API keys in "
      "password managers." % len(own))
    a("- Passwords: labelled when the value logs in (flags `-a`, `-p`, `-P`, `/p:`, `-w`, `-A`, `/rp`, glued `-p`; pairs `user:secret`, `user,secret`, "
      "`user/secret@tns`; URL userinfo in restic, opc.tcp, mqtt://; positionals in mosquitto_passwd, htpasswd -b, rabbitmqctl, emqx, net user, sapcontrol, "
      "wpa_passphrase; library call positions in Python, Node, Java, Kotlin, C#, Go, Ruby, PHP, Perl, Rust, Lua, Arduino, C, Dart, PowerShell and VBA), unlocks or "
      "encrypts (zip -P, 7z -p, mutool -p, pikepdf, pyminizip, KeyStore.load, X509Certificate2, SQLCipher ATTACH KEY, AES_ENCRYPT, cryptsetup), signs or hashes with a "
      "literal (PyJWT, jsonwebtoken, java-jwt, Go SignedString, Ruby JWT, Rust EncodingKey, bcrypt.hashpw), is stored for later use (docker secret, wrangler, keyring, "
      "systemd-creds, kubectl from-file, ansible-vault encrypt_string, macOS security), sits in a file by position (NUT upsmon, rsyncd.secrets, ipsec.secrets, davfs2, "
      "postfix sasl_passwd, dovecot passwd-file, stunnel PSK, IOS tacacs key, .npmrc `_auth`, four invented dairy files), travels in a protocol exchange (RESP AUTH "
      "array, ACL SETUSER `>`, LDAP bind `simple:`) or is typed by automation (UI tests use neutral field ids `f2` / `Edit2`). The `wpa_passphrase` tool, `htpasswd`, "
      "`mosquitto_passwd` and `security add-generic-password` carry a password word in the tool or sub-command name but not right before the value; the IPsec PSK, "
      "stunnel PSK, Wi-Fi passphrase and TACACS key are shared secrets rather than personal passwords but carry the same password form. For `.npmrc _auth` the span "
      "is the whole Base64 token, not the decoded password. Weakest kept cases, with a hint nearby: the `code` / `pin` / `SECRET` column headers of the invented files, "
      "`PSK`, `key 0`, `simple:`, `AUTH`, `KEY`, `IDENTIFIED BY`, and the `[sudo] password for` prompt after the `sudo -S` pipe; none of them is a `password=` key "
      "right before the value. Closest relatives of earlier syntaxes, kept because the tool, file or mechanism differs: `bcp -P` and `sqlplus user/secret@tns` (earlier "
      "sqlcmd -P and the JDBC Oracle thin URL), `curl -u` (earlier `curl --proxy-user` was trimmed there), `restic` / opc.tcp / mqtt URL userinfo (earlier git, mongosh, "
      "pgloader …), the HMAC / JWT literals (earlier createHmac, SecretKeySpec, hash_hmac), the UI typing calls (earlier Selenium, TestCafe, Espresso …), the stdin "
      "pipes (earlier vault, consul, kinit, pbcopy …).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for Swedish, Norwegian Bokmål, Finnish, Hungarian, "
      "Romanian, Slovak, Slovenian, Croatian, Bulgarian, Ukrainian, Belarusian, Macedonian, Welsh, Vietnamese, Thai, Persian, Urdu; modest for "
      "Asturian, Latvian, Tosk Albanian, Basque, Irish, Maltese, Georgian, North Azerbaijani, Kyrgyz, Bengali, Eastern Punjabi, Nepali, Tamil, Telugu, Khmer, Amharic, Somali, "
      "Romansh, Sardinian, Friulian; low for Igbo, Cusco Quechua and Tibetan. Loan words (password in Maltese, Urdu, Bengali, Punjabi, Nepali, Telugu; computer in many) "
      "are kept as people use them. `als` is Tosk Albanian (standard Albanian), `azj` North Azerbaijani (Latin script), `pes` Iranian Persian, `pan` Eastern Punjabi "
      "(Gurmukhi), `npi` Nepali, `quz` Cusco Quechua, `bod` Tibetan.")
    a("- Evasions: the homoglyph run keeps characters without a twin (digits, `_`, some letters) in plain Latin, so part of the secret stays readable; the float32 "
      "words are exponent-heavy numbers no sensor would report (bytes of ASCII text make large floats); the Brainfuck program uses cell 0 as a loop counter; the "
      "counting-rod run may render as tofu; the acrostic mixes cheese names with quantities (`7kg`) for digits; base100 runs are emoji; the autokey primer CURD is "
      "stated in the rule, so the run is reversible by anyone reading it; pH, days in the cave, butterfat, scale-label weights and GPS fixes are this world's "
      "disguises of character codes (pH 5.22 and butterfat 4.22%% are at the edge of plausible; a 45 g scale label is plausible for a sample).")
    a("- Negatives: make, lot, casein-label, wheel, tanker, ear-tag and EID numbers are identifiers (GS1, mod-97 and Luhn digits real); lab reports and sensor "
      "inventories carry hex ids that look random; LoRaWAN DevEUI / JoinEUI / DevAddr are public; Stripe `pk_live_51`, the reCAPTCHA site key, the PostHog `phc_` key "
      "and the Firebase web `apiKey` are public by design (the `AIza` Firebase key and the `phc_` key are the most arguable negatives); `<your-api-key>`, "
      "`sk_live_REPLACE_WITH_YOUR_KEY`, the AWS documentation key id, `xxxx…`, `${VAR}` and the `.env.sample` values (empty, `changeme`, `<set-in-vault>`, `whl_XXXX…`, "
      "`${VAR:?}`) are placeholders – the sample file uses this corpus's key names (a trap for key-name-only detectors); masked values show at most four characters "
      "at each end; ARNs, `op://`, `vault:`, `${{ secrets.X }}` and `${ssm:…}` are pointers; bcrypt / sha512-crypt / yescrypt strings are one-way hashes (in a "
      "column called password – a trap); PGP armour and Rails `.yml.enc` bodies are ciphertext; ssh-ed25519 and minisign public keys are public (the positives contain "
      "a minisign secret key); digests and commit ids are public; IBANs and creditor ids are printed on every remittance. Random fillers are generated, so an "
      "entropy-only detector will hit them – that is the point.\n")

    # ---------------- sources ----------------
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief241/` (p236 and p238), for format and coverage only. The detector was not opened, listed or searched; nothing else under "
      "`/work/main` was touched; git was not run in the project; no other `/tmp` directory except `/tmp/scratch241/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule file (`gitleaks/gitleaks`, "
      "`config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror directory and extracted with `git show` into `/tmp/scratch241/`), "
      "read for the rules behind every vendor type marked *read this session* above (among them Stripe `sk_live_`, GoCardless `live_`, Shopify `shpat_` / `shpca_`, "
      "Mailchimp `-usNN`, Brevo `xkeysib-`, Slack `xoxb-` and `hooks.slack.com`, MessageBird, Mailgun `key-`, Zendesk, OpenAI `sk-proj-` with `T3BlbkFJ`, Anthropic "
      "`sk-ant-api03-`, GCP `AIza`, Hugging Face `hf_` / `api_org_`, Perplexity `pplx-`, Bedrock `ABSK`, GitHub `github_pat_` / `gho_`, GitLab `glpat-` / `gldt-`, "
      "npm `npm_`, SonarQube `squ_`, Snyk, fly.io `fo1_`, Heroku `HRKU-AA`, Sentry `sntryu_`, Airtable `pat….`, Notion `ntn_`, Typeform `tfp_`, PlanetScale "
      "`pscale_tkn_`, Pulumi `pul-`, Prefect `pnu_`, DigitalOcean `dop_v1_`, Datadog, 1Password `ops_eyJ`, Fastly). Betterleaks, Kingfisher, CredSweeper and vendor "
      "documentation were not opened this session; the remaining shapes come from the builder's memory and are marked above as believed or guessed. Python's "
      "standard library (`hashlib`, `hmac`, `base64`, `json`, `struct`) computes the digests, HMACs, check values and encodings of generated values; Damm, CRC-16, "
      "Luhn, GS1, mod-97, Bubble Babble, proquints, Hamming(7,4) and the Brainfuck generator / interpreter are written by hand.\n")
    return "\n".join(L)
