"""Renders README.md of the p261 corpus from the data and the check results."""

from collections import Counter

import common261 as C
import enc261
import everyday261 as E
import evasions261 as EV
import negatives261 as N
import positional261 as P
import prose261 as PR
import vendor261 as V
import world261 as W


def _bt(x):
    return "`%s`" % x


def render(data, info):
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    by = Counter(r["source"] for r in sec)
    deny = info["deny"]
    muts = info["mutations"]
    out = []
    a = out.append

    # ------------------------------------------------------------ title
    a("# privacy_twohundredsixtyfirst (p261) – held-out credential corpus\n")
    firms = "; ".join("*%s* (`%s`: %s)" % (f["name"], f["domain"], f["what"]) for f in W.FIRMS.values())
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**sailmakers, rope makers and net menders** and the developers and staff who build and run their software. "
      "The world: %s. People: %s. Private hosts sit in 10.61.0.0/16, 172.26.61.0/24 and 192.168.61.0/24; boats, "
      "regattas, customers and suppliers' account numbers are invented. Secrets sit where this trade puts them: device and machine files "
      "(a Windows .reg export on the plotter PC, an IEC 61131-3 global variable list on the braiding-line PLC, "
      "`arduino_secrets.h` on the tensile rig, a Zephyr `prj.conf` in the floor projector, OpenWrt UCI in the net loft, "
      "Telegraf on the weather mast, supervisord on the rope-walk counter, a .bat and a setx capture on Windows HMIs), "
      "app and back-office files (Django, WordPress, Magento, Quarkus, Ktor HOCON, Angular, Nuxt, Next.js, .NET user "
      "secrets, Maven settings, .Renviron, a Jupyter notebook, Apps Script, Odoo, .xcconfig, Android strings.xml, VS Code "
      "launch.json, JetBrains workspace.xml), ops files (tfvars, Pulumi stack config, PM2, GitLab CI, Bitbucket Pipelines, "
      "Makefile, direnv, Salt pillar, a Kubernetes ConfigMap, Vagrantfile, Packer) and the messy places (a Telegram export, "
      "a Jira comment, a Confluence page, SRT captions of a training video, an asciinema recording, a calendar invite, a "
      "git format-patch e-mail, Viber, Freshdesk, a .docx, a PDF starter pack, Chrome and Enpass exports); the vendors are "
      "the trade's own (Sailrite, Bainbridge, Dimension-Polyant, Challenge, Marlow, English Braids, LIROS, Gleistein, "
      "Hampidjan, ORC, World Sailing, the RYA, Dürkopp Adler, Victron VRM, UniFi, BSG SailPack, Zünd, PredictWind, "
      "Stormglass, WorldTides, the Admiralty tidal API, MarineTraffic, Windy, Signal K, VesselFinder, ZwickRoell, "
      "AISStream, Tuya) next to the commerce, messaging, AI, developer and ops services such developers use; the negatives "
      "come from the same world (van VINs and supplier VAT numbers, tracker IMEIs and ICCIDs, MMSIs, HINs and sail "
      "numbers, lockfile and image digests, Argon2 / PBKDF2 / scrypt hashes, the real secp256k1 JWKS of the scheduler "
      "tokens, onion addresses, public widget keys, declarations without values, redactions, secret-store pointers, "
      "SOPS / SealedSecret / PGP ciphertexts, documentation examples, prose about keys, failed-check fixtures and valid "
      "public labels of this corpus's own layouts, request and trace ids, sail plans, rope certificates, net plans and "
      "genuine tide, regatta and till sheets).\n" % (firms, ", ".join(W.PEOPLE)))
    a("Everything is produced by `build.py` and its modules (`common261.py`, `world261.py`, `everyday261.py`, "
      "`vendor261.py`, `positional261.py`, `prose261.py`, `enc261.py`, `dec261.py`, `evasions261.py`, `negatives261.py`, "
      "`checks261.py`, `readme261.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
      "`random.Random` seeds (%d everyday values, %d everyday pairing, %d the secp256k1 signing key, %d vendor values, "
      "%d vendor styles, %d positional, %d prose, %d evasions, %d negatives), no clock, no network, no bytecode written. "
      "`python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL files, "
      "parses them back, runs every check and %d mutation tests, renders this README twice and compares it, and only then "
      "writes the files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` "
      "re-extracts the deny-list from `%s/`.\n"
      % (E.SEED_VALUES, E.SEED_PAIRING, E.SEED_SIGNKEY, V.SEED_VALUES, V.SEED_STYLES, P.SEED, PR.SEED, EV.SEED, N.SEED,
         len(muts), C.BRIEF_DIR))

    # ------------------------------------------------------------ independence
    a("## Independence\n")
    a("The builder never saw the detector, its code, its rules or its outputs, and ran no detector or scanner on the data. "
      "Exactly what was opened:\n")
    a("- Under `/work/main`: only this output directory (`benchmarks/corpora/privacy_twohundredsixtyfirst/`), created with "
      "`mkdir -p` in the same command that created the scratch directory. Its own files were created with the file editor, "
      "edited with small Python `str.replace` scripts and `sed -i` renames, one of them first written as a stub with a shell "
      "here-document, run with `python3 -B` (`build.py --freeze`, trial builds written to `/tmp/scratch261/trial`, small "
      "trial imports, the final `python3 build.py`), grepped three times (`grep -n` in `enc261.py`, `grep -c` and "
      "`grep -n` on the written README), read back with a small Python script that re-checks the written JSONL, and "
      "listed with `ls -la` after the final builds (its own files plus the `.` and `..` lines; the parent's contents are not shown by that command). "
      "The parent directory was never listed, opened or searched, nothing else under `/work/main` was opened, listed, "
      "grepped or searched, and git was never run there.\n"
      "- Project material: only the two READMEs in `/tmp/brief261/` (`README_twohundredfiftyseventh.md`, p257, "
      "stained-glass studios / organ builders / heritage-window restorers; `README_twohundredfiftyninth.md`, p259, "
      "saddlers / leatherworkers / tack shops). The directory was listed once with `ls -la`, the files sized with `wc -c`, "
      "read with `cat` and `sed -n` line ranges, measured with an `awk` line-length listing, searched with one `grep -oi` "
      "loop over about 190 language names and a few context greps for its hits, and parsed by the build's own "
      "`common261.extract_denylist`. They were used only to learn the file format and what is already covered.\n"
      "- `/tmp`: no directory other than `/tmp/brief261/` and the scratch directory `/tmp/scratch261/` was looked at. The "
      "scratch directory holds the extracted public gitleaks rule file, the extracted Kingfisher rule directory, a "
      "test-vector script for xxHash32 and the one-at-a-time hash, an encoder / decoder round-trip script and trial build "
      "outputs.\n"
      "- Tooling: `/work/.library/search/README.md` was read once (`cat … | head -50`); `python3 --version` was run once; "
      "`/work/.library/env/` was not opened; no package was installed and no registry was queried.\n"
      "- Public material, through the search tool's `fetch` (no search queries were made): `gitleaks/gitleaks` (commit "
      "`b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b`, `config/gitleaks.toml` extracted with `git show`; the rule ids listed and "
      "the regexes of about 95 rules whose ids matched a keyword list printed by a `tomllib` filter) and `mongodb/kingfisher` "
      "(commit `ee7c0db3ef87575768f817820c24736249ffcdef`, `data/rules/` extracted with `git archive`; the file listing and "
      "the pattern sections of about 60 rule files printed through `grep` / `awk` filters). Read for shape only: no "
      "credential value or example was copied; every value is generated. Betterleaks, CredSweeper and vendor documentation "
      "were not opened.\n")
    a("The deny-list (`common261.extract_denylist`) holds every backticked name and every snake_case identifier of both "
      "READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix "
      "stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches a few non-language pairs, "
      "which only makes the list stricter) and the names and name words of those pairs (%d). It is frozen in "
      "`brief_names.json`; when `%s/` exists the build re-extracts it and fails if it differs (this build: %s). Ideas the "
      "READMEs name only in prose were avoided by hand, and three hand lists in `common261.py` make part of that checkable: "
      "%d encoding-idea tokens (`HAND_ENCODING_TOKENS`: every encoding family, notation, puzzle and world disguise the READMEs "
      "use, avoid or set aside) that no encoding name may contain as a token, %d earlier tool tokens (`HAND_TOOL_TOKENS`: the "
      "tools, libraries and mechanisms of both READMEs' syntaxes and of their left-out lists) that no syntax name may contain, "
      "and %d language codes and names (`HAND_LANGUAGES`: every language, spare and name word the READMEs mention, plus "
      "Catalan, which appears there only as 'Catalan brackets'). Novelty is checked against these two READMEs only.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]),
         C.BRIEF_DIR, info["deny_status"], len(C.HAND_ENCODING_TOKENS), len(C.HAND_TOOL_TOKENS), len(C.HAND_LANGUAGES)))

    # ------------------------------------------------------------ files and counts
    a("## Files and counts\n")
    pw_where = Counter(r["container"].split("__")[1] for r in sec if r["source"] == "password")
    inv = {v: k for k, v in P.WHERE.items()}
    a("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(sec), sum(len(r["secrets"]) for r in sec), len({r["type"] for r in sec}), len({r["container"] for r in sec}),
         by["everyday"], by["vendor"], by["password"], by["prose"], by["prose"]))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings x %d types |"
      % (len(eva), len(eva), len({r["type"] for r in eva}), len({r["container"] for r in eva}),
         len({r["encoding"] for r in eva}), len({r["type"] for r in eva})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len({r["class"] for r in neg})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names`, `syntaxes`, `language_codes`, `language_names`) |\n")
    a("Schema: positives `id` (`p261-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with "
      "exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions "
      "(`p261-e-NNNN`): `id`, `type`, `container` (`<encoding>__<wording>`), `encoding`, `text`, `secrets` (one span with "
      "`value`, `start`, `end`, `type`, `plain` – the clean secret – and `encoding`), `source` (`evasion`). Negatives "
      "(`p261-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets with "
      "`text[start:end] == value`; UTF-8 JSON lines written with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday %d = 12 types x 45 kinds, 4 records per kind (each type in 15 records). Vendor %d (one record "
      "per type). Positional passwords %d (one record per syntax; by where the text lives: %s). Prose %d in %d languages "
      "(spares written down and unused: %s). Evasions %d = 22 x 3. Negatives %d = 20 classes x 3 base kinds x 4 "
      "presentations. Positives total %d (asked: 440–470). Strings drawn through the registry (values, generated vendor "
      "neighbours, evasion plains and runs): %d.\n"
      % (by["everyday"], by["vendor"], by["password"],
         ", ".join("%s %d" % (inv[w], n) for w, n in sorted(pw_where.items(), key=lambda x: -x[1])),
         by["prose"], by["prose"], ", ".join("`%s` (%s)" % s for s in PR.SPARES), len(eva), len(neg), len(sec), info["registry"]))

    # ------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field, position or "
      "protocol element – never the quotes, the key or the flag. For `user:value` pairs and URL userinfo (wget, hg, "
      "WinSCP, govc, psql, NATS, MySQL FEDERATED, the apt source, the git `insteadOf` key, the RTSP camera URL, Node, Python "
      "and Dart URLs, `addauth digest`, `register =>`) only the part after the colon; for `user/value@db` (expdp) only the "
      "value; for `/login:user,value` (tf) only the part after the comma; for `-p:value` (winrs) only what follows the "
      "colon. Values pasted where they do not belong (Telegram, Jira, Confluence, captions, an asciinema recording, a "
      "calendar invite, a patch e-mail, Viber, Freshdesk, a .docx, a PDF starter pack, password-manager exports, a "
      "ConfigMap, a tfplan) are labelled. The Discord, Teams and Google Chat webhook URLs are labelled whole (the URL is "
      "the secret).")
    a("- Owner-chosen passwords are a word of this world (%d words, letters only: %s …) capitalised with probability 0.4 "
      "(0.3 for positional, prose and evasion values) + a joiner + a tail people use (2–4 digits, a year, 2–3 letters and "
      "2–3 digits, 2 digits and 1–2 letters, or a rope or mesh size such as `80mm`). Everyday and vendor passwords use the "
      "joiners `- _ . ! @ # * +` and are checked against `%s`; positional, prose and evasion passwords use only `- _ .` and "
      "are checked against `%s`. Values are never escaped: each container kind and vendor style declares the characters "
      "it could not hold literally (quotes, `\\`, `$` where variables expand, `%%` in supervisord, batch files, setx, "
      "Odoo and pytest-env, `#` where a comment would start, `&<>` in XML, `,` in CSV and AWS shorthand, `{}` in Jira, Salt and Helm, "
      "spaces where the value is bare) and a value is redrawn without them."
      % (len(W.WORDS), ", ".join(W.WORDS[:30]), C.password_regex(C.LOOSE_JOINERS).pattern,
         C.password_regex(C.STRICT_JOINERS).pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no "
      "negative; no evasion plain appears in any text. Values, generated vendor neighbours, evasion plains and runs are "
      "drawn through one registry that refuses repeats and any string in a 6+ character substring relation with an earlier "
      "one. A negative is redrawn if it contains a positive value or an evasion plain, a world word + joiner + tail (the "
      "password form, any case), any JWT-shaped string or a non-v4 UUID, or repeats an earlier negative.")
    a("- Structured values are valid and checked. Everyday: `BRP-` pairing codes end in the real ICAO 9303 7-3-1 check "
      "digit of their twelve characters (asserted while writing on Doc 9303's specimen fields L898902C3 → 6, 740812 → 2, "
      "120415 → 9, and re-checked on every value); `nlt_` tokens end in the real Jenkins one-at-a-time hash of their body "
      "(asserted on \"a\" → ca2e9442 and \"The quick brown fox jumps over the lazy dog\" → 519e91f5); `sqk.` keys end in "
      "the real xxHash32 (seed 0) of their body (asserted on \"\" → 02cc5d05, \"a\" → 550d7456, \"abc\" → 32d153ff and "
      "\"Nobody inspects the spammish repetition\" → e2293b2f); scheduler tokens are real ES256K JWTs (ECDSA over "
      "secp256k1 with SHA-256, low-S, written out in `common261`; the curve is asserted through 2G's published x-coordinate "
      "c6047f94…709ee5; all these vectors are asserted again by `common261.selftest` in every build) under a key drawn from a fixed seed and discarded, and every token is verified against the public "
      "key that the JWKS negatives publish; Django keys are 50 characters of Django's own alphabet; k3s bootstrap tokens "
      "have the `[a-z0-9]{6}.[a-z0-9]{16}` form. The check algorithms (ICAO 7-3-1, Jenkins one-at-a-time, xxHash32, "
      "ECDSA over secp256k1) are new against both READMEs, which used CRC-8/16/24/32/64, Fletcher, Adler-32, FNV-1a, the "
      "Internet checksum, Damm, Verhoeff, Luhn mod 36, ISO 7064 MOD 11-2 / MOD 37,36 / MOD 1271-36 / MOD 11,10, "
      "Base58Check, Bech32, SipHash, MurmurHash3, RSA PKCS#1 v1.5, RSASSA-PSS, ES256/384/512, EdDSA and HS256/384/512. "
      "Vendor frames: the Signal K and Supabase tokens are real HS256 JWTs, the Grafana Cloud, Sentry org and Mapbox "
      "secret tokens carry real Base64 JSON, the Bitwarden token ends in Base64 of exactly 16 bytes; every other vendor "
      "value is checked against a regular expression built from the same spec that generated it. Every UUID-shaped "
      "substring of every text is version 4 and every JWT-shaped substring has base64url JSON header and payload, a "
      "known `alg` and a signature length that fits it; negatives contain no JWT-shaped string. Negatives: VIN (asserted "
      "on 1M8GDM9AXKP042788 → X), UK VAT (asserted on 999999973), Luhn (asserted on IMEI 490154203237518), Tor v3 onion "
      "(SHA3-256 checksum), age recipient (Bech32 checksum, computed for the negatives only) and PGP armour (CRC-24) checks "
      "are real; the JWKS keys are real secp256k1 points; digests are real digests of random bytes; PBKDF2, Argon2id, "
      "scrypt, SOPS, SealedSecret and PGP bodies are random in frame.")
    a("- Public neighbours are unlabelled: user names, hosts, key names and the ids written next to a vendor secret (%s), "
      "and the user half of every user / password pair."
      % "; ".join("%s: %s" % (t, V.SPEC_BY[t][5][0]) for t in V.TYPE_NAMES if V.SPEC_BY[t][5]))
    a("- Key names follow each container's own case style: upper, snake, camel, pascal, dot (Quarkus and Maven "
      "properties), section (`Section:Key` in .NET user secrets), spaced (chats, notes, captions, tickets, invites) and "
      "title (Chrome, Enpass and .docx titles). Everyday key names are the type's words without the check-algorithm word "
      "(`BRAIDER_LINE_PAIRING_CODE`, not `…_ICAO731_…`; Django's own settings file keeps `SECRET_KEY`); vendor key names "
      "are the full type name in the style's case; the password-manager exports put the title-case words (without "
      "\"password\") in the title column, the neighbour (or `api`) in the user column and the value in the password "
      "column.\n")

    # ------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (_bt(t), E.TYPE_DESC[t]) for t in E.TYPE_NAMES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join(
        "%s (%s; %s)" % (_bt(k[0]), k[1], k[3]) for k in E.KINDS) + ". Pairing (seed %d): the 45 kinds form 15 blocks of "
      "three; every block deals its own seeded permutation of the 12 types, four to each kind, so every kind holds four "
      "different types and every type sits in exactly 15 records (checked); secrets therefore also land in implausible "
      "places (an ES256K JWT in a git patch, a Django key in a setx capture).\n" % E.SEED_PAIRING)
    styles_used = {r["type"]: r["container"].split("__")[1] for r in sec if r["source"] == "vendor"}
    a("Vendor (%d types, container `<type>__<style>`; shape – where the shape comes from: *read* this session in the "
      "public gitleaks or Kingfisher rule files, *believed* from memory, *guessed* where the builder knows no published "
      "shape so the type is recognisable only from its key name, *owner-chosen* for portal and device passwords – the "
      "public neighbour if any, and the style):\n" % len(V.TYPE_NAMES))
    for g, title in V.GROUP_TITLES.items():
        ts = [t for t in V.TYPE_NAMES if V.SPEC_BY[t][1] == g]
        items = []
        for t in ts:
            s = V.SPEC_BY[t]
            src = s[3] if s[3] != "owner" else "owner-chosen"
            if s[4] and s[3] == "read":
                src += " (%s)" % s[4]
            elif s[4]:
                src += " (%s)" % s[4]
            nb = (" – next to it: %s" % s[5][0]) if s[5] else ""
            items.append("%s (%s – %s%s – in %s)" % (_bt(t), V.spec_words(t), src, nb, _bt(styles_used[t])))
        a("*%s* (%d): %s.\n" % (title, len(ts), "; ".join(items)))
    cnt = Counter(styles_used.values())
    a("Vendor styles (%d; every type lists the families of style typical of where its key lives – server-side, developer "
      "tools, IoT, owner-kept (password managers, chats, documents) – and takes the least-used fitting style, ties broken "
      "by a seeded shuffle, seed %d): %s.\n" % (len(V.STYLES), V.SEED_STYLES, "; ".join(
          "%s (%s, %s, %d)" % (_bt(s[0]), s[1], V.STYLE_DESC[s[0]], cnt[s[0]]) for s in V.STYLES)))
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`, container `<syntax>__<where>` with where = %s): %s. "
      "None of them is among the syntaxes or names of either README (compared after removing the `%s` prefix; checked), "
      "none contains a hand-listed token of an earlier tool (checked), and no positional text contains `pass`, `pwd`, "
      "`secret` or a `pw` token in any case (checked) – which also rules out KeePassXC, `--password`, `-pw`, `passwd`, "
      "`passphrase`, `PWD=`, `userpass`, `user_pass` and `username_pw_set`; field ids in UI scripts are the neutral "
      "`f1` / `f2`.\n"
      % (len(P.SYNTAXES), P.PREFIX, ", ".join("%s `%s`" % (k, v) for k, v in P.WHERE.items()),
         "; ".join("%s (%s, %s)" % (_bt(P.PREFIX + s[0]), s[1], s[2]) for s in P.SYNTAXES), P.PREFIX))
    a("Prose: someone tells a colleague the password of the net-loft office PC and asks them to keep it to themselves; "
      "span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. Spares written down and "
      "unused: %s. None of them or the spares is among the languages of either README or on the hand list (checked: code "
      "against the codes, all deny-listed names and the hand list; name and every name word against the language names "
      "and the hand list). Scripts: %s. Every value is set off by whitespace on both sides (checked); Kazakh, Northern "
      "Uzbek, Tatar and Tajik introduce the value after a colon, Basque, Northern Kurdish, Gujarati, Marathi, Hindi, Malayalam and "
      "Burmese put a copula or particle after it (after a space), and the Kannada and Malayalam sentences contain "
      "zero-width non-joiners inside words, as typing produces, never next to the value.\n"
      % (PR.TYPE, ", ".join(_bt(f) for f in PR.FORMATS), ", ".join("`%s` (%s)" % (c, n) for c, n, *_ in PR.LANGS),
         ", ".join("`%s` (%s)" % s for s in PR.SPARES), ", ".join(sorted({l[2] for l in PR.LANGS}))))

    # ------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join("%s = \"%s\"" % (_bt(n), enc261.RULES[n]) for n in enc261.NAMES) + ".\n")
    a("Families: " + "; ".join("%s: %s" % (enc261.FAMILIES[n], _bt(n)) for n in enc261.NAMES) + ".\n")
    a("Evasion types: " + "; ".join("%s (%s)" % (_bt(t), d) for t, d, _ in EV.TYPES) +
      "; wordings: %s (container `<encoding>__<wording>`; encoding *i* and type *j* take wording (*i* + *j*) mod 3, so each "
      "encoding appears once per type and once per wording). Each text states the rule in words, then `:` and a newline, "
      "then the run on its own line, then a one-line remark (checked). Plains use `[A-Za-z0-9._-]` (character codes "
      "45–122, which every encoding here can carry); a plain is redrawn if it would appear inside its own run, if the run "
      "has outer whitespace or a newline, does not decode back, or if the registry refuses plain or run.\n"
      % ", ".join(_bt(w) for w in EV.WORDINGS))
    a("Encoders are in `enc261.CHAR` (the rng adds only what the answer does not depend on: the low-water height and hour "
      "behind each tide reading, the size and sides of the corrections, two sides and an angle behind each Heron triangle, "
      "the angles behind each sine sketch, the inner widths and step, the shape of the torn region and the loose torn "
      "meshes around it, the minefield layout, the other catch weights and tallies, the range around the missing tag, the "
      "series size, places and discards, the club sizes, the hours and the other boats' orders, the basket prices, the "
      "skyline around the best run, the losing bids and step, the card size, the crews and hours, the points, the patch "
      "corners, the factor order of the block and the row / column split of the net). The decoder `dec261.decode` gets "
      "only the encoding name and the run, imports nothing from the encoder or `common261` (only `re`, `math`, "
      "`fractions`, `itertools` and `collections`) and computes every answer its own way where it can: cumulative twelfths "
      "as exact fractions, corrections applied one by one, Heron with an exact semi-perimeter, breadth-first search for "
      "the region (the encoder grows it at random), mine-centred neighbour counts (the encoder counts from the safe "
      "squares), a sort for the median, a counter for the mode, a set difference for the missing tag, repeated removal of "
      "the worst score, pairwise products for the handshakes (the encoder solves for the last club), floor division and "
      "exact remainders for the allotment, a sort for the till, a monotonic stack for the skyline (the encoder checks by "
      "brute force), one-stamp-at-a-time for the coffees (the encoder swaps in batches), an event sweep for the crews "
      "(the encoder scans every hour), per-cube counting for the painted block (the encoder multiplies). Every pair was "
      "round-tripped on 60 random `[A-Za-z0-9._-]` plains of length 2–30 per encoding and on every single code while "
      "writing (0 failures apart from digit-only plains that occur inside their own runs, which the build refuses); at "
      "build time every span is decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README as an encoding or in its avoided / set-aside / relative lists): every "
      "encoding of both READMEs and every item of their avoided lists – numeral bases and Base-N text, escapes and dumps, "
      "every cipher, XOR, Morse, Braille, semaphore, spelling alphabets, numeral scripts, number words, look-alikes, "
      "combining and zero-width characters, chaff, decoys, shuffles and reversals, code expressions, powers, primes, "
      "squares, triangular numbers, Fibonacci, factoradic, combinadics, bit disguises, residues, delta coding, continued "
      "fractions, GCDs, reciprocals, midpoints, check-digit disguises, barcodes, fonts, keyboards, telephone signalling, "
      "calendars and clocks, compass points, lookup tables (elements, constellations, errno, syscalls, Messier, GM "
      "instruments), games already used (chess, cards, dice, dominoes, bingo, bowling, darts, rugby, snooker, Scrabble, "
      "league points), the physics and world laws already used (lens, lever, gears, pendulum, pipes, Ohm, Fahrenheit, "
      "PT100, weigh tape) and every puzzle of both READMEs (knapsack, Venn, critical paths, shortest routes, spanning "
      "trees, Josephus, magic squares, Huffman, interval unions, queues, bridge and torch, water jugs, rain water, maximum "
      "subarray, snails, Pythagoras, cosine rule, spires, Euler, parabolas, circles, recapture, L-systems, pyramids, "
      "rhythms, trolleys, came lengths, Borda, levies, inversions, move-to-front, arc cosines, grid routes, cubic "
      "sequences). `HAND_ENCODING_TOKENS` makes part of this checkable on names (it also forced renames away from the "
      "tokens `panel`, `survey`, `width`, `rule`, `triangle`, `card`, `square`, `largest`, `max` and `number`). Also set "
      "aside while choosing: curling and lawn-bowls end scores (too long to write per character), perimeters of torn patches (always even, cannot carry odd codes), trailing zeros of factorials and "
      "page-number digit counts (they skip codes), Lights Out and LRU cache misses (runs far too long), the painted cube "
      "was kept although its rule gives the formula. Close relatives remain and a scorer may count them as the same idea: "
      "Heron's formula, the sine sketches and the patch overlaps are geometry next to the earlier Pythagoras, cosine rule, "
      "shoelace and distance puzzles; the trapezoidal rule is an area next to the shoelace areas; the torn-mesh regions and "
      "the minefields are grid counts next to the earlier grid routes; the histogram is a third array algorithm next to "
      "rain water and the maximum subarray; the median and the mode pick one of the shown numbers (a cousin of the avoided "
      "decoys, but only the rule tells which); the low-point series, the pip counts and the till are sums with a rule, "
      "next to the earlier Scrabble, darts, rugby and Borda sums; the largest-remainder allotment is social choice next to "
      "Borda; the handshakes, the net bars and the painted blocks are one-line counting formulas next to Euler; the tide "
      "and the course conversions are world disguises with fixed arithmetic, next to the earlier spire and organ pipes.\n")

    # ------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    ncount = Counter(r["class"] for r in neg)
    for cls, what, kinds in N.CLASSES:
        a("| %s | %d | %s | %s |" % (_bt(cls), ncount[cls], ", ".join(_bt(k) for k, _ in kinds), what))
    a("\nEach base kind appears plain and wrapped %s (container `<base kind><wrapper>`); the wrappers add a Jira comment "
      "with `{noformat}`, a Telegram message and a printed loft-binder page whose words say the content is public or holds "
      "no logins, without adding a value.\n" % ", ".join(_bt(w) for w in N.WRAPPERS if w))

    # ------------------------------------------------------------ checks
    a("## Checks run by build.py\n")
    a("- Deny-list: `brief_names.json` is loaded; if `%s/` exists it is re-extracted and must be identical (%s). Every "
      "everyday type and kind, vendor type and style, positional syntax and type, where label, prose type and format, "
      "evasion encoding, wording and type, negative class, base kind and wrapper, and every container and span type "
      "actually used in the records, is compared lower-cased, as a whole and split at `__`, against the names; every "
      "positional syntax (from the module and from each record's type with `%s` stripped) against the earlier syntaxes, "
      "all names and the hand list of earlier tool tokens; every encoding name against the hand list of idea tokens; every "
      "prose language code (and spare) against the codes, all names and the hand list, its name and name words against "
      "the language names and the hand list." % (C.BRIEF_DIR, info["deny_status"], P.PREFIX))
    a("- Ids `p261-s-NNNN`, `p261-e-NNNN`, `p261-n-NNNN`, consecutive; exact record and span field sets (in order); "
      "exactly one span per positive and evasion; `text[start:end] == value`; span type = record type; the value occurs "
      "exactly once in its text and has no outer whitespace; evasion spans carry `plain` and an `encoding` equal to the "
      "record's; no placement marker left in any text; sources as specified.")
    a("- Counts: everyday 180 (45 kinds x 4 different types, 12 types x 15), vendor 110–130 distinct types with "
      "containers `<type>__<style>`, positional 100–120 distinct syntaxes, prose 40 in 40 languages, positives 440–470, "
      "evasions 66 = 22 encodings x 3 types x 3 wordings, negatives ≥ 200 in ≥ 20 classes with ≥ 10 each, no repeated "
      "negative text, span types of the five sources pairwise disjoint.")
    a("- Shapes: everyday values by type (password regex, 7-3-1 digit, one-at-a-time tail, xxHash32 tail, ES256K header "
      "and claim keys and the ECDSA signature verified with the public key, Django alphabet and length, bootstrap-token "
      "form); vendor values against the regular expression built from each spec plus frame validators (HS256 frames and "
      "claim keys, Base64 JSON keys, 16-byte tail); owner-chosen vendor passwords by the password regex; positional and "
      "prose values in the strict password form; no `pass` / `pwd` / `secret` / `pw` in positional texts; prose values set "
      "off by whitespace; evasion plains by type; evasion layout (rule text right before `:` newline, run line, one remark "
      "line).")
    a("- Container syntax: the JSON containers (.NET user secrets, the notebook, launch.json, the Telegram export, the ECS "
      "task definition, Insomnia, Thunder Client, Signal K, Homebridge, Enpass), the asciinema lines, the TOML ones "
      "(Telegraf, wrangler.toml) with `tomllib`, the XML ones (Maven settings, Android strings, workspace.xml, the .docx "
      "body, the Confluence fragment) with `xml.etree`, and the Chrome CSV with `csv` and five columns, all with the value "
      "in place.")
    a("- Every evasion run decodes with `dec261.decode` to its `plain`, and the run never contains its plain.")
    a("- No value is reused; none appears in any other record or in any negative; no evasion plain appears in any text; "
      "no negative contains a world-word password form or a JWT-shaped string; every UUID-shaped substring of every text "
      "is version 4; every JWT-shaped substring is a valid JWT frame; the identifier negatives carry valid VIN, VAT, EORI, "
      "Luhn, onion and age checks, the JWKS publishes the real verification key and only points on secp256k1, the "
      "fixtures fail their 7-3-1 / one-at-a-time / xxHash32 checks and the public labels pass them.")
    a("- Self-test: `common261.selftest` re-asserts the published vectors of every hand-written algorithm (ICAO 7-3-1, "
      "one-at-a-time, xxHash32, secp256k1, VIN, VAT, Luhn) in every build.")
    a("- Determinism: everything (the signing key included) is generated twice in one process; the three JSONL files and "
      "this README must be byte-identical, and the JSONL bytes must parse back to the same records.\n")
    a("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): "
      "%s. Clean run errors: %d.\n"
      % (len(muts), sum(ok for _, ok in muts), len(muts),
         ", ".join("`%s` (%s)" % (n, "caught" if ok else "MISSED") for n, ok in muts), info["clean_errors"]))

    # ------------------------------------------------------------ guessed shapes
    a("## Shapes you had to guess\n")
    read = [t for t in V.TYPE_NAMES if V.SPEC_BY[t][3] == "read"]
    bel = [t for t in V.TYPE_NAMES if V.SPEC_BY[t][3] == "believed"]
    gue = [t for t in V.TYPE_NAMES if V.SPEC_BY[t][3] == "guessed"]
    own = [t for t in V.TYPE_NAMES if V.SPEC_BY[t][3] == "owner"]
    a("*Read this session* in the public gitleaks rule file or the Kingfisher rule files; nothing copied; every value "
      "generated; where a rule gives only a prefix, a class or a length range, the exact length, split and case are mine "
      "(%d): %s.\n" % (len(read), "; ".join("%s (%s; %s)" % (_bt(t), V.spec_words(t), V.SPEC_BY[t][4]) for t in read)))
    a("*Believed from memory* of public rule sets and vendor documentation, not re-checked this session (%d): %s.\n"
      % (len(bel), "; ".join("%s (%s)" % (_bt(t), V.spec_words(t)) for t in bel)))
    a("*Guessed* (no published format known to the builder; recognisable only from the key name) (%d): %s.\n"
      % (len(gue), "; ".join("%s (%s)" % (_bt(t), V.spec_words(t)) for t in gue)))
    a("*Owner-chosen passwords* (a trade portal or device login the owner picked) (%d): %s.\n"
      % (len(own), ", ".join(_bt(t) for t in own)))
    a("Also invented or guessed: the everyday layouts `BRP-` (ICAO 7-3-1), `nlt_` (one-at-a-time) and `sqk.` (xxHash32), "
      "the negative label prefixes `RBT-`, `tw_` and `rol.`, and the evasion prefixes `rwb-` and `nsy_` are invented; the "
      "ES256K JWT, the Django key and the k3s bootstrap token are real formats used for invented purposes (no published "
      "vendor issues ES256K service tokens of this kind); the plotter operator pipe file, the crew CSV and the shift YAML "
      "are invented file formats of this world. Vendor layouts least sure: the Stormglass pair of UUIDs, the PayPal `A…` / "
      "`E…` 80-character id and secret, the Square `sq0csp-` secret length, the Trello `ATTA` + 64 + 8 token, the "
      "Atlassian `ATATT3xFfGF0` inner layout and `=` + 8 hex tail, the Asana `2/…/…:` token, the Bitwarden Secrets Manager "
      "token, the Tailscale client-secret segments, the ngrok `2…_…` authtoken, the Doppler `dp.st.prd.` service token, "
      "the Neon, Netlify, Render and Supabase personal-token heads, the Telnyx split, the Mandrill `md-` head, the "
      "WhatsApp Cloud `EAAM` token length, the Signal K claims and the Supabase service-role claims. Syntaxes written from "
      "memory and not re-checked against manuals; least sure: `vmrun -gp`, `esxcli -s/-u/-p` as remote vCLI short flags, "
      "`govc -u` with userinfo, `hdbsql -p`, `vsql -w`, `tf get … /login:user,value`, `winscp.com` with an `scp://` URL, "
      "`zfs load-key` and `fscrypt unlock` reading a pipe, gocryptfs reading the value from a pipe, `keyctl padd … <<<`, "
      "`bw login email value`, `openfortivpn -p`; the argument orders of `ZipFile.read` (second = value), "
      "`OfficeFile.load_key` (first), `Workbooks.Open` (fifth), `nntplib.NNTP` (fourth), Slick `Database.forURL` (third), "
      "Groovy `Sql.newInstance` (third), `winrm.NewClient` (third), `by_index_decrypt` (second), "
      "`RestClient::Resource.new` (third), `openssl_pkcs12_read` (third), `setEncryptionName` (third), `env:connect` "
      "(third), `login_set` (second), `mysql_real_connect` (fourth), `applyBasicAuth` (second), MATLAB `database` (third), "
      "FoxPro `SQLCONNECT` (third); the AutoHotkey v2, SikuliX, Katalon, UFT, TestComplete, Ranorex, FlaUI, KIF, EarlGrey "
      "and vncdotool forms; the Asterisk `register =>` line, the Nagios `$USER3$` macro, the JAAS `user_<name>` entry, "
      "H2 `CREATE LINKED TABLE` (fourth = value), ClickHouse `remote()` (fourth), `DBMS_SCHEDULER.CREATE_CREDENTIAL` "
      "(third), `UTL_HTTP.SET_AUTHENTICATION` (third), the Tor control `AUTHENTICATE` quoting, the FreeSWITCH event-socket "
      "`auth` line, u-blox `AT+UPSD` tag 3, the Source RCON packet dump, the Teltonika SMS `login value command` order and "
      "the ESPHome `ConnectRequest` field number. Negatives: PBKDF2, Argon2id, scrypt, SOPS, SealedSecret and PGP bodies "
      "are random in frame; the Turnstile, PostHog, Mapbox public and Square location id layouts follow the look of real "
      "ones without a check; the HS codes 5607.50 and 5608.11 are real headings, the rest of the customs line is invented.\n")

    # ------------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (plotter PC, floor projector, braider HMI, tensile rig, mending tablets, "
      "chandlery tills) and six generated secrets (`BRP-` 7-3-1 pairing code, `nlt_` one-at-a-time token, `sqk.` xxHash32 "
      "key, ES256K JWT, Django `SECRET_KEY`, k3s bootstrap token). xxHash32 and Jenkins one-at-a-time are non-cryptographic "
      "hashes used as checksums, which a scorer may file with the earlier FNV-1a, SipHash and MurmurHash3; the 7-3-1 "
      "weighting is a weighted mod-10 digit, a relative of the earlier weighted check digits; ES256K is ECDSA like the "
      "earlier ES256/384/512 but on a different curve (secp256k1, RFC 8812), chosen because it is a real JOSE `alg` not "
      "used before – a real service would more often pick ES256 or EdDSA. Key names in everyday files say password / key / "
      "token / code / jwt – that is how such files look; the key-name-free cases are in the positional source. The Django "
      "key contains `$ % # & ! ( )`, so the kinds that cannot hold one of those literally redraw it, and it lands only "
      "where its characters are safe. The bootstrap token has the same shape as any `[a-z0-9]{6}.[a-z0-9]{16}` string and "
      "carries no check at all.")
    a("- Vendor: %d types carry owner-chosen passwords of trade portals and devices and %d types are guessed shapes "
      "recognisable only from their key names (part of the test). Same-shape traps: the Mapbox `sk.` secret against the "
      "Mapbox `pk.` public token of the negatives; the Langfuse `sk-lf-` secret and the Square `sq0csp-` secret against "
      "their public `pk-lf-` and `sq0idp-` halves (both as unlabelled neighbours and as negatives); UUIDv4 secrets "
      "(Stormglass, WorldTides, Royal Mail, Codecov, Opsgenie, Axiom, Langfuse) against UUIDv4 request ids, hCaptcha site "
      "keys and Bitwarden secret ids; hex secrets against the digests; the ES256K tokens against the JWKS that publishes "
      "their real verification key; the `BRP-` / `nlt_` / `sqk.` values against public labels that use the same checks "
      "under other prefixes (valid) and against fixtures with wrong checks (invalid). Ids next to a secret stay unlabelled "
      "as the public half of a pair – arguable for the WooCommerce consumer key, the R2 access key id, the OVH application "
      "key, the Mailjet and Vonage API keys, the Plivo auth id and the Tuya access id, which some detectors and owners "
      "treat as sensitive on their own. Several vendors recur from the earlier READMEs with a different token type "
      "(GitHub `ghu_` / `ghr_`, GitLab `glcbt-` / `glft-` / `gloas-`, Datadog application key, Grafana, Sentry org token, "
      "Square); the type names differ and are checked against the deny-list."
      % (len(own), len(gue)))
    a("- Containers: the kinds and styles are new names and mostly new files, but some are relatives of earlier ones and "
      "a scorer may count them as the same place: the Telegram export and Viber next to the earlier WhatsApp, Slack and "
      "Zoom exports; the Jira comment and Freshdesk note next to the earlier Linear, Trello and Zendesk; the GitLab CI, "
      "Bitbucket and Makefile / direnv exports next to the earlier CI and shell files; the ConfigMap and `kubectl "
      "--from-literal` next to the earlier Kubernetes Secret manifests and kustomize literals; the Chrome and Enpass exports "
      "next to the earlier KeePassXC, KeePass XML and LastPass exports; `vault kv put`, `doppler secrets set`, `cf "
      "set-env`, `railway`, `supabase` and `balena` captures next to the earlier `fly secrets set`, `netlify env:set`, "
      "`dokku config:set` and `chamber write` captures; Django settings and wp-config next to the earlier Laravel and "
      "Symfony files.")
    a("- Passwords: labelled when the value logs in or connects (SQL Server, ODBC, MQTT, IPMI, HTTP downloads, Mercurial, "
      "SCP, VMware guests, vCenter, ESXi, SMB listing, WinRM, PostgreSQL, Oracle Data Pump, SAP HANA, Vertica, TFVC, Cloud "
      "Foundry, OpenShift, Azure, MinIO, a FortiGate VPN, ZooKeeper, Bitwarden, NATS, sudo, Exchange, NNTP, MongoDB, H2 and "
      "Postgres links, MySQL, ClickHouse, RabbitMQ, CouchDB, XML-RPC, SIP, Nagios checks, an APT repository, a git host, "
      "an OpenVPN client, an RTSP camera, Tor control, FreeSWITCH, a cellular modem, a game-server console, a tracker's "
      "SMS interface, an ESPHome node), unlocks or decrypts (an encrypted archive, a VeraCrypt volume, a PDF, a LUKS "
      "volume, a ZFS dataset, an fscrypt directory, a gocryptfs directory, a keychain, Office and PDF files, ZIPs in "
      "Python, Rust, Ruby and PHP, PKCS#12 stores in Java, .NET, Ruby and PHP, an SQLCipher database, a pgcrypto column, "
      "a CryptoJS blob) or is typed by automation (PyAutoGUI, AutoHotkey, SikuliX, Katalon, UFT, TestComplete, Ranorex, "
      "FlaUI, AppleScript, wtype, adb, KIF, EarlGrey, Vue Test Utils, Enzyme, vncdotool) or sits in a file by position "
      "(three invented files). Weakest kept cases, with a hint nearby: `keyctl padd` (a stored value), `pgp_sym_encrypt` "
      "and `CryptoJS.AES.encrypt` (the value is an encryption passphrase), `setEncryptionName` (it will lock a ZIP), the "
      "Teltonika SMS (the device's SMS password), the ESPHome field (its protobuf field 1 is the API password), the "
      "two-line OpenVPN file. Closest relatives of earlier syntaxes, kept because the tool, library or mechanism differs: "
      "`sqlcmd -P`, `ipmitool -P`, `smbmap -p`, `hdbsql -p`, `cf login -p`, `oc login -p`, `az login -p`, "
      "`openfortivpn -p` and `esxcli -p` next to the earlier `-u`/`-p` pairs; the many URL userinfo forms next to the "
      "earlier git-credentials, pip.conf, ffmpeg, mongodump and Go DSN URLs; `expdp user/value@db` next to the earlier "
      "sqlplus connect string; `tf /login:user,value` next to `lftp -u user,value`; `pgp_sym_encrypt` from the same "
      "pgcrypto extension as the earlier `crypt`; the Oracle `UTL_HTTP` and `DBMS_SCHEDULER` calls next to the earlier "
      "Oracle database link (the hand list does not count `oracle` as a tool token); RestSharp, `applyBasicAuth` and the "
      "hackney `basic_auth` tuple next to the earlier basic-auth calls; Net::OpenSSH next to the earlier paramiko and "
      "SSH.NET logins; `wtype` and `adb input text` next to the earlier xdotool / ydotool; `PRAGMA key` and `sqlite3_key` "
      "are the same SQLCipher mechanism in SQL and in C. Left out: everything whose own name says pass / pwd / secret / pw "
      "(KeePassXC, sshpass, plink `-pw`, `--password`, `passwd`, `chpasswd`, `htpasswd`, `pass`, gopass, `secret-tool`, "
      "`drush upwd`, `-passin`, `PWD=`, `userpass`), FTP and SMTP / IMAP / POP3 logins (too close to the earlier ones), LDAP "
      "binds, Samba tools, archive flags (`7z -p`, `unzip -P`), Cassandra, Redis, another IRC command (IRC `OPER` was "
      "used; a NickServ `IDENTIFY` was drafted and replaced by the ESPHome frame), Net::SSH::Perl (replaced by FoxPro "
      "`SQLCONNECT`), `kazoo add_auth` (the zkCli `addauth` is here), `sqlcmd :connect` (the CLI `-P` is here).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence: %s. "
      "Loan words (paswort forms, pasahitza, iphasiwedi, पासवर्ड) are kept as people use them. `uzn` is Northern Uzbek, "
      "`khk` Halh Mongolian, `kmr` Northern Kurdish (Kurmanji), `ell` Modern Greek, `swh` Swahili (individual code), `tgl` "
      "Tagalog, `mri` Maori. Where a language writes a colon or attaches a copula, the sentence was arranged so that "
      "whitespace stands on both sides of the value; Lao, Thai and Burmese do not separate words with spaces, so a space "
      "was put before and after the value as people do around Latin text."
      % "; ".join("%s for %s" % (lvl, ", ".join(n for c, n, s, l, _ in PR.LANGS if l == lvl)) for lvl in ("fair", "modest", "low")))
    a("- Evasions: every run is a puzzle a patient human can solve with the stated rule and pencil or a calculator (the "
      "sine sketches and Heron's formula need a calculator with a square root and sines); the rules are long because they "
      "must be self-contained. The runs look like newsletter puzzles, chalkboard teasers and quiz rounds, and genuine "
      "twins sit in the negatives (`genuine_tide_and_regatta_sheets`: a rule-of-twelfths worksheet, low-point series "
      "results and a three-for-two receipt), so a detector that flags the look is flagging the look, not the content. The "
      "torn-mesh sketches and the minefields are long (a few thousand characters) and an entropy detector may flag some "
      "of them.")
    a("- Negatives: VIN, VAT, EORI, IMEI and ICCID numbers carry real check digits; MMSIs, HINs, call signs, port numbers "
      "and sail numbers are public vessel ids; lockfile, SRI and image digests are one-way; PBKDF2 (in a column called "
      "`password`, a trap), Argon2id and scrypt strings are one-way hashes; the JWKS, onion addresses and host-key "
      "fingerprints are public; hCaptcha and Turnstile site keys, the PostHog project key, the Mapbox `pk.` token, Square "
      "application and location ids and the Langfuse public key are public by design; the declarations use this corpus's "
      "own key names without values (a trap for key-name-only detectors); masked previews keep at most four characters of "
      "the secret part; ExternalSecret keys, Secret Manager names, Vault templates and a `bws` id are pointers; SOPS, "
      "SealedSecret and PGP bodies are ciphertext whose key is elsewhere. The most arguable classes are "
      "`own_token_shapes_failing_checks` (this corpus's own layouts with wrong checks, in tests and reject logs – no such "
      "token can be in use) and `rope_batch_trace_labels` (public labels that share the positives' check algorithms under "
      "different prefixes); a shape-only detector will flag both, and the texts say what they are. Random fillers are "
      "generated, so an entropy-only detector will hit them – that is the point.\n")

    # ------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief261/` (p257 and p259), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch261/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, commit `b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b`) "
      "and the public Kingfisher rule files (`mongodb/kingfisher`, `data/rules/*.yml`, commit "
      "`ee7c0db3ef87575768f817820c24736249ffcdef`), each brought in with the search tool's `fetch` and extracted into "
      "`/tmp/scratch261/`, for the vendor types marked *read* above. The remaining shapes, every positional syntax, every "
      "prose sentence and every puzzle rule come from the builder's memory and are marked as believed or guessed where it "
      "matters. Published test vectors used in asserts and checks (all from memory, all passing): the ICAO Doc 9303 "
      "specimen fields, the Jenkins one-at-a-time values of \"a\" and the quick brown fox, the xxHash32 values of \"\", "
      "\"a\", \"abc\" and \"Nobody inspects the spammish repetition\", the x-coordinate of 2G on secp256k1, the VIN "
      "1M8GDM9AXKP042788, the VAT number 999999973 and the IMEI 490154203237518.")
    a("- Python's standard library (`hashlib`, `hmac`, `base64`, `json`, `re`, `math`, `fractions`, `itertools`, "
      "`collections`, `csv`, `tomllib`, `xml.etree`) computes digests, HMACs, SHA3 and encodings and parses the containers; "
      "the 7-3-1 digit, the one-at-a-time hash, xxHash32, secp256k1 arithmetic and ECDSA signing and verification, the "
      "VIN, VAT, Luhn, onion, Bech32 and CRC-24 checks, every encoder and every decoder are written by hand.")
    return "\n".join(out) + "\n"
