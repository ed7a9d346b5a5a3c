"""Renders README.md from the generated data and the module tables."""
from collections import Counter

import common219 as C
import enc219
import everyday219
import evasions219
import negatives219
import positional219
import prose219
import vendor219


def _bt(x):
    return "`%s`" % x


def render(data, frozen, status, muts):
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    src = Counter(r["source"] for r in pos)
    types = {r["type"] for r in pos}
    conts = {r["container"] for r in pos}
    ncls = Counter(r["class"] for r in neg)
    groups = Counter(g for _s, g, _t in positional219.S)
    L = []
    a = L.append

    a("# privacy_twohundrednineteenth (p219) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **tree-surgeon, arborist and firewood-supplier developers**: tree survey and TPO checks (Flask and QGIS "
      "survey tools, SvelteKit and Astro TPO checkers with Verhoeff-checked `tpk_` lookup keys, ArcGIS, Mapbox, TomTom, "
      "Sentinel Hub, Plant.id, Pl@ntNet, Trefle, ezytreev, Arbortrack), quotes and risk assessments (WordPress, Strapi, "
      "Vue / Vite, ASP.NET user secrets, PandaDoc, Typeform, Tally, Calendly, Cal.com, Acuity), climbing and chipper crew "
      "rotas (Rust, Phoenix, React Native, Swift, Deputy, RotaCloud, Clockify, Toggl, Harvest, Lantra learner portal), "
      "log moisture readings and seasoning batches (ESPHome and Arduino loggers, a kiln PLC gateway, Rails and Laminas "
      "batch apps, Adler-32-tailed probe ingest tokens, Fernet label keys, Prefect, Grafana), delivery rounds and bulk-bag "
      "orders (Express, Kotlin, Medusa, Shopify, WooCommerce, Ecwid, HS512 driver-app JWTs, Routific, OptimoRoute, Onfleet, "
      "Circuit, Webfleet, MyGeotab, Traccar, Loqate, Ideal Postcodes, getAddress.io, EasyPost, Shippo), stump grinding jobs "
      "(NestJS and Spring job services, Luhn-mod-36 `sjw_` webhook secrets, Jobber, ServiceM8, Tradify, simPRO, Housecall "
      "Pro), waste transfer notes (CodeIgniter and Pyramid registers), equipment service logs (Electron, SQLite backups "
      "encrypted to age identities with real Bech32 checksums, UpKeep, Limble, Husqvarna Fleet Services), the yard CCTV "
      "(Frigate, RTSP); plus the commerce, messaging, AI, developer and ops services such developers use (Stripe restricted "
      "keys and webhook secrets, Square, PayPal, Mollie, Dojo, FreeAgent, Zoho Books, Pipedrive, Capsule, FreshBooks, "
      "SendGrid, Postmark, Mailjet, MailerLite, Twilio API keys, Vonage, Textlocal, Esendex, Slack app tokens and signing "
      "secrets, Discord, Teams and Google Chat webhooks, WhatsApp Cloud API, Pushbullet, OpenAI service-account keys, "
      "Anthropic admin keys, Mistral, Cohere, DeepSeek, xAI, OpenRouter, ElevenLabs, AssemblyAI, Deepgram, Azure OpenAI, "
      "Roboflow, GitHub fine-grained and installation tokens, GitLab runner tokens, PyPI, Docker Hub, Postman, Atlassian, "
      "Linear, Sentry org tokens, Netlify, Trello, ClickUp, Asana, monday.com, Supabase service-role JWTs, Cloudflare R2, "
      "Backblaze B2, AWS IAM, DigitalOcean Spaces, Grafana Cloud, New Relic, Vault, Terraform Cloud, Tailscale auth keys, "
      "ngrok, Cronitor, Railway, Auth0, Okta, Clerk, Bitwarden Secrets Manager, Weatherstack, Meteomatics); with hard "
      "negatives from the same world (BS 5837 tree schedules and tag codes, TPO / planning / CAT references and UPRNs, "
      "waste-carrier and EWC codes, chainsaw and chipper serials, moisture-meter exports, Ready to Burn certificates, "
      "IBANs with real mod-97, UK VAT numbers with the real HMRC check, SSCC and EAN-13 with real GS1 digits, publishable "
      "and browser keys, `.env.example` placeholders, masked logs, SOPS ciphertext, secret-store references, argon2id and "
      "Django PBKDF2 hashes, image digests, induction prose, age recipients with real Bech32 and minisign public keys, "
      "webhook signature headers, JWKS documents). Everything is produced by `build.py` and its modules (`common219.py`, "
      "`everyday219.py`, `vendor219.py`, `positional219.py`, `prose219.py`, `enc219.py`, `dec219.py`, `evasions219.py`, "
      "`negatives219.py`, `checks219.py`, `readme219.py`, frozen deny-list `brief_names.json`): Python 3 standard library "
      "only, fixed `random.Random` seeds (%s), no clock, no network. `python3 build.py [outdir]` generates everything twice "
      "in one process, compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this "
      "README from both generations and compares it, and only then writes the files (on any failure it prints the errors, "
      "writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief219/`.\n"
      % (", ".join("%d %s" % (v, k.replace("_", " ")) for k, v in C.SEEDS.items()), len(muts)))

    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundrednineteenth/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed (`ls -la` of the output directory itself, run twice, printed its own `.` and `..` entries, nothing of the parent's "
      "contents), nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The "
      "only project material read were the two READMEs in `/tmp/brief219/` (`README_twohundredsixteenth.md`, p216, "
      "model-railway / hobby-shop / radio-control club developers; `README_twohundredseventeenth.md`, p217, rowing-club / "
      "canoe-hire / outdoor-education centre developers), used only to learn the file format and what is already covered. "
      "No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch219/` (the earlier syntax names "
      "pulled out of the two READMEs, an extracted copy of the public gitleaks rule file, encoder / decoder round-trip runs "
      "and trial builds). The deny-list (`common219.extract_denylist`) holds every backticked name and every snake_case "
      "identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their "
      "`<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches `alg`, "
      "which only makes the list stricter) and the names and name words of those pairs (%d, with harmless noise). It is "
      "frozen in `brief_names.json`; when `/tmp/brief219/` exists the build re-extracts it and fails if it differs (this "
      "build: %s). Encodings, negative ideas, syntaxes and languages that the two READMEs name only in prose were avoided by "
      "hand as well. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, "
      "languages or notations.\n"
      % (len(frozen["names"]), len(frozen["syntaxes"]), len(frozen["language_codes"]), len(frozen["language_names"]), status))

    # ---------------------------------------------------------------- files
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(pos), len(pos), len(types), len(conts), src["everyday"], src["vendor"], src["password"], src["prose"], src["prose"]))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |"
      % (len(eva), len(eva), len({r["type"] for r in eva}), len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len(ncls)))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(frozen["names"]), len(frozen["syntaxes"]), len(frozen["language_codes"]), len(frozen["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p219-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, "
      "`password`, `prose`). Evasions (`p219-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, "
      "`secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives "
      "(`p219-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written down "
      "and unused: `%s`). Vendor 120 (%d candidates written; set aside: %s). Positional passwords %d (one record per syntax; "
      "by where the text lives: %s; %d more ideas written down and set aside: %s). Prose 40 in 40 languages (spares written "
      "and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d "
      "(asked: about 450). Strings drawn through the registry (values, vendor neighbours, Base64-hidden passwords, evasion "
      "plains and runs): %d.\n"
      % (everyday219.SPARE_KIND, len(vendor219.VENDORS) + len(vendor219.SET_ASIDE),
         "; ".join("%s (%s)" % (_bt(n), w) for n, w in vendor219.SET_ASIDE), src["password"],
         ", ".join("%s %d" % (g, groups[g]) for g in positional219.SUFFIX), len(positional219.SET_ASIDE),
         "; ".join("%s (%s)" % (_bt(s), positional219.SET_ASIDE_REASONS[s]) for s, _g in positional219.SET_ASIDE),
         ", ".join("%s (%s)" % (_bt(c), n) for c, n, _s, _t in prose219.SPARES), len(neg), len(ncls), len(pos),
         data["registry_size"]))

    # ---------------------------------------------------------- conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a crew WhatsApp export, an "
      "Outlook forward, a Jira comment, a depot whiteboard photo OCR, a Google Sheet CSV export, zsh history, tmux "
      "scrollback, `railway variables --set`, `doppler secrets set`, `aws ssm put-parameter`, a Bitwarden JSON export) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s, …; %d in all; capitalised with probability 0.4) + one of "
      "`- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). "
      "The build checks `%s` for the six everyday password types and the six owner-chosen vendor passwords, and the strict "
      "`%s` for every plain positional value, every password hidden inside a Base64 positional value, every prose value "
      "and every depot-laptop evasion plain."
      % (", ".join(C.WORDS[:40]), len(C.WORDS), C.PW_RE.pattern, C.PW_STRICT_RE.pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no Base64-hidden password appears in any text or negative. Values, vendor neighbours, "
      "hidden passwords, evasion plains and runs are drawn through one registry that refuses repeats and any string in a "
      "substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered string "
      "of 6+ characters, any labelled value, hidden password or evasion plain.")
    a("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is "
      "version 4 (checked); every JWT-shaped substring of a positive or evasion text has base64url JSON header and payload "
      "and a signature length that fits its `alg` (HS256 32, HS384 48, HS512 64, ES256 64, ES512 132, RS256 256 bytes; "
      "checked): the driver-app token is a real HS512 JWT and the Supabase service-role key a real HS256 JWT (HMACs under "
      "discarded keys), the Routific and monday.com tokens HS256-shaped, the Calendly token ES512-shaped and the MailerLite "
      "token RS256-shaped (real JSON, random signature bytes). `tpk_` keys carry a real Verhoeff check digit over their "
      "10-digit account, `mpi_` tokens end in the real Adler-32 of their 40-character body, `sjw_` secrets end in a real "
      "Luhn mod 36 check character, age identities are real Bech32 (`AGE-SECRET-KEY-1`, 32 bytes, checksum verified), "
      "Fernet keys decode to 32 bytes (all checked). Vendor frames: the Mapbox `sk.` middle part, the Sentry `sntrys_` "
      "body and the Grafana Cloud `glc_` body are real encoded JSON (checked); all 120 vendor values are checked against a "
      "regular expression or frame check derived from their generator. The Docker `config.json` `auth` and `.npmrc` "
      "`_auth` spans are Base64 of `user:password` with a strict-form password (checked); the survey-PDA file puts the "
      "value in columns %d–%d (checked). Negatives: EAN-13 and SSCC-18 carry real GS1 check digits, IBANs real ISO 7064 "
      "mod-97 digits, UK VAT numbers the real HMRC mod-97 pair, age recipients a real Bech32 checksum (all checked); image "
      "digests are real SHA-256 of random bytes, SOPS, argon2id, PBKDF2 and JWKS bodies are random bytes in the right frame."
      % positional219.FIXED_COL)
    a("- Public neighbours are unlabelled: user names, hosts (`*.oakridge-tree.lan`, `*.birchfell-logs.lan`, "
      "`*.hollybank-arb.example`, `*.ashgrove-firewood.example`, private addresses), key names, and ids written next to a "
      "vendor secret (%s) and the user half of a user / password pair."
      % "; ".join("%s: %s" % (t, n[0]) for t, _s, n, _c in vendor219.VENDORS if n))
    a("- Vendor containers are `<type>__<style>`; styles (%d, assigned cyclically): %s. Key names are the type name in "
      "the style's case; in the Bitwarden export the key name is the item `name`, the neighbour (or `api`) sits in "
      "`login.username`, the secret in `login.password`."
      % (len(vendor219.STYLES), ", ".join("%s (%s)" % (_bt(s), c) for s, c in vendor219.STYLES)))
    a("- Positional passwords: span type `arbpw_<syntax>`, container `arbpw_<syntax>__<suffix>` where the suffix says "
      "where the text lives: %s." % ", ".join("%s (%s)" % (_bt(s), g) for g, s in positional219.SUFFIX.items()))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside "
      "its own run, if the run equals the plain, if the run would start or end with whitespace or if the registry refuses "
      "plain or run.\n")

    # ------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (_bt(t), d) for t, _w, d, _k in everyday219.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (_bt(n), s) for n, s, _t in everyday219.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits "
      "in exactly 15 records (checked); secrets therefore also land in implausible places (an age identity in a WordPress "
      "`wp-config.php`, a driver JWT on a depot whiteboard). Key names are the type's key words in the container's own "
      "case style: upper (with `VITE_`, `SECRET_`, `ARB_` prefixes where the framework wants them; `export` in shell "
      "files), snake, camel, pascal (`Arb:` section in user secrets), dot (with `rounds.`, `arb.stump.`, `wtn.`, "
      "`waste.` prefixes), spaced (chats, e-mails, tickets) and title (OCR, CSV cells).\n" % C.SEEDS["everyday_pairing"])
    a("Vendor (120 types, container `<type>__<style>`): " + ", ".join(_bt(t) for t, _s, _n, _c in vendor219.VENDORS) + ".\n")
    a("Positional passwords (%d syntaxes, span type `arbpw_<syntax>`): " % src["password"]
      + ", ".join("`arbpw_%s` (%s)" % (s, g) for s, g, _t in positional219.S)
      + ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` "
      "prefix; checked).\n")
    a("Prose: someone tells a colleague the password of the yard office PC and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among "
      "the languages of either README (checked: code against the codes and all deny-listed names; name and each name word "
      "against the language names). Scripts: %s. Japanese, Chinese, Cantonese, Khmer and Burmese have no spaces between "
      "words, so the value got spaces around it; Hebrew is right-to-left with the Latin value embedded; every value is set "
      "off by whitespace on both sides (checked).\n"
      % (prose219.TYPE, ", ".join(_bt(f) for f in prose219.FORMATS),
         ", ".join("%s (%s)" % (_bt(c), n) for c, n, _s, _t in prose219.LANGS),
         ", ".join(sorted({s for _c, _n, s, _t in prose219.LANGS}))))

    # ------------------------------------------------------------- evasions
    a("## Evasion encodings\n")
    a("; ".join("%s = \"%s\"" % (_bt(n), enc219.RULES[n][0]) for n in enc219.NAMES) + ".\n")
    a("Families: " + "; ".join("%s: %s" % (enc219.RULES[n][1], _bt(n)) for n in enc219.NAMES) + ".\n")
    a("Evasion types: " + "; ".join("%s (%s)" % (_bt(t), d) for t, d, _w in evasions219.TYPES)
      + "; wordings: " + ", ".join(_bt(w) for w in evasions219.WORDINGS)
      + " (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, so each encoding appears "
      "once per type and once per wording).\n")
    a("Encoders are in `enc219.enc` (the rng only adds noise the decoder ignores: tree numbers, batch labels, chain pitch "
      "and gauge, bag numbers, TPO years, chipper unit numbers and tenths); the decoder `dec219.decode` gets only the "
      "encoding name and the run and is written separately, importing nothing from the encoder and no `base64`, "
      "`binascii`, `codecs`, `struct` or `unicodedata`, with every table retyped: an Ogham back-table with the two "
      "feather marks, negadecimal place values, hieroglyph and Aegean values, hexagram sextets back to bytes, a tree-name "
      "and yard-word codebook, the pair swap, a move-to-front list, running sums, stroke removal, a superscript back-table, "
      "a Bubble Babble decoder that also verifies the checksum vowels, a proquint reader, MIDI note arithmetic, a QWERTY "
      "left-neighbour table, a prime counter, and regular expressions plus arithmetic for the six world disguises. Every "
      "pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 "
      "failures); the Bubble Babble encoder reproduces the published vectors (`xexax`, `xesef-disof-gytuf-katof-movif-baxux`, "
      "`xigak-nyryk-humil-bosek-sonax`) and the proquint encoder `lusab-babad` for 127.0.0.1; at build time every span is "
      "decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every base and digit block they list, "
      "number-word languages, the look-alike blocks (Greek, Cyrillic, fullwidth, circled, squared, parenthesized, "
      "Cherokee, regional indicators, mathematical, monospace, upside-down), Morse, radio alphabet, multi-tap, Braille, "
      "Polybius, rail fence, columnar transposition, affine, keyword and Caesar / Atbash / Vigenère relatives, "
      "octal / percent / HTML escapes, Gray code, Zeckendorf, factorial and primorial bases, prime factorisations, squares, "
      "BCD, XOR and nibble tricks, EBCDIC, IEEE floats, CSS colours, DNA letters, POSTNET, A1Z26, Roman / Hebrew / Suzhou "
      "numerals, Unicode names, tag characters, variation selectors, zero-width characters, bidi overrides, boustrophedon, "
      "decimation, odd / even split, fold, reversal and rotation. Close relatives remain and a scorer may count them as the "
      "same idea: Egyptian and Aegean numerals next to Roman and Hebrew numerals (additive numeral notations), negadecimal "
      "next to the other bases, the hexagram sextets next to Base64 (6 bits per symbol), Ogham and the superscripts next "
      "to the look-alike blocks, the tree acrostic next to the radio alphabet, the QWERTY shift next to the substitution "
      "ciphers, the pair swap next to the positional tricks, the prime index next to prime factorisations, the stroke "
      "overlay next to the invisible-character tricks, Bubble Babble and proquints next to each other, the six world "
      "disguises next to the earlier world disguises.\n")

    # ------------------------------------------------------------- negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    for cname, kinds, desc in negatives219.CLASSES:
        a("| %s | %d | %s | %s |" % (_bt(cname), ncls[cname], ", ".join(_bt(k.__name__) for k in kinds), desc))
    a("\nEach base kind appears plain and wrapped " + ", ".join("`__%s`" % w for w, _t in negatives219.WRAPPERS if w) + ".\n")

    # ---------------------------------------------------------------- checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain "
      "or Base64-hidden password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and owner-chosen vendor password types, the strict form for "
      "plain positional, Base64-hidden, prose and depot-laptop evasion passwords (`cim_` and `kot-` plains by their own "
      "regexes); `tpk_` Verhoeff digit; `mpi_` Adler-32; `sjw_` Luhn mod 36; HS512 driver JWT; age Bech32 checksum and 32 "
      "bytes; Fernet 32 bytes; 120 vendor regexes plus the frames of the Mapbox, Sentry, Grafana Cloud and JWT values; "
      "Base64 positional spans decode to `user:password`; survey-PDA columns; UUID-shaped substrings of every text are "
      "version 4; every JWT-shaped substring of a positive or evasion text has JSON header and payload and a signature "
      "length that fits its `alg`; GS1 EAN-13 and SSCC, IBAN mod-97, UK VAT and age-recipient Bech32 in the negatives")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a "
      "newline and is followed by a newline and a remark; plain shape per type; the run never contains its plain and "
      "never equals it; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3, once per "
      "type and once per wording")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and hidden password")
    a("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose "
      "format, evasion wording, negative base kind and wrapper inside it), every everyday kind including the spare, every "
      "vendor style, set-aside vendor and syntax, password suffix, prose format, evasion wording, negative wrapper, span "
      "type, evasion encoding and negative class is compared case-insensitively, whole name and each `__` part, with the "
      "frozen deny-list; positional syntaxes (span type without `arbpw_`) and the set-aside syntaxes also against the "
      "earlier syntax list; prose languages (taken from the record containers) and spares by code, name and name words; "
      "`brief_names.json` is compared with a fresh extraction when `/tmp/brief219/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor "
      "types with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in "
      "40 distinct languages; 66 evasions (22 × 3); positives 440–470; span types of the sources pairwise disjoint; "
      "non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n"
      % (len(muts), sum(c for _n, c in muts), len(muts),
         ", ".join("%s (%s)" % (_bt(n), "caught" if c else "MISSED") for n, c in muts)))

    # ---------------------------------------------------------------- shapes
    a("## Shapes you had to guess\n")
    cat_title = {
        "read": "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, "
                "`config/gitleaks.toml`; nothing copied; every value generated; where the rule gives only a prefix or a "
                "length range, the exact length is mine)",
        "believed": "Believed right from background knowledge of public rule sets and vendor docs (not re-read this session)",
        "guessed": "Guessed (length and alphabet only; most tree-care, field-service, rota, route-planning, address-lookup "
                   "and small SaaS vendors publish no token format the builder knows, so these are recognisable from the "
                   "key name only)",
        "owner": "Owner-chosen passwords (the portal is unlocked with a password the business picked)",
    }
    for cat in ("read", "believed", "guessed", "owner"):
        items = []
        for t, spec, nbr, c in vendor219.VENDORS:
            if c != cat:
                continue
            d = vendor219.spec_of(spec)[2]
            if nbr:
                d += " – next to it: " + nbr[0]
            items.append("%s (%s)" % (_bt(t), d))
        a("%s (%d): %s.\n" % (cat_title[cat], len(items), "; ".join(items)))
    a("Also invented or guessed: the everyday layouts `tpk_` (Verhoeff digit), `mpi_` (Adler-32 tail) and `sjw_` "
      "(Luhn mod 36) and the evasion prefixes `cim_` / `kot-` are invented; the HS512 driver JWT, the age identity and the "
      "Fernet key follow public formats for invented uses. The crew-tablet CSV (fourth column `unlock`), chipper "
      "telematics pipe file (`console` field), survey-PDA fixed-width file (columns %d–%d, header `KEY`), weighbridge "
      "TSV (`unlock` column), kiln-panel semicolon file (`service` field), delivery-van JSON rows and stump-grinder YAML "
      "flow sequences are invented formats of this world. Syntaxes written from memory, not re-checked (notably "
      "`xfreerdp /p:`, `rdesktop -p`, `winrs -p:`, impacket target strings, `lynx -auth=`, HTTPie "
      "`-a u:p`, `curlftpfs`, `7z -p`, `aescrypt -p`, `mutool draw -p`, `msoffcrypto-tool -p`, `snmpwalk -A`, `snmpget -c`, "
      "`slappasswd -s`, `restic rest:` URLs, `skopeo --dest-creds`, `emqx ctl admins add`, CVS `:pserver:`, `vsql -w`, "
      "`beeline -n -p`, `cryptsetup --key-file=-`, `pdbedit -t`, `vault kv put value=-`, `gh secret set`, `wrangler "
      "secret put`, BSD `ftp -n` with `user u p`, `keepassxc-cli` reading stdin, `chpasswd`); the library positions "
      "(pymssql, pysmb, pysnmp `UsmUserData`, ldap3, requests-ntlm, `ZipFile.open` `pwd`, pypdf `decrypt`, PyMuPDF "
      "`authenticate`, `pbkdf2_hmac`, `load_pem_private_key`, `load_cert_chain`, pyftpdlib, redis-py fourth positional, "
      "`mock.patch` side effects, `scryptSync`, ldapjs, Sequelize, ioredis, smbj, `KeyManagerFactory.init`, `PBEKeySpec`, "
      "`SecureString`, `Rfc2898DeriveBytes`, `DirectoryEntry`, `ValidateCredentials`, go-ldap, `pbkdf2.Key`, suppaftp, "
      "`Net::SMTP.start`, `Net::IMAP#login`, `ldap_bind`, `oci_connect`, Perl `Net::SMTP->auth`, lua-resty-redis, MATLAB "
      "`database`, `WiFiMulti.addAP`, Oracle thin URLs); the file layouts (racoon `psk.txt`, `.git-credentials`, Docker "
      "`config.json`, `.npmrc` `_auth`, nginx `{PLAIN}`, pip `--extra-index-url`, `git+https` dependencies, muttrc "
      "`smtp_url`, xl2tpd `l2tp-secrets`, radcli `servers`, CUPS `DeviceURI`); the protocol forms (IMAP `LOGIN`, "
      "NickServ `IDENTIFY`, tshark SNMP community and LDAP `simple` fields, Odoo XML-RPC `authenticate`, Quectel "
      "`AT+QICSGP`); the UI automation calls (Selenium, Capybara, UIA `ValuePattern`, AutoIt, ydotool, AppleScript "
      "`keystroke`, `adb shell input text`, Katalon, Gherkin steps, Flutter `enterText`, Compose `performTextInput`); the "
      "SQL forms (pgcrypto `crypt`, `db.auth`, Redis `ACL SETUSER >`, Neo4j `createUser`). Evasion rules: the Ogham "
      "(U+1681–U+169C), hieroglyph (U+13362, U+13386, U+133FA), Aegean (U+10107–U+10121), hexagram (U+4DC0) and modifier "
      "letter code points (including U+107A5 for q) are from memory and checked only by round trip; the Ogham letter "
      "assignment for j, k, p, v, w, x, y is the builder's own. Negatives: Ready to Burn, waste-carrier, UPRN and "
      "planning-reference layouts are approximate; argon2id, PBKDF2, SOPS and JWKS bodies are random bytes in the right "
      "frame, not hashes or ciphertexts of anything.\n" % positional219.FIXED_COL)

    # ------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (tree-survey admin, quotes / risk-assessment portal, crew-rota database, "
      "moisture-logger console, delivery-rounds back office, waste-transfer-note register) and six generated secrets "
      "(`tpk_` TPO lookup key, `mpi_` probe ingest token, `sjw_` stump-job webhook secret, HS512 driver-app JWT, age "
      "identity of the service-log backups, Fernet label key). Key names in everyday files say password / key / token / "
      "secret / jwt / identity – that is how such files look; the telling-key-free cases are in the positional source. The "
      "age identity (positive, `AGE-SECRET-KEY-1…`) and the age recipients (negatives, `age1…`) share the Bech32 alphabet "
      "and checksum; the Fernet key is plain base64url of 32 bytes with no prefix – only the key name and context tell it apart.")
    a("- Vendor: many tree-care, field-service, rota, route-planning and address-lookup vendors publish no token format "
      "the builder knows, so their types are recognisable only from the key name – part of the test. Six vendor types carry "
      "owner-chosen passwords (Webfleet user, MyGeotab, Traccar admin, Esendex, Arboricultural Association member portal, "
      "Lantra learner portal); the Meteomatics password is a vendor-issued 10-character string and labelled as a vendor "
      "secret. Same-shape traps: the Google Maps server key (positive) and the referrer-locked browser key (negative) share "
      "the `AIza` shape; the Stripe restricted `rk_live_51` key and the Clerk `sk_live_` key sit next to the publishable "
      "`pk_live_51` in the negatives; Tradify, ezytreev, Husqvarna, Webfleet, Postmark and Railway secrets are bare UUIDv4s "
      "while the negatives hold UUIDv4 tracking and idempotency ids; many 32- and 40-hex secrets (Slack signing secret, "
      "Mailjet, Toggl, Onfleet, Pipedrive, Deepgram) look like the 32-hex etags, 40-hex commits and Algolia search-only key "
      "of the negatives; the Stripe webhook secret (positive) stands against the `Stripe-Signature` header (negative). The "
      "Teams, Discord and Google Chat webhook URLs are labelled whole (the URL is the credential). Ids next to a secret "
      "(PayPal client id, WooCommerce `ck_`, Twilio `SK` sid, AWS `AKIA` id, Spaces `DO00` key, B2 key id, R2 access key "
      "id, Trello key, Auth0 client id, Husqvarna application key) stay unlabelled as the public half of a pair (arguable: "
      "some vendors call them keys).")
    a("- Passwords: labelled when the value logs in (flags `/p:`, `-p`, `-p:`, `-w`, `-A`, `-c`, `-a u:p`, `-auth=u:p`, "
      "`--dest-creds u:p`; glued `-pPW`; target strings `DOM/u:p@host`, CVS `:pserver:u:p@`; URL userinfo in Mercurial, "
      "curlftpfs, WinSCP, restic, ffplay RTSP, ioredis (empty user), Oracle thin, pip, npm-style git dependencies, "
      "muttrc, CUPS, `.git-credentials`), unlocks or creates an encrypted thing (7-Zip, aescrypt, mutool, msoffcrypto, "
      "cryptsetup, keepassxc-cli, `ZipFile.open`, pypdf, PyMuPDF, `load_pem_private_key`, `load_cert_chain`, "
      "`KeyManagerFactory`), derives or hashes a key from a literal (`pbkdf2_hmac`, `scryptSync`, `PBEKeySpec`, "
      "`Rfc2898DeriveBytes`, `pbkdf2.Key`, `slappasswd -s`, pgcrypto `crypt`), stores or sets a secret (`vault kv put`, "
      "`gh secret set`, `wrangler secret put`, `chpasswd`, `pdbedit -t`, `mysql_secure_installation`, `emqx ctl admins "
      "add`, `createUser`, `ACL SETUSER >`, pyftpdlib `add_user`, Django `create_superuser`), is a Wi-Fi, SNMP, IPsec or "
      "RADIUS / L2TP shared secret, sits in a file by position, travels in a protocol exchange or is typed by automation "
      "(UI tests use neutral field ids `f1` / `f2`, `Edit2`). Weakest kept cases, with a hint of the word nearby: the tool "
      "names `chpasswd`, `slappasswd` and `mysql_secure_installation` (the value is still positional), the SNMP "
      "`community` and LDAP `simple` field names printed by tshark, the `[sudo] password for` prompt that `sudo -S` "
      "prints after the pipe, `keepassxc-cli`'s `Enter password to unlock` line, the `-A` (auth phrase) and `-p` flags, "
      "the `auth` key in Docker `config.json` and `_auth` in `.npmrc`, the `{PLAIN}` scheme tag, nginx's file name "
      "`htpasswd`, the `secret` column comment in `l2tp-secrets`, radcli's `key` comment and the `unlock` / `console` / "
      "`KEY` / `service` headers of the invented files; none of them is a `password=` key. The Docker and npm spans are "
      "the whole Base64 token, not the decoded password. `git_askpass_inline_echo_script` writes the password into a "
      "throw-away askpass script (`echo pw`). Syntaxes whose flag or function name says pass / password / pw right before "
      "the value (`--password`, `-pw`, `-storepass`, `setPassword`, `userauth_password`, `PasswordAuthentication`, "
      "`IDENTIFIED BY`, `PASS`, `passcode:`) were not written. Closest relatives of earlier syntaxes, kept because the "
      "tool or mechanism differs: `rdesktop -u` / `-p` and `beeline -n` / `-p` pairs (earlier `docker login`, `podman login`), "
      "`7z -p` glued (earlier `rar -hp`, `mysql -pPW`), the ldap3 / go-ldap / ldapjs / `ldap_bind` binds (earlier "
      "python-ldap), `Net::SMTP` and Perl SMTP auth (earlier smtplib), suppaftp and BSD `ftp` (earlier ftplib, Net::FTP), "
      "`pbkdf2_hmac` / `scryptSync` (earlier `pbkdf2Sync`), `chpasswd` (earlier `smbpasswd`), `.git-credentials` (earlier "
      "`git remote set-url`), the new URL-userinfo tools (earlier psql, mongodump, git, nats). %d further ideas were "
      "written down and set aside (listed under Scale)." % len(positional219.SET_ASIDE))
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "German, Portuguese, Italian, Catalan, Galician, Norwegian Bokmål, Russian, Serbian, Bosnian, Esperanto, Malay, "
      "Japanese, Korean, Mandarin Chinese, Hindi; modest for Basque, Irish, Luxembourgish, Western Frisian, Faroese, "
      "Hebrew, Bengali, Marathi, Gujarati, Yue Chinese, Javanese, Hausa, Zulu, Xhosa, Northern Uzbek, Maori; low for "
      "Scottish Gaelic, Breton, Kannada, Malayalam, Sinhala, Khmer, Burmese, Yoruba, Kinyarwanda. Loan words (PC, "
      "पासवर्ड, পাসওয়ার্ড, ಪಾಸ್‌ವರ್ಡ್, പാസ്‌വേഡ്) are kept as people use them. `zsm` is "
      "(Standard) Malay, `uzn` Northern Uzbek, `cmn` Mandarin and `yue` Cantonese – the individual languages behind the "
      "macrolanguages; `srp` is written in Cyrillic, `bos` in Latin script.")
    a("- Evasions: Ogham is a script substitution that fits the trade (its letters are named after trees); negadecimal is "
      "a negative-base numeral system whose digits look like ordinary decimal codes (`a` = 117, which reads as `u`); "
      "Egyptian and Aegean numerals are additive numeral notations; I Ching hexagrams carry six bits each; the tree "
      "acrostic is a codebook spelled form; the pair swap is a positional trick; move-to-front and delta coding are "
      "reversible transforms; the long-stroke overlay interleaves a combining mark (the plain is visible to a human but "
      "not a substring); superscript letters are a look-alike block (digits are superscripted too, `_ . -` stay plain, so "
      "part of the plain is visible – weak); Bubble Babble and proquints are pronounceable byte encodings (Bubble Babble "
      "has a built-in checksum the decoder verifies); MIDI note names and prime indices are disguises of code points; the "
      "QWERTY shift is a keyboard cipher; stem diameters, moisture readings, drive-link counts, bag weights, TPO numbers "
      "and engine hours are this world's disguises of code points. Novelty was checked by name against both READMEs and "
      "by notion against the encodings they name in prose.")
    a("- Negatives: tree tags, TPO / planning / CAT references, UPRNs, waste-carrier numbers, EWC and SIC codes, serials, "
      "ECU ids, batch ids, certificate numbers, IBANs, VAT numbers, SSCCs and EAN-13s are identifiers (the check-digit ones "
      "carry real check digits; the 16-hex ECU ids, 20-hex batch ids, 32-hex etags and SHA-1 label hashes look like keys); "
      "Stripe `pk_live_`, the browser `AIza` key, Mapbox `pk.` and the Algolia search-only key are public by design (the "
      "browser key has exactly the shape of the labelled Maps server key – the most arguable negative); "
      "`tpk_<account>_<your-key>`, `mpi_XXXX…`, `${…:?set me}`, `AGE-SECRET-KEY-1...`, `changeme`, `<your token>`, "
      "`rk_live_...` and empty values are placeholders; `********`, `SG.****...****`, `[MASKED]`, `…` + 4 and `<redacted>` "
      "carry no value; `secretKeyRef` and `${{ secrets.X }}` are pointers; SOPS `ENC[…]` values are ciphertext; argon2id and "
      "PBKDF2 strings are one-way hashes (the field is called `password` / `password_hash`, a trap); image digests and "
      "commits are public; age recipients, minisign keys and JWKS moduli are public keys; `Stripe-Signature` and "
      "`X-Hub-Signature-256` values are HMAC outputs, not keys. The `.env.example`, SOPS, `secretKeyRef` and GitHub "
      "Actions files use the real key names of the everyday and vendor secrets – a trap for key-name-only detectors. "
      "Random fillers are generated, so an entropy-only detector will hit them – that is the point.\n")

    # ---------------------------------------------------------------- sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief219/` (p216 and p217), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch219/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its "
      "own mirror directory and extracted with `git show` into `/tmp/scratch219/`), read for the rules behind every vendor "
      "type marked *read this session* above (Stripe `rk_live_`, Square `EAAA`, Shopify `shpss_`, EasyPost `EZAK`, Shippo "
      "`shippo_live_`, FreshBooks, Typeform `tfp_`, GCP `AIza`, SendGrid `SG.`, Twilio `SK`, Slack `xapp-`, Teams "
      "`webhookb2` URLs, OpenAI `sk-svcacct-` with `T3BlbkFJ`, Anthropic `sk-ant-admin01-`, Cohere, GitHub `github_pat_` "
      "and `ghs_`, GitLab `glrt-`, PyPI `pypi-AgEIcHlwaS5vcmc`, Postman `PMAK-`, Atlassian `ATATT3`, Linear `lin_api_`, "
      "Sentry `sntrys_eyJpYXQiO`, Grafana `glc_` / `glsa_`, New Relic `NRAK-`, Vault `hvs.`, Terraform `.atlasv1.`, "
      "Prefect `pnu_`, Okta `00`) and for the `age-secret-key` rule behind the everyday age identity. Betterleaks, "
      "Kingfisher, CredSweeper and vendor documentation were not opened this session; the remaining shapes come from the "
      "builder's memory and are marked above as believed or guessed.")
    return "\n".join(L) + "\n"
