# -*- coding: utf-8 -*-
"""Renders README.md from the generated data and the module tables (deterministic)."""
import collections

import common223 as C
import everyday223 as EV
import vendor223 as VE
import positional223 as PO
import prose223 as PR
import evasions223 as EVA
import negatives223 as NE
import enc223

WHERE_ORDER = ["cli", "stdin", "lib", "file", "proto", "gui", "sql"]


def bt(s):
    return "`%s`" % s


def render(pos, eva, neg, frozen, info):
    by = collections.defaultdict(list)
    for r in pos:
        by[r["source"]].append(r)
    ev, ve, pw, pr = by["everyday"], by["vendor"], by["password"], by["prose"]
    L = []
    a = L.append

    a("# privacy_twohundredtwentythird (p223) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **ice rinks**: ice rinks, curling clubs and figure-skating coaches – ice-time, public-skate and "
      "stick-and-puck bookings (Django, Rails, Remix booking sites, DaySmart Recreation, RecDesk, Amilia, ActiveNet, "
      "Skedda), curling league draws and bonspiels (Pydantic, Quarkus and Ktor draw services, Curling Club Manager, "
      "CurlingZone event admin; draw sheets and standings as negatives), figure-skating test days, competitions and "
      "coaching (Nuxt and .NET test-day portals, Flutter, Expo coach apps, the US Figure Skating EMS and Skate Canada "
      "member portals, Acuity Scheduling, Vagaro, CoachNow, Dartfish, Hudl; judging protocols and member numbers as "
      "negatives), ice resurfacing and the ice plant (Go and INI resurfacing logs, Node-RED, Home Assistant, ESPHome "
      "and Telegraf on the plant network, a CIMCO remote-monitoring login, ThingSpeak, an `ipt_` plant-telemetry token "
      "with a real Luhn mod 36 check character; Modbus register maps and vehicle VINs as negatives), scoreboards and "
      "live streams (an `sbf_` scoreboard-feed signing secret, the Daktronics Venus console, LiveBarn, GameSheet, "
      "Twitch; gamesheets and public playback ids as negatives), the pro shop and skate sharpening (PrestaShop, "
      "Medusa, Shopify, Lightspeed, Moneris, Helcim, Clover, UPC-A barcodes as negatives), lockers and the entry gate "
      "(a Fernet locker key, an Ed25519 PKCS#8 gate-signing key, a TOTP seed of the shared admin account, a real HS384 "
      "skater-portal JWT); plus the commerce, messaging, AI, developer and ops services such developers use (Stripe "
      "secret keys, Square OAuth secrets, Braintree access tokens, GoCardless, Chargebee, Xero, QuickBooks, SumUp, "
      "Adyen, Ecwid, Mailchimp, Mailgun, Klaviyo, Brevo API keys, SMTP2GO, Twilio auth tokens, MessageBird, Telnyx, "
      "Slack bot tokens and webhooks, Discord bot tokens, Google Chat webhooks, Pushbullet, LINE, Viber, Zoom, "
      "Intercom, Zendesk, Freshdesk, HubSpot, Pipedrive, Airtable, Notion, Typeform, Jotform, Google Calendar, Cal.com, "
      "OpenAI project keys, Anthropic API keys, Google AI Studio, Groq, Replicate, Perplexity, Together AI, Pinecone, "
      "LangSmith, Voyage AI, Stability AI, GitHub fine-grained PATs, GitLab PATs, Gitea, npm, JFrog, CircleCI, "
      "Buildkite, SonarCloud, Snyk, Expo, Sentry user tokens, AWS, Azure Storage, Heroku, Render, Fly.io, Vercel, "
      "DigitalOcean, Linode, Hetzner, Scaleway, Cloudflare API and tunnel tokens, Tailscale API tokens, Doppler "
      "service tokens, 1Password service accounts, Pulumi, Datadog, Honeycomb, UptimeRobot, Mixpanel, Amplitude, "
      "Cloudinary, HERE, TomTom, Facebook, X, Stytch, Meilisearch, Storyblok, Home Assistant, OpenWeatherMap, "
      "SoundCloud); with hard negatives from the same world (member and test numbers, draw sheets, judging protocols, "
      "gamesheets, VINs, IBANs, ISBN-13s, UPC-A codes, Modbus maps, public client ids, templates, masked logs, "
      "secret-store pointers, bcrypt / argon2id hashes, SSH public keys, certificates, Fernet and JWE ciphertexts, "
      "password-hygiene prose, public playback ids, SHA-256 manifests). Everything is produced by `build.py` and its "
      "modules (`common223.py`, `everyday223.py`, `vendor223.py`, `positional223.py`, `prose223.py`, `enc223.py`, "
      "`dec223.py`, `evasions223.py`, `negatives223.py`, `checks223.py`, `readme223.py`, frozen deny-list "
      "`brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (%d everyday values, %d "
      "everyday pairing, %d vendor, %d positional passwords, %d prose, %d evasions, %d negatives), no clock, no "
      "network. `python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the "
      "three JSONL files, runs every check and %d mutation tests, renders this README from both generations and "
      "compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief223/`.\n" % (
          C.SEED_EVERYDAY, C.SEED_PAIRING, C.SEED_VENDOR, C.SEED_POSITIONAL, C.SEED_PROSE, C.SEED_EVASION,
          C.SEED_NEGATIVE, len(info["mutations"])))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredtwentythird/`) was created (with `mkdir -p`) and written; its parent "
      "was never listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never "
      "run there. The only project material read were the two READMEs in `/tmp/brief223/` "
      "(`README_twohundredeighteenth.md`, p218, dog-training / agility-club / canine-hydrotherapy developers; "
      "`README_twohundredtwentieth.md`, p220, karting / paintball / laser-tag venue developers), read in full once "
      "and used only to learn the file format and what is already covered. No other `/tmp` directory was looked at "
      "except the scratch directory `/tmp/scratch223/` (sources written and trial builds run there before copying). "
      "Outside the project, a handful of public rule texts were read for token shapes only (see *Sources consulted*). "
      "The deny-list (`common223.extract_denylist`) holds every backticked name and every snake_case identifier of "
      "both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their "
      "`<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches "
      "`id`, `alg` and `kid`, which only makes the list stricter) and the names and name words of those pairs (%d, "
      "with harmless noise such as `under`). It is frozen in `brief_names.json`; when `/tmp/brief223/` exists the "
      "build re-extracts it and fails if it differs (this build: %s). Encodings, syntaxes, languages and negative "
      "ideas that the two READMEs name only in prose (their long *avoided* lists) were avoided by hand as well. "
      "Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, languages or "
      "notations.\n" % (len(frozen["names"]), len(frozen["syntaxes"]), len(frozen["language_codes"]),
                        len(frozen["language_names"]), info["deny_status"]))

    # ------------------------------------------------------------ files and counts
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), sum(len(r["secrets"]) for r in pos), len(set(r["type"] for r in pos)),
        len(set(r["container"] for r in pos)), len(ev), len(ve), len(pw), len(pr),
        len(set(r["container"].split("__")[1] for r in pr))))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(eva), sum(len(r["secrets"]) for r in eva), len(set(r["type"] for r in eva)),
        len(set(r["container"] for r in eva)), len(set(r["encoding"] for r in eva))))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len(set(r["container"] for r in neg)),
                                                               len(set(r["class"] for r in neg))))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, "
      "`language_codes` %d, `language_names` %d) |\n" % (len(frozen["names"]), len(frozen["syntaxes"]),
                                                         len(frozen["language_codes"]), len(frozen["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p223-s-NNNN`), `type` (= type of its span), "
      "`container`, `text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` "
      "(`everyday`, `vendor`, `password`, `prose`). Evasions (`p223-e-NNNN`): `id`, `type`, `container`, a "
      "record-level `encoding`, `text`, `secrets`, `source` (`evasion`); their single span also has `plain` (the "
      "clean secret) and `encoding`. Negatives (`p223-n-NNNN`): `id`, `class`, `container`, `text`, `source` "
      "(`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with "
      "`ensure_ascii=False`.\n")
    wc = collections.Counter(w for s, w, _, _ in PO.ACTIVE)
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kinds "
      "written down and unused: %s). Vendor 120 (%d coded; considered and not coded: %s). Positional passwords %d "
      "(%d syntaxes written; by where the text lives: %s; kept out: %s; set aside: %s). Prose %d in %d languages "
      "(spares written down and unused: %s). Evasions %d = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 "
      "presentations. Positives total %d (asked: about 450). Strings drawn through the registry (values, random "
      "vendor neighbours, random public neighbours, evasion plains and runs): %d.\n" % (
          ", ".join(bt(k) for k in EV.SPARE_KINDS), len(VE.VENDORS),
          "; ".join("%s (%s)" % (bt(n), why) for n, why in VE.NOT_CODED), len(pw), len(PO.SYNTAXES),
          ", ".join("%s %d" % (w, wc[w]) for w in WHERE_ORDER),
          "; ".join("%s (%s)" % (bt(n), why) for n, why in PO.KEPT_OUT),
          "; ".join("%s (%s)" % (bt(n), why) for n, why in PO.SET_ASIDE),
          len(pr), len(PR.LANGS), ", ".join("%s (%s)" % (bt(c), n) for c, n in PR.SPARES), len(eva), len(neg),
          len(NE.CLASSES), len(pos), info["registry"]))

    # ------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or "
      "protocol element, never the quotes and never the key. Values pasted where they do not belong (a Mattermost "
      "thread, a WhatsApp chat export, an Outlook e-mail body, a Trello card comment, a Zendesk internal note, a "
      "sticky-note photo OCR, an Excel CSV export, fish and PowerShell history, `fly secrets set`, `heroku "
      "config:set`, `doppler secrets set`, `fly secrets import`, a Telegram group paste, a Freshdesk private note, a "
      "KeePass XML export, a Kubernetes ConfigMap) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s, …; %d in all, letters only; capitalised with "
      "probability 0.4) + one of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and "
      "evasion passwords use only `- _ .`). The build checks `%s` for the six everyday password types and the five "
      "owner-chosen vendor passwords, and the strict `%s` for every plain positional value, every password hidden "
      "inside a Base64 positional value, every prose value and every rink-office-PC evasion plain." % (
          ", ".join(C.WORLD_WORDS[:30]), len(C.WORLD_WORDS), C.PW_RE_WIDE.pattern, C.PW_RE_STRICT.pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and "
      "in no negative; no evasion plain and no Base64-hidden password appears in any text. Values, random vendor "
      "neighbours, random ids, evasion plains and runs are drawn through one registry that refuses repeats and any "
      "string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any "
      "registered string of 6+ characters or a world word + joiner + tail (the password form), and the build fails "
      "if one does.")
    a("- Structured values are valid: every UUID-shaped substring of every text is version 4 (checked); every "
      "JWT-shaped substring of a positive or evasion text has base64url JSON header and payload and a signature "
      "length that fits its `alg` (HS256 32, HS384 48, HS512 64, RS256 256 bytes; checked): the skater-portal token "
      "is a real HS384 JWT and the Home Assistant long-lived token a real HS256 JWT (HMACs under discarded keys). "
      "`ipt_` tokens end in the real Luhn mod 36 check character of their 31-character body; `sbf_` decodes to 32 "
      "bytes; the TOTP seed is RFC 4648 Base32 of 20 bytes; the gate key is Base64 of a 48-byte PKCS#8 DER whose "
      "first 16 bytes are the Ed25519 `PrivateKeyInfo` header; the Fernet key decodes to 32 bytes (all checked). "
      "The 1Password service-account token and the Cloudflare tunnel token are Base64 of real JSON, the JFrog "
      "reference token Base64 of `reftkn:01:…`, the Intercom token Base64 of `tok:<uuid>_<uuid>:1:0`, the Azure "
      "storage key Base64 of 64 bytes; all 120 vendor values are checked against a regular expression built from "
      "the generator's own spec (plus the structural checks just named). The HTTP `Authorization: Basic` value "
      "decodes to `user:password`, the IMAP `AUTHENTICATE PLAIN` value to NUL user NUL password, both with a "
      "strict-form password (checked); the coach roster puts the value in columns 31–52 (checked). Negatives: VIN "
      "check digits (position 9), IBAN mod-97, ISBN-13 and UPC-A check digits are real (checked); SSH public-key "
      "blobs are real wire format and their `SHA256:` fingerprints real; SHA-256 / SHA-1 sums are real digests of "
      "random bytes; bcrypt, argon2id, certificate, Fernet-token and JWE bodies are random in the right frame.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.northpondarena.lan`, `*.northpondarena.example`, "
      "`*.riverbendfsc.*`, `*.lakeviewcurling.*`, private addresses), key names, and ids written next to a vendor "
      "secret (%s) and the user half of a user / password pair." % "; ".join(
          "%s: %s" % (n, nb[0]) for n, _s, _c, nb in VE.VENDORS if nb))
    a("- Vendor containers are `<type>__<style>`; styles (%d, assigned cyclically): %s. Key names are the vendor "
      "type's words in the style's case; the KeePass XML export puts the type name in `Title` (title case), the "
      "neighbour in `UserName` and the secret in `Password`." % (
          len(VE.STYLES), ", ".join("%s (%s)" % (bt(s[0]), s[1]) for s in VE.STYLES)))
    a("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where "
      "the text lives: %s." % (C.PWPREFIX, C.PWPREFIX, ", ".join("%s (%s)" % (bt(v), k) for k, v in PO.SUFFIX.items())))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a "
      "newline, then the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it "
      "would appear inside its own run, if the run equals the plain, if the run would start or end with whitespace "
      "or if the registry refuses plain or run.\n")

    # ------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(n), d) for n, d, _w, _k in EV.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(k), s) for k, s, _t in EV.KINDS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of "
      "the 12 types and deals four consecutive types to each kind, so every kind holds four different types and "
      "every type sits in exactly 15 records (checked); secrets therefore also land in implausible places (a TOTP "
      "seed in a Maven settings file, a Fernet key in a WhatsApp chat). Key names are the type's key words in the "
      "container's own case style: upper, snake, camel, pascal, kebab, dot, spaced (chats, tickets, e-mails) and "
      "title (OCR, CSV cells).\n" % C.SEED_PAIRING)
    a("Vendor (%d types, container `<type>__<style>`): %s.\n" % (len(VE.VENDORS), ", ".join(bt(v[0]) for v in VE.VENDORS)))
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`): %s. None of them, the kept-out or the set-aside "
      "names is among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; "
      "checked).\n" % (len(PO.ACTIVE), C.PWPREFIX, "; ".join(
          "%s (%s, %s)" % (bt(C.PWPREFIX + s), w, d) for s, w, _t, d in PO.ACTIVE)))
    scripts = sorted(set(l[2] for l in PR.LANGS))
    a("Prose: someone tells a colleague the password of the rink-office PC and asks them not to forward it; span "
      "type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (%d): %s. None of them or the "
      "spares is among the languages of either README (checked: code against the codes and all deny-listed names; "
      "name and each name word against the language names). Scripts: %s. Thai got spaces around the value (it does "
      "not separate words that way); Persian and Urdu are right-to-left with the Latin value embedded; Basque, "
      "Persian, Urdu and Amharic put the copula after the value (after a space); Irish puts the value right after "
      "the copula `Is é`; Ukrainian and Belarusian introduce it with a colon; every value is set off by whitespace "
      "on both sides (checked).\n" % (PR.TYPE, ", ".join(bt(f) for f in PR.FORMATS), len(PR.LANGS),
                                       ", ".join("%s (%s)" % (bt(c), n) for c, n, _s, _t in PR.LANGS),
                                       ", ".join(scripts)))

    # ------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join("%s = \"%s\"" % (bt(n), rule) for n, _f, rule in enc223.ENCODINGS) + ".\n")
    a("Families: " + "; ".join("%s: %s" % (f, bt(n)) for n, f, _r in enc223.ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("%s (%s)" % (bt(t), d) for t, _w, d in EVA.TYPES) + "; wordings: " +
      ", ".join(bt(w[0]) for w in EVA.WORDINGS) + " (container `<encoding>__<wording>`; encoding i and type j take "
      "wording (i + j) mod 3, so each encoding appears once per type and once per wording).\n")
    a("Encoders are in `enc223.enc` (the rng only adds noise the decoder ignores: decoy characters, acrostic word "
      "choice, element names, reading times, stone labels and kilograms, flood numbers and the last litre digit); "
      "the decoder `dec223.decode` gets only the encoding name and the run and is written separately, importing "
      "nothing from the encoder and no `base64`, `binascii`, `codecs` or `unicodedata`, with every table retyped: "
      "code-point offsets for the Thai, N'Ko, counting-rod and hexagram blocks, a Greek letter-value sum, a kanji "
      "multiplier parser (十, 百), an Italian greedy word parser that knows the elided tens (`ventuno`, `novantotto`), "
      "an Indonesian phrase parser (`puluh`, `belas`, `seratus`, `sebelas`), a hand-written Base45 reader with "
      "overflow checks, a 6-bit regrouping, bit reversal, dotted-quad splitting, taking every second character, "
      "word initials, QWERTY and Dvorak row tables, regional-indicator offsets, the inverse Hill matrix (det 11, "
      "11⁻¹ ≡ 35 mod 128), chessboard arithmetic and regular expressions plus arithmetic for the four world "
      "disguises. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding "
      "while writing (0 failures); at build time every span is decoded back to its `plain` (checked). The Greek "
      "keraia is written U+02B9 (the NFC form of U+0374); the counting-rod, N'Ko, Thai and hexagram code points "
      "were confirmed with `unicodedata.name` while writing (not at build time).\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every base, digit block, number-word "
      "language, look-alike block, cipher, byte notation, positional order, arithmetic disguise, barcode and "
      "invisible-character trick named there (among them bases 3–15, 20, 36, 60, negabinary, bijective base 26, "
      "balanced ternary, factorial / primorial bases, Gray code, Zeckendorf, BCD, nibble swap, XOR, EBCDIC, IEEE 754, "
      "DNA letters, POSTNET, CSS colours, Ol Chiki, Meetei Mayek, Mongolian, Tibetan, Kayah Li, Suzhou, Balinese, "
      "Osmanya, Adlam, Javanese and Lao digits, segmented and keycap digits, superscripts, German, Esperanto, "
      "Swahili, French, Latin, Czech, Portuguese, Polish and Danish number words, Roman, Hebrew, Armenian and Aegean "
      "numerals, Unicode names, A1Z26, element symbols, Bacon's biliteral, keyword, affine, Caesar / Atbash / "
      "Vigenère, Polybius, rail-fence, columnar, Josephus, boustrophedon, odd / even, fold, reversal, rotation, "
      "decimation, pair swap, numbered / index-tagged scatter, QWERTY one-key shift, MIDI notes, Chinese remainders, "
      "running differences, modular inverses, fractions of 128, prime factors, Cantor pairs, squares, products and "
      "sums, uuencode, Ascii85, Base58, Crockford Base32, Bubble Babble, proquints, combining marks, tags, "
      "variation selectors, zero-width characters, upside-down text, Morse, NATO, Braille, multi-tap, HTML / percent "
      "/ octal escapes, parenthesized / circled / squared / fullwidth / monospace / Greek / Cyrillic / mathematical "
      "look-alikes). Close relatives remain and a scorer may count them as the same idea: Thai and N'Ko digits next "
      "to the earlier digit blocks, counting rods, Greek alphabetic numerals and kanji numerals next to the earlier "
      "Roman / Hebrew / Armenian / Aegean numerals, Italian and Indonesian next to the earlier number-word "
      "languages, Base45 and the hexagram sextets next to the earlier byte notations (the hexagrams are Base64's "
      "6-bit grouping with another alphabet), bit reversal next to the nibble swap, the Hill cipher next to the "
      "affine cipher (it is its 2 × 2 matrix generalisation), decoy interleave and acrostic next to the earlier "
      "positional tricks, QWERTY coordinates and Dvorak-on-QWERTY next to the one-key QWERTY shift, regional "
      "indicators next to the earlier look-alike blocks, IPv4 quads and chess squares next to the earlier code "
      "disguises, and the four world disguises next to the earlier world disguises. The decoy interleave and the "
      "acrostic keep every character visible in order, so a scorer may find them the easiest.\n")

    # ------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    ncnt = collections.Counter(r["class"] for r in neg)
    for cname, kinds, desc in NE.CLASSES:
        a("| %s | %d | %s | %s |" % (bt(cname), ncnt[cname], ", ".join(bt(k.__name__) for k in kinds), desc))
    a("\nEach base kind appears plain and wrapped " + ", ".join(bt(w[0]) for w in NE.WRAPPERS[1:]) + ".\n")

    # ------------------------------------------------------------ checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one "
      "span per record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; "
      "each value occurs exactly once in its text and nowhere else in any text; no value reused; no positive value, "
      "Base64-hidden password or evasion plain in any negative; no Base64-hidden password or evasion plain visible "
      "in any text; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: the wide password regex for the six everyday password types and the five owner-chosen vendor "
      "types, the strict form for plain positional, Base64-hidden, prose and rink-office-PC evasion passwords (`ipo_` "
      "and `sbt-` plains by their own regexes); `ipt_` Luhn mod 36; `sbf_` 32 bytes; HS384 JWT; TOTP seed Base32 of "
      "20 bytes; Ed25519 PKCS#8 header and length; Fernet key 32 bytes; 120 vendor regexes plus the JSON / Base64 "
      "structure of the 1Password, Cloudflare tunnel, JFrog, Intercom and Azure storage values; coach roster "
      "columns 31–52; UUID-shaped substrings of every text are version 4; every JWT-shaped substring of a positive "
      "or evasion text has JSON header and payload and a signature length that fits its `alg`; negatives: VIN, "
      "IBAN, ISBN-13 and UPC-A check digits, and no world-word password form")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` "
      "and a newline and is followed by a newline and a remark; plain shape; the run never contains its plain and "
      "never equals it; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3, once "
      "per type and wording")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records")
    a("- deny-list: every container (positives, evasions, negatives – so every vendor style, password suffix, prose "
      "format and language code, evasion wording, negative base kind and wrapper inside it), span type, evasion "
      "encoding, negative class, spare kind, style, suffix, format, wording, wrapper, kept-out / set-aside syntax "
      "and not-coded vendor name is compared case-insensitively, whole name and each `__` part, with the frozen "
      "deny-list; positional syntaxes (span type without `%s`) also against the earlier syntax list; prose "
      "languages (from the record containers) and spares by code, name and name words; `brief_names.json` is "
      "compared with a fresh extraction when `/tmp/brief223/` exists" % C.PWPREFIX)
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct "
      "vendor types with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose "
      "records in 40 distinct languages; 66 evasions (22 × 3); positives 440–470; span types of the sources "
      "pairwise disjoint; non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(info["mutations"]), sum(1 for _, c in info["mutations"] if c), len(info["mutations"]),
        ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in info["mutations"])))

    # ------------------------------------------------------------ shapes
    a("## Shapes you had to guess\n")
    a("A few shapes were re-read this session in public rule text (see *Sources consulted*); every other shape "
      "comes from the builder's memory of public rule sets and vendor documentation and is marked below as "
      "believed or guessed (or invented, for this world's own formats). Nothing was copied; every value is "
      "generated.\n")

    def vdesc(v):
        n, spec, _c, nb = v
        s = "%s (%s" % (bt(n), VE.describe(spec))
        if nb:
            s += " – next to it: %s" % nb[0]
        return s + ")"
    conf = [v for v in VE.VENDORS if v[0] in VE.CONFIRMED]
    bel = [v for v in VE.VENDORS if v[2] == "B" and v[0] not in VE.CONFIRMED]
    gue = [v for v in VE.VENDORS if v[2] == "G"]
    own = [v for v in VE.VENDORS if v[2] == "O"]
    a("*Shape re-read in public rule text this session* (%d): %s.\n" % (len(conf), "; ".join(
        vdesc(v) + " – " + VE.CONFIRMED[v[0]] for v in conf)))
    a("*Believed right from background knowledge (not re-read this session)* (%d): %s.\n" % (
        len(bel), "; ".join(vdesc(v) for v in bel)))
    a("*Guessed (length and alphabet only; most rink, club, coaching, booking and small SaaS vendors publish no "
      "token format the builder knows, so these are recognisable from the key name only)* (%d): %s.\n" % (
          len(gue), "; ".join(vdesc(v) for v in gue)))
    a("*Owner-chosen passwords (the portal or console is unlocked with a password the club picked)* (%d): %s.\n" % (
        len(own), "; ".join(vdesc(v) for v in own)))
    a("Also invented or guessed: the everyday layouts `ipt_` (Luhn mod 36 over `[0-9A-Z]`, the algorithm as "
      "described for Luhn mod N) and `sbf_` are invented, as are the evasion prefixes `ipo_` / `sbt-`; the Fernet "
      "key, the RFC 4648 Base32 TOTP seed, the HS384 JWT and the Ed25519 PKCS#8 DER header "
      "(`302e020100300506032b657004220420`, remembered from RFC 8410, not re-checked against OpenSSL output) are "
      "real formats. The Intercom (`dG9rO…` = Base64 of `tok:`), JFrog (`cmVmdGtuOjAxOj…` = Base64 of "
      "`reftkn:01:`), Cloudflare tunnel (`{a, t, s}`) and 1Password (`ops_eyJ…`) inner layouts are reconstructed "
      "from memory; the 1Password JSON field set is approximate. The skate-rental CSV (`drawer_code`), curling-sheet "
      "TSV (`tablet`), resurfacer shift log (`console`), coach roster (fixed width, columns 31–52, header "
      "`LESSON KEY`), test-panel YAML rows, skate-school XML (`k` attribute), ice-plant HMI `[users]` line, PLC "
      "`$UNL*…#` serial frame and scoreboard `SBCP/1 LOGIN` datagram are invented formats of this world. Syntaxes "
      "are written from memory, not re-checked (among them `sqlcmd -P`, `cqlsh -p`, `lftp -u u,p`, `mount_smbfs`, "
      "`net use … SECRET /user:`, `PsExec -p`, `schtasks /rp`, `vmrun -gp`, `racadm -p`, `unrar x -p`, `sqlplus "
      "u/p@`, `rman target`, `db2 connect … using`, `vsql -w`, `mc alias set`, `htpasswd -b` / `-i`, "
      "`mosquitto_pub -P`, `etcdctl --user`, `ssh-keygen -N`, `doveadm pw -p`, `ConvertTo-SecureString`, "
      "`kinit`, `pass insert -e`, `secret-tool store`, `ansible-vault encrypt_string --stdin-name`, `kubectl … "
      "--from-file=k=/dev/stdin`, `systemd-creds encrypt`, `gcloud secrets versions add --data-file=-`, `sshpass -f "
      "<(…)`; the library positions; the file layouts (`rsyncd.secrets`, Postfix `sasl_passwd`, `ipsec.secrets`, "
      "`rocommunity`, Asterisk `register =>`, CUPS `DeviceURI`, davfs2 `secrets`, `.passwd-s3fs`, PgBouncer "
      "`userlist.txt`, espanso `replace:`); the protocol forms (HTTP Basic, IMAP `AUTHENTICATE PLAIN` continuation, "
      "Redis RESP, Quectel `AT+QICSGP`, Wireshark LDAP `simple:`, SIP request-URI userinfo); the UI calls and the "
      "SQL forms (`AES_ENCRYPT`, SQLCipher `PRAGMA key` / `ATTACH … KEY`, `OPENROWSET`, `sp_addlinkedsrvlogin`, "
      "ClickHouse `s3()`). Negatives: member, test, evaluator, gamesheet, referee and Modbus layouts are approximate; "
      "the PayPal SDK client-id length, the Mux playback-id length and the PostHog `phc_` length are guessed.\n")

    # ------------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (ice-time booking admin, curling league database, test-day portal, "
      "resurfacing log database, coach lesson scheduler, pro-shop POS) and six generated secrets (`ipt_` plant "
      "telemetry token, `sbf_` scoreboard-feed signing secret, HS384 skater-portal JWT, TOTP seed, Ed25519 PKCS#8 "
      "gate key, Fernet locker key). The TOTP seed is 32 bare upper-case Base32 characters and the Fernet key 44 "
      "bare urlsafe-Base64 characters – only the key name and context tell them apart from ids and digests; the "
      "gate key always starts `MC4CAQAwBQYDK2VwBCIEI` (the DER header), which a detector may learn as a prefix. "
      "Key names in everyday files say password / token / secret / jwt / seed / key – that is how such files look; "
      "the telling-key-free cases are in the positional source. The Fernet key (positive) and the Fernet tokens "
      "(negatives, `gAAAAA…`) are deliberately near each other: the key decrypts, the token is ciphertext.")
    a("- Vendor: many rink, club, coaching and small SaaS vendors publish no token format the builder knows, so "
      "their types are recognisable only from the key name – part of the test. Five vendor types carry "
      "owner-chosen passwords (US Figure Skating EMS, Skate Canada member portal, Daktronics Venus console, CIMCO "
      "remote monitoring, CurlingZone event admin). Whole URLs are labelled for the Slack and Google Chat webhooks "
      "(the URL is the credential; the Google Chat `key=AIza…` part is shared by every webhook and the `token=` part "
      "is the secret, but the URL is what leaks and works). Cloudinary: only the API secret is labelled, its 15-digit "
      "API key sits next to it unlabelled. Same-shape traps: the Google AI Studio key (positive) shares `AIza` + 35 "
      "with nothing in the negatives here but with the public Maps keys of earlier corpora; the Stripe `sk_live_51` "
      "positive and the `pk_live_51` negative share a frame; the Algolia search-only key and Sentry DSN key in the "
      "negatives are 32 hex like several labelled 32-hex secrets (OpenWeatherMap, Acuity, Jotform, Datadog, Twilio "
      "auth token, LINE, Facebook, Amplitude); RecDesk, Clover, Snyk and Scaleway secrets are bare UUIDv4s like the "
      "request ids in the negatives. Ids next to a secret (client ids, account SID, access key ids, store ids, app "
      "ids, user ids) stay unlabelled, most arguably the Twilio `AC` SID, the AWS `AKIA` id, the Scaleway `SCW` key "
      "and the Amplitude API key, which some detectors flag on their own. The KeePass export's `Password` field "
      "holds an API key for most vendor types – that is how people store API keys in password managers.")
    a("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-w`, `-gp`, `/rp`, glued `-p`, `u,p`, "
      "`u:p`, `u/p@`, URL userinfo, library call positions), unlocks or encrypts (`unrar -p`, `KeyStore.load`, "
      "`X509Certificate2`, SQLCipher, `AES_ENCRYPT`, `openssl_encrypt`, `ssh-keygen -N`), is stored or hashed for "
      "later use (`htpasswd`, `doveadm pw`, `bcrypt.hash`, `pass insert`, `secret-tool`, `ansible-vault "
      "encrypt_string`, `kubectl create secret`, `systemd-creds`, `gcloud secrets`), is a signing or derivation "
      "secret given as a literal (`hmac.new`, PyJWT, `hashlib.scrypt`, `pbkdf2Sync`, jose, cookie-signature, Iron, "
      "jjwt, `SymmetricSecurityKey`, golang-jwt, Rust `Hmac`, Dart `Hmac`, `Phoenix.Token`), is an SNMP community, "
      "IPsec PSK or APN secret, sits in a file by position, travels in a protocol exchange or is typed by UI "
      "automation (UI tests use neutral field ids `f2`, `Edit2`, coordinates). The two Base64 spans are the whole "
      "Base64 token, not the decoded password. MinIO root passwords are owner-chosen, so `mc alias set`, "
      ".passwd-s3fs and ClickHouse `s3()` carry the password form although they are S3 secret-key slots. Weakest "
      "kept cases, with a hint nearby: the headers of the invented files (`drawer_code`, `tablet`, `console`, "
      "`LESSON KEY`, `k`), `PSK` in ipsec.secrets, `rocommunity`, `KEY` in SQLCipher, `simple:` in the LDAP decode, "
      "`AUTH` in the RESP capture, the tool names `htpasswd`, `doveadm pw`, `pass`, `secret-tool` and the file name "
      "`sasl_passwd`, `.passwd-s3fs` (the value is still positional), `-AsPlainText` in PowerShell and "
      "`app.secureTextFields` in XCUITest. Syntaxes whose flag or function says pass / passwd / password / "
      "passphrase right before the value were not written (hence the set-aside list). `tmux send-keys`, `screen "
      "-X stuff`, `wtype`, `dotool` and `cliclick` are filed under gui (they type into a UI) though they run in a "
      "shell. Closest relatives of earlier syntaxes, kept because the tool, file or mechanism differs: `unrar x -p` "
      "(earlier `rar a -hp` and `7z -p`), `htpasswd` (earlier lighttpd / dovecot files), `kubectl` / `gcloud` stdin "
      "(earlier stdin pipes), `ldap3 Connection` (earlier ldapjs / go-ldap bind), `hmac.new` (earlier HMAC "
      "literals in other languages), HTTP Basic Base64 (earlier Docker `auth` Base64), IMAP `AUTHENTICATE PLAIN` "
      "(earlier SMTP `AUTH PLAIN` and XMPP SASL PLAIN).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence "
      "fair for French, Spanish, Catalan, Dutch, Swedish, Danish, Polish, Czech, Slovak, Croatian, Romanian, "
      "Ukrainian, Indonesian, Turkish; modest for Basque, Finnish, Estonian, Latvian, Lithuanian, Slovenian, "
      "Hungarian, Bulgarian, Macedonian, Belarusian, Greek, Azerbaijani, Persian, Urdu, Vietnamese, Swahili, Welsh, "
      "Irish, Maltese; low for Georgian, Armenian, Tamil, Telugu, Thai, Amharic, Somali. Loan words (PC, password, "
      "పాస్‌వర్డ్, پاس ورڈ) are kept as people use them. `lav` (Latvian), `est` (Estonian), `swa` (Swahili), `fas` "
      "(Persian), `aze` (Azerbaijani) are the macrolanguage codes; their individual languages are `lvs`, `ekk`, "
      "`swh`, `pes` and `azj`.")
    a("- Evasions: Thai and N'Ko digits are digit blocks (N'Ko is a right-to-left script: the digits are stored "
      "most significant first in logical order and may display mirrored); counting rods, Greek alphabetic numerals "
      "and kanji numerals are numeral notations; Italian and Indonesian words are spelled forms; Base45 and the "
      "hexagram sextets are byte notations (Base45 runs contain spaces and `$%*+-./:`, stored verbatim); bit-reversed "
      "bytes are a bit trick; IPv4 quads and chess squares are code disguises; decoy interleave and acrostic are "
      "positional tricks; QWERTY coordinates and Dvorak-on-QWERTY are keyboard tricks (Dvorak runs can hold `'`, "
      "`\"`, `;`, `,` and `[`); regional indicators are a look-alike block (a caret marks capitals; adjacent symbols "
      "are space-separated so that no pair renders as a flag); the Hill cipher is a real matrix cipher with the key "
      "in the text; element scores, ice temperatures, stone weights and flood litres are this world's disguises of "
      "code points.")
    a("- Negatives: member, test, draw, protocol, gamesheet, VIN, IBAN, ISBN, UPC, Modbus and playback values are "
      "identifiers or public data (the check-digit ones carry real check digits); Stripe `pk_live_`, the PayPal SDK "
      "client-id, the Sentry DSN public key, the Algolia search-only key, Mapbox `pk.`, the Google OAuth client id "
      "and PostHog `phc_` are public by design; the templates use the real everyday key names with `changeme`, "
      "empty, all-x, `<…>` and `${…:?…}` placeholders, a truncated `MC4CAQAwBQYDK2VwBCIEI...` and "
      "`eyJhbGciOiJIUzM4NCJ9...`, and the widely published authenticator documentation seed `JBSWY3DPEHPK3PXP` "
      "(a published example, 16 characters, not 32 – the most arguable negative); `***`, `ipt_****` + 4 hex, "
      "`[REDACTED]`, `[MASKED]` and bullets carry no value; ARNs, `{{resolve:ssm-secure:…}}`, `op://`, "
      "`${{ secrets.* }}`, `vault kv get` and `gcp-secret://` are pointers; bcrypt and argon2id strings are one-way "
      "hashes (the column is called `password_hash`, a trap); SSH public keys, fingerprints and certificates are "
      "public; Fernet tokens and JWEs are ciphertext; SHA-256 / SHA-1 sums are public digests. Random fillers are "
      "generated, so an entropy-only detector will hit them – that is the point.\n")

    # ------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief223/` (p218 and p220), for format and coverage only. The detector was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no "
      "other `/tmp` directory except `/tmp/scratch223/` was looked at.")
    a("- External (read for token shape only, through the session's search tools; no value copied): public "
      "secret-scanner rule texts found by exact-string and semantic code search – a Betterleaks-style Go rule for "
      "CircleCI `CCIPAT_`, gitleaks-derived rule lists (Airtable `pat…`, 1Password `ops_eyJ…`, GitLab `glpat-`), "
      "several scanners' LangSmith `lsv2_` and Perplexity `pplx-` patterns, a scanner comment on Honeycomb `hcaik_` "
      "keys, a public regex list (Mailchimp, Mailgun `key-`, Braintree, Square `sq0csp-`, Slack webhook, "
      "Cloudinary URL, Facebook secret) and a public test-data generator (GitHub `github_pat_` 22 + 59). Vendor "
      "documentation pages were not opened. Python's standard library (`hashlib`, `hmac`, `base64`, `json`) "
      "computes the digests, HMACs and encodings of generated values; `unicodedata` was used only while writing, "
      "to confirm code-point names.\n")
    return "\n".join(L)
