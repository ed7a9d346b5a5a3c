"""Renders README.md for corpus p193 from the generated data and the module tables."""
import everyday193
import vendor193
import positional193
import prose193
import evasions193
import negatives193
import enc193
import common193


def _bt(x):
    return "`%s`" % x


def render(data, deny, muts, deny_status):
    pos = data["secrets"]
    eva = data["evasions"]
    neg = data["negatives"]
    src = {}
    for r in pos:
        src[r["source"]] = src.get(r["source"], 0) + 1
    n_types = len(set(r["type"] for r in pos))
    n_cont = len(set(r["container"] for r in pos))
    classes = []
    for r in neg:
        if r["class"] not in classes:
            classes.append(r["class"])
    L = []
    a = L.append
    a("# privacy_hundredninetythird (p193) – held-out credential corpus")
    a("")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**bookshop, comic-store and second-hand-book dealer developers**: ISBN / EAN stock lookups (ISBN-13 and ISBN-10 check "
      "digits, ONIX records, Google Books, ISBNdb, BiblioShare, Nielsen BookData, Edelweiss+), distributor and wholesaler EDI "
      "order feeds (EDIFACT ORDERS and X12 850 interchanges, SFTP / FTP drops, Gardners, Ingram, Baker & Taylor, Batch, SANs "
      "and GLNs), comic pull-list subscriptions (pull boxes, final-order-cutoff reminders, Diamond, Lunar, ComicHub, Marvel and "
      "Comic Vine APIs, Metron, grading slabs), second-hand and antiquarian listings on marketplaces (AbeBooks, Biblio, Alibris, "
      "Booklooker, eBay, Amazon SP-API, Etsy, Discogs, dealer catalogues with ESTC references), author-event ticketing "
      "(TicketSource, Tito, Zoom webinars, signed ticket QR codes), book-club and loyalty cards (stamp cards, book-club member "
      "API, Marsello, Loyverse, Givex, National Book Tokens), shelf-label printers (Zebra ZPL, PrintNode, Star CloudPRNT, "
      "Node-RED bridges), special-order tracking (ShipStation, EasyPost, Shippo, AfterShip, Royal Mail Click & Drop, Evri, UPU S10 "
      "tracking numbers) and payments / accounting (SumUp, Zettle, GoCardless, Stripe webhooks, Checkout.com, Xero, QuickBooks, "
      "FreeAgent); plus the commerce, messaging, AI, developer and ops services such developers use (Twilio, MessageBird, "
      "Brevo, Mailchimp, Mailgun, Resend, Ghost, Pusher, Ably, Zendesk, Freshdesk, Slack, Google Chat, Mattermost, Pushover, "
      "ntfy, Telegram, OpenAI, Anthropic, Gemini, Groq, Hugging Face, Replicate, Perplexity, Together, Pinecone, GitHub, "
      "GitLab, Atlassian, Heroku, Render, DigitalOcean, Hetzner, Linode, Cloudflare, Azure Storage, Google OAuth, Sentry, "
      "Datadog, Rollbar, Typesense, ImageKit, Uploadcare, CircleCI, Buildkite, Bitwarden Secrets Manager, Infisical, Notion, "
      "Airtable, Make, n8n, Todoist, Dropbox, Mux, Vercel, Railway, Fly.io, Scaleway, Shopify, Meilisearch, Adobe PDF Services, "
      "MaxMind); with hard negatives from the same world (ISBN / ISSN / UPC / EAN check digits, EDI interchanges without "
      "credentials, SANs and GLNs, S10 tracking numbers, pull-list and FOC references, antiquarian catalogue references, "
      "marketplace order ids and ASINs, grading certificate numbers, Luhn-valid book-club cards, ZPL label jobs, ticket "
      "signatures, publishable keys, placeholders, masked values, secret-manager pointers, staff-wiki password talk, age / PGP "
      "ciphertext, bcrypt and sha512-crypt hashes, cover-image digests, age recipients and minisign public keys, OAuth public "
      "client ids and PKCE challenges). Everything is produced by `build.py` and its modules (`common193.py`, "
      "`everyday193.py`, `vendor193.py`, `positional193.py`, `prose193.py`, `enc193.py`, `dec193.py`, `evasions193.py`, "
      "`negatives193.py`, `checks193.py`, `readme193.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, "
      "fixed `random.Random` seeds (%d everyday, %d everyday pairing, %d vendor, %d positional passwords, %d prose, %d "
      "evasions, %d negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, "
      "compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both "
      "generations and compares it, and only then writes the files (on any failure it prints the errors, writes nothing and "
      "exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief193/`."
      % (everyday193.SEED, everyday193.PAIR_SEED, vendor193.SEED, positional193.SEED, prose193.SEED, evasions193.SEED,
         negatives193.SEED, len(muts)))
    a("")
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredninetythird/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only "
      "project material read were the two READMEs in `/tmp/brief193/` (`README_hundredeightyeighth.md`, p188, bingo-hall / "
      "raffle / charitable-gaming developers; `README_hundredninetieth.md`, p190, garden-centre / plant-nursery / "
      "horticulture-retail developers), used only to learn the file format and what is already covered. No other `/tmp` "
      "directory was looked at except the scratch directory `/tmp/scratch193/` (trial builds, an encoder / decoder round-trip "
      "script and an extracted copy of the public gitleaks rule file). The deny-list (`common193.extract_denylist`) holds every "
      "backticked name and every snake_case identifier of both READMEs, lower-cased, also split at `__` and also with an "
      "earlier positional prefix (`<letters>pw_`) stripped (%d names; the %d stripped earlier syntaxes are also kept apart), "
      "the code of every `` `code` (Name) `` language pair including the spares (%d codes), and the names and name words of "
      "those pairs (%d entries). It is frozen in `brief_names.json`; when `/tmp/brief193/` exists the build re-extracts it and "
      "fails if it differs (this build: %s). Every candidate list was written after reading the READMEs and the build fails on "
      "any overlap (no candidate collided). Encodings the READMEs name only in prose (rail fence, HTML escapes, A1Z26, "
      "Vigenère, Beaufort, Trithemius, affine, ROT13 / ROT47, octal, binary, Gray, BCD, Base32 / Base36 / Base58 / Base62, "
      "Ascii85, uuencode, monospace, circled, sans-serif bold, double-struck, full-width, Fraktur, Cyrillic, zero-width, tag "
      "characters, NATO and other spelling alphabets, multi-tap, steno, QWERTY / Dvorak shifts, Braille, columnar "
      "transposition, `fromCharCode`, `CHAR(n)`, Roman / Greek / Chinese / Hebrew / Thai / Egyptian / dozenal numerals) were "
      "avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, "
      "languages or notations."
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_status))
    a("")
    a("## Files and counts")
    a("")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(pos), sum(len(r["secrets"]) for r in pos), n_types, n_cont, src.get("everyday", 0), src.get("vendor", 0),
         src.get("password", 0), src.get("prose", 0), src.get("prose", 0)))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |"
      % (len(eva), len(eva), len(set(r["type"] for r in eva)), len(set(r["container"] for r in eva)), len(enc193.ENCODINGS)))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len(set(r["container"] for r in neg)), len(classes)))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("")
    a("Schema (same as the earlier corpora): positives `id` (`p193-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p193-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p193-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
      "lines with `ensure_ascii=False`.")
    a("")
    spare_c = [c[0] for c in everyday193.SPARE_CONTAINERS]
    tail = [v[0] for v in vendor193.V[vendor193.N_USED:]]
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kinds written and "
      "unused: %s). Vendor 120 (%d candidates written; the least central ones form the unused tail: %s). Positional passwords "
      "%d (%d syntaxes written; set aside as weak (a `pass` / `pw` hint in the syntax) or as near-duplicates of kept syntaxes or "
      "of ideas in the earlier corpora: %s). Prose 40 in 40 languages (spares unused: %s). Evasions 66 = 22 × 3. Negatives %d = "
      "%d classes × 2 base kinds × 5 presentations. Positives total %d (asked: about 450). The value registry held %d strings "
      "this build."
      % (", ".join(_bt(x) for x in spare_c), len(vendor193.V), ", ".join(_bt(x) for x in tail), src.get("password", 0),
         len(positional193.S), ", ".join(_bt(x) for x in positional193.SET_ASIDE),
         ", ".join("`%s` (%s)" % s for s in prose193.SPARES), len(neg), len(classes), len(pos), data["registry_size"]))
    a("")
    a("## Conventions")
    a("")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a comic-shop Signal group, a Slack "
      "huddle note, a wholesaler rep's Outlook reply, a Trello card comment, an OCR'd stocktake clipboard, a Notion handover "
      "export, an Airtable CSV, an EDI gateway syslog line, a fish shell history, an iMessage paste, a Zendesk internal note, "
      "`doppler secrets set` and `kubectl create secret` histories, a Bitwarden JSON export) are labelled.")
    a("- Owner-chosen passwords are a word of the book world (%s; %d in all; capitalised with probability 0.4) + one of "
      "`- _ . + ~ !` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). "
      "The build checks `^[A-Za-z][a-z]+[-_.+~!][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the %d "
      "owner-chosen vendor passwords, and the strict `- _ .` form for every non-Base64 positional value, every password hidden "
      "inside a Base64 positional value, every prose value and every evasion back-room PC password plain."
      % (", ".join(common193.BOOK_WORDS[:40]) + ", …", len(common193.BOOK_WORDS),
         sum(1 for v in vendor193.V[:vendor193.N_USED] if v[3] == "owner")))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text or negative. "
      "Values, public neighbours written next to vendor secrets, hidden passwords, evasion plains and evasion runs are drawn "
      "through one registry that refuses repeats and any string in a substring relation (6+ characters) with an earlier one; a "
      "negative is redrawn if it contains any registered string.")
    a("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 "
      "(checked); every JWT-shaped substring has base64url JSON header and payload (checked); the book-club member token is a "
      "real HS384 JWT (48-byte HMAC-SHA384 signature under a discarded key, checked), the Hardcover and n8n tokens real HS256 "
      "JWTs, the Zettle assertion an RS256-style JWT with real JSON and 256 random signature bytes; `spo_` and `ghp_` tokens carry "
      "a real base62 CRC-32 of their 30-character body (checked); `plwh_` bodies are RFC 4648 Base32 of 20 bytes, the ticket "
      "signing key base64url of 32 bytes, the Fernet key URL-safe Base64 of 32 bytes with its `=` (all checked); the Cloudflare "
      "tunnel token is Base64 of real JSON with a UUIDv4 tunnel id (checked); the Azure storage key is Base64 of 64 bytes "
      "(checked); the ImageKit key Base64 of 20 bytes. The five Base64 positional spans decode to the password alone (SMTP "
      "`AUTH LOGIN` second reply), `user:password` (`Proxy-Authorization: Basic`, `.npmrc` `_auth`), NUL user NUL password "
      "(XMPP SASL PLAIN) or user NUL user NUL password (IRCv3 `AUTHENTICATE`), each with a strict-form password (checked); the "
      "stocktake scanner file puts the value in columns 31–54 (checked). Negatives: ISBN-13 / EAN-13 / UPC-A, ISBN-10, ISSN, "
      "SAN and UPU S10 check digits, book-club card Luhn digits, GS1 GLN check digits and age recipients' bech32 checksums are "
      "real (ISBN-13, UPC, SAN, S10, Luhn and bech32 checked); digests are real SHA-256 / MD5 of random bytes; PKCE challenges "
      "are real SHA-256 of a random verifier; minisign keys have the `Ed` + key id + 32-byte layout.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.shop.lan`, `*.bookshop.internal`, `*.wholesale.internal`, "
      "`*.club.internal`, private addresses, `example-books.test`), key names, and ids written next to a vendor secret (%s) "
      "and the user half of a user / password pair."
      % "; ".join("%s: %s" % (v[0], v[4][2]) for v in vendor193.V[:vendor193.N_USED] if v[4]))
    a("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the text "
      "lives: %s." % (common193.POS_PREFIX, common193.POS_PREFIX,
                      ", ".join("`%s` (%s)" % (v, k) for k, v in positional193.SUFFIX.items())))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the "
      "run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own "
      "run or the run would start or end with whitespace.")
    a("")
    a("## Categories (positives)")
    a("")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (_bt(t[0]), t[4]) for t in everyday193.TYPES) + ".")
    a("")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (_bt(c[0]), c[1]) for c in everyday193.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits in "
      "exactly 15 records (checked); secrets therefore also land in plausible wrong files (a pull-list admin password in the "
      "ISBN lookup `.env`). Key names are the type's key words in the container's own case style: upper (UPPER_SNAKE), snake, "
      "camel, pascal, kebab (Quarkus / Micronaut), dot (Camel properties), spaced (chats, e-mail, tickets) and title (OCR'd "
      "clipboard, Notion export, Airtable header)." % everyday193.PAIR_SEED)
    a("")
    a("Vendor (120 types, container `<type>__<style>`): " + ", ".join(_bt(v[0]) for v in vendor193.V[:vendor193.N_USED])
      + ". Styles (12, assigned cyclically): " + ", ".join("%s (%s)" % (_bt(s[0]), s[1]) for s in vendor193.STYLES)
      + ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left unlabelled.")
    a("")
    used = positional193.USED
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`): " % (len(used), common193.POS_PREFIX)
      + ", ".join(_bt(common193.POS_PREFIX + s[0]) for s in used) + ".")
    a("")
    a("Prose: someone tells a colleague the password of the stockroom PC and asks them not to forward it; span type `%s`; "
      "container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among the "
      "languages or spares of either README (checked: code against the codes and all deny-listed names; name and each name "
      "word against the language names). Scripts: %s. Thai does not separate words with spaces, so the value got spaces "
      "around it; every value is set off by whitespace on both sides (checked); where a comma or full stop would follow the "
      "value the sentence uses a dash or a following word instead (Armenian, Persian, Urdu and Amharic put the copula after "
      "the value)."
      % (prose193.TYPE, ", ".join(_bt(f) for f in prose193.FORMATS),
         ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose193.LANGS),
         ", ".join(sorted(set(s for _c, _n, s, _t in prose193.LANGS)))))
    a("")
    a("## Evasion encodings")
    a("")
    a("; ".join("%s = \"%s\"" % (_bt(k), v[2]) for k, v in enc193.ENCODINGS.items()) + ".")
    a("")
    a("Encoders are in `enc193.ENCODINGS` (all hand-written; the price add-on last digits, variant letters, Dewey decimals "
      "and the shuffle order come from the evasion RNG); the decoder `dec193.decode` gets only the encoding name and the run "
      "and is written separately, importing nothing from the encoder and no `base64`, `binascii` or `codecs`: string reversal, "
      "a Morse table rebuilt from text, balanced-ternary evaluation, hexagram offsets regrouped from six bits into bytes, "
      "Arabic-Indic digit offsets, Unicode NFKC for the script letters, a parenthesized-character range table, little-endian "
      "word unpacking with the zero padding stripped, a Base45 reader, nibble re-swapping, Fibonacci sums, factorial-base "
      "evaluation, base −2 evaluation, products of prime powers, slicing of the add-ons, regular expressions for the back "
      "issues, Dewey numbers, shelf locations and QTY segments, the keyword alphabet rebuilt from PAPERBACK, sorting by index "
      "and a retyped periodic table. Every pair was round-tripped on 300 random plains per notation (all three plain types "
      "plus random `[A-Za-z0-9_.-]` strings of length 2–44) while writing; at build time every span is decoded back to its "
      "`plain`. Families: " + "; ".join("%s: %s" % (v[1], _bt(k)) for k, v in enc193.ENCODINGS.items())
      + ". Evasion types: " + "; ".join("%s (%s)" % (_bt(p[0]), p[2]) for p in evasions193.PLAINS)
      + "; wordings: " + ", ".join(_bt(w[0]) for w in evasions193.WORDINGS) + "; container `<encoding>__<wording>`.")
    a("")
    a("## Negative classes")
    a("")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    cnt = {}
    for r in neg:
        cnt[r["class"]] = cnt.get(r["class"], 0) + 1
    for cname, desc, kinds in negatives193.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cname, cnt.get(cname, 0), ", ".join(_bt(k[0]) for k in kinds), desc))
    a("")
    a("Each base kind appears plain and wrapped " + ", ".join(_bt(w[0]) for w in negatives193.WRAPPERS if w[0]) + ".")
    a("")
    a("## Checks run by build.py before writing")
    a("")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or "
      "Base64-hidden password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain "
      "positional, Base64-hidden, prose and evasion passwords; Base64 positional spans decode to the password, `user:password`, "
      "NUL user NUL password or user NUL user NUL password; UUID-shaped substrings of every text are version 4; every "
      "JWT-shaped substring has base64url JSON header and payload, the book-club token is HS384 with a 48-byte signature; "
      "`spo_` and `ghp_` CRC-32; `plwh_` Base32 length, ticket key, Fernet key and `ilp_` layouts; tunnel-token JSON; Azure "
      "key length; fixed-width columns 31–54; ISBN-13, UPC-A, SAN, S10, Luhn and bech32 checksums in their negative classes")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a "
      "newline and is followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run never contains its plain; "
      "record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive "
      "value, plain and hidden password")
    a("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose "
      "format, evasion wording, negative base kind and wrapper inside it), span type, evasion encoding and negative class is "
      "compared case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes (span type "
      "without `%s`) also against the earlier syntax list; prose languages and spares by code, name and name words; "
      "`brief_names.json` is compared with a fresh extraction when `/tmp/brief193/` exists" % common193.POS_PREFIX)
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types "
      "with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct "
      "languages; 66 evasions; positives 440–470; span types of the five sources pairwise disjoint; non-everyday containers "
      "unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s"
      % (len(muts), sum(1 for _, c in muts if c), len(muts),
         ", ".join("%s (%s)" % (_bt(n), "caught" if c else "MISSED") for n, c in muts)))
    a("")
    a("## Shapes you had to guess")
    a("")
    for conf, title in (("read", "*Read this session* for shape in the public gitleaks default rule file (nothing copied; "
                                 "every value generated; where gitleaks gives only a prefix or an alphabet, lengths and "
                                 "checksum layouts are mine)"),
                        ("believed", "Believed right from background knowledge (not re-read this session)"),
                        ("guessed", "Guessed (length and alphabet only; most book-trade, comic, marketplace, printing and "
                                    "shipping vendors publish no token format the builder knows, so these are recognisable "
                                    "from the key name only)")):
        items = []
        for v in vendor193.V[:vendor193.N_USED]:
            if v[3] == conf:
                s = "%s (%s" % (_bt(v[0]), v[2])
                if v[4]:
                    s += " – next to it: %s" % v[4][2]
                items.append(s + ")")
        a(title + ": " + "; ".join(items) + ".")
        a("")
    a("Owner-chosen passwords (the integration logs in with an account and a password): "
      + ", ".join(_bt(v[0]) for v in vendor193.V[:vendor193.N_USED] if v[3] == "owner") + ".")
    a("")
    a("Also invented or guessed: the everyday prefixes `spo_` (with its base62 CRC-32 tail), `plwh_` and `ilp_` and the "
      "evasion prefix `tdk_` are invented; the HS384 book-club token, the 32-byte ticket signing key and the Fernet stamp-card "
      "key are modelling choices (Fernet's key format itself is documented by the `cryptography` package and known from "
      "memory). The stocktake scanner fixed-width file (columns 31–54), the distributor FTP-drop pipe file, the shelf-label "
      "bridge CSV, the pull-list importer semicolon file, the special-order kiosk YAML and the consignment-dealer JSON are "
      "invented formats of this world. EDIFACT `UNB` (interchange recipient's reference / password, element S005) and X12 "
      "`ISA04` (security information after qualifier `01`) are real standard positions, written from memory (ISA elements are fixed-width – `ISA04` is 10 characters – while the values here are 9–21 characters unpadded, as a lenient partner would accept; a known simplification). Syntaxes from "
      "memory, not re-checked: `psql` URIs, `mysqlsh user:pw@host`, `sqlcmd` / `bcp -U -P`, unixODBC `isql DSN user pw`, "
      "FreeTDS `tsql -P`, `sqlplus user/pw@`, `db2 connect … using`, `nats -s nats://u:p@`, `lftp -u user,pw`, `ncftpput -u -p`, "
      "`mount -t cifs -o user=u%pw`, Impacket `domain/user:pw@host`, PsExec `-u -p`, `net use Z: \\\\srv\\share pw /user:`, "
      "`schtasks /rp`, `ipmitool -U -P`, `racadm -u -p`, `openssl enc -k`, `7z -p<pw>`, `rar -hp<pw>`, `mutool clean -p`, "
      "`openfortivpn -u -p`, `wpa_cli set_network psk`, `mosquitto_pub -u -P`, `curl -u u:p`, git HTTPS userinfo, Jenkins CLI "
      "`-auth`, MinIO `mc alias set`, `expect` / `send`, `ConvertTo-SecureString`, `sudo -S`, `ldappasswd -s`, `kinit` from "
      "stdin, `redis-cli -u redis://:pw@`, VLC RTSP URLs; the library positions (SQLAlchemy URL, PyMySQL / pymssql positional "
      "third, Paramiko `connect` fourth, `ftplib.FTP` third, `smtplib.login`, requests `auth=` tuple, `aiohttp.BasicAuth`, "
      "`redis.Redis` fourth positional, pikepdf `open` second, `PBKDF2HMAC.derive`, oracledb `user/pw@` string, MinIO third, "
      "python-ldap `simple_bind_s`, `xmlrpc.client.ServerProxy` userinfo, zeep with `HTTPBasicAuth`, Nodemailer URL, "
      "`pbkdf2Sync`, bcrypt `hash`, `btoa('u:p')`, JDBC `getConnection` third, `KeyStore.load`, Commons Net `login`, OkHttp "
      "`Credentials.basic`, `NetworkCredential`, `X509Certificate2`, FluentFTP, Go `url.UserPassword` and MySQL DSN, reqwest "
      "`basic_auth`, Ruby `Net::FTP#login` and Faraday `:basic`, PHP `mysqli` / `ftp_login` / `imap_open`, Perl DBI, VBScript "
      "`SendKeys`, VBA `Unprotect`); the SQL forms (`IDENTIFIED BY`, `sp_addlinkedsrvlogin` fifth, SQLCipher `PRAGMA key`); "
      "the files (davfs2 `secrets`, `chap-secrets`, `ipsec.secrets` PSK, Exim `passwd.client`, proxychains, tinyproxy "
      "`BasicAuth`, `https_proxy` userinfo, `alembic.ini`, `.npmrc` `_auth`); the protocol exchanges (FTP `PASS`, SMTP `AUTH "
      "LOGIN`, HTTP `Proxy-Authorization`, XMPP SASL PLAIN, IRCv3 `AUTHENTICATE`); the UI-automation calls (Puppeteer `type`, "
      "WebdriverIO `addValue`, Robot Framework `Input Text`, Selenium Java `sendKeys`, Espresso `typeText`, XCUITest "
      "`typeText`, pywinauto `type_keys`, PyAutoGUI `write`, Cucumber steps, Maestro `inputText`, WinAppDriver `SendKeys`). "
      "Negatives: ONIX, EDIFACT / X12, grading certificate, ESTC, pull-list item-code and marketplace id layouts are "
      "approximate; bcrypt and sha512-crypt strings, age and PGP bodies are random bytes in the right frame, not hashes or "
      "ciphertexts of anything.")
    a("")
    a("## Judgement calls")
    a("")
    a("- Everyday: six owner-chosen passwords (EPOS manager, ISBN stock database, distributor EDI SFTP, pull-list admin, "
      "second-hand listing portal, shelf-label printer admin) and six generated secrets (`spo_` special-order token, 32-byte "
      "ticket signing key, HS384 book-club JWT, `plwh_` pull-list webhook secret, Fernet stamp-card key, `ilp_` ISBN proxy "
      "key). The ticket signing key and the Fernet key are bare base64url with no telling prefix, but each signs or encrypts "
      "something, so both are labelled. Key names in everyday files say password / token / key / secret / jwt – that is how "
      "such files look; the telling-key-free cases are in the positional source. The Airtable export puts the key in a column "
      "header and the value in the row under it; the NSSM registry export holds the value in a decoded comment line.")
    a("- Vendor: most book-trade, comic, marketplace, shipping and printing vendors publish no token format the builder "
      "knows, so their types are recognisable only from the key name – part of the test. Eleven vendor types carry "
      "owner-chosen passwords (Gardners, Ingram iPage, Nielsen BookData, Batch, National Book Tokens, Diamond, Lunar, Metron, "
      "an Alibris FTP upload, Star CloudPRNT, Givex). Same-shape traps: the Marvel public key (32 hex, public by design, "
      "unlabelled) next to the 40-hex private key; ShipStation key and secret both 32 hex; Pusher key and secret both 20 hex; "
      "Uploadcare public and secret keys both 20 hex; the FreeAgent identifier and secret both 22 base64url; the Twilio `AC…` "
      "SID, Amazon LWA client id, eBay app id and Scaleway `SCW…` access key are identifiers. The Ghost admin key is labelled "
      "whole (`id:secret`), as is the Ably key (`app.key:secret`), the Bitwarden access token and all webhook URLs (Slack, "
      "Google Chat, Mattermost, Make – the URL is the capability). `checkout_com_secret_key` is `sk_` + a UUIDv4; "
      "`stripe_webhook_endpoint_secret` reuses the `whsec_` prefix that earlier corpora used for Standard Webhooks secrets, "
      "with Stripe's own 32-alphanumeric body. Brands of the earlier READMEs reappear with new credential kinds (Twilio auth "
      "token, Slack bot token and incoming webhook, OpenAI project key, Anthropic API key under a new type name, GitHub classic "
      "PAT, GitLab PAT, Cloudflare API and tunnel tokens, Sentry user token, Shopify admin token, Google OAuth refresh token); "
      "only type names were checked.")
    a("- Passwords: labelled when the value logs in (URL userinfo, `-U … -P`, `-u … -p`, `user,pw`, `user%pw`, `user/pw@`, "
      "`using`, positional arguments, library call positions, `IDENTIFIED BY`, linked-server logins), unlocks a file or key "
      "(`openssl enc -k`, `7z -p`, `rar -hp`, `mutool -p`, pikepdf, `KeyStore.load`, `X509Certificate2`, SQLCipher, VBA "
      "`Unprotect`), is hashed or derived (`PBKDF2HMAC.derive`, `pbkdf2Sync`, bcrypt `hash`), is a shared secret (IPsec PSK, "
      "WPA PSK via `wpa_cli`, PPP CHAP secret, EDIFACT / X12 interchange passwords), sits in a file by position, travels in a "
      "protocol exchange (FTP `PASS`, SMTP `AUTH LOGIN`, proxy Basic, XMPP and IRCv3 SASL as Base64 spans) or is typed by "
      "automation. The Base64 spans are the whole token on the wire; the SMTP `AUTH LOGIN` span decodes to the password alone. "
      "`PASS`, `psk`, `PSK`, `BasicAuth`, `SecureString`, `simple_bind_s` and `ldappasswd -s` keep a hint of the word in a "
      "command, directive or function name; they are the weakest kept cases (weaker ones were set aside, listed above). "
      "`ldappasswd -s`, `IDENTIFIED BY` and bcrypt `hash` set a new password rather than log in; the literal is still the "
      "clear password. UI tests use neutral field ids (`#f2`, `field2`, `Field2`). Several ideas repeat the earlier corpora on "
      "new tools (URL userinfo, `-p` after `-u`, library call positions, UI typing, Base64 protocol lines); novelty was checked "
      "by name, not by signature.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "French, Spanish, Dutch, Danish, Swedish, Polish, Czech, Slovak, Croatian, Romanian, Bulgarian, Ukrainian, Turkish, "
      "Indonesian, Vietnamese; modest for Finnish, Icelandic, Estonian, Latvian, Lithuanian, Slovenian, Hungarian, Macedonian, "
      "Greek, Azerbaijani, Kazakh, Arabic, Persian, Urdu, Tagalog, Swahili, Welsh, Maltese, Albanian; low for Armenian, "
      "Georgian, Tamil, Telugu, Thai, Amharic. Loan words (`PC`, `password` in Tagalog and Maltese, پاس ورڈ, పాస్‌వర్డ్) are "
      "kept as people use them. The Ukrainian sentence introduces the value after a colon.")
    a("- Evasions: reversal, the keyword alphabet and the indexed shuffle keep every character of the plain in view (the "
      "whole plain never appears in its run, checked), so a reversed or substituted password still looks like a password "
      "(intended); the script and parenthesized letters are Unicode look-alike blocks (script folds back under NFKC, the "
      "parenthesized forms do not – NFKC would add brackets – and `0` has no parenthesized form, so it stays); Morse with `^` "
      "capitals, element symbols and prime factorisations are spelled or arithmetic forms; balanced ternary, Zeckendorf, "
      "factoradic, negabinary and Arabic-Indic digits are numeral systems; hexagrams (a Base64-like 6-bit code in the Yijing "
      "block), Base45, swapped nibbles and little-endian words are byte notations (the Base45 alphabet contains a space, so a "
      "run may contain spaces inside; it never starts or ends with one); barcode price add-ons, back-issue numbers, Dewey "
      "class numbers, shelf locations and EDIFACT QTY segments are this world's disguises of code points. Close relatives "
      "exist in the earlier corpora (Atbash / affine next to the keyword alphabet, swapped pairs / every-third next to "
      "reversal and the indexed shuffle, Base36 / Base62 next to Base45, Bengali / Devanagari digits next to Arabic-Indic, "
      "bold Fraktur next to script, IPv4 octets next to little-endian words, raffle / glasshouse disguises next to the "
      "bookshop ones); novelty was checked by name.")
    a("- Negatives: ISBNs, ISSNs, UPCs, SANs, GLNs, S10 tracking numbers, subscriber / series / item codes, ESTC and stock "
      "numbers, listing ids, Amazon order ids and ASINs, eBay ids, grading certificates, ZPL jobs and label-queue UUIDs are "
      "identifiers; book-club card numbers are Luhn-valid personal data, not credentials; the per-ticket signatures in the "
      "scan log are outputs of a signing key, not the key (arguable: a signature can be replayed as a ticket, but it is not a "
      "credential of the system); Stripe `pk_live_`, the Algolia search-only key, the Marvel public key, the Shopify "
      "Storefront public token and the Sentry DSN are public by design (the Storefront token and Marvel public key are the "
      "most arguable: bare 32-hex strings next to a key-like name); `spo_<your token>`, `plwh_XXXX…`, `ilp_00000000.xxxx…`, "
      "empty values, `changeme` (arguably a weak real password; treated as a placeholder as in the earlier corpora), "
      "`<your-comic-vine-key>`, `${…:?…}` and `shippo_live_...` are placeholders; `********`, `[REDACTED]`, `eyJ***`, bullets, "
      "`***` and a `spo_` prefix with stars and a 4-character tail carry no value; `op://` references, `${{ secrets.X }}` and "
      "Secrets Manager ARNs are pointers; age and PGP armour is ciphertext; bcrypt and sha512-crypt strings are one-way hashes "
      "(the column is called `password_hash`, a trap); age recipients and minisign keys are public keys; OAuth public client "
      "ids, `state` values and PKCE challenges are public. Random fillers are generated, so an entropy-only detector will hit "
      "them – that is the point.")
    a("")
    a("## Sources consulted")
    a("")
    a("- The two READMEs in `/tmp/brief193/` (p188 and p190), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch193/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory, extracted with `git show` into `/tmp/scratch193/` and read for the rules behind every vendor type "
      "marked *read this session* above – Google API keys, EasyPost, Shippo, GoCardless, MessageBird, Brevo (Sendinblue), "
      "Mailchimp, Mailgun, Zendesk, Slack bot tokens and webhooks, Telegram, OpenAI, Anthropic, Hugging Face, Perplexity, "
      "GitHub PATs, GitLab PATs, Heroku v2, DigitalOcean, Cloudflare API tokens, Sentry user tokens, Notion, Airtable, "
      "Dropbox, Fly.io, Shopify, Adobe, MaxMind – and for a few rules then not used or left in the unused tail, such as Infracost, Dynatrace, Atlassian, "
      "Bitbucket, Datadog, Etsy, Twitter, Lob, Looker, Doppler and Square). Betterleaks, Kingfisher, CredSweeper and vendor "
      "documentation were not opened this session; the remaining shapes come from the builder's memory and are marked above "
      "as believed or guessed.")
    a("")
    return "\n".join(L)
