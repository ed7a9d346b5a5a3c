"""Renders README.md from the generated data and the module tables."""
from collections import Counter, defaultdict

import common249 as C
import enc249
import everyday249
import evasions249
import negatives249
import positional249
import prose249
import vendor249

GROUP_TITLES = [
    ("trade", "Trade services of thatchers, roofers and scaffolders: roofing CRMs and measurement, field service, scaffold software, fleet and telematics, weather, drones, mapping and addresses, accounting, and portal / device logins"),
    ("commerce", "Commerce, payments, shipping and documents"),
    ("messaging", "Messaging, e-mail and chat"),
    ("ai", "AI services"),
    ("dev", "Developer services"),
    ("ops", "Ops, cloud, DNS and monitoring"),
]

STYLE_DESC = {
    "roofing_crm_dotenv_production": "`.env.production` of the quote API",
    "quote_api_dotnet_user_secrets_json": ".NET user-secrets `secrets.json` with `Integrations:` keys",
    "ops_render_blueprint_yaml": "Render blueprint `render.yaml` `envVars` list",
    "ops_k8s_helm_secret_values": "helm-secrets values file committed before encryption",
    "ops_heroku_config_set_capture": "`heroku config:set` in a terminal capture",
    "yard_salt_pillar_sls": "SaltStack pillar file",
    "yard_erp_chef_data_bag_json": "Chef data bag item (JSON)",
    "yard_vault_kv_put_capture": "`vault kv put` in a terminal capture",
    "dev_node_config_production_json": "node-config `config/production.json`",
    "dev_pytest_conftest_setenv": "pytest `conftest.py` with `monkeypatch.setenv`",
    "dev_jest_setup_env_js": "`jest.setup.js` assigning `process.env`",
    "dev_insomnia_environment_export": "Insomnia environment export",
    "office_bitwarden_json_export": "Bitwarden JSON export item (title in `name`, neighbour or `api` in `username`, secret in `password`)",
    "office_lastpass_csv_export": "LastPass CSV export row (secret in the password column, title in `name`)",
    "office_outlook_email_to_dev": "office e-mail to the freelance developer",
    "office_slack_dm_paste": "Slack direct message",
    "yard_device_provisioning_ini": "yard edge-box provisioning INI",
    "crew_app_dart_env_class": "generated Dart env class committed in the crew app",
}


def _code(s):
    return "`%s`" % s


