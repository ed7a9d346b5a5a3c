"""Renders README.md from the generated records and the module metadata."""
from collections import Counter, defaultdict

import common248 as C
import enc248
import everyday248 as E
import evasions248 as EV
import negatives248 as N
import positional248 as P
import prose248 as PR
import vendor248 as V

OUT = "benchmarks/corpora/privacy_twohundredfortyeighth/"


def _bt(s):
    return "`%s`" % s


def render(pos, eva, neg, deny, deny_state, mutation_results, clean_errs, n_registry):
    by = defaultdict(list)
    for r in pos:
        by[r["source"]].append(r)
    L = []
    a = L.append

    # ------------------------------------------------------------ title and world
    a("# privacy_twohundredfortyeighth (p248) – held-out credential corpus")
    a("")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on **cider makers, orchards and "
      "fruit-juice pressers**: the developers and staff of three invented firms – Quarrymead Cider Co. (`quarrymead.example`: press hall, cellar, tasting room, "
      "web shop, duty ledger), Lydcombe Orchards (`lydcombe-orchards.example`: blocks and rows, a controlled-atmosphere apple store, frost and irrigation nodes, "
      "pick-your-own bookings and tours) and Brackenpress Juice Works (`brackenpress.example`: belt press, pasteuriser, juice lab, stock and label printing), "
      "with private hosts in `10.44.0.0/16`. Secrets sit where such people put them: device configs (Telegraf polling the glycol loop, a Mosquitto bridge, "
      "zigbee2mqtt in the CA store, a WeeWX frost station, arduino_secrets.h, an ESP-IDF sdkconfig, an openHAB things file, cloud-init for the press Pi, a NixOS "
      "module, supervisord, a Salt pillar), back offices and shops (Django, Magento, Drupal, Ghost, Quarkus, Ktor, ERPNext, Dolibarr, Superset, Capacitor, a "
      "Windows .reg export of the till PC), ops (GitHub Actions, GitLab CI, Woodpecker, Terraform, Packer, Kamal, zsh history, `setx`, Postman, JetBrains "
      "http-client) and the messy places values get pasted (Teams, a Signal group, Jira, a press-schedule TSV, a photographed cellar logbook, a forwarded .eml, "
      "an SMS backup, a calendar invite, a vCard note). Secrets of this world include a Verhoeff-checked `cas_` CA-store sync key, a CRC-32-tailed `ptl-` "
      "press-telemetry token, a Bech32m `orchsk1` orchard-gateway secret, a real Ed25519-signed EdDSA keg-tracker JWT, a Django `SECRET_KEY` and a PASERK "
      "`k4.local.` key; the trade's own services (vintrace, InnoVint, Ekos, Commerce7, Vinoshipper, Sovos ShipCompliant, Avalara, Untappd for Business, "
      "Brewfather, Plaato, FieldClimate, Davis WeatherLink, Trapview, Semios, ZENTRA, John Deere Operations Center, Planet, Sentinel Hub, FareHarbor, Bookeo, "
      "Checkfront, Arryved, Toast, HMRC Developer Hub, TTB Permits Online, Goodnature, Bucher Unipektin, Voran, Speidel, Compac, SafetyCulture, Victron VRM, "
      "SolarEdge, ChirpStack, Soracom) plus the commerce, messaging, AI, developer and ops services such developers use (120 vendor types in all); and hard "
      "negatives from the same world (GRAI keg ids, ISO 6346 container numbers, VINs, ABA / LEI / UK VAT numbers, orchard registers, juice-lab readings, "
      "genuine gravity logs, digests, argon2 / pbkdf2 strings, public keys, publishable keys, documentation examples, placeholders, masked values, secret-store "
      "pointers, SOPS / JWE / Fernet ciphertexts, booking and payment ids, security prose, public counterparts of this corpus's own shapes, label codes).")
    a("")
    a("Everything is produced by `build.py` and its modules (`common248.py`, `everyday248.py`, `vendor248.py`, `positional248.py`, `prose248.py`, "
      "`enc248.py`, `dec248.py`, `evasions248.py`, `negatives248.py`, `checks248.py`, `readme248.py`, frozen deny-list `brief_names.json`): Python 3 standard "
      "library only, fixed `random.Random` seeds (%s), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares "
      "the bytes of the three JSONL files and of this README, runs every check and %d mutation tests, and only then writes the files (on any failure it "
      "prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief248/`."
      % (", ".join("%d %s" % (v, k.replace("_", " ")) for k, v in C.SEEDS.items()), len(mutation_results)))
    a("")

    # ------------------------------------------------------------ independence
    a("## Independence")
    a("")
    a("The builder never saw the detector, its code, its rules or its outputs, and ran no detector or scanner on the data. Exactly what was opened:")
    a("")
    a("- Under `/work/main`: only this output directory (`%s`) was created with `mkdir -p` and written; it was listed with `ls -la` right after "
      "creating it (empty; the command prints only its own `.` and `..` entries) and during and after the build; its own files were read, edited and run. "
      "Its parent was never listed or searched, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there." % OUT)
    a("- Project material: only the two READMEs in `/tmp/brief248/` (`README_twohundredfortyfifth.md`, p245, chocolatiers; `README_twohundredfortysixth.md`, "
      "p246, mushroom growers). The directory was listed once with `ls -la` and the files sized with `wc -c`; they were read with `cat`, `sed`, `awk` and "
      "`grep`, and parsed by the build's own deny-list extraction (`common248.extract_denylist`). They were used only to learn the file format and what is "
      "already covered.")
    a("- `/tmp`: no directory other than `/tmp/brief248/` and the scratch directory `/tmp/scratch248/` (an extracted copy of the public gitleaks rule file "
      "and trial build outputs) was looked at.")
    a("- Public material, through the search tool's `fetch` (each into its own mirror directory, read with `git show` / `git ls-tree`): the gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`), the listing of the Kingfisher rule directory (`mongodb/kingfisher`, `data/rules/`) "
      "and these Kingfisher rule files (shown through `grep` filters, so only their pattern lines were read for most): xai, elevenlabs, deepgram, "
      "assemblyai, supabasetoken, ngrok, dockerhub, nuget, pushbullet, telnyx, postmark, mailjetbasicauth, posthog, visualcrossing, opsgenie, clickup, "
      "trello, monday, wireguard, truenas, ubidots, thingsboard, tickettailor, eventbrite, square, loyverse, taxjar, onesignal, sparkpost, mailerlite, "
      "convertkit, moosend, shipday, onfleet, flexport, snipcart, storecove, paypal, todoist, twilio, vercel, weightsandbiases, groq, replicate, "
      "tailscale, zerotier, uptimerobot, betterstack, cloudsmith, honeycomb, azuredevops, mapbox, ibm, vultrapikey, statuspage, lemonsqueezy, mailgun, "
      "sentrytoken, netlify, codemagic, budibase, web3storage, zapierwebhook, tineswebhook, youneedabudget, toggltrack; all "
      "read for shape only. No credential value was copied; every value is generated.")
    a("")
    a("The deny-list (`common248.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, lower-cased, also split at "
      "`__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the "
      "pattern also catches a few non-language pairs, which only makes the list stricter) and the names and name words of those pairs (%d). It is frozen in "
      "`brief_names.json`; when `/tmp/brief248/` exists the build re-extracts it and fails if it differs (this build: %s). Ideas the two READMEs name only "
      "in prose (their avoided, set-aside and trimmed lists of encodings, syntaxes, vendors and languages, and the languages they use for number words) were "
      "avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, languages or notations."
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_state))
    a("")

    # ------------------------------------------------------------ files and counts
    a("## Files and counts")
    a("")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), len(pos), len(set(r["type"] for r in pos)), len(set(r["container"] for r in pos)), len(by["everyday"]), len(by["vendor"]),
        len(by["password"]), len(by["prose"]), len(set(r["container"].split("__")[1] for r in by["prose"]))))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(eva), len(eva), len(set(r["type"] for r in eva)),
                                                                    len(set(r["container"] for r in eva)), len(set(r["encoding"] for r in eva))))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len(set(r["container"] for r in neg)), len(set(r["class"] for r in neg))))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("")
    a("Schema (as in the earlier corpora): positives `id` (`p248-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with exactly "
      "one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p248-e-NNNN`): `id`, `type`, `container` "
      "(`<encoding>__<wording>`), a record-level `encoding`, `text`, `secrets`, `source` (`evasion`); the single span also has `plain` (the clean secret) and "
      "`encoding`. Negatives (`p248-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, "
      "UTF-8 JSON lines with `ensure_ascii=False`.")
    a("")
    pwc = Counter(s[1] for s in P.SYNTAXES)
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (one record per type; written down 123 and "
      "trimmed: `lightspeed_retail_personal_token` (prefix not known well enough), `gotify_application_token` (self-hosted, nothing to guess from), "
      "`cloudsmith_api_key` (plain 40 hex, several such already)). Positional passwords %d (one record per syntax; by where the text lives: %s; written "
      "down 122 and trimmed: `kotlin_ktor_basicauthcredentials_second` and `ruby_faraday_request_authorization_basic_fourth` (too close to the earlier OkHttp "
      "basic form), `python_pywinrm_session_auth_tuple_second` (auth tuple like the earlier requests basic auth), `java_jedis_auth_single` and "
      "`csharp_servicestack_redisclient_third` (Redis AUTH is in an earlier README), `elixir_eldap_simple_bind_third` and "
      "`oracle_dbms_ldap_simple_bind_s_third` (LDAP binds are in both READMEs), `freetds_tsql_capital_p_after_capital_u` (-U / -P like the earlier sqlcmd), "
      "`windows_clip_exe_pipe` and `macos_pbcopy_pipe` (same idea as the kept xclip pipe)). Prose 40 in 40 languages (spares written down and unused: %s). "
      "Evasions 66 = 22 × 3. Negatives %d = 20 classes × 2 base kinds × 5 presentations. Positives total %d (asked: 440–470). Strings drawn through the "
      "registry (values, vendor neighbours, evasion plains and runs): %d."
      % (len(by["password"]), ", ".join("%s %d" % (k, v) for k, v in pwc.most_common()),
         ", ".join("`%s` (%s)" % s for s in PR.SPARES), len(neg), len(pos), n_registry))
    a("")

    # ------------------------------------------------------------ conventions
    a("## Conventions")
    a("")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never the quotes and never "
      "the key or flag (for `ACL SETUSER … >secret` the `>` is outside the span; for URL userinfo only the part between `:` and `@`). Values pasted where they "
      "do not belong (Teams, Signal, Jira, a TSV, a logbook photo transcript, a forwarded e-mail, an SMS backup, a calendar invite, a vCard, zsh history, a "
      "`setx` session, a Freshdesk note, a Signal note to self, `gh secret set`, `heroku config:set`, `kubectl create secret`, a Bitwarden export) are labelled. "
      "The Teams, Discord and Google Chat webhook URLs are labelled whole because the URL is the secret.")
    a("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability 0.45) + one of `- _ . @ *` + 2–4 "
      "lower-case letters + 2–3 digits, sometimes with a trailing `!`; positional, prose and evasion passwords use only the joiners `- _ .` and no `!`. The "
      "build checks `%s` for the six everyday password types and the 10 owner-chosen vendor passwords, and the strict `%s` for every positional value, "
      "every prose value and every press-office evasion plain."
      % (", ".join(C.WORLD_WORDS[:40]), len(C.WORLD_WORDS), C.PW_RX.pattern, C.STRICT_PW_RX.pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no negative; no evasion plain appears "
      "in any text. Values, vendor neighbours, evasion plains and runs are drawn through one registry that refuses repeats and any string in a substring "
      "relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered string of 6+ characters, a world word + joiner + "
      "lower-case tail (the password form), a UUID-shaped string that is not version 4 or a malformed JWT-shaped string, or repeats an earlier negative.")
    a("- Structured values are valid: `cas_` keys carry the real Verhoeff check digit of their 12-digit site-and-room number (tables asserted on the textbook "
      "236 → 3), `ptl-` tokens end in the real CRC-32 (IEEE, reflected, table written out) of their 40-character body (asserted: CRC of `123456789` = "
      "cbf43926), `orchsk1` secrets carry a real Bech32m checksum (BIP-350; the polymod is asserted on the BIP-173 vector `a12uel5l` and the BIP-350 vector "
      "`a1lqfn3a`), keg-tracker tokens are EdDSA JWTs with real Ed25519 signatures (RFC 8032 written out in `common248`, asserted on RFC 8032 test 1; every "
      "token is verified against the public key of its discarded signing key), Django keys are 50 characters of Django's alphabet, PASERK keys decode to 32 "
      "bytes. Every UUID-shaped substring of every text is version 4 and every JWT-shaped substring has base64url JSON header and payload and a signature "
      "length that fits its `alg` (HS256 32, HS384 48, HS512 64, RS256 256, EdDSA 64 bytes) (checked). Vendor frames: ChirpStack API tokens and the Supabase "
      "service-role key are real HS256 JWTs, the Zettle key an RS256 JWT with a random 256-byte signature, the Mapbox secret token embeds base64url of real "
      "JSON, the WireGuard key is a clamped Curve25519 scalar, the Teams webhook URL holds three UUIDv4s, the Bitwarden Secrets Manager token a UUIDv4 and "
      "Base64 of 16 bytes; all 120 vendor values are checked against a regular expression built from the same spec that generated them, or the validator of "
      "the special frame. Negatives: GRAI, EAN-13, ITF and UPC-A codes carry real GS1 check digits (asserted on 4006381333931), container numbers real "
      "ISO 6346 digits (asserted on CSQU3054383), VINs real position-9 check digits (asserted on 1M8GDM9AXKP042788), ABA routing numbers the real 3-7-1 "
      "checksum (asserted on 011000015), LEIs real ISO 7064 MOD 97-10 (same routine asserted on the IBAN GB82 WEST 1234 5698 7654 32), UK VAT numbers the "
      "real mod-97 check (asserted on 123456782), age recipients real Bech32 and `orchpk1` keys real Bech32m checksums; digests are real digests of random "
      "bytes; pbkdf2, argon2id, SSHA, SOPS, JWE and Fernet bodies are random in frame (the Fernet HMAC is real, over random content, under a discarded key).")
    a("- Public neighbours are unlabelled: user names, hosts, key names, and the ids written next to a vendor secret (%s) and the user half of a user / "
      "password pair." % "; ".join("%s: %s" % (k, v) for k, v in V.NEIGHBOUR_NOTE.items()))
    a("- Key names are the type's key words in the container's own case style (upper, snake, camel, pascal, dot, spaced for chats, e-mails and notes, "
      "title for the TSV and the logbook transcript). Vendor key names are the full type name in the style's case; the Bitwarden export puts the title-case "
      "words in `name`, the neighbour (or `api`) in `login.username` and the secret in `login.password`.")
    a("")

    # ------------------------------------------------------------ categories
    a("## Categories (positives)")
    a("")
    a("Everyday (12 types): " + "; ".join("%s (%s; %s)" % (_bt(t), E.DESCR[t], E.SHAPE[t]) for t in E.TYPE_NAMES) + ".")
    a("")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s; %s)" % (_bt(k[0]), k[1], k[3]) for k in E.KINDS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 types and deals four "
        "consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 records (checked); secrets therefore "
        "also land in implausible places (an EdDSA JWT in a Telegraf config, a Django key in a vCard)." % C.SEEDS["everyday_pairing"])
    a("")
    a("Vendor (120 types, container `<type>__<style>`; shape, then where the shape comes from – *read* this session in the public gitleaks or Kingfisher "
      "rule files, *believed* from memory, *guessed* where no published shape is known to the builder, so that the type is recognisable only from the key "
      "name; *owner-chosen* for portal and device passwords):")
    a("")
    vrec = {r["type"]: r for r in by["vendor"]}
    for grp, title in V.GROUPS.items():
        rows = [row for row in V.VENDORS if row[1] == grp]
        a("*%s* (%d): " % (title, len(rows)) + "; ".join(
            "%s (%s – %s%s – in %s)" % (_bt(t), V.shape_text(spec), prov, (" – next to it: " + " ".join(nb[0])) if nb else "", _bt(style))
            for t, g, spec, prov, nb, style in rows) + ".")
        a("")
    a("Vendor styles (17, chosen per type for where that key lives): " + "; ".join("%s (%s, %s, %d)" % (_bt(s), v[0], v[1], sum(1 for row in V.VENDORS if row[5] == s))
                                                                              for s, v in V.STYLES.items()) + ".")
    a("")
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`, container `%s<syntax>__<where>` with where = %s): " % (
        len(P.SYNTAXES), P.PREFIX, P.PREFIX, ", ".join("%s `%s`" % (k, v) for k, v in P.WHERE.items()))
      + "; ".join("%s (%s, %s)" % (_bt(P.PREFIX + s[0]), s[1], s[2]) for s in P.SYNTAXES)
      + ". None of them is among the syntaxes or names of either README (compared after removing the `cdrpw_` prefix; checked).")
    a("")
    a("Prose: someone tells a colleague the password of the press-office PC and asks them to keep it to themselves; span type `%s`; container "
      "`<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. Spares written down and unused: %s. None of them or the spares is among the languages "
      "of either README (checked: code against the codes and all deny-listed names; name and each name word against the language names); the number-word "
      "and numeral languages named by the READMEs (Finnish, Italian, Turkish, French, Dutch, German, Spanish, Basque, Hebrew, Greek, Latin, Lithuanian, "
      "Icelandic, Estonian, Swahili, Māori, Esperanto, Japanese, Danish, Indonesian, Swedish, Hungarian, Portuguese, Tamil, Tibetan, Chinese) were kept out, "
      "and Malay was left out as too close to the deny-listed Indonesian. Scripts: %s. Pashto is right-to-left with the Latin value embedded; Korean, "
      "Marathi, Gujarati, Malayalam, Burmese, Tajik, Northern Kurdish and Pashto put a copula or particle after the value (after a space); Russian and "
      "Scottish Gaelic introduce it after a colon; Hawaiian puts it first (`ʻO … ka ʻōlelo huna …`); Lao and Burmese, which write without spaces between "
      "words, set the value off with spaces; every value is set off by whitespace on both sides (checked)." % (
          PR.TYPE, ", ".join(_bt(f) for f in PR.FORMATS), ", ".join("`%s` (%s)" % (l[0], l[1]) for l in PR.LANGS),
          ", ".join("`%s` (%s)" % s for s in PR.SPARES), ", ".join(sorted(set(l[2] for l in PR.LANGS)))))
    a("")

    # ------------------------------------------------------------ evasions
    a("## Evasion encodings")
    a("")
    a("; ".join("%s = \"%s\"" % (_bt(e), enc248.RULES[e]) for e in enc248.ENCODINGS) + ".")
    a("")
    a("Families: " + "; ".join("%s: %s" % (enc248.FAMILIES[e], _bt(e)) for e in enc248.ENCODINGS) + ".")
    a("")
    a("Evasion types: " + "; ".join("%s (%s)" % (_bt(t[0]), t[2]) for t in EV.TYPES) + "; wordings: " + ", ".join(_bt(w) for w in EV.WORDINGS)
      + " (container `<encoding>__<wording>`; encoding i and type j take wording (i + 2j) mod 3, so each encoding appears once per type and once per "
        "wording). Each text states the rule in words, then `:` and a newline, then the run on its own line, then a remark (checked). Plains use "
        "`[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if the run equals the plain, starts or ends with whitespace or holds a "
        "newline, or if the registry refuses plain or run.")
    a("")
    a("Encoders are in `enc248.enc` (the rng only adds noise the decoder ignores: the acrostic's choice among words, the crate numbers of the bushel tally, "
      "the tank numbers and final gravities of the gravity log). The encoder asserts every Unicode character name it writes, TALLY MARK FIVE / ONE and the "
      "first hexagram with `unicodedata.name`, Bubble Babble on the published vectors (empty → `xexax`, `1234567890`, `Pineapple`), proquints on "
      "127.0.0.1 → `lusab-babad`, the GSM packing on `hellohello` → `E8329BFD4697D9EC37`, base minus ten on 97 / 122 / 45, the column letters on 97 / 122 / 27 "
      "and that the 65 SHA-256 prefixes are distinct. The decoder `dec248.decode` gets only the encoding name and the run and is written separately, "
      "importing nothing from the encoder or `common248` and no `base64`, `binascii`, `codecs` or `unicodedata` (only `hashlib` for its own SHA-256 "
      "table and `re`), with every table retyped: a Unicode-name parser, nucleotide digits, a note-name parser, bijective base 26, an address reader that "
      "drops padding zeros, a basE91 reader, hexagram bits, an EBCDIC 037 table, a Brainfeck interpreter with a step limit, a Bubble Babble reader that "
      "checks the final checksum vowels, a proquint reader, word initials, the bushel arithmetic, base100 offsets, base minus ten, a tally counter, a GSM "
      "septet unpacker that uses the length byte, the gravity differences, Data Matrix codewords, a Z-character reader with shift states and "
      "end-bit check, look-and-say pairs and the SHA-256 prefix table. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 "
      "per encoding while writing (0 failures); at build time every span is decoded back to its `plain` (checked).".replace("Brainfeck", "Brainfuck"))
    a("")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every encoding of both READMEs and every item of their avoided lists (among "
      "them bases 3, 5, 6, 7, 9, 11, 12, 20, 36, 60, octal, binary octets, nibble-swapped hex, base-62 and decimal big integers, Base58 / Base32 / Base45 / "
      "Ascii85 / Z85 / uuencode, mirrored Base64, UTF-7, UTF-16LE Base64, percent-encoding, quoted-printable and escapes, XOR and the classical ciphers, "
      "Morse, Braille, NATO and genus spelling, Roman / Tamil / Tibetan / Devanagari / Thai / Mayan / Chinese numerals, the number-word languages, Osage / "
      "Deseret and the other script substitutions, superscript, small-capital and other look-alike letters, Zalgo and dot-below combining marks, zero-width "
      "and tag characters, chaff, decoys, letter spacing, shuffles and reversals, JavaScript / CHAR() code expressions, powers of two, primes, triangular "
      "numbers, scientific and dyadic notation, π offsets, arithmetic expressions, 16-bit pairs, xxd dumps, ECMA column/row, keycap digits, U+ notation, "
      "word-length and capitalisation steganography, Zeckendorf, factoradic, Gray, BCD, Cantor, residues, delta coding, ModHex, Morton, POSTNET, Luhn quads, "
      "Damm lot numbers and the world disguises of both READMEs). Close relatives remain and a scorer may count them as the same idea: base four as "
      "nucleotides next to the earlier numeral bases; bijective base 26 and base minus ten next to the earlier bases (but bijective / negative numeration, "
      "and the base −10 runs read like plain decimals); MIDI notes and tally marks next to the earlier code-point notations; the IPv4 packing next to the "
      "earlier 16-bit pairs; basE91 next to the avoided Base58 / Base45 / Ascii85 family; EBCDIC hex and the GSM septet hex next to the earlier hex forms "
      "(but another character set and a bit packing); I Ching hexagrams and base100 emoji next to the earlier script substitutions and keycap emoji (but "
      "6-bit and 8-bit byte encodings, not letter maps); Bubble Babble and proquints next to the earlier spelled forms; the acrostic next to word-length "
      "and capitalisation steganography; Brainfuck next to the earlier code expressions; the bushel tally and the gravity drops next to the earlier world "
      "disguises (but mixed-radix units and differences of two readings, not scaled readings); Data Matrix codewords and look-and-say next to the earlier "
      "arithmetic disguises; the SHA-256 prefix table next to the earlier codebooks.")
    a("")

    # ------------------------------------------------------------ negatives
    a("## Negative classes")
    a("")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    nc = Counter(r["class"] for r in neg)
    for cls, kinds, descr in N.CLASSES:
        a("| %s | %d | %s | %s |" % (_bt(cls), nc[cls], ", ".join(_bt(k[0]) for k in kinds), descr))
    a("")
    a("Each base kind appears plain and wrapped %s (container `<base kind><wrapper>`); the wrappers add crew-chat, support-ticket, forwarded-e-mail and "
      "cider-forum context whose words say the content is safe, without adding a value." % ", ".join(_bt(w) for w in N.WRAPPERS if w))
    a("")

    # ------------------------------------------------------------ checks
    a("## Checks run by build.py")
    a("")
    a("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief248/` exists it is re-extracted and must be identical (%s). Every container kind "
      "(positives, evasions and negatives), span type, encoding, negative class, negative wrapper, vendor style, positional where-label, evasion wording, "
      "prose format and everyday kind is compared case-insensitively, as a whole and by every `__` part, against the names; every positional syntax with "
      "`cdrpw_` stripped against the earlier syntaxes and names; every prose language code (and spare) against the codes and all names, its name and name "
      "words against the language names." % deny_state)
    a("- Ids `p248-s-NNNN`, `p248-e-NNNN`, `p248-n-NNNN`, consecutive; exact record and span field sets (in order); exactly one span per positive and "
      "evasion; `text[start:end] == value`; span type = record type; the value occurs exactly once in its text and has no outer whitespace; evasion spans "
      "carry `plain` and `encoding` equal to the record's `encoding`; no placement marker left in any text.")
    a("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 120 distinct types with containers `<type>__<style>`, positional "
      "100–120 distinct syntaxes (one record each), prose 40 in 40 languages, positives 440–470, evasions 66 = 22 encodings × 3 (once per type), negatives "
      "≥ 200 in ≥ 20 classes, no repeated negative text, span types of the sources pairwise disjoint.")
    a("- Shapes: everyday values by type (password regex, Verhoeff digit, CRC-32 tail, Bech32m checksum, EdDSA JWT frame and Ed25519 signature, Django "
      "alphabet and length, PASERK length); vendor values against the regex built from each spec plus frame validators (JWT headers and payloads, Mapbox "
      "JSON, webhook URL layouts with v4 UUIDs, WireGuard clamping, Bitwarden token parts, Azure AD secret layout); owner-chosen vendor passwords by the "
      "password regex; positional and prose values strict password form; prose values set off by whitespace; evasion plains by type; evasion layout (rule "
      "text present, `:` newline, run line, remark) and container `<encoding>__<wording>`.")
    a("- Every evasion run decodes with `dec248.decode` to its `plain`, and the run never contains its plain.")
    a("- No value is reused; none appears in any other record or any negative; no evasion plain appears in any text; no negative contains a world-word "
      "password form; every UUID-shaped substring of every text is version 4; every JWT-shaped substring of every text is a valid JWT.")
    a("- Determinism: everything is generated twice in one process and the three JSONL files and this README must be byte-identical.")
    a("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): %s. Clean run errors: %d." % (
        len(mutation_results), sum(1 for _, c in mutation_results if c), len(mutation_results),
        ", ".join("%s (%s)" % (_bt(n), "caught" if c else "MISSED") for n, c in mutation_results), len(clean_errs)))
    a("")

    # ------------------------------------------------------------ guesses
    a("## Shapes you had to guess")
    a("")
    for prov, title in (("read", "*Read this session* for shape in the public gitleaks rule file or the Kingfisher rule files; nothing copied; every value "
                                 "generated; where a rule gives only a prefix, a case-insensitive class or a length range, the exact length and case are mine"),
                        ("believed", "*Believed from memory* of public rule sets and vendor docs, not re-checked this session"),
                        ("guessed", "*Guessed* (length and alphabet only; the vendor publishes no token format the builder knows, so these are recognisable "
                                    "from the key name only)")):
        rows = [row for row in V.VENDORS if row[3] == prov]
        a("%s (%d): " % (title, len(rows)) + "; ".join("%s (%s)" % (_bt(r[0]), V.shape_text(r[2])) for r in rows) + ".")
        a("")
    rows = [row for row in V.VENDORS if row[3] == "owner-chosen"]
    a("*Owner-chosen passwords* (%d): %s." % (len(rows), ", ".join(_bt(r[0]) for r in rows)))
    a("")
    a("Also invented or guessed: the everyday layouts `cas_` (Verhoeff), `ptl-` (CRC-32 tail) and `orchsk1` (Bech32m) and the evasion prefixes `bln_` / "
      "`osk-` are invented; the EdDSA JWT, the Django `SECRET_KEY` and the PASERK `k4.local.` key are real formats used for invented purposes. The press-hall "
      "roster (semicolon-separated), the grader console XML users export and the orchard-app YAML users file are invented formats of this world. Partly known "
      "vendor shapes: the Stripe `rk_live_51` + 97 length (the rule allows 10–99 after the prefix), the PayPal 80-character client id / secret (Kingfisher's "
      "client-id rule says 60), the Meta `EAAM` prefix and length (the rule says `EAA[MC]` + 100 or more), the Telnyx `KEY` + 32 hex + `_` + 22 split (the "
      "rule says 55 characters), the ngrok segment lengths, the Atlassian `ATATT3xFfGF0` middle length and `=` + 8 hex tail, the Vault `hvs.CAESI` body, the "
      "Terraform Cloud body length, the Zettle JWT claims, the Mapbox JSON keys, the Google Chat webhook parameters, the Bitwarden Secrets Manager token parts, "
      "the Soracom `keyId-` / `secret-` pair, the Tailscale auth-key segments, the ChirpStack claims. Syntaxes written from memory and not re-checked against "
      "manuals: `racadm -p`, `sapcontrol -user name secret`, `hdbsql -p`, `vsql -w`, `arj -g`, `emqx ctl admins add`, the yarn `npmAuthIdent` scope path, "
      "`bitsadmin /setcredentials` argument order, `rasdial` positional order, `msoffcrypto-tool -p`, the AnyConnect `vpn -s` prompt order, `pyminizip.compress` "
      "argument order, the `URL.create` positional order, `crypto.createCipher` (deprecated, removed in recent Node), MailKit `Authenticate(user, pass)`, "
      "the FluentFTP three-argument constructor, `My.Computer.Network.DownloadFile` with user and password, the masterzen `winrm.NewClient` signature, the "
      "tiberius `AuthMethod::sql_server`, `Zip::TraditionalEncrypter`, LuaSQL `env:connect` order, the Julia `ODBC.Connection` positional form, "
      "`DBMS_CREDENTIAL.CREATE_CREDENTIAL`, `UTL_SMTP.AUTH`, the radcli `servers` columns, the dma `auth.conf` layout, the sendmail `authinfo` `P:` field, "
      "the Tor `AUTHENTICATE` quoting, the FreeSWITCH `auth` line, the TeamSpeak `login` command and the SIMCom `AT+CSTT` order. Negatives: GRAI serial "
      "lengths, EPC hex, TTB COLA and duty-approval layouts, AWRS URN layout, Braintree tokenization-key and RevenueCat key layouts are approximate; "
      "pbkdf2, argon2id, SSHA, SOPS and JWE bodies are random in frame.")
    a("")

    # ------------------------------------------------------------ judgement calls
    a("## Judgement calls")
    a("")
    a("- Everyday: six owner-chosen passwords (belt press HMI, CA-store controller, glycol panel, tasting-room till, duty ledger database, pick-your-own "
      "booking admin) and six generated secrets (`cas_` Verhoeff key, `ptl-` CRC-32 token, `orchsk1` Bech32m secret, EdDSA keg-tracker JWT, Django "
      "`SECRET_KEY`, PASERK `k4.local.` key). The Django keys are drawn without `& % # $` so they sit unescaped in XML, INI, supervisord and shell; they "
      "still contain `!@^*(-_=+)` and are written unquoted where the format allows (`.properties`, xcconfig, `.kamal/secrets`). The calendar invite and the "
      "vCard keep long values on one line (no RFC 5545 / 6350 line folding), as several producers write them. Key names in everyday files say password / "
      "key / token / secret / jwt – that is how such files look; the telling-key-free cases are in the positional source.")
    a("- Vendor: most cider-trade vendors (vintrace, InnoVint, Ekos, Commerce7, Vinoshipper, Untappd for Business, Brewfather, Plaato, FieldClimate, "
      "WeatherLink, Trapview, Semios, ZENTRA, John Deere, Sentinel Hub, FareHarbor, Bookeo, Checkfront, Arryved, Toast, HMRC, SafetyCulture) publish no "
      "token format the builder knows, so their types are recognisable only from the key name (part of the test). Ten vendor types carry owner-chosen "
      "passwords (Sovos ShipCompliant, TTB Permits Online, Goodnature, Bucher Unipektin, Voran, Speidel, Compac, UniFi, MikroTik, MinIO root). Same-frame "
      "traps: the Supabase service-role JWT (secret) against the Supabase anon JWT (public) of the negatives; the `orchsk1` secret against the `orchpk1` "
      "public keys; the keg-tracker EdDSA JWTs against the Ed25519 JWKs; the PASERK `k4.local.` keys against `k4.public.` / `k4.lid.`; the WireGuard "
      "private key against WireGuard public keys; UUIDv4 secrets (Semios, FareHarbor, HMRC, Clover, Royal Mail, Postmark, ClickSend, Codecov, Proxmox, "
      "Opsgenie) against UUIDv4 booking ids, hCaptcha site keys and OneSignal app ids; hex secrets against SHA-256 sums, commit ids and Mixpanel tokens. Ids "
      "next to a secret stay unlabelled as the public half of a pair – including the Alibaba `LTAI…` AccessKey id, the Soracom `keyId-…`, the Azure AD "
      "client id, the R2 access key id, the Vonage API key, the Plivo auth id, the Mailjet API key and the FieldClimate public key (a scorer may count some "
      "of these as sensitive).")
    a("- Passwords: labelled when the value logs in (racadm, ldapsearch, isql, vsql, hdbsql, sapcontrol, psexec, winrs, crane, swaks, OrientDB, rasdial, "
      "URL userinfo in aria2c, WinSCP, govc, pip, git-credentials and curlftpfs, library calls in Python, Node, browser JavaScript, Java, Scala, Groovy, C#, "
      "VB.NET, Go, Rust, Ruby, PHP, Perl, Lua, R, Julia, Erlang, C++ / Qt and AutoIt, the IMAP `LOGIN`, IRC `OPER`, Tor `AUTHENTICATE`, FreeSWITCH `auth` "
      "and TeamSpeak `login` lines), creates an account or credential (`emqx ctl admins add`, `ACL SETUSER`, `create_user`, pyftpdlib `add_user`, "
      "`sp_addlogin`, `DBMS_CREDENTIAL`), unlocks or decrypts (openssl `-k`, `arj -g`, signtool, certutil, `security unlock-keychain`, msoffcrypto-tool, "
      "zipfile, PyMuPDF, pyminizip, zip4j, PDFBox, rubyzip, the Rust zip crate, `crypto.createCipher`, CryptoJS, `openssl_pkcs12_read`), configures a "
      "client (`composer config http-basic`, `bundle config`, yarn `npmAuthIdent`, `bitsadmin /setcredentials`, `UTL_HTTP.SET_AUTHENTICATION`, "
      "`UTL_SMTP.AUTH`, `sp_setapprole`), sits in a file by position (chap-secrets, OpenVPN auth-user-pass, git-credentials, Nagios `$USERn$`, ipsec.secrets "
      "XAUTH, snmpd.conf `createUser`, radcli servers, fstab, dma auth.conf, sendmail authinfo, an IOS SNMP community, three invented files), is typed by "
      "automation (neutral field ids `f1` / `f2`: AutoIt, Robot Framework, Cypress, UiPath, pyautogui, AppleScript, UI.Vision, uiautomator2, Maestro, "
      "Nightwatch, Watir, xte) or is piped somewhere (ftp heredoc, xclip, AnyConnect, keyctl, base64, sha256sum, qrencode). Weakest kept cases, with a hint "
      "nearby: the SNMP community string (a shared secret rather than a login), the `XAUTH` keyword, the sendmail `P:` prefix, the `createUser` line, the file "
      "names `chap-secrets`, `auth.conf` and `.git-credentials`, the `>` rule prefix of `ACL SETUSER`, `AUTHENTICATE` / `auth` / `login` / `OPER` command "
      "words, the `sha256sum` and `base64` pipes (the value is only being hashed or encoded, the sha256 output line is a real digest of it), `qrencode` and "
      "`xclip` (the value is being shared, not used), the AutoIt `RunAs` (a lib call that starts a program as another user), openssl `-k` and `arj -g` (a "
      "key / garble flag, not a password word). Closest relatives of earlier syntaxes, kept because the tool, file or mechanism differs: the `-u/-p` pairs "
      "of racadm, hdbsql, psexec and crane (earlier mongodump, cypher-shell, couchbase-cli, ilorest, rdesktop and others); `-w` of ldapsearch and vsql; "
      "URL userinfo in new tools (earlier pgcli, git remote, Elasticsearch, RTSP); PKCS#12 in PHP and certutil next to the earlier X509Certificate2 / "
      "KeyStore loads; the zip / PDF / Office decryptions next to the earlier 7z / zip / qpdf / pikepdf / mutool; `createCipher` and CryptoJS next to the "
      "earlier `openssl_encrypt` / `AES_ENCRYPT`; the IMAP `LOGIN` line next to the earlier imaplib `login`; the Oracle PL/SQL packages next to the earlier "
      "`CREATE DATABASE LINK`; the UI calls next to the earlier Selenium, Puppeteer, TestCafe, Playwright and AutoHotkey forms.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for %s; modest for %s; low for %s "
      "(tone marks, loans, word order and terminology unchecked). Loan words (password in Cebuano, pasvard / pāsavarḍa forms in Marathi, Gujarati, Kannada, "
      "Malayalam and Pashto, parol in Uzbek) are kept as people use them. Asturian and Breton were chosen for the cider regions of Asturias and Brittany, "
      "Cornish for the West Country, Afrikaans for the Elgin / Ceres apple country, Korean, Armenian and Polish for large apple producers. `khk` is Halh "
      "Mongolian, `uzn` Northern Uzbek, `kmr` Northern Kurdish, `pbu` Southern Pashto, `plt` Plateau Malagasy, `gug` Paraguayan Guarani, `fry` Western "
      "Frisian." % (
          ", ".join(l[1] for l in PR.LANGS if l[3] == "fair"), ", ".join(l[1] for l in PR.LANGS if l[3] == "modest"),
          ", ".join(l[1] for l in PR.LANGS if l[3] == "low")))
    a("- Evasions: the base minus ten runs read like ordinary decimal codes and the Data Matrix and look-and-say runs like plain number lists (a decoder "
      "that assumes decimal code points gets garbage); the acrostic carries the plain letter by letter in word initials and reads as cider jargon; the DNA "
      "run looks like a sequencing read, the IPv4 run like a firewall log, the gravity log and the bushel tally like ordinary production data of this world "
      "and sit next to genuine gravity logs in the negatives (`fermentation_gravity_logs_genuine`); Bubble Babble and proquints look like fingerprints or "
      "ids; the Brainfuck program, the hexagrams, the base100 emoji and the tally marks look like noise or decoration. Tally-mark and Brainfuck runs are "
      "long (hundreds of characters).")
    a("- Negatives: GRAI, container, VIN, ABA, LEI, VAT, GTIN and UPC numbers are identifiers with real check digits; the EPC hex reads, digests, commit ids "
      "and Mixpanel tokens are high-entropy on purpose; hCaptcha, Braintree tokenization, Square application, PostHog project, OneSignal, RevenueCat public "
      "and Supabase anon keys are public by design (the anon JWT is the most arguable negative – it has exactly the frame of the labelled service-role "
      "key); `AKIAIOSFODNN7EXAMPLE` is AWS's own documentation example and the other README values are X-filled or `<YOUR_…>`; the `.env.example` and Helm "
      "values use this corpus's key names with empty / `changeme` / `replace-me` / `${VAR:?}` / `<from-bitwarden>` values (a trap for key-name-only "
      "detectors); masked previews keep at most four characters; Key Vault references, GCP secret names, `op://`, `vault:` and `bws://` are pointers; "
      "pbkdf2 strings sit in a column called password (a trap); SOPS, age, JWE and Fernet values are ciphertext whose key is elsewhere; the `orchpk1`, "
      "JWK, `k4.public.` and `k4.lid.` strings are the public counterparts of this corpus's own secret shapes; handbook and newsletter prose talks about "
      "passwords without giving one. Random fillers are generated, so an entropy-only detector will hit them – that is the point.")
    a("")

    # ------------------------------------------------------------ sources
    a("## Sources consulted")
    a("")
    a("- The two READMEs in `/tmp/brief248/` (p245 and p246), for format and coverage only. The detector was not opened, listed or searched; nothing else "
      "under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except `/tmp/scratch248/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule file "
      "(`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` and extracted with `git show` into `/tmp/scratch248/`), read "
      "for the rules behind the vendor types marked *read* above (Stripe `rk_live_`, Shopify `shppa_`, EasyPost `EZAK`, Shippo `shippo_live_`, SendGrid "
      "`SG.`, Slack `xapp-` / `xoxp-`, Microsoft Teams webhook, Facebook / Meta `EAA[MC]`, Square `EAAA`, Sendbird, OpenAI `sk-svcacct-`, Anthropic "
      "`sk-ant-admin01-`, Cohere, GitHub `ghs_` / `ghr_`, GitLab `glrt-` / `gldt-` / `glptt-`, Atlassian `ATATT3`, Postman `PMAK-`, Doppler `dp.pt.`, "
      "Terraform Cloud `atlasv1`, Vault `hvs.`, Linear `lin_api_`, PyPI `pypi-AgEIcHlwaS5vcmc`, Grafana `glsa_`, New Relic `NRAK-`, Sonar `squ_`, Azure AD "
      "client secret `Q~`, Alibaba `LTAI` and secret, Dynatrace `dt0c01.`, Cisco Meraki) and the Kingfisher rule files listed under Independence (xAI "
      "`xai-`, ElevenLabs `sk_`, Deepgram, AssemblyAI, Supabase `sbp_`, ngrok, Docker Hub `dckr_pat_`, NuGet `oy2`, Pushbullet, Telnyx `KEY`, Postmark, "
      "Opsgenie, Ticket Tailor `sk_`, Eventbrite, Square, PayPal, Mapbox `sk.`, IBM Cloud, Vultr, TaxJar, WireGuard). CredSweeper, Betterleaks and vendor "
      "documentation were not opened this session; the remaining shapes come from the builder's memory and are marked above as believed or guessed.")
    a("- Python's standard library (`hashlib`, `hmac`, `base64`, `json`, `re`, `unicodedata` in the encoder's self-checks only) computes the digests, HMACs "
      "and encodings of generated values; Verhoeff, CRC-32, Bech32 / Bech32m, Ed25519, GS1, ISO 6346, VIN, ABA, MOD 97-10, UK VAT and all encoders and "
      "decoders are written by hand.")
    return "\n".join(L) + "\n"
