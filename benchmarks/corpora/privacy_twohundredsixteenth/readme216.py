"""Renders README.md from the generated data and the module tables."""
from collections import Counter

import everyday216
import evasions216
import negatives216
import positional216
import prose216
import vendor216


def _bt(s):
    return "`%s`" % s


def render(d, frozen, deny_note, muts):
    pos, eva, neg = d["secrets"], d["evasions"], d["negatives"]
    src = Counter(r["source"] for r in pos)
    span_types = {r["type"] for r in pos}
    kinds = {r["container"] for r in pos}
    ncls = Counter(n["class"] for n in neg)
    pgroups = Counter(s[1] for s in positional216.SYNTAXES)
    vk = Counter(v["klass"] for v in vendor216.VENDORS)
    L = []
    w = L.append

    w("# privacy_twohundredsixteenth (p216) – held-out credential corpus\n")
    w("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **model-railway, hobby-shop and radio-control club developers**: layout control and DCC decoder settings "
      "(JMRI web throttles, DCC-EX command stations, ESP8266 signal nodes, Home Assistant and Node-RED in the clubroom, "
      "Rocrail plans, CV-archive services with CRC-32-tailed sync tokens), club track bookings and race timing (Rails, Next.js, "
      "Laravel and Symfony booking sites, .NET, Elixir, Go and Ktor lap counters, HS384 live-timing JWTs, MyLaps Speedhive), "
      "transponder and frequency registers (Spring and Bun register APIs with CRC-16-tailed keys, 35 MHz peg boards), kit and "
      "spares stock (Odoo, PrestaShop, Magento, Shopify, BigCommerce, eBay, Etsy, Amazon SP-API), pre-orders and swap meets "
      "(Nuxt, RQ workers, Flutter and Android apps, PASERK `k4.local` ticket keys, Ticket Tailor, Tito), exhibition entries "
      "(Hugo, Cloudflare Workers, Base58Check signing keys), membership and insurance numbers (Django, CiviCRM, VB.NET, BMFA and "
      "CAA portals, insurance-broker portals, TOTP seeds of the admin accounts), workshop repair tickets (Zammad, Redmine); plus "
      "the commerce, messaging, AI, developer and ops services such developers use (Stripe live keys, SumUp, Zettle, Klarna, "
      "Braintree, Adyen, GoCardless, Royal Mail Click & Drop, ShipStation, Sendcloud, DPD, Xero, QuickBooks, Mailchimp, Brevo, "
      "Mailgun, Klaviyo, Kit, Buttondown, Amazon SES, Discord, Slack, Telegram, Pushover, ntfy, Twilio, MessageBird, Sinch, Meta, "
      "X, YouTube, Twitch, Reddit, Mastodon, Bluesky, OpenAI project keys, Anthropic, Groq, Replicate, Perplexity, Gemini, "
      "Hugging Face, LangSmith, Pinecone, Together, Fireworks, Stability, Weights & Biases, GitHub, GitLab, Bitbucket, Gitea, "
      "Heroku, Fly.io, Render, Vercel, DigitalOcean, Linode, Hetzner, Scaleway, Cloudflare, AWS, Wasabi, Datadog, Sentry, "
      "Honeycomb, Pulumi, Doppler, Infisical, 1Password, npm, RubyGems, Cloudsmith, Expo, Firebase, SonarQube, Thunderforest, "
      "OpenWeatherMap, Met Office DataHub, Adafruit IO, Particle, Blynk, ThingSpeak, Arduino IoT Cloud, Home Assistant, ZeroTier, "
      "Teamup, Airtable, Notion, Cloudinary, Imgur, Flickr, Zoom, Dropbox, Zapier, IFTTT, Tailscale, Typesense, Meilisearch); "
      "with hard negatives from the same world (DCC addresses and CV read-backs, transponder numbers and 35 MHz pegs, CAA flyer "
      "and operator ids, race results, EAN-13 and ISBN check digits, publishable and browser keys, placeholders, masked logs, "
      "secret-manager lookups, bcrypt / yescrypt hashes, armoured PGP messages with real CRC-24, password-rule prose, firmware "
      "SHA-256 sums, SSH fingerprints, S10 tracking numbers with real check digits, SSIDs and MACs, policy and membership numbers, "
      "booking UUIDs and iCal UIDs). Everything is produced by `build.py` and its modules (`common216.py`, `everyday216.py`, "
      "`vendor216.py`, `positional216.py`, `prose216.py`, `enc216.py`, `dec216.py`, `evasions216.py`, `negatives216.py`, "
      "`checks216.py`, `readme216.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
      "`random.Random` seeds (21601 everyday values, 21611 everyday pairing, 21602 vendor, 21603 positional passwords, 21604 "
      "prose, 21605 evasions, 21606 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in "
      "one process, compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from "
      "both generations and compares it, and only then writes the files (on any failure it prints the errors, writes nothing and "
      "exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief216/`.\n" % len(muts))

    w("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredsixteenth/`) was created (with `mkdir -p`) and written; its parent was never listed, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project "
      "material read were the two READMEs in `/tmp/brief216/` (`README_twohundredthirteenth.md`, p213, lifeboat-station / "
      "mountain-rescue / coastguard-volunteer developers; `README_twohundredfourteenth.md`, p214, language-school / "
      "tutoring-agency / exam-centre developers), used only to learn the file format and what is already covered. No other "
      "`/tmp` directory was looked at except the scratch directory `/tmp/scratch216/` (a first deny-list probe, an extracted "
      "copy of the public gitleaks rule file, encoder / decoder round-trip runs and trial builds). The deny-list "
      "(`common216.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, lower-cased, "
      "also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped (%d), the codes "
      "of every `` `code` (Name) `` pair (%d; the pattern also catches a few non-language words such as `alg` and `id`, which only "
      "makes the list stricter) and the names and name words of those pairs (%d, with harmless noise). It is frozen in "
      "`brief_names.json`; when `/tmp/brief216/` exists the build re-extracts it and fails if it differs (this build: %s). "
      "Encodings, syntaxes and negative ideas that the two READMEs name only in prose were avoided by hand as well. Novelty is "
      "checked against these two READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(frozen["names"]), len(frozen["syntaxes"]), len(frozen["language_codes"]), len(frozen["language_names"]), deny_note))

    # ------------------------------------------------------------------ files
    w("## Files and counts\n")
    w("| file | records | spans | span types | container kinds | notes |")
    w("|---|---|---|---|---|---|")
    w("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(pos), len(pos), len(span_types), len(kinds), src["everyday"], src["vendor"], src["password"], src["prose"], src["prose"]))
    w("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(eva), len(eva), len({r["type"] for r in eva}),
                                                                      len({r["container"] for r in eva}), len(evasions216.ENCODINGS)))
    w("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({n["container"] for n in neg}), len(ncls)))
    w("| `README.md` | – | – | – | – | rendered by `build.py` |")
    w("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(frozen["names"]), len(frozen["syntaxes"]), len(frozen["language_codes"]), len(frozen["language_names"])))
    w("Schema (same as the earlier corpora): positives `id` (`p216-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p216-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p216-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
      "lines with `ensure_ascii=False`.\n")
    w("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written and unused: "
      + ", ".join(_bt(k[0]) for k in everyday216.SPARE_KINDS) + "). Vendor %d (%d candidates written; set aside: " % (src["vendor"], src["vendor"] + len(vendor216.SET_ASIDE))
      + "; ".join("%s (%s)" % (_bt(n), why) for n, why in vendor216.SET_ASIDE)
      + "). Positional passwords %d (by where the text lives: %s; %d syntaxes written; set aside: " % (
          src["password"], ", ".join("%s %d" % (g, pgroups[g]) for g in ["cli", "stdin", "lib", "file", "proto", "gui", "sql"]),
          len(positional216.ALL_SYNTAXES))
      + "; ".join("%s (%s)" % (_bt(n), why) for n, why in positional216.SET_ASIDE.items())
      + "). Prose 40 in 40 languages (spares written and unused: " + ", ".join("%s (%s)" % (_bt(c), n) for c, n, _s, _t in prose216.SPARES)
      + "). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: about 450). "
        "Strings drawn through the registry (values, vendor neighbours, Base64 runs, evasion plains and runs): %d.\n"
      % (len(neg), len(ncls), len(pos), d["registry_size"]))

    # ------------------------------------------------------------ conventions
    w("## Conventions\n")
    w("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, "
      "never the quotes and never the key. Values pasted where they do not belong (a Discord dev-channel paste, a forwarded shop "
      "e-mail, a Trello card comment, a clubhouse noticeboard OCR, a swap-meet sheet CSV, fish history, a PowerShell profile, a "
      "WhatsApp committee paste, a KeePass XML export, `fly secrets set`, `heroku config:set`, `gcloud secrets create`) are labelled.")
    w("- Owner-chosen passwords are a word of this world (" + ", ".join(
        __import__("common216").WORLD_WORDS[:30]) + ", …; %d in all; capitalised with probability 0.4) + one of `- _ . + ! ~` + 3–5 "
      "lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "`^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the %d owner-chosen vendor "
      "passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain positional value, every password "
      "hidden inside a Base64 positional value, every prose value and every layout-PC evasion plain." % (
          len(__import__("common216").WORLD_WORDS), vk["owner"]))
    w("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; "
      "no evasion plain and no Base64-hidden password appears in any text or negative. Values, public neighbours, Base64 runs, "
      "evasion plains and runs are drawn through one registry that refuses repeats and any string in a substring relation "
      "(6+ characters) with an earlier one; a negative is redrawn if it contains any registered string of 6+ characters or a "
      "hidden password.")
    w("- Structured values are valid: every UUID-shaped substring of every text is version 4 (checked); every JWT-shaped "
      "substring of a positive or evasion text has base64url JSON header and payload and a signature length that fits its `alg` "
      "(HS256 32, HS384 48, RS256 256 bytes; checked): the live-timing feed token is a real HS384 JWT, the Home Assistant token a "
      "real HS256 JWT (HMACs under discarded keys), the Zettle and Met Office keys RS256-shaped (real JSON, random signature). "
      "`dcv_` tokens end in the real CRC-32 of their body, `tpr_` keys in the real CRC-16/CCITT-FALSE of theirs, `exk_` keys are "
      "real Base58Check (double-SHA-256 checksum, version byte 0x2a), PASERK keys decode to 32 bytes, TOTP seeds to 20 bytes (all "
      "checked). The 1Password service-account token is `ops_` + real Base64 JSON, the Amazon SES SMTP password real Base64 of "
      "version byte 4 + 32 bytes, the Discord bot token starts with base64url of an 18-digit id (all checked); all 120 vendor "
      "values are checked against a regular expression derived from their generator. The three Base64 positional spans decode to "
      "`user:password` (proxy `Basic`), NUL user NUL password (XMPP SASL PLAIN) or the password alone (SMTP `AUTH LOGIN` second "
      "line) with a strict-form password; the marshal-kiosk fixed-width file puts the value in columns 31–52 (checked). "
      "Negatives: EAN-13, ISBN-13, ISBN-10 and UPU S10 check digits and the PGP armour CRC-24 are real (checked); SHA-256 and MD5 "
      "digests are real digests of random bytes; bcrypt / yescrypt bodies are random in the right alphabet.")
    w("- Public neighbours are unlabelled: user names, hosts (`*.lan` names of `eastfield`, `kestrel-rc`, `hollowvale`, "
      "`marshbrook`, `dunmere-mrc`, `*.example`, private addresses), key names, and ids written next to a vendor secret ("
      + "; ".join("%s: %s" % (v["name"], " ".join(v["nb"][0])) for v in vendor216.VENDORS if v["nb"])
      + ") and the user half of a user / password pair.")
    w("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically): " + ", ".join(
        "%s (%s)" % (_bt(s), c) for s, c in vendor216.STYLES) + ". Key names are the vendor type's words in the style's case; the "
      "KeePass export puts the type name in `Title`, the neighbour in `UserName` and the secret in `Password`.")
    w("- Positional passwords: span type `railpw_<syntax>`, container `railpw_<syntax>__<suffix>` where the suffix says where the "
      "text lives: " + ", ".join("%s (%s)" % (_bt(v), k) for k, v in positional216.SUFFIX.items()) + ".")
    w("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run "
      "on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if "
      "the run equals the plain, if the run would start or end with whitespace or if the registry refuses it.\n")

    # ------------------------------------------------------------- categories
    w("## Categories (positives)\n")
    w("Everyday (12 types): " + "; ".join("%s (%s)" % (_bt(t[0]), t[3]) for t in everyday216.TYPES) + ".\n")
    w("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (_bt(k[0]), k[1]) for k in everyday216.KINDS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 21611) of the 12 "
        "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits in "
        "exactly 15 records (checked); secrets therefore also land in implausible places (a PASERK key in the JMRI properties, "
        "a TOTP seed in a PrestaShop parameters file). Key names are the type's key words in the container's own case style: "
        "upper, snake, camel, pascal, kebab, dot, spaced (chats, e-mails, tickets) and title (OCR, CSV cells).\n")
    w("Vendor (%d types, container `<type>__<style>`): " % len(vendor216.VENDORS) + ", ".join(_bt(v["name"]) for v in vendor216.VENDORS) + ".\n")
    w("Positional passwords (%d syntaxes, span type `railpw_<syntax>`): " % len(positional216.SYNTAXES)
      + ", ".join(_bt("railpw_" + s[0]) for s in positional216.SYNTAXES)
      + ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; "
        "checked).\n")
    w("Prose: someone tells a fellow member the password of the clubroom layout PC and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): " % (prose216.TYPE, ", ".join(_bt(f) for f in prose216.FORMATS))
      + ", ".join("%s (%s)" % (_bt(c), n) for c, n, _s, _t in prose216.LANGS)
      + ". None of them or the spares is among the languages of either README (checked: code against the codes and all "
        "deny-listed names; name and each name word against the language names). Scripts: "
      + ", ".join(sorted({s for _c, _n, s, _t in prose216.LANGS}))
      + ". Thai has no spaces between words, so the value got spaces around it; Armenian, Persian, Urdu, Panjabi, Nepali and "
        "Amharic put the copula after the value; Ukrainian and Belarusian introduce it after a colon; Persian and Urdu are "
        "right-to-left with the Latin value embedded; every value is set off by whitespace on both sides (checked).\n")

    # -------------------------------------------------------------- evasions
    w("## Evasion encodings\n")
    w("; ".join("%s = \"%s\"" % (_bt(n), rule) for n, _f, rule in evasions216.ENCODINGS) + ".\n")
    w("Families: " + "; ".join("%s: %s" % (f, _bt(n)) for n, f, _r in evasions216.ENCODINGS) + ".\n")
    w("Evasion types: " + "; ".join("%s (%s)" % (_bt(t), dsc) for t, dsc in evasions216.TYPES) + "; wordings: "
      + ", ".join(_bt(wd[0]) for wd in evasions216.WORDINGS)
      + " (container `<encoding>__<wording>`; each encoding appears once per type and once per wording).\n")
    w("Encoders are in `enc216.enc` (the rng only adds noise the decoder ignores: headcodes of the fast-clock timetable, the "
      "first four digits of the transponder numbers, catalogue numbers of the price list, servo channel numbers); the decoder "
      "`dec216.decode` gets only the encoding name and the run and is written separately, importing nothing from the encoder and "
      "no `base64`, `binascii`, `codecs`, `struct` or `unicodedata`, with every table retyped: a two-bit nucleotide reader, "
      "factorial place values, Hebrew letter values, an un-turn table read backwards, element symbols 35–112, POSTNET bar "
      "patterns, the XOR key, a bit-level IEEE 754 single parser, colour-triplet bytes with the zero padding stripped, tag and "
      "variation-selector offsets, an A1Z26 reader, balanced-ternary digits, BCD nibbles, an EBCDIC 037 table, a Unicode-name "
      "parser and regular expressions plus arithmetic for the six world disguises. Every pair was round-tripped on 300 random "
      "`[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); at build time every span is decoded back "
      "to its `plain` (checked).\n")
    w("Avoided on purpose (named by an earlier README in a list or in prose): the bases, digit blocks, number-word languages, "
      "look-alike blocks (Greek, Cyrillic, fullwidth, circled, squared, parenthesized, Cherokee, regional indicators, "
      "mathematical), Morse, the radio alphabet, multi-tap, Braille, Polybius, columnar transposition, rail fence, Caesar / "
      "Atbash / Vigenère relatives, octal / percent / HTML escapes, Gray code, Zeckendorf, prime factorisation, spreadsheet "
      "columns, squares, case steganography, zero-width characters, bidi overrides, the fold and reversal tricks. Close relatives "
      "remain and a scorer may count them as the same idea: balanced ternary next to plain base 3, packed BCD next to binary, "
      "the XOR hex bytes and the EBCDIC hex bytes next to hex byte notations, Hebrew numerals next to other alphabetic numerals, "
      "the upside-down text next to the look-alike blocks (it also reverses the order), the Unicode tag characters and "
      "variation selectors next to the zero-width tricks (both are invisible), Unicode names next to the spelled forms, the six "
      "world disguises next to the earlier world disguises.\n")

    # -------------------------------------------------------------- negatives
    w("## Negative classes\n")
    w("| class | records | base kinds | what is in it |")
    w("|---|---|---|---|")
    for cname, desc, kk in negatives216.CLASSES:
        w("| %s | %d | %s | %s |" % (_bt(cname), ncls[cname], ", ".join(_bt(k[0]) for k in kk), desc))
    w("\nEach base kind appears plain and wrapped " + ", ".join(_bt("__" + wn) for wn, _f in negatives216.WRAPPERS) + ".\n")

    # ----------------------------------------------------------------- checks
    w("## Checks run by build.py before writing\n")
    w("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or "
      "Base64-hidden password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    w("- shapes: owner-chosen password regex for the everyday and owner-chosen vendor passwords, the strict form for plain "
      "positional, Base64-hidden, prose and layout-PC evasion passwords (`tto_` and `tdk-` plains by their own regexes); `dcv_` "
      "CRC-32; PASERK 32 bytes; HS384 feed JWT; `tpr_` CRC-16; `exk_` Base58Check and version byte; TOTP seed 20 bytes; 120 "
      "vendor regexes or frame checks (JWTs, SES, Discord, 1Password); Base64 positional spans decode to the right frame; "
      "marshal-kiosk columns 31–52; UUID-shaped substrings of every text are version 4; every JWT-shaped substring of a positive "
      "or evasion text has JSON header and payload and a signature length that fits its `alg`; EAN-13, ISBN-13, ISBN-10 and S10 "
      "check digits and PGP CRC-24 in their negative classes")
    w("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a newline "
      "and is followed by a newline and a remark; plain shape per type; the run never contains its plain and never equals it; "
      "record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3, once per type and once per wording")
    w("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive "
      "value, plain and hidden password")
    w("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose format, "
      "evasion wording, negative base kind and wrapper inside it), every everyday kind including the spare, every set-aside "
      "vendor and syntax name, span type, evasion encoding and negative class is compared case-insensitively, whole name and "
      "each `__` part, with the frozen deny-list; positional syntaxes (span type without `railpw_`) also against the earlier "
      "syntax list; prose languages (taken from the record containers) and spares by code, name and name words; "
      "`brief_names.json` is compared with a fresh extraction when `/tmp/brief216/` exists")
    w("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types "
      "with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct "
      "languages; 66 evasions (22 × 3); positives 440–470; span types of the five sources pairwise disjoint; non-everyday "
      "containers unique")
    w("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    w("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): "
      % (len(muts), sum(c for _, c in muts), len(muts)) + ", ".join("%s (%s)" % (_bt(n), "caught" if c else "MISSED") for n, c in muts) + "\n")

    # ----------------------------------------------------------------- shapes
    w("## Shapes you had to guess\n")
    for klass, head in (("read", "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, "
                                 "`config/gitleaks.toml`; nothing copied; every value generated; where the rule gives only a "
                                 "prefix or a length range, the exact length is mine)"),
                        ("believed", "Believed right from background knowledge of public rule sets and vendor docs (not re-read this session)"),
                        ("guessed", "Guessed (length and alphabet only; many hobby-shop, shipping, accounting, timing and small SaaS "
                                    "vendors publish no token format the builder knows, so these are recognisable from the key name only)"),
                        ("owner", "Owner-chosen passwords (the portal is unlocked with a password the shop or club picked)")):
        vs = [v for v in vendor216.VENDORS if v["klass"] == klass]
        w("%s (%d): " % (head, len(vs)) + "; ".join(
            "%s (%s%s)" % (_bt(v["name"]), v["shape"], (" – next to it: " + " ".join(v["nb"][0])) if v["nb"] else "") for v in vs) + ".\n")
    w("Also invented or guessed: the everyday prefixes and layouts `dcv_` (with its CRC-32 tail), `tpr_` (with its CRC-16 tail) "
      "and `exk_` (Base58Check with version byte 0x2a) and the evasion prefixes `tto_` / `tdk-` are invented; the PASERK "
      "`k4.local.` key, the HS384 feed JWT and the TOTP seed are modelling choices with real formats. The club member roster CSV "
      "(fifth column), throttle pairing pipe file, marshal-kiosk fixed-width file (columns 31–52), swap-meet table TSV (fourth "
      "column), exhibition stand semicolon file and decoder-programmer JSON array are invented formats of this world. Syntaxes "
      "are written from memory, not re-checked (among them `sqlcmd -P`, unixODBC `isql DSN user pw`, `mosquitto_pub -P`, "
      "`mosquitto_passwd -b`, `htpasswd -b` / `-i`, `lftp -u u,p`, `rclone obscure`, `wpa_passphrase`, `-passout pass:`, `qpdf "
      "--encrypt`, `rar -hp`, `docker login -p`, `mc alias set`, `ipmitool -P`, `sqlplus u/p@`, `db2 connect … using`, `espota.py "
      "-a`, `webrepl_cli.py -p`, `ssh-keygen -P`, `veracrypt -p`, `pdftotext -upw`, `apksigner --ks-pass pass:`, `security "
      "unlock-keychain -p`, `networksetup -setairportnetwork`, `raspi-config nonint do_wifi_ssid_passphrase`, `mkpasswd`, `doveadm "
      "pw -p`, `mount_smbfs //u:p@`, `mega-login`; the stdin forms; the library positions; the file layouts (davfs2 `secrets`, "
      "proxychains, `chap-secrets`, exim `passwd.client`, `rsyncd.secrets`, sendmail `authinfo`); the protocol forms (tcpdump "
      "ASCII of an MQTT CONNECT, proxy `Basic`, XMPP SASL PLAIN, SMTP `AUTH LOGIN`, SOCKS5 RFC 1929, Redis RESP under strace, "
      "ESP AT `CWJAP`); the UI calls; the SQL forms). Negatives: CAA flyer / operator id, BMFA, policy and exhibition reference "
      "layouts are approximate; bcrypt and yescrypt bodies are random in the right alphabet, not hashes of anything; PGP bodies "
      "are random bytes, not OpenPGP packets (only the armour checksum is real).\n")

    # -------------------------------------------------------------- judgement
    w("## Judgement calls\n")
    w("- Everyday: six owner-chosen passwords (JMRI / DCC-EX web throttle server, track-booking admin, race-timing database, "
      "stock back office, membership and insurance register, workshop repair desk) and six generated secrets (`dcv_` CV-sync "
      "token, PASERK swap-meet ticket key, HS384 live-timing JWT, `tpr_` transponder register key, `exk_` Base58Check exhibition "
      "signing key, TOTP seed). The TOTP seed has no prefix and is 32 upper-case Base32 characters – only the key name and "
      "context tell it apart from an id; that is deliberate. Key names in everyday files say password / token / key / secret / "
      "jwt – that is how such files look; the telling-key-free cases are in the positional source.")
    w("- Vendor: %d vendor types carry owner-chosen passwords (DPD Local, BMFA membership portal, CAA drone registration, "
      "insurance broker portal, eBay seller account). Whole URLs are labelled for the Slack incoming webhook and the Zapier "
      "catch hook (the URL is the credential). Same-shape traps: the YouTube and Gemini keys (positive) share the `AIza` shape "
      "of the referrer-locked browser Maps keys in the negatives; the Stripe live secret key has the length of the `pk_live_51` "
      "publishable key in the negatives; the Braintree private key, Twilio auth token, Meta app secret, ShipStation and "
      "Sendcloud secrets are 32 hex like the public Shopify Storefront token in the negatives and the public keys next to them; "
      "Royal Mail, Buttondown, Scaleway and MyLaps values are bare UUIDv4s like the booking ids in the negatives. Ids next to a "
      "secret (Twilio `AC` sid, AWS / SES `AKIA` ids, eBay app id, Amazon LWA client id, Scaleway `SCW` key, Pushover user key, "
      "the Braintree public key, Etsy keystring) stay unlabelled; the Pushover user key and the Etsy keystring are the most "
      "arguable. The Amazon SES SMTP password is a derived credential (not owner-chosen) and is labelled as a vendor secret." % vk["owner"])
    w("- Passwords: labelled when the value logs in (flags `-P`, `-p`, `-a`, `-upw`; `u,p`, `u/p@`, `u:p@` and URL userinfo "
      "pairs; positional arguments of `isql`, `mosquitto_passwd`, `htpasswd`, `mc alias set`, `wpa_passphrase`, `networksetup`, "
      "`raspi-config`, `mega-login`; library call positions in Python, Node, Java, C#, Go, Rust, Ruby, PHP, Perl, Arduino, "
      "MicroPython, Dart, PowerShell and VBA), unlocks or encrypts (`-passout pass:`, `qpdf --encrypt`, `rar -hp`, `ssh-keygen -P`, "
      "`veracrypt -p`, `pdftotext -upw`, `apksigner`, keychains, `gpg --passphrase-fd 0`, `openssl rsa -passin stdin`, pikepdf, "
      "`KeyStore.load`, `X509Certificate2`, `Workbooks.Open`, `Unprotect`, `AES_ENCRYPT`, `pgp_sym_encrypt`, "
      "`ENCRYPTBYPASSPHRASE`), sets a new secret (`smbpasswd -s`, `saslpasswd2`, `vncpasswd -f`, `pass insert`, `secret-tool "
      "store`, `mkpasswd`, `doveadm pw`, `sp_addlogin`), is a Wi-Fi or shared secret (`WiFi.begin`, `wlan.connect`, `AT+CWJAP`, "
      "`chap-secrets`), sits in a file by position, travels in a protocol exchange or is typed by UI automation. Weakest kept "
      "cases, with a hint of a word nearby: paho `username_pw_set` (the method name abbreviates password), `-passout pass:` and "
      "`--ks-pass pass:` (the `pass:` scheme), `-upw`, sendmail's `\"P:…\"`, `ENCRYPTBYPASSPHRASE`, `docker login "
      "--password-stdin`, `gpg --passphrase-fd` and `--vault-password-file <(echo …)` (the flag names the channel, the value comes "
      "through the pipe or process substitution), tool names that contain the word (`mosquitto_passwd`, `htpasswd`, `wpa_passphrase`, "
      "`do_wifi_ssid_passphrase`, `mkpasswd`, `smbpasswd`, `vncpasswd`, `saslpasswd2`) – none of them is a `password=` key, "
      "the `access`, "
      "`phrase`, `entry` and `gate` headers of the invented files, the SMTP `AUTH LOGIN` server prompt (Base64 of `Password:`) "
      "and the hashing commands (`mkpasswd`, `doveadm pw`, `pbkdf2Sync`) where the literal is the password being hashed. UI "
      "tests use neutral field ids (`#f2`, `Edit2`). The SMTP, XMPP and proxy spans are the whole Base64 token, not the decoded "
      "password. %d syntaxes were written and set aside (listed under Scale). Several ideas repeat the earlier corpora on new "
      "tools (URL userinfo, `-p` after `-u`, library positions, stdin echo, Base64 protocol lines, UI typing, invented "
      "fixed-width files); novelty was checked by name." % len(positional216.SET_ASIDE))
    w("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for French, "
      "Spanish, Dutch, Danish, Swedish, Polish, Czech, Croatian, Romanian, Ukrainian, Modern Greek, Turkish, Indonesian, "
      "Afrikaans; modest for Finnish, Estonian, Latvian, Lithuanian, Slovak, Slovenian, Hungarian, Bulgarian, Macedonian, "
      "Belarusian, North Azerbaijani, Iranian Persian, Urdu, Nepali, Vietnamese, Swahili, Welsh, Maltese; low for Georgian, "
      "Armenian, Panjabi, Tamil, Telugu, Thai, Amharic, Somali. Loan words (password in Maltese, पासवर्ड, ਪਾਸਵਰਡ, పాస్‌వర్డ్, "
      "پاس ورڈ) are kept as people use them. `azj` is North Azerbaijani and `pes` Iranian Persian – the individual languages "
      "behind the macrolanguages; `swh` is Swahili (individual language), `npi` Nepali (individual language).")
    w("- Evasions: DNA letters and packed BCD are bit-level notations; the factorial number system, Hebrew numerals and balanced "
      "ternary are numeral systems; upside-down text is a look-alike trick plus reversal; element symbols are a substitution "
      "alphabet; POSTNET bars a barcode notation; repeating-key XOR a cipher shown in hex; IEEE 754 floats and CSS colours are "
      "disguises as machine values and colours; tag characters and variation selectors are invisible Unicode (the runs look "
      "like one flag or one locomotive emoji – a real smuggling trick); A1Z26 and Unicode names are spelled forms; EBCDIC is "
      "another character set; fast-clock times, lap times, transponder numbers, kit prices, gradients and servo pulse widths "
      "are this world's disguises of code points. Case is carried explicitly where the notation has none (`^` in A1Z26).")
    w("- Negatives: DCC addresses, CV values, decoder serials, transponder numbers, 35 MHz channels, CAA flyer and operator ids "
      "(only the public 12-character operator id is shown; the three-character secret suffix of a real operator registration is "
      "never written), BMFA, membership, policy, stand and booking numbers are identifiers; EAN-13, ISBN and S10 numbers carry "
      "real check digits; Stripe `pk_live_`, the Square application id, the PayPal SDK client id, the Shopify Storefront token, "
      "Mapbox `pk.` and the referrer-locked Maps / MapTiler keys are public by design (the browser `AIza` key has exactly the "
      "shape of the labelled YouTube and Gemini keys – the most arguable negative; the Storefront token is 32 hex like several "
      "labelled secrets); `dcv_<…>`, all-x `tpr_`, `k4.local.<paste-your-key>`, `${…:?…}`, `your-password-here` and empty values "
      "are placeholders; `***`, `sk_live_****` + 4, `[REDACTED]` and bullets carry no value; `op://`, `gcloud secrets versions "
      "access` and `aws ssm get-parameter` are pointers; bcrypt / yescrypt strings are one-way hashes (the column is called "
      "`password_hash`, a trap); PGP messages are ciphertext; SHA-256 / MD5 sums and SSH fingerprints are public digests; SSIDs "
      "and MACs are network identifiers. The `.env.example` and the `op://` file use the real key names of the everyday and "
      "vendor secrets with placeholder or reference values – a trap for key-name-only detectors. Random fillers are generated, "
      "so an entropy-only detector will hit them – that is the point.\n")

    # ---------------------------------------------------------------- sources
    w("## Sources consulted\n")
    w("- The two READMEs in `/tmp/brief216/` (p213 and p214), for format and coverage only. The detector was not opened, listed "
      "or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory "
      "except `/tmp/scratch216/` was looked at.")
    w("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory and extracted with `git show` into `/tmp/scratch216/`), grepped for the rules behind every vendor type "
      "marked *read this session* above (Shopify `shpat_` / `shpca_` / `shppa_`, Stripe, GoCardless `live_`, Mailchimp `-us`, "
      "Brevo `xkeysib-`, Mailgun `key-`, MessageBird, Meta / Facebook secret, Slack `xoxb-` and webhook URLs, Telegram, X bearer "
      "`A{22}`, GCP `AIza`, Twitch, Dropbox, OpenAI `sk-proj-` with `T3BlbkFJ`, Anthropic `sk-ant-api03-`, Perplexity `pplx-`, "
      "Hugging Face `hf_`, GitHub `ghp_` / `gho_`, GitLab `glpat-` / `gldt-`, Heroku `HRKU-AA`, Fly.io `fo1_`, DigitalOcean "
      "`dop_v1_`, Cloudflare API token, Datadog application key, Sentry `sntryu_`, Pulumi `pul-`, 1Password `ops_eyJ`, npm "
      "`npm_`, RubyGems `rubygems_`, Airtable `pat…`, Notion `ntn_`). Betterleaks, Kingfisher, CredSweeper and vendor "
      "documentation were not opened this session; the remaining shapes come from the builder's memory and are marked above as "
      "believed or guessed.")
    return "\n".join(L) + "\n"