def render(pos, eva, neg, deny, stats):
    L = []
    A = L.append
    by_src = defaultdict(list)
    for r in pos:
        by_src[r["source"]].append(r)
    ev, ve, pw, pr = by_src["everyday"], by_src["vendor"], by_src["password"], by_src["prose"]

    A("# privacy_twohundredfortyninth (p249) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**thatchers, roofers and scaffolding firms** and the people who build and run their software. The world: "
      "*Greyslate Roofing Ltd* (`greyslate-roofing.example`; the QuoteLoft estimating app, a Django back office, "
      "drone roof surveys, an estimating workstation, vans with label-maker strips on the dashboard), *Hollins & Reed "
      "Thatching* (`hollinsreed-thatch.example`; a reed and straw stock ledger, listed-building paperwork, a barn NAS), "
      "*Castleford Access Scaffolding* (`castleford-scaffold.example`; the TagYard scaffold-inspection app on rugged "
      "tablets, a yard weighbridge, stillage load sensors, a yard gate controller, site alarms and CCTV) and their "
      "software house *Ridgeline Trade Systems* (`ridgeline-trade.example`; CI, ops, the freelancer Lena Vogt). People: "
      "Martha Hollins, Owen Reed, Dele Adeyemi, Siobhán Byrne, Tomasz Kowalczyk, Kwame Mensah, Rhys Evans, Jodie Marsh, "
      "Priya Natarajan, Gareth Pryce. Values sit in the trade's own files and tools (Gradle and Kotlin build files, "
      "xcconfig, Android strings, Django, Streamlit, dbt, Power Query, Apps Script, Magento, Drupal, Odoo, web.config, "
      ".reg exports, Arduino and Zephyr configs, OpenWrt UCI, AutoIt, Podman Quadlet, supervisord, PM2, nginx, Helm, "
      "NixOS, Hiera, cloud-init, GitLab CI, Makefiles, zsh and PSReadLine history, docker inspect, VS Code, JetBrains "
      "HTTP client, HAR, EDN, HOCON, SQL seeds) and in the messy places (a Teams export, a Jira comment, an SMS thread, "
      "an xlsx cell dump, a van-dashboard label OCR, an e-mail, a handover runbook); the vendors are the trade's own "
      "(AccuLynx, JobNimbus, CompanyCam, EagleView, Hover, Roofr, Nearmap, ServiceM8, Jobber, simPRO, Procore, "
      "Fieldwire, SafetyCulture, Avontus Quantify, Scafftag, CISRS, NASC, NSMT, the Planning Portal, HMRC CIS, "
      "Constructionline, SIG, Webfleet, Samsara, Geotab, Fleetio, Deputy, Clockify, the Met Office DataHub, Visual "
      "Crossing, Stormglass, Meteomatics, DroneDeploy, DJI, OS Data Hub, what3words, getAddress, Ideal Postcodes, "
      "Loqate, Roboflow, Trustpilot, Sage, FreeAgent, Hikvision, DrayTek, Synology) plus the commerce, messaging, AI, "
      "developer and ops services such developers use; the hard negatives come from the same world (ISO 6346 site "
      "containers, VINs, IMEIs, VAT and CIS numbers, drone-image digests, argon2 / pbkdf2 hashes, age and minisign "
      "public keys, publishable widget keys, placeholders, masked values, store references, SOPS and Jasypt "
      "ciphertexts, API docs, toolbox talks, failing look-alikes of this corpus's own key shapes, planning and land "
      "references, build ids, scaffold tags, certificate fingerprints).\n")
    A("Everything is produced by `build.py` and its modules (`common249.py`, `everyday249.py`, `vendor249.py`, "
      "`positional249.py`, `prose249.py`, `enc249.py`, `dec249.py`, `evasions249.py`, `negatives249.py`, "
      "`checks249.py`, `readme249.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
      "`random.Random` seeds (24901 everyday values, 24911 everyday pairing, 24902 vendor values, 24903 positional, "
      "24904 prose, 24905 evasions, 24906 negatives), no clock, no network. `python3 build.py [outdir]` generates "
      "everything twice in one process, compares the bytes, runs every check and %d mutation tests and only then "
      "writes the files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` "
      "re-extracts the deny-list from `/tmp/brief249/`.\n" % len(stats["mutations"]))

    # ---------------------------------------------------------- independence
    A("## Independence\n")
    A("The builder never saw the detector and never ran a detector or scanner on the data. Under `/work/main` only this "
      "output directory (`benchmarks/corpora/privacy_twohundredfortyninth/`) was created with `mkdir -p` and written; "
      "the only listing made there was `ls -la` of this directory itself (right after creating it – it prints only the "
      "`.` and `..` entries, i.e. the directory's own and its parent's metadata line, not the parent's contents – and "
      "after the final build); otherwise only this directory's own files were read, edited and run. Its parent was "
      "never listed, opened or searched, nothing else under `/work/main` was opened, listed, grepped or searched, and "
      "git was never run there. The only project material read were the two READMEs in `/tmp/brief249/` "
      "(`README_twohundredfortysixth.md`, p246, mushroom growers; `README_twohundredfortyseventh.md`, p247, "
      "guesthouses): the directory was listed once with `ls -la`, the files sized with `wc -c` and read with `cat`, "
      "`sed`, `awk`, `cut` and `grep` (including a few `grep -oi` passes over both files for the names of the tools, "
      "vendors and encodings planned here, to find which of them either README already mentions) and parsed by the build's own "
      "deny-list extraction – used only to learn the file format and what is already covered. No other `/tmp` "
      "directory was looked at except the scratch directory `/tmp/scratch249/` (an extracted copy of the public "
      "gitleaks rule file, the extracted Kingfisher rule files, an encoder / decoder round-trip script, a trial-build "
      "script). The deny-list (`common249.extract_denylist`) holds every backticked name and every snake_case "
      "identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with "
      "their `<letters>pw_` prefix stripped (%d) and the codes (%d) and names and name words (%d) of every "
      "`` `code` (Name) `` pair. It is frozen in `brief_names.json`; when `/tmp/brief249/` exists the build re-extracts "
      "it and fails if it differs (this build: %s). Ideas the READMEs name only in prose (their avoided, set-aside, "
      "trimmed and spare lists of encodings, syntaxes, tools, vendors and languages) were avoided by hand; the "
      "language list also keeps out by hand Catalan, Japanese, Portuguese and the other number-word languages of the "
      "earlier evasions, and Esperanto, which is one of this corpus's evasions.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]),
         stats["deny"]["status"]))

    # ------------------------------------------------------------ files
    A("## Files and counts\n")
    kinds = {r["container"] for r in pos}
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(pos), len(pos), len({r["type"] for r in pos}), len(kinds), len(ev), len(ve), len(pw), len(pr), len(pr)))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(eva), len(eva), len({r["type"] for r in eva}), len({r["container"] for r in eva}), len(enc249.ENCODINGS)))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len({r["class"] for r in neg})))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema: positives `id` (`p249-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with "
      "exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). "
      "Evasions (`p249-e-NNNN`): `id`, `type`, `container` (`<encoding>__<wording>`), `encoding`, `text`, `secrets` "
      "(one span with `value`, `start`, `end`, `type`, `plain` – the clean secret – and `encoding`), `source` "
      "(`evasion`). Negatives (`p249-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python "
      "code-point offsets with `text[start:end] == value`; UTF-8 JSON lines written with `ensure_ascii=False`.\n")
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor %d (one "
      "record per type; 121 were written and `smart_scaffolder_api_key` was dropped – a guessed shape for a vendor "
      "whose API the builder does not know). Positional passwords %d (one record per syntax; by where the text lives: %s; "
      "%d more were written and set aside, listed under judgement calls). Prose 40 in 40 languages (spares written down "
      "and unused: %s). Evasions 66 = 22 × 3. Negatives %d = 20 classes × 2 base kinds × 5 presentations. Positives "
      "total %d (asked: 440–470). Strings drawn through the registry (values, generated vendor neighbours, evasion "
      "plains and runs): %d.\n" % (
          len(ve), len(pw), ", ".join("%s %d" % (k, v) for k, v in Counter(s[1] for s in positional249.SYNTAXES).most_common()),
          len(positional249.SET_ASIDE), ", ".join("`%s` (%s)" % s for s in prose249.SPARES), len(neg), len(pos), stats["registry"]))

    # ------------------------------------------------------------ conventions
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a Teams export, a Jira "
      "comment, an SMS thread, an xlsx cell dump, a van-dashboard label OCR, an e-mail, a runbook, zsh / PSReadLine "
      "history, a HAR capture, a docker inspect dump, `heroku config:set` and `vault kv put` captures, Bitwarden and "
      "LastPass exports, a Slack DM) are labelled. The Teams, Discord and Google Chat webhook URLs are labelled whole "
      "(the URL is the secret). The age identity keeps its `AGE-SECRET-KEY-1` prefix inside the span (the whole string "
      "is the key).")
    A("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability "
      "0.4) + one of `- _ . + ! *` + 2–4 lower-case letters / digits + 2 digits (positional, prose and evasion "
      "passwords use only `- _ .`). The build checks `%s` for the six everyday password types and the owner-chosen "
      "vendor passwords, and the strict `%s` for every positional value, every prose value and every yard-office "
      "evasion plain." % (", ".join(C.WORLD_WORDS[:40]), len(C.WORLD_WORDS), C.PASSWORD_RE.pattern, C.STRICT_PASSWORD_RE.pattern))
    A("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no "
      "negative; no evasion plain appears in any text. Values, generated vendor neighbours, evasion plains and runs are "
      "drawn through one registry that refuses repeats, any string in a 6+ character substring relation with an earlier "
      "one and any string with a non-v4 UUID or an invalid JWT inside; a value is also redrawn when it holds a "
      "character its container would have to escape (so a Django key with `&` never lands in XML). A negative is "
      "redrawn if it contains any registered string or evasion plain of 6+ characters, a world word + joiner + tail "
      "(the password form, with alphanumeric boundaries), any JWT-shaped string, a non-v4 UUID, or repeats an earlier "
      "negative.")
    A("- Structured values are valid: `sts_` keys carry the real Verhoeff digit of their 12-digit number (tables "
      "asserted on 236 → 3 and 12345 → 1), `rqa_` tokens end in the real Adler-32 of their 30-character body "
      "(asserted: `Wikipedia` → 11E60398), `ctk-` keys carry the real ISO 7064 MOD 11-2 character (asserted on the "
      "ORCID examples 0000-0002-1825-0097 and 0000-0002-1694-233X), survey tokens are real HS512 JWTs, Django keys are "
      "50 characters of Django's alphabet, age identities are real Bech32 (BIP-173 vectors `A12UEL5L` and "
      "`abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw` asserted) over 32 random bytes. Every UUID-shaped substring "
      "of every text is version 4 and every JWT-shaped substring has base64url JSON header and payload and a signature "
      "length that fits its `alg` (checked); negatives contain no JWT-shaped string. Vendor frames: Calendly, monday.com "
      "and Supabase tokens are real HS256 JWTs, the Met Office DataHub key a JWT frame with an RS256-length random "
      "signature, the Grafana Cloud `glc_` token Base64 of real JSON; all vendor values are checked against a regular "
      "expression built from the same spec that generated them plus these frame checks. Negatives: ISO 6346, VIN, "
      "IMEI (Luhn) and UK VAT (mod 97 / 9755) check digits are real; age recipients are real Bech32; digests are real "
      "digests of random bytes; argon2, pbkdf2, sha512-crypt, SOPS, Jasypt and minisign bodies are random in frame.")
    nb_list = []
    for t, g, shape, src, nb, style in vendor249.VENDORS:
        if nb:
            nb_list.append("%s: %s" % (t, " ".join(nb[0])))
    A("- Public neighbours are unlabelled: user names, hosts (`*.greyslate-roofing.example`, `*.hollinsreed-thatch.example`, "
      "`*.castleford-scaffold.example`, `*.ridgeline-trade.example`, private addresses), key names, age recipients in "
      "positional texts, and the ids written next to a vendor secret (%s) and the user half of a user / password pair."
      % "; ".join(nb_list))
    A("- Key names are the type's key words in the container's own case style (upper, snake, camel, pascal, kebab, dot, "
      "spaced for chats, e-mails and runbooks, title for the xlsx dump and the OCR, and header case `X-…` for the HAR "
      "capture). Vendor key names are the full type name in the style's case; the .NET user-secrets style prefixes "
      "`Integrations:`; the Bitwarden and LastPass exports put the title-case words in the name field, the neighbour "
      "(or `api`) in the user name and the secret in the password field.\n")

    # ------------------------------------------------------------ categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t, everyday249.TYPE_DESC[t]) for t in everyday249.TYPE_NAMES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (k, everyday249.KIND_STYLE[k]) for k in everyday249.KIND_NAMES)
      + ". Pairing: the 12 types are put in a seeded order (seed 24911) and kind *i* (0–44) takes the types at positions "
        "*i*, *i* + 3, *i* + 6 and *i* + 9 (mod 12), so every kind holds four different types and every type sits in "
        "exactly 15 records (checked); secrets therefore also land in implausible places (an age identity in a Zephyr "
        "`prj.conf`, a Django key in a weighbridge AutoIt script).\n")
    A("Vendor (%d types, container `<type>__<style>`; shape, then where it comes from – *read this session* in the "
      "public gitleaks or Kingfisher rule file, *believed* from memory, *guessed* where the builder knows no published "
      "shape, so the type is recognisable only from its key name, *owner-chosen* for portal and device passwords):\n" % len(ve))
    for g, title in GROUP_TITLES:
        items = []
        for t, grp, shape, src, nb, style in vendor249.VENDORS:
            if grp != g:
                continue
            desc = vendor249.shape_of((t, grp, shape, src, nb, style))[3]
            extra = (" – next to it: " + " ".join(nb[0])) if nb else ""
            items.append("`%s` (%s – %s%s)" % (t, desc, src, extra))
        A("*%s* (%d): %s.\n" % (title, len(items), "; ".join(items)))
    sc = Counter(x[5] for x in vendor249.VENDORS)
    A("Vendor styles (%d, chosen per type for where that key usually lives): " % len(vendor249.STYLES)
      + "; ".join("`%s` (%s, %s, %d)" % (s, vendor249.STYLES[s][0], STYLE_DESC[s], sc[s]) for s in vendor249.STYLES) + ".\n")
    A("Positional passwords (%d syntaxes, span type `rfpw_<syntax>`, container `<syntax>__<where>` with where = %s): "
      % (len(pw), ", ".join("%s `%s`" % (k, v) for k, v in positional249.WHERE.items()))
      + "; ".join("`rfpw_%s` (%s, %s)" % (s, w, short) for s, w, short, _ in positional249.SYNTAXES)
      + ". None of them is among the syntaxes or names of either README (compared after removing the `rfpw_` prefix; "
        "checked); while writing, both READMEs were grepped for every tool, library and function used here, and the "
        "ones that do appear there in another form are listed as close relatives under judgement calls.\n")
    A("Prose: someone tells a colleague the password of the estimating laptop and asks them to keep it to themselves; "
      "span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the "
      "spares is among the languages of either README or on the hand-kept list (checked: code against the codes and "
      "all deny-listed names; name and each name word against the language names). Scripts: %s. Hebrew, Yiddish and "
      "Arabic are right-to-left with the Latin value embedded; Tajik, Hindi, Marathi, Gujarati, Kannada, Malayalam, "
      "Sinhala, Odia, Burmese, Korean and Northern Kurdish put the copula after the value (after a space); Scottish Gaelic puts the "
      "value first (`Is e … am facal-faire …`); Lao, Burmese and Mandarin, which write without spaces between words, "
      "set the value off with spaces; every value is set off by whitespace on both sides (checked).\n" % (
          prose249.SPAN_TYPE, ", ".join(_code(f) for f in prose249.FORMATS),
          ", ".join("`%s` (%s)" % (c, n) for c, n, _, _ in prose249.LANGS),
          ", ".join(sorted({s for _, _, s, _ in prose249.LANGS}))))

    # ------------------------------------------------------------ evasions
    A("## Evasion encodings\n")
    A("; ".join("`%s` = \"%s\"" % (e, enc249.RULES[e]) for e in enc249.ENCODINGS) + ".\n")
    A("Families: " + "; ".join("%s: `%s`" % (enc249.FAMILIES[e], e) for e in enc249.ENCODINGS) + ".\n")
    A("Evasion types: " + "; ".join("`%s` (%s)" % (t, d) for t, _w, d in evasions249.TYPES)
      + "; wordings: " + ", ".join(_code(w) for w in evasions249.WORDINGS)
      + " (container `<encoding>__<wording>`; encoding *i* and type *j* take wording (*i* + 2*j*) mod 3, so each "
        "encoding appears once per type and once per wording). Each text states the rule in words, then `:` and a "
        "newline, then the run on its own line, then a remark (checked). Plains use `[A-Za-z0-9_.-]`; a plain is "
        "redrawn if it would appear inside its own run, if the run equals the plain, has outer whitespace or a newline, "
        "does not decode back, or if the registry refuses plain or run.\n")
    A("Encoders are in `enc249.enc` (the rng only adds noise the decoder ignores: roll and batten labels, acrostic word "
      "choice, decoy keystrokes and the insertion order of the edit replay, gcd multipliers, midpoint offsets, the loop "
      "shapes of the Brainfuck program). The decoder `dec249.decode` gets only the encoding name and the run and is "
      "written separately, importing nothing from the encoder or `common249` and no `base64`, `binascii`, `codecs` or "
      "`unicodedata`, with every table retyped: a Base45 reader, the EBCDIC 037 chart typed by hand (the encoder uses "
      "Python's `cp037` codec, so the two tables are independent), a septet unpacker that honours the length byte, a "
      "note-name parser, primality by trial division (the encoder uses a sieve), a weight parser, the acrostic reader, "
      "an Esperanto number parser, a Code 128 reader that rejects a wrong check value, a Brainfuck interpreter with a "
      "step limit, modular exponentiation with d = 2753, a Hamming(7,4) reader that rejects a wrong parity bit, the "
      "PITCHFORKS table, a robber-language reader that rejects a missing `o`, an editor simulation, a reciprocal reader "
      "that re-rounds and compares, an rwx parser, Euclid's algorithm, a tape-reading parser that rejects non-sixteenths, "
      "a look-and-say reader, a midpoint reader that rejects odd sums, and a move-to-front simulation. Every pair was "
      "round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); at "
      "build time every span is decoded back to its `plain` (checked). The encoder asserts the Base45 examples of RFC "
      "9285 (`AB` → `BB8`, `Hello!!` → `%69 VD92EX0`, `base-45` → `UJCLQE7W581`), the classic SMS packing of "
      "`hellohello` (`E8329BFD4697D9EC37`), the 97th prime (509), the Esperanto words for 97 / 122 / 45, the RSA key "
      "relation e·d ≡ 1 (mod 3120) and the arrow and erase code points with `unicodedata.name`.\n")
    A("Avoided on purpose (named by an earlier README in a list or in prose): every encoding of both READMEs and every item "
      "of their avoided lists (number words in Portuguese, Hungarian and the other listed languages, Tibetan, Devanagari, "
      "Thai and Suzhou digits, bases 3, 5, 6, 7, 9, 11, 12, 20, 36, 60, octal, negabinary and BCD, percent-encoding, "
      "superscript, turned, Gothic and other look-alike or script substitutions, combining overlays, decoy interleaves, "
      "shuffled indices, π offsets, arithmetic expressions, scientific and dyadic numbers, nibble swaps and nibble world "
      "disguises, spelling alphabets, 16-bit packing, Base64 variants, Damm / Luhn / MOD 97 disguises, binary octets, "
      "powers of two, seven-segment, keyword, Hill, book and other classical ciphers, Intel HEX, Elias gamma, compass "
      "points, soroban, coin change, Morse, Braille, NATO, keyboard tricks, Unicode names, escapes, Gray, Zeckendorf, "
      "factoradic, prime factorisations, residues and delta coding). Close relatives remain and a scorer may count them "
      "as the same idea: Esperanto next to the earlier number-word languages; the lead weights (base 4 / 28) and tape "
      "readings (sixteenths) next to the earlier world disguises and the dyadic fractions; the acrostic next to the "
      "spelling alphabets (but the word for each letter is chosen at random); Code 128 next to the earlier check-digit "
      "disguises; Hamming(7,4) and the rwx strings next to the earlier bit codes; the price code next to the keyword "
      "alphabet (it substitutes digits, not letters); the robber language next to the decoy interleave; the edit replay "
      "next to the shuffled index list; the prime ranks, RSA and gcd next to the prime factorisations and residues; "
      "reciprocals next to the dyadic fractions; the midpoint pairs next to the arithmetic expressions. Base45, EBCDIC, "
      "GSM septet packing, MIDI notes, Brainfuck, look-and-say and move-to-front have no close relative in either README.\n")

    # ------------------------------------------------------------ negatives
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    cc = Counter(r["class"] for r in neg)
    for cls, desc, bases in negatives249.CLASSES:
        A("| `%s` | %d | %s | %s |" % (cls, cc[cls], ", ".join(_code(b) for b, _ in bases), desc))
    A("\nEach base kind appears plain and wrapped " + ", ".join(_code(s) for s, _ in negatives249.WRAPPERS if s)
      + " (container `<base kind><wrapper>`); the wrappers add Teams, support-ticket, forum and e-mail context without "
        "adding a value.\n")

    # ------------------------------------------------------------ checks
    A("## Checks run by build.py\n")
    A("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief249/` exists it is re-extracted and must be identical "
      "(%s). Every container kind (positives, evasions and negatives), span type, encoding, negative class, negative "
      "wrapper, vendor style, where-label, prose format and evasion wording is compared lower-cased, as a whole and "
      "split at `__`; every positional syntax with `rfpw_` stripped against the earlier syntaxes and all names; every "
      "prose language code (and spare) against the codes, all names and the hand-kept list, and its name and name words "
      "against the language names." % stats["deny"]["status"])
    A("- Ids `p249-s-NNNN`, `p249-e-NNNN`, `p249-n-NNNN`, consecutive; exact record and span field sets (in order); "
      "exactly one span per positive and evasion; `text[start:end] == value`; span type = record type; the value occurs "
      "exactly once in its text and has no outer whitespace; evasion spans carry `plain` and an `encoding` equal to the "
      "record's; no placement marker left in any text; sources as specified.")
    A("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 110–130 distinct types with "
      "containers `<type>__<style>`, positional 100–120 distinct syntaxes, prose 40 in 40 languages, positives 440–470, "
      "evasions 66 = 22 encodings × 3 (once per type), negatives ≥ 200 in 20 classes with ≥ 10 each, no repeated "
      "negative text, span types of the sources pairwise disjoint.")
    A("- Shapes: everyday values by type (password regex, Verhoeff digit, Adler-32 tail, MOD 11-2 character, HS512 JWT, "
      "Django alphabet and length, age Bech32 checksum); vendor values against the regex built from each spec plus frame "
      "checks (JWT headers and signatures, the `glc_` JSON); owner-chosen vendor passwords by the password regex; "
      "positional and prose values in the strict password form; prose values set off by whitespace; evasion plains by "
      "type; evasion layout (rule, `:` newline, run line, remark) and container `<encoding>__<wording>`.")
    A("- Every evasion run decodes with `dec249.decode` to its `plain`, and the run never contains its plain.")
    A("- No value is reused; none appears in any other record or in any negative; no evasion plain appears in any "
      "text; no negative contains a world-word password form or a JWT-shaped string; every UUID-shaped substring of "
      "every text is version 4; every JWT-shaped substring is a valid JWT.")
    A("- Determinism: everything is generated twice in one process; the three JSONL files and this README must be "
      "byte-identical, and the JSONL bytes must parse back to the same records.")
    muts = stats["mutations"]
    A("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: "
      "%d/%d): %s. Clean run errors: %d.\n" % (
          len(muts), sum(1 for _, c in muts if c), len(muts),
          ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in muts), stats["errors"]))

    # ------------------------------------------------------------ guesses
    A("## Shapes you had to guess\n")
    for label, key in (("*Read this session* in the public gitleaks default rule file (`gitleaks/gitleaks`, "
                        "`config/gitleaks.toml`); nothing copied, every value generated; where a rule gives only a "
                        "prefix, a case-insensitive class or a length range, the exact length and case are mine", vendor249.R_GL),
                       ("*Read this session* in the public Kingfisher rule files (`mongodb/kingfisher`, `data/rules/*.yml`); "
                        "same caveat", vendor249.R_KF),
                       ("*Believed from memory* of public rule sets and vendor documentation, not re-checked this session", vendor249.B),
                       ("*Guessed* (length and alphabet only; the builder knows no published format, so these are "
                        "recognisable from the key name only)", vendor249.G),
                       ("*Owner-chosen passwords* (a portal or device login the owner picked)", vendor249.O)):
        items = []
        for t, g, shape, src, nb, style in vendor249.VENDORS:
            if src == key:
                items.append("`%s` (%s)" % (t, vendor249.shape_of((t, g, shape, src, nb, style))[3]))
        A("%s (%d): %s.\n" % (label, len(items), "; ".join(items)))
    A("Also invented or partly guessed: the everyday layouts `sts_` (Verhoeff), `rqa_` (Adler-32), `ctk-` (MOD 11-2) and "
      "the evasion prefixes `sfa_` / `rqe-` are invented; the HS512 JWT, the Django `SECRET_KEY` and the age identity "
      "are real formats used for invented purposes. Partly known vendor shapes: the Tailscale `tskey-auth-…CNTRL-…` "
      "segment lengths, the Atlassian `ATATT3` tail (`=` + 8 hex), the Stormglass key as two UUIDs (only the 73-character "
      "class is from the rule), the Typeform split after `tfp_`, the PayPal client-secret / client-id lengths (80; the "
      "Kingfisher client-id pattern says 60), the Meta `EAAM` + 180 length (the rule says 100+), the Grafana Cloud JSON "
      "keys `o` / `n` / `k` / `m.r`, the Calendly header `kid` (added so the header is as long as the rule expects), the "
      "monday.com payload fields, the `pypi-AgEIcHlwaS5vcmc` macaroon body length, the Vault `hvs.` length, the Google "
      "Chat webhook layout, the Discord webhook id length, `samsara_api_`, `nfp_`, `sk1_` / `pk1_`, `sk-or-v1-`, `tk_`, "
      "`ak_` (Ideal Postcodes; its documented test key starts `ak_`, the live length is mine) and the Loqate `XXXX-XXXX-XXXX-XXXX` form. Syntaxes written from memory and not "
      "re-checked against manuals: `emqx ctl admins add`, `prosodyctl register`, `ejabberdctl register`, zkCli `addauth "
      "digest`, `curlftpfs -o user=`, `qemu-img --object secret,data=`, `zpaq -key`, `outguess -k`, restic and "
      "gocryptfs reading the password from a non-terminal stdin (a pipe; a here-string for gocryptfs), `argon2` reading stdin, `kubeseal --raw "
      "--from-file=/dev/stdin`, the argument orders of `ibm_db.connect`, `redis.Redis`, `ZipFile.open`, "
      "`MongoCredential.createCredential`, `Sql.newInstance`, `PdfReader.Open`, `DirectoryEntry`, `gomail.NewDialer`, "
      "`AuthMethod::sql_server`, `Net::POP3.start`, `Zip::TraditionalDecrypter`, `add_auth`, `oci_connect`, "
      "`setEncryptionName`, LWP `credentials`, LuaSQL `connect`, `odbcConnect`, `ftp:user`, the Arduino MySQL connector "
      "`connect`, `MapNetworkDrive`, AutoIt `RunAs`, Squish `type`, the UiPath XAML attribute, `sp_addlinkedsrvlogin` and "
      "`sp_addlogin` positions, `DBMS_SCHEDULER.CREATE_CREDENTIAL`, the ClickHouse `remote()` order, the SQLCipher "
      "`ATTACH … KEY` form, the dma `auth.conf`, ppp `chap-secrets`, `ntp.keys`, `hostapd.wpa_psk`, tgt "
      "`incominguser`, pgbouncer `userlist.txt`, Redis ACL `>`, Kafka JAAS `user_<name>`, Jetty `realm.properties` and "
      "Nagios `$USER3$` layouts, and the ESP-AT / Quectel command field orders. Evasion code points (← U+2190, → U+2192, "
      "⌫ U+232B) are asserted with `unicodedata.name` in the encoder. Negatives: CIS verification numbers, CISRS card "
      "numbers, planning references, list entry and title numbers follow the look of the real ones without a known "
      "check; the Trustpilot unit id and the minisign key id layout are approximate.\n")

    # ------------------------------------------------------------ judgement
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (scaffold-inspection tablets, estimating workstation, reed stock system, "
      "weighbridge supervisor, drone ground station, trade-counter till) and six generated secrets (`sts_` Verhoeff key, "
      "`rqa_` Adler-32 token, `ctk-` MOD 11-2 key, HS512 survey JWT, Django `SECRET_KEY`, age identity). The Django key "
      "uses punctuation (`!@#$%^&*(-_=+)`) and is written inside quotes where the format needs them; a key whose "
      "characters the container would have to escape is redrawn rather than escaped. Key names in everyday files say "
      "password / key / token / jwt / identity – that is how such files look; the telling-key-free cases are in the "
      "positional source.")
    A("- Vendor: many trade vendors (AccuLynx, JobNimbus, CompanyCam, EagleView, Hover, Roofr, Nearmap, ServiceM8, "
      "Jobber, simPRO, Procore, Fieldwire, SafetyCulture, Avontus, Webfleet, Fleetio, Deputy, the Met Office DataHub, "
      "DroneDeploy, DJI, OS Data Hub, getAddress, Roboflow, Trustpilot, Sage, FreeAgent, TrueLayer, "
      "Zoom) publish no token format the builder knows, so their types are recognisable only from the key name (part "
      "of the test). 13 vendor types carry owner-chosen passwords (Scafftag, CISRS, NASC, NSMT, Planning Portal, the "
      "HMRC gateway for CIS, Constructionline, the SIG trade account, MyGeotab, Meteomatics, the Hikvision NVR, the "
      "DrayTek router, the Synology DSM). Same-frame traps: the Stripe restricted `rk_live_` key against the "
      "publishable `pk_live_` keys of the negatives; the Maps browser key `AIzaSy…` of the negatives against the "
      "`key=AIzaSy…` inside the labelled Google Chat webhook URL (the URL is labelled because of its `token=`); the "
      "hCaptcha site key and the API-doc request ids (UUIDv4, public) against the UUIDv4 secrets of Wise, Avontus, "
      "Webfleet, TrueLayer, DocuSign and Opsgenie; the age recipients of the negatives and of one positional text "
      "(public) against the age identities (secret); hex secrets against the digests, commit ids and Trustpilot ids of "
      "the negatives. Ids next to a secret stay unlabelled as the public half of a pair (arguable for the Twilio `SK…` "
      "API key SID, the WooCommerce `ck_` consumer key, the Porkbun `pk1_` key, the Mailjet and Trustpilot API keys, "
      "the PayPal client id and the Wasabi access key, which some detectors flag on their own).")
    A("- Passwords: labelled when the value logs in (flags `-w`, `-a`, `-u user:…`, `-auth user:…`, `-p`, `/p`, `-k`, "
      "`-K`, `-key`; userinfo-like pairs in a CVS root, an impacket target and curlftpfs; positionals of isql, "
      "ejabberdctl, prosodyctl, emqx ctl, radtest, poetry; library positions in Python, Node, Java, Kotlin, Groovy, C#, "
      "Go, Rust, Ruby, PHP, Perl, Lua, R, Erlang, Arduino, VBA / VBScript and AutoIt), unlocks, encrypts or signs "
      "(openssl enc, ccrypt, outguess, zpaq, signtool, qemu-img LUKS, zipfile, pypdf, forge PKCS#12, zip4j, PDFBox, "
      "SevenZipSharp, PdfSharp, x509 PEM, rubyzip, ZipArchive, SQLCipher, cookie-parser), is stored for later (kubectl "
      "and gcloud secrets, kubeseal, age, argon2 hashing, pgcrypto `crypt`, `sp_addlogin`, `CREATE_CREDENTIAL`), sits "
      "in a file by position (.pgpass, chap-secrets, dma, ntp.keys, snmpd, hostapd, tgt, pgbouncer, Redis ACL, Kafka "
      "JAAS, Jetty, Nagios, two invented files), travels in a protocol exchange (IMAP LOGIN, NickServ IDENTIFY, "
      "TeamSpeak query login, ESP-AT and Quectel AT commands, a Wireshark SNMP community) or is typed by automation "
      "(neutral field ids `f1` / `f2`: Robot Framework `Input Text`, xdotool, adb, osascript, AutoIt, Nightwatch, Watir, "
      "Squish, UiPath). Weakest kept cases, with a hint nearby: the SNMP community strings (a community string is a "
      "password by function), `kubectl create secret` and `gcloud secrets` (the command says secret), the `code` header "
      "of the invented gate roster, the file names `chap-secrets` and `auth.conf`, the Redis ACL `>` sigil, "
      "`cookie-parser` (a signing secret typed like a password), the argon2 / pgcrypto hashing literals and the qemu "
      "`secret` object. Closest relatives of earlier syntaxes, kept because the tool, file or mechanism differs: the "
      "`-u … -p` pairs of `az login`, `nxc` and Sysinternals `psexec` (earlier mongosh, cqlsh, rdesktop, hydra and "
      "others); `curl -u`, `http -a`, `check_http -a`, `jenkins-cli -auth`, `SetBasicAuth`, `HTTPBasicAuth` and Ktor "
      "`BasicAuthCredentials` (earlier btoa, OkHttp `Credentials.basic`, superagent `.auth`, Faraday and `ngrok "
      "--basic-auth`); the SNMP community in `snmpwalk -c`, `rocommunity` and a Wireshark decode (earlier `snmpget -A` "
      "and snmpd `createUser`); `hostapd.wpa_psk` (earlier hostapd `eap_user`); the ESP-AT and Quectel commands (earlier "
      "`AT+CGAUTH`); ClickHouse `remote()` (earlier its `mysql()` table function); the redis-py constructor and the "
      "Redis ACL file (earlier RESP `AUTH` and `HELLO … AUTH`); node-forge `pkcs12FromAsn1`, Go `x509.DecryptPEMBlock` "
      "and SevenZipSharp (earlier Go `pkcs12.Decode`, `X509Certificate2`, `openssl_pkey_get_private` and 7z `-p`); "
      "commons-email `setAuthentication` (earlier commons-net `login`); the raw IMAP `LOGIN` line (earlier imaplib "
      "`login`); `ldapsearch -w`, `ldapwhoami -y` and `DirectoryEntry` (earlier LDAP binds in several languages); "
      "gomail, lettre, MailKit and `smtp.PlainAuth` (earlier smtplib, `Net::SMTP`, Jakarta Mail); `oci_connect`, "
      "`ibm_db.connect`, `Sql.newInstance`, `odbcConnect`, ADODB `Open`, LuaSQL and the Arduino MySQL connector (earlier "
      "PDO, DBI, JDBC, pymssql, `mysql_real_connect`); `kubectl create secret` and `gcloud secrets` (earlier `docker "
      "secret create`, `wrangler secret put`); age and kubeseal on stdin (earlier `systemd-creds encrypt`, "
      "`ansible-vault encrypt_string`); restic, encfs and gocryptfs on stdin (earlier cryptsetup, zfs, veracrypt); the "
      "argon2 CLI and pgcrypto `crypt` (earlier node `bcrypt.hash`, `hashlib.scrypt`, pgcrypto `hmac`); pypdf, "
      "`zipfile.open`, zip4j, PDFBox and PdfSharp (earlier pikepdf, msoffcrypto, the Rust zip crate); the UI typing calls "
      "(earlier Selenium, Puppeteer, TestCafe, Espresso, Flutter, Katalon, UFT, AutoHotkey, SikuliX). Set aside: " + "; ".join("`%s` (%s)" % s for s in positional249.SET_ASIDE) + ".")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "Russian, Serbian, Galician, Luxembourgish, Western Frisian, Malay, Tagalog, Swahili, Hindi, Mandarin, Korean, "
      "Icelandic, Lithuanian, Estonian, Haitian Creole; modest for Kazakh, Uzbek, Tajik, Mongolian, Hebrew, Arabic, "
      "Marathi, Gujarati, Breton, Scottish Gaelic, Yiddish, Northern Kurdish, Javanese, Hausa; low for Faroese, Kannada, "
      "Malayalam, Sinhala, Odia, Burmese, Lao, Yoruba, Zulu, Xhosa and Kinyarwanda. Loan words (password / pasiwedi / "
      "parol / modpas / laptop forms) are kept as people use them. `uzn` is Northern Uzbek (named Uzbek), `khk` Halh "
      "Mongolian (Mongolian), `arb` Standard Arabic (Arabic), `zsm` Standard Malay (Malay), `swh` Swahili, `kmr` "
      "Northern Kurdish (Kurmanji), `ydd` Eastern Yiddish (Yiddish), `cmn` Mandarin Chinese in simplified characters, "
      "`fry` Western Frisian. The Kannada and Malayalam sentences contain zero-width non-joiners inside loan words, as "
      "typing produces; none is next to the value. The Mandarin sentence puts a space before the full-width comma so "
      "that the value is set off by whitespace.")
    A("- Evasions: the Brainfuck program, the Hamming and rwx runs and the edit replay look like noise, not like a "
      "secret; the lead weights, tape readings and price codes look like ordinary yard paperwork and sit next to real "
      "job, order and tag data in the negatives; the Code 128 run passes a barcode check and the Hamming run a parity "
      "check; the robber-language and acrostic runs still carry every character of the plain in order (interleaved), "
      "probably the easiest runs here; the midpoint pairs are a string of printable ASCII that an entropy detector may "
      "flag (arguably right).")
    A("- Negatives: container, VIN, IMEI, VAT, UTR, CIS and company numbers, tag serials, planning and title references "
      "are identifiers (check digits real where the scheme has one); digests, commit ids and certificate fingerprints "
      "are one-way or public; argon2, pbkdf2 and sha512-crypt strings are one-way hashes in a column called "
      "`login_hash` / `password` (a trap); age recipients and minisign keys are public keys; Stripe `pk_live_`, the "
      "hCaptcha site key, the Algolia search-only key, the Maps browser key and the Trustpilot unit id are public by "
      "design; the `.env.example` uses this corpus's own key names with empty / changeme / `<…>` / `${VAR:?}` values (a "
      "trap for key-name-only detectors); masked values keep at most four characters; `op://`, vault paths, "
      "`ssm-secure`, Key Vault and Secrets Manager ARNs are pointers; SOPS and Jasypt values are ciphertexts. The "
      "*rejected-key fixtures* are the most arguable class: they carry this corpus's own `sts_`, `rqa_` and "
      "`AGE-SECRET-KEY-1` shapes with a deliberately wrong Verhoeff digit, Adler-32 tail or Bech32 checksum, inside "
      "tests and logs that say they are invalid – no key with a wrong check can be in use, but a shape-only detector "
      "will flag them.\n")

    # ------------------------------------------------------------ sources
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief249/` (p246 and p247), for format and coverage only. The detector was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other "
      "`/tmp` directory except `/tmp/scratch249/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public "
      "gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's "
      "`fetch` into its own mirror directory and extracted with `git show` into `/tmp/scratch249/`) and the public "
      "Kingfisher rule files (`mongodb/kingfisher`, `data/rules/`, found with `find_repos` / `find_files`, fetched the "
      "same way and extracted with `git archive`), for the rules behind every vendor type marked *read this session* "
      "above. Betterleaks, CredSweeper and vendor documentation were not opened this session; the remaining shapes come "
      "from the builder's memory and are marked as believed or guessed. Python's standard library (`hashlib`, `hmac`, "
      "`base64`, `json`, `decimal`, `fractions`, `math`, `codecs` and `unicodedata` in the encoder only) computes the "
      "digests, HMACs, check values and encodings of generated values; Verhoeff, Adler-32, MOD 11-2, Bech32, ISO 6346, "
      "VIN, UK VAT, Luhn, Base45, GSM packing, Code 128, Hamming and the other encodings are written by hand.")
    return "\n".join(L) + "\n"
