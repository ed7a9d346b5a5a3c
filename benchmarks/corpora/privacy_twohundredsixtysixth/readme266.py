"""Renders README.md from the generated records and the module data."""
import collections

import checks266
import common266 as C
import enc266
import everyday266 as EV
import evasions266 as EVA
import negatives266 as NEG
import positional266 as POS
import prose266 as PR
import vendor266 as VEN
import world266 as W

SOURCE_LABEL = {"read": "read this session", "believed": "believed from memory", "guessed": "guessed", "owner": "owner-chosen"}


def _bt(x):
    return "`%s`" % x


def render(P, E, N, info):
    out = []
    a = out.append
    cnt = collections.Counter(r["source"] for r in P)
    a("# privacy_twohundredsixtysixth (p266) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**lighthouse keepers, lightship museums and coastal-signal restorers** and the developers and staff who build and run their "
      "software. The world: " + W.WORLD_TEXT + " People: " + ", ".join(W.PEOPLE) + ". Private hosts sit in " + W.NETS +
      "; suppliers, accounts, ships, stations and places are invented (real place names such as Eddystone or Godrevy appear only as "
      "words people use in passwords), and every host is under `.example`. Secrets sit where this trade puts them: lamp-room and "
      "fog-signal devices (a CODESYS global variable list, an ESP-IDF sdkconfig, a Frigate NVR config on the gallery cameras, OpenWrt UCI "
      "on the lightship's gateway, a NetworkManager keyfile in the cottages, OctoPrint on the replica-parts printer, a launchd plist "
      "beside the annealing kiln, the audio-guide Expo config, Cumulus.ini on the weather mast, a .reg export of the AtoN monitor), back "
      "offices (Django, Quarkus, Ktor HOCON, Nuxt, an iOS xcconfig, Omeka S, CollectiveAccess, Matomo, Discourse, Rocket, Odoo, Piwigo, "
      ".NET user-secrets), ops (kustomize, Bitbucket Pipelines, Buildkite, Drone, Traefik, Logstash, a bash -x deploy log, a "
      "/proc/PID/environ dump, a justfile, Argo CD) and the messy places (a git diff, a DevTools 'Copy as fetch', direnv, jest and pytest "
      "set-ups, a typed keepers' log, an xlsx sharedStrings part, an iCalendar invite, Joplin, a GitHub comment, a forwarded .eml, a "
      "WordPad RTF); the vendors are the trade's own (the Association of Lighthouse Keepers, Trinity House, the Northern Lighthouse Board, "
      "Irish Lights, National Historic Ships, the Heritage Fund, Arts Council accreditation, Axiell and eHive collections, Sabik lanterns, "
      "Victron, Teltonika, Axis, RockBLOCK, Sykes Cottages, MarineTraffic, VesselFinder, the Admiralty tidal API, WorldTides, Stormglass, "
      "Met Office WOW, weather APIs, Lodgify, Hostaway, Guesty, Donorfy, Beacon CRM) next to the shop, payment, messaging, AI, developer, "
      "cloud and device platforms such developers use; the negatives come from the same world (ISSN and ORCID identifiers in archive "
      "records, VINs and AtoN MMSIs, SRI and release digests, Django PBKDF2 / apr1 / Argon2 hashes, real Ed25519 public keys, publishable "
      "site keys, templates, masked values, secret-store pointers, SOPS / Pulumi / SealedSecret ciphertexts, documentation, handbook prose, "
      "failing fixtures of this corpus's own layouts, public numbers that pass the same check algorithms, payment and order ids, light-list "
      "entries, AIS and GPS sentences with real checksums, genuine scorecards, trace ids and real WAV data URIs).\n")
    a("Everything is produced by `build.py` and its modules (`common266.py`, `world266.py`, `everyday266.py`, `vendor266.py`, "
      "`positional266.py`, `prose266.py`, `enc266.py`, `dec266.py`, `evasions266.py`, `negatives266.py`, `checks266.py`, `readme266.py`, "
      "frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (%d everyday values, %d everyday "
      "pairing, %d the JWE key-encryption key, %d vendor values, %d vendor HMAC key, %d positional, %d prose, %d evasions, %d negatives), "
      "no clock, no network, no bytecode written. `python3 build.py [outdir]` runs the hand-written algorithms' self-test, generates "
      "everything twice in one process and compares the bytes of the three JSONL files, parses them back, runs every check and %d "
      "mutation tests, renders this README twice and compares it, and only then writes the files (on any failure it prints the errors, "
      "writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief266/`.\n" % (
          EV.SEED_VALUES, EV.SEED_PAIRING, EV.SEED_JWE_KEY, VEN.SEED, VEN.SEED_HS, POS.SEED, PR.SEED, EVA.SEED, NEG.SEED, len(info["mutations"])))

    # ------------------------------------------------------------ independence
    a("## Independence\n")
    a("The builder never saw the detector, its code, its rules or its outputs, and ran no detector or scanner on the data. Exactly what was opened:\n")
    a("- Under `/work/main`: only this output directory (`benchmarks/corpora/privacy_twohundredsixtysixth/`), created with `mkdir -p` in the "
      "same command that created the scratch directory. Its files were created with the file editor (and `readme266.py` first as a "
      "two-line stub through a shell here-document), edited with small Python `str.replace` scripts and a few `sed -i` one-line "
      "substitutions, searched with `grep -n` / `grep -c` in its own modules, imported and run with `python3 -B` (one-off trial imports, "
      "`python3 build.py --freeze`, trial builds written to `/tmp/scratch266/trial`, the final `python3 build.py`), listed with `ls -la` "
      "after the last builds and read back once by a small Python script that re-checks the written JSONL offsets. The parent directory was never listed, opened or searched, nothing else under `/work/main` was opened, "
      "listed, grepped or searched, and git was never run there.\n")
    a("- Project material: only the two READMEs in `/tmp/brief266/` (`README_twohundredsixtythird.md`, p263, basket weavers / wicker-furniture "
      "makers / cane-chair restorers; `README_twohundredsixtyfourth.md`, p264, saltworks / sea-salt harvesters / spice merchants). The "
      "directory was listed once with `ls -la`, the files sized with `wc -c` and `wc -l`, read with `cat` and `sed -n` line ranges (one piped through `cut -c`), measured "
      "with `awk` line-length listings, searched with `grep -oi` loops over candidate tool, file-format and container words (to learn what "
      "was already covered), `grep -o` listings of their backticked syntax names with one `comm`, a few context greps, and parsed by "
      "`common266.extract_denylist`. They were used only to learn the file format and what is already covered.\n")
    a("- `/tmp`: besides `/tmp/brief266/` and the scratch directory `/tmp/scratch266/`, the only thing touched was the shell tool's own "
      "job directory for one of the builder's own commands (its `pid` file, read to stop that runaway encoder round-trip with "
      "`kill -- -PID`). The scratch directory holds the extracted public gitleaks rule file, the extracted Kingfisher rule directory, an "
      "encoder / decoder round-trip script and trial build outputs.\n")
    a("- Tooling: `python3 --version`; `/work/.library/env/` and `/work/.library/search/README.md` were not opened, no package was "
      "installed and no registry was queried.\n")
    a("- Public material, through the search tool's `fetch` (no search, find or read look-ups): `gitleaks/gitleaks` (commit "
      "`b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b`; `config/gitleaks.toml` extracted with `git show`; the ids of all 222 rules and the regexes of "
      "about 70 rules chosen by id printed by a `tomllib` filter) and `mongodb/kingfisher` (commit `ee7c0db3ef87575768f817820c24736249ffcdef`; "
      "`data/rules/` extracted with `git archive`; the file list and the pattern sections of about 60 rule files printed through `grep` / "
      "`awk` filters). `git log -1` was run in those two mirrors only. Read for shape only: no credential value or rule example was copied; "
      "every value is generated. Betterleaks, CredSweeper and vendor documentation were not opened.\n")
    deny = info["deny"]
    a("The deny-list (`common266.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, lower-cased, "
      "also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every "
      "`` `code` (Name) `` pair (%d) and the names and name words of those pairs (%d). It is frozen in `brief_names.json`; when "
      "`/tmp/brief266/` exists the build re-extracts it and fails if it differs (this build: %s). Ideas the READMEs name only in prose were "
      "avoided by hand, and three hand lists in `checks266.py` make part of that checkable: the earlier tool tokens (`GENERIC_SYNTAX_TOKENS` "
      "removes %d generic words such as positions, flags and language names from the tokens of the earlier syntaxes, and "
      "`PROSE_TOOL_TOKENS` adds %d tools, libraries and mechanisms named only in prose: curl, FTP, IMAP, SMTP, LDAP, Samba, Redis, Mongo, "
      "Selenium, xdotool, tmux, KeePass, openssl and others) that no syntax name may contain as a `_` token, %d encoding-idea tokens "
      "(`HAND_ENCODING_TOKENS`: every encoding, family, avoided and set-aside idea of both READMEs, and the tokens p264 renamed away from) "
      "that no encoding name may contain, and the hand language list (`prose266.HAND_LANGUAGES`: English and Catalan). Planning against "
      "these lists renamed `xcuitest_typetext_after_tap` (typeText was an earlier API token) and `python_httplib2_add_credentials_second` "
      "(credentials, LWP), and the first build's checks forced seven encoding renames (tokens `distance`, `card`, `even`, `unit`, `pair`, "
      "`tallies`, `mark`) and five negative base-kind renames whose names the READMEs had used (`booking_widget_public_config_json`, "
      "`dotenv_example_file`, `api_reference_auth_section`, `staff_handbook_it_section`, `licence_server_reject_log`). Novelty is checked "
      "against these two READMEs only; older corpora may share a vendor, a syntax, a language or an idea.\n" % (
          len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), info["deny_status"],
          len(checks266.GENERIC_SYNTAX_TOKENS), len(checks266.PROSE_TOOL_TOKENS), len(checks266.HAND_ENCODING_TOKENS)))

    # ------------------------------------------------------------ files and counts
    a("## Files and counts\n")
    kinds_pos = len(set(r["container"] for r in P))
    a("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(P), sum(len(r["secrets"]) for r in P), len(set(r["type"] for r in P)), kinds_pos, cnt["everyday"], cnt["vendor"],
        cnt["password"], cnt["prose"], len(set(r["container"].split("__")[1] for r in P if r["source"] == "prose"))))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings x 3 types |" % (len(E), len(E), len(set(r["type"] for r in E)),
                                                                         len(set(r["container"] for r in E)), len(enc266.ENCODINGS)))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len(set(r["container"] for r in N)), len(set(r["class"] for r in N))))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names`, `syntaxes`, `language_codes`, `language_names`) |\n")
    a("Schema: positives `id` (`p266-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with exactly one span: "
      "`value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p266-e-NNNN`): `id`, `type`, "
      "`container` (`<encoding>__<wording>`), `encoding`, `text`, `secrets` (one span with `value`, `start`, `end`, `type`, `plain` – the "
      "clean secret – and `encoding`), `source` (`evasion`). Negatives (`p266-n-NNNN`): `id`, `class`, `container`, `text`, `source` "
      "(`negative`). Python code-point offsets with `text[start:end] == value`; UTF-8 JSON lines written with `ensure_ascii=False`.\n")
    wh = collections.Counter(POS.SYNTAX_WHERE.values())
    a("**Scale.** Everyday 180 = 12 types x 45 kinds, 4 records per kind (each type in 15 records). Vendor %d (one record per type). "
      "Positional passwords %d (one record per syntax; by where the text lives: %s). Prose 40 in 40 languages (spares written down and "
      "unused: %s). Evasions 66 = 22 x 3. Negatives %d = %d classes x %d records (base kinds cycled over four presentations). Positives "
      "total %d (asked: 440–470). Strings drawn through the registry (values, vendor neighbours, evasion plains and runs): %d.\n" % (
          cnt["vendor"], cnt["password"], ", ".join("%s %d" % kv for kv in wh.most_common()),
          ", ".join("`%s` (%s)" % s for s in PR.SPARES), len(N), len(NEG.CLASSES), len(N) // len(NEG.CLASSES), len(P), info["registry"]))

    # ------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field, position or protocol element – "
      "never the quotes, the key or the flag. For URL userinfo and colon pairs (psql, git, pip, NATS, ffmpeg RTSP, asyncpg, the MySQL "
      "FEDERATED table, CUPS, the git credential store, websocat, Monit) only the part after the colon; for glued flags (`-pVALUE`, "
      "`-uVALUE`) only what follows the flag letter; for the Jetty realm file only what sits between `: ` and the first comma; for byte-level "
      "captures (the PostgreSQL `p` message, MQTT CONNECT, rexec, SMPP bind) only the printable value between its escaped length or NUL "
      "bytes. Values pasted where they do not belong (the keepers' log, an xlsx part, an invite, Joplin, a GitHub comment, an .eml, an RTF "
      "note, WhatsApp, Zoom, Trello, password-manager exports, the Nushell history, a notebook cell, a git diff) are labelled. The Teams "
      "incoming-webhook URL is labelled whole (the URL is the secret).")
    a("- Owner-chosen passwords are a word of this world (%d words, letters only: %s …) capitalised with probability 0.5 in everyday and "
      "vendor values and 0.3–0.35 elsewhere, + a joiner + a tail people use (2–4 digits or a year, a tower height such as `37m`, or a vessel "
      "number such as `No72`). Everyday and vendor passwords use the joiners `- _ . ! @ + ~ #` and are checked against `%s`; positional, prose "
      "and evasion passwords use only `- _ .` and are checked against `%s`. Values are never escaped: each container kind and vendor style "
      "declares the characters it cannot hold literally (quotes, `\\`, `$` where variables expand, `%%` in supervisord, Quadlet and Odoo, "
      "`#` and `;` where comments start, `&<>` in XML, `,` in CSV and iCalendar, `{}` in Caddyfiles, RTF and REST Client files, whitespace "
      "where the value is bare) and a value is redrawn without them (the Django key is drawn from its own alphabet minus those characters)." % (
          len(C.PW_WORDS), ", ".join(C.PW_WORDS[:28]), C.PW_RE_LOOSE.pattern, C.PW_RE_STRICT.pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no negative; no evasion "
      "plain appears in any text. Values, vendor neighbours, evasion plains and runs are drawn through one registry that refuses repeats, any "
      "string in a 6+ character substring relation with an earlier one and any non-v4 UUID. In positive texts the only password-form string "
      "is the labelled value, and evasion texts contain none (checked). A negative is redrawn if it contains a registered string, a world word "
      "+ joiner + tail (the password form, any case, joiners `- _ . ! @ + ~ # = * &`), any JWT- or JWE-shaped string or a non-v4 UUID, or "
      "repeats an earlier negative.")
    a("- Structured values are valid and checked. Everyday: `LDR-` licences end in the real Swiss recursive modulo-10 check digit (the "
      "ESR / QR-bill carry table; asserted on the QR reference 21 00000 00003 13947 14300 09017); `CLP-` pairing codes satisfy the real "
      "modulus-89 rule of the Australian Business Number (asserted on ABNs 51 824 753 556 and 53 004 085 616); `AGE-` enrolment codes end in "
      "the real codice-fiscale control letter (odd/even tables, mod 26; asserted on RSSMRA85T10A562S); `atn_` keys end in the first five bytes "
      "of the real SHA-512/256 digest (FIPS 180-4 written by hand – the SHA-512 core with its constants computed from cube and square roots "
      "of primes and the /256 initial values generated as the standard prescribes; asserted on `abc` = 53048e26…07e7af23, against "
      "`hashlib.sha512` and against OpenSSL's `sha512_256` where available); booking tokens are real compact JWEs with alg `A256KW` (RFC 3394 "
      "key wrap by hand, asserted on RFC 3394 4.1 and 4.3) and enc `A256CBC-HS512` (AES-256 by hand, asserted on FIPS-197 C.1 and C.3, CBC "
      "with PKCS#7, HMAC-SHA-512 truncated to 32 bytes) that the check unwraps, authenticates and decrypts with the build's key; Django keys "
      "are 50 characters of Django's own alphabet. These check algorithms (recursive mod 10, mod 89, the mod-26 odd/even tables, SHA-512/256, "
      "the AES key-wrap integrity value and the A256CBC-HS512 tag) differ from those of both READMEs (ISO 6346, Keccak / EIP-55, AES-GCM, "
      "X25519 clamping, the mod-23 letter, BLAKE2s, Crockford mod 37, Ed448, and the CRC, Fletcher, Adler, FNV-1a, Internet checksum, Damm, "
      "Verhoeff, Luhn, ISO 7064, Base58Check, Bech32, SipHash, MurmurHash3, xxHash32, Jenkins, RSA, ECDSA, HS / ES / EdDSA JWS, HOTP / TOTP, "
      "ISBN-10, ICAO 7-3-1 and ABA 3-7-1 they name). Vendor frames: the Supabase service-role key is a real HS256 JWT under a discarded key "
      "(verified); the Sentry org token and the Grafana Cloud token carry real Base64 JSON; the PyPI token is base64url of a real macaroon-v2 "
      "frame (so it starts `pypi-AgEIcHlwaS5vcmc`); the Mapbox secret token carries base64url JSON; the Stormglass key is two UUIDv4s; every "
      "other vendor value is checked against a regular expression built from the same spec that generated it. Every UUID-shaped substring of "
      "every text is version 4, every JWS-shaped substring is a valid, verifying frame and every JWE-shaped substring decrypts. Negatives: ISSN "
      "(asserted on 0317-8471), ORCID (asserted on 0000-0002-1825-0097), VIN (asserted on 1M8GDM9AXKP042788), QR reference, ABN and NMEA "
      "(asserted on the GGA example `*47`) checks are real; Ed25519 public keys are computed by hand (asserted on RFC 8032 test 1) and checked "
      "to lie on the curve; WAV data URIs have consistent RIFF sizes; Django PBKDF2 hashes are real PBKDF2-HMAC-SHA256 output; digests are "
      "real digests of random bytes; apr1, Argon2id, SOPS, Pulumi and SealedSecret bodies are random in a real frame.")
    pairs = ["%s: %s" % (v[0], v[5][0]) for v in VEN.VENDORS if v[5]]
    a("- Public neighbours are unlabelled: user names, hosts, key names and the public half written next to a vendor secret (%s), and the "
      "user half of every user / password pair." % "; ".join(pairs))
    a("- Key names follow each container's own case style: upper, snake, camel, pascal, kebab (Quarkus properties, the NetworkManager "
      "[user] entry under `org.tregarrowlight.`), header (`X-…` in Traefik, Logstash, Caddy, Varnish and Telegraf), lower-case header "
      "(Chrome's 'Copy as fetch'), title (the xlsx part and password-manager titles), spaced (the log, notes, chats, tickets, mail) and native "
      "(`~/.config/gh/hosts.yml`, `~/.terraformrc`, `~/.pypirc`, `~/.vault-token`, `ngrok.yml`, `~/.sentryclirc` keep their own fields). "
      "Everyday key names are the type's words without the check-algorithm word (`LENS_DRIVE_LICENCE`, not `…_RECURSIVE_MOD10_…`; Django's "
      "own `SECRET_KEY` is kept in the Django settings kind); vendor key names are the full type name in the style's case; neighbour keys "
      "carry the vendor's first word.\n")

    # ------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (_bt(t[0]), t[3]) for t in EV.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s; %s)" % (_bt(k[0]), k[2], k[4]) for k in EV.KINDS) +
      ". Pairing (seed %d): the 12 types and the 45 kinds are shuffled; kind number p in the shuffled order takes the types at positions "
      "4p … 4p+3 (mod 12) of the shuffled type list, so every kind holds four different types and every type sits in exactly 15 records "
      "(checked); secrets therefore also land in implausible places (a JWE in Cumulus.ini, a Django key in an iCalendar invite).\n" % EV.SEED_PAIRING)
    a("Vendor (%d types, container `<type>__<style>`; shape – where the shape comes from: *read* this session in the public gitleaks or "
      "Kingfisher rule files, *believed* from memory, *guessed* where the builder knows no published shape so the type is recognisable only "
      "from its key name, *owner-chosen* for portal and device passwords – the public neighbour if any, and the style):\n" % len(VEN.VENDORS))
    groups = collections.OrderedDict()
    for v in VEN.VENDORS:
        groups.setdefault(v[1], []).append(v)
    for g, vs in groups.items():
        items = []
        for typ, _, spec, src, note, neigh, style, disp in vs:
            s = "%s (%s – %s%s%s – in %s)" % (_bt(typ), VEN.spec_words(spec), SOURCE_LABEL[src], (" (%s)" % note) if note else "",
                                            (" – next to it: %s" % neigh[0]) if neigh else "", _bt(style))
            items.append(s)
        a("*%s* (%d): %s.\n" % (g, len(vs), "; ".join(items)))
    uses = collections.Counter(VEN.VSTYLE.values())
    a("Vendor styles (%d, chosen per type for where that key lives): " % len(VEN.STYLES) + "; ".join(
        "%s (%s, %s, %s, %d)" % (_bt(s), v[0], v[2], v[3], uses[s]) for s, v in VEN.STYLES.items()) + ".\n")
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`, container `<syntax>__<where>` with where = %s): " % (
        len(POS.SYNTAXES), POS.SPAN_PREFIX, ", ".join("%s `%s`" % kv for kv in POS.WHERE.items())) +
      "; ".join("%s (%s, %s)" % (_bt(POS.SPAN_PREFIX + s[0]), s[1], s[2]) for s in POS.SYNTAXES) +
      ". None of them is among the syntaxes or names of either README (compared after removing the prefix; checked), no syntax name contains "
      "an earlier tool token (checked), and no positional text contains `pass`, `pwd`, `secret` or a `pw` token in any case (checked) – which "
      "rules out `--password`, `passwd`, `passphrase`, `-pw`, `userpass`, KeePass, `username_pw_set`, `add_password`, `setPassword` and the "
      "many tools that name the field; UI field ids are the neutral `f1` / `f2`, and the two invented file formats call their column "
      "`initial`. Drafted and dropped to keep 110 and one syntax per mechanism (%d): %s.\n" % (len(DROPPED), ", ".join(_bt(d) for d in DROPPED)))
    a("Prose: someone gives a colleague the password of the tower-office computer and asks them to keep it to themselves; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. Spares written down and unused: %s. None of them or the "
      "spares is among the languages of either README or on the hand list (checked: code against the codes, all deny-listed names and the hand "
      "list; name and every name word against the language names and the hand list). Scripts: %s. Every value is set off by whitespace on "
      "both sides (checked); Basque, Hindi, Marathi, Gujarati, Malayalam, Burmese and Korean put a word after the value (after a space), "
      "Russian and Kazakh introduce it after a colon, Scottish Gaelic puts it right after the copula, and Thai, Lao, Burmese and Cantonese, "
      "which do not separate words with spaces, have a space put before and after the value as people do around Latin text; the Kannada and "
      "Malayalam sentences contain zero-width non-joiners and the Sinhala one a zero-width joiner inside words, as typing produces, never next "
      "to the value.\n" % (PR.SPAN_TYPE, ", ".join(_bt(f) for f in PR.FORMATS), ", ".join("`%s` (%s)" % (l[0], l[1]) for l in PR.LANGS),
                           ", ".join("`%s` (%s)" % s for s in PR.SPARES), ", ".join(sorted(set(l[2] for l in PR.LANGS)))))

    # ------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join("%s = \"%s\"" % (_bt(e[0]), e[4]) for e in enc266.ENCODINGS) + ".\n")
    a("Families: " + "; ".join("%s (%s)" % (e[1], _bt(e[0])) for e in enc266.ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("%s (%s)" % (_bt(t[0]), t[2]) for t in EVA.TYPES) + "; wordings: " +
      ", ".join(_bt(w[0]) for w in EVA.WORDINGS) + " (container `<encoding>__<wording>`; encoding *i* and type *j* take wording (*i* + 2*j* + 2) "
      "mod 3, so each encoding appears once per type and once per wording). Each text states what the answer is and the rule in words, then "
      "`:` and a newline, then the run on its own line, then a one-line remark (checked). Plains use `[A-Za-z0-9._-]` (character codes 45–122, "
      "which every encoding here can carry); a plain is redrawn if it would appear inside its own run, if the run has outer whitespace or a "
      "newline, or if the registry refuses plain or run.\n")
    a("Encoders are in `enc266.ENCODINGS` (the rng adds only what the answer does not depend on: the row length and the spread of the "
      "inversions, the table size and every cost except a shift of one row, the ballot orders and counts, the pars and the spread of the "
      "points, the run pattern of the innings, the rewriting rules and start (searched until the length fits), the fractions of the readings, "
      "the job board, the rhythm of the other player's moves, the other requests, the bucket size and rate and the request pattern, the "
      "width and the words (searched), the bottom row, the preference lists and other fees, the partner values and their multiplicities, the "
      "piles, the projects, the thresholds and filler readings, the comparator list and the other drill numbers, the rallies, the other crew "
      "ratings, and the ringing numbers). The decoder `dec266.decode` gets only the encoding name and the run, imports nothing from the "
      "encoder or `common266` (only `itertools`, `re` and `fractions`) and computes every answer its own way where it can: bubble-sort swaps "
      "for the inversions (the encoder builds a Lehmer code), a subset dynamic programme for the assignment (the encoder takes the minimum "
      "over permutations), a sum of positions for the polls, the Stableford formula, a token-by-token innings total, literal string "
      "rewriting (the encoder tracks letter counts), exact fractions for rounding and for the capture–recapture estimate, a brute force over "
      "job subsets with a deadline test (the encoder uses the greedy latest-slot rule), a round-by-round match, progressive filling with "
      "fractions, a second-by-second bucket, greedy line filling on strings (the encoder on lengths), a row-by-row wall, a boat-proposing "
      "queue (the encoder's queue order differs; the result is unique), a pair-by-pair count, a rate search upward from 1, a sorted choice of "
      "affordable projects, a switch simulation, a compare-exchange pass, a point-by-point tennis match and a sorted snake assignment. Every "
      "pair was round-tripped on every single code 45–122 and on 30 random `[A-Za-z0-9._-]` plains of length 2–24 per encoding while writing "
      "(0 failures after three fixes found that way: the golf cards were given the separator ' | ' because a card contains spaces, and the "
      "capture–recapture rule was changed to round to the nearest whole number because an exact quotient can only carry a prime code by "
      "showing it literally; the slowest-rate piles were also changed so that no pile equals the code); at build time every span is decoded "
      "back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README as an encoding or in its avoided, set-aside or relative lists): every encoding of both "
      "READMEs and every item of their avoided lists – numeral bases, escapes, ciphers, Morse and the other signalling codes, look-alikes, "
      "chaff, shuffles, code expressions, powers, primes, squares, Fibonacci, residues, GCDs, midpoints, check-digit disguises, calendars and "
      "clocks, lookup tables, the games already used (chess, cards, dice, dominoes, bingo, bowling, darts, rugby, snooker, Scrabble, league "
      "points, backgammon, mancala, bulls and cows, regatta scoring, curling, Lights Out, Reversi, minimax, snakes and ladders), physical laws "
      "and unit conversions, matrices, equations, progressions, magic grids, shortest paths, spanning trees, critical paths, flows, geometry, "
      "knapsacks, Venn, Josephus, Hanoi, Huffman, queues, stacks, LRU, first fit, FIFO / LIFO, rain water, histograms, maximum subarray, flood "
      "fill, medians, means, modes, handshakes, pigeonhole, fence posts, simple interest, alligation, step tariffs, caps, chargeable weight, "
      "insurance, imposition, mark-up, break-even, the search trees, tries, LIS, LCS, Shapley values, Mealy machines, formula parsing, "
      "Wilcoxon ranks, bracket nesting and the two-pass candy allocation. `HAND_ENCODING_TOKENS` makes part of this checkable on names. Set "
      "aside while choosing: a higher/lower guessing game (its single surviving number is the midpoint of the last two bounds), sea-shanty "
      "rhythm counting (a symbol-value sum like Scrabble scoring), pétanque ends (the curling rule), the number of lamps lit after toggling "
      "rounds (squares and Lights Out), mixed-radix old money and imperial measures (numeral bases and unit conversions), a dense-ranking sum "
      "(next to the Wilcoxon ranks), a greedy two-boat partition (next to the snake draft), Petri-net token firing (next to the chemical "
      "formulas), instant-runoff voting (a second voting rule beside Borda) and gear trains (possibly one of the earlier physical laws). Close "
      "relatives remain and a scorer may count them as the same idea: the inversion count and the comparator network are both about sorting; "
      "the assignment and the deferred-acceptance matching are both matchings (optimisation against stability); the deadline jobs are "
      "scheduling next to the earlier job orders, flow shops and intervals; tit for tat is game theory next to the earlier minimax and Shapley "
      "puzzles; Stableford, cricket and tennis are sports scoring next to the earlier darts, bowling and rugby (new games, new rules); the "
      "rounding rule, the capture–recapture estimate and the number wall are fixed arithmetic dressed as trade data next to the earlier "
      "costing rules; the L-system is string rewriting next to the earlier Mealy machine; the thermostat is a two-state switch, another small "
      "automaton; the complementary-pair count is combinatorial counting next to the earlier handshakes; max-min fairness is an allocation "
      "rule next to the earlier apportionment; the token bucket is a per-second cap with carry-over next to the earlier daily cap; the rate "
      "search rounds up like the earlier step tariff.\n")

    # ------------------------------------------------------------ negatives
    a("## Negative classes\n")
    nc = collections.Counter(r["class"] for r in N)
    a("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    for cname, kinds, _, desc in NEG.CLASSES:
        a("| %s | %d | %s | %s |" % (_bt(cname), nc[cname], ", ".join(_bt(k) for k in kinds), desc))
    a("\nEach base kind appears plain and wrapped %s (container `<base kind><wrapper>`); the wrappers add a Zoom chat line, a Trello card "
      "description and a volunteers' e-mail whose words say the content is reference material with no logins, without adding a value.\n" % (
          ", ".join(_bt(p) for p in NEG.PRESENTATIONS if p)))

    # ------------------------------------------------------------ checks
    a("## Checks run by build.py\n")
    a("- Self-test: `common266.selftest` re-asserts the published vectors of every hand-written algorithm (recursive mod 10, mod 89, the "
      "mod-26 letter, ISSN, ORCID, VIN, NMEA, SHA-512 against `hashlib`, SHA-512/256 against its published `abc` digest and OpenSSL, AES-128 "
      "and AES-256 FIPS-197, RFC 3394 key wrap and unwrap, Ed25519 RFC 8032 test 1) in every build.")
    a("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief266/` exists it is re-extracted and must be identical (%s). Every everyday "
      "type and kind, vendor type and style, positional syntax and where label, prose type and format, evasion type, wording and encoding, "
      "negative class, base kind and presentation, and every container, span type, encoding and class actually used in the records, is "
      "compared lower-cased, as a whole and by every `__` part, against the names (span types and syntaxes also without their prefix and "
      "against the earlier syntaxes); every syntax token against the tool hand list; every encoding token against the idea hand list; every "
      "prose language code (and spare) against the codes, all names and the hand list, its name and name words against the language names "
      "and the hand list." % info["deny_status"])
    a("- Ids `p266-s-NNNN`, `p266-e-NNNN`, `p266-n-NNNN`, consecutive; exact record and span field sets (in order); exactly one span per "
      "positive and evasion; `text[start:end] == value`; span type = record type; the value occurs exactly once in its text and has no outer "
      "whitespace; evasion spans carry `plain` and an `encoding` equal to the record's; no placement marker left; sources as specified.")
    a("- Counts: everyday 180 (45 kinds x 4 different types, 12 types x 15), vendor 110–130 distinct types with containers `<type>__<style>` "
      "of a known style, positional 100–120 distinct syntaxes, prose 40 in 40 languages, positives 440–470, evasions 66 = 22 encodings x 3 "
      "types with every encoding in all three wordings, negatives ≥ 200 in ≥ 20 classes with ≥ 10 each, no repeated negative text, span types "
      "of the five sources pairwise disjoint.")
    a("- Shapes: everyday values by type (password regex, recursive mod-10 digit, mod-89 sum, mod-26 letter, SHA-512/256 tail, JWE unwrap + "
      "tag + decryption + claim keys + UUIDv4 `jti`, Django alphabet and length); vendor values against the regex built from each spec plus "
      "the frame validators (Supabase HS256 signature, Sentry and Grafana JSON, PyPI macaroon head, Mapbox JSON, Base64 bodies); owner-chosen "
      "vendor passwords by the password regex; positional and prose values in the strict password form; no `pass` / `pwd` / `secret` / `pw` in "
      "positional texts; prose values set off by whitespace; no other password-form string in a positive text; evasion plains by type; "
      "evasion layout (rule text right before `:` newline, run line, one remark line) and no password form in evasion texts.")
    a("- Container syntax: the JSON everyday kinds (Expo app.json, .NET user-secrets) and vendor styles (VS Code launch.json, Thunder Client, "
      "the notebook, Trello, the 1PUX export and the Signal K file after their header line), the Chrome Recorder and UI.Vision positional "
      "JSON, the TOML ones (Rocket.toml, terraform.tfvars, telegraf.conf) with `tomllib`, the XML ones (launchd plist, xlsx sharedStrings) "
      "with `xml.etree`, and the LastPass and Proton Pass CSVs with `csv` and their column counts, all with the value in place.")
    a("- Every evasion run decodes with `dec266.decode` to its `plain`, and the run never contains its plain.")
    a("- No value is reused; each occurs exactly once across all three files; no evasion plain appears in any text; no negative contains a "
      "positive value, neighbour or plain, a password form, a JWT- or JWE-shaped string or a non-v4 UUID; every UUID-shaped substring of every "
      "text is version 4; every JWS-shaped substring is a valid frame whose signature verifies; every JWE-shaped substring decrypts; the ISSN, "
      "ORCID, VIN, QR-reference, ABN and NMEA numbers in the negatives pass their checks; the fixtures fail theirs; the Ed25519 keys lie on the "
      "curve; the WAV URIs have consistent headers; the PBKDF2 hashes have 32-byte bodies.")
    a("- Determinism: everything (the JWE key-encryption key and the HMAC key included) is generated twice in one process; the three JSONL "
      "files and this README must be byte-identical, and the JSONL bytes must parse back to the same records.")
    muts = info["mutations"]
    a("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): %s. Clean run "
      "errors: %d.\n" % (len(muts), sum(1 for m in muts if m[1]), len(muts),
                         ", ".join("%s (%s)" % (_bt(m[0]), "caught" if m[1] else "MISSED") for m in muts), info["clean_errors"]))

    # ------------------------------------------------------------ shapes
    a("## Shapes you had to guess\n")
    by = collections.defaultdict(list)
    for typ, _, spec, src, note, _, _, _ in VEN.VENDORS:
        by[src].append((typ, spec, note))
    a("*Read this session* in the public gitleaks or Kingfisher rule files; nothing copied; every value generated; where a rule gives only a "
      "prefix, a case-insensitive class or a length range, the exact length, split and case are mine (%d): %s.\n" % (
          len(by["read"]), "; ".join("%s (%s; %s)" % (_bt(t), VEN.spec_words(s), n) for t, s, n in by["read"])))
    a("*Believed* from memory of public rule sets and vendor documentation, not re-checked this session (%d): %s.\n" % (
        len(by["believed"]), "; ".join("%s (%s%s)" % (_bt(t), VEN.spec_words(s), ("; " + n) if n else "") for t, s, n in by["believed"])))
    a("*Guessed* (no published format known to the builder; length and alphabet only, so the type is recognisable only from its key name) "
      "(%d): %s.\n" % (len(by["guessed"]), "; ".join("%s (%s)" % (_bt(t), VEN.spec_words(s)) for t, s, n in by["guessed"])))
    a("*Owner-chosen passwords* (a portal or device login the owner picked) (%d): %s.\n" % (len(by["owner"]), ", ".join(_bt(t) for t, _, _ in by["owner"])))
    a("Also invented or partly guessed: the everyday layouts `LDR-`, `CLP-`, `AGE-` and `atn_` and the evasion prefixes `FSC-` and `tdf_` are "
      "invented (their check algorithms are real); the A256KW / A256CBC-HS512 JWE and the Django SECRET_KEY are real formats used for invented "
      "purposes (a real booking service would more often use a signed JWT; the JWE has five parts, so `eyJ….eyJ….…` patterns do not match it). "
      "The volunteer-import CSV and the bench-rota file are invented file formats of this world. Vendor layouts least sure: the PayPal `E` "
      "head and 80-character length, the Square body length, the SendGrid 22 + 43 split, the Atlassian `=` + 8-hex tail, the WhatsApp token "
      "length, the LINE token length, the Pushbullet `o.` head, the NVIDIA `nvapi-` head, the Bedrock body, the Adafruit `aio_` head, the "
      "ImageKit `private_` head, the Grafana Cloud and Sentry JSON keys, the PyPI macaroon identifier, the Mapbox JSON, the Stormglass "
      "two-UUID split, the VesselFinder `WS-` userkey, the Met Office WOW six-digit key, the Asana `2/…:` PAT, the Trello `ATTA` token, the "
      "ngrok split, the Resend `re_` split, the Tavily, Firecrawl, OpenRouter and DeepSeek heads, and the Supabase claims. Positional syntaxes "
      "are all from memory; least sure: `coap-client -k` with `-u`, `vncdotool -p`, `hdparm --security-unlock` argument order, `espota.py -a`, "
      "`webrepl_cli.py -p`, `nextcloudcmd -p`, `websocat --basic-auth`, `zfs load-key`, `gocryptfs` and `minisign -S` reading the value from a "
      "pipe, `heroku login -i` from a pipe, the SikuliX, Squish, UiPath XAML, Ui.Vision, TagUI, AutoKey, espanso, Serenity/JS, FlaUI and "
      "Katalon forms, the pysnmp `UsmUserData` and `win32com` `Workbooks.Open` argument positions, the MATLAB `database` and ClickHouse "
      "`remote` argument orders, H2 `CREATE LINKED TABLE`, `DBMS_CREDENTIAL.CREATE_CREDENTIAL`, the Jetty realm-file line, the Nagios "
      "`$USER3$` habit, the Monit `allow` pair, the CUPS `DeviceURI` userinfo, the PostgreSQL `p` message rendering, the MQTT CONNECT bytes, "
      "the rexec field order, the SMPP bind body (its eight-character limit is honoured) and `AT+CWJAP`. Negatives: apr1, Argon2id, SOPS, "
      "Pulumi and SealedSecret bodies are random in frame; the Turnstile, hCaptcha, Square application id, PayPal client id and Maps key "
      "shapes follow the look of real ones; AIS payloads are random six-bit characters (the checksums are real).\n")

    # ------------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (lamp-room HMI, diaphone compressor panel, LV72 bilge monitor, annealing kiln controller, ticket-desk "
      "till manager, tower-tour kiosk) and six generated secrets (recursive mod-10 `LDR-` licence, mod-89 `CLP-` pairing code, mod-26 `AGE-` "
      "enrolment code, SHA-512/256 `atn_` key, A256KW JWE, Django SECRET_KEY). Recursive mod 10 is a table-driven carry check, a relative of the "
      "earlier Damm quasigroup and Luhn-style digits; mod 89 and the codice-fiscale tables are remainder checks like the earlier weighted "
      "digits and the mod-23 letter; SHA-512/256 is a cryptographic hash used as a checksum, which a scorer may file with the earlier BLAKE2s "
      "and Keccak tails; the JWE is the second JWE family after p263's `dir` / `A128GCM` (different key management and content encryption). "
      "The `CLP-` body is eleven digits grouped like an ABN, so it looks like a public business number; the `qr_bill_references_and_supplier_abns` "
      "negatives use the same two algorithms on public numbers. The Django key has no check at all: only its alphabet and length say what it "
      "is. Key names in everyday files say password / licence / code / key / token – that is how such files look; the key-name-free cases are "
      "in the positional source.")
    a("- Vendor: most trade services (VesselFinder, WorldTides, Lodgify, Hostaway, Guesty, Donorfy, Beacon CRM) publish no token format the "
      "builder knows, so their types are recognisable only from the key name (part of the test); fifteen vendor types carry owner-chosen "
      "passwords of trade portals and devices. Same-shape traps: UUIDv4 secrets (WorldTides, OneSignal, Opsgenie, the Stormglass pair, "
      "ClickSend in upper case, the LaunchDarkly tail) against the UUIDv4 request ids and hCaptcha site keys in the negatives; hex secrets "
      "(MarineTraffic, the Admiralty key, Weatherstack, OpenCage, Mailjet, SparkPost, AssemblyAI, Deepgram, Azure OpenAI, W&B, Clarifai, "
      "SerpAPI, Todoist, Sendbird, Particle, Meraki, Flickr, IPinfo, Cloudflare R2, Hostaway, Beacon CRM) against the release digests and "
      "traceparents; the Mapbox `sk.` secret against the Mapbox `pk.` public token; the PayPal secret against the PayPal client id "
      "(both 80 characters, different heads); the Square access token against the Square application id. Ids next to a secret stay unlabelled "
      "as the public half of a pair – arguable for the WooCommerce consumer key, the Mailjet and Vonage API keys, the OVH application key, the "
      "Cloudflare R2 access key id, the Trello API key and the Flickr API key, which some owners treat as sensitive. The Met Office WOW key is "
      "a six-digit number: real, but weak as a detection target.")
    a("- Containers: the kinds and styles are new names and mostly new files, but some are relatives of earlier ones and a scorer may count them "
      "as the same place: the Nushell history next to the earlier fish, zsh and PSReadLine histories; WhatsApp and Zoom next to the earlier "
      "LINE, Mattermost, Messenger, iMessage and Google Chat exports; LastPass, Proton Pass and 1PUX next to the earlier Dashlane, Keeper, "
      "NordPass, Apple and iCloud exports; Joplin next to Evernote and Obsidian; the xlsx sharedStrings part next to the earlier flat ODS and "
      "ODT XML; Trello and the GitHub comment next to the earlier Redmine and ServiceNow notes; the Quarkus properties next to the earlier "
      "Android local.properties; Bitbucket, Buildkite, Drone, GitLab CI and Azure Pipelines next to the earlier Woodpecker, CircleCI, Jenkins "
      "and GitHub Actions files; `helm get values`, `terraform plan`, `sops -d` and `balena envs` captures next to the earlier `ansible-vault "
      "view`, `knife data bag show` and cloud captures; Podman Quadlet and supervisord next to the earlier systemd units; the weewx and "
      "Cumulus station files next to the earlier weather integrations in Home Assistant.")
    a("- Passwords: labelled when the value logs in or connects (MQTT, PostgreSQL, Git, a package index, NATS, MinIO, IPMI, Azure, OpenShift, "
      "WinRM, MySQL, CoAP, a video host, PyPI, IRC, Kerberos admin, VNC, ESP OTA, WebREPL, Nextcloud, WebSocket, SSH, SNMPv3, HTTP basic "
      "auth in several libraries, Zabbix, OpenSearch, telnet, an SMS centre, rexec, a Wi-Fi network), unlocks or decrypts (VeraCrypt, a PDF in "
      "mutool and pypdf, a macOS keychain, a BitLocker volume through dislocker, an ATA drive, LUKS, ZFS, gocryptfs, an Office file, a private "
      "key, a PKCS#12 store, a PFX certificate, an Excel workbook, SQLCipher), is stored or derived (a new SSH key phrase, clevis sealing, "
      "bcrypt hashing, a minisign signature, an Oracle credential, an OSPF key, a Nagios macro) or is typed by automation (AppleScript, "
      "SikuliX, AutoHotkey, UiPath, FlaUI, Katalon, Enzyme, XCUITest, UI Automator, adb, Jetpack Compose tests, QTest, Squish, pyautogui, "
      "RobotJS, espanso, the Chrome Recorder, Serenity/JS, TagUI, AutoKey, Ui.Vision). Weakest kept cases, with a hint nearby: "
      "`coap-client -k` (a DTLS pre-shared key people choose like a password), `ssh-keygen -N` and the minisign pipe (key phrases), `hydra "
      "-p` (an audit that the default was changed), `hdparm --security-unlock`, the OSPF `md5` key, the Nagios `$USER3$` macro, the two "
      "invented files (the column is called `initial`), the espanso `replace:` line (a text expander that types it), bcrypt `hashSync` (the "
      "value is being hashed) and the Assuan `D` line (a PIN-entry reply). Closest relatives of earlier syntaxes, kept because the tool, "
      "library or mechanism differs: the URL-userinfo forms (psql, git, pip, NATS, ffmpeg, asyncpg, FEDERATED, CUPS, the credential store) "
      "next to the earlier fossil and mysqlsh URIs; the `-u` / `-p` pairs of new tools (az, oc, yt-dlp, twine, nextcloudcmd) and `-U` / `-P` "
      "of ipmitool next to the earlier pairs; `mysqladmin -p` glued next to the earlier flags; the basic-auth calls (httplib2, Laravel "
      "Http, RestClient, RestAssured, Fuel, sttp, express-basic-auth, the XHR and VBScript `open`) next to the earlier requests, Faraday, "
      "Ktor, Guzzle and LWP calls; `Workbooks.Open` next to the earlier VBA `Unprotect`; `KeyStore.load` next to the earlier zip4j `char[]`; "
      "SQLCipher, `mysql_real_connect`, Go `sql.Open` and MATLAB `database` next to the earlier database connects; the PostgreSQL `p` "
      "message and MQTT CONNECT next to the earlier AMQP PLAIN and memcached frames; `AT+CWJAP` next to the earlier `AT+CGAUTH` and "
      "`AT+QICSGP`; the telnet pipe next to the earlier socat console; the GUI drivers next to the earlier Playwright, Cypress, Puppeteer, "
      "TestCafe, Capybara, Robot Framework, Espresso, Maestro, pywinauto and Hammerspoon calls. Left out: everything whose own text says pass "
      "/ pwd / secret / pw, FTP, POP3, IMAP, SMTP and LDAP logins, Samba tools, archive flags, Redis, Cassandra and Mongo shells, Oracle "
      "`IDENTIFIED BY` and SQL*Plus connect strings, xdotool-style typers (wtype, ydotool), game RCON consoles, and the tools the READMEs "
      "already used.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence: %s. Loan words (password in "
      "Tagalog, पासवर्ड, પાસવર્ડ, ಪಾಸ್‌ವರ್ಡ್, പാസ്‌വേഡ്, iphasiwedi) are kept as people use them; the name Piran is inflected where the "
      "language does so (Piranai, Pirane, A Phiran). `ell` is Modern Greek, `uzb` the Uzbek macrolanguage, `yue` Cantonese written in "
      "traditional characters, `swh` Swahili (individual language), `mri` Maori; Cornish and Scottish Gaelic are low-confidence revivals of "
      "half-remembered grammar." % "; ".join("%s for %s" % (k, ", ".join(l[1] for l in PR.LANGS if l[3] == k)) for k in ("fair", "modest", "low")))
    a("- Evasions: every run is a puzzle a patient human can solve with the stated rule and pencil (the wrapped texts, complementary pairs, "
      "tennis records, cricket innings and golf cards are long and tedious; the assignment tables want care). The runs look like open-day "
      "puzzle cards, newsletter teasers and tea-break sheets, and genuine twins sit in the negatives (`genuine_scorecards_and_ballot_counts`: a "
      "real Stableford card, a real scorebook page and a real poll tally with their answers), so a detector that flags the look is flagging the "
      "look, not the content. Several runs contain the answer as one of their numbers by design (the comparator drills, the berth fees, a "
      "satisfied request in the max-min shares): finding which number is the puzzle. Line-wrap runs reach several thousand characters and an "
      "entropy detector may flag some runs.")
    a("- Negatives: ISSN, ORCID, VIN, QR-reference, ABN and NMEA numbers carry real checks; the Ed25519 keys are real public points; the "
      "Django hashes sit in a column called `password` (a trap); Turnstile, hCaptcha, Mapbox `pk.`, PayPal client ids, Square application ids "
      "and the referrer-restricted Maps key are public by design (some treat the Maps key as sensitive); the `.env` sample, tfvars example and "
      "settings template use this corpus's own key names with placeholders (a trap for key-name-only detectors); masked previews keep at most "
      "four characters; `${{ secrets.X }}`, GCP resource names and Vault templates are pointers; SOPS, Pulumi and SealedSecret bodies are "
      "ciphertext whose key is elsewhere; order ids and payment ids are identifiers. The most arguable classes are "
      "`check_failing_licence_and_pairing_fixtures` (this corpus's own layouts with deliberately broken checks, in tests and a reject log – "
      "no such value can be in use, but a shape-only detector will flag them) and `qr_bill_references_and_supplier_abns` (public numbers that "
      "pass two of the positives' algorithms). AIS sentences, WAV data URIs and digests are high-entropy on purpose.\n")

    # ------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief266/` (p263 and p264), for format and coverage only. The detector was not opened, listed or searched; "
      "nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except `/tmp/scratch266/` and the "
      "shell tool's own job directory for one of the builder's commands was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule file "
      "(`gitleaks/gitleaks`, `config/gitleaks.toml`, commit `b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b`) and the public Kingfisher rule files "
      "(`mongodb/kingfisher`, `data/rules/*.yml`, commit `ee7c0db3ef87575768f817820c24736249ffcdef`), each brought in with the search tool's "
      "`fetch` and extracted into `/tmp/scratch266/`, for the vendor types marked *read* above. The remaining shapes, every positional syntax, "
      "every prose sentence and every puzzle rule come from the builder's memory and are marked as believed or guessed where it matters. "
      "Published test vectors used in asserts (all from memory, all passing): the Swiss QR reference 210000000003139471430009017, ABNs "
      "51 824 753 556 and 53 004 085 616, the codice fiscale RSSMRA85T10A562S, ISSN 0317-8471, ORCID 0000-0002-1825-0097, VIN "
      "1M8GDM9AXKP042788, the NMEA GGA example with checksum 47, SHA-512/256(`abc`), FIPS-197 C.1 and C.3, RFC 3394 4.1 and 4.3 and RFC 8032 "
      "Ed25519 test 1; `hashlib.sha512` and (where present) OpenSSL's `sha512_256` cross-check the hand-written SHA-512 core.")
    a("- Python's standard library (`hashlib` for SHA-256/384/512 and PBKDF2, `hmac`, `base64`, `json`, `re`, `fractions`, `itertools`, "
      "`collections`, `csv`, `struct`, `math`, `tomllib`, `xml.etree`) computes digests, HMACs and encodings and parses the containers; "
      "SHA-512/256, AES, AES key wrap, CBC, the JWE, Ed25519 public keys, recursive mod 10, mod 89, the mod-26 letter, ISSN, ORCID, VIN, "
      "NMEA, every encoder and every decoder are written by hand.\n")
    return "\n".join(out)


DROPPED = ["nikto_id_colon_pair", "react_native_fireevent_changetext_second", "python_pyjks_keystore_load_second", "go_nats_userinfo_option_second",
           "foxpro_sqlconnect_third", "crystal_http_client_basic_second", "python_hvac_userpass_login_second", "wtype_type_argument",
           "kodi_sources_xml_smb_userinfo", "sqlcipher_attach_key_clause", "mcrcon_lower_p", "python_pyipmi_set_auth_type_user_second"]
