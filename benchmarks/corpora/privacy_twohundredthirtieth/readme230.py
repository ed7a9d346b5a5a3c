"""Renders README.md from the generated data and the module tables."""
import collections

import common230 as C
import enc230
import everyday230
import evasions230
import negatives230
import positional230
import prose230
import vendor230

CAT_TITLE = {
    "read": "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`; nothing copied; every value generated; where the rule gives only a prefix, a case-insensitive class or a length range, the exact length and case are mine)",
    "believed": "*Believed right from background knowledge of public rule sets and vendor docs (not re-read this session)*",
    "guessed": "*Guessed (length and alphabet only; most winery, weather and agtech vendors publish no token format the builder knows, so these are recognisable from the key name only)*",
    "owner": "*Owner-chosen passwords (the trade portal or account is unlocked with a password the winery picked)*",
}


def _bt(x):
    return f"`{x}`"


def render(data, deny, muts, deny_status):
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    src = collections.Counter(r["source"] for r in sec)
    L = []
    a = L.append
    a("# privacy_twohundredthirtieth (p230) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on **vineyards**: "
      "vineyards, wineries and cellar-door tasting rooms – the cellar work-order app (Django settings, Flask instance config, Celery, "
      "Gunicorn, browser HAR export), the wine-club web shop (Next.js, SvelteKit, Astro, Express JSON config), the tasting-room till and "
      "kiosk (React Native config, Expo `app.json`, Android `gradle.properties`, iOS `xcconfig`, Tauri), the vineyard block API (Rocket, "
      "Play HOCON, Dropwizard, Go TOML), frost-fan and irrigation controllers (Arduino `secrets.h`, MicroPython, Tasmota console, "
      "ChirpStack, Telegraf), barrel-room sensors (Grafana ini, Shelly script), the winery's ops (Kubernetes `stringData`, compose env "
      "files, Podman quadlets, Salt pillars, Hiera, Chef attributes, cloud-init, GitHub Actions, GitLab CI, Jenkinsfile, Woodpecker, "
      "nginx `fastcgi_param`, PHP-FPM pools, launchd plists, crontab, zsh history, CI `printenv` logs) and the messy places values get "
      "pasted (a Slack thread export, an SMS screenshot OCR, a cellar whiteboard photo); secrets of this world such as a `tnk_` tank-"
      "telemetry key with a real base62 CRC-32 tail, a `cdk_` cellar-door key with a real Verhoeff digit over a winery licence number, "
      "a `wcw_` club-webhook secret with a real Luhn mod 36 character, a Django `SECRET_KEY`, a clamped WireGuard private key for the "
      "sensor gateway and an HS512 harvest-app JWT; the trade's own portals and vendors (WSTA, Wine Australia, CellarTracker, Liv-ex, "
      "Decanter Awards, Vinexpo, vintrace, InnoVint, Vinsight, WineDirect, Commerce7, Tock, CellarPass, Vinoshipper, ShipCompliant, Ekos, "
      "Wine-Searcher, Vivino, Davis WeatherLink, Tomorrow.io, Meteomatics, Planet, Sentinel Hub, Agworld, Semios, The Things Stack, "
      "Ubidots, Blynk, Particle, Adafruit IO, ThingSpeak, Meraki, IFTTT, Home Assistant); plus the commerce, messaging, AI, developer and "
      "ops services such developers use (Stripe restricted keys and webhook secrets, Square, PayPal, WooCommerce, Shopify private apps, "
      "Mollie, Authorize.net, Paddle, Lemon Squeezy, Avalara, TaxJar, EasyPost, Shippo, FedEx, UPS, Xero webhooks, Toast, Plaid, Lob, "
      "SendGrid, Twilio API keys, Mailjet, Postmark, SparkPost, Vonage, Plivo, Slack signing secrets / user / app tokens, Discord and "
      "Teams webhooks, WhatsApp Cloud API, ntfy, Gotify, MailerLite, Customer.io, ClickSend, OpenAI and Anthropic admin keys, Mistral, "
      "Cohere, xAI, OpenRouter, ElevenLabs, AssemblyAI, Deepgram, Langfuse, Roboflow, DeepL, Azure OpenAI, Mapbox secret tokens, "
      "MaxMind, GitHub App tokens, GitLab runner and trigger tokens, Atlassian, Docker Hub, PyPI, RubyGems, Terraform Cloud, Vault, "
      "Doppler, Netlify, Supabase service-role keys, Azure AD client secrets, Cloudflare global and origin-CA keys, Grafana, New Relic, "
      "Sentry org tokens, Dynatrace, Linear, Postman, Figma, Tailscale, Databricks, Okta, Auth0, Clerk, Opsgenie, Prefect, Fastly, "
      "LaunchDarkly); with hard negatives from the same world (block and clone registers, TTB label-approval and bonded-winery numbers, "
      "tank cards and lot codes, SSCC / GLN / GTIN codes with real GS1 check digits, LWIN codes, weather-station and soil-probe "
      "telemetry, LoRaWAN EUIs, publishable storefront keys, vendor documentation examples, `.env.example` files, masked values, "
      "secret-manager references, Django PBKDF2 and argon2 hashes, SOPS and age ciphertext, image digests, staff-handbook prose, order "
      "and shipment ids, lab results, WireGuard public keys, webhook signature headers). Everything is produced by `build.py` and its "
      "modules (`common230.py`, `everyday230.py`, `vendor230.py`, `positional230.py`, `prose230.py`, `enc230.py`, `dec230.py`, "
      "`evasions230.py`, `negatives230.py`, `checks230.py`, `readme230.py`, frozen deny-list `brief_names.json`): Python 3 standard "
      "library only, fixed `random.Random` seeds (23001 everyday values, 23011 everyday pairing, 23002 vendor, 23003 positional, 23004 "
      "prose, 23005 evasions, 23006 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one "
      f"process, compares the bytes of the three JSONL files, runs every check and {len(muts)} mutation tests, renders this README from "
      "both generations and compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits "
      "1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief230/`.\n")
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredthirtieth/`) was created (with `mkdir -p`) and written; the only listing made there was "
      "`ls -la` of this output directory itself (right after creating it, when it was empty, and after the final build); its parent "
      "was never listed or searched, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run "
      "there. The only project material read were the two READMEs in `/tmp/brief230/` (`README_twohundredtwentyseventh.md`, p227, sign "
      "makers / vinyl printers / engravers; `README_twohundredtwentyeighth.md`, p228, piano tuners / organ builders / instrument "
      "repairers; the directory was listed once with `ls -la` and the two files sized with `wc -c`), used only to learn the file format and what "
      "is already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch230/` (an extracted copy "
      "of the public gitleaks rule file, round-trip runs and trial builds). The deny-list (`common230.extract_denylist`) holds every "
      "backticked name and every snake_case identifier of both READMEs, lower-cased, also split at `__` "
      f"({len(deny['names'])} names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped ({len(deny['syntaxes'])}), "
      f"the codes of every `` `code` (Name) `` pair ({len(deny['language_codes'])}; the pattern also catches `alg` and `id`, which only "
      f"makes the list stricter) and the names and name words of those pairs ({len(deny['language_names'])}, with harmless noise). It is "
      f"frozen in `brief_names.json`; when `/tmp/brief230/` exists the build re-extracts it and fails if it differs (this build: {deny_status}). "
      "Encodings, syntaxes, languages and negative ideas that the two READMEs name only in prose (their *avoided* lists and set-aside "
      "ideas) were avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share vendors, "
      "syntaxes, languages or notations.\n")

    # ---------------------------------------------------------------- files
    a("## Files and counts\n")
    types = {r["type"] for r in sec}
    conts = {r["container"] for r in sec}
    ncls = collections.Counter(r["class"] for r in neg)
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a(f"| `secrets.jsonl` | {len(sec)} | {len(sec)} | {len(types)} | {len(conts)} | everyday {src['everyday']}, vendor {src['vendor']}, "
      f"positional-password {src['password']}, prose {src['prose']} in {src['prose']} languages |")
    a(f"| `evasions.jsonl` | {len(eva)} | {len(eva)} | {len({r['type'] for r in eva})} | {len({r['container'] for r in eva})} | "
      f"{len(enc230.ORDER)} encodings × 3 |")
    a(f"| `negatives.jsonl` | {len(neg)} | – | – | {len({r['container'] for r in neg})} | {len(ncls)} classes |")
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a(f"| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` {len(deny['names'])}, `syntaxes` "
      f"{len(deny['syntaxes'])}, `language_codes` {len(deny['language_codes'])}, `language_names` {len(deny['language_names'])}) |\n")
    a("Schema (same as the earlier corpora): positives `id` (`p230-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). "
      "Evasions (`p230-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` (`evasion`); their "
      "single span also has `plain` (the clean secret) and `encoding`. Negatives (`p230-n-NNNN`): `id`, `class`, `container`, `text`, "
      "`source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    where = collections.Counter(s[1] for s in positional230.S)
    a(f"**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written down and unused: "
      f"`{everyday230.SPARE_KIND}`). Vendor 120 ({len(vendor230.V) + len(vendor230.SET_ASIDE)} candidates coded or written down; set aside: "
      + "; ".join(f"`{n}` ({why})" for n, why in vendor230.SET_ASIDE) + "). "
      f"Positional passwords {src['password']} (one record per syntax; by where the text lives: "
      + ", ".join(f"{k} {v}" for k, v in where.most_common()) + f"; {len(positional230.SET_ASIDE)} more ideas written down and set aside: "
      + "; ".join(f"`{n}` ({why})" for n, why in positional230.SET_ASIDE) + "). "
      f"Prose 40 in 40 languages (spares written down and unused: " + ", ".join(f"`{c}` ({n})" for c, n in prose230.SPARES) + "). "
      f"Evasions {len(eva)} = 22 × 3. Negatives {len(neg)} = {len(ncls)} classes × 2 base kinds × 5 presentations (spare classes written "
      "down and unused: " + ", ".join(_bt(x) for x in negatives230.SPARE_CLASSES) + f"). Positives total {len(sec)} (asked: about 450). "
      f"Strings drawn through the registry (values, vendor neighbours, the Base64 positional value, evasion plains and runs): {data['registry_size']}.\n")

    # ---------------------------------------------------------------- conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, "
      "never the quotes and never the key. Values pasted where they do not belong (a Slack thread export, an SMS screenshot OCR, a "
      "cellar whiteboard photo OCR, a browser HAR export, zsh history, a CI `printenv` log, `heroku config:set`, `gh secret set`, "
      "`aws ssm put-parameter`, a Slack DM, a text to a contractor, a Bitwarden CSV export) are labelled.")
    a(f"- Owner-chosen passwords are a word of this world ({', '.join(C.WORLD_WORDS[:40])} …; {len(C.WORLD_WORDS)} in all, letters only; "
      "capitalised with probability 0.4) + one of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and "
      "evasion passwords use only `- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday "
      "password types and the six owner-chosen vendor passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every "
      "plain positional value, the password hidden in the `.npmrc` Base64 value, every prose value and every office-PC evasion plain.")
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; no "
      "evasion plain and no Base64-hidden password appears in any text. Values, vendor neighbours, the Base64 positional value, evasion "
      "plains and runs are drawn through one registry that refuses repeats and any string in a substring relation (6+ characters) with "
      "an earlier one; a negative is redrawn if it contains any registered secret string of 6+ characters, a world word + joiner + tail "
      "(the password form) or a UUID-shaped string that is not version 4.")
    a("- Structured values are valid: `tnk_` keys end in the real CRC-32 (zlib polynomial) of their 30-character body written as 6 "
      "base62 digits, `cdk_` keys carry a real Verhoeff digit over their 9-digit licence number, `wcw_` secrets end in a real Luhn mod 36 "
      "character, WireGuard keys are Base64 of 32 bytes clamped as X25519 requires, harvest-app tokens are real HS512 JWTs (all "
      "checked). Every UUID-shaped substring of every text is version 4 and every JWT-shaped substring of a positive or evasion text has "
      "base64url JSON header and payload and a signature length that fits its `alg` (checked). Vendor frames: the Home Assistant and "
      "Supabase tokens are real HS256 JWTs (the Supabase payload says `service_role`), the Lemon Squeezy and MailerLite keys RS256-shaped "
      "JWTs (real JSON, random 256-byte signature), the Mapbox `sk.` token carries base64url JSON `{u, a}`, the Sentry org token and "
      "the Grafana `glc_` token carry standard Base64 of real JSON (all checked); all 120 vendor values are checked against a regular "
      "expression built from the same spec that generated them. The `.npmrc` `_auth` value is Base64 of the real `user:password` with "
      "a strict-form password (checked). Negatives: SSCC-18, GLN-13 and GTIN codes carry real GS1 check digits (checked); image digests "
      "are real SHA-256 of random bytes; Django PBKDF2, argon2, SOPS, age and WireGuard public-key bodies are random bytes in the right frame.")
    nb = [f"{t}: {n[0]}" for t, _s, n, _c in vendor230.V if n]
    a("- Public neighbours are unlabelled: user names, hosts (`*.hillcrest-wines.example`, `*.saltcreek-vineyard.example`, "
      "`*.bellwether-cellars.example`, `*.ridgeback-estate.example`, private addresses), key names, and the ids written next to a vendor "
      "secret (" + "; ".join(nb) + ") and the user half of a user / password pair.")
    a(f"- Vendor containers are `<type>__<style>`; styles ({len(vendor230.STYLES)}, assigned cyclically): "
      + ", ".join(f"`{s}` ({c})" for s, c in vendor230.STYLES)
      + ". Key names are the vendor type's words in the style's case; the Bitwarden CSV export puts the type's title-case words in "
      "`name`, the neighbour (or `api`) in `login_username` and the secret in `login_password`.")
    a("- Positional passwords: span type `vinpw_<syntax>`, container `vinpw_<syntax>__<suffix>` where the suffix says where the text "
      "lives: " + ", ".join(f"`{v}` ({k})" for k, v in positional230.SUFFIX.items()) + ".")
    a(f"- Prose: span type `{prose230.SPAN_TYPE}`; container `<format>__<iso639-3>`; formats "
      + ", ".join(_bt(f) for f in prose230.FORMATS) + " (cyclic).")
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on "
      "its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if the run "
      "equals the plain, if the run would start or end with whitespace or hold a newline, or if the registry refuses plain or run.\n")

    # ---------------------------------------------------------------- categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join(f"`{t}` ({d})" for t, _w, d, _k in everyday230.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join(f"`{n}` ({s})" for n, s, _t in everyday230.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 23011) of the 12 types and "
      "deals four consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 records "
      "(checked); secrets therefore also land in implausible places (a WireGuard key in a launchd plist, a JWT on a whiteboard photo). "
      "Key names are the type's key words in the container's own case style (upper, snake, camel, pascal, dot with a `vineyard.` "
      "prefix in Play HOCON, spaced in the Slack export, title in the OCR texts); the Django key alphabet leaves out `# $ % &` so that "
      "every value can sit unescaped in every container.\n")
    a("Vendor (120 types, container `<type>__<style>`): " + ", ".join(_bt(v[0]) for v in vendor230.V) + ".\n")
    a(f"Positional passwords ({src['password']} syntaxes, span type `vinpw_<syntax>`): "
      + "; ".join(f"`vinpw_{s}` ({w}, {summ})" for s, w, summ, _t, _o in positional230.S)
      + ". None of them or the set-aside names is among the syntaxes or names of either README (compared after removing the "
      "`<letters>pw_` prefix; checked).\n")
    a("Prose: someone tells a colleague the password of the tasting-room PC and asks them not to pass it on; languages (40): "
      + ", ".join(f"`{c}` ({n})" for c, n, _s, _t in prose230.LANGS)
      + ". None of them or the spares is among the languages of either README (checked: code against the codes and all deny-listed "
      "names; name and each name word against the language names); Swahili and Latin were kept out of the prose because this corpus "
      "uses them for number words. Scripts: " + ", ".join(sorted({s for _c, _n, s, _t in prose230.LANGS}))
      + ". Hebrew is right-to-left with the Latin value embedded; Japanese, Korean, Hindi, Marathi and Quechua put a copula "
      "or particle after the value (after a space); Scottish Gaelic puts the value first (`'S e` + value); every value is set off by "
      "whitespace on both sides (checked).\n")

    # ---------------------------------------------------------------- evasions
    a("## Evasion encodings\n")
    a("; ".join(f"`{e}` = \"{enc230.RULES[e]}\"" for e in enc230.ORDER) + ".\n")
    a("Families: " + "; ".join(f"{enc230.FAMILY[e]}: `{e}`" for e in enc230.ORDER) + ".\n")
    a("Evasion types: " + "; ".join(f"`{t}` ({d})" for t, d, _r in evasions230.TYPES) + "; wordings: "
      + ", ".join(_bt(w) for w in evasions230.WORDINGS) + " (container `<encoding>__<wording>`; encoding i and type j take wording "
      "(i + j) mod 3, so each encoding appears once per type and once per wording).\n")
    a("Encoders are in `enc230.enc` (the rng only adds noise the decoder ignores: chaff characters, Brix block labels, wine names, "
      "barrel numbers, tank labels; Ascii85 and base32hex use the standard library's `base64` in the encoder only); the decoder "
      "`dec230.decode` gets only the encoding name and the run and is written separately, importing nothing from the encoder and no "
      "`base64`, `binascii`, `codecs` or `unicodedata`, with every table retyped: Mayan numeral offsets, Latin and Swahili number-word "
      "tables (Swahili `mia moja` and `na` joiners), Braille cell offsets, a Morse back-table with the `^` case mark, the inverse affine "
      "map (17⁻¹ mod 62 computed), the MERLOT column order, its own Ascii85 and base32hex readers, octal, chaff stride, BCD nibbles that "
      "reject digits above 9, factoradic digits that must respect their radix, balanced-ternary digit sums, die-face and hexagram offsets, "
      "clock arithmetic, dotted quads with trailing zero bytes removed, and regular expressions plus arithmetic for the four world "
      "disguises (Brix × 10, vintage − 1900, fill − 100, SO2 as is). Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains "
      "of length 2–44 per encoding while writing (0 failures); at build time every span is decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every digit block, numeral notation, number-word "
      "language, spelled alphabet, look-alike block, cipher, byte notation, bit code, positional order, keyboard trick and world "
      "disguise named there (Ol Chiki, Adlam, Kharoshthi, Ethiopic and the other digit blocks and numerals; Swedish, Hungarian, "
      "Finnish, Dutch, Norwegian, French and the other number-word languages; NATO and Unicode names; circled, parenthesized, "
      "fullwidth and homoglyph letters; ROT47, Trithemius, Caesar-family ciphers, XTEA, RC4; EBCDIC, proquints, Bubble Babble, Intel "
      "HEX, z-base-32, base 62 / 91; Hamming, Manchester, Gray, white-key chords; outside-in, pair swap, boustrophedon, rail fence, "
      "reversal; ЙЦУКЕН, Dvorak, multi-tap, DTMF; prime factorisations, unreduced fractions, element symbols, spreadsheet columns, "
      "A1Z26; the sign-shop and piano disguises; Crockford Base32 is named as a ULID alphabet there and was left out too). Close "
      "relatives remain and a scorer may count them as the same idea: Mayan numerals next to the earlier numeral notations; Latin and "
      "Swahili next to the earlier number-word languages; Braille cells next to the earlier look-alike blocks and bit codes; Morse "
      "next to the spelled alphabets and DTMF; the affine map next to Caesar-family ciphers; the MERLOT columnar transposition next to "
      "rail fence and boustrophedon; Ascii85 and base32hex next to basE91, z-base-32 and base 62; octal next to hex byte notations; "
      "the chaff interleave next to the earlier positional orders; BCD next to the earlier bit codes; factoradic and balanced ternary "
      "next to the earlier arithmetic disguises; die faces and hexagrams next to the earlier symbol bases; clock times and IPv4 quads "
      "next to the earlier disguises of code points and bytes; and the four winery disguises next to the earlier world disguises. The "
      "chaff interleave keeps every plain character visible in order (with two fillers between), the affine map keeps `_ . -` "
      "readable and the columnar transposition keeps every character, so a scorer may find those the easiest.\n")

    # ---------------------------------------------------------------- negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    for cname, kinds, desc in negatives230.CLASSES:
        a(f"| `{cname}` | {ncls[cname]} | " + ", ".join(_bt(k.__name__) for k in kinds) + f" | {desc} |")
    a("\nEach base kind appears plain and wrapped " + ", ".join(f"`__{w}`" for w in negatives230.WRAPPERS) + ".\n")

    # ---------------------------------------------------------------- checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per record; "
      "spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its "
      "text and nowhere else in any text (positives, evasions, negatives); no value reused; no evasion plain or Base64-hidden password "
      "visible anywhere; no NUL and no PEM private-key block; prose values set off by whitespace")
    a("- shapes: the wide password regex for the six everyday password types, the strict form for plain positional values, the "
      "Base64-hidden password, prose values and office-PC evasion plains (`psc_` and `vgt-` plains by their own regexes); `tnk_` "
      "CRC-32; `cdk_` Verhoeff; `wcw_` Luhn mod 36; Django key alphabet and length; WireGuard Base64 length and clamping bits; HS512 "
      "JWT; 120 vendor regexes plus the JSON / JWT frames of the Sentry, Grafana, Mapbox, Home Assistant, Supabase, Lemon Squeezy and "
      "MailerLite values; the AES literal is exactly 16 characters; UUID-shaped substrings of every text are version 4; every "
      "JWT-shaped substring of a positive or evasion text has JSON header and payload and a signature length that fits its `alg`")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a newline and "
      "is followed by a newline and a remark; plain shape per type; the run never contains its plain and never equals it; record and "
      "span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3, once per type and once per wording")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, no positive value, evasion "
      "plain, hidden password or world-word password form inside; SSCC, GLN and GTIN check digits")
    a("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose format and "
      "language code, evasion wording, negative base kind and wrapper inside it), span type, evasion encoding and negative class, and "
      "every spare kind, style, suffix, format, wording, wrapper, spare class, set-aside syntax and set-aside vendor name is compared "
      "case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes (span type without `vinpw_`) "
      "and the set-aside syntaxes also against the earlier syntax list; prose languages and spares by code, name and name words; "
      "`brief_names.json` is compared with a fresh extraction when `/tmp/brief230/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types with "
      "containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct languages; 66 "
      "evasions (22 × 3); positives 440–470; span types of the sources pairwise disjoint; non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    caught = sum(1 for _, c in muts if c)
    a(f"- {len(muts)} mutation tests on deep copies, each must add an error the clean data does not have (this run: {caught}/{len(muts)}): "
      + ", ".join(f"`{n}` ({'caught' if c else 'MISSED'})" for n, c in muts) + "\n")

    # ---------------------------------------------------------------- shapes
    a("## Shapes you had to guess\n")
    for cat in ("read", "believed", "guessed", "owner"):
        items = [(t, s, n) for t, s, n, c in vendor230.V if c == cat]
        a(f"{CAT_TITLE[cat]} ({len(items)}): " + "; ".join(
            f"`{t}` ({vendor230.spec_desc(s)}" + (f" – next to it: {n[0]}" if n else "") + ")" for t, s, n in items) + ".\n")
    a("Also invented or guessed: the everyday layouts `tnk_` (base62 CRC-32 tail, the idea borrowed from GitHub-style checksummed "
      "tokens), `cdk_` (Verhoeff) and `wcw_` (Luhn mod 36) and the evasion prefixes `psc_` / `vgt-` are invented; the Django key, "
      "WireGuard key and HS512 JWT are real formats used for invented purposes. The crew fixed-width badge file, the RFID barrel-tag "
      "export and the till roster TSV are invented formats of this world. Syntaxes are written from memory, not re-checked against "
      "manuals (notably `bcp -P`, `db2 connect … using`, `winrs -p:`, `vmrun -gp`, `sendemail -xp`, `arj -g`, `qpdf --encrypt` "
      "argument order, `certutil -p … -importpfx`, `mkstore -createCredential` order, `bw unlock` positional, `nmcli --ask` reading "
      "stdin, `keepassxc-cli` and `lpass` reading stdin, the positional orders of `pymysql.connect`, `cx_Oracle.connect`, "
      "`redis.Redis`, `pysftp.Connection`, `SMBConnection`, `LogonUser`, `ZipFile.extractall`, `JedisPool`, `gomail.NewDialer`, "
      "`Net::SMTP.start`, `PQsetdbLogin`, `Blynk.begin`, the memcached ASCII `set` authentication, the UUCP chat script, the dovecot "
      "`{PLAIN}` prefix, stunnel's PSK file (at least 16 characters) and the ntp.keys `M` type with a 20-character limit). Vendor "
      "neighbour id lengths (WeatherLink key, Plivo auth id, FedEx / UPS / Toast client ids, Vonage key) are approximate. Evasion code "
      "points (Mayan numerals U+1D2E0–1D2F3, die faces U+2680–2685, hexagrams U+4DC0–4DFF, Braille U+2800 + byte) were checked with "
      "Python's `unicodedata` in the scratch directory; the `^` capital mark in Morse and the `~` filler of the columnar transposition "
      "are the builder's own conventions, stated in the rule. Negatives: TTB id, bonded-winery, LWIN-18 and carrier-tracking layouts "
      "are approximate (no check digits claimed); the `age1` recipient is random characters of the Bech32 alphabet without a real "
      "checksum.\n")

    # ---------------------------------------------------------------- judgement
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (vineyard block manager, cellar work orders, tasting-room till, wine-club admin, "
      "frost-fan controller, barrel-room sensor hub) and six generated secrets (`tnk_` tank key, `cdk_` cellar-door key, `wcw_` club "
      "webhook secret, Django `SECRET_KEY`, WireGuard private key, HS512 JWT). The Django key is 50 characters of a punctuation-rich "
      "alphabet with no prefix and the WireGuard key is 44 characters of Base64 exactly like the WireGuard *public* keys of the "
      "negatives – only the key name and context tell them apart (deliberate). Everyday passwords may contain `+ ! ~` and are written "
      "verbatim even where a real shell line would want quoting. Key names in everyday files say password / key / secret / jwt – that "
      "is how such files look; the telling-key-free cases are in the positional source.")
    a("- Vendor: many winery, weather and agtech vendors (vintrace, InnoVint, Vinsight, WineDirect, Commerce7, Tock, CellarPass, "
      "Vinoshipper, ShipCompliant, Ekos, Wine-Searcher, Vivino, Agworld, Semios …) publish no token format the builder knows, so their "
      "types are recognisable only from the key name – part of the test. Six vendor types carry owner-chosen passwords (WSTA, Wine "
      "Australia, CellarTracker, Liv-ex, Decanter Awards, Vinexpo); `shipcompliant_api_password` and `meteomatics_api_password` are "
      "generated API passwords, not owner-chosen. Whole strings are labelled for the Discord and Teams webhook URLs (the URL is the "
      "credential). Same-shape traps: the Stripe `rk_live_51` key against the `pk_live_51` publishable key in the negatives, the "
      "Clerk `sk_live_` key next to Stripe's own prefixes; the Mapbox `sk.` secret token against the `pk.` public token; Vinsight, Postmark, Opsgenie and "
      "ClickSend values are bare UUIDv4s like the order ids of the negatives; many 32 / 40 / 64-hex secrets (InnoVint, CellarPass, "
      "Ekos, TaxJar, FedEx, Mailjet, SparkPost, Slack signing secret, AssemblyAI, Deepgram, Azure OpenAI, Particle, Agworld, Meraki) "
      "look like the digests and signatures of the negatives. Ids next to a secret (client ids, key ids, the Twilio `SK` sid, the "
      "WooCommerce `ck_` consumer key, the Langfuse `pk-lf-` public key, the Shopify API key, the WeatherLink API key, the Mailjet and "
      "Vonage API keys, account numbers, e-mails) stay unlabelled as the public half of a pair (arguable for the WeatherLink, Mailjet and "
      "Vonage API keys and the WooCommerce consumer key, which their vendors call keys and some detectors flag on their own). The "
      "Bitwarden export's `login_password` field holds an API key for most vendor types – that is how people store API keys in "
      "password managers.")
    a("- Passwords: labelled when the value logs in (flags `-p` glued or spaced, `/p:`, `-p:`, `-P`, `-gp`, `-xp`, `-c` community, "
      "`-A` auth phrase; pairs `user:secret` in `--src-creds`, `-a`, `-A`; URL userinfo in psql, hg, curlftpfs, WinSCP, SQLAlchemy, "
      "amqplib, mongoose, Frigate, pip.conf and Kodi; positionals in `db2 … using`, `net user`, `mc admin user add`, `mkstore`, "
      "`networksetup`, `bw unlock` and library calls in Python, Node, Java, C#, Go, Rust, Ruby, PHP, Perl, C, Arduino, Dart, R and "
      "Elixir), unlocks or encrypts (`unrar`, `arj`, `qpdf`, `cryptsetup`, `certutil`, `signtool`, `security unlock-keychain`, "
      "`ssh-keygen -N`, KeePassXC, `pypdf`, `ZipFile.extractall`, AES key literal, `pgp_sym_encrypt`), derives, signs or hashes with a "
      "literal (PBKDF2 in Python, Go, PHP, .NET and Java, scrypt, HMAC in Node, Java, .NET, Go, Ruby, Dart, R and Elixir, "
      "itsdangerous, cookie-parser, ActiveSupport KeyGenerator, argon2, pgcrypto `crypt`), is stored for later use (`chpasswd`, "
      "`sp_addlogin`, `createUser`, coturn / dovecot / stunnel / ntp / s3fs files), sits in a file by position, travels in a protocol "
      "exchange (IMAP `LOGIN`, NickServ `IDENTIFY`, JSON-RPC params, memcached ASCII auth) or is typed by automation (UI tests use "
      "neutral field ids `f1` / `f2`). The `.npmrc` `_auth` span is the whole Base64 token, not the decoded password. Weakest kept "
      "cases, with a hint nearby: `sudo -S` (the `[sudo] password` prompt follows), the UUCP `ssword:` chat token, the `{PLAIN}` "
      "scheme prefix, `-c` community and `-A` auth phrase in SNMP, `using` in db2, `with:` in Capybara, `IDENTIFY`, "
      "`SECURITY_CREDENTIALS` in JNDI, the `till` column header of the roster TSV and the `LOGIN` command; none of them is a "
      "`password=` key. Syntaxes whose flag or function says pass / passwd / password / pw / passphrase right before the value were "
      "not written (hence several set-aside ideas). Closest relatives of earlier syntaxes, kept because the tool, file or mechanism "
      "differs: `-u` / `-p` style pairs of `oc login`, `bcp`, `certutil` and `xfreerdp` (earlier psexec, sqlcmd, az login), the "
      "user:secret pairs of httpie, `ab -A` and skopeo (earlier etcdctl and lftp), URL userinfo in hg, psql, SQLAlchemy, amqplib, "
      "mongoose, Frigate, pip.conf, curlftpfs, WinSCP and Kodi (earlier git-credentials, mongodump, ioredis, gemrc, sources.list), "
      "the HMAC / KDF literals (earlier Rust, Python, PHP, CryptoJS forms), `WiFi.begin` and `Blynk.begin` (earlier `WiFi.softAP`), the "
      "UI typing calls (earlier Playwright, Cypress, Selenium, Espresso), `sudo -S` and the other stdin pipes (earlier vncpasswd, "
      "kinit, htpasswd -i), `mc admin user add` (earlier `mc alias set`).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for French, German, "
      "Italian, Portuguese, English, Galician, Danish, Czech, Polish, Russian, Serbian, Esperanto, Indonesian, Malay, Turkish; modest "
      "for Afrikaans, Mandarin, Japanese, Korean, Hebrew, Hindi, Marathi, Luxembourgish, Corsican, Sicilian, Scottish Gaelic, Faroese, "
      "Tatar, Uzbek, Mongolian; low for Armenian, Sardinian, Friulian, Breton, Maori, Zulu, Xhosa, Kinyarwanda, Quechua, Yoruba. Loan "
      "words (password in Italian, Sicilian and the two Devanagari languages, computer / computadora in Sardinian, Friulian and "
      "Quechua) are kept as people use them. `cmn` is Mandarin Chinese, `uzn` Northern Uzbek, `khk` Halh Mongolian, `zsm` Standard "
      "Malay (named Malay here), `que` the Quechua macrolanguage.")
    a("- Evasions: Mayan numerals a positional base-20 notation; Latin and Swahili spelled numerals; Braille cells a bit code in a "
      "tactile block; Morse a telegraph code with an added case mark; the affine map a substitution cipher with its key stated; MERLOT "
      "a keyed columnar transposition (the run is a permutation of the plain plus `~` fillers, so a character-bag detector could still "
      "see it); Ascii85 and base32hex binary-to-text encodings (Ascii85 runs contain quotes, backslashes and similar punctuation, "
      "stored verbatim); octal a byte notation; the chaff interleave a positional trick; BCD a bit code; factoradic and balanced ternary "
      "arithmetic disguises; die faces and hexagrams symbol bases; clock times and IPv4 quads disguises of codes and bytes as everyday "
      "ops data; Brix readings, vintage years, barrel fills and SO2 results are this world's disguises of character codes.")
    a("- Negatives: block, clone, permit, lot, tank, LWIN, SSCC / GLN / GTIN, sample, order and tracking numbers are identifiers (the "
      "GS1 ones carry real check digits); weather and soil telemetry and LoRaWAN EUIs are device ids and readings (no AppKey is ever "
      "shown); Stripe `pk_live_51`, the Square application id, the reCAPTCHA site key, the Mapbox `pk.` token, the Shopify storefront "
      "token and the Algolia search-only key are public by design (the 32-hex storefront and search-only keys are the most arguable "
      "negatives); the AWS documentation pair and `YOUR_API_KEY` / `sk_test_xxxx` placeholders are published examples; `.env.example` "
      "and Helm defaults use the real key names of this corpus with empty, `changeme` and `<…>` values (a trap for key-name-only "
      "detectors); masked values carry no value; `{{resolve:…}}`, `ssm:`, `vault:`, `op://`, GCP secret paths and `${{ secrets.X }}` "
      "are pointers; Django PBKDF2 and argon2 strings are one-way hashes (the column is called `password`, a trap); SOPS values and age "
      "files are ciphertext; image digests and commit ids are public; WireGuard public keys have exactly the shape of the labelled "
      "private keys; `Stripe-Signature`, `X-Hub-Signature-256` and `X-Shopify-Hmac-Sha256` are per-message signatures, not keys. Each "
      "negative may sit inside a team chat, a helpdesk ticket, an e-mail or a forum thread whose surrounding words say it is safe. "
      "Random fillers are generated, so an entropy-only detector will hit them – that is the point.\n")

    # ---------------------------------------------------------------- sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief230/` (p227 and p228), for format and coverage only. The detector was not opened, listed or "
      "searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except "
      "`/tmp/scratch230/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule "
      "file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror directory and "
      "extracted with `git show` into `/tmp/scratch230/`), read for its list of rule ids and for the rules behind every vendor type "
      "marked *read this session* above (Meraki, Stripe, Square, Shopify private-app and shared-secret, EasyPost, Shippo, Plaid, Lob, "
      "SendGrid, Slack user and app tokens, Microsoft Teams webhooks, Anthropic admin keys, Cohere, MaxMind, GitHub App tokens, GitLab "
      "runner and pipeline-trigger tokens, PyPI, RubyGems, Terraform Cloud, Vault, Doppler, Azure AD client secrets, Cloudflare global "
      "and origin-CA keys, Grafana service-account and cloud tokens, New Relic, Sentry org tokens, Dynatrace, Linear, Postman, "
      "Databricks, Okta, Prefect, Fastly). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; "
      "the remaining shapes come from the builder's memory and are marked above as believed or guessed.\n")
    return "\n".join(L)
