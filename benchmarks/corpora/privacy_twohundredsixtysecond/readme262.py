"""Renders README.md from the generated data and the build's check results."""
import enc262
import everyday262 as E
import evasions262 as EV
import negatives262 as N
import positional262 as P
import prose262 as PR
import vendor262 as V
import world262 as W
import checks262


def _bt(x):
    return "`%s`" % x


def render(data, ctx, info):
    S, EVR, NG, meta = data["secrets"], data["evasions"], data["negatives"], data["meta"]
    by = {k: [r for r in S if r["source"] == k] for k in ("everyday", "vendor", "password", "prose")}
    deny = info["deny"]
    out = []
    a = out.append

    # ------------------------------------------------------------- title
    a("# privacy_twohundredsixtysecond (p262) – held-out credential corpus\n")
    firms = "; ".join("*%s* (`%s`: %s)" % (n, d, desc) for n, d, desc in W.FIRMS.values())
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **coopers, barrel makers and cask brokers** and the developers and staff who build and run their "
      "software. The world: %s. People: %s. Private hosts sit in 10.62.0.0/16, 172.26.62.0/24 and 192.168.62.0/24; "
      "distilleries, wineries, bonds and places are invented. Secrets sit where this trade puts them: device and "
      "firmware files (a Zephyr `prj.conf` on the stave jointer, `arduino_secrets.h` of the toasting-fire burner "
      "bridge, a CODESYS global variable list on the hoop press, URScript globals on the bung-hole drilling robot, "
      "balena fleet variables of the barrel washer, supervisord on the yard gateway, OpenRC on the bond-door RFID "
      "portal, Android string resources and a Gradle build of the yard app, a launchd plist on the fill-station Mac), "
      "back-office and shop files (WordPress/WooCommerce, Drupal, Django, ERPNext, Nuxt, .NET user secrets, Tomcat, "
      "an Xcode xcconfig), ops and CI (Ansible host_vars and INI inventory, Salt pillar, Terraform tfvars, Pulumi stack "
      "config, Dockerfile, direnv, Makefile, `kubectl describe pod`, `ps eww`, GitLab CI, TeamCity Kotlin DSL), "
      "developer tools (VS Code launch.json, JetBrains run configurations, Insomnia, Jupyter, the Python REPL "
      "history) and the messy places values get pasted (Google Chat and Google Keep takeouts, a Jira comment, an "
      "Apple Mail `.emlx`, a spreadsheet's shared strings, an iCalendar booking, WebVTT meeting captions, an SMS "
      "backup, a `git format-patch` e-mail, a ZPL label sent to the printer). Vendors are the trade's own (HMRC "
      "Government Gateway and EMCS, TTB Permits Online, Whisky Auctioneer, Liv-ex, CellarTracker, Caskshare, "
      "SensorPush, Disruptive Technologies, UbiBot, Forestry England and ONF timber sales, Avery Weigh-Tronix "
      "indicators, Zebra printers, the SWA and WSTA, Wine-Searcher, Ekos, InnoVint, vintrace, Commerce7, Sendcloud, "
      "ShipStation, EasyPost, Shippo, Royal Mail Click & Drop, DHL Express, FreeAgent, HubSpot, Pipedrive, "
      "WooCommerce, Square, PayPal, Eventbrite, Bookeo, DocuSign, Stripe webhooks, Wise, Cal.com, Trello) next to the "
      "commerce, messaging, AI, developer and ops services such developers use. Negatives come from the same world "
      "(container, IMO and air-waybill numbers on cask exports, LEIs, ISINs and VAT numbers of counterparties, photo "
      "and firmware digests, password hashes, the real public JWK of the ledger's signing key, age and minisign "
      "public keys, publishable keys, templates, masked values, secret-store pointers, SOPS and SealedSecret "
      "ciphertexts, documentation, policy prose, failed-check fixtures and public labels of this corpus's own "
      "layouts, request ids, regauge records, stave and toast specs, excise references, genuine workings and RFID "
      "EPCs).\n" % (firms, ", ".join(W.PEOPLE)))
    a("Everything is produced by `build.py` and its modules (`common262.py`, `world262.py`, `everyday262.py`, "
      "`vendor262.py`, `positional262.py`, `prose262.py`, `enc262.py`, `dec262.py`, `evasions262.py`, "
      "`negatives262.py`, `checks262.py`, `readme262.py`, frozen deny-list `brief_names.json`): Python 3 standard "
      "library only, fixed `random.Random` seeds (26201 everyday values, 26211 everyday pairing, 26221 the P-521 "
      "signing key, 26202 vendor values, 26212 vendor styles, 26222 the RSA key of the Kubernetes token, 26203 "
      "positional, 26204 prose, 26205 evasions, 26206 negatives), no clock, no network, no bytecode written. "
      "`python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL "
      "files and of this README, parses the JSONL back, runs every check and %d mutation tests and only then writes "
      "the files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` "
      "re-extracts the deny-list from `/tmp/brief262/`.\n" % len(info["mutations"]))

    # ------------------------------------------------------- independence
    a("## Independence\n")
    a("The builder never saw the detector, its code, its rules or its outputs, and ran no detector or scanner on "
      "the data. Exactly what was opened:\n")
    a("- Under `/work/main`: only this output directory (`benchmarks/corpora/privacy_twohundredsixtysecond/`), "
      "created with `mkdir -p` in the same command that created the scratch directory and listed once right then "
      "with `ls -la` (empty: its own `.` line and the `..` metadata line, which shows no contents of the parent). "
      "Its own files were created and edited (the file tool, small Python `str.replace` rewrite scripts, two "
      "`sed -i` edits (a rename inside two of its modules, a wording fix in `readme262.py`), a shell here-document that wrote `dec262.py` and a stub of "
      "`readme262.py`), grepped, imported and run (`python3 build.py --freeze`, `python3 -B` trials importing the "
      "modules, trial scripts in the scratch directory that import them, `python3 build.py /tmp/scratch262/trialout`, "
      "`python3 build.py`), searched with `find . -name __pycache__` (nothing found), listed with `ls -la` and `ls` after "
      "the last builds (its own files plus the `.` and `..` metadata lines) and read back with `wc -l` and a small "
      "Python re-check of the written JSONL offsets. Its parent was never listed, opened or searched, nothing else under `/work/main` was opened, listed, grepped or searched, and git "
      "was never run there.\n"
      "- Project material: only the two READMEs in `/tmp/brief262/` (`README_twohundredfiftyseventh.md`, p257, "
      "stained-glass studios / organ builders / heritage-window restorers; `README_twohundredfiftyeighth.md`, p258, "
      "well drillers / borehole and pump installers). The directory was listed once with `ls -la`, the files sized "
      "with `wc -c`, read with `cat`, `head`, `sed -n` line ranges and an `awk` line-length listing, and parsed by "
      "`common262.extract_denylist`. They were used only to learn the file format and what is already covered.\n"
      "- `/tmp`: no directory other than `/tmp/brief262/` and the scratch directory `/tmp/scratch262/` was looked "
      "at. The scratch directory holds the extracted public gitleaks rule file, the extracted public Kingfisher rule "
      "directory, a P-521 parameter check, trial, profiling, display and mutation-inspection scripts and a pickle of one trial build and the output of trial builds (`trialout/`, written by `python3 build.py "
      "/tmp/scratch262/trialout`).\n"
      "- Tooling: the search tool's notes (`/work/.library/search/README.md`, first 50 lines with `head`), one "
      "`ls` of `/work/.library/env/`, `python3 --version` and `df -h /tmp`. No package was installed and no "
      "registry was queried.\n"
      "- Public material, through the search tool: `fetch` of `gitleaks/gitleaks` (commit "
      "`b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b`; `config/gitleaks.toml` extracted with `git show`; all 222 rule "
      "ids listed and the regexes of about 100 rules printed by a `tomllib` filter script) and of `mongodb/kingfisher` "
      "(commit `ee7c0db3ef87575768f817820c24736249ffcdef`; `data/rules/` extracted with `git archive`; the file "
      "listing and the pattern blocks of about 50 rule files printed by a Python filter and `grep`); two "
      "`find_string` look-ups (`0x2362F9DE` and `0x519e91f5`) whose excerpts of public test files confirmed the "
      "MurmurHash3 x86_32 and Jenkins one-at-a-time test vectors used in the asserts. Read for shape only: no "
      "credential value or example was copied; every value is generated. Betterleaks, CredSweeper and vendor "
      "documentation were not opened; no search queries were made.\n")
    a("The deny-list (`common262.extract_denylist`) holds every backticked name and every snake_case identifier of "
      "both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their "
      "`<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also "
      "catches a few non-language pairs, which only makes the list stricter) and the names and name words of those "
      "pairs (%d). It is frozen in `brief_names.json`; when `/tmp/brief262/` exists the build re-extracts it and "
      "fails if it differs (this build: %s). Ideas the READMEs name only in prose were avoided by hand, and three "
      "hand lists make part of that checkable: %d language names and codes (`prose262.HAND_LANGUAGES`: the spares, "
      "neighbours and replaced languages the READMEs name in prose), %d encoding-idea tokens "
      "(`checks262.HAND_ENCODING_TOKENS`: every encoding, family and avoided or set-aside idea of both READMEs) that "
      "no encoding name may contain as a `_` token, and %d tool tokens (`checks262.HAND_TOOL_TOKENS`: the tools and "
      "libraries of both READMEs' positional syntaxes and left-out lists) that no positional syntax name may contain "
      "as a token. Novelty is checked against these two READMEs only; older corpora may share a vendor, a syntax, a "
      "language or an idea.\n" % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]),
                                   len(deny["language_names"]), info["deny_note"], len(PR.HAND_LANGUAGES),
                                   len(checks262.HAND_ENCODING_TOKENS), len(checks262.HAND_TOOL_TOKENS)))

    # ------------------------------------------------------------- files
    a("## Files and counts\n")
    nkinds = len(set(r["container"] for r in S))
    a("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" %
      (len(S), len(S), len(set(r["type"] for r in S)), nkinds, len(by["everyday"]), len(by["vendor"]),
       len(by["password"]), len(by["prose"]), len(by["prose"])))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 types |" %
      (len(EVR), len(EVR), len(set(r["type"] for r in EVR)), len(set(r["container"] for r in EVR)),
       len(set(r["encoding"] for r in EVR))))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(NG), len(set(r["container"] for r in NG)),
                                                            len(set(r["class"] for r in NG))))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names`, `syntaxes`, `language_codes`, `language_names`) |\n")
    a("Schema: positives `id` (`p262-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list "
      "with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p262-e-NNNN`): `id`, `type`, `container` (`<encoding>__<wording>`), `encoding`, `text`, "
      "`secrets` (one span with `value`, `start`, `end`, `type`, `plain` – the clean secret – and `encoding`), "
      "`source` (`evasion`). Negatives (`p262-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). "
      "Python code-point offsets with `text[start:end] == value`; UTF-8 JSON lines written with "
      "`ensure_ascii=False`.\n")
    wc = {}
    for r in by["password"]:
        wc[meta["where"][r["id"]]] = wc.get(meta["where"][r["id"]], 0) + 1
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor %d (one "
      "record per type). Positional passwords %d (one record per syntax; by where the text lives: %s). Prose 40 in "
      "40 languages (spares written down and unused: %s). Evasions %d = 22 × 3. Negatives %d = %d classes × 2 base "
      "kinds × 6 presentations. Positives total %d (asked: 440–470). Strings drawn through the registry (values, "
      "vendor neighbours, evasion plains and runs): %d.\n" %
      (len(by["vendor"]), len(by["password"]), ", ".join("%s %d" % kv for kv in sorted(wc.items(), key=lambda x: -x[1])),
       ", ".join("`%s` (%s)" % s for s in PR.SPARES), len(EVR), len(NG), len(N.CLASSES), len(S), ctx["registry_size"]))

    # -------------------------------------------------------- conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field, "
      "position or protocol element – never the quotes, the key or the flag (for `user:value` pairs, URL userinfo "
      "and `DOMAIN/user:value@host` only the value; for Spring's `{noop}` prefix only what follows it; for the "
      "`-pVALUE` and `/p:VALUE` forms only what follows the flag; for the wire captures only the value shown in "
      "quotes or after the command). Values pasted where they do not belong (Google Chat and Keep takeouts, Jira, "
      "an Apple Mail message, a spreadsheet, a calendar entry, meeting captions, an SMS backup, a patch e-mail, a "
      "printer label, process listings, a REPL history, an iMessage export) are labelled. The Discord, Teams, "
      "Google Chat and Home Assistant Cloud webhook URLs are labelled whole (the URL is the secret).")
    a("- Owner-chosen passwords are a word of this trade (%d words, letters only: %s …) capitalised with "
      "probability 0.45 (0.35 for positional values, 0.3 for prose values, 0.4 for the evasion password) + a joiner "
      "+ a tail people use (a year, 2–4 digits, 2–3 letters and 2–3 digits, a Highland or Scottish postcode area "
      "(AB, IV, KW, PH, EH, KY) with 1–2 digits, or a cask size such as `225L`). Everyday and vendor passwords use "
      "the joiners `- _ . ! @ # + ~ *` and are checked against `%s`; positional, prose and evasion passwords use only "
      "`- _ .` and are checked against `%s`. Values are never escaped: each container kind and vendor style declares "
      "the characters it could not hold literally (quotes, `$` where variables expand, `%%` in supervisord, HCL and "
      "Jinja, `{` in Jinja and Tera templates, `#` and `$` in Makefiles, `/` in xcconfig (comments), `'` and `$` in "
      "IEC 61131-3 strings, `&<>` in XML, `^~` in ZPL, `,;\\` in iCalendar text, spaces in REST Client variables, "
      "YAML indicators in plain scalars) and a value is redrawn without them." %
      (len(W.WORDS), ", ".join(W.WORDS[:30]), W.PW_RE.pattern, W.PW_STRICT_RE.pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in "
      "no negative; no evasion plain appears in any text. Values, vendor neighbours, evasion plains and runs are "
      "drawn through one registry that refuses repeats and any string in a 6+ character substring relation with an "
      "earlier one. A negative is redrawn if it contains any registry string, a trade word + joiner + tail (the "
      "password form, with alphanumeric boundaries, case-insensitive), any JWT-shaped string or a non-v4 UUID, or "
      "repeats an earlier negative. In positive texts the only password-form string is the labelled value (checked; "
      "two unlabelled ones found during the build were removed from the templates).")
    a("- Structured values are valid and checked. Everyday: `ctk_` keys end in the real MurmurHash3 x86_32 (seed 0) "
      "of their 32-character body (asserted on the published vectors: empty input under seeds 0, 1 and 0xffffffff, "
      "four zero bytes, ff ff ff ff, 21 43 65 87 under seeds 0 and 0x5082edee, 21 43 65, `hello` → 248bfa47 and "
      "the pangram → 2e4ff723); `brt.` tokens end in the real Jenkins one-at-a-time hash of their body (asserted: "
      "empty → 0, `a` → ca2e9442, `b` → 00db819b, `hello` → c8fd181b, the pangram → 519e91f5); `RSP-` pairing codes "
      "carry the ABA routing-number check (weights 3, 7, 1; asserted on 011000015 and 021000021); the ledger tokens "
      "are real ES512 JWTs (ECDSA on NIST P-521 with SHA-512, written out in `common262`; the curve constants are "
      "asserted by checking that G lies on the curve and that n·G is the point at infinity), every one verified "
      "against the public key, whose JWK also appears, public, in a negative; Django keys are 50 characters of "
      "Django's own alphabet; Airflow Fernet keys decode to exactly 32 bytes. These check algorithms (MurmurHash3, "
      "Jenkins one-at-a-time, the ABA 3-7-1 weights, ECDSA P-521) differ from those of both READMEs (Damm, FNV-1a, "
      "RSASSA-PSS, xxHash32, SipHash-2-4, ISBN-10 mod 11, and the CRC-24, CRC-64, ISO 7064, P-384, CRC-8, ISO 6346, "
      "HS512, Fletcher, CRC-16, Base58Check, P-256, HS384, Verhoeff, CRC-32, Bech32, Ed25519, Adler-32, Luhn mod 36, "
      "RFC 1071 and RSA PKCS#1 v1.5 they name as earlier ones). Every UUID-shaped substring of every text is version "
      "4 and every JWT-shaped substring has base64url JSON header and payload, a known `alg` and a signature length "
      "that fits it (HS256 32, RS256 256, ES512 132 bytes; ES512 signatures are verified); negatives contain no "
      "JWT-shaped string. Vendor: the Supabase and monday.com tokens are real HS256 JWTs under discarded keys; the "
      "Kubernetes service-account token is a real RS256 JWT under a 2048-bit RSA key generated in the build "
      "(Miller–Rabin primes) and discarded, verified at build time. Negatives: ISO 6346 (asserted on CSQU 305438 3), "
      "IMO (asserted on 9074729), air-waybill mod 7 (asserted on 1234567 → 5), ISIN (asserted on US0378331005), UK "
      "VAT mod 97 (asserted on 980780684), LEI mod 97-10 and Bech32 (asserted on `a12uel5l`) checks are real and "
      "re-checked; digests are real digests of random bytes; argon2id, pbkdf2_sha256, sha256-crypt, SOPS and "
      "SealedSecret bodies are random in frame.")
    a("- Public neighbours are unlabelled: user names, hosts, key names, and the public half written next to a vendor "
      "secret (%s), and the user half of a user / password pair." %
      "; ".join("%s: %s" % (s[0], s[5][0]) for s in V.SPECS if s[5]))
    a("- Key names are the type's key words in the container's own case style: upper, snake, camel, pascal, kebab, "
      "`Section:Key` (.NET user secrets), `halberd:camelKey` (Pulumi), Hungarian `sPascal` (CODESYS), spaced (chats, "
      "mail, notes, captions) and title (spreadsheet strings, password-manager titles, `op item get` titles). "
      "Everyday key names are the type's words without the check-algorithm word (`CASK_TRACKER_API_KEY`, not "
      "`…_MURMUR3_…`); vendor key names are the full type name in the style's case; neighbour keys carry the "
      "vendor's first word.\n")

    # --------------------------------------------------------- categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (_bt(t), d) for t, _, d in E.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join(
        "%s (%s; %s)" % (_bt(c[0]), c[1], c[2]) for c in E.CONTAINERS) +
      ". Pairing (seed 26211): the 45 kinds form 15 blocks of three; every block deals its own seeded permutation of "
      "the 12 types, four to each kind, so every kind holds four different types and every type sits in exactly 15 "
      "records (checked); secrets therefore also land in implausible places (an ES512 JWT in `arduino_secrets.h`, a "
      "Django key in a `ps eww` listing, a pairing code in an Apple Mail message). Two further kinds were written and "
      "left unused as spares (`office_cmd_doskey_history`, `office_phpinfo_environment_table`).\n")
    a("Vendor (%d types, container `<type>__<style>`; shape – where the shape comes from: *read* this session in "
      "the public gitleaks or Kingfisher rule files, *believed* from memory, *guessed* where the builder knows no "
      "published shape so the type is recognisable only from its key name, *owner-chosen* for portal and device "
      "passwords – the public neighbour if any, and the style):\n" % len(by["vendor"]))
    style_of = {r["type"]: r["container"].split("__")[1] for r in by["vendor"]}
    groups = []
    for s in V.SPECS:
        if s[1] not in groups:
            groups.append(s[1])
    for g in groups:
        items = []
        for s in V.SPECS:
            if s[1] != g:
                continue
            src = s[3] + (" (%s)" % s[4] if s[4] else "")
            nb = " – next to it: %s" % s[5][0] if s[5] else ""
            items.append("%s (%s – %s%s – in %s)" % (_bt(s[0]), V.shape_words(s[2]), src, nb, _bt(style_of[s[0]])))
        a("*%s* (%d): %s.\n" % (g, len(items), "; ".join(items)))
    a("Vendor styles (%d; every type lists the families of style typical of where its key lives – server-side, "
      "developer tools, IoT, owner-chosen, chat – and takes the least-used fitting style whose forbidden characters "
      "its shape can avoid, ties broken by a seeded shuffle, seed 26212): %s.\n" %
      (len(V.STYLES), "; ".join("%s (%s, %s, %d)" % (_bt(s[0]), s[1], s[2], ctx["usage"][s[0]]) for s in V.STYLES)))
    pos_items = []
    for r in by["password"]:
        pos_items.append("%s (%s, %s)" % (_bt(r["type"]), meta["where"][r["id"]], meta["short"][r["id"]]))
    a("Positional passwords (%d syntaxes, span type `cbpw_<syntax>`, container `<syntax>__<where>` with where = %s): "
      "%s. None of them is among the syntaxes or names of either README (compared after removing the `cbpw_` "
      "prefix; checked) and no syntax name contains a hand-listed earlier tool token (checked). No positional text "
      "contains `pass`, `pwd`, `secret` or a `pw` token in any case (checked; a value whose tail would spell one is "
      "redrawn), so tools, flags, keywords and file names that say it (`--password`, `-pw`, `passwd`, `passphrase`, "
      "`--passin`, `IDENTIFIED BY … PASSWORD`, `PasswordAuthentication`, `password_stdin`, `--password-stdin`, "
      "`keyType passPhrase` in Wi-Fi profiles, KeePassXC's own name) were not used; field ids in UI scripts are the "
      "neutral `f1` / `f2`.\n" % (len(by["password"]), ", ".join("%s `%s`" % kv for kv in P.WHERE.items()),
                                 "; ".join(pos_items)))
    a("Prose: someone tells a colleague the password of the bond-office laptop and asks them to keep it to "
      "themselves; span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. "
      "Spares written down and unused: %s. None of them or the spares is among the languages of either README or on "
      "the hand list (checked: code against the codes, all deny-listed names and the hand list; name and every name "
      "word against the language names and the hand list). Scripts: %s. Hebrew is right-to-left with the Latin "
      "value embedded; Hindi, Marathi, Gujarati, Tamil, Kannada, Malayalam, Sinhala, Korean, Burmese and Tajik put "
      "a copula or particle after the value (after a space); Khmer, Lao and Burmese, which write without spaces "
      "between words, set the value off with spaces by hand; every value is set off by whitespace on both sides "
      "(checked).\n" % (PR.SPAN_TYPE, ", ".join(_bt(f) for f in PR.FORMATS),
                        ", ".join("`%s` (%s)" % (c, n) for c, n, _, _ in PR.LANGS),
                        ", ".join("`%s` (%s)" % s for s in PR.SPARES),
                        ", ".join(sorted(set(s for _, _, s, _ in PR.LANGS)))))

    # ----------------------------------------------------------- evasions
    a("## Evasion encodings\n")
    a("; ".join('`%s` = "%s"' % (e, enc262.RULES[e]) for e in enc262.ENCODINGS) + ".\n")
    a("Families: " + "; ".join("%s: `%s`" % (enc262.FAMILIES[e], e) for e in enc262.ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("%s (%s)" % (_bt(t), d) for t, _, d in EV.TYPES) +
      "; wordings: %s (container `<encoding>__<wording>`; encoding *i* and type *j* take wording (*j* − *i*) mod 3, "
      "so each encoding appears once per type and once per wording). Each text states the rule in words, then `:` "
      "and a newline, then the run on its own line, then a one-line remark (checked). Plains use `[A-Za-z0-9._-]` "
      "(character codes 45–122, which every encoding here can carry); a plain is redrawn if it would appear inside "
      "its own run, if the run has outer whitespace or a newline, or if the registry refuses plain or run.\n" %
      ", ".join(_bt(w[0]) for w in EV.WORDINGS))
    a("Encoders are in `enc262.ENC` (the rng adds only noise the decoder ignores or that does not change the "
      "decoded value: the pushed-and-lifted crates, the letter strings and which positions differ, the ratio parts, "
      "the random graph behind each degree list, the filler gains and losses around the best stretch, the stock "
      "lots, the order of the nine digits, the denominator, the column profile and basin walls, the margin and unit "
      "cost, the coin mix, the strength, the residual and life, the order and holding costs, the minority values, "
      "the one-way links, the crate capacity and earlier crates, the earlier requests, the factorisation into kinds "
      "and counts or into block sides, the rack dimensions, the losing ceilings and the bid step). The decoder "
      "`dec262.decode` gets only the encoding name and the run, imports nothing from the encoder or `common262` "
      "(only `re`, `math`, `fractions`, `collections`) and computes every answer its own way where it can: a list "
      "used as a stack, character comparison, exact fractions for the shares, break-even counts, depreciation, LPA "
      "and EOQ (with an integer square root), the degree sum, Kadane's linear scan (the encoder checks by brute "
      "force), a lot-by-lot FIFO queue, set difference for the missing digits, the two-pointer water algorithm (the "
      "encoder sums the min of prefix and suffix maxima), a coin-pattern parser, a `Counter` for the majority, "
      "Kahn's topological order for the journeys (the encoder sums backwards over a fixed node order), a crate list "
      "for first fit, an `OrderedDict` for the shelf (the encoder uses a list), sorting for the proxy bids. Every "
      "pair was round-tripped on 300 random `[A-Za-z0-9._-]` plains of length 2–44 per encoding (80 for the "
      "journeys on a first pass, then 300) and on every single code 45–122 while writing (0 failures); at build time "
      "every span is decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README as an encoding or in its avoided, set-aside or closest-relative "
      "lists): every encoding of both READMEs and every item of their avoided lists – numeral bases and Base-N text "
      "encodings, escapes, dumps, UTF tricks, Morse, Braille, spelling alphabets, number words and numeral scripts, "
      "look-alikes, zero-width and combining characters, keycaps, Unicode names, HTML entities, code expressions, "
      "every cipher, XOR, shuffles and reversals, chaff and decoys, acrostics and word-length or capital-letter "
      "steganography, the arithmetic disguises (powers, primes, squares, triangular numbers, Fibonacci, factoradic, "
      "combinadics, Gray, BCD, Cantor, Morton, Ulam, residues, delta coding, Elias gamma, continued fractions, gcds, "
      "reciprocals, midpoints, Egyptian fractions, Farey, look-and-say, π offsets), check-digit disguises, barcodes, "
      "segment and pixel fonts, keyboards and telephone signalling, tarot, element symbols, constellations, errno, "
      "resistor colours, calendars and clocks, Calkin–Wilf, Collatz, Shamir, IEEE 754, varints, logarithms, "
      "compressors, the AES S-box, CRC chains, chess, dice, cards, DNA, colours, MIDI and music, Hilbert curves, "
      "Hangul, syscall and opcode tables, Manchester, 4B5B, bingo and Messier numbers, unit conversions and physical "
      "laws, matrices and determinants, linear and simultaneous equations, quadratic roots, progressions, magic "
      "grids, graph shortest paths, spanning trees and critical paths, taxicab, hexagon and lattice geometry, areas, "
      "game scoring, Scrabble, Josephus, Hanoi, Wythoff, cellular automata, rolling hashes, Reed–Solomon, "
      "Walsh–Hadamard, elliptic curves, LWE, Prüfer codes, Berggren triples, set partitions, and the encodings both "
      "READMEs used (triangles and the cosine rule, Venn counts, lenses, spires, digit sums, Euler's formula, gears, "
      "organ pipes, knapsacks, parabolas, circles, levers, mark-recapture, rewriting games, number pyramids and walls, "
      "rhythm, trolleys, came take-offs, Borda and instant-runoff counts, banded levies, medians and means, "
      "derivatives, integrals and limits, page-digit counts, interval overlaps, levelling, polygon angles, saddle "
      "points, the triangle inequality, assignments, round-robin schedules, pump heads and sector angles) together "
      "with their set-aside ideas (Pythagorean legs, dead reckoning and bearings, factorial zeros, Frobenius coin "
      "numbers, parallel resistors, seven-segment displays, quadratic sequences, the triangle angle sum, mixing "
      "temperatures, max-flow, Huffman code lengths, the Game of Life, dominoes). `HAND_ENCODING_TOKENS` makes part "
      "of this checkable on names. Also set aside here: a complex-number product (its real part ac − bd reads like a "
      "2×2 determinant), a knitting-row stitch count (a signed chain, next to the earlier levelling and delta ideas), "
      "Whyte locomotive notation (a digit sum), tally marks and a soroban reading (numeral notations), a Vickrey "
      "second-price rule on its own (an order statistic; the proxy-bid rule adds the step and the cap), the fence-post "
      "count (an affine map), snakes and ladders (dice). Close relatives remain and a scorer may count them as the same "
      "idea: the partnership shares, break-even counts, depreciation charges, LPA lines, EOQ plans and rack tallies are "
      "products and quotients of shown numbers next to the earlier lens, gear, lever, fragrance-load and burn-rate "
      "lines; the coin purses are a weighted sum next to the earlier rhythm, Scrabble and darts sums; the majority "
      "lists and the proxy bids are statistics of shown numbers next to the earlier medians and means; the journey "
      "counts and the degree lists are graph puzzles next to the earlier critical paths, shortest routes and spanning "
      "trees; the crate stack, the shelf and the first-fit crates are small simulations next to the earlier "
      "round-robin schedule, and their pushed-and-lifted crates, earlier requests and earlier crates are noise the "
      "rule discards (a scorer may file them with chaff); the nine-of-ten triplets carry the decimal digits of the "
      "code by absence (next to the earlier digit puzzles); the mixed numbers are w·d + n; the best-stretch lists, "
      "the rainwater rows, the mismatch counts, the pigeonhole questions and the painted blocks have no close "
      "relative in either README.\n")

    # ---------------------------------------------------------- negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    cnt = {}
    for r in NG:
        cnt[r["class"]] = cnt.get(r["class"], 0) + 1
    for cname, desc, bases in N.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cname, cnt.get(cname, 0), ", ".join(_bt(b) for b, _ in bases), desc))
    a("\nEach base kind appears plain and wrapped %s (container `<base kind><wrapper>`); the wrappers add Discourse, "
      "Basecamp, Freshdesk, BookStack and fax context whose words say the content is public, reference or dummy "
      "data, without adding a value.\n" % ", ".join(_bt(w) for w, _ in N.WRAPPERS if w))

    # -------------------------------------------------------------- checks
    a("## Checks run by build.py\n")
    a("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief262/` exists it is re-extracted and must be "
      "identical (%s). Every everyday kind, vendor style, positional where label, prose format, evasion wording, "
      "negative base kind and wrapper, and every container, span type, encoding and class actually used in the "
      "records, is compared lower-cased, as a whole and by every `__` part, against the names; every positional "
      "syntax (from each record's type with `cbpw_` stripped) against the earlier syntaxes and all names and, token by "
      "token, against the hand list of earlier tools; every encoding, token by token, against the hand list of "
      "earlier encoding ideas; every prose language code (and spare) against the codes, all names and the hand list, "
      "its name and name words against the language names and the hand list." % info["deny_note"])
    a("- Ids `p262-s-NNNN`, `p262-e-NNNN`, `p262-n-NNNN`, consecutive; exact record and span field sets (in "
      "order); exactly one span per positive and evasion; `text[start:end] == value`; span type = record type; the "
      "value occurs exactly once in its text and has no outer whitespace; evasion spans carry `plain` and an "
      "`encoding` equal to the record's; no placement marker left in any text; sources as specified.")
    a("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 110–130 distinct types with "
      "containers `<type>__<style>` of a known style, positional 100–120 distinct syntaxes, prose 40 in 40 "
      "languages, positives 440–470, evasions 66 = 22 encodings × 3 types × 3 wordings, negatives ≥ 200 in ≥ 20 "
      "classes with ≥ 10 each, no repeated negative text, span types of the sources pairwise disjoint and disjoint "
      "from the evasion types.")
    a("- Shapes: everyday values by type (password regex, MurmurHash3 tail, one-at-a-time tail, 3-7-1 check, ES512 "
      "frame, header, claims and signature verified against the P-521 public key, Django alphabet and length, Fernet "
      "byte count); vendor values against the regular expression built from the same spec that generated them plus "
      "frame validators (HS256 and RS256 JWT frames and claims, the RS256 signature, the Grafana Cloud Base64 JSON, "
      "the Mapbox `sk.` JSON); owner-chosen vendor passwords by the password regex; positional and prose values in "
      "the strict password form; no `pass` / `pwd` / `secret` / `pw` in positional texts; prose values set off by "
      "whitespace; evasion plains by type; evasion layout (rule text present before the run, `:` newline, run "
      "line, one remark line).")
    a("- Container syntax: the JSON everyday kinds (ERPNext, .NET user secrets, VS Code, Insomnia, Jupyter, Google "
      "Chat, Google Keep), the XML kinds (Android strings, launchd plist, Tomcat context, JetBrains run "
      "configuration, shared strings, SMS backup) and the JSON, TOML and CSV vendor styles (Homebridge, "
      "devcontainer, the SecretString inside the Secrets Manager output, mise, Dashlane, Firefox and Chrome "
      "exports with their column counts) parse with `json`, `xml.etree`, `tomllib` or `csv` with the value in "
      "place; every vendor neighbour occurs exactly once in its text.")
    a("- Every evasion run decodes with `dec262.decode` to its `plain`, and the run never contains its plain.")
    a("- No value is reused; none appears in any other record or in any negative; no evasion plain appears in any "
      "text; no negative contains a password form or a JWT-shaped string; in positive texts the only password-form "
      "string is the labelled value, and evasion texts contain none; every UUID-shaped substring of every text is "
      "version 4; every JWT-shaped substring of every text is a valid JWT (ES512 ones verified); the identifier "
      "negatives carry valid ISO 6346, IMO, air-waybill, LEI, ISIN, VAT and Bech32 checks; the fixtures carry "
      "invalid MurmurHash3, one-at-a-time and 3-7-1 checks, the public labels valid ones; this corpus's own layouts "
      "appear in no other negative class.")
    a("- Determinism: everything is generated twice in one process (both signing keys included); the three JSONL "
      "files and this README must be byte-identical, and the JSONL bytes must parse back to the same records.")
    caught = sum(1 for m in info["mutations"] if m[2])
    a("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: "
      "%d/%d): %s. Clean run errors: %d.\n" %
      (len(info["mutations"]), caught, len(info["mutations"]),
       ", ".join("`%s_%s` (%s)" % (n, l, "caught" if c else "MISSED") for n, l, c in info["mutations"]),
       info["clean_errors"]))

    # ------------------------------------------------------------ guessed
    a("## Shapes you had to guess\n")
    for src, title in (("read", "*Read this session* in the public gitleaks default rule file or the Kingfisher rule "
                                "files; nothing copied; every value generated; where a rule gives only a prefix, a "
                                "case-insensitive class or a length range, the exact length and case are mine"),
                       ("believed", "*Believed* from memory of public rule sets and vendor documentation, not "
                                    "re-checked this session"),
                       ("guessed", "*Guessed* (length and alphabet only; the builder knows no published format, so "
                                   "these are recognisable from the key name only)")):
        items = [s for s in V.SPECS if s[3] == src]
        a("%s (%d): %s.\n" % (title, len(items), "; ".join(
            "%s (%s%s)" % (_bt(s[0]), V.shape_words(s[2]), "; " + s[4] if s[4] else "") for s in items)))
    own = [s[0] for s in V.SPECS if s[3] == "owner"]
    a("*Owner-chosen passwords* (a portal or device login the owner picked) (%d): %s.\n" %
      (len(own), ", ".join(_bt(x) for x in own)))
    a("Also invented or partly guessed: the everyday layouts `ctk_` (MurmurHash3), `brt.` (one-at-a-time) and `RSP-` "
      "(3-7-1) and the evasion prefixes `HPS` and `crx_` are invented; the ES512 JWT, the Django `SECRET_KEY` and the "
      "Airflow Fernet key are real formats used for invented purposes. The shift hand-over pipe file and the "
      "gate-badge JSON lines are invented file formats of this world. Syntaxes written from memory and not re-checked "
      "against manuals (all positional syntaxes are from memory; least sure): `winrs -p:`, `hdbuserstore SET` "
      "argument order, `vsql -w`, `exaplus -p`, `vmrun -gu/-gp`, `nextcloudcmd -u/-p`, `ttyd -c`, `chisel --auth`, "
      "`testsaslauthd -p`, `webrepl_cli.py -p`, `swaks -au/-ap`, `realm join` reading stdin, `veracrypt --stdin`, "
      "`gocryptfs` reading stdin, `pamtester` reading stdin; the argument orders of `UsmUserData`, "
      "`Net::SMTP.start` (fifth), `mssql_connect`, `openssl_pkcs12_read` (third), SMBJ `AuthenticationContext`, "
      "Slick `Database.forURL`, `gomail.NewDialer`, lettre `Credentials::new`, `PQsetdbLogin` (seventh), "
      "`sqlite3_key`, the ESP `WebServer.authenticate`; the Ranorex, TestComplete, UFT, Squish, UiPath, EarlGrey, "
      "Patrol, idb, SikuliX and AutoHotkey v2 forms; the 3proxy `users name:CL:value`, strongSwan "
      "`EAP` secrets line, proxychains `[ProxyList]` field order, Hurl `[BasicAuth]`, espanso and monit `allow` "
      "forms; `ATTACH … KEY`, OrientDB `CONNECT`, Informix `CONNECT … USING`, `sp_change_users_login` (fourth), "
      "`UTL_HTTP.SET_AUTHENTICATION`, cqlsh `LOGIN`, ClickHouse `remote()` (fifth); the FreeSWITCH event-socket "
      "`auth` line, the Tor control `AUTHENTICATE` string, the PostgreSQL `p` message layout and length, the ZMTP "
      "PLAIN `HELLO` byte layout, TeamSpeak ServerQuery `login`, the Source RCON `SERVERDATA_AUTH` packet sizes. "
      "Negatives: argon2id, pbkdf2_sha256, sha256-crypt, SOPS and SealedSecret bodies are random in frame; the Stripe "
      "`pk_live_`, Turnstile site-key, Square application-id and Mapbox `pk.` lengths are approximate; EMCS ARCs, "
      "excise numbers, warehouse approval, WOWGR and TTB importer references follow the look of real ones without "
      "a check (their check rules, where they exist, were not modelled).\n")

    # -------------------------------------------------------- judgement
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (stave jointer HMI, toasting-fire controller, leak-test rig, yard "
      "tablets, broker portal admin, regauge-office NAS) and six generated secrets (`ctk_` MurmurHash3 key, `RSP-` "
      "3-7-1 pairing code, `brt.` one-at-a-time token, ES512 JWT, Django `SECRET_KEY`, Airflow Fernet key). "
      "MurmurHash3 and one-at-a-time are non-cryptographic hashes used as checksums, which a scorer may file with "
      "the earlier FNV-1a and xxHash32 tails; the 3-7-1 weights are a weighted mod-10 check next to the earlier "
      "Luhn / Damm / Verhoeff digits. Key names in everyday files say password / key / token / code / jwt – that is "
      "how such files look; the key-name-free cases are in the positional source. The `RSP-` code is all digits and "
      "the Django key contains shell and template characters (`$ % & # ( )`), so many kinds had to redraw it; the "
      "Fernet key has exactly the alphabet and length of many URL-safe Base64 strings (deliberate traps, with public "
      "twins in the negatives: stencils and bundle tags sharing the algorithms, a 31-byte Fernet fixture).")
    a("- Vendor: most trade services (Liv-ex API, Wine-Searcher, Ekos, InnoVint, vintrace, Commerce7, Disruptive "
      "Technologies, UbiBot, Sendcloud, ShipStation, Royal Mail Click & Drop, DHL Express, FreeAgent, Bookeo, EMQX, "
      "balena, Node-RED) publish no token format the builder knows, so their types are recognisable only from the "
      "key name (part of the test). Thirteen vendor types carry owner-chosen passwords (HMRC Government Gateway, TTB "
      "Permits Online, Whisky Auctioneer, Liv-ex, CellarTracker, Caskshare, SensorPush, Forestry England, ONF, Avery "
      "Weigh-Tronix, Zebra, SWA, WSTA). Same-shape traps: the reCAPTCHA secret next to its site key (same shape, "
      "the site key unlabelled and public), the Turnstile secret against Turnstile site keys in the negatives, the "
      "Mapbox `sk.` secret against the public `pk.` tokens, UUIDv4 secrets (Liv-ex, Royal Mail, DocuSign, Wise, "
      "Codecov, Scaleway, Opsgenie, the HubSpot `pat-eu1-` tail) against UUIDv4 request ids and the UUIDv4 "
      "neighbours of Liv-ex and DocuSign, hex secrets (Ekos, vintrace, mailjet, SparkPost, Datadog, R2, Namecheap) "
      "against the digests, the Kubernetes RS256 and Supabase / monday HS256 JWTs against the public JWKS. Ids next "
      "to a secret stay unlabelled as the public half of a pair – arguable for the AWS `ASIA` key id, the Entra and "
      "Google client ids, the PayPal client id, the WooCommerce consumer key, the Backblaze key id and the Algolia "
      "application id (a scorer may count some of these as sensitive). The AWS session token is shown with its key "
      "id but without the secret access key (a real `export-credentials` output would hold all three). Several "
      "vendors recur from the earlier READMEs with a different token kind (GitHub `ghu_` / `ghr_`, GitLab `glft-` / "
      "`gloas-`, Slack configuration tokens, OpenAI admin keys, Hugging Face organisation tokens, Shopify `shppa_`, "
      "Grafana, Doppler personal tokens, Datadog application keys, Tailscale OAuth client secrets, Stripe webhook "
      "secrets); the type names differ and are checked against the deny-list.")
    a("- Passwords: labelled when the value logs in or connects (MySQL, RDP, WinRM, ODBC, FreeTDS, RabbitMQ, "
      "Vertica, Exasol, Oracle Data Pump, Cloud Foundry, VMware guests, MinIO, Nextcloud, a training site, ttyd, "
      "chisel, ZooKeeper, CVS, SASL, IMAP, SMTP from six libraries and swaks, LDAP, SMB through SMBJ and impacket, SSH.NET, the "
      "databases in Slick, libpq, Sequelize, ADO and ClickHouse, a basic-auth header in three libraries, SNMPv3, "
      "TeamSpeak, Tor, FreeSWITCH, PostgreSQL and ZeroMQ wire captures, Source RCON), creates an account "
      "(`create_user`, `sp_change_users_login`, bcrypt and PBKDF2 hashing of a new login), unlocks or decrypts (a "
      "keychain, an `openssl enc` archive, a Bitwarden vault, LUKS, ZFS, VeraCrypt and gocryptfs volumes, a PDF, "
      "PKCS#12 and PFX stores, a Java key store, SQLCipher databases, a protected worksheet, an `AES_DECRYPT` key) or "
      "is typed by automation (AppleScript, AutoHotkey, SikuliX, Python `keyboard`, Nightwatch, Ranorex, TestComplete, "
      "UFT, Squish, UiPath, tmux, GNU screen, idb, EarlGrey, Patrol, Protractor, CodeceptJS, a CircuitPython HID "
      "keyboard) or sits in a file by position (proxychains, 3proxy, strongSwan, Hurl, espanso, an OpenVPN credentials "
      "file, an AutoHotkey hotstring, monit, two invented files). Weakest kept cases, with a hint nearby: `ssh-keygen "
      "-N` (the new protection phrase of a deploy key), `pbkdf2_hmac` and `hashpw` (the value is being hashed for "
      "storage), `AES_DECRYPT` (a column key that is a person's chosen word), `UsmUserData` (an SNMPv3 auth phrase), "
      "espanso and the AutoHotkey hotstring (the value is a text-expander snippet), `security unlock-keychain` (a "
      "keychain, not an account), the Source RCON body (a game-server console login on the developers' build box). Closest relatives of earlier syntaxes, kept because the tool, library "
      "or mechanism differs: the `-u`/`-p` pairs of new tools (rabbitmqadmin, exaplus, cf, nextcloudcmd, yt-dlp, "
      "testsaslauthd) next to the earlier pairs; colon pairs (ttyd, chisel, ZooKeeper `digest`, Jenkins `-auth`, monit) "
      "next to the earlier curl, etcdctl and Jetty pairs; the CVS `:pserver:` root and impacket's "
      "`DOMAIN/user:value@host` next to the earlier URL userinfo; the SMTP logins next to the earlier FTP and Jakarta "
      "Mail logins; the CircuitPython HID keyboard next to the earlier Arduino HID keyboard and Rubber Ducky script; "
      "Protractor and Nightwatch next to the earlier Selenium and WebdriverIO calls; `sudo -S` and the other stdin "
      "pipes next to the earlier udisksctl, cryfs and telnet pipes; the two SQLCipher forms next to each other. Left "
      "out: every tool, flag, keyword or file whose name says pass / pwd / secret (including KeePassXC, `sshpass`, "
      "`htpasswd`, `chpasswd`, `wpa_passphrase`, `--password-stdin`, `-passin`, Cisco and Asterisk `secret`, "
      "`pdftk input_pw`, the Wi-Fi profile's `passPhrase` key type), Samba's tools, archive flags, `mosquitto -P`, "
      "`influx`, IRC forms after the earlier `OPER` (NickServ, `WEBIRC`), the Redis and Mongo shells, the clipboard "
      "pipes (`xclip`, `clip`) next to the earlier `pbcopy` / `wl-copy`, `radtest` (its fifth argument is a shared "
      "RADIUS key, a second credential in the text).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair "
      "for Hungarian, Russian, Indonesian, Galician, Western Frisian, Luxembourgish, Icelandic, Greek, Hindi, Korean; "
      "modest for Estonian, Lithuanian, Irish, Scottish Gaelic, Basque, Hebrew, Marathi, Gujarati, Swahili, Javanese, "
      "Cebuano, Haitian Creole, Maori, Northern Uzbek, Tajik, Halh Mongolian, Zulu, Xhosa; low for Faroese, Breton, "
      "Tamil, Kannada, Malayalam, Sinhala, Khmer, Lao, Burmese, Yoruba, Hausa, Kinyarwanda (word choice, loans, "
      "diacritics and word order unchecked). Loan words (password, iphasiwedi, parol, Passwuert, laptop forms) are kept as people use "
      "them. `khk` is Halh Mongolian (not the `mon` macrolanguage), `uzn` Northern Uzbek, `swh` Swahili (the "
      "individual language), `fry` Western Frisian. The Kannada and Malayalam sentences contain zero-width non-joiners "
      "inside loan words, as typing produces; none is next to the value.")
    a("- Evasions: every run is a puzzle a patient human can solve with the stated rule and pencil (the EOQ square "
      "roots and some break-even divisions are easier with a calculator); the rules are long because they must be "
      "self-contained. The runs look like canteen puzzles, quiz sheets and homework, and genuine twins sit in the "
      "negatives (`genuine_cooperage_workings`: FIFO issues, depreciation, rack tallies, LPA lines and crate loads), "
      "so a detector that flags the look is flagging the look, not the content. The mismatch and degree runs are "
      "long (a few thousand characters for the 26-character API token).")
    a("- Negatives: ISO 6346, IMO, air-waybill, LEI, ISIN and VAT numbers carry real check digits; digests are "
      "one-way; pbkdf2_sha256, argon2id and sha256-crypt strings are one-way hashes (one set in a column called "
      "`password`, a trap); the JWKS is the real public half of this corpus's ES512 signing key with other real P-521 "
      "public points; age recipients and minisign keys are public keys; `pk_live_`, Turnstile site keys, Mapbox `pk.` "
      "tokens and Square application ids are public by design; the `.env.sample` and role defaults use this corpus's "
      "key names with empty / changeme / TODO / pointer values (a trap for key-name-only detectors); masked previews "
      "keep four random characters; `vault:`, `op://`, ARNs, Secret Manager names, `${{ secrets.* }}` and "
      "ExternalSecret refs are pointers; SOPS and SealedSecret values are ciphertexts whose key is elsewhere. The most "
      "arguable classes are `own_shapes_failing_checks` (this corpus's own `ctk_` / `RSP-` / `brt.` / Fernet shapes "
      "with a deliberately broken check, inside tests and a reject log – no such key can be in use, but a shape-only "
      "detector will flag them) and `public_labels_sharing_checks` (public stencils and bundle tags that share the "
      "positives' algorithms under other prefixes). Random fillers are generated, so an entropy-only detector will hit "
      "some negatives – that is the point.")
    a("- Containers: the iCalendar `DESCRIPTION` line is left unfolded (RFC 5545 asks for folding at 75 octets, "
      "which would split a long value; many exporters fold, some do not); the `.emlx` byte count is computed over the "
      "message with the value in place; the WebVTT captions carry a value read out from the meeting chat, and the "
      "Google Chat, Keep, SMS and Jira records carry values a person pasted, long JWTs included. Some kinds are "
      "relatives of earlier ones and a scorer may count them as the same place: the Python REPL history and the "
      "`ps eww` and `kubectl describe` captures next to the earlier shell histories and `docker inspect`; "
      "Google Chat and the iMessage export next to the earlier Slack, WhatsApp and Telegram exports; the Apple Mail "
      "message and the `format-patch` e-mail next to the earlier Thunderbird `.eml` and mbox; Google Keep next to the "
      "earlier Notion and notes exports; the Dashlane, Firefox and Chrome exports and `op item get` next to the "
      "earlier KeePassXC, LastPass, Bitwarden and 1PUX exports; the Doppler, gcloud, Secrets Manager, Railway, Consul "
      "and `ansible-vault view` captures next to the earlier `vault kv get`, `infisical export`, `heroku config` and "
      "`aws ssm` captures.\n")

    # ----------------------------------------------------------- sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief262/` (p257 and p258), for format and coverage only. The detector was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no "
      "other `/tmp` directory except `/tmp/scratch262/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public "
      "gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, commit "
      "`b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b`) and the public Kingfisher rule files (`mongodb/kingfisher`, "
      "`data/rules/*.yml`, commit `ee7c0db3ef87575768f817820c24736249ffcdef`), each brought in with the search "
      "tool's `fetch` and extracted into `/tmp/scratch262/`, for the vendor types marked *read* above; two "
      "`find_string` look-ups that confirmed the MurmurHash3 x86_32 and Jenkins one-at-a-time test vectors in public "
      "test files. CredSweeper, Betterleaks and vendor documentation were not opened. The remaining shapes, every "
      "positional syntax, every prose sentence and every encoding come from the builder's memory and are marked as "
      "believed or guessed where it matters. Published test vectors used in asserts: the MurmurHash3 and "
      "one-at-a-time vectors listed above, the ABA routing numbers 011000015 and 021000021, the NIST P-521 curve "
      "constants (checked intrinsically), ISO 6346 CSQU 305438 3, IMO 9074729, the air-waybill serial 1234567 5, ISIN "
      "US0378331005, UK VAT 980 7806 84 and the Bech32 string `a12uel5l`.")
    a("- Python's standard library (`hashlib`, `hmac`, `base64`, `json`, `re`, `math`, `fractions`, `itertools`, "
      "`collections`, `csv`, `tomllib`, `xml.etree`) computes digests, HMACs and encodings and parses the containers; "
      "MurmurHash3, one-at-a-time, the 3-7-1 check, P-521 ECDSA signing and verification, Miller–Rabin RSA key "
      "generation and RS256, ISO 6346, IMO, air-waybill, LEI, ISIN, VAT, Bech32, SGTIN-96, ULID and KSUID, every "
      "encoder and every decoder are written by hand.\n")
    return "\n".join(out)
