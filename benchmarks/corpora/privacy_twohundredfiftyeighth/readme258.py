"""Renders README.md from the generated data and the module tables."""
import checks258 as K
import common258 as C
import enc258
import everyday258 as E
import evasions258 as EV
import negatives258 as N
import positional258 as P
import prose258 as PR
import vendor258 as V


def _bt(xs):
    return ", ".join(f"`{x}`" for x in xs)


MESSY = ["depot_whiteboard_photo_ocr", "office_voicemail_transcript_email", "crew_whatsapp_chat_export_txt",
         "office_telegram_desktop_export_json", "office_slack_channel_export_json", "office_mbox_mail_archive",
         "office_notion_markdown_export", "borehole_las_well_log_other_section", "rig_logger_crbasic_program",
         "pumping_test_ags4_data_file"]


def _odd_places(pairs):
    out = []
    for t, label in (("field_app_ps256_jwt", "a PS256 JWT"), ("spares_shop_rails_secret_key_base", "a Rails key"),
                     ("booking_laravel_app_key", "a Laravel key")):
        for k in MESSY:
            if t in pairs[k]:
                out.append(f"{label} in the {E.KINDS[k][2]}")
                break
    return ", ".join(out)


def render(data, meta, info):
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    by = {k: [r for r in sec if r["source"] == k] for k in ("everyday", "vendor", "password", "prose")}
    n_types = len({r["type"] for r in sec})
    n_kinds = len({r["container"] for r in sec})
    muts = info["mutations"]
    deny = info["deny"]
    L = []
    a = L.append

    a("# privacy_twohundredfiftyeighth (p258) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**well-drilling, borehole and water-pump installers** and the developers and staff who build and run their software. "
      "The world: *Deepcut Drilling Ltd* (`deepcut-drilling.example`: water-well and borehole drilling rigs with CRBasic data "
      "loggers and tablets, a depot with a yard office, LAS well logs and BGS borehole records, Oracle / SAP HANA job systems, "
      "a fleet on Geotab and Samsara), *Halloway & Reeve Pump Services* (`hallowayreeve.example`: submersible borehole pumps, "
      "variable-frequency drives, UV / softener treatment skids, pump-house routers and GSM relays, ESPHome and MicroPython "
      "controllers, a Laravel booking back office, a Rails spares shop, Odoo stock, a Joomla site, supplier portals of "
      "Grundfos, Franklin Electric, DAB, Wolseley and the labs), *Brackwater Hydrogeology* (`brackwater-hydro.example`: "
      "pumping tests, level loggers and level senders, QGIS, AGS4 files, HydroVu, HOBOlink and Diver-Hub) and their software "
      "studio *Casing & Collar Software* (`casingcollar.example`: the field app, the pump portal, the rig-telemetry hub, CI, "
      "Nomad, Vault, Kubernetes). People: " + ", ".join(f"{f} {l}" for f, l in C.PEOPLE) + ". Private hosts sit in "
      "10.58.0.0/16. Secrets sit where this trade puts them: device files (a CRBasic program, an OpenWrt UCI file, CircuitPython "
      "`settings.toml`, ESPHome YAML, Node-RED `settings.js`, MicroPython `config.py`, a QGIS project, an LAS well log, an AGS4 "
      "file), back offices (Laravel, Rails credentials, Odoo, Joomla, Quarkus, ASP.NET, Phoenix), ops (Nomad, systemd drop-ins, "
      "Hiera, Chef data bags, Task Scheduler, PowerShell profiles, Azure Pipelines, Jenkinsfiles, `docker inspect`, fish history, "
      ".viminfo, asciinema casts, RFC 5424 syslog, Windows event XML, Bruno, HAR) and the messy places values get pasted "
      "(WhatsApp and Telegram exports, Slack exports, an mbox, Confluence, a LibreOffice sheet, a Word document, a Notion "
      "export, a voicemail transcription, a photo of the depot whiteboard); the trade's own services next to the commerce, "
      "messaging, AI, developer and ops services such developers use; and negatives from the same world (IBANs, IMEIs and "
      "ICCIDs, BGS and licence references, pump nameplates, lab results, pumping-test logs, digests, password hashes, public "
      "keys, publishable keys, placeholders, masked values, secret pointers, ciphertexts, documentation, policy prose, "
      "failed-check twins of this corpus's own shapes, request ids, genuine worksheets and field sheets, device ids).\n")
    a("Everything is produced by `build.py` and its modules (`common258.py`, `everyday258.py`, `vendor258.py`, "
      "`positional258.py`, `prose258.py`, `enc258.py`, `dec258.py`, `evasions258.py`, `negatives258.py`, `checks258.py`, "
      "`readme258.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds ("
      + ", ".join(f"{v} {k}" for k, v in C.SEEDS.items()) + "), no clock, no network, no bytecode written. "
      "`python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL files and "
      f"of this README, parses the JSONL back, runs every check and {len(muts)} mutation tests and only then writes the files "
      "(on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list "
      "from `/tmp/brief258/`.\n")

    a("## Independence\n")
    a("The builder never saw the detector, its code, its rules or its outputs, and ran no detector or scanner on the data. "
      "Exactly what was opened:\n")
    a("- Under `/work/main`: only this output directory (`benchmarks/corpora/privacy_twohundredfiftyeighth/`), created with "
      "`mkdir -p` in the same command that created the scratch directory, and listed with `ls -la` right then (empty: its own "
      "`.` and `..` lines only) and once after the final build. Its own files were created and edited (the file tool, `sed -i`, "
      "small Python rewrite scripts), grepped, imported and run (`python3 -B` trials, `python3 build.py "
      "/tmp/scratch258/trial`, `python3 build.py --freeze`, `python3 build.py`). Its parent was never listed, opened or "
      "searched, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there.\n")
    a("- Project material: only the two READMEs in `/tmp/brief258/` (`README_twohundredfiftyfifth.md`, p255, perfumers / soap "
      "makers / candle workshops; `README_twohundredfiftysixth.md`, p256, bell foundries / ringing guilds / turret clocks). "
      "The directory was listed once with `ls -la`, the files sized with `wc -c`, read with `cat`, `head -c`, `sed -n` line "
      "ranges, `awk` line lengths and `cut`, and searched with `grep -oi` (counts of candidate words such as median, Venn, "
      "Euler, xxhash, siphash, Laravel, WhatsApp, fish), `grep -ohE` (capitalised words ending like language names) and "
      "`grep -ohiE` (context of a few words); they were parsed by `common258.extract_denylist` and a one-off check of "
      "candidate language codes against the frozen list. They were used only to learn the file format and what is already "
      "covered.\n")
    a("- `/tmp`: no directory other than `/tmp/brief258/` and the scratch directory `/tmp/scratch258/` was looked at. The "
      "scratch directory holds the extracted public gitleaks rule file, an encoder / decoder round-trip script "
      "(300 random plains of length 2–44 per encoding, 0 failures) and trial builds.\n")
    a("- Tooling: the search tool's notes (`/work/.library/search/README.md`, first 40 lines) and `python3 --version`; "
      "that is tooling, not project material.\n")
    a("- Public material, through the search tool: `find_string` for the published test vectors `0x02CC5D05` (xxHash32 of the "
      "empty string) and `a129ca6149be45e5` (SipHash-2-4 of 00..0e under key 00..0f), whose excerpts of public test files "
      "confirmed the vectors used in the asserts; `fetch` of `gitleaks/gitleaks` (the default rule file `config/gitleaks.toml` "
      "via `git show`: all 222 rule ids listed and the regexes of about 110 rules printed by small Python filters) and "
      "`mongodb/kingfisher` (`data/rules/` listed with `git ls-tree`; the pattern lines of 34 rule files printed through "
      "`git show` + `awk` / `grep` filters: thingsboard, twilio, groq, replicate, openweather, pagerdutyapikey, intercom, "
      "azurestorage, circleci, buildkite, pandadoc, elasticemail, onesignal, particle.io, transferwise, rabbitmq, truenas, "
      "uptimerobot, statuscake, datadog, hellosign, zerotier, zapierwebhook, vercel, weightsandbiases, visualcrossing, "
      "storecove, taxjar, zohocrm, shipday, onfleet, loyverse, pushbullet, openai). Read for shape only; no credential value "
      "or example was copied; every value is generated. Betterleaks, CredSweeper and vendor documentation were not opened.\n")
    a(f"The deny-list (`common258.extract_denylist`) holds every backticked name and every snake_case identifier of both "
      f"READMEs, lower-cased, also split at `__` ({len(deny['names'])} names), the earlier positional syntaxes with their "
      f"`<letters>pw_` prefix stripped ({len(deny['syntaxes'])}), the codes of every `` `code` (Name) `` pair "
      f"({len(deny['language_codes'])}; the pattern also catches a few non-language pairs, which only makes the list stricter) "
      f"and the names and name words of those pairs ({len(deny['language_names'])}). It is frozen in `brief_names.json`; when "
      f"`/tmp/brief258/` exists the build re-extracts it and fails if it differs (this build: {info['deny_note']}). Ideas the "
      f"READMEs name only in prose were avoided by hand and three hand lists in `checks258.py` make part of that checkable: "
      f"{len(K.HAND_LANGUAGES)} language names and codes (`HAND_LANGUAGES`: the spare and neighbouring languages named in "
      f"prose – Pashto, Ewe, Tongan, Papiamento, Asturian, Romansh, Serbian, Bosnian, Croatian, the Sorbian languages, "
      f"English), {len(K.HAND_ENCODING_TOKENS)} encoding-idea tokens (`HAND_ENCODING_TOKENS`, every encoding family and "
      f"avoided idea of both READMEs) that no encoding name may contain as a `_` token, and {len(K.HAND_TOOL_TOKENS)} "
      f"tool tokens (`HAND_TOOL_TOKENS`, the tools and libraries of both READMEs' positional syntaxes and set-aside lists) that "
      f"no positional syntax name may contain. The Catalan code `cat` collides with the backticked shell command `cat` of an "
      f"earlier README; the build caught it and Catalan was replaced by Panjabi. Novelty is checked against these two READMEs "
      f"only; older corpora may share a vendor, a syntax, a language or an idea.\n")

    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    a(f"| `secrets.jsonl` | {len(sec)} | {len(sec)} | {n_types} | {n_kinds} | everyday {len(by['everyday'])}, vendor "
      f"{len(by['vendor'])}, positional-password {len(by['password'])}, prose {len(by['prose'])} in {len(by['prose'])} languages |")
    a(f"| `evasions.jsonl` | {len(eva)} | {len(eva)} | {len({r['type'] for r in eva})} | {len({r['container'] for r in eva})} | "
      f"22 encodings × 3 |")
    a(f"| `negatives.jsonl` | {len(neg)} | – | – | {len({r['container'] for r in neg})} | {len(N.CLASSES)} classes |")
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names`, `syntaxes`, `language_codes`, `language_names`) |\n")
    a("Schema: positives `id` (`p258-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with exactly "
      "one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions "
      "(`p258-e-NNNN`): `id`, `type`, `container` (`<encoding>__<wording>`), `encoding`, `text`, `secrets` (one span with "
      "`value`, `start`, `end`, `type`, `plain` – the clean secret – and `encoding`), `source` (`evasion`). Negatives "
      "(`p258-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets with "
      "`text[start:end] == value`; UTF-8 JSON lines written with `ensure_ascii=False`.\n")
    cw = P.counts_by_where()
    a(f"**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor {len(by['vendor'])} "
      f"(one record per type). Positional passwords {len(by['password'])} (one record per syntax; by where the text lives: "
      + ", ".join(f"{k} {v}" for k, v in sorted(cw.items(), key=lambda kv: -kv[1])) +
      f"). Prose 40 in 40 languages (spares written down and unused: " + ", ".join(f"`{c}` ({n})" for c, n in PR.SPARES.items()) +
      f"). Evasions 66 = 22 × 3. Negatives {len(neg)} = {len(N.CLASSES)} classes × 2 base kinds × 5 presentations. "
      f"Positives total {len(sec)} (asked: 440–470). Strings drawn through the registry (values, vendor neighbours, evasion "
      f"plains and runs): {meta['registry_size']}.\n")

    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field, position or "
      "protocol element – never the quotes, the key or the flag (for `user:secret` pairs and URL userinfo only the part after "
      "the colon; for `-uSECRET` only what follows `-u`; for `'SECRET\\r'` not the control sequence; for `P:SECRET;` only the "
      "value). Values pasted where they do not belong (WhatsApp, Telegram and Slack exports, an mbox, Confluence, a sheet, a "
      "Word document, Notion, a voicemail transcription, a whiteboard photo, an LAS `~Other` section, shell and editor "
      "histories, a HAR capture, syslog and event logs) are labelled. The Make and Zapier webhook URLs are labelled whole, "
      "because the URL is the secret.\n")
    a(f"- Owner-chosen passwords are a word of this trade ({len(C.WORLD_WORDS)} words, letters only: "
      + ", ".join(C.WORLD_WORDS[:28]) + " …; none is used in a host or file name of the corpus), capitalised with probability "
      "0.5 (0.35 for positional and prose values, 0.4 for the evasion password), + a joiner + a tail people use (2–3 "
      "capitals and 2 digits, 3–4 digits, or a digit and 2–3 lower-case letters). Everyday and vendor passwords may use the "
      "joiners `- _ . * ~ @`; positional, prose and evasion passwords use only `- _ .`. The build checks "
      f"`{C.PW_RE.pattern}` for the six everyday password types and the 12 owner-chosen vendor passwords and the strict "
      f"`{C.PW_STRICT_RE.pattern}` for every positional value, prose value and evasion password. Values are never escaped: "
      "each container declares the characters it could not hold literally (quotes, `$` where variables expand, `%` in systemd "
      "and Odoo, `#` in Elixir strings, `{}` in Bruno, `&<>\"'` in XML, `,` in CSV, `]` in syslog structured data, spaces "
      "where the value is bare) and a value is redrawn without them.\n")
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no "
      "negative; no evasion plain appears in any text. Values, vendor neighbours, evasion plains and runs are drawn through "
      "one registry that refuses repeats, any string in a substring relation (6+ characters) with an earlier one, any "
      "non-v4 UUID and any invalid JWT. A negative is redrawn if it contains a labelled value, run or plain, a trade word + "
      "joiner + tail (the password form, with alphanumeric boundaries, case-insensitive), any JWT-shaped string or `eyJ`, a "
      "non-v4 UUID, or repeats an earlier negative.\n")
    a("- Structured values are valid and checked: `rtk_` keys end in the real xxHash32 (seed 0) of their 32-character body "
      "(asserted on the published vectors `\"\"` → 02CC5D05, `a` → 550D7456, `abc` → 32D153FF, `Nobody inspects the spammish "
      "repetition` → E2293B2F); `ppt.` tokens end in the real SipHash-2-4 of their body under the published key 00 01 .. 0f "
      "(asserted on the paper's vector: 15 bytes 00..0e → a129ca6149be45e5, and the empty message → 726fdb47dd0e0e31); "
      "`BSL-` licence keys end in the real ISBN-10 weighted mod-11 check character (asserted on 0-306-40615 → 2); the field-app "
      "tokens are real PS256 JWTs (RSASSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt, under a 2048-bit RSA key "
      "generated in `common258` with Miller–Rabin from a fixed seed and discarded; every token is verified against the public "
      "key, whose modulus also appears, public, in a JWKS negative); Laravel `APP_KEY`s decode to exactly 32 bytes; Rails "
      "`secret_key_base` values are 128 lower-case hex. These check algorithms (xxHash32, SipHash-2-4, ISBN-10 mod 11, "
      "RSASSA-PSS) differ from those of both READMEs (CRC-24/OpenPGP, CRC-8/MAXIM, ISO 6346, HS512, Damm, FNV-1a, RFC 1071, "
      "RSA PKCS#1 v1.5, and the Fletcher, CRC-16, ISO 7064, Luhn mod 36, Adler, Verhoeff, CRC-32, Bech32, Ed25519, Base58Check, "
      "ES256 and HS384 they name as earlier ones). Every UUID-shaped substring of every text is version 4 and every "
      "JWT-shaped substring has base64url JSON header and payload, a known `alg` and a signature length that fits it (HS256 "
      "32, HS512 64, PS256 256 bytes; checked); negatives contain no JWT-shaped string. Negatives: GB IBANs carry a real "
      "ISO 7064 mod-97 check (asserted on GB82 WEST 1234 5698 7654 32), IMEIs and ICCIDs a real Luhn digit (asserted on "
      "79927398713); digests are real digests of random bytes; bcrypt, scrypt, Ansible Vault and Rails credential bodies are "
      "random in frame.\n")
    a("- Public neighbours are unlabelled: user names, hosts, key names, and the public half written next to a vendor secret ("
      + "; ".join(f"{s[0]}: {s[4]}" for s in V.SPECS if s[4]) + "), and the user half of a user / password pair.\n")
    a("- Key names are the type's key words in the container's own case style: upper, snake, camel, pascal, kebab, dot, flat "
      "(Joomla's lower-case joined properties), header (`X-…` in a HAR capture and HTTPie sessions), colons (`casingcollar::…` "
      "in Hiera), spaced (chats, mail, notes, transcripts) and title (the whiteboard OCR, the LibreOffice sheet, LastPass and "
      "1Password titles). Vendor key names are the full type name in the style's case; the LastPass export puts the title in "
      "`name`, the neighbour (or `api`) in `username` and the secret in `password`; the 1PUX item keeps its `designation` "
      "fields.\n")

    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join(f"`{t}` ({v[2]})" for t, v in E.TYPES.items()) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join(f"`{k}` ({v[1]}; {v[2]})" for k, v in E.KINDS.items()) +
      ". Pairing (seed 25811): a random deal with repair – the 180 slots (each type 15 times) are shuffled and dealt four to "
      "a kind, then every duplicate type inside a kind is swapped with a slot of another kind found by a seeded search – so "
      "every kind holds four different types and every type sits in exactly 15 records (checked); secrets therefore also land "
      "in implausible places (" + _odd_places(meta["pairs"]) + ").\n")
    a(f"Vendor ({len(V.SPECS)} types, container `<type>__<style>`; shape – where it comes from: *read this session* in the "
      "public gitleaks or Kingfisher rule files, *believed* from memory, *guessed* where the builder knows no published shape "
      "(recognisable only from the key name), *owner-chosen* for portal and device passwords – then the neighbour and the "
      "style):\n")
    for g, title in V.GROUP_TITLES.items():
        items = [s for s in V.SPECS if s[1] == g]
        a(f"*{title}* ({len(items)}): " + "; ".join(
            f"`{s[0]}` ({s[2].desc()} – {s[3]}{' (' + s[7] + ')' if s[7] else ''}"
            + (f" – next to it: {s[4]}" if s[4] else "") + f" – in `{s[6]}`)" for s in items) + ".\n")
    style_counts = {}
    for s in V.SPECS:
        style_counts[s[6]] = style_counts.get(s[6], 0) + 1
    a(f"Vendor styles ({len(V.STYLES)}, chosen per type for where that key lives): " + "; ".join(
        f"`{k}` ({v[0]}, {v[1]}, {style_counts.get(k, 0)})" for k, v in V.STYLES.items()) + ".\n")
    a(f"Positional passwords ({len(P.SYNTAXES)} syntaxes, span type `{P.PFX}<syntax>`, container `<syntax>__<where>` with "
      "where = " + ", ".join(f"{k} `{v}`" for k, v in P.WHERE.items()) + "): " + "; ".join(
        f"`{P.PFX}{n}` ({w}, {f})" for n, w, _t, f in P.SYNTAXES) +
      ". None of them is among the syntaxes or names of either README (compared after removing the `dwpw_` prefix; checked) "
      "and no syntax name contains a hand-listed earlier tool token (checked). No positional text contains `pass`, `pwd`, "
      "`secret` or a `pw` token in any case (checked), so tools, flags, keywords and file names that say it (`--password`, "
      "`-pw`, `passwd`, `passphrase`, `PASSWORD` in SQL, `.pgpass`, `sasl_passwd`, `needs_pass`, `username_pw_set`, "
      "`setPassword`, Cisco `secret`) were not used; field ids in UI scripts are the neutral `f1` / `f2`, and the dial-up chat "
      "script matches the prompt on `ssword:` as such scripts do.\n")
    a(f"Prose: someone tells a colleague the password of the depot's stores PC and asks them to keep it to themselves; span "
      f"type `{PR.TYPE}`; container `<format>__<iso639-3>`; formats " + _bt(PR.FORMATS) + " (cyclic). Languages (40): "
      + ", ".join(f"`{c}` ({v[0]})" for c, v in PR.LANGS.items()) + ". Spares written down and unused: "
      + ", ".join(f"`{c}` ({n})" for c, n in PR.SPARES.items()) +
      ". None of them or the spares is among the languages or names of either README or on the hand list (checked: code "
      "against the codes, all deny-listed names and the hand list; name and every name word against the language names and "
      "the hand list). Scripts: " + ", ".join(sorted({s.strip() for v in PR.LANGS.values() for s in v[1].split(",")})) +
      ". Arabic, Persian and Urdu are right-to-left with the Latin value embedded; Persian, Urdu, Panjabi and Amharic put a "
      "copula after the value, Japanese a copula (です) after a space, Chinese and Thai, which write without spaces, set the "
      "value off with spaces by hand; Ukrainian and Kazakh introduce it after a colon; every value is set off by whitespace "
      "on both sides (checked).\n")

    a("## Evasion encodings\n")
    a("; ".join(f"`{k}` = \"{v}\"" for k, v in enc258.RULES.items()) + ".\n")
    a("Families: order statistics (`median_of_five_readings`; own relative `missing_value_for_stated_mean`, a mean "
      "inverted); inclusion–exclusion (`venn_two_set_union_counts`); differential calculus (`polynomial_slope_at_point`; own "
      "relatives `polynomial_definite_integrals` and `removable_discontinuity_limits`); decimal digits (`decimal_digit_sum_numbers`; "
      "own relative `booklet_page_number_digit_counts`, a digit count); additive triangles (`number_wall_apex_sums`); "
      "interval intersection as a trade disguise (`screen_interval_overlap_decimetres`); signed chains as a surveying "
      "disguise (`levelling_rise_fall_chains`; own relative `pump_total_dynamic_head_sums`, a plain sum of head components); "
      "trigonometry (`cosine_rule_opposite_angles`; own relative `sector_arc_central_angles`); polygon angle sums "
      "(`polygon_interior_angle_totals`); topology (`euler_polyhedron_edge_counts`); social choice (`instant_runoff_ballot_tallies`); "
      "game theory (`payoff_table_saddle_values`); the triangle inequality (`longest_possible_third_sides`); combinatorial "
      "optimisation (`van_load_knapsack_best_values`; own relative `crew_site_assignment_minimums`); scheduling simulation "
      "(`round_robin_finish_ticks`).\n")
    a("Evasion types: " + "; ".join(f"`{t}` ({v[1]})" for t, v in EV.TYPES.items()) + "; wordings: " + _bt(EV.WORDINGS) +
      " (container `<encoding>__<wording>`; encoding *i* and type *j* take wording (*i* + 2*j*) mod 3, so each encoding appears "
      "once per type and once per wording). Each text states the rule in words, then `:` and a newline, then the run on its "
      "own line, then a remark (checked). Plains use `[A-Za-z0-9_.-]` (codes 45–122); a plain is redrawn if it would appear "
      "inside its own run, if the run equals it, has outer whitespace or a newline, or if the registry refuses plain or run.\n")
    a("Encoders are in `enc258.enc` (the rng adds only noise the decoder ignores: the other readings, the four known values, "
      "circle sizes, polynomial coefficients and points, integration limits, digit layouts, bricks, intervals, staff "
      "readings, triangle sides, vertex / face splits, ballot splits, payoff entries, stick splits, item weights and traps, "
      "off-assignment costs, queues and quanta, head components, limit points, radii). The decoder `dec258.decode` gets only "
      "the encoding name and the run, imports nothing from the encoder or `common258` (only `re`, `math`, `fractions`, "
      "`itertools`), parses each group from its text and computes the answer another way where it can: a full sort for the "
      "median, a polynomial parser and term-by-term derivative, exact antiderivatives with `Fraction`, a digit counter that "
      "walks page numbers one by one (the encoder uses the closed formula), the whole number wall, integer decimetre and "
      "millimetre arithmetic, `acos`, a ballot-by-ballot transfer, a row-minimum / column-maximum search, a bit-mask "
      "enumeration of item subsets (the encoder uses `itertools.combinations`), all six assignments, a list-based queue "
      "simulation (the encoder uses a deque), polynomial coefficients checked for the root before the limit. Every pair was "
      "round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); at build "
      "time every span is decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README as an encoding or in its avoided, set-aside or closest-relative lists): "
      "every encoding of both READMEs and every item of their avoided lists – numeral bases and Base-N text encodings, escapes, "
      "UTF tricks, dumps, Morse, Braille, spelling alphabets, number words, historic numerals, scripts and look-alikes, "
      "zero-width and combining characters, keycaps, Unicode names, HTML entities, code expressions, every cipher, XOR, "
      "reorderings, chaff, word-length and capital-letter steganography, acrostics, the arithmetic disguises (powers, primes, "
      "squares, triangular numbers, π offsets, Cantor, Morton, residues, delta coding, continued fractions, gcds, combinadics, "
      "Ulam, look-and-say, reciprocals, midpoints, Egyptian fractions, Farey / Stern–Brocot), the bit disguises, DNA, dice, "
      "cards, chess, hexagrams, colours, clock times, calendars, check-digit disguises, MIDI and music, table lookups (GM, "
      "syscalls, errno, opcodes, elements), unit conversions and physical laws, matrices and determinants, linear and "
      "simultaneous equations, quadratic roots, progressions, magic grids, graph shortest paths and spanning trees, taxicab, "
      "hexagon and lattice geometry, areas, game scoring (darts, bowling, rugby), Scrabble sums, Collatz, Josephus, Hanoi, "
      "Wythoff, cellular automata, rolling hashes, Reed–Solomon, Walsh–Hadamard, elliptic curves, LWE, Prüfer codes, Berggren "
      "triples, set partitions, and their world disguises. Also written down and set aside here: Pythagorean missing legs (next "
      "to the earlier Berggren triples), a dead-reckoning walk and a bearing puzzle (relatives of the levelling chains and the "
      "trigonometry), trailing zeros of factorials and Frobenius coin numbers (not every code is reachable), parallel "
      "resistors (reciprocals), critical-path schedules (longest paths, a graph relative), a seven-segment display notation "
      "(a glyph notation like Braille). Close relatives remain and a scorer may count them as the same idea: the overlap, "
      "levelling and head sums are sums and differences dressed as trade data next to the earlier fragrance-load and "
      "burn-rate world disguises (but additions of several readings and an interval intersection, not a product or a "
      "quotient); the polygon totals, Euler counts, stick pairs and page counts are affine or near-affine maps of one or two "
      "shown numbers; the median, mean and Venn groups are statistics of shown numbers next to the earlier magic-grid "
      "missing cell; the knapsack, assignment and round-robin puzzles are small optimisations and simulations that a scorer "
      "may group with the earlier graph puzzles; the cosine-rule and sector angles need a calculator. Median, mean, Venn, "
      "derivatives, integrals, limits, digit sums, number walls, intervals, levelling, the cosine rule, polygon angles, "
      "Euler's formula, instant runoff, saddle points, the triangle inequality, knapsacks, assignments and round-robin "
      "scheduling have no close relative in either README.\n")

    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    ccount = {}
    for r in neg:
        ccount[r["class"]] = ccount.get(r["class"], 0) + 1
    for c, (desc, bases) in N.CLASSES.items():
        a(f"| `{c}` | {ccount.get(c, 0)} | {', '.join('`' + b + '`' for b, _ in bases)} | {desc} |")
    a("")
    a("Each base kind appears plain and wrapped " + ", ".join(f"`{w}`" for w in N.WRAPPERS if w) +
      " (container `<base kind><wrapper>`); the wrappers add WhatsApp, job-sheet, supplier-e-mail and depot-wiki context "
      "whose words say the content is public or safe to share, without adding a value.\n")

    a("## Checks run by build.py\n")
    a(f"- Deny-list: `brief_names.json` is loaded; if `/tmp/brief258/` exists it is re-extracted and must be identical "
      f"({info['deny_note']}). Every everyday type and kind, vendor type and style, where label, positional type, prose type "
      "and format, evasion type, wording and encoding, negative class, base kind and wrapper, and every container, span "
      "type, encoding and class actually used in the records, is compared lower-cased, as a whole and by every `__` part, "
      "against the names; every positional syntax (from each record's type with `dwpw_` stripped) against the earlier "
      "syntaxes and all names and, token by token, against the hand list of earlier tools; every encoding, token by token, "
      "against the hand list of earlier encoding ideas; every prose language code (and spare) against the codes, all names "
      "and the hand list, its name and name words against the language names and the hand list.")
    a("- Ids `p258-s-NNNN`, `p258-e-NNNN`, `p258-n-NNNN`, consecutive; exact record and span field sets (in order); exactly "
      "one span per positive and evasion; `text[start:end] == value`; span type = record type; the value occurs exactly once "
      "in its text and has no outer whitespace; evasion spans carry `plain` and an `encoding` equal to the record's; no "
      "placement marker left in any text; sources as specified.")
    a("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 110–130 distinct types with containers "
      "`<type>__<style>`, positional 100–120 distinct syntaxes, prose 40 in 40 languages, positives 440–470, evasions 66 = "
      "22 encodings × 3 types × 3 wordings, negatives ≥ 200 in ≥ 20 classes with ≥ 10 each, no repeated negative text, span "
      "types of the sources pairwise disjoint and disjoint from the evasion types.")
    a("- Shapes: everyday values by type (password regex, xxHash32 tail, SipHash-2-4 tail, ISBN-10 check character, PS256 "
      "frame, claims and RSASSA-PSS signature verified against the public key, Laravel key byte count, Rails hex length); "
      "vendor values against the regex built from each spec or the frame validator (JWT alg and signature length, Base64 "
      "byte counts and inner structure, UUID versions, webhook URL layouts); owner-chosen vendor passwords by the password "
      "regex; positional and prose values in the strict password form; no `pass` / `pwd` / `secret` / `pw` in positional "
      "texts; prose values set off by whitespace; evasion plains by type; evasion layout (rule text, `:` newline, run line, "
      "remark) with the rule text present, and container `<encoding>__<wording>`.")
    a("- Container syntax: the JSON everyday kinds (Flutter defines, appsettings, Chef data bag, HAR, Telegram and Slack "
      "exports, the JSON after the `docker inspect` command line, each asciinema line), the TOML kind (CircuitPython "
      "`settings.toml`) and the XML kinds (QGIS project, Task Scheduler, Windows event, Confluence, LibreOffice content.xml, "
      "Word document.xml), and the JSON vendor styles (Terraform state, HTTPie session, 1PUX item, the `az pipelines` output "
      "after its command line) parse with `json`, `tomllib` or `xml.etree` with the value in place.")
    a("- Every evasion run decodes with `dec258.decode` to its `plain`, and the run never contains its plain.")
    a("- No value is reused; none appears in any other record or in any negative; no evasion plain appears in any text; no "
      "negative contains a password form or a JWT-shaped string; every UUID-shaped substring of every text is version 4; every "
      "JWT-shaped substring of every text is a valid JWT.")
    a("- Determinism: everything is generated twice in one process; the three JSONL files and this README must be "
      "byte-identical, and the JSONL bytes must parse back to the same records.")
    a(f"- {len(muts)} mutation tests on deep copies, each of which must add an error the clean data does not have (this run: "
      f"{sum(c for _, c in muts)}/{len(muts)}): " + ", ".join(f"`{n}` ({'caught' if c else 'MISSED'})" for n, c in muts) +
      f". Clean run errors: {info['errors']}.\n")

    a("## Shapes you had to guess\n")
    for src, title in [("read this session (gitleaks rule)", "*Read this session* in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`); where a rule gives only a prefix, a case-insensitive class or a length range, the exact length and case are mine"),
                       ("read this session (Kingfisher rule)", "*Read this session* in the public Kingfisher rule files (`mongodb/kingfisher`, `data/rules/*.yml`); the same caveat"),
                       ("believed from memory", "*Believed from memory* of public rule sets and vendor documentation, not re-checked this session"),
                       ("guessed", "*Guessed* (length and alphabet only; the builder knows no published format, so these are recognisable from the key name only)")]:
        items = [s for s in V.SPECS if s[3] == src]
        a(f"{title} ({len(items)}): " + "; ".join(f"`{s[0]}` ({s[2].desc()}{'; ' + s[7] if s[7] else ''})" for s in items) + ".\n")
    own = [s[0] for s in V.SPECS if s[3] == "owner-chosen"]
    a(f"*Owner-chosen passwords* (a portal or device login the owner picked) ({len(own)}): " + _bt(own) + ".\n")
    a("Also invented or partly guessed: the everyday layouts `rtk_` (xxHash32), `ppt.` (SipHash-2-4) and `BSL-` (ISBN-10) "
      "and the evasion prefixes `rsc-` / `ppx_` are invented; the PS256 JWT, the Laravel `APP_KEY` and the Rails "
      "`secret_key_base` are real formats used for invented purposes. The crew handset roster CSV, the gate-keypad "
      "fixed-width file and the GSM pump-relay SMS command format are invented. Syntaxes written from memory and not "
      "re-checked against manuals (all positional syntaxes are from memory; least sure): `govc -u user:pass@host`, `mutool "
      "draw -p`, `ccrypt -K`, `aescrypt -p`, `hdbsql -p`, `sendEmail -xu/-xp`, `dislocker -u<value>`, `espota.py -a`, "
      "`CRYFS_FRONTEND=noninteractive` reading stdin, `udisksctl --key-file /dev/stdin`, `systemd-creds encrypt -`, the "
      "argument orders of `cx_Oracle.connect`, `pymssql.connect`, `SMBConnection`, pxssh `login`, doobie "
      "`fromDriverManager`, FluentFTP `FtpClient`, tiberius `AuthMethod::sql_server`, `Net::FTP.open`, `oci_connect`, "
      "Erlang `ftp:user`, Tcl `ftp::Open`, the VBA `Workbooks.Open` fifth argument, AutoIt `ControlSetText`, Power Automate "
      "`PopulateTextField`, Katalon `WebUI.setText`, iMacros `TAG … CONTENT=`, the UUCP `call` file, NUT `MONITOR` field order, "
      "the pgbouncer `userlist.txt` and Dovecot `users` layouts, Teradata `.LOGON host/user,pass`, `DBMS_CREDENTIAL."
      "CREATE_CREDENTIAL` positions, the H2 `CREATE LINKED TABLE` argument order, `AT+CGAUTH`, Quectel `AT+QICSGP` and "
      "SIMCom `AT+CMQTTCONNECT` parameter positions, the Assuan `D` line, and the IP-camera `loginuse` / `loginpas` query "
      "parameters. Negatives: the bcrypt, Werkzeug scrypt, Ansible Vault and Rails credential bodies, the Stripe `pk_live_` "
      "length, the reCAPTCHA site-key length and the PostHog key length are approximate; BGS registration numbers, licence "
      "numbers, pump product numbers and serials follow the look of real ones without a check.\n")

    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (rig logger console, pump VFD web UI, telemetry RTU engineer, pumping-test "
      "laptop, booking back-office admin, treatment-skid HMI) and six generated secrets (`rtk_` xxHash32 key, `ppt.` "
      "SipHash-2-4 token, `BSL-` ISBN-10 licence key, PS256 field-app JWT, Laravel `APP_KEY`, Rails `secret_key_base`). Key "
      "names in everyday files say password / key / token / jwt / app key / secret key base – that is how such files look; "
      "the key-name-free cases are in the positional source. The `BSL-` key looks like a book number and the Rails key like a "
      "SHA-512 digest (deliberate traps, with public twins in the negatives: SHA-512 sums and failed-check `BSL-` fixtures).")
    a("- Vendor: most trade services (HydroVu, Diver-Hub, OTT, HOBOlink, eagle.io, Teltonika RMS, Datacake, Notehub, "
      "Hologram, 1NCE, Webfleet, simPRO, Commusoft, BigChange, Joblogic, Housecall Pro, ServiceTitan, Ideal Postcodes, "
      "getAddress) publish no token format the builder knows, so their types are recognisable only from the key name (part "
      "of the test). Twelve vendor types carry owner-chosen passwords (Grundfos GO Remote, Franklin FE Connect, DAB "
      "DConnect, Solinst LevelSender FTP, Ewon Talk2M, HiveMQ Cloud MQTT, MyGeotab, Defra ID, BGS, ALS Webtrieve, Wolseley, "
      "Eurofins). Same-shape traps: the Gemini key (`AIzaSy…`, secret) against the Maps browser key in the negatives "
      "(public, same shape); the Stripe `sk_live_` key against the public `pk_live_`; UUIDv4 secrets (Talk2M developer id, "
      "Webfleet, BigChange upper-case, Companies House, OneSignal, Snyk, the `xaat-` Axiom token) against UUIDv4 request ids "
      "and idempotency keys; hex secrets (Victron, Twilio, Datadog, Together, Linode, Dropbox Sign) against SHA digests, git "
      "ids and LoRaWAN EUIs; the Azure storage key against Base64 ciphertext blobs; x-filled `rtk_` shapes in SDK docs. Ids "
      "next to a secret stay unlabelled as the public half of a pair – arguable for the Twilio account SID, the AWS access "
      "key id, the Pushover user key, the QuickBooks and Xero client ids and the Cloudinary API key (a scorer may count some "
      "of these as sensitive). Home Assistant and emnify tokens are real HS-signed JWTs under discarded keys.")
    a("- Passwords: labelled when the value logs in (curl, lftp, ncftpput, rdesktop, racadm, govc, `net use`, PsExec, "
      "skopeo, docker, sqlplus, hdbsql, openfortivpn, sendEmail, ldapsearch, etcdctl, couchbase-cli, cypher-shell, smbmap, "
      "espota, the ftp here-document, the telnet pipe, the library calls in Python, Java, Scala, C#, PowerShell, Go, Rust, "
      "Ruby, PHP, Perl, C, JavaScript, Arduino, MicroPython, R, Erlang, VBA and Tcl, Teradata `.LOGON`, the AT commands, "
      "SASL PLAIN, the IP-camera query, the GSM relay SMS), creates or sets an account (`net user /add`, `schtasks /rp`, "
      "`rabbitmqctl add_user`, MariaDB `CREATE USER … IDENTIFIED BY`, the Oracle database link, Neo4j `createUser`, "
      "`DBMS_CREDENTIAL`, the H2 linked table, ldapmodify `-y`, systemd-creds), unlocks or encrypts (mutool, ccrypt, "
      "aescrypt, dislocker, cryfs, udisksctl, PyMuPDF `authenticate`, the VBA workbook), sits in a file by position "
      "(pgbouncer, Dovecot users, UUCP call, dial-up chat script, CUPS `DeviceURI`, curlftpfs fstab, NUT `MONITOR`, muttrc, "
      "two invented files) or is typed or pasted by automation (neutral field ids `f1` / `f2`: Playwright, Selenium, Cypress, "
      "Puppeteer, Detox, Flutter, Compose, pywinauto, FlaUI, AutoIt, PyAutoGUI, Power Automate, Katalon, Robot Framework, "
      "iMacros, Capybara, adb, VBoxManage, kitty, Chrome DevTools `Input.insertText`, the Assuan pinentry `D` line, "
      "`pbcopy` and `wl-copy` to the clipboard). Weakest kept cases, with a hint nearby: `rclone obscure` (the value is about "
      "to be obscured into a config), the QR Wi-Fi string `P:` field (a pre-shared key), the clipboard pipes (the value is "
      "about to be pasted), `ConvertTo-SecureString -AsPlainText`, `systemd-creds encrypt` (the value becomes an encrypted "
      "credential), ESPOTA's `-a` (an OTA upload key) and the dial-up chat script (its expect string is a fragment of the "
      "word). Closest relatives of earlier syntaxes, kept because the tool, file or mechanism differs: the `-u`/`-p` pairs of "
      "new tools (rdesktop, racadm, smbmap, hdbsql, openfortivpn, couchbase-cli, cypher-shell, docker) next to the earlier "
      "ipmitool, sqlcmd, az, oc and ilorest pairs; URL userinfo in govc, CUPS, curlftpfs and muttrc next to the earlier "
      "WinSCP, ffmpeg, git-credentials and pip.conf URLs; colon and comma pairs (curl, skopeo, etcdctl, lftp) next to the "
      "earlier ntfy, lynx and ncat pairs; three more AT commands (3GPP `CGAUTH`, Quectel, SIMCom) next to the earlier ESP, "
      "u-blox and Sierra lines; the Dovecot users file next to the earlier `doveadm auth test`; the dial-up chat script next "
      "to the earlier PPP chap-secrets file; Robot Framework SeleniumLibrary `Input Text` next to the earlier Robocorp "
      "`Type Text`; FTP logins in five languages (a family the READMEs did not use). Left out: `sshpass`, `mosquitto_pub -P`, "
      "`influx`, `smbclient`, `unzip -P` (Info-ZIP, next to the earlier `zip -P`), `samba-tool` (next to the earlier "
      "`pdbedit`), `snmpget -A` (next to the earlier net-snmp community), the Redis constructor and `MIGRATE AUTH2` (a third "
      "and fourth Redis), Mongo shell logins (a fourth Mongo), pikepdf (its argument is keyword-only), pgcrypto "
      "`pgp_sym_encrypt` (next to the earlier pgcrypto `crypt`), an IRC NickServ `IDENTIFY` (a third IRC form) and every "
      "flag, keyword or file name that says pass / pwd / secret.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "French, German, Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian Bokmål, Romanian, Turkish, Ukrainian, "
      "Bulgarian, Japanese, Mandarin Chinese, Esperanto; modest for Finnish, Welsh, Slovak, Slovenian, Latvian, Maltese, "
      "Albanian, Macedonian, Kazakh, Vietnamese, Thai, Tagalog, Standard Malay, Standard Arabic, Iranian Persian, Urdu, "
      "Bengali, Panjabi; low for Georgian, Amharic, Somali, Chichewa, Shona, Telugu (word choice, loans, diacritics and word "
      "order unchecked). Loan words (password, pasiwedhi, kompyuta forms) are kept as people use them. `nob` is Norwegian "
      "Bokmål, `cmn` Mandarin Chinese, `zsm` Standard Malay, `arb` Standard Arabic, `pes` Iranian Persian, `nya` Chichewa "
      "(Nyanja), `pan` Panjabi. The Telugu sentence contains a zero-width non-joiner inside the loan word for password, as "
      "typing produces; it is not next to the value.")
    a("- Evasions: every run is a puzzle a patient human can solve with the stated rule and pencil, or a calculator for the "
      "cosine-rule and sector angles; the rules are long because they must be self-contained. Runs look like homework, "
      "field sheets and puzzles, and genuine twins sit in the negatives (`apprentice_maths_worksheets`, "
      "`site_planning_and_field_sheets`, `pumping_test_and_level_logs`), so a detector that flags them is flagging the look, "
      "not the content. The median and mean groups contain small readings (down to 1) where the character code is low; "
      "the cosine-rule and sector values are rounded so that the answer is at least 0.2° from a rounding boundary.")
    a("- Negatives: IBANs, IMEIs and ICCIDs carry real check digits; BGS and licence references, nameplates and lab numbers "
      "are public identifiers and data; digests are one-way; bcrypt and scrypt strings are one-way hashes (one set in a "
      "column called `password`, a trap); SSH keys, LoRaWAN EUIs and the JWKS are public (the JWKS is the real public half "
      "of this corpus's PS256 signing key); the Stripe `pk_live_`, reCAPTCHA site key, Maps browser key, PostHog project key "
      "and Sentry DSN are public by design; the quick-start and SDK blocks hold placeholders; the `.env.example` and settings "
      "template use this corpus's key names with empty / changeme / TODO / pointer values (a trap for key-name-only "
      "detectors); masked hints keep at most four characters; `vault:`, `op://`, ARNs, Key Vault references and "
      "ExternalSecret refs are pointers; Ansible Vault and Rails credential blobs are ciphertext whose key is elsewhere. The "
      "most arguable class is `own_token_shapes_with_bad_checks`: this corpus's own `rtk_`, `ppt.` and `BSL-` shapes with a "
      "deliberately wrong xxHash32, SipHash-2-4 or ISBN-10 check inside tests and reject logs – no key with a wrong check "
      "can be in use, but a shape-only detector will flag them. Random fillers are generated, so an entropy-only detector "
      "will hit some negatives – that is the point.\n")

    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief258/` (p255 and p256), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch258/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file and the public Kingfisher rule files, each brought in with the search tool's `fetch` and read with "
      "`git show` / `git ls-tree`, for the vendor types marked *read* above; two `find_string` look-ups that confirmed the "
      "xxHash32 and SipHash-2-4 test vectors in public test files. CredSweeper, Betterleaks and vendor documentation were not "
      "opened this session; the remaining shapes, every positional syntax, every prose sentence and every encoding come from "
      "the builder's memory and are marked as believed or guessed where it matters. Published test vectors used in asserts: "
      "xxHash32 of ``, `a`, `abc` and `Nobody inspects the spammish repetition`; SipHash-2-4 of 00..0e and of the empty "
      "message under key 00..0f; ISBN 0-306-40615-2; the Luhn example 79927398713; the IBAN GB82 WEST 1234 5698 7654 32.")
    a("- Python's standard library (`hashlib`, `hmac`, `base64`, `json`, `re`, `math`, `fractions`, `itertools`, `tomllib`, "
      "`xml.etree`) computes digests, HMACs and encodings and parses the containers; xxHash32, SipHash-2-4, ISBN-10, Luhn, "
      "the IBAN check, Miller–Rabin RSA key generation, RSASSA-PSS signing and verification, every encoder and every decoder "
      "are written by hand.")
    return "\n".join(L) + "\n"
