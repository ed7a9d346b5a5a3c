"""Renders README.md from the generated data."""
import everyday206
import evasions206
import negatives206
import positional206
import prose206
import vendor206


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(sec, eva, neg, deny, muts, deny_note, nreg):
    L = []
    a = L.append
    by = {}
    for r in sec:
        by.setdefault(r["source"], []).append(r)
    n_types = len({r["type"] for r in sec})
    n_conts = len({r["container"] for r in sec})
    classes = []
    for r in neg:
        if r["class"] not in classes:
            classes.append(r["class"])
    a("# privacy_twohundredsixth (p206) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**angling-club, tackle-shop and commercial-fishery developers**: day-ticket and permit sales (Django, Flask, Rails and Express "
      "back ends, kiosk CSVs, Square, SumUp, Stripe restricted keys, Opayo, Worldpay, GOV.UK Pay), peg draws and match results "
      "(SvelteKit, Electron, Phoenix, Rust and Kotlin apps, HS512 session tokens), catch returns and weigh-ins (CakePHP, .NET, Play, "
      "Bluetooth weigh-in scale bridges, catch-photo uploads), bait and tackle stock (Magento, Medusa, PrestaShop, WooCommerce, "
      "Shopify, eBay, Etsy, Lightspeed, ShipStation, Royal Mail Click & Drop, Parcelforce ExpressLink, EasyPost, Shippo, Sendcloud, "
      "Linnworks, Awin), club membership and bailiff rotas (Drupal, WordPress, Apps Script, Streamlit, Wild Apricot, Spond, ClubBuzz, "
      "private calendar feeds), fishery stocking records (R, Jupyter, PIT-tag registers), lake booking and bivvy pitches (Strapi, "
      "Laravel, Capacitor, Xcode configs, FishingBooker, Pitchup, Campspot, Checkfront, Rezdy, FareHarbor, Cal.com, Calendly, "
      "SimplyBook.me, Acuity), licence checks (Spring, Deno, Luhn-checked licence-check keys), lake sensors and aerators (PlatformIO, "
      "Node-RED, Grafana, LoRaWAN), weather and maps (Visual Crossing, WeatherAPI, Meteomatics, OS Data Hub, Mapbox, Google Maps, "
      "Ideal Postcodes, Loqate); plus the commerce, messaging, AI, developer and ops services such developers use (Mailjet, "
      "SendGrid, Postmark, SparkPost, SMTP2GO, MailerLite, TextMagic, Twilio API keys, Vonage, WhatsApp Cloud API, Discord, "
      "Microsoft Teams, Mattermost, Zulip, Matrix, Pushbullet, Mistral, Cohere, OpenRouter, DeepSeek, xAI, ElevenLabs, AssemblyAI, "
      "Deepgram, Langfuse, OpenAI service accounts, Azure OpenAI, Clarifai, fal.ai, npm, PyPI, GitHub fine-grained and installation "
      "tokens, GitLab trigger and runner tokens, Atlassian, Linear, Postman, Netlify, CircleCI, Docker Hub, Terraform Cloud, Doppler, "
      "Supabase, PlanetScale, Codecov, Snyk, SOPS / age, Vault, Grafana, Sentry organisation tokens, New Relic, Opsgenie, Rollbar, "
      "Splunk HEC, Tailscale, Cloudflare global and Origin CA keys, Backblaze B2, Azure AD, OVHcloud, Okta, Auth0, Firebase Cloud "
      "Messaging, Trello, Asana, ClickUp, Todoist, Typeform, Dropbox, Eventbrite, ActiveCampaign); with hard negatives from the same "
      "world (Luhn-checked permit numbers and rod-licence numbers, peg-draw and match-weight sheets, catch returns and weigh-in slips, "
      "GTIN-13 shelf labels with real check digits, maggot and boilie batch codes, ISO 11784 PIT-tag numbers and their 64-bit hex form, "
      "fish-movement consent references, OS grid references and swim coordinates, publishable checkout keys, placeholders, masked "
      "logs, secret-store references, argon2 and Django PBKDF2 hashes, Ansible Vault and SOPS ciphertext with real Bech32 age "
      "recipients, committee minutes about password hygiene, order and payment object ids, LoRaWAN EUIs and MACs, keyless "
      "Environment Agency open-data URLs, public OAuth client identifiers, release checksums and commit ids). Everything is produced "
      "by `build.py` and its modules (`common206.py`, `everyday206.py`, `vendor206.py`, `positional206.py`, `prose206.py`, "
      "`enc206.py`, `dec206.py`, `evasions206.py`, `negatives206.py`, `checks206.py`, `readme206.py`, frozen deny-list "
      "`brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (20601 everyday, 20611 everyday pairing, "
      "20602 vendor, 20603 positional passwords, 20604 prose, 20605 evasions, 20606 negatives), no clock, no network. "
      "`python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL files, runs every "
      "check and %d mutation tests, renders this README from both generations and compares it, and only then writes the files (on any "
      "failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from "
      "`/tmp/brief206/`.\n" % len(muts))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredsixth/`) was created (with `mkdir -p`) and written; its parent was never listed, nothing "
      "else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project material read "
      "were the two READMEs in `/tmp/brief206/` (`README_twohundredfourth.md`, p204, ferry-operator / water-taxi / harbour-pilot "
      "developers; `README_twohundredfifth.md`, p205, butcher-shop / fishmonger / farm-shop developers), used only to learn the file "
      "format and what is already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch206/` "
      "(an extracted copy of the public gitleaks rule file, a scratch copy of the deny-list, trial builds and an encoder / decoder "
      "round-trip run). The deny-list (`common206.extract_denylist`) holds every backticked name and every snake_case identifier of "
      "both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix "
      "stripped (%d), the codes of every `` `code` (Name) `` pair (%d codes; the pattern also catches non-language pairs such as "
      "`alg`, `id`, `type` and `code`, which only makes the list stricter) and the names and name words of those pairs (%d entries, "
      "with the same harmless noise). It is frozen in `brief_names.json`; when `/tmp/brief206/` exists the build re-extracts it and "
      "fails if it differs (this build: %s). Every candidate list was written after reading the READMEs and the build fails on any "
      "overlap. Encodings the READMEs name only in prose were avoided by hand as well (see Evasion encodings). Novelty is checked "
      "against these two READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_note))

    # ------------------------------------------------------------------ files and counts
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(sec), len(sec), n_types, n_conts, len(by["everyday"]), len(by["vendor"]), len(by["password"]), len(by["prose"]),
         len({r["container"].split("__")[1] for r in by["prose"]})))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(eva), len(eva), len({r["type"] for r in eva}),
                                                                   len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len(classes)))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p206-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p206-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p206-n-NNNN`): `id`, `class`, "
      "`container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with "
      "`ensure_ascii=False`.\n")
    sa = vendor206.SET_ASIDE
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written and unused: "
      "`%s`). Vendor 120 (%d candidates written; set aside: %s). Positional passwords %d (one record per syntax, none set aside). "
      "Prose 40 in 40 languages (spares written and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 "
      "presentations. Positives total %d (asked: about 450). Values, vendor neighbours, Base64 runs, evasion plains and runs drawn "
      "through the registry: %d.\n"
      % (everyday206.SPARE_KIND[0], len(vendor206.V), ", ".join("`%s` (%s)" % (k, v) for k, v in sa.items()), len(by["password"]),
         ", ".join("`%s` (%s)" % (c, n) for c, n, _, _ in prose206.SPARES), len(neg), len(classes), len(sec), nreg))

    # ------------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, "
      "never the quotes and never the key. Values pasted where they do not belong (a committee WhatsApp export, a tackle-shop "
      "Discord channel, a Jira comment, an OCR'd bailiff notebook, a Google-Sheets CSV, a bash history, a Windows `setx` history, a "
      "Bitwarden CSV export, a Slack DM, a HubSpot ticket note, `nomad var put`, `az keyvault secret set`, `sops -d` and "
      "`doppler secrets download` output) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s, …; %d in all; capitalised with probability 0.4) + one of "
      "`- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The "
      "build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the four owner-chosen "
      "vendor passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain positional value, every "
      "password hidden inside a Base64 positional value, every prose value and every clubhouse-PC evasion plain."
      % (", ".join(__import__("common206").ANGLING_WORDS[:30]), len(__import__("common206").ANGLING_WORDS)))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; "
      "no evasion plain and no Base64-hidden password appears in any text or negative. Values, vendor neighbours, Base64 runs, "
      "hidden passwords, evasion plains and runs are drawn through one registry that refuses repeats and any string in a substring "
      "relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered string of 6+ characters.")
    a("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 "
      "(checked); every JWT-shaped substring of a positive or evasion text has base64url JSON header and payload and a signature "
      "length that fits its `alg` (HS512 64, ES256 64, RS256 256 bytes; checked): the match-results session token is a real HS512 "
      "JWT (HMAC under a discarded key), the Calendly token ES256-shaped and the MailerLite token RS256-shaped (real JSON, random "
      "signature bytes). `wis_` tokens end in the real Adler-32 of their 32-character body, `LCK-` keys in a real Luhn mod 32 check "
      "character over Crockford Base32, `dtq_` keys are RFC 4648 Base32 of 25 bytes, `cps_sk_` secrets Base64 of 30 bytes, `rota_` "
      "tokens 26-character ULIDs (checked). Vendor frames: the Mapbox `sk.` middle, the Grafana `glc_` body and the Sentry `sntrys_` "
      "body are Base64 of real JSON, the PyPI token is base64url of bytes starting with the `pypi.org` location, the Discord bot "
      "token starts with Base64 of a numeric id, the Matrix `syt_` token carries Base64 of its user name and the age secret key has a "
      "real Bech32 checksum (all checked); all 120 vendor values are regex-checked against their shape. The Base64 positional spans "
      "decode to `user:password` (HTTP `Authorization: Basic`, Docker `config.json` `auth`) or NUL user NUL password (SMTP "
      "`AUTH PLAIN`) and the hidden password is shape-checked; the bailiff-handset fixed-width file puts the value in columns 41–56 "
      "of a 72-column record (checked). Negatives: permit Luhn digits, GTIN-13 check digits, PIT-tag hex forms and age-recipient "
      "Bech32 checksums are real (checked); SHA-256 / SHA-1 digests and PKCE challenges are real digests of random bytes; argon2, "
      "PBKDF2, Ansible Vault and SOPS bodies are random bytes in the right frame.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.clubhouse.lan`, `*.kingfisher.lan`, `*.oldmill.lan`, "
      "`*.willowmere.example`, `*.grebewater.lan`, private addresses), key names, and ids written next to a vendor secret (%s) and "
      "the user half of a user / password pair."
      % "; ".join("%s: %s" % (v[0], " ".join(v[4][0])) for v in vendor206.USED if v[4]))
    a("- Positional passwords: span type `baitpw_<syntax>`, container `baitpw_<syntax>__<suffix>` where the suffix says where the "
      "text lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional206.SUFFIX.items()))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on "
      "its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if the "
      "run equals the plain, if the run would start or end with whitespace or if the registry refuses it.\n")

    # ------------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[3]) for t in everyday206.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (k[0], k[1]) for k in everyday206.KINDS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 20611) of the 12 types "
      "and deals four consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 "
      "records (checked); secrets therefore also land in implausible places (a licence-check key in an Electron store, a session "
      "JWT in a Renviron file). Key names are the type's key words in the container's own case style: upper (UPPER_SNAKE), snake, "
      "camel, pascal, kebab, dot, spaced (chats, tickets) and title (OCR, CSV export).\n")
    a("Vendor (120 types, container `<type>__<style>`): " + _bt([v[0] for v in vendor206.USED]) + ". Styles (%d, assigned "
      "cyclically): " % len(vendor206.STYLES) + ", ".join("`%s` (%s)" % (s[0], s[1]) for s in vendor206.STYLES) +
      ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left unlabelled (in "
      "the Bitwarden CSV it sits in the `login_username` column).\n")
    a("Positional passwords (%d syntaxes, span type `baitpw_<syntax>`): " % len(by["password"]) + _bt([r["type"] for r in by["password"]]) +
      ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; checked).\n")
    a("Prose: someone tells a colleague the password of the clubhouse weigh-in laptop and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among the "
      "languages or spares of either README (checked: code against the codes and all deny-listed names; name and each name word "
      "against the language names). Scripts: %s. Japanese, Chinese, Cantonese, Khmer and Burmese do not separate words with "
      "spaces, so the value got spaces around it; Korean keeps the copula 입니다 as a separate word; Hindi, Marathi, Gujarati, "
      "Malayalam, Basque and Tajik put the copula (है, आहे, છે, ആണ്, da, аст) after the value; Irish and Scottish Gaelic open with "
      "the copula (Is é, 'S e) before it; every value is set off by whitespace on both sides (checked).\n"
      % (prose206.TYPE, _bt(prose206.FORMATS), ", ".join("`%s` (%s)" % (c, n) for c, n, _, _ in prose206.LANGS),
         ", ".join(sorted({s for _, _, s, _ in prose206.LANGS}))))

    # ------------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join("`%s` = \"%s\"" % (e[0], e[2]) for e in evasions206.ENCODINGS) + ".\n")
    a("Families: " + "; ".join("%s: `%s`" % (e[1], e[0]) for e in evasions206.ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in evasions206.TYPES) + "; wordings: " +
      _bt([w[0] for w in evasions206.WORDINGS]) + " (container `<encoding>__<wording>`; each encoding appears once per type and once "
      "per wording).\n")
    a("Encoders are in `enc206.enc` (the rng only adds noise the decoder ignores: the carp varieties, the angler names of the peg "
      "draw and the species of the stocking record); the decoder `dec206.decode` gets only the encoding name and the run and is "
      "written separately, importing nothing from the encoder and no `base64`, `binascii` or `codecs`, with every table retyped: "
      "`int(…, 3)` and `int(…, 11)` with X → A, a mixed-radix reader for the primorial base, Khmer digit offsets, an Indonesian "
      "parser (seratus, puluh, belas, sebelas, sepuluh) and a Turkish word-sum parser, tag-block offsets inside the LANGUAGE TAG / "
      "CANCEL TAG frame, a three-range table for the squared blocks, the autokey inverse that rebuilds its key from the recovered "
      "plain, a retyped Dvorak → QWERTY table, a hand-written xxdecoder, a 5-bit Bech32-alphabet bit reader that drops the padding "
      "bits, the pair swap (self-inverse), differences of running totals, regular expressions for `CHAR(n)`, `fromCharCode`, lb/oz, "
      "peg numbers, fish counts and depths, a hand-typed 2025 month table for day-of-year and a MIDI note parser. Every pair was "
      "round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing; at build time every span is "
      "decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): Caesar, keyword alphabets, hex tricks, number words in "
      "Spanish, English, Portuguese, German, Esperanto, Italian, Chinese, Japanese, French and Dutch, reversal, squares, cubes, "
      "primes, triangular numbers, Zeckendorf, factorial base, bases 4 / 5 / 6 / 7 / 9 / 12 / 20 / 60, balanced ternary, negabinary, "
      "superscript, Arabic-Indic, Devanagari, Bengali, Thai, Tibetan and Suzhou digits, element symbols, Unicode names, Polybius, "
      "XOR, EBCDIC, DNA letters, dice, octal, binary, BCD, Gray code, Bacon, A/B groups, affine, Atbash, ROT13 / ROT47 / ROT5, "
      "Vigenère, Beaufort, Trithemius, Hill, rail fence, columnar transposition, outside-in, odd-even and decimation orders, "
      "rotation, Base58 / 45 / 36 / 62 / 32 / Crockford, basE91, Ascii85, Z85, uuencode, percent, HTML, CSS, C octal, U+ and `\\u` "
      "escapes, quoted-printable, zero-width tricks, spelling alphabets, Morse, multi-tap, decoys, Roman, Greek, Hebrew, Mayan and "
      "kanji numerals, bijective base 26, proquints, Bubble Babble, fullwidth, monospace, bold, italic, script, Fraktur, "
      "double-struck, sans-serif, circled, parenthesized, turned, regional-indicator and Braille letters, Cyrillic and Greek "
      "look-alikes, Cantor pairing, modular inverses, colour codes, dotted quads, chess and clock disguises and the earlier world "
      "disguises. Close relatives remain and a scorer may count them as the same idea: base 3 and base 11 next to the earlier bases "
      "(base 3 is not balanced ternary), Khmer digits next to the other digit blocks (the p205 README mentions \"other digit blocks\" "
      "in general), squared letters next to circled / parenthesized letters, autokey next to Vigenère, xxencode next to uuencode "
      "(same frame, different alphabet), Bech32-alphabet 5-bit groups next to Base32 / Crockford, pair swap next to the other "
      "positional orders, running totals next to the other arithmetic disguises, day-of-year dates next to clock disguises.\n")

    # ------------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    for cls, what, kinds in negatives206.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cls, sum(1 for r in neg if r["class"] == cls), _bt([k[0] for k in kinds]), what))
    a("\nEach base kind appears plain and wrapped " + ", ".join("`__%s`" % w[0] for w in negatives206.WRAPPERS if w[0]) + ".\n")

    # ------------------------------------------------------------------ checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per record; "
      "spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in "
      "its text; no value reused; no value in another record's text or in any negative; no evasion plain or Base64-hidden password "
      "in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and owner-chosen vendor password types, the strict form for plain "
      "positional, Base64-hidden, prose and clubhouse-PC evasion passwords (`bfk_` and `slc-` plains by their own regexes); `dtq_` "
      "Base32 of 25 bytes; `wis_` Adler-32; `rota_` ULID; HS512 session JWT; `cps_sk_` 30 bytes; `LCK-` Luhn mod 32; 120 vendor "
      "regexes plus the frames inside the Mapbox, Grafana, Sentry, PyPI, Discord, Matrix, age, Calendly and MailerLite values; "
      "Base64 positional spans decode to the right frame; bailiff-handset columns 41–56; UUID-shaped substrings of every text are "
      "version 4; every JWT-shaped substring of a positive or evasion text has JSON header and payload and a signature length that "
      "fits its `alg`; permit Luhn digits, GTIN-13 check digits, PIT-tag hex forms and age-recipient Bech32 checksums in their "
      "negative classes")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a newline "
      "and is followed by a newline and a remark; plain alphabet and plain shape; the run never contains its plain and never "
      "equals it; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3, once per type and wording")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive "
      "value, plain and hidden password")
    a("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose format, "
      "evasion wording, negative base kind and wrapper inside it), every everyday kind including the spare, span type, evasion "
      "encoding and negative class is compared case-insensitively, whole name and each `__` part, with the frozen deny-list; "
      "positional syntaxes (span type without `baitpw_`) also against the earlier syntax list; prose languages (taken from the "
      "record containers) and spares by code, name and name words; `brief_names.json` is compared with a fresh extraction when "
      "`/tmp/brief206/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types with "
      "containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct languages; "
      "66 evasions (22 × 3); positives 440–470; span types of the five sources pairwise disjoint; non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n"
      % (len(muts), sum(c for _, c in muts), len(muts), ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in muts)))

    # ------------------------------------------------------------------ shapes
    a("## Shapes you had to guess\n")
    cats = {"read": [], "believed": [], "guessed": [], "owner": []}
    for v in vendor206.USED:
        cats[v[2]].append("`%s` (%s)" % (v[0], v[3]))
    a("*Read this session* for shape in the public gitleaks default rule file (`config/gitleaks.toml`; nothing copied; every value "
      "generated; where the rule gives only a prefix or a length range, the exact length is mine) (%d): %s.\n" % (len(cats["read"]), "; ".join(cats["read"])))
    a("Believed right from background knowledge (not re-read this session) (%d): %s.\n" % (len(cats["believed"]), "; ".join(cats["believed"])))
    a("Guessed (length and alphabet only; most angling, booking, shipping and weather vendors publish no token format the builder "
      "knows, so these are recognisable from the key name only) (%d): %s.\n" % (len(cats["guessed"]), "; ".join(cats["guessed"])))
    a("Owner-chosen passwords (the integration logs in with a user / password) (%d): %s.\n" % (len(cats["owner"]), "; ".join(cats["owner"])))
    a("Also invented or guessed: the everyday prefixes and layouts `dtq_`, `wis_` (with its Adler-32 tail), `rota_` (ULID body), "
      "`cps_sk_` and `LCK-` (with its Luhn mod 32 check) and the evasion prefixes `bfk_` / `slc-` are invented; the HS512 session "
      "JWT is a modelling choice. The kiosk CSV (fourth column), peg-draw tablet pipe file, weigh-in scale INI list, bailiff-handset "
      "fixed-width file (columns 41–56), lake-gate keypad semicolon file and match-results TSV are invented formats of this world; "
      "the `clubhouse-sync --login-from-stdin` tool is invented. Syntaxes written from memory, not re-checked: `mysql -pVALUE`, "
      "`mongosh -p`, `smbclient -U user%pw`, `smbmap -p`, `xfreerdp /p:`, `rdesktop -p`, `sshpass -p` / `-f`, `zip -P`, `unzip -P`, "
      "`ldapsearch -w`, `ldappasswd -s`, `cqlsh -p`, `redis-cli -a`, `etcdctl --user u:p`, `docker login -p`, `podman --creds`, "
      "`skopeo --src-creds`, `oc login -p`, `az login -p`, `cf auth`, `snmpwalk -X` / `-c`, `lpadmin -v smb://`, `ssh-keygen -N`, "
      "`net user … /add`, `winrs -p:`, `winscp.com open`, `mjpg_streamer -c`, `sudo -S`, `cryptsetup --key-file=-`, `ftp -n` "
      "heredocs; the library positions (paramiko `connect`, imaplib, ldap3 `Connection`, `pbkdf2_hmac`, zipfile `extractall`, "
      "pikepdf `open`, exchangelib `Credentials`, Selenium `send_keys`, `scryptSync`, jsonwebtoken `sign`, cookie-parser, "
      "`MongoCredential.createCredential`, Jakarta Mail `Transport.connect`, `DriverManagerDataSource`, Oracle thin URLs, Exposed "
      "`Database.connect`, `Rfc2898DeriveBytes`, MailKit `Authenticate`, Go `smtp.PlainAuth`, `pbkdf2.Key`, go-ldap `Bind`, lettre "
      "`Credentials::new`, Ruby `Net::SMTP.start`, PDO, `ldap_bind`, Perl `Net::FTP`, R `dbConnect`, SIM800 `AT+CSTT`); the UI "
      "automation calls (Playwright, Cypress, Detox, Flutter `enterText`, Capybara, Gherkin, AutoHotkey `SendRaw`, xdotool, "
      "AppleScript); the file layouts (`.pgpass`, OpenVPN `auth-user-pass`, vsftpd virtual users, Dovecot `{PLAIN}`, Postfix "
      "`sasl_passwd`, `.git-credentials`, tinyproxy `BasicAuth`, Docker `config.json`); the protocol forms (IMAP `LOGIN`, FTP "
      "`PASS`, IRC `PASS`, RESP `AUTH`, PostgreSQL cleartext `PasswordMessage`, LDAP simple bind decode, HTTP Basic, SMTP "
      "`AUTH PLAIN`); the SQL forms (`IDENTIFIED BY` in MySQL and Oracle, `pgp_sym_encrypt`, `AES_ENCRYPT`, `dblink`, "
      "`sp_addlinkedsrvlogin`). Negatives: rod-licence, consent, lab and batch layouts are approximate; the argon2, PBKDF2, Ansible "
      "Vault and SOPS bodies are random in the right frame, not hashes or ciphertexts of anything.\n")

    # ------------------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (day-ticket till admin, peg-draw database, catch-returns portal, club membership "
      "admin, stocking-records database, lake-booking back office) and six generated secrets (`dtq_` permit QR signing key, `wis_` "
      "weigh-in scale token, `rota_` private calendar-feed token, HS512 match-results session JWT, `cps_sk_` catch-photo upload "
      "secret, `LCK-` licence-check key). The `rota_` token looks like an id (a ULID) but anyone holding the feed URL reads the "
      "bailiff rota with home phone numbers, so it is labelled. Key names in everyday files say password / key / secret / token / "
      "jwt – that is how such files look; the telling-key-free cases are in the positional source.")
    a("- Vendor: most angling, booking, shipping and weather vendors publish no token format the builder knows, so their types are "
      "recognisable only from the key name – part of the test. Four vendor types carry owner-chosen passwords (Worldpay XML "
      "merchant, Parcelforce ExpressLink, Spond, ClubBuzz). Webhook URLs (Discord, Microsoft Teams) are labelled whole, because "
      "the URL is the credential. Same-shape traps: the Shopify API key, Mailjet API key, ShipStation API key and Sendcloud public "
      "key are 32 hex like the secrets next to them and stay unlabelled; the Twilio `SK…` key SID (which gitleaks' `twilio-api-key` "
      "rule flags) is the identifier and only the 32-character secret is labelled; the PayPal client id (public, also in the "
      "negatives) has the shape of the labelled PayPal secret; the WooCommerce `ck_` consumer key is left unlabelled as the id half "
      "although WooCommerce treats it as semi-secret (arguable); Clover, Royal Mail, Linnworks, Awin, FareHarbor, Postmark, "
      "Codecov, Snyk, Opsgenie and Splunk HEC secrets are bare UUIDv4s (secrets that look like ids), while the negatives hold "
      "UUIDv4 station ids and Azure app ids; the Google Maps server key (positive) and the browser Maps key (negative) share the "
      "`AIza` shape; the Square application id `sq0idp-` (negative, and neighbour of the `sq0csp-` secret) is public. Brands of the "
      "earlier READMEs reappear with other credential kinds (Stripe restricted key, Shopify shared secret and custom-app token, "
      "SumUp OAuth client secret, GoCardless webhook secret, Twilio API-key secret, OpenAI service-account key, GitHub "
      "fine-grained and installation tokens, GitLab trigger and runner tokens, Docker Hub personal token, Doppler personal token, "
      "Vault service token, Tailscale auth key, Cloudflare global and Origin CA keys, Sentry organisation token, Mailjet, SendGrid); "
      "only type names were checked.")
    a("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-a`, `-w`, `-X`, `/p:`, `-p:`, glued `-pVALUE`, `u%p`, "
      "`u:p` pairs; positional arguments of `cf auth` and `net user`; URL userinfo for MongoDB, AMQP, Mercurial, aria2, lftp, "
      "restic, RTSP, CUPS SMB, WinSCP, SQLAlchemy, R DBI, dblink and Oracle thin; library call positions in Python, Node, Deno, "
      "Java, Kotlin, C#, Go, Rust, Ruby, PHP, Perl and R), unlocks a file or volume (`zip -P`, `unzip -P`, zipfile `extractall`, "
      "pikepdf, `cryptsetup`), sets a new secret (`ldappasswd -s`, `ssh-keygen -N`, `net user /add`, `CREATE USER … IDENTIFIED "
      "BY`, `sp_addlinkedsrvlogin` – the literal is still the clear password), is a signing, derivation or encryption secret given "
      "as a literal (`pbkdf2_hmac`, `scryptSync`, `jwt.sign`, cookie-parser, `Rfc2898DeriveBytes`, `pbkdf2.Key`, "
      "`pgp_sym_encrypt`, `AES_ENCRYPT`), is a shared secret (SNMP community and privacy phrase), sits in a file by position, "
      "travels in a protocol exchange or is typed by automation. Weakest kept cases, with a hint of the word nearby: FTP `PASS` and "
      "IRC `PASS`, PostgreSQL `PasswordMessage`, the LDAP decode field `simple:`, Dovecot `{PLAIN}`, `sasl_passwd` (file name), "
      "tinyproxy `BasicAuth`, the `unlock` / `pin phrase` / `service phrase` column notes of the invented files, `IDENTIFIED BY`, "
      "the `[sudo] password for` prompt echoed after `sudo -S`, the `Enter LDAP Password:` prompt of `ldappasswd -W` (which is for "
      "the bind password, not the labelled new value) and `docker login` printing its `--password` warning. UI tests use neutral "
      "field ids (`#f2`, `f2`). Several ideas repeat the earlier corpora on new tools (short flags after a user flag, URL userinfo, "
      "library call positions, stdin echo, UI typing, Base64 protocol lines, invented fixed-width files); novelty was checked by name.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for German, "
      "Italian, Portuguese, Norwegian Bokmål, Catalan, Galician, Russian, Serbian, Bosnian, Esperanto, Japanese, Mandarin, Standard "
      "Malay, Hindi; modest for Luxembourgish, Western Frisian, Irish, Scottish Gaelic, Basque, Korean, Cantonese, Marathi, "
      "Gujarati, Bengali, Hebrew, Northern Uzbek, Kyrgyz, Tajik, Halh Mongolian, Cebuano, Javanese, Hausa, Zulu, Xhosa; low for "
      "Kannada, Malayalam, Sinhala, Khmer, Burmese, Yoruba (tone marks from memory). Loan words (password, laptop, पासवर्ड, "
      "ಪಾಸ್‌ವರ್ಡ್, ලැප්ටොප්) are kept as people use them. Hebrew is right-to-left with the Latin value embedded.")
    a("- Evasions: base 3, base 11 and the primorial base are numeral systems; Khmer digits a digit block; Indonesian and Turkish "
      "number words spelled forms; tag characters are invisible (the run line looks empty but is not whitespace – a test of "
      "whether a detector strips or decodes the Tags block); squared letters do not keep case under NFKC (negative squared letters "
      "do not fold at all), so only a table undoes them; autokey is a cipher whose primer is stated; the Dvorak swap is a keyboard "
      "trick that keeps digits in clear; xxencode and the Bech32-alphabet groups are byte notations; the pair swap keeps every "
      "character in view; running totals are arithmetic; `CHAR()` concatenation and `String.fromCharCode` are the code disguises "
      "people really paste; carp weights in lb/oz, peg numbers, stocking counts, plumbed depths, licence expiry dates and MIDI "
      "notes are disguises of code points (the MIDI notes are the least of this world).")
    a("- Negatives: permit, licence, catch-return, weigh-in slip, batch, consent, lab, PIT-tag, EUI, MAC, order, payment and refund "
      "ids are identifiers (the PIT-tag hex form and the EUIs are 16 hex characters and look like keys); Stripe `pk_live_`, the "
      "Square application id, the hCaptcha and Turnstile site keys, the browser Maps key (restricted by referrer), the PayPal "
      "client id and the Sentry DSN are public by design (the DSN, the Maps key and the PayPal client id are the most arguable); "
      "`wis_XXXX…`, `LCK-XXXX-…`, `dtq_<…>`, empty values, `${…:?…}`, `<paste secret here>`, `rk_live_...`, `eyJ...` and "
      "`changeme` are placeholders (`changeme` is arguably a weak real password; treated as a placeholder); `wis_****` + 4 hex, "
      "`EAAA****`, `[MASKED]`, `LCK-****-…` and bullets + 4 characters carry no usable value; ExternalSecret remoteRefs, `op://`, "
      "`vault:`, Secrets Manager ARNs and `${{ secrets.* }}` are pointers; argon2 and PBKDF2 strings are one-way hashes (the "
      "column is called `password_hash` / `password`, a trap); Ansible Vault and SOPS bodies are ciphertext and the age recipient "
      "is a public key (an `AGE-SECRET-KEY-1…` is a positive in the vendor source); OAuth client ids, Azure app ids, PKCE "
      "challenges and MSAL signature hashes are public; release checksums, commit ids and LFS oids are public digests; the "
      "Environment Agency URLs need no key at all. The `.env.example` and the masked CI output use the real key names of the "
      "everyday secrets with empty, placeholder or masked values – a trap for key-name-only detectors. Random fillers are "
      "generated, so an entropy-only detector will hit them – that is the point.\n")

    # ------------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief206/` (p204 and p205), for format and coverage only. The detector was not opened, listed or "
      "searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except "
      "`/tmp/scratch206/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default "
      "rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror "
      "directory and extracted with `git show` into `/tmp/scratch206/`), read for the rules behind every vendor type marked *read "
      "this session* above (Stripe `rk_`, Square `EAAA`, Shopify `shpss_` / `shpca_`, EasyPost `EZAK`, Shippo, SendGrid, Meta "
      "`EAA[MC]`, Microsoft Teams webhooks, Mattermost, Cohere, OpenAI `sk-svcacct-`, npm, PyPI, GitHub `github_pat_` / `ghs_`, "
      "GitLab `glptt-` / `glrt-`, Linear, Postman, Terraform Cloud, Doppler, PlanetScale, Snyk, age, Vault `hvs.`, Grafana `glsa_` "
      "/ `glc_`, Sentry `sntrys_`, New Relic `NRAK-`, Cloudflare global and Origin CA keys, Azure AD client secrets, Okta, "
      "Typeform, Dropbox, Google `AIza`). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this "
      "session; the remaining shapes come from the builder's memory and are marked above as believed or guessed.")
    return "\n".join(L) + "\n"
