"""Render README.md from the generated data (deterministic)."""
from collections import Counter, defaultdict

import everyday238
import vendor238
import positional238
import prose238
import evasions238
import negatives238
from enc238 import ENCODINGS
from common238 import WORLD_WORDS, HOSTS


def _bt(xs):
    return ", ".join(f"`{x}`" for x in xs)


def render(data, deny, muts, deny_status):
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    by = defaultdict(list)
    for r in sec:
        by[r["source"]].append(r)
    L = []
    A = L.append
    A("# privacy_twohundredthirtyeighth (p238) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**photographers**: photo studios, wedding photographers and photo labs – the studio booking site (Django settings, a Wagtail "
      "env file, Quarkus and Micronaut config, Express and Go/Viper config, a .NET launchSettings profile), the client proofing and "
      "delivery gallery (Next.js `.env.local`, Astro, Gatsby, Hugo), the lab (a minilab controller INI, a film-scanner station INI, "
      "an Arduino darkroom-timer header, a PHP order-intake config, print-kiosk plist and Qt settings), the tethered-capture "
      "workstation (Capture One AppleScript, a Lightroom plug-in Lua file, a gphoto2 hook TOML), the studio NAS (a Synology task "
      "script, an rclone remote), the lighting (a DMX controller JSON), the ops around them (Ansible host vars, Terraform "
      "auto.tfvars, helmfile values, a Swarm stack, GitHub Actions, GitLab CI, Drone, Jenkinsfile, zsh history, nginx "
      "fastcgi_param, a launchd plist, `setx` history, gradle.properties, an Xcode xcconfig, an EDN config, `.Renviron`) and the "
      "messy places values get pasted (a Slack thread, a Signal export, an e-mail to the wedding planner, a lab order-sheet CSV, a "
      "whiteboard photo OCR, an Obsidian note); secrets of this world such as a `glx_` gallery-webhook key with a real Verhoeff "
      "digit, a `lab_` order token with a real CRC-32 tail, a Django `SECRET_KEY`, an HS512 print-queue JWT, a clamped WireGuard "
      "private key and a Base32 TOTP seed; the trade's own services (Pixieset, ShootProof, Pic-Time, HoneyBook, Dubsado, WHCC, "
      "SmugMug, Flickr, Zenfolio, Táve, Sprout Studio, Adobe I/O, Unsplash, Pexels, Getty Images, Shutterstock, remove.bg, "
      "Photoroom, imgix, ImageKit, Uploadcare, bunny.net, Backblaze B2, Wasabi, Dropbox, Frame.io, Vimeo, Instagram, Pinterest, "
      "TikTok, MailerLite, Kit, Calendly, Prodigi, Zapier, Make, IFTTT); plus the commerce, messaging, AI, developer and ops services "
      "such developers use (Stripe restricted keys, PayPal, Square, Lemon Squeezy, Paddle, WooCommerce, Shopify private-app and "
      "shared secrets, Mollie, Adyen HMAC keys, Razorpay, Wise, EasyPost, Shippo, Lob, Twilio API keys, SendGrid, Postmark, Mailjet, "
      "WhatsApp Cloud, Vonage, Plivo, Slack app-level and user tokens, Discord and Teams webhooks, Pushbullet, ntfy, Mailgun signing "
      "keys, OpenAI admin and service-account keys, Anthropic admin keys, Mistral, Cohere, DeepSeek, xAI, OpenRouter, fal, "
      "ElevenLabs, Deepgram, AssemblyAI, Azure OpenAI, Langfuse, GitHub App tokens, GitLab trigger and runner tokens, Atlassian, "
      "PyPI, RubyGems, Docker Hub, Netlify, Railway, Supabase service-role JWTs, Neon, Postman, Sentry org tokens, Doppler, "
      "Terraform Cloud, Vault, Grafana, New Relic, PostHog, PagerDuty, Opsgenie, LaunchDarkly, Rollbar, Entra ID client secrets, "
      "Google refresh tokens, Scaleway, OVHcloud, Vultr, Cloudflare Origin CA and global keys, Tailscale auth keys, ngrok, "
      "DigitalOcean Spaces, Portainer, Proxmox, Bitwarden Secrets Manager); with hard negatives from the same world (camera and "
      "lens serials, EXIF dumps, delivery checksums, film roll and emulsion codes, print-order and gallery ids, calibration "
      "reports, photobook ISBNs and album UPCs with real check digits, IPTC / licence ids, publishable client keys, placeholders, "
      "masked values, secret-store pointers, Django / Nextcloud password hashes, SOPS / age ciphertext with a real Bech32 "
      "recipient, WireGuard public keys, webhook signatures, commit and image digests, policy prose, ABA routing numbers with "
      "real check digits, contract and release numbers). Everything is produced by `build.py` and its modules (`common238.py`, "
      "`everyday238.py`, `vendor238.py`, `positional238.py`, `prose238.py`, `enc238.py`, `dec238.py`, `evasions238.py`, "
      "`negatives238.py`, `checks238.py`, `readme238.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, "
      "fixed `random.Random` seeds (23801 everyday values, 23811 everyday pairing, 23802 vendor, 23803 positional, 23804 prose, "
      "23805 evasions, 23806 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one "
      f"process, compares the bytes of the three JSONL files, runs every check and {len(muts)} mutation tests, renders this README "
      "from both generations and compares it, and only then writes the files (on any failure it prints the errors, writes "
      "nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief238/`.\n")
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredthirtyeighth/`) was created (with `mkdir -p`) and written; the only listing made "
      "there was `ls -la` of this directory itself (right after creating it and after the final build); its parent was never "
      "listed or searched, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. "
      "The only project material read were the two READMEs in `/tmp/brief238/` (`README_twohundredthirtythird.md`, p233, "
      "bakeries; `README_twohundredthirtyfifth.md`, p235, surf schools; the directory was listed once with `ls -la` and the files "
      "sized with `wc -c`), used only to learn the file format and what is already covered. No other `/tmp` directory was looked "
      "at except the scratch directory `/tmp/scratch238/` (an extracted copy of the public gitleaks rule file, a Unicode-name "
      "check, round-trip runs and trial builds). The deny-list (`common238.extract_denylist`) holds every backticked name and every "
      f"snake_case identifier of both READMEs, lower-cased, also split at `__` ({len(deny['names'])} names), the earlier positional "
      f"syntaxes with their `<letters>pw_` prefix stripped ({len(deny['syntaxes'])}), the codes of every `` `code` (Name) `` pair "
      f"({len(deny['language_codes'])}; the pattern also catches `alg`, which only makes the list stricter) and the names and name "
      f"words of those pairs ({len(deny['language_names'])}, with harmless noise such as `checked`). It is frozen in "
      f"`brief_names.json`; when `/tmp/brief238/` exists the build re-extracts it and fails if it differs (this build: {deny_status}). "
      "Encodings, syntaxes, languages and negative ideas that the two READMEs name only in prose (their *avoided* and *set aside* "
      "lists) were avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share vendors, "
      "syntaxes, languages or notations.\n")

    # ---- files and counts
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    A(f"| `secrets.jsonl` | {len(sec)} | {len(sec)} | {len({r['type'] for r in sec})} | {len({r['container'] for r in sec})} | "
      f"everyday {len(by['everyday'])}, vendor {len(by['vendor'])}, positional-password {len(by['password'])}, prose {len(by['prose'])} in "
      f"{len({r['container'].split('__')[1] for r in by['prose']})} languages |")
    A(f"| `evasions.jsonl` | {len(eva)} | {len(eva)} | {len({r['type'] for r in eva})} | {len({r['container'] for r in eva})} | "
      f"{len(ENCODINGS)} encodings × 3 |")
    A(f"| `negatives.jsonl` | {len(neg)} | – | – | {len({r['container'] for r in neg})} | {len({r['class'] for r in neg})} classes |")
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A(f"| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` {len(deny['names'])}, `syntaxes` "
      f"{len(deny['syntaxes'])}, `language_codes` {len(deny['language_codes'])}, `language_names` {len(deny['language_names'])}) |\n")
    A("Schema (same as the earlier corpora): positives `id` (`p238-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p238-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p238-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
      "lines with `ensure_ascii=False`.\n")
    wcount = Counter(s[1] for s in positional238.SYNTAXES)
    A(f"**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written down and "
      f"unused: `{everyday238.SPARE_KIND}`). Vendor 120 ({120 + len(vendor238.SET_ASIDE)} candidates written down; set aside: "
      + "; ".join(f"`{n}` ({why})" for n, why in vendor238.SET_ASIDE) + "). "
      f"Positional passwords {len(by['password'])} (one record per syntax; by where the text lives: "
      + ", ".join(f"{k} {v}" for k, v in wcount.most_common()) + "; set aside: "
      + "; ".join(f"`{n}` ({why})" for n, why in positional238.SET_ASIDE) + "). "
      f"Prose 40 in 40 languages (spares written down and unused: " + ", ".join(f"`{c}` ({n})" for c, n in prose238.SPARES) + "). "
      f"Evasions 66 = 22 × 3. Negatives {len(neg)} = {len(negatives238.CLASSES)} classes × 2 base kinds × 5 presentations (spare "
      f"class written down and unused: `{negatives238.SPARE_CLASS}`). Positives total {len(sec)} (asked: about 450). Strings drawn "
      f"through the registry (values, vendor neighbours, Base64 positional values, evasion plains and runs): {data['registry_size']} "
      f"(of them {data['public_count']} public neighbours).\n")

    # ---- conventions
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, "
      "never the quotes and never the key. Values pasted where they do not belong (a Slack thread, a Signal export, an e-mail to "
      "the wedding planner, a lab order-sheet CSV, a whiteboard OCR, an Obsidian note, zsh history, `setx` history, "
      "`railway` / `netlify` / `heroku` CLI history, `ansible-vault view` and `aws secretsmanager get-secret-value` output, an "
      "iMessage, a Slack DM, a Bitwarden CSV export) are labelled.")
    A(f"- Owner-chosen passwords are a word of this world ({', '.join(WORLD_WORDS[:40])} …; {len(WORLD_WORDS)} in all, letters "
      "only; capitalised with probability 0.4) + one of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, "
      "prose and evasion passwords use only `- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six "
      "everyday password types and the six owner-chosen vendor passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` "
      "for every plain positional value, the two passwords hidden in Base64 spans, every prose value and every editing-PC evasion plain.")
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no Base64-hidden password appears in any text. Values, vendor neighbours, Base64 values, "
      "evasion plains and runs are drawn through one registry that refuses repeats and any string in a substring relation "
      "(6+ characters) with an earlier one; a negative is redrawn if it contains any registered secret string of 6+ characters "
      "(public neighbours excepted), a world word + joiner + tail (the password form, with alphanumeric boundaries), a "
      "UUID-shaped string that is not version 4 or any JWT-shaped string, or if it repeats an earlier negative text.")
    A("- Structured values are valid: `glx_` keys carry the real Verhoeff check digit of their 11-digit studio number, `lab_` "
      "tokens end in the real CRC-32 (zlib) of their 32-character body, Django keys are 50 characters of Django's own alphabet, "
      "print-queue tokens are real HS512 JWTs, WireGuard keys are Base64 of 32 bytes with Curve25519 clamping, TOTP seeds are "
      "Base32 of 20 bytes (all checked). Every UUID-shaped substring of every text is version 4 and every JWT-shaped substring "
      "of every text has base64url JSON header and payload and a signature length that fits its `alg` (checked). Vendor frames: "
      "the MailerLite and Lemon Squeezy keys are RS256-shaped JWTs, the Calendly token an ES256-shaped JWT with `kid`, the "
      "Supabase service-role key a real HS256 JWT, the Sentry org token and the Grafana Cloud token carry standard Base64 of "
      "real JSON, the Bitwarden access token a UUIDv4 and Base64 of 16 bytes; all 120 vendor values are checked against a "
      "regular expression built from the same spec that generated them (or the validator of the special frame). The Docker "
      "`config.json` span is Base64 of `user:password` and the SMTP `AUTH LOGIN` span Base64 of the password, each with a "
      "strict-form password (checked). Negatives: ISBN-13 and UPC-A codes carry real check digits, ABA routing numbers real "
      "3-7-1 check digits, the SOPS age recipient a real Bech32 checksum (all checked); checksums, commit ids and image digests "
      "are real digests of random bytes; the Ed25519 SPKI and `ssh-ed25519` keys have the real DER / wire framing around 32 "
      "random bytes; the webhook signatures are real HMAC-SHA256 under discarded keys; password hashes and ciphertexts are "
      "random in the right frame.")
    nbs = [f"{n}: {' '.join(nb[0])}" for n, _, _, _, nb in vendor238.VENDORS if nb]
    A(f"- Public neighbours are unlabelled: user names, hosts ({', '.join('`*.' + h + '`' for h in HOSTS)}, private addresses), "
      "key names, MinIO access-key ids, and the ids written next to a vendor secret (" + "; ".join(nbs) + ") and the user half "
      "of a user / password pair.")
    A("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically): " +
      ", ".join(f"`{s}` ({c})" for s, c in vendor238.STYLES) + ". Key names are the vendor type's words in the style's case "
      "(dot style with a `lab.` prefix, Ansible vault variables with a `vault_` prefix); the Bitwarden export puts the type's "
      "title-case words in `name`, the neighbour (or `api`) in `login_username` and the secret in `login_password`.")
    A("- Positional passwords: span type `lenspw_<syntax>`, container `lenspw_<syntax>__<suffix>` where the suffix says where "
      "the text lives: " + ", ".join(f"`{v}` ({k})" for k, v in positional238.SUFFIX.items()) + ".")
    A(f"- Prose: span type `{prose238.TYPE}`; container `<format>__<iso639-3>`; formats " + _bt(prose238.FORMATS) + " (cyclic).")
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the "
      "run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own "
      "run, if the run equals the plain, if the run would start or end with whitespace or hold a newline, or if the registry "
      "refuses plain or run.\n")

    # ---- categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join(f"`{t}` ({d})" for t, _, d, _ in everyday238.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join(f"`{k}` ({v[0]})" for k, v in everyday238.CONTAINERS.items()) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 23811) of the 12 types "
      "and deals four consecutive types to each kind, so every kind holds four different types and every type sits in exactly "
      "15 records (checked); secrets therefore also land in implausible places (a WireGuard key in Django settings, a JWT in a "
      "whiteboard photo). Key names are the type's key words in the container's case style (upper, snake, camel, pascal, kebab "
      "in Micronaut YAML and EDN, dot with a `studio.` prefix in Quarkus properties, spaced in the chats and the e-mail, title in "
      "the CSV, the OCR text and the Obsidian table). Each kind lists characters its quoting cannot hold (for example `&` in "
      "plists, `'` in single-quoted files, `//` in xcconfig); a value holding one is redrawn.\n")
    A("Vendor (120 types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* in the public "
      "gitleaks rule file, *believed* from memory, *guessed* where no published shape is known, so that the type is recognisable "
      "only from the key name):\n")
    for cat, title in vendor238.CATEGORY_TITLES.items():
        items = [v for v in vendor238.VENDORS if v[1] == cat]
        A(f"*{title}* ({len(items)}): " + "; ".join(
            f"`{n}` ({vendor238.spec_desc(sp)} – {vendor238.PROV_TEXT[pv]}" + (f" – next to it: {' '.join(nb[0])}" if nb else "") + ")"
            for n, _, pv, sp, nb in items) + ".\n")
    A(f"Positional passwords ({len(positional238.SYNTAXES)} syntaxes, span type `lenspw_<syntax>`): " +
      "; ".join(f"`lenspw_{s}` ({w}, {f})" for s, w, f, _ in positional238.SYNTAXES) + ".\n")
    A("Prose: someone tells a colleague the password of the studio editing PC and asks them not to pass it on; languages (40): " +
      ", ".join(f"`{c}` ({n})" for c, n, _, _ in prose238.LANGS) + ". None of them or the spares is among the languages of either "
      "README (checked: code against the codes and all deny-listed names; name and each name word against the language names); "
      "Dutch was kept out of the prose because this corpus uses it for number words, and Japanese, Mandarin, Hebrew, Greek, "
      "Latin, Swahili and Māori were avoided because the READMEs use them for numerals or number words. Scripts: " +
      ", ".join(sorted({s for _, _, s, _ in prose238.LANGS})) + ". Hindi, Marathi, Gujarati, Kannada, Malayalam, Sinhala, Burmese, "
      "Tigrinya, Oromo, Armenian, Tajik and Mongolian put a copula or particle after the value (after a space); Yoruba sets the "
      "value off with a dash; Gaelic puts it after a colon; every value is set off by whitespace on both sides (checked).\n")

    # ---- evasions
    A("## Evasion encodings\n")
    A("; ".join(f"`{n}` = \"{rule}\"" for n, _, rule in ENCODINGS) + ".\n")
    A("Families: " + "; ".join(f"{fam}: `{n}`" for n, fam, _ in ENCODINGS) + ".\n")
    A("Evasion types: " + "; ".join(f"`{t[0]}` ({t[2]})" for t in evasions238.TYPES) + "; wordings: " +
      _bt(w[0] for w in evasions238.WORDINGS) + " (container `<encoding>__<wording>`; encoding i and type j take wording "
      "(i + j) mod 3, so each encoding appears once per type and once per wording).\n")
    A("Encoders are in `enc238.enc` (the rng only adds noise the decoder ignores: lens names, camera bodies, light names, lens "
      "tags, exposure compensations); the decoder `dec238.decode` gets only the encoding name and the run and is written "
      "separately, importing nothing from the encoder and no `base64`, `binascii`, `codecs` or `unicodedata` (it uses `zlib` only "
      "to inflate the deflate stream), with every table retyped: the Base58 and Crockford alphabets (Crockford rejects non-zero "
      "tail bits), its own standard-Base64 reader, the entity pattern (the run must be entities only), Gray-code inversion, the "
      "hieroglyph, Attic (order-checked) and Armenian values, the tally counts (at most four ones per group), the Dutch word "
      "tables with the `en` / `ën` joiner rule, negabinary place values, a primality check for the factor lists (non-decreasing), "
      "the sans-serif bold offsets, the three-bit rotation back, IPv6 hextets and colour swatches with trailing zero bytes "
      "dropped, the keyword alphabet rebuilt from DARKROOM and the digit key, and regular expressions plus arithmetic for the five "
      "camera disguises. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while "
      "writing (0 failures); at build time every span is decoded back to its `plain` (checked).\n")
    A("Avoided on purpose (named by an earlier README in a list or in prose): Roman, Greek Ionian, Hebrew, Chinese, Mayan, "
      "Balinese numerals; German, Spanish, Esperanto, Estonian, Latin, Swahili, Icelandic, Māori, Japanese and Lithuanian number "
      "words; uuencode, xxencode, Base45, Z85, Ascii85, base32hex, octal, quoted-printable, CSS escapes; XOR with a stated key; "
      "Polybius squares and grids, Atbash, the affine map, Caesar-family ciphers, ROT47, columnar transposition, rail fence, "
      "reversal; Baconian and other bit codes, BCD, factoradic, balanced ternary, Zeckendorf, powers of two, 255 − byte, base 7, "
      "dozenal, base 36, sexagesimal; tag characters, variation selectors, zero-width spaces, combining overlays, upside-down "
      "text; double-struck, monospace, fullwidth, circled, parenthesized and squared letters; chessboards, dice, hexagrams, "
      "resistor bands, weekdays, clock times, IPv4 quads, MAC addresses, shuffled positions and every bakery / surf disguise. "
      "Close relatives remain and a scorer may count them as the same idea: Base58 and Crockford Base32 next to the earlier "
      "binary-to-text encodings; zlib + Base64 adds compression but ends in Base64; HTML entities next to the CSS escapes; the "
      "Gray code next to the earlier bit codes; Egyptian, Attic and Armenian numerals next to Roman, Greek and Hebrew numerals "
      "(Armenian is the closest: alphabetic numerals like Greek Ionian); tally marks next to the unary-ish die faces; Dutch next "
      "to the earlier number-word languages; negabinary and prime factorisations next to the earlier arithmetic disguises; "
      "sans-serif bold next to the double-struck and monospace blocks (the closest relative here – same Mathematical "
      "Alphanumeric block, different style); the bit rotation next to the XOR-then-hex forms; IPv6 hextets next to IPv4 quads and "
      "MAC addresses; colour swatches and the keyword alphabet are new ideas but still byte groups / substitution; the five "
      "camera disguises next to the earlier world disguises of code points.\n")

    # ---- negatives
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    ncount = Counter(r["class"] for r in neg)
    for cls, desc, ka, kb in negatives238.CLASSES:
        A(f"| `{cls}` | {ncount[cls]} | `{ka.__name__}`, `{kb.__name__}` | {desc} |")
    A("\nEach base kind appears plain and wrapped " + _bt("__" + w[0] for w in negatives238.WRAPPERS) + ".\n")

    # ---- checks
    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly "
      "once in its text and nowhere else in any text (positives, evasions, negatives); no value reused; no evasion plain or "
      "Base64-hidden password visible anywhere; no NUL and no `PRIVATE KEY-----` block; prose values set off by whitespace")
    A("- shapes: the wide password regex for the six everyday password types, the strict form for plain positional values, the "
      "Base64-hidden passwords (decoded and compared with the registered password), prose values and editing-PC evasion plains "
      "(`mlb_` and `gdl-` plains by their own regexes); `glx_` Verhoeff; `lab_` CRC-32; Django alphabet and length; HS512 JWT "
      "(structure and `alg`); WireGuard Base64 of 32 clamped bytes; TOTP Base32 of 20 bytes; 120 vendor regexes / frame "
      "validators; UUID-shaped substrings of every text are version 4; every JWT-shaped substring of every text has JSON header "
      "and payload and a signature length that fits its `alg`")
    A("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a newline "
      "and is followed by a newline and a remark; plain shape per type; the run never contains its plain and never equals it; "
      "record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3, once per type and once per wording")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, no positive value, "
      "evasion plain or hidden password, no world-word password form, no non-v4 UUID and no JWT shape inside; ISBN-13 / UPC-A "
      "check digits; ABA routing check digits; Bech32 checksums of age recipients")
    A("- deny-list: every container (positives, evasions, negatives – so every vendor type and style, password syntax and suffix, "
      "prose format and language code, evasion encoding and wording, negative base kind and wrapper inside it), span type, "
      "evasion encoding, negative class, and every everyday kind and spare kind, everyday and evasion type, vendor style and "
      "set-aside vendor, password suffix and set-aside syntax, prose format, evasion wording, negative base kind, wrapper, class "
      "and spare class is compared case-insensitively, whole name and each `__` part, with the frozen deny-list; positional "
      "syntaxes (span type without `lenspw_`) and the set-aside syntaxes also against the earlier syntax list; prose languages "
      "and spares by code (also against all names), name and name words; `brief_names.json` is compared with a fresh extraction "
      "when `/tmp/brief238/` exists")
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types with "
      "containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct "
      "languages; 66 evasions (22 × 3); positives 440–470; span types of the sources pairwise disjoint; non-everyday containers "
      "unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A(f"- {len(muts)} mutation tests on deep copies, each must make the checks report an error (the clean data has none) (this "
      f"run: {sum(c for _, c in muts)}/{len(muts)}): " + ", ".join(f"`{n}` ({'caught' if c else 'MISSED'})" for n, c in muts) + "\n")

    # ---- shapes
    A("## Shapes you had to guess\n")
    for pv, title in (("read", "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, "
                               "`config/gitleaks.toml`; nothing copied; every value generated; where the rule gives only a prefix, "
                               "a case-insensitive class or a length range, the exact length and case are mine)"),
                      ("believed", "*Believed right from background knowledge of public rule sets and vendor docs (not re-read "
                                   "this session)*"),
                      ("guessed", "*Guessed (length and alphabet only; most photography-trade vendors publish no token format the "
                                  "builder knows, so these are recognisable from the key name only)*"),
                      ("owner", "*Owner-chosen passwords (the trade portal is unlocked with a password the studio picked)*")):
        items = [v for v in vendor238.VENDORS if v[2] == pv]
        A(f"{title} ({len(items)}): " + "; ".join(f"`{n}` ({vendor238.spec_desc(sp)})" for n, _, _, sp, _ in items) + ".\n")
    A("Also invented or guessed: the everyday layouts `glx_` (Verhoeff) and `lab_` (CRC-32) and the evasion prefixes `mlb_` / "
      "`gdl-` are invented; the Django key, HS512 JWT, WireGuard key and TOTP seed are real formats used for invented purposes. "
      "The minilab badge list and the second-shooter handoff sheet are invented formats of this world. Syntaxes are written from "
      "memory, not re-checked against manuals (notably `winrs -p:`, `transmission-remote -n`, the `deluge-console connect` "
      "order, `mpc -h secret@host`, `synouser --add` argument order, `dar -K aes:`, `zpaq -key`, `aescrypt -p`, `pihole -a -p` "
      "(changed in Pi-hole v6), `qpdf --encrypt` argument order, `sendEmail -xu / -xp`, the positional orders of `SMBConnection`, "
      "`URL.create`, `LogonUser`, `Database.forURL`, `Sql.newInstance`, `SftpClient`, `AuthenticationContext`, "
      "`createCredential`, `AuthMethod::sql_server`, `$ua->credentials`, MATLAB `database`, the 3proxy `CL` field, coturn "
      "`user=`, `saned.users` and the chrony key file). Evasion code points (Egyptian hieroglyphs V001 / V020 / Z015, Greek "
      "acrophonic Attic fifty U+10144, tally marks U+1D377 / U+1D378, mathematical sans-serif bold U+1D5D4 / U+1D5EE / U+1D7EC, "
      "Armenian capitals U+0531–U+0543) were checked with Python's `unicodedata` in the scratch directory. Negatives: serial, "
      "repair, roll, emulsion, licence, contract and payout layouts are approximate; the Django and argon2id hashes and the SOPS "
      "/ age bodies are random in frame.\n")

    # ---- judgement calls
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (booking back office, client gallery admin, minilab operator, tether station, print "
      "kiosk manager, NAS admin) and six generated secrets (`glx_` webhook key, `lab_` order token, Django `SECRET_KEY`, HS512 "
      "JWT, WireGuard private key, TOTP seed). The WireGuard private key is 44 characters of Base64 exactly like the WireGuard "
      "*public* keys of the negatives, and the TOTP seed is bare Base32; only the key name and context tell them apart "
      "(deliberate). The Django key may hold `$`, `!`, `&`, `#`, `(` and `)` and is written verbatim even where a real shell or "
      "nginx line would want escaping (kinds whose quoting cannot hold a character redraw instead). Key names in everyday files "
      "say password / key / token / jwt / seed – that is how such files look; the telling-key-free cases are in the positional "
      "source.")
    A("- Vendor: many photography vendors (SmugMug, Zenfolio, ShootProof, Táve, Sprout Studio, Getty, Shutterstock, Photoroom, "
      "imgix, bunny.net, Vimeo, Pinterest, TikTok, Kit, Prodigi, WHCC) publish no token format the builder knows, so their types "
      "are recognisable only from the key name – part of the test. Six vendor types carry owner-chosen passwords (Pixieset, "
      "ShootProof, Pic-Time, HoneyBook, Dubsado, WHCC). Whole URLs are labelled for the Zapier, Make, Discord and Teams webhooks "
      "(the URL is the credential). Same-shape traps: the Stripe `rk_live_51` key against the `pk_live_51` publishable key of "
      "the negatives; the Langfuse `sk-lf-` key with its `pk-lf-` neighbour (unlabelled) and a `pk-lf-` key in the negatives; "
      "Wise, Postmark, Railway, Opsgenie, Prodigi, Scaleway and Proxmox values are bare UUIDv4s like the order and delivery ids "
      "of the negatives; many 32 / 40 / 64-hex secrets (Flickr, SmugMug, Mailjet, Deepgram, AssemblyAI, Azure OpenAI, Rollbar, "
      "Tave, Photoroom) look like the checksums, MD5 profile ids and HMAC signatures of the negatives. Ids next to a secret "
      "(client ids, API keys of key/secret pairs, access-key ids, app keys, the PayPal client id, the Twilio `SK` key sid, the "
      "WooCommerce `ck_` key, the Razorpay key id, account numbers, e-mails, the Azure endpoint, the Proxmox token id) stay "
      "unlabelled as the public half of a pair (arguable for the WooCommerce `ck_` key, the Twilio `SK` sid and the Wasabi / "
      "Spaces access keys, which some detectors flag on their own). The Bitwarden export's `login_password` column holds an API "
      "key for most vendor types – that is how people store API keys in password managers.")
    A("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-p:`, `-xp`, glued `-p`; pairs `user:secret` in `-n`, "
      "`login=`, `user=`, URL userinfo in git, mongosh, redis-cli, Kodi and `.git-credentials`; `SECRET@host` in mpc; positionals "
      "in `isql`, `deluge-console connect`, `synouser --add`, `mc admin user add`, `mc alias set`, the FTP here-document; library "
      "call positions in Python, Node, Java, Scala, Groovy, C#, Go, Rust, Ruby, PHP, Perl and MATLAB), unlocks or encrypts "
      "(pypdf, PyMuPDF, zipfile, `openssl enc -k`, `ssh-keygen -N`, qpdf, dar, zpaq, aescrypt, VeraCrypt, steghide, outguess, "
      "PKCS#12, CryptoJS, SJCL), signs or derives keys with a literal (HMAC in Node, Java, C#, Go, Ruby; PBKDF2 in Python, Go, "
      "C#, PHP, Java PBEKeySpec; cookie-parser), is stored for later use (`aws secretsmanager --secret-string`, `vault kv put "
      "field=-`, `keyctl padd`, `sudo tee` key file, `pihole -a -p`, pgcrypto `crypt`, `SHA2` about to hash, `sp_addlogin`, an "
      "`INSERT … VALUES` by position, the clipboard via `pbcopy`), sits in a file by position (OpenVPN auth file, chap-secrets, "
      "hostapd.wpa_psk, tinyproxy, 3proxy, coturn, squid, chrony keys, saned.users, two invented studio files), travels in a "
      "protocol exchange (IMAP LOGIN, SMTP AUTH LOGIN, a form body with neutral field names `f1` / `f2`, JSON-RPC params, "
      "WordPress XML-RPC) or is typed by automation (UI tests use neutral field ids `f1` / `f2`). The SMTP AUTH LOGIN span is the "
      "Base64 reply, not the decoded password (the server's `334 UGFzc3dvcmQ6` prompt decodes to 'Password:' – a hint only after "
      "decoding); the Docker `auth` span is the whole Base64 pair. Weakest kept cases, with a hint nearby: `--secret-string` "
      "(says secret, not password), the `chrony.keys` key field, the `pihole … New password set` output line after the value, "
      "XCUITest `secureTextFields`, the `crypt(` / `SHA2(` calls (a hash is about to be stored, the literal is still the "
      "password), the hostapd PSK, the cookie-parser and HMAC literals (signing secrets rather than login passwords). Syntaxes "
      "whose flag or function says pass / passwd / password / pw / pwd / passphrase right before the value were not written. "
      "Closest relatives of earlier syntaxes, kept because the tool, file or mechanism differs: the `-p` / `-P` flags of mysql "
      "(glued), PsExec, rabbitmqadmin, sqlcmd, yt-dlp and aescrypt (earlier cqlsh, docker login, ncftp, ipmitool); URL userinfo "
      "in git, mongosh, redis-cli, Kodi and `.git-credentials` (earlier wget, nats, mysqlsh, mutt, ffmpeg, aria2c); the "
      "`user:secret` pairs of transmission-remote, squid, coturn, 3proxy and saned.users (earlier curl, zkCli, rsyncd); the LDAP "
      "binds of python-ldap, go-ldap and PHP (earlier ldap3 and the LDAP decode); the HMAC / PBKDF2 literals (earlier Perl, C, "
      "Apps Script, Python hmac, Node PBKDF2); the stdin pipes (earlier zfs, secret-tool, systemd-creds, podman); the UI typing "
      "calls (earlier Playwright, xdotool, Robot Framework, pywinauto); `sp_addlogin` next to the earlier `sp_addlinkedsrvlogin` "
      "and `sp_setapprole`; pgcrypto `crypt` next to the earlier pgcrypto `digest` / `encrypt` / `hmac`.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for French, "
      "Italian, Portuguese, Polish, Czech, Danish, Russian, Serbian, Bosnian, Turkish, Indonesian, Malay, Afrikaans, Galician; "
      "modest for Hindi, Marathi, Korean, Frisian, Luxembourgish, Faroese, Uzbek, Tajik, Mongolian, Hausa, Zulu, Xhosa, "
      "Armenian, Gujarati; low for Kannada, Malayalam, Sinhala, Lao, Burmese, Yoruba, Kinyarwanda, Oromo, Tigrinya, Malagasy, "
      "Breton, Gaelic. Loan words (password in Hindi, Marathi, Gujarati, Kannada, Malayalam; studio and computer in many) are "
      "kept as people use them. `zsm` is Standard Malay (named Malay here), `uzn` Northern Uzbek (named Uzbek), `khk` Halh "
      "Mongolian (named Mongolian), `fry` Western Frisian (named Frisian), `gla` Scottish Gaelic (named Gaelic); Korean puts a "
      "space before the copula ending so that the value stays set off by whitespace.")
    A("- Evasions: Base58 and Crockford runs look like ordinary random ids; the zlib + Base64 run starts with `eN` like many "
      "compressed blobs; the HTML entity run is visibly a markup escape; tally marks and Egyptian numerals make very long runs; "
      "the keyword substitution keeps `_ . -` and the `mlb_` / `gdl-` shapes readable but not the prefix letters; the five "
      "camera disguises (f-numbers, shutter speeds, white balance, focal lengths, ISO) read like plausible shooting notes – the "
      "point of the world disguise.")
    A("- Negatives: serials, EXIF ids, roll and emulsion codes, calibration data, ISBN / UPC codes and contract numbers are "
      "identifiers (with real check digits where the format has them); the 32-hex Image Unique ID, the MD5 profile id, the "
      "perceptual hashes and the SHA-256 manifests look random on purpose; UUIDv4 order, gallery and delivery ids identify "
      "records; Stripe `pk_live_51`, the reCAPTCHA site key, the Google Maps browser key (`AIza`), PostHog `phc_`, the Mapbox "
      "`pk.` token, the Sentry DSN and the Langfuse `pk-lf-` key are public by design (the `AIza` browser key and the Sentry DSN "
      "are the most arguable negatives); `rk_live_...`, `<your-smugmug-api-secret>` and `SG.xxxxxxxx` are obvious placeholders; "
      "`.env.example` files use this corpus's key names with empty, `changeme`, `<set-me>`, `${VAR}` and `replace-me` values (a "
      "trap for key-name-only detectors); masked values carry no value (a last-four tail is kept); ExternalSecret, `${{ secrets.X }}`, "
      "`op://`, ARNs and `vault:` are pointers; Django `pbkdf2_sha256$…` and Nextcloud `argon2id` strings are one-way hashes (the "
      "column is called `password` – a trap); SOPS `ENC[…]` values and age armor are ciphertext (the age recipient is a public "
      "key); WireGuard and Ed25519 public keys are public (44-character Base64 just like the everyday WireGuard private key – "
      "the hardest trap of this corpus); webhook signatures, Stripe event / request / session ids and payout ids are not "
      "credentials (the `cs_live_` checkout-session id is arguable: it is a public id, not a key); ABA routing numbers, sort codes "
      "and VAT numbers are printed on every invoice. Each negative may sit inside a crew chat, a helpdesk ticket, a lab e-mail or "
      "a forum post whose surrounding words say it is safe. Random fillers are generated, so an entropy-only detector will hit "
      "them – that is the point.\n")

    # ---- sources
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief238/` (p233 and p235), for format and coverage only. The detector was not opened, listed or "
      "searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except "
      "`/tmp/scratch238/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory and extracted with `git show` into `/tmp/scratch238/`), read for its list of rule ids and for the rules "
      "behind every vendor type marked *read this session* above (among them Stripe `rk_`, SendGrid `SG.`, Slack `xapp-` / "
      "`xoxp-`, GitLab `glptt-` / `glrt-`, PyPI, RubyGems, Postman `PMAK-`, Doppler `dp.pt.`, Terraform `atlasv1`, Grafana "
      "`glc_` / `glsa_`, New Relic `NRAK-`, Entra ID `Q~`, Cloudflare Origin CA and global keys, EasyPost `EZAK`, Shippo, Lob, "
      "Teams webhooks, Sentry `sntrys_`, Anthropic admin, OpenAI admin / service-account, GitHub `ghs_` / `ghr_`, Adobe `p8e-`, "
      "Dropbox, Frame.io `fio-u-`, Shopify `shppa_` / `shpss_`, Square `EAAA`, Vault `hvs.`, Atlassian `ATATT3`, Cohere, Mailgun "
      "signing keys). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; the remaining "
      "shapes come from the builder's memory and are marked above as believed or guessed. Python's standard library (`hashlib`, "
      "`hmac`, `base64`, `binascii`, `zlib`, `json`, `unicodedata` in the scratch check only) computes the digests, HMACs, check "
      "values and encodings of generated values.")
    return "\n".join(L) + "\n"
