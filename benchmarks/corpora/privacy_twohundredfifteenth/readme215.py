"""Renders README.md from the generated data (no clock, deterministic)."""
from collections import Counter

import everyday215 as ED
import vendor215 as VD
import positional215 as PO
import prose215 as PR
import enc215 as EN
import evasions215 as EV
import negatives215 as NG


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(pos, ev, neg, deny, meta, mutation_results, deny_status):
    src = Counter(r["source"] for r in pos)
    L = []
    a = L.append
    a("# privacy_twohundredfifteenth (p215) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**upholstery, furniture-restoration and antique-dealer developers**: upholstery job sheets and fabric samples (Laravel, Rails, "
      "Django, FastAPI, Prisma and Sequelize job and swatch stores, a fabric-stock spreadsheet export), restoration condition reports "
      "and photos (Nuxt and Spring Boot report portals, Kotlin and Flutter photo apps, a `rps_` photo-store key with a real Fletcher-16 "
      "tail, perceptual photo hashes as negatives), provenance and auction-lot records (Quarkus, Rocket, Symfony, Phoenix and Go lot "
      "services, signed lot webhooks, LiveAuctioneers, the-saleroom, Invaluable, 1stDibs, Chairish, Vinterior, eBay, Etsy), workshop "
      "collection and delivery slots (Express and Remix slot schedulers, ASP.NET and JDBC route planners, Routific, Loqate, Ideal "
      "Postcodes, what3words, HERE, a fixed-width slot sheet), fabric and foam suppliers (an AS2 partner profile, n8n foam orders, "
      "CMHR foam certificates and BS 5852 fire codes as negatives), dealer fair stands (Electron and Ionic stand tills, SumUp, Zettle, "
      "Dojo, a TOTP seed for stand staff), valuation certificates (an EdDSA-shaped signing JWT, Wagtail and Ghost sites, DocuSign, "
      "Dropbox Sign, PandaDoc, DocRaptor), insurance and customs paperwork for exports (a `ecx_` customs-broker token with a real "
      "CRC-16 tail, HMRC, Avalara, DHL Express, FedEx, UPS, Easyship, ShipEngine, ARTA, Parcelforce; EORI numbers, commodity codes, "
      "Ivory Act and CITES references as negatives) and workshop sensors (MicroPython, Home Assistant and ESPHome humidity loggers, "
      "a NATS user nkey seed with a real CRC-16, Netatmo, Hikvision and UniFi cameras); plus the commerce, messaging, AI, developer "
      "and ops services such developers use (Stripe, Shopify, Amazon SP-API, Klarna, Adyen, GoCardless, Xero, QuickBooks, Sage, "
      "Mailchimp, Klaviyo, Mailgun, Postmark, Brevo, Twilio, Telegram, Slack, Discord, Meta, MessageBird, Intercom, Zendesk, "
      "Freshdesk, X, OpenAI project keys, Anthropic, Gemini, Groq, Perplexity, Replicate, Stability, Together, Voyage, LangSmith, "
      "Pinecone, Tinify, Kraken.io, GitHub fine-grained and classic tokens, GitLab, Bitbucket, npm, Vercel, Render, Fly.io, Heroku, "
      "DigitalOcean, Linode, Hetzner, Scaleway, Backblaze B2, Cloudflare, R2, AWS IAM, Azure Storage, Datadog, Honeycomb, 1Password "
      "service accounts, Pulumi, Snyk, SonarQube, CircleCI, Buildkite, Infisical, Sentry, Postman, Tailscale, WordPress application "
      "passwords, Cal.com, Calendly, Acuity, Google Calendar, HubSpot, Pipedrive, Airtable, Notion, Typeform, Jotform); with hard "
      "negatives from the same world (auction lot and paddle numbers, maker stamps, swatch and colourway codes, foam grades, photo "
      "hashes, Ivory Act / CITES numbers, EORI and commodity codes, IBANs with real mod-97 check digits, ISBN-13s with real check "
      "digits, publishable keys, placeholders, masked logs, parameter-store and Key Vault pointers, bcrypt and Argon2id hashes, PGP "
      "armour with real CRC-24, policy prose, certificate fingerprints, UUIDv4 ids, SSH public keys and NATS public nkeys with real "
      "CRC-16). Everything is produced by `build.py` and its modules (`common215.py`, `everyday215.py`, `vendor215.py`, "
      "`positional215.py`, `prose215.py`, `enc215.py`, `dec215.py`, `evasions215.py`, `negatives215.py`, `checks215.py`, "
      "`readme215.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (21501 "
      "everyday values, 21511 everyday pairing, 21502 vendor, 21503 positional passwords, 21504 prose, 21505 evasions, 21506 "
      "negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares the bytes "
      "of the three JSONL files, runs every check and %d mutation tests, renders this README from both generations and compares "
      "it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py "
      "--freeze` re-extracts the deny-list from `/tmp/brief215/`.\n" % len(mutation_results))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredfifteenth/`) was created (with `mkdir -p`) and written; the only listing made there "
      "was an `ls -la` of this new, empty directory; its parent's contents were never listed or searched, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only "
      "project material read were the two READMEs in `/tmp/brief215/` (`README_twohundredtwelfth.md`, p212, bridal-shop / "
      "formalwear-hire / costume-rental developers; `README_twohundredthirteenth.md`, p213, lifeboat-station / mountain-rescue / "
      "coastguard-volunteer developers), used only to learn the file format and what is already covered. No other `/tmp` "
      "directory was looked at except the scratch directory `/tmp/scratch215/` (a deny-list probe and trial runs). Externally, "
      "only five exact-string look-ups in the search tool's public code index were made (`HRKU-AA`, `pcsk_`, `CCIPAT_`, "
      "`lsv2_pt_`, `sup_sk_`), read for shape only; every other shape comes from the builder's memory and is marked below as "
      "believed or guessed. The deny-list (`common215.extract_denylist`) holds every backticked name and every snake_case identifier of both "
      "READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix "
      "stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches `id` and `alg`, which only makes "
      "the list stricter) and the names and name words of those pairs (%d, with harmless noise). It is frozen in "
      "`brief_names.json`; when `/tmp/brief215/` exists the build re-extracts it and fails if it differs (this build: %s). "
      "Encodings, languages and syntaxes that the two READMEs name only in prose were avoided by hand as well. Novelty is checked "
      "against these two READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_status))

    # ---------------------------------------------------------------- files and counts
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(pos), len(pos), len({r["type"] for r in pos}), len({r["container"] for r in pos}), src["everyday"], src["vendor"],
         src["password"], src["prose"], len({r["container"].split("__")[1] for r in pos if r["source"] == "prose"})))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(ev), len(ev), len({r["type"] for r in ev}),
                                                                       len({r["container"] for r in ev}), len({r["encoding"] for r in ev})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len({r["class"] for r in neg})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p215-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p215-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p215-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
      "lines with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kinds written down and "
      "unused: %s). Vendor 120 (%d candidates coded; set aside: %s). Positional passwords %d (%d syntaxes written; set aside: %s). "
      "Prose 40 in 40 languages (spares written down and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base "
      "kinds × 5 presentations. Positives total %d (asked: about 450). Strings drawn through the registry (values, vendor "
      "neighbours, evasion plains and runs): %d.\n"
      % (_bt(ED.SPARE_CONTAINERS), len(VD.VENDORS) + len(VD.SET_ASIDE),
         "; ".join("`%s` (%s)" % (n, why) for n, why in VD.SET_ASIDE), src["password"], len(PO.SYNTAXES),
         "; ".join("`%s` (%s)" % (n, why) for n, why in PO.DROP.items()),
         ", ".join("`%s` (%s)" % s for s in PR.SPARES), len(neg), len(NG.CLASSES), len(pos), meta["registry_size"]))

    # ---------------------------------------------------------------- conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, "
      "never the quotes and never the key. Values pasted where they do not belong (a restorers' Telegram export, a forwarded "
      "dealer e-mail, a Trello card comment, a Notion sale-day page, an OCR'd job board, a fabric-stock CSV, fish history, a "
      "PowerShell profile, a WhatsApp paste, a Freshdesk note, a KeePass CSV export, `fly secrets set`, `doppler secrets set`, "
      "`heroku config:set`, `vercel env add`, `nomad var put`) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s, …; %d in all, letters only; capitalised with probability 0.4) + "
      "one of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only "
      "`- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the six "
      "owner-chosen vendor passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every positional value, every "
      "prose value and every cutting-room-PC evasion plain."
      % (", ".join(__import__("common215").WORLD_WORDS[:30]), len(__import__("common215").WORLD_WORDS)))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; "
      "no evasion plain appears in any text. Values, vendor neighbours, evasion plains and runs are drawn through one registry that "
      "refuses repeats and any string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it "
      "contains any registered string of 6+ characters, and the build fails if a negative holds any string of the strict password "
      "form.")
    a("- Structured values are valid: every UUID-shaped substring of every text is version 4 (checked); every JWT-shaped substring "
      "of a positive or evasion text has base64url JSON header and payload and a signature length that fits its `alg` (HS256 32, "
      "RS256 256, EdDSA 64 bytes; checked): the valuation-certificate token is EdDSA-shaped (random signature), Zettle RS256-shaped, "
      "Routific a real HS256 JWT under a discarded key. `rps_` keys end in the real Fletcher-16 of their body, `ecx_` tokens in the "
      "real CRC-16/CCITT-FALSE of theirs, the NATS seed carries the real nkey CRC-16/XMODEM, the TOTP seed is Base32 of 20 bytes, "
      "the Intercom token is Base64 of `tok:…`, the 1Password service-account token is base64url JSON (all checked); the listed "
      "vendor shapes are regex-checked. The delivery-slot fixed-width sheet puts the value in columns 31–50 (checked). Negatives: "
      "IBANs carry real mod-97 check digits, ISBN-13s real check digits, NATS public nkeys real CRC-16, PGP armour a real CRC-24, "
      "SSH keys the real `ssh-ed25519` wire frame (all checked); SHA-1 and SHA-256 values are real digests of random bytes.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.tackandtwine.lan`, `*.hessianworks.lan`, "
      "`*.oldoakrestoration.example`, `*.gavelandlot.example`, `*.patinaandprovenance.example`, private addresses), key names, and "
      "ids written next to a vendor secret (%s) and the user half of a user / password pair."
      % "; ".join("%s: %s" % (v[0], " ".join(v[4][0])) for v in VD.VENDORS if v[4]))
    a("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically): %s. Key names are the type name in the "
      "style's case; in the KeePass CSV the neighbour sits in `Username`, the secret in `Password` and the key name in `Title`."
      % ", ".join("`%s` (%s)" % s for s in VD.STYLES))
    a("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the text "
      "lives: %s." % (PO.PW_PREFIX, PO.PW_PREFIX, ", ".join("`%s` (%s)" % (v, k) for k, v in PO.SUFFIX.items())))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run "
      "on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if "
      "the run equals the plain, if the run would start or end with whitespace or if the registry refuses it.\n")

    # ---------------------------------------------------------------- categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in ED.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (c[0], c[1]) for c in ED.CONTAINERS) + ". "
      "Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 21511) of the 12 types "
      "and deals four consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 "
      "records (checked); secrets therefore also land in implausible places (a TOTP seed in a Jenkinsfile, an nkey seed in a "
      "Ghost config). Key names are the type's key words in the container's own case style: upper, snake, camel, pascal, dot, "
      "spaced (chats, e-mails, tickets, Notion) and title (OCR, CSV header).\n")
    a("Vendor (120 types, container `<type>__<style>`): " + _bt(v[0] for v in VD.VENDORS) + ".\n")
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`): " % (src["password"], PO.PW_PREFIX)
      + _bt(PO.PW_PREFIX + s[0] for s in PO.active()) + ". None of them is among the syntaxes or names of either README "
      "(compared after removing the `<letters>pw_` prefix; checked).\n")
    a("Prose: someone tells a colleague the password of the workshop office PC and asks them not to forward it; span type `%s`; "
      "container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among the "
      "languages of either README (checked: code against the codes and all deny-listed names; name and each name word against "
      "the language names). Scripts: %s. Thai gets spaces around the value (Thai does not separate words); Persian, Urdu, Uyghur "
      "and Pashto are right-to-left with the Latin value embedded; Basque, Persian, Urdu, Pashto and Amharic put the copula "
      "after the value; Azerbaijani attaches the copula `-dir` after a space; every value is set off by whitespace on both sides "
      "(checked).\n" % (PR.TYPE, _bt(PR.FORMATS), ", ".join("`%s` (%s)" % (l[0], l[1]) for l in PR.LANGS),
                        ", ".join(sorted({l[2] for l in PR.LANGS}))))

    # ---------------------------------------------------------------- evasions
    a("## Evasion encodings\n")
    a("; ".join("`%s` = \"%s\"" % (e[0], e[2]) for e in EN.ENCODINGS) + ".\n")
    a("Families: " + "; ".join("%s: `%s`" % (e[1], e[0]) for e in EN.ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("`%s` (%s)" % (t[0], t[1]) for t in EV.TYPES) + "; wordings: "
      + _bt(w[0] for w in EV.WORDINGS) + " (container `<encoding>__<wording>`; each encoding appears once per type and once per "
      "wording).\n")
    a("Encoders are in `enc215.enc` (the rng only adds noise the decoder ignores: fabric names, swatches, chairs, owners and "
      "pieces); the decoder `dec215.decode` gets only the encoding name and the run and is written separately, importing nothing "
      "from the encoder and no `base64`, `binascii` or `codecs`: `int(t, 14)`, a Gray-to-binary XOR cascade, `unicodedata.digit` "
      "for the Tibetan, Kayah Li and superscript digits, a French token parser (`quatre vingt` = 80, `et` skipped), a Latin "
      "word-value sum, Hebrew letter values (geresh and gershayim skipped), Armenian letter positions (units, tens, hundreds by "
      "code-point offset), `unicodedata.lookup` for character names, a retyped element table, the inverse keyword alphabets, XOR "
      "85, a Josephus refill, row reversal, a factor product, the inverse Cantor function with an integer square root, and "
      "regular expressions plus arithmetic for the five world disguises. Every pair was round-tripped on 300 random "
      "`[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); at build time every span is decoded back "
      "to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every base, digit block, number-word language, "
      "look-alike block, cipher, positional order, arithmetic disguise, keypad / radio / tactile code and markup notation named "
      "there (among them bases 3–13 / 20 / 36 / 60, Zeckendorf, the factorial base, Balinese, Osmanya, Adlam, Javanese, Lao and "
      "the other named digit blocks, Czech, Portuguese, Polish, Danish and the other number-word languages, NATO spelling, Morse, "
      "Braille, regional indicators, parenthesized, Cherokee, Greek, Cyrillic and mathematical look-alikes, Unicode tags, affine, "
      "Vigenère-family, Polybius and rail-fence ciphers, odd / even split, outside-in fold, columnar transposition, reversal, "
      "squares, products and sums, multi-tap and HTML references). Close relatives remain and a scorer may count them as the "
      "same idea: base 14 next to the earlier bases 3–13, Gray code next to plain binary, Tibetan and Kayah Li digits next to the "
      "earlier digit blocks, superscript digits next to the earlier look-alike blocks (NFKC folds them to ASCII digits), French "
      "and Latin next to the earlier number-word languages, Hebrew and Armenian alphabetic numerals next to Chinese financial "
      "numerals, the keyword alphabet next to the affine cipher, XOR next to the earlier ciphers, Josephus and boustrophedon next "
      "to the earlier positional tricks, prime factors and Cantor pairs next to squares and products, the five world disguises "
      "next to the earlier world disguises.\n")

    # ---------------------------------------------------------------- negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    cc = Counter(r["class"] for r in neg)
    for cls, desc, kinds in NG.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cls, cc[cls], _bt(k[0] for k in kinds), desc))
    a("\nEach base kind appears plain and wrapped " + ", ".join("`__%s`" % w[0] for w in NG.WRAPPERS if w[0]) + ".\n")

    # ---------------------------------------------------------------- checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per record; "
      "spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in "
      "its text and nowhere else in any text; no value reused; no positive value or evasion plain in any negative; no slot marker, "
      "NUL, `§` or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and owner-chosen vendor password types, the strict form for "
      "positional, prose and cutting-room-PC evasion passwords; `rps_` Fletcher-16; `lotwh_` hex; EdDSA valuation JWT; `ecx_` "
      "CRC-16; NATS seed CRC-16 and `SU` prefix; TOTP seed Base32 of 20 bytes; %d vendor regexes plus the Intercom and 1Password "
      "frames; delivery-slot columns 31–50; UUID-shaped substrings of every text are version 4; every JWT-shaped substring of a "
      "positive or evasion text has JSON header and payload and a signature length that fits its `alg`; negatives: IBAN mod-97, "
      "ISBN-13, NATS public nkey CRC-16, PGP CRC-24, `ssh-ed25519` frames, and no string of the strict password form"
      % len(__import__("checks215").VENDOR_SHAPES))
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a newline "
      "and is followed by a newline and a remark; plain alphabet and shape; the run never contains its plain and never equals it; "
      "record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3, once per type and wording")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records")
    a("- deny-list: every container (positives, evasions, negatives – so every vendor style, password suffix, prose format, "
      "evasion wording, negative base kind and wrapper inside it), span type, evasion encoding, negative class, spare kind, "
      "style, suffix, format, wording, wrapper and set-aside name is compared case-insensitively, whole name and each `__` part, "
      "with the frozen deny-list; positional syntaxes (span type without `%s`) also against the earlier syntax list; prose "
      "languages and spares by code, name and name words; `brief_names.json` is compared with a fresh extraction when "
      "`/tmp/brief215/` exists" % PO.PW_PREFIX)
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types "
      "with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct "
      "languages; 66 evasions (22 × 3); positives 440–470; span types of the five sources pairwise disjoint; non-everyday "
      "containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n"
      % (len(mutation_results), sum(1 for _, ok in mutation_results if ok), len(mutation_results),
         ", ".join("`%s` (%s)" % (n, "caught" if ok else "MISSED") for n, ok in mutation_results)))

    # ---------------------------------------------------------------- guesses
    a("## Shapes you had to guess\n")
    a("Only five shapes were looked up this session (exact-string search in a public code index: scanner rule files and "
      "sample configs; nothing copied, every value generated); no rule file was opened whole and no vendor page was read.\n")
    for basis, title in (("read", "*Read this session* (public rule excerpts and sample configs found by exact-string search)"),
                         ("believed", "Believed right from background knowledge (not re-read this session)"),
                         ("guessed", "Guessed (length and alphabet only; most auction, marketplace, shipping, customs and small "
                                     "SaaS vendors publish no token format the builder knows, so these are recognisable from the "
                                     "key name only)"),
                         ("owner", "Owner-chosen passwords (the portal or device is unlocked with a password the owner picked)")):
        vs = [v for v in VD.VENDORS if v[3] == basis]
        a("%s (%d): " % (title, len(vs)) + "; ".join(
            "`%s` (%s%s)" % (v[0], v[2], (" – next to it: " + " ".join(v[4][0])) if v[4] else "") for v in vs) + ".\n")
    a("Also invented or guessed: the everyday layouts `rps_` (Fletcher-16 tail), `lotwh_` (plain hex) and `ecx_` (CRC-16/CCITT-FALSE tail) "
      "and the evasion prefixes `sac_` / `srt-` are invented; the EdDSA valuation JWT is a modelling choice (random signature "
      "bytes); the NATS seed follows the public nkeys layout as remembered (prefix bytes for seed and user, Base32, CRC-16/XMODEM "
      "little-endian) and was not re-checked against the nkeys library. The job-sheet CSV (fifth column `tablet_pin_phrase`), "
      "the swatch-kiosk pipe file, the condition-report TSV, the auction-lot semicolon import, the delivery-slot fixed-width "
      "sheet (columns 31–50) and the fair-stand roster are invented formats of this world. Syntaxes written from memory, not "
      "re-checked: the CLI flags (`sqlcmd -P`, `bcp -P`, `isql DSN user pass`, `cqlsh -p`, `lftp -u u,p`, `ncftpput -p`, "
      "`smbmap -p`, `rclone obscure`, `htpasswd -b`, `ipmitool -P`, `racadm -p`, `mosquitto_pub -P`, `PsExec -p`, `schtasks /RP`, "
      "`net use … pw /user:`, `vmrun -gp`, `GOVC_URL`, `sqlplus u/p@`, `db2 connect … using`, `composer config http-basic`, "
      "`poetry config http-basic`, `dotnet nuget add source -p`, `unrar -p`, `mcrypt -k`, `ccrypt -K`, `steghide -p`, `snmpset -X`, "
      "`iwconfig key s:`, `mc admin user add`, `ldappasswd -s`, `ConvertTo-SecureString -AsPlainText`), the stdin forms (`kinit`, "
      "`smbpasswd -s`, `gpg --passphrase-fd 0`, `openvpn --askpass`, `ftp -n` here-document, `docker secret create -`, `openssl "
      "-passin stdin`, a telnet printf sequence), the library positions, the file layouts (`chap-secrets`, `ipsec.secrets`, "
      "`rsyncd.secrets`, davfs2 `secrets`, pgbouncer `userlist.txt`, exim `passwd.client`), the protocol forms (IRC `OPER`, "
      "ESP8266 `AT+CWJAP`, WordPress XML-RPC `wp.getUsersBlogs`, the Wireshark LDAP `simple` line), the UI calls (Selenium, "
      "WebdriverIO, Nightwatch, Robot Framework, Espresso, XCUITest, Detox, Maestro, SikuliX, SendKeys, WshShell, pywinauto, "
      "Taiko) and the SQL forms (SQLCipher `PRAGMA key`, pgcrypto `crypt`, Sybase `sp_addlogin`). Evasion rules: the Kayah Li "
      "(U+A900) and Tibetan (U+0F20) digit blocks were confirmed only through `unicodedata` at build time; the Hebrew and "
      "Armenian numeral conventions are from memory. Negatives: lot, paddle, maker, swatch, foam, Ivory Act, CITES, EORI and MRN "
      "layouts are approximate; bcrypt and Argon2id bodies are random in the right alphabet, PGP bodies random bytes (with a real "
      "armour checksum), not hashes or ciphertexts of anything.\n")

    # ---------------------------------------------------------------- judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (job-sheet admin, fabric-library database, condition-report portal, provenance "
      "database, slot scheduler, fair-stand till) and six generated secrets (`rps_` photo-store key, `lotwh_` lot webhook secret, "
      "EdDSA valuation JWT, `ecx_` customs-broker token, NATS user nkey seed, TOTP seed). The TOTP seed is 32 Base32 letters and "
      "digits with no prefix – only the key name and context mark it; the documentation example seed `JBSWY3DPEHPK3PXP` appears "
      "in a negative. The NATS seed (labelled) has public user and account nkeys (negatives) of nearly the same shape (`U…` / "
      "`A…`, 56 characters, also with real CRC-16). Key names in everyday files say password / key / secret / token / jwt / seed – "
      "that is how such files look; the telling-key-free cases are in the positional source.")
    a("- Vendor: most auction, marketplace, shipping, customs and small SaaS vendors publish no token format the builder knows, so "
      "their types are recognisable only from the key name – part of the test. Six vendor types carry owner-chosen passwords "
      "(LiveAuctioneers console, the-saleroom, Parcelforce ExpressLink, Hikvision NVR, UniFi Protect, Antiques Trade Gazette); the "
      "MyDHL API password is issued by DHL, so it gets a generated shape. Whole URLs are labelled for the Slack incoming webhook "
      "(the URL is the credential). Same-shape traps: the Gemini key (positive) shares the `AIza` shape with the browser Maps key "
      "(negative); the Stripe secret key shares its length and `_live_51` frame with the `pk_live_51` publishable key "
      "(negative); Invaluable, Squarespace, HMRC, DocuSign, Postmark, Scaleway and Snyk secrets are bare UUIDv4s like the job and "
      "lot ids in the negatives; many 32 / 40 / 64-hex values look like the SHA-1 and pHash values in the negatives. Ids next to "
      "a secret (eBay app id, Etsy keystring, LWA client id, Xero / QuickBooks / Sage / FedEx / UPS / HMRC / Google / Infisical / "
      "Netatmo client ids, Avalara account id, Twilio `AC` SID, Meta app id, Kraken API key, Scaleway `SCW` key, B2 key id, R2 "
      "key id, AWS `AKIA` id, Azure account name) stay unlabelled; the AWS `AKIA` id and the Etsy keystring are the most "
      "arguable, since some detectors flag them on their own. The WordPress application password keeps its inner spaces (that is "
      "how WordPress shows it). The eBay cert id is the OAuth client secret despite its name.")
    a("- Passwords: labelled when the value logs in (flags, positional arguments, URL userinfo for wget, curlftpfs, ffmpeg RTSP, "
      "git, govc, MQTT and MongoDB, `u,p` and `u/p@tns` pairs, library call positions), unlocks or encrypts (`unrar -p`, "
      "`mcrypt -k`, `ccrypt -K`, `steghide -p`, `gpg --passphrase-fd`, `openssl -passin stdin`, pikepdf, pypdf, VBA "
      "`Workbooks.Open` / `Unprotect`, `openssl_encrypt`, SQLCipher `PRAGMA key`), sets a new secret (`htpasswd -b`, `ldappasswd "
      "-s`, `smbpasswd -s`, `mc admin user add`, `sp_addlogin`, pgcrypto `crypt`, the bcrypt seed script), is a signing secret "
      "given as a literal (Python `hmac.new`, PyJWT, jose `TextEncoder`, JJWT, Go `SignedString`, Rust `new_from_slice`, Ruby "
      "`JWT.encode`, `pbkdf2Sync`), is a Wi-Fi key or PSK (`iwconfig`, MicroPython `wlan.connect`, Arduino `WiFi.begin`, "
      "`AT+CWJAP`, strongSwan PSK, PPP CHAP secret), sits in a file by position, travels in a protocol exchange or is typed by UI "
      "automation (UI tests use neutral field ids `f2`, `Edit2`). Weakest kept cases, with a hint nearby: the headers of the "
      "invented files (`tablet_pin_phrase`, `kiosk_unlock`, `camera_share_key`, `online_bidding_gate`, `GATE_CODE_PHRASE`, "
      "`till_unlock`), `PSK` in `ipsec.secrets`, `using` in `db2 connect`, `-passin` after the pipe, `--askpass`, the `OPER` "
      "command, and `ConvertTo-SecureString`. Syntaxes whose flag or function name says pass / password / pw right before the "
      "value were not written (so no `--password`, `-passout pass:`, `username_pw_set`, `Input Password`, `ssh.Password`). "
      "Closest relatives of earlier syntaxes, kept because the tool, command or mechanism differs: `mysql -p<pw>` (p213 has "
      "`mysqladmin`), `git clone` userinfo (p213 has `hg clone`), the Python `ftplib` login (p213 has `ftputil`), "
      "`python-ldap simple_bind_s` (p213 has `ldap3`), Arduino `WiFi.begin` (p213 has `addAP`, `softAP`, `autoConnect`), "
      "`AT+CWJAP` (p212 has Quectel `AT+QICSGP`), SQLCipher `PRAGMA key` (p213 has `ATTACH … KEY`), `rsyncd.secrets` and "
      "`exim passwd.client` (colon files like `sasl_passwd`).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence %s. Loan words "
      "(password, pasiwedhi, পাছৱৰ্ড, پاس ورڈ, پاسورډ) are kept as people use them."
      % "; ".join("%s for %s" % (lvl, ", ".join(l[1] for l in PR.LANGS if l[3] == lvl)) for lvl in ("fair", "modest", "low")))
    a("- Evasions: base 14 is a numeral system and Gray code a binary code; Tibetan and Kayah Li digits are digit blocks; "
      "superscript digits are a look-alike set that NFKC folds back; French and Latin number words and Unicode character names "
      "are spelled forms; Hebrew and Armenian letters are alphabetic numeral systems (right-to-left Hebrew groups are stored "
      "highest value first); the element symbols are a code disguise; the CHESTERFIELD keyword alphabet and XOR 85 are ciphers; "
      "Josephus order and boustrophedon rows are positional tricks; prime factors and Cantor pairs are arithmetic; fabric cuts, "
      "Martindale rubs, seat heights, provenance years and collection-slot times are this world's disguises of code points. The "
      "keyword alphabet leaves `_ . -` alone, and the boustrophedon form shows the first five characters in the clear, so a "
      "scorer may find those two the easiest to read.")
    a("- Negatives: lot, paddle, buyer, maker, model, swatch, dye-lot, foam, Ivory Act, CITES, EORI, commodity and MRN values are "
      "identifiers; IBANs and sort codes are payment details that are printed on every invoice (real check digits); ISBNs are "
      "book numbers; pHash / dHash values, SHA-1s and certificate fingerprints are public digests; Stripe `pk_live_`, reCAPTCHA "
      "site keys, the browser Maps key, the Algolia search-only key and the Square application id are public by design; "
      "`rps_<…>`, `lotwh_xxxx…`, `${…:?…}`, the all-X nkey seed, `changeme`, `<paste-token-here>` and the authenticator example "
      "seed are placeholders; `[REDACTED]`, `rps_****` + 4 hex, `***`, `[MASKED]` and bullets carry no value; `{{resolve:…}}`, "
      "ARNs, `@Microsoft.KeyVault(…)` and GCP secret paths are pointers; bcrypt and Argon2id strings are one-way hashes (the "
      "column is called `password_hash`, a trap); PGP blocks are ciphertext; SSH and NATS public keys are public. The "
      "`.env.example` and the masked CI log use the real key names of the everyday secrets – a trap for key-name-only detectors. "
      "Random fillers are generated, so an entropy-only detector will hit them – that is the point.\n")

    # ---------------------------------------------------------------- sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief215/` (p212 and p213), for format and coverage only. The detector was not opened, listed "
      "or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory "
      "except `/tmp/scratch215/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): five exact-string "
      "look-ups in the search tool's public code index – `HRKU-AA` (a public rule `HRKU-AA[0-9a-zA-Z_-]{58}`), `CCIPAT_` (a "
      "public rule `CCIPAT_[a-zA-Z0-9]{22}_[a-z0-9]{40}`), `pcsk_`, `lsv2_pt_` and `sup_sk_` (sample configs and a rule showing "
      "`pcsk_` + 6 + `_` + a long alphanumeric run, `lsv2_pt_` + 32 hex + `_` + 10 hex, `sup_sk_` + 33 alphanumerics). "
      "Betterleaks, gitleaks, Kingfisher, CredSweeper and vendor documentation were not opened as documents; all other shapes "
      "come from the builder's memory and are marked above as believed or guessed (or invented, for this world's own formats). "
      "Python's `unicodedata` was the only reference used at build time (digit values and character names).")
    return "\n".join(L) + "\n"
