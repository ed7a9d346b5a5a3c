"""Renders README.md from a generation (deterministic)."""
from collections import Counter

import enc205
import everyday205
import evasions205
import negatives205
import positional205
import prose205
import vendor205


def _bt(xs):
    return ", ".join(f"`{x}`" for x in xs)


def render(data, info):
    recs, evs, negs = data["secrets"], data["evasions"], data["negatives"]
    src = Counter(r["source"] for r in recs)
    frozen = info["frozen"]
    mut = info["mutations"]
    L = []
    a = L.append

    a("# privacy_twohundredfifth (p205) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **butcher-shop, fishmonger and farm-shop developers**: counter scales and label printers "
      "(PLU and price sync to the scale fleet, label-printer web admin, PrintNode, Zebra Savanna, NiceLabel Cloud, "
      "ZPL templates), cut sheets and carcass traceability (Spring, Quarkus, .NET, Laravel and Symfony back ends, "
      "BCMS / CTS web services, ScotEID, the Livestock Information Service, ARAMS, GS1 UK, Trace Register), catch "
      "certificates and landing records (Rails, Phoenix, Flutter and Expo landing apps, Roboflow fish-species "
      "photos), click-and-collect and box schemes (Next.js, Remix on Fly, WordPress / WooCommerce, Shopify, Ecwid, "
      "BigCommerce, Wix, Open Food Network, GoCardless, Chargebee, Recharge, Stripe, Square, SumUp, Zettle, Dojo, "
      "Epos Now, Mollie, Adyen), cold-room temperature logs (Home Assistant, Telegraf, Mosquitto bridges, ESP32 "
      "sensors, iMonnit, SensorPush, Testo Saveris, Tuya, Shelly, ThingSpeak, Ubidots, Adafruit IO, Particle, The "
      "Things Network, Blynk, InfluxDB, HiveMQ Cloud, Pushover, ntfy, Govee), allergen and provenance labels "
      "(Nutritics, Erudus, HMAC-signed provenance QR codes), game-season and hamper orders (Netlify, Shopify CLI, "
      "Amazon SP-API, Klaviyo), wholesale accounts (Odoo, Sage, Xero, QuickBooks, FreeAgent, Zoho CRM, HubSpot) and "
      "delivery rounds (Android and iOS driver apps, what3words, Onfleet, Routific, Shipday); plus the commerce, "
      "messaging, AI, developer and ops services such developers use (Twilio auth tokens, MessageBird, Textlocal, "
      "Esendex, ClickSend, Brevo, Mailchimp, Mailgun, Resend, Telegram, Slack bot tokens and webhooks, Google Chat, "
      "Meta / Facebook, Pusher, Ably, OneSignal, OpenAI project keys, Anthropic, Gemini, Groq, Perplexity, "
      "Replicate, Hugging Face, Pinecone, LangSmith, Azure AI Vision, GitHub classic PATs, GitLab PATs, Bitbucket "
      "app passwords, Render, Fly.io, Heroku, DigitalOcean, Scaleway, AWS, Azure Storage, Cloudflare API tokens and "
      "R2, Sentry user tokens, Datadog, Docker Hub organisation tokens, Doppler service accounts, Vault batch "
      "tokens, 1Password Connect, Bitwarden Secrets Manager, Tailscale API tokens, ngrok API keys, Supabase service "
      "role, MongoDB Atlas, Airtable, Notion, Zendesk, Intercom, Google OAuth, reCAPTCHA, hCaptcha, Turnstile); with "
      "hard negatives from the same world (PLU and tare tables, price-embedded barcodes, ear tags and kill numbers, "
      "IMO and fishing-licence numbers, FAO areas and species codes, SSCC / GTIN-14 case labels, cold-room logger "
      "serials, batch and use-by codes, publishable checkout keys, placeholders, masked logs, secret-manager "
      "pointers, Jasypt and SealedSecret ciphertext, bcrypt / sha512crypt / yescrypt hashes, handbook talk about "
      "passwords, commerce webhook signatures, TLS serials and SPKI pins, order and box-scheme references, VAT "
      "numbers, image digests). Everything is produced by `build.py` and its modules (`common205.py`, "
      "`everyday205.py`, `vendor205.py`, `positional205.py`, `prose205.py`, `enc205.py`, `dec205.py`, "
      "`evasions205.py`, `negatives205.py`, `checks205.py`, `readme205.py`, frozen deny-list `brief_names.json`): "
      "Python 3 standard library only, fixed `random.Random` seeds (20501 everyday, 20511 everyday pairing, 20502 "
      "vendor, 20503 positional passwords, 20504 prose, 20505 evasions, 20506 negatives), no clock, no network. "
      f"`python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three "
      f"JSONL files, runs every check and {len(mut)} mutation tests, renders this README from both generations and "
      "compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits "
      "1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief205/`.\n")
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredfifth/`) was created (with `mkdir -p`) and written; its parent was "
      "never listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run "
      "there. The only project material read were the two READMEs in `/tmp/brief205/` (`README_twohundredfirst.md`, "
      "p201, board-game café / tabletop store / LAN-party developers; `README_twohundredth.md`, p200, classic-car "
      "restoration / vintage-vehicle / car-club developers), used only to learn the file format and what is already "
      "covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch205/` (an "
      "extracted copy of the public gitleaks rule file and trial builds). The deny-list (`common205.extract_denylist`) "
      f"holds every backticked name and every snake_case identifier of both READMEs, lower-cased, also split at `__` "
      f"({len(frozen['names'])} names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped "
      f"({len(frozen['syntaxes'])}), the codes of every `` `code` (Name) `` pair ({len(frozen['language_codes'])} "
      f"codes; the pattern also catches `alg`, which only makes the list stricter) and the names and name words of "
      f"those pairs ({len(frozen['language_names'])} entries). It is frozen in `brief_names.json`; when "
      f"`/tmp/brief205/` exists the build re-extracts it and fails if it differs (this build: {info['deny_status']}). "
      "Encodings the two READMEs name only in prose (Caesar, keyword alphabets, hex tricks, number words in Spanish, "
      "English, Portuguese, German, Esperanto, Italian, Chinese and Japanese, reversal, squares, primes, triangular "
      "numbers, Zeckendorf, superscript and other digit blocks, element symbols, Unicode names, Polybius, XOR, "
      "EBCDIC, DNA letters, dice, octal, binary, BCD, Gray code, Bacon, affine, Atbash, ROT13 / ROT47, Vigenère, "
      "Beaufort, Trithemius, rail fence, columnar transposition, outside-in and odd-even orders, Base58 / 45 / 36 / "
      "62 / 32, Ascii85, Z85, uuencode, percent, HTML, CSS and `\\u` escapes, quoted-printable, zero-width tricks, "
      "spelling alphabets, Morse, multi-tap, decoys, bases 4 / 7 / 9 / 20 / 60, Roman, Greek, Hebrew, Mayan, kanji "
      "and Suzhou numerals, balanced ternary, negabinary, bijective base 26, proquints, Bubble Babble, fullwidth, "
      "monospace, bold, italic, script, circled, parenthesized, turned, regional-indicator, Braille and Cyrillic "
      "look-alikes, chess and clock disguises) were avoided by hand as well. Novelty is checked against these two "
      "READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n")

    # ------------------------------------------------------------------ files and counts
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a(f"| `secrets.jsonl` | {len(recs)} | {sum(len(r['secrets']) for r in recs)} | "
      f"{len({r['type'] for r in recs})} | {len({r['container'] for r in recs})} | everyday {src['everyday']}, "
      f"vendor {src['vendor']}, positional-password {src['password']}, prose {src['prose']} in "
      f"{len({r['container'].split('__')[1] for r in recs if r['source'] == 'prose'})} languages |")
    a(f"| `evasions.jsonl` | {len(evs)} | {len(evs)} | {len({r['type'] for r in evs})} | "
      f"{len({r['container'] for r in evs})} | {len({r['encoding'] for r in evs})} encodings × 3 |")
    a(f"| `negatives.jsonl` | {len(negs)} | – | – | {len({n['container'] for n in negs})} | "
      f"{len({n['class'] for n in negs})} classes |")
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a(f"| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` {len(frozen['names'])}, "
      f"`syntaxes` {len(frozen['syntaxes'])}, `language_codes` {len(frozen['language_codes'])}, "
      f"`language_names` {len(frozen['language_names'])}) |\n")
    a("Schema (same as the earlier corpora): positives `id` (`p205-s-NNNN`), `type` (= type of its span), "
      "`container`, `text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` "
      "(`everyday`, `vendor`, `password`, `prose`). Evasions (`p205-e-NNNN`): `id`, `type`, `container`, a "
      "record-level `encoding`, `text`, `secrets`, `source` (`evasion`); their single span also has `plain` (the "
      "clean secret) and `encoding`. Negatives (`p205-n-NNNN`): `id`, `class`, `container`, `text`, `source` "
      "(`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with "
      "`ensure_ascii=False`.\n")
    pa = positional205.SET_ASIDE
    a(f"**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind "
      f"written down and unused: {_bt(everyday205.SPARE_CONTAINERS)}). Vendor 120 ({len(vendor205.SPECS)} candidates "
      f"written; set aside as the weakest link to this world, the most generic shape, or deny-listed by an earlier "
      f"README's set-aside list: {_bt(vendor205.SET_ASIDE)}). Positional passwords {src['password']} "
      f"({len(positional205.S)} syntaxes written; set aside: "
      + "; ".join(f"`{k}` ({v})" for k, v in pa.items()) +
      f"). Prose 40 in 40 languages (spares written and unused: "
      + ", ".join(f"`{c}` ({n})" for c, n, _s, _t in prose205.SPARES) +
      f"). Evasions 66 = 22 × 3. Negatives {len(negs)} = {len(negatives205.CLASSES)} classes × 2 base kinds × "
      f"{len(negatives205.WRAPPERS)} presentations. Positives total {len(recs)} (asked: about 450). Values, public "
      f"neighbours drawn for vendors, hidden passwords, evasion plains and runs drawn through the registry: "
      f"{data['registry_size']}.\n")

    # ------------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or "
      "protocol element, never the quotes and never the key. Values pasted where they do not belong (a butcher's "
      "Signal export, a fish-counter Teams chat, a Freshdesk reply, an OCR'd cold-room clipboard, an Excel CSV "
      "export, a fish-shell history, `docker run -e`, a PowerShell profile, a Teams DM, a Zendesk internal note, "
      "`aws ssm put-parameter`, `heroku config:set`, `fly secrets set`) are labelled.")
    a("- Owner-chosen passwords are a word of this world (brisket, sirloin, topside, haslet, chipolata, gammon, "
      "hogget, venison, pheasant, grouse, turbot, halibut, kipper, langoustine, scallop, cleaver, bandsaw, mincer, "
      f"tomahawk, dryage, hamper, chutney, wensleydale, damson, heifer, saddleback, herdwick, samphire, carcass, "
      f"larder, …; {len(__import__('common205').WORDS)} in all; capitalised with probability 0.4) + one of "
      "`- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only "
      "`- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password "
      "types and the four owner-chosen vendor passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` "
      "for every plain positional value, the password hidden inside the Base64 positional value, every prose "
      "value and every counter-PC evasion plain.")
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and "
      "in no negative; no evasion plain and no hidden password appears in any text. Values, vendor neighbours, "
      "hidden passwords, evasion plains and runs are drawn through one registry that refuses repeats and any "
      "string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains "
      "any labelled value, evasion plain or hidden password.")
    a("- Structured values are valid: every UUID-shaped substring of every text is version 4 (checked); every "
      "JWT-shaped substring has base64url JSON header and payload and a signature length that fits its `alg` "
      "(HS256 32, HS384 48, HS512 64, ES256 64, RS256 256 bytes; checked): the catch-log session token is a "
      "real HS384 JWT, the Home Assistant, Supabase service-role and Routific tokens real HS256 JWTs (HMACs under "
      "discarded keys), the Zettle assertion and the Wix `IST.` key RS256-shaped, the 1Password Connect token "
      "ES256-shaped with random signature bytes; `sfs_` tokens carry 4 hex of the "
      "real Fletcher-16 of their 32-character body (checked); `ccwh_` bodies are base64url of 24 bytes and the "
      "provenance-label key base64url of 48 bytes (checked); the Intercom token is real Base64 of "
      "`tok:<uuid4>:1:0`, the Azure Storage key Base64 of 64 bytes, the InfluxDB token URL-alphabet Base64 of 64 "
      "bytes and the Bitwarden access token ends in Base64 of 16 bytes (checked); vendor values with a telling "
      "prefix are checked against it. The SMTP `AUTH LOGIN` positional span is Base64 of a strict-form password "
      "(checked); the delivery-van tablet fixed-width file puts the value in columns 31–50 (checked). Negatives: "
      "EAN-13, price-embedded `21…` barcodes, SSCC-18 and GTIN-14 carry real GS1 check digits, IMO numbers the "
      "real IMO check digit and UK VAT numbers the real (old) mod-97 check (all checked); digests, fingerprints, "
      "SPKI pins and npm integrity strings are real digests of random bytes; webhook signatures real HMAC-SHA256 "
      "outputs under discarded keys.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.lan` names of the shops `brisketandbone`, "
      "`tidelinefish`, `hollowfarmshop`, `oakhangerbutchers`, `quaysidecatch`, `greenacrelarder`, "
      "`saltmarshgame`, `wolds-hampers`, `*.example`, private addresses), key names, and ids written next to a "
      "vendor secret ("
      + "; ".join(f"{s[0]}: {s[2][0]}" for s in vendor205.ACTIVE if s[2]) +
      ") and the user half of a user / password pair.")
    a("- Positional passwords: span type `cleaverpw_<syntax>`, container `cleaverpw_<syntax>__<suffix>` where the "
      "suffix says where the text lives: "
      + ", ".join(f"`{v}` ({k})" for k, v in positional205.SUFFIX.items()) + ".")
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a "
      "newline, then the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if "
      "it would appear inside its own run, if the run equals the plain or if the run would start or end with "
      "whitespace.\n")

    # ------------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join(f"`{t[0]}` ({t[2]})" for t in everyday205.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): "
      + ", ".join(f"`{c[0]}` ({c[1]})" for c in everyday205.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 20511) "
        "of the 12 types and deals four consecutive types to each kind, so every kind holds four different types "
        "and every type sits in exactly 15 records (checked); secrets therefore also land in implausible places "
        "(an AES sensor key in a Rails `database.yml`, a session JWT in an Arduino header). Key names are the "
        "type's key words in the container's own case style: upper (UPPER_SNAKE), snake, camel, pascal, kebab, "
        "dot, spaced (chats, tickets) and title (OCR, CSV export); the .NET user-secrets kind prefixes "
        "`Trace:` and the Mosquitto bridge kind writes `key value` without `=`.\n")
    styles = vendor205.STYLES
    a(f"Vendor ({len(vendor205.ACTIVE)} types, container `<type>__<style>`): "
      + _bt(s[0] for s in vendor205.ACTIVE)
      + f". Styles ({len(styles)}, assigned cyclically): "
      + ", ".join(f"`{s}` ({k})" for s, k in styles)
      + ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and "
        "left unlabelled.\n")
    pw_types = [r["type"] for r in recs if r["source"] == "password"]
    a(f"Positional passwords ({len(pw_types)} syntaxes, span type `cleaverpw_<syntax>`): " + _bt(pw_types)
      + ". None of them is among the syntaxes or names of either README (compared after removing the "
        "`<letters>pw_` prefix; checked).\n")
    a(f"Prose: someone tells a colleague the password of the farm shop's till PC and asks them not to forward it; "
      f"span type `{prose205.TYPE}`; container `<format>__<iso639-3>`; formats {_bt(prose205.FORMATS)} (cyclic). "
      f"Languages (40): " + ", ".join(f"`{c}` ({n})" for c, n, _s, _t in prose205.LANGS)
      + ". None of them or the spares is among the languages or spares of either README (checked: code against "
        "the codes and all deny-listed names; name and each name word against the language names). Scripts: "
      + ", ".join(sorted({s for _c, _n, s, _t in prose205.LANGS}))
      + ". Thai and Lao do not separate words with spaces, so the value got spaces around it; Hungarian, Ukrainian, "
        "Belarusian and Kazakh leave the copula out, Persian, Urdu, Tamil and Amharic put it after the value; every value is set off by whitespace on "
        "both sides (checked).\n")

    # ------------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join(f"`{n}` = \"{enc205.RULES[n][1]}\"" for n in enc205.ORDER) + ".\n")
    a("Families: " + "; ".join(f"{enc205.RULES[n][0]}: `{n}`" for n in enc205.ORDER) + ".\n")
    a("Evasion types: " + "; ".join(f"`{t[0]}` ({t[1]})" for t in evasions205.TYPES)
      + "; wordings: " + _bt(evasions205.WORDING_NAMES)
      + " (container `<encoding>__<wording>`; each encoding appears once per type and once per wording).\n")
    a("Encoders are in `enc205.enc` (the rng only adds noise the decoder ignores: the cuts on the scale tickets, "
      "product names of the PLU list, probe names of the freezer log, box numbers and species of the landing "
      "sheet, quantities and items of the hamper order); the decoder `dec205.decode` gets only the encoding name "
      "and the run and is written separately, importing nothing from the encoder and no `base64`, `binascii` or "
      "`codecs`: factorial place values with `math.factorial`, a base-twelve reader for ↊ / ↋, code-point "
      "offsets for Thai and Tibetan digits, a French number-word parser (`et`, `quatre-vingt(s)`, `cent`), a Dutch "
      "parser (`honderd` prefix, unit + `en` / `ën` + tens), NFKC for the double-struck and sans-serif letters, a "
      "hand-written basE91 decoder (the encoder reproduces the published vectors `test` → `fPNKd` and "
      "`Hello, World!` → `>OwJh>}AQ;r@@Y?F`, checked while writing), an integer cube root, the inverse Cantor "
      "pairing through `math.isqrt`, a brute-force modular inverse, the inverse Hill matrix 6·[[7, −2], [−5, 3]] "
      "mod 65, the inverse decimation permutation, hex and dotted-quad byte readers that drop the zero padding, "
      "and regular expressions plus arithmetic for the six world disguises. Every pair was round-tripped on 300 "
      "random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing; at build time every span is "
      "decoded back to its `plain` (checked).\n")

    # ------------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    cc = Counter(n["class"] for n in negs)
    for cls, kinds, desc in negatives205.CLASSES:
        a(f"| `{cls}` | {cc[cls]} | {_bt(kinds)} | {desc} |")
    a("")
    a("Each base kind appears plain and wrapped " + _bt(w for w, _f in negatives205.WRAPPERS if w) + ".\n")

    # ------------------------------------------------------------------ checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one "
      "span per record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; "
      "each value occurs exactly once in its text; no value reused; no value in another record's text or in any "
      "negative; no evasion plain or hidden Base64 password in any text; no slot marker, NUL or `PRIVATE KEY`; "
      "prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for "
      "plain positional, Base64-hidden, prose and counter-PC evasion passwords; the SMTP `AUTH LOGIN` span decodes "
      "to its strict-form password; fixed-width columns 31–50; UUID-shaped substrings of every text are version "
      "4; every JWT-shaped substring has base64url JSON header and payload and a signature length that fits its "
      "`alg`; everyday shapes (`sfs_` Fletcher-16, `ccwh_` 24 bytes, HS384 JWT, 48-byte label key, `drk_live_` "
      "layout, 32 upper-case hex AES key); vendor prefixes, JWT-shaped vendor tokens and the Intercom, Bitwarden, "
      "Azure Storage and InfluxDB Base64 layouts; GS1, IMO and UK VAT check digits in their negative classes")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule, `:` and a "
      "newline come right before the run, which is on one line followed by a newline and a remark; plain alphabet "
      "`[A-Za-z0-9_.-]`; the run never contains its plain and never equals it; record and span encoding agree; "
      "container `<encoding>__<wording>`; 22 encodings × 3")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of "
      "every positive value, plain and hidden password")
    a("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password "
      "suffix, prose format, evasion wording, negative base kind and wrapper inside it), span type, evasion "
      "encoding and negative class is compared case-insensitively, whole name and each `__` part, with the frozen "
      "deny-list; positional syntaxes (span type without `cleaverpw_`) also against the earlier syntax list; "
      "prose languages and spares by code, name and name words; `brief_names.json` is compared with a fresh "
      "extraction when `/tmp/brief205/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct "
      "vendor types with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 "
      "prose records in 40 distinct languages; 66 evasions (22 × 3); positives 440–470; span types of the four "
      "sources pairwise disjoint; non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a(f"- {len(mut)} mutation tests on deep copies, each must add an error the clean data does not have (this "
      f"run: {sum(c for _n, c in mut)}/{len(mut)}): "
      + ", ".join(f"`{n}` ({'caught' if c else 'MISSED'})" for n, c in mut) + "\n")

    # ------------------------------------------------------------------ shapes
    a("## Shapes you had to guess\n")
    groups = {"read": [], "believed": [], "guessed": [], "owner": []}
    for s in vendor205.ACTIVE:
        nb = f" – next to it: {s[2][0]}" if s[2] else ""
        groups[s[4]].append(f"`{s[0]}` ({s[3]}{nb})")
    a("*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, "
      "`config/gitleaks.toml`; nothing copied; every value generated; where the rule gives only a prefix or an "
      "alphabet, the exact length is mine): " + "; ".join(groups["read"]) + ".\n")
    a("Believed right from background knowledge of public rule sets and vendor docs (not re-read this session): "
      + "; ".join(groups["believed"]) + ".\n")
    a("Guessed (length and alphabet only; most traceability, scale, label, cold-room, accounting and delivery "
      "vendors publish no token format the builder knows, so these are recognisable from the key name only): "
      + "; ".join(groups["guessed"]) + ".\n")
    a("Owner-chosen passwords (the integration is unlocked with a password the owner picked): "
      + "; ".join(groups["owner"]) + ".\n")
    a("Also invented or guessed: the everyday prefixes `sfs_` (with its Fletcher-16 tail), `ccwh_` and `drk_live_` "
      "and the evasion prefixes `cra_` / `ssp-` are invented; the HS384 catch-log token, the 48-byte label key and "
      "the 32-hex AES sensor key are modelling choices. The scale provisioning CSV (third column), label-printer "
      "roster (fourth field), delivery-van fixed-width file (columns 31–50), cold-room logger pipe file, wholesale "
      "import TSV and packing-station INI list are invented formats of this world. Syntaxes are written from "
      "memory, not re-checked: `sqlcmd -P`, `bcp -P`, unixODBC `isql DSN user pw`, `sqlplus u/p@`, `db2 connect … "
      "using`, `beeline -n -p`, `mysqlsh u:p@host`, `lftp -u u,p`, `ncftpput -u -p`, `rclone obscure`, `7z -p`, "
      "`rar -hp`, `openssl enc -k`, `htpasswd -b`, `mosquitto_pub -P`, `ipmitool -P`, `racadm -p`, "
      "`mount_smbfs //u:p@`, `net use … pw /user:`, `psexec -p`, `schtasks /RP`, `rasdial entry u p`, "
      "`wpa_passphrase ssid pw`, `raspi-config nonint do_wifi_ssid_passphrase`, `espota.py -a`, `ab -A`, "
      "`security unlock-keychain -p`, `mega-login`, `drush upwd`, `dscl . -passwd`, `pdftotext -upw`, `mutool draw "
      "-p`, `SSH_ASKPASS`, `chpasswd`, `kinit`, `p4 login`, `vncpasswd -f`, `docker secret create -`, `zfs "
      "load-key`, `veracrypt --stdin`, `ftp -n` heredocs, expect; the library positions (ftplib, poplib `pass_`, "
      "smtplib, requests, pika, paho `username_pw_set`, zipfile `setpassword`, keyring, pexpect, ftputil, pywinrm, "
      "SQLAlchemy `URL.create`, mqtt.js, `Buffer.from`, Sequelize, JDBC `DriverManager`, `PasswordAuthentication`, "
      "commons-net `FTPClient`, `KeyStore.load`, `NetworkCredential`, `X509Certificate2`, FluentFTP, Go "
      "`url.UserPassword`, `SetBasicAuth`, jlaffaye/ftp, the go-sql-driver DSN, Ruby `basic_auth`, mysqli, "
      "`ftp_login`, `imap_open`, `ssh2_auth_password`, Perl DBI, reqwest `basic_auth`, `ConvertTo-SecureString`, "
      "ADODB `Open`, Arduino `WiFi.begin`, PubSubClient `connect`, MicroPython `wlan.connect`); the file layouts "
      "(hostapd `wpa_psk_file`, `chap-secrets`, `ipsec.secrets`, Exim `passwd.client`, davfs2 `secrets`, sendmail "
      "`AuthInfo`); the protocol forms (SMTP `AUTH LOGIN`, a telnet transcript with echo on, a WebSocket JSON "
      "auth frame, the RFC 1929 SOCKS5 sub-negotiation, NNTP `AUTHINFO PASS`, ESP-AT `AT+CWJAP`, NickServ "
      "`IDENTIFY`, a Modbus write comment); the UI automation calls (Robot Framework, Katalon, SikuliX, Espresso, "
      "XCUITest, Maestro, pywinauto, `adb shell input text`, WebdriverIO); the SQL forms (SQLCipher `PRAGMA key`, "
      "pgcrypto `crypt`, MySQL `SHA2`, `PWDENCRYPT`, `OPENROWSET`). Negatives: ear tags, CPH and kill numbers, "
      "plant approvals, Jasypt and SealedSecret bodies and the bcrypt / sha512crypt / yescrypt hashes are random "
      "in the right frame (not ciphertext or hashes of anything); the UK ear-tag check digit is not modelled.\n")

    # ------------------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (counter-scale admin, label-printer web admin, carcass trace "
      "database, box-scheme shop admin, cold-room logger portal, wholesale accounts portal) and six generated "
      "secrets (`sfs_` scale sync token, `ccwh_` webhook secret, HS384 catch-log JWT, base64url provenance-label "
      "HMAC key, `drk_live_` delivery-round key, 32-hex AES sensor key). The label key and the AES key have no "
      "telling prefix but each lets anyone forge provenance QR codes or spoof cold-room readings, so both are "
      "labelled. Key names in everyday files say password / secret / key / token / jwt – that is how such files "
      "look; the telling-key-free cases are in the positional source.")
    a("- Vendor: most traceability, scale, label, cold-room, allergen, accounting and delivery vendors publish no "
      "token format the builder knows, so their types are recognisable only from the key name – part of the test. "
      "Four vendor types carry owner-chosen passwords (BCMS / CTS web services, SensorPush account, HiveMQ Cloud "
      "client, Esendex account). Same-shape traps: the reCAPTCHA secret sits next to the site key of the same "
      "`6L` + 38 shape and the Turnstile secret next to its `0x4AAAAAAA` site key (site keys unlabelled, also in "
      "the negatives); the Klaviyo private key starts with `pk_` although it is secret (Klaviyo's public key is "
      "the 6-character site id next to it); the Gemini key has the `AIza` shape of the browser Maps key that sits "
      "in the negatives; the Shopify Storefront token in the negatives has the 32-hex shape of many labelled "
      "secrets; Govee, Scaleway, MongoDB Atlas and the hCaptcha neighbour are bare UUIDv4s (the first three "
      "secrets, the last a public site key); the Twilio account SID, Pusher app key, Tuya access id, ThingSpeak "
      "channel, AKIA key id, R2 access key id and similar ids are identifiers. Webhook URLs (Slack, Google Chat) "
      "are labelled whole, because the URL is the credential. The Fly.io span is the `fm2_` token without the "
      "`FlyV1 ` scheme word. Brands of the earlier READMEs reappear with other credential kinds (Stripe live "
      "secret and webhook secret, Square webhook signature key, Shopify admin and legacy private-app tokens, "
      "WooCommerce webhook secret, Mollie organisation token, Adyen HMAC key, Twilio auth token, Slack bot token "
      "and webhook URL, OpenAI project key, Anthropic API key, GitHub classic PAT, GitLab PAT, Docker Hub "
      "organisation token, Doppler service account, Vault batch token, Tailscale API token, ngrok API key, Sentry "
      "user token, Cloudflare API token, Supabase service role); only type names were checked.")
    a("- Passwords: labelled when the value logs in (short flags `-P`, `-p`, `-a`, `-A`, `/RP`, glued `-p` / "
      "`-hp`, `u,p` and `u:p` pairs, `u/p@`, `using`, positional arguments of `isql`, `rasdial`, `net use`, "
      "`mega-login`, URL userinfo for FTP, Git over HTTPS, SMB and MQTT, library call positions in Python, Node, "
      "Java, C#, Go, Ruby, PHP, Perl, Rust, PowerShell, VBA, Arduino and MicroPython), unlocks a file, keychain, "
      "key or volume (`7z`, `rar`, `openssl enc -k`, `security unlock-keychain`, `pdftotext -upw`, `mutool -p`, "
      "zipfile `setpassword`, `KeyStore.load`, `X509Certificate2`, `zfs load-key`, `veracrypt --stdin`, SQLCipher "
      "`PRAGMA key`), sets a new secret (`htpasswd -b`, `chpasswd`, `drush upwd`, `dscl -passwd`, `vncpasswd -f`, "
      "`docker secret create`, `keyring.set_password`, `crypt`, `SHA2`, `PWDENCRYPT` – the literal is still the "
      "clear password), is a Wi-Fi or VPN pre-shared key (`wpa_passphrase`, `raspi-config`, hostapd, "
      "`ipsec.secrets`, `WiFi.begin`, `wlan.connect`, `AT+CWJAP`), sits in a file by position, travels in a "
      "protocol exchange or is typed by automation. Weakest kept cases, with a hint of the word nearby: "
      "`PSK` in `ipsec.secrets`, `P:` in sendmail `AuthInfo`, NNTP `AUTHINFO PASS`, `IDENTIFY`, "
      "`username_pw_set`, `setpassword`, `ssh2_auth_password`, `do_wifi_ssid_passphrase`, `dscl -passwd`, the "
      "telnet transcript (the value is echoed on the line after `login:`, as on a serial console with echo on), "
      "the SOCKS5 decode (the value is the field after `PLEN`), the Modbus comment (`unlock`), and the `unlock` "
      "/ `code` column notes of the invented files. UI tests use neutral field ids (`f2`). The SMTP `AUTH LOGIN` "
      "span is the Base64 line after `334 UGFzc3dvcmQ6`, not the decoded password. Several ideas repeat the "
      "earlier corpora on new tools (short flags after a user flag, URL userinfo, library call positions, stdin "
      "echo, UI typing); novelty was checked by name, and syntaxes the earlier READMEs had set aside by name were "
      "dropped (listed under Scale).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence "
      "fair for English, French, Spanish, Dutch, Swedish, Danish, Polish, Czech, Turkish, Indonesian, Greek; "
      "modest for Finnish, Estonian, Latvian, Lithuanian, Slovak, Slovenian, Croatian, Hungarian, Romanian, "
      "Bulgarian, Macedonian, Ukrainian, Belarusian, Azerbaijani, Kazakh, Arabic, Persian, Urdu, Vietnamese, "
      "Tagalog, Swahili, Icelandic; low for Georgian, Armenian, Tamil, Telugu, Thai, Lao, Amharic. Loan words "
      "(password in Tagalog, పాస్‌వర్డ్, پاس ورڈ) are kept as people use them. Arabic, Persian and Urdu are "
      "right-to-left with the Latin value embedded.")
    a("- Evasions: factoradic and dozenal are numeral systems; Thai and Tibetan digits are digit blocks; French "
      "and Dutch are spelled forms; double-struck and sans-serif letters fold back under NFKC; basE91 is a byte "
      "notation (a detector that decodes it will see the plain); cubes, Cantor pairing and modular inverses are "
      "arithmetic; the Hill cipher is a 2 × 2 matrix cipher with the matrix stated; decimation order keeps every "
      "character in view but scrambles the order; colour swatches and dotted quads are byte disguises; scale "
      "weights, PLU numbers, freezer temperatures, landing box weights, E-numbers and hamper prices are this "
      "world's disguises of code points. Close relatives exist in the earlier corpora (bases 4 / 7 / 9 / 20 / 60, "
      "balanced ternary and negabinary next to factoradic and dozenal; Devanagari, Suzhou, Bengali, Arabic-Indic "
      "digits next to Thai and Tibetan; Italian number words next to French and Dutch; monospace, bold and "
      "fullwidth next to double-struck and sans-serif; squares and triangular numbers next to cubes; Ascii85 / "
      "Z85 / Base58 next to basE91; affine and Vigenère next to Hill; rail fence and outside-in next to "
      "decimation; CSS and percent escapes next to colour swatches; the earlier world disguises next to these); "
      "novelty was checked by name against both READMEs and by notion against the encodings they name in prose.")
    a("- Negatives: PLU, tare, barcodes, ear tags, kill and plant numbers, IMO / PLN / CFR / RSS numbers, FAO "
      "areas, species and gear codes, SSCCs and GTINs, logger serials and MACs, batch and lot codes, order UUIDs, "
      "subscriber ids, VAT, company and EORI numbers are identifiers (the check-digit ones carry real check "
      "digits); Stripe `pk_live_`, Turnstile and reCAPTCHA site keys, the Shopify Storefront token, the Klaviyo "
      "company id and the browser Maps key are public by design (the Maps key and the Storefront token are the "
      "most arguable: same shapes as labelled secrets elsewhere); `sfs_<…>`, `ccwh_XXXX…`, all-zero keys, "
      "`<your-…>`, empty values, `${…:?…}` and `eyJ...paste...` are placeholders; `sfs_****` + a 4-hex tail, "
      "`********`, `***` and `[REDACTED]` carry no value (the tail is a trap); Secrets Manager / SSM ARNs, "
      "`sm://`, `op://` and `${{ secrets.… }}` are pointers; Jasypt `ENC(…)` and SealedSecret `AgB…` bodies are "
      "ciphertext (the Jasypt key is called `password`, a trap); `$2b$`, `$6$` and `$y$` strings are one-way "
      "hashes; webhook signatures are outputs of a key, not the key; certificate serials, fingerprints and SPKI "
      "pins are public; image digests and npm integrity strings are public hashes. The `.env` template lists the "
      "real key names of the everyday secrets with empty or placeholder values – a trap for key-name-only "
      "detectors. Random fillers are generated, so an entropy-only detector will hit them – that is the point.\n")

    # ------------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief205/` (p201 and p200), for format and coverage only. The detector was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; "
      "no other `/tmp` directory except `/tmp/scratch205/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public "
      "gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's "
      "`fetch` into its own mirror directory and extracted with `git show` into `/tmp/scratch205/`), read for the "
      "rules behind every vendor type marked *read this session* above (Stripe, Shopify `shpat_` / `shppa_`, "
      "GoCardless, MessageBird, Brevo, Mailchimp, Mailgun, Telegram, Slack bot tokens and webhooks, Facebook "
      "secrets and page tokens, OpenAI, Anthropic, GCP `AIza`, Perplexity, Hugging Face, GitHub, GitLab, Fly.io, "
      "Heroku v2, DigitalOcean, Datadog, Sentry user tokens, Vault batch tokens, Airtable, Notion, Cloudflare API "
      "tokens). The basE91 test vectors were recalled from memory and matched by the encoder. Betterleaks, "
      "Kingfisher, CredSweeper and vendor documentation were not opened this session; the remaining shapes come "
      "from the builder's memory and are marked above as believed or guessed.")
    return "\n".join(L) + "\n"
