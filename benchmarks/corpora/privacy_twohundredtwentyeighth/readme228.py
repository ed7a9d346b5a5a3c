"""Renders README.md from the generated data and the module metadata."""
import collections

import common228 as C
import enc228
import everyday228
import evasions228
import negatives228
import positional228
import prose228
import vendor228


def bt(s):
    return "`%s`" % s


def render(data, info, frozen, muts, fresh_status):
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    src = collections.Counter(r["source"] for r in S)
    L = []
    a = L.append
    a("# privacy_twohundredtwentyeighth (p228) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on **piano tuners**: "
      "piano tuners and technicians, pipe-organ builders and music-instrument repairers – the tuner's round scheduler (Rails credentials, Phoenix, Laravel, "
      "Symfony, Nomad, Fly.io, Render, Bitbucket / CircleCI / Drone pipelines, fish and PowerShell history, direnv, just), the piano service-history "
      "database (FastAPI, Alembic, Micronaut, Ktor, Viper, Insomnia, Bruno) with a real HS384 tuning-app JWT and `pts_` sync tokens carrying a real Damm check digit, "
      "the organ workshop inventory (Odoo, ERPNext, Directus, Payload), the repair counter till (Electron store, QSettings, .NET app.config, JDBC) with a Fernet key, "
      "player-piano / silent-system controllers (ESPHome, Node-RED, PlatformIO, Zephyr), pipe-organ solid-state relays (Yocto, OpenWrt UCI, NodeMCU Lua) with "
      "`orl_` keys ending in a real CRC-16/CCITT-FALSE, a Rails `secret_key_base` for the customer portal and a Base32 TOTP seed for the workshop admin; "
      "the trade's own services (Piano Technicians Guild, National Pipe Organ Register, Institute of British Organ Building, PACE iLok, Reyburn CyberTuner, "
      "Modartt Pianoteq, Gazelle, Reverb, TuneLab, Etsy, eBay, SumUp, Acuity, Cal.com, Xero, QuickBooks, Royal Mail Click & Drop, Sendcloud, ShipStation, "
      "OpenWeatherMap for humidity alerts); plus the commerce, messaging, AI, developer and ops services such developers use (Stripe secret keys, Adyen, "
      "Braintree, GoCardless, Shopify admin tokens, BigCommerce, Mollie, Square OAuth, Chargebee, Sage, Invoice Ninja, Twilio auth tokens, Telegram and "
      "Discord bots, Slack bot tokens and incoming webhooks, Mailchimp, Brevo, Mailgun, MessageBird, Telnyx, Pushover, Pushbullet, Zoom, Intercom, Zendesk, "
      "Freshdesk, Front, Mattermost, LINE, Facebook, Google API keys, AWS SES, OpenAI project keys, Anthropic API keys, Gemini, Groq, Perplexity, Replicate, "
      "Hugging Face, Together, Fireworks, Pinecone, Voyage, LangSmith, Tavily, Firecrawl, Jina, Speechmatics, Stability, Brave Search, Gladia, GitHub "
      "fine-grained / classic / OAuth tokens, GitLab PATs and deploy tokens, npm, Bitbucket app passwords, SonarQube, Snyk, Codecov, CircleCI, Buildkite, "
      "JFrog, Vercel, Render, Fly.io, Heroku, DigitalOcean, Hetzner, Linode, Scaleway, Cloudflare, AWS, Azure Storage, MongoDB Atlas, Supabase, Airtable, "
      "Notion, HubSpot, Pipedrive, Todoist, Typeform, Jotform, Cloudinary, Box, Pulumi, 1Password service accounts, Infisical, Bitwarden Secrets Manager, "
      "Sentry user tokens, Datadog, Honeycomb, Better Stack, UptimeRobot, Healthchecks.io, Meilisearch, PandaDoc, Dropbox app secrets); with hard negatives "
      "from the same world (piano serial and action numbers, organ opus and survey refs, ISMN / ISBN with real check digits, ISWC / ISRC / UPC codes with real "
      "check digits, IBANs with real MOD 97 pairs, tuning-curve cent tables, Roland SysEx dumps with real checksums, publishable keys, `.env` templates, "
      "masked logs, secret-manager pointers, bcrypt / argon2 hashes, ssh-ed25519 public keys, PGP messages with real CRC-24, Rails encrypted credentials, "
      "lockfile integrity hashes, certificate fingerprints and pins, job UUIDs and ULIDs, password-hygiene prose, MAC / Bluetooth addresses, humidity-control "
      "telemetry). Everything is produced by `build.py` and its modules (`common228.py`, `everyday228.py`, `vendor228.py`, `positional228.py`, `prose228.py`, "
      "`enc228.py`, `dec228.py`, `evasions228.py`, `negatives228.py`, `checks228.py`, `readme228.py`, frozen deny-list `brief_names.json`): Python 3 standard "
      "library only, fixed `random.Random` seeds (%s), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares "
      "the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both generations and compares it, and only then "
      "writes the files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief228/`.\n"
      % (", ".join("%d %s" % (v, k.replace("_", " ")) for k, v in C.SEEDS.items()), len(muts)))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredtwentyeighth/`) was created (with `mkdir -p`) and written; the only listings made there were `ls -la` of this "
      "directory itself (right after creating it, when it held only `.` and `..`, and after the final build); its parent was never listed or searched, nothing "
      "else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project material read were the two READMEs in "
      "`/tmp/brief228/` (`README_twohundredtwentyfifth.md`, p225, farriers / equine vets / livery yards; `README_twohundredtwentysixth.md`, p226, astronomy "
      "societies / planetaria / telescope shops; the directory was listed once with `ls -la` to see the two file names), used only to learn the file format "
      "and what is already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch228/` (sources, trial builds and an "
      "extracted copy of the public gitleaks rule file). The deny-list (`common228.extract_denylist`) holds every backticked name and every snake_case "
      "identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped (%d), "
      "the codes of every `` `code` (Name) `` pair (%d; the pattern also catches `alg`, which only makes the list stricter) and the names and name words of "
      "those pairs (%d, with harmless noise such as `standard`, `hs256`). It is frozen in `brief_names.json`; when `/tmp/brief228/` exists the build "
      "re-extracts it and fails if it differs (this build: %s). Ideas that the two READMEs name only in prose (their *avoided* lists of encodings, their "
      "set-aside syntaxes and vendors) were avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share vendors, "
      "syntaxes, languages or notations.\n"
      % (len(frozen["names"]), len(frozen["syntaxes"]), len(frozen["language_codes"]), len(frozen["language_names"]), fresh_status))

    # ---------------------------------------------------------------- files and counts
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(S), sum(len(r["secrets"]) for r in S), len({r["type"] for r in S}), len({r["container"] for r in S}), src["everyday"], src["vendor"],
         src["password"], src["prose"], len({r["container"].split("__")[1] for r in S if r["source"] == "prose"})))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(E), len(E), len({r["type"] for r in E}), len({r["container"] for r in E}), len({r["encoding"] for r in E})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len({r["container"] for r in N}), len({r["class"] for r in N})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(frozen["names"]), len(frozen["syntaxes"]), len(frozen["language_codes"]), len(frozen["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p228-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with exactly one "
      "span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p228-e-NNNN`): `id`, `type`, `container`, a "
      "record-level `encoding`, `text`, `secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives "
      "(`p228-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines "
      "with `ensure_ascii=False`.\n")
    where = collections.Counter(w for _, w, _, _ in positional228.S)
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written down and unused: %s). Vendor 120 "
      "(%d candidates written down; set aside: %s). Positional passwords %d (one record per syntax; by where the text lives: %s; set aside: %s). Prose 40 in 40 "
      "languages (spares written down and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d "
      "(asked: about 450). Strings drawn through the registry (values, random vendor neighbours, Base64 positional values, evasion plains and runs): %d.\n"
      % (", ".join(bt(k) for k in everyday228.SPARE_KINDS), len(vendor228.V) + len(vendor228.SET_ASIDE),
         "; ".join("%s (%s)" % (bt(k), v) for k, v in vendor228.SET_ASIDE.items()), len(positional228.S),
         ", ".join("%s %d" % (k, where[k]) for k in positional228.SUFFIX), "; ".join("%s (%s)" % (bt(k), v) for k, v in positional228.SET_ASIDE.items()),
         ", ".join("%s (%s)" % (bt(c), n) for c, n in prose228.SPARES), len(N), len(negatives228.CLASSES), len(S), info["registry_size"]))

    # ---------------------------------------------------------------- conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never the quotes and never "
      "the key. Values pasted where they do not belong (a WhatsApp export, an e-mail thread, a Trello comment, a Notion export, a sticky-note OCR, an Excel "
      "CSV export, a Zendesk internal note, fish and PowerShell history, `fly secrets set`, `vercel env add`, a Discord DM, a forum private message, a "
      "KeePass XML export) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability 0.4) + one of `- _ . + ! ~` + 3–5 "
      "lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks `%s` for the six everyday password "
      "types and the six owner-chosen vendor passwords, and the strict `%s` for every plain positional value, every password hidden in a Base64 positional "
      "value, every prose value and every workshop-PC evasion plain."
      % (", ".join(C.WORLD_WORDS[:40]), len(C.WORLD_WORDS), C.PW_WIDE.pattern, C.PW_STRICT.pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no negative; no evasion plain and no "
      "Base64-hidden password appears in any text. Values, random vendor neighbours, Base64 positional values, evasion plains and runs are drawn through one "
      "registry that refuses repeats and any string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any "
      "registered string of 6+ characters, a world word + joiner + tail (the password form) or a UUID-shaped string that is not version 4.")
    a("- Structured values are valid: `pts_` tokens carry the real Damm check digit of their 12-digit technician number, `orl_` keys end in the real "
      "CRC-16/CCITT-FALSE of their 28 hex characters, Fernet keys decode to 32 bytes, TOTP seeds to 20 bytes, the tuning-app token is a real HS384 JWT "
      "(all checked). Every UUID-shaped substring of every text is version 4 and every JWT-shaped substring has base64url JSON header and payload and a "
      "signature length that fits its `alg` (checked). Vendor frames: the Intercom token is Base64 of `tok:` + UUIDv4 + `:1:0`, the JFrog reference token "
      "Base64 of `reftkn:01:…`, the 1Password service-account token Base64 of real JSON, the Discord bot token starts with base64url of an 18-digit id, the "
      "Azure storage key and Fly.io token are Base64 of 64 / 120 bytes, the Bitwarden Secrets Manager token ends in Base64 of 16 bytes, the Front token is "
      "a real HS256 JWT (all checked); all 120 vendor values are checked against a regular expression built from the generator's own spec. Negatives: ISMN, "
      "ISBN-13 and UPC-A check digits, ISWC check digits, IBAN MOD 97 pairs, PGP CRC-24 lines and Roland SysEx checksums are real (ISMN / ISBN, ISWC, IBAN, "
      "CRC-24 and SysEx checked); digests are real SHA-1 / SHA-256 / SHA-512 of random bytes; ssh-ed25519 keys are real wire-format blobs around random "
      "bytes; bcrypt / argon2 / PGP / Rails bodies are random in the right frame.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.brambleypianos.example`, `*.stcuthbert-organ.example`, `*.fretandbow.example`, `*.lan`, "
      "private addresses), key names, and ids written next to a vendor secret (%s) and the user half of a user / password pair."
      % "; ".join("%s: %s" % (s["name"], s["nlabel"]) for s in vendor228.V if s["nlabel"]))
    a("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically): %s. Key names are the vendor type's words in the style's case; the KeePass "
      "export puts the type's title-case words in `Title`, the neighbour (or `api`) in `UserName` and the secret in `Password`." %
      ", ".join("%s (%s)" % (bt(s[0]), s[1]) for s in vendor228.STYLES))
    a("- Positional passwords: span type `ptpw_<syntax>`, container `ptpw_<syntax>__<suffix>` where the suffix says where the text lives: %s."
      % ", ".join("%s (%s)" % (bt(v), k) for k, v in positional228.SUFFIX.items()))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on its own line, then a "
      "remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if the run equals the plain, if the run would start or "
      "end with whitespace or hold a newline, or if the registry refuses plain or run.\n")

    # ---------------------------------------------------------------- categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): %s.\n" % "; ".join("%s (%s)" % (bt(t[0]), t[1]) for t in everyday228.TYPES))
    a("Container kinds (45, key style in brackets): %s. Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) "
      "of the 12 types and deals four consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 records "
      "(checked); secrets therefore also land in implausible places (a Fernet key on a sticky note, a TOTP seed in a Zephyr `prj.conf`). Key names are the "
      "type's key words in the container's own case style (upper, snake, camel, pascal, kebab, dot, spaced for chats and notes, title for OCR and CSV "
      "headers); values that could not live unescaped in every container (quotes, backslashes, braces, `$`, `%%`, `&`, `<`, `#`) are never drawn.\n"
      % (", ".join("%s (%s)" % (bt(k[0]), k[1]) for k in everyday228.KINDS), C.SEEDS["everyday_pairing"]))
    a("Vendor (120 types, container `<type>__<style>`): %s.\n" % ", ".join(bt(s["name"]) for s in vendor228.V))
    a("Positional passwords (%d syntaxes, span type `ptpw_<syntax>`): %s. None of them or the set-aside names is among the syntaxes or names of either README "
      "(compared after removing the `<letters>pw_` prefix; checked).\n"
      % (len(positional228.S), "; ".join("%s (%s, %s)" % (bt("ptpw_" + s), w, d) for s, w, d, _ in positional228.S)))
    a("Prose: someone tells a colleague the password of the workshop PC and asks them not to pass it on; span type `%s`; container `<format>__<iso639-3>`; "
      "formats %s (cyclic). Languages (40): %s. None of them or the spares is among the languages of either README (checked: code against the codes and all "
      "deny-listed names; name and each name word against the language names); Finnish and Dutch were also avoided because this corpus uses them for "
      "encodings. Scripts: %s. Persian and Urdu are right-to-left with the Latin value embedded; Ukrainian, Belarusian and Kyrgyz introduce the value with a "
      "colon; Irish puts it right after the copula `Is é`; Persian, Urdu, Amharic, Tigrinya and Basque put the copula after the value (after a space); every "
      "value is set off by whitespace on both sides (checked).\n"
      % (prose228.TYPE, ", ".join(bt(f) for f in prose228.FORMATS), ", ".join("%s (%s)" % (bt(c), n) for c, n, _, _ in prose228.LANGS),
         ", ".join(sorted({s for _, _, s, _ in prose228.LANGS}))))

    # ---------------------------------------------------------------- evasions
    a("## Evasion encodings\n")
    a("; ".join("%s = \"%s\"" % (bt(k), v) for k, v in enc228.RULES.items()) + ".\n")
    a("Families: " + "; ".join("%s: %s" % (v, bt(k)) for k, v in enc228.FAMILIES.items()) + ".\n")
    a("Evasion types: %s; wordings: %s (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, so each encoding appears once per "
      "type and once per wording).\n" % ("; ".join("%s (%s)" % (bt(t[0]), t[1]) for t in evasions228.TYPES), ", ".join(bt(w) for w in evasions228.WORDINGS)))
    a("Encoders are in `enc228.enc` (the rng only adds noise the decoder ignores: the denominators of the fractions); the decoder `dec228.decode` gets only "
      "the encoding name and the run and is written separately, importing nothing from the encoder and no `unicodedata`, `base64`, `binascii` or `codecs`, "
      "with every table retyped: Adlam digit offsets, a Finnish compound-word parser (`sata`, `-toista`, `-kymmentä`), a Dutch parser (`honderd`, `en` / `ën` "
      "joiners, teens and tens), a NATO table with case rules, a Unicode-name parser (LATIN SMALL / CAPITAL LETTER, DIGIT, HYPHEN-MINUS, LOW LINE, FULL STOP), "
      "the reverse homoglyph table, parenthesized-block offsets, its own XTEA decryption with PKCS#7 check, an Intel HEX reader that verifies checksums, "
      "addresses and the EOF record, a SysEx frame and nibble reader, note-name and log2 frequency arithmetic, a metronome regex, chord bit sums, factor "
      "products, an element table, a multi-tap table, the pair swap (its own inverse), a Kharoshthi sign-value reader, whole-number fraction division, "
      "A1Z26 with case marks and the inverse boustrophedon. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding "
      "while writing (0 failures); at build time every span is decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every digit block, numeral notation, number-word language, byte notation, "
      "cipher, positional order, keyboard trick, look-alike block, bit code, invisible or Unicode trick, machine disguise and world disguise named there "
      "(among them the Gurmukhi / Bengali / Thai / N'Ko digit blocks, Ethiopic, Tamil, Sino-Korean, kanji, Roman, Greek, Hebrew numerals, Norwegian / "
      "Spanish / German / Italian / Turkish … number words, runes, Deseret, fullwidth / circled / mathematical look-alikes, RC4, XOR, Enigma, Caesar-family "
      "ciphers, base 62 / 91 / 58 / 45, z-base-32, ModHex, xxencode, uuencode, zlib + Base64, Hamming, Manchester, Elias gamma, Gray, Zeckendorf, "
      "triangular numbers, DTMF, resistor colours, Morton, skew binary, spiral routes, rail fence, acrostic / telestich, JSON / HTML / percent escapes, "
      "spreadsheet CHAR formulas, version triplets, RTL override and the farrier / astronomy disguises). Close relatives remain and a scorer may count them "
      "as the same idea: Adlam digits next to the earlier digit blocks; Finnish and Dutch next to the earlier number-word languages; NATO spelling and "
      "Unicode names next to other spelled forms; the homoglyph swap and parenthesized letters next to the earlier look-alike blocks; XTEA next to the "
      "earlier ciphers with the key in the text; Intel HEX and the SysEx nibbles next to plain hex; MIDI note names, equal-tempered frequencies and "
      "metronome marks next to the earlier world disguises of code points; white-key chords next to the earlier bit codes; prime factorisations and "
      "unreduced fractions next to the earlier arithmetic disguises; element symbols next to the earlier catalogue-number disguises; multi-tap next to DTMF "
      "and the keyboard tricks; Kharoshthi next to the earlier additive numeral notations; A1Z26 next to Polybius-style numbering; the pair swap and the "
      "boustrophedon next to the earlier transpositions. The homoglyph swap, parenthesized letters, pair swap and boustrophedon keep digits (and for the "
      "last two every character) visible, so a scorer may find those the easiest; Kharoshthi is a right-to-left script, so its runs may display mirrored.\n")

    # ---------------------------------------------------------------- negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    nc = collections.Counter(r["class"] for r in N)
    for c, k1, k2, what in negatives228.CLASSES:
        a("| %s | %d | %s, %s | %s |" % (bt(c), nc[c], bt(k1[2:]), bt(k2[2:]), what))
    a("\nEach base kind appears plain and wrapped %s.\n" % ", ".join(bt(w[0]) for w in negatives228.WRAPPERS if w[0]))

    # ---------------------------------------------------------------- checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per record; spans re-slice exactly, "
      "no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its text and nowhere else in any text (positives, "
      "evasions, negatives); no value reused; no evasion plain or Base64-hidden password visible anywhere; no NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: the wide password regex for the six everyday password types, the strict form for plain positional values, Base64-hidden passwords, prose "
      "values and workshop-PC evasion plains (`ocu_` and `pps-` plains by their own regexes); `pts_` Damm digit; `orl_` CRC-16; Fernet 32 bytes; "
      "`secret_key_base` 128 hex; TOTP Base32 of 20 bytes; HS384 JWT; 120 vendor regexes plus the Base64, JSON and JWT structure of the Intercom, JFrog, "
      "1Password, Discord, Azure, Fly.io, Bitwarden and Front values; UUID-shaped substrings of every text are version 4; every JWT-shaped substring of "
      "every text has JSON header and payload and a signature length that fits its `alg`")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a newline and is followed by a "
      "newline and a remark; plain shape per type; the run never contains its plain and never equals it; record and span encoding agree; container "
      "`<encoding>__<wording>`; 22 encodings × 3, once per type and once per wording")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, no positive value, evasion plain or world-word "
      "password form inside; ISMN / ISBN check digits, ISWC check digits, IBAN MOD 97, PGP CRC-24 and Roland SysEx checksums")
    a("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose format and language code, evasion "
      "wording, negative base kind and wrapper inside it), span type, evasion encoding and negative class, and every spare kind, style, suffix, format, "
      "wording, wrapper, spare language, set-aside syntax and set-aside vendor name is compared case-insensitively, whole name and each `__` part, with the "
      "frozen deny-list; positional syntaxes (span type without `ptpw_`) and the set-aside syntaxes also against the earlier syntax list; prose languages "
      "and spares by code, name and name words; `brief_names.json` is compared with a fresh extraction when `/tmp/brief228/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types with containers "
      "`<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct languages; 66 evasions (22 × 3); positives "
      "440–470; span types of the sources pairwise disjoint; non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n"
      % (len(muts), sum(1 for _, ok in muts if ok), len(muts), ", ".join("%s (%s)" % (bt(n), "caught" if ok else "MISSED") for n, ok in muts)))

    # ---------------------------------------------------------------- guessed shapes
    a("## Shapes you had to guess\n")
    cats = [("read", "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`; nothing copied; "
             "every value generated; where the rule gives only a prefix, a case-insensitive class or a length range, the exact length and case are mine)"),
            ("believed", "*Believed right from background knowledge of public rule sets and vendor docs (not re-read this session)*"),
            ("guessed", "*Guessed (length and alphabet only; many trade and smaller vendors publish no token format the builder knows, so these are "
                        "recognisable from the key name only)*"),
            ("pw", "*Owner-chosen passwords (the portal or account is unlocked with a password the tuner, organ builder or repairer picked)*")]
    for cat, head in cats:
        items = [s for s in vendor228.V if s["cat"] == cat]
        a("%s (%d): %s.\n" % (head, len(items), "; ".join("%s (%s%s)" % (bt(s["name"]), s["shape"], " – next to it: " + s["nlabel"] if s["nlabel"] else "")
                                                          for s in items)))
    a("Also invented or guessed: the everyday `pts_` (Damm) and `orl_` (CRC-16/CCITT-FALSE) layouts and the evasion prefixes `ocu_` / `pps-` are invented; "
      "the Fernet key, Rails `secret_key_base`, TOTP Base32 seed and HS384 JWT are real formats used for invented purposes. The van logbook pipe file "
      "(`alarm` field), loft access CSV (`loft` column), tool-locker JSON rows and showroom YAML flow list are invented formats of this world. Syntaxes "
      "written from memory, not re-checked against manuals (notably `lftp -u user,pass`, `net use … secret /user:`, `psexec -p`, `rar -hp`, `ncftp -p`, "
      "`ipmitool -P`, `netsh wlan … key=`, `espota.py -a`, `pk12util -W`, `funzip -PASSWORD`, `steghide -p`, `ccrypt -K`, `aescrypt -p`, `sqlplus u/p@tns`, "
      "`cqlsh` / `cypher-shell -p`, `etcdctl --user u:p`, `az login -p`, `vncpasswd -f`, `smbpasswd -s`, `htpasswd -i`, `secret-tool store`, `zfs load-key`, "
      "`gocryptfs` reading stdin, the argument positions of ldap3, pika, cassandra, neo4j, influxdb, PyKeePass, FluentFTP, jlaffaye/ftp, NodeMCU mqtt, "
      "Net::FTP, mysqli, ftp_login, DBI, mysql_real_connect, ADODB `Open`, PubSubClient `connect`, the Quectel `AT+QICSGP` order, the exim `passwd.client` "
      "and postfix map layouts, vsftpd's alternating-line user file, the pgbouncer userlist and the UiPath / iMacros syntax). Evasion code points (Adlam "
      "U+1E950, Kharoshthi U+10A40–10A46, parenthesized U+249C / U+1F110, the Cyrillic / Greek homoglyphs) were checked with Python's `unicodedata` in the "
      "scratch directory; the Kharoshthi number composition (multiplier before 100, fours before ones) and the multi-tap assignment of `. - _` to key 1 are "
      "the builder's own conventions, stated in the rule. Negatives: NPOR survey id and grid-ref layout, piano serial ranges, the DE IBAN bank-code layout "
      "(random digits), the Rails `credentials.yml.enc` frame and the PostHog / reCAPTCHA / Square / PayPal public-id lengths are approximate.\n")

    # ---------------------------------------------------------------- judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (round scheduler, service-history database, organ workshop inventory, repair counter till, player-piano "
      "controller, organ relay console) and six generated secrets (`pts_` sync token, `orl_` relay key, Fernet key, Rails `secret_key_base`, TOTP seed, "
      "HS384 JWT). The `secret_key_base` is a bare 128-hex value and the TOTP seed a bare 32-character Base32 string – only the key name and context tell "
      "them from the digests in the negatives (deliberate); the Fernet key is 44 characters of URL-safe Base64 like many public hashes. Key names in "
      "everyday files say password / token / key / seed / jwt – that is how such files look; the telling-key-free cases are in the positional source.")
    a("- Vendor: many trade vendors (Gazelle, Reverb, TuneLab, Acuity, Sendcloud, ShipStation …) publish no token format the builder knows, so their types "
      "are recognisable only from the key name – part of the test. Six vendor types carry owner-chosen passwords (PTG, NPOR, IBO, iLok, CyberTuner, "
      "Modartt). The Slack incoming-webhook URL is labelled whole (the URL is the credential). The Google geocoding server key and the Gemini key share "
      "the `AIza` frame, and the Stripe secret key the `sk_live_51` frame of the `pk_live_51` publishable key in the negatives (same-shape traps). "
      "Royal Mail, Gladia, Snyk, Codecov, Scaleway and MongoDB Atlas secrets are bare UUIDv4s like the job ids of the negatives; many 32 / 40 / 64-hex "
      "secrets (Acuity, Sendcloud, ShipStation, OpenWeatherMap, Braintree, Twilio auth token, LINE, Facebook, Together, Linode, Pipedrive, Todoist, Jotform, "
      "Datadog, PandaDoc, Reverb) look like the digests and firmware hashes of the negatives. Ids next to a secret (client ids, key ids, account SIDs, "
      "the Square application id, the Pushover user key, the AWS access key id, the Scaleway access key, the Atlas public key) stay unlabelled as the "
      "public half of a pair (arguable for the Pushover user key and the SendCloud / ShipStation public API keys, which some detectors flag on their own). "
      "The KeePass export's `Password` field holds an API key for most vendor types – that is how people store API keys in password managers. The Fly.io "
      "span is the `fm2_…` macaroon without the `FlyV1 ` scheme word.")
    a("- Passwords: labelled when the value logs in (flags `-P`, `-p`, `-a`, `-A`, `-k`, `-K`, `-W`; glued `-hpSECRET` and `-SECRET`; pairs `user,secret`, "
      "`user:secret`, `user/secret@tns`; positional after a user or share in `net use`, `rabbitmqctl add_user`, `wpa_passphrase`; library call positions in "
      "Python, Node, Java, C#, Go, Rust, Ruby, PHP, Perl, C, Lua, PowerShell, VBA and Arduino), unlocks or encrypts (`openssl enc -k`, `rar -hp`, `funzip`, "
      "`steghide`, `ccrypt`, `aescrypt`, `pk12util`, `zfs load-key`, `gocryptfs`, `KeyStore.load`, `X509Certificate2`, PyKeePass, `openssl_encrypt`, "
      "`AES_ENCRYPT`, `createCipher`), signs or derives with a literal (PyJWT, jose, Ruby / PHP JWT, Go `SignedString`, Rust `EncodingKey::from_secret` and "
      "`Hmac::new_from_slice`, CryptoJS HMAC, cookie-session keys, argon2id KDF), is stored or hashed for later use (`vncpasswd`, `smbpasswd`, `htpasswd -i`, "
      "`pass insert`, `secret-tool store`, bcrypt `hashpw` / `hashSync`, `CREATE USER … IDENTIFIED BY`, `newusers`, cloud-init `chpasswd`), is a Wi-Fi key "
      "(`wpa_passphrase`, `netsh … key=`, `WiFi.softAP`), sits in a file by position, travels in a protocol exchange or is typed by UI automation (UI "
      "tests use neutral field ids `f2`, `Edit2`, screen coordinates). The SMTP `AUTH LOGIN` and proxy `Basic` spans are the whole Base64 token, not the "
      "decoded password. Weakest kept cases, with a hint nearby: the tool names `wpa_passphrase`, `vncpasswd`, `smbpasswd`, `htpasswd`, `secret-tool`, "
      "`pass`, the `sasl_map` file name, `PSK` in `ipsec.secrets`, `masterauth`, `secureTextFields`, the `UGFzc3dvcmQ6` (\"Password:\") server prompt of "
      "AUTH LOGIN, `simple:` in the LDAP decode, `key=` in netsh, `chpasswd:` in cloud-init, the headers of the invented files (`alarm`, `loft`) and "
      "`IDENTIFIED BY`; none of them is a `password=` key. Syntaxes whose flag or function says pass / passwd / password / pw / passphrase right before the "
      "value were not written (hence several set-aside ideas). Closest relatives of earlier syntaxes, kept because the tool, file or mechanism differs: "
      "the `-u` / `-p` pairs of ncftp, cqlsh, cypher-shell, az, psexec and mosquitto_pub (earlier docker login, rdesktop, mongosh), `etcdctl --user u:p` "
      "(earlier curl `-u u:p`), `redis-cli -a` and RESP `AUTH` (earlier Redis ACL and PHP / Jedis auth), the FTP library logins (earlier smtplib / imaplib "
      "logins), `DriverManager.getConnection` (earlier `new PDO`, Sequelize), the JWT signers (earlier `jwt.sign`), `rar -hp` (earlier `7z -p`), "
      "the URL userinfo in `.gemrc` and `sources.list` (earlier git-credentials and mutt URLs), `AT+QICSGP` (earlier AT MQTT and soft-AP commands).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for Swedish, Romanian, Catalan, "
      "Croatian, Slovak, Slovenian, Bulgarian, Ukrainian, Greek, Vietnamese, Hungarian; modest for Estonian, Latvian, Lithuanian, Macedonian, Belarusian, "
      "Albanian, Georgian, Persian, Urdu, Basque, Welsh, Irish, Maltese, Kyrgyz, Somali, Ilocano, Samoan, Hawaiian; low for Amharic, Tigrinya, Ganda, "
      "Lingala, Wolof, Chichewa, Tswana, Telugu, Odia, Assamese, Tongan. Loan words (password in Urdu, Telugu, Odia, Assamese, Ilocano and Maltese; "
      "workshop in Urdu and Telugu; atelier in Lingala and Wolof) are kept as people use them. `pes` is Iranian Persian (named Persian here), `sqi` the "
      "Albanian macrolanguage, `nya` Chichewa / Nyanja, `ell` Modern Greek (named Greek).")
    a("- Evasions: Adlam is a digit block; Finnish and Dutch spelled numerals; NATO and Unicode names spelled letters / characters; the homoglyph swap "
      "replaces only letters that have a look-alike (so digits, `_ . -` and letters such as `b`, `d`, `f`, `g` stay readable – a scorer may call these runs "
      "half-visible); parenthesized letters a look-alike block; XTEA a real block cipher with its key stated (ECB: plains whose length is a multiple of 8 – every `pps-` token – end in the same encrypted padding block, so their last 16 hex repeat across records); Intel HEX and nibblized SysEx are byte "
      "notations dressed as firmware and MIDI; MIDI note names, equal-tempered frequencies, metronome marks and white-key chords are this world's disguises "
      "of code points; prime factorisations, unreduced fractions and element symbols are arithmetic / symbol disguises; multi-tap a keypad code; Kharoshthi "
      "an additive numeral notation; A1Z26 a letter numbering; the pair swap and boustrophedon are transpositions (the run is a permutation of the plain, "
      "plus `~` fillers for the boustrophedon, so a character-bag detector could still see it).")
    a("- Negatives: piano serials, action numbers, opus numbers, survey ids, ISMN / ISBN / ISWC / ISRC / UPC codes and IBANs are identifiers (the check-digit "
      "ones carry real check digits; the long IBANs and ISRCs look like keys); the Stripe `pk_live_51`, reCAPTCHA site key, Mapbox `pk.`, Square "
      "application id, PayPal client id, Sentry DSN and PostHog `phc_` key are public by design (the `pk_live_51` key shares the frame of the labelled "
      "`sk_live_51` key – the most arguable negative); the `.env` template uses the real everyday key names with `changeme`, empty, `<…>`, `sk_live_...` and "
      "`$(bin/rails secret)` placeholders and the well-known RFC 6238 / Google Authenticator example seed `JBSWY3DPEHPK3PXP` (a documentation example, "
      "arguable); stars, `[REDACTED]`, `[MASKED]`, `***` and last-four displays carry no value; `${{ secrets.* }}`, `op://`, `vault:`, Key Vault, ARNs, "
      "`{{resolve:…}}` and GCP secret paths are pointers; bcrypt and argon2id strings are one-way hashes (the column is called `password_hash`, the file is "
      "an htpasswd file – a trap); PGP messages and Rails `credentials.yml.enc` are ciphertext; ssh-ed25519 keys and pins are public; lockfile integrity "
      "strings and certificate fingerprints are digests; job UUIDs and ULIDs are ids; hygiene prose names passwords without giving one; MAC and Bluetooth "
      "addresses and hygrometer ids are hardware ids. Each negative may sit inside a WhatsApp group, a helpdesk ticket, an e-mail chain or a forum thread "
      "whose surrounding words say it is safe. Random fillers are generated, so an entropy-only detector will hit them – that is the point.\n")

    # ---------------------------------------------------------------- sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief228/` (p225 and p226), for format and coverage only. The detector was not opened, listed or searched; nothing else "
      "under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except `/tmp/scratch228/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule file "
      "(`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror directory and extracted with `git show` "
      "into `/tmp/scratch228/`), read for the rules behind every vendor type marked *read this session* above (among them Stripe `sk_live_`, Shopify "
      "`shpat_`, GoCardless `live_`, Telegram, Slack `xoxb-` and `hooks.slack.com`, Mailchimp `-usNN`, Brevo `xkeysib-`, Mailgun `key-`, MessageBird, "
      "Intercom, Zendesk, Mattermost, Facebook, Google `AIza`, OpenAI `sk-proj-` with `T3BlbkFJ`, Anthropic `sk-ant-api03-`, Perplexity `pplx-`, Hugging "
      "Face `hf_`, GitHub `github_pat_` / `ghp_` / `gho_`, GitLab `glpat-` / `gldt-`, npm `npm_`, SonarQube `squ_`, Snyk, JFrog `cmVmd`, Fly.io `fm2_`, "
      "Heroku `HRKU-AA`, DigitalOcean `dop_v1_`, Cloudflare, Airtable `pat…`, Notion `ntn_`, Typeform `tfp_`, Pulumi `pul-`, 1Password `ops_eyJ`, Sentry "
      "`sntryu_`, Datadog, Etsy). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; the remaining shapes come "
      "from the builder's memory and are marked above as believed or guessed. Python's standard library (`hashlib`, `hmac`, `base64`, `json`, "
      "`unicodedata` in the encoder) computes the digests, HMACs, check values and encodings of generated values.")
    return "\n".join(L) + "\n"
