"""Renders README.md from the records and the module data (deterministic)."""
from collections import Counter

import common260 as C
import enc260
import everyday260
import evasions260
import negatives260
import positional260
import prose260
import vendor260


def _bt(x):
    return "`%s`" % x


def render(pos, eva, neg, info):
    deny = info["deny"]
    src = Counter(r["source"] for r in pos)
    where_counts = Counter(s[1] for s in positional260.SYNTAXES)
    span_types = len({r["type"] for r in pos})
    kinds_used = len({r["container"] for r in pos})
    L = []
    a = L.append

    # ------------------------------------------------------------------ title
    a("# privacy_twohundredsixtieth (p260) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**milliners, hatters and umbrella repairers** and the developers and staff who build and run their software. The world: "
      "*Brimwell & Daughters Millinery* (`brimwell-millinery.example`: a Luton workroom with a steam blocking cabinet on a "
      "CODESYS PLC, a print farm of 3D printers making hat blocks (OctoPrint, Klipper), a felt and straw store with a climate "
      "node, a digital head conformateur on a tablet, bridal and race-day hat hire booked in and out with RFID tags, a Django hire "
      "site, a Micronaut fitting-booking service); *Ferrule & Canopy Umbrella Works* (`ferrulecanopy.example`: umbrella repairers "
      "in Bristol with a repair-counter till on a Raspberry Pi, a canopy cutting plotter driven from an old Windows PC, a mail-in "
      "repair WordPress site, an Access parts database); *Hood & Block Supplies* (`hoodandblock.example`: wholesale felt hoods, "
      "sinamay, petersham and wooden blocks, a Magento shop, a Symfony B2B portal, a Clojure stock-sync job); and the software "
      "studio that builds and runs it all, *Crownband Digital* (`crownband.example`: CI, Kubernetes, Pulumi, Helm, the shop "
      "integrations). People: Philippa Achterberg, Rhys Okonjo, Marguerite Osei, Tadhg Devlin, Sunniva Haugen, Bilal Qureshi, Jun "
      "Takahashi, Agnieszka Wrobel, Yetunde Balogun, Hester Pennington, Oskar Lindgren, Imogen Castellanos. Private hosts sit in "
      "10.47.0.0/16. Secrets sit where this trade puts them: workshop devices (a Structured Text constant list, OctoPrint and "
      "Klipper files, a Zephyr `prj.conf`, `arduino_secrets.h`, PlatformIO, cloud-init, NixOS, a Lua table, Android "
      "`strings.xml`), back offices (Django, Symfony, WordPress, Magento, Micronaut HOCON, Clojure EDN, `.Renviron`, Nuxt, "
      "Cordova, `Info.plist`, an Access VBA module, Google Apps Script, Power Query M), ops (Packer, Makefiles, GitLab CI, GitHub "
      "Actions, a `.reg` export, bash xtrace, `ps auxww`, strace, zsh history, logfmt, a Python traceback) and the messy places "
      "values get pasted (an `.ics` invite, a vCard, an `.xlsx` shared-strings part, Trello, Jira, a GitHub issue, an SMS backup, "
      "a photo of a sticky note, WebVTT captions, a `git format-patch` e-mail, an Obsidian note); the vendors are the trade's own "
      "portals, marketplaces, shipping, bookings, payments, printers and workshop IoT next to the messaging, AI, developer and ops "
      "services such developers use; the negatives come from the same world (GTIN-13 and ISBN-13 numbers, UK VAT and EORI "
      "numbers, RF creditor references, SRI hashes and BLAKE2b sums, Argon2id and PBKDF2 hashes, the real ES256K JWKS and "
      "WireGuard public keys, public site keys, templates, masked values, secret-store pointers, SOPS and age ciphertexts, "
      "documentation shapes, handbook prose, look-alikes that fail this corpus's own checks, UUID ticket ids, genuine puzzle "
      "pages, device ids, hat-block codes, fingerprints and RFID EPC codes).\n")
    a("Everything is produced by `build.py` and its modules (`common260.py`, `everyday260.py`, `vendor260.py`, "
      "`positional260.py`, `prose260.py`, `enc260.py`, `dec260.py`, `evasions260.py`, `negatives260.py`, `checks260.py`, "
      "`readme260.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (26001 "
      "everyday values, 26011 everyday pairing, 26007 the ES256K signing key, 26002 vendor, 26003 positional, 26004 prose, 26005 "
      "evasions, 26006 negatives), no clock, no network, no bytecode written. `python3 build.py [outdir]` generates everything "
      "twice in one process, compares the bytes of the three JSONL files and of this README, parses the JSONL back, runs every "
      "check and %d mutation tests and only then writes the files (on any failure it prints the errors, writes nothing and exits "
      "1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief260/`.\n" % len(info["mutations"]))

    # ------------------------------------------------------------------ independence
    a("## Independence\n")
    a("The builder never saw the detector, its code, its rules or its outputs, and ran no detector or scanner on the data. "
      "Exactly what was opened:\n")
    a("- Under `/work/main`: only this output directory (`benchmarks/corpora/privacy_twohundredsixtieth/`), created with "
      "`mkdir -p` in the same command that created the scratch directory, listed with `ls -la` once right after the deny-list "
      "was first frozen (its own files plus the `.` and `..` metadata lines; the parent's contents are not shown by that "
      "command) and once after the final build. Its own files were created and edited (the file tool and small Python rewrite "
      "scripts), grepped, imported and run (`python3 -B` trials importing the modules, `python3 -B build.py --freeze`, trial "
      "builds into `/tmp/scratch260/trial`, the final `python3 build.py`). Its parent was never listed, opened or searched, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there.")
    a("- Project material: only the two READMEs in `/tmp/brief260/` (`README_twohundredfiftyeighth.md`, p258, well drillers "
      "and pump installers; `README_twohundredfiftyninth.md`, p259, saddlers and tack shops). The directory was listed once "
      "with `ls -la`, the files sized with `wc -c`, read with `cat` and `sed -n` line ranges (long lines located with `awk` "
      "line lengths), searched with `grep -oi` loops over the container, tool, format and algorithm names planned here and "
      "`grep -ohi` context greps for the few hits, and parsed by `common260.extract_denylist`. They were used only to learn "
      "the file format and what is already covered.")
    a("- `/tmp`: no directory other than `/tmp/brief260/` and the scratch directory `/tmp/scratch260/` was looked at (the "
      "scratch directory holds a copy of the public gitleaks rule file, an encoder / decoder round-trip script, a development "
      "script and its JSON dump, a script that prints what each mutation test catches, and trial builds). The shell "
      "tool's own job records of this session were used to read the output of two background jobs and, once, by pid, to "
      "stop one of them.")
    a("- Tooling: the search tool's notes (`/work/.library/search/README.md`, first 60 lines), a listing of "
      "`/work/.library/env/` (its package lists were not searched; no package was installed and no registry was queried) and "
      "`python3 --version`.")
    a("- Public material, read for shape only (no credential value copied; every value is generated): the gitleaks default "
      "rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch`, extracted with "
      "`git show`; all 222 rule ids listed and the regexes of about 50 rules printed by a `tomllib` filter); one `find_string` "
      "look-up of `ca2e9442` whose excerpts of public test files gave the Jenkins one-at-a-time vectors used in the asserts; "
      "one `search` of the code corpus for the Crockford Base32 check symbol, whose excerpts gave the alphabet `*~$=U` and a "
      "table of encoded examples (five rows agree with this build's encoder and are asserted; the `456,789` row of that "
      "table does not agree with its own number and was not used). Kingfisher, CredSweeper, Betterleaks and vendor "
      "documentation were not opened.\n")
    a("The deny-list (`common260.extract_denylist`) holds every backticked name and every snake_case identifier of both "
      "READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix "
      "stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches a few non-language pairs, "
      "which only makes the list stricter) and the names and name words of those pairs (%d). It is frozen in "
      "`brief_names.json`; when `/tmp/brief260/` exists the build re-extracts it and fails if it differs (this build: %s). "
      "Ideas the READMEs name only in prose were avoided by hand, and three hand lists in `checks260.py` make that checkable: "
      "%d language names and codes (`HAND_LANGUAGES`: the spares, hand-listed and neighbouring languages both READMEs name "
      "in prose), %d idea tokens (`HAND_ENCODING_TOKENS`: every encoding family and avoided or set-aside idea of both "
      "READMEs) that no encoding name may contain as a `_` token, and %d earlier tool names (`HAND_TOOL_TOKENS`: the tools "
      "and libraries of both READMEs' positional syntaxes and left-out lists) that no positional syntax name may contain as "
      "a `_`-bounded run. While building, these checks caught and forced out `telnet` (VLC's console, renamed), `sendkeys` "
      "(Protractor, replaced by Squish), `laravel` (Dusk, replaced by Symfony Panther), the idea token `reorder` (renamed to "
      "`min_max_restock_units_ordered`), the negative kind name `token_shape_rejection_fixtures` (taken by p259) and two "
      "positional texts that said `pass` through the name KeePass (both replaced). Novelty is checked against these two "
      "READMEs only; older corpora may share a vendor, a syntax, a language or an idea.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]),
         "re-extracted from /tmp/brief260 and identical" if info["brief_same"] else
         ("the frozen copy was used" if info["brief_same"] is None else "DIFFERENT"),
         len(_hand("HAND_LANGUAGES")), len(_hand("HAND_ENCODING_TOKENS")), len(_hand("HAND_TOOL_TOKENS"))))

    # ------------------------------------------------------------------ files
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in 40 languages |"
      % (len(pos), len(pos), span_types, kinds_used, src["everyday"], src["vendor"], src["password"], src["prose"]))
    a("| `evasions.jsonl` | %d | %d | %d | %d | 22 encodings × 3 types |" % (len(eva), len(eva), len({r["type"] for r in eva}),
                                                                          len({r["container"] for r in eva})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}),
                                                             len({r["class"] for r in neg})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names`, `syntaxes`, `language_codes`, "
      "`language_names`) |\n")
    a("Schema: positives `id` (`p260-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with "
      "exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions "
      "(`p260-e-NNNN`): `id`, `type`, `container` (`<encoding>__<wording>`), `encoding`, `text`, `secrets` (one span with "
      "`value`, `start`, `end`, `type`, `plain` – the clean secret – and `encoding`), `source` (`evasion`). Negatives "
      "(`p260-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets with "
      "`text[start:end] == value`; UTF-8 JSON lines written with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor %d (one record per "
      "type). Positional passwords %d (one record per syntax; by where the text lives: %s). Prose 40 in 40 languages (spares "
      "written down and unused: %s). Evasions 66 = 22 × 3. Negatives %d = 20 classes × 2 base kinds × 5 presentations. "
      "Positives total %d (asked: 440–470). Strings drawn through the registry (values, generated vendor neighbours, evasion "
      "plains and runs): %d.\n"
      % (src["vendor"], src["password"], ", ".join("%s %d" % (k, v) for k, v in where_counts.most_common()),
         ", ".join("`%s` (%s)" % s for s in prose260.SPARES), len(neg), len(pos), info["registry"]))

    # ------------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field, position or "
      "protocol element – never the quotes, the key or the flag (for `-auth user:SECRET`, `--user user:SECRET`, `-A "
      "user:SECRET`, `--auth user:SECRET`, `allow admin:SECRET` and the lighttpd `user:SECRET` line only the part after the "
      "colon; for `-pSECRET` and `-hpSECRET` only what follows the letters; for `-p:SECRET` only what follows the colon; for "
      "the Exim `^user^SECRET` only the last field; for the SOCKS5 bytes only the text after the length escape; for the rexec "
      "request only the third NUL-separated field). Values pasted where they do not belong (an `.ics` invite, a vCard, a "
      "sheet, Trello, Jira, a GitHub issue, an SMS backup, a sticky-note photo, meeting captions, a patch e-mail, a daily "
      "note, a traceback, `ps` and strace output, zsh history, a Teams chat, a Discord export, a forwarded e-mail, a "
      "`kubectl create secret --from-literal` or `gh secret set --body` command) are labelled. The Discord, Teams and Google "
      "Chat webhook URLs are labelled whole (the URL is the secret), and so is the Ably key (app id, key id and secret in one "
      "string). The Google Workspace app password and the WordPress application password keep the spaces with which those "
      "services display them.")
    a("- Owner-chosen passwords are a word of this trade (%d words, letters only: %s …; none is used in a host or file name) "
      "+ a joiner + a tail people use (a capital and 2–3 digits, 1–2 digits then a capital and 1–2 lower-case letters, or 2 "
      "lower-case letters and 3 digits), capitalised with probability 0.45 in everyday and vendor values, 0.35 in the evasion "
      "password and 0.3 elsewhere. Everyday and vendor passwords may use the joiners `- _ . ! # &` and are checked against "
      "`%s`; positional, prose and evasion passwords use only `- _ .` (the strict form `%s`). Values are never escaped: each "
      "container declares the characters it could not hold literally (quotes, `\\`, `$` where shells, HCL, Kconfig, Nix, "
      "Spring, HOCON, Nuxt, Apps Script or CI variables interpolate, `%%` in Packer and supervisord, `{}` in Klipper and "
      "Jira, `&<>\"'` in XML, `,` `;` `\\` in iCalendar and vCard, `,` in PlatformIO flags and supervisord, backticks in "
      "Markdown, spaces and shell metacharacters where the value is bare) and a value is redrawn without them; the Django "
      "key is drawn from the part of Django's alphabet the container can hold."
      % (len(C.TRADE_WORDS), ", ".join(C.TRADE_WORDS[:28]), C.PASSWORD_RE.pattern, C.STRICT_PASSWORD_RE.pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no "
      "negative; no evasion plain appears in any text. Values, generated vendor neighbours, evasion plains and runs are drawn "
      "through one registry that refuses repeats, any string in a substring relation (6+ characters) with an earlier one, "
      "any non-v4 UUID and any invalid JWT. A negative is redrawn if it contains a registered string of 6+ characters, a "
      "trade word + joiner + tail (the password form, any case, joiners `- _ . ! # & + ~ * @`), any JWT-shaped string or a "
      "non-v4 UUID, or repeats an earlier negative.")
    a("- Structured values are valid and checked. `hbq_` keys end in the real Jenkins one-at-a-time hash of their 28-character "
      "body (asserted on the published vectors `a` → ca2e9442, `aa` → 7081738e, `hello world` → 3e4a5a57 and the quick brown "
      "fox → 519e91f5); `fbt.` tokens end in the real BLAKE2s digest (8-byte output) of their body (Python's `hashlib`, "
      "asserted on RFC 7693's BLAKE2s-256 of `abc`); `CCL-` licences end in the real Crockford Base32 check symbol (value mod "
      "37; asserted on 1 → `11`, 194 → `629`, 398373 → `C515Z`, 3838385658376483 → `3D2ZQ6TVC935` and 2^64−1 → "
      "`FZZZZZZZZZZZZB`); the hire-portal tokens are real ES256K JWTs (ECDSA over secp256k1 with SHA-256, written out in "
      "`common260` with RFC 6979 deterministic nonces and low-S; the curve is asserted: G on the curve, n·G = O, 2G's x "
      "coordinate) and every token is verified against the public key that a JWKS negative publishes; Fernet keys decode to "
      "exactly 32 bytes; Django keys are 50 characters of Django's alphabet. These check algorithms (Jenkins one-at-a-time, "
      "BLAKE2s, Crockford mod 37, ECDSA on secp256k1) differ from those of both READMEs (xxHash32, SipHash-2-4, ISBN-10 mod "
      "11, MurmurHash3, ISO 7064 MOD 11,10, RSASSA-PSS, HOTP/TOTP, and the CRC, Fletcher, Adler, FNV-1a, Internet checksum, "
      "Damm, Verhoeff, Luhn mod 36, ISO 7064, Base58Check, Bech32, PKCS#1 v1.5, ES256/384/512, EdDSA and HS256/384/512 they "
      "name as earlier ones). Vendor frames: the Calendly and Supabase tokens are real HS256 JWTs under discarded keys; the "
      "Grafana `glc_` token, the JFrog reference token, the Bitwarden access token, the DigitalOcean Spaces secret and the "
      "ImageKit key are Base64 of real JSON, text or byte frames (decoded back by the check); every other vendor value is "
      "checked against a regular expression built from the same spec that generated it. Every UUID-shaped substring of every "
      "text is version 4 and every JWT-shaped substring has base64url JSON header and payload, a known `alg` and a signature "
      "length that fits it (HS256 32, ES256K 64 bytes; checked); negatives contain no JWT-shaped string. Negatives: GTIN-13 "
      "and ISBN-13 carry real GS1 mod-10 digits (asserted on 4006381333931 and 978-0-306-40615-7), UK VAT numbers the real "
      "weighted mod-97 pair (asserted on GB 980 7806 84), RF references the real ISO 11649 mod-97 pair (asserted on RF18 5390 "
      "0754 7034), RFID EPCs the real SGTIN-96 bit layout with a matching URN; digests are real digests of random bytes; "
      "Argon2id, PBKDF2, SOPS and age bodies are random in frame.")
    pub_pairs = [(v[0], " ".join(v[5][0])) for v in vendor260.VENDORS if v[5]]
    a("- Public neighbours are unlabelled: user names, hosts, key names and the public half written next to a vendor "
      "secret (%s), and the user half of a user / password pair." % "; ".join("%s: %s" % p for p in pub_pairs))
    a("- Key names follow each container's own case style: upper, snake, kebab, camel, pascal, dot, spaced (chats, "
      "invites, notes, captions, tickets, e-mail), title (the sticky-note OCR, the sheet, Bitwarden item names) and native "
      "(`.pypirc`, Cargo credentials and the Firefox logins CSV keep their own field names). Everyday key names are the "
      "type's words without the check-algorithm word (`HATBLOCK_QUEUE_KEY`, not `…_OAAT_KEY`; Django's own settings file "
      "uses `SECRET_KEY`); vendor key names are the full type name in the style's case.\n")

    # ------------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (_bt(t[0]), t[3]) for t in everyday260.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join(
        "%s (%s; %s)" % (_bt(k["name"]), k["style"], k["desc"]) for k in everyday260.KINDS) +
      ". Pairing (seed 26011): the kinds are taken in a seeded order and each takes the four types that have the most "
      "slots left (ties broken by a seeded draw), so every kind holds four different types and every type sits in exactly 15 "
      "records (checked); secrets therefore also land in implausible places (an ES256K JWT on a sticky note, a Fernet key in "
      "a calendar invite, a Crockford licence in an SMS).\n")
    a("Vendor (%d types, container `<type>__<style>`; shape – where it comes from: *read* this session in the public "
      "gitleaks rule file, *believed* from memory, *guessed* where the builder knows no published shape so the type is "
      "recognisable only from the key name, *owner-chosen* for portal and device passwords – then the neighbour and the "
      "style):\n" % len(vendor260.VENDORS))
    for fam in (vendor260.FAM_TRADE, vendor260.FAM_MSG, vendor260.FAM_AI, vendor260.FAM_DEV):
        items = [v for v in vendor260.VENDORS if v[1] == fam]
        parts = []
        for v in items:
            srcw = {"read": "read this session", "believed": "believed from memory", "guessed": "guessed",
                    "owner": "owner-chosen"}[v[3]]
            note = (" (%s)" % v[4]) if v[4] else ""
            nb = (" – next to it: %s" % " ".join(v[5][0])) if v[5] else ""
            parts.append("%s (%s – %s%s%s – in %s)" % (_bt(v[0]), vendor260.shape_words(v[0]), srcw, note, nb, _bt(v[6])))
        a("*%s* (%d): %s.\n" % (fam, len(items), "; ".join(parts)))
    sc = Counter(v[6] for v in vendor260.VENDORS)
    a("Vendor styles (%d, chosen per type for where that key lives): %s.\n" % (len(vendor260.STYLES), "; ".join(
        "%s (%s, %s, %d)" % (_bt(s["name"]), s["case"], s["desc"], sc[s["name"]]) for s in vendor260.STYLES.values())))
    a("Positional passwords (%d syntaxes, span type `mhpw_<syntax>`, container `<syntax>__<where>` with where = %s): %s. "
      "None of them is among the syntaxes or names of either README (compared with and without the `mhpw_` prefix; "
      "checked), no syntax name contains an earlier tool as a `_`-bounded run (checked), and no positional text contains "
      "`pass`, `pwd` or `secret` in any case or a `pw` token (checked), so tools, flags, keywords and file names that say it "
      "(`--password`, `-pw`, `passwd`, `passphrase`, `PASSWORD` in SQL, KeePass, `.pgpass`, `sasl_passwd`, `setPassword`, "
      "`ssh.Password`, `CURLOPT_USERPWD`, `PWD=` in ODBC strings, `wpa_passphrase`, `--password-stdin`) were not used; field "
      "ids in UI scripts are the neutral `f1` / `f2`.\n"
      % (len(positional260.SYNTAXES), ", ".join("%s `%s`" % (k, v) for k, v in positional260.WHERE.items()),
         "; ".join("%s (%s, %s)" % (_bt("mhpw_" + s[0]), s[1], s[2]) for s in positional260.SYNTAXES)))
    a("Prose: someone tells a colleague the password of the blocking-room iMac and asks them to keep it to themselves; span "
      "type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. Spares written down and unused: "
      "%s. None of them or the spares is among the languages of either README or on the hand list (checked: code against the "
      "codes, all deny-listed names and the hand list; name and every name word against the language names and the hand "
      "list). Scripts: %s. Hebrew is right-to-left with the Latin value embedded; Cantonese writes without spaces and sets the "
      "value off with spaces by hand; Korean, Marathi, Gujarati, Hindi, Tamil, Sinhala, Malayalam, Kannada, Basque and "
      "Armenian put a verb or copula after the value; Hausa, Yoruba, Zulu, Xhosa, Haitian Creole, Sundanese and Maori follow "
      "it with a space before the comma; every value is set off by whitespace on both sides (checked).\n"
      % (prose260.SPAN_TYPE, ", ".join(_bt(f) for f in prose260.FORMATS),
         ", ".join("`%s` (%s)" % (c, n) for c, n, _, _ in prose260.LANGUAGES),
         ", ".join("`%s` (%s)" % s for s in prose260.SPARES),
         ", ".join(sorted({s for _, _, s, _ in prose260.LANGUAGES}))))

    # ------------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join("%s = \"%s\"" % (_bt(n), enc260.ENCODINGS[n][2]) for n in enc260.ENCODINGS) + ".\n")
    a("Families: logical deduction from scored guesses (`bulls_and_cows_deductions`); connected regions of a grid "
      "(`flood_fill_region_sizes`); a greedy two-pass allocation with neighbour constraints (`candy_rating_minimum_totals`); "
      "two-player optimal play on a row (`end_pick_first_player_best`); longest-chain stacking "
      "(`hatbox_tower_best_heights`); first-in-first-out stock costing (`fifo_ribbon_cost_of_sales`); a greatest feasible "
      "length found by parametric search (`ribbon_roll_longest_equal_cuts`); expansion of nested repeat notation "
      "(`knitting_row_stitch_counts`); a best set of non-neighbouring items (`market_stall_non_adjacent_takings`); floor "
      "quotient sums (`floor_quotient_sums`); compositions of plane isometries (`plane_isometry_final_x`); a sowing-game "
      "simulation (`mancala_store_counts`); weighted interval scheduling (`fitting_slot_best_fees`); the transportation "
      "problem's north-west corner rule (`northwest_corner_delivery_costs`); an (s, S) stock policy "
      "(`min_max_restock_units_ordered`); the elevator / SCAN sweep (`stacker_crane_sweep_distances`); Johnson's two-machine "
      "flow shop (`two_bench_hat_order_makespans`); Lagrange interpolation at zero, as in threshold secret sharing "
      "(`lagrange_parabola_intercepts`); the generalised pigeonhole principle (`drawer_draws_for_matching`); first-fit bin "
      "packing (`first_fit_shelf_gaps`); prefix-tree size (`letter_trie_node_counts`); binary-search-tree depth "
      "(`bst_insertion_depth_totals`).\n")
    a("Evasion types: " + "; ".join("%s (%s)" % (_bt(t[0]), t[2]) for t in evasions260.TYPES) + "; wordings: " +
      ", ".join(_bt(w) for w in evasions260.WORDINGS) + " (container `<encoding>__<wording>`; encoding *i* and type *j* "
      "take wording (*i* + *j*) mod 3, so each encoding appears once per type and once per wording). Each text states the "
      "rule in words, then `:` and a newline, then the run on its own line, then a one-line remark (checked). Plains use "
      "`[A-Za-z0-9_.-]` (character codes 45–122); a plain is redrawn if it would appear inside its own run, if the run equals "
      "it, has outer whitespace or a newline, or if the registry refuses plain or run.\n")
    a("Encoders are in `enc260.enc` (the rng adds only what the decoder reads back or does not need: the guesses of the "
      "guessing games, the map shapes and loose felt, the ratings mountains, the box prices, sizes and heights, the "
      "deliveries, roll lengths, stitch groupings, stall takings, the N;K pair among those that give the code, the moves and "
      "start point, the cups, the appointments, depots and costs, the policy levels and demands, the crane requests, the hat "
      "times, the parabola's a, b and x values, the drawer colours, the shelf and box widths, the words and the numbers). The "
      "decoder `dec260.decode` gets only the encoding name and the run, imports nothing from the encoder or `common260` (only "
      "`re`, `itertools` and `fractions`) and computes every answer another way where it can: Mastermind scoring by "
      "removing matched digits instead of counting minima, a depth-first flood instead of the growth that made the region, "
      "relaxation to a fixed point instead of two passes, a difference table instead of the memoised total, every "
      "permutation of boxes instead of the sorted DP, a metre-by-metre price queue, a binary search on the length, a token "
      "parser with recursion, a bit-mask over the stalls, the plain sum, a move-by-move simulation, a named-cup board, an "
      "end-sorted DP instead of all subsets, the rule itself, a day-by-day simulation, a visit-by-visit walk, Johnson's rule "
      "instead of all orders, exact Lagrange interpolation with `Fraction`, a worst-case draw one ribbon at a time, a "
      "used-length first fit, a dictionary trie and ancestor bounds instead of building the tree. Every pair was "
      "round-tripped on 60 random `[A-Za-z0-9_.-]` plains of length 2–30 per encoding while writing (0 failures); at build "
      "time every span is decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README as an encoding or in its avoided, set-aside or closest-relative "
      "lists): every encoding of both READMEs and every item of their avoided lists (numeral bases and Base-N text, escapes, "
      "UTF tricks, dumps, Morse, Braille, spelling alphabets, number words, historic numerals, look-alikes, zero-width and "
      "combining characters, keycaps, entities, code expressions, every cipher, XOR, reorderings, chaff, acrostics and "
      "stego, the arithmetic and bit disguises, DNA, dice, cards, chess, game scoring, coin change, music, colours, clocks, "
      "calendars, check-digit disguises, table lookups, unit conversions and physical laws, matrices, equations, "
      "progressions, magic grids, graph shortest paths, spanning trees, critical paths and maximum flow, lattice geometry "
      "and areas, Collatz, Josephus, Hanoi, Wythoff, cellular automata, statistics of shown numbers, Venn counts, calculus "
      "of polynomials, knapsacks, assignments, round-robin and first-come queues, bridge-and-torch, water jugs, trapped rain, "
      "maximum subarrays, Huffman merges, move-to-front, inversions, grid path counts, the snail). Also set aside here: "
      "Fibonacci-like sequences (next to the earlier cubic sequence), LCM and gear realignment (next to the GCD), a "
      "diagonal-cut square count (lattice geometry), a token-bucket limiter and an hourglass puzzle (state machines like the "
      "water jugs), Borda counts (social choice, next to instant runoff), LRU page faults and edit distances (runs too "
      "long), an unbounded rod-cutting DP and coin-weighing (knapsack and lever relatives). Closest relatives that remain, "
      "which a scorer may count as the same idea: the stacking, non-neighbour, interval-scheduling and end-pick games are "
      "small dynamic programmes next to the earlier knapsacks (the end-pick game is also two-player optimal play, next to "
      "the earlier saddle point); the parabola intercept is polynomial algebra next to the earlier slopes, integrals and "
      "cubic sequence; the crane sweep and the flow shop are scheduling next to round-robin and the fitting queue; the "
      "flood fill works on a grid next to the grid path count; the pigeonhole, floor-sum and crane answers are short "
      "formulas of shown numbers; the FIFO costing and the (s, S) policy are stock arithmetic dressed as trade data.\n")

    # ------------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    ncount = Counter(r["class"] for r in neg)
    for cname, desc, kinds in negatives260.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cname, ncount[cname], ", ".join(_bt(k) for k, _ in kinds), desc))
    a("\nEach base kind appears plain and wrapped %s (container `<base kind><wrapper>`); the wrappers add Teams, repair-ticket, "
      "supplier-e-mail and noticeboard context whose words say the content is public or holds no logins, without adding a "
      "value.\n" % ", ".join(_bt(w) for w in negatives260.WRAPPERS if w))

    # ------------------------------------------------------------------ checks
    a("## Checks run by build.py\n")
    a("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief260/` exists it is re-extracted and must be identical (%s). "
      "Every everyday type and kind, vendor type and style, where label, positional syntax and type, prose type and format, "
      "evasion type, wording and encoding, negative class, base kind and wrapper, and every container, span type, encoding "
      "and class actually used in the records, is compared lower-cased, as a whole and by every `__` part, against the "
      "names; every positional syntax against the earlier syntaxes, all names and the hand list of earlier tools; every "
      "encoding, token by token, against the hand list of earlier ideas; every prose language code (and spare) against the "
      "codes, all names and the hand list, its name and name words against the language names and the hand list."
      % ("re-extracted and identical" if info["brief_same"] else "frozen copy used"))
    a("- Ids `p260-s-NNNN`, `p260-e-NNNN`, `p260-n-NNNN`, consecutive; exact record and span field sets (in order); exactly "
      "one span per positive and evasion; `text[start:end] == value`; span type = record type; the value occurs exactly once "
      "in its text and has no outer whitespace; evasion spans carry `plain` and an `encoding` equal to the record's; no "
      "placement marker left in any text; sources as specified.")
    a("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 110–130 distinct types with containers "
      "`<type>__<style>`, positional 100–120 distinct syntaxes, prose 40 in 40 languages, positives 440–470, evasions 66 = "
      "22 encodings × 3 types × 3 wordings, negatives ≥ 200 in ≥ 20 classes with ≥ 10 each, no repeated negative text, span "
      "types of the sources pairwise disjoint and disjoint from the evasion types.")
    a("- Shapes: everyday values by type (password regex, one-at-a-time tail, BLAKE2s tail, Crockford check symbol, ES256K "
      "header, claim keys, UUIDv4 `jti` and ECDSA signature verified against the public key, Fernet byte count, Django "
      "alphabet and length); vendor values against the regex built from each spec or their frame validator (JWT alg and "
      "claims, Base64 JSON keys, `reftkn:01:` frame, byte counts, UUID versions, webhook URL layouts, owner-chosen password "
      "regex); positional and prose values in the strict password form; no `pass` / `pwd` / `secret` / `pw` in positional "
      "texts; prose values set off by whitespace; evasion plains by type; evasion layout (rule text present before the run, "
      "`:` newline, run line, one remark line).")
    a("- Container syntax: the JSON, XML and TOML everyday kinds (Trello export, Android strings, Cordova config, Info.plist, "
      "xlsx shared strings, SMS backup) and vendor styles (.NET user secrets, Postman environment, Bitwarden export, Discord "
      "export, wrangler.toml, Cargo credentials) parse as a whole with `json`, `xml.etree` and `tomllib` with the value in "
      "place.")
    a("- Every evasion run decodes with `dec260.decode` to its `plain`, and the run never contains its plain.")
    a("- No value is reused; none appears in any other record or in any negative; no evasion plain appears in any text; no "
      "negative contains a password form or a JWT-shaped string; every UUID-shaped substring of every text is version 4; "
      "every JWT-shaped substring of every text is a valid JWT; the JWKS negative carries the real public key of the ES256K "
      "tokens.")
    a("- Determinism: everything (the ES256K key included) is generated twice in one process; the three JSONL files and "
      "this README must be byte-identical, and the JSONL bytes must parse back to the same records.")
    a("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): "
      "%s. Clean run errors: %d.\n"
      % (len(info["mutations"]), sum(c for _, c in info["mutations"]), len(info["mutations"]),
         ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in info["mutations"]), len(info["errors"])))

    # ------------------------------------------------------------------ shapes guessed
    a("## Shapes you had to guess\n")
    for label, key, intro in (("Read this session", "read", "in the public gitleaks default rule file (`gitleaks/gitleaks`, "
                               "`config/gitleaks.toml`); where a rule gives only a prefix, a class or a length range, the "
                               "exact length, case and split are mine"),
                              ("Believed from memory", "believed", "of public rule sets and vendor documentation, not "
                               "re-checked this session"),
                              ("Guessed", "guessed", "(length and alphabet only; the builder knows no published format, so "
                               "these are recognisable from the key name only)")):
        items = [v for v in vendor260.VENDORS if v[3] == key]
        a("*%s* %s (%d): %s.\n" % (label, intro, len(items), "; ".join(
            "%s (%s%s)" % (_bt(v[0]), vendor260.shape_words(v[0]), ("; " + v[4]) if v[4] else "") for v in items)))
    owners = [v[0] for v in vendor260.VENDORS if v[3] == "owner"]
    a("*Owner-chosen passwords* (a portal or device login the owner picked) (%d): %s.\n" % (len(owners), ", ".join(_bt(o) for o in owners)))
    a("Also invented or partly guessed: the everyday layouts `hbq_` (one-at-a-time), `fbt.` (BLAKE2s) and `CCL-` (Crockford "
      "check) and the evasion prefixes `cpx-` / `hft_` are invented; the ES256K JWT, the Fernet key and the Django "
      "`SECRET_KEY` are real formats used for invented purposes. The staff TSV of the RFID reader and the kiosk list of the "
      "repair counter are invented file formats. All positional syntaxes are written from memory and not re-checked against "
      "manuals; least sure: `rar -hp` glued, `winrs -p:`, `tsql -P`, `veracrypt --text … -p`, `kadmin -w`, `register_new_matrix_user "
      "-p`, `vsql -w`, the SAP ASE `isql -P`, `bw unlock <value>`, `vmrun -gp`, `cf auth` positions, `bitsadmin "
      "/setcredentials` order, Android `cmd wifi connect-network` positions, `emqx ctl admins add` positions, `dotnet nuget "
      "add source -p` without the clear-text flag, `chisel --auth`, `fscrypt unlock` and `geli attach -j -` reading stdin, "
      "VLC's console taking the value as the first line, `zfs load-key` reading a pipe, the argument orders of "
      "`ibm_db.connect`, `jaydebeapi.connect`, `nntplib.NNTP`, `StaticUserAuthenticator`, `scram.SHA256.NewClient`, "
      "`nats.UserInfo`, `set_credentials`, `openssl_pkcs12_read`, `AMQPStreamConnection`, `HttpClientBasicCredentials`, "
      "LuaSQL `connect`, MATLAB `database`, `odbcConnect`, `SQLConnect`, `QSqlDatabase::open`, CircuitPython `start_ap`, "
      "the Squish, TestComplete, SikuliX, UiPath and Maestro lines, the ZooKeeper JAAS `user_<name>` entry, the lighttpd "
      "plain userfile, the hostapd per-station file, Exim's `client_send` carets, `sp_addlinkedsrvlogin` and `sp_addlogin` "
      "positions, ClickHouse `remote()` positions, the OpenEdge `CONNECT` options, Derby `SYSCS_CREATE_USER`, the Deluge RPC "
      "frame, the SOCKS5 subnegotiation bytes, the rexec request, FreeSWITCH `auth`, the SHOUTcast v1 source line and the "
      "LMS CLI `login`. Negatives: the Argon2id, PBKDF2, SOPS and age bodies, the Turnstile site-key length, the PayPal "
      "client-id length and the Klaviyo id length are approximate; hat-block codes and device serials follow the look of "
      "real ones without a check.\n")

    # ------------------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (steam-cabinet HMI, conformateur tablet, repair-counter till manager, felt-store "
      "climate gateway, hire RFID reader, canopy-plotter PC) and six generated secrets (`hbq_` one-at-a-time key, `fbt.` "
      "BLAKE2s token, `CCL-` Crockford licence, ES256K JWT, Fernet key, Django `SECRET_KEY`). Key names in everyday files say "
      "password / key / token / jwt / licence – that is how such files look; the key-name-free cases are in the positional "
      "source. Same-shape traps: the `CCL-` licence looks like a product key and its public twins with wrong checks sit in "
      "the negatives; the Fernet key looks like any URL-safe Base64 blob next to SRI hashes and WireGuard public keys; the "
      "Django key is the only value with `!@#%^&*()`-style punctuation.")
    a("- Vendor: many trade vendors (Faire, Ankorstore, NOTHS, Acuity, Jotform, remove.bg, Sendcloud, DHL Express, "
      "FreeAgent, PayPal) publish no token format the builder knows, so their types are recognisable only from the key name "
      "(part of the test). Twelve vendor types carry owner-chosen passwords (trade body, umbrella and hat makers' trade "
      "portals, a haberdasher, NOTHS, Royal Mail Click & Drop, Parcelforce ExpressLink, a Hikvision NVR, two label / "
      "receipt printers, Faire and Ankorstore brand logins). Same-shape traps: hCaptcha site keys (UUIDv4, public) against "
      "UUIDv4 secrets (SmartThings, Postmark, DocuSign); the public Square application id and PayPal client id in the "
      "negatives and next to their secrets; hex secrets against digests and fingerprints; the Stripe `rk_live_` key against "
      "masked `rk_live_` previews. Ids next to a secret stay unlabelled as the public half of a pair – arguable for the "
      "Twilio API key SID, the Alibaba `LTAI` id, the Spaces access key, the OVH application key, the Mailjet API key, the "
      "Pusher app key and the WooCommerce consumer key, which some detectors and owners treat as sensitive on their own.")
    a("- Passwords: labelled when the value logs in or authenticates (winrs, isql, tsql, mc, kadmin, vsql, the ASE isql, "
      "hurl, ab, jenkins-cli, cf, twine, chisel, emqx, dotnet nuget, vmrun, Tor, Deluge, SOCKS5, rexec, FreeSWITCH, "
      "SHOUTcast, LMS, the library calls, Db2, ClickHouse, OpenEdge, the linked-server login), creates or registers an "
      "account (prosodyctl, Synapse, Derby, sp_addlogin, lighttpd, monit, ZooKeeper JAAS, Nagios `$USER3$`), unlocks or "
      "encrypts (7z, rar, openssl enc, veracrypt, security unlock-keychain, bw unlock, sudo -S, cryptsetup, gocryptfs, zfs, "
      "geli, fscrypt, signtool, PKCS#12 in C# and PHP, an encrypted zip member in Python), joins a network "
      "(networksetup, Android `cmd wifi`, CircuitPython `start_ap`, the hostapd per-station file), sits in a file by "
      "position (the OpenVPN auth file, Exim, two invented files) or is typed by automation (neutral field ids). Weakest "
      "kept cases, with a hint nearby: the hostapd file name says `wpa_psk`, `cryptsetup --key-file=-` and `openssl enc -k` "
      "say key, `argon2` hashes the value for a kiosk user (the value becomes a hash), `bw unlock` and VLC's console take "
      "the value bare, the Nagios macro is only a convention. Closest relatives of earlier syntaxes, kept because the tool, "
      "language or mechanism differs: the colon pairs of jenkins-cli, hurl, ab, chisel and monit next to the earlier curl, "
      "lftp, skopeo and ngrok pairs; the `-u`/`-p` pairs of twine and dotnet nuget and the `-U`/`-P` of tsql and the ASE "
      "isql next to the earlier `-u`/`-p` tools; eleven HTTP basic-auth calls in different libraries next to the earlier "
      "reqwest, httr, httpx, OkHttp, SetBasicAuth and LWP calls; the disk-encryption pipes (cryptsetup, zfs, geli, fscrypt, "
      "gocryptfs) next to the earlier CryFS and udisksctl; `sudo -S` next to the earlier `kinit` pipe; Python `zipfile` "
      "next to the earlier `zip -P`; the GUI automation lines next to the earlier Selenium-family calls (Watir, Selenide, "
      "Geb and Nightwatch drive WebDriver too); the Go SCRAM client next to the earlier SASL PLAIN message; the JDBC "
      "`DriverManager` call next to the earlier doobie `fromDriverManager`. Left out: anything whose own name says it "
      "(KeePass tools, `passwd`, `htpasswd`, `sshpass`, `pdftk … user_pw`, `mosquitto_passwd`, `smbpasswd`, `chpasswd`, "
      "`cmdkey /pass:`, `wget --password`, `nmcli … password`), SSH, SMB, FTP, IMAP, POP3, SMTP, LDAP, Redis, Mongo, MySQL, "
      "Oracle and SNMP logins (used or set aside earlier), more zip tools (pyminizip, zip4j, rubyzip, the Rust zip crate), a "
      "Java KeyStore (a third PKCS#12), Java SMB and Couchbase SDK calls, and `--store-password-in-clear-text`.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for %s; "
      "modest for %s; low for %s (word choice, loans, diacritics and word order unchecked). Loan words (password, pasiwedi / "
      "iphasiwedi, pasahitza forms) are kept as people use them. `ell` is Modern Greek, `kmr` Northern Kurdish (Kurmanji), "
      "`uzn` Northern Uzbek, `khk` Halh Mongolian, `yue` Cantonese, `plt` Plateau Malagasy. The Malayalam and Kannada "
      "sentences contain zero-width non-joiners inside loan words, as typing produces, never next to the value."
      % tuple(", ".join(n for c, n, _, _ in prose260.LANGUAGES if c in prose260.CONFIDENCE[k]) for k in ("fair", "modest", "low")))
    a("- Evasions: every run is a puzzle a patient human can solve with the stated rule and pencil (the flow-shop and tower "
      "groups are small enough to try every order). Runs look like newsletter puzzles, chalkboard teasers and quiz sheets, "
      "and genuine twins with their answers sit in the negatives (`genuine_workroom_puzzle_pages`), so a detector that flags "
      "them is flagging the look, not the content. The flood-fill maps, candy lists, drawer and trie groups are long "
      "(hundreds to a few thousand characters), and an entropy detector may flag some of them.")
    a("- Negatives: GTIN-13, ISBN-13, UK VAT, EORI and RF references are identifiers with real check digits; EPC codes are "
      "public tag ids; digests, SRI hashes and fingerprints are one-way; Argon2id and PBKDF2 strings are hashes (one set in a "
      "`hash_col` of a users table and one in a Django fixture's `password` field – a trap); the JWKS is the real public half "
      "of this corpus's ES256K key and WireGuard public keys are public; hCaptcha, Turnstile, GTM, pixel, Square application "
      "and PayPal client ids are public by design; the `.env.template` and Helm defaults use this corpus's own key names "
      "with placeholder values (a trap for key-name-only detectors); masked previews keep at most four characters; "
      "`doppler://`, `gcpsm://`, `azurekeyvault://`, ARNs and `${{ secrets.X }}` are pointers; SOPS and age bodies are "
      "ciphertext whose key is elsewhere. The most arguable class is `lookalike_tokens_failing_own_checks`: this corpus's own "
      "`hbq_`, `fbt.` and `CCL-` shapes with a deliberately wrong check inside tests and reject logs – no key with a wrong "
      "check can be in use, but a shape-only detector will flag them. Random fillers are generated, so an entropy-only "
      "detector will hit some negatives – that is the point.\n")

    # ------------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief260/` (p258 and p259), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch260/` was looked at (besides the shell tool's own job records of this session's "
      "background jobs).")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "rule file, brought in with the search tool's `fetch` and read with `git show`, for the vendor types marked *read* "
      "above; one `find_string` look-up (Jenkins one-at-a-time vectors in public test files) and one code `search` (Crockford "
      "Base32 check alphabet and examples). Published test vectors used in asserts: one-at-a-time of `a`, `aa`, `hello world` "
      "and the quick brown fox; BLAKE2s-256 of `abc` (RFC 7693); Crockford check examples 1, 194, 398373, 3838385658376483 "
      "and 2^64−1; secp256k1's G, n and 2G; EAN 4006381333931; ISBN 978-0-306-40615-7; RF18 5390 0754 7034; VAT GB "
      "980780684.")
    a("- Python's standard library (`hashlib`, `hmac`, `base64`, `json`, `re`, `fractions`, `itertools`, `tomllib`, "
      "`xml.etree`) computes digests, HMACs and encodings and parses the containers; the one-at-a-time hash, the Crockford "
      "check, secp256k1 arithmetic, RFC 6979 nonces, ECDSA signing and verification, the GS1, VAT and ISO 11649 checks, the "
      "SGTIN-96 layout, every encoder and every decoder are written by hand.")
    return "\n".join(L) + "\n"


def _hand(name):
    import checks260
    return getattr(checks260, name)
