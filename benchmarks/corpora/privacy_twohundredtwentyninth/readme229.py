"""Renders README.md from a generation (deterministic)."""
from collections import Counter

import enc229
import everyday229
import evasions229
import negatives229
import positional229
import prose229
import vendor229
from common229 import WORDS


def _t(x):
    return "`%s`" % x


def render(data, deny, muts, deny_note):
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    src = Counter(r["source"] for r in pos)
    L = []
    a = L.append
    a("# privacy_twohundredtwentyninth (p229) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**chimney sweeps**: chimney sweeps, stove fitters and log-burner installers – the sweep booking and rota app (Laravel, "
      "Symfony, FastAPI, Express, Rails credentials), the stove showroom shop (Shopify CLI, Magento, Medusa, PrestaShop), the "
      "installer job-sheet and compliance app (Flutter, React Native, Gradle, iOS plist, Capacitor), smart stove and flue-fan "
      "controllers (Home Assistant, PlatformIO, ESP-IDF, Node-RED, Mosquitto bridges, MicroPython, Arduino), chimney inspection "
      "cameras and their recorders (Frigate, ONVIF, ffmpeg, Kodi), flue-gas analyser sync tools (configparser, WPF, Java "
      "properties) and the ops around them (Ansible, Pulumi, Nomad, systemd, Fly.io, Render, CircleCI, Bitbucket and Azure "
      "Pipelines, PowerShell, fish, tmux, Dockerfiles, ConfigMaps) plus the messy places values get pasted (WhatsApp, Trello, "
      "Outlook, a van dashboard photo OCR, a job-list CSV); secrets of this world such as a CRC-32-tailed `csw_` route-planner "
      "token, a Damm-checked `stv_` stove telemetry key, a `whsec_` Standard-Webhooks signing secret, an HS384 customer-portal "
      "JWT, a Laravel `APP_KEY` and a Rails `secret_key_base`; the trade's own portals and services (HETAS, NACS, the Guild of "
      "Master Sweeps, APICS, Sweepsafe, Woodsure Ready to Burn, Checkatrade, MyBuilder, Rated People, Bark, Tradify, Jobber, "
      "ServiceM8, Fergus, Commusoft, simPRO, Google Business Profile, Trustpilot, Yell, Ordnance Survey, the EPC register, Met "
      "Office DataHub, OpenWeather, what3words, DVLA, HMRC MTD, Postcoder, Samsara, Quartix, Tuya, SmartThings, Home Assistant, "
      "Shelly, Netatmo, ESPHome, Adafruit IO, Tasmota, Reolink); plus the commerce, messaging, AI, developer and ops services "
      "such developers use (Stripe secret keys, GoCardless, SumUp, Zettle, Square OAuth, Shopify admin and custom-app tokens, "
      "Squarespace, BigCommerce, Ecwid, Xero, QuickBooks, Sage, Twilio auth tokens, MessageBird, TextMagic, Telnyx, Sinch, "
      "Brevo, Mailgun, Mailchimp, Amazon SES SMTP, SparkPost, Slack bot / app tokens and webhooks, Telegram bots, Pusher, Ably, "
      "Meta page tokens, Microsoft 365 and Google app passwords, Intercom, Zendesk, OpenAI project keys, Anthropic API keys, "
      "Gemini, Groq, Perplexity, Replicate, Hugging Face, Together, Fireworks, Voyage, Pinecone, GitHub classic / OAuth / "
      "refresh tokens, GitLab personal and deploy tokens, npm, RubyGems, Expo, Vercel, Heroku, Fly.io, Render, Supabase, "
      "Pulumi, Doppler, Scalingo, Databricks, Snyk, SonarCloud, Codecov, Hetzner, Linode, Scaleway, AWS IAM, Azure storage "
      "keys, Cloudflare API tokens, Dropbox, Airtable, Notion, HubSpot, Datadog, Sentry user tokens, Papertrail, Dynatrace, "
      "Alibaba Cloud, Yandex Cloud); with hard negatives from the same world (HETAS and building-control numbers, stove serials "
      "and DoP references, EN 1856 flue designations, sweeping-certificate and guild numbers, GB VAT numbers with real check "
      "pairs, GTIN-14 / SSCC fuel-pallet codes with real GS1 check digits, publishable keys, vendor documentation examples, "
      "`.env.example` templates, redacted values, secret-manager references, bcrypt and sha512-crypt hashes, PGP and age "
      "armour, lock-file integrity hashes, SSH public keys and fingerprints, password chatter without a password, flue-gas "
      "analyser printouts, smoke-control exemption and Ready to Burn references, card-terminal receipts, UPRN / EPC / title "
      "numbers). Everything is produced by `build.py` and its modules (`common229.py`, `everyday229.py`, `vendor229.py`, "
      "`positional229.py`, `prose229.py`, `enc229.py`, `dec229.py`, `evasions229.py`, `negatives229.py`, `checks229.py`, "
      "`readme229.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds "
      "(%d everyday values, %d everyday pairing, %d vendor, %d positional, %d prose, %d evasions, %d negatives), no clock, no "
      "network. `python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL "
      "files, runs every check and %d mutation tests, renders this README from both generations and compares it, and only then "
      "writes the files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` "
      "re-extracts the deny-list from `/tmp/brief229/`.\n" % (
          everyday229.SEED_VALUES, everyday229.SEED_PAIRING, vendor229.SEED, positional229.SEED, prose229.SEED,
          evasions229.SEED, negatives229.SEED, len(muts)))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredtwentyninth/`) was created (with `mkdir -p`) and written; the only listings made "
      "there were of this directory itself (`ls -la` right after creating it and after the final build, which print its own "
      "`.` and `..` entries and nothing of the parent's contents, and shell globs and greps over its own `*.py` files while "
      "writing them); its parent was never listed or searched, nothing else under "
      "`/work/main` was opened, listed, grepped or searched, and git was never run there. The only project material read were "
      "the two READMEs in `/tmp/brief229/` (`README_twohundredtwentyfourth.md`, p224, funeral directors; "
      "`README_twohundredtwentysixth.md`, p226, astronomy societies), used only to learn the file format and what is already "
      "covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch229/` (an extracted copy of "
      "the public gitleaks rule file and trial builds in `/tmp/scratch229/out`). The deny-list (`common229.extract_denylist`) "
      "holds every backticked name and every snake_case identifier of both READMEs, lower-cased, also split at `__` (%d "
      "names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every "
      "`` `code` (Name) `` pair (%d; the pattern also catches `alg` and `id`, which only makes the list stricter) and the "
      "names and name words of those pairs (%d, with harmless noise such as `256`). It is frozen in `brief_names.json`; when "
      "`/tmp/brief229/` exists the build re-extracts it and fails if it differs (this build: %s). Encodings, syntaxes, "
      "languages and negative ideas that the two READMEs name only in prose (their long *avoided* lists) were avoided by hand "
      "as well. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, languages or "
      "notations.\n" % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]),
                        len(deny["language_names"]), deny_note))

    # ---- files and counts
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), sum(len(r["secrets"]) for r in pos), len(set(r["type"] for r in pos)),
        len(set(r["container"] for r in pos)), src["everyday"], src["vendor"], src["password"], src["prose"],
        len(set(r["container"].split("__")[1] for r in pos if r["source"] == "prose"))))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(eva), len(eva), len(set(r["type"] for r in eva)), len(set(r["container"] for r in eva)), len(enc229.ENC_NAMES)))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len(set(r["container"] for r in neg)),
                                                            len(set(r["class"] for r in neg))))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p229-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, "
      "`password`, `prose`). Evasions (`p229-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, "
      "`secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives "
      "(`p229-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    where = Counter(s[1] for s in positional229.S)
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written down "
      "and unused: `%s`). Vendor 120 (%d candidates coded; set aside: %s). Positional passwords %d (one record per syntax; by "
      "where the text lives: %s; %d more ideas written down and set aside: %s). Prose 40 in 40 languages (spares written down "
      "and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d "
      "(asked: about 450). Strings drawn through the registry (values, vendor neighbours, Base64-hidden passwords, evasion "
      "plains and runs): %d.\n" % (
          everyday229.SPARE_KIND, len(vendor229.V) + len(vendor229.SET_ASIDE),
          "; ".join("`%s` (%s)" % kv for kv in vendor229.SET_ASIDE.items()), src["password"],
          ", ".join("%s %d" % (w, where[w]) for w in ["cli", "stdin", "lib", "gui", "file", "proto", "sql"]),
          len(positional229.SET_ASIDE), "; ".join("`%s` (%s)" % kv for kv in positional229.SET_ASIDE.items()),
          ", ".join("`%s` (%s)" % s for s in prose229.SPARES), len(neg), len(negatives229.CLASSES), len(pos),
          data["registry_size"]))

    # ---- conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a WhatsApp message or group "
      "paste, a Trello card comment, an Outlook e-mail, a Freshdesk private note, a van dashboard photo OCR, a job-list CSV "
      "export, a KeePassXC CSV export, fish history, tmux scrollback, `fly secrets set`, `vercel env add`, `eas secret:create`, "
      "`heroku config:set`) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability 0.4) "
      "+ one of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only "
      "`- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and "
      "the eight owner-chosen vendor passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain "
      "positional value, every password hidden inside a Base64 positional value, every prose value and every office-PC "
      "evasion plain." % (", ".join(WORDS[:40]), len(WORDS)))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no Base64-hidden password appears in any text. Values, vendor neighbours, hidden "
      "passwords, evasion plains and runs are drawn through one registry that refuses repeats and any string in a substring "
      "relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered string of 6+ "
      "characters, a string of the strict password form (the literal key-type word `ssh-ed25519`, which happens to have that "
      "shape, is allowed) or a UUID-shaped string that is not version 4, or if its text repeats an earlier negative.")
    a("- Structured values are valid: every UUID-shaped substring of every text is version 4 (checked); every JWT-shaped "
      "substring of a positive or evasion text has base64url JSON header and payload and a signature length that fits its "
      "`alg` (HS256 32, HS384 48, RS256 256 bytes; checked): the customer-portal token is a real HS384 JWT and the Home "
      "Assistant token a real HS256 JWT (HMACs under discarded keys), the Met Office DataHub key and the Zettle assertion "
      "RS256-shaped (real JSON, random signature bytes). `csw_` tokens end in the real CRC-32 of their 30-character body "
      "written as 6 base62 digits, `stv_` keys carry a real Damm check digit over the 12-digit stove serial, the `whsec_` "
      "secret decodes to 24 bytes, the Laravel `APP_KEY` to 32 bytes, the Rails `secret_key_base` is 128 hex (all checked). "
      "Vendor frames: the Intercom token is Base64 of `tok:<UUIDv4>:1:0`, the Shelly key Base64 of 60 hex characters, the "
      "ESPHome key Base64 of 32 bytes, the Azure storage key Base64 of 64 bytes (checked); all 120 vendor values are checked "
      "against a regular expression derived from the generator's own spec or a frame check written next to it. The git "
      "`extraHeader` and HTTP `Authorization: Basic` spans are Base64 of `user:password`, the SMTP `AUTH LOGIN` span Base64 "
      "of the password and the XMPP SASL PLAIN span Base64 of NUL user NUL password, each with a strict-form password "
      "(checked); the installer lockbox roster puts the value in columns 31–50 (checked). Negatives: GB VAT numbers carry "
      "real weighted mod-97 check pairs and GTIN-14 / SSCC-18 codes real GS1 check digits (checked); SSH public keys are the "
      "real wire format of random 32-byte keys with their real SHA256 fingerprints; lock-file hashes are real digests of "
      "random bytes; bcrypt, sha512-crypt, PGP and age bodies are random in the right alphabet.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.ashgrove-sweeps.example`, `*.emberline-stoves.example`, "
      "`*.kilnworth-installs.example`, private addresses), key names, filler settings and the ids written next to a vendor "
      "secret (%s) and the user half of a user / password pair." % "; ".join(
          "%s: %s" % (v[0], v[2][0]) for v in vendor229.V if v[2]))
    a("- Vendor containers are `<type>__<style>`; styles (%d, assigned cyclically): %s. Key names are the vendor type's "
      "words in the style's case; the KeePassXC export puts the type's title-case words in `Title`, the neighbour (or `api`) "
      "in `Username` and the secret in `Password`." % (len(vendor229.STYLES), ", ".join(
          "`%s` (%s)" % s for s in vendor229.STYLES)))
    a("- Positional passwords: span type `sweeppw_<syntax>`, container `sweeppw_<syntax>__<suffix>` where the suffix says "
      "where the text lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional229.SUFFIX.items()))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its "
      "own run, if the run equals the plain, if the run would start or end with whitespace or if the registry refuses plain "
      "or run.\n")

    # ---- categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday229.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (k[0], k[1]) for k in everyday229.KINDS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits in "
      "exactly 15 records (checked); secrets therefore also land in implausible places (a Rails `secret_key_base` in a "
      "WhatsApp message, a JWT on a van dashboard photo). Key names are the type's key words in the container's own case "
      "style: upper (with `CONFIG_` in sdkconfig, `-D` in PlatformIO build flags, `$env:` in PowerShell, `set -gx` in fish, "
      "`export` in tmux scrollback and Bitbucket steps, `ENV` in Dockerfiles), snake, camel (with a `sweep-ops:` namespace "
      "in Pulumi), pascal (plist keys, ONVIF elements, `appSettings` keys), dot, kebab (ConfigMap data, long CLI flags), "
      "spaced (chats, comments, e-mail) and title (photo OCR, CSV header). The Laravel `APP_KEY` type has the key words "
      "`app key`, so it is `APP_KEY` wherever the style is upper.\n" % everyday229.SEED_PAIRING)
    a("Vendor (120 types, container `<type>__<style>`): " + ", ".join(_t(v[0]) for v in vendor229.V) + ". Shapes are "
      "listed under *Shapes you had to guess*.\n")
    a("Positional passwords (%d syntaxes, span type `sweeppw_<syntax>`): " % len(positional229.S) + "; ".join(
        "`sweeppw_%s` (%s, %s)" % (s[0], s[1], s[2]) for s in positional229.S) + ". None of them, nor the set-aside "
      "names, is among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; "
      "checked).\n")
    scripts = sorted(set(l[2] for l in prose229.LANGS))
    a("Prose: someone tells a colleague the password of the sweep office's booking PC and asks them not to forward it; span "
      "type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is "
      "among the languages of either README (checked: code against the codes and all deny-listed names; name and each name "
      "word against the language names); Dutch, Finnish, Spanish, French, Turkish, Czech, Polish, Danish, Swahili, "
      "Indonesian, German, Italian, Portuguese, Latin, Esperanto and Chinese were also avoided because the READMEs name them "
      "for number words or numerals. Scripts: %s. Every value is set off by whitespace on both sides (checked); Persian, "
      "Urdu and Uyghur are right-to-left with the Latin value embedded; Ukrainian and Belarusian set the value between "
      "dashes; Persian, Urdu, Eastern Punjabi, Nepali, Armenian and Amharic put the copula after the value (after a space); "
      "Hawaiian fronts the value (ʻo {value} ka …).\n" % (
          prose229.TYPE, ", ".join(_t(f) for f in prose229.FORMATS),
          ", ".join("`%s` (%s)" % (l[0], l[1]) for l in prose229.LANGS), ", ".join(scripts)))

    # ---- evasions
    a("## Evasion encodings\n")
    a("; ".join("`%s` = \"%s\"" % (e[0], e[2]) for e in enc229.ENCODINGS) + ".\n")
    a("Families: " + "; ".join("%s: `%s`" % (e[1], e[0]) for e in enc229.ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("`%s` (%s)" % (t[0], t[1]) for t in evasions229.TYPES) + "; wordings: " + ", ".join(
        _t(w[0]) for w in evasions229.WORDINGS) + " (container `<encoding>__<wording>`; encoding i and type j take wording "
      "(i + j) mod 3, so each encoding appears once per type and once per wording).\n")
    a("Encoders are in `enc229.enc` (the rng only adds noise the decoder ignores: liner lengths, stove model names, crate "
      "numbers, customer surnames); the decoder `dec229.decode` gets only the encoding name and the run and is written "
      "separately, importing nothing from the encoder and no `base64`, `binascii`, `codecs` or `unicodedata`, with every table "
      "retyped: Adlam and Ol Chiki digit offsets, a Mayan two-sign base-20 reader, balanced-ternary, negabinary and "
      "factoradic readers (the factoradic reader rejects a digit larger than its place), greedy longest-morpheme parsers for "
      "Hungarian (`tizen` / `huszon` joining forms, `száz`) and Swedish (`etthundra`, the teens, the `-tio` tens), a "
      "homoglyph back-table by code point, a Shavian reader with the namer dot, ROT47, a hand-written Base64 reader for the "
      "UTF-16LE run and a hand-written base32hex reader, a POSTNET reader that rejects groups without exactly two tall bars, a "
      "multi-tap reader, a `\\x` escape reader, an element-symbol table (Z = 1 … 82) and regular expressions plus arithmetic "
      "for the five world disguises. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 8–44 per "
      "encoding while writing (0 failures); at build time every span is decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every digit block (Devanagari, Khmer, Bengali, "
      "Thai, Mongolian, Tibetan, Lao, N'Ko …), numeral notation (Greek alphabetic, counting rods, Ethiopic, traditional "
      "Tamil, Chinese financial, Suzhou, Roman, Hebrew, Armenian, Egyptian, Aegean, kanji), number-word language (Dutch, "
      "Finnish, Spanish, Italian, Turkish, French, Latin, Czech, Portuguese, Polish, Danish, German, Esperanto, Swahili, "
      "Indonesian), look-alike block (fullwidth, mathematical, circled, small capitals, superscripts, keycaps, regional "
      "indicators), script (Deseret, runes, Ogham), cipher (Caesar, Atbash, Vigenère family, affine, keyword, Hill, Polybius, "
      "Bacon, rail fence, columnar, book, XOR, Enigma, straddling checkerboard), byte notation (Base45, Base58, Base62, basE91, "
      "Z85, Ascii85, z-base-32, Crockford, uuencode, xxencode, zlib + Base64, Bubble Babble, proquints), bit code (Manchester, "
      "Hamming, Elias gamma, Gray, BCD, Zeckendorf, bit reversal, emoji bits), positional trick (reversal, rotation, stutter, "
      "pair swap, odd / even, acrostic, telestich, Burrows-Wheeler, move-to-front, RTL override), keyboard trick (QWERTY "
      "coordinates and shift, Dvorak, ЙЦУКЕН), escape (HTML, percent, octal, JSON `\\u`, CHAR formula), machine disguise "
      "(IPv4 quads, version triplets, CSS colours, MIDI, seven-segment, resistor colours) and the bee, locksmith, ice-rink, "
      "funeral and astronomy disguises. Close relatives remain and a scorer may count them as the same idea: Adlam and Ol "
      "Chiki digits next to the earlier digit blocks; Mayan numerals, balanced ternary, negabinary and factoradic next to the "
      "earlier numeral notations (they are place-value systems with another base); Hungarian and Swedish next to the earlier "
      "number-word languages; the Cyrillic / Greek homoglyph swap next to the earlier look-alike blocks (it is the look-alike "
      "idea done with real letters of other scripts, and most of the run still reads as the plain); Shavian next to Deseret "
      "and the runes; ROT47 next to Caesar (it is a Caesar shift over 94 printable characters); UTF-16LE Base64 next to plain "
      "Base64 (every second byte is NUL, so the run has a typical `A` rhythm); base32hex next to Crockford and z-base-32; "
      "POSTNET bars next to the earlier bit codes; multi-tap next to the earlier keyboard tricks; `\\x` escapes next to the "
      "percent / octal / JSON escapes; element symbols next to the earlier table disguises; and the five sweep disguises "
      "(liner diameter −80, stove output ×10, moisture ×5, flue-gas temperature −150, minutes after 08:00) next to the "
      "earlier world disguises.\n")

    # ---- negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    cc = Counter(r["class"] for r in neg)
    for c in negatives229.CLASSES:
        a("| `%s` | %d | `%s`, `%s` | %s |" % (c[0], cc[c[0]], c[1], c[2], c[4]))
    a("\nEach base kind appears plain and wrapped " + ", ".join("`__in_%s`" % w for w in negatives229.WRAPPERS) + ".\n")

    # ---- checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text and nowhere else in any text; no value reused; no positive value, evasion plain or hidden "
      "password in any negative; no Base64-hidden password or evasion plain visible anywhere; no slot marker, NUL or "
      "`PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and owner-chosen vendor password types, the strict form for "
      "plain positional, Base64-hidden, prose and office-PC evasion passwords (`suc_` and `fct-` plains by their own "
      "regexes); `csw_` CRC-32 tail; `stv_` Damm digit; `whsec_` 24 bytes; HS384 customer-portal JWT; Laravel key 32 bytes; "
      "Rails key 128 hex; 120 vendor regexes and frame checks; SASL PLAIN with two NULs; lockbox roster columns 31–50; "
      "UUID-shaped substrings of every text are version 4; every JWT-shaped substring of a positive or evasion text has JSON "
      "header and payload and a signature length that fits its `alg`; negatives: GB VAT check pairs, GTIN-14 / SSCC-18 GS1 "
      "check digits, and no string of the strict password form")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a "
      "newline and is followed by a newline and a remark; plain shape per type; the run never contains its plain and never "
      "equals it; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3, once per type and "
      "once per wording")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, evasion plain and hidden password")
    a("- deny-list: every container (positives, evasions, negatives – so every vendor style, password suffix, prose format, "
      "evasion wording, negative base kind and wrapper inside it), span type, evasion encoding, negative class, spare kind, "
      "vendor style, set-aside vendor, password suffix, prose format, evasion wording, negative base kind and wrapper is "
      "compared case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes (span type "
      "without `sweeppw_`) and the set-aside syntaxes also against the earlier syntax list; prose languages (taken from the "
      "record containers) and spares by code, name and name words; `brief_names.json` is compared with a fresh extraction "
      "when `/tmp/brief229/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor "
      "types with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 "
      "distinct languages; 66 evasions (22 × 3); positives 440–470; span types of the sources pairwise disjoint; "
      "non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(muts), sum(c for _, c in muts), len(muts),
        ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in muts)))

    # ---- shapes
    a("## Shapes you had to guess\n")
    groups = [
        ("read", "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, "
                 "`config/gitleaks.toml`; nothing copied; every value generated; where the rule gives only a prefix, a "
                 "case-insensitive class or a length range, the exact length and case are mine)"),
        ("believed", "*Believed right from background knowledge of public rule sets and vendor docs (not re-read this "
                     "session)*"),
        ("guessed", "*Guessed (length and alphabet only; most trade, directory, job-management and smaller vendors publish "
                    "no token format the builder knows, so these are recognisable from the key name only)*"),
        ("owner", "*Owner-chosen passwords (the portal, device web page or camera is unlocked with a password the business "
                  "picked)*"),
    ]
    for cls, head in groups:
        items = [v for v in vendor229.V if v[3] == cls]
        a("%s (%d): %s.\n" % (head, len(items), "; ".join(
            "`%s` (%s%s)" % (v[0], vendor229.shape_of(v[1]), (" – next to it: " + v[2][0]) if v[2] else "")
            for v in items)))
    a("Also invented or guessed: the everyday `csw_` layout (CRC-32 as 6 base62 digits, in the manner of GitHub's token "
      "checksum) and `stv_` layout (Damm digit) and the evasion prefixes `suc_` / `fct-` are invented; the `whsec_` secret "
      "follows the Standard Webhooks / Svix format, and the HS384 JWT, Laravel `APP_KEY` and Rails `secret_key_base` follow "
      "public formats for invented uses. The sweep-rota CSV (fifth column `lockbox`), showroom till pipe file, installer "
      "lockbox fixed-width roster (columns 31–50, header `CODE`) are invented formats of this world. Syntaxes are written "
      "from memory, not re-checked against manuals (notably `ncftpget -p`, `webrepl_cli.py -p`, `ccrypt -K`, `skopeo "
      "--dest-creds`, `bundle config set HOST user:pw`, `composer config http-basic.HOST user pw`, `db2 connect … using`, "
      "`winrs -p:`, `schtasks /rp`, `net use … PW /user:`, `vncpasswd -f`, `systemd-creds encrypt - out`, `ansible-vault "
      "encrypt_string --stdin-name`, the argument positions of `redis.Redis`, `Transport.connect`, `load_cert_chain`, "
      "`MongoCredential.createCredential`, `mysql_real_connect`, `gomail.NewDialer`, umqtt `MQTTClient`, `Net::FTP.open`, "
      "`imap_open`, `openssl_encrypt`, `AT+QMTCONN`, `AT+CGAUTH`, `OPENROWSET`, the tinyproxy `BasicAuth` line, the exim "
      "`passwd.client` and NUT `MONITOR` field orders, Kodi `sources.xml` and `.yarnrc.yml` `npmAuthIdent`). Evasion code "
      "points (Adlam digits U+1E950, Ol Chiki digits U+1C50, Mayan numerals U+1D2E0, Shavian U+10450, the homoglyph table) "
      "are from memory and checked only by round trip; the assignment of Shavian letters to a–z in block order is the "
      "builder's own (Shavian is phonemic and has no letter-for-letter mapping). Negatives: the HETAS, building-control, "
      "DoP, guild, Ready to Burn, Woodsure and exemption reference layouts are approximate; the GB VAT check uses the "
      "original weighted mod-97 rule (the later 9755 variant is not used); EPC report reference numbers and UPRNs are "
      "random digits in the right grouping.\n")

    # ---- judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (booking admin, showroom till, installer job sheet, smart stove controller, "
      "camera recorder, flue-analyser cloud) and six generated secrets (`csw_` route-planner token, `stv_` telemetry key, "
      "`whsec_` webhook secret, HS384 portal JWT, Laravel `APP_KEY`, Rails `secret_key_base`). Key names in everyday files say "
      "password / token / key / secret / jwt – that is how such files look; the telling-key-free cases are in the positional "
      "source. The Laravel key is labelled with its `base64:` prefix (the prefix is part of the value Laravel reads). The "
      "Rails `secret_key_base` is a bare 128-hex string – only the key name tells it from the SHA-512-length hex in the "
      "negatives. Values are written verbatim even where a real file would want escaping (a `+` or `!` in a PlatformIO "
      "`-D` flag, a `~` in a shell line) – the value is what a person pasted.")
    a("- Vendor: most trade, directory, job-management, mapping and IoT vendors publish no token format the builder knows, "
      "so their types are recognisable only from the key name (part of the test). Eight vendor types carry owner-chosen "
      "passwords (HETAS, NACS, Guild of Master Sweeps, APICS, Sweepsafe, Woodsure, a Tasmota stove-fan web page, a Reolink "
      "flue camera). The Microsoft 365 and Google Workspace app passwords are generated by the service (16 letters, the "
      "Google one in four groups with spaces), not owner-chosen. Whole strings are labelled for the Slack incoming-webhook "
      "URL and the Ably key (`appId.keyId:secret`; the key id before the colon is arguably public). Same-shape traps: the "
      "Gemini `AIza` key (positive) against the referrer-restricted Maps browser key in the negatives; the Stripe `sk_live_51` "
      "key against `pk_live_51`; the Square `sq0csp-` secret next to its public `sq0idp-` application id; Snyk, Squarespace, "
      "SmartThings, Rated People and Scaleway values are bare UUIDv4s like the transaction ids of the card-terminal "
      "negatives; many 32/40/64-hex secrets (Checkatrade, Jobber, Commusoft, EPC, OpenWeather, Tuya, Twilio, Sinch, SparkPost, "
      "Together, Linode, Datadog) look like the lock-file digests and analyser frames of the negatives. Ids next to a secret "
      "(client ids, the Twilio `AC` SID, the Square application id, the AWS `AKIA` id, the SES SMTP user, the Datadog API key "
      "next to the application key, the Pusher app key, member and registration numbers) stay unlabelled as the public half "
      "of a pair (arguable: the Datadog API key and the Trustpilot API key are secret-adjacent). The KeePassXC export's "
      "`Password` column holds an API key for most vendor types – that is how people store API keys in password managers.")
    a("- Passwords: labelled when the value logs in (flags `-u ,`, `-p`, `-P`, `-a`, `-p:`, `/rp`; `user:pw` after "
      "`--dest-creds`, `--user`, in `chpasswd`, `bundle config`, rsyncd / lighttpd / exim / postfix files and `npmAuthIdent`; "
      "URL userinfo in wget, psql, svn, ffmpeg, mqtt.js, Kodi and git `insteadOf`; `user/pw@db` in sqlplus; `using` in db2; "
      "the share password before `/user:` in `net use`; positions in library calls of Python, Node, Java, C#, Go, Rust, Ruby, "
      "PHP, Perl, C, Arduino, MicroPython and PowerShell), unlocks or encrypts (`unrar -p`, `openssl enc -k`, `ccrypt -K`, "
      "gpg `--passphrase-fd 0`, KeePass, PKCS#12 and PFX loads, `load_cert_chain`, SQLCipher `ATTACH … KEY`, `AES_ENCRYPT`, "
      "pgcrypto `encrypt`), signs (`hmac.new`, PyJWT, jose, auth0 `HMAC256`, Ruby JWT, Rust `Hmac`, `cookieParser`), stores "
      "a secret (Key Vault `--value`, `docker secret create -`, `kubectl --from-file=/dev/stdin`, `systemd-creds`, "
      "`gcloud secrets … --data-file=-`, `ansible-vault encrypt_string`), is a Wi-Fi key or PSK (`WiFi.begin`, "
      "`wlan.connect`, `AT+CWJAP`, `ipsec.secrets` PSK), sits in a file by position, travels in a protocol exchange or is "
      "typed by UI automation (UI scripts use neutral field ids `#f2`, `id=f2`, `Edit2`, `R.id.f2`). Weakest kept cases, with "
      "a hint nearby: the `PSK` token of `ipsec.secrets`, the file names `rsyncd.secrets`, `passwd.client` and `sasl_passwd`, "
      "the `~/.vnc/passwd` output path, the tool name `htpasswd`, `Adding password for user` printed after the command, "
      "the `secureTextFields` query of XCUITest, the `PSCredential` line after `ConvertTo-SecureString`, the decoded server "
      "prompt `UGFzc3dvcmQ6` (Base64 of `Password:`) in the SMTP exchange, the `pin_hash` column of the MD5 update and the "
      "`lockbox` / `code` headers of the invented files; none of them is a `password=` key. The git `extraHeader`, HTTP "
      "Basic, SMTP `AUTH LOGIN` and XMPP SASL spans are the whole Base64 token, not the decoded password. The MD5, "
      "`AES_ENCRYPT` and pgcrypto values are literals about to be hashed or used as keys (arguable: the hash is not a "
      "secret, but the literal in the console history is). Syntaxes whose flag or function name says pass / password / pw "
      "right before the value (`-passout pass:`, `--password`, `-pw`, `username_pw_set`, `ssh2_auth_password`, "
      "`CURLOPT_USERPWD`, `IDENTIFIED BY`, `PASS`) were not written.")
    conf = prose229.CONFIDENCE
    nm = {l[0]: l[1] for l in prose229.LANGS}
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "%s; modest for %s; low for %s. Loan words (password, पासवर्ड, ਪਾਸਵਰਡ, పాస్‌వర్డ్, ପାସୱାର୍ଡ, pasiwedhi, pasword, "
      "booking, kompyuta) are kept as people use them. `als` is Tosk Albanian (standard Albanian), `azj` North Azerbaijani, "
      "`pes` Iranian Persian, `pan` Eastern Punjabi (Gurmukhi), `npi` Nepali (individual language), `quy` Ayacucho Quechua – "
      "the individual languages behind those names; `ell` is Modern Greek and `lav` the Latvian macrolanguage (the name "
      "`Standard Latvian` was avoided because `standard` is a deny-listed language-name word)." % (
          ", ".join(nm[c] for c in conf["fair"]), ", ".join(nm[c] for c in conf["modest"]),
          ", ".join(nm[c] for c in conf["low"])))
    a("- Evasions: Adlam and Ol Chiki are digit blocks; Mayan numerals a base-20 numeral notation (written here as two "
      "signs in a row, not stacked); balanced ternary, negabinary and factoradic are numeral systems; Hungarian and Swedish "
      "spelled forms; the homoglyph swap a look-alike trick (letters without a twin such as b, f, g, k, m, n, r, t, u, z "
      "stay Latin, so the run is partly readable – the weakest together with ROT47 and Shavian, which keep digits visible); "
      "Shavian a script substitution; ROT47 a cipher; UTF-16LE Base64 and base32hex byte-to-text encodings (ROT47 and "
      "Base64 runs can hold quotes, backslashes and similar punctuation, stored verbatim); POSTNET a bar code; multi-tap a "
      "keypad spelling; `\\x` escapes an escape notation; element symbols a symbol substitution; liner diameters, stove "
      "outputs, moisture readings, flue-gas temperatures and appointment times are this world's disguises of character "
      "codes.")
    a("- Negatives: HETAS, building-control, serial, DoP, flue designation, certificate, guild, exemption, Ready to Burn, "
      "VAT, company, GTIN / SSCC, UPRN, EPC and title numbers are identifiers (VAT and GS1 codes carry real check digits); "
      "Stripe `pk_live_51`, the referrer-restricted Maps `AIza` key, the reCAPTCHA site key, the Square `sq0idp-` "
      "application id, the Mapbox `pk.` token, the Sentry DSN and the PayPal client id are public by design (the `AIza` "
      "browser key has exactly the shape of the labelled Gemini key – the most arguable negative); the AWS documentation "
      "pair and the jwt.io sample are published examples, `sk_live_xxx…` and `xoxb-your-…` placeholders; `.env.example` "
      "files use the real key names of this corpus with placeholders (a trap for key-name-only detectors; the all-zero "
      "`stv_` dummy fails the Damm check on purpose); masked values carry no value; `op://`, `vault:`, ARN, Key Vault, GCP and "
      "Doppler strings are pointers; bcrypt and sha512-crypt strings are one-way hashes (in `htpasswd` / `shadow` layout, "
      "`user:` + hash – a trap for the `user:secret` positional forms); PGP and age armour is ciphertext; lock-file hashes "
      "and SSH public keys and fingerprints are public; analyser printouts carry hex check words and frames; card receipts "
      "hold masked PANs, AIDs and auth codes (not credentials). Random fillers are generated, so an entropy-only detector "
      "will hit them – that is the point.\n")

    # ---- sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief229/` (p224 and p226), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch229/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory and extracted with `git show` into `/tmp/scratch229/`), read for the rules behind every vendor type "
      "marked *read this session* above (Stripe `sk_live_`, GoCardless `live_`, Shopify `shpat_` / `shpca_`, Squarespace, "
      "MessageBird, Brevo `xkeysib-`, Mailgun `key-` and signing keys, Mailchimp `-usNN`, Slack `xoxb-` / `xapp-` / webhook "
      "URLs, Telegram bot tokens, Meta `EAA[MC]`, Zendesk, OpenAI `sk-proj-` with `T3BlbkFJ`, Anthropic `sk-ant-api03-`, "
      "Perplexity `pplx-`, Hugging Face `hf_`, GitHub `ghp_` / `gho_` / `ghr_`, GitLab `glpat-` / `gldt-`, npm `npm_`, "
      "RubyGems, Heroku `HRKU-AA`, Fly.io `fo1_`, Pulumi `pul-`, Doppler `dp.pt.`, Scalingo `tk-us-`, Databricks `dapi`, "
      "Snyk, SonarCloud `squ_`, Codecov, Cloudflare API tokens, Dropbox `sl.`, Airtable `pat…`, Notion `ntn_`, Datadog, "
      "Sentry `sntryu_`, Dynatrace `dt0c01.`, Alibaba `LTAI`, Yandex `AQVN`). Betterleaks, Kingfisher, CredSweeper and vendor "
      "documentation were not opened this session; the remaining shapes come from the builder's memory and are marked above "
      "as believed or guessed.")
    return "\n".join(L) + "\n"
