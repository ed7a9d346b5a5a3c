"""Render README.md for p225 from the generated data (deterministic)."""
from collections import Counter

import enc225
import everyday225
import evasions225
import negatives225
import positional225
import prose225
import vendor225

FAMILIES = {
    "gurmukhi_digit_code_points": "digit block (Gurmukhi digits)",
    "korean_sino_hangul_numerals": "spelled numerals (Sino-Korean in Hangul)",
    "norwegian_number_words": "spelled form (Norwegian number words)",
    "runic_letter_transliteration": "letter transliteration (runes)",
    "rc4_keystream_hex": "stream cipher with the key in the text (RC4)",
    "zbase32_human_oriented": "byte notation (z-base-32)",
    "base62_big_integer": "byte notation as one integer (base 62)",
    "yubikey_modhex_bytes": "byte notation with a substituted hex alphabet (ModHex)",
    "hamming_7_4_codewords": "error-correcting code (Hamming(7,4))",
    "manchester_line_code_bits": "line code (Manchester)",
    "elias_gamma_bit_string": "universal integer code (Elias gamma)",
    "triangular_number_codes": "arithmetic disguise (triangular numbers)",
    "dtmf_tone_frequency_pairs": "signal disguise (DTMF tone pairs)",
    "resistor_colour_band_digits": "colour-code digits (resistor bands)",
    "compass_quadrant_bearings": "angle disguise (quadrant bearings)",
    "horse_height_hands_inches": "world disguise (horse heights, mixed radix 4)",
    "turnout_clock_times": "world disguise (clock times, minutes after 06:00)",
    "farrier_van_odometer_readings": "world disguise (odometer readings, running sums)",
    "shoeing_interval_weeks_days": "world disguise (shoeing intervals, mixed radix 7)",
    "morton_z_order_pairs": "bit interleaving (Morton / Z-order)",
    "skew_binary_code_points": "numeral system (skew binary)",
    "spiral_route_transposition": "transposition (spiral route, width 5)",
}


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(data, vmeta, deny, deny_status, muts, nreg):
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    src = Counter(r["source"] for r in S)
    pw = [r for r in S if r["source"] == "password"]
    cat = Counter(next(s[1] for s in positional225.S if "frrpw_" + s[0] == r["type"]) for r in pw)
    ncls = Counter(r["class"] for r in N)
    L = []
    a = L.append
    a("# privacy_twohundredtwentyfifth (p225) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **farriers**: farriers, equine vets and livery yards – the farrier's shoeing-round planner "
      "(SvelteKit, Astro, WordPress, Podman, Helm, GitLab CI, Railway, Netlify) with CRC-32-tailed `rpw_` webhook secrets, "
      "the forge stock tracker (Figaro, CodeIgniter, Android), the equine vet practice-management system (Deno, Rust, "
      "Postman, JetBrains HTTP client, VS Code) with Verhoeff-checked `vhg_` HL7 lab-gateway keys and a real HS512 visit-app JWT, "
      "the hoof radiograph archive (WildFly, .NET user secrets, web.config, iOS plist), the livery-yard portal (Strapi, NestJS, "
      "Dynaconf, Flask, Ansible) with a Django SECRET_KEY and a Laravel `base64:` APP_KEY for clinical exports, the passport-database "
      "sync with ISO 7064 MOD 97-10 checked `hps_` tokens, and the yard gate, CCTV and sensors (Arduino, MicroPython, openHAB, "
      "Frigate, Grafana); the trade vendors (ezyVet, Provet Cloud, Digitail, Vetspire, IDEXX VetConnect PLUS, Vetstoria, PetsApp, "
      "Weatherbys, the Farriers Registration Council, BEVA, British Eventing, the Equine Register, YardBook, Horsemart, Jobber, "
      "ServiceM8, Housecall Pro, FreshBooks, Routific, Route4Me, OptimoRoute, Geoapify, Mapbox, the Met Office DataHub, "
      "Tomorrow.io, Visual Crossing, Calendly, SimplyBook.me); plus the commerce, messaging, AI, developer and ops services such "
      "developers use (Stripe restricted keys and webhook secrets, PayPal, Square, Zettle, GoCardless webhooks, Mollie, Wise, "
      "TrueLayer, Plaid, Razorpay, WooCommerce, Shopify app secrets, Squarespace, Wix, Lemon Squeezy, EasyPost, Shippo, Parcel2Go, "
      "FreeAgent, SendGrid, Postmark, SparkPost, Mailjet, Mailtrap, MailerLite, Vonage, Plivo, Twilio API keys, ClickSend, WhatsApp "
      "Cloud API, Slack user / app-level tokens and signing secrets, Discord and Teams webhooks, ntfy, OpenAI admin and "
      "service-account keys, Anthropic admin keys, Mistral, Cohere, DeepSeek, OpenRouter, ElevenLabs, AssemblyAI, Deepgram, "
      "Langfuse, SerpApi, Azure OpenAI, GitHub App secrets and tokens, GitLab runner and trigger tokens, Docker Hub, PyPI, "
      "RubyGems, Vault, Postman, Linear, Atlassian, Asana, ClickUp, Trello, Figma, Netlify, Railway, Turso, Clerk, Auth0, Okta, "
      "Supabase service role, Doppler, Sentry org tokens, Grafana, New Relic, Rollbar, Checkly, Cloudflare R2 and Turnstile, "
      "Backblaze B2, Azure Service Bus, Tailscale, ngrok, reCAPTCHA, hCaptcha, Pusher, Ably, FCM, Dropbox); with hard negatives "
      "from the same world (equine microchip numbers, UELNs, FRC / RCVS register numbers, DICOM UIDs of hoof radiographs, EAN-13 "
      "barcodes of shoes and nails, GB VAT numbers, veterinary-medicine Vm and batch numbers, public site keys, `.env.sample` "
      "placeholders, masked logs, Key Vault / `op://` / SSM references, SOPS and age ciphertext, Django PBKDF2 and sha512crypt "
      "hashes, image digests and commit ids, OpenPGP fingerprints, JWKS public keys, OAuth client ids, webhook signature headers, "
      "payment object ids, password-advice prose). Everything is produced by `build.py` and its modules (`common225.py`, "
      "`everyday225.py`, `vendor225.py`, `positional225.py`, `prose225.py`, `enc225.py`, `dec225.py`, `evasions225.py`, "
      "`negatives225.py`, `checks225.py`, `readme225.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, "
      "fixed `random.Random` seeds (22501 everyday values, 22511 everyday pairing, 22502 vendor, 22503 positional passwords, "
      "22504 prose, 22505 evasions, 22506 negatives), no clock, no network. `python3 build.py [outdir]` generates everything "
      "twice in one process, compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this "
      "README from both generations and compares it, and only then writes the files (on any failure it prints the errors, writes "
      "nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief225/`.\n" % len(muts))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredtwentyfifth/`) was created (with `mkdir -p`) and written; the only listing made there "
      "was `ls -la` of this output directory itself (right after creating it, when it held only `.` and `..`, and after the final "
      "build); its parent was never listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was "
      "never run there. The only project material read were the two READMEs in `/tmp/brief225/` (`README_twohundredtwentysecond.md`, "
      "p222, locksmith / key-cutter / safe-engineer developers; `README_twohundredtwentythird.md`, p223, ice-rink / curling-club / "
      "figure-skating developers), used only to learn the file format and what is already covered. No other `/tmp` directory was "
      "looked at except the scratch directory `/tmp/scratch225/` (sources written and trial builds run there, an extracted copy of "
      "the public gitleaks rule file). The deny-list (`common225.extract_denylist`) holds every backticked name and every "
      "snake_case identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their "
      "`<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches `id` and `alg`, "
      "which only makes the list stricter) and the names and name words of those pairs (%d, with harmless noise such as `standard` "
      "and `hs256`). It is frozen in `brief_names.json`; when `/tmp/brief225/` exists the build re-extracts it and fails if it differs "
      "(this build: %s). Encodings, syntaxes, languages and negative ideas that the two READMEs name only in prose (their long "
      "*avoided* lists) were avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share "
      "vendors, syntaxes, languages or notations.\n" % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]),
                                                       len(deny["language_names"]), deny_status))

    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(S), sum(len(r["secrets"]) for r in S), len({r["type"] for r in S}), len({r["container"] for r in S}),
        src["everyday"], src["vendor"], src["password"], src["prose"], len({r["container"].split("__")[1] for r in S if r["source"] == "prose"})))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(E), len(E), len({r["type"] for r in E}), len({r["container"] for r in E}), len({r["encoding"] for r in E})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len({r["container"] for r in N}), len(ncls)))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p225-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). "
      "Evasions (`p225-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` (`evasion`); their "
      "single span also has `plain` (the clean secret) and `encoding`. Negatives (`p225-n-NNNN`): `id`, `class`, `container`, `text`, "
      "`source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written down and "
      "unused: %s). Vendor 120 (%d candidates written down; set aside: %s). Positional passwords %d (one record per syntax; by where the text lives: %s; "
      "%d more ideas written down and set aside: %s). Prose 40 in 40 languages (spares written down and unused: %s). Evasions 66 = 22 × 3. "
      "Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: about 450). Strings drawn through the "
      "registry (values, random vendor neighbours, evasion plains and runs): %d.\n" % (
          _bt(everyday225.SPARE_KINDS), len(vendor225.V) + len(vendor225.SET_ASIDE),
          "; ".join("`%s` (%s)" % x for x in vendor225.SET_ASIDE), len(pw),
          ", ".join("%s %d" % (k, cat[k]) for k in ["cli", "stdin", "lib", "file", "proto", "gui", "sql"]),
          len(positional225.SET_ASIDE), "; ".join("`%s` (%s)" % x for x in positional225.SET_ASIDE),
          ", ".join("`%s` (%s)" % x for x in prose225.SPARES), len(N), len(ncls), len(S), nreg))

    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, "
      "never the quotes and never the key. Values pasted where they do not belong (a Messenger chat, a Google Docs handover note, a "
      "Jira Service Desk comment, a whiteboard photo OCR, a Google Sheets TSV export, a GitHub issue comment, zsh history, "
      "`railway variables --set`, `netlify env:set`, `gh secret set`, `setx`, Nushell `$env`, a Signal group, an Obsidian note, a "
      "Bitwarden JSON export, `vault kv get` output, a `sops -d` dump) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s, …; %d in all, letters only; capitalised with probability 0.4) + one of "
      "`- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build "
      "checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the %d owner-chosen vendor "
      "passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every positional value, every prose value and every "
      "forge-office-PC evasion plain." % (", ".join(__import__("common225").WORLD_WORDS[:30]), len(__import__("common225").WORLD_WORDS),
                                         sum(1 for m in vmeta.values() if m["confidence"] == "owner")))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; no "
      "evasion plain appears in any text or negative. Values, random vendor neighbours, evasion plains and runs are drawn through one "
      "registry that refuses repeats and any string in a substring relation (6+ characters) with an earlier one; a negative is redrawn "
      "if it contains any registered string of 6+ characters or a world word + joiner + tail (the password form), and the build fails "
      "if one does.")
    a("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 and every "
      "JWT-shaped substring has base64url JSON header and payload and a signature length that fits its `alg` (HS256 32, HS512 64, "
      "RS256 256, ES256 / EdDSA 64 bytes; checked). `vhg_` keys carry a real Verhoeff check digit over their 10-digit practice number, "
      "`rpw_` secrets end in the real CRC-32 (zlib polynomial) of their Base32 body, `hps_` tokens end in real ISO 7064 MOD 97-10 check "
      "digits, the visit-app token is a real HS512 JWT, the Laravel key decodes to 32 bytes, the Django key is 50 characters of Django's "
      "own alphabet (all checked). Vendor frames: the Mapbox `sk.` token carries base64url of real JSON, the Sentry org token and the "
      "Grafana Cloud token standard Base64 of real JSON, the PyPI token a blob starting with the macaroon bytes of `pypi.org`, the "
      "Routific, Met Office, Calendly, Zettle, Wix (`IST.`), Lemon Squeezy, MailerLite, Turso and Supabase values are real JWTs; all 120 "
      "vendor values are checked against a regular expression built from the generator's own spec (plus those structural checks). "
      "Negatives: EAN-13 check digits and GB VAT mod-97 pairs are real (checked); digests are real SHA-256 / SHA-1 of random bytes and "
      "webhook signatures real HMAC-SHA256 under discarded keys; hashes, SOPS / age bodies and JWKS moduli are random bytes in the "
      "right frame; the Supabase anon key is a real HS256 JWT.")
    nbs = ["%s: %s" % (t, m["neighbour"]) for t, m in vmeta.items() if m["neighbour"]]
    a("- Public neighbours are unlabelled: user names, hosts (`*.brooksidefarrier.*`, `*.oakvet.*`, `*.hollowfieldlivery.*`, private "
      "addresses), key names, and ids written next to a vendor secret (%s) and the user half of a user / password pair." % "; ".join(nbs))
    a("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically): %s. Key names are the vendor type's words in the "
      "style's case; the Bitwarden export puts the type name in `name` (title case), the neighbour (or `api`) in `login.username` and "
      "the secret in `login.password`; the CloudFormation file puts them in `ParameterKey` / `ParameterValue`." % ", ".join(
          "`%s` (%s)" % (s[0], s[1]) for s in vendor225.STYLES))
    a("- Positional passwords: span type `frrpw_<syntax>`, container `frrpw_<syntax>__<suffix>` where the suffix says where the text "
      "lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional225.SUFFIX.items()))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on its "
      "own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if the run "
      "equals the plain, if the run would start or end with whitespace or if the registry refuses plain or run.\n")

    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[3]) for t in everyday225.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (c[0], c[1]) for c in everyday225.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 22511) of the 12 types and "
      "deals four consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 records "
      "(checked); secrets therefore also land in implausible places (a Django key in an Arduino header, a JWT on a whiteboard). Key "
      "names are the type's key words in the container's own case style: upper (with `PRIVATE_`, `FARRIER_`, `SECRET_` prefixes where "
      "the framework wants one), snake, camel, pascal, dot (with `forge.` / `yardgate.` prefixes), spaced (chats, notes, comments) and "
      "title (OCR, spreadsheet headers).\n")
    a("Vendor (120 types, container `<type>__<style>`): " + ", ".join("`%s`" % v[0] for v in vendor225.V) + ".\n")
    a("Positional passwords (%d syntaxes, span type `frrpw_<syntax>`): " % len(pw) + "; ".join(
        "`frrpw_%s` (%s, %s)" % (s[0], s[1], s[2]) for s in positional225.S)
      + ". None of them or the set-aside names is among the syntaxes or names of either README (compared after removing the "
      "`<letters>pw_` prefix; checked).\n")
    a("Prose: someone tells a colleague the password of the yard-office PC and asks them not to pass it on; span type `%s`; container "
      "`<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among the languages of either "
      "README (checked: code against the codes and all deny-listed names; name and each name word against the language names); German, "
      "Italian, Japanese, Portuguese, Latin and Esperanto were also avoided because the READMEs name them for encodings. Scripts: %s. "
      "Khmer does not separate words and Mandarin / Cantonese do not either, so the value got spaces around it; Hebrew is right-to-left "
      "with the Latin value embedded; Hindi, Marathi, Gujarati, Panjabi, Nepali, Malayalam, Korean and Burmese put the copula or "
      "particle after the value (after a space); Scottish Gaelic and Maori put the value right after the copula (`'S e`, `Ko`); every "
      "value is set off by whitespace on both sides (checked).\n" % (
          prose225.SPAN_TYPE, _bt(prose225.FORMATS), ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose225.LANGS),
          ", ".join(sorted({s for _c, _n, s, _t in prose225.LANGS}))))

    a("## Evasion encodings\n")
    a("; ".join("`%s` = \"%s\"" % (k, v) for k, v in enc225.RULES.items()) + ".\n")
    a("Families: " + "; ".join("%s: `%s`" % (FAMILIES[k], k) for k in enc225.ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("`%s` (%s)" % (t[0], t[1]) for t in evasions225.TYPES) + "; wordings: %s (container "
      "`<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, so each encoding appears once per type and once per "
      "wording).\n" % _bt(evasions225.WORDINGS))
    a("Encoders are in `enc225.enc` (the rng only adds noise the decoder ignores: horse names on the heights and intervals, field names "
      "on the turnout times, the odometer start); the decoder `dec225.decode` gets only the encoding name and the run and is written "
      "separately, importing nothing from the encoder and no `base64`, `binascii` or `codecs`, with every table retyped: Gurmukhi "
      "code-point offsets, a Hangul numeral parser (십, 백 with implied 1), a Norwegian word parser (teens, tens prefixes, `hundre og`), "
      "a rune table, its own RC4, z-base-32 and ModHex alphabets (z-base-32 rejects non-zero padding bits), big-integer base 62, "
      "Hamming(7,4) with parity verification, Manchester pairs that reject `00` / `11`, an Elias-gamma walker, an integer square root "
      "for triangular numbers, DTMF and resistor tables, quadrant-bearing arithmetic, regular expressions for the hands / times / "
      "intervals, odometer differences, Morton de-interleaving, skew-binary weights and the inverse spiral walk. Every pair was "
      "round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); at build time every "
      "span is decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every base, digit block, number-word language, look-alike "
      "block, cipher, byte notation, positional trick, keyboard trick and world disguise named there (among them quater-imaginary, "
      "twindragon, negative bases, bases 3–15 / 20 / 36 / 60, factorial, Zeckendorf, Gray, BCD, XOR, nibble and bit reversal, Thai, "
      "N'Ko, Tamil, counting-rod, daxie, kanji, Greek, Roman, Hebrew and Armenian numerals, Turkish, Italian, Indonesian, German, "
      "French and other number words, Hill, affine, Caesar / Atbash / Vigenère, Polybius, rail fence, columnar, Burrows-Wheeler, "
      "move-to-front, Base45, Bech32m, Base58, Ascii85, uuencode, Crockford Base32, hexagrams, toy RSA, °F, day-of-year dates, chess "
      "squares, IPv4 quads, Dvorak, QWERTY coordinates and shifts, keycaps, regional indicators, seven-segment patterns, book cipher, "
      "decoy interleave, acrostic, Morse, Braille and the locksmith / rink disguises). Close relatives remain and a scorer may count "
      "them as the same idea: Gurmukhi digits next to the earlier digit blocks, Sino-Korean numerals next to the kanji and daxie "
      "numerals, Norwegian next to the earlier number-word languages, the runes next to the regional-indicator and other letter "
      "substitutions, RC4 next to the earlier XOR (RC4 is a keystream XOR), z-base-32 and ModHex next to Crockford Base32 and hex, base "
      "62 next to base 36, Hamming / Manchester / Elias gamma next to the earlier bit-level tricks, triangular numbers next to squares, "
      "DTMF and resistor colours next to the seven-segment digit spellings, bearings and the four world disguises next to the earlier "
      "arithmetic disguises (the odometer is a running sum, the inverse of the earlier delta coding), Morton next to Cantor pairs, skew "
      "binary next to Zeckendorf, the spiral route next to the earlier transpositions. The runes keep digits and `_ . -` readable and "
      "the spiral route keeps the first grid row in order, so a scorer may find those the easiest.\n")

    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    for cname, kinds, desc in negatives225.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cname, ncls[cname], ", ".join("`%s`" % k.__name__[2:] for k in kinds), desc))
    a("\nEach base kind appears plain and wrapped %s.\n" % ", ".join("`%s`" % w[0] for w in negatives225.WRAPPERS if w[0]))

    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per record; "
      "spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its "
      "text and nowhere else in any text (positives, evasions, negatives); no value reused; no evasion plain in any text; no NUL or "
      "`PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: the wide password regex for the six everyday password types, the strict form for positional and prose passwords "
      "and the forge-PC evasion plains (`lgo_` and `vds-` plains by their own regexes); `vhg_` Verhoeff digit; `rpw_` CRC-32 tail; "
      "`hps_` MOD 97-10; HS512 JWT; Laravel key 32 bytes; Django key alphabet and length; 120 vendor regexes plus the JWT, JSON and "
      "byte structure of the Mapbox, Sentry, Grafana Cloud, PyPI, Service Bus and JWT vendor values; UUID-shaped substrings of every "
      "text are version 4; every JWT-shaped substring of every text has JSON header and payload and a signature length that fits its "
      "`alg`; negatives: EAN-13 check digits, GB VAT mod-97 pairs and no world-word password form")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a newline and is "
      "followed by a newline and a remark; plain shape per type; the run never contains its plain and never equals it; record and "
      "span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3, once per type and once per wording")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records")
    a("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose format and "
      "language code, evasion wording, negative base kind and wrapper inside it), span type, evasion encoding and negative class, and "
      "every spare kind, style, suffix, format, wording, wrapper, set-aside syntax and set-aside vendor name is compared "
      "case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes (span type without `frrpw_`) "
      "and the set-aside syntaxes also against the earlier syntax list; prose languages (from the record containers) and spares by code, "
      "name and name words; `brief_names.json` is compared with a fresh extraction when `/tmp/brief225/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types with "
      "containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct languages; 66 "
      "evasions (22 × 3); positives 440–470; span types of the sources pairwise disjoint; vendor and password containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(muts), sum(c for _, c in muts), len(muts), ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in muts)))

    a("## Shapes you had to guess\n")
    groups = {"read": [], "believed": [], "guessed": [], "owner": []}
    for t, m in vmeta.items():
        groups[m["confidence"]].append("`%s` (%s%s)" % (t, m["shape"], (" – next to it: " + m["neighbour"]) if m["neighbour"] else ""))
    a("*Shape re-read in the public gitleaks default rule file this session* (%d; where the rule gives only a prefix, a length range "
      "or a case-insensitive class, the exact length and case are mine): %s.\n" % (len(groups["read"]), "; ".join(groups["read"])))
    a("*Believed right from background knowledge (not re-read this session)* (%d): %s.\n" % (len(groups["believed"]), "; ".join(groups["believed"])))
    a("*Guessed (length and alphabet only; most farrier, vet, livery and small SaaS vendors publish no token format the builder knows, so "
      "these are recognisable from the key name only)* (%d): %s.\n" % (len(groups["guessed"]), "; ".join(groups["guessed"])))
    a("*Owner-chosen passwords (the portal is unlocked with a password the yard, farrier or practice picked)* (%d): %s.\n" % (
        len(groups["owner"]), "; ".join(groups["owner"])))
    a("Also invented or guessed: the everyday layouts `vhg_` (Verhoeff), `rpw_` (CRC-32 tail) and `hps_` (MOD 97-10) and the evasion "
      "prefixes `lgo_` / `vds-` are invented; the HS512 JWT, the Laravel `base64:` APP_KEY and the Django SECRET_KEY alphabet are real "
      "formats used for invented purposes (the Django alphabet includes `&`, `%`, `$` and `#`, which are written raw even in XML, make "
      "and crontab files where a careful person would escape them). Vendor inner layouts reconstructed from memory: the Mapbox `sk.` "
      "JSON (`u`, `a`), the Sentry org-token JSON field set, the Grafana Cloud `glc_` JSON (`o`, `n`, `k`, `m.r`), the PyPI macaroon "
      "prefix bytes after `pypi.org`, the Wix `IST.` + JWT form, the Atlassian `ATATT3xFfGF0…=` + 8 hex tail, the Asana `2/…/…:` form, "
      "the ngrok `2…_…` form and the FCM `AAAA…:APA91b…` legacy key. The round-planner semicolon CSV "
      "(`van` column), tack-room Markdown table (`keypad` cell), HL7 `ZLG` Z-segment, forge-tablet `op` line and gate-controller "
      "S-expression are invented formats of this world. Syntaxes written from memory, not re-checked against manuals (notably `winrs "
      "-p:`, `influx setup -p`, `mutool draw -p`, `certutil -p … -importpfx`, `signtool /p`, `skopeo --src-creds`, `poetry config "
      "http-basic`, `composer config http-basic`, `bundle config set HOST user:pass`, `dotnet nuget add source -p`, `mc admin user add`, "
      "`mosquitto_passwd -b`, `snmpwalk -A`, `wpa_cli set_network psk`, `nmcli wifi-sec.psk`, `ldappasswd -s`, `swaks -ap`, `sendemail "
      "-xp`, `saslpasswd2 -p`, `gpg-preset-passphrase --preset`, `argon2` CLI argument order, xl2tpd `l2tp-secrets` columns, proxychains "
      "field order, tinyproxy `BasicAuth`, 3proxy `users u:CL:p`, NUT `MONITOR` field order, sendmail `AuthInfo` `P:`, DragonFly Mail "
      "Agent `auth.conf`, ESP `AT+MQTTUSERCFG` and Quectel `AT+QMTCONN` argument order, the Deluge web `auth.login` call, the Odoo "
      "`authenticate` order, Ruby `Net::SMTP.start` positions, Faraday `request :authorization, :basic`, `sp_addlogin`, ClickHouse "
      "`mysql()` argument order). Evasion rules: the Sino-Korean and Norwegian number forms, the rune table (an arbitrary but fixed "
      "choice of Runic-block letters, not a historical transliteration), the DTMF frequencies and the IEEE Manchester polarity are from "
      "memory and checked only by round trip. Negatives: UELN, FRC, RCVS, Vm and PIO layouts are approximate; the reCAPTCHA site key, "
      "Turnstile site key and Square application id lengths are guessed.\n")

    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (round planner, livery portal, vet PMS database, forge stock tracker, hoof X-ray archive, "
      "yard gate controller) and six generated secrets (`vhg_` HL7 gateway key, `rpw_` webhook secret, HS512 JWT, Laravel `base64:` "
      "APP_KEY, Django SECRET_KEY, `hps_` passport-sync token). The Django key is 50 characters of punctuation-rich random text with no "
      "prefix – only the key name tells it apart from noise; the Laravel key always starts `base64:`, which a detector may learn as a "
      "prefix. Key names in everyday files say password / key / token / secret / jwt – that is how such files look; the telling-key-free "
      "cases are in the positional source.")
    a("- Vendor: many farrier, vet, livery and trade vendors publish no token format the builder knows, so their types are recognisable "
      "only from the key name – part of the test. Six vendor types carry owner-chosen passwords (Weatherbys, FRC, BEVA, British "
      "Eventing, Equine Register, YardBook; the password form appears in no negative). Whole URLs are labelled for the Discord "
      "and Teams webhooks (the URL is the credential). Same-shape traps: the reCAPTCHA secret (positive, `6L` + 38) and the reCAPTCHA site "
      "key (negative, same frame); the Turnstile secret next to its public site key; the Supabase service-role JWT (positive) and the "
      "anon JWT (negative); the Stripe restricted key and webhook secret vs the `evt_` / `ch_` / `pi_` ids and `Stripe-Signature` "
      "values of the negatives; Postmark, Wise, Railway and Squarespace secrets are bare UUIDv4s like the Entra ids and GitHub delivery "
      "ids of the negatives; many 32/40/64-hex secrets (Provet, Vetstoria, PetsApp, Geoapify, Mailjet, Slack signing secret, AssemblyAI, "
      "Deepgram, SerpApi, Azure OpenAI, GitHub App secret, R2, Rollbar) look like the digests, commit ids and fingerprints of the "
      "negatives. Ids next to a secret (client ids, key ids, account numbers, the Twilio `SK` key SID, the WooCommerce `ck_` consumer "
      "key, the Razorpay `rzp_live_` key id, the Langfuse `pk-lf-` key, the B2 key id, the R2 access key id) stay unlabelled as the public "
      "half of a pair – most arguably the WooCommerce consumer key and the Mailjet / Trello / Pusher API keys, which some detectors flag "
      "on their own. The Bitwarden export's `password` field holds an API key for most vendor types – that is how people store API keys "
      "in password managers.")
    a("- Passwords: labelled when the value logs in (flags `-u user:p`, `/p:`, `-p:`, `-p`, `-A`, `-c`, `-ap`, `-xp`, `--src-creds`, "
      "URL userinfo for psql, RTSP, AMQP and WinSCP, protocol commands, library call positions), unlocks or decrypts (mutool, certutil, "
      "signtool, cryptsetup, gpg-preset-passphrase, zipfile, pikepdf, pypdf, PEM keys, PKCS#12), derives, signs or seals with a literal "
      "(pbkdf2, scrypt, SecretKeySpec, PBEKeySpec, Rfc2898DeriveBytes, itsdangerous, jsonwebtoken, cookie-parser, Cryptr, CryptoJS, "
      "pgcrypto), is stored or hashed for later use (chpasswd, passwd --stdin, saslpasswd2, mkpasswd, argon2, mosquitto_passwd, `mc admin "
      "user add`, `crypt(… gen_salt)`, `sp_addlogin`, Redis `ACL SETUSER >`), is a Wi-Fi PSK or SNMP community / auth phrase, sits in a "
      "file by position, travels in a protocol exchange or is typed by UI automation (UI tests use neutral field ids `f1` / `f2`, "
      "`Edit2`, an image name). Weakest kept cases, with a hint nearby: the docker warning line that says `--password` (real docker "
      "output), `psk` in wpa_cli / nmcli, `SECURITY_CREDENTIALS` in JNDI, `P:` in sendmail `AuthInfo`, `CL` in 3proxy, the tool names "
      "`chpasswd`, `passwd`, `saslpasswd2`, `mkpasswd`, `mosquitto_passwd`, `ldappasswd`, `gpg-preset-passphrase`, the pexpect prompt "
      "`assword:`, the headers of the invented files (`van`, `keypad`) and `sp_addlogin`. Syntaxes whose flag or function says pass / "
      "passwd / password / pw / passphrase right before the value were not written (hence several set-aside ideas). `adb shell input "
      "text` is filed under cli, pexpect under lib. Closest relatives of earlier syntaxes, kept because the tool, file or mechanism "
      "differs: `mosquitto_passwd -b` (earlier `htpasswd -b`), `mc admin user add` (earlier `mc alias set`), `docker login -p` (earlier "
      "`-u` / `-p` pairs), the URL userinfo forms (earlier git / pip / ffmpeg / wget URLs), IMAP `LOGIN` (earlier IMAP `AUTHENTICATE "
      "PLAIN` and imaplib), `php_redis_auth_single` (earlier Jedis `auth`), the HMAC / KDF literals (earlier `hmac.new`, `pbkdf2Sync`, "
      "`hashlib.scrypt`), pgcrypto `pgp_sym_encrypt` (earlier pgcrypto `hmac`), ClickHouse `mysql()` (earlier ClickHouse `s3()`).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for Norwegian "
      "Bokmål, Galician, Western Frisian, Serbian, Bosnian, Russian, Afrikaans, Malay, Mandarin Chinese, Hindi; modest for Faroese, "
      "Luxembourgish, Breton, Scottish Gaelic, Hebrew, Bengali, Marathi, Gujarati, Eastern Panjabi, Nepali, Korean, Yue Chinese, "
      "Northern Uzbek, Tajik, Tatar, Hausa, Zulu, Xhosa, Cebuano, Haitian Creole, Maori; low for Kannada, Malayalam, Sinhala, Khmer, "
      "Burmese, Yoruba (tone marks), Igbo, Kinyarwanda, Malagasy. Loan words (password in Cebuano, पासवर्ड / পাসওয়ার্ড / ਪਾਸਵਰਡ / "
      "ಪಾಸ್‌ವರ್ಡ್ in the Indic languages, пароль in Russian and Tajik) are kept as people use them. `zsm` is Standard Malay (named "
      "Malay here because `standard` is a deny-listed language-name word), `npi` Nepali (individual language), `mlg` the Malagasy "
      "macrolanguage.")
    a("- Evasions: Gurmukhi digits are a digit block; Sino-Korean and Norwegian are spelled forms; the runes are a letter substitution "
      "(capitals marked with ^; digits and `_ . -` stay visible); RC4 is a real stream cipher with its key stated in the rule; z-base-32, "
      "base 62 and ModHex are byte notations; Hamming(7,4), Manchester and Elias gamma are coding-theory bit strings (long runs of 0/1, "
      "grouped by spaces); triangular numbers, bearings, horse heights (11–30 hands – implausible as real heights, kept because the rule "
      "is what matters), turnout times, odometer legs and shoeing intervals are arithmetic disguises, the last four dressed in this "
      "world; DTMF pairs and resistor colours are digit spellings; Morton numbers interleave pairs of codes; skew binary is a numeral "
      "system; the spiral route is a transposition (the run is a permutation of the plain plus `~` fillers, so a character-bag detector "
      "could still see it).")
    a("- Negatives: microchip numbers, UELNs, register numbers, DICOM UIDs, EAN-13s, VAT numbers, Vm and batch numbers are identifiers "
      "(the check-digit ones carry real check digits; 15-digit chip numbers and 20-digit UID runs look like long numeric keys); "
      "reCAPTCHA / Turnstile site keys, the Square application id, the Supabase anon JWT and the PayPal client id are public by design "
      "(the reCAPTCHA site key shares the `6L` + 38 frame of the labelled reCAPTCHA secret – the most arguable negative); the "
      "`.env.sample` uses the real everyday key names with `changeme`, empty, `XXXX`, `<…>`, `whsec_...` and `${…:?…}` placeholders; "
      "`****`, `[REDACTED]`, `[MASKED]`, `rk_live_****` + 4 and truncated JWT headers carry no value; Key Vault references, `op://`, "
      "`vault:` paths, `{{resolve:ssm-secure:…}}`, `secretKeyRef` and `${{ secrets.* }}` are pointers; SOPS and age bodies are "
      "ciphertext (the age recipient `age1…` is a public key); Django PBKDF2 and sha512crypt strings are one-way hashes (the column is "
      "called `password`, the file is a shadow file – a trap); image digests, commit ids and OpenPGP fingerprints are public; JWKS moduli "
      "are public keys; OAuth client ids and Entra ids are public; webhook `Stripe-Signature` / `X-Hub-Signature-256` values are "
      "per-request HMAC outputs, not keys; `evt_`, `ch_`, `pi_`, `cus_`, `PM`, `MD`, `PO` ids are object ids. Each negative may sit inside "
      "a group chat, a helpdesk ticket, an e-mail or a forum post whose surrounding words say it is safe. Random fillers are generated, "
      "so an entropy-only detector will hit them – that is the point.\n")

    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief225/` (p222 and p223), for format and coverage only. The detector was not opened, listed or "
      "searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except "
      "`/tmp/scratch225/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule "
      "file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror directory and "
      "extracted with `git show` into `/tmp/scratch225/`), read for the rules behind every vendor type marked *re-read this session* "
      "above (among them Stripe `rk_live_`, Square `EAAA`, Shopify `shpss_`, Squarespace UUID, EasyPost `EZAK`, Shippo `shippo_live_`, "
      "SendGrid `SG.`, Plaid, FreshBooks, Facebook / WhatsApp `EAA…`, Slack `xoxp-` / `xapp-`, Teams webhook URLs, OpenAI `sk-admin-` / "
      "`sk-svcacct-` with `T3BlbkFJ`, Anthropic `sk-ant-admin01-`, Cohere, GitHub `ghs_` / `ghr_`, GitLab `glrt-` / `glptt-`, PyPI "
      "`pypi-AgEIcHlwaS5vcmc`, RubyGems, Vault `hvs.`, Postman `PMAK-`, Linear `lin_api_`, Okta `00`, "
      "Doppler `dp.pt.`, Sentry `sntrys_eyJpYXQiO`, Grafana `glsa_` / `glc_`, New Relic `NRAK-`, Dropbox `sl.`). Betterleaks, "
      "Kingfisher, CredSweeper and vendor documentation were not opened this session; the remaining shapes come from the builder's "
      "memory and are marked above as believed or guessed. Python's standard library (`hashlib`, `hmac`, `zlib`, `base64`, `json`) "
      "computes the digests, HMACs, CRCs and encodings of generated values.\n")
    return "\n".join(L)
