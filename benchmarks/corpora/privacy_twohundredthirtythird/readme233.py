"""Renders README.md of p233 from the generated data and the module tables."""
import common233 as C
import everyday233
import evasions233
import negatives233
import positional233
import prose233
import vendor233


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(data, deny, mut_results, deny_status):
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    src = {}
    for r in S:
        src.setdefault(r["source"], []).append(r)
    where = {}
    for syn, w, _, _ in positional233.SYNTAXES:
        where[w] = where.get(w, 0) + 1
    L = []
    a = L.append
    a("# privacy_twohundredthirtythird (p233) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on **bakeries**: "
      "bakeries, patisseries and cake decorators – the bakehouse production planner and ERP (Rails credentials, Laravel and Symfony env files, "
      "Spring, .NET appsettings, Rust TOML, a Jupyter notebook, a Postman environment), the celebration-cake order portal (WooCommerce wp-config, "
      "Nuxt, FastAPI, Phoenix, Vercel env pull), the shop till (Flutter dart-define, Electron store, App.config, INI, Android local.properties), "
      "deck ovens, proofers and the cold room (CODESYS GVL, Node-RED credentials, ESPHome and Home Assistant secrets, zigbee2mqtt, Vector, a Modbus gateway), "
      "the bakery's ops (Ansible, tfvars, Pulumi, Nomad, a Kubernetes ConfigMap mistake, compose, systemd EnvironmentFile, bash / fish / PowerShell history, "
      "CircleCI, Bitbucket Pipelines, Azure Pipelines, Buildkite, Apache SetEnv, pm2) and the messy places values get pasted (a WhatsApp chat export, a Trello "
      "comment, an order-sheet CSV, an OCR of the recipe binder); secrets of this world such as a `bko_` order-webhook key with a real Damm digit, an `rte_` "
      "delivery-route token with a real CRC-16/CCITT-FALSE tail, a Rails `secret_key_base`, a Laravel `APP_KEY`, a Fernet recipe-vault key and an HS384 "
      "kitchen-display JWT; the trade's own portals, software and kit (Craft Bakers Association, BAKO, Brakes, FlexiBake, Cake International, Renshaw, "
      "BakeSmart, Cybake, Bakesy, Hotplate, MarketMan, Apicbase, meez, Galley, Nutritionix, Edamam, Spoonacular, USDA FoodData Central, ReciPal, RATIONAL "
      "ConnectedCooking, Monnit, testo Saveris, Tuya, SmartThings, Govee); plus the commerce, messaging, AI, developer and ops services such developers use "
      "(Faire, Etsy, Wix, Squarespace, BigCommerce, Ecwid, Uber Eats, DoorDash Drive, Acuity, Eventbrite, Yelp, Stripe secret keys and Connect webhook secrets, "
      "Square OAuth, SumUp, Zettle, Braintree, GoCardless, Mollie, Coinbase Commerce, Shopify admin and custom-app tokens, QuickBooks, Xero, FreshBooks, Gusto, "
      "Deputy, ShipStation, Twilio auth tokens, Telegram bots, Mailgun, Brevo, Mailchimp, Slack bot tokens and incoming webhooks, Discord bots, LINE, Pushover, "
      "Pusher, Ably, Intercom, Zendesk, MessageBird, Infobip, OpenAI project keys, Anthropic API keys, Gemini, Groq, Together, Replicate, Hugging Face, "
      "Perplexity, Stability, LangSmith, Voyage, GitHub fine-grained and OAuth tokens, GitLab PAT and deploy tokens, npm, Bitbucket, Vercel, Render, Fly.io, "
      "Heroku, Sentry user tokens, Cloudinary, Airtable, Notion, Jotform, reCAPTCHA, hCaptcha, FCM, Supabase management, MongoDB Atlas, PlanetScale, Turso, "
      "Cloudflare API / R2 / Tunnel, AWS IAM, DigitalOcean, Linode, Hetzner, Datadog, UptimeRobot, 1Password service accounts, Snyk, SonarCloud, CircleCI, "
      "Pulumi, Meta page tokens, Facebook app secrets); with hard negatives from the same world (batch and best-before codes, EAN-13 and variable-weight "
      "barcodes with real GS1 check digits, allergen matrices, HACCP probe logs, baker's-percentage formulas, cake-order and pickup refs, public storefront keys, "
      "documentation placeholders, `.env.sample` files, masked displays, secret-store pointers, bcrypt and sha512-crypt hashes, PGP and KMS ciphertext, SSH "
      "public keys, lockfile integrity hashes, card-terminal receipts, IT-rules prose, equipment serials, supplier IBANs with real mod-97 check digits, commit "
      "and build ids). Everything is produced by `build.py` and its modules (`common233.py`, `everyday233.py`, `vendor233.py`, `positional233.py`, "
      "`prose233.py`, `enc233.py`, `dec233.py`, `evasions233.py`, `negatives233.py`, `checks233.py`, `readme233.py`, frozen deny-list `brief_names.json`): "
      "Python 3 standard library only, fixed `random.Random` seeds (23301 everyday values, 23311 everyday pairing, 23302 vendor, 23303 positional, 23304 prose, "
      "23305 evasions, 23306 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares the bytes of "
      "the three JSONL files, runs every check and %d mutation tests, renders this README from both generations and compares it, and only then writes the "
      "files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief233/`.\n"
      % len(mut_results))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredthirtythird/`) was created (with `mkdir -p`) and written; the only listing made there was `ls -la` of this "
      "directory itself (right after creating it, and after the final build) plus reads, edits and runs of its own files; its parent was never listed or "
      "searched, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project material read were "
      "the two READMEs in `/tmp/brief233/` (`README_twohundredthirtieth.md`, p230, vineyards and wineries; `README_twohundredthirtyfirst.md`, p231, "
      "opticians and optometrists; the directory was listed once with `ls -la` and the files sized with `wc -c`), used only to learn the file format and "
      "what is already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch233/` (an extracted copy of the public "
      "gitleaks rule file and round-trip runs). The deny-list (`common233.extract_denylist`) holds every backticked name and every snake_case identifier of "
      "both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped (%d), the codes "
      "of every `` `code` (Name) `` pair (%d; the pattern also catches `code`, which only makes the list stricter) and the names and name words of those "
      "pairs (%d, with harmless noise such as `northern`). It is frozen in `brief_names.json`; %s. Encodings, syntaxes, languages and negative ideas the two "
      "READMEs name only in prose (their *avoided* and *set aside* lists) were avoided by hand as well. Novelty is checked against these two READMEs only; "
      "older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_status))

    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(S), len(S), len({r["type"] for r in S}), len({r["container"] for r in S}), len(src["everyday"]), len(src["vendor"]),
        len(src["password"]), len(src["prose"]), len({r["container"].split("__")[-1] for r in src["prose"]})))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(E), len(E), len({r["type"] for r in E}), len({r["container"] for r in E}),
                                                                       len({r["encoding"] for r in E})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len({r["container"] for r in N}), len({r["class"] for r in N})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p233-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with "
      "exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p233-e-NNNN`): `id`, `type`, "
      "`container`, a record-level `encoding`, `text`, `secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and "
      "`encoding`. Negatives (`p233-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, "
      "UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written down and unused: `%s`). "
      "Vendor 120 (%d candidates written down; set aside: %s). Positional passwords %d (one record per syntax; by where the text lives: %s; set aside: %s). "
      "Prose 40 in 40 languages (spares written down and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations "
      "(spare classes written down and unused: %s). Positives total %d (asked: about 450). Strings drawn through the registry: %d.\n" % (
          everyday233.SPARE_CONTAINER, 120 + len(vendor233.SET_ASIDE),
          "; ".join("`%s` (%s)" % x for x in vendor233.SET_ASIDE), len(src["password"]),
          ", ".join("%s %d" % (k, v) for k, v in sorted(where.items(), key=lambda x: -x[1])),
          "; ".join("`%s` (%s)" % x for x in positional233.SET_ASIDE),
          ", ".join("`%s` (%s)" % x for x in prose233.SPARES), len(N), len(negatives233.CLASSES),
          _bt(negatives233.SPARE_CLASSES), len(S), data["registry_size"]))

    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never the quotes and "
      "never the key. Values pasted where they do not belong (a WhatsApp chat export, a Trello comment, an order-sheet CSV, a recipe-binder photo OCR, "
      "bash / fish / PowerShell history, a Kubernetes ConfigMap, `fly secrets set`, `gcloud secrets versions add`, `vault kv get` output, a Discord paste, "
      "a WhatsApp message to the developer, a KeePass CSV export) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability 0.4) + one of `- _ . + ! ~` + 3–5 "
      "lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks `%s` for the six everyday "
      "password types and the six owner-chosen vendor passwords, and the strict `%s` for every plain positional value, the password hidden in the "
      "Proxy-Authorization Base64 value, every prose value and every office-PC evasion plain." % (
          ", ".join(C.WORDS[:40]), len(C.WORDS), C.PW_RE_WIDE.pattern, C.PW_RE_STRICT.pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; no evasion plain and "
      "no Base64-hidden password appears in any text. Values, vendor neighbours, the hidden password, evasion plains and runs are drawn through one registry "
      "that refuses repeats and any string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered "
      "string of 6+ characters, a world word + joiner + tail (the password form), a UUID-shaped string that is not version 4, a JWT-shaped string, or "
      "repeats an earlier negative.")
    a("- Structured values are valid: `bko_` keys carry the real Damm check digit of their 10-digit shop number, `rte_` tokens end in the real "
      "CRC-16/CCITT-FALSE of their 28-character body (4 upper-case hex), Rails keys are 128 hex of 64 random bytes, Laravel keys are `base64:` + Base64 of "
      "32 bytes, Fernet keys URL-safe Base64 of 32 bytes, kitchen-display tokens real HS384 JWTs (all checked). Every UUID-shaped substring of every text is "
      "version 4 and every JWT-shaped substring has base64url JSON header and payload and a signature length that fits its `alg` (checked). Vendor frames: "
      "the Wix `IST.` key wraps an RS256-shaped JWT and the Turso token is an EdDSA-shaped JWT (real JSON, random signature), the Discord bot token starts "
      "with the Base64 of an 18-digit id, the Intercom token is Base64 of `tok:<uuid>:1:0`, the Cloudflare Tunnel token Base64 of real JSON `{a, t, s}`, the "
      "1Password service-account token `ops_` + Base64 of real JSON (all checked); all 120 vendor values are checked against a regular expression built from "
      "the same spec that generated them (or the validator of the special frame). Negatives: EAN-13 and variable-weight barcodes carry real GS1 check digits "
      "and IBANs real ISO 7064 mod-97 check digits (checked); integrity hashes, spec-sheet hashes and image digests are real digests of random bytes; the "
      "ssh-ed25519 keys have the real wire frame around 32 random bytes; bcrypt, sha512-crypt, PGP and KMS bodies are random in the right frame.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.crumbandcrust.example`, `*.sugarloaf-patisserie.example`, "
      "`*.oakridge-bakehouse.example`, `*.pipingbag-cakes.example`, private addresses), key names, and the ids written next to a vendor secret (%s) and the "
      "user half of a user / password pair." % "; ".join("%s: %s" % (v[0], v[4][0]) for v in vendor233.VENDORS if v[4]))
    a("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically): %s. Key names are the vendor type's words in the style's case; the "
      "KeePass export puts the type's title-case words in `Title`, the neighbour (or `api`) in `Username` and the secret in `Password`." %
      ", ".join("`%s` (%s)" % s for s in vendor233.STYLES))
    a("- Positional passwords: span type `bkpw_<syntax>`, container `bkpw_<syntax>__<suffix>` where the suffix says where the text lives: %s." %
      ", ".join("`%s` (%s)" % (v, k) for k, v in positional233.SUFFIX.items()))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on its own line, then a "
      "remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if the run equals the plain, if the run would start "
      "or end with whitespace or hold a newline, or if the registry refuses plain or run.\n")

    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[3]) for t in everyday233.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (c[0], c[1]) for c in everyday233.CONTAINERS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 23311) of the 12 types and deals four "
      "consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 records (checked); secrets therefore "
      "also land in implausible places (a Fernet key on a recipe-binder photo, a JWT in an Apache vhost).\n")
    a("Vendor (120 types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* in the public gitleaks rule file, "
      "*believed* from memory, *guessed* where no published shape is known, so that the type is recognisable only from the key name):\n")
    for g in vendor233.GROUPS:
        vs = [v for v in vendor233.VENDORS if v[1] == g]
        a("*%s* (%d): " % (g, len(vs)) + "; ".join(
            "`%s` (%s – %s%s)" % (v[0], vendor233.shape_desc(v[0]), vendor233.PROV_TEXT[v[3]], (" – next to it: " + v[4][0]) if v[4] else "")
            for v in vs) + ".\n")
    a("Positional passwords (%d syntaxes, span type `bkpw_<syntax>`): " % len(positional233.SYNTAXES) + "; ".join(
        "`bkpw_%s` (%s, %s)" % (s[0], s[1], s[2]) for s in positional233.SYNTAXES) +
      ". None of them or the set-aside names is among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; "
      "checked).\n")
    a("Prose: someone tells a colleague the password of the bakehouse office PC and asks them not to pass it on; span type `%s`; container "
      "`<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among the languages of either README (checked: code "
      "against the codes and all deny-listed names; name and each name word against the language names); Spanish and German were kept out of the prose "
      "because this corpus uses them for number words. Scripts: Latin, Cyrillic, Greek, Georgian, Arabic (Persian, Urdu), Bengali, Gurmukhi, Tamil, Telugu, "
      "Thai, Khmer, Ethiopic, Han. Persian and Urdu are right-to-left with the Latin value embedded; Ukrainian, Belarusian and Kyrgyz put a dash before the "
      "value; Irish fronts the value (`Is é` + value); Basque, Persian, Urdu, Punjabi and Amharic put the copula after the value (after a space); every value "
      "is set off by whitespace on both sides (checked).\n" % (prose233.TYPE, _bt(prose233.FORMATS),
                                                               ", ".join("`%s` (%s)" % (c, n) for c, n, _ in prose233.LANGS)))

    a("## Evasion encodings\n")
    a("; ".join("`%s` = \"%s\"" % (e[0], e[2]) for e in evasions233.ENCODINGS) + ".\n")
    a("Families: " + "; ".join("%s: `%s`" % (e[1], e[0]) for e in evasions233.ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("`%s` (%s)" % t for t in evasions233.TYPES) + "; wordings: " + _bt(evasions233.WORDINGS) +
      " (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, so each encoding appears once per type and once per wording).\n")
    a("Encoders are in `enc233.enc` (the rng only adds noise the decoder ignores: deck numbers, dough and pastry names, longitudes; uuencode uses the "
      "standard library's `binascii` in the encoder only, Base45 is written by hand); the decoder `dec233.decode` gets only the encoding name and the run "
      "and is written separately, importing nothing from the encoder and no `base64`, `binascii`, `codecs` or `unicodedata`, with every table retyped: Roman "
      "numeral values with subtraction, Greek and Hebrew letter values (stigma, koppa, keraia, geresh, gershayim, the ט״ו / ט״ז forms), Chinese digits with "
      "百 / 十 / 零, German and Spanish number-word tables, its own uuencode and Base45 readers (Base45 rejects overflowing triples), the XOR key bytes, the "
      "Polybius grid, Fibonacci numbers with a Zeckendorf (non-consecutive) check, chessboard squares back to six-bit groups, tag-character offsets, "
      "double-struck and monospace offsets plus the seven Letterlike exceptions (ℂ ℍ ℕ ℙ ℚ ℝ ℤ), the resistor colour table, weekday digits, and regular "
      "expressions plus arithmetic for the five bakery disguises. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per "
      "encoding while writing (0 failures); at build time every span is decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): Mayan, Latin, Swahili, Icelandic and Māori numerals and words, Braille, "
      "Morse, the affine map, keyed columnar transposition, Ascii85, base32hex, octal, chaff interleave, BCD, factoradic, balanced ternary, die faces, "
      "hexagrams, clock times, IPv4 quads, tarot, DNA quads, EBCDIC, ChaCha20, base 36, duodecimal, spreadsheet columns, day-of-year, delta coding, "
      "sexagesimal, bcrypt radix-64, residue triples and every item of the two READMEs' own avoided lists (digit blocks, Caesar-family ciphers, ROT47, XTEA, "
      "RC4, homoglyphs, fullwidth / circled / parenthesized letters, reversal, rail fence, keyboard tricks, A1Z26, element symbols …). Close relatives remain "
      "and a scorer may count them as the same idea: Roman, Greek, Hebrew and Chinese numerals next to the earlier numeral notations (Mayan, duodecimal); "
      "German and Spanish words next to the earlier number-word languages; uuencode and Base45 next to Ascii85 / base32hex; the XOR key next to the "
      "earlier ciphers with the key in the text (ChaCha20, affine); the Polybius square next to the earlier substitution ciphers; Zeckendorf sums next to "
      "factoradic and the residue triples; chessboard sextets next to the hexagram sextets (the same bit grouping with a different symbol set – the closest "
      "relative here); double-struck and monospace letters next to the fullwidth / circled look-alike blocks; tag characters are new as a block but hide the "
      "same ASCII codes; resistor bands and weekday triplets next to the die-face symbol base; and the five bakery disguises next to the earlier world "
      "disguises of code points (Brix, SO2, PD, temple lengths …).\n")

    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    for cls, desc, kinds in negatives233.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cls, sum(1 for r in N if r["class"] == cls), _bt(k for k, _ in kinds), desc))
    a("\nEach base kind appears plain and wrapped " + ", ".join("`__%s`" % w for w in negatives233.WRAPPERS) + ".\n")

    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per record; spans re-slice "
      "exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its text and nowhere else in any text "
      "(positives, evasions, negatives); no value reused; no evasion plain or Base64-hidden password visible anywhere; no NUL and no PEM private-key block; "
      "prose values set off by whitespace")
    a("- shapes: the wide password regex for the six everyday password types, the strict form for plain positional values, the Base64-hidden password, "
      "prose values and office-PC evasion plains (`ovn_` and `pkl-` plains by their own regexes); `bko_` Damm; `rte_` CRC-16; Rails hex length; Laravel "
      "Base64 of 32 bytes; Fernet 32 bytes; HS384 JWT; 120 vendor regexes / frame validators; UUID-shaped substrings of every text are version 4; every "
      "JWT-shaped substring of every text has JSON header and payload and a signature length that fits its `alg`")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a newline and is followed by a "
      "newline and a remark; plain shape per type; the run never contains its plain and never equals it; record and span encoding agree; container "
      "`<encoding>__<wording>`; 22 encodings × 3, once per type and once per wording")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, no positive value, evasion plain, hidden "
      "password or world-word password form inside; GS1 check digits of every 13-digit code in the two barcode classes; IBAN mod-97 check digits")
    a("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose format and language code, "
      "evasion wording, negative base kind and wrapper inside it), span type, evasion encoding and negative class, and every spare kind, style, suffix, "
      "format, wording, wrapper, spare class, set-aside syntax and set-aside vendor name is compared case-insensitively, whole name and each `__` part, "
      "with the frozen deny-list; positional syntaxes (span type without `bkpw_`) and the set-aside syntaxes also against the earlier syntax list; prose "
      "languages and spares by code, name and name words; `brief_names.json` is compared with a fresh extraction when `/tmp/brief233/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types with containers "
      "`<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct languages; 66 evasions (22 × 3); positives "
      "440–470; span types of the sources pairwise disjoint; non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(mut_results), sum(1 for _, ok in mut_results if ok), len(mut_results),
        ", ".join("`%s` (%s)" % (n, "caught" if ok else "MISSED") for n, ok in mut_results)))

    a("## Shapes you had to guess\n")
    for prov, title in [(vendor233.R, "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`; "
                                      "nothing copied; every value generated; where the rule gives only a prefix, a case-insensitive class or a length range, "
                                      "the exact length and case are mine)"),
                        (vendor233.B, "*Believed right from background knowledge of public rule sets and vendor docs (not re-read this session)*"),
                        (vendor233.G, "*Guessed (length and alphabet only; most bakery-software, equipment and delivery-partner vendors publish no token "
                                      "format the builder knows, so these are recognisable from the key name only)*")]:
        vs = [v for v in vendor233.VENDORS if v[3] == prov]
        a("%s (%d): %s.\n" % (title, len(vs), "; ".join("`%s` (%s)" % (v[0], vendor233.shape_desc(v[0])) for v in vs)))
    a("Also invented or guessed: the everyday layouts `bko_` (Damm) and `rte_` (CRC-16/CCITT-FALSE) and the evasion prefixes `ovn_` / `pkl-` are "
      "invented; the Rails, Laravel, Fernet and HS384 JWT values are real formats used for invented purposes. The oven-HMI user file and the decorating-tablet "
      "roster are invented formats of this world. Syntaxes are written from memory, not re-checked against manuals (notably `rar -hp`, `racadm -p`, `ncftp "
      "-p`, `mega-login` positional order, `emqx ctl admins add` order, `influx setup -p`, `irssi /connect` positional order, `samba-tool user create` "
      "positional, `zfs load-key` reading stdin, `vercel env add` and `fly secrets import` reading stdin, `secret-tool store` reading stdin, the positional "
      "orders of `pymssql.connect`, `ldap3.Connection`, `pikepdf.open`, `FtpClient`, `Net::FTP.open`, `mysql_real_connect`, `Workbooks.Open` (Password is "
      "the fifth argument), the jetty realm.properties and davfs2 secrets layouts, exim passwd.client, the snmpd.conf `createUser` order, the Source RCON "
      "packet type and the FreeSWITCH ESL `auth` command). Evasion code points (Greek stigma U+03DB and koppa U+03DF, keraia U+0374, Hebrew geresh U+05F3 "
      "and gershayim U+05F4, tag characters U+E0000 block, mathematical double-struck U+1D538 / U+1D552 / U+1D7D8 with the Letterlike exceptions, "
      "monospace U+1D670 / U+1D68A / U+1D7F6) were checked with Python's `unicodedata` in the scratch directory (names and categories; the seven double-struck holes U+1D53A … U+1D551 are unassigned, hence the Letterlike exceptions) and round-tripped. "
      "Negatives: the variable-weight barcode layout is approximate (a real GS1 check digit, no price check digit claimed); card-terminal ids, AID and RRN "
      "layouts are approximate; the KMS `AQICAHh` prefix is remembered, the rest random.\n")

    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (production planner, cake-order portal admin, till manager, deck-oven HMI, cold-room monitor, wholesale "
      "portal) and six generated secrets (`bko_` Damm key, `rte_` CRC-16 token, Rails `secret_key_base`, Laravel `APP_KEY`, Fernet key, HS384 JWT). The Rails "
      "key is 128 bare hex – exactly like a SHA-512 hex digest – and the Fernet key is 44 characters of URL-safe Base64 like many public hashes; only the "
      "key name and context tell them apart (deliberate). The Laravel span includes the `base64:` prefix because it is part of the value Laravel reads. "
      "Everyday passwords may contain `+ ! ~` and are written verbatim even where a real shell line would want escaping. Key names in everyday files say "
      "password / key / token / jwt – that is how such files look; the telling-key-free cases are in the positional source.")
    a("- Vendor: many bakery-trade vendors (BakeSmart, Cybake, FlexiBake, Bakesy, Hotplate, MarketMan, Apicbase, meez, Galley, ReciPal, RATIONAL, Monnit, "
      "testo, Faire, Uber Eats, Zettle, Gusto) publish no token format the builder knows, so their types are recognisable only from the key name – part "
      "of the test. Six vendor types carry owner-chosen passwords (Craft Bakers Association, BAKO, Brakes, FlexiBake cloud, Cake International, Renshaw). "
      "Whole strings are labelled for the Slack incoming-webhook URL and the Ably key (app id, key id and secret are one string). The Fly.io span is the "
      "`fm2_…` token only, without the `FlyV1 ` scheme word. Same-shape traps: the Stripe `sk_live_51` key against the `pk_live_51` publishable key of the "
      "negatives; the Gemini `AIza` key against the Firebase web `apiKey` (`AIza`, public) of the negatives; the reCAPTCHA secret `6L…` against the site key "
      "`6L…` of the negatives; SmartThings, Govee, Squarespace, Coinbase Commerce, MongoDB Atlas and Snyk values are bare UUIDv4s like the order ids of the "
      "negatives; many 32 / 40 / 64-hex secrets (Nutritionix, Edamam, Spoonacular, Tuya, Braintree, Deputy, ShipStation, Twilio, Jotform, Datadog, R2, "
      "Linode, Together, Hotplate, RATIONAL) look like the digests of the negatives. Ids next to a secret (client ids, key ids, app ids, the Etsy keystring, "
      "the Pusher app key, the Braintree public key, the Square application id, the AWS access key id, account numbers, e-mails) stay unlabelled as the "
      "public half of a pair (arguable for the AWS access key id, the Etsy keystring and the Pushover user key, which some detectors flag on their own). The "
      "KeePass export's `Password` column holds an API key for most vendor types – that is how people store API keys in password managers.")
    a("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-a`, `/rp`, glued `-p` / `-hp`; pairs `user:secret`, `user,secret`, "
      "`user/secret@db`; URL userinfo in wget, nats and mysqlsh; positionals in `rabbitmqctl add_user`, `samba-tool user create`, `emqx ctl admins add`, "
      "`mega-login`, `net use`, `irssi /connect`; library call positions in Python, Node, Java, C#, Go, Rust, Ruby, PHP, Perl, C, Lua, Kotlin, Elixir, "
      "Scala, Dart, VBA and Apps Script), unlocks or encrypts (7z, rar, mutool, pikepdf, `Workbooks.Open`, `Unprotect`, `KeyStore.load`, "
      "`X509Certificate2`, `zfs load-key`, `openssl_encrypt`, `AES_ENCRYPT`), signs with a literal (JWT libraries in Python, Node, Java, Go, Rust, Ruby, PHP, "
      "Elixir, Scala, Dart; HMAC in Perl, C and Apps Script; PBKDF2 in Node), is stored for later use (podman / systemd-creds / secret-tool / kubectl / "
      "vercel / fly, `CREATE USER … IDENTIFIED BY`, database links, Redis ACL `>` rules, bcrypt about to hash), sits in a file by position (davfs2, exim, "
      "postfix, pgbouncer, rsyncd, svnserve, jetty, Kafka JAAS, strongSwan EAP, Wi-Fi QR payload, snmpd.conf, two invented bakery files), travels in a "
      "protocol exchange (RESP AUTH, Proxy-Authorization, LDAP simple bind, FreeSWITCH ESL, Source RCON, Tor control, Asterisk AMI) or is typed by "
      "automation (UI tests use neutral field ids `f1` / `f2`). The Proxy-Authorization span is the whole Base64 token, not the decoded password. Weakest "
      "kept cases, with a hint nearby: the `Secret:` header of Asterisk AMI (a key-like header, but not `password=`), `IDENTIFIED BY`, the `--password-file` "
      "flag printed after the sole-line rsync secret file, `--store-password-in-clear-text` after the dotnet NuGet value, the `code` column header of the oven "
      "HMI file, the `P:` field of the Wi-Fi QR payload, the `simple:` line of the LDAP decode and the espanso text-expander replacement; none of them is a "
      "`password=` key right before the value. Syntaxes whose flag or function says pass / passwd / password / pw / passphrase right before the value were "
      "not written. Closest relatives of earlier syntaxes, kept because the tool, file or mechanism differs: the `-p` / `-P` flags of rdesktop, mosquitto_pub, "
      "ipmitool, racadm, docker login, ncftp, netexec, elasticsearch-users, influx, dotnet nuget, cqlsh (earlier mysqladmin, oc login, bcp, xfreerdp); the "
      "user:secret pairs of curl, zkCli and the Kafka / rsyncd / exim / postfix files (earlier httpie, ab, skopeo, s3fs, dovecot); URL userinfo in wget, nats "
      "and mysqlsh (earlier psql, hg, WinSCP, pip.conf); the JWT / HMAC literals (earlier itsdangerous, authlib, jsonwebtoken verify, HMAC calls); the FTP "
      "and SMTP / IMAP library logins (earlier `imap_open`, Net::SMTP, MailKit); `net use` (earlier `net user`); Redis AUTH in RESP, in the console and in "
      "lua-resty (earlier redis-py and JedisPool constructors); the UI typing calls (earlier Playwright fill, Cypress, Puppeteer, Selenium IDE, AutoHotkey); "
      "the stdin pipes (earlier sudo -S, cryptsetup, keepassxc, wrangler, gh secret set).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for Catalan, Dutch, Swedish, "
      "Norwegian Bokmål, Romanian, Slovak, Croatian, Bulgarian, Ukrainian, Greek, Vietnamese, Welsh, Asturian; modest for Basque, Finnish, Estonian, Latvian, "
      "Lithuanian, Hungarian, Slovene, Belarusian, Macedonian, Albanian, Azerbaijani, Persian, Urdu, Bengali, Punjabi, Thai, Irish, Maltese, Kyrgyz, "
      "Cantonese; low for Georgian, Tamil, Telugu, Khmer, Amharic, Somali, Igbo. Loan words (password in Maltese, Urdu, Bengali, Punjabi and Telugu; "
      "computer in many) are kept as people use them. `azj` is North Azerbaijani (named Azerbaijani here), `pes` Iranian Persian (named Persian), `nob` "
      "Norwegian Bokmål, `yue` Cantonese written with traditional characters.")
    a("- Evasions: the Unicode tag-character run is invisible – the line looks empty but is not (a detector that strips default-ignorable characters sees "
      "nothing, which is the point); Roman, Greek, Hebrew and Chinese numerals are numeral notations of character codes; German and Spanish spelled "
      "numerals; uuencode and Base45 binary-to-text encodings (Base45 runs may contain spaces, uuencode runs punctuation; stored verbatim); the XOR key "
      "CRUMB is stated in the rule, so the run is reversible by anyone reading it; the Polybius square keeps `_ . -` readable; chessboard squares and the "
      "weekday / resistor symbol bases are disguises of bits and digits; double-struck and monospace letters keep the text readable to a human; oven "
      "temperatures, dough weights, hydration percentages, pastry prices and delivery latitudes are this world's disguises of character codes.")
    a("- Negatives: batch, lot, best-before, PLU, EAN-13 and variable-weight codes are identifiers (with real GS1 check digits); allergen matrices, E numbers, "
      "probe logs, formulas and scaling sheets are production data (hex probe ids and sensor serials look random); UUIDv4 order ids and 4-digit counter "
      "pickup codes identify orders (a pickup code is arguably a weak secret – kept as a negative because it is printed on the confirmation e-mail and "
      "shown at the counter); Stripe `pk_live_51`, the reCAPTCHA / hCaptcha site keys, the Firebase web `apiKey`, the Square application id, the Mapbox `pk.` "
      "token and the Algolia search-only key are public by design (the Firebase `AIza` key and the 32-hex Algolia key are the most arguable negatives); the "
      "AWS documentation pair, `sk_live_REPLACE_ME`, `xoxb-your-bot-token-here`, `ghp_XXXX…` and `<YOUR_API_KEY>` are published or obvious placeholders; "
      "`.env.sample` and compose templates use this corpus's key names with empty, `changeme`, `<…>` and `${VAR}` values (a trap for key-name-only "
      "detectors); masked values carry no value; secretKeyRef, `op://`, ARNs, `${{ secrets.X }}` and `vault:` are pointers; bcrypt and sha512-crypt strings "
      "are one-way hashes (the column is called `password_hash` – a trap); PGP messages and KMS blobs are ciphertext; SSH public keys and fingerprints are "
      "public; integrity hashes, commit ids and image digests are public digests; receipts carry masked PANs and public terminal ids; IBANs, sort codes and "
      "VAT numbers are printed on every invoice. Each negative may sit inside a staff chat, an IT ticket, a supplier e-mail thread or a forum post whose "
      "surrounding words say it is safe. Random fillers are generated, so an entropy-only detector will hit them – that is the point.\n")

    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief233/` (p230 and p231), for format and coverage only. The detector was not opened, listed or searched; nothing "
      "else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except `/tmp/scratch233/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule file "
      "(`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror directory and extracted with `git show` "
      "into `/tmp/scratch233/`), read for its list of rule ids and for the rules behind every vendor type marked *read this session* above (among them "
      "Squarespace, Stripe `sk_live_`, GoCardless `live_`, Shopify `shpat_` / `shpca_`, FreshBooks, Telegram, Mailgun `key-`, Brevo `xkeysib-`, Mailchimp "
      "`-usNN`, Slack `xoxb-` and the incoming-webhook URL, Zendesk, MessageBird, OpenAI `sk-proj-` with `T3BlbkFJ`, Anthropic `sk-ant-api03-`, GCP `AIza`, "
      "Hugging Face `hf_`, Perplexity `pplx-`, GitHub `github_pat_` / `gho_`, GitLab `glpat-` / `gldt-`, npm `npm_`, Fly.io `fm2_`, Heroku `HRKU-AA`, Sentry "
      "`sntryu_`, Airtable `pat…`, Notion `ntn_`, PlanetScale `pscale_pw_`, Cloudflare API tokens, DigitalOcean `dop_v1_`, Datadog, 1Password `ops_eyJ`, "
      "Snyk, SonarCloud `squ_`, Pulumi `pul-`, Meta `EAAC`, Facebook app secrets). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not "
      "opened this session; the remaining shapes come from the builder's memory and are marked above as believed or guessed. Python's standard library "
      "(`hashlib`, `hmac`, `base64`, `binascii`, `json`, `uuid`) computes the digests, HMACs, check values and encodings of generated values.")
    return "\n".join(L) + "\n"
