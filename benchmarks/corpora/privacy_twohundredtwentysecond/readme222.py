"""Renders README.md from a generation (deterministic, no clock)."""
from collections import Counter

import common222 as C
import enc222
import everyday222 as E
import evasions222 as EV
import negatives222 as N
import positional222 as P
import prose222 as PR
import vendor222 as VN


def bt(x):
    return "`%s`" % x


def render(g, muts, deny_note):
    S, EVS, NEG = g["secrets"], g["evasions"], g["negatives"]
    deny = g["deny"]
    src = Counter(r["source"] for r in S)
    where = Counter(s[1] for s in P.SYNTAXES)
    L = []
    a = L.append
    a("# privacy_twohundredtwentysecond (p222) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**locksmiths**: locksmiths, key cutters and safe engineers – the key-cutting counter POS (Django, .NET), key-code "
      "(bitting) lookups with Damm-checked `kcl_` keys (FastAPI, Symfony), safe-engineer service records (Laravel, Rails) "
      "and MOD 37,36-checked `saw_` safe-audit webhook secrets (Elixir, Spring, Ktor), master-key charts (Electron, Qt), "
      "van stock of blanks and cylinders (Flutter, Android, Expo), emergency lock-out dispatch (Go, Node, Fastify) with "
      "HS384 call-out JWTs, access-control commissioning (Home Assistant, PowerShell), smart-lock bridges (ESP-IDF, "
      "Zigbee2MQTT, Node-RED) with CRC-16-tailed `slb_` tokens, PASERK `k4.local` audit keys and WireGuard keys of the van "
      "routers; the vendors of the trade (Seam, Nuki, igloohome, Tedee, Salto KS, Kisi, Paxton Net2, Avigilon Alta, "
      "Hik-Connect, Ajax, Genetec, Instacode, Smart Pro, Xhorse, the MLA portal, Silca, Fergus, Commusoft, Joblogic, "
      "BigChange, Workiz, Trustpilot, Reviews.io, OS Data Hub, what3words, DVLA, Vehicle Data Global); plus the commerce, "
      "messaging, AI, developer and ops services such developers use (Stripe, Square, SumUp, GoCardless, Xero, QuickBooks, "
      "Sage, Checkout.com, Shopify, BigCommerce, Etsy, eBay, Amazon SP-API, Royal Mail, ShipStation, Sendcloud, Twilio, "
      "MessageBird, Telnyx, Infobip, Brevo, Mailgun, Resend, Mailchimp, Amazon SES, Slack, Telegram, Discord, Zendesk, "
      "Freshdesk, Intercom, Aircall, RingCentral, Pushover, OpenAI, Anthropic, Gemini, Groq, Hugging Face, Replicate, "
      "Perplexity, Together, Pinecone, Voyage, Stability, LangSmith, Weights & Biases, Tavily, Firecrawl, GitHub, GitLab, "
      "Bitbucket, npm, NuGet, Heroku, Render, Fly.io, DigitalOcean, Cloudflare, Sentry, Datadog, Opsgenie, Better Stack, "
      "Doppler, 1Password, Infisical, Pulumi, Snyk, SonarCloud, Codecov, CircleCI, Buildkite, Supabase, PlanetScale, "
      "MongoDB Atlas, Algolia, Contentful, Google OAuth, Entra ID, Azure Storage, Notion, Airtable, HubSpot, Tailscale, "
      "UptimeRobot, Home Assistant, Keeper, PostHog, IDrive e2); with hard negatives from the same world (key codes and "
      "bitting, BS 3621 / TS 007 / kitemark numbers, safe grades and lock-body serials, VINs with real check digits, "
      "transponder UIDs, GTIN-14 carton codes with real GS1 digits, publishable keys, `.env.example` placeholders, "
      "redacted logs, secret-store paths, bcrypt / yescrypt hashes, Ansible Vault ciphertext, SSH and WireGuard public "
      "keys, PASERK public keys and key ids, UUIDs, certificate thumbprints, company / EORI numbers, firmware digests). "
      "Everything is produced by `build.py` and its modules (`common222.py`, `everyday222.py`, `vendor222.py`, "
      "`positional222.py`, `prose222.py`, `enc222.py`, `dec222.py`, `evasions222.py`, `negatives222.py`, `checks222.py`, "
      "`readme222.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds "
      "(%d everyday values, %d everyday pairing, %d vendor, %d positional, %d prose, %d evasions, %d negatives), no clock, "
      "no network. `python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three "
      "JSONL files, runs every check and %d mutation tests, renders this README from both generations and compares it, "
      "and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief222/`.\n"
      % (E.SEED_VALUES, E.SEED_PAIRING, VN.SEED, P.SEED, PR.SEED, EV.SEED, N.SEED, len(muts)))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredtwentysecond/`) was created (with `mkdir -p`) and written; the only listings "
      "made there were `ls -la` of this output directory itself (once right after creating it, when it printed only `.` "
      "and `..`, and once after the final build to see the written files; the `..` line shows the parent's link count "
      "and nothing of its contents); the parent was never listed, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only "
      "project material read were the two READMEs in `/tmp/brief222/` (`README_twohundrednineteenth.md`, p219, tree-surgeon "
      "/ arborist / firewood developers; `README_twohundredtwentieth.md`, p220, karting / paintball / laser-tag venue "
      "developers), used only to learn the file format and what is already covered. No other `/tmp` directory was looked "
      "at except the scratch directory `/tmp/scratch222/` (the earlier syntax names pulled out of the two READMEs, an "
      "extracted copy of the public gitleaks rule file, encoder / decoder round-trip runs and trial builds). The deny-list "
      "(`common222.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, "
      "lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix "
      "stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches a few non-language pairs, "
      "which only makes the list stricter) and the names and name words of those pairs (%d, with harmless noise). It is "
      "frozen in `brief_names.json`; when `/tmp/brief222/` exists the build re-extracts it and fails if it differs (this "
      "build: %s). Encodings, negative ideas, syntaxes and languages that the two READMEs name only in prose were avoided "
      "by hand as well. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, "
      "languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_note))

    # ---------------------------------------------------------------- files
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(S), len(S), len(set(r["type"] for r in S)), len(set(r["container"] for r in S)), src["everyday"],
         src["vendor"], src["password"], src["prose"], src["prose"]))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(EVS), len(EVS), len(set(r["type"] for r in EVS)),
                                                                      len(set(r["container"] for r in EVS)), len(enc222.ENCODINGS)))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(NEG), len(set(n["container"] for n in NEG)),
                                                             len(set(n["class"] for n in NEG))))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p222-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, "
      "`password`, `prose`). Evasions (`p222-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, "
      "`secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives "
      "(`p222-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written "
      "down and unused: `%s`). Vendor 120 (%d candidates written; set aside: %s). Positional passwords %d (one record per "
      "syntax; by where the text lives: %s; %d more ideas written down and set aside: %s). Prose 40 in 40 languages "
      "(spares written and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. "
      "Positives total %d (asked: about 450; the positional source sits at the top of its 95–120 range). Strings drawn "
      "through the registry (values, vendor neighbours, evasion plains and runs): %d.\n"
      % (E.SPARE_KIND[0], len(VN.VENDORS), "; ".join("%s (%s)" % (bt(k), v) for k, v in VN.SET_ASIDE.items()),
         src["password"], ", ".join("%s %d" % (k, v) for k, v in where.items()), len(P.SET_ASIDE),
         "; ".join("%s (%s)" % (bt(k), v) for k, v in P.SET_ASIDE.items()),
         ", ".join("%s (%s)" % (bt(c), n) for c, n in PR.SPARES), len(NEG), len(N.CLASSES), len(S), g["registry_size"]))

    # ---------------------------------------------------------------- conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a Slack DM, an e-mail to a "
      "contractor, a key-tag photo OCR, a Trello comment, an Excel CSV export, a Notion export, fish and PSReadLine "
      "history, `fly secrets set`, `heroku config:set`, `gcloud secrets create`, a KeePass CSV export) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s; %d in all; capitalised with probability 0.4) + one of "
      "`- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only "
      "`- _ .`). The build checks `%s` for the six everyday password types and the six owner-chosen vendor passwords, "
      "and the strict `%s` for every plain positional value, every password hidden inside a Base64 positional value, "
      "every prose value and every workshop-PC evasion plain."
      % (", ".join(C.LOCK_WORDS[:40]) + ", …", len(C.LOCK_WORDS), C.PW_RE.pattern, C.PW_STRICT_RE.pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in "
      "no negative; no evasion plain and no Base64-hidden password appears in any text or negative. Values, vendor "
      "neighbours, evasion plains and runs are drawn through one registry that refuses repeats and any string in a "
      "substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any labelled value, "
      "hidden password or evasion plain or run.")
    a("- Structured values are valid: every UUID-shaped substring of every text is version 4 (checked); every JWT-shaped "
      "substring of a positive or evasion text has base64url JSON header and payload and a signature length that fits its "
      "`alg` (checked): the call-out session token is a real HS384 JWT and the Home Assistant token a real HS256 JWT "
      "(HMACs under discarded keys). `kcl_` keys carry a real Damm check digit over their 9-digit dealer number, `slb_` "
      "tokens end in the real CRC-16/CCITT-FALSE of their body, `saw_` secrets end in a real ISO 7064 MOD 37,36 check "
      "character, PASERK `k4.local.` keys decode to 32 bytes, WireGuard private keys are 32 bytes with Curve25519 "
      "clamping (all checked). Vendor frames: the 1Password service-account token and the Cloudflare tunnel token are "
      "Base64 of real JSON, the Amazon SES SMTP password is Base64 of version byte 0x04 + 32 bytes, the Discord bot "
      "token starts with base64url of a real 18-digit snowflake (checked); all 120 vendor values are checked against a "
      "regular expression derived from their generator. The HTTP Basic and SMTP AUTH PLAIN spans are Base64 of "
      "`user:password` / NUL user NUL password with a strict-form password (checked); the van-stock terminal file puts the "
      "value in columns 33–52 and the Redis RESP capture gives the right `$n` length (checked). Negatives: VINs carry the "
      "real check digit, GTIN-14s real GS1 check digits, `ssh-ed25519` keys a real wire-format blob and real SHA256 "
      "fingerprints (checked); bcrypt, yescrypt, Ansible Vault and thumbprint bodies are random bytes in the right frame.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.lockshop.lan`, `*.lockshop.example`, "
      "`*.harbourside-locks.example`, private addresses), key names, and ids written next to a vendor secret (%s) and the "
      "user half of a user / password pair."
      % "; ".join("%s: %s" % (v[0], v[3][0]) for v in VN.used_vendors() if v[3]))
    a("- Vendor containers are `<type>__<style>`; styles (%d, assigned cyclically): %s. Key names are the type name in the "
      "style's case; in the KeePass export the key name is the `Title`, the neighbour (or `api`) sits in `Username`, the "
      "secret in `Password`." % (len(VN.STYLES), ", ".join("%s (%s)" % (bt(s), c) for s, c in VN.STYLES)))
    a("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the "
      "text lives: %s." % (P.PREFIX, P.PREFIX, ", ".join("%s (%s)" % (bt(v), k) for k, v in P.SUFFIX.items())))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside "
      "its own run, if the run equals the plain, if the run would start or end with whitespace or if the registry refuses "
      "plain or run.\n")

    # ---------------------------------------------------------------- categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t[0]), t[3]) for t in E.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(k[0]), k[1]) for k in E.KINDS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the "
      "12 types and deals four consecutive types to each kind, so every kind holds four different types and every type "
      "sits in exactly 15 records (checked); secrets therefore also land in implausible places (a WireGuard key in a "
      "Django settings file, a call-out JWT on a key-tag photo). Key names are the type's words in the container's own "
      "case style: upper (with `CONFIG_` in sdkconfig, `export` / `set -gx` / `$env:` in shells), snake, camel, pascal, "
      "kebab (Spring YAML), dot (with `vanstock.` / `app.` prefixes), spaced (chats, e-mails, comments) and title (OCR, "
      "CSV cells, Notion).\n" % E.SEED_PAIRING)
    a("Vendor (120 types, container `<type>__<style>`): " + ", ".join(bt(v[0]) for v in VN.used_vendors()) + ".\n")
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`): " % (len(P.SYNTAXES), P.PREFIX)
      + "; ".join("%s (%s, %s)" % (bt(P.PREFIX + s[0]), s[1], s[4]) for s in P.SYNTAXES) + ".\n")
    a("Prose: someone tells a colleague the password of the shop PC and asks them not to pass it on; span type `%s`; "
      "container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among the "
      "languages of either README (checked: code against the codes and all deny-listed names; name and each name word "
      "against the language names); Swahili, French, Latin, Czech, Polish, Danish and Portuguese were also avoided "
      "because the READMEs name them for number words. Scripts: %s. Thai and Lao do not separate words, so the value got "
      "spaces around it; Arabic, Persian and Urdu are right-to-left with the Latin value embedded; Persian, Urdu and "
      "Amharic put the copula after the value (after a space); every value is set off by whitespace on both sides "
      "(checked).\n"
      % (PR.TYPE, ", ".join(bt(f) for f in PR.FORMATS), ", ".join("%s (%s)" % (bt(c), n) for c, n, _, _ in PR.LANGS),
         ", ".join(sorted(set(s for _, _, s, _ in PR.LANGS)))))

    # ---------------------------------------------------------------- evasions
    a("## Evasion encodings\n")
    a("; ".join("%s = \"%s\"" % (bt(e), enc222.RULES[e][0]) for e in enc222.ENCODINGS) + ".\n")
    a("Families: " + "; ".join("%s: %s" % (enc222.RULES[e][1], bt(e)) for e in enc222.ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("%s (%s)" % (bt(t), d) for t, _, d in EV.TYPES) + "; wordings: "
      + ", ".join(bt(w) for w in EV.WORDINGS) + " (container `<encoding>__<wording>`; encoding i and type j take wording "
      "(i + j) mod 3, so each encoding appears once per type and once per wording).\n")
    a("Encoders are in `enc222.enc` (the rng only adds noise the decoder ignores: which of several equal letters the book "
      "cipher points at, turn counts and directions on the safe dial, blank names, lever numbers, how a cylinder is split "
      "into A/B halves, blank-number letters and till item names); the decoder `dec222.decode` gets only the encoding name "
      "and the run and is written separately, importing nothing from the encoder and no `base64`, `binascii` or `codecs`, "
      "with every table retyped: Gaussian-integer evaluation for the two complex bases (rejecting a non-zero imaginary "
      "part), daxie and Tamil multiplier parsers, a Turkish word-value parser, the inverse Hill matrix (det 11, inverse "
      "via `pow(11, -1, 67)`), an inverse Burrows-Wheeler walk, a Base45 reader that rejects values over 65535, a Bech32m "
      "reader that verifies the checksum constant 0x2bc830a3 and the zero padding, the RSA private exponent 107, °F to °C "
      "arithmetic that rejects non-whole results, month offsets, a QWERTY-to-Dvorak back-table, keycap stripping, the "
      "pangram letter list, a segment-set table, and regular expressions plus arithmetic for the six locksmith disguises. "
      "Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing "
      "(0 failures); the Base45 encoder reproduces the RFC 9285 vectors (`AB` → `BB8`, `Hello!!` → `%69 VD92EX0`, "
      "`ietf!` → `QED8WEX0`) and the Bech32m decoder accepts the BIP-350 vector `a1lqfn3a`; at build time every span is "
      "decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every base, digit block, number-word "
      "language, look-alike block, cipher, byte notation, positional trick and world disguise named there (negadecimal, "
      "negabinary, bijective base 26, bases 3–15 / 20 / 36 / 60, factorial, primorial, Zeckendorf, Gray, BCD, XOR and "
      "nibble tricks, octal / percent / HTML escapes, Ol Chiki, Mongolian, Tibetan, Kayah Li, Suzhou, Balinese, Osmanya, "
      "Adlam, Javanese and Lao digits, Egyptian, Aegean, Roman, Hebrew and Armenian numerals, I Ching hexagrams, Ogham, "
      "superscripts, Esperanto, Swahili, French, Latin, Czech, Portuguese, Polish and Danish number words, Bacon, Polybius, "
      "rail fence, columnar, affine, keyword, Caesar / Atbash / Vigenère, QWERTY shift, MIDI notes, prime indices, modular "
      "inverses, delta coding, move-to-front, pair swap, index-tagged shuffles, uuencode, Ascii85, Base58, Crockford "
      "Base32, Bubble Babble, proquints, combining long stroke and dot below, Morse, radio alphabets, Braille, multi-tap, "
      "zero-width, tag and variation-selector tricks). Close relatives remain and a scorer may count them as the same "
      "idea: the two complex bases next to the earlier negative bases, daxie and Tamil numerals next to the earlier "
      "numeral notations and digit blocks, Turkish next to the earlier number-word languages, the Hill cipher next to "
      "affine (a 2×2 matrix instead of one multiplier), the Burrows-Wheeler transform next to move-to-front (they are "
      "usually chained), Base45 and Bech32m next to the earlier byte notations (Bech32m also appears, as a format, in the "
      "earlier age identities), toy RSA next to the modular inverse, the keycap digits next to the combining-mark "
      "overlays, the Dvorak layout next to the QWERTY shift, the book cipher next to the acrostic codebook, the seven-"
      "segment patterns next to other digit spellings, and the six locksmith disguises (dial offset, bitting +111, step "
      "height ×20, cylinder halves that sum, blank number −300, price −250) next to the earlier world disguises. The "
      "Dvorak form leaves `a`, `m` and digits unchanged, and the book cipher leaves digits and `_ . -` readable, so a "
      "scorer may find them the easiest.\n")

    # ---------------------------------------------------------------- negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    cc = Counter(n["class"] for n in NEG)
    for cls, desc, f1, f2 in N.CLASSES:
        a("| %s | %d | %s, %s | %s |" % (bt(cls), cc[cls], bt(f1.__name__[2:]), bt(f2.__name__[2:]), desc))
    a("\nEach base kind appears plain and wrapped " + ", ".join(bt(w) for w in N.WRAPPERS if w) + ".\n")

    # ---------------------------------------------------------------- checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span "
      "per record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value "
      "occurs exactly once in its text; no value reused; no value in another record's text or in any negative; no "
      "evasion plain or Base64-hidden password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose "
      "values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and owner-chosen vendor password types, the strict form for "
      "plain positional, Base64-hidden, prose and workshop-PC evasion passwords (`tlo_` and `kcm-` plains by their own "
      "regexes); `kcl_` Damm digit; `slb_` CRC-16/CCITT-FALSE; `saw_` MOD 37,36; HS384 call-out JWT; PASERK 32 bytes; "
      "WireGuard clamping; 120 vendor regexes plus the JSON frames of the 1Password and Cloudflare tunnel tokens, the SES "
      "version byte, the Discord snowflake and the Home Assistant JWT; Base64 positional spans decode to `user:password` "
      "or NUL user NUL password; van-stock fixed-width columns and the RESP length; UUID-shaped substrings of every text "
      "are version 4; every JWT-shaped substring of a positive or evasion text has JSON header and payload and a signature "
      "length that fits its `alg`; VIN and GTIN-14 check digits and the `ssh-ed25519` blob frame in the negatives")
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
      "frozen deny-list; positional syntaxes (span type without `%s`) and the set-aside syntaxes also against the earlier "
      "syntax list; prose languages (taken from the record containers) and spares by code, name and name words; "
      "`brief_names.json` is compared with a fresh extraction when `/tmp/brief222/` exists" % P.PREFIX)
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor "
      "types with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in "
      "40 distinct languages; 66 evasions (22 × 3); positives 440–470; span types of the sources pairwise disjoint; "
      "non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n"
      % (len(muts), sum(c for _, c in muts), len(muts),
         ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in muts)))

    # ---------------------------------------------------------------- shapes
    a("## Shapes you had to guess\n")
    groups = [("read", "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, "
               "`config/gitleaks.toml`; nothing copied; every value generated; where the rule gives only a prefix or a "
               "length range, the exact length is mine)"),
              ("believed", "Believed right from background knowledge of public rule sets and vendor docs (not re-read "
               "this session)"),
              ("guessed", "Guessed (length and alphabet only; most locksmith, access-control, trade-software, review and "
               "vehicle-data vendors publish no token format the builder knows, so these are recognisable from the key "
               "name only)"),
              ("owner", "Owner-chosen passwords (the portal is unlocked with a password the business picked)")]
    for conf, head in groups:
        vs = [v for v in VN.used_vendors() if v[1] == conf]
        a("%s (%d): %s.\n" % (head, len(vs), "; ".join(
            "%s (%s%s)" % (bt(v[0]), VN.desc_parts(v[2]), (" – next to it: " + v[3][0]) if v[3] else "") for v in vs)))
    a("Also invented or guessed: the everyday layouts `kcl_` (Damm digit), `slb_` (CRC-16 tail) and `saw_` (MOD 37,36) "
      "and the evasion prefixes `tlo_` / `kcm-` are invented; the HS384 call-out JWT, the PASERK `k4.local` key and the "
      "WireGuard key follow public formats for invented uses. The key-cabinet CSV (third column `cabinet`), safe-engineer "
      "pipe roster (`console` field), van-stock terminal fixed-width file (columns 33–52, header `TERMINAL`), till-operator "
      "TSV (`drawer` column) and call-out rota JSON rows are invented formats of this world. Syntaxes written from memory, "
      "not re-checked against manuals (notably `net use` positional password, `schtasks /rp`, PsExec, `qpdf --encrypt`, "
      "`lftp -u u,p`, `ipmitool -P`, `sqlcmd -P`, `security unlock-keychain -p`, `networksetup -setairportnetwork`, "
      "`ccrypt -K`, `etcdctl --user`, `mc alias set`, `jenkins-cli -auth`, `hdiutil -stdinpass`, `pass insert -m`, "
      "`keyring set`, `openssl pkcs12 -passin stdin`, `3GPP AT+CGAUTH` argument order (SIMCom modules put the password "
      "before the user), `db2 CONNECT … USING`, SQLCipher `ATTACH … KEY`, `OPENROWSET` semicolon triple, "
      "`sp_addlinkedsrvlogin` argument order, Ruby `PG.connect` seven positionals, pycryptodome `PBKDF2`, "
      "`win32security.LogonUser`, espresso / XCUITest / pywinauto calls, Robot Framework `Input Text`). Evasion rules: "
      "the Tamil ௰ / ௱ usage, the daxie forms (壹佰零伍 for 105), the Turkish number words and the keycap code point "
      "U+20E3 are from memory and checked only by round trip; the Dvorak rows are the standard US Dvorak layout as "
      "remembered. Negatives: kitemark, EORI / MRN and transponder readout layouts are approximate; bcrypt, yescrypt, "
      "Ansible Vault, thumbprint and digest bodies are random bytes in the right frame, not hashes or ciphertexts of "
      "anything; PASERK `k4.pid` / `k4.lid` ids are random 33 bytes.\n")

    # ---------------------------------------------------------------- judgement
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (key-cutting POS admin, safe-engineer service records, master-key chart "
      "store, van stock tracker, lock-out dispatch console, access-control installer console) and six generated secrets "
      "(`kcl_` key-code lookup key, `slb_` smart-lock bridge token, `saw_` safe-audit webhook secret, HS384 call-out JWT, "
      "PASERK `k4.local` audit key, WireGuard van-router private key). Key names in everyday files say password / key / "
      "token / secret / jwt – that is how such files look; the telling-key-free cases are in the positional source. The "
      "WireGuard private key (positive) and the WireGuard public keys of the negatives share the exact shape (44 Base64 "
      "characters ending `=`); only the key name (`PrivateKey` vs `PublicKey` / `public key:`) tells them apart – the "
      "most arguable negative class. Likewise PASERK `k4.local.` (positive) vs `k4.public.` / `k4.pid.` / `k4.lid.` "
      "(negatives).")
    a("- Vendor: many locksmith, access-control, trade-software and vehicle-data vendors publish no token format the "
      "builder knows, so their types are recognisable only from the key name – part of the test. Six vendor types carry "
      "owner-chosen passwords (Genetec Web SDK user, Instacode, Smart Pro, Xhorse, MLA member portal, Silca key-code "
      "portal). Same-shape traps: the Gemini `AIza` key (positive) and the referrer-locked browser `AIza` key (negative); "
      "the Stripe `sk_live_51` key next to the publishable `pk_live_51`; Paxton, BigChange, Royal Mail, Opsgenie, Snyk, "
      "Codecov and MongoDB Atlas secrets are bare UUIDv4s while the negatives hold UUIDv4 job, request and idempotency "
      "ids; many 32/40/64-hex secrets (Nuki, Kisi, Hik-Connect, Twilio auth token, ShipStation, Sendcloud, Datadog, "
      "Algolia, Together, W&B) look like the lock-body serials, thumbprints, build ids and digests of the negatives. The "
      "Slack incoming-webhook URL is labelled whole (the URL is the credential). Ids next to a secret (Twilio `AC` sid, "
      "Square `sq0idp-` id, Xero / Google / Entra / Salto / Paxton client ids, the SES `AKIA` user name, Trustpilot and "
      "ShipStation API keys, the Pushover user key, the Algolia app id, the Atlas public key, the storage account name, "
      "the e2 access key id) stay unlabelled as the public half of a pair (arguable: some vendors call them keys).")
    a("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-w`, `-a`, `/rp`, `-K`, `-k`, `-N`; pairs "
      "`user%%secret`, `user,secret`, `user:secret`, `user/secret@`; positionals of `net use`, `net user`, `rabbitmqctl`, "
      "`htpasswd -b`, `wpa_passphrase`, `networksetup`, `mc alias set`), unlocks or creates an encrypted thing (zip / "
      "unzip, qpdf, openssl enc, ccrypt, gpg, zfs, hdiutil, keychains, PKCS#12, PFX, KeyStore, encrypted PEM, SQLCipher), "
      "derives or signs with a literal (HMAC, JWT, HKDF, PBKDF2, bcrypt, `openssl passwd`, `AES_ENCRYPT`, pgcrypto "
      "`hmac`), stores a secret (docker secret, gcloud secrets, pass, ansible-vault, keyring, Express basic-auth map), is "
      "a Wi-Fi or IPsec key, sits in a file by position, travels in a protocol exchange or is typed by automation (UI "
      "tests use neutral field ids `f1` / `f2`, `Edit2`). Weakest kept cases, with a hint nearby: the `--passwd-on-stdin`, "
      "`-stdinpass`, `--passphrase-fd` and `-passin stdin` flags of the stdin forms (the value is in the pipe, not after "
      "the flag), the XCUITest `secureTextFields` query, the expect prompt `assword:`, the chap-secrets comment header "
      "`secret`, ipsec.secrets `PSK`, the `cabinet` / `console` / `TERMINAL` / `drawer` headers of the invented files, "
      "the `Authorization: Basic` header (span is the whole Base64 token), and `ConvertTo-SecureString`. Syntaxes whose "
      "flag or function name says pass / password / pw right before the value (`--password`, `-pw`, `setPassword`, "
      "`username_pw_set`, `hashpw`, `IDENTIFIED BY`, `PASS`, `passcode:`, `password=`) were not written. Closest "
      "relatives of earlier syntaxes, kept because the tool or mechanism differs: smbclient (earlier smbget / rpcclient), "
      "mosquitto_pub (earlier MQTTX), sqlplus (earlier the JDBC thin slash pair), jenkins-cli `-auth` (earlier lynx "
      "`-auth=`), `htpasswd -i` (earlier other stdin pipes), SMTP AUTH PLAIN (earlier SMTP AUTH LOGIN and XMPP SASL "
      "PLAIN), the RESP capture (earlier the Redis MONITOR line), `AT+CWJAP` (earlier `AT+CWSAP`), `.pgpass` and the mail "
      "relay files (earlier `.git-credentials`, pap-secrets), the HMAC / JWT literals in Python, C#, Go and PHP (earlier "
      "Node, Ruby and Erlang ones). %d further ideas were written down and set aside (listed under Scale)." % len(P.SET_ASIDE))
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "%s; modest for %s; low for %s. Loan words (password in Tagalog and Maltese, పాస్‌వర్డ్ in Telugu, پاس ورڈ in "
      "Urdu) are kept as people use them. `lvs` is Standard Latvian, `als` Tosk Albanian, `azj` North Azerbaijani, "
      "`arb` Standard Arabic and `pes` Iranian Persian – the individual languages behind macrolanguages."
      % tuple(", ".join(dict((c, n) for c, n, _, _ in PR.LANGS)[x] for x in PR.CONFIDENCE[k]) for k in ("fair", "modest", "low")))
    a("- Evasions: quater-imaginary and twindragon are complex-base numeral systems (for whole numbers quater-imaginary "
      "is negaquaternary with zeros interleaved – a relative of the earlier negative bases); daxie and Tamil numerals are "
      "multiplicative-additive notations; Turkish is a spelled form; Hill is a block cipher; Burrows-Wheeler is a "
      "reversible transform (the run is a permutation of the plain's characters, so a character-bag detector could still "
      "see it); Base45 and Bech32m are byte notations (Base45 runs may contain inner spaces); toy RSA, °F conversion and "
      "day-of-year dates are arithmetic disguises; Dvorak is a layout substitution; keycaps are a combining-mark digit "
      "form; the book cipher is a codebook over a public phrase; seven-segment patterns are a display spelling; the six "
      "locksmith disguises dress character codes as safe-dial turns, bitting depths, lever step heights, euro-cylinder "
      "sizes, blank numbers and till prices. Novelty was checked by name against both READMEs and by notion against the "
      "encodings they name in prose.")
    a("- Negatives: key codes, bitting, blank and kitemark numbers, safe and lock serials, VINs, chip UIDs, GTIN-14s, "
      "company / EORI numbers and MRNs are identifiers (the check-digit ones carry real check digits; 16- and 12-hex lock "
      "serials, 8-hex chip UIDs, 40-hex build ids and SHA-1 thumbprints look like keys); Stripe `pk_live_51`, the browser "
      "`AIza` key and Mapbox `pk.` are public by design; `.env.example` lines with real key names and `changeme`, "
      "`<your key>`, `xxxx…` and `kcl_<dealer><check>_<key>` are placeholders; `********`, `[REDACTED]`, `***`, "
      "`sk_live_****` + 4 and `kcl_…` carry no value; ExternalSecret refs, SSM names, `op://` and GCP paths are pointers; "
      "`$ANSIBLE_VAULT` bodies are ciphertext; bcrypt and yescrypt strings are one-way hashes (the column is called "
      "`password_hash`, the file is `/etc/shadow` – a trap); SSH, WireGuard and PASERK public keys are public; UUIDs, "
      "thumbprints and digests are public. Each negative text may sit inside a Teams thread, a helpdesk ticket, an "
      "e-mail chain or a forum post whose surrounding words say it is safe. Random fillers are generated, so an "
      "entropy-only detector will hit them – that is the point.\n")

    # ---------------------------------------------------------------- sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief222/` (p219 and p220), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch222/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its "
      "own mirror directory and extracted with `git show` into `/tmp/scratch222/`), read for the rules behind every "
      "vendor type marked *read this session* above (OpenAI `sk-proj-` with `T3BlbkFJ`, Anthropic `sk-ant-api03-`, GCP "
      "`AIza`, Hugging Face `hf_`, Perplexity `pplx-`, npm `npm_`, GitHub `ghp_` / `gho_`, GitLab `glpat-`, DigitalOcean "
      "`dop_v1_`, Brevo `xkeysib-`, Mailgun `key-`, Mailchimp `-usNN`, Telegram bot tokens, Slack `xoxb-` and webhook "
      "URLs, Shopify `shpat_`, GoCardless `live_`, MessageBird, Etsy, Zendesk, Heroku `HRKU-AA`, Fly.io `fo1_`, "
      "Cloudflare, Sentry `sntryu_`, Pulumi `pul-`, Snyk, Sonar `squ_`, PlanetScale `pscale_pw_`, Algolia, Entra ID "
      "`Q~` secrets, Airtable `pat`, 1Password `ops_eyJ`). Betterleaks, Kingfisher, CredSweeper and vendor documentation "
      "were not opened this session; the remaining shapes come from the builder's memory and are marked above as "
      "believed or guessed.")
    return "\n".join(L) + "\n"
